//! Format versions and damaged files: old versions migrate, newer versions and unknown
//! fields open read-only and are never written, one damaged record never hides the rest.

mod common;

use std::path::Path;

use claimreader::model::ClaimStatus;
use claimreader::store::format::FORMAT_VERSION;
use claimreader::store::library::EntryState;
use claimreader::store::{Command, Library, StoreError, io};

/// A save written by the first release (format version 1), with a reviewed claim, a note,
/// a tag and a highlight.
const V1: &str = include_str!("fixtures/format/v1.ron");
/// The same document as written by format version 2.
const V2: &str = include_str!("fixtures/format/v2.ron");

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write fixture");
    path
}

#[test]
fn every_released_version_migrates_to_the_current_one() {
    let v1 = io::read_save(V1, Path::new("v1.ron")).expect("v1 loads");
    assert_eq!(v1.migrated_from, Some(1));
    assert!(v1.read_only.is_none(), "{:?}", v1.read_only);
    assert!(v1.damaged.is_empty());
    let session = &v1.session;
    assert_eq!(session.claims()[0].status, ClaimStatus::Accepted);
    assert_eq!(
        session.claims()[0].note,
        "Checked against the FT story of that day."
    );
    assert_eq!(session.claims()[0].tags, ["export-controls"]);
    assert_eq!(session.highlights().len(), 1);
    assert_eq!(session.highlights()[0].anchor.quote, "Financial Times");
    assert!(!session.article.language_set_by_user);
    assert!(session.claims().iter().all(|c| c.anchor.is_placed()));

    let v2 = io::read_save(V2, Path::new("v2.ron")).expect("v2 loads");
    assert_eq!(v2.migrated_from, None);
    assert_eq!(v2.session, v1.session, "migrating v1 gives what v2 stores");
    // Writing the migrated file gives exactly the current version's fixture.
    assert_eq!(io::to_ron(&v1.session), V2);
    assert!(V2.contains(&format!("format_version: {FORMAT_VERSION},")));
}

#[test]
fn a_file_from_a_newer_version_opens_read_only_and_is_never_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let newer = V2
        .replace(
            &format!("format_version: {FORMAT_VERSION},"),
            "format_version: 99,",
        )
        .replacen(
            "            kind:",
            "            confidence: 0.75,\n            kind:",
            1,
        );
    let path = write(dir.path(), "newer.ron", &newer);
    let mut library = Library::open(dir.path()).expect("open");
    let entry = &library.entries()[0];
    let reason = entry.read_only.clone().expect("read-only");
    assert!(reason.contains("newer claimreader"), "{reason}");
    assert!(reason.contains("claims.0.confidence"), "{reason}");
    assert!(entry.format_lock);
    // Edit it in memory and try every way of saving: nothing reaches the disk.
    let session = library
        .entry_mut(0)
        .and_then(|e| e.session_mut())
        .expect("loaded");
    let id = session.claims()[1].id.clone();
    session
        .apply(Command::SetClaimNote {
            claim_id: id,
            note: "edited".to_owned(),
        })
        .expect("edit in memory");
    assert!(matches!(library.save(0), Err(StoreError::ReadOnly { .. })));
    assert!(library.save_dirty().is_empty());
    assert_eq!(std::fs::read_to_string(&path).expect("read"), newer);
}

#[test]
fn unknown_fields_make_a_file_read_only() {
    let with_field = V2.replacen(
        "        language:",
        "        reading_level: \"B2\",\n        language:",
        1,
    );
    let loaded = io::read_save(&with_field, Path::new("x.ron")).expect("loads");
    let reason = loaded.read_only.expect("read-only");
    assert!(reason.contains("article.reading_level"), "{reason}");
    assert!(matches!(
        io::from_ron(&with_field, Path::new("x.ron")),
        Err(StoreError::ReadOnly { .. })
    ));
}

/// Line (1-based) of the first occurrence of `needle` in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).expect("needle")]
        .matches('\n')
        .count()
        + 1
}

#[test]
fn one_damaged_claim_hides_nothing_else() {
    let total = io::read_save(V2, Path::new("v2.ron"))
        .expect("v2")
        .session
        .claims()
        .len();
    // Break the syntax inside the third claim: an unterminated string.
    let third_id = {
        let session = io::read_save(V2, Path::new("v2.ron")).expect("v2").session;
        session.claims()[2].id.0.clone()
    };
    let needle = format!("id: \"{third_id}\",");
    let broken = V2.replacen(&needle, &format!("id: \"{third_id},"), 1);
    let loaded = io::read_save(&broken, Path::new("broken.ron")).expect("still loads");
    assert_eq!(loaded.session.claims().len(), total - 1);
    assert_eq!(loaded.session.highlights().len(), 1);
    assert_eq!(loaded.damaged.len(), 1);
    let message = loaded.damaged[0].to_string();
    let expected_line = line_of(V2, &needle);
    assert!(
        message.starts_with("broken.ron:"),
        "names the file: {message}"
    );
    let StoreError::Syntax { line, .. } = &loaded.damaged[0] else {
        panic!("a syntax error, got {message}");
    };
    assert!(
        (expected_line..expected_line + 40).contains(line),
        "line {line} points into the damaged claim starting near line {expected_line}"
    );
    assert!(loaded.read_only.is_some(), "a save would drop the record");

    // A record that parses but does not fit (its quote is not at its span).
    let fourth = io::read_save(V2, Path::new("v2.ron"))
        .expect("v2")
        .session
        .claims()[3]
        .clone();
    let misfit = V2.replacen(
        &format!("start: {},", fourth.anchor.span.start()),
        &format!("start: {},", fourth.anchor.span.start() + 1),
        1,
    );
    let loaded = io::read_save(&misfit, Path::new("misfit.ron")).expect("loads");
    assert_eq!(loaded.session.claims().len(), total - 1);
    let message = loaded.damaged[0].to_string();
    assert!(message.contains(&fourth.id.0), "{message}");
    assert!(
        message.starts_with(&format!(
            "misfit.ron:{}:",
            line_of(V2, &format!("id: \"{}\"", fourth.id.0))
        )),
        "{message}"
    );
}

#[test]
fn damaged_records_can_be_set_aside_to_edit_the_rest() {
    let dir = tempfile::tempdir().expect("tempdir");
    let session = io::read_save(V2, Path::new("v2.ron")).expect("v2").session;
    let id = session.claims()[0].id.0.clone();
    let broken = V2.replacen("kind: \"", "kind: ", 1);
    let path = write(dir.path(), "a.ron", &broken);
    let mut library = Library::open(dir.path()).expect("open");
    assert_eq!(library.entries()[0].damaged.len(), 1);
    assert!(!library.entries()[0].format_lock);
    let copy = library.repair(0).expect("repair").expect("a copy");
    assert_eq!(std::fs::read_to_string(&copy).expect("copy"), broken);
    assert!(library.entries()[0].read_only.is_none());
    let repaired = io::load(&path).expect("the repaired file loads strictly");
    assert_eq!(repaired.claims().len(), session.claims().len() - 1);
    assert!(repaired.claim(&claimreader::model::ClaimId(id)).is_none());
    // The copy does not show up as a second article.
    let reopened = Library::open(dir.path()).expect("reopen");
    assert_eq!(reopened.entries().len(), 1);
}

#[test]
fn check_reports_every_problem_and_exits_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "good.ron", V2);
    write(
        dir.path(),
        "damaged-record.ron",
        &V2.replacen("status: \"", "status: ", 1),
    );
    write(dir.path(), "garbage.ron", "this is not a save file at all");
    let library = Library::open(dir.path()).expect("open");
    let loaded = library
        .entries()
        .iter()
        .filter(|e| matches!(e.state, EntryState::Loaded(_)))
        .count();
    assert_eq!(loaded, 2, "the damaged file still loads its other records");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_claimreader"))
        .args(["--library", &dir.path().display().to_string(), "check"])
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}{stderr}");
    assert!(stderr.contains("damaged-record.ron:"), "{stderr}");
    assert!(stderr.contains("garbage.ron:1:"), "{stderr}");
    assert!(!stderr.contains("good.ron"), "{stderr}");
    assert!(stdout.contains("3 save files"), "{stdout}");
}

#[test]
fn deeply_nested_or_truncated_files_are_errors_not_crashes() {
    let nested = format!("{}{}", "(".repeat(100_000), ")".repeat(100_000));
    assert!(io::read_save(&nested, Path::new("n.ron")).is_err());
    for cut in [1, 10, 100, V2.len() / 3, V2.len() / 2, V2.len() - 2] {
        let mut end = cut;
        while !V2.is_char_boundary(end) {
            end -= 1;
        }
        let result = io::read_save(&V2[..end], Path::new("t.ron"));
        if let Ok(loaded) = result {
            // What loads from a truncated file is never written back silently.
            assert!(loaded.read_only.is_some(), "cut at {end}");
            assert!(!loaded.damaged.is_empty(), "cut at {end}");
        }
    }
}
