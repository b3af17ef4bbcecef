//! The library folder: one save file per article.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::model::{Article, ArticleId};

use super::StoreError;
use super::io::{self, FaultPlan, FileStamp, LoadedFile};
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
    /// Records left out when the file was read, each naming file, line and column.
    pub damaged: Vec<StoreError>,
    /// Why the entry is never written back, when it is not.
    pub read_only: Option<String>,
    /// True when it is read-only because of a newer format or unknown fields (rather than
    /// only because of damaged records, which [`Library::repair`] can set aside).
    pub format_lock: bool,
    /// The format version the file had before migration, if it was migrated.
    pub migrated_from: Option<u32>,
    /// Another program's version of the file, read when it changed while this entry had
    /// unsaved edits. Nothing is written until the user resolves it.
    pub conflict: Option<Conflict>,
    /// The file disappeared from disk while it was open (deleted or moved away).
    pub missing: bool,
    /// The file as last read or written by us.
    stamp: Option<FileStamp>,
    /// Hash of the bytes of a write that reported an error: it may still have landed.
    attempted: Option<[u8; 32]>,
    /// The session revision that matches the file on disk.
    saved_revision: u64,
    /// The document as last read from or written to disk: the common base of a merge.
    base: Option<Box<Session>>,
}

/// The other side of a conflict: what another program wrote.
#[derive(Debug)]
pub struct Conflict {
    /// Their document.
    pub theirs: Box<Session>,
    /// The stamp of their file.
    stamp: FileStamp,
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
    fn from_open(path: PathBuf, result: Result<LoadedFile, StoreError>) -> Self {
        let mut entry = Self {
            path,
            state: EntryState::Unreadable(StoreError::ChangedOnDisk {
                path: PathBuf::new(),
            }),
            damaged: Vec::new(),
            read_only: None,
            format_lock: false,
            migrated_from: None,
            conflict: None,
            missing: false,
            stamp: None,
            attempted: None,
            saved_revision: 0,
            base: None,
        };
        entry.take_loaded(result);
        entry
    }

    /// Replaces everything read from disk with a fresh read.
    fn take_loaded(&mut self, result: Result<LoadedFile, StoreError>) {
        self.conflict = None;
        self.missing = false;
        self.attempted = None;
        match result {
            Ok(loaded) => {
                self.format_lock = loaded.format_lock;
                self.damaged = loaded.damaged;
                self.read_only = loaded.read_only;
                self.migrated_from = loaded.migrated_from;
                self.stamp = loaded.stamp;
                self.saved_revision = loaded.session.revision();
                self.base = Some(Box::new(document_copy(&loaded.session)));
                self.state = EntryState::Loaded(Box::new(loaded.session));
            }
            Err(error) => {
                self.damaged.clear();
                self.read_only = None;
                self.format_lock = false;
                self.migrated_from = None;
                // Remember what the unreadable file looked like, so it is only read again
                // when someone changes it (a fix, a git pull).
                self.stamp = stamp_of_file(&self.path);
                self.base = None;
                self.state = EntryState::Unreadable(error);
            }
        }
    }

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

    /// True when the session has edits that are not in its file.
    #[must_use]
    pub fn is_dirty(&self) -> bool {
        self.session()
            .is_some_and(|s| s.revision() != self.saved_revision)
    }

    /// True when edits to this entry may be saved: it loaded, is not read-only, and has
    /// no unresolved conflict or missing file.
    #[must_use]
    pub fn is_writable(&self) -> bool {
        self.session().is_some()
            && self.read_only.is_none()
            && self.conflict.is_none()
            && !self.missing
    }
}

/// A copy of a session's document without its undo history.
fn document_copy(session: &Session) -> Session {
    Session::new(
        session.article.clone(),
        session.claims().to_vec(),
        session.highlights().to_vec(),
    )
}

/// Result of adding an article to the library.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddOutcome {
    /// Saved as a new entry at this index.
    Added(usize),
    /// The same text is already in the library, at this index; nothing was written.
    Duplicate(usize),
}

/// What [`Library::refresh`] found changed on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiskChange {
    /// The file changed and had no unsaved edits here: it was read again.
    Reloaded(usize),
    /// The file changed while it had unsaved edits: both versions are kept, see
    /// [`LibraryEntry::conflict`].
    Conflict(usize),
    /// The file was renamed or moved within the folder; the entry follows it.
    Renamed(usize),
    /// The file was deleted or moved out of the folder; the session stays in memory.
    Missing(usize),
    /// A new save file appeared (a git pull, a colleague's sync).
    Added(usize),
}

/// How the user resolves a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// Keep this window's version and write it over theirs.
    KeepMine,
    /// Drop the unsaved edits and take their version.
    TakeTheirs,
    /// Merge claims and highlights by id; both versions of a claim edited on both sides
    /// are kept side by side.
    Merge,
}

/// The folder of save files and what was read from it.
#[derive(Debug)]
pub struct Library {
    dir: PathBuf,
    entries: Vec<LibraryEntry>,
    faults: Option<Arc<dyn FaultPlan>>,
}

impl Library {
    /// Opens (creating if needed) the library folder and reads every `*.ron` file in it,
    /// in file-name order. A file that cannot be read becomes an [`EntryState::Unreadable`]
    /// entry; only a folder that cannot be created or listed is an error. Temporary files
    /// left by a crash more than ten minutes ago are removed.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
            action: "could not create the library folder",
            source,
            path: dir.to_owned(),
        })?;
        remove_stale_temp_files(dir);
        let mut paths = list_save_files(dir)?;
        paths.sort();
        let entries = paths
            .into_iter()
            .map(|path| {
                let result = io::open(&path);
                LibraryEntry::from_open(path, result)
            })
            .collect();
        Ok(Self {
            dir: dir.to_owned(),
            entries,
            faults: None,
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

    /// Makes every later write consult `faults` (fault injection for tests).
    pub fn set_fault_plan(&mut self, faults: Option<Arc<dyn FaultPlan>>) {
        self.faults = faults;
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
        if path.exists() {
            // Same name, different article (or a file we could not read): never overwrite.
            return Err(StoreError::ChangedOnDisk { path });
        }
        let bytes = io::to_ron(&session);
        io::write_atomic_with(&path, bytes.as_bytes(), self.faults.as_deref())?;
        let mut entry = LibraryEntry::from_open(
            path.clone(),
            Ok(LoadedFile {
                session,
                damaged: Vec::new(),
                read_only: None,
                format_lock: false,
                migrated_from: None,
                stamp: None,
            }),
        );
        entry.stamp = Some(FileStamp::of(bytes.as_bytes(), &path));
        self.entries.push(entry);
        Ok(AddOutcome::Added(self.entries.len() - 1))
    }

    /// Writes entry `index` to its file, first checking that nobody else changed the file
    /// since we read or wrote it. A read-only entry, an unresolved conflict or a changed
    /// file is an error and nothing is written; on a write error the edits stay unsaved
    /// in memory and the old file is untouched.
    pub fn save(&mut self, index: usize) -> Result<(), StoreError> {
        let faults = self.faults.clone();
        let Some(entry) = self.entries.get_mut(index) else {
            return Ok(());
        };
        let path = entry.path.clone();
        let EntryState::Loaded(session) = &entry.state else {
            return Ok(());
        };
        if let Some(reason) = &entry.read_only {
            return Err(StoreError::ReadOnly {
                reason: reason.clone(),
                path,
            });
        }
        if entry.conflict.is_some() || entry.missing {
            return Err(StoreError::ChangedOnDisk { path });
        }
        let bytes = io::to_ron(session);
        let revision = session.revision();
        match disk_state(&path, entry.stamp.as_ref(), entry.attempted) {
            OnDisk::AsWeLeftIt => {}
            OnDisk::Gone => {
                entry.missing = true;
                return Err(StoreError::ChangedOnDisk { path });
            }
            OnDisk::Changed => {
                reconcile_changed(entry);
                return Err(StoreError::ChangedOnDisk { path });
            }
        }
        match io::write_atomic_with(&path, bytes.as_bytes(), faults.as_deref()) {
            Ok(()) => {
                entry.stamp = Some(FileStamp::of(bytes.as_bytes(), &path));
                entry.attempted = None;
                entry.saved_revision = revision;
                entry.base = entry.session().map(|s| Box::new(document_copy(s)));
                Ok(())
            }
            Err(error) => {
                entry.attempted = Some(io::hash_bytes(bytes.as_bytes()));
                Err(error)
            }
        }
    }

    /// Saves every entry with unsaved edits that may be written; returns the failures
    /// (the edits stay in memory, marked unsaved, to be retried by the next call).
    pub fn save_dirty(&mut self) -> Vec<(usize, StoreError)> {
        let dirty: Vec<usize> = (0..self.entries.len())
            .filter(|&i| self.entries[i].is_dirty() && self.entries[i].read_only.is_none())
            .collect();
        dirty
            .into_iter()
            .filter_map(|index| self.save(index).err().map(|error| (index, error)))
            .collect()
    }

    /// True when some entry has edits that are not on disk.
    #[must_use]
    pub fn has_unsaved_changes(&self) -> bool {
        self.entries.iter().any(LibraryEntry::is_dirty)
    }

    /// Looks at the folder again: files changed, replaced, renamed or deleted by another
    /// program, and new files. A changed file without unsaved edits here is read again; one
    /// with unsaved edits becomes a conflict and is never overwritten.
    pub fn refresh(&mut self) -> Result<Vec<DiskChange>, StoreError> {
        let mut changes = Vec::new();
        let mut gone = Vec::new();
        for (index, entry) in self.entries.iter_mut().enumerate() {
            if entry.missing {
                continue;
            }
            match disk_state(&entry.path, entry.stamp.as_ref(), entry.attempted) {
                OnDisk::AsWeLeftIt => {
                    // A touched file keeps its content; remember its new time so the next
                    // look is cheap.
                    if let (Some(stamp), Ok(meta)) =
                        (entry.stamp.as_mut(), std::fs::metadata(&entry.path))
                    {
                        stamp.modified = meta.modified().ok();
                    }
                }
                OnDisk::Gone => {
                    if entry.stamp.is_some() || entry.session().is_none() {
                        gone.push(index);
                    }
                }
                OnDisk::Changed => {
                    if entry.conflict.is_some() {
                        // Already waiting for the user; show them the newest version.
                        reconcile_changed(entry);
                        changes.push(DiskChange::Conflict(index));
                    } else if reconcile_changed(entry) {
                        changes.push(DiskChange::Conflict(index));
                    } else {
                        changes.push(DiskChange::Reloaded(index));
                    }
                }
            }
        }
        let known: Vec<PathBuf> = self.entries.iter().map(|e| e.path.clone()).collect();
        let mut fresh: Vec<PathBuf> = list_save_files(&self.dir)?
            .into_iter()
            .filter(|p| !known.contains(p))
            .collect();
        fresh.sort();
        for path in fresh {
            let result = io::open(&path);
            let article_id = result.as_ref().ok().map(|l| l.session.article.id.clone());
            let moved_from = article_id.and_then(|id| {
                gone.iter().copied().find(|&i| {
                    self.entries[i]
                        .session()
                        .is_some_and(|s| s.article.id == id)
                })
            });
            if let Some(index) = moved_from {
                gone.retain(|&i| i != index);
                let entry = &mut self.entries[index];
                entry.path = path;
                let same = result
                    .as_ref()
                    .ok()
                    .and_then(|l| l.stamp.as_ref())
                    .map(|s| s.hash)
                    == entry.stamp.as_ref().map(|s| s.hash);
                if same {
                    entry.stamp = result.ok().and_then(|l| l.stamp);
                } else if entry.is_dirty() {
                    if let Ok(loaded) = result
                        && let Some(stamp) = loaded.stamp
                    {
                        entry.conflict = Some(Conflict {
                            theirs: Box::new(loaded.session),
                            stamp,
                        });
                    }
                } else {
                    entry.take_loaded(result);
                }
                changes.push(DiskChange::Renamed(index));
            } else {
                self.entries.push(LibraryEntry::from_open(path, result));
                changes.push(DiskChange::Added(self.entries.len() - 1));
            }
        }
        for index in gone {
            let entry = &mut self.entries[index];
            if entry.session().is_none() {
                entry.missing = true;
            } else if !entry.missing {
                entry.missing = true;
                changes.push(DiskChange::Missing(index));
            }
        }
        Ok(changes)
    }

    /// Resolves the conflict of entry `index` as the user chose, then saves.
    pub fn resolve(&mut self, index: usize, resolution: Resolution) -> Result<(), StoreError> {
        let Some(entry) = self.entries.get_mut(index) else {
            return Ok(());
        };
        let Some(conflict) = entry.conflict.take() else {
            return Ok(());
        };
        let EntryState::Loaded(mine) = &mut entry.state else {
            return Ok(());
        };
        match resolution {
            Resolution::KeepMine => {
                entry.stamp = Some(conflict.stamp);
                entry.saved_revision = mine.revision().wrapping_sub(1);
            }
            Resolution::TakeTheirs => {
                entry.base = Some(Box::new(document_copy(&conflict.theirs)));
                entry.saved_revision = conflict.theirs.revision();
                *mine = conflict.theirs;
                entry.stamp = Some(conflict.stamp);
                return Ok(());
            }
            Resolution::Merge => {
                let base = entry
                    .base
                    .as_deref()
                    .map_or_else(|| document_copy(&conflict.theirs), document_copy);
                let merged = super::merge::merge(&base, mine, &conflict.theirs);
                **mine = merged;
                entry.saved_revision = mine.revision().wrapping_sub(1);
                entry.base = Some(conflict.theirs);
                entry.stamp = Some(conflict.stamp);
            }
        }
        self.save(index)
    }

    /// Writes entry `index` again after its file disappeared (the user chose to keep it).
    pub fn restore_missing(&mut self, index: usize) -> Result<(), StoreError> {
        if let Some(entry) = self.entries.get_mut(index)
            && entry.missing
            && entry.session().is_some()
        {
            if entry.path.exists() {
                return Err(StoreError::ChangedOnDisk {
                    path: entry.path.clone(),
                });
            }
            entry.missing = false;
            entry.stamp = None;
            entry.saved_revision = entry.saved_revision.wrapping_sub(1);
            return self.save(index);
        }
        Ok(())
    }

    /// Sets the damaged records of entry `index` aside so the rest can be edited: the
    /// file as it is now is copied beside it (`….ron.damaged`), and the entry becomes
    /// writable. Refused for files locked by a newer format. Returns the copy's path.
    pub fn repair(&mut self, index: usize) -> Result<Option<PathBuf>, StoreError> {
        let Some(entry) = self.entries.get_mut(index) else {
            return Ok(None);
        };
        if entry.format_lock || entry.damaged.is_empty() || entry.session().is_none() {
            return Ok(None);
        }
        let bytes = std::fs::read(&entry.path).map_err(|source| StoreError::Io {
            action: "could not read",
            source,
            path: entry.path.clone(),
        })?;
        let mut copy = entry.path.with_extension("ron.damaged");
        let mut n = 2;
        while copy.exists() {
            copy = entry.path.with_extension(format!("ron.damaged-{n}"));
            n += 1;
        }
        io::write_atomic(&copy, &bytes)?;
        entry.damaged.clear();
        entry.read_only = None;
        entry.saved_revision = entry.saved_revision.wrapping_sub(1);
        self.save(index)?;
        Ok(Some(copy))
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

/// What the file of an entry looks like compared with what we last read or wrote.
enum OnDisk {
    AsWeLeftIt,
    Changed,
    Gone,
}

fn disk_state(path: &Path, stamp: Option<&FileStamp>, attempted: Option<[u8; 32]>) -> OnDisk {
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return if stamp.is_some() {
                OnDisk::Gone
            } else {
                OnDisk::AsWeLeftIt
            };
        }
        // Unreadable metadata: let the write itself report the problem.
        Err(_) => return OnDisk::AsWeLeftIt,
    };
    let Some(stamp) = stamp else {
        // Never read by us (an unreadable file) or created by someone else meanwhile.
        return OnDisk::Changed;
    };
    if stamp.matches_metadata(&metadata) {
        return OnDisk::AsWeLeftIt;
    }
    match std::fs::read(path) {
        Ok(bytes) => {
            let hash = io::hash_bytes(&bytes);
            if hash == stamp.hash || Some(hash) == attempted {
                OnDisk::AsWeLeftIt
            } else {
                OnDisk::Changed
            }
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => OnDisk::Gone,
        Err(_) => OnDisk::AsWeLeftIt,
    }
}

/// Reads a changed file into its entry: replaces a clean session, or keeps it and records
/// a conflict when it has unsaved edits. Returns true for a conflict.
fn reconcile_changed(entry: &mut LibraryEntry) -> bool {
    let result = io::open(&entry.path);
    if !entry.is_dirty() && entry.conflict.is_none() {
        entry.take_loaded(result);
        return false;
    }
    match result {
        Ok(loaded) => {
            if let Some(stamp) = loaded.stamp {
                entry.conflict = Some(Conflict {
                    theirs: Box::new(loaded.session),
                    stamp,
                });
            }
        }
        Err(error) => {
            // Their version does not even load: keep ours, never overwrite theirs.
            tracing::warn!("{error}");
            entry.missing = false;
            entry.format_lock = true;
            entry.read_only = Some(format!(
                "the file was changed outside claimreader and cannot be read now ({error})"
            ));
        }
    }
    true
}

/// The stamp of a file as it is now; `None` when it cannot be read or is too large to be
/// worth hashing (its size and time still tell a change then).
fn stamp_of_file(path: &Path) -> Option<FileStamp> {
    let metadata = std::fs::metadata(path).ok()?;
    let hash = if metadata.len() <= io::MAX_SAVE_BYTES {
        io::hash_bytes(&std::fs::read(path).ok()?)
    } else {
        [0; 32]
    };
    Some(FileStamp {
        len: metadata.len(),
        modified: metadata.modified().ok(),
        hash,
    })
}

/// The `*.ron` save files in `dir`.
fn list_save_files(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let listing = std::fs::read_dir(dir).map_err(|source| StoreError::Io {
        action: "could not list the library folder",
        source,
        path: dir.to_owned(),
    })?;
    Ok(listing
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| is_save_file(path))
        .collect())
}

/// Removes temporary files that a crashed save left behind, when they are old enough that
/// no running save can still own them.
fn remove_stale_temp_files(dir: &Path) {
    let Ok(listing) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in listing.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        let is_temp = name.starts_with(io::TEMP_PREFIX)
            && Path::new(name)
                .extension()
                .is_some_and(|ext| ext.eq_ignore_ascii_case("tmp"));
        if !is_temp {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > std::time::Duration::from_mins(10));
        if old {
            let _ = std::fs::remove_file(entry.path());
        }
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
