"""Reach curves (budgetsim.reach) against hand-worked cases and scipy.stats, independently of the code."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats
from scipy.special import betaln

from budgetsim import reach


def beta_params(p, rho):
    scale = 1.0 / rho - 1.0
    return p * scale, (1.0 - p) * scale


# -- print: hand-worked cases ---------------------------------------------------------------


def test_rho_zero_two_issues_by_hand():
    # 0.8 * (1 - 0.7^2) = 0.8 * 0.51 = 0.408
    assert reach.print_reach(2, 0.3, 0.0, 0.8) == pytest.approx(0.408, rel=1e-12)


def test_rho_zero_one_issue_is_p_times_delivery():
    assert reach.print_reach(1, 0.25, 0.0, 0.9) == pytest.approx(0.225, rel=1e-12)


def test_rho_half_one_issue_equals_page_seen():
    # Beta-binomial with n = 1: P(seen) = E[theta] = p, whatever the loyalty.
    for rho in (0.1, 0.5, 0.9):
        assert reach.print_reach(1, 0.35, rho, 0.8) == pytest.approx(0.8 * 0.35, rel=1e-10)


def test_uniform_theta_two_issues_by_hand():
    # rho = 1/3, p = 0.5 -> alpha = beta = 0.5 * (3 - 1) = 1 (uniform theta):
    # P(0 of 2) = E[(1-theta)^2] = 1/3.
    assert reach.print_not_reached(2, 0.5, 1.0 / 3.0) == pytest.approx(1.0 / 3.0, rel=1e-12)
    assert reach.print_reach(2, 0.5, 1.0 / 3.0, 0.8) == pytest.approx(0.8 * 2.0 / 3.0, rel=1e-12)


def test_arcsine_theta_two_issues_by_hand():
    # rho = 0.5, p = 0.5 -> alpha = beta = 1/2: E[(1-theta)^2] = (1/2)(3/2) / (1 * 2) = 3/8.
    assert reach.print_not_reached(2, 0.5, 0.5) == pytest.approx(3.0 / 8.0, rel=1e-12)


@pytest.mark.parametrize("p,rho", [(0.1, 0.5), (0.35, 0.2), (0.5, 0.9), (0.2, 0.05), (0.8, 0.95)])
@pytest.mark.parametrize("n", [0, 1, 2, 5, 13, 52])
def test_beta_binomial_against_scipy(n, p, rho):
    a, b = beta_params(p, rho)
    p0 = stats.betabinom(n, a, b).pmf(0)
    assert reach.print_not_reached(n, p, rho) == pytest.approx(p0, rel=1e-9, abs=1e-14)
    assert reach.print_reach(n, p, rho, 0.7) == pytest.approx(0.7 * (1.0 - p0), rel=1e-9, abs=1e-14)


@pytest.mark.parametrize("n", [1, 3, 10, 52])
def test_rho_to_zero_converges_to_binomial(n):
    p = 0.3
    binomial = 0.8 * (1.0 - (1.0 - p) ** n)
    errors = [abs(reach.print_reach(n, p, rho, 0.8) - binomial) for rho in (1e-2, 1e-4, 1e-6)]
    assert errors[0] > errors[1] > errors[2] or errors[0] < 1e-12
    assert errors[2] < 1e-5
    assert reach.print_reach(n, p, 0.0, 0.8) == pytest.approx(binomial, rel=1e-12)


def test_loyalty_lowers_reach_for_several_issues():
    # More loyal readership -> same people every week -> fewer distinct readers.
    r = [float(reach.print_reach(10, 0.3, rho, 0.8)) for rho in (0.0, 0.2, 0.5, 0.9)]
    assert all(x > y for x, y in zip(r, r[1:]))


def test_print_reach_broadcasts():
    n = np.array([[1.0], [4.0]])
    p = np.array([0.1, 0.2, 0.35, 0.5])
    out = reach.print_reach(n, p, 0.5, 0.8)
    assert out.shape == (2, 4)
    for i, nn in enumerate((1, 4)):
        for j, pp in enumerate(p):
            a, b = beta_params(pp, 0.5)
            assert out[i, j] == pytest.approx(0.8 * (1 - stats.betabinom(nn, a, b).pmf(0)), rel=1e-9)


# -- print: slopes against finite differences ----------------------------------------------------


@pytest.mark.parametrize("rho", [0.0, 0.3, 0.5, 0.9])
@pytest.mark.parametrize("n", [0.5, 2.0, 7.3, 52.0])
def test_print_slope_finite_difference(n, rho):
    p, d, h = 0.35, 0.8, 1e-5
    # finite difference of the not-reached share (no cancellation near saturation)
    a, b = beta_params(p, rho) if rho > 0 else (None, None)

    def not_reached(m):
        if rho == 0:
            return (1 - p) ** m
        return math.exp(betaln(a, b + m) - betaln(a, b))

    fd = -d * (not_reached(n + h) - not_reached(n - h)) / (2 * h)
    assert reach.print_reach_and_slope(n, p, rho, d)[1] == pytest.approx(fd, rel=1e-6)
    value, slope = reach.print_reach_and_slope(n, p, rho, d)
    assert value == pytest.approx(d * (1 - not_reached(n)), rel=1e-12)
    assert slope == pytest.approx(fd, rel=1e-6)


@pytest.mark.parametrize("rho", [0.0, 0.5])
def test_print_slope_plain_finite_difference(rho):
    n, p, d, h = 3.3, 0.2, 0.8, 1e-5
    fd = (reach.print_reach(n + h, p, rho, d) - reach.print_reach(n - h, p, rho, d)) / (2 * h)
    assert reach.print_reach_and_slope(n, p, rho, d)[1] == pytest.approx(fd, rel=1e-6)


def test_print_slope_rho_zero_closed_form():
    # -d (1-p)^n log(1-p)
    expected = -0.8 * 0.7**3 * math.log(0.7)
    assert reach.print_reach_and_slope(3.0, 0.3, 0.0, 0.8)[1] == pytest.approx(expected, rel=1e-12)


# -- print: counts pmf ---------------------------------------------------------------------------


@pytest.mark.parametrize("p,rho", [(0.1, 0.5), (0.35, 0.3), (0.5, 0.9)])
@pytest.mark.parametrize("n", [0, 1, 2, 3, 10])
def test_print_pmf_integer_against_scipy(n, p, rho):
    a, b = beta_params(p, rho)
    expected = stats.betabinom(n, a, b).pmf([0, 1, 2])
    np.testing.assert_allclose(reach.print_count_pmf(n, p, rho), expected, rtol=1e-9, atol=1e-14)


@pytest.mark.parametrize("n", [0, 1, 2, 5])
def test_print_pmf_rho_zero_is_binomial(n):
    expected = stats.binom(n, 0.3).pmf([0, 1, 2])
    np.testing.assert_allclose(reach.print_count_pmf(n, 0.3, 0.0), expected, rtol=1e-10, atol=1e-15)


@pytest.mark.parametrize("n", [0.25, 1.5, 2.75, 6.1])
def test_print_pmf_interpolates_non_integer(n):
    p, rho = 0.35, 0.5
    a, b = beta_params(p, rho)
    lo, hi = math.floor(n), math.ceil(n)
    f = n - lo
    expected = (1 - f) * stats.betabinom(lo, a, b).pmf([0, 1, 2]) + f * stats.betabinom(hi, a, b).pmf([0, 1, 2])
    np.testing.assert_allclose(reach.print_count_pmf(n, p, rho), expected, rtol=1e-9, atol=1e-14)


def test_print_pmf_small_n_has_no_mass_above_n():
    # n = 0: all mass at 0; n = 1: nothing at 2.
    np.testing.assert_allclose(reach.print_count_pmf(0, 0.4, 0.5), [1.0, 0.0, 0.0], atol=1e-14)
    np.testing.assert_allclose(reach.print_count_pmf(1, 0.4, 0.5), [0.6, 0.4, 0.0], rtol=1e-10, atol=1e-14)
    # n = 0.5 halfway between the two.
    np.testing.assert_allclose(reach.print_count_pmf(0.5, 0.4, 0.5), [0.8, 0.2, 0.0], rtol=1e-10, atol=1e-14)


def test_print_pmf_broadcast_shape():
    out = reach.print_count_pmf(np.array([1.0, 2.5]), np.array([[0.1], [0.3], [0.5]]), 0.5)
    assert out.shape == (3, 2, 3)


# -- social: NBD ---------------------------------------------------------------------------------


def test_nbd_k_one_by_hand():
    # k = 1: g(x) = 1 - 1/(1+x) = x/(1+x)
    assert reach.nbd_reach(1.0, 1.0) == pytest.approx(0.5, rel=1e-14)
    assert reach.nbd_reach(3.0, 1.0) == pytest.approx(0.75, rel=1e-14)
    # k = 2, x = 2: 1 - 2^-2 = 0.75
    assert reach.nbd_reach(2.0, 2.0) == pytest.approx(0.75, rel=1e-14)


def test_nbd_poisson_at_infinity():
    x = np.array([0.0, 0.3, 1.0, 4.0])
    np.testing.assert_allclose(reach.nbd_reach(x, math.inf), 1 - np.exp(-x), rtol=1e-14, atol=1e-16)
    np.testing.assert_allclose(reach.nbd_reach_slope(x, math.inf), np.exp(-x), rtol=1e-14)


@pytest.mark.parametrize("x", [0.1, 1.0, 3.0])
def test_nbd_converges_to_poisson_as_k_grows(x):
    errs = [abs(float(reach.nbd_reach(x, k)) - (1 - math.exp(-x))) for k in (1.0, 10.0, 1e3, 1e6)]
    assert all(a > b for a, b in zip(errs, errs[1:]))
    assert errs[-1] < 1e-5


def test_nbd_array_k_with_infinity():
    x = np.array([1.0, 1.0, 2.0])
    k = np.array([1.0, np.inf, 2.0])
    np.testing.assert_allclose(reach.nbd_reach(x, k), [0.5, 1 - math.exp(-1), 0.75], rtol=1e-14)
    np.testing.assert_allclose(reach.nbd_reach_slope(x, k), [0.25, math.exp(-1), 2.0**-3], rtol=1e-14)


def test_nbd_reach_is_share_with_nonzero_count():
    # g(x) = 1 - P(0) of the NB distribution.
    for x, k in [(0.5, 0.3), (2.0, 1.0), (5.0, 10.0)]:
        p0 = stats.nbinom(k, k / (k + x)).pmf(0)
        assert reach.nbd_reach(x, k) == pytest.approx(1 - p0, rel=1e-12)


@pytest.mark.parametrize("k", [0.3, 1.0, 2.5, 10.0, math.inf])
@pytest.mark.parametrize("x", [0.05, 0.7, 3.0, 20.0])
def test_nbd_slope_finite_difference(x, k):
    h = 1e-6 * max(1.0, x)

    def unreached(v):  # 1 - g(v), written out (no cancellation near g = 1)
        return math.exp(-v) if math.isinf(k) else (1 + v / k) ** (-k)

    fd = -(unreached(x + h) - unreached(x - h)) / (2 * h)
    assert reach.nbd_reach_slope(x, k) == pytest.approx(fd, rel=1e-6)
    fd_curve = (reach.nbd_reach(x + h, k) - reach.nbd_reach(x - h, k)) / (2 * h)
    assert reach.nbd_reach_slope(x, k) == pytest.approx(fd_curve, rel=1e-5, abs=1e-9)


@pytest.mark.parametrize("k", [0.3, 1.0, 2.5, 10.0])
@pytest.mark.parametrize("x", [0.0, 0.05, 0.7, 3.0, 20.0])
def test_nbd_pmf_against_scipy(x, k):
    expected = stats.nbinom(k, k / (k + x)).pmf([0, 1, 2])
    np.testing.assert_allclose(reach.nbd_count_pmf(x, k), expected, rtol=1e-10, atol=1e-15)


@pytest.mark.parametrize("x", [0.0, 0.4, 2.0, 7.0])
def test_nbd_pmf_poisson(x):
    poisson = stats.poisson(x).pmf([0, 1, 2])
    np.testing.assert_allclose(reach.nbd_count_pmf(x, math.inf), poisson, rtol=1e-12, atol=1e-16)
    # and large k tends to it
    np.testing.assert_allclose(reach.nbd_count_pmf(x, 1e7), stats.poisson(x).pmf([0, 1, 2]), rtol=1e-5, atol=1e-12)


def test_nbd_pmf_array_k():
    out = reach.nbd_count_pmf(np.array([1.0, 1.0]), np.array([2.0, np.inf]))
    np.testing.assert_allclose(out[0], stats.nbinom(2, 2 / 3).pmf([0, 1, 2]), rtol=1e-12)
    np.testing.assert_allclose(out[1], stats.poisson(1.0).pmf([0, 1, 2]), rtol=1e-12)


# -- edge cases ----------------------------------------------------------------------------------


@pytest.mark.parametrize("rho", [0.0, 0.5, 0.95])
def test_page_never_seen_reaches_nobody(rho):
    assert reach.print_reach(10, 0.0, rho, 0.8) == pytest.approx(0.0, abs=1e-9)
    np.testing.assert_allclose(reach.print_count_pmf(10, 0.0, rho), [1.0, 0.0, 0.0], atol=1e-9)


@pytest.mark.parametrize("rho", [0.0, 0.5, 0.95])
def test_page_always_seen_reaches_every_receiver(rho):
    assert reach.print_reach(1, 1.0, rho, 0.8) == pytest.approx(0.8, abs=1e-9)
    assert reach.print_reach(5, 1.0, rho, 0.8) == pytest.approx(0.8, abs=1e-9)
    # n = 5: always 5 sightings, so none of P(0), P(1), P(2) has mass
    np.testing.assert_allclose(reach.print_count_pmf(5, 1.0, rho), [0.0, 0.0, 0.0], atol=1e-9)


@pytest.mark.parametrize("rho", [0.5, 0.95])
@pytest.mark.parametrize("n", [1, 2])
def test_page_always_seen_pmf(n, rho):
    # p = 1: exactly n sightings (a valid input: page_seen may be up to 1).
    pmf = reach.print_count_pmf(n, 1.0, rho)
    np.testing.assert_allclose(pmf, np.eye(3)[n], atol=1e-9)


def test_page_always_seen_one_issue_pmf_binomial():
    np.testing.assert_allclose(reach.print_count_pmf(1, 1.0, 0.0), [0.0, 1.0, 0.0], atol=1e-9)


@pytest.mark.parametrize("rho", [0.0, 0.5])
def test_zero_insertions_reach_nobody(rho):
    assert reach.print_reach(0, 0.35, rho, 0.8) == pytest.approx(0.0, abs=1e-15)


@pytest.mark.parametrize("k", [0.3, 1.0, math.inf])
def test_zero_contacts_reach_nobody(k):
    assert reach.nbd_reach(0.0, k) == 0.0
    assert reach.nbd_reach_slope(0.0, k) == pytest.approx(1.0)
    np.testing.assert_allclose(reach.nbd_count_pmf(0.0, k), [1.0, 0.0, 0.0], atol=1e-15)


def test_curves_bounded_and_monotone():
    n = np.linspace(0, 200, 401)
    for rho in (0.0, 0.5, 0.95):
        r = reach.print_reach(n, 0.2, rho, 0.8)
        assert np.all(np.diff(r) >= -1e-15)
        assert np.all((r >= 0) & (r <= 0.8 + 1e-12))
    x = np.linspace(0, 100, 401)
    for k in (0.3, 1.0, 10.0, math.inf):
        g = reach.nbd_reach(x, k)
        assert np.all(np.diff(g) >= -1e-15) and np.all((g >= 0) & (g <= 1))


@pytest.mark.parametrize("rho", [1e-300, 1e-12, 1e-9])
def test_tiny_loyalty_is_binomial(rho):
    n, p = 7.0, 0.35
    assert reach.print_reach(n, p, rho, 0.8) == pytest.approx(0.8 * (1 - 0.65**n), rel=1e-6)
    # log-beta of arguments ~1/rho loses a few digits near the binomial switch-over: 1e-5 is plenty
    np.testing.assert_allclose(reach.print_count_pmf(n, p, rho), stats.binom(7, p).pmf([0, 1, 2]), rtol=1e-5)
