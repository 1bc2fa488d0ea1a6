"""Parts of the page around the areas: the page's language and accessibility styles, messages, the
tabs, and the screen for settings that do not fit together."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from ..allocation import InfeasibleBudget
from ..i18n import t
from ..planning import ScenarioPlan
from ..problems import InputError
from . import state as S
from .assumptions_tab import assumptions_ui
from .budgets import budget_ui
from .session import session_state
from .widgets import session

#: The folder of scenario files beside app.py: opened, compared and saved from the app.
SCENARIO_DIR = Path(__file__).resolve().parents[2] / "scenarios"

#: Styles for the whole page (WCAG 2.1 AA). The theme's primary colour (.streamlit/config.toml)
#: already gives the selected segmented-control text 6:1 contrast; here: captions in a grey of 6.5:1
#: (Streamlit draws them at 60 % opacity: 3.9:1, too light for small text), a focus ring that is always
#: visible when the keyboard is used, charts that scroll sideways inside their own box on a phone
#: (the page itself reflows to 320 px: WCAG 1.4.10; charts are 2-D content, which may scroll), and no
#: empty slot for the element that sets the language.
PAGE_CSS = """<style>
[data-testid="stVegaLiteChart"] { max-width: 100%; overflow-x: auto; overflow-y: hidden; }
[data-testid="stCaptionContainer"] { opacity: 1 !important; color: #5E5D5B !important; }
:focus-visible { outline: 3px solid #005A8C !important; outline-offset: 2px !important; }
div[data-testid="stElementContainer"]:has(#budgetsim-lang) { display: none; }
</style>"""

#: Every chart can get the keyboard focus (``tabindex="0"``): a screen reader then reads its text
#: alternative (the chart's ``aria-label``), and a chart wider than a phone scrolls with the arrow keys
#: (axe: scrollable-region-focusable). One observer per page, also for charts drawn later.
CHART_FOCUS_JS = """
if (!window.budgetsimCharts) {
  const focusable = () => document.querySelectorAll('[data-testid="stVegaLiteChart"]:not([tabindex])')
    .forEach(chart => chart.setAttribute("tabindex", "0"));
  window.budgetsimCharts = new MutationObserver(focusable);
  window.budgetsimCharts.observe(document.body, {childList: true, subtree: true});
  focusable();
}"""

TABS = (
    "app.tab.who_where",
    "app.tab.campaigns",
    "app.tab.assumptions",
    "app.tab.uncertainty",
    "app.tab.compare",
    "app.tab.save_export",
)


def scenario_files() -> list[str]:
    """The scenario files in :data:`SCENARIO_DIR`, by name."""
    return sorted(p.name for p in SCENARIO_DIR.glob("*.json")) if SCENARIO_DIR.is_dir() else []


def problem_text(head: str, exc: InputError, lang: str) -> str:
    """A message with the problems of a file or of the settings as a list (at most 30 lines)."""
    lines = exc.messages(lang)
    shown = "\n".join(f"- {line}" for line in lines[:30])
    more = f"\n- … (+{len(lines) - 30})" if len(lines) > 30 else ""
    return f"{head}\n\n{shown}{more}"


def error_text(exc: Exception, lang: str) -> str:
    """The message of a plan that cannot be computed."""
    return exc.message(lang, keys=False) if isinstance(exc, InfeasibleBudget) else str(exc)


def page_ui(lang: str) -> None:
    """The page's language follows the UI language (``<html lang="nl">``, so a screen reader reads
    Dutch as Dutch: WCAG 3.1.1), and the page styles of :data:`PAGE_CSS`. Streamlit has no setting
    for the language; ``st.html`` with JavaScript runs in the page itself (not in an iframe)."""
    st.html(PAGE_CSS)
    st.html(
        f'<span id="budgetsim-lang" hidden></span><script>document.documentElement.lang = "{lang}";'
        f"{CHART_FOCUS_JS}</script>",
        unsafe_allow_javascript=True,
    )


def no_bands_ui(lang: str) -> None:
    """The main area without an age group: what to do, instead of an empty page."""
    st.title(t("app.title", lang, place=S.place_name(session_state(), lang)))
    st.info(t("app.bands.empty_main", lang), icon=":material/group_add:")


def messages_ui() -> None:
    """The messages the last run left (a file opened, an amount refused), shown once."""
    for kind, text in st.session_state.get(S.MESSAGES_KEY, []):
        getattr(st, kind)(text)
    st.session_state[S.MESSAGES_KEY] = []


def tabs_ui(lang: str):
    """The tabs; after a language switch the same tab stays open (its label, and so its key, change)."""
    sync = session()
    ss = sync.state
    labels = [t(key, lang) for key in TABS]
    key = f"tab:{lang}"
    if ss.get(key) in labels:
        ss["open_tab"] = labels.index(ss[key])
    else:
        sync.set(key, labels[ss.get("open_tab", 0)])
    tabs = st.tabs(labels, key=key, on_change="rerun")
    sync.drawn(key)
    return tabs


def broken_state_ui(exc: Exception, lang: str, plan: ScenarioPlan | None) -> None:
    """Settings that do not fit together: say what is wrong, offer the last working settings, and
    show the budgets (when the settings make a plan) and the assumptions, where most such problems
    are made, so the user can fix them here."""
    ss = st.session_state
    if isinstance(exc, InputError):
        st.error(problem_text(t("app.state.bad", lang), exc, lang))
    else:
        st.error(t("app.plan.bad", lang, error=error_text(exc, lang)))
    if ss.get("last_good") and st.button(t("app.state.restore", lang), key="restore_state", type="primary"):
        ss["pending_state"] = dict(ss["last_good"])
        st.rerun()
    if plan is not None:
        budgets, _ = st.columns([1.0, 2.4], gap="medium")
        with budgets:
            budget_ui(plan, lang)
    with st.expander(t("app.tab.assumptions", lang), expanded=True):
        assumptions_ui(lang)
