"""Who and where: reach per age group, the map, the table per wijk or buurt, the areas social ads
cannot reach (and why), and the plan to type into Ads Manager (per ad set, with a CSV download)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import numpy as np
import pandas as pd
import streamlit as st

from .. import csv_tables
from ..adsets import (
    KIND_AREA,
    REASON_NO_AUDIENCE,
    reason_message,
    shown_area_budgets,
    shown_budgets,
    untargetable_message,
)
from ..assumptions import MAX_EUR
from ..bands import BANDS
from ..charts import MAP_METRICS
from ..formatting import fmt_int, fmt_num
from ..i18n import render, t
from ..model import WEEKS_PER_YEAR, Evaluation
from . import state as S
from .results import map_chart, show_chart
from .session import session_state
from .widgets import bound

#: The bands with a column of their own beside the age bars: the young (whom the paper misses) and the oldest.
YOUNG, OLD = BANDS.index("15-24"), BANDS.index("65+")
#: Decimals shown per kind of number column: the columns stay numbers (they sort as numbers) and are
#: shown in the app's language by a ``pandas`` Styler (:func:`shown_in`), not in the browser's
#: (Streamlit's "localized" format follows the browser: "4,225" on a Dutch screen). The column name
#: carries the unit.
WHOLE, ONE_DECIMAL, CENTS = 0, 1, 2


def shown_in(frame: pd.DataFrame, lang: str, decimals: dict[str, int], empty: dict[str, list[bool]] | None = None):
    """``frame`` with its number columns written in ``lang`` (``4.225``, ``19,6`` in Dutch) by a
    Styler; the values stay numbers. ``empty`` marks per column the rows shown as "–" (an area
    without residents has no share reached)."""
    formatters: dict[str, Callable[[object], str] | str | None] = {
        column: partial(fmt_num, lang=lang, decimals=places) for column, places in decimals.items()
    }
    style = frame.style.format(formatters, subset=list(formatters))  # one pass: each ``format`` indexes the frame
    for column, rows in (empty or {}).items():
        if any(rows):
            style = style.format(lambda _: "–", subset=(frame.index[rows], [column]))
    return style


def who_where_ui(scenario_json: str, planned: Evaluation, lang: str) -> None:
    show_chart("age", scenario_json, lang)
    st.caption(t("app.age.caption", lang))
    map_ui(scenario_json, lang)
    area_table_ui(planned, lang)
    untargeted_ui(planned, lang)
    ad_sets_ui(planned, lang)


def untargetable_ui(planned: Evaluation, lang: str) -> bool:
    """One sentence where social cannot be aimed at all (a tiny gemeente): the figures are the
    paper's. True when it was said."""
    place = planned.model.areas.gemeente_name or t("cli.own_areas", lang)
    message = untargetable_message(planned.model.ad_sets, place)
    if message is None:
        return False
    st.info(render(message, lang), icon=":material/info:")
    return True


def map_ui(scenario_json: str, lang: str) -> None:
    """The map coloured by the metric the user picks, with a sentence on what the colour means."""
    ss = st.session_state
    if ss.get("map_metric") not in MAP_METRICS:
        ss["map_metric"] = "reach"
    metric = bound(
        st.radio,
        "map_metric",
        t("app.map.metric", lang),
        list(MAP_METRICS),
        lang=lang,
        horizontal=True,
        format_func=lambda m: t(f"app.map.metric.{m}", lang),
    )
    if map_chart(scenario_json, lang, metric) is None:
        st.info(t("app.map.none", lang))
        return
    show_chart("map", scenario_json, lang, metric)
    st.caption(t(f"app.map.caption.{metric}", lang))


# -- the table per wijk or buurt ----------------------------------------------------------------------


def _columns(lang: str, level: str) -> dict[str, str]:
    return {
        "code": t("app.table.code", lang),
        "name": t("common.buurt" if level == "buurt" else "common.wijk", lang),
        "wijk": t("app.table.wijk_of", lang),
        "ad_set": t("app.table.ad_set", lang),
        "postcodes": t("app.table.postcodes", lang),
        "residents": t("app.table.residents", lang),
        "ages": t("app.table.ages", lang),
        "young": t("app.table.young", lang) + " (%)",
        "old": t("app.table.old", lang) + " (%)",
        "audience": t("app.table.audience", lang),
        "social_eur": t("app.table.social_eur", lang) + " (€)",
        "reach": t("app.table.reach", lang) + " (%)",
        "print_missed": t("app.table.print_missed", lang) + " (%)",
        "weight": t("app.table.weight", lang),
        "why": t("app.table.why", lang),
    }


def _percent(shares) -> np.ndarray:
    return np.round(100.0 * np.asarray(shares, float), 1)


def area_frame(
    planned: Evaluation, lang: str, weights: dict[str, float] | None = None
) -> tuple[pd.DataFrame, dict[str, str]]:
    """The table per area as numbers, so that every column sorts as numbers: shares in percent (one
    decimal), euros and people whole; every area is in it, an untargeted one with the reason."""
    model = planned.model
    areas = model.areas
    level = "buurt" if areas.level == "buurt" else "wijk"
    cols = _columns(lang, level)
    weights = weights or {}
    sets = model.ad_sets
    target = planned.target_population.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):  # no one to reach: 0, shown as "–" (area_table_ui)
        reach = np.where(target > 0, planned.reached.sum(axis=1) / target, 0.0)
        missed = np.where(target > 0, 1.0 - planned.reached_print.sum(axis=1) / target, 0.0)
    shares = areas.age_shares
    # as the CSV and evaluate show them (Evaluation.shown_area_rows): parts add up
    shown = {
        "audience": model.ad_sets.shown_audience()[0],
        "social_eur": shown_area_budgets(model.ad_sets, planned.ad_set_eur, planned.social_eur),
    }
    why_text = {REASON_NO_AUDIENCE: t("app.table.why.none", lang)}
    data: dict[str, object] = {cols["code"]: list(areas.codes), cols["name"]: list(areas.names)}
    if level == "buurt" and areas.wijk_names is not None:
        data[cols["wijk"]] = list(areas.wijk_names)
    data.update(
        {
            cols["ad_set"]: [i or "–" for i in sets.area_ids()],
            cols["postcodes"]: [" ".join(areas.postcode_list(i)) for i in range(len(areas))],
            cols["residents"]: np.round(areas.residents),
            cols["ages"]: np.round(shares, 3).tolist(),
            cols["young"]: _percent(shares[:, YOUNG]),
            cols["old"]: _percent(shares[:, OLD]),
            cols["audience"]: shown["audience"],
            cols["social_eur"]: shown["social_eur"],
            cols["reach"]: _percent(reach),
            cols["print_missed"]: _percent(missed),
            cols["weight"]: [float(weights.get(code, 1.0)) for code in areas.codes],
            cols["why"]: [
                "" if reason is None else why_text.get(reason, t("app.table.why.small", lang))
                for reason in sets.reasons
            ],
        }
    )
    return pd.DataFrame(data), cols


def area_table_ui(planned: Evaluation, lang: str) -> None:
    """Per wijk or buurt: age mix, ad set, postcodes, audience, social euros, reach and what the paper
    misses, sortable; the weights are editable (they only steer the best split)."""
    ss = session_state()
    frame, cols = area_frame(planned, lang, ss.get("weights"))
    level = "buurt" if planned.model.areas.level == "buurt" else "wijk"
    st.markdown(f"**{t('app.table.title.buurt' if level == 'buurt' else 'app.table.title', lang)}**")
    st.caption(
        t("app.table.help.buurt" if level == "buurt" else "app.table.help", lang) + " " + t("app.table.sort", lang)
    )
    decimals = {cols[key]: WHOLE for key in ("residents", "audience", "social_eur")}
    decimals.update({cols[key]: ONE_DECIMAL for key in ("young", "old", "reach", "print_missed")})
    decimals[cols["weight"]] = 1
    nobody = list(planned.target_population.sum(axis=1) <= 0)
    edited = st.data_editor(
        shown_in(frame, lang, decimals, {cols["reach"]: nobody, cols["print_missed"]: nobody}),
        hide_index=True,
        key=f"area_table_{ss.get('table_version', 0)}",
        disabled=[c for c in frame.columns if c != cols["weight"]],
        column_config={
            cols["code"]: st.column_config.TextColumn(pinned=True),
            cols["name"]: st.column_config.TextColumn(pinned=True),
            cols["ages"]: st.column_config.BarChartColumn(help=t("app.table.ages.help", lang), y_min=0.0, y_max=0.5),
            cols["weight"]: st.column_config.NumberColumn(
                min_value=0.0, max_value=100.0, help=t("app.table.weight.help", lang)
            ),
        },
    )
    updates = S.table_edited(ss, list(edited[cols["code"]]), list(edited[cols["weight"]]))
    if updates:  # the edits go into the state; a fresh table (new key) must not apply them twice
        ss.update(updates)
        st.rerun()


def untargeted_ui(planned: Evaluation, lang: str) -> None:
    """Every area that social ads cannot reach, each with its reason: none is left out silently."""
    rows = planned.untargeted_areas
    if not rows:
        return
    with st.expander(f"{t('app.untargeted.title', lang)} ({fmt_int(len(rows), lang)})"):
        st.markdown("\n".join(f"- {render(reason_message(r), lang)}" for r in rows))


# -- the plan for Ads Manager ---------------------------------------------------------------------------


def ad_set_frame(planned: Evaluation, lang: str, manual: bool) -> tuple[pd.DataFrame, dict[str, str]]:
    """One row per ad set (all of them in a manual split, else the funded ones): code, name, areas,
    postcodes, audience, budget per year and per week."""
    cols = {key: t(f"app.adsets.{key}", lang) for key in ("id", "name", "areas")}
    cols.update(
        postcodes=t("app.table.postcodes", lang),
        audience=t("app.table.audience", lang),
        yearly=t("app.adsets.yearly", lang) + " (€)",
        weekly=t("app.adsets.weekly", lang) + " (€)",
    )
    sets = planned.model.ad_sets
    euros = np.asarray(planned.ad_set_eur if planned.ad_set_eur is not None else np.zeros(len(sets)), float)
    yearly, weekly = shown_budgets(euros, WEEKS_PER_YEAR)  # as in the Ads Manager plan: parts add up
    _, audience = sets.shown_audience()  # as in the CSV per area: an area alone shows its own
    keep = [j for j in range(len(sets)) if manual or euros[j] > 0]
    frame = pd.DataFrame(
        {
            cols["id"]: [sets.ids[j] for j in keep],
            cols["name"]: [sets.names[j] for j in keep],
            cols["areas"]: [
                ", ".join(sets.member_names(j)) if sets.kinds[j] != KIND_AREA else sets.names[j] for j in keep
            ],
            cols["postcodes"]: [" ".join(sets.postcodes[j]) for j in keep],
            cols["audience"]: [float(audience[j]) for j in keep],
            cols["yearly"]: [float(yearly[j]) for j in keep],
            cols["weekly"]: [float(weekly[j]) for j in keep],
        }
    )
    return frame, cols


def ad_sets_ui(planned: Evaluation, lang: str) -> None:
    """The plan to type into Ads Manager: per ad set its postcodes and its budget per year and per
    week, as a table (editable euros in a manual split) and as CSV; a postcode reaches a little
    beyond the area, and the screen says so."""
    ss = session_state()
    sets = planned.model.ad_sets
    if sets.untargetable:
        return
    manual = ss.get("split") == "manual"
    frame, cols = ad_set_frame(planned, lang, manual)
    st.markdown(f"**{t('app.adsets.title', lang)}**")
    st.caption(
        t("app.adsets.help_manual" if manual else "app.adsets.help", lang) + " " + t("adsets.postcode_note", lang)
    )
    shown = shown_in(frame, lang, {cols["audience"]: WHOLE, cols["yearly"]: WHOLE, cols["weekly"]: CENTS})
    column_config = {
        cols["id"]: st.column_config.TextColumn(pinned=True),
        # a group's long list of buurten and postcodes would push the euros out of view (hover shows all)
        cols["areas"]: st.column_config.TextColumn(width="medium"),
        cols["postcodes"]: st.column_config.TextColumn(width="medium"),
        cols["yearly"]: st.column_config.NumberColumn(min_value=0.0, max_value=MAX_EUR),
    }
    if manual:
        edited = st.data_editor(
            shown,
            hide_index=True,
            key=f"ad_set_euros_{ss.get('table_version', 0)}",
            disabled=[c for c in frame.columns if c != cols["yearly"]],
            column_config=column_config,
        )
        updates = S.ad_set_table_edited(ss, list(edited[cols["id"]]), list(edited[cols["yearly"]]))
        if updates:
            ss.update(updates)
            st.rerun()
    else:  # nothing to edit: a read-only table (an editor costs more per rerun and keeps widget state)
        st.dataframe(shown, hide_index=True, column_config=column_config)
    funded = int(np.count_nonzero(np.asarray(planned.ad_set_eur) > 0)) if planned.ad_set_eur is not None else 0
    if funded < len(sets):
        st.caption(t("app.adsets.unfunded", lang, n=fmt_int(len(sets) - funded, lang), total=fmt_int(len(sets), lang)))
    st.download_button(
        t("app.adsets.download", lang),
        lambda: csv_tables.ads_manager_csv(planned, lang),
        file_name=f"{t('app.adsets.file', lang)}.csv",
        mime="text/csv",
        key="ad_sets_csv",
        on_click="ignore",
        disabled=funded == 0,
    )
