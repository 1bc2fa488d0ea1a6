"""A best split that changes nothing says so; money that cannot be spent is named."""

from __future__ import annotations

import numpy as np
import pytest

from budgetsim.allocation import NEGLIGIBLE_GAIN_POINTS, SplitGain, evaluate_split, split_gain
from budgetsim.areas import Areas
from budgetsim.model import ReachModel
from budgetsim.planning import DEFAULT_SOCIAL_EUR, ScenarioPlan, new_scenario


def test_zwolle_social_over_the_districts_was_already_almost_the_best():
    """The issue: "Social over de wijken" gained 2 residents (94.354 → 94.356) with a success message."""
    plan = ScenarioPlan(new_scenario("Zwolle"))
    before = plan.evaluate()
    after = evaluate_split(plan.model, plan.print_eur, plan.social_eur, "optimal", weights=plan.weights)
    gain = split_gain(before, after)
    assert round(gain.residents) == 2 and 0 <= gain.points < NEGLIGIBLE_GAIN_POINTS
    assert gain.negligible
    assert gain.message().key == "figures.split_already_best"
    assert gain.message().render("nl") == (
        "De beste verdeling bereikt 2 inwoners meer (minder dan 0,1 procentpunt): uw verdeling was al (bijna) de beste."
    )


def test_a_real_gain_is_said_in_residents_and_points():
    gain = SplitGain(residents=1234.4, points=1.26)
    assert not gain.negligible
    assert gain.message().render("nl") == (
        "De beste verdeling bereikt 1.234 inwoners meer (1,3 procentpunt van de doelgroep)."
    )
    assert "1.3 percentage points" in gain.message().render("en")


@pytest.mark.parametrize("gemeente", ["Schiermonnikoog", "Vlieland"])
def test_where_social_cannot_be_aimed_a_new_scenario_holds_no_social(gemeente):
    scenario = new_scenario(gemeente)
    assert ScenarioPlan(scenario).model.ad_sets.untargetable
    assert scenario.budget.social_eur == 0
    assert ScenarioPlan(scenario).warnings() == []


def test_where_social_can_be_aimed_a_new_scenario_holds_the_advised_social():
    assert new_scenario("Zwolle").budget.social_eur == DEFAULT_SOCIAL_EUR == 5000


def test_social_euros_no_ad_set_takes_are_named_beside_the_figure():
    e = ScenarioPlan(new_scenario("Schiermonnikoog", social_eur=5000)).evaluate()
    assert e.social_unspendable_eur == 5000
    notes = e.money_notes()
    assert [m.key for m in notes] == ["figures.social_unspendable"]
    assert notes[0].render("nl").startswith("€ 5.000 voor social media kan niet worden besteed")


def test_manual_euros_on_an_area_in_no_ad_set_are_unspendable():
    shares = [[0.1, 0.2, 0.3, 0.25, 0.15]] * 2
    areas = Areas.from_columns(["WK01", "WK02"], ["Groot", "Klein"], [9000, 300], [4000, 120], shares)
    model = ReachModel(areas)
    assert list(model.targeted) == [True, False]
    e = model.evaluate(0.0, np.array([1000.0, 250.0]))
    assert e.social_unspendable_eur == pytest.approx(250.0)
    assert e.manual_ineligible_funded == ["WK02"]
