"""Reach curves of MODEL.md as small pure numpy functions (they broadcast over any leading axes).

Print: beta-binomial (Metheringham) reach of ``n`` insertions among residents of receiving
dwellings. Social: negative-binomial (NBD) reach of ``x`` effective contacts per audience member.
"""

from __future__ import annotations

import math

import numpy as np
from scipy.special import betaln, digamma, gammaln

#: Loyalty below this is computed with the independent-issues (binomial) form.
_RHO_BINOMIAL = 1e-10
#: Page-sighting chances are kept this far inside (0, 1) so log-beta stays finite.
_P_EDGE = 1e-12


def _beta_parameters(p, rho):
    """``alpha = p (1/rho - 1)``, ``beta = (1 - p)(1/rho - 1)`` (rho kept away from 0)."""
    p = np.clip(p, _P_EDGE, 1.0 - _P_EDGE)
    scale = 1.0 / np.maximum(rho, _RHO_BINOMIAL) - 1.0
    return p * scale, (1.0 - p) * scale


def print_not_reached(n, p, rho):
    """Chance that a receiving resident never sees the page in ``n`` issues.

    ``B(alpha, beta + n) / B(alpha, beta)``; at ``rho = 0`` it is ``(1 - p)^n``.
    """
    return _print_curve(n, p, rho, with_slope=False)[0]


def print_reach(n, p, rho, delivery_share):
    """Share of residents reached by ``n`` insertions of the municipal page.

    ``rp(n) = delivery_share * (1 - B(alpha, beta + n) / B(alpha, beta))``.
    """
    return delivery_share * (1.0 - print_not_reached(n, p, rho))


def print_reach_and_slope(n, p, rho, delivery_share):
    """:func:`print_reach` and its derivative in ``n`` (per insertion) together, in one log-beta evaluation:
    ``delivery_share * ratio * (psi(alpha + beta + n) - psi(beta + n))``; at ``rho = 0``
    ``-delivery_share * (1 - p)^n * log(1 - p)``."""
    not_reached, slope = _print_curve(n, p, rho, with_slope=True)
    return delivery_share * (1.0 - not_reached), delivery_share * slope


def _print_curve(n, p, rho, with_slope: bool):
    """``(B(alpha, beta + n) / B(alpha, beta), its derivative in n with the sign flipped)``."""
    n = np.asarray(n, float)
    p = np.asarray(p, float)
    rho = np.asarray(rho, float)
    binomial_rows = rho < _RHO_BINOMIAL
    slope = None
    if np.all(binomial_rows):
        log_keep = np.log1p(-np.clip(p, 0.0, 1.0 - _P_EDGE))
        not_reached = np.exp(n * log_keep)
        if with_slope:
            slope = -not_reached * log_keep
        return not_reached, slope
    alpha, beta = _beta_parameters(p, rho)
    not_reached = np.exp(betaln(alpha, beta + n) - betaln(alpha, beta))
    if with_slope:
        slope = not_reached * (digamma(alpha + beta + n) - digamma(beta + n))
    if np.any(binomial_rows):
        log_keep = np.log1p(-np.clip(p, 0.0, 1.0 - _P_EDGE))
        binomial = np.exp(n * log_keep)
        not_reached = np.where(binomial_rows, binomial, not_reached)
        if with_slope:
            slope = np.where(binomial_rows, -binomial * log_keep, slope)
    return not_reached, slope


def _print_pmf_integer(m, p, rho):
    """P(0), P(1), P(2) page sightings in ``m`` (integer) issues; last axis has the three."""
    alpha, beta = _beta_parameters(p, rho)
    log_b0 = betaln(alpha, beta)
    out_bb = []
    out_bin = []
    pc = np.clip(p, _P_EDGE, 1.0 - _P_EDGE)
    for j in range(3):
        valid = m >= j
        mj = np.where(valid, m, j)
        log_choose = gammaln(mj + 1) - gammaln(j + 1) - gammaln(mj - j + 1)
        bb = np.exp(log_choose + betaln(alpha + j, beta + (mj - j)) - log_b0)
        binom = np.exp(log_choose + j * np.log(pc) + (mj - j) * np.log1p(-pc))
        out_bb.append(np.where(valid, bb, 0.0))
        out_bin.append(np.where(valid, binom, 0.0))
    bb = np.stack(out_bb, axis=-1)
    binom = np.stack(out_bin, axis=-1)
    return np.where((rho < _RHO_BINOMIAL)[..., None], binom, bb)


def print_count_pmf(n, p, rho):
    """P(0), P(1), P(2) sightings of the page by a receiving resident over ``n`` issues.

    Beta-binomial ``(n, alpha, beta)``; for non-integer ``n`` the probabilities are interpolated
    linearly between ``floor(n)`` and ``ceil(n)``. Returns shape ``broadcast(n, p, rho) + (3,)``.
    """
    n, p, rho = np.broadcast_arrays(np.asarray(n, float), np.asarray(p, float), np.asarray(rho, float))
    low = np.floor(n)
    frac = (n - low)[..., None]
    return (1.0 - frac) * _print_pmf_integer(low, p, rho) + frac * _print_pmf_integer(low + 1.0, p, rho)


def nbd_reach(x, k):
    """Reached share of an audience with ``x`` contacts per member: ``1 - (1 + x/k)^(-k)``.

    ``k = inf`` gives the Poisson form ``1 - exp(-x)``.
    """
    x, k = np.asarray(x, float), np.asarray(k, float)
    if k.ndim == 0 or np.isfinite(k).all():
        return -np.expm1(-k * np.log1p(x / k)) if np.isfinite(k).all() else -np.expm1(-x)
    finite = np.isfinite(k)
    kf = np.where(finite, k, 1.0)
    return np.where(finite, -np.expm1(-kf * np.log1p(x / kf)), -np.expm1(-x))


def nbd_reach_slope(x, k):
    """Derivative of :func:`nbd_reach`: ``(1 + x/k)^(-k-1)``; ``exp(-x)`` at ``k = inf``."""
    x, k = np.asarray(x, float), np.asarray(k, float)
    if k.ndim == 0:
        return np.exp(-(k + 1.0) * np.log1p(x / k)) if np.isfinite(k) else np.exp(-x)
    finite = np.isfinite(k)
    kf = np.where(finite, k, 1.0)
    return np.where(finite, np.exp(-(kf + 1.0) * np.log1p(x / kf)), np.exp(-x))


def nbd_count_pmf(x, k):
    """P(0), P(1), P(2) contacts for a platform user: negative binomial, mean ``x``, shape ``k``.

    ``P(0) = (1 + x/k)^(-k)``, ``P(j+1) = P(j) (k + j)/(j + 1) * x/(k + x)``; Poisson at ``k = inf``.
    Returns shape ``broadcast(x, k) + (3,)``.
    """
    x, k = np.asarray(x, float), np.asarray(k, float)
    if np.isfinite(k).all():  # the usual case: no Poisson rows, so no masks (same formulas)
        q = x / (k + x)
        p0 = np.exp(-k * np.log1p(x / k))
        p1 = p0 * k * q
        p2 = p1 * (k + 1.0) / 2.0 * q
        return np.stack(np.broadcast_arrays(p0, p1, p2), axis=-1)
    x, k = np.broadcast_arrays(x, k)
    finite = np.isfinite(k)
    kf = np.where(finite, k, 1.0)
    q = x / (kf + x)
    p0 = np.where(finite, np.exp(-kf * np.log1p(x / kf)), np.exp(-x))
    p1 = np.where(finite, p0 * kf * q, p0 * x)
    p2 = np.where(finite, p1 * (kf + 1.0) / 2.0 * q, p1 * x / 2.0)
    return np.stack([p0, p1, p2], axis=-1)


# -- the model in survey words (issue 13) ----------------------------------------------------------

#: A burgerpanel asks about a month: four issues of the weekly paper.
SURVEY_ISSUES = 4


def print_count_pmf_full(issues: int, p, rho):
    """P(0) … P(issues) sightings of the page by a receiving resident over ``issues`` whole issues.

    Beta-binomial: ``P(k) = C(issues, k) (alpha)_k (beta)_(issues-k) / (alpha + beta)_issues`` with
    rising factorials ``(x)_m = x (x + 1) … (x + m - 1)``: a product of positive terms, exact for a
    few issues at any p and loyalty (log-beta differences lose digits when alpha or beta is tiny).
    Binomial at ``rho = 0``. Returns shape ``broadcast(p, rho) + (issues + 1,)``.
    """
    p, rho = np.broadcast_arrays(np.asarray(p, float), np.asarray(rho, float))
    alpha, beta = _beta_parameters(p, rho)
    pc = np.clip(p, _P_EDGE, 1.0 - _P_EDGE)
    out = []
    for k in range(issues + 1):
        choose = math.comb(issues, k)
        bb = np.full(p.shape, float(choose))
        for i in range(k):
            bb = bb * (alpha + i)
        for j in range(issues - k):
            bb = bb * (beta + j)
        for m in range(issues):
            bb = bb / (alpha + beta + m)
        binom = choose * pc**k * (1.0 - pc) ** (issues - k)
        out.append(np.where(rho < _RHO_BINOMIAL, binom, bb))
    return np.stack(out, axis=-1)


def survey_terms(p, rho, delivery_share, issues: int = SURVEY_ISSUES):
    """What the print assumptions say in a burgerpanel's words, per resident of a band.

    Over ``issues`` issues (a month): ``every_week`` = ``delivery_share * P(issues of issues)``,
    ``sometimes`` = ``delivery_share * P(1 … issues - 1)``, ``never_or_not_received`` =
    ``delivery_share * P(0) + (1 - delivery_share)``. Returns shape ``broadcast(p, rho) + (3,)``
    in that order; the three add up to 1.
    """
    pmf = print_count_pmf_full(issues, p, rho)
    d = np.asarray(delivery_share, float)[..., None] if np.ndim(delivery_share) else float(delivery_share)
    every = pmf[..., issues]
    never = pmf[..., 0]
    sometimes = pmf[..., 1:issues].sum(axis=-1)
    out = np.stack([every, sometimes, never], axis=-1) * d
    out[..., 2] += 1.0 - np.asarray(delivery_share, float)
    return out


def survey_terms_weighted(p, rho, delivery_share, population, issues: int = SURVEY_ISSUES):
    """:func:`survey_terms` per band (last axis of ``p``) and weighted by ``population`` per band.

    Returns ``(per_band, total)``: shape ``p.shape + (3,)`` and ``(3,)``. ``population`` is the
    number of residents of each band in the target group (0 for bands outside it).
    """
    per_band = survey_terms(p, rho, delivery_share, issues)
    weights = np.asarray(population, float)
    total = weights.sum()
    if total <= 0:
        return per_band, np.array([0.0, 0.0, 1.0])
    return per_band, (weights[..., None] * per_band).sum(axis=-2) / total
