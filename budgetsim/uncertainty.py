"""Honest uncertainty: assumption ranges, P10–P90 bands and which assumption matters most.

Every uncertain parameter is drawn independently from a triangular distribution
``(low, the scenario's value, high)`` with a seeded generator, and the model is evaluated for all
draws in one vectorised pass. Totals per band reduce to matrix products over the areas:
``sum_i N_ia (1 - (1 - rp_a)(1 - s_a g_i)) = P_a rp_a + (1 - rp_a) s_a (g @ N)_a``, so no
(draws x areas x bands) array is ever needed.

Per-band parameters (``page_seen``, ``platform_share``) vary by one factor on every band,
clipped to [0, 1]. The plan itself (euros per area) is fixed: uncertainty is about outcomes.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from . import reach
from .allocation import split_euros
from .assumptions import DEFAULT_RANGES, FACTOR_PARAMETERS
from .bands import BANDS
from .model import ReachModel

DEFAULT_DRAWS = 2000
DEFAULT_SEED = 1
PERCENTILES = (10, 50, 90)


def point_value(model: ReachModel, key: str) -> float:
    """The scenario's own value of a parameter (1 for the per-band factors)."""
    return 1.0 if key in FACTOR_PARAMETERS else float(model.assumptions.get(key))


def effective_ranges(
    model: ReachModel, ranges: dict[str, tuple[float, float]] | None = None
) -> dict[str, tuple[float, float]]:
    """Ranges for every uncertain parameter: the given ones, else the defaults widened to
    include the scenario's own value. A given range that excludes the value is a ``ValueError``."""
    given = dict(ranges or {})
    unknown = sorted(set(given) - set(DEFAULT_RANGES))
    if unknown:
        raise ValueError(f"uncertainty.ranges: unknown parameter {unknown[0]!r}; allowed: {', '.join(DEFAULT_RANGES)}")
    out = {}
    for key, (low, high) in DEFAULT_RANGES.items():
        value = point_value(model, key)
        if key in given:
            low, high = (float(v) for v in given[key])
            if not low <= value <= high:
                raise ValueError(
                    f"uncertainty.ranges.{key}: [{low:g}, {high:g}] must contain the scenario's value {value:g}"
                )
        else:
            low, high = min(low, value), max(high, value)
        out[key] = (low, high)
    return out


def draw_parameters(
    model: ReachModel, ranges: dict[str, tuple[float, float]], draws: int, seed: int
) -> dict[str, np.ndarray]:
    """``draws`` values per parameter, triangular ``(low, value, high)``, in a fixed order."""
    rng = np.random.default_rng(seed)
    out = {}
    for key in DEFAULT_RANGES:  # fixed order: the same seed gives the same draws
        low, high = ranges[key]
        mode = point_value(model, key)
        uniform = rng.random(draws)
        out[key] = triangular_quantile(uniform, low, mode, high)
    return out


def triangular_quantile(u: np.ndarray, low: float, mode: float, high: float) -> np.ndarray:
    """Inverse CDF of the triangular distribution; a zero-width range gives the value itself."""
    width = high - low
    if width <= 0:
        return np.full_like(u, mode)
    split = (mode - low) / width
    left = low + np.sqrt(u * width * (mode - low))
    right = high - np.sqrt((1.0 - u) * width * (high - mode))
    return np.where(u < split, left, right)


def fixed_parameters(model: ReachModel, count: int = 1) -> dict[str, np.ndarray]:
    """Every parameter at the scenario's value, ``count`` times (rows to overwrite)."""
    return {key: np.full(count, point_value(model, key)) for key in DEFAULT_RANGES}


#: How many print terms :func:`print_terms` keeps (a curve's points and a plan's draws each take one).
PRINT_TERMS_KEPT = 256
_print_terms: OrderedDict[tuple[str, bytes], np.ndarray] = OrderedDict()
_print_terms_lock = threading.Lock()


def print_terms(curve: Callable[..., np.ndarray], n: Any, p: Any, rho: Any) -> np.ndarray:
    """``curve(n, p, rho)`` (:func:`budgetsim.reach.print_not_reached` or
    :func:`budgetsim.reach.print_count_pmf`), remembered by the content of its arguments.

    The paper's distribution per draw depends on the print budget and the drawn assumptions only:
    a social slider move changes neither, so the plan's draws and the print curve's points find
    their terms here instead of evaluating log-beta functions again. The arrays are read-only.
    """
    digest = hashlib.blake2b(digest_size=20)
    for value in (n, p, rho):
        array = np.asarray(value, float)
        digest.update(repr(array.shape).encode())
        digest.update(array.tobytes())
    key = (curve.__qualname__, digest.digest())
    with _print_terms_lock:
        if key in _print_terms:
            _print_terms.move_to_end(key)
            return _print_terms[key]
    terms = curve(n, p, rho)
    terms.setflags(write=False)
    with _print_terms_lock:
        _print_terms[key] = terms
        while len(_print_terms) > PRINT_TERMS_KEPT:
            _print_terms.popitem(last=False)
    return terms


class DrawnModel:
    """The model with one row per parameter draw; what does not depend on the plan is computed once.

    ``totals(print_eur, social_eur)`` then costs a few (draws x areas) operations and matrix
    products, which keeps a 50-point saturation curve with 2,000 draws well under a second.
    """

    def __init__(self, model: ReachModel, params: dict[str, np.ndarray]):
        N = model.target_population  # (n, 5)
        self.N = N
        self.P = N.sum(axis=0)  # (5,)
        self.d = params["print.delivery_share"][:, None]
        self.rho = params["print.loyalty"][:, None]
        base_seen = np.array([model.assumptions.print.page_seen.get(b, 0.0) for b in BANDS])
        base_share = np.array([model.assumptions.social.platform_share.get(b, 0.0) for b in BANDS]) * model.mask
        self.p = np.clip(params["print.page_seen"][:, None] * base_seen, 0.0, 1.0)  # (D, 5)
        self.s = np.clip(params["social.platform_share"][:, None] * base_share, 0.0, 1.0)  # (D, 5)
        page_price = model.assumptions.print.price_per_page_eur
        if page_price is not None:  # the contract price replaces the price from copies
            price = np.full_like(self.d, float(page_price))
        else:
            per_1000 = params["print.price_per_1000_copies_eur"][:, None]
            price = per_1000 * self.d * model.areas.dwellings_for_print / 1000.0
        self.insertions_per_eur = np.where(price > 0, 1.0 / np.where(price > 0, price, 1.0), 0.0)  # (D, 1)
        self.issues_per_year = model.issues_per_year  # at most one page per issue counts
        effective = params["social.on_target_share"] * params["social.noticed_share"]
        # The plan's ad sets stay as they are in every draw (they are what was set up in Ads Manager);
        # every area of an ad set gets its contact rate x_s (MODEL.md "Ad sets").
        # So the social terms are computed per ad set: N summed over its areas (untargeted areas: x = 0).
        self.ad_sets = model.ad_sets
        self.set_N = set_N = self.ad_sets.sums(N.T).T  # (sets, 5)
        self.untargeted_N = N[~self.ad_sets.targeted].sum(axis=0)  # (5,)
        audience = self.s @ set_N.T  # (D, sets)
        with np.errstate(divide="ignore", invalid="ignore"):
            self.contacts_per_eur = np.where(
                audience > 0, 1000.0 * (effective / params["social.cpm_eur"])[:, None] / audience, 0.0
            )
        self.k = params["social.spread"][:, None]

    def totals(self, print_eur: float, social_eur: np.ndarray, with_3plus: bool = True) -> dict[str, np.ndarray]:
        """Totals per band for each draw: arrays of shape (draws, 5).

        Keys: ``target_population``, ``reached``, ``reached_print``, ``reached_social``,
        ``reached_both`` and (``with_3plus``) ``reached_3plus``. ``print_eur`` may be a (D, 1)
        column and ``social_eur`` a (D, areas) matrix: one plan per row.
        """
        P, s, d = self.P, self.s, self.d
        n = np.minimum(print_eur * self.insertions_per_eur, self.issues_per_year)  # (D, 1)
        rp = d * (1.0 - print_terms(reach.print_not_reached, n, self.p, self.rho))  # (D, 5)
        social = np.asarray(social_eur, float)
        set_eur = self.ad_sets.sums(social if social.ndim == 2 else social[None, :])  # (D or 1, sets)
        x = self.contacts_per_eur * set_eur  # (D, sets): every area of an ad set has its x_s
        if with_3plus:  # P(0), P(<=1), P(<=2) contacts; the reached share is 1 - P(0)
            q = np.cumsum(reach.nbd_count_pmf(x, self.k), axis=-1)  # (D, sets, 3)
            g = 1.0 - q[..., 0]
        else:
            g = reach.nbd_reach(x, self.k)
        gN = g @ self.set_N  # (D, 5): sum_i g_i N_ia
        reached_print = P * rp
        reached_social = s * gN
        reached_both = rp * reached_social
        out = {
            "target_population": np.broadcast_to(P, rp.shape),
            "reached": reached_print + reached_social - reached_both,
            "reached_print": reached_print,
            "reached_social": reached_social,
            "reached_both": reached_both,
        }
        if with_3plus:
            none = self.untargeted_N  # untargeted areas: no social contact, P(0) = 1
            q0N, q01N, q012N = (
                q[..., 0] @ self.set_N + none,
                q[..., 1] @ self.set_N + none,
                q[..., 2] @ self.set_N + none,
            )
            px = d[..., None] * print_terms(reach.print_count_pmf, n, self.p, self.rho)  # (D, 5, 3)
            px[..., 0] += 1.0 - d
            rest = (1 - s) * P
            at_most_two = (
                px[..., 0] * (rest + s * q012N) + px[..., 1] * (rest + s * q01N) + px[..., 2] * (rest + s * q0N)
            )
            out["reached_3plus"] = np.clip(P - at_most_two, 0.0, None)
        return out


def plan_totals(model: ReachModel, print_eur, social_eur) -> dict[str, np.ndarray]:
    """Totals per band (shape (plans, 5)) for many plans at the model's own assumptions, in one pass.

    ``print_eur`` has shape (plans,), ``social_eur`` (plans, areas): e.g. the points of a
    saturation curve. Same formulas as :meth:`ReachModel.evaluate`, summed over the areas.
    """
    print_eur = np.asarray(print_eur, float).reshape(-1)
    social = np.asarray(social_eur, float).reshape(len(print_eur), len(model.areas))
    drawn = DrawnModel(model, fixed_parameters(model, len(print_eur)))
    return drawn.totals(print_eur[:, None], social)


def evaluate_parameters(
    model: ReachModel, print_eur: float, social_eur: np.ndarray, params: dict[str, np.ndarray], with_3plus: bool = True
) -> dict[str, np.ndarray]:
    """Totals per band, shape (rows, 5), for each row of parameters (see :class:`DrawnModel`)."""
    return DrawnModel(model, params).totals(print_eur, social_eur, with_3plus)


@dataclass(frozen=True)
class Band:
    """P10, P50 and P90 of one figure; None where it has no finite value (cost with nobody reached)."""

    p10: float | None
    p50: float | None
    p90: float | None

    def to_dict(self) -> dict:
        return {"p10": self.p10, "p50": self.p50, "p90": self.p90}


def _bands(columns: np.ndarray) -> list[Band]:
    """A :class:`Band` per column of ``columns`` (draws x figures): one percentile pass for all."""
    with np.errstate(invalid="ignore"):
        quantiles = np.percentile(columns, PERCENTILES, axis=0)  # (3, figures)
    return [Band(*(float(q) if np.isfinite(q) else None for q in column)) for column in quantiles.T]


@dataclass(frozen=True)
class SensitivityRow:
    parameter: str
    low_value: float
    high_value: float
    reached_at_low: float
    reached_at_high: float

    @property
    def swing(self) -> float:
        return abs(self.reached_at_high - self.reached_at_low)

    def to_dict(self) -> dict:
        return {
            "parameter": self.parameter,
            "low_value": self.low_value,
            "high_value": self.high_value,
            "reached_at_low": self.reached_at_low,
            "reached_at_high": self.reached_at_high,
            "swing": self.swing,
        }


METRICS = ("reached", "reached_3plus", "reached_print", "reached_social")


@dataclass(frozen=True)
class UncertaintyResult:
    """P10/P50/P90 of the key figures (total and per band) and the sensitivity table."""

    totals: dict[str, Band]
    bands: dict[str, dict[str, Band]]
    sensitivity: list[SensitivityRow]
    ranges: dict[str, tuple[float, float]]
    draws: int
    seed: int
    point_reached: float
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        out: dict[str, Any] = {name: band.to_dict() for name, band in self.totals.items()}
        out["bands"] = [
            {"band": b, **{m: v.to_dict() for m, v in figures.items()}} for b, figures in self.bands.items()
        ]
        out["sensitivity"] = [row.to_dict() for row in self.sensitivity]
        out["ranges"] = {k: list(v) for k, v in self.ranges.items()}
        out["draws"], out["seed"] = self.draws, self.seed
        return out


def sensitivity(
    model: ReachModel, print_eur: float, social_eur: np.ndarray, ranges: dict[str, tuple[float, float]]
) -> list[SensitivityRow]:
    """Reach with each parameter at its low and at its high end, the others at their values;
    sorted by swing, largest first (the tornado chart)."""
    keys = list(ranges)
    params = fixed_parameters(model, 2 * len(keys))
    for j, key in enumerate(keys):
        params[key][2 * j] = ranges[key][0]
        params[key][2 * j + 1] = ranges[key][1]
    reached = evaluate_parameters(model, print_eur, social_eur, params, with_3plus=False)["reached"].sum(axis=1)
    rows = [
        SensitivityRow(key, ranges[key][0], ranges[key][1], float(reached[2 * j]), float(reached[2 * j + 1]))
        for j, key in enumerate(keys)
    ]
    return sorted(rows, key=lambda r: r.swing, reverse=True)


def uncertainty(
    model: ReachModel, print_eur: float, social_eur, ranges=None, draws: int = DEFAULT_DRAWS, seed: int = DEFAULT_SEED
) -> UncertaintyResult:
    """Bands (P10, P50, P90) and sensitivity for one plan."""
    if not 100 <= int(draws) <= 100_000:
        raise ValueError(f"uncertainty.draws: must be between 100 and 100000 (got {draws})")
    social = np.broadcast_to(np.asarray(social_eur, float), (len(model.areas),))
    full = effective_ranges(model, ranges)
    params = draw_parameters(model, full, int(draws), int(seed))
    figures = evaluate_parameters(model, print_eur, social, params)
    spend = print_eur + float(social.sum())
    reached_total = figures["reached"].sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        cost = np.where(reached_total > 0, spend / reached_total, np.inf)
    targeted = [a for a in range(len(BANDS)) if model.mask[a]]
    columns = [figures[m].sum(axis=1) for m in METRICS] + [cost]
    columns += [figures[m][:, a] for a in targeted for m in METRICS]
    found = iter(_bands(np.column_stack(columns)))
    totals = {name: next(found) for name in (*METRICS, "cost_per_reached_eur")}
    bands = {BANDS[a]: {m: next(found) for m in METRICS} for a in targeted}
    point = evaluate_parameters(model, print_eur, social, fixed_parameters(model))["reached"].sum()
    return UncertaintyResult(
        totals, bands, sensitivity(model, print_eur, social, full), full, int(draws), int(seed), float(point)
    )


def curve_bands(
    model: ReachModel,
    print_budgets,
    social_budgets,
    split_fn,
    ranges=None,
    draws: int = DEFAULT_DRAWS,
    seed: int = DEFAULT_SEED,
) -> np.ndarray:
    """P10/P50/P90 of reach share along a saturation curve: shape (points, 3).

    ``split_fn(social_total[, print_eur]) -> euros per area`` decides the social split at each point; all
    points share the same draws so the band is smooth.
    """
    social = [
        split_euros(split_fn, float(se), float(pe)) if se > 0 else np.zeros(len(model.areas))
        for pe, se in zip(print_budgets, social_budgets)
    ]
    return drawn_bands(curve_draws(model, ranges, draws, seed), print_budgets, social)


def curve_draws(model: ReachModel, ranges=None, draws: int = DEFAULT_DRAWS, seed: int = DEFAULT_SEED) -> DrawnModel:
    """The model with the draws of a saturation band: ``ranges`` (see :func:`effective_ranges`),
    ``draws`` and ``seed``; made once, it serves every point of every curve."""
    return DrawnModel(model, draw_parameters(model, effective_ranges(model, ranges), int(draws), int(seed)))


def drawn_bands(drawn: DrawnModel, print_budgets, area_euros) -> np.ndarray:
    """P10/P50/P90 over the draws of ``drawn`` of the reach share of plans (print euros, social
    euros per area): shape (plans, 3). Each plan is evaluated for all draws at once."""
    population = float(drawn.N.sum())
    reached = np.zeros((len(print_budgets), len(drawn.d)))
    for j, (pe, social) in enumerate(zip(print_budgets, area_euros)):
        reached[j] = drawn.totals(float(pe), social, with_3plus=False)["reached"].sum(axis=1)
    return np.percentile(reached, PERCENTILES, axis=1).T / population
