//! Sentence segmentation: paragraphs, then lines, then sentences.
//!
//! Survives abbreviations ("o.a.", "bijv.", "Mr.", "U.S.", "e.g."), decimals and
//! thousands separators in both conventions (no space follows their dot or comma),
//! ranges, quotations of every kind (a quotation that runs over several sentences stays
//! one unit, so a two-sentence quote with one attribution is one claim), ellipses, and
//! headlines or list lines without a full stop (every line break ends a sentence).
//!
//! **Invariant:** returned ranges are trimmed, non-empty, ordered, non-overlapping and lie on
//! char boundaries of the input.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::text::{CLOSING_QUOTES, OPENING_QUOTES, quote_regions, regex, slice};
use crate::model::Language;

/// Lowercased abbreviations (without their final dot) after which a dot does not end a
/// sentence. Both languages are always checked: articles mix them.
const ABBREVIATIONS: &[&str] = &[
    // Dutch.
    "o.a", "bijv", "bv", "dhr", "mevr", "mw", "drs", "ir", "ing", "mr", "prof", "dr", "ca", "resp",
    "incl", "excl", "m.b.t", "t.o.v", "i.p.v", "z.g.a.n", "nl", "nr", "jl", "vs", "e.d", "enz",
    "etc", "d.w.z", "a.s", "m.n", "i.v.m", "o.m", "jr", "sr", "blz", "min", "max", "gem", "mln",
    "mld", "mrd", "st", "plv", "ong", "zr.ms", "hr.ms", // English.
    "mr", "mrs", "ms", "messrs", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "inc",
    "corp", "ltd", "co", "no", "approx", "est", "dept", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u",
    "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "vol", "fig", "op", "cf", "al",
];

/// The abbreviations of [`ABBREVIATIONS`] that are also words that can end a sentence.
const COMMON_WORDS: &[&str] = &["op", "al", "no", "min", "max", "est", "gem", "vol"];

/// A leading dateline glued to the first sentence of a line: "date 2025-09-18", or a
/// wire dateline in capitals with an optional country, date and agency ("KUALA LUMPUR,
/// Nov 17 (Reuters) -", "GEORGE TOWN, Malaysia, Oct 15 (Reuters) -", "NEW YORK -").
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^(?:date|datum|published|gepubliceerd|updated|bijgewerkt|posted)[:\s]+(?:\d{4}-\d{2}-\d{2}|\d{1,2}[-/]\d{1,2}[-/]\d{2,4})\s+|^\p{Lu}[\p{Lu}.'’/ -]{1,40}?(?:,\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?(?:,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Ll}{3,9}))?\s*(?:\([\p{L}\d ,.]{2,20}\))?\s+[-–—]\s+",
    )
});

/// A parenthesised photo credit, which ends an image caption.
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\((?:Photo|Foto|Image|Beeld|Picture|Afbeelding|Credit|Illustration|Illustratie)s?:[^()]{1,60}\)",
    )
});

/// The sentence ranges of `text`, in order, as byte ranges into `text`.
#[must_use]
pub fn sentences(text: &str, language: Language) -> Vec<Range<usize>> {
    let _ = language;
    let mut out = Vec::new();
    let mut line_start = 0;
    for (at, _) in text.match_indices('\n') {
        split_line(text, line_start..at, &mut out);
        line_start = at + 1;
    }
    split_line(text, line_start..text.len(), &mut out);
    out
}

/// Splits one line (no newline inside) into sentences, appending them to `out`.
fn split_line(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let Some(range) = trim(text, range) else {
        return;
    };
    let mut start = range.start;
    let line = slice(text, range.clone());
    if let Some(found) = DATELINE.find(line) {
        push_trimmed(text, start..start + found.end(), out);
        start += found.end();
    }
    let piece = slice(text, start..range.end);
    let quotes = quote_regions(piece);
    // A caption's photo credit ("… (Photo: Reuters)") ends it even without a full stop.
    let credit_ends: Vec<usize> = CREDIT
        .find_iter(piece)
        .map(|m| m.end().saturating_sub(1))
        .collect();
    // Sentence ends are found on the bytes: every terminator is ASCII or "…" (E2 80 A6),
    // and a UTF-8 continuation byte never equals one of them.
    let bytes = piece.as_bytes();
    let mut sentence_start = 0;
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let (ch, width) = match byte {
            b'.' | b'!' | b'?' => (char::from(byte), 1),
            0xE2 if bytes.get(at + 1..at + 3) == Some(&[0x80, 0xA6][..]) => ('…', 3),
            b')' if credit_ends.contains(&at) => (')', 1),
            _ => {
                at += 1;
                continue;
            }
        };
        let after = at + width;
        // Consume further terminators and closing quotes or brackets.
        let mut j = after;
        let mut dots = usize::from(ch == '.');
        for c in slice(piece, j..piece.len()).chars() {
            if matches!(c, '.' | '!' | '?' | '…') {
                dots += usize::from(c == '.');
            } else if !(CLOSING_QUOTES.contains(&c) || c == ')' || c == ']') {
                break;
            }
            j += c.len_utf8();
        }
        let end = j;
        // A boundary needs whitespace and then a plausible sentence start.
        let mut rest = slice(piece, j..piece.len()).chars();
        let Some(space) = rest.next() else {
            break;
        };
        if !space.is_whitespace() {
            at = after;
            continue;
        }
        let Some(next) = rest.find(|c| !c.is_whitespace()) else {
            break;
        };
        // A straight single quote opens a quotation before a capital ("2030. 'This is
        // …,' she said"); elsewhere it may be an elision ("'s avonds").
        let quoted_capital = next == '\'' && rest.clone().next().is_some_and(char::is_uppercase);
        let starts_sentence = next.is_uppercase()
            || next.is_ascii_digit()
            || quoted_capital
            || OPENING_QUOTES.contains(&next)
            || matches!(
                next,
                '(' | '[' | '—' | '–' | '-' | '¿' | '¡' | '$' | '€' | '£'
            );
        if !starts_sentence
            || ch == '.' && dots == 1 && is_abbreviation(piece, at)
            // Inside a quotation that closes later on this line: the quote stays one unit.
            || quotes.iter().any(|q| q.start < at && end < q.end)
        {
            at = after;
            continue;
        }
        push_trimmed(text, start + sentence_start..start + end, out);
        sentence_start = end;
        at = j;
    }
    push_trimmed(text, start + sentence_start..range.end, out);
}

/// True when the dot at `dot` (byte offset in `piece`) ends an abbreviation or an initial.
fn is_abbreviation(piece: &str, dot: usize) -> bool {
    let before = slice(piece, 0..dot);
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(at, c)| at + c.len_utf8());
    let word = slice(before, word_start..before.len());
    if word.is_empty() {
        return false;
    }
    let mut letters = word.chars();
    // A single capital ("J. Huang") is an initial.
    if let (Some(first), None) = (letters.next(), letters.next())
        && first.is_uppercase()
    {
        return true;
    }
    // An acronym in capitals ("VS", "EU") is a name, not the abbreviation "vs." (versus).
    if word.len() >= 2 && !word.contains('.') && word.chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let lower = word.to_lowercase();
    if !ABBREVIATIONS.contains(&lower.as_str()) {
        return false;
    }
    // A quotation that closes right after the dot ends with it ("lang vol.” De …").
    let after = slice(piece, dot + 1..piece.len());
    if after.starts_with(CLOSING_QUOTES) {
        return false;
    }
    // Abbreviations that are also common words ("vertraging op.", "wist hij al.", "said
    // no.") only abbreviate before a lowercase word or a number ("op. cit.", "no. 5"); a
    // quotation opening the next sentence ("banen op. „Dit is …") does not count.
    !COMMON_WORDS.contains(&lower.as_str())
        || slice(piece, dot + 1..piece.len())
            .trim_start()
            .trim_start_matches(OPENING_QUOTES)
            .chars()
            .next()
            .is_none_or(|c| !c.is_uppercase())
}

/// Trims whitespace from both ends of `range`; `None` when nothing is left.
fn trim(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let piece = slice(text, range.clone());
    let start = range.start + (piece.len() - piece.trim_start().len());
    let end = range.end - (piece.len() - piece.trim_end().len());
    (start < end).then_some(start..end)
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    if let Some(range) = trim(text, range) {
        out.push(range);
    }
}

#[cfg(test)]
mod tests {
    use super::sentences;
    use crate::model::Language;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, Language::English)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn keeps_abbreviations_and_decimals() {
        assert_eq!(
            split("Mr. Smith paid $4.5 million, i.e. a lot. Then he left."),
            ["Mr. Smith paid $4.5 million, i.e. a lot.", "Then he left."]
        );
    }

    #[test]
    fn splits_dateline() {
        assert_eq!(
            split("date 2024-01-02 The port reopened."),
            ["date 2024-01-02", "The port reopened."]
        );
    }
}
