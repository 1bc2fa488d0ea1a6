"""The app and the store (budgetsim.ui.storage): storing versions, opening them from the list, the
draft offered back on the next page load, the laptop footer, and faults said in one sentence.

The app runs headless (AppTest) as the laptop tool: organisation ``lokaal``, an SQLite file in the
test's own data folder (``own_store`` in conftest.py). The draft keeper's timing is tested on its own
with a made-up clock.
"""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from budgetsim.i18n import t
from budgetsim.store import LOCAL, CorruptDocument, HostingSettings, StoreUnavailable
from budgetsim.ui.storage import DraftKeeper, database, store_for
from tests.ui.apptest import fresh, open_box, open_tab, run


def local_store():
    return store_for(HostingSettings.from_env(), LOCAL)


def store_plan(at, name: str):
    open_tab(at, t("app.tab.save_export", "nl"))
    run(at.text_input(key="w:name").set_value(name))
    return run(at.button(key="save_store").click())


def wait_for_draft(timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        draft = local_store().latest_draft()
        if draft is not None:
            return draft
        time.sleep(0.1)
    raise AssertionError("no draft was written")


def test_storing_twice_keeps_two_versions_and_the_list_opens_the_chosen_one():
    at = fresh()
    at = store_plan(at, "Voorstel A")
    assert any(t("store.app.stored", "nl", name="Voorstel A", version=1) in s.value for s in at.success)
    run(at.slider(key="social_eur_slider").set_value(15000))
    at = run(at.button(key="save_store").click())
    assert any(t("store.app.stored", "nl", name="Voorstel A", version=2) in s.value for s in at.success)
    assert [v.version for v in local_store().versions("Voorstel A")] == [2, 1]

    run(at.slider(key="social_eur_slider").set_value(1000))
    open_box(at)
    listed = at.sidebar.radio(key="open_stored")
    assert len(listed.options) == 1
    assert listed.options[0].startswith("**Voorstel A** (versie 2)  \n") and listed.options[0].endswith(", door lokaal")
    run(listed.set_value("Voorstel A"))
    versions = at.sidebar.selectbox(key="open_stored_version:Voorstel A")
    first = local_store().versions("Voorstel A")[1]
    run(versions.set_value(first.id))
    at = run(at.sidebar.button(key="open_stored_button").click())
    assert at.session_state["social_eur"] == 5000
    assert any(t("store.app.opened", "nl", name="Voorstel A", version=1) in s.value for s in at.success)


def test_an_empty_store_says_so_and_the_examples_stay_openable():
    at = open_box(fresh())
    assert any(c.value == t("store.app.none", "nl") for c in at.sidebar.caption)
    assert at.sidebar.selectbox(key="open_pick").options  # the files in scenarios/


def test_the_footer_says_this_is_the_laptop_tool():
    at = fresh()
    assert any(c.value == t("store.footer.local", "nl", org="lokaal") for c in at.caption)


def test_a_lost_session_s_draft_is_offered_back_and_taken():
    at = fresh()
    run(at.slider(key="social_eur_slider").set_value(12000))
    assert wait_for_draft().scenario.budget.social_eur == 12000

    again = fresh()  # the next page load: a new session
    offer = [m.value for m in again.markdown if m.value.startswith("Verder met uw concept van ")]
    assert len(offer) == 1 and offer[0].endswith("?")
    again = run(again.button(key="draft_take").click())
    assert again.session_state["social_eur"] == 12000
    assert local_store().latest_draft() is None or local_store().latest_draft().scenario.budget.social_eur == 12000


def test_a_declined_draft_is_gone():
    at = fresh()
    run(at.slider(key="social_eur_slider").set_value(12000))
    wait_for_draft()
    again = run(fresh().button(key="draft_decline").click())
    assert again.session_state["social_eur"] == 5000
    assert local_store().latest_draft() is None
    assert not [b for b in fresh().get("button") if b.key == "draft_take"]


def test_a_stored_plan_needs_no_draft():
    store_plan(fresh(), "Bewaard")
    time.sleep(0.5)
    assert local_store().latest_draft() is None
    assert not [b for b in fresh().get("button") if b.key == "draft_take"]


def test_a_damaged_stored_version_is_reported_and_the_page_stays():
    at = store_plan(fresh(), "Kapot")
    engine = database(HostingSettings.from_env().database_address)
    with engine.begin() as connection:
        connection.execute(text("UPDATE scenario_version SET document = '{\"schema_version\": 2}'"))
    with pytest.raises(CorruptDocument):
        local_store().get("Kapot")
    open_box(at)
    run(at.sidebar.radio(key="open_stored").set_value("Kapot"))
    at = run(at.sidebar.button(key="open_stored_button").click())
    assert any("Kapot" in e.value and "beschadigd" in e.value for e in at.error)
    assert at.metric  # the plan is still on screen


def test_a_database_that_cannot_be_reached_is_one_sentence_and_the_plan_stays(own_store):
    own_store.parent.mkdir(parents=True, exist_ok=True)
    own_store.write_text("a file where the data folder should be")  # the SQLite file cannot be made
    at = fresh()
    assert any(w.value == t("store.unavailable", "nl") for w in at.warning)  # the draft offer could not look
    run(at.slider(key="social_eur_slider").set_value(9000))
    at = store_plan(at, "Nergens")
    assert any(e.value == t("store.unavailable", "nl") for e in at.error)
    assert at.session_state["social_eur"] == 9000
    open_box(at)
    assert any(w.value == t("store.unavailable", "nl") for w in at.sidebar.warning)


def test_a_shared_database_without_a_login_refuses_to_start(monkeypatch, caplog):
    monkeypatch.setenv("BUDGETSIM_DATABASE_URL", "postgresql://budgetsim@db.example/budgetsim")
    at = fresh()
    assert [e.value for e in at.error] == [
        t("store.start.no_login", "nl", variable="BUDGETSIM_DATABASE_URL"),
    ]
    assert not at.metric and not at.sidebar.selectbox and not at.button


# -- the draft keeper on its own: a made-up clock and a list of timers -----------------------------


class Timers:
    """``schedule(delay, action)`` that records; :meth:`fire` runs the next one at its time."""

    def __init__(self):
        self.now = 0.0
        self.waiting: list[tuple[float, object]] = []

    def schedule(self, delay, action):
        self.waiting.append((self.now + delay, action))

    def fire(self):
        self.waiting.sort(key=lambda w: w[0])
        at, action = self.waiting.pop(0)
        self.now = max(self.now, at)
        action()


def keeper_with(timers, written, fail=None):
    def write(scenario):
        if fail:
            raise fail[0]
        written.append((timers.now, scenario.budget.social_eur))
        return True

    return DraftKeeper(write, "start", interval=10, clock=lambda: timers.now, schedule=timers.schedule)


def plan_json(social_eur):
    from budgetsim.planning import new_scenario
    from budgetsim.scenario import scenario_to_json
    from tests.conftest import DORDRECHT

    return scenario_to_json(new_scenario(DORDRECHT, social_eur=social_eur))


def test_the_keeper_writes_at_once_then_at_most_every_interval_and_the_newest_plan_last():
    timers, written = Timers(), []
    keeper = keeper_with(timers, written)
    keeper.offer("start")  # the plan the session started with is no draft
    assert not timers.waiting
    keeper.offer(plan_json(1000))
    timers.fire()
    assert written == [(0.0, 1000)]
    timers.now = 3.0
    keeper.offer(plan_json(2000))
    timers.now = 4.0
    keeper.offer(plan_json(3000))  # the newest plan replaces the one waiting
    assert len(timers.waiting) == 1
    timers.fire()
    assert written[-1] == (10.0, 3000)
    keeper.offer(plan_json(3000))  # nothing new
    assert not timers.waiting


def test_the_keeper_after_a_fault_tries_again_with_the_next_plan_and_not_sooner():
    timers, written, fail = Timers(), [], [StoreUnavailable("disk full")]
    keeper = keeper_with(timers, written, fail)
    keeper.offer(plan_json(1000))
    timers.fire()
    assert keeper.failed is not None and not timers.waiting and not written
    fail.clear()
    timers.now = 2.0
    keeper.offer(plan_json(1500))
    timers.fire()
    assert written == [(10.0, 1500)] and keeper.failed is None
