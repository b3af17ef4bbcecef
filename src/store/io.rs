//! Reading and writing one save file.

use std::io::Write as _;
use std::path::Path;

use ron::ser::PrettyConfig;

use super::StoreError;
use super::format::{self, FORMAT_VERSION, SaveFile};
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

/// What reading a save file gave: the session, and what the reader had to leave out.
#[derive(Debug)]
pub struct LoadedFile {
    /// The document, migrated to the current format.
    pub session: Session,
    /// Records that could not be read and were left out; each error names the file, line
    /// and column. The rest of the file loaded.
    pub damaged: Vec<StoreError>,
    /// Why the file must never be written back (a newer format, fields this version does
    /// not know, or damaged records that a save would drop), when it must not.
    pub read_only: Option<String>,
    /// True when it is read-only because of a newer format or unknown fields, which no
    /// repair in this version can lift.
    pub format_lock: bool,
    /// The version the file was written in, when it was migrated from an older one.
    pub migrated_from: Option<u32>,
    /// Size, time and hash of the bytes read, when read from disk.
    pub stamp: Option<FileStamp>,
}

/// What a save file on disk looked like when it was last read or written, so a change by
/// another program can be told from our own writes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileStamp {
    /// Size in bytes.
    pub len: u64,
    /// Modification time, where the platform has one.
    pub modified: Option<std::time::SystemTime>,
    /// SHA-256 of the content.
    pub hash: [u8; 32],
}

impl FileStamp {
    /// The stamp of `bytes` as just read from or written to `path`.
    #[must_use]
    pub fn of(bytes: &[u8], path: &Path) -> Self {
        let modified = std::fs::metadata(path).ok().and_then(|m| m.modified().ok());
        Self {
            len: bytes.len() as u64,
            modified,
            hash: hash_bytes(bytes),
        }
    }

    /// True when size and modification time in `metadata` still match, so the content
    /// need not be read to know it is unchanged.
    #[must_use]
    pub fn matches_metadata(&self, metadata: &std::fs::Metadata) -> bool {
        metadata.len() == self.len && metadata.modified().ok() == self.modified
    }
}

/// SHA-256 of some bytes.
#[must_use]
pub fn hash_bytes(bytes: &[u8]) -> [u8; 32] {
    use sha2::Digest as _;
    sha2::Sha256::digest(bytes).into()
}

/// Parses the text of a save file strictly: a damaged record, an unknown field or a newer
/// version is an error. `path` is only used in messages. The library uses the tolerant
/// [`read_save`] instead.
pub fn from_ron(text: &str, path: &Path) -> Result<Session, StoreError> {
    let loaded = read_save(text, path)?;
    if let Some(first) = loaded.damaged.into_iter().next() {
        return Err(first);
    }
    if let Some(reason) = loaded.read_only {
        return Err(StoreError::ReadOnly {
            reason,
            path: path.to_owned(),
        });
    }
    Ok(loaded.session)
}

/// Parses the text of a save file, tolerating damage: a damaged claim or highlight is
/// left out and reported (with its line and column) while the rest loads; files of older
/// versions are migrated; a newer version or unknown fields make the result read-only.
/// Only a file whose article cannot be read at all is an error.
pub fn read_save(text: &str, path: &Path) -> Result<LoadedFile, StoreError> {
    let declared = peek_version(text);
    let (mut file, unknown, mut damaged) = match parse_record::<SaveFile>(text, "") {
        Ok((file, unknown)) => (file, unknown, Vec::new()),
        Err(error) => {
            if let Some(parsed) = pieces::parse(text, path) {
                parsed
            } else {
                return Err(match declared {
                    Some(version) if version > FORMAT_VERSION => StoreError::UnsupportedVersion {
                        version,
                        path: path.to_owned(),
                    },
                    _ => StoreError::Syntax {
                        message: error.code.to_string(),
                        line: error.span.start.line,
                        column: error.span.start.col,
                        path: path.to_owned(),
                    },
                });
            }
        }
    };
    let version = file.format_version;
    format::migrate(&mut file).map_err(|_| StoreError::UnsupportedVersion {
        version,
        path: path.to_owned(),
    })?;
    let (document, bad_records) = file.into_document().map_err(|source| StoreError::Record {
        line: line_of_record(text, &source.record),
        source,
        path: path.to_owned(),
    })?;
    damaged.extend(bad_records.into_iter().map(|source| StoreError::Record {
        line: line_of_record(text, &source.record),
        source,
        path: path.to_owned(),
    }));
    let mut reasons = Vec::new();
    if version > FORMAT_VERSION {
        reasons.push(format!(
            "it was written by a newer claimreader (format version {version}; this one writes {FORMAT_VERSION})"
        ));
    }
    if !unknown.is_empty() {
        let mut shown: Vec<&str> = unknown.iter().map(String::as_str).take(5).collect();
        if unknown.len() > shown.len() {
            shown.push("…");
        }
        reasons.push(format!(
            "it has fields this version does not know ({})",
            shown.join(", ")
        ));
    }
    if !damaged.is_empty() {
        reasons.push(format!(
            "{} damaged record(s) were left out and a save would lose them",
            damaged.len()
        ));
    }
    Ok(LoadedFile {
        session: Session::new(document.article, document.claims, document.highlights),
        damaged,
        read_only: (!reasons.is_empty()).then(|| reasons.join("; ")),
        format_lock: version > FORMAT_VERSION || !unknown.is_empty(),
        migrated_from: (version < FORMAT_VERSION).then_some(version),
        stamp: None,
    })
}

/// The `format_version` a file declares, if it can be read.
fn peek_version(text: &str) -> Option<u32> {
    #[derive(serde::Deserialize)]
    struct VersionOnly {
        format_version: u32,
    }
    if let Ok(VersionOnly { format_version }) = ron::Options::default().from_str(text) {
        return Some(format_version);
    }
    // A file too damaged to parse may still state its version on its own line.
    text.lines().find_map(|line| {
        line.trim()
            .strip_prefix("format_version:")?
            .trim()
            .trim_end_matches(',')
            .parse()
            .ok()
    })
}

/// Parses one RON value as `T`, collecting the paths of fields this version does not know
/// (prefixed with `prefix`).
fn parse_record<T: serde::de::DeserializeOwned>(
    text: &str,
    prefix: &str,
) -> Result<(T, Vec<String>), ron::error::SpannedError> {
    let options = ron::Options::default();
    let mut deserializer = ron::Deserializer::from_str_with_options(text, &options)?;
    let mut unknown = Vec::new();
    let value = serde_ignored::deserialize(&mut deserializer, |field| {
        let field = field.to_string();
        unknown.push(match (prefix.is_empty(), field.is_empty()) {
            (true, _) => field,
            (false, true) => prefix.to_owned(),
            (false, false) => format!("{prefix}.{field}"),
        });
    })
    .map_err(|error| deserializer.span_error(error))?;
    deserializer
        .end()
        .map_err(|error| deserializer.span_error(error))?;
    Ok((value, unknown))
}

/// 1-based line of the record named `record` ("claim c1a2…", "article"), for messages.
fn line_of_record(text: &str, record: &str) -> usize {
    let needle = match record.split_once(' ') {
        Some((_, id)) => format!("id: \"{id}\""),
        None => format!("{record}:"),
    };
    text.find(&needle)
        .map_or(1, |at| text[..at].matches('\n').count() + 1)
}

/// Reading a save file whose whole does not parse, record by record, relying on the
/// layout this program writes: root fields indented four spaces, list items eight, each
/// item opening with a line holding only `(`.
mod pieces {
    use std::path::Path;

    use super::{StoreError, parse_record};
    use crate::store::format::{ArticleRecord, ClaimRecord, HighlightRecord, SaveFile};

    type Parsed = (SaveFile, Vec<String>, Vec<StoreError>);

    /// One line with its byte offset and 1-based number.
    struct Line<'a> {
        start: usize,
        number: usize,
        text: &'a str,
    }

    fn indent(line: &str) -> usize {
        line.len() - line.trim_start_matches(' ').len()
    }

    /// Splits the file into its records; `None` when the layout is not recognisable or
    /// the article record itself is damaged.
    pub(super) fn parse(text: &str, path: &Path) -> Option<Parsed> {
        let mut lines = Vec::new();
        let mut offset = 0;
        for (index, raw) in text.split_inclusive('\n').enumerate() {
            lines.push(Line {
                start: offset,
                number: index + 1,
                text: raw.trim_end_matches(['\n', '\r']),
            });
            offset += raw.len();
        }
        let mut version = None;
        let mut article = None;
        let mut claims = Vec::new();
        let mut highlights = Vec::new();
        let mut unknown = Vec::new();
        let mut damaged = Vec::new();
        let mut i = 0;
        while i < lines.len() {
            let line = &lines[i];
            let trimmed = line.text.trim();
            let Some((name, rest)) = trimmed.split_once(':').filter(|_| indent(line.text) == 4)
            else {
                i += 1;
                continue;
            };
            let rest = rest.trim();
            match name.trim() {
                "format_version" => {
                    version = rest.trim_end_matches(',').trim().parse::<u32>().ok();
                    i += 1;
                }
                "article" if rest.starts_with('(') => {
                    let end = closing_line(&lines, i, ')')?;
                    let begin = line.start + line.text.find('(')?;
                    let stop = lines[end].start + lines[end].text.find(')')? + 1;
                    let (record, fields) =
                        parse_record::<ArticleRecord>(&text[begin..stop], "article").ok()?;
                    article = Some(record);
                    unknown.extend(fields);
                    i = end + 1;
                }
                list @ ("claims" | "highlights") if rest.starts_with('[') => {
                    if rest.trim_end_matches(',').ends_with(']') {
                        i += 1;
                        continue;
                    }
                    let end = closing_line(&lines, i, ']').unwrap_or_else(|| {
                        damaged.push(StoreError::Syntax {
                            message: format!("the {list} list is never closed (cut short?)"),
                            line: line.number,
                            column: 5,
                            path: path.to_owned(),
                        });
                        lines.len()
                    });
                    let mut j = i + 1;
                    while j < end {
                        let item = &lines[j];
                        if !(indent(item.text) == 8 && item.text.trim() == "(") {
                            j += 1;
                            continue;
                        }
                        // The item ends at the next line at its indentation that closes it,
                        // or just before the next item when its own closing line is lost.
                        let close = (j + 1..end)
                            .find(|&k| indent(lines[k].text) == 8)
                            .unwrap_or(end.saturating_sub(1).max(j));
                        let close_text = lines[close].text;
                        let (stop, next) = if close_text.trim_start().starts_with(')') {
                            (
                                lines[close].start + close_text.find(')').unwrap_or(0) + 1,
                                close + 1,
                            )
                        } else {
                            (lines[close].start, close)
                        };
                        let slice = &text[item.start..stop.max(item.start)];
                        let is_claim = list == "claims";
                        let prefix = format!(
                            "{list}.{}",
                            if is_claim {
                                claims.len()
                            } else {
                                highlights.len()
                            }
                        );
                        let result = if is_claim {
                            parse_record::<ClaimRecord>(slice, &prefix).map(|(record, fields)| {
                                claims.push(record);
                                fields
                            })
                        } else {
                            parse_record::<HighlightRecord>(slice, &prefix).map(
                                |(record, fields)| {
                                    highlights.push(record);
                                    fields
                                },
                            )
                        };
                        match result {
                            Ok(fields) => unknown.extend(fields),
                            Err(error) => damaged.push(StoreError::Syntax {
                                message: format!(
                                    "{} left out: {}",
                                    if is_claim { "a claim" } else { "a highlight" },
                                    error.code
                                ),
                                line: item.number + error.span.start.line - 1,
                                column: error.span.start.col,
                                path: path.to_owned(),
                            }),
                        }
                        j = next.max(j + 1);
                    }
                    i = end + 1;
                }
                other => {
                    unknown.push(other.to_owned());
                    i += 1;
                }
            }
        }
        // A file that does not end with the root's closing bracket was cut short: records
        // after the cut are lost from it, so it must not be written back as if complete.
        if let Some(last) = lines.iter().rev().find(|l| !l.text.trim().is_empty())
            && last.text.trim_end() != ")"
        {
            damaged.push(StoreError::Syntax {
                message: "the file ends early (cut short?); records after this point are missing"
                    .to_owned(),
                line: last.number,
                column: last.text.len() + 1,
                path: path.to_owned(),
            });
        }
        let file = SaveFile {
            format_version: version?,
            article: article?,
            claims,
            highlights,
        };
        Some((file, unknown, damaged))
    }

    /// The line closing the bracket opened on line `open`: the next line at the same
    /// indentation that starts with `close`.
    fn closing_line(lines: &[Line<'_>], open: usize, close: char) -> Option<usize> {
        let depth = indent(lines[open].text);
        (open + 1..lines.len()).find(|&k| {
            indent(lines[k].text) == depth && lines[k].text.trim_start().starts_with(close)
        })
    }
}

/// Loads a save file strictly (see [`from_ron`]).
pub fn load(path: &Path) -> Result<Session, StoreError> {
    let text = read_text(path)?;
    from_ron(&text, path)
}

/// Loads a save file tolerantly (see [`read_save`]), with the stamp of what was read.
pub fn open(path: &Path) -> Result<LoadedFile, StoreError> {
    let text = read_text(path)?;
    let mut loaded = read_save(&text, path)?;
    loaded.stamp = Some(FileStamp::of(text.as_bytes(), path));
    Ok(loaded)
}

/// Reads a save file's text, refusing an oversized file before reading it.
fn read_text(path: &Path) -> Result<String, StoreError> {
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
    Ok(text)
}

/// Saves a session atomically: a temporary file in the same folder is written, flushed to
/// disk, renamed over `path`, and the folder is synced so the rename itself is durable.
/// On any error the old file is untouched.
pub fn save(session: &Session, path: &Path) -> Result<(), StoreError> {
    write_atomic(path, to_ron(session).as_bytes())
}

/// One step of an atomic write. A [`FaultPlan`] can make any of them fail, which is how
/// the tests prove that a failed save never damages the file it was replacing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WriteStep {
    /// Creating the temporary file beside the target.
    CreateTemp,
    /// Giving it the target's permissions.
    SetPermissions,
    /// Writing the bytes (a fault here strikes after half of them are written).
    Write,
    /// Flushing the temporary file to disk.
    SyncFile,
    /// Renaming it over the target.
    Rename,
    /// Flushing the folder so the rename is durable.
    SyncFolder,
}

impl WriteStep {
    /// Every step, in order.
    pub const ALL: [Self; 6] = [
        Self::CreateTemp,
        Self::SetPermissions,
        Self::Write,
        Self::SyncFile,
        Self::Rename,
        Self::SyncFolder,
    ];
}

/// Decides which write steps fail: the seam for fault injection. Real saves use none.
pub trait FaultPlan: Send + Sync + std::fmt::Debug {
    /// The error `step` of writing `target` should fail with, if any.
    fn fault(&self, step: WriteStep, target: &Path) -> Option<std::io::Error>;
}

/// Writes `bytes` to `path` atomically (see [`save`]).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_atomic_with(path, bytes, None)
}

/// [`write_atomic`] with injected faults.
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    faults: Option<&dyn FaultPlan>,
) -> Result<(), StoreError> {
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
    let injected = |step: WriteStep| -> std::io::Result<()> {
        faults
            .and_then(|plan| plan.fault(step, path))
            .map_or(Ok(()), Err)
    };
    let mut temp = injected(WriteStep::CreateTemp)
        .and_then(|()| {
            tempfile::Builder::new()
                .prefix(TEMP_PREFIX)
                .suffix(".tmp")
                .tempfile_in(dir)
        })
        .map_err(io_error("could not create a temporary file in", dir))?;
    injected(WriteStep::SetPermissions)
        .and_then(|()| keep_permissions(temp.as_file(), path))
        .map_err(io_error("could not set permissions of", temp.path()))?;
    match injected(WriteStep::Write) {
        Ok(()) => temp.write_all(bytes),
        Err(error) => temp.write_all(&bytes[..bytes.len() / 2]).and(Err(error)),
    }
    .map_err(io_error("could not write", temp.path()))?;
    injected(WriteStep::SyncFile)
        .and_then(|()| temp.as_file().sync_all())
        .map_err(io_error("could not sync", temp.path()))?;
    injected(WriteStep::Rename).map_err(io_error("could not replace", path))?;
    temp.persist(path)
        .map_err(|error| io_error("could not replace", path)(error.error))?;
    injected(WriteStep::SyncFolder)
        .and_then(|()| sync_dir(dir))
        .map_err(io_error("could not sync folder", dir))?;
    Ok(())
}

/// File names of temporary files start with this; they are hidden from the library and
/// left-overs of a crash are removed when the library opens.
pub const TEMP_PREFIX: &str = ".claimreader-";

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
