//! Linear models over a clause's words and cues: the shared part of the
//! [`super::kind_model`] and the [`super::claim_model`].
//!
//! Both are logistic regressions: one weight per feature and class, summed; the class with
//! the highest sum wins. Their weights live in plain-text files in `assets/`, written by
//! `examples/train_model.rs` from the project's hand-labelled articles. Nothing is learned
//! at run time and a result depends only on the clause.
//!
//! A feature is a name: `rule=event`, `cue=stance`, `w=verbood` (a word), `b=in beslag`
//! (two words in a row), `w0=volgens` (the first word). Words are lowercased and
//! numbers collapse into `<n>`, so a figure's value never matters, only that one is there.
//! A caller can add names of its own (the claim model adds the check-worthiness cues).

use std::collections::HashMap;
use std::hash::{BuildHasher as _, BuildHasherDefault, Hasher};

use super::cues::Cues;
use super::text::WordMap;
use crate::model::{ClaimKind, Language};

/// Everything the models look at for one clause.
#[derive(Clone, Copy, Debug)]
pub struct ClauseInput<'a> {
    /// The clause as written.
    pub text: &'a str,
    /// The kind the rules chose.
    pub rule: ClaimKind,
    /// The clause's cues.
    pub cues: &'a Cues,
    /// A number that can be the point occurs.
    pub salient: bool,
    /// Numbers that are not dates.
    pub numbers: usize,
    /// Dates and years.
    pub dates: usize,
    /// The claim is hedged.
    pub hedged: bool,
    /// The claim has a source.
    pub sourced: bool,
    /// The article's language.
    pub language: Language,
    /// What the clause's figures are ([`FIGURE_MONEY`] and the other bits).
    pub figures: u8,
}

/// Bits of [`ClauseInput::figures`]: the clause has an amount of money.
pub const FIGURE_MONEY: u8 = 1;
/// A percentage or percentage points.
pub const FIGURE_PERCENT: u8 = 1 << 1;
/// A length of time ("zes weken", "two years").
pub const FIGURE_DURATION: u8 = 1 << 2;
/// A multiplier ("twice", "drie keer", "verdubbeld").
pub const FIGURE_MULTIPLIER: u8 = 1 << 3;
/// A vague count in words ("tientallen", "dozens", "thousands").
pub const FIGURE_VAGUE: u8 = 1 << 4;
/// A plain count or another measure ("37 meldingen", "1,450 tonnes").
pub const FIGURE_COUNT: u8 = 1 << 5;
/// A figure stands in a relative clause or aside that describes something else
/// ("Workers at the mine, which produced 140,000 tons last year, walked off …").
pub const FIGURE_ASIDE: u8 = 1 << 6;
/// Every non-date figure stands in such an aside.
pub const FIGURE_ONLY_ASIDE: u8 = 1 << 7;

/// Calls `emit` once for every feature of `input` (a name may come more than once when
/// a word repeats; the model counts each feature once).
pub fn features(input: &ClauseInput<'_>, emit: &mut dyn FnMut(&str)) {
    fixed_features(input, emit);
    let mut name = String::with_capacity(48);
    let mut previous = String::new();
    each_word(input.text, &mut |word, first| {
        name.clear();
        name.push_str(if first { "w0=" } else { "w=" });
        name.push_str(word);
        emit(&name);
        if first {
            name.replace_range(..3, "w=");
            emit(&name);
        } else {
            name.clear();
            name.push_str("b=");
            name.push_str(&previous);
            name.push(' ');
            name.push_str(word);
            emit(&name);
        }
        previous.clear();
        previous.push_str(word);
    });
}

/// The features of `input` that are not words: the rules' kind, cues, counts, language.
fn fixed_features(input: &ClauseInput<'_>, emit: &mut dyn FnMut(&str)) {
    emit("bias");
    emit(match input.rule {
        ClaimKind::Quantity => "rule=quantity",
        ClaimKind::Comparison => "rule=comparison",
        ClaimKind::Event => "rule=event",
        ClaimKind::Decision => "rule=decision",
        ClaimKind::Quote => "rule=quote",
        ClaimKind::Prediction => "rule=prediction",
        ClaimKind::Attribution => "rule=attribution",
        ClaimKind::Other => "rule=other",
    });
    let c = input.cues;
    for (fired, name) in [
        (c.comparison, "cue=comparison"),
        (c.comparison_attributive, "cue=comparison_attributive"),
        (c.comparison_over_time.is_some(), "cue=comparison_over_time"),
        (c.decision, "cue=decision"),
        (c.prediction, "cue=prediction"),
        (c.event, "cue=event"),
        (c.intent, "cue=intent"),
        (c.stance, "cue=stance"),
        (c.worry, "cue=worry"),
        (c.stance_proper, "cue=stance_proper"),
        (c.stance_on_decision, "cue=stance_on_decision"),
        (c.reported_plan, "cue=reported_plan"),
        (c.reporting, "cue=reporting"),
        (c.direct_quote, "cue=direct_quote"),
        (c.future, "cue=future"),
        (c.possible, "cue=possible"),
        (c.dated_past, "cue=dated_past"),
        (c.dated_future, "cue=dated_future"),
        (c.actor_reference, "cue=actor_reference"),
        (c.standing_rule, "cue=standing_rule"),
        (input.salient, "salient"),
        (input.hedged, "hedged"),
        (input.sourced, "sourced"),
    ] {
        if fired {
            emit(name);
        }
    }
    emit(match input.numbers {
        0 => "numbers=0",
        1 => "numbers=1",
        2 => "numbers=2",
        _ => "numbers=3+",
    });
    emit(match input.dates {
        0 => "dates=0",
        1 => "dates=1",
        _ => "dates=2+",
    });
    emit(match input.language {
        Language::Dutch => "lang=nl",
        Language::English => "lang=en",
    });
    for (bit, name) in [
        (FIGURE_MONEY, "fig=money"),
        (FIGURE_PERCENT, "fig=percent"),
        (FIGURE_DURATION, "fig=duration"),
        (FIGURE_MULTIPLIER, "fig=multiplier"),
        (FIGURE_VAGUE, "fig=vague"),
        (FIGURE_COUNT, "fig=count"),
        (FIGURE_ASIDE, "fig=aside"),
        (FIGURE_ONLY_ASIDE, "fig=only_aside"),
    ] {
        if input.figures & bit != 0 {
            emit(name);
        }
    }
}

/// Calls `visit` with each word of `text` as the model spells it (lowercased, `<n>` for
/// one with a digit) and whether it is the first.
fn each_word(text: &str, visit: &mut dyn FnMut(&str, bool)) {
    // One buffer for every word: this runs for every claim of every article.
    let mut word = String::with_capacity(24);
    let mut first = true;
    for raw in words(text) {
        word.clear();
        if raw.bytes().any(|b| b.is_ascii_digit()) {
            word.push_str("<n>");
        } else if raw.is_ascii() {
            word.extend(raw.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            word.extend(raw.chars().flat_map(char::to_lowercase));
        }
        visit(&word, first);
        first = false;
    }
}

/// The words of `text`: runs of letters, digits and underscores.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|ch: char| !(ch.is_alphanumeric() || ch == '_'))
        .filter(|w| !w.is_empty())
}

/// Weights per feature and class, read from the text format that
/// `examples/train_model.rs` writes.
#[derive(Clone, Debug)]
pub struct LinearModel {
    /// How many classes, and so weights per row.
    width: usize,
    /// The rows of the features that are not words or word pairs (`bias`, `cue=…`, the
    /// claim model's own names): a few dozen, looked up by name.
    fixed: WordMap<String, u32>,
    /// The weights, `width` per row.
    rows: Vec<f32>,
    /// Each row's feature name, for explaining a prediction.
    names: Vec<String>,
    /// Per word (by [`fingerprint`]), its rows as a word and as the first word, and
    /// whether it is part of any word pair: scoring looks each word up once and looks for
    /// a pair only when both words are in one.
    words: FingerprintMap<WordRows>,
    /// The row of each word pair, by [`pair_fingerprint`] of its two words.
    pairs: FingerprintMap<u32>,
}

/// A map keyed by a 64-bit [`fingerprint`]: the key is its own hash. Scoring a clause
/// looks up every word, and with the word itself as the key each lookup followed a pointer
/// to a string stored elsewhere and compared it; with the fingerprint the table alone
/// answers. Two different words share a fingerprint with a chance of about one in 2^64 per
/// pair, far below anything the models' weights could show.
type FingerprintMap<V> = HashMap<u64, V, BuildHasherDefault<KeyIsHash>>;

/// The [`Hasher`] of a [`FingerprintMap`]: the key already is a well-mixed hash.
#[derive(Default)]
struct KeyIsHash(u64);

impl Hasher for KeyIsHash {
    fn write(&mut self, bytes: &[u8]) {
        // Only `u64` keys are hashed; fold anything else in, in case.
        for &byte in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(byte);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The fixed-seed hash behind [`fingerprint`]: the same words give the same
/// fingerprints on every run.
const FINGERPRINT: foldhash::quality::FixedState =
    foldhash::quality::FixedState::with_seed(0x636c_6169_6d73);

/// A word's key in a [`FingerprintMap`].
fn fingerprint(word: &str) -> u64 {
    FINGERPRINT.hash_one(word)
}

/// The key of the word pair `left right`, from the two words' fingerprints.
fn pair_fingerprint(left: u64, right: u64) -> u64 {
    FINGERPRINT.hash_one((left, right))
}

/// How a feature name is keyed in a [`LinearModel`]: words and word pairs by their
/// fingerprints, every other name by itself.
enum FeatureKey {
    /// `w=word`.
    Word(u64),
    /// `w0=word`, the first word.
    First(u64),
    /// `b=left right`.
    Pair(u64, u64),
    /// Any other name (`bias`, `cue=…`).
    Fixed,
}

impl FeatureKey {
    fn of(name: &str) -> Self {
        if let Some(word) = name.strip_prefix("w=") {
            Self::Word(fingerprint(word))
        } else if let Some(word) = name.strip_prefix("w0=") {
            Self::First(fingerprint(word))
        } else if let Some((left, right)) = name
            .strip_prefix("b=")
            .and_then(|pair| pair.split_once(' '))
        {
            Self::Pair(fingerprint(left), fingerprint(right))
        } else {
            Self::Fixed
        }
    }
}

/// What the model holds for one word.
#[derive(Clone, Copy, Debug, Default)]
struct WordRows {
    word: Option<u32>,
    first: Option<u32>,
    paired: bool,
}

/// Why a model file could not be read.
#[derive(Debug, thiserror::Error)]
#[error("model file, line {line}: {message}")]
pub struct ModelError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl LinearModel {
    /// Parses a model file: `#` comment lines, a line of `header` followed by the
    /// `classes` in order, then one line per feature, its name and a weight per class,
    /// separated by tabs.
    ///
    /// # Errors
    /// A missing or different header line, a line with the wrong number of weights or a
    /// repeated feature.
    pub fn parse(source: &str, header: &str, classes: &[&str]) -> Result<Self, ModelError> {
        let width = classes.len();
        let mut positions = WordMap::default();
        let mut rows = Vec::new();
        let mut names = Vec::new();
        let mut header_seen = false;
        for (index, line) in source.lines().enumerate() {
            let fail = |message: String| ModelError {
                line: index + 1,
                message,
            };
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields = line.split('\t');
            let name = fields.next().unwrap_or_default();
            if !header_seen {
                let found: Vec<&str> = fields.collect();
                if name != header || found != classes {
                    return Err(fail(format!(
                        "expected the line \"{header}\" followed by {}",
                        classes.join(" ")
                    )));
                }
                header_seen = true;
                continue;
            }
            let mut count = 0;
            for field in fields {
                if count == width {
                    return Err(fail(format!("more than {width} weights for {name:?}")));
                }
                rows.push(
                    field
                        .parse::<f32>()
                        .map_err(|_| fail(format!("{field:?} is not a number")))?,
                );
                count += 1;
            }
            if count != width {
                return Err(fail(format!(
                    "{count} weights for {name:?}, expected {width}"
                )));
            }
            let at = u32::try_from(rows.len() / width - 1)
                .map_err(|_| fail("too many features".to_owned()))?;
            if positions.insert(name.to_owned(), at).is_some() {
                return Err(fail(format!("feature {name:?} appears twice")));
            }
            names.push(name.to_owned());
        }
        if !header_seen {
            return Err(ModelError {
                line: 0,
                message: format!("no \"{header}\" line"),
            });
        }
        let mut words: FingerprintMap<WordRows> = FingerprintMap::default();
        let mut pairs: FingerprintMap<u32> = FingerprintMap::default();
        let mut fixed: WordMap<String, u32> = WordMap::default();
        for (name, &at) in &positions {
            match FeatureKey::of(name) {
                FeatureKey::Word(word) => words.entry(word).or_default().word = Some(at),
                FeatureKey::First(word) => words.entry(word).or_default().first = Some(at),
                FeatureKey::Pair(left, right) => {
                    words.entry(left).or_default().paired = true;
                    words.entry(right).or_default().paired = true;
                    pairs.insert(pair_fingerprint(left, right), at);
                }
                FeatureKey::Fixed => {
                    fixed.insert(name.clone(), at);
                }
            }
        }
        Ok(Self {
            width,
            fixed,
            rows,
            names,
            words,
            pairs,
        })
    }

    /// The row of the feature called `name`, if it has weights: the same answer as
    /// [`Self::found_rows`] gives for it, found by name.
    #[must_use]
    pub fn row_of(&self, name: &str) -> Option<u32> {
        match FeatureKey::of(name) {
            FeatureKey::Word(word) => self.words.get(&word)?.word,
            FeatureKey::First(word) => self.words.get(&word)?.first,
            FeatureKey::Pair(left, right) => {
                self.pairs.get(&pair_fingerprint(left, right)).copied()
            }
            FeatureKey::Fixed => self.fixed.get(name).copied(),
        }
    }

    /// The weights of the feature in row `at`.
    fn row(&self, at: u32) -> &[f32] {
        let start = at as usize * self.width;
        self.rows.get(start..start + self.width).unwrap_or_default()
    }

    /// The rows of the features of `input` and `extra` that have weights, each once:
    /// what [`Self::sums_of`] and [`Self::reasons_of`] weigh.
    #[must_use]
    pub fn found_rows(&self, input: &ClauseInput<'_>, extra: &[String]) -> Vec<u32> {
        let mut found: Vec<u32> = Vec::with_capacity(96);
        let mut look_up = |name: &str| {
            if let Some(&at) = self.fixed.get(name) {
                found.push(at);
            }
        };
        fixed_features(input, &mut look_up);
        for name in extra {
            look_up(name);
        }
        // The same rows as looking up every name [`features`] gives, with one lookup per
        // word and a pair only where both words occur in pairs.
        let mut previous: Option<u64> = None;
        each_word(input.text, &mut |word, first| {
            let key = fingerprint(word);
            let rows = self.words.get(&key).copied().unwrap_or_default();
            if first {
                found.extend(rows.first);
            }
            found.extend(rows.word);
            if rows.paired
                && let Some(left) = previous
                && let Some(&at) = self.pairs.get(&pair_fingerprint(left, key))
            {
                found.push(at);
            }
            previous = rows.paired.then_some(key);
        });
        // A repeated word counts once.
        found.sort_unstable();
        found.dedup();
        found
    }

    /// The model's sums per class for `input` and the `extra` feature names.
    #[must_use]
    pub fn sums(&self, input: &ClauseInput<'_>, extra: &[String]) -> Vec<f32> {
        self.sums_of(&self.found_rows(input, extra))
    }

    /// The model's sums per class for the features in `rows`.
    #[must_use]
    pub fn sums_of(&self, rows: &[u32]) -> Vec<f32> {
        let mut total = vec![0.0_f32; self.width];
        for &at in rows {
            for (sum, w) in total.iter_mut().zip(self.row(at)) {
                *sum += w;
            }
        }
        total
    }

    /// The features of `input` and `extra` that favour class `chosen` over class `other`
    /// most, strongest first, with how much each adds to the difference (at most
    /// `limit`).
    #[must_use]
    pub fn reasons(
        &self,
        input: &ClauseInput<'_>,
        extra: &[String],
        chosen: usize,
        other: usize,
        limit: usize,
    ) -> Vec<(String, f32)> {
        self.reasons_of(&self.found_rows(input, extra), chosen, other, limit)
    }

    /// As [`Self::reasons`], for the features in `rows`.
    #[must_use]
    pub fn reasons_of(
        &self,
        rows: &[u32],
        chosen: usize,
        other: usize,
        limit: usize,
    ) -> Vec<(String, f32)> {
        if chosen >= self.width || other >= self.width {
            return Vec::new();
        }
        let mut found: Vec<(&str, f32)> = rows
            .iter()
            .filter_map(|&at| {
                let row = self.row(at);
                let gain = row[chosen] - row[other];
                let name = self.names.get(at as usize)?;
                (gain > 0.0).then_some((name.as_str(), gain))
            })
            .collect();
        found.sort_by(|x, y| y.1.total_cmp(&x.1).then_with(|| x.0.cmp(y.0)));
        found.truncate(limit);
        found
            .into_iter()
            .map(|(name, gain)| (name.to_owned(), gain))
            .collect()
    }

    /// How many features have weights.
    #[must_use]
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether no feature has weights.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// The features of a model's reasons as a reader would say them, joined by commas.
#[must_use]
pub fn describe_all(reasons: &[(String, f32)]) -> String {
    reasons
        .iter()
        .map(|(feature, _)| describe(feature))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A feature name as a reader would say it: `b=in beslag` is "‘in beslag’", `cue=event`
/// is "cue event", `numbers=0` is "no figure".
#[must_use]
pub fn describe(feature: &str) -> String {
    let (prefix, rest) = feature.split_once('=').unwrap_or(("", feature));
    match (prefix, rest) {
        ("w" | "b", _) => format!("\u{2018}{rest}\u{2019}"),
        ("w0", _) => format!("opens with \u{2018}{rest}\u{2019}"),
        ("cue", _) => format!("cue {}", rest.replace('_', " ")),
        ("rule", _) => format!("rules' {rest}"),
        ("numbers", "0") => "no figure".to_owned(),
        ("numbers", n) => format!("{n} figures"),
        ("dates", "0") => "no date".to_owned(),
        ("dates", n) => format!("{n} dates"),
        ("lang", "nl") => "Dutch".to_owned(),
        ("lang", _) => "English".to_owned(),
        ("", "bias") => "base rate".to_owned(),
        ("", "sentence_entities") => "a name elsewhere in the sentence".to_owned(),
        ("", "salient") => "a figure that is the point".to_owned(),
        ("", "sourced") => "attributed".to_owned(),
        _ => feature.replace('_', " "),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A plain English clause of kind "other" with `cues`, for the models' tests.
    pub(crate) fn input<'a>(text: &'a str, cues: &'a Cues) -> ClauseInput<'a> {
        ClauseInput {
            text,
            rule: ClaimKind::Other,
            cues,
            salient: false,
            numbers: 0,
            dates: 0,
            hedged: false,
            sourced: false,
            language: Language::English,
            figures: 0,
        }
    }

    #[test]
    fn features_name_words_pairs_and_numbers() {
        let cues = Cues {
            event: true,
            ..Cues::default()
        };
        let mut names = Vec::new();
        features(&input("Police seized 4,500 drones.", &cues), &mut |n| {
            names.push(n.to_owned());
        });
        for expected in [
            "bias",
            "rule=other",
            "cue=event",
            "w0=police",
            "w=police",
            "w=seized",
            "b=police seized",
            "b=seized <n>",
            "b=<n> <n>",
            "b=<n> drones",
            "lang=en",
        ] {
            assert!(
                names.iter().any(|n| n == expected),
                "{expected} in {names:?}"
            );
        }
        assert!(!names.iter().any(|n| n.contains('4')), "{names:?}");
    }

    /// Every feature of both shipped models is found by its name, in its own row: no
    /// two names share a fingerprint.
    #[test]
    fn every_feature_is_found_by_name() {
        let kind = &crate::extract::kind_model::SHIPPED
            .as_ref()
            .expect("shipped model")
            .0;
        let claim = &crate::extract::claim_model::SHIPPED
            .as_ref()
            .expect("shipped model")
            .0;
        for model in [kind, claim] {
            assert!(model.len() > 1000);
            for (at, name) in model.names.iter().enumerate() {
                assert_eq!(model.row_of(name), u32::try_from(at).ok(), "{name}");
            }
            assert_eq!(model.row_of("w=zzqxj"), None);
            assert_eq!(model.row_of("b=zzqxj police"), None);
        }
    }

    /// The per-word scoring finds exactly the rows that looking up every feature name
    /// finds.
    #[test]
    fn fast_scores_match_the_feature_names() {
        let model = &crate::extract::kind_model::SHIPPED
            .as_ref()
            .expect("shipped model")
            .0;
        let cues = Cues {
            event: true,
            reporting: true,
            ..Cues::default()
        };
        for text in [
            "Bij de inval werden drie laptops en ruim 40.000 euro in beslag genomen.",
            "The cable was cut on Tuesday near the island, the coast guard said.",
            "Volgens Jansen is de fabriek bereid haar boeken te openen, zei hij.",
            "Über die Grenze: the the the Ministry ordered 12 firms to stop.",
        ] {
            let input = input(text, &cues);
            let mut rows = Vec::new();
            features(&input, &mut |name| {
                if let Some(at) = model.row_of(name) {
                    rows.push(at);
                }
            });
            rows.sort_unstable();
            rows.dedup();
            let mut slow = vec![0.0_f32; model.width];
            for at in rows {
                for (sum, w) in slow.iter_mut().zip(model.row(at)) {
                    *sum += w;
                }
            }
            // The same rows in the same order: the same bits.
            assert_eq!(
                model
                    .sums(&input, &[])
                    .iter()
                    .map(|w| w.to_bits())
                    .collect::<Vec<_>>(),
                slow.iter().map(|w| w.to_bits()).collect::<Vec<_>>(),
                "{text}"
            );
        }
    }
}
