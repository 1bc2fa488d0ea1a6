"""Stored scenarios: per organisation, every version kept, drafts of the plan being edited.

* :mod:`.settings`: where the database is and whether a server may start (:class:`HostingSettings`,
  :func:`check_startup`), from ``BUDGETSIM_DATABASE_URL``, ``BUDGETSIM_DATA_DIR``, ``BUDGETSIM_ORG_CLAIM``;
* :mod:`.identity`: who acts (:class:`Identity`; :data:`LOCAL` on a laptop; :func:`identity_from_claims`);
* :mod:`.models` and ``migrations/``: the tables (SQLAlchemy 2) and their Alembic migrations;
* :mod:`.database`: opening the database, migrated to the newest schema (:func:`open_database`);
* :mod:`.access`: every query, always within one organisation (:class:`ScenarioStore`);
* :mod:`.errors`: what can go wrong, as keyed messages;
* :mod:`.command`: ``budgetsim store put|list|get``.

In short: ``ScenarioStore(open_database(settings.database_address), identity)``; or
:func:`open_store`.
"""

from __future__ import annotations

from .access import DRAFT_INTERVAL_S, Draft, OpenedVersion, ScenarioStore, StoredVersion, clean_name
from .database import open_database
from .errors import BadName, CorruptDocument, ScenarioNotFound, StoreError, StoreUnavailable
from .identity import LOCAL, LOCAL_ORGANISATION, Identity, LoginRefused, display_name, identity_from_claims
from .settings import HostingSettings, StartRefused, check_startup

__all__ = [
    "DRAFT_INTERVAL_S",
    "LOCAL",
    "LOCAL_ORGANISATION",
    "BadName",
    "CorruptDocument",
    "Draft",
    "HostingSettings",
    "Identity",
    "LoginRefused",
    "OpenedVersion",
    "ScenarioNotFound",
    "ScenarioStore",
    "StartRefused",
    "StoreError",
    "StoreUnavailable",
    "StoredVersion",
    "check_startup",
    "clean_name",
    "display_name",
    "identity_from_claims",
    "open_database",
    "open_store",
]


def open_store(settings: HostingSettings, identity: Identity) -> ScenarioStore:
    """The store of ``identity`` in the database ``settings`` name (opened and migrated on each call:
    a long-running process keeps the engine of :func:`open_database` and makes a
    :class:`ScenarioStore` per identity)."""
    return ScenarioStore(open_database(settings.database_address), identity)
