"""The catalogue: every text of budgetsim in Dutch and English, one module per screen area.

Each area module has ``STRINGS`` (``key -> {"nl": ..., "en": ...}``) and may have ``PLURALS``
(``key -> {lang: {CLDR plural form: text}}``). This module merges them into one :data:`STRINGS` and
one :data:`PLURALS`; a key defined in two areas (or as a text and as a plural) is an error on
import, so no area can silently replace another's text. Within one module a repeated key is a
literal dict key given twice, which ruff reports (F601).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import ModuleType
from typing import TypeVar

from . import (
    area_table,
    assumptions,
    budgets,
    calibration,
    campaigns,
    charts,
    command_line,
    common,
    compare,
    key_figures,
    optimiser,
    own_figures,
    page,
    plan_figures,
    proposal,
    save_share,
    scenario_file,
    store,
    uncertainty,
    who_where,
)

#: The screen areas, in the order of the page.
AREAS: tuple[ModuleType, ...] = (
    common,
    page,
    budgets,
    key_figures,
    plan_figures,
    who_where,
    assumptions,
    own_figures,
    uncertainty,
    compare,
    save_share,
    proposal,
    command_line,
    charts,
    calibration,
    area_table,
    optimiser,
    scenario_file,
    store,
    campaigns,
)

Text = TypeVar("Text")


def merged(parts: Iterable[tuple[str, Mapping[str, Text]]]) -> dict[str, Text]:
    """One dict of the named ``parts``' entries; a key in two parts raises ``ValueError`` naming both."""
    out: dict[str, Text] = {}
    owner: dict[str, str] = {}
    for name, part in parts:
        twice = sorted(out.keys() & part.keys())
        if twice:
            raise ValueError(f"i18n: {', '.join(f'{k!r} ({owner[k]}, {name})' for k in twice)} defined twice")
        out.update(part)
        owner.update(dict.fromkeys(part, name))
    return out


def _area_name(area: ModuleType) -> str:
    return area.__name__.rsplit(".", 1)[-1]


STRINGS: dict[str, dict[str, str]] = merged((_area_name(a), a.STRINGS) for a in AREAS)
PLURALS: dict[str, dict[str, dict[str, str]]] = merged((_area_name(a), getattr(a, "PLURALS", {})) for a in AREAS)
_TEXTS_AND_PLURALS: list[tuple[str, Mapping[str, object]]] = [("STRINGS", STRINGS), ("PLURALS", PLURALS)]
merged(_TEXTS_AND_PLURALS)  # a key is a text or a plural, never both
