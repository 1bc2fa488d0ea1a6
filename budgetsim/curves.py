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
import threading
from collections import OrderedDict
from collections.abc import Callable

import numpy as np
import pandas as pd

from .allocation import InfeasibleBudget, split_by_audience, split_euros
from .uncertainty import DrawnModel, curve_draws, drawn_bands, plan_totals

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


#: How many points a :class:`SaturationPoints` remembers (a slider move adds about 70).
POINTS_KEPT = 4096


class SaturationPoints:
    """Points of the saturation curves of one model and split rule, each computed once.

    A point is a plan (print euros, social total): its social euros per area (the split rule), its
    figures at the model's assumptions and P10/P50/P90 of its reach share over the draws of
    ``ranges``, ``draws`` and ``seed`` (:func:`budgetsim.uncertainty.curve_draws`, drawn once).
    Each is remembered by (print euros, social total), the last :data:`POINTS_KEPT` of them: kept
    for a scenario whatever its budgets, a slider move computes only the points it has not seen
    (the print curve never changes, the social curve only with the split rule, the combined curve
    with the plan's mix of print and social). Safe to share between threads.
    """

    def __init__(self, model, split_fn: SplitRule | None = None, ranges=None, draws: int = 1000, seed: int = 1):
        self.model = model
        self.split = split_fn or audience_split(model)
        self._draw_args = (ranges, draws, seed)
        self._drawn: DrawnModel | None = None
        self._lock = threading.Lock()
        self._tables: dict[str, OrderedDict[tuple[float, float], np.ndarray]] = {
            "euros": OrderedDict(),
            "figures": OrderedDict(),
            "bands": OrderedDict(),
        }

    def _rows(self, table: str, prints, socials, compute: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
        """The rows of ``table`` for the points, computing (``compute(missing index)``) those not kept."""
        keys = list(zip(np.asarray(prints, float).tolist(), np.asarray(socials, float).tolist()))
        kept = self._tables[table]
        with self._lock:
            found = [kept.get(key) for key in keys]
            for key, row in zip(keys, found):
                if row is not None:
                    kept.move_to_end(key)
        missing = np.array([j for j, row in enumerate(found) if row is None], dtype=int)
        if len(missing):
            new = compute(missing)
            with self._lock:
                for j, row in zip(missing, new):
                    kept[keys[j]] = found[j] = row
                while len(kept) > POINTS_KEPT:
                    kept.popitem(last=False)
        if not found:
            return np.zeros((0, 0))
        return np.array(found)

    def area_euros(self, prints, socials) -> np.ndarray:
        """Social euros per area of each point (shape (points, areas)): the split rule at its social
        total and print euros, nothing where the social total is 0."""
        prints, socials = np.asarray(prints, float), np.asarray(socials, float)
        areas = len(self.model.areas)

        def split(missing):
            return [
                split_euros(self.split, s, p) if s > 0 else np.zeros(areas)
                for p, s in zip(prints[missing].tolist(), socials[missing].tolist())
            ]

        return self._rows("euros", prints, socials, split).reshape(len(prints), areas)

    def figures(self, prints, socials) -> np.ndarray:
        """Per point (shape (points, 4)): social euros spent, target population, reached and
        reached three times or more, at the model's own assumptions (one pass for the new points)."""
        prints, socials = np.asarray(prints, float), np.asarray(socials, float)

        def evaluate(missing):
            euros = self.area_euros(prints[missing], socials[missing])
            figures = plan_totals(self.model, prints[missing], euros)
            columns = [euros.sum(axis=1)] + [
                figures[k].sum(axis=1) for k in ("target_population", "reached", "reached_3plus")
            ]
            return np.column_stack(columns)

        return self._rows("figures", prints, socials, evaluate).reshape(len(prints), 4)

    def bands(self, prints, socials) -> np.ndarray:
        """P10, P50 and P90 of the reach share per point (shape (points, 3)), all over the same draws."""
        prints, socials = np.asarray(prints, float), np.asarray(socials, float)

        def quantiles(missing):
            with self._lock:
                if self._drawn is None:
                    self._drawn = curve_draws(self.model, *self._draw_args)
                drawn = self._drawn
            return drawn_bands(drawn, prints[missing], self.area_euros(prints[missing], socials[missing]))

        return self._rows("bands", prints, socials, quantiles).reshape(len(prints), 3)

    def curve_data(
        self, print_eur: float, social_eur_total: float, points: int = 41, max_eur: float | None = None
    ) -> pd.DataFrame:
        """:func:`saturation_curve_data` of this model and split rule."""
        if points < 2:
            raise ValueError(f"points: at least 2 (got {points})")
        print_eur, social_eur_total = float(print_eur), float(social_eur_total)
        if min(print_eur, social_eur_total) < 0:
            raise ValueError("print_eur and social_eur_total: must be at least 0")
        total = print_eur + social_eur_total
        if max_eur is None:
            max_eur = nice_ceiling(max(2.0 * total, 10_000.0))
        max_eur = float(max_eur)
        if not max_eur > 0:
            raise ValueError(f"max_eur: must be more than 0 (got {max_eur})")
        grid = np.linspace(0.0, max_eur, points)
        extras = [b for b in plan_budgets(print_eur, social_eur_total) if 0 < b <= max_eur]
        budgets = np.unique(np.concatenate([grid, extras]))
        mix = _mix(print_eur, social_eur_total)
        prints, socials = zip(*(series_budgets(series, budgets, mix) for series in SERIES))
        prints, socials = np.concatenate(prints), np.concatenate(socials)
        spent, population, reached, reached_3plus = self.figures(prints, socials).T
        return pd.DataFrame(
            {
                "series": np.repeat(SERIES, len(budgets)),
                "budget_eur": np.tile(budgets, len(SERIES)),
                "print_eur": prints,
                "social_eur": spent,
                "target_population": population,
                "reached": reached,
                "reach_share": np.where(population > 0, reached / np.where(population > 0, population, 1.0), 0.0),
                "reached_3plus": reached_3plus,
            }
        )

    def band_data(self, print_eur: float, social_eur_total: float, df: pd.DataFrame) -> pd.DataFrame:
        """:func:`saturation_bands_data` of this model, split rule and draws at the points of ``df``."""
        mix = _mix(float(print_eur), float(social_eur_total))
        names, budgets = df["series"].to_numpy(), df["budget_eur"].to_numpy(float)
        rows = [np.flatnonzero(names == series) for series in dict.fromkeys(names)]  # grouped by series
        plans = [series_budgets(names[r[0]], budgets[r], mix) for r in rows]
        if not plans:
            return pd.DataFrame(columns=list(BAND_COLUMNS))
        order = np.concatenate(rows)
        q = self.bands(np.concatenate([p for p, _ in plans]), np.concatenate([s for _, s in plans]))
        return pd.DataFrame(
            {"series": names[order], "budget_eur": budgets[order], "p10": q[:, 0], "p50": q[:, 1], "p90": q[:, 2]}
        )


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
    Every point in one vectorised pass (:meth:`SaturationPoints.curve_data` remembers them).
    """
    return SaturationPoints(model, split_fn).curve_data(print_eur, social_eur_total, points, max_eur)


def plan_budgets(print_eur: float, social_eur_total: float) -> tuple[float, ...]:
    """The budgets that are always points of the curves: the plan's print, social and total
    budgets and :data:`BASELINE_SOCIAL_EUR` (markers sit exactly on them)."""
    return (print_eur, social_eur_total, print_eur + social_eur_total, BASELINE_SOCIAL_EUR)


def band_points(
    df: pd.DataFrame, print_eur: float, social_eur_total: float, max_eur: float, points: int = 41, every: int = 3
) -> pd.DataFrame:
    """The rows of curve data ``df`` (``points`` even grid points up to ``max_eur``) where a band
    is computed: every ``every``-th grid point, the last, and the plan's budgets
    (:func:`plan_budgets`). The grid's are the same on every slider move, so
    :class:`SaturationPoints` has them already."""
    grid = np.linspace(0.0, float(max_eur), points)
    chosen = np.union1d(np.union1d(grid[::every], grid[-1:]), plan_budgets(float(print_eur), float(social_eur_total)))
    return df[np.isin(df["budget_eur"].to_numpy(float), chosen)]


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
    :func:`budgetsim.uncertainty.curve_draws` (drawn once, so all points share their draws and
    the band is smooth). Columns :data:`BAND_COLUMNS` (shares 0..1), rows in the order of ``df``.
    """
    known = SaturationPoints(model, split_fn, ranges, draws, seed)
    if df is None:
        df = known.curve_data(print_eur, social_eur_total)
    return known.band_data(print_eur, social_eur_total, df)
