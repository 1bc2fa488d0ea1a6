"""Finished charts for the app and the exports: Vega-Lite specs (no Streamlit in here).

Every chart function takes plain data, a language (``"nl"``/``"en"``) and a context (gemeente
name and scenario name, see :class:`ChartContext`) and returns a chart that is ready to show or
print: a title, a subtitle with gemeente and scenario, axis titles in the language, Dutch number
format in ``nl`` (through Vega's ``config.locale``), the Okabe–Ito colours (print orange, social
blue, both green: safe for colour-blind readers) and the source line "Bron: CBS; aannames
budgetsim" on the chart itself. All data is inline, so a chart renders the same in the browser and
through vl-convert (see :mod:`budgetsim.export`).

Charts are made in two sizes: the defaults suit the app; :data:`PRINT_SIZES` are the sizes the
one-page PDF uses, so the text comes out at about 7 pt on paper.

Each function returns a :class:`budgetsim.vegalite.VegaLiteChart`, written as plain Vega-Lite (see
that module for why not Altair). In Streamlit, show one with ``st.vega_lite_chart(spec=chart.to_dict(),
theme=None)`` so Streamlit's theme does not replace the fonts, colours and number format set here.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from . import curves as curve_data
from . import vegalite as vl
from .assumptions import EURO_KEYS, PARAMETER_BY_KEY, PERCENT_KEYS
from .bands import BANDS
from .data import topojson_path, wijken
from .formatting import D3_EUR, D3_EUR_CENTS, D3_INT, D3_PCT, D3_PCT1, fmt_eur, fmt_int, fmt_num, fmt_pct, vega_locale
from .i18n import band_label, t
from .uncertainty import FACTOR_PARAMETERS
from .vegalite import VegaLiteChart, channel, records, tooltips

# -- look --------------------------------------------------------------------------------------
#: Okabe–Ito colours, one per channel; the orange darkened from #E69F00 so that lines and bar edges
#: stand out from the white background by at least 3:1 (WCAG 1.4.11), as the blue and green do.
PRINT_COLOR = "#C17D00"
SOCIAL_COLOR = "#0072B2"
BOTH_COLOR = "#009E73"
#: Okabe–Ito colours for scenarios compared side by side (distinct from the channel colours; the sky
#: blue darkened from #56B4E9 to 3.5:1 against white).
SCENARIO_COLORS = ("#2F8FCF", "#D55E00", "#CC79A7", "#000000")
#: Sequential colour scheme of the map (single hue: readable for colour-blind readers and in grey).
MAP_SCHEME = "blues"
NO_DATA_COLOR = "#D9D9D9"
#: vl-convert ships Liberation Sans (metric-compatible with Arial/Helvetica); browsers fall back.
FONT = "Liberation Sans, Arial, Helvetica, sans-serif"
TEXT_COLOR = "#222222"
MUTED_COLOR = "#555555"
GRID_COLOR = "#E6E6E6"

#: Social budget the proposal is about; marked on the saturation curve.
BASELINE_SOCIAL_EUR = curve_data.BASELINE_SOCIAL_EUR

#: Plot-area sizes (width, height) in px for the screen and for the one-page PDF.
SCREEN_SIZES = {
    "saturation": (600, 320),
    "age": (560, 280),
    "map": (520, None),
    "comparison": (600, 300),
    "tornado": (380, None),
}
PRINT_SIZES = {
    "saturation": (330, 160),
    "age": (330, 165),
    "map": (300, None),
    "comparison": (330, 185),
    "tornado": (190, None),
}

#: Okabe–Ito colours of the tornado chart: an assumption at the low / high end of its range
#: (vermillion and sky blue: apart for every kind of colour-blindness, and not the channel colours).
LOW_END_COLOR = "#D55E00"
HIGH_END_COLOR = "#2F8FCF"
#: Fill of the bars of the 1st, 2nd, 3rd, 4th series (each bar also has a border in its colour): the
#: series differ by fill as well as by colour, so colour never carries the meaning alone (WCAG 1.4.1).
BAR_FILL_OPACITY = (1.0, 0.3, 0.0, 0.65)
#: Dash pattern of the print, social and combined saturation lines (solid, dashes, dots).
LINE_DASHES = {"print": [1, 0], "social": [7, 4], "combined": [2, 3]}
#: Opacity of the P10–P90 band around a saturation curve.
BAND_OPACITY = 0.18

TOPO_OBJECT = "wijk_2024"
#: Longest chart subtitle (gemeente and scenario name), in characters: fits the narrowest chart.
SUBTITLE_CHARS = 70


def _fills(n: int) -> list[float]:
    return [BAR_FILL_OPACITY[i % len(BAR_FILL_OPACITY)] for i in range(n)]


def _series_style(field: str, domain: list[str], colors: list[str]) -> dict:
    """Encodings that tell the series of a bar chart apart by colour AND by fill (solid, light,
    outline, half; see :data:`BAR_FILL_OPACITY`), with a border in the series' colour. Vega-Lite's
    own legend cannot show the fills, so these have none: add :func:`_fill_legend` beside them."""
    colour_scale = {"domain": domain, "range": colors}
    return {
        "color": channel(field, "N", title=None, sort=domain, scale=colour_scale, legend=None),
        "stroke": channel(field, "N", title=None, sort=domain, scale=colour_scale, legend=None),
        "fillOpacity": channel(
            field,
            "N",
            title=None,
            sort=domain,
            legend=None,
            scale={"type": "ordinal", "domain": domain, "range": _fills(len(domain))},
        ),
    }


def _fill_legend(
    domain: list[str], colors: list[str], *, x0: float, bottom: float, width: float, font_size: int = 11
) -> list[dict]:
    """A legend drawn as marks, in pixels from the plot's top left: per series a swatch with its
    colour, border AND fill (what :func:`_series_style` draws), then its name; rows from left to
    right, wrapped at ``width``, the last row's swatches ending at ``bottom`` (negative: above)."""
    rows: list[list[dict]] = [[]]
    x = x0
    for name, colour, fill in zip(domain, colors, _fills(len(domain))):
        item_w = 12 + 5 + _text_px(name, font_size) + 16
        if rows[-1] and x + item_w > x0 + width:
            rows.append([])
            x = x0
        rows[-1].append({"name": name, "colour": colour, "fill": fill, "x": x, "x2": x + 12, "tx": x + 17})
        x += item_w
    items = []
    for i, row in enumerate(rows):
        y2 = bottom - (len(rows) - 1 - i) * 18
        items += [{**item, "y": y2 - 10, "y2": y2, "ty": y2 - 5} for item in row]
    px = {"type": "quantitative", "scale": None}
    return [
        {
            "data": {"values": items},
            "mark": {"type": "rect", "strokeWidth": 1.5},
            "encoding": {
                "x": {"field": "x", **px},
                "x2": {"field": "x2"},
                "y": {"field": "y", **px},
                "y2": {"field": "y2"},
                "fill": {"field": "colour", "type": "nominal", "scale": None},
                "stroke": {"field": "colour", "type": "nominal", "scale": None},
                "fillOpacity": {"field": "fill", "type": "quantitative", "scale": None},
            },
        },
        {
            "data": {"values": items},
            "mark": {"type": "text", "align": "left", "baseline": "middle", "fontSize": font_size, "color": TEXT_COLOR},
            "encoding": {
                "x": {"field": "tx", **px},
                "y": {"field": "ty", **px},
                "text": {"field": "name", "type": "nominal"},
            },
        },
    ]


def _style_names(names: list[str], lang: str) -> str:
    """ "Krant (volle staaf), social media (lichte staaf), ...": which fill belongs to which series."""
    return ", ".join(t(f"chart.alt.style.{i % len(BAR_FILL_OPACITY)}", lang, name=name) for i, name in enumerate(names))


def _line_legend(
    names: list[str],
    colors: list[str],
    dashes: list[list[float]],
    widths: list[float],
    *,
    bottom: float,
    width: float,
    font_size: int = 11,
) -> list[dict]:
    """The legend of a line chart drawn as marks (see :func:`_fill_legend`): per line a short
    stroke in its colour, dash pattern and width, then its name."""
    rows: list[list[dict]] = [[]]
    x = 0.0
    for name, colour, dash, stroke in zip(names, colors, dashes, widths):
        item_w = 24 + 5 + _text_px(name, font_size) + 16
        if rows[-1] and x + item_w > width:
            rows.append([])
            x = 0.0
        rows[-1].append(
            {"name": name, "colour": colour, "dash": dash, "stroke": stroke, "x": x, "x2": x + 24, "tx": x + 29}
        )
        x += item_w
    items = []
    for i, row in enumerate(rows):
        y = bottom - 5 - (len(rows) - 1 - i) * 18
        items += [{**item, "y": y} for item in row]
    px = {"type": "quantitative", "scale": None}
    return [
        {
            "data": {"values": items},
            "mark": {"type": "rule"},
            "encoding": {
                "x": {"field": "x", **px},
                "x2": {"field": "x2"},
                "y": {"field": "y", **px},
                "color": {"field": "colour", "type": "nominal", "scale": None},
                "strokeDash": {"field": "dash", "type": "nominal", "scale": None},
                "strokeWidth": {"field": "stroke", "type": "quantitative", "scale": None},
            },
        },
        {
            "data": {"values": items},
            "mark": {"type": "text", "align": "left", "baseline": "middle", "fontSize": font_size, "color": TEXT_COLOR},
            "encoding": {
                "x": {"field": "tx", **px},
                "y": {"field": "y", **px},
                "text": {"field": "name", "type": "nominal"},
            },
        },
    ]


def _grouped_bars(
    data: pd.DataFrame,
    x: dict,
    offset: dict,
    y: dict,
    style: dict,
    tooltip: list[dict],
    font_size: int,
    width: int,
    height: int,
    legend: list[dict] = (),
) -> dict:
    """Bars side by side per group (``xOffset``) with the ``share_txt`` label on top of each; ``style``
    is :func:`_series_style`, ``legend`` its :func:`_fill_legend`."""
    values = {"values": records(data)}
    position = {"x": x, "xOffset": offset, "y": y}
    bars = {
        "mark": {"type": "bar", "cornerRadiusTopLeft": 2, "cornerRadiusTopRight": 2, "strokeWidth": 1.5},
        "encoding": {**position, **style, "tooltip": tooltip},
    }
    text = {
        "mark": {"type": "text", "baseline": "bottom", "dy": -3, "fontSize": font_size, "color": TEXT_COLOR},
        "encoding": {**position, "text": channel("share_txt", "N")},
    }
    return {"data": values, "layer": [bars, text, *legend], "width": width, "height": height}


# -- context ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChartContext:
    """What a chart is about: the gemeente's name and the scenario's name (may be empty)."""

    gemeente: str
    scenario: str = ""

    def subtitle(self, lang: str) -> str:
        """Gemeente and scenario name, cut to :data:`SUBTITLE_CHARS` (a long name would otherwise
        widen the chart, and shrink it on paper)."""
        if self.scenario.startswith(self.gemeente):  # "Dordrecht: krant …" already names the place
            text = self.scenario
        elif self.scenario:
            text = t("common.subtitle", lang, gemeente=self.gemeente, scenario=self.scenario)
        else:
            text = self.gemeente
        return text if len(text) <= SUBTITLE_CHARS else text[: SUBTITLE_CHARS - 1].rstrip() + "…"


def as_context(context) -> ChartContext:
    """A :class:`ChartContext` from itself, a dict ``{"gemeente", "scenario"}``, a tuple or a name."""
    if isinstance(context, ChartContext):
        return context
    if isinstance(context, Mapping):
        return ChartContext(str(context.get("gemeente") or ""), str(context.get("scenario") or ""))
    if isinstance(context, (tuple, list)):
        return ChartContext(*(str(x or "") for x in context[:2]))
    if context is None:
        return ChartContext("")
    return ChartContext(str(context))


def _finish(
    chart,
    lang: str,
    context: ChartContext,
    title: str,
    *,
    width: int,
    footer_offset: int = 0,
    note: str | None = None,
    note_swatch: bool = False,
    datasets: dict | None = None,
    description: str | None = None,
) -> VegaLiteChart:
    """Title + subtitle, the source line under the chart, fonts, locale and quiet axes.

    ``chart`` is a Vega-Lite unit or layer spec with its size. ``note`` is a short
    caption on its own line above the source line (with a small translucent grey square in front
    when ``note_swatch``: the legend of a band). ``datasets`` are named data sets at the top level
    (large data such as map boundaries, shared by the layers that name them). ``description`` is the
    text alternative: what the chart shows and its main figures (see :func:`budgetsim.vegalite.frame`).
    """
    return vl.frame(
        chart,
        title=title,
        subtitle=context.subtitle(lang),
        source=t("source.chart", lang),
        look=vl.config(FONT, vega_locale(lang), TEXT_COLOR, GRID_COLOR),
        width=width,
        muted_color=MUTED_COLOR,
        text_color=TEXT_COLOR,
        footer_offset=footer_offset,
        note=note,
        note_swatch=note_swatch,
        datasets=datasets,
        description=description,
    )


# -- saturation curves -------------------------------------------------------------------------
# The curves and bands are computed in budgetsim.curves (core); these names stay importable here.
audience_split = curve_data.audience_split
scaled_split = curve_data.scaled_split
saturation_curve_data = curve_data.saturation_curve_data
saturation_bands_data = curve_data.saturation_bands_data


Curves = dict[str, tuple[np.ndarray, np.ndarray]]


def _curves(df: pd.DataFrame) -> Curves:
    """``{series: (budgets, reach shares)}`` sorted by budget, from
    :func:`budgetsim.curves.saturation_curve_data`."""
    out = {}
    for series in ("print", "social", "combined"):
        part = df[df["series"] == series]
        if not part.empty:
            x = part["budget_eur"].to_numpy(float)
            order = np.argsort(x, kind="stable")
            out[series] = (x[order], part["reach_share"].to_numpy(float)[order])
    return out


def _curve_at(curves: Curves, series: str, budget: float) -> float | None:
    if series not in curves:
        return None
    x, y = curves[series]
    if budget < x[0] or budget > x[-1]:
        return None
    return float(np.interp(budget, x, y))


def _text_px(text: str, size: float, bold: bool = False) -> float:
    """Rough width in px of ``text`` in Liberation Sans/Arial (for placing labels)."""
    return len(text) * size * (0.51 if bold else 0.48)


def _rule_label_anchor(
    curves: Curves, px: float, side: str, length: float, w: int, h: int, max_budget: float
) -> tuple[str, bool]:
    """ "bottom" (label rises from the x axis) or "top" (hangs from the top) for a rotated label beside
    the rule at ``px``: the end where no curve crosses it, else the end with more room; and whether
    it fits without crossing a curve."""
    xs = np.linspace(max(px - 14, 0) if side == "left" else px, min(px, w) if side == "left" else min(px + 14, w), 6)
    ys = [(1 - np.interp(xs / w * max_budget, bx, by)) * h for bx, by in curves.values()]
    if not ys:
        return "bottom", True
    ys = np.concatenate(ys)
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
    dys = [6.0 + 6 * k for k in range(0, int(h / 6))] + [-line_h - 6.0 - 6 * k for k in range(0, int(h / 6))]
    shifts = [s for s in (0.0, 12.0, 24.0, 48.0) if x0 + s + text_w <= w or s == 0.0]
    best = None
    for shift in shifts:
        lx0, lx1 = x0 + shift - 2, x0 + shift + text_w + 2
        xs_eur = np.linspace(max(lx0, 0), min(lx1, w), 32) / w * max_budget
        ys_all = [(1 - np.interp(xs_eur, bx, by)) * h for bx, by in curves.values()]
        for dy in dys:
            top = py + dy
            if top < 0 or top + line_h > h - 2:
                continue
            hits = sum(int(np.sum((ys >= top - 3) & (ys <= top + line_h + 3))) for ys in ys_all)
            hits += 100 * sum(
                ox0 < lx1 and ox1 > lx0 and oy0 < top + line_h and oy1 > top for ox0, ox1, oy0, oy1 in obstacles
            )
            key = (hits, abs(dy) + 2 * shift)
            if best is None or key < best[0]:
                best = (key, x0 + shift, top, abs(dy) > 10 or shift > 0)
    if best is None:
        return x0, py + 6.0, False
    return best[1], best[2], best[3]


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
    data = pd.DataFrame(
        {
            "line": df["series"].map(labels),
            "budget": df["budget_eur"].astype(float),
            "share": df["reach_share"].astype(float),
            "budget_txt": [fmt_eur(x, lang) for x in df["budget_eur"]],
            "share_txt": [fmt_pct(x, lang) for x in df["reach_share"]],
            "reached_txt": [fmt_int(x, lang) for x in df["reached"]],
        }
    )
    band_data = None
    if bands is not None and len(bands):
        band_data = pd.DataFrame(
            {
                "line": bands["series"].map(labels),
                "budget": bands["budget_eur"].astype(float),
                "p10": bands["p10"].astype(float),
                "p90": bands["p90"].astype(float),
            }
        ).dropna(subset=["line"])
        # the range in the curves' tooltip, where a band point sits on a curve point
        texts = {
            (line, round(b, 6)): f"{fmt_pct(lo, lang)} – {fmt_pct(hi, lang)}"
            for line, b, lo, hi in band_data[["line", "budget", "p10", "p90"]].itertuples(index=False)
        }
        data["band_txt"] = [texts.get((line, round(b, 6)), "") for line, b in zip(data["line"], data["budget"])]
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
    # chart; :func:`_line_legend` draws it as marks instead, with colour AND dash
    color = channel(
        "line",
        "N",
        title=None,
        scale={"domain": [labels[s] for s in order], "range": [colors[s] for s in order]},
        legend=None,
    )
    datasets = {"curves": records(data)}  # named once at the top: the layers share it
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
    marks = []
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
            anchor, fits = _rule_label_anchor(curves, px, side, _text_px(label, 10) + 8, w, h, max_budget)
            if fits:
                break
        else:
            label = f"{name}: {fmt_eur(budget, lang)}"
            anchor, _ = _rule_label_anchor(curves, px, side, _text_px(label, 10) + 8, w, h, max_budget)
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
        *_line_legend(
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
        mdf = pd.DataFrame(marks)
        layers.insert(
            0,
            {
                "data": {"values": records(mdf)},
                "mark": {"type": "rule", "color": "#9A9A9A", "strokeDash": [4, 3], "strokeWidth": 1},
                "encoding": {"x": budget_x},
            },
        )
        for (side, anchor), part in mdf.groupby(["side", "anchor"]):
            layers.append(
                {
                    "data": {"values": records(part)},
                    "mark": {
                        "type": "text",
                        "angle": 270,
                        "align": "left" if anchor == "bottom" else "right",
                        "baseline": "bottom" if side == "left" else "top",
                        "dx": 4 if anchor == "bottom" else -4,
                        "dy": -3 if side == "left" else 3,
                        "fontSize": 10,
                        "color": MUTED_COLOR,
                    },
                    "encoding": {
                        "x": budget_x,
                        "y": {"value": h if anchor == "bottom" else 0},
                        "text": channel("label", "N"),
                    },
                }
            )
        for m in marks:
            x0 = m["px"] - 16 if m["side"] == "left" else m["px"]
            length = _text_px(m["label"], 10) + 4
            y0, y1 = (h - length, h) if m["anchor"] == "bottom" else (0, length)
            obstacles.append((x0, x0 + 16, y0, y1))
        on_curve = mdf.dropna(subset=["share"])
        if not on_curve.empty:
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
            text_w = _text_px(text, 11, bold=True)
            if px + 6 + text_w <= w:
                x0 = px + 6
            elif px - 6 - text_w >= 0:
                x0 = px - 6 - text_w
            else:
                x0 = max(0.0, w - text_w)
            x0, top, leader = _place_label(curves, px, py, x0, text_w, w, h, max_budget, obstacles)
            bdf = pd.DataFrame(
                [
                    {
                        "budget": float(baseline_social_eur),
                        "share": share,
                        "text": text,
                        "label_share": 1 - top / h,
                        "label_x": x0 / w * max_budget,
                    }
                ]
            )
            baseline_data = {"values": records(bdf)}
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
    if band_data is not None and not band_data.empty:
        datasets["bands"] = records(band_data)
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
                    title=_sentence(t("chart.saturation.title", lang)),
                    max=max_budget,
                    lines=", ".join(t(f"chart.alt.line.{s}", lang) for s in order),
                ),
                t("chart.alt.now", lang, points="; ".join(points)) if points else "",
                t("chart.alt.band", lang) if note else "",
            ],
        )
    )
    return _finish(
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


# -- which assumption matters most (tornado) ---------------------------------------------------------
def parameter_value_text(key: str, value: float, lang: str) -> str:
    """One end of an uncertainty range as a reader writes it: ``"70 %"``, ``"€ 10"``, ``"0,3"``, and
    ``"×0,6"`` for the per-band parameters, which vary by a factor on every band's value."""
    value = float(value)
    if not math.isfinite(value):
        return t("value.infinite", lang)
    if key in FACTOR_PARAMETERS:
        return "×" + fmt_num(value, lang, 2, trim=True)
    if key in PERCENT_KEYS:
        return fmt_pct(value, lang, 1, trim=True)
    if key in EURO_KEYS:
        return fmt_eur(value, lang, 0 if value.is_integer() else 2)
    return fmt_num(value, lang, 2, trim=True)


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


def _tornado_point(rows: list[Mapping]) -> float:
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
    sensitivity: list[Mapping],
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
        ends = []
        for end in ("low", "high"):
            reached = float(row[f"reached_at_{end}"])
            if reached > point + 1e-9:
                side = "right"
            elif reached < point - 1e-9:
                side = "left"
            else:
                side = "left" if end == "low" else "right"
            ends.append(
                {
                    "label": label,
                    "end": end_labels[end],
                    "from": point,
                    "to": reached,
                    "side": side,
                    "length": abs(reached - point),
                    "value_txt": parameter_value_text(key, row[f"{end}_value"], lang),
                    "reached_txt": fmt_int(reached, lang),
                    "diff_txt": fmt_int(reached - point, lang, signed=True),
                }
            )
        if ends[0]["side"] == ends[1]["side"]:  # both ends on one side: the shorter bar on top
            ends.sort(key=lambda e: -e["length"])
        segments.extend(ends)
    seg = pd.DataFrame(segments)
    names_px = min(max(_text_px(label, 11) for label in order), 300) + 8  # the names left of the bars
    # x domain: the bars plus room for the value labels at their ends
    tos = seg["to"].to_numpy(float)
    lo, hi = min(tos.min(), point), max(tos.max(), point)
    widths = [(_text_px(v, 10) + 8, sd) for v, sd in zip(seg["value_txt"], seg["side"])]
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
    style = _series_style("end", ends, end_colors)
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
    text_w = _text_px(point_text, 10, bold=True)
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
    layers += _fill_legend(ends, end_colors, x0=-names_px, bottom=-24, width=w + names_px, font_size=10)
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
        "chart.alt.tornado", lang, title=_sentence(t("chart.tornado.title", lang)), n=point, top="; ".join(top)
    )
    return _finish(
        chart,
        lang,
        ctx,
        t("chart.tornado.title", lang),
        width=w,
        note=t("chart.tornado.note", lang),
        footer_offset=-int(names_px),
        description=description,
    )


# -- age bands ----------------------------------------------------------------------------------
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
    style = _series_style("channel", channel_order, [c for _, _, c in channels])
    legend = _fill_legend(channel_order, [c for _, _, c in channels], x0=0, bottom=-16, width=w)
    tooltip = tooltips(
        ("band", t("chart.age.x", lang)),
        ("channel", " "),
        ("share_txt", t("metric.reach_share", lang)),
        ("reached_txt", t("chart.age.tooltip_reached", lang)),
        ("pop_txt", t("chart.age.tooltip_population", lang)),
    )
    chart = _grouped_bars(data, x, offset, y, style, tooltip, 10 if w >= 450 else 9, w, h, legend)
    per_band = [
        "{}: {}".format(band, ", ".join(f"{r['channel']} {r['share_txt']}" for r in rows if r["band"] == band))
        for band in band_order
    ]
    description = t(
        "chart.alt.age",
        lang,
        title=_sentence(t("chart.age.title", lang)),
        styles=_style_names(channel_order, lang),
        rows="; ".join(per_band),
    )
    return _finish(chart, lang, ctx, t("chart.age.title", lang), width=w, description=description)


# -- map ------------------------------------------------------------------------------------------
#: What the map can be coloured by: the share of the target group reached, the share the paper
#: misses (not reached by print), the share of residents aged 15–24, and social euros per resident.
MAP_METRICS = ("reach", "print_missed", "young", "social_per_resident")
#: Number format of each metric (see :func:`wijk_map`'s ``value_format``).
MAP_METRIC_FORMATS = {"reach": "pct", "print_missed": "pct", "young": "pct", "social_per_resident": "eur_cents"}
#: Marks on the map: the wijk's target group is (mostly) in a pooled ``-rest`` ad set, or in none.
MAP_STATUSES = ("pooled", "untargeted")
#: Vega shapes of the marks: an open circle (pooled) and a cross (no ad set).
STATUS_SHAPES = {"pooled": "circle", "untargeted": "M-0.8,-0.8L0.8,0.8M-0.8,0.8L0.8,-0.8"}


@dataclass(frozen=True)
class MapData:
    """What one map shows, per wijk drawn (at buurt level the buurten summed per wijk: there are
    no buurt boundaries).

    ``values[code]`` is the metric (None where it means nothing, e.g. nobody of the target group
    lives there); ``status[code]`` is ``"own"``, ``"pooled"`` or ``"untargeted"``: where most of
    the wijk's target group is (an ad set of its own, a pooled ``-rest`` ad set, none);
    ``counts[code]`` the number of areas (wijk: 1; buurt level: its buurten with a target group) in
    each of those; ``figures[code]`` the sums behind the values (``target``, ``reached``,
    ``reached_print``, ``residents``, ``young``, ``social_eur``) and, at wijk level, ``ad_set``.
    """

    level: str
    metric: str
    codes: tuple[str, ...]
    names: tuple[str, ...]
    values: dict
    status: dict
    counts: dict
    figures: dict

    @property
    def value_format(self) -> str:
        return MAP_METRIC_FORMATS[self.metric]

    @property
    def marks(self) -> dict[str, str]:
        """``{wijk code: status}`` of the wijken to mark (pooled or untargeted)."""
        return {code: s for code, s in self.status.items() if s in MAP_STATUSES}


def map_data(evaluation, metric: str) -> MapData:
    """The map of one evaluated plan: ``metric`` (one of :data:`MAP_METRICS`) per wijk; at buurt
    level each wijk sums its buurten. ``ValueError`` names the metrics for an unknown one."""
    if metric not in MAP_METRICS:
        raise ValueError(f"map metric: must be one of {', '.join(MAP_METRICS)} (got {metric!r})")
    model = evaluation.model
    areas = model.areas
    by_buurt = areas.level == "buurt" and areas.wijk_codes is not None
    unit = np.asarray(areas.wijk_codes if by_buurt else areas.codes)
    codes, first, index = np.unique(unit, return_index=True, return_inverse=True)
    order = np.argsort(first)  # the table's order
    k = len(codes)
    sums = lambda per_area: np.bincount(index, weights=per_area, minlength=k)  # noqa: E731
    target_area = evaluation.target_population.sum(axis=1)
    figures = {
        "target": sums(target_area),
        "reached": sums(evaluation.reached.sum(axis=1)),
        "reached_print": sums(evaluation.reached_print.sum(axis=1)),
        "residents": sums(areas.residents),
        "young": sums(areas.population[:, BANDS.index("15-24")]),
        "social_eur": sums(evaluation.social_eur),
    }
    sets = model.ad_sets
    kinds = np.array([sets.kinds[j] if j >= 0 else "none" for j in sets.area_set])
    kind_status = np.where(kinds == "area", 0, np.where(kinds == "none", 2, 1))  # own, pooled, untargeted
    people = target_area > 0
    per_status = np.zeros((k, 3))
    counts = np.zeros((k, 3), dtype=int)
    for s in range(3):
        chosen = people & (kind_status == s)
        per_status[:, s] = np.bincount(index[chosen], weights=target_area[chosen], minlength=k)
        counts[:, s] = np.bincount(index[chosen], minlength=k)
    with np.errstate(divide="ignore", invalid="ignore"):
        value = {
            "reach": figures["reached"] / figures["target"],
            "print_missed": 1.0 - figures["reached_print"] / figures["target"],
            "young": figures["young"] / figures["residents"],
            "social_per_resident": figures["social_eur"] / figures["residents"],
        }[metric]
    basis = figures["residents"] if metric in ("young", "social_per_resident") else figures["target"]
    names = dict(zip(areas.wijk_codes, areas.wijk_names)) if by_buurt and areas.wijk_names else {}
    if not by_buurt:
        names = dict(zip(areas.codes, areas.names))
    ad_set_ids = sets.area_ids()
    out_values, out_status, out_counts, out_figures = {}, {}, {}, {}
    for j in order:
        code = str(codes[j])
        out_values[code] = float(value[j]) if basis[j] > 0 and math.isfinite(value[j]) else None
        status = ("own", "pooled", "untargeted")[int(np.argmax(per_status[j]))] if per_status[j].sum() > 0 else None
        out_status[code] = status
        out_counts[code] = {
            "areas": int(counts[j].sum()),
            "own": int(counts[j, 0]),
            "pooled": int(counts[j, 1]),
            "untargeted": int(counts[j, 2]),
        }
        out_figures[code] = {name: float(v[j]) for name, v in figures.items()}
        if not by_buurt:
            out_figures[code]["ad_set"] = ad_set_ids[int(first[j])]
    ordered = [str(codes[j]) for j in order]
    return MapData(
        level="buurt" if by_buurt else "wijk",
        metric=metric,
        codes=tuple(ordered),
        names=tuple(names.get(c, c) for c in ordered),
        values=out_values,
        status=out_status,
        counts=out_counts,
        figures=out_figures,
    )


def map_tooltips(data: MapData, lang: str) -> dict[str, dict[str, str]]:
    """Tooltip lines per wijk: reach, what the paper misses, 15–24, social euros, and its ad set (wijk
    level) or how many of its buurten are in an own, a pooled or no ad set (buurt level)."""
    labels = {
        key: t(f"chart.map.tip.{key}", lang)
        for key in ("reach", "print_missed", "young", "social_eur", "ad_set", "buurten")
    }
    missing, no_ad_set = t("common.missing", lang), t("chart.map.tip.no_ad_set", lang)
    out = {}
    for code in data.codes:
        f = data.figures[code]
        target, residents = f["target"], f["residents"]
        row = {
            labels["reach"]: fmt_pct(f["reached"] / target, lang) if target > 0 else missing,
            labels["print_missed"]: t(
                "chart.map.tip.people",
                lang,
                n=target - f["reached_print"],
                share=fmt_pct(1 - f["reached_print"] / target, lang),
            )
            if target > 0
            else missing,
            labels["young"]: fmt_pct(f["young"] / residents, lang) if residents > 0 else missing,
            labels["social_eur"]: fmt_eur(f["social_eur"], lang),
        }
        if data.level == "wijk":
            row[labels["ad_set"]] = f.get("ad_set") or no_ad_set
        else:
            row[labels["buurten"]] = t("chart.map.tip.buurten_counts", lang, **data.counts[code])
        out[code] = row
    return out


def mark_labels(level: str, lang: str) -> dict[str, str]:
    """The legend's words for the marks: ``{status: text}`` (wijk level: the wijk; buurt level:
    most of the wijk's target group)."""
    return {s: t(f"chart.map.mark.{s}.{level}", lang) for s in MAP_STATUSES}


def area_map(
    evaluation,
    metric: str,
    lang: str,
    context,
    *,
    width: int | None = None,
    height: int | None = None,
    title: str | None = None,
):
    """The map of an evaluated plan at either level (see :func:`map_data`): the wijken coloured by
    ``metric`` over its real range, pooled and untargeted wijken marked and named in the legend,
    tooltips with every figure. ``ValueError`` when none of the wijken has a CBS boundary."""
    data = map_data(evaluation, metric)
    label = t(f"chart.map.metric.{metric}", lang)
    note = t("chart.map.note.buurt", lang) if data.level == "buurt" else None
    return wijk_map(
        data,
        data.values,
        label,
        lang,
        context,
        map_tooltips(data, lang),
        value_format=data.value_format,
        width=width,
        height=height,
        title=title,
        marks=data.marks,
        mark_labels=mark_labels(data.level, lang),
        note=note,
    )


@lru_cache(maxsize=1)
def _topology() -> dict:
    """The bundled wijk boundaries (parsed once)."""
    with open(topojson_path(), encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=64)
def _gemeente_topology(codes: tuple[str, ...]) -> tuple[dict, tuple[float, float, float, float]]:
    """TopoJSON with only the wijken in ``codes`` and only the arcs they use (indices renumbered),
    and its bounding box ``(lon_min, lat_min, lon_max, lat_max)``."""
    topo = _topology()
    wanted = set(codes)
    geometries = [
        g for g in topo["objects"][TOPO_OBJECT]["geometries"] if g.get("properties", {}).get("statcode") in wanted
    ]
    used: dict[int, int] = {}

    def remap(index: int) -> int:
        arc = ~index if index < 0 else index
        if arc not in used:
            used[arc] = len(used)
        return ~used[arc] if index < 0 else used[arc]

    kept = []
    for g in geometries:
        if g["type"] == "Polygon":
            arcs = [[remap(i) for i in ring] for ring in g["arcs"]]
        elif g["type"] == "MultiPolygon":
            arcs = [[[remap(i) for i in ring] for ring in poly] for poly in g["arcs"]]
        else:
            continue
        kept.append({"type": g["type"], "arcs": arcs, "properties": dict(g["properties"])})
    arcs = [None] * len(used)
    for old, new in used.items():
        arcs[new] = topo["arcs"][old]
    out = {
        "type": "Topology",
        "arcs": arcs,
        "objects": {TOPO_OBJECT: {"type": "GeometryCollection", "geometries": kept}},
    }
    if "transform" in topo:
        out["transform"] = topo["transform"]
    return out, _bbox(out)


def _bbox(topo: dict) -> tuple[float, float, float, float]:
    if not topo["arcs"]:
        return (0.0, 0.0, 0.0, 0.0)
    tr = topo.get("transform")
    xs, ys = [], []
    for arc in topo["arcs"]:
        pts = np.asarray(arc, float)[:, :2]
        if tr:
            pts = np.cumsum(pts, axis=0) * tr["scale"] + tr["translate"]
        xs.append(pts[:, 0])
        ys.append(pts[:, 1])
    x, y = np.concatenate(xs), np.concatenate(ys)
    return float(x.min()), float(y.min()), float(x.max()), float(y.max())


def _mercator_aspect(bbox) -> float:
    """Height / width of the bounding box in the Mercator projection."""
    lon0, lat0, lon1, lat1 = bbox
    merc = lambda lat: math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))  # noqa: E731
    dx = math.radians(lon1 - lon0)
    dy = merc(lat1) - merc(lat0)
    return dy / dx if dx > 0 else 1.0


def _area_info(model_or_areas):
    """(codes, names, gemeente name) from a ReachModel, Evaluation, Areas, :class:`MapData` or gemeente code."""
    obj = model_or_areas
    if isinstance(obj, str):
        obj = wijken(obj)
    if hasattr(obj, "model") and hasattr(obj.model, "areas"):  # Evaluation
        obj = obj.model
    if hasattr(obj, "areas"):  # ReachModel
        obj = obj.areas
    return tuple(obj.codes), tuple(obj.names), getattr(obj, "gemeente_name", None)


def _format_value(value, value_format: str, lang: str) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return t("chart.map.no_value", lang)
    if value_format == "pct":
        return fmt_pct(value, lang)
    if value_format == "eur":
        return fmt_eur(value, lang)
    if value_format == "eur_cents":
        return fmt_eur(value, lang, _cents_decimals(abs(value)))
    if value_format == "int":
        return fmt_int(value, lang)
    return fmt_num(value, lang, 1)


def _tooltip_table(tooltip_rows) -> dict[str, dict[str, str]]:
    """``{code: {label: text}}`` from that form itself or from a list of dicts with a ``code`` key."""
    if not tooltip_rows:
        return {}
    if isinstance(tooltip_rows, Mapping):
        return {str(k): dict(v) for k, v in tooltip_rows.items()}
    out = {}
    for row in tooltip_rows:
        row = dict(row)
        out[str(row.pop("code"))] = row
    return out


def wijk_map(
    model_or_areas,
    values: Mapping[str, float],
    metric_label: str,
    lang: str,
    context,
    tooltip_rows=None,
    *,
    value_format: str = "pct",
    scheme: str = MAP_SCHEME,
    width: int | None = None,
    height: int | None = None,
    title: str | None = None,
    marks: Mapping[str, str] | None = None,
    mark_labels: Mapping[str, str] | None = None,
    note: str | None = None,
):
    """The gemeente's wijken coloured by ``values`` (``{wijk code: value}``), Mercator projection.

    ``model_or_areas`` is a ReachModel, Evaluation, Areas or gemeente code: its area codes pick the
    wijken from the bundled CBS boundaries (areas without a boundary are left out; none at all
    raises ``ValueError``). ``value_format`` is ``"pct"`` (shares 0..1), ``"eur"``, ``"eur_cents"``,
    ``"int"`` or ``"num"``. ``tooltip_rows`` adds lines to the tooltip: ``{code: {label: text}}`` or a
    list of dicts with a ``code`` key; numbers in it are written as whole numbers in the language.
    Wijken without a value are grey. Height follows the gemeente's shape unless given.

    The colour scale runs over the real range of the values (lowest to highest wijk, both ends
    labelled), never over a fixed range. ``marks`` (``{wijk code: status}``, a status of
    :data:`MAP_STATUSES`) puts a symbol in those wijken, an open circle for ``"pooled"`` and a cross
    for ``"untargeted"``, with a legend that names them in words (``mark_labels``: ``{status:
    text}``); colour alone never carries that. ``note`` is a line under the map.
    """
    ctx = as_context(context)
    codes, names, _ = _area_info(model_or_areas)
    topo, bbox = _gemeente_topology(codes)
    geometries = topo["objects"][TOPO_OBJECT]["geometries"]
    if not geometries:
        raise ValueError("map: none of these areas has a boundary in the CBS wijk map of 2024")
    name_of = dict(zip(codes, names))
    extra = _tooltip_table(tooltip_rows)
    extra_labels: list[str] = []
    for row in extra.values():
        for label in row:
            if label not in extra_labels:
                extra_labels.append(label)
    features = []
    for g in geometries:
        code = g["properties"]["statcode"]
        raw = values.get(code) if values else None
        value = float(raw) if raw is not None and math.isfinite(float(raw)) else None
        props = {
            "code": code,
            "name": name_of.get(code) or g["properties"].get("statnaam") or code,
            "value": value,
            "value_txt": _format_value(value, value_format, lang),
        }
        for i, label in enumerate(extra_labels):
            cell = extra.get(code, {}).get(label, "")
            props[f"t{i}"] = fmt_int(cell, lang) if isinstance(cell, (int, float)) else str(cell)
        features.append({"type": g["type"], "arcs": g["arcs"], "properties": props})
    inline = {
        "type": "Topology",
        "arcs": topo["arcs"],
        "objects": {TOPO_OBJECT: {"type": "GeometryCollection", "geometries": features}},
    }
    if "transform" in topo:
        inline["transform"] = topo["transform"]
    w = width or SCREEN_SIZES["map"][0]
    h = height or int(round(min(max(w * _mercator_aspect(bbox), 0.5 * w), 1.3 * w)))
    tooltip = tooltips(
        ("properties.name", t("common.wijk", lang)),
        ("properties.value_txt", metric_label),
        *((f"properties.t{i}", label) for i, label in enumerate(extra_labels)),
    )
    base = {
        "mark": {"type": "geoshape", "fill": NO_DATA_COLOR, "stroke": "white", "strokeWidth": 0.8},
        "encoding": {"tooltip": tooltip},
    }
    known = [f["properties"]["value"] for f in features if f["properties"]["value"] is not None]
    layers = [base]
    if known:
        lo, hi = map_scale_domain(known)
        single = max(known) - min(known) <= 1e-9 * max(1.0, abs(max(known)))
        if single:  # one colour says nothing on its own: the value in words under the map
            same = t("chart.map.same", lang, value=_format_value(known[0], value_format, lang))
            note = f"{same} {note}" if note else same
        legend = (
            None
            if single
            else {
                "orient": "top",
                "direction": "horizontal",
                "format": _legend_format(value_format, lo, hi),
                "values": [lo, (lo + hi) / 2, hi],
                "labelOverlap": False,
                "gradientLength": min(220, int(w * (0.42 if marks else 0.7))),
                "gradientThickness": 10,
                "labelFontSize": 10,
            }
        )
        colored = {
            "mark": {"type": "geoshape", "stroke": "white", "strokeWidth": 0.8},
            "encoding": {
                "color": channel(
                    "properties.value",
                    "Q",
                    title=None,
                    legend=legend,
                    scale={"scheme": scheme, "domain": [lo, hi], "nice": False},
                ),
                "tooltip": tooltip,
            },
            "transform": [{"filter": "isValid(datum.properties.value)"}],
        }
        layers.append(colored)
    marked = _mark_points(codes, features, marks or {}, mark_labels or {})
    if marked:
        present = [s for s in MAP_STATUSES if any(p["status"] == s for p in marked)]
        labels = [(mark_labels or {}).get(s, s) for s in present]
        layers.append(
            {
                "data": {"values": marked},
                "mark": {
                    "type": "point",
                    "filled": False,
                    "stroke": TEXT_COLOR,
                    "strokeWidth": 1.6,
                    "size": 70,
                    "opacity": 1,
                },
                "encoding": {
                    "longitude": channel("lon", "Q"),
                    "latitude": channel("lat", "Q"),
                    "shape": channel(
                        "label",
                        "N",
                        title=None,
                        scale={"domain": labels, "range": [STATUS_SHAPES[s] for s in present]},
                        legend={
                            "orient": "top" if w >= 450 else "bottom",
                            "direction": "vertical",
                            "labelFontSize": 10,
                            "symbolStrokeWidth": 1.6,
                            "symbolSize": 70,
                            "labelLimit": w,
                        },
                    ),
                    "tooltip": tooltips(("name", t("common.wijk", lang)), ("label", t("chart.map.mark", lang))),
                },
            }
        )
    chart = {
        "data": {"name": "wijken", "format": {"type": "topojson", "feature": TOPO_OBJECT}},
        "layer": layers,
        "projection": {"type": "mercator"},
        "width": w,
        "height": h,
    }
    title = title or t("chart.map.title", lang, metric=metric_label)
    title = title[:1].upper() + title[1:]
    description = _map_description(title, [f["properties"] for f in features], marked, lang)
    return _finish(chart, lang, ctx, title, width=w, note=note, datasets={"wijken": inline}, description=description)


def _sentence(title: str) -> str:
    """A title as the first sentence of a text alternative: with a full stop unless it ends in one."""
    return title if title.endswith((".", "?", "!")) else title + "."


def _map_description(title: str, props: list[dict], marked: list[dict], lang: str) -> str:
    """The map's text alternative: how many wijken, what the colour means, the highest and lowest,
    and which wijken carry a symbol (at most 10 names per symbol)."""
    wijken = t("count.wijken", lang, count=len(props))
    title = _sentence(title)
    known = sorted((p for p in props if p["value"] is not None), key=lambda p: p["value"])
    if not known:
        text = t("chart.alt.map.none", lang, title=title, wijken=wijken)
    elif known[0]["value_txt"] == known[-1]["value_txt"]:
        text = t("chart.alt.map.single", lang, title=title, wijken=wijken, value=known[0]["value_txt"])
    else:

        def named(p):
            return f"{p['name']} ({p['value_txt']})"

        text = t(
            "chart.alt.map",
            lang,
            title=title,
            wijken=wijken,
            lo=known[0]["value_txt"],
            hi=known[-1]["value_txt"],
            top=named(known[-1]),
            bottom=named(known[0]),
        )
    for label in dict.fromkeys(p["label"] for p in marked):
        names = [p["name"] for p in marked if p["label"] == label]
        shown = ", ".join(names[:10]) + (", …" if len(names) > 10 else "")
        text += " " + t("chart.alt.map.marks", lang, label=label, n=len(names), names=shown)
    return text


def map_scale_domain(values: Iterable[float]) -> tuple[float, float]:
    """The colour scale of the map: from the lowest to the highest value (the real range, not a
    fixed one); one value only gives ``(0, value)`` (``(0, 1)`` when that is 0 or less)."""
    known = [float(v) for v in values if v is not None and math.isfinite(float(v))]
    if not known:
        return 0.0, 1.0
    lo, hi = min(known), max(known)
    if hi <= lo:
        lo, hi = (0.0, hi) if hi > 0 else (0.0, 1.0)
    return lo, hi


def _cents_decimals(value: float) -> int:
    """Decimals that show a small amount per resident: 2 (€ 0,48), 3 below 10 cents (€ 0,048)."""
    return 3 if 0 < value < 0.1 else 2


def _legend_format(value_format: str, lo: float, hi: float) -> str:
    """D3 format of the legend labels: enough decimals to tell the ends of the range apart."""
    if value_format == "pct":
        return D3_PCT1 if hi - lo < 0.06 else D3_PCT
    if value_format == "eur":
        return D3_EUR
    if value_format == "eur_cents":
        return D3_EUR_CENTS if hi >= 0.1 else "$,.3f"
    if value_format == "int":
        return D3_INT
    return ",.1f"


def _mark_points(
    codes: tuple[str, ...], features: list[dict], marks: Mapping[str, str], mark_labels: Mapping[str, str]
) -> list[dict]:
    """One point per marked wijk, at a spot inside it (see :func:`_label_point`)."""
    if not marks:
        return []
    spots = _label_points(codes)
    out = []
    for feature in features:
        props = feature["properties"]
        status = marks.get(props["code"])
        if status not in STATUS_SHAPES:
            continue
        lon, lat = spots[props["code"]]
        out.append(
            {
                "lon": round(lon, 5),
                "lat": round(lat, 5),
                "status": status,
                "name": props["name"],
                "label": mark_labels.get(status, status),
            }
        )
    return out


@lru_cache(maxsize=64)
def _label_points(codes: tuple[str, ...]) -> dict[str, tuple[float, float]]:
    """``{wijk code: (lon, lat)}`` of a spot inside each wijk of :func:`_gemeente_topology` (cached)."""
    topo, _ = _gemeente_topology(codes)
    arcs = _decoded_arcs(topo)
    return {g["properties"]["statcode"]: _label_point(arcs, g) for g in topo["objects"][TOPO_OBJECT]["geometries"]}


def _decoded_arcs(topo: dict) -> list[np.ndarray]:
    """The TopoJSON arcs as arrays of (lon, lat)."""
    tr = topo.get("transform")
    out = []
    for arc in topo["arcs"]:
        pts = np.asarray(arc, float)[:, :2]
        if tr:
            pts = np.cumsum(pts, axis=0) * tr["scale"] + tr["translate"]
        out.append(pts)
    return out


def _ring(arcs: list[np.ndarray], indices) -> np.ndarray:
    parts = []
    for k, i in enumerate(indices):
        pts = arcs[~i][::-1] if i < 0 else arcs[i]
        parts.append(pts if k == 0 else pts[1:])
    return np.concatenate(parts)


def _ring_area_centroid(ring: np.ndarray) -> tuple[float, tuple[float, float]]:
    x, y = ring[:, 0], ring[:, 1]
    x1, y1 = np.roll(x, -1), np.roll(y, -1)
    cross = x * y1 - x1 * y
    area = cross.sum() / 2
    if abs(area) < 1e-15:
        return 0.0, (float(x.mean()), float(y.mean()))
    return abs(float(area)), (float((x + x1) @ cross / (6 * area)), float((y + y1) @ cross / (6 * area)))


def _inside(ring: np.ndarray, px: float, py: float) -> bool:
    x, y = ring[:, 0], ring[:, 1]
    x1, y1 = np.roll(x, -1), np.roll(y, -1)
    span = (y > py) != (y1 > py)
    with np.errstate(divide="ignore", invalid="ignore"):
        at = (x1 - x) * (py - y) / (y1 - y) + x
    return bool(np.count_nonzero(span & (px < at)) % 2)


def _label_point(arcs: list[np.ndarray], geometry: dict) -> tuple[float, float]:
    """A point inside a (multi)polygon for its mark: the centroid of its largest part, or, when that
    falls outside (a crescent), the middle of the widest stretch of the part on the centroid's latitude."""
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    best = None
    for polygon in polygons:
        outer = _ring(arcs, polygon[0])
        area, centre = _ring_area_centroid(outer)
        if best is None or area > best[0]:
            best = (area, centre, outer)
    _, (cx, cy), outer = best
    if _inside(outer, cx, cy):
        return cx, cy
    x, y = outer[:, 0], outer[:, 1]
    x1, y1 = np.roll(x, -1), np.roll(y, -1)
    hit = (y > cy) != (y1 > cy)
    xs = np.sort(x[hit] + (cy - y[hit]) * (x1[hit] - x[hit]) / (y1[hit] - y[hit]))
    if len(xs) >= 2:
        k = int(np.argmax(xs[1::2] - xs[0::2]))
        return float((xs[2 * k] + xs[2 * k + 1]) / 2), cy
    return cx, cy


# -- scenarios compared -----------------------------------------------------------------------
def comparison_rows(named_evaluations: Iterable[tuple[str, object]]) -> list[dict]:
    """Rows for :func:`comparison_chart` from ``(scenario name, Evaluation)`` pairs."""
    return [{"name": name, "evaluation": ev} for name, ev in named_evaluations]


def _comparison_figures(row: Mapping) -> tuple[float, float, float, list[Mapping]]:
    """(target population, reached, reached 3+, band rows) of a comparison row: read from its
    Evaluation, or from the keys of ``Evaluation.to_dict()``."""
    ev = row.get("evaluation")
    if ev is not None:
        return (ev.total("target_population"), ev.total("reached"), ev.total("reached_3plus"), ev.band_rows())
    return row["target_population"], row["reached"], row["reached_3plus"], row.get("bands", [])


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def comparison_chart(rows: list[Mapping], lang: str, context, *, width: int | None = None, height: int | None = None):
    """Two to four scenarios side by side: reach %, reach 3+ % and reach % per age band.

    Each row is ``{"name": ..., "evaluation": Evaluation}`` (see :func:`comparison_rows`) or, as
    before, ``{"name": ..., **Evaluation.to_dict()}``.
    """
    ctx = as_context(context)
    rows = list(rows)
    if not rows:
        raise ValueError("comparison: give at least one scenario")
    w, h = width or SCREEN_SIZES["comparison"][0], height or SCREEN_SIZES["comparison"][1]
    names = _unique([str(r.get("name") or f"{t('common.scenario', lang)} {i + 1}") for i, r in enumerate(rows)])
    records, group_order = [], []

    def add(group: str, name: str, part: float, whole: float):
        share = part / whole if whole > 0 else 0.0
        if group not in group_order:
            group_order.append(group)
        records.append(
            {
                "group": group,
                "scenario": name,
                "share": share,
                "share_txt": fmt_pct(share, lang, 0),
                "reached_txt": fmt_int(part, lang),
            }
        )

    for name, row in zip(names, rows):
        population, reached, reached_3plus, bands = _comparison_figures(row)
        add(t("chart.comparison.total", lang), name, reached, population)
        add(t("chart.comparison.reach3", lang), name, reached_3plus, population)
        for band in bands:
            add(band_label(band["band"], lang), name, band["reached"], band["target_population"])
    data = pd.DataFrame(records)
    palette = list(SCENARIO_COLORS[: len(names)]) + ["#777777"] * max(0, len(names) - len(SCENARIO_COLORS))
    x = channel(
        "group",
        "N",
        title=None,
        sort=group_order,
        axis={"labelAngle": 0, "labelLimit": 140, "ticks": False, "labelFontSize": 10 if w < 450 else 11},
    )
    offset = channel("scenario", "N", sort=names, scale={"paddingInner": 0.08})
    y = channel(
        "share",
        "Q",
        title=t("chart.comparison.y", lang),
        scale={"domain": [0, 1]},
        axis={"format": D3_PCT, "tickCount": 5},
    )
    style = _series_style("scenario", names, palette)
    legend = _fill_legend(names, palette, x0=0, bottom=-16, width=w)
    tooltip = tooltips(
        ("scenario", t("common.scenario", lang)),
        ("group", t("chart.comparison.group", lang)),
        ("share_txt", t("metric.reach_share", lang)),
        ("reached_txt", t("fig.reached", lang)),
    )
    chart = _grouped_bars(data, x, offset, y, style, tooltip, 10 if len(names) <= 2 and w >= 450 else 9, w, h, legend)
    per_name = [
        "{}: {}".format(name, ", ".join(f"{r['group']} {r['share_txt']}" for r in records if r["scenario"] == name))
        for name in names
    ]
    description = t(
        "chart.alt.comparison",
        lang,
        title=_sentence(t("chart.comparison.title", lang)),
        styles=_style_names(names, lang),
        rows="; ".join(per_name),
    )
    return _finish(chart, lang, ctx, t("chart.comparison.title", lang), width=w, description=description)


# -- calibration: the export's rows against the fitted reach curve (issue 12) ----------------------
SCREEN_SIZES["calibration"] = (560, 280)
PRINT_SIZES["calibration"] = (330, 165)
#: Colour of export rows that are not used (grey: they are shown, not counted).
SKIPPED_COLOR = "#888888"


def calibration_description(rows: Iterable[Mapping], lang: str) -> str:
    """The chart in a sentence, for screen readers: how many rows, and how far the line lies from
    the measured reach on average (relative to it)."""
    used = [r for r in rows if r.get("used") and r.get("reach") and r.get("predicted_reach") is not None]
    gap = (
        sum(abs(float(r["predicted_reach"]) - float(r["reach"])) / float(r["reach"]) for r in used) / len(used)
        if used
        else 0.0
    )
    shown = [
        t("chart.calibration.alt_row", lang, row=r["row"], reach=r["reach"], predicted=r["predicted_reach"])
        for r in used[:12]
    ]
    return t(
        "chart.calibration.description",
        lang,
        title=t("chart.calibration.title", lang),
        n=len(used),
        gap=gap,
        rows="; ".join(shown) + ("; …" if len(used) > 12 else ""),
    )


def calibration_chart(
    rows: Iterable[Mapping],
    curves: Iterable[Mapping],
    lang: str,
    context,
    *,
    width: int | None = None,
    height: int | None = None,
):
    """Observed against predicted reach of an Ads Manager export: the reach of every row against
    its impressions (filled points: used; grey open points: not used) and the fitted reach curve
    of each group of rows (one targeting, one age group) as a line.

    ``rows`` are ``{row, name, impressions, reach, predicted_reach, used}`` and ``curves``
    ``{group, impressions, predicted_reach}`` (:func:`budgetsim.calibration.fitted_curves`).
    """
    ctx = as_context(context)
    rows, curves = list(rows), list(curves)
    w, h = width or SCREEN_SIZES["calibration"][0], height or SCREEN_SIZES["calibration"][1]
    kinds = {True: t("chart.calibration.observed", lang), False: t("chart.calibration.skipped", lang)}
    curve_label = t("chart.calibration.curve", lang)
    order = [kinds[True], kinds[False], curve_label]
    points = [
        {
            "kind": kinds[bool(r["used"])],
            "impressions": float(r["impressions"]),
            "reach": float(r["reach"]),
            "name": f"{r['row']}: {r.get('name') or '–'}",
            "impressions_txt": fmt_int(r["impressions"], lang),
            "reach_txt": fmt_int(r["reach"], lang),
            "predicted_txt": "–" if r.get("predicted_reach") is None else fmt_int(r["predicted_reach"], lang),
        }
        for r in rows
        if r.get("impressions") and r.get("reach") is not None
    ]
    line = [
        {
            "kind": curve_label,
            "group": int(c["group"]),
            "impressions": float(c["impressions"]),
            "reach": float(c["predicted_reach"]),
        }
        for c in curves
    ]
    color = channel(
        "kind",
        "N",
        title=None,
        sort=order,
        scale={"domain": order, "range": [SOCIAL_COLOR, SKIPPED_COLOR, SOCIAL_COLOR]},
        legend={"orient": "top", "direction": "horizontal", "offset": 6, "columnPadding": 16, "labelLimit": 320},
    )
    x = channel("impressions", "Q", title=t("chart.calibration.x", lang), axis={"format": D3_INT, "tickCount": 5})
    y = channel("reach", "Q", title=t("chart.calibration.y", lang), axis={"format": D3_INT, "tickCount": 5})
    layers = [
        {
            "data": {"values": vl.records(line)},
            "mark": {"type": "line", "strokeWidth": 2, "opacity": 0.8},
            "encoding": {"x": x, "y": y, "color": color, "detail": channel("group", "N")},
        },
        {
            "data": {"values": vl.records(points)},
            "mark": {"type": "point", "size": 70, "strokeWidth": 2},
            "encoding": {
                "x": x,
                "y": y,
                "color": color,
                "shape": channel(
                    "kind",
                    "N",
                    sort=order,
                    legend=None,
                    scale={"domain": order, "range": ["circle", "cross", "circle"]},
                ),
                "fill": channel(
                    "kind",
                    "N",
                    sort=order,
                    legend=None,
                    scale={"domain": order, "range": [SOCIAL_COLOR, "transparent", SOCIAL_COLOR]},
                ),
                "tooltip": tooltips(
                    ("name", t("chart.calibration.row", lang)),
                    ("impressions_txt", t("chart.calibration.x", lang)),
                    ("reach_txt", t("chart.calibration.y", lang)),
                    ("predicted_txt", t("chart.calibration.predicted", lang)),
                ),
            },
        },
    ]
    return _finish(
        {"layer": layers, "width": w, "height": h},
        lang,
        ctx,
        t("chart.calibration.title", lang),
        width=w,
        description=calibration_description(rows, lang),
    )
