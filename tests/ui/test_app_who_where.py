"""The app at wijk and buurt level: the level switch, the map's metric, the table per area,
the plan per ad set with its CSV, tiny gemeenten. Driven headless through AppTest as in
``test_app.py`` (with the helpers of ``apptest.py``); expected figures come from the core."""

from __future__ import annotations

import json

import pytest

from budgetsim import charts, csv_tables
from budgetsim.data import buurten, wijken
from budgetsim.i18n import t
from budgetsim.planning import ScenarioPlan, new_scenario
from budgetsim.ui import state as S
from tests.ui.apptest import REPO, expected_reached, figures, fresh, open_tab, run, upload_scenario

GRONINGEN, ZWOLLE, SCHIERMONNIKOOG, VLIELAND, ALBLASSERDAM = "GM0014", "GM0193", "GM0088", "GM0096", "GM0482"


def to(at, gemeente: str, level: str | None = None):
    run(at.sidebar.selectbox(key="w:gemeente").set_value(gemeente))
    if level is not None:
        run(at.sidebar.radio(key=f"w:level:{at.session_state['lang']}").set_value(level))
    assert not at.error, [e.value for e in at.error]
    return at


def vega_specs(at) -> list[dict]:
    return [json.loads(e.proto.spec) for e in at.main if getattr(e, "type", None) == "vega_lite_chart"]


def map_spec(at) -> dict:
    found = [s for s in vega_specs(at) if "wijken" in s.get("datasets", {})]
    assert len(found) == 1, "one map on the screen"
    return found[0]


def colour_domain(spec: dict) -> list[float]:
    layers = spec["vconcat"][0]["layer"]
    return next(layer["encoding"]["color"]["scale"]["domain"] for layer in layers if "color" in layer["encoding"])


def area_table(at):
    return next(d.value for d in at.dataframe if t("app.table.residents", at.session_state["lang"]) in d.value.columns)


def ad_set_element(at):
    lang = at.session_state["lang"]
    return next(
        d
        for d in at.dataframe
        if t("app.adsets.id", lang) in d.value.columns and t("app.adsets.areas", lang) in d.value.columns
    )


def ad_set_table(at):
    return ad_set_element(at).value


def buurt_scenario(gemeente: str, **kwargs):
    return new_scenario(gemeente, social_eur=5000, level="buurt", **kwargs)


# -- the level --------------------------------------------------------------------------------------


def test_level_switch_lists_buurten_and_draws_their_wijken():
    at = to(fresh(), GRONINGEN)
    assert at.sidebar.radio(key="w:level:nl").value == "wijk"
    assert len(area_table(at)) == len(wijken(GRONINGEN))
    to(at, GRONINGEN, "buurt")
    assert at.session_state["level"] == "buurt"
    assert S.state_to_scenario(at.session_state).level == "buurt"
    table = area_table(at)
    assert len(table) == len(buurten(GRONINGEN)) == 151
    assert set(table[t("app.table.wijk_of", "nl")]) <= set(wijken(GRONINGEN).names)
    assert figures(at)[t("app.fig.reached", "nl")] == expected_reached(buurt_scenario(GRONINGEN))
    spec = map_spec(at)  # the map shows wijken: every buurt summed into its wijk
    drawn = {g["properties"]["code"] for g in spec["datasets"]["wijken"]["objects"]["wijk_2024"]["geometries"]}
    assert drawn == set(wijken(GRONINGEN).codes)
    assert any(t("chart.map.note.buurt", "nl") in json.dumps(spec, ensure_ascii=False) for _ in [0])
    to(at, GRONINGEN, "wijk")
    assert len(area_table(at)) == len(wijken(GRONINGEN))


def test_level_stays_with_another_gemeente_and_weights_go():
    at = to(fresh(), GRONINGEN, "buurt")
    to(at, ZWOLLE)
    assert at.session_state["level"] == "buurt"
    assert len(area_table(at)) == len(buurten(ZWOLLE))
    assert figures(at)[t("app.fig.reached", "nl")] == expected_reached(buurt_scenario(ZWOLLE))


def test_level_change_drops_settings_per_area():
    state = {
        **S.first_state(),
        "level": "wijk",
        "split": "manual",
        "manual": {"WK050500": 5000.0},
        "weights": {"WK050500": 2.0},
        "constraints": {
            "print_min_eur": 100.0,
            "print_max_eur": None,
            "area_min_eur": {"WK050500": 10.0},
            "area_max_eur": {},
        },
    }
    updates = S.value_changed({**state, "level": "buurt"}, "level")
    assert updates["weights"] == {} and updates["manual"] == {} and updates["split"] == "by_audience"
    assert updates["constraints"]["area_min_eur"] == {} and updates["constraints"]["print_min_eur"] == 100.0
    scenario = S.state_to_scenario({**state, "level": "buurt", **updates})
    assert scenario.level == "buurt" and scenario.budget.social_manual_eur == {}


def test_level_goes_into_the_file_and_back():
    scenario = buurt_scenario(GRONINGEN)
    state = S.scenario_to_state(scenario)
    assert state["level"] == "buurt"
    assert S.state_to_scenario(state).level == "buurt"
    own = S.state_to_scenario_dict(
        {**state, "inline_areas": [{"code": "X", "name": "X", "residents": 10, "dwellings": 5}], "gemeente": None}
    )
    assert "level" not in own  # an own table is its own level


# -- the map ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("metric", charts.MAP_METRICS)
def test_map_metric_choice_colours_the_map_by_the_colour_rules(metric):
    """The chosen metric colours the map as the charts' rules say: Zwolle's reach (under a point
    apart) in one colour, the others over their scale (a share 10 points or more, euros from 0)."""
    at = to(fresh(), ZWOLLE)
    run(at.radio(key="w:map_metric:nl").set_value(metric))
    spec = map_spec(at)
    assert spec["title"]["text"].startswith(t(f"chart.map.metric.{metric}", "nl"))
    data = charts.map_data(ScenarioPlan(new_scenario(ZWOLLE, social_eur=5000)).evaluate(), metric)
    scale = charts.map_colour_scale(data.values.values(), data.value_format)
    assert scale.single == (metric == "reach")
    if not scale.single:
        assert colour_domain(spec) == pytest.approx([scale.lo, scale.hi])
    assert t(f"app.map.caption.{metric}", "nl") in [c.value for c in at.caption]


def test_map_metric_in_english_after_a_switch():
    at = to(fresh(), GRONINGEN, "buurt")
    run(at.radio(key="w:map_metric:nl").set_value("young"))
    run(at.sidebar.segmented_control(key="lang").set_value("en"))
    assert at.radio(key="w:map_metric:en").value == "young"
    spec = map_spec(at)
    assert spec["title"]["text"].startswith(t("chart.map.metric.young", "en"))
    assert at.sidebar.radio(key="w:level:en").value == "buurt"


# -- the plan for Ads Manager ---------------------------------------------------------------------------


def test_ad_set_table_and_its_csv(media):
    at = to(fresh(), GRONINGEN, "buurt")
    evaluation = ScenarioPlan(buurt_scenario(GRONINGEN)).evaluate()
    plan = evaluation.ads_manager_plan()
    table = ad_set_table(at)
    assert list(table[t("app.adsets.id", "nl")]) == [row.id for row in plan]
    # the budgets as the Ads Manager plan shows them: whole euros a year adding up to the total
    assert list(table[t("app.adsets.yearly", "nl") + " (€)"]) == [row.yearly_shown_eur for row in plan]
    assert table[t("app.adsets.weekly", "nl") + " (€)"].sum() == pytest.approx(5000 / 52, abs=0.05)
    assert any(t("adsets.postcode_note", "nl") in c.value for c in at.caption)
    csv = media(at.download_button(key="ad_sets_csv"))
    assert csv == csv_tables.ads_manager_csv(evaluation, "nl")
    assert csv.decode("utf-8-sig").count("\r\n") == len(plan) + 1


def test_ad_set_table_is_read_only_until_a_manual_split():
    at = fresh()
    assert not ad_set_element(at).proto.id  # a plain table: no editor and no widget state
    run(at.radio(key="w:split:nl").set_value("manual"))
    editor = ad_set_element(at).proto
    assert editor.id  # now an editor ...
    editable = [name for name, config in json.loads(editor.columns).items() if not config.get("disabled")]
    assert editable == [t("app.adsets.yearly", "nl") + " (€)", "_index"]  # ... of the euros a year only


def test_manual_split_gives_euros_per_ad_set():
    at = to(fresh(), ZWOLLE)
    run(at.radio(key="w:split:nl").set_value("manual"))
    assert not at.error, [e.value for e in at.error]
    table = ad_set_table(at)
    ids = list(table[t("app.adsets.id", "nl")])
    assert f"{ZWOLLE}-rest" in ids  # Zwolle's four small wijken share one ad set
    assert set(at.session_state["manual"]) <= set(ids)
    key = f"ad_set_euros_{at.session_state['table_version']}"
    yearly = t("app.adsets.yearly", "nl") + " (€)"
    at.session_state[key] = {
        "edited_rows": {ids.index(f"{ZWOLLE}-rest"): {yearly: 900.0}},
        "added_rows": [],
        "deleted_rows": [],
    }
    run(at)
    run(at)
    assert not at.error, [e.value for e in at.error]
    assert at.session_state["manual"][f"{ZWOLLE}-rest"] == pytest.approx(900.0, abs=0.5)
    assert at.session_state["social_eur"] == pytest.approx(sum(at.session_state["manual"].values()), abs=0.05)


def test_every_area_is_listed_and_an_untargeted_one_says_why():
    at = to(fresh(), ALBLASSERDAM)
    table = area_table(at)
    assert len(table) == len(wijken(ALBLASSERDAM))
    why = table[t("app.table.why", "nl")]
    untargeted = ScenarioPlan(new_scenario(ALBLASSERDAM, social_eur=5000)).evaluate().untargeted_areas
    assert untargeted and sum(bool(w) for w in why) == len(untargeted)
    expander = next(e for e in at.expander if t("app.untargeted.title", "nl") in e.label)
    text = " ".join(m.value for m in expander.markdown)
    assert all(row["name"] in text for row in untargeted)
    spec = map_spec(at)  # marked on the map, and named in its legend
    assert t("chart.map.mark.untargeted.wijk", "nl") in json.dumps(spec, ensure_ascii=False)


# -- tiny gemeenten -----------------------------------------------------------------------------------


@pytest.mark.parametrize("gemeente,level", [(SCHIERMONNIKOOG, "wijk"), (SCHIERMONNIKOOG, "buurt"), (VLIELAND, "wijk")])
def test_tiny_gemeente_opens_with_print_figures_and_one_sentence(gemeente, level):
    at = to(fresh(), gemeente, level)
    paper_only = new_scenario(gemeente, social_eur=0, level=level)
    assert figures(at)[t("app.fig.reached", "nl")] == expected_reached(paper_only)
    sentence = [i.value for i in at.info if "Facebook of Instagram" in i.value]
    assert len(sentence) == 1 and "advertentieset" in sentence[0]
    assert not any(b.key == "ad_sets_csv" for b in at.get("download_button"))  # no plan to type in
    assert len(area_table(at)) == len(ScenarioPlan(paper_only).model.areas)
    open_tab(at, t("app.tab.save_export", "nl"))
    assert not at.error


# -- the example at buurt level -----------------------------------------------------------------------


def test_groningen_example_opens_at_buurt_level_with_its_plan():

    from budgetsim.scenario import parse_scenario

    path = REPO / "scenarios" / "groningen-buurten-jongeren.json"
    scenario = parse_scenario(path.read_bytes())
    assert (scenario.gemeente, scenario.level, scenario.target_bands) == (GRONINGEN, "buurt", ["15-24"])
    assert scenario.budget.social_split == "optimal"
    at = fresh()
    upload_scenario(at, path.name, path.read_bytes())
    run(at)
    assert at.sidebar.radio(key="w:level:nl").value == "buurt"
    assert figures(at)[t("app.fig.reached", "nl")] == expected_reached(scenario)
    assert len(area_table(at)) == len(buurten(GRONINGEN))
    plan = ScenarioPlan(scenario).evaluate().ads_manager_plan()
    assert list(ad_set_table(at)[t("app.adsets.id", "nl")]) == [row.id for row in plan]


def test_a_manual_split_where_no_ad_set_can_be_made_stays_usable():
    """Schiermonnikoog has no ad set: 'zelf kiezen' has nothing to start from, so the split stays by
    size instead of asking for euros that cannot be placed (it showed a broken plan)."""
    at = to(fresh(), SCHIERMONNIKOOG, "buurt")
    run(at.radio(key="w:split:nl").set_value("manual"))
    run(at)
    assert not at.error, [e.value for e in at.error]
    assert at.session_state["split"] == "by_audience"
    assert figures(at)[t("app.fig.reached", "nl")] == expected_reached(
        new_scenario(SCHIERMONNIKOOG, social_eur=0, level="buurt")
    )
