"""Reading a Meta Ads Manager export (CSV or XLSX) into :class:`MetaExport`.

Headers are matched without regard to case or accents, in English or Dutch (MODEL.md
"Calibration"): spend ("Amount spent (EUR)" / "Besteed bedrag (EUR)"), impressions
("Impressions" / "Weergaven"), reach ("Reach" / "Bereik"), a name (campaign, ad set or ad), the
reporting period, and optionally "Age" / "Leeftijd", "Estimated ad recall lift (people)" /
"Geschatte stijging van advertentieherinnering (personen)" and the CPM column.

Nothing in a row is fatal: a totals row, a row with reach at or above impressions, zero spend,
missing figures or impressions that do not fit spend and CPM is kept with the reason it cannot be
used (:attr:`ExportRow.why`), and problems in cells are listed by row and column
(:attr:`MetaExport.problems`). Only a file that is not an export at all raises
:class:`~budgetsim.problems.InputError`.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from dataclasses import dataclass, replace
from pathlib import Path

from ..problems import InputError, Message, Problem
from .messages import problem, reason
from .tables import Table, decimal_mark, fold, parse_date, parse_number, read_table

#: Meta's age groups (Ads Manager breakdown "Age" / "Leeftijd").
META_AGE_GROUPS: tuple[str, ...] = ("18-24", "25-34", "35-44", "45-54", "55-64", "65+")

#: Accepted headers per field, folded (:func:`~budgetsim.calibration.tables.fold`), without a
#: currency in brackets at the end.
HEADERS: dict[str, tuple[str, ...]] = {
    "spend": ("amount spent", "besteed bedrag", "uitgegeven bedrag", "bestede bedrag", "spend"),
    "impressions": ("impressions", "weergaven", "vertoningen"),
    "reach": ("reach", "bereik"),
    "ad_set": ("ad set name", "naam advertentieset", "advertentiesetnaam", "naam van advertentieset"),
    "campaign": ("campaign name", "campagnenaam", "naam campagne", "naam van campagne"),
    "ad": ("ad name", "advertentienaam", "naam advertentie", "naam van advertentie"),
    "starts": ("reporting starts", "begin rapportage", "rapportage begint", "start rapportage", "reporting start"),
    "ends": ("reporting ends", "einde rapportage", "rapportage eindigt", "eind rapportage", "reporting end"),
    "age": ("age", "leeftijd"),
    "recall_lift": (
        "estimated ad recall lift (people)",
        "geschatte stijging van advertentieherinnering (personen)",
        "geschatte stijging in advertentieherinnering (personen)",
    ),
    "cpm": ("cpm (cost per 1,000 impressions)", "cpm (kosten per 1.000 weergaven)", "cpm"),
}
REQUIRED = ("spend", "impressions", "reach")
#: How the required columns are named in messages.
SHOWN = {
    "spend": "Amount spent (EUR) / Besteed bedrag (EUR)",
    "impressions": "Impressions / Weergaven",
    "reach": "Reach / Bereik",
}
#: A row whose own cost per 1,000 impressions is this many times above or below the median of the
#: file is far from the rest.
CPM_OUTLIER_FACTOR = 3.0
#: Impressions may differ this much (relative) from spend / CPM of the CPM column (rounding).
CPM_COLUMN_TOLERANCE = 0.05
_TOTALS = re.compile(r"^(total|totaal|totalen|results from|resultaten van|resultaten uit|alle|all)\b")
_CURRENCY = re.compile(r"\s*\(([a-z]{3})\)$")


@dataclass(frozen=True)
class ExportRow:
    """One row of the export (a campaign, ad set or ad, per age group when broken down).

    ``row`` is its row number in the file (the header is usually row 1). ``why`` is None for a
    row that can be used, otherwise the reason it is left out.
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
    """An Ads Manager export: every row (used or not) and the problems found in cells."""

    source: str
    rows: tuple[ExportRow, ...]
    problems: tuple[Problem, ...] = ()
    columns: tuple[str, ...] = ()
    by_age: bool = False
    has_recall_lift: bool = False

    @property
    def used_rows(self) -> tuple[ExportRow, ...]:
        return tuple(r for r in self.rows if r.used)

    @property
    def skipped_rows(self) -> tuple[ExportRow, ...]:
        return tuple(r for r in self.rows if not r.used)

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

    def without_rows(self, numbers) -> MetaExport:
        """The same export with the given row numbers left out by the user (reason ``excluded``)."""
        numbers = set(numbers)
        rows = tuple(
            replace(r, why=reason("calibration.why.excluded")) if r.row in numbers and r.used else r for r in self.rows
        )
        return replace(self, rows=rows)


def _field_of(header: str) -> tuple[str | None, str | None]:
    """``(field, currency)`` of a header cell, e.g. ``("spend", "eur")``; ``(None, None)`` if unknown."""
    folded = fold(header)
    currency = None
    match = _CURRENCY.search(folded)
    bare = folded
    if match and not folded.endswith("(people)") and not folded.endswith("(personen)"):
        currency = match.group(1)
        bare = folded[: match.start()].strip()
    for name, variants in HEADERS.items():
        if bare in variants or folded in variants:
            return name, currency
    return None, None


def _header_score(cells: list[str]) -> int:
    return sum(1 for c in cells if _field_of(c)[0] is not None)


def _columns(table: Table) -> tuple[dict[str, int], list[Problem], str | None]:
    found: dict[str, int] = {}
    problems: list[Problem] = []
    currency = None
    for i, header in enumerate(table.header):
        name, cur = _field_of(header)
        if name is None:
            continue
        if name in found:
            problems.append(problem("calibration.meta.duplicate_column", table.header_row, header, column=header))
            continue
        found[name] = i
        if name == "spend" and cur:
            currency = cur
    return found, problems, currency


def _looks_like_survey(header: tuple[str, ...]) -> bool:
    folded = {fold(h) for h in header}
    return bool(folded & {"answer", "antwoord"})


def read_meta_export(source: bytes | str | Path, name: str | None = None) -> MetaExport:
    """Read an Ads Manager export from bytes or a path; ``name`` is the file name to record.

    Raises :class:`~budgetsim.problems.InputError` only for a file that is not an export (or not
    readable); everything about single rows is in the result.
    """
    if name is None:
        name = Path(source).name if isinstance(source, (str, Path)) else "export"
    table = read_table(source, _header_score)
    columns, problems, currency = _columns(table)
    missing = [f for f in REQUIRED if f not in columns]
    if missing:
        if _looks_like_survey(table.header):
            raise InputError(problem("calibration.meta.looks_like_survey", file=True))
        found = ", ".join(h for h in table.header if h) or "–"
        raise InputError(
            problem(
                "calibration.meta.not_export",
                file=True,
                missing=", ".join(SHOWN[f] for f in missing),
                found=found[:300],
            )
        )
    if currency and currency != "eur":
        raise InputError(
            problem(
                "calibration.meta.currency", table.header_row, table.header[columns["spend"]], currency=currency.upper()
            )
        )
    if not table.rows:
        raise InputError(problem("calibration.meta.no_rows", file=True))
    numeric = ("spend", "impressions", "reach", "recall_lift", "cpm")
    default_mark = "," if table.delimiter == ";" else "."
    mark = decimal_mark(
        (cells[columns[f]] for _, cells in table.rows for f in numeric if f in columns and columns[f] < len(cells)),
        default_mark,
    )
    rows = [_read_row(number, cells, columns, table.header, mark, problems) for number, cells in table.rows]
    rows = _mark_totals(rows, "age" in columns)
    rows = _mark_cpm_outliers(rows)
    return MetaExport(
        source=name,
        rows=tuple(rows),
        problems=tuple(problems),
        columns=table.header,
        by_age="age" in columns,
        has_recall_lift="recall_lift" in columns,
    )


def _cell(cells, columns, name):
    i = columns.get(name)
    if i is None or i >= len(cells):
        return None
    return cells[i]


def _read_row(number: int, cells, columns: dict[str, int], header, mark: str, problems: list[Problem]) -> ExportRow:
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
            why = why or reason("calibration.why.bad_number", column=column)
            value = None
        figures[name] = value
    dates = {}
    for name in ("starts", "ends"):
        raw = _cell(cells, columns, name)
        try:
            dates[name] = parse_date(raw)
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
        if value is None and why is None:
            why = reason("calibration.why.missing", column=header[columns[name]])
    if why is None:
        why = _figures_reason(spend, impressions, reach_, figures["cpm"])
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
    )


def _figures_reason(spend: float, impressions: float, reach_: float, cpm: float | None) -> Message | None:
    if impressions <= 0:
        return reason("calibration.why.zero_impressions")
    if spend <= 0:
        return reason("calibration.why.zero_spend")
    if reach_ <= 0:
        return reason("calibration.why.zero_reach")
    if reach_ >= impressions:
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


def _mark_totals(rows: list[ExportRow], by_age: bool) -> list[ExportRow]:
    """Totals rows: no name, a name like 'Total'/'Resultaten van …', (by age) no age group, or
    spend and impressions that are the sums of all other rows."""
    figured = [r for r in rows if r.spend_eur is not None and r.impressions is not None]
    all_spend = sum(r.spend_eur for r in figured)
    all_impressions = sum(r.impressions for r in figured)
    out = []
    for r in rows:
        folded = fold(r.name)
        total = (not folded) or bool(_TOTALS.match(folded)) or (by_age and r.age is None)
        if not total and r.spend_eur and r.impressions is not None and len(figured) > 2:
            spend, impressions = all_spend - r.spend_eur, all_impressions - r.impressions
            total = (
                abs(r.spend_eur - spend) <= 0.005 * spend + 0.01
                and abs(r.impressions - impressions) <= 0.005 * impressions + 1
            )
        out.append(replace(r, why=reason("calibration.why.totals")) if total else r)
    return out


def _mark_cpm_outliers(rows: list[ExportRow]) -> list[ExportRow]:
    cpms = [r.cpm_eur for r in rows if r.used]
    if len(cpms) < 3:
        return rows
    median = statistics.median(cpms)
    out = []
    for r in rows:
        if r.used and not (median / CPM_OUTLIER_FACTOR <= r.cpm_eur <= median * CPM_OUTLIER_FACTOR):
            r = replace(r, why=reason("calibration.why.cpm_outlier", cpm=round(r.cpm_eur, 2), median=round(median, 2)))
        out.append(r)
    return out
