"""Reach curves of MODEL.md as small pure numpy functions (they broadcast over any leading axes).

Print: beta-binomial (Metheringham) reach of ``n`` insertions among residents of receiving
dwellings. Social: negative-binomial (NBD) reach of ``x`` effective contacts per audience member.
"""

from __future__ import annotations

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


def print_reach_slope(n, p, rho, delivery_share):
    """Derivative of :func:`print_reach` with respect to ``n`` (per insertion).

    ``delivery_share * ratio * (psi(alpha + beta + n) - psi(beta + n))``; at ``rho = 0``:
    ``-delivery_share * (1 - p)^n * log(1 - p)``.
    """
    return delivery_share * _print_curve(n, p, rho, with_slope=True)[1]


def print_reach_and_slope(n, p, rho, delivery_share):
    """:func:`print_reach` and :func:`print_reach_slope` together (one log-beta evaluation)."""
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
    x, k = np.broadcast_arrays(np.asarray(x, float), np.asarray(k, float))
    finite = np.isfinite(k)
    kf = np.where(finite, k, 1.0)
    q = x / (kf + x)
    p0 = np.where(finite, np.exp(-kf * np.log1p(x / kf)), np.exp(-x))
    p1 = np.where(finite, p0 * kf * q, p0 * x)
    p2 = np.where(finite, p1 * (kf + 1.0) / 2.0 * q, p1 * x / 2.0)
    return np.stack([p0, p1, p2], axis=-1)


def at_least_three(print_pmf, social_pmf):
    """``P(print + social >= 3)`` for independent counts, from their P(0), P(1), P(2) (last axis)."""
    px0, px1, px2 = print_pmf[..., 0], print_pmf[..., 1], print_pmf[..., 2]
    py0, py1, py2 = social_pmf[..., 0], social_pmf[..., 1], social_pmf[..., 2]
    at_most_two = px0 * (py0 + py1 + py2) + px1 * (py0 + py1) + px2 * py0
    return np.clip(1.0 - at_most_two, 0.0, 1.0)
