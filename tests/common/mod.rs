//! Shared helpers for the integration tests: inline span markup and small fixtures.
#![allow(dead_code)]

/// Decodes inline span markup: every `[[…]]` marks one expected span.
///
/// Returns the plain text (markers removed) and the byte ranges of the marked parts,
/// in order. For example `"[[The sky is green.]] It rained."` gives
/// `("The sky is green. It rained.", [0..17])`.
pub fn decode_spans(marked: &str) -> (String, Vec<std::ops::Range<usize>>) {
    let mut text = String::with_capacity(marked.len());
    let mut spans = Vec::new();
    let mut open = None;
    let mut rest = marked;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("[[") {
            assert!(open.is_none(), "nested [[ in {marked:?}");
            open = Some(text.len());
            rest = after;
        } else if let Some(after) = rest.strip_prefix("]]") {
            let start = open.take().expect("]] without [[");
            spans.push(start..text.len());
            rest = after;
        } else {
            let ch = rest.chars().next().expect("non-empty");
            text.push(ch);
            rest = &rest[ch.len_utf8()..];
        }
    }
    assert!(open.is_none(), "unclosed [[ in {marked:?}");
    (text, spans)
}

/// Encodes `text` with `[[…]]` around each span: the inverse of [`decode_spans`], used to
/// print readable failure messages.
pub fn encode_spans(text: &str, spans: &[std::ops::Range<usize>]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for span in spans {
        out.push_str(&text[at..span.start]);
        out.push_str("[[");
        out.push_str(&text[span.clone()]);
        out.push_str("]]");
        at = span.end;
    }
    out.push_str(&text[at..]);
    out
}

#[test]
fn markup_round_trips() {
    let (text, spans) = decode_spans("[[The sky is green.]] It rained.");
    assert_eq!(text, "The sky is green. It rained.");
    assert_eq!(spans, vec![0..17]);
    assert_eq!(
        encode_spans(&text, &spans),
        "[[The sky is green.]] It rained."
    );
}

use claimreader::model::claim::derive_claim_id;
use claimreader::model::{
    Anchor, Article, Claim, ClaimKind, ClaimOrigin, EntityKind, EntityMention, Highlight,
    HighlightColor, HighlightId, Language, NumberMention, TextSpan,
};
use claimreader::store::Session;

/// A small article written for the tests, with `[[…]]` around the sentences that become
/// claims.
pub const MARKED_ARTICLE: &str = "[[The regulator summoned the chip maker on Monday.]] \
Nobody knows why.\n\n[[Sales of the X20 chip fell 15% in the second quarter.]] \
[[Analysts expect a rebound next year, according to Acme Research.]]\n\n\
Is this the end of the story?";

/// Builds an article and session from [`MARKED_ARTICLE`], one claim per marked span.
pub fn sample_session() -> Session {
    let (text, spans) = decode_spans(MARKED_ARTICLE);
    let mut article = Article::new("Test article".to_owned(), text, Language::English);
    article.author = Some("Test Author".to_owned());
    article.published = chrono::NaiveDate::from_ymd_opt(2025, 9, 4);
    let claims = spans
        .into_iter()
        .map(|range| make_claim(&article.text, range))
        .collect();
    Session::new(article, claims, Vec::new())
}

/// An extracted-looking claim over `range` of `text`.
pub fn make_claim(text: &str, range: std::ops::Range<usize>) -> Claim {
    let span = TextSpan::new(text, range).expect("valid span");
    let anchor = Anchor::new(text, span);
    let mut claim = Claim::new(
        derive_claim_id(span.start(), &anchor.quote),
        anchor,
        ClaimOrigin::Extracted,
    );
    claim.kind = ClaimKind::Event;
    claim.score = 0.75;
    claim.numbers.push(NumberMention {
        text: "15%".to_owned(),
        low: Some(15.0),
        high: Some(15.0),
        unit: Some("%".to_owned()),
        approximate: false,
    });
    claim.entities.push(EntityMention {
        text: "X20".to_owned(),
        kind: EntityKind::Product,
    });
    claim.reasons = vec!["test".to_owned()];
    claim
}

/// A highlight over the first occurrence of `needle` in the session's article.
pub fn make_highlight(session: &Session, needle: &str, color: HighlightColor) -> Highlight {
    let text = &session.article.text;
    let start = text.find(needle).expect("needle in text");
    let span = TextSpan::new(text, start..start + needle.len()).expect("valid span");
    Highlight {
        id: HighlightId(format!("h{start}")),
        anchor: Anchor::new(text, span),
        color,
        note: String::new(),
        tags: Vec::new(),
    }
}
