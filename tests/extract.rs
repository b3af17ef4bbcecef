//! Integration tests of claim extraction: one table per feature, in Dutch and English.
//! Every sentence here was written for these tests. Expected spans are written inline as
//! `[[…]]` and decoded by `common::decode_spans`.

mod common;

use chrono::NaiveDate;
use claimreader::extract::{
    ExtractConfig, Progress, clause, dates, detect_language, entities, extract_claims,
    extract_claims_observed, extract_claims_with, hedge, numbers, segment,
};
use claimreader::model::{Article, Claim, ClaimKind, EntityKind, Language};

fn article(text: &str, language: Language) -> Article {
    let mut article = Article::new("Test".to_owned(), text.to_owned(), language);
    article.published = NaiveDate::from_ymd_opt(2025, 3, 6);
    article
}

fn language_of(text: &str) -> Language {
    detect_language(text)
}

/// The claim whose quote is exactly `quote`.
fn claim_for<'a>(claims: &'a [Claim], quote: &str) -> &'a Claim {
    claims
        .iter()
        .find(|c| c.anchor.quote == quote)
        .unwrap_or_else(|| {
            let got: Vec<&str> = claims.iter().map(|c| c.anchor.quote.as_str()).collect();
            panic!("no claim {quote:?}; got {got:?}")
        })
}

#[test]
fn language_detection() {
    let table = [
        (
            "De minister zei dat het plan volgend jaar van start gaat.",
            Language::Dutch,
        ),
        (
            "The minister said the plan would start next year.",
            Language::English,
        ),
        ("Volgens het bedrijf is de fabriek klaar.", Language::Dutch),
        (
            "Prices rose and the company was pleased.",
            Language::English,
        ),
    ];
    for (text, expected) in table {
        assert_eq!(language_of(text), expected, "{text}");
    }
}

#[test]
fn segmentation() {
    let table = [
        // Abbreviations, decimals and thousands separators.
        "[[Het bedrijf verkocht o.a. 4,5 miljoen chips aan dhr. Peters voor 10.000 euro per stuk.]] [[Daarna daalde de koers.]]",
        "[[Mr. Okafor paid $10,000 for 4.5 tonnes, e.g. for the U.S. market.]] [[The deal closed on Monday.]]",
        // Ranges and quotes of every kind.
        "[[De prijs ligt tussen $10.000–$12.000.]] [[“Dat is te duur. Veel te duur”, zei een koper.]]",
        "[[‘We stoppen ermee’, aldus de directeur.]] [[«Niet zonder reden», schreef de krant.]]",
        "[[\"We will appeal. We have a strong case,\" the lawyer said.]] [[The judge disagreed.]]",
        // Ellipses and questions.
        "[[The talks stalled… for now.]] [[Will they resume?]] [[Nobody knows!]]",
        // Headlines and list lines without a full stop.
        "[[Waarom dit ertoe doet]]\n\n[[De haven groeide met 3 procent.]]\n[[Eerste punt zonder punt]]",
        "[[Bijv. in maart stegen de prijzen.]] [[Ook in april.]]",
        // A capitalised acronym before a full stop ends the sentence ("VS." is not "vs.").
        "[[De druk komt uit de VS.]] [[Volgens Reuters groeit die nog.]]",
        "[[Sales in the U.S. rose 4.5% to $1,200 million.]] [[Costs fell.]]",
        // A caption's photo credit ends the caption.
        "[[Workers at a plant in Penang (Photo: ANP)]] [[The plant reopened on Monday.]]",
        // Straight single quotes.
        "[['Het is klaar,' zei hij.]] [[Daarna ging hij naar huis.]]",
        // An abbreviation that is also a word ends a sentence before a capital.
        "[[De levering loopt maanden vertraging op.]] [[De prijs steeg.]] [[Zie op. cit. voor de bron.]]",
        // A straight single quote before a capital opens a sentence; an elision does not.
        "[[Carmakers lobbied for the increase.]] [['This is about fair competition,' she said.]]",
        // … and before a quotation that opens the next sentence.
        "[[De fabriek levert 2.000 banen op.]] [[„Dit is de grootste investering in jaren”, zei ze.]]",
        "[[Het besluit valt in no. 5 van de lijst.]] [[Dat wist de minister al.]] [[Hij zweeg.]]",
        // A quotation that closes after such a word ends there.
        "[[„Zo houdt niemand het lang vol.”]] [[De fabriek draait halve dagen.]]",
        // A wire dateline glued to the first sentence stands apart.
        "[[OSTBURG, Nov 14 (Reuters) -]] [[Orbix will open a plant in May.]] [[Costs rose.]]",
        "[[NEW HAVEN -]] [[Veldmeer sold its stake on Friday.]]",
        "[[PORT ARVEN (Nov 14) -]] [[The canal will close two locks.]]",
        "[[NEW OSTBURG, Veldland, Oct 15 (Reuters) -]] [[Four plants lost orders.]]",
        // A ship's prefix ("Zijner Majesteits").
        "[[De oplevering van Zr.Ms. Orka schuift op naar 2035.]] [[Hr.Ms. Walrus blijft langer varen.]]",
    ];
    for marked in table {
        let (text, expected) = common::decode_spans(marked);
        let got = segment::sentences(&text, Language::Dutch);
        assert_eq!(
            got,
            expected,
            "\n got: {}",
            common::encode_spans(&text, &got)
        );
    }
}

#[test]
fn clause_splitting() {
    let table = [
        // Contrast and concession: the connective is left between the claims.
        "[[De fabriek draait weer op volle toeren]], maar [[de vakbond dreigt met nieuwe stakingen.]]",
        "[[Het nieuwe model is twee keer zo zuinig]], hoewel [[de prijs met 20 procent is gestegen.]]",
        "[[Exports to the region rose sharply last year]], but [[imports fell for the third quarter.]]",
        // ", while" before a clause with its own subject; not when the second clause leans on
        // the first one's day, and not before a participle.
        "[[Exports of cells to Ostland jumped 31% from a year earlier]], while [[shipments to Veldmeer rose 12%.]]",
        "[[Orbix shares fell 3.1% in Veldstad on Friday, while Kestrel ended 1.4% higher.]]",
        "[[Orbix shares fell 18% on Thursday]], while [[trading in Kestrel has been suspended since Wednesday.]]",
        "[[The rules could shave 0.3 percentage point off growth, while easing the risk of tariffs.]]",
        // An opening concessive clause.
        "Hoewel [[de omzet met 5 procent daalde]], [[steeg de winst van Veldmeer.]]",
        "Although [[sales in Ostland fell sharply]], [[Orbix raised its forecast.]]",
        // The second clause has its own speaker.
        "[[Voor 2026 verwacht Orbix een omzet van 3 miljard euro]], maar [[analist Mara Venn waarschuwde dat Ostland minder zal afnemen.]]",
        // A short correction of a negated part is no claim of its own.
        "[[Het grootste risico zit volgens analisten niet in de fabriek van Orbix, maar in de toelevering.]]",
        // Coordinated main clauses.
        "[[The agency fined the airline $2 million]], and [[the airline said it would appeal.]]",
        "[[Drie gemeenten hadden al ingestemd met het plan]] en [[waren begonnen met de aanbesteding.]]",
        // A plan of the same subject splits off; a wish about what others should do does not.
        "[[Het bedrijf bouwt nu zo'n 120 drones per maand]] en [[wil dat aantal volgend jaar verdrievoudigen.]]",
        "[[GroenLinks en de SP noemen het bedrag te hoog en willen dat de Rekenkamer de afspraken doorlicht.]]",
        // A speaker that closes the first clause reports only that clause; a new subject
        // that speaks opens a claim of its own.
        "[[The rules take effect on Jan. 1, people familiar with the matter said]], although [[the statement gave no date.]]",
        "[[Dozens of buyers have reportedly stopped buying beans]], and [[several buyers told Reuters they had not been paid.]]",
        // A speaker that closes the first clause before ", and" and a new subject; others
        // speaking after ", and", ", en" or "but".
        "[[A second cargo is due next week, one of the people familiar with the matter said]], and [[the refinery is in talks with a buyer.]]",
        "[[The tariff ends in June 2026]], and [[two Ostland officials said it could halve imports.]]",
        "[[De prijs is sinds augustus met 8 procent gestegen]], en [[handelaar Tessa de Wit van Veldmeer verwacht dat de prijs verder stijgt.]]",
        "[[The growers' union welcomed the decision]] but [[said the tax should be scrapped.]]",
        // A Dutch past tense before its subject opens a clause.
        "[[In 2019 weigerde Ostland al drie zendingen]], en [[verdubbelde het land daarna het aantal controles.]]",
        // The reason for anonymity is no claim of its own.
        "[[Two officials, speaking on condition of anonymity because the talks were confidential, said Orbix had raised its offer.]]",
        // Semicolon.
        "[[The plant employs 900 people]]; [[a second site opens in May.]]",
        // Adjuncts that add their own event keep their first word.
        "[[De regering schrapte de subsidie]], [[waardoor tientallen projecten stil kwamen te liggen.]]",
        "[[The storm closed the port for two days]], [[forcing shippers to reroute cargo.]]",
        // Any participle opens such an adjunct, but not a preposition or a list item.
        "[[Ostland reimposed its ban on rice exports]], [[driving up prices in Veldmeer.]]",
        "[[The agency raised the fee on Monday, according to the filing.]]",
        "[[Orbix makes chips for cars, packaging and testing them in Penang.]]",
        // ", as" before a new subject adds its own event; "as part of" does not.
        "[[Ostland awarded Orbix a contract worth $4 billion]], [[as the cost of the network rose to $12 billion.]]",
        "[[Ostland will buy the jets from Orbix, as part of a deal signed in May.]]",
        // Not split: a reporting frame and its content.
        "[[De wethouder zei dat de bouw vertraging heeft, maar dat de kosten gelijk blijven.]]",
        "[[The mayor said that the budget was tight, but that no jobs would be cut.]]",
        // Not split: a shared opening attribution or a trailing one.
        "[[Volgens de krant stijgt de huur, maar blijven de lonen achter.]]",
        "[[Sales doubled, but margins shrank, the chief executive told investors.]]",
        "[[Orbix earned $2 billion in Ostland last year, and Veldmeer took a quarter of its exports, according to customs data.]]",
        "[[De export steeg met 5 procent, terwijl de invoer daalde, volgens het statistiekbureau.]]",
        // Not split inside a quotation.
        "[[“We groeien, maar we blijven voorzichtig en zuinig”, zei de bankdirecteur.]]",
        // Not split when a part would be too short.
        "[[It rained, but little.]]",
        // A new subject after ", en"/", and": a name, or a noun phrase with a modal.
        "[[Het kabinet verhoogt de accijns]], en [[Brussel onderzoekt de regeling.]]",
        "[[Ostland is een van de drie grootste producenten]], en [[staatsbedrijf Orbix was goed voor een vijfde van de export.]]",
        "[[The review could last six months]], and [[new tariffs may follow after that.]]",
        // A comma inside a number does not make the part before the cut a list item.
        "[[Ostland's battery sector employs 120,000 people]], and [[Orbix alone has 9,000 staff.]]",
        // Not split: a list of names.
        "[[Orbix, Veldmeer, and Kestrel Micro signed the deal in Geneva.]]",
        // The subject speaking again after ", and": a new frame, even after a first one.
        "[[Orbix estimates the plant will cost $2 billion]], and [[says it could open in 2028.]]",
        "[[De minister zei dat de kosten stijgen]], en [[zegt ook dat de planning houdt.]]",
        // Not split: an English reporting verb without "that" covers its content.
        "[[Osei said the plant was safe and had passed every inspection.]]",
        // Not split: after a relative clause the right part would lack a subject.
        "[[De Falcon is een chip die weinig stroom verbruikt en is gebaseerd op een ouder ontwerp.]]",
        // Not split: a route that goes on, and a consequence inside an expectation.
        "[[Ore will go by rail to Port Ostia, by ship to Veldhaven and then across the strait to Kestrel Bay.]]",
        "[[De directeur verwacht dat de kosten uit de reserves komen, waardoor de heffing niet hoeft te stijgen.]]",
        // A consequence after a plain statement is a claim of its own.
        "[[De vergunning geldt voor vijftien jaar]], [[waardoor het veld tot 2040 gas kan leveren.]]",
    ];
    for marked in table {
        let (text, expected) = common::decode_spans(marked);
        let got = clause::clauses(&text, 0..text.len());
        // Clause ends exclude the comma or semicolon before the connective.
        let got: Vec<_> = got
            .into_iter()
            .map(|r| {
                let piece = &text[r.clone()];
                r.start..r.start + piece.trim_end_matches([',', ';']).len()
            })
            .collect();
        assert_eq!(
            got,
            expected,
            "\n got: {}",
            common::encode_spans(&text, &got)
        );
    }
}

/// The rules' kind, without the kind model's second opinion.
fn rules_only() -> ExtractConfig {
    ExtractConfig {
        kind_model: false,
        ..ExtractConfig::default()
    }
}

/// The precedence of the kind rules (`src/extract/kind.rs`), without the kind model.
#[test]
fn kinds() {
    let table = [
        // A figure set against its own past: the figure is the point. Without a figure of
        // its own, or against something else, it is a comparison.
        (
            "Vorig jaar boekte Orbix een omzet van 1,24 miljard euro, 8,5 procent meer dan in 2023.",
            Language::Dutch,
            ClaimKind::Quantity,
        ),
        (
            "The energy ministry says 54 smelters are now operating, twice as many as in 2021.",
            Language::English,
            ClaimKind::Quantity,
        ),
        (
            "That is nearly twice as many as in 2024, when 11 container ships made the crossing.",
            Language::English,
            ClaimKind::Comparison,
        ),
        (
            "Orbix sold 212,000 vehicles last year, twice as many as its nearest rival Veldmark.",
            Language::English,
            ClaimKind::Comparison,
        ),
        // An estimate of a figure is a quantity, unless a deadline is the point.
        (
            "Analysts at Kalder Research estimate the curbs could cut Orbix's revenue by as much as $700 million.",
            Language::English,
            ClaimKind::Quantity,
        ),
        (
            "She estimated that prices could climb another 10% by the end of March.",
            Language::English,
            ClaimKind::Prediction,
        ),
        // A figure after an indefinite article only says which thing the event was about.
        (
            "Orbix signed a $420 million contract with Veldmark on Tuesday.",
            Language::English,
            ClaimKind::Event,
        ),
        // Doubting and disputing are stances.
        (
            "Analysts at Kalder Research doubt it.",
            Language::English,
            ClaimKind::Attribution,
        ),
        (
            "Orbix bestrijdt dat zijn apparatuur een veiligheidsrisico vormt voor Europese netwerken.",
            Language::Dutch,
            ClaimKind::Attribution,
        ),
        // "more than" right before what is compared compares; before a number it rounds.
        (
            "Wafers made in Ostland could cost 30% to 50% more than those from Veldmark.",
            Language::English,
            ClaimKind::Comparison,
        ),
        (
            "Prices of the part rose by more than half.",
            Language::English,
            ClaimKind::Quantity,
        ),
        // A licence or ban in a Dutch compound is a decision.
        (
            "Vanaf maart hebben telers een exportvergunning nodig voor zaaigoed van Voltaro.",
            Language::Dutch,
            ClaimKind::Decision,
        ),
        (
            "Het ministerie ontmoedigt gemeenten om nog zonnevelden op landbouwgrond aan te leggen.",
            Language::Dutch,
            ClaimKind::Decision,
        ),
        (
            "Ostland's regulator has told the country's largest battery makers to stop using cobalt.",
            Language::English,
            ClaimKind::Decision,
        ),
        (
            "According to the paper, the Trade Council gave the instruction to Orbix and Veldmeer.",
            Language::English,
            ClaimKind::Decision,
        ),
        (
            "The Trade Council is preparing a rule on battery recycling for Ostland.",
            Language::English,
            ClaimKind::Prediction,
        ),
        // Bare counts, time frames and product specifications are not the point.
        (
            "Two diplomats met the Orbix board in Ostland.",
            Language::English,
            ClaimKind::Event,
        ),
        (
            "Veldmeer heeft de afgelopen twee jaar grote voorraden aangelegd in Tilburg.",
            Language::Dutch,
            ClaimKind::Event,
        ),
        // Participles without "ge-" ("verstrekt", "besloten" is a decision word).
        (
            "Staatsbanken zouden Veldmeer goedkope leningen hebben verstrekt.",
            Language::Dutch,
            ClaimKind::Event,
        ),
        (
            "De Kestrel van Orbix wordt gemaakt op een proces van 5 nanometer en bevat 48 gigabyte geheugen.",
            Language::Dutch,
            ClaimKind::Other,
        ),
        // A superlative or "comparable" that only describes a noun gives way to a
        // decision or a number; a predicative one is the comparison.
        (
            "De provincie keurde vergelijkbare steun voor Veldmeer in Tilburg goed.",
            Language::Dutch,
            ClaimKind::Decision,
        ),
        (
            "Orbix makes about 70% of the world's most advanced battery cells.",
            Language::English,
            ClaimKind::Quantity,
        ),
        (
            "De boete is de hoogste die Ostland ooit aan Orbix heeft opgelegd.",
            Language::Dutch,
            ClaimKind::Comparison,
        ),
        // A measured duration is.
        (
            "The Orbix recall took about a year to complete.",
            Language::English,
            ClaimKind::Quantity,
        ),
        (
            "De omzet van Veldmeer steeg in het derde kwartaal met 14 procent.",
            Language::Dutch,
            ClaimKind::Quantity,
        ),
        (
            "Orbix shares fell 6% on Tuesday.",
            Language::English,
            ClaimKind::Quantity,
        ),
        (
            "De nieuwe accu van Voltaro is drie keer krachtiger dan de vorige.",
            Language::Dutch,
            ClaimKind::Comparison,
        ),
        (
            "The Kestrel chip is faster than anything Orbix sells.",
            Language::English,
            ClaimKind::Comparison,
        ),
        (
            "Het ministerie van Landbouw heeft de verkoop van het middel verboden.",
            Language::Dutch,
            ClaimKind::Decision,
        ),
        (
            "The Trade Council ordered Orbix to stop shipments to Ostland.",
            Language::English,
            ClaimKind::Decision,
        ),
        (
            "Orbix will launch the chip in the fourth quarter of 2026.",
            Language::English,
            ClaimKind::Prediction,
        ),
        (
            "Veldmeer zal de fabriek in Tilburg volgend jaar sluiten.",
            Language::Dutch,
            ClaimKind::Prediction,
        ),
        (
            "“We hebben deze crisis niet zien aankomen”, zei topman Ruud Smeets van Veldmeer.",
            Language::Dutch,
            ClaimKind::Quote,
        ),
        (
            "Orbix denied that its chips were sold to Ostland.",
            Language::English,
            ClaimKind::Attribution,
        ),
        (
            "Veldmeer heeft de productie in Tilburg hervat.",
            Language::Dutch,
            ClaimKind::Event,
        ),
        (
            "Orbix met officials of the Trade Council in Geneva.",
            Language::English,
            ClaimKind::Event,
        ),
        (
            "De Kestrel-chip van Orbix is gebouwd op de Falcon-architectuur.",
            Language::Dutch,
            ClaimKind::Other,
        ),
        // "as early as" is not a comparison; a possible future decision is a forecast.
        (
            "Ostland could impose export permits on Orbix as early as next month.",
            Language::English,
            ClaimKind::Prediction,
        ),
        (
            "Tariffs on Orbix chips may be imposed after six months.",
            Language::English,
            ClaimKind::Prediction,
        ),
        // A Dutch superlative; "overtreding" is not "overtreffen".
        (
            "Veldmeer is de grootste leverancier van Orbix in Ostland.",
            Language::Dutch,
            ClaimKind::Comparison,
        ),
        (
            "Een boete voor overtreding kan voor Orbix oplopen tot 2 miljoen euro.",
            Language::Dutch,
            ClaimKind::Quantity,
        ),
        (
            "Orbix hosts more data-centre capacity than Veldmeer.",
            Language::English,
            ClaimKind::Comparison,
        ),
        // A quoted phrase inside indirect speech is not a direct quotation.
        (
            "Een woordvoerder van Orbix zei dat het bedrijf „geen enkele chip naar Ostland heeft verkocht”.",
            Language::Dutch,
            ClaimKind::Attribution,
        ),
        (
            "Ostland tightened export controls on gallium last month.",
            Language::English,
            ClaimKind::Decision,
        ),
        // An announced decision is a decision; only a possible one is a forecast.
        (
            "Ostland will require licences for gallium exports from March, the trade council said.",
            Language::English,
            ClaimKind::Decision,
        ),
        (
            "Ostland may ban gallium exports to Kestrel from March, the trade council said.",
            Language::English,
            ClaimKind::Prediction,
        ),
        // A modal before a perfect speaks of the past.
        (
            "The recall may have cost Orbix $40 million, analysts estimated.",
            Language::English,
            ClaimKind::Quantity,
        ),
        // A stance verb in a trailing attribution does not make the content a stance.
        (
            "Most of the contracts went to Orbix and Veldmeer, two people familiar with the tender told the paper.",
            Language::English,
            ClaimKind::Other,
        ),
        (
            "Veldmeer, which makes batteries in Tilburg, welcomed the ruling in a statement.",
            Language::English,
            ClaimKind::Attribution,
        ),
        // A quotation inside indirect speech is the speaker's stance, also at the end of
        // the sentence; one that opens it is a quote.
        (
            "Topvrouw Sanne de Wit noemde het besluit “een klap voor de tweehonderd mensen in Tilburg”.",
            Language::Dutch,
            ClaimKind::Attribution,
        ),
        (
            "Volgens Ostland heeft Orbix „de veiligheidsbelangen van het land ernstig geschaad”.",
            Language::Dutch,
            ClaimKind::Attribution,
        ),
        (
            "“Dit is een klap voor de tweehonderd mensen in Tilburg”, zei Sanne de Wit.",
            Language::Dutch,
            ClaimKind::Quote,
        ),
        (
            "Het kabinet hield vorig jaar drie buitenlandse overnames tegen.",
            Language::Dutch,
            ClaimKind::Decision,
        ),
        (
            "A court in Kestrel sentenced a former Orbix engineer for leaking designs.",
            Language::English,
            ClaimKind::Event,
        ),
        // A worry is a stance, even about the future.
        (
            "Topvrouw Sanne de Wit vreest dat klanten in Ostland zullen overstappen naar Orbix.",
            Language::Dutch,
            ClaimKind::Attribution,
        ),
        (
            "Ostland voerde vorig jaar vergelijkbare regels in voor de export van gallium.",
            Language::Dutch,
            ClaimKind::Decision,
        ),
        (
            "Ostland will restrict exports of battery cells from March, the trade council said.",
            Language::English,
            ClaimKind::Decision,
        ),
        // A warning with a number: the number is the point.
        (
            "Veldmeer's suppliers have warned that the curbs could cut output by up to 30%.",
            Language::English,
            ClaimKind::Quantity,
        ),
        // "heeft tot" is a deadline only before a date.
        (
            "Orbix zegt dat het „geen toegang heeft tot de besturing van voertuigen” in Ostland.",
            Language::Dutch,
            ClaimKind::Attribution,
        ),
        // Listing a company is a decision; weighing one is a plan.
        (
            "The Trade Council added Orbix and 11 of its subsidiaries to the entity list on Tuesday.",
            Language::English,
            ClaimKind::Decision,
        ),
        (
            "Ostland officials are weighing restrictions on older batteries, two people familiar with the matter said.",
            Language::English,
            ClaimKind::Prediction,
        ),
        // Only possible, with nothing else to go by: a forecast.
        (
            "Mogelijk kan een fabriek in Ostland vanaf 2027 een deel van het tekort opvangen.",
            Language::Dutch,
            ClaimKind::Prediction,
        ),
        // A rounded count is the point of its claim.
        (
            "Ostland telt zo'n twintig bedrijven die batterijen maken voor Orbix.",
            Language::Dutch,
            ClaimKind::Quantity,
        ),
        // A plan reported in the past's future is a plan; an announced restriction a
        // decision; a stance beside it stays a stance.
        (
            "Veldmeer's lawyer said the company would appeal against the ruling.",
            Language::English,
            ClaimKind::Prediction,
        ),
        (
            "Ostland's trade ministry said on Monday that it would require permits for battery exports.",
            Language::English,
            ClaimKind::Decision,
        ),
        (
            "The Trade Council called the ruling \"a mistake\" and said it would respond.",
            Language::English,
            ClaimKind::Attribution,
        ),
        // A stance in the speaker's own quoted words, or a short quoted judgement.
        (
            "Ostland's trade ministry said it \"firmly opposes\" the ban and would take \"all necessary measures\".",
            Language::English,
            ClaimKind::Attribution,
        ),
        (
            "Analist Mara Venn van ING schreef dat de orders van Orbix ‘teleurstellend’ waren, maar dat de vraag naar haar verwachting in 2026 herstelt.",
            Language::Dutch,
            ClaimKind::Attribution,
        ),
        // A named person's view of a state, and a possibility someone voiced.
        (
            "Volgens onderzoeker Mara Venn van de Universiteit Leiden is het risico voor Orbix reëel.",
            Language::Dutch,
            ClaimKind::Attribution,
        ),
        (
            "Ilse Ward, an analyst at Kalder Insights, wrote in a note that the checks could be bypassed.",
            Language::English,
            ClaimKind::Attribution,
        ),
        // A figure for later is a forecast, also when only a later year says so.
        (
            "Het bedrijf rekent op een omzetverlies van 12 tot 15 miljoen euro.",
            Language::Dutch,
            ClaimKind::Prediction,
        ),
        (
            "Volgens de toezichthouder komt het aandeel van Ostland in 2030 uit op 11 procent.",
            Language::Dutch,
            ClaimKind::Prediction,
        ),
        // A figure for later is a forecast.
        (
            "Ostland could account for 8% of Orbix's battery revenue by 2027.",
            Language::English,
            ClaimKind::Prediction,
        ),
        // A statement tied to a date before publication tells what happened.
        (
            "The bill cleared the Ostland trade committee in February.",
            Language::English,
            ClaimKind::Event,
        ),
        // A state since a date is no event; a perfect with a strong participle is.
        (
            "Orbix staat sinds 2020 op de lijst van Ostland.",
            Language::Dutch,
            ClaimKind::Other,
        ),
        (
            "Het ministerie heeft donderdagochtend de ambassadeur van Ostland ontboden.",
            Language::Dutch,
            ClaimKind::Event,
        ),
        // Rules that take effect and proposals are decisions.
        (
            "The Ostland Trade Council on Thursday proposed origin checks on imported batteries.",
            Language::English,
            ClaimKind::Decision,
        ),
        // Advice from an authority, ending a partnership and what a plan obliges are
        // decisions.
        (
            "Het loket adviseerde vorige maand de samenwerking met Orbix niet voort te zetten.",
            Language::Dutch,
            ClaimKind::Decision,
        ),
        (
            "De Universiteit van Ostburg zet per direct een punt achter haar samenwerking met Orbix.",
            Language::Dutch,
            ClaimKind::Decision,
        ),
        (
            "Under the plan, importers of Ostland batteries would have to certify where the cells were made.",
            Language::English,
            ClaimKind::Decision,
        ),
        // Opening an inquiry, listing a company and committing to buy are decisions.
        (
            "Ostburg police have opened a separate inquiry into Veldmeer.",
            Language::English,
            ClaimKind::Decision,
        ),
        (
            "Ostland heeft batterijmaker Voltaris op zijn lijst van ‘onbetrouwbare bedrijven’ gezet.",
            Language::Dutch,
            ClaimKind::Decision,
        ),
        // A prohibition, a deadline and the terms of a deal are decisions.
        (
            "Sinds 1 december mag Ostland het metaal niet meer naar Orbix uitvoeren.",
            Language::Dutch,
            ClaimKind::Decision,
        ),
        (
            "The regulator has given Orbix until Dec. 15 to hand over its sales data.",
            Language::English,
            ClaimKind::Decision,
        ),
        (
            "Under the deal, Ostland suppliers will keep three months of stock in Veldmeer's depots.",
            Language::English,
            ClaimKind::Decision,
        ),
        // Worrying is a stance; "vindt plaats" is no view.
        (
            "Ook de gemeente Veldhoven maakt zich zorgen over de banen.",
            Language::Dutch,
            ClaimKind::Attribution,
        ),
        (
            "De rechtszaak tegen Orbix vindt volgende week plaats in Den Haag.",
            Language::Dutch,
            ClaimKind::Prediction,
        ),
        // A decision in a subordinate clause only dates the main one; a comparison or an
        // event in the main clause is the point. "since March" opens no clause.
        (
            "Ostland has become the largest buyer of Orbix tools since Veldmeer restricted its exports.",
            Language::English,
            ClaimKind::Comparison,
        ),
        (
            "The two firms fell out in 2019, when Ostland blocked the merger of their units.",
            Language::English,
            ClaimKind::Event,
        ),
        (
            "Ostland has blocked every sale of Orbix tools to Veldmeer since March.",
            Language::English,
            ClaimKind::Decision,
        ),
        // Halting, suspending, designating and ordering an inquiry are decisions.
        (
            "Orbix heeft vorige week de verkoop van nieuwe licenties stilgelegd.",
            Language::Dutch,
            ClaimKind::Decision,
        ),
        (
            "Among the vessels designated were the Ostland-flagged Lark and the Veldmeer Star.",
            Language::English,
            ClaimKind::Decision,
        ),
        (
            "Het kabinet laat onderzoeken of de kranen van Orbix een risico vormen.",
            Language::Dutch,
            ClaimKind::Decision,
        ),
        (
            "De toezichthouder heeft haar eerste handhavingsonderzoek naar Orbix gestart.",
            Language::Dutch,
            ClaimKind::Decision,
        ),
        // A superlative after a copula is the point, even before a noun.
        (
            "Rotterdam is de grootste containerhaven van Europa, met 14 miljoen containers.",
            Language::Dutch,
            ClaimKind::Comparison,
        ),
        // A contract's term is not the point of the claim.
        (
            "Ostland heeft een contract gesloten met Orbix voor een periode van vijftien jaar.",
            Language::Dutch,
            ClaimKind::Event,
        ),
        (
            "Orbix en Ostland tekenden dinsdag het contract, na ruim anderhalf jaar onderhandelen.",
            Language::Dutch,
            ClaimKind::Event,
        ),
        // "Meer dan 40 procent", "as much as 1.2%": a bound on a number, not a comparison.
        (
            "Insurers have raised premiums for the strait to as much as 0.25% of a ship's value.",
            Language::English,
            ClaimKind::Quantity,
        ),
        (
            "Tientallen klanten van Orbix wachten langer dan twee maanden op een levering.",
            Language::Dutch,
            ClaimKind::Quantity,
        ),
        (
            "Orbix is now 2,5 keer zo snel als zijn voorganger.",
            Language::Dutch,
            ClaimKind::Comparison,
        ),
        // Choosing and ruling are decisions; speaking of something is a stance.
        (
            "Het kabinet koos in maart 2024 voor het ontwerp van Orbix.",
            Language::Dutch,
            ClaimKind::Decision,
        ),
        (
            "The Commerce Department on Thursday ruled that panels assembled in Ostland from Orbix cells are circumventing duties of 254%.",
            Language::English,
            ClaimKind::Decision,
        ),
        (
            "Branchevereniging Staalunie spreekt van „een broodnodige stap”.",
            Language::Dutch,
            ClaimKind::Attribution,
        ),
        // A level reached compares; so does a record or a high of some years.
        (
            "Rice prices in Ostland sank to their lowest level in nine years.",
            Language::English,
            ClaimKind::Comparison,
        ),
        (
            "The earlier ban, imposed by Ostland in 2023, pushed prices to a 15-year high.",
            Language::English,
            ClaimKind::Comparison,
        ),
        // Bans worded "mogen geen … meer", levies, awards and lowered limits are decisions.
        (
            "Ambtenaren van Ostland mogen vanaf 1 mei geen apps van Orbix meer gebruiken.",
            Language::Dutch,
            ClaimKind::Decision,
        ),
        (
            "Ostland heft vanaf woensdag een heffing van 15,6 procent op staal van Orbix.",
            Language::Dutch,
            ClaimKind::Decision,
        ),
        (
            "The Ostland Commission on Thursday awarded contracts worth 4.1 billion euros to Orbix.",
            Language::English,
            ClaimKind::Decision,
        ),
        // A decision only considered or intended is a plan.
        (
            "Het kabinet van Ostland overweegt het verbod op Orbix uit te breiden naar gemeenten.",
            Language::Dutch,
            ClaimKind::Prediction,
        ),
        // "than expected" measures against a forecast; it is not one.
        (
            "A weaker-than-expected harvest cut Ostland's rice output by 6% last year.",
            Language::English,
            ClaimKind::Quantity,
        ),
        // A date some weeks ahead makes a figure a forecast.
        (
            "De rechtbank in Ostland doet over zes weken uitspraak in de zaak tegen Orbix.",
            Language::Dutch,
            ClaimKind::Prediction,
        ),
        // Agreeing, placing under supervision, putting on hold and "mag geen" decide.
        (
            "De NAVO-landen spraken in juni af dat zij uiterlijk in 2035 3,5 procent aan defensie uitgeven.",
            Language::Dutch,
            ClaimKind::Decision,
        ),
        (
            "De minister heeft chipmaker Orbix onder tijdelijk staatstoezicht geplaatst.",
            Language::Dutch,
            ClaimKind::Decision,
        ),
        (
            "Two suppliers of Orbix have put their expansion plans in Ostland on hold.",
            Language::English,
            ClaimKind::Decision,
        ),
        (
            "Door het besluit mag Orbix de komende twaalf maanden geen fabrieken verkopen.",
            Language::Dutch,
            ClaimKind::Decision,
        ),
        // "uiterlijk" sets a deadline ahead.
        (
            "De evaluatie van het Orbix-contract verschijnt uiterlijk in april.",
            Language::Dutch,
            ClaimKind::Prediction,
        ),
        // Pleading for something is a stance.
        (
            "JA21 en de PVV pleiten ervoor het geld voor Orbix te halen uit ontwikkelingshulp.",
            Language::Dutch,
            ClaimKind::Attribution,
        ),
        // Blaming and rejecting are stances.
        (
            "Ostland has blamed the slump on rapid output growth at Orbix mines.",
            Language::English,
            ClaimKind::Attribution,
        ),
        // What a standing rule allows or requires is background, figures and all; new
        // rules are a decision.
        (
            "Under EU competition rules, the Commission can fine companies up to 10% of their global turnover.",
            Language::English,
            ClaimKind::Other,
        ),
        (
            "Onder de Europese staatssteunregels kan een lidstaat getroffen kwekers tot 40.000 euro per bedrijf geven.",
            Language::Dutch,
            ClaimKind::Other,
        ),
        (
            "Volgens de regels moet Ostland een aanvraag binnen 45 werkdagen afhandelen.",
            Language::Dutch,
            ClaimKind::Other,
        ),
        (
            "Under the new rules, which take effect on Nov. 15, importers must obtain a permit for any consignment of more than 50 accelerators.",
            Language::English,
            ClaimKind::Decision,
        ),
    ];
    let mut wrong = Vec::new();
    for (text, language, expected) in table {
        let claims = extract_claims_with(&article(text, language), &rules_only());
        let claim = claims
            .first()
            .unwrap_or_else(|| panic!("no claim in {text:?}"));
        if claim.kind != expected {
            wrong.push(format!("{text}: {:?} not {expected:?}", claim.kind));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {}:\n{}",
        wrong.len(),
        table.len(),
        wrong.join("\n")
    );
}

/// Where the kind model (`src/extract/kind_model.rs`, trained on the annotators' labels)
/// overrules the rules, and says why: the kind the rules give, the kind the model gives.
#[test]
fn kind_model_corrections() {
    let table = [
        // A person's view of a state is their assessment.
        (
            "Volgens Jansen is de fabriek bereid haar boeken te openen voor de inspectie.",
            Language::Dutch,
            ClaimKind::Other,
            ClaimKind::Attribution,
        ),
        (
            "Het ministerie liet in een eerste reactie weten de Britse stap onverstandig te vinden.",
            Language::Dutch,
            ClaimKind::Other,
            ClaimKind::Attribution,
        ),
        (
            "Een verbod is daarbij volgens minister Jansen niet uitgesloten.",
            Language::Dutch,
            ClaimKind::Decision,
            ClaimKind::Attribution,
        ),
        // What a rule allows in general is background, not a decision taken.
        (
            "Voorlopige heffingen kunnen al na zes maanden worden opgelegd.",
            Language::Dutch,
            ClaimKind::Decision,
            ClaimKind::Other,
        ),
        // A request made is an event.
        (
            "Port officials also asked Ostland to share its cargo manifests in real time.",
            Language::English,
            ClaimKind::Other,
            ClaimKind::Event,
        ),
        // What happened, told by someone, is an event with a source.
        (
            "The cable was cut on Tuesday near the island of Veldoy, the coast guard said.",
            Language::English,
            ClaimKind::Attribution,
            ClaimKind::Event,
        ),
    ];
    let mut wrong = Vec::new();
    for (text, language, rules, model) in table {
        let article = article(text, language);
        let by_rules = extract_claims_with(&article, &rules_only());
        let by_model = extract_claims(&article);
        let (Some(by_rules), Some(by_model)) = (by_rules.first(), by_model.first()) else {
            wrong.push(format!("{text}: no claim"));
            continue;
        };
        let reason = format!("kind {} rather than {}: ", model.as_str(), rules.as_str());
        if by_rules.kind != rules
            || by_model.kind != model
            || !by_model.reasons.iter().any(|r| r.starts_with(&reason))
        {
            wrong.push(format!(
                "{text}: rules {:?}, model {:?}, reasons {:?}",
                by_rules.kind, by_model.kind, by_model.reasons
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The features the kind model is trained on are those it sees at run time: the same
/// claims, in the same order, with the rules' kind.
#[test]
fn kind_features_come_with_the_rules_claims() {
    let text = "Orbix sold 212,000 vehicles last year. The cable was cut on Tuesday near \
        Veldoy, the coast guard said. Port officials also asked Ostland to share its cargo \
        manifests in real time.";
    let article = article(text, Language::English);
    let traced = claimreader::extract::extract_kind_features(&article);
    let by_rules = extract_claims_with(&article, &rules_only());
    assert_eq!(traced.len(), by_rules.len());
    assert!(traced.len() >= 3, "{traced:?}");
    for ((claim, features), plain) in traced.iter().zip(&by_rules) {
        assert_eq!(claim, plain);
        let rule = format!("rule={}", claim.kind.as_str());
        assert!(features.contains(&rule), "{rule} in {features:?}");
        assert!(features.iter().any(|f| f == "bias"), "{features:?}");
    }
}

/// Where the claim model (`src/extract/claim_model.rs`, trained on the annotators' labels)
/// decides on a clause the rules are unsure of, and says so in its reasons: framing that
/// names someone, which the rules keep, and plain facts without a name or figure, which
/// they drop.
#[test]
fn claim_model_decides_thin_clauses() {
    let rules = ExtractConfig {
        claim_model: false,
        ..ExtractConfig::default()
    };
    let table = [
        (
            "The timing is awkward for Norvik.",
            Language::English,
            false,
        ),
        (
            "The dispute comes at a delicate moment for Tallinn.",
            Language::English,
            false,
        ),
        (
            "In de Tweede Kamer groeit de onrust.",
            Language::Dutch,
            false,
        ),
        (
            "Private lenders have already swapped their old loans for new ones.",
            Language::English,
            true,
        ),
        (
            "Het bedrijf assembleert de fietsen zelf.",
            Language::Dutch,
            true,
        ),
        (
            "Het contract bevat een boeteclausule voor late levering.",
            Language::Dutch,
            true,
        ),
    ];
    let mut wrong = Vec::new();
    for (text, language, claim) in table {
        let article = article(text, language);
        let by_rules = extract_claims_with(&article, &rules);
        let by_model = extract_claims(&article);
        let reasoned = by_model
            .iter()
            .all(|c| c.reasons.iter().any(|r| r.starts_with("claim model ")));
        if by_rules.is_empty() != claim || by_model.is_empty() == claim || !reasoned {
            wrong.push(format!(
                "{text}: rules {:?}, model {:?}",
                by_rules
                    .iter()
                    .map(|c| (c.score, &c.reasons))
                    .collect::<Vec<_>>(),
                by_model
                    .iter()
                    .map(|c| (c.score, &c.reasons))
                    .collect::<Vec<_>>()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A clause one of the rules' penalties hit is left to the rules: the model, which would
/// keep this interpretation of motive (0.68 when it was asked), does not rescue it.
#[test]
fn claim_model_leaves_penalised_clauses_to_the_rules() {
    let text = "Orbix wil daarmee zijn positie in Azië versterken.";
    let claims = extract_claims(&article(text, Language::Dutch));
    assert!(claims.is_empty(), "{claims:?}");
    let all = ExtractConfig {
        min_score: 0.0,
        ..ExtractConfig::default()
    };
    let claims = extract_claims_with(&article(text, Language::Dutch), &all);
    let reasons = claims
        .first()
        .map(|c| c.reasons.clone())
        .unwrap_or_default();
    assert!(
        reasons.iter().any(|r| r == "− interpretation of motive")
            && !reasons.iter().any(|r| r.starts_with("claim model")),
        "{reasons:?}"
    );
}

/// The claim model's training data: the clauses in its band, each with its rule score and
/// the features it is scored on.
#[test]
fn claim_features_cover_the_band() {
    let text = "The timing is awkward for Norvik. Private lenders have already swapped their \
        old loans for new ones. Orbix sold 212,000 vehicles in 2024, 8% more than Veldmeer.";
    let traced = claimreader::extract::extract_claim_features(&article(text, Language::English));
    let quotes: Vec<&str> = traced
        .iter()
        .map(|(c, _)| c.anchor.quote.as_str())
        .collect();
    assert!(
        quotes.contains(&"The timing is awkward for Norvik."),
        "{quotes:?}"
    );
    assert!(
        quotes.contains(&"Private lenders have already swapped their old loans for new ones."),
        "{quotes:?}"
    );
    // A clause with a figure, names, a date and a comparison is above the band.
    assert!(!quotes.iter().any(|q| q.contains("212,000")), "{quotes:?}");
    for (claim, features) in &traced {
        let score = format!("score={:.2}", claim.score);
        assert!(features.contains(&score), "{score} in {features:?}");
        assert!(
            features.iter().any(|f| f.starts_with("w0=")),
            "{features:?}"
        );
    }
}

#[test]
fn sources() {
    // The marked sentence is the claim whose source is checked.
    let table = [
        (
            "[[Volgens Reuters heeft Orbix de levering stopgezet.]]",
            Language::Dutch,
            Some("Reuters"),
        ),
        // A Dutch relative clause puts who sent the figures before its verb.
        (
            "[[De Marechaussee controleerde dit jaar 9.200 bussen.]] Dat blijkt uit cijfers die het ministerie van Justitie en Veiligheid maandag naar de Tweede Kamer heeft gestuurd.",
            Language::Dutch,
            Some("ministerie van Justitie en Veiligheid"),
        ),
        // A form of address ("Dr.", "Ms.", "dhr.") is no part of the speaker's name.
        (
            "[[\"The levy will hurt our members far more than it hurts importers,\" said Dr. Tomas Ruel, an economist in Lyon.]]",
            Language::English,
            Some("Tomas Ruel"),
        ),
        (
            "[[\"We will take this to the courts,\" Ms. Okafor said.]]",
            Language::English,
            Some("Okafor"),
        ),
        (
            "[[De haven kan dit jaar 6.000 schepen verwerken, zegt dhr. Bakker van de havenraad.]]",
            Language::Dutch,
            Some("Bakker"),
        ),
        (
            "[[Volgens dhr. Smits zouden drie bedrijven zonder vergunning hebben geboord.]]",
            Language::Dutch,
            Some("Smits"),
        ),
        // After a first name and a surname, "van de …" is where the speaker works.
        (
            "[[Het grondwater daalt elk jaar, zegt hydroloog Pieter Bakker van de Stichting Waterbeheer.]]",
            Language::Dutch,
            Some("Pieter Bakker"),
        ),
        // A first name ending like a demonym ("Jan", "Stefan") before a particle.
        (
            "[[De fabriek sluit in mei, zegt Jan de Boer van de ondernemingsraad.]]",
            Language::Dutch,
            Some("Jan de Boer"),
        ),
        // A possessive name opens a body written in lowercase.
        (
            "[[Rice shipments rose 12% in October, according to Vietnam's agriculture ministry.]]",
            Language::English,
            Some("Vietnam's agriculture ministry"),
        ),
        // Where a firm is based is not the firm.
        (
            "[[Rotterdam-based Maasland Ports International will spend $90 million on new cranes, the company said.]]",
            Language::English,
            Some("Maasland Ports International"),
        ),
        // A name and its description before "said": the subject speaks, and what follows
        // the verb is what was said.
        (
            "[[Petra Lind, an analyst at Oslo-based Nordfjell Research, said winter demand still takes most of the gas.]]",
            Language::English,
            Some("Petra Lind"),
        ),
        (
            "[[Trucking a container to the coast costs $900, two freight forwarders said.]]",
            Language::English,
            Some("unnamed freight forwarders"),
        ),
        // A possessive before the body's name; a name and a role set off by commas at
        // the end; a role with a relative clause of its own; straight single quotes.
        (
            "[[Ostland pumped a record 712,000 barrels a day in September, the country's Ministry of Energy said.]]",
            Language::English,
            Some("Ministry of Energy"),
        ),
        (
            "[[A full withdrawal could add $5 in duties to a jacket, Lim Vannak, the federation's secretary-general, told Reuters.]]",
            Language::English,
            Some("Lim Vannak"),
        ),
        (
            "[[Rohan Dias, managing director of exporter Highgrove Teas, which ships about 12,000 tonnes a year, told Reuters the barter had lifted prices.]]",
            Language::English,
            Some("Rohan Dias"),
        ),
        (
            "[['This is about fair competition,' Deputy Trade Minister Helena Barros told reporters.]]",
            Language::English,
            Some("Helena Barros"),
        ),
        // "liet zijn klanten weten": whom it told, not who told them.
        (
            "[[Zuiderzee Pharma liet zijn afnemers vorige week weten dat de prijs met 8 procent stijgt.]]",
            Language::Dutch,
            Some("Zuiderzee Pharma"),
        ),
        // "stelt … vast" sets something; it states nothing.
        (
            "[[Den Haag stelt de nieuwe lijst pas in januari vast.]]",
            Language::Dutch,
            None,
        ),
        // "the spokesperson" and "the trader" again: the speaker described before.
        (
            "A spokesperson for Veldland's Ministry of Transport said the line is planned. [[Construction could start in 2027, the spokesperson added.]]",
            Language::English,
            Some("unnamed spokesperson (Veldland's Ministry of Transport)"),
        ),
        (
            "A spokesperson for the ministry said the line is planned. Discounts may end in 2026, a Geneva-based metals trader said. Can Ostburg win the cargo back? [[Congestion at the border also weighs on the route, he said.]]",
            Language::English,
            Some("unnamed metals trader"),
        ),
        // A verb inside the quotation is what was said.
        (
            "Marieke Veldkamp is boos. [[„Wie hier dertig jaar heeft gestaan, vindt niet zomaar ander werk”, zegt ze.]]",
            Language::Dutch,
            Some("Marieke Veldkamp"),
        ),
        // A preposition after the verb opens what is expected.
        (
            "[[Cruise Port Veldhaven, de exploitant van de terminal, verwacht voor 2026 zo’n 130 aanlopen.]]",
            Language::Dutch,
            Some("Cruise Port Veldhaven"),
        ),
        // "laat … meewegen" is no "laat weten".
        (
            "[[De nieuwe aanbesteding, die Orbix op 9 september publiceerde, laat de prijs voortaan voor 70 procent meewegen.]]",
            Language::Dutch,
            None,
        ),
        // A document seen by an outlet, as written.
        (
            "[[The deal covers 9,000 tons a year, according to a company presentation seen by Reuters.]]",
            Language::English,
            Some("company presentation seen by Reuters"),
        ),
        // "Dat heeft X … laten weten": a sourcing sentence in the perfect; "de directie"
        // is the company's.
        (
            "[[Glasproducent Vitralux legt een oven in Veldstad stil.]] Dat heeft het bedrijf dinsdagavond aan het personeel laten weten.",
            Language::Dutch,
            Some("Vitralux"),
        ),
        (
            "Glasproducent Vitralux legt een oven in Veldstad stil. [[De directie wijst op de hoge gasprijs.]]",
            Language::Dutch,
            Some("Vitralux"),
        ),
        // A generic noun that was the head of a name, before the firm named last.
        (
            "Het Havenbedrijf Veldhaven en de rederij Orbix Lines liggen overhoop. Orbix Lines wil veertig jaar. [[“Wij komen eruit”, zegt een woordvoerder van het havenbedrijf.]]",
            Language::Dutch,
            Some("unnamed woordvoerder (Havenbedrijf Veldhaven)"),
        ),
        (
            "Drie ziekenhuizen kopen in via de coöperatie Inkoopcombinatie Veldland (ICV). Huaxin Medical is groot. De scanners zijn oud; [[volgens de coöperatie valt een deel vanaf 2027 buiten het contract.]]",
            Language::Dutch,
            Some("Inkoopcombinatie Veldland"),
        ),
        // A quotation alone after a sentence a person said is theirs.
        (
            "Het aanbod wordt slechter, zegt directeur Hanneke Veldkamp. [[„Een shirt van vier euro overleeft tien wasbeurten.”]]",
            Language::Dutch,
            Some("Hanneke Veldkamp"),
        ),
        // "the people said" after people familiar with the matter.
        (
            "Orbix will buy Chinese electrolysers, two people familiar with the matter said. [[The company will buy 1.2 gigawatts of them, the people said.]]",
            Language::English,
            Some("unnamed people familiar with the matter"),
        ),
        // The subject after a semicolon is what "the company" means.
        (
            "[[Chinese firms make most electrolysers; Orbix Systems alone shipped twice as many units last year, the company said.]]",
            Language::English,
            Some("Orbix Systems"),
        ),
        // Unnamed speakers described by a relative clause or as two groups.
        (
            "[[Approvals fell 56% in the first half, a state official who declined to be named said.]]",
            Language::English,
            Some("unnamed state official"),
        ),
        (
            "[[Four plants have lost orders since July, three executives and two industry officials said.]]",
            Language::English,
            Some("unnamed executives and industry officials"),
        ),
        // "U.S." does not end the phrase after "said".
        (
            "[[Kestrel Services, one of Veldstad's largest test houses, said a U.S. maker of controllers had moved a quarter of its volume.]]",
            Language::English,
            Some("Kestrel Services"),
        ),
        // "counted"; a place after "in" is no subject; a firm described by another's name.
        (
            "[[StraitsLink counted twelve customers auditing plants in September.]]",
            Language::English,
            Some("StraitsLink"),
        ),
        (
            "Prices rose, according to Penang-based consultancy StraitsLink Advisory. [[Tester time in Penang costs $40-$60 an hour, the consultancy estimates.]]",
            Language::English,
            Some("StraitsLink Advisory"),
        ),
        (
            "[[Kestrel's rival PenTech Assembly reported no cancellations.]]",
            Language::English,
            Some("PenTech Assembly"),
        ),
        (
            "[[Zuivelanalist Marieke Veldkamp van adviesbureau AgriVisie schat dat de prijs daalt.]]",
            Language::Dutch,
            Some("Marieke Veldkamp"),
        ),
        // A generic noun that was the head of a name, or stood right before one.
        (
            "Het Havenbedrijf Veldhaven en de rederij Orbix Lines liggen overhoop. [[In de haven werken zo'n 9.000 mensen, aldus het havenbedrijf.]]",
            Language::Dutch,
            Some("Havenbedrijf Veldhaven"),
        ),
        (
            "Analysts at Veldstad broker Harcourt Lane estimate the cost at $400 million. Orbix declined to comment. [[The broker said the delay could last 12 months.]]",
            Language::English,
            Some("Harcourt Lane"),
        ),
        // A firm placed in a city after "analysts at"; a bank described before its name.
        (
            "[[Analysts at Veldstad brokerage Fjordlane Securities estimate the outage will cost Orbix $20 million.]]",
            Language::English,
            Some("Fjordlane Securities"),
        ),
        (
            "[[Analisten van zakenbank Delfmeer & Co schatten dat Orbix 10 procent meer biedt.]]",
            Language::Dutch,
            Some("Delfmeer & Co"),
        ),
        // A long apposition; what follows "said" is content, not the speaker.
        (
            "[[Lumora Devices, a contract manufacturer that assembles phones at two plants in Ostland province, said all of its models meet the threshold.]]",
            Language::English,
            Some("Lumora Devices"),
        ),
        // An inverted "warned"; "volgens planning" is on schedule, not a source.
        (
            "[[Dozens of component makers could struggle to trace their parts, warned Rita Osei, an analyst at Harbour Lane.]]",
            Language::English,
            Some("Rita Osei"),
        ),
        (
            "[[Veldkabel liet in een reactie weten dat de productie van 700 kilometer kabel „volgens planning” verloopt.]]",
            Language::Dutch,
            Some("Veldkabel"),
        ),
        // A name whose first word starts like a month is still a name.
        (
            "Analysts at Veldstad broker Marlow Metals estimate the cost at $400 million. Orbix declined to comment. [[The broker said the delay could last 12 months.]]",
            Language::English,
            Some("Marlow Metals"),
        ),
        // "volgens eigen cijfers" after an inverted subject.
        (
            "[[Nu controleert de Douane volgens eigen cijfers ongeveer 1 procent van alle containers.]]",
            Language::Dutch,
            Some("Douane"),
        ),
        (
            "[[Veldmeer sluit twee fabrieken, laat persbureau ANP vandaag weten.]]",
            Language::Dutch,
            Some("ANP"),
        ),
        (
            "[[“De vraag is enorm”, aldus een insider.]]",
            Language::Dutch,
            Some("unnamed insider"),
        ),
        (
            "[[De export is met 8 procent gedaald, zei Smeets.]]",
            Language::Dutch,
            Some("Smeets"),
        ),
        (
            "[[Orbix halted shipments to Ostland, the Financial Times reported.]]",
            Language::English,
            Some("Financial Times"),
        ),
        (
            "[[Orbix halted shipments to Ostland, according to people familiar with the matter.]]",
            Language::English,
            Some("unnamed people familiar with the matter"),
        ),
        (
            "[[Rita Osei said that Orbix had lost 3% of its market.]]",
            Language::English,
            Some("Rita Osei"),
        ),
        // Unnamed speakers described at length open the sentence.
        (
            "[[Two people familiar with the matter said Orbix would close the plant.]]",
            Language::English,
            Some("unnamed people familiar with the matter"),
        ),
        // A company reporting its figures is no attribution.
        (
            "[[Orbix, which runs 31 ships, reported revenue of $4 million last year.]]",
            Language::English,
            Some("Orbix"),
        ),
        (
            "[[The plant cost $4 million, reported revenue of Orbix shows.]]",
            Language::English,
            None,
        ),
        // "the company" is never a place; a sea, cape or coast is a place.
        (
            "Orbix will sail its ships around the Cape of Good Hope. [[The company expects the detour to add 15% to its costs.]]",
            Language::English,
            Some("Orbix"),
        ),
        // A role stands for the person named with it before, not the last person named.
        (
            "Dat schrijft minister Karin Verhoef van Handel in een brief. Kamerlid Lotte Brink is kritisch. [[„We willen niet naïef zijn”, schrijft de minister.]]",
            Language::Dutch,
            Some("Karin Verhoef"),
        ),
        // A spokesperson of "the regulator" speaks for the regulator named before, by its
        // acronym; of "het concern" for the company.
        (
            "[[De Autoriteit Persoonsgegevens (AP) heeft een onderzoek geopend naar Orbix.]] Dat bevestigde een woordvoerder van de toezichthouder donderdag.",
            Language::Dutch,
            Some("unnamed woordvoerder (AP)"),
        ),
        (
            "Orbix ontkent dat zijn kranen een risico vormen. [[„Onze apparatuur voldoet aan alle normen”, zei een woordvoerder van het concern.]]",
            Language::Dutch,
            Some("unnamed woordvoerder (Orbix)"),
        ),
        // Figures "from" someone; a hyphenated descriptor before the speaker; the
        // statement named before; a survey "van" someone "onder" a group.
        (
            "[[The ship left port on Saturday, ship-tracking data from MarineLens show.]]",
            Language::English,
            Some("MarineLens"),
        ),
        (
            "[[About 110 ships were waiting on Thursday, ship-tracking firm Vesselwatch said.]]",
            Language::English,
            Some("Vesselwatch"),
        ),
        (
            "Orbix was fined $3 million, the regulator OFAC said in a statement. [[A Dubai firm arranged the sales, according to the statement.]]",
            Language::English,
            Some("OFAC"),
        ),
        (
            "[[Uit een enquête van vakbond FNV onder ruim 1.400 medewerkers bleek dat 38 procent stress ervaart.]]",
            Language::Dutch,
            Some("FNV"),
        ),
        // More verbs of view: disputing, estimating, wanting that.
        (
            "[[Orbix betwist dat de scanner onder het verbod valt.]]",
            Language::Dutch,
            Some("Orbix"),
        ),
        (
            "Minister Karin Verhoef stuurde een brief. [[Zij wil dat Orbix alsnog 4 terawattuur gas inkoopt.]]",
            Language::Dutch,
            Some("Karin Verhoef"),
        ),
        (
            "[[Advocaat Ruben Hartog van Hartog & Van Loon verwacht dat Orbix naar de rechter stapt.]]",
            Language::Dutch,
            Some("Ruben Hartog"),
        ),
        (
            "[[Maasdok, die 23 kranen in gebruik heeft, liet weten dat vervanging jaren kost.]]",
            Language::Dutch,
            Some("Maasdok"),
        ),
        // "naar eigen zeggen" after a subject with its verb and a time.
        (
            "De scanners komen van Orbix. [[Het bedrijf zette vorig jaar naar eigen zeggen 4,8 miljoen euro om.]]",
            Language::Dutch,
            Some("Orbix"),
        ),
        // A name with a particle is a person the pronoun can point at.
        (
            "De prijs is gekoppeld aan de olieprijs, schrijft econoom Ties de Groot. [[Volgens hem kan het contract Ostland honderden miljoenen euro's kosten.]]",
            Language::Dutch,
            Some("Ties de Groot"),
        ),
        // A standalone sourcing sentence gives its source to the claim before it.
        (
            "[[Veldmeer wil 400 banen schrappen.]] Dat meldt dagblad De Koerier op basis van interne stukken.",
            Language::Dutch,
            Some("De Koerier"),
        ),
        // "En …, laat X weten" also covers the sentence before it.
        (
            "[[Orbix levert de chip in maart aan Veldmeer.]] En het bedrijf kijkt al naar een opvolger, laat Reuters weten.",
            Language::Dutch,
            Some("Reuters"),
        ),
        // "Volgens X" followed by the inverted verb.
        (
            "[[Volgens Bloomberg kregen drie fabrieken een boete.]]",
            Language::Dutch,
            Some("Bloomberg"),
        ),
        // An indefinite speaker after the quote.
        (
            "[[\"Safety matters to us,\" a spokesperson said.]]",
            Language::English,
            Some("unnamed spokesperson"),
        ),
        // A generic subject resolves to the organisation named before.
        // "Volgens X" with a strong verb right after the name.
        (
            "[[Volgens Bloomberg drong Orbix vorige week aan op uitstel.]]",
            Language::Dutch,
            Some("Bloomberg"),
        ),
        // "Volgens het bedrijf", "volgens hem": the company or person named before.
        (
            "Orbix presenteerde dinsdag een chip. [[Volgens het bedrijf is die twee keer zo zuinig.]]",
            Language::Dutch,
            Some("Orbix"),
        ),
        (
            "Topman Ruud Smeets sprak met beleggers. [[De krimp van Veldmeer is volgens hem voorbij.]]",
            Language::Dutch,
            Some("Ruud Smeets"),
        ),
        // A lowercase descriptor before the speaker after a quote.
        (
            "[[\"We will not move,\" trade minister Lena Park told reporters.]]",
            Language::English,
            Some("Lena Park"),
        ),
        // A name in apposition; "said last year" is no speaker.
        (
            "[[Its chief financial officer, Tom Reyes, said last year that Orbix margins would shrink.]]",
            Language::English,
            Some("Tom Reyes"),
        ),
        // Counted anonymous speakers.
        (
            "[[Ostland has argued for talks, according to two diplomats involved in them.]]",
            Language::English,
            Some("unnamed diplomats"),
        ),
        // "volgens hem" after a speaker named in the same sentence; a subject with a
        // relative clause before its verb.
        (
            "Topman Ruud Smeets sprak dinsdag. [[Analist Rita Osei noemt de stap klein: de omzet daalt volgens haar 2 procent.]]",
            Language::Dutch,
            Some("Rita Osei"),
        ),
        (
            "[[Kestrel, which makes chips in Geneva, welcomed the ruling by Ostland.]]",
            Language::English,
            Some("Kestrel"),
        ),
        // Stance verbs and Dutch announcements with inverted order.
        (
            "[[Kestrel welcomed the decision by Ostland in a statement.]]",
            Language::English,
            Some("Kestrel"),
        ),
        (
            "[[Vorige maand kondigde Veldmeer aan dat het 300 banen schrapt.]]",
            Language::Dutch,
            Some("Veldmeer"),
        ),
        (
            "Dinsdag presenteerde Orbix een nieuwe chip. [[“We zijn er trots op”, zei het bedrijf in een verklaring.]]",
            Language::Dutch,
            Some("Orbix"),
        ),
        // A lowercase institution trails; a plural stance verb after a subject.
        (
            "[[Ostland will tax battery imports from March, the finance ministry said on Monday.]]",
            Language::English,
            Some("finance ministry"),
        ),
        (
            "[[D66 en het CDA noemen de regeling onuitvoerbaar.]]",
            Language::Dutch,
            Some("D66 en het CDA"),
        ),
        // A title before a name with a particle.
        (
            "[[Wethouder Pieter van Loon vreest dat Veldmeer vertrekt.]]",
            Language::Dutch,
            Some("Pieter van Loon"),
        ),
        // Unnamed groups and possessive institutions trailing the sentence.
        (
            "[[Orbix pays engineers twice as much as Veldmeer, industry recruiters say.]]",
            Language::English,
            Some("unnamed industry recruiters"),
        ),
        (
            "[[Prosecutors charged 12 people in 2024, the island's justice ministry said.]]",
            Language::English,
            Some("island's justice ministry"),
        ),
        (
            "[[Ostland will require licences from March, the cabinet said on Tuesday.]]",
            Language::English,
            Some("cabinet"),
        ),
        (
            "[[Most contracts went to Orbix, two people familiar with the tender told the paper.]]",
            Language::English,
            Some("unnamed people familiar with the tender"),
        ),
        (
            "[[Ostland telt 40 batterijfabrieken, blijkt uit cijfers van het CBS.]]",
            Language::Dutch,
            Some("CBS"),
        ),
        // A title before the name, and an organisation after "van" and a common noun.
        (
            "[[“Deze regels kosten ons twee jaar groei”, zegt directeur Lotte Brink van branchevereniging BatteryNL.]]",
            Language::Dutch,
            Some("Lotte Brink"),
        ),
        // Figures, surveys and reports name whoever made them.
        (
            "[[Orbix sold 9% fewer panels in May, customs data show.]]",
            Language::English,
            Some("customs data"),
        ),
        (
            "[[Panel exports fell 4% in June, according to data from the statistics office.]]",
            Language::English,
            Some("statistics office"),
        ),
        (
            "[[Uit de enquête van BatteryNL blijkt dat 30 procent van de leden personeel zoekt.]]",
            Language::Dutch,
            Some("BatteryNL"),
        ),
        (
            "[[Wages rose 6% last year, according to a March report by research firm Kalder Insights.]]",
            Language::English,
            Some("Kalder Insights"),
        ),
        // Unnamed speakers who spoke to an outlet, and bare plural groups.
        (
            "[[Orbix shipped 800 units to Ostland, two people told Reuters.]]",
            Language::English,
            Some("unnamed sources (Reuters)"),
        ),
        (
            "[[Maar in de praktijk duurt een vergunning vier maanden, zeggen exporteurs.]]",
            Language::Dutch,
            Some("unnamed exporteurs"),
        ),
        // A speaker with an apposition, before or after a quotation.
        (
            "[[“We will appeal,” his lawyer, Mara Venn, said.]]",
            Language::English,
            Some("Mara Venn"),
        ),
        (
            "[[Ilse Ward, chief executive of operator Kalder, said the rules gave buyers “much-needed clarity”.]]",
            Language::English,
            Some("Ilse Ward"),
        ),
        // The company speaks for itself; a time phrase between "liet" and "weten"; a
        // Dutch subject after the verb.
        (
            "Batterijmaker Voltaris uit Tilburg opende in 2021 een fabriek. [[Het bedrijf maakt naar eigen zeggen 2.000 cellen per dag.]]",
            Language::Dutch,
            Some("Voltaris"),
        ),
        (
            "[[Leverancier Voltaris liet vorige week weten dat twee lijnen stilstaan.]]",
            Language::Dutch,
            Some("Voltaris"),
        ),
        (
            "[[Daarnaast stelt de toezichthouder dat de helft van de aanvragen te laat is.]]",
            Language::Dutch,
            Some("toezichthouder"),
        ),
        // A time phrase before the verb: the subject follows it.
        (
            "[[Vorige week meldde de Douane dat zij veertig zendingen heeft tegengehouden.]]",
            Language::Dutch,
            Some("Douane"),
        ),
        (
            "[[Gisteren meldde het ministerie dat de uitvoer naar Kazachstan is gestegen.]]",
            Language::Dutch,
            Some("ministerie"),
        ),
        // Asking questions is no statement.
        (
            "Kamerlid Ilse Vonk wil dat het kabinet de overname tegenhoudt. [[Ze stelde vorige week Kamervragen.]]",
            Language::Dutch,
            None,
        ),
        // A company or institution described, not named: the one the sentence opens with.
        (
            "[[Orvane Semiconductor has pushed back volume production to 2028, the Taiwanese chipmaker said.]]",
            Language::English,
            Some("Orvane Semiconductor"),
        ),
        (
            "[[The Kestrel Port Authority will cut the maximum draft to 43 feet, the agency said on Friday.]]",
            Language::English,
            Some("Kestrel Port Authority"),
        ),
        (
            "People familiar with the talks said a levy was under discussion. [[A decision is expected in March, one of the people said.]]",
            Language::English,
            Some("unnamed people familiar with the talks"),
        ),
        // Demanding or promising that something is so is a statement; demanding a sentence is not.
        (
            "[[De Europese Centrale Bank belooft dat zij zelf niet kan zien wie wat koopt.]]",
            Language::Dutch,
            Some("Europese Centrale Bank"),
        ),
        (
            "[[De officier van justitie eiste dinsdag drie jaar cel.]]",
            Language::Dutch,
            None,
        ),
        // Unnamed groups, a person familiar with the talks, data shown on a day, a place
        // in a description.
        (
            "[[Diplomaten in Brussel verwachten niet dat de Commissie de landen voor het Hof daagt.]]",
            Language::Dutch,
            Some("unnamed diplomaten"),
        ),
        (
            "[[Firms will face limits on dividends until 2027, a person familiar with the negotiations told Reuters.]]",
            Language::English,
            Some("unnamed person (Reuters)"),
        ),
        (
            "[[Ostland exported 1.2 tonnes of gallium in October, down 61%, Ostland customs data showed on Thursday.]]",
            Language::English,
            Some("Ostland customs data"),
        ),
        (
            "[[Net reserves stood at minus $2.5 billion in October, according to estimates by Porto Alegre-based consultancy Tavira Analytica.]]",
            Language::English,
            Some("Tavira Analytica"),
        ),
        // More stance verbs: adding, forecasting, doubting, blaming, disputing, accusing.
        (
            "Minister Rohan Patil said the plant would open in May. [[He added that Ostland aims to have four fabs by 2030.]]",
            Language::English,
            Some("Rohan Patil"),
        ),
        (
            "Analyst Lena Brandt expects a calm year. [[She forecast average rates of $4,500 per container in 2027.]]",
            Language::English,
            Some("Lena Brandt"),
        ),
        // "forecast" is the noun after a possessive or an adjective.
        (
            "[[Its revised forecast puts growth at 2% next year.]]",
            Language::English,
            None,
        ),
        (
            "[[Analysts at Kalder Research doubt it.]]",
            Language::English,
            Some("Kalder Research"),
        ),
        (
            "[[Kamerlid Noor Visser betwijfelt het.]]",
            Language::Dutch,
            Some("Noor Visser"),
        ),
        (
            "[[Het Openbaar Ministerie verwijt hem dat zijn bedrijf 2.300 onderdelen naar Ostland stuurde.]]",
            Language::Dutch,
            Some("Openbaar Ministerie"),
        ),
        (
            "[[Orbix bestrijdt dat zijn apparatuur een veiligheidsrisico vormt voor Europese netwerken.]]",
            Language::Dutch,
            Some("Orbix"),
        ),
        (
            "[[Kestland has blamed the slump on rapid output growth at foreign-owned mines.]]",
            Language::English,
            Some("Kestland"),
        ),
        // A spokesperson for a body named in full, and a body by its noun.
        (
            "[[The plan will cost $2 billion, a spokesperson for the Ministry of Finance said.]]",
            Language::English,
            Some("unnamed spokesperson (Ministry of Finance)"),
        ),
        (
            "[[Het kabinet trekt 2 miljard euro uit, zei een woordvoerder van het ministerie van Financiën.]]",
            Language::Dutch,
            Some("unnamed woordvoerder (ministerie van Financiën)"),
        ),
        (
            "De Ostlandse Centrale Bank verhoogde de rente. [[De inflatie daalt volgend jaar naar 2 procent, zei de bank.]]",
            Language::Dutch,
            Some("Ostlandse Centrale Bank"),
        ),
        // A speaker with an apposition at the end: the name, whichever side it is on.
        (
            "[[Sales fell 5%, Mira Tan, chief executive of Orbix, told reporters on Friday.]]",
            Language::English,
            Some("Mira Tan"),
        ),
        (
            "[[None of its 21 crew were hurt, the ship's Greek manager, Kastellis Maritime, said in a statement.]]",
            Language::English,
            Some("Kastellis Maritime"),
        ),
        // Without a role in the apposition it is a list, not a speaker.
        (
            "[[Prices rose 4% in Veldmark, Ostland and Kestland, the agency said.]]",
            Language::English,
            Some("agency"),
        ),
        // A speaker before a colon and a quotation.
        (
            "[[Minister Brouwer: “We gaan dit niet accepteren, ook niet als Brussel erom vraagt.”]]",
            Language::Dutch,
            Some("Brouwer"),
        ),
        // "He" is the person who spoke last, not a firm whose name looks like a person's.
        (
            "\"Nobody wants to be the last insurer,\" said Marcus Heale, head of war cover at London broker Ashgrove Risk. [[He said his desk was placing twice as many policies as in September.]]",
            Language::English,
            Some("Marcus Heale"),
        ),
        (
            "VVD-Kamerlid Joost Brinkman waarschuwt dat te strenge regels startups afsnijden van kapitaal. [[Volgens hem haalden startups vorig jaar 40 procent van hun kapitaal op buiten de EU.]]",
            Language::Dutch,
            Some("Joost Brinkman"),
        ),
        // A long title before the name; a capital "De" after "volgens" is part of a surname.
        (
            "[[Energy and Mineral Resources Minister Arief Santoso told reporters in Jakarta that the country wanted every tonne of ore processed at home.]]",
            Language::English,
            Some("Arief Santoso"),
        ),
        (
            "[[Volgens De Wit bestaat er een reëel risico dat kennis over de chips weglekt naar het leger.]]",
            Language::Dutch,
            Some("De Wit"),
        ),
        // "Resources" makes a firm, not a person; a subhead in capitals names no firm.
        (
            "[[Corvus Resources will build a refinery in Ostland by 2027, it said on Monday.]]",
            Language::English,
            Some("Corvus Resources"),
        ),
        (
            "Australian miner Corvus Resources said on Monday it would build a refinery in Ostland.\n\nNEW SUPPLY\n\n[[The plant could produce up to 50 tonnes a year, the company said.]]",
            Language::English,
            Some("Corvus Resources"),
        ),
        // "an estimated" is an adjective, not the verb of a speaker.
        (
            "[[Orbix employs an estimated 40,000 people in Ostland.]]",
            Language::English,
            None,
        ),
        // A participle split off an attributed clause keeps its source.
        (
            "Wafers from Arizona could cost 30% more than those from Taiwan, analyst Mira Stone wrote in a note to clients, [[estimating that the site would shave 1.5 to 2 percentage points off group gross margin in 2028.]]",
            Language::English,
            Some("Mira Stone"),
        ),
        (
            "[[Volgens de Duitse branchevereniging BVK wachten veertig leden op een vergunning.]]",
            Language::Dutch,
            Some("BVK"),
        ),
        // Dutch puts the verb right after a speaker without a name; an opening time phrase
        // puts the subject after the verb; where a firm sits only describes it.
        (
            "[[Het project stopt, omdat de partner volgens het loket nauwe banden heeft met het leger.]]",
            Language::Dutch,
            Some("loket"),
        ),
        (
            "Accumaker Voltaris opende een fabriek in Tilburg. [[Voor 2026 verwacht het bedrijf een omzet van 3 miljard euro.]]",
            Language::Dutch,
            Some("Voltaris"),
        ),
        (
            "[[Orbix holds 32% of the market, according to Ostburg-based Kalder Research.]]",
            Language::English,
            Some("Kalder Research"),
        ),
        // An aside in brackets after the speaker's name.
        (
            "[[Hoogleraar economische veiligheid Mara Venn (Universiteit Leiden) noemt het plan van Orbix noodzakelijk.]]",
            Language::Dutch,
            Some("Mara Venn"),
        ),
        // An acronym in brackets is kept with the full name.
        (
            "[[The Ostland Battery Alliance (OBA) warned in a statement that prices would rise.]]",
            Language::English,
            Some("Ostland Battery Alliance (OBA)"),
        ),
        // A generic subject is the company named before, not the town it comes from.
        (
            "Batterijmaker Voltaris Drives uit Stuttgart levert assen. [[Het bedrijf rekent op een omzetderving van 12 miljoen euro.]]",
            Language::Dutch,
            Some("Voltaris Drives"),
        ),
        // "Volgens hem" before an inverted clause is the person named before.
        (
            "Analist Pieter Loos is kritisch. [[Volgens hem haalden Nederlandse startups vorig jaar 40 procent van hun kapitaal op in Ostland.]]",
            Language::Dutch,
            Some("Pieter Loos"),
        ),
        // A noun for an institution is the institution named in full before.
        (
            "Ostland's Ministry of Investment, Trade and Industry (MITI) issued the rules. [[Ostland will require permits for AI chips, the trade ministry said on Monday.]]",
            Language::English,
            Some("Ministry of Investment, Trade and Industry (MITI)"),
        ),
        (
            "Het Ostlandse ministerie van Handel zette Orbix op de lijst. [[Het bedrijf zou onderdelen aan het leger hebben geleverd, stelt het ministerie.]]",
            Language::Dutch,
            Some("Ostlandse ministerie van Handel"),
        ),
        // A trailing "it said" is the sentence's own subject.
        (
            "Veldmeer supplies Orbix. [[Orbix will begin shipping the system next year, it said.]]",
            Language::English,
            Some("Orbix"),
        ),
        // A straight quotation mark opening the sentence is not where the clause ends.
        (
            "[[\"We expect a positive outcome,\" Orbix said in a statement.]]",
            Language::English,
            Some("Orbix"),
        ),
        // "The company" is the company a recent sentence was about, not one it mentioned.
        (
            "On Thursday Orbix unveiled the X1 cluster. It is faster than anything Veldmeer sells. [[The system links 16,384 processors, the company said in a statement.]]",
            Language::English,
            Some("Orbix"),
        ),
        // A clause split off with its own speaker.
        (
            "Voor 2026 verwacht Orbix een omzet van 3 miljard euro, maar [[Mara Venn waarschuwde dat Ostland daarin minder dan 25% zal uitmaken.]]",
            Language::Dutch,
            Some("Mara Venn"),
        ),
        // Only reported, with no one named: unnamed reports. A sourcing sentence still wins.
        (
            "[[Ostburg police have reportedly opened a separate inquiry into Orbix.]]",
            Language::English,
            Some("unnamed reports"),
        ),
        (
            "[[Veldmeer kocht in september een belang van 18 procent, voor naar verluidt 6,5 miljoen euro.]] Dat meldt het FD.",
            Language::Dutch,
            Some("FD"),
        ),
        // A spokesperson is described with the body they speak for.
        (
            "[[Een woordvoerder van de Commissie wees de kritiek vorige week af.]]",
            Language::Dutch,
            Some("unnamed woordvoerder (Commissie)"),
        ),
        // "The research firm" in a split-off clause is the firm named earlier in the sentence.
        (
            "Prices rose 15% in the third quarter, Kalder Research data show, and [[the Ostburg-based research firm expects a further rise of up to 25% in the fourth quarter.]]",
            Language::English,
            Some("Kalder Research"),
        ),
        // "ze" is the person named before, not a sentence-initial "Zonder Europese …".
        (
            "Directeur Marloes Hendriks is blij. Zonder Europese steun was het niet gelukt. [[“Brussel begrijpt eindelijk hoe de keten werkt”, zegt ze.]]",
            Language::Dutch,
            Some("Marloes Hendriks"),
        ),
        // Figures or a document named at the end.
        (
            "[[Imports from Ostland rose 41% last year, Eurostat data show.]]",
            Language::English,
            Some("Eurostat"),
        ),
        (
            "[[The boards were relabelled and shipped on to Ostburg, the indictment says.]]",
            Language::English,
            Some("indictment"),
        ),
        // A view, a worry and a plea, with "ook" stressing the subject.
        (
            "[[FME vindt de reactie van het kabinet te mager.]]",
            Language::Dutch,
            Some("FME"),
        ),
        (
            "[[Ook de gemeente Veldhoven maakt zich zorgen over de banen.]]",
            Language::Dutch,
            Some("Veldhoven"),
        ),
        (
            "[[De zitting over het exportverbod vindt volgende week plaats.]]",
            Language::Dutch,
            None,
        ),
        // The article's own statement.
        (
            "[[Orbix opened a plant in Ostland in 2019.]]",
            Language::English,
            None,
        ),
        // Inverted "bevestigde" after the claim; verbs of more than one word after the
        // subject; an unnamed spokesperson of a body named by its noun.
        (
            "[[Orbix verkocht voor 1,8 miljard euro aan obligaties, bevestigde een woordvoerder dinsdag.]]",
            Language::Dutch,
            Some("unnamed woordvoerder"),
        ),
        (
            "[[Orbix liet weten dat de uitstoot in 2030 met 35 procent daalt.]]",
            Language::Dutch,
            Some("Orbix"),
        ),
        (
            "[[De Europese Commissie maakte vorige week bekend dat het quotum met 47 procent daalt.]]",
            Language::Dutch,
            Some("Europese Commissie"),
        ),
        (
            "[[Branchevereniging Staalunie spreekt van „een broodnodige stap”.]]",
            Language::Dutch,
            Some("Staalunie"),
        ),
        (
            "Het ministerie van Economische Zaken betaalt mee. [[Een woordvoerder van het ministerie bevestigde dat het geld uit het Klimaatfonds komt.]]",
            Language::Dutch,
            Some("unnamed woordvoerder (ministerie van Economische Zaken)"),
        ),
        // A quotation that opens the sentence has no subject before a verb in it: it
        // continues the speaker of the quotation before.
        (
            "„Er is opnieuw geld gestoken in een vervuiler”, zegt Marieke Zwart van bewonersgroep Schone Lucht. [[„Wij willen eerst zien dat de uitstoot daalt.”]]",
            Language::Dutch,
            Some("Marieke Zwart"),
        ),
        // Capitalised unnamed people; a title with its portfolio before the name; a
        // location before a title; figures of a named maker; a thing "naar eigen zeggen".
        (
            "[[People familiar with the matter said the committee was expected to list the strait.]]",
            Language::English,
            Some("unnamed people familiar with the matter"),
        ),
        (
            "[[De eerste boot is achttien maanden later klaar dan gepland.]] Dat schrijft staatssecretaris van Defensie Marleen de Graaf in een brief.",
            Language::Dutch,
            Some("Marleen de Graaf"),
        ),
        (
            "[[The extra cost is $300,000 per voyage, according to London-based broker Halden Marsh.]]",
            Language::English,
            Some("Halden Marsh"),
        ),
        (
            "[[Philippine navy data show the number of vessels rose 38% in the third quarter.]]",
            Language::English,
            Some("Philippine navy"),
        ),
        (
            "Naval Group bouwt de boten in Cherbourg. [[De drukromp van de eerste boot is naar eigen zeggen voor 60 procent af.]]",
            Language::Dutch,
            Some("Naval Group"),
        ),
        (
            "[[Het kabinet overlegt naar eigen zeggen met Frankrijk.]]",
            Language::Dutch,
            Some("kabinet"),
        ),
        // A bare spokesperson speaks for the organisation that opens the sentence.
        (
            "[[Pensioenfonds Zorgpunt heeft voor 1,8 miljard euro aan obligaties verkocht, bevestigde een woordvoerder.]]",
            Language::Dutch,
            Some("unnamed woordvoerder (Zorgpunt)"),
        ),
        // A title of two words with its portfolio; the quotation after it is the same
        // speaker's.
        (
            "\"We will not allow it,\" Under Secretary for International Trade Laura Whitfield said. [[\"This decision restores a level playing field.\"]]",
            Language::English,
            Some("Laura Whitfield"),
        ),
        // The speaker ends where the day or the occasion of saying it begins.
        (
            "[[“Dit is geen criminele bende die op losgeld uit is”, zei plaatsvervangend AIVD-directeur Marloes Verbeek donderdag tijdens een toelichting in Den Haag.]]",
            Language::Dutch,
            Some("Marloes Verbeek"),
        ),
        // The first clause ends in an attribution of its own.
        (
            "[[Contract prices for DRAM rose 15% to 20% in the third quarter, TrendForce data show]], and the research firm expects a further rise of up to 25%.",
            Language::English,
            Some("TrendForce"),
        ),
        // A place before a descriptor and the name only says where it sits.
        (
            "[[Demand fell by a tenth last year, according to estimates from London consultancy Harwell Metals.]]",
            Language::English,
            Some("Harwell Metals"),
        ),
        (
            "[[Demand fell by a tenth last year, said London consultancy Harwell Metals.]]",
            Language::English,
            Some("Harwell Metals"),
        ),
        // An estimate or a sum made by someone named after the verb.
        (
            "[[Chinese kabels zijn 20 procent goedkoper dan Europese, schat adviesbureau Netwise.]]",
            Language::Dutch,
            Some("Netwise"),
        ),
        (
            "[[Dat is ongeveer 2 procent van de totale invoer, rekent de Commissie voor.]]",
            Language::Dutch,
            Some("Commissie"),
        ),
        // A spokesperson of a ministry with a long name.
        (
            "[[Een woordvoerder van het ministerie van Klimaat en Groene Groei zei dat het kabinet met een kader komt.]]",
            Language::Dutch,
            Some("unnamed woordvoerder (ministerie van Klimaat en Groene Groei)"),
        ),
        (
            "[[Investigators could inspect the site later this week, an official with knowledge of the plans said.]]",
            Language::English,
            Some("unnamed official"),
        ),
        // With no firm as subject, "the company" is the firm this sentence names, not one
        // named before.
        (
            "Ostland Telecom runs the island link. [[The Veldoy Link 3 cable, operated by state-backed Island Telecom, stopped carrying traffic on Tuesday, the company said.]]",
            Language::English,
            Some("Island Telecom"),
        ),
        // "the agency" is the administration or service named before.
        (
            "The Coast Guard Administration boarded the freighter on Tuesday. [[The crew members are all Ostland nationals, the agency added.]]",
            Language::English,
            Some("Coast Guard Administration"),
        ),
        // A time phrase between "has" and the verb.
        (
            "[[Beijing has in the past dismissed such accusations as political manipulation.]]",
            Language::English,
            Some("Beijing"),
        ),
        // Accusing is a stance with a speaker.
        (
            "[[China's embassy in Lisbon accused Portugal of abusing the concept of security.]]",
            Language::English,
            Some("China's embassy in Lisbon"),
        ),
        // A curly apostrophe in a possessive is no closing quotation mark.
        (
            "[[China’s embassy in Lisbon said the rules were unfair to Chinese firms.]]",
            Language::English,
            Some("China’s embassy in Lisbon"),
        ),
        // A relative clause or a participle between a subject and its verb.
        (
            "[[A senior official, who asked not to be named, said the government hoped to sign in May.]]",
            Language::English,
            Some("unnamed official"),
        ),
        (
            "[[Officials at the port, speaking on condition of anonymity, said the 14-day target would not be met before 2027.]]",
            Language::English,
            Some("unnamed officials"),
        ),
        // A role and then its holder's name at the end of the sentence.
        (
            "[[„We hebben te lang gewacht”, zei de minister van Klimaat en Groene Groei, Marieke Dorland.]]",
            Language::Dutch,
            Some("Marieke Dorland"),
        ),
        // Also without a quotation before it.
        (
            "[[De regels gaan in 2027 in, zei de Nederlandse minister van Klimaat, Marieke Dorland.]]",
            Language::Dutch,
            Some("Marieke Dorland"),
        ),
        (
            "[[The mine will close in May, according to the regency's head, Amir Lamusu.]]",
            Language::English,
            Some("Amir Lamusu"),
        ),
        // Figures: "zo blijkt uit cijfers van X", "blijkt uit registratiecijfers van X".
        (
            "[[In 2024 ging het om 2.900 mensen, zo blijkt uit cijfers van de VTU.]]",
            Language::Dutch,
            Some("VTU"),
        ),
        (
            "[[Orbix verkocht 21.380 auto's, blijkt uit registratiecijfers van databureau Autoview.]]",
            Language::Dutch,
            Some("Autoview"),
        ),
        // A report of a body named in the phrase; the body's own account.
        (
            "[[Volgens het jaarverslag van het BTI kwamen er vorig jaar 142 meldingen binnen.]]",
            Language::Dutch,
            Some("BTI"),
        ),
        (
            "[[Smelters face $310 million in costs, according to an analysis published on Tuesday by consultancy Carbonbridge Analytics.]]",
            Language::English,
            Some("Carbonbridge Analytics"),
        ),
        (
            "[[Exploitant Noordgas stuurde volgens eigen opgave 1,4 miljard kuub gas het net in.]]",
            Language::Dutch,
            Some("Noordgas"),
        ),
        // An inverted pronoun after an opening adverb; a group verb-first at the end.
        (
            "Minister Joost Verhagen sprak dinsdag met de Kamer. [[Wel bevestigt hij dat de wet een verbod toestaat.]]",
            Language::Dutch,
            Some("Joost Verhagen"),
        ),
        (
            "[[Het kabinet wil de regels ook op postdocs toepassen, melden ingewijden.]]",
            Language::Dutch,
            Some("unnamed sources"),
        ),
        (
            "[[Ships save between 10 and 15 days on the route, operators say.]]",
            Language::English,
            Some("unnamed operators"),
        ),
        // "the bank" is the bank named before.
        (
            "Analysts at Halvorsen Capital see Gulf spending of $50 billion. [[The bank expects the UAE to take 45% of that total.]]",
            Language::English,
            Some("Halvorsen Capital"),
        ),
        // A spokesperson for a national ministry speaks for the ministry.
        (
            "[[Een woordvoerder van het Belgische ministerie van Energie laat weten dat geen reactor stilvalt.]]",
            Language::Dutch,
            Some("unnamed woordvoerder (ministerie van Energie)"),
        ),
        // Unnamed speakers at the end, with more than two words or a decimal after them.
        (
            "[[The first hulls may be late if the new dock is not ready, an engineer at the Norden yard said, speaking on condition of anonymity.]]",
            Language::English,
            Some("unnamed engineer (Norden)"),
        ),
        (
            "[[The ministry is weighing a cap on lithium exports, three officials with knowledge of the plan told Bloomberg, and could cut the 2.4 million tonne quota.]]",
            Language::English,
            Some("unnamed officials (Bloomberg)"),
        ),
        // Analysts at a described firm speak for the firm.
        (
            "[[Analysts at brokerage Tessel & Brook expect the court to rule in March.]]",
            Language::English,
            Some("Tessel & Brook"),
        ),
        // A role, then the holder's name in apposition, after a quotation.
        (
            "[[\"We will appeal,\" Orbix's general counsel, Dana Meyer, said in a statement.]]",
            Language::English,
            Some("Dana Meyer"),
        ),
        // A subject with an apposition and a relative clause, then what was said.
        (
            "[[Senator Paul Ryland, a Maine Democrat who chairs the panel, said the agency should delay the rule.]]",
            Language::English,
            Some("Paul Ryland"),
        ),
        // A subject acting and giving its reason.
        (
            "[[The port authority rejected the complaint on Monday, saying the tender had drawn four bids in 2024.]]",
            Language::English,
            Some("port authority"),
        ),
        // An opening phrase, then "the company argued that": the company named before.
        (
            "Orbix Systems sued the regulator in May. [[In a long filing with the Court of Appeals for the Fifth Circuit, the company argued that the rule was unlawful.]]",
            Language::English,
            Some("Orbix Systems"),
        ),
        // A neuter relative clause after the subject, then "zegt" with an infinitive.
        (
            "[[Veldmeer, dat zo'n 300 mensen in dienst heeft, zegt alle stukken te hebben overgedragen.]]",
            Language::Dutch,
            Some("Veldmeer"),
        ),
        // An internal estimate of a ministry.
        (
            "[[De bouw gaat zo'n 800 miljoen euro kosten, blijkt uit een interne raming van het ministerie van Financiën.]]",
            Language::Dutch,
            Some("ministerie van Financiën"),
        ),
        // An acronym in brackets stays with the name.
        (
            "[[Volgens de Vereniging van Zeehavens (VVZ) daalde de overslag met 4 procent.]]",
            Language::Dutch,
            Some("Vereniging van Zeehavens (VVZ)"),
        ),
        // "zich melden" and "beschikbaar stellen" do not report anything.
        (
            "[[Bij de vorige ronde, in 2021, meldden zich nog negen bieders.]]",
            Language::Dutch,
            None,
        ),
        (
            "[[Voor het eerst stelde de provincie er geld voor beschikbaar: maximaal 40 miljoen euro.]]",
            Language::Dutch,
            None,
        ),
        // The time of speaking is no part of the speaker; a bracketed portfolio neither.
        (
            "[[„Dit is een tegenvaller”, zei minister Anouk Smit (Financiën) dinsdagavond op de radio.]]",
            Language::Dutch,
            Some("Anouk Smit"),
        ),
        // A ministry whose name holds a comma, kept whole.
        (
            "[[Een woordvoerder van het ministerie van Onderwijs, Cultuur en Wetenschap zegt dat scholen zelf beslissen.]]",
            Language::Dutch,
            Some("unnamed woordvoerder (ministerie van Onderwijs, Cultuur en Wetenschap)"),
        ),
        (
            "[[Het Chinese ministerie van Handel noemde het besluit discriminerend.]]",
            Language::Dutch,
            Some("Chinese ministerie van Handel"),
        ),
        // "de stichting" is the foundation named before.
        (
            "De Stichting Medicijnwacht telde 300 tekorten. [[Het aantal kan volgend jaar stijgen tot boven de 400, verwacht de stichting.]]",
            Language::Dutch,
            Some("Stichting Medicijnwacht"),
        ),
        // "a company spokesperson": the company named before.
        (
            "Orbix Energy plans a new plant. [[The plant will open in 2027, a company spokesperson said.]]",
            Language::English,
            Some("unnamed spokesperson (Orbix Energy)"),
        ),
        // A role and a name, then "told" and an outlet: the name speaks, not the outlet.
        (
            "[[A trade ministry spokesperson, Lena Vos, told Radio Ostland the government still expects to meet its target.]]",
            Language::English,
            Some("Lena Vos"),
        ),
        // A possessive name before the institution.
        (
            "[[A spokesperson for Ostland's trade ministry said the government would back the project.]]",
            Language::English,
            Some("unnamed spokesperson (Ostland's trade ministry)"),
        ),
        // An embassy with the city it sits in.
        (
            "[[The ban is unfair, Ostland's embassy in Lisbon said in a statement.]]",
            Language::English,
            Some("Ostland's embassy in Lisbon"),
        ),
        (
            "[[Dat is onjuist, zei de Chinese ambassade in Den Haag op maandag.]]",
            Language::Dutch,
            Some("Chinese ambassade in Den Haag"),
        ),
        // The firm's own data or estimates: the firm named before.
        (
            "Veldmark Analytics, a consultancy, tracks the route. [[Tankers made 40 transits in May, according to the firm's tracking data.]]",
            Language::English,
            Some("Veldmark Analytics"),
        ),
        (
            "Orbix Mining runs the site. [[The mine would yield 58,000 tonnes a year, according to company estimates.]]",
            Language::English,
            Some("Orbix Mining"),
        ),
        // Figures and then who published them.
        (
            "[[Canal revenue fell 38% to $2.9 billion.]] That is according to figures the Ostland Port Authority published on Monday.",
            Language::English,
            Some("Ostland Port Authority"),
        ),
        // A study by researchers at a university; a group that says; a figure put at.
        (
            "[[A 2023 study by researchers at the University of Veldstad found arsenic levels four times above legal limits.]]",
            Language::English,
            Some("unnamed researchers (University of Veldstad)"),
        ),
        (
            "[[Dozens of small firms have cut staff, local business groups say.]]",
            Language::English,
            Some("unnamed local business groups"),
        ),
        (
            "[[The organisers put the number at more than 60,000.]]",
            Language::English,
            Some("unnamed organisers"),
        ),
        // "de organisatie", "de werf": the organisation named before.
        (
            "Stichting Groenkeus noemt de aanbesteding duur, [[omdat zon en wind volgens de organisatie sneller te bouwen zijn.]]",
            Language::Dutch,
            Some("Stichting Groenkeus"),
        ),
        (
            "De scheepswerf Noordkade Yards bouwt twee fregatten. [[De werf schat dat 10 tot 15 procent van de orderwaarde in de regio blijft.]]",
            Language::Dutch,
            Some("Noordkade Yards"),
        ),
        // A pronoun means the last person its gender fits, not just the last person.
        (
            "Directeur Anneke Vos van Orbix noemt de wachttijd lang. Financieel directeur Joost Hermsen rekent op 60 procent groei. [[„We kunnen binnen vier weken leveren”, zegt ze.]]",
            Language::Dutch,
            Some("Anneke Vos"),
        ),
        (
            "Chief executive Pieter Dalm said output would rise. Finance chief Laura Mendes expects a loss. [[The plant can make 7 million tonnes a year, he said.]]",
            Language::English,
            Some("Pieter Dalm"),
        ),
        (
            "Topvrouw Marloes Keizer leidt Orbix sinds 2021. Analist Ruud Bremer van Veldbank ziet weinig groei. [[Volgens haar levert Orbix binnen een maand.]]",
            Language::Dutch,
            Some("Marloes Keizer"),
        ),
        // Whom it was said to is not who said it.
        (
            "[[Orbix wacht al vijf maanden op een vergunning, zegt topvrouw Marloes Keizer tegenover de NOS.]]",
            Language::Dutch,
            Some("Marloes Keizer"),
        ),
        // Another unnamed person; a trader who adds; estimates that show.
        (
            "[[The agency may add the drug to its shortage list, another person familiar with the matter said.]]",
            Language::English,
            Some("unnamed person"),
        ),
        (
            "[[Including freight, the average cost was $241.75 a ton, the trader added.]]",
            Language::English,
            Some("trader"),
        ),
        (
            "[[Ostland supplies about 47% of the region's generic drugs, industry estimates show.]]",
            Language::English,
            Some("unnamed industry estimates"),
        ),
        // "Volgens de plannen" is a schedule, "volgens de wet" a rule: neither is a source.
        (
            "[[Volgens de plannen gaat de hoogoven in 2029 dicht.]]",
            Language::Dutch,
            None,
        ),
        (
            "[[Volgens de wet kan de minister de vergunning twee keer verlengen.]]",
            Language::Dutch,
            None,
        ),
        // A speaker without a capital ends at the inverted verb or an adverb after it.
        (
            "[[Het grootste risico zit volgens analisten niet in de fabriek zelf, maar in de toelevering.]]",
            Language::Dutch,
            Some("unnamed analisten"),
        ),
        // An estimate of the company named before is the company's.
        (
            "Het Waterbedrijf Orbix meldde de storing op maandag. [[De schade loopt volgens een eerste schatting van het waterbedrijf in de miljoenen euro's.]]",
            Language::Dutch,
            Some("Waterbedrijf Orbix"),
        ),
        // A quotation closed by a present-tense "waarschuwt" or "reageert".
        (
            "[[„Elke bouwplaats wordt 10 procent duurder”, waarschuwt VGM-directeur Annelies Kroon.]]",
            Language::Dutch,
            Some("Annelies Kroon"),
        ),
        (
            "Annelies Kroon leidt Veldmeer. [[„Dat kost ons 3 miljoen euro per jaar”, reageert Kroon.]]",
            Language::Dutch,
            Some("Kroon"),
        ),
        // An unnamed spokesperson or official is whom a later pronoun or "the
        // spokesperson" means, before a person named earlier.
        (
            "Directeur Pieter Smit ziet weinig groei. Een woordvoerder van het ministerie van Financiën bevestigt dat er vragen leven. [[„De regels staan dat niet toe”, zei hij.]]",
            Language::Dutch,
            Some("unnamed woordvoerder (ministerie van Financiën)"),
        ),
        (
            "Een ambtenaar die bij de aanbesteding betrokken is, zegt dat Orbix wordt onderzocht. [[Volgens hem kan de machine op afstand worden stilgezet.]]",
            Language::Dutch,
            Some("unnamed ambtenaar"),
        ),
        (
            "Talks will start in May, a spokesperson for the ministry said. [[A first round is expected in Veldstad within six weeks, the spokesperson added.]]",
            Language::English,
            Some("unnamed ministry spokesperson"),
        ),
        // "One of them" is one of the speakers before.
        (
            "Two officials told Reuters that Orbix is under review. [[A decision could come before the summer, one of them said.]]",
            Language::English,
            Some("unnamed officials"),
        ),
        // After an opening phrase with a preposition, Dutch puts the speaker after the verb.
        (
            "[[In de notitie, gedateerd 9 september, schrijft Rijkswaterstaat dat de software op afstand kan worden bijgewerkt.]]",
            Language::Dutch,
            Some("Rijkswaterstaat"),
        ),
        (
            "[[In een brief schrijft minister Jan de Vries dat de kosten met 4 procent stijgen.]]",
            Language::Dutch,
            Some("Jan de Vries"),
        ),
        // Rules with an adjective are still rules; a figure ends a speaker's name.
        (
            "[[Volgens de Europese regels mag de gemeente de opdracht nu gunnen.]]",
            Language::Dutch,
            None,
        ),
        (
            "[[De levering kost volgens inkoopchef Marit Dekker 3 tot 5 procent meer dan vorig jaar.]]",
            Language::Dutch,
            Some("Marit Dekker"),
        ),
        // A "volgens" in a later clause speaks for that clause only.
        (
            "[[Orbix levert sinds maart via Antwerpen]], hoewel dat volgens inkoopchef Marit Dekker veel duurder is.",
            Language::Dutch,
            None,
        ),
        // "naar eigen zeggen" after a verb whose subject opens the sentence.
        (
            "De gemeente Veldstad gaf in 2023 een vergunning voor twee masten, maar [[wist naar eigen zeggen niet wie de eigenaar was.]]",
            Language::Dutch,
            Some("Veldstad"),
        ),
        // Groups and single speakers described by a relative clause or a phrase after them.
        (
            "[[Ambtenaren die bij de gesprekken betrokken zijn, zeggen dat Orbix een boete krijgt.]]",
            Language::Dutch,
            Some("unnamed ambtenaren"),
        ),
        (
            "[[A banker involved in the sale said talks were at an early stage.]]",
            Language::English,
            Some("unnamed banker"),
        ),
        (
            "[[De minister kan al in mei beslissen, zei een Kamerlid dat bij het overleg was.]]",
            Language::Dutch,
            Some("unnamed Kamerlid"),
        ),
        (
            "[[Exports to Asia doubled last year, a shift that European buyers say has pushed up prices.]]",
            Language::English,
            Some("European buyers"),
        ),
        // A name, then a description of it; a relative clause with a figure's comma.
        (
            "[[Veldmark Steel, Europe's second-largest maker of tinplate, said it would cut 300 jobs.]]",
            Language::English,
            Some("Veldmark Steel"),
        ),
        (
            "[[Orbix Freight, which runs about 1,200 trucks in Spain and Portugal, said fuel costs rose 9%.]]",
            Language::English,
            Some("Orbix Freight"),
        ),
        // "the consultancy" is the firm that spoke in the sentence before.
        (
            "Analysts at Veldstad-based Norland Commodities estimate the cost at $40 a tonne. [[Half of the plants in Inner Mongolia now run at a loss, the consultancy said.]]",
            Language::English,
            Some("Norland Commodities"),
        ),
        // An unnamed speaker described by lowercase words before the role; a group at a
        // firm in a city; local media.
        (
            "[[A finance ministry spokesperson said the levy would be reviewed every six months.]]",
            Language::English,
            Some("unnamed finance ministry spokesperson"),
        ),
        (
            "[[Analysts at Veldmark Securities in Ho Chi Minh City estimate exports will fall 8%.]]",
            Language::English,
            Some("Veldmark Securities"),
        ),
        (
            "[[Dozens of farmers blocked the highway on Sunday, local media reported.]]",
            Language::English,
            Some("local media"),
        ),
        // "liet wel weten": the subject before the verb, not the adverb after it.
        (
            "Orbix levert de radar. [[Een woordvoerder van Orbix liet wel weten dat de prijs vastligt.]]",
            Language::Dutch,
            Some("Orbix"),
        ),
        // "volgens zijn berekeningen": the man named before; "its own data": the subject.
        (
            "Econoom Pieter Smeets zegt dat gemeenten veel betalen. [[Kleine gemeenten betalen volgens zijn berekeningen tot drie keer zo veel.]]",
            Language::Dutch,
            Some("Pieter Smeets"),
        ),
        (
            "[[The Ostland Mining Agency has issued twice as many licences as in 2020, according to its own data.]]",
            Language::English,
            Some("Ostland Mining Agency"),
        ),
        // A body named by its place keeps the place.
        (
            "[[Volgens het havenbedrijf van Veldhaven daalde de overslag met 38 procent.]]",
            Language::Dutch,
            Some("havenbedrijf van Veldhaven"),
        ),
        // Hoping and reckoning with something; "heeft … laten weten" after an apposition.
        (
            "[[Directeur Sanne Bakker hoopt dat de lading in 2026 terugkeert.]]",
            Language::Dutch,
            Some("Sanne Bakker"),
        ),
        (
            "[[Veldmeer houdt er rekening mee dat de prijzen pas in 2026 herstellen.]]",
            Language::Dutch,
            Some("Veldmeer"),
        ),
        (
            "[[Orbix Linen, een van de grootste afnemers van vlas, heeft telers laten weten dat het minder inkoopt.]]",
            Language::Dutch,
            Some("Orbix Linen"),
        ),
        // An acronym defined before stands for the name in full.
        (
            "Veldstad Rail Logistics (VRL) verwerkte 240 treinen. [[VRL verwacht dat het aantal treinen volgend jaar daalt.]]",
            Language::Dutch,
            Some("Veldstad Rail Logistics (VRL)"),
        ),
        // Reckoning up, announcing, speaking of, hoping to, putting a figure at,
        // supporting, condemning.
        (
            "[[Elk tekort kost een apotheek 25 minuten extra werk, berekende onderzoeksbureau Veldmeer Data.]]",
            Language::Dutch,
            Some("Veldmeer Data"),
        ),
        (
            "[[Minister Anna Bakker kondigde vrijdag in een brief aan de Kamer aan dat de voorraad wordt verlengd.]]",
            Language::Dutch,
            Some("Anna Bakker"),
        ),
        (
            "[[Minister Pieter de Waal sprak donderdag van een historische stap.]]",
            Language::Dutch,
            Some("Pieter de Waal"),
        ),
        (
            "[[Directeur Lieke Verhoef hoopt de verloren afzet op te vangen in Spanje.]]",
            Language::Dutch,
            Some("Lieke Verhoef"),
        ),
        (
            "[[Industry group Ostchip puts the value of EU imports of these chips at €4.7 billion.]]",
            Language::English,
            Some("Ostchip"),
        ),
        (
            "[[De ondernemingsraad van Veldmeer steunt de plannen.]]",
            Language::Dutch,
            Some("ondernemingsraad"),
        ),
        (
            "[[Ostland's foreign ministry has condemned the divestment laws as “financial McCarthyism.”]]",
            Language::English,
            Some("Ostland's foreign ministry"),
        ),
        // A vote, an event announced with its object, a long opening phrase: no source.
        (
            "[[Een Kamermeerderheid steunt het plan.]]",
            Language::Dutch,
            None,
        ),
        (
            "[[Veldmeer kondigde vorige week een nieuwe fabriek in Hongarije aan.]]",
            Language::Dutch,
            None,
        ),
        // A ministry whose name lists its fields.
        (
            "[[Het ministerie van Landbouw, Visserij en Natuur (LVN) maakte bekend dat het 1,2 miljard euro uittrekt.]]",
            Language::Dutch,
            Some("ministerie van Landbouw, Visserij en Natuur (LVN)"),
        ),
        // A surname alone after the full name is that person, even after another speaker.
        (
            "Chief executive Mark Dellow told Reuters the plant would close. ‘It hurts,’ said Fenna Roos of the Harbour and Transport Union. Orbix could restart in 2027, Dellow said, though [[he did not expect that before 2028.]]",
            Language::English,
            Some("Dellow"),
        ),
        // A pronoun whose gender the source before marks, over an unmarked name.
        (
            "Mayor Tess Lyle welcomed the talks. Talks start in May, a ministry spokeswoman said. [[Santiago rejects any link with the duties, she said.]]",
            Language::English,
            Some("unnamed ministry spokeswoman"),
        ),
        // "via een woordvoerder", and a speaker whose last word looked like an adverb.
        (
            "[[Het ministerie van Havens laat via een woordvoerder weten dat het besluit in 2026 komt.]]",
            Language::Dutch,
            Some("ministerie van Havens"),
        ),
        (
            "Delfmeer Refining ontkent dat het Russische olie heeft gekocht. [[„Wij controleren elke lading”, laat een woordvoerder van het bedrijf weten.]]",
            Language::Dutch,
            Some("unnamed woordvoerder (Delfmeer Refining)"),
        ),
        // The speaker inside a relative clause; figures pointed back at.
        (
            "[[Brussel besloot na een onderzoek van een jaar, waarin de Commissie concludeerde dat de accu's te goedkoop waren.]]",
            Language::Dutch,
            Some("Commissie"),
        ),
        (
            "De invoer is verdubbeld, aldus de Commissie. [[Ostlandse fabrikanten leveren volgens dezelfde cijfers drie keer zo veel accu's.]]",
            Language::Dutch,
            Some("Commissie"),
        ),
        // A gerund after "said" opens the content; a role after one does not.
        (
            "[[Rina Velt, an economist at Ostbridge Macro, said holding half of reserves in gold left the bank exposed.]]",
            Language::English,
            Some("Rina Velt"),
        ),
        (
            "[[“We will not outbid anyone,” said purchasing director Karen Lowell.]]",
            Language::English,
            Some("Karen Lowell"),
        ),
        // A relative clause, then "has warned" or "is demanding".
        (
            "[[The Arable Growers Council (AGC), which represents farmers in 14 countries, has warned that costs could rise 20%.]]",
            Language::English,
            Some("Arable Growers Council (AGC)"),
        ),
        (
            "[[The Varna Civic Committee, which called the strike, is demanding that half of all royalties stay in the region.]]",
            Language::English,
            Some("Varna Civic Committee"),
        ),
        // A trailing speaker before a colon; a body whose name is a list; "for" inside a name.
        (
            "[[Dat is vrijwel onmogelijk, zegt analist Pieter Dorn van Noordkaap Energie: de olie is niet te onderscheiden.]]",
            Language::Dutch,
            Some("Pieter Dorn"),
        ),
        (
            "[[A spokesperson for the Department of Jobs, Tourism, Science and Innovation said the state was disappointed.]]",
            Language::English,
            Some("unnamed spokesperson (Department of Jobs, Tourism, Science and Innovation)"),
        ),
        (
            "[[Volgens het Centre for Maritime Openness (CMO) losten 23 tankers hun lading.]]",
            Language::Dutch,
            Some("Centre for Maritime Openness (CMO)"),
        ),
        // Signing up is no report; blaming is.
        (
            "[[Tientallen telers hebben zich bij de vereniging gemeld.]]",
            Language::Dutch,
            None,
        ),
        (
            "Opslagbedrijf Veldgas Noord stelt de oplevering van de caverne uit. [[Het bedrijf wijt de vertraging aan de trage vergunningverlening.]]",
            Language::Dutch,
            Some("Veldgas Noord"),
        ),
        // A portfolio of two fields between a title and the name.
        (
            "[[“We will keep acting,” Under Secretary for Terrorism and Financial Intelligence Laura Wheatley said.]]",
            Language::English,
            Some("Laura Wheatley"),
        ),
        // The body that opens the sentence, when "de dienst" names no other; a cooperative.
        (
            "[[Rijkswaterstaat verwacht de uitkomst in 2026, laat een woordvoerster van de dienst weten.]]",
            Language::Dutch,
            Some("unnamed woordvoerster (Rijkswaterstaat)"),
        ),
        (
            "Zuivelcoöperatie Terpmelk verliest een contract. [[Die markten zijn samen een vijfde zo groot, laat de coöperatie weten.]]",
            Language::Dutch,
            Some("Terpmelk"),
        ),
        // A group of people named by a plural noun alone, opening the sentence.
        (
            "[[Taxateurs schatten de waarde van het station op 30 miljoen euro.]]",
            Language::Dutch,
            Some("unnamed taxateurs"),
        ),
        // "the study", "the data": the document named before, by whoever gave it then.
        (
            "Ostland would run out of gas in eleven days, according to a study by Halvard Energy Research. [[The study estimates that it would need twice as many carriers.]]",
            Language::English,
            Some("Halvard Energy Research"),
        ),
        (
            "Prices rose 12% in May, according to figures from Veldmark Metals. [[Terbium oxide rose 9% to 8,400 yuan a kilogram, the data show.]]",
            Language::English,
            Some("Veldmark Metals"),
        ),
        // "het rapport", "de klacht", "de onderzoekers": who wrote the report or did the
        // research named before, even paragraphs back.
        (
            "Aanleiding is een onderzoek van het Delftse beveiligingsbedrijf Veldwacht Security, dat de module doorlichtte. [[Volgens het rapport kan de module op afstand nieuwe software ontvangen.]]",
            Language::Dutch,
            Some("Veldwacht Security"),
        ),
        (
            "Aanleiding is een onderzoek van het Delftse beveiligingsbedrijf Veldwacht Security. [[Een aanvaller zou zo duizenden meters kunnen uitschakelen, schrijven de onderzoekers.]]",
            Language::Dutch,
            Some("Veldwacht Security"),
        ),
        // An attribution that closes the clause before ", and" does not reach the next one;
        // "according to X" closes a clause as well.
        (
            "Orbix chartered twice as many tankers, one of the people familiar with the matter said, and [[the refinery is in talks with a Swiss trading house.]]",
            Language::English,
            None,
        ),
        (
            "The cut could add $400 million to revenue, according to Banco Meridional, though [[dry weather in the south may yet trim yields.]]",
            Language::English,
            None,
        ),
        // "told X to": an order, not a statement.
        (
            "The regulator granted a licence in August. [[It has told the company to keep 60% of its output at home.]]",
            Language::English,
            None,
        ),
        // A verb of expecting after ", and" speaks for the sentence's subject.
        (
            "Orbix has signed deals with three chipmakers, and [[expects scrap from a fourth customer in 2026.]]",
            Language::English,
            Some("Orbix"),
        ),
        // Guillemets close a quotation before its speaker; a name inside the quotation is
        // not who "he" means.
        (
            "Minister Estevão Mabunda spoke in Maputo on Monday. [[«Cabo Delgado is open for business again,» he said.]]",
            Language::English,
            Some("Estevão Mabunda"),
        ),
        // A semicolon ends what a speaker wrote; shipbrokers speak as a group.
        (
            "Wethouder Anja de Vries schreef de raad dat de berekeningen eerst moeten worden getoetst; [[die toets duurt naar verwachting zes weken.]]",
            Language::Dutch,
            None,
        ),
        (
            "[[Freight rates on the route have nearly doubled in four weeks, shipbrokers said.]]",
            Language::English,
            Some("unnamed shipbrokers"),
        ),
        // A standard is no source; "Rival" is no part of a name.
        (
            "[[De meters werken volgens de Nederlandse DSMR 5.0-standaard.]]",
            Language::Dutch,
            None,
        ),
        (
            "[[Rival Sanwa Refining said it would triple its capacity.]]",
            Language::English,
            Some("Sanwa Refining"),
        ),
        // A body named by its noun and what it deals with; "resources" holds no sources.
        (
            "[[The energy and mineral resources ministry says the quotas will curb illegal mining.]]",
            Language::English,
            Some("energy and mineral resources ministry"),
        ),
        // "U.S." does not end the name after "according to".
        (
            "[[Ostland mined 24% of the world's lithium, according to U.S. Geological Survey estimates.]]",
            Language::English,
            Some("U.S. Geological Survey"),
        ),
        // A company spokesperson speaks for the rival that is the subject.
        (
            "Veldmeer Cell postponed its orders. [[Smaller rival Kestrel Cell kept buying, a company spokesperson said.]]",
            Language::English,
            Some("unnamed spokesperson (Kestrel Cell)"),
        ),
        // A notice on a body's website, named by the sourcing sentence after it.
        (
            "[[Exporters must register their plants by May.]] That is according to a notice posted on the website of Ostland's General Administration of Customs late on Tuesday.",
            Language::English,
            Some("Ostland's General Administration of Customs"),
        ),
        // Figures that a body published; research carried out by a firm.
        (
            "[[De export daalde dit jaar met 14 procent.]] Dat blijkt uit cijfers die brancheorganisatie VAV dinsdag publiceerde.",
            Language::Dutch,
            Some("VAV"),
        ),
        (
            "[[Uit het onderzoek, uitgevoerd door het Rotterdamse bureau Noordkaap Security, blijkt dat de kasten verbinding maken met servers in Ostland.]]",
            Language::Dutch,
            Some("Noordkaap Security"),
        ),
        (
            "Uit het onderzoek, uitgevoerd door het Rotterdamse bureau Noordkaap Security, blijkt dat de kasten verbinding maken. [[Volgens de onderzoekers staat die verbinding standaard aan.]]",
            Language::Dutch,
            Some("Noordkaap Security"),
        ),
        // "naar haar schatting": the woman named before.
        (
            "Hanneke Smulders doet onderzoek naar aanbestedingen. [[Het aantal inschrijvingen uit Ostland is sinds 2021 naar haar schatting verdrievoudigd.]]",
            Language::Dutch,
            Some("Hanneke Smulders"),
        ),
        // A subsidiary's spokesperson speaks for its parent; a denial with "spreekt tegen".
        (
            "[[Een woordvoerder van de Nederlandse dochter van Tianrun Automation liet weten dat het bedrijf volledig meewerkt.]]",
            Language::Dutch,
            Some("unnamed woordvoerder (dochter van Tianrun Automation)"),
        ),
        (
            "[[MCT spreekt dat tegen: de kranen waren 97 procent van de tijd beschikbaar.]]",
            Language::Dutch,
            Some("MCT"),
        ),
        // The speakers after "volgens" end before the inverted verb.
        (
            "[[Volgens twee betrokken ambtenaren vreest het ministerie dat de financier meekijkt.]]",
            Language::Dutch,
            Some("unnamed betrokken ambtenaren"),
        ),
    ];
    for (marked, language, expected) in table {
        let (text, spans) = common::decode_spans(marked);
        let claims = extract_claims(&article(&text, language));
        let quote = &text[spans[0].clone()];
        let claim = claim_for(&claims, quote);
        assert_eq!(claim.source.as_deref(), expected, "{marked}");
    }
    // The sourcing sentence itself is not a claim.
    let text = "Veldmeer wil 400 banen schrappen. Dat meldt dagblad De Koerier op basis van interne stukken.";
    let claims = extract_claims(&article(text, Language::Dutch));
    assert_eq!(claims.len(), 1);
    // "Dat maakte X bekend" is one too, and gives its source to the claim before it.
    let text = "Het rijk trekt 80 miljoen euro uit voor nieuwe dijken in Zeeland. Dat maakte minister Anna Bakker dinsdag bekend.";
    let claims = extract_claims(&article(text, Language::Dutch));
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert_eq!(claims[0].source.as_deref(), Some("Anna Bakker"));
    assert_eq!(claims[0].kind, ClaimKind::Decision);
}

#[test]
fn hedging() {
    let table = [
        (
            "De nieuwe accu is mogelijk twee keer zo duur.",
            true,
            &["mogelijk"][..],
        ),
        (
            "Orbix zou de fabriek in Ostland willen verkopen.",
            true,
            &["zou"],
        ),
        // "would" as the verb of the claim's own clause is a projection, even with the
        // speaker after it; after a verb of saying, in a rule's relative clause, for
        // "any" subject or in a refusal it is not.
        (
            "The plant would cost about $2.3 billion, the people said.",
            true,
            &["would"],
        ),
        (
            "Orbix said the plant would cost about $2.3 billion.",
            false,
            &[],
        ),
        (
            "Senators introduced a bill that would require chipmakers to track exports.",
            false,
            &[],
        ),
        ("Any tax would need approval from Congress.", false, &[]),
        ("The company would not comment on the plant.", false, &[]),
        (
            "Naar verluidt heeft Veldmeer 200 miljoen euro geboden.",
            true,
            &["naar verluidt"],
        ),
        (
            "De Kestrel moet tot vier keer sneller zijn dan de Falcon.",
            true,
            &["moet … zijn"],
        ),
        // A target: "moet … verdubbelen"; "considers" voices a view, not a doubt.
        (
            "Met de nieuwe lijn moet de capaciteit in 2026 verdubbelen.",
            true,
            &["moet … verdubbelen"],
        ),
        (
            "The ministry considers the quota system unfair.",
            false,
            &[],
        ),
        ("Orbix may cut 500 jobs in Ostland.", true, &["may"]),
        // A wish that describes someone, a forecast as a thing or in the past, and
        // "mogelijk te maken" are no hedges; a forecast of a figure is.
        (
            "De provincie trekt 85 miljoen euro uit voor boeren die willen verplaatsen.",
            false,
            &[],
        ),
        (
            "Een douanemedewerker die anoniem wil blijven, zegt dat er 40 scanners zijn.",
            false,
            &[],
        ),
        (
            "Orbix cut its 2025 production forecast by 8% and sales were well above forecasts.",
            false,
            &[],
        ),
        (
            "Orbix raised its forecast for chip sales to $212 billion.",
            true,
            &["forecast"],
        ),
        (
            "De stad legt glasvezel aan om thuiswerken mogelijk te maken.",
            false,
            &[],
        ),
        (
            "Orbix kondigde aan dat het de productie van die chips in 2026 wil verdubbelen.",
            true,
            &["wil"],
        ),
        // A decision that is expected; estimates and an expectation in a past perfect.
        (
            "A decision on the Orbix licence is expected before the end of the year.",
            true,
            &["is expected before"],
        ),
        (
            "Ostland heeft volgens schattingen van Kalder Research 4 procent van de markt.",
            true,
            &["schattingen"],
        ),
        (
            "Analisten hadden op 6 miljard euro aan orders gerekend.",
            true,
            &["gerekend"],
        ),
        // Reportative "zou … hebben geleverd" inside a report is hearsay; a modal in what
        // someone wrote is theirs.
        (
            "Orbix zou sinds 2023 onderdelen aan het leger hebben geleverd, stelt het ministerie.",
            true,
            &["zou"],
        ),
        // An expectation in a report is one; "higher than expected" is not.
        (
            "The Ostburg association said it expected compliance costs to rise.",
            true,
            &["expected"],
        ),
        ("Orbix's sales were higher than expected.", false, &[]),
        (
            "Orbix posted weaker-than-expected sales in Ostland.",
            false,
            &[],
        ),
        // Considering, hoping, not ruling out and budget estimates leave the outcome open.
        (
            "Orbix overweegt een tweede fabriek in Ostland te bouwen.",
            true,
            &["overweegt"],
        ),
        (
            "De douane sluit nieuwe strafzaken niet uit.",
            true,
            &["sluit nieuwe strafzaken niet uit"],
        ),
        (
            "De kosten worden geraamd op 2 miljard euro.",
            true,
            &["geraamd"],
        ),
        (
            "Bestuursvoorzitter Mara Venn zei juridische stappen te overwegen.",
            false,
            &[],
        ),
        (
            "Mara Venn wrote in a note to clients that the checks could be spoofed.",
            false,
            &[],
        ),
        (
            "Orbix reportedly paid $40 million for the site.",
            true,
            &["reportedly"],
        ),
        (
            "The plant is expected to open in June.",
            true,
            &["expected to"],
        ),
        // Not hedges: rounding, ability, "will", a named source, a quoted or reported modal.
        ("Orbix paid about $40 million for the site.", false, &[]),
        ("Met 64 kernen kan de chip goed meekomen.", false, &[]),
        ("Orbix will open the plant in June.", false, &[]),
        (
            "Lawmakers warned that the chips might help Ostland.",
            false,
            &[],
        ),
        ("“Het kan misschien sneller”, zei Smeets.", false, &[]),
        // "would" for what a proposed rule would do is a projection (a rule in force
        // "requires"); a modal inside a stance that comes first or that voices more than a
        // report is not. A plain report after the fact leaves the modal hedging the claim.
        (
            "The rule would require licences for all exports.",
            true,
            &["would"],
        ),
        (
            "Smuggling could shift to other ports, warned Rita Osei.",
            false,
            &[],
        ),
        ("Orbix said the plant may close.", false, &[]),
        (
            "Smuggling could shift to other ports, said Rita Osei.",
            true,
            &["could"],
        ),
        (
            "Het ministerie zou de vergunning in maart intrekken, zeggen ingewijden.",
            true,
            &["zou"],
        ),
        (
            "Orbix zou de fabriek in mei hebben toegezegd aan Veldmeer, zegt het ministerie.",
            true,
            &["zou"],
        ),
        (
            "They cautioned that Ostland may take months to rebuild orders.",
            false,
            &[],
        ),
        (
            "Het consortium bood levering in 2028 aan, op voorwaarde dat Ostland vorig jaar zou tekenen.",
            false,
            &[],
        ),
        // "rekent … op" with words between, calculations, and a long aim; a question.
        (
            "De inspectie rekent in het eerste jaar op 120 aanvragen.",
            true,
            &["rekent in het eerste jaar op"],
        ),
        (
            "Volgens hun berekeningen daalt het aantal pakketten 5 tot 8 procent.",
            true,
            &["volgens hun berekeningen"],
        ),
        (
            "Daarnaast wil Veldnet op twaalf locaties tijdelijke batterijparken van 10 tot 20 megawatt neerzetten.",
            true,
            &["wil"],
        ),
        (
            "De partijen willen onder meer weten of Orbix garanties heeft gekregen.",
            false,
            &[],
        ),
        // An aim is a hedge; a wish about others or "te willen" is not.
        (
            "Veldmeer wil de productie in 2027 verdubbelen.",
            true,
            &["wil"],
        ),
        ("Ostland wil dat bondgenoten meedoen.", false, &[]),
        (
            "Drie bedrijven hadden aangegeven chips te willen bestellen.",
            false,
            &[],
        ),
        (
            "Veldmeer rekent erop de fabriek in mei te openen.",
            true,
            &["rekent erop"],
        ),
        (
            "Analysts put the cost at $3 billion.",
            true,
            &["put the cost"],
        ),
        ("The draft could still change.", true, &["could"]),
        (
            "De Europese Commissie moet de steun nog goedkeuren, wat naar verwachting maanden duurt.",
            true,
            &["naar verwachting"],
        ),
        (
            "Analysts expect the rules to slow battery exports from Ostland.",
            true,
            &["expect"],
        ),
        // A wish inside an indirect question is not the claim's aim.
        (
            "De toezichthouder vroeg telers waarom ze het middel willen gebruiken.",
            false,
            &[][..],
        ),
        // A target with "moet", an estimated value and a course towards a figure.
        (
            "De fabriek moet vanaf 2028 jaarlijks 120 transitiestukken produceren.",
            true,
            &["moet … produceren"],
        ),
        (
            "Die wet moet in 2027 in werking treden.",
            true,
            &["moet … in werking treden"],
        ),
        (
            "De aanbesteding heeft een geraamde waarde van 41 miljoen euro.",
            true,
            &["geraamde"],
        ),
        (
            "Exports to Ostland are on course to reach 200,000 tonnes this year.",
            true,
            &["on course to"],
        ),
    ];
    for (text, hedged, words) in table {
        let got = hedge::find_hedges(text, 0..text.len());
        assert_eq!(!got.is_empty(), hedged, "{text}: {got:?}");
        assert_eq!(got, words, "{text}");
    }
}

#[test]
fn numbers_found() {
    let table = [
        // A price and the quantity it is per are one figure.
        (
            "De melkprijs zakte naar [[47,50 euro per 100 kilo]], ruim [[4 euro]] lager, en kan met [[1 tot 1,5 euro per 100 kilo]] dalen.",
            Language::Dutch,
        ),
        // "tussen de X en Y" is one range; "acht" before an object is "to deem".
        (
            "Huiseigenaren krijgen tussen de [[€1.000 en €3.750]] terug.",
            Language::Dutch,
        ),
        (
            "Een diplomaat acht de kans groot dat [[acht]] landen tekenen.",
            Language::Dutch,
        ),
        (
            "Het aandeel daalde [[3 procent]] naar [[4,5 miljard dollar]] beurswaarde.",
            Language::Dutch,
        ),
        // "één" is the numeral, except where it picks one out of a group.
        (
            "Nederland heeft [[één]] kerncentrale; [[Eén]] reactor is oud, één van de grootste.",
            Language::Dutch,
        ),
        // "a dozen"; a length of time and then the year it ends are no range.
        (
            "About [[a dozen]] buyers wrote in, and the deal was extended by [[15 years]] to [[2062]].",
            Language::English,
        ),
        // "een jaar" after "minstens" or before "tijd" is a length of time.
        (
            "Het project loopt minstens [[een jaar]] vertraging op en de voorraad groeide in [[een jaar]] tijd met [[12 procent]].",
            Language::Dutch,
        ),
        // After a rounding word "een jaar eerder" is a lead time; after "than" a date.
        (
            "Het systeem is ruim [[een jaar]] eerder leverbaar, en de omzet steeg [[12 procent]] ten opzichte van een jaar eerder.",
            Language::Dutch,
        ),
        (
            "Exports jumped more than [[tenfold]], and the review can last up to [[90 working days]].",
            Language::English,
        ),
        // Basis points are a unit; a term that names an instrument ("three-month copper",
        // "one-week repo rate") is no number, and neither is an equipment generation.
        (
            "The bank cut its one-week repo rate by [[300 basis points]] to [[37.5%]], three-month copper rose [[2.1%]] after a [[six-week]] strike, and a Gen 8.6 line opens.",
            Language::English,
        ),
        (
            "Orbix reports [[third-quarter]] results on Tuesday.",
            Language::English,
        ),
        // "en" joins a range only after "tussen": the type number stays a name.
        (
            "Het gaat om [[1.800]] drones van het type Spreeuw 3 en [[650]] onderscheppers.",
            Language::Dutch,
        ),
        // Two count words joined by "tot" or "to" are one range.
        (
            "Het gaat om [[zes tot acht]] locaties en [[two to four]] plants.",
            Language::Dutch,
        ),
        // A change and the level it reached are two numbers; a range after a change verb
        // stays one.
        (
            "Wheat gained [[€6.25]] to [[€198.50]] a tonne, smelters grew from [[11]] to [[54]], and prices rose [[15% to 20%]].",
            Language::English,
        ),
        // A count right after a name in Dutch word order is no product number.
        (
            "In [[2024]] kwamen in Nederland [[37]] meldingen binnen; de Kestrel 4 moeten wachten.",
            Language::Dutch,
        ),
        // A tally and a span of years with a hyphen; "ten minste" holds no ten; decades.
        (
            "The bill cleared the committee [[31-17]] after the [[2021-22]] shortage.",
            Language::English,
        ),
        (
            "Orbix moet binnen [[negen maanden]] ten minste [[51 procent]] verkopen.",
            Language::Dutch,
        ),
        (
            "Orbix has served Ostland for [[two decades]].",
            Language::English,
        ),
        // Periods of a year, and units of weight, volume and length.
        (
            "Exports reached [[12 tonnes]] in the [[first nine months of 2026]], and the fab opens in [[mid-2027]].",
            Language::English,
        ),
        (
            "The [[40-foot]] container rate rose to [[$4,200]].",
            Language::English,
        ),
        // A half or part of a year stays whole with its year; "half" alone is a fraction.
        (
            "Deliveries start in the [[second half of 2026]] or by the [[end of 2027]], at [[half]] the price.",
            Language::English,
        ),
        (
            "De fabriek opent [[eind 2028]] of in de [[tweede helft van 2029]].",
            Language::Dutch,
        ),
        (
            "Ostland mined [[three-quarters]] of the ore and [[driekwart]] of the tin.",
            Language::English,
        ),
        (
            "Het leger koopt [[155-millimeter]]granaten voor [[300 miljoen euro]].",
            Language::Dutch,
        ),
        // Teens and tens as words, minutes, a fifth, "five-year", vague magnitudes.
        (
            "Orbix levert [[vijftien jaar]] lang gas en meet elke [[zeventig minuten]] de druk.",
            Language::Dutch,
        ),
        (
            "The lake fell to a [[five-year]] low and carries [[a fifth]] of the traffic.",
            Language::English,
        ),
        (
            "Het contract kan Ostland [[honderden miljoenen euro's]] kosten, aldus Orbix.",
            Language::Dutch,
        ),
        (
            "The delay cost [[hundreds of millions of dollars]], Orbix said.",
            Language::English,
        ),
        (
            "The stock fell [[15%]] to a value of [[$5.5 billion]].",
            Language::English,
        ),
        (
            "Een chip kost [[$10.000–$12.000]] en is tot [[zes keer]] sneller.",
            Language::Dutch,
        ),
        (
            "Fines range from [[1 to 10 percent]] of revenue, or [[30% to 50%]] of profit.",
            Language::English,
        ),
        (
            "Het gaat om [[tienduizenden]] chips en [[het dubbele]] van vorig jaar.",
            Language::Dutch,
        ),
        // A number word that starts with an accented letter.
        (
            "Veldmeer verkocht vorig jaar [[één miljard]] chips en [[twee keer]] zoveel accu's.",
            Language::Dutch,
        ),
        // Currencies with letters before the dollar sign, and after the number.
        (
            "Fines reach [[NT$10 million]] or [[41.6 billion ringgit]] in Ostland.",
            Language::English,
        ),
        // A range right after a name, and a euro sign with a space.
        (
            "Volgens Kalder Research [[3 à 4 procent]], en volgens FNV Metaal [[500 tot 700]] banen; koers [[€ 612,40]].",
            Language::Dutch,
        ),
        // Proportions in words; "half" before a month is a date.
        (
            "Bij [[een op de vijf]] bedrijven ligt de productie tot half december stil.",
            Language::Dutch,
        ),
        (
            "Orbix makes [[a tenth]] of the world's cells, up [[3 à 4 procent]].",
            Language::English,
        ),
        // Number words joined into a range.
        (
            "Stocks will last [[six to nine months]], or [[drie tot vijf procent]] of a year.",
            Language::English,
        ),
        (
            "Exports [[doubled]] and [[tens of thousands]] of jobs moved within [[two days]].",
            Language::English,
        ),
        (
            "De levering is [[verdubbeld]] sinds [[2020]] en start op [[9 april]].",
            Language::Dutch,
        ),
        (
            "Shipments start in the [[fourth quarter of 2027]].",
            Language::English,
        ),
        // Digits inside product names are not numbers.
        (
            "De H20, de QX900 en de Mira 12X draaien op het Falcon 2030-platform niet.",
            Language::Dutch,
        ),
        (
            "The Zeta 950 and the MX308 are part of the Made in Ostland 2030 plan.",
            Language::English,
        ),
        // Month or weekday names without digits are not numbers.
        ("In juli en op vrijdag gebeurde het.", Language::Dutch),
        // Counted things, fractions, durations after a rounding word, units with a hyphen.
        (
            "Het gaat om [[twee]] fabrieken en [[een derde]] van de markt.",
            Language::Dutch,
        ),
        (
            "Chips of [[28-nanometre]] with [[96 gigabytes]] use [[1,500 megawatts]].",
            Language::English,
        ),
        (
            "The case took about [[a year]] and prices fell by [[half]].",
            Language::English,
        ),
        (
            "[[Three]] ministers expect [[$15bn to $20bn]] by [[2027]].",
            Language::English,
        ),
        // A part of a whole, alternatives, and a span of two dates are one number each.
        (
            "Onderzoekers vonden in [[drie van de tien]] pompen en bij [[14 van de 19]] scanners een lek.",
            Language::Dutch,
        ),
        (
            "Only [[21 of the 48]] plants opened; talks run from [[Nov. 17 to Nov. 21]].",
            Language::English,
        ),
        (
            "Een aanval op [[vijf of zes]] knooppunten legt het net [[twee of drie dagen]] stil.",
            Language::Dutch,
        ),
        // Clock times; "third" before a noun is an ordinal, not a fraction.
        (
            "The cable failed at about [[3:40 a.m.]] and goods from a third country pay [[40%]].",
            Language::English,
        ),
        (
            "De storing begon om [[14.30 uur]]; Orbix levert niet aan een derde land maar won [[een derde]] van de markt.",
            Language::Dutch,
        ),
        // "double" as a verb, an ordinal count, decades, "multibillion-dollar".
        (
            "It is the [[fourth time]] Ostland ordered firms to [[double]] stocks, not a double standard.",
            Language::English,
        ),
        (
            "A [[multibillion-dollar]] plan secures [[a decade]] of supply, as it did a decade ago.",
            Language::English,
        ),
        // "a year" as the size of a delay, not as a date; "duizend" before a unit; cents.
        (
            "The plant could slip by [[a year]], though output is up on a year ago at [[85 cents]] a bushel.",
            Language::English,
        ),
        (
            "Dat is [[een jaar]] later dan gepland voor een raket die [[duizend kilometer]] vliegt.",
            Language::Dutch,
        ),
        // A percentage then a level after "to" is not a range.
        (
            "The peso firmed [[1.2%]] to [[1,415]] per dollar.",
            Language::English,
        ),
        // A hyphenated fraction, "decades", a halving; "two decades" stays one number.
        (
            "For [[decades]] Ostland paid [[one-third]] of the cost, which could [[halve]] after [[two decades]].",
            Language::English,
        ),
        // "in één klap" is an idiom; a model code and a standard's version are names.
        (
            "De regel kan de aanvoer in één klap [[verdubbelen]] voor de Aurex G2-440 en de DSMR 5.0-standaard.",
            Language::Dutch,
        ),
        // Units of power, speed, freight and area; fractions before "zijn" and "buiten";
        // a version after a product name written in mixed case.
        (
            "Met [[vier]] motoren van elk [[4.300 kilowatt]] haalt het schip [[24 knopen]], en de terminal verwerkt [[4,5 miljoen TEU]] op [[300 hectare]].",
            Language::Dutch,
        ),
        (
            "De lonen die [[een tiende]] zijn van de onze, waarvan [[een vijfde]] buiten Ostland, draaien op CraneOS 5 installeren.",
            Language::Dutch,
        ),
        (
            "The quota is roughly [[a third]] below recent shipments.",
            Language::English,
        ),
    ];
    for (marked, language) in table {
        let (text, expected) = common::decode_spans(marked);
        let got: Vec<_> = numbers::find_numbers(&text, 0..text.len(), language)
            .into_iter()
            .map(|n| n.range)
            .collect();
        assert_eq!(
            got,
            expected,
            "\n got: {}",
            common::encode_spans(&text, &got)
        );
    }
}

#[test]
fn number_values() {
    let text = "De prijs was ongeveer 4,5 miljard dollar.";
    let found = numbers::find_numbers(text, 0..text.len(), Language::Dutch);
    let mention = &found[0].mention;
    assert_eq!(mention.text, "4,5 miljard dollar");
    assert_eq!(mention.low, Some(4.5e9));
    assert_eq!(mention.unit.as_deref(), Some("USD"));
    assert!(mention.approximate);
    let text = "Fines range from 30% to 50%.";
    let found = numbers::find_numbers(text, 0..text.len(), Language::English);
    assert_eq!(found[0].mention.low, Some(30.0));
    assert_eq!(found[0].mention.high, Some(50.0));
    assert_eq!(found[0].mention.unit.as_deref(), Some("%"));
    // "2021-22" spans two years; a tally is kept low to high.
    let text = "The 2021-22 shortage ended in a 31-17 vote.";
    let found = numbers::find_numbers(text, 0..text.len(), Language::English);
    assert_eq!(found[0].mention.text, "2021-22");
    assert_eq!(found[0].mention.high, Some(2022.0));
    assert_eq!(found[1].mention.low, Some(17.0));
    assert_eq!(found[1].mention.high, Some(31.0));
    // A count of a magnitude, with its currency; a fraction; a number word of the teens.
    let text = "Het kost honderden miljoenen euro's, een vijfde van de winst, in negentien jaar.";
    let found = numbers::find_numbers(text, 0..text.len(), Language::Dutch);
    assert_eq!(found[0].mention.low, Some(1e8));
    assert_eq!(found[0].mention.unit.as_deref(), Some("EUR"));
    assert_eq!(found[1].mention.low, Some(0.2));
    assert_eq!(found[2].mention.low, Some(19.0));
    assert_eq!(found[2].mention.unit.as_deref(), Some("year"));
    // "anderhalf" is one and a half, of any unit.
    let text = "Het duurde anderhalf jaar en kostte anderhalve keer zoveel.";
    let found = numbers::find_numbers(text, 0..text.len(), Language::Dutch);
    assert_eq!(found[0].mention.text, "anderhalf jaar");
    assert_eq!(found[0].mention.low, Some(1.5));
    assert_eq!(found[0].mention.unit.as_deref(), Some("year"));
    assert_eq!(found[1].mention.text, "anderhalve keer");
    // A part of a year carries its year; three quarters are 0.75.
    let text = "Eind 2028 levert Orbix driekwart van de chips.";
    let found = numbers::find_numbers(text, 0..text.len(), Language::Dutch);
    assert_eq!(found[0].mention.low, Some(2028.0));
    assert_eq!(found[0].mention.unit.as_deref(), Some("year"));
    assert_eq!(found[1].mention.low, Some(0.75));
    // A share is a fraction; alternatives are an approximate range; a clock time in hours.
    let text = "Acht op de tien kandidaten, vijf of zes knooppunten, om 7.30 p.m.";
    let found = numbers::find_numbers(text, 0..text.len(), Language::Dutch);
    assert_eq!(found[0].mention.low, Some(0.8));
    assert_eq!(found[0].mention.unit.as_deref(), Some("fraction"));
    assert_eq!(found[1].mention.low, Some(5.0));
    assert_eq!(found[1].mention.high, Some(6.0));
    assert!(found[1].mention.approximate);
    assert_eq!(found[2].mention.low, Some(19.5));
    assert_eq!(found[2].mention.unit.as_deref(), Some("time"));
    // "one day" is an idiom, not a number.
    let text = "One day the canal closed.";
    assert!(numbers::find_numbers(text, 0..text.len(), Language::English).is_empty());
    // A "-fold" word is its factor; working days are a unit of their own.
    let text = "Exports rose more than tenfold, and a review takes up to 90 working days.";
    let found = numbers::find_numbers(text, 0..text.len(), Language::English);
    assert_eq!(found[0].mention.text, "tenfold");
    assert_eq!(found[0].mention.low, Some(10.0));
    assert_eq!(found[0].mention.unit.as_deref(), Some("times"));
    assert_eq!(found[1].mention.text, "90 working days");
    assert_eq!(found[1].mention.unit.as_deref(), Some("working day"));
    let text = "De uitvoer is vervijfvoudigd.";
    let found = numbers::find_numbers(text, 0..text.len(), Language::Dutch);
    assert_eq!(found[0].mention.low, Some(5.0));
}

#[test]
fn entities_found() {
    let table = [
        // "and" inside a union's name, not between two names.
        "‘It hurts,’ said [[Fenna Roos]] of the [[Harbour and Transport Union]].",
        "Officials of [[Ostland]] and [[European Union]] negotiators met in [[Geneva]].",
        "Volgens [[Reuters]] wil [[Orbix]] de [[QX900]] aan [[Veldmeer]] in [[Tilburg]] leveren.",
        "The [[Trade Council of Ostland]] ([[TCO]]) summoned [[Orbix]] over the [[Kestrel Pro 7000X]].",
        "Topman [[Ruud Smeets]] sprak in [[Washington]] met [[Rita Osei]].",
        "[[Orbix’]]s chips en de [[Veldmeer]]-fabriek liggen stil, aldus [[Smeets]].",
        // Places in the gazetteer also count at the start of a sentence.
        "[[Denemarken]] en [[Noorwegen]] onderzoeken inmiddels ook hun bussen.",
        // A noun that takes no article is no name before its verb; "for" a place is
        // where to.
        "Construction will employ 4,500 people. Output has doubled at [[Veldmeer]].",
        "Trucks leave [[Berbera]] for [[Ethiopia]] every day.",
        // Sentence-initial common words, demonyms, generic acronyms and months are not entities.
        "Chinese bedrijven en Amerikaanse AI-chips kregen in September veel aandacht.",
        "Beide fabrieken zijn dicht; ook de CEO weet het niet.",
        // A product code, a quoted programme name glued to a compound.
        "Het “Made in Ostland 2030”-plan noemt de [[MX308]] en de [[B52C]].",
        // A capitalised descriptor before an acronym is not part of it.
        "Brancheorganisatie [[FME]] schat dat [[Veldmeer]] groeit.",
        // Known multi-word names that open with a function word; dotted acronyms keep their dot.
        "The plant in [[New York]] ships to the [[U.S.]] market.",
        // A dotted acronym opens a longer name; a country adjective is no name.
        "The [[U.S. Trade Office]] fined [[Orbix]], and een Nederlands kabinet zweeg.",
        "Prices rose in the [[U.S.]] [[Nvidia]] did not comment.",
        // Non-ASCII letters; "van de" after a full name starts an organisation.
        "[[Daniëlle Koçak]] van de [[Universiteit Leiden]] sprak met [[Chloé Dubois]].",
        "She works at the [[Center for Security and Emerging Technology]] in [[Geneva]].",
        // A sentence-initial unknown name right before a verb; plural nouns are not names.
        "[[Nexwave]] said it would appeal. Officials said nothing.",
        "[[Jürgen Vogt]] en [[Zoë Brandt]] leiden [[Kestrel]].",
        // A title before a first name and a particle.
        "Kamerlid [[Sanne de Wit]] sprak met [[Veldmeer]].",
        // A form of address with a full stop is no name, and the name after it is not
        // sentence-initial.
        "The levy will hurt exporters, said Dr. [[Tomas Ruel]], an economist in [[Lyon]].",
        "Ms. [[Okafor]] met Mr. [[Hale]] in [[Geneva]].",
        "De haven is vol, zegt dhr. [[Bakker]] in [[Delfzijl]].",
        // Ministries whose names list their fields; an adjective that belongs to an
        // institution's name.
        "Het [[ministerie van Landbouw, Visserij en Natuur]] en minister [[Eva Smit]] van [[Buitenlandse Zaken]] spraken met de [[Europese Unie]].",
        "The [[Ministry of Energy, Ports and Mining]] met [[Orbix]] President [[Kenji Mori]] on Nov. 3.",
        "The minister van [[Klimaat en Natuur]] [[Pieter Vos]] zweeg.",
        // A portfolio or house before a title is not a name; a party before one is.
        "Economy Minister [[Lena Park]] and Deputy Trade Minister [[Arun Rao]] flew to [[New Delhi]].",
        "[[CDA]]-Kamerlid [[Pieter Holst]] en Tweede Kamerlid [[Joost Meijer]] vragen de [[Inspectie Leefomgeving en Transport]] om uitleg.",
        // Adjectives of origin, units and abbreviated months; a name shaped like an
        // adjective that the text gives a possessive.
        "South Korean yards bought Philippine ore, LNG and CO2 in Sept. and on Dec 4.",
        "[[Veridian]] shares fell, talks with [[Veridian]] for a deal stopped and [[Veridian’]]s board met.",
        // Korean given names; two known places joined by a hyphen; the U.S. before a name.
        "Chief Executive [[Park Min-ho]] said [[Asia]]-[[Europe]] rates fell, the [[U.S. Geological Survey]] said.",
        // A sentence-initial word the text also writes in lowercase; a time of year; a
        // people by its nation.
        "Packaging firms cut jobs at [[Veldmeer Packaging]]. [[Orbix]] said packaging sales fell until mid-June, and De Chinezen kopen.",
        // Names with "voor de", "für" and a compound's shared tail; a first name shaped
        // like an adjective of origin, after a title.
        "Het [[Centraal Bureau voor de Statistiek]] en de [[Bundesanstalt für Wasserbau]] meten het.",
        "De [[Militaire Inlichtingen- en Veiligheidsdienst]] sprak econoom [[Ilse Veldkamp]] van [[Noordmeer Capital]].",
        // Dutch "of" is "or"; "es" and "del" inside a place's name; a question's verb.
        "Het glas komt uit [[Veldstad]] of [[Ostburg]], niet uit [[Dar es Salaam]] of [[Mar del Plata]].",
        "Can [[Ostburg]] win the cargo back from [[Veldmeer Lines]]?",
        // Adjectives of origin, alone or joined; an acronym defined for a thing.
        "The Angolan port and a Portuguese-Angolan consortium use high-pressure acid leach (HPAL) plants, and HPAL output rose at [[Orbix]].",
        // "voor" inside an alliance's name; a vague count and "Rival" opening a sentence;
        // a compound's tail after a product code; a demonym after a point of the compass.
        "De [[Alliantie voor Europese Tuinbouwverlichting]] en het [[Planbureau voor de Leefomgeving]] klagen.",
        "Tientallen Westlandse telers stopten. Rival [[Sanwa Refining]] kocht de [[HX-M300]]-module van [[Shenzhen Huaxun]] voor het Zuid-Koreaanse leger.",
        // A Dutch role written as one word before the name.
        "Zuivelanalist [[Marieke Veldkamp]] en Kamerleden [[Pieter Holst]] en [[Lotte Brink]] zijn het eens.",
        // A plural possessive inside a body's name, but not a country's before one; a
        // compound modifier and a count opening a sentence; a water board named "X en Y".
        "The [[Ostland Coffee Exporters' Council]] and the [[Philippines]]' [[Department of Trade and Industry]] met.",
        "Gas-fired Egyptian plants emit more. Twee Indiase producenten en [[Waterschap Lek en Linge]] klagen.",
    ];
    for marked in table {
        let (text, mut expected) = common::decode_spans(marked);
        // "Orbix’s": the possessive is not part of the name.
        for range in &mut expected {
            if text[range.clone()].ends_with('’') {
                range.end -= '’'.len_utf8();
            }
        }
        let got: Vec<_> = entities::find_entities(&text)
            .into_iter()
            .map(|e| e.range)
            .filter(|r| !text[r.clone()].starts_with("Made in"))
            .collect();
        assert_eq!(
            got,
            expected,
            "\n got: {}",
            common::encode_spans(&text, &got)
        );
    }
    let text = "Het “Made in Ostland 2030”-plan is nieuw.";
    let names: Vec<_> = entities::find_entities(text)
        .into_iter()
        .map(|e| e.mention.text)
        .collect();
    assert_eq!(names, ["Made in Ostland 2030"]);
    // Kinds: features of the map by their head word, names with a particle as people.
    let text = "Orbix meed de Rode Zee en de Gulf of Ostland, zegt econoom Ties de Groot.";
    let kinds: Vec<_> = entities::find_entities(text)
        .into_iter()
        .map(|e| (e.mention.text, e.mention.kind))
        .collect();
    assert!(
        kinds.contains(&("Rode Zee".to_owned(), EntityKind::Place)),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("Gulf of Ostland".to_owned(), EntityKind::Place)),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("Ties de Groot".to_owned(), EntityKind::Person)),
        "{kinds:?}"
    );
}

#[test]
fn dates_resolved() {
    // Thursday 6 March 2025.
    let published = NaiveDate::from_ymd_opt(2025, 3, 6);
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    let table = [
        (
            "Op 4 september 2025 viel het besluit.",
            vec![("4 september 2025", day(2025, 9, 4))],
        ),
        (
            "It was signed on September 4, 2025.",
            vec![("September 4, 2025", day(2025, 9, 4))],
        ),
        ("Datum: 2025-09-04.", vec![("2025-09-04", day(2025, 9, 4))]),
        (
            "De beurs zakte woensdag.",
            vec![("woensdag", day(2025, 3, 5))],
        ),
        // A day without a year: the nearest one, and a past one after "sinds".
        (
            "Orbix settled the case on Dec. 20.",
            vec![("Dec. 20", day(2024, 12, 20))],
        ),
        (
            "Sinds 1 april mag Orbix niet meer naar Ostland leveren.",
            vec![("1 april", day(2024, 4, 1))],
        ),
        (
            "Orbix must reply by 15 April.",
            vec![("15 April", day(2025, 4, 15))],
        ),
        (
            "Orbix reported on Friday.",
            vec![("Friday", day(2025, 2, 28))],
        ),
        (
            "Dat gebeurde vorige week.",
            vec![("vorige week", day(2025, 2, 24))],
        ),
        (
            "De fabriek opent volgend jaar.",
            vec![("volgend jaar", day(2026, 1, 1))],
        ),
        (
            "Sales fell last month.",
            vec![("last month", day(2025, 2, 1))],
        ),
        (
            "Gisteren en vandaag.",
            vec![("Gisteren", day(2025, 3, 5)), ("vandaag", day(2025, 3, 6))],
        ),
        (
            "Orbix cut prices last week.",
            vec![("last week", day(2025, 2, 24))],
        ),
        // A month without a day: the last one up to publication, or the next one after
        // "from" or "vanaf".
        (
            "The bill cleared the committee in February.",
            vec![("February", day(2025, 2, 1))],
        ),
        (
            "Sinds oktober geldt een vergunningplicht.",
            vec![("oktober", day(2024, 10, 1))],
        ),
        (
            "De regels gelden vanaf maart.",
            vec![("maart", day(2025, 3, 1))],
        ),
        (
            "De regels gelden vanaf februari.",
            vec![("februari", day(2026, 2, 1))],
        ),
        (
            "De minister sprak donderdagochtend met Orbix.",
            vec![("donderdagochtend", day(2025, 3, 6))],
        ),
        // An offset from publication: ahead ("over zes weken", "in two weeks' time") or
        // back ("twee jaar geleden", "three days ago"); a span is not a date.
        (
            "De rechter beslist over zes weken; de zaak begon twee jaar geleden.",
            vec![
                ("over zes weken", day(2025, 4, 17)),
                ("twee jaar geleden", day(2023, 3, 6)),
            ],
        ),
        (
            "Orbix reopens in two weeks' time, three days ago it closed.",
            vec![
                ("in two weeks' time", day(2025, 3, 20)),
                ("three days ago", day(2025, 3, 3)),
            ],
        ),
        ("Het geld wordt verspreid over twee jaar.", vec![]),
        (
            "De fabriek opent over anderhalf jaar.",
            vec![("over anderhalf jaar", day(2026, 9, 6))],
        ),
        (
            "Het besluit valt volgende maand, zei hij op Monday.",
            vec![
                ("volgende maand", day(2025, 4, 1)),
                ("Monday", day(2025, 3, 3)),
            ],
        ),
    ];
    for (text, expected) in table {
        let got = dates::resolve(text, published);
        let got: Vec<_> = got.iter().map(|d| (d.text.as_str(), d.date)).collect();
        assert_eq!(got, expected, "{text}");
    }
}

#[test]
fn claims_and_non_claims() {
    // Marked spans are the claims; everything else must be left out.
    let table = [
        (
            "[[De Kestrel-chip van Orbix is drie keer sneller dan de Falcon.]] Wat betekent dit?\n\nAchtergrond: een lastige markt\n\nDit is een belangrijke ontwikkeling voor de sector. [[Veldmeer kocht vorig jaar 12.000 chips van Orbix.]]",
            Language::Dutch,
        ),
        (
            "[[The Trade Council fined Orbix $3 million on Tuesday.]] It is hard to see how this ends. Orbix did not respond to a request for comment.\n\nWhy this matters\n\nWe think the fine is too low. [[Orbix shares fell 4% after the news]], but [[they recovered by Friday.]]",
            Language::English,
        ),
        // A question left open is not a claim, though it ends in a full stop.
        (
            "[[Orbix betaalt 2 miljoen euro boete.]] Of de meerkosten op Orbix kunnen worden verhaald, is nog onduidelijk.",
            Language::Dutch,
        ),
        (
            "[[Orbix closed three mines in Ostland on Monday.]] How long the closures will last is anyone's guess.",
            Language::English,
        ),
        // A date before or after publication makes a plain statement checkable.
        (
            "[[De nieuwe regels gaan op 1 november 2030 in.]] [[De fabriek, die in maart 2019 openging, draait ver onder haar capaciteit.]]",
            Language::Dutch,
        ),
        // A comparison is checkable without a name or a number.
        (
            "[[De boete is de hoogste die een Nederlands ministerie ooit heeft opgelegd.]]",
            Language::Dutch,
        ),
        // Statements about the reporting process are not claims.
        (
            "[[Orbix sold 40,000 chips to Veldmeer in 2024, the paper reported.]] The paper could not independently verify the figures. Ostland has not commented on the sale.",
            Language::English,
        ),
        (
            "[[Orbix verkocht vorig jaar 40.000 chips aan Veldmeer.]] Veldmeer heeft nog niet gereageerd. Het ministerie van Handel wilde het bericht niet bevestigen.",
            Language::Dutch,
        ),
        // Refusals to comment, in their other shapes, are about the reporting too.
        (
            "[[Orbix en Veldmeer sloten in maart een contract van 40 miljoen euro.]] Orbix en Veldmeer reageerden niet op vragen van deze krant. Wanneer de levering begint, wilde een woordvoerder van Orbix niet zeggen. Het ministerie wilde daar niet op reageren. Bij Veldmeer was vrijdag niemand bereikbaar voor commentaar.",
            Language::Dutch,
        ),
        (
            "[[Orbix signed a $40 million contract with Veldmeer in March.]] Veldmeer did not reply to emailed questions. A spokesperson for Orbix did not say when deliveries would start.",
            Language::English,
        ),
        // A quoted answer before the refusal is a claim; an answer about the report is not.
        (
            "[[A spokesperson for Orbix said the firm “reviews every order on its merits” but declined to comment on Veldmeer.]] The ministry said it was aware of the report but declined to comment further.",
            Language::English,
        ),
        // "Dat wil niet zeggen dat …" means "that does not mean": the claim stays.
        (
            "[[Dat wil niet zeggen dat Orbix de fabriek in Ostland in 2026 sluit, zei Van Dam.]]",
            Language::Dutch,
        ),
        // "Dat is …" restating a figure is checkable, not a summary of the above.
        (
            "[[Veldmeer kocht vorig jaar 12.000 chips van Orbix.]] [[Dat is bijna het dubbele van wat het bedrijf in 2023 kocht.]]",
            Language::Dutch,
        ),
        // The main cause names something checkable; "the main thing is" does not.
        (
            "[[De belangrijkste oorzaak van de vertraging bij Orbix is een wereldwijd tekort aan kabels.]] Het belangrijkste is dat de levering doorgaat.",
            Language::Dutch,
        ),
        // "Some" before who acted is a reported event; "Many" before a view is a
        // generalisation.
        (
            "[[Some Chinese buyers have reportedly asked their suppliers to delay shipments.]] Many traders see the deal as a turning point for the region.",
            Language::English,
        ),
        // An aim of the cabinet ("wil … leggen") is a plan by a named actor.
        (
            "[[Het kabinet wil de export van batterijen en onderdelen daarvan aan banden leggen.]]",
            Language::Dutch,
        ),
    ];
    for (marked, language) in table {
        let (text, expected) = common::decode_spans(marked);
        let claims = extract_claims(&article(&text, language));
        let got: Vec<_> = claims.iter().map(|c| c.anchor.span.byte_range()).collect();
        assert_eq!(
            got,
            expected,
            "\n got: {}",
            common::encode_spans(&text, &got)
        );
    }
}

#[test]
fn claim_invariants() {
    let text = "  Orbix sold 2,000 chips to Veldmeer in 2024, the company said.  \n\n“Prijzen stijgen”, zei Smeets.  Volgens Reuters  kost één chip €4.000. ";
    let art = article(text, Language::English);
    let claims = extract_claims(&art);
    assert!(!claims.is_empty());
    let again = extract_claims(&art);
    assert_eq!(claims, again, "extraction is deterministic");
    let mut last_start = 0;
    for claim in &claims {
        let range = claim.anchor.span.byte_range();
        assert_eq!(&text[range.clone()], claim.anchor.quote);
        assert_eq!(claim.anchor.quote.trim(), claim.anchor.quote);
        assert_eq!(claim.text, claim.anchor.quote);
        assert!(range.start >= last_start);
        last_start = range.start;
        assert_eq!(
            claim.id,
            claimreader::model::claim::derive_claim_id(range.start, &claim.anchor.quote)
        );
        assert!((0.0..=1.0).contains(&claim.score));
        assert!((claim.score * 100.0 - (claim.score * 100.0).round()).abs() < 1e-3);
        assert!(!claim.reasons.is_empty());
    }
    // A higher threshold never adds claims.
    let strict = ExtractConfig {
        min_score: 0.9,
        ..ExtractConfig::default()
    };
    assert!(extract_claims_with(&art, &strict).len() <= claims.len());
}

#[test]
fn odd_input_does_not_panic() {
    let table = [
        "",
        "   \n\n  ",
        "“Unclosed quote. And more text… ‘half",
        "€ $ % 10.000.000,00 1,2,3 4..5 --- 7– –8 ",
        "Ünïcödé Æble 🚀 rose 5% — naar €3,5 mld. Dhr. Ø zei: „ja”.",
        "a.b.c. d.e. U.S. E.U. o.a. 1.2.3.4",
        "Zonder punten een hele lange regel met Namen als Orbix en Veldmeer en cijfers 12 en 13 en nog veel meer woorden die maar doorgaan",
    ];
    for text in table {
        for language in [Language::Dutch, Language::English] {
            let claims = extract_claims(&article(text, language));
            for claim in &claims {
                assert_eq!(&text[claim.anchor.span.byte_range()], claim.anchor.quote);
            }
        }
    }
}

#[test]
fn a_user_selection_is_described_like_an_extracted_claim() {
    use claimreader::extract::describe_span;
    use claimreader::model::{Article, ClaimKind, Language, TextSpan};
    let text = "The weather was grey. Sales at Acme reached 4,000 units in May, the company said.";
    let article = Article::new("T".to_owned(), text.to_owned(), Language::English);
    let quote = "Sales at Acme reached 4,000 units in May";
    let start = text.find(quote).expect("sentence");
    let span = TextSpan::new(text, start..start + quote.len()).expect("span");
    let claim = describe_span(&article, span).expect("described");
    assert_eq!(claim.anchor.quote, quote);
    assert_eq!(claim.kind, ClaimKind::Quantity);
    assert!(
        claim.numbers.iter().any(|n| n.text == "4,000"),
        "{:?}",
        claim.numbers
    );
    assert!(
        claim.entities.iter().any(|e| e.text == "Acme"),
        "{:?}",
        claim.entities
    );
    // A span that would never pass extraction's threshold is still described.
    let weather = TextSpan::new(text, 0..21).expect("span");
    let claim = describe_span(&article, weather).expect("described");
    assert_eq!(claim.anchor.quote, "The weather was grey.");
    // Whitespace alone is not a claim.
    let space = TextSpan::new(text, 21..22).expect("span");
    assert!(describe_span(&article, space).is_none());
}

#[test]
fn observed_extraction_reports_progress_and_cancels() {
    // A long article: the sample paragraphs of this file, repeated past several 64 KB steps.
    let paragraph = "Volgens Reuters heeft Orbix woensdag 4,5 miljard dollar betaald voor Veldmeer. \
        “We groeien, maar we blijven voorzichtig”, zei topman Ruud Smeets. \
        Waarom dit ertoe doet\n\nOrbix shares fell 6% on Tuesday, according to people familiar \
        with the matter, and the Trade Council may fine the company next month.\n\n";
    let text = paragraph.repeat(1_000);
    let article = article(&text, Language::Dutch);
    let config = ExtractConfig::default();
    let mut reports: Vec<Progress> = Vec::new();
    let observed = extract_claims_observed(&article, &config, &mut |progress| {
        reports.push(progress);
        true
    });
    assert_eq!(observed, Some(extract_claims_with(&article, &config)));
    // At least every ~64 KB, increasing, and once more at the end.
    let total = text.len();
    assert!(
        reports.len() > total / (64 * 1024),
        "{} reports",
        reports.len()
    );
    assert!(reports.windows(2).all(|w| w[0].done < w[1].done));
    assert!(reports.iter().all(|p| p.total == total && p.done <= total));
    let mut last = 0;
    for report in &reports {
        assert!(
            report.done - last <= 64 * 1024 + paragraph.len(),
            "{report:?}"
        );
        last = report.done;
    }
    assert_eq!(reports.last(), Some(&Progress { done: total, total }));
    // Cancelling stops at the next report.
    let mut calls = 0;
    let cancelled = extract_claims_observed(&article, &config, &mut |_| {
        calls += 1;
        calls < 2
    });
    assert_eq!(cancelled, None);
    assert_eq!(calls, 2);
    // A short article is reported once, at the end.
    let short = self::article("Orbix shares fell 6% on Tuesday.", Language::English);
    let mut seen = Vec::new();
    let claims = extract_claims_observed(&short, &config, &mut |p| {
        seen.push(p);
        true
    });
    assert_eq!(claims.map(|c| c.len()), Some(1));
    assert_eq!(
        seen,
        [Progress {
            done: 32,
            total: 32
        }]
    );
}

/// Claim-level scores of the extractor on the held-out articles in `tests/fixtures/heldout`
/// (written for this project and labelled by the rules of the gold README before any
/// tuning), computed like the project's scorer: a gold claim is found when one predicted
/// claim covers at least 60% of it, and a predicted claim is right when at least 60% of it
/// lies inside gold claims. Attributes are compared on the best-covering prediction.
#[derive(Debug, Default)]
struct HeldOutScore {
    gold: usize,
    found: usize,
    predicted: usize,
    correct: usize,
    hedge_ok: usize,
    source_ok: usize,
    kind_ok: usize,
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Loose equality of two sources, as the scorer has it: one contains the other, or they
/// share at least half of the words of the shorter.
fn same_source(predicted: Option<&str>, gold: Option<&str>) -> bool {
    match (predicted, gold) {
        (None, None) => true,
        (Some(p), Some(g)) => {
            let (p, g) = (p.to_lowercase(), g.to_lowercase());
            if p.contains(&g) || g.contains(&p) {
                return true;
            }
            let words = |s: &str| -> std::collections::BTreeSet<String> {
                s.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_owned)
                    .collect()
            };
            let (pw, gw) = (words(&p), words(&g));
            let shared = pw.intersection(&gw).count();
            shared * 2 >= pw.len().min(gw.len()) && shared > 0
        }
        _ => false,
    }
}

fn score_held_out(folder: &str) -> HeldOutScore {
    score_held_out_with(folder, &ExtractConfig::default())
}

fn score_held_out_with(folder: &str, config: &ExtractConfig) -> HeldOutScore {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut score = HeldOutScore::default();
    let mut gold_files: Vec<_> = std::fs::read_dir(&folder)
        .expect("held-out folder")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    gold_files.sort();
    assert!(gold_files.len() >= 12, "{gold_files:?}");
    for gold_path in gold_files {
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&gold_path).expect("gold file"))
                .expect("gold JSON");
        let name = gold["article"].as_str().expect("article name");
        let imported = claimreader::import::import_file(&folder.join(name)).expect("import");
        let claims = extract_claims_with(&imported.article, config);
        let text = collapse_whitespace(&imported.article.text);
        let locate = |quote: &str| {
            let quote = collapse_whitespace(quote);
            text.find(&quote).map(|at| at..at + quote.len())
        };
        let overlap = |a: &std::ops::Range<usize>, b: &std::ops::Range<usize>| {
            a.end.min(b.end).saturating_sub(a.start.max(b.start))
        };
        let predicted: Vec<_> = claims
            .iter()
            .filter_map(|claim| locate(&claim.anchor.quote).map(|range| (range, claim)))
            .collect();
        let gold_claims = gold["claims"].as_array().expect("claims");
        let gold_ranges: Vec<_> = gold_claims
            .iter()
            .map(|c| locate(c["quote"].as_str().expect("quote")).expect("gold quote in text"))
            .collect();
        for (gold_claim, range) in gold_claims.iter().zip(&gold_ranges) {
            score.gold += 1;
            let best = predicted
                .iter()
                .max_by_key(|(p, _)| overlap(p, range))
                .filter(|(p, _)| overlap(p, range) * 10 >= range.len() * 6);
            let Some((_, claim)) = best else { continue };
            score.found += 1;
            score.hedge_ok +=
                usize::from(claim.hedged == gold_claim["hedged"].as_bool().unwrap_or(false));
            score.source_ok += usize::from(same_source(
                claim.source.as_deref(),
                gold_claim["source"].as_str(),
            ));
            score.kind_ok += usize::from(gold_claim["kind"].as_str() == Some(claim.kind.as_str()));
        }
        for (range, _) in &predicted {
            score.predicted += 1;
            let inside: usize = gold_ranges.iter().map(|g| overlap(range, g)).sum();
            score.correct += usize::from(inside * 10 >= range.len() * 6);
        }
    }
    score
}

#[test]
fn held_out_articles_keep_their_scores() {
    let score = score_held_out("tests/fixtures/heldout");
    let ratio = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    let recall = ratio(score.found, score.gold);
    let precision = ratio(score.correct, score.predicted);
    // The levels reached on the fourteen articles (179 gold claims; by the project's
    // scorer recall 0.93, precision 1.00, hedged 0.99, source 0.95), less a small margin:
    // a regression shows here. Kind was 0.83 by the rules alone; the kind model is trained
    // on these articles and reaches 0.90, so its floor only shows that the model is used.
    // (The claim model, also trained on them, finds 177 of the 179 claims.)
    assert!(score.gold >= 177, "{score:?}");
    assert!(recall >= 0.92, "recall {recall:.2}: {score:?}");
    assert!(precision >= 0.97, "precision {precision:.2}: {score:?}");
    assert!(ratio(score.hedge_ok, score.found) >= 0.95, "{score:?}");
    assert!(ratio(score.source_ok, score.found) >= 0.92, "{score:?}");
    assert!(ratio(score.kind_ok, score.found) >= 0.88, "{score:?}");
}

/// The 326 articles written and labelled by annotators who never saw the extractor
/// (tests/fixtures/heldout-independent/README.md). The levels reached (8,158 gold claims:
/// recall 0.99, precision 0.99, hedged 0.96, source 0.92) less a small margin. Both
/// models are trained on these articles (the kind model reaches 0.86 here), so their
/// floors only show that the models are used (see the `…_not_trained_on` tests for what
/// they do on new text).
#[test]
fn independently_labelled_articles_keep_their_scores() {
    let score = score_held_out("tests/fixtures/heldout-independent");
    let ratio = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    assert!(score.gold >= 8158, "{score:?}");
    assert!(ratio(score.found, score.gold) >= 0.97, "{score:?}");
    assert!(ratio(score.correct, score.predicted) >= 0.98, "{score:?}");
    assert!(ratio(score.hedge_ok, score.found) >= 0.94, "{score:?}");
    assert!(ratio(score.source_ok, score.found) >= 0.90, "{score:?}");
    assert!(ratio(score.kind_ok, score.found) >= 0.86, "{score:?}");
}

/// Twelve articles (pairs 350–361) written and labelled by annotators who never saw the
/// extractor, which the models were not trained on
/// (tests/fixtures/heldout-untrained/README.md): the kind model's gain carries over to
/// text it has not seen. The model gets 0.721 of the found claims' kinds right (272 of
/// 377), the rules alone 0.626 (on pairs 338–349 it was 0.730 against 0.658, on 326–337
/// 0.726 against 0.634).
#[test]
fn kind_model_helps_on_articles_it_was_not_trained_on() {
    let folder = "tests/fixtures/heldout-untrained";
    let with_model = score_held_out(folder);
    let rules = score_held_out_with(folder, &rules_only());
    let ratio = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    assert!(with_model.gold >= 387, "{with_model:?}");
    assert_eq!(with_model.found, rules.found);
    let model_kind = ratio(with_model.kind_ok, with_model.found);
    let rules_kind = ratio(rules.kind_ok, rules.found);
    assert!(model_kind >= 0.70, "{model_kind:.3}: {with_model:?}");
    assert!(
        model_kind >= rules_kind + 0.05,
        "model {model_kind:.3}, rules {rules_kind:.3}"
    );
}

/// The claim model on the same unseen articles: it drops framing the rules keep and keeps
/// facts they drop. With it, 376 of 398 predicted claims are right (0.945) and 377 of the
/// 387 gold claims are found (F1 0.959); by the rules' score alone, 370 of 394 (0.939) and
/// 370 (F1 0.948). On pairs 338–349 it was 356 of 370 right and 371 found (F1 0.977)
/// against 343 of 361 and 359 (F1 0.955); on pairs 326–337 the gain was in recall.
#[test]
fn claim_model_helps_on_articles_it_was_not_trained_on() {
    let folder = "tests/fixtures/heldout-untrained";
    let with_model = score_held_out(folder);
    let rules = score_held_out_with(
        folder,
        &ExtractConfig {
            claim_model: false,
            ..ExtractConfig::default()
        },
    );
    let ratio = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    assert!(with_model.gold >= 387, "{with_model:?}");
    let f1 = |score: &HeldOutScore| {
        let precision = ratio(score.correct, score.predicted);
        let recall = ratio(score.found, score.gold);
        2.0 * precision * recall / (precision + recall).max(f64::EPSILON)
    };
    let precision = ratio(with_model.correct, with_model.predicted);
    let rules_precision = ratio(rules.correct, rules.predicted);
    assert!(precision >= 0.94, "{precision:.3}: {with_model:?}");
    assert!(
        precision >= rules_precision - 0.005,
        "{with_model:?} {rules:?}"
    );
    assert!(with_model.found >= rules.found, "{with_model:?} {rules:?}");
    assert!(
        f1(&with_model) >= f1(&rules) + 0.008,
        "model {:.3}, rules {:.3}",
        f1(&with_model),
        f1(&rules)
    );
}
