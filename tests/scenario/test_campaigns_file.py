"""The scenario file's ``campaigns`` and ``plan_year`` (SCENARIO.md "Campaigns")."""

import json

import numpy as np
import pytest

from budgetsim import data as cbs
from budgetsim.planning import ScenarioPlan, new_scenario, with_budget
from budgetsim.problems import InputError
from budgetsim.scenario import parse_scenario, scenario_from_dict, scenario_to_json
from tests.conftest import DORDRECHT

STERRENBURG = "WK050509"


def _file(campaigns, **extra) -> dict:
    d = new_scenario(DORDRECHT, print_eur=20000.0, social_eur=5000.0).to_dict()
    d["campaigns"] = campaigns
    return {**d, **extra}


def _campaigns() -> list[dict]:
    return [
        {
            "name": "Afvalkalender 2027",
            "weeks": [1, 52],
            "bands": ["15-24", "25-44", "45-64", "65+"],
            "areas": None,
            "social_eur": 3000,
            "split": "by_audience",
            "in_paper": True,
        },
        {
            "name": "Jongerenwerk Sterrenburg",
            "weeks": [10, 20],
            "bands": ["15-24"],
            "areas": [STERRENBURG],
            "social_eur": 2000,
            "split": "optimal",
            "in_paper": False,
        },
    ]


def _problems(d: dict) -> list:
    with pytest.raises(InputError) as caught:
        scenario_from_dict(d)
    return caught.value.problems


def test_a_file_with_campaigns_round_trips_and_evaluates_per_campaign():
    scenario = scenario_from_dict(_file(_campaigns(), plan_year=2027))
    assert parse_scenario(scenario_to_json(scenario)) == scenario
    text = json.loads(scenario_to_json(scenario))
    assert text["campaigns"][1]["areas"] == [STERRENBURG] and text["plan_year"] == 2027
    plan = ScenarioPlan(scenario)
    year = plan.campaign_year
    assert [c.campaign.name for c in year.campaigns] == ["Afvalkalender 2027", "Jongerenwerk Sterrenburg"]
    assert plan.evaluate() is year.year
    assert float(year.year.social_eur.sum()) == pytest.approx(5000.0)
    youth = year.campaigns[1]
    assert youth.total("reached_print") == 0.0 and youth.total("target_population") > 0
    rows = plan.campaign_ads_plan()
    assert {r.start.isoformat() for r in rows if r.campaign == "Jongerenwerk Sterrenburg"} == {"2027-03-08"}


def test_a_file_without_campaigns_is_written_as_before():
    scenario = new_scenario(DORDRECHT, print_eur=20000.0, social_eur=5000.0)
    text = json.loads(scenario_to_json(scenario))
    assert "campaigns" not in text and "plan_year" not in text
    assert ScenarioPlan(scenario).campaign_year is None


@pytest.mark.parametrize(
    ("change", "path", "key"),
    [
        ({"weeks": [0, 10]}, "campaigns[1].weeks", "campaigns.error.weeks_range"),
        ({"weeks": [20, 10]}, "campaigns[1].weeks", "campaigns.error.weeks_reversed"),
        ({"weeks": [40, 53]}, "campaigns[1].weeks", "campaigns.error.weeks_range"),
        ({"bands": []}, "campaigns[1].bands", "campaigns.error.bands_empty"),
        ({"social_eur": -5}, "campaigns[1].social_eur", "campaigns.error.eur_negative"),
        ({"name": "Afvalkalender 2027"}, "campaigns[1].name", "campaigns.error.duplicate_name"),
        ({"areas": ["WK050599"]}, "campaigns[1].areas", "campaigns.error.unknown_area"),
        ({"areas": []}, "campaigns[1].areas", "campaigns.error.areas_empty"),
    ],
)
def test_bad_campaigns_are_refused_with_the_campaigns_name_and_field(change, path, key):
    campaigns = _campaigns()
    campaigns[1].update(change)
    if "social_eur" in change:
        campaigns[0]["social_eur"] = 5005
    found = [p for p in _problems(_file(campaigns)) if p.path.startswith("campaigns[")]
    assert [(p.path, p.key) for p in found] == [(path, key)]
    name = campaigns[1]["name"]
    assert f'"{name}"' in found[0].message("nl") and f'"{name}"' in found[0].message("en")


def test_a_buurt_in_a_wijk_level_file_says_to_switch_the_level():
    buurt = cbs.buurten(DORDRECHT).codes[5]
    campaigns = _campaigns()
    campaigns[1]["areas"] = [buurt]
    (found,) = [p for p in _problems(_file(campaigns)) if p.path == "campaigns[1].areas"]
    assert found.key == "campaigns.error.buurt_at_wijk_level"
    assert "level" in found.message("nl") and buurt in found.message("en")


def test_at_buurt_level_a_campaign_may_name_a_wijk_or_a_buurt():
    d = new_scenario(DORDRECHT, level="buurt", print_eur=20000.0, social_eur=5000.0).to_dict()
    campaigns = _campaigns()
    buurt = next(c for c, w in zip(cbs.buurten(DORDRECHT).codes, cbs.buurten(DORDRECHT).wijk_codes) if w == STERRENBURG)
    campaigns[0]["areas"] = [buurt]
    plan = ScenarioPlan(scenario_from_dict({**d, "campaigns": campaigns}))
    masks = plan.campaign_plan.area_masks
    assert masks[0].sum() == 1
    assert masks[1].sum() == sum(w == STERRENBURG for w in plan.areas.wijk_codes) > 1


def test_campaigns_must_add_up_to_the_social_budget():
    campaigns = _campaigns()
    campaigns[0]["social_eur"] = 2500
    (found,) = _problems(_file(campaigns))
    assert (found.path, found.key) == ("campaigns", "scenario.campaigns.sum")
    assert "4.500" in found.message("nl") and "5.000" in found.message("nl")


def test_campaigns_are_not_combined_with_limits_per_ad_set_or_manual_euros():
    d = _file(_campaigns())
    d["constraints"] = dict(d["constraints"], area_max_eur={STERRENBURG: 100})
    assert [(p.path, p.key) for p in _problems(d)] == [("constraints", "scenario.campaigns.with_limits")]
    d = _file(_campaigns())
    d["budget"] = dict(d["budget"], social_split="manual", social_manual_eur={STERRENBURG: 5000})
    assert [(p.path, p.key) for p in _problems(d)] == [("budget.social_manual_eur", "scenario.campaigns.with_manual")]


def test_moving_the_social_budget_scales_every_campaign():
    scenario = scenario_from_dict(_file(_campaigns()))
    scaled = with_budget(scenario, social_eur=7500.0)
    assert [c.social_eur for c in scaled.campaigns] == [4500.0, 3000.0]
    assert float(ScenarioPlan(scaled).evaluate().social_eur.sum()) == pytest.approx(7500.0)


def test_the_current_situation_is_one_always_on_campaign():
    plan = ScenarioPlan(scenario_from_dict(_file(_campaigns())))
    current = plan.current_plan()
    assert current.scenario.campaigns == [] and current.campaign_year is None
    assert np.all(current.evaluate().social_eur == 0)
