//! Native file dialogs (rfd) and the paste dialog. Dialogs are opened from the action
//! handler on the main thread, never from inside a panel.

use std::path::PathBuf;

use egui::{Context, Id};

use super::state::{AppAction, UiState};

/// Asks the user for article files to import; empty when cancelled or when no dialog
/// backend is available.
#[must_use]
pub fn pick_article_files() -> Vec<PathBuf> {
    rfd::FileDialog::new()
        .set_title("Import articles")
        .add_filter("Articles", &["txt", "md", "markdown", "text"])
        .add_filter("All files", &["*"])
        .pick_files()
        .unwrap_or_default()
}

/// Asks for a newer copy of the open article's source file; `None` when cancelled.
#[must_use]
pub fn pick_update_file() -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title("Update the article from a newer copy of its source")
        .add_filter(
            "Articles",
            &["txt", "md", "markdown", "text", "html", "htm"],
        )
        .add_filter("All files", &["*"])
        .pick_file()
}

/// The "Edit text" window: the whole article as editable text. Saving re-places every
/// claim and highlight; those that cannot be found again become orphans.
pub fn text_editor_ui(ctx: &Context, state: &mut UiState, actions: &mut Vec<AppAction>) {
    let Some((title, text)) = state.text_editor.as_mut() else {
        return;
    };
    let mut open = true;
    let mut save = false;
    let mut cancel = false;
    egui::Window::new("Edit article text")
        .open(&mut open)
        .collapsible(false)
        .default_width(640.0)
        .show(ctx, |ui| {
            ui.label(
                "Correct the text (paragraphs are separated by blank lines). Claims and \
                 highlights follow their passage; any whose passage is gone are listed as \
                 orphans, never moved to other text. Undo (Ctrl+Z) restores the old text.",
            );
            ui.horizontal(|ui| {
                let label = ui.label("Title:");
                ui.add(
                    egui::TextEdit::singleline(title)
                        .id(Id::unique("edit-title"))
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            });
            egui::ScrollArea::vertical()
                .max_height(420.0)
                .show(ui, |ui| {
                    ui.add(
                        egui::TextEdit::multiline(text)
                            .id(Id::unique("edit-text"))
                            .desired_rows(18)
                            .desired_width(f32::INFINITY),
                    );
                });
            ui.horizontal(|ui| {
                save = ui
                    .add_enabled(!text.trim().is_empty(), egui::Button::new("Save text"))
                    .clicked();
                cancel = ui.button("Cancel").clicked();
            });
        });
    if save {
        if let Some((title, text)) = state.text_editor.take() {
            actions.push(AppAction::edit(crate::store::Command::ReplaceArticleText {
                title,
                text,
            }));
        }
    } else if cancel || !open {
        state.text_editor = None;
    }
}

/// The "Import from clipboard" window: the user pastes text (Ctrl+V) and imports it.
pub fn paste_dialog_ui(ctx: &Context, state: &mut UiState, actions: &mut Vec<AppAction>) {
    let Some(text) = state.paste_dialog.as_mut() else {
        return;
    };
    let mut open = true;
    let mut import = false;
    let mut cancel = false;
    egui::Window::new("Import from clipboard")
        .open(&mut open)
        .collapsible(false)
        .default_width(520.0)
        .show(ctx, |ui| {
            ui.label(
                "Paste an article (Ctrl+V): title on the first line, then an optional date \
                 and byline, then the paragraphs separated by blank lines.",
            );
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    let response = ui.add(
                        egui::TextEdit::multiline(text)
                            .id(Id::unique("paste-text"))
                            .desired_rows(14)
                            .desired_width(f32::INFINITY)
                            .hint_text("article text"),
                    );
                    if !response.has_focus() && text.is_empty() {
                        response.request_focus();
                    }
                });
            ui.horizontal(|ui| {
                import = ui
                    .add_enabled(!text.trim().is_empty(), egui::Button::new("Import"))
                    .clicked();
                cancel = ui.button("Cancel").clicked();
            });
        });
    if import {
        if let Some(text) = state.paste_dialog.take() {
            actions.push(AppAction::ImportText(text));
        }
    } else if cancel || !open {
        state.paste_dialog = None;
    }
}
