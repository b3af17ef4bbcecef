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
    assert_eq!(encode_spans(&text, &spans), "[[The sky is green.]] It rained.");
}
