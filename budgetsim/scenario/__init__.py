"""The scenario file of SCENARIO.md: its schema, reading and migrating, writing, messages and checks.

* :mod:`.schema`: the fields and their types (:class:`Scenario` and its parts);
* :mod:`.read`: bytes -> JSON -> migrated -> checked (:func:`parse_scenario`, :func:`load_scenario`,
  :func:`scenario_from_dict`, :data:`MIGRATIONS`);
* :mod:`.write`: the file's text, the checks of the files to write (:func:`check_targets`) and the one
  atomic save (:func:`save_scenario`, :func:`write_atomic`, :func:`write_files`);
* :mod:`.messages`: every message by key, in Dutch and English;
* :mod:`.checks`: the checks across fields.

Building the model from a scenario is :mod:`budgetsim.planning`'s work, and so is making a new
scenario (:func:`budgetsim.planning.new_scenario` needs the model for the default print budget):
this package imports nothing of it.
"""

from __future__ import annotations

from ..allocation import SOCIAL_SPLITS
from ..assumptions import MAX_EUR, PER_BAND_KEYS, RANGE_KEYS, RANGE_LIMITS
from ..problems import InputError, Problem
from .read import MIGRATIONS, load_scenario, migrate, migration_notice, parse_scenario, scenario_from_dict
from .schema import (
    LEVELS,
    MANUAL_SUM_TOLERANCE_EUR,
    MAX_AREAS,
    MAX_FILE_BYTES,
    SCHEMA_VERSION,
    AreaEntry,
    AssumptionSettings,
    Budget,
    Calibration,
    CalibrationRecord,
    Constraints,
    Current,
    PrintSettings,
    Scenario,
    SocialSettings,
    Uncertainty,
)
from .write import (
    ScenarioExistsError,
    Target,
    check_targets,
    safe_filename,
    save_scenario,
    scenario_to_json,
    unique_path,
    write_atomic,
    write_files,
)

__all__ = [
    "LEVELS",
    "MANUAL_SUM_TOLERANCE_EUR",
    "MAX_AREAS",
    "MAX_EUR",
    "MAX_FILE_BYTES",
    "MIGRATIONS",
    "PER_BAND_KEYS",
    "RANGE_KEYS",
    "RANGE_LIMITS",
    "SCHEMA_VERSION",
    "SOCIAL_SPLITS",
    "AreaEntry",
    "check_targets",
    "AssumptionSettings",
    "Budget",
    "Calibration",
    "CalibrationRecord",
    "Constraints",
    "Current",
    "InputError",
    "load_scenario",
    "migrate",
    "migration_notice",
    "parse_scenario",
    "PrintSettings",
    "Problem",
    "safe_filename",
    "save_scenario",
    "Scenario",
    "scenario_from_dict",
    "scenario_to_json",
    "ScenarioExistsError",
    "SocialSettings",
    "Target",
    "Uncertainty",
    "unique_path",
    "write_atomic",
    "write_files",
]
