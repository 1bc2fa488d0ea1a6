"""Fixtures of the store tests: a database on each backend, fresh for each test.

SQLite is a file in the test's tmp folder. PostgreSQL is a throwaway cluster of the machine's own
binaries (Debian's ``postgresql`` package: ``initdb``, ``pg_ctl``), started once per test session
in a temporary folder, listening only on a unix socket there (no port to collide with), with a new
database per test. ``initdb`` refuses to run as root, so as root the cluster runs as the
``postgres`` user. Without the binaries the PostgreSQL tests are skipped, except under ``CI=true``,
where they fail: CI installs the package (.ci/run).
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from budgetsim.planning import new_scenario
from budgetsim.store import ScenarioStore, open_database
from tests.conftest import DORDRECHT

BACKENDS = ("sqlite", "postgresql")


def postgres_bindir() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: on the PATH, else Debian's newest
    ``/usr/lib/postgresql/N/bin``."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    return versions[-1].parent if versions else None


class PostgresCluster:
    """A PostgreSQL cluster in ``folder``, for tests only: trust authentication, no fsync, a unix
    socket in ``folder`` and no TCP port. ``url(database)`` is its SQLAlchemy URL."""

    PORT = 5432  # only names the socket file (.s.PGSQL.5432) inside the private folder

    def __init__(self, bindir: Path, folder: Path):
        self.bindir, self.folder = bindir, folder
        self.data = folder / "data"
        self._as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        self._names = itertools.count(1)

    def _run(self, *command: str) -> None:
        subprocess.run([*self._as_user, *command], check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        if self._as_user:
            owner = pwd.getpwnam("postgres")
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "--no-locale",
            "-E",
            "UTF8",
        )
        options = f"-k {self.folder} -p {self.PORT} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.folder / "log"),
            "-o",
            options,
            "-w",
            "start",
        )

    def stop(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.folder}&port={self.PORT}"

    def new_database(self) -> str:
        """A new, empty database; returns its URL."""
        import psycopg

        name = f"test_{next(self._names)}"
        with psycopg.connect(host=str(self.folder), port=self.PORT, user="postgres", autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def drop_database(self, url: str) -> None:
        """Drop the database of ``url``, ending its connections (the database is then "down")."""
        import psycopg

        name = make_url(url).database
        with psycopg.connect(host=str(self.folder), port=self.PORT, user="postgres", autocommit=True) as connection:
            connection.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def postgres_cluster():
    """A running throwaway PostgreSQL cluster for the whole session."""
    bindir = postgres_bindir()
    if bindir is None:
        message = "PostgreSQL's initdb and pg_ctl are not installed (Debian: apt-get install postgresql)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    folder = Path(tempfile.mkdtemp(prefix="budgetsim-pg-"))
    cluster = PostgresCluster(bindir, folder)
    try:
        cluster.start()
        yield cluster
        cluster.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(params=BACKENDS)
def database_url(request, tmp_path) -> str:
    """The URL of a new, empty database: an SQLite file, or a database in the PostgreSQL cluster."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'data' / 'budgetsim.sqlite3'}"
    return request.getfixturevalue("postgres_cluster").new_database()


@pytest.fixture
def engine(database_url):
    """The store's database, opened (and so migrated)."""
    engine = open_database(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def store_of(engine):
    """``store_of(identity)``: that identity's :class:`ScenarioStore` in :func:`engine`."""
    return lambda identity: ScenarioStore(engine, identity)


@pytest.fixture(scope="session")
def small_scenario():
    """A scenario to store: Dordrecht's first screen, a name and a note."""
    return new_scenario(DORDRECHT, social_eur=5000, name="Voorstel 2027")
