"""The "Nu" figures without Streamlit: numbers read in the user's language, "Nu" in the state and the file,
the paper in pages, the best splits' undo and the name that cannot contradict the settings."""

from __future__ import annotations

import json

import pytest

from budgetsim.planning import ScenarioPlan, new_scenario, with_budget
from budgetsim.scenario import parse_scenario, scenario_from_dict, scenario_to_json
from budgetsim.ui import state as S
from budgetsim.ui.numbers import NumberError, number_text, parse_number
from tests.conftest import DORDRECHT


@pytest.mark.parametrize(
    "text, lang, percent, value",
    [
        ("0,7", "nl", False, 0.7),
        ("0.7", "nl", False, 0.7),
        ("1.250", "nl", False, 1250),
        ("1.250,5", "nl", False, 1250.5),
        ("0,125", "nl", False, 0.125),
        ("12", "nl", False, 12),
        ("0.7", "en", False, 0.7),
        ("1,250", "en", False, 1250),
        ("0,7", "en", False, 0.7),
        ("70 %", "nl", True, 0.7),
        ("70", "nl", True, 0.7),
        ("0,7", "nl", True, 0.7),
        ("12,5%", "nl", True, 0.125),
        ("80%", "en", True, 0.8),
        ("\u00a07,5 ", "nl", False, 7.5),
    ],
)
def test_numbers_are_read_as_the_user_writes_them(text, lang, percent, value):
    assert parse_number(text, lang, percent=percent) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "7 %", "1.23.4", "--1"])
def test_what_is_not_a_number_is_refused_with_a_reason(text):
    with pytest.raises(NumberError) as caught:
        parse_number(text, "nl", low=0, high=10)
    message = caught.value.message("nl")
    assert "10" in message and ("getal" in message)


def test_out_of_range_is_refused_and_says_the_range():
    with pytest.raises(NumberError) as caught:
        parse_number("500 %", "nl", percent=True, low=0, high=1)
    assert "100 %" in caught.value.message("nl") and "500 %" in caught.value.message("nl")
    with pytest.raises(NumberError) as caught:
        parse_number("0,1", "en", low=0.5)
    assert "0.5 or more" in caught.value.message("en")


def test_numbers_are_shown_in_the_users_language():
    assert number_text(0.8, "nl", percent=True) == "80 %" and number_text(0.8, "en", percent=True) == "80%"
    assert number_text(0.55, "nl") == "0,55" and number_text(1250.5, "en") == "1,250.5"


def test_nu_defaults_to_a_page_every_week_and_no_social():
    state = S.first_state()
    assert state["current_pages"] == 52 and state["current_social_eur"] == 0 and not state["current_set"]
    assert S.state_to_scenario(state).current is None  # the file's default means the same
    assert S.current_budgets(state) == (state["print_eur"], 0.0)


def test_nu_set_by_the_user_goes_into_the_file_and_comes_back():
    state = {**S.first_state(), **S.current_changed(pages=26, social_eur=2500)}
    scenario = S.state_to_scenario(state)
    price = ScenarioPlan(scenario).model.price_per_insertion
    assert scenario.current.print_eur == round(26 * price) and scenario.current.social_eur == 2500
    back = S.scenario_to_state(parse_scenario(scenario_to_json(scenario)))
    assert back["current_pages"] == pytest.approx(26, abs=0.01) and back["current_social_eur"] == 2500


def test_a_version_1_file_gets_the_default_nu():
    d = json.loads(scenario_to_json(new_scenario(DORDRECHT, print_eur=20000, social_eur=8000)))
    d["schema_version"] = 1
    d.pop("current", None)
    d.pop("level", None)
    d["assumptions"]["print"].pop("price_per_page_eur", None)
    state = S.scenario_to_state(parse_scenario(json.dumps(d)))
    assert (state["current_pages"], state["current_social_eur"], state["current_set"]) == (52, 0, False)


def test_a_contract_price_keeps_the_pages_of_plan_and_nu():
    state = {**S.first_state(), "print_eur": 26 * S.page_price(S.first_state())}
    state.update(S.page_price_changed(state, 500.0))
    assert state["print_eur"] == 26 * 500 and S.current_budgets(state) == (52 * 500, 0.0)
    state.update(S.page_price_changed(state, None))  # back to the estimate
    assert S.pages_of(state["print_eur"], S.page_price(state)) == pytest.approx(26, abs=0.01)


def test_a_new_gemeente_starts_from_its_own_page_estimate():
    state = {**S.first_state(), S.PAGE_PRICE_KEY: 500.0, "gemeente": "GM0088"}
    fresh = S.gemeente_changed(state)["pending_state"]
    assert fresh[S.PAGE_PRICE_KEY] is None and fresh["current_pages"] == 52


def test_undo_restores_both_budgets_and_the_split():
    state = {**S.first_state(), "split": "by_audience"}
    state.update(S.best_total_split_taken(state, 20000.4))
    assert state["pending_state"] == {
        "print_eur": 20000.0,
        "social_eur": pytest.approx(S.first_state()["print_eur"] + 5000 - 20000),
        "split": "optimal",
    }
    state.update(state.pop("pending_state"))
    back = S.undone(state)
    assert back["pending_state"] == {
        "print_eur": S.first_state()["print_eur"],
        "social_eur": 5000,
        "split": "by_audience",
        "manual": {},
    }
    assert back["undo"] is None and S.undone({**state, "undo": None}) == {}


def test_a_typed_name_is_flagged_only_after_the_settings_change():
    state = {**S.first_state(), "name": "Plan B", "name_auto": False}
    state.update(S.settings_named(state))
    assert not S.name_out_of_date(state)
    state["social_eur"] = 15000.0
    assert S.name_out_of_date(state)
    state.update(S.name_updated(state, "nl"))
    assert state["name_auto"] and "15.000" in state["name"] and not S.name_out_of_date(state)


def test_the_current_scenario_never_follows_the_plan():
    scenario = new_scenario(DORDRECHT, print_eur=1000, social_eur=20000)
    base = S.current_scenario(scenario)
    assert base.budget.social_eur == 0 and base.budget.print_eur == new_scenario(DORDRECHT).budget.print_eur
    d = scenario.to_dict()
    d["current"] = {"print_eur": 9000.0, "social_eur": 100.0}
    base = S.current_scenario(scenario_from_dict(d))
    assert (base.budget.print_eur, base.budget.social_eur) == (9000.0, 100.0)
    moved = with_budget(scenario, social_eur=7500).model_copy(update={"name": "Dordrecht: €7.500 social"})
    assert scenario_to_json(S.current_scenario(moved)) == scenario_to_json(S.current_scenario(scenario))


@pytest.mark.parametrize("contract_price", [None, 480.0])
def test_the_page_price_on_screen_is_the_models(contract_price):
    state = {**S.first_state(), S.PAGE_PRICE_KEY: contract_price, "gemeente": "GM0088"}
    model = ScenarioPlan(S.state_to_scenario(state)).model
    assert S.page_price(state) == pytest.approx(model.price_per_insertion, rel=1e-12)
    assert S.copies(state) == pytest.approx(model.copies, rel=1e-12)
