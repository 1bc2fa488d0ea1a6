"""Campaigns (MODEL.md 2.2 "Campaigns"): each campaign's own ad sets, contacts that add up over the year."""

from datetime import date

import numpy as np
import pytest
from scipy.special import betaln
from scipy.stats import betabinom

from budgetsim import data as cbs
from budgetsim.allocation import evaluate_split
from budgetsim.areas import Areas
from budgetsim.assumptions import Assumptions
from budgetsim.campaigns import (
    Campaign,
    CampaignError,
    CampaignPlan,
    campaign_ads_plan,
    scaled_campaigns,
)
from budgetsim.model import ReachModel
from tests.conftest import DORDRECHT

FIGURES = (
    "target_population",
    "reached",
    "reached_print",
    "reached_social",
    "reached_both",
    "reached_3plus",
    "print_contacts",
    "social_contacts",
    "impressions",
    "social_eur",
    "ad_set_eur",
    "marginal_ad_set_per_100_eur",
    "marginal_social_per_100_eur",
)


@pytest.fixture(scope="module")
def buurt_model() -> ReachModel:
    return ReachModel(cbs.gemeente_areas(DORDRECHT, "buurt"))


@pytest.mark.parametrize("split", ["by_audience", "optimal"])
@pytest.mark.parametrize("bands", [("15-24", "25-44", "45-64", "65+"), ("15-24", "25-44")])
def test_one_campaign_over_everyone_all_year_is_exactly_todays_plan(buurt_model, split, bands):
    from dataclasses import replace

    model = replace(buurt_model, target_bands=bands)
    today = evaluate_split(model, 20000.0, 5000.0, split)
    plan = CampaignPlan(model, (Campaign("Alles", bands=bands, social_eur=5000.0, split=split),))
    year = plan.evaluate(20000.0).year
    for name in FIGURES:
        assert np.array_equal(getattr(year, name), getattr(today, name)), name
    assert year.key_figures() == today.key_figures()
    assert year.marginal_print_per_100_eur == today.marginal_print_per_100_eur
    assert year.area_rows() == today.area_rows()
    assert year.ad_set_rows() == today.ad_set_rows()
    assert year.money_notes() == today.money_notes()
    campaign = plan.evaluate(20000.0).campaigns[0]
    assert campaign.total("reached") == pytest.approx(today.total("reached"), rel=1e-12)


def _wijk_of(model: ReachModel, wijk: str) -> np.ndarray:
    return np.asarray(model.areas.wijk_codes) == wijk


def test_two_campaigns_on_disjoint_areas_give_exactly_the_sum_of_their_contacts(buurt_model):
    wijken = sorted(set(buurt_model.areas.wijk_codes))
    first = Campaign("Noord", weeks=(5, 12), bands=("15-24", "25-44"), areas=(wijken[0],), social_eur=800.0)
    second = Campaign("Zuid", weeks=(30, 40), bands=("45-64", "65+"), areas=(wijken[1],), social_eur=1200.0)
    both = CampaignPlan(buurt_model, (first, second)).evaluate(15000.0)
    alone = [CampaignPlan(buurt_model, (c,)).evaluate(15000.0) for c in (first, second)]
    assert np.array_equal(both.year.social_contacts, alone[0].year.social_contacts + alone[1].year.social_contacts)
    for together, single in zip(both.campaigns, alone):
        assert np.array_equal(together.contacts, single.campaigns[0].contacts)
    assert np.all(both.campaigns[0].contacts * both.campaigns[1].contacts == 0)  # disjoint indeed
    assert float(both.year.social_eur.sum()) == pytest.approx(2000.0)


def test_a_campaign_on_one_wijk_leaves_every_other_wijk_unchanged(buurt_model):
    wijk = sorted(set(buurt_model.areas.wijk_codes))[2]
    everyone = Campaign("Afvalkalender", social_eur=3000.0)
    local = Campaign("Wegwerkzaamheden", weeks=(36, 44), areas=(wijk,), social_eur=1000.0, in_paper=False)
    before = CampaignPlan(buurt_model, (everyone,)).evaluate(20000.0).year
    after = CampaignPlan(buurt_model, (everyone, local)).evaluate(20000.0).year
    inside = _wijk_of(buurt_model, wijk)
    for name in ("reached", "reached_social", "reached_3plus", "social_contacts", "social_eur"):
        assert np.array_equal(getattr(after, name)[~inside], getattr(before, name)[~inside]), name
    assert after.reached[inside].sum() > before.reached[inside].sum()


def test_a_campaign_without_paper_has_no_print_reach(buurt_model):
    plan = CampaignPlan(buurt_model, (Campaign("Sportweek", weeks=(20, 22), in_paper=False, social_eur=900.0),))
    result = plan.evaluate(20000.0).campaigns[0]
    assert result.insertions == 0.0
    assert result.total("reached_print") == 0.0 and result.total("reached_both") == 0.0
    assert np.array_equal(result.reached, result.reached_social)
    assert result.total("reached_social") > 0


def test_paper_counts_only_in_the_campaigns_weeks(buurt_model):
    n = float(buurt_model.insertions(20000.0))
    plan = CampaignPlan(buurt_model, (Campaign("Voorjaar", weeks=(10, 22), social_eur=100.0),))
    assert plan.evaluate(20000.0).campaigns[0].insertions == pytest.approx(n * 13 / 52)


def _small_model() -> ReachModel:
    """Two wijken with their own ages; the scenario's target group is 15–44; a page costs € 500."""
    areas = Areas.from_columns(
        ["WK1", "WK2"],
        ["Centrum", "Dorp"],
        [20000, 3000],
        [9000, 1400],
        [[0.10, 0.20, 0.30, 0.25, 0.15], [0.20, 0.10, 0.20, 0.30, 0.20]],
        gemeente_code="GM9999",
    )
    assumptions = Assumptions.from_dict({"print": {"price_per_page_eur": 500.0}})
    return ReachModel(areas, assumptions, ("15-24", "25-44"))


def test_campaign_reach_against_a_hand_computation():
    model = _small_model()
    campaign = Campaign("Jongerenwerk Centrum", weeks=(10, 20), bands=("15-24",), areas=("WK1",), social_eur=500.0)
    campaign = Campaign(**{**campaign.__dict__, "split": "optimal"})
    result = CampaignPlan(model, (campaign,)).evaluate(13000.0).campaigns[0]
    # hand: N = 20000 * 0.20; one ad set (audience 3400 >= 1000) takes all the euros
    N, share, d = 4000.0, 0.85, 0.8
    x = (1000 * 500 / 8) * 0.8 * 0.5 / (N * share)
    g = x / (1 + x)  # k = 1
    n_c = 26 * 11 / 52  # 26 pages a year, 11 of 52 weeks
    p, rho = 0.22, 0.6
    a, b = p * (1 / rho - 1), (1 - p) * (1 / rho - 1)
    rp = d * (1 - np.exp(betaln(a, b + n_c) - betaln(a, b)))
    rs = share * g
    assert result.total("target_population") == pytest.approx(N)
    assert result.total("reached_print") == pytest.approx(N * rp, rel=1e-9)
    assert result.total("reached_social") == pytest.approx(N * rs, rel=1e-9)
    assert result.total("reached_both") == pytest.approx(N * rp * rs, rel=1e-9)
    assert result.total("reached") == pytest.approx(N * (1 - (1 - rp) * (1 - rs)), rel=1e-9)
    low, frac = 5, n_c - 5
    bb = [(1 - frac) * betabinom.pmf(j, low, a, b) + frac * betabinom.pmf(j, low + 1, a, b) for j in range(3)]
    print_pmf = [d * bb[0] + (1 - d), d * bb[1], d * bb[2]]
    nb = [1 / (1 + x), 1 / (1 + x) * x / (1 + x), 1 / (1 + x) * (x / (1 + x)) ** 2]
    social_pmf = [share * nb[0] + (1 - share), share * nb[1], share * nb[2]]
    at_most_two = sum(print_pmf[i] * social_pmf[j] for i in range(3) for j in range(3) if i + j <= 2)
    assert result.total("reached_3plus") == pytest.approx(N * (1 - at_most_two), rel=1e-9)
    assert result.cost_per_reached_eur == pytest.approx(500.0 / result.total("reached"))
    assert result.untargeted_reason is None


def test_a_campaign_too_small_to_aim_at_says_why_and_places_no_euros():
    model = _small_model()
    tiny = Campaign("Dorpsfeest", bands=("15-24",), areas=("WK2",), social_eur=300.0)  # 3000 * 0.1 * 0.85 = 255
    year = CampaignPlan(model, (tiny,)).evaluate(13000.0)
    result = year.campaigns[0]
    assert result.placed_eur == 0.0 and result.unplaced_eur == 300.0
    assert result.untargeted_reason.key == "campaigns.untargetable"
    assert result.untargeted_reason.params["audience"] == pytest.approx(255.0)
    assert "Dorpsfeest" in result.to_dict("nl")["untargeted_reason"]
    assert year.year.total("reached_social") == 0.0
    assert year.year.social_unplaced_eur == 300.0


def test_a_campaign_outside_the_scenarios_target_group_leaves_the_years_figures_alone():
    model = _small_model()  # target 15-44
    elderly = Campaign("Ouderenbus", bands=("65+",), areas=("WK1",), social_eur=400.0)
    year = CampaignPlan(model, (elderly,)).evaluate(13000.0)
    assert year.year.total("reached_social") == 0.0
    assert year.campaigns[0].total("reached_social") > 0
    assert year.year.money_notes() == []  # its euros are spent, on its own ad set


@pytest.mark.parametrize(
    ("fields", "field", "key"),
    [
        ({"weeks": (0, 10)}, "weeks", "campaigns.error.weeks_range"),
        ({"weeks": (40, 53)}, "weeks", "campaigns.error.weeks_range"),
        ({"weeks": (20, 10)}, "weeks", "campaigns.error.weeks_reversed"),
        ({"bands": ()}, "bands", "campaigns.error.bands_empty"),
        ({"bands": ("0-14",)}, "bands", "campaigns.error.band_unknown"),
        ({"social_eur": -5.0}, "social_eur", "campaigns.error.eur_negative"),
        ({"areas": ()}, "areas", "campaigns.error.areas_empty"),
        ({"split": "manual"}, "split", "campaigns.error.split"),
    ],
)
def test_bad_campaigns_are_refused_naming_the_campaign_and_field(fields, field, key):
    with pytest.raises(CampaignError) as caught:
        Campaign("Afval", **fields)
    assert (caught.value.campaign, caught.value.field, caught.value.key) == ("Afval", field, key)
    assert '"Afval"' in caught.value.message("nl") and '"Afval"' in caught.value.message("en")


def test_duplicate_names_and_unknown_areas_are_refused(buurt_model):
    with pytest.raises(CampaignError) as caught:
        CampaignPlan(buurt_model, (Campaign("Afval"), Campaign("Afval")))
    assert (caught.value.field, caught.value.key) == ("name", "campaigns.error.duplicate_name")
    with pytest.raises(CampaignError) as caught:
        CampaignPlan(buurt_model, (Campaign("Wegen", areas=("WK999999",)),)).evaluate(0.0)
    assert (caught.value.campaign, caught.value.field) == ("Wegen", "areas")
    wijk_model = ReachModel(cbs.gemeente_areas(DORDRECHT, "wijk"))
    buurt = buurt_model.areas.codes[0]
    with pytest.raises(CampaignError) as caught:
        CampaignPlan(wijk_model, (Campaign("Wegen", areas=(buurt,)),)).evaluate(0.0)
    assert caught.value.key == "campaigns.error.buurt_at_wijk_level"


def test_areas_may_be_ad_set_ids_and_wijken_at_buurt_level(buurt_model):
    pool = next(sid for sid in buurt_model.ad_sets.ids if sid.endswith("-rest"))
    members = buurt_model.ad_sets.members[buurt_model.ad_sets.index(pool)]
    plan = CampaignPlan(buurt_model, (Campaign("Pool", areas=(pool,)),))
    assert np.flatnonzero(plan.area_masks[0]).tolist() == sorted(members)


def test_ads_manager_plan_per_campaign(buurt_model):
    wijk = sorted(set(buurt_model.areas.wijk_codes))[0]
    campaigns = (
        Campaign("Afvalkalender", weeks=(1, 52), social_eur=2600.0),
        Campaign("Jongerenwerk", weeks=(10, 20), bands=("15-24",), areas=(wijk,), social_eur=1100.0),
    )
    year = CampaignPlan(buurt_model, campaigns).evaluate(20000.0)
    rows = campaign_ads_plan(year.campaigns, 2027)
    youth = [r for r in rows if r.campaign == "Jongerenwerk"]
    assert youth and {r.start for r in youth} == {date(2027, 3, 8)} and {r.end for r in youth} == {date(2027, 5, 23)}
    assert sum(r.total_shown_eur for r in youth) == 1100
    assert sum(r.weekly_shown_eur for r in youth) == pytest.approx(100.0)
    assert all(r.bands == ("15-24",) and r.postcodes for r in youth)
    assert sum(r.total_eur for r in rows) == pytest.approx(3700.0)


def test_scaling_keeps_every_campaigns_share():
    campaigns = (Campaign("A", social_eur=1000.0), Campaign("B", social_eur=3000.0))
    scaled = scaled_campaigns(campaigns, 6000.0)
    assert [c.social_eur for c in scaled] == [1500.0, 4500.0]
    zero = scaled_campaigns((Campaign("A"), Campaign("B")), 500.0)
    assert [c.social_eur for c in zero] == [250.0, 250.0]
