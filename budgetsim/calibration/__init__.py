"""Calibration: the gemeente's own results replace national defaults (MODEL.md "Calibration").

Reading (files): :func:`read_meta_export` (Ads Manager export, CSV or XLSX),
:func:`read_targets` (which areas each row targeted), :func:`read_survey` (reader survey) and
:func:`survey_template`. Fitting (pure numpy/scipy): :func:`fit_social`, :func:`fit_print`.
Together: :func:`calibrate` (scenario + files -> :class:`Calibration`, with the values the data
cannot carry under ``not_used``) and :func:`apply_calibration` (scenario + calibration + the value
names taken, :data:`VALUE_NAMES` -> new scenario); :func:`values_not_used` says from a saved
record which assumptions were kept at the scenario's value.
"""

from .apply import (
    SAFE_CHOICE,
    VALUE_NAMES,
    Calibration,
    FittedValue,
    Targeting,
    apply_calibration,
    calibrate,
    chosen_values,
    fitted_values,
    not_used_values,
    parse_use,
    resolve_targets,
    values_not_used,
)
from .meta import META_AGE_GROUPS, ExportRow, MetaExport, read_meta_export
from .printfit import ANSWERS, PrintFit, SurveyCounts, answer_probabilities, fit_print
from .social import GroupFit, Observation, RowFit, SocialFit, fit_social, fitted_curves
from .survey import ANSWER_LABELS, ReaderSurvey, read_survey, survey_template
from .targets import TargetsFile, read_targets, targets_from_choices, targets_template

__all__ = [
    "ANSWERS",
    "ANSWER_LABELS",
    "META_AGE_GROUPS",
    "SAFE_CHOICE",
    "VALUE_NAMES",
    "Calibration",
    "ExportRow",
    "FittedValue",
    "GroupFit",
    "MetaExport",
    "Observation",
    "PrintFit",
    "ReaderSurvey",
    "RowFit",
    "SocialFit",
    "SurveyCounts",
    "Targeting",
    "TargetsFile",
    "answer_probabilities",
    "apply_calibration",
    "calibrate",
    "chosen_values",
    "fit_print",
    "fit_social",
    "fitted_curves",
    "fitted_values",
    "not_used_values",
    "parse_use",
    "read_meta_export",
    "read_survey",
    "read_targets",
    "resolve_targets",
    "survey_template",
    "targets_from_choices",
    "targets_template",
    "values_not_used",
]
