"""Looking a text up: :func:`t` fills a catalogue text's placeholders, :func:`render` writes a
:class:`~budgetsim.problems.Message`, :func:`plural_form` picks a count's plural form by Babel's rules.

On import this module installs :func:`render` as the renderer of :mod:`budgetsim.problems`, so a
Message, a Problem and an InputError render wherever budgetsim runs.
"""

from __future__ import annotations

import string
from functools import cache

from babel import Locale

from .. import problems
from ..formatting import LANGS, LOCALES, fmt_eur, fmt_exact, fmt_int, fmt_num, fmt_pct
from ..problems import Message
from .catalogue import PLURALS, STRINGS

#: How a placeholder's value is written, by its format spec: ``{total:eur}``.
SPECS = {
    "eur": lambda x, lang: fmt_eur(x, lang),
    "eur2": lambda x, lang: fmt_eur(x, lang, 2),
    "int": lambda x, lang: fmt_int(x, lang),
    "num": fmt_exact,  # every digit that matters, as typed: "0,35", "10.000.000"
    "num1": lambda x, lang: fmt_num(x, lang, 1),
    "pct": lambda x, lang: fmt_pct(x, lang, 1),
    "pct0": lambda x, lang: fmt_pct(x, lang, 0),
}


class _Formatter(string.Formatter):
    """``str.format`` that knows the :data:`SPECS` and renders :class:`Message` parameters."""

    def __init__(self, lang: str):
        self.lang = lang

    def format_field(self, value, format_spec: str) -> str:
        if isinstance(value, Message):
            value = render(value, self.lang)
        writer = SPECS.get(format_spec)
        if writer is not None:
            return writer(value, self.lang)
        return format(value, format_spec)


@cache
def _needs_formatter(text: str) -> bool:
    """Whether ``text`` has a placeholder with one of the :data:`SPECS`."""
    return any(spec in SPECS for _, name, spec, _ in string.Formatter().parse(text) if name is not None)


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"lang: must be one of {', '.join(LANGS)} (got {lang!r})")


@cache
def _plural_rule(lang: str):
    return Locale.parse(LOCALES[lang]).plural_form


def plural_form(count, lang: str) -> str:
    """The CLDR plural form (``"one"``, ``"other"`` ...) of ``count`` in ``lang``, by Babel's rules."""
    _check_lang(lang)
    return _plural_rule(lang)(abs(count))


def t(key: str, lang: str, count=None, **fmt) -> str:
    """The text of ``key`` in ``lang`` ("nl" or "en"), with ``{placeholders}`` filled from ``fmt``.

    A key of :data:`PLURALS` needs ``count``: it picks the plural form by the language's rules and
    fills ``{count}`` with the count written in the language (``"1.200 wijken"``). Placeholders
    with a spec (``{total:eur}``) are written as :data:`SPECS` says; :class:`Message` values are
    rendered in ``lang``.
    """
    _check_lang(lang)
    entry = STRINGS.get(key)
    if entry is not None:
        text = entry.get(lang) or entry["nl"]
    elif key in PLURALS:
        if count is None:
            raise TypeError(f"i18n: the text {key!r} depends on a count; give count=")
        forms = PLURALS[key][lang]
        text = forms.get(plural_form(count, lang)) or forms["other"]
    else:
        raise KeyError(f"i18n: no text for key {key!r}")
    if count is not None:
        fmt["count"] = fmt_int(count, lang) if float(count).is_integer() else fmt_exact(count, lang)
    if not fmt:
        return text
    if _needs_formatter(text) or any(isinstance(v, Message) for v in fmt.values()):
        return _Formatter(lang).format(text, **fmt)
    return text.format(**fmt)


def render(message: Message, lang: str = "en") -> str:
    """The text of a :class:`~budgetsim.problems.Message` in ``lang``: its key looked up with
    :func:`t` and filled with its parameters (a ``count`` parameter picks the plural form)."""
    _check_lang(lang)
    return t(message.key, lang, **message.params)


problems.use_renderer(render, fmt_exact)  # Messages, Problems and errors render through this catalogue


def band_label(band: str, lang: str) -> str:
    """``"15-24"`` -> ``"15–24 jaar"`` / ``"15–24 years"``; unknown bands come back as given."""
    key = f"band.{band}"
    return t(key, lang) if key in STRINGS else band
