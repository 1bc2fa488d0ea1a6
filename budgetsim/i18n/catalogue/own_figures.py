""" "Eigen cijfers" in the assumptions tab: an ads export or a reader survey, and what it changes."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- Eigen cijfers: uploading an ads export or a reader survey ---------------------------------
    "app.own.title": {
        "nl": "Eigen cijfers: rekenen met uw eigen campagne en lezersonderzoek",
        "en": "Own figures: calculate with your own campaign and reader survey",
    },
    "app.own.intro": {
        "nl": "De standaardwaarden zijn landelijke schattingen. Heeft uw gemeente al advertenties op Facebook of "
        "Instagram gehad, of vroeg het burgerpanel hoe vaak mensen de gemeentepagina lezen? Zet die cijfers "
        "hier neer. budgetsim rekent dan uit welke waarden bij uw gemeente passen. U kiest zelf of u ze "
        "gebruikt.",
        "en": "The defaults are national estimates. Has your municipality already run ads on Facebook or Instagram, "
        "or did the residents' panel ask how often people read the municipal page? Add those figures here. "
        "budgetsim then works out which values fit your municipality. You decide whether to use them.",
    },
    "app.own.export": {
        "nl": "Export uit Meta Advertentiebeheer (CSV of Excel)",
        "en": "Export from Meta Ads Manager (CSV or Excel)",
    },
    "app.own.export.help": {
        "nl": "In Advertentiebeheer: kies de campagne, dan Exporteren. Nodig zijn de kolommen Besteed bedrag (EUR), "
        "Weergaven en Bereik, met de naam van de campagne of advertentieset. Rijen van verschillende grootte "
        "(bijvoorbeeld per week) laten zien hoe snel het bereik verzadigt.",
        "en": "In Ads Manager: choose the campaign, then Export. Needed are the columns Amount spent (EUR), "
        "Impressions and Reach, with the name of the campaign or ad set. Rows of different sizes (per week, "
        "for example) show how fast the reach saturates.",
    },
    "app.own.survey": {"nl": "Lezersonderzoek (CSV of Excel)", "en": "Reader survey (CSV or Excel)"},
    "app.own.survey.help": {
        "nl": "De vraag 'Hoe vaak leest u de gemeentepagina?' met per antwoord het aantal (eventueel per "
        "leeftijdsgroep), of één rij per inwoner met antwoord en leeftijd. Begin met het voorbeeldbestand.",
        "en": "The question 'How often do you read the municipal page?' with the number per answer (optionally per "
        "age band), or one row per resident with answer and age. Start from the template.",
    },
    "app.own.template": {"nl": "Voorbeeldbestand lezersonderzoek (CSV)", "en": "Reader survey template (CSV)"},
    "app.own.template_file": {"nl": "lezersonderzoek-invullen.csv", "en": "reader-survey-template.csv"},
    "app.own.in_use": {"nl": "Ingelezen: {name}", "en": "Read: {name}"},
    "app.own.remove": {"nl": "Bestand weghalen", "en": "Remove file"},
    "app.own.export.unreadable": {
        "nl": "dit bestand is geen export die budgetsim kan lezen; toegestaan is een CSV- of Excel-bestand (.xlsx) "
        "uit Advertentiebeheer",
        "en": "this file is not an export budgetsim can read; allowed is a CSV or Excel (.xlsx) file from Ads Manager",
    },
    "app.own.survey.unreadable": {
        "nl": "dit bestand is geen lezersonderzoek dat budgetsim kan lezen; toegestaan is een CSV- of "
        "Excel-bestand (.xlsx) zoals het voorbeeldbestand",
        "en": "this file is not a reader survey budgetsim can read; allowed is a CSV or Excel (.xlsx) file like "
        "the template",
    },
    "app.own.export.bad": {
        "nl": "Het bestand {name} kan budgetsim niet gebruiken als export. Er is niets veranderd.",
        "en": "budgetsim cannot use the file {name} as an export. Nothing has changed.",
    },
    "app.own.survey.bad": {
        "nl": "Het bestand {name} kan budgetsim niet gebruiken als lezersonderzoek. Er is niets veranderd.",
        "en": "budgetsim cannot use the file {name} as a reader survey. Nothing has changed.",
    },
    "app.own.problems": {
        "nl": "Opmerkingen bij de bestanden (deze rijen tellen niet mee):",
        "en": "Notes on the files (these rows do not count):",
    },
    "app.own.more": {"nl": "… en nog {n:int}", "en": "… and {n:int} more"},
    "app.own.rows": {"nl": "Rijen van de export", "en": "Rows of the export"},
    "app.own.rows_caption": {
        "nl": "{used:int} van de {total:int} rijen gebruikt. Een rij die niet klopt, telt niet mee; de reden staat "
        "erbij.",
        "en": "{used:int} of the {total:int} rows used. A row that does not add up does not count; the reason is "
        "given.",
    },
    "app.own.targeting": {"nl": "Op wie was de campagne gericht?", "en": "Whom did the campaign target?"},
    "app.own.targeting.intro": {
        "nl": "Standaard telt elke rij als de hele gemeente, iedereen van 15 jaar en ouder. Was een rij op een deel "
        "gericht? Kies dan de rij, en daarna de wijken, buurten of advertentiesets en de leeftijden.",
        "en": "By default every row counts as the whole municipality, everyone aged 15 and over. Did a row target "
        "a part? Then choose the row, and then the districts, neighbourhoods or ad sets and the ages.",
    },
    "app.own.targeting.row": {"nl": "Rij", "en": "Row"},
    "app.own.targeting.every": {"nl": "Alle rijen", "en": "All rows"},
    "app.own.ad_set": {"nl": "Advertentieset {id} (kleine gebieden samen)", "en": "Ad set {id} (small areas together)"},
    "app.own.targeting.areas": {
        "nl": "Wijken, buurten of advertentiesets (leeg: de hele gemeente)",
        "en": "Districts, neighbourhoods or ad sets (empty: the whole municipality)",
    },
    "app.own.targeting.bands": {
        "nl": "Leeftijden (leeg: iedereen van 15 jaar en ouder)",
        "en": "Ages (empty: everyone aged 15 and over)",
    },
    "app.own.targeting.summary": {"nl": "{row}: {areas}; {bands}", "en": "{row}: {areas}; {bands}"},
    "app.own.targeting.whole": {"nl": "de hele gemeente", "en": "the whole municipality"},
    "app.own.targeting.all_bands": {"nl": "15 jaar en ouder", "en": "aged 15 and over"},
    "app.own.survey_rows": {"nl": "Antwoorden in het lezersonderzoek", "en": "Answers in the reader survey"},
    "app.own.survey_caption": {
        "nl": "{n:int} antwoorden. De laatste kolom is wat de berekende waarden voorspellen: hoe dichter bij uw "
        "cijfers, hoe beter ze passen.",
        "en": "{n:int} answers. The last column is what the fitted values predict: the closer to your figures, the "
        "better they fit.",
    },
    "app.own.fitted": {"nl": "Waarden uit uw cijfers", "en": "Values from your figures"},
    "app.own.fitted_caption": {
        "nl": "Naast de standaard en de waarde die nu in gebruik is. De marge is de onzekerheid van uw cijfers; "
        "die komt bij 'Hoe zeker?' in plaats van de gangbare marge.",
        "en": "Beside the default and the value in use now. The range is the uncertainty of your figures; it "
        "replaces the usual range under 'How sure?'.",
    },
    "app.own.notes": {"nl": "Zo is de export gelezen:", "en": "How the export was read:"},
    "app.own.unusable": {
        "nl": "Deze waarden gebruikt budgetsim niet; ze blijven op de waarde van het scenario. Waarom:",
        "en": "budgetsim does not use these values; they keep the scenario's value. Why:",
    },
    "app.own.take": {"nl": "Welke waarden gebruikt u?", "en": "Which values do you use?"},
    "app.own.take.safe": {
        "nl": "Alleen de prijs per 1.000 vertoningen (de veilige keuze)",
        "en": "Only the cost per 1,000 impressions (the safe choice)",
    },
    "app.own.take.every": {"nl": "Alle bruikbare waarden", "en": "Every usable value"},
    "app.own.take.picked": {"nl": "Zelf kiezen", "en": "Choose myself"},
    "app.own.take.values": {"nl": "Waarden om te gebruiken", "en": "Values to use"},
    "app.own.used_values": {"nl": "Gebruikt: {values}.", "en": "Used: {values}."},
    "app.own.nothing": {
        "nl": "Uit deze bestanden valt nog niets te berekenen. Hierboven staat waarom.",
        "en": "Nothing can be calculated from these files yet. The reasons are above.",
    },
    "app.own.use": {"nl": "Gebruik deze waarden", "en": "Use these values"},
    "app.own.used": {
        "nl": "De waarden uit uw cijfers zijn in gebruik. Bij elke aanname staat waar ze vandaan komen.",
        "en": "The values from your figures are in use. Each assumption says where its value comes from.",
    },
    "app.own.undo": {"nl": "Terug naar de waarden van daarvoor", "en": "Back to the values before"},
    "app.own.undone": {"nl": "De waarden van daarvoor staan weer terug.", "en": "The values from before are back."},
    "app.own.basis": {"nl": "Uit uw cijfers: {basis}.", "en": "From your figures: {basis}."},
    "app.own.basis_edited": {"nl": "Daarna met de hand aangepast.", "en": "Edited by hand afterwards."},
    "app.own.col.row": {"nl": "Rij", "en": "Row"},
    "app.own.col.name": {"nl": "Naam", "en": "Name"},
    "app.own.col.spend": {"nl": "Besteed", "en": "Spent"},
    "app.own.col.impressions": {"nl": "Weergaven", "en": "Impressions"},
    "app.own.col.reach": {"nl": "Bereik", "en": "Reach"},
    "app.own.col.predicted": {"nl": "Bereik volgens model", "en": "Reach by the model"},
    "app.own.col.used": {"nl": "Gebruikt", "en": "Used"},
    "app.own.col.why": {"nl": "Waarom niet", "en": "Why not"},
    "app.own.col.assumption": {"nl": "Aanname", "en": "Assumption"},
    "app.own.col.default": {"nl": "Standaard", "en": "Default"},
    "app.own.col.now": {"nl": "Nu in gebruik", "en": "In use now"},
    "app.own.col.fitted": {"nl": "Uit uw cijfers", "en": "From your figures"},
    "app.own.col.range": {"nl": "Marge", "en": "Range"},
    "app.own.col.usable": {"nl": "Bruikbaar", "en": "Usable"},
    "app.own.col.answer": {"nl": "Antwoord", "en": "Answer"},
    "app.own.col.count": {"nl": "Aantal", "en": "Number"},
    "app.own.col.observed": {"nl": "In uw onderzoek", "en": "In your survey"},
    "app.own.col.expected": {"nl": "Volgens de waarden", "en": "By the values"},
    "app.own.yes": {"nl": "ja", "en": "yes"},
    "app.own.no": {"nl": "nee", "en": "no"},
    # -- Eigen cijfers: the chart of measured against modelled reach -------------------------------
    "chart.calibration.title": {
        "nl": "Bereik van uw campagne: gemeten en berekend",
        "en": "Reach of your campaign: measured and calculated",
    },
    "chart.calibration.x": {"nl": "Weergaven", "en": "Impressions"},
    "chart.calibration.y": {"nl": "Bereik (accounts)", "en": "Reach (accounts)"},
    "chart.calibration.observed": {"nl": "Gemeten (gebruikt)", "en": "Measured (used)"},
    "chart.calibration.skipped": {"nl": "Gemeten (niet gebruikt)", "en": "Measured (not used)"},
    "chart.calibration.curve": {
        "nl": "Berekend met de waarden uit uw cijfers",
        "en": "Calculated with the values from your figures",
    },
    "chart.calibration.curve_not_used": {
        "nl": "Wat uw cijfers zouden geven (niet gebruikt)",
        "en": "What your figures would give (not used)",
    },
    "chart.calibration.row": {"nl": "Rij", "en": "Row"},
    "chart.calibration.predicted": {"nl": "Bereik volgens model", "en": "Reach by the model"},
    "chart.calibration.description": {
        "nl": "{title}. Het bereik van {n:int} rijen uit de export tegen hun weergaven (punten), met de lijn die de "
        "waarden uit uw cijfers geven; de lijn ligt gemiddeld {gap:pct} naast het gemeten bereik. Meer "
        "weergaven geven steeds minder extra bereik. Per rij gemeten en berekend: {rows}.",
        "en": "{title}. The reach of {n:int} rows of the export against their impressions (points), with the line "
        "the values from your figures give; the line is on average {gap:pct} off the measured reach. More "
        "impressions add less and less reach. Per row measured and calculated: {rows}.",
    },
    "chart.calibration.description_not_used": {
        "nl": "{title}. Het bereik van {n:int} rijen uit de export tegen hun weergaven (punten), met de lijn die uw "
        "cijfers zouden geven; de lijn ligt gemiddeld {gap:pct} naast het gemeten bereik. Die waarden worden niet "
        "gebruikt en blijven op de waarde van het scenario: {reasons}. Per rij gemeten en berekend: {rows}.",
        "en": "{title}. The reach of {n:int} rows of the export against their impressions (points), with the line "
        "your figures would give; the line is on average {gap:pct} off the measured reach. Those values are not "
        "used and keep the scenario's value: {reasons}. Per row measured and calculated: {rows}.",
    },
    "chart.calibration.alt_row": {
        "nl": "rij {row} {reach:int} en {predicted:int}",
        "en": "row {row} {reach:int} and {predicted:int}",
    },
}
