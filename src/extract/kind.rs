//! Claim kind, chosen by what the checkable core is about.
//!
//! Precedence: a direct quotation; what a standing law or rule allows or requires (a
//! background fact); a comparison (unless it only sets a figure against
//! its own past, when the figure is the point); a decision unless it is only possible
//! (an announced "will require" is a decision, "duties may be imposed" is not) or is what
//! a stance is about ("criticised the ban"); a worry or warning (a quantity when it holds
//! a number); a stance beyond saying without a number (attribution); a plan reported as
//! "said it would …" (a forecast); a decision, event or plan in the future or only
//! possible (a forecast); a decision; a plan; a number for later (a forecast); a quantity;
//! a stance in indirect speech; an event; a possibility someone voiced (attribution); a
//! statement that is only possible or about a later date (a forecast); one tied to an
//! earlier date (an event); otherwise a checkable state or background fact. An attributed
//! statement whose content is itself a fact gets that content's kind: precedence puts
//! content cues before the plain stance cue. The caller turns a named person's view of a
//! state into an attribution.

use super::cues::Cues;
use crate::model::ClaimKind;

/// The kind of a clause from its cues; `quantity` says whether a number that can be the
/// point occurs (not a date, bare count, time frame or product specification; see
/// [`super::numbers::FoundNumber::salient`]).
#[must_use]
pub fn kind_of(cues: &Cues, quantity: bool) -> ClaimKind {
    if cues.direct_quote {
        ClaimKind::Quote
    } else if cues.standing_rule {
        // What a law allows or requires ("Under EU rules, the Commission can fine
        // companies up to 10% …") is background, not its figure or a forecast.
        ClaimKind::Other
    } else if cues.comparison
        && !(cues.comparison_attributive && (cues.decision || quantity || cues.possible))
        && cues.comparison_over_time.is_none()
    {
        // A superlative that only describes a noun gives way to a decision, a number or a
        // possibility ("inventories at the largest plants could run out").
        ClaimKind::Comparison
    } else if cues.decision && !cues.possible && !cues.stance_on_decision && !cues.intent {
        // An announced decision ("Japan will require licences") is a decision now.
        ClaimKind::Decision
    } else if cues.worry {
        // A worry or warning is a stance, even about the future ("Zij vreest dat klanten
        // zullen uitwijken"); a number in it is still the point ("warned that the curbs
        // could slow production by up to 30%").
        if quantity {
            ClaimKind::Quantity
        } else {
            ClaimKind::Attribution
        }
    } else if cues.stance_proper && !quantity {
        // A stance beyond saying ("denied", "firmly opposes", "called it a mistake") is
        // what the clause reports, even beside a plan or an event.
        ClaimKind::Attribution
    } else if cues.reported_plan && !cues.stance_proper {
        // "The firm said it would appeal": the plan is the content. A stance beside it
        // ("called the probe protectionism and said it would respond") stays a stance.
        ClaimKind::Prediction
    } else if (cues.future || cues.intent) && (cues.decision || cues.prediction || cues.event) {
        // Only intended or considered ("overweegt een verbod", "is weighing curbs"): a plan.
        // (`intent` is only tested beside a decision.)
        ClaimKind::Prediction
    } else if cues.decision {
        ClaimKind::Decision
    } else if cues.prediction {
        ClaimKind::Prediction
    } else if quantity && (cues.future || cues.dated_future) && !cues.stance_proper {
        // A figure for later ("could account for 8% by 2027", "komt in 2030 op 12
        // procent") is a forecast.
        ClaimKind::Prediction
    } else if quantity {
        ClaimKind::Quantity
    } else if cues.stance {
        ClaimKind::Attribution
    } else if cues.event {
        ClaimKind::Event
    } else if cues.future && cues.possible && cues.reporting {
        // A possibility someone voiced ("wrote that checks could be spoofed") is their
        // assessment.
        ClaimKind::Attribution
    } else if cues.future && cues.possible || cues.dated_future {
        // Only possible, with nothing else to go by ("Mogelijk kan een fabriek … vanaf
        // 2027 …"), or about a later date: a forecast.
        ClaimKind::Prediction
    } else if cues.dated_past {
        // A checkable statement tied to a past date ("The bill cleared the committee in
        // September") tells of something that happened.
        ClaimKind::Event
    } else {
        ClaimKind::Other
    }
}
