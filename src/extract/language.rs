//! Language detection for Dutch and English by counting frequent function words.
//!
//! Stopword counts are robust on short texts (a headline, one paragraph), where
//! trigram models such as whatlang often confuse Dutch with German or Afrikaans; whatlang,
//! restricted to Dutch and English, only breaks ties.

use crate::model::Language;

/// Frequent Dutch function words that are rare in English.
const DUTCH: &[&str] = &[
    "de", "het", "een", "en", "van", "is", "dat", "die", "niet", "zijn", "op", "met", "voor", "er",
    "maar", "ook", "als", "bij", "door", "naar", "uit", "om", "te", "wordt", "worden", "heeft",
    "hebben", "werd", "deze", "dit", "nog", "wel", "zich", "zou", "kan", "volgens", "meer", "nu",
    "al", "over", "hun", "ze", "hij", "wij", "jaar", "tot", "aan", "geen", "dan", "waar",
];

/// Frequent English function words that are rare in Dutch.
const ENGLISH: &[&str] = &[
    "the", "and", "of", "to", "a", "is", "that", "it", "for", "on", "with", "as", "was", "by",
    "are", "be", "this", "from", "at", "or", "has", "have", "its", "which", "said", "will", "not",
    "but", "their", "they", "he", "she", "were", "been", "would", "could", "after", "about",
    "than", "more", "also", "other", "into", "year", "our", "we", "an",
];

/// Detects whether `text` is Dutch or English; English when there is no evidence.
#[must_use]
pub fn detect_language(text: &str) -> Language {
    let mut dutch = 0usize;
    let mut english = 0usize;
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(5000)
    {
        let lower = word.to_lowercase();
        // Words spelled the same in both languages ("is", "in") count for neither.
        let nl = DUTCH.contains(&lower.as_str());
        let en = ENGLISH.contains(&lower.as_str());
        if nl && !en {
            dutch += 1;
        } else if en && !nl {
            english += 1;
        }
    }
    if dutch > english {
        return Language::Dutch;
    }
    if english > dutch {
        return Language::English;
    }
    let allow = vec![whatlang::Lang::Nld, whatlang::Lang::Eng];
    let detector = whatlang::Detector::with_allowlist(allow);
    match detector.detect_lang(text) {
        Some(whatlang::Lang::Nld) => Language::Dutch,
        _ => Language::English,
    }
}
