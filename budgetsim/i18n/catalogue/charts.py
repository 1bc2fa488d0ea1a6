"""The charts: titles, axes, legends, tooltips, and the text alternative a screen reader reads."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- Reach against budget ----------------------------------------------------------------------
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
    "chart.saturation.band": {
        "nl": "Band: P10–P90 van de onzekere aannames",
        "en": "Band: P10–P90 of the uncertain assumptions",
    },
    "chart.saturation.band_tooltip": {"nl": "P10–P90", "en": "P10–P90"},
    "chart.saturation.plan_total": {"nl": "Plan", "en": "Plan"},
    # -- Reach per age band ------------------------------------------------------------------------
    "chart.age.title": {"nl": "Bereik per leeftijdsgroep", "en": "Reach by age group"},
    "chart.age.x": {"nl": "Leeftijd", "en": "Age"},
    "chart.age.y": {"nl": "Deel van de inwoners bereikt", "en": "Share of residents reached"},
    "chart.age.print": {"nl": "Krant", "en": "Local paper"},
    "chart.age.social": {"nl": "Social media", "en": "Social media"},
    "chart.age.either": {"nl": "Krant of social media", "en": "Paper or social media"},
    "chart.age.tooltip_reached": {"nl": "Inwoners bereikt", "en": "Residents reached"},
    "chart.age.tooltip_population": {"nl": "Inwoners in de groep", "en": "Residents in the group"},
    # -- The map -----------------------------------------------------------------------------------
    "chart.map.title": {"nl": "{metric} per wijk", "en": "{metric} by district"},
    "chart.map.no_value": {"nl": "geen gegevens", "en": "no data"},
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
    "chart.map.same": {"nl": "Overal hetzelfde: {value}", "en": "The same everywhere: {value}"},
    "chart.map.about_same": {"nl": "Overal ongeveer hetzelfde: {value}", "en": "About the same everywhere: {value}"},
    "chart.map.range": {"nl": "{lo} tot {hi}", "en": "{lo} to {hi}"},
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
    # -- Scenarios compared ------------------------------------------------------------------------
    "chart.comparison.title": {"nl": "Scenario's vergeleken", "en": "Scenarios compared"},
    "chart.comparison.y": {"nl": "Deel van de doelgroep bereikt", "en": "Share of the target group reached"},
    "chart.comparison.total": {"nl": "Totaal", "en": "Total"},
    "chart.comparison.reach3": {"nl": "3 keer of vaker", "en": "3 times or more"},
    "chart.comparison.group": {"nl": "Groep", "en": "Group"},
    # -- Which assumption matters most -------------------------------------------------------------
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
    # -- Text alternatives (what a screen reader reads) --------------------------------------------
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
}
