"""A user's own table of wijken or buurten, read from CSV into :class:`~budgetsim.areas.Areas`.

Two column layouts are understood (header names are matched without regard to case):

- the template ``code,name,residents,dwellings`` with optional age-band counts
  ``0-14,15-24,25-44,45-64,65+`` (all five or none), see :data:`TEMPLATE_CSV`;
- the keys of a CBS StatLine download ("Kerncijfers wijken en buurten"): ``Codering_3``,
  ``WijkenEnBuurten``, ``AantalInwoners_5``, ``Woningvoorraad_35`` and ``k_0Tot15Jaar_8`` …
  ``k_65JaarOfOuder_12`` (the number after the last underscore may differ per year).

The file is comma or semicolon separated, UTF-8 (with or without BOM). In semicolon files numbers
may be written the Dutch way (``1.234`` and ``12,5``). Every problem is reported at once, by line
and column, as an :class:`~budgetsim.problems.InputError`.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import numpy as np

from .areas import Areas
from .bands import BANDS, NATIONAL_AGE_SHARES
from .problems import InputError, Message, Problem

MAX_ROWS = 20_000
#: Limits of an area in a scenario file (SCENARIO.md), checked here so they are reported by line.
MAX_CODE_CHARS, MAX_NAME_CHARS, MAX_COUNT = 100, 200, 1e9
MAX_BYTES = 20_000_000
MAX_PROBLEMS = 200
#: Age counts may differ from residents by this share before it is reported ...
AGE_SUM_TOLERANCE = 0.05
#: ... and by this many residents (CBS rounds every count to a multiple of 5).
AGE_SUM_SLACK = 15

TEMPLATE_CSV = (
    "code,name,residents,dwellings,0-14,15-24,25-44,45-64,65+\n"
    "WK050501,Binnenstad,10390,5710,1200,1650,3480,2460,1600\n"
    "WK050502,Noordflank,8195,4017,1380,990,2150,2110,1565\n"
)

#: Accepted header names per field, after :func:`_normalise_header`.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "code": ("code", "codering", "wijkcode", "buurtcode", "regiocode"),
    "name": ("name", "naam", "wijkenenbuurten", "wijknaam", "buurtnaam", "wijk_name", "buurt_name", "regionaam"),
    "residents": ("residents", "inwoners", "aantalinwoners"),
    "dwellings": ("dwellings", "woningen", "woningvoorraad"),
    "0-14": ("0-14", "k_0tot15jaar"),
    "15-24": ("15-24", "k_15tot25jaar"),
    "25-44": ("25-44", "k_25tot45jaar"),
    "45-64": ("45-64", "k_45tot65jaar"),
    "65+": ("65+", "k_65jaarofouder"),
}
REQUIRED_FIELDS = ("code", "residents", "dwellings")
# What the user sees as allowed names for each field (template name, CBS key).
_SHOWN_NAMES = {
    "code": "code / Codering_3",
    "name": "name / WijkenEnBuurten",
    "residents": "residents / AantalInwoners_5",
    "dwellings": "dwellings / Woningvoorraad_35",
}

_PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?")
_DUTCH_THOUSANDS = re.compile(r"-?\d{1,3}(\.\d{3})+(,\d+)?")
_DUTCH_DECIMAL = re.compile(r"-?\d+(,\d+)?")


def _normalise_header(text: str) -> str:
    """``" AantalInwoners_5 "`` -> ``"aantalinwoners"``: case, spaces and the CBS key number go."""
    text = text.strip().strip('"').strip().lower().replace(" ", "")
    return re.sub(r"_\d+$", "", text)


def _where(line: int, column: str | None = None) -> Message:
    if column is None:
        return Message("where.line", line=line)
    return Message("where.line_column", line=line, column=column)


def _problem(line: int, column: str | None, key: str, **params) -> Problem:
    """A problem at a line (and column) of the table; its path is the English place."""
    return Problem.of(None, key, where=_where(line, column), **params)


def _file_problem(key: str, **params) -> Problem:
    return Problem.of(None, key, where=Message("where.file"), **params)


def _file_error(key: str, **params) -> InputError:
    return InputError(_file_problem(key, **params))


def _empty_file() -> InputError:
    return _file_error("areas_csv.empty")


def _decode(source: bytes | str | Path) -> str:
    """The text of the table; bytes and files must be UTF-8 (a BOM is fine)."""
    if isinstance(source, str) and "\n" not in source and source.lower().endswith((".csv", ".txt")):
        source = Path(source)
    if isinstance(source, Path):
        try:
            source = source.read_bytes()
        except OSError as exc:
            raise _file_error("areas_csv.unreadable", reason=str(exc.strerror or exc)) from None
    if isinstance(source, str):
        return source.lstrip("\ufeff")
    if len(source) > MAX_BYTES:
        raise _file_error("areas_csv.too_big", mb=MAX_BYTES // 1_000_000)
    if source.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _file_error("areas_csv.utf16")
    try:
        return source.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = source[: exc.start].count(b"\n") + 1
        raise _file_error("areas_csv.not_utf8", line=line) from None


def _sniff_delimiter(header_line: str) -> str:
    """Semicolon, tab or comma: whichever the header line uses most (comma on a tie)."""
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def _parse_number(text: str, dutch: bool) -> float | None:
    """A number written plainly, or (``dutch``) with a decimal comma and thousands dots."""
    text = text.strip().replace("\u00a0", "")
    if dutch:
        if _DUTCH_THOUSANDS.fullmatch(text):
            return float(text.replace(".", "").replace(",", "."))
        if _DUTCH_DECIMAL.fullmatch(text):
            return float(text.replace(",", "."))
    if _PLAIN_NUMBER.fullmatch(text):
        return float(text)
    return None


def _map_columns(header: list[str], line: int) -> tuple[dict[str, int], list[Problem]]:
    """Field -> column position, and the problems with the header line."""
    alias_to_field = {alias: fld for fld, aliases in COLUMN_ALIASES.items() for alias in aliases}
    columns: dict[str, int] = {}
    problems: list[Problem] = []
    for position, raw in enumerate(header):
        fld = alias_to_field.get(_normalise_header(raw))
        if fld is None:
            continue  # extra columns (CBS downloads have many) are ignored
        if fld in columns:
            first = header[columns[fld]].strip()
            problems.append(
                _problem(line, raw.strip(), "areas_csv.same_column", first=first, other=raw.strip(), field=fld)
            )
            continue
        columns[fld] = position
    found = ", ".join(h.strip() for h in header if h.strip()) or "-"
    for fld in REQUIRED_FIELDS:
        if fld not in columns:
            problems.append(
                _problem(line, None, "areas_csv.missing_column", field=fld, allowed=_SHOWN_NAMES[fld], found=found)
            )
    age_found = [b for b in BANDS if b in columns]
    if age_found and len(age_found) != len(BANDS):
        missing = ", ".join(b for b in BANDS if b not in columns)
        problems.append(_problem(1, None, "areas_csv.age_columns", bands=", ".join(BANDS), missing=missing))
    return columns, problems


def _check_region_levels(codes: list[str], column: str) -> list[Problem]:
    """CBS downloads mix the gemeente, its wijken and its buurten; counting all would double up."""
    levels = sorted({c[:2].upper() for c in codes if c[:2].upper() in ("GM", "WK", "BU")})
    if len(levels) <= 1:
        return []
    listed = ", ".join(levels)
    return [Problem.of(None, "areas_csv.mixed_levels", where=Message("where.column", column=column), levels=listed)]


def _read_rows(text: str) -> tuple[list[str], int, list[tuple[int, list[str]]], str]:
    """Header cells, header line number, ``(line, cells)`` per data row, and the delimiter."""
    first_line = text.lstrip("\r\n").splitlines()[0]
    delimiter = _sniff_delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    header_line = 1
    rows: list[tuple[int, list[str]]] = []
    try:
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue  # blank lines and Excel's trailing ';;;;' lines
            if header is None:
                header, header_line = cells, reader.line_num
                continue
            rows.append((reader.line_num, cells))
            if len(rows) > MAX_ROWS:
                raise _file_error("areas_csv.too_many_rows", max=MAX_ROWS)
    except csv.Error as exc:
        raise _file_error("areas_csv.bad_csv", line=reader.line_num, error=str(exc)) from None
    if header is None:
        raise _empty_file()
    return header, header_line, rows, delimiter


def _count_problem(raw: str, number: float | None, dutch: bool) -> Message | None:
    """Why a cell is not a usable count, or None when it is."""
    if not raw:
        return Message("areas_csv.count_empty")
    if raw == ".":
        return Message("areas_csv.count_unknown")
    if number is None:
        return Message("areas_csv.not_a_number_dutch" if dutch else "areas_csv.not_a_number", raw=raw)
    if number < 0:
        return Message("areas_csv.count_negative", value=number)
    if number > MAX_COUNT:
        return Message("areas_csv.count_too_big", max=MAX_COUNT, value=number)
    return None


def read_areas_csv(source: bytes | str | Path) -> Areas:
    """Areas from a CSV table; raises :class:`InputError` listing every problem.

    ``source`` is the file's bytes, its text, or a :class:`~pathlib.Path` (a one-line ``str``
    ending in ``.csv`` is taken as a path too). Without a name column the code is the name.
    """
    text = _decode(source)
    if not text.strip():
        raise _empty_file()
    header, header_line, rows, delimiter = _read_rows(text)
    dutch = delimiter == ";"
    columns, problems = _map_columns(header, header_line)
    if not rows:
        problems.append(_file_problem("areas_csv.no_rows"))
        raise InputError(problems)
    has_ages = all(b in columns for b in BANDS)
    # Columns that are present are checked even when others are missing: all problems at once.
    numeric_fields: list[str] = [f for f in ("residents", "dwellings") if f in columns]
    numeric_fields += list(BANDS) if has_ages else []
    column_name = {fld: header[pos].strip() for fld, pos in columns.items()}

    def cell(cells: list[str], fld: str) -> str:
        pos = columns.get(fld)
        return cells[pos].strip() if pos is not None and pos < len(cells) else ""

    codes: list[str] = []
    names: list[str] = []
    values = {fld: np.zeros(len(rows)) for fld in ("residents", "dwellings", *BANDS)}
    row_ok = np.ones(len(rows), dtype=bool)
    first_line_of_code: dict[str, int] = {}
    for r, (line, cells) in enumerate(rows):
        code = cell(cells, "code")
        if "code" not in columns:
            pass  # reported once for the header
        elif not code:
            problems.append(_problem(line, column_name["code"], "areas_csv.code_empty"))
        elif code in first_line_of_code:
            earlier = first_line_of_code[code]
            problems.append(_problem(line, column_name["code"], "areas_csv.code_twice", code=code, earlier=earlier))
        else:
            first_line_of_code[code] = line
        if len(code) > MAX_CODE_CHARS:  # the scenario file's limits, said here by line and column
            problems.append(
                _problem(line, column_name["code"], "areas_csv.code_too_long", length=len(code), max=MAX_CODE_CHARS)
            )
        name = cell(cells, "name") or code
        if len(name) > MAX_NAME_CHARS:
            problems.append(
                _problem(
                    line,
                    column_name.get("name", column_name["code"]),
                    "areas_csv.name_too_long",
                    length=len(name),
                    max=MAX_NAME_CHARS,
                )
            )
        codes.append(code)
        names.append(name)
        for fld in numeric_fields:
            raw = cell(cells, fld)
            number = _parse_number(raw, dutch) if raw else None
            problem = _count_problem(raw, number, dutch)
            if problem is None:
                values[fld][r] = number
            else:
                problems.append(Problem(None, problem, where=_where(line, column_name[fld])))
                row_ok[r] = False

    shares = None
    if has_ages:
        counts = np.stack([values[b] for b in BANDS], axis=1)
        if "residents" in columns:
            problems.extend(
                _age_sum_problems(rows, counts, values["residents"], row_ok, [column_name[b] for b in BANDS])
            )
        shares = _age_shares(counts, values["residents"])
    if "code" in columns:
        problems.extend(_check_region_levels([c for c in codes if c], column_name["code"]))
    if problems:
        if len(problems) > MAX_PROBLEMS:
            rest = len(problems) - MAX_PROBLEMS
            problems = problems[:MAX_PROBLEMS] + [_file_problem("problem.more", count=rest)]
        raise InputError(problems)
    return Areas.from_columns(codes, names, values["residents"], values["dwellings"], shares)


def _age_sum_problems(
    rows, counts: np.ndarray, residents: np.ndarray, row_ok: np.ndarray, age_columns: list[str]
) -> list[Problem]:
    """Rows whose age counts add up to more than 5 % (and 15 residents) off the residents."""
    problems = []
    sums = counts.sum(axis=1)
    listed = ", ".join(age_columns)
    for r, (line, _cells) in enumerate(rows):
        off = abs(sums[r] - residents[r])
        if row_ok[r] and residents[r] > 0 and off > AGE_SUM_TOLERANCE * residents[r] and off > AGE_SUM_SLACK:
            problems.append(
                _problem(
                    line, None, "areas_csv.age_sum", columns=listed, sum=float(sums[r]), residents=float(residents[r])
                )
            )
    return problems


def _age_shares(counts: np.ndarray, residents: np.ndarray) -> np.ndarray:
    """Counts as shares of their sum; rows without residents or counts get the national shares."""
    sums = counts.sum(axis=1)
    national = np.array([NATIONAL_AGE_SHARES[b] for b in BANDS])
    empty = (residents <= 0) | (sums <= 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        shares = counts / sums[:, None]
    shares[empty] = national
    return shares


def areas_to_scenario_list(areas: Areas) -> list[dict]:
    """The inline ``areas`` entries of a scenario file (SCENARIO.md) for these areas.

    Age shares are written (rounded to 6 decimals) only when they came from the data.
    """
    out = []
    for i, code in enumerate(areas.codes):
        entry: dict = {
            "code": code,
            "name": areas.names[i],
            "residents": _whole_if_integral(areas.residents[i]),
            "dwellings": _whole_if_integral(areas.dwellings[i]),
        }
        if areas.age_from_data:
            entry["age_shares"] = {b: round(float(areas.age_shares[i, a]), 6) for a, b in enumerate(BANDS)}
        out.append(entry)
    return out


def _whole_if_integral(value: float) -> int | float:
    value = float(value)
    return int(value) if value.is_integer() else value
