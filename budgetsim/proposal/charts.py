"""The proposal's charts as Vega-Lite specs, drawn at the size the layout asks for.

Unlike the app's charts (:mod:`budgetsim.charts`) these carry no title, subtitle or source line:
the document gives each chart a heading and a caption, and states the source once. Every text in
them is :data:`FONT_PX` or larger; the layouts place a chart at :data:`MM_PER_PX` or more, so its
text is at least 8 pt on paper.
"""

from __future__ import annotations

from itertools import pairwise

from ..charts.maps import wijk_map
from ..charts.style import BOTH_COLOR, FONT, GRID_COLOR, PRINT_COLOR, SCENARIO_COLORS, SOCIAL_COLOR, TEXT_COLOR
from ..formatting import D3_EUR, D3_INT, D3_PCT, vega_locale
from ..vegalite import SCHEMA_URL, VegaLiteChart, channel, config
from .content import LETTERS, Chart

#: The smallest text in a chart, in px.
FONT_PX = 11
#: Millimetres on paper per chart px: 11 px come out at 11 * 0.27 / 0.3528 = 8.4 pt (8.2 pt when a chart is
#: scaled down by the 3 % a layout may be off, render.CLOSE_ENOUGH).
MM_PER_PX = 0.27
#: Colour of "Nu" in the charts (grey: what is, not an option).
CURRENT_COLOR = "#8C8C8C"
#: Colours of the options A, B, C.
OPTION_COLORS = (SCENARIO_COLORS[0], SCENARIO_COLORS[1], SCENARIO_COLORS[2])
#: Points closer than this across (px) count as close for their labels.
LABEL_NEAR_PX = 40
#: Area of a point's dot, px² (about 10 px across); dots closer than :data:`DOT_OVERLAP_PX` overlap.
DOT_SIZE = 90
DOT_OVERLAP_PX = 11
#: A dot on top of an overlapping one is this much smaller in area, so both show (as rings).
RING_SHRINK = 0.4
#: Share of an age band's width that its bars fill (Vega-Lite's default band padding).
BAND_FILL = 0.8
#: Outer padding of every chart, px.
PADDING_PX = 6


def _text_px(text: str, size: float = FONT_PX) -> float:
    """Room in px for ``text`` at ``size`` px in Liberation Sans, with a little margin."""
    return len(text) * size * 0.56 + 8


def _look(lang: str) -> dict:
    look = config(FONT, vega_locale(lang), TEXT_COLOR, GRID_COLOR)
    look["padding"] = PADDING_PX
    for part in ("axis", "legend"):
        look[part].update(labelFontSize=FONT_PX, titleFontSize=FONT_PX)
    return look


def _spec(plot: dict, lang: str, datasets: dict | None = None) -> VegaLiteChart:
    spec = {"$schema": SCHEMA_URL, "config": _look(lang), **plot}
    if datasets:
        spec["datasets"] = datasets
    return VegaLiteChart(spec)


def place_point_labels(points: list[dict], max_budget: float, width: int, height: int) -> list[dict]:
    """Each point with the size of its dot and where its label goes (``dx``, ``dy``, ``align``), judged in
    px of a plot ``width`` x ``height``. A label goes above its dot, or below it when a point close by
    lies higher and no dot lies just below. Dots that overlap are drawn as rings (each later one smaller,
    on top) and labelled side by side above them: the first to the left, the others to the right."""
    out = [
        dict(
            p,
            x_px=p["budget"] / max(max_budget, 1) * width,
            y_px=(1 - p["share"]) * height,
            size=DOT_SIZE,
            dx=6,
            dy=-9,
            align="left",
        )
        for p in points
    ]

    def overlap(p: dict, q: dict) -> bool:
        return abs(p["x_px"] - q["x_px"]) < DOT_OVERLAP_PX and abs(p["y_px"] - q["y_px"]) < DOT_OVERLAP_PX

    for i, p in enumerate(out):
        under = [q for q in out[:i] if overlap(p, q)]
        if under:
            p["size"] = min(q["size"] for q in under) * RING_SHRINK
            under[0].update(dx=-6, align="right")
            p["dx"] = 6 + FONT_PX * (len(under) - 1)  # right of a label already there
    for p in out:
        close = [q for q in out if q is not p and abs(q["x_px"] - p["x_px"]) < LABEL_NEAR_PX]
        if any(overlap(p, q) for q in close):
            continue
        higher = any(q["y_px"] < p["y_px"] for q in close)
        dot_below = any(0 < q["y_px"] - p["y_px"] < 2 * FONT_PX for q in close)
        if higher and not dot_below:
            p["dy"] = 10
    return out


def saturation_spec(chart: Chart, width: int, height: int, lang: str) -> VegaLiteChart:
    """Reach against the budget a year: the paper alone, social media alone, both as the proposed
    option mixes them; "Nu" and every option as labelled points."""
    d = chart.data
    colors = [PRINT_COLOR, SOCIAL_COLOR, BOTH_COLOR]
    x = channel(
        "budget",
        "Q",
        title=d["x_title"],
        scale={"domain": [0, d["max_budget"]], "nice": False},
        axis={"format": D3_EUR, "tickCount": max(3, min(5, width // 90)), "labelFlush": True, "labelOverlap": True},
    )
    y = channel("share", "Q", title=d["y_title"], scale={"domain": [0, 1]}, axis={"format": D3_PCT, "tickCount": 5})
    color = channel("series", "N", title=None, scale={"domain": d["series"], "range": colors}, legend=None)
    lines = {
        "data": {"values": d["lines"]},
        "mark": {"type": "line", "strokeWidth": 2.2, "interpolate": "monotone"},
        "encoding": {"x": x, "y": y, "color": color},
    }
    # each line named at its right end, in its colour (no legend to look up)
    ends: dict[str, dict] = {}
    for row in d["lines"]:
        if row["series"] not in ends or row["budget"] >= ends[row["series"]]["budget"]:
            ends[row["series"]] = dict(row)
    ordered = sorted(ends.values(), key=lambda r: r["share"])
    min_gap = (FONT_PX + 2) / max(height, 1)  # labels at least a line apart
    for below, above in pairwise(ordered):
        above["share"] = max(above["share"], below["share"] + min_gap)
    names = {
        "data": {"values": ordered},
        "mark": {"type": "text", "align": "left", "baseline": "middle", "dx": 5, "fontSize": FONT_PX},
        "encoding": {
            "x": channel("budget", "Q"),
            "y": channel("share", "Q"),
            "text": channel("series", "N"),
            "color": color,
        },
    }
    points = place_point_labels(
        [
            dict(p, color=CURRENT_COLOR if p["key"] == "current" else OPTION_COLORS[LETTERS.index(p["key"])])
            for p in d["points"]
        ],
        d["max_budget"],
        width,
        height,
    )
    dots = {
        "data": {"values": points},
        "mark": {"type": "point", "filled": True, "opacity": 1, "stroke": "white", "strokeWidth": 1.5},
        "encoding": {
            "x": channel("budget", "Q"),
            "y": channel("share", "Q"),
            "color": channel("color", "N", scale=None),
            "size": channel("size", "Q", scale=None),
        },
    }
    labels = []
    for dx, dy, align in sorted({(p["dx"], p["dy"], p["align"]) for p in points}):  # one layer per position
        for halo in (True, False):  # a white outline first, so a label stays readable on a line
            mark = {
                "type": "text",
                "align": align,
                "baseline": "middle",
                "dx": dx,
                "dy": dy,
                "fontSize": FONT_PX + 1,
                "fontWeight": "bold",
            }
            if halo:
                mark.update(stroke="white", strokeWidth=3, strokeJoin="round")
            labels.append(
                {
                    "data": {"values": [p for p in points if (p["dx"], p["dy"], p["align"]) == (dx, dy, align)]},
                    "mark": mark,
                    "encoding": {
                        "x": channel("budget", "Q"),
                        "y": channel("share", "Q"),
                        "text": channel("label", "N"),
                        "color": channel("color", "N", scale=None),
                    },
                }
            )
    return _spec({"layer": [lines, names, dots, *labels], "width": width, "height": height}, lang)


def ages_spec(chart: Chart, width: int, height: int, lang: str) -> VegaLiteChart:
    """Share reached per age band, a bar for "Nu" and for each option, the share written on top."""
    d = chart.data
    palette = ([CURRENT_COLOR] if d["has_current"] else []) + list(OPTION_COLORS[: len(d["groups"]) - d["has_current"]])
    x = channel(
        "band",
        "N",
        title=d["x_title"],
        sort=d["bands"],
        axis={"labelAngle": 0, "labelLimit": 200, "ticks": False, "labelFontSize": FONT_PX},
    )
    offset = channel("option", "N", sort=d["groups"], scale={"paddingInner": 0.06})
    bar_px = width / max(len(d["bands"]), 1) * BAND_FILL / max(len(d["groups"]), 1)
    label_px = max((_text_px(r["share_txt"]) for r in d["rows"]), default=0.0)
    upright = label_px <= bar_px  # the share fits on top of its bar, else it is written upwards
    # room above the highest bar for its label, inside the plot (not over the legend); the axis ends at 100 %
    above_px = FONT_PX + 4 if upright else label_px  # _text_px has 8 px to spare: dx and a little room
    highest = max((r["share"] for r in d["rows"]), default=1.0)
    top = max(1.14, highest * height / max(height - above_px, height / 3))
    y = channel(
        "share",
        "Q",
        title=d["y_title"],
        scale={"domain": [0, top], "nice": False},
        axis={"format": D3_PCT, "values": [0, 0.2, 0.4, 0.6, 0.8, 1.0]},
    )
    color = channel(
        "option",
        "N",
        title=None,
        sort=d["groups"],
        scale={"domain": d["groups"], "range": palette},
        legend={"orient": "top", "direction": "horizontal", "offset": 6, "columnPadding": 12},
    )
    position = {"x": x, "xOffset": offset, "y": y}
    bars = {
        "mark": {"type": "bar", "cornerRadiusTopLeft": 2, "cornerRadiusTopRight": 2},
        "encoding": {**position, "color": color},
    }
    if upright:
        mark = {"angle": 0, "align": "center", "baseline": "bottom", "dy": -2}
    else:  # written upwards from the top of the bar
        mark = {"angle": 270, "align": "left", "baseline": "middle", "dx": 3}
    text = {
        "mark": {"type": "text", "fontSize": FONT_PX, "color": TEXT_COLOR, **mark},
        "encoding": {**position, "text": channel("share_txt", "N")},
    }
    return _spec({"data": {"values": d["rows"]}, "layer": [bars, text], "width": width, "height": height}, lang)


def importance_spec(chart: Chart, width: int, height: int, lang: str) -> VegaLiteChart:
    """Which assumption matters most: per assumption a bar from the residents reached with it at the
    low end to those at the high end (from the plan as chosen), the value in words at each end."""
    d = chart.data
    bars = d["bars"]
    point = d["point"]
    tos = [b["to"] for b in bars] + [point]
    lo, hi = min(tos), max(tos)
    span = (hi - lo) or max(abs(point) * 0.05, 1.0)
    # room at both ends of the bars for the value texts written there
    left_px = max([_text_px(b["value_txt"]) for b in bars if b["to"] < point] or [0.0])
    right_px = max([_text_px(b["value_txt"]) for b in bars if b["to"] >= point] or [0.0])
    room = min((left_px + right_px) / max(width, 1), 0.6)
    total = span / (1.0 - room)
    start = lo - left_px / max(width, 1) * total
    domain = [start, start + total]
    x = channel(
        "from",
        "Q",
        title=d["x_title"],
        scale={"domain": domain, "nice": False, "zero": False},
        axis={
            "format": D3_INT,
            "tickCount": max(3, min(5, width // 110)),
            "labelFlush": True,
            "labelOverlap": True,
            "grid": True,
        },
    )
    y = channel(
        "label",
        "N",
        sort=d["order"],
        title=None,
        scale={"domain": d["order"], "paddingInner": 0.3, "paddingOuter": 0.15},
        axis={
            "labelLimit": 400,
            "ticks": False,
            "domain": False,
            "labelPadding": 6,
            "labelFontSize": FONT_PX,
            "grid": False,
        },
    )
    color = channel(
        "end",
        "N",
        title=None,
        scale={"domain": d["ends"], "range": ["#D55E00", "#56B4E9"]},
        legend={"orient": "top", "direction": "horizontal", "offset": 4, "columnPadding": 12},
    )
    layers = [
        {
            "data": {"values": bars},
            "mark": {"type": "bar", "cornerRadius": 1},
            "encoding": {"x": x, "x2": {"field": "to"}, "y": y, "color": color},
        }
    ]
    for is_left, align, dx in ((True, "right", -4), (False, "left", 4)):
        part = [b for b in bars if (b["to"] < point) == is_left]
        if part:
            layers.append(
                {
                    "data": {"values": part},
                    "mark": {
                        "type": "text",
                        "align": align,
                        "baseline": "middle",
                        "dx": dx,
                        "fontSize": FONT_PX,
                        "color": TEXT_COLOR,
                    },
                    "encoding": {
                        "x": channel("to", "Q"),
                        "y": channel("label", "N", sort=d["order"]),
                        "text": channel("value_txt", "N"),
                    },
                }
            )
    layers.append(
        {
            "data": {"values": [{"from": point, "text": d["point_txt"]}]},
            "mark": {"type": "rule", "color": TEXT_COLOR, "strokeWidth": 1.2},
            "encoding": {"x": channel("from", "Q")},
        }
    )
    return _spec({"layer": layers, "width": width, "height": height}, lang)


def map_spec(chart: Chart, width: int, height: int, lang: str) -> VegaLiteChart:
    """The wijk map of the proposed option, coloured by the share reached, its highest and lowest
    wijken named (``ValueError`` when none of its areas has a CBS boundary). The app's map, without
    its own title and source line."""
    d = chart.data
    full = wijk_map(
        d.get("places") or d["evaluation"],
        d["values"],
        d["metric"],
        lang,
        ("", ""),
        width=width,
        height=height or None,  # None: the height follows the gemeente's shape
        label_size=FONT_PX,
    )
    spec = full.to_dict()
    plot = spec.get("vconcat", [spec])[0]  # the map itself, under the frame's title
    out = {k: v for k, v in plot.items()}
    legend_layer = [layer for layer in out.get("layer", []) if "color" in layer.get("encoding", {})]
    for layer in legend_layer:
        legend = layer["encoding"]["color"].get("legend")
        if legend:
            legend.update(labelFontSize=FONT_PX, gradientLength=max(120, min(width - 20, 260)))
    return _spec(out, lang, spec.get("datasets"))


SPECS = {"saturation": saturation_spec, "ages": ages_spec, "importance": importance_spec, "map": map_spec}


def chart_spec(chart: Chart, width: float, height: float, lang: str) -> VegaLiteChart:
    """The Vega-Lite spec of one of the proposal's charts at ``width`` x ``height`` px (the plot area, in whole px)."""
    return SPECS[chart.kind](chart, int(width), int(height), lang)
