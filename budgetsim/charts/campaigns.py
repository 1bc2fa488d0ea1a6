"""The year as campaigns: a bar per campaign over weeks 1–52, and a campaign's target group in words."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from ..bands import TARGETABLE_BANDS
from ..formatting import fmt_eur, fmt_pct
from ..i18n import t
from ..model import WEEKS_PER_YEAR, ReachModel
from ..vegalite import channel, records, tooltips
from .context import as_context, as_sentence, finish_chart
from .style import SOCIAL_COLOR, TEXT_COLOR, text_px

#: Width (px) of the timeline's plot; each campaign gets a row of :data:`ROW_PX`.
TIMELINE_WIDTH = 600
ROW_PX = 30
#: Named areas listed in a target group's words; more are counted.
AREAS_LISTED = 3
FONT_PX = 11


def and_list(items: Sequence[str], lang: str) -> str:
    """``A``, ``A en B``, ``A, B en C``."""
    if len(items) <= 1:
        return "".join(items)
    return t("campaigns.words.and", lang, first=", ".join(items[:-1]), last=items[-1])


def bands_words(bands: Sequence[str], lang: str) -> str:
    """A campaign's age groups, each run of adjacent groups as one span: ``15–44 jaar``,
    ``15–24 en 45–64 jaar``, ``iedereen vanaf 15 jaar``."""
    order = [b for b in TARGETABLE_BANDS if b in bands]
    if order == list(TARGETABLE_BANDS):
        return t("campaigns.words.everyone", lang)
    runs: list[list[str]] = []
    for band in order:
        if runs and TARGETABLE_BANDS.index(band) == TARGETABLE_BANDS.index(runs[-1][-1]) + 1:
            runs[-1].append(band)
        else:
            runs.append([band])
    spans = []
    for run in runs:
        low = run[0].split("-")[0].rstrip("+")
        spans.append(f"{low}+" if run[-1] == "65+" else f"{low}–{run[-1].split('-')[1]}")
    return t("campaigns.words.ages", lang, ages=and_list(spans, lang))


def areas_words(area_names: Sequence[str] | None, level: str | None, lang: str) -> str:
    """Where: ``in de hele gemeente``, ``in Wielwijk en Crabbehof``, or ``in 5 wijken``."""
    if area_names is None:
        return t("campaigns.words.everywhere", lang)
    if len(area_names) <= AREAS_LISTED:
        return t("campaigns.words.in", lang, areas=and_list(list(area_names), lang))
    kind = "buurten" if level == "buurt" else "wijken"
    return t(f"campaigns.words.in_{kind}", lang, n=len(area_names))


def weeks_text(first: int, last: int, lang: str, bare: bool = False) -> str:
    """A campaign's weeks: "week 10–13", or "week 17" for one week; ``bare``: "10–13", "17" (a
    table's column says "Weken")."""
    if bare:
        return str(first) if first == last else t("proposal.campaigns.weeks", lang, first=first, last=last)
    return (
        t("campaigns.chart.week", lang, week=first)
        if first == last
        else t("campaigns.chart.weeks", lang, first=first, last=last)
    )


def target_group_text(bands: Sequence[str], area_names: Sequence[str] | None, level: str | None, lang: str) -> str:
    """A campaign's target group in words: ``15–24 jaar in Wielwijk``."""
    return f"{bands_words(bands, lang)} {areas_words(area_names, level, lang)}"


def short_area_name(name: str) -> str:
    """An area's name without the CBS number in front: ``Wijk 09 Sterrenburg`` -> ``Sterrenburg``."""
    return re.sub(r"^(Wijk|Buurt)\s+\d+\s+", "", name).strip() or name


def area_names(model: ReachModel) -> dict[str, str]:
    """Every code a campaign may name -> its short name (:func:`short_area_name`): the pooled ad sets,
    the wijken (at buurt level) and the areas."""
    areas, sets = model.areas, model.ad_sets
    names = dict(zip(sets.ids, sets.names))
    if areas.wijk_codes is not None and areas.wijk_names is not None:
        names.update(zip(areas.wijk_codes, areas.wijk_names))
    names.update(zip(areas.codes, areas.names))
    return {code: short_area_name(name) for code, name in names.items()}


def campaign_timeline(
    rows: Sequence[Mapping], lang: str, context, *, plan_year: int | None = None, width: int | None = None
):
    """A bar per campaign from its first to its last week (1–52), labelled with its target group.

    ``rows`` per campaign: ``name``, ``weeks`` (first, last), ``target`` (its target group in words,
    :func:`target_group_text`), ``social_eur``, ``in_paper``, ``example`` (an example to start from)
    and ``reach_share`` (of its own target, or None). The campaigns keep their order (top to bottom).
    """
    ctx = as_context(context)
    w = width or TIMELINE_WIDTH
    h = ROW_PX * max(1, len(rows))
    data = []
    for row in rows:
        first, last = (int(x) for x in row["weeks"])
        name = str(row["name"])
        label = t("campaigns.chart.example", lang, name=name) if row.get("example") else name
        share = row.get("reach_share")
        # the target group's words after the bar, or before it when the bar runs to the year's end
        room_after = (WEEKS_PER_YEAR + 1 - (last + 1)) / WEEKS_PER_YEAR * w
        data.append(
            {
                "label": label,
                "first": first,
                "end": last + 1,  # a bar covers its last week whole
                "weeks_txt": weeks_text(first, last, lang),
                "target_txt": str(row["target"]),
                "eur_txt": fmt_eur(float(row["social_eur"]), lang),
                "paper_txt": t(
                    "campaigns.chart.paper_yes" if row.get("in_paper") else "campaigns.chart.paper_no", lang
                ),
                "reach_txt": "–" if share is None else fmt_pct(float(share), lang, 0),
                "after": room_after >= text_px(str(row["target"]), FONT_PX) + 6,
            }
        )
    order = [d["label"] for d in data]
    x_title = t("campaigns.chart.x", lang) + (f" ({plan_year})" if plan_year else "")
    x = channel(
        "first",
        "Q",
        title=x_title,
        scale={"domain": [1, WEEKS_PER_YEAR + 1], "nice": False},
        axis={"values": [1, 5, 9, 14, 18, 22, 27, 31, 35, 40, 44, 48, 52], "format": "d", "grid": True},
    )
    y = channel("label", "N", title=None, sort=order, axis={"labelLimit": 280, "ticks": False})
    tip = tooltips(
        ("label", t("campaigns.col.name", lang)),
        ("weeks_txt", t("campaigns.chart.when", lang)),
        ("target_txt", t("campaigns.chart.target", lang)),
        ("eur_txt", t("campaigns.col.social_eur", lang)),
        ("paper_txt", t("campaigns.col.in_paper", lang)),
        ("reach_txt", t("campaigns.fig.reach_share", lang)),
    )
    bars = {
        "mark": {"type": "bar", "color": SOCIAL_COLOR, "cornerRadius": 2, "height": {"band": 0.6}},
        "encoding": {"x": x, "x2": {"field": "end"}, "y": y, "tooltip": tip},
    }

    def words(after: bool) -> dict:
        return {
            "transform": [{"filter": f"{'' if after else '!'}datum.after"}],
            "mark": {
                "type": "text",
                "align": "left" if after else "right",
                "dx": 4 if after else -4,
                "fontSize": FONT_PX,
                "color": TEXT_COLOR,
            },
            "encoding": {"x": channel("end" if after else "first", "Q"), "y": y, "text": channel("target_txt", "N")},
        }

    plot: dict[str, Any] = {"data": {"values": records(pd.DataFrame(data))}, "layer": [bars, words(True), words(False)]}
    plot.update(width=w, height=h)
    description = t(
        "campaigns.chart.alt",
        lang,
        title=as_sentence(t("campaigns.chart.title", lang)),
        n=len(data),
        rows="; ".join(f"{d['label']}: {d['weeks_txt']}, {d['target_txt']}, {d['eur_txt']}" for d in data),
    )
    return finish_chart(plot, lang, ctx, t("campaigns.chart.title", lang), width=w, description=description)
