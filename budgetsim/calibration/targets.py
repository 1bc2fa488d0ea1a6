"""Which areas and ages each export row targeted: the ``--targets`` file.

A small CSV (or XLSX) with the columns ``row_name,area_or_ad_set_codes`` and optionally ``bands``::

    row_name,area_or_ad_set_codes,bands
    Afval 2026 - Centrum,WK050501 WK050502,
    Afval 2026 - jongeren,GM0505,15-24
    *,GM0505,

``row_name`` is a campaign or ad set name as in the export (matched without regard to case or
accents; ``*`` is every row not named). Codes are separated by spaces (or ``|``, or commas in a
semicolon file): wijk or buurt codes, ad set ids, names of areas, or the gemeente code for the whole
gemeente. ``bands`` are budgetsim's age bands (``15-24``, ``15-44``, ``45+``); empty is all bands
15+. A row not in the file targeted the whole gemeente, all bands 15+.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..problems import InputError, Problem
from .messages import problem
from .tables import field_of, fold, read_table

HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "row_name",
        "row name",
        "row",
        "name",
        "rij",
        "naam",
        "campaign",
        "campagne",
        "ad set",
        "advertentieset",
        "campaign name",
        "campagnenaam",
        "ad set name",
    ),
    "codes": (
        "area_or_ad_set_codes",
        "area or ad set codes",
        "codes",
        "areas",
        "area_codes",
        "gebieden",
        "wijken",
        "buurten",
        "ad sets",
        "advertentiesets",
        "targeting",
    ),
    "bands": ("bands", "age bands", "leeftijdsgroepen", "leeftijden", "ages"),
}
EVERY_ROW = "*"


@dataclass(frozen=True)
class TargetEntry:
    """One line of the targets file: a row name (``*`` for the rest), codes and bands as written."""

    row: int
    name: str
    codes: tuple[str, ...]
    bands: str = ""
    column_codes: str = "area_or_ad_set_codes"
    column_bands: str = "bands"


@dataclass(frozen=True)
class TargetsFile:
    source: str
    entries: tuple[TargetEntry, ...]
    problems: tuple[Problem, ...] = ()


def split_codes(text: str) -> tuple[str, ...]:
    """Codes from ``"WK050501 WK050502"``, ``"WK050501|WK050502"`` or ``"WK050501, WK050502"``."""
    return tuple(part for part in re.split(r"[\s|,;+]+", text.strip()) if part)


def read_targets(source: bytes | str | Path, name: str | None = None) -> TargetsFile:
    """Read a targets file; an InputError only when it is not a targets file at all."""
    if name is None:
        name = Path(source).name if isinstance(source, (str, Path)) else "targets"
    table = read_table(source, lambda cells: sum(field_of(c, HEADERS) is not None for c in cells))
    columns: dict[str, int] = {}
    for i, header in enumerate(table.header):
        field_ = field_of(header, HEADERS)
        if field_ is not None and field_ not in columns:
            columns[field_] = i
    if "name" not in columns or "codes" not in columns:
        raise InputError(
            problem(
                "calibration.targets.not_targets", file=True, found=", ".join(h for h in table.header if h)[:300] or "–"
            )
        )
    problems: list[Problem] = []
    entries: list[TargetEntry] = []
    first: dict[str, int] = {}
    for number, cells in table.rows:

        def cell(field_, cells=cells):
            i = columns.get(field_)
            value = None if i is None or i >= len(cells) else cells[i]
            return "" if value is None else str(value).strip()

        row_name = cell("name") or EVERY_ROW
        codes = split_codes(cell("codes"))
        if not codes:
            problems.append(problem("calibration.targets.no_codes", number, table.header[columns["codes"]]))
            continue
        key = fold(row_name)
        if key in first:
            problems.append(
                problem(
                    "calibration.targets.duplicate",
                    number,
                    table.header[columns["name"]],
                    name=row_name,
                    first=first[key],
                )
            )
            continue
        first[key] = number
        entries.append(
            TargetEntry(
                number,
                row_name,
                codes,
                cell("bands"),
                table.header[columns["codes"]],
                table.header[columns["bands"]] if "bands" in columns else "bands",
            )
        )
    return TargetsFile(name, tuple(entries), tuple(problems))


def targets_from_choices(choices: Mapping[str, object], source: str = "app") -> TargetsFile:
    """Targets chosen in the app: ``{row name or "*": codes}`` or ``{name: (codes, bands)}``;
    codes as a list or a text (``"WK050501 WK050502"``), bands as a text (``"15-44"``) or a list."""
    entries = []
    for number, (name, choice) in enumerate(choices.items(), start=1):
        codes, bands = choice if isinstance(choice, tuple) else (choice, "")
        codes = split_codes(codes) if isinstance(codes, str) else tuple(codes)
        bands = bands if isinstance(bands, str) else ",".join(bands)
        entries.append(TargetEntry(number, name, codes, bands))
    return TargetsFile(source, tuple(entries))


def targets_template(row_names, gemeente_code: str) -> str:
    """A targets CSV to fill in: every row name of an export, with the whole gemeente as target."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["row_name", "area_or_ad_set_codes", "bands"])
    for name in dict.fromkeys(n for n in row_names if n):
        writer.writerow([name, gemeente_code, ""])
    return buffer.getvalue()
