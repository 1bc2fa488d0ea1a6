"""The store on SQLite and PostgreSQL: versions are never overwritten, an organisation sees only its
own scenarios (by name, by id, in the list), concurrent writers lose nothing, drafts are kept per
session and never listed, a corrupt document is reported, and a database fault is one clear error."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import event, update

from budgetsim.scenario import scenario_from_dict, scenario_to_json
from budgetsim.store import (
    DRAFT_INTERVAL_S,
    LOCAL,
    BadName,
    CorruptDocument,
    Identity,
    ScenarioNotFound,
    StoreUnavailable,
    open_database,
)
from budgetsim.store.models import Base, VersionRow

ANNA = Identity("gemeente-a", "sub-anna", "Anna de Vries")
AHMED = Identity("gemeente-a", "sub-ahmed", "Ahmed")
BEA = Identity("gemeente-b", "sub-bea", "Bea")


def noted(scenario, note: str):
    """The scenario with ``note`` as its notes (so versions can be told apart)."""
    return scenario_from_dict(dict(scenario.to_dict(), notes=note))


def test_storing_a_name_again_keeps_every_version(store_of, small_scenario):
    store = store_of(ANNA)
    first = store.put(noted(small_scenario, "eerste"), "Voorstel 2027")
    second = store_of(AHMED).put(noted(small_scenario, "tweede"), "Voorstel 2027")
    assert (first.version, second.version) == (1, 2)
    assert store.get("Voorstel 2027", 1).scenario.notes == "eerste"
    assert store.get("Voorstel 2027").scenario.notes == "tweede"
    assert [(v.version, v.saved_by) for v in store.versions("Voorstel 2027")] == [(2, "Ahmed"), (1, "Anna de Vries")]


def test_the_list_has_each_scenarios_newest_version_newest_first(store_of, small_scenario):
    store = store_of(ANNA)
    store.put(small_scenario, "Oud")
    store.put(small_scenario, "Nieuw")
    store.put(small_scenario, "Oud")
    listed = store.list()
    assert [(e.name, e.version, e.saved_by) for e in listed] == [
        ("Oud", 2, "Anna de Vries"),
        ("Nieuw", 1, "Anna de Vries"),
    ]
    assert listed[0].saved_at >= listed[1].saved_at and listed[0].saved_at.tzinfo is not None
    assert listed[0].to_json() == {
        "name": "Oud",
        "saved_at": listed[0].saved_at.isoformat(timespec="seconds"),
        "saved_by": "Anna de Vries",
        "version": 2,
    }


def test_a_stored_scenario_comes_back_as_it_went_in_under_its_stored_name(store_of, small_scenario):
    store = store_of(LOCAL)
    stored = store.put(small_scenario, "  Plan   voor 2027 ")
    opened = store.get("Plan voor 2027")
    assert stored.name == opened.entry.name == opened.scenario.name == "Plan voor 2027"
    assert scenario_to_json(opened.scenario) == scenario_to_json(
        scenario_from_dict(dict(small_scenario.to_dict(), name="Plan voor 2027"))
    )
    assert store.get_by_id(stored.id).entry == opened.entry
    assert store.put(small_scenario).name == "Voorstel 2027"  # without a name: the scenario's own


@pytest.mark.parametrize(
    "name, key", [("", "store.name.empty"), ("   ", "store.name.empty"), ("x" * 201, "store.name.too_long")]
)
def test_a_name_that_cannot_be_stored_is_refused(store_of, small_scenario, name, key):
    with pytest.raises(BadName) as refused:
        store_of(LOCAL).put(small_scenario, name)
    assert refused.value.key == key
    assert refused.value.message("nl") and refused.value.message("en")


def test_another_organisation_sees_nothing_by_name_by_id_or_in_the_list(store_of, small_scenario):
    stored = store_of(ANNA).put(small_scenario, "Geheim plan")
    bea = store_of(BEA)
    assert bea.list() == []
    with pytest.raises(ScenarioNotFound) as by_name:
        bea.get("Geheim plan")
    with pytest.raises(ScenarioNotFound):
        bea.get("Geheim plan", 1)
    with pytest.raises(ScenarioNotFound):
        bea.versions("Geheim plan")
    with pytest.raises(ScenarioNotFound) as by_id:
        bea.get_by_id(stored.id)
    assert by_name.value.key == "store.not_found" and by_id.value.key == "store.id_not_found"
    # B's own scenario of the same name is B's version 1, and A's stays as it was
    assert bea.put(noted(small_scenario, "van B"), "Geheim plan").version == 1
    assert store_of(ANNA).get("Geheim plan").scenario.notes == small_scenario.notes
    assert [e.name for e in bea.list()] == ["Geheim plan"] and bea.get("Geheim plan").scenario.notes == "van B"


def test_a_missing_version_is_not_found_and_says_so(store_of, small_scenario):
    store = store_of(LOCAL)
    store.put(small_scenario, "Plan")
    with pytest.raises(ScenarioNotFound) as missing:
        store.get("Plan", 7)
    assert missing.value.key == "store.version_not_found"
    assert missing.value.message("nl") == "Scenario ‘Plan’ heeft geen versie 7."


def test_ten_writers_at_once_lose_nothing(engine, store_of, small_scenario):
    writers = 10
    start = threading.Barrier(writers)
    errors: list[BaseException] = []

    def write(i: int) -> None:
        store = store_of(Identity("gemeente-a", f"sub-{i}", f"Gebruiker {i}"))
        start.wait()
        try:
            store.put(noted(small_scenario, f"schrijver {i}"), "Samen")
            store.put(noted(small_scenario, f"eigen {i}"), f"Eigen {i}")
        except BaseException as exc:  # reported below, with the thread's failure
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(i,)) for i in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    store = store_of(ANNA)
    versions = store.versions("Samen")
    assert sorted(v.version for v in versions) == list(range(1, writers + 1))
    assert {store.get("Samen", v.version).scenario.notes for v in versions} == {
        f"schrijver {i}" for i in range(writers)
    }
    assert len(store.list()) == writers + 1


def test_a_corrupt_document_is_reported_and_the_list_still_works(engine, store_of, small_scenario):
    store = store_of(ANNA)
    stored = store.put(small_scenario, "Kapot")
    with engine.begin() as connection:
        connection.execute(
            update(VersionRow)
            .where(VersionRow.id == stored.id)
            .values(document='{"schema_version": 2, "gemeente": "GM0505", "budget": {"print_eur": -5}}')
        )
    with pytest.raises(CorruptDocument) as corrupt:
        store.get("Kapot")
    assert corrupt.value.key == "store.corrupt" and corrupt.value.problems
    assert corrupt.value.message("nl").startswith("Versie 1 van ‘Kapot’ is beschadigd")
    assert "budget.print_eur" in corrupt.value.message("en")
    with engine.begin() as connection:
        connection.execute(update(VersionRow).where(VersionRow.id == stored.id).values(document="{niet: json"))
    with pytest.raises(CorruptDocument) as not_json:
        store.get_by_id(stored.id)
    assert "bestand" in not_json.value.message("nl")
    assert [e.name for e in store.list()] == ["Kapot"]


def test_a_stored_document_of_an_older_schema_is_migrated_when_read(engine, store_of, small_scenario):
    store = store_of(LOCAL)
    stored = store.put(small_scenario, "Oud bestand")
    old = '{"schema_version": 1, "name": "Oud bestand", "gemeente": "GM0505"}'
    with engine.begin() as connection:
        connection.execute(update(VersionRow).where(VersionRow.id == stored.id).values(document=old))
    opened = store.get("Oud bestand")
    assert opened.scenario.migrated_from == 1 and opened.scenario.schema_version == 2


def test_drafts_are_written_at_most_every_ten_seconds_per_session(store_of, small_scenario):
    store = store_of(ANNA)
    start = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    assert store.latest_draft() is None
    assert store.save_draft("tab-1", noted(small_scenario, "1"), now=start)
    assert not store.save_draft(
        "tab-1", noted(small_scenario, "2"), now=start + timedelta(seconds=DRAFT_INTERVAL_S - 1)
    )
    assert store.latest_draft().scenario.notes == "1"
    assert store.save_draft("tab-1", noted(small_scenario, "3"), now=start + timedelta(seconds=DRAFT_INTERVAL_S))
    assert store.save_draft("tab-2", noted(small_scenario, "ander venster"), now=start + timedelta(seconds=11))
    draft = store.latest_draft()
    assert (draft.session_id, draft.scenario.notes, draft.saved_at) == (
        "tab-2",
        "ander venster",
        start + timedelta(seconds=11),
    )


def test_drafts_are_the_users_own_and_never_listed(store_of, small_scenario):
    store_of(ANNA).save_draft("tab-1", small_scenario)
    assert store_of(ANNA).list() == []
    assert store_of(AHMED).latest_draft() is None  # same organisation, another person
    assert store_of(Identity("gemeente-b", "sub-anna", "Anna")).latest_draft() is None  # same subject, other org
    assert store_of(ANNA).discard_drafts() == 1
    assert store_of(ANNA).latest_draft() is None


def test_the_migrations_build_exactly_the_tables_of_the_models(engine):
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_opening_again_keeps_what_was_stored(database_url, small_scenario):
    first = open_database(database_url)
    from budgetsim.store import ScenarioStore

    ScenarioStore(first, LOCAL).put(small_scenario, "Blijft")
    first.dispose()
    again = open_database(database_url)
    assert [e.name for e in ScenarioStore(again, LOCAL).list()] == ["Blijft"]
    again.dispose()


# -- faults ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "where", ["sqlite folder that cannot be made", "postgresql database missing", "no such driver"]
)
def test_a_database_that_cannot_be_reached_is_one_clear_error(request, tmp_path, where):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    if where.startswith("sqlite"):
        url = f"sqlite:///{blocker / 'data' / 'x.sqlite3'}"
    elif where.startswith("postgresql"):
        url = request.getfixturevalue("postgres_cluster").url("no_such_database")
    else:
        url = "nonsense://x"
    with pytest.raises(StoreUnavailable) as down:
        open_database(url)
    assert down.value.message("nl") == (
        "De opslag is nu niet bereikbaar. Uw plan blijft open in dit venster; probeer het zo opnieuw."
    )
    assert down.value.reason


def test_a_database_that_goes_down_after_opening_is_one_clear_error(postgres_cluster, small_scenario):
    from budgetsim.store import ScenarioStore

    url = postgres_cluster.new_database()
    engine = open_database(url)
    store = ScenarioStore(engine, LOCAL)
    store.put(small_scenario, "Voor de storing")
    postgres_cluster.drop_database(url)
    for attempt in (lambda: store.put(small_scenario, "Tijdens de storing"), store.list, store.latest_draft):
        with pytest.raises(StoreUnavailable):
            attempt()
    engine.dispose()


def test_a_full_database_is_one_clear_error(tmp_path, small_scenario):
    from budgetsim.store import ScenarioStore

    engine = open_database(f"sqlite:///{tmp_path / 'vol.sqlite3'}")
    engine.dispose()

    @event.listens_for(engine, "connect")
    def _small(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    store = ScenarioStore(engine, LOCAL)
    with pytest.raises(StoreUnavailable) as full:
        for i in range(50):
            store.put(noted(small_scenario, "x" * 10_000), f"Plan {i}")
    assert "full" in full.value.reason
    engine.dispose()
