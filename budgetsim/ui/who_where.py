"""Who and where: reach per age group, the wijk map and the table per wijk."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..assumptions import MAX_EUR
from ..formatting import fmt_eur, fmt_int, fmt_pct
from ..i18n import t
from ..model import Evaluation
from . import state as S
from .results import map_chart, show_chart
from .widgets import bound


def who_where_ui(scenario_json: str, current: Evaluation, lang: str) -> None:
    show_chart("age", scenario_json, lang)
    st.caption(t("app.age.caption", lang))
    metric = bound(st.radio, "map_metric", t("app.map.metric", lang), ["reach", "social"], lang=lang,
                   horizontal=True, format_func=lambda m: t(f"app.map.metric.{m}", lang))
    if map_chart(scenario_json, lang, metric) is None:
        st.info(t("app.map.none", lang))
    else:
        show_chart("map", scenario_json, lang, metric)
    wijk_table_ui(current.area_rows(), lang)


def wijk_table_ui(rows: list[dict], lang: str) -> None:
    """Per wijk: audience, social euros, reach; weights always editable, euros in manual mode."""
    ss = st.session_state
    manual_mode = ss["split"] == "manual"
    weights = ss.get("weights") or {}
    manual = ss.get("manual") or {}
    cols = {
        "code": t("app.table.code", lang), "name": t("common.wijk", lang),
        "audience": t("app.table.audience", lang), "eligible": t("app.table.eligible", lang),
        "weight": t("app.table.weight", lang), "social_eur": t("app.table.social_eur", lang),
        "reach": t("app.table.reach", lang),
    }
    frame = pd.DataFrame({
        cols["code"]: [r["code"] for r in rows],
        cols["name"]: [r["name"] for r in rows],
        cols["audience"]: [fmt_int(r["audience"], lang) for r in rows],  # shown only: in the UI's format
        cols["eligible"]: [t("common.yes" if r["eligible"] else "common.no", lang) for r in rows],
        cols["weight"]: [float(weights.get(r["code"], 1.0)) for r in rows],
        cols["social_eur"]: [round(float(manual.get(r["code"], 0.0)), 2) for r in rows] if manual_mode
        else [fmt_eur(r["social_eur"], lang) for r in rows],
        cols["reach"]: [fmt_pct(r["reach_share"], lang) for r in rows],
    })
    st.markdown(f"**{t('app.table.title', lang)}**")
    st.caption(t("app.table.help_manual" if manual_mode else "app.table.help", lang))
    editable = [cols["weight"]] + ([cols["social_eur"]] if manual_mode else [])
    edited = st.data_editor(
        frame, hide_index=True, key=f"wijk_table_{manual_mode}_{ss.get('table_version', 0)}",
        disabled=[c for c in frame.columns if c not in editable],
        column_config={
            cols["weight"]: st.column_config.NumberColumn(min_value=0.0, max_value=100.0, step=0.5,
                                                         format="localized",  # the browser's decimal sign
                                                         help=t("app.table.weight.help", lang)),
            **({cols["social_eur"]: st.column_config.NumberColumn(min_value=0.0, max_value=MAX_EUR, step=50.0,
                                                                  format="€ %.0f")} if manual_mode else {}),
        },
    )
    updates = S.table_edited(ss, list(edited[cols["code"]]), list(edited[cols["weight"]]),
                             list(edited[cols["social_eur"]]) if manual_mode else None)
    if updates:  # the edits go into the state; a fresh table (new key) must not apply them twice
        ss.update(updates)
        st.rerun()
