"""Reach per age band: grouped bars per channel."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

from ..formatting import D3_PCT, fmt_int, fmt_pct
from ..i18n import band_label, t
from ..vegalite import channel, tooltips
from .context import as_context, as_sentence, finish_chart
from .style import (
    BOTH_COLOR,
    PRINT_COLOR,
    SCREEN_SIZES,
    SOCIAL_COLOR,
    fill_legend,
    grouped_bars,
    series_style,
    style_names,
)


def age_band_chart(
    band_rows: Iterable[Mapping], lang: str, context, *, width: int | None = None, height: int | None = None
):
    """Reach (% of the band's residents) per age band, grouped bars for print, social and either.

    ``band_rows`` is :meth:`budgetsim.model.Evaluation.band_rows` (or dicts with the same keys:
    ``band, target_population, reached, reached_print, reached_social``).
    """
    ctx = as_context(context)
    w, h = width or SCREEN_SIZES["age"][0], height or SCREEN_SIZES["age"][1]
    channels = [
        ("print", "reached_print", PRINT_COLOR),
        ("social", "reached_social", SOCIAL_COLOR),
        ("either", "reached", BOTH_COLOR),
    ]
    rows, band_order = [], []
    for row in band_rows:
        label = band_label(row["band"], lang)
        band_order.append(label)
        pop = float(row["target_population"])
        for key, field, _ in channels:
            share = float(row[field]) / pop if pop > 0 else 0.0
            rows.append(
                {
                    "band": label,
                    "channel": t(f"chart.age.{key}", lang),
                    "share": share,
                    "share_txt": fmt_pct(share, lang, 0),
                    "reached_txt": fmt_int(row[field], lang),
                    "pop_txt": fmt_int(pop, lang),
                }
            )
    data = pd.DataFrame(rows)
    channel_order = [t(f"chart.age.{k}", lang) for k, _, _ in channels]
    x = channel(
        "band",
        "N",
        title=t("chart.age.x", lang),
        sort=band_order,
        axis={"labelAngle": 0, "labelLimit": 200, "ticks": False},
    )
    offset = channel("channel", "N", sort=channel_order, scale={"paddingInner": 0.08})
    y = channel(
        "share", "Q", title=t("chart.age.y", lang), scale={"domain": [0, 1]}, axis={"format": D3_PCT, "tickCount": 5}
    )
    style = series_style("channel", channel_order, [c for _, _, c in channels])
    legend = fill_legend(channel_order, [c for _, _, c in channels], x0=0, bottom=-16, width=w)
    tooltip = tooltips(
        ("band", t("chart.age.x", lang)),
        ("channel", " "),
        ("share_txt", t("metric.reach_share", lang)),
        ("reached_txt", t("chart.age.tooltip_reached", lang)),
        ("pop_txt", t("chart.age.tooltip_population", lang)),
    )
    chart = grouped_bars(data, x, offset, y, style, tooltip, 10 if w >= 450 else 9, w, h, legend)
    per_band = [
        "{}: {}".format(band, ", ".join(f"{r['channel']} {r['share_txt']}" for r in rows if r["band"] == band))
        for band in band_order
    ]
    description = t(
        "chart.alt.age",
        lang,
        title=as_sentence(t("chart.age.title", lang)),
        styles=style_names(channel_order, lang),
        rows="; ".join(per_band),
    )
    return finish_chart(chart, lang, ctx, t("chart.age.title", lang), width=w, description=description)
