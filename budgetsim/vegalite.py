"""Vega-Lite specs written as plain dicts, and the finished chart that carries one.

The app redraws its charts on every slider move, so they are written as Vega-Lite dicts directly:
Altair's object model took 40–150 ms to build and serialise each of them (more than the whole
model); as dicts they take 1–25 ms, most of it writing the numbers for the tooltips
(``benchmarks/bench_charts.py``). Altair's copy of the Vega-Lite schema checks the
specs in the tests (:func:`validate_spec`). Every chart gets the same frame (:func:`frame`): title
and subtitle, the source line under the plot, fonts, the language's number format and quiet axes.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: The Vega-Lite version the specs are written for (the one the installed Altair writes).
SCHEMA_URL = "https://vega.github.io/schema/vega-lite/v6.4.1.json"


@dataclass(frozen=True, eq=False)
class VegaLiteChart:
    """A finished chart: a complete Vega-Lite spec. Show it with ``st.vega_lite_chart(chart.to_dict())``,
    export it with :mod:`budgetsim.chart_files`."""

    spec: dict = field(repr=False)

    def to_dict(self, validate: bool = False) -> dict:
        """A copy of the spec (checked against the Vega-Lite schema when ``validate``)."""
        spec = json.loads(json.dumps(self.spec))  # a deep copy, several times faster than copy.deepcopy
        if validate:
            validate_spec(spec)
        return spec


def validate_spec(spec: Mapping) -> None:
    """Raise ``ValueError`` naming the first place where ``spec`` breaks the Vega-Lite schema."""
    import jsonschema
    from altair.vegalite.v6.schema import core

    error = jsonschema.exceptions.best_match(jsonschema.Draft7Validator(core.load_schema()).iter_errors(spec))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise ValueError(f"chart spec at {where}: {error.message[:300]}")


def records(rows) -> list[dict]:
    """JSON-ready rows from a DataFrame or dicts: numpy numbers become Python numbers, NaN null."""
    if hasattr(rows, "to_dict"):
        rows = rows.to_dict("records")
    out = []
    for row in rows:
        clean = {}
        for key, value in row.items():
            if hasattr(value, "item"):  # numpy scalar
                value = value.item()
            if isinstance(value, float) and not math.isfinite(value):
                value = None
            clean[key] = value
        out.append(clean)
    return out


def channel(name: str, kind: str, **extra: Any) -> dict:
    """An encoding channel on a field: ``kind`` is ``Q`` (quantitative) or ``N`` (nominal)."""
    return {"field": name, "type": {"Q": "quantitative", "N": "nominal"}[kind], **extra}


def tooltips(*pairs: tuple[str, str]) -> list[dict]:
    """Tooltip lines ``(field, title)`` of nominal (already formatted) fields."""
    return [channel(name, "N", title=title) for name, title in pairs]


def config(font: str, locale: dict, text_color: str, grid_color: str) -> dict:
    """The look every chart shares. ``aria`` is off for every mark and guide: a screen reader gets
    the chart's ``description`` (see :func:`frame`) as one text alternative instead of hundreds of
    machine-made labels such as "properties.value: 86 %"."""
    return {
        "aria": False,
        "font": font,
        "locale": locale,
        "padding": 12,
        "background": "white",
        "view": {"stroke": None},
        "concat": {"spacing": 10},
        "axis": {
            "labelFontSize": 11,
            "titleFontSize": 11,
            "titleFontWeight": "normal",
            "labelColor": text_color,
            "titleColor": text_color,
            "gridColor": grid_color,
            "domainColor": "#888888",
            "tickColor": "#888888",
            "titlePadding": 8,
        },
        "legend": {
            "labelFontSize": 11,
            "titleFontSize": 11,
            "titleFontWeight": "normal",
            "labelColor": text_color,
            "titleColor": text_color,
            "symbolStrokeWidth": 3,
            "labelLimit": 360,
        },
    }


def _text_line(text: str, color: str, dx: float, y: float) -> dict:
    return {
        "data": {"values": [{"text": text}]},
        "mark": {"type": "text", "align": "left", "baseline": "top", "fontSize": 10, "color": color, "dx": dx},
        "encoding": {"text": channel("text", "N"), "x": {"value": 0}, "y": {"value": y}},
    }


def hide_marks(spec: dict) -> dict:
    """Set ``aria: false`` on every mark of ``spec`` (in place, through layers and concats): Vega then
    hides each mark from screen readers (``aria-hidden``), so the chart is one image whose text
    alternative is the top-level ``description``. (``config.aria`` alone hides only the items and
    guides and leaves each mark's container as an unnamed ``graphics-symbol``, which axe reports.)"""
    mark = spec.get("mark")
    if isinstance(mark, str):
        spec["mark"] = {"type": mark, "aria": False}
    elif isinstance(mark, dict):
        mark["aria"] = False
    for key in ("layer", "vconcat", "hconcat", "concat"):
        for part in spec.get(key, ()):
            hide_marks(part)
    if isinstance(spec.get("spec"), dict):  # facet / repeat
        hide_marks(spec["spec"])
    return spec


def frame(
    plot: dict,
    *,
    title: str,
    subtitle: str,
    source: str,
    look: dict,
    width: int,
    muted_color: str,
    text_color: str,
    footer_offset: float = 0,
    note: str | None = None,
    note_swatch: bool = False,
    datasets: Mapping[str, Any] | None = None,
    description: str | None = None,
) -> VegaLiteChart:
    """The finished chart: ``plot`` (a unit or layer spec with its size) under a title and subtitle,
    above the source line; ``note`` on its own line above the source (with a small translucent grey
    square in front when ``note_swatch``: the legend of a band). ``look`` is :func:`config`.
    ``datasets`` are named data sets at the top level, shared by the layers that name them.
    ``description`` is the chart's text alternative (what it shows, with its main figures): the
    browser gives it to screen readers as the label of the whole chart (the root ``<svg>`` gets
    ``role="graphics-document"`` and ``aria-label``); the marks themselves are hidden from them
    (``config.aria`` is false, see :func:`config`).
    """
    if note:
        indent = 16 if note_swatch else 0
        parts = [_text_line(note, text_color, footer_offset + indent, 0)]
        if note_swatch:
            parts.insert(
                0,
                {
                    "data": {"values": [{"x": 0}]},
                    "mark": {
                        "type": "rect",
                        "color": "#555555",
                        "opacity": 0.3,
                        "stroke": "#555555",
                        "strokeOpacity": 0.5,
                        "strokeWidth": 0.5,
                    },
                    "encoding": {
                        "x": {"value": footer_offset},
                        "x2": {"value": footer_offset + 11},
                        "y": {"value": 0},
                        "y2": {"value": 10},
                    },
                },
            )
        footer = {"layer": parts + [_text_line(source, muted_color, footer_offset, 16)], "width": width, "height": 28}
    else:
        footer = {**_text_line(source, muted_color, footer_offset, 0), "width": width, "height": 12}
    spec = {
        "$schema": SCHEMA_URL,
        "config": look,
        "vconcat": [hide_marks(plot), hide_marks(footer)],
        "spacing": 10,
        "title": {
            "text": title,
            "subtitle": [subtitle] if subtitle else [],
            "aria": False,
            "anchor": "start",
            "fontSize": 15,
            "fontWeight": "bold",
            "color": text_color,
            "subtitleFontSize": 11,
            "subtitleColor": muted_color,
            "subtitlePadding": 4,
            "offset": 12,
        },
    }
    if description:
        spec["description"] = description
    if datasets:
        spec["datasets"] = dict(datasets)
    return VegaLiteChart(spec)
