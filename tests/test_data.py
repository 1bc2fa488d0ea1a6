"""The bundled CBS tables: every wijk and buurt with its own age mix (MODEL.md, "Population")."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from budgetsim import data
from budgetsim.bands import BANDS, NATIONAL_AGE_SHARES
from budgetsim.model import ReachModel
from tests.conftest import DORDRECHT

AGES = ("age_0_14", "age_15_24", "age_25_44", "age_45_64", "age_65_plus")


def _rows(filename: str) -> list[dict]:
    with open(data.data_path(filename), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


WIJK_ROWS = _rows("cbs_kwb_2024_wijken.csv")
BUURT_ROWS = _rows("cbs_kwb_2024_buurten.csv")


def _shares(row: dict) -> np.ndarray | None:
    if not row["age_0_14"]:
        return None
    counts = np.array([float(row[k]) for k in AGES])
    return counts / counts.sum() if counts.sum() > 0 else None


def _share_of(areas, name: str, band: str) -> float:
    i = areas.names.index(name)
    return float(areas.age_shares[i, BANDS.index(band)])


# -- the figures the issue names ----------------------------------------------------------------


def test_groningen_centrum_is_45_percent_students():
    areas = data.wijken("GM0014")
    assert _share_of(areas, "Centrum", "15-24") == pytest.approx(0.45, abs=0.005)
    assert areas.age_source[areas.names.index("Centrum")] == "own"


def test_haren_west_is_29_percent_over_65():
    areas = data.wijken("GM0014")
    assert _share_of(areas, "Haren-West e.o.", "65+") == pytest.approx(0.29, abs=0.005)


def test_wijken_differ_within_a_gemeente():
    shares = data.wijken("GM0014").age_shares[:, BANDS.index("15-24")]
    assert shares.max() - shares.min() > 0.35  # students in the centre, few in the villages


# -- wijken ---------------------------------------------------------------------------------------


def test_every_wijk_is_bundled_with_its_own_counts():
    every = data.all_wijken()
    assert len(every) == len(WIJK_ROWS) == 3393
    assert sum(len(data.wijken(g.code)) for g in data.gemeenten()) == 3393
    for i, row in enumerate(WIJK_ROWS):
        own = _shares(row)
        assert every.codes[i] == row["wijk_code"]
        if own is not None:
            np.testing.assert_allclose(every.age_shares[i], own, rtol=1e-12)
            assert every.age_source[i] == "own"


def test_a_wijk_without_counts_takes_its_gemeentes_shares():
    missing = [r for r in WIJK_ROWS if not r["age_0_14"]]
    assert len(missing) == 43
    row = missing[0]
    same = [r for r in WIJK_ROWS if r["gemeente_code"] == row["gemeente_code"] and r["age_0_14"]]
    counts = np.array([[float(r[k]) for k in AGES] for r in same]).sum(axis=0)
    areas = data.wijken(row["gemeente_code"])
    i = areas.codes.index(row["wijk_code"])
    np.testing.assert_allclose(areas.age_shares[i], counts / counts.sum(), rtol=1e-12)
    assert areas.age_source[i] == "gemeente"
    assert sum(s == "gemeente" for s in data.all_wijken().age_source) == 43


def test_wijk_postcodes_are_those_of_its_buurten():
    areas = data.wijken("GM0014")
    i = areas.codes.index("WK001400")
    expected = sorted({r["postcode4"] for r in BUURT_ROWS if r["wijk_code"] == "WK001400" and r["postcode4"]})
    assert list(areas.postcodes[i]) == expected
    assert "9712" in expected
    assert areas.level == "wijk"
    assert areas.dwellings_for_print == pytest.approx(areas.dwellings.sum())


# -- buurten --------------------------------------------------------------------------------------


def test_every_buurt_is_bundled():
    every = data.all_buurten()
    assert len(every) == 14574
    assert float(every.residents.sum()) == 17_942_915
    assert sum(len(data.buurten(g.code)) for g in data.gemeenten()) == 14574
    assert every.level == "buurt"


def test_buurten_of_groningen_centrum():
    areas = data.buurten("GM0014")
    rows = [r for r in BUURT_ROWS if r["gemeente_code"] == "GM0014"]
    assert list(areas.codes) == [r["buurt_code"] for r in rows]
    i = areas.codes.index("BU00140000")
    assert areas.names[i] == "Binnenstad-Noord"
    assert areas.postcodes[i] == ("9712",)
    assert areas.wijk_codes[i] == "WK001400"
    assert areas.residents[i] == 4745
    assert areas.dwellings[i] == 3910  # households: CBS has no dwellings per buurt
    np.testing.assert_allclose(areas.age_shares[i], np.array([55, 2365, 1540, 455, 330]) / 4745)


def test_a_buurt_without_counts_takes_its_wijks_shares():
    every = data.all_buurten()
    wijk_shares = dict(zip(data.all_wijken().codes, data.all_wijken().age_shares))
    wijk_source = dict(zip(data.all_wijken().codes, data.all_wijken().age_source))
    missing = [i for i, r in enumerate(BUURT_ROWS) if _shares(r) is None]
    assert len(missing) >= 757
    for i in missing:
        wijk = BUURT_ROWS[i]["wijk_code"]
        np.testing.assert_allclose(every.age_shares[i], wijk_shares[wijk], rtol=1e-12)
        assert every.age_source[i] == ("wijk" if wijk_source[wijk] == "own" else "gemeente")
    own = [i for i, r in enumerate(BUURT_ROWS) if _shares(r) is not None]
    for i in own[::97]:
        np.testing.assert_allclose(every.age_shares[i], _shares(BUURT_ROWS[i]), rtol=1e-12)
    assert "national" not in every.age_source


def test_print_at_buurt_level_uses_the_wijk_tables_dwellings():
    """The paper is bought for the whole gemeente: same copies and page price at either level."""
    wijk_model = ReachModel(data.wijken("GM0363"))
    buurt_model = ReachModel(data.buurten("GM0363"))
    dwellings = sum(float(r["dwellings"] or 0) for r in WIJK_ROWS if r["gemeente_code"] == "GM0363")
    assert buurt_model.copies == pytest.approx(0.8 * dwellings)
    assert buurt_model.price_per_insertion == pytest.approx(wijk_model.price_per_insertion)
    households = sum(float(r["households"] or 0) for r in BUURT_ROWS if r["gemeente_code"] == "GM0363")
    assert abs(households - dwellings) > 1000  # the households are not what the paper is printed for


def test_buurt_and_wijk_level_have_about_the_same_target_group():
    for code in ("GM0014", "GM0505", "GM0363"):
        w = ReachModel(data.wijken(code)).target_population.sum()
        b = ReachModel(data.buurten(code)).target_population.sum()
        assert b == pytest.approx(w, rel=0.01)


# -- level ----------------------------------------------------------------------------------------


def test_gemeente_areas_by_level():
    assert data.gemeente_areas(DORDRECHT) is data.wijken(DORDRECHT)
    assert data.gemeente_areas(DORDRECHT, "wijk") is data.wijken(DORDRECHT)
    assert data.gemeente_areas(DORDRECHT, "buurt") is data.buurten(DORDRECHT)
    with pytest.raises(ValueError, match="level: must be one of wijk, buurt"):
        data.gemeente_areas(DORDRECHT, "straat")
    with pytest.raises(ValueError, match="GM9999"):
        data.buurten("GM9999")


def test_tiny_gemeenten():
    for code in ("GM0088", "GM0096"):  # Schiermonnikoog, Vlieland
        for level in ("wijk", "buurt"):
            areas = data.gemeente_areas(code, level)
            assert 0 < areas.residents.sum() < 1500
            np.testing.assert_allclose(areas.age_shares.sum(axis=1), 1.0)


def test_user_tables_without_ages_still_get_national_shares():
    from budgetsim.areas import Areas

    areas = Areas.from_columns(["A"], ["a"], [100.0], [40.0])
    np.testing.assert_allclose(areas.age_shares[0], [NATIONAL_AGE_SHARES[b] for b in BANDS])
    assert areas.age_source == ("national",)
