"""Pages that exist (MODEL.md "Print"): at most one page per issue counts, and no best split,
frontier or target spends euros above ``issues_per_year`` pages."""

from __future__ import annotations

import numpy as np
import pytest

from budgetsim.allocation import Constraints, budget_for_target, frontier, optimise
from budgetsim.assumptions import PARAMETER_BY_KEY, Assumptions, PrintAssumptions
from budgetsim.planning import ScenarioPlan, new_scenario, with_budget
from budgetsim.problems import InputError
from budgetsim.scenario import scenario_from_dict
from tests.conftest import DORDRECHT

SCHIERMONNIKOOG = "GM0088"  # no ad set can be made: the paper is all there is


def _with_issues(scenario, issues):
    d = scenario.to_dict()
    d["assumptions"]["print"]["issues_per_year"] = issues
    return scenario_from_dict(d)


def _pages(model, print_eur: float) -> float:
    """Pages the euros pay for (not capped): what a plan would put in the paper."""
    return print_eur / model.price_per_insertion


# -- the assumption ------------------------------------------------------------------------------


def test_issues_per_year_is_an_assumption_of_52_saved_with_the_scenario():
    assert PARAMETER_BY_KEY["print.issues_per_year"].default == 52
    assert Assumptions().print.issues_per_year == 52
    written = new_scenario(DORDRECHT).to_dict()
    assert written["assumptions"]["print"]["issues_per_year"] == 52
    assert _with_issues(new_scenario(DORDRECHT), 26).assumptions.print.issues_per_year == 26
    assert _with_issues(new_scenario(DORDRECHT), 26.0).assumptions.print.issues_per_year == 26  # the app's float


@pytest.mark.parametrize("bad", [0, 366, 52.5, "52"])
def test_issues_per_year_is_a_whole_number_from_1_to_365(bad):
    with pytest.raises(InputError) as caught:
        _with_issues(new_scenario(DORDRECHT), bad)
    assert all(m.startswith("assumptions.print.issues_per_year: ") for m in caught.value.messages("en"))
    with pytest.raises(ValueError, match="print.issues_per_year"):
        PrintAssumptions(issues_per_year=bad)


# -- the model -----------------------------------------------------------------------------------


def test_euros_above_a_page_in_every_issue_buy_nothing():
    model = ScenarioPlan(new_scenario(DORDRECHT)).model
    cap = model.print_cap_eur
    assert cap == pytest.approx(52 * model.price_per_insertion)
    at_cap, above = model.evaluate(cap, 0.0), model.evaluate(2 * cap, 0.0)
    assert above.insertions == at_cap.insertions == 52
    assert above.total("reached") == at_cap.total("reached")
    assert above.total("reached_3plus") == at_cap.total("reached_3plus")
    assert above.print_eur_above_cap == pytest.approx(cap)
    assert at_cap.print_eur_above_cap == 0
    assert np.all(model.print_reach_and_slope(2 * cap)[1] == 0)
    assert np.all(model.print_reach_and_slope(cap)[1] > 0)  # the slope at the cap is the one from below
    assert above.marginal_print_per_100_eur == 0


def test_the_default_nu_is_a_page_in_every_issue():
    scenario = _with_issues(new_scenario(DORDRECHT), 26)
    plan = ScenarioPlan(scenario)
    print_eur, social_eur = plan.current_eur
    assert print_eur == pytest.approx(round(26 * plan.model.price_per_insertion))
    assert social_eur == 0


# -- the best splits, frontier and target ---------------------------------------------------------


def test_schiermonnikoog_krant_tegen_social_never_buys_more_pages_than_issues():
    """The issue's case: € 5.000 moved from social to the paper proposed 732 pages a year."""
    plan = ScenarioPlan(new_scenario(SCHIERMONNIKOOG, social_eur=5000))
    best = optimise(plan.model, plan.total_eur, plan.weights, plan.constraints)  # "Krant tegen social"
    assert _pages(plan.model, best.print_eur) <= 52 + 1e-9
    assert best.print_eur == pytest.approx(plan.model.print_cap_eur)
    assert best.unspent_eur == pytest.approx(plan.total_eur - plan.model.print_cap_eur)
    assert best.unspent_message().key == "figures.unspent"


def test_optimise_a_large_total_buys_at_most_52_pages():
    model = ScenarioPlan(new_scenario(SCHIERMONNIKOOG)).model
    best = optimise(model, 40000.0)
    assert _pages(model, best.print_eur) <= 52 + 1e-9
    assert model.evaluate(best.print_eur, best.social_eur).print_avg_frequency < 52


def test_where_social_can_be_aimed_the_rest_goes_to_social():
    """Dordrecht with a paper of 10 issues: print stops at 10 pages and social takes the rest."""
    scenario = _with_issues(new_scenario(DORDRECHT), 10)
    model = ScenarioPlan(scenario).model
    total = 60000.0
    best = optimise(model, total)
    assert _pages(model, best.print_eur) <= 10 + 1e-6
    assert best.total_eur == pytest.approx(total) and best.unspent_eur == 0
    assert best.print_eur == pytest.approx(model.print_cap_eur, abs=0.02)  # the cap binds: more pages would pay
    more_issues = optimise(ScenarioPlan(_with_issues(scenario, 52)).model, total)
    assert more_issues.print_eur > best.print_eur


def test_frontier_never_spends_above_the_cap():
    for gemeente in (SCHIERMONNIKOOG, DORDRECHT):
        model = ScenarioPlan(_with_issues(new_scenario(gemeente), 12)).model
        for plan in frontier(model, [1000.0, 20000.0, 80000.0, 200000.0]):
            assert _pages(model, plan.print_eur) <= 12 + 1e-6, gemeente


def test_target_never_spends_above_the_cap():
    model = ScenarioPlan(new_scenario(SCHIERMONNIKOOG)).model
    at_cap = model.evaluate(model.print_cap_eur, 0.0).reach_share
    beyond = budget_for_target(model, at_cap + 0.02)  # on main: reached by buying pages that do not exist
    assert not beyond.reachable and beyond.max_share == pytest.approx(at_cap)
    within = budget_for_target(model, at_cap - 0.05)
    assert within.reachable and within.total_eur <= model.print_cap_eur + 1
    assert _pages(model, within.allocation.print_eur) <= 52 + 1e-9


def test_a_print_minimum_above_the_cap_is_honoured():
    model = ScenarioPlan(new_scenario(SCHIERMONNIKOOG)).model
    best = optimise(model, 2000.0, constraints=Constraints(print_min_eur=1000.0))
    assert best.print_eur == pytest.approx(1000.0) and best.unspent_eur == pytest.approx(1000.0)


# -- a file that holds such euros says so -------------------------------------------------------


def test_a_file_with_print_euros_above_the_cap_gets_one_warning():
    base = new_scenario(DORDRECHT)
    assert ScenarioPlan(base).warnings() == []  # the default (rounded to whole euros) is no warning
    plan = ScenarioPlan(with_budget(base, print_eur=3 * ScenarioPlan(base).model.print_cap_eur))
    keys = [m.key for m in plan.warnings()]
    assert keys == ["figures.print_above_cap"]
    text = plan.warnings()[0].render("nl")
    assert "52 nummers" in text and "koopt niets" in text
    d = base.to_dict()
    d["current"] = {"print_eur": 1_000_000, "social_eur": 0}
    assert [m.key for m in ScenarioPlan(scenario_from_dict(d)).warnings()] == ["figures.current_above_cap"]
