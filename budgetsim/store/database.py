"""Opening the store's database: the engine, its schema brought up to date, and faults in one error.

:func:`open_database` creates the SQLite file's folder when needed, connects, and runs the Alembic
migrations in ``migrations/`` (programmatic configuration, no alembic.ini) under a lock, so that
several processes starting at once migrate once. Any fault of the database (down, full, read-only,
a folder that cannot be made) becomes :class:`~budgetsim.store.errors.StoreUnavailable`
(:func:`unavailable_on_fault`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, SQLAlchemyError

from .errors import StoreUnavailable

MIGRATIONS = Path(__file__).with_name("migrations")
#: How long a writer waits for another's lock before the database counts as unavailable (seconds).
LOCK_TIMEOUT_S = 30
#: The key of PostgreSQL's advisory lock held while migrating.
_MIGRATION_LOCK = 0x62756467  # "budg"
#: The execution option that makes an SQLite transaction take the write lock at BEGIN.
WRITE = {"budgetsim_write": True}


@contextlib.contextmanager
def unavailable_on_fault() -> Iterator[None]:
    """Turn a fault of the database into :class:`StoreUnavailable` (constraint violations pass,
    they are the caller's to handle)."""
    try:
        yield
    except IntegrityError:
        raise
    except (DBAPIError, OSError) as exc:
        raise StoreUnavailable(str(getattr(exc, "orig", None) or exc)) from exc
    except SQLAlchemyError as exc:
        raise StoreUnavailable(str(exc)) from exc


def open_database(url: str) -> Engine:
    """An engine on ``url`` whose schema is at the newest migration; :class:`StoreUnavailable`
    when the database cannot be reached or set up."""
    try:
        address = make_url(url)
    except ArgumentError as exc:
        raise StoreUnavailable(str(exc)) from exc
    with unavailable_on_fault():
        if address.get_backend_name() == "sqlite":
            engine = _sqlite_engine(address)
        else:
            engine = create_engine(address, pool_pre_ping=True)
        upgrade(engine)
    return engine


def _sqlite_engine(address) -> Engine:
    """SQLite with a busy timeout, WAL and foreign keys, and ``BEGIN IMMEDIATE`` for writers, so that
    concurrent writers wait for each other instead of failing."""
    if address.database and address.database != ":memory:":
        Path(address.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(address, connect_args={"timeout": LOCK_TIMEOUT_S, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # the driver's own BEGIN off: the "begin" event below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        write = connection.get_execution_options().get("budgetsim_write")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def upgrade(engine: Engine) -> None:
    """Run the migrations up to the newest, in one transaction, under a lock against other processes."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.execution_options(**WRITE).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
