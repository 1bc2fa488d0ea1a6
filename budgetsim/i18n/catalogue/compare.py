"""The "Vergelijken" tab: scenarios side by side."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
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
    "app.compare.kept": {"nl": "Nog geopend: {names}.", "en": "Still open: {names}."},
    "app.compare.close": {"nl": "Geopende bestanden sluiten", "en": "Close the opened files"},
}
