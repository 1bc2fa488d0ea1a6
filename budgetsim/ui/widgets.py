"""Widget values the script sets, and the browser's echoes of them: the app's widget machinery.

A value the script puts into a widget (the box beside a slider the user drags) reaches the browser
only some time later: a run cut short by the next key press may never deliver it, and the browser
may send its next request before it shows a delivered value. Such a request brings the widget's old
value back: an echo, not the user's change, and taking it would undo the drag.

:class:`WidgetSync` works on any ``MutableMapping`` (``st.session_state`` in the app, a dict in the
tests) with a clock passed in (``time.monotonic`` in the app). In that state it keeps:

- ``replaced``: per widget, ``(time, old value)`` of each value the script replaced in the last
  :data:`ECHO_SECONDS`;
- ``unsent``: the widgets whose set value no run has drawn to its end yet. Streamlit applies a set
  value only in the run that sets it, so it is set again until then (:meth:`WidgetSync.delivered`);
- ``drawn_now``: the widgets this run drew.

:func:`bound` draws a widget whose value lives under a key of its own (see its docstring), and
:func:`take_amount` takes a budget from its slider or its box.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, MutableMapping
from typing import Any

from ..assumptions import MAX_EUR
from ..formatting import AmountError, fmt_num, parse_amount
from ..i18n import t
from . import state as S
from .session import session_state

ECHO_SECONDS = 5.0


class WidgetSync:
    """Set widget values, and recognise their echoes, in ``state`` with the time from ``clock``."""

    def __init__(self, state: MutableMapping[str, Any], clock: Callable[[], float] = time.monotonic):
        self.state = state
        self.clock = clock

    def set(self, widget_key: str, value: Any) -> None:
        """Show ``value`` in a widget, if it shows something else (a set value is pushed to the
        browser, where it would overwrite a move the user is making), or if a value set before has
        not been delivered yet."""
        ss = self.state
        unsent = ss.setdefault("unsent", set())
        if ss.get(widget_key) != value:
            now = self.clock()
            recent = [
                (at, old) for at, old in ss.setdefault("replaced", {}).get(widget_key, []) if now - at <= ECHO_SECONDS
            ]
            ss["replaced"][widget_key] = recent + [(now, ss.get(widget_key))]
        # a widget whose key is gone (Streamlit drops the state of a widget it did not draw, e.g. in a
        # closed tab) would show its own default (a year box: 2000), not the value
        if widget_key not in ss or ss.get(widget_key) != value or widget_key in unsent:
            unsent.add(widget_key)
            ss[widget_key] = value

    def is_echo(self, widget_key: str) -> bool:
        """Did the browser send back a value the script replaced a moment ago?"""
        ss = self.state
        now = self.clock()
        return any(
            old == ss.get(widget_key) and now - at <= ECHO_SECONDS
            for at, old in (ss.get("replaced") or {}).get(widget_key, [])
        )

    def drawn(self, *widget_keys: str) -> None:
        """These widgets are on their way to the browser with the values the script set."""
        self.state.setdefault("drawn_now", set()).update(widget_keys)

    def run_started(self) -> None:
        """A new run: what the last one drew was delivered only if it ended (see :meth:`delivered`)."""
        self.state["drawn_now"] = set()

    def delivered(self) -> None:
        """The run has ended: the widgets it drew have the values the script set."""
        ss = self.state
        ss["unsent"] = (ss.get("unsent") or set()) - (ss.get("drawn_now") or set())
        ss["drawn_now"] = set()

    def copy_back(self, canonical: str, widget_key: str) -> None:
        """A bound widget changed (see :func:`bound`): take its value, unless it is an echo."""
        if self.is_echo(widget_key):
            return
        old, self.state[canonical] = self.state.get(canonical), self.state[widget_key]
        self.state.update(S.value_changed(self.state, canonical, old))


def session() -> WidgetSync:
    """The widget machinery of this browser session."""
    return WidgetSync(session_state(), time.monotonic)


def bound(widget, canonical: str, label: str, *args, lang: str | None = None, **kwargs):
    """A widget whose value lives in ``st.session_state[canonical]``, not in the widget's own key.

    Streamlit forgets a widget's state when the widget is not drawn (a closed lazy tab), and a
    widget whose option labels change with the language must get a new key; the canonical value
    survives both. ``lang`` is given for widgets with language-dependent option labels.
    """
    sync = session()
    widget_key = f"w:{canonical}" + (f":{lang}" if lang else "")
    sync.set(widget_key, sync.state[canonical])
    value = widget(label, *args, key=widget_key, on_change=_copy_back, args=(canonical, widget_key), **kwargs)
    sync.drawn(widget_key)
    return value


def _copy_back(canonical: str, widget_key: str) -> None:
    session().copy_back(canonical, widget_key)


# -- a budget: a slider and a box with the exact amount -----------------------------------------------


def amount_text(eur: float, lang: str) -> str:
    """An amount for the box beside a slider: ``35.740`` (nl), ``35,740`` (en); cents only if any."""
    return fmt_num(eur, lang, 0 if float(eur).is_integer() else 2)


def show_amounts(sync: WidgetSync, lang: str) -> None:
    """Each budget's slider and box show the budget (set before they are drawn)."""
    for name in S.BUDGETS:
        if name != "print_eur":  # the paper's slider counts pages: set where the page price is known
            sync.set(f"{name}_slider", sync.state[name])
        sync.set(f"{name}_box", amount_text(sync.state[name], lang))


def take_amount(sync: WidgetSync, name: str, source: str) -> None:
    """The slider or the box (``source``) of budget ``name`` moved: take its value, unless it is an
    echo; an amount that is not one leaves the budget as it is, with a message saying why and what
    it stays. A typed amount with cents is rounded to whole euros (as every budget is), and said."""
    ss = sync.state
    widget_key = f"{name}_{source}"
    if sync.is_echo(widget_key):
        return
    lang = ss.get("lang", "nl")
    said: list[tuple[str, str]] = []
    if source == "box":
        text = str(ss[widget_key])
        try:
            value = parse_amount(text, 0, MAX_EUR)
        except AmountError as exc:  # the box shows the budget again; the message says why
            kept = t("amount.kept", lang, amount=float(ss[name]))
            ss.update(S.message("error", f"{exc.message(lang)} {kept}"))
            return
        whole = float(math.floor(value + 0.5))  # the budgets are whole euros, everywhere on screen
        if whole != value:
            said.append(("info", t("amount.rounded", lang, text=text.strip()[:30], amount=whole)))
            value = whole
    else:
        value = float(ss[widget_key])
        if abs(value - float(ss[name])) < 1:  # the slider counts whole euros: no move of the user's
            return
    updates = S.budget_changed(ss, name, value)
    if said:
        updates = {**updates, **S.messages(*said, *updates.get(S.MESSAGES_KEY, []))}
    ss.update(updates)


def on_amount(name: str, source: str) -> None:
    """Streamlit callback of a budget's slider or box."""
    take_amount(session(), name, source)


def start_run(sync: WidgetSync) -> None:
    """The start of every run: the first state on the first run, the values a previous run left
    (``pending_state``) set before any widget is drawn, and the budgets shown in their widgets."""
    ss = sync.state
    sync.run_started()
    if "initialised" not in ss:
        ss.update(S.first_state())
    ss.update(S.pending_applied(ss))
    ss.pop("pending_state", None)
    show_amounts(sync, ss.get("lang", "nl"))
