//! Lexical cues shared by scoring and kind assignment: comparisons, decisions, plans,
//! events, reported speech, first person, evaluative and interpretive framing,
//! boilerplate, questions and headlines.
//!
//! Every cue is a general pattern (word classes and constructions), never a list of
//! particular sentences. Cues inside direct quotations are ignored where the quotation's
//! content is not the article's own voice (first person, evaluation).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::text;
use super::text::{lower_regex, quote_regions, regex, slice, word_count};

static COMPARISON: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(\w+er)\s+(?:\w+\s+){0,3}(?:dan|than)\b|\b(?:meer|minder|more|less|fewer)\s+(?:[\w-]+\s+){0,3}(?:dan|than)\b|\bvergelijkba\w+|\bcomparable\b|\bon\s+par\s+with\b|\bovertr(?:eft|effen|of|offen)\b|\bvergeleken\s+met\b|\bin\s+vergelijking\s+met\b|\bcompared\s+(?:with|to)\b|\bhalf\s+the\b|\b(?:grootste|kleinste|snelste|sterkste|hoogste|laagste|krachtigste|duurste|goedkoopste|nieuwste|modernste|geavanceerdste|beste|slechtste|meeste|minste)\b|\boutperform\w*|\bsurpass\w*|\bas\s+\w+\s+as\b|\beven\s+\w+\s+als\b|\b(?:meest|most\s+(?:advanced|powerful|capable)|largest|biggest|fastest|highest|lowest|strongest)\b|\b(?:blijft|bleef|blijven|bleven|raakt|raakte|loopt|liep)\b[^.,;]*\bachter\b|\b(?:lags?|lagged|fell|falls|trails?|trailed)\s+behind\b|\b(?:keer|times)\s+\w+er\b|\b(?:zo|as)\s+\w+\s+(?:als|as)\b|\btwice\s+as\b|\b\w+-(?:year|month|week|decade)\s+(?:high|low)s?\b|\b(?:record|all-time)\s+(?:high|low|number|level|amount|volume)s?\b|\brecord(?:hoogte|niveau|aantal|bedrag|omzet|winst|laagte)\b",
    )
});

static DECISION: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:verbood|verboden|(?:koos|kozen)\s+[^.;]{0,40}?\bvoor|gekozen\s+voor|chose|opted\s+for|ruled\s+that|oordeelde\s+dat|verbiedt|verbieden|bans?|banned|banning|instrueerde|instrueerden|instrueert|instructed|instructs|ordered|beval|bevolen|opgedragen|droeg\s+[^.;]{1,60}?\s+op|opgeroepen|riep\s+[^.;]{1,60}?\s+op|roept\s+[^.;]{1,60}?\s+op|called\s+on|urged|aangezet|aanzetten|zet\s+[^.;]{1,60}?\s+aan|goedgekeurd|keurde\s+[^.;]{1,60}?\s+goed|approved|approves|licensed|ontmoedigt|ontmoedigde|ontmoedigen|discourages|besloot|besloten|beslist|decided|decides|akkoord|agreed|ingestemd|stemde\s+in|toegestaan|allowed|permitted|blocked|blokkeerde|geblokkeerd|sanctioned|blacklist\w*|added\s+[^.;]{1,80}?\s+to\s+(?:the\s+|its\s+)?(?:entity\s+list|blacklist|sanctions\s+list)|zwarte\s+lijst|sanctielijst|voer(?:de|den|t)\s+[^.;]{0,40}?(?:regels|maatregelen|verbod|heffingen?|tarieven|vergunningplicht|sancties|beperkingen|exportcontroles)\s+in|(?:regels|maatregelen|verbod|heffingen?|tarieven|vergunningplicht|sancties|beperkingen|exportcontroles)\s+(?:\w+\s+){0,3}ingevoerd|hield\s+[^.;]{1,60}?\s+tegen|hielden\s+[^.;]{1,60}?\s+tegen|houdt\s+[^.;]{1,60}?\s+tegen|tegengehouden|investigation|\w*onderzoek\b[^.;]{0,60}?\b(?:ingesteld|geopend|gestart)|(?:laat|liet|laten|lieten)\s+(?:\w+\s+){0,2}?onderzoeken|launched\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:probe|inquiry)|opened\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:probe|inquiry|investigation|round|tender|consultation)|(?:ronde|subsidieronde|aanbesteding|consultatie)\s+(?:\w+\s+){0,2}?geopend|op\s+(?:de|zijn|haar|een)\s+(?:[\w-]+\s+){0,4}?lijst\s+(?:[\w‘’'-]+\s+){0,4}?(?:gezet|geplaatst)|zet(?:te|ten)?\s+[^.;]{1,60}?\s+op\s+(?:de|zijn|haar|een)\s+(?:[\w-]+\s+){0,4}?lijst|committed\s+to|toegezegd|adviseerde|adviseerden|advised|zet(?:te|ten)?\s+[^.;]{0,40}?\bpunt\s+achter|beëindigt|beëindigde|terminated|(?:would|will)\s+have\s+to|must\s+(?:first\s+)?(?:notify|obtain|apply|report|register|certify|disclose|seek)|takes?\s+effect|took\s+effect|treedt\s+[^.;]{0,30}?in\s+werking|proposed|proposes|stelde\s+[^.;]{1,40}?\s+voor|voorgesteld|is\s+(?:also\s+)?(?:examining|investigating)|zegde\s+[^.;]{1,40}?\s+toe|fined|beboet|ingelicht|suspended|suspends|paused|pauses|halted|halts|stilgelegd|leg(?:t|de|den)\s+[^.;]{1,60}?\s+stil|stopgezet|zet(?:te|ten)?\s+[^.;]{1,60}?\s+stop|opgeschort|schort(?:te|ten)?\s+[^.;]{1,60}?\s+op|designated|designates|aangewezen|told\s+[^.;]{1,60}?\s+to|gave\s+(?:the\s+|an\s+)?(?:instruction|order)s?|issued\s+(?:an?\s+|the\s+)?(?:order|instruction|directive|ban)s?|gaf\s+(?:de\s+|het\s+)?(?:opdracht|instructie|bevel)|concludeerde|concludeerden|found\s+that|vastgesteld|stelde\s+vast|imposed|imposes|reimpos\w+|(?:lowered|raised|cut|lifted|extended|verlaagde|verhoogde|verlengde)\s+(?:the\s+|its\s+|de\s+|het\s+)?(?:[\w-]+\s+){0,2}?(?:limit|cap|ceiling|maximum|threshold|quotas?|draft|tariffs?|duties|duty|grens|limiet|plafond|drempel|quota|quotum|heffing|heffingen|tarieven|invoerheffing\w*)|legde\s+[^.;]{1,60}?\s+op|opgelegd|required|(?:will|shall)\s+(?:require|restrict|limit|bar|impose|tighten)|verplichtte|verplicht|tightened|tightens|verscherpt\w*|aangescherpt|scherpt\s+[^.;]{1,60}?\s+aan|scherpte\s+[^.;]{1,60}?\s+aan|restricted|allocat\w+|earmark\w*|trekt\s+[^.;]{1,60}?\s+uit|stelt\s+[^.;]{1,60}?\s+beschikbaar|beschikbaar\s+gesteld|mag\s+[^.;]{0,60}?\bniet\s+meer|mogen\s+[^.;]{0,60}?\bniet\s+meer|(?:mag|mogen)\s+(?:\w+\s+){0,6}?geen\b|(?:put|puts|placed|kept)\s+(?:\S+\s+){1,6}?on\s+hold|on\s+hold|onder\s+(?:\w+\s+){0,2}?\w*(?:toezicht|curatele|bewind)\s+(?:gesteld|geplaatst)|(?:stelt|stelde|plaatst|plaatste)\s+(?:\S+\s+){1,8}?onder\s+(?:\w+\s+){0,2}?\w*(?:toezicht|curatele)|(?:spraken|sprak|spreken|spreekt)\s+(?:\S+\s+){0,6}?af\b|afgesproken|overeengekomen|kwamen\s+(?:\S+\s+){0,6}?overeen|(?:heft|heffen|hief|hieven)\s+(?:\S+\s+){0,6}?\w*(?:heffing|tarief|belasting|accijns)|levies|levied|(?:slapped|slaps)\s+(?:\S+\s+){0,5}?(?:tariffs?|duties|duty|levy)|awarded|awards|gunde|gegund|kende\s+(?:\S+\s+){1,8}?toe|won\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:contract|order|tender)|may\s+no\s+longer|no\s+longer\s+(?:be\s+)?(?:allowed|permitted)|barred\s+from|(?:has|have|had)\s+given\s+[^.;]{1,60}?\s+until|gave\s+[^.;]{1,60}?\s+until|^under\s+the\s+(?:deal|plan|agreement|waiver|scheme|proposal)|^onder\s+(?:de|het)\s+(?:deal|plan|akkoord|regeling|voorstel|afspraken))\b|vergunning|verbod\b",
    )
});

static PREDICTION: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:zal|zullen|will|shall|going\s+to|preparing|prepares|bereidt\s+\w+\s+voor|bereiden\s+\w+\s+voor|is\s+due|are\s+due|scheduled|gepland|plant\s+(?:een|de|het|om|nog)|plannen|van\s+plan|plans?\s+to|planned|expected\s+to|expects?|verwacht\w*|forecasts?|prognose\w*|volgend\s+jaar|volgende\s+(?:week|maand)|next\s+(?:week|month|year|quarter)|later\s+this\s+(?:year|month)|later\s+dit\s+jaar|streeft|streven|weighing|weighs|considering|considers|overweegt|overwegen|aims?\s+to|intends?\s+to|te\s+lanceren|binnenkort|straks|soon|uiterlijk|no\s+later\s+than|ha(?:s|ve)\s+until|heeft\s+tot\s+(?:\d|eind|begin|medio|uiterlijk|volgend|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|rekent\s+erop|rekenen\s+erop|rekent\s+op|rekenen\s+op|counts?\s+on|expected)\b",
    )
});

static EVENT: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:heeft|hebben|had|hadden|has|have)\b[^.;]*\b(?:(?:(?:aan|af|bij|door|in|mee|na|op|over|samen|terug|toe|uit|vast|voor|weg)?ge|be|ver|ont|her)\w+[dt]|\w+ed)\b|\b(?:begon|begonnen|kelderde|kelderden|steeg|stegen|daalde|daalden|zakte|zakten|hervatte|hervat|lanceerde|presenteerde|introduceerde|ontmoette|bezocht|kondigde|onthulde|tekende|kocht|verkocht|smokkelde|gesmokkeld|arresteerde|opende|sloot|ontving|ontbood|rose|fell|jumped|dropped|slumped|surged|plunged|climbed|met|visited|launched|unveiled|announced|signed|bought|sold|acquired|smuggled|arrested|seized|sentenced|convicted|indicted|veroordeelde|veroordeelden|summoned|began|started|resumed|opened|closed|received|released|introduced|posted|reported\s+an?|pleaded|pleads|testified)\b|\b(?:heeft|hebben|had|hadden)\b[^.;]*\b(?:ontboden|ontvangen|gekregen|gegeven|genomen|gesloten|geschreven|gevonden|gesproken|gedaan|verkregen|ontslagen|vertrokken|aangenomen|opgenomen|afgesloten|begonnen|gestegen)\b|\bwerd(?:en)?\b[^.;]*\b(?:(?:aan|af|bij|door|in|mee|na|op|over|samen|terug|toe|uit|vast|voor|weg)?ge|be|ver|ont|her)\w+[dt]\b|\b(?:was|were)\s+\w+ed\b",
    )
});

/// An intention or option still under consideration ("overweegt", "is weighing", "wil",
/// "aims to"): a decision it names has not been taken.
static INTENT: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:overweegt|overwegen|overwoog|overwogen|considering|considers|weighing|weighs|wil|willen|wants?\s+to|aims?\s+to|hopes?\s+to|hoopt|plans?\s+to|van\s+plan|intends?\s+to)\b",
    )
});

static STANCE: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:zei|zegt|zeggen|zeiden|stelt|stelde|verklaarde|benadrukte|benadrukt|benadrukken|(?:spreekt|spreken|sprak|spraken)\s+van|waarschuwde|waarschuwt|waarschuwen|ontkende|ontkent|vreest|vrezen|vreesde|gelooft|meent|vindt|vond|ziet\s+\w+\s+als|zien\s+\w+\s+als|noemde|noemt|noemen|noemden|bekritiseerd\w*|said|says|told|warned|warns|denied|denies|argued|argues|fears?|feared|believes?|believed|sees?\s+\w+\s+as|criticis\w+|criticiz\w+|insisted|claimed|claims|rejected|rejects|reject|blamed|blames|accused|accuses|beschuldigde|beschuldigden|beschuldigt|beschuldigen|pleit|pleiten|pleitte|pleitten|advocated|advocates|dismissed|verwierp|verwerpt|welcomed|welcomes|verwelkomde|verwelkomt|wees\s+(?:\w+\s+){1,5}af|betwijfelt|betwijfelde|betwijfelen|doubt|doubts|doubted|bestrijdt|bestrijden|bestreed|(?:eist|eisen|eiste|eisten|belooft|beloven|beloofde|beloofden|demands|demanded|promised|promises)\s+(?:dat|that)|questioned|betreurt|betreurde|betreuren|gewaarschuwd|signalled\s+(?:\w+\s+)?(?:reservations|concerns?|opposition)|signaled\s+(?:\w+\s+)?(?:reservations|concerns?|opposition)|raised\s+concerns?|expressed\s+concerns?|zorgen\s+geuit|bedenkingen|regrets|regretted|steunt|steunde|steunen|supports|supported|backs|backed|endorsed|called\s+(?:it|the|this|that|them)|opposes|opposed|verzet\s+zich|verzette\s+zich|(?:maakt|maken|maakte|maakten)\s+zich\s+(?:\w+\s+)?zorgen)\b",
    )
});

/// Stance verbs of worry or warning, a subset of [`STANCE`].
static WORRY: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:vreest|vrezen|vreesde|vreesden|fears?|feared|worr(?:y|ies|ied)|bezorgd|waarschuwde|waarschuwden|waarschuwt|waarschuwen|gewaarschuwd|warned|warns|(?:maakt|maken|maakte|maakten)\s+zich\s+(?:\w+\s+)?zorgen)\b",
    )
});

/// Neutral verbs of saying: the speech they report has no stance of its own.
const NEUTRAL_SAYING: &[&str] = &[
    "zei",
    "zegt",
    "zeggen",
    "zeiden",
    "stelt",
    "stelde",
    "verklaarde",
    "benadrukte",
    "said",
    "says",
    "told",
];

/// A plan reported as future in the past: "the company said it would appeal", "zei dat
/// het bedrijf in beroep zou gaan". The verb after the modal must not be a quotation.
static REPORTED_PLAN: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:said|says|told\s+[\w.]+(?:\s+[\w.]+)?|announced|confirmed|added|zei|zegt|zeiden|zeggen|verklaarde|liet\s+weten|kondigde\s+aan)\b[^.;:]{0,80}?\b(?:would|zou|zouden)\s+(?:\w+ly\s+|also\s+|ook\s+|nog\s+)?(?P<verb>[a-z]+)",
    )
});

/// Word parts that every [`REPORTED_PLAN`] match holds (one of its verbs of saying).
const REPORTED_PLAN_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "confirmed",
    "added",
    "zei",
    "zegt",
    "zeggen",
    "verklaarde",
    "liet",
    "kondigde",
];

static REPORTING: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:meldt|meldde|melden|meldden|schrijft|schreef|bericht|berichtte|weet|aldus|volgens|according\s+to|reported|reports|wrote|writes|citeert|citeerde|cited|quoted|confirmed|bevestigde|bevestigt|laat\s+[^.,;]+\s+weten|liet\s+[^.,;]+\s+weten|estimates?|blijkt\s+uit|bleek\s+uit|waaruit\s+(?:blijkt|bleek)|(?:shows?|showed|found)\s+that)\b",
    )
});

static FIRST_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"\b(?:ik|Ik|mij|mijn|Mijn|wij|Wij|we|We|ons|onze|Onze|I|me|my|My|our|Our|us)\b")
});

static EVALUATIVE: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:lastig\w*|moeilijk\w*|belangrijk(?:e|er|ere)?|cruciaal|cruciale|essentieel|interessant\w*|opvallend\w*|turbulent\w*|complex\w*|dwerg|spannend\w*|zorgwekkend\w*|indrukwekkend\w*|geen\s+toeval|no\s+coincidence|hard\s+to\s+(?:see|say|imagine|overstate|read|tell)|gevoelig\w*|difficult|important|crucial|interesting|remarkable|striking|notably|clearly|obviously|undoubtedly|onderstreept|underscores?|illustrates?|illustreert|symbool\w*|symboli\w+|dynamiek|dynamics|bredere|broader|strijdtoneel|battleground|verhaal|spanningen|tensions|ironisch\w*|ironic\w*|pijnlijk\w*|painful)\b",
    )
});

static INTERPRETIVE: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:hiermee|hierdoor|daarmee|zodoende|thereby|thus|hence|in\s+een\s+poging|in\s+(?:zijn|haar|hun)\s+streven|in\s+a\s+bid|in\s+an\s+effort|as\s+part\s+of\s+(?:a|its)\s+(?:broader|wider)|signals?\s+that|is\s+seen\s+as|wordt\s+gezien\s+als|zo\s+(?:onder|in|de|het|een|hun|zijn|haar))\b",
    )
});

static ANAPHORIC: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:Dit|Dat|This|That|It|Het)\s+(?:is|was|past|maakt|betekent|means|makes|shows|toont|laat\s+zien|zorgt|onderstreept|underscores|illustrates|fits|suggests|raises|roept)\b",
    )
});

static ACTOR_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:[Hh]et|[Dd]e|[Tt]he)\s+(?:bedrijf|onderneming|concern|fabrikant|chipmaker|toezichthouder|regering|overheid|kabinet|ministerie|autoriteit|company|firm|group|maker|chipmaker|regulator|government|cabinet|ministry|agency|authority)\b|\b(?:[Tt]he|[Dd]e|[Hh]et|[Tt]his|[Dd]eze|[Dd]it)\s+(?:draft|rule|bill|law|probe|investigation|measure|ban|deal|maatregel|regeling|wet|verbod|onderzoek|akkoord)\b|\b(?:[A-Z][a-z]{3,}(?:se|sche|ese|ean|ian|can|ish)|Dutch)\s+[a-z]",
    )
});

/// Future or possibility as the main modality ("will", "could", "zal", "expected to"):
/// a decision or event described this way is still a plan or forecast. "May" with a
/// capital is the month; "Mogelijk" opening a sentence puts it in doubt (inside one it
/// mostly qualifies a figure, "akkoord om mogelijk 15% af te staan").
static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\b(?:[Ww]ill|[Ss]hall|[Zz]al|[Zz]ullen|[Cc]ould|may|might|Mogelijk|[Ee]xpected\s+to|is\s+due\s+to|ha(?:s|ve)\s+until|binnenkort|soon)\b",
    )
});

/// An evaluative lead such as "Voor Nvidia is de markt een mijnenveld" or "For Malaysia,
/// the stakes are high": who it matters to, then a copula.
static FRAMING: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:Voor|For)\s+[^,.;]{1,40}?(?:,\s*(?:\w+\s+){0,3}|\s+)(?:is|was|are|were|wordt|werd|blijft|blijven|zijn|waren|remains?)\b",
    )
});

/// What a standing law or rule allows or requires, said in general terms: "Under EU
/// rules, the Commission can fine …", "Onder de Mijnbouwwet kan de minister …", "Volgens
/// de regels moet Beijing …". New rules ("Under the new rules, which take effect …") are a
/// decision, and are left out ([`NEW_RULES`]).
static STANDING_RULE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:Under|Onder|Volgens|Op\s+grond\s+van)\s+[^,;]{0,60}?(?:rules|law|Law|Act|act|regime|regulations?|Regulation|treaty|Treaty|Convention|Alert|regels|wet|Wet|verdrag|verordening|richtlijn)\b(?:[^,;]{0,60},)?[^;]*?\b(?:can|cannot|may|must|kan|kunnen|mag|mogen|moet|moeten)\b",
    )
});

/// Rules that are new: "Under the new rules, …", "Onder de nieuwe regels …".
static NEW_RULES: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^(?:Under|Onder|Volgens|Op\s+grond\s+van)\s+(?:the\s+|de\s+|het\s+)?(?:new|nieuwe)\b")
});

static VAGUE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:Veel|Velen|Many|Sommigen|Critics|Critici|Experts|Observers|Waarnemers|Niemand|Nobody|Everyone|Iedereen)\b",
    )
});

static BOILERPLATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^(?:plaats\s+(?:een\s+)?reactie|reageer|reacties?|lees\s+(?:ook|meer|verder)|read\s+(?:more|also|next)|related|gerelateerd|advertentie|advertisement|share|deel\s+(?:dit|dit\s+artikel)|nieuws|news|foto|photo|image|beeld|credit|copyright|©|bron|source|door\s+\S+(?:\s+\S+)?|by\s+\S+(?:\s+\S+)?|subscribe|abonneer|sign\s+up|cookies?|tags?|categorie|category)\b",
    )
});

static PROCESS: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:did\s+not\s+(?:immediately\s+)?respond|declined\s+to\s+comment|not\s+(?:immediately\s+)?available\s+for\s+comment|could\s+not\s+be\s+(?:independently\s+)?verified|could\s+not\s+(?:independently\s+)?(?:verify|confirm)|(?:has|have|had)\s+not\s+(?:yet\s+)?commented|did\s+not\s+(?:immediately\s+)?comment|requests?\s+for\s+comment|(?:heeft|hebben)\s+(?:nog\s+)?niet\s+gereageerd|reageerden?\s+niet|(?:wil|wilde|wilden|kon|konden)\s+(?:\S+\s+){0,5}?niet\s+(?:\S+\s+){0,4}?(?:zeggen|reageren|ingaan)|did\s+not\s+(?:immediately\s+)?(?:reply|return)|(?:did\s+not|would\s+not|declined\s+to)\s+say\s+(?:how|what|when|whether|which|who|why|if)|wilde\s+(?:\w+\s+){0,3}niet\s+(?:bevestigen|ontkennen)|(?:declined|refused)\s+to\s+(?:confirm|comment)|would\s+not\s+confirm|wilde\s+geen\s+commentaar|gaf\s+geen\s+commentaar|bereikbaar\s+voor\s+commentaar|kon\s+niet\s+(?:onafhankelijk\s+)?worden\s+(?:geverifieerd|bevestigd)|based\s+its\s+(?:findings|reporting|report)\s+on|baseert\s+zich\s+op|baseerde\s+zich\s+op)\b",
    )
});

/// "Dat wil niet zeggen dat …" ("that does not mean …") is an idiom, not a refusal to
/// comment.
static DOES_NOT_MEAN: LazyLock<Regex> =
    LazyLock::new(|| regex(r"\bwil\s+(?:\w+\s+)?niet\s+zeggen\s+dat\b"));

/// A spokesperson who is quoted first and only then declines to say more ("… said the
/// agency 'reviews all requests' but declined to comment on …"): what was said is the
/// claim. Without a quotation ("said it was aware of the report but declined to
/// comment") the refusal is the news.
static SAID_THEN_DECLINED: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r#"\b(?:said|says|zei|zegt)\s+[^‘“"]*[‘“"][^’”"]+[’”"][^;]*?\s(?:but|and|maar|en)\s+(?:declined|refused|did\s+not|would\s+not|wilde|weigerde)\b"#,
    )
});

static WEEKDAY_LINE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|date|datum|updated|published|gepubliceerd)\b.*\d",
    )
});

/// Conjunctions and relative words that open a subordinate clause.
static SUBORDINATE: LazyLock<Regex> = LazyLock::new(|| {
    lower_regex(
        r"(?i)\b(?:after|since|when|while|before|because|until|nadat|toen|sinds|terwijl|omdat|voordat|totdat|zodat|waardoor)\s+(?:the\s+|de\s+|het\s+)?[a-z]|,\s*(?:which|who|where|die|waar\w*)\b",
    )
});

/// The subordinate clauses of a lowercased clause: from the word that opens one to the
/// next comma, semicolon or the end.
fn subordinate_ranges(lower: &str) -> Vec<Range<usize>> {
    SUBORDINATE
        .find_iter(lower)
        // A clause that itself opens with the conjunction is what the claim says.
        .filter(|m| m.start() > 0)
        // "since March", "sinds eind 2023": a point in time, not a clause.
        .filter(|m| {
            let mut words = lower[m.start()..].split_whitespace();
            let conjunction = words.next().unwrap_or("");
            let next = words.next().unwrap_or("");
            !matches!(conjunction, "since" | "sinds")
                || !(next.starts_with(|c: char| c.is_ascii_digit())
                    || super::dates::month_number(next).is_some()
                    || matches!(
                        next,
                        "eind"
                            | "begin"
                            | "medio"
                            | "half"
                            | "vorig"
                            | "vorige"
                            | "last"
                            | "early"
                            | "late"
                            | "mid"
                            | "then"
                            | "dan"
                            | "toen"
                            | "de"
                            | "het"
                            | "the"
                            | "dit"
                            | "this"
                            | "that"
                            | "dat"
                    ))
        })
        .map(|m| {
            let end = lower[m.end()..]
                .find([',', ';'])
                .map_or(lower.len(), |at| m.end() + at);
            m.start()..end
        })
        .collect()
}

/// The cue patterns by index, for [`cues`].
static PATTERNS: [&LazyLock<Regex>; 12] = [
    &COMPARISON,
    &DECISION,
    &PREDICTION,
    &EVENT,
    &STANCE,
    &REPORTING,
    &FIRST_PERSON,
    &EVALUATIVE,
    &INTERPRETIVE,
    &ACTOR_REFERENCE,
    &VAGUE,
    &PROCESS,
];

/// Indexes into [`PATTERNS`] of the patterns written for lowercased text.
const LOWERCASE: [usize; 9] = [0, 1, 2, 3, 4, 5, 7, 8, 11];

/// The lowercase patterns as one set: one scan says which of them can match at all.
///
/// Its lazy DFA gets 32 MB instead of the default 2 MB. On varied text (the labelled
/// articles, `BENCH_ONLY=labelled cargo bench --bench extract`) the default cache filled,
/// was cleared again and again, and the set fell back to the slow `PikeVM`: 1.1 MB/s against
/// 3.5 MB/s with the larger cache, which uses about 30 MB there. Without the set (each
/// pattern on its own) that corpus ran at 3.0 MB/s and the samples at 5.2 instead of 5.6.
static LOWERCASE_SET: LazyLock<Option<regex::RegexSet>> = LazyLock::new(|| {
    let patterns = LOWERCASE
        .iter()
        .filter_map(|&index| PATTERNS.get(index))
        .map(|re| re.as_str());
    regex::RegexSetBuilder::new(patterns)
        .dfa_size_limit(32 << 20)
        .build()
        .ok()
});

/// The cues that fired for one clause.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[allow(clippy::struct_excessive_bools)]
pub struct Cues {
    /// A comparison, superlative or "N times".
    pub comparison: bool,
    /// Every comparison only describes a noun ("vergelijkbare steun", "the most advanced
    /// chips"): the claim's point may lie elsewhere.
    pub comparison_attributive: bool,
    /// Every comparison sets a figure against its own past or plan ("18 procent lager dan
    /// een jaar eerder", "twice as many as in 2021", "later dan gepland"). The caller
    /// keeps this only when the clause also has a figure of its own, which is then the
    /// point. Holds where in the clause (bytes) the first such comparison starts.
    pub comparison_over_time: Option<usize>,
    /// A decision, order, ban, approval or finding.
    pub decision: bool,
    /// A plan, schedule or forecast.
    pub prediction: bool,
    /// Something happened (past events, perfect tense).
    pub event: bool,
    /// An intention or option under consideration ("overweegt", "is weighing", "wil").
    pub intent: bool,
    /// A stance verb of reported speech (said, denied, warned, criticised).
    pub stance: bool,
    /// The stance is a worry or warning ("vreest", "fears", "warned"): its content is the
    /// worry, even when that is about the future.
    pub worry: bool,
    /// The stance is more than saying ("denied", "warned", "called it …"), not only
    /// "said" or "zei".
    pub stance_proper: bool,
    /// Every decision comes after a stance verb, in what the stance is about ("criticised
    /// the ban").
    pub stance_on_decision: bool,
    /// A plan reported in the past's future: "said it would appeal".
    pub reported_plan: bool,
    /// Any reporting verb or attribution phrase.
    pub reporting: bool,
    /// A direct quotation of at least four words.
    pub direct_quote: bool,
    /// First person outside quotations.
    pub first_person: bool,
    /// Evaluative framing outside quotations.
    pub evaluative: bool,
    /// Interpretation of motive or consequence asserted by the article.
    pub interpretive: bool,
    /// Starts with an abstract "this/that is …" summary.
    pub anaphoric: bool,
    /// The subject refers back to a named actor ("Het bedrijf", "The regulator").
    pub actor_reference: bool,
    /// A vague generalisation ("Many …").
    pub vague: bool,
    /// Navigation, byline, date line or caption junk.
    pub boilerplate: bool,
    /// About the reporting process ("did not respond to a request for comment").
    pub process: bool,
    /// The sentence is a question.
    pub question: bool,
    /// The line has no closing punctuation: a headline, subhead or list line.
    pub headline: bool,
    /// Future or possibility is the main modality (outside quotations).
    pub future: bool,
    /// The future is only possible or expected ("may", "could", "expected to"), not
    /// announced ("will", "zal").
    pub possible: bool,
    /// Opens with an evaluative "Voor X is …" / "For X, … is" lead.
    pub framing: bool,
    /// What a standing law or rule allows or requires ("Under EU rules, the Commission
    /// can fine …"): a background fact, whatever figures it holds.
    pub standing_rule: bool,
    /// A date in the clause lies before the publication date (set by the caller, which
    /// resolves the dates).
    pub dated_past: bool,
    /// A date in the clause lies after the publication date ("in 2030", "by 2027").
    pub dated_future: bool,
}

/// Computes the cues of `text[clause]`; `sentence` is the whole sentence it belongs to
/// (questions and headlines are properties of the sentence).
#[must_use]
pub fn cues(text: &str, clause: Range<usize>, sentence: Range<usize>) -> Cues {
    cues_with(text, clause, sentence, true, None)
}

/// [`cues`], testing [`Cues::actor_reference`] only when `actor_reference` asks for it
/// (the scorer only uses it for a clause without names).
#[must_use]
pub(crate) fn cues_with(
    text: &str,
    clause: Range<usize>,
    sentence: Range<usize>,
    actor_reference: bool,
    lowered: Option<&str>,
) -> Cues {
    let piece = slice(text, clause.clone());
    let whole = slice(text, sentence);
    let quotes = quote_regions(piece);
    let outside = |m: &regex::Match<'_>| {
        !quotes
            .iter()
            .any(|q| q.start <= m.start() && m.end() <= q.end)
    };
    // Most patterns run on the ASCII-lowercased clause (same byte offsets); the few that
    // need capitals (first person, anaphoric openings) run on the original.
    let lower = text::ascii_lowercase(piece, lowered);
    let haystack = |index: usize| {
        if LOWERCASE.contains(&index) {
            &*lower
        } else {
            piece
        }
    };
    let set = LOWERCASE_SET.as_ref().map(|set| set.matches(&lower));
    let maybe = |index: usize| {
        let position = LOWERCASE.iter().position(|&i| i == index);
        match (&set, position) {
            (Some(set), Some(position)) => set.matched(position),
            _ => PATTERNS
                .get(index)
                .is_some_and(|re| re.is_match(haystack(index))),
        }
    };
    // Without quotations every match is outside one: the set's answer is enough.
    let any_outside = |index: usize, re: &Regex| {
        maybe(index) && (quotes.is_empty() || re.find_iter(haystack(index)).any(|m| outside(&m)))
    };
    let last = whole
        .trim_end()
        .chars()
        .rev()
        .find(|c| !matches!(c, '”' | '’' | '"' | '\'' | '»' | ')' | ']'));
    // Each comparison found, and whether it only describes a noun ("vergelijkbare steun",
    // "the most advanced chips") instead of comparing ("sneller dan", "is de grootste").
    let comparisons: Vec<(bool, Option<usize>)> = if maybe(0) {
        text::captures_iter(&COMPARISON, &lower)
            .filter_map(|caps| {
                let m = caps.get(0)?;
                accepted_comparison(&caps, &lower).then(|| {
                    (
                        attributive(m.as_str(), &lower, m.end()),
                        over_time(&lower, m.end()).then_some(m.start()),
                    )
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    let comparison = !comparisons.is_empty();
    let comparison_attributive = comparison && comparisons.iter().all(|&(a, _)| a);
    let comparison_over_time = if comparison && comparisons.iter().all(|&(_, t)| t.is_some()) {
        comparisons.iter().filter_map(|&(_, t)| t).min()
    } else {
        None
    };
    // A direct quotation is the claim when it opens the clause or follows a colon; a
    // quoted phrase inside indirect speech ("zei dat het „…” heeft", "Volgens Beijing
    // heeft X „…” geschaad") is the speaker's stance.
    let direct_quote = quotes.iter().any(|q| {
        let glued = slice(piece, q.end..piece.len()).starts_with('-');
        let lead = slice(piece, 0..q.start).trim_end();
        let opens = lead.is_empty() || lead.ends_with(':');
        !glued && opens && word_count(slice(piece, q.clone())) >= 4
    });
    // A stance verb in a trailing attribution ("…, two officials told Reuters", "…,
    // aldus X") only attributes the clause; the clause's own content decides its kind.
    let frame_start = piece
        .rfind(',')
        .filter(|&comma| word_count(slice(piece, comma..piece.len())) <= 10);
    let stance = match frame_start {
        Some(comma) if maybe(4) => {
            // A stance before the last comma counts; one only after it counts unless
            // that part is an attribution (tested only then: it costs two searches).
            let mut seen = false;
            STANCE.find_iter(&lower).filter(|m| outside(m)).any(|m| {
                seen = true;
                m.start() < comma
            }) || seen && !super::source::has_trailing_attribution(text, clause.clone())
        }
        _ => any_outside(4, &STANCE),
    };
    // "De zitting vindt volgende week plaats": taking place, not a view.
    let stance = stance
        && !(lower.contains(" plaats")
            && STANCE
                .find_iter(&lower)
                .filter(|m| outside(m))
                .all(|m| matches!(m.as_str(), "vindt" | "vond")))
        // "Ze stelde vorige week Kamervragen": asking, not stating.
        && !(super::source::asks_questions(&lower)
            && STANCE
                .find_iter(&lower)
                .filter(|m| outside(m))
                .all(|m| m.as_str().starts_with("stel")));
    // A stance beyond saying, also in the speaker's own quoted words ("said it “firmly
    // opposes” the rule"), or a short quoted judgement in indirect speech ("schreef dat de
    // orders ‘teleurstellend’ waren").
    let stance_at = if stance {
        STANCE
            .find_iter(&lower)
            .find(|m| !NEUTRAL_SAYING.contains(&m.as_str()))
            .map(|m| m.start())
    } else {
        None
    };
    let reporting = stance || any_outside(5, &REPORTING) && !super::source::asks_questions(&lower);
    let stance_proper =
        stance && stance_at.is_some() || reporting && !direct_quote && !quotes.is_empty();
    // The verb after the modal: an announced restriction ("said it would require
    // permits") is a decision.
    // Both the modal and one of the pattern's verbs of saying must be there; the pattern
    // itself, with its bounded gap between them, is among the slowest to search.
    let reported_verb = if (lower.contains("would") || lower.contains(" zou"))
        && REPORTED_PLAN_VERBS.iter().any(|verb| lower.contains(verb))
    {
        text::captures_iter(&REPORTED_PLAN, &lower)
            .filter(|caps| caps.get(0).is_some_and(|m| outside(&m)))
            .find_map(|caps| caps.name("verb").map(|v| v.as_str()))
    } else {
        None
    };
    let reported_plan = reported_verb.is_some();
    let reported_decision = reported_verb.is_some_and(|verb| {
        matches!(
            verb,
            "require" | "restrict" | "limit" | "bar" | "impose" | "tighten" | "ban" | "block"
        )
    });
    // A stance whose object holds the decision ("criticised the ban", "firmly opposes the
    // rules") reports the stance.
    let stance_on_decision = stance_at.is_some_and(|at| {
        maybe(1)
            && DECISION
                .find_iter(&lower)
                .filter(|m| outside(m))
                .all(|m| m.start() > at)
    });
    // Subordinate clauses ("…, when Tokyo restricted exports", "nadat Nederland de regels
    // aanscherpte") give the time or cause; a decision only there is background.
    let subordinate = if maybe(1) {
        subordinate_ranges(&lower)
    } else {
        Vec::new()
    };
    let in_subordinate = |m: &regex::Match<'_>| {
        subordinate
            .iter()
            .any(|r| r.start <= m.start() && m.end() <= r.end)
    };
    let decision_matches: Vec<bool> = if maybe(1) && quotes.is_empty() && subordinate.is_empty() {
        vec![true]
    } else if maybe(1) {
        DECISION
            .find_iter(&lower)
            .filter(|m| !in_subordinate(m))
            .map(|m| outside(&m))
            .collect()
    } else {
        Vec::new()
    };
    let background_decision = maybe(1) && decision_matches.is_empty();
    // Each future or possibility outside quotations, and whether it is only possible
    // ("may", "could", "expected to") rather than announced ("will", "zal"). A modal
    // before a perfect ("may have cost") speaks of the past.
    let future: Vec<bool> = FUTURE
        .find_iter(piece)
        .filter(|m| outside(m))
        .filter(|m| {
            let after = slice(piece, m.end()..piece.len()).trim_start();
            !(after.starts_with("have ") || after.starts_with("hebben "))
        })
        .map(|m| {
            let word = m.as_str().to_ascii_lowercase();
            matches!(word.as_str(), "could" | "may" | "might" | "mogelijk")
                || word.starts_with("expected")
        })
        .collect();
    let decision = reported_decision
        || decision_matches.iter().any(|&out| out)
        || !decision_matches.is_empty() && !direct_quote;
    let whole_words = if whole.len() <= 120 {
        word_count(whole)
    } else {
        // A long sentence has more than ten words; no need to count them.
        usize::MAX
    };
    let short = whole_words <= 10;
    Cues {
        comparison,
        comparison_attributive,
        comparison_over_time,
        decision,
        prediction: maybe(2)
            && (!(lower.contains("expected") || lower.contains("verwacht"))
                || !(lower.contains("than") || lower.contains("dan") || lower.contains("as"))
                || PREDICTION.find_iter(&lower).any(|m| {
                    !super::hedge::measured_against_forecast(
                        slice(&lower, 0..m.start()),
                        m.as_str(),
                    )
                })),
        event: maybe(3) || background_decision || opens_with_participle(piece),
        // Only a decision can be merely intended; the test is skipped without one.
        intent: decision && INTENT.find_iter(&lower).any(|m| outside(&m)),
        stance,
        stance_proper,
        stance_on_decision,
        reported_plan,
        worry: stance && WORRY.find_iter(&lower).any(|m| outside(&m)),
        reporting,
        direct_quote,
        first_person: any_outside(6, &FIRST_PERSON),
        evaluative: any_outside(7, &EVALUATIVE),
        interpretive: any_outside(8, &INTERPRETIVE),
        anaphoric: ANAPHORIC.is_match(piece),
        actor_reference: actor_reference && maybe(9),
        vague: maybe(10),
        boilerplate: short
            && ((whole_words <= 6 && BOILERPLATE_LINE.is_match(whole))
                || WEEKDAY_LINE.is_match(whole)),
        process: maybe(11)
            && !DOES_NOT_MEAN.is_match(&lower)
            && !SAID_THEN_DECLINED.is_match(&lower),
        question: last == Some('?') || open_question(whole),
        future: !future.is_empty(),
        possible: future.iter().any(|&possible| possible),
        framing: FRAMING.is_match(piece),
        standing_rule: STANDING_RULE.is_match(piece) && !NEW_RULES.is_match(piece),
        dated_past: false,
        dated_future: false,
        headline: !matches!(last, Some('.' | '!' | '?' | '…' | ';' | ':')),
    }
}

/// True when the clause is a participial adjunct split off its sentence ("escalating a
/// trade dispute", "sending prices higher"): it tells what the event led to.
pub(crate) fn opens_with_participle(piece: &str) -> bool {
    let mut words = piece.split_whitespace();
    words.next().is_some_and(|word| {
        word.ends_with("ing")
            && word.starts_with(|c: char| c.is_ascii_lowercase())
            && super::clause::participle_adjunct(word, words.next())
    })
}

/// Whether the comparison ending at `end` in the lowercased clause is with an earlier
/// time or a plan: "… dan een jaar eerder", "… as in 2021", "… than planned".
fn over_time(lower: &str, end: usize) -> bool {
    const REFERENCES: &[&str] = &[
        "a year earlier",
        "een jaar eerder",
        "a year ago",
        "een jaar geleden",
        "the year before",
        "het jaar ervoor",
        "last year",
        "vorig jaar",
        "same period",
        "dezelfde periode",
        "planned",
        "gepland",
        "begroot",
        "budgeted",
        "in 19",
        "in 20",
        "dan 20",
        "than 20",
        "as 20",
        "als 20",
        "earlier",
        "eerder",
    ];
    let mut stop = (end + 48).min(lower.len());
    while !lower.is_char_boundary(stop) {
        stop -= 1;
    }
    // Right after the comparison, before any comma: "dan een jaar eerder", not "met
    // Nvidia, dat vorig jaar …" or "dan bij een vergelijkbare scan in 2024".
    let window = slice(lower, end..stop);
    let window = window.split([',', ';']).next().unwrap_or("");
    REFERENCES.iter().any(|r| {
        window.find(r).is_some_and(|at| {
            window
                .get(..at)
                .is_some_and(|lead| lead.split_whitespace().count() <= 2)
        })
    })
}

/// False for a [`COMPARISON`] match that is not a comparison: "meer dan 3" rounds a
/// number, and "as early as" or "as well as" are idioms.
fn accepted_comparison(caps: &regex::Captures<'_>, lower: &str) -> bool {
    let Some(m) = caps.get(0) else { return false };
    let after = slice(lower, m.end()..lower.len()).trim_start();
    // "meer dan 40 procent", "langer dan twee maanden", "as much as 1.2%", "fewer than a
    // third": a bound on a number, not two things compared.
    let rounding = [" dan", " than", " as", " als"]
        .iter()
        .any(|end| m.as_str().ends_with(end))
        && starts_with_number(after);
    let idiom = m.as_str().strip_prefix("as ").is_some_and(|rest| {
        rest.split_whitespace().next().is_some_and(|w| {
            matches!(
                w,
                "early" | "soon" | "well" | "long" | "far" | "recently" | "late" | "part"
            )
        })
    });
    !rounding && !idiom
}

/// "Of de kosten worden verhaald, is nog onduidelijk", "How long the closures will last
/// is anyone's guess": a question the sentence leaves open, however it ends.
fn open_question(sentence: &str) -> bool {
    let first = sentence.split_whitespace().next().unwrap_or("");
    if !matches!(
        first,
        "Of" | "Wie"
            | "Wat"
            | "Hoe"
            | "Hoeveel"
            | "Wanneer"
            | "Waarom"
            | "Whether"
            | "Who"
            | "What"
            | "How"
            | "When"
            | "Why"
    ) {
        return false;
    }
    let lower = sentence.to_lowercase();
    [
        "onduidelijk",
        "niet bekend",
        "nog de vraag",
        "maar de vraag",
        "een open vraag",
        "een tweede vraag",
        "unclear",
        "not known",
        "remains to be seen",
        "anyone's guess",
        "anyone’s guess",
        "an open question",
    ]
    .iter()
    .any(|phrase| lower.contains(phrase))
}

/// True when `after` (lowercased) opens with a number: digits, a currency sign, a number
/// word, or "een/a" before a magnitude or fraction ("a third", "een miljoen").
fn starts_with_number(after: &str) -> bool {
    if after.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£' | '¥')) {
        return true;
    }
    let mut words = after.split_whitespace();
    let first = words
        .next()
        .unwrap_or("")
        .trim_end_matches(['.', ',', ';', ':']);
    let second = words
        .next()
        .unwrap_or("")
        .trim_end_matches(['.', ',', ';', ':']);
    // A number word above one ("twee", "fifteen", "anderhalf"), or a round magnitude.
    super::numbers::word_value(first).is_some_and(|value| value > 1.0)
        || matches!(first, "duizend" | "thousand" | "half")
        || matches!(first, "een" | "a" | "an" | "one")
            && matches!(
                second,
                "miljoen"
                    | "miljard"
                    | "million"
                    | "billion"
                    | "third"
                    | "quarter"
                    | "fifth"
                    | "derde"
                    | "kwart"
                    | "vijfde"
                    | "half"
            )
}

/// True when a comparison match (lowercased) is a superlative or "comparable" used before
/// a noun ("de snelste chip", "the most advanced nodes", "vergelijkbare steun"), not a
/// comparison of its own ("sneller dan", "is de grootste die …", "as fast as").
fn attributive(found: &str, lower: &str, end: usize) -> bool {
    let comparing = found.split_whitespace().any(|w| {
        matches!(
            w,
            "dan"
                | "than"
                | "as"
                | "als"
                | "keer"
                | "times"
                | "behind"
                | "achter"
                | "twice"
                | "half"
        )
    }) || [
        "vergeleken",
        "compared",
        "overtr",
        "outperform",
        "surpass",
        "par",
    ]
    .iter()
    .any(|w| found.contains(w));
    let next = slice(lower, end..lower.len())
        .split_whitespace()
        .next()
        .unwrap_or("");
    let noun_follows = next.chars().next().is_some_and(char::is_alphabetic)
        && !matches!(
            next,
            "die"
                | "dat"
                | "van"
                | "of"
                | "in"
                | "ter"
                | "ooit"
                | "ever"
                | "yet"
                | "so"
                | "to"
                | "is"
                | "was"
                | "are"
                | "en"
                | "and"
                | "op"
                | "at"
                | "for"
                | "voor"
                // "their highest level in nine years": a level is what is compared.
                | "level"
                | "levels"
                | "niveau"
                | "peil"
                | "stand"
                | "point"
        );
    // "Rotterdam is de grootste haven van Europa", "has become the largest market": a
    // superlative after a copula is what the clause says.
    let before = slice(lower, 0..end.saturating_sub(found.len()));
    let mut words = before.split_whitespace().rev();
    let mut word = words.next().unwrap_or("");
    if word.ends_with("'s") || word.ends_with("’s") {
        word = words.next().unwrap_or("");
    }
    if matches!(word, "de" | "het" | "the" | "een" | "a") {
        word = words.next().unwrap_or("");
    }
    let predicative = matches!(
        word,
        "is" | "was"
            | "are"
            | "were"
            | "werd"
            | "wordt"
            | "blijft"
            | "bleef"
            | "remains"
            | "remained"
            | "become"
            | "became"
            | "geworden"
            | "now"
            | "nu"
    );
    !comparing && noun_follows && !predicative
}
