//! The closed set of document edits. Every change the user makes goes through one of these.

use crate::model::{
    Claim, ClaimId, ClaimKind, ClaimStatus, Highlight, HighlightColor, HighlightId, Language,
    TextSpan, Verdict,
};

/// One edit of a session's claims or highlights; applied by `Session::apply`, undoable.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Inserts a claim at `index` (or at its place in text order when `None`).
    AddClaim {
        /// The new claim; its id must be new and its anchor must fit the article.
        claim: Claim,
        /// Position in the list.
        index: Option<usize>,
    },
    /// Replaces the claim's stated text.
    EditClaimText {
        /// Which claim.
        claim_id: ClaimId,
        /// New text (trimmed; must not be empty).
        text: String,
    },
    /// Sets the review state.
    SetClaimStatus {
        /// Which claim.
        claim_id: ClaimId,
        /// New state.
        status: ClaimStatus,
    },
    /// Sets the fact-check verdict.
    SetClaimVerdict {
        /// Which claim.
        claim_id: ClaimId,
        /// New verdict.
        verdict: Verdict,
    },
    /// Corrects the claim kind.
    SetClaimKind {
        /// Which claim.
        claim_id: ClaimId,
        /// New kind.
        kind: ClaimKind,
    },
    /// Corrects who the claim is attributed to (`None`: the article itself).
    SetClaimSource {
        /// Which claim.
        claim_id: ClaimId,
        /// New source, trimmed; empty means `None`.
        source: Option<String>,
    },
    /// Corrects the hedged flag.
    SetClaimHedged {
        /// Which claim.
        claim_id: ClaimId,
        /// New flag.
        hedged: bool,
    },
    /// Replaces the claim's note.
    SetClaimNote {
        /// Which claim.
        claim_id: ClaimId,
        /// New note.
        note: String,
    },
    /// Replaces the claim's tags (normalised: trimmed, unique, sorted).
    SetClaimTags {
        /// Which claim.
        claim_id: ClaimId,
        /// New tags.
        tags: Vec<String>,
    },
    /// Removes a claim.
    DeleteClaim {
        /// Which claim.
        claim_id: ClaimId,
    },
    /// Moves a claim to another position in the list.
    MoveClaim {
        /// Which claim.
        claim_id: ClaimId,
        /// Target index, clamped to the list.
        to_index: usize,
    },
    /// Replaces the extractor's claims with a fresh extraction, keeping every claim the
    /// user has worked on (see `Claim::has_user_work`).
    ReplaceExtractedClaims {
        /// The new extraction, in text order.
        claims: Vec<Claim>,
    },
    /// Adds a highlight.
    AddHighlight {
        /// The new highlight; its id must be new and its anchor must fit the article.
        highlight: Highlight,
    },
    /// Replaces a highlight's note.
    SetHighlightNote {
        /// Which highlight.
        highlight_id: HighlightId,
        /// New note.
        note: String,
    },
    /// Changes a highlight's colour.
    SetHighlightColor {
        /// Which highlight.
        highlight_id: HighlightId,
        /// New colour.
        color: HighlightColor,
    },
    /// Replaces a highlight's tags (normalised like claim tags).
    SetHighlightTags {
        /// Which highlight.
        highlight_id: HighlightId,
        /// New tags.
        tags: Vec<String>,
    },
    /// Removes a highlight.
    DeleteHighlight {
        /// Which highlight.
        highlight_id: HighlightId,
    },
    /// Sets the language the extractor uses, overriding the detector.
    SetArticleLanguage {
        /// The language.
        language: Language,
    },
    /// Replaces the article's title and text (a corrected typo, or a newer copy of its
    /// source) and re-places every anchor: where its quote is, or as an orphan, never onto
    /// text that does not match. The article keeps its id.
    ReplaceArticleText {
        /// New headline.
        title: String,
        /// New text; paragraphs are separated by blank lines.
        text: String,
    },
    /// Attaches a claim (typically an orphan) to a span of the current text.
    ReattachClaim {
        /// Which claim.
        claim_id: ClaimId,
        /// Where, in the current text.
        span: TextSpan,
    },
    /// Attaches a highlight (typically an orphan) to a span of the current text.
    ReattachHighlight {
        /// Which highlight.
        highlight_id: HighlightId,
        /// Where, in the current text.
        span: TextSpan,
    },
}

impl Command {
    /// True for commands that change the article itself (so undo must keep a copy of it).
    #[must_use]
    pub fn changes_article(&self) -> bool {
        matches!(
            self,
            Self::SetArticleLanguage { .. } | Self::ReplaceArticleText { .. }
        )
    }
}

/// Why a command could not be applied. The session is unchanged when this is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommandError {
    /// No claim has this id.
    #[error("there is no claim {0}")]
    UnknownClaim(ClaimId),
    /// No highlight has this id.
    #[error("there is no highlight {0}")]
    UnknownHighlight(HighlightId),
    /// A claim or highlight with this id exists already.
    #[error("the id {0} is already used")]
    DuplicateId(String),
    /// The anchor does not match the article text.
    #[error("the selected text does not match the article")]
    BadAnchor,
    /// The claim text would be empty.
    #[error("a claim cannot have empty text")]
    EmptyText,
    /// The article text would be empty.
    #[error("an article cannot have empty text")]
    EmptyArticle,
}
