"""Reach against budget: the saturation curves and their P10–P90 bands, as data (no chart here).

Three plans along a budget axis from 0 to ``max_eur`` (MODEL.md, "Saturation"):

- ``print``: the print budget alone, no social;
- ``social``: the social total alone, split over the areas by a split rule, no print;
- ``combined``: the total budget in the plan's mix of print and social.

:func:`saturation_curve_data` computes what each point reaches (one vectorised pass over all
points); :func:`saturation_bands_data` computes P10, P50 and P90 of the share reached along the
same points from draws of the uncertain assumptions. Both return DataFrames with one row per
point, which :func:`budgetsim.charts.saturation_chart` draws.

A *split rule* is ``rule(social_total[, print_eur]) -> euros per area``
(:func:`budgetsim.allocation.split_euros` calls it): :func:`audience_split` (the ``by_audience``
split of :func:`budgetsim.allocation.split_by_audience`), :func:`scaled_split` (the shape of an
evaluated plan) or :func:`budgetsim.allocation.optimal_split_rule`.

Core layer: imports the model, the allocation and the uncertainty draws; no text, no charts.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pandas as pd

from .allocation import InfeasibleBudget, split_by_audience, split_euros
from .uncertainty import curve_bands, plan_totals

#: The curves, in drawing order.
SERIES: tuple[str, ...] = ("print", "social", "combined")
#: Social budget the proposal is about; always a point on the curves (a marker sits on it).
BASELINE_SOCIAL_EUR = 5000.0
#: Columns of :func:`saturation_curve_data` and of :func:`saturation_bands_data` (one name per
#: meaning: ``budget_eur`` is the point's budget on the x axis in both).
CURVE_COLUMNS = (
    "series",
    "budget_eur",
    "print_eur",
    "social_eur",
    "target_population",
    "reached",
    "reach_share",
    "reached_3plus",
)
BAND_COLUMNS = ("series", "budget_eur", "p10", "p50", "p90")

SplitRule = Callable[..., np.ndarray]


def audience_split(model) -> SplitRule:
    """The ``by_audience`` split as a rule: :func:`budgetsim.allocation.split_by_audience` (social
    euros in proportion to the audience of the ad sets, spread over their areas). Where no ad set
    can be made, the social euros reach nobody (zeros), so a curve stays flat instead of failing."""
    try:
        split_by_audience(model, 1.0)
    except InfeasibleBudget:  # no ad set can be made
        zeros = np.zeros(len(model.areas))
        return lambda social_total: zeros.copy()
    return lambda social_total: split_by_audience(model, float(social_total))


def scaled_split(evaluation) -> SplitRule:
    """Keep the per-area shape of an evaluated plan and scale it to another total.

    A plan without social money falls back to :func:`audience_split`.
    """
    social = np.asarray(evaluation.social_eur, float)
    total = social.sum()
    if total <= 0:
        return audience_split(evaluation.model)
    shares = social / total
    return lambda social_total: shares * float(social_total)


def nice_ceiling(x: float) -> float:
    """The next 1, 2, 2.5 or 5 times a power of ten at or above ``x``."""
    if x <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(x))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= x * (1 - 1e-12):
            return step * power
    return 10 * power


def _mix(print_eur: float, social_eur_total: float) -> float:
    """The print share of the plan (half and half when it spends nothing)."""
    total = print_eur + social_eur_total
    return print_eur / total if total > 0 else 0.5


def series_budgets(series: str, budgets: np.ndarray, mix: float) -> tuple[np.ndarray, np.ndarray]:
    """(print euros, social euros) along one curve: ``mix`` is the print share of ``combined``."""
    if series == "print":
        return budgets, np.zeros_like(budgets)
    if series == "social":
        return np.zeros_like(budgets), budgets
    if series == "combined":
        return budgets * mix, budgets * (1.0 - mix)
    raise ValueError(f"series: must be one of {', '.join(SERIES)} (got {series!r})")


def saturation_curve_data(
    model,
    print_eur: float,
    social_eur_total: float,
    split_fn: SplitRule | None = None,
    points: int = 41,
    max_eur: float | None = None,
) -> pd.DataFrame:
    """Reach against budget for the three plans of :data:`SERIES`.

    ``split_fn`` (a split rule) defaults to :func:`audience_split`. ``max_eur`` defaults to a round
    number at or above twice the plan's total (at least €10,000). The budgets are an even grid
    plus the plan's print, social and total budgets and :data:`BASELINE_SOCIAL_EUR`, so markers
    sit exactly on the curves. Columns :data:`CURVE_COLUMNS`; rows sorted by series and budget.
    """
    if points < 2:
        raise ValueError(f"points: at least 2 (got {points})")
    print_eur, social_eur_total = float(print_eur), float(social_eur_total)
    if min(print_eur, social_eur_total) < 0:
        raise ValueError("print_eur and social_eur_total: must be at least 0")
    split = split_fn or audience_split(model)
    total = print_eur + social_eur_total
    if max_eur is None:
        max_eur = nice_ceiling(max(2.0 * total, 10_000.0))
    max_eur = float(max_eur)
    if not max_eur > 0:
        raise ValueError(f"max_eur: must be more than 0 (got {max_eur})")
    grid = np.linspace(0.0, max_eur, points)
    extras = [b for b in (print_eur, social_eur_total, total, BASELINE_SOCIAL_EUR) if 0 < b <= max_eur]
    budgets = np.unique(np.concatenate([grid, extras]))
    mix = _mix(print_eur, social_eur_total)
    prints, socials = zip(*(series_budgets(series, budgets, mix) for series in SERIES))
    prints, socials = np.concatenate(prints), np.concatenate(socials)
    area_euros = np.array(
        [split_euros(split, s, p) if s > 0 else np.zeros(len(model.areas)) for p, s in zip(prints, socials)]
    )
    figures = plan_totals(model, prints, area_euros)  # every point of the three curves in one pass
    population = figures["target_population"].sum(axis=1)
    reached = figures["reached"].sum(axis=1)
    return pd.DataFrame(
        {
            "series": np.repeat(SERIES, len(budgets)),
            "budget_eur": np.tile(budgets, len(SERIES)),
            "print_eur": prints,
            "social_eur": area_euros.sum(axis=1),
            "target_population": population,
            "reached": reached,
            "reach_share": np.where(population > 0, reached / np.where(population > 0, population, 1.0), 0.0),
            "reached_3plus": figures["reached_3plus"].sum(axis=1),
        }
    )


def saturation_bands_data(
    model,
    print_eur: float,
    social_eur_total: float,
    split_fn: SplitRule | None = None,
    ranges=None,
    draws: int = 1000,
    seed: int = 1,
    df: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """P10, P50 and P90 of the reach share along the curves of :func:`saturation_curve_data`.

    The same series and budgets as that function (pass its ``df``, else it is computed with the
    same arguments). ``ranges``, ``draws`` and ``seed`` go to
    :func:`budgetsim.uncertainty.curve_bands` (one call per series, so all points of a curve share
    their draws and the band is smooth). Columns :data:`BAND_COLUMNS` (shares 0..1), rows in the
    order of ``df``.
    """
    print_eur, social_eur_total = float(print_eur), float(social_eur_total)
    split = split_fn or audience_split(model)
    if df is None:
        df = saturation_curve_data(model, print_eur, social_eur_total, split)
    mix = _mix(print_eur, social_eur_total)
    parts = []
    for series in dict.fromkeys(df["series"]):
        budgets = df.loc[df["series"] == series, "budget_eur"].to_numpy(float)
        prints, socials = series_budgets(series, budgets, mix)
        q = curve_bands(model, prints, socials, split, ranges, draws=draws, seed=seed)
        parts.append(
            pd.DataFrame({"series": series, "budget_eur": budgets, "p10": q[:, 0], "p50": q[:, 1], "p90": q[:, 2]})
        )
    if not parts:
        return pd.DataFrame(columns=list(BAND_COLUMNS))
    return pd.concat(parts, ignore_index=True)
