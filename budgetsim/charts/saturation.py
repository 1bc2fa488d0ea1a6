"""Saturation curves: reach against the budget per channel, with "Nu", the plan and the P10–P90 band."""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from ..curves import BASELINE_SOCIAL_EUR
from ..formatting import D3_EUR, D3_PCT, fmt_eur, fmt_int, fmt_pct
from ..i18n import t
from ..vegalite import channel, records, tooltips
from .context import as_context, as_sentence, finish_chart
from .style import (
    BAND_OPACITY,
    BOTH_COLOR,
    LINE_DASHES,
    MUTED_COLOR,
    PRINT_COLOR,
    SCREEN_SIZES,
    SOCIAL_COLOR,
    line_legend,
    text_px,
)

Curves = dict[str, tuple[np.ndarray, np.ndarray]]


def _curves(df: pd.DataFrame) -> Curves:
    """``{series: (budgets, reach shares)}`` sorted by budget, from
    :func:`budgetsim.curves.saturation_curve_data`."""
    out = {}
    names = df["series"].to_numpy()
    budgets = df["budget_eur"].to_numpy(float)
    shares = df["reach_share"].to_numpy(float)
    for series in ("print", "social", "combined"):
        mine = names == series
        if mine.any():
            x = budgets[mine]
            order = np.argsort(x, kind="stable")
            out[series] = (x[order], shares[mine][order])
    return out


def _curve_at(curves: Curves, series: str, budget: float) -> float | None:
    if series not in curves:
        return None
    x, y = curves[series]
    if budget < x[0] or budget > x[-1]:
        return None
    return float(np.interp(budget, x, y))


def _rule_label_anchor(
    curves: Curves, px: float, side: str, length: float, w: int, h: int, max_budget: float
) -> tuple[str, bool]:
    """ "bottom" (label rises from the x axis) or "top" (hangs from the top) for a rotated label beside
    the rule at ``px``: the end where no curve crosses it, else the end with more room; and whether
    it fits without crossing a curve."""
    xs = np.linspace(max(px - 14, 0) if side == "left" else px, min(px, w) if side == "left" else min(px + 14, w), 6)
    per_curve = [(1 - np.interp(xs / w * max_budget, bx, by)) * h for bx, by in curves.values()]
    if not per_curve:
        return "bottom", True
    ys = np.concatenate(per_curve)
    room_bottom, room_top = h - ys.max(), ys.min()
    if room_bottom >= length:
        return "bottom", True
    if room_top >= length:
        return "top", True
    return ("bottom" if room_bottom >= room_top else "top"), False


def _place_label(
    curves: Curves, px: float, py: float, x0: float, text_w: float, w: int, h: int, max_budget: float, obstacles
) -> tuple[float, float, bool]:
    """Where to put a one-line label for the point (px, py): (left x, top y) in px and whether it
    needs a leader line. It starts at ``x0`` (or a little further right if that clears the steep
    start of the curves), at the height nearest to the point where no curve and no rule label
    crosses it; where no place is clear, the one with the fewest crossings."""
    line_h = 14.0
    dys = np.array([6.0 + 6 * k for k in range(0, int(h / 6))] + [-line_h - 6.0 - 6 * k for k in range(0, int(h / 6))])
    tops = py + dys
    inside = (tops >= 0) & (tops + line_h <= h - 2)
    shifts = [s for s in (0.0, 12.0, 24.0, 48.0) if x0 + s + text_w <= w or s == 0.0]
    best = None
    for shift in shifts:
        lx0, lx1 = x0 + shift - 2, x0 + shift + text_w + 2
        xs_eur = np.linspace(max(lx0, 0), min(lx1, w), 32) / w * max_budget
        ys = np.array([(1 - np.interp(xs_eur, bx, by)) * h for bx, by in curves.values()]).reshape(1, -1)
        # per height: the curve samples inside the label's box, and 100 per rule label it overlaps
        hits = np.sum((ys >= tops[:, None] - 3) & (ys <= tops[:, None] + line_h + 3), axis=1)
        for ox0, ox1, oy0, oy1 in obstacles:
            if ox0 < lx1 and ox1 > lx0:
                hits = hits + 100 * ((oy0 < tops + line_h) & (oy1 > tops))
        for j in np.flatnonzero(inside):
            key = (int(hits[j]), abs(dys[j]) + 2 * shift)
            if best is None or key < best[0]:
                best = (key, x0 + shift, float(tops[j]), bool(abs(dys[j]) > 10 or shift > 0))
    if best is None:
        return x0, py + 6.0, False
    return best[1], best[2], best[3]


@lru_cache(maxsize=8192)
def _text(kind: str, value: float, lang: str) -> str:
    """``fmt_eur``, ``fmt_pct`` or ``fmt_int`` of a value, remembered: a slider move redraws the
    same budgets and the same print and social curves."""
    if kind == "eur":
        return fmt_eur(value, lang)
    return fmt_pct(value, lang) if kind == "pct" else fmt_int(value, lang)


def _number(value) -> float | None:
    """A finite number as a Python float, else None (JSON null)."""
    value = float(value)
    return value if math.isfinite(value) else None


def _chart_rows(
    df: pd.DataFrame, bands: pd.DataFrame | None, labels: dict[str, str], lang: str
) -> tuple[list[dict], list[dict] | None]:
    """The rows of the ``curves`` data set (a curve point with its tooltip texts) and of the
    ``bands`` data set (None without bands; rows of unknown series left out)."""
    budgets = df["budget_eur"].to_numpy(float).tolist()
    shares = df["reach_share"].to_numpy(float).tolist()
    lines = [labels.get(s) for s in df["series"]]
    rows = [
        {
            "line": line,
            "budget": _number(b),
            "share": _number(share),
            "budget_txt": _text("eur", b, lang),
            "share_txt": _text("pct", share, lang),
            "reached_txt": _text("int", reached, lang),
        }
        for line, b, share, reached in zip(lines, budgets, shares, df["reached"].to_numpy(float).tolist())
    ]
    if bands is None or not len(bands):
        return rows, None
    points = [
        (labels[s], b, lo, hi)
        for s, b, lo, hi in zip(
            bands["series"],
            bands["budget_eur"].to_numpy(float).tolist(),
            bands["p10"].to_numpy(float).tolist(),
            bands["p90"].to_numpy(float).tolist(),
        )
        if s in labels
    ]
    band_rows = [
        {"line": line, "budget": _number(b), "p10": _number(lo), "p90": _number(hi)} for line, b, lo, hi in points
    ]
    # the range in the curves' tooltip, where a band point sits on a curve point
    texts = {(line, round(b, 6)): f"{_text('pct', lo, lang)} – {_text('pct', hi, lang)}" for line, b, lo, hi in points}
    for row, b in zip(rows, budgets):
        row["band_txt"] = texts.get((str(row["line"]), round(b, 6)), "")
    return rows, band_rows


def saturation_chart(
    df: pd.DataFrame,
    current_print: float,
    current_social: float,
    lang: str,
    context,
    *,
    baseline_social_eur: float | None = BASELINE_SOCIAL_EUR,
    plan_total: float | None = None,
    width: int | None = None,
    height: int | None = None,
    bands: pd.DataFrame | None = None,
):
    """Reach (% of the target group) against budget (€) for print alone, social alone and both.

    ``df`` comes from :func:`budgetsim.curves.saturation_curve_data`. Grey vertical rules mark the current print,
    social and total budgets ("Nu", what the gemeente does now) and, when ``plan_total`` is given, the plan's
    total on the combined curve; a labelled point marks what ``baseline_social_eur`` (€5,000) buys on
    social media alone. ``bands`` (from :func:`budgetsim.curves.saturation_bands_data`) adds a translucent P10–P90
    area around each curve in its colour, under the lines, and a caption that says what it is.
    """
    ctx = as_context(context)
    w, h = width or SCREEN_SIZES["saturation"][0], height or SCREEN_SIZES["saturation"][1]
    labels = {s: t(f"chart.saturation.{s}", lang) for s in ("print", "social", "combined")}
    colors = {"print": PRINT_COLOR, "social": SOCIAL_COLOR, "combined": BOTH_COLOR}
    order = ["print", "social", "combined"]
    data, band_data = _chart_rows(df, bands, labels, lang)
    max_budget = float(df["budget_eur"].max()) if len(df) else 1.0
    curves = _curves(df)
    x = channel(
        "budget",
        "Q",
        title=t("chart.saturation.x", lang),
        scale={"domain": [0, max_budget], "nice": False},
        axis={"format": D3_EUR, "tickCount": max(3, min(6, w // 85)), "labelFlush": True, "labelOverlap": True},
    )
    y = channel(
        "share",
        "Q",
        title=t("chart.saturation.y", lang),
        scale={"domain": [0, 1]},
        axis={"format": D3_PCT, "tickCount": 5},
    )
    # no Vega-Lite legend: with the dash patterns merged in, the browser laid it out far wider than the
    # chart; :func:`line_legend` draws it as marks instead, with colour AND dash
    color = channel(
        "line",
        "N",
        title=None,
        scale={"domain": [labels[s] for s in order], "range": [colors[s] for s in order]},
        legend=None,
    )
    datasets = {"curves": data}  # named once at the top: the layers share it
    # the lines differ by dash pattern too (solid, dashes, dots): colour never says it alone
    dash = channel(
        "line",
        "N",
        title=None,
        scale={"domain": [labels[s] for s in order], "range": [LINE_DASHES[s] for s in order]},
        legend=None,
    )
    # the combined line under the others, wider and dotted: where it equals the paper's (no social
    # budget) or the social line, both stay visible. Not translucent: at half opacity its green had
    # 1.7:1 against white, below the 3:1 a line that carries meaning needs (WCAG 1.4.11)
    combined = {
        "data": {"name": "curves"},
        "transform": [{"filter": {"field": "line", "equal": labels["combined"]}}],
        "mark": {"type": "line", "strokeWidth": 5, "interpolate": "monotone"},
        # no legend of its own: the lines' legend lists all three (the scales' domains), and
        # Streamlit's Vega-Lite would draw a second, grey legend beside the first
        "encoding": {"x": x, "y": y, "color": {**color, "legend": None}, "strokeDash": {**dash, "legend": None}},
    }
    lines = {
        "data": {"name": "curves"},
        "transform": [{"filter": {"field": "line", "oneOf": [labels["print"], labels["social"]]}}],
        "mark": {"type": "line", "strokeWidth": 2.5, "interpolate": "monotone"},
        "encoding": {"x": x, "y": y, "color": color, "strokeDash": dash},
    }
    hover = {
        "data": {"name": "curves"},
        "mark": {"type": "point", "size": 90, "opacity": 0, "filled": True},
        "encoding": {
            "x": x,
            "y": y,
            "color": channel("line", "N", legend=None),
            "tooltip": tooltips(
                ("line", t("chart.saturation.tooltip_line", lang)),
                ("budget_txt", t("chart.saturation.tooltip_budget", lang)),
                ("share_txt", t("chart.saturation.tooltip_share", lang)),
                ("reached_txt", t("chart.saturation.tooltip_reached", lang)),
                *([("band_txt", t("chart.saturation.band_tooltip", lang))] if band_data is not None else []),
            ),
        },
    }
    budget_x = channel("budget", "Q")
    # current budgets: a rule per budget, its label written up along the rule from the x axis,
    # and the point on the curve
    marks: list[dict[str, Any]] = []
    total_now = (current_print or 0.0) + (current_social or 0.0)
    for series, key, budget in (
        ("print", "now_print", current_print),
        ("social", "now_social", current_social),
        ("combined", "now_total", total_now),
        ("combined", "plan_total", plan_total),
    ):
        if budget is None or budget <= 0 or budget > max_budget:
            continue
        if key == "now_total" and (plan_total is not None or not current_print or not current_social):
            continue  # the total equals the one budget that is not zero (already marked), or the plan is marked
        px = budget / max_budget * w
        # a label that would touch the previous rule's label goes on the other side of its rule
        side = "right" if any(abs(px - m["px"]) < 14 and m["side"] == "left" for m in marks) else "left"
        # the full label where it fits beside the curves, else the name alone (the axis gives the amount)
        name = t("chart.saturation." + key, lang)
        for label in (f"{name}: {fmt_eur(budget, lang)}", name):
            anchor, fits = _rule_label_anchor(curves, px, side, text_px(label, 10) + 8, w, h, max_budget)
            if fits:
                break
        else:
            label = f"{name}: {fmt_eur(budget, lang)}"
            anchor, _ = _rule_label_anchor(curves, px, side, text_px(label, 10) + 8, w, h, max_budget)
        marks.append(
            {
                "budget": float(budget),
                "px": px,
                "side": side,
                "anchor": anchor,
                "share": _curve_at(curves, series, budget),
                "label": label,
                "name": name,
                "color": colors[series],
            }
        )
    layers = [
        combined,
        lines,
        hover,
        *line_legend(
            [labels[s] for s in order],
            [colors[s] for s in order],
            [LINE_DASHES[s] for s in order],
            [5 if s == "combined" else 2.5 for s in order],
            bottom=-14,
            width=w,
        ),
    ]
    obstacles = []  # (x0, x1, y0, y1) in px of the rule labels, for placing the baseline label
    if marks:
        layers.insert(
            0,
            {
                "data": {"values": records(marks)},
                "mark": {"type": "rule", "color": "#9A9A9A", "strokeDash": [4, 3], "strokeWidth": 1},
                "encoding": {"x": budget_x},
            },
        )
        for label_side, label_anchor in sorted({(m["side"], m["anchor"]) for m in marks}):
            part = [m for m in marks if (m["side"], m["anchor"]) == (label_side, label_anchor)]
            layers.append(
                {
                    "data": {"values": records(part)},
                    "mark": {
                        "type": "text",
                        "angle": 270,
                        "align": "left" if label_anchor == "bottom" else "right",
                        "baseline": "bottom" if label_side == "left" else "top",
                        "dx": 4 if label_anchor == "bottom" else -4,
                        "dy": -3 if label_side == "left" else 3,
                        "fontSize": 10,
                        "color": MUTED_COLOR,
                    },
                    "encoding": {
                        "x": budget_x,
                        "y": {"value": h if label_anchor == "bottom" else 0},
                        "text": channel("label", "N"),
                    },
                }
            )
        for m in marks:
            x0 = m["px"] - 16 if m["side"] == "left" else m["px"]
            length = text_px(m["label"], 10) + 4
            y0, y1 = (h - length, h) if m["anchor"] == "bottom" else (0, length)
            obstacles.append((x0, x0 + 16, y0, y1))
        on_curve = [m for m in marks if m["share"] is not None and math.isfinite(m["share"])]
        if on_curve:
            layers.append(
                {
                    "data": {"values": records(on_curve)},
                    "mark": {
                        "type": "point",
                        "size": 70,
                        "filled": True,
                        "opacity": 1,
                        "stroke": "white",
                        "strokeWidth": 1.5,
                    },
                    "encoding": {"x": budget_x, "y": channel("share", "Q"), "color": channel("color", "N", scale=None)},
                }
            )
    if baseline_social_eur and 0 < baseline_social_eur <= max_budget:
        share = _curve_at(curves, "social", baseline_social_eur)
        if share is not None:
            text = t(
                "chart.saturation.baseline",
                lang,
                amount=fmt_eur(baseline_social_eur, lang),
                share=fmt_pct(share, lang, 0),
            )
            px, py = baseline_social_eur / max_budget * w, (1 - share) * h
            text_w = text_px(text, 11, bold=True)
            if px + 6 + text_w <= w:
                x0 = px + 6
            elif px - 6 - text_w >= 0:
                x0 = px - 6 - text_w
            else:
                x0 = max(0.0, w - text_w)
            x0, top, leader = _place_label(curves, px, py, x0, text_w, w, h, max_budget, obstacles)
            baseline = {
                "budget": float(baseline_social_eur),
                "share": share,
                "text": text,
                "label_share": 1 - top / h,
                "label_x": x0 / w * max_budget,
            }
            baseline_data = {"values": records([baseline])}
            if leader:
                layers.append(
                    {
                        "data": baseline_data,
                        "mark": {"type": "rule", "color": SOCIAL_COLOR, "strokeWidth": 1},
                        "encoding": {"x": budget_x, "y": channel("share", "Q"), "y2": {"field": "label_share"}},
                    }
                )
            layers.append(
                {
                    "data": baseline_data,
                    "mark": {
                        "type": "point",
                        "shape": "diamond",
                        "size": 110,
                        "filled": True,
                        "color": SOCIAL_COLOR,
                        "stroke": "white",
                        "strokeWidth": 1.5,
                        "opacity": 1,
                    },
                    "encoding": {"x": budget_x, "y": channel("share", "Q")},
                }
            )
            layers.append(
                {
                    "data": baseline_data,
                    "mark": {
                        "type": "text",
                        "align": "left",
                        "baseline": "top",
                        "fontSize": 11,
                        "fontWeight": "bold",
                        "color": SOCIAL_COLOR,
                    },
                    "encoding": {
                        "x": channel("label_x", "Q"),
                        "y": channel("label_share", "Q"),
                        "text": channel("text", "N"),
                    },
                }
            )
    note = None
    if band_data:
        datasets["bands"] = band_data
        area = {
            "data": {"name": "bands"},
            "mark": {"type": "area", "opacity": BAND_OPACITY, "interpolate": "monotone", "strokeWidth": 0},
            "encoding": {"x": budget_x, "y": channel("p10", "Q"), "y2": {"field": "p90"}, "color": color},
        }
        layers.insert(0, area)  # under the rules and the lines
        note = t("chart.saturation.band", lang)
    chart = {"layer": layers, "width": w, "height": h}
    points = [
        t("chart.alt.point", lang, line=m["name"], budget=m["budget"], share=m["share"])
        for m in marks
        if m["share"] is not None
    ]
    description = " ".join(
        filter(
            None,
            [
                t(
                    "chart.alt.saturation",
                    lang,
                    title=as_sentence(t("chart.saturation.title", lang)),
                    max=max_budget,
                    lines=", ".join(t(f"chart.alt.line.{s}", lang) for s in order),
                ),
                t("chart.alt.now", lang, points="; ".join(points)) if points else "",
                t("chart.alt.band", lang) if note else "",
            ],
        )
    )
    return finish_chart(
        chart,
        lang,
        ctx,
        t("chart.saturation.title", lang),
        width=w,
        note=note,
        note_swatch=True,
        datasets=datasets,
        description=description,
    )
