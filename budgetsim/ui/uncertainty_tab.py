"""The uncertainty tab: P10, P50 and P90 of the key figures, and which assumption matters most."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..formatting import fmt_eur, fmt_int
from ..i18n import t
from .results import show_chart, uncertainty_result


def uncertainty_ui(scenario_json: str, lang: str) -> None:
    result = uncertainty_result(scenario_json)
    st.markdown(t("app.unc.intro", lang))
    rows = []
    for key in ("reached", "reached_3plus", "reached_print", "reached_social"):
        band = result.totals[key]
        rows.append(
            {
                t("app.unc.figure", lang): t(f"cli.unc.{key}", lang).capitalize(),
                "P10": fmt_int(band.p10, lang),
                "P50": fmt_int(band.p50, lang),
                "P90": fmt_int(band.p90, lang),
            }
        )
    cost = result.totals["cost_per_reached_eur"]
    rows.append(
        {
            t("app.unc.figure", lang): t("cli.unc.cost", lang).capitalize(),
            "P10": fmt_eur(cost.p10, lang, 2),
            "P50": fmt_eur(cost.p50, lang, 2),
            "P90": fmt_eur(cost.p90, lang, 2),
        }
    )
    st.dataframe(pd.DataFrame(rows), hide_index=True)
    show_chart("tornado", scenario_json, lang)
    st.caption(t("app.unc.meaning", lang))
