"""A plan in sentences: its pessimistic reading (P10) and the print assumptions in a burgerpanel's
words, beside the published panels."""

from __future__ import annotations

import numpy as np

from .bands import TARGETABLE_BANDS
from .formatting import fmt_int, fmt_pct
from .i18n import band_label, t
from .planning import PUBLISHED_PANELS
from .uncertainty import UncertaintyResult


def pessimistic_sentence(uncertainty: UncertaintyResult, evaluation, lang: str) -> str:
    """ "Even in the pessimistic case (P10) this plan reaches N residents[, M young people aged
    15–24 through social media]": the young only when 15–24 is in the target group and the plan
    spends on social media."""
    n = fmt_int(uncertainty.totals["reached"].p10, lang)
    young = uncertainty.bands.get("15-24", {}).get("reached_social")
    if young is not None and float(np.sum(evaluation.social_eur)) > 0:
        return t("pdf.unc.sentence_young", lang, n=n, young=fmt_int(young.p10, lang))
    return t("pdf.unc.sentence", lang, n=n)


def survey_sentences(reading, target_bands, lang: str) -> tuple[str, str]:
    """The print assumptions in a burgerpanel's words (over four issues: (almost) every week,
    sometimes, never or not received) and the published panels to hold them against.

    ``reading`` is a :class:`budgetsim.planning.SurveyReading`; shares are of the target group."""
    if tuple(target_bands) == TARGETABLE_BANDS:
        group = t("survey.group.all", lang)
    else:
        group = t("survey.group.bands", lang, bands=", ".join(band_label(b, lang) for b in target_bands))

    def pct(share: float) -> str:
        return fmt_pct(share, lang, 0)

    total = reading.total
    panels = [
        t(
            "survey.panel.both" if p.sometimes is not None else "survey.panel.weekly",
            lang,
            gemeente=p.gemeente,
            every_week=pct(p.every_week),
            sometimes=pct(p.sometimes) if p.sometimes is not None else "",
        )
        for p in PUBLISHED_PANELS
    ]
    return (
        t(
            "survey.sentence",
            lang,
            every_week=pct(total.every_week),
            group=group,
            sometimes=pct(total.sometimes),
            never=pct(total.never_or_not_received),
        ),
        t("survey.panels", lang, panels="; ".join(panels)),
    )
