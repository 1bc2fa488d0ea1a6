"""Ten sessions storing at once in the hosted database (PostgreSQL) through the app's store glue
(budgetsim.ui.storage: one engine per process, a store per identity), as ten browser sessions on
one app process do: no version and no draft is lost, and ``budgetsim store list`` shows them all."""

from __future__ import annotations

import threading

from budgetsim.planning import new_scenario
from budgetsim.store import HostingSettings, Identity
from budgetsim.ui.storage import store_for
from tests.browser.streamlit_page import REPO
from tests.conftest import DORDRECHT
from tests.hosted.conftest import ORG_CLAIM

SESSIONS = 10
PUTS = 3
ORG = "Gemeente Tien"


def test_ten_sessions_storing_at_once_lose_nothing(hosted_database):
    settings = HostingSettings(hosted_database, ORG_CLAIM, REPO)
    start = threading.Barrier(SESSIONS)
    failures = []

    def session(i: int) -> None:
        store = store_for(settings, Identity(ORG, f"user-{i}", f"Gebruiker {i}"))
        plan = new_scenario(DORDRECHT, social_eur=1000 + i)
        try:
            start.wait()
            for _ in range(PUTS):
                store.put(plan, "Gedeeld plan")
            store.put(plan, f"Eigen plan {i}")
            assert store.save_draft(f"session-{i}", plan)
        except Exception as exc:  # reported below, with the session's number
            failures.append((i, exc))

    threads = [threading.Thread(target=session, args=(i,)) for i in range(SESSIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not failures, failures

    reader = store_for(settings, Identity(ORG, "user-0", "Gebruiker 0"))
    shared = reader.versions("Gedeeld plan")
    assert sorted(v.version for v in shared) == list(range(1, SESSIONS * PUTS + 1))
    assert sorted(v.saved_by for v in shared) == sorted(f"Gebruiker {i}" for i in range(SESSIONS) for _ in range(PUTS))
    assert len(reader.list()) == SESSIONS + 1
    for i in range(SESSIONS):
        draft = store_for(settings, Identity(ORG, f"user-{i}", "")).latest_draft()
        assert draft is not None and draft.scenario.budget.social_eur == 1000 + i
