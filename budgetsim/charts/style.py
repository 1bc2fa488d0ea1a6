"""The look of every chart: Okabe–Ito colours, fonts, sizes, fills that tell series apart, and the
legends drawn as marks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

import pandas as pd

from ..i18n import t
from ..vegalite import channel, records

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


#: The map's one colour when its areas (about) do not differ: the middle of :data:`MAP_SCHEME`.
SINGLE_COLOR = "#6BAED6"


#: vl-convert ships Liberation Sans (metric-compatible with Arial/Helvetica); browsers fall back.
FONT = "Liberation Sans, Arial, Helvetica, sans-serif"


TEXT_COLOR = "#222222"


MUTED_COLOR = "#555555"


GRID_COLOR = "#E6E6E6"


class ChartSizes(TypedDict):
    """Plot-area sizes (width, height) in px per chart; None: the height follows from the content."""

    saturation: tuple[int, int]
    age: tuple[int, int]
    map: tuple[int, None]
    comparison: tuple[int, int]
    tornado: tuple[int, None]
    calibration: tuple[int, int]


#: Plot-area sizes (width, height) in px for the screen and for the one-page PDF.
SCREEN_SIZES: ChartSizes = {
    "saturation": (600, 320),
    "age": (560, 280),
    "map": (520, None),
    "comparison": (600, 300),
    "tornado": (380, None),
    "calibration": (560, 280),
}


PRINT_SIZES: ChartSizes = {
    "saturation": (330, 160),
    "age": (330, 165),
    "map": (300, None),
    "comparison": (330, 185),
    "tornado": (190, None),
    "calibration": (330, 165),
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


#: Longest chart subtitle (gemeente and scenario name), in characters: fits the narrowest chart.
SUBTITLE_CHARS = 70


def fills(n: int) -> list[float]:
    return [BAR_FILL_OPACITY[i % len(BAR_FILL_OPACITY)] for i in range(n)]


def series_style(field: str, domain: list[str], colors: list[str]) -> dict:
    """Encodings that tell the series of a bar chart apart by colour AND by fill (solid, light,
    outline, half; see :data:`BAR_FILL_OPACITY`), with a border in the series' colour. Vega-Lite's
    own legend cannot show the fills, so these have none: add :func:`fill_legend` beside them."""
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
            scale={"type": "ordinal", "domain": domain, "range": fills(len(domain))},
        ),
    }


def fill_legend(
    domain: list[str], colors: list[str], *, x0: float, bottom: float, width: float, font_size: int = 11
) -> list[dict]:
    """A legend drawn as marks, in pixels from the plot's top left: per series a swatch with its
    colour, border AND fill (what :func:`series_style` draws), then its name; rows from left to
    right, wrapped at ``width``, the last row's swatches ending at ``bottom`` (negative: above)."""
    rows: list[list[dict]] = [[]]
    x = x0
    for name, colour, fill in zip(domain, colors, fills(len(domain))):
        item_w = 12 + 5 + text_px(name, font_size) + 16
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


def style_names(names: list[str], lang: str) -> str:
    """ "Krant (volle staaf), social media (lichte staaf), ...": which fill belongs to which series."""
    return ", ".join(t(f"chart.alt.style.{i % len(BAR_FILL_OPACITY)}", lang, name=name) for i, name in enumerate(names))


def line_legend(
    names: list[str],
    colors: list[str],
    dashes: Sequence[Sequence[float]],
    widths: list[float],
    *,
    bottom: float,
    width: float,
    font_size: int = 11,
) -> list[dict]:
    """The legend of a line chart drawn as marks (see :func:`fill_legend`): per line a short
    stroke in its colour, dash pattern and width, then its name."""
    rows: list[list[dict]] = [[]]
    x = 0.0
    for name, colour, dash, stroke in zip(names, colors, dashes, widths):
        item_w = 24 + 5 + text_px(name, font_size) + 16
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


def grouped_bars(
    data: pd.DataFrame,
    x: dict,
    offset: dict,
    y: dict,
    style: dict,
    tooltip: list[dict],
    font_size: int,
    width: int,
    height: int,
    legend: Sequence[dict] = (),
) -> dict:
    """Bars side by side per group (``xOffset``) with the ``share_txt`` label on top of each; ``style``
    is :func:`series_style`, ``legend`` its :func:`fill_legend`."""
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


def text_px(text: str, size: float, bold: bool = False) -> float:
    """Rough width in px of ``text`` in Liberation Sans/Arial (for placing labels)."""
    return len(text) * size * (0.51 if bold else 0.48)
