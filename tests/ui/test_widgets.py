"""The widget machinery of the app (budgetsim.ui.widgets) on a plain dict with a clock we turn.

No Streamlit run and no monkeypatching: :class:`WidgetSync` takes the session state as any
``MutableMapping`` and the clock as a callable.
"""

from __future__ import annotations

import pytest

from budgetsim.ui import state as S
from budgetsim.ui.widgets import ECHO_SECONDS, WidgetSync, amount_text, show_amounts, start_run, take_amount
from tests.conftest import DORDRECHT


class Clock:
    def __init__(self, now: float = 1000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def social_state() -> dict:
    return {
        "social_eur": 20000.0,
        "social_eur_slider": 20000.0,
        "social_eur_box": "20.000",
        "print_eur": 35740.0,
        "print_eur_slider": 35740.0,
        "print_eur_box": "35.740",
        "split": "by_audience",
        "lang": "nl",
    }


def test_a_run_cut_short_does_not_undo_the_slider(clock, social_state):
    """The user drags on while a run is busy: that run set the box to the new amount but was cut
    short before it ended, so the next run gets the box's old amount back from the browser. That
    echo must not win over the slider (it did: the budget jumped back to where the drag started)."""
    ss = social_state
    sync = WidgetSync(ss, clock)
    # run 1: the slider moved to 18,750; the run sets both widgets, draws them, then is cut short
    ss["social_eur_slider"] = 18750.0
    take_amount(sync, "social_eur", "slider")
    show_amounts(sync, "nl")
    assert ss["social_eur_box"] == "18.750"
    sync.drawn("social_eur_slider", "social_eur_box")
    # run 2, a moment later: the browser sends the slider's new amount and the box's old one
    clock.now += 0.4
    sync.run_started()
    ss.update(social_eur_slider=18500.0, social_eur_box="20.000")
    take_amount(sync, "social_eur", "slider")
    take_amount(sync, "social_eur", "box")
    assert ss["social_eur"] == 18500.0
    show_amounts(sync, "nl")
    assert ss["social_eur_box"] == "18.500"
    sync.drawn("social_eur_slider", "social_eur_box")
    sync.delivered()
    # the browser shows 18.500 now; a box value it had before is an echo only for a few seconds:
    # typed again later, it is the user's change
    clock.now += ECHO_SECONDS + 1
    ss["social_eur_box"] = "20.000"
    take_amount(sync, "social_eur", "box")
    assert ss["social_eur"] == 20000.0


def test_a_set_value_is_set_again_until_a_run_that_drew_it_ends(clock):
    ss: dict = {"box": "1"}
    sync = WidgetSync(ss, clock)
    sync.set("box", "2")
    assert ss["box"] == "2" and ss["unsent"] == {"box"}
    sync.drawn("box")
    sync.run_started()  # that run was cut short: the value may never have reached the browser
    assert ss["unsent"] == {"box"}
    ss["box"] = "1"  # Streamlit put the widget's own value back
    sync.set("box", "2")
    assert ss["box"] == "2"
    sync.drawn("box")
    sync.delivered()
    assert ss["unsent"] == set() and ss["drawn_now"] == set()
    ss["box"] = "3"  # the browser shows what the script sets: nothing to push
    sync.set("box", "3")
    assert ss["box"] == "3" and ss["unsent"] == set()


def test_an_unchanged_value_is_not_remembered_as_replaced(clock):
    ss: dict = {"slider": 5}
    sync = WidgetSync(ss, clock)
    sync.set("slider", 5)
    assert ss.get("replaced", {}).get("slider") is None
    sync.set("slider", 6)
    assert ss["replaced"]["slider"] == [(clock.now, 5)]


def test_an_echo_is_the_old_value_within_the_echo_time_only(clock):
    ss: dict = {"slider": 5}
    sync = WidgetSync(ss, clock)
    sync.set("slider", 6)
    ss["slider"] = 5  # the browser sends the old value back
    assert sync.is_echo("slider")
    ss["slider"] = 7  # a value the script never replaced is the user's
    assert not sync.is_echo("slider")
    ss["slider"] = 5
    clock.now += ECHO_SECONDS + 0.1
    assert not sync.is_echo("slider")
    # replaced values older than the echo time are forgotten when the widget is set again
    sync.set("slider", 8)
    assert [old for _, old in ss["replaced"]["slider"]] == [5]


def test_copy_back_takes_a_bound_value_and_what_follows_from_it(clock):
    ss: dict = {"name": "Oud", "w:name": "  ", "name_auto": False}
    sync = WidgetSync(ss, clock)
    sync.copy_back("name", "w:name")
    assert ss["name"] == "  " and ss["name_auto"] is True  # an empty name follows the budgets again
    sync.set("w:name", "Plan")  # the script shows another value; the browser echoes the old one
    ss["w:name"] = "  "
    ss["name"] = "Plan"
    sync.copy_back("name", "w:name")
    assert ss["name"] == "Plan"


@pytest.mark.parametrize("typed", ["", "abc", "-500", "99999999"])
def test_an_amount_that_is_not_one_keeps_the_budget_with_a_message(clock, social_state, typed):
    ss = social_state
    ss["social_eur_box"] = typed
    take_amount(WidgetSync(ss, clock), "social_eur", "box")
    assert ss["social_eur"] == 20000.0
    [(kind, text)] = ss["messages"]
    assert kind == "error" and "10.000.000" in text


def test_amount_text_shows_cents_only_when_there_are_any():
    assert amount_text(35740.0, "nl") == "35.740"
    assert amount_text(35740.0, "en") == "35,740"
    assert amount_text(1234.5, "nl") == "1.234,50"


def test_start_run_first_state_then_pending_values(clock):
    ss: dict = {}
    sync = WidgetSync(ss, clock)
    start_run(sync)
    assert ss["gemeente"] == DORDRECHT and ss["social_eur"] == 5000 and ss["initialised"]
    assert ss["social_eur_slider"] == 5000 and ss["social_eur_box"] == "5.000"
    assert ss["print_eur_box"] == amount_text(ss["print_eur"], "nl")
    ss["pending_state"] = {"social_eur": 7250.0}
    version = ss.get("table_version", 0)
    start_run(sync)
    assert "pending_state" not in ss and ss["social_eur"] == 7250.0
    assert ss["social_eur_box"] == "7.250" and ss["table_version"] == version + 1


def test_a_slider_move_in_a_manual_split_scales_the_euros_per_wijk(clock):
    ss = {**S.first_state(), "split": "manual", "manual": {"WK050500": 1000.0, "WK050501": 4000.0}}
    ss.update(social_eur_slider=10000.0)
    take_amount(WidgetSync(ss, clock), "social_eur", "slider")
    assert ss["social_eur"] == 10000.0 and ss["manual"] == {"WK050500": 2000.0, "WK050501": 8000.0}


def test_a_widget_whose_state_was_dropped_is_given_the_value_again(clock):
    """Streamlit drops a widget's state when a run does not draw it (a closed tab). The next draw
    must show the value -- also None, the empty year box that means "next year" -- and not the
    widget's own default (a number box's minimum, 2000)."""
    state: dict = {"plan_year": None}
    sync = WidgetSync(state, clock)
    sync.set("w:plan_year", None)
    assert "w:plan_year" in state and state["w:plan_year"] is None
