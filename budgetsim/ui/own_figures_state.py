""" "Eigen cijfers" without Streamlit: reading the uploads, the targeting the user chose,
the tables the screen shows, and the state changes "Gebruik deze waarden" and its undo.

The screen (:mod:`budgetsim.ui.own_figures`) keeps in ``st.session_state``:

- :data:`EXPORT` and :data:`SURVEY`: ``(file name, bytes)`` of the uploaded Ads Manager export and
  reader survey (kept there, so a closed tab or a rerun loses nothing);
- :data:`TARGETS`: per export row name (``"*"`` for every row) the area or ad set codes and the age
  bands it targeted, ``{name: (codes, bands)}``; no entry (or no codes and every band) is the
  default, the whole gemeente aged 15 and over;
- :data:`UNDO`: the assumptions, ranges and calibration record before the fitted values were used;
- :data:`TAKE` and :data:`PICKED`: which values to take (the safe choice, every usable one, or
  those picked) and the names picked;
- ``calibration``: the scenario's ``calibration`` record (SCENARIO.md version 2) as a dict.

Every change is a function of the state returning the updates, as in :mod:`budgetsim.ui.state`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..assumption_text import assumption_value_text
from ..assumptions import PARAMETER_BY_KEY
from ..bands import TARGETABLE_BANDS
from ..calibration import (
    ANSWER_LABELS,
    ANSWERS,
    SAFE_CHOICE,
    Calibration,
    FittedValue,
    MetaExport,
    ReaderSurvey,
    apply_calibration,
    calibrate,
    fitted_curves,
    read_meta_export,
    read_survey,
    targets_from_choices,
)
from ..calibration.messages import in_file
from ..calibration_report import basis_text, kept_basis
from ..formatting import fmt_eur, fmt_int, fmt_pct
from ..i18n import band_label, t
from ..planning import scenario_areas
from ..problems import InputError, Message, Problem
from ..scenario import Scenario
from . import state as S

EXPORT = "own:export"
SURVEY = "own:survey"
TARGETS = "own:targets"
UNDO = "own:undo"
#: How the user takes the fitted values (:func:`take_options`) and, for ``picked``, the names picked.
TAKE = "own:take"
PICKED = "own:picked"
#: The scenario's calibration record in the state.
RECORD = "calibration"
#: Every export row at once in :data:`TARGETS`.
EVERY_ROW = "*"
#: Names in a record's ``fitted`` that are no assumption of their own.
NOT_ASSUMPTIONS = ("platform_share_factor", "page_seen_factor")

Updates = dict[str, Any]


# -- reading the uploads ---------------------------------------------------------------------------


@dataclass(frozen=True)
class OwnFiles:
    """The uploads as read: None where a file is absent or could not be read, with the reason in
    ``errors`` as ``(kind, InputError)`` (kind ``"export"`` or ``"survey"``)."""

    export: MetaExport | None
    survey: ReaderSurvey | None
    errors: tuple[tuple[str, InputError], ...] = ()


def _read(kind: str, reader, upload: tuple[str, bytes] | None, errors: list):
    if upload is None:
        return None
    name, data = upload
    try:
        return reader(bytes(data), name)
    except InputError as exc:
        errors.append((kind, InputError([in_file(p, name) for p in exc.problems])))
    except Exception:  # a file no reader expected: still a message, never a traceback
        errors.append((kind, InputError(Problem.of(name, f"app.own.{kind}.unreadable"))))
    return None


def read_files(export: tuple[str, bytes] | None, survey: tuple[str, bytes] | None) -> OwnFiles:
    """Read the uploaded export and survey; a file that is not one gives an error, never a crash."""
    errors: list[tuple[str, InputError]] = []
    return OwnFiles(
        _read("export", read_meta_export, export, errors), _read("survey", read_survey, survey, errors), tuple(errors)
    )


def file_changed(kind: str, upload: tuple[str, bytes] | None) -> Updates:
    """The user put a file into (or took it out of) the uploader of ``kind`` (export or survey).

    A new export starts without targeting choices: its rows have other names."""
    key = EXPORT if kind == "export" else SURVEY
    updates: Updates = {key: None if upload is None else (upload[0], bytes(upload[1]))}
    if kind == "export":
        updates[TARGETS] = {}
    return updates


# -- which areas and ages each row targeted --------------------------------------------------------


def row_names(export: MetaExport) -> list[str]:
    """The names the user can choose a targeting for, in file order, each once (rows without a
    name, such as a totals row, are left out)."""
    return list(dict.fromkeys(r.name for r in export.rows if r.name))


def targeting_chosen(state: Mapping[str, Any], name: str, codes, bands) -> Updates:
    """Row ``name`` (or ``"*"``) targeted ``codes`` (none: the whole gemeente) and ``bands``
    (none or all: every band 15+)."""
    choices = dict(state.get(TARGETS) or {})
    codes = tuple(codes)
    bands = tuple(b for b in TARGETABLE_BANDS if b in bands)
    if not codes and bands in ((), TARGETABLE_BANDS):
        choices.pop(name, None)
    else:
        choices[name] = (codes, bands)
    return {TARGETS: choices}


def targets_of(choices: Mapping[str, tuple], all_codes) -> Any:
    """The :class:`~budgetsim.calibration.TargetsFile` of the choices (None: every row the default).

    No codes means every area; no bands means every band 15+."""
    entries = {}
    for name, (codes, bands) in choices.items():
        if not codes and bands in ((), tuple(TARGETABLE_BANDS)):
            continue
        entries[name] = (list(codes) or list(all_codes), ",".join(bands) if bands else "")
    return targets_from_choices(entries, source="app") if entries else None


def own_calibration(scenario: Scenario, files: OwnFiles, choices: Mapping[str, tuple]) -> Calibration | None:
    """The calibration of the scenario by the files read (None when neither could be read)."""
    if files.export is None and files.survey is None:
        return None
    targets = None
    if files.export is not None and choices:
        targets = targets_of(choices, _scenario_codes(scenario))
    return calibrate(scenario, files.export, files.survey, targets)


def _scenario_codes(scenario: Scenario) -> list[str]:
    return list(scenario_areas(scenario).codes)


# -- which fitted values to take ------------------------------------------------------------------

#: How the user takes the fitted values: only the price per 1,000 impressions (the safe choice,
#: offered first), every usable value (MODEL.md's default), or the values picked one by one.
TAKE_SAFE, TAKE_EVERY, TAKE_PICKED = "safe", "every", "picked"


def take_options(calibration: Calibration) -> list[str]:
    """The ways to take the values this calibration offers, the safe choice first (when the price
    per 1,000 impressions can be used and is not the only value anyway)."""
    usable = calibration.usable_names
    if usable == ("cpm_eur",):
        return [TAKE_SAFE]
    return ([TAKE_SAFE] if "cpm_eur" in usable else []) + [TAKE_EVERY, TAKE_PICKED]


def default_take(options: list[str]) -> str:
    """Every usable value when offered (MODEL.md: by default every usable value is taken)."""
    return TAKE_EVERY if TAKE_EVERY in options else options[0]


def names_taken(calibration: Calibration, how: str, picked=()) -> frozenset[str]:
    """The value names (MODEL.md's) that "Gebruik deze waarden" takes: never one the data cannot carry."""
    usable = frozenset(calibration.usable_names)
    if how == TAKE_SAFE:
        return SAFE_CHOICE & usable
    if how == TAKE_PICKED:
        return frozenset(picked) & usable
    return usable


def unusable_values(calibration: Calibration) -> dict[str, Message]:
    """``{value name: why}`` of every fitted value the data cannot carry: shown, never offered."""
    return {**calibration.not_used("social"), **calibration.not_used("print")}


# -- using the fitted values, and undoing that ---------------------------------------------------


#: What "Gebruik deze waarden" changes, and so what its undo restores.
def _applied_keys(state: Mapping[str, Any]) -> list[str]:
    return [k for k in state if str(k).startswith(S.ASSUMPTION_PREFIXES)] + ["ranges_edited", RECORD]


def calibration_applied(state: Mapping[str, Any], scenario: Scenario, calibration: Calibration, use=None) -> Updates:
    """The values taken (``use``, value names; None: every usable one), their ranges and the
    calibration record into the state on the next run; the state before is kept for
    :func:`calibration_undone`. Only assumptions and ranges change (an estimated price per page is
    kept, marked as an estimate): never a budget, "Nu", the price per page or the pages."""
    fresh = S.scenario_to_state(apply_calibration(scenario, calibration, use=use))
    new = {k: v for k, v in fresh.items() if str(k).startswith(S.ASSUMPTION_PREFIXES)}
    new["ranges_edited"] = fresh["ranges_edited"]
    new[RECORD] = fresh.get(RECORD)
    before = {k: state.get(k) for k in dict.fromkeys(_applied_keys(state) + list(new))}
    return {"pending_state": new, UNDO: before}


def calibration_undone(state: Mapping[str, Any]) -> Updates:
    """Back to the assumptions, ranges and record from before "Gebruik deze waarden"."""
    before = state.get(UNDO)
    if not before:
        return {}
    return {"pending_state": dict(before), UNDO: None}


def current_record(state: Mapping[str, Any]) -> dict | None:
    """The calibration record of the state with the values edited by hand since marked (None
    without one), as it goes into the scenario file."""
    if not state.get(RECORD):
        return None
    try:
        return S.state_to_scenario(state).to_dict().get("calibration")
    except (KeyError, TypeError, ValueError):  # settings that do not fit together: the record as it is
        return dict(state[RECORD])


def _fitted_names(part: Mapping[str, Any]) -> list[str]:
    return [name for name in (part.get("fitted") or {}) if name not in NOT_ASSUMPTIONS]


def _edited(part: Mapping[str, Any], name: str) -> bool:
    """Was fitted value ``name`` (or one band of it: ``page_seen.65+``) changed by hand since the fit?
    Reading a scenario lists those in the record's ``edited``."""
    return any(e == name or str(e).startswith(f"{name}.") for e in part.get("edited") or ())


def fitted_basis(record: Mapping[str, Any] | None, key: str, lang: str) -> str | None:
    """Where the value of assumption ``key`` came from when it was fitted ("Uit uw cijfers:
    Eigen campagne 'Afval 2026', maart 2026"), marked when edited by hand afterwards; for a value
    measured but not used, its usual basis and that it kept the scenario's value (and why); None
    for a value the figures did not speak about."""
    channel, name = key.split(".", 1)
    part = (record or {}).get(channel)
    if not isinstance(part, Mapping):
        return None
    kept = kept_basis(dict(part), lang)
    if key in kept:
        return f"{PARAMETER_BY_KEY[key].basis(lang)} {kept[key]}"
    if name not in _fitted_names(part):
        return None
    text = t("app.own.basis", lang, basis=basis_text(dict(part), channel, lang))
    if _edited(part, name):
        text += " " + t("app.own.basis_edited", lang)
    return text


# -- what the screen shows -------------------------------------------------------------------------


def _default(key: str, band: str | None) -> float:
    default = PARAMETER_BY_KEY[key].default
    if band and isinstance(default, dict):
        return float(default[band])
    if isinstance(default, (int, float)):
        return float(default)
    raise ValueError(f"{key} has no default for {band or 'all bands'}")


def fitted_rows(values: list[FittedValue], lang: str) -> list[dict[str, str]]:
    """The fitted values beside the default and the value now, with their ranges and whether the
    data can carry them: one row each."""
    rows = []
    for v in values:
        label = PARAMETER_BY_KEY[v.key].label(lang)
        if v.band:
            label = f"{label}, {band_label(v.band, lang)}"

        def text(value: float, v=v) -> str:
            return assumption_value_text(v.key, value, lang, band=v.band)

        rows.append(
            {
                t("app.own.col.assumption", lang): label,
                t("app.own.col.default", lang): text(_default(v.key, v.band)),
                t("app.own.col.now", lang): text(v.before),
                t("app.own.col.fitted", lang): text(v.value),
                t("app.own.col.range", lang): f"{text(v.low)} – {text(v.high)}",
                t("app.own.col.usable", lang): t("app.own.yes" if v.usable else "app.own.no", lang),
            }
        )
    return rows


def _figure(value: float | None, lang: str, eur: bool = False) -> str:
    if value is None:
        return "–"
    return fmt_eur(value, lang, 2) if eur else fmt_int(value, lang)


def export_rows(calibration: Calibration | None, export: MetaExport, lang: str) -> list[dict[str, str]]:
    """Every row of the export, used or not, with the reason (first, so it is never cut off) and
    (where fitted) the model's reach."""
    fit = calibration.social if calibration is not None else None
    predicted = {r.row: r for r in fit.rows} if fit is not None else {}
    rows = []
    for r in export.rows:
        done = predicted.get(r.row)
        used = done.used if done is not None else (r.used and fit is not None)
        why = done.why if done is not None else r.why
        rows.append(
            {
                t("app.own.col.row", lang): str(r.row),
                t("app.own.col.name", lang): r.label or "–",
                t("app.own.col.used", lang): t("app.own.yes" if used else "app.own.no", lang),
                t("app.own.col.why", lang): why.render(lang) if why is not None else "",
                t("app.own.col.spend", lang): _figure(r.spend_eur, lang, eur=True),
                t("app.own.col.impressions", lang): _figure(r.impressions, lang),
                t("app.own.col.reach", lang): _figure(r.reach, lang),
                t("app.own.col.predicted", lang): _figure(done.predicted_reach if done and used else None, lang),
            }
        )
    return rows


def survey_rows(calibration: Calibration | None, survey: ReaderSurvey, lang: str) -> list[dict[str, str]]:
    """The five answers: the share in the survey and, where fitted, the share the fitted values give."""
    fit = calibration.print if calibration is not None else None
    total = float(survey.counts.counts.sum()) or 1.0
    column = survey.counts.counts.sum(axis=0)
    rows = []
    for i, answer in enumerate(ANSWERS):
        rows.append(
            {
                t("app.own.col.answer", lang): ANSWER_LABELS[answer][lang],
                t("app.own.col.count", lang): fmt_int(column[i], lang),
                t("app.own.col.observed", lang): fmt_pct(column[i] / total, lang, 0),
                t("app.own.col.expected", lang): fmt_pct(fit.expected[answer], lang, 0) if fit is not None else "–",
            }
        )
    return rows


#: The values behind the chart's fitted line: the spread and the reachable accounts.
LINE_VALUES = ("spread", "deliverable_accounts")


def line_not_used(calibration: Calibration) -> dict[str, Message]:
    """``{value name: why}`` of the chart line's values that the data cannot carry (the line still
    shows what the figures give; the chart says that those values are not used)."""
    fit = calibration.social
    return {name: why for name, why in (fit.not_used if fit is not None else {}).items() if name in LINE_VALUES}


def chart_data(calibration: Calibration) -> tuple[list[dict], list[dict]]:
    """``(rows, curves)`` for :func:`budgetsim.charts.calibration_chart`: every export row with
    impressions and reach (used or not) and the fitted reach curve of each group of rows."""
    fit = calibration.social
    if fit is None:
        return [], []
    rows = [
        {
            "row": r.row,
            "name": r.name,
            "impressions": r.impressions,
            "reach": r.reach,
            "predicted_reach": r.predicted_reach if r.used else None,
            "used": r.used,
        }
        for r in fit.rows
        if r.impressions and r.reach
    ]
    return rows, fitted_curves(fit)


def problem_lines(problems, lang: str, limit: int = 30) -> list[str]:
    """Problems in the files as lines for the screen (at most ``limit``, then how many more)."""
    lines = [p.text(lang) for p in problems]
    if len(lines) > limit:
        lines = lines[:limit] + [t("app.own.more", lang, n=len(lines) - limit)]
    return lines
