//! Hedging: words by which the sentence itself marks its proposition as uncertain,
//! possible, estimated or only reported.
//!
//! Not hedges on their own: attribution to a named source, "can"/"kan" for ability or a
//! legal range, rounding words, provisional names, "will" or "is due" for announced plans.
//! A hedge inside a direct quotation, or a modal inside a stance reported from a named
//! speaker ("lawmakers warned it may help"), does not hedge the claim that it was said.
//! Conditional "zou" after "als"/"if" is not reportative. "would" hedges only as the verb of
//! the claim's own main clause ("The plant would cost about $2.3 billion"), not after a verb
//! of saying ("said it would appeal") nor in a clause that describes a rule or plan ("a
//! rule that would require licences").

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::text;
use super::text::{quote_regions, regex, slice};

/// Hedge cues. Group "modal" marks modals that a reported stance or a condition absorbs.
static HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?x)
        \b(?:naar\sverluidt|naar\sverwachting|volgens\s(?:berichten|geruchten|mediaberichten)|naar\sschatting|
           reportedly|allegedly|according\sto\s(?:media\s)?reports|reports\sthat|
           expected\sto|expects?|expected|(?:is|are|was|were|be|being)\sexpected(?:\s(?:by|before|in|on|at|within|later|soon|next|this|early|around))|is\smeant\sto|are\smeant\sto|aims?\sto|hopes?\sto|
           appears?\sto|seems?\sto|on\s(?:course|track)\sto|suggests?|suggested|estimated|estimates?|projected|projections?|
           forecasts?|likely|unlikely|possibly|perhaps|probably|presumably|
           verwacht(?:e|en|t)?|(?:rekent|rekenen|rekende|rekenden)\s(?:er)?(?:[^\s,.;]+\s){0,5}?op|gerekend|volgens\s(?:[^\s,.;]+\s)?berekeningen?|streeft\sernaar|streven\sernaar|
           schat|schatten|schatting|schattingen|geschat|puts?\sthe\s(?:value|cost|figure|number|total|size)|
           waarschijnlijk|vermoedelijk|wellicht|misschien|mogelijk(?:e)?|lijkt|lijken|blijkbaar|
           overweegt|overwegen|overwoog|overwogen|considering|
           sluit\s(?:\w+\s){0,4}?niet\suit|sluiten\s(?:\w+\s){0,4}?niet\suit|niet\suitgesloten|
           (?:does|do|did)\snot\srule\sout|not\sruled\sout|
           hoopt|hopen|hoopte|hoopten|geraamde?|raming|ramingen|raamt|potentially|potentieel|
           rekening\s(?:\w+\s)?mee\sdat|voorspeld|voorspelt|voorspellen|voorspelde|voorspelling|
           zogenaamd)\b
        |(?P<modal>\b(?:may|might|could|zou|zouden|zou\skunnen)\b)
        |(?P<would>\bwould\b)
        |(?P<wil>\bwil(?:len)?\s(?:[^\s,.;]+\s){0,14}?\w+en\s*(?:[.;,]|\som\s|$))
        |(?P<moet>\bmoet(?:en)?\b(?:\s+[^\s,.;]+){1,8}?\s+(?P<target>zijn|liggen|kosten|bedragen|verdubbelen|verdrievoudigen|halveren|groeien|stijgen|dalen|oplopen|toenemen|afnemen|verhogen|opleveren|produceren|leveren|aankomen|verschijnen|in\s+werking\s+treden)\b)",
    )
});

/// Which alternative of [`HEDGE`] a match is, told by its first word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Group {
    /// A hedge word or phrase of the first alternative.
    Word,
    /// "may", "might", "could", "zou", "zouden", "zou kunnen".
    Modal,
    Would,
    /// "wil" or "willen" before an infinitive.
    Wil,
    /// "moet" or "moeten" … a target verb.
    Moet,
}

impl Group {
    fn of(found: &str) -> Self {
        match found.split_whitespace().next().unwrap_or("") {
            "may" | "might" | "could" | "zou" | "zouden" => Self::Modal,
            "would" => Self::Would,
            "wil" | "willen" => Self::Wil,
            "moet" | "moeten" => Self::Moet,
            _ => Self::Word,
        }
    }
}

/// Reporting or stance verbs that open a reported content ("warned that", "zei dat").
static STANCE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:said|says|told|wrote|writes|schreef|schrijft|noted|warned|warns|argued|argues|cautioned|cautions|fears?|feared|believes?|believed|claimed|claims|denied|insisted|zei|zegt|zeggen|zeiden|waarschuwde|waarschuwden|waarschuwt|vreest|vrezen|vreesde|stelt|stelde|meent|denkt|dacht|ontkende|benadrukte|verklaarde|concludeerde|concludeerden)\b",
    )
});

/// True when a reported stance in `piece` holds the modal at byte `at`: the stance verb
/// comes first ("warned that it may", "said it could"), or it follows and voices more than
/// a report ("…could slow expansion, analysts wrote"). A plain report after the fact
/// ("…may buy up to 3 million tons, two people said") leaves the modal hedging the claim.
fn absorbed_by_stance(piece: &str, at: usize) -> bool {
    STANCE.find_iter(piece).any(|verb| {
        verb.start() < at
            || !matches!(
                verb.as_str().to_lowercase().as_str(),
                "said"
                    | "says"
                    | "told"
                    | "zei"
                    | "zegt"
                    | "zeggen"
                    | "zeiden"
                    | "stelt"
                    | "stelde"
            )
    })
}

/// Verbs of saying, expecting or planning that make a later "would" the future of what
/// was reported ("said the plant would cost …", "expects prices would fall").
static REPORTED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\b(?:said|says|saying|say|told|tells|telling|expects?|expected|expecting|believes?|believed|believe|warned|warns?|warning|argued|argues?|arguing|thinks?|thought|hopes?|hoped|estimates?|estimated|estimating|according|announced|announces|promised|promises|plans?|planned|agreed|insisted|claimed|claims|predicted|predicts|forecasts?|added|adding|noted|stated|indicated|confirmed|signalled|signaled|suggested|wrote|writes|calculated|reported|showed|shows|fears?|feared|worried|worries|concerned|projects?|projected|assumes?|assumed|wants?|wanted|aims?|decided|ruled|meant)\b",
    )
});

/// True when "would" at `at` in `lower` (ASCII-lowercased) is the verb of the claim's own
/// main clause: "The plant would cost about $2.3 billion, the people said", "That would lift
/// capacity by 40%" state a projection. Not after a verb of saying or planning ("said
/// it would appeal", a reported plan), inside a relative or conditional clause ("a bill
/// that would require", "if …, it would have to"), after "than", for any subject ("Any tax
/// would need approval", a rule), or in a refusal ("would not comment").
fn would_hedges(lower: &str, at: Range<usize>) -> bool {
    let before = slice(lower, 0..at.start);
    let after = slice(lower, at.end..lower.len()).trim_start();
    let clause = before
        .rfind([',', ';', ':'])
        .map_or(before, |comma| slice(before, comma + 1..before.len()));
    let subordinate = clause.split_whitespace().any(|w| {
        matches!(
            w,
            "that"
                | "which"
                | "who"
                | "whom"
                | "where"
                | "whether"
                | "how"
                | "when"
                | "what"
                | "once"
                | "than"
                | "because"
                | "so"
                | "until"
                | "before"
                | "after"
                | "while"
                | "why"
        )
    });
    // "if" and "unless" anywhere before it are in `CONDITION`.
    !REPORTED_BEFORE.is_match(before)
        && !CONDITION.is_match(before)
        && !subordinate
        && !before.trim_start().starts_with("any ")
        && !after.starts_with("not")
        && !after.starts_with("n't")
}

/// "hebben/zijn" with a past participle next to it, before or after.
static PERFECT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\b(?:hebben|zijn)\s+(?:aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|voor|weg)?(?:ge|be|ver|ont|her)\w+[dtn]\b|\b(?:aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|voor|weg)?(?:ge|be|ver|ont|her)\w+[dtn]\s+(?:hebben|zijn)\b",
    )
});

/// True when the modal at `at` in `lower` is "zou/zouden" with a perfect infinitive in
/// the rest of its clause: a report of a past act, not a condition or a reported plan.
fn reportative_perfect(lower: &str, at: Range<usize>) -> bool {
    let word = slice(lower, at.clone());
    if !word.starts_with("zou") {
        return false;
    }
    let rest = slice(lower, at.end..lower.len());
    let clause = rest.split([',', ';']).next().unwrap_or(rest);
    PERFECT.is_match(clause)
}

static CONDITION: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:als|indien|wanneer|mocht|if|unless|tenzij|op\svoorwaarde\sdat|provided\sthat|on\scondition\sthat)\b",
    )
});

/// The hedge words of `text[range]`, lowercased, in order; empty when unhedged.
#[must_use]
pub fn find_hedges(text: &str, range: Range<usize>) -> Vec<String> {
    find_hedges_lowered(text, range, None)
}

/// [`find_hedges`], given `text[range]` ASCII-lowercased when the caller has it.
pub(crate) fn find_hedges_lowered(
    text: &str,
    range: Range<usize>,
    lowered: Option<&str>,
) -> Vec<String> {
    let piece = slice(text, range);
    let quotes = quote_regions(piece);
    let mut out = Vec::new();
    // The pattern is written for ASCII-lowercased text (same byte offsets).
    let lowered = text::ascii_lowercase(piece, lowered);
    // Found without captures, which cost a slower engine on every match: the first word
    // says which group matched (no word of the first group opens another), and only a
    // "moet …" match is searched again for its target.
    for whole in HEDGE.find_iter(&lowered) {
        let group = Group::of(whole.as_str());
        if quotes
            .iter()
            .any(|q| q.start <= whole.start() && whole.end() <= q.end)
        {
            continue;
        }
        let before = slice(piece, 0..whole.start());
        let word = slice(piece, whole.range());
        let lower = word.to_lowercase();
        // "May" with a capital is the month; "mogelijk maken" is "to enable".
        if word.starts_with('M') && lower == "may" {
            continue;
        }
        if lower.starts_with("mogelijk") {
            let after = slice(piece, whole.end()..piece.len()).trim_start();
            if after.starts_with("ma")
                || after.starts_with("te ma")
                || before.trim_end().ends_with("het") && after.starts_with("te")
            {
                continue;
            }
        }
        // "higher than expected", "as expected": measured against a forecast, not one.
        if lower == "expected" && measured_against_forecast(&before.to_lowercase(), &lower) {
            continue;
        }
        // "cut its production forecast by 8%", "well above forecasts", "had forecast a cut":
        // a forecast as a thing or in the past is reported, not made. "raised its forecast
        // for sales to $212 billion" still gives the forecast figure.
        if lower.starts_with("forecast")
            && !slice(piece, whole.end()..piece.len())
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "for" | "to" | "of" | "at"))
            && before.split_whitespace().next_back().is_some_and(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "its"
                        | "their"
                        | "his"
                        | "her"
                        | "the"
                        | "a"
                        | "an"
                        | "above"
                        | "below"
                        | "than"
                        | "beat"
                        | "missed"
                        | "had"
                        | "has"
                        | "have"
                        | "production"
                        | "price"
                        | "earnings"
                        | "growth"
                        | "sales"
                        | "consensus"
                        | "official"
                )
            })
        {
            continue;
        }
        // "zei … juridische stappen te overwegen": a reported intention.
        if lower == "overwegen" && before.trim_end().ends_with(" te") {
            continue;
        }
        // A modal inside a reported stance ("warned that it may", "could, said X") hedges
        // the stance's content, not the claim that the stance was voiced.
        // Reportative "zou … hebben geleverd" is hearsay even inside a report ("Het bedrijf
        // zou … hebben geleverd, stelt het ministerie").
        if group == Group::Modal
            && (absorbed_by_stance(piece, whole.start())
                && !reportative_perfect(&lowered, whole.range())
                || CONDITION.is_match(before))
        {
            continue;
        }
        if group == Group::Would {
            if would_hedges(&lowered, whole.range()) {
                out.push(lower);
            }
            continue;
        }
        // "wil dat …" is a wish about others, "wil niet" a refusal; "wil … leveren" is an aim.
        // Only a finite "wil" of the claim's own subject: not "te willen" (a stated wish)
        // nor a relative clause that describes an entity (", dat … wil vergroten").
        if group == Group::Wil {
            let after = slice(piece, whole.start()..whole.end()).to_lowercase();
            let tail = before.rsplit(',').next().unwrap_or(before);
            // Inside an indirect question or an adverbial clause ("gevraagd waarom ze de
            // chip willen kopen") the wish is not the claim's own aim.
            let subordinate = tail.split_whitespace().any(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "waarom"
                        | "hoe"
                        | "wat"
                        | "waar"
                        | "welke"
                        | "omdat"
                        | "nadat"
                        | "zodat"
                        | "terwijl"
                        | "wanneer"
                        // "Wie belastinggeld wil ontvangen, moet …": a condition.
                        | "wie"
                )
            });
            // "boeren die willen verplaatsen", "die anoniem wil blijven": the wish
            // describes someone ("die chips wil verdubbelen" is a demonstrative).
            let describes = tail.trim_end().ends_with(" die")
                || tail.split(" die ").skip(1).any(|rest| {
                    rest.split_whitespace().next().is_some_and(|w| {
                        matches!(
                            w,
                            "wil"
                                | "willen"
                                | "anoniem"
                                | "niet"
                                | "graag"
                                | "liever"
                                | "zelf"
                                | "nog"
                        )
                    })
                });
            let relative =
                tail.starts_with(" dat ") || tail.starts_with(" die ") || subordinate || describes;
            // "willen weten of …" asks a question.
            let asks = after
                .split_whitespace()
                .any(|w| w.trim_end_matches([',', '.', ';']) == "weten");
            if after
                .split_whitespace()
                .nth(1)
                .is_some_and(|w| matches!(w, "dat" | "niet" | "geen"))
                || asks
                || before.trim_end().ends_with(" te")
                || before.contains(" zou")
                || relative
            {
                continue;
            }
            out.push("wil".to_owned());
            continue;
        }
        // "moet … zijn" (is supposed to be), and a target: "moet … verdubbelen".
        if group == Group::Moet
            && let Some(caps) = HEDGE.captures_at(&lowered, whole.start())
            && let Some(target) = caps.name("target")
        {
            out.push(format!("moet … {}", target.as_str()));
            continue;
        }
        out.push(lower);
    }
    out.dedup();
    out
}

/// True when `word` ("expected" or a form of "verwacht", lowercase) only measures against
/// a forecast instead of making one: "higher than expected", "weaker-than-expected",
/// "hoger dan verwacht", "as expected". `before` is the lowercased text before it.
pub(crate) fn measured_against_forecast(before: &str, word: &str) -> bool {
    let tail = before.trim_end_matches([' ', '-']);
    (word == "expected" || word.starts_with("verwacht"))
        && (tail == "as"
            || [" than", "-than", " as", " dan", " zoals"]
                .iter()
                .any(|lead| tail.ends_with(lead)))
}
