"""The saturation curves and their bands as data (budgetsim.curves): what the charts draw."""

import numpy as np
import pytest

from budgetsim import charts as C
from budgetsim import curves as K
from budgetsim import uncertainty as U
from budgetsim.allocation import split_by_audience
from budgetsim.areas import Areas
from budgetsim.model import ReachModel
from budgetsim.uncertainty import SensitivityRow


# -- saturation ----------------------------------------------------------------------------------
def test_saturation_data_is_monotone_and_starts_at_zero(dordrecht_curves):
    assert set(dordrecht_curves["series"]) == {"print", "social", "combined"}
    for series, part in dordrecht_curves.groupby("series"):
        part = part.sort_values("budget_eur")
        assert np.all(np.diff(part["reach_share"]) >= -1e-12), series
        assert np.all(np.diff(part["reached"]) >= -1e-9), series
        assert part["reach_share"].iloc[0] == pytest.approx(0.0, abs=1e-12)
        assert 0 < part["reach_share"].iloc[-1] <= 1


def test_saturation_data_has_the_exact_markers_and_a_round_maximum(dordrecht_curves, dordrecht_setup):
    _, _, print_eur, _ = dordrecht_setup
    total = print_eur + 5000.0
    budgets = set(dordrecht_curves["budget_eur"])
    for value in (print_eur, 5000.0, total):
        assert value in budgets
    assert dordrecht_curves["budget_eur"].max() >= 2 * total
    assert dordrecht_curves["budget_eur"].max() in (50_000, 100_000, 200_000, 250_000)


def test_saturation_data_matches_the_model(dordrecht_curves, dordrecht_setup):
    model, split, print_eur, evaluation = dordrecht_setup
    total = print_eur + 5000.0
    row = dordrecht_curves[(dordrecht_curves["series"] == "combined") & (dordrecht_curves["budget_eur"] == total)].iloc[
        0
    ]
    assert row["reached"] == pytest.approx(evaluation.total("reached"))
    assert row["reach_share"] == pytest.approx(evaluation.reach_share)
    social = dordrecht_curves[
        (dordrecht_curves["series"] == "social") & (dordrecht_curves["budget_eur"] == 5000.0)
    ].iloc[0]
    assert social["print_eur"] == 0
    assert social["reached"] == pytest.approx(model.evaluate(0.0, split(5000.0)).total("reached"))
    combined = dordrecht_curves[(dordrecht_curves["series"] == "combined") & (dordrecht_curves["budget_eur"] > 0)]
    mix = combined["print_eur"] / combined["budget_eur"]
    assert np.allclose(mix, print_eur / total)


def test_saturation_data_uses_the_split_it_is_given(dordrecht_setup):
    model, _, _, _ = dordrecht_setup
    calls = []

    def only_first(total):
        calls.append(total)
        out = np.zeros(len(model.areas))
        out[0] = total
        return out

    df = K.saturation_curve_data(model, 10_000.0, 2_000.0, only_first, points=5, max_eur=20_000)
    assert calls and max(calls) == pytest.approx(20_000)
    assert df["budget_eur"].max() == 20_000
    with pytest.raises(ValueError):
        K.saturation_curve_data(model, -1.0, 0.0)


def test_bands_cover_the_curves_in_order(dordrecht_bands, dordrecht_curves):
    assert list(dordrecht_bands.columns) == ["series", "budget_eur", "p10", "p50", "p90"]
    assert list(dordrecht_bands["series"]) == list(dordrecht_curves["series"])
    assert np.array_equal(dordrecht_bands["budget_eur"].to_numpy(), dordrecht_curves["budget_eur"].to_numpy())
    assert np.all(dordrecht_bands["p10"] <= dordrecht_bands["p50"] + 1e-12)
    assert np.all(dordrecht_bands["p50"] <= dordrecht_bands["p90"] + 1e-12)
    assert dordrecht_bands[["p10", "p90"]].min().min() >= 0 and dordrecht_bands[["p10", "p90"]].max().max() <= 1
    # the median stays near the curve with the chosen assumptions, and the band has width
    assert np.max(np.abs(dordrecht_bands["p50"].to_numpy() - dordrecht_curves["reach_share"].to_numpy())) < 0.05
    assert (dordrecht_bands["p90"] - dordrecht_bands["p10"]).max() > 0.02


def test_zero_width_ranges_give_the_point_curve(dordrecht_setup, dordrecht_curves):
    model, split, print_eur, _ = dordrecht_setup
    ranges = {key: (U.point_value(model, key),) * 2 for key in U.DEFAULT_RANGES}
    assert all(ranges[key] == (1.0, 1.0) for key in U.FACTOR_PARAMETERS)
    flat = K.saturation_bands_data(model, print_eur, 5000.0, split, ranges=ranges, draws=200)
    share = dordrecht_curves["reach_share"].to_numpy()
    for col in ("p10", "p50", "p90"):
        assert np.allclose(flat[col].to_numpy(), share, rtol=1e-9, atol=1e-12), col


def test_bands_data_computes_the_curves_itself(dordrecht_setup, dordrecht_bands):
    model, split, print_eur, _ = dordrecht_setup
    own = K.saturation_bands_data(model, print_eur, 5000.0, split, draws=200, seed=3)
    assert np.allclose(
        own[["budget_eur", "p10", "p50", "p90"]].to_numpy(float),
        dordrecht_bands[["budget_eur", "p10", "p50", "p90"]].to_numpy(float),
    )


# -- split rules ------------------------------------------------------------------------------------------
def test_audience_split_is_the_allocations_by_audience_split(dordrecht_setup):
    model, split, _, _ = dordrecht_setup
    for total in (0.0, 1234.5, 5000.0, 80_000.0):
        np.testing.assert_array_equal(split(total), split_by_audience(model, total))
    assert split(5000.0).sum() == pytest.approx(5000.0)


def test_audience_split_where_no_area_can_be_targeted_reaches_nobody():
    areas = Areas.from_columns(["A", "B"], ["A", "B"], [40.0, 60.0], [20.0, 30.0])  # too small for an ad set
    model = ReachModel(areas)
    assert not model.eligible.any()
    split = K.audience_split(model)
    assert np.array_equal(split(5000.0), np.zeros(2))
    df = K.saturation_curve_data(model, 1000.0, 0.0, points=5)
    social = df[df["series"] == "social"]
    assert np.allclose(social["reached"], 0.0)


def test_scaled_split_keeps_the_plans_shape(dordrecht_setup):
    model, _, print_eur, _ = dordrecht_setup
    social = np.zeros(len(model.areas))
    social[[0, 2]] = [1000.0, 3000.0]
    rule = K.scaled_split(model.evaluate(print_eur, social))
    np.testing.assert_allclose(rule(8000.0)[[0, 2]], [2000.0, 6000.0])
    assert rule(8000.0).sum() == pytest.approx(8000.0)
    without_social = K.scaled_split(model.evaluate(print_eur, np.zeros(len(model.areas))))
    np.testing.assert_allclose(without_social(5000.0), split_by_audience(model, 5000.0))


def test_nice_ceiling_and_series():
    assert [K.nice_ceiling(x) for x in (0, 7, 12_000, 20_001, 45_000)] == [1.0, 10, 20_000, 25_000, 50_000]
    prints, socials = K.series_budgets("combined", np.array([0.0, 100.0]), 0.25)
    assert list(prints) == [0.0, 25.0] and list(socials) == [0.0, 75.0]
    with pytest.raises(ValueError, match="series"):
        K.series_budgets("both", np.array([1.0]), 0.5)


# -- typed results into the charts ---------------------------------------------------------------------
def test_tornado_takes_the_typed_rows(dordrecht_setup):
    model, split, print_eur, _ = dordrecht_setup
    result = U.uncertainty(model, print_eur, split(5000.0), draws=200, seed=3)
    assert all(isinstance(row, SensitivityRow) for row in result.sensitivity)
    typed = C.tornado_chart(result.sensitivity, "nl", ("Dordrecht", ""))
    as_dicts = C.tornado_chart(result.to_dict()["sensitivity"], "nl", ("Dordrecht", ""))
    assert typed.to_dict() == as_dicts.to_dict()


def test_comparison_takes_the_evaluations(dordrecht_setup):
    model, split, print_eur, evaluation = dordrecht_setup
    other = model.evaluate(print_eur, split(10_000.0))
    typed = C.comparison_chart(C.comparison_rows([("A", evaluation), ("B", other)]), "en", ("Dordrecht", ""))
    as_dicts = C.comparison_chart(
        [{"name": "A", **evaluation.to_dict()}, {"name": "B", **other.to_dict()}], "en", ("Dordrecht", "")
    )
    assert typed.to_dict() == as_dicts.to_dict()


# -- points remembered across slider moves ---------------------------------------------------------
def test_saturation_points_compute_only_the_points_a_move_changes(dordrecht_setup):
    model, split, print_eur, _ = dordrecht_setup
    asked = []

    def counted(social_total, print_spend=0.0):
        asked.append((social_total, print_spend))
        return split(social_total)

    known = K.SaturationPoints(model, counted)
    known.curve_data(print_eur, 5000.0, max_eur=100_000)
    asked.clear()
    moved = known.curve_data(print_eur, 5250.0, max_eur=100_000)
    total = print_eur + 5250.0
    # the social curve's grid is kept: only its new points (the social and the total budget) are split
    assert {s for s, p in asked if p == 0} == {5250.0, total}
    assert all(p > 0 for s, p in asked if s not in (5250.0, total))  # the rest: the combined curve
    fresh = K.saturation_curve_data(model, print_eur, 5250.0, split, max_eur=100_000)
    assert list(moved["series"]) == list(fresh["series"])
    for column in K.CURVE_COLUMNS[1:]:
        np.testing.assert_array_equal(moved[column], fresh[column])


def test_remembered_bands_are_the_bands_of_the_same_draws(dordrecht_setup, dordrecht_curves):
    model, split, print_eur, _ = dordrecht_setup
    known = K.SaturationPoints(model, split, draws=200, seed=3)
    known.band_data(print_eur, 4000.0, known.curve_data(print_eur, 4000.0, max_eur=100_000))
    bands = known.band_data(print_eur, 5000.0, dordrecht_curves)  # partly remembered, partly new
    for series in K.SERIES:
        part = dordrecht_curves[dordrecht_curves["series"] == series]
        prints, socials = K.series_budgets(series, part["budget_eur"].to_numpy(), print_eur / (print_eur + 5000.0))
        own = U.curve_bands(model, prints, socials, split, draws=200, seed=3)
        np.testing.assert_array_equal(bands.loc[bands["series"] == series, ["p10", "p50", "p90"]].to_numpy(), own)


def test_band_points_are_every_third_grid_point_and_the_plans_budgets(dordrecht_setup):
    model, split, print_eur, _ = dordrecht_setup
    grid = np.linspace(0.0, 100_000.0, 41)
    chosen = []
    for social in (5000.0, 5250.0):
        df = K.saturation_curve_data(model, print_eur, social, split, max_eur=100_000)
        points = K.band_points(df, print_eur, social, 100_000.0)
        assert list(dict.fromkeys(points["series"])) == list(K.SERIES)
        budgets = set(points.loc[points["series"] == "print", "budget_eur"])
        assert budgets == {*grid[::3], 100_000.0, print_eur, social, print_eur + social, 5000.0}
        chosen.append(budgets & set(grid))
    assert chosen[0] == chosen[1]  # the same grid points on every move: remembered
