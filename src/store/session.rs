//! One open document: an article with its claims and highlights, edited only through
//! [`Command`]s so that every change can be undone.

use crate::model::{
    Anchor, Article, Claim, ClaimId, Highlight, HighlightId, Placement, TextSpan, reanchor,
};

use super::command::{Command, CommandError};
use super::history::{History, Snapshot};

/// The single source of truth for one article being read.
///
/// **Invariant:** every placed claim and highlight anchor fits `article.text` (orphans keep
/// their quote and old span and are never drawn), ids are unique
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
        let before = self.snapshot(command.changes_article());
        if let Err(error) = self.apply_inner(command) {
            self.restore(before);
            return Err(error);
        }
        let article_changed = before
            .article
            .as_deref()
            .is_some_and(|article| *article != self.article);
        if article_changed || self.claims != before.claims || self.highlights != before.highlights {
            if article_changed {
                self.new_epoch();
            }
            self.history.record(before);
            self.revision += 1;
        }
        Ok(())
    }

    fn new_epoch(&mut self) {
        self.epoch = NEXT_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    /// Claims whose passage is in the current text, in the user's order.
    pub fn placed_claims(&self) -> impl Iterator<Item = &Claim> {
        self.claims.iter().filter(|c| c.anchor.is_placed())
    }

    /// Claims whose passage was lost when the article text changed.
    pub fn orphaned_claims(&self) -> impl Iterator<Item = &Claim> {
        self.claims.iter().filter(|c| c.anchor.orphaned)
    }

    /// Highlights whose passage is in the current text.
    pub fn placed_highlights(&self) -> impl Iterator<Item = &Highlight> {
        self.highlights.iter().filter(|h| h.anchor.is_placed())
    }

    /// Highlights whose passage was lost when the article text changed.
    pub fn orphaned_highlights(&self) -> impl Iterator<Item = &Highlight> {
        self.highlights.iter().filter(|h| h.anchor.orphaned)
    }

    /// Undoes the last edit; false when there was none.
    pub fn undo(&mut self) -> bool {
        let snapshot = {
            let claims = self.claims.clone();
            let highlights = self.highlights.clone();
            let article = self.article.clone();
            self.history.undo(move |with_article| Snapshot {
                claims,
                highlights,
                article: with_article.then(|| Box::new(article)),
            })
        };
        match snapshot {
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
        let snapshot = {
            let claims = self.claims.clone();
            let highlights = self.highlights.clone();
            let article = &self.article;
            self.history.redo(move |with_article| Snapshot {
                claims,
                highlights,
                article: with_article.then(|| Box::new(article.clone())),
            })
        };
        match snapshot {
            Some(next) => {
                self.restore(next);
                self.revision += 1;
                true
            }
            None => false,
        }
    }

    fn snapshot(&self, with_article: bool) -> Snapshot {
        Snapshot {
            claims: self.claims.clone(),
            highlights: self.highlights.clone(),
            article: with_article.then(|| Box::new(self.article.clone())),
        }
    }

    fn restore(&mut self, snapshot: Snapshot) {
        self.claims = snapshot.claims;
        self.highlights = snapshot.highlights;
        if let Some(article) = snapshot.article
            && *article != self.article
        {
            self.article = *article;
            self.new_epoch();
        }
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
            Command::SetArticleLanguage { language } => {
                self.article.language = language;
                self.article.language_set_by_user = true;
            }
            Command::ReplaceArticleText { title, text } => {
                self.replace_text(&title, &text)?;
            }
            Command::ReattachClaim { claim_id, span } => {
                let text = &self.article.text;
                if TextSpan::new(text, span.byte_range()) != Some(span) || span.is_empty() {
                    return Err(CommandError::BadAnchor);
                }
                let anchor = Anchor::new(text, span);
                let claim = self.claim_mut(&claim_id)?;
                claim.anchor = anchor;
                claim.edited = true;
            }
            Command::ReattachHighlight { highlight_id, span } => {
                let text = &self.article.text;
                if TextSpan::new(text, span.byte_range()) != Some(span) || span.is_empty() {
                    return Err(CommandError::BadAnchor);
                }
                let anchor = Anchor::new(text, span);
                self.highlight_mut(&highlight_id)?.anchor = anchor;
            }
        }
        Ok(())
    }

    /// Sets a new title and text and re-places every anchor (see
    /// [`crate::model::reanchor`]); anchors that cannot be trusted become orphans.
    fn replace_text(&mut self, title: &str, text: &str) -> Result<(), CommandError> {
        let text = normalize_paragraphs(text);
        let title = title.trim().to_owned();
        if text.is_empty() {
            return Err(CommandError::EmptyArticle);
        }
        if text == self.article.text && title == self.article.title {
            return Ok(());
        }
        let old_text = std::mem::take(&mut self.article.text);
        let anchors: Vec<&Anchor> = self
            .claims
            .iter()
            .map(|c| &c.anchor)
            .chain(self.highlights.iter().map(|h| &h.anchor))
            .filter(|a| a.is_placed())
            .collect();
        let placements = reanchor(&old_text, &text, &anchors);
        let mut placements = placements.into_iter();
        for claim in &mut self.claims {
            if claim.anchor.is_placed()
                && let Some(placement) = placements.next()
            {
                let old_quote = claim.anchor.quote.clone();
                place(&mut claim.anchor, placement, &text);
                // A claim whose text is still the extractor's quote follows the correction.
                if claim.anchor.is_placed() && claim.text == old_quote {
                    claim.text = claim.anchor.quote.trim().to_owned();
                }
            }
        }
        for highlight in &mut self.highlights {
            if highlight.anchor.is_placed()
                && let Some(placement) = placements.next()
            {
                place(&mut highlight.anchor, placement, &text);
            }
        }
        self.article.content_hash = crate::model::article::content_hash(&title, &text);
        self.article.title = title;
        self.article.text = text;
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
        self.claims
            .retain(|c| c.has_user_work() || c.anchor.orphaned);
        for claim in fresh {
            let taken = self.claims.iter().any(|kept| {
                kept.id == claim.id
                    || (kept.anchor.is_placed() && kept.anchor.span.overlaps(claim.anchor.span))
            });
            if !taken {
                let at = self.text_order_position(claim.anchor.span.start());
                self.claims.insert(at, claim);
            }
        }
        Ok(())
    }
}

/// Applies one re-placement to an anchor made on the old text.
fn place(anchor: &mut Anchor, placement: Placement, text: &str) {
    match placement {
        Placement::Exact(span) | Placement::Moved(span) => *anchor = Anchor::new(text, span),
        Placement::Orphan => anchor.orphaned = true,
    }
}

/// Article text as the importers make it: paragraphs trimmed, separated by one blank
/// line, no empty paragraphs, line ends normalised.
#[must_use]
pub fn normalize_paragraphs(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                paragraphs.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line.trim());
        }
    }
    if !current.is_empty() {
        paragraphs.push(current.join("\n"));
    }
    paragraphs.join("\n\n")
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
