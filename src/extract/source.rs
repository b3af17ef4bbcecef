//! Attribution: to whom the article attributes a claim.
//!
//! Recognised in the sentence itself: "volgens Reuters", "according to people familiar
//! with the matter" (→ "unnamed people familiar with the matter"), "volgens bronnen"
//! (→ "unnamed sources"), "…, aldus een insider" (→ "unnamed insider"),
//! "…, zei Huang", "…, Huang said", "laat Reuters vandaag weten", "citeert FT een
//! bestuurder" (→ "unnamed bestuurder (FT)"), "De FT weet dat", "X said that",
//! "Chinese staatsmedia hebben … bekritiseerd", "een conclusie van X dat". A standalone
//! sourcing sentence ("Dat meldt The Information op basis van twee ingewijden") is
//! recognised by [`sourcing_sentence`]: it is not a claim, and the caller gives its source
//! to the sentence it points back to. `None` means the article asserts the claim itself.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::gender::{self, Gender};
use super::text;
use super::text::{regex, slice, word_count};

const REPORT_VERBS: &str = r"zei|zegt|zeggen|zeiden|meldt|meldde|melden|meldden|schrijft|schreef|schrijven|weet|wist|stelt|stelde|verklaarde|verklaart|benadrukte|waarschuwde|waarschuwt|waarschuwen|ontkende|ontkent|bevestigde|bevestigt|bekritiseerde|beweert|claimt|vreest|vrezen|denkt|gelooft|meent|ziet|zien|concludeerde|concludeerden|noemde|noemt|noemen|noemden|schat|schatten|verwacht|verwachten|said|says|say|told|reported|reports|wrote|writes|warned|warns|denied|denies|confirmed|confirms|argued|argues|claimed|claims|criticised|criticized|fears|feared|fear|believes|believe|suspects|suspect|suspected|vermoedt|vermoeden|welcomed|welcomes|verwelkomde|verwelkomt|called|calls|rekent|rekenen|estimates|estimated|estimate|expects|expect|noted|stated|concluded|found|rejected|rejects|dismissed|verwierp|benadrukt|vindt|vinden|pleit|pleiten|riep|roept|wees|wijst|erkent|erkende|erkennen|betwist|betwistte|betwisten|disputes|disputed|raamt|raamde|ramen|voorspelt|voorspelde|voorspellen|voorspelden|doubt|doubts|doubted|betwijfelt|betwijfelen|betwijfelde|blamed|blames|bestrijdt|bestrijden|bestreed|verwijt|verwijten|verweet|wijt|wijten|accused|accuses|beschuldigde|beschuldigt|beschuldigen|insist|insists|insisted|wijzen|steunt|steunen|steunde|steunden|supports|opposes|opposed|berekende|berekenden|berekent|becijferde|becijferden|becijfert|becijferen|condemned|condemns|veroordeelde|veroordeelt";

/// Unnamed groups of speakers that can trail a sentence: "…, industry recruiters say",
/// "…, analysts estimated".
const SPEAKER_GROUPS: &str = "analysts|analisten|economists|economen|experts|officials|executives|recruiters|lawmakers|diplomats|diplomaten|prosecutors|aanklagers|investors|beleggers|traders|handelaren|brokers|bankers|bankiers|commanders|sources|bronnen|insiders|ingewijden|operators|exploitanten|dealers|shippers|importers|importeurs|exporters|exporteurs|producers|producenten|farmers|boeren|groups|organisers|organizers|organisatoren|residents|bewoners|unions|vakbonden|critics|critici|activists|activisten|researchers|onderzoekers|scientists|wetenschappers|shipbrokers|scheepsmakelaars|consultants|refiners|raffinaderijen|forwarders|expediteurs|agents|growers|telers|hauliers|truckers|fishermen|vissers|buyers|kopers|miners|negotiators|onderhandelaars|lobbyists|lobbyisten|shipowners|reders|rederijen|airlines|carriers|vervoerders";

/// Any word that can take part in an attribution. Most sentences contain none, and one
/// scan for them spares the eight attribution patterns. The words are ASCII, so an
/// ASCII-only case-insensitive match (`(?i-u)`) reads the sentence as it is, with no
/// lowercased copy and a small automaton.
static HINT: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i-u)\b(?:{REPORT_VERBS}|volgens|according|aldus|reageert|reageerde|naar\s+verluidt|laat|liet|laten|lieten|citeert|citeerde|quoted|cited|quotes|cites|conclusie|oordeel|verklaring|rapport|analyse|schatting|inschatting|conclusion|finding|findings|assessment|report|statement|estimate|analysis|bekritiseerd|gezegd|gemeld|verklaard|ontkend|bevestigd|gewaarschuwd|benadrukt|geschreven|aangekondigd|meldt|melden|meldde|meldden|bericht|berichtte|rapporteert|rapporteerde|blijkt|bleek|staat|comes|first|revealed|onthulde|bracht|added|kondigde|kondigden|bekend|show|shows|showed|suggest|suggests|suggested|tonen|toonden|zorgen|wil|willen|wilde|wilden|weten|spreekt|spreken|sprak|spraken|sluit|sluiten|sloot|sloten|eist|eisen|eiste|eisten|belooft|beloven|beloofde|beloofden|demands|demanded|promised|promises|forecast|predicted|predicts|saying|adding|arguing|noting|insisting|warning|claiming|put|puts|hoopt|hopen|hoopte|hoopten|hopes|hoped|rekening|kondigt|kondigen|counted)\b"
    ))
});

/// True when `piece` may hold an attribution at all.
fn may_attribute(piece: &str) -> bool {
    HINT.is_match(piece)
}

/// Whether `text[range]` (a sentence) may hold an attribution at all: computed once per
/// sentence and handed to the `*_hinted` functions, which would each test it again.
#[must_use]
pub(crate) fn attribution_possible(text: &str, range: Range<usize>) -> bool {
    may_attribute(slice(text, range))
}

static SOURCING: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:Dat|Dit|Het|That|This|It)\s+(?:meldt|melden|meldde|meldden|schrijft|schreef|schrijven|bericht|berichtte|zegt|zei|zeggen|rapporteert|rapporteerde|bevestigt|bevestigde|laat|liet|maakte|maakten|blijkt\s+uit|staat\s+in|was\s+(?:first\s+)?reported\s+by|is\s+according\s+to|was\s+according\s+to|comes\s+from|according\s+to)\s+(?P<np>.+)$|^That(?:’|')s\s+according\s+to\s+(?P<np2>.+)$|^(?P<np3>[^,]{2,60}?)\s+(?:(?:first\s+)?(?:reported|revealed|meldde|berichtte|schreef|wrote|onthulde)\s+(?:this|that|dit|dat|het|it)\b|first\s+reported\b|was\s+the\s+first\s+to\s+report\b|meldde\s+(?:het|dit)\s+(?:nieuws\s+)?als\s+eerste\b|bracht\s+het\s+nieuws\s+naar\s+buiten\b)|^(?:Dat|Dit)\s+(?:heeft|hebben)\s+(?P<np4>[^,]{2,80}?)\s+(?:laten\s+weten|gemeld|bekendgemaakt|bevestigd|verklaard|gezegd|geschreven)\.?$",
    )
});

/// The forms of address of [`text::HONORIFICS`] as a regex group, capitalised or in
/// lowercase, without the full stop ("Dr. Yaw Amankwah", "dhr. De Vries"). The speaker is
/// the name without them.
fn honorific_pattern() -> String {
    let forms: Vec<String> = text::HONORIFICS
        .iter()
        .flat_map(|h| [(*h).to_owned(), h.to_lowercase()])
        .collect();
    format!("(?:{})", forms.join("|"))
}

static VOLGENS: LazyLock<Regex> = LazyLock::new(|| {
    let honorific = honorific_pattern();
    regex(&format!(
        r"\b(?:[Vv]olgens|[Aa]ccording\s+to|[Nn]aar\s+verluidt\s+volgens)\s+(?P<np>(?:\b{honorific}\.\s|\b[A-Z]\.|[^,.;:])+)"
    ))
});

/// A speaker after what was said: "…, zei Huang", "…, aldus een insider", "…, the company
/// said", "…, customs data showed".
///
/// Tried on every clause with a possible attribution, it is the largest pattern here: on
/// the 278 independent articles its lazy DFA needs more than the default 2 MB cache, and
/// with 8 MB extraction takes about 8% less time (measured with the CLI; the benchmark's
/// few repeated articles fit either way).
static TRAILING: LazyLock<Regex> = LazyLock::new(|| {
    let honorific = honorific_pattern();
    text::large_regex(
        &format!(
            r#"(?:[,”"»]|’[\s,])+\s*(?:zo\s+)?(?:aldus|zei|zegt|zeggen|zeiden|meldt|meldde|melden|meldden|schrijft|schreef|schrijven|schreven|stelt|stelde|verklaarde|verklaart|benadrukte|benadrukt|waarschuwde|waarschuwt|bevestigde|bevestigt|erkende|erkent|ontkent|ontkende|reageert|reageerde|vindt|denkt|concludeerde|schat|schatte|schatten|rekent|rekende|verwacht|verwachten|vreest|vrezen|meent|voorspelt|berekende|berekenden|becijferde|becijferden|said|says|wrote|writes|reported|reports|added|noted|warned|according\s+to|blijkt\s+uit\s+(?:\w*cijfers|gegevens|onderzoek|data|(?:een|het|de)\s+(?:\w+\s+)?(?:rapport|analyse|raming|schatting|berekening|notitie|inventarisatie|peiling|enquête|brief|evaluatie))\s+van)\s+(?P<np>(?:(?:[a-z]+\s+)?{honorific}\.\s+)?(?:[^,.;]|\.\S|\.\s+[a-z])+?)(?:\s+voor)?\s*(?:[,;:]|\.(?:\s+[^a-z]|$)|$)|(?:[,”"»]|’[\s,]|,'\s)+\s*(?:(?:the|de|het)\s+)?(?P<np2>(?:a|an|one|another|two|three|four|several|some)\s+(?:[a-z]+\s+)?[a-z]{{4,}}\s+(?:familiar|briefed|close|with|at|from|who|knowledgeable|involved)\s+[^,.;]*?|(?:a|an|een)\s+(?:spokesperson|spokesman|spokeswoman|woordvoerder|woordvoerster)\s+(?:for|of|at|van|bij)\s+[^,.;]{{2,50}}?|(?:a|an|een)\s+[^\s,.;]+(?:\s+[^\s,.;]+)?|(?:he|she|they|it|hij|zij|ze)|(?:[a-z][a-z-]*(?:['’]s)?\s+){{0,3}}(?:{honorific}\.\s+)?[A-Z][^,.;]*?|(?:[a-z]+(?:['’]s)?\s+){{0,6}}(?:ministry|department|agency|government|cabinet|court|regulator|commission|ministerie|regering|kabinet|toezichthouder|company|firm|group|bedrijf|concern|onderneming|bank|fund|union|association|council|institute|watchdog|authority|board|office|exchange|alliance|embassy|mission|navy|army|police|vakbond|bond|raad|instituut|dienst|autoriteit|gemeente|provincie|fonds|federatie|vereniging|brancheorganisatie|stichting|foundation|ambassade|consultancy|brokerage|media|{SPEAKER_GROUPS}|trader|analyst|economist|banker|dealer|diplomat|spokesperson|spokesman|spokeswoman|woordvoerder|woordvoerster|official|executive|[a-z]*(?:maker|producer|supplier|operator|carrier|lender|insurer|retailer|miner|exporter|importer|refiner|manufacturer))|(?:one|two|three|some|several)\s+of\s+(?:them|(?:the|those)\s+(?:people|sources|officials)(?:\s+(?:familiar|briefed|close|involved)\s+[^,.;]*?)?)|(?:[a-z]+\s+)?people(?:\s+(?:familiar|briefed|close)\s+[^,.;]*?)?)\s+(?:{REPORT_VERBS}|added)\b(?:[^.;]|\.\d|\b[A-Z]\.)*\.?\s*$|,\s*(?P<np3>(?:[\w.&-]+(?:['’]s)?\s+){{0,3}}(?:data|figures|statistics|records|report|filings?|indictment|complaint|survey|estimates|calculations|analysis|study|research)(?:\s+(?:from|by)\s+[^,.;]{{1,40}}?)?)\s+(?:show|shows|showed|suggest|suggests|says|said|states)(?:\s+(?:on|last|this|earlier)\s+\w+)?\s*\.?\s*$"#
        ),
        8 << 20,
    )
});

/// A subject with a relative clause before its reporting verb: "A senior official, who asked
/// not to be named, said …", "Een diplomaat, die anoniem wilde blijven, acht de kans groot",
/// and one person or a group described by a relative clause without a comma before it
/// ("Een ambtenaar die bij de aanbesteding betrokken is, zegt …", "Ambtenaren die bij het
/// overleg betrokken zijn, zeggen …"). A figure's thousands comma stays inside the clause.
/// Without this the verb's inverted reading ("…, said the government …") would take the
/// words after it for the speaker.
static RELATIVE_SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r#"^(?:(?P<np>[^,“”"„]{{2,60}}?),\s+(?:(?:who|which|die|dat|wie)\s(?:[^,“”"„]|,\d){{2,90}}|(?:speaking|asking|declining|requesting)\s[^,“”"„]{{2,70}})|(?P<one>(?:Een|A|An)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|\p{{Lu}}[a-z]{{3,}}(?:en|s))\s+(?:die|who)\s[^,“”"„]{{2,90}}),\s+(?:(?:has|have|had|heeft|hebben)\s+)?(?:{REPORT_VERBS}|added|acht|achten|achtte|(?:is|are)\s+demanding)\b"#
    ))
});

/// A role and then the name of who holds it, ending the sentence: "…, zei de Nederlandse
/// minister van Klimaat, Marieke Dorland.", "according to the regency's head, Amir Lamusu."
static ROLE_THEN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r#"(?:\b(?:zei|zegt|aldus|volgens|said|says|according\s+to)\s+|[”"’]\s*,?\s+)(?:(?:de|het|the)\s+)?(?P<role>[^,.;“”"]{3,80}?),\s+(?P<name>\p{Lu}[\w'’.-]+(?:\s+(?:(?:van|de|der|den|ter|von|al|bin)\s+)*\p{Lu}[\w'’-]+){1,3})\s*[.;]?\s*$"#,
    )
});

/// A speaker with an apposition after a quotation: "“…,” his lawyer, Rebecca Osei, said"
/// or "“…,” Representative Laura Kessling, an Ohio Republican, told reporters".
static QUOTE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r#"[”’"]\s*,?\s+(?P<np>[^,.;“”"]{{2,60}}?),\s+(?P<app>[^,.;“”"]{{2,80}}?),\s+(?:{REPORT_VERBS}|added)\b[^.;“”"]*\.?\s*$"#
    ))
});

/// A speaker with an apposition at the end of a sentence without a quotation: "…, Mira
/// Tan, chief executive of Orbix, told reporters" or "…, the ship's manager, Kastellis
/// Maritime, said in a statement".
static APPOSITIVE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r#",\s+(?P<a>[^,.;“”"]{{2,60}}?),\s+(?P<b>[^,;“”"]{{2,80}}?),\s+(?:{REPORT_VERBS}|added)\b[^,;“”"]*\.?\s*$"#
    ))
});

/// A spokesperson opening the sentence, for a body whose name may hold commas: "Een
/// woordvoerder van het ministerie van Onderwijs, Cultuur en Wetenschap zegt dat …".
static SPOKESPERSON_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r#"^(?P<np>(?:Een|A|An)\s+(?:woordvoerder|woordvoerster|spokesperson|spokesman|spokeswoman)\s+(?:van|of|for|bij|at)\s+[^“”„"]{2,80}?)\s+(?:zegt|zei|meldt|meldde|said|says|told|laat|liet|bevestigt|bevestigde|confirmed|stelt|stelde|added|noemt|noemde|wijst|wees|ontkent|ontkende|denied|declined|reageerde)\b"#,
    )
});

/// A ministry whose name lists its fields, opening the sentence as its subject: "Het
/// ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur (LVVN) laat weten …".
/// The commas keep it from [`SUBJECT`].
static MINISTRY_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?:Het\s+|The\s+)?(?P<np>{LISTED_BODY}(?:\s+\([A-Z]{{2,8}}\))?)\s+(?:(?:heeft|hebben|has|have)\s+)?(?:laat|liet|maakte|maakt|kondigde|{REPORT_VERBS})\b"
    ))
});

/// A ministry or department whose name lists its fields ("Department of Jobs, Tourism,
/// Science and Innovation"). Regex syntax.
const LISTED_BODY: &str = r"(?:[Mm]inisterie\s+van|Ministry\s+of|Department\s+of)\s+\p{Lu}[\w-]*(?:,\s+\p{Lu}[\w-]*)+,?\s+(?:en|and)\s+\p{Lu}[\w-]*";

/// [`LISTED_BODY`] anywhere.
static LISTED: LazyLock<Regex> = LazyLock::new(|| regex(LISTED_BODY));

/// A speaker before a colon and a quotation: "Malecki: ‘Zolang als nodig is.’".
static COLON_SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r#"^(?P<np>\p{Lu}[\w.'’-]*(?:\s+(?:(?:van|de|der|den|von|al|bin|ter)\s+)*\p{Lu}[\w.'’-]*){0,3}):\s*[“„‘"'«]"#,
    )
});

/// Words for a role that an apposition can give a speaker: a title, a trade or a kind of
/// firm ("a partner at London broker X", "the ship's Greek manager").
fn role_description(description: &str) -> bool {
    description.starts_with(char::is_lowercase)
        && description.split_whitespace().any(|w| {
            let w = w.to_lowercase();
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            TITLE_WORDS.contains(&w)
                // "secretary-general", "director-generaal"
                || w.contains('-') && w.split('-').any(|part| TITLE_WORDS.contains(&part))
                || GENERIC_SPEAKERS.contains(&w)
                || INSTITUTION_NOUNS.contains(&w)
                || super::entities::company_noun(w)
                || matches!(
                    w,
                    "partner"
                        | "manager"
                        | "owner"
                        | "operator"
                        | "adviser"
                        | "advisor"
                        | "trader"
                        | "broker"
                        | "consultant"
                )
        })
}

/// "eigen zeggen", "eigen opgave", …: what follows "naar" or "volgens" when a speaker
/// gives its own account (regex syntax).
pub(super) const OWN_WORDS: &str = r"eigen\s+(?:zeggen|opgave|cijfers|berekeningen)";

/// Needles for the regexes built on `OWN_WORDS`.
const OWN_ACCOUNT_NEEDLES: &[&str] = &[
    "eigen zeggen",
    "eigen opgave",
    "eigen cijfers",
    "eigen berekeningen",
];

/// "Het bedrijf verwerkt naar eigen zeggen …": the subject speaks for itself; a sentence
/// opened by "Naar eigen zeggen" speaks for the company named before.
static OWN_ACCOUNT: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?:(?P<open>(?:[Nn]aar|[Vv]olgens)\s+{OWN_WORDS})|(?P<np>(?:(?:De|Het|The)\s+)?[^,;:“”„\x22]{{2,50}}?)\s+\S+\s+(?:naar|volgens)\s+{OWN_WORDS})\b",
    ))
});

/// "Nu controleert de Douane volgens eigen cijfers …": after an opening adverb or time
/// the subject follows the verb, and its own account is the source.
static OWN_ACCOUNT_INVERTED: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?P<open>\p{{Lu}}\w*(?:\s+\w+)??)\s+\w+\s+(?P<np>(?:de|het)\s+\p{{Lu}}[\w-]*(?:\s+\p{{Lu}}[\w-]*)*|\p{{Lu}}[\w-]*(?:\s+\p{{Lu}}[\w-]*)*)\s+(?:naar|volgens)\s+{OWN_WORDS}\b",
    ))
});

/// "nadat inspecteurs er naar eigen zeggen … hadden gevonden": in a subordinate clause of
/// its own the subject before "naar eigen zeggen" speaks for itself (the main clause it
/// hangs from does not). Right after a verb with no subject ("maar wist naar eigen zeggen
/// niet …") there is no `np`: the sentence's subject speaks, and `ELIDED_SPEAKER` in
/// the parent module finds it where the clause is built.
static OWN_ACCOUNT_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?:(?:nadat|omdat|doordat|terwijl|hoewel|toen|zodat|waarna|dat)\s+(?P<np>(?:de|het)\s+[\w-]+|[\w-]+)\s+(?:(?:er|daar|hier|al|nog|zelf)\s+)?|(?:maar\s+|en\s+)?[a-z]\w*\s+)(?:naar|volgens)\s+{OWN_WORDS}\b",
    ))
});

/// "Uit de peiling van FME blijkt dat …", "Uit het onderzoek, uitgevoerd door X, blijkt
/// dat …": whoever made the survey, figures or research.
static EMERGES_FROM: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^Uit\s+(?:de|het|een)\s+(?:\w+\s+){0,2}?(?:\w+,\s+(?:uitgevoerd|opgesteld|gemaakt|geschreven)\s+)?(?:van|door)\s+(?P<np>[^,;]+?)(?:\s+(?:onder|bij|in|uit)\s+[^,;]+?)?,?\s+(?:blijkt|bleek)\b",
    )
});

/// The subject right before "laat/liet … weten", for when a time phrase sits between
/// the verb and "weten" ("Kessler Antriebe liet vorige week weten").
static SUBJECT_LAAT: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^(?:(?:De|Het|The)\s+)?(?P<np>[^,;:“”„\x22]{2,60}?)\s+(?:laat|liet|laten|lieten)\b")
});

/// Dutch puts the verb second: after an opening adverb the subject follows the verb
/// ("Daarnaast stelt de Rekenkamer dat …").
static INVERTED: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?:\S+\s+){{1,3}}?(?:\S+,\s+[^,]{{1,40}},\s+)?(?:{REPORT_VERBS})\s+(?P<np>(?:de|het|the)\s+\w+|hij|zij|ze|(?:(?:minister|staatssecretaris|premier|directeur|topman|topvrouw|voorzitter|woordvoerder|woordvoerster|burgemeester|wethouder|gedeputeerde|analist|econoom|hoogleraar|onderzoeker|advocaat)\s+)?\p{{Lu}}[\w-]*(?:\s+(?:(?:de|van|der|den|ter)\s+)*\p{{Lu}}[\w-]*)*)(?:\s|$)"
    ))
});

/// Adverbs that can open a Dutch sentence before the finite verb.
const OPENING_ADVERBS: &[&str] = &[
    "daarnaast",
    "ook",
    "wel",
    "bovendien",
    "verder",
    "tegelijk",
    "intussen",
    "inmiddels",
    "toch",
    "eerder",
    "nu",
    "zo",
    "dan",
    "daarom",
    "later",
    "vervolgens",
    "tevens",
    "ondertussen",
];

/// True when `opening` (lowercased, the words before a verb) only says when: "vorige
/// week", "gisteren", "woensdagavond", "eind oktober". Dutch then puts the subject after
/// the verb ("Vorige week meldde de Douane dat …").
fn time_opening(opening: &str) -> bool {
    const WORDS: &[&str] = &[
        "vorige",
        "afgelopen",
        "deze",
        "volgende",
        "komende",
        "week",
        "maand",
        "jaar",
        "gisteren",
        "eergisteren",
        "vandaag",
        "vanochtend",
        "vanmiddag",
        "vanavond",
        "begin",
        "eind",
        "half",
        "medio",
        "vorig",
        "dit",
        "najaar",
        "voorjaar",
        "zomer",
        "winter",
    ];
    let words: Vec<&str> = opening.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 3
        && words.iter().all(|w| {
            WORDS.contains(w)
                || super::dates::month_number(w).is_some()
                || super::dates::weekday_name(
                    ["ochtend", "middag", "avond", "nacht"]
                        .iter()
                        .find_map(|part| w.strip_suffix(part))
                        .unwrap_or(w),
                )
                || w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
        })
}

static LAAT_WETEN: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\b(?:laat|liet|laten|lieten)\s+(?P<np>[^,.;]{2,60}?)\s+(?:\w+\s+)?weten\b|\b(?:kondigde|kondigden|maakte|maakten)\s+(?P<np2>[A-Z][^,.;]{1,60}?)\s+(?:\w+\s+)?(?:aan|bekend)\b",
    )
});

static CITES: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\b(?:citeert|citeerde|quoted|cited|quotes|cites)\s+(?P<org>[A-Z][\w.&]*(?:\s+[A-Z][\w.&]*)*)\s+(?P<np>[^,.;]+)",
    )
});

/// What follows "told" in an order: someone, then "to" and a verb ("told the company to
/// keep …").
static TOLD_TO: LazyLock<Regex> = LazyLock::new(|| regex(r"^\s+(?:[\w-]+\s+){1,4}?to\s+[a-z]+\b"));

static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?:(?:De|Het|The)\s+)?(?P<np>[^,;:“”„\x22]+?)\s+(?:(?:heeft|hebben|had|hadden|has|have)\s+(?:(?:in\s+the\s+past|previously|already|repeatedly|eerder|al|herhaaldelijk)\s+)?)?(?:{REPORT_VERBS})\b"
    ))
});

/// A subject before a verb of more than one word: it worries or wants ("Ook de gemeente
/// Nijmegen maakt zich zorgen", "Zij wil dat EBN …"), lets know or makes known ("Orbix
/// liet weten dat", "De Commissie maakte vorige week bekend dat"), speaks of something
/// ("Eurofer spreekt van …"), hopes or reckons with something ("Zij hoopt dat …",
/// "Verhulst houdt er rekening mee dat …") or does not rule it out ("De Graaf sluit niet
/// uit dat").
/// Kept out of [`REPORT_VERBS`], where a phrase slows every pattern that holds them.
static SUBJECT_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:(?:De|Het|The)\s+)?(?P<np>[^,;:“”„\x22]+?)\s+(?:(?:maakt|maken|maakte|maakten)\s+zich\s+(?:\w+\s+)?zorgen|(?:wil|willen|wilde|wilden)\s+dat|(?:laat|laten|liet|lieten)\s+weten|(?:maakt|maken|maakte|maakten)\s+(?:\w+\s+){0,3}?bekend\s+dat|(?:spreekt|spreken|sprak|spraken)\s+(?:\w+\s+){0,2}?van|(?:spreekt|spreken|sprak|spraken)\s+(?:dat|dit|het|die\s+\w+|deze\s+\w+)\s+(?:\w+\s+)?tegen\b|(?:hoopt|hopen|hoopte|hoopten|hopes|hoped)|(?:kondigt|kondigen|kondigde|kondigden)\s+(?:[^,.;“”„\x22]+\s+)?aan\s+(?:dat|te)|(?:houdt|houden|hield|hielden)\s+er\s+(?:\w+\s+)?rekening\s+mee\s+dat|(?:sluit|sluiten|sloot|sloten)\s+niet\s+uit|(?:eist|eisen|eiste|eisten|belooft|beloven|beloofde|beloofden|demands|demanded|promised|promises|added)\s+(?:dat|that)|forecast|predicted|predicts|counted|(?:put|puts|had\s+put)\s+(?:the|that|this|its|their)\s+(?:figure|number|cost|total|toll|damage|bill|value)\s+at|(?:put|puts|had\s+put)\s+(?:the|that|this|its|their|his|her)\s+[^,.;“”„\x22]{1,60}?\s+at\s+(?:about\s+|around\s+|roughly\s+|some\s+|between\s+|up\s+to\s+|more\s+than\s+|less\s+than\s+|nearly\s+|almost\s+)?[$€£¥\d])",
    )
});

static SUBJECT_PERFECT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:(?:De|Het|The)\s+)?(?P<np>[^,;:“”„\x22]+?)\s+(?:heeft|hebben)\s+[^,;]*?\b(?:bekritiseerd|gezegd|gemeld|verklaard|ontkend|bevestigd|gewaarschuwd|benadrukt|geschreven|aangekondigd\s+dat)\b",
    )
});

/// A name in apposition before the reporting verb: "Its chief executive, Jo Lee, said …",
/// or a name with a description after it: "Lim Wei Ken, chief executive of X, said …",
/// "Hengtai, een van de grootste afnemers, heeft telers laten weten …".
static APPOSITIVE: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?P<head>[^,;:“”„\x22]{{2,60}}),\s+(?P<np>[^,;:“”„\x22]{{1,120}}(?:,\s+(?:which|who|whose|die|dat)\s+(?:[^,;:“”„\x22]|,\d){{1,100}})?),\s+(?:(?:heeft|hebben)\s+(?:\w+\s+)?laten\s+weten|{REPORT_VERBS})\b"
    ))
});

/// A report, study or set of figures by someone: "a Tuesday report by research firm X",
/// "schattingen van X", "data from the customs agency". See [`publisher`].
static REPORT_BY: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^(?:(?:a|an|the|een|het|de)\s+)?(?:[\w-]+\s+){0,2}?(?:report|rapport|jaarverslag|annual\s+report|analysis|analyse|study|studie|survey|peiling|note|estimates?|schattingen|schatting|inschatting|raming|ramingen|berekening|data|figures|statistics|statistieken|\w*cijfers|gegevens|berekeningen|calculations|projections|prognoses|forecasts?|outlook|voorspelling|research|onderzoek)\s+(?:(?:published|released|issued|compiled|collected)\s+(?:(?:on|last|this|earlier|in)\s+(?:this\s+)?\w+\s+)?)?(?:by|from|of|van|door)\s+(?P<np>.+)$",
    )
});

/// A subject with a relative clause before the reporting verb: "Nexwave, which makes
/// chips in Nijmegen, welcomed …", "The council, which represents growers, has warned …".
static SUBJECT_RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?:(?:De|Het|The)\s+)?(?P<np>[^,;:“”„\x22]{{2,60}}?),\s+(?:which|who|die|dat)\s(?:[^,;]|,\d)*,\s+(?:(?:has|have|had|heeft|hebben)\s+)?(?:{REPORT_VERBS}|(?:laat|liet|laten|lieten)\s+(?:[^\s,.;]+\s+){{0,6}}?(?:weten|horen)|(?:is|are)\s+demanding)\b"
    ))
});

/// A subject that acts and gives its reason in a participle clause: "Mexico's government
/// defended the award, saying …", "The ministry rejected the report, arguing …".
static SUBJECT_SAYING: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:The\s+)?(?P<np>[^,;:“”„\x22]{2,50}?)\s+(?:\w+ed|took|gave|made|held|kept|won|lost|sent|cut|set|struck|wrote|sold|bought|paid|met|left|began|rose|fell|spoke|stood|threw)(?:\s+[^,;:“”„\x22]{1,60}?)?,\s+(?:saying|adding|arguing|warning|noting|insisting|claiming)\b",
    )
});

/// Figures that speak for their maker, opening the sentence: "Philippine navy data show
/// …", "U.S. International Trade Commission data show …".
static DATA_SHOW: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?P<np>[^,;:“”„\x22]{2,60}?)\s+(?:data|figures|statistics|cijfers|gegevens)\s+(?:show|shows|showed|suggest|suggests|suggested|tonen|toonden)\b",
    )
});

static REPORT_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\b(?:conclusie|oordeel|verklaring|rapport|analyse|schatting|inschatting|conclusion|finding|findings|assessment|report|statement|estimate|analysis)\s+(?:van|by|from|of)\s+(?P<np>[^,.;]+?)\s+(?:dat|that)\b",
    )
});

/// Words that end a source noun phrase: verbs, prepositions and time adverbs.
const NP_STOP: &[&str] = &[
    "heeft",
    "hebben",
    "had",
    "hadden",
    "is",
    "zijn",
    "was",
    "waren",
    "werd",
    "werden",
    "wordt",
    "worden",
    "zou",
    "zouden",
    "moet",
    "moeten",
    "gaat",
    "gaan",
    "kan",
    "kunnen",
    "wil",
    "will",
    "has",
    "have",
    "are",
    "were",
    "would",
    "could",
    "may",
    "might",
    "should",
    "must",
    "did",
    "does",
    "in",
    "op",
    "tegen",
    // "zegt X tegenover de NOS": whom it was said to.
    "tegenover",
    "bij",
    "tijdens",
    "to",
    "on",
    "at",
    "during",
    "in",
    "vandaag",
    "gisteren",
    "nu",
    "today",
    "yesterday",
    "woensdag",
    "dinsdag",
    "maandag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "on",
    "dat",
    "that",
    "die",
    "who",
    "which",
    "ook",
    "also",
    "al",
    "nog",
    "eerder",
    "earlier",
    "onlangs",
    "recently",
    "in",
    "voor",
    "for",
    "about",
    "over",
    "op",
    "zich",
    "the",
    "de",
    "het",
    "een",
    "a",
    "an",
];

/// True for a source that describes one unnamed person ("unnamed woordvoerder
/// (ministerie van Financiën)", "spokesperson", "unnamed official"), whom a later "he" or
/// "zij" can mean.
#[must_use]
pub fn described_individual(source: &str) -> bool {
    matches!(
        speaker_noun(source),
        "woordvoerder"
            | "woordvoerster"
            | "spokesperson"
            | "spokesman"
            | "spokeswoman"
            | "official"
            | "ambtenaar"
            | "functionaris"
            | "executive"
            | "lawyer"
            | "advocaat"
            | "analyst"
            | "analist"
            | "trader"
            | "handelaar"
            | "insider"
            | "ingewijde"
            | "diplomat"
            | "diplomaat"
            | "banker"
            | "bankier"
            | "manager"
            | "employee"
            | "medewerker"
            | "person"
    )
}

/// The noun that heads a described speaker: the last word before any body in brackets
/// ("trader" of "unnamed metals trader", "spokesperson" of "unnamed spokesperson
/// (ministry)").
pub(crate) fn speaker_noun(source: &str) -> &str {
    source
        .strip_prefix("unnamed ")
        .unwrap_or(source)
        .split('(')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .next_back()
        .unwrap_or("")
}

/// Plural or generic speakers that point to an organisation named after them.
const GENERIC_SPEAKERS: &[&str] = &[
    "analysts",
    "analisten",
    "analist",
    "analyst",
    "experts",
    "officials",
    "executives",
    "researchers",
    "onderzoekers",
    "economists",
    "economen",
    "spokesperson",
    "woordvoerder",
    "bestuurders",
    "employees",
    "medewerkers",
    "sources",
    "bronnen",
];

/// Whether `np` is one capitalised word for a group of people ("Ambtenaren",
/// "Officials").
fn caps_group(np: &str) -> bool {
    !np.contains(' ') && group_noun(np)
}

/// Whether `word` (any case) names speakers as a group or by role ("officials",
/// "Lawyers", "analisten").
fn group_noun(word: &str) -> bool {
    let lower = word.to_lowercase();
    GENERIC_SPEAKERS.contains(&lower.as_str()) || PERSON_GROUPS.contains(&lower.as_str())
}

/// Plural nouns for groups of people who speak together: "lawyers for the residents".
const PERSON_GROUPS: &[&str] = &[
    "lawyers",
    "advocaten",
    "diplomats",
    "diplomaten",
    "traders",
    "handelaren",
    "bankers",
    "bankiers",
    "residents",
    "bewoners",
    "ambtenaren",
    "inspectors",
    "inspecteurs",
    "prosecutors",
    "aanklagers",
    "investigators",
    "rechercheurs",
    "suppliers",
    "leveranciers",
    "managers",
    "unions",
    "vakbonden",
    "scientists",
    "wetenschappers",
    "appraisers",
    "taxateurs",
];

/// Words of a job title before a name.
const TITLE_WORDS: &[&str] = &[
    "chief",
    "ceo",
    "cfo",
    "cto",
    "president",
    "minister",
    "premier",
    "senator",
    "topman",
    "topvrouw",
    "directeur",
    "director",
    "executive",
    "chairman",
    "chair",
    "voorzitter",
    "spokesperson",
    "woordvoerder",
    "analyst",
    "analist",
    "founder",
    "oprichter",
    "secretary",
    "commerce",
    "handelsminister",
    "voormalig",
    "former",
    "vice",
    "deputy",
    "acting",
    "plaatsvervangend",
    "plaatsvervangende",
    "waarnemend",
    "commissioner",
    "commissaris",
    "staatssecretaris",
    "kamerlid",
    "burgemeester",
    "wethouder",
    "governor",
    "gouverneur",
    "spokesman",
    "spokeswoman",
    "head",
    "chef",
    "hoogleraar",
    "professor",
    "onderzoeker",
    "researcher",
    "econoom",
    "economist",
    "advocaat",
    "lawyer",
    "attorney",
    "rector",
];

/// Roles that stand for the person named with them before: "de minister", "the chief
/// executive".
const PERSON_ROLES: &[&str] = &[
    "minister",
    "staatssecretaris",
    "premier",
    "topman",
    "topvrouw",
    "directeur",
    "chief executive",
    "ceo",
    "secretary",
    "advocaat",
    "lawyer",
    "hoogleraar",
    "professor",
    "analist",
    "analyst",
    "econoom",
    "economist",
    "burgemeester",
    "voorzitter",
    "chairman",
    "commissaris",
    "commissioner",
];

/// True for "de minister", "the chief executive": a definite role standing for a person.
fn person_role(lower: &str) -> bool {
    ["de ", "the "]
        .iter()
        .find_map(|det| lower.strip_prefix(det))
        .is_some_and(|role| PERSON_ROLES.contains(&role))
}

/// The name after the last mention of `role` in `before`: "minister Karin Verhoef" for
/// "de minister", "ING-econoom Ties de Groot" for "de econoom". A particle ("de", "van
/// der") may follow the first name only, so "Karin Verhoef van Infrastructuur" ends
/// before "van".
fn role_holder(before: &str, role: &str) -> Option<String> {
    // The role was named in the last few paragraphs, if at all.
    let mut from = before.len().saturating_sub(3000);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let before = &before[from..];
    // ASCII lowercasing keeps every byte offset (the roles are ASCII).
    let lower = before.to_ascii_lowercase();
    let mut search = lower.as_str();
    while let Some(at) = search.rfind(role) {
        let end = at + role.len();
        search = &lower[..at];
        if !before[end..].starts_with(' ') {
            continue;
        }
        let mut name: Vec<&str> = Vec::new();
        for word in before[end..].split_whitespace() {
            let word = word.trim_end_matches([',', '.', ';', ':']);
            let capital = word.starts_with(char::is_uppercase);
            let particle = matches!(word, "de" | "van" | "der" | "den" | "ter");
            let names = name
                .iter()
                .filter(|w| w.starts_with(char::is_uppercase))
                .count();
            if capital && names < 3 || particle && names == 1 {
                name.push(word);
            } else {
                break;
            }
        }
        while name
            .last()
            .is_some_and(|w| !w.starts_with(char::is_uppercase))
        {
            name.pop();
        }
        if name.len() >= 2 {
            return Some(name.join(" "));
        }
    }
    None
}

const PRONOUNS: &[&str] = &[
    "hij",
    "zij",
    "ze",
    "he",
    "she",
    "they",
    "it",
    "het",
    "het bedrijf",
    "the company",
    "de onderneming",
    "the firm",
    "het concern",
    "de fabrikant",
    "the group",
    "hun",
    "we",
    "wij",
    // "…, one of them said": one of the speakers named before.
    "one of them",
    "two of them",
    "some of them",
    "several of them",
    "een van hen",
    "twee van hen",
];

/// A standalone sourcing sentence: not a claim itself, it names the source of the claim
/// it points back to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sourcing {
    /// Who is named as the source, when a name could be read.
    pub source: Option<String>,
}

/// If `text[range]` is a standalone sourcing sentence ("Dat meldt X …", "That's according
/// to X"), returns it with the source it names.
#[must_use]
pub fn sourcing_sentence(text: &str, range: Range<usize>) -> Option<Sourcing> {
    sourcing_sentence_hinted(text, range, None)
}

/// [`sourcing_sentence`], given [`attribution_possible`] for the sentence when known.
pub(crate) fn sourcing_sentence_hinted(
    text: &str,
    range: Range<usize>,
    possible: Option<bool>,
) -> Option<Sourcing> {
    let piece = slice(text, range).trim();
    if !possible.unwrap_or_else(|| may_attribute(piece)) {
        return None;
    }
    // Every match opens with a pronoun or holds one of a few verbs of reporting.
    let opens_with_pronoun = ["Dat", "Dit", "Het", "That", "This", "It"]
        .iter()
        .any(|opening| piece.starts_with(opening));
    let needles: &[&str] = if opens_with_pronoun {
        &[]
    } else {
        &[
            "report",
            "revealed",
            "meldde",
            "berichtte",
            "schreef",
            "wrote",
            "onthulde",
            "bracht",
        ]
    };
    let caps = captures_with(&SOURCING, needles, piece)?;
    // "X schreef dat de orders daalden" reports content; only "X reported this (on
    // Monday)" is about the reporting.
    if let Some(np3) = caps.name("np3")
        && let Some(whole) = caps.get(0)
        && (word_count(slice(piece, whole.end()..piece.len())) > 6
            // "Gisteren meldde het ministerie dat …": the subject follows the verb.
            || time_opening(&np3.as_str().to_lowercase()))
    {
        return None;
    }
    let np = caps
        .name("np")
        .or_else(|| caps.name("np2"))
        .or_else(|| caps.name("np3"));
    // "Dat heeft het bedrijf dinsdagavond aan het personeel laten weten": the subject
    // ends where the time or the addressee begins.
    let perfect = caps.name("np4").map(|np| {
        let phrase = np.as_str();
        phrase
            .match_indices(' ')
            .map(|(at, _)| at)
            .find(|&at| {
                phrase[at + 1..].split(' ').next().is_some_and(|w| {
                    day_part(w)
                        || matches!(
                            w,
                            "aan" | "tegen" | "in" | "op" | "via" | "bij" | "tijdens" | "na"
                        )
                })
            })
            .map_or(phrase, |at| &phrase[..at])
    });
    let phrase = match (np, perfect) {
        (Some(np), _) => np.as_str(),
        (None, Some(phrase)) => phrase,
        (None, None) => return None,
    };
    // "Dat meldt X op basis van …", "That is according to X, citing …".
    let cut = [
        " op basis van",
        " op grond van",
        " na gesprekken",
        " citing",
        " based on",
        " met een beroep op",
        ",",
        " weten",
        " bekend",
    ]
    .iter()
    .filter_map(|stop| phrase.find(stop))
    .min()
    .unwrap_or(phrase.len());
    let name = phrase.get(..cut).unwrap_or(phrase);
    // "Dat meldt het FD.": the full stop ends the sentence, unless it closes a dotted
    // acronym ("U.S.").
    let name = match name.strip_suffix('.') {
        Some(rest) if rest.chars().rev().nth(1).is_none_or(|c| c != '.') => rest,
        _ => name,
    };
    Some(Sourcing {
        source: normalise(name),
    })
}

/// What a pronoun or a generic subject ("het bedrijf", "the company", "he") can refer
/// back to: the latest source and the latest named organisation and person.
#[derive(Clone, Copy, Debug, Default)]
pub struct Antecedents<'a> {
    /// The source of a recent sentence.
    pub source: Option<&'a str>,
    /// The last organisation named in the sentences before.
    pub organization: Option<&'a str>,
    /// The last person named in the sentences before.
    pub person: Option<&'a str>,
    /// The last person named before whose name does not mark them as a woman: whom "he"
    /// or "hij" can mean.
    pub person_he: Option<&'a str>,
    /// The last person named before whose name does not mark them as a man: whom "she",
    /// "zij" or "ze" can mean.
    pub person_she: Option<&'a str>,
    /// The organisation that opens this sentence as its subject, which a trailing "it
    /// said" or "the company said" refers to ("Huawei will ship …, it said").
    pub own_organization: Option<&'a str>,
    /// The person that opens this sentence as its subject.
    pub own_person: Option<&'a str>,
}

/// Like [`find_source`], but a pronoun or generic subject is resolved against
/// `antecedents`: "he"/"hij" to a person, "it"/"the company"/"het bedrijf" to an
/// organisation, otherwise to the recent source.
#[must_use]
pub fn find_source_with(
    text: &str,
    range: Range<usize>,
    antecedents: &Antecedents<'_>,
) -> Option<String> {
    find_source_hinted(text, range, antecedents, None)
}

impl<'a> Antecedents<'a> {
    /// Whom "he" or "she" (`gender`) points at: a person whose name marks that gender, or
    /// else the source before if it does ("…, a ministry spokeswoman said. …, she said"),
    /// or else the last person it may be, or the source before.
    fn pronoun_target(&self, gender: Gender) -> Option<&'a str> {
        let person = match gender {
            Gender::Male => self.person_he,
            Gender::Female => self.person_she,
        };
        let marked =
            |name: Option<&'a str>| name.filter(|name| gender::of_person(name) == Some(gender));
        marked(person)
            .or_else(|| marked(self.source))
            .or(person)
            .or(self.source)
    }
}

/// [`find_source_with`], given [`attribution_possible`] for the sentence when known.
pub(crate) fn find_source_hinted<'a>(
    text: &str,
    range: Range<usize>,
    antecedents: &Antecedents<'a>,
    possible: Option<bool>,
) -> Option<String> {
    let found = source_of(text, range.clone(), Some(PRONOUN_MARK), possible)?;
    let Some(pronoun) = found.strip_prefix(PRONOUN_MARK) else {
        return Some(found);
    };
    let lower = pronoun.trim().to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or("");
    // A pronoun after the sentence's own subject points at that subject ("Huawei will
    // ship …, it said"); one that opens the main clause after an opening phrase does not
    // ("In a filing with the Court of Appeals, the company argued that …").
    let piece_lower = slice(text, range.clone()).trim_start().to_lowercase();
    let trailing = !piece_lower.starts_with(&lower)
        && piece_lower.rfind(&lower).is_none_or(|at| {
            let after = piece_lower.get(at + lower.len()..).unwrap_or("");
            !after
                .split_whitespace()
                .nth(1)
                .is_some_and(|w| matches!(w, "that" | "dat"))
        });
    let own = |own: Option<&'a str>| own.filter(|_| trailing);
    let resolved = match first {
        // "volgens het rapport", "schrijven de onderzoekers": who wrote the report or did
        // the research named before.
        "research" => {
            return research_author(text, range.start)
                .or_else(|| antecedents.source.map(str::to_owned));
        }
        _ if person_role(&lower) => {
            let role = lower
                .split_once(' ')
                .map_or(lower.as_str(), |(_, role)| role);
            if let Some(holder) = role_holder(slice(text, 0..range.start), role) {
                return Some(holder);
            }
            own(antecedents.own_person).or(antecedents.person)
        }
        // "…, zegt ze" after a man was named last: the woman named before him.
        "hij" | "he" | "hem" | "him" => own(antecedents
            .own_person
            .filter(|name| gender::of_person(name) != Some(Gender::Female)))
        .or_else(|| antecedents.pronoun_target(Gender::Male)),
        "zij" | "ze" | "haar" | "she" | "her" => own(antecedents
            .own_person
            .filter(|name| gender::of_person(name) != Some(Gender::Male)))
        .or_else(|| antecedents.pronoun_target(Gender::Female)),
        word if matches!(word, "it" | "het" | "the" | "de" | "its")
            || generic_organization(word) =>
        {
            if let Some(own) = own(antecedents.own_organization) {
                return Some(own.to_owned());
            }
            // "het havenbedrijf" after "Havenbedrijf Nieuwe Maas", "the broker" after
            // "Sydney broker Harcourt Partners": the name the noun was part of.
            // "volgens de coöperatie valt …" reaches here with the rest of the clause:
            // the noun is the word after the article.
            let noun = match lower.split_once(' ') {
                Some((_, rest)) => rest.split(' ').next().unwrap_or(rest),
                None => lower.as_str(),
            };
            if let Some(name) = name_headed_by(text, range.start, noun) {
                return Some(name);
            }
            antecedents.organization.or(antecedents.source)
        }
        _ => antecedents.source,
    };
    resolved.map(str::to_owned)
}

/// How far back (in bytes, a few paragraphs) [`named_by_noun`] looks for the name a
/// generic noun stands for: far enough for a news article's thread, and a bound on the
/// work for a very long text.
const NAME_REACH: usize = 4096;

/// The name a generic noun before `at` in `text` stands for ("het havenbedrijf" after
/// "Havenbedrijf Nieuwe Maas"): [`named_by_noun`] within [`NAME_REACH`]. Only a single
/// word of four letters or more is looked for.
pub(crate) fn name_headed_by(text: &str, at: usize, noun: &str) -> Option<String> {
    if noun.len() < 4 || noun.contains(' ') {
        return None;
    }
    named_by_noun(text::before(text, at, NAME_REACH), noun)
}

/// The last name in `before` that `noun` (lowercase) was part of: the noun capitalised
/// at the head of a name ("Havenbedrijf Nieuwe Maas" for "havenbedrijf") or the noun
/// right before a name ("broker Harcourt Partners" for "broker").
fn named_by_noun(before: &str, noun: &str) -> Option<String> {
    let mut best: Option<(usize, &str)> = None;
    let mut capital = String::with_capacity(noun.len());
    let mut chars = noun.chars();
    capital.extend(chars.next().into_iter().flat_map(char::to_uppercase));
    capital.push_str(chars.as_str());
    for (form, head) in [(noun, false), (capital.as_str(), true)] {
        for (at, _) in before.match_indices(form) {
            let boundary = before[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let rest = &before[at + form.len()..];
            let Some(after) = rest.strip_prefix(' ') else {
                continue;
            };
            let name = name_words(after);
            // "the company Monday", "het bedrijf In": a day or the next sentence.
            let first = name.split(' ').next().unwrap_or("");
            if !boundary
                || name.is_empty()
                || day_part(first)
                || super::dates::month_name(first)
                || super::dates::weekday_name(&first.to_lowercase())
            {
                continue;
            }
            let whole = if head {
                &before[at..at + form.len() + 1 + name.len()]
            } else {
                name
            };
            if best.is_none_or(|(b, _)| at > b) {
                best = Some((at, whole));
            }
        }
    }
    best.map(|(_, name)| name.to_owned())
}

/// The capitalised words that open `text` ("Harcourt Partners estimate …" gives
/// "Harcourt Partners"), with "&" and name particles between them, on one line.
fn name_words(text: &str) -> &str {
    let mut end = 0;
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..len];
        let clean = word.trim_end_matches([',', '.', ';', ':']);
        let capitalised = clean.chars().next().is_some_and(char::is_uppercase)
            && clean.chars().skip(1).any(char::is_lowercase)
            || clean.len() >= 2
                && clean.chars().any(char::is_uppercase)
                && clean
                    .chars()
                    .all(|c| c.is_uppercase() || c.is_ascii_digit());
        let joiner = end > 0 && matches!(clean, "&" | "van" | "de" | "der" | "of");
        if capitalised {
            end = at + clean.len();
        } else if !joiner {
            break;
        }
        // Punctuation or a line break ends the name.
        if clean.len() < word.len() || !rest[len..].starts_with(' ') {
            break;
        }
        at += len + 1;
    }
    &text[..end]
}

/// A noun that stands for an organisation named before ("het bedrijf", "the bank", "the
/// fund"), lowercased.
pub(crate) fn generic_organization(word: &str) -> bool {
    matches!(
        word,
        "bedrijf"
            | "company"
            | "firm"
            | "concern"
            | "onderneming"
            | "fabrikant"
            | "group"
            | "bank"
            | "consultancy"
            | "adviesbureau"
            | "fund"
            | "fonds"
            | "insurer"
            | "verzekeraar"
            | "broker"
            | "producer"
            | "producent"
            | "carrier"
            | "rederij"
            | "stichting"
            | "foundation"
            | "consortium"
            | "werf"
            | "shipyard"
            | "organisatie"
            | "organisation"
            | "organization"
            | "coöperatie"
            | "cooperatie"
            | "cooperative"
            | "directie"
            | "bedrijfsleiding"
            | "management"
    )
}

/// Nouns for institutions that a text names in full once and then by the noun alone
/// ("the ministry", "de universiteit").
const INSTITUTION_NOUNS: &[&str] = &[
    "ministry",
    "ministerie",
    "department",
    "departement",
    "agency",
    "agentschap",
    "commission",
    "commissie",
    "university",
    "universiteit",
    "court",
    "rechtbank",
    "authority",
    "autoriteit",
    "toezichthouder",
    "regulator",
    "watchdog",
    "embassy",
    "ambassade",
    "gemeente",
    "municipality",
    "council",
    "raad",
    "parliament",
    "parlement",
    "inspectie",
    "inspectorate",
    "association",
    "vereniging",
    "federation",
    "federatie",
    "bureau",
    "office",
    "dienst",
    "bank",
    "fund",
    "fonds",
    "mission",
    "missie",
    "union",
    "vakbond",
    "institute",
    "instituut",
];

/// Nouns for a body that is named by its place: "het havenbedrijf van Antwerpen-Brugge",
/// "the port of Santos", "de provincie Groningen" keep the place in the source. Read
/// together with [`INSTITUTION_NOUNS`], which already holds "gemeente".
const PLACE_BODIES: &[&str] = &[
    "havenbedrijf",
    "haven",
    "port",
    "luchthaven",
    "airport",
    "provincie",
    "province",
    "stad",
    "city",
    "waterschap",
    "regering",
    "government",
    "deelstaatregering",
];

/// A name around a noun for an institution: up to three capitalised words before it
/// (joined by "and" as in "Coffee and Tea Authority"), and
/// after it names joined by "van/of", commas or "and", and an acronym in brackets
/// ("Chinese ministerie van Handel", "Ministry of Investment, Trade and Industry (MITI)").
/// The noun is a word of its own ("bureau" in "persbureau" is none), or a Dutch state
/// body's ("Rijksinspectie").
static INSTITUTION_NAME: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?:\p{{Lu}}[\w-]*\s+(?:(?:and|en|&)\s+)?){{0,3}}\b(?:Rijks)?(?i:{})\b(?:(?:\s+(?:van|of|for|voor|de|der|and|en|&))*,?\s+\p{{Lu}}[\w-]*)*(?:\s+\([A-Z&]{{2,8}}\))?",
        INSTITUTION_NOUNS.join("|")
    ))
});

/// The names of institutions in `text` (a noun for one with more around it), in
/// order, without a determiner in front.
#[must_use]
pub fn institution_names(text: &str) -> Vec<String> {
    INSTITUTION_NAME
        .find_iter(text)
        .map(|m| {
            let found = m.as_str();
            ["Het ", "De ", "The ", "Een ", "A "]
                .iter()
                .find_map(|det| found.strip_prefix(det))
                .unwrap_or(found)
        })
        .filter(|name| name.split_whitespace().count() > 1)
        .map(str::to_owned)
        .collect()
}

/// True when `source` (a cleaned source) may be a noun for an institution that
/// [`refer_back`] can resolve: at most three lowercase words ending in such a noun.
#[must_use]
pub fn is_descriptor(source: &str) -> bool {
    let words: Vec<&str> = source.split_whitespace().collect();
    words
        .last()
        .is_some_and(|head| INSTITUTION_NOUNS.contains(head))
        && words.len() <= 3
        && words
            .iter()
            .all(|w| w.len() >= 4 && w.chars().all(char::is_lowercase))
}

/// True when the lowercased `lower` asks questions ("stelde vorige week Kamervragen",
/// "vragen gesteld"): a form of "stellen" beside "vragen", with no "dat" right after the
/// verb. An act, not a statement.
#[must_use]
pub(crate) fn asks_questions(lower: &str) -> bool {
    if !lower.contains("vragen") {
        return false;
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let asking = |w: &&str| matches!(*w, "stelt" | "stelde" | "stelden" | "stellen" | "gesteld");
    // "stelt de toezichthouder dat …" states.
    let states = words
        .iter()
        .enumerate()
        .any(|(at, w)| asking(w) && words.iter().skip(at + 1).take(4).any(|next| *next == "dat"));
    words.iter().any(|w| matches!(*w, "vragen" | "kamervragen"))
        && words.iter().any(asking)
        && !states
}

/// True when a form of "stellen" in `piece` has a separable particle at the end of its
/// clause ("stelde het kabinet er subsidie voor beschikbaar", "stelt de bouw uit"): it
/// makes available or postpones; it does not state.
fn stellen_with_particle(piece: &str) -> bool {
    let lower = piece.to_lowercase();
    lower
        .split([',', ':', ';', '.'])
        .filter(|clause| {
            clause
                .split_whitespace()
                .any(|w| matches!(w, "stelt" | "stelde" | "stelden" | "stellen"))
        })
        .any(|clause| {
            clause.split_whitespace().last().is_some_and(|last| {
                matches!(
                    last,
                    "beschikbaar"
                        | "vast"
                        | "uit"
                        | "aan"
                        | "op"
                        | "in"
                        | "teleur"
                        | "gerust"
                        | "samen"
                )
            })
        })
}

/// True for a company described rather than named: "chipmaker", "Taiwanese chipmaker",
/// "Dutch lender" (from "…, the Taiwanese chipmaker said"). Only nationality adjectives
/// may carry a capital.
#[must_use]
pub fn company_descriptor(source: &str) -> bool {
    let words: Vec<&str> = source.split_whitespace().collect();
    let Some((head, before)) = words.split_last() else {
        return false;
    };
    words.len() <= 3
        && head.chars().all(char::is_lowercase)
        && super::entities::company_noun(head)
        && before.iter().all(|w| {
            w.chars().all(|c| c.is_lowercase() || c == '-')
                || ["ese", "ish", "ian", "an", "ch", "se", "sche", "ic"]
                    .iter()
                    .any(|end| w.ends_with(end))
        })
}

/// True when `name` is itself an institution ("Panama Canal Authority"), which a later
/// "the agency" or "de autoriteit" in the same sentence can stand for.
#[must_use]
pub fn institution_name(name: &str) -> bool {
    name.split_whitespace()
        .any(|w| INSTITUTION_NOUNS.contains(&w.to_lowercase().as_str()))
}

/// The noun in brackets of an unnamed speaker's body that still needs resolving
/// ("unnamed woordvoerder (concern)"), with the source before the brackets.
#[must_use]
pub fn unresolved_body(source: &str) -> Option<(&str, &str)> {
    let (speaker, rest) = source.split_once(" (")?;
    let noun = rest.strip_suffix(')')?;
    (speaker.starts_with("unnamed") && !noun.is_empty() && noun.chars().all(char::is_lowercase))
        .then_some((speaker, noun))
}

/// The institution named before that a descriptor source stands for: "the trade ministry"
/// for the "Ministry of Investment, Trade and Industry (MITI)", "de universiteit" for the
/// "Technische Universiteit Brabant (TUB)". `source` passes [`is_descriptor`], and the
/// name must contain each of its words. `organizations` lists the organisations found so
/// far and `institutions` the [`institution_names`] of the text so far, the latest last.
#[must_use]
pub fn refer_back(
    source: &str,
    organizations: &[String],
    institutions: &[String],
) -> Option<String> {
    if !is_descriptor(source) {
        return None;
    }
    // "de toezichthouder" for the "Autoriteit Persoonsgegevens": a regulator by any of
    // the usual names.
    let regulator = source.ends_with("toezichthouder")
        || source.ends_with("regulator")
        || source.ends_with("watchdog");
    // "the agency" for the "Coast Guard Administration" or a "… Service".
    let agency = source.ends_with("agency") || source.ends_with("dienst");
    let fits = |name: &str| {
        let name = name.to_lowercase();
        source.split_whitespace().all(|w| name.contains(w))
            || agency
                && [
                    "administration",
                    "authority",
                    "service",
                    "guard",
                    "autoriteit",
                    "inspectie",
                    "bureau",
                ]
                .iter()
                .any(|head| name.contains(head))
            || regulator
                && [
                    "autoriteit",
                    "authority",
                    "commission",
                    "toezicht",
                    "inspectie",
                    "administration",
                    "office of",
                ]
                .iter()
                .any(|head| name.contains(head))
    };
    // A full institution name beats an organisation cut short at a comma ("Ministry of
    // Investment" of "Ministry of Investment, Trade and Industry").
    institutions
        .iter()
        .rev()
        .find(|name| fits(name))
        .or_else(|| organizations.iter().rev().find(|org| fits(org)))
        .cloned()
}

/// Whether the phrase after "volgens" or "according to" is a schedule, a body of rules or
/// a standard ("planning", "de Europese regels", "alle regels die toen golden", "the new
/// law", "de DSMR 5.0-standaard"),
/// which says how something is done, not who says so.
fn rulebook(np: &str) -> bool {
    let mut words = np.split_whitespace().take(5);
    let Some(noun) = words.by_ref().find(|w| {
        // Articles and inflected adjectives ("de", "alle", "Europese", "current").
        let modifier = matches!(
            *w,
            "de" | "het"
                | "the"
                | "all"
                | "new"
                | "current"
                | "existing"
                | "EU"
                | "European"
                | "international"
                | "national"
        ) || w.len() > 3 && w.ends_with('e') && !w.ends_with("ie");
        !modifier
    }) else {
        return false;
    };
    // "de DSMR 5.0-standaard", "the ISO 9001 standard": a named standard.
    let noun = if noun.len() > 1 && noun.chars().all(|c| c.is_ascii_uppercase()) {
        words
            .find(|w| !w.chars().all(|c| c.is_ascii_digit() || c == '.'))
            .unwrap_or(noun)
    } else {
        noun
    };
    let noun = noun.trim_end_matches(['”', '’', '"', ',', '.']);
    // Dutch compounds: "handelsregels", "exportverordening", "vrijhandelsakkoord",
    // "5.0-standaard".
    [
        "standaard",
        "norm",
        "normen",
        "regels",
        "wetgeving",
        "verordening",
        "richtlijn",
        "verdrag",
        "akkoord",
        "planning",
    ]
    .iter()
    .any(|tail| noun.ends_with(tail))
        || matches!(
            noun,
            "plan"
                | "plannen"
                | "schema"
                | "wet"
                | "contract"
                | "law"
                | "rules"
                | "regulations"
                | "treaty"
                | "agreement"
                | "standard"
                | "standards"
                | "protocol"
                | "guidelines"
        )
}

/// Marks a pronoun subject in [`find_source`]'s answer for [`find_source_with`].
const PRONOUN_MARK: &str = "\u{1}";

/// Finds who `text[range]` is attributed to. `previous` is the source of the sentence
/// before, used for pronoun subjects ("Ze concludeerden dat …").
#[must_use]
pub fn find_source(text: &str, range: Range<usize>, previous: Option<&str>) -> Option<String> {
    source_of(text, range, previous, None)
}

/// [`find_source`], given [`attribution_possible`] for the sentence when known.
fn source_of(
    text: &str,
    range: Range<usize>,
    previous: Option<&str>,
    possible: Option<bool>,
) -> Option<String> {
    let piece = slice(text, range);
    if piece.contains(':')
        && let Some(np) = text::captures(&COLON_SPEAKER, piece).and_then(|caps| caps.name("np"))
    {
        return resolve(np.as_str(), previous);
    }
    if !possible.unwrap_or_else(|| may_attribute(piece)) {
        return None;
    }
    // Every match holds "cite" (citeert, cited, cites) or "quote".
    if let Some(caps) = captures_with(&CITES, &["cite", "quote"], piece)
        && let (Some(org), Some(np)) = (caps.name("org"), caps.name("np"))
    {
        let who = normalise(np.as_str());
        let org = org.as_str().trim();
        return Some(match who {
            Some(who) if who.starts_with("unnamed") => format!("{who} ({org})"),
            Some(who) => who,
            None => org.to_owned(),
        });
    }
    if let Some(caps) = captures_with(&ROLE_THEN_NAME, &[", "], piece)
        && let (Some(role), Some(name)) = (caps.name("role"), caps.name("name"))
        && role.as_str().split_whitespace().any(|w| {
            let w = w.to_lowercase();
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            TITLE_WORDS.contains(&w)
                || PERSON_ROLES.contains(&w)
                || matches!(w, "head" | "hoofd" | "chief" | "chair" | "director")
        })
        && personal_name(name.as_str())
    {
        return Some(name.as_str().to_owned());
    }
    let mut fallback = None;
    // "Volgens", "volgens", "According to", "according to".
    if let Some(caps) = captures_with(&VOLGENS, &["olgens", "ccording"], piece)
        && let Some(np) = caps.name("np")
        // "volgens eigen opgave": the subject's own account, read below.
        && !np.as_str().starts_with("eigen ")
        // "volgens planning", "volgens de Europese regels": on schedule or by the rules,
        // not a source.
        && !rulebook(&piece[np.start()..])
        && let dutch = caps.get(0).is_some_and(|m| m.as_str().contains("olgens"))
        && let Some(source) =
            normalise(name_before_verb(after_based(publisher(np.as_str())), dutch))
        // "Volgens De Wit": a capital "De" after "volgens" belongs to a surname.
        && let source = match np.as_str().split_once(' ') {
            Some((particle @ ("De" | "Van" | "Den" | "Ter"), rest)) if rest.starts_with(source.as_str()) => {
                format!("{particle} {source}")
            }
            _ => source,
        }
    {
        // "Volgens het bedrijf", "volgens hem": the company or person named before. The
        // pronoun is read before cleaning, which would keep the clause after "Volgens
        // hem haalden …".
        let lower = source.to_lowercase();
        let raw_first = np.as_str().split_whitespace().next().unwrap_or("");
        let first = if matches!(raw_first, "hem" | "him" | "haar" | "her") {
            raw_first
        } else {
            lower.split_whitespace().next().unwrap_or("")
        };
        // "according to the firm's tracking data", "according to company estimates":
        // figures of the company named before.
        let phrase: Vec<&str> = np
            .as_str()
            .strip_prefix("the ")
            .unwrap_or(np.as_str())
            .split_whitespace()
            .collect();
        let company_figures = phrase.first().is_some_and(|w| {
            let possessive = w.ends_with("'s") || w.ends_with("’s");
            generic_organization(w.trim_end_matches("'s").trim_end_matches("’s"))
                && (possessive || phrase.len() == 2)
        }) && phrase.last().is_some_and(|w| {
            matches!(
                *w,
                "data" | "figures" | "estimates" | "estimate" | "calculations" | "records"
            )
        });
        let generic = match (lower.as_str(), first) {
            // "volgens de coöperatie": the noun is kept, to find the name it was part of.
            (word, _) if generic_organization(word) && !company_figures => Some(word),
            (word, _)
                if company_figures
                    || matches!(word, "chipmaker" | "krant" | "newspaper" | "paper") =>
            {
                Some("het")
            }
            (_, "hem" | "him") => Some("hij"),
            (_, "haar" | "her") => Some("zij"),
            // "volgens zijn berekeningen", "according to his estimate": the man named
            // before; "according to its own data": the organisation that is the
            // subject. A plain "its" may mean any firm the sentence names.
            _ if matches!(raw_first, "zijn" | "his") => Some("hij"),
            _ if np.as_str().starts_with("its own ") => Some("het"),
            // "Volgens hun berekeningen": the speakers named before.
            _ if matches!(raw_first, "hun" | "their") => Some("hun"),
            // "volgens een van hen", "according to one of them": one of those speakers.
            _ if [
                "een van hen",
                "een van beide",
                "one of them",
                "one of those",
            ]
            .iter()
            .any(|p| np.as_str().starts_with(p)) =>
            {
                Some("hun")
            }
            // "volgens dezelfde cijfers", "according to the same data": figures quoted
            // just before, by whoever gave them.
            _ if same_figures(np.as_str()) => Some("document"),
            // "volgens het rapport", "according to the complaint": whoever wrote it.
            (noun, _) if research_noun(noun) && np.as_str().starts_with(['t', 'd', 'h']) => {
                Some("research")
            }
            // "according to the statement": whoever issued it, named just before.
            ("statement" | "verklaring" | "filing" | "indictment" | "brief" | "letter", _)
                if np.as_str().starts_with(['t', 'd', 'h']) =>
            {
                Some("document")
            }
            _ => None,
        };
        match generic {
            // "volgens hem" may point at the speaker named in this very sentence
            // ("Analist X noemt …: … volgens hem …"): try the other patterns first.
            // Opening the sentence, it is the attribution.
            Some(pronoun @ ("hij" | "zij")) if caps.get(0).is_some_and(|m| m.start() == 0) => {
                return resolve(pronoun, previous);
            }
            Some(pronoun @ ("hij" | "zij")) => fallback = resolve(pronoun, previous),
            Some("document") if previous == Some(PRONOUN_MARK) => {
                return Some(format!("{PRONOUN_MARK}document"));
            }
            Some("research") if previous == Some(PRONOUN_MARK) => {
                return Some(format!("{PRONOUN_MARK}research"));
            }
            Some("document" | "research") => return previous.map(str::to_owned),
            Some(pronoun) => return resolve(pronoun, previous),
            None => return Some(source),
        }
    }
    // "naar haar schatting", "by his estimate": like "volgens haar", after the other
    // patterns.
    if fallback.is_none()
        && let Some(pronoun) = own_estimate(piece)
    {
        fallback = resolve(pronoun, previous);
    }
    if let Some(np) = captures_with(
        &RELATIVE_SPEAKER,
        &[
            ", who ",
            ", which ",
            ", die ",
            ", dat ",
            ", wie ",
            ", speaking ",
            ", asking ",
            ", declining ",
            ", requesting ",
            " die ",
            " who ",
        ],
        piece,
    )
    .and_then(|caps| caps.name("np").or_else(|| caps.name("one")))
        // "Ambtenaren die …": a group without a name, whose capital only opens the sentence.
        && let Some(source) = if caps_group(np.as_str()) {
            resolve(&np.as_str().to_lowercase(), previous)
        } else {
            resolve(np.as_str(), previous)
        }
    {
        return Some(source);
    }
    // A quotation ends in one of these.
    if let Some(caps) = captures_with(&QUOTE_TAIL, &["”", "’", "\""], piece)
        && let (Some(np), Some(app)) = (caps.name("np"), caps.name("app"))
    {
        let capital = |m: regex::Match<'_>| m.as_str().starts_with(char::is_uppercase);
        // "his lawyer, Rebecca Osei" or "Qinghe's general counsel, Laura Feng": the name
        // in the apposition.
        let role_then_name = capital(np)
            && np
                .as_str()
                .split_whitespace()
                .skip(1)
                .any(|w| w.starts_with(char::is_lowercase))
            && personal_name(app.as_str());
        let speaker = if (!capital(np) || role_then_name) && capital(app) {
            app
        } else {
            np
        };
        if let Some(source) = resolve(speaker.as_str(), previous) {
            return Some(source);
        }
    }
    if let Some(caps) = piece
        .matches(',')
        .nth(2)
        .and_then(|_| text::captures(&APPOSITIVE_TAIL, piece))
        && let (Some(a), Some(b)) = (caps.name("a"), caps.name("b"))
    {
        let name = |m: regex::Match<'_>| {
            m.as_str().starts_with(char::is_uppercase) && m.as_str().split_whitespace().count() <= 5
        };
        let speaker = if name(a) && role_description(b.as_str()) {
            Some(a)
        } else if name(b) && role_description(a.as_str()) {
            Some(b)
        } else {
            None
        };
        if let Some(speaker) = speaker
            && let Some(source) = resolve(speaker.as_str(), previous)
        {
            return Some(source);
        }
    }
    if let Some(caps) = captures_with(
        &MINISTRY_OPENING,
        &["inisterie", "Ministry", "Department"],
        piece,
    ) && let Some(np) = caps.name("np")
    {
        return Some(np.as_str().to_owned());
    }
    if let Some(caps) = captures_with(&SPOKESPERSON_OPENING, &["woordvoer", "spokes"], piece)
        && let Some(np) = caps.name("np")
    {
        // "A spokesperson for Western Australia's Department of Jobs, Tourism, Science
        // and Innovation": a body whose name is a list, which the commas would cut.
        if let Some(body) = LISTED.find(np.as_str())
            && let Some(speaker) = np.as_str().split_whitespace().nth(1)
        {
            return Some(format!(
                "unnamed {} ({})",
                speaker.to_lowercase(),
                body.as_str()
            ));
        }
        if let Some(source) = normalise(np.as_str()) {
            return Some(source);
        }
    }
    if let Some(caps) = trailing_captures(piece)
        && let Some(np) = caps
            .name("np")
            .or_else(|| caps.name("np2"))
            .or_else(|| caps.name("np3"))
        && !starts_with_time_word(np.as_str())
        && trailing_speaker(&caps)
        // "Marcus Hale, an analyst at X, said winter demand …": the speaker named before
        // "said" is the subject, and what follows the verb is the content.
        && !(caps.name("np").is_some()
            && caps
                .get(0)
                .is_some_and(|m| named_with_apposition(&piece[..m.start()])))
        // "…, waarin de Commissie concludeerde dat …": the speaker follows the relative
        // word.
        && let speaker = np
            .as_str()
            .split_once(' ')
            .filter(|(word, _)| {
                matches!(
                    *word,
                    "waarin" | "waarbij" | "waarop" | "waarmee" | "waaruit" | "where" | "whereby"
                )
            })
            .map_or(np.as_str(), |(_, rest)| rest)
        && let Some(source) = resolve(
            document_author(relative_speaker(speaker, caps.name("np2").is_some())),
            previous,
        )
    {
        // "…, two people familiar with the matter told Reuters": unnamed speakers are
        // described with the outlet they spoke to.
        if source.starts_with("unnamed")
            && let Some(outlet) = slice(piece, np.end()..piece.len())
                .trim_start()
                .strip_prefix("told ")
                .map(capitalised_run)
                .filter(|outlet| !outlet.is_empty())
        {
            return Some(format!("{source} ({outlet})"));
        }
        return Some(source);
    }
    // Two commas: around the name.
    if let Some(caps) = piece
        .matches(',')
        .nth(1)
        .and_then(|_| text::captures(&APPOSITIVE, piece))
        && let (Some(head), Some(np)) = (caps.name("head"), caps.name("np"))
    {
        let capital = |m: regex::Match<'_>| m.as_str().starts_with(char::is_uppercase);
        // "In de notitie, gedateerd 9 september, schrijft de dienst": after an opening
        // phrase with a preposition the subject follows the verb.
        let prepositional = head.as_str().split(' ').next().is_some_and(|w| {
            matches!(
                w,
                "In" | "Op"
                    | "Bij"
                    | "Na"
                    | "Met"
                    | "Tijdens"
                    | "Sinds"
                    | "Uit"
                    | "On"
                    | "At"
                    | "After"
                    | "During"
                    | "Since"
                    | "With"
                    | "From"
            )
        });
        if prepositional
            && let Some(subject) = text::captures(&INVERTED, piece).and_then(|caps| caps.name("np"))
            && let Some(source) = resolve(subject.as_str(), previous)
        {
            return Some(source);
        }
        // The capitalised part is the name: "Its chief executive, Jo Lee," or "Lim Wei
        // Ken, chief executive of X," or "Nvidia, which is not accused of wrongdoing,".
        // "Seorin Steel, South Korea's biggest exporter of galvanised sheet,": a name,
        // then a description that only opens with a capital.
        let described_name = capital(head)
            && head.as_str().split_whitespace().count() <= 4
            && head
                .as_str()
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
            && (np.as_str().contains("'s ") || np.as_str().contains("’s "))
            && np
                .as_str()
                .split_whitespace()
                .filter(|w| w.starts_with(char::is_lowercase))
                .any(role_description);
        let speaker = if prepositional {
            None
        } else if described_name {
            Some(head.as_str())
        } else if capital(np) {
            Some(np.as_str())
        } else if plausible_subject(head.as_str()) {
            Some(head.as_str())
        } else {
            None
        };
        if let Some(source) = speaker.and_then(|speaker| resolve(speaker, previous)) {
            return Some(source);
        }
    }
    // "… weten", or "kondigde(n)" / "maakte(n)".
    if let Some(caps) = captures_with(&LAAT_WETEN, &["weten", "kondigde", "maakte"], piece)
        && let Some(np) = caps.name("np").or_else(|| caps.name("np2"))
    {
        // "X liet vorige week weten", "Een woordvoerder liet wel weten", "Het ministerie
        // laat via een woordvoerder weten": the speaker is the subject before the verb.
        let adverb = OPENING_ADVERBS.contains(&np.as_str().to_lowercase().as_str());
        let through = np.as_str().starts_with("via ") || np.as_str().starts_with("bij monde van ");
        // "Raval Pharma liet zijn afnemers weten": a possessive opens whom it told.
        let told = ["zijn ", "haar ", "hun ", "onze "]
            .iter()
            .any(|p| np.as_str().starts_with(p));
        let np = if adverb || through || told || starts_with_time_word(np.as_str()) {
            text::captures(&SUBJECT_LAAT, piece)
                .and_then(|caps| caps.name("np"))
                .unwrap_or(np)
                .as_str()
        } else if np
            .as_str()
            .rsplit(' ')
            .next()
            .is_some_and(|w| matches!(w, "het" | "de" | "van" | "een" | "bij"))
            && let Some(whole) = caps.get(0).filter(|m| m.as_str().ends_with("weten"))
        {
            // "laat een woordvoerder van het bedrijf weten": the optional word before
            // "weten" was the end of the speaker, not an adverb.
            slice(piece, np.start()..whole.end() - "weten".len()).trim_end()
        } else {
            np.as_str()
        };
        if let Some(source) = resolve(np, previous) {
            return Some(source);
        }
    }
    if let Some(caps) = captures_with(&OWN_ACCOUNT_INVERTED, OWN_ACCOUNT_NEEDLES, piece)
        && let (Some(open), Some(np)) = (caps.name("open"), caps.name("np"))
        && {
            let open = open.as_str().to_lowercase();
            OPENING_ADVERBS.contains(&open.as_str()) || time_opening(&open)
        }
        && let Some(source) = resolve(np.as_str(), previous)
    {
        return Some(source);
    }
    if let Some(caps) = captures_with(&OWN_ACCOUNT, OWN_ACCOUNT_NEEDLES, piece) {
        // "Het bedrijf zette vorig jaar naar eigen zeggen …": the subject ends before
        // the verb.
        let np = caps.name("np").map_or("het", |np| {
            let np = np.as_str();
            // "De drukromp van de eerste boot is naar eigen zeggen …": a thing has no
            // account of its own; it is the company's, named before.
            if let Some(("De" | "Het" | "The", rest)) = np.split_once(' ')
                && !rest.contains(char::is_uppercase)
                && !rest.split_whitespace().any(|w| {
                    super::entities::company_noun(w)
                        || INSTITUTION_NOUNS.contains(&w)
                        || matches!(w, "kabinet" | "regering" | "overheid" | "government")
                })
            {
                return "het";
            }
            match np.split_once(' ') {
                Some((article @ ("De" | "Het" | "The"), rest)) => {
                    let lowered = format!("{} {rest}", article.to_lowercase());
                    let kept = name_before_verb(&lowered, true).len();
                    np.get(..kept).unwrap_or(np)
                }
                _ => np,
            }
        });
        if let Some(source) = resolve(np, previous) {
            return Some(source);
        }
    }
    if let Some(caps) = captures_with(&OWN_ACCOUNT_CLAUSE, &["eigen "], piece) {
        // "wist naar eigen zeggen niet": not "wist naar eigen" saying anything.
        return caps
            .name("np")
            .and_then(|np| resolve(np.as_str(), previous));
    }
    if let Some(caps) = captures_with(&DATA_SHOW, &["show", "sugg", "toon", "tonen"], piece)
        && let Some(np) = caps.name("np")
        && let Some(source) = resolve(np.as_str(), previous)
    {
        return Some(source);
    }
    if let Some(caps) = captures_with(&EMERGES_FROM, &["Uit "], piece)
        && let Some(np) = caps.name("np")
        && let Some(source) = resolve(np.as_str(), previous)
    {
        return Some(source);
    }
    // SUBJECT_PERFECT needs "heeft" or "hebben", SUBJECT_PHRASE one of its last words;
    // SUBJECT no particular word.
    for (re, needles) in [
        (&*SUBJECT, &[][..]),
        (&*SUBJECT_PERFECT, &["heeft", "hebben"][..]),
        (
            &*SUBJECT_PHRASE,
            &[
                "zorgen", " dat", "weten", " van", " uit", " that", "forecast", "predict", " put",
                " tegen", "hoop", "hope", "kondig", "counted",
            ][..],
        ),
    ] {
        if let Some(caps) = captures_with(re, needles, piece)
            && let Some(np) = caps.name("np")
            && plausible_subject(np.as_str())
            && !(caps.get(0).is_some_and(|m| m.as_str().ends_with("stelde") || m.as_str().ends_with("stelt"))
                && (asks_questions(&piece.to_lowercase()) || stellen_with_particle(piece)))
            // "een Kamermeerderheid steunt het plan": a vote, not a voice.
            && !(caps.get(0).is_some_and(|m| {
                let verb = m.as_str().rsplit(' ').next().unwrap_or("");
                verb.starts_with("steun") || verb.starts_with("support")
            }) && np.as_str().split_whitespace().any(|w| {
                let w = w.to_lowercase();
                w.ends_with("meerderheid") || w == "majority"
            }))
            // "Tientallen telers hebben zich bij de vereniging gemeld": signed up, not
            // reported.
            && !caps.get(0).is_some_and(|m| m.as_str().ends_with("gemeld") && m.as_str().contains(" zich "))
            // "it has told the company to keep …": an order, not a statement.
            && !caps.get(0).is_some_and(|m| {
                m.as_str().ends_with("told") && TOLD_TO.is_match(&piece[m.end()..])
            })
            // "De zitting vindt plaats": taking place, not finding.
            && !(caps.get(0).is_some_and(|m| m.as_str().ends_with("vindt") || m.as_str().ends_with("vinden"))
                && piece.contains(" plaats"))
            // "Orbix employs an estimated 40,000 people": after an article the word is
            // an adjective or a noun, not the verb.
            && !np.as_str().split_whitespace().last().is_some_and(|w| {
                matches!(w, "a" | "an" | "the" | "een" | "de" | "het")
            })
            // "Its revised forecast …": the noun, not the verb.
            && (!caps.get(0).is_some_and(|m| m.as_str().ends_with("forecast"))
                || names_speaker(np.as_str()))
        {
            // "Daarnaast stelt de Rekenkamer dat …": the subject follows the verb.
            let opening = np.as_str().to_lowercase();
            let first = opening.split_whitespace().next().unwrap_or("");
            // "Voor 2026 verwacht het bedrijf …": a time phrase before the verb.
            let inverted = OPENING_ADVERBS.contains(&opening.as_str())
                || time_opening(&opening)
                || matches!(
                    first,
                    "voor" | "in" | "na" | "op" | "tot" | "vanaf" | "sinds"
                ) && opening.split_whitespace().count() <= 3;
            // "Na eerdere besluiten in Europa sprak de ambassade van …": a long opening
            // phrase, with the subject after the verb where no pattern reaches it.
            if !inverted
                && matches!(
                    first,
                    "na" | "voor"
                        | "in"
                        | "op"
                        | "tijdens"
                        | "bij"
                        | "met"
                        | "sinds"
                        | "after"
                        | "before"
                        | "during"
                        | "since"
                )
            {
                continue;
            }
            let np = if inverted {
                match text::captures(&INVERTED, piece).and_then(|caps| caps.name("np")) {
                    Some(subject) => subject.as_str(),
                    None => continue,
                }
            } else {
                // "Ook de gemeente Nijmegen maakt zich zorgen": "ook" stresses the subject.
                let np = np.as_str();
                np.strip_prefix("Ook ")
                    .or_else(|| np.strip_prefix("Zelfs "))
                    .unwrap_or(np)
            };
            if let Some(source) = resolve(np, previous) {
                return Some(source);
            }
        }
    }
    if let Some(caps) = captures_with(&SUBJECT_SAYING, &["ing "], piece)
        && let Some(np) = caps.name("np")
        && plausible_subject(np.as_str())
        && !starts_with_time_word(np.as_str())
        && let Some(source) = resolve(np.as_str(), previous)
    {
        return Some(source);
    }
    // "… dat" / "… that".
    if let Some(caps) = captures_with(&REPORT_NOUN, &["dat", "that"], piece)
        && let Some(np) = caps.name("np")
    {
        return normalise(np.as_str());
    }
    // ", which", ", who", ", die", ", dat".
    if let Some(caps) = captures_with(&SUBJECT_RELATIVE, &["which", "who", "die", "dat"], piece)
        && let Some(np) = caps.name("np")
        && plausible_subject(np.as_str())
        && let Some(source) = resolve(np.as_str(), previous)
    {
        return Some(source);
    }
    fallback
}

/// Whether the phrase after "volgens" or "according to" points back at figures already
/// given ("dezelfde cijfers", "die gegevens", "the same data", "these estimates").
fn same_figures(np: &str) -> bool {
    let lower = np.to_lowercase();
    let rest = [
        "dezelfde ",
        "die ",
        "deze ",
        "the same ",
        "these ",
        "those ",
    ]
    .iter()
    .find_map(|opening| lower.strip_prefix(opening));
    rest.and_then(|rest| rest.split_whitespace().next())
        .is_some_and(|noun| {
            matches!(
                noun,
                "cijfers"
                    | "gegevens"
                    | "data"
                    | "berekeningen"
                    | "schattingen"
                    | "figures"
                    | "statistics"
                    | "estimates"
                    | "calculations"
                    | "records"
            )
        })
}

/// `text::captures(re, piece)`, skipped when `piece` contains none of `needles`: words or
/// word parts that every match of `re` contains (listed next to each call; none means no
/// such test). The test costs a fraction of a search, and most sentences lack them.
fn captures_with<'h>(re: &Regex, needles: &[&str], piece: &'h str) -> Option<regex::Captures<'h>> {
    if needles.is_empty() || needles.iter().any(|needle| piece.contains(needle)) {
        text::captures(re, piece)
    } else {
        None
    }
}

/// Who stands behind a document or set of figures that trails a sentence: "Eurostat
/// data" gives "Eurostat", "the company's annual report" gives "the company" (to be
/// resolved); a phrase without an author ("customs data", "the indictment") stays whole.
fn document_author(np: &str) -> &str {
    const DOCUMENTS: &[&str] = &[
        "data",
        "figures",
        "statistics",
        "records",
        "report",
        "filing",
        "filings",
        "indictment",
        "complaint",
        "survey",
    ];
    let words: Vec<&str> = np.split_whitespace().collect();
    if !words.last().is_some_and(|w| DOCUMENTS.contains(w)) {
        return np;
    }
    // "the company's annual report": the owner before the possessive.
    if let Some(at) = np.find("'s ").or_else(|| np.find("’s ")) {
        return np.get(..at).unwrap_or(np);
    }
    // "Xinmou data", "MITI data": a name before the noun.
    let named: Vec<&str> = words
        .iter()
        .take(words.len() - 1)
        .copied()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .collect();
    if !named.is_empty() && named.len() + 1 == words.len() {
        let end = named.iter().map(|w| w.len() + 1).sum::<usize>() - 1;
        return np.get(..end).unwrap_or(np);
    }
    np
}

/// The first [`TRAILING`] match that does not start at an opening quotation mark: in
/// `"We expect …," Orbix said` the straight quote that opens the sentence is no end of a
/// clause ("We expect" is not the attribution). Nor does its verb stand inside a
/// quotation: in „Wie hier heeft gestaan, vindt niet zomaar ander werk”, zegt ze the verb
/// "vindt" is part of what was said.
///
/// One sentence asks this of the same text several times (splitting it into clauses,
/// their cues, its source), so the last few answers are kept: where the accepted match
/// starts, or that there is none.
fn trailing_captures(piece: &str) -> Option<regex::Captures<'_>> {
    if let Some(known) = RECENT_TRAILING.with_borrow(|recent| {
        recent
            .iter()
            .find(|(text, _)| text == piece)
            .map(|&(_, start)| start)
    }) {
        return known.and_then(|start| TRAILING.captures_at(piece, start));
    }
    let found = first_trailing_captures(piece);
    RECENT_TRAILING.with_borrow_mut(|recent| {
        if recent.len() == RECENT_TRAILING_KEPT {
            recent.pop_front();
        }
        let start = found
            .as_ref()
            .and_then(|caps| caps.get(0))
            .map(|m| m.start());
        recent.push_back((piece.to_owned(), start));
    });
    found
}

/// How many answers of [`trailing_captures`] are kept.
const RECENT_TRAILING_KEPT: usize = 4;

thread_local! {
    /// The latest texts [`trailing_captures`] was asked about, with where its match starts.
    static RECENT_TRAILING: std::cell::RefCell<std::collections::VecDeque<(String, Option<usize>)>> =
        const { std::cell::RefCell::new(std::collections::VecDeque::new()) };
}

/// [`trailing_captures`] without the kept answers.
fn first_trailing_captures(piece: &str) -> Option<regex::Captures<'_>> {
    let mut at = 0;
    let mut regions: Option<Vec<Range<usize>>> = None;
    loop {
        let caps = text::captures_from(&TRAILING, piece, at)?;
        let start = caps.get(0)?.start();
        let opening = piece.get(start..).is_some_and(|rest| rest.starts_with('"'))
            && piece
                .get(..start)
                .is_none_or(|before| before.is_empty() || before.ends_with(char::is_whitespace));
        // The match opens with punctuation that may close the quotation; its first
        // letter is the verb.
        let verb = piece
            .get(start..)
            .and_then(|rest| rest.find(char::is_alphabetic))
            .map_or(start, |at| start + at);
        let mut quoted = || {
            regions
                .get_or_insert_with(|| text::quote_regions(piece))
                .iter()
                .any(|region| region.contains(&verb))
        };
        if !opening && !quoted() {
            return Some(caps);
        }
        at = start + 1;
    }
}

/// The speaker in a trailing phrase with a relative clause. Before the verb the clause
/// holds the speaker ("…, a move that US importers say …" gives "US importers"); after
/// it, the clause describes the speaker ("…, zei een Kamerlid dat door het ministerie is
/// bijgepraat" gives "een Kamerlid").
fn relative_speaker(np: &str, before_verb: bool) -> &str {
    let mut words = np.splitn(3, ' ');
    let (Some(article), Some(_noun), Some(rest)) = (words.next(), words.next(), words.next())
    else {
        return np;
    };
    if !matches!(
        article.to_lowercase().as_str(),
        "a" | "an" | "the" | "een" | "de" | "het"
    ) {
        return np;
    }
    let Some((pronoun, clause)) = rest.split_once(' ') else {
        return np;
    };
    if !matches!(pronoun, "that" | "which" | "who" | "dat" | "die") {
        return np;
    }
    if before_verb {
        clause
    } else {
        np.get(..np.len() - rest.len()).map_or(np, str::trim_end)
    }
}

/// True when `before` is only a name and a description set off by a comma: "Marcus
/// Hale, a gas analyst at Fieldstone Research", "Lena Smit, econoom bij ING".
fn named_with_apposition(before: &str) -> bool {
    let Some((name, description)) = before.trim().split_once(", ") else {
        return false;
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && !description.contains(',')
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) || matches!(*w, "van" | "de" | "der" | "den" | "ter")
        })
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && description.starts_with(char::is_lowercase)
}

/// True when a [`TRAILING`] match names a speaker: "…, said the rules gave …" reports
/// content, and "…, maar Dassen waarschuwde dat …" is a new clause with its own speaker.
fn trailing_speaker(caps: &regex::Captures<'_>) -> bool {
    let opens_clause = caps.name("np2").is_some_and(|np| {
        let first = np.as_str().split_whitespace().next().unwrap_or("");
        // "…, told Meridian News the government expects …": a verb of saying opens the
        // phrase, so its speaker stands before it and the rest is content.
        matches!(
            first.to_lowercase().as_str(),
            "maar"
                | "but"
                | "en"
                | "and"
                | "terwijl"
                | "while"
                | "hoewel"
                | "although"
                | "yet"
                | "told"
                | "said"
                | "says"
                | "zei"
                | "zegt"
                | "vertelde"
        )
    });
    !opens_clause
        && caps
            .name("np")
            .is_none_or(|np| inverted_speaker(relative_speaker(np.as_str(), false)))
}

/// True when the phrase after a trailing "…, said" can be its speaker ("…, said Chloé
/// Dubois"), not the content of what was said ("…, said the rules gave …").
fn inverted_speaker(np: &str) -> bool {
    let words: Vec<&str> = np.split_whitespace().collect();
    // "…, reported revenue of …", "…, reported a net loss": a figure, not a speaker.
    let figure = words.first().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "revenue"
                | "revenues"
                | "sales"
                | "profit"
                | "profits"
                | "earnings"
                | "income"
                | "loss"
                | "losses"
                | "net"
                | "record"
                | "operating"
                | "quarterly"
                | "annual"
                | "higher"
                | "lower"
                | "omzet"
                | "winst"
                | "verlies"
        )
    }) || words
        .first()
        .is_some_and(|w| matches!(*w, "zich" | "er" | "ons"))
        // "…, said holding more than half of reserves in gold left …": a gerund and a
        // common word open what was said, not "purchasing director Karen Whitfield" or
        // "branchevereniging Logistiek Verbond".
        || words.first().is_some_and(|w| {
            w.len() > 5
                && w.ends_with("ing")
                && w.starts_with(|c: char| c.is_ascii_lowercase())
                && !matches!(
                    *w,
                    "acting" | "outgoing" | "incoming" | "leading" | "managing" | "founding"
                        | "visiting" | "governing" | "ruling" | "opposing" | "presiding"
                )
        }) && words.get(1).is_some_and(|next| {
            next.starts_with(|c: char| c.is_ascii_lowercase())
                && !TITLE_WORDS.contains(next)
                && !PERSON_ROLES.contains(next)
                && !GENERIC_SPEAKERS.contains(next)
        })
        // "…, said all of its models meet …", "…, said its plants …": the content.
        || words.first().is_some_and(|w| {
            matches!(
                *w,
                "all" | "its" | "it" | "their" | "they" | "his" | "her" | "we" | "our" | "none"
            )
        })
        // "…, verwacht voor 2026 zo'n 130 aanlopen": a preposition or a figure opens
        // what is expected, not who expects it.
        || words.first().is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    *w,
                    "voor" | "in" | "op" | "tot" | "tegen" | "met" | "naar" | "over" | "for"
                        | "on" | "to" | "by" | "from" | "with" | "about"
                )
        })
        || words.first().is_some_and(|w| matches!(*w, "a" | "an"))
            && words.get(1).is_some_and(|w| {
                matches!(
                    *w,
                    "net" | "loss" | "profit" | "record" | "rise" | "fall" | "drop" | "jump"
                )
            });
    // "…, zei X donderdag tijdens een toelichting in Den Haag": the speaker ends where
    // the time or occasion of saying it begins.
    let speaker_len = words
        .iter()
        .skip(1)
        .position(|w| {
            starts_with_time_word(w)
                || matches!(w.to_lowercase().as_str(), "tijdens" | "during")
                || day_part(w)
        })
        .map_or(words.len(), |at| at + 1);
    !figure
        && speaker_len <= 10
        && !words.iter().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "is" | "was"
                    | "were"
                    | "are"
                    | "be"
                    | "had"
                    | "has"
                    | "have"
                    | "that"
                    | "dat"
                    | "which"
                    | "would"
                    | "could"
                    | "will"
                    | "zou"
                    | "zal"
                    | "gave"
                    | "should"
                    | "must"
                    | "might"
                    | "may"
                    | "can"
                    | "did"
                    | "does"
                    | "moet"
                    | "moeten"
                    | "kan"
                    | "kunnen"
            )
        })
}

/// Days and the words that point at one ("dinsdag", "gisteren", "vorige", "last"),
/// lowercased.
const DAY_WORDS: &[&str] = &[
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "gisteren",
    "vandaag",
    "vorige",
    "vorig",
    "afgelopen",
    "yesterday",
    "today",
    "last",
];

/// A part of a named day ("woensdagochtend", "maandagavond") or one of [`DAY_WORDS`]:
/// when something was said.
fn day_part(word: &str) -> bool {
    let lower = word.to_lowercase();
    ["dagochtend", "dagmiddag", "dagavond"]
        .iter()
        .any(|part| lower.contains(part))
        || DAY_WORDS.contains(&lower.as_str())
}

/// True when a phrase after a reporting verb is a time adverbial ("said last year that …"),
/// not the speaker.
fn starts_with_time_word(np: &str) -> bool {
    let first = np.split_whitespace().next().unwrap_or("").to_lowercase();
    DAY_WORDS.contains(&first.as_str())
        || matches!(
            first.as_str(),
            "this"
                | "next"
                | "on"
                | "in"
                | "at"
                | "earlier"
                | "later"
                | "that"
                | "vorigejaar"
                | "eerder"
                | "dat"
        )
}

/// True when `text[range]` ends with an attribution ("…, aldus X.", "…, laat X weten.",
/// "…, Huang said."): a reporting frame that covers the whole sentence.
#[must_use]
pub fn has_trailing_attribution(text: &str, range: Range<usize>) -> bool {
    has_trailing_attribution_hinted(text, range, None)
}

/// [`has_trailing_attribution`], given [`attribution_possible`] for the sentence when known.
pub(crate) fn has_trailing_attribution_hinted(
    text: &str,
    range: Range<usize>,
    possible: Option<bool>,
) -> bool {
    let piece = slice(text, range);
    possible.unwrap_or_else(|| may_attribute(piece))
        && (trailing_captures(piece).is_some_and(|caps| {
            trailing_speaker(&caps)
                // "…, analyst X wrote in a note, estimating that …": the participle
                // clause is a claim of its own.
                && !caps
                    .get(0)
                    .is_some_and(|m| participle_clause(m.as_str()))
        }) || LAAT_WETEN.is_match(piece))
}

/// True when `tail` holds a comma and then a participle that opens a clause ("…,
/// estimating that", "…, adding that").
fn participle_clause(tail: &str) -> bool {
    tail.split(", ").skip(1).any(|after| {
        after
            .split_whitespace()
            .next()
            .is_some_and(|w| w.len() > 5 && w.ends_with("ing") && w.starts_with(char::is_lowercase))
    })
}

/// The run of capitalised words that opens `text` ("Reuters on Monday" gives "Reuters").
fn capitalised_run(text: &str) -> String {
    text.split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',', ';']))
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whoever published the report, study or figures that `np` names (see [`REPORT_BY`]),
/// or `np` itself.
fn publisher(np: &str) -> &str {
    text::captures(&REPORT_BY, np)
        .or_else(|| text::captures(&PUBLISHED_BY_NAME, np))
        .or_else(|| text::captures(&SENT_BY_NAME, np))
        .or_else(|| text::captures(&POSTED_ON, np))
        .or_else(|| {
            text::captures(&NAMED_REPORT, np).filter(|caps| {
                // "a Tuesday report", "an August forecast": a date, not an author.
                caps.name("np").is_some_and(|name| {
                    let lower = name.as_str().to_lowercase();
                    !super::dates::weekday_name(&lower) && !super::dates::month_name(&lower)
                })
            })
        })
        .and_then(|caps| caps.name("np").or_else(|| caps.name("of")))
        .map_or(np, |by| by.as_str())
}

/// A report named by its author before the noun: "a Reuters report", "an IMF forecast",
/// "de ING-analyse" is not covered (a compound).
static NAMED_REPORT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:a|an|the|een|het|de)\s+(?P<np>\p{Lu}[\w&.-]*(?:\s+\p{Lu}[\w&.-]*){0,3})\s+(?:report|forecast|estimate|analysis|study|survey|note|statement|rapport|analyse|studie|schatting|raming|prognose|verklaring)s?$",
    )
});

/// Figures or a report and then who put them out: "figures the Suez Canal Authority
/// published on Monday", "data that the agency released".
static PUBLISHED_BY_NAME: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:(?:a|an|the|een|het|de)\s+)?(?:[\w-]+\s+){0,2}?(?:report|figures|data|statistics|estimates|numbers|cijfers|gegevens)\s+(?:that\s+|die\s+)?(?P<np>(?:the\s+|de\s+|het\s+)?(?:[a-z][\w-]*\s+)?\p{Lu}[^,;]{1,60}?)\s+(?:published|released|issued|compiled|put\s+out|publiceerde|publiceerden)\b",
    )
});

/// Dutch figures or a report and then who sent or published them, with the verb last:
/// "cijfers die het ministerie van Defensie maandag naar de provincie heeft gestuurd",
/// "gegevens die de NVWA vorige week publiceerde". The name runs up to a day, a time word or
/// a preposition that opens the rest of the relative clause.
static SENT_BY_NAME: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:(?:een|het|de)\s+)?(?:[\w-]+\s+){0,2}?(?:rapport|rapportage|cijfers|gegevens|data|berekeningen|brief|stukken|documenten)\s+die\s+(?P<np>(?:de|het)\s+[^,;]{2,80}?)(?:\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gisteren|vandaag|eerder|onlangs|vorige|afgelopen|deze|dit|begin|eind|half|naar|aan|op|in|met|over|bij)\b[^,;]*?)?\s+(?:(?:heeft|hebben)\s+)?(?:stuurde|stuurden|gestuurd|verstuurde|verstuurd|publiceerde|publiceerden|gepubliceerd|presenteerde|presenteerden|gepresenteerd|verzamelde|verzamelden|verzameld|openbaar\s+maakte|openbaar\s+gemaakt|bekendmaakte|bekendgemaakt|naar\s+buiten\s+bracht|naar\s+buiten\s+gebracht|opstelde|opgesteld)\b",
    )
});

/// A notice on someone's website: "a notice posted on the ministry's website on Friday",
/// "a notice posted on the website of China's customs agency".
static POSTED_ON: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:a|an|the|een|het|de)\s+(?:[\w-]+\s+)?(?:notice|statement|post|document|filing|bericht|verklaring|mededeling)\s+(?:posted|published|geplaatst|gepubliceerd)\s+(?:on|op)\s+(?:the\s+|de\s+)?(?:(?P<np>[^,;]{2,60}?)(?:['’]s\s+|\s+)(?:website|site|webpage|account)\b|(?:website|site|webpage)\s+(?:of|van)\s+(?P<of>[^,;]{2,80}?)(?:\s+(?:late|early|on|last|this|op|vorige|afgelopen)\b.*)?\.?$)",
    )
});

/// True for a lowercased noun for a diplomatic mission, which is named by the city it
/// sits in ("China's embassy in Nairobi").
fn mission(word: &str) -> bool {
    matches!(
        word,
        "embassy" | "ambassade" | "consulate" | "consulaat" | "mission" | "missie"
    )
}

/// A common noun that describes the name after it: "consultancy" in "Toronto
/// consultancy Boreal Metals", "adviesbureau", "broker", "krant".
fn descriptor_noun(word: &str) -> bool {
    super::entities::company_noun(word)
        // "zakenbank", "investeringsbank", "effectenbroker"
        || word.ends_with("bank")
        || word.ends_with("broker")
        || matches!(
            word,
            "consultancy"
                | "brokerage"
                | "adviesbureau"
                | "onderzoeksbureau"
                | "thinktank"
                | "think-tank"
                | "denktank"
                | "krant"
                | "newspaper"
                | "magazine"
                | "website"
                | "analyst"
                | "analist"
                | "economist"
                | "econoom"
                | "researcher"
                | "onderzoeker"
                | "exploitant"
                | "importeur"
                | "leverancier"
                | "producent"
                | "netbeheerder"
        )
}

/// Finite verbs and adverbs that follow a lowercase speaker after "volgens" in Dutch.
const INVERTED_AFTER_SPEAKER: &[&str] = &[
    "is",
    "zijn",
    "was",
    "waren",
    "heeft",
    "hebben",
    "had",
    "hadden",
    "kan",
    "kunnen",
    "zal",
    "zullen",
    "moet",
    "moeten",
    "wil",
    "willen",
    "zou",
    "zouden",
    "gaat",
    "gaan",
    "ligt",
    "liggen",
    "zit",
    "zitten",
    "komt",
    "komen",
    "blijft",
    "blijven",
    "wordt",
    "worden",
    "werd",
    "werden",
    "staat",
    "staan",
    "loopt",
    "lopen",
    "krijgt",
    "krijgen",
    "kost",
    "kosten",
    "vreest",
    "vrezen",
    "verwacht",
    "verwachten",
    "dreigt",
    "dreigen",
    "bestaat",
    "bestaan",
    "hoeft",
    "hoeven",
    "niet",
    "nog",
    "ook",
    "al",
    "wel",
    "vooral",
    "zelfs",
    "echter",
    "inmiddels",
    "geen",
    "nooit",
];

/// After "volgens X" Dutch puts the verb right behind the name ("Volgens Bloomberg
/// kregen …"): a name in capitals ends at the first lowercase word that looks like a verb.
fn name_before_verb(np: &str, dutch: bool) -> &str {
    // "volgens het loket nauwe banden heeft": without a name, the noun after the article
    // is the speaker and the inverted clause follows it (a name may still follow "van").
    let words: Vec<&str> = np.split(' ').collect();
    if dutch
        && let [article, noun, next, ..] = words.as_slice()
        && matches!(*article, "de" | "het" | "the" | "een" | "a" | "an")
        && noun.starts_with(char::is_lowercase)
        && next.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
        && !matches!(*next, "van" | "of" | "voor" | "for")
    {
        return np.get(..article.len() + 1 + noun.len()).unwrap_or(np);
    }
    // "volgens analisten zit het risico niet …", "volgens juristen is dat …": a speaker
    // without a capital ends at the inverted verb or an adverb behind it.
    // So does a figure ("volgens de havendirectie zo'n 3 miljoen"); a name before it may
    // end sooner, read below ("volgens het jaarverslag van het BTI kwamen er 142").
    let mut np = np;
    if dutch && np.starts_with(char::is_lowercase) {
        let mut at = 0;
        for (i, word) in words.iter().enumerate() {
            let figure = word.starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    *word,
                    "zo'n" | "zo’n" | "ongeveer" | "circa" | "ruim" | "bijna"
                );
            if i > 0 && figure {
                np = np.get(..at).unwrap_or(np).trim_end();
                break;
            }
            if i > 0 && INVERTED_AFTER_SPEAKER.contains(word) {
                return np.get(..at).unwrap_or(np).trim_end();
            }
            at += word.len() + 1;
        }
    }
    let mut seen_capital = false;
    let mut end = np.len();
    let mut at = 0;
    for word in np.split(' ') {
        let first = word.chars().next();
        // "de Duitse machinebouwersvereniging VDMA": an adjective of nationality before a
        // noun does not start the name.
        let demonym = !seen_capital
            && super::entities::is_demonym(word)
            && np
                .get(at + word.len() + 1..)
                .is_some_and(|rest| rest.starts_with(char::is_lowercase));
        // "London-based broker X", "Toronto consultancy X": where it sits does not start
        // the name either.
        let rest = np.get(at + word.len()..).unwrap_or("");
        let mut next_words = rest.split_whitespace();
        let placed = !seen_capital
            && next_words.next().is_some_and(descriptor_noun)
            && next_words
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase));
        let located = word.ends_with("-based") || placed;
        // "de Vereniging van Nederlandse Gemeenten (VNG)": an acronym in brackets belongs
        // to the name.
        let acronym = seen_capital
            && word.starts_with('(')
            && word.trim_end_matches([',', '.']).ends_with(')')
            && word.chars().nth(1).is_some_and(char::is_uppercase);
        // "according to Thailand's commerce ministry": a possessive name opens a noun
        // phrase that goes on in lowercase (Dutch puts "volgens de Thaise …" instead).
        let possessive = !dutch && !seen_capital && (word.ends_with("'s") || word.ends_with("’s"));
        if first.is_some_and(char::is_uppercase) && !demonym && !located && !possessive || acronym {
            seen_capital = true;
        } else if seen_capital {
            // Dutch inverts after "volgens X": the finite verb follows the name directly
            // ("Volgens Bloomberg drong …"), so any lowercase word but a name particle
            // ("Bank of China", "Universiteit van Amsterdam") ends the name.
            let lower = word.to_lowercase();
            if !matches!(
                lower.as_str(),
                "of" | "van" | "for" | "de" | "der" | "den" | "the" | "and" | "&" | "voor"
            ) {
                end = at;
                break;
            }
        }
        at += word.len() + 1;
    }
    np.get(..end).unwrap_or(np).trim_end()
}

/// A subject noun phrase is short, holds no clause of its own, and is either at most
/// three words or names someone with a capital.
/// The name that starts at `words[at]`: capitalised words, joined by "van", "of", "and"
/// and the like when a capitalised word follows ("Ministry of Finance", "Bureau voor de
/// Statistiek"); empty when `words[at]` is not capitalised. A comma or full stop ends it.
fn name_run(words: &[&str], at: usize) -> String {
    let capital = |i: usize| {
        words
            .get(i)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
    };
    let mut run: Vec<&str> = Vec::new();
    let mut i = at;
    while capital(i) {
        let word = words.get(i).copied().unwrap_or_default();
        let trimmed = word.trim_end_matches([',', '.']);
        run.push(trimmed);
        if trimmed.len() < word.len() {
            break;
        }
        i += 1;
        // Connectors, then a capitalised word: "of", "voor de", "and".
        let mut j = i;
        while words.get(j).is_some_and(|w| {
            matches!(
                *w,
                "van" | "of" | "for" | "voor" | "and" | "en" | "de" | "der" | "het" | "the" | "&"
            )
        }) && j < i + 2
        {
            j += 1;
        }
        if j > i && capital(j) {
            run.extend(words.get(i..j).unwrap_or_default());
            i = j;
        }
    }
    run.join(" ")
}

/// Whether `name` has the shape of a person's name: two or three capitalised words, with
/// particles between them ("Joost Brinkman", "Karin de Wit").
#[must_use]
pub(crate) fn personal_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let particle = |w: &&str| {
        matches!(
            *w,
            "de" | "van" | "der" | "den" | "ter" | "te" | "El" | "al"
        )
    };
    let names = words.iter().filter(|w| !particle(w)).count();
    (2..=3).contains(&names)
        && words.iter().all(|w| {
            particle(w) || {
                let mut chars = w.chars();
                chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
            }
        })
}

/// The person's name that ends `words` after the last title word in them ("… Minister
/// Arief Santoso"), if any.
fn name_after_title(words: &[&str]) -> Option<String> {
    let title = words
        .iter()
        .rposition(|w| TITLE_WORDS.contains(&w.to_lowercase().as_str()))?;
    let name = words.get(title + 1..)?.join(" ");
    personal_name(&name).then_some(name)
}

/// Whether `np` ends in a name or a personal pronoun, so that a word that is also a noun
/// ("forecast") after it is the verb: "The IMF forecast …", "He forecast …", not "The
/// revised forecast" or "Its forecast".
fn names_speaker(np: &str) -> bool {
    np.split_whitespace().last().is_some_and(|last| {
        let last = last.trim_matches(|c: char| !c.is_alphanumeric());
        matches!(
            last.to_lowercase().as_str(),
            "he" | "she" | "they" | "we" | "hij" | "zij" | "ze" | "wij"
        ) || last.starts_with(char::is_uppercase)
            && !matches!(
                last,
                "Its"
                    | "His"
                    | "Her"
                    | "Their"
                    | "Our"
                    | "The"
                    | "Zijn"
                    | "Haar"
                    | "Hun"
                    | "De"
                    | "Het"
            )
    })
}

fn plausible_subject(np: &str) -> bool {
    // "Marieke de Groot (Universiteit Leiden)": an aside in brackets does not count.
    let mut plain = String::with_capacity(np.len());
    let mut depth = 0_u32;
    for c in np.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = plain.split_whitespace().collect();
    let clause_word = words.iter().any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "that" | "dat" | "die" | "which" | "who" | "wie" | "waarin" | "where" | "when" | "als"
        )
    });
    let named = words
        .iter()
        .skip(1)
        .any(|w| w.chars().next().is_some_and(char::is_uppercase));
    // "Two people familiar with the matter", "mensen die betrokken zijn bij …": unnamed
    // speakers described at length.
    // "a banker involved in the process" is one of them.
    let unnamed_people = words.len() <= 8
        && words.iter().enumerate().any(|(i, w)| {
            matches!(
                w.to_lowercase().as_str(),
                "people" | "persons" | "sources" | "officials" | "ingewijden" | "bronnen"
            ) || i == 0
                && matches!(
                    w.to_lowercase().as_str(),
                    "a" | "an" | "een" | "one" | "two" | "three" | "several" | "twee" | "drie"
                )
        })
        && words.iter().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "familiar" | "briefed" | "close" | "knowledge" | "involved" | "betrokken"
            )
        });
    // "Advocaat Ruben Hartog van Hartog & Van Loon": a name with its firm after "van".
    let named_with_firm = named
        && words.len() <= 9
        && words
            .iter()
            .any(|w| matches!(*w, "van" | "of" | "bij" | "at"));
    // "Een woordvoerder van het ministerie", "a spokesperson for the agency": an unnamed
    // speaker of a body named by its noun.
    let speaker_of_body = words.len() <= 10
        && words
            .first()
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "een" | "a" | "an"))
        && words.get(1).is_some_and(|w| {
            GENERIC_SPEAKERS.contains(w)
                || matches!(
                    *w,
                    "woordvoerster" | "spokesman" | "spokeswoman" | "official" | "ambtenaar"
                )
        })
        && words
            .get(2)
            .is_some_and(|w| matches!(*w, "van" | "of" | "for" | "at" | "bij"));
    // "Energy and Mineral Resources Minister Arief Santoso": a long title, then the name.
    let titled_person = words.len() <= 10 && name_after_title(&words).is_some();
    // "Lawyers for the residents", "officials in Athens": a group, then whom they are for
    // or where they sit.
    let group_of = words.len() <= 10
        && words.first().is_some_and(|w| group_noun(w))
        && words.get(1).is_some_and(|w| {
            matches!(
                *w,
                "for" | "of" | "at" | "in" | "from" | "van" | "bij" | "voor" | "uit"
            )
        });
    // "A finance ministry spokesperson", "China's foreign ministry spokesperson", "a
    // senior finance ministry official": one unnamed speaker, described by what comes
    // before the role.
    let described_speaker = (2..=6).contains(&words.len())
        && words.last().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "spokesperson"
                    | "spokesman"
                    | "spokeswoman"
                    | "official"
                    | "officials"
                    | "executive"
                    | "executives"
                    | "woordvoerder"
                    | "woordvoerster"
                    | "ambtenaar"
                    | "ambtenaren"
            )
        })
        && words
            .iter()
            .skip(1)
            .take(words.len() - 2)
            .all(|w| w.starts_with(char::is_lowercase));
    // "A 2023 study by researchers at the University of Belgrade found …": a study or
    // report speaks for whoever made it.
    let report_by = words.len() <= 12 && publisher(&plain).len() < plain.len();
    // "The energy and mineral resources ministry says …": a body named by its noun and
    // what it deals with.
    let body = words.len() <= 6
        && words.iter().all(|w| w.starts_with(char::is_lowercase))
        && words
            .last()
            .is_some_and(|w| INSTITUTION_NOUNS.contains(w) || *w == "operator");
    !clause_word
        && (unnamed_people
            || report_by
            || named_with_firm
            || speaker_of_body
            || described_speaker
            || titled_person
            || group_of
            || body
            || words.len() <= 6 && (words.len() <= 3 || named))
}

/// A definite noun phrase for a company without a name: "the Taipei-based research
/// firm", "de chipmaker".
fn definite_company(np: &str) -> bool {
    let mut words = np.split_whitespace();
    if !words
        .next()
        .is_some_and(|w| matches!(w, "the" | "The" | "de" | "De" | "het" | "Het"))
    {
        return false;
    }
    let rest: Vec<&str> = words.filter(|w| !w.ends_with("-based")).collect();
    rest.len() <= 3
        && rest
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        && rest
            .last()
            .is_some_and(|w| super::entities::company_noun(w))
}

/// Nouns for a document or a piece of research, and the prepositions that name its
/// author: "een klacht van de Alliantie …", "a study by Kestrel Research".
static DOCUMENT_BY: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\b(?:rapport|report|onderzoek|research|studie|study|analyse|analysis|klacht|complaint|survey|enquête|audit)(?:,?\s+(?:uitgevoerd|opgesteld|geschreven|carried\s+out|conducted|written|compiled|prepared))?\s+(?:van|by|from|door)\s",
    )
});

/// True for a lowercased noun for a piece of research or its authors ("rapport", "the
/// complaint", "onderzoekers"), whose source is whoever [`research_author`] finds.
fn research_noun(noun: &str) -> bool {
    matches!(
        noun,
        "report"
            | "rapport"
            | "complaint"
            | "klacht"
            | "study"
            | "studie"
            | "researchers"
            | "onderzoekers"
            | "authors"
            | "auteurs"
    )
}

/// Who wrote the document or research named last before `at` ("Volgens het rapport" after
/// "een onderzoek van het Delftse beveiligingsbedrijf Brightwall Security"): the first
/// name within five words of the preposition, past articles, lowercase words and
/// demonyms.
fn research_author(text: &str, at: usize) -> Option<String> {
    let before = text::before(text, at, NAME_REACH);
    let found = DOCUMENT_BY.find_iter(before).last()?;
    let mut rest = &before[found.end()..];
    for _ in 0..5 {
        let word = rest.split(' ').next()?;
        if word.starts_with(char::is_uppercase) && !super::entities::is_demonym(word) {
            let name = name_words(rest);
            return (!name.is_empty()).then(|| name.to_owned());
        }
        if word.ends_with([',', '.', ';', ':']) {
            return None;
        }
        rest = rest.get(word.len() + 1..)?;
    }
    None
}

/// The pronoun ("hij", "zij", "hun") for whose estimate `piece` gives: "naar haar
/// schatting", "naar zijn inschatting", "by her estimate", "by their count".
fn own_estimate(piece: &str) -> Option<&'static str> {
    if !piece.contains("schatting") && !piece.contains("estimate") && !piece.contains(" count") {
        return None;
    }
    let lower = piece.to_lowercase();
    [
        ("naar ", "schatting"),
        ("by ", "estimate"),
        ("by ", "count"),
    ]
    .iter()
    .find_map(|(preposition, noun)| {
        lower.match_indices(preposition).find_map(|(at, _)| {
            if !lower[..at].is_empty() && !lower[..at].ends_with(' ') {
                return None;
            }
            let mut words = lower[at + preposition.len()..].split_whitespace();
            let pronoun = match words.next()? {
                "zijn" | "his" => "hij",
                "haar" | "her" => "zij",
                "hun" | "their" => "hun",
                _ => return None,
            };
            let next = words.next()?.trim_end_matches([',', '.', ';']);
            (next == *noun || next == format!("in{noun}")).then_some(pronoun)
        })
    })
}

/// A pronoun or generic subject takes the previous source; anything else is normalised.
fn resolve(np: &str, previous: Option<&str>) -> Option<String> {
    // "het bedrijf dinsdagochtend": when it was said is no part of who said it.
    let np = np
        .match_indices(' ')
        .map(|(at, _)| at)
        .find(|&at| {
            np.get(at + 1..)
                .and_then(|rest| rest.split(' ').next())
                .is_some_and(day_part)
        })
        .and_then(|at| np.get(..at))
        .unwrap_or(np);
    let lower = np.trim().to_lowercase();
    // "het CBS", "the Commission": a determiner before a name is not a pronoun.
    let name_follows = np
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    // "Het bedrijf rekent op …" reaches here as "bedrijf": the company named before.
    let generic_company = generic_organization(&lower) || definite_company(np);
    let pronoun = generic_company
        || person_role(&lower)
        || !name_follows
            && PRONOUNS.iter().any(|p| {
                lower == *p
                    || lower.strip_prefix(p).is_some_and(|rest| {
                        // "het ministerie" is a noun with its article.
                        rest.starts_with(' ') && !p.contains(' ') && *p != "het"
                            || rest.starts_with(" in ")
                            || rest.starts_with(" on ")
                    })
            });
    // "the study estimates", "the data show", "het rapport stelt": the document named
    // before, whose author was the source then.
    // The patterns that take the subject leave its article out ("The study estimates"
    // reaches here as "study").
    let noun = match lower.split_once(' ') {
        Some(("the" | "de" | "het", noun)) => noun,
        _ => lower.as_str(),
    };
    let document = matches!(
        noun,
        "study"
            | "report"
            | "statement"
            | "survey"
            | "analysis"
            | "data"
            | "studie"
            | "rapport"
            | "verklaring"
            | "analyse"
            | "enquête"
    );
    // "the researchers wrote": those who did the research named before.
    let research = research_noun(noun) && noun != lower;
    if document || research {
        if previous == Some(PRONOUN_MARK) {
            let marker = if research { "research" } else { "document" };
            return Some(format!("{PRONOUN_MARK}{marker}"));
        }
        return previous.map(str::to_owned);
    }
    if pronoun {
        // Called from `find_source_with`: hand the pronoun back to be resolved there.
        if previous == Some(PRONOUN_MARK) {
            return Some(format!("{PRONOUN_MARK}{lower}"));
        }
        return previous.map(str::to_owned);
    }
    let first = lower.split_whitespace().next().unwrap_or("");
    if matches!(
        first,
        "eerder"
            | "earlier"
            | "er"
            | "there"
            | "dat"
            | "dit"
            | "this"
            | "that"
            | "en"
            | "and"
            | "maar"
            | "but"
            | "wat"
            | "what"
            | "hoewel"
            | "although"
            | "omdat"
            | "because"
            | "terwijl"
            | "while"
    ) {
        return None;
    }
    normalise(np)
}

/// "Buenos Aires-based consultancy Quantum Analytica" without the place, which belongs
/// to the description before the name; other phrases unchanged.
fn after_based(np: &str) -> &str {
    match np.find("-based ") {
        Some(at) if np[at + 7..].contains(char::is_uppercase) => &np[at + 7..],
        _ => np,
    }
}

/// Cleans a source noun phrase: drops determiners, titles, descriptors before a name and
/// trailing modifiers; indefinite or anonymous speakers become "unnamed …".
#[must_use]
pub fn normalise(np: &str) -> Option<String> {
    let np = after_based(np);
    // "Dr. Nune Sargsyan", "hydroloog dr. Karim Bennani": the name without the form of
    // address.
    let words: Vec<&str> = if np.contains('.') {
        np.split_whitespace().collect()
    } else {
        Vec::new()
    };
    let honorific = |at: usize| {
        words[at].strip_suffix('.').is_some_and(text::is_honorific)
            && words
                .get(at + 1)
                .is_some_and(|next| next.starts_with(char::is_uppercase))
    };
    if (0..words.len()).any(honorific) {
        let kept: Vec<&str> = (0..words.len())
            .filter(|&at| !honorific(at))
            .map(|at| words[at])
            .collect();
        return normalise(&kept.join(" "));
    }
    // "a draft seen by Reuters", "een conceptbrief ingezien door het FD": the document
    // and who saw it, as written.
    if let Some((document, who)) = np
        .split_once(" seen by ")
        .or_else(|| np.split_once(" ingezien door "))
        && who.starts_with(|c: char| c.is_uppercase())
    {
        let document = match document.split_once(' ') {
            Some(("a" | "an" | "the" | "een" | "de" | "het", rest)) => rest,
            _ => document,
        };
        if document.split_whitespace().count() <= 4 && !document.contains(char::is_uppercase) {
            let seen = if np.contains(" seen by ") {
                "seen by"
            } else {
                "ingezien door"
            };
            return Some(format!("{document} {seen} {}", who.trim()));
        }
    }
    // "data from the customs agency", "cijfers van het CBS", "figures the Suez Canal
    // Authority (SCA) published": whoever published them.
    let by = publisher(np);
    if by.len() < np.len() {
        return normalise(by);
    }
    // "Mara Venn (Universiteit Leiden)": the aside in brackets is not the name.
    let np = match (np.find('('), np.find(')')) {
        // "European Carmakers Alliance (ECMA)": an acronym in brackets is the short name;
        // both are kept.
        (Some(open), Some(close))
            if open < close
                && np.get(open + 1..close).is_some_and(|inner| {
                    (2..=8).contains(&inner.len())
                        && inner.starts_with(|c: char| c.is_ascii_uppercase())
                        && inner
                            .chars()
                            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '&')
                }) =>
        {
            let acronym = np.get(open + 1..close).unwrap_or("");
            return Some(match normalise(np.get(..open).unwrap_or("")) {
                Some(name) if !name.contains(acronym) => format!("{name} ({acronym})"),
                _ => acronym.to_owned(),
            });
        }
        (Some(open), Some(close)) if open < close => {
            format!(
                "{}{}",
                np.get(..open).unwrap_or(""),
                np.get(close + 1..).unwrap_or("")
            )
        }
        _ => np.to_owned(),
    };
    let words: Vec<&str> = np
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, '“' | '”' | '"' | '‘' | '’' | '(' | ')')))
        .filter(|w| !w.is_empty())
        .collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let joined = lower.join(" ");
    if joined.is_empty() {
        return None;
    }
    // "Zuivelanalist Marieke Brouwer", "Bestuurder Marieke Hoogers": the role opening the
    // sentence is no part of the name.
    if let [role, first_name, _, ..] = words.as_slice()
        && role.starts_with(char::is_uppercase)
        && super::entities::role_word(role)
        && super::gender::is_first_name(first_name)
    {
        // The first name and the surname, with its particles ("Pieter van Dijk").
        let surname = words
            .iter()
            .skip(2)
            .position(|w| w.starts_with(char::is_uppercase))
            .filter(|&at| {
                words[2..2 + at]
                    .iter()
                    .all(|w| matches!(*w, "van" | "de" | "der" | "den" | "ter" | "ten"))
            });
        if let Some(at) = surname {
            return Some(words[1..=2 + at].join(" "));
        }
    }
    // "Rival Sanwa Refining", "Concurrent Van Dijk": a word that sets the name against
    // another is no part of it.
    if let [first, next, ..] = words.as_slice()
        && super::entities::NAME_DESCRIPTORS.contains(first)
        && next.starts_with(char::is_uppercase)
    {
        return normalise(&words[1..].join(" "));
    }
    // "Kestrel's rival PenTech Assembly", "Tata's chip unit Tata Electronics": the name
    // after a description that hangs on another name.
    if words
        .first()
        .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"))
        && let Some(name_at) = words
            .iter()
            .skip(1)
            .position(|w| w.starts_with(char::is_uppercase))
            .map(|at| at + 1)
        && (2..=3).contains(&name_at)
        && words[1..name_at].iter().all(|w| {
            w.chars().all(|c| c.is_lowercase() || c == '-')
                && !matches!(
                    *w,
                    "in" | "of" | "at" | "for" | "from" | "to" | "on" | "and"
                )
        })
    {
        return normalise(&words[name_at..].join(" "));
    }
    // "Energy and Mineral Resources Minister Arief Santoso", "EU Climate Commissioner
    // Henrik Lindqvist": the name after the last title.
    if let Some(name) = name_after_title(&words) {
        return Some(name);
    }
    // Once more without an aside in brackets ("figures (seasonally adjusted) from X").
    let by = publisher(&np);
    if by.len() < np.len() {
        return normalise(by);
    }
    if joined == "naar verluidt" {
        return Some("unnamed reports".to_owned());
    }
    if [
        "berichten",
        "reports",
        "media reports",
        "mediaberichten",
        "geruchten",
        "rumours",
        "rumors",
    ]
    .iter()
    .any(|w| joined.starts_with(w) || joined.ends_with(w))
    {
        return Some("unnamed reports".to_owned());
    }
    if [
        "bronnen",
        "ingewijden",
        "insiders",
        "sources",
        "people",
        "persons",
        "mensen die",
        "betrokkenen",
    ]
    .iter()
    // At the start of a word: "resources" holds no sources.
    .any(|w| {
        joined
            .match_indices(w)
            .any(|(at, _)| at == 0 || joined[..at].ends_with(' '))
    }) && !words.first().is_some_and(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            && !matches!(
                *w,
                "De" | "The"
                    | "Two"
                    | "Three"
                    | "Four"
                    | "Several"
                    | "Twee"
                    | "Drie"
                    | "Vier"
                    | "Enkele"
                    | "Meerdere"
                    | "People"
                    | "Sources"
                    | "Insiders"
                    | "Bronnen"
                    | "Ingewijden"
                    | "Mensen"
                    | "Betrokkenen"
            )
    }) {
        // "two people familiar with the matter": described as the text describes them.
        if let Some(at) = joined.find(" familiar with ")
            && let Some(head) = joined
                .get(..at)
                .and_then(|before| before.rsplit(' ').next())
            && matches!(head, "people" | "persons" | "person" | "sources" | "source")
        {
            return Some(format!("unnamed {head}{}", &joined[at..]));
        }
        return Some("unnamed sources".to_owned());
    }
    let indefinite = matches!(
        lower.first().map(String::as_str),
        Some(
            "een"
                | "a"
                | "an"
                | "one"
                | "another"
                | "two"
                | "three"
                | "four"
                | "several"
                | "twee"
                | "drie"
                | "vier"
                | "enkele"
                | "meerdere"
        )
    ) || joined.contains("niet bij naam genoemde")
        || joined.contains("anonieme")
        || joined.contains("anonymous")
        || joined.contains("unnamed");
    // Skip leading determiners and adjectives of anonymity.
    let skip = [
        "een",
        "a",
        "an",
        "one",
        "another",
        "two",
        "three",
        "four",
        "several",
        "twee",
        "drie",
        "vier",
        "enkele",
        "meerdere",
        "de",
        "het",
        "the",
        "niet",
        "bij",
        "naam",
        "genoemde",
        "anonieme",
        "anonymous",
        "unnamed",
        "ceo",
        "topman",
        "president",
        "minister",
        "premier",
        "voormalig",
        "former",
        "senior",
    ];
    let mut start = 0;
    while lower.get(start).is_some_and(|w| skip.contains(&w.as_str())) {
        start += 1;
    }
    // "staatssecretaris van Defensie Marleen de Graaf", "minister of Trade Ana Ruiz": a
    // title with its portfolio, then the name, which is taken to be the last two
    // capitalised words (with any particle between them).
    // The title may have two words ("Under Secretary for International Trade Laura
    // Whitfield").
    if let Some(title) = [start, start + 1].into_iter().find(|&at| {
        lower
            .get(at)
            .is_some_and(|w| TITLE_WORDS.contains(&w.as_str()))
            && lower
                .get(at + 1)
                .is_some_and(|w| matches!(w.as_str(), "van" | "of" | "for"))
    }) {
        let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
        let run: Vec<&str> = words
            .iter()
            .skip(title + 2)
            // "Under Secretary for Terrorism and Financial Intelligence Laura Whitfield":
            // a portfolio may join two fields.
            .take_while(|w| {
                capital(w) || matches!(**w, "de" | "van" | "der" | "den" | "ter" | "and" | "en")
            })
            .copied()
            .collect();
        let capitals: Vec<usize> = (0..run.len())
            .filter(|&i| run.get(i).is_some_and(capital))
            .collect();
        if capitals.len() >= 3
            && let (Some(&first), Some(&last)) = (capitals.get(capitals.len() - 2), capitals.last())
        {
            return Some(run[first..=last].join(" "));
        }
    }
    // Stop at the first word that ends the noun phrase.
    let mut end = start;
    while let Some(word) = lower.get(end) {
        // "minister Karin Verbeek woensdagochtend op Radio 1": when it was said is no
        // part of who said it.
        if end > start && day_part(word) {
            break;
        }
        if end > start
            && (NP_STOP.contains(&word.as_str())
                || matches!(
                    word.as_str(),
                    "van"
                        | "of"
                        | "from"
                        | "uit"
                        | "met"
                        | "with"
                        | "involved"
                        | "familiar"
                        | "briefed"
                        | "aware"
                        | "knowledgeable"
                        | "speaking"
                        | "close"
                        | "betrokken"
                        | "who"
                        | "at"
                        | "die"
                        | "dat"
                        | "which"
                        | "that"
                ))
        {
            // "Cyberspace Administration of China": "of" inside a capitalised name stays.
            let next_capital = words
                .get(end + 1)
                .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
            // "ministerie van Buitenlandse Zaken": a noun for an institution takes its name.
            let cap_before = words
                .get(end - 1)
                .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
                || lower.get(end - 1).is_some_and(|w| {
                    INSTITUTION_NOUNS.contains(&w.as_str()) || PLACE_BODIES.contains(&w.as_str())
                });
            let particle_before = end > 0
                && lower
                    .get(end - 1)
                    .is_some_and(|w| matches!(w.as_str(), "van" | "de"));
            // "van" also joins before "de/der/den" and a name ("Koçak van de Universiteit
            // Leiden"), but not before a common noun ("Brink van branchevereniging X").
            // After a first name and a surname, "van de …" says where the person works
            // ("Pieter Bakker van de Association Eau").
            let full_name = words.get(start..end).is_some_and(|run| {
                run.iter()
                    .filter(|w| w.starts_with(char::is_uppercase))
                    .count()
                    >= 2
            });
            let particle_then_name = !full_name
                && lower
                    .get(end + 1)
                    .is_some_and(|w| matches!(w.as_str(), "de" | "der" | "den"))
                && words
                    .get(end + 2)
                    .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
            // "Advocaat Ruben Hartog van Hartog & Van Loon", "minister Karin Verhoef van
            // Handel": after a title and two names, "van" adds the firm or portfolio.
            let titled_name = end >= 3
                && matches!(word.as_str(), "van" | "of")
                && lower
                    .get(end - 3)
                    .is_some_and(|w| TITLE_WORDS.contains(&w.as_str()))
                && words[end - 2..end]
                    .iter()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase));
            // "Centre for Maritime Transparency": "for" as well.
            let joins = matches!(
                word.as_str(),
                "of" | "for" | "van" | "de" | "der" | "den" | "ter"
            ) && (next_capital || word == "van" && particle_then_name)
                && (cap_before || particle_before)
                && !titled_name;
            let capitalised = words
                .get(end)
                .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
            // "D66 en het CDA": a determiner inside a coordination of names.
            let coordinated = matches!(word.as_str(), "de" | "het" | "the")
                && next_capital
                && lower
                    .get(end - 1)
                    .is_some_and(|w| matches!(w.as_str(), "en" | "and"));
            // "China's embassy in Nairobi": a mission is named by where it sits.
            let mission_in =
                word == "in" && next_capital && lower.get(end - 1).is_some_and(|w| mission(w));
            if !joins && !capitalised && !coordinated && !mission_in {
                break;
            }
        }
        end += 1;
        if end - start >= 6 {
            break;
        }
    }
    // A generic speaker at a named organisation ("analysts at Bernstein", "analysts at
    // brokerage Calder & Finch"): the organisation.
    if lower
        .get(start)
        .is_some_and(|w| GENERIC_SPEAKERS.contains(&w.as_str()))
        && lower
            .get(start + 1)
            .is_some_and(|w| matches!(w.as_str(), "at" | "bij" | "van" | "from" | "of"))
    {
        let capital = |at: usize| {
            words
                .get(at)
                .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        };
        let described = !capital(start + 2)
            && lower.get(start + 2).is_some_and(|w| descriptor_noun(w))
            && capital(start + 3);
        // "analysts at Oslo brokerage Fjordline Securities": the place says where it sits.
        let placed = capital(start + 2)
            && lower.get(start + 3).is_some_and(|w| descriptor_noun(w))
            && capital(start + 4);
        if placed {
            return Some(name_run(&words, start + 4));
        }
        if capital(start + 2) || described {
            return Some(name_run(&words, start + 2 + usize::from(described)));
        }
    }
    let mut kept: Vec<&str> = words.get(start..end).unwrap_or(&[]).to_vec();
    // Cut off at six words, "Karim Haddou van de Radboud Universiteit" may end in a
    // particle that joined nothing.
    while kept.len() > 1
        && kept
            .last()
            .is_some_and(|w| matches!(*w, "van" | "de" | "der" | "den" | "of" | "the"))
    {
        kept.pop();
    }
    // Titles before a name ("Chief executive Mira Tan"): keep the name after the last
    // lowercase word, unless that word only joins a name ("of", "van").
    // The name is the first capitalised run after a lowercase word ("directeur Lotte Brink
    // van branchevereniging QuantumNL" keeps "Lotte Brink …", not "QuantumNL").
    let name_particle = |w: &str| matches!(w, "of" | "van" | "for" | "de" | "der");
    let lowercase = |w: &str| w.chars().next().is_some_and(char::is_lowercase) && !name_particle(w);
    let name_start = (1..kept.len()).find(|&i| {
        kept.get(i)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
            && kept.get(i - 1).is_some_and(|w| lowercase(w))
    });
    if let Some(last_lower) = name_start
        .map(|i| i - 1)
        .or_else(|| kept.iter().rposition(|w| lowercase(w)))
        && last_lower + 1 < kept.len()
        && kept
            .iter()
            .take(last_lower + 1)
            .any(|w| TITLE_WORDS.contains(&w.to_lowercase().as_str()))
    {
        kept.drain(..=last_lower);
    }
    // "Shanghai-based Xinmou Research", "het in Hongkong gevestigde fonds": where it sits
    // only describes it.
    while kept.len() > 1
        && kept
            .first()
            .is_some_and(|w| w.ends_with("-based") || w.ends_with("-gevestigde"))
    {
        kept.remove(0);
    }
    // A capitalised title or noun for a company at the start of a sentence ("Analist Rita
    // Osei", "Leverancier Voltaris"), or a title joined to its body ("AIVD-directeur
    // Marloes Verbeek", "VVD-Kamerlid Joost Brink").
    while kept.len() > 1
        && kept.first().is_some_and(|w| {
            let lower = w.to_lowercase();
            let role = lower.rsplit('-').next().unwrap_or("");
            TITLE_WORDS.contains(&lower.as_str())
                || super::entities::company_noun(&lower)
                || lower.contains('-') && TITLE_WORDS.contains(&role)
        })
        && kept
            .get(1)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        kept.remove(0);
    }
    // A descriptor before a name ("techsite The Information", "persbureau Reuters", "de
    // Duitse machinebouwersvereniging VDMA").
    let demonym = |w: &str| {
        ["se", "sche", "ese", "an", "ish"]
            .iter()
            .any(|end| w.ends_with(end))
    };
    // A place before the descriptor says where it sits ("Toronto consultancy Boreal
    // Metals", "Londense broker Harwell"); "China's embassy in Ottawa" is no such thing.
    let placed_descriptor = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && !w.ends_with("'s")
            && !w.ends_with("’s")
            && kept.get(1).is_some_and(|next| {
                next.chars().next().is_some_and(char::is_lowercase) && descriptor_noun(next)
            })
            && kept
                .get(2)
                .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
    };
    // "ministerie van Buitenlandse Zaken" is the institution's own name.
    // So is "Chinese ministerie van Handel".
    let noun_at = usize::from(
        kept.first().is_some_and(|w| demonym(w))
            && kept.get(1).is_some_and(|w| INSTITUTION_NOUNS.contains(w)),
    );
    let institution_of = kept
        .get(noun_at)
        .is_some_and(|w| INSTITUTION_NOUNS.contains(w) || PLACE_BODIES.contains(w))
        && kept
            .get(noun_at + 1)
            .is_some_and(|w| matches!(*w, "van" | "of" | "for" | "voor"));
    // "Chinese ambassade in Den Haag": the place belongs to the mission's name.
    let mission_in = kept
        .windows(2)
        .any(|pair| pair[1] == "in" && mission(&pair[0].to_lowercase()));
    if !institution_of
        && !mission_in
        && kept.first().is_some_and(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
            // "Duitse fabrikanten", not "Jan de Vries" or "Stefan van Dam".
            || demonym(w)
                && !super::gender::is_first_name(w)
                && kept.get(1).is_some_and(|next| {
                    next.chars().next().is_some_and(char::is_lowercase) && !name_particle(next)
                })
            || placed_descriptor(w)
            // "Exploitant Noordgas" opening a sentence: a capitalised descriptor.
            || descriptor_noun(&w.to_lowercase())
                && kept
                    .get(1)
                    .is_some_and(|next| next.chars().next().is_some_and(char::is_uppercase))
        })
        && let Some(at) = kept
            .iter()
            .skip(1)
            .position(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        kept.drain(..=at);
    }
    let name = kept.join(" ");
    let name = name
        .trim_end_matches(['’', '\''])
        .trim_end_matches("’s")
        .to_owned();
    if name.is_empty() {
        return None;
    }
    // A bare plural group ("zeggen importeurs", "Officials said"): unnamed speakers.
    let determiner = lower.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "de" | "het"
                | "the"
                | "deze"
                | "these"
                | "those"
                | "die"
                | "zijn"
                | "haar"
                | "his"
                | "her"
                | "its"
                | "their"
                | "hun"
        )
    });
    let group = !determiner
        && kept.len() <= 3
        // "staatssecretaris" ends like a plural but is one person.
        && !kept
            .last()
            .is_some_and(|w| TITLE_WORDS.contains(&w.to_lowercase().as_str()))
        && kept.iter().enumerate().all(|(i, w)| {
            w.chars().next().is_some_and(char::is_lowercase)
                || i == 0
                    && (SPEAKER_GROUPS.split('|').any(|g| w.eq_ignore_ascii_case(g))
                        || group_noun(w))
        })
        && kept.last().is_some_and(|w| {
            let w = w.to_lowercase();
            w.len() > 4 && (w.ends_with('s') || w.ends_with("en"))
        });
    if indefinite || group {
        // "een woordvoerder van de Commissie": the body the speaker speaks for, in
        // brackets.
        let body = lower
            .get(end)
            .filter(|w| matches!(w.as_str(), "van" | "of" | "for" | "bij" | "at"))
            .and_then(|_| {
                let mut at = end + 1;
                if lower.get(at).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "de" | "het" | "the" | "dat" | "die" | "deze" | "dit" | "that" | "this"
                    )
                }) {
                    at += 1;
                }
                // "van het Belgische ministerie van Energie": a national adjective before
                // the institution is no name of its own.
                if words
                    .get(at)
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
                    && lower.get(at).is_some_and(|w| {
                        ["e", "an", "ese", "ish"].iter().any(|end| w.ends_with(end))
                    })
                    && lower.get(at + 1).is_some_and(|w| {
                        INSTITUTION_NOUNS.contains(&w.as_str()) || super::entities::company_noun(w)
                    })
                {
                    at += 1;
                }
                let mut run = name_run(&words, at);
                // "for South Korea's industry ministry": a possessive name, then the
                // institution it owns.
                if run.ends_with("'s") || run.ends_with("’s") {
                    let after = at + run.split_whitespace().count();
                    if let Some(noun_at) = (after..after + 3).find(|&i| {
                        lower.get(i).is_some_and(|w| {
                            INSTITUTION_NOUNS.contains(&w.trim_end_matches([',', '.']))
                        })
                    }) && words[after..noun_at]
                        .iter()
                        .all(|w| w.starts_with(char::is_lowercase))
                    {
                        for word in &words[after..=noun_at] {
                            run.push(' ');
                            run.push_str(word.trim_end_matches([',', '.']));
                        }
                    }
                }
                // "van het concern", "of the regulator": the noun, for the caller to
                // resolve to the body named before.
                let noun = lower
                    .get(at)
                    .map(|w| w.trim_end_matches([',', '.']))
                    .filter(|w| {
                        at > end + 1
                            && (INSTITUTION_NOUNS.contains(w) || super::entities::company_noun(w))
                    });
                match noun {
                    // "van het ministerie van Financiën": the noun with its name.
                    Some(noun)
                        if run.is_empty()
                            && lower.get(at + 1).is_some_and(|w| {
                                matches!(w.as_str(), "van" | "of" | "for" | "voor")
                            })
                            && let name = name_run(&words, at + 2)
                            && !name.is_empty() =>
                    {
                        let connector = words.get(at + 1).copied().unwrap_or_default();
                        Some(format!("{noun} {connector} {name}"))
                    }
                    Some(noun) if run.is_empty() => Some(noun.to_owned()),
                    _ => (!run.is_empty()).then_some(run),
                }
            });
        let name = if group { name.to_lowercase() } else { name };
        // "three executives and two industry officials": a count after "and" is no part
        // of who they are.
        let name = if name.contains(" and ") || name.contains(" en ") {
            let mut kept: Vec<&str> = Vec::new();
            for word in name.split(' ') {
                let counted = kept.last().is_some_and(|w| matches!(*w, "and" | "en"))
                    && skip.contains(&word.to_lowercase().as_str());
                if !counted {
                    kept.push(word);
                }
            }
            kept.join(" ")
        } else {
            name
        };
        return Some(match body {
            Some(body) => format!("unnamed {name} ({body})"),
            // "a company spokesperson", "a ministry official": the body by its noun, for
            // the caller to resolve like "a spokesperson for the company".
            None => match name.split_once(' ') {
                Some((noun, speaker))
                    if (generic_organization(noun)
                        || INSTITUTION_NOUNS.contains(&noun)
                        || super::entities::company_noun(noun))
                        && matches!(
                            speaker,
                            "spokesperson"
                                | "spokesman"
                                | "spokeswoman"
                                | "official"
                                | "executive"
                                | "woordvoerder"
                                | "woordvoerster"
                        ) =>
                {
                    format!("unnamed {speaker} ({noun})")
                }
                _ => format!("unnamed {name}"),
            },
        });
    }
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::{has_trailing_attribution, normalise, trailing_captures};

    /// The kept answers of `trailing_captures` belong to the text, not to where it is
    /// stored: asking again, or about other text of the same length, gives its own answer.
    #[test]
    fn kept_trailing_answers_follow_the_text() {
        let said = "Prices rose by 4%, the ministry said.";
        let plain = "Prices rose by 4% in the first half.";
        assert_eq!(said.len(), plain.len() + 1);
        let same_length = "Prices rose by 4% in the first halves";
        assert_eq!(said.len(), same_length.len());
        for _ in 0..3 {
            assert!(has_trailing_attribution(said, 0..said.len()));
            assert!(!has_trailing_attribution(plain, 0..plain.len()));
            assert!(!has_trailing_attribution(same_length, 0..same_length.len()));
            let speaker = trailing_captures(said).and_then(|caps| caps.name("np2"));
            assert_eq!(speaker.map(|m| m.as_str()), Some("ministry"));
        }
    }

    #[test]
    fn normalises_speakers() {
        assert_eq!(
            normalise("een ervaren diplomaat").as_deref(),
            Some("unnamed ervaren diplomaat")
        );
        assert_eq!(
            normalise("people familiar with the matter").as_deref(),
            Some("unnamed people familiar with the matter")
        );
        assert_eq!(
            normalise("bronnen rond het kabinet").as_deref(),
            Some("unnamed sources")
        );
        assert_eq!(normalise("persbureau Anp vandaag").as_deref(), Some("Anp"));
        assert_eq!(normalise("CEO Mira Tan").as_deref(), Some("Mira Tan"));
    }
}
