//! Parsing publication dates written in Dutch or English.
//!
//! Understands, with an optional leading weekday and optional trailing time
//! ("om 19:00", "at 7 pm", "19:00 CET"):
//! - `2025-09-04`, `2025/09/04`, `04-09-2025`, `4.9.2025`, `04/09/2025` (day first, as in Dutch
//!   and British usage);
//! - `4 september 2025`, `04 sep. 2025`, `4 Sep 2025`, `4th of September 2025`;
//! - `September 4, 2025`, `Sept. 4th 2025`.
//!
//! Month names are accepted in full and abbreviated, in both languages, case-insensitively.
//! Known limitation: numeric dates with the month first (US `09/04/2025`) are read day first
//! unless the first number cannot be a month.

use chrono::NaiveDate;

/// Parses a date line such as `"donderdag, 04 september 2025 om 19:00"` or
/// `"September 4, 2025"`. Returns `None` when the line is not (only) a date.
#[must_use]
pub fn parse_date(line: &str) -> Option<NaiveDate> {
    let tokens = tokenize(line);
    let tokens = strip_weekday(&tokens);
    let (date, used) = parse_tokens(tokens)?;
    // Whatever follows the date must look like a time, not more prose.
    is_time_tail(tokens.get(used..).unwrap_or_default()).then_some(date)
}

/// Finds a date at the start of `text` and returns it with the byte length it occupies.
/// Used for lines where a date is followed by other words.
#[must_use]
pub fn parse_date_prefix(text: &str) -> Option<(NaiveDate, usize)> {
    let word_ends: Vec<usize> = text
        .char_indices()
        .filter(|&(_, c)| c.is_whitespace())
        .map(|(at, _)| at)
        .chain(std::iter::once(text.len()))
        .collect();
    // Try the longest prefix of at most six words first.
    word_ends
        .iter()
        .take(6)
        .rev()
        .find_map(|&end| parse_date(text.get(..end)?).map(|date| (date, end)))
}

/// Splits into words and numbers, dropping punctuation such as `,` `.` and `/`.
fn tokenize(line: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    let mut current_is_digit = false;
    for c in line.chars() {
        let is_word = c.is_alphanumeric();
        if is_word && !current.is_empty() && c.is_ascii_digit() != current_is_digit {
            tokens.push(std::mem::take(&mut current));
        }
        if is_word {
            current_is_digit = c.is_ascii_digit();
            current.extend(c.to_lowercase());
        } else if !current.is_empty() {
            tokens.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    tokens
}

const WEEKDAYS: &[&str] = &[
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "ma",
    "di",
    "wo",
    "do",
    "vr",
    "za",
    "zo",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

fn strip_weekday(tokens: &[String]) -> &[String] {
    match tokens.split_first() {
        Some((first, rest)) if WEEKDAYS.contains(&first.as_str()) => rest,
        _ => tokens,
    }
}

/// The month number of a Dutch or English month name or abbreviation.
fn month(word: &str) -> Option<u32> {
    let number = match word {
        "januari" | "january" | "jan" => 1,
        "februari" | "february" | "feb" => 2,
        "maart" | "march" | "mrt" | "mar" | "maa" => 3,
        "april" | "apr" => 4,
        "mei" | "may" => 5,
        "juni" | "june" | "jun" => 6,
        "juli" | "july" | "jul" => 7,
        "augustus" | "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "oktober" | "october" | "okt" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(number)
}

fn number(token: &str) -> Option<u32> {
    if token.is_empty() || token.len() > 4 || !token.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    token.parse().ok()
}

fn year(token: &str) -> Option<i32> {
    let value = i32::try_from(number(token)?).ok()?;
    (token.len() == 4 && (1900..=2200).contains(&value)).then_some(value)
}

fn ordinal_suffix(token: Option<&String>) -> bool {
    matches!(
        token.map(String::as_str),
        Some("st" | "nd" | "rd" | "th" | "e" | "ste" | "de")
    )
}

/// Parses a date at the start of `tokens`; returns it and the number of tokens used.
fn parse_tokens(tokens: &[String]) -> Option<(NaiveDate, usize)> {
    let at = |i: usize| tokens.get(i).map(String::as_str);
    // Numeric: year first.
    if let (Some(y), Some(m), Some(d)) = (at(0).and_then(year), at(1), at(2)) {
        let date = NaiveDate::from_ymd_opt(y, number(m)?, number(d)?)?;
        return Some((date, 3));
    }
    // Numeric, day first (or month first when the first number cannot be a month).
    if let (Some(a), Some(b), Some(y)) = (
        at(0).and_then(number),
        at(1).and_then(number),
        at(2).and_then(year),
    ) {
        let date = NaiveDate::from_ymd_opt(y, b, a).or_else(|| NaiveDate::from_ymd_opt(y, a, b))?;
        return Some((date, 3));
    }
    // Day, month name, year: "4 september 2025", "4th of September 2025".
    if let Some(day) = at(0).and_then(number) {
        let mut i = 1;
        if ordinal_suffix(tokens.get(i)) {
            i += 1;
        }
        if at(i) == Some("of") {
            i += 1;
        }
        let m = at(i).and_then(month)?;
        let y = at(i + 1).and_then(year)?;
        return Some((NaiveDate::from_ymd_opt(y, m, day)?, i + 2));
    }
    // Month name, day, year: "September 4, 2025", "Sept. 4th 2025".
    let m = at(0).and_then(month)?;
    let day = at(1).and_then(number)?;
    let mut i = 2;
    if ordinal_suffix(tokens.get(i)) {
        i += 1;
    }
    let y = at(i).and_then(year)?;
    Some((NaiveDate::from_ymd_opt(y, m, day)?, i + 1))
}

/// Whether the tokens after a date are a time of day ("om 19:00", "at 7 pm", "19:00 CET").
fn is_time_tail(tail: &[String]) -> bool {
    tail.iter().all(|token| {
        number(token).is_some()
            || matches!(
                token.as_str(),
                "om" | "at"
                    | "uur"
                    | "u"
                    | "h"
                    | "am"
                    | "pm"
                    | "cet"
                    | "cest"
                    | "utc"
                    | "gmt"
                    | "bst"
                    | "est"
                    | "edt"
                    | "pst"
                    | "pdt"
                    | "z"
            )
    })
}

#[cfg(test)]
mod tests {
    use super::parse_date;
    use chrono::NaiveDate;

    fn check(input: &str, expected: Option<(i32, u32, u32)>) {
        let expected = expected.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
        assert_eq!(parse_date(input), expected, "{input:?}");
    }

    #[test]
    fn dutch_and_english_forms() {
        check("donderdag, 04 september 2025 om 19:00", Some((2025, 9, 4)));
        check("4 sep. 2025", Some((2025, 9, 4)));
        check("September 4, 2025", Some((2025, 9, 4)));
        check("Thu 4th of Sept 2025 at 7 pm", Some((2025, 9, 4)));
        check("2025-09-18", Some((2025, 9, 18)));
        check("18-09-2025", Some((2025, 9, 18)));
        check("12 mrt 2024", Some((2024, 3, 12)));
        check("31 februari 2025", None);
        check("Nvidia sold 4 chips in 2025", None);
        check("4 september 2025 was a busy day", None);
    }
}
