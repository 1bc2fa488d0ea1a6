"""The print assumptions in a burgerpanel's words: one sentence to hold against the
gemeente's own reader survey, with the published panels beside it and the figures per age band."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..formatting import fmt_pct
from ..i18n import band_label, t
from ..model import ReachModel
from ..plan_sentences import survey_sentences
from ..planning import SurveyReading, survey_terms


def survey_rows(reading: SurveyReading, lang: str) -> list[dict[str, str]]:
    """Per target band: (almost) every week, sometimes, never or no paper, as shares of the band."""
    return [
        {
            t("app.survey.col.band", lang): band_label(band, lang),
            t("app.survey.col.every_week", lang): fmt_pct(terms.every_week, lang, 0),
            t("app.survey.col.sometimes", lang): fmt_pct(terms.sometimes, lang, 0),
            t("app.survey.col.never", lang): fmt_pct(terms.never_or_not_received, lang, 0),
        }
        for band, terms in reading.by_band.items()
    ]


def survey_ui(model: ReachModel, lang: str) -> None:
    """The sentence, the published panels, and a table per age band in an expander."""
    reading = survey_terms(model)  # computed once for the sentence and the table
    sentence, panels = survey_sentences(reading, model.target_bands, lang)
    st.markdown(f"**{t('app.survey.heading', lang)}**")
    st.info(f"{sentence} {panels}")
    with st.expander(t("app.survey.by_band", lang)):
        st.dataframe(pd.DataFrame(survey_rows(reading, lang)), hide_index=True)
        st.caption(t("app.survey.hint", lang))
