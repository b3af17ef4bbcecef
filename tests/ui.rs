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
    // The app asks for a repaint 100 ms ahead while it watches the folder or waits to
    // save; on a loaded machine a frame can take that long, so `run` gets room to settle.
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(24)
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

fn set_note(app: &mut ReaderApp, index: usize, note: &str) {
    let id = current_of(app).claims()[index].id.clone();
    app.queue(AppAction::edit(claimreader::store::Command::SetClaimNote {
        claim_id: id,
        note: note.to_owned(),
    }));
}

fn current_of(app: &ReaderApp) -> Session {
    app.current_session().expect("open article").clone()
}

#[test]
fn another_programs_change_under_unsaved_edits_is_shown_and_merged() {
    let (_dir, library) = library();
    let path = library.entries()[0].path.clone();
    let mut harness = harness(ReaderApp::new(library));
    set_note(harness.state_mut(), 0, "mine");
    harness.run();
    // Another program writes the file before the autosave.
    let mut theirs = io::load(&path).expect("load");
    let id = theirs.claims()[1].id.clone();
    theirs
        .apply(claimreader::store::Command::SetClaimNote {
            claim_id: id,
            note: "theirs".to_owned(),
        })
        .expect("their edit");
    std::fs::write(&path, io::to_ron(&theirs)).expect("their write");
    harness.state_mut().refresh_from_disk();
    harness.run();
    harness.get_by_label_contains("Another program changed this article");
    // Both versions can be compared before choosing.
    harness.get_by_label("Show the 2 differences").click();
    harness.run();
    harness.get_by_label_contains("note: yours “mine”, theirs “”");
    harness.get_by_label_contains("note: yours “”, theirs “theirs”");
    harness.snapshot("conflict_banner");
    // Nothing was written over their file.
    assert!(io::load(&path).expect("load").claims()[0].note.is_empty());
    harness.get_by_label("Merge").click();
    harness.run();
    let merged = io::load(&path).expect("merged file");
    assert_eq!(merged.claims()[0].note, "mine");
    assert_eq!(merged.claims()[1].note, "theirs");
    assert!(
        harness
            .query_by_label_contains("Another program changed")
            .is_none()
    );
    assert!(!harness.state().has_unsaved_changes());
}

/// Fails every write.
#[derive(Debug)]
struct DiskFull;

impl claimreader::store::io::FaultPlan for DiskFull {
    fn fault(
        &self,
        _step: claimreader::store::io::WriteStep,
        _target: &std::path::Path,
    ) -> Option<std::io::Error> {
        Some(std::io::Error::from_raw_os_error(28))
    }
}

#[test]
fn a_failed_save_names_the_file_keeps_the_edit_and_is_retried() {
    let (dir, library) = library();
    let path = library.entries()[0].path.clone();
    let before = std::fs::read(&path).expect("read");
    let mut harness = harness(ReaderApp::new(library));
    harness
        .state_mut()
        .library_mut()
        .set_fault_plan(Some(std::sync::Arc::new(DiskFull)));
    set_note(harness.state_mut(), 0, "kept in memory");
    harness.state_mut().queue(AppAction::Save);
    harness.run();
    harness.get_by_label_contains("Not saved:");
    // The status line names the file's folder.
    harness.get_by_label_contains(&dir.path().display().to_string());
    assert!(harness.state().has_unsaved_changes());
    assert_eq!(std::fs::read(&path).expect("read"), before);
    harness.state_mut().library_mut().set_fault_plan(None);
    harness.state_mut().queue(AppAction::Save);
    harness.run();
    harness.get_by_label("All changes saved");
    assert_eq!(
        io::load(&path).expect("load").claims()[0].note,
        "kept in memory"
    );
}

#[test]
fn editing_the_text_lists_orphans_that_can_be_reattached() {
    let (_dir, library) = library();
    let mut harness = harness(ReaderApp::new(library));
    let session = current(&harness);
    let gone = "Sales of the X20 chip fell 15% in the second quarter.";
    let text = session.article.text.replace(
        gone,
        "Sales of the X20 chip dropped by a sixth in the quarter.",
    );
    harness.state_mut().queue(AppAction::edit(
        claimreader::store::Command::ReplaceArticleText {
            title: session.article.title.clone(),
            text,
        },
    ));
    harness.run();
    harness.get_by_label_contains("1 orphaned (text changed)");
    harness.get_by_label_contains(&format!("Claim: “{gone}”"));
    // Select the new wording and re-attach the orphan to it.
    let now = current(&harness);
    let start = now.article.text.find("Sales of the X20").expect("found");
    let end = start + "Sales of the X20 chip dropped by a sixth in the quarter.".len();
    harness.state_mut().state.text_selection =
        Some(TextSpan::new(&now.article.text, start..end).expect("span"));
    harness.run();
    harness.get_by_label("Re-attach to selection").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("orphaned (text changed)")
            .is_none()
    );
    assert_eq!(current(&harness).orphaned_claims().count(), 0);
    // Undo brings the old text back with the claim on it.
    harness.state_mut().queue(AppAction::Undo);
    harness.state_mut().queue(AppAction::Undo);
    harness.run();
    assert!(current(&harness).article.text.contains(gone));
    assert_eq!(current(&harness).orphaned_claims().count(), 0);
}

#[test]
fn the_language_can_be_overridden() {
    let (_dir, library) = library();
    let mut harness = harness(ReaderApp::new(library));
    assert_eq!(
        harness.get_by_label("Language:").value().as_deref(),
        Some("English (detected)")
    );
    harness
        .state_mut()
        .queue(AppAction::SetLanguage(Language::Dutch));
    harness.run();
    let session = current(&harness);
    assert_eq!(session.article.language, Language::Dutch);
    assert!(session.article.language_set_by_user);
    assert_eq!(
        harness.get_by_label("Language:").value().as_deref(),
        Some("Nederlands (set by you)")
    );
}

#[test]
fn a_long_article_is_extracted_in_the_background() {
    let (_dir, library) = library();
    let mut harness = harness(ReaderApp::new(library));
    let paragraph = "The agency fined the chip maker 2 million euros on Wednesday, the ministry said. \
Sales of its X20 accelerator rose 15% in the second quarter, according to the annual report.";
    let mut text = String::from("A very long report on chip export rules\n\n");
    while text.len() < 400 * 1024 {
        text.push_str(paragraph);
        text.push_str("\n\n");
    }
    harness.state_mut().queue(AppAction::ImportText(text));
    harness.run();
    assert_eq!(
        current(&harness).article.title,
        "A very long report on chip export rules"
    );
    let waited = std::time::Instant::now();
    while harness.state().is_extracting() && waited.elapsed() < std::time::Duration::from_mins(2) {
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
    }
    harness.run();
    assert!(!harness.state().is_extracting(), "the extraction finished");
    assert!(current(&harness).claims().len() > 1000);
}

#[test]
fn a_file_from_a_newer_version_shows_a_read_only_banner_and_refuses_edits() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = io::to_ron(&sample_session()).replacen(
        &format!(
            "format_version: {},",
            claimreader::store::format::FORMAT_VERSION
        ),
        "format_version: 7,",
        1,
    );
    let path = dir.path().join("future.ron");
    std::fs::write(&path, &text).expect("write");
    let library = Library::open(dir.path()).expect("open");
    let mut harness = harness(ReaderApp::new(library));
    harness.get_by_label_contains("Read-only:");
    set_note(harness.state_mut(), 0, "not allowed");
    harness.run();
    harness.get_by_label_contains("open read-only");
    assert!(current(&harness).claims()[0].note.is_empty());
    assert_eq!(std::fs::read_to_string(&path).expect("read"), text);
}

#[test]
fn updating_from_a_newer_copy_keeps_reviewed_claims_on_their_text() {
    let (dir, library) = library();
    let mut harness = harness(ReaderApp::new(library));
    let session = current(&harness);
    let reviewed = session.claims()[1].id.clone();
    harness.state_mut().queue(AppAction::edit(
        claimreader::store::Command::SetClaimStatus {
            claim_id: reviewed.clone(),
            status: ClaimStatus::Accepted,
        },
    ));
    harness.run();
    // The newer copy adds a paragraph at the top and rewords the first sentence.
    let newer = format!(
        "Test article\n\nAn editor's note was added above the story.\n\n{}",
        session
            .article
            .text
            .replace("on Monday", "on Monday morning")
    );
    let file = dir.path().join("newer.txt");
    std::fs::write(&file, newer).expect("write");
    harness.state_mut().queue(AppAction::UpdateFromFile(file));
    harness.run();
    let now = current(&harness);
    assert!(
        now.article
            .text
            .starts_with("An editor's note was added above the story.")
    );
    let claim = now.claim(&reviewed).expect("the reviewed claim is kept");
    assert_eq!(claim.status, ClaimStatus::Accepted);
    assert!(claim.anchor.is_placed());
    assert_eq!(
        claim.anchor.span.slice(&now.article.text),
        "Sales of the X20 chip fell 15% in the second quarter."
    );
    harness.get_by_label_contains("Updated from");
}
