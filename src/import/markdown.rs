//! Markdown articles: optional YAML-style front matter, an optional `# heading` title, and a
//! body reduced to plain paragraphs with pulldown-cmark.
//!
//! Front matter is the block between a first line `---` and the next `---` (or `...`) line, read
//! as simple `key: value` pairs: `title`, `date`, `author`/`authors`, `category`/`section`, and
//! `tags` (the first tag becomes the category when there is none). Lists may be written inline
//! (`[a, b]`) or as `- item` lines. Anything else in it is ignored; this is not a YAML parser.
//!
//! In the body, emphasis, links (their text is kept), inline code and line breaks become plain
//! text; every paragraph, heading, list item and block-quote paragraph becomes one paragraph of
//! the article, and so does every table row. Images, raw HTML and code blocks are dropped (code
//! blocks with a warning).
//! Leading byline and date paragraphs ("By Jane Doe", "*4 Sep 2025*") are read as metadata, and
//! trailing share or comment prompts are dropped, as in [`super::plain`].

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::date::parse_date;
use super::plain::{apply_meta, classify};
use super::{ImportWarning, Parsed, is_boilerplate};

/// Whether `text` opens with a `---` front-matter block that has at least one `key: value`.
pub(crate) fn has_front_matter(text: &str) -> bool {
    split_front_matter(text)
        .is_some_and(|(front, _)| front.lines().any(|line| key_value(line).is_some()))
}

/// Parses normalised Markdown.
pub(crate) fn parse(text: &str) -> Parsed {
    let mut parsed = Parsed::default();
    let body = match split_front_matter(text) {
        Some((front, body)) => {
            read_front_matter(front, &mut parsed);
            body
        }
        None => text,
    };

    let blocks = blocks(body, &mut parsed.warnings);
    let mut blocks = blocks.into_iter().peekable();

    // A first-level heading before any paragraph is the title (or repeats it).
    if let Some(Block { text, h1: true }) = blocks.peek() {
        let heading = text.trim().to_owned();
        let title = parsed.title.get_or_insert_with(|| heading.clone());
        if title.trim() == heading {
            blocks.next();
        }
    }

    // Byline and date paragraphs right under the title.
    let mut paragraphs = Vec::new();
    let mut in_header = true;
    for block in blocks {
        if in_header && let Some(metas) = classify(&block.text) {
            for meta in metas {
                paragraphs.extend(apply_meta(&mut parsed, meta));
            }
            continue;
        }
        in_header = false;
        paragraphs.push(block.text);
    }

    while paragraphs.last().is_some_and(|p| is_boilerplate(p)) {
        if let Some(dropped) = paragraphs.pop() {
            parsed.warnings.push(ImportWarning::new(format!(
                "dropped trailing boilerplate: {dropped:?}"
            )));
        }
    }
    parsed.paragraphs = paragraphs;
    parsed
}

/// One block of the body as plain text.
struct Block {
    text: String,
    /// It was a first-level heading.
    h1: bool,
}

/// Splits `text` into front matter and body when it opens with a `---` line.
fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix("---\n")?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            let front = rest.get(..offset)?;
            let body = rest.get(offset + line.len()..)?;
            return Some((front, body));
        }
        offset += line.len();
    }
    None
}

/// `key: value` with a lowercase key of letters, digits, `_` or `-`.
fn key_value(line: &str) -> Option<(String, &str)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim();
    let valid = !key.is_empty()
        && !line.starts_with(' ')
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-');
    valid.then(|| (key.to_lowercase(), value.trim()))
}

/// Removes matching surrounding quotes.
fn unquote(value: &str) -> &str {
    let value = value.trim();
    for (open, close) in [('"', '"'), ('\'', '\'')] {
        if let Some(inner) = value.strip_prefix(open).and_then(|v| v.strip_suffix(close)) {
            return inner;
        }
    }
    value
}

/// Reads the keys this importer understands; the rest is ignored.
fn read_front_matter(front: &str, parsed: &mut Parsed) {
    let mut lines = front.lines().peekable();
    while let Some(line) = lines.next() {
        let Some((key, value)) = key_value(line) else {
            continue;
        };
        // A value may be an inline list or continue as "- item" lines.
        let mut items: Vec<String> =
            if let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
                inner
                    .split(',')
                    .map(|item| unquote(item).to_owned())
                    .filter(|item| !item.is_empty())
                    .collect()
            } else if value.is_empty() {
                Vec::new()
            } else {
                vec![unquote(value).to_owned()]
            };
        while let Some(item) = lines.peek().and_then(|l| l.trim_start().strip_prefix("- ")) {
            items.push(unquote(item).to_owned());
            lines.next();
        }
        let first = items.first().cloned();
        match key.as_str() {
            "title" | "titel" => parsed.title = first,
            "date" | "datum" | "published" | "pubdate" => {
                parsed.published = first.as_deref().and_then(|d| {
                    parse_date(d).or_else(|| {
                        // "2025-07-31T10:00:00Z" and similar timestamps.
                        d.get(..10).and_then(parse_date)
                    })
                });
            }
            "author" | "authors" | "auteur" | "by" => parsed.author = Some(items.join(", ")),
            "category" | "categories" | "section" | "categorie" | "rubriek" => {
                parsed.category = first;
            }
            "tags" | "keywords" if parsed.category.is_none() => parsed.category = first,
            _ => {}
        }
    }
    parsed.author = parsed.author.take().filter(|a| !a.is_empty());
}

/// The body as plain-text blocks.
fn blocks(body: &str, warnings: &mut Vec<ImportWarning>) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current = String::new();
    let mut current_h1 = false;
    // Depth of constructs whose text is dropped (images, code blocks).
    let mut skipping = 0_usize;
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(body, options) {
        match event {
            Event::Start(Tag::Image { .. }) => skipping += 1,
            Event::End(TagEnd::Image | TagEnd::CodeBlock) => {
                skipping = skipping.saturating_sub(1);
            }
            Event::Start(Tag::CodeBlock(_)) => {
                flush(&mut current, &mut current_h1, &mut blocks);
                warnings.push(ImportWarning::new("dropped a code block"));
                skipping += 1;
            }
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut current, &mut current_h1, &mut blocks);
                current_h1 = level == HeadingLevel::H1;
            }
            Event::Start(
                Tag::Paragraph | Tag::Item | Tag::BlockQuote(_) | Tag::List(_) | Tag::Table(_),
            )
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::BlockQuote(_)
                | TagEnd::List(_)
                | TagEnd::TableRow
                | TagEnd::TableHead,
            )
            | Event::Rule => flush(&mut current, &mut current_h1, &mut blocks),
            Event::Text(text) | Event::Code(text) if skipping == 0 => current.push_str(&text),
            Event::SoftBreak | Event::HardBreak if skipping == 0 => current.push(' '),
            Event::End(TagEnd::TableCell) => current.push(' '),
            _ => {}
        }
    }
    flush(&mut current, &mut current_h1, &mut blocks);
    blocks
}

/// Ends the current block: pushes its text, if any, and starts afresh.
fn flush(current: &mut String, h1: &mut bool, blocks: &mut Vec<Block>) {
    let text = current.split_whitespace().collect::<Vec<_>>().join(" ");
    if !text.is_empty() {
        blocks.push(Block { text, h1: *h1 });
    }
    current.clear();
    *h1 = false;
}
