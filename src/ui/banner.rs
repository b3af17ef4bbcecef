//! The strip above the article that says when its file needs the user: read-only,
//! changed by another program, deleted, or damaged.

use egui::{RichText, Ui};

use crate::store::LibraryEntry;
use crate::store::library::Resolution;

use super::state::AppAction;

/// True when [`banner_ui`] has something to show for `entry`.
#[must_use]
pub fn needs_banner(entry: &LibraryEntry) -> bool {
    entry.conflict.is_some()
        || entry.missing
        || entry.read_only.is_some()
        || !entry.damaged.is_empty()
        || entry.migrated_from.is_some()
}

/// Draws the banner of `entry`.
pub fn banner_ui(ui: &mut Ui, entry: &LibraryEntry, actions: &mut Vec<AppAction>) {
    let error = ui.visuals().error_fg_color;
    let warn = ui.visuals().warn_fg_color;
    if let (Some(conflict), Some(mine)) = (&entry.conflict, entry.session()) {
        ui.label(
            RichText::new(
                "Another program changed this article's file while you had unsaved edits. \
                 Nothing has been written; choose what to keep.",
            )
            .color(error)
            .strong(),
        );
        let theirs = &conflict.theirs;
        let only_mine = mine
            .claims()
            .iter()
            .filter(|c| theirs.claim(&c.id).is_none())
            .count();
        let only_theirs = theirs
            .claims()
            .iter()
            .filter(|c| mine.claim(&c.id).is_none())
            .count();
        let differ = mine
            .claims()
            .iter()
            .filter(|c| theirs.claim(&c.id).is_some_and(|t| t != *c))
            .count();
        let text_differs = mine.article.text != theirs.article.text;
        ui.label(format!(
            "Yours: {} claims, {} highlights. Theirs: {} claims, {} highlights. \
             {differ} claims differ, {only_mine} only in yours, {only_theirs} only in theirs{}.",
            mine.claims().len(),
            mine.highlights().len(),
            theirs.claims().len(),
            theirs.highlights().len(),
            if text_differs {
                "; the article text differs too"
            } else {
                ""
            }
        ));
        ui.horizontal(|ui| {
            if ui
                .button("Keep mine")
                .on_hover_text("Write your version over theirs")
                .clicked()
            {
                actions.push(AppAction::ResolveConflict(Resolution::KeepMine));
            }
            if ui
                .button("Take theirs")
                .on_hover_text("Drop your unsaved edits and show their version")
                .clicked()
            {
                actions.push(AppAction::ResolveConflict(Resolution::TakeTheirs));
            }
            if ui
                .button("Merge")
                .on_hover_text(
                    "Combine both by claim and highlight; a claim edited on both sides is kept \
                     twice, tagged merge-conflict",
                )
                .clicked()
            {
                actions.push(AppAction::ResolveConflict(Resolution::Merge));
            }
        });
        ui.add_space(4.0);
    }
    if entry.missing {
        ui.label(
            RichText::new(format!(
                "{} was deleted or moved by another program. Your work is still open here \
                 and nothing was written.",
                entry.path.display()
            ))
            .color(error),
        );
        if ui.button("Write it again").clicked() {
            actions.push(AppAction::RestoreMissing);
        }
        ui.add_space(4.0);
    }
    if let Some(reason) = &entry.read_only {
        ui.label(
            RichText::new(format!(
                "Read-only: {reason}. This file is never written by this version."
            ))
            .color(warn),
        );
    }
    if !entry.damaged.is_empty() {
        egui::CollapsingHeader::new(
            RichText::new(format!(
                "{} damaged record(s) left out",
                entry.damaged.len()
            ))
            .color(warn),
        )
        .id_salt("damaged-records")
        .show(ui, |ui| {
            for problem in &entry.damaged {
                ui.label(RichText::new(problem.to_string()).small());
            }
        });
        if !entry.format_lock
            && ui
                .button("Set the damaged records aside and edit the rest")
                .on_hover_text(
                    "Keeps a copy of the file as it is now (….ron.damaged) and makes the \
                     article editable",
                )
                .clicked()
        {
            actions.push(AppAction::RepairDamaged);
        }
    }
    if let Some(version) = entry.migrated_from
        && entry.read_only.is_none()
    {
        ui.label(
            RichText::new(format!(
                "This file was written in format version {version}; it is saved in the current \
                 format the next time you change something."
            ))
            .small()
            .weak(),
        );
    }
}
