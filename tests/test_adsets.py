"""Ad sets (MODEL.md "Ad sets"): pooling by hand, properties on random tables, the model and the
optimiser per ad set against formulas and a general solver written out here, and the bundled data."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import minimize
from scipy.special import betaln

from budgetsim import data
from budgetsim.adsets import (
    REASON_NO_AUDIENCE,
    REASON_POOL_TOO_SMALL,
    AdSetError,
    ads_manager_plan,
    build_ad_sets,
    reason_message,
    shown_area_budgets,
    shown_budgets,
    untargetable_message,
)
from budgetsim.allocation import (
    Constraints,
    evaluate_split,
    optimal_social_split,
    optimise,
    split_by_audience,
)
from budgetsim.areas import Areas
from budgetsim.assumptions import Assumptions, PrintAssumptions, SocialAssumptions
from budgetsim.model import ReachModel

YOUNG = [0.0, 1.0, 0.0, 0.0, 0.0]  # everyone 15-24: audience = 0.85 * residents (default platform share)


def table(audiences, wijken=None, gemeenten=None, postcodes=None, gemeente="GM0001") -> Areas:
    """Areas whose audience (all bands, default platform shares) is exactly ``audiences``."""
    n = len(audiences)
    residents = np.asarray(audiences, float) / 0.85
    extra = {}
    if wijken is not None:
        extra["wijk_codes"] = wijken
        extra["wijk_names"] = [f"Wijk {w[-2:]}" for w in wijken]
    if gemeenten is not None:
        extra["gemeente_codes"] = gemeenten
    if postcodes is not None:
        extra["postcodes"] = [(pc,) if pc else () for pc in postcodes]
    return Areas.from_columns(
        [f"BU{i:04d}" for i in range(n)],
        [f"Buurt {i}" for i in range(n)],
        residents,
        residents * 0.45,
        [YOUNG] * n,
        gemeente_code=gemeente,
        gemeente_name="Testdorp",
        **extra,
    )


def model_of(areas: Areas, **social) -> ReachModel:
    return ReachModel(areas, Assumptions(social=SocialAssumptions(**social)))


# -- pooling by hand ---------------------------------------------------------------------------------


def test_big_areas_are_their_own_ad_set():
    sets = build_ad_sets(table([3000, 1000, 2500]), [3000, 1000, 2500], 1000)
    assert sets.ids == ("BU0000", "BU0001", "BU0002")  # 1,000 exactly is enough
    assert sets.names == ("Buurt 0", "Buurt 1", "Buurt 2")
    assert sets.kinds == ("area",) * 3
    np.testing.assert_array_equal(sets.audience, [3000, 1000, 2500])
    assert sets.untargeted() == []


def test_small_buurten_of_one_wijk_pool_into_its_rest_ad_set():
    # wijk 01: one big buurt and two small ones that reach 1,000 together; wijk 02: one big buurt
    aud = [3000, 600, 500, 2000]
    areas = table(
        aud, wijken=["WK000101", "WK000101", "WK000101", "WK000102"], postcodes=["1011", "1012", "1013", "1020"]
    )
    sets = build_ad_sets(areas, aud, 1000)
    assert sets.ids == ("BU0000", "WK000101-rest", "BU0003")
    assert sets.names[1] == "Wijk 01 (rest)"
    assert sets.kinds == ("area", "wijk_rest", "area")
    assert sets.members[1] == (1, 2)
    assert sets.audience[1] == pytest.approx(1100)
    assert sets.postcodes == (("1011",), ("1012", "1013"), ("1020",))
    assert sets.area_ids() == ["BU0000", "WK000101-rest", "WK000101-rest", "BU0003"]


def test_shown_area_budgets_agree_with_the_ad_sets_and_add_up():
    """An area alone shows its ad set's euros, a pool's areas split the pool's, everything adds up;
    euros on an area in no ad set (they buy nothing) are rounded beside the ad sets."""
    aud = [3000.7, 600.4, 500.3, 2000.5, 300.0]
    areas = table(aud, wijken=["WK000101", "WK000101", "WK000101", "WK000102", "WK000103"])
    sets = build_ad_sets(areas, aud, 1000)
    assert sets.area_ids() == ["BU0000", "WK000101-rest", "WK000101-rest", "BU0003", None]
    ad_set_eur = np.array([1000.5, 333.3, 666.2])
    area_eur = sets.spread(ad_set_eur)
    shown = shown_area_budgets(sets, ad_set_eur, area_eur)
    yearly, _ = shown_budgets(ad_set_eur)
    assert shown[0] == yearly[0] and shown[3] == yearly[2]
    assert shown[1] + shown[2] == yearly[1] and np.all(shown == np.round(shown))
    assert shown.sum() == round(ad_set_eur.sum()) and shown[4] == 0
    area_eur[4] = 10.4  # off target
    shown = shown_area_budgets(sets, ad_set_eur, area_eur)
    assert shown.sum() == round(area_eur.sum()) and shown[4] in (10, 11)
    per_area, per_set = sets.shown_audience()
    assert per_area.sum() == round(sum(aud)) and list(per_set) == [per_area[0], per_area[1] + per_area[2], per_area[3]]


def test_a_leftover_joins_the_gemeente_pool():
    # wijk 01: two small buurten that stay under 1,000 together; wijk 02: one small buurt; the three
    # together reach 1,000 and form the gemeente's rest ad set
    aud = [300, 400, 500, 5000]
    areas = table(aud, wijken=["WK000101", "WK000101", "WK000102", "WK000102"])
    sets = build_ad_sets(areas, aud, 1000)
    assert sets.ids == ("BU0003", "GM0001-rest")  # the gemeente's pool comes last
    assert sets.names[1] == "Testdorp (rest)"
    assert sets.kinds[1] == "gemeente_rest"
    assert sets.members[1] == (0, 1, 2)
    assert sets.audience[1] == pytest.approx(1200)


def test_wijk_pool_first_then_the_rest_of_the_gemeente():
    aud = [700, 400, 300, 200, 600, 4000]
    areas = table(aud, wijken=["WK000101", "WK000101", "WK000102", "WK000102", "WK000103", "WK000103"])
    sets = build_ad_sets(areas, aud, 1000)
    # wijk 01 pools (1,100); wijk 02 (500) and wijk 03's small buurt (600) together form the gemeente's
    assert set(sets.ids) == {"WK000101-rest", "BU0005", "GM0001-rest"}
    assert sets.members[sets.index("WK000101-rest")] == (0, 1)
    assert sets.members[sets.index("GM0001-rest")] == (2, 3, 4)


def test_a_gemeente_too_small_for_any_ad_set():
    aud = [300, 250, 0]
    areas = table(aud, wijken=["WK000101", "WK000101", "WK000102"])
    sets = build_ad_sets(areas, aud, 1000)
    assert len(sets) == 0 and sets.untargetable
    rows = {r["code"]: r for r in sets.untargeted()}
    assert rows["BU0000"]["reason"] == REASON_POOL_TOO_SMALL
    assert rows["BU0000"]["pool"] == "GM0001-rest"
    assert rows["BU0000"]["pool_audience"] == pytest.approx(550)
    assert rows["BU0002"]["reason"] == REASON_NO_AUDIENCE  # nobody to aim at: not in any pool
    nl = reason_message(rows["BU0000"]).render("nl")
    assert "Buurt 0" in nl and "550" in nl and "1.000" in nl
    assert "550" in reason_message(rows["BU0000"]).render("en")
    message = untargetable_message(sets, "Testdorp")
    assert "Testdorp" in message.render("nl") and "1.000" in message.render("nl")


def test_wijk_level_pools_straight_into_the_gemeente():
    """Without wijk codes (a wijk table) the small areas go straight to ``<gemeente>-rest``."""
    aud = [5000, 600, 500]
    sets = build_ad_sets(table(aud), aud, 1000)
    assert sets.ids == ("BU0000", "GM0001-rest")


def test_several_gemeenten_pool_separately():
    aud = [600, 500, 600, 300]
    areas = table(aud, gemeenten=["GM0001", "GM0001", "GM0002", "GM0002"], gemeente=None)
    sets = build_ad_sets(areas, aud, 1000)
    assert sets.ids == ("GM0001-rest",)
    assert [r["pool"] for r in sets.untargeted()] == ["GM0002-rest", "GM0002-rest"]


def test_min_audience_zero_makes_every_area_with_an_audience_its_own_ad_set():
    aud = [5, 0, 12]
    sets = build_ad_sets(table(aud), aud, 0)
    assert sets.ids == ("BU0000", "BU0002")
    assert sets.untargeted()[0]["reason"] == REASON_NO_AUDIENCE


# -- ids where an ad set is needed ------------------------------------------------------------------


def test_values_by_id_and_the_pool_is_named_for_an_area_inside_it():
    aud = [3000, 600, 500]
    sets = build_ad_sets(table(aud, wijken=["WK000101"] * 3), aud, 1000)
    np.testing.assert_array_equal(sets.values({"BU0000": 5.0, "WK000101-rest": 7.0}, 0.0), [5.0, 7.0])
    with pytest.raises(AdSetError, match="BU0001 is part of the ad set WK000101-rest") as info:
        sets.values({"BU0001": 5.0}, 0.0, "budget.social_manual_eur")
    assert info.value.path == "budget.social_manual_eur.BU0001"
    assert "WK000101-rest" in info.value.message("nl")
    with pytest.raises(AdSetError, match="WK9999-rest is not an ad set"):
        sets.values({"WK9999-rest": 1.0}, 0.0)
    # the same rule for arrays over the areas
    np.testing.assert_array_equal(sets.from_area_values([10.0, 0.0, 0.0], 0.0), [10.0, 0.0])
    with pytest.raises(AdSetError, match="WK000101-rest"):
        sets.from_area_values([0.0, 0.0, 3.0], 0.0)


def test_untargeted_area_cannot_get_a_minimum():
    aud = [3000, 100]
    sets = build_ad_sets(table(aud), aud, 1000)
    with pytest.raises(AdSetError, match="BU0001 cannot be reached"):
        sets.values({"BU0001": 50.0}, 0.0, "constraints.area_min_eur")
    sets.values({"BU0001": 0.0}, np.inf)  # a maximum of 0 says nothing new


def test_a_pooled_id_that_is_also_an_area_code_is_refused():
    aud = [3000, 300, 800]
    areas = Areas.from_columns(
        ["A", "GM0001-rest", "C"], ["a", "b", "c"], np.array(aud) / 0.85, [1, 1, 1], [YOUNG] * 3, gemeente_code="GM0001"
    )
    with pytest.raises(ValueError, match="GM0001-rest"):
        build_ad_sets(areas, aud, 1000)


# -- the model per ad set ----------------------------------------------------------------------------


def test_every_area_of_an_ad_set_has_the_same_contacts():
    aud = [3000, 600, 500]
    m = model_of(table(aud, wijken=["WK000101"] * 3))
    e = m.evaluate_ad_sets(0.0, [800.0, 550.0])
    x_pool = 1000 * 550 / 8 * 0.8 * 0.5 / 1100
    x_big = 1000 * 800 / 8 * 0.8 * 0.5 / 3000
    np.testing.assert_allclose(m.contacts(e.social_eur), [x_big, x_pool, x_pool])
    np.testing.assert_allclose(e.social_eur, [800.0, 300.0, 250.0])  # the pool's euros by audience
    np.testing.assert_allclose(e.ad_set_eur, [800.0, 550.0])
    g = x_pool / (1 + x_pool)
    assert e.reached_social[1].sum() == pytest.approx(600 * g)  # platform share 0.85 of 600 / 0.85
    # euros put on one area of a pool are the pool's: Meta spreads them by audience
    same = m.evaluate(0.0, [800.0, 550.0, 0.0])
    np.testing.assert_allclose(same.social_eur, e.social_eur)
    assert same.total("reached") == pytest.approx(e.total("reached"))


def test_ad_set_rows_and_json():
    aud = [3000, 600, 500, 100]
    m = model_of(table(aud, wijken=["WK000101"] * 3 + ["WK000102"], postcodes=["1011", "1012", "1012", "1013"]))
    e = m.evaluate_ad_sets(1000.0, [800.0, 550.0])
    rows = e.ad_set_rows()
    assert [r["id"] for r in rows] == ["BU0000", "WK000101-rest"]
    assert rows[1]["areas"] == ["Buurt 1", "Buurt 2"]
    assert rows[1]["postcodes"] == ["1012"]
    assert rows[1]["impressions"] == pytest.approx(550 * 1000 / 8)
    assert sum(r["reached_social"] for r in rows) == pytest.approx(e.total("reached_social"))
    assert sum(r["social_eur"] for r in rows) == pytest.approx(e.social_eur.sum())
    d = e.to_dict()
    assert [a["id"] for a in d["ad_sets"]] == ["BU0000", "WK000101-rest"]
    assert set(d["ad_sets"][0]) == {
        "id",
        "name",
        "areas",
        "audience",
        "social_eur",
        "impressions",
        "reached_social",
        "postcodes",
    }
    assert [a["ad_set"] for a in d["areas"]] == ["BU0000", "WK000101-rest", "WK000101-rest", None]
    assert d["areas"][3]["untargeted_reason"] == REASON_POOL_TOO_SMALL
    assert d["social"]["untargeted"][0]["code"] == "BU0003"
    # the marginal per area is its ad set's: a finite difference on the ad set
    h = 0.01
    up = m.evaluate_ad_sets(1000.0, [800.0, 550.0 + h]).total("reached")
    down = m.evaluate_ad_sets(1000.0, [800.0, 550.0 - h]).total("reached")
    assert e.marginal_ad_set_per_100_eur[1] == pytest.approx((up - down) / (2 * h) * 100, rel=1e-6)
    assert d["areas"][1]["marginal_reach_per_100_eur"] == pytest.approx(e.marginal_ad_set_per_100_eur[1])


def test_euros_on_an_untargeted_area_buy_nothing():
    m = model_of(table([3000, 100]))
    e = m.evaluate(0.0, [0.0, 500.0])
    assert e.total("reached_social") == 0.0
    assert e.manual_ineligible_funded == ["BU0001"]
    assert e.total_eur == 500.0


def test_manual_split_by_ad_set_id():
    m = model_of(table([3000, 600, 500], wijken=["WK000101"] * 3))
    e = evaluate_split(m, 0.0, 1000.0, "manual", {"BU0000": 400.0, "WK000101-rest": 600.0})
    np.testing.assert_allclose(e.ad_set_eur, [400.0, 600.0])
    with pytest.raises(AdSetError, match="WK000101-rest"):
        evaluate_split(m, 0.0, 1000.0, "manual", {"BU0000": 400.0, "BU0001": 600.0})


def test_constraints_per_ad_set():
    m = model_of(table([3000, 600, 500, 4000], wijken=["WK000101"] * 3 + ["WK000102"]))
    free = optimal_social_split(m, 3000.0, 0.0)
    assert free.ad_set_eur[1] > 100
    capped = optimal_social_split(m, 3000.0, 0.0, constraints=Constraints(ad_set_max_eur={"WK000101-rest": 100.0}))
    assert capped.ad_set_eur[1] == pytest.approx(100.0)
    assert capped.ad_set_eur.sum() == pytest.approx(3000.0)
    floor = optimal_social_split(m, 3000.0, 0.0, constraints=Constraints(ad_set_min_eur={"BU0003": 2900.0}))
    assert floor.ad_set_eur[2] >= 2900.0 - 1e-6
    with pytest.raises(AdSetError, match="WK000101-rest"):
        optimal_social_split(m, 3000.0, 0.0, constraints=Constraints(ad_set_max_eur={"BU0002": 100.0}))


def test_split_by_audience_is_by_ad_set_audience():
    m = model_of(table([3000, 600, 500, 100], wijken=["WK000101"] * 3 + ["WK000102"]))
    split = split_by_audience(m, 4100.0)
    np.testing.assert_allclose(split, [3000.0, 600.0, 500.0, 0.0])


# -- the plan for Ads Manager ----------------------------------------------------------------------


def test_ads_manager_plan_per_ad_set():
    aud = [3000, 600, 500, 2000]
    m = model_of(table(aud, wijken=["WK000101"] * 3 + ["WK000102"], postcodes=["1011", "1012", "1013", "1020"]))
    e = m.evaluate_ad_sets(0.0, [1040.0, 520.0, 0.0])
    plan = e.ads_manager_plan()
    assert [r.id for r in plan] == ["BU0000", "WK000101-rest"]  # the unfunded ad set is left out
    assert plan[1].areas == ("Buurt 1", "Buurt 2") and plan[1].postcodes == ("1012", "1013")
    assert plan[1].yearly_eur == pytest.approx(520.0) and plan[1].weekly_eur == pytest.approx(10.0)
    assert plan[0].to_dict()["weekly_eur"] == pytest.approx(20.0)
    every = ads_manager_plan(m.ad_sets, e.ad_set_eur, weeks=26, funded_only=False)
    assert [r.id for r in every] == ["BU0000", "WK000101-rest", "BU0003"]
    assert every[0].weekly_eur == pytest.approx(40.0)
    with pytest.raises(ValueError, match="weeks"):
        ads_manager_plan(m.ad_sets, e.ad_set_eur, weeks=0)


# -- tiny gemeenten: print figures, never an error -------------------------------------------------


@pytest.mark.parametrize("code", ["GM0088", "GM0096"])  # Schiermonnikoog, Vlieland
@pytest.mark.parametrize("level", ["wijk", "buurt"])
@pytest.mark.parametrize("split", ["by_audience", "optimal"])
def test_tiny_gemeente_evaluates_to_print_figures(code, level, split):
    m = ReachModel(data.gemeente_areas(code, level))
    assert m.ad_sets.untargetable
    p = m.default_print_eur()
    e = evaluate_split(m, p, 5000.0, split)
    assert e.social_unplaced_eur == 5000.0
    assert e.total("reached_social") == 0.0
    assert e.total("reached") == pytest.approx(m.evaluate(p, np.zeros(len(m.areas))).total("reached"))
    assert e.to_dict()["ad_sets"] == []
    assert all(r["reason"] for r in e.untargeted_areas)
    assert untargetable_message(m.ad_sets, "x") is not None


# -- properties on random tables ---------------------------------------------------------------------


@st.composite
def random_tables(draw):
    n = draw(st.integers(1, 12))
    # audiences are people (CBS counts): whole numbers, not subnormal floats such as 5e-324
    audiences = [draw(st.sampled_from([0.0, 150.0, 999.0, 1000.0]) | st.integers(0, 4000).map(float)) for _ in range(n)]
    gemeenten = [draw(st.sampled_from(["GM0001", "GM0002"])) for _ in range(n)]
    wijken = [f"WK{g[2:]}{draw(st.integers(0, 3)):02d}" for g in gemeenten]  # a wijk lies in one gemeente
    use_wijken = draw(st.booleans())
    areas = table(audiences, wijken=wijken if use_wijken else None, gemeenten=gemeenten)
    minimum = draw(st.sampled_from([0.0, 500.0, 1000.0, 2500.0]))
    return areas, np.asarray(audiences), minimum


PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPS
@given(random_tables())
def test_every_area_in_exactly_one_ad_set_or_untargeted_with_a_reason(case):
    areas, audience, minimum = case
    sets = build_ad_sets(areas, audience, minimum)
    seen = [i for members in sets.members for i in members]
    assert len(seen) == len(set(seen))  # no area in two ad sets
    for i in range(len(areas)):
        in_set = i in seen
        assert in_set == (sets.area_set[i] >= 0)
        assert in_set != (sets.reasons[i] is not None)  # untargeted exactly when it has a reason
        if audience[i] > 0 and audience[i] >= minimum:
            assert sets.ids[sets.area_set[i]] == areas.codes[i]  # big enough: alone
        if audience[i] == 0:
            assert sets.reasons[i] == REASON_NO_AUDIENCE
    for j, members in enumerate(sets.members):
        assert sets.audience[j] >= minimum  # every ad set can be targeted
        assert sets.audience[j] == pytest.approx(audience[list(members)].sum())
        if sets.kinds[j] == "wijk_rest":
            assert len({areas.wijk_codes[i] for i in members}) == 1
        if sets.kinds[j] != "area":
            assert len({areas.gemeente_codes[i] for i in members}) == 1
    # the untargeted small areas of a gemeente could not have formed an ad set together
    for row in sets.untargeted():
        if row["reason"] == REASON_POOL_TOO_SMALL:
            assert row["pool_audience"] < minimum


def test_split_by_audience_adds_up_for_a_vanishing_audience():
    """Shares before euros: 1.5 * 5e-324 / 5e-324 is 2.0 in floating point, 1.5 * (5e-324 / 5e-324) is 1.5."""
    m = model_of(table([0.0, 5e-324]), min_audience=0.0)
    assert split_by_audience(m, 1.5).sum() == pytest.approx(1.5)


@PROPS
@given(random_tables(), st.floats(0, 20000), st.floats(0, 30000))
def test_ad_set_euros_add_up_and_the_optimum_beats_the_audience_split(case, social, print_eur):
    areas, audience, minimum = case
    m = model_of(areas, min_audience=minimum)
    if m.ad_sets.untargetable:
        e = evaluate_split(m, print_eur, social, "optimal")
        assert e.total("reached_social") == 0.0 and e.social_unplaced_eur == social
        return
    by_audience = split_by_audience(m, social)
    best = optimal_social_split(m, social, print_eur)
    for euros in (by_audience, best.euros):
        assert euros.sum() == pytest.approx(social, rel=1e-9, abs=1e-6)
        assert np.all(euros[~m.targeted] == 0)
        np.testing.assert_allclose(
            m.ad_sets.sums(euros), m.ad_sets.sums(m.spread(m.ad_sets.sums(euros))), rtol=1e-9, atol=1e-9
        )
    np.testing.assert_allclose(m.ad_sets.sums(best.euros), best.ad_set_eur, rtol=1e-9, atol=1e-9)
    e_best = m.evaluate(print_eur, best.euros)
    e_audience = m.evaluate(print_eur, by_audience)
    assert e_best.total("reached") >= e_audience.total("reached") - 1e-9 * (1 + e_audience.total("reached"))
    assert sum(r["social_eur"] for r in e_best.ad_set_rows()) == pytest.approx(social, rel=1e-9, abs=1e-6)
    assert sum(r["social_eur"] for r in e_best.area_rows()) == pytest.approx(social, rel=1e-9, abs=1e-6)


# -- the optimum over ad sets against a general solver -------------------------------------------------


class SetObjective:
    """Reached residents for print euros and euros per ad set, written out from MODEL.md."""

    def __init__(self, residents, dwellings, shares, groups, a: Assumptions):
        pa, sa = a.print, a.social
        self.N = np.asarray(residents, float)[:, None] * np.asarray(shares, float)
        self.N[:, 0] = 0.0  # children are never a target
        bands = ("0-14", "15-24", "25-44", "45-64", "65+")
        self.share = np.array([sa.platform_share.get(b, 0.0) for b in bands])
        self.p = np.array([pa.page_seen.get(b, 0.0) for b in bands])
        self.rho, self.d = pa.loyalty, pa.delivery_share
        self.price = pa.price_per_1000_copies_eur * pa.delivery_share * float(np.sum(dwellings)) / 1000
        self.issues = pa.issues_per_year
        self.groups = groups  # list of lists of area positions
        A = self.N @ self.share
        self.c = np.array([1000 * sa.on_target_share * sa.noticed_share / (sa.cpm_eur * A[g].sum()) for g in groups])
        self.k = sa.spread

    def __call__(self, print_eur, set_eur):
        n = min(print_eur / self.price, self.issues)  # one page per issue counts
        p = np.clip(self.p, 1e-12, 1 - 1e-12)
        s = 1 / self.rho - 1
        rp = self.d * (1 - np.exp(betaln(p * s, (1 - p) * s + n) - betaln(p * s, (1 - p) * s)))
        x = np.zeros(len(self.N))
        for g, c, e in zip(self.groups, self.c, set_eur):
            x[g] = c * e
        gx = 1 - (1 + x / self.k) ** (-self.k)
        return float((self.N * (1 - (1 - rp) * (1 - self.share * gx[:, None]))).sum())


def test_optimum_over_ad_sets_equals_a_general_solver():
    residents = [9000, 900, 800, 500, 12000, 1100]
    shares = [
        [0.10, 0.20, 0.30, 0.25, 0.15],
        [0.05, 0.50, 0.25, 0.10, 0.10],
        [0.20, 0.05, 0.30, 0.25, 0.20],
        [0.10, 0.10, 0.20, 0.30, 0.30],
        [0.15, 0.12, 0.26, 0.27, 0.20],
        [0.10, 0.30, 0.30, 0.20, 0.10],
    ]
    dwellings = [4000, 300, 250, 200, 5200, 400]
    wijken = ["WK000101", "WK000101", "WK000101", "WK000102", "WK000102", "WK000103"]
    areas = Areas.from_columns(
        [f"BU{i}" for i in range(6)],
        [f"b{i}" for i in range(6)],
        residents,
        dwellings,
        shares,
        gemeente_code="GM0001",
        wijk_codes=wijken,
    )
    a = Assumptions(PrintAssumptions(loyalty=0.4), SocialAssumptions())
    m = ReachModel(areas, a)
    # b1 and b2 pool in their wijk; b3 and b5, each alone in its wijk, pool in the gemeente
    assert m.ad_sets.ids == ("BU0", "WK000101-rest", "BU4", "GM0001-rest")
    groups = [list(members) for members in m.ad_sets.members]
    obj = SetObjective(residents, dwellings, shares, groups, a)
    total = 30000.0
    plan = optimise(m, total)
    assert plan.ad_set_eur.sum() + plan.print_eur == pytest.approx(total)
    got = obj(plan.print_eur, plan.ad_set_eur)
    assert got == pytest.approx(plan.reached, rel=1e-9)
    best = -np.inf
    rng = np.random.default_rng(0)
    for _ in range(6):
        z0 = rng.dirichlet(np.ones(5))
        res = minimize(
            lambda z: -obj(z[0] * total, z[1:] * total) / 10000,
            z0,
            method="SLSQP",
            bounds=[(0, 1)] * 5,
            constraints=[{"type": "eq", "fun": lambda z: z.sum() - 1}],
            options={"maxiter": 500, "ftol": 1e-14},
        )
        z = np.clip(res.x, 0, 1)
        if res.success and abs(z.sum() - 1) < 1e-6:
            z = z / z.sum()
            best = max(best, obj(z[0] * total, z[1:] * total))
    assert got >= best - 1e-6 * best  # never worse than the general solver
    assert got == pytest.approx(best, rel=1e-6)  # and the same optimum
    # the best social split for the optimum's print spend is the optimum's social split
    fill = optimal_social_split(m, total - plan.print_eur, plan.print_eur)
    np.testing.assert_allclose(fill.ad_set_eur, plan.ad_set_eur, rtol=1e-6, atol=1e-3)


# -- the bundled data at buurt level ---------------------------------------------------------------------


def test_groningen_buurten_ad_sets():
    m = ReachModel(data.buurten("GM0014"))
    sets = m.ad_sets
    assert np.all(sets.audience >= 1000)
    assert "WK001405-rest" in sets.ids and "GM0014-rest" in sets.ids
    centre = sets.index("BU00140000")  # Binnenstad-Noord is big enough for its own ad set
    assert sets.postcodes[centre] == ("9712",)
    pooled = sets.index("WK001405-rest")
    assert all(m.areas.wijk_codes[i] == "WK001405" for i in sets.members[pooled])
    assert all(m.audience[i] < 1000 for i in sets.members[pooled])
    assert all(r["reason"] for r in sets.untargeted())


def test_all_buurten_of_the_netherlands():
    areas = data.all_buurten()
    m = ReachModel(areas)
    sets = m.ad_sets
    counted = np.zeros(len(areas), dtype=int)
    for members in sets.members:
        counted[list(members)] += 1
    assert counted.max() == 1
    assert np.all((counted == 1) | np.array([r is not None for r in sets.reasons]))
    assert np.all(sets.audience >= 1000)
    for j in np.flatnonzero(np.array(sets.kinds) == "gemeente_rest")[:50]:
        assert sets.ids[j] == f"{areas.gemeente_codes[sets.members[j][0]]}-rest"
    e = m.evaluate(m.default_print_eur(), split_by_audience(m, 1e6))
    assert e.social_eur.sum() == pytest.approx(1e6)
    assert math.isfinite(e.total("reached_3plus"))


# -- scenario files name ad sets (SCENARIO.md version 2) ---------------------------------------------


def test_a_buurt_level_scenario_names_its_ad_sets():
    from budgetsim.planning import ScenarioPlan, new_scenario

    scenario = new_scenario(
        "GM0014",
        level="buurt",
        social_eur=3000,
        social_split="manual",
        social_manual_eur={"BU00140000": 1000, "WK001405-rest": 1500, "GM0014-rest": 500},
    )
    plan = ScenarioPlan(scenario)
    e = plan.evaluate()
    sets = plan.model.ad_sets
    assert e.ad_set_eur[sets.index("WK001405-rest")] == pytest.approx(1500)
    assert e.ad_set_eur[sets.index("GM0014-rest")] == pytest.approx(500)
    assert e.social_eur.sum() == pytest.approx(3000)
    d = e.to_dict()
    assert d["level"] == "buurt"
    rows = {r["id"]: r for r in d["ad_sets"]}
    assert rows["WK001405-rest"]["social_eur"] == pytest.approx(1500)
    assert rows["BU00140000"]["postcodes"] == ["9712"]
    assert {a["ad_set"] for a in d["areas"] if a["ad_set"]} == set(sets.ids)


def test_an_amount_for_a_buurt_inside_a_pool_is_refused_naming_the_pool():
    from budgetsim.planning import ScenarioPlan, new_scenario
    from budgetsim.problems import InputError

    plan = ScenarioPlan(new_scenario("GM0014", level="buurt", social_eur=3000))
    pooled = plan.model.ad_sets.member_codes(plan.model.ad_sets.index("WK001405-rest"))[0]
    scenario = new_scenario(
        "GM0014", level="buurt", social_eur=3000, social_split="manual", social_manual_eur={pooled: 3000}
    )
    with pytest.raises(InputError) as info:
        ScenarioPlan(scenario).evaluate()
    assert info.value.problems[0].path == f"budget.social_manual_eur.{pooled}"
    assert "WK001405-rest" in info.value.messages("nl")[0]
    limited = new_scenario("GM0014", level="buurt", social_eur=3000, social_split="optimal")
    d = limited.to_dict()
    d["constraints"]["area_max_eur"] = {pooled: 10.0}
    from budgetsim.scenario import scenario_from_dict

    with pytest.raises(InputError, match="WK001405-rest"):
        ScenarioPlan(scenario_from_dict(d)).constraints  # noqa: B018
    d["constraints"]["area_max_eur"] = {"WK001405-rest": 10.0}
    e = ScenarioPlan(scenario_from_dict(d)).evaluate()
    assert e.ad_set_eur[ScenarioPlan(scenario_from_dict(d)).model.ad_sets.index("WK001405-rest")] == pytest.approx(10)


def test_a_pool_id_of_another_gemeente_is_an_unknown_code():
    from budgetsim.planning import new_scenario
    from budgetsim.problems import InputError

    with pytest.raises(InputError, match="WK050501-rest"):
        new_scenario(
            "GM0014", level="buurt", social_eur=100, social_split="manual", social_manual_eur={"WK050501-rest": 100}
        )


def test_optimise_out_writes_a_split_by_ad_set_that_opens_again(tmp_path, capsys):
    """``budgetsim optimise --out`` on Westerveld (small wijken pooled in GM1701-rest) writes the
    best split per ad set, and the written file evaluates to the same reach."""
    import json

    from budgetsim.cli import main
    from budgetsim.planning import ScenarioPlan, new_scenario
    from budgetsim.scenario import load_scenario, save_scenario

    source = tmp_path / "westerveld.json"
    save_scenario(new_scenario("GM1701", social_eur=5000), source)
    out = tmp_path / "beste.json"
    assert main(["optimise", str(source), "--out", str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert "GM1701-rest" in result["social_by_ad_set"]
    written = load_scenario(out)
    assert "GM1701-rest" in written.budget.social_manual_eur
    again = ScenarioPlan(written).evaluate()
    assert again.total("reached") == pytest.approx(result["reached"], rel=1e-6)
