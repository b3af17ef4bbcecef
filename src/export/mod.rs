//! Turning an article and its claims into text for other tools: the JSON of
//! `claimreader extract`, a Markdown report and a CSV of claims. No files, no dialogs.

use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::model::{Article, Claim, Highlight};

/// The JSON object `claimreader extract --format json` prints for one file (see DESIGN.md).
#[must_use]
pub fn extract_json(file: &str, article: &Article, claims: &[Claim]) -> Value {
    json!({
        "file": file,
        "title": article.title,
        "language": article.language.code(),
        "published": article.published.map(|d| d.format("%Y-%m-%d").to_string()),
        "author": article.author,
        "claims": claims.iter().map(claim_json).collect::<Vec<_>>(),
    })
}

/// One claim as a JSON object.
#[must_use]
pub fn claim_json(claim: &Claim) -> Value {
    json!({
        "id": claim.id.0,
        "quote": claim.anchor.quote,
        "start": claim.anchor.span.start(),
        "end": claim.anchor.span.end(),
        "text": claim.text,
        "kind": claim.kind.as_str(),
        "score": (f64::from(claim.score) * 100.0).round() / 100.0,
        "source": claim.source,
        "hedged": claim.hedged,
        "hedges": claim.hedges,
        "numbers": claim.numbers.iter().map(|n| json!({
            "text": n.text,
            "low": n.low,
            "high": n.high,
            "unit": n.unit,
            "approximate": n.approximate,
        })).collect::<Vec<_>>(),
        "entities": claim.entities.iter().map(|e| json!({
            "text": e.text,
            "kind": e.kind.as_str(),
        })).collect::<Vec<_>>(),
        "dates": claim.dates.iter().map(|d| json!({
            "text": d.text,
            "date": d.date.map(|d| d.format("%Y-%m-%d").to_string()),
        })).collect::<Vec<_>>(),
        "reasons": claim.reasons,
        "status": claim.status.as_str(),
        "verdict": claim.verdict.as_str(),
    })
}

/// A readable Markdown report: metadata, then every claim with its attributes and the
/// user's review, then the highlights.
#[must_use]
pub fn markdown_report(article: &Article, claims: &[Claim], highlights: &[Highlight]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", article.title);
    if let Some(author) = &article.author {
        let _ = writeln!(out, "- Author: {author}");
    }
    if let Some(date) = article.published {
        let _ = writeln!(out, "- Published: {}", date.format("%Y-%m-%d"));
    }
    let _ = writeln!(out, "- Language: {}", article.language.code());
    let _ = writeln!(out, "- Claims: {}\n", claims.len());
    let _ = writeln!(out, "## Claims\n");
    for (number, claim) in claims.iter().enumerate() {
        let _ = writeln!(out, "{}. {}", number + 1, claim.text);
        let mut facts = vec![
            format!("kind: {}", claim.kind.as_str()),
            format!("status: {}", claim.status.as_str()),
            format!("verdict: {}", claim.verdict.as_str()),
        ];
        if let Some(source) = &claim.source {
            facts.push(format!("source: {source}"));
        }
        if claim.hedged {
            facts.push(format!("hedged ({})", claim.hedges.join(", ")));
        }
        if !claim.numbers.is_empty() {
            facts.push(format!("numbers: {}", claim.numbers_text(", ")));
        }
        if !claim.entities.is_empty() {
            facts.push(format!("entities: {}", claim.entities_text(", ")));
        }
        if !claim.tags.is_empty() {
            facts.push(format!("tags: {}", claim.tags.join(", ")));
        }
        if claim.anchor.orphaned {
            facts.push("orphaned: its passage is no longer in the text".to_owned());
        }
        let _ = writeln!(out, "   - {}", facts.join(" · "));
        if !claim.note.is_empty() {
            let _ = writeln!(out, "   - note: {}", claim.note.replace('\n', " "));
        }
    }
    if !highlights.is_empty() {
        let _ = writeln!(out, "\n## Highlights\n");
        for highlight in highlights {
            let _ = write!(
                out,
                "- ({}) “{}”",
                highlight.color.as_str(),
                highlight.anchor.quote
            );
            if !highlight.note.is_empty() {
                let _ = write!(out, " — {}", highlight.note.replace('\n', " "));
            }
            out.push('\n');
        }
    }
    out
}

/// A byte offset for a table, empty for an orphan (whose old offsets mean nothing now).
fn placed_offset(claim: &Claim, offset: usize) -> String {
    if claim.anchor.orphaned {
        String::new()
    } else {
        offset.to_string()
    }
}

/// A CSV of claims with a header row; one row per claim. Orphaned claims have empty
/// offsets.
#[must_use]
pub fn claims_csv(article: &Article, claims: &[Claim]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record([
        "article", "claim_id", "start", "end", "quote", "text", "kind", "score", "source",
        "hedged", "hedges", "numbers", "entities", "status", "verdict", "note", "tags",
    ]);
    for claim in claims {
        let _ = writer.write_record([
            article.title.as_str(),
            &claim.id.0,
            &placed_offset(claim, claim.anchor.span.start()),
            &placed_offset(claim, claim.anchor.span.end()),
            &claim.anchor.quote,
            &claim.text,
            claim.kind.as_str(),
            &format!("{:.2}", claim.score),
            claim.source.as_deref().unwrap_or(""),
            if claim.hedged { "true" } else { "false" },
            &claim.hedges.join("; "),
            &claim.numbers_text("; "),
            &claim.entities_text("; "),
            claim.status.as_str(),
            claim.verdict.as_str(),
            &claim.note,
            &claim.tags.join("; "),
        ]);
    }
    writer
        .into_inner()
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}
