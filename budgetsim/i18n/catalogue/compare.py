"""The "Vergelijken" tab: scenarios side by side."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "app.compare.current": {"nl": "Huidige instellingen meenemen", "en": "Include the current settings"},
    "app.compare.current_name": {"nl": "Huidige instellingen", "en": "Current settings"},
    "app.compare.upload": {"nl": "Scenariobestanden (.json)", "en": "Scenario files (.json)"},
    "app.compare.pick": {"nl": "Of kies opgeslagen scenario's", "en": "Or pick saved scenarios"},
    "app.compare.kept": {"nl": "Nog geopend: {names}.", "en": "Still open: {names}."},
    "app.compare.close": {"nl": "Geopende bestanden sluiten", "en": "Close the opened files"},
}
