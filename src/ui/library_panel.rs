//! The library list: every article with date, language and claim count, a filter box,
//! and save files that could not be read, each with its error.

use egui::{RichText, Ui};

use crate::store::Library;
use crate::store::library::EntryState;

use super::state::{AppAction, UiState};

/// Draws the library panel.
pub fn library_ui(
    ui: &mut Ui,
    library: &Library,
    state: &mut UiState,
    actions: &mut Vec<AppAction>,
) {
    ui.heading("Library");
    ui.horizontal(|ui| {
        if ui
            .button("Open…")
            .on_hover_text("Import article files (Ctrl+O)")
            .clicked()
        {
            actions.push(AppAction::Open);
        }
        if ui
            .button("Paste…")
            .on_hover_text("Import an article from the clipboard")
            .clicked()
        {
            actions.push(AppAction::ShowPasteDialog);
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("Filter:");
        ui.add(
            egui::TextEdit::singleline(&mut state.library_filter)
                .hint_text("title, author, language")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    });
    ui.separator();
    let filter = state.library_filter.trim().to_lowercase();
    egui::ScrollArea::vertical()
        .id_salt("library")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (index, entry) in library.entries().iter().enumerate() {
                match &entry.state {
                    EntryState::Loaded(session) => {
                        let article = &session.article;
                        let haystack = format!(
                            "{} {} {} {}",
                            article.title,
                            article.author.as_deref().unwrap_or(""),
                            article.language.code(),
                            article.category.as_deref().unwrap_or("")
                        )
                        .to_lowercase();
                        if !filter.is_empty() && !haystack.contains(&filter) {
                            continue;
                        }
                        let date = article.published.map_or_else(
                            || "no date".to_owned(),
                            |d| d.format("%Y-%m-%d").to_string(),
                        );
                        let selected = state.current == Some(index);
                        let flag = if entry.conflict.is_some() {
                            " · changed outside"
                        } else if entry.missing {
                            " · file gone"
                        } else if entry.read_only.is_some() {
                            " · read-only"
                        } else {
                            ""
                        };
                        let text = format!(
                            "{}\n{date} · {} · {} claims{flag}",
                            article.title,
                            article.language.code(),
                            session.claims().len()
                        );
                        let response = ui.add(
                            egui::Button::selectable(selected, text)
                                .wrap_mode(egui::TextWrapMode::Wrap)
                                .min_size(egui::vec2(ui.available_width(), 0.0)),
                        );
                        if response.clicked() && !selected {
                            actions.push(AppAction::SelectArticle(index));
                        }
                    }
                    EntryState::Unreadable(error) => {
                        let name = entry
                            .path
                            .file_name()
                            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                        ui.label(
                            RichText::new(format!("{name}: unreadable"))
                                .color(ui.visuals().error_fg_color),
                        )
                        .on_hover_text(error.to_string());
                        ui.label(RichText::new(error.to_string()).small().weak());
                    }
                }
            }
            if library.entries().is_empty() {
                ui.label(RichText::new("No articles yet: use Open… or drop files here.").weak());
            }
        });
}
