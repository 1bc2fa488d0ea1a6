"""The bundled CBS data: Kerncijfers wijken en buurten 2024 (table 85984NED). Bron: CBS."""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from .areas import LEVELS, Areas
from .bands import BANDS, NATIONAL_AGE_SHARES

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


#: Age-count columns of the bundled tables, in the order of :data:`budgetsim.bands.BANDS`.
AGE_COLUMNS: tuple[str, ...] = ("age_0_14", "age_15_24", "age_25_44", "age_45_64", "age_65_plus")


def _read_csv(filename: str) -> list[dict[str, str]]:
    import csv

    with open(data_path(filename), encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _numbers(rows, key: str) -> np.ndarray:
    return np.array([float(r[key] or 0) for r in rows])


def _age_counts(rows) -> np.ndarray:
    """Age counts (rows, 5); NaN rows where CBS gives none (or only zeros)."""
    counts = np.array([[float(r[k]) if r[k] != "" else np.nan for k in AGE_COLUMNS] for r in rows])
    counts[~(np.nansum(counts, axis=1) > 0)] = np.nan
    return counts


@lru_cache(maxsize=1)
def _wijken_columns() -> dict[str, np.ndarray]:
    """The bundled wijk table as columns, with each wijk's age shares and their source.

    Shares follow MODEL.md's chain: the wijk's own counts, else its gemeente's (the sum over its
    wijken), else the national shares (never needed for the bundled data).
    """
    rows = _read_csv("cbs_kwb_2024_wijken.csv")
    gemeente = np.array([r["gemeente_code"] for r in rows])
    counts = _age_counts(rows)
    own = ~np.isnan(counts[:, 0])
    codes, group = np.unique(gemeente, return_inverse=True)
    by_gemeente = np.zeros((len(codes), len(AGE_COLUMNS)))
    np.add.at(by_gemeente, group[own], counts[own])
    national = np.array([NATIONAL_AGE_SHARES[b] for b in BANDS])
    totals = by_gemeente.sum(axis=1, keepdims=True)
    gemeente_shares = np.where(totals > 0, by_gemeente / np.where(totals > 0, totals, 1.0), national)
    shares = np.where(
        own[:, None], counts / np.nansum(counts, axis=1, keepdims=True).clip(1e-300), gemeente_shares[group]
    )
    source = np.where(own, "own", np.where(totals[group, 0] > 0, "gemeente", "national"))
    return {
        "gemeente_code": gemeente,
        "wijk_code": np.array([r["wijk_code"] for r in rows]),
        "wijk_name": np.array([r["wijk_name"] for r in rows]),
        "residents": _numbers(rows, "residents"),
        "dwellings": _numbers(rows, "dwellings"),
        "land_area_ha": _numbers(rows, "land_area_ha"),
        "age_counts": counts,
        "age_shares": shares,
        "age_source": source,
    }


@lru_cache(maxsize=1)
def _buurten_columns() -> dict[str, np.ndarray]:
    """The bundled buurt table as columns; a buurt without age counts takes its wijk's shares."""
    rows = _read_csv("cbs_kwb_2024_buurten.csv")
    wijk_cols = _wijken_columns()
    wijk_row = {code: i for i, code in enumerate(wijk_cols["wijk_code"])}
    wijk_of = np.array([r["wijk_code"] for r in rows])
    parent = np.array([wijk_row[w] for w in wijk_of])
    counts = _age_counts(rows)
    own = ~np.isnan(counts[:, 0])
    shares = np.where(
        own[:, None], counts / np.nansum(counts, axis=1, keepdims=True).clip(1e-300), wijk_cols["age_shares"][parent]
    )
    parent_source = wijk_cols["age_source"][parent]
    source = np.where(own, "own", np.where(parent_source == "own", "wijk", parent_source))
    return {
        "gemeente_code": np.array([r["gemeente_code"] for r in rows]),
        "wijk_code": wijk_of,
        "buurt_code": np.array([r["buurt_code"] for r in rows]),
        "buurt_name": np.array([r["buurt_name"] for r in rows]),
        "residents": _numbers(rows, "residents"),
        "households": _numbers(rows, "households"),
        "land_area_ha": _numbers(rows, "land_area_ha"),
        "urbanity": np.array([int(r["urbanity"]) if r["urbanity"] else 0 for r in rows]),
        "postcode4": np.array([r["postcode4"] for r in rows]),
        "age_counts": counts,
        "age_shares": shares,
        "age_source": source,
    }


@lru_cache(maxsize=1)
def _buurt_wijk_rows() -> np.ndarray:
    """Row in the wijk table of each buurt's wijk."""
    wijk_row = {code: i for i, code in enumerate(_wijken_columns()["wijk_code"])}
    return np.array([wijk_row[w] for w in _buurten_columns()["wijk_code"]], dtype=int)


@lru_cache(maxsize=1)
def _rows_by(table: str) -> dict[str, np.ndarray]:
    """Row numbers of each gemeente (``table`` is ``"wijk"`` or ``"buurt"``) and of each wijk (buurt table)."""
    cols = _wijken_columns() if table == "wijk" else _buurten_columns()
    out: dict[str, list[int]] = {}
    keys = [cols["gemeente_code"]] + ([cols["wijk_code"]] if table == "buurt" else [])
    for column in keys:
        for i, code in enumerate(column):
            out.setdefault(str(code), []).append(i)
    return {code: np.array(rows, dtype=int) for code, rows in out.items()}


@lru_cache(maxsize=1)
def _wijk_postcodes() -> dict[str, tuple[str, ...]]:
    """The 4-digit postcodes of each wijk's buurten (sorted, without repeats)."""
    b = _buurten_columns()
    found: dict[str, set[str]] = {}
    for wijk, pc in zip(b["wijk_code"], b["postcode4"]):
        if pc:
            found.setdefault(str(wijk), set()).add(str(pc))
    return {wijk: tuple(sorted(pcs)) for wijk, pcs in found.items()}


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


def _known(gemeente_code: str) -> Gemeente:
    g = gemeente_by_code(gemeente_code)
    if g is None:
        raise ValueError(f"gemeente: {gemeente_code!r} is not a CBS gemeente code in the 2024 data")
    return g


def _wijk_areas(rows: np.ndarray, **extra) -> Areas:
    cols = _wijken_columns()
    postcodes = _wijk_postcodes()
    return Areas.from_columns(
        cols["wijk_code"][rows],
        cols["wijk_name"][rows],
        cols["residents"][rows],
        cols["dwellings"][rows],
        cols["age_shares"][rows],
        age_source=cols["age_source"][rows],
        postcodes=[postcodes.get(str(code), ()) for code in cols["wijk_code"][rows]],
        level="wijk",
        **extra,
    )


def _buurt_areas(rows: np.ndarray, **extra) -> Areas:
    cols = _buurten_columns()
    return Areas.from_columns(
        cols["buurt_code"][rows],
        cols["buurt_name"][rows],
        cols["residents"][rows],
        cols["households"][rows],
        cols["age_shares"][rows],
        age_source=cols["age_source"][rows],
        postcodes=[(str(pc),) if pc else () for pc in cols["postcode4"][rows]],
        wijk_codes=cols["wijk_code"][rows],
        wijk_names=_wijken_columns()["wijk_name"][_buurt_wijk_rows()[rows]],
        level="buurt",
        **extra,
    )


@lru_cache(maxsize=512)
def wijken(gemeente_code: str) -> Areas:
    """The wijken of one gemeente as :class:`Areas`, each with its own CBS age shares.

    A wijk without age counts (CBS suppresses them for tiny wijken) takes its gemeente's shares
    (``age_source`` says which). ``postcodes`` lists the postcodes of each wijk's buurten.
    """
    g = _known(gemeente_code)
    return _wijk_areas(
        _rows_by("wijk").get(g.code, np.array([], dtype=int)), gemeente_code=g.code, gemeente_name=g.name
    )


@lru_cache(maxsize=512)
def buurten(gemeente_code: str) -> Areas:
    """The buurten of one gemeente as :class:`Areas`, each with its own CBS age shares.

    ``dwellings`` are the buurt's households (CBS has no dwellings per buurt); the paper's copies
    come from the wijk table (``print_dwellings``): print is bought for the whole gemeente. A buurt
    without age counts takes its wijk's shares. ``wijk_codes`` and ``postcodes`` (the buurt's most
    common 4-digit postcode) are filled in.
    """
    g = _known(gemeente_code)
    wijk_rows = _rows_by("wijk").get(g.code, np.array([], dtype=int))
    return _buurt_areas(
        _rows_by("buurt").get(g.code, np.array([], dtype=int)),
        gemeente_code=g.code,
        gemeente_name=g.name,
        print_dwellings=float(_wijken_columns()["dwellings"][wijk_rows].sum()),
    )


def gemeente_areas(gemeente_code: str, level: str = "wijk") -> Areas:
    """The areas of one gemeente at ``level`` ``"wijk"`` (default) or ``"buurt"`` (cached)."""
    if level == "wijk":
        return wijken(gemeente_code)
    if level == "buurt":
        return buurten(gemeente_code)
    raise ValueError(f"level: must be one of {', '.join(LEVELS)} (got {level!r})")


@lru_cache(maxsize=1)
def all_wijken() -> Areas:
    """All 3,393 wijken of the Netherlands as one region (for benchmarks and national views)."""
    cols = _wijken_columns()
    return _wijk_areas(
        np.arange(len(cols["wijk_code"])), gemeente_codes=cols["gemeente_code"], gemeente_name="Nederland"
    )


@lru_cache(maxsize=1)
def all_buurten() -> Areas:
    """All 14,574 buurten of the Netherlands as one region (for benchmarks).

    Print copies: the dwellings of every wijk (the paper is printed per gemeente).
    """
    cols = _buurten_columns()
    return _buurt_areas(
        np.arange(len(cols["buurt_code"])),
        gemeente_codes=cols["gemeente_code"],
        gemeente_name="Nederland",
        print_dwellings=float(_wijken_columns()["dwellings"].sum()),
    )


def topojson_path() -> Path:
    """The CBS/PDOK wijk boundaries of 2024 (TopoJSON object ``wijk_2024``)."""
    return data_path("cbs_wijken_2024.topojson")
