"""The app's widget values and the scenario file (budgetsim.appstate), without a browser."""

import csv
from pathlib import Path

import pytest

from budgetsim import appstate as A
from budgetsim.assumptions import PARAMETERS
from budgetsim.bands import TARGETABLE_BANDS
from budgetsim.data import data_path
from budgetsim.problems import InputError
from budgetsim.scenario import load_scenario, new_scenario, scenario_from_dict
from budgetsim.uncertainty import DEFAULT_RANGES

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "scenarios").glob("*.json"))


def _weekly_page_eur(code: str) -> int:
    with open(data_path("cbs_kwb_2024_wijken.csv"), encoding="utf-8", newline="") as handle:
        dwellings = sum(float(r["dwellings"] or 0) for r in csv.DictReader(handle) if r["gemeente_code"] == code)
    return round(52 * 15.0 * 0.8 * dwellings / 1000.0)


def test_examples_present():
    assert len(EXAMPLES) == 4


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_round_trips(path):
    scenario = load_scenario(path)
    state = A.scenario_to_state(scenario)
    assert set(A.SCENARIO_KEYS) <= set(state)
    again = A.state_to_scenario(state)
    assert again.to_dict() == scenario.to_dict()
    assert A.scenario_to_state(again) == state


def test_round_trip_of_a_scenario_using_every_part():
    base = new_scenario(gemeente="GM0505", print_eur=12000, social_eur=4000)
    codes = base.reach_model().areas.codes
    d = base.to_dict()
    d.update(
        name="Alles", notes="Met gewichten en grenzen", target_bands=["15-24", "65+"],
        area_weights={codes[0]: 2.0, codes[3]: 0.5}, area_names={codes[1]: "Noord"},
    )
    d["budget"].update(social_split="manual", social_manual_eur={codes[0]: 2500.0, codes[2]: 1500.0})
    d["constraints"].update(print_min_eur=1000, print_max_eur=50000, area_max_eur={codes[0]: 3000})
    d["assumptions"]["print"].update(delivery_share=0.6, loyalty=0.8)
    d["assumptions"]["social"].update(cpm_eur=11, spread=3.0)
    d["assumptions"]["social"]["platform_share"]["65+"] = 0.6
    d["uncertainty"].update(seed=42, draws=500, ranges={"social.cpm_eur": [9, 14], "print.page_seen": [0.8, 1.2]})
    scenario = scenario_from_dict(d)
    state = A.scenario_to_state(scenario)
    assert state["bands"] == ["15-24", "65+"] and state["split"] == "manual"
    assert state[A.assumption_key("social.platform_share", "65+")] == 0.6
    assert state[A.range_key("social.cpm_eur", "high")] == 14
    assert state[A.range_key("print.delivery_share", "low")] == 0.6  # default range widened to the value
    assert A.state_to_scenario(state).to_dict() == scenario.to_dict()


def test_default_state_is_dordrecht_with_weekly_page():
    state = A.default_state()
    assert state["gemeente"] == "GM0505"
    assert state["social_eur"] == 5000
    assert state["print_eur"] == _weekly_page_eur("GM0505") == 35740
    assert state["split"] == "by_audience"
    assert state["bands"] == list(TARGETABLE_BANDS)
    for p in PARAMETERS:
        if p.per_band:
            for band in TARGETABLE_BANDS:
                assert state[A.assumption_key(p.key, band)] == p.default[band]
        else:
            assert state[A.assumption_key(p.key)] == p.default
    for key, (low, high) in DEFAULT_RANGES.items():
        assert (state[A.range_key(key, "low")], state[A.range_key(key, "high")]) == (low, high)
    other = A.default_state("GM1701")
    assert other["gemeente"] == "GM1701" and other["print_eur"] == _weekly_page_eur("GM1701")


def test_invalid_state_names_the_fields():
    state = A.default_state()
    state["print_eur"] = -100.0
    state["social_eur"] = -5.0
    with pytest.raises(InputError) as info:
        A.state_to_scenario(state)
    messages = info.value.messages("en")
    assert any(m.startswith("budget.print_eur:") for m in messages)
    assert any(m.startswith("budget.social_eur:") for m in messages)
    nl = info.value.messages("nl")
    assert any(m.startswith("budget.social_eur:") and "minstens 0" in m for m in nl)


def test_invalid_assumption_and_range_in_state():
    state = A.default_state()
    state[A.assumption_key("print.delivery_share")] = 1.5
    state[A.range_key("social.cpm_eur", "low")] = -1.0  # a price can not be negative
    state["ranges_edited"] = ["social.cpm_eur"]
    with pytest.raises(InputError) as info:
        A.state_to_scenario(state)
    text = "\n".join(info.value.messages("en"))
    assert "assumptions.print.delivery_share" in text and "uncertainty.ranges.social.cpm_eur" in text


def test_range_in_state_moves_along_with_its_value():
    """In the app a range lies around the value: a value set outside it widens it (no error)."""
    state = A.default_state()
    state[A.assumption_key("social.cpm_eur")] = 20.0  # above the range [6, 12]
    assert A.state_to_scenario(state).uncertainty_ranges()["social.cpm_eur"] == (6.0, 20.0)
    state[A.range_key("social.cpm_eur", "low")] = 25.0  # a lowest value above the value itself
    state["ranges_edited"] = ["social.cpm_eur"]
    assert A.state_to_scenario(state).uncertainty_ranges()["social.cpm_eur"] == (20.0, 20.0)


def test_ranges_only_written_when_changed():
    state = A.default_state()
    assert A.state_to_scenario_dict(state)["uncertainty"]["ranges"] == {}
    state[A.range_key("social.cpm_eur", "high")] = 14.0
    state[A.range_key("print.page_seen", "low")] = 0.8
    assert A.state_to_scenario_dict(state)["uncertainty"]["ranges"] == {}  # not set by the user: not written
    state["ranges_edited"] = ["social.cpm_eur", "print.page_seen"]
    ranges = A.state_to_scenario_dict(state)["uncertainty"]["ranges"]
    assert ranges == {"social.cpm_eur": [6.0, 14.0], "print.page_seen": [0.8, 1.4]}
    scenario = A.state_to_scenario(state)
    assert scenario.uncertainty_ranges()["social.cpm_eur"] == (6.0, 14.0)
    assert A.scenario_to_state(scenario)[A.range_key("social.cpm_eur", "high")] == 14.0


def test_widened_default_range_not_written():
    """An assumption outside its default range widens the range; that is still 'the default'."""
    state = A.default_state()
    state[A.assumption_key("print.delivery_share")] = 0.5
    state[A.range_key("print.delivery_share", "low")] = 0.5
    state[A.range_key("print.delivery_share", "high")] = 0.9
    assert A.state_to_scenario_dict(state)["uncertainty"]["ranges"] == {}
    state[A.range_key("print.delivery_share", "high")] = 0.95
    assert A.state_to_scenario_dict(state)["uncertainty"]["ranges"] == {}  # not edited: follows the value
    state["ranges_edited"] = ["print.delivery_share"]
    assert A.state_to_scenario_dict(state)["uncertainty"]["ranges"] == {"print.delivery_share": [0.5, 0.95]}


def test_default_range_follows_its_value_back():
    """A range widened for a value outside the default shrinks back when the value returns."""
    state = A.default_state()
    state[A.assumption_key("social.cpm_eur")] = 20.0
    assert A.default_range(state, "social.cpm_eur") == (6.0, 20.0)
    state[A.assumption_key("social.cpm_eur")] = 8.0
    assert A.default_range(state, "social.cpm_eur") == (6.0, 12.0)
    assert A.state_to_scenario(state).uncertainty_ranges()["social.cpm_eur"] == (6.0, 12.0)


def test_manual_euros_only_kept_for_manual_split():
    state = A.default_state()
    code = "WK050509"
    state["manual"] = {code: 5000.0, "WK050501": 0.0}
    assert A.state_to_scenario_dict(state)["budget"]["social_manual_eur"] == {}
    state["split"] = "manual"
    d = A.state_to_scenario_dict(state)
    assert d["budget"]["social_manual_eur"] == {code: 5000.0}  # zeros dropped
    assert A.state_to_scenario(state).budget.social_split == "manual"


def test_own_areas_round_trip():
    from budgetsim.areas_csv import read_areas_csv

    areas = read_areas_csv("code,name,residents,dwellings,0-14,15-24,25-44,45-64,65+\n"
                           "WK1,A,5000,2000,500,1000,1500,1000,1000\n"
                           "WK2,B,8000,3500,1000,1000,2000,2000,2000\n")
    scenario = new_scenario(areas=areas, social_eur=3000)
    state = A.scenario_to_state(scenario)
    assert state["gemeente"] is None and len(state["inline_areas"]) == 2
    assert A.state_to_scenario(state).to_dict() == scenario.to_dict()
