//! Where a claim or highlight sits in the text, stored redundantly so it can be found again.

use super::span::TextSpan;

/// Number of characters of context kept on each side of an anchored quote.
pub const CONTEXT_CHARS: usize = 32;

/// A span plus the exact quoted text and some context around it.
///
/// The quote and context let a later version re-place the anchor if the article text ever
/// changes, or mark it as orphaned; they are never used to move it silently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Anchor {
    /// Byte range of the quote in the article text.
    pub span: TextSpan,
    /// Exactly `span.slice(text)` at the time the anchor was made.
    pub quote: String,
    /// Up to [`CONTEXT_CHARS`] characters before the quote.
    pub prefix: String,
    /// Up to [`CONTEXT_CHARS`] characters after the quote.
    pub suffix: String,
    /// The article text changed and the quote could not be found again: `span` is where it
    /// used to be and must not be drawn. Orphans are listed apart and never dropped.
    pub orphaned: bool,
}

impl Anchor {
    /// Builds the anchor of `span` in `text`, capturing quote and context.
    #[must_use]
    pub fn new(text: &str, span: TextSpan) -> Self {
        let before = text.get(..span.start()).unwrap_or("");
        let after = text.get(span.end()..).unwrap_or("");
        let prefix_start = before
            .char_indices()
            .rev()
            .nth(CONTEXT_CHARS - 1)
            .map_or(0, |(i, _)| i);
        let suffix_end = after
            .char_indices()
            .nth(CONTEXT_CHARS)
            .map_or(after.len(), |(i, _)| i);
        Self {
            span,
            quote: span.slice(text).to_owned(),
            prefix: before[prefix_start..].to_owned(),
            suffix: after[..suffix_end].to_owned(),
            orphaned: false,
        }
    }

    /// True when the anchor sits in the current text (it is not an orphan).
    #[must_use]
    pub fn is_placed(&self) -> bool {
        !self.orphaned
    }

    /// True when the anchor's quote is still found at its span in `text`.
    #[must_use]
    pub fn holds_in(&self, text: &str) -> bool {
        !self.orphaned && text.get(self.span.byte_range()) == Some(self.quote.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::{Anchor, TextSpan};

    #[test]
    fn captures_quote_and_context() {
        let text = "Short before. The quoted part. After.";
        let span = TextSpan::new(text, 13..30).expect("valid span");
        let anchor = Anchor::new(text, span);
        assert_eq!(anchor.quote, " The quoted part.");
        assert_eq!(anchor.prefix, "Short before.");
        assert_eq!(anchor.suffix, " After.");
        assert!(anchor.holds_in(text));
        assert!(!anchor.holds_in("Something else entirely, longer than before."));
    }
}
