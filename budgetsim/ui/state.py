"""The app's state as plain values, and its translation to and from a scenario file.

The Streamlit app keeps one value per widget in ``st.session_state`` under the keys below; these
pure functions turn a :class:`~budgetsim.scenario.Scenario` into those values (to open a file)
and back (to save one), so the mapping is tested without a browser.
"""

from __future__ import annotations

from typing import Any, Mapping

from .allocation import SOCIAL_SPLITS
from .assumptions import PARAMETERS
from .bands import TARGETABLE_BANDS
from .data import DEFAULT_GEMEENTE
from .scenario import SCHEMA_VERSION, Scenario, new_scenario, scenario_from_dict
from .uncertainty import DEFAULT_RANGES, FACTOR_PARAMETERS

SPLITS = SOCIAL_SPLITS

#: Keys of values that go into a scenario (the rest of session state is screen state).
SCENARIO_KEYS = ("gemeente", "inline_areas", "bands", "print_eur", "social_eur", "split", "weights",
                 "manual", "name", "notes", "area_names", "constraints", "u:seed", "u:draws", "ranges_edited")


def assumption_key(parameter_key: str, band: str | None = None) -> str:
    """Session key of one assumption: ``a:print.loyalty`` or ``a:print.page_seen:15-24``."""
    return f"a:{parameter_key}" if band is None else f"a:{parameter_key}:{band}"


def default_range(state: Mapping[str, Any], parameter_key: str) -> tuple[float, float]:
    """The default range of a parameter, widened to include its value in ``state``."""
    low, high = DEFAULT_RANGES[parameter_key]
    value = 1.0 if parameter_key in FACTOR_PARAMETERS else float(state[assumption_key(parameter_key)])
    return min(low, value), max(high, value)


def range_key(parameter_key: str, end: str) -> str:
    """Session key of one end (``low``/``high``) of an uncertainty range: ``u:social.cpm_eur:low``."""
    return f"u:{parameter_key}:{end}"


def scenario_to_state(scenario: Scenario) -> dict[str, Any]:
    """Widget values that show ``scenario`` (every key the app reads)."""
    d = scenario.to_dict()
    state: dict[str, Any] = {
        "gemeente": d["gemeente"],
        "inline_areas": d["areas"],
        "bands": list(d["target_bands"]),
        "print_eur": float(scenario.print_budget_eur()),
        "social_eur": float(d["budget"]["social_eur"]),
        "split": d["budget"]["social_split"],
        "weights": {k: float(v) for k, v in d["area_weights"].items()},
        "manual": {k: float(v) for k, v in d["budget"]["social_manual_eur"].items()},
        "name": d["name"],
        "notes": d["notes"],
        "area_names": dict(d["area_names"]),
        "constraints": d["constraints"],
        "u:seed": int(d["uncertainty"]["seed"]),
        "u:draws": int(d["uncertainty"]["draws"]),
    }
    for p in PARAMETERS:
        value = d["assumptions"][p.channel][p.name]
        if p.per_band:
            for band in TARGETABLE_BANDS:
                state[assumption_key(p.key, band)] = float(value[band])
        else:
            state[assumption_key(p.key)] = float(value)
    for key, (low, high) in scenario.uncertainty_ranges().items():
        state[range_key(key, "low")] = float(low)
        state[range_key(key, "high")] = float(high)
    state["ranges_edited"] = sorted(scenario.uncertainty.ranges)  # the rest follow their value
    return state


def default_state(gemeente: str = DEFAULT_GEMEENTE, lang_name: str = "") -> dict[str, Any]:
    """The app's first screen: a gemeente with print at its weekly page and social at €5,000."""
    return scenario_to_state(new_scenario(gemeente=gemeente, social_eur=5000, name=lang_name or None))


def state_to_scenario_dict(state: Mapping[str, Any]) -> dict:
    """A scenario file's object from the widget values (validate with ``scenario_from_dict``)."""
    assumptions: dict[str, dict] = {"print": {}, "social": {}}
    for p in PARAMETERS:
        if p.per_band:
            value: Any = {b: float(state[assumption_key(p.key, b)]) for b in TARGETABLE_BANDS}
        else:
            value = float(state[assumption_key(p.key)])
        assumptions[p.channel][p.name] = value
    ranges = {}
    edited = state.get("ranges_edited")  # None: every range counts as set by the user
    for key, (default_low, default_high) in DEFAULT_RANGES.items():
        low, high = state.get(range_key(key, "low")), state.get(range_key(key, "high"))
        if low is None or high is None or (edited is not None and key not in edited):
            continue
        value = 1.0 if key in FACTOR_PARAMETERS else float(state[assumption_key(key)])
        low, high = min(float(low), value), max(float(high), value)  # a range is around the value
        if (low, high) != (min(default_low, value), max(default_high, value)):
            ranges[key] = [low, high]  # only ranges the user changed go in the file
    manual = {k: float(v) for k, v in (state.get("manual") or {}).items() if v}
    if state["split"] != "manual":
        manual = {}
    return {
        "schema_version": SCHEMA_VERSION,
        "name": state.get("name") or "",
        "notes": state.get("notes") or "",
        "gemeente": state.get("gemeente"),
        "areas": state.get("inline_areas"),
        "target_bands": [b for b in TARGETABLE_BANDS if b in state["bands"]],
        "budget": {
            "print_eur": float(state["print_eur"]),
            "social_eur": float(state["social_eur"]),
            "social_split": state["split"],
            "social_manual_eur": manual,
        },
        "area_weights": {k: float(v) for k, v in (state.get("weights") or {}).items() if v != 1},
        "area_names": dict(state.get("area_names") or {}),
        "constraints": state.get("constraints") or {
            "print_min_eur": 0, "print_max_eur": None, "area_min_eur": {}, "area_max_eur": {}},
        "assumptions": assumptions,
        "uncertainty": {"seed": int(state.get("u:seed", 1)), "draws": int(state.get("u:draws", 2000)),
                        "ranges": ranges},
    }


def state_to_scenario(state: Mapping[str, Any]) -> Scenario:
    """The validated scenario of the widget values (raises ``InputError`` listing every problem)."""
    return scenario_from_dict(state_to_scenario_dict(state))
