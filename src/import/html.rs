//! Saved web pages: the article body of an HTML document, with title, author and date taken
//! from the page's metadata.
//!
//! The page is parsed with html5ever (through `scraper`), the HTML5 parser of the Servo
//! project, into a tree. Nothing in the page is run, loaded or fetched: scripts, styles,
//! frames and images are elements like any other, and their content is dropped.
//!
//! - **Title:** `og:title`, else `<title>`, else the first `<h1>`. A trailing (or leading)
//!   site name is cut: the page's `og:site_name` wherever it stands after `" | "`, `" - "`,
//!   `" – "`, `" — "` or `" · "`, and otherwise a last part of at most four capitalised words
//!   ("Nvidia pauses H20 | Tech Weekly").
//! - **Date:** `article:published_time` and similar meta tags, else the first
//!   `<time datetime>` outside navigation, asides and footers.
//! - **Author:** `<meta name="author">` and similar, else a byline element (`rel="author"`,
//!   `itemprop="author"`, or a class naming a byline or author).
//! - **Category:** `article:section`.
//! - **Body:** the `<article>` with the most text, else `<main>`, else the element with the
//!   densest run of `<p>` children (an `<article>` or `<main>` holding less than half the text
//!   of that densest block is passed over: it is a teaser, not the article). Inside it,
//!   every paragraph, heading, list item, quote and table row becomes one paragraph of the
//!   article; `<br><br>` splits a paragraph. Dropped: scripts, styles, `<noscript>`,
//!   navigation, headers and footers, asides, forms, figures and captions, frames, media,
//!   comments, hidden elements and blocks whose class names sharing, related links,
//!   newsletters, comments or advertisements. Preformatted blocks are dropped with a warning,
//!   as code blocks are in Markdown.
//! - Leading byline and date paragraphs are read as metadata, a first paragraph repeating the
//!   title is dropped, and trailing share or comment prompts are dropped, as in
//!   [`super::plain`].
//!
//! Entities are decoded by the parser; control and zero-width characters they produce are
//! removed here, since the page's text never passed through `normalize_lines` as
//! text.
//!
//! Every walk over the tree is iterative, so a page nested a hundred thousand elements deep
//! cannot overflow the stack. Such a page would still keep the parser busy for minutes (its
//! scope checks are quadratic in the nesting), so `nesting_work` estimates that cost first
//! and the importer refuses a page over `MAX_NESTING_WORK`. Known limitation: JSON-LD metadata
//! (`<script type="application/ld+json">`) is not read.

use std::collections::HashMap;

use chrono::NaiveDate;
use ego_tree::NodeId;
use ego_tree::iter::Edge;
use scraper::node::Element;
use scraper::{Html, Node};

use super::date::parse_date;
use super::plain::{Meta, apply_meta, classify};
use super::{ImportWarning, Parsed, is_boilerplate, normalize_lines};

/// Whether `text` is an HTML document: after leading whitespace, comments (such as a saved
/// page's `<!-- saved from url=… -->`) and an XML declaration, it opens with `<!doctype html`
/// or `<html`.
pub(crate) fn looks_like_html(text: &str) -> bool {
    let mut rest = text;
    // A handful of leading comments is plenty; the bound keeps a hostile file cheap.
    for _ in 0..8 {
        rest = rest.trim_start();
        if let Some(comment) = rest.strip_prefix("<!--") {
            match comment.find("-->") {
                Some(end) => rest = comment.get(end + 3..).unwrap_or_default(),
                None => return false,
            }
        } else if let Some(declaration) = rest.strip_prefix("<?") {
            match declaration.find("?>") {
                Some(end) => rest = declaration.get(end + 2..).unwrap_or_default(),
                None => return false,
            }
        } else {
            break;
        }
    }
    let head: Vec<u8> = rest
        .bytes()
        .take(15)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    let opens_with = |tag: &[u8]| {
        head.strip_prefix(tag).is_some_and(|after| {
            after
                .first()
                .is_none_or(|&b| b == b'>' || b.is_ascii_whitespace())
        })
    };
    opens_with(b"<!doctype html") || opens_with(b"<html")
}

/// How much work the tree builder may do for the nesting of one page, in elements passed
/// over (see `nesting_work`). A real page costs well under a million; the budget keeps a
/// page of a million nested `<div>`s from taking minutes.
pub(crate) const MAX_NESTING_WORK: u64 = 50_000_000;

/// Estimates the work html5ever's tree builder spends on nesting: for every start and end
/// tag, the number of elements open at that point (its scope checks scan that stack, so a
/// page nested `n` deep costs `n²`). Returns that sum and the deepest nesting seen.
///
/// A quick linear scan of the text, not a parse: elements that are void or whose end tag
/// the parser may imply (`p`, `li`, `td`, …) do not count, comments are skipped, and the
/// content of `script`, `style`, `textarea`, `title` and `xmp` is skipped as raw text.
/// Self-closing syntax (`<path/>`) counts as closed only inside `svg` and `math`, as in the
/// parser.
pub(crate) fn nesting_work(text: &str) -> (u64, usize) {
    const UNCOUNTED: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "param", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option",
        "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp",
        "html", "head", "body",
    ];
    const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp"];
    let bytes = text.as_bytes();
    let mut work = 0_u64;
    let mut depth = 0_usize;
    let mut deepest = 0_usize;
    // Number of open `svg` and `math` elements.
    let mut foreign = 0_usize;
    let mut at = 0;
    while let Some(offset) = bytes
        .get(at..)
        .and_then(|rest| rest.iter().position(|&b| b == b'<'))
    {
        at += offset + 1;
        if bytes.get(at..).is_some_and(|rest| rest.starts_with(b"!--")) {
            at = find(bytes, at, b"-->").map_or(bytes.len(), |end| end + 3);
            continue;
        }
        let closing = bytes.get(at) == Some(&b'/');
        let name_start = at + usize::from(closing);
        let name_len = bytes
            .get(name_start..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if name_len == 0 || !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name = text
            .get(name_start..name_start + name_len)
            .unwrap_or_default()
            .to_ascii_lowercase();
        let tag_end = find(bytes, name_start, b">").unwrap_or(bytes.len());
        at = tag_end;
        work += depth as u64;
        if UNCOUNTED.contains(&name.as_str()) {
            continue;
        }
        let is_foreign = matches!(name.as_str(), "svg" | "math");
        if closing {
            depth = depth.saturating_sub(1);
            foreign = foreign.saturating_sub(usize::from(is_foreign));
        } else if (foreign > 0 || is_foreign)
            && tag_end > 0
            && bytes.get(tag_end - 1) == Some(&b'/')
        {
            // Self-closing syntax closes only inside SVG and MathML; `<div/>` stays open.
        } else if RAW_TEXT.contains(&name.as_str()) {
            let close = format!("</{name}");
            at = find_ignore_case(bytes, tag_end, close.as_bytes()).unwrap_or(bytes.len());
        } else {
            depth += 1;
            deepest = deepest.max(depth);
            foreign += usize::from(is_foreign);
        }
    }
    (work, deepest)
}

/// Offset of the first `needle` in `bytes` at or after `from`.
fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|window| window == needle)
        .map(|offset| from + offset)
}

/// Like [`find`], ignoring ASCII case.
fn find_ignore_case(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle))
        .map(|offset| from + offset)
}

/// Parses an HTML document.
pub(crate) fn parse(text: &str) -> Parsed {
    let document = Html::parse_document(text);
    let mut parsed = Parsed::default();
    let survey = Survey::of(&document);

    let site_name = survey.meta(&["og:site_name", "application-name"]);
    parsed.title = survey
        .meta(&["og:title", "twitter:title"])
        .or(survey.title.as_deref())
        .map(|title| strip_site_name(&clean(title), site_name.map(clean).as_deref()))
        .or_else(|| survey.first_h1.clone())
        .filter(|title| !title.is_empty());
    parsed.published = survey
        .meta(&[
            "article:published_time",
            "og:published_time",
            "datepublished",
            "date",
            "pubdate",
            "publishdate",
            "publish-date",
            "dc.date.issued",
            "dc.date",
            "dcterms.created",
            "dcterms.date",
            "sailthru.date",
            "parsely-pub-date",
        ])
        .and_then(parse_timestamp)
        .or_else(|| survey.time.as_deref().and_then(parse_timestamp));
    parsed.author = survey
        .meta(&[
            "author",
            "article:author",
            "dc.creator",
            "byl",
            "parsely-author",
            "sailthru.author",
        ])
        .and_then(|author| author_name(&clean(author)))
        .or_else(|| survey.byline.clone());
    parsed.category = survey
        .meta(&["article:section"])
        .map(clean)
        .filter(|c| !c.is_empty());

    let mut blocks = Vec::new();
    if let Some(root) = survey.body_root(&mut parsed.warnings) {
        blocks = body_blocks(&document, root, &mut parsed.warnings);
    }
    if blocks.is_empty() {
        // The chosen element held nothing readable; take the whole page rather than nothing.
        blocks = body_blocks(&document, document.tree.root().id(), &mut parsed.warnings);
    }

    let mut paragraphs = Vec::new();
    let mut in_header = true;
    for block in blocks {
        if in_header {
            if parsed.title.as_deref() == Some(block.as_str()) {
                continue;
            }
            if let Some(metas) = classify(&block) {
                for meta in metas {
                    paragraphs.extend(apply_meta(&mut parsed, meta));
                }
                continue;
            }
        }
        in_header = false;
        paragraphs.push(block);
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

/// What one pass over the whole document finds: metadata and the candidates for the body.
#[derive(Default)]
struct Survey {
    /// `(key, content)` of every `<meta>` with a `property`, `name` or `itemprop`, keys
    /// lowercased, in document order.
    metas: Vec<(String, String)>,
    /// Text of the first `<title>`.
    title: Option<String>,
    /// Visible text of the first `<h1>`.
    first_h1: Option<String>,
    /// `datetime` of the first `<time>` outside navigation, asides and footers.
    time: Option<String>,
    /// Author name from the first byline element that holds one.
    byline: Option<String>,
    /// `<article>` elements with the length of their visible text.
    articles: Vec<(NodeId, usize)>,
    /// `<main>` (or `role="main"`) elements with the length of their visible text.
    mains: Vec<(NodeId, usize)>,
    /// The element with the most text in its direct `<p>` children, and that length.
    densest: Option<(NodeId, usize)>,
    /// The `<body>` element.
    body: Option<NodeId>,
}

/// One open element during the survey.
struct Open {
    id: NodeId,
    /// Visible text length inside it so far (text in page furniture not counted).
    text_len: usize,
    /// Text length of its direct `<p>` children so far.
    paragraph_len: usize,
    kind: OpenKind,
    /// It is page furniture ([`is_furniture`]) and its text does not count.
    furniture: bool,
    /// It is navigation, an aside or a footer.
    chrome: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum OpenKind {
    Article,
    Main,
    Paragraph,
    H1,
    Byline,
    Other,
}

impl Survey {
    /// Walks the document once, keeping a stack of open elements so that text lengths add up
    /// to every ancestor in linear time.
    fn of(document: &Html) -> Self {
        let mut survey = Self::default();
        let mut stack: Vec<Open> = Vec::new();
        // Depth inside invisible elements (scripts, styles, the head): skipped entirely.
        let mut invisible = 0_usize;
        // Number of open furniture elements (navigation, headers, …): their text does not
        // count towards the body, but a heading or byline in a header is still seen.
        let mut furniture = 0_usize;
        // Number of open navigation, aside and footer elements.
        let mut chrome = 0_usize;
        // The open `<title>` collects its text here.
        let mut title: Option<String> = None;
        // The open first `<h1>` or byline collects its visible text here.
        let mut capture: Option<(OpenKind, String)> = None;
        let mut densest: HashMap<NodeId, usize> = HashMap::new();
        for edge in document.tree.root().traverse() {
            match edge {
                Edge::Open(node) => match node.value() {
                    Node::Element(element) => {
                        let name = element.name();
                        if name == "meta" {
                            survey.read_meta(element);
                        }
                        if name == "title" && survey.title.is_none() && title.is_none() {
                            title = Some(String::new());
                        }
                        if invisible > 0 || is_invisible(element) {
                            invisible += 1;
                            continue;
                        }
                        let open = Open {
                            id: node.id(),
                            text_len: 0,
                            paragraph_len: 0,
                            kind: survey.kind_of(element, chrome),
                            furniture: is_furniture(element),
                            chrome: matches!(name, "nav" | "aside" | "footer"),
                        };
                        furniture += usize::from(open.furniture);
                        chrome += usize::from(open.chrome);
                        if name == "body" {
                            survey.body.get_or_insert(node.id());
                        }
                        if name == "time"
                            && chrome == 0
                            && survey.time.is_none()
                            && let Some(datetime) = element.attr("datetime")
                        {
                            survey.time = Some(datetime.to_owned());
                        }
                        if matches!(open.kind, OpenKind::H1 | OpenKind::Byline) && capture.is_none()
                        {
                            capture = Some((open.kind, String::new()));
                        }
                        stack.push(open);
                    }
                    Node::Text(text) => {
                        if let Some(captured) = &mut title {
                            captured.push_str(text);
                        } else if invisible == 0 {
                            if let Some((_, captured)) = &mut capture {
                                captured.push_str(text);
                            }
                            if furniture == 0
                                && let Some(open) = stack.last_mut()
                            {
                                open.text_len += text.trim().len();
                            }
                        }
                    }
                    _ => {}
                },
                Edge::Close(node) => {
                    let Node::Element(element) = node.value() else {
                        continue;
                    };
                    if element.name() == "title"
                        && let Some(captured) = title.take()
                    {
                        survey.title = Some(captured);
                    }
                    if invisible > 0 {
                        invisible -= 1;
                        continue;
                    }
                    let Some(open) = stack.pop() else {
                        continue;
                    };
                    furniture -= usize::from(open.furniture);
                    chrome -= usize::from(open.chrome);
                    survey.close(&open, &mut capture);
                    if open.paragraph_len > 0 {
                        densest.insert(open.id, open.paragraph_len);
                    }
                    if let Some(parent) = stack.last_mut() {
                        parent.text_len += open.text_len;
                        if open.kind == OpenKind::Paragraph {
                            parent.paragraph_len += open.text_len;
                        }
                    }
                }
            }
        }
        // Ties go to the element that comes first in the document.
        survey.densest = densest
            .into_iter()
            .max_by_key(|&(id, len)| (len, std::cmp::Reverse(id)));
        survey
    }

    /// What the survey needs to know of an element it opens.
    fn kind_of(&self, element: &Element, chrome: usize) -> OpenKind {
        match element.name() {
            "article" => OpenKind::Article,
            "main" => OpenKind::Main,
            "p" => OpenKind::Paragraph,
            "h1" if self.first_h1.is_none() => OpenKind::H1,
            _ if element.attr("role") == Some("main") => OpenKind::Main,
            _ if chrome == 0 && self.byline.is_none() && is_byline(element) => OpenKind::Byline,
            _ => OpenKind::Other,
        }
    }

    /// Records a closed element: its text length if it is a body candidate, its captured
    /// text if it was the first `<h1>` or a byline.
    fn close(&mut self, open: &Open, capture: &mut Option<(OpenKind, String)>) {
        match open.kind {
            OpenKind::Article => self.articles.push((open.id, open.text_len)),
            OpenKind::Main => self.mains.push((open.id, open.text_len)),
            OpenKind::H1 | OpenKind::Byline => {
                if let Some((kind, captured)) = capture.take_if(|(kind, _)| *kind == open.kind) {
                    let text = clean(&captured);
                    if kind == OpenKind::H1 {
                        self.first_h1 = Some(text).filter(|t| !t.is_empty());
                    } else {
                        self.byline = author_name(&text);
                    }
                }
            }
            _ => {}
        }
    }

    fn read_meta(&mut self, element: &Element) {
        let key = element
            .attr("property")
            .or_else(|| element.attr("name"))
            .or_else(|| element.attr("itemprop"));
        if let (Some(key), Some(content)) = (key, element.attr("content")) {
            self.metas
                .push((key.trim().to_ascii_lowercase(), content.to_owned()));
        }
    }

    /// The first non-empty content among the meta tags named `keys`, in the order of `keys`.
    fn meta(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|key| {
            self.metas
                .iter()
                .find(|(k, content)| k == key && !content.trim().is_empty())
                .map(|(_, content)| content.as_str())
        })
    }

    /// The element whose content is the article body.
    fn body_root(&self, warnings: &mut Vec<ImportWarning>) -> Option<NodeId> {
        let densest = self.densest.map_or(0, |(_, len)| len);
        let largest = |candidates: &[(NodeId, usize)]| {
            candidates
                .iter()
                .filter(|&&(_, len)| len > 0 && len * 2 >= densest)
                .max_by_key(|&&(id, len)| (len, std::cmp::Reverse(id)))
                .map(|&(id, _)| id)
        };
        if let Some(article) = largest(&self.articles) {
            return Some(article);
        }
        if let Some(main) = largest(&self.mains) {
            return Some(main);
        }
        if let Some((id, _)) = self.densest {
            warnings.push(ImportWarning::new(
                "no <article> or <main> element; used the densest block of paragraphs",
            ));
            return Some(id);
        }
        self.body
    }
}

/// The body under `root` as paragraphs of clean text.
fn body_blocks(document: &Html, root: NodeId, warnings: &mut Vec<ImportWarning>) -> Vec<String> {
    let Some(root) = document.tree.get(root) else {
        return Vec::new();
    };
    let mut blocks = Vec::new();
    let mut current = String::new();
    let mut hidden = 0_usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(element) => {
                    let name = element.name();
                    if hidden > 0 || is_dropped(element) {
                        hidden += 1;
                        continue;
                    }
                    if name == "pre" {
                        flush(&mut current, &mut blocks);
                        warnings.push(ImportWarning::new("dropped a preformatted block"));
                        hidden += 1;
                    } else if name == "br" {
                        current.push('\n');
                    } else if is_block(name) {
                        flush(&mut current, &mut blocks);
                    }
                }
                // Source line breaks are spaces; only `<br>` breaks a line.
                Node::Text(text) if hidden == 0 => {
                    current.extend(text.chars().map(|c| if c == '\n' { ' ' } else { c }));
                }
                _ => {}
            },
            Edge::Close(node) => {
                let Node::Element(element) = node.value() else {
                    continue;
                };
                if hidden > 0 {
                    hidden -= 1;
                } else if is_block(element.name()) {
                    flush(&mut current, &mut blocks);
                } else if matches!(element.name(), "td" | "th") {
                    current.push(' ');
                }
            }
        }
    }
    flush(&mut current, &mut blocks);
    blocks
}

/// Ends the current block: a blank line (two `<br>`s) splits it into paragraphs, a single
/// line break is a space.
fn flush(current: &mut String, blocks: &mut Vec<String>) {
    let mut paragraph = String::new();
    for line in current.split('\n') {
        if line.trim().is_empty() {
            push_clean(&mut paragraph, blocks);
        } else {
            paragraph.push_str(line);
            paragraph.push(' ');
        }
    }
    push_clean(&mut paragraph, blocks);
    current.clear();
}

fn push_clean(paragraph: &mut String, blocks: &mut Vec<String>) {
    let text = clean(paragraph);
    if !text.is_empty() {
        blocks.push(text);
    }
    paragraph.clear();
}

/// Elements whose whole content is left out of the article.
fn is_dropped(element: &Element) -> bool {
    is_invisible(element) || is_furniture(element)
}

/// Elements whose content is never shown as text: scripts, styles, the head, embedded
/// objects and media, form fields, and anything marked hidden.
fn is_invisible(element: &Element) -> bool {
    const INVISIBLE: &[&str] = &[
        "script", "style", "noscript", "template", "head", "title", "link", "meta", "base",
        "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "canvas",
        "video", "audio", "select", "textarea",
    ];
    INVISIBLE.contains(&element.name())
        || element.attr("hidden").is_some()
        || element.attr("aria-hidden") == Some("true")
        || element.attr("style").is_some_and(|style| {
            let style: String = style
                .chars()
                .filter(|c| !c.is_whitespace())
                .flat_map(char::to_lowercase)
                .collect();
            style.contains("display:none") || style.contains("visibility:hidden")
        })
}

/// Page furniture around the article: navigation, headers and footers, asides, forms,
/// figures and their captions, images, and blocks of sharing buttons, related links or ads.
fn is_furniture(element: &Element) -> bool {
    const FURNITURE: &[&str] = &[
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "figure",
        "figcaption",
        "picture",
        "img",
        "map",
        "button",
        "input",
        "label",
        "dialog",
        "menu",
    ];
    const ROLES: &[&str] = &[
        "navigation",
        "banner",
        "contentinfo",
        "complementary",
        "search",
        "dialog",
        "alert",
    ];
    FURNITURE.contains(&element.name())
        || element
            .attr("role")
            .is_some_and(|role| ROLES.contains(&role.trim()))
        || element.attr("class").is_some_and(is_boilerplate_class)
}

/// Class names of sharing bars, related links, newsletter boxes, comment sections and ads.
/// Matched as whole words of the class (split at `-`, `_` and spaces), so `header-ad` matches
/// and `headline` does not.
fn is_boilerplate_class(class: &str) -> bool {
    const WORDS: &[&str] = &[
        "share",
        "sharing",
        "social",
        "related",
        "newsletter",
        "comments",
        "advertisement",
        "ad",
        "ads",
        "advert",
        "promo",
        "cookie",
        "breadcrumb",
        "breadcrumbs",
        "subscribe",
        "paywall",
    ];
    class
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|word| WORDS.iter().any(|w| w.eq_ignore_ascii_case(word)))
}

/// An element that holds the author's name.
fn is_byline(element: &Element) -> bool {
    element.attr("rel") == Some("author")
        || element
            .attr("itemprop")
            .is_some_and(|prop| prop.eq_ignore_ascii_case("author"))
        || element.attr("class").is_some_and(|class| {
            class
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|word| {
                    word.eq_ignore_ascii_case("byline") || word.eq_ignore_ascii_case("author")
                })
        })
}

/// Elements that start and end a paragraph of the article.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "body"
            | "html"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "table"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "caption"
            | "address"
            | "details"
            | "summary"
            | "hr"
            | "center"
            | "fieldset"
            | "legend"
            | "hgroup"
    )
}

/// Text as the article stores it: no control or zero-width characters (a page may hold them
/// as entities), single spaces, trimmed.
fn clean(text: &str) -> String {
    normalize_lines(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A person's name from a meta tag or byline: "By Jane Doe" gives "Jane Doe"; links and
/// long texts give nothing.
fn author_name(text: &str) -> Option<String> {
    if text.is_empty() || text.contains("://") || text.starts_with("www.") {
        return None;
    }
    if let Some(metas) = classify(text) {
        return metas.into_iter().find_map(|meta| match meta {
            Meta::Author(name) => Some(name),
            _ => None,
        });
    }
    let words = text.split_whitespace().count();
    (words <= 8 && !text.ends_with(['.', '!', '?', ':', ';'])).then(|| text.to_owned())
}

/// A date from an ISO 8601 timestamp (`2025-09-04T10:00:00+02:00`) or a written date.
fn parse_timestamp(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    text.get(..10)
        .and_then(|day| NaiveDate::parse_from_str(day, "%Y-%m-%d").ok())
        .or_else(|| parse_date(text))
}

/// Cuts a site name from a page title: `site_name` after or before a separator, else a last
/// part of at most four capitalised words after a separator.
fn strip_site_name(title: &str, site_name: Option<&str>) -> String {
    const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " · ", " :: ", " » "];
    if let Some(site) = site_name.filter(|s| !s.is_empty()) {
        for separator in SEPARATORS {
            if let Some((head, tail)) = title.rsplit_once(separator)
                && tail.eq_ignore_ascii_case(site)
                && !head.trim().is_empty()
            {
                return head.trim().to_owned();
            }
            if let Some((head, tail)) = title.split_once(separator)
                && head.eq_ignore_ascii_case(site)
                && !tail.trim().is_empty()
            {
                return tail.trim().to_owned();
            }
        }
    }
    let last_cut = SEPARATORS
        .iter()
        .filter_map(|separator| title.rfind(separator).map(|at| (at, at + separator.len())))
        .max_by_key(|&(at, _)| at);
    if let Some((at, after)) = last_cut
        && let (Some(head), Some(tail)) = (title.get(..at), title.get(after..))
    {
        let tail_words: Vec<&str> = tail.split_whitespace().collect();
        let site_like = !tail_words.is_empty()
            && tail_words.len() <= 4
            && tail.chars().count() <= 40
            && tail_words
                .iter()
                .all(|word| !word.starts_with(char::is_lowercase));
        if site_like && head.split_whitespace().count() >= 2 {
            return head.trim().to_owned();
        }
    }
    title.to_owned()
}

#[cfg(test)]
mod tests {
    use super::{looks_like_html, strip_site_name};

    #[test]
    fn sniffing() {
        assert!(looks_like_html("  <!DOCTYPE html>\n<html>"));
        assert!(looks_like_html("<html lang=\"en\">"));
        assert!(looks_like_html(
            "<!-- saved from url=(0014)about:internet -->\n<!doctype html>"
        ));
        assert!(!looks_like_html("<htmlish>"));
        assert!(!looks_like_html("A title\n\n<html> is a tag."));
        assert!(!looks_like_html("<!-- never closed"));
    }

    #[test]
    fn nesting_estimate() {
        use super::nesting_work;
        assert_eq!(nesting_work("<div><p>a<p>b</div><br><img src=x>").1, 1);
        assert_eq!(nesting_work("<div><div/><!-- <div><div> --></div>").1, 2);
        assert_eq!(nesting_work("<svg><path/><path /></svg>").1, 1);
        assert_eq!(nesting_work("<script>'<div><div>'</SCRIPT><b>x</b>").1, 1);
        assert_eq!(nesting_work(&"<div>".repeat(1000)), (499_500, 1000));
    }

    #[test]
    fn site_names() {
        let strip = |title, site| strip_site_name(title, site);
        assert_eq!(strip("Chips banned | Tech Weekly", None), "Chips banned");
        assert_eq!(
            strip("Chips banned - what now", None),
            "Chips banned - what now"
        );
        assert_eq!(
            strip("Tech Weekly: Chips - banned", Some("Tech Weekly")),
            "Tech Weekly: Chips - banned"
        );
        assert_eq!(
            strip("Tech Weekly | Chips banned", Some("tech weekly")),
            "Chips banned"
        );
        assert_eq!(strip("Home | Site", None), "Home | Site");
    }
}
