//! Speed of `model::reanchor` on a ~1 MB article with thousands of anchors.
//!
//! The article is the four bundled samples repeated (each paragraph tagged with its copy
//! number so the text is not one passage repeated a hundred times); the anchors are its
//! extracted claims plus random highlights. Each scenario edits the text and times
//! `reanchor` (best of three), printing anchors, text size, milliseconds and how the anchors
//! landed. Plain timing with `std::time`:
//! `cargo bench --no-default-features --bench reanchor`.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use claimreader::extract::{detect_language, extract_claims};
use claimreader::import::import_text;
use claimreader::model::article::paragraph_spans;
use claimreader::model::{Anchor, Article, Placement, TextSpan, reanchor};
use claimreader::samples::SAMPLES;

/// Deterministic `SplitMix64`.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }
}

/// About `target` bytes of sample paragraphs, each tagged with its copy number.
fn article_text(target: usize) -> String {
    let paragraphs: Vec<String> = SAMPLES
        .iter()
        .filter_map(|(name, text)| import_text(text, Path::new(name)).ok())
        .flat_map(|imported| {
            let text = imported.article.text;
            paragraph_spans(&text)
                .iter()
                .map(|span| span.slice(&text).to_owned())
                .collect::<Vec<_>>()
        })
        .collect();
    let mut text = String::new();
    let mut copy = 0;
    while text.len() < target {
        copy += 1;
        for paragraph in &paragraphs {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push('(');
            text.push_str(&copy.to_string());
            text.push_str(") ");
            text.push_str(paragraph);
        }
    }
    text
}

fn char_boundary_at_or_after(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// Applies `(byte range, replacement)` edits, which must not overlap.
fn apply(text: &str, mut edits: Vec<(std::ops::Range<usize>, String)>) -> String {
    edits.sort_by_key(|(range, _)| range.start);
    let mut out = String::with_capacity(text.len() + 1024);
    let mut cursor = 0;
    for (range, replacement) in edits {
        if range.start < cursor {
            continue;
        }
        out.push_str(&text[cursor..range.start]);
        out.push_str(&replacement);
        cursor = range.end;
    }
    out.push_str(&text[cursor..]);
    out
}

/// `count` scattered small edits: typo fixes, inserted words, deleted stretches.
fn scattered(text: &str, rng: &mut Rng, count: usize) -> String {
    let mut edits = Vec::new();
    for _ in 0..count {
        let start = char_boundary_at_or_after(text, rng.below(text.len() - 200));
        let edit = match rng.below(3) {
            0 => {
                let end = char_boundary_at_or_after(text, start + 1);
                (start..end, "e".to_owned())
            }
            1 => (start..start, "newly inserted words ".to_owned()),
            _ => {
                let end = char_boundary_at_or_after(text, start + 1 + rng.below(80));
                (start..end, String::new())
            }
        };
        edits.push(edit);
    }
    apply(text, edits)
}

/// Moves `count` random paragraphs to other random paragraph starts.
fn moved_paragraphs(text: &str, rng: &mut Rng, count: usize) -> String {
    let paragraphs = paragraph_spans(text);
    let mut edits = Vec::new();
    for _ in 0..count {
        let from = paragraphs[rng.below(paragraphs.len() - 1)];
        let to = paragraphs[rng.below(paragraphs.len() - 1)];
        if to == from {
            continue;
        }
        edits.push((from.start()..from.end() + 2, String::new()));
        edits.push((to.start()..to.start(), format!("{}\n\n", from.slice(text))));
    }
    apply(text, edits)
}

/// One character changed in every paragraph.
fn every_paragraph(text: &str, rng: &mut Rng) -> String {
    let edits = paragraph_spans(text)
        .iter()
        .filter(|span| span.len() > 10)
        .map(|span| {
            let at = char_boundary_at_or_after(text, span.start() + 1 + rng.below(span.len() - 6));
            let end = char_boundary_at_or_after(text, at + 1);
            (at..end, "x".to_owned())
        })
        .collect();
    apply(text, edits)
}

fn measure(name: &str, old_text: &str, new_text: &str, anchors: &[&Anchor]) {
    let mut best = f64::INFINITY;
    let mut placements = Vec::new();
    for _ in 0..3 {
        let start = Instant::now();
        placements = black_box(reanchor(black_box(old_text), black_box(new_text), anchors));
        best = best.min(start.elapsed().as_secs_f64() * 1000.0);
    }
    let exact = placements
        .iter()
        .filter(|p| matches!(p, Placement::Exact(_)))
        .count();
    let moved = placements
        .iter()
        .filter(|p| matches!(p, Placement::Moved(_)))
        .count();
    let orphan = placements.len() - exact - moved;
    eprintln!(
        "reanchor {name:<24} {:>6} anchors  {:>8} bytes  {best:>8.1} ms  (exact {exact}, moved {moved}, orphan {orphan})",
        anchors.len(),
        old_text.len(),
    );
}

fn main() {
    let text = article_text(1_000_000);
    let article = Article::new("Bench".to_owned(), text.clone(), detect_language(&text));
    let mut rng = Rng(0x5EED);
    let mut anchors: Vec<Anchor> = extract_claims(&article)
        .into_iter()
        .map(|claim| claim.anchor)
        .collect();
    let bounds: Vec<usize> = text.char_indices().map(|(at, _)| at).collect();
    while anchors.len() < 12_000 {
        let first = rng.below(bounds.len() - 200);
        let last = first + 1 + rng.below(150);
        if let Some(span) = TextSpan::new(&text, bounds[first]..bounds[last]) {
            anchors.push(Anchor::new(&text, span));
        }
    }
    let refs: Vec<&Anchor> = anchors.iter().collect();
    measure("unchanged", &text, &text, &refs);
    let middle = char_boundary_at_or_after(&text, text.len() / 2);
    let one_typo = apply(&text, vec![(middle..middle, "x".to_owned())]);
    measure("one typo fixed", &text, &one_typo, &refs);
    measure(
        "200 scattered edits",
        &text,
        &scattered(&text, &mut rng, 200),
        &refs,
    );
    measure(
        "20 paragraphs moved",
        &text,
        &moved_paragraphs(&text, &mut rng, 20),
        &refs,
    );
    measure(
        "every paragraph edited",
        &text,
        &every_paragraph(&text, &mut rng),
        &refs,
    );
}
