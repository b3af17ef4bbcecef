//! Three-way merge of two versions of one save file, by record id.
//!
//! Used when another program (git, a sync folder, a colleague) changed a file while this
//! window had unsaved edits and the user chose to merge. Nothing is lost: a record edited
//! differently on both sides is kept twice, side by side, both tagged [`CONFLICT_TAG`].

use crate::model::{Anchor, Claim, ClaimId, Highlight, HighlightId};

use super::session::Session;

/// Tag put on both versions of a record that was edited differently on both sides.
pub const CONFLICT_TAG: &str = "merge-conflict";

/// A record that can be merged by id.
trait Record: Clone + PartialEq {
    fn key(&self) -> &str;
    fn renamed(&self, id: String) -> Self;
    fn tag_conflict(&mut self);
    fn anchor_mut(&mut self) -> &mut Anchor;
}

impl Record for Claim {
    fn key(&self) -> &str {
        &self.id.0
    }
    fn renamed(&self, id: String) -> Self {
        Self {
            id: ClaimId(id),
            ..self.clone()
        }
    }
    fn tag_conflict(&mut self) {
        push_tag(&mut self.tags);
    }
    fn anchor_mut(&mut self) -> &mut Anchor {
        &mut self.anchor
    }
}

impl Record for Highlight {
    fn key(&self) -> &str {
        &self.id.0
    }
    fn renamed(&self, id: String) -> Self {
        Self {
            id: HighlightId(id),
            ..self.clone()
        }
    }
    fn tag_conflict(&mut self) {
        push_tag(&mut self.tags);
    }
    fn anchor_mut(&mut self) -> &mut Anchor {
        &mut self.anchor
    }
}

fn push_tag(tags: &mut Vec<String>) {
    if !tags.iter().any(|t| t == CONFLICT_TAG) {
        tags.push(CONFLICT_TAG.to_owned());
        tags.sort();
    }
}

/// Merges `mine` and `theirs`, both descended from `base`.
///
/// Per record id: changed on one side only, that side wins; changed the same way on
/// both, once; changed differently on both, both kept (theirs right after mine, with
/// `-theirs` added to its id); deleted on one side and untouched on the other, deleted;
/// deleted on one side but edited on the other, the edit is kept. The article comes from
/// whichever side changed it (theirs when both did); anchors that do not fit the merged
/// text are re-placed or become orphans, never moved silently.
#[must_use]
pub fn merge(base: &Session, mine: &Session, theirs: &Session) -> Session {
    let article = if mine.article == base.article {
        theirs.article.clone()
    } else if theirs.article == base.article {
        mine.article.clone()
    } else {
        theirs.article.clone()
    };
    let mut claims = merge_records(base.claims(), mine.claims(), theirs.claims());
    let mut highlights = merge_records(base.highlights(), mine.highlights(), theirs.highlights());
    let old_text_of = |record_from_theirs: bool| {
        if record_from_theirs {
            &theirs.article.text
        } else {
            &mine.article.text
        }
    };
    for claim in &mut claims {
        let from_theirs = theirs.claim(&claim.id).is_some_and(|t| t == claim);
        fit_anchor(claim.anchor_mut(), old_text_of(from_theirs), &article.text);
    }
    for highlight in &mut highlights {
        let from_theirs = theirs
            .highlight(&highlight.id)
            .is_some_and(|t| t == highlight);
        fit_anchor(
            highlight.anchor_mut(),
            old_text_of(from_theirs),
            &article.text,
        );
    }
    Session::new(article, claims, highlights)
}

/// Keeps an anchor that still holds; otherwise re-places it from `old_text` to `new_text`
/// or makes it an orphan.
fn fit_anchor(anchor: &mut Anchor, old_text: &str, new_text: &str) {
    if anchor.orphaned || anchor.holds_in(new_text) {
        return;
    }
    let placement = crate::model::reanchor(old_text, new_text, &[&*anchor])
        .into_iter()
        .next()
        .unwrap_or(crate::model::Placement::Orphan);
    match placement {
        crate::model::Placement::Exact(span) | crate::model::Placement::Moved(span) => {
            *anchor = Anchor::new(new_text, span);
        }
        crate::model::Placement::Orphan => anchor.orphaned = true,
    }
}

fn merge_records<R: Record>(base: &[R], mine: &[R], theirs: &[R]) -> Vec<R> {
    let find = |list: &[R], key: &str| list.iter().find(|r| r.key() == key).cloned();
    let mut merged: Vec<R> = Vec::with_capacity(mine.len().max(theirs.len()));
    for record in mine {
        let key = record.key();
        let original = find(base, key);
        match (original, find(theirs, key)) {
            (Some(original), Some(their)) => {
                if *record == their || their == original {
                    merged.push(record.clone());
                } else if *record == original {
                    merged.push(their);
                } else {
                    let mut ours = record.clone();
                    ours.tag_conflict();
                    let mut copy = their.renamed(free_id(key, mine, theirs));
                    copy.tag_conflict();
                    merged.push(ours);
                    merged.push(copy);
                }
            }
            // They deleted it: gone, unless we edited it since.
            (Some(original), None) => {
                if *record != original {
                    merged.push(record.clone());
                }
            }
            // New on our side (or on both).
            (None, Some(their)) => {
                merged.push(record.clone());
                if their != *record {
                    let mut copy = their.renamed(free_id(key, mine, theirs));
                    copy.tag_conflict();
                    merged.push(copy);
                }
            }
            (None, None) => merged.push(record.clone()),
        }
    }
    // Their records we do not have: new on their side, or deleted by us.
    let mut previous: Option<String> = None;
    for record in theirs {
        let key = record.key();
        if mine.iter().any(|r| r.key() == key) {
            previous = Some(key.to_owned());
            continue;
        }
        let keep = match find(base, key) {
            None => true,
            // We deleted it: gone, unless they edited it meanwhile.
            Some(original) => *record != original,
        };
        if keep {
            let at = previous
                .as_deref()
                .and_then(|p| merged.iter().position(|r| r.key() == p))
                .map_or(merged.len(), |i| i + 1);
            merged.insert(at, record.clone());
            previous = Some(key.to_owned());
        }
    }
    merged
}

/// `key-theirs`, or `key-theirs-2`, … whichever neither side uses.
fn free_id<R: Record>(key: &str, mine: &[R], theirs: &[R]) -> String {
    let taken = |id: &str| mine.iter().chain(theirs).any(|r| r.key() == id);
    let first = format!("{key}-theirs");
    if !taken(&first) {
        return first;
    }
    (2..=mine.len() + theirs.len() + 2)
        .map(|n| format!("{key}-theirs-{n}"))
        .find(|id| !taken(id))
        .unwrap_or(first)
}
