"""The app's state and its translation to and from a scenario file: moved to
:mod:`budgetsim.ui.state`; this name keeps working."""

from .ui.state import (  # noqa: F401
    SCENARIO_KEYS,
    SPLITS,
    assumption_key,
    default_range,
    default_state,
    range_key,
    scenario_to_state,
    state_to_scenario,
    state_to_scenario_dict,
)
