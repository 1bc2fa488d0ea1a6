"""Honest figures: pages per issue, money that cannot be spent, options' Nu compared, split gains"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "param.print.issues_per_year.label": {"nl": "Nummers van de krant per jaar", "en": "Issues of the paper per year"},
    "param.print.issues_per_year.basis": {
        "nl": "Hoe vaak de krant per jaar verschijnt: 52 voor een weekblad. Meer dan één gemeentepagina per nummer "
        "telt niet: een tweede pagina in hetzelfde nummer ziet dezelfde lezers die week.",
        "en": "How often the paper appears per year: 52 for a weekly. More than one municipal page per issue does "
        "not count: a second page in the same issue meets the same readers that week.",
    },
    "figures.print_above_cap": {
        "nl": "{amount:eur} van het krantbudget koopt niets: de krant heeft {issues:int} nummers per jaar en meer "
        "dan één pagina per nummer telt niet (een pagina in elk nummer kost {cap:eur}).",
        "en": "{amount:eur} of the paper's budget buys nothing: the paper has {issues:int} issues a year and more "
        "than one page per issue does not count (a page in every issue costs {cap:eur}).",
    },
    "figures.current_above_cap": {
        "nl": "{amount:eur} van de krant in ‘Nu’ koopt niets: de krant heeft {issues:int} nummers per jaar en meer "
        "dan één pagina per nummer telt niet (een pagina in elk nummer kost {cap:eur}).",
        "en": "{amount:eur} of the paper in ‘Now’ buys nothing: the paper has {issues:int} issues a year and more "
        "than one page per issue does not count (a page in every issue costs {cap:eur}).",
    },
    "figures.social_unspendable": {
        "nl": "{amount:eur} voor social media kan niet worden besteed: geen advertentieset kan dit geld krijgen. "
        "Het bereik gaat zonder dit geld.",
        "en": "{amount:eur} for social media cannot be spent: no ad set can take this money. The reach is without it.",
    },
    "figures.unspent": {
        "nl": "{amount:eur} van het totaal kan nergens heen: de krant heeft al een pagina in elk nummer en social "
        "media kan niet meer nemen. Dit geld staat niet in het plan.",
        "en": "{amount:eur} of the total has nowhere to go: the paper already has a page in every issue and social "
        "media cannot take more. This money is not in the plan.",
    },
    "figures.split_gain": {
        "nl": "De beste verdeling bereikt {residents:int} inwoners meer ({points:num} procentpunt van de doelgroep).",
        "en": "The best split reaches {residents:int} more residents ({points:num} percentage points of the target "
        "group).",
    },
    "figures.split_already_best": {
        "nl": "De beste verdeling bereikt {residents:int} inwoners meer (minder dan 0,1 procentpunt): uw "
        "verdeling was al (bijna) de beste.",
        "en": "The best split reaches {residents:int} more residents (less than 0.1 percentage point): your "
        "split was already (almost) the best.",
    },
    "figures.assumptions_differ": {
        "nl": "Deze aannames verschillen tussen de opties: {names}.",
        "en": "These assumptions differ between the options: {names}.",
    },
    "figures.join2": {"nl": "{first} en {second}", "en": "{first} and {second}"},
    "figures.join3": {"nl": "{first}, {second} en {third}", "en": "{first}, {second} and {third}"},
    "figures.price.estimated": {"nl": "geschat", "en": "estimated"},
    "figures.price.contract": {"nl": "contractprijs", "en": "contract price"},
    "figures.nu.print_value": {
        "nl": "optie {option} {pages:num} pagina's voor {eur:eur}",
        "en": "option {option} {pages:num} pages for {eur:eur}",
    },
    "figures.nu.print_differs": {
        "nl": "‘Nu’ verschilt in de krant: {values}.",
        "en": "‘Now’ differs in the paper: {values}.",
    },
    "figures.nu.social_value": {"nl": "optie {option} {eur:eur}", "en": "option {option} {eur:eur}"},
    "figures.nu.social_differs": {
        "nl": "‘Nu’ verschilt in social media: {values}.",
        "en": "‘Now’ differs in social media: {values}.",
    },
    "figures.nu.price_value": {
        "nl": "optie {option} {eur:eur} ({kind})",
        "en": "option {option} {eur:eur} ({kind})",
    },
    "figures.nu.price_differs": {
        "nl": "De prijs per pagina verschilt: {values}.",
        "en": "The price per page differs: {values}.",
    },
    "figures.nu.kind_value": {"nl": "optie {option} {kind}", "en": "option {option} {kind}"},
    "figures.nu.price_kind_differs": {
        "nl": "De prijs per pagina is dezelfde, maar niet even zeker: {values}.",
        "en": "The price per page is the same, but not equally certain: {values}.",
    },
}
