//! Every store command, applied and undone/redone through `Session`.

mod common;

use claimreader::model::{ClaimId, ClaimKind, ClaimStatus, HighlightColor, Verdict};
use claimreader::store::{Command, CommandError, Session};
use common::{make_claim, make_highlight, sample_session};

/// Applies `command`, checks the result with `expect`, then checks undo restores the
/// original and redo restores the edit.
fn check(command: Command, expect: impl Fn(&Session)) {
    let mut session = sample_session();
    let original = session.clone();
    session.apply(command).expect("command applies");
    expect(&session);
    assert_ne!(session, original, "the command changed something");
    let edited = session.clone();
    assert!(session.undo());
    assert_eq!(session, original, "undo restores the original");
    assert!(session.redo());
    assert_eq!(session, edited, "redo restores the edit");
}

fn first_id(session: &Session) -> ClaimId {
    session.claims()[0].id.clone()
}

#[test]
fn edit_claim_text() {
    let id = first_id(&sample_session());
    check(
        Command::EditClaimText {
            claim_id: id.clone(),
            text: "  The regulator summoned the firm.  ".to_owned(),
        },
        |s| {
            let claim = s.claim(&id).expect("claim");
            assert_eq!(claim.text, "The regulator summoned the firm.");
            assert!(claim.edited);
            assert!(claim.has_user_work());
        },
    );
}

#[test]
fn status_verdict_kind_source_hedged_note_tags() {
    let id = first_id(&sample_session());
    check(
        Command::SetClaimStatus {
            claim_id: id.clone(),
            status: ClaimStatus::Accepted,
        },
        |s| assert_eq!(s.claim(&id).expect("claim").status, ClaimStatus::Accepted),
    );
    check(
        Command::SetClaimVerdict {
            claim_id: id.clone(),
            verdict: Verdict::Disputed,
        },
        |s| assert_eq!(s.claim(&id).expect("claim").verdict, Verdict::Disputed),
    );
    check(
        Command::SetClaimKind {
            claim_id: id.clone(),
            kind: ClaimKind::Decision,
        },
        |s| assert_eq!(s.claim(&id).expect("claim").kind, ClaimKind::Decision),
    );
    check(
        Command::SetClaimSource {
            claim_id: id.clone(),
            source: Some(" Reuters ".to_owned()),
        },
        |s| {
            assert_eq!(
                s.claim(&id).expect("claim").source.as_deref(),
                Some("Reuters")
            );
        },
    );
    check(
        Command::SetClaimHedged {
            claim_id: id.clone(),
            hedged: true,
        },
        |s| assert!(s.claim(&id).expect("claim").hedged),
    );
    check(
        Command::SetClaimNote {
            claim_id: id.clone(),
            note: "check the filing".to_owned(),
        },
        |s| assert_eq!(s.claim(&id).expect("claim").note, "check the filing"),
    );
    check(
        Command::SetClaimTags {
            claim_id: id.clone(),
            tags: vec![
                " trade ".into(),
                "china".into(),
                "trade".into(),
                String::new(),
            ],
        },
        |s| assert_eq!(s.claim(&id).expect("claim").tags, ["china", "trade"]),
    );
}

#[test]
fn delete_and_move_claims() {
    let session = sample_session();
    let ids: Vec<ClaimId> = session.claims().iter().map(|c| c.id.clone()).collect();
    let (first, second, third) = (ids[0].clone(), ids[1].clone(), ids[2].clone());
    check(
        Command::DeleteClaim {
            claim_id: second.clone(),
        },
        |s| {
            assert_eq!(s.claims().len(), 2);
            assert!(s.claim(&second).is_none());
        },
    );
    check(
        Command::MoveClaim {
            claim_id: first.clone(),
            to_index: 99,
        },
        |s| {
            let order: Vec<&ClaimId> = s.claims().iter().map(|c| &c.id).collect();
            assert_eq!(order, [&second, &third, &first]);
        },
    );
}

#[test]
fn add_claim_goes_to_text_order_and_rejects_bad_anchors() {
    let session = sample_session();
    let text = session.article.text.clone();
    let start = text.find("Nobody knows why.").expect("sentence");
    let claim = make_claim(&text, start..start + "Nobody knows why.".len());
    let new_id = claim.id.clone();
    check(
        Command::AddClaim {
            claim: claim.clone(),
            index: None,
        },
        |s| assert_eq!(s.claims()[1].id, new_id),
    );
    let mut session = sample_session();
    session
        .apply(Command::AddClaim {
            claim: claim.clone(),
            index: None,
        })
        .expect("first add");
    assert_eq!(
        session.apply(Command::AddClaim {
            claim: claim.clone(),
            index: None
        }),
        Err(CommandError::DuplicateId(new_id.0.clone()))
    );
    let mut wrong = claim;
    wrong.id = ClaimId("c-other".to_owned());
    wrong.anchor.quote = "not the text".to_owned();
    assert_eq!(
        session.apply(Command::AddClaim {
            claim: wrong,
            index: None
        }),
        Err(CommandError::BadAnchor)
    );
}

#[test]
fn highlights() {
    let session = sample_session();
    let highlight = make_highlight(&session, "Nobody knows why.", HighlightColor::Green);
    let id = highlight.id.clone();
    check(
        Command::AddHighlight {
            highlight: highlight.clone(),
        },
        |s| assert_eq!(s.highlights().len(), 1),
    );
    let mut with_highlight = sample_session();
    with_highlight
        .apply(Command::AddHighlight { highlight })
        .expect("add highlight");
    for command in [
        Command::SetHighlightNote {
            highlight_id: id.clone(),
            note: "odd".to_owned(),
        },
        Command::SetHighlightColor {
            highlight_id: id.clone(),
            color: HighlightColor::Pink,
        },
        Command::SetHighlightTags {
            highlight_id: id.clone(),
            tags: vec!["b".into(), "a".into()],
        },
        Command::DeleteHighlight {
            highlight_id: id.clone(),
        },
    ] {
        let mut session = with_highlight.clone();
        let before = session.clone();
        session.apply(command).expect("applies");
        assert_ne!(session, before);
        assert!(session.undo());
        assert_eq!(session, before);
    }
}

#[test]
fn errors_leave_the_session_unchanged_and_record_no_step() {
    let mut session = sample_session();
    let before = session.clone();
    let missing = ClaimId("c-missing".to_owned());
    assert_eq!(
        session.apply(Command::DeleteClaim {
            claim_id: missing.clone()
        }),
        Err(CommandError::UnknownClaim(missing))
    );
    let id = first_id(&session);
    assert_eq!(
        session.apply(Command::EditClaimText {
            claim_id: id.clone(),
            text: "   ".to_owned()
        }),
        Err(CommandError::EmptyText)
    );
    assert_eq!(session, before);
    assert!(!session.can_undo());
    // An edit that changes nothing is accepted but leaves no undo step.
    let same = session.claims()[0].text.clone();
    session
        .apply(Command::EditClaimText {
            claim_id: id,
            text: same,
        })
        .expect("no-op edit");
    assert!(!session.can_undo());
    assert_eq!(session.revision(), 0);
}

#[test]
fn reextraction_keeps_user_work() {
    let mut session = sample_session();
    let ids: Vec<ClaimId> = session.claims().iter().map(|c| c.id.clone()).collect();
    session
        .apply(Command::SetClaimStatus {
            claim_id: ids[0].clone(),
            status: ClaimStatus::Accepted,
        })
        .expect("accept");
    session
        .apply(Command::EditClaimText {
            claim_id: ids[2].clone(),
            text: "Analysts expect a rebound.".to_owned(),
        })
        .expect("edit");
    // A fresh extraction that finds only the second sentence, with a new id.
    let text = session.article.text.clone();
    let start = text.find("Sales of").expect("sentence");
    let mut fresh = make_claim(&text, start..start + 20);
    fresh.id = ClaimId("c-fresh".to_owned());
    session
        .apply(Command::ReplaceExtractedClaims {
            claims: vec![fresh],
        })
        .expect("replace");
    let order: Vec<&str> = session.claims().iter().map(|c| c.id.0.as_str()).collect();
    assert_eq!(order, [ids[0].0.as_str(), "c-fresh", ids[2].0.as_str()]);
    assert_eq!(session.claims()[2].text, "Analysts expect a rebound.");
    assert!(session.undo());
    assert_eq!(session.claims().len(), 3);
}

#[test]
fn undo_and_redo_walk_many_steps() {
    let mut session = sample_session();
    let id = first_id(&session);
    for n in 0..5 {
        session
            .apply(Command::SetClaimNote {
                claim_id: id.clone(),
                note: format!("note {n}"),
            })
            .expect("note");
    }
    for _ in 0..5 {
        assert!(session.undo());
    }
    assert!(!session.undo());
    assert_eq!(session.claim(&id).expect("claim").note, "");
    for _ in 0..5 {
        assert!(session.redo());
    }
    assert!(!session.redo());
    assert_eq!(session.claim(&id).expect("claim").note, "note 4");
    // A new edit after undo clears the redo stack.
    assert!(session.undo());
    session
        .apply(Command::SetClaimNote {
            claim_id: id,
            note: "other".to_owned(),
        })
        .expect("note");
    assert!(!session.can_redo());
}

#[test]
fn set_article_language_overrides_the_detector() {
    check(
        Command::SetArticleLanguage {
            language: claimreader::model::Language::Dutch,
        },
        |s| {
            assert_eq!(s.article.language, claimreader::model::Language::Dutch);
            assert!(s.article.language_set_by_user);
        },
    );
}

#[test]
fn replacing_the_text_replaces_anchors_and_undo_restores_the_old_text() {
    let session = sample_session();
    let old_text = session.article.text.clone();
    // Fix a typo before the first claim, change the second claim's number, delete the
    // third claim's sentence.
    let new_text = format!(
        "Breaking. {}",
        old_text.replace("fell 15%", "fell 16%").replace(
            "Analysts expect a rebound next year, according to Acme Research.",
            "",
        )
    );
    let ids: Vec<ClaimId> = session.claims().iter().map(|c| c.id.clone()).collect();
    check(
        Command::ReplaceArticleText {
            title: "Test article".to_owned(),
            text: new_text.clone(),
        },
        |s| {
            assert!(s.article.text.starts_with("Breaking. The regulator"));
            assert_eq!(
                s.article.content_hash,
                claimreader::model::article::content_hash(&s.article.title, &s.article.text)
            );
            let first = s.claim(&ids[0]).expect("kept");
            assert!(first.anchor.is_placed());
            assert_eq!(first.anchor.span.slice(&s.article.text), first.anchor.quote);
            assert_eq!(
                first.anchor.quote,
                "The regulator summoned the chip maker on Monday."
            );
            let third = s.claim(&ids[2]).expect("never deleted");
            assert!(third.anchor.orphaned, "its sentence is gone");
            assert_eq!(
                third.anchor.quote,
                "Analysts expect a rebound next year, according to Acme Research."
            );
            // Whatever happened to the changed sentence, it is never placed on text that
            // is not its own.
            let second = s.claim(&ids[1]).expect("kept");
            if second.anchor.is_placed() {
                assert_eq!(
                    second.anchor.span.slice(&s.article.text),
                    "Sales of the X20 chip fell 16% in the second quarter."
                );
            }
            assert_eq!(s.orphaned_claims().count() + s.placed_claims().count(), 3);
        },
    );
}

#[test]
fn an_orphan_can_be_reattached_to_a_selection() {
    let mut session = sample_session();
    let id = session.claims()[2].id.clone();
    let text = session.article.text.replace(
        "Analysts expect a rebound next year",
        "Analysts now expect a recovery in 2026",
    );
    session
        .apply(Command::ReplaceArticleText {
            title: "Test article".to_owned(),
            text,
        })
        .expect("replace");
    assert!(session.claim(&id).expect("kept").anchor.orphaned);
    let start = session.article.text.find("Analysts now").expect("found");
    let end = session.article.text[start..].find('.').expect("end") + start + 1;
    let span = claimreader::model::TextSpan::new(&session.article.text, start..end).expect("span");
    session
        .apply(Command::ReattachClaim {
            claim_id: id.clone(),
            span,
        })
        .expect("reattach");
    let claim = session.claim(&id).expect("kept");
    assert!(claim.anchor.is_placed());
    assert_eq!(
        claim.anchor.quote,
        "Analysts now expect a recovery in 2026, according to Acme Research."
    );
    // Re-extraction keeps orphans: they are never dropped.
    let mut other = sample_session();
    let orphan = other.claims()[0].id.clone();
    let text = other
        .article
        .text
        .replace("The regulator summoned the chip maker on Monday.", "");
    other
        .apply(Command::ReplaceArticleText {
            title: "Test article".to_owned(),
            text,
        })
        .expect("replace");
    other
        .apply(Command::ReplaceExtractedClaims { claims: Vec::new() })
        .expect("re-extract");
    assert!(other.claim(&orphan).is_some_and(|c| c.anchor.orphaned));
}
