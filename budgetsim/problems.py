"""Problems found in a user's input (a scenario file, an area table), in Dutch and English.

A :class:`Problem` names where the problem is (a JSON path such as ``budget.social_eur`` or a
place in a table such as ``line 4, column residents``) and says what is wrong and what is allowed.
:class:`InputError` carries every problem found, so a user can fix them all in one go.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("nl", "en")


@dataclass(frozen=True)
class Problem:
    """One problem: where (``path``) and what, in Dutch (``nl``) and English (``en``).

    ``path_nl`` is an optional Dutch rendering of the path (``regel 4, kolom residents``);
    JSON paths need none.
    """

    path: str
    nl: str
    en: str
    path_nl: str | None = None

    def message(self, lang: str = "en") -> str:
        """The message without the path."""
        return self.nl if lang == "nl" else self.en

    def location(self, lang: str = "en") -> str:
        """The path, in Dutch where a Dutch rendering was given."""
        return self.path_nl if lang == "nl" and self.path_nl else self.path

    def text(self, lang: str = "en") -> str:
        """``"{path}: {message}"`` (just the message when there is no path)."""
        where = self.location(lang)
        return f"{where}: {self.message(lang)}" if where else self.message(lang)


def format_number(value: float, lang: str = "en") -> str:
    """A number for a message: ``10,000,000`` / ``10.000.000``, ``0.35`` / ``0,35``."""
    try:
        value = float(value)
    except OverflowError:
        return str(value)[:15] + "…"
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    if value == int(value) and abs(value) < 1e15:
        text = f"{int(value):,}"
    else:
        text = f"{value:,.6g}" if abs(value) >= 1e15 or abs(value) < 1e-4 else f"{value:,.6f}".rstrip("0").rstrip(".")
    if lang == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


class InputError(ValueError):
    """Input that cannot be used; ``problems`` lists every problem found, in input order."""

    def __init__(self, problems: Problem | list[Problem]):
        self.problems: list[Problem] = [problems] if isinstance(problems, Problem) else list(problems)
        if not self.problems:
            raise ValueError("InputError needs at least one problem")
        super().__init__("\n".join(self.messages("en")))

    def messages(self, lang: str = "en") -> list[str]:
        """One line per problem, in ``lang`` (``"nl"`` or ``"en"``)."""
        return [problem.text(lang) for problem in self.problems]

    def __str__(self) -> str:
        return "\n".join(self.messages("en"))
