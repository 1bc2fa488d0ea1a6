"""The compare tab: two or three scenarios side by side, as a table and a chart."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from .. import charts
from ..allocation import InfeasibleBudget
from ..formatting import fmt_eur, fmt_int, fmt_pct
from ..i18n import band_label, t
from ..model import Evaluation
from ..problems import InputError
from ..scenario import Scenario, parse_scenario, scenario_to_json
from .page import SCENARIO_DIR, error_text, problem_text, scenario_files
from .results import evaluation
from .save_tab import downloads_ui

MAX_COMPARED = 3


def compare_ui(current_scenario: Scenario, lang: str) -> None:
    st.markdown(t("app.compare.intro", lang))
    chosen = chosen_scenarios_ui(current_scenario, lang)
    if len(chosen) > MAX_COMPARED:
        st.warning(t("app.compare.max", lang))
        chosen = chosen[:MAX_COMPARED]
    evaluations = []
    if len(chosen) >= 2:
        for name, scenario in chosen:
            try:
                evaluations.append((name, evaluation(scenario_to_json(scenario))))
            except (InfeasibleBudget, ValueError) as exc:
                st.error(t("app.plan.bad_named", lang, name=name, error=error_text(exc, lang)))
    if len(evaluations) < 2:
        st.info(t("app.compare.need_two", lang))
        return
    st.dataframe(pd.DataFrame([comparison_row(name, e, lang) for name, e in evaluations]), hide_index=True)
    places = dict.fromkeys(e.model.areas.gemeente_name or t("cli.own_areas", lang) for _, e in evaluations)
    chart = charts.comparison_chart(charts.comparison_rows(evaluations), lang,
                                    charts.ChartContext(" · ".join(places)))
    st.vega_lite_chart(spec=chart.to_dict(), width="stretch", theme=None)
    downloads_ui(lambda: chart, t("file.compare", lang), lang, key="compare")


def chosen_scenarios_ui(current_scenario: Scenario, lang: str) -> list[tuple[str, Scenario]]:
    """The scenarios to compare, by name: the current one, uploads and files from ``scenarios/``
    (a file that cannot be read is reported and left out)."""
    include_current = st.checkbox(t("app.compare.current", lang), value=True, key="compare_current")
    uploads = st.file_uploader(t("app.compare.upload", lang), type=["json"], accept_multiple_files=True,
                               key="compare_upload")
    picked = st.multiselect(t("app.compare.pick", lang), scenario_files(), key="compare_pick",
                            max_selections=MAX_COMPARED)
    chosen: list[tuple[str, Scenario]] = []
    if include_current:
        chosen.append((current_scenario.name or t("app.compare.current_name", lang), current_scenario))
    sources = [(u.name, u.getvalue()) for u in (uploads or [])] + [(n, (SCENARIO_DIR / n).read_bytes()) for n in picked]
    for name, content in sources:
        try:
            scenario = parse_scenario(content)
        except InputError as exc:
            st.error(problem_text(t("app.open.bad", lang, name=name), exc, lang))
            continue
        chosen.append((scenario.name or name, scenario))
    return chosen


def comparison_row(name: str, e: Evaluation, lang: str) -> dict[str, str]:
    """One row of the comparison table: budgets, key figures and the share reached per age group."""
    f = e.key_figures()
    row = {t("common.scenario", lang): name,
           t("common.gemeente", lang): e.model.areas.gemeente_name or "–",
           t("fig.print_eur", lang): fmt_eur(e.print_eur, lang),
           t("fig.social_eur", lang): fmt_eur(float(e.social_eur.sum()), lang),
           t("app.fig.reached", lang): fmt_int(f["reached"], lang),
           t("app.fig.reach_share", lang): fmt_pct(f["reach_share"], lang),
           t("app.fig.reached_3plus", lang): fmt_int(f["reached_3plus"], lang),
           t("app.fig.cost", lang): fmt_eur(f["cost_per_reached_eur"], lang, 2)}
    for band in e.band_rows():
        share = band["reached"] / band["target_population"] if band["target_population"] else 0.0
        row[band_label(band["band"], lang)] = fmt_pct(share, lang)
    return row
