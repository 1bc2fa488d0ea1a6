"""The app's cached results (budgetsim.ui.results): what a slider move recomputes of the saturation chart."""

from __future__ import annotations

import json

import numpy as np
import pytest

from budgetsim import curves
from budgetsim.planning import new_scenario, with_budget
from budgetsim.scenario import scenario_from_dict, scenario_to_json
from budgetsim.ui import results as R
from tests.conftest import DORDRECHT


@pytest.fixture(scope="module")
def dragged():
    """Dordrecht's first screen and the social slider one step (€ 250) further."""
    scenario = new_scenario(DORDRECHT, social_eur=5000.0)
    return scenario_to_json(scenario), scenario_to_json(with_budget(scenario, social_eur=5250.0))


def test_a_slider_move_keeps_the_curve_points(dragged):
    before, after = dragged
    assert R.curve_points(before) is R.curve_points(after)
    d = scenario_from_dict(json.loads(after)).to_dict()
    d["assumptions"]["social"]["cpm_eur"] = 9.0
    assert R.curve_points(scenario_to_json(scenario_from_dict(d))) is not R.curve_points(after)
    d = scenario_from_dict(json.loads(after)).to_dict()
    d["budget"]["social_split"] = "optimal"
    assert R.curve_points(scenario_to_json(scenario_from_dict(d))) is not R.curve_points(after)


def test_the_screens_curves_and_bands_are_the_scenarios(dragged):
    _, after = dragged
    plan, planned = R.scenario_plan(after), R.evaluation(after)
    reach = R.curve_reach(plan)
    split = curves.scaled_split(planned)
    own = curves.saturation_curve_data(plan.model, plan.print_eur, plan.social_eur, split, max_eur=reach)
    screen = R.saturation_curves(after)
    assert list(screen["series"]) == list(own["series"])
    for column in curves.CURVE_COLUMNS[1:]:
        np.testing.assert_allclose(screen[column], own[column], rtol=1e-12)
    u = plan.scenario.uncertainty
    own_bands = curves.saturation_bands_data(
        plan.model,
        plan.print_eur,
        plan.social_eur,
        split,
        plan.uncertainty_ranges(),
        draws=R.SCREEN_BAND_DRAWS,
        seed=u.seed,
        df=curves.band_points(own, plan.print_eur, plan.social_eur, reach),
    )
    screen_bands = R.saturation_bands(after)
    assert list(screen_bands["budget_eur"]) == list(own_bands["budget_eur"])
    np.testing.assert_allclose(screen_bands[["p10", "p50", "p90"]], own_bands[["p10", "p50", "p90"]], rtol=1e-12)
