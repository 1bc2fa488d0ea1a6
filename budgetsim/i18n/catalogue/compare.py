"""The "Vergelijken" tab: scenarios side by side."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "app.compare.current": {"nl": "Huidige instellingen meenemen", "en": "Include the current settings"},
    "app.compare.current_name": {"nl": "Huidige instellingen", "en": "Current settings"},
    "app.compare.upload": {"nl": "Scenariobestanden (.json)", "en": "Scenario files (.json)"},
    "app.compare.pick": {"nl": "Of kies opgeslagen scenario's", "en": "Or pick saved scenarios"},
    "app.compare.kept": {"nl": "Nog geopend: {names}.", "en": "Still open: {names}."},
    "app.compare.close": {"nl": "Geopende bestanden sluiten", "en": "Close the opened files"},
    "app.compare.nu_choose": {
        "nl": "Kies welk ‘Nu’ telt: elke ‘meer dan nu’ wordt daartegen berekend.",
        "en": "Choose which ‘Now’ counts: every ‘more than now’ is computed against it.",
    },
    "app.compare.nu_option": {"nl": "Nu van optie {letter} ({name})", "en": "Now of option {letter} ({name})"},
    "app.compare.nu_of": {"nl": "Nu (optie {letter})", "en": "Now (option {letter})"},
    "app.compare.assumptions_differ": {
        "nl": "Deze aannames verschillen tussen de opties: {names}.",
        "en": "These assumptions differ between the options: {names}.",
    },
    "app.compare.more": {"nl": "Meer bereikt dan Nu", "en": "Reached more than Now"},
    "app.compare.no_nu": {
        "nl": "Er staat geen kolom **Nu** in de tabel: de opties gaan over verschillende gemeenten ({places}), "
        "en elke gemeente heeft haar eigen Nu.",
        "en": "The table has no **Now** column: the options are about different municipalities ({places}), "
        "and each municipality has its own Now.",
    },
    "app.compare.not_in_target.one": {
        "nl": "{name}: de groep {bands} hoort niet bij de doelgroep van deze optie ({target}); daarom staat daar –.",
        "en": "{name}: the group {bands} is not in this option's target group ({target}); that is why it shows –.",
    },
    "app.compare.not_in_target.many": {
        "nl": "{name}: de groepen {bands} horen niet bij de doelgroep van deze optie ({target}); daarom staat daar –.",
        "en": "{name}: the groups {bands} are not in this option's target group ({target}); that is why they show –.",
    },
}
