"""The budget proposal's choices in "Opslaan en delen" (budgetsim.ui.save_tab), without Streamlit
running: which options go in, which one is proposed, the decision sentence, and what stops it."""

from __future__ import annotations

import pytest

from budgetsim.i18n import t
from budgetsim.planning import ScenarioPlan, new_scenario
from budgetsim.proposal import default_decision
from budgetsim.scenario import scenario_to_json
from budgetsim.ui.save_tab import (
    area_csv_download,
    compare_slots,
    decision_edited,
    decision_shown,
    proposal_options,
    proposal_problem,
    recommended_index,
)
from tests.conftest import DORDRECHT

AMSTERDAM = "GM0363"


@pytest.fixture(scope="module")
def three():
    return [
        new_scenario(DORDRECHT, social_eur=eur, name=f"Dordrecht {letter}")
        for letter, eur in (("A", 0), ("B", 5000), ("C", 15000))
    ]


def test_without_slots_the_current_plan_alone(dordrecht_scenario):
    for slots in (None, ()):
        options = proposal_options(slots, dordrecht_scenario, "nl")
        assert options == [(dordrecht_scenario.name, dordrecht_scenario, True)]


def test_an_unnamed_plan_is_called_the_current_settings(dordrecht_scenario):
    unnamed = new_scenario(DORDRECHT, name="")
    assert proposal_options(None, unnamed, "en")[0][0] == t("app.compare.current_name", "en")


def test_slots_in_their_order_and_the_current_settings_as_they_are_now(three):
    old_current = three[2]
    slots = compare_slots([("a.json", three[0]), ("b.json", three[1]), ("mijn plan", old_current)], old_current)
    assert slots[2] == ("mijn plan", None)  # the settings, not a copy of them as they were
    moved = new_scenario(DORDRECHT, social_eur=20000, name="Nu bewerkt")
    options = proposal_options(slots, moved, "nl")
    assert [name for name, _, _ in options] == ["a.json", "b.json", "Nu bewerkt"]
    assert [is_now for _, _, is_now in options] == [False, False, True]
    assert options[2][1] is moved
    assert scenario_to_json(options[1][1]) == scenario_to_json(three[1])


def test_never_more_than_three_options(three):
    slots = compare_slots([(f"{i}.json", s) for i, s in enumerate(three + three)], new_scenario(DORDRECHT))
    assert len(proposal_options(slots, three[0], "nl")) == 3


@pytest.mark.parametrize(
    ("stored", "count", "expected"),
    [
        (None, 1, 0),
        (None, 3, 2),
        (0, 3, 0),
        (1, 2, 1),
        (2, 2, 1),
        (-1, 3, 2),
        (5, 3, 2),
    ],
)
def test_proposed_option_is_the_chosen_one_while_it_exists_else_the_last(stored, count, expected):
    assert recommended_index(stored, count) == expected


def test_decision_follows_the_default_until_typed():
    default = "Het MT wordt gevraagd € 5.000 per jaar beschikbaar te stellen (optie B)."
    assert decision_shown(None, default) == default
    assert decision_edited(default, default) is None
    assert decision_edited("  " + default.replace(" ", "  ") + "\n", default) is None  # only spaces differ
    own = "Het MT stemt in met een proef van een half jaar."
    assert decision_edited(own, default) == own
    assert decision_shown(own, default) == own
    assert decision_edited("", default) == ""  # empty is the user's (said to be empty), never the default


def test_default_decision_names_the_proposed_option(three):
    assert "(optie C)" in default_decision(three, "nl")
    assert "(option A)" in default_decision(three, "en", 0)


def _evaluated(scenarios):
    options = [(s.name, s, False) for s in scenarios]
    return options, [ScenarioPlan(s).evaluate() for s in scenarios]


def test_options_of_one_gemeente_can_be_proposed(three):
    assert proposal_problem(*_evaluated(three), "nl") is None


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_options_of_different_gemeenten_are_refused_in_words(three, lang):
    amsterdam = new_scenario(AMSTERDAM, name="Amsterdam")
    problem = proposal_problem(*_evaluated([three[0], amsterdam]), lang)
    assert problem and "Dordrecht" in problem and "Amsterdam" in problem
    assert ("dezelfde gemeente" if lang == "nl" else "same municipality") in problem
    assert ("niets verloren" if lang == "nl" else "Nothing is lost") in problem


def test_area_csv_download_in_the_words_of_the_level():
    """The CSV per area is "wijken.csv" at wijk level and "buurten.csv" at buurt level."""
    wijk = ScenarioPlan(new_scenario(DORDRECHT, social_eur=5000)).evaluate()
    buurt = ScenarioPlan(new_scenario("GM0014", social_eur=5000, level="buurt")).evaluate()
    assert area_csv_download(wijk, "nl") == ("Cijfers per wijk downloaden (csv)", "wijken.csv")
    assert area_csv_download(buurt, "nl") == ("Cijfers per buurt downloaden (csv)", "buurten.csv")
    assert area_csv_download(buurt, "en") == ("Download figures per neighbourhood (CSV)", "neighbourhoods.csv")
