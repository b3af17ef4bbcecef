//! Trains the kind model (`src/extract/kind_model.rs`) or the claim model
//! (`src/extract/claim_model.rs`) on hand-labelled articles and writes its weights, or
//! measures it by cross-validation.
//!
//! ```text
//! cargo run --release --no-default-features --example train_model -- --model kind \
//!     [--write assets/kind-model.tsv] [--folds 10 | --batches] [--l2 0.002] \
//!     [--min-articles 2] [--iterations 400] tests/fixtures/heldout tests/fixtures/heldout-independent
//! ```
//!
//! Each folder holds articles and gold label files in the format of the project's scorer
//! (`{"article": …, "claims": [{"quote", "kind", …}]}`).
//!
//! - `--model kind`: every gold claim that the extractor finds (a predicted claim covering
//!   at least 60% of it, as the scorer counts) becomes one example: the features the rules'
//!   pass gives that claim, and the gold kind.
//! - `--model claim`: every clause whose rule score lies in the claim model's band becomes
//!   one example: its features, and whether it is a claim, which the scorer counts as at
//!   least 60% of its text lying inside gold claims. Train the claim model first: which
//!   clauses are claims decides what the kind model sees.
//!
//! The model is a multinomial logistic regression with an L2 penalty, fitted by full-batch
//! Adam from zero for a fixed number of steps: the same data and settings always give the
//! same file. Words and word pairs are kept only when they occur in at least
//! `--min-articles` different articles, so one article's topic words carry no weight.
//!
//! `--folds N` leaves the file alone and reports, for N folds that each hold out whole
//! article pairs (the Dutch and English article a helper wrote share a number), how often
//! the rules and the model trained without that fold get the held-out answer right.
//!
//! `--batches` does the same with one fold per batch of test articles, as the fixture
//! READMEs count them (pairs 10–23, 24–37, then twelve pairs at a time from 38). A batch
//! was written by one group of helpers in one session, so holding out a whole batch is
//! closer to meeting new text than holding out pairs: the other articles of a batch share
//! its writers' habits and its labellers' reading of the rules.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::io::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};

use claimreader::extract::{
    claim_model, extract_claim_features, extract_kind_features, kind_model,
};
use claimreader::model::ClaimKind;

/// Which model to train.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Kind,
    Claim,
}

impl Target {
    /// The header line's first field and the class names, as the model file has them.
    fn classes(self) -> (&'static str, Vec<&'static str>) {
        match self {
            Self::Kind => (
                kind_model::HEADER,
                ClaimKind::ALL.map(ClaimKind::as_str).to_vec(),
            ),
            Self::Claim => (claim_model::HEADER, claim_model::CLASSES.to_vec()),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::Kind => "kind",
            Self::Claim => "claim",
        }
    }
}

struct Example {
    features: Vec<String>,
    gold: usize,
    rule: usize,
    /// The article's number: the Dutch and English article of a pair share it.
    group: String,
    article: String,
}

struct Settings {
    target: Target,
    /// How many classes the target has.
    classes: usize,
    l2: f64,
    min_articles: usize,
    iterations: usize,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut write: Option<PathBuf> = None;
    let mut folds: Option<usize> = None;
    let mut batches = false;
    let mut target = None;
    let mut settings = Settings {
        target: Target::Kind,
        classes: 0,
        l2: 0.002,
        min_articles: 2,
        iterations: 400,
    };
    let mut folders = Vec::new();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .unwrap_or_else(|| fail(&format!("{name} needs a value")))
        };
        match arg.as_str() {
            "--model" => {
                target = Some(match value("--model").as_str() {
                    "kind" => Target::Kind,
                    "claim" => Target::Claim,
                    other => fail(&format!("--model is kind or claim, not {other:?}")),
                });
            }
            "--write" => write = Some(PathBuf::from(value("--write"))),
            "--folds" => folds = Some(number(&value("--folds"))),
            "--batches" => batches = true,
            "--l2" => settings.l2 = value("--l2").parse().unwrap_or_else(|_| fail("--l2")),
            "--min-articles" => settings.min_articles = number(&value("--min-articles")),
            "--iterations" => settings.iterations = number(&value("--iterations")),
            _ if arg.starts_with("--") => fail(&format!("unknown option {arg}")),
            _ => folders.push(PathBuf::from(arg)),
        }
    }
    if folders.is_empty() {
        fail("name at least one folder of labelled articles");
    }
    settings.target = target.unwrap_or_else(|| fail("name the model: --model kind|claim"));
    settings.classes = settings.target.classes().1.len();
    let examples: Vec<Example> = folders
        .iter()
        .flat_map(|f| load(f, settings.target))
        .collect();
    let agree = examples.iter().filter(|e| e.rule == e.gold).count();
    eprintln!(
        "{} examples from {} articles; the rules get {agree} right ({:.3})",
        examples.len(),
        article_count(&examples),
        agree as f64 / examples.len().max(1) as f64
    );
    if batches {
        cross_validate(&examples, &|group| batch_of(group), &settings);
    } else if let Some(folds) = folds {
        let groups: Vec<&str> = examples
            .iter()
            .map(|e| e.group.as_str())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let folds = folds.max(2);
        let fold_of: HashMap<&str, usize> = groups
            .iter()
            .enumerate()
            .map(|(i, g)| (*g, i % folds))
            .collect();
        cross_validate(&examples, &|group| fold_of[group], &settings);
    }
    if let Some(path) = write {
        let model = train(&examples.iter().collect::<Vec<_>>(), &settings);
        std::fs::write(&path, model.to_file(&examples, &settings, &folders))
            .unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
        eprintln!("wrote {} ({} features)", path.display(), model.names.len());
    }
}

fn fail(message: &str) -> ! {
    eprintln!("train_model: {message}");
    std::process::exit(2)
}

fn number(text: &str) -> usize {
    text.parse()
        .unwrap_or_else(|_| fail(&format!("{text:?} is not a count")))
}

/// The examples of one folder of labelled articles, in file-name order.
fn load(folder: &Path, target: Target) -> Vec<Example> {
    let mut gold_files: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", folder.display())))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    gold_files.sort();
    let mut examples = Vec::new();
    for gold_path in gold_files {
        let read = std::fs::read_to_string(&gold_path)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", gold_path.display())));
        let gold: serde_json::Value = serde_json::from_str(&read)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", gold_path.display())));
        let Some(name) = gold["article"].as_str() else {
            continue;
        };
        let imported = claimreader::import::import_file(&folder.join(name))
            .unwrap_or_else(|e| fail(&e.to_string()));
        let text = collapse_whitespace(&imported.article.text);
        let locate = |quote: &str| {
            let quote = collapse_whitespace(quote);
            text.find(&quote).map(|at| at..at + quote.len())
        };
        let group = name.split('_').next().unwrap_or(name).to_owned();
        if target == Target::Claim {
            let gold_ranges: Vec<Range<usize>> = gold["claims"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|c| c["quote"].as_str().and_then(&locate))
                .collect();
            for (claim, features) in extract_claim_features(&imported.article) {
                let Some(range) = locate(&claim.anchor.quote) else {
                    continue;
                };
                let inside: usize = gold_ranges
                    .iter()
                    .map(|g| {
                        g.end
                            .min(range.end)
                            .saturating_sub(g.start.max(range.start))
                    })
                    .sum();
                examples.push(Example {
                    features,
                    gold: usize::from(inside * 10 >= range.len() * 6),
                    rule: usize::from(claim.score >= 0.5),
                    group: group.clone(),
                    article: name.to_owned(),
                });
            }
            continue;
        }
        let predicted: Vec<(Range<usize>, usize, Vec<String>)> =
            extract_kind_features(&imported.article)
                .into_iter()
                .filter_map(|(claim, features)| {
                    locate(&claim.anchor.quote).map(|r| (r, kind_index(claim.kind), features))
                })
                .collect();
        for gold_claim in gold["claims"].as_array().into_iter().flatten() {
            let (Some(quote), Some(kind)) = (
                gold_claim["quote"].as_str(),
                gold_claim["kind"].as_str().and_then(ClaimKind::parse),
            ) else {
                continue;
            };
            let Some(range) = locate(quote) else {
                eprintln!("{name}: gold quote not in the text: {quote:.60}");
                continue;
            };
            let overlap = |p: &Range<usize>| {
                p.end
                    .min(range.end)
                    .saturating_sub(p.start.max(range.start))
            };
            let best = predicted
                .iter()
                .max_by_key(|(p, _, _)| overlap(p))
                .filter(|(p, _, _)| overlap(p) * 10 >= range.len() * 6);
            if let Some((_, rule, features)) = best {
                examples.push(Example {
                    features: features.clone(),
                    gold: kind_index(kind),
                    rule: *rule,
                    group: group.clone(),
                    article: name.to_owned(),
                });
            }
        }
    }
    examples
}

/// How many different articles the examples come from.
fn article_count(examples: &[Example]) -> usize {
    examples
        .iter()
        .map(|e| e.article.as_str())
        .collect::<BTreeSet<_>>()
        .len()
}

fn kind_index(kind: ClaimKind) -> usize {
    ClaimKind::ALL
        .iter()
        .position(|k| *k == kind)
        .unwrap_or(ClaimKind::ALL.len() - 1)
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a feature is a word or word pair (kept only when several articles have it).
fn lexical(name: &str) -> bool {
    name.starts_with("w=") || name.starts_with("w0=") || name.starts_with("b=")
}

struct Trained {
    names: Vec<String>,
    weights: Vec<Vec<f64>>,
}

impl Trained {
    fn scores(&self, index: &HashMap<&str, usize>, features: &[String]) -> Vec<f64> {
        let mut seen = BTreeSet::new();
        let mut total = vec![0.0; self.weights.first().map_or(0, Vec::len)];
        for f in features {
            if let Some(&i) = index.get(f.as_str())
                && seen.insert(i)
            {
                for (t, w) in total.iter_mut().zip(&self.weights[i]) {
                    *t += w;
                }
            }
        }
        total
    }

    fn to_file(&self, examples: &[Example], settings: &Settings, folders: &[PathBuf]) -> String {
        let mut out = String::new();
        let target = settings.target.name();
        let (header, classes) = settings.target.classes();
        let _ = writeln!(
            out,
            "# {} model for src/extract/{target}_model.rs, written by examples/train_model.rs.",
            if target == "kind" { "Kind" } else { "Claim" }
        );
        let _ = writeln!(
            out,
            "# Trained on {} {} from {} articles in {}.",
            examples.len(),
            if target == "kind" {
                "claims"
            } else {
                "clauses"
            },
            article_count(examples),
            folders
                .iter()
                .map(|f| f.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
        let _ = writeln!(
            out,
            "# l2 {}, words in at least {} articles, {} steps. Rows: feature, then a weight per {}.",
            settings.l2,
            settings.min_articles,
            settings.iterations,
            if target == "kind" { "kind" } else { "class" }
        );
        out.push_str(header);
        for class in classes {
            out.push('\t');
            out.push_str(class);
        }
        out.push('\n');
        let mut rows: Vec<(&String, &Vec<f64>)> = self.names.iter().zip(&self.weights).collect();
        rows.sort_by(|a, b| a.0.cmp(b.0));
        for (name, weights) in rows {
            // Rounded to three decimals; a row that rounds to zero everywhere says nothing.
            let rounded: Vec<String> = weights.iter().map(|w| format!("{w:.3}")).collect();
            if rounded.iter().all(|w| w == "0.000" || w == "-0.000") {
                continue;
            }
            out.push_str(name);
            for w in rounded {
                out.push('\t');
                out.push_str(if w == "0.000" || w == "-0.000" {
                    "0"
                } else {
                    &w
                });
            }
            out.push('\n');
        }
        out
    }
}

fn argmax(values: &[f64]) -> usize {
    let mut best = 0;
    for (i, v) in values.iter().enumerate() {
        if *v > values[best] {
            best = i;
        }
    }
    best
}

/// Fits the model to `examples`.
fn train(examples: &[&Example], settings: &Settings) -> Trained {
    let classes = settings.classes;
    // The vocabulary: every non-lexical feature, and words in enough articles.
    let mut articles_of: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for e in examples {
        for f in &e.features {
            articles_of
                .entry(f.as_str())
                .or_default()
                .insert(e.article.as_str());
        }
    }
    let names: Vec<String> = articles_of
        .iter()
        .filter(|(name, articles)| !lexical(name) || articles.len() >= settings.min_articles)
        .map(|(name, _)| (*name).to_owned())
        .collect();
    let index: HashMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    let rows: Vec<(Vec<usize>, usize)> = examples
        .iter()
        .map(|e| {
            let ids: BTreeSet<usize> = e
                .features
                .iter()
                .filter_map(|f| index.get(f.as_str()).copied())
                .collect();
            (ids.into_iter().collect(), e.gold)
        })
        .collect();
    let bias = index.get("bias").copied();
    let n = rows.len().max(1) as f64;
    let mut weights = vec![vec![0.0_f64; classes]; names.len()];
    let mut m = vec![vec![0.0_f64; classes]; names.len()];
    let mut v = vec![vec![0.0_f64; classes]; names.len()];
    let (rate, beta1, beta2, epsilon) = (0.05, 0.9, 0.999, 1e-8);
    for step in 1..=settings.iterations {
        let mut gradient = vec![vec![0.0_f64; classes]; names.len()];
        for (ids, gold) in &rows {
            let mut logits = vec![0.0; classes];
            for &i in ids {
                for (l, w) in logits.iter_mut().zip(&weights[i]) {
                    *l += w;
                }
            }
            let top = logits.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let mut sum = 0.0;
            for l in &mut logits {
                *l = (*l - top).exp();
                sum += *l;
            }
            for (k, l) in logits.iter_mut().enumerate() {
                *l = *l / sum - if k == *gold { 1.0 } else { 0.0 };
            }
            for &i in ids {
                for (g, d) in gradient[i].iter_mut().zip(&logits) {
                    *g += d / n;
                }
            }
        }
        let correction1 = 1.0 - beta1_pow(beta1, step);
        let correction2 = 1.0 - beta1_pow(beta2, step);
        for (i, g_row) in gradient.iter().enumerate() {
            for k in 0..classes {
                let mut g = g_row[k];
                if Some(i) != bias {
                    g += settings.l2 * weights[i][k];
                }
                m[i][k] = beta1 * m[i][k] + (1.0 - beta1) * g;
                v[i][k] = beta2 * v[i][k] + (1.0 - beta2) * g * g;
                let m_hat = m[i][k] / correction1;
                let v_hat = v[i][k] / correction2;
                weights[i][k] -= rate * m_hat / (v_hat.sqrt() + epsilon);
            }
        }
    }
    Trained { names, weights }
}

fn beta1_pow(beta: f64, step: usize) -> f64 {
    beta.powi(i32::try_from(step).unwrap_or(i32::MAX))
}

/// The batch of the article pair numbered `group`: pairs 10–23 and 24–37 are the first
/// two, then every twelve pairs from 38 are one.
fn batch_of(group: &str) -> usize {
    match group.parse::<usize>().unwrap_or(0) {
        n if n < 24 => 0,
        n if n < 38 => 1,
        n => 2 + (n - 38) / 12,
    }
}

/// Held-out accuracy of the rules and of the model, fold by fold of article groups
/// (`fold_of` gives an article pair's fold).
fn cross_validate(examples: &[Example], fold_of: &dyn Fn(&str) -> usize, settings: &Settings) {
    let folds = examples
        .iter()
        .map(|e| fold_of(&e.group) + 1)
        .max()
        .unwrap_or(0);
    let mut per_fold = Vec::new();
    let mut rule_ok = 0;
    let mut model_ok = 0;
    let margins = [0.25, 0.5, 0.75, 1.0, 1.5];
    let mut margin_ok = [0_usize; 5];
    let classes = settings.classes;
    let mut confusion = vec![vec![0_usize; classes]; classes];
    for fold in 0..folds {
        let (test, training): (Vec<&Example>, Vec<&Example>) =
            examples.iter().partition(|e| fold_of(&e.group) == fold);
        if test.is_empty() {
            continue;
        }
        let before = (rule_ok, model_ok);
        let model = train(&training, settings);
        let index: HashMap<&str, usize> = model
            .names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.as_str(), i))
            .collect();
        let test_len = test.len();
        for e in test {
            let scores = model.scores(&index, &e.features);
            let predicted = argmax(&scores);
            for (ok, margin) in margin_ok.iter_mut().zip(margins) {
                let kept = if scores[predicted] - scores[e.rule] > margin {
                    predicted
                } else {
                    e.rule
                };
                *ok += usize::from(kept == e.gold);
            }
            rule_ok += usize::from(e.rule == e.gold);
            model_ok += usize::from(predicted == e.gold);
            confusion[e.gold][predicted] += 1;
        }
        per_fold.push((test_len, rule_ok - before.0, model_ok - before.1));
    }
    let n = examples.len().max(1) as f64;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "{folds} folds, {} examples: rules {:.3}, model {:.3} (l2 {}, min articles {}, {} steps)",
        examples.len(),
        rule_ok as f64 / n,
        model_ok as f64 / n,
        settings.l2,
        settings.min_articles,
        settings.iterations
    );
    let fold_line: Vec<String> = per_fold
        .iter()
        .map(|(n, rules, model)| {
            format!(
                "{:.2}/{:.2}",
                *rules as f64 / (*n).max(1) as f64,
                *model as f64 / (*n).max(1) as f64
            )
        })
        .collect();
    let _ = writeln!(out, "  per fold, rules/model: {}", fold_line.join(" "));
    for (ok, margin) in margin_ok.iter().zip(margins) {
        let _ = writeln!(
            out,
            "  overriding the rules only by more than {margin}: {:.3}",
            *ok as f64 / n
        );
    }
    let names = settings.target.classes().1;
    let _ = writeln!(
        out,
        "gold \\ model  {}",
        names
            .iter()
            .map(|k| format!("{k:>6.6}"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    for (gold, row) in confusion.iter().enumerate() {
        let _ = writeln!(
            out,
            "{:<12}  {}",
            names.get(gold).copied().unwrap_or_default(),
            row.iter()
                .map(|c| format!("{c:>6}"))
                .collect::<Vec<_>>()
                .join(" ")
        );
    }
}
