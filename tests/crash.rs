//! Crash safety: a child process saves in a loop and is killed with SIGKILL at random
//! moments. Afterwards the save file must always parse and be exactly one complete
//! version: the last one the child reported, or the one it was finishing.
//!
//! 200 kills by default; set `CLAIMREADER_CRASH_KILLS` for more.
#![cfg(unix)]

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant};

use claimreader::store::{Command, Session, io};

/// Set in the child: the folder to save into.
const CHILD_ENV: &str = "CLAIMREADER_CRASH_CHILD";
const KILLS_ENV: &str = "CLAIMREADER_CRASH_KILLS";
const FIXTURE: &str = include_str!("fixtures/format/v2.ron");

/// Version `k` of the document: every version differs in a note, and in size.
fn version(k: u64) -> Session {
    let mut session = io::read_save(FIXTURE, Path::new("fixture.ron"))
        .expect("fixture")
        .session;
    let count = session.claims().len() as u64;
    let first = session.claims()[0].id.clone();
    let other = session.claims()[usize::try_from(k % count).expect("small")]
        .id
        .clone();
    session
        .apply(Command::SetClaimNote {
            claim_id: other,
            note: "padding ".repeat(usize::try_from(k % 300).expect("small")),
        })
        .expect("pad");
    session
        .apply(Command::SetClaimNote {
            claim_id: first,
            note: format!("version {k}"),
        })
        .expect("note");
    session
}

/// The saving child: not a test of its own (it returns at once unless `CHILD_ENV` is set).
#[test]
fn crash_child_saves_forever() {
    let Some(dir) = std::env::var_os(CHILD_ENV).map(PathBuf::from) else {
        return;
    };
    let path = dir.join("article.ron");
    let log_path = dir.join("log");
    let start = last_logged(&log_path).map_or(0, |k| k + 1);
    let mut log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&log_path)
        .expect("log");
    for k in start.. {
        io::save(&version(k), &path).expect("save");
        // Only after the save returned: this version is complete on disk. One write call,
        // so a kill cannot leave half a line that the next child's line would run into.
        log.write_all(format!("{k}\n").as_bytes()).expect("log");
    }
}

fn last_logged(log: &Path) -> Option<u64> {
    std::fs::read_to_string(log)
        .ok()?
        .lines()
        .filter_map(|l| l.parse().ok())
        .next_back()
}

/// A small deterministic generator for the kill delays.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

#[test]
#[allow(
    clippy::print_stdout,
    reason = "the figures are reported with --nocapture"
)]
fn sigkill_during_saves_never_leaves_a_torn_file() {
    if std::env::var_os(CHILD_ENV).is_some() {
        return;
    }
    let kills: usize = std::env::var(KILLS_ENV)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("article.ron");
    let log = dir.path().join("log");
    let exe = std::env::current_exe().expect("test binary");
    let mut random = Lcg(0x5eed);
    let (mut last_version_seen, mut finishing_seen) = (0, 0);
    for round in 0..kills {
        let before = last_logged(&log);
        let mut child = Process::new(&exe)
            .args(["--exact", "crash_child_saves_forever", "--test-threads=1"])
            .env(CHILD_ENV, dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn child");
        // Wait until the child has completed a save in this round, then kill it at a
        // random moment among the following saves.
        let waited = Instant::now();
        while last_logged(&log) == before && waited.elapsed() < Duration::from_secs(20) {
            std::thread::sleep(Duration::from_micros(500));
        }
        std::thread::sleep(Duration::from_micros(random.next() % 12_000));
        child.kill().expect("SIGKILL");
        child.wait().expect("reap");

        let logged = last_logged(&log).expect("the child saved at least once");
        let text = std::fs::read_to_string(&path).expect("the save file exists");
        let session = io::from_ron(&text, &path)
            .unwrap_or_else(|e| panic!("round {round}: torn save file: {e}"));
        let note = &session.claims()[0].note;
        let k: u64 = note
            .strip_prefix("version ")
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("round {round}: unexpected note {note:?}"));
        assert!(
            k == logged || k == logged + 1,
            "round {round}: file has version {k}, the child last completed {logged}"
        );
        assert_eq!(
            text,
            io::to_ron(&version(k)),
            "round {round}: version {k} is not complete"
        );
        if k == logged {
            last_version_seen += 1;
        } else {
            finishing_seen += 1;
        }
    }
    let leftovers = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(io::TEMP_PREFIX))
        .count();
    println!(
        "{kills} SIGKILLs: {kills} files parsed; {last_version_seen} held the last completed \
         version, {finishing_seen} the version being finished; 0 torn; {leftovers} temporary \
         files left behind (removed by Library::open after ten minutes)"
    );
}
