"""Reading a reader survey (burgerpanel: "Hoe vaak leest u de gemeentepagina?").

Two layouts (CSV or XLSX, comma or semicolon, headers in Dutch or English, without regard to case
or accents):

- counts: ``answer,count`` and optionally ``band`` (``antwoord,aantal,leeftijdsgroep``), one row per
  answer (per band);
- one row per respondent: ``answer`` and optionally ``age`` in years (``antwoord,leeftijd``).

The five answers of MODEL.md are matched without regard to case, accents or brackets:
"(bijna) elke week", "een paar keer per maand", "één keer per maand of minder", "nooit",
"ik krijg de krant niet" (and their English versions). A row with an unknown answer, band, age or
count is reported by row and column and left out; only a file that is not a survey at all, or one
with no usable row, raises :class:`~budgetsim.problems.InputError`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..bands import TARGETABLE_BANDS
from ..problems import InputError, Message, Problem
from .messages import problem, reason
from .printfit import ANSWERS, SurveyCounts
from .tables import decimal_mark, field_of, fold, parse_number, read_table

#: How each answer is written (after :func:`_answer_key`), Dutch and English.
ANSWER_TEXTS: dict[str, tuple[str, ...]] = {
    "every_week": ("bijna elke week", "elke week", "wekelijks", "almost every week", "every week", "weekly"),
    "few_times_month": (
        "een paar keer per maand",
        "paar keer per maand",
        "enkele keren per maand",
        "a few times a month",
        "a few times per month",
        "few times a month",
    ),
    "once_month_or_less": (
        "een keer per maand of minder",
        "1 keer per maand of minder",
        "eens per maand of minder",
        "once a month or less",
        "once a month or less often",
        "monthly or less",
    ),
    "never": ("nooit", "never"),
    "no_paper": (
        "ik krijg de krant niet",
        "krijg de krant niet",
        "ik ontvang de krant niet",
        "geen krant",
        "i do not get the paper",
        "i dont get the paper",
        "i do not receive the paper",
        "i dont receive the paper",
        "no paper",
    ),
}
#: The answers as the template and messages show them.
ANSWER_LABELS: dict[str, dict[str, str]] = {
    "every_week": {"nl": "(bijna) elke week", "en": "(almost) every week"},
    "few_times_month": {"nl": "een paar keer per maand", "en": "a few times a month"},
    "once_month_or_less": {"nl": "één keer per maand of minder", "en": "once a month or less"},
    "never": {"nl": "nooit", "en": "never"},
    "no_paper": {"nl": "ik krijg de krant niet", "en": "I don't get the paper"},
}
#: The column names of :func:`survey_template`, Dutch and English (each one of :data:`HEADERS`).
TEMPLATE_HEADERS: dict[str, dict[str, str]] = {
    "answer": {"nl": "antwoord", "en": "answer"},
    "band": {"nl": "leeftijdsgroep", "en": "band"},
    "count": {"nl": "aantal", "en": "count"},
}
HEADERS: dict[str, tuple[str, ...]] = {
    "answer": ("answer", "antwoord", "response"),
    "count": ("count", "aantal", "n", "number", "respondents", "respondenten"),
    "band": ("band", "age band", "age group", "leeftijdsgroep", "leeftijdscategorie", "leeftijdsklasse"),
    "age": ("age", "leeftijd", "age in years", "leeftijd in jaren"),
}
BAND_YEARS = {"15-24": (15, 24), "25-44": (25, 44), "45-64": (45, 64), "65+": (65, 120)}


@dataclass(frozen=True)
class SurveyRow:
    """One row of the survey file and whether it counts (``why`` None) or not."""

    row: int
    answer: str | None
    band: str | None
    count: float
    why: Message | None = None

    @property
    def used(self) -> bool:
        return self.why is None


@dataclass(frozen=True)
class ReaderSurvey:
    """A reader survey: answer counts (per band where the file has bands), rows and problems."""

    source: str
    counts: SurveyCounts
    rows: tuple[SurveyRow, ...]
    problems: tuple[Problem, ...] = ()
    layout: str = "counts"  # or "respondents"

    @property
    def respondents(self) -> int:
        return self.counts.respondents


def _answer_key(text: str) -> str:
    folded = fold(text).replace("\u2019", "'").replace("'", "")
    folded = re.sub(r"[()\[\].,!?:;\"]", " ", folded)
    return re.sub(r"\s+", " ", folded).strip()


_ANSWER_LOOKUP = {_answer_key(t): key for key, texts in ANSWER_TEXTS.items() for t in texts}


def match_answer(text: str) -> str | None:
    """The answer key (:data:`~budgetsim.calibration.printfit.ANSWERS`) of a written answer, or None."""
    key = _answer_key(text)
    return _ANSWER_LOOKUP.get(key) or _ANSWER_LOOKUP.get(re.sub(r"^(ik )", "", key))


def match_band(text: str) -> str | None:
    """A budgetsim band from ``15-24``, ``15 – 24 jaar``, ``65+``, ``65 jaar en ouder``; else None."""
    folded = fold(text).replace(" ", "").replace("jaar", "").replace("years", "").replace("yrs", "")
    folded = folded.replace("enouder", "+").replace("andover", "+").replace("andolder", "+").replace("++", "+")
    return folded if folded in TARGETABLE_BANDS else None


def band_of_age(age: float) -> str | None:
    """The band of an age in years (None under 15)."""
    for band, (low, high) in BAND_YEARS.items():
        if low <= age < high + 1:
            return band
    return None


def _header_score(cells: list[str]) -> int:
    return sum(1 for c in cells if field_of(c, HEADERS) is not None)


def read_survey(source: bytes | str | Path, name: str | None = None) -> ReaderSurvey:
    """Read a reader survey from bytes or a path (see the module text); ``name`` is recorded."""
    if name is None:
        name = Path(source).name if isinstance(source, (str, Path)) else "survey"
    table = read_table(source, _header_score)
    columns: dict[str, int] = {}
    for i, header in enumerate(table.header):
        field_ = field_of(header, HEADERS)
        if field_ is not None and field_ not in columns:
            columns[field_] = i
    if "answer" not in columns:
        folded = {fold(h) for h in table.header}
        if folded & {"reach", "bereik", "impressions", "weergaven"}:
            raise InputError(problem("calibration.survey.looks_like_export", file=True))
        raise InputError(
            problem(
                "calibration.survey.not_survey", file=True, found=", ".join(h for h in table.header if h)[:300] or "–"
            )
        )
    age_is_band = False
    if "age" in columns and "band" not in columns:
        values = [
            str(cells[columns["age"]])
            for _, cells in table.rows
            if columns["age"] < len(cells) and cells[columns["age"]] not in (None, "")
        ]
        age_is_band = bool(values) and sum(match_band(v) is not None for v in values) > len(values) / 2
    band_column = columns.get("band", columns.get("age") if age_is_band else None)
    age_column = None if age_is_band else columns.get("age")
    count_column = columns.get("count")
    mark = decimal_mark(
        (cells[count_column] for _, cells in table.rows if count_column is not None and count_column < len(cells)),
        "," if table.delimiter == ";" else ".",
    )
    allowed_answers = " / ".join(label["nl"] for label in ANSWER_LABELS.values())
    problems: list[Problem] = []
    rows: list[SurveyRow] = []
    for number, cells in table.rows:

        def cell(index, cells=cells):
            return None if index is None or index >= len(cells) else cells[index]

        raw_answer = cell(columns["answer"])
        answer = match_answer(str(raw_answer)) if raw_answer not in (None, "") else None
        why = None
        if answer is None:
            problems.append(
                problem(
                    "calibration.survey.unknown_answer",
                    number,
                    table.header[columns["answer"]],
                    value=str(raw_answer or ""),
                    allowed=allowed_answers,
                )
            )
            why = reason("calibration.survey.unknown_answer", value=str(raw_answer or ""), allowed=allowed_answers)
        band = None
        if band_column is not None:
            raw = cell(band_column)
            band = match_band(str(raw)) if raw not in (None, "") else None
            if band is None and why is None:
                problems.append(
                    problem(
                        "calibration.survey.bad_band",
                        number,
                        table.header[band_column],
                        value=str(raw or ""),
                        allowed=", ".join(TARGETABLE_BANDS),
                    )
                )
                why = reason("calibration.survey.bad_band", value=str(raw or ""), allowed=", ".join(TARGETABLE_BANDS))
        elif age_column is not None:
            raw = cell(age_column)
            try:
                age = parse_number(raw, ".")
            except ValueError:
                age = None
            if age is None or not 0 <= age <= 120 or age != int(age):
                if why is None:
                    problems.append(
                        problem("calibration.survey.bad_age", number, table.header[age_column], value=str(raw or ""))
                    )
                    why = reason("calibration.survey.bad_age", value=str(raw or ""))
            elif age < 15:
                if why is None:
                    problems.append(
                        problem("calibration.survey.young", number, table.header[age_column], value=int(age))
                    )
                    why = reason("calibration.survey.young", value=int(age))
            else:
                band = band_of_age(age)
        count = 1.0
        if count_column is not None:
            raw = cell(count_column)
            try:
                parsed = parse_number(raw, mark)
            except ValueError:
                parsed = -1.0
            # an empty cell of the template: nobody gave this answer
            count = 0.0 if parsed is None else parsed
            if count < 0 or count != round(count):
                if why is None:
                    problems.append(
                        problem(
                            "calibration.survey.bad_count",
                            number,
                            table.header[count_column],
                            value=str(raw if raw is not None else ""),
                        )
                    )
                    why = reason("calibration.survey.bad_count", value=str(raw if raw is not None else ""))
                count = 0.0
        rows.append(SurveyRow(number, answer, band, float(count), why))
    by_band = band_column is not None or age_column is not None
    bands = tuple(b for b in TARGETABLE_BANDS if any(r.used and r.band == b for r in rows)) if by_band else None
    counts = np.zeros((len(bands) if bands else 1, len(ANSWERS)))
    for r in rows:
        if r.used:
            counts[bands.index(r.band) if bands else 0, ANSWERS.index(r.answer)] += r.count
    if counts.sum() <= 0:
        raise InputError(problems + [problem("calibration.survey.no_respondents", file=True)])
    return ReaderSurvey(
        source=name,
        counts=SurveyCounts(counts, bands),
        rows=tuple(rows),
        problems=tuple(problems),
        layout="counts" if count_column is not None else "respondents",
    )


def survey_template(lang: str = "nl", by_band: bool = True) -> str:
    """A CSV to fill in: the five answers (per band), with an empty count column."""
    columns = ("answer", "band", "count") if by_band else ("answer", "count")
    lines = [",".join(TEMPLATE_HEADERS[column][lang] for column in columns)]
    for key in ANSWERS:
        label = ANSWER_LABELS[key][lang]
        if by_band:
            lines += [f"{label},{band}," for band in TARGETABLE_BANDS]
        else:
            lines.append(f"{label},")
    return "\n".join(lines) + "\n"
