"""Every text the app, the charts, the exports and the error messages show, in Dutch and English.

One text system: a text is looked up by key and filled with parameters, never written inline as a
``(nl, en)`` pair or behind an ``if lang == "nl"``.

- :mod:`budgetsim.i18n.catalogue` holds the texts, one module per screen area (``page``,
  ``budgets``, ``key_figures``, ``who_where``, ``charts``, ``proposal``, ``command_line``,
  ``scenario_file`` ...), merged into ``STRINGS`` (``key -> {"nl": ..., "en": ...}``) and
  ``PLURALS`` (texts that depend on a count, ``key -> {lang: {plural form: text}}``, with the CLDR
  plural forms of Babel: ``"1 wijk"``, ``"3 wijken"``).
- :mod:`budgetsim.i18n.lookup` looks them up: :func:`t` fills ``{placeholders}``; a placeholder may
  name how its number is written: ``{total:eur}`` (``€ 5.000`` / ``€5,000``), ``{n:int}``,
  ``{share:pct}``, ``{value:num}`` (see :data:`SPECS`), so code passes plain numbers and the text
  decides their form. :func:`render` turns a :class:`budgetsim.problems.Message` (key +
  parameters, which the core raises instead of text) into text; ``Problem`` and
  ``InfeasibleBudget`` render through it.

Dutch is written at B1 level: short sentences, everyday words ("inwoners bereikt", "krant" for
the municipal page in the free local weekly, "social media advertenties"), no marketing jargon.

Layers: the core never imports this package; it says what is wrong with a Message (key +
parameters, :mod:`budgetsim.problems`), and this package, on import, installs itself as the
renderer of those Messages (``budgetsim/__init__.py`` imports it, so they render wherever budgetsim
runs).
"""

from __future__ import annotations

from ..formatting import LANGS, fmt_date
from .catalogue import PLURALS, STRINGS
from .lookup import SPECS, band_label, plural_form, render, t

__all__ = ["LANGS", "PLURALS", "SPECS", "STRINGS", "band_label", "fmt_date", "plural_form", "render", "t"]
