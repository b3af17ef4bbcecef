//! Hedging: words by which the sentence itself marks its proposition as uncertain,
//! possible, estimated or only reported.
//!
//! Not hedges on their own: attribution to a named source, "can"/"kan" for ability or a
//! legal range, rounding words, provisional names, "will" or "is due" for announced plans.
//! A hedge inside a direct quotation, or a modal inside a stance reported from a named
//! speaker ("lawmakers warned it may help"), does not hedge the claim that it was said.
//! Conditional "zou"/"would" after "als"/"if" is not reportative.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::text::{quote_regions, regex, slice};

/// Hedge cues. Group "modal" marks modals that a reported stance or a condition absorbs.
static HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?xi)
        \b(?:naar\sverluidt|volgens\s(?:berichten|geruchten|mediaberichten)|naar\sschatting|
           reportedly|allegedly|according\sto\s(?:media\s)?reports|reports\sthat|
           expected\sto|expects?\sto|is\smeant\sto|are\smeant\sto|aims?\sto|hopes?\sto|
           appears?\sto|seems?\sto|suggests?|suggested|estimated|estimates?|projected|projections?|
           forecasts?|likely|unlikely|possibly|perhaps|probably|presumably|
           verwacht(?:e|en|t)?|rekent\sop|rekenen\sop|schat|schatten|schatting|geschat|
           waarschijnlijk|vermoedelijk|wellicht|misschien|mogelijk(?:e)?|lijkt|lijken|blijkbaar|
           zogenaamd)\b
        |(?P<modal>\b(?:may|might|could|would|zou|zouden|zou\skunnen)\b)
        |(?P<moet>\bmoet(?:en)?\b(?:\s+[^\s,.;]+){1,8}?\s+(?:zijn|liggen|kosten|bedragen)\b)",
    )
});

/// Reporting or stance verbs that open a reported content ("warned that", "zei dat").
static STANCE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:said|says|told|warned|warns|argued|argues|fears?|feared|believes?|believed|claimed|claims|denied|insisted|zei|zegt|zeggen|zeiden|waarschuwde|waarschuwden|waarschuwt|vreest|vrezen|vreesde|stelt|stelde|meent|denkt|dacht|ontkende|benadrukte|verklaarde|concludeerde|concludeerden)\b",
    )
});

static CONDITION: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)\b(?:als|indien|wanneer|mocht|if|unless|tenzij)\b"));

/// The hedge words of `text[range]`, lowercased, in order; empty when unhedged.
#[must_use]
pub fn find_hedges(text: &str, range: Range<usize>) -> Vec<String> {
    let piece = slice(text, range);
    let quotes = quote_regions(piece);
    let mut out = Vec::new();
    for caps in HEDGE.captures_iter(piece) {
        let Some(whole) = caps.get(0) else { continue };
        if quotes
            .iter()
            .any(|q| q.start <= whole.start() && whole.end() <= q.end)
        {
            continue;
        }
        let before = slice(piece, 0..whole.start());
        let word = whole.as_str();
        let lower = word.to_lowercase();
        // "May" with a capital is the month; "mogelijk maken" is "to enable".
        if word.starts_with('M') && lower == "may" {
            continue;
        }
        if lower.starts_with("mogelijk") {
            let after = slice(piece, whole.end()..piece.len()).trim_start();
            if after.starts_with("ma")
                || before.trim_end().ends_with("het") && after.starts_with("te")
            {
                continue;
            }
        }
        if caps.name("modal").is_some() && (STANCE.is_match(before) || CONDITION.is_match(before)) {
            continue;
        }
        if caps.name("moet").is_some() {
            out.push("moet … zijn".to_owned());
            continue;
        }
        out.push(lower);
    }
    out.dedup();
    out
}
