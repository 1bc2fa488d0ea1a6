"""The Streamlit app, one module per area of the screen (``app.py`` calls their ``*_ui()`` functions).

- :mod:`~budgetsim.ui.state`: the app's state as plain values, its translation to and from a
  scenario file, and every change of it as a pure function (state in, updates out);
- :mod:`~budgetsim.ui.widgets`: widget values the script sets and the browser's echoes of them;
- :mod:`~budgetsim.ui.results`: the cached figures and charts of a scenario;
- :mod:`~budgetsim.ui.sidebar`, :mod:`~budgetsim.ui.budgets`, :mod:`~budgetsim.ui.key_figures`,
  :mod:`~budgetsim.ui.current` (setting "Nu"), :mod:`~budgetsim.ui.who_where`,
  :mod:`~budgetsim.ui.assumptions_tab` (with :mod:`~budgetsim.ui.survey_words`),
  :mod:`~budgetsim.ui.uncertainty_tab`, :mod:`~budgetsim.ui.compare_tab`,
  :mod:`~budgetsim.ui.save_tab`: the areas of the screen;
- :mod:`~budgetsim.ui.page`: messages, tabs and the screen for settings that do not fit together;
- :mod:`~budgetsim.ui.process`: what the server process does once (text in pandas as Python
  strings, the CBS tables loaded, the heap frozen out of the garbage collector's sight).

This package is the only place (with ``app.py``) that imports Streamlit; ``state`` does not.
"""
