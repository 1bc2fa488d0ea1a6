"""Reading a scenario file: bytes -> JSON -> migrated to the current version -> checked Scenario.

:func:`parse_scenario` and :func:`load_scenario` turn a file into a :class:`Scenario` or raise an
:class:`~budgetsim.problems.InputError` listing every problem at once, each with its JSON path and
what is allowed, in Dutch and English. Older schema versions are migrated on load
(:data:`MIGRATIONS`); a newer one is refused with a message that says so.
"""

from __future__ import annotations

import errno
import json
import os
import re
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ..problems import InputError, Problem
from .checks import cross_checks, join, unknown
from .messages import PREFIX, describe, loc, message, problem, render, show, shown_number
from .schema import (
    MAX_FILE_BYTES,
    MODEL_OF_FIELD,
    SCHEMA_VERSION,
    TOP_LEVEL_ORDER,
    Scenario,
    mark_edited_fits,
)


def _from_version_1(data: dict) -> dict:
    """Version 1 -> 2: nothing to rewrite. The new fields take their defaults: ``level`` wijk,
    ``current`` a page every week and no social, ``price_per_page_eur`` null, no ``calibration``."""
    return dict(data)


#: Migrations from version n to n + 1, applied in turn on load.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {1: _from_version_1}


def migrate(data: dict) -> dict:
    """Bring a scenario of an older schema version up to :data:`SCHEMA_VERSION`."""
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        return data
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data = dict(data, schema_version=version)
    return data


class _NonFinite:
    """Placeholder for ``NaN``/``Infinity`` in the JSON, reported by path after parsing."""

    def __init__(self, text: str):
        self.text = text


class _JsonObject(dict):
    """A JSON object that remembers keys it saw more than once."""

    duplicates: list[str]


def _object_pairs(pairs: list[tuple[str, Any]]) -> _JsonObject:
    obj = _JsonObject()
    obj.duplicates = []
    for key, value in pairs:
        if key in obj and key not in obj.duplicates:
            obj.duplicates.append(key)
        obj[key] = value
    return obj


def _file_error(key: str, **params: Any) -> InputError:
    return InputError(problem("file", key, "bestand", **params))


def _decode(data: bytes | str, size: int | None = None) -> str:
    """Text of a scenario file; ``size`` is the file's real size when only its start was read."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
    if len(raw) > MAX_FILE_BYTES:
        raise _file_error("file.too_large", size=max(size or 0, len(raw)))
    if isinstance(data, str):
        return data.lstrip("\ufeff")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _file_error("file.not_utf8", line=str(raw[: exc.start].count(b"\n") + 1)) from None


#: The JSON parser's words for what it expected -> the short key of the reason, in the user's language.
_JSON_REASONS: tuple[tuple[str, str], ...] = (
    ("Expecting value", "json_reason.value"),
    ("Expecting property name enclosed in double quotes", "json_reason.name"),
    ("Expecting ',' delimiter", "json_reason.comma"),
    ("Expecting ':' delimiter", "json_reason.colon"),
    ("Unterminated string", "json_reason.unterminated"),
    ("Invalid control character", "json_reason.control"),
    ("Invalid \\", "json_reason.escape"),
    ("Extra data", "json_reason.extra"),
)


def _parse_json(text: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_object_pairs, parse_constant=_NonFinite)
    except json.JSONDecodeError as exc:
        where = {"line": str(exc.lineno), "column": str(exc.colno)}
        reason = next((key for start, key in _JSON_REASONS if exc.msg.startswith(start)), None)
        if reason is None:  # the parser's own words are English: the line and column say enough
            raise _file_error("file.bad_json_at", **where) from None
        raise _file_error("file.bad_json", reason=loc(reason), **where) from None
    except RecursionError:
        raise _file_error("file.too_deep") from None
    except ValueError:  # e.g. a number with thousands of digits
        raise _file_error("file.unusable_json") from None


def _clean(value: Any, path: str, problems: list[Problem]) -> Any:
    """Plain dicts and lists; duplicate keys and NaN/Infinity reported with their path."""
    if isinstance(value, _NonFinite):
        problems.append(problem(path, "json.non_finite", text=value.text))
        return None
    if isinstance(value, dict):
        for key in getattr(value, "duplicates", []):
            problems.append(problem(join(path, key), "json.duplicate_key"))
        return {k: _clean(v, join(path, k), problems) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v, f"{path}[{i}]", problems) for i, v in enumerate(value)]
    if isinstance(value, str) and not _is_utf8(value):
        problems.append(problem(path, "json.lone_surrogate"))
    return value


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def parse_scenario(data: bytes | str) -> Scenario:
    """A scenario from the file's bytes or text; :class:`InputError` lists every problem."""
    tree = _parse_json(_decode(data))
    if not isinstance(tree, dict):
        raise _file_error("file.not_object", kind=describe(tree))
    problems: list[Problem] = []
    clean = _clean(tree, "", problems)
    return scenario_from_dict(clean, _known_problems=problems)


def load_scenario(path: str | os.PathLike) -> Scenario:
    """A scenario from a file. A missing file raises ``FileNotFoundError``; a file that cannot
    be read otherwise (a folder, no permission) is an :class:`InputError` like any bad content.
    Every problem names the file as given (``plan.json, budget.social_eur: ...``): a command may
    read several."""
    try:
        with open(path, "rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise
    except IsADirectoryError:
        raise _named(_file_error("file.is_folder"), path) from None
    except PermissionError:
        raise _named(_file_error("file.no_permission"), path) from None
    except OSError as exc:
        code = errno.errorcode.get(exc.errno or 0, str(exc.errno))
        raise _named(_file_error("file.unreadable", code=code), path) from None
    try:
        if len(raw) > MAX_FILE_BYTES:  # say how large the file really is
            _decode(raw, size=os.path.getsize(path))
        return parse_scenario(raw)
    except InputError as exc:
        raise _named(exc, path) from None


def _named(error: InputError, path: str | os.PathLike) -> InputError:
    """The same problems, each with the file's name in front of its place (``JSON path`` unchanged)."""
    name = os.fspath(path)
    named = []
    for found in error.problems:
        if found.where is not None and found.where.key == PREFIX + "where.file":
            place = message("place.named_file", file=name)
        else:
            place = message("place.in_file", file=name, where=found.where if found.where is not None else found.path)
        named.append(Problem(found.path, found.what, where=place))
    return InputError(named)


def scenario_from_dict(data: dict, *, _known_problems: list[Problem] | None = None) -> Scenario:
    """A scenario from an already parsed JSON object (as the app builds it); checked like a file."""
    problems = list(_known_problems or [])
    version_problem = _check_version(data)
    original = data.get("schema_version")
    if version_problem is not None:
        problems.insert(0, version_problem)
    else:
        data = migrate(data)
    already = {p.path for p in problems} | {"schema_version"}
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        scenario = None
        for error in exc.errors():
            found = translate(error)
            if error["type"] == "extra_forbidden" or found.path not in already:
                problems.append(found)
    problems.extend(cross_checks(data))
    if problems:
        raise InputError(_in_file_order(problems))
    assert scenario is not None  # a file that does not validate has problems and was refused above
    if version_problem is None and isinstance(original, int) and original < SCHEMA_VERSION:
        scenario._migrated_from = original
    return mark_edited_fits(scenario)


def migration_notice(scenario: Scenario, lang: str = "en") -> str | None:
    """The one sentence to show when an older file was opened (None for a current one)."""
    if scenario.migrated_from is None:
        return None
    return render("file.migrated", lang, old=str(scenario.migrated_from), new=str(SCHEMA_VERSION))


def _check_version(data: dict) -> Problem | None:
    """A problem with ``schema_version``; a newer version is refused before anything else."""
    version = data.get("schema_version")
    current = str(SCHEMA_VERSION)
    if "schema_version" not in data:
        return problem("schema_version", "version.missing", version=current)
    if isinstance(version, bool) or not isinstance(version, int):
        return problem("schema_version", "version.not_int", version=current, got=show(version))
    if version > SCHEMA_VERSION:
        raise InputError(problem("schema_version", "version.newer", version=current, got=str(version)))
    if version < 1:
        return problem("schema_version", "version.too_low", got=str(version))
    return None


_RANK = {name: i for i, name in enumerate(("file", *TOP_LEVEL_ORDER))}


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    def rank(found: Problem) -> int:
        head = re.split(r"[.\[]", found.path, maxsplit=1)[0]
        return _RANK.get(head, len(_RANK))

    return sorted(problems, key=rank)


# -- pydantic errors as plain messages --------------------------------------------------------

_EXPECTED = {
    "float_type": "expected.number",
    "float_parsing": "expected.number",
    "int_type": "expected.whole_number",
    "int_parsing": "expected.whole_number",
    "int_from_float": "expected.whole_number",
    "string_type": "expected.text",
    "dict_type": "expected.object",
    "model_type": "expected.object",
    "model_attributes_type": "expected.object",
    "list_type": "expected.list",
    "tuple_type": "expected.list",
    "bool_type": "expected.bool",
}

_BOUNDS = {
    "greater_than_equal": ("ge", "type.at_least"),
    "greater_than": ("gt", "type.greater_than"),
    "less_than_equal": ("le", "type.at_most"),
    "less_than": ("lt", "type.less_than"),
}


def _allowed_keys(loc_: tuple) -> list[str]:
    """The keys allowed in the object at ``loc_`` (list positions skipped)."""
    model: type[BaseModel] = Scenario
    for part in loc_:
        if not isinstance(part, int):
            inner = MODEL_OF_FIELD.get((model, part))
            if inner is None:
                return []
            model = inner
    return [f.alias or name for name, f in model.model_fields.items()]


def _loc_path(loc_: tuple) -> str:
    path = ""
    for part in loc_:
        path = join(path, part)
    return path


def translate(error: ErrorDetails) -> Problem:
    """A pydantic error as a Problem in plain Dutch and English."""
    where, kind, ctx = tuple(error["loc"]), error["type"], error.get("ctx") or {}
    path = _loc_path(where)
    got = show(error.get("input"))
    if kind == "extra_forbidden":
        return unknown("word.key", str(where[-1]), _allowed_keys(where[:-1]), path)
    if kind == "missing":
        return problem(path, "type.missing")
    if kind in _EXPECTED:
        return problem(path, "type.expected", expected=loc(_EXPECTED[kind]), got=got)
    if kind == "finite_number":
        return problem(path, "type.non_finite")
    if kind in _BOUNDS:
        name, key = _BOUNDS[kind]
        return problem(path, key, limit=ctx[name], got=shown_number(error.get("input")))
    if kind == "literal_error":
        options = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        return problem(path, "type.one_of", options=", ".join(options), got=got)
    if kind in ("too_short", "string_too_short"):
        size = ctx.get("min_length", 1)
        if kind == "string_too_short" or size == 1:
            return problem(path, "type.empty")
        return problem(path, "type.exactly", size=str(size), got=got)
    if kind in ("too_long", "string_too_long"):
        size = ctx.get("max_length")
        if kind == "too_long" and size == 2:
            return problem(path, "type.pair", got=got)
        return problem(path, "type.too_long", size=size)
    return problem(path, "type.invalid", got=got)
