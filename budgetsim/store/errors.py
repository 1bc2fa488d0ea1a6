"""What can go wrong in the store, each said by a keyed Message (the app and the command line
render it in Dutch or English)."""

from __future__ import annotations

from ..problems import MessageError, Problem


class StoreError(MessageError):
    """Any error of the store."""


class StoreUnavailable(StoreError):
    """The database cannot be reached or written (down, full, read-only): one sentence for the user,
    ``reason`` (the driver's words) for the log. The plan in the session is not affected."""

    def __init__(self, reason: str = ""):
        super().__init__("store.unavailable")
        self.reason = reason.strip().splitlines()[0] if reason.strip() else ""


class ScenarioNotFound(StoreError):
    """No scenario (or no such version) by that name or id in the organisation; another
    organisation's scenario is not found either."""


class CorruptDocument(StoreError):
    """A stored document (a version, or a draft with ``key`` ``store.corrupt_draft``) that the scenario
    reader refuses; the message names the first problem, ``problems`` lists them all."""

    def __init__(self, name: str, version: int, problems: list[Problem], *, key: str = "store.corrupt"):
        first = problems[0]
        where = first.where if first.where is not None else first.path
        super().__init__(key, name=name, version=version, where=where, problem=first.what)
        self.problems = problems


class BadName(StoreError):
    """A scenario name that cannot be stored (empty or too long)."""
