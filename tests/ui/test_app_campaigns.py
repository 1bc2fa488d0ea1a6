"""The tab "Campagnes" (AppTest): examples to start from, a campaign edited, bad input refused with the
campaign's name and field and nothing lost, the social slider scaling every campaign (said once), the
year's figures equal to the command line's, and the Ads Manager plan per campaign as CSV."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from budgetsim.campaigns import iso_week_dates
from budgetsim.formatting import fmt_int, fmt_pct
from budgetsim.i18n import t
from budgetsim.planning import ScenarioPlan
from budgetsim.scenario import save_scenario
from budgetsim.ui import state as S
from budgetsim.ui.campaign_state import EXAMPLE_EUR, EXAMPLES_KEY
from budgetsim.ui.campaigns_tab import table_key
from tests.ui.apptest import REPO, figures, fresh, open_tab, run

TAB = t("app.tab.campaigns", "nl")


def with_examples():
    at = fresh()
    open_tab(at, TAB)
    run(at.button(key="campaign_examples_add").click())
    assert not at.error, [e.value for e in at.error]
    return at


def edit(at, edited_rows=None, added_rows=(), deleted_rows=()):
    """Edit the campaign table as the browser does (row positions and internal column names)."""
    ss = at.session_state
    key = table_key(list(ss["campaigns"]), list(ss[EXAMPLES_KEY]), ss["lang"])
    at.session_state[key] = {
        "edited_rows": edited_rows or {},
        "added_rows": list(added_rows),
        "deleted_rows": list(deleted_rows),
    }
    return run(at), key


def figure_table(at):
    name = t("campaigns.fig.name", "nl")
    return next(d.value for d in at.dataframe if name in d.value.columns and t("campaigns.fig.both", "nl") in d.value)


def test_examples_are_marked_and_add_up_to_the_social_budget():
    at = with_examples()
    campaigns = at.session_state["campaigns"]
    assert len(campaigns) == 4 and at.session_state[EXAMPLES_KEY] == [c["name"] for c in campaigns]
    assert sum(c["social_eur"] for c in campaigns) == sum(EXAMPLE_EUR.values()) == 5000.0
    assert at.session_state["social_eur"] == 5000.0
    waste, youth, works, sport = campaigns
    assert waste["areas"] is None and waste["weeks"] == [1, 4]
    assert youth["bands"] == ["15-24"] and len(youth["areas"]) == 1 and not youth["in_paper"]
    assert len(works["areas"]) == 2 and 36 <= works["weeks"][0]
    assert sport["bands"] == ["25-44"]
    specs = [json.loads(e.proto.spec) for e in at.main if getattr(e, "type", None) == "vega_lite_chart"]
    timeline = next(s for s in specs if s["title"]["text"] == t("campaigns.chart.title", "nl"))
    assert t("campaigns.chart.example", "nl", name=waste["name"]) in json.dumps(timeline, ensure_ascii=False)
    assert "week 14–22, 15–24 jaar in " in timeline["description"]
    rows = figure_table(at)
    assert list(rows[t("campaigns.fig.name", "nl")]) == [c["name"] for c in campaigns] + [t("campaigns.fig.year", "nl")]
    # the split is per campaign: no split of the total on the main screen
    assert not [b for b in at.button if b.key in ("best_social", "best_total")]
    assert t("campaigns.split_per_campaign", "nl") in [c.value for c in at.caption]
    # added twice: the names are taken, nothing changes
    run(at.button(key="campaign_examples_add").click())
    assert len(at.session_state["campaigns"]) == 4


def test_a_campaign_edited_added_and_removed():
    at = with_examples()
    at, _ = edit(at, edited_rows={3: {"social_eur": 2500.0, "last": 30}})
    run(at)
    assert not at.error, [e.value for e in at.error]
    sport = at.session_state["campaigns"][3]
    assert sport["social_eur"] == 2500.0 and sport["weeks"] == [23, 30]
    assert at.session_state["social_eur"] == 6000.0  # the sum of the campaigns is the social budget
    new = {"name": "Vacatures gemeente", "first": 5, "last": 8, "bands": ["25-44", "45-64"], "social_eur": 400.0}
    at, _ = edit(at, added_rows=[new], deleted_rows=[0])
    run(at)
    assert not at.error, [e.value for e in at.error]
    names = [c["name"] for c in at.session_state["campaigns"]]
    assert names[-1] == "Vacatures gemeente" and len(names) == 4 and not names[0].startswith("Afvalkalender")
    added = at.session_state["campaigns"][-1]
    assert added["areas"] is None and added["in_paper"] and added["split"] == "by_audience"
    assert at.session_state["social_eur"] == pytest.approx(6000.0 - 1500.0 + 400.0)
    assert "Vacatures gemeente" not in at.session_state[EXAMPLES_KEY]


def test_bad_input_is_refused_with_name_and_field_and_nothing_is_lost():
    at = with_examples()
    before = [dict(c) for c in at.session_state["campaigns"]]
    waste, youth = before[0]["name"], before[1]["name"]
    shown = figures(at)
    at, key = edit(
        at,
        edited_rows={
            1: {"first": 30, "last": 20},  # reversed
            2: {"bands": []},  # no age group
            3: {"name": waste},  # a name twice
        },
        added_rows=[
            {"name": "Onbekend gebied", "first": 10, "last": 12, "bands": ["65+"], "areas": ["WK999999"]},
            {"name": "Na het jaar", "first": 60, "last": 61, "bands": ["65+"], "social_eur": 10.0},
            {"name": "Min", "first": 1, "last": 2, "bands": ["65+"], "social_eur": -50.0},
        ],
    )
    assert len(at.error) == 1
    text = at.error[0].value
    assert t("campaigns.refused", "nl") in text
    for field, words in (
        ("weeks", "de eerste week (30) komt na de laatste (20)"),
        ("bands", "kies minstens één leeftijdsgroep"),
        ("name", "deze naam staat er al"),
        ("social_eur", "het bedrag moet 0 euro of meer zijn"),
        ("areas", "WK999999 is geen gebied"),
    ):
        assert f"**{t('campaigns.col.' + field, 'nl')}**" in text and words in text, (field, text)
    assert f'campagne "{youth}"' in text and f'campagne "{waste}"' in text and 'campagne "Min"' in text
    for field, week in (("first", 60), ("last", 61)):
        label = t(f"campaigns.col.{field}", "nl")
        said = f'**{label}**: campagne "Na het jaar": week {week} bestaat niet; de weken lopen van 1 tot en met 52'
        assert said in text
    # nothing lost: the plan keeps its last valid campaigns, the table what was typed
    assert at.session_state["campaigns"] == before and at.session_state["social_eur"] == 5000.0
    assert figures(at) == shown
    assert at.session_state[key]["added_rows"][2]["social_eur"] == -50.0
    run(at)
    assert len(at.error) == 1 and key in at.session_state


def editor_columns(at) -> dict:
    """The column settings the campaign table is drawn with (as the browser gets them)."""
    return next(json.loads(d.proto.columns) for d in at.dataframe if "first" in json.loads(d.proto.columns))


@pytest.mark.parametrize("field, typed", [("first", 60), ("last", -200)])
def test_a_week_outside_1_to_52_is_refused_naming_the_campaign_and_the_field(field, typed):
    at = with_examples()
    # the browser clamps a number column to its min and max without a word: the table has none
    config = editor_columns(at)[field]["type_config"]
    assert "min_value" not in config and "max_value" not in config
    before = [dict(c) for c in at.session_state["campaigns"]]
    name = before[0]["name"]
    at, key = edit(at, edited_rows={0: {field: typed}})
    [error] = [e.value for e in at.error]
    label = t(f"campaigns.col.{field}", "nl")
    assert f'**{label}**: campagne "{name}": week {typed} bestaat niet; de weken lopen van 1 tot en met 52' in error
    assert error.count("\n- ") == 1, error  # one line, about the field that was typed
    assert at.session_state["campaigns"] == before
    assert at.session_state[key]["edited_rows"][0][field] == typed  # the table keeps what was typed


def test_bad_input_is_refused_in_english():
    at = with_examples()
    at.session_state["lang"] = "en"
    run(at)
    open_tab(at, t("app.tab.campaigns", "en"))
    name = at.session_state["campaigns"][0]["name"]
    at, _ = edit(at, edited_rows={0: {"first": 0}})
    text = at.error[0].value
    assert f"**{t('campaigns.col.first', 'en')}**" in text
    assert f'campaign "{name}": week 0 does not exist; weeks run from 1 to 52' in text


def test_the_social_slider_scales_every_campaign_and_says_so_once():
    at = with_examples()
    before = [c["social_eur"] for c in at.session_state["campaigns"]]
    run(at.slider(key="social_eur_slider").set_value(7500))
    assert not at.error, [e.value for e in at.error]
    after = [c["social_eur"] for c in at.session_state["campaigns"]]
    assert after == pytest.approx([1.5 * x for x in before])
    said = [i.value for i in at.info if t("campaigns.scaled", "nl", factor=1.5, total=7500.0) == i.value]
    assert len(said) == 1
    run(at.slider(key="social_eur_slider").set_value(10000))
    assert [c["social_eur"] for c in at.session_state["campaigns"]] == pytest.approx([2 * x for x in before])
    assert not [i.value for i in at.info if i.value.startswith("Alle campagnes zijn")]  # said once
    plan = ScenarioPlan(S.state_to_scenario(at.session_state))
    assert figures(at)[t("app.fig.reached", "nl")] == fmt_int(plan.evaluate().total("reached"), "nl")


def test_year_figures_equal_the_command_line(tmp_path):
    at = with_examples()
    scenario = S.state_to_scenario(at.session_state)
    path = tmp_path / "campagnes.json"
    save_scenario(scenario, path)
    out = subprocess.run(
        [sys.executable, "-m", "budgetsim.cli", "evaluate", "--json", str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
    )
    cli = json.loads(out.stdout)
    shown = figures(at)
    assert shown[t("app.fig.reached", "nl")] == fmt_int(cli["reached"], "nl")
    assert shown[t("app.fig.reached_3plus", "nl")] == fmt_int(cli["reached_3plus"], "nl")
    rows = figure_table(at)
    assert len(cli["campaigns"]) == 4
    for i, c in enumerate(cli["campaigns"]):
        row = rows.iloc[i]
        assert row[t("campaigns.fig.name", "nl")] == c["name"]
        assert row[t("campaigns.fig.reached", "nl")] == fmt_int(c["reached"], "nl")
        assert row[t("campaigns.fig.reach_share", "nl")] == fmt_pct(c["reach_share"], "nl", 0)
        assert row[t("campaigns.fig.reached_3plus", "nl")] == fmt_int(c["reached_3plus"], "nl")
    year = rows.iloc[-1]
    assert year[t("campaigns.fig.reached", "nl")] == fmt_int(cli["reached"], "nl")


def test_ads_manager_plan_per_campaign_as_csv(media):
    at = with_examples()
    button = next(b for b in at.get("download_button") if b.key == "campaign_plan_csv")
    data = media(button).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(data), delimiter=";"))
    plan = ScenarioPlan(S.state_to_scenario(at.session_state)).campaign_ads_plan()
    assert rows[0][0] == t("csv.campaign.campaign", "nl") and len(rows) == 1 + len(plan)
    youth = [r for r in rows[1:] if r[0].startswith("Jongerenwerk")]
    first_monday = iso_week_dates(plan_year(at), 14, 14)[0].isoformat()
    assert len(youth) == 1 and youth[0][rows[0].index(t("csv.campaign.start", "nl"))] == first_monday


def plan_year(at) -> int:
    return ScenarioPlan(S.state_to_scenario(at.session_state)).plan_year
