//! UI-only state (selection, drafts, scroll requests, view settings) and the actions
//! panels emit. Nothing here is saved with the document.

use std::path::PathBuf;

use crate::model::{ClaimId, HighlightColor, HighlightId, TextSpan};
use crate::store::Command;

/// Something a panel wants done; `ReaderApp` drains these once per frame, so the menu,
/// keyboard shortcuts and buttons all go through the same path.
#[derive(Clone, Debug, PartialEq)]
pub enum AppAction {
    /// Apply a document edit to the open article (boxed: some commands carry whole claims).
    Edit(Box<Command>),
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Show the file dialog and import what the user picks.
    Open,
    /// Import these files (from the dialog or dropped on the window).
    ImportFiles(Vec<PathBuf>),
    /// Import this text (from the clipboard dialog).
    ImportText(String),
    /// Show the "Import from clipboard" dialog.
    ShowPasteDialog,
    /// Save the open article now.
    Save,
    /// Open the library entry at this index.
    SelectArticle(usize),
    /// Run the extractor again, keeping claims the user worked on.
    Reextract,
    /// Select a claim and scroll the reader to it.
    SelectClaim(ClaimId),
    /// Select a highlight and scroll the reader to it.
    SelectHighlight(HighlightId),
    /// Make a claim from the current text selection.
    ClaimFromSelection,
    /// Highlight the current text selection in this colour.
    HighlightSelection(HighlightColor),
    /// Open the in-article search bar and focus it.
    OpenSearch,
    /// Quit (after saving).
    Quit,
    /// Resolve the open article's conflict with another program's version.
    ResolveConflict(crate::store::library::Resolution),
    /// Write the open article's file again after another program deleted it.
    RestoreMissing,
    /// Set the open article's damaged records aside so the rest becomes editable.
    RepairDamaged,
    /// Use this language for the open article and extract its claims again.
    SetLanguage(crate::model::Language),
    /// Replace the open article's text with a newer copy of its source file.
    UpdateFromFile(PathBuf),
    /// Show the file dialog to pick the newer copy for [`AppAction::UpdateFromFile`].
    PickUpdateFile,
}

impl AppAction {
    /// Wraps a document edit.
    #[must_use]
    pub fn edit(command: Command) -> Self {
        Self::Edit(Box::new(command))
    }
}

/// The in-article search bar.
#[derive(Clone, Debug, Default)]
pub struct SearchState {
    /// Whether the bar is shown.
    pub open: bool,
    /// The text searched for.
    pub query: String,
    /// The query the matches were computed for, to know when to recompute.
    pub matched_query: String,
    /// Article revision the matches were computed for.
    pub matched_article: String,
    /// Matches as byte spans into the article text.
    pub matches: Vec<TextSpan>,
    /// Index of the current match.
    pub current: usize,
    /// Focus the search field on the next frame.
    pub focus_requested: bool,
}

/// Draft of a field being edited, committed on Enter or focus loss.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Drafts {
    /// The field being edited, if any; its draft is not overwritten from the document.
    pub editing: Option<egui::Id>,
    /// Claim text being edited.
    pub text: String,
    /// Source being edited.
    pub source: String,
    /// Note being edited.
    pub note: String,
    /// Comma-separated tags being edited.
    pub tags: String,
    /// Highlight note being edited.
    pub highlight_note: String,
}

/// Everything about the window that is not the document.
#[derive(Clone, Debug)]
pub struct UiState {
    /// Library entry shown in the reader.
    pub current: Option<usize>,
    /// Filter text of the library list.
    pub library_filter: String,
    /// The selected claim.
    pub selected_claim: Option<ClaimId>,
    /// The selected highlight.
    pub selected_highlight: Option<HighlightId>,
    /// Non-empty text selection in the reader, as a span of the article text.
    pub text_selection: Option<TextSpan>,
    /// Scroll the reader so this byte offset is visible (set by clicking a claim).
    pub scroll_reader_to: Option<usize>,
    /// Scroll the claims list to this claim (set by clicking text).
    pub scroll_claims_to: Option<ClaimId>,
    /// Drafts of fields being edited.
    pub drafts: Drafts,
    /// Reader font size in points.
    pub font_size: f32,
    /// Dark theme when true.
    pub dark: bool,
    /// In-article search.
    pub search: SearchState,
    /// Filter of the claims list by review state (`None`: all).
    pub claim_filter: Option<crate::model::ClaimStatus>,
    /// The "Import from clipboard" dialog is open, with this text.
    pub paste_dialog: Option<String>,
    /// Progress (0 to 1) of a background extraction of the open article, while one runs.
    pub extracting: Option<f32>,
    /// The "Edit text" dialog's draft (title, text), when open.
    pub text_editor: Option<(String, String)>,
    /// Colour for the next highlight.
    pub highlight_color: HighlightColor,
}

impl Default for UiState {
    fn default() -> Self {
        Self {
            current: None,
            library_filter: String::new(),
            selected_claim: None,
            selected_highlight: None,
            text_selection: None,
            scroll_reader_to: None,
            scroll_claims_to: None,
            drafts: Drafts::default(),
            font_size: 16.0,
            dark: false,
            search: SearchState::default(),
            claim_filter: None,
            paste_dialog: None,
            extracting: None,
            text_editor: None,
            highlight_color: HighlightColor::Yellow,
        }
    }
}

impl UiState {
    /// Forgets everything tied to the article shown so far.
    pub fn reset_for_article(&mut self, index: Option<usize>) {
        self.current = index;
        self.selected_claim = None;
        self.selected_highlight = None;
        self.text_selection = None;
        self.scroll_reader_to = Some(0);
        self.scroll_claims_to = None;
        self.drafts = Drafts::default();
        self.text_editor = None;
        self.search.matches.clear();
        self.search.matched_query.clear();
        self.search.matched_article.clear();
        self.search.current = 0;
    }
}
