"""The key figures of the plan against the current situation ("Nu"), with the uncertainty band
under them; "Nu" itself is set in :mod:`budgetsim.ui.current`."""

from __future__ import annotations

import streamlit as st

from ..formatting import fmt_eur, fmt_int, fmt_page_price, fmt_pct, fmt_pp
from ..i18n import t
from ..model import Evaluation
from ..plan_sentences import pessimistic_sentence
from ..uncertainty import UncertaintyResult
from . import state as S
from .current import current_label, current_ui
from .session import session_state


def delta_text(diff: float, kind: str, lang: str) -> str | None:
    """A difference for ``st.metric``, its sign first (Streamlit picks the arrow from a leading
    "-"): ``+1.234`` residents, ``-€ 0,13`` (``kind`` "eur"), ``+1,2 %-punt`` (``kind`` "pct").
    None when it would show as zero: a green "+0,0 %-punt" or a red "+€ 0,00" says nothing."""
    if kind == "pct":
        return None if round(abs(diff) * 100, 1) == 0 else fmt_pp(diff, lang, short=True)
    if kind == "eur":
        return None if round(abs(diff), 2) == 0 else ("-" if diff < 0 else "+") + fmt_eur(abs(diff), lang, 2)
    return None if round(diff) == 0 else fmt_int(diff, lang, signed=True)


def key_figures_ui(planned: Evaluation, current: Evaluation, lang: str, unc: UncertaintyResult | None) -> None:
    """The plan's figures, each with its difference from "Nu" (none where they are the same)."""
    ss = session_state()
    figures, current_figures = planned.key_figures(), current.key_figures()
    # reached by paper only, social only and both as shown: whole residents adding up to the total shown
    figures.update(planned.reached_parts())
    current_figures.update(current.reached_parts())

    def delta(key: str, kind: str = "int") -> str | None:
        value, value_now = figures[key], current_figures[key]
        if value is None or value_now is None:
            return None
        return delta_text(value - value_now, kind, lang)

    head, edit = st.columns([4, 1.2], vertical_alignment="center")
    issues = current.model.issues_per_year
    is_estimated = S.price_is_estimated(ss)
    head.markdown(
        f"**{t('app.figures.title', lang)}** · "
        + current_label(
            current.print_eur, float(current.social_eur.sum()), S.current_pages(ss), lang, issues, is_estimated
        )
    )
    # drawn only while open (a rerun opens it): a slider move and the first screen skip its fields
    popover = edit.popover(t("nu.edit", lang), icon=":material/edit:", key="current_edit", on_change="rerun")
    if popover.open:
        with popover:
            current_ui(lang)
    row = st.columns(4)
    row[0].metric(
        t("app.fig.reached", lang),
        fmt_int(figures["reached"], lang),
        delta("reached"),
        help=t("app.fig.reached.help", lang),
    )
    row[1].metric(t("app.fig.reach_share", lang), fmt_pct(figures["reach_share"], lang), delta("reach_share", "pct"))
    row[2].metric(
        t("app.fig.reached_3plus", lang),
        fmt_int(figures["reached_3plus"], lang),
        delta("reached_3plus"),
        help=t("app.fig.reached_3plus.help", lang),
    )
    cost = figures["cost_per_reached_eur"]
    row[3].metric(
        t("app.fig.cost", lang),
        fmt_eur(cost, lang, 2) if cost is not None else "–",
        delta("cost_per_reached_eur", "eur"),
        delta_color="inverse",
        help=t("app.fig.cost.help", lang),
    )
    row = st.columns(4)
    row[0].metric(t("app.fig.print_only", lang), fmt_int(figures["print_only"], lang), delta("print_only"))
    row[1].metric(t("app.fig.social_only", lang), fmt_int(figures["social_only"], lang), delta("social_only"))
    row[2].metric(t("app.fig.both", lang), fmt_int(figures["both"], lang), delta("both"))
    row[3].metric(t("nu.fig.reached", lang), fmt_int(current_figures["reached"], lang), help=t("nu.edit.help", lang))
    if is_estimated and planned.print_eur > 0:  # the metric's box is too narrow for the mark: a line under it
        price = fmt_page_price(planned.model.price_per_insertion, lang)
        st.caption(t("app.fig.cost.estimated", lang, price=price))
    if unc is not None:
        reached, three = unc.totals["reached"], unc.totals["reached_3plus"]
        st.caption(
            t(
                "app.fig.range",
                lang,
                low=fmt_int(reached.p10, lang),
                high=fmt_int(reached.p90, lang),
                low3=fmt_int(three.p10, lang),
                high3=fmt_int(three.p90, lang),
            )
        )
        st.info(pessimistic_sentence(unc, planned, lang))
