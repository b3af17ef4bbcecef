//! Re-placing anchors after an article's text changed (a typo fixed in the article, or the
//! article updated from a newer copy of its source).
//!
//! [`reanchor`] takes the old text, the new text and the anchors made on the old text, and
//! says for each anchor where its passage is now: at the same offsets ([`Placement::Exact`]),
//! somewhere else or with a slightly changed quote ([`Placement::Moved`]), or nowhere it can
//! be trusted ([`Placement::Orphan`]).
//!
//! How, in order:
//! 1. A diff of the two texts (lines first, then bytes inside changed lines) maps every old
//!    byte offset to a new one. An offset is mapped *cleanly* when it lies in unchanged text or
//!    at the edge of a change; insertions exactly at an anchor's edge count as outside it.
//! 2. Fast path: if the mapped span holds the quote unchanged and the context still matches
//!    (see below), that is the placement.
//! 3. Otherwise the candidates are every exact occurrence of the quote in the new text
//!    (minus those the diff maps from *another* old occurrence of the same quote), plus the
//!    cleanly mapped span when its text differs from the quote (a fix inside the quote).
//!    An end of the anchor whose character sits in a long unchanged run is *pinned*: with
//!    both ends pinned the passage can only be at the mapped span; with exactly one pinned
//!    the passage was cut (say, its first words went with a moved paragraph), so the same
//!    words elsewhere are not taken for it.
//! 4. Each candidate is verified on quote, prefix and suffix with whitespace-insensitive
//!    character edit distance, and ranked by quote + context similarity minus a small
//!    distance penalty. A candidate is accepted only if it passes the thresholds below, and
//!    only if no other acceptable, non-overlapping candidate scores within
//!    [`AMBIGUITY_MARGIN`] of it; otherwise the anchor is an orphan.
//!
//! Thresholds (similarity is `1 - edit_distance / longer_length`, on text whose whitespace
//! runs are collapsed to one space):
//! - *Context holds* when one non-empty side (prefix or suffix, at least
//!   [`MIN_SIDE_CHARS`] characters) has similarity at least [`STRONG_CONTEXT`], or the
//!   length-weighted average of both sides is at least [`MIN_CONTEXT`].
//! - An unchanged quote is accepted where its context holds, or, with weak context (a moved
//!   one-sentence paragraph), when the quote has at least [`MIN_DISTINCT_QUOTE_CHARS`]
//!   characters and occurs exactly once in the old text and once in the new.
//! - A changed quote is accepted only at the cleanly mapped place, with quote similarity at
//!   least [`MIN_QUOTE_SIMILARITY`] and every non-empty context side at least
//!   [`STRONG_CONTEXT`] (and at least one side of [`MIN_SIDE_CHARS`] characters).
//!
//! **Invariant:** every returned span is a valid [`TextSpan`] of the new text (on char
//! boundaries), and a placement is only made onto text that passed the checks above; when in
//! doubt the anchor becomes an orphan, never a guess.
//!
//! When the quote occurs more often in the new text than in the old (a copy appeared), the
//! diff's pairing is not trusted and every occurrence competes on context and distance.
//!
//! Known limits: a quote found more than [`MAX_OCCURRENCES`] times is only looked for among
//! the first ones; a changed quote is only recovered where the diff maps it (not after a
//! paragraph move); a quote whose context changed on both sides and that is short or
//! repeated becomes an orphan even if it is still there; the diff stops refining after
//! [`DIFF_BUDGET`], so on huge rewrites more anchors go through the slower search (results
//! are still verified, so this costs recall, never correctness).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::time::{Duration, Instant};

use similar::{Algorithm, DiffOp, capture_diff_slices_deadline};

use super::anchor::Anchor;
use super::span::TextSpan;

/// Where an anchor's passage is in the new text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// The quote is unchanged at the same byte offsets.
    Exact(TextSpan),
    /// The passage was found at other offsets, or its quote changed slightly (a typo or
    /// whitespace fix inside it); the span covers the passage as it is now.
    Moved(TextSpan),
    /// No passage matches well enough: keep the anchor and show it as orphaned.
    Orphan,
}

impl Placement {
    /// The new span, unless the anchor is orphaned.
    #[must_use]
    pub fn span(self) -> Option<TextSpan> {
        match self {
            Self::Exact(span) | Self::Moved(span) => Some(span),
            Self::Orphan => None,
        }
    }
}

/// Least similarity of a prefix or suffix side for it to count as strong evidence.
pub const STRONG_CONTEXT: f32 = 0.8;
/// Least length-weighted similarity of both context sides together.
pub const MIN_CONTEXT: f32 = 0.6;
/// Least length in characters of a context side for it to count as evidence on its own.
pub const MIN_SIDE_CHARS: usize = 8;
/// Least similarity between the old quote and a changed passage.
pub const MIN_QUOTE_SIMILARITY: f32 = 0.9;
/// Least length in characters of a quote that is trusted on its own when it occurs exactly
/// once in both texts but its context changed.
pub const MIN_DISTINCT_QUOTE_CHARS: usize = 24;
/// Two acceptable candidates closer than this in score make the anchor an orphan.
pub const AMBIGUITY_MARGIN: f32 = 0.02;
/// Occurrences of one quote that are looked at, per text.
pub const MAX_OCCURRENCES: usize = 256;
/// Time after which the diff stops refining and reports the rest as changed.
pub const DIFF_BUDGET: Duration = Duration::from_millis(300);

/// Score taken off for a candidate [`DISTANCE_SCALE`] bytes or more from the old place.
const DISTANCE_WEIGHT: f32 = 0.25;
/// Distance in bytes at which the distance penalty is full.
const DISTANCE_SCALE: f32 = 16_384.0;
/// Changed stretches whose two sides together are longer than this are not diffed per byte.
const REFINE_LIMIT: usize = 64 * 1024;
/// Unchanged runs shorter than this do not pin an anchor's end: inside rewritten text the
/// byte diff lines up short stretches by chance.
const PIN_RUN_BYTES: usize = 24;
/// Bytes of a quote used to look it up while scanning a text.
const SEED_LEN: usize = 8;

/// Re-places `anchors`, made on `old_text`, in `new_text`: one placement per anchor, in the
/// same order. Pure and deterministic, except that a diff running past [`DIFF_BUDGET`] (only
/// on huge rewrites) is cut short.
#[must_use]
pub fn reanchor(old_text: &str, new_text: &str, anchors: &[&Anchor]) -> Vec<Placement> {
    if old_text == new_text {
        return anchors
            .iter()
            .map(|anchor| {
                if anchor.holds_in(new_text) {
                    Placement::Exact(anchor.span)
                } else {
                    Placement::Orphan
                }
            })
            .collect();
    }
    let map = DiffMap::new(old_text, new_text, Instant::now() + DIFF_BUDGET);
    let mut placements = Vec::with_capacity(anchors.len());
    // Look up every quote in both texts with one scan of each: a quote found more often
    // than before was copied, and then the diff alone cannot say which copy is the passage.
    let mut needle_ids: HashMap<&str, usize> = HashMap::new();
    let mut needles: Vec<&str> = Vec::new();
    for anchor in anchors {
        let quote = anchor.quote.as_str();
        needle_ids.entry(quote).or_insert_with(|| {
            needles.push(quote);
            needles.len() - 1
        });
    }
    let new_found = find_occurrences(new_text, &needles);
    let old_found = find_occurrences(old_text, &needles);
    let empty = Vec::new();
    for anchor in anchors {
        let id = needle_ids.get(anchor.quote.as_str()).copied();
        let occurrences = Occurrences {
            old: id.and_then(|id| old_found.get(id)).unwrap_or(&empty),
            new: id.and_then(|id| new_found.get(id)).unwrap_or(&empty),
        };
        let copied = occurrences.new.len() > occurrences.old.len();
        let fast = if copied {
            None
        } else {
            fast_placement(anchor, new_text, &map)
        };
        placements.push(fast.unwrap_or_else(|| {
            settle(anchor, &Evidence::new(anchor), new_text, &map, &occurrences)
        }));
    }
    placements
}

/// Where the quote occurs, as byte offsets of its first byte.
struct Occurrences<'a> {
    old: &'a [usize],
    new: &'a [usize],
}

/// An anchor's quote and context, normalised for comparison.
struct Evidence {
    quote: Vec<char>,
    prefix: Vec<char>,
    suffix: Vec<char>,
    /// Characters of the raw prefix and suffix, to cut the same amount from the new text.
    prefix_chars: usize,
    suffix_chars: usize,
}

impl Evidence {
    fn new(anchor: &Anchor) -> Self {
        Self {
            quote: normalized(&anchor.quote),
            prefix: normalized(&anchor.prefix),
            suffix: normalized(&anchor.suffix),
            prefix_chars: anchor.prefix.chars().count(),
            suffix_chars: anchor.suffix.chars().count(),
        }
    }

    /// Similarity of the prefix and suffix around `range` of `text` with the anchor's.
    fn context(&self, text: &str, range: &Range<usize>) -> Context {
        let before = text.get(..range.start).unwrap_or("");
        let after = text.get(range.end..).unwrap_or("");
        let prefix_start = before
            .char_indices()
            .rev()
            .nth(self.prefix_chars.saturating_sub(1))
            .map_or(0, |(at, _)| at);
        let suffix_end = after
            .char_indices()
            .nth(self.suffix_chars)
            .map_or(after.len(), |(at, _)| at);
        let prefix = (!self.prefix.is_empty()).then(|| {
            let new_prefix = normalized(before.get(prefix_start..).unwrap_or(""));
            similarity(&self.prefix, &new_prefix, 0.0)
        });
        let suffix = (!self.suffix.is_empty()).then(|| {
            let new_suffix = normalized(after.get(..suffix_end).unwrap_or(""));
            similarity(&self.suffix, &new_suffix, 0.0)
        });
        Context {
            prefix,
            suffix,
            prefix_len: self.prefix.len(),
            suffix_len: self.suffix.len(),
        }
    }
}

/// How well the context around a candidate matches; `None` for a side the anchor lacks.
#[derive(Clone, Copy, Debug)]
struct Context {
    prefix: Option<f32>,
    suffix: Option<f32>,
    prefix_len: usize,
    suffix_len: usize,
}

impl Context {
    /// Length-weighted similarity of both sides; 0 when the anchor has no context.
    fn average(self) -> f32 {
        let weight = (self.prefix_len + self.suffix_len) as f32;
        if weight == 0.0 {
            return 0.0;
        }
        (self.prefix.unwrap_or(0.0) * self.prefix_len as f32
            + self.suffix.unwrap_or(0.0) * self.suffix_len as f32)
            / weight
    }

    /// One long enough side is strong, or both together are good enough.
    fn holds(self) -> bool {
        let strong = |side: Option<f32>, len: usize| {
            len >= MIN_SIDE_CHARS && side.is_some_and(|s| s >= STRONG_CONTEXT)
        };
        strong(self.prefix, self.prefix_len)
            || strong(self.suffix, self.suffix_len)
            || (self.prefix_len + self.suffix_len >= MIN_SIDE_CHARS
                && self.average() >= MIN_CONTEXT)
    }

    /// Every side the anchor has is strong, and one of them is long enough to mean something.
    fn holds_on_both_sides(self) -> bool {
        let side_ok = |side: Option<f32>| side.is_none_or(|s| s >= STRONG_CONTEXT);
        side_ok(self.prefix)
            && side_ok(self.suffix)
            && self.prefix_len.max(self.suffix_len) >= MIN_SIDE_CHARS
    }
}

/// The diff-mapped span, taken when it holds the quote unchanged and its context holds.
fn fast_placement(anchor: &Anchor, new_text: &str, map: &DiffMap) -> Option<Placement> {
    let range = map.clean_range(anchor.span.byte_range())?;
    if new_text.get(range.clone())? != anchor.quote {
        return None;
    }
    // Most anchors sit far from any edit: quote and context in one unchanged run need no
    // further checks.
    let with_context = anchor.span.start().saturating_sub(anchor.prefix.len())
        ..anchor.span.end() + anchor.suffix.len();
    if map.holds_unchanged(with_context) {
        return placement(anchor, new_text, range);
    }
    // A short run lined up by chance inside rewritten text is no evidence: trust the diff
    // only when the whole quote is one unchanged run or both its ends are pinned.
    let pinned = map.start(anchor.span.start()).pinned && map.end(anchor.span.end()).pinned;
    if !pinned && !map.holds_unchanged(anchor.span.byte_range()) {
        return None;
    }
    if !Evidence::new(anchor).context(new_text, &range).holds() {
        return None;
    }
    placement(anchor, new_text, range)
}

/// One place the passage might be now.
struct Candidate {
    range: Range<usize>,
    score: f32,
}

/// The slow path: verify every candidate and keep the one clear winner, if any.
fn settle(
    anchor: &Anchor,
    evidence: &Evidence,
    new_text: &str,
    map: &DiffMap,
    occurrences: &Occurrences<'_>,
) -> Placement {
    let quote_len = anchor.quote.len();
    let start = map.start(anchor.span.start());
    let end = map.end(anchor.span.end());
    let target = start.pos;
    // An unchanged first or last character pins the passage to where the diff puts it. With
    // both ends pinned the quote can only be there; with one end pinned and the other
    // changed, the passage was cut, and the same words elsewhere are someone else's.
    let copied = occurrences.new.len() > occurrences.old.len();
    let allowed = |range: &Range<usize>| match (start.pinned, end.pinned) {
        _ if copied => true,
        (true, true) => range.start == start.pos && range.end == end.pos,
        (false, false) => true,
        _ => false,
    };
    // New occurrences that the diff identifies as another old occurrence belong to it.
    let claimed: Vec<usize> = occurrences
        .old
        .iter()
        .filter(|&&old_start| old_start != anchor.span.start())
        .filter_map(|&old_start| map.clean_range(old_start..old_start + quote_len))
        .map(|range| range.start)
        .collect();
    let distinct = occurrences.old.len() == 1
        && occurrences.new.len() == 1
        && evidence.quote.len() >= MIN_DISTINCT_QUOTE_CHARS;
    let mapped = map.clean_range(anchor.span.byte_range());
    let mut exact_starts = occurrences.new.to_vec();
    if let Some(range) = &mapped
        && new_text.get(range.clone()) == Some(anchor.quote.as_str())
        && !exact_starts.contains(&range.start)
    {
        exact_starts.push(range.start);
    }
    let mut accepted: Vec<Candidate> = Vec::new();
    for found in exact_starts {
        let range = found..found + quote_len;
        if claimed.contains(&found) || !allowed(&range) {
            continue;
        }
        let context = evidence.context(new_text, &range);
        if context.holds() || distinct {
            let score = 1.0 + context.average() - distance_penalty(found, target);
            accepted.push(Candidate { range, score });
        }
    }
    if let Some(range) = mapped
        && let Some(slice) = new_text.get(range.clone())
        && slice != anchor.quote
    {
        let quote_similarity =
            similarity(&evidence.quote, &normalized(slice), MIN_QUOTE_SIMILARITY);
        let context = evidence.context(new_text, &range);
        if quote_similarity >= MIN_QUOTE_SIMILARITY && context.holds_on_both_sides() {
            let score =
                quote_similarity + context.average() - distance_penalty(range.start, target);
            accepted.push(Candidate { range, score });
        }
    }
    let Some(best) = accepted.iter().max_by(|a, b| {
        a.score
            .total_cmp(&b.score)
            .then(b.range.start.cmp(&a.range.start))
    }) else {
        return Placement::Orphan;
    };
    let rival = accepted.iter().any(|other| {
        let overlaps = other.range.start < best.range.end && best.range.start < other.range.end;
        let same = other.range == best.range;
        !same && !overlaps && other.score >= best.score - AMBIGUITY_MARGIN
    });
    if rival {
        return Placement::Orphan;
    }
    placement(anchor, new_text, best.range.clone()).unwrap_or(Placement::Orphan)
}

/// `Exact` when the span did not move and the quote is unchanged, else `Moved`.
fn placement(anchor: &Anchor, new_text: &str, range: Range<usize>) -> Option<Placement> {
    let span = TextSpan::new(new_text, range)?;
    Some(
        if span == anchor.span && span.slice(new_text) == anchor.quote {
            Placement::Exact(span)
        } else {
            Placement::Moved(span)
        },
    )
}

fn distance_penalty(start: usize, target: usize) -> f32 {
    DISTANCE_WEIGHT * (start.abs_diff(target) as f32 / DISTANCE_SCALE).min(1.0)
}

/// A stretch of bytes that is the same in both texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Run {
    old: usize,
    new: usize,
    len: usize,
}

impl Run {
    fn old_end(self) -> usize {
        self.old + self.len
    }

    fn new_end(self) -> usize {
        self.new + self.len
    }
}

/// An old offset mapped into the new text; `clean` when it lies in unchanged text or at the
/// edge of a change, so the new offset is exact rather than estimated. `pinned` when the
/// anchor's own character at that end (the first one for a start, the last one for an end)
/// lies in a long unchanged run, so the passage, if it survived, must still begin or end
/// there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Mapped {
    pos: usize,
    clean: bool,
    pinned: bool,
}

/// The unchanged runs between two texts, in order, starting with an empty run at `0, 0` and
/// ending with one at the two text ends. Run edges lie on char boundaries of both texts.
#[derive(Debug)]
struct DiffMap {
    runs: Vec<Run>,
}

impl DiffMap {
    fn new(old_text: &str, new_text: &str, deadline: Instant) -> Self {
        let mut runs = vec![Run {
            old: 0,
            new: 0,
            len: 0,
        }];
        if old_text == new_text {
            runs.push(Run {
                old: 0,
                new: 0,
                len: old_text.len(),
            });
        } else {
            line_runs(old_text, new_text, deadline, &mut runs);
        }
        let mut snapped: Vec<Run> = Vec::with_capacity(runs.len() + 1);
        for run in runs {
            let Some(run) = snap(old_text, run) else {
                continue;
            };
            match snapped.last_mut() {
                Some(last) if last.old_end() == run.old && last.new_end() == run.new => {
                    last.len += run.len;
                }
                _ => snapped.push(run),
            }
        }
        snapped.push(Run {
            old: old_text.len(),
            new: new_text.len(),
            len: 0,
        });
        Self { runs: snapped }
    }

    /// Where an anchor starting at old offset `pos` starts now. Text inserted exactly at
    /// `pos` is taken to lie before the anchor.
    fn start(&self, pos: usize) -> Mapped {
        let index = self.runs.partition_point(|run| run.old <= pos);
        let Some(run) = index.checked_sub(1).and_then(|i| self.runs.get(i)) else {
            return Mapped {
                pos,
                clean: false,
                pinned: false,
            };
        };
        if pos < run.old_end() {
            return Mapped {
                pos: run.new + (pos - run.old),
                clean: true,
                pinned: run.len >= PIN_RUN_BYTES,
            };
        }
        if pos == run.old_end() {
            return Mapped {
                pos: run.new_end(),
                clean: true,
                pinned: false,
            };
        }
        // Inside a changed stretch: estimate.
        let next_new = self.runs.get(index).map_or(run.new_end(), |next| next.new);
        Mapped {
            pos: (run.new_end() + (pos - run.old_end())).min(next_new),
            clean: false,
            pinned: false,
        }
    }

    /// Where an anchor ending at old offset `pos` ends now. Text inserted exactly at `pos`
    /// is taken to lie after the anchor.
    fn end(&self, pos: usize) -> Mapped {
        let index = self.runs.partition_point(|run| run.old_end() < pos);
        let Some(run) = self.runs.get(index) else {
            return Mapped {
                pos,
                clean: false,
                pinned: false,
            };
        };
        if run.old <= pos {
            return Mapped {
                pos: run.new + (pos - run.old),
                clean: true,
                pinned: run.old < pos && run.len >= PIN_RUN_BYTES,
            };
        }
        // Inside a changed stretch: estimate from its end.
        let before = index
            .checked_sub(1)
            .and_then(|i| self.runs.get(i))
            .map_or(0, |prev| prev.new_end());
        Mapped {
            pos: run.new.saturating_sub(run.old - pos).max(before),
            clean: false,
            pinned: false,
        }
    }

    /// True when the old `range` lies inside one unchanged run.
    fn holds_unchanged(&self, range: Range<usize>) -> bool {
        let index = self.runs.partition_point(|run| run.old <= range.start);
        index
            .checked_sub(1)
            .and_then(|i| self.runs.get(i))
            .is_some_and(|run| range.end <= run.old_end() && range.start < run.old_end())
    }

    /// The new range of an old range whose two ends both map cleanly.
    fn clean_range(&self, range: Range<usize>) -> Option<Range<usize>> {
        let start = self.start(range.start);
        let end = self.end(range.end);
        (start.clean && end.clean && start.pos <= end.pos).then_some(start.pos..end.pos)
    }
}

/// Pushes the unchanged runs found by a line diff, refined by a byte diff inside each changed
/// stretch of lines.
fn line_runs(old_text: &str, new_text: &str, deadline: Instant, runs: &mut Vec<Run>) {
    let old_lines: Vec<&str> = old_text.split_inclusive('\n').collect();
    let new_lines: Vec<&str> = new_text.split_inclusive('\n').collect();
    let old_starts = line_starts(&old_lines);
    let new_starts = line_starts(&new_lines);
    let byte_range = |starts: &[usize], lines: Range<usize>| {
        let start = starts.get(lines.start).copied().unwrap_or(0);
        let end = starts.get(lines.end).copied().unwrap_or(start);
        start..end
    };
    let ops =
        capture_diff_slices_deadline(Algorithm::Myers, &old_lines, &new_lines, Some(deadline));
    let mut changed: Option<(Range<usize>, Range<usize>)> = None;
    for op in ops {
        let old_range = byte_range(&old_starts, op.old_range());
        let new_range = byte_range(&new_starts, op.new_range());
        if let DiffOp::Equal { .. } = op {
            if let Some((old, new)) = changed.take() {
                byte_runs(old_text, new_text, old, new, deadline, runs);
            }
            runs.push(Run {
                old: old_range.start,
                new: new_range.start,
                len: old_range.len(),
            });
        } else {
            changed = Some(match changed {
                Some((old, new)) => (old.start..old_range.end, new.start..new_range.end),
                None => (old_range, new_range),
            });
        }
    }
    if let Some((old, new)) = changed {
        byte_runs(old_text, new_text, old, new, deadline, runs);
    }
}

/// Pushes the unchanged byte runs inside one changed stretch.
fn byte_runs(
    old_text: &str,
    new_text: &str,
    old: Range<usize>,
    new: Range<usize>,
    deadline: Instant,
    runs: &mut Vec<Run>,
) {
    if old.is_empty() || new.is_empty() || old.len() + new.len() > REFINE_LIMIT {
        return;
    }
    let (Some(old_bytes), Some(new_bytes)) = (
        old_text.as_bytes().get(old.clone()),
        new_text.as_bytes().get(new.clone()),
    ) else {
        return;
    };
    let ops = capture_diff_slices_deadline(Algorithm::Myers, old_bytes, new_bytes, Some(deadline));
    for op in ops {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            runs.push(Run {
                old: old.start + old_index,
                new: new.start + new_index,
                len,
            });
        }
    }
}

fn line_starts(lines: &[&str]) -> Vec<usize> {
    let mut starts = Vec::with_capacity(lines.len() + 1);
    let mut at = 0;
    starts.push(at);
    for line in lines {
        at += line.len();
        starts.push(at);
    }
    starts
}

/// Shrinks a run to char boundaries. The bytes of a run are equal in both texts and both
/// texts are valid UTF-8, so a boundary in the old text is one in the new text too.
fn snap(old_text: &str, mut run: Run) -> Option<Run> {
    while run.len > 0 && !old_text.is_char_boundary(run.old) {
        run.old += 1;
        run.new += 1;
        run.len -= 1;
    }
    while run.len > 0 && !old_text.is_char_boundary(run.old_end()) {
        run.len -= 1;
    }
    (run.len > 0).then_some(run)
}

/// The characters of `text` with every whitespace run collapsed to one space, so that
/// re-wrapped or re-spaced text compares equal.
fn normalized(text: &str) -> Vec<char> {
    let mut chars = Vec::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !in_space {
                chars.push(' ');
            }
            in_space = true;
        } else {
            chars.push(c);
            in_space = false;
        }
    }
    chars
}

/// `1 - edit_distance / longer_length`, 1 for two empty texts. A similarity below `floor`
/// is reported as 0: the distance is only computed in a band around the diagonal.
fn similarity(a: &[char], b: &[char], floor: f32) -> f32 {
    let longer = a.len().max(b.len());
    if longer == 0 {
        return 1.0;
    }
    let limit = ((1.0 - floor) * longer as f32).ceil() as usize;
    match edit_distance_within(a, b, limit) {
        Some(distance) => 1.0 - distance as f32 / longer as f32,
        None => 0.0,
    }
}

/// Levenshtein distance of `a` and `b` when it is at most `limit`, computed only in the band
/// of width `2 * limit + 1` around the diagonal.
fn edit_distance_within(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let outside = limit + 1;
    let width = b.len();
    let mut previous: Vec<usize> = (0..=width).map(|j| j.min(outside)).collect();
    let mut current = vec![outside; width + 1];
    for (i, &left) in a.iter().enumerate() {
        let row = i + 1;
        let low = row.saturating_sub(limit).max(1);
        let high = (row + limit).min(width);
        if let Some(first) = current.get_mut(low - 1) {
            *first = if low == 1 { row.min(outside) } else { outside };
        }
        for j in low..=high {
            let up = previous.get(j).copied().unwrap_or(outside);
            let diagonal = previous.get(j - 1).copied().unwrap_or(outside);
            let back = current.get(j - 1).copied().unwrap_or(outside);
            let same = b.get(j - 1) == Some(&left);
            let value = (up + 1).min(back + 1).min(diagonal + usize::from(!same));
            if let Some(slot) = current.get_mut(j) {
                *slot = value.min(outside);
            }
        }
        if let Some(after) = current.get_mut(high + 1) {
            *after = outside;
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous
        .get(width)
        .copied()
        .filter(|&distance| distance <= limit)
}

/// Start offsets of each needle in `text`, at most [`MAX_OCCURRENCES`] each, in text order.
/// One scan per distinct seed length: every char boundary's next bytes are looked up in a
/// table of the needles' first [`SEED_LEN`] bytes, and hits are compared in full.
fn find_occurrences(text: &str, needles: &[&str]) -> Vec<Vec<usize>> {
    let mut found = vec![Vec::new(); needles.len()];
    let mut seeds: Vec<HashMap<u64, Vec<usize>, SeedHasher>> =
        (0..SEED_LEN).map(|_| HashMap::default()).collect();
    for (id, needle) in needles.iter().enumerate() {
        let len = needle.len().min(SEED_LEN);
        if let (Some(prefix), Some(table)) = (
            needle.as_bytes().get(..len),
            len.checked_sub(1).and_then(|i| seeds.get_mut(i)),
        ) {
            table.entry(seed(prefix)).or_default().push(id);
        }
    }
    let bytes = text.as_bytes();
    for (index, table) in seeds.iter().enumerate() {
        if table.is_empty() {
            continue;
        }
        for (start, window) in bytes.windows(index + 1).enumerate() {
            // Quotes start on char boundaries, which never hold a continuation byte.
            if window.first().is_some_and(|&b| b & 0xC0 == 0x80) {
                continue;
            }
            let Some(ids) = table.get(&seed(window)) else {
                continue;
            };
            for &id in ids {
                if let (Some(needle), Some(list), Some(rest)) =
                    (needles.get(id), found.get_mut(id), bytes.get(start..))
                    && list.len() < MAX_OCCURRENCES
                    && rest.starts_with(needle.as_bytes())
                {
                    list.push(start);
                }
            }
        }
    }
    found
}

fn seed(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(0, |acc, &byte| (acc << 8) | u64::from(byte))
}

/// The seeds are already well-spread integers; one multiply mixes them enough.
type SeedHasher = BuildHasherDefault<MultiplyHasher>;

#[derive(Default)]
struct MultiplyHasher(u64);

impl Hasher for MultiplyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(byte)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = (self.0 ^ value)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(29);
    }
}

#[cfg(test)]
mod tests {
    use super::{
        Anchor, Placement, TextSpan, edit_distance_within, find_occurrences, normalized, reanchor,
    };

    /// Re-anchors the `[[…]]`-marked passage of `old` in `new` and writes the result the same
    /// way: `"exact: …[[…]]…"`, `"moved: …[[…]]…"` or `"orphan"`.
    fn check(old: &str, new: &str, expected: &str) {
        let start = old.find("[[").expect("old text marks a passage");
        let end = old.find("]]").expect("old text closes the passage") - 2;
        let old_text = old.replacen("[[", "", 1).replacen("]]", "", 1);
        let span = TextSpan::new(&old_text, start..end).expect("valid span");
        let anchor = Anchor::new(&old_text, span);
        let placements = reanchor(&old_text, new, &[&anchor]);
        let mark = |kind: &str, span: TextSpan| {
            format!(
                "{kind}: {}[[{}]]{}",
                &new[..span.start()],
                span.slice(new),
                &new[span.end()..]
            )
        };
        let actual = match placements.as_slice() {
            [Placement::Exact(span)] => mark("exact", *span),
            [Placement::Moved(span)] => mark("moved", *span),
            [Placement::Orphan] => "orphan".to_owned(),
            other => panic!("one placement expected, got {other:?}"),
        };
        assert_eq!(actual, expected);
    }

    const OLD: &str = "The ministry said on Monday that exports would stop. \
        [[Nvidia shares fell 7.5% in early trading.]] Analysts expect more curbs this year.";

    #[test]
    fn unchanged_text_is_exact() {
        let new = OLD.replace("[[", "").replace("]]", "");
        check(OLD, &new, &format!("exact: {OLD}"));
    }

    #[test]
    fn edit_after_the_quote_keeps_it_exact() {
        check(
            OLD,
            "The ministry said on Monday that exports would stop. Nvidia shares fell 7.5% in \
             early trading. Analysts expect more export curbs this year.",
            "exact: The ministry said on Monday that exports would stop. [[Nvidia shares fell \
             7.5% in early trading.]] Analysts expect more export curbs this year.",
        );
    }

    #[test]
    fn insertion_before_moves_it() {
        check(
            OLD,
            "Breaking. The ministry said on Monday that exports would stop. Nvidia shares fell \
             7.5% in early trading. Analysts expect more curbs this year.",
            "moved: Breaking. The ministry said on Monday that exports would stop. [[Nvidia \
             shares fell 7.5% in early trading.]] Analysts expect more curbs this year.",
        );
    }

    #[test]
    fn insertions_at_the_edges_stay_outside() {
        check(
            OLD,
            "The ministry said on Monday that exports would stop. (1) Nvidia shares fell 7.5% \
             in early trading. (2) Analysts expect more curbs this year.",
            "moved: The ministry said on Monday that exports would stop. (1) [[Nvidia shares \
             fell 7.5% in early trading.]] (2) Analysts expect more curbs this year.",
        );
    }

    #[test]
    fn typo_fix_inside_the_quote_follows_the_corrected_text() {
        let old = "The ministry said on Monday that exports would stop. \
            [[Nvidia shares fell 7.5% in erly trading.]] Analysts expect more curbs this year.";
        check(
            old,
            "The ministry said on Monday that exports would stop. Nvidia shares fell 7.5% in \
             early trading. Analysts expect more curbs this year.",
            "moved: The ministry said on Monday that exports would stop. [[Nvidia shares fell \
             7.5% in early trading.]] Analysts expect more curbs this year.",
        );
    }

    #[test]
    fn rewritten_quote_is_orphaned() {
        check(
            OLD,
            "The ministry said on Monday that exports would stop. Nvidia stock rose 2% after \
             the opening bell. Analysts expect more curbs this year.",
            "orphan",
        );
    }

    #[test]
    fn deleted_quote_is_orphaned() {
        check(
            OLD,
            "The ministry said on Monday that exports would stop. Analysts expect more curbs \
             this year.",
            "orphan",
        );
    }

    #[test]
    fn deleted_quote_does_not_jump_to_its_twin() {
        check(
            "Opening. [[Shares fell sharply.]] The first paragraph goes on here.\n\n\
             Later on. Shares fell sharply. The second paragraph goes on elsewhere.",
            "Opening. The first paragraph goes on here.\n\n\
             Later on. Shares fell sharply. The second paragraph goes on elsewhere.",
            "orphan",
        );
    }

    #[test]
    fn repeated_sentence_is_told_apart_by_context() {
        check(
            "Opening. Shares fell sharply. The first paragraph goes on here.\n\n\
             Later on. [[Shares fell sharply.]] The second paragraph goes on elsewhere.",
            "Intro.\n\nOpening. Shares fell sharply. The first paragraph goes on here.\n\n\
             Much later on. Shares fell sharply. The second paragraph goes on elsewhere.",
            "moved: Intro.\n\nOpening. Shares fell sharply. The first paragraph goes on \
             here.\n\nMuch later on. [[Shares fell sharply.]] The second paragraph goes on \
             elsewhere.",
        );
    }

    #[test]
    fn copied_passage_with_the_same_context_is_orphaned() {
        // The copy carries the whole 32-character context with it; nothing but the diff's
        // guess tells the two apart, so neither is taken.
        let paragraph = "Some lead-in words before it: the quoted claim and then what follows.";
        check(
            "Intro.\n\nSome lead-in words before it: [[the quoted claim]] and then what \
             follows.\n\nEnd.",
            &format!("Intro.\n\n{paragraph}\n\nEnd.\n\n{paragraph}\n\nEnd."),
            "orphan",
        );
    }

    #[test]
    fn moved_paragraph_is_found_at_its_new_place() {
        check(
            "First paragraph about the ban.\n\n[[Second paragraph, a claim of its own.]]\n\n\
             Third paragraph with more.",
            "First paragraph about the ban.\n\nThird paragraph with more.\n\n\
             Second paragraph, a claim of its own.",
            "moved: First paragraph about the ban.\n\nThird paragraph with more.\n\n\
             [[Second paragraph, a claim of its own.]]",
        );
    }

    #[test]
    fn short_quote_with_new_context_is_orphaned() {
        check(
            "First paragraph about the ban.\n\n[[Nvidia]]\n\nThird paragraph with more.",
            "Another text altogether.\n\nNvidia\n\nWith different words around it.",
            "orphan",
        );
    }

    #[test]
    fn whitespace_changes_inside_the_quote_are_followed() {
        check(
            OLD,
            "The ministry said on Monday that exports would stop. Nvidia shares fell 7.5%\nin \
             early  trading. Analysts expect more curbs this year.",
            "moved: The ministry said on Monday that exports would stop. [[Nvidia shares fell \
             7.5%\nin early  trading.]] Analysts expect more curbs this year.",
        );
    }

    #[test]
    fn non_ascii_edits_land_on_char_boundaries() {
        check(
            "Het ministerie zei dat de export stopt. [[Één woordvoerder: “Dat is onjuist”, \
             aldus Veldmeer.]] Daarna volgde een reactie.",
            "Het ministerie zei dat de export stopt. Één woordvoerster: “Dat is onjuist”, aldus \
             Veldmeer. Daarna volgde een reactie — €5 miljard.",
            "moved: Het ministerie zei dat de export stopt. [[Één woordvoerster: “Dat is \
             onjuist”, aldus Veldmeer.]] Daarna volgde een reactie — €5 miljard.",
        );
        check(
            "Café [[één]] twee drie vier vijf zes zeven acht",
            "Cafe één twee drie vier vijf zes zeven acht",
            "moved: Cafe [[één]] twee drie vier vijf zes zeven acht",
        );
    }

    #[test]
    fn edit_across_the_quote_start_is_orphaned() {
        check(
            OLD,
            "The ministry said on Monday that exports would halt; shares fell 7.5% in early \
             trading. Analysts expect more curbs this year.",
            "orphan",
        );
    }

    #[test]
    fn empty_texts_and_anchors_do_not_panic() {
        assert!(reanchor("", "", &[]).is_empty());
        let span = TextSpan::new("abc", 1..1).expect("valid span");
        let anchor = Anchor::new("abc", span);
        assert_eq!(reanchor("abc", "", &[&anchor]), vec![Placement::Orphan]);
    }

    #[test]
    fn banded_edit_distance_matches_the_full_one() {
        let pairs = [
            ("kitten", "sitting", 3),
            ("", "abc", 3),
            ("flaw", "lawn", 2),
            ("één", "eén", 1),
            ("same", "same", 0),
        ];
        for (a, b, distance) in pairs {
            let (a, b) = (normalized(a), normalized(b));
            assert_eq!(edit_distance_within(&a, &b, 10), Some(distance));
            assert_eq!(edit_distance_within(&a, &b, distance), Some(distance));
            if distance > 0 {
                assert_eq!(edit_distance_within(&a, &b, distance - 1), None);
            }
        }
    }

    #[test]
    fn occurrences_are_found_on_char_boundaries() {
        let text = "één en één is twee; en";
        let found = find_occurrences(text, &["één", "en", "is twee; en", "x"]);
        assert_eq!(found, vec![vec![0, 9], vec![6, 24], vec![15], vec![]]);
    }
}
