//! The plain-text article layout: a title line, optional metadata lines, then paragraphs.
//!
//! ```text
//! Title of the article
//!
//! Nieuws                                  <- category (a short line right before a byline/date)
//! door Maartje                            <- byline: "door …", "by …", "Author: …"
//! donderdag, 04 september 2025 om 19:00   <- date line, Dutch or English (see [`super::date`])
//! image caption in lowercase              <- stray caption: dropped with a warning
//! First paragraph, possibly wrapped
//! over several lines.
//!
//! A subhead without end punctuation       <- kept as its own paragraph
//!
//! Last paragraph.
//! share prompt / comment prompt           <- trailing boilerplate: dropped with a warning
//! ```
//!
//! A line such as `date 2025-09-18 First words of the body…` gives the date and starts the
//! body with the rest of the line. When the first line is metadata there is no title; the
//! caller then takes the opening words of the body.
//!
//! Lines of one paragraph (separated by single newlines) are joined with a space. A short first
//! line without end punctuation in a multi-line block is a subhead and becomes its own
//! paragraph. Known limitation: a paragraph wrapped after a very short first line is taken for
//! a subhead.

use chrono::NaiveDate;

use super::date::{parse_date, parse_date_prefix};
use super::{ImportWarning, Parsed, is_boilerplate};

/// What one metadata line says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Meta {
    /// A date, possibly followed by the first words of the body.
    Date(NaiveDate, String),
    /// A byline, without "door"/"by".
    Author(String),
    /// A labelled category ("Category: Tech").
    Category(String),
}

/// Parses normalised plain text (see `normalize_lines`).
pub(crate) fn parse(text: &str) -> Parsed {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let mut parsed = Parsed::default();
    let mut i = first_nonblank(&lines, 0);

    // The title: the first line, unless it is metadata or reads like a body paragraph.
    if let Some(&first) = lines.get(i)
        && classify(first).is_none()
        && is_title_like(first)
    {
        parsed.title = Some(first.to_owned());
        i += 1;
    }

    // Metadata lines (in any order), a bare category line, stray captions.
    let mut body_start_text = None;
    let mut seen_meta = parsed.title.is_some();
    while let Some(&line) = lines.get(i) {
        if line.is_empty() {
            i += 1;
            continue;
        }
        match classify(line) {
            Some(metas) => {
                i += 1;
                for meta in metas {
                    if let Some(rest) = apply_meta(&mut parsed, meta) {
                        body_start_text = Some(rest);
                    }
                }
                if body_start_text.is_some() {
                    break;
                }
            }
            None if parsed.category.is_none()
                && is_bare_category(line)
                && next_is_meta(&lines, i) =>
            {
                parsed.category = Some(line.to_owned());
                i += 1;
            }
            None if seen_meta && (is_caption(line) || is_credit(line)) => {
                parsed.warnings.push(ImportWarning::new(format!(
                    "dropped a caption-like line: {line:?}"
                )));
                i += 1;
            }
            None => break,
        }
        seen_meta = true;
    }

    let mut body: Vec<&str> = lines.get(i..).unwrap_or_default().to_vec();
    if let Some(rest) = body_start_text.as_deref() {
        body.insert(0, rest);
    }
    drop_trailing_boilerplate(&mut body, &mut parsed.warnings);
    parsed.paragraphs = paragraphs(&body, &mut parsed.warnings);
    parsed
}

/// Records `meta` in `parsed` (the first value of each kind wins). Returns the body text that
/// followed a date on the same line, if any.
pub(crate) fn apply_meta(parsed: &mut Parsed, meta: Meta) -> Option<String> {
    match meta {
        Meta::Date(date, rest) => {
            parsed.published.get_or_insert(date);
            return (!rest.is_empty()).then_some(rest);
        }
        Meta::Author(name) => {
            parsed.author.get_or_insert(name);
        }
        Meta::Category(name) => {
            parsed.category.get_or_insert(name);
        }
    }
    None
}

fn first_nonblank(lines: &[&str], from: usize) -> usize {
    lines
        .iter()
        .skip(from)
        .position(|line| !line.is_empty())
        .map_or(lines.len(), |offset| from + offset)
}

fn next_is_meta(lines: &[&str], i: usize) -> bool {
    let next = first_nonblank(lines, i + 1);
    lines.get(next).is_some_and(|line| classify(line).is_some())
}

fn word_count(line: &str) -> usize {
    line.split_whitespace().count()
}

/// Ends like a sentence (full stop, question or exclamation mark, closing quote, colon).
fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '!', '?', ':', ';', '…', '"', '”', '’', '»', ')'])
}

fn is_title_like(line: &str) -> bool {
    let words = word_count(line);
    words <= 30 && !(line.ends_with('.') && words > 15)
}

/// A one-to-three-word section name such as "Nieuws" or "Tech & Policy".
fn is_bare_category(line: &str) -> bool {
    word_count(line) <= 3
        && line.chars().count() <= 30
        && line.starts_with(char::is_uppercase)
        && !line.chars().any(|c| c.is_ascii_digit())
        && !ends_sentence(line)
}

/// A stray image caption: short, starting in lowercase, no end punctuation.
fn is_caption(line: &str) -> bool {
    word_count(line) <= 15 && line.starts_with(char::is_lowercase) && !ends_sentence(line)
}

/// A photo credit line ("Foto: ANP", "Image: Reuters").
fn is_credit(line: &str) -> bool {
    const CREDITS: &[&str] = &[
        "foto:",
        "foto ",
        "beeld:",
        "photo:",
        "image:",
        "credit:",
        "afbeelding:",
    ];
    let lower = line.to_lowercase();
    word_count(line) <= 12 && CREDITS.iter().any(|prefix| lower.starts_with(prefix))
}

/// Recognises metadata lines, including combined ones such as "By Jane Doe | 4 Sep 2025"
/// (every part must be metadata).
pub(crate) fn classify(line: &str) -> Option<Vec<Meta>> {
    let mut parts = Vec::new();
    let mut rest = line;
    while let Some((left, right)) = split_meta_separator(rest) {
        parts.push(classify_one(left)?);
        rest = right;
    }
    parts.push(classify_one(rest)?);
    Some(parts)
}

/// Recognises one date, byline or labelled category.
fn classify_one(line: &str) -> Option<Meta> {
    const DATE_LABELS: &[&str] = &[
        "date",
        "datum",
        "published on",
        "published",
        "posted on",
        "posted",
        "updated",
        "last updated",
        "gepubliceerd op",
        "gepubliceerd",
        "geplaatst op",
        "geplaatst",
        "bijgewerkt",
    ];
    const AUTHOR_LABELS: &[&str] = &[
        "door",
        "by",
        "author",
        "auteur",
        "written by",
        "geschreven door",
    ];
    const CATEGORY_LABELS: &[&str] = &["category", "categorie", "section", "rubriek"];

    if let Some(date) = parse_date(line) {
        return Some(Meta::Date(date, String::new()));
    }
    let lower = line.to_lowercase();
    for label in DATE_LABELS {
        if let Some(rest) = strip_label(line, &lower, label)
            && let Some((date, used)) = parse_date_prefix(rest)
        {
            let rest = rest.get(used..).unwrap_or_default().trim();
            let rest = rest
                .strip_prefix(['|', '·', '-', '—', '–'])
                .unwrap_or(rest)
                .trim();
            return Some(Meta::Date(date, rest.to_owned()));
        }
    }
    for label in AUTHOR_LABELS {
        if let Some(name) = strip_label(line, &lower, label)
            && is_name_like(name)
        {
            return Some(Meta::Author(name.to_owned()));
        }
    }
    for label in CATEGORY_LABELS {
        if let Some(name) = strip_label(line, &lower, label)
            && lower
                .get(label.len()..)
                .is_some_and(|r| r.trim_start().starts_with(':'))
            && word_count(name) <= 4
        {
            return Some(Meta::Category(name.to_owned()));
        }
    }
    None
}

/// Splits "By Jane Doe | 4 Sep 2025" at its separator.
fn split_meta_separator(line: &str) -> Option<(&str, &str)> {
    [" | ", " · ", " — ", " – "]
        .iter()
        .find_map(|sep| line.split_once(sep))
        .map(|(left, right)| (left.trim(), right.trim()))
}

/// `line` without `label` and an optional colon, when it starts with that label as a word.
fn strip_label<'a>(line: &'a str, lower: &str, label: &str) -> Option<&'a str> {
    if !lower.starts_with(label) {
        return None;
    }
    let rest = line.get(label.len()..)?;
    if !rest.starts_with([' ', ':']) {
        return None;
    }
    let rest = rest.trim_start();
    let rest = rest.strip_prefix(':').unwrap_or(rest).trim();
    (!rest.is_empty()).then_some(rest)
}

/// A person's name or a short list of names: at most eight words, starting with a capital, no
/// sentence punctuation.
fn is_name_like(text: &str) -> bool {
    word_count(text) <= 8
        && text.starts_with(char::is_uppercase)
        && !text.ends_with(['.', '!', '?', ':', ';'])
}

/// Drops the tail of the body from the first boilerplate line on, when everything after it is
/// boilerplate too or short link-like lines ("Lees ook" followed by headlines).
fn drop_trailing_boilerplate(body: &mut Vec<&str>, warnings: &mut Vec<ImportWarning>) {
    let tail_ok = |line: &&str| {
        line.is_empty() || is_boilerplate(line) || (word_count(line) <= 12 && !ends_sentence(line))
    };
    let mut cut = None;
    for (at, line) in body.iter().enumerate().rev() {
        if !tail_ok(line) {
            break;
        }
        if is_boilerplate(line) {
            cut = Some(at);
        }
    }
    if let Some(cut) = cut {
        for line in body.drain(cut..).filter(|line| !line.is_empty()) {
            warnings.push(ImportWarning::new(format!(
                "dropped trailing boilerplate: {line:?}"
            )));
        }
    }
}

/// Groups body lines into paragraphs: blank lines separate them, single newlines join lines with
/// a space, a short unpunctuated first line of a block is a subhead of its own, and stray
/// boilerplate or credit lines are dropped.
fn paragraphs(body: &[&str], warnings: &mut Vec<ImportWarning>) -> Vec<String> {
    let mut paragraphs = Vec::new();
    for block in body.split(|line| line.is_empty()) {
        let mut current = String::new();
        let lines: Vec<&str> = block
            .iter()
            .copied()
            .filter(|line| {
                let drop = is_boilerplate(line) || is_credit(line);
                if drop {
                    warnings.push(ImportWarning::new(format!("dropped boilerplate: {line:?}")));
                }
                !drop
            })
            .collect();
        for (at, line) in lines.iter().enumerate() {
            let is_subhead = at == 0
                && lines.len() > 1
                && word_count(line) <= 10
                && !ends_sentence(line)
                && lines.get(1).is_some_and(|next| next.len() > line.len() * 2);
            if is_subhead {
                paragraphs.push((*line).to_owned());
                continue;
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(line);
        }
        if !current.is_empty() {
            paragraphs.push(current);
        }
    }
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::{Meta, classify};
    use chrono::NaiveDate;

    #[test]
    fn metadata_lines() {
        let day = NaiveDate::from_ymd_opt(2025, 9, 4);
        let date = |d: Option<NaiveDate>| d.map(|d| Meta::Date(d, String::new()));
        let check = |line: &str, expected: Option<Vec<Meta>>| assert_eq!(classify(line), expected);
        check("door Maartje", Some(vec![Meta::Author("Maartje".into())]));
        check("By Jane Doe", Some(vec![Meta::Author("Jane Doe".into())]));
        check(
            "Published: 4 Sep 2025, 10:00 BST",
            date(day).map(|d| vec![d]),
        );
        check(
            "By Jane Doe | September 4, 2025",
            date(day).map(|d| vec![Meta::Author("Jane Doe".into()), d]),
        );
        check("by the way, this is prose.", None);
        check("Category: Tech", Some(vec![Meta::Category("Tech".into())]));
    }
}
