"""The budget proposal for the management team, as PDF and Word (budgetsim.proposal), and its command."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- Document ----------------------------------------------------------------------------------
    "proposal.title": {"nl": "Budgetvoorstel communicatie", "en": "Communication budget proposal"},
    "proposal.subject": {
        "nl": "Bereik van de gemeentepagina in de krant en van advertenties op social media",
        "en": "Reach of the municipal page in the local paper and of social media ads",
    },
    "proposal.target_group": {"nl": "Doelgroep: {bands}", "en": "Target group: {bands}"},
    "proposal.page": {"nl": "Pagina {n} van {of}", "en": "Page {n} of {of}"},
    "proposal.made_with": {"nl": "Gemaakt met budgetsim {version}", "en": "Made with budgetsim {version}"},
    "proposal.source": {
        "nl": "Bron: CBS, Kerncijfers wijken en buurten 2024",
        "en": "Source: CBS (Statistics Netherlands), Kerncijfers wijken en buurten 2024",
    },
    # -- Options table -----------------------------------------------------------------------------
    "proposal.options.heading": {"nl": "De opties", "en": "The options"},
    "proposal.col.label": {"nl": "Per jaar", "en": "Per year"},
    "proposal.col.now": {"nl": "Nu", "en": "Now"},
    "proposal.now.explain": {
        "nl": "‘Nu’ is wat de gemeente nu doet: {print} voor de krant ({pages}) en {social} voor social media.",
        "en": "‘Now’ is what the municipality does now: {print} for the paper ({pages}) and {social} for social media.",
    },
    "proposal.now.chosen": {
        "nl": "‘Nu’ is wat de gemeente nu doet volgens {option}: {print} voor de krant ({pages}) en {social} voor "
        "social media. Elke ‘meer bereikt dan nu’ is daartegen berekend.",
        "en": "‘Now’ is what the municipality does now according to {option}: {print} for the paper ({pages}) and "
        "{social} for social media. Every ‘more reached than now’ is computed against it.",
    },
    "proposal.estimated_amount": {"nl": "{amount} (geschat)", "en": "{amount} (estimated)"},
    "proposal.estimated.note": {
        "nl": "Geschat: er is geen contractprijs voor de gemeentepagina. De prijs van {price} per pagina is "
        "geschat uit het aantal kranten; de bedragen voor de krant rusten daarop. Met de prijs uit het contract "
        "worden ze precies.",
        "en": "Estimated: there is no contract price for the municipal page. The price of {price} a page is "
        "estimated from the number of copies; the amounts for the paper rest on it. With the price from the "
        "contract they become exact.",
    },
    "proposal.row.pages": {"nl": "Gemeentepagina's in de krant", "en": "Municipal pages in the paper"},
    "proposal.row.print_eur": {"nl": "Budget krant", "en": "Budget for the paper"},
    "proposal.row.social_eur": {"nl": "Budget social media", "en": "Budget for social media"},
    "proposal.row.total_eur": {"nl": "Totaal budget", "en": "Total budget"},
    "proposal.row.reached": {"nl": "Inwoners bereikt", "en": "Residents reached"},
    "proposal.row.reach_share": {"nl": "Deel van de doelgroep bereikt", "en": "Share of the target group reached"},
    "proposal.row.range": {"nl": "Bereikt: marge P10–P90", "en": "Reached: range P10–P90"},
    "proposal.row.more_than_now": {"nl": "Meer bereikt dan nu", "en": "More reached than now"},
    "proposal.row.reached_3plus": {"nl": "3 keer of vaker bereikt", "en": "Reached 3 times or more"},
    "proposal.row.cost": {"nl": "Kosten per bereikte inwoner", "en": "Cost per resident reached"},
    "proposal.row.via_print": {"nl": "Bereikt via de krant", "en": "Reached via the paper"},
    "proposal.row.via_social": {"nl": "Bereikt via social media", "en": "Reached via social media"},
    "proposal.row.via_both": {"nl": "Bereikt via allebei", "en": "Reached via both"},
    "proposal.row.bands": {"nl": "Leeftijdsgroepen", "en": "Age groups"},
    "proposal.pages": {"nl": "{n} pagina's", "en": "{n} pages"},
    "proposal.page_one": {"nl": "1 pagina", "en": "1 page"},
    "proposal.pages_less_than_one": {"nl": "minder dan 1 pagina", "en": "less than 1 page"},
    "proposal.bands.all": {"nl": "15 jaar en ouder", "en": "15 and over"},
    "proposal.bands.from": {"nl": "{low} jaar en ouder", "en": "{low} and over"},
    "proposal.bands.span": {"nl": "{low}–{high} jaar", "en": "{low}–{high} years"},
    "proposal.explain.reached": {
        "nl": "Bereikt: zag de gemeentepagina in de krant of een advertentie op Facebook of Instagram minstens "
        "één keer in het jaar. Via de krant, via social media en via allebei tellen samen dus meer dan het "
        "totaal: wie allebei ziet, staat in alle drie de regels. Het zijn schattingen; {where} zegt waarop "
        "ze rusten.",
        "en": "Reached: saw the municipal page in the paper or an ad on Facebook or Instagram at least once in "
        "the year. Via the paper, via social media and via both add up to more than the total: someone "
        "who sees both is counted in all three rows. These are estimates; {where} says what they rest on.",
    },
    # where the estimates are explained: the PDF's page 2; in Word, whose pages Word decides, the section
    "proposal.explain.where.page": {"nl": "pagina 2", "en": "page 2"},
    "proposal.explain.where.heading": {"nl": "het deel ‘{heading}’", "en": "the section ‘{heading}’"},
    "proposal.explain.range": {
        "nl": "Marge P10–P90: met de onzekere aannames ligt het bereik in 8 van de 10 berekeningen tussen deze "
        "twee getallen.",
        "en": "Range P10–P90: with the uncertain assumptions, the reach lies between these two numbers in 8 "
        "out of 10 calculations.",
    },
    "proposal.p10": {
        "nl": "Ook als de aannames tegenvallen (P10), bereikt {option} {n} inwoners: {share} van de doelgroep.",
        "en": "Even if the assumptions turn out worse (P10), {option} reaches {n} residents: {share} of the "
        "target group.",
    },
    "proposal.p10.young": {
        "nl": "Ook als de aannames tegenvallen (P10), bereikt {option} {n} inwoners: {share} van de doelgroep. "
        "Daarvan zien {young} jongeren van 15–24 jaar de advertenties op social media.",
        "en": "Even if the assumptions turn out worse (P10), {option} reaches {n} residents: {share} of the "
        "target group. Of them, {young} young people aged 15–24 see the ads on social media.",
    },
    "proposal.unplaced": {
        "nl": "{option}: de {amount} voor social media kan niet worden besteed. Geen wijk van {gemeente} is groot "
        "genoeg om apart te bereiken (minstens {min} mensen in de doelgroep op Facebook of Instagram), ook "
        "niet samen. Het bereik van deze optie is dat van de krant.",
        "en": "{option}: the {amount} for social media cannot be spent. No district of {gemeente} is large enough "
        "to be targeted (at least {min} people of the target group on Facebook or Instagram), not even "
        "together. The reach of this option is that of the paper.",
    },
    # -- Decision ----------------------------------------------------------------------------------
    "proposal.decision.heading": {"nl": "Gevraagd besluit", "en": "Decision requested"},
    "proposal.decision.sentence": {
        "nl": "Het MT wordt gevraagd {parts} ({option}).",
        "en": "The management team is asked {parts} ({option}).",
    },
    "proposal.decision.and": {"nl": " en ", "en": " and "},
    "proposal.decision.social_new": {
        "nl": "{amount} per jaar beschikbaar te stellen voor advertenties op social media",
        "en": "to make {amount} a year available for advertising on social media",
    },
    "proposal.decision.social_up": {
        "nl": "het budget voor social media te verhogen van {old} naar {new} per jaar",
        "en": "to raise the social media budget from {old} to {new} a year",
    },
    "proposal.decision.social_down": {
        "nl": "het budget voor social media te verlagen van {old} naar {new} per jaar",
        "en": "to lower the social media budget from {old} to {new} a year",
    },
    "proposal.decision.social_stop": {
        "nl": "te stoppen met advertenties op social media (nu {old} per jaar)",
        "en": "to stop advertising on social media (now {old} a year)",
    },
    "proposal.decision.print_up": {
        "nl": "het budget voor de gemeentepagina in de krant te verhogen van {old} ({pages_old}) naar "
        "{new} ({pages_new}) per jaar",
        "en": "to raise the budget for the municipal page in the paper from {old} ({pages_old}) to {new} "
        "({pages_new}) a year",
    },
    "proposal.decision.print_down": {
        "nl": "het budget voor de gemeentepagina in de krant te verlagen van {old} ({pages_old}) naar "
        "{new} ({pages_new}) per jaar",
        "en": "to lower the budget for the municipal page in the paper from {old} ({pages_old}) to {new} "
        "({pages_new}) a year",
    },
    "proposal.decision.pages_estimated": {"nl": "{n} pagina's, geschat", "en": "{n} pages, estimated"},
    "proposal.better.cheaper": {
        "nl": "Let op: {other} bereikt {reached_other} inwoners voor {eur_other}, de voorgestelde {proposed} "
        "{reached} voor {eur}. {other} bereikt dus minstens zoveel inwoners voor minder geld.",
        "en": "Note: {other} reaches {reached_other} residents for {eur_other}, the proposed {proposed} {reached} "
        "for {eur}. {other} reaches at least as many residents for less money.",
    },
    "proposal.better.more": {
        "nl": "Let op: {other} bereikt {reached_other} inwoners voor {eur_other}, de voorgestelde {proposed} "
        "{reached} voor {eur}. {other} bereikt dus meer inwoners voor hetzelfde geld.",
        "en": "Note: {other} reaches {reached_other} residents for {eur_other}, the proposed {proposed} {reached} "
        "for {eur}. {other} reaches more residents for the same money.",
    },
    "proposal.decision.not_asked": {
        "nl": "Van de {budget} voor de krant in {option} koopt {amount} niets (meer dan één pagina per nummer telt "
        "niet); dat deel wordt niet gevraagd.",
        "en": "Of the {budget} for the paper in {option}, {amount} buys nothing (more than one page per issue does "
        "not count); that part is not requested.",
    },
    "proposal.decision.same": {
        "nl": "in te stemmen met het huidige budget: {print} voor de krant en {social} voor social media per jaar",
        "en": "to agree to the current budget: {print} for the paper and {social} for social media a year",
    },
    "proposal.explanation.heading": {"nl": "Toelichting", "en": "Explanation"},
    "proposal.explanation.on_page2": {"nl": "De toelichting staat op pagina 2.", "en": "The explanation is on page 2."},
    "proposal.option": {"nl": "optie {letter}", "en": "option {letter}"},
    "proposal.option.title": {"nl": "Optie {letter}", "en": "Option {letter}"},
    "proposal.option.unnamed": {
        "nl": "Krant {print}, social media {social}",
        "en": "Paper {print}, social media {social}",
    },
    # -- Charts ------------------------------------------------------------------------------------
    "proposal.chart.saturation.title": {"nl": "Meer budget, meer bereik?", "en": "More budget, more reach?"},
    "proposal.chart.saturation.caption": {
        "nl": "Bereik bij elk budget per jaar: alles naar de krant, alles naar social media, of allebei in de "
        "verhouding van optie {letter}. Hoe vlakker de lijn, hoe minder de volgende euro oplevert. De "
        "punten zijn de opties.",
        "en": "Reach for each budget a year: all on the paper, all on social media, or both in the proportion "
        "of option {letter}. The flatter the line, the less the next euro adds. The dots are the options.",
    },
    "proposal.chart.saturation.x": {"nl": "Budget per jaar", "en": "Budget a year"},
    "proposal.chart.saturation.y": {"nl": "Deel bereikt", "en": "Share reached"},
    "proposal.chart.saturation.print": {"nl": "Krant", "en": "Paper"},
    "proposal.chart.saturation.social": {"nl": "Social media", "en": "Social media"},
    "proposal.chart.saturation.combined": {"nl": "Allebei, als {letter}", "en": "Both, as {letter}"},
    "proposal.chart.ages.title": {"nl": "Wie bereikt u? Per leeftijd", "en": "Who do you reach? By age"},
    "proposal.chart.ages.y": {"nl": "Deel bereikt", "en": "Share reached"},
    "proposal.chart.ages.x": {"nl": "Leeftijd (jaar)", "en": "Age (years)"},
    "proposal.chart.ages.caption": {
        "nl": "Deel van de inwoners in elke leeftijdsgroep dat de krant of een advertentie ziet.",
        "en": "Share of the residents in each age group who see the paper or an ad.",
    },
    "proposal.chart.map.title": {
        "nl": "Waar bereikt {option} de inwoners?",
        "en": "Where does {option} reach residents?",
    },
    "proposal.chart.map.metric": {"nl": "Deel bereikt", "en": "Share reached"},
    "proposal.chart.map.caption": {
        "nl": "Donkerder: een groter deel van de inwoners in de wijk bereikt.",
        "en": "Darker: a larger share of the district's residents reached.",
    },
    "proposal.chart.map.caption.same": {
        "nl": "Elke wijk haalt ongeveer hetzelfde deel: de kaart laat zien welke wijken erbij horen.",
        "en": "Every district reaches about the same share: the map shows which districts are included.",
    },
    "proposal.chart.map.none": {
        "nl": "Geen kaart: deze wijken staan niet in de wijkkaart van het CBS (2024).",
        "en": "No map: these districts are not in the CBS district map (2024).",
    },
    "proposal.chart.importance.title": {
        "nl": "Welke aanname telt het zwaarst?",
        "en": "Which assumption matters most?",
    },
    "proposal.chart.importance.caption": {
        "nl": "Inwoners bereikt door {option} als één aanname aan de lage of de hoge kant van haar marge ligt "
        "en de rest blijft zoals gekozen. Meet de bovenste het eerst na.",
        "en": "Residents reached by {option} when one assumption is at the low or the high end of its range "
        "and the rest stay as chosen. Check the top one first.",
    },
    "proposal.chart.importance.x": {"nl": "Inwoners bereikt", "en": "Residents reached"},
    "proposal.chart.importance.low": {"nl": "Lage kant", "en": "Low end"},
    "proposal.chart.importance.high": {"nl": "Hoge kant", "en": "High end"},
    "proposal.chart.importance.point": {"nl": "Zoals gekozen: {n}", "en": "As chosen: {n}"},
    "proposal.chart.importance.none": {
        "nl": "Geen onzekerheidsberekening gemaakt: maak het voorstel met onzekerheid om te zien welke "
        "aanname het zwaarst telt.",
        "en": "No uncertainty calculation made: make the proposal with uncertainty to see which assumption "
        "matters most.",
    },
    "proposal.factor.lower": {"nl": "{pct} lager", "en": "{pct} lower"},
    "proposal.factor.higher": {"nl": "{pct} hoger", "en": "{pct} higher"},
    "proposal.factor.same": {"nl": "zoals gekozen", "en": "as chosen"},
    # -- Page 2: how the figures are made ----------------------------------------------------------
    "proposal.how.heading": {"nl": "Hoe is dit berekend", "en": "How this was calculated"},
    "proposal.how.intro": {
        "nl": "De cijfers zijn schattingen. Ze rusten op de aannames hieronder. Elke aanname heeft een waarde, "
        "een marge (waar de echte waarde waarschijnlijk ligt) en een onderbouwing met bron.",
        "en": "The figures are estimates. They rest on the assumptions below. Each assumption has a value, a "
        "range (where the true value probably lies) and a basis with its source.",
    },
    "proposal.how.assumptions": {"nl": "Aannames", "en": "Assumptions"},
    "proposal.how.value": {"nl": "Waarde", "en": "Value"},
    "proposal.how.range": {"nl": "Marge", "en": "Range"},
    "proposal.how.basis": {"nl": "Onderbouwing en bron", "en": "Basis and source"},
    "proposal.how.assumption": {"nl": "Aanname", "en": "Assumption"},
    "proposal.how.fitted": {
        "nl": "Berekend uit de eigen cijfers van de gemeente: {source}",
        "en": "Calculated from the municipality's own figures: {source}",
    },
    "proposal.how.fitted.read_at": {"nl": "gelezen op {date}", "en": "read on {date}"},
    "proposal.how.fitted.rows": {"nl": "{n} regels gebruikt", "en": "{n} rows used"},
    "proposal.how.fitted.respondents": {"nl": "{n} antwoorden", "en": "{n} answers"},
    "proposal.how.fitted.edited": {"nl": "daarna met de hand aangepast", "en": "edited by hand afterwards"},
    "proposal.how.differs": {"nl": "{option}: {value}", "en": "{option}: {value}"},
    "proposal.how.method.heading": {"nl": "De rekenmethode in het kort", "en": "The method in brief"},
    "proposal.how.method": {
        "nl": "Inwoners en leeftijden per wijk komen van het CBS.\n"
        "Krant: de krant komt in de woningen zonder NEE/NEE-sticker. Elke week ziet een deel van de "
        "inwoners de gemeentepagina, ouderen vaker dan jongeren. Vaak lezen dezelfde mensen, dus het "
        "bereik groeit over de weken steeds langzamer.\n"
        "Social media: per wijk koopt u vertoningen op Facebook en Instagram. Een deel komt bij inwoners "
        "van die wijk en wordt opgemerkt. Meer vertoningen bereiken steeds minder nieuwe mensen.\n"
        "Samen: wie de krant ziet en wie een advertentie ziet, hangt niet van elkaar af.\n"
        "Marge: budgetsim rekent elk plan {draws} keer door met waarden binnen de marges. P10 is de "
        "sombere uitkomst, P90 de gunstige.",
        "en": "Residents and ages per district come from CBS (Statistics Netherlands).\n"
        "Paper: the paper goes to homes without a NEE/NEE sticker. Each week part of the residents see "
        "the municipal page, older people more often than young people. Often the same people read, so "
        "the reach grows more slowly week after week.\n"
        "Social media: per district you buy impressions on Facebook and Instagram. Part of them reach "
        "residents of that district and are noticed. More impressions reach fewer and fewer new people.\n"
        "Together: whether someone sees the paper and whether they see an ad are taken as independent.\n"
        "Range: budgetsim calculates each plan {draws} times with values within the ranges. P10 is the "
        "gloomy outcome, P90 the favourable one.",
    },
    "proposal.how.platform.heading": {"nl": "Regels van de platforms", "en": "Platform rules"},
    "proposal.how.platform": {
        "nl": "Sinds 10 oktober 2025 geldt de Europese regel voor politieke advertenties (Verordening (EU) "
        "2024/900). Meta plaatst sinds begin oktober 2025 in de EU geen politieke, verkiezings- en "
        "maatschappelijke advertenties meer. Gewone informatie van de gemeente (werk aan de weg, afval, "
        "openingstijden) valt daar meestal niet onder. Campagnes over inspraak, wonen, energie of migratie "
        "kunnen wel als maatschappelijk worden gezien en geweigerd. Controleer de regels per campagne. "
        "Richten op postcode of straal kan in Nederland; heel kleine groepen kunnen niet apart worden "
        "bereikt.",
        "en": "Since 10 October 2025 the EU regulation on political advertising (Regulation (EU) 2024/900, TTPA) "
        "applies. Since early October 2025 Meta no longer runs political, electoral and social-issue ads "
        "in the EU. Factual information from the municipality (roadworks, waste collection, opening hours) "
        "is generally not political advertising, but campaigns on participation, housing, the energy "
        "transition or migration risk being classed as social-issue ads and refused. Check the rules per "
        "campaign. Postcode and radius targeting is available in the Netherlands; very small audiences "
        "cannot be targeted on their own.",
    },
    "proposal.how.survey.heading": {
        "nl": "In de woorden van een lezersonderzoek",
        "en": "In the words of a reader survey",
    },
    # -- Values ------------------------------------------------------------------------------------
    "proposal.val.from_copies": {
        "nl": "{price} per pagina, geschat uit het aantal kranten",
        "en": "{price} a page, estimated from the number of copies",
    },
    "proposal.val.contract": {"nl": "{price} per pagina, contractprijs", "en": "{price} a page, contract price"},
    "proposal.range.price": {
        "nl": "geen: de prijs uit het contract",
        "en": "none: the contract's price",
    },
    "proposal.range.price_estimated": {
        "nl": "{low} tot {high}: de schatting volgt de marge van de prijs per 1.000 kranten",
        "en": "{low} to {high}: the estimate follows the margin of the price per 1,000 copies",
    },
    "proposal.range.issues": {
        "nl": "geen: de krant heeft zoveel nummers",
        "en": "none: the paper has that many issues",
    },
    "proposal.range.span": {"nl": "{low} tot {high}", "en": "{low} to {high}"},
    "proposal.range.factor": {"nl": "per leeftijd {low} tot {high}", "en": "per age {low} to {high}"},
    "proposal.range.fixed": {"nl": "vaste grens van de platforms", "en": "a fixed platform limit"},
    # -- The assumptions in plain words (the model's own names are in budgetsim.assumptions) -------
    "proposal.param.print.delivery_share": {
        "nl": "Woningen die de krant krijgen",
        "en": "Homes that receive the paper",
    },
    "proposal.param.print.price_per_1000_copies_eur": {
        "nl": "Prijs van een pagina per 1.000 kranten",
        "en": "Price of a page per 1,000 copies",
    },
    "proposal.param.print.price_per_page_eur": {
        "nl": "Prijs van één gemeentepagina",
        "en": "Price of one municipal page",
    },
    "proposal.param.print.page_seen": {
        "nl": "Kans dat een inwoner de gemeentepagina ziet, per nummer",
        "en": "Chance that a resident sees the municipal page, per issue",
    },
    "proposal.param.print.loyalty": {"nl": "Elke week dezelfde lezers", "en": "The same readers every week"},
    "proposal.param.social.cpm_eur": {"nl": "Prijs per 1.000 vertoningen", "en": "Price per 1,000 impressions"},
    "proposal.param.social.platform_share": {
        "nl": "Inwoners op Facebook of Instagram",
        "en": "Residents on Facebook or Instagram",
    },
    "proposal.param.social.on_target_share": {
        "nl": "Vertoningen bij inwoners van de wijk",
        "en": "Impressions shown to residents of the district",
    },
    "proposal.param.social.noticed_share": {"nl": "Advertenties die worden opgemerkt", "en": "Ads that are noticed"},
    "proposal.param.social.spread": {
        "nl": "Hoe gelijk de vertoningen over mensen verdeeld zijn",
        "en": "How evenly the impressions are spread over people",
    },
    "proposal.param.social.min_audience": {
        "nl": "Kleinste groep die apart te bereiken is",
        "en": "Smallest group that can be targeted on its own",
    },
    # -- The proposal command ----------------------------------------------------------------------
    "proposal.cli.written": {"nl": "Opgeslagen: {path}", "en": "Saved: {path}"},
    "proposal.cli.no_file": {"nl": "bestand niet gevonden: {path}", "en": "file not found: {path}"},
    "proposal.cli.choose_nu": {
        "nl": "kies met --nu {letters} met welk ‘Nu’ elke optie wordt vergeleken",
        "en": "choose with --nu {letters} which ‘Now’ every option is compared with",
    },
    "proposal.cli.draws": {
        "nl": "--draws: kies 100 tot 100.000 (nu {value})",
        "en": "--draws: choose 100 to 100,000 (got {value})",
    },
    "proposal.cli.date": {
        "nl": "--date: schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-01 (nu {value})",
        "en": "--date: write the date as YYYY-MM-DD, for example 2026-12-01 (got {value})",
    },
    # -- Errors ------------------------------------------------------------------------------------
    "proposal.error.count": {"nl": "geef één tot drie opties (nu {n})", "en": "give one to three options (got {n})"},
    "proposal.error.gemeenten": {
        "nl": "alle opties moeten over dezelfde gemeente gaan (nu: {names})",
        "en": "all options must be about the same municipality (got: {names})",
    },
    "proposal.error.recommended": {
        "nl": "voorgestelde optie: kies {allowed} (nu {got})",
        "en": "proposed option: choose {allowed} (got {got})",
    },
    "proposal.error.nu_from": {
        "nl": "‘Nu’ van welke optie: kies {allowed} (nu {got})",
        "en": "whose ‘Now’: choose {allowed} (got {got})",
    },
    "proposal.error.decision": {"nl": "het gevraagde besluit is leeg", "en": "the decision requested is empty"},
}
