"""The budgets: a slider and the exact amount for print and for social media, the social split,
the best-split button, what the next €1,000 brings, and the saturation chart."""

from __future__ import annotations

import streamlit as st

from ..allocation import InfeasibleBudget, optimise
from ..formatting import fmt_eur, fmt_int
from ..i18n import t
from ..model import Evaluation
from ..planning import ScenarioPlan, next_thousand
from . import state as S
from .results import show_chart
from .widgets import bound, on_amount, session


def budget_ui(plan: ScenarioPlan, lang: str) -> None:
    """The two budgets: a slider and, beside it, the exact amount (both show one value)."""
    sync = session()
    ss = sync.state
    default_print = plan.model.default_print_eur()
    for name, label, floor, step in (("print_eur", "app.budget.print", 20_000, 500),
                                     ("social_eur", "app.budget.social", 20_000, 250)):
        ss.update(S.slider_end(ss, name, default_print if name == "print_eur" else 5000, floor))
        top = ss[f"slider_max:{name}"][1]
        slider, box = st.columns([3, 2], vertical_alignment="bottom")
        slider.slider(t(label, lang), 0, top, step=step, key=f"{name}_slider", format="localized",
                      on_change=on_amount, args=(name, "slider"), help=t(label + ".help", lang))
        box.text_input(t(label + ".exact", lang), key=f"{name}_box", on_change=on_amount, args=(name, "box"),
                       label_visibility="collapsed", help=t("app.budget.exact.help", lang))
        sync.drawn(f"{name}_slider", f"{name}_box")
    st.caption(t("app.budget.print_default", lang, eur=fmt_eur(default_print, lang),
                 price=fmt_eur(plan.model.price_per_insertion, lang)))


def saturation_ui(scenario_json: str, lang: str, show_bands: bool) -> None:
    """Reach against budget for print, social media and both."""
    show_chart("saturation", scenario_json, lang, show_bands)


def split_ui(plan: ScenarioPlan, lang: str) -> None:
    """How the social budget is spread over the wijken, and the best-split button."""
    ss = st.session_state
    bound(st.radio, "split", t("app.split", lang), S.SPLITS, lang=lang, horizontal=True,
          format_func=lambda s: t(f"app.split.{s}", lang), help=t("app.split.help", lang))
    if st.button(t("app.best.button", lang), help=t("app.best.help", lang), key="best_button"):
        try:
            best = optimise(plan.model, plan.total_eur, plan.weights, plan.constraints)
        except InfeasibleBudget as exc:
            ss["messages"] = [("error", exc.message(lang, keys=False))]
        else:
            ss.update(S.best_split_taken(plan.total_eur, best.print_eur))
            budgets = ss["pending_state"]
            ss["messages"] = [("success", t("app.best.done", lang, print=fmt_eur(budgets["print_eur"], lang),
                                              social=fmt_eur(budgets["social_eur"], lang)))]
        st.rerun()


def marginal_ui(plan: ScenarioPlan, current: Evaluation, lang: str) -> None:
    """Where the next euro works hardest, in words."""
    more_print, more_social = next_thousand(plan, current)
    if more_social is None:
        st.markdown(t("app.next1000.print_only", lang, print=fmt_int(more_print, lang)))
    else:
        st.markdown(t("app.next1000", lang, print=fmt_int(more_print, lang), social=fmt_int(more_social, lang)))
