//! Hostile input: the importers, the save loader, the library folder and save-file naming
//! never panic, never hang, and refuse bad input with an error that names the file.
//!
//! Property tests run [`DEFAULT_CASES`] cases per entry point; set `PROPTEST_CASES` for more
//! (e.g. `PROPTEST_CASES=100000 cargo test --release --test hostile`). The specific cases
//! below them (a 1 GB file, a 10 MB line, deeply nested RON and HTML, invalid UTF-8,
//! truncations, hostile file names) run once each.

use std::fs::File;
use std::path::{Component, Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use claimreader::extract::extract_claims;
use claimreader::import::{ImportError, MAX_FILE_BYTES, import_bytes, import_file, import_text};
use claimreader::model::{Article, ArticleId, Language};
use claimreader::samples::sample_sessions;
use claimreader::store::io::{MAX_SAVE_BYTES, from_ron, load, to_ron};
use claimreader::store::library::{EntryState, file_name_for};
use claimreader::store::{Library, StoreError};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

/// Cases per property when `PROPTEST_CASES` is not set.
const DEFAULT_CASES: u32 = 2000;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(DEFAULT_CASES);
    ProptestConfig {
        cases,
        // Failures are reported with their shrunk input; no files are written into tests/.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// The save files of the bundled samples: realistic, with claims, numbers and entities.
fn valid_saves() -> &'static [String] {
    static SAVES: OnceLock<Vec<String>> = OnceLock::new();
    SAVES.get_or_init(|| sample_sessions().iter().map(to_ron).collect())
}

// Generators.

/// Fragments that matter to the parsers: markup of every format, metadata lines, dates,
/// separators, odd Unicode and control characters.
fn fragment() -> impl Strategy<Value = String> {
    let pieces: &[&str] = &[
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "\t",
        "\u{a0}",
        "\u{200b}",
        "\u{feff}",
        "\u{0}",
        "\u{7}",
        "\u{1b}",
        "\u{ad}",
        "\u{2028}",
        "é",
        "🦀",
        "ß",
        "İ",
        "\u{301}",
        "---\n",
        "title: ",
        "date: 2025-09-04\n",
        "tags: [a, b]\n",
        "# ",
        "## ",
        "* ",
        "- ",
        "1. ",
        "> ",
        "```",
        "~~~",
        "|",
        "| --- |",
        "[link](",
        ")",
        "![img](x)",
        "**",
        "_",
        "`",
        "<!--",
        "-->",
        "<!doctype html>",
        "<html>",
        "</html>",
        "<head>",
        "<title>",
        "</title>",
        "<body>",
        "<article>",
        "</article>",
        "<main>",
        "<p>",
        "</p>",
        "<br>",
        "<div class=\"share\">",
        "</div>",
        "<h1>",
        "</h1>",
        "<script>",
        "</script>",
        "<style>",
        "<pre>",
        "<table><tr><td>",
        "<meta property=\"og:title\" content=\"",
        "<meta name=\"author\" content=\"",
        "\">",
        "<time datetime=\"",
        "2025-13-45T99:99",
        "&amp;",
        "&#0;",
        "&#x110000;",
        "&nbsp;",
        "&",
        "door Jan",
        "By Jane Doe",
        "donderdag, 04 september 2025 om 19:00",
        "September 4, 2025",
        "4.9.2025",
        "Foto: ANP",
        "Lees ook",
        "Share this",
        " | ",
        " — ",
        "Nvidia",
        "H20",
        "10.000",
        "4,5",
        "$10.000–$12.000",
        "tienduizenden",
        "volgens Reuters",
        "\"",
        "“",
        "”",
        "'",
        "(",
        "[",
        "{",
        ".",
        "?",
        "!",
        "…",
        "word ",
        "Zin. ",
        "Sentence. ",
    ];
    prop_oneof![
        6 => proptest::sample::select(pieces).prop_map(str::to_owned),
        2 => "[a-zA-Z ]{0,12}",
        1 => any::<String>(),
    ]
}

/// Text assembled from [`fragment`]s.
fn texty() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..60).prop_map(|parts| parts.concat())
}

/// Either raw bytes or text made of fragments, as bytes.
fn content() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..512),
        texty().prop_map(String::into_bytes),
    ]
}

/// A valid save file damaged in one of the usual ways.
#[derive(Clone, Debug)]
enum Damage {
    /// Cut at a byte offset (scaled to the file's length).
    Truncate(prop::sample::Index),
    /// Bytes replaced at offsets.
    Flip(Vec<(prop::sample::Index, u8)>),
    /// A run of one bracket or quote inserted at an offset.
    Insert(prop::sample::Index, char, usize),
    /// A piece of the file copied to another place.
    Splice(
        prop::sample::Index,
        prop::sample::Index,
        prop::sample::Index,
    ),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        any::<prop::sample::Index>().prop_map(Damage::Truncate),
        prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8)
            .prop_map(Damage::Flip),
        (
            any::<prop::sample::Index>(),
            proptest::sample::select(&['(', ')', '[', ']', '{', '}', '"', ',', ':', '\\'][..]),
            1_usize..300,
        )
            .prop_map(|(at, c, n)| Damage::Insert(at, c, n)),
        (
            any::<prop::sample::Index>(),
            any::<prop::sample::Index>(),
            any::<prop::sample::Index>()
        )
            .prop_map(|(a, b, c)| Damage::Splice(a, b, c)),
    ]
}

/// `save` with `damage` applied, as bytes (possibly no longer UTF-8).
fn damaged(save: &str, damage: &Damage) -> Vec<u8> {
    let mut bytes = save.as_bytes().to_vec();
    let len = bytes.len();
    match damage {
        Damage::Truncate(at) => bytes.truncate(at.index(len + 1)),
        Damage::Flip(flips) => {
            for (at, byte) in flips {
                bytes[at.index(len)] = *byte;
            }
        }
        Damage::Insert(at, c, n) => {
            let at = at.index(len + 1);
            let run = c.to_string().repeat(*n);
            bytes.splice(at..at, run.into_bytes());
        }
        Damage::Splice(from, to, at) => {
            let (a, b) = (from.index(len), to.index(len));
            let piece = bytes[a.min(b)..a.max(b)].to_vec();
            let at = at.index(len + 1);
            bytes.splice(at..at, piece);
        }
    }
    bytes
}

// Checks.

/// The name shown in messages: every refusal must contain it.
fn assert_names(message: &str, path: &Path) -> Result<(), TestCaseError> {
    let shown = path.display().to_string();
    prop_assert!(
        message.contains(&shown),
        "message {message:?} does not name {shown:?}"
    );
    Ok(())
}

/// The import invariant of `Article::text` (see `claimreader::import`).
fn assert_normalised(article: &Article) -> Result<(), TestCaseError> {
    prop_assert!(!article.title.is_empty(), "empty title");
    prop_assert!(!article.text.is_empty(), "empty text");
    for paragraph in article.text.split("\n\n") {
        prop_assert!(
            !paragraph.is_empty(),
            "empty paragraph in {:?}",
            article.text
        );
        prop_assert_eq!(paragraph.trim(), paragraph, "untrimmed paragraph");
        prop_assert!(!paragraph.contains("  "), "double space in {:?}", paragraph);
        prop_assert!(
            !paragraph
                .chars()
                .any(|c| c.is_control() || c == '\u{a0}' || c == '\u{feff}'),
            "control character, tab, NBSP or BOM in {:?}",
            paragraph
        );
    }
    Ok(())
}

fn check_import(bytes: &[u8], name: &Path) -> Result<(), TestCaseError> {
    match import_bytes(bytes, name) {
        Ok(imported) => assert_normalised(&imported.article),
        Err(error) => assert_names(&error.to_string(), name),
    }
}

fn check_from_ron(bytes: &[u8]) -> Result<(), TestCaseError> {
    let path = Path::new("library/damaged-save.ron");
    let text = String::from_utf8_lossy(bytes);
    if let Err(error) = from_ron(&text, path) {
        assert_names(&error.to_string(), path)?;
    }
    Ok(())
}

// Property tests.

proptest! {
    #![proptest_config(config())]

    #[test]
    fn import_plain_never_panics(bytes in content()) {
        check_import(&bytes, Path::new("folder/article.txt"))?;
    }

    #[test]
    fn import_markdown_never_panics(bytes in content()) {
        check_import(&bytes, Path::new("folder/article.md"))?;
    }

    #[test]
    fn import_html_never_panics(bytes in content()) {
        check_import(&bytes, Path::new("folder/article.html"))?;
    }

    #[test]
    fn from_ron_random_text_never_panics(bytes in content()) {
        check_from_ron(&bytes)?;
    }

    #[test]
    fn from_ron_damaged_saves_never_panic(
        which in any::<prop::sample::Index>(),
        damage in damage(),
    ) {
        let saves = valid_saves();
        let save = which.get(saves);
        check_from_ron(&damaged(save, &damage))?;
    }

    #[test]
    fn library_open_on_random_files(
        files in prop::collection::vec(
            (
                "[a-z0-9 ._-]{1,12}",
                prop_oneof![Just("ron"), Just("txt"), Just("RON"), Just("")],
                prop_oneof![
                    content(),
                    (any::<prop::sample::Index>(), damage())
                        .prop_map(|(which, damage)| damaged(which.get::<String>(valid_saves()), &damage)),
                    any::<prop::sample::Index>()
                        .prop_map(|which| which.get(valid_saves()).clone().into_bytes()),
                ],
            ),
            0..5,
        ),
    ) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        for (stem, extension, bytes) in &files {
            let name = if extension.is_empty() {
                stem.clone()
            } else {
                format!("{stem}.{extension}")
            };
            // Names such as "." or ".." cannot be files; skip them.
            let _ = std::fs::write(dir.path().join(name), bytes);
        }
        let library = Library::open(dir.path())
            .map_err(|e| TestCaseError::fail(format!("open failed: {e}")))?;
        for entry in library.entries() {
            prop_assert_eq!(entry.path.parent(), Some(dir.path()));
            if let EntryState::Unreadable(error) = &entry.state {
                assert_names(&error.to_string(), &entry.path)?;
            }
        }
    }

    #[test]
    fn save_file_names_are_single_safe_components(
        title in prop_oneof![texty(), any::<String>(), "[./\\\\\\x00 ]{0,20}"],
        id in prop_oneof![
            Just(None),
            prop_oneof![any::<String>(), "[./\\\\\\x00a-f0-9]{0,20}"].prop_map(Some),
        ],
    ) {
        let mut article = Article::new(title, "Body text.".to_owned(), Language::English);
        if let Some(id) = id {
            article.id = ArticleId(id);
        }
        let name = file_name_for(&article);
        assert_safe_file_name(&name)?;
    }
}

/// A save file name is one plain, visible `*.ron` component: no separator, no `..`, no NUL,
/// not empty, not hidden (hidden files are skipped when the library is read).
fn assert_safe_file_name(name: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        !name.contains(['/', '\\', '\0']),
        "separator or NUL in {name:?}"
    );
    prop_assert!(!name.contains(".."), "'..' in {name:?}");
    prop_assert!(!name.starts_with('.'), "hidden or empty stem: {name:?}");
    prop_assert!(
        name.len() > ".ron".len() && Path::new(name).extension().is_some_and(|ext| ext == "ron"),
        "{name:?}"
    );
    prop_assert!(name.len() <= 255, "too long for a file system: {name:?}");
    let components: Vec<Component> = Path::new(name).components().collect();
    prop_assert!(
        matches!(components.as_slice(), [Component::Normal(_)]),
        "{name:?} is not a single component"
    );
    Ok(())
}

// Specific cases.

/// A sparse file of `size` bytes: takes no disk space and no time to make.
fn sparse_file(path: &Path, size: u64) {
    let file = File::create(path).expect("create");
    file.set_len(size).expect("set_len");
}

const GIGABYTE: u64 = 1024 * 1024 * 1024;

#[test]
fn one_gigabyte_files_are_refused_before_reading() {
    let dir = tempfile::tempdir().expect("tempdir");
    let article = dir.path().join("huge.txt");
    sparse_file(&article, GIGABYTE);
    let started = Instant::now();
    match import_file(&article) {
        Err(error @ ImportError::TooLarge { size, .. }) => {
            assert_eq!(size, GIGABYTE);
            assert!(error.to_string().contains("huge.txt"), "{error}");
        }
        other => panic!("{other:?}"),
    }

    let save = dir.path().join("huge.ron");
    sparse_file(&save, GIGABYTE);
    match load(&save) {
        Err(error @ StoreError::TooLarge { size, .. }) => {
            assert_eq!(size, GIGABYTE);
            assert!(error.to_string().contains("huge.ron"), "{error}");
        }
        other => panic!("{other:?}"),
    }
    // Reading a gigabyte (even of zeros) takes far longer than a metadata check.
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );

    // In a library, the huge file is reported and the good one still loads.
    let good = &valid_saves()[0];
    std::fs::write(dir.path().join("good.ron"), good).expect("write");
    let library = Library::open(dir.path()).expect("open");
    assert_eq!(library.entries().len(), 2);
    assert_eq!(library.loaded_count(), 1);
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn limits_are_checked_at_the_boundary() {
    let dir = tempfile::tempdir().expect("tempdir");
    let at_limit = dir.path().join("at-limit.txt");
    sparse_file(&at_limit, MAX_FILE_BYTES);
    // Exactly at the limit the file is read: all zeros, so it is binary, not too large.
    assert!(matches!(
        import_file(&at_limit),
        Err(ImportError::Binary { .. })
    ));
    let over = dir.path().join("over.ron");
    sparse_file(&over, MAX_SAVE_BYTES + 1);
    assert!(matches!(load(&over), Err(StoreError::TooLarge { .. })));
}

/// Imports `text` and, when `extract` is set, extracts its claims; returns the time taken.
fn import_and_extract(text: &str, name: &str, extract: bool) -> Duration {
    let started = Instant::now();
    let imported = import_text(text, Path::new(name)).expect("imports");
    if extract {
        let claims = extract_claims(&imported.article);
        assert!(
            claims
                .iter()
                .all(|claim| claim.anchor.holds_in(&imported.article.text))
        );
    }
    started.elapsed()
}

/// A title line, then one line of about `bytes` bytes made of repeated `unit`.
fn one_line(unit: &str, bytes: usize) -> String {
    format!("A title\n\n{}", unit.repeat(bytes / unit.len()))
}

const MB: usize = 1024 * 1024;

/// The extremes of long lines: prose, bare words, a single word, one endless page.
const LONG_LINES: &[(&str, &str)] = &[
    (
        "Het kabinet zei dat 4,5 procent van 10.000 chips naar China ging. ",
        "prose.txt",
    ),
    ("word ", "words.txt"),
    ("X", "one-word.txt"),
    ("<p>A paragraph of an endless page.</p>", "page.html"),
];

#[test]
fn a_ten_megabyte_line_imports_in_linear_time() {
    for &(unit, name) in LONG_LINES {
        let small = import_and_extract(&one_line(unit, MB), name, false);
        let large = import_and_extract(&one_line(unit, 10 * MB), name, false);
        eprintln!("import {name}: 1 MB line {small:?}, 10 MB line {large:?}");
        // Linear growth gives a ratio near 10; quadratic growth gives 100.
        assert!(
            large < small * 30 + Duration::from_secs(1),
            "{name}: 1 MB took {small:?}, 10 MB took {large:?}"
        );
    }
}

/// Extraction is timed on smaller lines: a debug build extracts about 0.1 MB/s.
#[test]
fn a_long_line_extracts_in_linear_time() {
    for &(unit, name) in LONG_LINES {
        let small = import_and_extract(&one_line(unit, MB / 16), name, true);
        let large = import_and_extract(&one_line(unit, MB / 4), name, true);
        eprintln!("import+extract {name}: 64 KB line {small:?}, 256 KB line {large:?}");
        // Linear growth gives a ratio near 4; quadratic growth gives 16.
        assert!(
            large < small * 10 + Duration::from_millis(500),
            "{name}: 64 KB took {small:?}, 256 KB took {large:?}"
        );
    }
}

#[test]
fn deeply_nested_ron_is_an_error_not_a_stack_overflow() {
    let path = Path::new("nested.ron");
    for open in ["(", "[", "{", "Some(", "(format_version: 1, article: ("] {
        let text = format!("{}{}", open, "[".repeat(100_000));
        for text in [text.clone(), format!("(format_version: 1, claims: {text}")] {
            match from_ron(&text, path) {
                Err(error) => assert!(error.to_string().contains("nested.ron"), "{error}"),
                Ok(_) => panic!("nested brackets loaded"),
            }
        }
    }
}

#[test]
fn deeply_nested_html_imports_in_bounded_time() {
    for (open, close) in [
        ("<div>", "</div>"),
        ("<article>", ""),
        ("<b>", ""),
        ("<table><tr><td>", ""),
        ("<ul><li>", ""),
        ("<a href=x>", ""),
        ("<blockquote>", "</blockquote>"),
    ] {
        let depth = 100_000;
        let page = format!(
            "<!doctype html><html><body>{}<p>Deep inside.</p>{}</body></html>",
            open.repeat(depth),
            close.repeat(depth)
        );
        let started = Instant::now();
        let result = import_text(&page, Path::new("deep.html"));
        let took = started.elapsed();
        eprintln!("{open} x{depth}: {took:?}");
        assert!(took < Duration::from_secs(5), "{open}: {took:?}");
        match result {
            Ok(imported) => assert!(imported.article.text.contains("Deep inside.")),
            Err(error @ ImportError::TooDeeplyNested { .. }) => {
                assert!(error.to_string().contains("deep.html"), "{error}");
            }
            Err(error) => panic!("{open}: {error}"),
        }
    }
}

#[test]
fn invalid_utf8_is_refused_with_file_and_position() {
    let bytes = b"Title\n\nGood text, then \xff\xfe bad bytes.\n";
    match import_bytes(bytes, Path::new("dir/latin1.txt")) {
        Err(error @ ImportError::NotUtf8 { offset, .. }) => {
            assert_eq!(offset, 23);
            assert!(error.to_string().contains("dir/latin1.txt"), "{error}");
        }
        other => panic!("{other:?}"),
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let save = dir.path().join("latin1.ron");
    let mut bytes = valid_saves()[0].clone().into_bytes();
    bytes.insert(40, 0xff);
    std::fs::write(&save, bytes).expect("write");
    match load(&save) {
        Err(error @ StoreError::Syntax { .. }) => {
            let message = error.to_string();
            assert!(message.contains("latin1.ron:"), "{message}");
            assert!(message.contains("UTF-8"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn every_truncation_of_a_save_is_handled() {
    let save = &valid_saves()[0];
    let path = Path::new("cut.ron");
    let mut loaded = 0;
    for end in (0..=save.len()).filter(|&end| save.is_char_boundary(end)) {
        match from_ron(&save[..end], path) {
            Ok(_) => loaded += 1,
            Err(error) => assert!(error.to_string().contains("cut.ron"), "{error}"),
        }
    }
    // Only the whole file, with or without its final newline, loads.
    assert!(loaded <= 2, "{loaded} truncations loaded");
}

#[test]
fn truncated_articles_import_or_are_refused_with_the_file_name() {
    let article = "Titel van het artikel\n\ndoor Jan\n4 september 2025\n\n\
        Eerste alinea met 10.000 chips.\n\nTweede alinea, volgens Reuters.\n";
    let page = "<!doctype html><html><head><title>Page | Site Name</title>\
        <meta property=\"article:published_time\" content=\"2025-09-04\"></head>\
        <body><article><h1>Page</h1><p>First &amp; only paragraph.</p>\
        <script>var x = 1;</script></article></body></html>";
    let markdown = "---\ntitle: Notitie\ndate: 2025-09-04\n---\n\n# Notitie\n\nTekst *hier*.\n";
    for (text, name) in [(article, "a.txt"), (page, "a.html"), (markdown, "a.md")] {
        for end in (0..=text.len()).filter(|&end| text.is_char_boundary(end)) {
            match import_text(&text[..end], Path::new(name)) {
                Ok(imported) => {
                    assert!(!imported.article.text.contains("var x"), "{end}");
                }
                Err(error) => assert!(error.to_string().contains(name), "{error}"),
            }
        }
    }
}

#[test]
fn html_scripts_never_reach_the_text() {
    let page = "<html><body><article><p>Visible.</p>\
        <script>document.write('<p>SCRIPTTEXT</p>')</script>\
        <script src=\"evil.js\"></script><p>Also visible.</p>\
        <script>// never closed SCRIPTTEXT <p>more</p>";
    let imported = import_text(page, Path::new("s.html")).expect("imports");
    assert_eq!(imported.article.text, "Visible.\n\nAlso visible.");
    let sniffed = import_text(page, Path::new("s.txt")).expect("imports");
    assert_eq!(sniffed.article.text, imported.article.text);
}

#[test]
fn hostile_file_names() {
    let names = [
        "../../etc/passwd",
        "..",
        "dir/../../up.txt",
        "back\\slash\\..\\name.html",
        "nul\0byte.txt",
        "/absolute/path/file.md",
        "trailing-dot.",
        " ",
        "名前.txt",
    ];
    for name in names {
        let path = Path::new(name);
        // Refusals name the file.
        let error = import_bytes(b"", path).expect_err("empty is refused");
        assert!(
            error.to_string().contains(&path.display().to_string()),
            "{error}"
        );
        // An import keeps only the final name as metadata, never a path.
        if let Ok(imported) = import_bytes(b"Title\n\nSome text here.", path)
            && let Some(source) = &imported.article.source_file
        {
            assert!(!source.contains('/'), "{source:?}");
            assert_ne!(source, "..");
        }
        // Reading a file by such a name fails cleanly, naming it.
        match import_file(path) {
            Ok(_) => {}
            Err(error) => assert!(
                error.to_string().contains(&path.display().to_string()),
                "{error}"
            ),
        }
        // As a title, the name never escapes the library folder.
        let article = Article::new(name.to_owned(), "Body.".to_owned(), Language::English);
        let file_name = file_name_for(&article);
        assert_safe_file_name(&file_name).expect("safe file name");
        let joined: PathBuf = Path::new("library").join(&file_name);
        assert_eq!(joined.parent(), Some(Path::new("library")));
    }
}
