//! Failed writes: an I/O error at any step of a save leaves the old file as it was, keeps
//! the edit in memory marked unsaved, names the file, and the next save succeeds.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use claimreader::store::io::{FaultPlan, WriteStep};
use claimreader::store::{Command, Library, Session, io};

const FIXTURE: &str = include_str!("fixtures/format/v2.ron");

/// Fails one step once, with one kind of error.
#[derive(Debug)]
struct FailOnce {
    step: WriteStep,
    errno: i32,
    armed: AtomicBool,
}

impl FaultPlan for FailOnce {
    fn fault(&self, step: WriteStep, _target: &Path) -> Option<std::io::Error> {
        (step == self.step && self.armed.swap(false, Ordering::SeqCst))
            .then(|| std::io::Error::from_raw_os_error(self.errno))
    }
}

fn session() -> Session {
    io::read_save(FIXTURE, Path::new("f.ron"))
        .expect("fixture")
        .session
}

/// ENOSPC, EACCES, EROFS.
const ERRORS: [(i32, &str); 3] = [(28, "no space"), (13, "permission"), (30, "read-only")];

#[test]
#[allow(
    clippy::print_stdout,
    reason = "the figures are reported with --nocapture"
)]
fn a_failed_write_at_any_step_loses_nothing_and_is_retried() {
    let mut cases = 0;
    for step in WriteStep::ALL {
        for (errno, what) in ERRORS {
            let dir = tempfile::tempdir().expect("tempdir");
            let mut library = Library::open(dir.path()).expect("open");
            library.add(session()).expect("add");
            let path = library.entries()[0].path.clone();
            let before = std::fs::read(&path).expect("read");

            let entry = library.entry_mut(0).expect("entry");
            let live = entry.session_mut().expect("loaded");
            let id = live.claims()[2].id.clone();
            live.apply(Command::SetClaimNote {
                claim_id: id,
                note: format!("edit during {step:?} / {what}"),
            })
            .expect("edit");
            let wanted = io::to_ron(live);

            library.set_fault_plan(Some(Arc::new(FailOnce {
                step,
                errno,
                armed: AtomicBool::new(true),
            })));
            let failures = library.save_dirty();
            assert_eq!(
                failures.len(),
                1,
                "{step:?}/{what}: the save reports its error"
            );
            let message = failures[0].1.to_string();
            assert!(
                message.contains(&dir.path().display().to_string()),
                "{step:?}/{what}: the message names the path: {message}"
            );
            assert!(
                library.entries()[0].is_dirty(),
                "{step:?}/{what}: still unsaved"
            );
            let now = std::fs::read(&path).expect("read");
            if step == WriteStep::SyncFolder {
                // The rename already happened: the file is the complete new version.
                assert_eq!(now, wanted.as_bytes(), "{step:?}/{what}");
            } else {
                assert_eq!(now, before, "{step:?}/{what}: the old file is untouched");
            }
            let strays = std::fs::read_dir(dir.path())
                .expect("list")
                .filter_map(Result::ok)
                .filter(|e| e.file_name().to_string_lossy().starts_with(io::TEMP_PREFIX))
                .count();
            assert_eq!(strays, 0, "{step:?}/{what}: no temporary file left");

            // The next save (the fault is spent) writes the edit, without taking our own
            // half-finished write for another program's change.
            assert!(library.save_dirty().is_empty(), "{step:?}/{what}: retry");
            assert!(!library.entries()[0].is_dirty());
            assert_eq!(std::fs::read(&path).expect("read"), wanted.as_bytes());
            cases += 1;
        }
    }
    println!("{cases} fault-injection cases passed");
    assert_eq!(cases, 18);
}
