//! Which pronoun fits a person: "hij"/"he" or "zij"/"she", from a first name, a form of
//! address or a role noun.
//!
//! A reader takes "zegt ze" to mean the last woman named, not the last person. The
//! source finder uses this to pass over a person the pronoun cannot mean. A name that
//! says nothing (an unknown or shared first name, a surname alone) gives `None` and
//! rules nobody out. First names come from `assets/first-names.txt`, an editable list.
//! Dutch "zij"/"ze" may also be plural; read as "she" they only pass over men.

use std::sync::LazyLock;

use super::text::{WordMap, tagged_lines};

/// The pronoun a person goes by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// "hij", "hem", "he", "him".
    Male,
    /// "zij", "ze", "haar", "she", "her".
    Female,
}

/// First names from `assets/first-names.txt` (`m | Name` or `f | Name` a line).
static FIRST_NAMES: LazyLock<WordMap<&'static str, Gender>> = LazyLock::new(|| {
    tagged_lines(include_str!("../../assets/first-names.txt"))
        .filter_map(|(gender, name)| {
            let gender = match gender {
                "m" => Gender::Male,
                "f" => Gender::Female,
                _ => return None,
            };
            Some((name, gender))
        })
        .collect()
});

/// The gender a first name, form of address or role noun marks (`word` as written).
fn marked_by(word: &str) -> Option<Gender> {
    let word = word.trim_end_matches('.');
    if let Some(&gender) = FIRST_NAMES.get(word) {
        return Some(gender);
    }
    // "Harm-Jan", "Anne-Marie": the first part decides.
    if let Some((first, _)) = word.split_once('-')
        && let Some(&gender) = FIRST_NAMES.get(first)
    {
        return Some(gender);
    }
    match word.to_lowercase().as_str() {
        "mr" | "mister" | "sir" | "meneer" | "heer" | "dhr" | "spokesman" | "chairman"
        | "businessman" | "congressman" => Some(Gender::Male),
        "mrs"
        | "ms"
        | "miss"
        | "madam"
        | "madame"
        | "mevrouw"
        | "mevr"
        | "spokeswoman"
        | "chairwoman"
        | "businesswoman"
        | "congresswoman"
        | "woordvoerster"
        | "directrice"
        | "voorzitster"
        | "minister-presidente" => Some(Gender::Female),
        _ => None,
    }
}

/// Whether `word` is a first name in `assets/first-names.txt` ("Pieter", "Anna").
#[must_use]
pub fn is_first_name(word: &str) -> bool {
    FIRST_NAMES.contains_key(word)
}

/// The gender a person's mention marks: its first word that is a known first name, form
/// of address or role noun ("Directeur Lieke Verhage", "Mr. Osei", "woordvoerster Van
/// Dam"). `None` when nothing in it tells.
#[must_use]
pub fn of_person(mention: &str) -> Option<Gender> {
    mention
        .split_whitespace()
        .find_map(|word| marked_by(word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_names_titles_and_roles_mark_a_gender() {
        assert_eq!(of_person("Marloes van Dijck"), Some(Gender::Female));
        assert_eq!(of_person("Topman Harm-Jan Wiersma"), Some(Gender::Male));
        assert_eq!(of_person("Mr. Okafor"), Some(Gender::Male));
        assert_eq!(of_person("woordvoerster Van Dam"), Some(Gender::Female));
        assert_eq!(of_person("Wiersma"), None);
        assert_eq!(of_person("Zhou Lanfang"), None);
    }
}
