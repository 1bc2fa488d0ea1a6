"""From a scenario to numbers (budgetsim.planning): social splits, budgets, key figures."""

import numpy as np
import pytest

from budgetsim.allocation import weighted_reached
from budgetsim.planning import ScenarioPlan, key_figures, new_scenario, next_thousand, with_budget
from budgetsim.scenario import scenario_from_dict
from tests.conftest import DORDRECHT

PLATFORM = np.array([0.0, 0.85, 0.85, 0.75, 0.55])


def _scenario(**changes):
    """Dordrecht, print 20,000, social 5,000; ``changes`` go into the file's object (``budget__x``)."""
    d = new_scenario(gemeente=DORDRECHT, print_eur=20000, social_eur=5000).to_dict()
    for key, value in changes.items():
        parts = key.split("__")
        target = d
        for part in parts[:-1]:
            target = target[part]
        target[parts[-1]] = value
    return scenario_from_dict(d)


def _audience(plan: ScenarioPlan) -> np.ndarray:
    """``A_i`` computed from the areas' population and the default platform shares (all bands)."""
    return (np.asarray(plan.model.areas.population) * PLATFORM).sum(axis=1)


def test_by_audience_split():
    plan = ScenarioPlan(_scenario())
    e = plan.evaluate()
    audience = _audience(plan)
    eligible = audience >= 1000
    expected = np.where(eligible, 5000.0 * audience / audience[eligible].sum(), 0.0)
    np.testing.assert_allclose(e.social_eur, expected, rtol=1e-12)
    assert (~eligible).any()  # Dordrecht has wijken too small to target
    assert e.print_eur == 20000.0
    direct = plan.model.evaluate(20000.0, expected)
    assert e.total("reached") == pytest.approx(direct.total("reached"), rel=1e-12)
    assert ScenarioPlan(plan.scenario).evaluate().total("reached") == pytest.approx(e.total("reached"))


def test_manual_split():
    codes = ScenarioPlan(_scenario()).model.areas.codes
    manual = {codes[0]: 3000.0, codes[4]: 1500.0, codes[8]: 500.0}
    plan = ScenarioPlan(_scenario(budget__social_split="manual", budget__social_manual_eur=manual))
    e = plan.evaluate()
    expected = np.array([manual.get(c, 0.0) for c in codes])
    np.testing.assert_array_equal(e.social_eur, expected)
    assert e.total("reached") == pytest.approx(plan.model.evaluate(20000.0, expected).total("reached"), rel=1e-12)


def test_optimal_split_with_weights_and_caps():
    base = ScenarioPlan(_scenario())
    codes = base.model.areas.codes
    eligible = _audience(base) >= 1000
    funded = [c for c, ok in zip(codes, eligible) if ok]
    weights = {funded[0]: 3.0, funded[1]: 0.5}
    caps = {funded[0]: 400.0, funded[2]: 150.0}
    floors = {funded[3]: 900.0}
    plan = ScenarioPlan(
        _scenario(
            budget__social_split="optimal",
            area_weights=weights,
            constraints__area_max_eur=caps,
            constraints__area_min_eur=floors,
        )
    )
    e = plan.evaluate()
    social = e.social_eur
    idx = {c: i for i, c in enumerate(codes)}
    assert social.sum() == pytest.approx(5000.0)
    assert social[idx[funded[0]]] == pytest.approx(400.0)  # heavy weight: at its cap
    assert social[idx[funded[2]]] <= 150.0 + 1e-9
    assert social[idx[funded[3]]] >= 900.0 - 1e-9
    assert np.all(social[~eligible] == 0)
    w = np.array([weights.get(c, 1.0) for c in codes])
    best = weighted_reached(plan.model, 20000.0, social, w)
    # no feasible split does better: the audience split clipped to the bounds, and random ones
    lo = np.array([floors.get(c, 0.0) for c in codes])
    hi = np.where(eligible, np.array([caps.get(c, np.inf) for c in codes]), 0.0)
    rng = np.random.default_rng(0)
    for _ in range(30):
        trial = lo + rng.dirichlet(np.ones(len(codes))) * (5000.0 - lo.sum()) * eligible
        trial = np.minimum(trial, hi)
        trial[eligible & np.isinf(hi)] += (5000.0 - trial.sum()) / (eligible & np.isinf(hi)).sum()
        assert trial.sum() == pytest.approx(5000.0)
        assert weighted_reached(plan.model, 20000.0, trial, w) <= best + 1e-6
    # marginal weighted reach per euro is equal across funded areas strictly inside their bounds
    h = 1e-3
    inside = [i for i in range(len(codes)) if eligible[i] and lo[i] + 1 < social[i] < hi[i] - 1]
    marginals = []
    for i in inside:
        up = social.copy()
        up[i] += h
        marginals.append((weighted_reached(plan.model, 20000.0, up, w) - best) / h)
    assert len(inside) >= 3
    assert max(marginals) == pytest.approx(min(marginals), rel=1e-3)
    # weights change the optimum, never the reported reach of a given split
    unweighted = ScenarioPlan(
        _scenario(budget__social_split="optimal", constraints__area_max_eur=caps, constraints__area_min_eur=floors)
    ).evaluate()
    assert not np.allclose(unweighted.social_eur, social)
    assert e.total("reached") == pytest.approx(plan.model.evaluate(20000.0, social).total("reached"))


def test_with_budget_scales_manual_split():
    codes = ScenarioPlan(_scenario()).model.areas.codes
    manual = {codes[0]: 3000.0, codes[5]: 2000.0}
    s = _scenario(budget__social_split="manual", budget__social_manual_eur=manual)
    bigger = with_budget(s, social_eur=7500)
    assert bigger.budget.social_eur == 7500
    assert bigger.budget.social_split == "manual"
    assert bigger.budget.social_manual_eur == pytest.approx({codes[0]: 4500.0, codes[5]: 3000.0})
    assert bigger.budget.print_eur == 20000
    more_print = with_budget(s, print_eur=30000)
    assert more_print.budget.print_eur == 30000
    assert more_print.budget.social_manual_eur == pytest.approx(manual)
    zero = with_budget(s, social_eur=0)
    assert sum(zero.budget.social_manual_eur.values()) == 0
    assert ScenarioPlan(zero).evaluate().social_eur.sum() == 0
    back = with_budget(zero, social_eur=1000)  # nothing to scale: falls back to the audience split
    assert back.budget.social_split == "by_audience" and back.budget.social_manual_eur == {}
    assert ScenarioPlan(back).evaluate().social_eur.sum() == pytest.approx(1000.0)


def test_with_budget_other_splits_keep_their_rule():
    s = _scenario(budget__social_split="optimal")
    changed = with_budget(s, print_eur=1000, social_eur=9000)
    assert changed.budget.social_split == "optimal"
    e = ScenarioPlan(changed).evaluate()
    assert e.print_eur == 1000 and e.social_eur.sum() == pytest.approx(9000.0)


@pytest.mark.parametrize("split", ["by_audience", "optimal", "manual"])
def test_key_figures_add_up(split):
    changes = {"budget__social_split": split}
    if split == "manual":
        codes = ScenarioPlan(_scenario()).model.areas.codes
        changes["budget__social_manual_eur"] = {codes[1]: 2500.0, codes[2]: 2500.0}
    e = ScenarioPlan(_scenario(**changes)).evaluate()
    k = key_figures(e)
    assert k["print_only"] + k["social_only"] + k["both"] == pytest.approx(k["reached"], rel=1e-12)
    assert min(k["print_only"], k["social_only"], k["both"]) > 0
    assert k["reached"] == pytest.approx(float(e.reached.sum()))
    assert k["reach_share"] == pytest.approx(k["reached"] / k["target_population"])
    assert k["total_eur"] == pytest.approx(25000.0)
    assert k["cost_per_reached_eur"] == pytest.approx(25000.0 / k["reached"])
    assert k["reached_3plus"] <= k["reached"]


def test_key_figures_nothing_spent():
    k = key_figures(ScenarioPlan(_scenario(budget__print_eur=0, budget__social_eur=0)).evaluate())
    assert k["reached"] == 0 and k["cost_per_reached_eur"] is None and k["reach_share"] == 0


@pytest.mark.parametrize("split", ["by_audience", "manual"])
def test_next_thousand_equals_direct_difference(split):
    changes = {"budget__social_split": split}
    codes = ScenarioPlan(_scenario()).model.areas.codes
    manual = {codes[0]: 1000.0, codes[8]: 4000.0}
    if split == "manual":
        changes["budget__social_manual_eur"] = manual
    plan = ScenarioPlan(_scenario(**changes))
    model = plan.model
    current = plan.evaluate()
    extra_print, extra_social = next_thousand(plan, current)

    def social_for(total):
        if split == "manual":
            return np.array([manual.get(c, 0.0) for c in codes]) * total / 5000.0
        audience = _audience(plan)
        eligible = audience >= 1000
        return np.where(eligible, total * audience / audience[eligible].sum(), 0.0)

    base = model.evaluate(20000.0, social_for(5000.0)).total("reached")
    assert extra_print == pytest.approx(model.evaluate(21000.0, social_for(5000.0)).total("reached") - base, rel=1e-9)
    assert extra_social == pytest.approx(model.evaluate(20000.0, social_for(6000.0)).total("reached") - base, rel=1e-9)
    assert extra_print > 0 and extra_social > 0


def test_next_thousand_optimal_and_default_print():
    s = new_scenario(gemeente=DORDRECHT, social_eur=5000, social_split="optimal")
    d = s.to_dict()
    d["budget"]["print_eur"] = None  # the default: a page every week
    plan = ScenarioPlan(scenario_from_dict(d))
    assert plan.print_eur == pytest.approx(35740)
    current = plan.evaluate()
    extra_print, extra_social = next_thousand(plan, current, step=500.0)
    more_print = ScenarioPlan(with_budget(plan.scenario, print_eur=plan.print_eur + 500)).evaluate()
    more_social = ScenarioPlan(with_budget(plan.scenario, social_eur=5500)).evaluate()
    assert extra_print == pytest.approx(more_print.total("reached") - current.total("reached"))
    assert extra_social == pytest.approx(more_social.total("reached") - current.total("reached"))


def test_plan_properties():
    plan = ScenarioPlan(_scenario(constraints__print_max_eur=30000, constraints__print_min_eur=1000))
    assert plan.total_eur == 25000.0
    assert plan.constraints.print_max_eur == 30000 and plan.constraints.print_min_eur == 1000
    np.testing.assert_array_equal(plan.weights, np.ones(len(plan.model.areas)))
    np.testing.assert_array_equal(plan.social_by_area(), plan.evaluate().social_eur)
    assert np.isinf(ScenarioPlan(_scenario()).constraints.print_max_eur)


def test_next_thousand_on_social_is_none_where_no_area_can_be_targeted():
    plan = ScenarioPlan(new_scenario("GM0088", print_eur=200, social_eur=0))  # Schiermonnikoog: every wijk under 1,000
    current = plan.evaluate()
    more_print, more_social = next_thousand(plan, current)
    assert more_social is None
    assert more_print > 0
