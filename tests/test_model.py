"""ReachModel / Evaluation against MODEL.md formulas written out here, plus properties on random scenarios."""

from __future__ import annotations

import csv
import math

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from scipy import stats
from scipy.special import betaln

from budgetsim.areas import Areas
from budgetsim.assumptions import PARAMETER_BY_KEY, Assumptions, PrintAssumptions, SocialAssumptions
from budgetsim.data import data_path, wijken
from budgetsim.model import ReachModel
from tests.conftest import DORDRECHT

BANDS = ("0-14", "15-24", "25-44", "45-64", "65+")
TARGETABLE = BANDS[1:]
PAGE_SEEN = PARAMETER_BY_KEY["print.page_seen"].default  # the registry's defaults, never pinned twice
PLATFORM = PARAMETER_BY_KEY["social.platform_share"].default
LOYALTY = PARAMETER_BY_KEY["print.loyalty"].default


# -- independent implementation of the formulas (for the checks) ---------------------------------


def not_reached_print(n, p, rho):
    if rho < 1e-9:  # the binomial limit (beta-binomial differs by O(n^2 rho))
        return (1 - p) ** n
    s = 1 / rho - 1
    return math.exp(betaln(p * s, (1 - p) * s + n) - betaln(p * s, (1 - p) * s))


def g_nbd(x, k):
    return 1 - math.exp(-x) if math.isinf(k) else 1 - (1 + x / k) ** (-k)


def print_count_full(n, p, rho, delivery):
    """Full pmf of a resident's print count (0 for non-receivers), interpolated for non-integer n."""
    lo, hi = math.floor(n), math.ceil(n)
    f = n - lo
    size = hi + 1

    def bb(m):
        out = np.zeros(size)
        if rho == 0:
            out[: m + 1] = stats.binom(m, p).pmf(np.arange(m + 1))
        else:
            s = 1 / rho - 1
            out[: m + 1] = stats.betabinom(m, p * s, (1 - p) * s).pmf(np.arange(m + 1))
        return out

    pmf = delivery * ((1 - f) * bb(lo) + f * bb(hi)) if hi != lo else delivery * bb(lo)
    pmf[0] += 1 - delivery
    return pmf


def social_count_full(x, k, share, size=3000):
    j = np.arange(size)
    pmf = stats.poisson(x).pmf(j) if math.isinf(k) else stats.nbinom(k, k / (k + x)).pmf(j)
    pmf = share * pmf
    pmf[0] += 1 - share
    return pmf


def three_plus_brute(px, py):
    """P(print + social >= 3) summing the joint distribution cell by cell (plus the social tail)."""
    total = 0.0
    for i, a in enumerate(px):
        for j, b in enumerate(py):
            if i + j >= 3:
                total += a * b
    tail = 1.0 - py.sum()  # mass beyond the truncation, all at >= 3
    return total + tail


def ad_set_contacts(audience, social, kw) -> np.ndarray:
    """``x_i`` of MODEL.md "Ad sets" for a table without wijken: areas with an audience of at least
    ``min_audience`` alone, the other areas with an audience pooled into one rest ad set when that
    reaches ``min_audience``; each ad set's euros give ``x_s`` for all its areas; 0 elsewhere."""
    aud, social = np.asarray(audience, float), np.asarray(social, float)
    m = kw.get("social_min_audience", 1000.0)
    per_impression = kw.get("social_on_target_share", 0.8) * kw.get("social_noticed_share", 0.5)
    cpm = kw.get("social_cpm_eur", 8.0)
    x = np.zeros(len(aud))
    small = [i for i in range(len(aud)) if 0 < aud[i] < m]
    groups = [[i] for i in range(len(aud)) if aud[i] > 0 and aud[i] >= m]
    if small and sum(aud[i] for i in small) >= m:
        groups.append(small)
    for group in groups:
        euros = sum(social[i] for i in group)
        x_s = 1000 * euros / cpm * per_impression / sum(aud[i] for i in group)
        for i in group:
            x[i] = x_s
    return x


def make_model(residents, dwellings, shares, target=TARGETABLE, **kw):
    pa = {k[6:]: v for k, v in kw.items() if k.startswith("print_")}
    sa = {k[7:]: v for k, v in kw.items() if k.startswith("social_")}
    n = len(residents)
    areas = Areas.from_columns(
        [f"WK{i:02d}" for i in range(n)],
        [f"Wijk {i}" for i in range(n)],
        residents,
        dwellings,
        shares,
    )
    return ReachModel(areas, Assumptions(PrintAssumptions(**pa), SocialAssumptions(**sa)), tuple(target))


# -- a one-area hand example ------------------------------------------------------------------------

SHARES = [0.10, 0.20, 0.30, 0.25, 0.15]


def test_hand_example_rho_zero_integer_insertions():
    """1 area, 10,000 residents, 4,000 dwellings, loyalty 0, 2 insertions, one band (45-64)."""
    m = make_model(
        [10000],
        [4000],
        [SHARES],
        target=("45-64",),
        print_loyalty=0.0,
        print_page_seen=dict(PAGE_SEEN, **{"45-64": 0.35}),
    )
    # copies = 0.8 * 4000 = 3200; price = 15 * 3.2 = 48; 2 insertions = 96 euro
    assert m.copies == pytest.approx(3200)
    assert m.price_per_insertion == pytest.approx(48.0)
    # audience = 2500 * 0.75 = 1875; 150 euro -> 18,750 impressions -> x = 18750 * 0.4 / 1875 = 4
    ev = m.evaluate(96.0, [150.0])
    assert m.audience[0] == pytest.approx(1875.0)
    assert ev.insertions == pytest.approx(2.0)
    N = 2500.0
    rp = 0.8 * (1 - 0.65**2)  # 0.462
    rs = 0.75 * (1 - 1 / 5)  # k = 1, x = 4 -> g = 0.8 -> 0.6
    assert ev.total("target_population") == pytest.approx(N)
    assert ev.total("reached_print") == pytest.approx(N * rp)
    assert ev.total("reached_social") == pytest.approx(N * rs)
    assert ev.total("reached_both") == pytest.approx(N * rp * rs)
    assert ev.total("reached") == pytest.approx(N * (1 - (1 - rp) * (1 - rs)))
    # print count: 0.2 at 0 (not delivered) + 0.8 * Bin(2, 0.35); social count: 0.25 at 0 + 0.75 * Geo
    px = np.array([0.2 + 0.8 * 0.65**2, 0.8 * 2 * 0.35 * 0.65, 0.8 * 0.35**2])
    q = 4 / 5  # NB(k=1, mean 4): P(j) = (1/5) (4/5)^j
    py = np.array([0.25 + 0.75 * 0.2, 0.75 * 0.2 * q, 0.75 * 0.2 * q * q])
    at_most_two = px[0] * py.sum() + px[1] * (py[0] + py[1]) + px[2] * py[0]
    assert ev.total("reached_3plus") == pytest.approx(N * (1 - at_most_two), rel=1e-10)
    # frequencies: print contacts N * 0.8 * 2 * 0.35; social contacts N * 0.75 * 4
    assert ev.print_avg_frequency == pytest.approx(N * 0.8 * 2 * 0.35 / (N * rp))
    assert ev.social_avg_frequency == pytest.approx(N * 0.75 * 4 / (N * rs))
    assert ev.cost_per_reached_eur == pytest.approx(246.0 / (N * (1 - (1 - rp) * (1 - rs))))
    assert float(ev.impressions.sum()) == pytest.approx(18750.0)


def test_hand_example_default_loyalty_non_integer():
    m = make_model([10000], [4000], [SHARES])
    print_eur, social_eur = 48.0 * 5.5, 300.0
    ev = m.evaluate(print_eur, [social_eur])
    N = 10000 * np.array(SHARES)
    A = sum(N[i] * PLATFORM[b] for i, b in enumerate(BANDS) if b != "0-14")
    x = 1000 * social_eur / 8 * 0.8 * 0.5 / A
    g = x / (1 + x)
    reached = r_print = r_social = r_both = r_3 = p_contacts = s_contacts = 0.0
    per_band = {}
    for i, b in enumerate(TARGETABLE, start=1):
        rp = 0.8 * (1 - not_reached_print(5.5, PAGE_SEEN[b], LOYALTY))
        rs = PLATFORM[b] * g
        per_band[b] = N[i] * (1 - (1 - rp) * (1 - rs))
        reached += per_band[b]
        r_print += N[i] * rp
        r_social += N[i] * rs
        r_both += N[i] * rp * rs
        px = print_count_full(5.5, PAGE_SEEN[b], LOYALTY, 0.8)
        py = social_count_full(x, 1.0, PLATFORM[b])
        r_3 += N[i] * three_plus_brute(px, py)
        p_contacts += N[i] * 0.8 * 5.5 * PAGE_SEEN[b]
        s_contacts += N[i] * PLATFORM[b] * x
    assert ev.total("target_population") == pytest.approx(N[1:].sum())
    assert ev.total("reached") == pytest.approx(reached, rel=1e-10)
    assert ev.total("reached_print") == pytest.approx(r_print, rel=1e-10)
    assert ev.total("reached_social") == pytest.approx(r_social, rel=1e-10)
    assert ev.total("reached_both") == pytest.approx(r_both, rel=1e-10)
    assert ev.total("reached_3plus") == pytest.approx(r_3, rel=1e-8)
    assert ev.print_avg_frequency == pytest.approx(p_contacts / r_print, rel=1e-10)
    assert ev.social_avg_frequency == pytest.approx(s_contacts / r_social, rel=1e-10)
    assert ev.cost_per_reached_eur == pytest.approx((print_eur + social_eur) / reached, rel=1e-10)
    rows = {r["band"]: r for r in ev.to_dict()["bands"]}
    assert set(rows) == set(TARGETABLE)
    for b in TARGETABLE:
        assert rows[b]["reached"] == pytest.approx(per_band[b], rel=1e-10)


@pytest.mark.parametrize("spread", [0.5, 1.0, math.inf])
def test_three_plus_brute_force_spreads(spread):
    m = make_model([8000], [3500], [SHARES], print_loyalty=0.3, social_spread=spread)
    n = 3.7
    print_eur = n * m.price_per_insertion
    ev = m.evaluate(print_eur, [900.0])
    x = float(m.contacts([900.0])[0])
    expected = 0.0
    for i, b in enumerate(TARGETABLE, start=1):
        px = print_count_full(n, PAGE_SEEN[b], 0.3, 0.8)
        py = social_count_full(x, spread, PLATFORM[b])
        expected += 8000 * SHARES[i] * three_plus_brute(px, py)
    assert ev.total("reached_3plus") == pytest.approx(expected, rel=1e-8)


def test_marginals_match_finite_differences():
    m = make_model([9000, 4000, 15000], [4000, 1800, 7000], [SHARES, [0.2, 0.1, 0.3, 0.3, 0.1], SHARES])
    p, s = 2500.0, np.array([400.0, 150.0, 1200.0])
    ev = m.evaluate(p, s)
    h = 0.01
    fd = (m.evaluate(p + h, s).total("reached") - m.evaluate(p - h, s).total("reached")) / (2 * h) * 100
    assert ev.marginal_print_per_100_eur == pytest.approx(fd, rel=1e-5)
    for i in range(3):
        e = np.zeros(3)
        e[i] = h
        fd = (m.evaluate(p, s + e).total("reached") - m.evaluate(p, s - e).total("reached")) / (2 * h) * 100
        assert ev.marginal_social_per_100_eur[i] == pytest.approx(fd, rel=1e-5)
        assert ev.area_rows()[i]["marginal_reach_per_100_eur"] == pytest.approx(fd, rel=1e-5)
    assert ev.to_dict()["print"]["marginal_reach_per_100_eur"] == pytest.approx(ev.marginal_print_per_100_eur)


def test_marginal_at_zero_budget_finite_difference():
    m = make_model([9000], [4000], [SHARES])
    ev = m.evaluate(0.0, [0.0])
    h = 1e-3
    fd_p = (m.evaluate(h, [0.0]).total("reached") - ev.total("reached")) / h * 100
    fd_s = (m.evaluate(0.0, [h]).total("reached") - ev.total("reached")) / h * 100
    assert ev.marginal_print_per_100_eur == pytest.approx(fd_p, rel=1e-3)
    assert ev.marginal_social_per_100_eur[0] == pytest.approx(fd_s, rel=1e-3)
    assert ev.total("reached") == 0.0
    assert ev.cost_per_reached_eur is None


# -- random valid scenarios ---------------------------------------------------------------------------


@st.composite
def scenarios(draw):
    n = draw(st.integers(1, 4))
    residents = [draw(st.sampled_from([0, 1]) | st.integers(0, 30000)) for _ in range(n)]
    dwellings = [round(r * draw(st.floats(0.3, 0.7))) for r in residents]
    raw = [[draw(st.floats(0.01, 1.0)) for _ in BANDS] for _ in range(n)]
    shares = [[v / sum(row) for v in row] for row in raw]
    target = draw(st.lists(st.sampled_from(TARGETABLE), min_size=1, max_size=4, unique=True))
    kw = dict(
        print_delivery_share=draw(st.floats(0.5, 0.95)),
        print_price_per_1000_copies_eur=draw(st.floats(5, 30)),
        print_page_seen={b: PAGE_SEEN[b] * draw(st.floats(0.5, 1.5)) for b in TARGETABLE},
        print_loyalty=draw(st.sampled_from([0.0, 0.95]) | st.floats(0.0, 0.95)),
        social_cpm_eur=draw(st.floats(5, 15)),
        social_platform_share={b: PLATFORM[b] * draw(st.floats(0.85, 1.15)) for b in TARGETABLE},
        social_on_target_share=draw(st.floats(0.5, 1.0)),
        social_noticed_share=draw(st.floats(0.2, 0.9)),
        social_spread=draw(st.sampled_from([math.inf]) | st.floats(0.3, 10)),
        social_min_audience=draw(st.sampled_from([0.0, 1000.0, 5000.0])),
    )
    model = make_model(residents, dwellings, shares, target=target, **kw)
    print_eur = draw(st.floats(0, 50000))
    social = np.array([draw(st.floats(0, 20000)) for _ in range(n)])
    return model, print_eur, social, shares, kw


PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPS
@given(scenarios())
def test_reach_never_exceeds_population(sc):
    m, p, s, shares, kw = sc
    ev = m.evaluate(p, s)
    N = ev.target_population
    tol = 1e-9 * (1 + N)
    for name in ("reached", "reached_print", "reached_social", "reached_both", "reached_3plus"):
        arr = getattr(ev, name)
        assert np.all(arr >= -tol), name
        assert np.all(arr <= N + tol), name
    assert ev.total("reached") <= ev.total("target_population") * (1 + 1e-12) + 1e-9
    for row in ev.band_rows():
        assert row["reached"] <= row["target_population"] * (1 + 1e-12) + 1e-9
    for row in ev.area_rows():
        assert row["reached"] <= row["target_population"] * (1 + 1e-12) + 1e-9


@PROPS
@given(scenarios())
def test_reached_matches_formula_and_identity(sc):
    m, p, s, shares, kw = sc
    ev = m.evaluate(p, s)
    n = (
        p / (kw["print_price_per_1000_copies_eur"] * kw["print_delivery_share"] * m.areas.dwellings.sum() / 1000)
        if m.areas.dwellings.sum() > 0
        else 0.0
    )
    n = min(n, 52.0)  # one page per issue counts
    res = np.asarray(m.areas.residents)
    aud = np.array(
        [
            sum(
                res[i] * shares[i][j] * kw["social_platform_share"][b]
                for j, b in enumerate(BANDS)
                if b in m.target_bands
            )
            for i in range(len(res))
        ]
    )
    k = kw["social_spread"]
    xs = ad_set_contacts(aud, s, kw)
    for i in range(len(res)):
        x = xs[i]
        for j, b in enumerate(BANDS):
            N = res[i] * shares[i][j] if b in m.target_bands else 0.0
            seen = kw["print_page_seen"].get(b, 0.0)
            rp = kw["print_delivery_share"] * (1 - not_reached_print(n, seen, kw["print_loyalty"]))
            rp = rp if b != "0-14" else 0.0
            rs = kw["social_platform_share"][b] * g_nbd(x, k) if b in m.target_bands else 0.0
            assert ev.reached[i, j] == pytest.approx(N * (1 - (1 - rp) * (1 - rs)), rel=1e-7, abs=1e-7)
    both = ev.total("reached_both")
    assert ev.total("reached") == pytest.approx(
        ev.total("reached_print") + ev.total("reached_social") - both, rel=1e-9, abs=1e-9
    )
    assert np.all(ev.reached_both <= np.minimum(ev.reached_print, ev.reached_social) + 1e-9)
    assert np.all(ev.reached_3plus <= ev.reached + 1e-9 * (1 + ev.reached))


@PROPS
@given(scenarios(), st.floats(0, 50000), st.floats(0, 20000))
def test_monotone_in_each_budget(sc, extra_print, extra_social):
    m, p, s, shares, kw = sc
    base = m.evaluate(p, s)
    more_print = m.evaluate(p + extra_print, s)
    assert np.all(more_print.reached >= base.reached - 1e-9 * (1 + base.reached))
    assert np.all(more_print.reached_print >= base.reached_print - 1e-9 * (1 + base.reached_print))
    for i in range(len(s)):
        s2 = s.copy()
        s2[i] += extra_social
        more_social = m.evaluate(p, s2)
        assert np.all(more_social.reached >= base.reached - 1e-9 * (1 + base.reached))
        assert np.all(more_social.reached_social >= base.reached_social - 1e-9 * (1 + base.reached_social))


@PROPS
@given(scenarios(), st.floats(0, 60000), st.floats(0, 60000), st.data())
def test_concave_along_each_budget(sc, p1, p2, data):
    m, _, s, shares, kw = sc
    f = lambda pp, ss: m.evaluate(pp, ss).total("reached")  # noqa: E731
    scale = 1e-9 * (1 + m.target_population.sum())
    # print
    assert f((p1 + p2) / 2, s) >= (f(p1, s) + f(p2, s)) / 2 - scale
    # social, each area
    i = data.draw(st.integers(0, len(s) - 1))
    e1, e2 = data.draw(st.floats(0, 30000)), data.draw(st.floats(0, 30000))
    sa, sb, sm = s.copy(), s.copy(), s.copy()
    sa[i], sb[i], sm[i] = e1, e2, (e1 + e2) / 2
    assert f(p1, sm) >= (f(p1, sa) + f(p1, sb)) / 2 - scale
    # jointly (MODEL.md: jointly concave in print and social spend)
    t = np.array(data.draw(st.lists(st.floats(0, 20000), min_size=len(s), max_size=len(s))))
    assert f((p1 + p2) / 2, (s + t) / 2) >= (f(p1, s) + f(p2, t)) / 2 - scale


@PROPS
@given(scenarios())
def test_children_never_counted(sc):
    m, p, s, shares, kw = sc
    ev = m.evaluate(p, s)
    for name in (
        "target_population",
        "reached",
        "reached_print",
        "reached_social",
        "reached_both",
        "reached_3plus",
        "print_contacts",
        "social_contacts",
    ):
        assert np.all(getattr(ev, name)[:, 0] == 0), name
    res = np.asarray(m.areas.residents)
    expected = sum(res[i] * shares[i][j] for i in range(len(res)) for j, b in enumerate(BANDS) if b in m.target_bands)
    assert ev.total("target_population") == pytest.approx(expected, rel=1e-9, abs=1e-9)
    assert all(row["band"] != "0-14" for row in ev.band_rows())
    # the audience has no children either
    aud = [
        sum(res[i] * shares[i][j] * kw["social_platform_share"][b] for j, b in enumerate(BANDS) if b in m.target_bands)
        for i in range(len(res))
    ]
    np.testing.assert_allclose(m.audience, aud, rtol=1e-9, atol=1e-9)


def test_children_target_rejected():
    areas = Areas.from_columns(["A"], ["a"], [1000], [400])
    with pytest.raises(ValueError, match="0-14"):
        ReachModel(areas, target_bands=("0-14",))
    with pytest.raises(ValueError):
        ReachModel(areas, target_bands=())


def test_children_share_does_not_change_reach_of_others():
    # Two areas identical except 0-14 vs the rest: same adult population -> same adult reach.
    a = make_model([10000], [4000], [[0.0, 0.2, 0.3, 0.3, 0.2]])
    b = make_model([20000], [4000], [[0.5, 0.1, 0.15, 0.15, 0.1]])
    ea, eb = a.evaluate(500.0, [300.0]), b.evaluate(500.0, [300.0])
    assert ea.total("target_population") == pytest.approx(eb.total("target_population"))
    assert ea.total("reached") == pytest.approx(eb.total("reached"), rel=1e-12)
    assert ea.total("reached_3plus") == pytest.approx(eb.total("reached_3plus"), rel=1e-12)


@PROPS
@given(scenarios())
def test_ineligible_areas_listed(sc):
    m, p, s, shares, kw = sc
    ev = m.evaluate(p, s)
    res = np.asarray(m.areas.residents)
    expected = []
    for i in range(len(res)):
        aud = sum(
            res[i] * shares[i][j] * kw["social_platform_share"][b] for j, b in enumerate(BANDS) if b in m.target_bands
        )
        if aud < kw["social_min_audience"] or aud <= 0:
            expected.append(m.areas.codes[i])
    # guard against floating-point ties at exactly the threshold
    assume(all(abs(a - kw["social_min_audience"]) > 1e-6 * (1 + a) for a in m.audience))
    assert ev.ineligible_areas == expected
    assert ev.to_dict()["social"]["ineligible_areas"] == expected


def test_ineligible_area_hand_case():
    # Area B: 1000 residents * 0.15 (65+) * 0.55 = 82.5 < 1000 -> ineligible.
    m = make_model([20000, 1000], [9000, 500], [SHARES, SHARES], target=("65+",))
    assert m.audience == pytest.approx([20000 * 0.15 * 0.55, 1000 * 0.15 * 0.55])
    ev = m.evaluate(0.0, [0.0, 100.0])
    assert ev.ineligible_areas == ["WK01"]
    assert ev.manual_ineligible_funded == ["WK01"]


# -- output dictionary ---------------------------------------------------------------------------


def test_to_dict_has_every_key():
    m = make_model([12000, 600], [5000, 250], [SHARES, SHARES])
    d = m.evaluate(1000.0, [500.0, 0.0]).to_dict()
    for key in (
        "target_population",
        "reached",
        "reached_print",
        "reached_social",
        "reached_both",
        "reached_3plus",
        "cost_per_reached_eur",
        "print",
        "social",
        "bands",
        "areas",
    ):
        assert key in d, key
    for key in ("insertions", "price_per_insertion_eur", "avg_frequency"):
        assert key in d["print"], key
    for key in ("impressions", "avg_frequency", "ineligible_areas"):
        assert key in d["social"], key
    assert len(d["bands"]) == 4
    for row in d["bands"]:
        for key in ("band", "target_population", "reached", "reached_print", "reached_social"):
            assert key in row, key
    assert [r["code"] for r in d["areas"]] == ["WK00", "WK01"]
    for row in d["areas"]:
        for key in (
            "code",
            "name",
            "target_population",
            "audience",
            "social_eur",
            "reached",
            "reached_print",
            "reached_social",
            "marginal_reach_per_100_eur",
        ):
            assert key in row, key
    assert d["social"]["ineligible_areas"] == ["WK01"]
    assert d["print"]["price_per_insertion_eur"] == pytest.approx(15 * 0.8 * 5250 / 1000)
    assert d["print"]["insertions"] == pytest.approx(1000 / (15 * 0.8 * 5250 / 1000))
    assert d["social"]["impressions"] == pytest.approx(500 * 1000 / 8)
    assert d["areas"][0]["social_eur"] == 500.0
    # totals agree with the rows
    assert sum(r["reached"] for r in d["areas"]) == pytest.approx(d["reached"])
    assert sum(r["reached"] for r in d["bands"]) == pytest.approx(d["reached"])
    assert sum(r["target_population"] for r in d["bands"]) == pytest.approx(12600 * 0.9)
    import json

    json.dumps(d)  # serialisable


# -- real data: Dordrecht -------------------------------------------------------------------------


def test_default_print_budget_dordrecht():
    with open(data_path("cbs_kwb_2024_wijken.csv"), encoding="utf-8", newline="") as fh:
        dwellings = sum(float(r["dwellings"] or 0) for r in csv.DictReader(fh) if r["gemeente_code"] == DORDRECHT)
    assert dwellings > 50000
    m = ReachModel(wijken(DORDRECHT))
    assert m.default_print_eur() == pytest.approx(52 * 15 * 0.8 * dwellings / 1000, rel=1e-12)
    ev = m.evaluate(m.default_print_eur(), np.zeros(len(m.areas)))
    assert ev.insertions == pytest.approx(52.0)


def test_dordrecht_own_age_shares():
    """Each wijk's own CBS age mix: the target group is everyone but that wijk's children."""
    ages = ("age_0_14", "age_15_24", "age_25_44", "age_45_64", "age_65_plus")
    with open(data_path("cbs_kwb_2024_wijken.csv"), encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["gemeente_code"] == DORDRECHT]
    assert all(r["age_0_14"] for r in rows)  # every Dordrecht wijk has its own counts
    expected = sum(float(r["residents"]) * (1 - float(r["age_0_14"]) / sum(float(r[k]) for k in ages)) for r in rows)
    m = ReachModel(wijken(DORDRECHT))
    assert float(m.target_population.sum()) == pytest.approx(expected, rel=1e-9)
    # and not the national mix any more
    residents = sum(float(r["residents"]) for r in rows)
    assert abs(float(m.target_population.sum()) - residents * (1 - 0.155)) > 100


# -- bad inputs -----------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [-1.0, float("nan"), float("inf")])
def test_bad_print_budget(bad):
    m = make_model([10000], [4000], [SHARES])
    with pytest.raises(ValueError, match="print_eur"):
        m.evaluate(bad, [100.0])


@pytest.mark.parametrize("bad", [-1.0, float("nan"), float("inf")])
def test_bad_social_budget(bad):
    m = make_model([10000, 5000], [4000, 2000], [SHARES, SHARES])
    with pytest.raises(ValueError, match="social_eur"):
        m.evaluate(100.0, [100.0, bad])


@pytest.mark.parametrize(
    "key,value",
    [
        ("print.delivery_share", 1.5),
        ("print.loyalty", -0.1),
        ("print.loyalty", float("nan")),
        ("social.cpm_eur", 0.0),
        ("social.spread", -1.0),
        ("social.noticed_share", float("nan")),
    ],
)
def test_bad_assumptions_name_the_parameter(key, value):
    with pytest.raises(ValueError, match=key.replace(".", r"\.")):
        Assumptions().with_value(key, value)


# -- version 2: the page price, levels ------------------------------------------------------------


def test_a_given_page_price_replaces_the_price_from_copies():
    m = make_model([10000], [4000], [SHARES], print_price_per_page_eur=687.0)
    assert m.copies == pytest.approx(3200)  # copies still reported
    assert m.price_per_insertion == 687.0
    assert m.default_print_eur() == pytest.approx(52 * 687.0)
    ev = m.evaluate(687.0 * 3.5, [0.0])
    assert ev.insertions == pytest.approx(3.5)
    assert ev.to_dict()["print"]["price_per_insertion_eur"] == 687.0
    from_copies = make_model([10000], [4000], [SHARES])
    assert from_copies.price_per_insertion == pytest.approx(15 * 3200 / 1000)
    # the same insertions reach the same people, whatever the page costs
    same = from_copies.evaluate(from_copies.price_per_insertion * 3.5, [0.0])
    assert ev.total("reached") == pytest.approx(same.total("reached"), rel=1e-12)


def test_to_dict_has_level_and_ad_sets():
    from budgetsim.data import buurten

    m = ReachModel(buurten(DORDRECHT))
    d = m.evaluate(m.default_print_eur(), np.zeros(len(m.areas))).to_dict()
    assert d["level"] == "buurt"
    assert len(d["ad_sets"]) == len(m.ad_sets) and all(a["social_eur"] == 0 for a in d["ad_sets"])
    assert {a["ad_set"] for a in d["areas"]} - {None} == set(m.ad_sets.ids)
    assert wijken(DORDRECHT).level == "wijk"
