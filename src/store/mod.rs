//! Sessions, edits, undo, and the RON save files of the library folder.
//!
//! **Invariant:** a save file is only ever replaced by an atomic rename of a fully written
//! and synced temporary file in the same folder; a file that failed to load is never written.

pub mod command;
pub mod format;
pub mod history;
pub mod io;
pub mod library;
pub mod merge;
pub mod session;

use std::path::PathBuf;

pub use command::{Command, CommandError};
pub use io::{FileStamp, LoadedFile};
pub use library::{Library, LibraryEntry};
pub use session::Session;

/// Why a save file could not be read or written. Every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The operating system refused a read or write.
    #[error("{action} {}: {source}", path.display())]
    Io {
        /// What was being done ("could not write", …).
        action: &'static str,
        /// The OS error.
        source: std::io::Error,
        /// The file or folder.
        path: PathBuf,
    },
    /// The file is not valid RON for a save file.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Syntax {
        /// The parser's message.
        message: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The file.
        path: PathBuf,
    },
    /// A record parsed but does not fit the model.
    #[error("{}:{line}: {source}", path.display())]
    Record {
        /// What is wrong.
        source: format::RecordError,
        /// 1-based line where the record starts.
        line: usize,
        /// The file.
        path: PathBuf,
    },
    /// The file must not be written (newer format, unknown fields, damaged records).
    #[error("{} is open read-only: {reason}", path.display())]
    ReadOnly {
        /// Why.
        reason: String,
        /// The file.
        path: PathBuf,
    },
    /// Another program changed, replaced or removed the file since it was read; writing
    /// now would overwrite their work.
    #[error("{} was changed outside claimreader since it was read; not overwritten", path.display())]
    ChangedOnDisk {
        /// The file.
        path: PathBuf,
    },
    /// The file was written by a newer claimreader.
    #[error("{} has format version {version}; this claimreader reads versions {} to {}", path.display(), format::OLDEST_VERSION, format::FORMAT_VERSION)]
    UnsupportedVersion {
        /// The version in the file.
        version: u32,
        /// The file.
        path: PathBuf,
    },
    /// The file is larger than any real save could be.
    #[error("{} is too large to be a save file ({size} bytes)", path.display())]
    TooLarge {
        /// Its size.
        size: u64,
        /// The file.
        path: PathBuf,
    },
}
