"""Problems of a scenario file by key: the texts are in the catalogue (:mod:`budgetsim.i18n`,
keys ``scenario.*``), in Dutch and English; this module builds the keyed messages.

:func:`problem` makes a :class:`~budgetsim.problems.Problem` from a short key (``type.at_least``,
looked up as ``scenario.type.at_least``) and parameters. Numbers are passed as numbers (the
catalogue writes them per language: ``10.000.000`` / ``10,000,000``); pieces that have words of
their own (``did you mean "X"?``, ``an object {…}``) are nested :class:`Message` s.
"""

from __future__ import annotations

import json
from typing import Any

from ..problems import Message, Problem

#: Prefix of the scenario file's keys in the catalogue.
PREFIX = "scenario."


def message(key: str, /, **params: Any) -> Message:
    """The keyed message ``scenario.<key>`` with its parameters (the catalogue is presentation's:
    this layer names the message, :mod:`budgetsim.i18n` writes it)."""
    return Message(PREFIX + key, **params)


def render(key: str, lang: str, /, **params: Any) -> str:
    """The message ``key`` in ``lang`` with its parameters filled in."""
    return message(key, **params).render(lang)


def problem(where: str, key: str, path_nl: str | None = None, /, **params: Any) -> Problem:
    """A :class:`Problem` at ``where`` (a JSON path) with the message ``key``; ``path_nl`` names a
    place that has words (only ``file`` so far: ``bestand`` in Dutch)."""
    place = message("where.file") if path_nl is not None else None
    return Problem(where, message(key, **params), where=place)


def loc(key: str, /, **params: Any) -> Message:
    """A piece of a message that has words of its own, as a parameter for another message."""
    return message(key, **params)


def empty() -> str:
    return ""


def show(value: Any) -> str:
    """A short rendering of a user's value for a message (JSON, cut at 40 characters)."""
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        return str(value)
    if len(text) <= 40:
        return text
    brackets: dict[type, str] = {dict: "{…}", list: "[…]"}
    return brackets.get(type(value), text[:37] + "…")


def shown_number(value: Any) -> Any:
    """A number written per language (``-12.500,5`` / ``-12,500.5``), anything else as :func:`show` does."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return message("number", value=value)
    return show(value)


def describe(value: Any) -> Message:
    """What kind of JSON value this is, in words."""
    for kind, key in (
        (dict, "kind.object"),
        (list, "kind.list"),
        (str, "kind.text"),
        (bool, "kind.bool"),
        (type(None), "kind.null"),
    ):
        if isinstance(value, kind):
            return loc(key)
    return loc("kind.number", value=show(value))


def shown_range(low: float, high: float) -> Message:
    """``[0,7; 1,2]`` in Dutch (the comma is the decimal sign), ``[0.7, 1.2]`` in English."""
    return loc("range.shown", low=low, high=high)


def hint(word: str | None) -> Message | str:
    """``; did you mean "X"?`` (nothing without a suggestion)."""
    return loc("piece.did_you_mean", word=word) if word else ""
