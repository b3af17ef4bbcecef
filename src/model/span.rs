//! Byte ranges into an article's text.

use std::ops::Range;

/// A half-open byte range `start..end` into `Article::text`.
///
/// **Invariant:** `start <= end`, and both lie on char boundaries of the text the span was
/// checked against. The fields are private so a span can only be made through
/// [`TextSpan::new`], which checks this.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TextSpan {
    start: usize,
    end: usize,
}

impl TextSpan {
    /// Checks `byte_range` against `text`; `None` when it is reversed, out of bounds or
    /// splits a character.
    #[must_use]
    pub fn new(text: &str, byte_range: Range<usize>) -> Option<Self> {
        let Range { start, end } = byte_range;
        (start <= end && text.is_char_boundary(start) && text.is_char_boundary(end))
            .then_some(Self { start, end })
    }

    /// A span that is not checked against any text: where an orphaned anchor used to be.
    /// It must never be used to slice or draw the current text.
    #[must_use]
    pub fn stale(byte_range: Range<usize>) -> Self {
        Self {
            start: byte_range.start.min(byte_range.end),
            end: byte_range.end,
        }
    }

    /// First byte of the span.
    #[must_use]
    pub fn start(self) -> usize {
        self.start
    }

    /// One past the last byte of the span.
    #[must_use]
    pub fn end(self) -> usize {
        self.end
    }

    /// Length in bytes.
    #[must_use]
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no text.
    #[must_use]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range`, ready for slicing or for egui `LayoutSection::byte_range`.
    #[must_use]
    pub fn byte_range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The text the span covers, or `""` if `text` is not the text the span was made for.
    #[must_use]
    pub fn slice(self, text: &str) -> &str {
        text.get(self.byte_range()).unwrap_or("")
    }

    /// True when the two spans share at least one byte.
    #[must_use]
    pub fn overlaps(self, other: Self) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `byte` lies inside the span.
    #[must_use]
    pub fn contains(self, byte: usize) -> bool {
        self.start <= byte && byte < self.end
    }
}

#[cfg(test)]
mod tests {
    use super::TextSpan;

    #[test]
    fn rejects_spans_that_split_a_character() {
        let text = "één";
        assert!(TextSpan::new(text, 0..1).is_none());
        assert_eq!(TextSpan::new(text, 0..2).map(|s| s.slice(text)), Some("é"));
        let reversed = std::ops::Range { start: 3, end: 2 };
        assert!(TextSpan::new(text, reversed).is_none());
        assert!(TextSpan::new(text, 0..99).is_none());
    }
}
