//! One open document: an article with its claims and highlights, edited only through
//! [`Command`]s so that every change can be undone.

use crate::model::{Article, Claim, ClaimId, Highlight, HighlightId};

use super::command::{Command, CommandError};
use super::history::{History, Snapshot};

/// The single source of truth for one article being read.
///
/// **Invariant:** every claim and highlight anchor fits `article.text`, ids are unique
/// within their list, and tags are trimmed, unique and sorted.
#[derive(Clone, Debug)]
pub struct Session {
    /// The article (its text never changes).
    pub article: Article,
    claims: Vec<Claim>,
    highlights: Vec<Highlight>,
    history: History,
    revision: u64,
    epoch: u64,
}

/// Source of [`Session::epoch`] values.
static NEXT_EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

impl PartialEq for Session {
    /// Two sessions are equal when their documents are; history and revision are ignored.
    fn eq(&self, other: &Self) -> bool {
        self.article == other.article
            && self.claims == other.claims
            && self.highlights == other.highlights
    }
}

impl Session {
    /// A session over an article with the given claims and highlights, nothing to undo.
    #[must_use]
    pub fn new(article: Article, claims: Vec<Claim>, highlights: Vec<Highlight>) -> Self {
        Self {
            article,
            claims,
            highlights,
            history: History::default(),
            revision: 0,
            epoch: NEXT_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// Differs between any two sessions made in this process (a reloaded file gets a new
    /// one), so caches keyed on epoch and revision never mix up two versions of a document.
    #[must_use]
    pub fn epoch(&self) -> u64 {
        self.epoch
    }

    /// Claims in the user's order.
    #[must_use]
    pub fn claims(&self) -> &[Claim] {
        &self.claims
    }

    /// Highlights in creation order.
    #[must_use]
    pub fn highlights(&self) -> &[Highlight] {
        &self.highlights
    }

    /// The claim with this id.
    #[must_use]
    pub fn claim(&self, claim_id: &ClaimId) -> Option<&Claim> {
        self.claims.iter().find(|c| &c.id == claim_id)
    }

    /// The highlight with this id.
    #[must_use]
    pub fn highlight(&self, highlight_id: &HighlightId) -> Option<&Highlight> {
        self.highlights.iter().find(|h| &h.id == highlight_id)
    }

    /// Counts every change (edit, undo, redo); compare with a saved value to know whether
    /// there are unsaved edits.
    #[must_use]
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// True when [`Session::undo`] would do something.
    #[must_use]
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// True when [`Session::redo`] would do something.
    #[must_use]
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Applies one edit. On error nothing changes; an edit that changes nothing is
    /// accepted but leaves no undo step.
    pub fn apply(&mut self, command: Command) -> Result<(), CommandError> {
        let before = self.snapshot();
        if let Err(error) = self.apply_inner(command) {
            self.restore(before);
            return Err(error);
        }
        if self.claims != before.claims || self.highlights != before.highlights {
            self.history.record(before);
            self.revision += 1;
        }
        Ok(())
    }

    /// Undoes the last edit; false when there was none.
    pub fn undo(&mut self) -> bool {
        let current = self.snapshot();
        match self.history.undo(current) {
            Some(previous) => {
                self.restore(previous);
                self.revision += 1;
                true
            }
            None => false,
        }
    }

    /// Redoes the last undone edit; false when there was none.
    pub fn redo(&mut self) -> bool {
        let current = self.snapshot();
        match self.history.redo(current) {
            Some(next) => {
                self.restore(next);
                self.revision += 1;
                true
            }
            None => false,
        }
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            claims: self.claims.clone(),
            highlights: self.highlights.clone(),
        }
    }

    fn restore(&mut self, snapshot: Snapshot) {
        self.claims = snapshot.claims;
        self.highlights = snapshot.highlights;
    }

    fn claim_mut(&mut self, claim_id: &ClaimId) -> Result<&mut Claim, CommandError> {
        self.claims
            .iter_mut()
            .find(|c| &c.id == claim_id)
            .ok_or_else(|| CommandError::UnknownClaim(claim_id.clone()))
    }

    fn highlight_mut(
        &mut self,
        highlight_id: &HighlightId,
    ) -> Result<&mut Highlight, CommandError> {
        self.highlights
            .iter_mut()
            .find(|h| &h.id == highlight_id)
            .ok_or_else(|| CommandError::UnknownHighlight(highlight_id.clone()))
    }

    fn apply_inner(&mut self, command: Command) -> Result<(), CommandError> {
        match command {
            Command::AddClaim { mut claim, index } => {
                if !claim.anchor.holds_in(&self.article.text) {
                    return Err(CommandError::BadAnchor);
                }
                if self.claim(&claim.id).is_some() {
                    return Err(CommandError::DuplicateId(claim.id.0));
                }
                claim.tags = normalize_tags(claim.tags);
                let at = index.map_or_else(
                    || self.text_order_position(claim.anchor.span.start()),
                    |i| i.min(self.claims.len()),
                );
                self.claims.insert(at, claim);
            }
            Command::EditClaimText { claim_id, text } => {
                let text = text.trim().to_owned();
                if text.is_empty() {
                    return Err(CommandError::EmptyText);
                }
                let claim = self.claim_mut(&claim_id)?;
                if claim.text != text {
                    claim.text = text;
                    claim.edited = true;
                }
            }
            Command::SetClaimStatus { claim_id, status } => {
                self.claim_mut(&claim_id)?.status = status;
            }
            Command::SetClaimVerdict { claim_id, verdict } => {
                self.claim_mut(&claim_id)?.verdict = verdict;
            }
            Command::SetClaimKind { claim_id, kind } => {
                let claim = self.claim_mut(&claim_id)?;
                if claim.kind != kind {
                    claim.kind = kind;
                    claim.edited = true;
                }
            }
            Command::SetClaimSource { claim_id, source } => {
                let source = source
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty());
                let claim = self.claim_mut(&claim_id)?;
                if claim.source != source {
                    claim.source = source;
                    claim.edited = true;
                }
            }
            Command::SetClaimHedged { claim_id, hedged } => {
                let claim = self.claim_mut(&claim_id)?;
                if claim.hedged != hedged {
                    claim.hedged = hedged;
                    claim.edited = true;
                }
            }
            Command::SetClaimNote { claim_id, note } => {
                self.claim_mut(&claim_id)?.note = note;
            }
            Command::SetClaimTags { claim_id, tags } => {
                self.claim_mut(&claim_id)?.tags = normalize_tags(tags);
            }
            Command::DeleteClaim { claim_id } => {
                let index = self.claim_index(&claim_id)?;
                self.claims.remove(index);
            }
            Command::MoveClaim { claim_id, to_index } => {
                let index = self.claim_index(&claim_id)?;
                let claim = self.claims.remove(index);
                let to_index = to_index.min(self.claims.len());
                self.claims.insert(to_index, claim);
            }
            Command::ReplaceExtractedClaims { claims } => {
                self.replace_extracted(claims)?;
            }
            Command::AddHighlight { mut highlight } => {
                if !highlight.anchor.holds_in(&self.article.text) {
                    return Err(CommandError::BadAnchor);
                }
                if self.highlight(&highlight.id).is_some() {
                    return Err(CommandError::DuplicateId(highlight.id.0));
                }
                highlight.tags = normalize_tags(highlight.tags);
                self.highlights.push(highlight);
            }
            Command::SetHighlightNote { highlight_id, note } => {
                self.highlight_mut(&highlight_id)?.note = note;
            }
            Command::SetHighlightColor {
                highlight_id,
                color,
            } => {
                self.highlight_mut(&highlight_id)?.color = color;
            }
            Command::SetHighlightTags { highlight_id, tags } => {
                self.highlight_mut(&highlight_id)?.tags = normalize_tags(tags);
            }
            Command::DeleteHighlight { highlight_id } => {
                let index = self
                    .highlights
                    .iter()
                    .position(|h| h.id == highlight_id)
                    .ok_or(CommandError::UnknownHighlight(highlight_id))?;
                self.highlights.remove(index);
            }
        }
        Ok(())
    }

    fn claim_index(&self, claim_id: &ClaimId) -> Result<usize, CommandError> {
        self.claims
            .iter()
            .position(|c| &c.id == claim_id)
            .ok_or_else(|| CommandError::UnknownClaim(claim_id.clone()))
    }

    /// Index at which a claim starting at `start` keeps the list in text order: after the
    /// last claim that starts at or before it.
    fn text_order_position(&self, start: usize) -> usize {
        self.claims
            .iter()
            .rposition(|c| c.anchor.span.start() <= start)
            .map_or(0, |i| i + 1)
    }

    fn replace_extracted(&mut self, fresh: Vec<Claim>) -> Result<(), CommandError> {
        if fresh.iter().any(|c| !c.anchor.holds_in(&self.article.text)) {
            return Err(CommandError::BadAnchor);
        }
        self.claims.retain(Claim::has_user_work);
        for claim in fresh {
            let taken = self
                .claims
                .iter()
                .any(|kept| kept.id == claim.id || kept.anchor.span.overlaps(claim.anchor.span));
            if !taken {
                let at = self.text_order_position(claim.anchor.span.start());
                self.claims.insert(at, claim);
            }
        }
        Ok(())
    }
}

/// Trims tags, drops empty ones, sorts and removes duplicates.
#[must_use]
pub fn normalize_tags(tags: Vec<String>) -> Vec<String> {
    let mut tags: Vec<String> = tags
        .into_iter()
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect();
    tags.sort();
    tags.dedup();
    tags
}
