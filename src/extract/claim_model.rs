//! A second opinion on whether a clause is a claim at all, for the clauses the rules are
//! least sure of.
//!
//! The check-worthiness rules in [`super::score`] add up cues: a name, a figure, a
//! reporting verb. A short sentence with one name and a verb scores just at the
//! threshold, whether it states a fact ("De VVD stemde tegen.") or frames the story ("The
//! timing is awkward for Lisbon."). Annotators tell the two apart by the words. This
//! model is a logistic regression ([`super::linear`]) over the same words and cues as
//! the kind model plus the scoring cues, trained by `examples/train_model.rs` on every
//! clause of the hand-labelled articles whose rule score lies in [`BAND`]. Within the
//! band its probability replaces the rule score; outside it the rules decide alone, and
//! so they do for a clause that one of their penalties hit (a headline, framing, a
//! summary, an interpretation of motive): the model only weighs clauses that are thin.

use std::ops::RangeInclusive;
use std::sync::LazyLock;

use super::linear::{ClauseInput, LinearModel, ModelError};
use super::score::ScoreInput;

/// The rule scores the model decides on. Below 0.30 a clause has nothing but its verb;
/// above 0.60 it has a name or figure and another concrete cue, and the annotators
/// agree with the rules in nearly every case.
pub const BAND: RangeInclusive<f32> = 0.30..=0.60;

/// Whether the model has the say on a clause with this rule score and these reasons:
/// the score lies in [`BAND`] and no penalty (a reason starting with "−") fired.
#[must_use]
pub fn decides(rule_score: f32, reasons: &[String]) -> bool {
    BAND.contains(&rule_score) && !reasons.iter().any(|r| r.starts_with('−'))
}

/// The first field of a claim-model file's header line.
pub const HEADER: &str = "classes";

/// The model's two classes, in file order.
pub const CLASSES: [&str; 2] = ["non-claim", "claim"];

/// The claim model: a [`LinearModel`] with the classes non-claim and claim.
#[derive(Clone, Debug)]
pub struct ClaimModel(pub(crate) LinearModel);

impl ClaimModel {
    /// Parses a model file whose header line is `classes` followed by `non-claim` and
    /// `claim`.
    ///
    /// # Errors
    /// As [`LinearModel::parse`].
    pub fn parse(source: &str) -> Result<Self, ModelError> {
        LinearModel::parse(source, HEADER, &CLASSES).map(Self)
    }

    /// How likely the clause is a claim, from 0 to 1. `extra` holds the names
    /// [`features`] gives.
    #[must_use]
    pub fn probability(&self, input: &ClauseInput<'_>, extra: &[String]) -> f32 {
        self.probability_of(&self.0.found_rows(input, extra))
    }

    /// How likely a clause with the features in `rows` is a claim.
    fn probability_of(&self, rows: &[u32]) -> f32 {
        let sums = self.0.sums_of(rows);
        let (no, yes) = (
            sums.first().copied().unwrap_or(0.0),
            sums.get(1).copied().unwrap_or(0.0),
        );
        1.0 / (1.0 + (no - yes).exp())
    }

    /// The features that speak most for (`claim`) or against the clause being a claim,
    /// strongest first (at most `limit`).
    #[must_use]
    pub fn reasons(
        &self,
        input: &ClauseInput<'_>,
        extra: &[String],
        claim: bool,
        limit: usize,
    ) -> Vec<(String, f32)> {
        self.reasons_of(&self.0.found_rows(input, extra), claim, limit)
    }

    /// [`Self::probability`] and the [`Self::reasons`] for the clause being a claim,
    /// with its features looked up once.
    #[must_use]
    pub fn judge(
        &self,
        input: &ClauseInput<'_>,
        extra: &[String],
        limit: usize,
    ) -> (f32, Vec<(String, f32)>) {
        let rows = self.0.found_rows(input, extra);
        (
            self.probability_of(&rows),
            self.reasons_of(&rows, true, limit),
        )
    }

    /// The reasons for or against among the features in `rows`.
    fn reasons_of(&self, rows: &[u32], claim: bool, limit: usize) -> Vec<(String, f32)> {
        let (chosen, other) = if claim { (1, 0) } else { (0, 1) };
        // What a reader can check in the clause: its words and cues, not the base rate,
        // the rule score or counts and lengths.
        let mut found = self.0.reasons_of(rows, chosen, other, usize::MAX);
        found.retain(|(name, _)| {
            name != "bias"
                && ![
                    "score=",
                    "entities=",
                    "length=",
                    "lang=",
                    "numbers=",
                    "dates=",
                ]
                .iter()
                .any(|prefix| name.starts_with(prefix))
        });
        found.truncate(limit);
        found
    }

    /// How many features have weights.
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no feature has weights.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The feature names the claim model adds to a clause's words and cues: the rule score,
/// how many names, the scoring cues that count against a claim, and the length in words.
#[must_use]
pub fn features(input: &ScoreInput, rule_score: f32, words: usize) -> Vec<String> {
    let mut names = vec![
        format!("score={rule_score:.2}"),
        match input.entities {
            0 => "entities=0",
            1 => "entities=1",
            _ => "entities=2+",
        }
        .to_owned(),
        format!("length={}", (words / 3).min(6)),
    ];
    let cues = &input.cues;
    for (fired, name) in [
        (
            input.entities == 0 && input.sentence_entities > 0,
            "sentence_entities",
        ),
        (input.reported, "reported"),
        (cues.question, "cue=question"),
        (cues.headline, "cue=headline"),
        (cues.boilerplate, "cue=boilerplate"),
        (cues.process, "cue=process"),
        (cues.first_person, "cue=first_person"),
        (cues.evaluative, "cue=evaluative"),
        (cues.interpretive, "cue=interpretive"),
        (cues.anaphoric, "cue=anaphoric"),
        (cues.framing, "cue=framing"),
        (cues.vague, "cue=vague"),
    ] {
        if fired {
            names.push(name.to_owned());
        }
    }
    names
}

/// The model shipped in `assets/claim-model.tsv`, read on first use; `None` if it does
/// not parse (a test keeps it parsing).
pub static SHIPPED: LazyLock<Option<ClaimModel>> = LazyLock::new(|| {
    ClaimModel::parse(include_str!("../../assets/claim-model.tsv"))
        .ok()
        .filter(|model| !model.is_empty())
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::cues::Cues;
    use crate::extract::linear::tests::input;

    #[test]
    fn probability_follows_the_weights() {
        let model = ClaimModel::parse(
            "classes\tnon-claim\tclaim\nbias\t0\t0\nw=awkward\t1\t-1\nw=fined\t-1\t1\n",
        )
        .expect("parses");
        let cues = Cues::default();
        let even = model.probability(&input("The port is big.", &cues), &[]);
        assert!((even - 0.5).abs() < 1e-6, "{even}");
        assert!(model.probability(&input("The timing is awkward.", &cues), &[]) < 0.2);
        assert!(model.probability(&input("The regulator fined Orbix.", &cues), &[]) > 0.8);
        let against = model.reasons(&input("The timing is awkward.", &cues), &[], false, 3);
        assert_eq!(against.first().map(|(n, _)| n.as_str()), Some("w=awkward"));
        let fined = input("The regulator fined Orbix.", &cues);
        let (probability, why) = model.judge(&fined, &[], 3);
        assert!((probability - model.probability(&fined, &[])).abs() < 1e-6);
        assert_eq!(why, model.reasons(&fined, &[], true, 3));
        assert_eq!(why.first().map(|(n, _)| n.as_str()), Some("w=fined"));
    }

    #[test]
    fn extra_features_name_the_score_and_the_penalties() {
        let score = ScoreInput {
            cues: Cues {
                evaluative: true,
                ..Cues::default()
            },
            entities: 1,
            ..ScoreInput::default()
        };
        let names = features(&score, 0.5, 8);
        for expected in ["score=0.50", "entities=1", "length=2", "cue=evaluative"] {
            assert!(
                names.iter().any(|n| n == expected),
                "{expected} in {names:?}"
            );
        }
    }

    #[test]
    fn a_kind_model_file_is_not_a_claim_model() {
        let error = ClaimModel::parse("kinds\tquantity\n").expect_err("wrong header");
        assert_eq!(error.line, 1);
    }

    #[test]
    fn the_shipped_model_parses() {
        let model = SHIPPED.as_ref().expect("assets/claim-model.tsv parses");
        assert!(model.len() > 100, "{} features", model.len());
    }
}
