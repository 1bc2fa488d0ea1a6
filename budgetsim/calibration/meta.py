"""Reading a Meta Ads Manager export (CSV or XLSX) into :class:`MetaExport`.

Headers are matched without regard to case or accents, in English or Dutch (MODEL.md
"Calibration"): spend ("Amount spent (EUR)" / "Besteed bedrag (EUR)"), impressions
("Impressions" / "Weergaven"), reach ("Reach" / "Bereik"), names (campaign, ad set, ad), the
reporting period, and optionally "Age" / "Leeftijd", "Gender" / "Geslacht", the slicing columns
of MODEL.md "What real exports contain" (day, week, month, placement, platform, device, audience
segment), "Currency" / "Valuta", "Estimated ad recall lift (people)" and the CPM column.

What real exports hold is read as it is (MODEL.md 2.1):

- a header that appears twice: identical columns count once; different ones: the first is used
  and a note says so (:attr:`MetaExport.notes`);
- the currency from the spend header ("(EUR)") or a currency column; a file not in euros, or
  without a currency, is refused naming what was found;
- a totals row is one whose spend and impressions are the sum of the other rows, never a row
  recognised by its name;
- day-first or month-first dates are decided per column from its values;
- slices: rows by time, ad, placement, platform, device or audience segment give the price per
  1,000 impressions only (:attr:`ExportRow.price_only`), unless the file holds the totals row over
  them, which is then the delivery's own row; gender slices within an age band are summed.

Nothing in a row is fatal: a row that cannot be used keeps the reason (:attr:`ExportRow.why`), and
problems in cells are listed by row and column (:attr:`MetaExport.problems`). A file that is not
an export, lacks spend or impressions, or is not in euros raises
:class:`~budgetsim.problems.InputError` naming the file's row and column and what to do.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from babel.numbers import list_currencies

from ..problems import InputError, Message, Problem
from .messages import problem, reason
from .tables import (
    DAY_FIRST,
    HEADER_SEARCH_ROWS,
    MONTH_FIRST,
    Table,
    date_order,
    decimal_mark,
    fold,
    parse_date,
    parse_number,
    read_table,
)

#: Meta's age groups (Ads Manager breakdown "Age" / "Leeftijd").
META_AGE_GROUPS: tuple[str, ...] = ("18-24", "25-34", "35-44", "45-54", "55-64", "65+")

#: Accepted headers per field, folded (:func:`~budgetsim.calibration.tables.fold`), without a
#: currency in brackets at the end: English, then Dutch.
HEADERS_EN: dict[str, tuple[str, ...]] = {
    "spend": ("amount spent", "spend"),
    "impressions": ("impressions",),
    "reach": ("reach",),
    "ad_set": ("ad set name",),
    "campaign": ("campaign name",),
    "ad": ("ad name",),
    "starts": ("reporting starts", "reporting start"),
    "ends": ("reporting ends", "reporting end"),
    "age": ("age",),
    "gender": ("gender",),
    "day": ("day", "date"),
    "week": ("week",),
    "month": ("month",),
    "placement": ("placement",),
    "platform": ("platform",),
    "device": ("impression device", "device platform"),
    "segment": ("audience segments", "audience segment"),
    "currency": ("currency",),
    "recall_lift": ("estimated ad recall lift (people)",),
    "cpm": ("cpm (cost per 1,000 impressions)", "cpm"),
}
HEADERS_NL: dict[str, tuple[str, ...]] = {
    "spend": ("besteed bedrag", "uitgegeven bedrag", "bestede bedrag"),
    "impressions": ("weergaven", "vertoningen"),
    "reach": ("bereik",),
    "ad_set": ("naam advertentieset", "advertentiesetnaam", "naam van advertentieset"),
    "campaign": ("campagnenaam", "naam campagne", "naam van campagne"),
    "ad": ("advertentienaam", "naam advertentie", "naam van advertentie"),
    "starts": ("begin rapportage", "rapportage begint", "start rapportage"),
    "ends": ("einde rapportage", "rapportage eindigt", "eind rapportage"),
    "age": ("leeftijd",),
    "gender": ("geslacht",),
    "day": ("dag", "datum"),
    "week": (),
    "month": ("maand",),
    "placement": ("plaatsing",),
    "platform": (),
    "device": ("apparaat voor weergave", "apparaatplatform"),
    "segment": ("doelgroepsegmenten", "doelgroepsegment"),
    "currency": ("valuta",),
    "recall_lift": (
        "geschatte stijging van advertentieherinnering (personen)",
        "geschatte stijging in advertentieherinnering (personen)",
    ),
    "cpm": ("cpm (kosten per 1.000 weergaven)",),
}
HEADERS: dict[str, tuple[str, ...]] = {name: HEADERS_EN[name] + HEADERS_NL[name] for name in HEADERS_EN}
REQUIRED = ("spend", "impressions")
#: The needed columns as Ads Manager's column chooser ("Kolommen aanpassen") names them, all
#: under "Prestaties" / "Performance": ``calibration.chooser.<field>`` in the catalogue.
CHOOSER = ("spend", "impressions", "reach")
#: Columns whose values slice one delivery into parts whose reach does not add up, in the order
#: their name is given (MODEL.md "What real exports contain").
PRICE_ONLY_SLICES = ("day", "week", "month", "ad", "placement", "platform", "device", "segment")
#: Columns that name what a row is; rows equal in all but one of them are slices of that one.
DIMENSIONS = ("campaign", "ad_set", "ad", "age", "gender", *PRICE_ONLY_SLICES[:3], *PRICE_ONLY_SLICES[4:])
#: A row whose own cost per 1,000 impressions is this many times above or below the median of the
#: file is far from the rest.
CPM_OUTLIER_FACTOR = 3.0
#: Impressions may differ this much (relative) from spend / CPM of the CPM column (rounding).
CPM_COLUMN_TOLERANCE = 0.05
#: A totals row's spend and impressions equal the other rows' sums within this much (rounding).
TOTALS_TOLERANCE = 0.005
_CURRENCY = re.compile(r"\s*\(([a-z]{3})\)$")
_CURRENCIES = frozenset(code.lower() for code in list_currencies())


@dataclass(frozen=True)
class ExportRow:
    """One row of the export (a campaign, ad set or ad, per age group when broken down).

    ``row`` is its row number in the file (the header is usually row 1); ``merged`` lists every
    row summed into it (gender slices of one age band), empty for a row of its own. ``why`` is
    None for a row that can be used, otherwise the reason it is left out. A used row with
    ``price_only`` gives the price per 1,000 impressions only (a slice, or no reach column);
    ``totals`` marks the totals row over slices, used as the delivery's own row.
    """

    row: int
    name: str
    campaign: str
    age: str | None
    spend_eur: float | None
    impressions: float | None
    reach: float | None
    recall_lift: float | None = None
    cpm_column_eur: float | None = None
    starts: dt.date | None = None
    ends: dt.date | None = None
    why: Message | None = None
    price_only: bool = False
    totals: bool = False
    merged: tuple[int, ...] = ()
    dimensions: tuple[str, ...] = ()  # the row's value of each of DIMENSIONS ("" where absent)

    @property
    def used(self) -> bool:
        return self.why is None

    @property
    def cpm_eur(self) -> float | None:
        """``1000 * spend / impressions`` of this row (None without both)."""
        if self.spend_eur is None or not self.impressions:
            return None
        return 1000.0 * self.spend_eur / self.impressions

    @property
    def label(self) -> str:
        """The name, with the age group where the export is broken down by age."""
        return f"{self.name} ({self.age})" if self.age else self.name


@dataclass(frozen=True)
class MetaExport:
    """An Ads Manager export: every row (used or not), the problems found in cells, the notes
    on how the file was read (Messages), the currency and the breakdown found (``slices``:
    ``"day"``, ``"ad"``, ``"age"``, ``"age_gender"``, … or None; SCENARIO.md 2.1)."""

    source: str
    rows: tuple[ExportRow, ...]
    problems: tuple[Problem, ...] = ()
    columns: tuple[str, ...] = ()
    by_age: bool = False
    has_recall_lift: bool = False
    has_reach: bool = True
    currency: str = "EUR"
    slices: str | None = None
    notes: tuple[Message, ...] = ()

    @property
    def used_rows(self) -> tuple[ExportRow, ...]:
        return tuple(r for r in self.rows if r.used)

    @property
    def price_only(self) -> bool:
        """True when no row can speak for reach: every used row gives the price only."""
        return all(r.price_only for r in self.used_rows)

    @property
    def period(self) -> tuple[dt.date | None, dt.date | None]:
        """First start and last end of the rows used (None where the export has no dates)."""
        starts = [r.starts for r in self.used_rows if r.starts]
        ends = [r.ends for r in self.used_rows if r.ends]
        return (min(starts) if starts else None, max(ends) if ends else None)

    @property
    def campaigns(self) -> tuple[str, ...]:
        """Campaign names of the rows used, in file order, each once."""
        seen: dict[str, None] = {}
        for r in self.used_rows:
            if r.campaign:
                seen.setdefault(r.campaign, None)
        return tuple(seen)


def _field_of(header: str) -> tuple[str | None, str | None]:
    """``(field, currency)`` of a header cell, e.g. ``("spend", "eur")``; ``(None, None)`` if unknown.
    A currency is a known ISO code in brackets at the end (not "(all)" or "(people)")."""
    folded = fold(header)
    currency = None
    bare = folded
    match = _CURRENCY.search(folded)
    if match and match.group(1) in _CURRENCIES:
        currency = match.group(1)
        bare = folded[: match.start()].strip()
    for name, variants in HEADERS.items():
        if bare in variants or folded in variants:
            return name, currency
    return None, currency


def _header_score(cells: list[str]) -> int:
    return sum(1 for c in cells if _field_of(c)[0] is not None)


def _is_dutch(header: tuple[str, ...]) -> bool:
    """True when the export's headers are Dutch (more Dutch than English header names)."""
    dutch = {v for vs in HEADERS_NL.values() for v in vs}
    english = {v for vs in HEADERS_EN.values() for v in vs}
    names = [_CURRENCY.sub("", fold(h)) for h in header]
    return sum(n in dutch for n in names) > sum(n in english for n in names)


def _column_values(table: Table, index: int) -> tuple[str, ...]:
    return tuple(
        "" if index >= len(cells) or cells[index] is None else str(cells[index]).strip() for _, cells in table.rows
    )


def _columns(table: Table) -> tuple[dict[str, int], list[Message]]:
    """``{field: column index}`` (the first of a header that appears twice) and notes about the
    columns that appear twice with different values."""
    found: dict[str, int] = {}
    notes: list[Message] = []
    for i, header in enumerate(table.header):
        name, _ = _field_of(header)
        if name is None:
            continue
        if name not in found:
            found[name] = i
        elif _column_values(table, i) != _column_values(table, found[name]):
            notes.append(
                Message("calibration.note.duplicate_column", column=header, first=found[name] + 1, second=i + 1)
            )
    return found, notes


def _looks_like_survey(header: tuple[str, ...]) -> bool:
    folded = {fold(h) for h in header}
    return bool(folded & {"answer", "antwoord"})


def _currency(table: Table, columns: dict[str, int]) -> str:
    """The file's currency (upper case): from the spend header, else the currency column, else
    another money header; an InputError naming what was found when it is not one currency."""
    spend_header = table.header[columns["spend"]]
    in_header = _field_of(spend_header)[1]
    in_column: set[str] = set()
    if "currency" in columns:
        in_column = {v.upper() for v in _column_values(table, columns["currency"]) if v}
    others = {cur for h in table.header if (cur := _field_of(h)[1])}
    place = (table.header_row, spend_header)
    if in_header and in_column and in_column != {in_header.upper()}:
        raise InputError(
            problem(
                "calibration.meta.currency_conflict",
                *place,
                header=in_header.upper(),
                currency_column=table.header[columns["currency"]],
                found=", ".join(sorted(in_column)),
            )
        )
    if len(in_column) > 1:
        raise InputError(
            problem(
                "calibration.meta.currencies",
                table.header_row,
                table.header[columns["currency"]],
                found=", ".join(sorted(in_column)),
            )
        )
    currency = (in_header or "").upper() or next(iter(in_column), "")
    if not currency and len(others) == 1:
        currency = next(iter(others)).upper()
    if not currency:
        raise InputError(problem("calibration.meta.no_currency", *place, header=spend_header))
    if currency != "EUR":
        raise InputError(problem("calibration.meta.currency", *place, currency=currency))
    return currency


def read_meta_export(source: bytes | str | Path, name: str | None = None) -> MetaExport:
    """Read an Ads Manager export from bytes or a path; ``name`` is the file name to record.

    Raises :class:`~budgetsim.problems.InputError` for a file that is not an export (or not
    readable), lacks spend or impressions, or is not in euros; everything about single rows is in
    the result.
    """
    if name is None:
        name = Path(source).name if isinstance(source, (str, Path)) else "export"
    table = read_table(source, _header_score)
    if _looks_like_survey(table.header):
        raise InputError(problem("calibration.meta.looks_like_survey", file=True))
    columns, notes = _columns(table)
    found = (", ".join(h for h in table.header if h) or "–")[:300]
    if not table.header_found or not {"spend", "impressions", "reach"} & set(columns):
        raise InputError(problem("calibration.meta.no_header", file=True, rows=HEADER_SEARCH_ROWS, found=found))
    refusals = [
        problem("calibration.meta.missing_column", table.header_row, None, name=Message(f"calibration.chooser.{f}"))
        for f in REQUIRED
        if f not in columns
    ]
    currency = "EUR"
    if "spend" in columns:
        try:
            currency = _currency(table, columns)
        except InputError as exc:
            refusals += exc.problems
    if refusals:
        raise InputError(refusals)
    if not table.rows:
        raise InputError(problem("calibration.meta.no_rows", file=True))
    has_reach = "reach" in columns
    if not has_reach:
        notes.append(Message("calibration.note.no_reach"))
    numeric = ("spend", "impressions", "reach", "recall_lift", "cpm")
    default_mark = "," if table.delimiter == ";" else "."
    mark = decimal_mark(
        (cells[columns[f]] for _, cells in table.rows for f in numeric if f in columns and columns[f] < len(cells)),
        default_mark,
    )
    orders, date_notes = _date_orders(table, columns)
    notes += date_notes
    problems: list[Problem] = []
    rows = [_read_row(number, cells, columns, table.header, mark, orders, problems) for number, cells in table.rows]
    rows = _mark_totals(rows)
    kinds = _slice_kinds(rows, columns)
    rows, slices, slice_notes = _apply_slices(rows, kinds, has_reach)
    rows = _mark_cpm_outliers(rows)
    return MetaExport(
        source=name,
        rows=tuple(rows),
        problems=tuple(problems),
        columns=table.header,
        by_age="age" in columns,
        has_recall_lift="recall_lift" in columns,
        has_reach=has_reach,
        currency=currency,
        slices=slices,
        notes=tuple(notes + slice_notes),
    )


def _date_orders(table: Table, columns: dict[str, int]) -> tuple[dict[str, str], list[Message]]:
    """Day or month first, per date column from its own values (MODEL.md 2.1); a column whose
    values fit both follows the file's other date column, else the headers' language (Dutch: day
    first; English: month first), and a note says which was assumed."""
    fields = [f for f in ("starts", "ends") if f in columns]
    found = {f: date_order(_column_values(table, columns[f])) for f in fields}
    decided = [order for order, _ in found.values() if order is not None]
    default = decided[0] if decided else (DAY_FIRST if _is_dutch(table.header) else MONTH_FIRST)
    orders: dict[str, str] = {}
    notes: list[Message] = []
    for f, (order, ambiguous) in found.items():
        orders[f] = order or default
        if order is None and ambiguous and not decided:
            notes.append(Message(f"calibration.note.{default}", column=table.header[columns[f]]))
    return orders, notes


def _cell(cells, columns, name):
    i = columns.get(name)
    if i is None or i >= len(cells):
        return None
    return cells[i]


def _read_row(
    number: int, cells, columns: dict[str, int], header, mark: str, orders: dict[str, str], problems: list[Problem]
) -> ExportRow:
    def text_of(name: str) -> str:
        value = _cell(cells, columns, name)
        return "" if value is None else str(value).strip()

    why: Message | None = None
    figures: dict[str, float | None] = {}
    for name in ("spend", "impressions", "reach", "recall_lift", "cpm"):
        if name not in columns:
            figures[name] = None
            continue
        column = header[columns[name]]
        raw = _cell(cells, columns, name)
        try:
            value = parse_number(raw, mark)
        except ValueError:
            problems.append(
                problem(
                    "calibration.cell.not_number",
                    number,
                    column,
                    value=str(raw),
                    example="1234,56" if mark == "," else "1234.56",
                )
            )
            why = why or reason("calibration.why.bad_number", column=column)
            figures[name] = None
            continue
        if value is not None and value < 0:
            problems.append(problem("calibration.cell.negative", number, column, value=value))
            why = why or reason("calibration.why.negative", column=column)
            value = None
        figures[name] = value
    dates = {}
    for name in ("starts", "ends"):
        raw = _cell(cells, columns, name)
        try:
            dates[name] = parse_date(raw, orders.get(name, DAY_FIRST))
        except ValueError:
            problems.append(problem("calibration.cell.bad_date", number, header[columns[name]], value=str(raw)))
            dates[name] = None
    campaign = text_of("campaign")
    row_name = text_of("ad_set") or campaign or text_of("ad")
    age_text = text_of("age")
    age = None
    if age_text:
        age = _meta_age(age_text)
        if age is None and not _is_total_age(age_text):
            problems.append(
                problem(
                    "calibration.meta.unknown_age",
                    number,
                    header[columns["age"]],
                    value=age_text,
                    allowed=", ".join(META_AGE_GROUPS),
                )
            )
            why = why or reason("calibration.why.unknown_age", value=age_text)
    spend, impressions, reach_ = figures["spend"], figures["impressions"], figures["reach"]
    for name, value in (("spend", spend), ("impressions", impressions), ("reach", reach_)):
        if name in columns and value is None and why is None:
            why = reason("calibration.why.missing", column=header[columns[name]])
    if why is None:
        why = _figures_reason(spend, impressions, reach_, figures["cpm"])
    dimensions = tuple(_meta_age(text_of(d)) or text_of(d) if d == "age" else text_of(d) for d in DIMENSIONS)
    return ExportRow(
        row=number,
        name=row_name,
        campaign=campaign,
        age=age if age_text else None,
        spend_eur=spend,
        impressions=impressions,
        reach=reach_,
        recall_lift=figures["recall_lift"],
        cpm_column_eur=figures["cpm"],
        starts=dates["starts"],
        ends=dates["ends"],
        why=why,
        dimensions=dimensions,
    )


def _figures_reason(
    spend: float | None, impressions: float | None, reach_: float | None, cpm: float | None
) -> Message | None:
    """Why figures cannot be used (None when they can). Reach equal to impressions is a frequency
    of exactly 1, normal for a small row: used; only reach above impressions is not. No spend or
    no impressions count as none."""
    if impressions is None or impressions <= 0:
        return reason("calibration.why.zero_impressions")
    if spend is None or spend <= 0:
        return reason("calibration.why.zero_spend")
    if reach_ is not None and reach_ <= 0:
        return reason("calibration.why.zero_reach")
    if reach_ is not None and reach_ > impressions:
        return reason("calibration.why.reach_above_impressions", reach=round(reach_), impressions=round(impressions))
    if cpm:
        expected = 1000.0 * spend / cpm
        # CPM is shown with two decimals: allow its rounding on top of the tolerance
        slack = CPM_COLUMN_TOLERANCE + 0.005 / cpm
        if abs(impressions - expected) > slack * expected + 1:
            return reason("calibration.why.cpm_mismatch", expected=round(expected))
    return None


def _meta_age(text_: str) -> str | None:
    folded = fold(text_).replace(" ", "").replace("jaar", "").replace("years", "")
    folded = folded.replace("+", "+").replace("ouder", "+").replace("enouder", "+")
    if folded in META_AGE_GROUPS:
        return folded
    if folded in ("65en+", "65+en", "65andover", "65andolder"):
        return "65+"
    return None


def _is_total_age(text_: str) -> bool:
    return fold(text_) in ("all", "alle", "totaal", "total", "alle leeftijden", "all ages")


def _near(value: float, total: float, absolute: float) -> bool:
    return abs(value - total) <= TOTALS_TOLERANCE * total + absolute


def _mark_totals(rows: list[ExportRow]) -> list[ExportRow]:
    """Totals rows, by their numbers only (MODEL.md 2.1): spend and impressions equal to the sum
    of all other rows, or of the other rows that can be used, or (a campaign's or ad set's own
    total) of the other rows of the same name (within rounding; a total without impressions is
    known by its spend). A name never makes a totals row ("Alle wijken – afval 2026" is a campaign)."""
    figured = [r for r in rows if r.spend_eur is not None]
    if len(figured) < 3:
        return rows
    by_name: dict[str, list[ExportRow]] = defaultdict(list)
    for r in figured:
        by_name[r.name].append(r)
    everyone = [figured, [r for r in figured if r.used]]
    out = []
    for r in rows:
        candidates = [[o for o in group if o is not r] for group in everyone]
        own = [o for o in by_name.get(r.name, ()) if o is not r]
        candidates.append(own if len(own) >= 2 else [])
        total = r.spend_eur is not None and any(_is_sum_of(r, others) for others in candidates)
        out.append(replace(r, why=reason("calibration.why.totals"), totals=True) if total else r)
    return out


def _is_sum_of(row: ExportRow, others: list[ExportRow]) -> bool:
    """Are ``row``'s spend (and impressions, where it has them) the sums of ``others``?"""
    if len(others) < 2 or not row.spend_eur or any(o.spend_eur is None for o in others):
        return False
    if not _near(row.spend_eur, sum(o.spend_eur or 0.0 for o in others), 0.01):
        return False
    if row.impressions is None:
        return True
    if any(o.impressions is None for o in others):
        return False
    return _near(row.impressions, sum(o.impressions or 0.0 for o in others), 1.0)


def _varies(rows: list[ExportRow], dimension: str) -> bool:
    """True when two rows equal in every other dimension differ in ``dimension``."""
    at = DIMENSIONS.index(dimension)
    values: dict[tuple, set[str]] = defaultdict(set)
    for r in rows:
        if r.dimensions and not r.totals:
            values[r.dimensions[:at] + r.dimensions[at + 1 :]].add(r.dimensions[at])
    return any(len(v) > 1 for v in values.values())


def _one_day_rows(rows: list[ExportRow]) -> bool:
    """Many rows of one campaign or ad set whose reporting period is one day each."""
    days: dict[str, set[dt.date]] = defaultdict(set)
    for r in rows:
        if not r.totals and r.starts is not None and r.starts == r.ends:
            days[r.name].add(r.starts)
    return any(len(v) > 1 for v in days.values())


def _slice_kinds(rows: list[ExportRow], columns: dict[str, int]) -> tuple[str, ...]:
    """The breakdowns of the rows: price-only slices first, then ``age``/``gender``."""
    kinds = [d for d in PRICE_ONLY_SLICES if d in columns and _varies(rows, d)]
    if "day" not in kinds and _one_day_rows(rows):
        kinds.insert(0, "day")
    kinds += [d for d in ("age", "gender") if d in columns and _varies(rows, d)]
    return tuple(kinds)


def _apply_slices(
    rows: list[ExportRow], kinds: tuple[str, ...], has_reach: bool
) -> tuple[list[ExportRow], str | None, list[Message]]:
    """Rows after summing gender slices and marking price-only slices; the breakdown's name and
    the note that explains it."""
    notes: list[Message] = []
    if "gender" in kinds:
        rows = _sum_genders(rows)
    price_kinds = [k for k in kinds if k in PRICE_ONLY_SLICES]
    if "age" in kinds and "gender" in kinds:
        name = "age_gender"
    elif kinds:
        name = kinds[0]
    else:
        name = None
    if price_kinds:
        name = price_kinds[0]
        wholes = _deliveries(rows) if has_reach else set()
        out = []
        for r in rows:
            if r.row in wholes:
                r = replace(r, why=_figures_reason(r.spend_eur, r.impressions, r.reach, r.cpm_column_eur))
            elif r.used:
                r = replace(r, price_only=True)
            out.append(r)
        rows = out
        slice_word = Message(f"calibration.slice.{name}")
        used_wholes = [r.row for r in rows if r.row in wholes and r.used]
        if used_wholes:
            shown = ", ".join(str(n) for n in used_wholes)
            notes.append(Message("calibration.note.slices_with_totals", slice=slice_word, row=shown))
        else:
            notes.append(Message("calibration.note.slices", slice=slice_word))
    elif "gender" in kinds:
        notes.append(Message("calibration.note.genders_summed"))
    if not has_reach:
        rows = [replace(r, price_only=True) if r.used else r for r in rows]
    return rows, name, notes


def _deliveries(rows: list[ExportRow]) -> set[int]:
    """Row numbers of the totals rows over slices that are whole deliveries: the totals of each
    campaign or ad set where the file has them, else the one totals row of the file."""
    totals = [r for r in rows if r.totals and r.reach is not None and r.impressions is not None]
    named = {r.row for r in totals if r.name}
    if named:
        return named
    return {totals[0].row} if len(totals) == 1 else set()


def _sum_genders(rows: list[ExportRow]) -> list[ExportRow]:
    """Gender slices of one age band and ad set summed into one row (different people add up)."""
    at = DIMENSIONS.index("gender")
    groups: dict[tuple, list[ExportRow]] = defaultdict(list)
    for r in rows:
        if r.used and not r.totals:
            groups[r.dimensions[:at] + r.dimensions[at + 1 :]].append(r)
    first_of = {id(group[0]): group for group in groups.values() if len(group) > 1}
    summed = {id(r) for group in first_of.values() for r in group}
    out = []
    for r in rows:
        if id(r) in first_of:
            group = first_of[id(r)]

            def total(attribute: str, group=group) -> float | None:
                values = [getattr(g, attribute) for g in group]
                return None if any(v is None for v in values) else float(sum(values))

            spend, impressions, reach_ = total("spend_eur"), total("impressions"), total("reach")
            out.append(
                replace(
                    r,
                    spend_eur=spend,
                    impressions=impressions,
                    reach=reach_,
                    recall_lift=total("recall_lift"),
                    cpm_column_eur=None,
                    merged=tuple(g.row for g in group),
                    why=_figures_reason(spend, impressions, reach_, None),
                )
            )
        elif id(r) not in summed:
            out.append(r)
    return out


def _mark_cpm_outliers(rows: list[ExportRow]) -> list[ExportRow]:
    cpms = [cpm for r in rows if r.used and (cpm := r.cpm_eur) is not None]
    if len(cpms) < 3:
        return rows
    median = statistics.median(cpms)
    out = []
    for r in rows:
        cpm = r.cpm_eur
        if r.used and cpm is not None and not (median / CPM_OUTLIER_FACTOR <= cpm <= median * CPM_OUTLIER_FACTOR):
            r = replace(r, why=reason("calibration.why.cpm_outlier", cpm=round(cpm, 2), median=round(median, 2)))
        out.append(r)
    return out
