"""The bundled CBS data: Kerncijfers wijken en buurten 2024 (table 85984NED). Bron: CBS."""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from .areas import Areas

SOURCE_NL = "Bron: CBS, Kerncijfers wijken en buurten 2024"
SOURCE_EN = "Source: CBS (Statistics Netherlands), Kerncijfers wijken en buurten 2024"
DEFAULT_GEMEENTE = "GM0505"  # Dordrecht


def data_path(filename: str) -> Path:
    """Path of a file shipped in ``budgetsim/data``."""
    return Path(str(resources.files("budgetsim") / "data" / filename))


@dataclass(frozen=True)
class Gemeente:
    code: str
    name: str
    residents: int
    dwellings: int
    land_area_ha: int
    wijken: int


class GemeenteNotFound(ValueError):
    """An unknown or ambiguous gemeente name; ``matches`` holds the closest gemeenten."""

    def __init__(self, query: str, matches: list[Gemeente], ambiguous: bool):
        self.query = query
        self.matches = matches
        self.ambiguous = ambiguous
        listed = ", ".join(f"{g.name} ({g.code})" for g in matches) or "none"
        kind = "matches more than one gemeente" if ambiguous else "is not a gemeente in the CBS 2024 data"
        super().__init__(f"gemeente {query!r} {kind}; closest: {listed}")


def _fold(text: str) -> str:
    """Lower case without accents, for matching names as users type them."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().strip()


@lru_cache(maxsize=1)
def _wijken_columns() -> dict[str, np.ndarray]:
    import csv

    with open(data_path("cbs_kwb_2024_wijken.csv"), encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {
        "gemeente_code": np.array([r["gemeente_code"] for r in rows]),
        "wijk_code": np.array([r["wijk_code"] for r in rows]),
        "wijk_name": np.array([r["wijk_name"] for r in rows]),
        "residents": np.array([float(r["residents"] or 0) for r in rows]),
        "dwellings": np.array([float(r["dwellings"] or 0) for r in rows]),
        "land_area_ha": np.array([float(r["land_area_ha"] or 0) for r in rows]),
    }


@lru_cache(maxsize=1)
def gemeenten() -> tuple[Gemeente, ...]:
    """All 342 gemeenten of the CBS 2024 data, sorted by name."""
    import csv

    with open(data_path("cbs_kwb_2024_gemeenten.csv"), encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    out = [
        Gemeente(
            code=r["gemeente_code"],
            name=r["gemeente_name"],
            residents=int(r["residents"]),
            dwellings=int(r["dwellings"]),
            land_area_ha=int(r["land_area_ha"]),
            wijken=int(r["wijken"]),
        )
        for r in rows
    ]
    return tuple(sorted(out, key=lambda g: _fold(g.name)))


def find_gemeenten(query: str) -> list[Gemeente]:
    """Gemeenten whose name contains ``query`` (case and accents ignored) or whose code is it."""
    q = _fold(query)
    if not q:
        return list(gemeenten())
    return [g for g in gemeenten() if q in _fold(g.name) or q == g.code.casefold()]


def closest_gemeenten(query: str, limit: int = 5) -> list[Gemeente]:
    """The gemeenten whose names look most like ``query``."""
    by_name = {_fold(g.name): g for g in gemeenten()}
    names = difflib.get_close_matches(_fold(query), list(by_name), n=limit, cutoff=0.5)
    return [by_name[n] for n in names]


def resolve_gemeente(name_or_code: str) -> Gemeente:
    """One gemeente from a CBS code (``GM0505``) or a name (``Dordrecht``, ``dordrecht``).

    A name that matches exactly wins; otherwise a unique substring match. Anything else raises
    :class:`GemeenteNotFound` listing the closest names, so the user can pick one.
    """
    text = str(name_or_code).strip()
    by_code = {g.code.casefold(): g for g in gemeenten()}
    if text.casefold() in by_code:
        return by_code[text.casefold()]
    exact = [g for g in gemeenten() if _fold(g.name) == _fold(text)]
    if len(exact) == 1:
        return exact[0]
    partial = find_gemeenten(text) if text else []
    if len(partial) == 1:
        return partial[0]
    if len(partial) > 1:
        raise GemeenteNotFound(text, partial[:8], ambiguous=True)
    raise GemeenteNotFound(text, closest_gemeenten(text), ambiguous=False)


def gemeente_by_code(code: str) -> Gemeente | None:
    """The gemeente with this CBS code, or None."""
    for g in gemeenten():
        if g.code == code:
            return g
    return None


@lru_cache(maxsize=512)
def wijken(gemeente_code: str) -> Areas:
    """The wijken of one gemeente as :class:`Areas` (national age shares: CBS has none per wijk here)."""
    g = gemeente_by_code(gemeente_code)
    if g is None:
        raise ValueError(f"gemeente: {gemeente_code!r} is not a CBS gemeente code in the 2024 data")
    cols = _wijken_columns()
    rows = cols["gemeente_code"] == gemeente_code
    return Areas.from_columns(
        cols["wijk_code"][rows],
        cols["wijk_name"][rows],
        cols["residents"][rows],
        cols["dwellings"][rows],
        gemeente_code=g.code,
        gemeente_name=g.name,
    )


@lru_cache(maxsize=1)
def all_wijken() -> Areas:
    """All 3,393 wijken of the Netherlands as one region (for benchmarks and national views)."""
    cols = _wijken_columns()
    return Areas.from_columns(
        cols["wijk_code"], cols["wijk_name"], cols["residents"], cols["dwellings"],
        gemeente_name="Nederland",
    )


def topojson_path() -> Path:
    """The CBS/PDOK wijk boundaries of 2024 (TopoJSON object ``wijk_2024``)."""
    return data_path("cbs_wijken_2024.topojson")
