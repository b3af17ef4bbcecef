//! The RON schema of a save file, and conversion to and from the model.
//!
//! This is the only module that derives serde. The model types stay free to change; the
//! records here change only together with [`FORMAT_VERSION`].
//!
//! **Invariant:** writing the same session twice produces the same bytes: fields are in a
//! fixed order, collections keep the session's order, and nothing time-dependent is stored.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::{
    Anchor, Article, ArticleId, Claim, ClaimId, ClaimKind, ClaimOrigin, ClaimStatus, DateMention,
    EntityKind, EntityMention, Highlight, HighlightColor, HighlightId, Language, NumberMention,
    TextSpan, Verdict,
};

/// The version this build writes and the newest it fully understands.
///
/// History (each step has a migration in [`migrate`], and a fixture in `tests/fixtures/format/`):
/// - 1: the first release.
/// - 2: `article.language_set_by_user`, and `orphaned` on claims and highlights.
pub const FORMAT_VERSION: u32 = 2;

/// The oldest version this build can migrate.
pub const OLDEST_VERSION: u32 = 1;

/// One save file: everything about one article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SaveFile {
    /// Schema version; see [`FORMAT_VERSION`].
    pub format_version: u32,
    /// The article itself, so the save never depends on the original file.
    pub article: ArticleRecord,
    /// Claims in the user's order.
    #[serde(default)]
    pub claims: Vec<ClaimRecord>,
    /// Highlights in creation order.
    #[serde(default)]
    pub highlights: Vec<HighlightRecord>,
}

/// The stored form of [`Article`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ArticleRecord {
    /// Article id (first 16 hex digits of `content_hash`).
    pub id: String,
    /// Headline.
    pub title: String,
    /// `"nl"` or `"en"`.
    pub language: String,
    /// The user chose the language (the detector's choice is not kept).
    #[serde(default)]
    pub language_set_by_user: bool,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub published: Option<String>,
    /// Byline.
    #[serde(default)]
    pub author: Option<String>,
    /// Category line.
    #[serde(default)]
    pub category: Option<String>,
    /// Name of the imported file.
    #[serde(default)]
    pub source_file: Option<String>,
    /// Hex SHA-256 of title and text.
    pub content_hash: String,
    /// The text split on `"\n\n"`, one paragraph per line for readable diffs.
    pub paragraphs: Vec<String>,
}

/// The stored form of [`Claim`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimRecord {
    /// Claim id.
    pub id: String,
    /// Span start (byte offset into the article text).
    pub start: usize,
    /// Span end (exclusive).
    pub end: usize,
    /// Exact text of the span.
    pub quote: String,
    /// Context before the quote.
    #[serde(default)]
    pub prefix: String,
    /// Context after the quote.
    #[serde(default)]
    pub suffix: String,
    /// The quote is no longer in the text; `start..end` is where it used to be.
    #[serde(default)]
    pub orphaned: bool,
    /// The claim as stated by the user.
    pub text: String,
    /// Kind name.
    pub kind: String,
    /// Check-worthiness.
    #[serde(default)]
    pub score: f32,
    /// Attribution.
    #[serde(default)]
    pub source: Option<String>,
    /// Hedged flag.
    #[serde(default)]
    pub hedged: bool,
    /// Hedge words.
    #[serde(default)]
    pub hedges: Vec<String>,
    /// Numbers.
    #[serde(default)]
    pub numbers: Vec<NumberRecord>,
    /// Entities.
    #[serde(default)]
    pub entities: Vec<EntityRecord>,
    /// Dates.
    #[serde(default)]
    pub dates: Vec<DateRecord>,
    /// Extraction reasons.
    #[serde(default)]
    pub reasons: Vec<String>,
    /// Review state name.
    #[serde(default = "default_status")]
    pub status: String,
    /// Verdict name.
    #[serde(default = "default_verdict")]
    pub verdict: String,
    /// Note.
    #[serde(default)]
    pub note: String,
    /// Tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// `"extracted"` or `"user"`.
    #[serde(default = "default_origin")]
    pub origin: String,
    /// Whether the user changed extractor fields.
    #[serde(default)]
    pub edited: bool,
}

/// The stored form of [`NumberMention`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NumberRecord {
    /// As written.
    pub text: String,
    /// Low value.
    #[serde(default)]
    pub low: Option<f64>,
    /// High value.
    #[serde(default)]
    pub high: Option<f64>,
    /// Unit.
    #[serde(default)]
    pub unit: Option<String>,
    /// Vague amount.
    #[serde(default)]
    pub approximate: bool,
}

/// The stored form of [`EntityMention`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityRecord {
    /// As written.
    pub text: String,
    /// Kind name.
    pub kind: String,
}

/// The stored form of [`DateMention`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateRecord {
    /// As written.
    pub text: String,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
}

/// The stored form of [`Highlight`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HighlightRecord {
    /// Highlight id.
    pub id: String,
    /// Span start.
    pub start: usize,
    /// Span end (exclusive).
    pub end: usize,
    /// Exact text of the span.
    pub quote: String,
    /// Context before.
    #[serde(default)]
    pub prefix: String,
    /// Context after.
    #[serde(default)]
    pub suffix: String,
    /// The quote is no longer in the text; `start..end` is where it used to be.
    #[serde(default)]
    pub orphaned: bool,
    /// Colour name.
    pub color: String,
    /// Note.
    #[serde(default)]
    pub note: String,
    /// Tags.
    #[serde(default)]
    pub tags: Vec<String>,
}

fn default_status() -> String {
    ClaimStatus::Unreviewed.as_str().to_owned()
}

fn default_verdict() -> String {
    Verdict::Unverified.as_str().to_owned()
}

fn default_origin() -> String {
    "extracted".to_owned()
}

/// A record that does not fit the model (bad span, unknown enum name, …).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{record}: {problem}")]
pub struct RecordError {
    /// Which record, e.g. `claim c12ab34cd`.
    pub record: String,
    /// What is wrong with it.
    pub problem: String,
}

impl RecordError {
    fn new(record: impl Into<String>, problem: impl Into<String>) -> Self {
        Self {
            record: record.into(),
            problem: problem.into(),
        }
    }
}

/// The document parts of a save file, converted to the model.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The article.
    pub article: Article,
    /// Claims in order.
    pub claims: Vec<Claim>,
    /// Highlights in order.
    pub highlights: Vec<Highlight>,
}

impl SaveFile {
    /// Builds the save file of a document.
    #[must_use]
    pub fn from_document(article: &Article, claims: &[Claim], highlights: &[Highlight]) -> Self {
        Self {
            format_version: FORMAT_VERSION,
            article: ArticleRecord {
                id: article.id.0.clone(),
                title: article.title.clone(),
                language: article.language.code().to_owned(),
                language_set_by_user: article.language_set_by_user,
                published: article.published.map(|d| d.format("%Y-%m-%d").to_string()),
                author: article.author.clone(),
                category: article.category.clone(),
                source_file: article.source_file.clone(),
                content_hash: article.content_hash.clone(),
                paragraphs: article.text.split("\n\n").map(str::to_owned).collect(),
            },
            claims: claims.iter().map(claim_record).collect(),
            highlights: highlights.iter().map(highlight_record).collect(),
        }
    }

    /// Converts back to the model. A claim or highlight that does not fit is left out and
    /// returned with the document, so one bad record never hides the others; only a bad
    /// article record fails the whole file.
    pub fn into_document(self) -> Result<(Document, Vec<RecordError>), RecordError> {
        let record = self.article;
        let language = Language::from_code(&record.language).ok_or_else(|| {
            RecordError::new("article", format!("unknown language {:?}", record.language))
        })?;
        let published = record
            .published
            .as_deref()
            .map(|d| parse_date(d, "article"))
            .transpose()?;
        let article = Article {
            id: ArticleId(record.id),
            title: record.title,
            text: record.paragraphs.join("\n\n"),
            language,
            language_set_by_user: record.language_set_by_user,
            published,
            author: record.author,
            category: record.category,
            source_file: record.source_file,
            content_hash: record.content_hash,
        };
        let mut damaged = Vec::new();
        let mut claims = Vec::with_capacity(self.claims.len());
        for record in self.claims {
            match claim_from_record(record, &article.text) {
                Ok(claim) => claims.push(claim),
                Err(error) => damaged.push(error),
            }
        }
        let mut highlights = Vec::with_capacity(self.highlights.len());
        for record in self.highlights {
            match highlight_from_record(record, &article.text) {
                Ok(highlight) => highlights.push(highlight),
                Err(error) => damaged.push(error),
            }
        }
        Ok((
            Document {
                article,
                claims,
                highlights,
            },
            damaged,
        ))
    }
}

/// Why a file's version cannot be read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("format version {0} is older than any claimreader release ({OLDEST_VERSION})")]
pub struct TooOld(pub u32);

/// Brings a file of an older version up to [`FORMAT_VERSION`], one version at a time.
/// Files of the current or a newer version are left alone.
pub fn migrate(file: &mut SaveFile) -> Result<(), TooOld> {
    if file.format_version < OLDEST_VERSION {
        return Err(TooOld(file.format_version));
    }
    while file.format_version < FORMAT_VERSION {
        match file.format_version {
            1 => migrate_1_to_2(file),
            other => return Err(TooOld(other)),
        }
    }
    Ok(())
}

/// Version 1 knew neither a user-chosen language nor orphaned anchors: the language was
/// always the detector's, and every anchor was placed (its span had to fit the text).
fn migrate_1_to_2(file: &mut SaveFile) {
    file.article.language_set_by_user = false;
    for claim in &mut file.claims {
        claim.orphaned = false;
    }
    for highlight in &mut file.highlights {
        highlight.orphaned = false;
    }
    file.format_version = 2;
}

fn parse_date(text: &str, record: &str) -> Result<NaiveDate, RecordError> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| RecordError::new(record, format!("bad date {text:?} (want YYYY-MM-DD)")))
}

fn claim_record(claim: &Claim) -> ClaimRecord {
    ClaimRecord {
        id: claim.id.0.clone(),
        start: claim.anchor.span.start(),
        end: claim.anchor.span.end(),
        quote: claim.anchor.quote.clone(),
        prefix: claim.anchor.prefix.clone(),
        suffix: claim.anchor.suffix.clone(),
        orphaned: claim.anchor.orphaned,
        text: claim.text.clone(),
        kind: claim.kind.as_str().to_owned(),
        score: claim.score,
        source: claim.source.clone(),
        hedged: claim.hedged,
        hedges: claim.hedges.clone(),
        numbers: claim
            .numbers
            .iter()
            .map(|n| NumberRecord {
                text: n.text.clone(),
                low: n.low,
                high: n.high,
                unit: n.unit.clone(),
                approximate: n.approximate,
            })
            .collect(),
        entities: claim
            .entities
            .iter()
            .map(|e| EntityRecord {
                text: e.text.clone(),
                kind: e.kind.as_str().to_owned(),
            })
            .collect(),
        dates: claim
            .dates
            .iter()
            .map(|d| DateRecord {
                text: d.text.clone(),
                date: d.date.map(|d| d.format("%Y-%m-%d").to_string()),
            })
            .collect(),
        reasons: claim.reasons.clone(),
        status: claim.status.as_str().to_owned(),
        verdict: claim.verdict.as_str().to_owned(),
        note: claim.note.clone(),
        tags: claim.tags.clone(),
        origin: match claim.origin {
            ClaimOrigin::Extracted => "extracted",
            ClaimOrigin::User => "user",
        }
        .to_owned(),
        edited: claim.edited,
    }
}

/// The stored parts of an anchor.
struct AnchorParts {
    start: usize,
    end: usize,
    quote: String,
    prefix: String,
    suffix: String,
    orphaned: bool,
}

fn anchor_from_parts(text: &str, record: &str, parts: AnchorParts) -> Result<Anchor, RecordError> {
    let AnchorParts {
        start,
        end,
        quote,
        prefix,
        suffix,
        orphaned,
    } = parts;
    if orphaned {
        if start > end {
            return Err(RecordError::new(
                record,
                format!("span {start}..{end} is reversed"),
            ));
        }
        return Ok(Anchor {
            span: TextSpan::stale(start..end),
            quote,
            prefix,
            suffix,
            orphaned,
        });
    }
    let span = TextSpan::new(text, start..end).ok_or_else(|| {
        RecordError::new(
            record,
            format!("span {start}..{end} does not fit the article text"),
        )
    })?;
    if span.slice(text) != quote {
        return Err(RecordError::new(
            record,
            format!("the text at {start}..{end} is not the stored quote {quote:?}"),
        ));
    }
    Ok(Anchor {
        span,
        quote,
        prefix,
        suffix,
        orphaned,
    })
}

fn claim_from_record(record: ClaimRecord, text: &str) -> Result<Claim, RecordError> {
    let name = format!("claim {}", record.id);
    let anchor = anchor_from_parts(
        text,
        &name,
        AnchorParts {
            start: record.start,
            end: record.end,
            quote: record.quote,
            prefix: record.prefix,
            suffix: record.suffix,
            orphaned: record.orphaned,
        },
    )?;
    let kind = ClaimKind::parse(&record.kind)
        .ok_or_else(|| RecordError::new(&name, format!("unknown kind {:?}", record.kind)))?;
    let status = ClaimStatus::parse(&record.status)
        .ok_or_else(|| RecordError::new(&name, format!("unknown status {:?}", record.status)))?;
    let verdict = Verdict::parse(&record.verdict)
        .ok_or_else(|| RecordError::new(&name, format!("unknown verdict {:?}", record.verdict)))?;
    let origin = match record.origin.as_str() {
        "extracted" => ClaimOrigin::Extracted,
        "user" => ClaimOrigin::User,
        other => return Err(RecordError::new(&name, format!("unknown origin {other:?}"))),
    };
    let entities = record
        .entities
        .into_iter()
        .map(|e| {
            EntityKind::parse(&e.kind)
                .map(|kind| EntityMention { text: e.text, kind })
                .ok_or_else(|| RecordError::new(&name, format!("unknown entity kind {:?}", e.kind)))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let dates = record
        .dates
        .into_iter()
        .map(|d| {
            Ok(DateMention {
                date: d
                    .date
                    .as_deref()
                    .map(|s| parse_date(s, &name))
                    .transpose()?,
                text: d.text,
            })
        })
        .collect::<Result<Vec<_>, RecordError>>()?;
    Ok(Claim {
        id: ClaimId(record.id),
        anchor,
        text: record.text,
        kind,
        score: record.score,
        source: record.source,
        hedged: record.hedged,
        hedges: record.hedges,
        numbers: record
            .numbers
            .into_iter()
            .map(|n| NumberMention {
                text: n.text,
                low: n.low,
                high: n.high,
                unit: n.unit,
                approximate: n.approximate,
            })
            .collect(),
        entities,
        dates,
        reasons: record.reasons,
        status,
        verdict,
        note: record.note,
        tags: record.tags,
        origin,
        edited: record.edited,
    })
}

fn highlight_record(highlight: &Highlight) -> HighlightRecord {
    HighlightRecord {
        id: highlight.id.0.clone(),
        start: highlight.anchor.span.start(),
        end: highlight.anchor.span.end(),
        quote: highlight.anchor.quote.clone(),
        prefix: highlight.anchor.prefix.clone(),
        suffix: highlight.anchor.suffix.clone(),
        orphaned: highlight.anchor.orphaned,
        color: highlight.color.as_str().to_owned(),
        note: highlight.note.clone(),
        tags: highlight.tags.clone(),
    }
}

fn highlight_from_record(record: HighlightRecord, text: &str) -> Result<Highlight, RecordError> {
    let name = format!("highlight {}", record.id);
    let anchor = anchor_from_parts(
        text,
        &name,
        AnchorParts {
            start: record.start,
            end: record.end,
            quote: record.quote,
            prefix: record.prefix,
            suffix: record.suffix,
            orphaned: record.orphaned,
        },
    )?;
    let color = HighlightColor::parse(&record.color)
        .ok_or_else(|| RecordError::new(&name, format!("unknown colour {:?}", record.color)))?;
    Ok(Highlight {
        id: HighlightId(record.id),
        anchor,
        color,
        note: record.note,
        tags: record.tags,
    })
}
