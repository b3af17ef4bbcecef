//! Save files merge cleanly in git: two people edit different claims of the same article
//! on two branches, `git merge` reports no conflict, and the merged file loads with both
//! edits.

use std::path::Path;
use std::process::Command as Process;

use claimreader::model::{ClaimStatus, Verdict};
use claimreader::store::{Command, Session, io};

const FIXTURE: &str = include_str!("fixtures/format/v2.ron");

fn git(repo: &Path, args: &[&str]) -> std::process::Output {
    let output = Process::new("git")
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.org",
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(repo)
        .output()
        .expect("git runs");
    assert!(
        output.status.success(),
        "git {args:?}: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn edit(path: &Path, change: impl FnOnce(&mut Session)) {
    let mut session = io::load(path).expect("load");
    change(&mut session);
    io::save(&session, path).expect("save");
}

#[test]
fn edits_of_different_claims_on_two_branches_merge_without_conflict() {
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = dir.path();
    let path = repo.join("article.ron");
    let session = io::read_save(FIXTURE, Path::new("f.ron"))
        .expect("fixture")
        .session;
    io::save(&session, &path).expect("save");
    let ids: Vec<_> = session.claims().iter().map(|c| c.id.clone()).collect();
    let highlight = session.highlights()[0].id.clone();

    git(repo, &["init", "-q"]);
    git(repo, &["add", "article.ron"]);
    git(repo, &["commit", "-q", "-m", "import"]);

    git(repo, &["checkout", "-q", "-b", "alice"]);
    edit(&path, |s| {
        s.apply(Command::SetClaimStatus {
            claim_id: ids[1].clone(),
            status: ClaimStatus::Accepted,
        })
        .expect("accept");
        s.apply(Command::SetClaimNote {
            claim_id: ids[1].clone(),
            note: "Alice: confirmed by the ministry's statement.".to_owned(),
        })
        .expect("note");
    });
    git(repo, &["commit", "-q", "-am", "alice reviews claim 2"]);

    git(repo, &["checkout", "-q", "main"]);
    git(repo, &["checkout", "-q", "-b", "bob"]);
    edit(&path, |s| {
        s.apply(Command::SetClaimVerdict {
            claim_id: ids[3].clone(),
            verdict: Verdict::Refuted,
        })
        .expect("verdict");
        s.apply(Command::SetClaimTags {
            claim_id: ids[6].clone(),
            tags: vec!["follow-up".to_owned()],
        })
        .expect("tags");
        s.apply(Command::SetHighlightNote {
            highlight_id: highlight.clone(),
            note: "Bob: the FT piece is paywalled.".to_owned(),
        })
        .expect("highlight note");
    });
    git(repo, &["commit", "-q", "-am", "bob checks claims 4 and 7"]);

    git(repo, &["checkout", "-q", "alice"]);
    let merge = git(repo, &["merge", "--no-edit", "bob"]);
    assert!(
        !String::from_utf8_lossy(&merge.stdout).contains("CONFLICT"),
        "clean merge"
    );

    let merged = io::load(&path).expect("the merged file loads strictly");
    let claim = |i: usize| merged.claim(&ids[i]).expect("claim kept");
    assert_eq!(claim(1).status, ClaimStatus::Accepted);
    assert_eq!(
        claim(1).note,
        "Alice: confirmed by the ministry's statement."
    );
    assert_eq!(claim(3).verdict, Verdict::Refuted);
    assert_eq!(claim(6).tags, ["follow-up"]);
    assert_eq!(
        merged.highlight(&highlight).expect("highlight").note,
        "Bob: the FT piece is paywalled."
    );
    assert_eq!(merged.claims().len(), session.claims().len());
}
