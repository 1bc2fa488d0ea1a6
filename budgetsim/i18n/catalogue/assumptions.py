"""The "Aannames" tab: each assumption's label and basis, its range, the paper in survey words."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- The assumptions tab -----------------------------------------------------------------------
    "app.assumptions.intro": {
        "nl": "Alle cijfers rusten op deze aannames. Weet u het beter voor uw gemeente? Pas ze aan. "
        "Onder elke aanname staat waar de standaardwaarde op is gebaseerd.",
        "en": "Every figure rests on these assumptions. Do you know better for your municipality? Change them. "
        "Under each assumption you find what the default is based on.",
    },
    "app.assumptions.reset": {"nl": "Alle aannames terugzetten", "en": "Reset all assumptions"},
    "app.assumptions.meta": {
        "nl": "Standaard: {default}. Gangbaar: {advised}.",
        "en": "Default: {default}. Usual: {advised}.",
    },
    "app.assumptions.factor": {"nl": "{low} tot {high} keer de standaard", "en": "{low} to {high} times the default"},
    "app.range.low.value": {"nl": "Onzekerheid: laagste waarde", "en": "Uncertainty: lowest value"},
    "app.range.high.value": {"nl": "Onzekerheid: hoogste waarde", "en": "Uncertainty: highest value"},
    "app.range.low.factor": {
        "nl": "Onzekerheid: laagste factor (alle leeftijden)",
        "en": "Uncertainty: lowest factor (all ages)",
    },
    "app.range.high.factor": {
        "nl": "Onzekerheid: hoogste factor (alle leeftijden)",
        "en": "Uncertainty: highest factor (all ages)",
    },
    "app.platform_rules": {
        "nl": "**Regels van de platforms.** Sinds 10 oktober 2025 geldt de Europese regel voor politieke "
        "advertenties (Verordening (EU) 2024/900). Meta plaatst sinds begin oktober 2025 in de EU geen "
        "politieke, verkiezings- en maatschappelijke advertenties meer. Gewone informatie van de gemeente "
        "(werk aan de weg, afval, openingstijden) valt daar meestal niet onder. Campagnes over inspraak, "
        "wonen, energie of migratie kunnen wel als maatschappelijk worden gezien en geweigerd. Controleer "
        "de regels per campagne. Richten op postcode of straal kan in Nederland; heel kleine groepen "
        "kunnen niet apart worden bereikt.",
        "en": "**Platform rules.** Since 10 October 2025 the EU regulation on political advertising "
        "(Regulation (EU) 2024/900, TTPA) applies. Since early October 2025 Meta no longer runs political, "
        "electoral and social-issue ads in the EU. Factual information from the municipality (roadworks, "
        "waste collection, opening hours) is generally not political advertising, but campaigns on "
        "participation, housing, the energy transition or migration risk being classed as social-issue ads "
        "and refused. Check the rules per campaign. Postcode and radius targeting is available in the "
        "Netherlands; very small audiences cannot be targeted on their own.",
    },
    # -- Each assumption's label and basis (budgetsim.assumptions.REGISTRY) ------------------------
    "param.print.delivery_share.label": {
        "nl": "Deel van de woningen dat de krant krijgt",
        "en": "Share of dwellings that receive the paper",
    },
    "param.print.delivery_share.basis": {
        "nl": "Deel van de woningen dat de krant krijgt. Op ongeveer 23 % van de brievenbussen zit een NEE/NEE-"
        "sticker, in Amsterdam op ongeveer de helft (Spotta, 2018). Utrecht laat huis-aan-huisbladen alleen "
        "bezorgen bij een JA-sticker. Op het platteland stopt de bezorging soms.",
        "en": "Share of dwellings that receive the paper. About 23% of letterboxes carry a NEE/NEE sticker, about "
        "half in Amsterdam (Spotta, 2018). Utrecht keeps free weeklies out of letterboxes without a JA sticker, "
        "and rural delivery is being dropped in places.",
    },
    "param.print.price_per_1000_copies_eur.label": {
        "nl": "Prijs per 1.000 kranten (€)",
        "en": "Price per 1,000 copies (€)",
    },
    "param.print.price_per_1000_copies_eur.basis": {
        "nl": "Prijs van één gemeentepagina per 1.000 kranten. Gemeenten betalen € 60 tot € 260 per pagina voor een "
        "krant met ongeveer 11.000 exemplaren.",
        "en": "Price of one municipal page per 1,000 copies. Municipal contracts run from €60 to €260 per page for "
        "titles of about 11,000 copies.",
    },
    "param.print.page_seen.label": {
        "nl": "Kans dat iemand de pagina ziet (per nummer)",
        "en": "Chance of seeing the page (per issue)",
    },
    "param.print.page_seen.basis": {
        "nl": "Kans dat iemand in een huis dat de krant krijgt de gemeentepagina in één nummer ziet. Volgens NOM "
        "(2018) leest 53 % van de Nederlanders van 13 jaar en ouder een nummer van een huis-aan-huisblad (62 % "
        "in 2016; NMO 2024: bijna de helft). Jongeren lezen veel minder: ongeveer 30 % van de 13- tot "
        "19-jarigen, 48 % van de 25- tot 34-jarigen en meer dan 80 % van de 65-plussers (NOM 2016). "
        "Burgerpanels: in Sliedrecht (2019) leest 50 % de gemeentepagina elke week en 27 % soms, in Papendrecht "
        "37 % en 36 %, in Krimpenerwaard (2022) 29 % elke week en kijkt 28 % de koppen door. Overal lezen mensen"
        " onder de 35 het minst. In een panel zitten vooral betrokken inwoners, dus de standaardwaarden liggen "
        "lager: per nummer ziet ongeveer 36 % van de inwoners van 15 jaar en ouder de pagina, ongeveer drie op "
        "de vier lezers van de krant.",
        "en": "Chance that a resident of a receiving dwelling sees the municipal page in one issue. NOM Regio Monitor "
        "2018: a huis-aan-huisblad reaches 53% of the Dutch aged 13+ per issue (62% in 2016; NMO 2024: almost "
        "half); by age (NOM 2016) about 30% of 13–19, 48% of 25–34 and over 80% of 65+. Municipal panels: "
        "Sliedrecht (2019) 50% read the page every week and 27% sometimes, Papendrecht 37% and 36%, "
        "Krimpenerwaard (2022) 29% every week plus 28% scanning the headlines; under-35s read least "
        "everywhere. Panels over-represent engaged residents, so the defaults sit below them: per issue about 36"
        "% of residents 15+ see the page, about three in four weekly paper readers.",
    },
    "param.print.loyalty.label": {"nl": "Trouw van lezers", "en": "Reader loyalty"},
    "param.print.loyalty.basis": {
        "nl": "Hoe vaak dezelfde mensen de pagina lezen: 0 = elk nummer een nieuwe kans, bijna 1 = steeds dezelfde "
        "lezers. In burgerpanels (Sliedrecht, Papendrecht) lezen mensen vooral óf elke week óf nooit: dat past "
        "bij een hoge trouw. Rekenmodel: bèta-binomiaal (Metheringham).",
        "en": "How much the same people read every week: 0 = each issue an independent chance, near 1 = the same "
        "readers every time. Surveys split sharply into weekly readers and non-readers (Sliedrecht, "
        "Papendrecht), which is high loyalty. Model: beta-binomial (Metheringham).",
    },
    "param.print.price_per_page_eur.label": {"nl": "Prijs per pagina (€)", "en": "Price per page (€)"},
    "param.print.price_per_page_eur.basis": {
        "nl": "De prijs van één gemeentepagina volgens het contract met de krant (staat op de factuur). Vult u die in,"
        " dan rekent budgetsim met deze prijs in plaats van met de prijs per 1.000 kranten.",
        "en": "The contract price of one municipal page (as on the invoice). When given, budgetsim uses it instead of "
        "the price computed from the price per 1,000 copies.",
    },
    "param.social.cpm_eur.label": {"nl": "Kosten per 1.000 vertoningen (€)", "en": "Cost per 1,000 impressions (€)"},
    "param.social.cpm_eur.basis": {
        "nl": "Kosten per 1.000 vertoningen van een advertentie in Nederland; in het vierde kwartaal ongeveer 30 % "
        "hoger. Een leverancier meldt over alle Nederlandse adverteerders op Meta een middelste waarde van "
        "ongeveer 11 (nov. 2024 – okt. 2025, alle soorten campagnes, munt niet genoemd). Campagnes voor bereik "
        "op één plaats kosten minder dan campagnes voor verkoop, dus blijft 8 de standaard.",
        "en": "Euros per 1,000 ad impressions in the Netherlands; about 30% higher in Q4. A vendor panel of all Dutch"
        " Meta advertisers reports a median near 11 (Nov 2024–Oct 2025, currency not stated, all objectives): "
        "reach campaigns aimed at a place cost less than conversion campaigns, so 8 stays.",
    },
    "param.social.platform_share.label": {
        "nl": "Deel dat Facebook of Instagram gebruikt",
        "en": "Share using Facebook or Instagram",
    },
    "param.social.platform_share.basis": {
        "nl": "Deel van de inwoners dat Facebook of Instagram gebruikt. Newcom 2024–2025: Facebook ongeveer 10 "
        "miljoen, Instagram ongeveer 8 miljoen gebruikers van 15 jaar en ouder.",
        "en": "Residents who use Facebook or Instagram. Newcom 2024–2025: Facebook about 10 million, Instagram about 8"
        " million users aged 15+.",
    },
    "param.social.on_target_share.label": {
        "nl": "Deel van de vertoningen in de wijk",
        "en": "Share of impressions on target",
    },
    "param.social.on_target_share.basis": {
        "nl": "Deel van de vertoningen dat echt bij inwoners van de gekozen wijk komt. Richten op postcode of straal "
        "bereikt ook forensen en bezoekers.",
        "en": "Share of impressions shown to residents of the targeted area: postcode and radius targeting also reach "
        "commuters and visitors.",
    },
    "param.social.noticed_share.label": {"nl": "Deel dat wordt opgemerkt", "en": "Share noticed"},
    "param.social.noticed_share.basis": {
        "nl": "Deel van die vertoningen dat mensen echt opmerken. Ongeveer twee op de drie advertenties zijn "
        "zichtbaar, opgemerkt worden er minder. Zo is een vertoning te vergelijken met 'de gemeentepagina "
        "gezien'. Stel dit in met eigen meetgegevens.",
        "en": "Share of those impressions that are actually noticed (roughly two in three feed ads are viewable, fewer"
        " are noticed), so an impression compares with 'saw the municipal page'. Set it from your own recall or "
        "brand-lift data.",
    },
    "param.social.spread.label": {"nl": "Spreiding van vertoningen", "en": "Spread of impressions"},
    "param.social.spread.basis": {
        "nl": "Hoe gelijk de vertoningen over mensen verdeeld zijn (k van de negatief-binomiale verdeling): laag = "
        "veel vertoningen bij een kleine groep, hoog = gelijk verdeeld. k = 1 is de bereikscurve van Goerg "
        "(2014), de standaard van het WFA-raamwerk.",
        "en": "Negative-binomial shape k: low = impressions pile up on heavy users, high = spread evenly (k → ∞ is "
        "Poisson). k = 1 is Goerg's one-point reach curve (2014), the default of the WFA planning-evaluation "
        "framework.",
    },
    "param.social.min_audience.label": {"nl": "Kleinste doelgroep per wijk", "en": "Smallest audience per area"},
    "param.social.min_audience.basis": {
        "nl": "Een wijk met een kleinere doelgroep op Facebook en Instagram kan niet apart bereikt worden: de "
        "platforms richten niet op heel kleine groepen.",
        "en": "An area whose audience is smaller cannot be targeted on its own: the platforms do not target very small"
        " audiences.",
    },
    # -- The paper's assumptions in the words of a reader survey -----------------------------------
    "survey.sentence": {
        "nl": "Met deze aannames leest {every_week} van {group} de gemeentepagina (bijna) elke week, "
        "{sometimes} soms en {never} nooit of krijgt de krant niet.",
        "en": "With these assumptions {every_week} of {group} read the municipal page (almost) every week, "
        "{sometimes} sometimes and {never} never or do not receive the paper.",
    },
    "survey.group.all": {"nl": "uw inwoners van 15 jaar en ouder", "en": "your residents aged 15 and over"},
    "survey.group.bands": {"nl": "de doelgroep ({bands})", "en": "the target group ({bands})"},
    "survey.panels": {
        "nl": "Ter vergelijking, burgerpanels: {panels}. In een panel zitten vooral betrokken inwoners.",
        "en": "For comparison, municipal panels: {panels}. Panels over-represent engaged residents.",
    },
    "survey.panel.both": {
        "nl": "{gemeente} {every_week} elke week en {sometimes} soms",
        "en": "{gemeente} {every_week} every week and {sometimes} sometimes",
    },
    "survey.panel.weekly": {"nl": "{gemeente} {every_week} elke week", "en": "{gemeente} {every_week} every week"},
    "app.survey.heading": {
        "nl": "Wat betekenen de aannames over de krant in de woorden van een lezersonderzoek?",
        "en": "What do the paper's assumptions mean in the words of a reader survey?",
    },
    "app.survey.by_band": {"nl": "Per leeftijdsgroep", "en": "By age group"},
    "app.survey.col.band": {"nl": "Leeftijd", "en": "Age"},
    "app.survey.col.every_week": {"nl": "(Bijna) elke week", "en": "(Almost) every week"},
    "app.survey.col.sometimes": {"nl": "Soms", "en": "Sometimes"},
    "app.survey.col.never": {"nl": "Nooit of geen krant", "en": "Never or no paper"},
    "app.survey.hint": {
        "nl": "Over vier nummers (een maand). Heeft uw gemeente een eigen burgerpanel? Leg de cijfers ernaast, "
        "of gebruik ze bij 'Eigen cijfers' om de aannames te laten berekenen.",
        "en": "Over four issues (a month). Does your municipality have its own panel? Compare its figures, "
        "or use them under 'Own figures' to have the assumptions computed.",
    },
}
