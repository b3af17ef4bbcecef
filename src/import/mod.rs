//! Turning files and pasted text into [`Article`]s.
//!
//! (Skeleton; the importers are being written.)

use std::path::{Path, PathBuf};

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
    /// The text has a title but no body paragraphs.
    #[error("{} has no article body", path.display())]
    NoBody {
        /// The file.
        path: PathBuf,
    },
}

/// Reads and imports the file at `path` (format chosen by extension and content).
pub fn import_file(path: &Path) -> Result<Imported, ImportError> {
    let text = std::fs::read_to_string(path).map_err(|source| ImportError::Io {
        path: path.to_owned(),
        source,
    })?;
    import_text(&text, path)
}

/// Imports already-read text; `name` is used for format detection and messages.
pub fn import_text(_text: &str, name: &Path) -> Result<Imported, ImportError> {
    Err(ImportError::Empty {
        path: name.to_owned(),
    })
}
