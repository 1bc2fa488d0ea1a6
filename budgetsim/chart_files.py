"""Chart files to take away: a chart as PNG, SVG or a one-page PDF.

Charts are rendered with vl-convert (no browser needed). A PNG is at least 1600 px wide (print
quality) and carries a resolution that keeps its on-screen size when placed in Word or PowerPoint.
"""

from __future__ import annotations

import re
import struct

import vl_convert as vlc

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: CSS pixels per inch: a PNG's resolution is set so that it keeps the chart's on-screen size.
CSS_PPI = 96.0


def _spec(chart) -> dict:
    """A Vega-Lite spec from an Altair chart or a spec dict."""
    return chart if isinstance(chart, dict) else chart.to_dict()


def svg_size(svg: str) -> tuple[float, float]:
    """The width and height (CSS px) an SVG of vl-convert declares on its root element."""
    head = svg[: svg.find(">") + 1]
    w = re.search(r'\swidth="([0-9.]+)', head)
    h = re.search(r'\sheight="([0-9.]+)', head)
    if not (w and h):
        raise ValueError("chart: vl-convert returned an SVG without a size")
    return float(w.group(1)), float(h.group(1))


def png_size(png: bytes) -> tuple[int, int]:
    """(width, height) in pixels from a PNG's IHDR chunk."""
    if png[:8] != PNG_SIGNATURE or png[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    return struct.unpack(">II", png[16:24])


def chart_to_svg(chart) -> str:
    """The chart as an SVG document (text; text stays text)."""
    return vlc.vegalite_to_svg(_spec(chart))


def chart_to_png(chart, width_px: int = 1600) -> bytes:
    """The chart as a PNG at least ``width_px`` wide (default 1600: print quality).

    The chart is laid out once (to SVG), then rasterised with the scale factor that makes it
    ``width_px`` wide (never below the chart's own size); the PNG's resolution (pHYs) is set to
    96 × scale ppi so Word or PowerPoint place it at the chart's on-screen size.
    """
    svg = chart_to_svg(chart)
    css_w, _ = svg_size(svg)
    scale = max(float(width_px) / css_w, 1.0) if css_w > 0 else 1.0
    for _ in range(3):
        # vl-convert multiplies by ppi/72 as well: scale * (ppi / 72) == scale_wanted
        ppi = CSS_PPI * scale
        png = vlc.svg_to_png(svg, scale=scale * 72.0 / ppi, ppi=ppi)
        if png_size(png)[0] >= width_px:
            return png
        scale *= 1.0 + 1.0 / max(css_w, 1.0)  # rounding left it a pixel short
    return png


def chart_to_pdf(chart) -> bytes:
    """The chart as a one-page vector PDF (fonts embedded by vl-convert)."""
    return vlc.vegalite_to_pdf(_spec(chart))
