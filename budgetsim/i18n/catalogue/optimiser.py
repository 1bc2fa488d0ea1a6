"""The optimiser (budgetsim.allocation): what cannot be met, and how to fix it."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
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
}
