"""Which assumption matters most: the tornado chart of the reach at each end of every assumption's range."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..assumption_text import assumption_value_text
from ..assumptions import PARAMETER_BY_KEY
from ..formatting import D3_INT, fmt_int
from ..i18n import t
from ..uncertainty import SensitivityRow
from ..vegalite import channel, records, tooltips
from .context import as_context, as_sentence, finish_chart
from .style import HIGH_END_COLOR, LOW_END_COLOR, SCREEN_SIZES, TEXT_COLOR, fill_legend, series_style, text_px


def parameter_label(key: str, lang: str) -> str:
    """The readable name of an assumption (its key when unknown)."""
    parameter = PARAMETER_BY_KEY.get(key)
    return parameter.label(lang) if parameter else key


def _sensitivity_row(row) -> dict:
    """A row of the tornado chart from a :class:`budgetsim.uncertainty.SensitivityRow` (or the dict
    of its ``to_dict()``)."""
    if isinstance(row, Mapping):
        return dict(row)
    return {
        "parameter": row.parameter,
        "low_value": row.low_value,
        "high_value": row.high_value,
        "reached_at_low": row.reached_at_low,
        "reached_at_high": row.reached_at_high,
    }


def _tornado_point(rows: Sequence[Mapping]) -> float:
    """Reach with every assumption at its value, as far as the rows tell: a row whose ends reach the
    same number has it exactly; otherwise the middle of what all bars share (each bar of a
    monotone effect contains the point)."""
    for row in rows:
        if abs(float(row["reached_at_high"]) - float(row["reached_at_low"])) < 1e-9:
            return float(row["reached_at_low"])
    lo = max(min(float(r["reached_at_low"]), float(r["reached_at_high"])) for r in rows)
    hi = min(max(float(r["reached_at_low"]), float(r["reached_at_high"])) for r in rows)
    if lo <= hi:
        return 0.5 * (lo + hi)
    return float(np.median([0.5 * (float(r["reached_at_low"]) + float(r["reached_at_high"])) for r in rows]))


def tornado_chart(
    sensitivity: Sequence[SensitivityRow | Mapping],
    lang: str,
    context,
    *,
    point_reached: float | None = None,
    width: int | None = None,
    height: int | None = None,
):
    """Which assumption matters most: per assumption a bar from the residents reached with it at
    the low end of its range to those reached at the high end, the others as chosen.

    ``sensitivity`` is ``UncertaintyResult.sensitivity`` (:class:`~budgetsim.uncertainty.SensitivityRow`
    objects; the dicts of its ``to_dict()`` still work); the largest swing is
    on top, the readable name of each assumption beside its bar. Each bar runs from a vertical rule
    at ``point_reached`` (the plan with every assumption as chosen, e.g. ``Evaluation.total
    ("reached")``; left out, it is read from the bars, see :func:`_tornado_point`) to either end,
    in the colour of that end; the parameter's value at each end is written at the end of the bar.
    ``width`` is the width of the bars' area (the names come on top of it).
    """
    ctx = as_context(context)
    rows = sorted(
        (_sensitivity_row(r) for r in sensitivity),
        key=lambda r: abs(float(r["reached_at_high"]) - float(r["reached_at_low"])),
        reverse=True,
    )
    if not rows:
        raise ValueError("tornado: no sensitivity rows (run the uncertainty analysis first)")
    w = width or SCREEN_SIZES["tornado"][0]
    h = height or int(round((22 if w >= 300 else 18) * len(rows)))
    point = float(point_reached) if point_reached is not None else _tornado_point(rows)
    end_labels = {"low": t("chart.tornado.low", lang), "high": t("chart.tornado.high", lang)}
    order, segments = [], []
    for row in rows:
        key = str(row["parameter"])
        label = parameter_label(key, lang)
        order.append(label)
        row_ends: list[dict[str, Any]] = []
        for end in ("low", "high"):
            reached = float(row[f"reached_at_{end}"])
            if reached > point + 1e-9:
                side = "right"
            elif reached < point - 1e-9:
                side = "left"
            else:
                side = "left" if end == "low" else "right"
            row_ends.append(
                {
                    "label": label,
                    "end": end_labels[end],
                    "from": point,
                    "to": reached,
                    "side": side,
                    "length": abs(reached - point),
                    "value_txt": assumption_value_text(key, row[f"{end}_value"], lang),
                    "reached_txt": fmt_int(reached, lang),
                    "diff_txt": fmt_int(reached - point, lang, signed=True),
                }
            )
        if row_ends[0]["side"] == row_ends[1]["side"]:  # both ends on one side: the shorter bar on top
            row_ends.sort(key=lambda e: -e["length"])
        segments.extend(row_ends)
    seg = pd.DataFrame(segments)
    names_px = min(max(text_px(label, 11) for label in order), 300) + 8  # the names left of the bars
    # x domain: the bars plus room for the value labels at their ends
    tos = seg["to"].to_numpy(float)
    lo, hi = min(tos.min(), point), max(tos.max(), point)
    widths = [(text_px(v, 10) + 8, sd) for v, sd in zip(seg["value_txt"], seg["side"])]
    left_px = max([x for x, sd in widths if sd == "left"] or [0.0])
    right_px = max([x for x, sd in widths if sd == "right"] or [0.0])
    room = min((left_px + right_px) / w, 0.7)
    if hi > lo:
        total = (hi - lo) / (1.0 - room)
        x0 = lo - left_px / w * total
        domain = [x0, x0 + total]
    else:  # nothing changes the reach: a narrow window around the point
        half = max(abs(point) * 0.05, 1.0)
        domain = [point - half, point + half]
    x = channel(
        "from",
        "Q",
        title=t("chart.tornado.x", lang),
        scale={"domain": domain, "nice": False, "zero": False},
        axis={
            "format": D3_INT,
            "tickCount": max(3, min(6, w // 70)),
            "labelFlush": True,
            "labelOverlap": True,
            "grid": True,
        },
    )
    y = channel(
        "label",
        "N",
        sort=order,
        title=None,
        scale={"domain": order, "paddingInner": 0.3, "paddingOuter": 0.15},
        axis={
            "labelLimit": 300,
            "ticks": False,
            "domain": False,
            "labelPadding": 8,
            "labelFontSize": 11,
            "grid": False,
        },
    )
    ends, end_colors = [end_labels["low"], end_labels["high"]], [LOW_END_COLOR, HIGH_END_COLOR]
    style = series_style("end", ends, end_colors)
    tooltip = tooltips(
        ("label", t("chart.tornado.tooltip_parameter", lang)),
        ("end", " "),
        ("value_txt", t("chart.tornado.tooltip_value", lang)),
        ("reached_txt", t("chart.tornado.x", lang)),
        ("diff_txt", t("chart.tornado.tooltip_diff", lang)),
    )
    layers = [
        {
            "data": {"values": records(seg)},
            "mark": {"type": "bar", "cornerRadius": 1, "strokeWidth": 1.5},
            "encoding": {"x": x, "x2": {"field": "to"}, "y": y, **style, "tooltip": tooltip},
        }
    ]
    for side, align, dx in (("left", "right", -4), ("right", "left", 4)):
        part = seg[seg["side"] == side]
        if not part.empty:
            layers.append(
                {
                    "data": {"values": records(part)},
                    "mark": {
                        "type": "text",
                        "align": align,
                        "baseline": "middle",
                        "dx": dx,
                        "fontSize": 10,
                        "color": TEXT_COLOR,
                    },
                    "encoding": {
                        "x": channel("to", "Q"),
                        "y": channel("label", "N", sort=order),
                        "text": channel("value_txt", "N"),
                    },
                }
            )
    point_text = t("chart.tornado.point", lang, n=fmt_int(point, lang))
    point_data = {"values": [{"from": point, "text": point_text}]}
    layers.append(
        {
            "data": point_data,
            "mark": {"type": "rule", "color": TEXT_COLOR, "strokeWidth": 1.2},
            "encoding": {"x": channel("from", "Q")},
        }
    )
    point_px = (point - domain[0]) / (domain[1] - domain[0]) * w
    text_w = text_px(point_text, 10, bold=True)
    align = "center"
    if point_px + text_w / 2 > w:
        align = "right"
    if point_px - text_w / 2 < -names_px:
        align = "left"
    layers.append(
        {
            "data": point_data,
            "mark": {
                "type": "text",
                "align": align,
                "baseline": "bottom",
                "dy": -4,
                "fontSize": 10,
                "color": TEXT_COLOR,
                "fontWeight": "bold",
            },
            "encoding": {"x": channel("from", "Q"), "y": {"value": 0}, "text": channel("text", "N")},
        }
    )
    layers += fill_legend(ends, end_colors, x0=-names_px, bottom=-24, width=w + names_px, font_size=10)
    chart = {"layer": layers, "width": w, "height": h}
    top = [
        t(
            "chart.alt.tornado.row",
            lang,
            label=label,
            low=float(row["reached_at_low"]),
            high=float(row["reached_at_high"]),
        )
        for label, row in zip(order[:3], rows[:3])
    ]
    description = t(
        "chart.alt.tornado", lang, title=as_sentence(t("chart.tornado.title", lang)), n=point, top="; ".join(top)
    )
    return finish_chart(
        chart,
        lang,
        ctx,
        t("chart.tornado.title", lang),
        width=w,
        note=t("chart.tornado.note", lang),
        footer_offset=-int(names_px),
        description=description,
    )
