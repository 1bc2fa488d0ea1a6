"""Charts of the proposal as PNG images that fill a box on paper, text at 8 pt or more.

A chart is laid out by vl-convert as SVG, measured, laid out once more with its plot area corrected
so the whole chart (axes and legend included) fills the box at :data:`charts.MM_PER_PX`, then
rasterised at :data:`DPI`.
"""

from __future__ import annotations

from dataclasses import dataclass

import vl_convert as vlc

from ..chart_files import svg_size
from .charts import MM_PER_PX, chart_spec
from .content import Chart

#: Resolution of the chart images on paper (print quality without making the files heavy).
DPI = 200
MM_PER_INCH = 25.4
#: First guess of the room that axes, legend and padding take around the plot area, px.
FRAME_GUESS_PX = (70, 60)
#: The room axes and legend took last time, per chart kind and language: a better first guess, so
#: most charts are laid out once (the axes' labels change little from one proposal to the next).
FRAMES_SEEN: dict[tuple[str, str], tuple[float, float]] = {}
#: Smallest plot area, px (a box too small for a chart still gets a readable one, scaled down).
MIN_PLOT_PX = (120, 60)
#: A first layout within this share of the box is kept (no second pass).
CLOSE_ENOUGH = 0.03


#: Charts whose height follows their own shape (the map): only their width is chosen.
SHAPED = ("map",)


@dataclass(frozen=True)
class ChartImage:
    """A rendered chart: PNG bytes and the size in mm at which its text is as designed."""

    png: bytes
    width_mm: float
    height_mm: float


def _shaped(chart: Chart, box_w: float, box_h: float, lang: str) -> tuple[str, float, float]:
    """A chart that keeps its shape, as wide as the box allows without passing its height."""
    plot_w = max(MIN_PLOT_PX[0], box_w - FRAME_GUESS_PX[0] / 2)
    svg = vlc.vegalite_to_svg(chart_spec(chart, plot_w, 0, lang).spec)
    w, h = svg_size(svg)
    scale = min(box_h / h, box_w / w)  # as large as the box allows, in both directions
    if abs(scale - 1.0) > CLOSE_ENOUGH:
        plot_w = max(MIN_PLOT_PX[0], plot_w * scale)
        svg = vlc.vegalite_to_svg(chart_spec(chart, plot_w, 0, lang).spec)
        w, h = svg_size(svg)
    return svg, w, h


def render_chart(chart: Chart, width_mm: float, height_mm: float, lang: str) -> ChartImage:
    """The chart as PNG, laid out to fill ``width_mm`` x ``height_mm`` (``ValueError`` from the map
    when its areas have no boundaries)."""
    box_w, box_h = width_mm / MM_PER_PX, height_mm / MM_PER_PX
    if chart.kind in SHAPED:
        svg, w, h = _shaped(chart, box_w, box_h, lang)
    else:
        frame_w, frame_h = FRAMES_SEEN.get((chart.kind, lang), FRAME_GUESS_PX)
        plot_w = max(MIN_PLOT_PX[0], box_w - frame_w)
        plot_h = max(MIN_PLOT_PX[1], box_h - frame_h)
        svg = vlc.vegalite_to_svg(chart_spec(chart, plot_w, plot_h, lang).spec)
        w, h = svg_size(svg)
        FRAMES_SEEN[chart.kind, lang] = (w - plot_w, h - plot_h)
        if abs(w - box_w) > CLOSE_ENOUGH * box_w or abs(h - box_h) > CLOSE_ENOUGH * box_h:
            plot_w = max(MIN_PLOT_PX[0], plot_w + box_w - w)
            plot_h = max(MIN_PLOT_PX[1], plot_h + box_h - h)
            svg = vlc.vegalite_to_svg(chart_spec(chart, plot_w, plot_h, lang).spec)
            w, h = svg_size(svg)
            FRAMES_SEEN[chart.kind, lang] = (w - plot_w, h - plot_h)
    scale = DPI * MM_PER_PX / MM_PER_INCH  # image px per chart px
    png = vlc.svg_to_png(svg, scale=scale * 72.0 / DPI, ppi=DPI)
    return ChartImage(png, w * MM_PER_PX, h * MM_PER_PX)
