//! An imported article: its normalised text and metadata.

use std::fmt;

use chrono::NaiveDate;
use sha2::{Digest, Sha256};

use super::span::TextSpan;

/// Stable identifier of an article: the first 16 hex digits of its content hash.
///
/// Because it is derived from the text, importing the same text twice yields the same id,
/// which is how duplicates are recognised.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ArticleId(pub String);

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The language of an article, as far as extraction is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Language {
    /// Dutch.
    Dutch,
    /// English (also the fallback for anything else).
    #[default]
    English,
}

impl Language {
    /// The ISO 639-1 code: `"nl"` or `"en"`.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::Dutch => "nl",
            Self::English => "en",
        }
    }

    /// Parses an ISO 639-1 code (case-insensitive); `None` for any other language.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        match code.trim().to_ascii_lowercase().as_str() {
            "nl" | "nld" | "dutch" => Some(Self::Dutch),
            "en" | "eng" | "english" => Some(Self::English),
            _ => None,
        }
    }
}

/// An article as stored in the library.
///
/// **Invariant:** `text` changes only through `Command::ReplaceArticleText`, which re-places
/// every anchor; every placed span in the document points into it. Paragraphs are separated by exactly one blank line (`"\n\n"`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// Derived from `content_hash` at import; kept when the text is later corrected.
    pub id: ArticleId,
    /// The headline.
    pub title: String,
    /// Body text: paragraphs joined by `"\n\n"`, without title or metadata lines.
    pub text: String,
    /// Language used for extraction (detected, or set by the user).
    pub language: Language,
    /// True when the user chose `language` rather than the detector.
    pub language_set_by_user: bool,
    /// Publication date, when the source gave one.
    pub published: Option<NaiveDate>,
    /// Author or byline, when given.
    pub author: Option<String>,
    /// Category or section line such as "Nieuws", when given.
    pub category: Option<String>,
    /// File name the article was imported from (informational only; the save never needs it).
    pub source_file: Option<String>,
    /// Hex SHA-256 of `title` and `text`.
    pub content_hash: String,
}

impl Article {
    /// Builds an article, computing its hash and id from title and text.
    #[must_use]
    pub fn new(title: String, text: String, language: Language) -> Self {
        let content_hash = content_hash(&title, &text);
        Self {
            id: ArticleId(content_hash[..16].to_owned()),
            title,
            text,
            language,
            language_set_by_user: false,
            published: None,
            author: None,
            category: None,
            source_file: None,
            content_hash,
        }
    }

    /// The byte spans of the paragraphs, in order. Empty paragraphs are skipped.
    #[must_use]
    pub fn paragraphs(&self) -> Vec<TextSpan> {
        paragraph_spans(&self.text)
    }

    /// Number of words in the body, for the library listing.
    #[must_use]
    pub fn word_count(&self) -> usize {
        self.text.split_whitespace().count()
    }
}

/// The spans of the `"\n\n"`-separated paragraphs of `text`.
#[must_use]
pub fn paragraph_spans(text: &str) -> Vec<TextSpan> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (at, _) in text.match_indices("\n\n") {
        push_trimmed(text, start, at, &mut spans);
        start = at + 2;
    }
    push_trimmed(text, start, text.len(), &mut spans);
    spans
}

fn push_trimmed(text: &str, start: usize, end: usize, spans: &mut Vec<TextSpan>) {
    let piece = &text[start..end];
    let trimmed_start = start + (piece.len() - piece.trim_start().len());
    let trimmed_end = end - (piece.len() - piece.trim_end().len());
    if trimmed_start < trimmed_end
        && let Some(span) = TextSpan::new(text, trimmed_start..trimmed_end)
    {
        spans.push(span);
    }
}

/// Hex SHA-256 over title and text, separated so that moving words between them changes it.
#[must_use]
pub fn content_hash(title: &str, text: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(title.as_bytes());
    hasher.update([0u8]);
    hasher.update(text.as_bytes());
    hasher
        .finalize()
        .iter()
        .fold(String::with_capacity(64), |mut out, byte| {
            use std::fmt::Write as _;
            let _ = write!(out, "{byte:02x}");
            out
        })
}

#[cfg(test)]
mod tests {
    use super::{Article, Language, paragraph_spans};

    #[test]
    fn paragraphs_are_split_on_blank_lines() {
        let text = "One.\n\nTwo two.\n\n\n\nThree.";
        let got: Vec<&str> = paragraph_spans(text)
            .iter()
            .map(|s| s.slice(text))
            .collect();
        assert_eq!(got, ["One.", "Two two.", "Three."]);
    }

    #[test]
    fn same_text_same_id() {
        let a = Article::new("T".into(), "Body.".into(), Language::English);
        let b = Article::new("T".into(), "Body.".into(), Language::Dutch);
        let c = Article::new("T".into(), "Body!".into(), Language::English);
        assert_eq!(a.id, b.id);
        assert_ne!(a.id, c.id);
        assert_eq!(a.id.0.len(), 16);
    }
}
