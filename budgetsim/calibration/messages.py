"""Message keys of calibration problems, with their texts in Dutch (B1) and English.

Every problem the calibration finds is built by :func:`problem` from a key and parameters, so the
texts live in one place. Where a problem has a place in a file, it names the row and the column
as the file shows them (``rij 5, kolom Bereik`` / ``row 5, column Reach``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..problems import InputError, Problem, format_number

MESSAGES: dict[str, dict[str, str]] = {
    # -- any file -------------------------------------------------------------------------
    "calibration.file.empty": {
        "nl": "het bestand is leeg",
        "en": "the file is empty",
    },
    "calibration.file.too_large": {
        "nl": "het bestand is groter dan {mb} MB; gebruik een kleiner bestand",
        "en": "the file is larger than {mb} MB; use a smaller file",
    },
    "calibration.file.unreadable": {
        "nl": "kan het bestand niet lezen ({reason})",
        "en": "cannot read the file ({reason})",
    },
    "calibration.file.xls": {
        "nl": "dit is een oud Excel-bestand (.xls); sla het op als .xlsx of als CSV",
        "en": "this is an old Excel file (.xls); save it as .xlsx or as CSV",
    },
    "calibration.file.bad_xlsx": {
        "nl": "dit Excel-bestand is niet te openen ({reason}); sla het opnieuw op als .xlsx of als CSV",
        "en": "this Excel file cannot be opened ({reason}); save it again as .xlsx or as CSV",
    },
    "calibration.file.not_text": {
        "nl": "dit is geen tekstbestand (CSV) en geen Excel-bestand (.xlsx)",
        "en": "this is not a text file (CSV) and not an Excel file (.xlsx)",
    },
    "calibration.file.too_many_rows": {
        "nl": "het bestand heeft meer dan {max} rijen; budgetsim leest er hooguit {max}",
        "en": "the file has more than {max} rows; budgetsim reads at most {max}",
    },
    "calibration.file.more_problems": {
        "nl": "en nog {n} problemen",
        "en": "and {n} more problems",
    },
    # -- cells ----------------------------------------------------------------------------
    "calibration.cell.not_number": {
        "nl": "{value!r} is geen getal; schrijf bijvoorbeeld {example}",
        "en": "{value!r} is not a number; write for example {example}",
    },
    "calibration.cell.negative": {
        "nl": "mag niet negatief zijn (nu {value})",
        "en": "must not be negative (got {value})",
    },
    "calibration.cell.empty": {
        "nl": "is leeg; hier hoort een getal",
        "en": "is empty; a number belongs here",
    },
    "calibration.cell.bad_date": {
        "nl": "{value!r} is geen datum; schrijf bijvoorbeeld 2026-03-01 of 1-3-2026 (de rij telt wel mee)",
        "en": "{value!r} is not a date; write for example 2026-03-01 (the row is still used)",
    },
    # -- Ads Manager export -----------------------------------------------------------------
    "calibration.meta.not_export": {
        "nl": "dit lijkt geen export uit Meta Advertentiebeheer: de kolom(men) {missing} ontbreken. "
              "Verwacht: een kopregel met Besteed bedrag (EUR), Weergaven en Bereik (of Amount spent (EUR), "
              "Impressions en Reach). Gevonden: {found}",
        "en": "this does not look like a Meta Ads Manager export: the column(s) {missing} are missing. "
              "Expected: a header with Amount spent (EUR), Impressions and Reach (or Besteed bedrag (EUR), "
              "Weergaven and Bereik). Found: {found}",
    },
    "calibration.meta.looks_like_survey": {
        "nl": "dit lijkt een lezersonderzoek, geen export uit Advertentiebeheer; gebruik het bij 'lezersonderzoek' (--survey)",
        "en": "this looks like a reader survey, not an Ads Manager export; use it as the survey (--survey)",
    },
    "calibration.meta.currency": {
        "nl": "de bedragen staan in {currency}; budgetsim rekent in euro. Exporteer in EUR",
        "en": "the amounts are in {currency}; budgetsim works in euros. Export in EUR",
    },
    "calibration.meta.no_rows": {
        "nl": "het bestand heeft geen rijen met cijfers onder de kopregel",
        "en": "the file has no rows with figures below the header",
    },
    "calibration.meta.nothing_usable": {
        "nl": "geen enkele rij is bruikbaar (zie de redenen per rij); er is niets te schatten",
        "en": "no row can be used (see the reason for each row); there is nothing to fit",
    },
    "calibration.meta.unknown_age": {
        "nl": "leeftijdsgroep {value!r} is onbekend; Meta gebruikt {allowed} (de rij telt niet mee)",
        "en": "age group {value!r} is unknown; Meta uses {allowed} (the row is not used)",
    },
    "calibration.meta.duplicate_column": {
        "nl": "kolom {column!r} staat er twee keer; budgetsim gebruikt de eerste",
        "en": "column {column!r} appears twice; budgetsim uses the first",
    },
    # why a row is not used (short, for the table of rows)
    "calibration.why.totals": {"nl": "totaalrij", "en": "totals row"},
    "calibration.why.excluded": {"nl": "zelf uitgezet", "en": "left out by you"},
    "calibration.why.reach_above_impressions": {
        "nl": "bereik ({reach}) is niet kleiner dan het aantal weergaven ({impressions})",
        "en": "reach ({reach}) is not below impressions ({impressions})",
    },
    "calibration.why.zero_spend": {"nl": "besteed bedrag is 0", "en": "amount spent is 0"},
    "calibration.why.zero_impressions": {"nl": "geen weergaven", "en": "no impressions"},
    "calibration.why.zero_reach": {"nl": "bereik is 0", "en": "reach is 0"},
    "calibration.why.missing": {"nl": "{column} ontbreekt", "en": "{column} is missing"},
    "calibration.why.bad_number": {"nl": "{column} is geen getal", "en": "{column} is not a number"},
    "calibration.why.cpm_mismatch": {
        "nl": "weergaven passen niet bij bedrag en CPM (verwacht ongeveer {expected})",
        "en": "impressions do not match spend and CPM (expected about {expected})",
    },
    "calibration.why.cpm_outlier": {
        "nl": "prijs per 1.000 weergaven ({cpm}) ligt ver van de rest (mediaan {median})",
        "en": "cost per 1,000 impressions ({cpm}) is far from the rest (median {median})",
    },
    "calibration.why.unknown_age": {"nl": "onbekende leeftijdsgroep {value}", "en": "unknown age group {value}"},
    "calibration.why.no_audience": {
        "nl": "de gekozen gebieden en leeftijden hebben geen doelgroep",
        "en": "the chosen areas and ages have no audience",
    },
    # -- targets file ---------------------------------------------------------------------
    "calibration.targets.not_targets": {
        "nl": "dit lijkt geen bestand met doelgebieden: verwacht de kolommen row_name en area_or_ad_set_codes "
              "(of rij, gebieden), gevonden: {found}",
        "en": "this does not look like a targets file: expected the columns row_name and area_or_ad_set_codes, "
              "found: {found}",
    },
    "calibration.targets.unknown_code": {
        "nl": "{code!r} is geen gebied of advertentieset van dit scenario (bijvoorbeeld {examples}){hint}",
        "en": "{code!r} is not an area or ad set of this scenario (for example {examples}){hint}",
    },
    "calibration.targets.no_codes": {
        "nl": "geen gebieden genoemd; schrijf codes gescheiden door spaties, of de gemeentecode voor de hele gemeente",
        "en": "no areas given; write codes separated by spaces, or the gemeente code for the whole gemeente",
    },
    "calibration.targets.bad_bands": {
        "nl": "{value!r} zijn geen leeftijdsgroepen; schrijf bijvoorbeeld 15-24, 25-44 of 45+",
        "en": "{value!r} are not age bands; write for example 15-24, 25-44 or 45+",
    },
    "calibration.targets.unknown_row": {
        "nl": "{name!r} is geen rij uit de export (rijen: {names})",
        "en": "{name!r} is not a row of the export (rows: {names})",
    },
    "calibration.targets.duplicate": {
        "nl": "{name!r} staat al op rij {first}; noem elke rij één keer",
        "en": "{name!r} is already on row {first}; list every row once",
    },
    # -- reader survey --------------------------------------------------------------------
    "calibration.survey.not_survey": {
        "nl": "dit lijkt geen lezersonderzoek: verwacht de kolom answer (of antwoord), met count (aantal) "
              "en eventueel band (leeftijdsgroep), of één rij per inwoner met age (leeftijd). Gevonden: {found}",
        "en": "this does not look like a reader survey: expected the column answer, with count and optionally "
              "band, or one row per respondent with age. Found: {found}",
    },
    "calibration.survey.looks_like_export": {
        "nl": "dit lijkt een export uit Advertentiebeheer, geen lezersonderzoek; gebruik het bij 'export' (--meta)",
        "en": "this looks like an Ads Manager export, not a reader survey; use it as the export (--meta)",
    },
    "calibration.survey.unknown_answer": {
        "nl": "{value!r} is geen van de vijf antwoorden ({allowed}); de rij telt niet mee",
        "en": "{value!r} is not one of the five answers ({allowed}); the row is not used",
    },
    "calibration.survey.bad_band": {
        "nl": "{value!r} is geen leeftijdsgroep ({allowed}); de rij telt niet mee",
        "en": "{value!r} is not an age band ({allowed}); the row is not used",
    },
    "calibration.survey.bad_age": {
        "nl": "{value!r} is geen leeftijd in jaren (15 tot 120); de rij telt niet mee",
        "en": "{value!r} is not an age in years (15 to 120); the row is not used",
    },
    "calibration.survey.young": {
        "nl": "leeftijd {value} is onder de 15; budgetsim rekent met inwoners van 15 jaar en ouder (de rij telt niet mee)",
        "en": "age {value} is under 15; budgetsim counts residents aged 15 and over (the row is not used)",
    },
    "calibration.survey.bad_count": {
        "nl": "{value!r} is geen aantal (een heel getal van 0 of meer); de rij telt niet mee",
        "en": "{value!r} is not a count (a whole number of 0 or more); the row is not used",
    },
    "calibration.survey.no_readers": {
        "nl": "niemand in het onderzoek krijgt de krant; lezen valt niet te schatten",
        "en": "nobody in the survey receives the paper; reading cannot be estimated",
    },
    "calibration.survey.no_respondents": {
        "nl": "het onderzoek heeft geen bruikbare antwoorden",
        "en": "the survey has no usable answers",
    },
    "calibration.survey.band_no_readers": {
        "nl": "in leeftijdsgroep {band} krijgt niemand de krant; die groep houdt haar waarde",
        "en": "in age band {band} nobody receives the paper; that band keeps its value",
    },
    # -- applying -------------------------------------------------------------------------
    "calibration.apply.nothing": {
        "nl": "geef een export uit Advertentiebeheer (--meta) of een lezersonderzoek (--survey), of allebei",
        "en": "give an Ads Manager export (--meta) or a reader survey (--survey), or both",
    },
}


@dataclass(frozen=True)
class Reason:
    """Why a row is not used: a message key and its parameters (texts in :data:`MESSAGES`)."""

    key: str
    params: tuple[tuple[str, object], ...] = ()

    def text(self, lang: str = "nl") -> str:
        return text(self.key, lang, **dict(self.params))


def reason(key: str, **params) -> Reason:
    """A :class:`Reason` for ``key`` with ``params``."""
    return Reason(key, tuple(params.items()))


def text(key: str, lang: str = "nl", **params) -> str:
    """The message ``key`` in ``lang`` with ``params`` filled in (numbers in the language's format)."""
    shown = {k: (format_number(v, lang) if isinstance(v, (int, float)) and not isinstance(v, bool) else v)
             for k, v in params.items()}
    return MESSAGES[key][lang].format(**shown)


def where(row: int | None = None, column: str | None = None, *, file: bool = False) -> tuple[str, str | None]:
    """``(path, path_nl)`` of a place in a file: ``row 5, column Reach`` / ``rij 5, kolom Reach``."""
    if row is None and column is None:
        return ("file", "bestand") if file else ("", None)
    if row is None:
        return f"column {column}", f"kolom {column}"
    if column is None:
        return f"row {row}", f"rij {row}"
    return f"row {row}, column {column}", f"rij {row}, kolom {column}"


def problem(key: str, row: int | None = None, column: str | None = None, *, file: bool = False,
            **params) -> Problem:
    """A :class:`~budgetsim.problems.Problem` at ``row``/``column`` with the texts of ``key``."""
    path, path_nl = where(row, column, file=file)
    return Problem(path, text(key, "nl", **params), text(key, "en", **params), path_nl)


def file_error(key: str, **params) -> InputError:
    """An :class:`~budgetsim.problems.InputError` about the whole file."""
    return InputError(problem(key, file=True, **params))
