//! The reader: title, metadata and paragraphs with claims, highlights and search matches
//! coloured in. Paragraphs are read-only text fields, so the user can select text to
//! highlight it or turn it into a claim, and click coloured text to select what it marks.
//!
//! **Invariant:** only the paragraphs on screen are laid out (see `virtual_list`).

use crate::model::Language;
use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, Galley, Id, RichText, TextBuffer, Ui};

use crate::model::{HighlightColor, TextSpan};
use crate::store::Session;

use super::state::{AppAction, UiState};
use super::style;
use super::virtual_list::{HeightCache, virtual_list_ui};

/// What a coloured stretch of text in the reader stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MarkKind {
    Claim(usize),
    Highlight(usize),
    Search(usize),
}

/// A coloured stretch of the article text.
#[derive(Clone, Copy, Debug)]
struct Mark {
    span: TextSpan,
    kind: MarkKind,
}

/// Per-article data the reader derives once and keeps between frames.
#[derive(Debug, Default)]
pub struct ReaderCache {
    /// Session (and so article text) the cache belongs to.
    epoch: u64,
    /// Paragraph spans of the article.
    pub paragraphs: Vec<TextSpan>,
    /// Measured paragraph heights.
    heights: HeightCache,
    /// Average glyph width and row height at the current font size.
    metrics: Option<(f32, f32, f32)>,
}

impl ReaderCache {
    /// Makes sure the cache describes `session`'s article.
    pub fn sync(&mut self, session: &Session) {
        if self.epoch != session.epoch() {
            self.epoch = session.epoch();
            self.paragraphs = session.article.paragraphs();
            self.heights = HeightCache::default();
        }
    }
}

/// Draws the reader for `session`.
pub fn reader_ui(
    ui: &mut Ui,
    session: &Session,
    state: &mut UiState,
    cache: &mut ReaderCache,
    actions: &mut Vec<AppAction>,
) {
    cache.sync(session);
    toolbar_ui(ui, session, state, actions);
    if state.search.open {
        search_bar_ui(ui, session, state);
    }
    selection_bar_ui(ui, session, state, actions);
    ui.separator();

    let font_id = FontId::proportional(state.font_size);
    let (glyph_width, row_height) = text_metrics(ui, cache, &font_id);
    let marks = collect_marks(session, state);
    let width = ui.available_width().max(50.0);
    let key = {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        width.to_bits().hash(&mut hasher);
        state.font_size.to_bits().hash(&mut hasher);
        hasher.finish()
    };
    // Item 0 is the title block; item i + 1 is paragraph i.
    let count = cache.paragraphs.len() + 1;
    cache.heights.prepare(key, count);
    let scroll_to = state.scroll_reader_to.take().map(|byte| {
        if byte == 0 {
            0
        } else {
            cache
                .paragraphs
                .partition_point(|p| p.end() <= byte)
                .min(cache.paragraphs.len().saturating_sub(1))
                + 1
        }
    });
    let paragraphs = &cache.paragraphs;
    let chars_per_row = (width / glyph_width).max(10.0);
    virtual_list_ui(
        ui,
        "reader",
        &mut cache.heights,
        count,
        scroll_to,
        |i| {
            if i == 0 {
                return row_height * 4.0;
            }
            let len = paragraphs.get(i - 1).map_or(0, |p| p.len()) as f32;
            ((len / chars_per_row).ceil().max(1.0)) * row_height + row_height * 0.6
        },
        |ui, i| {
            if i == 0 {
                title_block_ui(ui, session, state);
            } else if let Some(&paragraph) = paragraphs.get(i - 1) {
                paragraph_ui(ui, session, state, &marks, paragraph, &font_id, actions);
                ui.add_space(row_height * 0.6);
            }
        },
    );
}

fn text_metrics(ui: &Ui, cache: &mut ReaderCache, font_id: &FontId) -> (f32, f32) {
    if let Some((size, width, height)) = cache.metrics
        && (size - font_id.size).abs() < f32::EPSILON
    {
        return (width, height);
    }
    let sample = "The quick brown fox jumps over the lazy dog, en de kat krabt de krullen.";
    let galley =
        ui.fonts_mut(|f| f.layout_no_wrap(sample.to_owned(), font_id.clone(), Color32::WHITE));
    let width = galley.size().x / sample.chars().count() as f32;
    let height = galley.size().y.max(1.0);
    cache.metrics = Some((font_id.size, width, height));
    (width, height)
}

/// The article's language, which the extractor uses; the user can override the detector.
fn language_ui(ui: &mut Ui, session: &Session, actions: &mut Vec<AppAction>) {
    let article = &session.article;
    let mut chosen = article.language;
    let suffix = if article.language_set_by_user {
        "set by you"
    } else {
        "detected"
    };
    let label = ui.label("Language:");
    egui::ComboBox::from_id_salt("article-language")
        .selected_text(format!("{} ({suffix})", language_name(chosen)))
        .show_ui(ui, |ui| {
            for language in [Language::Dutch, Language::English] {
                ui.selectable_value(&mut chosen, language, language_name(language));
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text("The language the claims are extracted in; changing it extracts again");
    if chosen != article.language {
        actions.push(AppAction::SetLanguage(chosen));
    }
}

fn language_name(language: Language) -> &'static str {
    match language {
        Language::Dutch => "Nederlands",
        Language::English => "English",
    }
}

fn toolbar_ui(ui: &mut Ui, session: &Session, state: &mut UiState, actions: &mut Vec<AppAction>) {
    ui.horizontal_wrapped(|ui| {
        if ui
            .button("A−")
            .on_hover_text("Smaller text (Ctrl+-)")
            .clicked()
        {
            state.font_size = (state.font_size - 1.0).max(10.0);
        }
        ui.label(format!("{:.0} pt", state.font_size));
        if ui
            .button("A+")
            .on_hover_text("Larger text (Ctrl++)")
            .clicked()
        {
            state.font_size = (state.font_size + 1.0).min(32.0);
        }
        let theme = if state.dark {
            "Light theme"
        } else {
            "Dark theme"
        };
        if ui.button(theme).clicked() {
            state.dark = !state.dark;
        }
        if ui
            .button("Find")
            .on_hover_text("Search in the article (Ctrl+F)")
            .clicked()
        {
            actions.push(AppAction::OpenSearch);
        }
        ui.separator();
        language_ui(ui, session, actions);
        if ui
            .button("Edit text…")
            .on_hover_text(
                "Correct the article text; claims and highlights are re-placed, and any that \
                 cannot be found again are listed as orphans",
            )
            .clicked()
        {
            state.text_editor = Some((session.article.title.clone(), session.article.text.clone()));
        }
        ui.separator();
        let claims = session.claims().len();
        let highlights = session.highlights().len();
        ui.add(
            egui::Label::new(
                RichText::new(format!("{claims} claims · {highlights} highlights"))
                    .small()
                    .weak(),
            )
            .wrap_mode(egui::TextWrapMode::Extend),
        );
    });
}

fn search_bar_ui(ui: &mut Ui, session: &Session, state: &mut UiState) {
    let search = &mut state.search;
    ui.horizontal(|ui| {
        ui.label("Find:");
        let response = ui.add(
            egui::TextEdit::singleline(&mut search.query)
                .id(Id::unique("search-field"))
                .hint_text("text in this article")
                .desired_width(200.0),
        );
        if search.focus_requested {
            response.request_focus();
            search.focus_requested = false;
        }
        if search.query != search.matched_query || search.matched_article != session.article.id.0 {
            search.matches = find_matches(&session.article.text, &search.query);
            search.matched_query.clone_from(&search.query);
            search.matched_article.clone_from(&session.article.id.0);
            search.current = 0;
            if let Some(first) = search.matches.first() {
                state_scroll(&mut state.scroll_reader_to, first.start());
            }
        }
        let enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let count = search.matches.len();
        let mut step = |forward: bool, search: &mut super::state::SearchState| {
            if count > 0 {
                search.current = if forward {
                    (search.current + 1) % count
                } else {
                    (search.current + count - 1) % count
                };
                if let Some(m) = search.matches.get(search.current) {
                    state_scroll(&mut state.scroll_reader_to, m.start());
                }
            }
        };
        if ui.button("Previous").clicked() {
            step(false, search);
        }
        if ui.button("Next").clicked() || enter {
            step(true, search);
            if enter {
                response.request_focus();
            }
        }
        let label = if search.query.is_empty() {
            String::new()
        } else if count == 0 {
            "no matches".to_owned()
        } else {
            format!("{} of {count}", search.current + 1)
        };
        ui.label(label);
        if ui.button("Close").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            search.open = false;
            search.query.clear();
        }
    });
}

fn state_scroll(target: &mut Option<usize>, byte: usize) {
    *target = Some(byte);
}

/// Case-insensitive matches of `query` in `text`, as byte spans.
#[must_use]
pub fn find_matches(text: &str, query: &str) -> Vec<TextSpan> {
    let query = query.trim();
    if query.is_empty() {
        return Vec::new();
    }
    let Ok(pattern) = regex::RegexBuilder::new(&regex::escape(query))
        .case_insensitive(true)
        .build()
    else {
        return Vec::new();
    };
    pattern
        .find_iter(text)
        .filter_map(|m| TextSpan::new(text, m.range()))
        .take(10_000)
        .collect()
}

fn selection_bar_ui(
    ui: &mut Ui,
    session: &Session,
    state: &mut UiState,
    actions: &mut Vec<AppAction>,
) {
    if let Some(span) = state.text_selection {
        let quote = span.slice(&session.article.text);
        let preview: String = quote.chars().take(60).collect();
        let ellipsis = if quote.chars().count() > 60 {
            "…"
        } else {
            ""
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("Selected: “{preview}{ellipsis}”")).italics());
        });
        ui.horizontal(|ui| {
            for color in HighlightColor::ALL {
                let selected = state.highlight_color == color;
                let swatch = swatch_button(color).selected(selected);
                if ui
                    .add(swatch)
                    .on_hover_text(format!("Highlight colour: {}", color.as_str()))
                    .clicked()
                {
                    state.highlight_color = color;
                }
            }
            if ui.button("Highlight").clicked() {
                actions.push(AppAction::HighlightSelection(state.highlight_color));
            }
            if ui.button("Add as claim").clicked() {
                actions.push(AppAction::ClaimFromSelection);
            }
            if ui.button("Clear selection").clicked() {
                state.text_selection = None;
            }
        });
    } else if let Some(highlight) = state
        .selected_highlight
        .as_ref()
        .and_then(|id| session.highlight(id))
    {
        let id = highlight.id.clone();
        ui.horizontal(|ui| {
            ui.label("Highlight:");
            for color in HighlightColor::ALL {
                let swatch = swatch_button(color).selected(highlight.color == color);
                if ui
                    .add(swatch)
                    .on_hover_text(format!("Change colour to {}", color.as_str()))
                    .clicked()
                {
                    actions.push(AppAction::edit(crate::store::Command::SetHighlightColor {
                        highlight_id: id.clone(),
                        color,
                    }));
                }
            }
            if ui.button("Delete highlight").clicked() {
                actions.push(AppAction::edit(crate::store::Command::DeleteHighlight {
                    highlight_id: id.clone(),
                }));
                state.selected_highlight = None;
            }
        });
        let note_id = Id::unique(("highlight-note", &id.0));
        ui.horizontal(|ui| {
            let name = ui.label("Note:");
            let committed = super::claims_panel::draft_field_ui(
                ui,
                &mut state.drafts.editing,
                note_id,
                &mut state.drafts.highlight_note,
                &highlight.note,
                |ui, draft| {
                    ui.add(
                        egui::TextEdit::singleline(draft)
                            .id(note_id)
                            .hint_text("note on this highlight")
                            .desired_width(f32::INFINITY),
                    )
                    .labelled_by(name.id)
                },
            );
            if let Some(note) = committed {
                actions.push(AppAction::edit(crate::store::Command::SetHighlightNote {
                    highlight_id: id.clone(),
                    note,
                }));
            }
        });
    }
}

/// A button filled with a highlight colour and labelled with its name.
fn swatch_button(color: HighlightColor) -> egui::Button<'static> {
    egui::Button::new(
        RichText::new(color.as_str())
            .small()
            .color(Color32::from_rgb(20, 20, 20)),
    )
    .fill(style::highlight_swatch(color))
}

fn title_block_ui(ui: &mut Ui, session: &Session, state: &UiState) {
    let article = &session.article;
    ui.add(
        egui::Label::new(
            RichText::new(&article.title)
                .size(state.font_size * 1.5)
                .strong(),
        )
        .wrap(),
    );
    let mut meta = Vec::new();
    if let Some(category) = &article.category {
        meta.push(category.clone());
    }
    if let Some(author) = &article.author {
        meta.push(format!("by {author}"));
    }
    if let Some(date) = article.published {
        meta.push(date.format("%-d %B %Y").to_string());
    }
    meta.push(match article.language {
        crate::model::Language::Dutch => "Dutch".to_owned(),
        crate::model::Language::English => "English".to_owned(),
    });
    meta.push(format!("{} words", article.word_count()));
    if let Some(file) = &article.source_file {
        meta.push(file.clone());
    }
    ui.label(RichText::new(meta.join(" · ")).weak());
    ui.add_space(state.font_size * 0.5);
}

fn collect_marks(session: &Session, state: &UiState) -> Vec<Mark> {
    let mut marks: Vec<Mark> = session
        .claims()
        .iter()
        .enumerate()
        .filter(|(_, c)| c.anchor.is_placed())
        .map(|(i, c)| Mark {
            span: c.anchor.span,
            kind: MarkKind::Claim(i),
        })
        .chain(
            session
                .highlights()
                .iter()
                .enumerate()
                .filter(|(_, h)| h.anchor.is_placed())
                .map(|(i, h)| Mark {
                    span: h.anchor.span,
                    kind: MarkKind::Highlight(i),
                }),
        )
        .chain(
            state
                .search
                .matches
                .iter()
                .enumerate()
                .map(|(i, &span)| Mark {
                    span,
                    kind: MarkKind::Search(i),
                }),
        )
        .collect();
    marks.sort_by_key(|m| (m.span.start(), m.span.end()));
    marks
}

/// Priority of a mark when several cover the same text: the higher wins.
fn priority(kind: MarkKind) -> u8 {
    match kind {
        MarkKind::Search(_) => 3,
        MarkKind::Highlight(_) => 2,
        MarkKind::Claim(_) => 1,
    }
}

fn paragraph_ui(
    ui: &mut Ui,
    session: &Session,
    state: &mut UiState,
    marks: &[Mark],
    paragraph: TextSpan,
    font_id: &FontId,
    actions: &mut Vec<AppAction>,
) {
    let text = paragraph.slice(&session.article.text);
    // Marks are sorted by start; claims and highlights never cross paragraphs, so the
    // ones that matter start inside this paragraph (a few long marks may start earlier).
    let from = marks.partition_point(|m| m.span.end() <= paragraph.start());
    let here: Vec<Mark> = marks[from..]
        .iter()
        .take_while(|m| m.span.start() < paragraph.end())
        .filter(|m| m.span.overlaps(paragraph))
        .copied()
        .collect();
    let job = paragraph_job(session, state, text, paragraph, &here, font_id, ui);
    let mut layouter = |ui: &Ui, _buffer: &dyn TextBuffer, wrap_width: f32| -> Arc<Galley> {
        let mut job = job.clone();
        job.wrap.max_width = wrap_width;
        ui.fonts_mut(|f| f.layout_job(job))
    };
    let mut buffer: &str = text;
    let output = egui::TextEdit::multiline(&mut buffer)
        .id(Id::unique(("paragraph", paragraph.start())))
        .frame(egui::Frame::NONE)
        .margin(egui::Margin::ZERO)
        .desired_width(f32::INFINITY)
        .desired_rows(1)
        .layouter(&mut layouter)
        .show(ui);
    let Some(range) = output.cursor_range else {
        return;
    };
    let to_byte = |char_index: usize| {
        text.char_indices()
            .nth(char_index)
            .map_or(text.len(), |(b, _)| b)
            + paragraph.start()
    };
    let (a, b) = (range.primary.index.0, range.secondary.index.0);
    if a == b {
        if output.response.clicked() {
            state.text_selection = None;
            let byte = to_byte(a);
            let hit = here
                .iter()
                .filter(|m| !matches!(m.kind, MarkKind::Search(_)) && m.span.contains(byte))
                .max_by_key(|m| priority(m.kind));
            match hit.map(|m| m.kind) {
                Some(MarkKind::Claim(i)) => {
                    if let Some(claim) = session.claims().get(i) {
                        actions.push(AppAction::SelectClaim(claim.id.clone()));
                        state.scroll_claims_to = Some(claim.id.clone());
                    }
                }
                Some(MarkKind::Highlight(i)) => {
                    if let Some(highlight) = session.highlights().get(i) {
                        actions.push(AppAction::SelectHighlight(highlight.id.clone()));
                    }
                }
                _ => {
                    state.selected_highlight = None;
                }
            }
        }
    } else if output.response.has_focus() {
        let (start, end) = (to_byte(a.min(b)), to_byte(a.max(b)));
        let article_text = &session.article.text;
        // Trim whitespace so the span starts and ends on words.
        let slice = &article_text[start..end];
        let start = start + (slice.len() - slice.trim_start().len());
        let end = end - (slice.len() - slice.trim_end().len());
        state.text_selection = TextSpan::new(article_text, start..end).filter(|s| !s.is_empty());
    }
}

fn paragraph_job(
    session: &Session,
    state: &UiState,
    text: &str,
    paragraph: TextSpan,
    marks: &[Mark],
    font_id: &FontId,
    ui: &Ui,
) -> LayoutJob {
    let base = TextFormat {
        font_id: font_id.clone(),
        color: ui.visuals().text_color(),
        ..TextFormat::default()
    };
    let mut job = LayoutJob::default();
    if marks.is_empty() {
        job.append(text, 0.0, base);
        return job;
    }
    // Cut the paragraph at every mark boundary and style each piece by its strongest mark.
    let offset = paragraph.start();
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for mark in marks {
        cuts.push(mark.span.start().saturating_sub(offset).min(text.len()));
        cuts.push(mark.span.end().saturating_sub(offset).min(text.len()));
    }
    cuts.sort_unstable();
    cuts.dedup();
    for window in cuts.windows(2) {
        let (from, to) = (window[0], window[1]);
        let Some(piece) = text.get(from..to) else {
            continue;
        };
        let here = from + offset;
        let top = marks
            .iter()
            .filter(|m| m.span.contains(here))
            .max_by_key(|m| priority(m.kind));
        let mut format = base.clone();
        match top.map(|m| m.kind) {
            Some(MarkKind::Claim(i)) => {
                if let Some(claim) = session.claims().get(i) {
                    let selected = state.selected_claim.as_ref() == Some(&claim.id);
                    format.background =
                        style::claim_background(claim.status, selected, i % 2 == 1, state.dark);
                    if selected {
                        format.underline =
                            egui::Stroke::new(1.5, style::status_color(claim.status));
                    }
                    if claim.status == crate::model::ClaimStatus::Rejected {
                        format.color = ui.visuals().weak_text_color();
                    }
                }
            }
            Some(MarkKind::Highlight(i)) => {
                if let Some(highlight) = session.highlights().get(i) {
                    let selected = state.selected_highlight.as_ref() == Some(&highlight.id);
                    format.background = style::highlight_background(highlight.color, selected);
                    format.color = Color32::from_rgb(20, 20, 20);
                }
            }
            Some(MarkKind::Search(i)) => {
                format.background = style::search_background(i == state.search.current);
                format.color = Color32::BLACK;
            }
            None => {}
        }
        job.append(piece, 0.0, format);
    }
    job
}
