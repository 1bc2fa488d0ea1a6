"""Every text the app, the charts and the exports show, in Dutch and English, in one place.

``STRINGS`` is a flat dict ``key -> {"nl": ..., "en": ...}``; keys are grouped by screen area
(``common.``, ``channel.``, ``band.``, ``fig.``, ``chart.<name>.``, ``csv.``, ``pdf.`` ...).
:func:`t` looks a key up and fills ``{placeholders}``.

Dutch is written at B1 level: short sentences, everyday words ("inwoners bereikt", "krant" for
the municipal page in the free local weekly, "social media advertenties"), no marketing jargon.
"""

from __future__ import annotations

LANGS: tuple[str, ...] = ("nl", "en")

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
        "en": "Source: CBS (Statistics Netherlands), Kerncijfers wijken en buurten 2024; "
              "budgetsim assumptions",
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
    # -- dates ----------------------------------------------------------------------------
    "month.1": {"nl": "januari", "en": "January"},
    "month.2": {"nl": "februari", "en": "February"},
    "month.3": {"nl": "maart", "en": "March"},
    "month.4": {"nl": "april", "en": "April"},
    "month.5": {"nl": "mei", "en": "May"},
    "month.6": {"nl": "juni", "en": "June"},
    "month.7": {"nl": "juli", "en": "July"},
    "month.8": {"nl": "augustus", "en": "August"},
    "month.9": {"nl": "september", "en": "September"},
    "month.10": {"nl": "oktober", "en": "October"},
    "month.11": {"nl": "november", "en": "November"},
    "month.12": {"nl": "december", "en": "December"},
}


def t(key: str, lang: str, **fmt) -> str:
    """The text of ``key`` in ``lang`` ("nl" or "en"), with ``{placeholders}`` filled from ``fmt``."""
    if lang not in LANGS:
        raise ValueError(f"lang: must be one of {', '.join(LANGS)} (got {lang!r})")
    try:
        entry = STRINGS[key]
    except KeyError:
        raise KeyError(f"i18n: no text for key {key!r}") from None
    text = entry.get(lang) or entry["nl"]
    return text.format(**fmt) if fmt else text


def band_label(band: str, lang: str) -> str:
    """``"15-24"`` -> ``"15–24 jaar"`` / ``"15–24 years"``; unknown bands come back as given."""
    key = f"band.{band}"
    return t(key, lang) if key in STRINGS else band


def fmt_date(day, lang: str) -> str:
    """A date written out: ``"26 november 2025"`` (nl), ``"26 November 2025"`` (en)."""
    return f"{day.day} {t(f'month.{day.month}', lang)} {day.year}"
