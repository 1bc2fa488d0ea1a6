"""An assumption's value as a reader writes it, from the registry's own display fields.

One rule for the assumptions list, the tornado chart, the budget proposal and the calibration
report (:data:`budgetsim.assumptions.REGISTRY`: ``display`` and ``decimals``):

- ``percent``: a percentage with at most ``decimals`` decimals (``"80 %"``);
- ``euro``: whole euros without cents, other amounts with ``decimals`` decimals (``"€ 15"``,
  ``"€ 8,50"``);
- ``integer``: a whole number (``"1.000"``);
- ``number``: at most ``decimals`` decimals, no trailing zeros (``"0,6"``).

A per-band parameter is written per band (``"15–24 jaar: 22 %; ..."``), one band's share alone when
``band`` is given, and a single number without ``band`` is a factor on every band's value
(``"×0,6"``, the ends of its uncertainty range). Infinity (a Poisson spread) is ``"oneindig"``, a
missing value ``"–"``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from .assumptions import PARAMETER_BY_KEY
from .bands import TARGETABLE_BANDS
from .formatting import fmt_eur, fmt_int, fmt_num, fmt_pct
from .i18n import band_label, t

#: Decimals of a factor on every band's value.
FACTOR_DECIMALS = 2


def assumption_value_text(key: str, value, lang: str, *, band: str | None = None) -> str:
    """The value of assumption ``key`` in ``lang`` (see the module's rules)."""
    parameter = PARAMETER_BY_KEY[key]
    if value is None:
        return "–"
    if isinstance(value, Mapping):
        return "; ".join(
            f"{band_label(b, lang)}: {assumption_value_text(key, value[b], lang, band=b)}"
            for b in TARGETABLE_BANDS
            if b in value
        )
    value = float(value)
    if not math.isfinite(value):
        return t("value.infinite", lang)
    if parameter.per_band and band is None:
        return "×" + fmt_num(value, lang, FACTOR_DECIMALS, trim=True)
    if parameter.display == "percent":
        return fmt_pct(value, lang, parameter.decimals, trim=True)
    if parameter.display == "euro":
        return fmt_eur(value, lang, 0 if value.is_integer() else parameter.decimals)
    if parameter.display == "integer":
        return fmt_int(value, lang)
    return fmt_num(value, lang, parameter.decimals, trim=True)
