//! A second opinion on a claim's kind: a linear model over the rules' own verdict, the
//! cues that fired and the clause's words.
//!
//! The rules in [`super::kind`] decide by precedence among cues. Annotators also go by
//! what the words are about: "in beslag genomen" and "pleaded guilty" tell of events,
//! "heeft … in dienst" and "is goed voor" of states, whatever tense or figure the clause
//! has. The model weighs such words against the rules' verdict. It is a multinomial
//! logistic regression: one weight per feature and kind, summed; the kind with the
//! highest sum wins. Its weights live in `assets/kind-model.tsv`, plain text, trained by
//! `examples/train_kind_model.rs` on the project's hand-labelled articles (see that
//! file). Nothing is learned at run time and the result depends only on the clause.
//!
//! A feature is a name: `rule=event`, `cue=stance`, `w=verbood` (a word), `b=in beslag`
//! (two words in a row), `w0=volgens` (the first word). Words are lowercased and
//! numbers collapse into `<n>`, so a figure's value never matters, only that one is there.

use std::sync::LazyLock;

use super::cues::Cues;
use super::text::WordMap;
use crate::model::{ClaimKind, Language};

/// Everything the model looks at for one clause.
#[derive(Clone, Copy, Debug)]
pub struct KindInput<'a> {
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

/// Bits of [`KindInput::figures`]: the clause has an amount of money.
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
pub fn features(input: &KindInput<'_>, emit: &mut dyn FnMut(&str)) {
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
fn fixed_features(input: &KindInput<'_>, emit: &mut dyn FnMut(&str)) {
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

/// Weights per feature and kind, read from the text format that
/// `examples/train_kind_model.rs` writes.
#[derive(Clone, Debug)]
pub struct KindModel {
    /// Each feature's row in `rows`.
    index: WordMap<String, u32>,
    rows: Vec<[f32; 8]>,
    /// Per word, its rows as a word and as the first word, and whether it is part of any
    /// word pair: scoring looks each word up once and builds a pair only when both
    /// words are in one.
    words: WordMap<String, WordRows>,
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
#[error("kind model, line {line}: {message}")]
pub struct KindModelError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl KindModel {
    /// Parses a model file: `#` comment lines, a `kinds` line naming the eight kinds in
    /// [`ClaimKind::ALL`] order, then one line per feature, its name and eight weights
    /// separated by tabs.
    ///
    /// # Errors
    /// A missing or different `kinds` line, a line without eight numbers or a repeated
    /// feature.
    pub fn parse(source: &str) -> Result<Self, KindModelError> {
        let mut positions = WordMap::default();
        let mut rows = Vec::new();
        let mut kinds_seen = false;
        for (index, line) in source.lines().enumerate() {
            let fail = |message: String| KindModelError {
                line: index + 1,
                message,
            };
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields = line.split('\t');
            let name = fields.next().unwrap_or_default();
            if !kinds_seen {
                let expected: Vec<&str> = ClaimKind::ALL.iter().map(|k| k.as_str()).collect();
                let found: Vec<&str> = fields.collect();
                if name != "kinds" || found != expected {
                    return Err(fail(format!(
                        "expected the line \"kinds\" followed by {}",
                        expected.join(" ")
                    )));
                }
                kinds_seen = true;
                continue;
            }
            let mut row = [0.0_f32; 8];
            let mut count = 0;
            for field in fields {
                let slot = row
                    .get_mut(count)
                    .ok_or_else(|| fail(format!("more than eight weights for {name:?}")))?;
                *slot = field
                    .parse()
                    .map_err(|_| fail(format!("{field:?} is not a number")))?;
                count += 1;
            }
            if count != 8 {
                return Err(fail(format!("{count} weights for {name:?}, expected 8")));
            }
            let at = u32::try_from(rows.len()).map_err(|_| fail("too many features".to_owned()))?;
            if positions.insert(name.to_owned(), at).is_some() {
                return Err(fail(format!("feature {name:?} appears twice")));
            }
            rows.push(row);
        }
        if !kinds_seen {
            return Err(KindModelError {
                line: 0,
                message: "no \"kinds\" line".to_owned(),
            });
        }
        let mut words: WordMap<String, WordRows> = WordMap::default();
        for (name, &at) in &positions {
            if let Some(word) = name.strip_prefix("w=") {
                words.entry(word.to_owned()).or_default().word = Some(at);
            } else if let Some(word) = name.strip_prefix("w0=") {
                words.entry(word.to_owned()).or_default().first = Some(at);
            } else if let Some((left, right)) = name
                .strip_prefix("b=")
                .and_then(|pair| pair.split_once(' '))
            {
                words.entry(left.to_owned()).or_default().paired = true;
                words.entry(right.to_owned()).or_default().paired = true;
            }
        }
        Ok(Self {
            index: positions,
            rows,
            words,
        })
    }

    /// The model's sums per kind for `input`, in [`ClaimKind::ALL`] order.
    #[must_use]
    pub fn scores(&self, input: &KindInput<'_>) -> [f32; 8] {
        let mut total = [0.0_f32; 8];
        let mut found: Vec<u32> = Vec::with_capacity(96);
        fixed_features(input, &mut |name| {
            if let Some(&at) = self.index.get(name) {
                found.push(at);
            }
        });
        // The same rows as looking up every name [`features`] gives, with one lookup per
        // word and a pair only where both words occur in pairs.
        let mut pair = String::with_capacity(48);
        let mut previous = String::with_capacity(24);
        let mut previous_paired = false;
        each_word(input.text, &mut |word, first| {
            let rows = self.words.get(word).copied().unwrap_or_default();
            if first {
                found.extend(rows.first);
            }
            found.extend(rows.word);
            if !first && previous_paired && rows.paired {
                pair.clear();
                pair.push_str("b=");
                pair.push_str(&previous);
                pair.push(' ');
                pair.push_str(word);
                if let Some(&at) = self.index.get(pair.as_str()) {
                    found.push(at);
                }
            }
            previous_paired = rows.paired;
            if rows.paired {
                previous.clear();
                previous.push_str(word);
            }
        });
        // A repeated word counts once.
        found.sort_unstable();
        found.dedup();
        for at in found {
            if let Some(row) = self.rows.get(at as usize) {
                for (sum, w) in total.iter_mut().zip(row) {
                    *sum += w;
                }
            }
        }
        total
    }

    /// The kind with the highest sum (the earliest in [`ClaimKind::ALL`] on a tie).
    #[must_use]
    pub fn predict(&self, input: &KindInput<'_>) -> ClaimKind {
        let scores = self.scores(input);
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
        input: &KindInput<'_>,
        chosen: ClaimKind,
        other: ClaimKind,
        limit: usize,
    ) -> Vec<(String, f32)> {
        let (Some(a), Some(b)) = (position(chosen), position(other)) else {
            return Vec::new();
        };
        let mut found: Vec<(String, f32)> = Vec::new();
        features(input, &mut |name| {
            if let Some(row) = self
                .index
                .get(name)
                .and_then(|&at| self.rows.get(at as usize))
                && !found.iter().any(|(n, _)| n == name)
            {
                found.push((name.to_owned(), row[a] - row[b]));
            }
        });
        found.retain(|(_, gain)| *gain > 0.0);
        found.sort_by(|x, y| y.1.total_cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
        found.truncate(limit);
        found
    }

    /// How many features have weights.
    #[must_use]
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether no feature has weights.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// Where `kind` stands in [`ClaimKind::ALL`].
fn position(kind: ClaimKind) -> Option<usize> {
    ClaimKind::ALL.iter().position(|k| *k == kind)
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
        ("", "salient") => "a figure that is the point".to_owned(),
        ("", "sourced") => "attributed".to_owned(),
        _ => feature.replace('_', " "),
    }
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

    fn input<'a>(text: &'a str, cues: &'a Cues) -> KindInput<'a> {
        KindInput {
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
        ] {
            let error = KindModel::parse(source).expect_err(source);
            assert_eq!(error.line, line, "{source}");
        }
    }

    /// The per-word scoring finds exactly the rows that looking up every feature name
    /// finds.
    #[test]
    fn fast_scores_match_the_feature_names() {
        let model = SHIPPED.as_ref().expect("shipped model");
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
                if let Some(&at) = model.index.get(name) {
                    rows.push(at);
                }
            });
            rows.sort_unstable();
            rows.dedup();
            let mut slow = [0.0_f32; 8];
            for at in rows {
                for (sum, w) in slow.iter_mut().zip(&model.rows[at as usize]) {
                    *sum += w;
                }
            }
            // The same rows in the same order: the same bits.
            assert_eq!(
                model.scores(&input).map(f32::to_bits),
                slow.map(f32::to_bits),
                "{text}"
            );
        }
    }

    #[test]
    fn the_shipped_model_parses() {
        let model = SHIPPED.as_ref().expect("assets/kind-model.tsv parses");
        assert!(model.len() > 100, "{} features", model.len());
    }
}
