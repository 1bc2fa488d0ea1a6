"""Rounding parts so that they add up: the largest-remainder method.

Shown parts (euros per ad set, residents reached via paper only / social only / both) are rounded
so that they add up to the rounded exact total, the figure shown beside them: first every part is
rounded down, then the units still missing go one each to the parts with the largest remainders
(ties to the earlier part).
"""

from __future__ import annotations

import math

import numpy as np


def round_to_total(values, total: float | None = None, unit: float = 1.0) -> np.ndarray:
    """``values`` rounded to multiples of ``unit`` that add up to ``total`` rounded to ``unit``
    (``total`` None: the sum of ``values``). Each part moves less than one ``unit``.

    Raises ``ValueError`` when a part is not finite, ``unit`` is not above 0, or ``total`` lies
    further from the sum than the parts can absorb (one ``unit`` each).
    """
    if not unit > 0:
        raise ValueError(f"unit: must be more than 0 (got {unit})")
    exact = np.asarray(values, float)
    if not np.all(np.isfinite(exact)):
        raise ValueError("values: every part must be a finite number")
    if exact.size == 0:
        return exact.copy()
    scaled = exact / unit
    goal = float(np.sum(scaled) if total is None else total / unit)
    goal_units = int(np.floor(goal + 0.5))  # halves up, as the total is shown
    floors = np.floor(scaled + 1e-9)  # 2.9999999999 is 3 units: float noise is no remainder
    remainders = scaled - floors
    missing = goal_units - int(floors.sum())
    if missing < 0 or missing > exact.size:
        raise ValueError(f"total: {goal * unit:g} cannot be made from these parts (sum {float(np.sum(exact)):g})")
    order = np.argsort(-remainders, kind="stable")
    units = floors.copy()
    units[order[:missing]] += 1
    decimals = max(0, -math.floor(math.log10(unit))) if unit < 1 else 0
    return np.round(units * unit, decimals)
