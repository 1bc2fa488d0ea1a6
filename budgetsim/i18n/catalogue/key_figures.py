"""The key figures (what a plan achieves) and Nu, what the municipality does today."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- Key figures (the page, the command line and the downloads) --------------------------------
    "fig.print_eur": {"nl": "Budget krant", "en": "Budget local paper"},
    "fig.social_eur": {"nl": "Budget social media", "en": "Budget social media"},
    "fig.reached": {"nl": "Inwoners bereikt", "en": "Residents reached"},
    # -- Key figures on the page -------------------------------------------------------------------
    "app.figures.title": {"nl": "Wat levert het op?", "en": "What does it achieve?"},
    "app.fig.reached": {"nl": "Inwoners bereikt", "en": "Residents reached"},
    "app.fig.reached.help": {
        "nl": "Inwoners in de doelgroep die de gemeentepagina of een advertentie minstens één keer zien.",
        "en": "Residents in the target group who see the municipal page or an ad at least once.",
    },
    "app.fig.reach_share": {"nl": "Deel van de doelgroep", "en": "Share of the target group"},
    "app.fig.reached_3plus": {"nl": "Drie keer of vaker", "en": "Three times or more"},
    "app.fig.reached_3plus.help": {
        "nl": "Wie een bericht drie keer of vaker ziet, onthoudt het beter.",
        "en": "People who see a message three times or more remember it better.",
    },
    "app.fig.cost": {"nl": "Kosten per bereikte", "en": "Per person reached"},
    "app.fig.cost.estimated": {
        "nl": "Kosten per bereikte en de euro's van de krant zijn **geschat**: de prijs per pagina ({price}) is "
        "geschat uit de oplage.",
        "en": "Cost per person reached and the paper's euros are **estimated**: the price per page ({price}) is "
        "estimated from the print run.",
    },
    "app.fig.cost.help": {
        "nl": "Totaal budget gedeeld door het aantal bereikte inwoners.",
        "en": "Total budget divided by the residents reached.",
    },
    "app.fig.range": {
        "nl": "Onzekerheid (P10–P90): bereikt {low} – {high}; drie keer of vaker {low3} – {high3}",
        "en": "Uncertainty (P10–P90): reached {low} – {high}; three times or more {low3} – {high3}",
    },
    "app.fig.print_only": {"nl": "Alleen via de krant", "en": "Paper only"},
    "app.fig.social_only": {"nl": "Alleen via social media", "en": "Social media only"},
    "app.fig.both": {"nl": "Via allebei", "en": "Both"},
    "app.next1000": {
        "nl": "**De volgende € 1.000** voor de krant bereikt nog **{print}** inwoners extra; "
        "voor social media nog **{social}**.",
        "en": "**The next €1,000** on the paper reaches **{print}** more residents; on social media **{social}**.",
    },
    "app.next1000.print_only": {
        "nl": "**De volgende € 1.000** voor de krant bereikt nog **{print}** inwoners extra. Social media "
        "kan hier geen wijk apart bereiken: geen wijk heeft genoeg mensen in de doelgroep.",
        "en": "**The next €1,000** on the paper reaches **{print}** more residents. Social media cannot "
        "target a single district here: no district has enough people in the target group.",
    },
    # -- Nu: what the municipality does today, and the difference with it --------------------------
    "nu.title": {"nl": "Nu", "en": "Now"},
    "nu.fig.reached": {"nl": "Nu: bereikt", "en": "Now: reached"},
    "nu.against": {
        "nl": "Verschil met **Nu**: krant {paper}, {social}",
        "en": "Difference with **Now**: paper {paper}, {social}",
    },
    "nu.paper": {"nl": "{how} ({eur})", "en": "{how} ({eur})"},
    "nu.paper.estimated": {"nl": "{how} ({eur}, geschat)", "en": "{how} ({eur}, estimated)"},
    "nu.social.none": {"nl": "geen social media", "en": "no social media"},
    "nu.social.some": {"nl": "social media {eur}", "en": "social media {eur}"},
    "nu.edit": {"nl": "Nu aanpassen", "en": "Change Now"},
    "nu.edit.help": {
        "nl": "**Nu** is wat de gemeente nu doet. Alle verschillen, de grafiek, Vergelijken en het voorstel "
        "rekenen daarmee. Nu blijft staan als u met de budgetten schuift, en gaat mee in het scenariobestand.",
        "en": "**Now** is what the municipality does today. Every difference, the chart, Compare and the proposal "
        "use it. Now stays put while you move the budgets, and is saved in the scenario file.",
    },
    "nu.edit.pages": {"nl": "Krant nu: pagina's per jaar", "en": "Paper now: pages per year"},
    "nu.edit.social": {"nl": "Social media nu: euro's per jaar", "en": "Social media now: euros per year"},
    "nu.edit.preset": {"nl": "Krant nu", "en": "Paper now"},
    "nu.edit.from_plan": {"nl": "Het plan hierboven is wat we nu doen", "en": "The plan above is what we do now"},
    "nu.compare.intro": {
        "nl": "Zet tot drie scenario's naast elkaar. Gaan ze over één gemeente, dan staat **Nu** (wat de gemeente "
        "nu doet) erbij. Open bestanden hieronder; uw huidige instellingen komen erbij als u dat aanvinkt.",
        "en": "Put up to three scenarios side by side. When they are about one municipality, **Now** (what the "
        "municipality does today) is shown with them. Open files below; your current settings are added when you "
        "tick the box.",
    },
    "nu.compare.left_out": {
        "nl": "Er passen drie scenario's naast elkaar; niet getoond: {names}.",
        "en": "Three scenarios fit side by side; not shown: {names}.",
    },
    "nu.compare.need_one": {
        "nl": "Open een of meer scenariobestanden om ze te vergelijken.",
        "en": "Open one or more scenario files to compare them.",
    },
    "nu.compare.total": {"nl": "Totaal budget per jaar", "en": "Total budget per year"},
    "nu.compare.pages": {"nl": "Pagina's in de krant per jaar", "en": "Pages in the paper per year"},
    "nu.compare.now_caption": {
        "nl": "Nu: wat de gemeente nu doet, met dezelfde aannames als de scenario's.",
        "en": "Now: what the municipality does today, with the same assumptions as the scenarios.",
    },
    "nu.name.stale": {
        "nl": "De naam ‘{name}’ is gegeven vóór de laatste wijzigingen (nu: krant {print}, social media {social}). "
        "Een bestand, grafiek of voorstel met deze naam kan iets anders beloven dan de cijfers erin.",
        "en": "The name ‘{name}’ was given before the latest changes (now: paper {print}, social media {social}). "
        "A file, chart or proposal with this name may promise something other than the figures in it.",
    },
    "nu.name.update": {"nl": "Naam bijwerken: ‘{name}’", "en": "Update the name: ‘{name}’"},
    "nu.name.keep": {"nl": "De naam klopt nog", "en": "The name still fits"},
}
