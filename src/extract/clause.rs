//! Clause splitting: one sentence that makes two separately checkable propositions
//! becomes two claims.
//!
//! Splits at contrastive and concessive connectives (", maar", ", hoewel", ", but",
//! ", although", ", while" before a clause with its own subject and time; the connective
//! is left between the claims), at semicolons, at
//! coordinated main clauses (", and had …", "en waren …", ", and the company …") and
//! before adjuncts that add their own event ("…, waardoor …", "omdat …", ", forcing …",
//! "mede dankzij …"; the adjunct keeps its first word).
//!
//! Never splits inside quotations or brackets, a reporting frame and its content ("X zei
//! dat …, maar …" stays whole), a sentence with a trailing attribution ("…, aldus X") or a
//! shared opening attribution ("Volgens X …, maar …"), or where a part would be shorter
//! than three words.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::source::has_trailing_attribution_hinted;
use super::text;
use super::text::{quote_regions, regex, slice, word_count};

/// Connectives dropped from both claims.
static CONTRAST: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?:,\s+|;\s+)(?P<conn>maar|hoewel|terwijl|but|although|though|whereas|yet|while)\s+")
});

/// A time or setting that a first clause can share with a second: a weekday ("on
/// Friday", "op vrijdag") or an opening phrase ("Under the deal, …", "On Friday, …").
static SHARED_QUALIFIER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:on|op)\s(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b|^(?:Under|On|In|At|After|Op|Onder|Na)\s[^,]{2,40},",
    )
});

/// A time of its own in a second clause, which then does not need the first one's.
static OWN_TIME: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|since|until|midday|same\speriod|this\syear|last\syear|a\syear\searlier|\d{4})\b",
    )
});

/// Whether ", while …" opens a contrasting clause with a subject of its own ("…, while
/// shipments to Taiwan rose 12%") that does not lean on a time or setting of the first
/// clause. "while easing …", "while also …" and "while in office" are not such clauses.
fn while_clause(left: &str, right: &str) -> bool {
    let next = right.split_whitespace().next().unwrap_or("");
    if matches!(
        next,
        "also" | "still" | "at" | "in" | "on" | "under" | "keeping" | "maintaining" | "not"
    ) {
        return false;
    }
    // A gerund is a subject only with a finite verb after it ("while trading … has been
    // suspended"); otherwise it is a participle ("while easing the risk").
    if next.ends_with("ing") && !GERUND_SUBJECT.is_match(right) {
        return false;
    }
    !SHARED_QUALIFIER.is_match(left) || OWN_TIME.is_match(right)
}

static GERUND_SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^\w+ing\s(?:\w+\s){0,4}(?:has|have|had|was|were|is|are)\s"));

/// A source named at the very end of a sentence ("…, according to ministry data."):
/// like a trailing "…, the ministry said" it covers every clause before it (14 of 17
/// such sentences in the labelled English articles are one claim).
static ACCORDING_AT_END: LazyLock<Regex> =
    LazyLock::new(|| regex(r",\s+(?:according\s+to|volgens)\s+[^,;:“”\x22]+[.!]?\s*$"));

static SEMICOLON: LazyLock<Regex> = LazyLock::new(|| regex(r";\s+"));

/// Coordinated main clauses: "and"/"en" followed by an auxiliary or a new subject.
static COORDINATION: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?P<comma>,)?\s+(?P<conn>en|and)\s+(?P<next>is|was|zijn|waren|heeft|hebben|had|hadden|werd|werden|wordt|worden|kon|konden|zal|zullen|moest|moesten|ging|gingen|begon|begonnen|wil|willen|wilde|wilden|wants|plans|aims|has|have|were|are|will|would|could|did|also|then|het\s+bedrijf|the\s+company|ze|zij|hij|they|he|she|it|its|their|de|het|the|a|an)\s",
    )
});

/// ", and"/", en" before a new subject: a name ("…, and Senator Lee introduced …") or a
/// short noun phrase with an auxiliary or modal ("…, and provisional duties may be …"), or a
/// Dutch past tense before its subject ("…, en verdubbelde het land …").
static COORDINATED_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r",\s+(?:en|and)\s+(?P<next>[A-Z]|[a-z]{3,}(?:de|te|den|ten)\s+(?:het|de|hij|zij|ze)\s|[a-z][\w-]*\s+(?:[\w-]+\s+){0,3}(?:may|might|could|can|will|would|must|should|is|are|was|were|has|have|had|kan|zal|zullen|zou|zouden|mag|mogen|moet|moeten|zijn|waren|heeft|hebben|hadden|wordt|worden|werd|werden)\s)",
    )
});

/// ", and says …", ", en zegt …", "… but said …": the subject speaks again, with a frame
/// of its own; ", and two officials said …", ", en broker X verwacht …": someone else does.
/// The cut holds even after a reporting frame ("X estimates the cost at …, and says it
/// could …"), whose content ends at the comma.
static NEW_FRAME: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r",\s+(?:and|en)\s+(?P<next>(?:also\s+|ook\s+)?(?:says|said|adds|added|told|warned|expects|zegt|zei|meldt|meldde|waarschuwt|waarschuwde|verwacht)\b|[a-z][\w-]*\s+(?:[\w-]+\s+){0,5}(?:said|says|told|added|warned)\b|[a-z][\w-]*\s+(?:[\w'-]+\s+){0,7}(?:verwacht|verwachten|zegt|zeggen|zei|zeiden|meldt|melden|meldde|denkt|denken|schat|schatten|waarschuwt)\b)|\s(?:but|maar)\s+(?P<next2>(?:also\s+|ook\s+)?(?:said|says|zei|zegt)\b)",
    )
});

/// A relative or complement clause opener inside the left part of a cut.
static RELATIVE_PRONOUN: LazyLock<Regex> =
    LazyLock::new(|| regex(r"\s(?:die|dat|waarmee|waarin|which|that|who)\s"));

/// English reporting verbs, which often take their content without "that".
static ENGLISH_FRAME: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\b(?:said|says|told|warned|argued|believes|fears|thinks|reported|noted|added|claimed|denied|insisted|estimated|estimates)\b",
    )
});

/// Adjuncts that carry their own event or number; they keep their first word. ", as" counts
/// before a new subject (", as the cost rose to …"). An English
/// participle after a comma (", sending prices higher", ", adding that …") counts unless
/// [`participle_adjunct`] rejects it.
static ADJUNCT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r",\s+(?P<conn>(?:mede\s+)?dankzij|waardoor|zodat|omdat|because|which\s+means|wat\s+betekent|as\s+(?:the|a|an|its|their|[A-Z]\w*)|[a-z]{3,}ing(?P<next>\s+[a-z]+)?)\s|\s(?P<conn2>omdat|because)\s",
    )
});

/// Words in "-ing" after a comma that do not open an adjunct of their own: prepositions
/// ("according to", "including"), attribution ("citing", "saying"), nouns and names of
/// times of day.
const NOT_PARTICIPLES: &[&str] = &[
    "according",
    "including",
    "excluding",
    "following",
    "during",
    "regarding",
    "concerning",
    "pending",
    "notwithstanding",
    "citing",
    "saying",
    "noting",
    "speaking",
    "quoting",
    "using",
    "totalling",
    "totaling",
    "ranging",
    "starting",
    "beginning",
    "morning",
    "evening",
    "spring",
    "something",
    "nothing",
    "anything",
    "everything",
    "thing",
    "bring",
    "king",
    "ring",
    "string",
    "sibling",
];

/// True when `word` (an "-ing" word after a comma) with `next` (the word after it, if
/// any) opens a participial adjunct: not a preposition or noun from [`NOT_PARTICIPLES`],
/// and not an item of a list ("design, packaging and testing").
pub(crate) fn participle_adjunct(word: &str, next: Option<&str>) -> bool {
    !NOT_PARTICIPLES.contains(&word)
        && !matches!(
            next.map(str::trim),
            Some("and" | "or" | "of" | "en" | "of,")
        )
}

/// A reporting frame that opens reported content ("zei dat", "said that").
static FRAME: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:zei|zegt|zeggen|zeiden|meldt|meldde|schrijft|schreef|stelt|stelde|verklaarde|benadrukte|waarschuwde|denkt|vindt|vond|vreest|weet|concludeerde|concludeerden|said|says|told|wrote|warned|argued|believes|fears|thinks|reported|noted|added|claimed|denied)\b[^.;]*\b(?:dat|that)\b|^\s*(?:[Vv]olgens|[Aa]ccording\s+to)\b",
    )
});

/// A Dutch expectation, warning or document that reports a "dat" clause ("Kuipers
/// verwacht dat …", "Daarin staat dat …"): a consequence after it (", waardoor …") is
/// part of what is reported.
static CONSEQUENCE_FRAME: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\b(?:verwacht|verwachten|verwachtte|waarschuwt|waarschuwde|wijst\s+erop|wees\s+erop|staat|stond|zegt|zei|stelt|stelde|denkt|vreest)\s+(?:\w+\s+){0,2}?dat\b",
    )
});

/// A sentence that opens with a concessive clause ("Hoewel …, …", "Although …, …").
static OPENING_CONCESSION: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?:Hoewel|Although|Though|Ofschoon)\s+"));

/// Splits `text[sentence]` into clause ranges (absolute offsets), in order. Returns the
/// sentence itself when it should not be split.
#[must_use]
pub fn clauses(text: &str, sentence: Range<usize>) -> Vec<Range<usize>> {
    clauses_hinted(text, sentence, None)
}

/// [`clauses`], given `super::source::attribution_possible` for the sentence when known.
pub(crate) fn clauses_hinted(
    text: &str,
    sentence: Range<usize>,
    attribution: Option<bool>,
) -> Vec<Range<usize>> {
    let piece = slice(text, sentence.clone());
    let base = sentence.start;
    // Every split point needs a comma, a semicolon or one of a few bare connectives.
    let lower = piece.to_ascii_lowercase();
    let candidate = piece.contains([',', ';'])
        || [" en ", " and ", " omdat ", " because ", " but ", " maar "]
            .iter()
            .any(|word| lower.contains(word));
    if !candidate {
        return vec![sentence];
    }
    // An attribution that trails the sentence covers all of it; one before a semicolon
    // ("…, melden dealers; het bedrijf reageerde niet") covers only the part before it.
    let tail = piece
        .rfind("; ")
        .map_or(sentence.clone(), |at| base + at + 2..sentence.end);
    let tail_hint = attribution.filter(|_| tail == sentence);
    // "…, people familiar with the matter said, although …": the attribution closes the
    // first clause only, when a clause with its own subject follows ("…, Zhou said, but
    // will only …" shares the first one's).
    // The same holds before ", and" with a new subject ("…, two people familiar with the
    // matter said, and traders estimate …").
    let closed_before_contrast = text::captures_iter(&CONTRAST, piece)
        .chain(text::captures_iter(&COORDINATED_SUBJECT, piece))
        .filter_map(|caps| caps.get(0))
        .any(|m| {
            frame_closes(slice(piece, 0..m.start()))
                && !opens_with_auxiliary(slice(piece, m.end()..piece.len()))
        });
    if !closed_before_contrast
        && (has_trailing_attribution_hinted(text, tail.clone(), tail_hint)
            || ACCORDING_AT_END.is_match(slice(text, tail)))
    {
        return vec![sentence];
    }
    let protected = protected_regions(piece);
    // Candidate cuts: (left end, right start), relative to the sentence.
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    // Left ends of cuts before a new frame, which a frame on the left does not cover.
    let mut new_frames: Vec<usize> = Vec::new();
    for caps in text::captures_iter(&NEW_FRAME, piece) {
        if let (Some(whole), Some(next)) = (
            caps.get(0),
            caps.name("next").or_else(|| caps.name("next2")),
        ) {
            cuts.push((whole.start(), next.start()));
            new_frames.push(whole.start());
        }
    }
    for caps in text::captures_iter(&CONTRAST, piece) {
        if let (Some(whole), Some(conn)) = (caps.get(0), caps.name("conn")) {
            if conn.as_str() == "while"
                && !while_clause(
                    slice(piece, 0..whole.start()),
                    slice(piece, whole.end()..piece.len()),
                )
            {
                continue;
            }
            // "zit niet in de reactoren, maar in de brandstof": a short correction of a
            // negated part makes no claim of its own.
            let right = slice(piece, whole.end()..piece.len());
            if matches!(conn.as_str(), "maar" | "but")
                && word_count(right) <= 6
                && slice(piece, 0..whole.start())
                    .split_whitespace()
                    .any(|w| matches!(w, "niet" | "not" | "geen" | "no"))
            {
                continue;
            }
            cuts.push((whole.start(), whole.end()));
        }
    }
    for m in SEMICOLON.find_iter(if piece.contains(';') { piece } else { "" }) {
        cuts.push((m.start(), m.end()));
        // "X schreef dat …; die toets duurt …": a reported content ends at a semicolon.
        new_frames.push(m.start());
    }
    for caps in text::captures_iter(&COORDINATION, piece) {
        let (Some(whole), Some(next)) = (caps.get(0), caps.name("next")) else {
            continue;
        };
        let auxiliary = !matches!(
            next.as_str(),
            "het bedrijf"
                | "the company"
                | "ze"
                | "zij"
                | "hij"
                | "they"
                | "he"
                | "she"
                | "it"
                | "its"
                | "their"
                | "de"
                | "het"
                | "the"
                | "a"
                | "an"
        );
        // Without a comma only an auxiliary starts a new clause ("… bestellen en waren …");
        // a new subject after ", and" does too. After a relative clause ("een machine die
        // … kan maken en is gebaseerd op …") the auxiliary may belong to either clause, and
        // the right part would be a fragment without a subject: keep the sentence whole.
        // "… noemen het bedrag buitensporig en willen dat …": a wish about what others
        // should do continues the stance before it.
        // "wil dat aantal verdubbelen" is a plan of its own: there "dat" points at a noun.
        if next.as_str().starts_with("wil")
            && slice(piece, next.end()..piece.len())
                .strip_prefix(" dat ")
                .and_then(|rest| rest.split_whitespace().next())
                .is_some_and(|w| {
                    w.starts_with(char::is_uppercase)
                        || matches!(
                            w,
                            "de" | "het" | "een" | "hij" | "zij" | "ze" | "we" | "wij" | "er"
                        )
                })
        {
            continue;
        }
        // "… by ship to Baku and then across Georgia to Poti": a route goes on, with no
        // verb of its own.
        if next.as_str() == "then"
            && slice(piece, next.end()..piece.len())
                .split_whitespace()
                .next()
                .is_some_and(|w| {
                    matches!(
                        w,
                        "across"
                            | "to"
                            | "by"
                            | "via"
                            | "through"
                            | "into"
                            | "onto"
                            | "over"
                            | "from"
                            | "on"
                            | "in"
                            | "back"
                            | "up"
                            | "down"
                    )
                })
        {
            continue;
        }
        let left = slice(piece, 0..whole.start());
        let after_relative =
            caps.name("comma").is_none() && RELATIVE_PRONOUN.is_match(left) && auxiliary;
        if (auxiliary || caps.name("comma").is_some()) && !after_relative {
            cuts.push((whole.start(), next.start()));
        }
    }
    for caps in text::captures_iter(&COORDINATED_SUBJECT, piece) {
        let (Some(whole), Some(next)) = (caps.get(0), caps.name("next")) else {
            continue;
        };
        // "A, B, and C" is a list: the item before the cut must be more than a name (a
        // comma inside a number, "300,000", does not end an item).
        let left = slice(piece, 0..whole.start());
        let item = left.rsplit(", ").next().unwrap_or(left);
        if word_count(item) >= 3 {
            cuts.push((whole.start(), next.start()));
        }
    }
    for caps in text::captures_iter(&ADJUNCT, piece) {
        let (Some(whole), Some(conn)) = (
            caps.get(0),
            caps.name("conn").or_else(|| caps.name("conn2")),
        ) else {
            continue;
        };
        let mut words = conn.as_str().split_whitespace();
        let word = words.next().unwrap_or("");
        if word.ends_with("ing") && !participle_adjunct(word, words.next()) {
            continue;
        }
        // "speaking on condition of anonymity because …", "die anoniem wil blijven omdat
        // …": the reason explains the anonymity, not the claim.
        if matches!(word, "because" | "omdat") && {
            let lead = text::before(piece, whole.start(), 32);
            lead.contains("anonym") || lead.contains("anoniem")
        } {
            continue;
        }
        // "Kuipers verwacht dat A, waardoor B": B is still part of the expectation.
        if word == "waardoor" && CONSEQUENCE_FRAME.is_match(slice(piece, 0..whole.start())) {
            continue;
        }
        cuts.push((whole.start(), conn.start()));
    }
    // "Hoewel A, B": the concessive clause ends at its first comma; the connective is
    // left out of the first claim.
    let mut start = 0;
    if let Some(opening) = OPENING_CONCESSION.find(piece)
        && let Some(comma) = piece.find(", ")
        && !protected.iter().any(|r| r.start < comma && comma < r.end)
        && word_count(slice(piece, opening.end()..comma)) >= 3
        && word_count(slice(piece, comma + 2..piece.len())) >= 3
    {
        start = opening.end();
        cuts.push((comma, comma + 2));
    }
    cuts.sort_unstable();
    cuts.dedup_by_key(|cut| cut.0);
    let mut out = Vec::new();
    for (left_end, right_start) in cuts {
        if left_end < start
            || protected
                .iter()
                .any(|r| r.start < left_end && left_end < r.end)
        {
            continue;
        }
        let left = slice(piece, start..left_end);
        let right = slice(piece, right_start..piece.len());
        if word_count(left) < 4 || word_count(right) < 3 {
            continue;
        }
        // A reporting frame before the cut covers what follows: keep it whole. A frame
        // that closes the left part ("…, people familiar with the matter said, although
        // …") reports only that part.
        if !new_frames.contains(&left_end)
            && !frame_closes(left)
            && (FRAME.is_match(slice(piece, 0..left_end))
                || ENGLISH_FRAME.is_match(slice(piece, 0..left_end)))
        {
            continue;
        }
        out.push(base + start..base + left_end);
        start = right_start;
    }
    out.push(base + start..sentence.end);
    out
}

/// True when `left` ends in a trailing attribution: a comma, then at most nine words
/// with a reporting verb among its last three ("…, two officials said", "…, a
/// spokesperson told Reuters"), or a short "according to" or "aldus" phrase.
fn frame_closes(left: &str) -> bool {
    let Some((_, tail)) = left.rsplit_once(", ") else {
        return false;
    };
    let words: Vec<&str> = tail.split_whitespace().collect();
    // "…, according to Banco Meridional", "…, aldus de bank".
    if words.len() <= 6 && (tail.starts_with("according to ") || tail.starts_with("aldus ")) {
        return true;
    }
    words.len() <= 9
        && words.iter().rev().take(3).any(|w| {
            ENGLISH_FRAME.is_match(w)
                || matches!(
                    *w,
                    "zei" | "zegt" | "zeggen" | "zeiden" | "meldt" | "meldde"
                )
        })
}

/// True when the clauses before a cut (`before`, up to where the next clause starts) end
/// in an attribution of their own ("…, one of the people familiar with the matter said,
/// and"), and the next clause (`next`) has a subject of its own that is not a pronoun,
/// so that the attribution does not reach it.
pub(crate) fn attribution_closed_before(before: &str, next: &str) -> bool {
    // "X schreef dat …; die toets duurt …": what the speaker said ends at a semicolon.
    let semicolon = before.trim_end().ends_with(';');
    let before = before
        .trim_end()
        .trim_end_matches(|c: char| c.is_alphabetic())
        .trim_end()
        .trim_end_matches([',', ';']);
    // "…, zegt Kuipers; hij sluit … niet uit": a pronoun goes on with the speaker.
    let pronoun = next.split_whitespace().next().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "he" | "she" | "they" | "hij" | "zij" | "ze"
        )
    });
    (semicolon || frame_closes(before)) && !pronoun && !opens_with_auxiliary(next)
}

/// True when `right` starts with an auxiliary or modal, so that it has no subject of its
/// own ("will only commit to it once …").
fn opens_with_auxiliary(right: &str) -> bool {
    right.split_whitespace().next().is_some_and(|w| {
        matches!(
            w,
            "will"
                | "would"
                | "could"
                | "may"
                | "might"
                | "has"
                | "have"
                | "had"
                | "is"
                | "was"
                | "are"
                | "were"
                | "did"
                | "does"
                | "zal"
                | "zou"
                | "kan"
                | "heeft"
                | "hebben"
        )
    })
}

/// Quotations and bracketed asides, which are never split.
fn protected_regions(piece: &str) -> Vec<Range<usize>> {
    let mut regions = quote_regions(piece);
    let mut open = None;
    for (at, ch) in piece.char_indices() {
        match ch {
            '(' | '[' => open = open.or(Some(at)),
            ')' | ']' => {
                if let Some(start) = open.take() {
                    regions.push(start..at + 1);
                }
            }
            _ => {}
        }
    }
    regions
}
