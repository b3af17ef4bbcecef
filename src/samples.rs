//! The sample articles bundled into the binary (from `assets/articles/`), so a first-time
//! user sees a library even when the app is run outside the source tree. They were written
//! for this project and double as test fixtures.

/// `(file name, file text)` of every bundled sample article.
pub const SAMPLES: &[(&str, &str)] = &[
    (
        "nl-beijing-ontmoedigt-h20.txt",
        include_str!("../assets/articles/nl-beijing-ontmoedigt-h20.txt"),
    ),
    (
        "nl-b30a-opvolger.txt",
        include_str!("../assets/articles/nl-b30a-opvolger.txt"),
    ),
    (
        "en-cac-summons-nvidia.md",
        include_str!("../assets/articles/en-cac-summons-nvidia.md"),
    ),
    (
        "en-rtx-pro-6000d-ban.txt",
        include_str!("../assets/articles/en-rtx-pro-6000d-ban.txt"),
    ),
];

use std::path::Path;

use crate::extract::extract_claims;
use crate::import::import_text;
use crate::store::Session;

/// Imports every bundled sample and extracts its claims. Samples that fail to import are
/// skipped (that would be a bug caught by the tests, not a user problem).
#[must_use]
pub fn sample_sessions() -> Vec<Session> {
    SAMPLES
        .iter()
        .filter_map(|(name, text)| import_text(text, Path::new(name)).ok())
        .map(|imported| {
            let claims = extract_claims(&imported.article);
            Session::new(imported.article, claims, Vec::new())
        })
        .collect()
}
