//! Reading and writing one save file.

use std::io::Write as _;
use std::path::Path;

use ron::ser::PrettyConfig;

use super::StoreError;
use super::format::{FORMAT_VERSION, SaveFile};
use super::session::Session;

/// Save files larger than this are refused before reading (a 1 MB article with thousands
/// of claims is well below it).
pub const MAX_SAVE_BYTES: u64 = 256 * 1024 * 1024;

/// Renders a session as the exact text of its save file.
#[must_use]
pub fn to_ron(session: &Session) -> String {
    let file = SaveFile::from_document(&session.article, session.claims(), session.highlights());
    let config = PrettyConfig::new()
        .indentor("    ")
        .new_line("\n")
        .struct_names(false);
    // Serialising plain records of strings, numbers and vectors cannot fail; keep the error
    // path anyway rather than panic.
    match ron::ser::to_string_pretty(&file, config) {
        Ok(mut text) => {
            text.push('\n');
            text
        }
        Err(error) => format!("// serialisation failed: {error}\n"),
    }
}

/// Parses the text of a save file; `path` is only used in error messages.
pub fn from_ron(text: &str, path: &Path) -> Result<Session, StoreError> {
    // Read the version first so a newer file gets a clear message rather than a field error.
    #[derive(serde::Deserialize)]
    struct VersionOnly {
        format_version: u32,
    }
    let options = ron::Options::default();
    if let Ok(VersionOnly { format_version }) = options.from_str::<VersionOnly>(text)
        && format_version > FORMAT_VERSION
    {
        return Err(StoreError::UnsupportedVersion {
            version: format_version,
            path: path.to_owned(),
        });
    }
    let file: SaveFile = options.from_str(text).map_err(|error| StoreError::Syntax {
        message: error.code.to_string(),
        line: error.span.start.line,
        column: error.span.start.col,
        path: path.to_owned(),
    })?;
    let document = file.into_document().map_err(|source| StoreError::Record {
        source,
        path: path.to_owned(),
    })?;
    Ok(Session::new(
        document.article,
        document.claims,
        document.highlights,
    ))
}

/// Loads a save file.
pub fn load(path: &Path) -> Result<Session, StoreError> {
    let size = std::fs::metadata(path)
        .map_err(|source| StoreError::Io {
            action: "could not read",
            source,
            path: path.to_owned(),
        })?
        .len();
    if size > MAX_SAVE_BYTES {
        return Err(StoreError::TooLarge {
            size,
            path: path.to_owned(),
        });
    }
    let bytes = std::fs::read(path).map_err(|source| StoreError::Io {
        action: "could not read",
        source,
        path: path.to_owned(),
    })?;
    let text = String::from_utf8(bytes).map_err(|error| {
        let offset = error.utf8_error().valid_up_to();
        let before = &error.as_bytes()[..offset];
        let line = before.split(|&b| b == b'\n').count();
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        StoreError::Syntax {
            message: "the file is not UTF-8 text".to_owned(),
            line,
            column,
            path: path.to_owned(),
        }
    })?;
    from_ron(&text, path)
}

/// Saves a session atomically: a temporary file in the same folder is written, flushed to
/// disk, renamed over `path`, and the folder is synced so the rename itself is durable.
/// On any error the old file is untouched.
pub fn save(session: &Session, path: &Path) -> Result<(), StoreError> {
    write_atomic(path, to_ron(session).as_bytes())
}

/// Writes `bytes` to `path` atomically (see [`save`]).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let io_error = |action: &'static str, path: &Path| {
        let path = path.to_owned();
        move |source| StoreError::Io {
            action,
            source,
            path,
        }
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".claimreader-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(io_error("could not create a temporary file in", dir))?;
    keep_permissions(temp.as_file(), path)
        .map_err(io_error("could not set permissions of", temp.path()))?;
    temp.write_all(bytes)
        .map_err(io_error("could not write", temp.path()))?;
    temp.as_file()
        .sync_all()
        .map_err(io_error("could not sync", temp.path()))?;
    temp.persist(path)
        .map_err(|error| io_error("could not replace", path)(error.error))?;
    sync_dir(dir).map_err(io_error("could not sync folder", dir))?;
    Ok(())
}

/// Temporary files are created private; a save keeps the permissions of the file it
/// replaces, or gets ordinary ones (0644), so a shared library stays readable.
#[cfg(unix)]
fn keep_permissions(file: &std::fs::File, target: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    let permissions = std::fs::metadata(target).map_or_else(
        |_| std::fs::Permissions::from_mode(0o644),
        |m| m.permissions(),
    );
    file.set_permissions(permissions)
}

#[cfg(not(unix))]
fn keep_permissions(_file: &std::fs::File, _target: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    // Windows cannot open a folder as a file; NTFS journals the rename itself.
    Ok(())
}
