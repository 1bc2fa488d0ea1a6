"""Where the store lives and who may use it: the hosting settings, read from the environment.

- ``BUDGETSIM_DATABASE_URL``: any SQLAlchemy URL (``postgresql+psycopg://user@host/db``). Without
  it, the store is an SQLite file in the data folder: one machine, nothing to set up.
- ``BUDGETSIM_DATA_DIR``: that data folder (default: ``%LOCALAPPDATA%\\budgetsim`` on Windows,
  else ``$XDG_DATA_HOME/budgetsim`` or ``~/.local/share/budgetsim``).
- ``BUDGETSIM_ORG_CLAIM``: the claim of the login (OpenID Connect) that names the organisation.

A server that shares a database (anything but SQLite) must know who is who: :func:`check_startup`
refuses to start it without a login, and a login without an organisation claim.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..problems import MessageError

DATABASE_URL_VARIABLE = "BUDGETSIM_DATABASE_URL"
DATA_DIR_VARIABLE = "BUDGETSIM_DATA_DIR"
ORG_CLAIM_VARIABLE = "BUDGETSIM_ORG_CLAIM"
#: The SQLite file in the data folder.
SQLITE_FILENAME = "budgetsim.sqlite3"


class StartRefused(MessageError):
    """The server may not start with these settings; the message says why in one sentence."""


@dataclass(frozen=True)
class HostingSettings:
    """The settings of one process: ``database_url`` (None: the SQLite file in ``data_dir``),
    ``org_claim`` (None: no organisation claim named) and ``data_dir``."""

    database_url: str | None
    org_claim: str | None
    data_dir: Path

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> HostingSettings:
        """The settings in ``environ`` (default ``os.environ``); empty values count as unset."""
        env = os.environ if environ is None else environ
        url = env.get(DATABASE_URL_VARIABLE, "").strip() or None
        claim = env.get(ORG_CLAIM_VARIABLE, "").strip() or None
        folder = env.get(DATA_DIR_VARIABLE, "").strip()
        return cls(database_url=url, org_claim=claim, data_dir=Path(folder) if folder else default_data_dir(env))

    @property
    def database_address(self) -> str:
        """The SQLAlchemy URL of the store: ``database_url``, or the SQLite file in ``data_dir``.
        A plain ``postgresql://`` or ``postgres://`` URL (as PostgreSQL operators hand them out)
        gets the psycopg 3 driver: ``postgresql+psycopg://``."""
        if self.database_url:
            scheme, sep, rest = self.database_url.partition("://")
            if sep and scheme in ("postgresql", "postgres"):
                return f"postgresql+psycopg://{rest}"
            return self.database_url
        return f"sqlite:///{(self.data_dir / SQLITE_FILENAME).resolve()}"

    @property
    def shared_database(self) -> bool:
        """True when the database is a server that other processes or machines share (not SQLite)."""
        return not self.database_address.startswith("sqlite")


def default_data_dir(environ: Mapping[str, str]) -> Path:
    """The data folder when ``BUDGETSIM_DATA_DIR`` is not set."""
    if os.name == "nt" and environ.get("LOCALAPPDATA"):
        return Path(environ["LOCALAPPDATA"]) / "budgetsim"
    base = environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "budgetsim"


def check_startup(settings: HostingSettings, *, login_configured: bool) -> None:
    """Refuse to start a server that would share storage anonymously.

    A shared database without a login, or a login without ``BUDGETSIM_ORG_CLAIM``, raises
    :class:`StartRefused` (never a fall-back to one organisation for everybody).
    """
    if settings.shared_database and not login_configured:
        raise StartRefused("store.start.no_login", variable=DATABASE_URL_VARIABLE)
    if login_configured and not settings.org_claim:
        raise StartRefused("store.start.no_org_claim", variable=ORG_CLAIM_VARIABLE)
