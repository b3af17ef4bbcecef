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
        let differences = claim_differences(mine, theirs);
        if !differences.is_empty() {
            egui::CollapsingHeader::new(format!("Show the {} differences", differences.len()))
                .id_salt("conflict-differences")
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("conflict-difference-list")
                        .max_height(200.0)
                        .show(ui, |ui| {
                            for line in differences {
                                ui.label(RichText::new(line).small());
                            }
                        });
                });
        }
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

/// One line per claim or highlight that differs between the two versions: which field,
/// yours and theirs.
fn claim_differences(mine: &crate::store::Session, theirs: &crate::store::Session) -> Vec<String> {
    let short = |text: &str| -> String {
        let mut out: String = text.chars().take(60).collect();
        if text.chars().count() > 60 {
            out.push('…');
        }
        out
    };
    let mut lines = Vec::new();
    if mine.article.title != theirs.article.title {
        lines.push(format!(
            "Title — yours: “{}”; theirs: “{}”",
            mine.article.title, theirs.article.title
        ));
    }
    if mine.article.text != theirs.article.text {
        lines.push("Article text — the two versions differ".to_owned());
    }
    for claim in mine.claims() {
        let Some(other) = theirs.claim(&claim.id) else {
            lines.push(format!("Claim “{}” — only in yours", short(&claim.text)));
            continue;
        };
        let mut fields = Vec::new();
        let mut compare = |name: &str, a: String, b: String| {
            if a != b {
                fields.push(format!(
                    "{name}: yours “{}”, theirs “{}”",
                    short(&a),
                    short(&b)
                ));
            }
        };
        compare("text", claim.text.clone(), other.text.clone());
        compare(
            "status",
            claim.status.as_str().into(),
            other.status.as_str().into(),
        );
        compare(
            "verdict",
            claim.verdict.as_str().into(),
            other.verdict.as_str().into(),
        );
        compare(
            "kind",
            claim.kind.as_str().into(),
            other.kind.as_str().into(),
        );
        compare(
            "source",
            claim.source.clone().unwrap_or_default(),
            other.source.clone().unwrap_or_default(),
        );
        compare("hedged", claim.hedged.to_string(), other.hedged.to_string());
        compare("note", claim.note.clone(), other.note.clone());
        compare("tags", claim.tags.join(", "), other.tags.join(", "));
        compare(
            "passage",
            claim.anchor.quote.clone(),
            other.anchor.quote.clone(),
        );
        if !fields.is_empty() {
            lines.push(format!(
                "Claim “{}” — {}",
                short(&claim.text),
                fields.join("; ")
            ));
        }
    }
    for claim in theirs.claims() {
        if mine.claim(&claim.id).is_none() {
            lines.push(format!("Claim “{}” — only in theirs", short(&claim.text)));
        }
    }
    for highlight in mine.highlights() {
        match theirs.highlight(&highlight.id) {
            None => lines.push(format!(
                "Highlight “{}” — only in yours",
                short(&highlight.anchor.quote)
            )),
            Some(other) if other != highlight => lines.push(format!(
                "Highlight “{}” — changed on both sides",
                short(&highlight.anchor.quote)
            )),
            Some(_) => {}
        }
    }
    for highlight in theirs.highlights() {
        if mine.highlight(&highlight.id).is_none() {
            lines.push(format!(
                "Highlight “{}” — only in theirs",
                short(&highlight.anchor.quote)
            ));
        }
    }
    lines
}
