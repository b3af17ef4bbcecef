//! The project's own source text holds no stray control characters. A backspace where
//! `\b` was meant (an escape read by a script that edited a pattern) makes a regular
//! expression silently never match, and twice went unnoticed that way.

use std::path::Path;

fn source_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path
            .extension()
            .is_some_and(|e| e == "rs" || e == "tsv" || e == "toml")
        {
            out.push(path);
        }
    }
}

#[test]
fn source_files_hold_no_control_characters() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "tests", "examples", "benches", "assets"] {
        source_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 20, "found only {} files", files.len());
    let mut bad = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        for (number, line) in text.lines().enumerate() {
            if line
                .chars()
                .any(|c| c.is_control() && c != '\t' && c != '\r')
            {
                bad.push(format!("{}:{}", file.display(), number + 1));
            }
        }
    }
    assert!(bad.is_empty(), "control characters at {bad:?}");
}
