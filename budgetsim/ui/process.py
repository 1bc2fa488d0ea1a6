"""What the server process does once, before its first page: load the CBS tables, then freeze the heap.

Streamlit collects all garbage (``gc.collect(2)``) after every run. With pandas, SciPy, Altair and
the CBS tables loaded that walks about a million objects, some 200 ms a run on a busy machine,
most of a slider move. ``gc.freeze()`` moves everything alive at that moment (the modules and the
tables, which live as long as the process) out of the collector's sight: each later collection
walks only what the runs made since, and the garbage of a run is still collected.
"""

from __future__ import annotations

import gc
from functools import cache

from .. import data


@cache
def process_ready() -> None:
    """Load the CBS tables of every gemeente and the default gemeente's areas, collect what the
    imports left, and freeze the rest (once per process; later calls return at once)."""
    data.gemeenten()
    for level in ("wijk", "buurt"):
        data.gemeente_areas(data.DEFAULT_GEMEENTE, level)
    gc.collect()
    gc.freeze()
