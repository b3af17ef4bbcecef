//! Undo and redo by snapshots of the editable part of a document.
//!
//! Known limitation: every step stores a full copy of the claims and highlights. That is
//! cheap for articles with hundreds of claims; if documents grow much larger this should
//! switch to inverse commands behind the same `undo`/`redo` API.

use crate::model::{Article, Claim, Highlight};

/// Most steps kept; the oldest are dropped first.
pub const MAX_STEPS: usize = 200;

/// The editable state of a document at one moment.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    /// Claims in order.
    pub claims: Vec<Claim>,
    /// Highlights in order.
    pub highlights: Vec<Highlight>,
    /// The article, kept only for steps that changed it (text or language), so ordinary
    /// steps do not copy a long text.
    pub article: Option<Box<Article>>,
}

/// The undo and redo stacks of one session.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
}

impl History {
    /// Records the state before an edit and forgets anything that could be redone.
    pub fn record(&mut self, before: Snapshot) {
        self.undo.push(before);
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Steps back: takes the state to restore, storing the current state for redo.
    /// `current(with_article)` makes that snapshot, with the article when the step being
    /// undone changed it.
    pub fn undo(&mut self, current: impl FnOnce(bool) -> Snapshot) -> Option<Snapshot> {
        let previous = self.undo.pop()?;
        self.redo.push(current(previous.article.is_some()));
        Some(previous)
    }

    /// Steps forward again after an undo (see [`History::undo`]).
    pub fn redo(&mut self, current: impl FnOnce(bool) -> Snapshot) -> Option<Snapshot> {
        let next = self.redo.pop()?;
        self.undo.push(current(next.article.is_some()));
        Some(next)
    }

    /// True when there is something to undo.
    #[must_use]
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True when there is something to redo.
    #[must_use]
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}
