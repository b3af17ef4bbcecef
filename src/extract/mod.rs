//! Claim extraction: article text in, claims out. Pure, deterministic and explainable.
//!
//! The pipeline, one module per step:
//! 1. [`segment`] splits the text into sentences (paragraphs, lines, then sentence ends
//!    that survive abbreviations, decimals and quotations).
//! 2. [`source`] finds each sentence's attribution; a standalone sourcing sentence ("Dat
//!    meldt X …") is dropped and gives its source to the sentence before it, and a
//!    sentence opening with "En …" whose attribution trails ("…, laat X weten") shares it
//!    with the sentence before.
//! 3. [`clause`] splits compound sentences into separately checkable clauses.
//! 4. Per clause: [`numbers`], [`entities`], [`dates`], [`hedge`] and [`cues`]; then
//!    [`kind`] and [`score`]. Clauses scoring at least [`ExtractConfig::min_score`]
//!    become claims.
//!
//! **Invariant:** every claim's span lies on char boundaries of `article.text`, its quote
//! is exactly that slice with no surrounding whitespace, and claims come in text order.
//! The output depends only on the article and the config.

pub mod claim_model;
pub mod clause;
pub mod cues;
pub mod dates;
pub mod entities;
pub mod gender;
pub mod hedge;
pub mod kind;
pub mod kind_model;
pub mod language;
pub mod linear;
pub mod numbers;
pub mod score;
pub mod segment;
pub mod source;
pub mod text;

use std::ops::Range;
use std::sync::LazyLock;

use chrono::Datelike;
use gender::Gender;
use regex::Regex;

use crate::model::claim::derive_claim_id;
use crate::model::{
    Anchor, Article, Claim, ClaimKind, ClaimOrigin, EntityKind, Language, TextSpan,
};

pub use language::detect_language;

/// Settings for [`extract_claims_with`].
#[derive(Clone, Debug)]
pub struct ExtractConfig {
    /// Sentences scoring below this are not claims.
    pub min_score: f32,
    /// Split compound sentences into separately checkable clauses.
    pub split_clauses: bool,
    /// Let the shipped [`kind_model`] have the last word on each claim's kind; `false`
    /// keeps the rules' kind (what the model is trained on).
    pub kind_model: bool,
    /// Let the shipped [`claim_model`] score the clauses whose rule score lies in
    /// [`claim_model::BAND`]; `false` keeps the rule score (what the model is trained on).
    pub claim_model: bool,
}

impl Default for ExtractConfig {
    fn default() -> Self {
        Self {
            min_score: 0.5,
            split_clauses: true,
            kind_model: true,
            claim_model: true,
        }
    }
}

/// Extracts the claims of `article` with the default settings.
#[must_use]
pub fn extract_claims(article: &Article) -> Vec<Claim> {
    extract_claims_with(article, &ExtractConfig::default())
}

/// What the first pass learns about one sentence.
#[derive(Clone, Debug)]
struct SentenceInfo {
    range: Range<usize>,
    /// `Some` for a standalone sourcing sentence (not a claim).
    sourcing: Option<source::Sourcing>,
    source: Option<String>,
    /// The sentence is one direct quotation without its own attribution.
    bare_quote: bool,
    /// The sentence contains a direct quotation.
    quotes: bool,
    /// The named entities of the sentence.
    entities: Vec<entities::FoundEntity>,
    /// The sentence may hold an attribution (`source::attribution_possible`).
    attribution: bool,
    /// The organisation and people that a pronoun or "the company" in the sentence
    /// refers back to, for clauses split off from it.
    antecedent_organization: Option<String>,
    antecedent_people: People,
}

/// The people a personal pronoun can refer back to: the last one named, and the last one
/// that "he" and that "she" can mean (one whose name marks no other gender).
#[derive(Clone, Debug, Default)]
struct People {
    last: Option<String>,
    he: Option<String>,
    she: Option<String>,
}

static CONTINUATION: LazyLock<Regex> =
    LazyLock::new(|| text::regex(r"^(?:En|Ook|And|Also|Daarnaast|Bovendien)\b"));

/// How far a long extraction has come, in bytes of article text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Bytes of article text already processed.
    pub done: usize,
    /// Bytes of article text in all (`done == total` at the end).
    pub total: usize,
}

/// How many bytes of text may pass between two progress reports.
const PROGRESS_STEP: usize = 64 * 1024;

/// Extracts the claims of `article`, in text order.
#[must_use]
pub fn extract_claims_with(article: &Article, config: &ExtractConfig) -> Vec<Claim> {
    extract_claims_observed(article, config, &mut |_| true).unwrap_or_default()
}

/// Like [`extract_claims_with`], reporting progress at least every ~64 KB of text (and at
/// the end); returns `None` as soon as `observe` returns `false`.
///
/// Sentences are analysed in one streaming pass: a sentence's claims are built as soon as
/// the sentence after it is known (attribution can pass between neighbours), so the
/// result is exactly that of [`extract_claims_with`].
pub fn extract_claims_observed(
    article: &Article,
    config: &ExtractConfig,
    observe: &mut dyn FnMut(Progress) -> bool,
) -> Option<Vec<Claim>> {
    extract_traced(article, config, observe, None)
}

/// The claims of `article` as the rules alone describe their kind, each with the
/// features the [`kind_model`] would see for it: the training data of the kind model in
/// `examples/train_model.rs`.
#[must_use]
pub fn extract_kind_features(article: &Article) -> Vec<(Claim, Vec<String>)> {
    let config = ExtractConfig {
        kind_model: false,
        ..ExtractConfig::default()
    };
    traced(article, &config)
        .into_iter()
        .map(|(claim, features)| (claim, features.kind))
        .collect()
}

/// The claims of `article` under `config`, each with the features the models saw.
fn traced(article: &Article, config: &ExtractConfig) -> Vec<(Claim, Features)> {
    let mut trace = Vec::new();
    let claims =
        extract_traced(article, config, &mut |_| true, Some(&mut trace)).unwrap_or_default();
    claims.into_iter().zip(trace).collect()
}

/// Every clause of `article` that the [`claim_model`] decides on, with its rule
/// score as the claim's and the features the model would see for it: the
/// training data of the claim model in `examples/train_model.rs`.
#[must_use]
pub fn extract_claim_features(article: &Article) -> Vec<(Claim, Vec<String>)> {
    let config = ExtractConfig {
        min_score: *claim_model::BAND.start(),
        kind_model: false,
        claim_model: false,
        ..ExtractConfig::default()
    };
    traced(article, &config)
        .into_iter()
        .filter(|(claim, _)| claim_model::decides(claim.score, &claim.reasons))
        .map(|(claim, features)| (claim, features.claim))
        .collect()
}

/// The model features of one claim, for training.
#[derive(Debug, Default)]
struct Features {
    /// What the kind model sees.
    kind: Vec<String>,
    /// What the claim model sees: the clause as the sentence's source describes it, and
    /// the scoring cues ([`claim_model::features`]).
    claim: Vec<String>,
}

/// [`extract_claims_observed`], pushing each claim's model features to `trace` when it
/// is given (one entry per claim, in the same order).
fn extract_traced(
    article: &Article,
    config: &ExtractConfig,
    observe: &mut dyn FnMut(Progress) -> bool,
    mut trace: Option<&mut Vec<Features>>,
) -> Option<Vec<Claim>> {
    let full = article.text.as_str();
    let total = full.len();
    let context = entities::EntityContext::new(full);
    let mut pass = SentencePass::new(full, &context);
    let mut claims = Vec::new();
    let mut pending: Option<SentenceInfo> = None;
    let mut reported = 0;
    for range in segment::sentences(full, article.language) {
        let mut current = pass.info(range);
        if let Some(mut prev) = pending.take() {
            link(full, &mut prev, &mut current);
            push_claims(
                full,
                article,
                &prev,
                config,
                &mut claims,
                trace.as_deref_mut(),
            );
            let done = prev.range.end;
            if done - reported >= PROGRESS_STEP {
                reported = done;
                if !observe(Progress { done, total }) {
                    return None;
                }
            }
        }
        pending = Some(current);
    }
    if let Some(last) = pending {
        push_claims(full, article, &last, config, &mut claims, trace);
    }
    observe(Progress { done: total, total }).then_some(claims)
}

/// Appends the claims of one analysed sentence.
fn push_claims(
    full: &str,
    article: &Article,
    info: &SentenceInfo,
    config: &ExtractConfig,
    claims: &mut Vec<Claim>,
    mut trace: Option<&mut Vec<Features>>,
) {
    if info.sourcing.is_some() {
        return;
    }
    let parts = if config.split_clauses {
        clause::clauses_hinted(full, info.range.clone(), Some(info.attribution))
    } else {
        vec![info.range.clone()]
    };
    // Entities are found once per sentence and handed to the clauses they lie in.
    let mut previous_source: Option<String> = None;
    for part in parts {
        let mut features = trace.is_some().then(Features::default);
        if let Some(mut claim) = clause_claim(
            full,
            article,
            info,
            part,
            &info.entities,
            config,
            features.as_mut(),
        ) {
            if let (Some(trace), Some(features)) = (trace.as_deref_mut(), features) {
                trace.push(features);
            }
            // "…, analyst X wrote, estimating that …": a participle split off a clause
            // speaks for the same source.
            if claim.source.is_none()
                && previous_source.is_some()
                && cues::opens_with_participle(&claim.anchor.quote)
            {
                claim.source.clone_from(&previous_source);
            }
            previous_source.clone_from(&claim.source);
            claims.push(claim);
        }
    }
}

/// Describes a stretch of text the user marked as a claim the way extraction would: its
/// numbers, entities, dates, hedges, kind, the source of the sentence it starts in, and
/// the cues as reasons. Unlike extraction it keeps the span whatever its score. `None`
/// when the span holds nothing but whitespace.
///
/// The returned claim has an extractor id and origin; the caller sets its own.
#[must_use]
pub fn describe_span(article: &Article, span: TextSpan) -> Option<Claim> {
    let full = article.text.as_str();
    let range = span.byte_range();
    let context = entities::EntityContext::new(full);
    let infos = sentence_infos(full, article.language, &context);
    let found = entities::find_entities_in(full, range.clone(), &context);
    let info = infos
        .into_iter()
        .find(|i| i.range.start <= range.start && range.start < i.range.end)
        .unwrap_or_else(|| SentenceInfo {
            range: range.clone(),
            sourcing: None,
            source: None,
            bare_quote: false,
            quotes: false,
            entities: found.clone(),
            attribution: source::attribution_possible(full, range.clone()),
            antecedent_organization: None,
            antecedent_people: People::default(),
        });
    let config = ExtractConfig {
        min_score: f32::NEG_INFINITY,
        ..ExtractConfig::default()
    };
    clause_claim(full, article, &info, range, &found, &config, None)
}

/// "Volgens hem", "according to her": a person's view.
static PERSONAL_VIEW: LazyLock<Regex> = LazyLock::new(|| {
    text::regex(r"\b(?:[Vv]olgens\s+(?:hem|haar)|[Aa]ccording\s+to\s+(?:him|her))\b")
});

/// Estimating a figure: "Analysts estimate …", "schat dat …", "the firm estimated".
static ESTIMATE: LazyLock<Regex> = LazyLock::new(|| {
    text::lower_regex(
        r"\b(?:estimates?|estimated|estimating|schat|schatten|schatte|raamt|raamde|ramen|raamden)\b",
    )
});

/// The sentence's subject when it is named: the first entity of a kind that `accept`
/// takes, if it starts within the first three words after `start`.
fn opening_entity<'f>(
    full: &str,
    start: usize,
    found: &'f [entities::FoundEntity],
    accept: impl Fn(EntityKind) -> bool,
) -> Option<&'f entities::FoundEntity> {
    // "Dubai-based Khaleej Ports": where the subject is based is not the subject.
    let based = |e: &&entities::FoundEntity| {
        full.get(e.range.end..)
            .is_some_and(|rest| rest.starts_with("-based") || rest.starts_with("-gevestigde"))
    };
    found
        .iter()
        .find(|e| accept(e.mention.kind) && !based(e))
        .filter(|e| {
            let before = text::slice(full, start..e.range.start);
            // "Tester time in Penang costs …": a name after a preposition is a place, not
            // the subject.
            let before = before.trim_end();
            // "«Cabo Delgado is open again,» he said": a name inside a quotation is not the
            // speaker.
            let quoted = || {
                before
                    .rfind(['«', '“', '„'])
                    .is_some_and(|open| !before[open..].contains(['»', '”']))
                    || before.matches('"').count() % 2 == 1
            };
            text::word_count(before) <= 3
                && !PLACE_PREPOSITIONS
                    .iter()
                    .chain(&[" to", " at"])
                    .any(|place| before.ends_with(place))
                && !quoted()
        })
}

/// Prepositions after which a name is most likely a place ("in Inner Mongolia"), with the
/// space before them.
const PLACE_PREPOSITIONS: &[&str] = &[" in", " from", " across", " near", " uit", " naar"];

/// The text of the last entity of `kind` that ends before `at`.
fn last_before(found: &[entities::FoundEntity], kind: EntityKind, at: usize) -> Option<&str> {
    found
        .iter()
        .rev()
        .find(|e| e.mention.kind == kind && e.range.end <= at)
        .map(|e| e.mention.text.as_str())
}

/// The last person named before `at` whose name does not mark the gender `not`.
fn last_person_before(found: &[entities::FoundEntity], at: usize, not: Gender) -> Option<&str> {
    found
        .iter()
        .rev()
        .find(|e| {
            e.mention.kind == EntityKind::Person
                && e.range.end <= at
                && gender::of_person(&e.mention.text) != Some(not)
        })
        .map(|e| e.mention.text.as_str())
}

/// A clause that opens with a reporting verb, its subject left out ("and said it …",
/// "en waarschuwde dat …", "maar wist naar eigen zeggen niet …"). Run on the
/// ASCII-lowercased clause.
static ELIDED_SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    text::regex(&format!(
        r"^(?:and\s+|en\s+|maar\s+)?(?:said|says|added|warned|noted|told\s+\w+|argued|expects|expected|estimates|estimated|verwacht(?:te)?\s+(?:dat|een|de|het)|zei|zegt|waarschuwde|waarschuwt|benadrukte|stelde|verklaarde|liet\s+weten|noemde|[a-z]+\s+(?:naar|volgens)\s+{})\b",
        source::OWN_WORDS
    ))
});

/// "volgens", "naar eigen zeggen" or "according to" anywhere. Run on ASCII-lowercased
/// text.
static ACCORDING: LazyLock<Regex> = LazyLock::new(|| {
    text::regex(r"\b(?:volgens|according\s+to|naar\s+eigen\s+(?:zeggen|opgave))\b")
});

/// Builds the claim for one clause, or `None` when it scores below the threshold.
fn clause_claim(
    full: &str,
    article: &Article,
    info: &SentenceInfo,
    part: Range<usize>,
    sentence_entities: &[entities::FoundEntity],
    config: &ExtractConfig,
    mut features: Option<&mut Features>,
) -> Option<Claim> {
    let language = article.language;
    let part = trim_range(full, part)?;
    let piece = text::slice(full, part.clone());
    // Absolute dates serve both the numbers and the dates of the claim: find them once.
    let absolute = if piece.bytes().any(|b| b.is_ascii_digit()) {
        dates::absolute_dates(piece, article.published)
    } else {
        Vec::new()
    };
    // The ASCII-lowercased clause, which several passes search (same byte offsets).
    let lower = piece.to_ascii_lowercase();
    let found_numbers =
        numbers::find_numbers_lowered(full, part.clone(), language, &absolute, Some(&lower));
    let (found_entities, elsewhere): (Vec<&entities::FoundEntity>, Vec<_>) = sentence_entities
        .iter()
        .partition(|e| part.start <= e.range.start && e.range.end <= part.end);
    let found_dates = dates::find_dates_lowered(
        full,
        part.clone(),
        article.published,
        absolute,
        Some(&lower),
    );
    // Whether the subject refers back to a named actor only counts without any name.
    let need_actor = found_entities.is_empty() && elsewhere.is_empty();
    let mut cues = cues::cues_with(
        full,
        part.clone(),
        info.range.clone(),
        need_actor,
        Some(&lower),
    );
    // Dates before or after publication tell whether the clause looks back or ahead.
    if let Some(published) = article.published {
        // "sinds 2020", "since March": a state that has lasted since then, not an event.
        let since = |at: usize| {
            let before = text::slice(&lower, 0..at.saturating_sub(part.start)).trim_end();
            before.ends_with("sinds") || before.ends_with("since")
        };
        for found in &found_dates {
            let Some(date) = found.date else { continue };
            cues.dated_past |= date < published && !since(found.range.start);
            cues.dated_future |= date > published;
        }
        // A year on its own ("in 2030", "het eerste kwartaal van 2026") compares by year.
        let year = f64::from(published.year());
        for number in found_numbers
            .iter()
            .filter(|n| n.is_date && !since(n.range.start))
        {
            let text = number.mention.text.as_str();
            let Some(value) = text
                .split(|c: char| !c.is_ascii_digit())
                .filter(|w| w.len() == 4)
                .filter_map(|w| w.parse::<f64>().ok())
                .next_back()
            else {
                continue;
            };
            cues.dated_past |= value < year;
            cues.dated_future |= value > year;
        }
    }
    let hedges = hedge::find_hedges_lowered(full, part.clone(), Some(&lower));
    // An aim ("wil … verdubbelen") is a plan.
    cues.prediction |= hedges.iter().any(|h| h == "wil");
    let quantity = found_numbers.iter().filter(|n| !n.is_date).count();
    // Whether a number is the point: only then is the claim a quantity.
    let salient = found_numbers.iter().any(|n| !n.is_date && n.salient);
    // "54 smelters, twice as many as in 2021" is about the 54; "twice as many as a year
    // ago" alone is the comparison, and so is "twice as many as in 2024, when 11 ships
    // …", whose figure comes after the comparison.
    cues.comparison_over_time = cues.comparison_over_time.filter(|&at| {
        found_numbers.iter().any(|n| {
            !n.is_date
                && n.salient
                && !multiplier(&n.mention.text)
                && n.range.start < part.start + at
        })
    });
    let input = score::ScoreInput {
        cues,
        numbers: quantity,
        dates: found_dates.len() + found_numbers.iter().filter(|n| n.is_date).count(),
        entities: found_entities.len(),
        sentence_entities: elsewhere.len(),
        sourced: info.source.is_some(),
        reported: hedges.iter().any(|h| {
            matches!(
                h.as_str(),
                "zou" | "zouden" | "naar verluidt" | "reportedly" | "allegedly"
            ) || h.starts_with("volgens")
        }),
    };
    let (score, mut reasons) = score::score(&input);
    // A clause the claim model may still keep is built in full first.
    if score < config.min_score && !(config.claim_model && claim_model::decides(score, &reasons)) {
        return None;
    }
    let span = TextSpan::new(full, part.clone())?;
    let anchor = Anchor::new(full, span);
    let mut claim = Claim::new(
        derive_claim_id(part.start, &anchor.quote),
        anchor,
        ClaimOrigin::Extracted,
    );
    claim.kind = kind::kind_of(&cues, salient);
    // An estimate of a figure is about the figure, even when it is for later ("could cost
    // up to $45 million", "will reach 45,000 wafers a month"), unless a later date is the
    // point ("could fall to within 10% by the end of 2027").
    if claim.kind == ClaimKind::Prediction
        && salient
        && !cues.dated_future
        && ![
            "by the end of",
            "tegen het einde",
            "tegen het eind",
            "eind dit jaar",
        ]
        .iter()
        .any(|deadline| lower.contains(deadline))
        && ESTIMATE.is_match(&lower)
    {
        claim.kind = ClaimKind::Quantity;
    }
    // A named person's view of a state ("Volgens onderzoeker X is het risico reëel") is
    // that person's assessment.
    if claim.kind == ClaimKind::Other
        && cues.reporting
        && (info.source.as_deref().is_some_and(|source| {
            found_entities
                .iter()
                .any(|e| e.mention.kind == EntityKind::Person && source.contains(&e.mention.text))
        }) || PERSONAL_VIEW.is_match(piece))
    {
        claim.kind = ClaimKind::Attribution;
    }
    // Where the rules are least sure, the claim model decides, before the sources of a
    // clause it drops are looked for. It sees the sentence's source, not the clause's.
    let figures = figure_shapes(&lower, part.start, &found_numbers);
    let check_input = linear::ClauseInput {
        text: piece,
        rule: claim.kind,
        cues: &cues,
        salient,
        numbers: quantity,
        dates: input.dates,
        hedged: !hedges.is_empty(),
        sourced: info.source.is_some(),
        language,
        figures,
    };
    let extra = || claim_model::features(&input, score, piece.split_whitespace().count());
    claim.score = (score * 100.0).round() / 100.0;
    if config.claim_model
        && claim_model::decides(score, &reasons)
        && let Some(model) = claim_model::SHIPPED.as_ref()
    {
        let (probability, why) = model.judge(&check_input, &extra(), 3);
        let probability = (probability * 100.0).round() / 100.0;
        if probability < config.min_score {
            return None;
        }
        reasons.push(format!(
            "claim model {probability:.2} (rules {score:.2}): {}",
            linear::describe_all(&why)
        ));
        claim.score = probability;
    } else if score < config.min_score {
        return None;
    }
    if let Some(features) = features.as_mut() {
        linear::features(&check_input, &mut |name| {
            features.claim.push(name.to_owned());
        });
        features.claim.extend(extra());
    }
    claim.source.clone_from(&info.source);
    // A later clause with its own speaker ("…, maar Damsma waarschuwde dat …") is theirs;
    // a pronoun in it points at the sentence's source. So is a first clause that ends in
    // an attribution the whole sentence does not ("…, officials said, days after …").
    let first_of_several = part.start == info.range.start && part.end + 1 < info.range.end;
    // "…, terwijl de import volgens Eurostat …": a "volgens" or "according to" in a later
    // clause speaks for that clause only, so the first clause keeps only a speaker of its
    // own (20 of 28 such first clauses in the labelled articles have no source).
    let later_according = first_of_several
        && info.source.is_some()
        && !ACCORDING.is_match(&lower)
        && ACCORDING.is_match(&text::slice(full, part.end..info.range.end).to_ascii_lowercase());
    if info.attribution
        && (part.start > info.range.start
            || info.source.is_none() && first_of_several
            || later_according)
    {
        let own = source::find_source_with(
            full,
            part.clone(),
            &source::Antecedents {
                source: info.source.as_deref(),
                // The sentence's own names before the clause come first.
                organization: last_before(sentence_entities, EntityKind::Organization, part.start)
                    .or(info.antecedent_organization.as_deref()),
                person: last_before(sentence_entities, EntityKind::Person, part.start)
                    .or(info.antecedent_people.last.as_deref()),
                person_he: last_person_before(sentence_entities, part.start, Gender::Female)
                    .or(info.antecedent_people.he.as_deref()),
                person_she: last_person_before(sentence_entities, part.start, Gender::Male)
                    .or(info.antecedent_people.she.as_deref()),
                own_organization: None,
                own_person: None,
            },
        );
        if own.is_some()
            || later_according
            || part.start > info.range.start
                && clause::attribution_closed_before(
                    text::slice(full, info.range.start..part.start),
                    piece,
                )
        {
            claim.source = own;
        }
    }
    // "Orbix unveiled the X1 … and said it delivers …": a split-off clause that opens with
    // a reporting verb speaks for the sentence's subject.
    if claim.source.is_none()
        && part.start > info.range.start
        && ELIDED_SPEAKER.is_match(&lower)
        && let Some(subject) = opening_entity(full, info.range.start, sentence_entities, |k| {
            matches!(k, EntityKind::Organization | EntityKind::Person)
        })
    {
        claim.source = Some(subject.mention.text.clone());
    }
    // "Naar verluidt overweegt Den Haag …", "X has reportedly opened …": with no one
    // named, only reports vouch for it.
    if claim.source.is_none()
        && hedges
            .iter()
            .any(|h| h == "naar verluidt" || h == "reportedly")
    {
        claim.source = Some("unnamed reports".to_owned());
    }
    claim.hedged = !hedges.is_empty();
    claim.hedges = hedges;
    let model_input = linear::ClauseInput {
        rule: claim.kind,
        hedged: claim.hedged,
        sourced: claim.source.is_some(),
        ..check_input
    };
    if let Some(features) = features.as_mut() {
        linear::features(&model_input, &mut |name| {
            features.kind.push(name.to_owned());
        });
    }
    // What a standing rule allows is background in every labelled case (14 of 14), with
    // or without a figure: the model, which weighs figures, does not overrule that.
    if config.kind_model
        && !cues.standing_rule
        && let Some(model) = kind_model::SHIPPED.as_ref()
    {
        // Say which words tipped it, so the change can be judged.
        let (chosen, why) = model.overrule(&model_input, claim.kind, 3);
        if chosen != claim.kind {
            reasons.push(format!(
                "kind {} rather than {}: {}",
                chosen.as_str(),
                claim.kind.as_str(),
                linear::describe_all(&why)
            ));
            claim.kind = chosen;
        }
    }
    claim.numbers = found_numbers.into_iter().map(|n| n.mention).collect();
    claim.entities = entities::unique_mentions(found_entities.iter().copied());
    claim.dates = found_dates
        .into_iter()
        .map(|d| crate::model::DateMention {
            text: text::slice(full, d.range).to_owned(),
            date: d.date,
        })
        .collect();
    claim.reasons = reasons;
    Some(claim)
}

/// All sentences of `full` with their own and propagated sources.
fn sentence_infos(
    full: &str,
    language: Language,
    context: &entities::EntityContext,
) -> Vec<SentenceInfo> {
    let mut pass = SentencePass::new(full, context);
    let mut infos: Vec<SentenceInfo> = Vec::new();
    for range in segment::sentences(full, language) {
        let mut current = pass.info(range);
        if let Some(prev) = infos.last_mut() {
            link(full, prev, &mut current);
        }
        infos.push(current);
    }
    infos
}

/// The state carried from sentence to sentence: the latest source and the latest named
/// organisation and person, which pronouns and generic subjects refer back to.
struct SentencePass<'a> {
    full: &'a str,
    context: &'a entities::EntityContext,
    index: usize,
    recent: Option<(String, usize)>,
    organization: Option<String>,
    /// The people named so far, the latest last, with the gender each name marks.
    people: Vec<(String, Option<Gender>)>,
    /// Every organisation named so far, the latest last, with an acronym defined in
    /// brackets after it ("Ministry of Trade (MOT)").
    organizations: Vec<String>,
    /// The last organisation that opened a sentence as its subject, and that sentence.
    subject_organization: Option<(String, usize)>,
    /// Names of institutions in the text up to `scanned` ([`source::institution_names`]).
    institutions: Vec<String>,
    scanned: usize,
}

impl<'a> SentencePass<'a> {
    fn new(full: &'a str, context: &'a entities::EntityContext) -> Self {
        Self {
            full,
            context,
            index: 0,
            recent: None,
            organization: None,
            people: Vec::new(),
            organizations: Vec::new(),
            subject_organization: None,
            institutions: Vec::new(),
            scanned: 0,
        }
    }

    /// Reads the names of institutions in the text before `upto`, once, as far as needed.
    fn scan_institutions(&mut self, full: &str, upto: usize) {
        if self.scanned < upto {
            let unread = text::slice(full, self.scanned..upto);
            self.institutions.extend(source::institution_names(unread));
            let excess = self.institutions.len().saturating_sub(64);
            self.institutions.drain(..excess);
            self.scanned = upto;
        }
    }

    /// Resolves what a found source leaves open: the body of an unnamed speaker ("een
    /// woordvoerder van het concern" for the company named before) and an institution
    /// by its noun ("the trade ministry said" for the ministry named in full before).
    fn refine_source(
        &mut self,
        full: &str,
        at: usize,
        found: String,
        own_organization: Option<&str>,
        antecedent_organization: Option<&str>,
    ) -> String {
        // "…, the spokesperson added" after "A spokesperson for the ministry said …": the
        // speaker described before, not a new one.
        if !found.is_empty()
            && found.chars().all(char::is_lowercase)
            && let Some((known, _)) = self.people.iter().rev().find(|(name, _)| {
                name.starts_with("unnamed ") && source::speaker_noun(name) == found
            })
        {
            return known.clone();
        }
        // "…, the people said", "according to one of them": the people familiar with the
        // matter the article cited before.
        if found == "unnamed sources"
            && let Some((recent, _)) = &self.recent
            && recent.starts_with("unnamed ")
            && recent.contains(" familiar with ")
        {
            return recent.clone();
        }
        let found = match source::unresolved_body(&found) {
            Some((speaker, noun)) => {
                let body = if entities::company_noun(noun) {
                    own_organization
                        .map(str::to_owned)
                        .or_else(|| source::name_headed_by(full, at, noun))
                        .or_else(|| antecedent_organization.map(str::to_owned))
                } else {
                    self.scan_institutions(full, at);
                    source::refer_back(noun, &self.organizations, &self.institutions)
                        // "Rijkswaterstaat verwacht …, laat een woordvoerster van de
                        // dienst weten": the body that opens the sentence.
                        .or_else(|| own_organization.map(str::to_owned))
                };
                // "Autoriteit Persoonsgegevens (AP)" goes in brackets by its acronym.
                let body = body.map(|body| match body.split_once(" (") {
                    Some((_, acronym)) => acronym.trim_end_matches(')').to_owned(),
                    None => body,
                });
                match (body, speaker.strip_prefix("unnamed ")) {
                    (Some(body), _) => format!("{speaker} ({body})"),
                    // "a department spokesperson" with no department named before keeps
                    // its noun.
                    (
                        None,
                        Some(
                            role @ ("spokesperson" | "spokesman" | "spokeswoman" | "official"
                            | "executive"),
                        ),
                    ) => format!("unnamed {noun} {role}"),
                    (None, _) => speaker.to_owned(),
                }
            }
            // "Orbix heeft …, bevestigde een woordvoerder": the spokesperson of the
            // organisation that opens the sentence.
            None if matches!(
                found.as_str(),
                "unnamed woordvoerder"
                    | "unnamed woordvoerster"
                    | "unnamed spokesperson"
                    | "unnamed spokesman"
                    | "unnamed spokeswoman"
            ) =>
            {
                match own_organization {
                    Some(body) => format!("{found} ({body})"),
                    None => found,
                }
            }
            None => found,
        };
        // "…, the Taiwanese chipmaker said": the company this sentence or a recent one
        // is about.
        // "Dat maakte het bedrijf bekend" leaves "bedrijf": the company named before.
        if source::company_descriptor(&found)
            || source::generic_organization(&found) && !source::is_descriptor(&found)
        {
            // "het havenbedrijf" after "Havenbedrijf Nieuwe Maas": the name the noun was
            // part of.
            return own_organization
                .map(str::to_owned)
                .or_else(|| source::name_headed_by(full, at, &found))
                .or_else(|| antecedent_organization.map(str::to_owned))
                .unwrap_or(found);
        }
        // "TET verwacht …" after "Tilburg Eurasia Terminal (TET)": the name in full with
        // its acronym, so a body reads the same in every claim.
        if (2..=8).contains(&found.len())
            && found.chars().all(|c| c.is_ascii_uppercase() || c == '&')
            && let Some(named) = self.organizations.iter().rev().find(|name| {
                name.strip_suffix(')')
                    .and_then(|rest| rest.strip_suffix(found.as_str()))
                    .is_some_and(|rest| rest.ends_with(" ("))
            })
        {
            return named.clone();
        }
        if !source::is_descriptor(&found) {
            return found;
        }
        self.scan_institutions(full, at);
        source::refer_back(&found, &self.organizations, &self.institutions)
            // "The Panama Canal Authority will …, the agency said": the institution that
            // opens the sentence.
            .or_else(|| {
                own_organization
                    .filter(|own| source::institution_name(own))
                    .map(str::to_owned)
            })
            .unwrap_or(found)
    }

    /// Analyses the next sentence: its own source, entities and quotations.
    fn info(&mut self, range: Range<usize>) -> SentenceInfo {
        let full = self.full;
        let index = self.index;
        self.index += 1;
        let attribution = source::attribution_possible(full, range.clone());
        let sourcing = source::sourcing_sentence_hinted(full, range.clone(), Some(attribution));
        let previous = self
            .recent
            .as_ref()
            .filter(|(_, at)| index - at <= 3)
            .map(|(name, _)| name.as_str());
        let found_entities = entities::find_entities_in(full, range.clone(), self.context);
        // The subject opening the sentence: a named entity within its first few words.
        let opening = |kind: EntityKind| {
            opening_entity(full, range.start, &found_entities, |k| k == kind)
                .map(|e| e.mention.text.as_str())
        };
        // "…; Huayang alone shipped …, the company said": the clause after a semicolon has
        // a subject of its own, which a trailing attribution refers to.
        let after_semicolon = || {
            let at = range.start + text::slice(full, range.clone()).rfind("; ")? + 2;
            let from = found_entities.partition_point(|e| e.range.start < at);
            opening_entity(full, at, &found_entities[from..], |k| {
                k == EntityKind::Organization
            })
            .map(|e| e.mention.text.as_str())
        };
        let own_organization = opening(EntityKind::Organization).or_else(after_semicolon);
        // "The Penghu Link 3 cable, operated by Island Telecom, …, the company said": with
        // no firm as subject, the firm the sentence names comes before one named earlier.
        let sentence_company = found_entities
            .iter()
            .find(|e| {
                // One capitalised word may be a place or a surname taken for a firm, and
                // so may a name after "in" ("in Inner Mongolia").
                let before = text::slice(full, range.start..e.range.start).trim_end();
                e.mention.kind == EntityKind::Organization
                    && e.mention.text.contains(' ')
                    && !source::institution_name(&e.mention.text)
                    && !PLACE_PREPOSITIONS
                        .iter()
                        .any(|place| before.ends_with(place))
            })
            .map(|e| e.mention.text.as_str());
        let own_or_named = own_organization.or(sentence_company);
        // The source of the sentence just before, when it is an organisation named in
        // full: "…, analysts at X estimate. …, the consultancy said" means X.
        let previous_organization = self
            .recent
            .as_ref()
            .filter(|(name, at)| {
                index - at == 1
                    && self
                        .organizations
                        .iter()
                        .any(|org| org.contains(name.as_str()))
            })
            .map(|(name, _)| name.as_str());
        let antecedents = source::Antecedents {
            source: previous,
            // "the company said": the company a recent sentence was about, before one it
            // only mentioned.
            organization: previous_organization
                .or_else(|| {
                    self.subject_organization
                        .as_ref()
                        .filter(|(_, at)| index - at <= 4)
                        .map(|(name, _)| name.as_str())
                })
                .or(self.organization.as_deref()),
            person: self.people.last().map(|(name, _)| name.as_str()),
            person_he: self.last_person(Gender::Female),
            person_she: self.last_person(Gender::Male),
            own_organization: own_or_named,
            own_person: opening(EntityKind::Person),
        };
        let antecedent_organization = antecedents.organization.map(str::to_owned);
        let antecedent_people = People {
            last: antecedents.person.map(str::to_owned),
            he: antecedents.person_he.map(str::to_owned),
            she: antecedents.person_she.map(str::to_owned),
        };
        let source = if sourcing.is_some() {
            None
        } else {
            source::find_source_hinted(full, range.clone(), &antecedents, Some(attribution))
        };
        let piece = text::slice(full, range.clone());
        // A subhead in capitals ("NEW SUPPLY") names nobody a later "the company" means.
        let capitals_line =
            piece.split_whitespace().count() >= 2 && !piece.chars().any(char::is_lowercase);
        if let Some(name) = own_organization.filter(|_| !capitals_line) {
            self.subject_organization = Some((name.to_owned(), index));
        }
        let mut sourcing = sourcing;
        let source = source.map(|found| {
            self.refine_source(
                full,
                range.start,
                found,
                own_or_named,
                antecedent_organization.as_deref(),
            )
        });
        if let Some(sourcing) = sourcing.as_mut()
            && let Some(named) = sourcing.source.take()
        {
            sourcing.source = Some(self.refine_source(
                full,
                range.start,
                named,
                own_organization,
                antecedent_organization.as_deref(),
            ));
        }
        for e in &found_entities {
            if e.mention.kind != EntityKind::Organization || capitals_line {
                continue;
            }
            let acronym = text::slice(full, e.range.end..range.end)
                .strip_prefix(" (")
                .and_then(|rest| rest.split_once(')'))
                .map(|(inner, _)| inner)
                .filter(|inner| {
                    (2..=8).contains(&inner.len())
                        && inner.chars().all(|c| c.is_ascii_uppercase() || c == '&')
                });
            let name = match acronym {
                Some(acronym) => format!("{} ({acronym})", e.mention.text),
                None => e.mention.text.clone(),
            };
            self.organizations.retain(|known| *known != name);
            // The latest few are enough to refer back to, and keep this linear.
            if self.organizations.len() >= 32 {
                self.organizations.remove(0);
            }
            self.organizations.push(name);
        }
        // The last organisation and the last person named are the new antecedents.
        let last_of = |kind: EntityKind| {
            found_entities
                .iter()
                .rev()
                .find(|e| e.mention.kind == kind)
                .map(|e| e.mention.text.clone())
        };
        if let Some(name) = last_of(EntityKind::Organization).filter(|_| !capitals_line) {
            self.organization = Some(name);
        }
        // Every person named, in order: "he" may mean one named before the last. ("Centrale
        // Dienst" has a person's shape but is an institution.) A name inside a quotation
        // is talked about, not the speaker a later "he said" means.
        let regions = text::quote_regions(piece);
        for e in &found_entities {
            let quoted = regions.iter().any(|q| {
                q.start + range.start <= e.range.start && e.range.end <= q.end + range.start
            });
            if e.mention.kind == EntityKind::Person
                && !quoted
                && !source::institution_name(&e.mention.text)
            {
                self.note_person(e.mention.text.clone());
            }
        }
        // A person who speaks in the sentence is who a later "he" or "zij" most likely
        // means, before a firm named after them whose name looks like a person's ("…, said
        // Marcus Heale, head of war cover at broker Ashgrove Risk. He said …").
        if let Some(speaker) = source.as_deref().and_then(|source| {
            found_entities.iter().find_map(|e| {
                let mention = e.mention.text.as_str();
                if e.mention.kind == EntityKind::Person && source.contains(mention) {
                    Some(mention)
                } else {
                    // "VVD-Kamerlid Joost Brinkman", found with its title as one name.
                    (mention.len() > source.len()
                        && mention.ends_with(source)
                        && source::personal_name(source))
                    .then_some(source)
                }
            })
        }) {
            self.note_person(speaker.to_owned());
        } else if let Some(speaker) = source
            .as_deref()
            .filter(|source| source::described_individual(source))
        {
            // "Een woordvoerder van het ministerie benadrukt …" names nobody, but a later
            // "zei hij" most likely means that spokesperson.
            self.note_person(speaker.to_owned());
        }
        let quotes = regions
            .iter()
            .any(|q| text::word_count(text::slice(piece, q.clone())) >= 4);
        let bare_quote = regions.len() == 1
            && regions
                .first()
                .is_some_and(|q| q.start == 0 && q.end + 1 >= piece.len());
        if let Some(name) = source
            .clone()
            .or_else(|| sourcing.as_ref().and_then(|s| s.source.clone()))
        {
            self.recent = Some((name, index));
        }
        SentenceInfo {
            range,
            entities: found_entities,
            sourcing,
            source,
            bare_quote,
            quotes,
            attribution,
            antecedent_organization,
            antecedent_people,
        }
    }

    /// Makes `name` the latest person named. A surname alone ("Verhage") takes the gender
    /// of the full name it was first given with ("Lieke Verhage").
    fn note_person(&mut self, name: String) {
        let gender = gender::of_person(&name).or_else(|| {
            let surname = name.rsplit(' ').next().unwrap_or(&name);
            self.people.iter().rev().find_map(|(known, gender)| {
                gender.filter(|_| {
                    known.len() > surname.len()
                        && known.ends_with(surname)
                        && known[..known.len() - surname.len()].ends_with(' ')
                })
            })
        });
        self.people.retain(|(known, _)| *known != name);
        // The latest few are enough to refer back to, and keep this linear.
        if self.people.len() >= 32 {
            self.people.remove(0);
        }
        self.people.push((name, gender));
    }

    /// The last person named whose name does not mark the gender `not`.
    fn last_person(&self, not: Gender) -> Option<&str> {
        self.people
            .iter()
            .rev()
            .find(|(_, gender)| *gender != Some(not))
            .map(|(name, _)| name.as_str())
    }
}

/// Whether a number only multiplies ("twice", "drie keer", "het dubbele", "half").
fn multiplier(number: &str) -> bool {
    let lower = number.to_lowercase();
    [
        "twice", "keer", "times", "dubbel", "double", "half", "helft", "drievoud", "triple",
        "fold", "voudig",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// What the figures of a clause are, as [`linear::ClauseInput::figures`] bits. `lower`
/// is the lowercased clause, which starts at `start` in the text.
fn figure_shapes(lower: &str, start: usize, numbers: &[numbers::FoundNumber]) -> u8 {
    let mut bits = 0;
    let mut outside = false;
    for number in numbers.iter().filter(|n| !n.is_date) {
        let text = number.mention.text.as_str();
        bits |= match number.mention.unit.as_deref() {
            _ if multiplier(text) => linear::FIGURE_MULTIPLIER,
            Some("%" | "pp" | "bp") => linear::FIGURE_PERCENT,
            Some("year" | "month" | "week" | "day" | "hour" | "minute" | "quarter" | "decade") => {
                linear::FIGURE_DURATION
            }
            Some(unit) if unit.len() == 3 && unit.chars().all(|c| c.is_ascii_uppercase()) => {
                linear::FIGURE_MONEY
            }
            Some("cent" | "EUR cent") => linear::FIGURE_MONEY,
            _ if !text.contains(|c: char| c.is_ascii_digit()) && number.mention.approximate => {
                linear::FIGURE_VAGUE
            }
            _ => linear::FIGURE_COUNT,
        };
        let before = text::slice(lower, 0..number.range.start.saturating_sub(start));
        // The last opener of an aside before the figure, not closed by a comma since.
        let aside = [
            ", which ", ", die ", ", dat ", ", who ", ", waar", " (", ", een ", ", a ", ", an ",
        ]
        .iter()
        .filter_map(|opener| before.rfind(opener).map(|at| at + opener.len()))
        .max()
        .is_some_and(|at| !text::slice(before, at..before.len()).contains([',', ')']));
        if aside {
            bits |= linear::FIGURE_ASIDE;
        } else {
            outside = true;
        }
    }
    if bits & linear::FIGURE_ASIDE != 0 && !outside {
        bits |= linear::FIGURE_ONLY_ASIDE;
    }
    bits
}

/// Passes attribution between two neighbouring sentences: a sourcing sentence gives its
/// source to the claim before it, "En …, laat X weten" shares its source with the sentence
/// before, and a bare quotation continues the quoted speaker before it.
fn link(full: &str, prev: &mut SentenceInfo, current: &mut SentenceInfo) {
    let gap = text::slice(full, prev.range.end..current.range.start);
    let prev_is_claimlike =
        prev.sourcing.is_none() && prev.source.is_none() && ends_sentence(full, &prev.range);
    if let Some(source::Sourcing { source: Some(name) }) = &current.sourcing
        && prev_is_claimlike
    {
        prev.source = Some(name.clone());
        return;
    }
    let continuation = CONTINUATION.is_match(text::slice(full, current.range.clone()));
    if continuation
        && !gap.contains("\n\n")
        && prev_is_claimlike
        && source::has_trailing_attribution_hinted(
            full,
            current.range.clone(),
            Some(current.attribution),
        )
        && let Some(name) = &current.source
    {
        prev.source = Some(name.clone());
    }
    // A quotation standing alone after a sentence with a quotation, or after one a person
    // said ("…, zegt directeur Hanneke Brinkhuis. „Een shirt …”"), is theirs.
    let speaker_before = prev.quotes
        || prev
            .source
            .as_deref()
            .is_some_and(|name| source::personal_name(name) || source::described_individual(name));
    if current.bare_quote && current.source.is_none() && speaker_before && !gap.contains("\n\n") {
        current.source.clone_from(&prev.source);
    }
}

/// True when the sentence ends with closing punctuation (not a headline).
fn ends_sentence(full: &str, range: &Range<usize>) -> bool {
    text::slice(full, range.clone())
        .trim_end()
        .trim_end_matches(['”', '’', '"', '\'', '»', ')'])
        .ends_with(['.', '!', '…'])
}

fn trim_range(full: &str, range: Range<usize>) -> Option<Range<usize>> {
    let piece = text::slice(full, range.clone());
    let trimmed_start = piece.trim_start();
    let start = range.start + (piece.len() - trimmed_start.len());
    // A left clause ends before its comma or semicolon; drop a dangling one.
    let body = trimmed_start
        .trim_end()
        .trim_end_matches([',', ';', ':'])
        .trim_end();
    let end = start + body.len();
    (start < end).then_some(start..end)
}
