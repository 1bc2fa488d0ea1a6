"""The command line with campaigns: ``evaluate --json`` gives ``campaigns``, ``optimise`` splits each
optimal campaign, ``optimise --total``, ``frontier`` and ``target`` refuse (SCENARIO.md "Campaigns")."""

import csv
import io
import json

import pytest

from budgetsim.csv_tables import campaign_plan_csv
from budgetsim.planning import ScenarioPlan, new_scenario
from budgetsim.scenario import load_scenario, save_scenario, scenario_from_dict
from tests.conftest import DORDRECHT
from tests.test_cli import run, run_json

CAMPAIGNS = [
    {"name": "Afvalkalender 2027", "weeks": [1, 52], "bands": ["15-24", "25-44", "45-64", "65+"], "social_eur": 3000},
    {
        "name": "Jongerenwerk Sterrenburg",
        "weeks": [10, 20],
        "bands": ["15-24"],
        "areas": ["WK050509"],
        "social_eur": 2000,
        "split": "optimal",
        "in_paper": False,
    },
]


@pytest.fixture(scope="module")
def campaign_file(tmp_path_factory):
    d = new_scenario(DORDRECHT, print_eur=20000.0, social_eur=5000.0).to_dict()
    path = tmp_path_factory.mktemp("campaigns") / "campagnes.json"
    save_scenario(scenario_from_dict({**d, "campaigns": CAMPAIGNS, "plan_year": 2027}), path)
    return path


def test_evaluate_json_gives_the_years_figures_and_every_campaign(capsys, campaign_file):
    out = run_json(capsys, "evaluate", campaign_file)
    year = ScenarioPlan(load_scenario(campaign_file)).campaign_year
    assert out["reached"] == pytest.approx(year.year.total("reached"))
    assert out["social_eur"] == pytest.approx(5000.0)
    assert [c["name"] for c in out["campaigns"]] == ["Afvalkalender 2027", "Jongerenwerk Sterrenburg"]
    youth = out["campaigns"][1]
    for key in ("weeks", "social_eur", "target_population", "reached", "reach_share", "reached_print"):
        assert key in youth
    assert youth["weeks"] == [10, 20] and youth["reached_print"] == 0.0 and youth["untargeted_reason"] is None
    assert youth["reached"] == pytest.approx(youth["reached_social"])
    assert sum(s["social_eur"] for s in youth["ad_sets"]) == pytest.approx(2000.0)
    assert out["current"].get("campaigns") is None and out["current"]["social_eur"] == 0.0


def test_evaluate_text_lists_the_campaigns(capsys, campaign_file):
    code, out, _ = run(capsys, "evaluate", campaign_file)
    assert code == 0
    assert "Campagnes" in out and "Jongerenwerk Sterrenburg: week 10–20" in out


@pytest.mark.parametrize(
    "argv",
    [
        ("optimise", "--total", "30000"),
        ("frontier", "--max", "10000"),
        ("target", "--reach", "0.6"),
    ],
)
def test_splitting_the_total_is_refused_with_campaigns(capsys, campaign_file, argv):
    code, out, err = run(capsys, argv[0], campaign_file, *argv[1:], "--lang", "en")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "campaigns" in err and "comms lead" in err


def test_optimise_splits_each_optimal_campaign_and_writes_the_campaigns_back(capsys, campaign_file, tmp_path):
    out_file = tmp_path / "best.json"
    out = run_json(capsys, "optimise", campaign_file, "--out", out_file)
    youth = out["campaigns"][1]
    assert youth["split"] == "optimal" and sum(youth["social_by_ad_set"].values()) == pytest.approx(2000.0, abs=0.05)
    written = json.loads(out_file.read_text(encoding="utf-8"))
    assert [c["name"] for c in written["campaigns"]] == [c["name"] for c in CAMPAIGNS]
    assert written["budget"]["print_eur"] == 20000
    assert written["campaigns"][1]["split"] == "optimal"


def test_a_file_with_bad_campaigns_is_refused_on_the_command_line(capsys, tmp_path):
    d = new_scenario(DORDRECHT, print_eur=20000.0, social_eur=5000.0).to_dict()
    bad = [dict(CAMPAIGNS[0], social_eur=2500), dict(CAMPAIGNS[1], weeks=[20, 10])]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({**d, "campaigns": bad}), encoding="utf-8")
    code, _, err = run(capsys, "evaluate", path, "--lang", "en")
    assert code == 2
    assert 'campaigns[1].weeks: campaign "Jongerenwerk Sterrenburg": the first week (20)' in err
    assert "the campaigns add up to €4,500, but budget.social_eur is €5,000" in err


def test_ads_manager_plan_per_campaign_as_csv(campaign_file):
    rows = ScenarioPlan(load_scenario(campaign_file)).campaign_ads_plan()
    text = campaign_plan_csv(rows, "nl").decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert table[0][:3] == ["Campagne", "Advertentieset", "Naam advertentieset"]
    youth = [r for r in table[1:] if r[0] == "Jongerenwerk Sterrenburg"]
    assert youth and {(r[5], r[6]) for r in youth} == {("2027-03-08", "2027-05-23")}
    assert {r[4] for r in youth} == {"15-24"}
