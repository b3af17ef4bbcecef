//! Numbers: numeric expressions written exactly as in the text, with value, range, unit
//! and whether they are approximate.
//!
//! Covers digits in both separator conventions ("4,5" and "4.5", "10.000" and "10,000"),
//! currencies before or after ("$5.5 billion", "4,5 miljard dollar"), percentages,
//! ranges ("$10.000–$12.000", "1 tot 10 procent", "30% to 50%"), number words with a unit
//! ("zes keer", "two days"), vague magnitudes ("tienduizenden", "tens of thousands"),
//! multipliers ("het dubbele", "verdubbeld", "tripled"), quarters and dates with numbers
//! ("9 april", "2020"). Rounding words ("about", "ongeveer", "tot") are left out of the text
//! and make the number approximate.
//!
//! Digits that are part of a name are not numbers: glued to letters ("H20", "6000D",
//! "MI308", "COVID-19") or a bare integer right after a capitalised name word ("Ascend 950",
//! "Made in China 2025").

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::dates::absolute_dates;
use super::text;
use super::text::{before, is_initial, lower_regex, regex, slice};
use crate::model::{Language, NumberMention};

/// A number found in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct FoundNumber {
    /// Byte range in the analysed text.
    pub range: Range<usize>,
    /// The mention (text exactly as written).
    pub mention: NumberMention,
    /// True for a bare year or a date, which say less about check-worthiness.
    pub is_date: bool,
    /// The number can be the point of a claim. Not so for bare counts ("two
    /// diplomats"), time frames ("de afgelopen twee jaar", "the past three months") and
    /// product specifications ("7 nanometer", "96 gigabyte").
    pub salient: bool,
}

/// A number in digits, with a currency symbol in front: the start of a digit atom.
///
/// An atom is this, then a scale word ([`SCALE`]), then a unit ([`UNIT`]), each optional,
/// as one pattern `(cur)?(num)(scale)?(unit)?` would match it: the digits and separators are
/// greedy and the optional parts after them can always be left out, so such a pattern
/// matches exactly this number with the first scale and then the first unit that follow it.
/// Three searches without captures are much cheaper than that one with them.
static NUMBER: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?:\b[A-Z]{1,2}\$|\$|€ ?|£|¥)?\d+(?:[.,]\d+)*"));

/// The currency symbols that [`NUMBER`] allows in front, besides one or two capitals
/// before a dollar sign ("US$", "NT$", "HK$", "S$").
const CURRENCIES: [&str; 4] = ["$", "€", "£", "¥"];

/// A scale word at the start of the text after a number ("miljard", " billion").
static SCALE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^\s?(?i:thousand|million|billion|trillion|duizend|miljoen|miljard|biljoen|mln|mld|mrd|bn)\b",
    )
});

/// A unit at the start of the text after a number and its scale ("%", " procent", "-nm").
static UNIT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:\s?(?:%|(?i:procentpunten|procentpunt|procent|percentage\spoints?|basis\spoints?|basispunten|basispunt|bps|percent|per\scent|dollars?|euros?|yuan|renminbi|ponden|pounds?|ringgit|won|yen|baht|rupees?|rupiah|pesos?|cents?|eurocents?|keer|times|jaar|jaren|years?|maanden|maand|months?|weken|weeks?|dagen|dag|days?|uur|uren|hours?|kwartalen|quarters?|decades?|decennia|decennium|gigabytes?|terabytes?|megawatts?|gigawatts?|kilowatts?|gb|tb|mw|gw|kilometers?|kilometres?|km|miles|meters?|metres?|hectares?|centimeters?|centimetres?|terawattuur|gigawattuur|megawattuur|terawatt-hours?|gigawatt-hours?|megawatt-hours?|twh|gwh|mwh|teus?|knopen|knots|tonnes?|tons?|kilograms?|kilogrammes?|kg|kilo|liters?|litres?|kilolitres?|barrels?|roubles?|rubles?|tenge|zloty|crowns?|kronen|pond|werkdagen|(?:working|business|trading)\sdays)\b)|[\s-]?(?i:nanometers?|nanometres?|nm|foot|feet|inch|inches)\b|-(?i:millimeter|millimetre|centimeter|nanometer|inch)|-(?i:hour|day|week|month|year|minute|kilometre|kilometer|mile|tonne|ton|megawatt|gigawatt)\b)",
    )
});

/// One digit atom of a piece of text: ranges relative to it.
struct AtomMatch<'h> {
    /// The whole atom, from the currency to the unit.
    whole: Range<usize>,
    /// Where the digits end.
    num_end: usize,
    cur: Option<&'h str>,
    scale: Option<&'h str>,
    unit: Option<&'h str>,
}

/// The first digit atom of `piece` at or after `from`.
fn next_atom(piece: &str, from: usize) -> Option<AtomMatch<'_>> {
    let number = NUMBER.find_at(piece, from)?;
    let cur = CURRENCIES
        .into_iter()
        .find(|symbol| number.as_str().starts_with(symbol))
        .or_else(|| {
            // "NT$10": the letters belong to the currency.
            let dollar = number.as_str().find('$')?;
            number.as_str().get(..=dollar)
        });
    let after = |at: usize, re: &Regex| {
        re.find(slice(piece, at..piece.len()))
            .map(|m| at + m.start()..at + m.end())
    };
    let scale = after(number.end(), &SCALE);
    let scale_end = scale.as_ref().map_or(number.end(), |r| r.end);
    let unit = after(scale_end, &UNIT);
    let end = unit.as_ref().map_or(scale_end, |r| r.end);
    Some(AtomMatch {
        whole: number.start()..end,
        num_end: number.end(),
        cur,
        scale: scale.map(|r| slice(piece, r)),
        unit: unit.map(|r| slice(piece, r)),
    })
}

static RANGE_JOIN: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?:\s?[–—-]\s?|\s(?:tot|to|en|and|à)\s|/)"));

/// "één" starts with a letter that the ASCII word boundary does not see as one, so it
/// is held to a non-boundary (`\B` between a space and "é") instead.
static WORD_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)(?P<w>(?-u:\B)één|\b(?:anderhalf|anderhalve|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|duizend|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|zestig|zeventig|tachtig|negentig|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|sixty|seventy|eighty|ninety|een|a))[\s-](?P<unit>keer|times|procent|percent|miljoen|miljard|million|billion|dagen|days|weken|weeks|maanden|months|jaar|jaren|years|kwartalen|quarters|uur|hours|minuten|minutes|decades|decennia|year|month|week|day|maand|dag|kilometers?|kilometres?|km|miles|mijl)\b",
    )
});

/// Bare number words before what they count ("two diplomats", "drie fabrieken").
static COUNT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|duizend|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|zestig|zeventig|tachtig|negentig|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|sixty|seventy|eighty|ninety)\s[a-z]",
    )
});

/// Fractions: "a third", "een kwart", "two-thirds", "driekwart", "half the price".
static FRACTION: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:a|one|een)[\s-](?:third|quarter|fifth|tenth|derde|kwart|vijfde|tiende)\b|\b(?:two|twee)[\s-](?:thirds|derde)\b|\b(?:three-quarters|drie[\s-]?kwart)\b|\b(?:one|een)\s(?:in|op)\s(?:de\s)?(?:three|four|five|six|ten|drie|vier|vijf|zes|tien)\b|\bhalf\b",
    )
});

/// "a year", "een maand": a duration only after a rounding word, a verb of duration or a
/// word that makes it the size of a delay ("slip by a year", "as much as a year", "met een
/// jaar verlengen", "minstens een jaar"), or before "later", "lang" or "tijd" ("een jaar
/// later dan gepland", "in een jaar tijd"). "a year ago" and
/// "than a year earlier" are dates, which [`find_numbers_lowered`] leaves out.
static ONE_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:about|around|roughly|nearly|almost|over|within|took|lasted|for|by|as|than|least|ongeveer|bijna|ruim|zo’n|zo'n|binnen|duurde|met|minstens|minimaal)\s(?P<n>(?:a|an|een)\s(?:year|month|week|day|jaar|maand|week|dag))\b|\b(?:a|an|een)\s(?:year|month|week|jaar|maand)\s(?:later|lang|tijd)\b",
    )
});

static VAGUE: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:tens|hundreds)\sof\s(?:thousands|millions|billions)(?:\sof\s(?:dollars|euros|yuan)\b)?|\b(?:honderden|tientallen)\s(?:duizenden|miljoenen|miljarden)(?:\s(?:euro['’]s|euro|dollars?)\b)?|\b(?:tien|honderd)?duizenden\b|\b(?:honderden|miljoenen|miljarden|tientallen|dozens|hundreds|thousands|millions|billions|decades|decennia)\b|\b(?:half\sa|a|een)\s(?:dozen|dozijn)\b|\bmulti-?(?:million|billion|trillion)(?:-(?:dollar|euro|pound|yuan|yen))?\b",
    )
});

static MULTIPLIER: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:het|de)\s(?:dubbele|drievoudige|viervoudige|helft)\b|\b(?:verdubbel|verdriedubbel|verdrievoudig|verviervoudig|halveer|halveren|gehalveerd)\w*|\b(?:doubled|doubling|tripled|tripling|quadrupled|halved|twice)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)fold\b|\bver(?:vijf|zes|tien|honderd)voudig\w*",
    )
});

/// "double", "triple" and "halve" as verbs or adverbs, after a word that rules out the adjective
/// ("to double", "could triple", "roughly double the level", not "double standards"); the
/// number is the last word.
static MULTIPLY_VERB: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:to|will|would|could|can|may|might|should|must|roughly|about|nearly|almost|more\sthan)\s(?:double|triple|quadruple|halve)\b",
    )
});

/// An ordinal with "time" or "keer": "the fourth time since 2023", "de derde keer". "first"
/// is left out: "the first time" is rarely a count.
static ORDINAL_TIMES: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)\s(?:time|keer|maal)\b",
    )
});

/// A decade as an amount of time: "a decade of copper", "the next decade", "het afgelopen
/// decennium" (the article "the"/"het" is left out of the number).
static DECADE: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:(?:the\s|het\s)?(?:next|past|last|coming|previous|afgelopen|komende|volgende|vorige)|a|one|een)\s(?:decade|decennium)\b",
    )
});

/// A clock time: "3:40 a.m.", "19:00", "14.30 uur" (with a point only before "uur", "a.m."
/// or "p.m.", so "1.15 billion" stays an amount).
static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\b(?:[01]?\d|2[0-3])(?::[0-5]\d(?:\s?(?:[ap]\.m\.|[AP]M\b|uur\b))?|\.[0-5]\d\s?(?:[ap]\.m\.|uur\b))",
    )
});

/// Words after "a third", "een vijfde" that keep it a fraction; before another word it is an
/// ordinal ("a third country", "een derde land").
const FRACTION_FOLLOWERS: &[&str] = &[
    "below",
    "above",
    "boven",
    "buiten",
    "zijn",
    "of",
    "van",
    "more",
    "less",
    "fewer",
    "meer",
    "minder",
    "than",
    "dan",
    "since",
    "sinds",
    "in",
    "on",
    "at",
    "from",
    "to",
    "tot",
    "te",
    "and",
    "en",
    "or",
    "door",
    "by",
    "per",
    "next",
    "last",
    "this",
    "dit",
    "vorig",
    "vorige",
    "volgend",
    "volgende",
    "daarvan",
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "zou",
    "zal",
    "kan",
    "wordt",
    "werd",
    "compared",
    "vergeleken",
    "over",
    "between",
    "tussen",
    "within",
    "binnen",
    "after",
    "na",
    "before",
    "voor",
    "among",
    "onder",
    "as",
    "the",
    "a",
    "an",
    "so",
    "zo",
    "but",
    "maar",
    "while",
    "terwijl",
    "now",
    "nu",
    "already",
    "al",
];

/// Words that open a part of a year in [`QUARTER`] ("eind 2027", "end of 2025", "mid-2024").
const PART_OF_YEAR_WORDS: [&str; 9] = [
    "eind", "begin", "medio", "ultimo", "end of", "start of", "early", "late", "mid",
];

/// A quarter, a half or another part of a year, kept whole with its year as one number
/// ("fourth quarter of 2027", "tweede helft van 2026", "eind 2028", "mid-2024").
static QUARTER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:first|second|third|fourth|eerste|tweede|derde|vierde)[\s-](?:quarter|kwartaal)(?:\s(?:of|van)\s\d{4})?\b|\bQ[1-4](?:\s\d{4})?\b|\b(?:first|last|eerste|laatste)\s(?:\w+\s)?(?:months|maanden)\s(?:of|van)\s\d{4}\b|\b(?:first|second|eerste|tweede)[\s-](?:half|helft)(?:\s(?:of|van)\s\d{4})?\b|\b(?:eind|begin|medio|ultimo|end\sof|start\sof|beginning\sof|early|late|mid)[\s-]\d{4}\b",
    )
});

static ROUNDING: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)(?:ongeveer|circa|ca\.|zo'n|zo’n|bijna|ruim|rond|ongeveer|about|around|roughly|nearly|almost|approximately|some|more than|meer dan|over|tot|up to|minstens|at least|maximaal)\s$",
    )
});

/// Bits of [`word_hints`]: which words of the word-based patterns a clause holds.
const VAGUE_WORD: u16 = 1;
const MULTIPLIER_WORD: u16 = 1 << 1;
/// A unit of [`WORD_NUMBER`] ("keer", "years").
const UNIT_WORD: u16 = 1 << 2;
const FRACTION_WORD: u16 = 1 << 3;
/// The three parts of [`ONE_PERIOD`]: a rounding word or verb, an article, a period.
const LEAD_WORD: u16 = 1 << 4;
const ARTICLE_WORD: u16 = 1 << 5;
const PERIOD_WORD: u16 = 1 << 6;
/// A number word of [`COUNT_WORD`].
const COUNT_NUMBER_WORD: u16 = 1 << 7;
/// An ordinal of [`ORDINAL_TIMES`].
const ORDINAL_WORD: u16 = 1 << 8;
/// "decade" or "decennium" of [`DECADE`].
const DECADE_WORD: u16 = 1 << 9;

/// What one word (a maximal run of ASCII letters, digits and `_` of the lowercased
/// clause, as the ASCII `\b` of the patterns sees words) says about the word patterns.
///
/// Every match of a word pattern holds one of its key words as such a whole word: the
/// patterns put a `\b`, a `\s` or a hyphen on both sides of them. So a clause without
/// them cannot match, and one pass over its words replaces a scan per pattern.
fn word_hints(word: &[u8]) -> u16 {
    match word {
        b"tens" | b"hundreds" | b"duizenden" | b"tienduizenden" | b"honderdduizenden"
        | b"honderden" | b"miljoenen" | b"miljarden" | b"tientallen" | b"dozens" | b"thousands"
        | b"millions" | b"billions" | b"multibillion" | b"multimillion" | b"multitrillion"
        | b"multi" | b"dozen" | b"dozijn" => VAGUE_WORD,
        b"dubbele" | b"drievoudige" | b"viervoudige" | b"helft" | b"doubled" | b"doubling"
        | b"tripled" | b"tripling" | b"quadrupled" | b"halved" | b"twice" | b"double"
        | b"triple" | b"quadruple" | b"halve" => MULTIPLIER_WORD,
        b"keer" | b"times" | b"procent" | b"percent" | b"miljoen" | b"miljard" | b"million"
        | b"billion" | b"dagen" | b"days" | b"weken" | b"weeks" | b"maanden" | b"months"
        | b"jaren" | b"years" | b"kwartalen" | b"uur" | b"hours" | b"minuten" | b"minutes"
        | b"kilometer" | b"kilometers" | b"kilometres" | b"km" | b"miles" | b"mijl" => UNIT_WORD,
        b"jaar" | b"year" | b"month" | b"week" | b"day" | b"maand" | b"dag" => {
            UNIT_WORD | PERIOD_WORD
        }
        b"quarters" => UNIT_WORD | FRACTION_WORD,
        b"third" | b"fifth" | b"tenth" | b"derde" | b"vijfde" | b"tiende" => {
            FRACTION_WORD | ORDINAL_WORD
        }
        b"thirds" | b"quarter" | b"kwart" | b"driekwart" | b"half" => FRACTION_WORD,
        b"second" | b"fourth" | b"sixth" | b"seventh" | b"eighth" | b"ninth" | b"tweede"
        | b"vierde" | b"zesde" | b"zevende" | b"achtste" | b"negende" => ORDINAL_WORD,
        b"decade" | b"decennium" => DECADE_WORD,
        b"decades" | b"decennia" => UNIT_WORD | VAGUE_WORD,
        // "zo" stands for "zo’n" and "zo'n".
        b"about" | b"around" | b"roughly" | b"nearly" | b"almost" | b"over" | b"within"
        | b"took" | b"lasted" | b"for" | b"ongeveer" | b"bijna" | b"ruim" | b"zo" | b"binnen"
        | b"duurde" | b"by" | b"as" | b"than" | b"least" | b"met" | b"minstens" | b"minimaal"
        | b"later" | b"lang" | b"tijd" => LEAD_WORD,
        b"a" | b"an" | b"een" => ARTICLE_WORD,
        b"twee" | b"drie" | b"vier" | b"vijf" | b"zes" | b"zeven" | b"acht" | b"negen"
        | b"tien" | b"elf" | b"twaalf" | b"twintig" | b"dertig" | b"veertig" | b"vijftig"
        | b"honderd" | b"two" | b"three" | b"four" | b"five" | b"six" | b"seven" | b"eight"
        | b"nine" | b"ten" | b"eleven" | b"twelve" | b"twenty" | b"thirty" | b"forty"
        | b"fifty" | b"hundred" | b"dertien" | b"veertien" | b"vijftien" | b"zestien"
        | b"zeventien" | b"achttien" | b"negentien" | b"zestig" | b"zeventig" | b"tachtig"
        | b"negentig" | b"thirteen" | b"fourteen" | b"fifteen" | b"sixteen" | b"seventeen"
        | b"eighteen" | b"nineteen" | b"sixty" | b"seventy" | b"eighty" | b"ninety"
        | b"duizend" | b"thousand" => COUNT_NUMBER_WORD,
        // The verbs of [`MULTIPLIER`] take any ending ("verdubbelde", "halveert").
        _ if [
            &b"verdubbel"[..],
            b"verdriedubbel",
            b"verdrievoudig",
            b"verviervoudig",
            b"halveer",
            b"halveren",
            b"gehalveerd",
            b"vervijfvoudig",
            b"verzesvoudig",
            b"vertienvoudig",
            b"verhonderdvoudig",
        ]
        .iter()
        .any(|stem| word.starts_with(stem))
            || word.ends_with(b"fold") =>
        {
            MULTIPLIER_WORD
        }
        _ => 0,
    }
}

/// The [`word_hints`] of all words of `lower`.
fn clause_hints(lower: &str) -> u16 {
    lower
        .as_bytes()
        .split(|b| !(b.is_ascii_alphanumeric() || *b == b'_'))
        .fold(0, |hints, word| hints | word_hints(word))
}

/// True when [`QUARTER`] can match `piece` (`lower` is its ASCII-lowercased copy). Without
/// "quarter" or "kwartaal" only "Q1" to "Q4" can match, a half or a part of a year, or a
/// "kwartaal" spelt with the Kelvin sign, which `(?i)` takes for a "k".
fn quarter_possible(piece: &str, lower: &str, digits: bool) -> bool {
    let bytes = lower.as_bytes();
    lower.contains("quarter")
        || lower.contains("kwartaal")
        || lower.contains("half")
        || lower.contains("helft")
        || digits && (lower.contains("months of") || lower.contains("maanden van"))
        || digits && PART_OF_YEAR_WORDS.iter().any(|w| lower.contains(w))
        || (digits
            && (memchr::memchr_iter(b'q', bytes)
                .any(|at| matches!(bytes.get(at + 1), Some(b'1'..=b'4')))
                || piece.contains('\u{212A}')))
}

/// Finds the numbers in `text[range]` (absolute offsets). `language` decides how an
/// ambiguous separator is read: "10.000" is ten thousand in Dutch, ten in English.
#[must_use]
pub fn find_numbers(text: &str, range: Range<usize>, language: Language) -> Vec<FoundNumber> {
    let piece = slice(text, range.clone());
    // Dates, quarters and digit atoms all need a digit; most clauses have none.
    let dates = if piece.bytes().any(|b| b.is_ascii_digit()) {
        absolute_dates(piece, None)
    } else {
        Vec::new()
    };
    find_numbers_with(text, range, language, &dates)
}

/// Like [`find_numbers`], given the absolute dates of `text[range]` (ranges relative to
/// it, as [`absolute_dates`] returns them), so a caller that also resolves dates finds them
/// once.
#[must_use]
pub fn find_numbers_with(
    text: &str,
    range: Range<usize>,
    language: Language,
    dates: &[super::dates::FoundDate],
) -> Vec<FoundNumber> {
    find_numbers_lowered(text, range, language, dates, None)
}

/// [`find_numbers_with`], given `text[range]` ASCII-lowercased when the caller has it.
pub(crate) fn find_numbers_lowered(
    text: &str,
    range: Range<usize>,
    language: Language,
    dates: &[super::dates::FoundDate],
    lowered: Option<&str>,
) -> Vec<FoundNumber> {
    let base = range.start;
    let piece = slice(text, range);
    let mut out: Vec<FoundNumber> = Vec::new();
    let taken = |out: &Vec<FoundNumber>, r: &Range<usize>| {
        out.iter()
            .any(|n| n.range.start < r.end + base && r.start + base < n.range.end)
    };
    let digits = piece.bytes().any(|b| b.is_ascii_digit());
    for date in dates {
        out.push(found(
            text,
            base,
            date.range.clone(),
            None,
            None,
            Some("date"),
            false,
            true,
        ));
    }
    // Clock times need a colon, or a point before "uur", "a.m." or "p.m.".
    let clock_possible = digits
        && (piece.contains(':')
            || piece.contains(" uur")
            || piece.contains("uur ")
            || piece.contains(".m."));
    for m in CLOCK.find_iter(if clock_possible { piece } else { "" }) {
        if !taken(&out, &m.range()) {
            out.push(found(
                text,
                base,
                m.range(),
                clock_value(m.as_str()),
                None,
                Some("time"),
                false,
                true,
            ));
        }
    }
    // Word-based patterns: one pass over the words says which of them can match at all.
    let lower = text::ascii_lowercase(piece, lowered);
    let hints = clause_hints(&lower);
    let has = |bits: u16| hints & bits == bits;
    let quarter = quarter_possible(piece, &lower, digits);
    for m in QUARTER.find_iter(if quarter { piece } else { "" }) {
        if !taken(&out, &m.range()) {
            let lower_match = m.as_str().to_ascii_lowercase();
            // A part of a year other than a quarter carries its year as its value.
            let (value, unit) = if lower_match.contains("quarter")
                || lower_match.contains("wartaal")
                || lower_match.starts_with('q')
                || lower_match.contains("months")
                || lower_match.contains("maanden")
            {
                (None, "quarter")
            } else {
                let year = lower_match
                    .get(lower_match.len().saturating_sub(4)..)
                    .and_then(|y| y.parse::<f64>().ok());
                (year, if year.is_some() { "year" } else { "period" })
            };
            out.push(found(
                text,
                base,
                m.range(),
                value,
                None,
                Some(unit),
                false,
                true,
            ));
        }
    }
    // Word patterns run on the ASCII-lowercased clause; byte offsets are unchanged.
    let none = "";
    let pick = |fired: bool| if fired { &*lower } else { none };
    for m in VAGUE.find_iter(pick(has(VAGUE_WORD))) {
        let decades = m.as_str().starts_with("decade") || m.as_str().starts_with("decenni");
        // "two decades", "3 decennia": a count of decades, which the unit pass reads.
        let counted = decades
            && slice(&lower, 0..m.start())
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()) || word_value(w).is_some());
        if !counted && !taken(&out, &m.range()) {
            let lower = m.as_str().to_lowercase();
            let value = vague_value(&lower);
            let currency = if lower.contains("euro") {
                Some("EUR")
            } else if lower.contains("dollar") {
                Some("USD")
            } else if lower.contains("yuan") {
                Some("CNY")
            } else {
                None
            };
            let mut number = found(
                text,
                base,
                m.range(),
                Some(value),
                None,
                currency,
                true,
                false,
            );
            // "multibillion-dollar projects" describes the projects; "for decades" the
            // time something has lasted.
            number.salient &= !lower.starts_with("multi") && !decades;
            out.push(number);
        }
    }
    for m in MULTIPLY_VERB.find_iter(pick(has(MULTIPLIER_WORD))) {
        // "to double-check" is another verb.
        if lower.as_bytes().get(m.end()) == Some(&b'-') {
            continue;
        }
        let start = m
            .as_str()
            .rfind(' ')
            .map_or(m.start(), |at| m.start() + at + 1);
        let range = start..m.end();
        if !taken(&out, &range) {
            let factor = match slice(&lower, range.clone()) {
                "triple" => 3.0,
                "halve" => 0.5,
                "quadruple" => 4.0,
                _ => 2.0,
            };
            out.push(found(
                text,
                base,
                range,
                Some(factor),
                None,
                Some("times"),
                false,
                false,
            ));
        }
    }
    for m in ORDINAL_TIMES.find_iter(pick(has(ORDINAL_WORD))) {
        if !taken(&out, &m.range()) {
            let ordinal = m.as_str().split(' ').next().map_or(0.0, ordinal_value);
            out.push(found(
                text,
                base,
                m.range(),
                Some(ordinal),
                None,
                Some("ordinal"),
                false,
                false,
            ));
        }
    }
    for m in DECADE.find_iter(pick(has(DECADE_WORD))) {
        let skip = ["the ", "het "]
            .iter()
            .find(|article| m.as_str().starts_with(*article))
            .map_or(0, |article| article.len());
        let range = m.start() + skip..m.end();
        // "a decade ago" is a date, not an amount of time.
        if date_follows(&lower, m.end()) {
            continue;
        }
        if !taken(&out, &range) {
            let mut number = found(
                text,
                base,
                range,
                Some(1.0),
                None,
                Some("decade"),
                false,
                false,
            );
            // A span of time, not what the clause measures.
            number.salient = false;
            out.push(number);
        }
    }
    for m in MULTIPLIER.find_iter(pick(has(MULTIPLIER_WORD))) {
        if !taken(&out, &m.range()) {
            let lower = m.as_str().to_lowercase();
            // "tenfold", "vertienvoudigd": the number word is the factor.
            let folded = lower
                .strip_suffix("fold")
                .or_else(|| {
                    lower
                        .strip_prefix("ver")
                        .and_then(|rest| rest.split_once("voudig"))
                        .map(|(word, _)| word)
                })
                .and_then(word_value);
            let factor = if let Some(factor) = folded {
                factor
            } else if lower.contains("drie") || lower.contains("trip") {
                3.0
            } else if lower.contains("vier") || lower.contains("quad") {
                4.0
            } else if lower.contains("hal") {
                0.5
            } else {
                2.0
            };
            out.push(found(
                text,
                base,
                m.range(),
                Some(factor),
                None,
                Some("times"),
                false,
                false,
            ));
        }
    }
    // The word and the unit around the one `\s` (Unicode whitespace) of a match.
    for whole in WORD_NUMBER.find_iter(pick(has(UNIT_WORD))) {
        let Some((word, unit)) = whole
            .as_str()
            .split_once(|c: char| c.is_whitespace() || c == '-')
        else {
            continue;
        };
        let word_l = word.to_lowercase();
        let unit_l = unit.to_lowercase();
        if scale_of_digits(&lower, &word_l, whole.start()) {
            continue;
        }
        // A singular period only after a hyphen ("a five-year low"); "one day" is an idiom.
        // "anderhalf jaar" and "anderhalve maand" take the singular of any unit.
        let hyphen = whole.as_str().as_bytes().get(word.len()) == Some(&b'-');
        let one_and_a_half = matches!(word_l.as_str(), "anderhalf" | "anderhalve");
        let singular = matches!(unit_l.as_str(), "year" | "month" | "week" | "day");
        if !one_and_a_half && (singular != hyphen || matches!(unit_l.as_str(), "maand" | "dag")) {
            continue;
        }
        // "een"/"a" only count before a magnitude ("een miljard"), not "een keer" (once).
        if matches!(word_l.as_str(), "een" | "a")
            && !matches!(
                unit_l.as_str(),
                "miljoen" | "miljard" | "million" | "billion" | "procent" | "percent"
            )
        {
            continue;
        }
        if taken(&out, &whole.range()) {
            continue;
        }
        let value = word_value(&word_l).map(|v| v * scale_value(&unit_l));
        let unit = unit_name(&unit_l);
        out.push(found(
            text,
            base,
            whole.range(),
            value,
            None,
            unit,
            false,
            false,
        ));
    }
    // "one in five" holds no fraction word, only a count word.
    for m in FRACTION.find_iter(pick(has(FRACTION_WORD) || has(COUNT_NUMBER_WORD))) {
        // "half december" is the middle of a month, not a half.
        let month_follows = m.as_str() == "half"
            && slice(&lower, m.end()..lower.len())
                .split_whitespace()
                .next()
                .is_some_and(|w| super::dates::month_number(w).is_some() && w.len() >= 3);
        if month_follows || ordinal_not_fraction(&lower, m.as_str(), m.end()) {
            continue;
        }
        if !taken(&out, &m.range()) {
            let value = match m.as_str() {
                w if w.contains(" in ") || w.contains(" op ") => {
                    let last = w.rsplit(' ').next().unwrap_or("");
                    let of = match last {
                        "three" | "drie" => 3.0,
                        "four" | "vier" => 4.0,
                        "five" | "vijf" => 5.0,
                        "six" | "zes" => 6.0,
                        _ => 10.0,
                    };
                    1.0 / of
                }
                w if w.contains("tenth") || w.contains("tiende") => 0.1,
                w if w.contains("fifth") || w.contains("vijfde") => 0.2,
                w if w.contains("third") || w.contains("derde") => {
                    if w.starts_with("two") || w.starts_with("twee") {
                        2.0 / 3.0
                    } else {
                        1.0 / 3.0
                    }
                }
                w if w.starts_with("three") || w.starts_with("drie") => 0.75,
                w if w.contains("quarter") || w.contains("kwart") => 0.25,
                _ => 0.5,
            };
            out.push(found(
                text,
                base,
                m.range(),
                Some(value),
                None,
                Some("fraction"),
                false,
                false,
            ));
        }
    }
    // The period is all after the one `\s` behind the lead word, which holds none.
    for whole in ONE_PERIOD.find_iter(pick(has(LEAD_WORD | ARTICLE_WORD | PERIOD_WORD))) {
        let range = if let Some(period) = whole
            .as_str()
            .strip_suffix(" later")
            .or_else(|| whole.as_str().strip_suffix(" lang"))
            .or_else(|| whole.as_str().strip_suffix(" tijd"))
        {
            whole.start()..whole.start() + period.len()
        } else {
            let Some((_, period)) = whole.as_str().split_once(char::is_whitespace) else {
                continue;
            };
            whole.end() - period.len()..whole.end()
        };
        // "than a year earlier" is a date; "ruim een jaar eerder leverbaar" is a lead time.
        let rounded = whole
            .as_str()
            .split_whitespace()
            .next()
            .is_some_and(|lead| {
                matches!(
                    lead.to_lowercase().as_str(),
                    "ruim" | "bijna" | "ongeveer" | "about" | "nearly" | "almost" | "roughly"
                )
            });
        if !rounded && date_follows(&lower, whole.end()) {
            continue;
        }
        if !taken(&out, &range) {
            let period = slice(&lower, range.clone());
            let unit = period.split_whitespace().last().and_then(unit_name);
            out.push(found(
                text,
                base,
                range,
                Some(1.0),
                None,
                unit,
                false,
                false,
            ));
        }
    }
    for m in COUNT_WORD.find_iter(pick(has(COUNT_NUMBER_WORD))) {
        // The number word alone: what it counts is not a unit.
        let word = m.as_str().split_whitespace().next().unwrap_or("");
        // Dutch "ten minste", "ten opzichte van": "ten" is "te" with an article.
        if word == "ten"
            && (language == Language::Dutch
                || [
                    "minste", "hoogste", "opzichte", "behoeve", "gevolge", "aanzien",
                ]
                .iter()
                .any(|w| slice(&lower, m.end() - 1..lower.len()).starts_with(w)))
        {
            continue;
        }
        // Dutch "acht" is also "to deem": "acht de kans groot", "acht het onwaarschijnlijk".
        if word.eq_ignore_ascii_case("acht")
            && [
                "de ", "het ", "dat ", "zich ", "hem ", "haar ", "deze ", "dit ", "die ",
            ]
            .iter()
            .any(|w| slice(&lower, m.end() - 1..lower.len()).starts_with(w))
        {
            continue;
        }
        if scale_of_digits(&lower, word, m.start()) {
            continue;
        }
        let range = m.start()..m.start() + word.len();
        if !taken(&out, &range) {
            let mut number = found(
                text,
                base,
                range,
                word_value(word),
                None,
                None,
                false,
                false,
            );
            number.salient = false;
            out.push(number);
        }
    }
    // "één" is always the numeral ("een" is also the article): a count unless it picks
    // one out of a group ("één van de grootste").
    for (at, word) in lower
        .match_indices("\u{e9}\u{e9}n")
        .chain(lower.match_indices("e\u{e9}n"))
    {
        let range = at..at + word.len();
        let rest = slice(&lower, range.end..lower.len());
        let alone = slice(&lower, 0..at)
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
            && rest.chars().next().is_none_or(|c| !c.is_alphanumeric());
        if !alone || rest.starts_with(" van ") || rest.starts_with(" op de ") {
            continue;
        }
        if !taken(&out, &range) {
            let mut number = found(text, base, range, Some(1.0), None, None, false, false);
            number.salient = false;
            out.push(number);
        }
    }
    if digits {
        atoms(text, base, piece, language, &mut out);
    }
    out.sort_by_key(|n| n.range.start);
    // "three-month copper", "the one-week repo rate": the term names a traded instrument.
    out.retain(|n| !instrument_term(text, n) && !one_idiom(text, n));
    let mut out = merge_word_ranges(text, out, language);
    per_quantity(text, &mut out);
    // Rounding words in front make a number approximate, and a rounded bare count is the
    // point of its claim ("zo'n twintig bedrijven").
    for number in &mut out {
        if ROUNDING.is_match(&before(text, number.range.start, 16).to_ascii_lowercase()) {
            number.mention.approximate = true;
            number.salient |= number.mention.unit.is_none() && !number.is_date;
        }
    }
    out
}

/// Joins a price and the quantity it is per ("47,50 euro per 100 kilo", "$6.80 per 100
/// kilograms"): the quantity says what the price is for and is no figure of its own.
fn per_quantity(text: &str, out: &mut Vec<FoundNumber>) {
    let mut i = 1;
    while i < out.len() {
        let (price, quantity) = (&out[i - 1], &out[i]);
        let money =
            price.mention.unit.as_deref().is_some_and(|unit| {
                unit.len() == 3 && unit.chars().all(|c| c.is_ascii_uppercase())
            });
        let between = slice(text, price.range.end..quantity.range.start);
        if !money || between != " per " || quantity.is_date {
            i += 1;
            continue;
        }
        // The unit written after a bare count ("100 kilo").
        let after = slice(text, quantity.range.end..text.len());
        let unit_len = match quantity.mention.unit {
            Some(_) => 0,
            None => after
                .strip_prefix(' ')
                .and_then(|rest| {
                    let word = rest.split(|c: char| !c.is_alphabetic()).next()?;
                    (word.len() >= 2 && word.len() <= 16 && word.chars().all(char::is_lowercase))
                        .then_some(word.len() + 1)
                })
                .unwrap_or(0),
        };
        let end = quantity.range.end + unit_len;
        let start = price.range.start;
        out[i - 1].range.end = end;
        slice(text, start..end).clone_into(&mut out[i - 1].mention.text);
        out.remove(i);
    }
}

/// True when `number` is a hyphenated term ("three-month", "10-year") that names a traded
/// instrument by its term: "three-month copper", "the one-week repo rate", "the 10-year
/// bond yield". A "six-week strike" or "its steepest one-day fall" keeps its number.
fn instrument_term(text: &str, number: &FoundNumber) -> bool {
    let written = number.mention.text.to_ascii_lowercase();
    if !["-day", "-week", "-month", "-year"]
        .iter()
        .any(|term| written.ends_with(term))
    {
        return false;
    }
    let after = slice(
        text,
        number.range.end..text.len().min(number.range.end + 24),
    );
    let next = after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '.', ';'])
        .to_ascii_lowercase();
    matches!(
        next.as_str(),
        "repo"
            | "copper"
            | "aluminium"
            | "aluminum"
            | "nickel"
            | "zinc"
            | "euribor"
            | "libor"
            | "sofr"
            | "treasury"
            | "treasuries"
            | "bond"
            | "bonds"
            | "bund"
            | "gilt"
            | "yield"
            | "yields"
            | "note"
            | "notes"
            | "bill"
            | "bills"
            | "futures"
            | "swap"
            | "swaps"
    )
}

/// Joins neighbouring numbers that one expression holds: a bare number word and a
/// number with a unit ("six to nine months", "drie tot vijf procent"; digits are joined in
/// [`atoms`]), two counts as alternatives ("vijf of zes", "five or six"), a part of a whole
/// ("drie van de tien", "21 of the 48") and a span of two dates ("Nov. 17 to Nov. 21").
fn merge_word_ranges(
    text: &str,
    numbers: Vec<FoundNumber>,
    language: Language,
) -> Vec<FoundNumber> {
    let mut out: Vec<FoundNumber> = Vec::with_capacity(numbers.len());
    for number in numbers {
        if let Some(last) = out.last_mut()
            && let Some(join) = joined(text, last, &number, language)
        {
            last.range.end = number.range.end;
            slice(text, last.range.clone()).clone_into(&mut last.mention.text);
            match join {
                Join::Range => {
                    last.mention.high = number.mention.high;
                    last.mention.unit = number.mention.unit;
                    last.mention.approximate |= number.mention.approximate;
                    last.salient = number.salient;
                }
                Join::Alternatives => {
                    last.mention.high = number.mention.high;
                    last.mention.unit = number.mention.unit;
                    last.mention.approximate = true;
                    last.salient |= number.salient;
                }
                Join::Share => {
                    let share = last
                        .mention
                        .low
                        .zip(number.mention.low)
                        .filter(|&(_, whole)| whole > 0.0)
                        .map(|(part, whole)| part / whole);
                    last.mention.low = share;
                    last.mention.high = share;
                    last.mention.unit = Some("fraction".to_owned());
                    last.salient |= number.salient;
                }
                Join::Dates => {}
            }
            continue;
        }
        out.push(number);
    }
    out
}

/// How two neighbouring numbers of [`merge_word_ranges`] form one.
enum Join {
    /// "six to nine months": the second gives the high end and the unit.
    Range,
    /// "vijf of zes": an approximate range.
    Alternatives,
    /// "drie van de tien": a fraction.
    Share,
    /// "Nov. 17 to Nov. 21".
    Dates,
}

/// Whether `last` and `next` (in this order, nothing between them but `text` of the gap)
/// are one expression, and how.
fn joined(text: &str, last: &FoundNumber, next: &FoundNumber, language: Language) -> Option<Join> {
    if last.range.end > next.range.start {
        return None;
    }
    let gap = slice(text, last.range.end..next.range.start);
    let single = last.mention.high == last.mention.low;
    let bare = |n: &FoundNumber| n.mention.unit.is_none() && !n.is_date;
    if last.is_date && next.is_date {
        let both_dates = last.mention.unit.as_deref() == Some("date")
            && next.mention.unit.as_deref() == Some("date");
        let span = matches!(
            gap,
            " to "
                | " tot "
                | " tot en met "
                | " t/m "
                | " through "
                | " until "
                | "–"
                | " – "
                | "-"
        );
        return (both_dates && span).then_some(Join::Dates);
    }
    if !bare(last) || !single || next.is_date {
        return None;
    }
    let has_digits = |n: &FoundNumber| {
        slice(text, n.range.clone())
            .bytes()
            .any(|b| b.is_ascii_digit())
    };
    let last_digits = has_digits(last);
    if next.mention.unit.is_some()
        && !last_digits
        && matches!(gap, " to " | " tot " | "–" | "-" | " à ")
    {
        return Some(Join::Range);
    }
    // "zes tot acht locaties", "two to four plants": two count words.
    if bare(next)
        && !last_digits
        && !has_digits(next)
        && next.mention.high == next.mention.low
        && matches!(gap, " to " | " tot " | " à ")
    {
        return Some(Join::Range);
    }
    let or = gap == " or " || (gap == " of " && language == Language::Dutch);
    if or && next.mention.high == next.mention.low {
        return Some(Join::Alternatives);
    }
    let share = matches!(gap, " van de " | " op de " | " out of " | " of the ");
    (share && bare(next)).then_some(Join::Share)
}

/// True when "ago", "earlier" or their Dutch words follow `end` of the lowercased clause:
/// "a decade ago", "dan een jaar eerder" are dates, not amounts of time.
fn date_follows(lower: &str, end: usize) -> bool {
    let after = slice(lower, end..lower.len()).trim_start();
    ["ago", "earlier", "geleden", "eerder"]
        .iter()
        .any(|w| after.starts_with(w))
}

/// True when `word` at `start` of the lowercased clause is "duizend" or "thousand" right
/// after digits ("5 duizend", "40 thousand"): a scale of those digits, found in [`atoms`].
fn scale_of_digits(lower: &str, word: &str, start: usize) -> bool {
    matches!(word, "duizend" | "thousand")
        && slice(lower, 0..start)
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit())
}

/// The value of a clock time in hours ("3:40 a.m." is 3.67, "7.30 p.m." 19.5).
fn clock_value(time: &str) -> Option<f64> {
    let digits: String = time
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, ':' | '.'))
        .collect();
    let (hours, minutes) = digits.split_once([':', '.'])?;
    let hours: f64 = hours.parse().ok()?;
    let minutes: f64 = minutes.get(..2)?.parse().ok()?;
    let lower = time.to_ascii_lowercase();
    let afternoon = (lower.ends_with("p.m.") || lower.ends_with("pm")) && hours < 12.0;
    Some(hours + minutes / 60.0 + if afternoon { 12.0 } else { 0.0 })
}

/// The number of an ordinal word ("fourth", "derde"); 0 for any other word.
fn ordinal_value(word: &str) -> f64 {
    match word {
        "second" | "tweede" => 2.0,
        "third" | "derde" => 3.0,
        "fourth" | "vierde" => 4.0,
        "fifth" | "vijfde" => 5.0,
        "sixth" | "zesde" => 6.0,
        "seventh" | "zevende" => 7.0,
        "eighth" | "achtste" => 8.0,
        "ninth" | "negende" => 9.0,
        "tenth" | "tiende" => 10.0,
        _ => 0.0,
    }
}

/// True when a fraction match "a third" or "een vijfde" (ending at `end` of the lowercased
/// clause) is an ordinal before a noun: "a third country", "een derde land". A fraction is
/// followed by a punctuation mark, a word of [`FRACTION_FOLLOWERS`], a comparative ("a
/// third cheaper") or a Dutch participle ("met een derde gedaald").
fn ordinal_not_fraction(lower: &str, matched: &str, end: usize) -> bool {
    let ordinal = ["third", "fifth", "tenth", "derde", "vijfde", "tiende"];
    let Some((article, word)) = matched.split_once(' ') else {
        return false;
    };
    if !matches!(article, "a" | "een" | "one") || !ordinal.contains(&word) {
        return false;
    }
    let rest = slice(lower, end..lower.len());
    if !rest.starts_with(' ') {
        return false;
    }
    let next: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '-')
        .collect();
    if next.is_empty() {
        return false;
    }
    let participle = next.starts_with("ge") && next.ends_with(['d', 't']);
    !(FRACTION_FOLLOWERS.contains(&next.as_str()) || next.ends_with("er") || participle)
}

/// A digit-based number before range merging.
struct Atom {
    range: Range<usize>,
    low: Option<f64>,
    high: Option<f64>,
    unit: Option<&'static str>,
    merged: bool,
}

/// The digit-based numbers (with currency, scale, unit and ranges).
fn atoms(text: &str, offset: usize, piece: &str, language: Language, out: &mut Vec<FoundNumber>) {
    let base = offset;
    let mut atoms: Vec<Atom> = Vec::new();
    let matches =
        std::iter::successors(next_atom(piece, 0), |atom| next_atom(piece, atom.whole.end));
    for atom in matches {
        let whole = atom.whole;
        let range = trim_end(piece, whole.clone());
        let overlaps = out
            .iter()
            .any(|n| n.range.start < range.end + base && range.start + base < n.range.end);
        if overlaps {
            continue;
        }
        let cur = atom.cur;
        let scale = atom.scale.map(|m| m.trim().to_lowercase());
        let unit_word = atom
            .unit
            .map(|m| m.trim().trim_start_matches('-').to_lowercase());
        // "€ 612,40": a space may follow the euro sign.
        let cur_len = slice(piece, whole.start..atom.num_end)
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(0);
        let prev = slice(piece, 0..whole.start).chars().next_back();
        let rest = slice(piece, atom.num_end..piece.len());
        let next = rest.chars().next();
        let after_next = rest.chars().nth(1);
        // Glued to letters: part of a product code such as "H20", "6000D" or "COVID-19".
        let glued_before = prev
            .is_some_and(|c| c.is_alphabetic() || (c == '-' && glued_hyphen(piece, whole.start)));
        if cur.is_none() && glued_before {
            continue;
        }
        if unit_word.is_none() && scale.is_none() && next.is_some_and(char::is_alphabetic) {
            continue;
        }
        // Clock times ("19:00") are not reported.
        let clock = (next == Some(':') && after_next.is_some_and(|c| c.is_ascii_digit()))
            || prev == Some(':');
        if clock {
            continue;
        }
        let digits = slice(piece, whole.start + cur_len..atom.num_end);
        let plain_integer = digits.chars().all(|c| c.is_ascii_digit());
        let unitless = cur.is_none() && scale.is_none() && unit_word.is_none();
        // "Ascend 950" is a name; "TechInsight Partners 3 à 4 procent" a range.
        // "en"/"and" joins a range only after "tussen"/"between" ([`joins_range`]), so
        // "van het type Spreeuw 3 en 650 onderscheppers" keeps the name.
        if unitless
            && plain_integer
            && after_name(text, base + whole.start)
            && !RANGE_JOIN.find(rest).is_some_and(|join| {
                !matches!(join.as_str().trim(), "en" | "and")
                    && slice(rest, join.end()..rest.len()).starts_with(|c: char| c.is_ascii_digit())
            })
            && !(language == Language::Dutch
                && counts_after_name(rest)
                && !camel_case_before(text, base + whole.start))
        {
            continue;
        }
        // "de DSMR 5.0-standaard": the version of a named standard or product.
        if unitless
            && next == Some('-')
            && after_next.is_some_and(char::is_alphabetic)
            && after_name(text, base + whole.start)
        {
            continue;
        }
        // "a Gen 8.6 line": a generation of equipment, not an amount.
        if unitless && {
            let lead = before(piece, whole.start, 6).trim_end();
            (lead.ends_with("Gen") || lead.ends_with("Gen."))
                && !lead
                    .trim_end_matches('.')
                    .trim_end_matches("Gen")
                    .ends_with(char::is_alphanumeric)
        } {
            continue;
        }
        // "grade 304 coil", "type 2": a bare integer after such a word names a kind of thing.
        if unitless && plain_integer {
            let lead = before(piece, whole.start, 8)
                .trim_end()
                .to_ascii_lowercase();
            if ["grade", "type", "class", "klasse", "model"]
                .iter()
                .any(|w| lead.ends_with(w) && lead[..lead.len() - w.len()].ends_with([' ', '-']))
            {
                continue;
            }
        }
        let mut value = parse_value(digits, language);
        if let Some(scale) = &scale {
            value = value.map(|v| v * scale_value(scale));
        }
        let mut unit = cur
            .map(currency_unit)
            .or_else(|| unit_word.as_deref().and_then(unit_name));
        let calendar_year = unitless
            && plain_integer
            && digits.len() == 4
            && value.is_some_and(|v| (1900.0..=2100.0).contains(&v));
        if calendar_year {
            unit = Some("year");
        }
        // A range: this atom follows the previous one through "–", "tot", "to", "en".
        if let Some(last) = atoms.last_mut()
            && !last.merged
            && joins_range(piece, last.range.clone(), range.start)
            && (last.unit.is_none() || unit.is_none() || last.unit == unit)
            // "firmed 1.2% to 1,415 per dollar": a unit before "to" and none after is a
            // change and a new level, not a range ("$10–12" and "2021 to 22" still are).
            && !(unit.is_none()
                && last.unit.is_some_and(|u| u != "year")
                && slice(piece, last.range.end..range.start).trim().len() > 1)
            // "gained €6.25 to €198.50", "has grown from 11 to 54": a change and the
            // level it reached.
            && !change_then_level(piece, last.range.start, last.low, value)
            // "extended by 15 years to 2062": a length of time, then the year it ends.
            && !(calendar_year
                && slice(piece, last.range.clone()).contains(|c: char| c.is_alphabetic()))
        {
            last.range.end = range.end;
            last.high = value;
            // "2021-22": the second year is written short; "31-17", a tally, counts down.
            if let (Some(low), Some(high)) = (last.low, last.high)
                && high < low
            {
                let short = 10_f64.powi(i32::try_from(digits.len()).unwrap_or(0));
                let expanded = (low / short).floor() * short + high;
                if plain_integer && digits.len() < 4 && expanded >= low && expanded - low < short {
                    last.high = Some(expanded);
                } else {
                    last.low = Some(high);
                    last.high = Some(low);
                }
            }
            last.merged = true;
            if last.unit.is_none() || last.unit == Some("year") {
                last.unit = unit;
            }
            continue;
        }
        atoms.push(Atom {
            range,
            low: value,
            high: value,
            unit,
            merged: false,
        });
    }
    for atom in atoms {
        let is_date = atom.unit == Some("year");
        let mut number = found(
            text, base, atom.range, atom.low, None, atom.unit, false, is_date,
        );
        number.mention.high = atom.high;
        out.push(number);
    }
}

/// Verbs and adverbs of a change in an amount, after which "X to Y" is the change and
/// the new level.
const CHANGE_WORDS: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rises",
    "grew",
    "grown",
    "grow",
    "grows",
    "fell",
    "fallen",
    "falls",
    "dropped",
    "drops",
    "climbed",
    "climbs",
    "gained",
    "gains",
    "jumped",
    "jumps",
    "slipped",
    "slid",
    "eased",
    "increased",
    "decreased",
    "declined",
    "added",
    "lost",
    "surged",
    "soared",
    "plunged",
    "tumbled",
    "advanced",
    "widened",
    "narrowed",
    "expanded",
    "shrank",
    "shrunk",
    "up",
    "down",
    "higher",
    "lower",
];

/// True when the number at `start` of `piece` and the one after it, joined by "to", are
/// a change and the level it reached rather than a range: "has grown from 11 to 54" (a
/// change verb before "from"), "gained €6.25 to €198.50" (the second far larger than the
/// first). "rose 15% to 20%" stays a range.
fn change_then_level(piece: &str, start: usize, low: Option<f64>, high: Option<f64>) -> bool {
    let lead = before(piece, start, 32).to_ascii_lowercase();
    let mut words = lead
        .split(|c: char| !c.is_ascii_alphabetic())
        .rev()
        .filter(|w| !w.is_empty())
        .skip_while(|w| {
            matches!(
                *w,
                "about" | "nearly" | "some" | "roughly" | "almost" | "around" | "by" | "just"
            )
        });
    match words.next() {
        Some("from") => words.next().is_some_and(|w| CHANGE_WORDS.contains(&w)),
        Some(word) if CHANGE_WORDS.contains(&word) => low
            .zip(high)
            .is_some_and(|(low, high)| high.abs() > 3.0 * low.abs()),
        _ => false,
    }
}

/// True when the gap between two numbers makes them a range ("10–12", "1 tot 10",
/// "between 3 and 5").
fn joins_range(piece: &str, last: Range<usize>, next_start: usize) -> bool {
    let gap = slice(piece, last.end..next_start);
    if gap.is_empty() || RANGE_JOIN.find(gap).is_none_or(|m| m.end() != gap.len()) {
        return false;
    }
    let word = gap.trim();
    if word == "/" {
        // "the 2025/26 season": a split year; "24/7" and "1/3" are no ranges.
        let year = slice(piece, last.clone());
        let next_digits = slice(piece, next_start..piece.len())
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        return year.len() == 4
            && (year.starts_with("19") || year.starts_with("20"))
            && matches!(next_digits, 2 | 4);
    }
    if word == "en" || word == "and" {
        // "tussen 3 en 5", "tussen de €1.000 en €3.750", "between 3 and 5".
        let before = before(piece, last.start, 12).to_lowercase();
        return before.contains("tussen") || before.contains("between");
    }
    true
}

/// True when the hyphen before `at` follows a word with a letter ("COVID-19", the model
/// code "G2-440"); after a number it joins a range or tally ("31-17", "2021-22").
fn glued_hyphen(piece: &str, at: usize) -> bool {
    slice(piece, 0..at)
        .chars()
        .rev()
        .skip(1)
        .take_while(|c| c.is_alphanumeric())
        .any(char::is_alphabetic)
}

/// True when `rest`, what follows a bare integer after a name in a Dutch clause, opens
/// with a plural noun that the integer counts: "in Nederland 37 meldingen", "volgens de
/// Kamer van Koophandel 23 mensen". Dutch puts the subject after the verb and an opening
/// phrase, so a name can end right before a count; a product's number is followed by a
/// verb or function word instead ("de Kestrel 4 moeten", "Velora 3 sinds").
fn counts_after_name(rest: &str) -> bool {
    let Some(word) = rest
        .strip_prefix(' ')
        .and_then(|r| r.split([' ', ',', '.']).next())
    else {
        return false;
    };
    word.len() >= 5
        && word.starts_with(|c: char| c.is_lowercase())
        && word.ends_with("en")
        && !matches!(
            word,
            "worden"
                | "werden"
                | "moeten"
                | "moesten"
                | "kunnen"
                | "konden"
                | "zullen"
                | "zouden"
                | "hebben"
                | "hadden"
                | "mogen"
                | "willen"
                | "tegen"
                | "boven"
                | "tussen"
                | "binnen"
                | "buiten"
                | "blijven"
                | "komen"
                | "gaan"
                | "staan"
                | "liggen"
                | "leveren"
                | "draaien"
                | "rijden"
                | "vliegen"
                | "varen"
        )
}

/// True when the token before `at` is a capitalised name word that is not sentence-initial,
/// such as "China" in "Made in China 2025" or "Ascend" in "Ascend 950".
fn after_name(text: &str, at: usize) -> bool {
    let before = slice(text, 0..at);
    if !before.ends_with(' ') {
        return false;
    }
    let trimmed = before.trim_end();
    let word_start = trimmed
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = slice(trimmed, word_start..trimmed.len());
    let Some(first) = word.chars().next() else {
        return false;
    };
    first.is_uppercase()
        && super::dates::month_number(word).is_none_or(|_| word.len() > 3 && !is_month_word(word))
        && !is_initial(text, word_start)
}

/// True when the word before `at` mixes case inside like a product name
/// (`CraneOS`, `iPhone`): the number after it is a version, never a count.
fn camel_case_before(text: &str, at: usize) -> bool {
    let word = slice(text, 0..at)
        .trim_end()
        .rsplit(' ')
        .next()
        .unwrap_or("");
    word.chars()
        .zip(word.chars().skip(1))
        .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
}

fn is_month_word(word: &str) -> bool {
    super::dates::month_number(word).is_some() && word.chars().skip(1).all(char::is_lowercase)
}

#[allow(clippy::too_many_arguments, clippy::fn_params_excessive_bools)]
fn found(
    text: &str,
    base: usize,
    range: Range<usize>,
    low: Option<f64>,
    high: Option<f64>,
    unit: Option<&str>,
    approximate: bool,
    is_date: bool,
) -> FoundNumber {
    let range = range.start + base..range.end + base;
    let time_frame = matches!(
        unit,
        Some("day" | "week" | "month" | "year" | "hour" | "minute" | "quarter")
    ) && TIME_FRAME.is_match(&before(text, range.start, 24).to_ascii_lowercase());
    let described = attributive(text, range.start);
    FoundNumber {
        mention: NumberMention {
            text: slice(text, range.clone()).to_owned(),
            low,
            high: high.or(low),
            unit: unit.map(str::to_owned),
            approximate,
        },
        range,
        is_date,
        salient: !matches!(unit, Some("nm" | "GB" | "TB")) && !time_frame && !described,
    }
}

/// Whether the number at `start` only describes a noun that an indefinite article
/// introduces: "broke ground on a $420 million plant", "een nieuwe fabriek van …" is not
/// this, "for a new $16.5 billion loan programme" is. Such a number tells which thing
/// the clause is about, not what it measures ("an estimated 40,000", "a further 5%" and
/// "a record 262 gigawatts" still measure).
fn attributive(text: &str, start: usize) -> bool {
    let lead = before(text, start, 24).to_ascii_lowercase();
    let mut words = lead.split_whitespace().rev();
    let Some(last) = words.next() else {
        return false;
    };
    let last = last.trim_end_matches(['$', '€', '£']);
    let article = |w: &str| matches!(w, "a" | "an" | "een");
    article(last)
        || matches!(
            last,
            "new" | "nieuwe" | "planned" | "geplande" | "proposed" | "voorgestelde"
        ) && words.next().is_some_and(article)
}

/// Words before a duration that make it a time frame rather than a measured length.
static TIME_FRAME: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:afgelopen|komende|voorbije|laatste|volgende|na|past|last|next|coming|previous|after|voor|for|elke|every|binnen|within|periode\s+van|period\s+of|looptijd\s+van|term\s+of)(?:\s(?:ruim|bijna|ongeveer|circa|about|nearly|almost|roughly))?\s$",
    )
});

fn trim_end(piece: &str, range: Range<usize>) -> Range<usize> {
    let s = slice(piece, range.clone());
    range.start..range.end - (s.len() - s.trim_end().len())
}

/// Parses digits with separators. A separator followed by exactly three digits is a
/// thousands separator when it repeats, or when the language uses it that way.
fn parse_value(digits: &str, language: Language) -> Option<f64> {
    let separators: Vec<char> = digits.chars().filter(|c| matches!(c, '.' | ',')).collect();
    let groups: Vec<&str> = digits.split(['.', ',']).collect();
    let thousands_sep = match language {
        Language::Dutch => '.',
        Language::English => ',',
    };
    let mut cleaned = String::with_capacity(digits.len());
    if separators.is_empty() {
        cleaned.push_str(digits);
    } else if separators.len() == 1 {
        let tail = groups.last().map_or(0, |g| g.len());
        let sep = separators.first().copied().unwrap_or('.');
        let is_thousands = tail == 3 && sep == thousands_sep;
        for (i, group) in groups.iter().enumerate() {
            if i > 0 && !is_thousands {
                cleaned.push('.');
            }
            cleaned.push_str(group);
        }
    } else {
        // Several separators: all but a different last one are thousands separators.
        let last = separators.last().copied();
        let first = separators.first().copied();
        let decimal_last = last != first;
        let n = groups.len();
        for (i, group) in groups.iter().enumerate() {
            if decimal_last && i + 1 == n {
                cleaned.push('.');
            }
            cleaned.push_str(group);
        }
    }
    cleaned.parse().ok()
}

fn scale_value(word: &str) -> f64 {
    match word {
        "thousand" | "duizend" => 1e3,
        "million" | "miljoen" | "mln" => 1e6,
        "billion" | "miljard" | "mld" | "mrd" | "bn" => 1e9,
        "trillion" | "biljoen" => 1e12,
        _ => 1.0,
    }
}

fn currency_unit(symbol: &str) -> &'static str {
    match symbol {
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "CNY",
        "NT$" => "TWD",
        "HK$" => "HKD",
        "S$" => "SGD",
        "A$" => "AUD",
        "C$" => "CAD",
        "R$" => "BRL",
        _ => "USD",
    }
}

fn unit_name(word: &str) -> Option<&'static str> {
    let unit = match word {
        "%" | "procent" | "percent" | "per cent" => "%",
        "procentpunt" | "procentpunten" | "percentage point" | "percentage points" => "pp",
        "basispunt" | "basispunten" | "basis point" | "basis points" | "bps" => "bp",
        "dollar" | "dollars" => "USD",
        "euro" | "euros" => "EUR",
        "yuan" | "renminbi" => "CNY",
        "ringgit" => "MYR",
        "won" => "KRW",
        "yen" => "JPY",
        "baht" => "THB",
        "rupee" | "rupees" => "INR",
        "rupiah" => "IDR",
        "peso" | "pesos" => "MXN",
        "pond" | "ponden" | "pound" | "pounds" => "GBP",
        "cent" | "cents" => "cent",
        "eurocent" | "eurocents" => "EUR cent",
        "keer" | "times" => "times",
        "jaar" | "jaren" | "year" | "years" => "year",
        "maand" | "maanden" | "month" | "months" => "month",
        "week" | "weken" | "weeks" => "week",
        "dag" | "dagen" | "day" | "days" => "day",
        "werkdagen" | "working days" | "business days" | "trading days" => "working day",
        "uur" | "uren" | "hour" | "hours" => "hour",
        "minuut" | "minuten" | "minute" | "minutes" => "minute",
        "kwartalen" | "quarter" | "quarters" => "quarter",
        "decade" | "decades" | "decennium" | "decennia" => "decade",
        "nm" | "nanometer" | "nanometers" | "nanometre" | "nanometres" => "nm",
        "gb" | "gigabyte" | "gigabytes" => "GB",
        "tb" | "terabyte" | "terabytes" => "TB",
        "mw" | "megawatt" | "megawatts" => "MW",
        "gw" | "gigawatt" | "gigawatts" => "GW",
        "km" | "kilometer" | "kilometers" | "kilometre" | "kilometres" => "km",
        "kilowatt" | "kilowatts" => "kW",
        "meter" | "meters" | "metre" | "metres" => "m",
        "hectare" | "hectares" => "ha",
        "terawattuur" | "terawatt-hour" | "terawatt-hours" | "twh" => "TWh",
        "gigawattuur" | "gigawatt-hour" | "gigawatt-hours" | "gwh" => "GWh",
        "megawattuur" | "megawatt-hour" | "megawatt-hours" | "mwh" => "MWh",
        "teu" | "teus" => "TEU",
        "knopen" | "knots" => "kn",
        "kilolitre" | "kilolitres" => "kl",
        "rouble" | "roubles" | "ruble" | "rubles" => "RUB",
        "tenge" => "KZT",
        "zloty" => "PLN",
        "mile" | "miles" | "mijl" => "mi",
        "ton" | "tons" | "tonne" | "tonnes" => "t",
        "kg" | "kilo" | "kilogram" | "kilograms" | "kilogramme" | "kilogrammes" => "kg",
        "liter" | "liters" | "litre" | "litres" => "l",
        "barrel" | "barrels" => "barrel",
        "foot" | "feet" => "ft",
        "inch" | "inches" => "in",
        "millimeter" | "millimetre" => "mm",
        "centimeter" | "centimeters" | "centimetre" | "centimetres" => "cm",
        _ => return None,
    };
    Some(unit)
}

/// The value of a number word ("twee", "fifteen", "anderhalf"), lowercased.
pub(crate) fn word_value(word: &str) -> Option<f64> {
    let value = match word {
        "een" | "één" | "a" | "one" => 1.0,
        "anderhalf" | "anderhalve" => 1.5,
        "twee" | "two" => 2.0,
        "drie" | "three" => 3.0,
        "vier" | "four" => 4.0,
        "vijf" | "five" => 5.0,
        "zes" | "six" => 6.0,
        "zeven" | "seven" => 7.0,
        "acht" | "eight" => 8.0,
        "negen" | "nine" => 9.0,
        "tien" | "ten" => 10.0,
        "elf" | "eleven" => 11.0,
        "twaalf" | "twelve" => 12.0,
        "twintig" | "twenty" => 20.0,
        "dertig" | "thirty" => 30.0,
        "veertig" | "forty" => 40.0,
        "vijftig" | "fifty" => 50.0,
        "honderd" | "hundred" => 100.0,
        "duizend" | "thousand" => 1000.0,
        "dertien" | "thirteen" => 13.0,
        "veertien" | "fourteen" => 14.0,
        "vijftien" | "fifteen" => 15.0,
        "zestien" | "sixteen" => 16.0,
        "zeventien" | "seventeen" => 17.0,
        "achttien" | "eighteen" => 18.0,
        "negentien" | "nineteen" => 19.0,
        "zestig" | "sixty" => 60.0,
        "zeventig" | "seventy" => 70.0,
        "tachtig" | "eighty" => 80.0,
        "negentig" | "ninety" => 90.0,
        _ => return None,
    };
    Some(value)
}

/// True when `number` is "één" in an idiom: "in één klap", "in één keer" (at once),
/// "op één lijn" (in agreement).
fn one_idiom(text: &str, number: &FoundNumber) -> bool {
    // "één", "Één", "eén": most numbers start otherwise.
    if !matches!(number.mention.text.bytes().next(), Some(0xC3 | b'e' | b'E')) {
        return false;
    }
    let written = number.mention.text.to_lowercase();
    let Some(rest) = written.strip_prefix("één") else {
        return false;
    };
    let lead = before(text, number.range.start, 4).to_lowercase();
    let after = if rest.is_empty() {
        text.get(number.range.end..)
            .unwrap_or("")
            .chars()
            .take(6)
            .collect::<String>()
            .to_lowercase()
    } else {
        rest.to_owned()
    };
    (lead.ends_with("in ")
        && [" klap", " keer", " ruk", " adem"]
            .iter()
            .any(|idiom| after.starts_with(idiom)))
        || (lead.ends_with("op ") && after.starts_with(" lijn"))
}

fn vague_value(lower: &str) -> f64 {
    // "tens of thousands", "honderden miljoenen", "tienduizenden": a count of a magnitude.
    let count = if lower.starts_with("tens") || lower.starts_with("tien") {
        10.0
    } else if lower.starts_with("hundred") || lower.starts_with("honderd") {
        100.0
    } else {
        1.0
    };
    let magnitude = if lower.contains("billion") || lower.contains("miljard") {
        Some(1e9)
    } else if lower.contains("million") || lower.contains("miljoen") {
        Some(1e6)
    } else if lower.contains("thousand") || lower.contains("duizend") {
        Some(1e3)
    } else {
        None
    };
    match magnitude {
        Some(magnitude) => count * magnitude,
        None if count > 1.0 => count,
        None if lower.starts_with("half") => 6.0,
        None if lower.contains("dozen") || lower.contains("dozijn") => 12.0,
        None => 10.0,
    }
}

#[cfg(test)]
mod tests {
    use super::{Language, find_numbers, parse_value};

    #[test]
    fn parses_both_conventions() {
        assert_eq!(parse_value("10.000", Language::Dutch), Some(10_000.0));
        assert_eq!(parse_value("4,5", Language::Dutch), Some(4.5));
        assert_eq!(parse_value("10,000", Language::English), Some(10_000.0));
        assert_eq!(parse_value("4.5", Language::English), Some(4.5));
        assert_eq!(
            parse_value("1.234.567,8", Language::Dutch),
            Some(1_234_567.8)
        );
    }

    #[test]
    fn range_values() {
        let text = "prices of $20.000–$24.000 each";
        let found = find_numbers(text, 0..text.len(), Language::Dutch);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].mention.text, "$20.000–$24.000");
        assert_eq!(found[0].mention.low, Some(20_000.0));
        assert_eq!(found[0].mention.high, Some(24_000.0));
        assert_eq!(found[0].mention.unit.as_deref(), Some("USD"));
    }
}
