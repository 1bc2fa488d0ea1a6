"""Numbers typed and shown in the user's language: a text box instead of Streamlit's number input.

Streamlit's ``st.number_input`` shows "0.80" in a Dutch screen and turns a typed "0,7" into "07"
(its browser input knows only the decimal point). The assumptions and the current situation are
typed in a text box instead, shown with :mod:`budgetsim.formatting` and read back with
:func:`parse_number`: a decimal comma or point, thousands grouped by the other sign, and
percentages as percentages ("70 %", or "70" where the value is a percentage). Nothing here
imports Streamlit at module level: the parsing is tested without it.
"""

from __future__ import annotations

import math

from ..formatting import fmt_num, fmt_pct, number_style
from ..i18n import t
from . import state as S
from .widgets import session


class NumberError(ValueError):
    """Typed text that is not a number in the allowed range; :meth:`message` says why, per language."""

    def __init__(self, text: str, low: float, high: float, percent: bool = False):
        self.text, self.low, self.high, self.percent = text, low, high, percent
        super().__init__(f"not a number in [{low}, {high}]: {text!r}")

    def message(self, lang: str) -> str:
        def write(v: float) -> str:
            return fmt_pct(v, lang, 2, trim=True) if self.percent else fmt_num(v, lang, 2, trim=True)

        shown = self.text.strip()[:30]
        if not shown:
            return t("nu.number.empty", lang, range=self._range(lang, write))
        return t("nu.number.invalid", lang, text=shown, range=self._range(lang, write))

    def _range(self, lang: str, write) -> str:
        if math.isinf(self.high):
            return t("nu.number.at_least", lang, low=write(self.low))
        return t("nu.number.between", lang, low=write(self.low), high=write(self.high))


def parse_number(
    text: str, lang: str, *, percent: bool = False, low: float = -math.inf, high: float = math.inf
) -> float:
    """A number typed in ``lang`` (``"0,7"``, ``"1.250,5"`` in Dutch; ``"0.7"``, ``"1,250.5"`` in
    English; the other language's decimal sign is taken too where it cannot be a thousands
    sign: ``"0.7"`` is 0.7 in Dutch, ``"1.250"`` is 1250).

    ``percent``: the value is a share shown as a percentage: ``"70 %"`` and ``"70"`` are 0.7, and so is
    ``"0,7"`` (a number up to 1 without a % sign is read as the share itself). Raises
    :class:`NumberError` unless the result lies in ``[low, high]``.
    """
    raw = str(text)
    s = raw.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("€", "")
    has_pct = s.endswith("%")
    s = s.rstrip("%")
    fail = NumberError(raw, low, high, percent)
    negative = s.startswith(("-", "−"))
    if negative:
        s = s[1:]
    if not s or not all(c.isdigit() or c in ".," for c in s) or not any(c.isdigit() for c in s):
        raise fail
    decimal = number_style(lang).decimal
    group = "." if decimal == "," else ","
    if "." in s and "," in s:
        decimal = "." if s.rfind(".") > s.rfind(",") else ","
        group = "," if decimal == "." else "."
        whole, _, fraction = s.rpartition(decimal)
        s = _ungrouped(whole, group, fail) + "." + fraction
    elif s.count(decimal) == 1 and group not in s:
        s = s.replace(decimal, ".")
    elif group in s:
        head, _, tail = s.rpartition(group)
        if s.count(group) > 1 or (len(tail) == 3 and head.strip("0")):
            s = _ungrouped(s, group, fail)  # "1.250" in Dutch, "1,250" in English
        else:
            s = s.replace(group, ".")  # "0.7" in Dutch: the other language's decimal sign
    elif s.count(decimal) > 1:
        raise fail
    try:
        value = float(s)
    except ValueError:
        raise fail from None
    if negative:
        value = -value
    if percent and (has_pct or abs(value) > 1):
        value /= 100.0
    elif has_pct:
        raise fail  # a percentage where the value is not one
    if not math.isfinite(value) or not low <= value <= high:
        raise fail
    return value


def _ungrouped(whole: str, sep: str, fail: NumberError) -> str:
    groups = whole.split(sep)
    if not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:]):
        raise fail
    return "".join(groups)


def number_text(value: float, lang: str, *, percent: bool = False, decimals: int = 2) -> str:
    """A number for a text box: ``0,8`` or ``80 %`` (nl), ``0.8`` or ``80%`` (en), trailing zeros dropped."""
    if percent:
        return fmt_pct(value, lang, decimals, trim=True)
    return fmt_num(value, lang, decimals, trim=True)


def number_field(
    canonical: str,
    label: str,
    lang: str,
    *,
    percent: bool = False,
    decimals: int = 2,
    low: float = -math.inf,
    high: float = math.inf,
    **kwargs,
) -> float:
    """A text box for the number in ``st.session_state[canonical]``, shown and read in ``lang``
    (see :func:`parse_number`). A typed text that is not a number in ``[low, high]`` leaves the
    value as it was, and a message says why; the box then shows the value again."""
    import streamlit as st

    sync = session()
    widget_key = f"w:{canonical}"
    sync.set(widget_key, number_text(sync.state[canonical], lang, percent=percent, decimals=decimals))
    placeholder = kwargs.pop("placeholder", None)
    st.text_input(
        label,
        key=widget_key,
        on_change=_typed,
        args=(canonical, widget_key, percent, low, high),
        placeholder=placeholder,
        **kwargs,
    )
    sync.drawn(widget_key)
    return float(sync.state[canonical])


def _typed(canonical: str, widget_key: str, percent: bool, low: float, high: float) -> None:
    sync = session()
    if sync.is_echo(widget_key):
        return
    ss = sync.state
    lang = ss.get("lang", "nl")
    try:
        value = parse_number(ss[widget_key], lang, percent=percent, low=low, high=high)
    except NumberError as exc:
        ss.update(S.message("error", exc.message(lang)))
        return
    old, ss[canonical] = ss[canonical], value
    ss.update(S.value_changed(ss, canonical, old))
