"""Parts that add up: shown parts are rounded (largest remainder) to add up to the rounded exact total."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budgetsim.planning import ScenarioPlan, new_scenario, with_budget
from budgetsim.rounding import round_to_total


def test_the_missing_units_go_to_the_largest_remainders():
    assert list(round_to_total([0.4, 0.4, 0.2])) == [1.0, 0.0, 0.0]  # ties: the earlier part
    assert list(round_to_total([23591.6, 39476.6, 31285.8])) == [23592.0, 39476.0, 31286.0]
    assert list(round_to_total([1.25, 1.25], total=2.5, unit=0.1)) == [1.3, 1.2]
    assert round_to_total([]).size == 0


def test_a_total_the_parts_cannot_make_is_refused():
    with pytest.raises(ValueError, match="total"):
        round_to_total([1.0, 2.0], total=10.0)
    with pytest.raises(ValueError, match="unit"):
        round_to_total([1.0], unit=0)
    with pytest.raises(ValueError, match="finite"):
        round_to_total([np.nan])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.floats(0, 1e6, allow_nan=False), min_size=1, max_size=30),
    st.sampled_from([1.0, 0.01]),
)
def test_parts_add_up_to_the_rounded_total_and_move_less_than_a_unit(values, unit):
    shown = round_to_total(values, unit=unit)
    total = sum(values)
    assert round(float(shown.sum()) / unit) == int(np.floor(total / unit + 0.5))
    assert np.all(np.abs(shown - np.asarray(values)) < unit * (1 + 1e-6))


def test_reached_via_paper_social_and_both_add_up_to_reached():
    """Zwolle: 23.592 + 39.477 for social ≠ 63.068 when each part is rounded on its own."""
    for social in (5000.0, 12345.0, 80000.0):
        e = ScenarioPlan(with_budget(new_scenario("Zwolle"), social_eur=social)).evaluate()
        parts = e.reached_parts()
        assert parts["print_only"] + parts["social_only"] + parts["both"] == parts["reached"]
        assert parts["reached"] == round(e.total("reached"))
        for key, exact in (("print_only", e.key_figures()["print_only"]), ("both", e.total("reached_both"))):
            assert abs(parts[key] - exact) < 1


def test_ad_set_budgets_in_the_table_and_the_ads_manager_plan_agree():
    e = ScenarioPlan(new_scenario("Groningen", level="buurt", social_eur=7777)).evaluate()
    plan = e.ads_manager_plan()
    yearly = [row.yearly_shown_eur for row in plan]
    assert sum(yearly) == round(float(e.ad_set_eur.sum())) == 7777
    assert all(float(v).is_integer() for v in yearly)
    assert sum(row.weekly_shown_eur for row in plan) == pytest.approx(round(7777 / 52, 2), abs=1e-9)
    by_id = {row["id"]: row["social_shown_eur"] for row in e.ad_set_rows()}
    assert all(by_id[row.id] == row.yearly_shown_eur for row in plan)  # the same figure everywhere


@pytest.mark.parametrize("gemeente", ["GM0193", "GM0505", "GM0014"])
def test_the_same_paper_reaches_the_same_residents_in_every_column(gemeente):
    """Nu (paper only) and a plan with the same pages and social ads: "via the paper" is one figure,
    the rounded exact paper reach, in both columns; the parts still add up to each column's total."""
    paper_only = ScenarioPlan(new_scenario(gemeente, social_eur=0)).evaluate()
    with_social = ScenarioPlan(new_scenario(gemeente, social_eur=5000)).evaluate()
    shown = []
    for e in (paper_only, with_social):
        parts = e.reached_parts()
        assert parts["print_only"] + parts["social_only"] + parts["both"] == parts["reached"]
        assert parts["reached"] == int(np.floor(e.total("reached") + 0.5))
        shown.append(parts["print_only"] + parts["both"])
    assert shown[0] == shown[1] == int(np.floor(paper_only.total("reached_print") + 0.5))
