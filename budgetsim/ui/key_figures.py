"""The key figures of the plan against a baseline, with the uncertainty band under them."""

from __future__ import annotations

import streamlit as st

from ..export import pessimistic_sentence
from ..formatting import fmt_eur, fmt_int, fmt_pct, fmt_pp
from ..i18n import t
from ..model import Evaluation
from ..uncertainty import UncertaintyResult


def delta_text(diff: float, kind: str, lang: str) -> str:
    """A difference for ``st.metric``, its sign first (Streamlit picks the arrow from a leading
    "-"): ``+1.234`` residents, ``-€ 0,13`` (``kind`` "eur"), ``+1,2 %-punt`` (``kind`` "pct")."""
    if kind == "pct":
        return fmt_pp(diff, lang, short=True)
    if kind == "eur":
        return ("-" if diff < 0 else "+") + fmt_eur(abs(diff), lang, 2)
    return fmt_int(diff, lang, signed=True)


def key_figures_ui(current: Evaluation, baseline: Evaluation, baseline_label: str, lang: str,
                   unc: UncertaintyResult | None) -> None:
    now, then = current.key_figures(), baseline.key_figures()

    def delta(key: str, kind: str = "int") -> str | None:
        if now[key] is None or then[key] is None:
            return None
        return delta_text(now[key] - then[key], kind, lang)

    st.markdown(f"**{t('app.figures.title', lang)}** · {t('app.figures.against', lang, baseline=baseline_label)}")
    row = st.columns(4)
    row[0].metric(t("app.fig.reached", lang), fmt_int(now["reached"], lang), delta("reached"),
                  help=t("app.fig.reached.help", lang))
    row[1].metric(t("app.fig.reach_share", lang), fmt_pct(now["reach_share"], lang), delta("reach_share", "pct"))
    row[2].metric(t("app.fig.reached_3plus", lang), fmt_int(now["reached_3plus"], lang), delta("reached_3plus"),
                  help=t("app.fig.reached_3plus.help", lang))
    cost = now["cost_per_reached_eur"]
    row[3].metric(t("app.fig.cost", lang), fmt_eur(cost, lang, 2) if cost is not None else "–",
                  delta("cost_per_reached_eur", "eur"), delta_color="inverse", help=t("app.fig.cost.help", lang))
    row = st.columns(4)
    row[0].metric(t("app.fig.print_only", lang), fmt_int(now["print_only"], lang), delta("print_only"))
    row[1].metric(t("app.fig.social_only", lang), fmt_int(now["social_only"], lang), delta("social_only"))
    row[2].metric(t("app.fig.both", lang), fmt_int(now["both"], lang), delta("both"))
    with row[3].popover(t("app.baseline.button", lang)):
        baseline_ui(lang)
    if unc is not None:
        reached, three = unc.totals["reached"], unc.totals["reached_3plus"]
        st.caption(t("app.fig.range", lang, low=fmt_int(reached.p10, lang), high=fmt_int(reached.p90, lang),
                     low3=fmt_int(three.p10, lang), high3=fmt_int(three.p90, lang)))
        st.info(pessimistic_sentence(unc, current, lang))


def baseline_ui(lang: str) -> None:
    """Fix the budgets on screen as the baseline, or go back to "the same without social media"."""
    ss = st.session_state
    st.caption(t("app.baseline.help", lang))
    if st.button(t("app.baseline.fix", lang), key="baseline_fix"):
        ss["baseline"] = {"print_eur": ss["print_eur"], "social_eur": ss["social_eur"]}
        st.rerun()
    if st.button(t("app.baseline.reset", lang), key="baseline_reset"):
        ss["baseline"] = None
        st.rerun()
