"""Honest uncertainty (budgetsim.uncertainty): triangular draws, P10/P50/P90 bands, the tornado.

Expectations are computed independently: point figures with ``ReachModel.evaluate``, changed
assumptions with ``Assumptions.with_value``, quantiles with ``scipy.stats.triang``.
"""

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy import stats

from budgetsim import data as cbs
from budgetsim import reach
from budgetsim import uncertainty as U
from budgetsim.areas import Areas
from budgetsim.assumptions import Assumptions
from budgetsim.bands import BANDS, TARGETABLE_BANDS
from budgetsim.model import ReachModel
from tests.conftest import DORDRECHT

METRICS = ("reached", "reached_3plus", "reached_print", "reached_social")
EVAL_FIELDS = ("target_population", "reached", "reached_print", "reached_social", "reached_both", "reached_3plus")


# -- fixtures ---------------------------------------------------------------------------------------


def _assumptions(**values) -> Assumptions:
    a = Assumptions()
    for key, value in values.items():
        a = a.with_value(key, value)
    return a


@pytest.fixture(scope="module")
def dordrecht():
    return cbs.wijken(DORDRECHT)


@pytest.fixture(scope="module")
def model(dordrecht):
    """Dordrecht with non-default assumptions, so no value sits at a range's middle by accident."""
    return ReachModel(
        dordrecht,
        _assumptions(
            **{
                "print.delivery_share": 0.75,
                "print.loyalty": 0.4,
                "print.price_per_1000_copies_eur": 18.0,
                "social.cpm_eur": 9.0,
                "social.spread": 1.5,
                "social.noticed_share": 0.45,
            }
        ),
    )


@pytest.fixture(scope="module")
def plan(model):
    """Print euros and an uneven social split (some areas unfunded; none that no ad set can take)."""
    n = len(model.areas)
    social = np.linspace(0.0, 900.0, n)
    social[1] = 0.0
    return 20000.0, np.where(model.targeted, social, 0.0)


def _zero_width(model: ReachModel) -> dict[str, tuple[float, float]]:
    out = {}
    for key in U.DEFAULT_RANGES:
        v = 1.0 if key in U.FACTOR_PARAMETERS else float(model.assumptions.get(key))
        out[key] = (v, v)
    return out


def _changed_model(model: ReachModel, key: str, value: float) -> ReachModel:
    """The model with one assumption changed; per-band factors multiply every band, clipped to [0, 1]."""
    if key in U.FACTOR_PARAMETERS:
        base = model.assumptions.get(key)
        new = {b: min(1.0, max(0.0, base[b] * value)) for b in TARGETABLE_BANDS}
        assumptions = model.assumptions.with_value(key, new)
    else:
        assumptions = model.assumptions.with_value(key, value)
    return ReachModel(model.areas, assumptions, model.target_bands)


def _band_total(evaluation, name: str, band: str) -> float:
    return float(getattr(evaluation, name)[:, BANDS.index(band)].sum())


# -- zero-width ranges give the point figures --------------------------------------------------------


@pytest.mark.parametrize("bands", [TARGETABLE_BANDS, ("15-24", "45-64")])
def test_zero_width_ranges_give_point_figures(dordrecht, bands):
    model = ReachModel(
        dordrecht, _assumptions(**{"print.loyalty": 0.3, "social.spread": 2.5, "print.delivery_share": 0.7}), bands
    )
    social = np.full(len(dordrecht), 400.0)
    point = model.evaluate(15000.0, social)
    result = U.uncertainty(model, 15000.0, social, ranges=_zero_width(model), draws=200, seed=5)
    for metric in METRICS:
        band = result.totals[metric]
        expected = point.total(metric)
        assert band.p10 == pytest.approx(expected, rel=1e-9)
        assert band.p50 == pytest.approx(expected, rel=1e-9)
        assert band.p90 == pytest.approx(expected, rel=1e-9)
    cost = result.totals["cost_per_reached_eur"]
    for value in (cost.p10, cost.p50, cost.p90):
        assert value == pytest.approx(point.cost_per_reached_eur, rel=1e-9)
    assert set(result.bands) == set(bands)
    for band_name, figures in result.bands.items():
        for metric in METRICS:
            expected = _band_total(point, metric, band_name)
            b = figures[metric]
            assert (b.p10, b.p50, b.p90) == pytest.approx((expected,) * 3, rel=1e-9, abs=1e-6)
    assert result.point_reached == pytest.approx(point.total("reached"), rel=1e-12)
    for row in result.sensitivity:
        assert row.reached_at_low == pytest.approx(point.total("reached"), rel=1e-9)
        assert row.reached_at_high == pytest.approx(point.total("reached"), rel=1e-9)


# -- ordering of the bands (property) ----------------------------------------------------------------


@st.composite
def small_cases(draw):
    n = draw(st.integers(1, 4))
    residents = [draw(st.integers(0, 30000)) for _ in range(n)]  # counts, as in CBS tables
    dwellings = [draw(st.integers(0, 15000)) for _ in range(n)]
    areas = Areas.from_columns([f"WK{i}" for i in range(n)], [f"A{i}" for i in range(n)], residents, dwellings)
    bands = draw(st.lists(st.sampled_from(TARGETABLE_BANDS), min_size=1, max_size=4, unique=True))
    assumptions = _assumptions(
        **{
            "print.delivery_share": draw(st.floats(0.5, 0.95)),
            "print.loyalty": draw(st.floats(0.0, 0.95)),
            "social.cpm_eur": draw(st.floats(5, 15)),
            "social.spread": draw(st.floats(0.3, 10)),
        }
    )
    model = ReachModel(areas, assumptions, tuple(bands))
    print_eur = draw(st.floats(0, 60000))
    social = np.array([draw(st.floats(0, 5000)) for _ in range(n)])
    seed = draw(st.integers(0, 2**32 - 1))
    return model, print_eur, social, seed


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_cases())
def test_p10_p50_p90_ordered(case):
    model, print_eur, social, seed = case
    result = U.uncertainty(model, print_eur, social, draws=100, seed=seed)
    bands = [result.totals[m] for m in METRICS] + [b for f in result.bands.values() for b in f.values()]
    for b in bands:
        assert b.p10 <= b.p50 <= b.p90
    cost = result.totals["cost_per_reached_eur"]
    if result.totals["reached"].p10 > 0:  # nobody reached: see test_nobody_reached_gives_json_compliant_bands
        assert 0 < cost.p10 <= cost.p50 <= cost.p90 < math.inf
    population = float(model.target_population.sum())
    r = result.totals["reached"]
    assert -1e-9 <= r.p10 and r.p90 <= population * (1 + 1e-9)


# -- seeds -------------------------------------------------------------------------------------------


def test_same_seed_same_result_other_seed_different(model, plan):
    print_eur, social = plan
    a = U.uncertainty(model, print_eur, social, draws=300, seed=11).to_dict()
    b = U.uncertainty(model, print_eur, social, draws=300, seed=11).to_dict()
    c = U.uncertainty(model, print_eur, social, draws=300, seed=12).to_dict()
    assert a == b
    assert a["reached"] != c["reached"]
    assert a["sensitivity"] == c["sensitivity"]  # the tornado does not depend on the draws


def test_bands_are_the_percentiles_of_each_figure(model, plan):
    """All bands come out of one percentile pass; each equals the percentiles of its own figure."""
    print_eur, social = plan
    result = U.uncertainty(model, print_eur, social, draws=400, seed=5)
    params = U.draw_parameters(model, U.effective_ranges(model), 400, 5)
    figures = U.evaluate_parameters(model, print_eur, social, params)
    reached = figures["reached"].sum(axis=1)
    expected = {
        ("reached", None): reached,
        ("reached_3plus", None): figures["reached_3plus"].sum(axis=1),
        ("cost_per_reached_eur", None): (print_eur + social.sum()) / reached,
        ("reached_social", "15-24"): figures["reached_social"][:, BANDS.index("15-24")],
        ("reached_print", "65+"): figures["reached_print"][:, BANDS.index("65+")],
    }
    for (name, band), values in expected.items():
        got = result.totals[name] if band is None else result.bands[band][name]
        assert [got.p10, got.p50, got.p90] == np.percentile(values, U.PERCENTILES).tolist(), (name, band)


def test_print_terms_are_the_curves_remembered(model):
    """The remembered print terms are the reach functions' own values, read-only, per argument content."""
    params = U.draw_parameters(model, U.effective_ranges(model), 300, 3)
    drawn = U.DrawnModel(model, params)
    n = np.minimum(20000.0 * drawn.insertions_per_eur, drawn.issues_per_year)
    for curve in (reach.print_not_reached, reach.print_count_pmf):
        first = U.print_terms(curve, n, drawn.p, drawn.rho)
        np.testing.assert_array_equal(first, curve(n, drawn.p, drawn.rho))
        assert U.print_terms(curve, n.copy(), drawn.p.copy(), drawn.rho.copy()) is first
        assert not first.flags.writeable
        other = U.print_terms(curve, n * 0.5, drawn.p, drawn.rho)
        np.testing.assert_array_equal(other, curve(n * 0.5, drawn.p, drawn.rho))


def test_remembered_print_terms_give_the_fresh_result(model, plan):
    """A second plan with the same print budget and draws (a social slider move) takes every print
    term from memory and gets exactly what a fresh computation gets."""
    print_eur, social = plan
    U._print_terms.clear()
    fresh = U.uncertainty(model, print_eur, social, draws=500, seed=7).to_dict()
    kept = len(U._print_terms)
    moved = social * 1.5
    U._print_terms.clear()
    moved_fresh = U.uncertainty(model, print_eur, moved, draws=500, seed=7).to_dict()
    U._print_terms.clear()
    assert U.uncertainty(model, print_eur, social, draws=500, seed=7).to_dict() == fresh
    assert U.uncertainty(model, print_eur, moved, draws=500, seed=7).to_dict() == moved_fresh
    assert len(U._print_terms) == kept  # the move found every print term


def test_draw_parameters_seeded(model):
    ranges = U.effective_ranges(model)
    a = U.draw_parameters(model, ranges, 500, 4)
    b = U.draw_parameters(model, ranges, 500, 4)
    c = U.draw_parameters(model, ranges, 500, 5)
    assert list(a) == list(U.DEFAULT_RANGES)
    for key in a:
        np.testing.assert_array_equal(a[key], b[key])
        assert not np.array_equal(a[key], c[key])
        low, high = ranges[key]
        assert np.all((a[key] >= low) & (a[key] <= high))


# -- the tornado equals a direct evaluation with one assumption changed ------------------------------


@pytest.mark.parametrize("custom", [False, True])
def test_tornado_matches_direct_evaluation(model, plan, custom):
    print_eur, social = plan
    ranges = None
    if custom:  # wide factor ranges so clipping to [0, 1] kicks in (0.5 * 2.5 > 1, 0.85 * 1.3 > 1)
        ranges = {
            "print.page_seen": (0.5, 2.5),
            "social.platform_share": (0.8, 1.3),
            "social.cpm_eur": (5.0, 15.0),
            "print.loyalty": (0.0, 0.95),
        }
    result = U.uncertainty(model, print_eur, social, ranges=ranges, draws=100, seed=1)
    assert {row.parameter for row in result.sensitivity} == set(U.DEFAULT_RANGES)
    for row in result.sensitivity:
        assert (row.low_value, row.high_value) == result.ranges[row.parameter]
        low = _changed_model(model, row.parameter, row.low_value).evaluate(print_eur, social).total("reached")
        high = _changed_model(model, row.parameter, row.high_value).evaluate(print_eur, social).total("reached")
        assert row.reached_at_low == pytest.approx(low, rel=1e-9), row.parameter
        assert row.reached_at_high == pytest.approx(high, rel=1e-9), row.parameter


def test_sensitivity_sorted_by_swing(model, plan):
    print_eur, social = plan
    rows = U.sensitivity(model, print_eur, social, U.effective_ranges(model))
    swings = [abs(r.reached_at_high - r.reached_at_low) for r in rows]
    assert swings == sorted(swings, reverse=True)
    assert [r.swing for r in rows] == pytest.approx(swings)
    assert swings[0] > 0


# -- the triangular distribution ---------------------------------------------------------------------


def test_sample_mean_matches_triangular_mean(model):
    ranges = U.effective_ranges(model)
    draws = 100_000
    params = U.draw_parameters(model, ranges, draws, 2024)
    for key, values in params.items():
        a, b = ranges[key]
        c = 1.0 if key in U.FACTOR_PARAMETERS else float(model.assumptions.get(key))
        mean = (a + b + c) / 3.0
        sd = math.sqrt((a * a + b * b + c * c - a * b - a * c - b * c) / 18.0)
        se = sd / math.sqrt(draws)
        assert abs(values.mean() - mean) < 4 * se, key
        assert values.std() == pytest.approx(sd, rel=0.02), key


@pytest.mark.parametrize(
    "low, mode, high", [(0.7, 0.8, 0.9), (6.0, 9.0, 12.0), (0.5, 0.5, 2.0), (0.3, 0.7, 0.7), (10.0, 11.0, 25.0)]
)
def test_triangular_quantile_matches_scipy(low, mode, high):
    u = np.linspace(0.0, 1.0, 1001)
    expected = stats.triang.ppf(u, (mode - low) / (high - low), loc=low, scale=high - low)
    np.testing.assert_allclose(U.triangular_quantile(u, low, mode, high), expected, rtol=1e-12, atol=1e-12)


def test_triangular_quantile_zero_width():
    u = np.random.default_rng(0).random(50)
    np.testing.assert_array_equal(U.triangular_quantile(u, 0.8, 0.8, 0.8), np.full(50, 0.8))


# -- effective ranges --------------------------------------------------------------------------------


def test_effective_ranges_defaults(dordrecht):
    model = ReachModel(dordrecht)
    assert U.effective_ranges(model) == {k: tuple(map(float, v)) for k, v in U.DEFAULT_RANGES.items()}


@pytest.mark.parametrize(
    "key, value, expected",
    [
        ("print.delivery_share", 0.5, (0.5, 0.9)),
        ("print.delivery_share", 0.95, (0.7, 0.95)),
        ("social.cpm_eur", 20.0, (6.0, 20.0)),
        ("print.loyalty", 0.0, (0.0, U.DEFAULT_RANGES["print.loyalty"][1])),
        ("social.spread", 8.0, (0.5, 8.0)),
    ],
)
def test_effective_ranges_widen_to_include_value(dordrecht, key, value, expected):
    model = ReachModel(dordrecht, Assumptions().with_value(key, value))
    ranges = U.effective_ranges(model)
    assert ranges[key] == pytest.approx(expected)
    for other, default in U.DEFAULT_RANGES.items():
        if other != key:
            assert ranges[other] == pytest.approx(default)


def test_effective_ranges_given_range_kept(dordrecht):
    model = ReachModel(dordrecht)
    ranges = U.effective_ranges(model, {"social.cpm_eur": [7, 8], "print.page_seen": (0.9, 1.0)})
    assert ranges["social.cpm_eur"] == (7.0, 8.0)
    assert ranges["print.page_seen"] == (0.9, 1.0)


@pytest.mark.parametrize(
    "key, bounds",
    [
        ("print.delivery_share", (0.85, 0.9)),
        ("social.cpm_eur", (1.0, 7.0)),
        ("print.page_seen", (1.1, 1.4)),
        ("social.platform_share", (0.5, 0.9)),
    ],
)
def test_effective_ranges_reject_range_without_value(dordrecht, key, bounds):
    model = ReachModel(dordrecht)
    with pytest.raises(ValueError, match=key.replace(".", r"\.")):
        U.effective_ranges(model, {key: bounds})


def test_effective_ranges_reject_unknown_parameter(dordrecht):
    with pytest.raises(ValueError, match="social.min_audience"):
        U.effective_ranges(ReachModel(dordrecht), {"social.min_audience": (0, 2000)})


# -- vectorised totals equal evaluate() ---------------------------------------------------------------


def test_plan_totals_equal_evaluate(model):
    n = len(model.areas)
    rng = np.random.default_rng(3)
    prints = np.array([0.0, 5000.0, 20000.0, 61234.5])
    socials = rng.uniform(0, 2000, size=(4, n))
    socials[0] = 0.0
    socials[2, ::3] = 0.0
    totals = U.plan_totals(model, prints, socials)
    for j in range(4):
        e = model.evaluate(prints[j], socials[j])
        for name in EVAL_FIELDS:
            np.testing.assert_allclose(
                totals[name][j], getattr(e, name).sum(axis=0), rtol=1e-9, atol=1e-6, err_msg=f"plan {j}, {name}"
            )


def test_drawn_model_with_fixed_parameters_equals_evaluate(model, plan):
    print_eur, social = plan
    drawn = U.DrawnModel(model, U.fixed_parameters(model, 3))
    totals = drawn.totals(print_eur, social)
    e = model.evaluate(print_eur, social)
    for name in EVAL_FIELDS:
        for row in range(3):
            np.testing.assert_allclose(
                totals[name][row], getattr(e, name).sum(axis=0), rtol=1e-9, atol=1e-6, err_msg=name
            )


def test_evaluate_parameters_rows_equal_changed_models(model, plan):
    """Each row of parameters is its own model: compare two rows with several changes at once."""
    print_eur, social = plan
    params = U.fixed_parameters(model, 2)
    changes = [
        {"print.delivery_share": 0.9, "social.cpm_eur": 6.5, "print.page_seen": 1.2},
        {
            "print.loyalty": 0.65,
            "social.spread": 0.6,
            "social.platform_share": 0.9,
            "social.noticed_share": 0.3,
            "print.price_per_1000_copies_eur": 24.0,
        },
    ]
    for row, change in enumerate(changes):
        for key, value in change.items():
            params[key][row] = value
    totals = U.evaluate_parameters(model, print_eur, social, params)
    for row, change in enumerate(changes):
        m = model
        for key, value in change.items():
            m = _changed_model(m, key, value)
        e = m.evaluate(print_eur, social)
        for name in ("reached", "reached_print", "reached_social", "reached_3plus"):
            np.testing.assert_allclose(totals[name][row], getattr(e, name).sum(axis=0), rtol=1e-9, atol=1e-6)


# -- saturation-curve bands --------------------------------------------------------------------------


def test_curve_bands_shape_order_and_zero_width(model):
    n = len(model.areas)
    weights = np.where(model.eligible, model.audience, 0.0)

    def split(total):
        return total * weights / weights.sum()

    prints = [0.0, 5000.0, 10000.0, 30000.0, 60000.0]
    socials = [0.0, 1000.0, 0.0, 5000.0, 20000.0]
    bands = U.curve_bands(model, prints, socials, split, draws=300, seed=2)
    assert bands.shape == (5, 3)
    assert np.all(bands[:, 0] <= bands[:, 1]) and np.all(bands[:, 1] <= bands[:, 2])
    assert np.all(bands >= 0) and np.all(bands <= 1)
    assert bands[0].tolist() == [0.0, 0.0, 0.0]  # nothing spent, nobody reached
    np.testing.assert_array_equal(bands, U.curve_bands(model, prints, socials, split, draws=300, seed=2))
    flat = U.curve_bands(model, prints, socials, split, ranges=_zero_width(model), draws=100, seed=2)
    population = float(model.target_population.sum())
    for j, (pe, se) in enumerate(zip(prints, socials)):
        share = model.evaluate(pe, split(se) if se > 0 else np.zeros(n)).total("reached") / population
        np.testing.assert_allclose(flat[j], [share] * 3, rtol=1e-9, atol=1e-12)


# -- number of draws ---------------------------------------------------------------------------------


@pytest.mark.parametrize("draws", [0, -5, 100_001])
def test_draws_outside_bounds_rejected(model, plan, draws):
    with pytest.raises(ValueError, match="draws"):
        U.uncertainty(model, plan[0], plan[1], draws=draws)


def test_fewer_than_100_draws_rejected(model, plan):
    with pytest.raises(ValueError, match="draws"):
        U.uncertainty(model, plan[0], plan[1], draws=50)


def test_100_draws_accepted(model, plan):
    assert U.uncertainty(model, plan[0], plan[1], draws=100).draws == 100


# -- JSON ------------------------------------------------------------------------------------------------


def test_to_dict_keys(model, plan):
    print_eur, social = plan
    result = U.uncertainty(model, print_eur, social, draws=200, seed=9)
    d = result.to_dict()
    for key in ("reached", "reached_3plus", "reached_print", "reached_social", "cost_per_reached_eur"):
        assert set(d[key]) == {"p10", "p50", "p90"}, key
        assert all(isinstance(v, float) for v in d[key].values())
    assert [b["band"] for b in d["bands"]] == list(model.target_bands)
    for b in d["bands"]:
        for metric in METRICS:
            assert set(b[metric]) == {"p10", "p50", "p90"}
    assert len(d["sensitivity"]) == len(result.ranges)
    for row in d["sensitivity"]:
        assert {"parameter", "low_value", "high_value", "reached_at_low", "reached_at_high"} <= set(row)
    assert {row["parameter"] for row in d["sensitivity"]} == set(result.ranges)
    assert set(result.ranges) == set(U.DEFAULT_RANGES)
    assert d["draws"] == 200 and d["seed"] == 9
    import json

    json.dumps(d, allow_nan=False)  # plain JSON


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
def test_nobody_reached_gives_json_compliant_bands(dordrecht):
    import json

    model = ReachModel(dordrecht)
    result = U.uncertainty(model, 0.0, np.zeros(len(dordrecht)), draws=100, seed=1)
    assert result.totals["reached"].p90 == 0.0
    json.dumps(result.to_dict(), allow_nan=False)
