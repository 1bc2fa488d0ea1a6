"""The figures and charts of a scenario, cached by its file text (the scenario JSON).

Results are cached as shared objects (``cache_resource``): nothing in the app mutates them, and
copying them on every call (``cache_data`` pickles) would cost more than computing some of them.
Each function is named for what it returns.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import streamlit as st

from .. import charts
from .. import curves as curve_data
from ..allocation import optimal_split_rule
from ..curves import nice_ceiling
from ..i18n import t
from ..model import Evaluation
from ..planning import ScenarioPlan
from ..scenario import Scenario, parse_scenario
from ..uncertainty import UncertaintyResult, uncertainty

#: Draws for the bands around the on-screen curves (the exports and the key figures use the scenario's).
SCREEN_BAND_DRAWS = 300
#: Width (px) of the saturation chart's plot on screen: it fits its column at 1440 px.
SCREEN_CHART_WIDTH = 500


@st.cache_resource(show_spinner=False, max_entries=64)
def scenario_of(scenario_json: str) -> Scenario:
    """The scenario of a file text, read and checked once (every result below starts from it; a
    slider move parsed the same text eight times, 20 ms at buurt level)."""
    return parse_scenario(scenario_json)


@st.cache_resource(show_spinner=False, max_entries=64)
def scenario_plan(scenario_json: str) -> ScenarioPlan:
    """The plan of a file text: its model, and its campaigns' ad sets and figures, built once."""
    return ScenarioPlan(scenario_of(scenario_json))


@st.cache_resource(show_spinner=False, max_entries=64)
def evaluation(scenario_json: str) -> Evaluation:
    """Every figure of a scenario's own plan (with campaigns: the year's)."""
    return scenario_plan(scenario_json).evaluate()


@st.cache_resource(show_spinner=False, max_entries=64)
def saturation_curves(scenario_json: str) -> pd.DataFrame:
    """The saturation curves (print, social, both) of the scenario's budgets."""
    plan = scenario_plan(scenario_json)
    return curve_points(scenario_json).curve_data(plan.print_eur, plan.social_eur, max_eur=curve_reach(plan))


def curve_reach(plan: ScenarioPlan) -> float:
    """Where the curves end: a round number past twice the plan's total and past "Nu" (marked too)."""
    current_print, current_social = plan.current_eur
    return nice_ceiling(max(2.0 * plan.total_eur, 1.25 * current_print, 1.25 * current_social, 10_000.0))


@st.cache_resource(show_spinner=False, max_entries=64)
def curve_points(scenario_json: str) -> curve_data.SaturationPoints:
    """The curve points of the scenario's model, split rule and band draws, kept across its budgets:
    by the scenario without its budgets (:func:`curve_basis`) and the split rule's key."""
    plan = scenario_plan(scenario_json)
    split_key, split = curve_split(plan, scenario_json)
    return scenario_curve_points(curve_basis(plan.scenario), split_key, plan, split)


def curve_basis(scenario: Scenario) -> str:
    """The scenario without what a budget move changes (its budgets, campaigns, "Nu", name and
    notes): the areas, assumptions, weights, limits and uncertainty that make a curve point."""
    moving = ("name", "notes", "budget", "campaigns", "current", "plan_year")
    return json.dumps({k: v for k, v in scenario.to_dict().items() if k not in moving}, sort_keys=True)


@st.cache_resource(show_spinner=False, max_entries=16)
def scenario_curve_points(basis: str, split_key: str, _plan: ScenarioPlan, _split) -> curve_data.SaturationPoints:
    """One :class:`~budgetsim.curves.SaturationPoints` per basis and split rule (the plan and rule
    of the first scenario that asks stand for all with the same keys); its bands have the
    scenario's ranges and seed and at most :data:`SCREEN_BAND_DRAWS` draws."""
    u = _plan.scenario.uncertainty
    return curve_data.SaturationPoints(
        _plan.model, _split, _plan.uncertainty_ranges(), draws=min(u.draws, SCREEN_BAND_DRAWS), seed=u.seed
    )


def curve_split(plan: ScenarioPlan, scenario_json: str) -> tuple[str, curve_data.SplitRule]:
    """How the curves split a social total, and a key that names it: the optimal split anew at every
    point when the plan uses it, else the plan's own split shape (its cached evaluation) scaled,
    named by that shape (12 decimals: the same shape at another total is the same rule)."""
    if plan.scenario.budget.social_split == "optimal":
        return "optimal", optimal_split_rule(plan.model, plan.weights, plan.constraints)
    planned = evaluation(scenario_json)
    social = np.asarray(planned.social_eur, float)
    shape = np.round(social / social.sum(), 12) if social.sum() > 0 else None
    key = "by_audience" if shape is None else hashlib.blake2b(shape.tobytes(), digest_size=16).hexdigest()
    return key, curve_data.scaled_split(planned)


@st.cache_resource(show_spinner=False, max_entries=16)
def uncertainty_result(scenario_json: str) -> UncertaintyResult:
    """P10/P50/P90 of the key figures and the sensitivity, with the scenario's draws and seed."""
    scenario = scenario_of(scenario_json)
    plan = scenario_plan(scenario_json)
    e = evaluation(scenario_json)
    u = scenario.uncertainty
    return uncertainty(plan.model, e.print_eur, e.social_eur, plan.uncertainty_ranges(), draws=u.draws, seed=u.seed)


@st.cache_resource(show_spinner=False, max_entries=16)
def saturation_bands(scenario_json: str) -> pd.DataFrame:
    """P10/P50/P90 of the three saturation curves on every other grid point and the plan's budgets
    (:func:`budgetsim.curves.band_points`; the same draws at every point).

    On screen a band of :data:`SCREEN_BAND_DRAWS` draws is smooth enough and keeps a slider move
    fast; the exported proposal computes its own with the scenario's draws.
    """
    plan = scenario_plan(scenario_json)
    curves = saturation_curves(scenario_json)
    points = curve_data.band_points(curves, plan.print_eur, plan.social_eur, curve_reach(plan))
    return curve_points(scenario_json).band_data(plan.print_eur, plan.social_eur, points)


@st.cache_resource(show_spinner=False, max_entries=32)
def saturation_chart(scenario_json: str, lang: str, show_bands: bool):
    scenario = scenario_of(scenario_json)
    plan = scenario_plan(scenario_json)
    bands = saturation_bands(scenario_json) if show_bands else None
    current_print, current_social = plan.current_eur  # the markers: "Nu" on its curves, the plan on the combined one
    return charts.saturation_chart(
        saturation_curves(scenario_json),
        current_print,
        current_social,
        lang,
        chart_context(scenario, plan, lang),
        bands=bands,
        width=SCREEN_CHART_WIDTH,
        plan_total=plan.total_eur,
    )


@st.cache_resource(show_spinner=False, max_entries=32)
def age_chart(scenario_json: str, lang: str):
    scenario = scenario_of(scenario_json)
    plan = scenario_plan(scenario_json)
    return charts.age_band_chart(evaluation(scenario_json).band_rows(), lang, chart_context(scenario, plan, lang))


@st.cache_resource(show_spinner=False, max_entries=32)
def map_chart(scenario_json: str, lang: str, metric: str):
    """The wijk map coloured by ``metric`` (see :data:`budgetsim.charts.MAP_METRICS`; at buurt level
    the buurten summed per wijk); None for areas without CBS boundaries."""
    scenario = scenario_of(scenario_json)
    plan = scenario_plan(scenario_json)
    if metric not in charts.MAP_METRICS:
        metric = "reach"
    try:
        return charts.area_map(evaluation(scenario_json), metric, lang, chart_context(scenario, plan, lang))
    except ValueError:
        return None


@st.cache_resource(show_spinner=False, max_entries=32)
def tornado_chart(scenario_json: str, lang: str):
    scenario = scenario_of(scenario_json)
    plan = scenario_plan(scenario_json)
    return charts.tornado_chart(
        uncertainty_result(scenario_json).sensitivity,
        lang,
        chart_context(scenario, plan, lang),
        point_reached=evaluation(scenario_json).total("reached"),
    )


CHARTS: dict[str, Callable[..., Any]] = {
    "saturation": saturation_chart,
    "age": age_chart,
    "map": map_chart,
    "tornado": tornado_chart,
}


@st.cache_resource(show_spinner=False, max_entries=64)
def chart_spec(kind: str, *args) -> dict:
    """The Vega-Lite spec of a chart, made once per scenario and language."""
    return CHARTS[kind](*args).to_dict()


def show_chart(kind: str, *args) -> None:
    st.vega_lite_chart(spec=chart_spec(kind, *args), theme=None)


def chart_context(scenario: Scenario, plan: ScenarioPlan, lang: str) -> charts.ChartContext:
    """What a chart is about: the place and the scenario's name."""
    return charts.ChartContext(plan.model.areas.gemeente_name or t("cli.own_areas", lang), scenario.name)
