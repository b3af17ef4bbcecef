//! Turning files and pasted text into [`Article`]s.
//!
//! Owns the whole way from bytes to an [`Article`]: refusing files that are too large, empty,
//! binary or not UTF-8 (each with an [`ImportError`] naming the file); choosing a format
//! ([`html`] for `.html`/`.htm` or for text that opens with `<!doctype html` or `<html`,
//! [`markdown`] for `.md`/`.markdown` or for text that opens with front matter, [`plain`] for
//! everything else); and normalising the text exactly once, here.
//!
//! **Invariant:** `Article::text` is the body paragraphs joined by exactly `"\n\n"`; every
//! paragraph is a single line with single spaces, no leading or trailing whitespace, no tabs,
//! no NBSP and no control characters. Typographic quotes and dashes are kept as written.
//! Title, byline, category and date lines are never part of the text.
//!
//! Messy input (captions, share prompts, a missing title) is an [`ImportWarning`], not an error.

pub mod date;
pub mod html;
pub mod markdown;
pub mod plain;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::extract::detect_language;
use crate::model::Article;

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// A successfully imported article plus anything odd noticed on the way.
#[derive(Clone, Debug)]
pub struct Imported {
    /// The article, text normalised.
    pub article: Article,
    /// Non-fatal problems, e.g. lines dropped as boilerplate.
    pub warnings: Vec<ImportWarning>,
}

/// A non-fatal remark about an import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportWarning {
    /// One human sentence.
    pub message: String,
}

/// Why a file or text could not be imported. Every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file could not be read.
    #[error("could not read {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The file is larger than [`MAX_FILE_BYTES`].
    #[error("{} is too large ({size} bytes; the limit is {MAX_FILE_BYTES} bytes)", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
    },
    /// The file has no text.
    #[error("{} is empty", path.display())]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// The file looks binary (it contains NUL bytes or mostly control characters).
    #[error("{} is a binary file, not text", path.display())]
    Binary {
        /// The file.
        path: PathBuf,
    },
    /// The file is not valid UTF-8.
    #[error("{} is not UTF-8 text (invalid byte at offset {offset})", path.display())]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The HTML page nests its elements so deeply that parsing it would take minutes
    /// (see `html::MAX_NESTING_WORK`).
    #[error("{} nests its HTML elements too deeply to import ({depth} levels)", path.display())]
    TooDeeplyNested {
        /// The file.
        path: PathBuf,
        /// The deepest nesting found.
        depth: usize,
    },
    /// The text has a title but no body paragraphs.
    #[error("{} has no article body", path.display())]
    NoBody {
        /// The file.
        path: PathBuf,
    },
}

/// What a format parser found, before normalisation into an [`Article`].
#[derive(Clone, Debug, Default)]
pub(crate) struct Parsed {
    /// The headline, when the input has one.
    pub title: Option<String>,
    /// Body paragraphs; may still contain runs of whitespace or newlines.
    pub paragraphs: Vec<String>,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// Byline without "door"/"by".
    pub author: Option<String>,
    /// Category or section.
    pub category: Option<String>,
    /// Lines dropped and other remarks.
    pub warnings: Vec<ImportWarning>,
}

impl ImportWarning {
    /// A warning with the given message.
    #[must_use]
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }
}

/// Reads and imports the file at `path` (format chosen by extension and content).
///
/// The size is checked from the file's metadata before anything is read.
pub fn import_file(path: &Path) -> Result<Imported, ImportError> {
    let io_error = |source| ImportError::Io {
        path: path.to_owned(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            path: path.to_owned(),
            size,
        });
    }
    let bytes = std::fs::read(path).map_err(io_error)?;
    import_bytes(&bytes, path)
}

/// Imports raw bytes (a file's content); `name` is used for format detection and messages.
pub fn import_bytes(bytes: &[u8], name: &Path) -> Result<Imported, ImportError> {
    let (bytes, bom_len) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, 3),
        None => (bytes, 0),
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty {
            path: name.to_owned(),
        });
    }
    if looks_binary(bytes) {
        return Err(ImportError::Binary {
            path: name.to_owned(),
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|error| ImportError::NotUtf8 {
        path: name.to_owned(),
        offset: error.valid_up_to() + bom_len,
    })?;
    import_text(text, name)
}

/// Imports already-read text; `name` is used for format detection and messages.
pub fn import_text(text: &str, name: &Path) -> Result<Imported, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty {
            path: name.to_owned(),
        });
    }
    if looks_binary(text.as_bytes()) {
        return Err(ImportError::Binary {
            path: name.to_owned(),
        });
    }
    let normalized = normalize_lines(text);
    let parsed = match Format::choose(name, &normalized) {
        Format::Html => {
            let (work, depth) = html::nesting_work(&normalized);
            if work > html::MAX_NESTING_WORK {
                return Err(ImportError::TooDeeplyNested {
                    path: name.to_owned(),
                    depth,
                });
            }
            html::parse(&normalized)
        }
        Format::Markdown => markdown::parse(&normalized),
        Format::Plain => plain::parse(&normalized),
    };
    build(parsed, name)
}

/// The input formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Plain,
    Markdown,
    Html,
}

impl Format {
    /// By extension first; a `.txt` or extension-less file that opens like an HTML document
    /// is HTML, and one that opens with front matter is Markdown.
    fn choose(name: &Path, text: &str) -> Self {
        let extension = name
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("md" | "markdown" | "mdown" | "mkd") => Self::Markdown,
            Some("html" | "htm" | "xhtml" | "shtml") => Self::Html,
            _ if html::looks_like_html(text) => Self::Html,
            _ if markdown::has_front_matter(text) => Self::Markdown,
            _ => Self::Plain,
        }
    }
}

/// Turns parser output into the article, normalising every paragraph the same way.
fn build(parsed: Parsed, name: &Path) -> Result<Imported, ImportError> {
    let Parsed {
        title,
        paragraphs,
        published,
        author,
        category,
        mut warnings,
    } = parsed;
    let paragraphs: Vec<String> = paragraphs
        .iter()
        .map(|p| collapse_whitespace(p))
        .filter(|p| !p.is_empty())
        .collect();
    let Some(first) = paragraphs.first() else {
        return Err(ImportError::NoBody {
            path: name.to_owned(),
        });
    };
    let title = title
        .map(|t| collapse_whitespace(&t))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| {
            let title = title_from(first);
            warnings.push(ImportWarning::new(format!(
                "no title line; used the opening words instead: {title:?}"
            )));
            title
        });
    let text = paragraphs.join("\n\n");
    let language = detect_language(&text);
    let mut article = Article::new(title, text, language);
    article.published = published;
    article.author = author
        .map(|a| collapse_whitespace(&a))
        .filter(|a| !a.is_empty());
    article.category = category
        .map(|c| collapse_whitespace(&c))
        .filter(|c| !c.is_empty());
    article.source_file = name
        .file_name()
        .map(|file| file.to_string_lossy().into_owned());
    Ok(Imported { article, warnings })
}

/// The first sentence of `paragraph`, at most [`TITLE_WORDS`] words, as a stand-in title.
fn title_from(paragraph: &str) -> String {
    const TITLE_WORDS: usize = 16;
    let sentence_end = paragraph
        .char_indices()
        .find(|&(at, c)| {
            matches!(c, '.' | '!' | '?')
                && paragraph
                    .get(at + c.len_utf8()..)
                    .is_none_or(|rest| rest.is_empty() || rest.starts_with(' '))
        })
        .map_or(paragraph.len(), |(at, _)| at);
    let sentence = paragraph.get(..sentence_end).unwrap_or(paragraph);
    // A paragraph that opens with its end mark ("." or "?!") has no first sentence; its
    // opening words are still better than an empty title.
    let sentence = if sentence.trim().is_empty() {
        paragraph
    } else {
        sentence
    };
    let words: Vec<&str> = sentence.split_whitespace().collect();
    if words.len() <= TITLE_WORDS {
        words.join(" ")
    } else {
        let mut title = words
            .iter()
            .take(TITLE_WORDS)
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        title.push('…');
        title
    }
}

/// True for content with NUL bytes, or where more than a tenth of the first 8 KiB are control
/// characters other than tab, newline, carriage return and form feed.
fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.contains(&0) {
        return true;
    }
    let head = bytes.get(..8192).unwrap_or(bytes);
    let controls = head
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f)
        .count();
    controls * 10 > head.len()
}

/// Line-level normalisation shared by all formats: CRLF and CR become LF; NBSP, tabs and other
/// Unicode spaces become plain spaces; zero-width characters and stray control characters are
/// removed; trailing spaces are cut. Leading indentation is kept (Markdown needs it).
pub(crate) fn normalize_lines(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    for line in text.split('\n') {
        let cleaned: String = line
            .chars()
            .filter_map(|c| match c {
                '\t'
                | '\u{a0}'
                | '\u{2000}'..='\u{200a}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}' => Some(' '),
                '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => None,
                c if c.is_control() => None,
                c => Some(c),
            })
            .collect();
        out.push_str(cleaned.trim_end());
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out
}

/// Joins all whitespace runs (including newlines) into single spaces and trims.
fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `line` is short trailing or stray boilerplate: comment prompts, "read also" links,
/// share prompts, advertisement markers. Patterns are lowercase and matched case-insensitively.
pub(crate) fn is_boilerplate(line: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "plaats reactie",
        "plaats een reactie",
        "reageer",
        "reacties",
        "lees ook",
        "lees meer",
        "lees verder",
        "meer over",
        "gerelateerd",
        "gerelateerde artikelen",
        "deel dit",
        "deel via",
        "deel op",
        "delen:",
        "volg ons",
        "abonneer",
        "advertentie",
        "read more",
        "read also",
        "also read",
        "related",
        "share this",
        "share on",
        "share:",
        "follow us",
        "subscribe",
        "sign up",
        "leave a comment",
        "post a comment",
        "comments",
        "advertisement",
        "tags:",
    ];
    let lower = line.trim().to_lowercase();
    let words = lower.split_whitespace().count();
    words <= 12
        && !lower.ends_with(['.', '?', '!'])
        && PREFIXES.iter().any(|prefix| {
            lower.strip_prefix(prefix).is_some_and(|rest| {
                rest.is_empty() || !rest.starts_with(|c: char| c.is_alphanumeric())
            })
        })
}

#[cfg(test)]
mod tests {
    use super::{collapse_whitespace, is_boilerplate, normalize_lines, title_from};

    #[test]
    fn normalisation() {
        assert_eq!(normalize_lines("a\u{a0}b\t \r\nc\rd  \n\n"), "a b\nc\nd");
        assert_eq!(collapse_whitespace(" a \n b  c "), "a b c");
    }

    #[test]
    fn boilerplate_lines() {
        assert!(is_boilerplate(&format!("{} reactie", "Plaats")));
        assert!(is_boilerplate("Lees ook: iets anders"));
        assert!(is_boilerplate("SHARE THIS ARTICLE"));
        assert!(!is_boilerplate("Related companies fell sharply on Monday."));
        assert!(!is_boilerplate("Relatedness"));
    }

    #[test]
    fn stand_in_title() {
        assert_eq!(title_from("One two. Three."), "One two");
        assert_eq!(
            title_from("Price 4.5 dollar rose."),
            "Price 4.5 dollar rose"
        );
        assert_eq!(title_from(". Then words."), ". Then words.");
    }
}
