//! Integration tests of `claimreader::import`: plain text, Markdown, dates, refused files,
//! stable ids and the bundled samples. Every fixture is written here; nothing outside the
//! repository is read.

use std::fs::File;
use std::io::Write as _;
use std::path::Path;

use chrono::NaiveDate;
use claimreader::import::{
    ImportError, Imported, MAX_FILE_BYTES, date::parse_date, import_file, import_text,
};

/// What an import should produce. `None` fields are not checked.
#[derive(Default)]
struct Expected<'a> {
    title: &'a str,
    published: Option<&'a str>,
    author: Option<&'a str>,
    category: Option<&'a str>,
    paragraphs: &'a [&'a str],
    /// Substrings that must appear in some warning, one per expected warning.
    warnings: &'a [&'a str],
}

fn import(name: &str, input: &str) -> Imported {
    match import_text(input, Path::new(name)) {
        Ok(imported) => imported,
        Err(error) => panic!("{name}: {error}"),
    }
}

/// Imports `input` as a file called `name` and compares everything in `expected`.
fn check(name: &str, input: &str, expected: &Expected) {
    let Imported { article, warnings } = import(name, input);
    assert_eq!(article.title, expected.title, "title");
    assert_eq!(
        article.published.map(|d| d.to_string()).as_deref(),
        expected.published,
        "published"
    );
    assert_eq!(article.author.as_deref(), expected.author, "author");
    assert_eq!(article.category.as_deref(), expected.category, "category");
    assert_eq!(article.text, expected.paragraphs.join("\n\n"), "text");
    assert_eq!(article.source_file.as_deref(), Some(name), "source_file");
    let messages: Vec<&str> = warnings.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(
        messages.len(),
        expected.warnings.len(),
        "warnings: {messages:?}"
    );
    for (message, wanted) in messages.iter().zip(expected.warnings) {
        assert!(message.contains(wanted), "{message:?} lacks {wanted:?}");
    }
}

// Plain text.

#[test]
fn plain_dutch_layout_with_caption_subheads_and_boilerplate() {
    let comment_prompt = format!("{} reactie", "Plaats");
    let input = format!(
        "Gemeente opent nieuwe fietsenstalling bij station\n\
         \n\
         Nieuws\n\
         door Pieter\n\
         woensdag, 03 september 2025 om 08:15\n\
         fietsen in een rek bij het station\n\
         De gemeente heeft woensdag een stalling voor 2.000 fietsen geopend.\n\
         \n\
         Wat kost het?\n\
         \n\
         De eerste 24 uur zijn gratis, zei wethouder Jansen.\n\
         Daarna betaal je 1,25 euro per dag.\n\
         \n\
         Drukte verwacht\n\
         \n\
         Volgens de gemeente staan er op drukke dagen\u{a0}zo’n 5.000 fietsen.  \n\
         {comment_prompt}\n"
    );
    check(
        "stalling.txt",
        &input,
        &Expected {
            title: "Gemeente opent nieuwe fietsenstalling bij station",
            published: Some("2025-09-03"),
            author: Some("Pieter"),
            category: Some("Nieuws"),
            paragraphs: &[
                "De gemeente heeft woensdag een stalling voor 2.000 fietsen geopend.",
                "Wat kost het?",
                "De eerste 24 uur zijn gratis, zei wethouder Jansen. Daarna betaal je 1,25 euro per dag.",
                "Drukte verwacht",
                "Volgens de gemeente staan er op drukke dagen zo’n 5.000 fietsen.",
            ],
            warnings: &["caption", "boilerplate"],
        },
    );
}

#[test]
fn plain_date_line_without_title() {
    check(
        "zonder-titel.txt",
        " date 2025-09-18 De rechter heeft dinsdag een boete van 3 miljoen euro opgelegd. Het bedrijf gaat in beroep.\r\n\r\nDe uitspraak kwam na twee jaar.\r\n",
        &Expected {
            title: "De rechter heeft dinsdag een boete van 3 miljoen euro opgelegd",
            published: Some("2025-09-18"),
            paragraphs: &[
                "De rechter heeft dinsdag een boete van 3 miljoen euro opgelegd. Het bedrijf gaat in beroep.",
                "De uitspraak kwam na twee jaar.",
            ],
            warnings: &["no title"],
            ..Expected::default()
        },
    );
}

#[test]
fn plain_english_metadata_and_wrapped_lines() {
    check(
        "council.txt",
        "Council approves new bike park\n\nBy Jane Doe\nPublished: September 4, 2025\n\nThe council approved\tthe plan on Thursday,\nofficials said.\n\nRead more\nOther council news\n",
        &Expected {
            title: "Council approves new bike park",
            published: Some("2025-09-04"),
            author: Some("Jane Doe"),
            paragraphs: &["The council approved the plan on Thursday, officials said."],
            warnings: &["Read more", "Other council news"],
            ..Expected::default()
        },
    );
    check(
        "combined.txt",
        "Title here\nBy Jane Doe | 4 Sep 2025\nPhoto: Reuters\nBody one.\n\nBody two.\n",
        &Expected {
            title: "Title here",
            published: Some("2025-09-04"),
            author: Some("Jane Doe"),
            paragraphs: &["Body one.", "Body two."],
            warnings: &["caption"],
            ..Expected::default()
        },
    );
}

#[test]
fn plain_subhead_glued_to_its_paragraph_is_split() {
    check(
        "subhead.txt",
        "Title\n\nFirst paragraph.\n\nWhy it matters\nBecause the second paragraph says so at some length.\n",
        &Expected {
            title: "Title",
            paragraphs: &[
                "First paragraph.",
                "Why it matters",
                "Because the second paragraph says so at some length.",
            ],
            ..Expected::default()
        },
    );
}

// Markdown.

#[test]
fn markdown_front_matter_and_markup() {
    check(
        "story.md",
        "---\ntitle: \"Chips and rules\"\ndate: 2025-07-31\nauthor: Jane Doe\ntags: [Tech, China]\n---\n\n# Chips and rules\n\nThe **regulator** said it had *questions* about [the chip](https://example.com) and `H20`.\n\n![board](board.jpg)\n\n## Background\n\n- First point.\n- Second point.\n\n> A quoted line\n> that wraps.\n\n<div>ad</div>\n\nShare this article\n",
        &Expected {
            title: "Chips and rules",
            published: Some("2025-07-31"),
            author: Some("Jane Doe"),
            category: Some("Tech"),
            paragraphs: &[
                "The regulator said it had questions about the chip and H20.",
                "Background",
                "First point.",
                "Second point.",
                "A quoted line that wraps.",
            ],
            warnings: &["boilerplate"],
        },
    );
}

#[test]
fn markdown_heading_title_and_byline_paragraphs() {
    check(
        "notes.markdown",
        "# A heading title\n\nBy Jane Doe\n\n*4 Sep 2025*\n\nBody text here.\n\n1. one\n2. two\n",
        &Expected {
            title: "A heading title",
            published: Some("2025-09-04"),
            author: Some("Jane Doe"),
            paragraphs: &["Body text here.", "one", "two"],
            ..Expected::default()
        },
    );
}

#[test]
fn markdown_tables_code_blocks_and_strikethrough() {
    check(
        "table.md",
        "# Prices\n\n| Chip | Price |\n|---|---|\n| H20 | $10,000 |\n\n```\nlet x = 1;\n```\n\nThe ~~old~~ price held.\n",
        &Expected {
            title: "Prices",
            paragraphs: &["Chip Price", "H20 $10,000", "The old price held."],
            warnings: &["code block"],
            ..Expected::default()
        },
    );
}

#[test]
fn front_matter_is_sniffed_in_a_txt_file() {
    check(
        "story.txt",
        "---\ntitle: Sniffed\ncategory: Policy\n---\nSome *body* text.\n",
        &Expected {
            title: "Sniffed",
            category: Some("Policy"),
            paragraphs: &["Some body text."],
            ..Expected::default()
        },
    );
}

// Dates.

fn check_date(input: &str, expected: Option<&str>) {
    assert_eq!(
        parse_date(input)
            .map(|d: NaiveDate| d.to_string())
            .as_deref(),
        expected,
        "{input:?}"
    );
}

#[test]
fn dates_in_dutch_and_english() {
    check_date("donderdag, 04 september 2025 om 19:00", Some("2025-09-04"));
    check_date("vrijdag 1 aug. 2025", Some("2025-08-01"));
    check_date("3 okt 2025", Some("2025-10-03"));
    check_date("17 maart 2024", Some("2024-03-17"));
    check_date("September 4, 2025", Some("2025-09-04"));
    check_date("Thursday, Sept. 4th, 2025", Some("2025-09-04"));
    check_date("4 Sep 2025", Some("2025-09-04"));
    check_date("2025-09-04", Some("2025-09-04"));
    check_date("04-09-2025", Some("2025-09-04"));
    check_date("4 September 2025 10:00 BST", Some("2025-09-04"));
    check_date("30 februari 2025", None);
    check_date("Nieuws", None);
    check_date("4 chips in 2025", None);
}

// Refused input.

fn check_error(name: &str, bytes: &[u8], expected: fn(&ImportError) -> bool) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    match import_file(&path) {
        Ok(imported) => panic!("{name} imported: {:?}", imported.article.title),
        Err(error) => {
            assert!(expected(&error), "{name}: unexpected {error:?}");
            assert!(error.to_string().contains(name), "{error} names the file");
        }
    }
}

#[test]
fn refused_files() {
    check_error("empty.txt", b"", |e| matches!(e, ImportError::Empty { .. }));
    check_error("blank.txt", b" \n\r\n\t", |e| {
        matches!(e, ImportError::Empty { .. })
    });
    check_error("nul.txt", b"Title\n\nBody\0text", |e| {
        matches!(e, ImportError::Binary { .. })
    });
    check_error("controls.bin", &[1, 2, 3, 4, 5, 6, 7, 8, b'a'], |e| {
        matches!(e, ImportError::Binary { .. })
    });
    check_error("latin1.txt", b"Titel\n\nCaf\xe9 open.", |e| {
        matches!(e, ImportError::NotUtf8 { offset: 10, .. })
    });
    check_error("title-only.txt", b"Just a title\n", |e| {
        matches!(e, ImportError::NoBody { .. })
    });
}

#[test]
fn oversized_file_is_refused_before_reading() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("huge.txt");
    let file = File::create(&path).expect("create");
    file.set_len(MAX_FILE_BYTES + 1).expect("set_len");
    match import_file(&path) {
        Err(ImportError::TooLarge { size, .. }) => assert_eq!(size, MAX_FILE_BYTES + 1),
        other => panic!("expected TooLarge, got {other:?}"),
    }
}

#[test]
fn bom_is_stripped_and_file_name_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bom.txt");
    let mut file = File::create(&path).expect("create");
    file.write_all(b"\xEF\xBB\xBFTitle\n\nBody.\n")
        .expect("write");
    let imported = import_file(&path).expect("import");
    assert_eq!(imported.article.title, "Title");
    assert_eq!(imported.article.text, "Body.");
    assert_eq!(imported.article.source_file.as_deref(), Some("bom.txt"));
}

// Identity and samples.

#[test]
fn same_text_twice_gives_same_id() {
    let text = "Title\n\nBody one.\n\nBody two.\n";
    let first = import("a.txt", text);
    let second = import("b.txt", &text.replace('\n', "\r\n"));
    assert_eq!(first.article.id, second.article.id);
    assert_ne!(
        first.article.id,
        import("c.txt", "Title\n\nBody one.\n").article.id
    );
}

#[test]
fn bundled_samples_import_cleanly() {
    for (name, text) in claimreader::samples::SAMPLES {
        let Imported { article, warnings } = import(name, text);
        assert!(!article.title.is_empty(), "{name}: title");
        assert!(article.published.is_some(), "{name}: date");
        let paragraphs = article.paragraphs().len();
        assert!(paragraphs >= 5, "{name}: {paragraphs} paragraphs");
        let words = article.word_count();
        assert!((300..=800).contains(&words), "{name}: {words} words");
        for paragraph in article.text.split("\n\n") {
            assert_eq!(paragraph, paragraph.trim(), "{name}: untrimmed paragraph");
            assert!(!paragraph.contains('\n'), "{name}: newline in paragraph");
        }
        assert!(
            !article.text.to_lowercase().contains("deel dit artikel"),
            "{name}: boilerplate kept ({warnings:?})"
        );
    }
}

/// A sample not (yet) listed in `samples::SAMPLES`.
const EXTRA_SAMPLE: (&str, &str) = (
    "en-rtx-pro-6000d-ban.txt",
    include_str!("../assets/articles/en-rtx-pro-6000d-ban.txt"),
);

#[test]
fn english_plain_sample() {
    let (name, text) = EXTRA_SAMPLE;
    let Imported { article, warnings } = import(name, text);
    assert_eq!(
        article.title,
        "Beijing tells tech firms to stop buying Nvidia's RTX Pro 6000D"
    );
    assert_eq!(article.published, NaiveDate::from_ymd_opt(2025, 9, 17));
    assert_eq!(article.author.as_deref(), Some("Laura Chen"));
    assert_eq!(article.category.as_deref(), Some("Technology"));
    assert!(article.paragraphs().len() >= 5);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
}

#[test]
fn sample_metadata() {
    let find = |wanted: &str| {
        let (name, text) = claimreader::samples::SAMPLES
            .iter()
            .find(|(name, _)| *name == wanted)
            .expect("sample exists");
        import(name, text)
    };
    let h20 = find("nl-beijing-ontmoedigt-h20.txt");
    assert_eq!(h20.article.category.as_deref(), Some("Tech"));
    assert_eq!(h20.article.author.as_deref(), Some("Sanne de Vries"));
    assert_eq!(h20.warnings.len(), 2, "{:?}", h20.warnings);
    let b30a = find("nl-b30a-opvolger.txt");
    assert_eq!(b30a.article.published, NaiveDate::from_ymd_opt(2025, 8, 20));
    let cac = find("en-cac-summons-nvidia.md");
    assert_eq!(cac.article.author.as_deref(), Some("Daniel Brooks"));
    assert!(!cac.article.text.contains("h20-board.jpg"));
}
