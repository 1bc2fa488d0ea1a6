"""The key figures of the plan against "Nu" (what the gemeente does now), with the uncertainty
band under them, and the place to set "Nu"."""

from __future__ import annotations

import streamlit as st

from ..assumptions import MAX_EUR
from ..formatting import AmountError, fmt_eur, fmt_int, fmt_pct, fmt_pp, parse_amount
from ..i18n import t
from ..model import Evaluation
from ..plan_sentences import pessimistic_sentence
from ..uncertainty import UncertaintyResult
from . import state as S
from .budgets import paper_how
from .numbers import NumberError, parse_number
from .widgets import amount_text, session

#: The most pages a year "Nu" may have (several a week, every week).
MAX_PAGES = 1000


def delta_text(diff: float, kind: str, lang: str) -> str | None:
    """A difference for ``st.metric``, its sign first (Streamlit picks the arrow from a leading
    "-"): ``+1.234`` residents, ``-€ 0,13`` (``kind`` "eur"), ``+1,2 %-punt`` (``kind`` "pct").
    None when it would show as zero: a green "+0,0 %-punt" or a red "+€ 0,00" says nothing."""
    if kind == "pct":
        return None if round(abs(diff) * 100, 1) == 0 else fmt_pp(diff, lang, short=True)
    if kind == "eur":
        return None if round(abs(diff), 2) == 0 else ("-" if diff < 0 else "+") + fmt_eur(abs(diff), lang, 2)
    return None if round(diff) == 0 else fmt_int(diff, lang, signed=True)


def now_label(print_eur: float, social_eur: float, pages: float, lang: str) -> str:
    """``Verschil met Nu: krant elke week (€ 35.740), geen social media``."""
    paper = t("nu.paper", lang, how=paper_how(pages, lang), eur=fmt_eur(print_eur, lang))  # pages: Nu's own
    social = t("nu.social.some", lang, eur=fmt_eur(social_eur, lang)) if social_eur > 0 else t("nu.social.none", lang)
    return t("nu.against", lang, paper=paper, social=social)


def key_figures_ui(current: Evaluation, now: Evaluation, lang: str, unc: UncertaintyResult | None) -> None:
    """The plan's figures, each with its difference from "Nu" (none where they are the same)."""
    ss = st.session_state
    figures, then = current.key_figures(), now.key_figures()

    def delta(key: str, kind: str = "int") -> str | None:
        if figures[key] is None or then[key] is None:
            return None
        return delta_text(figures[key] - then[key], kind, lang)

    head, edit = st.columns([4, 1.2], vertical_alignment="center")
    pages = ss.get("now_pages", S.DEFAULT_NOW_PAGES)
    head.markdown(
        f"**{t('app.figures.title', lang)}** · " + now_label(now.print_eur, float(now.social_eur.sum()), pages, lang)
    )
    with edit.popover(t("nu.edit", lang), icon=":material/edit:"):
        now_ui(lang)
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
    row[3].metric(t("nu.fig.reached", lang), fmt_int(then["reached"], lang), help=t("nu.edit.help", lang))
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
        st.info(pessimistic_sentence(unc, current, lang))


def now_ui(lang: str) -> None:
    """Set "Nu": the paper in pages per year (presets or a number) and social media in euros."""
    sync = session()
    ss = sync.state
    st.markdown(t("nu.edit.help", lang))
    pages = float(ss.get("now_pages", S.DEFAULT_NOW_PAGES))
    preset_key = f"now_preset:{lang}"
    sync.set(preset_key, S.preset_of(pages))
    st.radio(
        t("nu.edit.preset", lang),
        list(S.PAGE_PRESETS),
        key=preset_key,
        horizontal=True,
        format_func=lambda p: t(f"nu.preset.{p}", lang),
        on_change=_on_now_preset,
        args=(preset_key,),
    )
    sync.set("now_pages_box", amount_text(round(pages, 1), lang))
    st.text_input(t("nu.edit.pages", lang), key="now_pages_box", on_change=_on_now_box, args=("now_pages_box",))
    sync.set("now_social_box", amount_text(ss.get("now_social_eur", 0.0), lang))
    st.text_input(
        t("nu.edit.social", lang),
        key="now_social_box",
        on_change=_on_now_box,
        args=("now_social_box",),
        help=t("app.budget.exact.help", lang),
    )
    sync.drawn(preset_key, "now_pages_box", "now_social_box")
    if st.button(t("nu.edit.from_plan", lang), key="now_from_plan"):
        ss.update(S.now_changed(pages=S.pages_of(ss["print_eur"], S.page_price(ss)), social_eur=ss["social_eur"]))
        st.rerun()


def _on_now_preset(widget_key: str) -> None:
    sync = session()
    if sync.is_echo(widget_key) or sync.state.get(widget_key) is None:
        return
    sync.state.update(S.now_changed(pages=S.PAGE_PRESETS[sync.state[widget_key]]))


def _on_now_box(widget_key: str) -> None:
    sync = session()
    if sync.is_echo(widget_key):
        return
    ss = sync.state
    lang = ss.get("lang", "nl")
    try:
        if widget_key == "now_pages_box":  # pages: a number, not an amount in euros
            value = parse_number(ss[widget_key], lang, low=0, high=MAX_PAGES)
        else:
            value = parse_amount(ss[widget_key], 0, MAX_EUR)
    except (AmountError, NumberError) as exc:
        ss["messages"] = [("error", exc.message(lang))]
        return
    if widget_key == "now_pages_box":
        ss.update(S.now_changed(pages=value))
    else:
        ss.update(S.now_changed(social_eur=value))
