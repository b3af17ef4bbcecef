#![cfg(feature = "gui")]
//! The window, driven headless with `egui_kittest`: clicks by label, then checks of the
//! resulting document state (and one image snapshot of the whole window).

mod common;

use claimreader::model::{Article, ClaimStatus, Language, TextSpan};
use claimreader::store::{Library, Session, io};
use claimreader::ui::ReaderApp;
use claimreader::ui::state::AppAction;
use common::{make_claim, sample_session};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn second_session() -> Session {
    let text = "The second article says the agency fined the firm 2 million euros. \
It adds nothing else."
        .to_owned();
    let mut article = Article::new("Second article".to_owned(), text.clone(), Language::English);
    article.published = chrono::NaiveDate::from_ymd_opt(2025, 9, 18);
    let end = text.find(" It adds").expect("sentence end");
    let claims = vec![make_claim(&text, 0..end)];
    Session::new(article, claims, Vec::new())
}

/// A library in a temporary folder holding the two test articles.
fn library() -> (tempfile::TempDir, Library) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut library = Library::open(dir.path()).expect("open");
    library.add(sample_session()).expect("add");
    library.add(second_session()).expect("add");
    (dir, library)
}

fn harness(app: ReaderApp) -> Harness<'static, ReaderApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut ReaderApp| app.show(ui), app);
    harness.run();
    harness
}

fn current(harness: &Harness<'_, ReaderApp>) -> Session {
    harness
        .state()
        .current_session()
        .expect("an article is open")
        .clone()
}

#[test]
fn pick_an_article_accept_and_edit_a_claim_then_undo() {
    let (_dir, library) = library();
    let mut harness = harness(ReaderApp::new(library));
    assert_eq!(current(&harness).article.title, "Test article");

    harness.get_by_label_contains("Second article").click();
    harness.run();
    let session = current(&harness);
    assert_eq!(session.article.title, "Second article");
    let claim_text = session.claims()[0].text.clone();

    // Select the claim by clicking its text in the claims list, then accept it.
    harness.get_by_label(&claim_text).click();
    harness.run();
    assert_eq!(
        harness.state().state.selected_claim.as_ref(),
        Some(&session.claims()[0].id)
    );
    harness.get_by_label("Accept").click();
    harness.run();
    assert_eq!(current(&harness).claims()[0].status, ClaimStatus::Accepted);

    // Edit the text in place: one commit on Enter, one undo step.
    let field = harness.get_by_value(&claim_text);
    field.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_value(&claim_text)
        .type_text("The agency fined the firm.");
    harness.run();
    assert_eq!(
        current(&harness).claims()[0].text,
        claim_text,
        "not committed while typing"
    );
    harness.key_press(Key::Enter);
    harness.run();
    let edited = current(&harness);
    assert_eq!(edited.claims()[0].text, "The agency fined the firm.");
    assert!(edited.claims()[0].edited);

    // Ctrl+Z undoes the text edit, then the accept.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(current(&harness).claims()[0].text, claim_text);
    assert_eq!(current(&harness).claims()[0].status, ClaimStatus::Accepted);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        current(&harness).claims()[0].status,
        ClaimStatus::Unreviewed
    );
    // Ctrl+Shift+Z redoes.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(current(&harness).claims()[0].status, ClaimStatus::Accepted);
}

#[test]
fn highlight_and_claim_from_a_selection_are_saved() {
    let (dir, library) = library();
    let mut harness = harness(ReaderApp::new(library));
    let text = current(&harness).article.text.clone();
    let start = text.find("Nobody knows why.").expect("sentence");
    let span = TextSpan::new(&text, start..start + 17).expect("span");

    harness.state_mut().state.text_selection = Some(span);
    harness.run();
    harness.get_by_label("Highlight").click();
    harness.run();
    let session = current(&harness);
    assert_eq!(session.highlights().len(), 1);
    assert_eq!(session.highlights()[0].anchor.quote, "Nobody knows why.");
    assert_eq!(harness.state().state.text_selection, None);

    harness.state_mut().state.text_selection = Some(span);
    harness.run();
    harness.get_by_label("Add as claim").click();
    harness.run();
    let session = current(&harness);
    assert_eq!(session.claims().len(), 4);
    let added = &session.claims()[1];
    assert_eq!(added.anchor.quote, "Nobody knows why.");
    assert_eq!(added.origin, claimreader::model::ClaimOrigin::User);

    // Flushing (as on quit) writes the edits; a reload shows the same state.
    harness.state_mut().flush();
    assert!(!harness.state().has_unsaved_changes());
    let reopened = Library::open(dir.path()).expect("reopen");
    let saved = reopened
        .entries()
        .iter()
        .filter_map(|e| e.session())
        .find(|s| s.article.title == "Test article")
        .expect("saved article");
    assert_eq!(saved, &session);

    // Undo removes the claim, then the highlight.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(current(&harness).claims().len(), 3);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(current(&harness).highlights().is_empty());
}

#[test]
fn clicking_a_claim_in_the_text_selects_it() {
    let (_dir, library) = library();
    let mut harness = harness(ReaderApp::new(library));
    let session = current(&harness);
    let first = session.claims()[0].clone();
    // The first paragraph is a text field whose value is the paragraph text.
    let paragraph = session.article.paragraphs()[0]
        .slice(&session.article.text)
        .to_owned();
    let rect = harness
        .get_all_by_value(&paragraph)
        .next()
        .expect("paragraph field")
        .rect();
    // Click a few characters into the first claim (it starts the paragraph).
    harness.event(egui::Event::PointerMoved(
        rect.left_top() + egui::vec2(30.0, 8.0),
    ));
    harness.event(egui::Event::PointerButton {
        pos: rect.left_top() + egui::vec2(30.0, 8.0),
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    harness.event(egui::Event::PointerButton {
        pos: rect.left_top() + egui::vec2(30.0, 8.0),
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run();
    assert_eq!(harness.state().state.selected_claim, Some(first.id));
}

#[test]
fn search_highlights_matches_and_steps_through_them() {
    let (_dir, library) = library();
    let mut harness = harness(ReaderApp::new(library));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    assert!(harness.state().state.search.open);
    harness.get_by_label("Find:");
    harness.state_mut().state.search.query = "the".to_owned();
    harness.run();
    let matches = harness.state().state.search.matches.len();
    assert!(matches >= 4, "found {matches}");
    harness.get_by_label_contains(&format!("1 of {matches}"));
    harness.get_by_label("Next").click();
    harness.run();
    assert_eq!(harness.state().state.search.current, 1);
    harness.get_by_label("Previous").click();
    harness.get_by_label("Previous").click();
    harness.run();
    assert_eq!(harness.state().state.search.current, matches - 1);
}

#[test]
fn import_errors_are_reported_and_the_app_keeps_running() {
    let (dir, library) = library();
    let mut harness = harness(ReaderApp::new(library));
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").expect("write");
    harness
        .state_mut()
        .queue(AppAction::ImportFiles(vec![empty.clone()]));
    harness.run();
    let status = &harness.state().status;
    assert!(status.is_error);
    assert!(status.message.contains("empty.txt"), "{}", status.message);
    assert_eq!(current(&harness).article.title, "Test article");
}

#[test]
fn the_save_file_follows_edits_after_autosave() {
    let (dir, library) = library();
    let mut harness = harness(ReaderApp::new(library));
    let id = current(&harness).claims()[0].id.clone();
    harness.state_mut().queue(AppAction::edit(
        claimreader::store::Command::SetClaimStatus {
            claim_id: id,
            status: ClaimStatus::Rejected,
        },
    ));
    harness.run();
    assert!(harness.state().has_unsaved_changes());
    std::thread::sleep(claimreader::ui::app::AUTOSAVE_DELAY);
    harness.step();
    assert!(!harness.state().has_unsaved_changes());
    let path = harness.state().library().entries()[0].path.clone();
    assert!(path.starts_with(dir.path()));
    let saved = io::load(&path).expect("load");
    assert_eq!(saved.claims()[0].status, ClaimStatus::Rejected);
}

#[test]
fn main_window_snapshot() {
    let (_dir, library) = library();
    let mut app = ReaderApp::new(library);
    app.state.selected_claim = app.current_session().map(|s| s.claims()[1].id.clone());
    let mut harness = harness(app);
    harness.run();
    harness.snapshot("main_window");
}

#[test]
fn import_from_the_paste_dialog_then_again_is_a_duplicate() {
    let (_dir, library) = library();
    let mut harness = harness(ReaderApp::new(library));
    let pasted = "Pasted headline about export rules\n\nBy Jane Doe\nSeptember 5, 2025\n\n\
The ministry approved 12 export licences on Friday, officials said.\n\n\
Two more applications are pending.";
    for round in 0..2 {
        harness.get_by_label("Paste…").click();
        harness.run();
        harness.state_mut().state.paste_dialog = Some(pasted.to_owned());
        harness.run();
        harness.get_by_label("Import").click();
        harness.run();
        let session = current(&harness);
        assert_eq!(session.article.title, "Pasted headline about export rules");
        assert_eq!(session.article.author.as_deref(), Some("Jane Doe"));
        assert!(harness.state().state.paste_dialog.is_none());
        let message = &harness.state().status.message;
        if round == 0 {
            assert!(message.starts_with("Imported"), "{message}");
        } else {
            assert!(message.contains("already in the library"), "{message}");
        }
    }
    assert_eq!(harness.state().library().loaded_count(), 3);
}

#[test]
fn typing_in_a_field_then_clicking_another_claim_keeps_the_edit() {
    let (_dir, library) = library();
    let mut app = ReaderApp::new(library);
    let claims = app.current_session().expect("open").claims().to_vec();
    app.queue(AppAction::SelectClaim(claims[0].id.clone()));
    let mut harness = harness(app);
    harness.get_by_label("Note:").click();
    harness.run();
    let note = harness
        .get_all_by_role(egui::accesskit::Role::TextInput)
        .find(|n| {
            n.rect().min.y > harness.get_by_label("Note:").rect().min.y - 4.0
                && n.rect().min.y < harness.get_by_label("Note:").rect().max.y
        })
        .expect("note field");
    note.focus();
    harness.run();
    harness
        .get_all_by_role(egui::accesskit::Role::TextInput)
        .find(egui_kittest::Node::is_focused)
        .expect("focused field")
        .type_text("typed before switching");
    harness.run();
    // Leave the field by selecting another claim; the typed note must not be lost.
    harness.get_by_label(&claims[2].text).click();
    harness.run();
    let session = current(&harness);
    assert_eq!(session.claims()[0].note, "typed before switching");
    assert_eq!(
        harness.state().state.selected_claim,
        Some(claims[2].id.clone())
    );
}
