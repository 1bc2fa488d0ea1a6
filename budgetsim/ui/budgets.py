"""The budgets: the paper in pages per year (presets, a slider, the exact euros and the price per
page) and social media (a slider and the exact amount), the social split, the two best splits with
their undo, what the next €1,000 brings, and the saturation chart."""

from __future__ import annotations

import streamlit as st

from ..allocation import InfeasibleBudget, optimise, split_gain
from ..assumptions import REGISTRY
from ..formatting import AmountError, fmt_eur, fmt_int, fmt_page_price, parse_amount
from ..i18n import render, t
from ..model import Evaluation
from ..options import price_is_estimated
from ..planning import ScenarioPlan, next_thousand
from ..scenario import scenario_to_json
from . import state as S
from .results import evaluation, show_chart
from .session import session_state
from .widgets import amount_text, bound, on_amount, session

#: Below this many copies an estimated page price is probably far too low (MODEL.md: contracts of
#: €60–€260 a page for titles of about 11,000 copies).
TINY_PRINT_RUN = 5000
#: The lowest page price of the municipal contracts MODEL.md cites.
USUAL_LOWEST_PAGE_PRICE = 60.0
_PAGE_PRICE = next(p for p in REGISTRY if p.key == "print.price_per_page_eur")


def estimated(text: str, is_estimated: bool, lang: str) -> str:
    """``€ 734 (geschat)``: a figure that rests on an estimated page price, marked as such."""
    return t("nu.estimated", lang, value=text) if is_estimated else text


def pages_text(pages: float, lang: str, price: float | None = None) -> str:
    """``52 pagina's``, ``27,5 pagina's``: whole pages whole, else one decimal."""
    shown = round(pages) if S.whole_pages(pages, price) or abs(pages - round(pages)) < 0.05 else round(pages, 1)
    return t("count.pages", lang, count=shown)


def paper_how(pages: float, lang: str, price: float | None = None, issues: float = S.PAGE_PRESETS["weekly"]) -> str:
    """How often a page appears, in words: ``elke week``, ``in elk nummer``, or ``30 pagina's per jaar``."""
    preset = S.preset_of(pages, price, issues)
    if preset == "none":
        return t("nu.preset.none", lang)
    if preset is not None:
        return f"{t('nu.preset.' + preset, lang)}"
    return t("nu.pages.other", lang, pages=pages_text(pages, lang))


def budget_ui(plan: ScenarioPlan, lang: str) -> None:
    """The paper in pages (with its euros and price per page) and social media in euros; beside
    them what the plan holds that buys nothing (print above a page in every issue, social euros no
    ad set takes)."""
    sync = session()
    ss = sync.state
    model = plan.model
    price = model.price_per_insertion
    pages = S.pages_of(ss["print_eur"], price)
    paper_ui(sync, pages, price, lang, model.issues_per_year, price_is_estimated(plan.scenario))
    price_ui(sync, plan, lang)
    name = "social_eur"
    ss.update(S.slider_end(ss, name, 5000, 20_000))
    top = ss[f"slider_max:{name}"][1]
    slider, box = st.columns([3, 2], vertical_alignment="bottom")
    slider.slider(
        t("app.budget.social", lang),
        0,
        top,
        step=250,
        key=f"{name}_slider",
        format="%d",
        on_change=on_amount,
        args=(name, "slider"),
        help=t("app.budget.social.help", lang),
    )
    box.text_input(
        t("app.budget.social.exact", lang),
        key=f"{name}_box",
        on_change=on_amount,
        args=(name, "box"),
        label_visibility="collapsed",
        help=t("app.budget.exact.help", lang),
    )
    sync.drawn(f"{name}_slider", f"{name}_box")
    money_notes_ui(plan, lang)


def money_notes_ui(plan: ScenarioPlan, lang: str) -> None:
    """One warning per amount of the plan that buys nothing (:meth:`Evaluation.money_notes`)."""
    try:
        planned = evaluation(scenario_to_json(plan.scenario))  # cached: the run has made it already
    except (InfeasibleBudget, ValueError):
        return
    for note in planned.money_notes():
        st.warning(render(note, lang), icon=":material/money_off:")


def paper_ui(sync, pages: float, price: float, lang: str, issues: float, is_estimated: bool) -> None:
    """Presets (every week ... none; none above the paper's issues), the pages slider (up to a page
    in every issue) with the exact euros beside it, and what the euros buy."""
    ss = sync.state
    preset_key = f"print_preset:{lang}"
    sync.set(preset_key, S.preset_of(pages, price, issues))
    st.radio(
        t("nu.pages.preset", lang),
        list(S.page_presets(issues)),
        key=preset_key,
        horizontal=True,  # wraps when narrow
        format_func=lambda p: t(f"nu.preset.{p}", lang),
        on_change=_on_preset,
        args=(preset_key,),
    )
    sync.drawn(preset_key)
    end = int(round(issues))  # more than one page per issue does not count (MODEL.md 2.1)
    sync.set("print_pages_slider", min(end, int(round(pages))))
    slider, box = st.columns([3, 2], vertical_alignment="bottom")
    slider.slider(
        t("nu.pages.slider", lang),
        0,
        end,
        step=1,
        key="print_pages_slider",
        format="%d",
        on_change=_on_pages,
        help=t("nu.pages.slider.help", lang),
    )
    box.text_input(
        t("app.budget.print.exact", lang),
        key="print_eur_box",
        on_change=on_amount,
        args=("print_eur", "box"),
        label_visibility="collapsed",
        help=t("app.budget.exact.help", lang),
    )
    sync.drawn("print_pages_slider", "print_eur_box")
    eur = estimated(fmt_eur(ss["print_eur"], lang), is_estimated, lang)
    price_shown = estimated(fmt_page_price(price, lang), is_estimated, lang)
    if S.whole_pages(pages, price):
        st.caption(t("nu.pages.cost", lang, pages=pages_text(pages, lang, price), price=price_shown, eur=eur))
    else:
        st.caption(t("nu.pages.buys", lang, eur=eur, pages=pages_text(pages, lang), price=price_shown))


def price_ui(sync, plan: ScenarioPlan, lang: str) -> None:
    """The price of one page: the contract price typed, or the estimate from the copies, said to be
    an estimate (and, for a tiny print run, probably too low)."""
    ss = sync.state
    given = ss.get(S.PAGE_PRICE_KEY)
    estimate = S.estimated_page_price(ss)
    price = plan.model.price_per_insertion
    copies = plan.model.copies
    tiny = given is None and (copies < TINY_PRINT_RUN or estimate < USUAL_LOWEST_PAGE_PRICE)
    title = t(
        "nu.price.title_given" if given is not None else "nu.price.title_estimated",
        lang,
        price=fmt_page_price(price, lang),
    )
    # drawn only while open (opened for a tiny print run: its key starts it anew when that changes)
    box = st.expander(title, expanded=tiny, key=f"price_box_{tiny}", on_change="rerun")
    if not box.open:
        return
    with box:
        contract_price_field("page_price_box", t("nu.price.label", lang), lang)
        if given is None:
            per_1000 = float(ss[S.assumption_key("print.price_per_1000_copies_eur")])
            st.caption(
                t(
                    "nu.price.estimate",
                    lang,
                    per_1000=fmt_eur(per_1000, lang, 0 if per_1000.is_integer() else 2),
                    copies=fmt_int(copies, lang),
                )
            )
            if tiny:
                st.warning(
                    t(
                        "nu.price.tiny",
                        lang,
                        copies=fmt_int(copies, lang),
                        price=fmt_eur(estimate, lang, 2),
                        low=fmt_eur(USUAL_LOWEST_PAGE_PRICE, lang),
                    )
                )


def _on_preset(widget_key: str) -> None:
    sync = session()
    if sync.is_echo(widget_key) or sync.state.get(widget_key) is None:
        return
    ss = sync.state
    ss.update(S.pages_chosen(ss, S.page_presets(S.issues_per_year(ss))[ss[widget_key]]))


def _on_pages() -> None:
    sync = session()
    if sync.is_echo("print_pages_slider"):
        return
    ss = sync.state
    ss.update(S.pages_chosen(ss, float(ss["print_pages_slider"])))


def contract_price_field(widget_key: str, label: str, lang: str, **kwargs) -> None:
    """A text box for the contract price of a page (empty: the estimate), read as :func:`on_price` reads it."""
    sync = session()
    ss = sync.state
    given = ss.get(S.PAGE_PRICE_KEY)
    sync.set(widget_key, "" if given is None else amount_text(given, lang))
    st.text_input(
        label,
        key=widget_key,
        on_change=on_price,
        args=(widget_key,),
        placeholder=t("nu.price.placeholder", lang, price=fmt_eur(S.estimated_page_price(ss), lang, 2)),
        help=t("nu.price.help", lang),
        **kwargs,
    )
    sync.drawn(widget_key)


def on_price(widget_key: str) -> None:
    """A contract price typed in ``widget_key``: taken (empty: back to the estimate), or refused in words."""
    sync = session()
    if sync.is_echo(widget_key):
        return
    ss = sync.state
    text = str(ss.get(widget_key) or "").strip()
    lang = ss.get("lang", "nl")
    if not text:
        ss.update(S.page_price_changed(ss, None))
        return
    try:
        lowest, highest, _ = _PAGE_PRICE.input_limits
        value = parse_amount(text, lowest, highest)
    except AmountError:
        ss.update(
            S.message(
                "error",
                t(
                    "nu.price.bad",
                    lang,
                    text=text[:30],
                    low=fmt_eur(_PAGE_PRICE.input_min, lang),
                    high=fmt_eur(_PAGE_PRICE.input_max, lang),
                ),
            )
        )
        return
    ss.update(S.page_price_changed(ss, value))


def saturation_ui(scenario_json: str, lang: str, show_bands: bool) -> None:
    """Reach against budget for print, social media and both."""
    show_chart("saturation", scenario_json, lang, show_bands)


def split_ui(plan: ScenarioPlan, lang: str) -> None:
    """How the social budget is spread over the wijken, and the two best splits (each undoable);
    with campaigns each campaign has its own split, and the split of the total is the user's."""
    ss = session_state()
    if plan.scenario.campaigns:
        st.caption(t("campaigns.split_per_campaign", lang))
        return
    bound(
        st.radio,
        "split",
        t("app.split", lang),
        S.SPLITS,
        lang=lang,
        horizontal=True,
        format_func=lambda s: t(f"app.split.{s}", lang),
        help=t("app.split.help", lang),
    )
    st.markdown(f"**{t('nu.best.title', lang)}**")
    if st.button(
        t("nu.best.social", lang),
        help=t("nu.best.social.help", lang),
        key="best_social",
        width="stretch",
        disabled=plan.social_eur <= 0 or bool(plan.model.ad_sets.untargetable),
    ):
        before = plan.evaluate()
        ss.update(S.best_social_split_taken(ss))
        after = ScenarioPlan(S.state_to_scenario({**ss, **ss["pending_state"]})).evaluate()
        done = t("nu.best.social.done", lang, print=fmt_eur(ss["print_eur"], lang))
        ss.update(S.message("success", f"{done} {render(split_gain(before, after).message(), lang)}"))
        st.rerun()
    if st.button(t("nu.best.total", lang), help=t("nu.best.total.help", lang), key="best_total", width="stretch"):
        try:
            best = optimise(plan.model, plan.total_eur, plan.weights, plan.constraints)
        except InfeasibleBudget as exc:
            ss.update(S.message("error", exc.message(lang, keys=False)))
        else:
            old_print, old_social = ss["print_eur"], ss["social_eur"]
            before = plan.evaluate()
            ss.update(S.best_total_split_taken(ss, best.print_eur, best.unspent_eur))
            new = ss["pending_state"]
            after = ScenarioPlan(S.state_to_scenario({**ss, **new})).evaluate()
            done = t(
                "nu.best.total.done",
                lang,
                total=fmt_eur(old_print + old_social, lang),
                old_print=fmt_eur(old_print, lang),
                print=fmt_eur(new["print_eur"], lang),
                old_social=fmt_eur(old_social, lang),
                social=fmt_eur(new["social_eur"], lang),
            )
            texts = [("success", f"{done} {render(split_gain(before, after).message(), lang)}")]
            unspent = best.unspent_message()
            if unspent is not None:
                texts.append(("warning", render(unspent, lang)))
            ss.update(S.messages(*texts))
        st.rerun()
    record = ss.get("undo")
    if record:
        what = t("nu.best.social" if record["action"] == "social" else "nu.best.total", lang)
        if st.button(
            t("nu.best.undo", lang),
            key="best_undo",
            icon=":material/undo:",
            help=t("nu.best.undo.help", lang, what=what),
        ):
            ss.update(
                S.message(
                    "info",
                    t(
                        "nu.best.undone",
                        lang,
                        print=fmt_eur(record["print_eur"], lang),
                        social=fmt_eur(record["social_eur"], lang),
                    ),
                )
            )
            ss.update(S.undone(ss))
            st.rerun()


def marginal_ui(plan: ScenarioPlan, planned: Evaluation, lang: str) -> None:
    """Where the next euro works hardest, in words."""
    more_print, more_social = next_thousand(plan, planned)
    if more_social is None:
        st.markdown(t("app.next1000.print_only", lang, print=fmt_int(more_print, lang)))
    else:
        st.markdown(t("app.next1000", lang, print=fmt_int(more_print, lang), social=fmt_int(more_social, lang)))
