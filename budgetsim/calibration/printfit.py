"""Fitting the print assumptions to a reader survey (MODEL.md "Calibration", print).

Pure numpy/scipy. A burgerpanel asks "How often do you read the municipal page?"; over the four
issues of a month the five answers are the beta-binomial counts 4 ("(bijna) elke week"), 2–3
("een paar keer per maand"), 1 ("één keer per maand of minder") and 0 ("nooit") among residents
who receive the paper, plus "ik krijg de krant niet".

- ``delivery_share`` = 1 − the share answering "ik krijg de krant niet".
- ``page_seen`` (p) and ``loyalty`` (ρ) by maximum likelihood of the four binned probabilities:
  per band where the survey has bands (one ρ shared), otherwise one factor on the default
  ``page_seen`` profile with the respondents' mix taken as the gemeente's 15+ population.
- Ranges: 80 % profile-likelihood intervals (the parameter where twice the log-likelihood has
  dropped by the 80 % point of chi-square with one degree of freedom, 1.64, the others
  re-fitted; for one band's ``page_seen`` only ``loyalty`` is re-fitted, the other bands held
  at their fit). The ``page_seen`` range for ``uncertainty.ranges`` is that of one factor on all
  fitted bands, as the uncertainty draws one factor for every band.

The binned probabilities come from :func:`budgetsim.reach.print_not_reached` alone: P(0 of 4) is
it at n = 4; P(1 of 4) = 4 (P(0 of 3) - P(0 of 4)), as the issues are exchangeable; and P(4 of 4)
is P(0 of 4) of the mirrored chance ``1 - p`` (the beta-binomial is symmetric).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import brentq, minimize, minimize_scalar
from scipy.special import erfinv

from ..bands import TARGETABLE_BANDS
from ..reach import print_not_reached

#: The five answers, in the order of the count arrays.
ANSWERS: tuple[str, ...] = ("every_week", "few_times_month", "once_month_or_less", "never", "no_paper")
ISSUES_PER_MONTH = 4
LEVEL = 0.80
#: Half the chi-square point: the drop in log-likelihood that bounds an 80 % interval. With one
#: degree of freedom chi-square is a squared normal, so its point is ``2 erfinv(LEVEL)^2`` (no
#: scipy.stats: importing it costs the app's first run about a second).
DROP = float(2.0 * erfinv(LEVEL) ** 2) / 2.0
P_LIMITS = (1e-4, 1.0 - 1e-4)
RHO_LIMITS = (1e-4, 0.99)
#: How far the one factor on every band's chance may go when its range is sought.
FACTOR_LIMITS = (0.01, 10.0)


def answer_probabilities(p, rho) -> np.ndarray:
    """Chances of the four reading answers for a receiving resident, last axis
    ``(every week, a few times a month, once a month or less, never)`` = 4, 2–3, 1 and 0 of 4 issues."""
    p = np.asarray(p, float)
    rho = np.asarray(rho, float)
    none = print_not_reached(ISSUES_PER_MONTH, p, rho)
    # one sighting in four issues: four orders of "three misses, then a sighting", and
    # P(miss, miss, miss, seen) = P(none in 3) - P(none in 4) (the issues are exchangeable)
    one = ISSUES_PER_MONTH * (print_not_reached(ISSUES_PER_MONTH - 1, p, rho) - none)
    every = print_not_reached(ISSUES_PER_MONTH, 1.0 - p, rho)
    some = np.clip(1.0 - none - one - every, 0.0, 1.0)
    return np.stack([every, some, one, none], axis=-1)


@dataclass(frozen=True)
class SurveyCounts:
    """Answer counts: one row per band (``bands``) or one row for all (``bands`` None).

    ``counts`` has shape ``(rows, 5)`` in the order of :data:`ANSWERS`.
    """

    counts: np.ndarray
    bands: tuple[str, ...] | None = None

    @property
    def respondents(self) -> int:
        return round(float(np.sum(self.counts)))


@dataclass(frozen=True)
class PrintFit:
    """Fitted print assumptions with 80 % ranges.

    ``page_seen`` has every targetable band (the fitted value, or the scenario's own where the
    survey could not say); ``fitted_bands`` lists the fitted ones. ``ranges`` is keyed like
    ``uncertainty.ranges`` without ``print.``; ``page_seen`` there is a factor on every band.
    ``page_seen_ranges`` gives each fitted band's own range. ``observed`` and ``expected`` are the
    answer shares (over :data:`ANSWERS`) in the survey and under the fit, for a check by eye.
    """

    delivery_share: float
    page_seen: dict[str, float]
    fitted_bands: tuple[str, ...]
    loyalty: float
    respondents: int
    by_band: bool
    factor: float | None
    ranges: dict[str, tuple[float, float]] = field(default_factory=dict)
    page_seen_ranges: dict[str, tuple[float, float]] = field(default_factory=dict)
    observed: dict[str, float] = field(default_factory=dict)
    expected: dict[str, float] = field(default_factory=dict)
    bands_without_readers: tuple[str, ...] = ()


class NoReaders(ValueError):
    """Nobody in the survey receives the paper (or nobody answered): nothing to fit."""

    def __init__(self, key: str):
        self.key = key
        super().__init__(key)


def _nll_reading(reading: np.ndarray, p: np.ndarray, rho: float) -> float:
    """Minus the log-likelihood of the reading answers ``(rows, 4)`` at chances ``p`` (rows,)."""
    probs = np.clip(answer_probabilities(p, rho), 1e-300, None)
    return float(-(reading * np.log(probs)).sum())


def _band_nll(reading: np.ndarray, p: np.ndarray, rho: float) -> np.ndarray:
    """Minus the log-likelihood of each row of ``reading`` (rows, 4) at its own chance ``p``."""
    probs = np.clip(answer_probabilities(p, rho), 1e-300, None)
    return -(reading * np.log(probs)).sum(axis=-1)


def _best_p(reading: np.ndarray, rho: float, iterations: int = 48) -> np.ndarray:
    """The chance ``p`` of each row that fits its answers best at loyalty ``rho``: a golden-section
    search on the log-odds, all rows at once (given rho, the bands do not depend on each other)."""
    low = np.full(len(reading), np.log(P_LIMITS[0] / (1 - P_LIMITS[0])))
    high = -low
    ratio = (math.sqrt(5.0) - 1.0) / 2.0

    def f(t):
        return _band_nll(reading, 1.0 / (1.0 + np.exp(-t)), rho)

    a = high - ratio * (high - low)
    b = low + ratio * (high - low)
    fa, fb = f(a), f(b)
    for _ in range(iterations):
        left = fa < fb  # the minimum lies in [low, b]
        high = np.where(left, b, high)
        low = np.where(left, low, a)
        # the kept inner point becomes the new outer one; one new point per row is evaluated
        new_a = np.where(left, high - ratio * (high - low), b)
        new_b = np.where(left, a, low + ratio * (high - low))
        fresh = f(np.where(left, new_a, new_b))
        fa, fb = np.where(left, fresh, fb), np.where(left, fa, fresh)
        a, b = new_a, new_b
    return 1.0 / (1.0 + np.exp(-(low + high) / 2.0))


def _argmin_scalar(f, bounds, points: int = 12) -> float:
    """Where ``f`` is lowest within ``bounds``: the best of a coarse grid, then bounded Brent
    between its neighbours (so a second dip elsewhere cannot trap the search)."""
    grid = np.linspace(bounds[0], bounds[1], points)
    i = int(np.argmin([f(x) for x in grid]))
    low, high = grid[max(i - 1, 0)], grid[min(i + 1, points - 1)]
    return float(minimize_scalar(f, bounds=(low, high), method="bounded", options={"xatol": 1e-8}).x)


def _minimise(f, x0, bounds) -> tuple[np.ndarray, float]:
    x0 = np.clip(np.asarray(x0, float), [b[0] for b in bounds], [b[1] for b in bounds])
    best = minimize(f, x0, method="L-BFGS-B", bounds=bounds, options={"ftol": 1e-12, "gtol": 1e-8})
    return best.x, float(best.fun)


def _interval(
    profile, estimate: float, low: float, high: float, best: float, step: float | None = None
) -> tuple[float, float]:
    """Where ``profile(value)`` rises ``DROP`` above ``best`` on each side of ``estimate``
    (stepping out from the estimate, then bisecting; a side that never rises ends at its bound)."""

    def gap(value):
        return profile(value) - best - DROP

    ends = []
    for bound in (low, high):
        width = abs(bound - estimate)
        if width < 1e-12:
            ends.append(bound)
            continue
        direction = 1.0 if bound > estimate else -1.0
        move = min(width, step if step else 0.05 * max(abs(estimate), 1e-3))
        inner = estimate
        while True:
            outer = estimate + direction * min(width, move)
            if gap(outer) > 0:
                ends.append(brentq(gap, min(inner, outer), max(inner, outer), xtol=1e-6 * max(abs(estimate), 1e-3)))
                break
            if move >= width:
                ends.append(bound)
                break
            inner, move = outer, move * 2.0
    return float(ends[0]), float(ends[1])


def _delivery_interval(receiving: float, total: float) -> tuple[float, float]:
    d = receiving / total

    def nll(v):
        v = min(max(v, 1e-12), 1 - 1e-12)
        return -(receiving * math.log(v) + (total - receiving) * math.log(1 - v))

    return _interval(nll, d, 1e-9 if d > 0 else 0.0, 1.0 - 1e-9 if d < 1 else 1.0, nll(d))


def fit_print(
    survey: SurveyCounts, page_seen: dict[str, float], loyalty: float, population: dict[str, float] | None = None
) -> PrintFit:
    """Fit ``delivery_share``, ``page_seen`` and ``loyalty`` to the survey (see the module text).

    ``page_seen`` and ``loyalty`` are the scenario's current values: a band the survey has no
    readers in keeps its value, and ``loyalty`` is the optimiser's start. Without bands,
    ``page_seen`` is the profile that one factor scales and ``population`` (residents per band,
    15+) the respondents' mix (equal weights when None).
    Raises :class:`NoReaders` when no respondent receives the paper.
    """
    counts = np.asarray(survey.counts, float).reshape(-1, len(ANSWERS))
    total = float(counts.sum())
    if total <= 0:
        raise NoReaders("calibration.survey.no_respondents")
    receiving = float(counts[:, :4].sum())
    if receiving <= 0:
        raise NoReaders("calibration.survey.no_readers")
    delivery = receiving / total
    ranges = {"delivery_share": _delivery_interval(receiving, total)}
    observed = dict(zip(ANSWERS, counts.sum(axis=0) / total))
    if survey.bands is not None:
        fit = _fit_by_band(counts, survey.bands, page_seen, loyalty)
    else:
        fit = _fit_factor(counts.sum(axis=0), page_seen, loyalty, population)
    ranges.update(fit["ranges"])
    probs = fit["expected"]
    expected = dict(zip(ANSWERS, np.append(probs * delivery, 1.0 - delivery)))
    return PrintFit(
        delivery_share=float(delivery),
        page_seen=fit["page_seen"],
        fitted_bands=fit["fitted_bands"],
        loyalty=fit["loyalty"],
        respondents=round(total),
        by_band=survey.bands is not None,
        factor=fit.get("factor"),
        ranges=ranges,
        page_seen_ranges=fit["page_seen_ranges"],
        observed={k: float(v) for k, v in observed.items()},
        expected={k: float(v) for k, v in expected.items()},
        bands_without_readers=fit.get("without", ()),
    )


def _fit_by_band(counts: np.ndarray, bands: tuple[str, ...], page_seen: dict[str, float], loyalty: float) -> dict:
    reading_all = counts[:, :4]
    keep = reading_all.sum(axis=1) > 0
    without = tuple(b for b, k in zip(bands, keep) if not k)
    reading = reading_all[keep]
    fitted = tuple(b for b, k in zip(bands, keep) if k)

    def profile_rho(value):
        return float(_band_nll(reading, _best_p(reading, value), value).sum())

    rho_hat = _argmin_scalar(profile_rho, RHO_LIMITS)
    p_hat = _best_p(reading, rho_hat)
    best = profile_rho(rho_hat)

    def profile_p(index):
        def inner(value):
            p = p_hat.copy()
            p[index] = value
            return minimize_scalar(
                lambda r: _nll_reading(reading, p, r), bounds=RHO_LIMITS, method="bounded", options={"xatol": 1e-7}
            ).fun

        return inner

    def profile_factor(value):
        return minimize_scalar(
            lambda r: _nll_reading(reading, np.clip(p_hat * value, *P_LIMITS), r),
            bounds=RHO_LIMITS,
            method="bounded",
            options={"xatol": 1e-7},
        ).fun

    ranges = {"loyalty": _interval(profile_rho, rho_hat, RHO_LIMITS[0], RHO_LIMITS[1], best)}
    # the factor moves every band at once (clipped to the chances' limits, as the uncertainty
    # draws clip it), so a band already at 0 or 1 does not pin the range at 1
    ranges["page_seen"] = _interval(profile_factor, 1.0, FACTOR_LIMITS[0], FACTOR_LIMITS[1], best)
    per_band = {
        b: _interval(profile_p(i), float(p_hat[i]), P_LIMITS[0], P_LIMITS[1], best) for i, b in enumerate(fitted)
    }
    values = dict(page_seen)
    values.update({b: float(v) for b, v in zip(fitted, p_hat)})
    weights = reading.sum(axis=1) / reading.sum()
    expected = weights @ answer_probabilities(p_hat, rho_hat)
    return {
        "page_seen": {b: float(values[b]) for b in TARGETABLE_BANDS},
        "fitted_bands": fitted,
        "loyalty": rho_hat,
        "ranges": ranges,
        "page_seen_ranges": per_band,
        "expected": expected,
        "without": without,
    }


def _fit_factor(
    counts: np.ndarray, page_seen: dict[str, float], loyalty: float, population: dict[str, float] | None
) -> dict:
    reading = counts[:4]
    profile = np.array([page_seen[b] for b in TARGETABLE_BANDS])
    weights = np.array([(population or {}).get(b, 1.0) for b in TARGETABLE_BANDS], float)
    weights = weights / weights.sum()
    top = P_LIMITS[1] / profile.max()

    def mixed(factor, rho):
        return weights @ answer_probabilities(np.clip(profile * factor, *P_LIMITS), rho)

    def nll(theta):
        return float(-(reading * np.log(np.clip(mixed(theta[0], theta[1]), 1e-300, None))).sum())

    bounds = [(P_LIMITS[0] / profile.min(), top), RHO_LIMITS]
    theta, best = _minimise(nll, [1.0, loyalty], bounds)
    other, other_best = _minimise(nll, [theta[0], 0.2 if theta[1] > 0.5 else 0.8], bounds)
    if other_best < best:
        theta, best = other, other_best
    factor, rho_hat = float(theta[0]), float(theta[1])

    def profile_factor(value):
        return minimize_scalar(
            lambda r: nll([value, r]), bounds=RHO_LIMITS, method="bounded", options={"xatol": 1e-7}
        ).fun

    def profile_rho(value):
        return minimize_scalar(
            lambda f: nll([f, value]), bounds=bounds[0], method="bounded", options={"xatol": 1e-7}
        ).fun

    low, high = _interval(profile_factor, factor, bounds[0][0], top, best)
    ranges = {
        "page_seen": (low / factor, high / factor),
        "loyalty": _interval(profile_rho, rho_hat, RHO_LIMITS[0], RHO_LIMITS[1], best),
    }
    values = {b: float(np.clip(page_seen[b] * factor, *P_LIMITS)) for b in TARGETABLE_BANDS}
    per_band = {b: (float(page_seen[b] * low), float(min(P_LIMITS[1], page_seen[b] * high))) for b in TARGETABLE_BANDS}
    return {
        "page_seen": values,
        "fitted_bands": TARGETABLE_BANDS,
        "loyalty": rho_hat,
        "ranges": ranges,
        "page_seen_ranges": per_band,
        "expected": mixed(factor, rho_hat),
        "factor": factor,
    }
