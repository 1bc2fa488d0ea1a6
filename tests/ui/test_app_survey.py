"""The print assumptions in a reader survey's words, on the assumptions tab."""

from __future__ import annotations

from dataclasses import replace

from budgetsim.formatting import fmt_pct
from budgetsim.i18n import band_label, t
from budgetsim.plan_sentences import survey_sentences
from budgetsim.planning import survey_terms
from budgetsim.ui.survey_words import survey_rows
from tests.ui.apptest import fresh, open_tab, run


def test_rows_per_band_are_the_models_survey_terms(dordrecht_model):
    reading = survey_terms(dordrecht_model)
    rows = survey_rows(reading, "nl")
    assert [r[t("app.survey.col.band", "nl")] for r in rows] == [band_label(b, "nl") for b in reading.by_band]
    young = rows[0]
    assert young[t("app.survey.col.every_week", "nl")] == fmt_pct(reading.by_band["15-24"].every_week, "nl", 0)
    assert young[t("app.survey.col.never", "nl")] == fmt_pct(reading.by_band["15-24"].never_or_not_received, "nl", 0)


def test_rows_follow_the_assumptions(dordrecht_model):
    """More loyal readers: more read every week, more never (the same page_seen, concentrated)."""
    loyal = replace(dordrecht_model, assumptions=dordrecht_model.assumptions.with_value("print.loyalty", 0.9))
    before, after = survey_terms(dordrecht_model).total, survey_terms(loyal).total
    assert after.every_week > before.every_week and after.never_or_not_received > before.never_or_not_received


def test_the_assumptions_tab_says_it_in_survey_words(dordrecht_model):
    at = fresh()
    open_tab(at, t("app.tab.assumptions", "nl"))
    sentence, panels = survey_sentences(survey_terms(dordrecht_model), dordrecht_model.target_bands, "nl")
    shown = [i.value for i in at.info]
    assert any(sentence in text and panels in text for text in shown), shown
    run(at.text_input(key="w:a:print.loyalty").input("0,9"))  # typed as the user writes it
    assert not any(sentence in i.value for i in at.info), "the sentence did not follow the assumption"
