//! User highlights: a coloured passage with an optional note and tags.

use std::fmt;

use super::anchor::Anchor;

/// Stable identifier of a highlight within its article, such as `"h1a2b3c4d"`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HighlightId(pub String);

impl fmt::Display for HighlightId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The colours a highlight can have; each doubles as a loose category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum HighlightColor {
    /// Default marker colour.
    #[default]
    Yellow,
    /// Often used for "agree / supported".
    Green,
    /// Often used for background or definitions.
    Blue,
    /// Often used for "disagree / problem".
    Pink,
    /// Often used for "follow up".
    Orange,
}

impl HighlightColor {
    /// Every colour, in palette order.
    pub const ALL: [Self; 5] = [
        Self::Yellow,
        Self::Green,
        Self::Blue,
        Self::Pink,
        Self::Orange,
    ];

    /// Lowercase name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Yellow => "yellow",
            Self::Green => "green",
            Self::Blue => "blue",
            Self::Pink => "pink",
            Self::Orange => "orange",
        }
    }

    /// Parses [`HighlightColor::as_str`] output.
    #[must_use]
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|color| color.as_str() == name)
    }
}

/// A highlighted passage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Highlight {
    /// Stable id.
    pub id: HighlightId,
    /// Where it sits in the article text.
    pub anchor: Anchor,
    /// Its colour.
    pub color: HighlightColor,
    /// Free-text note.
    pub note: String,
    /// User tags, kept sorted and unique.
    pub tags: Vec<String>,
}

/// Derives a highlight id from its span and quote.
#[must_use]
pub fn derive_highlight_id(start: usize, quote: &str) -> HighlightId {
    let claim_like = super::claim::derive_claim_id(start, quote);
    HighlightId(format!("h{}", &claim_like.0[1..]))
}
