//! Dates: absolute ("4 september 2025", "September 4, 2025", "2025-09-04", "9 april") and
//! relative ("woensdag", "vorige week", "volgend jaar", "on Friday", "last month"),
//! resolved against the article's publication date.
//!
//! A relative date without a publication date is kept with `date: None`. Periods (a week,
//! a month, a year) resolve to their first day. A bare weekday means the most recent such
//! day on or before publication, since news reports mostly look back; "next"/"volgende"
//! looks forward.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use regex::Regex;

use super::text;
use super::text::{lower_regex, regex, slice};
use crate::model::DateMention;

/// A date found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundDate {
    /// Byte range in the analysed text.
    pub range: Range<usize>,
    /// The resolved date, when it could be resolved.
    pub date: Option<NaiveDate>,
    /// True for dates written with a day or year number (also reported as numbers).
    pub absolute: bool,
}

const MONTHS: &str = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|jan|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec";

static ISO: LazyLock<Regex> = LazyLock::new(|| regex(r"\b(\d{4})-(\d{2})-(\d{2})\b"));
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i)\b(\d{{1,2}})\s+({MONTHS})\.?(?:\s+(\d{{4}}))?\b"
    ))
});
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i)\b({MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b"
    ))
});
static MONTH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!(r"(?i)\b({MONTHS})\s+(\d{{4}})\b")));
/// A month name as a whole word, which every match of the three month patterns holds
/// (they put `\b` or `\s` before it and `\b`, `\s` or a dot after it): one scan for
/// this says whether those three scans can find anything.
static MONTH_WORD: LazyLock<Regex> = LazyLock::new(|| regex(&format!(r"(?i)\b(?:{MONTHS})\b")));
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:(vorige|afgelopen|deze|volgende|komende|last|this|next|past|coming)\s+)?(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|maand|jaar|month|year)(?:ochtend|middag|avond|nacht)?\b|\b(vandaag|today|gisteren|yesterday|eergisteren|morgen|tomorrow|vorig\s+jaar|dit\s+jaar|volgend\s+jaar|earlier\s+this\s+(?:week|month|year)|eerder\s+deze\s+(?:week|maand))\b",
    )
});

/// A date given as an offset from publication: "over zes weken", "in two weeks' time",
/// "twee jaar geleden", "three days ago". English "in two weeks" alone is left out: it
/// is as often a duration ("rose 5% in two weeks").
static OFFSET: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)(?:\b(?P<pre>over|in)\s+)?\b(?P<n>\d{1,3}|een|één|anderhalf|anderhalve|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?P<unit>dagen|dag|weken|week|maanden|maand|jaar|days?|weeks?|months?|years?)(?P<post>['’]?\s+time|\s+geleden|\s+ago)?\b",
    )
});

/// A month named without a day or year after a preposition: "in september", "since
/// March", "vanaf juni". It is resolved to the first of that month.
static MONTH_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(in|sinds|since|last|vorige|afgelopen|begin|eind|early|late|medio|from|vanaf|until|tot|next|volgende|komende|per)\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october)\b",
    )
});

/// The modifiers of [`RELATIVE`] ("vorige", "next").
fn is_modifier(word: &str) -> bool {
    matches!(
        word,
        "vorige"
            | "afgelopen"
            | "deze"
            | "volgende"
            | "komende"
            | "last"
            | "this"
            | "next"
            | "past"
            | "coming"
    )
}

/// A match of [`RELATIVE`] split into its modifier and its head ("last" and "week" in
/// "last week"; no modifier and "vorig jaar" in "vorig jaar"), as its groups would give
/// them: no phrase of the second branch starts with a modifier, and `\s` is the Unicode
/// whitespace of [`char::is_whitespace`].
fn relative_parts(found: &str) -> (Option<&str>, &str) {
    match found.split_once(char::is_whitespace) {
        Some((first, rest)) if is_modifier(first) => (Some(first), rest.trim_start()),
        _ => (None, found),
    }
}

/// Finds the dates in `text[range]` (absolute offsets) and resolves them against
/// `published`.
#[must_use]
pub fn find_dates(text: &str, range: Range<usize>, published: Option<NaiveDate>) -> Vec<FoundDate> {
    let piece = slice(text, range.clone());
    let absolute = if piece.bytes().any(|b| b.is_ascii_digit()) {
        absolute_dates(piece, published)
    } else {
        Vec::new()
    };
    find_dates_with(text, range, published, absolute)
}

/// Like [`find_dates`], given the absolute dates of `text[range]` from [`absolute_dates`]
/// (ranges relative to it).
#[must_use]
pub fn find_dates_with(
    text: &str,
    range: Range<usize>,
    published: Option<NaiveDate>,
    absolute: Vec<FoundDate>,
) -> Vec<FoundDate> {
    find_dates_lowered(text, range, published, absolute, None)
}

/// [`find_dates_with`], given `text[range]` ASCII-lowercased when the caller has it.
pub(crate) fn find_dates_lowered(
    text: &str,
    range: Range<usize>,
    published: Option<NaiveDate>,
    absolute: Vec<FoundDate>,
    lowered: Option<&str>,
) -> Vec<FoundDate> {
    let base = range.start;
    let piece = slice(text, range);
    let mut out = absolute;
    for found in &mut out {
        found.range = found.range.start + base..found.range.end + base;
    }
    // The pattern is written for ASCII-lowercased text (same byte offsets).
    let lower = text::ascii_lowercase(piece, lowered);
    // A match says which groups took part (see `relative_parts`): no captures needed.
    for whole in RELATIVE.find_iter(&lower) {
        let at = whole.start() + base..whole.end() + base;
        if out
            .iter()
            .any(|d| d.range.start < at.end && at.start < d.range.end)
        {
            continue;
        }
        let (modifier, head) = relative_parts(whole.as_str());
        // A bare "week", "maand" or "jaar" is not a date ("per jaar", "a year").
        if modifier.is_none() && matches!(head, "week" | "maand" | "jaar" | "month" | "year") {
            continue;
        }
        let date = published.and_then(|day| resolve_relative(modifier, head, day));
        out.push(FoundDate {
            range: at,
            date,
            absolute: false,
        });
    }
    // "over" is a common word: only one before a number can open an offset.
    let over_number = || {
        lower.match_indices("over ").any(|(at, _)| {
            let next = slice(&lower, at + 5..lower.len())
                .split_whitespace()
                .next()
                .unwrap_or("");
            next.starts_with(|c: char| c.is_ascii_digit())
                || super::numbers::word_value(next).is_some()
        })
    };
    if lower.contains(" time")
        || lower.contains("geleden")
        || lower.contains(" ago")
        || over_number()
    {
        for caps in text::captures_iter(&OFFSET, &lower) {
            let Some(whole) = caps.get(0) else { continue };
            let pre = caps.name("pre").map(|m| m.as_str());
            let post = caps.name("post").map(|m| m.as_str().trim_start());
            let forward = match (pre, post) {
                (_, Some("geleden" | "ago")) => false,
                (Some("over"), None) => {
                    // "verspreid over twee jaar": a span, not a date.
                    let before = slice(&lower, 0..whole.start()).trim_end();
                    if ["verspreid", "gespreid", "verdeeld", "uitgesmeerd"]
                        .iter()
                        .any(|w| before.ends_with(w))
                    {
                        continue;
                    }
                    true
                }
                (Some("in"), Some(time)) if time.ends_with("time") => true,
                _ => continue,
            };
            let at = whole.start() + base..whole.end() + base;
            if out
                .iter()
                .any(|d| d.range.start < at.end && at.start < d.range.end)
            {
                continue;
            }
            // In half units, for "over anderhalf jaar" (eighteen months).
            let halves = caps.name("n").and_then(|n| {
                n.as_str()
                    .parse::<u32>()
                    .ok()
                    .map(|whole| whole * 2)
                    .or_else(|| {
                        super::numbers::word_value(n.as_str()).map(|v| (v * 2.0).round() as u32)
                    })
            });
            let unit = caps.name("unit").map_or("", |m| m.as_str());
            let date = published
                .zip(halves)
                .and_then(|(day, halves)| offset_date(day, halves, unit, forward));
            out.push(FoundDate {
                range: at,
                date,
                absolute: false,
            });
        }
    }
    if MONTH_WORD.is_match(&lower) {
        for caps in text::captures_iter(&MONTH_ONLY, &lower) {
            let (Some(word), Some(month)) = (caps.get(1), caps.get(2)) else {
                continue;
            };
            let at = month.start() + base..month.end() + base;
            // "may" needs a capital: lowercase it is the modal verb.
            let capital = slice(piece, month.range()).starts_with(char::is_uppercase);
            if month.as_str() == "may" && !capital
                || out
                    .iter()
                    .any(|d| d.range.start < at.end && at.start < d.range.end)
            {
                continue;
            }
            let forward = matches!(
                word.as_str(),
                "from" | "vanaf" | "until" | "tot" | "next" | "volgende" | "komende" | "per"
            );
            let date = published
                .and_then(|day| resolve_month(month_number(month.as_str())?, forward, day));
            out.push(FoundDate {
                range: at,
                date,
                absolute: false,
            });
        }
    }
    out.sort_by_key(|d| d.range.start);
    out
}

/// The first of `month` nearest to `published`: the last one up to it, or with `forward`
/// the current or next one.
fn resolve_month(month: u32, forward: bool, published: NaiveDate) -> Option<NaiveDate> {
    let year = published.year();
    let this = NaiveDate::from_ymd_opt(year, month, 1)?;
    if forward {
        if month >= published.month() {
            Some(this)
        } else {
            NaiveDate::from_ymd_opt(year + 1, month, 1)
        }
    } else if month <= published.month() {
        Some(this)
    } else {
        NaiveDate::from_ymd_opt(year - 1, month, 1)
    }
}

/// The dates in `text` as [`DateMention`]s, resolved against `published`.
#[must_use]
pub fn resolve(text: &str, published: Option<NaiveDate>) -> Vec<DateMention> {
    find_dates(text, 0..text.len(), published)
        .into_iter()
        .map(|found| DateMention {
            text: slice(text, found.range).to_owned(),
            date: found.date,
        })
        .collect()
}

/// Absolute dates in `piece`, with ranges relative to `piece`. A day and month without a
/// year take the publication year.
#[must_use]
pub fn absolute_dates(piece: &str, published: Option<NaiveDate>) -> Vec<FoundDate> {
    let mut out: Vec<FoundDate> = Vec::new();
    let mut push = |range: Range<usize>, date: Option<NaiveDate>| {
        if !out
            .iter()
            .any(|d| d.range.start < range.end && range.start < d.range.end)
        {
            out.push(FoundDate {
                range,
                date,
                absolute: true,
            });
        }
    };
    // Each pattern needs its key bytes: a hyphen, or a month name as a word.
    let iso = memchr::memchr(b'-', piece.as_bytes()).is_some();
    let months = MONTH_WORD.is_match(piece);
    for caps in text::captures_iter(&ISO, if iso { piece } else { "" }) {
        let (Some(whole), Some(y), Some(m), Some(d)) =
            (caps.get(0), caps.get(1), caps.get(2), caps.get(3))
        else {
            continue;
        };
        let date = ymd(
            y.as_str().parse().ok(),
            m.as_str().parse().ok(),
            d.as_str().parse().ok(),
        );
        push(whole.range(), date);
    }
    let year_of = |m: Option<regex::Match<'_>>| -> Option<i32> {
        m.and_then(|y| y.as_str().parse().ok())
            .or_else(|| published.map(|p| p.year()))
    };
    for caps in text::captures_iter(&DAY_MONTH, if months { piece } else { "" }) {
        let (Some(whole), Some(d), Some(m)) = (caps.get(0), caps.get(1), caps.get(2)) else {
            continue;
        };
        let date = ymd(
            year_of(caps.get(3)),
            month_number(m.as_str()),
            d.as_str().parse().ok(),
        );
        let date = if caps.get(3).is_none() {
            nearest_year(date, published, since_before(piece, whole.start()))
        } else {
            date
        };
        push(whole.range(), date);
    }
    for caps in text::captures_iter(&MONTH_DAY, if months { piece } else { "" }) {
        let (Some(whole), Some(m), Some(d)) = (caps.get(0), caps.get(1), caps.get(2)) else {
            continue;
        };
        // "May 5" needs a capital: lowercase "may" is the modal verb.
        if m.as_str() == "may" || m.as_str() == "mar" {
            continue;
        }
        let date = ymd(
            year_of(caps.get(3)),
            month_number(m.as_str()),
            d.as_str().parse().ok(),
        );
        let date = if caps.get(3).is_none() {
            nearest_year(date, published, since_before(piece, whole.start()))
        } else {
            date
        };
        push(whole.range(), date);
    }
    for caps in text::captures_iter(&MONTH_YEAR, if months { piece } else { "" }) {
        let (Some(whole), Some(m), Some(y)) = (caps.get(0), caps.get(1), caps.get(2)) else {
            continue;
        };
        let date = ymd(y.as_str().parse().ok(), month_number(m.as_str()), Some(1));
        push(whole.range(), date);
    }
    out.sort_by_key(|d| d.range.start);
    out
}

/// True when "sinds"/"since" comes right before `at`: the date lies in the past.
fn since_before(piece: &str, at: usize) -> bool {
    let before = text::slice(piece, 0..at).trim_end().to_ascii_lowercase();
    before.ends_with("sinds") || before.ends_with("since")
}

/// A day and month written without a year, put in the year that makes it nearest to the
/// publication date ("on Dec. 20" in an article of 5 January is last December), and in
/// the past after "sinds/since".
fn nearest_year(
    date: Option<NaiveDate>,
    published: Option<NaiveDate>,
    past: bool,
) -> Option<NaiveDate> {
    let (Some(date), Some(published)) = (date, published) else {
        return date;
    };
    let shift = |years: i32| {
        NaiveDate::from_ymd_opt(date.year() + years, date.month(), date.day()).or(Some(date))
    };
    let ahead = (date - published).num_days();
    if ahead > 0 && (past || ahead > 183) {
        shift(-1)
    } else if ahead < -183 && !past {
        shift(1)
    } else {
        Some(date)
    }
}

fn ymd(year: Option<i32>, month: Option<u32>, day: Option<u32>) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year?, month?, day?)
}

/// The month number of a Dutch or English month name or abbreviation.
#[must_use]
pub fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_lowercase();
    let key = lower.get(..3)?;
    let month = match key {
        "jan" => 1,
        "feb" => 2,
        "maa" | "mrt" | "mar" => 3,
        "apr" => 4,
        "mei" | "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "okt" | "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(month)
}

/// Whether `word` is a whole month name or its abbreviation ("March", "okt", "Sept."),
/// unlike [`month_number`], which reads only the first three letters ("Marlow" is March).
pub(crate) fn month_name(word: &str) -> bool {
    let lower = word.trim_end_matches('.').to_lowercase();
    MONTHS.split('|').any(|month| month == lower)
}

/// True for the name of a day of the week, Dutch or English, lowercased.
pub(crate) fn weekday_name(name: &str) -> bool {
    weekday(name).is_some()
}

fn weekday(name: &str) -> Option<Weekday> {
    let day = match name {
        "maandag" | "monday" => Weekday::Mon,
        "dinsdag" | "tuesday" => Weekday::Tue,
        "woensdag" | "wednesday" => Weekday::Wed,
        "donderdag" | "thursday" => Weekday::Thu,
        "vrijdag" | "friday" => Weekday::Fri,
        "zaterdag" | "saturday" => Weekday::Sat,
        "zondag" | "sunday" => Weekday::Sun,
        _ => return None,
    };
    Some(day)
}

/// `published` moved `halves` half days, weeks, months or years forward or back (half a
/// month counts as fifteen days).
fn offset_date(published: NaiveDate, halves: u32, unit: &str, forward: bool) -> Option<NaiveDate> {
    let days = match unit {
        "dag" | "dagen" | "day" | "days" => Some(halves / 2),
        "week" | "weken" | "weeks" => Some(halves * 7 / 2),
        "maand" | "maanden" | "month" | "months" if halves % 2 == 1 => Some(halves * 15),
        _ => None,
    };
    if let Some(days) = days {
        let days = Days::new(u64::from(days));
        return if forward {
            published.checked_add_days(days)
        } else {
            published.checked_sub_days(days)
        };
    }
    let months = match unit {
        "maand" | "maanden" | "month" | "months" => halves / 2,
        _ => halves * 6,
    };
    if forward {
        published.checked_add_months(Months::new(months))
    } else {
        published.checked_sub_months(Months::new(months))
    }
}

fn resolve_relative(modifier: Option<&str>, head: &str, published: NaiveDate) -> Option<NaiveDate> {
    let forward = matches!(modifier, Some("volgende" | "komende" | "next" | "coming"));
    let backward = matches!(modifier, Some("vorige" | "afgelopen" | "last" | "past"));
    let head = head.split_whitespace().collect::<Vec<_>>().join(" ");
    // "donderdagochtend" is Thursday.
    let day_part = ["ochtend", "middag", "avond", "nacht"]
        .iter()
        .find_map(|part| head.strip_suffix(part))
        .unwrap_or(&head);
    if let Some(day) = weekday(day_part) {
        let today = published.weekday().num_days_from_monday();
        let target = day.num_days_from_monday();
        return if forward {
            let ahead = (target + 7 - today) % 7;
            published.checked_add_days(Days::new(u64::from(if ahead == 0 { 7 } else { ahead })))
        } else {
            let back = (today + 7 - target) % 7;
            let back = if backward && back == 0 { 7 } else { back };
            published.checked_sub_days(Days::new(u64::from(back)))
        };
    }
    let week_start = published.checked_sub_days(Days::new(u64::from(
        published.weekday().num_days_from_monday(),
    )))?;
    let month_start = published.with_day(1)?;
    let year_start = published.with_ordinal(1)?;
    match head.as_str() {
        "vandaag" | "today" => Some(published),
        "gisteren" | "yesterday" => published.checked_sub_days(Days::new(1)),
        "eergisteren" => published.checked_sub_days(Days::new(2)),
        "morgen" | "tomorrow" => published.checked_add_days(Days::new(1)),
        "vorig jaar" => year_start.with_year(year_start.year() - 1),
        "volgend jaar" => year_start.with_year(year_start.year() + 1),
        "week" if forward => week_start.checked_add_days(Days::new(7)),
        "week" if backward => week_start.checked_sub_days(Days::new(7)),
        "week" | "earlier this week" | "eerder deze week" => Some(week_start),
        "maand" | "month" if forward => month_start.checked_add_months(Months::new(1)),
        "maand" | "month" if backward => month_start.checked_sub_months(Months::new(1)),
        "maand" | "month" | "earlier this month" | "eerder deze maand" => Some(month_start),
        "jaar" | "year" if forward => year_start.with_year(year_start.year() + 1),
        "jaar" | "year" if backward => year_start.with_year(year_start.year() - 1),
        "jaar" | "year" | "dit jaar" | "earlier this year" => Some(year_start),
        _ => None,
    }
}
