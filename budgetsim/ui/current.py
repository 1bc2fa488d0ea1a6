"""The current situation ("Nu": what the gemeente does now) on screen: its label above the key
figures, and the place to set it (the paper in pages per year, social media in euros)."""

from __future__ import annotations

import streamlit as st

from ..assumptions import MAX_EUR
from ..formatting import AmountError, fmt_eur, parse_amount
from ..i18n import t
from . import state as S
from .budgets import paper_how
from .numbers import NumberError, parse_number
from .widgets import amount_text, session

#: The most pages a year the current situation may have (several a week, every week).
MAX_PAGES = 1000


def current_label(
    print_eur: float,
    social_eur: float,
    pages: float,
    lang: str,
    issues: float = S.PAGE_PRESETS["weekly"],
    price_estimated: bool = False,
) -> str:
    """``Verschil met Nu: krant elke week (€ 35.740, geschat), geen social media``."""
    how = paper_how(pages, lang, issues=issues)  # pages: Nu's own
    paper = t("nu.paper.estimated" if price_estimated else "nu.paper", lang, how=how, eur=fmt_eur(print_eur, lang))
    social = t("nu.social.some", lang, eur=fmt_eur(social_eur, lang)) if social_eur > 0 else t("nu.social.none", lang)
    return t("nu.against", lang, paper=paper, social=social)


def current_ui(lang: str) -> None:
    """Set "Nu": the paper in pages per year (presets or a number) and social media in euros."""
    sync = session()
    ss = sync.state
    st.markdown(t("nu.edit.help", lang))
    pages = S.current_pages(ss)
    issues = S.issues_per_year(ss)
    preset_key = f"current_preset:{lang}"
    sync.set(preset_key, S.preset_of(pages, issues=issues))
    st.radio(
        t("nu.edit.preset", lang),
        list(S.page_presets(issues)),
        key=preset_key,
        horizontal=True,
        format_func=lambda p: t(f"nu.preset.{p}", lang),
        on_change=_on_current_preset,
        args=(preset_key,),
    )
    sync.set("current_pages_box", amount_text(round(pages, 1), lang))
    st.text_input(
        t("nu.edit.pages", lang), key="current_pages_box", on_change=_on_current_box, args=("current_pages_box",)
    )
    sync.set("current_social_box", amount_text(ss.get("current_social_eur", 0.0), lang))
    st.text_input(
        t("nu.edit.social", lang),
        key="current_social_box",
        on_change=_on_current_box,
        args=("current_social_box",),
        help=t("app.budget.exact.help", lang),
    )
    sync.drawn(preset_key, "current_pages_box", "current_social_box")
    if st.button(t("nu.edit.from_plan", lang), key="current_from_plan"):
        ss.update(S.current_changed(pages=S.pages_of(ss["print_eur"], S.page_price(ss)), social_eur=ss["social_eur"]))
        st.rerun()


def _on_current_preset(widget_key: str) -> None:
    sync = session()
    if sync.is_echo(widget_key) or sync.state.get(widget_key) is None:
        return
    ss = sync.state
    ss.update(S.current_changed(pages=S.page_presets(S.issues_per_year(ss))[ss[widget_key]]))


def _on_current_box(widget_key: str) -> None:
    sync = session()
    if sync.is_echo(widget_key):
        return
    ss = sync.state
    lang = ss.get("lang", "nl")
    try:
        if widget_key == "current_pages_box":  # pages: a number, not an amount in euros
            value = parse_number(ss[widget_key], lang, low=0, high=MAX_PAGES)
        else:
            value = parse_amount(ss[widget_key], 0, MAX_EUR)
    except (AmountError, NumberError) as exc:
        ss.update(S.message("error", exc.message(lang)))
        return
    if widget_key == "current_pages_box":
        ss.update(S.current_changed(pages=value))
    else:
        ss.update(S.current_changed(social_eur=value))
