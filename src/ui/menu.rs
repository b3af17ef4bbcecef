//! The menu bar. Every entry emits the same `AppAction` as its shortcut or button.

use egui::Ui;

use super::state::{AppAction, UiState};

/// Draws the menu bar.
pub fn menu_ui(ui: &mut Ui, state: &mut UiState, actions: &mut Vec<AppAction>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            if ui.button("Open…  (Ctrl+O)").clicked() {
                actions.push(AppAction::Open);
            }
            if ui
                .button("Update article from file…")
                .on_hover_text("Replace the open article's text with a newer copy of its source")
                .clicked()
            {
                actions.push(AppAction::PickUpdateFile);
            }
            if ui.button("Import from clipboard…").clicked() {
                actions.push(AppAction::ShowPasteDialog);
            }
            if ui.button("Save  (Ctrl+S)").clicked() {
                actions.push(AppAction::Save);
            }
            ui.separator();
            if ui.button("Quit  (Ctrl+Q)").clicked() {
                actions.push(AppAction::Quit);
            }
        });
        ui.menu_button("Edit", |ui| {
            if ui.button("Undo  (Ctrl+Z)").clicked() {
                actions.push(AppAction::Undo);
            }
            if ui.button("Redo  (Ctrl+Shift+Z)").clicked() {
                actions.push(AppAction::Redo);
            }
            ui.separator();
            if ui.button("Find in article  (Ctrl+F)").clicked() {
                actions.push(AppAction::OpenSearch);
            }
        });
        ui.menu_button("View", |ui| {
            if ui.button("Larger text  (Ctrl++)").clicked() {
                state.font_size = (state.font_size + 1.0).min(32.0);
            }
            if ui.button("Smaller text  (Ctrl+-)").clicked() {
                state.font_size = (state.font_size - 1.0).max(10.0);
            }
            ui.checkbox(&mut state.dark, "Dark theme");
        });
        ui.menu_button("Claims", |ui| {
            if ui.button("Re-extract claims").clicked() {
                actions.push(AppAction::Reextract);
            }
            if ui.button("Add claim from selection").clicked() {
                actions.push(AppAction::ClaimFromSelection);
            }
        });
    });
}
