"""What the server process does once, before its first page: keep text as Python strings in pandas,
load the CBS tables, then freeze the heap.

With pandas, SciPy, Altair and the CBS tables loaded, a full garbage collection walks about a
million objects, some 200 ms on a busy machine, most of a slider move. Streamlit's own collection
after every run is off (``runner.postScriptGC`` in ``.streamlit/config.toml``), but Python's collector
still runs as objects pile up. ``gc.freeze()`` moves everything alive at that moment (the modules and
the tables, which live as long as the process) out of the collector's sight: each later collection
walks only what the runs made since, and the garbage of a run is still collected.

pandas 3 keeps text in Arrow-backed string columns. Streamlit shows a table formatted by a Styler
(every table of the app: its numbers in the app's language) by writing the display texts into a
string copy of the frame, one column at a time, and each write into an Arrow-backed column copies
it. With text as Python strings (``object`` columns, as pandas 2 keeps them; the project supports
both) the two tables of the first tab cost half as much and a slider move about a fifth less server
CPU (``benchmarks/bench_load.py``). pandas 4 drops the switch: measure again when it comes.
"""

from __future__ import annotations

import gc
import warnings
from functools import cache

import pandas as pd

from .. import data

#: pandas' switch for Arrow-backed strings (pandas 3; deprecated there, gone in pandas 4).
ARROW_STRINGS_OPTION = "future.infer_string"


def python_strings() -> None:
    """Text columns as Python strings (``object``), as in pandas 2; a no-op where pandas has no switch."""
    with warnings.catch_warnings():  # pandas 3 says the switch goes in pandas 4: known, see above
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            pd.set_option(ARROW_STRINGS_OPTION, False)
        except pd.errors.OptionError:  # a pandas without the switch
            pass


@cache
def process_ready() -> None:
    """Keep text as Python strings, load the CBS tables of every gemeente and the default
    gemeente's areas, collect what the imports left, and freeze the rest (once per process; later
    calls return at once)."""
    python_strings()
    data.gemeenten()
    for level in ("wijk", "buurt"):
        data.gemeente_areas(data.DEFAULT_GEMEENTE, level)
    gc.collect()
    gc.freeze()
