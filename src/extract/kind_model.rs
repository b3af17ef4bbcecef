//! A second opinion on a claim's kind: a linear model over the rules' own verdict, the
//! cues that fired and the clause's words.
//!
//! The rules in [`super::kind`] decide by precedence among cues. Annotators also go by
//! what the words are about: "in beslag genomen" and "pleaded guilty" tell of events,
//! "heeft … in dienst" and "is goed voor" of states, whatever tense or figure the clause
//! has. The model weighs such words against the rules' verdict. It is a multinomial
//! logistic regression ([`super::linear`]) with a weight per feature and kind; the kind
//! with the highest sum wins. Its weights live in `assets/kind-model.tsv`, trained by
//! `examples/train_model.rs` on the project's hand-labelled articles (see that file).

use std::sync::LazyLock;

use super::linear::{ClauseInput, LinearModel, ModelError};
use crate::model::ClaimKind;

/// The first field of a kind-model file's header line, which the kinds in
/// [`ClaimKind::ALL`] order follow.
pub const HEADER: &str = "kinds";

/// The kind model: a [`LinearModel`] with one class per [`ClaimKind`].
#[derive(Clone, Debug)]
pub struct KindModel(pub(crate) LinearModel);

impl KindModel {
    /// Parses a model file whose header line is `kinds` followed by the eight kinds in
    /// [`ClaimKind::ALL`] order.
    ///
    /// # Errors
    /// As [`LinearModel::parse`].
    pub fn parse(source: &str) -> Result<Self, ModelError> {
        LinearModel::parse(source, HEADER, &ClaimKind::ALL.map(ClaimKind::as_str)).map(Self)
    }

    /// The kind with the highest sum (the earliest in [`ClaimKind::ALL`] on a tie).
    #[must_use]
    pub fn predict(&self, input: &ClauseInput<'_>) -> ClaimKind {
        self.best(&self.0.found_rows(input, &[]))
    }

    /// The kind with the highest sum for the features in `rows`.
    fn best(&self, rows: &[u32]) -> ClaimKind {
        let scores = self.0.sums_of(rows);
        let mut best = 0;
        for (index, score) in scores.iter().enumerate() {
            if *score > scores[best] {
                best = index;
            }
        }
        ClaimKind::ALL[best]
    }

    /// The features of `input` that favour `chosen` over `other` most, strongest first,
    /// with how much each adds to the difference (at most `limit`).
    #[must_use]
    pub fn reasons(
        &self,
        input: &ClauseInput<'_>,
        chosen: ClaimKind,
        other: ClaimKind,
        limit: usize,
    ) -> Vec<(String, f32)> {
        let (Some(a), Some(b)) = (position(chosen), position(other)) else {
            return Vec::new();
        };
        self.0.reasons(input, &[], a, b, limit)
    }

    /// The predicted kind and, if it differs from `rule`, the features that favour it
    /// over `rule` most (at most `limit`): [`Self::predict`] and [`Self::reasons`] with
    /// the clause's features looked up once.
    #[must_use]
    pub fn overrule(
        &self,
        input: &ClauseInput<'_>,
        rule: ClaimKind,
        limit: usize,
    ) -> (ClaimKind, Vec<(String, f32)>) {
        let rows = self.0.found_rows(input, &[]);
        let chosen = self.best(&rows);
        let why = match (position(chosen), position(rule)) {
            (Some(a), Some(b)) if a != b => self.0.reasons_of(&rows, a, b, limit),
            _ => Vec::new(),
        };
        (chosen, why)
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

/// Where `kind` stands in [`ClaimKind::ALL`].
fn position(kind: ClaimKind) -> Option<usize> {
    ClaimKind::ALL.iter().position(|k| *k == kind)
}

/// The model shipped in `assets/kind-model.tsv`, read on first use; `None` if it does
/// not parse (a test keeps it parsing).
pub static SHIPPED: LazyLock<Option<KindModel>> = LazyLock::new(|| {
    KindModel::parse(include_str!("../../assets/kind-model.tsv"))
        .ok()
        .filter(|model| !model.is_empty())
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::cues::Cues;
    use crate::extract::linear::tests::input;

    #[test]
    fn weights_add_up_once_per_feature() {
        let model = KindModel::parse(
            "# test\nkinds\tquantity\tcomparison\tevent\tdecision\tquote\tprediction\tattribution\tother\n\
             bias\t0\t0\t0\t0\t0\t0\t0\t0.5\n\
             w=seized\t0\t0\t0.4\t0\t0\t0\t0\t0\n",
        )
        .expect("parses");
        let cues = Cues::default();
        assert_eq!(
            model.predict(&input("It is a port.", &cues)),
            ClaimKind::Other
        );
        assert_eq!(
            model.predict(&input("Police seized drones.", &cues)),
            ClaimKind::Other
        );
        // "seized" twice still counts once.
        assert_eq!(
            model.predict(&input("Police seized, seized drones.", &cues)),
            ClaimKind::Other
        );
        let model = KindModel::parse(
            "kinds\tquantity\tcomparison\tevent\tdecision\tquote\tprediction\tattribution\tother\n\
             w=seized\t0\t0\t0.6\t0\t0\t0\t0\t0\nbias\t0\t0\t0\t0\t0\t0\t0\t0.5\n",
        )
        .expect("parses");
        assert_eq!(
            model.predict(&input("Police seized drones.", &cues)),
            ClaimKind::Event
        );
    }

    #[test]
    fn overrule_gives_the_kind_and_its_words_only_when_they_differ() {
        let model = KindModel::parse(
            "kinds\tquantity\tcomparison\tevent\tdecision\tquote\tprediction\tattribution\tother\n\
             w=seized\t0\t0\t0.6\t0\t0\t0\t0\t0\nbias\t0\t0\t0\t0\t0\t0\t0\t0.5\n",
        )
        .expect("parses");
        let cues = Cues::default();
        let seized = input("Police seized drones.", &cues);
        let (kind, why) = model.overrule(&seized, ClaimKind::Other, 3);
        assert_eq!(kind, ClaimKind::Event);
        assert_eq!(why, model.reasons(&seized, kind, ClaimKind::Other, 3));
        assert_eq!(why.first().map(|(n, _)| n.as_str()), Some("w=seized"));
        let (kind, why) = model.overrule(&seized, ClaimKind::Event, 3);
        assert_eq!(kind, ClaimKind::Event);
        assert!(why.is_empty(), "{why:?}");
    }

    #[test]
    fn broken_model_files_are_refused_with_the_line() {
        for (source, line) in [
            ("bias\t1\t2\n", 1),
            ("kinds\tquantity\n", 1),
            (
                "kinds\tquantity\tcomparison\tevent\tdecision\tquote\tprediction\tattribution\tother\nbias\t1\t2\n",
                2,
            ),
            (
                "kinds\tquantity\tcomparison\tevent\tdecision\tquote\tprediction\tattribution\tother\nbias\t1\t2\t3\t4\t5\t6\t7\tx\n",
                2,
            ),
            (
                "kinds\tquantity\tcomparison\tevent\tdecision\tquote\tprediction\tattribution\tother\nbias\t1\t2\t3\t4\t5\t6\t7\t8\t9\n",
                2,
            ),
            ("# nothing\n", 0),
        ] {
            let error = KindModel::parse(source).expect_err(source);
            assert_eq!(error.line, line, "{source}");
        }
    }

    #[test]
    fn the_shipped_model_parses() {
        let model = SHIPPED.as_ref().expect("assets/kind-model.tsv parses");
        assert!(model.len() > 100, "{} features", model.len());
    }
}
