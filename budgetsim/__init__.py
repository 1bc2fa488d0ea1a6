"""budgetsim: how many residents does a gemeente reach with print and neighbourhood-targeted social ads.

The computing core (``bands``, ``areas``, ``assumptions``, ``reach``, ``model``, ``allocation``)
is pure numpy. The Streamlit app is ``budgetsim.ui`` (the only package that imports Streamlit):
``app.py`` lays out the page from its ``*_ui()`` functions, which draw widgets and wire them to
the pure functions of ``budgetsim.ui.state`` and the core.
"""

__version__ = "0.1.0"

from . import i18n as _i18n  # noqa: E402, F401  installs the catalogue as the renderer of budgetsim.problems
