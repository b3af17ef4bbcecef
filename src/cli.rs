//! The headless subcommands: thin wrappers over the core that print to stdout and
//! report problems on stderr. Each returns the process exit status (0 ok, 1 problems).

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::export;
use crate::extract::extract_claims;
use crate::import::import_file;
use crate::model::Language;
use crate::samples::sample_sessions;
use crate::store::library::{AddOutcome, EntryState};
use crate::store::{Library, Session};

/// Output formats of `claimreader extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExtractFormat {
    /// One JSON object per file (an array for several files).
    Json,
    /// A Markdown report per file.
    Markdown,
    /// One CSV table for all files.
    Csv,
}

/// Output formats of `claimreader export`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// Markdown report.
    Markdown,
    /// CSV of claims.
    Csv,
}

fn out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
}

fn problem(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "claimreader: {text}");
}

/// Opens the library, adding the samples to a brand-new one.
pub fn open_library(dir: &Path) -> Result<Library, crate::store::StoreError> {
    Library::open_or_seed(dir, sample_sessions)
}

/// `claimreader import FILE...`: imports files into the library with their claims.
#[must_use]
pub fn import(library_dir: &Path, files: &[PathBuf], language: Option<Language>) -> i32 {
    let mut library = match open_library(library_dir) {
        Ok(library) => library,
        Err(error) => {
            problem(&error.to_string());
            return 1;
        }
    };
    let mut status = 0;
    for file in files {
        let imported = match import_file(file) {
            Ok(imported) => imported,
            Err(error) => {
                problem(&error.to_string());
                status = 1;
                continue;
            }
        };
        for warning in &imported.warnings {
            problem(&format!("{}: {}", file.display(), warning.message));
        }
        let mut imported = imported;
        override_language(&mut imported.article, language);
        let claims = extract_claims(&imported.article);
        let count = claims.len();
        let title = imported.article.title.clone();
        match library.add(Session::new(imported.article, claims, Vec::new())) {
            Ok(AddOutcome::Added(index)) => {
                let path = library.entries()[index].path.display().to_string();
                out(&format!("imported {title:?}: {count} claims -> {path}\n"));
            }
            Ok(AddOutcome::Duplicate(index)) => {
                let path = library.entries()[index].path.display().to_string();
                out(&format!(
                    "already in the library: {title:?} ({path}); not imported again\n"
                ));
            }
            Err(error) => {
                problem(&error.to_string());
                status = 1;
            }
        }
    }
    status
}

/// Sets the language the user asked for, if any.
fn override_language(article: &mut crate::model::Article, language: Option<Language>) {
    if let Some(language) = language {
        article.language = language;
        article.language_set_by_user = true;
    }
}

/// `claimreader update ARTICLE FILE`: replaces an article's text with a newer copy of its
/// source, re-places claims and highlights, extracts claims for the new text (keeping the
/// user's work), saves, and reports how the annotations fared.
#[must_use]
pub fn update(library_dir: &Path, needle: &str, file: &Path) -> i32 {
    let mut library = match Library::open(library_dir) {
        Ok(library) => library,
        Err(error) => {
            problem(&error.to_string());
            return 1;
        }
    };
    let wanted = needle.to_lowercase();
    let Some(index) = library.entries().iter().position(|e| {
        e.session().is_some_and(|s| {
            s.article.id.0.starts_with(&wanted) || s.article.title.to_lowercase().contains(&wanted)
        })
    }) else {
        problem(&format!(
            "no article in {} matches {needle:?}",
            library_dir.display()
        ));
        return 1;
    };
    if let Some(reason) = &library.entries()[index].read_only {
        problem(&format!(
            "{} is read-only: {reason}",
            library.entries()[index].path.display()
        ));
        return 1;
    }
    let imported = match import_file(file) {
        Ok(imported) => imported,
        Err(error) => {
            problem(&error.to_string());
            return 1;
        }
    };
    let Some(session) = library.entry_mut(index).and_then(|e| e.session_mut()) else {
        return 1;
    };
    let before: Vec<(String, crate::model::TextSpan)> = session
        .placed_claims()
        .map(|c| (c.id.0.clone(), c.anchor.span))
        .chain(
            session
                .placed_highlights()
                .map(|h| (h.id.0.clone(), h.anchor.span)),
        )
        .collect();
    if let Err(error) = session.apply(crate::store::Command::ReplaceArticleText {
        title: imported.article.title,
        text: imported.article.text,
    }) {
        problem(&format!("{}: {error}", file.display()));
        return 1;
    }
    let (mut same, mut moved, mut orphaned) = (0, 0, 0);
    for (id, span) in &before {
        let anchor = session
            .claims()
            .iter()
            .find(|c| &c.id.0 == id)
            .map(|c| &c.anchor)
            .or_else(|| {
                session
                    .highlights()
                    .iter()
                    .find(|h| &h.id.0 == id)
                    .map(|h| &h.anchor)
            });
        match anchor {
            Some(anchor) if anchor.orphaned => orphaned += 1,
            Some(anchor) if anchor.span == *span => same += 1,
            Some(_) => moved += 1,
            None => {}
        }
    }
    let fresh = extract_claims(&session.article);
    if let Err(error) =
        session.apply(crate::store::Command::ReplaceExtractedClaims { claims: fresh })
    {
        problem(&error.to_string());
        return 1;
    }
    let total = session.claims().len();
    if let Err(error) = library.save(index) {
        problem(&error.to_string());
        return 1;
    }
    out(&format!(
        "updated {} from {}: {same} annotations in place, {moved} moved, {orphaned} orphaned; {total} claims now\n",
        library.entries()[index].path.display(),
        file.display()
    ));
    0
}

/// `claimreader extract FILE...`: prints claims, writes nothing.
#[must_use]
pub fn extract(format: ExtractFormat, files: &[PathBuf], language: Option<Language>) -> i32 {
    let mut status = 0;
    let mut json = Vec::new();
    let mut text = String::new();
    let mut csv_header_done = false;
    for file in files {
        let imported = match import_file(file) {
            Ok(imported) => imported,
            Err(error) => {
                problem(&error.to_string());
                status = 1;
                continue;
            }
        };
        let mut imported = imported;
        override_language(&mut imported.article, language);
        let article = &imported.article;
        let claims = extract_claims(article);
        match format {
            ExtractFormat::Json => json.push(export::extract_json(
                &file.display().to_string(),
                article,
                &claims,
            )),
            ExtractFormat::Markdown => {
                text.push_str(&export::markdown_report(article, &claims, &[]));
                text.push('\n');
            }
            ExtractFormat::Csv => {
                let table = export::claims_csv(article, &claims);
                let body = if csv_header_done {
                    table.split_once('\n').map_or("", |(_, rest)| rest)
                } else {
                    table.as_str()
                };
                text.push_str(body);
                csv_header_done = true;
            }
        }
    }
    if format == ExtractFormat::Json {
        let value = if files.len() == 1 {
            json.pop().unwrap_or(serde_json::Value::Null)
        } else {
            serde_json::Value::Array(json)
        };
        if !value.is_null() {
            text = serde_json::to_string_pretty(&value).unwrap_or_default();
            text.push('\n');
        }
    }
    out(&text);
    status
}

/// `claimreader list`: one line per save file with counts.
#[must_use]
pub fn list(library_dir: &Path) -> i32 {
    let library = match open_library(library_dir) {
        Ok(library) => library,
        Err(error) => {
            problem(&error.to_string());
            return 1;
        }
    };
    let mut text = format!(
        "{:<10} {:<4} {:>6} {:>10}  {}\n",
        "date", "lang", "claims", "highlights", "title"
    );
    for entry in library.entries() {
        match &entry.state {
            EntryState::Loaded(session) => {
                let article = &session.article;
                let date = article
                    .published
                    .map_or_else(|| "-".to_owned(), |d| d.format("%Y-%m-%d").to_string());
                let _ = writeln!(
                    text,
                    "{:<10} {:<4} {:>6} {:>10}  {}",
                    date,
                    article.language.code(),
                    session.claims().len(),
                    session.highlights().len(),
                    article.title
                );
            }
            EntryState::Unreadable(error) => {
                let _ = writeln!(
                    text,
                    "{:<10} {:<4} {:>6} {:>10}  UNREADABLE: {error}",
                    "-", "-", "-", "-"
                );
            }
        }
    }
    out(&text);
    0
}

/// `claimreader check`: validates every save file; 1 when any has a problem.
#[must_use]
pub fn check(library_dir: &Path) -> i32 {
    let library = match Library::open(library_dir) {
        Ok(library) => library,
        Err(error) => {
            problem(&error.to_string());
            return 1;
        }
    };
    let mut problems = 0;
    for entry in library.entries() {
        match &entry.state {
            EntryState::Loaded(session) => {
                for damage in &entry.damaged {
                    problem(&damage.to_string());
                    problems += 1;
                }
                if entry.format_lock
                    && let Some(reason) = &entry.read_only
                {
                    problem(&format!(
                        "{}: opens read-only: {reason}",
                        entry.path.display()
                    ));
                    problems += 1;
                }
                for issue in crate::store::library::validate(session) {
                    problem(&format!("{}: {issue}", entry.path.display()));
                    problems += 1;
                }
            }
            EntryState::Unreadable(error) => {
                problem(&error.to_string());
                problems += 1;
            }
        }
    }
    out(&format!(
        "checked {} save files in {}: {} problems\n",
        library.entries().len(),
        library.dir().display(),
        problems
    ));
    i32::from(problems > 0)
}

/// `claimreader export`: writes a report of the chosen articles (all when none named).
#[must_use]
pub fn export(
    library_dir: &Path,
    format: ExportFormat,
    out_path: Option<&Path>,
    articles: &[String],
) -> i32 {
    let library = match Library::open(library_dir) {
        Ok(library) => library,
        Err(error) => {
            problem(&error.to_string());
            return 1;
        }
    };
    let wanted = |session: &Session| {
        articles.is_empty()
            || articles.iter().any(|a| {
                session.article.id.0.starts_with(a.as_str())
                    || session
                        .article
                        .title
                        .to_lowercase()
                        .contains(&a.to_lowercase())
            })
    };
    let mut text = String::new();
    let mut first_csv = true;
    for session in library.entries().iter().filter_map(|e| e.session()) {
        if !wanted(session) {
            continue;
        }
        match format {
            ExportFormat::Markdown => {
                text.push_str(&export::markdown_report(
                    &session.article,
                    session.claims(),
                    session.highlights(),
                ));
                text.push('\n');
            }
            ExportFormat::Csv => {
                let table = export::claims_csv(&session.article, session.claims());
                if first_csv {
                    text.push_str(&table);
                } else if let Some((_, rest)) = table.split_once('\n') {
                    text.push_str(rest);
                }
                first_csv = false;
            }
        }
    }
    let Some(path) = out_path else {
        out(&text);
        return 0;
    };
    match crate::store::io::write_atomic(path, text.as_bytes()) {
        Ok(()) => 0,
        Err(error) => {
            problem(&error.to_string());
            1
        }
    }
}
