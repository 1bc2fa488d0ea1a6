"""budgetsim: the Streamlit app for the communication lead of a gemeente.

Run with ``streamlit run app.py``. This file only lays out the page: ``main()`` calls the small
``*_ui()`` functions of :mod:`budgetsim.ui` (one module per area of the screen), which draw
widgets and return plain values; the state changes, the widget machinery and the cached results
live there too. Every text comes from ``budgetsim.i18n`` (Dutch first, English as a switch).
"""

from __future__ import annotations

import datetime as dt
import logging

import streamlit as st
from streamlit.runtime.scriptrunner_utils.exceptions import StopException

from budgetsim.allocation import InfeasibleBudget
from budgetsim.formatting import fmt_date
from budgetsim.i18n import t
from budgetsim.problems import InputError
from budgetsim.scenario import scenario_to_json
from budgetsim.ui import state as S
from budgetsim.ui.assumptions_tab import assumptions_ui
from budgetsim.ui.budgets import budget_ui, marginal_ui, saturation_ui, split_ui
from budgetsim.ui.campaigns_tab import campaigns_ui
from budgetsim.ui.compare_tab import compare_ui, keep_compare_choices
from budgetsim.ui.key_figures import key_figures_ui
from budgetsim.ui.page import broken_state_ui, messages_ui, no_bands_ui, page_ui, tabs_ui
from budgetsim.ui.process import process_ready
from budgetsim.ui.results import evaluation, scenario_plan, uncertainty_result
from budgetsim.ui.save_tab import export_ui, save_ui
from budgetsim.ui.sidebar import sidebar_ui
from budgetsim.ui.storage import draft_offer_ui, draft_problem_ui, footer_ui, gate_ui, keep_draft
from budgetsim.ui.uncertainty_tab import uncertainty_ui
from budgetsim.ui.who_where import untargetable_ui, who_where_ui
from budgetsim.ui.widgets import session, start_run

process_ready()  # the imports above and the CBS tables are loaded: freeze them out of the per-run GC


def main() -> None:
    st.set_page_config(page_title="budgetsim", page_icon="📰", layout="wide")
    start_run(session())
    keep_compare_choices(st.session_state)  # the lazy compare tab keeps its choices while closed
    ss = st.session_state
    gate_ui(ss["lang"])  # a server that may not start, the login, or who uses the app (organisation)
    choice = sidebar_ui()
    lang, show_bands = choice.lang, choice.show_bands
    page_ui(lang)
    draft_offer_ui(lang)  # "Verder met uw concept van ...?" on a page load
    if not choice.bands:
        no_bands_ui(lang)
        st.stop()
    if ss.get("name_auto"):
        ss["name"] = S.auto_name(ss, lang)
    plan = None
    try:
        scenario = S.state_to_scenario(ss)
        scenario_json = scenario_to_json(scenario)
        plan = scenario_plan(scenario_json)
        planned = evaluation(scenario_json)
        current = evaluation(scenario_to_json(S.current_scenario(scenario)))  # "Nu": never the plan's sliders
    except (InputError, InfeasibleBudget, ValueError) as exc:
        st.title(t("app.title", lang, place=S.place_name(ss, lang)))
        broken_state_ui(exc, lang, plan)
        return
    ss.update(S.good_state(ss, planned.model.ad_sets.ids, planned.ad_set_eur))  # a manual split is per ad set
    keep_draft(scenario_json)  # at most once every 10 s, by a timer thread
    place = plan.model.areas.gemeente_name or t("cli.own_areas", lang)
    st.title(t("app.title", lang, place=place))
    st.caption(t("app.subtitle", lang))
    messages_ui()
    draft_problem_ui(lang)
    untargetable_ui(planned, lang)  # a tiny gemeente: the paper's figures, and why
    if planned.manual_ineligible_funded:
        st.warning(t("cli.eval.warn_manual", lang, codes=", ".join(planned.manual_ineligible_funded)))
    unc = uncertainty_result(scenario_json) if show_bands else None
    budgets, key_figures_column = st.columns([1.0, 2.4], gap="medium")
    with budgets:
        budget_ui(plan, lang)
    with key_figures_column:
        key_figures_ui(planned, current, lang, unc)
    chart_column, side = st.columns([1.75, 1.0], gap="medium")
    with chart_column:
        saturation_ui(scenario_json, lang, show_bands)
    with side:
        marginal_ui(plan, planned, lang)
        split_ui(plan, lang)
    # Only the open tab runs (lazy tabs): a slider move does not redraw the map or the tornado.
    who, campaigns, assumptions, sure, compare, save = tabs_ui(lang)
    if who.open:
        with who:
            who_where_ui(scenario_json, planned, lang)
    if campaigns.open:
        with campaigns:
            campaigns_ui(scenario_json, lang)
    if assumptions.open:
        with assumptions:
            assumptions_ui(lang, planned.model)
    if sure.open:
        with sure:
            if show_bands:
                uncertainty_ui(scenario_json, lang)
            else:
                st.info(t("app.unc.off", lang))
    if compare.open:
        with compare:
            compare_ui(scenario, lang)
    if save.open:
        with save:
            save_ui(scenario, lang)
            export_ui(scenario_json, scenario, planned, lang, show_bands)
    st.caption(t("app.footer", lang, date=fmt_date(dt.date.today(), lang)))
    footer_ui(lang)


def run() -> None:
    """``main()`` with a last line of defence: an unexpected error shows a message, never a traceback."""
    try:
        main()
    except StopException:  # st.stop(): the run ends here, as planned
        session().delivered()
        raise
    except Exception:  # Streamlit's rerun/stop signals are BaseExceptions and pass through
        logging.getLogger("budgetsim").exception("unexpected error in the app")
        st.error(t("app.crash", st.session_state.get("lang", "nl")))
    else:
        session().delivered()


if __name__ == "__main__":
    run()
