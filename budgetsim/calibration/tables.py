"""Reading a table from a CSV or XLSX file as people and Ads Manager write them.

:func:`read_table` turns bytes into a :class:`Table`: the header found among the first rows, and
every later row with its number in the file (1 = the first row, as a spreadsheet shows it).
CSV files may be UTF-8 (with or without a byte-order mark), UTF-16 or Windows-1252 (Excel's
"CSV" on Dutch Windows), separated by commas, semicolons or tabs. XLSX is read with openpyxl;
dates and numbers keep their type. Numbers are read with :func:`parse_number`, which takes
``1.234,5`` and ``1,234.5`` alike once the file's decimal mark is known (:func:`decimal_mark`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
import unicodedata
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .messages import file_error

MAX_BYTES = 20_000_000
MAX_ROWS = 100_000
#: The header is looked for among this many first rows (some exports put a title above it).
HEADER_SEARCH_ROWS = 20

Cell = str | int | float | dt.date | dt.datetime | None


@dataclass(frozen=True)
class Table:
    """A header and its data rows; ``rows`` holds ``(row number in the file, cells)``."""

    header: tuple[str, ...]
    header_row: int
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]
    kind: str  # "csv" or "xlsx"
    delimiter: str | None = None
    header_found: bool = True  # False: no row among the first HEADER_SEARCH_ROWS looked like one


def fold(text: str) -> str:
    """Text for matching: no accents, lower case, single spaces (``"Één  Keer"`` -> ``"een keer"``)."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip().strip('"').strip().casefold()


def field_of(header: str, headers: Mapping[str, tuple[str, ...]]) -> str | None:
    """The field a column header names: the first in ``headers`` (field -> its folded names) that
    lists the header, :func:`fold`-ed; None when none does."""
    folded = fold(header)
    return next((name for name, variants in headers.items() if folded in variants), None)


def source_bytes(source: bytes | str | Path) -> bytes:
    """The bytes of a file given as bytes or a path."""
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    else:
        try:
            size = Path(source).stat().st_size
            if size > MAX_BYTES:
                raise file_error("calibration.file.too_large", mb=MAX_BYTES // 1_000_000)
            data = Path(source).read_bytes()
        except OSError as exc:
            raise file_error("calibration.file.unreadable", reason=exc.strerror or str(exc)) from None
    if len(data) > MAX_BYTES:
        raise file_error("calibration.file.too_large", mb=MAX_BYTES // 1_000_000)
    return data


def read_table(source: bytes | str | Path, header_score) -> Table:
    """The table in ``source`` (bytes or a path; CSV or XLSX by content, not by name).

    ``header_score(cells) -> int`` says how much a row looks like the header; the first row with
    the highest score among the first :data:`HEADER_SEARCH_ROWS` rows is the header (row 1 when
    none scores).
    """
    data = source_bytes(source)
    if not data.strip():
        raise file_error("calibration.file.empty")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise file_error("calibration.file.xls")
    if data.startswith(b"PK\x03\x04"):
        rows, kind, delimiter = _xlsx_rows(data), "xlsx", None
    else:
        text = _decode(data)
        delimiter = _sniff_delimiter(text)
        rows = [(i + 1, tuple(cells)) for i, cells in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter))]
        kind = "csv"
    rows = [(n, cells) for n, cells in rows if any(_filled(c) for c in cells)]
    if not rows:
        raise file_error("calibration.file.empty")
    if len(rows) > MAX_ROWS:
        raise file_error("calibration.file.too_many_rows", max=MAX_ROWS)
    scores = [header_score([str(c) if c is not None else "" for c in cells]) for _, cells in rows[:HEADER_SEARCH_ROWS]]
    at = max(range(len(scores)), key=lambda i: (scores[i], -i)) if max(scores) > 0 else 0
    header_row, header_cells = rows[at]
    header = tuple("" if c is None else str(c).strip().lstrip("\ufeff").strip() for c in header_cells)
    return Table(header, header_row, tuple(rows[at + 1 :]), kind, delimiter, max(scores) > 0)


def _filled(cell: Cell) -> bool:
    return cell is not None and str(cell).strip() != ""


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise file_error("calibration.file.not_text") from None
    if b"\x00" in data[:4096]:
        raise file_error("calibration.file.not_text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever splits the first lines most consistently into most columns."""
    lines = [line for line in text.splitlines()[: HEADER_SEARCH_ROWS + 5] if line.strip()]
    best, best_score = ",", (-1, -1)
    for delimiter in (",", ";", "\t"):
        widths = [len(row) for row in csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = (common if common > 1 else 0, widths.count(common))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _xlsx_rows(data: bytes) -> list[tuple[int, tuple[Cell, ...]]]:
    try:
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, IndexError) as exc:
        raise file_error("calibration.file.bad_xlsx", reason=type(exc).__name__) from None
    try:
        sheet = book.worksheets[0]
        rows = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS + HEADER_SEARCH_ROWS:
                raise file_error("calibration.file.too_many_rows", max=MAX_ROWS)
            rows.append((number, tuple(values)))
        return rows
    finally:
        book.close()


# -- numbers ---------------------------------------------------------------------------------

_NUMBER_CHARS = re.compile(r"[\s\u00a0\u202f€$£%]|eur\b|EUR\b")
_SHAPE = re.compile(r"[+-]?[\d.,]*\d[\d.,]*")


def _clean_number_text(text: str) -> str:
    return _NUMBER_CHARS.sub("", text.strip())


def decimal_mark(cells, default: str = ".") -> str:
    """The decimal mark of a file's numbers: ``","`` or ``"."``, from the evidence in ``cells``.

    ``1.234,56`` and ``12,5`` say comma; ``1,234.56`` and ``12.5`` say point; ``1.234`` alone says
    nothing (a thousands mark or a decimal). Without evidence ``default`` is returned.
    """
    comma = point = 0
    for cell in cells:
        if not isinstance(cell, str):
            continue
        text = _clean_number_text(cell)
        if not _SHAPE.fullmatch(text):
            continue
        if "," in text and "." in text:
            if text.rfind(",") > text.rfind("."):
                comma += 1
            else:
                point += 1
        elif "," in text:
            if text.count(",") > 1:
                point += 1  # 1,234,567: commas are thousands marks
            elif not re.search(r",\d{3}$", text):
                comma += 1
        elif "." in text:
            if text.count(".") > 1:
                comma += 1  # 1.234.567: points are thousands marks
            elif not re.search(r"\.\d{3}$", text):
                point += 1
    if comma > point:
        return ","
    if point > comma:
        return "."
    return default


def parse_number(cell: Cell, decimal: str = ".") -> float | None:
    """A number from a cell; ``None`` for an empty cell (or a dash); ``ValueError`` otherwise.

    ``decimal`` is the file's decimal mark; the other mark is taken as a thousands mark.
    Currency signs, spaces and a trailing percent sign are ignored.
    """
    if cell is None:
        return None
    if isinstance(cell, (int, float)) and not isinstance(cell, bool) and math.isfinite(cell):
        return float(cell)
    if not isinstance(cell, str):  # a date, a truth value, NaN: not a number in a figures column
        raise ValueError(cell)  # noqa: TRY004 (callers catch ValueError for every cell that is not a number)
    text = _clean_number_text(str(cell))
    if text in ("", "-", "\u2013", "\u2014", "--"):
        return None
    if not _SHAPE.fullmatch(text):
        raise ValueError(cell)
    thousands = "." if decimal == "," else ","
    if text.count(decimal) > 1:
        raise ValueError(cell)
    if thousands in text:
        integer = text.split(decimal)[0].lstrip("+-")
        groups = integer.split(thousands)
        if not groups[0] or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
            raise ValueError(cell)
        text = text.replace(thousands, "")
    return float(text.replace(decimal, "."))


# -- dates -----------------------------------------------------------------------------------


#: Orders of the day and the month in a date written ``1-3-2026`` or ``3/1/2026``.
DAY_FIRST, MONTH_FIRST = "day_first", "month_first"
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?")
_LOCAL = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T].*)?")


def date_order(cells) -> tuple[str | None, bool]:
    """``(order, ambiguous)`` of the dates in one column, decided from all its values.

    A value whose first number is above 12 says day first (``31-3-2026``), one whose second
    number is above 12 says month first (``3/31/2026``); ISO dates and Excel dates say nothing.
    ``order`` is None where no value decides (or values say both: :func:`parse_date` then
    refuses some); ``ambiguous`` is True when some value can be read either way.
    """
    day_first = month_first = ambiguous = False
    for cell in cells:
        if cell is None or isinstance(cell, (dt.date, dt.datetime)):
            continue
        match = _LOCAL.fullmatch(str(cell).strip())
        if not match:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        day_first |= first > 12
        month_first |= second > 12
        ambiguous |= first <= 12 and second <= 12
    if day_first != month_first:
        return (DAY_FIRST if day_first else MONTH_FIRST), ambiguous
    return None, ambiguous


def parse_date(cell: Cell, order: str = DAY_FIRST) -> dt.date | None:
    """A date from a cell: ``2026-03-01``, ``1-3-2026`` / ``01/03/2026`` (``order`` says whether
    the day or the month comes first, see :func:`date_order`) or an Excel date; ``None`` for an
    empty cell; ``ValueError`` otherwise."""
    if cell is None:
        return None
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    text = str(cell).strip()
    if not text:
        return None
    match = _ISO.fullmatch(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return dt.date(year, month, day)
    match = _LOCAL.fullmatch(text)
    if match:
        first, second, year = (int(g) for g in match.groups())
        day, month = (first, second) if order == DAY_FIRST else (second, first)
        return dt.date(year, month, day)
    raise ValueError(cell)
