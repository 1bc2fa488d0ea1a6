"""The app's state (budgetsim.ui.state): widget values and the scenario file, and every change of the
state as a pure function (state in, updates out), without a browser."""

import csv
from pathlib import Path

import pytest

from budgetsim.assumptions import PARAMETERS
from budgetsim.bands import TARGETABLE_BANDS
from budgetsim.data import data_path
from budgetsim.planning import build_model, new_scenario, uncertainty_ranges
from budgetsim.problems import InputError
from budgetsim.scenario import load_scenario, scenario_from_dict
from budgetsim.ui import state as A
from budgetsim.uncertainty import DEFAULT_RANGES
from tests.conftest import DORDRECHT

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "scenarios").glob("*.json"))


def _weekly_page_eur(code: str) -> int:
    with open(data_path("cbs_kwb_2024_wijken.csv"), encoding="utf-8", newline="") as handle:
        dwellings = sum(float(r["dwellings"] or 0) for r in csv.DictReader(handle) if r["gemeente_code"] == code)
    return round(52 * 15.0 * 0.8 * dwellings / 1000.0)


def test_examples_present():
    assert {p.name for p in EXAMPLES} >= {
        "amsterdam-jongeren-optimaal.json",
        "dordrecht-5000-social.json",
        "dordrecht-huidige-situatie.json",
        "westerveld-5000-social.json",
        "groningen-buurten-jongeren.json",
    }


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_round_trips(path):
    scenario = load_scenario(path)
    state = A.scenario_to_state(scenario)
    assert set(A.SCENARIO_KEYS) <= set(state)
    again = A.state_to_scenario(state)
    assert again.to_dict() == scenario.to_dict()
    assert A.scenario_to_state(again) == state


def test_round_trip_of_a_scenario_using_every_part():
    base = new_scenario(gemeente=DORDRECHT, print_eur=12000, social_eur=4000)
    codes = build_model(base).areas.codes
    d = base.to_dict()
    d.update(
        name="Alles",
        notes="Met gewichten en grenzen",
        target_bands=["15-24", "65+"],
        area_weights={codes[0]: 2.0, codes[3]: 0.5},
        area_names={codes[1]: "Noord"},
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
    assert state["gemeente"] == DORDRECHT
    assert state["social_eur"] == 5000
    assert state["print_eur"] == _weekly_page_eur(DORDRECHT) == 35740
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
    assert uncertainty_ranges(A.state_to_scenario(state))["social.cpm_eur"] == (6.0, 20.0)
    state[A.range_key("social.cpm_eur", "low")] = 25.0  # a lowest value above the value itself
    state["ranges_edited"] = ["social.cpm_eur"]
    assert uncertainty_ranges(A.state_to_scenario(state))["social.cpm_eur"] == (20.0, 20.0)


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
    assert uncertainty_ranges(scenario)["social.cpm_eur"] == (6.0, 14.0)
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
    assert uncertainty_ranges(A.state_to_scenario(state))["social.cpm_eur"] == (6.0, 12.0)


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

    areas = read_areas_csv(
        "code,name,residents,dwellings,0-14,15-24,25-44,45-64,65+\n"
        "WK1,A,5000,2000,500,1000,1500,1000,1000\n"
        "WK2,B,8000,3500,1000,1000,2000,2000,2000\n"
    )
    scenario = new_scenario(areas=areas, social_eur=3000)
    state = A.scenario_to_state(scenario)
    assert state["gemeente"] is None and len(state["inline_areas"]) == 2
    assert A.state_to_scenario(state).to_dict() == scenario.to_dict()


# -- changes of the state -------------------------------------------------------------------------


def test_the_first_state_is_the_default_scenario_in_dutch():
    state = A.first_state()
    assert state["lang"] == "nl" and state["name_auto"]
    assert A.state_to_scenario(state).to_dict() == A.state_to_scenario(A.default_state()).to_dict() | {
        "name": state["name"]
    }


def test_a_print_or_social_move_outside_a_manual_split_sets_only_the_budget():
    state = A.first_state()
    assert A.budget_changed(state, "print_eur", 1234.0) == {"print_eur": 1234.0}
    assert A.budget_changed(state, "social_eur", 7000.0) == {"social_eur": 7000.0}


def test_a_social_move_scales_a_manual_split_as_with_budget_does(dordrecht_scenario):
    from budgetsim.planning import with_budget

    manual = {"WK050501": 1000.0, "WK050502": 1500.0, "WK050503": 2500.0}
    d = dordrecht_scenario.to_dict()
    d["budget"].update(social_split="manual", social_manual_eur=manual)
    scenario = scenario_from_dict(d)
    state = dict(A.scenario_to_state(scenario), table_version=3)
    updates = A.budget_changed(state, "social_eur", 7777.0)
    expected = with_budget(scenario, social_eur=7777.0).budget.social_manual_eur
    assert updates["manual"] == {k: round(v, 2) for k, v in expected.items()}
    assert updates["split"] == "manual" and updates["social_eur"] == 7777.0
    assert updates["table_version"] == 4  # the table shows the new euros, not old edits
    assert A.state_to_scenario({**state, **updates}).budget.social_eur == 7777.0


def test_a_manual_split_without_euros_starts_from_the_split_on_screen():
    state = {
        **A.first_state(),
        "split": "manual",
        "manual": {},
        "last_social_by_area": {"WK050500": 2000.0, "WK050501": 3000.0},
    }
    assert A.budget_changed(state, "social_eur", 10000.0)["manual"] == {"WK050500": 4000.0, "WK050501": 6000.0}
    assert A.value_changed(state, "split")["manual"] == {"WK050500": 2000.0, "WK050501": 3000.0}


def test_a_manual_split_from_zero_becomes_a_split_by_size():
    state = {
        **A.first_state(),
        "social_eur": 0.0,
        "split": "manual",
        "manual": {"WK050500": 0.0},
        "last_social_by_area": {},
    }
    updates = A.budget_changed(state, "social_eur", 4000.0)
    assert updates["split"] == "by_audience" and updates["manual"] == {}
    assert A.budget_changed(state, "social_eur", 0.0)["split"] == "manual"


def test_what_follows_a_bound_value():
    state = {**A.first_state(), "name": "  ", "ranges_edited": ["print.loyalty"]}
    assert A.value_changed(state, "name")["name_auto"] is True
    typed = A.value_changed({**state, "name": "Plan"}, "name")
    assert typed == {"name_auto": False, "named_settings": A.settings_fingerprint(state)}  # named over these settings
    assert A.value_changed(state, "u:social.cpm_eur:low") == {"ranges_edited": ["print.loyalty", "social.cpm_eur"]}
    assert A.value_changed(state, "bands") == {}
    assert set(A.value_changed({**state, "gemeente": "GM0363"}, "gemeente")) == {"pending_state", "undo"}


def test_another_gemeente_keeps_social_budget_target_group_and_assumptions():
    key = A.assumption_key("social.cpm_eur")
    state = {
        **A.first_state(),
        "gemeente": "GM0363",
        "social_eur": 8000.0,
        "bands": ["15-24"],
        key: 12.5,
        "split": "manual",
        "manual": {"WK050500": 8000.0},
        "weights": {"WK050500": 2.0},
    }
    updates = A.gemeente_changed(state)
    fresh = updates["pending_state"]
    assert fresh["gemeente"] == "GM0363" and fresh["print_eur"] == new_scenario("GM0363").budget.print_eur
    assert (fresh["social_eur"], fresh["bands"], fresh[key]) == (8000.0, ["15-24"], 12.5)
    assert fresh["split"] == "by_audience" and fresh["manual"] == {} and fresh["weights"] == {}
    assert A.state_to_scenario(fresh).gemeente == "GM0363"


def test_own_areas_in_and_back_to_the_gemeente():
    from budgetsim.areas_csv import read_areas_csv

    areas = read_areas_csv("code,name,residents,dwellings\nBU1,Noord,4000,1800\nBU2,Zuid,3500,1500\n")
    state = {**A.first_state(), "split": "manual", "manual": {"WK050500": 5000.0}, "weights": {"WK050500": 2.0}}
    updates = A.areas_opened(state, areas)
    assert updates["gemeente"] is None and updates["cbs_gemeente"] == DORDRECHT
    assert [a["code"] for a in updates["inline_areas"]] == ["BU1", "BU2"]
    assert updates["split"] == "by_audience" and updates["manual"] == {} and updates["weights"] == {}
    own = {**state, **updates}
    scenario = A.state_to_scenario(own)
    assert scenario.budget.print_eur == round(build_model(scenario).default_print_eur())  # their weekly page
    back = A.back_to_cbs(own)
    assert back["inline_areas"] is None and back["gemeente"] == DORDRECHT
    assert back["pending_state"]["gemeente"] == DORDRECHT and back["pending_state"]["inline_areas"] is None


def test_an_opened_scenario_sets_every_value_on_the_next_run():
    scenario = new_scenario("GM0363", social_eur=1234, name="")
    updates = A.scenario_opened(scenario)
    assert updates["pending_state"]["name_auto"] is True  # no name: it follows the budgets
    assert A.state_to_scenario(updates["pending_state"]).to_dict() == scenario.to_dict()
    assert A.scenario_opened(new_scenario("GM0363", name="Mijn plan"))["pending_state"]["name_auto"] is False


def test_reset_assumptions_sets_every_assumption_and_range_back():
    key, low = A.assumption_key("social.cpm_eur"), A.range_key("social.cpm_eur", "low")
    state = {**A.first_state(), key: 50.0, low: 1.0, "ranges_edited": ["social.cpm_eur"], "social_eur": 9.0}
    updates = A.assumptions_reset(state)
    default = A.default_state()
    assert updates[key] == default[key] and updates[low] == default[low] and updates["ranges_edited"] == []
    assert all(k.startswith(("a:", "u:")) for k in updates if k != "ranges_edited")


def test_a_range_stays_around_its_value():
    key = "social.cpm_eur"
    value_key, low, high = A.assumption_key(key), A.range_key(key, "low"), A.range_key(key, "high")
    state = {**A.first_state(), value_key: 40.0}
    assert A.range_around_value(state, key) == dict(zip((low, high), A.default_range(state, key)))
    state.update({low: 30.0, high: 35.0, "ranges_edited": [key]})  # the user's own range, below the value
    assert A.range_around_value(state, key) == {low: 30.0, high: 40.0}


def test_table_edits_become_updates_once():
    codes = ["WK1", "WK2", "WK3"]
    state = {"split": "by_audience", "weights": {"WK1": 2.0}, "manual": {}, "table_version": 1}
    assert A.table_edited(state, codes, [2.0, 1.0, None]) == {}  # nothing changed (an empty cell is 1)
    assert A.table_edited(state, codes, [2.0, 0.5, float("nan")]) == {
        "weights": {"WK1": 2.0, "WK2": 0.5},
        "table_version": 2,
    }
    manual = {**state, "split": "manual", "manual": {"WK1": 100.0, "WK2": 200.0}}
    assert A.table_edited(manual, codes, [2.0, 1.0, 1.0], [100.0, 200.001, 0.0]) == {}  # below a cent
    updates = A.table_edited(manual, codes, [2.0, 1.0, 1.0], [100.0, 250.0, 50.0])
    assert updates["manual"] == {"WK1": 100.0, "WK2": 250.0, "WK3": 50.0}
    assert updates["pending_state"] == {"social_eur": 400.0} and updates["table_version"] == 2
    # euros in a table drawn before the split changed to by size are not taken
    assert A.table_edited(state, codes, [2.0, 1.0, 1.0], [1.0, 2.0, 3.0]) == {}


def test_good_state_remembers_the_settings_and_the_social_euros_per_area():
    state = {**A.first_state(), "messages": ["x"], "w:split:nl": "manual"}
    updates = A.good_state(state, ["WK1", "WK2", "WK3"], [10.004, 0.0, 5.0])
    assert updates["last_social_by_area"] == {"WK1": 10.0, "WK3": 5.0}
    assert "messages" not in updates["last_good"] and "w:split:nl" not in updates["last_good"]
    assert A.state_to_scenario(updates["last_good"]).to_dict() == A.state_to_scenario(state).to_dict()


def test_the_current_situation_is_nu_whatever_the_plan(dordrecht_scenario):
    """The key figures compare with "Nu" (a page every week, no social), not with the plan's print."""
    from budgetsim.planning import with_budget

    weekly = dordrecht_scenario.budget.print_eur
    for plan in (dordrecht_scenario, with_budget(dordrecht_scenario, print_eur=1000.0, social_eur=20000.0)):
        current = A.current_scenario(plan)
        assert (current.budget.print_eur, current.budget.social_eur) == (weekly, 0)
    d = dordrecht_scenario.to_dict()
    d["current"] = {"print_eur": 12000.0, "social_eur": 2000.0}
    current = A.current_scenario(A.scenario_from_dict(d))
    assert (current.budget.print_eur, current.budget.social_eur) == (12000.0, 2000.0)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_automatic_name_is_the_name_of_a_new_scenario(lang):
    state = A.first_state()
    scenario = new_scenario(DORDRECHT, print_eur=state["print_eur"], social_eur=state["social_eur"])
    if lang == "nl":
        assert A.auto_name(state, lang) == scenario.name
    name = A.auto_name({**state, "social_eur": 7500.0}, lang)
    assert name.endswith("social media € 7.500" if lang == "nl" else "social media €7,500"), name
    assert ("krant €" in name) == (lang == "nl") and ("paper €" in name) == (lang == "en")  # in the user's words
    assert A.place_name(state, lang) == "Dordrecht"


def test_a_slider_end_moves_only_outward_and_only_past_a_typed_amount():
    state = {"social_eur": 5000.0}
    end = A.slider_end(state, "social_eur", 5000, 20_000)
    assert end == {"slider_max:social_eur": (20_000, 20_000)}
    state.update(end, social_eur=31_234.0)  # typed beyond the end: the end moves out, rounded up
    end = A.slider_end(state, "social_eur", 5000, 20_000)
    assert end == {"slider_max:social_eur": (20_000, 47_000)}
    state.update(end, social_eur=100.0)  # back down: the end stays where it is
    assert A.slider_end(state, "social_eur", 5000, 20_000) == end
    # another gemeente with another usual budget starts afresh
    state["print_eur"] = 30_000.0
    assert A.slider_end(state, "print_eur", 40_000, 20_000) == {"slider_max:print_eur": (100_000, 100_000)}


def test_a_message_replaces_the_messages_of_the_next_run():
    assert A.message("error", "Geen getal") == {"messages": [("error", "Geen getal")]}
    with pytest.raises(ValueError, match="kind"):
        A.message("warn", "x")
