//! # claimreader
//!
//! A reader for news and policy articles that lists the checkable claims each article
//! makes and lets the user review, correct and annotate them.
//!
//! ## Bird's-eye view
//!
//! A file becomes an [`model::Article`] (import), the article gets its
//! [`model::Claim`]s (extract), the user edits claims and highlights through
//! [`store::Command`]s applied to a [`store::Session`], and each session is written to one
//! RON file in the library folder (store). The window (`ui`, feature `gui`) and the
//! command line (`cli`) are two front ends over the same core:
//!
//! ```text
//! file ──import──▶ Article ──extract──▶ Vec<Claim> ──▶ Session ◀──Command── ui / cli
//!                                                          │
//!                                                     store::io ──▶ saves/*.ron
//! ```
//!
//! ## Code map
//!
//! - [`model`]: plain data. `Article` (normalised text plus metadata, id derived from the
//!   content hash), `TextSpan` (checked byte ranges), `Anchor` (span plus quote and
//!   context, or an orphan whose passage is gone), `reanchor` (re-placing anchors when the
//!   text changes), `Claim` and `Highlight`. No I/O, no serde.
//! - [`import`]: files and pasted text to articles. Plain text in the usual news layout,
//!   Markdown and saved web pages (HTML, parsed only, scripts dropped); size, binary,
//!   encoding and nesting checks; messy input gives warnings, not errors.
//! - [`extract`]: the claim extractor. Pure and deterministic: language, sentences,
//!   check-worthiness, kind, source, hedging, numbers, entities, dates.
//! - [`store`]: `Session` (the single source of truth for one open article), `Command`
//!   (the closed set of edits), `history` (undo/redo), `format` (the RON schema; the only
//!   serde in the crate, with migrations from older versions), `io` (atomic save with
//!   injectable faults; tolerant load that isolates damaged records and reports them with
//!   line:column; file stamps), `library` (the folder of saves: changes by other programs,
//!   conflicts, read-only files) and `merge` (three-way merge of two versions by id).
//! - [`export`]: a session to text: the JSON of `claimreader extract`, Markdown, CSV.
//! - [`cli`]: the headless subcommands, thin wrappers over the core.
//! - [`samples`]: the sample articles compiled into the binary.
//! - `ui` (feature `gui`): egui/eframe window. Panels read a `&Session` and push
//!   `AppAction`s; `ReaderApp` applies them once per frame and autosaves; `jobs` runs long
//!   extractions on a worker thread; `watch` notices changes to the library folder.
//!
//! ## Invariants
//!
//! - **Invariant:** the core (`model`, `import`, `extract`, `store`, `export`, `cli`)
//!   never depends on egui, eframe or rfd; `cargo check --lib --no-default-features` builds it.
//! - **Invariant:** an article's text changes only through `Command::ReplaceArticleText`,
//!   which re-places every anchor; every placed span points into the text, on char
//!   boundaries, and its quote equals the text at its span. An anchor that cannot be
//!   re-placed with confidence becomes an orphan; it is never moved onto other text.
//! - **Invariant:** document state changes only through `Session::apply`, `undo` and `redo`.
//! - **Invariant:** a save file is replaced only by an atomic rename of a complete, synced
//!   file; a file that failed to load, is read-only (newer format, unknown fields, damaged
//!   records) or was changed by another program since we read it is never written;
//!   re-saving an unedited session reproduces its file byte for byte.

pub mod cli;
pub mod export;
pub mod extract;
pub mod import;
pub mod model;
pub mod samples;
pub mod store;
#[cfg(feature = "gui")]
pub mod ui;
