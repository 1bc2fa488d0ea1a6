"""Finished charts for the app and the exports: Vega-Lite specs (no Streamlit in here).

Every chart function takes plain data, a language (``"nl"``/``"en"``) and a context (gemeente
name and scenario name, see :class:`ChartContext`) and returns a chart that is ready to show or
print: a title, a subtitle with gemeente and scenario, axis titles in the language, Dutch number
format in ``nl`` (through Vega's ``config.locale``), the Okabe–Ito colours (print orange, social
blue, both green: safe for colour-blind readers) and the source line "Bron: CBS; aannames
budgetsim" on the chart itself. All data is inline, so a chart renders the same in the browser and
through vl-convert (see :mod:`budgetsim.chart_files`).

Charts are made in two sizes: the defaults suit the app; :data:`PRINT_SIZES` are the sizes the
one-page PDF uses, so the text comes out at about 7 pt on paper.

Each function returns a :class:`budgetsim.vegalite.VegaLiteChart`, written as plain Vega-Lite (see
that module for why not Altair). In Streamlit, show one with ``st.vega_lite_chart(spec=chart.to_dict(),
theme=None)`` so Streamlit's theme does not replace the fonts, colours and number format set here.

One module per kind of chart (:mod:`.saturation`, :mod:`.tornado`, :mod:`.ages`, :mod:`.maps` with
the boundaries in :mod:`.topology`, :mod:`.comparison`, :mod:`.calibration`); what they share is in
:mod:`.style` (colours, sizes, legends) and :mod:`.context` (gemeente and scenario, the frame).
"""

from .ages import age_band_chart
from .calibration import calibration_chart, calibration_description
from .comparison import comparison_chart, comparison_rows
from .context import ChartContext
from .maps import (
    MAP_METRICS,
    ColourScale,
    MapData,
    area_map,
    map_colour_scale,
    map_data,
    map_tooltips,
    mark_labels,
    wijk_map,
)
from .saturation import saturation_chart
from .tornado import tornado_chart

__all__ = [
    "MAP_METRICS",
    "ChartContext",
    "ColourScale",
    "MapData",
    "age_band_chart",
    "area_map",
    "calibration_chart",
    "calibration_description",
    "comparison_chart",
    "comparison_rows",
    "map_colour_scale",
    "map_data",
    "map_tooltips",
    "mark_labels",
    "saturation_chart",
    "tornado_chart",
    "wijk_map",
]
