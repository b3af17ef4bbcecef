//! Changes from outside: another program rewrites, replaces, renames or deletes a save
//! file, or adds one. Clean entries reload, entries with unsaved edits are never
//! overwritten and can be resolved by keeping either side or merging.

use std::path::{Path, PathBuf};

use claimreader::model::{ClaimId, ClaimStatus, Verdict};
use claimreader::store::library::{DiskChange, Resolution};
use claimreader::store::merge::CONFLICT_TAG;
use claimreader::store::{Command, Library, Session, StoreError, io};

const FIXTURE: &str = include_str!("fixtures/format/v2.ron");

fn session() -> Session {
    io::read_save(FIXTURE, Path::new("f.ron"))
        .expect("fixture")
        .session
}

fn library_with_one(dir: &Path) -> (Library, PathBuf, Vec<ClaimId>) {
    let mut library = Library::open(dir).expect("open");
    library.add(session()).expect("add");
    let path = library.entries()[0].path.clone();
    let ids = session().claims().iter().map(|c| c.id.clone()).collect();
    (library, path, ids)
}

/// What another program does: load the file, change it, write it back.
fn other_program(path: &Path, change: impl FnOnce(&mut Session)) {
    let mut theirs = io::load(path).expect("their load");
    change(&mut theirs);
    std::fs::write(path, io::to_ron(&theirs)).expect("their write");
}

fn set_note(session: &mut Session, id: &ClaimId, note: &str) {
    session
        .apply(Command::SetClaimNote {
            claim_id: id.clone(),
            note: note.to_owned(),
        })
        .expect("note");
}

fn mine(library: &mut Library) -> &mut Session {
    library
        .entry_mut(0)
        .and_then(|e| e.session_mut())
        .expect("loaded")
}

#[test]
fn a_clean_article_reloads_when_another_program_changes_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut library, path, ids) = library_with_one(dir.path());
    assert!(library.refresh().expect("refresh").is_empty());
    other_program(&path, |s| set_note(s, &ids[0], "from git pull"));
    assert_eq!(
        library.refresh().expect("refresh"),
        [DiskChange::Reloaded(0)]
    );
    assert_eq!(
        library.entries()[0].session().expect("loaded").claims()[0].note,
        "from git pull"
    );
    // Only the modification time changing is no change.
    let bytes = std::fs::read(&path).expect("read");
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&path, &bytes).expect("touch");
    assert!(library.refresh().expect("refresh").is_empty());
}

#[test]
fn unsaved_edits_are_never_overwritten_and_either_side_can_be_kept() {
    for resolution in [Resolution::KeepMine, Resolution::TakeTheirs] {
        let dir = tempfile::tempdir().expect("tempdir");
        let (mut library, path, ids) = library_with_one(dir.path());
        set_note(mine(&mut library), &ids[1], "mine");
        other_program(&path, |s| set_note(s, &ids[2], "theirs"));
        let theirs_bytes = std::fs::read(&path).expect("read");

        // Saving checks the file first: nothing is written, the conflict is recorded.
        let failures = library.save_dirty();
        assert!(matches!(
            failures.as_slice(),
            [(0, StoreError::ChangedOnDisk { .. })]
        ));
        assert_eq!(std::fs::read(&path).expect("read"), theirs_bytes);
        let entry = &library.entries()[0];
        let conflict = entry.conflict.as_ref().expect("conflict");
        assert_eq!(conflict.theirs.claims()[2].note, "theirs");
        assert!(entry.is_dirty());
        // Until resolved, later saves and refreshes write nothing either.
        assert!(!library.save_dirty().is_empty());
        library.refresh().expect("refresh");
        assert_eq!(std::fs::read(&path).expect("read"), theirs_bytes);

        library.resolve(0, resolution).expect("resolve");
        let on_disk = io::load(&path).expect("load");
        let shown = library.entries()[0].session().expect("loaded");
        assert_eq!(shown, &on_disk);
        if resolution == Resolution::KeepMine {
            assert_eq!(on_disk.claims()[1].note, "mine");
            assert_eq!(on_disk.claims()[2].note, "");
        } else {
            assert_eq!(on_disk.claims()[1].note, "");
            assert_eq!(on_disk.claims()[2].note, "theirs");
        }
        assert!(!library.entries()[0].is_dirty());
    }
}

#[test]
fn merging_keeps_both_sides_and_both_versions_of_a_claim_edited_twice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut library, path, ids) = library_with_one(dir.path());
    {
        let mine = mine(&mut library);
        set_note(mine, &ids[1], "mine only");
        set_note(mine, &ids[4], "my view");
        mine.apply(Command::DeleteClaim {
            claim_id: ids[7].clone(),
        })
        .expect("delete");
    }
    other_program(&path, |s| {
        set_note(s, &ids[2], "theirs only");
        set_note(s, &ids[4], "their view");
        s.apply(Command::SetClaimStatus {
            claim_id: ids[5].clone(),
            status: ClaimStatus::Rejected,
        })
        .expect("status");
        s.apply(Command::SetClaimVerdict {
            claim_id: ids[7].clone(),
            verdict: Verdict::Supported,
        })
        .expect("verdict on a claim I deleted");
    });
    assert_eq!(
        library.refresh().expect("refresh"),
        [DiskChange::Conflict(0)]
    );
    library.resolve(0, Resolution::Merge).expect("merge");
    let merged = io::load(&path).expect("merged file loads");
    let claim = |id: &ClaimId| merged.claim(id).expect("kept").clone();
    assert_eq!(claim(&ids[1]).note, "mine only");
    assert_eq!(claim(&ids[2]).note, "theirs only");
    assert_eq!(claim(&ids[5]).status, ClaimStatus::Rejected);
    // Deleted here but edited there: their edit is kept.
    assert_eq!(claim(&ids[7]).verdict, Verdict::Supported);
    // Edited on both sides: both kept, side by side, tagged.
    let mine_version = claim(&ids[4]);
    let theirs_id = ClaimId(format!("{}-theirs", ids[4].0));
    let theirs_version = claim(&theirs_id);
    assert_eq!(mine_version.note, "my view");
    assert_eq!(theirs_version.note, "their view");
    assert!(mine_version.tags.iter().any(|t| t == CONFLICT_TAG));
    assert!(theirs_version.tags.iter().any(|t| t == CONFLICT_TAG));
    let position = |id: &ClaimId| merged.claims().iter().position(|c| &c.id == id);
    assert_eq!(
        position(&theirs_id),
        position(&ids[4]).map(|p| p + 1),
        "side by side"
    );
    assert_eq!(merged.claims().len(), ids.len() + 1);
}

#[test]
fn renamed_deleted_and_new_files_are_followed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut library, path, ids) = library_with_one(dir.path());
    // Renamed (git mv): the entry follows the file and saves go to the new name.
    let renamed = dir.path().join("renamed-article.ron");
    std::fs::rename(&path, &renamed).expect("rename");
    assert_eq!(
        library.refresh().expect("refresh"),
        [DiskChange::Renamed(0)]
    );
    assert_eq!(library.entries()[0].path, renamed);
    set_note(mine(&mut library), &ids[0], "after rename");
    assert!(library.save_dirty().is_empty());
    assert_eq!(
        io::load(&renamed).expect("load").claims()[0].note,
        "after rename"
    );
    assert!(!path.exists());

    // Deleted: the session stays, nothing is recreated until the user asks.
    std::fs::remove_file(&renamed).expect("delete");
    assert_eq!(
        library.refresh().expect("refresh"),
        [DiskChange::Missing(0)]
    );
    set_note(mine(&mut library), &ids[0], "after delete");
    assert!(!library.save_dirty().is_empty());
    assert!(!renamed.exists());
    library.restore_missing(0).expect("restore");
    assert_eq!(
        io::load(&renamed).expect("load").claims()[0].note,
        "after delete"
    );

    // A new file (a colleague's article arriving with git pull) shows up.
    let mut other = session();
    other.article = claimreader::model::Article::new(
        "A second article".to_owned(),
        "Nothing but one paragraph of text.".to_owned(),
        claimreader::model::Language::English,
    );
    let other = Session::new(other.article, Vec::new(), Vec::new());
    io::save(&other, &dir.path().join("second.ron")).expect("their save");
    assert_eq!(library.refresh().expect("refresh"), [DiskChange::Added(1)]);
    assert_eq!(
        library.entries()[1]
            .session()
            .expect("loaded")
            .article
            .title,
        "A second article"
    );
}

#[test]
fn merging_onto_a_corrected_text_re_places_my_new_highlight() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut library, path, _ids) = library_with_one(dir.path());
    let quote = "Huawei has since published a multi-year roadmap for its Ascend chips.";
    {
        let mine = mine(&mut library);
        let start = mine.article.text.find(quote).expect("quote");
        let span =
            claimreader::model::TextSpan::new(&mine.article.text, start..start + quote.len())
                .expect("span");
        mine.apply(Command::AddHighlight {
            highlight: claimreader::model::Highlight {
                id: claimreader::model::HighlightId("hmine".to_owned()),
                anchor: claimreader::model::Anchor::new(&mine.article.text, span),
                color: claimreader::model::HighlightColor::Green,
                note: String::new(),
                tags: Vec::new(),
            },
        })
        .expect("highlight");
    }
    // They fix a typo early in the article, which shifts every offset after it.
    other_program(&path, |s| {
        let text = format!("Correction: {}", s.article.text);
        s.apply(Command::ReplaceArticleText {
            title: s.article.title.clone(),
            text,
        })
        .expect("their correction");
    });
    assert_eq!(
        library.refresh().expect("refresh"),
        [DiskChange::Conflict(0)]
    );
    library.resolve(0, Resolution::Merge).expect("merge");
    let merged = io::load(&path).expect("merged file loads strictly");
    assert!(merged.article.text.starts_with("Correction: "));
    let highlight = merged
        .highlight(&claimreader::model::HighlightId("hmine".to_owned()))
        .expect("my highlight kept");
    assert!(highlight.anchor.is_placed());
    assert_eq!(highlight.anchor.span.slice(&merged.article.text), quote);
}

#[test]
fn an_unreadable_file_is_read_again_only_when_it_changes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(format_version: 2, article: (").expect("write");
    let mut library = Library::open(dir.path()).expect("open");
    assert!(library.entries()[0].session().is_none());
    assert!(
        library.refresh().expect("refresh").is_empty(),
        "no change, no report"
    );
    // Someone fixes it: it loads.
    io::save(&session(), &broken).expect("fixed");
    assert_eq!(
        library.refresh().expect("refresh"),
        [DiskChange::Reloaded(0)]
    );
    assert!(library.entries()[0].session().is_some());
}
