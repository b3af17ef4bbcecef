//! The window (feature "gui").

use std::path::PathBuf;

/// What the command line passes to the window.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Library folder.
    pub library_dir: PathBuf,
    /// Render, save a PNG here and exit.
    pub screenshot: Option<PathBuf>,
    /// Article to open first.
    pub open: Option<String>,
}

/// Opens the window; returns the exit status.
#[must_use]
pub fn run(_options: RunOptions) -> i32 {
    0
}
