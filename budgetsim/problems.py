"""Problems found in a user's input (a scenario file, an area table), and messages by key.

A :class:`Message` is a text by key with parameters (``Message("areas_csv.count_negative",
value=-5)``); the catalogue :mod:`budgetsim.i18n` renders it in Dutch or English. Code that finds
a problem, the core included, says *what* is wrong with a key; it never writes the words.

A :class:`Problem` names where the problem is (a JSON path such as ``budget.social_eur``, or a
place in a table such as ``line 4, column residents``, which has words and so a Message of its own)
and says what is wrong and what is allowed. :class:`InputError` carries every problem found, so a
user can fix them all in one go.

This module knows no text and imports nothing of budgetsim, so every layer may use it (the core
included). The words come from the catalogue: :mod:`budgetsim.i18n` installs itself as the
renderer (:func:`use_renderer`) when it is imported, and ``budgetsim/__init__.py`` imports it, so
a Message renders wherever budgetsim is loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

#: The languages of budgetsim, Dutch first (``budgetsim.formatting`` and ``budgetsim.i18n`` use these).
LANGS: tuple[str, ...] = ("nl", "en")
#: The Babel (CLDR) locale of each language: Dutch as written in the Netherlands, British English
#: (day before month: "26 November 2025"; euros as "€5,000").
LOCALES: dict[str, str] = {"nl": "nl_NL", "en": "en_GB"}

_render_message: Callable[[Message, str], str] | None = None
_write_number: Callable[[float, str], str] | None = None


def use_renderer(render_message: Callable[[Message, str], str], write_number: Callable[[float, str], str]) -> None:
    """Install how a :class:`Message` becomes text in a language and how :func:`format_number` writes
    a number (:mod:`budgetsim.i18n` installs its ``render`` and ``fmt_exact`` when imported)."""
    global _render_message, _write_number
    _render_message, _write_number = render_message, write_number


def _renderer() -> tuple[Callable[[Message, str], str], Callable[[float, str], str]]:
    if _render_message is None or _write_number is None:  # only when budgetsim/__init__.py was bypassed
        raise RuntimeError("budgetsim.problems: no text renderer installed; import budgetsim.i18n first")
    return _render_message, _write_number


class Message:
    """A text by ``key`` with ``params``, rendered in a language by :func:`budgetsim.i18n.render`.

    Parameters are plain values (numbers stay numbers: the catalogue's placeholder says how to
    write them, e.g. ``{value:num}``) or other Messages. ``str()`` is the English text.
    """

    __slots__ = ("key", "params")

    def __init__(self, key: str, /, **params: Any):
        self.key = key
        self.params: Mapping[str, Any] = params

    def render(self, lang: str = "en") -> str:
        """The text in ``lang`` (``"nl"`` or ``"en"``), from the catalogue (:func:`budgetsim.i18n.render`)."""
        return _renderer()[0](self, lang)

    def __str__(self) -> str:
        return self.render("en")

    def __repr__(self) -> str:
        args = "".join(f", {k}={v!r}" for k, v in self.params.items())
        return f"Message({self.key!r}{args})"

    def __eq__(self, other) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.key, dict(self.params)) == (other.key, dict(other.params))

    def __hash__(self) -> int:
        return hash((self.key, tuple(sorted(self.params))))


@dataclass(frozen=True, init=False)
class Problem:
    """One problem: where (``path``) and what (``what``, a :class:`Message`).

    ``path`` is the JSON path (``budget.social_eur``) or the English words for a place in a table
    (``line 4, column residents``); ``where`` is that place as a Message when it has words, so it
    reads ``regel 4, kolom residents`` in Dutch. ``key`` and ``params`` are those of ``what``.

    ``Problem(path, Message(...), where=...)`` or :meth:`of`.
    """

    path: str
    what: Message
    where: Message | None = None

    def __init__(self, path: str | None, what: Message, *, where: Message | None = None):
        if path is None:
            path = where.render("en") if where is not None else ""
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "what", what)
        object.__setattr__(self, "where", where)

    @classmethod
    def of(cls, path: str | None, key: str, *, where: Message | None = None, **params: Any) -> Problem:
        """``Problem.of("budget.social_eur", "areas_csv.count_negative", value=-5)``; with ``where``
        (a place that has words) the path defaults to its English text."""
        return cls(path, Message(key, **params), where=where)

    @property
    def key(self) -> str:
        return self.what.key

    @property
    def params(self) -> Mapping[str, Any]:
        return self.what.params

    def message(self, lang: str = "en") -> str:
        """The message without the path."""
        return self.what.render(lang)

    def location(self, lang: str = "en") -> str:
        """The path, in the language's words where it has words."""
        return self.where.render(lang) if self.where is not None else self.path

    def text(self, lang: str = "en") -> str:
        """``"{path}: {message}"`` (just the message when there is no path)."""
        where = self.location(lang)
        return f"{where}: {self.message(lang)}" if where else self.message(lang)


def format_number(value: float, lang: str = "en") -> str:
    """A number for a message: ``10,000,000`` / ``10.000.000``, ``0.35`` / ``0,35``
    (:func:`budgetsim.formatting.fmt_exact`, through the installed renderer; messages by key use
    ``{value:num}`` instead)."""
    return _renderer()[1](value, lang)


class InputError(ValueError):
    """Input that cannot be used; ``problems`` lists every problem found, in input order."""

    def __init__(self, problems: Problem | list[Problem]):
        self.problems: list[Problem] = [problems] if isinstance(problems, Problem) else list(problems)
        if not self.problems:
            raise ValueError("InputError needs at least one problem")
        super().__init__("\n".join(self.messages("en")))

    def __reduce__(self):  # pickled with its problems, not with the English text
        return (type(self), (self.problems,))

    def messages(self, lang: str = "en") -> list[str]:
        """One line per problem, in ``lang`` (``"nl"`` or ``"en"``)."""
        return [problem.text(lang) for problem in self.problems]

    def __str__(self) -> str:
        return "\n".join(self.messages("en"))


class MessageError(ValueError):
    """An error said by a :class:`Message` (``what``: a key and its parameters), so the core raises
    it in no language and the app or the command line says it in Dutch or English; ``str()`` is
    English. The optimiser's :class:`~budgetsim.allocation.InfeasibleBudget` and the ad sets'
    :class:`~budgetsim.adsets.AdSetError` are such errors."""

    def __init__(self, key: str, /, **params: Any):
        self.what = Message(key, **params)
        super().__init__(key)

    @property
    def key(self) -> str:
        return self.what.key

    @property
    def params(self) -> dict:
        return dict(self.what.params)

    def message(self, lang: str = "en") -> str:
        """The text in ``lang`` (``"nl"`` or ``"en"``)."""
        return self.what.render(lang)

    def __str__(self) -> str:
        return self.message("en")
