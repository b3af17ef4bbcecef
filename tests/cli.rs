//! The command line, run as the built binary in temporary folders.

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_claimreader");

/// An English article in the plain-text layout, written for this test.
const ARTICLE: &str = "Regulator fines chip maker over export paperwork

Business
By Jane Doe
September 4, 2025

The trade regulator fined the chip maker 2 million euros on Wednesday for late export filings, the agency said.

Sales of the company's X20 accelerator rose 15% in the second quarter, according to its annual report.

Is the fine large enough to matter?
";

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("run claimreader")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write fixture");
    path.display().to_string()
}

#[test]
fn extract_prints_json_whose_quotes_are_article_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = write(dir.path(), "fine.txt", ARTICLE);
    let output = run(&["extract", "--format", "json", &file]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("valid JSON");
    assert_eq!(json["file"], file.as_str());
    assert_eq!(
        json["title"],
        "Regulator fines chip maker over export paperwork"
    );
    assert_eq!(json["language"], "en");
    assert_eq!(json["published"], "2025-09-04");
    assert_eq!(json["author"], "Jane Doe");
    let claims = json["claims"].as_array().expect("claims array");
    assert!(
        !claims.is_empty(),
        "the fine and the sales figure are claims"
    );
    for claim in claims {
        let quote = claim["quote"].as_str().expect("quote");
        let (start, end) = (
            claim["start"].as_u64().expect("start"),
            claim["end"].as_u64().expect("end"),
        );
        assert!(start < end);
        assert_eq!((end - start) as usize, quote.len());
        assert!(ARTICLE.contains(quote), "quote is article text: {quote:?}");
        for key in [
            "id", "text", "kind", "score", "source", "hedged", "hedges", "numbers", "entities",
            "reasons",
        ] {
            assert!(claim.get(key).is_some(), "claim has {key}");
        }
    }
    // Several files give an array; nothing is written anywhere.
    let output = run(&["extract", &file, &file]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("valid JSON");
    assert_eq!(json.as_array().map(Vec::len), Some(2));
    assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 1);
}

#[test]
fn extract_markdown_and_csv() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = write(dir.path(), "fine.txt", ARTICLE);
    let output = run(&["extract", "--format", "md", &file]);
    assert!(output.status.success());
    assert!(stdout(&output).starts_with("# Regulator fines chip maker"));
    let output = run(&["extract", "--format", "csv", &file]);
    assert!(output.status.success());
    assert!(stdout(&output).starts_with("article,claim_id,start,end,quote"));
}

#[test]
fn import_list_check_and_export() {
    let dir = tempfile::tempdir().expect("tempdir");
    let library = dir.path().join("library");
    let library = library.to_str().expect("utf-8 path");
    let file = write(dir.path(), "fine.txt", ARTICLE);

    let output = run(&["import", "--library", library, &file]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("imported"));
    let output = run(&["import", "--library", library, &file]);
    assert!(output.status.success());
    assert!(stdout(&output).contains("already in the library"));

    let output = run(&["list", "--library", library]);
    assert!(output.status.success());
    let listing = stdout(&output);
    assert!(listing.contains("2025-09-04 en"), "{listing}");
    assert!(listing.contains("Regulator fines chip maker"), "{listing}");

    let output = run(&["check", "--library", library]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    let report = dir.path().join("report.md");
    let output = run(&[
        "export",
        "--library",
        library,
        "--format",
        "md",
        "--out",
        report.to_str().expect("utf-8"),
        "Regulator",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = std::fs::read_to_string(&report).expect("report written");
    assert!(text.contains("## Claims"));

    // A damaged save file is reported with its path and position; check exits 1 and the
    // file is left as it was.
    let broken = Path::new(library).join("broken.ron");
    std::fs::write(&broken, "(format_version: 1,\n  article: (").expect("write");
    let output = run(&["check", "--library", library]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("broken.ron:"), "{message}");
    let output = run(&["list", "--library", library]);
    assert!(stdout(&output).contains("UNREADABLE"));
    assert_eq!(
        std::fs::read_to_string(&broken).expect("read"),
        "(format_version: 1,\n  article: ("
    );
}

#[test]
fn bad_input_exits_1_and_names_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let empty = write(dir.path(), "empty.txt", "");
    let output = run(&["extract", &empty]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("empty.txt"));
    let missing = dir.path().join("missing.txt");
    let output = run(&["extract", missing.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("missing.txt"));
    let binary = dir.path().join("binary.txt");
    std::fs::write(&binary, [0u8, 159, 146, 150, 0, 1, 2]).expect("write");
    let output = run(&["extract", binary.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("binary.txt"));
}

#[test]
fn usage_errors_exit_2_and_help_works() {
    assert_eq!(run(&["extract"]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(
        run(&["extract", "--format", "xml", "x.txt"]).status.code(),
        Some(2)
    );
    // `gui` is the default: its options are accepted without it, and not by other commands.
    let help = run(&["--help"]);
    assert!(stdout(&help).contains("--screenshot"));
    assert_eq!(
        run(&["list", "--screenshot", "x.png"]).status.code(),
        Some(2)
    );
    assert!(help.status.success());
    for command in ["gui", "import", "extract", "list", "export", "check"] {
        assert!(stdout(&help).contains(command), "help lists {command}");
    }
}

#[test]
fn update_replaces_the_text_and_reports_how_annotations_fared() {
    let dir = tempfile::tempdir().expect("tempdir");
    let library = dir.path().join("library");
    let first = write(dir.path(), "article.txt", ARTICLE);
    let lib = library.display().to_string();
    assert_eq!(
        run(&["--library", &lib, "import", &first]).status.code(),
        Some(0)
    );
    let newer = ARTICLE.replace(
        "Sales of the company's X20 accelerator rose 15% in the second quarter, according to its annual report.",
        "A new paragraph was added by the editors.\n\nSales of the company's X20 accelerator rose 15% in the second quarter, according to its annual report.",
    ).replace("2 million euros", "3 million euros");
    let second = write(dir.path(), "article-v2.txt", &newer);
    let output = run(&["--library", &lib, "update", "regulator fines", &second]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let said = stdout(&output);
    assert!(said.contains("moved"), "{said}");
    assert!(said.contains("orphaned"), "{said}");
    let check = run(&["--library", &lib, "check"]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    let saved = std::fs::read_dir(&library)
        .expect("list")
        .filter_map(Result::ok)
        .find(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("regulator-fines")
        })
        .expect("save file");
    let text = std::fs::read_to_string(saved.path()).expect("read");
    assert!(text.contains("A new paragraph was added by the editors."));
    assert!(text.contains("3 million euros"));
    // Unknown article: a clear message and exit 1.
    let missing = run(&["--library", &lib, "update", "no such article", &second]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("no such article"));
}

#[test]
fn the_language_can_be_set_instead_of_detected() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = write(dir.path(), "article.txt", ARTICLE);
    let output = run(&["extract", "--language", "nl", &file]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("\"language\": \"nl\""),
        "{}",
        stdout(&output)
    );
}
