"""The one way into the stored scenarios: every query of the store is here, and every query is
limited to one organisation.

``ScenarioStore(engine, identity)`` acts for one identity (:mod:`budgetsim.store.identity`): it
lists, reads and writes only that identity's organisation's scenarios and that user's drafts. A
scenario of another organisation, by name or by id, is :class:`ScenarioNotFound`, exactly as one
that does not exist.

- :meth:`~ScenarioStore.put` stores a new version; a name stored before keeps its earlier versions
  (numbers 1, 2, … per name; concurrent puts each get their own number).
- :meth:`~ScenarioStore.list` gives each scenario's newest version, newest first, with who and when.
- :meth:`~ScenarioStore.get` and :meth:`~ScenarioStore.get_by_id` read a version back through the
  scenario reader, so an older schema is migrated and a corrupt document is a
  :class:`CorruptDocument`, never a crash.
- :meth:`~ScenarioStore.save_draft` keeps the plan being edited, at most once every
  :data:`DRAFT_INTERVAL_S` seconds per browser session; :meth:`~ScenarioStore.latest_draft` gives the
  user's newest draft back. Drafts are not versions and are not listed.

A database fault raises :class:`StoreUnavailable` (one sentence; the caller keeps its plan).
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..problems import InputError
from ..scenario import Scenario, parse_scenario, scenario_from_dict, scenario_to_json
from .database import WRITE, unavailable_on_fault
from .errors import BadName, CorruptDocument, ScenarioNotFound, StoreUnavailable
from .identity import Identity
from .models import NAME_CHARS, DraftRow, Organisation, StoredScenarioRow, VersionRow

#: Drafts are written at most once per this many seconds per browser session.
DRAFT_INTERVAL_S = 10
#: How often a put is tried again when another writer took the same number meanwhile.
_PUT_ATTEMPTS = 50


@dataclass(frozen=True)
class StoredVersion:
    """One stored version, as listed: ``id`` (unique in the database), ``name``, ``version``
    (1, 2, … per name), ``saved_at`` (UTC) and ``saved_by`` (the display name)."""

    id: int
    name: str
    version: int
    saved_at: datetime
    saved_by: str

    def to_json(self) -> dict:
        """``{name, saved_at, saved_by, version}`` as ``store list --json`` prints it."""
        return {
            "name": self.name,
            "saved_at": self.saved_at.isoformat(timespec="seconds"),
            "saved_by": self.saved_by,
            "version": self.version,
        }


@dataclass(frozen=True)
class OpenedVersion:
    """A stored version read back: what :meth:`ScenarioStore.list` says of it, and its scenario
    (migrated to the current schema, as a file is when opened)."""

    entry: StoredVersion
    scenario: Scenario


@dataclass(frozen=True)
class Draft:
    """A user's draft: the browser session it came from, when it was written, and the plan."""

    session_id: str
    saved_at: datetime
    scenario: Scenario


def clean_name(name: str) -> str:
    """A scenario name as stored: spaces at the ends removed, runs of white space made one space;
    :class:`BadName` when nothing is left or it is longer than 200 characters."""
    text = " ".join(str(name).split())
    if not text:
        raise BadName("store.name.empty")
    if len(text) > NAME_CHARS:
        raise BadName("store.name.too_long", most=NAME_CHARS, length=len(text))
    return text


def _utc(moment: datetime) -> datetime:
    """A time from the database as UTC (SQLite gives it back without its zone)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _now() -> datetime:
    return datetime.now(UTC)


class ScenarioStore:
    """The scenarios of ``identity.organisation`` and the drafts of ``identity.subject`` in it."""

    def __init__(self, engine: Engine, identity: Identity):
        self._engine = engine
        self._writer = engine.execution_options(**WRITE)
        self.identity = identity

    # -- reading --------------------------------------------------------------------------------

    def list(self) -> builtins.list[StoredVersion]:
        """Each scenario's newest version, newest first (then by name)."""
        newest = (
            select(VersionRow.scenario_id, func.max(VersionRow.number).label("number"))
            .group_by(VersionRow.scenario_id)
            .subquery()
        )
        query = (
            self._versions()
            .join(newest, (newest.c.scenario_id == VersionRow.scenario_id) & (newest.c.number == VersionRow.number))
            .order_by(VersionRow.created_at.desc(), VersionRow.id.desc())
        )
        return self._entries(query)

    def versions(self, name: str) -> builtins.list[StoredVersion]:
        """Every version of ``name``, newest first; :class:`ScenarioNotFound` when there is none."""
        name = clean_name(name)
        found = self._entries(self._versions().where(StoredScenarioRow.name == name).order_by(VersionRow.number.desc()))
        if not found:
            raise ScenarioNotFound("store.not_found", name=name)
        return found

    def get(self, name: str, version: int | None = None) -> OpenedVersion:
        """Version ``version`` of ``name`` (default: the newest), read and checked."""
        name = clean_name(name)
        query = self._versions(with_document=True).where(StoredScenarioRow.name == name)
        if version is None:
            query = query.order_by(VersionRow.number.desc()).limit(1)
        else:
            query = query.where(VersionRow.number == version)
        row = self._first(query)
        if row is None:
            if version is not None and self._first(self._versions().where(StoredScenarioRow.name == name)):
                raise ScenarioNotFound("store.version_not_found", name=name, version=version)
            raise ScenarioNotFound("store.not_found", name=name)
        return self._opened(row)

    def get_by_id(self, version_id: int) -> OpenedVersion:
        """The version with this id (:attr:`StoredVersion.id`), if it is the organisation's."""
        row = self._first(self._versions(with_document=True).where(VersionRow.id == version_id))
        if row is None:
            raise ScenarioNotFound("store.id_not_found", id=version_id)
        return self._opened(row)

    def latest_draft(self) -> Draft | None:
        """The user's newest draft in this organisation (any browser session), or None.
        :class:`CorruptDocument` when it cannot be read."""
        query = (
            select(DraftRow.session_id, DraftRow.updated_at, DraftRow.document)
            .join(Organisation, Organisation.id == DraftRow.organisation_id)
            .where(Organisation.name == self.identity.organisation)
            .where(DraftRow.author_subject == self.identity.subject)
            .order_by(DraftRow.updated_at.desc(), DraftRow.id.desc())
            .limit(1)
        )
        row = self._first(query)
        if row is None:
            return None
        scenario = _read_document(row.document, name="", version=0, key="store.corrupt_draft")
        return Draft(session_id=row.session_id, saved_at=_utc(row.updated_at), scenario=scenario)

    # -- writing --------------------------------------------------------------------------------

    def put(self, scenario: Scenario, name: str | None = None) -> StoredVersion:
        """Store ``scenario`` as a new version of ``name`` (default: the scenario's own name); the
        document's ``name`` becomes the stored name. Never overwrites: the version number is one
        more than the newest, also when other processes store the same name at the same moment."""
        name = clean_name(name if name is not None else scenario.name)
        document = scenario_to_json(_renamed(scenario, name))
        for _ in range(_PUT_ATTEMPTS):
            try:
                with unavailable_on_fault(), Session(self._writer) as session, session.begin():
                    organisation_id = self._organisation_id(session, create=True)
                    assert organisation_id is not None  # create=True makes the row when there is none
                    scenario_id = self._scenario_id(session, organisation_id, name)
                    number = (
                        session.scalar(select(func.max(VersionRow.number)).where(VersionRow.scenario_id == scenario_id))
                        or 0
                    ) + 1
                    row = VersionRow(
                        scenario_id=scenario_id,
                        number=number,
                        document=document,
                        author_subject=self.identity.subject,
                        author_name=self.identity.display_name,
                        created_at=_now(),
                    )
                    session.add(row)
                    session.flush()
                    return StoredVersion(row.id, name, number, _utc(row.created_at), row.author_name)
            except IntegrityError:
                continue  # another writer took the number (or created the name) first: count again
        raise StoreUnavailable("too many concurrent writers for one name")

    def save_draft(self, session_id: str, scenario: Scenario, *, now: datetime | None = None) -> bool:
        """Keep ``scenario`` as the draft of browser session ``session_id``; True when written, False
        when this session's draft was written less than :data:`DRAFT_INTERVAL_S` seconds ago (the
        caller offers it again with the next change)."""
        moment = now or _now()
        document = scenario_to_json(scenario)
        for _ in range(_PUT_ATTEMPTS):
            try:
                with unavailable_on_fault(), Session(self._writer) as session, session.begin():
                    organisation_id = self._organisation_id(session, create=True)
                    assert organisation_id is not None  # create=True makes the row when there is none
                    row = session.scalar(
                        select(DraftRow).where(
                            DraftRow.organisation_id == organisation_id,
                            DraftRow.author_subject == self.identity.subject,
                            DraftRow.session_id == session_id,
                        )
                    )
                    if row is None:
                        session.add(
                            DraftRow(
                                organisation_id=organisation_id,
                                author_subject=self.identity.subject,
                                session_id=session_id,
                                document=document,
                                updated_at=moment,
                            )
                        )
                        return True
                    if moment - _utc(row.updated_at) < timedelta(seconds=DRAFT_INTERVAL_S):
                        return False
                    row.document, row.updated_at = document, moment
                    return True
            except IntegrityError:
                continue  # the same session's first draft, written twice at once: look again
        raise StoreUnavailable("too many concurrent writers for one draft")

    def discard_drafts(self) -> int:
        """Remove the user's drafts in this organisation (after the plan was stored or declined);
        returns how many there were."""
        with unavailable_on_fault(), Session(self._writer) as session, session.begin():
            organisation_id = self._organisation_id(session, create=False)
            if organisation_id is None:
                return 0
            rows = session.scalars(
                select(DraftRow).where(
                    DraftRow.organisation_id == organisation_id, DraftRow.author_subject == self.identity.subject
                )
            ).all()
            for row in rows:
                session.delete(row)
            return len(rows)

    # -- the organisation filter ----------------------------------------------------------------

    def _versions(self, *, with_document: bool = False):
        """The query every read of versions starts from: joined to its scenario and organisation,
        limited to this identity's organisation."""
        columns = [
            VersionRow.id,
            StoredScenarioRow.name,
            VersionRow.number,
            VersionRow.created_at,
            VersionRow.author_name,
        ]
        if with_document:
            columns.append(VersionRow.document)
        return (
            select(*columns)
            .join(StoredScenarioRow, StoredScenarioRow.id == VersionRow.scenario_id)
            .join(Organisation, Organisation.id == StoredScenarioRow.organisation_id)
            .where(Organisation.name == self.identity.organisation)
        )

    def _organisation_id(self, session: Session, *, create: bool) -> int | None:
        found = session.scalar(select(Organisation.id).where(Organisation.name == self.identity.organisation))
        if found is None and create:
            row = Organisation(name=self.identity.organisation, created_at=_now())
            session.add(row)
            session.flush()
            found = row.id
        return found

    @staticmethod
    def _scenario_id(session: Session, organisation_id: int, name: str) -> int:
        found = session.scalar(
            select(StoredScenarioRow.id).where(
                StoredScenarioRow.organisation_id == organisation_id, StoredScenarioRow.name == name
            )
        )
        if found is None:
            row = StoredScenarioRow(organisation_id=organisation_id, name=name, created_at=_now())
            session.add(row)
            session.flush()
            found = row.id
        return found

    # -- rows -> results ------------------------------------------------------------------------

    def _first(self, query):
        with unavailable_on_fault(), self._engine.connect() as connection:
            return connection.execute(query).first()

    def _entries(self, query) -> builtins.list[StoredVersion]:
        with unavailable_on_fault(), self._engine.connect() as connection:
            rows = connection.execute(query).all()
        return [_entry(row) for row in rows]

    @staticmethod
    def _opened(row) -> OpenedVersion:
        entry = _entry(row)
        scenario = _read_document(row.document, name=entry.name, version=entry.version, key="store.corrupt")
        return OpenedVersion(entry=entry, scenario=scenario)


def _entry(row) -> StoredVersion:
    return StoredVersion(row.id, row.name, row.number, _utc(row.created_at), row.author_name)


def _read_document(text: str, *, name: str, version: int, key: str) -> Scenario:
    """The stored text through the scenario reader; a document it refuses is :class:`CorruptDocument`."""
    try:
        return parse_scenario(text)
    except InputError as exc:
        raise CorruptDocument(name, version, exc.problems, key=key) from exc


def _renamed(scenario: Scenario, name: str) -> Scenario:
    """The scenario with ``name`` as its name (unchanged when it already has it)."""
    if scenario.name == name:
        return scenario
    return scenario_from_dict(dict(scenario.to_dict(), name=name))
