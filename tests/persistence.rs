//! RON save files: round trip, byte-stable re-save, damaged and too-new files, the library
//! folder.

mod common;

use std::path::Path;

use claimreader::model::{ClaimStatus, HighlightColor};
use claimreader::store::format::FORMAT_VERSION;
use claimreader::store::library::{AddOutcome, EntryState};
use claimreader::store::{Command, Library, StoreError, io};
use common::{make_highlight, sample_session};

fn edited_session() -> claimreader::store::Session {
    let mut session = sample_session();
    let id = session.claims()[0].id.clone();
    session
        .apply(Command::SetClaimStatus {
            claim_id: id.clone(),
            status: ClaimStatus::Accepted,
        })
        .expect("accept");
    session
        .apply(Command::SetClaimNote {
            claim_id: id,
            note: "Line one\nline \"two\" — with ünïcode".to_owned(),
        })
        .expect("note");
    let highlight = make_highlight(&session, "Nobody knows why.", HighlightColor::Blue);
    session
        .apply(Command::AddHighlight { highlight })
        .expect("highlight");
    session
}

#[test]
fn save_then_load_gives_the_same_session() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("a.ron");
    let session = edited_session();
    io::save(&session, &path).expect("save");
    let loaded = io::load(&path).expect("load");
    assert_eq!(loaded, session);
    assert_eq!(loaded.highlights().len(), 1);
    assert_eq!(loaded.article.text, session.article.text);
}

#[test]
fn resaving_without_edits_changes_no_byte() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("a.ron");
    io::save(&edited_session(), &path).expect("save");
    let first = std::fs::read(&path).expect("read");
    let loaded = io::load(&path).expect("load");
    io::save(&loaded, &path).expect("re-save");
    let second = std::fs::read(&path).expect("read");
    assert_eq!(first, second);
    // No temporary files are left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["a.ron"]);
}

#[test]
fn save_file_is_pretty_and_versioned() {
    let text = io::to_ron(&edited_session());
    assert!(text.starts_with(&format!("(\n    format_version: {FORMAT_VERSION},")));
    // One paragraph per line, one field per line.
    assert!(text.contains("\n            \"Is this the end of the story?\",\n"));
    assert!(text.contains("\n            status: \"accepted\",\n"));
}

fn assert_syntax_error(result: Result<claimreader::store::Session, StoreError>, path: &Path) {
    match result {
        Err(StoreError::Syntax {
            line,
            column,
            path: p,
            ..
        }) => {
            assert_eq!(p, path);
            assert!(line >= 1 && column >= 1);
            let message = StoreError::Syntax {
                message: String::new(),
                line,
                column,
                path: p,
            }
            .to_string();
            assert!(message.contains(&format!("{}:{line}:{column}", path.display())));
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn damaged_files_report_path_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("broken.ron");
    let good = io::to_ron(&edited_session());
    // Cut the file in the middle.
    std::fs::write(&path, &good[..good.len() / 2]).expect("write");
    assert_syntax_error(io::load(&path), &path);
    // Binary garbage.
    std::fs::write(&path, [0xff, 0xfe, 0x00, 0x12]).expect("write");
    assert_syntax_error(io::load(&path), &path);
    // Valid RON whose claim does not fit the text is a record error naming the claim.
    let tampered = good.replacen("start: 0,", "start: 5,", 1);
    std::fs::write(&path, tampered).expect("write");
    let error = io::load(&path).expect_err("tampered");
    assert!(matches!(error, StoreError::Record { .. }), "{error:?}");
    assert!(error.to_string().contains("claim c"), "{error}");
}

#[test]
fn newer_format_versions_are_never_taken_for_current_ones() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("future.ron");
    let text = io::to_ron(&edited_session()).replacen(
        &format!("format_version: {FORMAT_VERSION},"),
        "format_version: 99,\n    added_later: true,",
        1,
    );
    std::fs::write(&path, &text).expect("write");
    // The strict loader refuses it; the library's loader opens it read-only.
    match io::load(&path) {
        Err(StoreError::ReadOnly { reason, .. }) => {
            assert!(reason.contains("format version 99"), "{reason}");
            assert!(reason.contains("added_later"), "{reason}");
        }
        other => panic!("expected ReadOnly, got {other:?}"),
    }
    assert!(io::open(&path).expect("opens").read_only.is_some());
    // A newer file whose structure this version cannot read at all says so.
    std::fs::write(&path, "(format_version: 99, article: [1, 2])").expect("write");
    match io::load(&path) {
        Err(StoreError::UnsupportedVersion { version: 99, .. }) => {}
        other => panic!("expected UnsupportedVersion, got {other:?}"),
    }
}

#[test]
fn library_lists_damaged_files_without_touching_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let broken = dir.path().join("aaa-broken.ron");
    std::fs::write(&broken, "(format_version: 1, article: (").expect("write");
    let mut library = Library::open(dir.path()).expect("open");
    let outcome = library.add(edited_session()).expect("add");
    assert_eq!(outcome, AddOutcome::Added(1));
    assert_eq!(
        library.add(edited_session()).expect("add again"),
        AddOutcome::Duplicate(1)
    );
    library
        .save(0)
        .expect("saving an unreadable entry is a no-op");

    let reopened = Library::open(dir.path()).expect("reopen");
    assert_eq!(reopened.entries().len(), 2);
    assert!(matches!(
        reopened.entries()[0].state,
        EntryState::Unreadable(_)
    ));
    assert_eq!(reopened.loaded_count(), 1);
    assert_eq!(
        std::fs::read_to_string(&broken).expect("read"),
        "(format_version: 1, article: ("
    );
    let name = reopened.entries()[1]
        .path
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    assert!(name.starts_with("test-article-"), "{name}");
    assert_eq!(reopened.entries()[1].session(), Some(&edited_session()));
}

#[test]
fn a_new_library_is_seeded_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let library = Library::open_or_seed(dir.path(), || vec![sample_session()]).expect("open");
    assert_eq!(library.loaded_count(), 1);
    let path = library.entries()[0].path.clone();
    std::fs::remove_file(path).expect("remove");
    let library = Library::open_or_seed(dir.path(), || vec![sample_session()]).expect("reopen");
    assert_eq!(
        library.loaded_count(),
        0,
        "deleted samples do not come back"
    );
}

#[test]
fn hostile_titles_cannot_escape_the_library() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut session = sample_session();
    session.article.title = "../../etc/passwd \\ evil/..".to_owned();
    let mut library = Library::open(dir.path()).expect("open");
    library.add(session).expect("add");
    let path = &library.entries()[0].path;
    assert_eq!(path.parent(), Some(dir.path()));
    let name = path
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    assert!(name.starts_with("etc-passwd-evil-"), "{name}");
}
