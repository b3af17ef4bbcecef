//! The claims list: one card per claim with its attributes, review controls and, for the
//! selected claim, editors for text, source, note and tags. Cards are laid out only when
//! visible, so a list of thousands of claims stays fast.

use egui::{Id, Key, RichText, Ui};

use crate::model::{Claim, ClaimId, ClaimKind, ClaimStatus, Verdict};
use crate::store::{Command, Session};

use super::state::{AppAction, UiState};
use super::style;
use super::virtual_list::{HeightCache, virtual_list_ui};

/// Measured card heights of the claims list.
#[derive(Debug, Default)]
pub struct ClaimsCache {
    heights: HeightCache,
}

/// Lists claims and highlights whose passage was lost when the article text changed, with
/// their quote, so they can be re-attached to a new selection or deleted. Never dropped.
fn orphans_ui(ui: &mut Ui, session: &Session, state: &UiState, actions: &mut Vec<AppAction>) {
    let claims: Vec<&Claim> = session.orphaned_claims().collect();
    let highlights: Vec<&crate::model::Highlight> = session.orphaned_highlights().collect();
    if claims.is_empty() && highlights.is_empty() {
        return;
    }
    let selection = state.text_selection;
    egui::CollapsingHeader::new(
        RichText::new(format!(
            "{} orphaned (text changed)",
            claims.len() + highlights.len()
        ))
        .color(ui.visuals().warn_fg_color),
    )
    .id_salt("orphans")
    .default_open(true)
    .show(ui, |ui| {
        ui.label(
            RichText::new(
                "Their passage is no longer in the article. Select the right text and \
                 re-attach them, or delete them.",
            )
            .small()
            .weak(),
        );
        egui::ScrollArea::vertical()
            .id_salt("orphan-list")
            .max_height(180.0)
            .show(ui, |ui| {
                for claim in claims {
                    let id = &claim.id;
                    orphan_row(
                        ui,
                        "Claim",
                        &claim.anchor.quote,
                        selection,
                        actions,
                        |span| {
                            span.map_or_else(
                                || Command::DeleteClaim {
                                    claim_id: id.clone(),
                                },
                                |span| Command::ReattachClaim {
                                    claim_id: id.clone(),
                                    span,
                                },
                            )
                        },
                    );
                }
                for highlight in highlights {
                    let id = &highlight.id;
                    orphan_row(
                        ui,
                        "Highlight",
                        &highlight.anchor.quote,
                        selection,
                        actions,
                        |span| {
                            span.map_or_else(
                                || Command::DeleteHighlight {
                                    highlight_id: id.clone(),
                                },
                                |span| Command::ReattachHighlight {
                                    highlight_id: id.clone(),
                                    span,
                                },
                            )
                        },
                    );
                }
            });
    });
}

/// One orphan with its quote and the Re-attach and Delete buttons. `command(Some(span))`
/// re-attaches it to `span`, `command(None)` deletes it.
fn orphan_row(
    ui: &mut Ui,
    what: &str,
    quote: &str,
    selection: Option<crate::model::TextSpan>,
    actions: &mut Vec<AppAction>,
    command: impl Fn(Option<crate::model::TextSpan>) -> Command,
) {
    ui.group(|ui| {
        ui.label(RichText::new(format!("{what}: “{quote}”")).small());
        ui.horizontal(|ui| {
            let attach = ui
                .add_enabled(
                    selection.is_some(),
                    egui::Button::new("Re-attach to selection"),
                )
                .on_disabled_hover_text("Select the passage in the article first");
            if attach.clicked()
                && let Some(span) = selection
            {
                actions.push(AppAction::edit(command(Some(span))));
            }
            if ui.button("Delete").clicked() {
                actions.push(AppAction::edit(command(None)));
            }
        });
    });
}

/// Draws the claims panel for `session`.
pub fn claims_ui(
    ui: &mut Ui,
    session: &Session,
    state: &mut UiState,
    cache: &mut ClaimsCache,
    actions: &mut Vec<AppAction>,
) {
    let claims = session.claims();
    let accepted = claims
        .iter()
        .filter(|c| c.status == ClaimStatus::Accepted)
        .count();
    let rejected = claims
        .iter()
        .filter(|c| c.status == ClaimStatus::Rejected)
        .count();
    ui.horizontal(|ui| {
        ui.heading("Claims");
        ui.label(
            RichText::new(format!(
                "{} · {accepted} accepted · {rejected} rejected",
                claims.len()
            ))
            .weak(),
        );
    });
    ui.horizontal(|ui| {
        ui.label("Show:");
        let filters = [
            (None, "All"),
            (Some(ClaimStatus::Unreviewed), "Unreviewed"),
            (Some(ClaimStatus::Accepted), "Accepted"),
            (Some(ClaimStatus::Rejected), "Rejected"),
        ];
        for (filter, label) in filters {
            if ui
                .selectable_label(state.claim_filter == filter, label)
                .clicked()
            {
                state.claim_filter = filter;
            }
        }
    });
    ui.horizontal(|ui| {
        if ui
            .button("Re-extract")
            .on_hover_text("Run claim extraction again; claims you reviewed or edited are kept")
            .clicked()
        {
            actions.push(AppAction::Reextract);
        }
        let selection = state.text_selection.is_some();
        if ui
            .add_enabled(selection, egui::Button::new("Add from selection"))
            .on_hover_text("Select text in the article first")
            .clicked()
        {
            actions.push(AppAction::ClaimFromSelection);
        }
    });
    if let Some(fraction) = state.extracting {
        ui.add(
            egui::ProgressBar::new(fraction)
                .show_percentage()
                .text(format!("Extracting claims… {:.0}%", fraction * 100.0)),
        );
    }
    orphans_ui(ui, session, state, actions);
    ui.separator();

    let visible: Vec<usize> = claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.anchor.is_placed() && state.claim_filter.is_none_or(|f| c.status == f))
        .map(|(i, _)| i)
        .collect();
    if visible.is_empty() {
        ui.label(RichText::new("No claims to show.").weak());
        return;
    }
    let width = ui.available_width();
    let key = {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        width.to_bits().hash(&mut hasher);
        session.revision().hash(&mut hasher);
        session.epoch().hash(&mut hasher);
        state.selected_claim.hash(&mut hasher);
        state
            .claim_filter
            .map(ClaimStatus::as_str)
            .hash(&mut hasher);
        hasher.finish()
    };
    cache.heights.prepare(key, visible.len());
    let scroll_to = state
        .scroll_claims_to
        .take()
        .and_then(|id| visible.iter().position(|&i| claims[i].id == id));
    let row = ui.text_style_height(&egui::TextStyle::Body);
    let chars_per_row = (width / (row * 0.5)).max(10.0);
    virtual_list_ui(
        ui,
        "claims",
        &mut cache.heights,
        visible.len(),
        scroll_to,
        |i| {
            let text_len = visible
                .get(i)
                .and_then(|&c| claims.get(c))
                .map_or(0, |c| c.text.len()) as f32;
            (text_len / chars_per_row).ceil().max(1.0) * row + row * 3.5
        },
        |ui, i| {
            if let Some(&index) = visible.get(i)
                && let Some(claim) = claims.get(index)
            {
                claim_card_ui(ui, claim, index, claims.len(), state, actions);
            }
        },
    );
}

fn claim_card_ui(
    ui: &mut Ui,
    claim: &Claim,
    index: usize,
    total: usize,
    state: &mut UiState,
    actions: &mut Vec<AppAction>,
) {
    let selected = state.selected_claim.as_ref() == Some(&claim.id);
    let stroke = if selected {
        egui::Stroke::new(2.0, ui.visuals().selection.stroke.color)
    } else {
        ui.visuals().widgets.noninteractive.bg_stroke
    };
    let frame = egui::Frame::group(ui.style()).stroke(stroke);
    let response = frame
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            header_row_ui(ui, claim, index, total, actions);
            if selected {
                text_editor_ui(ui, claim, state, actions);
            } else {
                let text = RichText::new(&claim.text);
                let text = if claim.status == ClaimStatus::Rejected {
                    text.strikethrough().weak()
                } else {
                    text
                };
                let label = ui.add(egui::Label::new(text).wrap().sense(egui::Sense::click()));
                if label.clicked() {
                    actions.push(AppAction::SelectClaim(claim.id.clone()));
                }
            }
            facts_ui(ui, claim);
            if selected {
                review_ui(ui, claim, state, actions);
            }
        })
        .response;
    if !selected
        && response
            .interact(egui::Sense::click())
            .on_hover_text("Select and show in the article")
            .clicked()
    {
        actions.push(AppAction::SelectClaim(claim.id.clone()));
    }
}

fn header_row_ui(
    ui: &mut Ui,
    claim: &Claim,
    index: usize,
    total: usize,
    actions: &mut Vec<AppAction>,
) {
    let id = &claim.id;
    let mut wrapped = false;
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("#{}", index + 1)).weak());
        let mut kind = claim.kind;
        egui::ComboBox::from_id_salt(("kind", &id.0))
            .selected_text(kind.as_str())
            .width(96.0)
            .show_ui(ui, |ui| {
                for option in ClaimKind::ALL {
                    ui.selectable_value(&mut kind, option, option.as_str());
                }
            })
            .response
            .on_hover_text("Claim kind");
        if kind != claim.kind {
            actions.push(AppAction::edit(Command::SetClaimKind {
                claim_id: id.clone(),
                kind,
            }));
        }
        if claim.hedged {
            ui.label(
                RichText::new("hedged")
                    .small()
                    .background_color(egui::Color32::from_rgba_unmultiplied(230, 160, 40, 90)),
            )
            .on_hover_text(format!("Hedge words: {}", claim.hedges.join(", ")));
        }
        ui.label(
            RichText::new(claim.status.as_str())
                .small()
                .color(style::status_color(claim.status)),
        );
        if claim.verdict != Verdict::Unverified {
            ui.label(RichText::new(claim.verdict.as_str()).small().strong());
        }
        // In a narrow panel the buttons go on a row of their own instead of covering the
        // status.
        if ui.available_width() >= MOVE_BUTTONS_WIDTH {
            move_buttons_ui(ui, claim, index, total, actions);
        } else {
            wrapped = true;
        }
    });
    if wrapped {
        ui.horizontal(|ui| move_buttons_ui(ui, claim, index, total, actions));
    }
}

/// About the width of the Up, Down and Delete buttons with their spacing.
const MOVE_BUTTONS_WIDTH: f32 = 130.0;

/// The Up, Down and Delete buttons of a claim card, right-aligned in the rest of the row.
fn move_buttons_ui(
    ui: &mut Ui,
    claim: &Claim,
    index: usize,
    total: usize,
    actions: &mut Vec<AppAction>,
) {
    let id = &claim.id;
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        if ui.small_button("Delete").clicked() {
            actions.push(AppAction::edit(Command::DeleteClaim {
                claim_id: id.clone(),
            }));
        }
        if ui
            .add_enabled(index + 1 < total, egui::Button::new("Down").small())
            .on_hover_text("Move this claim down the list")
            .clicked()
        {
            actions.push(AppAction::edit(Command::MoveClaim {
                claim_id: id.clone(),
                to_index: index + 1,
            }));
        }
        if ui
            .add_enabled(index > 0, egui::Button::new("Up").small())
            .on_hover_text("Move this claim up the list")
            .clicked()
        {
            actions.push(AppAction::edit(Command::MoveClaim {
                claim_id: id.clone(),
                to_index: index.saturating_sub(1),
            }));
        }
    });
}

fn facts_ui(ui: &mut Ui, claim: &Claim) {
    let mut facts = Vec::new();
    if let Some(source) = &claim.source {
        facts.push(format!("Source: {source}"));
    }
    if !claim.numbers.is_empty() {
        facts.push(format!("Numbers: {}", claim.numbers_text(", ")));
    }
    if !claim.entities.is_empty() {
        facts.push(format!("Entities: {}", claim.entities_text(", ")));
    }
    if !claim.tags.is_empty() {
        facts.push(format!("Tags: {}", claim.tags.join(", ")));
    }
    if !claim.note.is_empty() {
        facts.push(format!("Note: {}", claim.note));
    }
    if !facts.is_empty() {
        ui.add(egui::Label::new(RichText::new(facts.join(" · ")).small()).wrap());
    }
}

/// The editable text fields of a claim card. This is the one place that names their widget
/// ids, reads their stored values and turns a committed draft into a command, for both the
/// card and [`pending_draft_commands`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ClaimField {
    Text,
    Source,
    Note,
    Tags,
}

impl ClaimField {
    const ALL: [Self; 4] = [Self::Text, Self::Source, Self::Note, Self::Tags];

    fn id(self, claim_id: &ClaimId) -> Id {
        let name = match self {
            Self::Text => "claim-text",
            Self::Source => "claim-source",
            Self::Note => "claim-note",
            Self::Tags => "claim-tags",
        };
        Id::unique((name, &claim_id.0))
    }

    /// The stored value as its draft shows it.
    fn value(self, claim: &Claim) -> String {
        match self {
            Self::Text => claim.text.clone(),
            Self::Source => claim.source.clone().unwrap_or_default(),
            Self::Note => claim.note.clone(),
            Self::Tags => claim.tags.join(", "),
        }
    }

    /// Picks this field's draft.
    fn draft<'a>(
        self,
        text: &'a mut String,
        source: &'a mut String,
        note: &'a mut String,
        tags: &'a mut String,
    ) -> &'a mut String {
        match self {
            Self::Text => text,
            Self::Source => source,
            Self::Note => note,
            Self::Tags => tags,
        }
    }

    /// The edit a committed draft makes; `None` for an empty claim text.
    fn command(self, claim_id: &ClaimId, draft: &str) -> Option<Command> {
        let claim_id = claim_id.clone();
        Some(match self {
            Self::Text if draft.trim().is_empty() => return None,
            Self::Text => Command::EditClaimText {
                claim_id,
                text: draft.to_owned(),
            },
            Self::Source => Command::SetClaimSource {
                claim_id,
                source: Some(draft.to_owned()),
            },
            Self::Note => Command::SetClaimNote {
                claim_id,
                note: draft.to_owned(),
            },
            Self::Tags => Command::SetClaimTags {
                claim_id,
                tags: draft.split(',').map(str::to_owned).collect(),
            },
        })
    }
}

/// Shows a text field bound to `draft` and returns the new value once the user commits
/// an edit by leaving the field (Enter leaves a one-line field).
///
/// While the field is not being edited the draft follows the stored `value`, so an undo
/// shows at once; while it is being edited, nothing overwrites what the user types.
pub fn draft_field_ui(
    ui: &mut Ui,
    editing: &mut Option<Id>,
    field: Id,
    draft: &mut String,
    value: &str,
    show: impl FnOnce(&mut Ui, &mut String) -> egui::Response,
) -> Option<String> {
    if *editing != Some(field) && draft != value {
        value.clone_into(draft);
    }
    let response = show(ui, draft);
    if response.has_focus() {
        *editing = Some(field);
        None
    } else if *editing == Some(field) {
        *editing = None;
        (draft.trim() != value.trim()).then(|| draft.clone())
    } else {
        None
    }
}

fn text_editor_ui(ui: &mut Ui, claim: &Claim, state: &mut UiState, actions: &mut Vec<AppAction>) {
    let field = ClaimField::Text.id(&claim.id);
    let committed = draft_field_ui(
        ui,
        &mut state.drafts.editing,
        field,
        &mut state.drafts.text,
        &claim.text,
        |ui, draft| {
            let response = ui.add(
                egui::TextEdit::multiline(draft)
                    .id(field)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY)
                    .return_key(Some(egui::KeyboardShortcut::new(
                        egui::Modifiers::SHIFT,
                        Key::Enter,
                    )))
                    .hint_text("claim text"),
            );
            if response.has_focus() && ui.input(|i| i.key_pressed(Key::Enter) && !i.modifiers.shift)
            {
                response.surrender_focus();
            }
            response
        },
    );
    if let Some(command) = committed.and_then(|text| ClaimField::Text.command(&claim.id, &text)) {
        actions.push(AppAction::edit(command));
    } else if state.drafts.editing.is_none() && state.drafts.text.trim().is_empty() {
        // An emptied text is not a claim: show the stored text again.
        state.drafts.text.clone_from(&claim.text);
    }
}

fn review_ui(ui: &mut Ui, claim: &Claim, state: &mut UiState, actions: &mut Vec<AppAction>) {
    let id = &claim.id;
    ui.horizontal(|ui| {
        for (status, label) in [
            (ClaimStatus::Accepted, "Accept"),
            (ClaimStatus::Rejected, "Reject"),
            (ClaimStatus::Unreviewed, "Unreview"),
        ] {
            if ui
                .add_enabled(claim.status != status, egui::Button::new(label))
                .clicked()
            {
                actions.push(AppAction::edit(Command::SetClaimStatus {
                    claim_id: id.clone(),
                    status,
                }));
            }
        }
        let mut hedged = claim.hedged;
        if ui.checkbox(&mut hedged, "Hedged").changed() {
            actions.push(AppAction::edit(Command::SetClaimHedged {
                claim_id: id.clone(),
                hedged,
            }));
        }
    });
    ui.horizontal(|ui| {
        let mut verdict = claim.verdict;
        egui::ComboBox::new(("verdict", &id.0), "Verdict")
            .selected_text(verdict.as_str())
            .show_ui(ui, |ui| {
                for option in Verdict::ALL {
                    ui.selectable_value(&mut verdict, option, option.as_str());
                }
            });
        if verdict != claim.verdict {
            actions.push(AppAction::edit(Command::SetClaimVerdict {
                claim_id: id.clone(),
                verdict,
            }));
        }
    });
    for (field, label, hint) in [
        (
            ClaimField::Source,
            "Source:",
            "who the article attributes it to",
        ),
        (ClaimField::Note, "Note:", "your note"),
        (ClaimField::Tags, "Tags:", "comma-separated"),
    ] {
        let value = field.value(claim);
        let drafts = &mut state.drafts;
        let committed = line_field_ui(
            ui,
            label,
            &mut drafts.editing,
            field.id(id),
            field.draft(
                &mut drafts.text,
                &mut drafts.source,
                &mut drafts.note,
                &mut drafts.tags,
            ),
            &value,
            hint,
        );
        if let Some(command) = committed.and_then(|draft| field.command(id, &draft)) {
            actions.push(AppAction::edit(command));
        }
    }
    if !claim.reasons.is_empty() {
        ui.label(
            RichText::new(format!(
                "Why: {} (score {:.2})",
                claim.reasons.join(", "),
                claim.score
            ))
            .small()
            .weak(),
        );
    }
}

/// A labelled one-line field editing a draft; returns the new value when the user commits
/// a change (Enter or leaving the field).
fn line_field_ui(
    ui: &mut Ui,
    label: &str,
    editing: &mut Option<Id>,
    field: Id,
    draft: &mut String,
    value: &str,
    hint: &str,
) -> Option<String> {
    ui.horizontal(|ui| {
        let name = ui.label(label);
        draft_field_ui(ui, editing, field, draft, value, |ui, draft| {
            ui.add(
                egui::TextEdit::singleline(draft)
                    .id(field)
                    .hint_text(hint)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(name.id)
        })
    })
    .inner
}

/// The id a new user claim over `quote` at `start` gets, unique within `session`.
#[must_use]
pub fn fresh_claim_id(session: &Session, start: usize, quote: &str) -> ClaimId {
    let base = crate::model::claim::derive_claim_id(start, quote);
    if session.claim(&base).is_none() {
        return base;
    }
    // Among len + 2 candidates at least one is free.
    (2..=session.claims().len() + 2)
        .map(|n| ClaimId(format!("{}-{n}", base.0)))
        .find(|id| session.claim(id).is_none())
        .unwrap_or(base)
}

/// Edits typed into a field that is still being edited, as commands: used before the
/// selection or the article changes, so leaving a field by clicking elsewhere never drops
/// what was typed.
#[must_use]
pub fn pending_draft_commands(session: &Session, state: &UiState) -> Vec<Command> {
    let Some(editing) = state.drafts.editing else {
        return Vec::new();
    };
    let drafts = &state.drafts;
    let mut commands = Vec::new();
    if let Some(claim) = state
        .selected_claim
        .as_ref()
        .and_then(|id| session.claim(id))
        && let Some(field) = ClaimField::ALL
            .into_iter()
            .find(|f| f.id(&claim.id) == editing)
    {
        let draft = match field {
            ClaimField::Text => &drafts.text,
            ClaimField::Source => &drafts.source,
            ClaimField::Note => &drafts.note,
            ClaimField::Tags => &drafts.tags,
        };
        if draft.trim() != field.value(claim).trim()
            && let Some(command) = field.command(&claim.id, draft)
        {
            commands.push(command);
        }
    }
    if let Some(highlight) = state
        .selected_highlight
        .as_ref()
        .and_then(|id| session.highlight(id))
        && editing == Id::unique(("highlight-note", &highlight.id.0))
        && drafts.highlight_note != highlight.note
    {
        commands.push(Command::SetHighlightNote {
            highlight_id: highlight.id.clone(),
            note: drafts.highlight_note.clone(),
        });
    }
    commands
}
