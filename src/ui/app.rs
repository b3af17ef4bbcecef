//! `ReaderApp`: the window's top level. It owns the library and the UI state, draws the
//! panels, and applies the actions they emit once per frame.
//!
//! **Invariant:** document changes happen only in [`ReaderApp::apply_actions`], through
//! `Session::apply`, `undo` or `redo`; every change is saved within about a second.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::{Context, Key, KeyboardShortcut, Modifiers, RichText, Ui};

use crate::extract::extract_claims;
use crate::import::{import_file, import_text};
use crate::model::annotation::derive_highlight_id;
use crate::model::{Anchor, Claim, ClaimOrigin, Highlight, HighlightId, TextSpan};
use crate::store::library::{AddOutcome, DiskChange, Resolution};
use crate::store::{Command, Library, LibraryEntry, Session, StoreError};

use super::article_view::{ReaderCache, reader_ui};
use super::claims_panel::{ClaimsCache, claims_ui, fresh_claim_id, pending_draft_commands};
use super::dialogs;
use super::jobs::{ExtractionJob, FOREGROUND_LIMIT};
use super::library_panel::library_ui;
use super::state::{AppAction, UiState};
use super::watch::FolderWatch;

/// How long after the last edit the open article is saved.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(800);

/// How long to wait before retrying a save that failed.
const RETRY_DELAY: Duration = Duration::from_secs(5);

/// The line at the bottom of the window.
#[derive(Clone, Debug, Default)]
pub struct StatusLine {
    /// Last message shown.
    pub message: String,
    /// True when the message reports a problem.
    pub is_error: bool,
    /// The last save failed with this message (cleared by a successful save).
    pub save_error: Option<String>,
}

/// The application: library, current article, UI state.
pub struct ReaderApp {
    library: Library,
    /// UI-only state (public for tests).
    pub state: UiState,
    actions: Vec<AppAction>,
    /// Status line contents.
    pub status: StatusLine,
    reader_cache: ReaderCache,
    claims_cache: ClaimsCache,
    /// Watches the library folder for other programs' changes (started on the first frame).
    watch: Option<FolderWatch>,
    /// Extractions running on worker threads.
    jobs: Vec<ExtractionJob>,
    last_edit: Option<Instant>,
    applied_dark: Option<bool>,
    /// The window's context, for worker threads to wake it.
    repaint: Option<Context>,
}

/// Id, span and placed flag of every claim and highlight.
fn anchor_summary(session: &Session) -> Vec<(String, TextSpan, bool)> {
    session
        .claims()
        .iter()
        .map(|c| (c.id.0.clone(), c.anchor.span, c.anchor.is_placed()))
        .chain(
            session
                .highlights()
                .iter()
                .map(|h| (h.id.0.clone(), h.anchor.span, h.anchor.is_placed())),
        )
        .collect()
}

impl ReaderApp {
    /// A window over `library`, showing its first readable article.
    #[must_use]
    pub fn new(library: Library) -> Self {
        let first = library.entries().iter().position(|e| e.session().is_some());
        let mut state = UiState::default();
        state.reset_for_article(first);
        let mut status = StatusLine::default();
        let unreadable = library.entries().len() - library.loaded_count();
        if unreadable > 0 {
            status.message = format!(
                "{unreadable} save file(s) could not be read; they are listed in red and will not be touched"
            );
            status.is_error = true;
        }
        Self {
            library,
            state,
            actions: Vec::new(),
            status,
            reader_cache: ReaderCache::default(),
            claims_cache: ClaimsCache::default(),
            watch: None,
            jobs: Vec::new(),
            last_edit: None,
            applied_dark: None,
            repaint: None,
        }
    }

    /// The library.
    #[must_use]
    pub fn library(&self) -> &Library {
        &self.library
    }

    /// The library, mutably (tests use it to inject write faults).
    pub fn library_mut(&mut self) -> &mut Library {
        &mut self.library
    }

    /// The session shown in the reader.
    #[must_use]
    pub fn current_session(&self) -> Option<&Session> {
        self.state
            .current
            .and_then(|i| self.library.entries().get(i))
            .and_then(|e| e.session())
    }

    fn current_session_mut(&mut self) -> Option<&mut Session> {
        let index = self.state.current?;
        self.library.entry_mut(index)?.session_mut()
    }

    /// Opens the first article whose title contains `needle` (case-insensitive) or whose id
    /// starts with it; false when none matches.
    pub fn open_matching(&mut self, needle: &str) -> bool {
        let needle = needle.to_lowercase();
        let found = self.library.entries().iter().position(|e| {
            e.session().is_some_and(|s| {
                s.article.title.to_lowercase().contains(&needle)
                    || s.article.id.0.starts_with(&needle)
            })
        });
        if let Some(index) = found {
            self.queue(AppAction::SelectArticle(index));
        }
        found.is_some()
    }

    /// Queues an action as if a panel had emitted it (used by tests and the menu).
    pub fn queue(&mut self, action: AppAction) {
        self.actions.push(action);
    }

    /// True when the open article has edits not yet written to disk.
    #[must_use]
    pub fn has_unsaved_changes(&self) -> bool {
        self.library.has_unsaved_changes()
    }

    /// The library entry shown in the reader.
    #[must_use]
    pub fn current_entry(&self) -> Option<&LibraryEntry> {
        self.state
            .current
            .and_then(|i| self.library.entries().get(i))
    }

    /// Looks for changes other programs made to the library folder and applies them:
    /// reloads files without unsaved edits (keeping the reader's place), records a
    /// conflict for files with unsaved edits, follows renames, lists new files.
    pub fn refresh_from_disk(&mut self) {
        let changes = match self.library.refresh() {
            Ok(changes) => changes,
            Err(error) => {
                self.report(error.to_string());
                return;
            }
        };
        for change in changes {
            let (index, message, is_error) = match change {
                DiskChange::Reloaded(i) => (
                    i,
                    "was changed outside claimreader and has been read again",
                    false,
                ),
                DiskChange::Conflict(i) => (
                    i,
                    "was changed outside claimreader while you had unsaved edits: choose what to keep",
                    true,
                ),
                DiskChange::Renamed(i) => {
                    (i, "was renamed outside claimreader; following it", false)
                }
                DiskChange::Missing(i) => (
                    i,
                    "was deleted or moved outside claimreader; your copy stays open",
                    true,
                ),
                DiskChange::Added(i) => (i, "appeared in the library folder", false),
            };
            let name = self
                .library
                .entries()
                .get(index)
                .map_or_else(String::new, |e| {
                    e.path
                        .file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
                });
            if is_error {
                self.report(format!("{name} {message}"));
            } else {
                self.inform(format!("{name} {message}"));
            }
            if self.state.current == Some(index) {
                self.keep_place_after_reload();
            } else if self.state.current.is_none() && matches!(change, DiskChange::Added(_)) {
                self.state.reset_for_article(Some(index));
            }
        }
    }

    /// After the open article was read again: drop selections that no longer exist.
    fn keep_place_after_reload(&mut self) {
        let Some(session) = self.current_session() else {
            return;
        };
        let claim_gone = self
            .state
            .selected_claim
            .as_ref()
            .is_some_and(|id| session.claim(id).is_none());
        let highlight_gone = self
            .state
            .selected_highlight
            .as_ref()
            .is_some_and(|id| session.highlight(id).is_none());
        if claim_gone {
            self.state.selected_claim = None;
        }
        if highlight_gone {
            self.state.selected_highlight = None;
        }
        self.state.drafts.editing = None;
        self.state.text_selection = None;
    }

    /// Draws the whole window into `ui` and processes this frame's actions.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if self.applied_dark != Some(self.state.dark) {
            ctx.set_theme(if self.state.dark {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            });
            ctx.options_mut(|o| o.zoom_with_keyboard = false);
            self.applied_dark = Some(self.state.dark);
        }
        self.handle_input(&ctx);
        self.watch_folder(&ctx);
        self.poll_jobs(&ctx);

        egui::Panel::top("menu").show(ui, |ui| {
            super::menu::menu_ui(ui, &mut self.state, &mut self.actions);
        });
        egui::Panel::bottom("status").show(ui, |ui| {
            self.status_ui(ui);
        });
        egui::Panel::left("library")
            .default_size(250.0)
            .size_range(160.0..=500.0)
            .show(ui, |ui| {
                library_ui(ui, &self.library, &mut self.state, &mut self.actions);
            });
        let entry = self
            .state
            .current
            .and_then(|i| self.library.entries().get(i));
        let current = entry.and_then(|e| e.session());
        egui::Panel::right("claims")
            .default_size(380.0)
            .size_range(260.0..=700.0)
            .show(ui, |ui| match current {
                Some(session) => claims_ui(
                    ui,
                    session,
                    &mut self.state,
                    &mut self.claims_cache,
                    &mut self.actions,
                ),
                None => {
                    ui.label(RichText::new("Open an article to see its claims.").weak());
                }
            });
        if let Some(entry) = entry.filter(|e| super::banner::needs_banner(e)) {
            egui::Panel::top("file-banner").show(ui, |ui| {
                super::banner::banner_ui(ui, entry, &mut self.actions);
            });
        }
        egui::CentralPanel::default().show(ui, |ui| match current {
            Some(session) => reader_ui(
                ui,
                session,
                &mut self.state,
                &mut self.reader_cache,
                &mut self.actions,
            ),
            None => {
                ui.centered_and_justified(|ui| {
                    ui.label("Pick an article in the library, or import one with File > Open…");
                });
            }
        });
        dialogs::paste_dialog_ui(&ctx, &mut self.state, &mut self.actions);
        dialogs::text_editor_ui(&ctx, &mut self.state, &mut self.actions);

        self.apply_actions(&ctx);
        self.autosave(&ctx);
    }

    fn watch_folder(&mut self, ctx: &Context) {
        let watch = self.watch.get_or_insert_with(|| {
            let wake = ctx.clone();
            FolderWatch::start(self.library.dir(), move || wake.request_repaint())
        });
        let due = watch.due();
        let next = watch.until_next_poll();
        if due {
            self.refresh_from_disk();
        }
        ctx.request_repaint_after(next.max(Duration::from_millis(100)));
    }

    fn handle_input(&mut self, ctx: &Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .filter_map(|f| Some(f.path().to_owned()).filter(|p| !p.as_os_str().is_empty()))
                .collect()
        });
        if !dropped.is_empty() {
            self.actions.push(AppAction::ImportFiles(dropped));
        }
        // Undo and redo belong to the text field while one is being edited.
        let typing = self.state.drafts.editing.is_some()
            || self.state.paste_dialog.is_some()
            || ctx.memory(|m| m.has_focus(egui::Id::unique("search-field")));
        let command = Modifiers::COMMAND;
        let shortcuts = [
            (
                KeyboardShortcut::new(command | Modifiers::SHIFT, Key::Z),
                AppAction::Redo,
                true,
            ),
            (
                KeyboardShortcut::new(command, Key::Y),
                AppAction::Redo,
                true,
            ),
            (
                KeyboardShortcut::new(command, Key::Z),
                AppAction::Undo,
                true,
            ),
            (
                KeyboardShortcut::new(command, Key::F),
                AppAction::OpenSearch,
                false,
            ),
            (
                KeyboardShortcut::new(command, Key::O),
                AppAction::Open,
                false,
            ),
            (
                KeyboardShortcut::new(command, Key::S),
                AppAction::Save,
                false,
            ),
            (
                KeyboardShortcut::new(command, Key::Q),
                AppAction::Quit,
                false,
            ),
        ];
        for (shortcut, action, blocked_while_typing) in shortcuts {
            if blocked_while_typing && typing {
                continue;
            }
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                self.actions.push(action);
            }
        }
        let bigger = ctx.input_mut(|i| {
            i.consume_shortcut(&KeyboardShortcut::new(command, Key::Plus))
                || i.consume_shortcut(&KeyboardShortcut::new(command, Key::Equals))
        });
        let smaller =
            ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(command, Key::Minus)));
        if bigger {
            self.state.font_size = (self.state.font_size + 1.0).min(32.0);
        }
        if smaller {
            self.state.font_size = (self.state.font_size - 1.0).max(10.0);
        }
    }

    fn status_ui(&self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let (text, color) = if let Some(error) = &self.status.save_error {
                (format!("Not saved: {error}"), ui.visuals().error_fg_color)
            } else if self.has_unsaved_changes() {
                ("Unsaved changes…".to_owned(), ui.visuals().warn_fg_color)
            } else {
                (
                    "All changes saved".to_owned(),
                    ui.visuals().weak_text_color(),
                )
            };
            ui.label(RichText::new(text).color(color));
            if !self.status.message.is_empty() {
                ui.separator();
                let color = if self.status.is_error {
                    ui.visuals().error_fg_color
                } else {
                    ui.visuals().text_color()
                };
                ui.label(RichText::new(&self.status.message).color(color));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(
                    RichText::new(format!(
                        "{} articles in the library",
                        self.library.loaded_count()
                    ))
                    .small()
                    .weak(),
                )
                .on_hover_text(format!("Library folder: {}", self.library.dir().display()));
            });
        });
    }

    fn inform(&mut self, message: impl Into<String>) {
        self.status.message = message.into();
        self.status.is_error = false;
    }

    fn report(&mut self, message: impl Into<String>) {
        let message = message.into();
        tracing::warn!("{message}");
        self.status.message = message;
        self.status.is_error = true;
    }

    /// Applies the actions queued this frame, in order.
    pub fn apply_actions(&mut self, ctx: &Context) {
        let actions = std::mem::take(&mut self.actions);
        if !actions.is_empty() {
            // Panels were drawn before the actions ran: draw again to show their effect.
            ctx.request_repaint();
        }
        let revision_before = self.current_session().map(Session::revision);
        for action in actions {
            self.apply_action(ctx, action);
        }
        let revision_after = self.current_session().map(Session::revision);
        if revision_after != revision_before && revision_before.is_some() {
            self.last_edit = Some(Instant::now());
        }
    }

    fn edit(&mut self, command: Command) -> bool {
        if let Some(reason) = self.current_entry().and_then(|e| e.read_only.clone()) {
            self.report(format!("This article is open read-only: {reason}"));
            return false;
        }
        let Some(session) = self.current_session_mut() else {
            return false;
        };
        match session.apply(command) {
            Ok(()) => {
                self.last_edit = Some(Instant::now());
                true
            }
            Err(error) => {
                self.report(format!("Could not apply the edit: {error}"));
                false
            }
        }
    }

    fn commit_drafts(&mut self) {
        let commands = self
            .current_session()
            .map(|s| pending_draft_commands(s, &self.state))
            .unwrap_or_default();
        for command in commands {
            self.edit(command);
        }
        self.state.drafts.editing = None;
    }

    fn apply_action(&mut self, ctx: &Context, action: AppAction) {
        match action {
            AppAction::Edit(command) => {
                let command = *command;
                if let Command::ReplaceArticleText { title, text } = command {
                    self.replace_text(title, text, "Text saved");
                    return;
                }
                if let Command::DeleteClaim { claim_id } = &command
                    && self.state.selected_claim.as_ref() == Some(claim_id)
                {
                    self.state.selected_claim = None;
                }
                self.edit(command);
            }
            AppAction::Undo => {
                self.commit_drafts();
                match self.current_session_mut().map(Session::undo) {
                    Some(true) => self.inform("Undone"),
                    _ => self.inform("Nothing to undo"),
                }
            }
            AppAction::Redo => match self.current_session_mut().map(Session::redo) {
                Some(true) => self.inform("Redone"),
                _ => self.inform("Nothing to redo"),
            },
            AppAction::Open => {
                let files = dialogs::pick_article_files();
                if !files.is_empty() {
                    self.import_files(&files);
                }
            }
            AppAction::ImportFiles(files) => self.import_files(&files),
            AppAction::ImportText(text) => {
                let result = import_text(&text, Path::new("clipboard"));
                match result {
                    Ok(imported) => self.add_imported(imported.article),
                    Err(error) => self.report(format!("Could not import: {error}")),
                }
            }
            AppAction::ShowPasteDialog => {
                self.state.paste_dialog.get_or_insert_with(String::new);
            }
            AppAction::Save => {
                self.commit_drafts();
                self.save_dirty();
            }
            AppAction::SelectArticle(index) => {
                self.commit_drafts();
                self.save_dirty();
                if self
                    .library
                    .entries()
                    .get(index)
                    .is_some_and(|e| e.session().is_some())
                {
                    self.state.reset_for_article(Some(index));
                }
            }
            AppAction::Reextract => {
                if let Some(index) = self.state.current {
                    self.extract_entry(ctx, index);
                }
            }
            AppAction::SetLanguage(language) => {
                if self.edit(Command::SetArticleLanguage { language })
                    && let Some(index) = self.state.current
                {
                    self.extract_entry(ctx, index);
                }
            }
            AppAction::PickUpdateFile => {
                if let Some(file) = dialogs::pick_update_file() {
                    self.update_from_file(ctx, &file);
                }
            }
            AppAction::UpdateFromFile(file) => self.update_from_file(ctx, &file),
            AppAction::SelectClaim(claim_id) => {
                self.commit_drafts();
                let start = self
                    .current_session()
                    .and_then(|s| s.claim(&claim_id))
                    .filter(|c| c.anchor.is_placed())
                    .map(|c| c.anchor.span.start());
                if let Some(start) = start {
                    self.state.selected_claim = Some(claim_id);
                    self.state.selected_highlight = None;
                    self.state.scroll_reader_to = Some(start);
                }
            }
            AppAction::SelectHighlight(highlight_id) => {
                self.commit_drafts();
                self.state.selected_highlight = Some(highlight_id);
                self.state.selected_claim = None;
            }
            AppAction::ClaimFromSelection => self.claim_from_selection(),
            AppAction::HighlightSelection(color) => self.highlight_selection(color),
            AppAction::OpenSearch => {
                self.state.search.open = true;
                self.state.search.focus_requested = true;
            }
            AppAction::ResolveConflict(resolution) => {
                self.commit_drafts();
                if let Some(index) = self.state.current {
                    match self.library.resolve(index, resolution) {
                        Ok(()) => {
                            self.keep_place_after_reload();
                            self.inform(match resolution {
                                Resolution::KeepMine => "Kept your version and saved it",
                                Resolution::TakeTheirs => "Showing their version; your unsaved edits were dropped",
                                Resolution::Merge => "Merged both versions and saved; claims edited on both sides are tagged merge-conflict",
                            });
                        }
                        Err(error) => self.report(error.to_string()),
                    }
                }
            }
            AppAction::RestoreMissing => {
                if let Some(index) = self.state.current {
                    match self.library.restore_missing(index) {
                        Ok(()) => self.inform("Written again"),
                        Err(error) => self.report(error.to_string()),
                    }
                }
            }
            AppAction::RepairDamaged => {
                if let Some(index) = self.state.current {
                    match self.library.repair(index) {
                        Ok(Some(copy)) => self.inform(format!(
                            "The damaged file was copied to {}; the rest is editable again",
                            copy.display()
                        )),
                        Ok(None) => {}
                        Err(error) => self.report(error.to_string()),
                    }
                }
            }
            AppAction::Quit => {
                self.flush();
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    fn claim_from_selection(&mut self) {
        let Some(span) = self.state.text_selection.take() else {
            self.inform("Select some text in the article first");
            return;
        };
        let Some(session) = self.current_session() else {
            return;
        };
        // Describe the selection as the extractor would (numbers, entities, kind, source…).
        let mut claim =
            crate::extract::describe_span(&session.article, span).unwrap_or_else(|| {
                let anchor = Anchor::new(&session.article.text, span);
                Claim::new(
                    crate::model::ClaimId(String::new()),
                    anchor,
                    ClaimOrigin::User,
                )
            });
        let id = fresh_claim_id(session, claim.anchor.span.start(), &claim.anchor.quote);
        claim.id = id.clone();
        claim.origin = ClaimOrigin::User;
        claim.reasons.insert(0, "added by the user".to_owned());
        if self.edit(Command::AddClaim { claim, index: None }) {
            self.state.selected_claim = Some(id.clone());
            self.state.scroll_claims_to = Some(id);
            self.inform("Claim added");
        }
    }

    fn highlight_selection(&mut self, color: crate::model::HighlightColor) {
        let Some(span) = self.state.text_selection.take() else {
            self.inform("Select some text in the article first");
            return;
        };
        let Some(session) = self.current_session() else {
            return;
        };
        let anchor = Anchor::new(&session.article.text, span);
        let base = derive_highlight_id(span.start(), &anchor.quote);
        let id = if session.highlight(&base).is_none() {
            base
        } else {
            (2..=session.highlights().len() + 2)
                .map(|n| HighlightId(format!("{}-{n}", base.0)))
                .find(|id| session.highlight(id).is_none())
                .unwrap_or(base)
        };
        let highlight = Highlight {
            id: id.clone(),
            anchor,
            color,
            note: String::new(),
            tags: Vec::new(),
        };
        if self.edit(Command::AddHighlight { highlight }) {
            self.state.selected_highlight = Some(id);
            self.state.selected_claim = None;
            self.inform("Highlighted; add a note above the text if you like");
        }
    }

    fn import_files(&mut self, files: &[PathBuf]) {
        for file in files {
            match import_file(file) {
                Ok(imported) => self.add_imported(imported.article),
                Err(error) => self.report(format!("Could not import: {error}")),
            }
        }
    }

    fn add_imported(&mut self, article: crate::model::Article) {
        self.commit_drafts();
        self.save_dirty();
        let long = article.text.len() > FOREGROUND_LIMIT;
        let claims = if long {
            Vec::new()
        } else {
            extract_claims(&article)
        };
        let count = claims.len();
        let title = article.title.clone();
        match self.library.add(Session::new(article, claims, Vec::new())) {
            Ok(AddOutcome::Added(index)) => {
                self.state.reset_for_article(Some(index));
                if long {
                    self.start_job(index);
                    self.inform(format!(
                        "Imported “{title}”; extracting its claims in the background"
                    ));
                } else {
                    self.inform(format!("Imported “{title}” with {count} claims"));
                }
            }
            Ok(AddOutcome::Duplicate(index)) => {
                self.state.reset_for_article(Some(index));
                self.inform(format!("“{title}” is already in the library; showing it"));
            }
            Err(error) => self.report(format!("Could not save the imported article: {error}")),
        }
    }

    /// Extracts the claims of entry `index` again (keeping the user's work): at once for
    /// a short article, on a worker thread for a long one.
    fn extract_entry(&mut self, ctx: &Context, index: usize) {
        let Some(article) = self
            .library
            .entries()
            .get(index)
            .and_then(|e| e.session())
            .map(|s| s.article.clone())
        else {
            return;
        };
        if article.text.len() > FOREGROUND_LIMIT {
            self.start_job(index);
            self.inform("Extracting claims in the background…");
            ctx.request_repaint();
            return;
        }
        let fresh = extract_claims(&article);
        let count = fresh.len();
        if self.edit(Command::ReplaceExtractedClaims { claims: fresh }) {
            self.inform(format!(
                "Extracted {count} claims; claims you reviewed or edited were kept"
            ));
        }
    }

    /// Starts a background extraction of entry `index`, replacing any running for it.
    fn start_job(&mut self, index: usize) {
        let Some(article) = self
            .library
            .entries()
            .get(index)
            .and_then(|e| e.session())
            .map(|s| &s.article)
        else {
            return;
        };
        for job in self.jobs.iter().filter(|j| j.article_id == article.id) {
            job.cancel();
        }
        let wake = self.repaint.clone();
        let job = ExtractionJob::start(article, move || {
            if let Some(ctx) = &wake {
                ctx.request_repaint();
            }
        });
        self.jobs.push(job);
    }

    /// Applies the results of finished extractions and shows the progress of the rest.
    fn poll_jobs(&mut self, ctx: &Context) {
        if self.repaint.is_none() {
            self.repaint = Some(ctx.clone());
        }
        let mut index = 0;
        while index < self.jobs.len() {
            let Some(result) = self.jobs[index].try_finish() else {
                index += 1;
                continue;
            };
            let job = self.jobs.remove(index);
            let Some(claims) = result else {
                continue;
            };
            let Some(entry_index) = self.library.find(&job.article_id) else {
                continue;
            };
            let writable = self.library.entries()[entry_index].read_only.is_none();
            let Some(session) = self
                .library
                .entry_mut(entry_index)
                .and_then(|e| e.session_mut())
            else {
                continue;
            };
            if !job.matches(&session.article) || !writable {
                continue;
            }
            let count = claims.len();
            match session.apply(Command::ReplaceExtractedClaims { claims }) {
                Ok(()) => {
                    self.last_edit = Some(Instant::now());
                    self.inform(format!(
                        "Extracted {count} claims; claims you reviewed or edited were kept"
                    ));
                }
                Err(error) => self.report(format!("Could not apply the extraction: {error}")),
            }
        }
        self.state.extracting = self.current_session().and_then(|session| {
            self.jobs
                .iter()
                .find(|j| j.matches(&session.article))
                .map(ExtractionJob::fraction)
        });
        if !self.jobs.is_empty() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
    }

    /// True while a background extraction runs.
    #[must_use]
    pub fn is_extracting(&self) -> bool {
        !self.jobs.is_empty()
    }

    /// Replaces the open article's title and text, re-placing its anchors, and says how
    /// they fared.
    fn replace_text(&mut self, title: String, text: String, done: &str) -> bool {
        let before: Vec<(String, TextSpan, bool)> = self
            .current_session()
            .map(anchor_summary)
            .unwrap_or_default();
        if !self.edit(Command::ReplaceArticleText { title, text }) {
            return false;
        }
        let after = self
            .current_session()
            .map(anchor_summary)
            .unwrap_or_default();
        let (mut same, mut moved, mut orphaned) = (0, 0, 0);
        for (id, span, placed) in &before {
            if !placed {
                continue;
            }
            match after.iter().find(|(other, _, _)| other == id) {
                Some((_, _, false)) => orphaned += 1,
                Some((_, new_span, true)) if new_span == span => same += 1,
                Some(_) => moved += 1,
                None => {}
            }
        }
        self.state.selected_claim = None;
        self.state.selected_highlight = None;
        self.state.text_selection = None;
        let message = format!(
            "{done}: {same} annotations in place, {moved} moved with their text, {orphaned} orphaned (listed above the claims)"
        );
        if orphaned > 0 {
            self.report(message);
        } else {
            self.inform(message);
        }
        true
    }

    /// Replaces the open article with a newer copy of its source file and extracts again,
    /// keeping the user's work.
    fn update_from_file(&mut self, ctx: &Context, file: &Path) {
        self.commit_drafts();
        match import_file(file) {
            Ok(imported) => {
                let name = file.display().to_string();
                if self.replace_text(
                    imported.article.title,
                    imported.article.text,
                    &format!("Updated from {name}"),
                ) && let Some(index) = self.state.current
                {
                    let message = self.status.message.clone();
                    let was_error = self.status.is_error;
                    self.extract_entry(ctx, index);
                    self.status.message = message;
                    self.status.is_error = was_error;
                }
            }
            Err(error) => self.report(format!("Could not read the newer copy: {error}")),
        }
    }

    /// Saves every article with unsaved edits; failures stay in memory, are reported and
    /// retried later. A file changed by another program is never overwritten: it becomes a
    /// conflict for the user to resolve.
    pub fn save_dirty(&mut self) {
        let failures = self.library.save_dirty();
        let mut save_error = None;
        for (_, error) in failures {
            let message = error.to_string();
            tracing::warn!("{message}");
            if matches!(error, StoreError::ChangedOnDisk { .. }) {
                self.report(message);
            } else {
                save_error = Some(message);
            }
        }
        self.status.save_error = save_error;
    }

    /// Commits drafts and saves everything now (quit, window close).
    pub fn flush(&mut self) {
        self.commit_drafts();
        self.save_dirty();
    }

    fn autosave(&mut self, ctx: &Context) {
        let Some(last) = self.last_edit else {
            return;
        };
        let delay = if self.status.save_error.is_some() {
            RETRY_DELAY
        } else {
            AUTOSAVE_DELAY
        };
        let elapsed = last.elapsed();
        if elapsed >= delay {
            self.save_dirty();
            self.last_edit = self.has_unsaved_changes().then(Instant::now);
            if self.last_edit.is_some() {
                ctx.request_repaint_after(RETRY_DELAY);
            }
        } else {
            ctx.request_repaint_after(delay.saturating_sub(elapsed));
        }
    }
}
