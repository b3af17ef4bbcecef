//! Named entities by general rules: capitalised words that are not sentence-initial
//! common words, multi-word names ("Jensen Huang", "Cyberspace Administration of China"),
//! product-code shapes (letters with digits: "H20", "B30A", "MI308"), names continued by a
//! model number ("RTX Pro 6000D", "Ascend 950"), acronyms ("CAC", "VS"), and short quoted
//! programme names glued to a compound ("“Made in China 2025”-programma").
//!
//! The gazetteer (`assets/gazetteer.txt`) only supplies kinds and lets a known name count
//! at the start of a sentence; a capitalised word also counts there when the article uses
//! it capitalised elsewhere mid-sentence ([`EntityContext`]).
//!
//! Surface forms are substrings of the text: possessives ("Nvidia’s") and compound tails
//! ("Nvidia-chips") are cut off.

use std::hash::Hasher;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::gender;
use super::text::{
    self, Token, WordMap, WordSet, is_initial, quote_regions, slice, tagged_lines, token_iter,
};
use crate::model::{EntityKind, EntityMention};

/// The gazetteer: surface form to kind.
static GAZETTEER: LazyLock<WordMap<&'static str, EntityKind>> = LazyLock::new(|| {
    tagged_lines(include_str!("../../assets/gazetteer.txt"))
        .filter_map(|(kind, name)| {
            let kind = match kind {
                "org" => EntityKind::Organization,
                "person" => EntityKind::Person,
                "product" => EntityKind::Product,
                "place" => EntityKind::Place,
                _ => return None,
            };
            Some((name, kind))
        })
        .collect()
});

/// Capitalised words that are function words, not names, when they start a sentence
/// (or sit in a title-case headline).
const FUNCTION_WORDS_LIST: &[&str] = &[
    "De",
    "Het",
    "Een",
    "En",
    "Of",
    "Maar",
    "Want",
    "Dus",
    "Dat",
    "Dit",
    "Deze",
    "Die",
    "Zo",
    "Ook",
    "Nu",
    "Toen",
    "Als",
    "Bij",
    "Na",
    "Naar",
    "Door",
    "Om",
    "Tot",
    "Uit",
    "Over",
    "Op",
    "In",
    "Aan",
    "Met",
    "Voor",
    "Van",
    "Volgens",
    "Zonder",
    "Tegen",
    "Onder",
    "Binnen",
    "Buiten",
    "Naast",
    "Behalve",
    "Tussen",
    "Rond",
    "Via",
    "Vanwege",
    "Wegens",
    "Dankzij",
    "Namens",
    "Daarna",
    "Nadat",
    "Voordat",
    "Zodra",
    "Indien",
    "Tenzij",
    "Vervolgens",
    "Verder",
    "Vooral",
    "Ondanks",
    "Tijdens",
    "Sinds",
    "Vanaf",
    "Eerder",
    "Later",
    "Inmiddels",
    "Intussen",
    "Wel",
    "Niet",
    "Geen",
    "Er",
    "Hij",
    "Zij",
    "Ze",
    "Wij",
    "We",
    "Ik",
    "Jij",
    "U",
    "Hun",
    "Zijn",
    "Haar",
    "Ons",
    "Onze",
    "Mijn",
    "Wat",
    "Wie",
    "Waarom",
    "Hoe",
    "Waar",
    "Wanneer",
    "Welke",
    "Hoewel",
    "Omdat",
    "Terwijl",
    "Toch",
    "Daarom",
    "Daarnaast",
    "Bovendien",
    "Beide",
    "Alle",
    "Veel",
    "Meer",
    "Andere",
    "Elke",
    "Ieder",
    "Verschillende",
    "Sommige",
    "Enkele",
    "Grote",
    "Nieuwe",
    "Eind",
    "Begin",
    "Half",
    "Ongeveer",
    "Bijna",
    "Ruim",
    "Zelfs",
    "Al",
    "Nog",
    "Dan",
    "Daar",
    "Hier",
    "Hierdoor",
    "Hiermee",
    "Daarmee",
    "Daardoor",
    "Zowel",
    "Achtergrond",
    "Nieuws",
    "Lees",
    "Foto",
    "The",
    "A",
    "An",
    "And",
    "Or",
    "But",
    "So",
    "That",
    "This",
    "These",
    "Those",
    "There",
    "Here",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Your",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "When",
    "Which",
    "While",
    "Although",
    "Though",
    "Because",
    "Since",
    "After",
    "Before",
    "During",
    "Despite",
    "According",
    "As",
    "At",
    "By",
    "For",
    "From",
    "In",
    "Into",
    "On",
    "Of",
    "To",
    "With",
    "Without",
    "Among",
    "Against",
    "Between",
    "Within",
    "Through",
    "Across",
    "Amid",
    "Unlike",
    "Beyond",
    "Until",
    "Unless",
    "Once",
    "Whether",
    "Under",
    "Over",
    "About",
    "Around",
    "Nearly",
    "Some",
    "Many",
    "Most",
    "More",
    "Other",
    "Both",
    "All",
    "Each",
    "Every",
    "Several",
    "Such",
    "Also",
    "Still",
    "Yet",
    "However",
    "Meanwhile",
    "Moreover",
    "Instead",
    "Earlier",
    "Later",
    "Last",
    "Next",
    "New",
    "Now",
    "Then",
    "If",
    "Not",
    "No",
    "Only",
    "Even",
    "Just",
    "Why",
    "Read",
    "Photo",
    "Image",
    "Share",
    "Background",
    "Analysts",
    "Analisten",
    "Officials",
    "Experts",
    "Critics",
    "Investors",
    "Beleggers",
    "Nobody",
    "Niemand",
    "Iedereen",
    "Everyone",
    "Everybody",
    "Someone",
    "Somebody",
    "Including",
    // Vague counts ("Tientallen Westlandse bedrijven").
    "Tientallen",
    "Honderden",
    "Duizenden",
    "Dozens",
    "Hundreds",
    "Thousands",
    // Counts ("Twee Indiase producenten", "Three Japanese trading houses").
    "Twee",
    "Drie",
    "Vier",
    "Vijf",
    "Zes",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    // Verbs that open a question ("Can Dar es Salaam win the cargo back?", "Kan Nederland
    // dat betalen?").
    "Can",
    "Could",
    "Would",
    "Should",
    "Does",
    "Did",
    "Do",
    "Is",
    "Are",
    "Was",
    "Were",
    "Has",
    "Have",
    "Had",
    "Might",
    "Must",
    "Shall",
    "Kan",
    "Kunnen",
    "Zal",
    "Zullen",
    "Moet",
    "Moeten",
    "Wordt",
    "Worden",
    "Heeft",
    "Hebben",
    "Gaat",
];

/// Generic acronyms and capitalised terms that are not names.
const GENERIC_LIST: &[&str] = &[
    "AI", "CEO", "CFO", "CTO", "COO", "GPU", "GPUs", "CPU", "CPUs", "PC", "PCs", "TV", "IT", "ML",
    "LLM", "LLMs", "API", "APIs", "OK", "AM", "PM", "USD", "EUR", "ID", "PR", "IPO", "GDP", "BBP",
    "Q1", "Q2", "Q3", "Q4", "H1", "H2", "NB", "PS", "FAQ", "HQ", "R&D", "KI", "AI's", "MRI", "CT",
];

/// Capitalised nouns that are never names: peoples by their nation ("De Chinezen kopen
/// nog"), which are groups, and "Aanleiding", which opens many a Dutch news sentence.
const NOT_NAME_NOUNS: &[&str] = &[
    "Aanleiding",
    "Chinezen",
    "Amerikanen",
    "Russen",
    "Japanners",
    "Duitsers",
    "Nederlanders",
    "Belgen",
    "Britten",
    "Fransen",
    "Europeanen",
    "Oekraïners",
    "Turken",
    "Indiërs",
    "Koreanen",
    "Taiwanezen",
];

/// Titles before a person's name; dropped from the surface form.
const TITLES: &[&str] = &[
    "CEO",
    "Executive",
    "Prime",
    "Vice",
    "Deputy",
    "President",
    "president",
    "Minister",
    "minister",
    "Premier",
    "premier",
    "Senator",
    "senator",
    "Kamerlid",
    "kamerlid",
    "Staatssecretaris",
    "staatssecretaris",
    "Burgemeester",
    "burgemeester",
    "Wethouder",
    "wethouder",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Dhr",
    "Mevr",
    "Mevrouw",
    "Prof",
    "Drs",
    "Chairman",
    "Chairwoman",
    "topman",
    "topvrouw",
    "oprichter",
    "founder",
    "Secretary",
    "secretary",
    "Commissioner",
    "commissaris",
    "woordvoerder",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "analist",
    "analyst",
    "econoom",
    "economist",
    "hoogleraar",
    "professor",
    "onderzoeker",
    "researcher",
    "woordvoerster",
    "advocaat",
    "lawyer",
    "gedeputeerde",
    "ambassadeur",
    "ambassador",
    "directeur",
    "director",
    "voorzitter",
    "chair",
    "chief",
    "Chief",
    "CFO",
    "CTO",
];

/// Last words that make a multi-word name an organisation.
const ORG_SUFFIXES_LIST: &[&str] = &[
    "Alliance",
    "Alliantie",
    "Coalition",
    "Coalitie",
    "Planbureau",
    "Inc",
    "Corp",
    "Corporation",
    "Group",
    "Groep",
    "Holdings",
    "Technologies",
    "Technology",
    "Times",
    "Post",
    "Journal",
    "News",
    "Daily",
    "Administration",
    "Ministry",
    "Ministerie",
    "Department",
    "Bank",
    "Agency",
    "Authority",
    "Autoriteit",
    "Commission",
    "Commissie",
    "Council",
    "Raad",
    "Office",
    "Bureau",
    "Centrum",
    "Centre",
    "Center",
    "Bundesanstalt",
    "Bundesamt",
    "University",
    "Universiteit",
    "Stichting",
    "Foundation",
    "Vereniging",
    "Federatie",
    "Institute",
    "Instituut",
    "Partners",
    "Capital",
    "Research",
    "Securities",
    "Association",
    "Federation",
    "Party",
    "Partij",
    "Court",
    "Hof",
    "Committee",
    "Semiconductor",
    "Semiconductors",
    "Systems",
    "Modules",
    "Labs",
    "Resources",
    "Mining",
    "Metals",
    "Minerals",
    "Materials",
    "Energy",
    "Energie",
    "Industries",
    "Industrie",
    "Motors",
    "Airlines",
    "Airways",
    "Shipping",
    "Maritime",
    "Logistics",
    "Logistiek",
    "Lines",
    "Line",
    "Analytics",
    "Petroleum",
    "Chemicals",
    "Chemical",
    "Pharma",
    "Pharmaceuticals",
    "Electronics",
    "Networks",
    "Telecom",
    "Solutions",
    "Ventures",
    "Trading",
    "Steel",
    "Power",
    "Foods",
    "Insurance",
    "Consulting",
    "Advisory",
    "Associates",
    "Investments",
    "Management",
    "Markets",
    "Exchange",
    "Automotive",
    "Batteries",
    "Refining",
    "Holding",
    "Ltd",
    "LLC",
    "PLC",
    "GmbH",
    "Scheepvaart",
    "Verzekeringen",
    "Rederij",
    "Commodities",
    "Economics",
    "Intelligence",
    "Brokers",
    "Ferroalloys",
    "Engineering",
    "Shipbuilding",
    "Terminals",
    "Vehicles",
    "Insights",
    "International",
    "Ports",
    "Oil",
    "Gas",
    "Freight",
];

/// Month and weekday names (capitalised in English): never entities.
const CALENDAR_LIST: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Abbreviated months ("Nov. 3", "Sept 30"): dates, not names, before a day or a dot.
const MONTH_ABBREVIATIONS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// Terms and units in capitals that are no names on their own ("LNG", "CO2", "TEU"), though
/// they may end one ("Yamal LNG"); and the state as an institution ("het Rijk").
const NOT_NAMES_ALONE: &[&str] = &[
    "LNG", "CO2", "EV", "EVs", "GW", "MW", "TEU", "TEUs", "Rijk", "Staat",
];

/// Verbs after which a demonym-like word is still a name ("Morgan said").
const VERBS_AFTER_NAME_LIST: &[&str] = &[
    "said",
    "says",
    "zei",
    "zegt",
    "told",
    "has",
    "had",
    "is",
    "was",
    "heeft",
    "will",
    "would",
    "meldt",
    "reported",
    "wrote",
    "schrijft",
    "rekent",
    "verwacht",
    "expects",
    "announced",
    "welcomed",
    "denied",
    "ontkent",
    "ontkende",
    "kondigde",
    "blijft",
    "remains",
    "plans",
    "plant",
    "declined",
    "confirmed",
    "bevestigde",
    "bevestigt",
];

/// Words that set a name against another when they open a sentence ("Rival Sanwa
/// Refining said …"); they are no part of the name.
pub(crate) const NAME_DESCRIPTORS: &[&str] = &["Rival", "Concurrent", "Former", "Voormalig"];

/// Word lists as hash sets: they are consulted for every token.
static FUNCTION_WORDS: LazyLock<WordSet<&'static str>> = LazyLock::new(|| {
    FUNCTION_WORDS_LIST
        .iter()
        .chain(NAME_DESCRIPTORS)
        .copied()
        .collect()
});
static GENERIC: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| GENERIC_LIST.iter().copied().collect());
static CALENDAR: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| CALENDAR_LIST.iter().copied().collect());
static ORG_SUFFIXES: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| ORG_SUFFIXES_LIST.iter().copied().collect());
static VERBS_AFTER_NAME: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| VERBS_AFTER_NAME_LIST.iter().copied().collect());
/// Function words, generic terms, nouns that are never names and calendar words in one
/// set: whether a word is any of them (it cannot start a name) takes one lookup instead
/// of four.
static NOT_NAMES: LazyLock<WordSet<&'static str>> = LazyLock::new(|| {
    FUNCTION_WORDS_LIST
        .iter()
        .chain(NAME_DESCRIPTORS)
        .chain(GENERIC_LIST)
        .chain(NOT_NAME_NOUNS)
        .chain(CALENDAR_LIST)
        .copied()
        .collect()
});

/// A named entity found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundEntity {
    /// Byte range of the surface form.
    pub range: Range<usize>,
    /// The surface form and kind.
    pub mention: EntityMention,
}

/// What the whole article says about capitalised words: which ones it uses capitalised
/// in mid-sentence, so that the same word at the start of a sentence is taken as a name.
#[derive(Clone, Debug, Default)]
pub struct EntityContext {
    known: WordSet<String>,
    /// Capitalised words the text uses with a possessive ("Meridian’s"): names, even when
    /// shaped like an adjective of origin.
    possessed: WordSet<String>,
    /// Hashes of the words the text writes in lowercase ("electronics"): the same word
    /// capitalised at the start of a sentence ("Electronics manufacturers …") is that
    /// common word.
    lowercase: WordSet<u64>,
    /// Words written right after a known first name ("Ellery" after "Mark"): surnames,
    /// so the same word alone later ("…, Ellery said") is that person.
    surnames: WordSet<String>,
    /// Whether the text is Dutch, where "of" means "or" ("glas uit Bursa of Shandong").
    dutch: bool,
    /// Acronyms the text defines for a common noun phrase ("high-pressure acid leach
    /// (HPAL)"): terms, not names.
    terms: WordSet<String>,
}

/// The acronyms `text` defines in brackets right after a lowercase word ("mixed hydroxide
/// precipitate (MHP)"), which stand for a thing, not for a name.
fn defined_terms(text: &str) -> WordSet<String> {
    let mut terms = WordSet::default();
    for (at, _) in text.match_indices(" (") {
        // The closing bracket within the longest acronym's reach, so that a text full of
        // unclosed brackets is still read once.
        let open = at + 2;
        let Some(len) = text.as_bytes()[open..]
            .iter()
            .take(7)
            .position(|&b| b == b')')
        else {
            continue;
        };
        let inner = &text.as_bytes()[open..open + len];
        if !(2..=6).contains(&len) || !inner.iter().all(u8::is_ascii_uppercase) {
            continue;
        }
        let before = text[..at].rsplit(' ').next().unwrap_or("");
        if before.starts_with(|c: char| c.is_lowercase())
            && before.chars().all(|c| c.is_alphabetic() || c == '-')
        {
            terms.insert(text[open..open + len].to_owned());
        }
    }
    terms
}

/// The hash a word is kept under in [`EntityContext::lowercase`].
fn word_hash(word: &str) -> u64 {
    let mut hasher = text::WordHasher::default();
    hasher.write(word.as_bytes());
    hasher.finish()
}

impl EntityContext {
    /// Collects the capitalised words used mid-sentence in `text`, skipping lines without
    /// a final full stop (headlines are often in title case).
    #[must_use]
    pub fn new(text: &str) -> Self {
        let mut known = WordSet::default();
        let mut possessed = WordSet::default();
        let mut lowercase = WordSet::default();
        let mut surnames = WordSet::default();
        // Common lowercase words of each language, counted to tell Dutch text from English.
        let mut dutch_words = 0usize;
        let mut english_words = 0usize;
        let mut line_start = 0;
        for line in text.split('\n') {
            let range = line_start..line_start + line.len();
            line_start = range.end + 1;
            let trimmed = line.trim_end();
            if !trimmed.ends_with(['.', '!', '?', '”', '"', '’', ')', '…']) {
                continue;
            }
            let mut after_first_name = false;
            for token in token_iter(text, range) {
                let first = slice(text, token.start..token.end).chars().next();
                if first.is_some_and(char::is_lowercase) {
                    let word = slice(text, token.start..token.end);
                    match word {
                        "het" | "een" | "niet" | "zijn" | "wordt" | "voor" | "ook" => {
                            dutch_words += 1;
                        }
                        "the" | "and" | "that" | "with" | "for" | "was" | "has" => {
                            english_words += 1;
                        }
                        _ => {}
                    }
                    lowercase.insert(word_hash(word));
                }
                if !first.is_some_and(char::is_uppercase) {
                    after_first_name = false;
                    continue;
                }
                let (core, _) = core_of(text, token);
                let word = slice(text, core.clone());
                if after_first_name
                    && slice(text, 0..token.start).ends_with(' ')
                    && !FUNCTION_WORDS.contains(word)
                    && !surnames.contains(word)
                {
                    surnames.insert(word.to_owned());
                }
                after_first_name = core.end == token.end && gender::is_first_name(word);
                if slice(text, core.end..token.end).starts_with(['’', '\''])
                    && !possessed.contains(word)
                {
                    possessed.insert(word.to_owned());
                }
                if word.chars().next().is_some_and(char::is_uppercase)
                    && !known.contains(word)
                    && !is_initial(text, token.start)
                    && !FUNCTION_WORDS.contains(word)
                {
                    known.insert(word.to_owned());
                }
            }
        }
        Self {
            known,
            possessed,
            lowercase,
            surnames,
            dutch: dutch_words > english_words,
            terms: defined_terms(text),
        }
    }

    /// Whether the text writes `word` (capitalised) in lowercase somewhere.
    fn written_lowercase(&self, word: &str) -> bool {
        let mut chars = word.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        let lowered: String = first.to_lowercase().chain(chars).collect();
        self.lowercase.contains(&word_hash(&lowered))
    }
}

/// Finds the entities in all of `text`, with a context built from `text` itself.
#[must_use]
pub fn find_entities(text: &str) -> Vec<FoundEntity> {
    let context = EntityContext::new(text);
    find_entities_in(text, 0..text.len(), &context)
}

/// Finds the entities in `text[range]` (absolute offsets), in text order.
#[must_use]
pub fn find_entities_in(
    text: &str,
    range: Range<usize>,
    context: &EntityContext,
) -> Vec<FoundEntity> {
    let mut out: Vec<FoundEntity> = Vec::new();
    let piece = slice(text, range.clone());
    // Quoted programme or product names glued to a compound: “Made in China 2025”-programma.
    for region in quote_regions(piece) {
        let inner = region.start + range.start..region.end + range.start;
        let after = slice(text, inner.end..text.len()).chars().next();
        let Some(open) = slice(text, inner.clone()).chars().next() else {
            continue;
        };
        let Some(close) = slice(text, inner.clone()).chars().next_back() else {
            continue;
        };
        let name = inner.start + open.len_utf8()..inner.end - close.len_utf8();
        let words = slice(text, name.clone()).split_whitespace().count();
        let capital = slice(text, name.clone())
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        if after == Some('-') && capital && (1..=6).contains(&words) {
            out.push(entity(text, name, EntityKind::Product));
        }
    }
    institutions(text, range.start, piece, &mut out);
    let infos: Vec<TokenInfo> = token_iter(text, range)
        .map(|t| TokenInfo::new(text, t))
        .collect();
    let mut i = 0;
    while let Some(info) = infos.get(i) {
        // Most tokens cannot start a name; only those that can are checked against the
        // entities found so far.
        // "Dr. Yaw Amankwah": a form of address is no part of the name after it.
        let honorific =
            text::is_honorific(info.word) && slice(text, info.token.end..info.token.end + 1) == ".";
        if honorific
            || !can_start(text, info, infos.get(i + 1), context)
            || out
                .iter()
                .any(|e| e.range.start <= info.core.start && info.core.end <= e.range.end)
        {
            i += 1;
            continue;
        }
        // Extend over following name words, joiners and model numbers.
        let mut last = i;
        let mut j = i;
        // The run stopped before a minister's or member's title.
        let mut before_title = false;
        while let Some(current) = infos.get(j) {
            if current.breaks_after {
                break;
            }
            let Some(next) = infos.get(j + 1) else { break };
            // "Vietnam Coffee Exporters' Council": a plural possessive inside the name of
            // a body.
            // Not a country's possessive opening the name ("the Philippines' Department of
            // Trade").
            if j > i
                && matches!(
                    slice(text, current.token.end..next.token.start),
                    "' " | "’ "
                )
                && current.word.ends_with('s')
                && !next.initial
                && (ORG_SUFFIXES.contains(next.word)
                    || matches!(next.word, "Union" | "Forum" | "League"))
            {
                j += 1;
                last = j;
                continue;
            }
            if out.iter().any(|e| e.range.contains(&next.core.start)) {
                break;
            }
            let gap = slice(text, current.token.end..next.token.start);
            if gap == " & " && next.name_like {
                j += 1;
                last = j;
                continue;
            }
            // "U.S. Commerce Department": a dotted acronym's final dot does not end the name
            // (the word after it only looks sentence-initial).
            // Only an institution's name ("… Department", "… Office") follows this way: "to
            // the U.S. Nvidia said" is two names across a sentence end.
            let after_acronym = gap == ". "
                && is_dotted_acronym(current.word)
                && next.name_like
                && !FUNCTION_WORDS.contains(next.word)
                && infos
                    .get(j + 1..)
                    .unwrap_or(&[])
                    .iter()
                    .take(4)
                    .take_while(|t| t.name_like)
                    .any(|t| ORG_SUFFIXES.contains(t.word) || AFTER_COUNTRY.contains(&t.word));
            // "Militaire Inlichtingen- en Veiligheidsdienst": a compound's shared tail,
            // left off before "en".
            if gap == "- "
                && matches!(next.word, "en" | "and")
                && let Some(after) = infos.get(j + 2)
                && slice(text, next.token.end..after.token.start) == " "
                && after.name_like
                && !is_blocked(after.word)
            {
                j += 2;
                last = j;
                continue;
            }
            if gap != " " && !after_acronym {
                break;
            }
            // Name particles between a first name and a surname ("Karel de Vries",
            // "Anna van der Berg").
            // Only after a single first name: after a full name, "van de Universiteit
            // Leiden" is a preposition before an organisation.
            // A title before the first name does not count ("Kamerlid Sanne de Wit").
            let first_name =
                j == i || (j == i + 1 && infos.get(i).is_some_and(|t| is_title(t.word)));
            if PARTICLES.contains(&next.word)
                && first_name
                && current.name_like
                && !GAZETTEER.contains_key(current.word)
                && let Some(skip) = particle_run(text, &infos, j + 1)
            {
                j = skip;
                last = j;
                continue;
            }
            // "Seto Power President Hiroshi Tanabe": a title after a name starts another.
            if is_title(next.word)
                && infos.get(j + 2).is_some_and(|t| t.name_like)
                && infos
                    .get(i..=j)
                    .is_some_and(|run| run.iter().any(|t| !is_title(t.word)))
            {
                before_title = matches!(
                    next.word.to_lowercase().as_str(),
                    "minister" | "secretary" | "kamerlid" | "staatssecretaris" | "commissioner"
                );
                break;
            }
            // Two known names side by side ("Blackwell China") are two entities.
            let separate =
                GAZETTEER.contains_key(current.word) && GAZETTEER.contains_key(next.word);
            if next.name_like
                && (!next.initial || after_acronym)
                && !is_blocked(next.word)
                && !separate
            {
                j += 1;
                last = j;
                continue;
            }
            if next.number_like && continues_with_number(text, current, next) {
                j += 1;
                last = j;
                continue;
            }
            // "Centraal Bureau voor de Statistiek", "Office of the US Trade
            // Representative": a joiner and an article inside an institution's name.
            if matches!(next.word, "of" | "for" | "van" | "voor" | "für")
                && let (Some(article), Some(after)) = (infos.get(j + 2), infos.get(j + 3))
                && matches!(article.word, "de" | "der" | "het" | "the")
                && slice(text, next.token.end..article.token.start) == " "
                && slice(text, article.token.end..after.token.start) == " "
                && after.name_like
                && !is_blocked(after.word)
                && infos
                    .get(i..=j)
                    .is_some_and(|run| run.iter().any(|t| ORG_SUFFIXES.contains(t.word)))
            {
                j += 3;
                last = j;
                continue;
            }
            if matches!(
                next.word,
                "of" | "for" | "&" | "van" | "voor" | "für" | "de" | "der" | "and" | "en"
            ) && let Some(after) = infos.get(j + 2)
                && slice(text, next.token.end..after.token.start) == " "
                && after.name_like
                && !is_blocked(after.word)
                && joiner_allowed(text, &infos, i, j, next.word, context.dutch)
            {
                j += 2;
                last = j;
                continue;
            }
            break;
        }
        let mut first = i;
        let mut person = false;
        while first < last && infos.get(first).is_some_and(|f| is_title(f.word)) {
            first += 1;
            person = true;
        }
        // "Batterijmaker Voltaris" opening a sentence: the noun for a company is not
        // part of the name.
        let company_before = first < last
            && infos.get(first).is_some_and(|f| {
                // "het Bureau Toetsing Investeringen" is the institution's own name.
                !HEAD_FIRST_INSTITUTIONS.contains(&f.word) && company_noun(&f.word.to_lowercase())
            })
            && infos
                .get(first + 1)
                .is_some_and(|next| next.word.starts_with(char::is_uppercase));
        if company_before {
            first += 1;
        }
        // "Zuivelanalist Marieke Brouwer", "Kamerleden Pieter Hoekstra": a role opening the
        // sentence, then a first name and a surname.
        let role_before = first + 1 < last
            && infos.get(first).is_some_and(|f| role_word(f.word))
            && infos
                .get(first + 1)
                .is_some_and(|next| gender::is_first_name(next.word));
        if role_before {
            first += 1;
            person = true;
        }
        let (Some(head), Some(tail)) = (infos.get(first), infos.get(last)) else {
            break;
        };
        // "Economy Minister Chen", "Tweede Kamerlid Verbeek": one word before a minister's
        // or member's title is a portfolio or a house, unless it is a known name or an
        // acronym ("VVD Kamerlid").
        if before_title
            && first == last
            && !GAZETTEER.contains_key(head.word)
            && !is_acronym(head.word)
        {
            i = last + 1;
            continue;
        }
        let mut span = head.core.start..tail.core.end;
        // "U.S." keeps its final dot, which the tokenizer leaves out.
        if is_dotted_acronym(slice(text, span.clone()))
            && slice(text, span.end..text.len()).starts_with('.')
        {
            span.end += 1;
        }
        let surface = slice(text, span.clone());
        i = last + 1;
        // "NT$10 million": the letters are part of a currency.
        if is_blocked(surface)
            || NOT_NAMES_ALONE.contains(&surface)
            || slice(text, span.end..text.len()).starts_with('$')
            || month_before_day(text, span.clone())
        {
            continue;
        }
        // "South Korean shipyards": a word of origin before a noun.
        if last == first + 1
            && matches!(head.word, "South" | "North" | "East" | "West" | "Central")
            && is_demonym(tail.word)
            && infos.get(last + 1).is_some_and(|n| {
                n.lowercase
                    && !VERBS_AFTER_NAME.contains(n.word)
                    && slice(text, tail.token.end..n.token.start) == " "
            })
            && !GAZETTEER.contains_key(surface)
        {
            continue;
        }
        // "Asia-Europe services": two known places.
        if first == last
            && let Some((a, b)) = surface.split_once('-')
            && matches!(GAZETTEER.get(a), Some(EntityKind::Place))
            && matches!(GAZETTEER.get(b), Some(EntityKind::Place))
        {
            out.push(entity(
                text,
                span.start..span.start + a.len(),
                EntityKind::Place,
            ));
            out.push(entity(
                text,
                span.end - b.len()..span.end,
                EntityKind::Place,
            ));
            continue;
        }
        let titled = preceded_by_title(text, span.start);
        let run = infos.get(first..=last).unwrap_or(&[]);
        let mut kind = classify(text, run, person || titled);
        // "aandrijvingsspecialist Vendrix Motion", "chipmaker Zhenxin Memory": a name
        // after a noun for a company is the company's.
        if kind == EntityKind::Person
            && !person
            && !titled
            && (company_before || preceded_by_company_noun(text, span.start))
        {
            kind = EntityKind::Organization;
        }
        // "Kessler Antriebe uit Stuttgart", "a fab near Dresden": one word after a
        // preposition of origin is a place.
        if kind == EntityKind::Organization && first == last && preceded_by_origin(text, span.start)
        {
            kind = EntityKind::Place;
        }
        // "…, Ellery said" after "Mark Ellery": a surname alone is the person.
        if kind == EntityKind::Organization
            && first == last
            && context.surnames.contains(surface)
            && !GAZETTEER.contains_key(surface)
        {
            kind = EntityKind::Person;
        }
        out.push(entity(text, span, kind));
    }
    out.sort_by_key(|e| e.range.start);
    out
}

/// Capitalised words in a row ("Groene Groei"). Regex syntax, for [`INSTITUTION`].
const CAPITALISED: &str = r"\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*)*";

/// "het ministerie van Klimaat en Groene Groei" (the whole, `org`, in lower case as well),
/// "minister van Economische Zaken" (only the `name`), "Ministry of Economy, Trade and
/// Industry" (the whole, when its name is a list). A Dutch name may be a list of fields
/// joined by commas and a final "en" ("Landbouw, Visserij, Voedselzekerheid en Natuur").
static INSTITUTION: LazyLock<Regex> = LazyLock::new(|| {
    let c = CAPITALISED;
    let name = format!(r"{c}(?:(?:,\s+{c})*\s+(?:en|and)\s+{c})?");
    super::text::regex(&format!(
        r"\b(?:(?P<org>[Mm]inisterie\s+van\s+{name})|(?:[Mm]inisters?|[Ss]taatssecretaris(?:sen)?)\s+van\s+(?P<name>{name})|(?P<listed>(?:Ministry|Department)\s+of\s+{c}(?:,\s+{c})+,?\s+and\s+{c}))",
    ))
});

/// Pushes the ministries and departments named in `piece` (which starts at `offset` in
/// `text`) to `out`: their names run over commas and "en", which the word-by-word
/// search below does not cross. A person named right after the name is not part of it
/// ("minister van Economische Zaken Pieter de Waal").
fn institutions(text: &str, offset: usize, piece: &str, out: &mut Vec<FoundEntity>) {
    if !piece.contains("inist")
        && !piece.contains("Department")
        && !piece.contains("taatssecretaris")
    {
        return;
    }
    for caps in INSTITUTION.captures_iter(piece) {
        let Some(found) = caps
            .name("org")
            .or_else(|| caps.name("name"))
            .or_else(|| caps.name("listed"))
        else {
            continue;
        };
        let mut end = found.end();
        let mut at = found.start();
        for word in found.as_str().split(' ') {
            let word_end = at + word.len();
            // A first name after the institution's first word starts a person.
            if at > found.start() && gender::is_first_name(word) {
                end = at;
                break;
            }
            at = word_end + 1;
        }
        let name = slice(piece, found.start()..end).trim_end_matches([' ', ',']);
        if name.is_empty() {
            continue;
        }
        let start = offset + found.start();
        out.push(entity(
            text,
            start..start + name.len(),
            EntityKind::Organization,
        ));
    }
}

/// The mentions of `found` without repeats (by surface form), in order.
///
/// A clause names only a few entities, so a linear search of the mentions kept so far
/// is cheaper than a hash set.
#[must_use]
pub fn unique_mentions<'a>(found: impl IntoIterator<Item = &'a FoundEntity>) -> Vec<EntityMention> {
    let mut out: Vec<EntityMention> = Vec::new();
    for e in found {
        if !out.iter().any(|kept| kept.text == e.mention.text) {
            out.push(e.mention.clone());
        }
    }
    out
}

/// What the entity pass needs to know about one word token.
#[derive(Clone, Debug)]
#[allow(clippy::struct_excessive_bools)]
struct TokenInfo<'a> {
    token: Token,
    /// The name part: possessive and lowercase compound tail removed.
    core: Range<usize>,
    word: &'a str,
    name_like: bool,
    number_like: bool,
    code_like: bool,
    initial: bool,
    /// A possessive or compound tail ends the name here.
    breaks_after: bool,
    lowercase: bool,
}

impl<'a> TokenInfo<'a> {
    fn new(text: &'a str, token: Token) -> Self {
        let (core, breaks_after) = core_of(text, token);
        let word = slice(text, core.clone());
        // One pass over the chars for all the shape tests.
        let mut chars = word.chars();
        let first = chars.next();
        let mut has_digit = first.is_some_and(|c| c.is_ascii_digit());
        let mut has_letter = first.is_some_and(char::is_alphabetic);
        let mut upper_inside = false;
        for c in chars {
            has_digit |= c.is_ascii_digit();
            has_letter |= c.is_alphabetic();
            upper_inside |= c.is_uppercase();
        }
        let first_upper = first.is_some_and(char::is_uppercase);
        let code_like = has_digit && has_letter && (first_upper || upper_inside);
        let name_like = first_upper
            || code_like
            || (first.is_some_and(char::is_lowercase) && upper_inside && word.len() > 2);
        Self {
            token,
            core,
            word,
            name_like,
            number_like: has_digit && first.is_some_and(|c| c.is_ascii_digit()),
            code_like,
            // Only consulted for name-like tokens; skipping the backward scan for the rest
            // saves time on every lowercase word.
            initial: (name_like || has_digit) && is_initial(text, token.start),
            breaks_after,
            lowercase: first.is_some_and(char::is_lowercase),
        }
    }
}

/// The name part of a token and whether the name must end after it.
fn core_of(text: &str, token: Token) -> (Range<usize>, bool) {
    let word = slice(text, token.start..token.end);
    // Most tokens have no apostrophe or hyphen (’ starts with byte 0xE2).
    if !word.bytes().any(|b| matches!(b, b'-' | b'\'' | 0xE2)) {
        return (token.start..token.end, false);
    }
    let mut end = token.end;
    let mut breaks = false;
    for suffix in ["’s", "'s", "’", "'"] {
        if let Some(stripped) = word.strip_suffix(suffix)
            && !stripped.is_empty()
        {
            end = token.start + stripped.len();
            breaks = true;
            break;
        }
    }
    let core = slice(text, token.start..end);
    // "HX-M300-module": the tail may follow a later hyphen than the first.
    for (dash, _) in core.match_indices('-') {
        let head = slice(core, 0..dash);
        let tail = slice(core, dash + 1..core.len());
        // "Min-ho", "Ji-hoon": a Korean given name, not a name and a compound tail.
        let given_name = head.len() <= 3
            && tail.len() <= 4
            && head.chars().skip(1).all(char::is_lowercase)
            && tail.chars().all(char::is_lowercase);
        // "CDA-Kamerlid": a party or firm, then a title.
        if (tail.chars().next().is_some_and(char::is_lowercase) && !given_name) || is_title(tail) {
            return (token.start..token.start + dash, true);
        }
    }
    // A following hyphen compound that ended the token ("6000D-processors" is one token).
    (token.start..end, breaks)
}

fn is_blocked(word: &str) -> bool {
    CALENDAR.contains(word) || GENERIC.contains(word)
}

/// Endings of Dutch role nouns, which are written as one word with what the role is about
/// ("zuivelanalist", "bestuursvoorzitter", "Kamerleden").
const ROLE_ENDINGS: &[&str] = &[
    "analist",
    "econoom",
    "bestuurder",
    "voorzitter",
    "directeur",
    "kamerleden",
    "kamerlid",
    "woordvoerder",
    "woordvoerster",
    "onderzoeker",
    "hoogleraar",
    "advocaat",
    "eigenaar",
    "oprichter",
    "adviseur",
    "deskundige",
    "specialist",
    "manager",
    "analyst",
    "economist",
];

/// Whether `word` is a role noun ([`ROLE_ENDINGS`]) that is not also a first name.
pub(crate) fn role_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    !gender::is_first_name(word) && ROLE_ENDINGS.iter().any(|end| lower.ends_with(end))
}

/// Particles inside personal names.
const PARTICLES: &[&str] = &[
    "de", "van", "der", "den", "ter", "ten", "von", "da", "di", "le", "la", "du", "es", "del",
    "dos", "das",
];

/// If particles starting at token `at` are followed by a capitalised surname, the index of
/// that surname.
fn particle_run(text: &str, infos: &[TokenInfo<'_>], at: usize) -> Option<usize> {
    let mut k = at;
    while infos.get(k).is_some_and(|t| PARTICLES.contains(&t.word)) && k < at + 2 {
        k += 1;
    }
    let name = infos.get(k)?;
    let prev = infos.get(k - 1)?;
    let spaced = slice(text, prev.token.end..name.token.start) == " ";
    (k > at && spaced && name.name_like && name.word.chars().skip(1).all(char::is_lowercase))
        .then_some(k)
}

/// "U.S", "U.K", "E.U": single capitals joined by dots.
fn is_dotted_acronym(word: &str) -> bool {
    word.len() >= 3
        && word.split('.').all(|part| {
            let mut chars = part.chars();
            chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.next().is_none()
        })
}

/// An acronym in capitals ("FME", "ACEA").
fn is_acronym(word: &str) -> bool {
    word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase())
}

/// Whether an entity may start at this token.
fn can_start(
    text: &str,
    info: &TokenInfo<'_>,
    next: Option<&TokenInfo<'_>>,
    context: &EntityContext,
) -> bool {
    if !info.name_like
        || info.lowercase && !info.code_like && info.word.len() < 3
        || context.terms.contains(info.word)
    {
        return false;
    }
    // A known multi-word name that opens with a function word ("New York", "The Hague").
    if let Some(next) = next
        && slice(text, info.token.end..next.token.start) == " "
        && GAZETTEER.contains_key(slice(text, info.core.start..next.core.end))
    {
        return true;
    }
    if NOT_NAMES.contains(info.word) {
        return false;
    }
    // "mid-June", "end-March": a time of the year.
    if info.lowercase
        && info
            .word
            .rsplit_once('-')
            .is_some_and(|(_, month)| CALENDAR.contains(month))
    {
        return false;
    }
    if GAZETTEER.contains_key(info.word) || info.code_like {
        return true;
    }
    let upper_inside = info.word.chars().skip(1).any(char::is_uppercase);
    let adjective_form = info.word.ends_with("se") || info.word.ends_with("sche");
    // "Meridian shares": only a name the text gives a possessive somewhere, or one
    // before a preposition ("with Meridian for …"), is more than an adjective.
    if is_demonym(info.word)
        && next.is_some_and(|n| {
            !VERBS_AFTER_NAME.contains(n.word)
                && (n.lowercase || adjective_form || GENERIC.contains(n.word))
                && !INSTITUTION_HEADS.contains(&n.word)
                && !PREPOSITIONS.contains(&n.word)
        })
        && !context.possessed.contains(info.word)
    {
        return false;
    }
    if is_title(info.word) && !next.is_some_and(|n| n.name_like) {
        return false;
    }
    if !info.initial || upper_inside {
        return true;
    }
    // Sentence-initial: a name only with evidence, such as a possessive ("Orbix’s").
    let tail = slice(text, info.core.end..info.token.end);
    let possessive = tail.starts_with(['’', '\'']);
    // "Gas-fired Egyptian plants": a compound modifier opening the sentence, unless it
    // says where something is based ("Dubai-based").
    if tail.starts_with('-') && tail != "-based" && !context.known.contains(info.word) {
        return false;
    }
    // "Electronics manufacturers in …", "Talks are …" when the text also writes
    // "electronics" and "talks": the common word, whatever names it is part of.
    if !possessive && next.is_some_and(|n| n.lowercase) && context.written_lowercase(info.word) {
        return false;
    }
    context.known.contains(info.word)
        || possessive
            && !matches!(
                info.word,
                "Today" | "Yesterday" | "Tomorrow" | "Vandaag" | "Gisteren"
            )
        || next.is_some_and(|n| {
            n.name_like
                && !n.initial
                && slice(text, info.token.end..n.token.start) == " "
                // A capitalised descriptor before an acronym or a known name
                // ("Brancheorganisatie FME") is not part of it.
                && !is_acronym(n.word)
                && !GAZETTEER.contains_key(n.word)
        }) && !info.word.ends_with("se")
        || next.is_some_and(|n| {
            // A bare singular word right before a finite verb ("Nexwave said",
            // "Lingxin rekent", "Orbix presenteerde") is a name: a common noun would take
            // an article.
            let past_tense = n.lowercase
                && n.word.len() >= 5
                && (n.word.ends_with("de") || n.word.ends_with("te") || n.word.ends_with("ed"));
            (VERBS_AFTER_NAME.contains(n.word) || past_tense)
                && slice(text, info.token.end..n.token.start) == " "
                && !plural_like(info.word)
                && !TIME_WORDS.contains(&info.word)
                && !mass_noun(info.word)
        })
}

/// True for an English noun that needs no article ("Construction will employ …", "Output
/// has doubled", "Demand is falling"): an abstract noun by its ending, or one of a few
/// common mass nouns of the economy.
fn mass_noun(word: &str) -> bool {
    const COMMON: &[&str] = &[
        "Output",
        "Input",
        "Demand",
        "Supply",
        "Growth",
        "Trade",
        "Traffic",
        "Freight",
        "Revenue",
        "Spending",
        "Funding",
        "Capacity",
        "Inflation",
        "Shipping",
        "Tourism",
        "Power",
        "Steel",
        "Coal",
        "Oil",
        "Gas",
        "Rice",
        "Wheat",
        "Copper",
        "Cargo",
    ];
    COMMON.contains(&word)
        || word.len() >= 7
            && ["tion", "sion", "ment", "ance", "ence", "ness", "ity"]
                .iter()
                .any(|end| word.ends_with(end))
}

/// Nouns for public institutions that an adjective of place or field belongs to as part
/// of the name ("Europese Unie", "Economische Zaken", "European Parliament").
const INSTITUTION_HEADS: &[&str] = &[
    "Zaken",
    "Unie",
    "Union",
    "Commissie",
    "Commission",
    "Rekenkamer",
    "Parlement",
    "Parliament",
    "Investeringsbank",
    "Hof",
];

/// "Nov. 3", "Sept 30": an abbreviated month before a day or with its dot.
fn month_before_day(text: &str, span: Range<usize>) -> bool {
    MONTH_ABBREVIATIONS.contains(&slice(text, span.clone())) && {
        let after = slice(text, span.end..text.len());
        after.starts_with('.')
            || after
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    }
}

/// Names that follow a country's dotted acronym as part of one name ("U.S. Treasury",
/// "U.S. Geological Survey", "U.S. Midwest"), besides the organisation suffixes.
const AFTER_COUNTRY: &[&str] = &[
    "Treasury",
    "Survey",
    "Navy",
    "Army",
    "Congress",
    "Senate",
    "Reserve",
    "Service",
    "Customs",
    "Embassy",
    "Midwest",
    "Gulf",
    "Coast",
    "Representative",
];

/// Prepositions that follow a name but not an adjective.
const PREPOSITIONS: &[&str] = &[
    "for", "with", "to", "of", "in", "at", "on", "from", "by", "voor", "met", "van", "op", "bij",
    "naar", "uit", "door",
];

/// Capitalised time words that open sentences before a verb ("Dinsdag presenteerde …").
const TIME_WORDS: &[&str] = &[
    "Maandag",
    "Dinsdag",
    "Woensdag",
    "Donderdag",
    "Vrijdag",
    "Zaterdag",
    "Zondag",
    "Gisteren",
    "Vandaag",
    "Morgen",
    "Eergisteren",
    "Vanochtend",
    "Vanmorgen",
    "Vanavond",
    "Yesterday",
    "Today",
    "Tomorrow",
    "Vorige",
    "Vorig",
    "Volgende",
    "Volgend",
    "Afgelopen",
    "Onlangs",
    "Recently",
    "Intussen",
    "Daarna",
    "Eerst",
    "Toen",
    "Ook",
];

/// Plural nouns ("Analysts", "Beleggers", "Officials") start sentences without an article.
fn plural_like(word: &str) -> bool {
    word.ends_with('s') || word.ends_with("en") || word.ends_with("ers")
}

/// Adjective forms of place names ("Chinese", "Amerikaanse", "European").
pub(crate) fn is_demonym(word: &str) -> bool {
    // "Portuguese-Angolan", "Chinees-Nederlandse": demonyms joined.
    if let Some((first, rest)) = word.split_once('-')
        && first.starts_with(char::is_uppercase)
        && rest.starts_with(char::is_uppercase)
    {
        // "Zuid-Koreaanse", "West-Europese": a point of the compass before a demonym.
        let compass = matches!(
            first,
            "Noord" | "Zuid" | "Oost" | "West" | "Midden" | "North" | "South" | "East" | "Central"
        );
        return (compass || is_demonym(first)) && is_demonym(rest);
    }
    let shape = ["ese", "ean", "ian", "can", "ish", "se", "sche", "ch", "ans"]
        .iter()
        .any(|suffix| word.ends_with(suffix))
        || matches!(
            word,
            "German"
                | "Angolan"
                | "Kenyan"
                | "Islamist"
                | "Jihadist"
                | "Ugandan"
                | "Rwandan"
                | "Cuban"
                | "Tibetan"
                | "Afghan"
                | "Kyrgyz"
                | "Tajik"
                | "Turkmen"
                | "Azerbaijani"
                | "Yemeni"
                | "Somali"
                | "Bahraini"
                | "Nepali"
                | "Thai"
                | "Greek"
                | "Kazakh"
                | "Uzbek"
                | "Swiss"
                | "Philippine"
                | "Western"
                | "Eastern"
                | "Westerse"
                | "Iraqi"
                | "Israeli"
                | "Pakistani"
                | "Bangladeshi"
                | "Qatari"
                | "Emirati"
                | "Omani"
                | "Kuwaiti"
                | "Saudi"
                | "Nederlands"
                | "Duits"
                | "Frans"
                | "Brits"
                | "Chinees"
                | "Taiwanees"
                | "Europees"
                | "Pools"
                | "Zweeds"
                | "Deens"
                | "Noors"
                | "Fins"
                | "Iers"
                | "Grieks"
                | "Turks"
                | "Indiaas"
                | "Vlaams"
        );
    // The cheap shape test first: most words fail it and need no lookup. "Ilse",
    // "Christian" and "Brian" are first names of the same shape.
    shape && !GAZETTEER.contains_key(word) && !gender::is_first_name(word)
}

/// A model number continues a name ("RTX Pro 6000D", "Ascend 950") unless the name is a
/// known place or organisation ("China 2025" is a year after a country) or a unit follows.
fn continues_with_number(text: &str, current: &TokenInfo<'_>, next: &TokenInfo<'_>) -> bool {
    if !current.name_like
        || current.initial && !GAZETTEER.contains_key(current.word) && !current.code_like
    {
        return false;
    }
    if matches!(
        GAZETTEER.get(current.word),
        Some(EntityKind::Place | EntityKind::Organization | EntityKind::Person)
    ) {
        return false;
    }
    if CALENDAR.contains(current.word) || MONTH_ABBREVIATIONS.contains(&current.word) {
        return false;
    }
    let number = next.word;
    if number.contains(['.', ',']) {
        return false;
    }
    let after = slice(text, next.token.end..text.len()).trim_start();
    let unit_follows = [
        "%", "procent", "percent", "dollar", "euro", "keer", "times", "miljoen", "miljard",
        "million", "billion", "à ", "tot ", "to ",
    ]
    .iter()
    .any(|unit| after.starts_with(unit));
    !unit_follows
}

/// Head words of public bodies named after two fields ("Food and Drug Administration").
const PUBLIC_BODIES: &[&str] = &[
    "Authority",
    "Administration",
    "Agency",
    "Commission",
    "Council",
    "Board",
    "Institute",
    "Association",
    "Federation",
    "Bureau",
    "Office",
    "Department",
    "Ministry",
    "Union",
    "Chamber",
];

/// Dutch words for institutions that come first in their names ("Autoriteit …",
/// "Nationaal Coördinator …").
const HEAD_FIRST_INSTITUTIONS: &[&str] = &[
    "Autoriteit",
    "Inspectie",
    "Raad",
    "Dienst",
    "Bureau",
    "Agentschap",
    "Instituut",
    "Stichting",
    "Vereniging",
    "Federatie",
    "Ministerie",
    "Nationaal",
    "Nationale",
    "Centraal",
    "Centrale",
    "Waterschap",
    "Hoogheemraadschap",
];

/// "of"/"for" join English names ("Bank of China"); Dutch "van"/"voor" and "de"/"der" only
/// after an institution word ("Ministerie van Handel").
fn joiner_allowed(
    text: &str,
    infos: &[TokenInfo<'_>],
    first: usize,
    at: usize,
    joiner: &str,
    dutch: bool,
) -> bool {
    let _ = text;
    match joiner {
        // In Dutch "of" is "or" ("uit Bursa of Shandong"); it joins only an English name
        // with its head ("Bank of America" in a Dutch article).
        "of" if dutch => infos.get(first..=at).is_some_and(|run| {
            run.iter()
                .any(|t| ORG_SUFFIXES.contains(t.word) || PUBLIC_BODIES.contains(&t.word))
        }),
        // "leave Berbera for Ethiopia": a place after "for" is where to, unless the run
        // before is a body's name ("Agency for Sudan", "Council for Europe").
        "for" => {
            infos.get(first..=at).is_some_and(|run| {
                run.iter()
                    .any(|t| ORG_SUFFIXES.contains(t.word) || PUBLIC_BODIES.contains(&t.word))
            }) || infos
                .get(at + 2)
                .is_none_or(|t| GAZETTEER.get(t.word) != Some(&EntityKind::Place))
        }
        "of" | "&" => true,
        // "Center for Security and Emerging Technology", but not "Alibaba and Tencent".
        "and" => {
            infos
                .get(first..at)
                .is_some_and(|run| run.iter().any(|t| matches!(t.word, "of" | "for")))
                // "Coffee and Tea Authority": a public body's name, its head word within
                // two words after "and".
                || infos
                    .get(at + 2..)
                    .unwrap_or(&[])
                    .iter()
                    .take(3)
                    .take_while(|t| t.name_like)
                    .any(|t| PUBLIC_BODIES.contains(&t.word))
                    // Not "China and European Union": a known name or a people's
                    // adjective opens a second name.
                    && infos.get(at + 2).is_some_and(|t| {
                        !GAZETTEER.contains_key(t.word) && !is_demonym(t.word)
                    })
        }
        // "Autoriteit Consument en Markt", "Inspectie Leefomgeving en Transport": a Dutch
        // institution named head first, but not "Europese Commissie en Nederland".
        "en" => {
            infos
                .get(first)
                .is_some_and(|t| HEAD_FIRST_INSTITUTIONS.contains(&t.word))
                && infos
                    .get(at + 2)
                    .is_some_and(|t| !GAZETTEER.contains_key(t.word))
        }
        _ => infos
            .get(first..=at)
            .is_some_and(|run| run.iter().any(|t| ORG_SUFFIXES.contains(t.word))),
    }
}

fn preceded_by_title(text: &str, start: usize) -> bool {
    let before = slice(text, 0..start).trim_end();
    let word = before.rsplit(' ').next().unwrap_or("");
    is_title(word)
}

/// True when the word before `start` is a lowercase noun for a company or association
/// ("toeleverancier", "chipmaker", "branchevereniging", "firm").
fn preceded_by_company_noun(text: &str, start: usize) -> bool {
    let before = slice(text, 0..start).trim_end();
    let word = before.rsplit(' ').next().unwrap_or("");
    word.starts_with(|c: char| c.is_lowercase()) && company_noun(word)
}

/// True when the word before `start` says where someone comes from or is based ("uit",
/// "te", "near", "based in"; not "from", which also precedes a sender).
fn preceded_by_origin(text: &str, start: usize) -> bool {
    let before = slice(text, 0..start).trim_end();
    let mut words = before.rsplit(' ');
    let word = words.next().unwrap_or("");
    let prior = words.next().unwrap_or("").to_lowercase();
    matches!(word, "uit" | "te" | "near" | "nabij")
        || word == "in" && matches!(prior.as_str(), "based" | "gevestigd" | "headquartered")
}

/// True when `word` (lowercase) ends in a noun for a company or association.
pub(crate) fn company_noun(word: &str) -> bool {
    [
        "bedrijf",
        "specialist",
        "leverancier",
        "fabrikant",
        "maker",
        "concern",
        "vereniging",
        "bureau",
        "company",
        "firm",
        "group",
        "operator",
        "startup",
        "fonds",
        "fund",
        "supplier",
        "producer",
        "producent",
        "association",
        "distributor",
        "consortium",
        "werf",
        "shipyard",
        "organisatie",
        "organisation",
        "organization",
        "consultancy",
        "brokerage",
        "lender",
        "insurer",
        "manufacturer",
        "refiner",
        "exporter",
        "importer",
        "exporteur",
        "importeur",
        "coöperatie",
        "cooperative",
        "rival",
        "concurrent",
        "competitor",
        "dochter",
        "subsidiary",
    ]
    .iter()
    .any(|noun| word.ends_with(noun))
}

/// Whether `word` is one of [`TITLES`], ignoring ASCII case.
fn is_title(word: &str) -> bool {
    // One lookup of the lowercased word instead of a comparison with every title; the
    // copy is lowercased in a buffer as long as the longest title.
    let mut buffer = [0; TITLE_MAX_LEN];
    let Some(lower) = buffer.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    TITLE_SET.contains(&*lower)
}

/// [`TITLES`] in ASCII lowercase, for [`is_title`].
static TITLE_SET: LazyLock<WordSet<Vec<u8>>> = LazyLock::new(|| {
    TITLES
        .iter()
        .map(|title| title.to_ascii_lowercase().into_bytes())
        .collect()
});

/// Byte length of the longest of [`TITLES`].
const TITLE_MAX_LEN: usize = {
    let mut max = 0;
    let mut i = 0;
    while i < TITLES.len() {
        if TITLES[i].len() > max {
            max = TITLES[i].len();
        }
        i += 1;
    }
    max
};

fn classify(text: &str, run: &[TokenInfo<'_>], person: bool) -> EntityKind {
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return EntityKind::Organization;
    };
    let surface = slice(text, first.core.start..last.core.end);
    if let Some(kind) = GAZETTEER.get(surface) {
        return *kind;
    }
    if person {
        return EntityKind::Person;
    }
    // "Chips Act", "Wet Vifo", "Paris Agreement": a named law or pact is no actor.
    if run.iter().any(|t| {
        matches!(
            t.word,
            "Act"
                | "Law"
                | "Wet"
                | "Directive"
                | "Richtlijn"
                | "Regulation"
                | "Verordening"
                | "Treaty"
                | "Verdrag"
                | "Agreement"
                | "Akkoord"
                | "Initiative"
                | "Strategy"
                | "Index"
        )
    }) {
        return EntityKind::Product;
    }
    if run.iter().any(|t| t.code_like || t.number_like) {
        return EntityKind::Product;
    }
    if run
        .iter()
        .any(|t| ORG_SUFFIXES.contains(t.word) || INSTITUTION_HEADS.contains(&t.word))
    {
        return EntityKind::Organization;
    }
    // "Red Sea", "Gatun Lake", "Cape of Good Hope", "Golf van Finland": a feature of the
    // map by its head word, last or before "of".
    let second = run.get(1).map(|t| t.word);
    if GEOGRAPHIC_HEADS.contains(&last.word)
        || run.len() > 2
            && GEOGRAPHIC_HEADS.contains(&first.word)
            && matches!(second, Some("of" | "van"))
    {
        return EntityKind::Place;
    }
    if let Some(kind) = run.iter().find_map(|t| GAZETTEER.get(t.word)) {
        return match kind {
            EntityKind::Person => EntityKind::Person,
            EntityKind::Product => EntityKind::Product,
            _ => EntityKind::Organization,
        };
    }
    let titlecase = |t: &TokenInfo<'_>| {
        let mut chars = t.word.chars();
        // "Soo-jin": a given name in two parts.
        chars.next().is_some_and(char::is_uppercase) && chars.all(|c| c.is_lowercase() || c == '-')
    };
    // "Ties de Groot", "Jan van der Berg": particles between the names.
    let particle =
        |t: &TokenInfo<'_>| matches!(t.word, "de" | "van" | "der" | "den" | "ter" | "te");
    let names = run.iter().filter(|t| !particle(t)).count();
    if (2..=3).contains(&names)
        && run.len() <= names + 2
        && titlecase(first)
        && titlecase(last)
        && run.iter().all(|t| titlecase(t) || particle(t))
    {
        return EntityKind::Person;
    }
    EntityKind::Organization
}

/// Head words of seas, straits, lakes and other features of the map.
const GEOGRAPHIC_HEADS: &[&str] = &[
    "Sea",
    "Zee",
    "Ocean",
    "Oceaan",
    "Gulf",
    "Golf",
    "Strait",
    "Straat",
    "Lake",
    "Meer",
    "Canal",
    "Kanaal",
    "Bay",
    "Baai",
    "Cape",
    "Kaap",
    "Island",
    "Islands",
    "Eiland",
    "Eilanden",
    "River",
    "Rivier",
    "Peninsula",
    "Schiereiland",
    "Mountains",
    "Gebergte",
    "Coast",
    "Kust",
];

fn entity(text: &str, range: Range<usize>, kind: EntityKind) -> FoundEntity {
    FoundEntity {
        mention: EntityMention {
            text: slice(text, range.clone()).to_owned(),
            kind,
        },
        range,
    }
}

#[cfg(test)]
mod tests {
    use super::find_entities;

    fn names(text: &str) -> Vec<String> {
        find_entities(text)
            .into_iter()
            .map(|e| e.mention.text)
            .collect()
    }

    #[test]
    fn products_and_multiword_names() {
        assert_eq!(
            names(
                "Later the Bureau of Trade in Ostland cleared the QX900-boards of Zantec’s Mira 12X line."
            ),
            ["Bureau of Trade", "Ostland", "QX900", "Zantec", "Mira 12X"]
        );
    }
}
