//! The document model: an article, the claims it makes and the user's highlights.
//!
//! These types are plain data with no knowledge of files, serialisation or the UI.
//! **Invariant:** every [`TextSpan`] held by a claim or highlight is a valid half-open
//! byte range on char boundaries of its article's `text`.

pub mod anchor;
pub mod annotation;
pub mod article;
pub mod claim;
pub mod reanchor;
pub mod span;

pub use anchor::Anchor;
pub use annotation::{Highlight, HighlightColor, HighlightId};
pub use article::{Article, ArticleId, Language};
pub use claim::{
    Claim, ClaimId, ClaimKind, ClaimOrigin, ClaimStatus, DateMention, EntityKind, EntityMention,
    NumberMention, Verdict,
};
pub use reanchor::{Placement, reanchor};
pub use span::TextSpan;
