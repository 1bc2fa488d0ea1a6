"""Every text the app, the charts, the exports and the error messages show, in Dutch and English.

One text system: a text is looked up by key and filled with parameters, never written inline as a
``(nl, en)`` pair or behind an ``if lang == "nl"``.

- ``STRINGS`` is a flat dict ``key -> {"nl": ..., "en": ...}``; keys are grouped by screen area
  (``common.``, ``channel.``, ``band.``, ``fig.``, ``chart.<name>.``, ``csv.``, ``pdf.``,
  ``problem.``, ``alloc.`` ...).
- ``PLURALS`` holds the texts that depend on a count, ``key -> {lang: {plural form: text}}``, with
  the CLDR plural forms of Babel (``"one"`` and ``"other"`` in both languages): ``"1 wijk"``,
  ``"3 wijken"``.
- :func:`t` looks a key up and fills ``{placeholders}``; a placeholder may name how its number is
  written: ``{total:eur}`` (``€ 5.000`` / ``€5,000``), ``{n:int}``, ``{share:pct}``, ``{value:num}``
  (see :data:`SPECS`), so code passes plain numbers and the text decides their form.
- :func:`render` turns a :class:`budgetsim.problems.Message` (key + parameters, which the core
  raises instead of text) into text; ``Problem`` and ``InfeasibleBudget`` render through it.

Dutch is written at B1 level: short sentences, everyday words ("inwoners bereikt", "krant" for
the municipal page in the free local weekly, "social media advertenties"), no marketing jargon.

Layers: the core never imports this module; it says what is wrong with a Message (key +
parameters, :mod:`budgetsim.problems`), and this module, on import, installs itself as the renderer
of those Messages (``budgetsim/__init__.py`` imports it, so they render wherever budgetsim runs).
"""

from __future__ import annotations

import string
from functools import cache

from babel import Locale

from . import problems
from .formatting import LANGS, LOCALES, fmt_date, fmt_eur, fmt_exact, fmt_int, fmt_num, fmt_pct
from .problems import Message

__all__ = ["LANGS", "PLURALS", "SPECS", "STRINGS", "band_label", "fmt_date", "plural_form", "render", "t"]

STRINGS: dict[str, dict[str, str]] = {
    # -- common ---------------------------------------------------------------------------
    "common.app_name": {"nl": "budgetsim", "en": "budgetsim"},
    "common.yes": {"nl": "ja", "en": "yes"},
    "common.no": {"nl": "nee", "en": "no"},
    "common.missing": {"nl": "–", "en": "–"},
    "common.residents": {"nl": "inwoners", "en": "residents"},
    "common.subtitle": {"nl": "{gemeente} · {scenario}", "en": "{gemeente} · {scenario}"},
    "common.wijk": {"nl": "Wijk", "en": "District"},
    "common.wijken": {"nl": "wijken", "en": "districts"},
    "common.gemeente": {"nl": "Gemeente", "en": "Municipality"},
    "common.scenario": {"nl": "Scenario", "en": "Scenario"},
    "common.target_group": {"nl": "Doelgroep", "en": "Target group"},
    # -- sources (on every chart and export) ----------------------------------------------
    "source.chart": {"nl": "Bron: CBS; aannames budgetsim", "en": "Source: CBS; budgetsim assumptions"},
    "source.full": {
        "nl": "Bron: CBS, Kerncijfers wijken en buurten 2024; aannames budgetsim",
        "en": "Source: CBS (Statistics Netherlands), Kerncijfers wijken en buurten 2024; budgetsim assumptions",
    },
    # -- channels -------------------------------------------------------------------------
    "channel.print": {"nl": "Krant", "en": "Local paper"},
    "channel.print_long": {
        "nl": "Gemeentepagina in de huis-aan-huiskrant",
        "en": "Municipal page in the free local weekly",
    },
    "channel.social": {"nl": "Social media", "en": "Social media"},
    "channel.social_long": {
        "nl": "Social media advertenties (Facebook en Instagram)",
        "en": "Social media ads (Facebook and Instagram)",
    },
    "channel.either": {"nl": "Krant of social media", "en": "Paper or social media"},
    "channel.both": {"nl": "Krant en social media", "en": "Paper and social media"},
    # -- age bands ------------------------------------------------------------------------
    "band.0-14": {"nl": "0–14 jaar", "en": "0–14 years"},
    "band.15-24": {"nl": "15–24 jaar", "en": "15–24 years"},
    "band.25-44": {"nl": "25–44 jaar", "en": "25–44 years"},
    "band.45-64": {"nl": "45–64 jaar", "en": "45–64 years"},
    "band.65+": {"nl": "65 jaar en ouder", "en": "65 and over"},
    "band.all_adults": {"nl": "alle inwoners van 15 jaar en ouder", "en": "all residents aged 15 and over"},
    # -- key figures (app summary, PDF) ---------------------------------------------------
    "fig.print_eur": {"nl": "Budget krant", "en": "Budget local paper"},
    "fig.social_eur": {"nl": "Budget social media", "en": "Budget social media"},
    "fig.total_eur": {"nl": "Totaal budget", "en": "Total budget"},
    "fig.insertions": {"nl": "Aantal gemeentepagina's", "en": "Number of municipal pages"},
    "fig.target_population": {"nl": "Inwoners in de doelgroep", "en": "Residents in the target group"},
    "fig.reached": {"nl": "Inwoners bereikt", "en": "Residents reached"},
    "fig.reach_share": {"nl": "Deel van de doelgroep bereikt", "en": "Share of target group reached"},
    "fig.reached_3plus": {"nl": "3 keer of vaker bereikt", "en": "Reached 3 times or more"},
    "fig.cost_per_reached": {"nl": "Kosten per bereikte inwoner", "en": "Cost per resident reached"},
    "fig.print_only": {"nl": "Alleen via de krant", "en": "Only through the paper"},
    "fig.social_only": {"nl": "Alleen via social media", "en": "Only through social media"},
    "fig.both": {"nl": "Via de krant én social media", "en": "Through paper and social media"},
    # -- chart: saturation (reach against budget) -----------------------------------------
    "chart.saturation.title": {
        "nl": "Hoeveel inwoners bereikt u met meer budget?",
        "en": "How many residents does more budget reach?",
    },
    "chart.saturation.x": {"nl": "Budget (€)", "en": "Budget (€)"},
    "chart.saturation.y": {"nl": "Deel van de doelgroep bereikt", "en": "Share of the target group reached"},
    "chart.saturation.print": {"nl": "Alleen krant", "en": "Paper only"},
    "chart.saturation.social": {"nl": "Alleen social media", "en": "Social media only"},
    "chart.saturation.combined": {
        "nl": "Krant + social media (zelfde verdeling)",
        "en": "Paper + social media (same mix)",
    },
    "chart.saturation.now_print": {"nl": "Krant nu", "en": "Paper now"},
    "chart.saturation.now_social": {"nl": "Social nu", "en": "Social now"},
    "chart.saturation.now_total": {"nl": "Totaal nu", "en": "Total now"},
    "chart.saturation.baseline": {
        "nl": "{amount} voor social media: {share} bereikt",
        "en": "{amount} on social media: {share} reached",
    },
    "chart.saturation.tooltip_budget": {"nl": "Budget", "en": "Budget"},
    "chart.saturation.tooltip_reached": {"nl": "Inwoners bereikt", "en": "Residents reached"},
    "chart.saturation.tooltip_share": {"nl": "Deel bereikt", "en": "Share reached"},
    "chart.saturation.tooltip_line": {"nl": "Lijn", "en": "Line"},
    # -- chart: reach per age band --------------------------------------------------------
    "chart.age.title": {"nl": "Bereik per leeftijdsgroep", "en": "Reach by age group"},
    "chart.age.x": {"nl": "Leeftijd", "en": "Age"},
    "chart.age.y": {"nl": "Deel van de inwoners bereikt", "en": "Share of residents reached"},
    "chart.age.print": {"nl": "Krant", "en": "Local paper"},
    "chart.age.social": {"nl": "Social media", "en": "Social media"},
    "chart.age.either": {"nl": "Krant of social media", "en": "Paper or social media"},
    "chart.age.tooltip_reached": {"nl": "Inwoners bereikt", "en": "Residents reached"},
    "chart.age.tooltip_population": {"nl": "Inwoners in de groep", "en": "Residents in the group"},
    # -- chart: map of the wijken ---------------------------------------------------------
    "chart.map.title": {"nl": "{metric} per wijk", "en": "{metric} by district"},
    "chart.map.no_value": {"nl": "geen gegevens", "en": "no data"},
    "metric.reach_share": {"nl": "Deel bereikt", "en": "Share reached"},
    "metric.social_eur": {"nl": "Budget social media", "en": "Social media budget"},
    "metric.reached": {"nl": "Inwoners bereikt", "en": "Residents reached"},
    "metric.marginal": {
        "nl": "Extra bereikt per € 100 meer social",
        "en": "Extra reached per €100 more on social",
    },
    # -- chart: scenarios compared --------------------------------------------------------
    "chart.comparison.title": {"nl": "Scenario's vergeleken", "en": "Scenarios compared"},
    "chart.comparison.y": {"nl": "Deel van de doelgroep bereikt", "en": "Share of the target group reached"},
    "chart.comparison.total": {"nl": "Totaal", "en": "Total"},
    "chart.comparison.reach3": {"nl": "3 keer of vaker", "en": "3 times or more"},
    "chart.comparison.group": {"nl": "Groep", "en": "Group"},
    "chart.comparison.subtitle": {"nl": "{gemeente} · {scenarios}", "en": "{gemeente} · {scenarios}"},
    # -- CSV export per wijk --------------------------------------------------------------
    "csv.code": {"nl": "Wijkcode", "en": "District code"},
    "csv.name": {"nl": "Wijk", "en": "District"},
    "csv.target_population": {"nl": "Inwoners in doelgroep", "en": "Residents in target group"},
    "csv.audience": {"nl": "Doelgroep op Facebook of Instagram", "en": "Audience on Facebook or Instagram"},
    "csv.eligible": {"nl": "Apart te bereiken met social media", "en": "Can be targeted on its own"},
    "csv.social_eur": {"nl": "Budget social media (€)", "en": "Social media budget (€)"},
    "csv.reached": {"nl": "Inwoners bereikt", "en": "Residents reached"},
    "csv.reached_print": {"nl": "Bereikt via krant", "en": "Reached through paper"},
    "csv.reached_social": {"nl": "Bereikt via social media", "en": "Reached through social media"},
    "csv.reached_3plus": {"nl": "3 keer of vaker bereikt", "en": "Reached 3 times or more"},
    "csv.reach_share": {"nl": "Deel bereikt (%)", "en": "Share reached (%)"},
    "csv.marginal": {
        "nl": "Extra bereikt per € 100 meer social media",
        "en": "Extra reached per €100 more on social media",
    },
    # -- PDF: one-page budget proposal ----------------------------------------------------
    "pdf.title": {"nl": "Budgetvoorstel communicatie", "en": "Communication budget proposal"},
    "pdf.subject": {
        "nl": "Bereik van de gemeentepagina in de krant en social media advertenties",
        "en": "Reach of the municipal page in the local paper and social media ads",
    },
    "pdf.date": {"nl": "Datum: {date}", "en": "Date: {date}"},
    "pdf.target_group": {"nl": "Doelgroep: {bands}", "en": "Target group: {bands}"},
    "pdf.notes": {"nl": "Toelichting", "en": "Notes"},
    "pdf.figures": {"nl": "Wat levert het op?", "en": "What does it achieve?"},
    "pdf.col_plan": {"nl": "Dit voorstel", "en": "This proposal"},
    "pdf.col_baseline": {"nl": "Nu", "en": "Current"},
    "pdf.col_diff": {"nl": "Verschil", "en": "Difference"},
    "pdf.baseline_is": {"nl": "'Nu' is: {name}", "en": "'Current' is: {name}"},
    "pdf.baseline_default": {
        "nl": "het huidige budget",
        "en": "the current budget",
    },
    "pdf.explain_reached": {
        "nl": "Bereikt = zag de gemeentepagina in de krant of een advertentie op Facebook of "
        "Instagram minstens één keer. Het zijn schattingen op basis van de aannames hieronder.",
        "en": "Reached = saw the municipal page in the paper or an ad on Facebook or Instagram at "
        "least once. These are estimates based on the assumptions below.",
    },
    "pdf.assumptions": {"nl": "Aannames", "en": "Assumptions"},
    "pdf.assumptions_intro": {
        "nl": "Schattingen die u in budgetsim kunt aanpassen. Met de basis van elke waarde.",
        "en": "Estimates you can change in budgetsim, each with its basis.",
    },
    "pdf.made_with": {"nl": "Gemaakt met budgetsim {version}", "en": "Made with budgetsim {version}"},
    "pdf.no_baseline": {"nl": "Geen vergelijking opgegeven.", "en": "No comparison given."},
    # -- honest uncertainty: bands on the saturation curves, tornado chart, PDF ranges ------
    "chart.saturation.band": {
        "nl": "Band: P10–P90 van de onzekere aannames",
        "en": "Band: P10–P90 of the uncertain assumptions",
    },
    "chart.saturation.band_tooltip": {"nl": "P10–P90", "en": "P10–P90"},
    "chart.tornado.title": {"nl": "Welke aanname telt het zwaarst?", "en": "Which assumption matters most?"},
    "chart.tornado.x": {"nl": "Inwoners bereikt", "en": "Residents reached"},
    "chart.tornado.low": {"nl": "Aanname op de lage kant", "en": "Assumption at the low end"},
    "chart.tornado.high": {"nl": "Aanname op de hoge kant", "en": "Assumption at the high end"},
    "chart.tornado.point": {"nl": "Met de gekozen aannames: {n}", "en": "With the chosen assumptions: {n}"},
    "chart.tornado.note": {
        "nl": "Elke balk: één aanname van laag naar hoog, de andere zoals gekozen.",
        "en": "Each bar: one assumption from low to high, the others as chosen.",
    },
    "chart.tornado.tooltip_parameter": {"nl": "Aanname", "en": "Assumption"},
    "chart.tornado.tooltip_value": {"nl": "Waarde", "en": "Value"},
    "chart.tornado.tooltip_diff": {"nl": "Verschil met dit plan", "en": "Difference from this plan"},
    # -- a11y: text alternatives of the charts (the description a screen reader reads) -----------
    "chart.alt.saturation": {
        "nl": "{title} Lijngrafiek: het deel van de doelgroep dat u bereikt (van 0 tot 100 %) tegen het "
        "budget per jaar (van € 0 tot {max:eur}). Drie lijnen: {lines}. Elke lijn stijgt steeds "
        "langzamer: extra geld levert steeds minder extra bereik op.",
        "en": "{title} Line chart: the share of the target group reached (from 0 to 100%) against the "
        "budget per year (from €0 to {max:eur}). Three lines: {lines}. Each line rises more and more "
        "slowly: extra money brings less and less extra reach.",
    },
    "chart.alt.line.print": {"nl": "alleen krant (doorgetrokken lijn)", "en": "paper only (solid line)"},
    "chart.alt.line.social": {"nl": "alleen social media (streepjes)", "en": "social media only (dashes)"},
    "chart.alt.line.combined": {
        "nl": "krant en social media samen (stippels)",
        "en": "paper and social media together (dots)",
    },
    "chart.alt.now": {"nl": "Gemarkeerd: {points}.", "en": "Marked: {points}."},
    "chart.alt.point": {
        "nl": "{line} bij {budget:eur} bereikt {share:pct0}",
        "en": "{line} at {budget:eur} reaches {share:pct0}",
    },
    "chart.alt.band": {
        "nl": "Een lichte band rond elke lijn geeft de marge P10–P90 van de onzekere aannames.",
        "en": "A light band around each line shows the P10–P90 range of the uncertain assumptions.",
    },
    "chart.alt.age": {
        "nl": "{title} Staafdiagram met per leeftijdsgroep drie staven: {styles}. {rows}.",
        "en": "{title} Bar chart with three bars per age group: {styles}. {rows}.",
    },
    "chart.alt.style.0": {"nl": "{name} (volle staaf)", "en": "{name} (solid bar)"},
    "chart.alt.style.1": {"nl": "{name} (lichte staaf)", "en": "{name} (light bar)"},
    "chart.alt.style.2": {"nl": "{name} (alleen een rand)", "en": "{name} (outline only)"},
    "chart.alt.style.3": {"nl": "{name} (halfvolle staaf)", "en": "{name} (half-filled bar)"},
    "chart.alt.map": {
        "nl": "{title} Kaart van {wijken}: hoe donkerder het blauw, hoe hoger de waarde (van {lo} tot {hi}). "
        "Hoogst: {top}. Laagst: {bottom}. De cijfers per wijk staan ook in de tabel.",
        "en": "{title} Map of {wijken}: the darker the blue, the higher the value (from {lo} to {hi}). "
        "Highest: {top}. Lowest: {bottom}. The figures per district are also in the table.",
    },
    "chart.alt.map.single": {
        "nl": "{title} Kaart van {wijken}, allemaal met dezelfde waarde: {value}.",
        "en": "{title} Map of {wijken}, all with the same value: {value}.",
    },
    "chart.alt.map.marks": {
        "nl": "Met een teken, {label} ({n:int}): {names}.",
        "en": "With a symbol, {label} ({n:int}): {names}.",
    },
    "chart.alt.map.none": {
        "nl": "{title} Kaart van {wijken}, zonder gegevens.",
        "en": "{title} Map of {wijken}, without data.",
    },
    "chart.alt.tornado": {
        "nl": "{title} Staafdiagram: per aanname hoeveel inwoners u bereikt als die aanname aan de lage kant "
        "(volle staaf) of aan de hoge kant (lichte staaf) van haar marge ligt; met de gekozen aannames "
        "{n:int}. Het zwaarst tellen: {top}.",
        "en": "{title} Bar chart: for each assumption how many residents you reach when it is at the low end "
        "(solid bar) or the high end (light bar) of its range; with the chosen assumptions {n:int}. "
        "The ones that matter most: {top}.",
    },
    "chart.alt.tornado.row": {
        "nl": "{label} (van {low:int} tot {high:int})",
        "en": "{label} (from {low:int} to {high:int})",
    },
    "chart.alt.comparison": {
        "nl": "{title} Staafdiagram met per groep een staaf per scenario: {styles}. {rows}.",
        "en": "{title} Bar chart with one bar per scenario in each group: {styles}. {rows}.",
    },
    "pdf.unc.col_range": {"nl": "P10–P90", "en": "P10–P90"},
    "pdf.unc.explain": {
        "nl": "P10–P90: met de onzekere aannames ligt de uitkomst in 8 van de 10 gevallen tussen deze twee getallen.",
        "en": "P10–P90: with the uncertain assumptions, the outcome lies between these two numbers "
        "in 8 out of 10 cases.",
    },
    "pdf.unc.sentence": {
        "nl": "Ook in het sombere geval (P10) bereikt dit plan {n} inwoners.",
        "en": "Even in the pessimistic case (P10), this plan reaches {n} residents.",
    },
    "pdf.unc.sentence_young": {
        "nl": "Ook in het sombere geval (P10) bereikt dit plan {n} inwoners, waarvan {young} jongeren "
        "van 15–24 via social media.",
        "en": "Even in the pessimistic case (P10), this plan reaches {n} residents, {young} of them "
        "young people aged 15–24 through social media.",
    },
    "pdf.unc.assumptions_intro": {
        "nl": "Schattingen die u in budgetsim kunt aanpassen. De grafiek links laat zien hoeveel "
        "de marge van elke schatting uitmaakt.",
        "en": "Estimates you can change in budgetsim. The chart on the left shows how much the "
        "margin of each estimate matters.",
    },
    # -- command line (budgetsim ...) ------------------------------------------------------
    "cli.col.name": {"nl": "naam", "en": "name"},
    "cli.col.residents": {"nl": "inwoners", "en": "residents"},
    "cli.col.wijken": {"nl": "wijken", "en": "wijken"},
    "cli.own_areas": {"nl": "eigen gebieden", "en": "own areas"},
    # -- names of downloaded files (no extension), in the user's language ------------------------------
    "file.saturation": {"nl": "bereik-per-budget", "en": "reach-by-budget"},
    "file.age": {"nl": "bereik-per-leeftijd", "en": "reach-by-age"},
    "file.map": {"nl": "kaart", "en": "map"},
    "file.tornado": {"nl": "welke-aanname-telt", "en": "which-assumption-matters"},
    "file.compare": {"nl": "vergelijking", "en": "comparison"},
    "file.proposal": {"nl": "budgetvoorstel", "en": "budget-proposal"},
    "file.areas": {"nl": "wijken", "en": "districts"},
    "cli.gemeenten.none": {
        "nl": "geen gemeente gevonden met '{query}' in de naam; bedoelt u: {hint}",
        "en": "no gemeente has '{query}' in its name; did you mean: {hint}",
    },
    "cli.new.need_area": {
        "nl": "kies een gemeente (--gemeente Dordrecht) of een eigen tabel (--areas buurten.csv)",
        "en": "choose a gemeente (--gemeente Dordrecht) or your own table (--areas buurten.csv)",
    },
    "cli.new.written": {"nl": "Opgeslagen: {path} {name}", "en": "Saved: {path} {name}"},
    "cli.error.no_file": {"nl": "bestand niet gevonden: {path}", "en": "file not found: {path}"},
    "cli.error.exists": {
        "nl": "{path} bestaat al; kies een andere naam of gebruik --force om te overschrijven",
        "en": "{path} already exists; choose another name or use --force to overwrite it",
    },
    "cli.error.bands": {
        "nl": "leeftijdsgroepen '{text}': schrijf ze als 15-24, 15-44 of 45+ (groepen: 15-24, 25-44, 45-64, 65+)",
        "en": "age bands '{text}': write them like 15-24, 15-44 or 45+ (bands: 15-24, 25-44, 45-64, 65+)",
    },
    "cli.error.reach": {
        "nl": "--reach: geef een deel tussen 0 en 1, bijvoorbeeld 0.6 voor 60 % (nu {value})",
        "en": "--reach: give a share between 0 and 1, e.g. 0.6 for 60 % (got {value})",
    },
    "cli.error.draws": {
        "nl": "--draws: kies tussen 100 en 100000 trekkingen (nu {value})",
        "en": "--draws: choose between 100 and 100000 draws (got {value})",
    },
    "cli.error.total": {
        "nl": "--total: kies een bedrag van 0 tot 10.000.000 euro (nu {value})",
        "en": "--total: choose an amount from 0 to 10,000,000 euros (got {value})",
    },
    "cli.error.seed": {
        "nl": "--seed: kies een heel getal van 0 tot 4294967295 (nu {value})",
        "en": "--seed: choose a whole number from 0 to 4294967295 (got {value})",
    },
    "cli.error.no_folder": {
        "nl": "de map {folder} bestaat niet; maak hem eerst aan of kies een andere plek",
        "en": "the folder {folder} does not exist; create it first or choose another place",
    },
    "cli.error.frontier_args": {
        "nl": "--max en --step moeten groter dan 0 zijn, met hoogstens 100.000 stappen",
        "en": "--max and --step must be above 0, with at most 100,000 steps",
    },
    "cli.error.frontier_low": {
        "nl": "--max ligt onder het kleinste budget dat de grenzen toelaten ({min})",
        "en": "--max is below the smallest budget the constraints allow ({min})",
    },
    "cli.eval.place": {
        "nl": "{place}: {areas}; doelgroep: {bands}",
        "en": "{place}: {areas}; target group: {bands}",
    },
    "cli.eval.budget": {
        "nl": "Budget per jaar: krant {print}, social media {social}, samen {total}",
        "en": "Budget per year: paper {print}, social media {social}, total {total}",
    },
    "cli.eval.target": {"nl": "Inwoners in de doelgroep:        {n}", "en": "Residents in the target group:   {n}"},
    "cli.eval.reached": {
        "nl": "Bereikt (krant of social):       {n} ({pct})",
        "en": "Reached (paper or social):       {n} ({pct})",
    },
    "cli.eval.print": {
        "nl": "  via de krant:                  {n} ({pct}); {pages} pagina's van {price}, gemiddeld {freq} "
        "keer gezien",
        "en": "  by the paper:                  {n} ({pct}); {pages} pages at {price}, seen {freq} times on average",
    },
    "cli.eval.social": {
        "nl": "  via social media:              {n} ({pct}); {impressions} vertoningen, gemiddeld {freq} keer gezien",
        "en": "  by social media:               {n} ({pct}); {impressions} impressions, seen {freq} times on average",
    },
    "cli.eval.both": {"nl": "  via allebei:                   {n}", "en": "  by both:                       {n}"},
    "cli.eval.three": {
        "nl": "Drie keer of vaker bereikt:      {n} ({pct})",
        "en": "Reached three times or more:     {n} ({pct})",
    },
    "cli.eval.cost": {"nl": "Kosten per bereikte inwoner:     {eur}", "en": "Cost per resident reached:       {eur}"},
    "cli.eval.marginal_print": {
        "nl": "Elke extra € 1.000 voor de krant bereikt nog {n} inwoners extra",
        "en": "Each extra €1,000 on the paper reaches {n} more residents",
    },
    "cli.eval.by_band": {"nl": "Bereik per leeftijdsgroep:", "en": "Reach by age band:"},
    "cli.eval.by_area": {
        "nl": "Per wijk: social budget, bereik, extra bereikt per € 100 social:",
        "en": "Per area: social budget, reach, extra reached per €100 social:",
    },
    "cli.eval.ineligible": {
        "nl": "* te kleine doelgroep (minder dan {min} mensen) om apart te bereiken met social media",
        "en": "* audience too small (under {min} people) to target on its own with social ads",
    },
    "cli.eval.warn_manual": {
        "nl": "Let op: deze wijken krijgen social budget maar zijn te klein om apart te bereiken: {codes}",
        "en": "Note: these areas get social budget but are too small to target on their own: {codes}",
    },
    "cli.optimise.name": {"nl": "{name} (beste verdeling)", "en": "{name} (best split)"},
    "cli.optimise.head": {"nl": "Beste verdeling van {total}:", "en": "Best split of {total}:"},
    "cli.optimise.split": {
        "nl": "  krant {print}, social media {social}",
        "en": "  paper {print}, social media {social}",
    },
    "cli.optimise.reached": {
        "nl": "  bereikt {n} inwoners ({gain} ten opzichte van het scenario: {own})",
        "en": "  reaches {n} residents ({gain} against the scenario: {own})",
    },
    "cli.optimise.weighted": {
        "nl": "  met de wijkgewichten: {n} ({gain})",
        "en": "  with the area weights: {n} ({gain})",
    },
    "cli.optimise.areas": {"nl": "Social budget per wijk:", "en": "Social budget per area:"},
    "cli.frontier.head": {
        "nl": "      totaal        krant       social    bereikt        %   per € 1.000 extra",
        "en": "       total        paper       social    reached        %   per €1,000 more",
    },
    "cli.target.yes": {
        "nl": "{share} van {group} bereiken kost minstens {total} per jaar: krant {print}, social media {social}.",
        "en": "Reaching {share} of {group} takes at least {total} a year: paper {print}, social media {social}.",
    },
    "cli.target.no": {
        "nl": "{share} van {group} is met deze aannames niet te bereiken; het hoogste haalbare is {max}.",
        "en": "{share} of {group} cannot be reached with these assumptions; the most it can reach is {max}.",
    },
    "cli.unc.head": {
        "nl": "Onzekerheid ({draws} trekkingen, seed {seed}):          P10        P50        P90",
        "en": "Uncertainty ({draws} draws, seed {seed}):               P10        P50        P90",
    },
    "cli.unc.reached": {"nl": "bereikt", "en": "reached"},
    "cli.unc.reached_3plus": {"nl": "drie keer of vaker", "en": "three times or more"},
    "cli.unc.reached_print": {"nl": "via de krant", "en": "by the paper"},
    "cli.unc.reached_social": {"nl": "via social media", "en": "by social media"},
    "cli.unc.cost": {"nl": "kosten per bereikte inwoner", "en": "cost per resident reached"},
    "cli.unc.by_band": {"nl": "Bereikt per leeftijdsgroep:", "en": "Reached by age band:"},
    "cli.unc.sensitivity": {
        "nl": "Welke aanname telt het zwaarst (bereik bij de lage en de hoge waarde):",
        "en": "Which assumption matters most (reach at its low and its high value):",
    },
    "cli.unc.meaning": {
        "nl": "P10 tot P90: in 8 van de 10 trekkingen ligt de uitkomst hiertussen. Het model zelf is ook een aanname.",
        "en": "P10 to P90: 8 in 10 draws fall in between. The model itself is an assumption too.",
    },
    # -- app: page and sidebar -------------------------------------------------------------
    "app.title": {"nl": "Wie bereikt u in {place}?", "en": "Who do you reach in {place}?"},
    "app.subtitle": {
        "nl": "Zet het budget voor de gemeentepagina in de krant en voor advertenties op social media. "
        "U ziet meteen hoeveel inwoners u bereikt, wie dat zijn en in welke wijk.",
        "en": "Set the budget for the municipal page in the local paper and for social media ads. "
        "You see at once how many residents you reach, who they are and in which district.",
    },
    "app.footer": {
        "nl": "Bron: CBS, Kerncijfers wijken en buurten 2024; aannames budgetsim. Berekend op {date}. "
        "Alle cijfers zijn schattingen met een eenvoudig model: pas de aannames aan uw eigen situatie aan.",
        "en": "Source: CBS, Kerncijfers wijken en buurten 2024; budgetsim assumptions. Computed on {date}. "
        "All figures are estimates from a simple model: adjust the assumptions to your own situation.",
    },
    "app.gemeente": {"nl": "Gemeente", "en": "Municipality"},
    "app.gemeente.help": {
        "nl": "Typ om te zoeken. Inwoners en wijken komen uit de CBS-cijfers van 2024.",
        "en": "Type to search. Residents and districts come from the CBS figures of 2024.",
    },
    "app.bands": {"nl": "Doelgroep (leeftijd)", "en": "Target group (age)"},
    "app.bands.help": {
        "nl": "Welke inwoners wilt u bereiken? Kinderen tot 15 jaar tellen nooit mee.",
        "en": "Which residents do you want to reach? Children under 15 never count.",
    },
    "app.bands.empty": {"nl": "Kies minstens één leeftijdsgroep.", "en": "Choose at least one age group."},
    "app.state.restore": {
        "nl": "Terug naar de laatste instellingen die werkten",
        "en": "Back to the last settings that worked",
    },
    "app.state.bad": {
        "nl": "Deze instellingen kunnen niet samen. Pas dit aan:",
        "en": "These settings do not fit together. Please change this:",
    },
    "app.plan.bad_named": {
        "nl": "{name} kan niet worden doorgerekend: {error}",
        "en": "{name} cannot be computed: {error}",
    },
    "app.plan.bad": {
        "nl": "Dit plan kan niet worden doorgerekend: {error}",
        "en": "This plan cannot be computed: {error}",
    },
    # -- app: open a scenario or an own area table ------------------------------------------
    "app.open.title": {"nl": "Scenario openen", "en": "Open a scenario"},
    "app.open.upload": {"nl": "Scenariobestand (.json)", "en": "Scenario file (.json)"},
    "app.open.pick": {"nl": "Of kies een opgeslagen scenario", "en": "Or pick a saved scenario"},
    "app.open.pick_placeholder": {"nl": "Kies een bestand", "en": "Choose a file"},
    "app.open.button": {"nl": "Openen", "en": "Open"},
    "app.open.done": {"nl": "Scenario geopend: {name}", "en": "Scenario opened: {name}"},
    "app.open.bad": {
        "nl": "Het bestand {name} kan niet worden geopend. Uw huidige scenario blijft staan. Wat er mis is:",
        "en": "The file {name} cannot be opened. Your current scenario stays as it was. What is wrong:",
    },
    "app.areas.title": {"nl": "Eigen wijken of buurten", "en": "Own districts or neighbourhoods"},
    "app.areas.help": {
        "nl": "Heeft u een eigen tabel, bijvoorbeeld buurten uit CBS StatLine? Upload die als CSV. "
        "Kolommen: code, name, residents, dwellings en eventueel het aantal inwoners per leeftijdsgroep.",
        "en": "Do you have your own table, for example neighbourhoods from CBS StatLine? Upload it as CSV. "
        "Columns: code, name, residents, dwellings and optionally residents per age group.",
    },
    "app.areas.template": {"nl": "Voorbeeldtabel downloaden", "en": "Download a template"},
    "app.areas.upload": {"nl": "Tabel (.csv)", "en": "Table (.csv)"},
    "app.areas.bad": {
        "nl": "De tabel {name} kan niet worden gebruikt. Er is niets veranderd. Wat er mis is:",
        "en": "The table {name} cannot be used. Nothing has changed. What is wrong:",
    },
    "app.areas.done": {"nl": "Eigen tabel geladen ({areas}).", "en": "Own table loaded ({areas})."},
    "app.areas.own_active": {
        "nl": "U rekent met uw eigen tabel ({areas}).",
        "en": "You are working with your own table ({areas}).",
    },
    "app.areas.back_to_cbs": {"nl": "Terug naar de CBS-wijken", "en": "Back to the CBS districts"},
    # -- app: budgets ---------------------------------------------------------------------------
    "app.budget.print": {"nl": "Budget krant per jaar (€)", "en": "Budget local paper per year (€)"},
    "app.budget.print.help": {
        "nl": "Geld voor de gemeentepagina in de huis-aan-huiskrant. De krant komt in alle wijken tegelijk.",
        "en": "Money for the municipal page in the free local weekly. The paper reaches all districts at once.",
    },
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
    "app.budget.print_default": {
        "nl": "Elke week een pagina kost ongeveer {eur} per jaar ({price} per pagina).",
        "en": "A page every week costs about {eur} a year ({price} per page).",
    },
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
    "app.best.button": {"nl": "Beste verdeling", "en": "Best split"},
    "app.best.help": {
        "nl": "Verdeel het totale budget zo over krant en wijken dat u de meeste inwoners bereikt.",
        "en": "Split the total budget over the paper and the districts so that you reach the most residents.",
    },
    "app.best.done": {
        "nl": "Beste verdeling toegepast: krant {print}, social media {social}.",
        "en": "Best split applied: paper {print}, social media {social}.",
    },
    # -- app: key figures --------------------------------------------------------------------------
    "app.figures.title": {"nl": "Wat levert het op?", "en": "What does it achieve?"},
    "app.figures.against": {"nl": "Verschil met: {baseline}", "en": "Difference with: {baseline}"},
    "app.baseline.default": {
        "nl": "huidige situatie (krant {print}, geen social media)",
        "en": "current situation (paper {print}, no social media)",
    },
    "app.baseline.fixed": {
        "nl": "vastgelegde situatie (krant {print}, social media {social})",
        "en": "fixed situation (paper {print}, social media {social})",
    },
    "app.baseline.button": {"nl": "Vergelijken met …", "en": "Compare with …"},
    "app.baseline.help": {
        "nl": "Leg de huidige budgetten vast om andere keuzes daarmee te vergelijken.",
        "en": "Fix the current budgets to compare other choices with them.",
    },
    "app.baseline.fix": {"nl": "Leg deze budgetten vast", "en": "Fix these budgets"},
    "app.baseline.reset": {"nl": "Terug naar: krant zonder social media", "en": "Back to: paper without social media"},
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
    "app.fig.cost": {"nl": "Kosten per bereikte", "en": "Cost per reached"},
    "app.fig.cost.help": {
        "nl": "Totaal budget gedeeld door het aantal bereikte inwoners.",
        "en": "Total budget divided by the residents reached.",
    },
    "app.fig.range": {
        "nl": "Onzekerheid (P10–P90): bereikt {low} – {high}; drie keer of vaker {low3} – {high3}",
        "en": "Uncertainty (P10–P90): reached {low} – {high}; three times or more {low3} – {high3}",
    },
    "app.crash": {
        "nl": "Er ging iets mis bij het rekenen. Uw instellingen zijn bewaard. Probeer een andere waarde, "
        "of open uw scenario opnieuw. Blijft het gebeuren? Meld het dan met het scenariobestand erbij.",
        "en": "Something went wrong while computing. Your settings are kept. Try another value, or open "
        "your scenario again. If it keeps happening, report it with the scenario file attached.",
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
    # -- app: tabs -----------------------------------------------------------------------------------
    "app.tab.who_where": {"nl": "Wie en waar", "en": "Who and where"},
    "app.tab.assumptions": {"nl": "Aannames", "en": "Assumptions"},
    "app.tab.uncertainty": {"nl": "Hoe zeker?", "en": "How sure?"},
    "app.tab.compare": {"nl": "Vergelijken", "en": "Compare"},
    "app.tab.save_export": {"nl": "Opslaan en delen", "en": "Save and share"},
    "app.age.caption": {
        "nl": "De krant bereikt vooral ouderen, social media vooral jongeren.",
        "en": "The paper mostly reaches older residents, social media mostly the young.",
    },
    "app.map.metric": {"nl": "Kaart kleuren naar", "en": "Colour the map by"},
    "app.map.metric.reach": {"nl": "bereik", "en": "reach"},
    "app.map.metric.social": {"nl": "social budget", "en": "social budget"},
    "app.map.none": {
        "nl": "Voor deze gebieden is geen kaart beschikbaar (alleen CBS-wijken van 2024 hebben grenzen).",
        "en": "No map is available for these areas (only the CBS districts of 2024 have boundaries).",
    },
    "app.table.title": {"nl": "Per wijk", "en": "Per district"},
    "app.table.help": {
        "nl": "Geef een wijk meer gewicht (bijvoorbeeld 2) als die extra belangrijk is. "
        "Het gewicht telt alleen bij 'zo veel mogelijk bereik'.",
        "en": "Give a district more weight (for example 2) if it matters more. "
        "The weight only counts for 'most reach'.",
    },
    "app.table.help_manual": {
        "nl": "Vul per wijk het bedrag voor social media in. Het totaal wordt uw social budget.",
        "en": "Fill in the social media amount per district. The total becomes your social budget.",
    },
    "app.table.code": {"nl": "Code", "en": "Code"},
    "app.table.audience": {"nl": "Te bereiken op social", "en": "Reachable on social"},
    "app.table.eligible": {"nl": "Apart te bereiken", "en": "Can be targeted"},
    "app.table.weight": {"nl": "Gewicht", "en": "Weight"},
    "app.table.weight.help": {"nl": "0 tot 100; standaard 1.", "en": "0 to 100; default 1."},
    "app.table.social_eur": {"nl": "Social budget", "en": "Social budget"},
    "app.table.reach": {"nl": "Bereik", "en": "Reach"},
    # -- app: assumptions ---------------------------------------------------------------------------
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
    # -- "Eigen cijfers" in the Aannames tab (calib-app, issue 12) -----------------------------------
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
    "app.own.col.answer": {"nl": "Antwoord", "en": "Answer"},
    "app.own.col.count": {"nl": "Aantal", "en": "Number"},
    "app.own.col.observed": {"nl": "In uw onderzoek", "en": "In your survey"},
    "app.own.col.expected": {"nl": "Volgens de waarden", "en": "By the values"},
    "app.own.yes": {"nl": "ja", "en": "yes"},
    "app.own.no": {"nl": "nee", "en": "no"},
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
    "chart.calibration.alt_row": {
        "nl": "rij {row} {reach:int} en {predicted:int}",
        "en": "row {row} {reach:int} and {predicted:int}",
    },
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
    # -- app: uncertainty -----------------------------------------------------------------------------
    "app.unc.toggle": {"nl": "Onzekerheid tonen", "en": "Show uncertainty"},
    "app.unc.toggle.help": {
        "nl": "Toon een band van P10 tot P90 rond de cijfers: zo zeker zijn ze met de onzekere aannames.",
        "en": "Show a P10 to P90 band around the figures: how sure they are given the uncertain assumptions.",
    },
    "app.unc.off": {
        "nl": "Zet 'Onzekerheid tonen' aan in de zijbalk.",
        "en": "Switch on 'Show uncertainty' in the sidebar.",
    },
    "app.unc.intro": {
        "nl": "Elke aanname is onzeker. budgetsim rekent het plan vele keren door met andere waarden binnen de "
        "bandbreedtes (tabblad Aannames). P10 is de sombere uitkomst, P90 de gunstige.",
        "en": "Every assumption is uncertain. budgetsim computes the plan many times with other values within "
        "the ranges (Assumptions tab). P10 is the gloomy outcome, P90 the favourable one.",
    },
    "app.unc.figure": {"nl": "Cijfer", "en": "Figure"},
    "app.unc.meaning": {
        "nl": "In 8 van de 10 berekeningen ligt de uitkomst tussen P10 en P90. Let op: ook het model zelf is "
        "een aanname; de band laat alleen de onzekerheid van de getallen zien.",
        "en": "In 8 out of 10 runs the outcome lies between P10 and P90. Note: the model itself is an "
        "assumption too; the band only shows the uncertainty of the numbers.",
    },
    # -- app: compare ----------------------------------------------------------------------------------
    "app.compare.intro": {
        "nl": "Zet twee of drie scenario's naast elkaar: uw huidige instellingen en opgeslagen bestanden.",
        "en": "Put two or three scenarios side by side: your current settings and saved files.",
    },
    "app.compare.current": {"nl": "Huidige instellingen meenemen", "en": "Include the current settings"},
    "app.compare.current_name": {"nl": "Huidige instellingen", "en": "Current settings"},
    "app.compare.upload": {"nl": "Scenariobestanden (.json)", "en": "Scenario files (.json)"},
    "app.compare.pick": {"nl": "Of kies opgeslagen scenario's", "en": "Or pick saved scenarios"},
    "app.compare.max": {
        "nl": "Er passen er drie naast elkaar; de eerste drie staan hier.",
        "en": "Three fit side by side; the first three are shown.",
    },
    "app.compare.need_two": {"nl": "Kies minstens twee scenario's.", "en": "Choose at least two scenarios."},
    # -- app: save and export ------------------------------------------------------------------------------
    "app.save.name": {"nl": "Naam van het scenario", "en": "Scenario name"},
    "app.save.notes": {"nl": "Toelichting voor het MT", "en": "Notes for management"},
    "app.save.notes.help": {
        "nl": "Komt in het bestand en in het budgetvoorstel (pdf).",
        "en": "Goes into the file and into the budget proposal (PDF).",
    },
    "app.save.download": {"nl": "Scenario downloaden (.json)", "en": "Download scenario (.json)"},
    "app.save.local": {"nl": "Bewaren in de map {folder}", "en": "Keep in the folder {folder}"},
    "app.save.local.help": {
        "nl": "Alleen als budgetsim op uw eigen computer draait. Een bestaand bestand wordt nooit overschreven.",
        "en": "Only when budgetsim runs on your own computer. An existing file is never overwritten.",
    },
    "app.save.saved": {"nl": "Bewaard als {path}", "en": "Saved as {path}"},
    "app.save.failed": {"nl": "Bewaren is niet gelukt: {error}", "en": "Saving failed: {error}"},
    "app.export.charts": {"nl": "Grafieken en kaart", "en": "Charts and map"},
    "app.export.saturation": {"nl": "Bereik en budget", "en": "Reach and budget"},
    "app.export.age": {"nl": "Bereik per leeftijd", "en": "Reach by age"},
    "app.export.map": {"nl": "Kaart van de wijken", "en": "Map of the districts"},
    "app.export.tornado": {"nl": "Welke aanname telt het zwaarst", "en": "Which assumption matters most"},
    "app.export.png": {
        "nl": "Afbeelding voor Word of PowerPoint (1600 pixels breed)",
        "en": "Image for Word or PowerPoint (1600 pixels wide)",
    },
    "app.export.proposal": {"nl": "Budgetvoorstel", "en": "Budget proposal"},
    "app.export.proposal.help": {
        "nl": "Twee A4: het gevraagde besluit, de cijfers tegen nu, de grafieken en de kaart voor het MT, en op "
        "pagina 2 hoe het is berekend, met elke aanname en haar bron. Ook als Word-bestand, om in het "
        "sjabloon van de gemeente te plakken.",
        "en": "Two A4 pages: the decision requested, the figures against now, the charts and the map for "
        "management, and on page 2 how it was calculated, with every assumption and its source. Also as a "
        "Word file, to paste into the municipality's template.",
    },
    "app.export.proposal.button": {"nl": "Budgetvoorstel downloaden (pdf)", "en": "Download budget proposal (PDF)"},
    "app.export.proposal.docx": {"nl": "Budgetvoorstel downloaden (Word)", "en": "Download budget proposal (Word)"},
    "app.export.csv": {"nl": "Cijfers per wijk downloaden (csv)", "en": "Download figures per district (CSV)"},
    # == r-text: the text system (units, amounts, problems, area tables, the optimiser) ==========
    "unit.pp": {"nl": "{number} procentpunt", "en": "{number} pp"},
    "unit.pp_short": {"nl": "{number} %-punt", "en": "{number} pp"},
    "value.eur": {"nl": "{amount:eur}", "en": "{amount:eur}"},
    "value.infinite": {"nl": "oneindig", "en": "infinite"},
    "amount.invalid": {
        "nl": "“{text}” is geen bedrag dat kan: typ een bedrag in euro's tussen {low} en {high}, bijvoorbeeld 12.500.",
        "en": "“{text}” is not an amount that works: type an amount in euros between {low} and {high}, "
        "for example 12,500.",
    },
    "amount.empty": {
        "nl": "Er staat geen bedrag: typ een bedrag in euro's tussen {low} en {high}, bijvoorbeeld 12.500.",
        "en": "There is no amount: type an amount in euros between {low} and {high}, for example 12,500.",
    },
    # -- general problems with a value (for any file or form) ----------------------------------------
    "problem.at_least": {
        "nl": "moet minstens {low:num} zijn (nu {value:num})",
        "en": "must be at least {low:num} (got {value:num})",
    },
    "problem.at_most": {
        "nl": "mag hooguit {high:num} zijn (nu {value:num})",
        "en": "must be at most {high:num} (got {value:num})",
    },
    # -- where a problem is (the JSON path needs no words; a place in a table does) ---------------
    "where.file": {"nl": "bestand", "en": "file"},
    "where.line": {"nl": "regel {line}", "en": "line {line}"},
    "where.line_column": {"nl": "regel {line}, kolom {column}", "en": "line {line}, column {column}"},
    "where.column": {"nl": "kolom {column}", "en": "column {column}"},
    # -- problems with an own table of areas (areas_csv) -------------------------------------------
    "areas_csv.empty": {
        "nl": "het bestand is leeg; begin met de kopregel code,name,residents,dwellings",
        "en": "the file is empty; start with the header line code,name,residents,dwellings",
    },
    "areas_csv.unreadable": {"nl": "kan het bestand niet lezen ({reason})", "en": "cannot read the file ({reason})"},
    "areas_csv.too_big": {
        "nl": "het bestand is groter dan {mb} MB; gebruik een kleinere tabel",
        "en": "the file is larger than {mb} MB; use a smaller table",
    },
    "areas_csv.utf16": {
        "nl": "het bestand is UTF-16 ('Unicode-tekst'); sla het op als 'CSV UTF-8 (door komma's gescheiden)'",
        "en": "the file is UTF-16 ('Unicode text'); save it as 'CSV UTF-8 (comma delimited)'",
    },
    "areas_csv.not_utf8": {
        "nl": "het bestand is geen UTF-8 (regel {line} heeft een onbekend teken); sla het in Excel op als "
        "'CSV UTF-8 (door komma's gescheiden)'",
        "en": "the file is not UTF-8 (line {line} has an unreadable character); in Excel, save it as "
        "'CSV UTF-8 (comma delimited)'",
    },
    "areas_csv.too_many_rows": {
        "nl": "meer dan {max:num} rijen; gebruik de wijken of buurten van een kleiner gebied",
        "en": "more than {max:num} rows; use the wijken or buurten of a smaller region",
    },
    "areas_csv.bad_csv": {
        "nl": "regel {line}: geen geldige CSV ({error})",
        "en": "line {line}: not valid CSV ({error})",
    },
    "areas_csv.no_rows": {
        "nl": "er staan geen rijen onder de kopregel; voeg per wijk of buurt een regel toe",
        "en": "there are no rows below the header line; add one line per wijk or buurt",
    },
    "areas_csv.same_column": {
        "nl": "kolom '{first}' en '{other}' betekenen allebei '{field}'; houd er één",
        "en": "columns '{first}' and '{other}' both mean '{field}'; keep one of them",
    },
    "areas_csv.missing_column": {
        "nl": "kolom '{field}' ontbreekt (toegestaan: {allowed}); de kolommen zijn nu: {found}. "
        "Nodig: code, name, residents, dwellings (of de CBS-sleutels).",
        "en": "column '{field}' is missing (allowed: {allowed}); the columns now are: {found}. "
        "Needed: code, name, residents, dwellings (or the CBS keys).",
    },
    "areas_csv.age_columns": {
        "nl": "leeftijdskolommen: geef alle vijf ({bands}) of geen; ontbreekt: {missing}",
        "en": "age columns: give all five ({bands}) or none; missing: {missing}",
    },
    "areas_csv.mixed_levels": {
        "nl": "de tabel mengt niveaus ({levels}): houd alleen wijken (WK) of alleen buurten (BU) over, "
        "anders worden inwoners dubbel geteld",
        "en": "the table mixes levels ({levels}): keep only wijken (WK) or only buurten (BU), "
        "otherwise residents are counted twice",
    },
    "areas_csv.count_empty": {"nl": "leeg; vul een aantal in (0 of meer)", "en": "empty; fill in a count (0 or more)"},
    "areas_csv.count_unknown": {
        "nl": "'.' is geen getal (CBS schrijft '.' voor onbekend); vul een aantal in of haal de regel weg",
        "en": "'.' is not a number (CBS writes '.' for unknown); fill in a count or remove the line",
    },
    "areas_csv.not_a_number": {
        "nl": "'{raw}' is geen getal; schrijf een getal zoals 1234 of 12.5",
        "en": "'{raw}' is not a number; write a number such as 1234 or 12.5",
    },
    "areas_csv.not_a_number_dutch": {
        "nl": "'{raw}' is geen getal; schrijf een getal zoals 1234, 1.234 of 12,5",
        "en": "'{raw}' is not a number; write a number such as 1234, 1.234 or 12,5",
    },
    "areas_csv.count_negative": {
        "nl": "moet minstens 0 zijn (nu {value:num})",
        "en": "must be at least 0 (got {value:num})",
    },
    "areas_csv.count_too_big": {
        "nl": "mag hooguit {max:num} zijn (nu {value:num})",
        "en": "must be at most {max:num} (got {value:num})",
    },
    "areas_csv.code_empty": {
        "nl": "leeg; vul de code van de wijk of buurt in",
        "en": "empty; fill in the code of the wijk or buurt",
    },
    "areas_csv.code_twice": {
        "nl": "code {code} staat ook op regel {earlier}; elke code mag maar één keer voorkomen",
        "en": "code {code} is also on line {earlier}; every code may appear only once",
    },
    "areas_csv.code_too_long": {
        "nl": "te lang ({length} tekens); een code mag hooguit {max} tekens hebben",
        "en": "too long ({length} characters); a code may have at most {max}",
    },
    "areas_csv.name_too_long": {
        "nl": "te lang ({length} tekens); een naam mag hooguit {max} tekens hebben",
        "en": "too long ({length} characters); a name may have at most {max}",
    },
    "areas_csv.age_sum": {
        "nl": "de leeftijdsaantallen ({columns}) tellen op tot {sum:num}, maar er zijn {residents:num} inwoners; "
        "ze mogen hooguit 5 % verschillen",
        "en": "the age counts ({columns}) add up to {sum:num}, but there are {residents:num} residents; "
        "they may differ by at most 5 %",
    },
    # -- the optimiser (allocation): what cannot be met, and how to fix it ----------------------------
    "alloc.no_maximum": {"nl": "geen maximum", "en": "no maximum"},
    "where.total_budget": {"nl": "totaal budget", "en": "total budget"},
    "where.reach_target": {"nl": "bereiksdoel", "en": "reach target"},
    "where.target_group": {"nl": "doelgroep", "en": "target group"},
    "alloc.total_negative": {
        "nl": "moet een getal van minstens 0 zijn (nu {value:num})",
        "en": "must be a number of at least 0 (got {value:num})",
    },
    "alloc.reach_target": {
        "nl": "moet een deel tussen 0 en 1 zijn, bijvoorbeeld 0,6 (nu {value:num})",
        "en": "must be a share between 0 and 1, e.g. 0.6 (got {value:num})",
    },
    "alloc.no_target_population": {
        "nl": "deze gebieden hebben geen inwoners in de gekozen leeftijdsgroepen",
        "en": "these areas have no residents in the chosen age bands",
    },
    "alloc.weights_count": {
        "nl": "verwacht één gewicht per gebied ({areas}), nu {got}",
        "en": "expected one weight per area ({areas}), got {got}",
    },
    "alloc.manual_count": {
        "nl": "verwacht één bedrag per gebied ({areas}), nu {got}",
        "en": "expected one amount per area ({areas}), got {got}",
    },
    "alloc.manual_missing": {
        "nl": "geef bedragen per advertentieset voor een handmatige verdeling",
        "en": "give euros per ad set for a manual split",
    },
    "alloc.unknown_split": {"nl": "moet {allowed} zijn (nu {got})", "en": "must be {allowed} (got {got})"},
    "alloc.below_area_minimums": {
        "nl": "het social budget ({total:eur}) is lager dan de minimumbedragen per wijk samen ({minimums:eur}): "
        "verhoog het social budget of verlaag constraints.area_min_eur",
        "en": "social budget {total:eur} is below the sum of the area minimums ({minimums:eur}): "
        "raise the social budget or lower constraints.area_min_eur",
    },
    "alloc.above_area_maximums": {
        "nl": "het social budget ({total:eur}) is meer dan de wijken mogen krijgen ({maximums:eur}): verlaag het "
        "social budget, verhoog constraints.area_max_eur, of verlaag de kleinste doelgroep per wijk "
        "(social.min_audience) zodat meer wijken meedoen",
        "en": "social budget {total:eur} is above what the areas may receive ({maximums:eur}): lower the social "
        "budget, raise constraints.area_max_eur, or lower the smallest audience per area "
        "(social.min_audience) so that more areas can be targeted",
    },
    "alloc.no_area_targetable": {
        "nl": "geen enkele wijk heeft een doelgroep van minstens {smallest:int} mensen: verlaag de kleinste "
        "doelgroep per wijk (social.min_audience), kies meer leeftijdsgroepen, of zet het social budget op 0",
        "en": "no area has an audience of at least {smallest:int} people: lower the smallest audience per area "
        "(social.min_audience), choose more age groups, or set the social budget to 0",
    },
    "alloc.total_outside_constraints": {
        "nl": "een totaal van {total:eur} past niet binnen de grenzen (krant tussen {print_min:eur} en "
        "{print_max}, social per wijk tussen minimum en maximum): kies een ander totaal of ruim de "
        "grenzen (constraints) op",
        "en": "a total of {total:eur} cannot meet the constraints (print between {print_min:eur} and "
        "{print_max}, social per area between its minimum and maximum): change the total or loosen "
        "constraints",
    },
    # -- calibration (budgetsim.calibration: exports, targets, reader surveys) ------------------------
    "calibration.fmt.pct": {"nl": "{value:pct0}", "en": "{value:pct0}"},
    "calibration.fmt.eur": {"nl": "{value:eur}", "en": "{value:eur}"},
    "calibration.fmt.eur2": {"nl": "{value:eur2}", "en": "{value:eur2}"},
    "calibration.fmt.int": {"nl": "{value:int}", "en": "{value:int}"},
    "calibration.fmt.num": {"nl": "{value:num}", "en": "{value:num}"},
    "calibration.where.in_file": {"nl": "{file}, {where}", "en": "{file}, {where}"},
    "calibration.file.missing": {"nl": "bestand niet gevonden", "en": "file not found"},
    "calibration.where.row": {"nl": "rij {row}", "en": "row {row}"},
    "calibration.where.row_column": {"nl": "rij {row}, kolom {column}", "en": "row {row}, column {column}"},
    # -- any file -------------------------------------------------------------------------
    "calibration.file.empty": {
        "nl": "het bestand is leeg",
        "en": "the file is empty",
    },
    "calibration.file.too_large": {
        "nl": "het bestand is groter dan {mb} MB; gebruik een kleiner bestand",
        "en": "the file is larger than {mb} MB; use a smaller file",
    },
    "calibration.file.unreadable": {
        "nl": "kan het bestand niet lezen ({reason})",
        "en": "cannot read the file ({reason})",
    },
    "calibration.file.xls": {
        "nl": "dit is een oud Excel-bestand (.xls); sla het op als .xlsx of als CSV",
        "en": "this is an old Excel file (.xls); save it as .xlsx or as CSV",
    },
    "calibration.file.bad_xlsx": {
        "nl": "dit Excel-bestand is niet te openen ({reason}); sla het opnieuw op als .xlsx of als CSV",
        "en": "this Excel file cannot be opened ({reason}); save it again as .xlsx or as CSV",
    },
    "calibration.file.not_text": {
        "nl": "dit is geen tekstbestand (CSV) en geen Excel-bestand (.xlsx)",
        "en": "this is not a text file (CSV) and not an Excel file (.xlsx)",
    },
    "calibration.file.too_many_rows": {
        "nl": "het bestand heeft meer dan {max:int} rijen; budgetsim leest er hooguit {max:int}",
        "en": "the file has more than {max:int} rows; budgetsim reads at most {max:int}",
    },
    "calibration.file.more_problems": {
        "nl": "en nog {n} problemen",
        "en": "and {n} more problems",
    },
    # -- cells ----------------------------------------------------------------------------
    "calibration.cell.not_number": {
        "nl": "'{value}' is geen getal; schrijf bijvoorbeeld {example}",
        "en": "'{value}' is not a number; write for example {example}",
    },
    "calibration.cell.negative": {
        "nl": "mag niet negatief zijn (nu {value:num})",
        "en": "must not be negative (got {value:num})",
    },
    "calibration.cell.empty": {
        "nl": "is leeg; hier hoort een getal",
        "en": "is empty; a number belongs here",
    },
    "calibration.cell.bad_date": {
        "nl": "'{value}' is geen datum; schrijf bijvoorbeeld 2026-03-01 of 1-3-2026 (de rij telt wel mee)",
        "en": "'{value}' is not a date; write for example 2026-03-01 (the row is still used)",
    },
    # -- Ads Manager export -----------------------------------------------------------------
    "calibration.meta.not_export": {
        "nl": "dit lijkt geen export uit Meta Advertentiebeheer: de kolom(men) {missing} ontbreken. "
        "Verwacht: een kopregel met Besteed bedrag (EUR), Weergaven en Bereik (of Amount spent (EUR), "
        "Impressions en Reach). Gevonden: {found}",
        "en": "this does not look like a Meta Ads Manager export: the column(s) {missing} are missing. "
        "Expected: a header with Amount spent (EUR), Impressions and Reach (or Besteed bedrag (EUR), "
        "Weergaven and Bereik). Found: {found}",
    },
    "calibration.meta.looks_like_survey": {
        "nl": "dit lijkt een lezersonderzoek, geen export uit Advertentiebeheer; gebruik het bij "
        "'lezersonderzoek' (--survey)",
        "en": "this looks like a reader survey, not an Ads Manager export; use it as the survey (--survey)",
    },
    "calibration.meta.currency": {
        "nl": "de bedragen staan in {currency}; budgetsim rekent in euro. Exporteer in EUR",
        "en": "the amounts are in {currency}; budgetsim works in euros. Export in EUR",
    },
    "calibration.meta.no_rows": {
        "nl": "het bestand heeft geen rijen met cijfers onder de kopregel",
        "en": "the file has no rows with figures below the header",
    },
    "calibration.meta.nothing_usable": {
        "nl": "geen enkele rij is bruikbaar (zie de redenen per rij); er is niets te schatten",
        "en": "no row can be used (see the reason for each row); there is nothing to fit",
    },
    "calibration.meta.unknown_age": {
        "nl": "leeftijdsgroep '{value}' is onbekend; Meta gebruikt {allowed} (de rij telt niet mee)",
        "en": "age group '{value}' is unknown; Meta uses {allowed} (the row is not used)",
    },
    "calibration.meta.duplicate_column": {
        "nl": "kolom '{column}' staat er twee keer; budgetsim gebruikt de eerste",
        "en": "column '{column}' appears twice; budgetsim uses the first",
    },
    # why a row is not used (short, for the table of rows)
    "calibration.why.totals": {"nl": "totaalrij", "en": "totals row"},
    "calibration.why.excluded": {"nl": "zelf uitgezet", "en": "left out by you"},
    "calibration.why.reach_above_impressions": {
        "nl": "bereik ({reach:int}) is niet kleiner dan het aantal weergaven ({impressions:int})",
        "en": "reach ({reach:int}) is not below impressions ({impressions:int})",
    },
    "calibration.why.zero_spend": {"nl": "besteed bedrag is 0", "en": "amount spent is 0"},
    "calibration.why.zero_impressions": {"nl": "geen weergaven", "en": "no impressions"},
    "calibration.why.zero_reach": {"nl": "bereik is 0", "en": "reach is 0"},
    "calibration.why.missing": {"nl": "{column} ontbreekt", "en": "{column} is missing"},
    "calibration.why.bad_number": {"nl": "{column} is geen getal", "en": "{column} is not a number"},
    "calibration.why.cpm_mismatch": {
        "nl": "weergaven passen niet bij bedrag en CPM (verwacht ongeveer {expected:int})",
        "en": "impressions do not match spend and CPM (expected about {expected:int})",
    },
    "calibration.why.cpm_outlier": {
        "nl": "prijs per 1.000 weergaven ({cpm:eur2}) ligt ver van de rest (mediaan {median:eur2})",
        "en": "cost per 1,000 impressions ({cpm:eur2}) is far from the rest (median {median:eur2})",
    },
    "calibration.why.unknown_age": {"nl": "onbekende leeftijdsgroep {value}", "en": "unknown age group {value}"},
    "calibration.why.no_audience": {
        "nl": "de gekozen gebieden en leeftijden hebben geen doelgroep",
        "en": "the chosen areas and ages have no audience",
    },
    # -- targets file ---------------------------------------------------------------------
    "calibration.targets.not_targets": {
        "nl": "dit lijkt geen bestand met doelgebieden: verwacht de kolommen row_name en area_or_ad_set_codes "
        "(of rij, gebieden), gevonden: {found}",
        "en": "this does not look like a targets file: expected the columns row_name and area_or_ad_set_codes, "
        "found: {found}",
    },
    "calibration.targets.unknown_code": {
        "nl": "'{code}' is geen gebied of advertentieset van dit scenario (bijvoorbeeld {examples}){hint}",
        "en": "'{code}' is not an area or ad set of this scenario (for example {examples}){hint}",
    },
    "calibration.basis.campaign": {"nl": "Eigen campagne {names}", "en": "Own campaign {names}"},
    "calibration.basis.campaigns": {"nl": "Eigen campagnes {names}", "en": "Own campaigns {names}"},
    "calibration.basis.export": {"nl": "Eigen campagne ({source})", "en": "Own campaign ({source})"},
    "calibration.basis.survey": {
        "nl": "Eigen lezersonderzoek ({source}, {respondents:int} respondenten)",
        "en": "Own reader survey ({source}, {respondents:int} respondents)",
    },
    "calibration.basis.read": {"nl": "ingelezen {month}", "en": "read {month}"},
    "calibration.cli.head": {"nl": "Eigen cijfers voor {scenario}", "en": "Own figures for {scenario}"},
    "calibration.cli.social": {"nl": "Social media, uit {source}", "en": "Social media, from {source}"},
    "calibration.cli.print": {"nl": "Krant, uit {source}", "en": "Local paper, from {source}"},
    "calibration.cli.basis": {"nl": "Onderbouwing: {basis}", "en": "Basis: {basis}"},
    "calibration.cli.value": {"nl": "{value} (was {before})", "en": "{value} (was {before})"},
    "calibration.cli.value_range": {
        "nl": "{value} (was {before}; bereik {low} tot {high})",
        "en": "{value} (was {before}; range {low} to {high})",
    },
    "calibration.cli.kept": {"nl": "{value} (niet geschat, blijft)", "en": "{value} (not fitted, kept)"},
    "calibration.cli.deliverable": {
        "nl": "Bereikbare accounts in de gemeente (15+): {n:int}",
        "en": "Accounts that can be reached in the gemeente (15+): {n:int}",
    },
    "calibration.cli.no_recall": {
        "nl": "geen cijfers over advertentieherinnering in de export; blijft {value}",
        "en": "no ad recall figures in the export; stays {value}",
    },
    "calibration.cli.rows": {
        "nl": "Rijen ({used:int} gebruikt, {skipped:int} niet gebruikt):",
        "en": "Rows ({used:int} used, {skipped:int} not used):",
    },
    "calibration.cli.row": {
        "nl": "rij {row}: {name}: {spend}, {impressions} weergaven, bereik {reach}{predicted}",
        "en": "row {row}: {name}: {spend}, {impressions} impressions, reach {reach}{predicted}",
    },
    "calibration.cli.predicted": {"nl": " (model: {n:int})", "en": " (model: {n:int})"},
    "calibration.cli.skipped": {"nl": "niet gebruikt: {why}", "en": "not used: {why}"},
    "calibration.cli.respondents": {"nl": "Respondenten: {n:int}", "en": "Respondents: {n:int}"},
    "calibration.cli.answers": {
        "nl": "Antwoorden (onderzoek / model): {answers}",
        "en": "Answers (survey / model): {answers}",
    },
    "calibration.cli.problems": {"nl": "Opmerkingen bij de bestanden:", "en": "Notes on the files:"},
    "calibration.cli.written": {"nl": "Nieuw scenario geschreven: {path}", "en": "New scenario written: {path}"},
    "calibration.cli.nothing_written": {
        "nl": "Niets bruikbaars gevonden; er is geen bestand geschreven.",
        "en": "Nothing usable found; no file was written.",
    },
    "calibration.targets.did_you_mean": {"nl": "; bedoelt u {code}?", "en": "; did you mean {code}?"},
    "calibration.targets.no_codes": {
        "nl": "geen gebieden genoemd; schrijf codes gescheiden door spaties, of de gemeentecode voor de hele gemeente",
        "en": "no areas given; write codes separated by spaces, or the gemeente code for the whole gemeente",
    },
    "calibration.targets.bad_bands": {
        "nl": "'{value}' zijn geen leeftijdsgroepen; schrijf bijvoorbeeld 15-24, 25-44 of 45+",
        "en": "'{value}' are not age bands; write for example 15-24, 25-44 or 45+",
    },
    "calibration.targets.unknown_row": {
        "nl": "'{name}' is geen rij uit de export (rijen: {names})",
        "en": "'{name}' is not a row of the export (rows: {names})",
    },
    "calibration.targets.duplicate": {
        "nl": "'{name}' staat al op rij {first}; noem elke rij één keer",
        "en": "'{name}' is already on row {first}; list every row once",
    },
    # -- reader survey --------------------------------------------------------------------
    "calibration.survey.not_survey": {
        "nl": "dit lijkt geen lezersonderzoek: verwacht de kolom answer (of antwoord), met count (aantal) "
        "en eventueel band (leeftijdsgroep), of één rij per inwoner met age (leeftijd). Gevonden: {found}",
        "en": "this does not look like a reader survey: expected the column answer, with count and optionally "
        "band, or one row per respondent with age. Found: {found}",
    },
    "calibration.survey.looks_like_export": {
        "nl": "dit lijkt een export uit Advertentiebeheer, geen lezersonderzoek; gebruik het bij 'export' (--meta)",
        "en": "this looks like an Ads Manager export, not a reader survey; use it as the export (--meta)",
    },
    "calibration.survey.unknown_answer": {
        "nl": "'{value}' is geen van de vijf antwoorden ({allowed}); de rij telt niet mee",
        "en": "'{value}' is not one of the five answers ({allowed}); the row is not used",
    },
    "calibration.survey.bad_band": {
        "nl": "'{value}' is geen leeftijdsgroep ({allowed}); de rij telt niet mee",
        "en": "'{value}' is not an age band ({allowed}); the row is not used",
    },
    "calibration.survey.bad_age": {
        "nl": "'{value}' is geen leeftijd in jaren (15 tot 120); de rij telt niet mee",
        "en": "'{value}' is not an age in years (15 to 120); the row is not used",
    },
    "calibration.survey.young": {
        "nl": "leeftijd {value} is onder de 15; budgetsim rekent met inwoners van 15 jaar en ouder (de rij "
        "telt niet mee)",
        "en": "age {value} is under 15; budgetsim counts residents aged 15 and over (the row is not used)",
    },
    "calibration.survey.bad_count": {
        "nl": "'{value}' is geen aantal (een heel getal van 0 of meer); de rij telt niet mee",
        "en": "'{value}' is not a count (a whole number of 0 or more); the row is not used",
    },
    "calibration.survey.no_readers": {
        "nl": "niemand in het onderzoek krijgt de krant; lezen valt niet te schatten",
        "en": "nobody in the survey receives the paper; reading cannot be estimated",
    },
    "calibration.survey.no_respondents": {
        "nl": "het onderzoek heeft geen bruikbare antwoorden",
        "en": "the survey has no usable answers",
    },
    "calibration.survey.band_no_readers": {
        "nl": "in leeftijdsgroep {band} krijgt niemand de krant; die groep houdt haar waarde",
        "en": "in age band {band} nobody receives the paper; that band keeps its value",
    },
    # -- applying -------------------------------------------------------------------------
    "calibration.apply.nothing": {
        "nl": "geef een export uit Advertentiebeheer (--meta) of een lezersonderzoek (--survey), of allebei",
        "en": "give an Ads Manager export (--meta) or a reader survey (--survey), or both",
    },
    # -- ad sets (neigh, issue 9): why an area is not targeted, and ids that do not fit ---------------
    "adsets.reason.no_audience": {
        "nl": "{area}: niemand uit de doelgroep gebruikt hier Facebook of Instagram (doelgroep 0); er valt "
        "niets te bereiken met advertenties",
        "en": "{area}: nobody in the target group uses Facebook or Instagram here (audience 0); there is "
        "nothing to reach with ads",
    },
    "adsets.reason.pool_too_small": {
        "nl": "{area}: te klein om apart te bereiken (doelgroep {audience:int}); ook alle kleine gebieden "
        "samen ({pool_audience:int}) blijven onder de kleinste doelgroep per advertentieset "
        "({min_audience:int})",
        "en": "{area}: too small to reach on its own (audience {audience:int}); all the small areas together "
        "({pool_audience:int}) also stay below the smallest audience per ad set ({min_audience:int})",
    },
    "adsets.untargetable": {
        "nl": "In {place} gebruiken {audience:int} mensen uit de doelgroep Facebook of Instagram. Dat is minder "
        "dan de {min_audience:int} die een advertentieset nodig heeft, dus social media advertenties zijn "
        "hier niet op de gemeente te richten; de cijfers gaan over de krant.",
        "en": "In {place}, {audience:int} people of the target group use Facebook or Instagram. That is fewer "
        "than the {min_audience:int} an ad set needs, so social ads cannot be aimed at this "
        "municipality; the figures are those of the paper.",
    },
    "adsets.error.in_pool": {
        "nl": "{code} hoort bij de advertentieset {ad_set}; geef het bedrag of de grens voor {ad_set}",
        "en": "{code} is part of the ad set {ad_set}; give the amount or limit for {ad_set}",
    },
    "adsets.error.untargeted": {
        "nl": "{code} is niet te bereiken met social media (de doelgroep is te klein, ook samen met andere "
        "gebieden); het kan geen budget of minimum krijgen",
        "en": "{code} cannot be reached with social ads (its audience is too small, also together with other "
        "areas); it cannot get a budget or a minimum",
    },
    "adsets.postcode_note": {
        "nl": "Een postcode kan iets verder reiken dan het gebied: Meta richt op het hele postcodegebied.",
        "en": "A postcode can reach a little beyond the area: Meta aims at the whole postcode area.",
    },
    "csv.ad_set": {"nl": "Advertentieset", "en": "Ad set"},
    "csv.postcodes": {"nl": "Postcodes", "en": "Postcodes"},
    "csv.plan.id": {"nl": "Advertentieset", "en": "Ad set"},
    "csv.plan.name": {"nl": "Naam", "en": "Name"},
    "csv.plan.areas": {"nl": "Gebieden", "en": "Areas"},
    "csv.plan.yearly_eur": {"nl": "Budget per jaar (€)", "en": "Budget per year (€)"},
    "csv.plan.weekly_eur": {"nl": "Budget per week (€)", "en": "Budget per week (€)"},
    "adsets.error.unknown": {
        "nl": "{code} is geen advertentieset of gebied van dit plan; advertentiesets: {known}",
        "en": "{code} is not an ad set or an area of this plan; ad sets: {known}",
    },
    # -- r-core: problems in a scenario file (budgetsim.scenario) -----------------------------
    "scenario.where.file": {"nl": "bestand", "en": "file"},
    "scenario.default_name": {
        "nl": "{place}: krant {print_eur:eur}, social media {social_eur:eur}",
        "en": "{place}: paper {print_eur:eur}, social media {social_eur:eur}",
    },
    "scenario.number": {"nl": "{value:num}", "en": "{value:num}"},
    "scenario.file.too_large": {
        "nl": "het bestand is {size:num} bytes; een scenario mag hooguit 1 MB zijn",
        "en": "the file is {size:num} bytes; a scenario may be at most 1 MB",
    },
    "scenario.file.not_utf8": {
        "nl": "het bestand is geen UTF-8-tekst (onleesbaar teken op regel {line}); sla het op als UTF-8",
        "en": "the file is not UTF-8 text (unreadable character on line {line}); save it as UTF-8",
    },
    "scenario.file.bad_json": {
        "nl": "geen geldige JSON op regel {line}, kolom {column} ({reason}); controleer komma's, "
        "aanhalingstekens en haakjes",
        "en": "not valid JSON at line {line}, column {column} ({reason}); check commas, quotes and brackets",
    },
    "scenario.file.unusable_json": {
        "nl": "geen bruikbare JSON ({reason})",
        "en": "not usable JSON ({reason})",
    },
    "scenario.file.not_object": {
        "nl": "het bestand moet één JSON-object {{…}} bevatten met schema_version, gemeente enz.; het bevat {kind}",
        "en": "the file must hold one JSON object {{…}} with schema_version, gemeente and so on; it holds {kind}",
    },
    "scenario.file.unreadable": {
        "nl": "kan {path} niet lezen ({reason})",
        "en": "cannot read {path} ({reason})",
    },
    "scenario.file.exists": {
        "nl": "dit bestand bestaat al; kies een andere naam of kies voor overschrijven",
        "en": "this file already exists; choose another name or choose to overwrite it",
    },
    "scenario.file.migrated": {
        "nl": "Dit scenario is gemaakt met een oudere versie van budgetsim (schemaversie {old}). Het opent "
        "gewoon en wordt bij opslaan versie {new}. De cijfers kunnen iets anders zijn dan toen: elke "
        "wijk heeft nu zijn eigen leeftijdsopbouw uit de CBS-cijfers.",
        "en": "This scenario was made with an older version of budgetsim (schema version {old}). It opens as "
        "usual and becomes version {new} when saved. Its figures may differ a little from then: every "
        "wijk now has its own age mix from the CBS figures.",
    },
    "scenario.level.needs_gemeente": {
        "nl": 'geldt alleen voor de wijken of buurten van een gemeente; een eigen lijst "areas" is zijn eigen '
        'niveau: haal "level" weg',
        "en": 'applies only to a gemeente\'s wijken or buurten; your own list of "areas" is its own level: '
        'remove "level"',
    },
    "scenario.json.non_finite": {
        "nl": "{text} is niet toegestaan; schrijf een gewoon getal",
        "en": "{text} is not allowed; write an ordinary number",
    },
    "scenario.json.duplicate_key": {
        "nl": "deze sleutel staat er meer dan één keer; houd er één",
        "en": "this key appears more than once; keep one",
    },
    "scenario.json.lone_surrogate": {
        "nl": "bevat een ongeldig teken (een losse \\ud800-code); haal het weg",
        "en": "contains an invalid character (a lone \\ud800 code); remove it",
    },
    "scenario.version.missing": {
        "nl": 'ontbreekt; is dit een budgetsim-scenario? Zet "schema_version": {version} bovenaan',
        "en": 'is missing; is this a budgetsim scenario? Put "schema_version": {version} at the top',
    },
    "scenario.version.not_int": {
        "nl": "moet een geheel getal zijn, {version} voor deze versie (nu {got})",
        "en": "must be a whole number, {version} for this version (got {got})",
    },
    "scenario.version.newer": {
        "nl": "dit bestand is gemaakt met een nieuwere budgetsim (schemaversie {got}); deze versie leest tot "
        "en met versie {version}. Werk budgetsim bij om het te openen",
        "en": "this file was made by a newer budgetsim (schema version {got}); this version reads up to "
        "version {version}. Update budgetsim to open it",
    },
    "scenario.version.too_low": {
        "nl": "versie {got} bestaat niet; de eerste versie is 1 (nu {got})",
        "en": "version {got} does not exist; the first version is 1 (got {got})",
    },
    "scenario.type.unknown": {
        "nl": 'onbekende {what} "{word}"{rest}',
        "en": 'unknown {what} "{word}"{rest}',
    },
    "scenario.type.missing": {
        "nl": "ontbreekt; vul het in",
        "en": "is missing; add it",
    },
    "scenario.type.expected": {
        "nl": "moet {expected} zijn (nu {got})",
        "en": "must be {expected} (got {got})",
    },
    "scenario.type.non_finite": {
        "nl": "moet een gewoon getal zijn (geen NaN of Infinity)",
        "en": "must be an ordinary number (not NaN or Infinity)",
    },
    "scenario.type.at_least": {
        "nl": "moet minstens {limit:num} zijn (nu {got})",
        "en": "must be at least {limit:num} (got {got})",
    },
    "scenario.type.greater_than": {
        "nl": "moet groter dan {limit:num} zijn (nu {got})",
        "en": "must be greater than {limit:num} (got {got})",
    },
    "scenario.type.at_most": {
        "nl": "moet hooguit {limit:num} zijn (nu {got})",
        "en": "must be at most {limit:num} (got {got})",
    },
    "scenario.type.less_than": {
        "nl": "moet kleiner dan {limit:num} zijn (nu {got})",
        "en": "must be less than {limit:num} (got {got})",
    },
    "scenario.type.one_of": {
        "nl": "moet een van deze zijn: {options} (nu {got})",
        "en": "must be one of: {options} (got {got})",
    },
    "scenario.type.empty": {
        "nl": "mag niet leeg zijn",
        "en": "must not be empty",
    },
    "scenario.type.pair": {
        "nl": "moet precies 2 getallen hebben, [laag, hoog] (nu {got})",
        "en": "must have exactly 2 numbers, [low, high] (got {got})",
    },
    "scenario.type.exactly": {
        "nl": "moet precies {size} getallen hebben, [laag, hoog] (nu {got})",
        "en": "must have exactly {size} numbers, [low, high] (got {got})",
    },
    "scenario.type.too_long": {
        "nl": "is te lang: hooguit {size:num} (tekens of items)",
        "en": "is too long: at most {size:num} (characters or items)",
    },
    "scenario.type.invalid": {
        "nl": "ongeldige waarde (nu {got})",
        "en": "invalid value (got {got})",
    },
    "scenario.gemeente.missing": {
        "nl": 'geef een gemeente (CBS-code zoals GM0505) of een eigen lijst "areas"',
        "en": 'give a gemeente (a CBS code such as GM0505) or your own list of "areas"',
    },
    "scenario.gemeente.not_a_code": {
        "nl": "moet een CBS-code zijn: GM en vier cijfers, zoals GM0505{hint} (nu {got})",
        "en": "must be a CBS code: GM and four digits, such as GM0505{hint} (got {got})",
    },
    "scenario.gemeente.unknown": {
        "nl": "{code} is geen gemeente in de CBS-gegevens van 2024; gebruik een bestaande code zoals GM0505 "
        "(Dordrecht)",
        "en": "{code} is not a gemeente in the CBS 2024 data; use an existing code such as GM0505 (Dordrecht)",
    },
    "scenario.gemeente.not_unique": {
        "nl": '"{text}" is geen (eenduidige) gemeente; bedoelt u een van deze: {listed}',
        "en": '"{text}" is not a (unique) gemeente; did you mean one of these: {listed}',
    },
    "scenario.areas.duplicate_code": {
        "nl": "code {code} staat ook bij areas[{first}]; elke code mag maar één keer voorkomen",
        "en": "code {code} is also used by areas[{first}]; every code may appear only once",
    },
    "scenario.areas.shares_sum": {
        "nl": "de aandelen tellen op tot {total:num}; ze moeten optellen tot 1 (±0,01)",
        "en": "the shares add up to {total:num}; they must add up to 1 (±0.01)",
    },
    "scenario.bands.missing": {
        "nl": "geef een waarde voor elke leeftijdsgroep ({bands}); ontbreekt: {missing}",
        "en": "give a value for every age band ({bands}); missing: {missing}",
    },
    "scenario.bands.repeated": {
        "nl": "noem elke leeftijdsgroep één keer (dubbel: {repeated})",
        "en": "list every age band once (repeated: {repeated})",
    },
    "scenario.codes.unknown": {
        "nl": '"{code}" is geen gebied van dit scenario (gebieden zijn bijvoorbeeld {examples}){hint}',
        "en": '"{code}" is not an area of this scenario (areas are, for example, {examples}){hint}',
    },
    "scenario.piece.did_you_mean": {
        "nl": '; bedoelt u "{word}"?',
        "en": '; did you mean "{word}"?',
    },
    "scenario.piece.allowed": {
        "nl": "; toegestaan: {listed}",
        "en": "; allowed: {listed}",
    },
    "scenario.piece.did_you_mean_allowed": {
        "nl": '; bedoelt u "{word}"? Toegestaan: {listed}',
        "en": '; did you mean "{word}"? Allowed: {listed}',
    },
    "scenario.piece.gemeente_code": {
        "nl": '; voor {name} is dat "{code}"',
        "en": '; for {name} that is "{code}"',
    },
    "scenario.word.key": {
        "nl": "sleutel",
        "en": "key",
    },
    "scenario.word.age_band": {
        "nl": "leeftijdsgroep",
        "en": "age band",
    },
    "scenario.word.parameter": {
        "nl": "parameter",
        "en": "parameter",
    },
    "scenario.kind.object": {
        "nl": "een object {…}",
        "en": "an object {…}",
    },
    "scenario.kind.list": {
        "nl": "een lijst […]",
        "en": "a list […]",
    },
    "scenario.kind.text": {
        "nl": "tekst",
        "en": "text",
    },
    "scenario.kind.bool": {
        "nl": "true/false",
        "en": "true/false",
    },
    "scenario.kind.null": {
        "nl": "null",
        "en": "null",
    },
    "scenario.kind.number": {
        "nl": "het getal {value}",
        "en": "the number {value}",
    },
    "scenario.expected.number": {
        "nl": "een getal",
        "en": "a number",
    },
    "scenario.expected.whole_number": {
        "nl": "een geheel getal",
        "en": "a whole number",
    },
    "scenario.expected.text": {
        "nl": "tekst tussen aanhalingstekens",
        "en": "text in quotes",
    },
    "scenario.expected.object": {
        "nl": "een object {…}",
        "en": "an object {…}",
    },
    "scenario.expected.list": {
        "nl": "een lijst […]",
        "en": "a list […]",
    },
    "scenario.expected.bool": {
        "nl": "true of false",
        "en": "true or false",
    },
    "scenario.range.shown": {
        "nl": "[{low:num}; {high:num}]",
        "en": "[{low:num}, {high:num}]",
    },
    "scenario.manual.sum": {
        "nl": 'de bedragen per gebied tellen op tot {total:num} euro; bij social_split "manual" moeten ze '
        "optellen tot budget.social_eur ({wanted:num} euro, ±1)",
        "en": 'the euros per area add up to {total:num}; with social_split "manual" they must add up to '
        "budget.social_eur ({wanted:num}, ±1)",
    },
    "scenario.constraints.print_min_max": {
        "nl": "mag niet groter zijn dan print_max_eur ({high:num}) (nu {low:num})",
        "en": "must not be more than print_max_eur ({high:num}) (got {low:num})",
    },
    "scenario.constraints.area_min_max": {
        "nl": "mag niet groter zijn dan area_max_eur.{code} ({high:num}) (nu {low:num})",
        "en": "must not be more than area_max_eur.{code} ({high:num}) (got {low:num})",
    },
    "scenario.ranges.reversed": {
        "nl": "laag ({low:num}) mag niet boven hoog ({high:num}) liggen; schrijf [laag, hoog]",
        "en": "low ({low:num}) must not be above high ({high:num}); write [low, high]",
    },
    "scenario.ranges.at_least": {
        "nl": "beide grenzen moeten minstens {floor:num} zijn (nu {shown})",
        "en": "both ends must be at least {floor:num} (got {shown})",
    },
    "scenario.ranges.within": {
        "nl": "beide grenzen moeten liggen in {bracket}{floor:num}; {ceiling:num}] (nu {shown})",
        "en": "both ends must lie in {bracket}{floor:num}, {ceiling:num}] (got {shown})",
    },
    "scenario.ranges.factor_one": {
        "nl": "is een factor op de waarde van elke leeftijdsgroep en moet 1 bevatten (nu {shown})",
        "en": "is a factor on every age band's value and must contain 1 (got {shown})",
    },
    "scenario.ranges.contain_value": {
        "nl": "moet de waarde van het scenario bevatten, assumptions.{parameter} = {value:num} (nu {shown}); maak "
        "het bereik ruimer of pas de waarde aan",
        "en": "must contain the scenario's value, assumptions.{parameter} = {value:num} (got {shown}); widen the "
        "range or change the value",
    },
    # -- proposal-app (issue 11): the budget proposal in "Opslaan en delen" ----------------------------
    "pa.options.compare": {
        "nl": "Het voorstel legt de scenario's uit **Vergelijken** naast elkaar, als opties:",
        "en": "The proposal sets the scenarios from **Compare** side by side, as options:",
    },
    "pa.options.current": {
        "nl": "Het voorstel gaat over uw huidige plan (optie A: {name}). Wilt u het MT twee of drie opties "
        "voorleggen? Zet ze in **Vergelijken**: open de bestanden daar, of neem uw huidige instellingen mee.",
        "en": "The proposal is about your current plan (option A: {name}). Want to give management two or three "
        "options? Put them in **Compare**: open the files there, or include your current settings.",
    },
    "pa.option.line": {"nl": "**Optie {letter}**: {name}", "en": "**Option {letter}**: {name}"},
    "pa.option.now": {"nl": "(uw huidige instellingen)", "en": "(your current settings)"},
    "pa.recommended": {"nl": "Voorgestelde optie", "en": "Proposed option"},
    "pa.recommended.help": {
        "nl": "Het besluit, de kaart en de grafiek op pagina 2 gaan over deze optie. In de tabel staat hij met ✓.",
        "en": "The decision, the map and the chart on page 2 are about this option. The table marks it with ✓.",
    },
    "pa.recommended.option": {"nl": "Optie {letter}", "en": "Option {letter}"},
    "pa.decision": {"nl": "Gevraagd besluit", "en": "Decision requested"},
    "pa.decision.help": {
        "nl": "Deze zin staat bovenaan het voorstel. Pas hem gerust aan; met de knop eronder komt de standaardtekst "
        "terug.",
        "en": "This sentence heads the proposal. Feel free to change it; the button below brings the standard "
        "text back.",
    },
    "pa.decision.reset": {"nl": "Standaardtekst terugzetten", "en": "Back to the standard text"},
    "pa.decision.edited": {
        "nl": "U hebt de zin zelf aangepast. De standaardtekst is: “{default}”",
        "en": "You changed the sentence yourself. The standard text is: “{default}”",
    },
    "pa.decision.empty": {
        "nl": "Het gevraagde besluit is leeg. Typ een zin, of zet de standaardtekst terug.",
        "en": "The decision requested is empty. Type a sentence, or bring the standard text back.",
    },
    "pa.error": {
        "nl": "Het budgetvoorstel kan zo niet worden gemaakt: {error}. Er is niets verloren: uw scenario's en "
        "instellingen blijven staan. Kies in **Vergelijken** de opties opnieuw.",
        "en": "The budget proposal cannot be made like this: {error}. Nothing is lost: your scenarios and "
        "settings stay as they are. Choose the options again in **Compare**.",
    },
    "pa.error.plan": {
        "nl": "optie {letter} ({name}) kan niet worden berekend: {error}",
        "en": "option {letter} ({name}) cannot be computed: {error}",
    },
    # -- nu (issue 10): the current situation, the paper in pages, the best splits, names -----------
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
    "nu.pages.cost": {
        "nl": "{pages} à {price} per pagina = **{eur}** per jaar.",
        "en": "{pages} at {price} per page = **{eur}** a year.",
    },
    "nu.pages.buys": {
        "nl": "{eur} per jaar koopt {pages} à {price} per pagina.",
        "en": "{eur} a year buys {pages} at {price} per page.",
    },
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
    "nu.title": {"nl": "Nu", "en": "Now"},
    "nu.fig.reached": {"nl": "Nu: bereikt", "en": "Now: reached"},
    "nu.against": {
        "nl": "Verschil met **Nu**: krant {paper}, {social}",
        "en": "Difference with **Now**: paper {paper}, {social}",
    },
    "nu.paper": {"nl": "{how} ({eur})", "en": "{how} ({eur})"},
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
    "nu.pages.other": {"nl": "{pages} per jaar", "en": "{pages} a year"},
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
    "nu.delta.none": {"nl": "gelijk aan Nu", "en": "same as Now"},
    "chart.saturation.plan_total": {"nl": "Plan", "en": "Plan"},
    "nu.compare.intro": {
        "nl": "Zet tot drie scenario's naast elkaar, met **Nu** (wat de gemeente nu doet) ervoor. Open bestanden "
        "hieronder; uw huidige instellingen komen erbij als u dat aanvinkt.",
        "en": "Put up to three scenarios side by side, with **Now** (what the municipality does today) first. "
        "Open files below; your current settings are added when you tick the box.",
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
    "nu.upload.not_json": {
        "nl": "‘{name}’ is geen scenariobestand: budgetsim opent alleen .json-bestanden die het zelf heeft "
        "bewaard. Kies een .json-bestand.",
        "en": "‘{name}’ is not a scenario file: budgetsim opens only .json files it saved itself. Choose a .json file.",
    },
    "nu.upload.not_table": {
        "nl": "‘{name}’ is geen tabel met gebieden: kies een .csv-bestand (of .txt met komma's of puntkomma's).",
        "en": "‘{name}’ is not a table of areas: choose a .csv file (or .txt with commas or semicolons).",
    },
    "nu.upload.json_help": {
        "nl": "Scenariobestanden (.json) die u eerder in budgetsim hebt bewaard.",
        "en": "Scenario files (.json) you saved in budgetsim before.",
    },
    "nu.name.stale": {
        "nl": "De naam ‘{name}’ is gegeven vóór de laatste wijzigingen (nu: krant {print}, social media {social}). "
        "Een bestand, grafiek of voorstel met deze naam kan iets anders beloven dan de cijfers erin.",
        "en": "The name ‘{name}’ was given before the latest changes (now: paper {print}, social media {social}). "
        "A file, chart or proposal with this name may promise something other than the figures in it.",
    },
    "nu.name.update": {"nl": "Naam bijwerken: ‘{name}’", "en": "Update the name: ‘{name}’"},
    "nu.name.keep": {"nl": "De naam klopt nog", "en": "The name still fits"},
    "nu.number.invalid": {
        "nl": "‘{text}’ is geen getal {range}. Typ bijvoorbeeld 0,7 of 70 %; het oude getal blijft staan.",
        "en": "‘{text}’ is not a number {range}. Type for example 0.7 or 70%; the old number stays.",
    },
    "nu.number.empty": {
        "nl": "Het vak is leeg: typ een getal {range}. Het oude getal blijft staan.",
        "en": "The box is empty: type a number {range}. The old number stays.",
    },
    "nu.number.between": {"nl": "van {low} tot {high}", "en": "from {low} to {high}"},
    "nu.number.at_least": {"nl": "van {low} of meer", "en": "of {low} or more"},
    "nu.placeholder.files": {"nl": "Kies bestanden", "en": "Choose files"},
    "nu.placeholder.bands": {"nl": "Kies leeftijdsgroepen", "en": "Choose age groups"},
    "nu.placeholder.one": {"nl": "Kies er een", "en": "Choose one"},
    # -- r-core: scenario version 2 and the model in survey words ------------------------------
    "cli.new.level_needs_gemeente": {
        "nl": "--level geldt alleen met --gemeente (een eigen tabel is zijn eigen niveau)",
        "en": "--level applies only with --gemeente (your own table is its own level)",
    },
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
    "app.compare.kept": {"nl": "Nog geopend: {names}.", "en": "Still open: {names}."},
    "app.compare.close": {"nl": "Geopende bestanden sluiten", "en": "Close the opened files"},
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
    # -- nb-app (issue 9): the level, the map's metrics and marks, the tables per area and per ad set --
    "common.buurt": {"nl": "Buurt", "en": "Neighbourhood"},
    "chart.map.metric.reach": {"nl": "Deel bereikt", "en": "Share reached"},
    "chart.map.metric.print_missed": {"nl": "Niet bereikt door de krant", "en": "Not reached by the paper"},
    "chart.map.metric.young": {"nl": "Deel 15–24 jaar", "en": "Share aged 15–24"},
    "chart.map.metric.social_per_resident": {"nl": "Social budget per inwoner", "en": "Social budget per resident"},
    "chart.map.mark": {"nl": "Advertentieset", "en": "Ad set"},
    "chart.map.mark.pooled.wijk": {
        "nl": "samen met andere wijken in één advertentieset",
        "en": "shares an ad set with other districts",
    },
    "chart.map.mark.untargeted.wijk": {
        "nl": "niet te bereiken met social (te klein)",
        "en": "out of reach of social ads (too small)",
    },
    "chart.map.mark.pooled.buurt": {
        "nl": "meeste inwoners in een gedeelde advertentieset",
        "en": "most residents in a shared ad set",
    },
    "chart.map.mark.untargeted.buurt": {
        "nl": "meeste inwoners niet te bereiken met social",
        "en": "most residents out of reach of social ads",
    },
    "chart.map.note.buurt": {
        "nl": "Buurten opgeteld per wijk: van buurten zijn geen kaartgrenzen.",
        "en": "Neighbourhoods summed per district: there are no neighbourhood boundaries.",
    },
    "chart.map.same": {"nl": "Overal hetzelfde: {value}.", "en": "The same everywhere: {value}."},
    "chart.map.tip.reach": {"nl": "Bereikt", "en": "Reached"},
    "chart.map.tip.print_missed": {"nl": "Niet bereikt door de krant", "en": "Not reached by the paper"},
    "chart.map.tip.people": {"nl": "{n:int} ({share})", "en": "{n:int} ({share})"},
    "chart.map.tip.young": {"nl": "15–24 jaar", "en": "Aged 15–24"},
    "chart.map.tip.social_eur": {"nl": "Social budget", "en": "Social budget"},
    "chart.map.tip.ad_set": {"nl": "Advertentieset", "en": "Ad set"},
    "chart.map.tip.no_ad_set": {"nl": "geen (te klein)", "en": "none (too small)"},
    "chart.map.tip.buurten": {"nl": "Buurten", "en": "Neighbourhoods"},
    "chart.map.tip.buurten_counts": {
        "nl": "{areas}: {own} eigen advertentieset, {pooled} samen in een rest-set, {untargeted} niet te bereiken",
        "en": "{areas}: {own} own ad set, {pooled} together in a rest set, {untargeted} out of reach",
    },
    "app.level": {"nl": "Niveau", "en": "Level"},
    "app.level.wijk": {"nl": "Wijken", "en": "Districts"},
    "app.level.buurt": {"nl": "Buurten", "en": "Neighbourhoods"},
    "app.level.help": {
        "nl": "Buurten zijn kleiner dan wijken: u ziet preciezer waar jongeren of ouderen wonen. Kleine "
        "buurten gaan samen in één advertentieset. De kaart toont de wijken, met de buurten opgeteld.",
        "en": "Neighbourhoods are smaller than districts: you see more precisely where young or old residents "
        "live. Small neighbourhoods share one ad set. The map shows the districts, with their "
        "neighbourhoods summed.",
    },
    "app.map.metric.print_missed": {"nl": "wat de krant mist", "en": "what the paper misses"},
    "app.map.metric.young": {"nl": "15–24 jaar", "en": "aged 15–24"},
    "app.map.metric.social_per_resident": {"nl": "social € per inwoner", "en": "social € per resident"},
    "app.map.caption.reach": {
        "nl": "Welk deel van de doelgroep u bereikt, met krant of social media. De kleuren lopen van de laagste "
        "tot de hoogste wijk.",
        "en": "The share of the target group you reach, by paper or social ads. The colours run from the lowest "
        "to the highest district.",
    },
    "app.map.caption.print_missed": {
        "nl": "Welk deel van de doelgroep de gemeentepagina in de krant niet ziet. Daar kan social media het "
        "verschil maken.",
        "en": "The share of the target group that does not see the municipal page in the paper. That is where "
        "social ads can make the difference.",
    },
    "app.map.caption.young": {
        "nl": "Welk deel van de inwoners 15 tot 24 jaar is. Jongeren lezen de krant het minst.",
        "en": "The share of residents aged 15 to 24. The young read the paper least.",
    },
    "app.map.caption.social_per_resident": {
        "nl": "Hoeveel euro social budget per inwoner in de wijk terechtkomt.",
        "en": "How many euros of social budget go to each resident of the district.",
    },
    "app.untargetable.title": {
        "nl": "Social media kan hier niet gericht worden",
        "en": "Social ads cannot be aimed here",
    },
    "app.table.title.buurt": {"nl": "Per buurt", "en": "Per neighbourhood"},
    "app.table.help.buurt": {
        "nl": "Geef een buurt meer gewicht (bijvoorbeeld 2) als die extra belangrijk is. "
        "Het gewicht telt alleen bij 'zo veel mogelijk bereik'.",
        "en": "Give a neighbourhood more weight (for example 2) if it matters more. "
        "The weight only counts for 'most reach'.",
    },
    "app.table.wijk_of": {"nl": "In wijk", "en": "In district"},
    "app.table.residents": {"nl": "Inwoners", "en": "Residents"},
    "app.table.ages": {"nl": "Leeftijden 0–14 … 65+", "en": "Ages 0–14 … 65+"},
    "app.table.ages.help": {
        "nl": "Staafjes van links naar rechts: 0–14, 15–24, 25–44, 45–64 en 65+ jaar (CBS).",
        "en": "Bars from left to right: 0–14, 15–24, 25–44, 45–64 and 65+ years (CBS).",
    },
    "app.table.young": {"nl": "15–24 jaar", "en": "Aged 15–24"},
    "app.table.old": {"nl": "65+", "en": "65+"},
    "app.table.ad_set": {"nl": "Advertentieset", "en": "Ad set"},
    "app.table.postcodes": {"nl": "Postcodes", "en": "Postcodes"},
    "app.table.print_missed": {"nl": "Mist de krant", "en": "Missed by paper"},
    "app.table.why": {"nl": "Waarom geen social", "en": "Why no social"},
    "app.table.why.none": {"nl": "niemand uit de doelgroep", "en": "nobody of the target group"},
    "app.table.why.small": {"nl": "te klein, ook samen", "en": "too small, also pooled"},
    "app.table.sort": {
        "nl": "Klik op een kolomkop om te sorteren.",
        "en": "Click a column header to sort.",
    },
    "app.untargeted.title": {"nl": "Niet te bereiken met social media", "en": "Out of reach of social ads"},
    "app.adsets.title": {"nl": "Plan voor Advertentiebeheer", "en": "Plan for Ads Manager"},
    "app.adsets.help": {
        "nl": "Maak in Advertentiebeheer (Meta) per regel één advertentieset. Richt op de postcodes en op de "
        "leeftijden van uw doelgroep, en zet het budget per week.",
        "en": "In Meta Ads Manager, make one ad set per row. Target the postcodes and the ages of your target "
        "group, and set the budget per week.",
    },
    "app.adsets.help_manual": {
        "nl": "Vul per advertentieset het bedrag per jaar in. Het totaal wordt uw social budget.",
        "en": "Fill in the amount per year for each ad set. The total becomes your social budget.",
    },
    "app.adsets.name": {"nl": "Naam", "en": "Name"},
    "app.adsets.id": {"nl": "Code", "en": "Code"},
    "app.adsets.areas": {"nl": "Gebieden", "en": "Areas"},
    "app.adsets.yearly": {"nl": "Per jaar", "en": "Per year"},
    "app.adsets.weekly": {"nl": "Per week", "en": "Per week"},
    "app.adsets.download": {"nl": "Plan als CSV downloaden", "en": "Download the plan as CSV"},
    "app.adsets.file": {"nl": "advertentiesets", "en": "ad-sets"},
    "app.adsets.unfunded": {
        "nl": "{n} van de {total} advertentiesets krijgen in dit plan geen geld; ze staan niet in de CSV.",
        "en": "{n} of the {total} ad sets get no money in this plan; they are not in the CSV.",
    },
    # -- proposal (issue 11): the budget proposal for the MT, PDF and Word (budgetsim.proposal) ------
    # -- proposal: document ------------------------------------------------------------------------------
    "proposal.title": {"nl": "Budgetvoorstel communicatie", "en": "Communication budget proposal"},
    "proposal.subject": {
        "nl": "Bereik van de gemeentepagina in de krant en van advertenties op social media",
        "en": "Reach of the municipal page in the local paper and of social media ads",
    },
    "proposal.date": {"nl": "Datum: {date}", "en": "Date: {date}"},
    "proposal.target_group": {"nl": "Doelgroep: {bands}", "en": "Target group: {bands}"},
    "proposal.page": {"nl": "Pagina {n} van {of}", "en": "Page {n} of {of}"},
    "proposal.made_with": {"nl": "Gemaakt met budgetsim {version}", "en": "Made with budgetsim {version}"},
    "proposal.source": {
        "nl": "Bron: CBS, Kerncijfers wijken en buurten 2024",
        "en": "Source: CBS (Statistics Netherlands), Kerncijfers wijken en buurten 2024",
    },
    "proposal.file_name": {"nl": "budgetvoorstel", "en": "budget-proposal"},
    # -- proposal: decision --------------------------------------------------------------------------------
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
        "nl": "het budget voor de gemeentepagina in de krant te verhogen van {old} ({pages_old} pagina's) naar "
        "{new} ({pages_new} pagina's) per jaar",
        "en": "to raise the budget for the municipal page in the paper from {old} ({pages_old} pages) to {new} "
        "({pages_new} pages) a year",
    },
    "proposal.decision.print_down": {
        "nl": "het budget voor de gemeentepagina in de krant te verlagen van {old} ({pages_old} pagina's) naar "
        "{new} ({pages_new} pagina's) per jaar",
        "en": "to lower the budget for the municipal page in the paper from {old} ({pages_old} pages) to {new} "
        "({pages_new} pages) a year",
    },
    "proposal.decision.same": {
        "nl": "in te stemmen met het huidige budget: {print} voor de krant en {social} voor social media per jaar",
        "en": "to agree to the current budget: {print} for the paper and {social} for social media a year",
    },
    "proposal.explanation.heading": {"nl": "Toelichting", "en": "Explanation"},
    "proposal.option": {"nl": "optie {letter}", "en": "option {letter}"},
    "proposal.option.title": {"nl": "Optie {letter}", "en": "Option {letter}"},
    "proposal.option.unnamed": {
        "nl": "Krant {print}, social media {social}",
        "en": "Paper {print}, social media {social}",
    },
    "proposal.recommended": {"nl": "voorgesteld", "en": "proposed"},
    # -- proposal: options table ---------------------------------------------------------------------------
    "proposal.options.heading": {"nl": "De opties", "en": "The options"},
    "proposal.col.label": {"nl": "Per jaar", "en": "Per year"},
    "proposal.col.now": {"nl": "Nu", "en": "Now"},
    "proposal.now.explain": {
        "nl": "‘Nu’ is wat de gemeente nu doet: {print} voor de krant ({pages}) en {social} voor social media.",
        "en": "‘Now’ is what the municipality does now: {print} for the paper ({pages}) and {social} for social media.",
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
        "totaal: wie allebei ziet, staat in alle drie de regels. Het zijn schattingen; pagina 2 zegt waarop "
        "ze rusten.",
        "en": "Reached: saw the municipal page in the paper or an ad on Facebook or Instagram at least once in "
        "the year. Via the paper, via social media and via both add up to more than the total: someone "
        "who sees both is counted in all three rows. These are estimates; page 2 says what they rest on.",
    },
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
    # -- proposal: charts ----------------------------------------------------------------------------------
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
    # -- proposal: page 2 ----------------------------------------------------------------------------------
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
    # -- proposal: values ----------------------------------------------------------------------------------
    "proposal.val.infinite": {"nl": "oneindig", "en": "infinite"},
    "proposal.val.per_band": {"nl": "{band}: {value}", "en": "{band}: {value}"},
    "proposal.val.from_copies": {
        "nl": "berekend uit het aantal kranten: {price} per pagina",
        "en": "computed from the number of copies: {price} a page",
    },
    "proposal.val.people": {"nl": "{n} mensen", "en": "{n} people"},
    "proposal.range.span": {"nl": "{low} tot {high}", "en": "{low} to {high}"},
    "proposal.range.factor": {"nl": "per leeftijd {low} tot {high}", "en": "per age {low} to {high}"},
    "proposal.range.fixed": {"nl": "vaste grens van de platforms", "en": "a fixed platform limit"},
    # -- proposal: assumptions in plain words (the model's own names are in budgetsim.assumptions) --------------
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
        "nl": "Kans dat een inwoner de gemeentepagina ziet, per week",
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
    # -- proposal: command line ----------------------------------------------------------------------------
    "proposal.cli.written": {"nl": "Opgeslagen: {path}", "en": "Saved: {path}"},
    "proposal.cli.same_file": {
        "nl": "--out en --docx noemen hetzelfde bestand; kies twee namen",
        "en": "--out and --docx name the same file; choose two names",
    },
    "proposal.cli.no_folder": {"nl": "de map {folder} bestaat niet", "en": "the folder {folder} does not exist"},
    "proposal.cli.no_file": {"nl": "bestand niet gevonden: {path}", "en": "file not found: {path}"},
    "proposal.cli.draws": {
        "nl": "--draws: kies 100 tot 100.000 (nu {value})",
        "en": "--draws: choose 100 to 100,000 (got {value})",
    },
    "proposal.cli.date": {
        "nl": "--date: schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-01 (nu {value})",
        "en": "--date: write the date as YYYY-MM-DD, for example 2026-12-01 (got {value})",
    },
    # -- proposal: errors ----------------------------------------------------------------------------------
    "proposal.error.count": {"nl": "geef één tot drie opties (nu {n})", "en": "give one to three options (got {n})"},
    "proposal.error.gemeenten": {
        "nl": "alle opties moeten over dezelfde gemeente gaan (nu: {names})",
        "en": "all options must be about the same municipality (got: {names})",
    },
    "proposal.error.recommended": {
        "nl": "voorgestelde optie: kies {allowed} (nu {got})",
        "en": "proposed option: choose {allowed} (got {got})",
    },
    "proposal.error.decision": {"nl": "het gevraagde besluit is leeg", "en": "the decision requested is empty"},
    # -- the assumptions (budgetsim.assumptions.REGISTRY): label and basis of each, by its key --------
    "param.print.delivery_share.label": {
        "nl": "Deel van de woningen dat de krant krijgt",
        "en": "Share of dwellings that receive the paper",
    },
    "param.print.delivery_share.basis": {
        "nl": "Deel van de woningen dat de krant krijgt. Op ongeveer 23 % van de brievenbussen zit een NEE/NEE-"
        "sticker, in Amsterdam op ongeveer de helft (Spotta, 2018). Utrecht laat huis-aan-huisbladen alleen "
        "bezorgen bij een JA-sticker. Op het platteland stopt de bezorging soms.",
        "en": "Share of dwellings that receive the paper. About 23 % of letterboxes carry a NEE/NEE sticker, about "
        "half in Amsterdam (Spotta, 2018). Utrecht keeps free weeklies out of letterboxes without a JA sticker, "
        "and rural delivery is being dropped in places.",
    },
    "param.print.price_per_1000_copies_eur.label": {
        "nl": "Prijs per 1.000 kranten (€)",
        "en": "Price per 1,000 copies (€)",
    },
    "param.print.price_per_1000_copies_eur.basis": {
        "nl": "Prijs van één gemeentepagina per 1.000 kranten. Gemeenten betalen €60 tot €260 per pagina voor een "
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
        "de vier lezers van de krant. Bereik: de standaardwaarde min of plus 40 %.",
        "en": "Chance that a resident of a receiving dwelling sees the municipal page in one issue. NOM Regio Monitor "
        "2018: a huis-aan-huisblad reaches 53 % of the Dutch aged 13+ per issue (62 % in 2016; NMO 2024: almost "
        "half); by age (NOM 2016) about 30 % of 13–19, 48 % of 25–34 and over 80 % of 65+. Municipal panels: "
        "Sliedrecht (2019) 50 % read the page every week and 27 % sometimes, Papendrecht 37 % and 36 %, "
        "Krimpenerwaard (2022) 29 % every week plus 28 % scanning the headlines; under-35s read least "
        "everywhere. Panels over-represent engaged residents, so the defaults sit below them: per issue about 36"
        " % of residents 15+ see the page, about three in four weekly paper readers. Range: the default ±40 %.",
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
        "op één plaats kosten minder dan campagnes voor verkoop, dus blijft 8 de standaard, met een bereik tot "
        "15.",
        "en": "Euros per 1,000 ad impressions in the Netherlands; about 30 % higher in Q4. A vendor panel of all Dutch"
        " Meta advertisers reports a median near 11 (Nov 2024–Oct 2025, currency not stated, all objectives): "
        "reach campaigns aimed at a place cost less than conversion campaigns, so 8 stays, with the range up to "
        "15.",
    },
    "param.social.platform_share.label": {
        "nl": "Deel dat Facebook of Instagram gebruikt",
        "en": "Share using Facebook or Instagram",
    },
    "param.social.platform_share.basis": {
        "nl": "Deel van de inwoners dat Facebook of Instagram gebruikt. Newcom 2024–2025: Facebook ongeveer 10 "
        "miljoen, Instagram ongeveer 8 miljoen gebruikers van 15 jaar en ouder. Bereik: de standaardwaarde min "
        "of plus 15 %.",
        "en": "Residents who use Facebook or Instagram. Newcom 2024–2025: Facebook about 10 million, Instagram about 8"
        " million users aged 15+. Range: the default ±15 %.",
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
    # -- store ---------------------------------------------------------------------------------------
    "store.unavailable": {
        "nl": "De opslag is nu niet bereikbaar. Uw plan blijft open in dit venster; probeer het zo opnieuw.",
        "en": "The storage cannot be reached right now. Your plan stays open in this window; please try again shortly.",
    },
    "store.not_found": {
        "nl": "Er is geen opgeslagen scenario met de naam ‘{name}’.",
        "en": "There is no stored scenario named ‘{name}’.",
    },
    "store.version_not_found": {
        "nl": "Scenario ‘{name}’ heeft geen versie {version}.",
        "en": "Scenario ‘{name}’ has no version {version}.",
    },
    "store.id_not_found": {
        "nl": "Er is geen opgeslagen scenario met nummer {id}.",
        "en": "There is no stored scenario with number {id}.",
    },
    "store.corrupt": {
        "nl": "Versie {version} van ‘{name}’ is beschadigd en kan niet worden geopend ({where}: {problem}).",
        "en": "Version {version} of ‘{name}’ is damaged and cannot be opened ({where}: {problem}).",
    },
    "store.corrupt_draft": {
        "nl": "Het bewaarde concept is beschadigd en kan niet worden geopend ({where}: {problem}).",
        "en": "The kept draft is damaged and cannot be opened ({where}: {problem}).",
    },
    "store.name.empty": {"nl": "Geef het scenario een naam.", "en": "Give the scenario a name."},
    "store.name.too_long": {
        "nl": "Een naam heeft ten hoogste {most:int} tekens (deze heeft er {length:int}).",
        "en": "A name has at most {most:int} characters (this one has {length:int}).",
    },
    "store.start.no_login": {
        "nl": "budgetsim start niet: met een gedeelde database ({variable}) is inloggen nodig "
        "(stel [auth] in .streamlit/secrets.toml in).",
        "en": "budgetsim does not start: a shared database ({variable}) needs a login "
        "(set [auth] in .streamlit/secrets.toml).",
    },
    "store.start.no_org_claim": {
        "nl": "budgetsim start niet: met inloggen moet {variable} zeggen welke claim de organisatie noemt.",
        "en": "budgetsim does not start: with a login, {variable} must name the claim that names the organisation.",
    },
    "store.login.no_org": {
        "nl": "U bent ingelogd, maar uw account noemt geen organisatie (claim ‘{claim}’). Vraag de beheerder "
        "om toegang.",
        "en": "You are logged in, but your account names no organisation (claim ‘{claim}’). Ask the administrator "
        "for access.",
    },
    "store.login.several_orgs": {
        "nl": "Uw account noemt {count:int} organisaties (claim ‘{claim}’); budgetsim werkt voor één. Vraag de "
        "beheerder om één organisatie.",
        "en": "Your account names {count:int} organisations (claim ‘{claim}’); budgetsim works for one. Ask the "
        "administrator for one organisation.",
    },
    "store.login.no_subject": {
        "nl": "De inlog gaf geen vaste gebruikerscode (claim ‘sub’); budgetsim kan u niet herkennen.",
        "en": "The login gave no stable user id (claim ‘sub’); budgetsim cannot recognise you.",
    },
    "store.cli.stored": {
        "nl": "Opgeslagen: ‘{name}’, versie {version} (organisatie {org})",
        "en": "Stored: ‘{name}’, version {version} (organisation {org})",
    },
    "store.cli.written": {
        "nl": "Geschreven: {path} (‘{name}’, versie {version})",
        "en": "Written: {path} (‘{name}’, version {version})",
    },
    "store.cli.none": {
        "nl": "Organisatie {org} heeft nog geen opgeslagen scenario's.",
        "en": "Organisation {org} has no stored scenarios yet.",
    },
    "store.cli.col.name": {"nl": "naam", "en": "name"},
    "store.cli.col.version": {"nl": "versie", "en": "version"},
    "store.cli.col.saved_at": {"nl": "opgeslagen", "en": "saved"},
    "store.cli.col.saved_by": {"nl": "door", "en": "by"},
    "store.cli.unavailable": {
        "nl": "de opslag is niet bereikbaar: {reason}",
        "en": "the storage cannot be reached: {reason}",
    },
    "store.cli.bad_org": {
        "nl": "--org: geef een organisatie van 1 tot {most:int} tekens",
        "en": "--org: give an organisation of 1 to {most:int} characters",
    },
}


#: Texts that depend on a count: ``key -> {lang: {CLDR plural form: text}}``; ``{count}`` is the
#: count written as a whole number. Every language has "other"; Dutch and English also "one".
PLURALS: dict[str, dict[str, dict[str, str]]] = {
    "count.pages": {
        "nl": {"one": "{count} pagina", "other": "{count} pagina's"},
        "en": {"one": "{count} page", "other": "{count} pages"},
    },
    "count.areas": {
        "nl": {"one": "{count} gebied", "other": "{count} gebieden"},
        "en": {"one": "{count} area", "other": "{count} areas"},
    },
    "count.wijken": {
        "nl": {"one": "{count} wijk", "other": "{count} wijken"},
        "en": {"one": "{count} district", "other": "{count} districts"},
    },
    "count.residents": {
        "nl": {"one": "{count} inwoner", "other": "{count} inwoners"},
        "en": {"one": "{count} resident", "other": "{count} residents"},
    },
    "problem.more": {
        "nl": {
            "one": "en nog {count} probleem van dezelfde soort",
            "other": "en nog {count} problemen van dezelfde soort",
        },
        "en": {
            "one": "and {count} more problem of the same kind",
            "other": "and {count} more problems of the same kind",
        },
    },
}

#: How a placeholder's value is written, by its format spec: ``{total:eur}``.
SPECS = {
    "eur": lambda x, lang: fmt_eur(x, lang),
    "eur2": lambda x, lang: fmt_eur(x, lang, 2),
    "int": lambda x, lang: fmt_int(x, lang),
    "num": fmt_exact,  # every digit that matters, as typed: "0,35", "10.000.000"
    "num1": lambda x, lang: fmt_num(x, lang, 1),
    "pct": lambda x, lang: fmt_pct(x, lang, 1),
    "pct0": lambda x, lang: fmt_pct(x, lang, 0),
}


class _Formatter(string.Formatter):
    """``str.format`` that knows the :data:`SPECS` and renders :class:`Message` parameters."""

    def __init__(self, lang: str):
        self.lang = lang

    def format_field(self, value, format_spec: str) -> str:
        if isinstance(value, Message):
            value = render(value, self.lang)
        writer = SPECS.get(format_spec)
        if writer is not None:
            return writer(value, self.lang)
        return format(value, format_spec)


@cache
def _needs_formatter(text: str) -> bool:
    """Whether ``text`` has a placeholder with one of the :data:`SPECS`."""
    return any(spec in SPECS for _, name, spec, _ in string.Formatter().parse(text) if name is not None)


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"lang: must be one of {', '.join(LANGS)} (got {lang!r})")


@cache
def _plural_rule(lang: str):
    return Locale.parse(LOCALES[lang]).plural_form


def plural_form(count, lang: str) -> str:
    """The CLDR plural form (``"one"``, ``"other"`` ...) of ``count`` in ``lang``, by Babel's rules."""
    _check_lang(lang)
    return _plural_rule(lang)(abs(count))


def t(key: str, lang: str, count=None, **fmt) -> str:
    """The text of ``key`` in ``lang`` ("nl" or "en"), with ``{placeholders}`` filled from ``fmt``.

    A key of :data:`PLURALS` needs ``count``: it picks the plural form by the language's rules and
    fills ``{count}`` with the count written in the language (``"1.200 wijken"``). Placeholders
    with a spec (``{total:eur}``) are written as :data:`SPECS` says; :class:`Message` values are
    rendered in ``lang``.
    """
    _check_lang(lang)
    entry = STRINGS.get(key)
    if entry is not None:
        text = entry.get(lang) or entry["nl"]
    elif key in PLURALS:
        if count is None:
            raise TypeError(f"i18n: the text {key!r} depends on a count; give count=")
        forms = PLURALS[key][lang]
        text = forms.get(plural_form(count, lang)) or forms["other"]
    else:
        raise KeyError(f"i18n: no text for key {key!r}")
    if count is not None:
        fmt["count"] = fmt_int(count, lang) if float(count).is_integer() else fmt_exact(count, lang)
    if not fmt:
        return text
    if _needs_formatter(text) or any(isinstance(v, Message) for v in fmt.values()):
        return _Formatter(lang).format(text, **fmt)
    return text.format(**fmt)


def render(message: Message, lang: str = "en") -> str:
    """The text of a :class:`~budgetsim.problems.Message` in ``lang``: its key looked up with
    :func:`t` and filled with its parameters (a ``count`` parameter picks the plural form)."""
    _check_lang(lang)
    if message.texts is not None:  # transitional: a message written as Dutch and English texts
        return message.texts.get(lang) or message.texts["nl"]
    return t(message.key, lang, **message.params)


problems.use_renderer(render, fmt_exact)  # Messages, Problems and errors render through this catalogue


def band_label(band: str, lang: str) -> str:
    """``"15-24"`` -> ``"15–24 jaar"`` / ``"15–24 years"``; unknown bands come back as given."""
    key = f"band.{band}"
    return t(key, lang) if key in STRINGS else band
