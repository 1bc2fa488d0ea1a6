"""The assumptions tab: every assumption with its default, usual range and basis; editable, with
its uncertainty range."""

from __future__ import annotations

import streamlit as st

from ..assumptions import INPUT_LIMITS, PARAMETERS
from ..bands import TARGETABLE_BANDS
from ..formatting import fmt_num, fmt_pct
from ..i18n import band_label, t
from ..model import ReachModel
from . import own_figures_state as O
from . import state as S
from .numbers import number_field
from .own_figures import own_figures_ui
from .session import session_state
from .survey_words import survey_ui


def _reset_assumptions() -> None:
    # every value back to its default: none of them comes from the gemeente's own figures any more
    ss = session_state()
    ss.update({**S.assumptions_reset(ss), O.RECORD: None})


def assumptions_ui(lang: str, model: ReachModel | None = None) -> None:
    """Every assumption with its default, usual range and basis; editable, with its uncertainty range;
    after the paper's, what they mean in a reader survey's words (for the plan's ``model``)."""
    st.markdown(t("app.assumptions.intro", lang))
    own_figures_ui(lang)
    record = O.current_record(session_state())  # where fitted values came from, edits marked
    st.button(t("app.assumptions.reset", lang), on_click=_reset_assumptions, key="reset_assumptions")
    for channel in ("print", "social"):
        st.subheader(t(f"channel.{channel}_long", lang))
        if channel == "social":
            st.warning(t("app.platform_rules", lang))
        for p in (p for p in PARAMETERS if p.channel == channel):
            assumption_input_ui(p, lang, record)
        if channel == "print" and model is not None:
            survey_ui(model, lang)


def assumption_input_ui(p, lang: str, record: dict | None = None) -> None:
    """One assumption: its input(s), default, usual range and basis (its own source when it was
    fitted to the gemeente's figures, ``record``), and its uncertainty range."""
    ss = session_state()
    low, high, step = INPUT_LIMITS[p.key]
    # typed and shown in the user's language: "0,7" is 0.7, shares as percentages ("70 %")
    percent = p.display == "percent"
    decimals = 0 if p.whole else 1 if percent else 2

    def shown(value: float) -> str:  # as the box shows it: "80 %", "52", "0,60"
        return fmt_pct(value, lang, 1, trim=True) if percent else fmt_num(value, lang, decimals)

    st.markdown(f"**{p.label(lang)}**")
    if p.per_band:
        for column, band in zip(st.columns(len(TARGETABLE_BANDS)), TARGETABLE_BANDS):
            value = ss[S.assumption_key(p.key, band)]
            with column:  # a file may hold a value outside the usual input limits: keep it reachable
                number_field(
                    S.assumption_key(p.key, band),
                    band_label(band, lang),
                    lang,
                    percent=percent,
                    decimals=decimals,
                    low=min(low, value),
                    high=max(high, value),
                )
        defaults = ", ".join(f"{band_label(b, lang)}: {fmt_num(v, lang, 2)}" for b, v in p.default.items())
        advised = t("app.assumptions.factor", lang, low=fmt_num(p.low, lang, 2), high=fmt_num(p.high, lang, 2))
    else:
        value = ss[S.assumption_key(p.key)]
        number_field(
            S.assumption_key(p.key),
            p.label(lang),
            lang,
            percent=percent,
            decimals=decimals,
            low=min(low, value),
            high=max(high, value),
            label_visibility="collapsed",
        )
        defaults = shown(p.default)
        advised = f"{shown(p.low)} – {shown(p.high)}"
    fitted = O.fitted_basis(record, p.key, lang)  # a value from the gemeente's own figures
    st.caption(t("app.assumptions.meta", lang, default=defaults, advised=advised) + " " + (fitted or p.basis(lang)))
    if p.key not in S.DEFAULT_RANGES:
        return
    kind = "factor" if p.per_band else "value"
    value = 1.0 if p.per_band else ss[S.assumption_key(p.key)]
    low_key, high_key = S.range_key(p.key, "low"), S.range_key(p.key, "high")
    ss.update(S.range_around_value(ss, p.key))
    r1, r2 = st.columns(2)
    with r1:  # the range lies around the value: a browser refuses a lowest value above it
        number_field(
            low_key,
            t(f"app.range.low.{kind}", lang),
            lang,
            percent=percent and not p.per_band,
            decimals=decimals,
            low=0.0 if p.per_band else min(low, ss[low_key]),
            high=value,
        )
    with r2:
        number_field(
            high_key,
            t(f"app.range.high.{kind}", lang),
            lang,
            percent=percent and not p.per_band,
            decimals=decimals,
            low=value,
        )
