//! Claim extraction: article text in, claims out. Pure and deterministic.
//!
//! (Skeleton; the extractor is being written.)

use crate::model::{Article, Claim, Language};

/// Settings for [`extract_claims_with`].
#[derive(Clone, Debug)]
pub struct ExtractConfig {
    /// Sentences scoring below this are not claims.
    pub min_score: f32,
}

impl Default for ExtractConfig {
    fn default() -> Self {
        Self { min_score: 0.5 }
    }
}

/// Extracts the claims of `article` with the default settings.
#[must_use]
pub fn extract_claims(article: &Article) -> Vec<Claim> {
    extract_claims_with(article, &ExtractConfig::default())
}

/// Extracts the claims of `article`, in text order.
#[must_use]
pub fn extract_claims_with(_article: &Article, _config: &ExtractConfig) -> Vec<Claim> {
    Vec::new()
}

/// Detects whether `text` is Dutch or English.
#[must_use]
pub fn detect_language(_text: &str) -> Language {
    Language::English
}
