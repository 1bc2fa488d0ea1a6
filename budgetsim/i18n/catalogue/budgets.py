"""Setting the budgets: the paper in pages and its price, social media, the split over the areas,
the best split."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- The budget boxes --------------------------------------------------------------------------
    "app.budget.social": {"nl": "Budget social media per jaar (€)", "en": "Budget social media per year (€)"},
    "app.budget.social.help": {
        "nl": "Geld voor advertenties op Facebook en Instagram, gericht op wijken. Advies om mee te beginnen: € 5.000.",
        "en": "Money for ads on Facebook and Instagram, aimed at districts. Advice to start with: €5,000.",
    },
    "app.budget.print.exact": {"nl": "Precies bedrag krant", "en": "Exact amount local paper"},
    "app.budget.social.exact": {"nl": "Precies bedrag social media", "en": "Exact amount social media"},
    "app.budget.exact.help": {
        "nl": "Typ een bedrag in euro's, bijvoorbeeld 12.500 (van 0 tot 10.000.000).",
        "en": "Type an amount in euros, for example 12,500 (from 0 to 10,000,000).",
    },
    # -- The paper in pages per year ---------------------------------------------------------------
    "nu.pages.slider": {"nl": "Krant: pagina's per jaar", "en": "Paper: pages per year"},
    "nu.pages.slider.help": {
        "nl": "Hoeveel gemeentepagina's in de huis-aan-huiskrant per jaar: 52 is elke week, 26 om de week, "
        "12 elke maand. De krant komt in alle wijken tegelijk.",
        "en": "How many municipal pages in the free local weekly per year: 52 is every week, 26 every other "
        "week, 12 monthly. The paper reaches all districts at once.",
    },
    "nu.pages.preset": {"nl": "Hoe vaak een pagina in de krant", "en": "How often a page in the paper"},
    "nu.preset.weekly": {"nl": "elke week", "en": "every week"},
    "nu.preset.fortnightly": {"nl": "om de week", "en": "every other week"},
    "nu.preset.monthly": {"nl": "maandelijks", "en": "monthly"},
    "nu.preset.none": {"nl": "geen", "en": "none"},
    "nu.preset.every_issue": {"nl": "in elk nummer", "en": "in every issue"},
    "nu.estimated": {"nl": "{value} (geschat)", "en": "{value} (estimated)"},
    "nu.pages.cost": {
        "nl": "{pages} à {price} per pagina = **{eur}** per jaar.",
        "en": "{pages} at {price} per page = **{eur}** a year.",
    },
    "nu.pages.buys": {
        "nl": "{eur} per jaar koopt {pages} à {price} per pagina.",
        "en": "{eur} a year buys {pages} at {price} per page.",
    },
    "nu.pages.other": {"nl": "{pages} per jaar", "en": "{pages} a year"},
    # -- The price per page ------------------------------------------------------------------------
    "nu.price.label": {"nl": "Prijs per pagina uit uw contract (€)", "en": "Price per page from your contract (€)"},
    "nu.price.placeholder": {"nl": "geschat: {price}", "en": "estimated: {price}"},
    "nu.price.help": {
        "nl": "Wat één gemeentepagina kost volgens de factuur of het contract met de krant. Leeg laten: "
        "budgetsim schat de prijs uit de oplage. Pagina's blijven gelijk, de euro's volgen de prijs.",
        "en": "What one municipal page costs according to the invoice or the contract with the paper. Leave "
        "empty: budgetsim estimates the price from the print run. Pages stay, the euros follow the price.",
    },
    "nu.price.title_given": {
        "nl": "Prijs per pagina: {price} (uit uw contract)",
        "en": "Price per page: {price} (from your contract)",
    },
    "nu.price.title_estimated": {
        "nl": "Prijs per pagina: {price} (geschat)",
        "en": "Price per page: {price} (estimated)",
    },
    "nu.price.estimate": {
        "nl": "Dit is een schatting: {per_1000} per 1.000 kranten × {copies} kranten. Vul de echte prijs uit uw "
        "contract in, dan kloppen de euro's.",
        "en": "This is an estimate: {per_1000} per 1,000 copies × {copies} copies. Enter the real price from your "
        "contract, so the euros are right.",
    },
    "nu.price.tiny": {
        "nl": "Let op: de oplage is klein ({copies} kranten), dus de geschatte {price} per pagina is "
        "waarschijnlijk te laag. Een gemeentepagina kost meestal {low} of meer.",
        "en": "Note: the print run is small ({copies} copies), so the estimated {price} per page is probably "
        "too low. A municipal page usually costs {low} or more.",
    },
    "nu.price.bad": {
        "nl": "‘{text}’ is geen prijs per pagina. Typ een bedrag in euro's van {low} tot {high}, of laat het "
        "veld leeg voor de schatting.",
        "en": "‘{text}’ is not a price per page. Type an amount in euros from {low} to {high}, or leave the "
        "field empty for the estimate.",
    },
    # -- How the social budget is split over the areas ---------------------------------------------
    "app.split": {"nl": "Social budget verdelen over de wijken", "en": "Split the social budget over the districts"},
    "app.split.by_audience": {"nl": "naar grootte", "en": "by size"},
    "app.split.optimal": {"nl": "zo veel mogelijk bereik", "en": "most reach"},
    "app.split.manual": {"nl": "zelf kiezen", "en": "by hand"},
    "app.split.help": {
        "nl": "Naar grootte: elke wijk krijgt geld naar het aantal mensen dat er op social media te bereiken is. "
        "Zo veel mogelijk bereik: budgetsim zoekt de beste verdeling, met uw wijkgewichten. "
        "Zelf kiezen: u vult de bedragen per wijk in de tabel in.",
        "en": "By size: each district gets money in proportion to the people reachable there on social media. "
        "Most reach: budgetsim finds the best split, using your district weights. "
        "By hand: you fill in the amounts per district in the table.",
    },
    # -- The best split ----------------------------------------------------------------------------
    "nu.best.title": {"nl": "Beste verdeling", "en": "Best split"},
    "nu.best.social": {
        "nl": "Social over de wijken (krant blijft gelijk)",
        "en": "Social over the districts (paper unchanged)",
    },
    "nu.best.social.help": {
        "nl": "Verdeel alleen het social budget zo over de advertentiesets dat u de meeste inwoners bereikt. "
        "Krant en totaal blijven gelijk.",
        "en": "Split only the social budget over the ad sets so that you reach the most residents. "
        "Paper and total stay the same.",
    },
    "nu.best.total": {"nl": "Krant tegen social (zelfde totaal)", "en": "Paper against social (same total)"},
    "nu.best.total.help": {
        "nl": "Verdeel het totaal van krant en social zo dat u de meeste inwoners bereikt. Het totaal blijft "
        "gelijk; de krant kan minder of meer worden.",
        "en": "Split the total of paper and social so that you reach the most residents. The total stays the "
        "same; the paper may get less or more.",
    },
    "nu.best.social.done": {
        "nl": "Social verdeeld voor het meeste bereik; de krant bleef {print}.",
        "en": "Social split for the most reach; the paper stayed at {print}.",
    },
    "nu.best.total.done": {
        "nl": "Beste verdeling van {total}: krant {old_print} → {print}, social media {old_social} → {social}.",
        "en": "Best split of {total}: paper {old_print} → {print}, social media {old_social} → {social}.",
    },
    "nu.best.undo": {"nl": "Ongedaan maken", "en": "Undo"},
    "nu.best.undo.help": {
        "nl": "Terug naar de budgetten en de verdeling van vóór ‘{what}’.",
        "en": "Back to the budgets and the split from before ‘{what}’.",
    },
    "nu.best.undone": {
        "nl": "Teruggezet: krant {print}, social media {social}.",
        "en": "Restored: paper {print}, social media {social}.",
    },
}
