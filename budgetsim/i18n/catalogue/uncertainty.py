"""How sure the figures are: the switch, the "Hoe zeker?" tab, the ranges in a document."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- The uncertainty switch and the How sure? tab ----------------------------------------------
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
    # -- The uncertainty in a downloaded document --------------------------------------------------
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
}
