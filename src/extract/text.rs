//! Small text helpers shared by the extraction passes: panic-free slicing, word tokens,
//! quoted regions and sentence-initial positions.
//!
//! **Invariant:** every range returned here lies on char boundaries of the text it was
//! computed from.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

/// `FxHash`: a fast hasher for the word tables, which are looked up for every token. The
/// keys are short words from this crate's lists and the article, so hash flooding is of
/// no concern here.
#[derive(Clone, Copy, Debug, Default)]
pub struct WordHasher {
    hash: u64,
}

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes at a time, then the rest: words are mostly shorter than sixteen.
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word.get_mut(..rest.len())
                .unwrap_or_default()
                .copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn write_usize(&mut self, value: usize) {
        self.add(value as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A hash set with [`WordHasher`].
pub type WordSet<T> = HashSet<T, BuildHasherDefault<WordHasher>>;

/// A hash map with [`WordHasher`].
pub type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// Returns `text[range]`, or `""` when the range is not valid for `text`.
#[must_use]
pub fn slice(text: &str, range: Range<usize>) -> &str {
    text.get(range).unwrap_or("")
}

/// Opening quotation marks (double and single, typographic and straight, guillemets).
pub const OPENING_QUOTES: &[char] = &['“', '„', '«', '‘', '"', '‹'];

/// Closing quotation marks.
pub const CLOSING_QUOTES: &[char] = &['”', '»', '’', '"', '›', '\''];

/// A word token: a run of letters and digits, possibly joined by inner hyphens,
/// apostrophes, dots, commas or ampersands that are followed by another letter or digit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// Splits `text[range]` into word tokens; offsets are absolute (into `text`).
#[must_use]
pub fn tokens(text: &str, range: Range<usize>) -> Vec<Token> {
    token_iter(text, range).collect()
}

/// The word tokens of `text[range]` one by one, as [`tokens`] returns them, without
/// collecting them.
#[must_use]
pub fn token_iter(text: &str, range: Range<usize>) -> Tokens<'_> {
    Tokens {
        base: range.start,
        piece: slice(text, range),
        at: 0,
    }
}

/// Iterator over the word tokens of a piece of text; see [`token_iter`].
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    /// Offset of `piece` in the text.
    base: usize,
    piece: &'a str,
    /// Where the search for the next token starts (a char boundary of `piece`).
    at: usize,
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let piece = self.piece;
        // Skip to the first letter or digit.
        let mut start = self.at;
        loop {
            start += ascii_run(piece, start, |b| !b.is_ascii_alphanumeric());
            let ch = char_at(piece, start)?;
            if ch.is_alphanumeric() {
                break;
            }
            start += ch.len_utf8();
        }
        // Extend over letters and digits, and over a joiner followed by one.
        let mut end = start;
        loop {
            end += ascii_run(piece, end, u8::is_ascii_alphanumeric);
            let Some(ch) = char_at(piece, end) else {
                break;
            };
            let joined = matches!(ch, '-' | '’' | '\'' | '.' | ',' | '&')
                && char_at(piece, end + ch.len_utf8()).is_some_and(char::is_alphanumeric);
            if !(ch.is_alphanumeric() || joined) {
                break;
            }
            end += ch.len_utf8();
        }
        self.at = end;
        Some(Token {
            start: self.base + start,
            end: self.base + end,
        })
    }
}

/// How many ASCII bytes from byte `at` of `piece` on satisfy `test` (a fast path for the
/// common ASCII text; the caller looks at any other char itself).
fn ascii_run(piece: &str, at: usize, test: impl Fn(&u8) -> bool) -> usize {
    piece.as_bytes().get(at..).map_or(0, |rest| {
        rest.iter().take_while(|&b| b.is_ascii() && test(b)).count()
    })
}

/// The char starting at byte `at` of `piece`; `None` at the end (or off a char boundary).
fn char_at(piece: &str, at: usize) -> Option<char> {
    match *piece.as_bytes().get(at)? {
        byte if byte.is_ascii() => Some(char::from(byte)),
        _ => piece.get(at..)?.chars().next(),
    }
}

/// Byte ranges (relative to `piece`) of quoted passages: “…”, «…», „…”, "…" and ‘…’.
///
/// A single opening quote only counts after whitespace or at the start, and its closing
/// quote must not be followed by a letter, so apostrophes ("Nvidia’s") are not quotes.
#[must_use]
pub fn quote_regions(piece: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    // Every opening quote is '"' or starts with byte 0xC2 («) or 0xE2 (“ „ ‘): a SIMD scan
    // jumps from one such byte to the next (0xE2 also starts ’ – —, which the match
    // below passes over).
    let bytes = piece.as_bytes();
    let mut from = 0;
    while let Some(at) = bytes
        .get(from..)
        .and_then(|rest| memchr::memchr3(b'"', 0xC2, 0xE2, rest))
        .map(|found| from + found)
    {
        let Some(ch) = slice(piece, at..piece.len()).chars().next() else {
            break;
        };
        let after = at + ch.len_utf8();
        from = after;
        let after_space = || {
            slice(piece, 0..at)
                .chars()
                .next_back()
                .is_none_or(|c| c.is_whitespace() || c == '(' || c == '[')
        };
        let closers: &[char] = match ch {
            '“' | '„' => &['”', '“'],
            '«' => &['»'],
            '"' if after_space() => &['"'],
            '‘' if after_space() => &['’'],
            _ => continue,
        };
        // The closing quote: a single one must not be followed by a letter ("Nvidia’s").
        let mut rest = slice(piece, after..piece.len()).char_indices().peekable();
        while let Some((offset, c)) = rest.next() {
            if closers.contains(&c)
                && (c != '’' || rest.peek().is_none_or(|&(_, n)| !n.is_alphanumeric()))
            {
                let end = after + offset + c.len_utf8();
                out.push(at..end);
                from = end;
                break;
            }
        }
    }
    straight_single_quotes(piece, &mut out);
    out
}

/// Adds quotations in straight single quotes ("'This is about fair competition,' she
/// said") to `out`. Only a quote after whitespace and before a capital opens one, so an
/// elision ("'s avonds") or an apostrophe ("farmers' groups") does not; the closing quote
/// follows a non-space and is not followed by a letter or digit.
fn straight_single_quotes(piece: &str, out: &mut Vec<Range<usize>>) {
    let bytes = piece.as_bytes();
    // The first straight quote at or after `from`.
    let quote_from = |from: usize| {
        bytes
            .get(from..)
            .and_then(|rest| memchr::memchr(b'\'', rest))
            .map(|found| from + found)
    };
    let mut from = 0;
    let mut added = false;
    while let Some(at) = quote_from(from) {
        from = at + 1;
        let opens = (at == 0
            || bytes
                .get(at - 1)
                .is_some_and(|&b| b.is_ascii_whitespace() || b == b'('))
            && slice(piece, at + 1..piece.len())
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
        if !opens || out.iter().any(|region| region.contains(&at)) {
            continue;
        }
        let mut next = at + 1;
        let mut closed = false;
        while let Some(close) = quote_from(next) {
            next = close + 1;
            let after_word = bytes
                .get(close - 1)
                .is_some_and(|b| !b.is_ascii_whitespace());
            let ends = slice(piece, close + 1..piece.len())
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if after_word && ends {
                out.push(at..close + 1);
                from = close + 1;
                added = true;
                closed = true;
                break;
            }
        }
        // A later opening could only close at a quote this search already passed over.
        if !closed {
            break;
        }
    }
    if added {
        out.sort_by_key(|region| region.start);
    }
}

/// True when the token starting at `start` begins a sentence, a line, a quotation or
/// follows a colon: positions where capitals say nothing about names.
#[must_use]
pub fn is_initial(text: &str, start: usize) -> bool {
    let before = slice(text, 0..start);
    for (at, ch) in before.char_indices().rev() {
        if ch == '\n' {
            return true;
        }
        if ch.is_whitespace() {
            continue;
        }
        // "said Dr. Amankwah": the full stop of a form of address ends no sentence.
        if ch == '.' {
            let word = slice(before, 0..at)
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            if is_honorific(word) {
                return false;
            }
        }
        return matches!(
            ch,
            '.' | '!' | '?' | ':' | ';' | '“' | '„' | '"' | '‘' | '«' | '—' | '–' | '…' | '•'
        );
    }
    true
}

/// Whether `word` is an abbreviated form of address written before a name with a full
/// stop ("Dr. Amankwah", "Ms. Okafor", "dhr. Bakker"), in any case.
#[must_use]
pub fn is_honorific(word: &str) -> bool {
    HONORIFICS.iter().any(|h| word.eq_ignore_ascii_case(h))
}

/// The forms of address of [`is_honorific`], without their full stop.
pub const HONORIFICS: &[&str] = &["Dr", "Mr", "Mrs", "Ms", "Prof", "Dhr", "Mevr", "Drs", "Ir"];

/// `piece` ASCII-lowercased (same byte offsets), or `given` when the caller already has
/// that copy.
#[must_use]
pub fn ascii_lowercase<'a>(piece: &str, given: Option<&'a str>) -> std::borrow::Cow<'a, str> {
    given.map_or_else(|| piece.to_ascii_lowercase().into(), Into::into)
}

/// Counts the words of `piece`: runs of non-whitespace with a letter or digit in them.
#[must_use]
pub fn word_count(piece: &str) -> usize {
    let mut count = 0;
    // Whether the current run of non-whitespace has been counted already.
    let mut counted = false;
    for ch in piece.chars() {
        if ch.is_whitespace() {
            counted = false;
        } else if !counted && ch.is_alphanumeric() {
            count += 1;
            counted = true;
        }
    }
    count
}

/// True when `range` lies inside one of `regions` (all relative to the same text).
#[must_use]
pub fn inside_any(regions: &[Range<usize>], range: &Range<usize>) -> bool {
    regions
        .iter()
        .any(|region| region.start <= range.start && range.end <= region.end)
}

/// `re.captures_iter(haystack)`, but a quick match test on the lazy DFA comes first: the
/// capture engines are much slower, and most sentences match none of the patterns.
#[must_use]
pub fn captures_iter<'r, 'h>(
    re: &'r regex::Regex,
    haystack: &'h str,
) -> regex::CaptureMatches<'r, 'h> {
    re.captures_iter(if re.is_match(haystack) { haystack } else { "" })
}

/// `re.captures(haystack)` behind the same quick match test as [`captures_iter`].
#[must_use]
pub fn captures<'h>(re: &regex::Regex, haystack: &'h str) -> Option<regex::Captures<'h>> {
    if re.is_match(haystack) {
        re.captures(haystack)
    } else {
        None
    }
}

/// `re.captures_at(haystack, start)` behind the quick match test of [`captures`].
#[must_use]
pub fn captures_from<'h>(
    re: &regex::Regex,
    haystack: &'h str,
    start: usize,
) -> Option<regex::Captures<'h>> {
    if start == 0 && !re.is_match(haystack) {
        return None;
    }
    re.captures_at(haystack, start)
}

/// Compiles a regex literal of this crate. The literals are covered by tests; should one
/// ever fail to compile, it degrades to a pattern that never matches instead of panicking.
#[must_use]
///
/// Word boundaries are ASCII-only (`(?-u:\b)`): Unicode boundaries keep the fast lazy DFA
/// from running on non-ASCII text, which made extraction several times slower. Patterns
/// are written so that a boundary next to an accented letter does not matter.
pub fn regex(pattern: &str) -> regex::Regex {
    regex::Regex::new(&narrowed(pattern)).unwrap_or_else(|_| never_matches())
}

/// `pattern` with ASCII word boundaries, and `\w` narrowed to Latin letters and digits,
/// which covers Dutch and English and keeps the automata small.
fn narrowed(pattern: &str) -> String {
    pattern
        .replace(r"\b", r"(?-u:\b)")
        .replace(r"\w", r"[0-9A-Za-z_À-ÖØ-öø-ÿ]")
}

/// [`regex()`] with room for `bytes` of lazy-DFA transitions instead of the default 2 MB,
/// for a large pattern run on every sentence: with the default its cache fills and is
/// cleared over and over on varied text, and the search falls back to slower engines.
#[must_use]
pub fn large_regex(pattern: &str, bytes: usize) -> regex::Regex {
    regex::RegexBuilder::new(&narrowed(pattern))
        .dfa_size_limit(bytes)
        .build()
        .unwrap_or_else(|_| never_matches())
}

/// Like [`regex()`], but for patterns run on ASCII-lowercased text: a leading `(?i)` is
/// dropped, since case-insensitive Unicode matching makes the automata much larger.
#[must_use]
pub fn lower_regex(pattern: &str) -> regex::Regex {
    regex(pattern.strip_prefix("(?i)").unwrap_or(pattern))
}

fn never_matches() -> regex::Regex {
    regex::RegexBuilder::new(r"[^\s\S]")
        .build()
        .unwrap_or_else(|_| never_matches())
}

/// The `(tag, entry)` pairs of a word-list asset written as `tag | entry` lines, both
/// trimmed. Lines starting with `#` and lines without a `|` are skipped.
pub fn tagged_lines(asset: &str) -> impl Iterator<Item = (&str, &str)> {
    asset
        .lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .filter_map(|line| {
            let (tag, entry) = line.split_once('|')?;
            Some((tag.trim(), entry.trim()))
        })
}

/// Up to `max_bytes` of `text` before `at`, cut at a char boundary.
#[must_use]
pub fn before(text: &str, at: usize, max_bytes: usize) -> &str {
    let mut start = at.saturating_sub(max_bytes);
    while start < at && !text.is_char_boundary(start) {
        start += 1;
    }
    slice(text, start..at)
}
