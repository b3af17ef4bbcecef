//! Check-worthiness: a score in `0.0..=1.0` from explainable cues, with the cues that
//! fired as reasons.
//!
//! Weights are in hundredths so the arithmetic is exact. A plain sentence starts at 0.30;
//! numbers, named actors, reporting, decisions, events, comparisons, plans, dates and
//! quotations add; questions, headlines, boilerplate, statements about the reporting
//! process, first person, evaluative or interpretive framing, abstract "this is …"
//! summaries and vague generalisations subtract. The default threshold is 0.50, so a
//! sentence needs at least one concrete cue (a name or a number) beyond its verb.

use super::cues::Cues;

/// What the scorer knows about one clause.
#[derive(Clone, Copy, Debug, Default)]
pub struct ScoreInput {
    /// The clause's cues.
    pub cues: Cues,
    /// Numbers that are not dates or bare years.
    pub numbers: usize,
    /// Dates and years.
    pub dates: usize,
    /// Named entities in the clause.
    pub entities: usize,
    /// Named entities elsewhere in the same sentence (a split clause shares its subject).
    pub sentence_entities: usize,
    /// The claim has a source.
    pub sourced: bool,
    /// A reportative hedge ("zou", "reportedly") marks it as something reported.
    pub reported: bool,
}

/// The score and the reasons, positive cues first, then penalties prefixed with "−".
#[must_use]
pub fn score(input: &ScoreInput) -> (f32, Vec<String>) {
    let cues = &input.cues;
    let mut total: i32 = 30;
    let mut reasons = Vec::new();
    let mut add = |fired: bool, weight: i32, reason: &str, reasons: &mut Vec<String>| {
        if fired {
            total += weight;
            if weight >= 0 {
                reasons.push(reason.to_owned());
            } else {
                reasons.push(format!("− {reason}"));
            }
        }
    };
    add(input.numbers > 0, 25, "number", &mut reasons);
    add(input.entities > 0, 20, "named entity", &mut reasons);
    add(
        input.entities > 1,
        5,
        "several named entities",
        &mut reasons,
    );
    add(
        input.entities == 0 && input.sentence_entities > 0,
        10,
        "named entity in sentence",
        &mut reasons,
    );
    add(
        input.entities == 0 && input.sentence_entities == 0 && cues.actor_reference,
        10,
        "refers to a named actor",
        &mut reasons,
    );
    add(input.dates > 0, 10, "date", &mut reasons);
    add(
        cues.reporting || input.sourced || input.reported,
        20,
        "reporting verb",
        &mut reasons,
    );
    add(cues.decision, 20, "decision", &mut reasons);
    add(cues.comparison, 20, "comparison", &mut reasons);
    add(cues.event, 10, "event", &mut reasons);
    add(cues.prediction, 10, "plan or forecast", &mut reasons);
    // "De nieuwe regels gaan op 1 november in": a date after publication schedules
    // something.
    add(
        cues.dated_future && !cues.prediction,
        10,
        "scheduled date",
        &mut reasons,
    );
    add(
        cues.dated_past && !cues.event,
        10,
        "past date",
        &mut reasons,
    );
    add(cues.direct_quote, 15, "quote", &mut reasons);
    add(cues.question, -60, "question", &mut reasons);
    add(cues.headline, -60, "headline or subhead", &mut reasons);
    add(cues.boilerplate, -80, "boilerplate", &mut reasons);
    add(cues.process, -80, "reporting process", &mut reasons);
    add(cues.first_person, -30, "first person", &mut reasons);
    add(cues.evaluative, -25, "evaluative framing", &mut reasons);
    add(
        cues.interpretive,
        -30,
        "interpretation of motive",
        &mut reasons,
    );
    // "Dat is 11,4 procent van …" restates a figure: checkable, not a summary.
    add(
        cues.anaphoric && input.numbers == 0,
        -20,
        "summary of the above",
        &mut reasons,
    );
    add(
        cues.framing && input.numbers == 0 && input.entities <= 1,
        -25,
        "evaluative lead",
        &mut reasons,
    );
    add(cues.vague, -25, "vague generalisation", &mut reasons);
    let clamped = total.clamp(0, 100);
    (clamped as f32 / 100.0, reasons)
}
