"""The year's timeline of campaigns and a campaign's target group in words (budgetsim.charts.campaigns)."""

import json
import re

import pytest
import vl_convert as vlc

from budgetsim.charts import ChartContext
from budgetsim.charts.campaigns import bands_words, campaign_timeline, short_area_name, target_group_text
from budgetsim.vegalite import validate_spec

ROWS = [
    {
        "name": "Afvalkalender 2027",
        "weeks": [1, 4],
        "target": "iedereen vanaf 15 jaar in de hele gemeente",
        "social_eur": 1500.0,
        "in_paper": True,
        "example": True,
        "reach_share": 0.81,
    },
    {
        "name": "Werkzaamheden",
        "weeks": [40, 52],
        "target": "iedereen vanaf 15 jaar in Stadspolders en Dubbeldam",
        "social_eur": 1000.0,
        "in_paper": False,
        "example": False,
        "reach_share": None,
    },
]
CONTEXT = ChartContext("Dordrecht", "Campagnes 2027")


def rows_of(spec: dict) -> list[dict]:
    return spec["vconcat"][0]["data"]["values"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_bar_per_campaign_over_the_weeks_with_its_target_group(lang):
    spec = campaign_timeline(ROWS, lang, CONTEXT, plan_year=2027).to_dict(validate=True)
    rows = rows_of(spec)
    assert [(r["first"], r["end"]) for r in rows] == [(1, 5), (40, 53)]  # a bar covers its last week whole
    assert rows[0]["label"] == ("Afvalkalender 2027 (voorbeeld)" if lang == "nl" else "Afvalkalender 2027 (example)")
    assert rows[1]["label"] == "Werkzaamheden"
    assert rows[0]["after"] and not rows[1]["after"]  # a bar up to week 52 has its words before it
    plot = spec["vconcat"][0]
    assert plot["layer"][0]["encoding"]["x"]["scale"]["domain"] == [1, 53]
    assert plot["height"] == 60
    assert rows[1]["reach_txt"] == "–"
    svg = " ".join(re.findall(r">([^<]+)</text>", vlc.vegalite_to_svg(spec)))
    assert "iedereen vanaf 15 jaar in de hele gemeente" in svg and "Stadspolders" in svg
    assert "2027" in svg


def test_text_alternative_names_every_campaign_its_weeks_target_and_euros():
    spec = campaign_timeline(ROWS, "nl", CONTEXT).to_dict()
    text = spec["description"]
    assert text.startswith("Het jaar in campagnes. Tijdlijn met een balk per campagne")
    assert "Afvalkalender 2027 (voorbeeld): week 1–4, iedereen vanaf 15 jaar in de hele gemeente, € 1.500" in text
    assert "Werkzaamheden: week 40–52" in text and "€ 1.000" in text
    english = campaign_timeline(ROWS, "en", CONTEXT).to_dict()["description"]
    assert "weeks 40–52" in english and "€1,000" in english
    validate_spec(json.loads(json.dumps(spec)))


@pytest.mark.parametrize(
    ("bands", "nl", "en"),
    [
        (["15-24", "25-44", "45-64", "65+"], "iedereen vanaf 15 jaar", "everyone aged 15 and over"),
        (["15-24"], "15–24 jaar", "aged 15–24"),
        (["15-24", "25-44"], "15–44 jaar", "aged 15–44"),
        (["15-24", "45-64"], "15–24 en 45–64 jaar", "aged 15–24 and 45–64"),
        (["45-64", "65+"], "45+ jaar", "aged 45+"),
    ],
)
def test_age_groups_in_words(bands, nl, en):
    assert bands_words(bands, "nl") == nl and bands_words(bands, "en") == en


def test_area_names_without_the_cbs_number():
    assert short_area_name("Wijk 09 Sterrenburg") == "Sterrenburg"
    assert short_area_name("Buurt 12 Oud Krispijn-Noord") == "Oud Krispijn-Noord"
    assert short_area_name("Binnenstad") == "Binnenstad"


def test_target_group_in_words_names_up_to_three_areas():
    assert target_group_text(["15-24"], ["Sterrenburg"], "wijk", "nl") == "15–24 jaar in Sterrenburg"
    assert target_group_text(["65+"], None, "wijk", "nl") == "65+ jaar in de hele gemeente"
    assert target_group_text(["65+"], ["A", "B", "C"], "buurt", "en") == "aged 65+ in A, B and C"
    assert target_group_text(["65+"], list("ABCD"), "buurt", "nl") == "65+ jaar in 4 buurten"
    assert target_group_text(["65+"], list("ABCD"), "wijk", "en") == "aged 65+ in 4 districts"
