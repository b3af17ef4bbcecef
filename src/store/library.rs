//! The library folder: one save file per article.

use std::path::{Path, PathBuf};

use crate::model::{Article, ArticleId};

use super::StoreError;
use super::io;
use super::session::Session;

/// Name of the file that records that the samples were added to a library folder.
pub const SEEDED_MARKER: &str = ".claimreader-seeded";

/// One save file of the library, loaded or not.
#[derive(Debug)]
pub struct LibraryEntry {
    /// The save file.
    pub path: PathBuf,
    /// Its content, or why it could not be read.
    pub state: EntryState,
}

/// What became of one save file.
#[derive(Debug)]
pub enum EntryState {
    /// Read successfully.
    Loaded(Box<Session>),
    /// Could not be read; it is listed, reported and never written.
    Unreadable(StoreError),
}

impl LibraryEntry {
    /// The session, when the file was read.
    #[must_use]
    pub fn session(&self) -> Option<&Session> {
        match &self.state {
            EntryState::Loaded(session) => Some(session),
            EntryState::Unreadable(_) => None,
        }
    }

    /// The session, mutably, when the file was read.
    pub fn session_mut(&mut self) -> Option<&mut Session> {
        match &mut self.state {
            EntryState::Loaded(session) => Some(session),
            EntryState::Unreadable(_) => None,
        }
    }
}

/// Result of adding an article to the library.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddOutcome {
    /// Saved as a new entry at this index.
    Added(usize),
    /// The same text is already in the library, at this index; nothing was written.
    Duplicate(usize),
}

/// The folder of save files and what was read from it.
#[derive(Debug)]
pub struct Library {
    dir: PathBuf,
    entries: Vec<LibraryEntry>,
}

impl Library {
    /// Opens (creating if needed) the library folder and reads every `*.ron` file in it,
    /// in file-name order. A file that cannot be read becomes an [`EntryState::Unreadable`]
    /// entry; only a folder that cannot be created or listed is an error.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
            action: "could not create the library folder",
            source,
            path: dir.to_owned(),
        })?;
        let listing = std::fs::read_dir(dir).map_err(|source| StoreError::Io {
            action: "could not list the library folder",
            source,
            path: dir.to_owned(),
        })?;
        let mut paths: Vec<PathBuf> = listing
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| is_save_file(path))
            .collect();
        paths.sort();
        let entries = paths
            .into_iter()
            .map(|path| {
                let state = match io::load(&path) {
                    Ok(session) => EntryState::Loaded(Box::new(session)),
                    Err(error) => EntryState::Unreadable(error),
                };
                LibraryEntry { path, state }
            })
            .collect();
        Ok(Self {
            dir: dir.to_owned(),
            entries,
        })
    }

    /// Like [`Library::open`], but a library folder that has never held a save gets the
    /// sessions from `seed` first (the bundled samples). A marker file remembers the
    /// seeding, so samples the user deleted do not come back.
    pub fn open_or_seed(
        dir: &Path,
        seed: impl FnOnce() -> Vec<Session>,
    ) -> Result<Self, StoreError> {
        let mut library = Self::open(dir)?;
        let marker = dir.join(SEEDED_MARKER);
        if library.entries.is_empty() && !marker.exists() {
            let mut added = 0;
            for session in seed() {
                library.add(session)?;
                added += 1;
            }
            if added > 0 {
                io::write_atomic(
                    &marker,
                    b"The sample articles were added to this library once.\n",
                )?;
            }
        }
        Ok(library)
    }

    /// `saves/` in the working directory when it exists, else the platform's data folder
    /// (e.g. `~/.local/share/claimreader`), else `saves/`.
    #[must_use]
    pub fn default_dir() -> PathBuf {
        let local = PathBuf::from("saves");
        if local.is_dir() {
            return local;
        }
        directories::ProjectDirs::from("", "", "claimreader")
            .map_or(local, |dirs| dirs.data_dir().to_owned())
    }

    /// The library folder.
    #[must_use]
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Every save file, loaded or not.
    #[must_use]
    pub fn entries(&self) -> &[LibraryEntry] {
        &self.entries
    }

    /// One entry, mutably.
    pub fn entry_mut(&mut self, index: usize) -> Option<&mut LibraryEntry> {
        self.entries.get_mut(index)
    }

    /// Index of the loaded entry holding this article.
    #[must_use]
    pub fn find(&self, article_id: &ArticleId) -> Option<usize> {
        self.entries
            .iter()
            .position(|e| e.session().is_some_and(|s| &s.article.id == article_id))
    }

    /// Adds a session as a new save file, unless its article is already in the library.
    pub fn add(&mut self, session: Session) -> Result<AddOutcome, StoreError> {
        if let Some(index) = self.find(&session.article.id) {
            return Ok(AddOutcome::Duplicate(index));
        }
        let path = self.dir.join(file_name_for(&session.article));
        io::save(&session, &path)?;
        self.entries.push(LibraryEntry {
            path,
            state: EntryState::Loaded(Box::new(session)),
        });
        Ok(AddOutcome::Added(self.entries.len() - 1))
    }

    /// Writes the session of entry `index` to its file. Unreadable entries are never written.
    pub fn save(&self, index: usize) -> Result<(), StoreError> {
        match self.entries.get(index) {
            Some(LibraryEntry {
                path,
                state: EntryState::Loaded(session),
            }) => io::save(session, path),
            _ => Ok(()),
        }
    }

    /// Number of entries that loaded.
    #[must_use]
    pub fn loaded_count(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| e.session().is_some())
            .count()
    }
}

/// True for `*.ron` files that are not hidden (temporary files start with a dot).
fn is_save_file(path: &Path) -> bool {
    path.extension().is_some_and(|ext| ext == "ron")
        && path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| !n.starts_with('.'))
        && path.is_file()
}

/// The save file name of an article: a slug of its title plus its id, e.g.
/// `nvidia-pauses-h20-production-1a2b3c4d5e6f7a8b.ron`. Only ASCII letters, digits and
/// dashes, so a hostile title cannot name a path outside the library.
#[must_use]
pub fn file_name_for(article: &Article) -> String {
    let mut slug = String::new();
    for ch in article.title.chars().flat_map(char::to_lowercase) {
        let ch = match ch {
            'à'..='å' => 'a',
            'è'..='ë' => 'e',
            'ì'..='ï' => 'i',
            'ò'..='ö' => 'o',
            'ù'..='ü' => 'u',
            other => other,
        };
        if ch.is_ascii_alphanumeric() {
            slug.push(ch);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 48 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    // The id comes from a hash for imported articles, but a loaded save file may carry any
    // string; keep it to the same safe characters, and never leave the name empty.
    let id: String = article
        .id
        .0
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(64)
        .collect();
    match (slug.is_empty(), id.is_empty()) {
        (true, true) => "article.ron".to_owned(),
        (true, false) => format!("{id}.ron"),
        (false, true) => format!("{slug}.ron"),
        (false, false) => format!("{slug}-{id}.ron"),
    }
}

/// Problems in a loaded session that the loader tolerates but `claimreader check` reports:
/// a content hash that does not match the text, and duplicate ids.
#[must_use]
pub fn validate(session: &Session) -> Vec<String> {
    let mut problems = Vec::new();
    let article = &session.article;
    if crate::model::article::content_hash(&article.title, &article.text) != article.content_hash {
        problems.push("the content hash does not match the article text".to_owned());
    }
    let mut claim_ids: Vec<&str> = session.claims().iter().map(|c| c.id.0.as_str()).collect();
    claim_ids.sort_unstable();
    for pair in claim_ids.windows(2) {
        if pair[0] == pair[1] {
            problems.push(format!("claim id {} is used twice", pair[0]));
        }
    }
    let mut highlight_ids: Vec<&str> = session
        .highlights()
        .iter()
        .map(|h| h.id.0.as_str())
        .collect();
    highlight_ids.sort_unstable();
    for pair in highlight_ids.windows(2) {
        if pair[0] == pair[1] {
            problems.push(format!("highlight id {} is used twice", pair[0]));
        }
    }
    problems
}
