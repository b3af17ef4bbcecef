//! A claim: a checkable statement the article makes, with what the extractor or the user
//! found out about it.

use std::fmt;

use chrono::NaiveDate;

use super::anchor::Anchor;

/// Stable identifier of a claim within its article, such as `"c3f9a01b2"`.
///
/// Extracted claims get an id derived from their span and quote, so re-extraction finds
/// the same ids; ids never change once assigned.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClaimId(pub String);

impl fmt::Display for ClaimId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What the checkable core of a claim is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum ClaimKind {
    /// A number is the point.
    Quantity,
    /// A comparison, superlative or "N times".
    Comparison,
    /// Something happened.
    Event,
    /// An authority or company decided, ordered, allowed or banned something.
    Decision,
    /// A direct quotation.
    Quote,
    /// A plan, schedule or forecast.
    Prediction,
    /// A stance reported in indirect speech.
    Attribution,
    /// A checkable state or background fact.
    #[default]
    Other,
}

impl ClaimKind {
    /// Every kind, in display order.
    pub const ALL: [Self; 8] = [
        Self::Quantity,
        Self::Comparison,
        Self::Event,
        Self::Decision,
        Self::Quote,
        Self::Prediction,
        Self::Attribution,
        Self::Other,
    ];

    /// Lowercase name as used in JSON output and save files.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Quantity => "quantity",
            Self::Comparison => "comparison",
            Self::Event => "event",
            Self::Decision => "decision",
            Self::Quote => "quote",
            Self::Prediction => "prediction",
            Self::Attribution => "attribution",
            Self::Other => "other",
        }
    }

    /// Parses [`ClaimKind::as_str`] output.
    #[must_use]
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == name)
    }
}

/// Where the user is in reviewing a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum ClaimStatus {
    /// Not looked at yet.
    #[default]
    Unreviewed,
    /// The user agrees this is a claim as described.
    Accepted,
    /// The user says this is not a claim.
    Rejected,
}

impl ClaimStatus {
    /// Every status, in display order.
    pub const ALL: [Self; 3] = [Self::Unreviewed, Self::Accepted, Self::Rejected];

    /// Lowercase name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unreviewed => "unreviewed",
            Self::Accepted => "accepted",
            Self::Rejected => "rejected",
        }
    }

    /// Parses [`ClaimStatus::as_str`] output.
    #[must_use]
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.as_str() == name)
    }
}

/// The user's fact-check verdict on a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Verdict {
    /// Not checked yet.
    #[default]
    Unverified,
    /// Evidence supports it.
    Supported,
    /// Evidence is mixed or contested.
    Disputed,
    /// Evidence contradicts it.
    Refuted,
}

impl Verdict {
    /// Every verdict, in display order.
    pub const ALL: [Self; 4] = [
        Self::Unverified,
        Self::Supported,
        Self::Disputed,
        Self::Refuted,
    ];

    /// Lowercase name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unverified => "unverified",
            Self::Supported => "supported",
            Self::Disputed => "disputed",
            Self::Refuted => "refuted",
        }
    }

    /// Parses [`Verdict::as_str`] output.
    #[must_use]
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|verdict| verdict.as_str() == name)
    }
}

/// Who made a claim entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum ClaimOrigin {
    /// Found by the extractor.
    #[default]
    Extracted,
    /// Added by the user from a selection.
    User,
}

/// A numeric expression inside a claim.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct NumberMention {
    /// As written, e.g. `"$10.000–$12.000"` or `"zes keer"`.
    pub text: String,
    /// Lower (or only) value, normalised (`10000.0`); `None` when it has no clear value.
    pub low: Option<f64>,
    /// Upper value of a range; equal to `low` for a single value.
    pub high: Option<f64>,
    /// Unit or currency: `"USD"`, `"EUR"`, `"%"`, `"times"`, `"year"`, …
    pub unit: Option<String>,
    /// True for vague amounts ("tienduizenden", "about 5").
    pub approximate: bool,
}

/// The category of a named entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum EntityKind {
    /// Companies, agencies, governments, media.
    #[default]
    Organization,
    /// Named people.
    Person,
    /// Products, chips, technologies.
    Product,
    /// Countries, cities, regions.
    Place,
}

impl EntityKind {
    /// Every entity kind.
    pub const ALL: [Self; 4] = [Self::Organization, Self::Person, Self::Product, Self::Place];

    /// Lowercase name as used in JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Organization => "organization",
            Self::Person => "person",
            Self::Product => "product",
            Self::Place => "place",
        }
    }

    /// Parses [`EntityKind::as_str`] output.
    #[must_use]
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == name)
    }
}

/// A named entity inside a claim, in its surface form.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityMention {
    /// As written in the text.
    pub text: String,
    /// Its category.
    pub kind: EntityKind,
}

/// A date mentioned in (or implied by) a claim, resolved where possible.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMention {
    /// As written, e.g. `"woensdag"` or `"4 september 2025"`.
    pub text: String,
    /// The resolved calendar date, when it could be resolved.
    pub date: Option<NaiveDate>,
}

/// One claim of an article.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// Stable id.
    pub id: ClaimId,
    /// Where the claim sits in the article text.
    pub anchor: Anchor,
    /// The claim as the user wants to state it; starts as the quote and may be edited.
    pub text: String,
    /// What kind of claim it is.
    pub kind: ClaimKind,
    /// Check-worthiness in `0.0..=1.0`.
    pub score: f32,
    /// To whom the article attributes it; `None` when the article asserts it itself.
    pub source: Option<String>,
    /// True when the article marks the claim as uncertain or only reported.
    pub hedged: bool,
    /// The words that make it hedged.
    pub hedges: Vec<String>,
    /// Numbers in the claim.
    pub numbers: Vec<NumberMention>,
    /// Named entities in the claim.
    pub entities: Vec<EntityMention>,
    /// Dates in the claim, resolved against the publication date.
    pub dates: Vec<DateMention>,
    /// Why it was extracted: the cues that fired.
    pub reasons: Vec<String>,
    /// Review state.
    pub status: ClaimStatus,
    /// Fact-check verdict.
    pub verdict: Verdict,
    /// Free-text note.
    pub note: String,
    /// User tags, kept sorted and unique.
    pub tags: Vec<String>,
    /// Extractor or user.
    pub origin: ClaimOrigin,
    /// True once the user changed any field the extractor fills.
    pub edited: bool,
}

impl Claim {
    /// A fresh claim over `anchor` with default attributes and `text` equal to the quote.
    #[must_use]
    pub fn new(id: ClaimId, anchor: Anchor, origin: ClaimOrigin) -> Self {
        Self {
            id,
            text: anchor.quote.trim().to_owned(),
            anchor,
            kind: ClaimKind::Other,
            score: 0.0,
            source: None,
            hedged: false,
            hedges: Vec::new(),
            numbers: Vec::new(),
            entities: Vec::new(),
            dates: Vec::new(),
            reasons: Vec::new(),
            status: ClaimStatus::Unreviewed,
            verdict: Verdict::Unverified,
            note: String::new(),
            tags: Vec::new(),
            origin,
            edited: false,
        }
    }

    /// The numbers as written, joined with `separator` (for lists and reports).
    #[must_use]
    pub fn numbers_text(&self, separator: &str) -> String {
        let texts: Vec<&str> = self.numbers.iter().map(|n| n.text.as_str()).collect();
        texts.join(separator)
    }

    /// The entities as written, joined with `separator` (for lists and reports).
    #[must_use]
    pub fn entities_text(&self, separator: &str) -> String {
        let texts: Vec<&str> = self.entities.iter().map(|e| e.text.as_str()).collect();
        texts.join(separator)
    }

    /// True when the user has put work into this claim, so re-extraction must keep it.
    #[must_use]
    pub fn has_user_work(&self) -> bool {
        self.origin == ClaimOrigin::User
            || self.edited
            || self.status != ClaimStatus::Unreviewed
            || self.verdict != Verdict::Unverified
            || !self.note.is_empty()
            || !self.tags.is_empty()
    }
}

/// Derives a claim id from a span and quote: `"c"` plus 8 hex digits of their hash.
#[must_use]
pub fn derive_claim_id(start: usize, quote: &str) -> ClaimId {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    hasher.update(start.to_le_bytes());
    hasher.update(quote.as_bytes());
    let digest = hasher.finalize();
    // Written out by hand: `format!` costs more than the hash for a short quote.
    let mut id = String::with_capacity(9);
    id.push('c');
    for byte in digest.iter().take(4) {
        for nibble in [byte >> 4, byte & 0x0f] {
            id.push(char::from_digit(u32::from(nibble), 16).unwrap_or('0'));
        }
    }
    ClaimId(id)
}
