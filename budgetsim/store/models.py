"""The store's tables (SQLAlchemy 2): organisations, their scenarios, each scenario's versions, and drafts.

- ``organisation``: one row per organisation (``lokaal`` on a laptop; a claim value when hosted);
- ``scenario``: a name within an organisation (unique there);
- ``scenario_version``: one saved version: the scenario file's JSON text, its number (1, 2, …
  per scenario, never reused or overwritten), who saved it (subject id and display name) and when;
- ``draft``: the plan being edited, one row per browser session, rewritten in place; not a version.

Times are UTC. Only :mod:`budgetsim.store.access` queries these tables; the schema changes only
through a migration in ``migrations/versions``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAME_CHARS = 200


class Base(DeclarativeBase):
    pass


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_CHARS), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class StoredScenarioRow(Base):
    __tablename__ = "scenario"
    __table_args__ = (UniqueConstraint("organisation_id", "name", name="uq_scenario_organisation_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(NAME_CHARS))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class VersionRow(Base):
    __tablename__ = "scenario_version"
    __table_args__ = (UniqueConstraint("scenario_id", "number", name="uq_scenario_version_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scenario_id: Mapped[int] = mapped_column(ForeignKey("scenario.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    document: Mapped[str] = mapped_column(Text)
    author_subject: Mapped[str] = mapped_column(String(NAME_CHARS))
    author_name: Mapped[str] = mapped_column(String(NAME_CHARS))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class DraftRow(Base):
    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("organisation_id", "author_subject", "session_id", name="uq_draft_session"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    author_subject: Mapped[str] = mapped_column(String(NAME_CHARS))
    session_id: Mapped[str] = mapped_column(String(NAME_CHARS))
    document: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
