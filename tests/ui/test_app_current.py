"""The "Nu" figures in the app (AppTest): "Nu" is set once and stays put, the paper in pages at a price per
page, the two best splits with their undo, a name that cannot contradict the settings, Vergelijken,
numbers in the user's language, no meaningless deltas, refused uploads that say why.

Expected figures come from the core (``budgetsim.planning``), never from the screen itself.
"""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest

from budgetsim.formatting import fmt_eur, fmt_int
from budgetsim.i18n import t
from budgetsim.planning import ScenarioPlan, new_scenario, with_budget
from budgetsim.scenario import scenario_to_json
from tests.conftest import DORDRECHT
from tests.ui.apptest import fresh, open_box, run

SCHIERMONNIKOOG = "GM0088"
CURRENT_REACHED = "nu.title"


def metrics(at: AppTest) -> dict[str, object]:
    return {m.label: m for m in at.metric}


def current_figure(at: AppTest, lang: str = "nl") -> str:
    """The value of the "Nu · inwoners bereikt" figure."""
    label = t("nu.fig.reached", lang)
    return metrics(at)[label].value


def current_reached(scenario) -> str:
    """ "Inwoners bereikt" of the scenario's current situation, from the core."""
    return fmt_int(ScenarioPlan(scenario).current_plan().evaluate().total("reached"), "nl")


def upload_open(at: AppTest, name: str, content: bytes) -> AppTest:
    open_box(at).sidebar.file_uploader(key="open_upload").set_value((name, content, "application/json"))
    run(at)
    return run(at)


# -- 1. Nu -----------------------------------------------------------------------------------------


def test_nu_stays_put_while_both_sliders_move():
    at = fresh()
    weekly = new_scenario(DORDRECHT, social_eur=0)  # Nu: a page every week, no social media
    expected = current_reached(weekly)
    assert current_figure(at) == expected
    heading = " ".join(m.value for m in at.markdown if t("app.figures.title", "nl") in m.value)
    assert t("nu.preset.weekly", "nl") in heading and t("nu.social.none", "nl") in heading
    run(at.slider(key="print_pages_slider").set_value(26))  # the plan: every other week
    assert current_figure(at) == expected
    run(at.slider(key="social_eur_slider").set_value(15000))
    assert current_figure(at) == expected
    assert heading == " ".join(m.value for m in at.markdown if t("app.figures.title", "nl") in m.value)
    # the differences are against Nu: half the paper plus € 15.000 social, as the core computes them
    plan = with_budget(weekly, print_eur=round(26 * ScenarioPlan(weekly).model.price_per_insertion), social_eur=15000)
    shown = metrics(at)[t("app.fig.reached", "nl")]
    diff = ScenarioPlan(plan).evaluate().total("reached") - ScenarioPlan(weekly).evaluate().total("reached")
    assert shown.delta == fmt_int(diff, "nl", signed=True)
    # and after a best split too
    run(at.button(key="best_total").click())
    run(at)
    assert current_figure(at) == expected
    assert not at.error


def test_nu_is_set_once_and_saved_in_the_scenario():
    at = fresh()
    run(open_box(at, "current_edit").text_input(key="current_pages_box").set_value("26"))
    run(open_box(at, "current_edit").text_input(key="current_social_box").set_value("2.500"))
    assert at.session_state["current_pages"] == 26 and at.session_state["current_social_eur"] == 2500
    from budgetsim.ui import state as S

    scenario = S.state_to_scenario(at.session_state)
    price = ScenarioPlan(scenario).model.price_per_insertion
    assert scenario.current.print_eur == round(26 * price) and scenario.current.social_eur == 2500
    assert current_figure(at) == current_reached(scenario)
    # moving the plan does not move Nu
    run(at.slider(key="print_pages_slider").set_value(80))
    assert current_figure(at) == current_reached(scenario)


def test_version_1_file_opens_with_the_default_current_situation():
    scenario = new_scenario(DORDRECHT, print_eur=20000, social_eur=8000)
    d = json.loads(scenario_to_json(scenario))
    d["schema_version"] = 1
    for key in ("current", "level"):
        d.pop(key, None)
    d["assumptions"]["print"].pop("price_per_page_eur", None)
    at = fresh()
    run(open_box(at, "current_edit").text_input(key="current_pages_box").set_value("12"))  # something else first
    upload_open(at, "oud.json", json.dumps(d).encode("utf-8"))
    assert at.session_state["print_eur"] == 20000 and at.session_state["social_eur"] == 8000
    assert at.session_state["current_pages"] == 52 and at.session_state["current_social_eur"] == 0
    assert current_figure(at) == current_reached(new_scenario(DORDRECHT, social_eur=0))
    assert not at.error


# -- 2. the paper in pages ---------------------------------------------------------------------------


def test_pages_presets_set_the_euros_and_a_euro_amount_shows_its_pages():
    at = fresh()
    price = ScenarioPlan(new_scenario(DORDRECHT)).model.price_per_insertion
    run(at.radio(key="print_preset:nl").set_value("fortnightly"))
    assert at.session_state["print_eur"] == round(26 * price)
    assert at.slider(key="print_pages_slider").value == 26
    cost = t(
        "nu.pages.cost",
        "nl",
        pages=t("count.pages", "nl", count=26),
        price=t("nu.estimated", "nl", value=fmt_eur(price, "nl")),  # no contract price: estimated
        eur=t("nu.estimated", "nl", value=fmt_eur(round(26 * price), "nl")),
    )
    assert any(c.value == cost for c in at.caption), [c.value for c in at.caption]
    run(at.radio(key="print_preset:nl").set_value("none"))
    assert at.session_state["print_eur"] == 0
    run(at.text_input(key="print_eur_box").set_value("20.000"))
    assert at.session_state["print_eur"] == 20000
    pages = 20000 / price
    assert at.slider(key="print_pages_slider").value == round(pages)
    buys = t(
        "nu.pages.buys",
        "nl",
        eur=t("nu.estimated", "nl", value=fmt_eur(20000, "nl")),
        pages=t("count.pages", "nl", count=round(pages, 1)),
        price=t("nu.estimated", "nl", value=fmt_eur(price, "nl")),
    )  # Dordrecht's page costs more than € 100: whole euros
    assert any(c.value == buys for c in at.caption), [c.value for c in at.caption]


def test_contract_price_keeps_the_pages_and_the_euros_follow():
    at = fresh()
    run(open_box(at, "price_box_False").text_input(key="page_price_box").set_value("500"))
    assert at.session_state["a:print.price_per_page_eur"] == 500
    assert at.session_state["print_eur"] == 52 * 500  # still a page every week
    assert at.slider(key="print_pages_slider").value == 52
    from budgetsim.ui import state as S

    scenario = S.state_to_scenario(at.session_state)
    assert scenario.assumptions.print.price_per_page_eur == 500
    run(open_box(at, "price_box_False").text_input(key="page_price_box").set_value(""))  # back to the estimate
    assert at.session_state["a:print.price_per_page_eur"] is None
    assert at.slider(key="print_pages_slider").value == 52
    run(open_box(at, "price_box_False").text_input(key="page_price_box").set_value("duur"))
    assert any("duur" in e.value for e in at.error)


def test_tiny_print_run_says_its_page_price_is_an_estimate():
    at = fresh()
    run(at.sidebar.selectbox(key="w:gemeente").set_value(SCHIERMONNIKOOG))
    warnings = " ".join(w.value for w in at.warning)
    assert "schatting" in " ".join(c.value for c in at.caption) or "kleine oplage" in warnings
    assert "klein" in warnings and "contract" in " ".join(c.value for c in at.caption)


# -- 7. no meaningless deltas ------------------------------------------------------------------------


def test_no_deltas_where_the_plan_equals_nu():
    at = fresh()
    run(at.text_input(key="social_eur_box").set_value("0"))
    for m in at.metric:
        assert m.delta in (None, ""), (m.label, m.delta)
    assert not at.error


# -- 5. Vergelijken ----------------------------------------------------------------------------------


def open_tab(at: AppTest, key: str) -> AppTest:
    at.session_state[f"tab:{at.session_state['lang']}"] = t(key, at.session_state["lang"])
    return run(at)


def scenario_file(name: str, print_eur: float, social_eur: float) -> tuple[str, bytes, str]:
    scenario = new_scenario(DORDRECHT, print_eur=print_eur, social_eur=social_eur, name=name)
    return (f"{name}.json", scenario_to_json(scenario).encode("utf-8"), "application/json")


def compare_table(at: AppTest):
    tables = [tb for tb in at.table]
    assert tables, "no comparison table"
    return tables[0].value


def test_three_uploads_fill_three_slots_with_nu_and_a_total_budget_row():
    at = fresh()
    open_tab(at, "app.tab.compare")
    files = [scenario_file("A", 35740, 0), scenario_file("B", 17870, 5000), scenario_file("C", 17870, 15000)]
    at.file_uploader(key="compare_upload").set_value(files)
    run(at)
    table = compare_table(at)
    assert list(table.columns) == [t("nu.title", "nl"), "A", "B", "C"]  # the files, not the current settings
    total = table.loc[t("nu.compare.total", "nl")]
    estimated = [t("nu.estimated", "nl", value=fmt_eur(eur, "nl")) for eur in (35740, 35740, 22870, 32870)]
    assert list(total) == estimated  # no contract price: the paper's euros are estimated
    assert t("nu.compare.pages", "nl") in table.index
    assert not at.warning and not at.error
    # the current settings only when asked: they do not push a file out, they are left out and said so
    run(at.checkbox(key="compare_current").check())
    assert list(compare_table(at).columns) == [t("nu.title", "nl"), "A", "B", "C"]
    assert any(at.session_state["name"] in w.value for w in at.warning)


def test_current_settings_when_asked_fill_a_free_slot():
    at = fresh()
    open_tab(at, "app.tab.compare")
    at.file_uploader(key="compare_upload").set_value([scenario_file("A", 35740, 0)])
    run(at)
    assert list(compare_table(at).columns) == [t("nu.title", "nl"), "A"]
    run(at.checkbox(key="compare_current").check())
    assert list(compare_table(at).columns) == [t("nu.title", "nl"), "A", at.session_state["name"]]


# -- 7. every refused upload says why ------------------------------------------------------------------


def test_a_text_file_is_refused_in_words():
    at = fresh()
    open_box(at).sidebar.file_uploader(key="open_upload").set_value(("notities.txt", b"hallo", "text/plain"))
    run(at)
    assert any("notities.txt" in e.value and ".json" in e.value for e in at.error)
    open_tab(at, "app.tab.compare")
    at.file_uploader(key="compare_upload").set_value([("notities.txt", b"hallo", "text/plain")])
    run(at)
    assert any("notities.txt" in e.value and ".json" in e.value for e in at.error)
    assert at.metric, "the rest of the page is gone"


# -- 4. a document that cannot contradict itself ---------------------------------------------------------


def test_a_typed_name_over_changed_settings_is_flagged_and_updated_in_one_click():
    at = fresh()
    open_tab(at, "app.tab.save_export")
    assert not at.warning  # the automatic name follows the settings: nothing to flag
    typed = "Dordrecht B – krant + 5000 social"
    run(at.text_input(key="w:name").input(typed))
    assert not at.warning  # just named: name and settings agree
    run(at.text_input(key="social_eur_box").set_value("15.000"))
    flags = [w.value for w in at.warning if typed in w.value]
    assert len(flags) == 2, [w.value for w in at.warning]  # where the user saves and where they export
    assert fmt_eur(15000, "nl") in flags[0]
    run(at.button(key="name_update_save").click())
    assert at.session_state["name_auto"] and at.session_state["name"] != typed
    assert "15.000" in at.session_state["name"]
    assert not [w for w in at.warning if typed in w.value]
    # the automatic name keeps following the settings
    run(at.text_input(key="social_eur_box").set_value("9.000"))
    assert "9.000" in at.session_state["name"] and not at.warning


def test_a_name_confirmed_after_a_change_is_not_flagged_again():
    at = fresh()
    open_tab(at, "app.tab.save_export")
    run(at.text_input(key="w:name").input("Mijn plan"))
    run(at.slider(key="print_pages_slider").set_value(26))
    assert any("Mijn plan" in w.value for w in at.warning)
    run(at.button(key="name_keep_export").click())
    assert at.session_state["name"] == "Mijn plan" and not at.warning


def test_an_opened_file_is_not_flagged_until_its_settings_change():
    at = fresh()
    scenario = new_scenario(DORDRECHT, social_eur=3000, name="Geopend plan")
    upload_open(at, "plan.json", scenario_to_json(scenario).encode("utf-8"))
    open_tab(at, "app.tab.save_export")
    assert not [w for w in at.warning if "Geopend plan" in w.value]
    run(at.text_input(key="social_eur_box").set_value("4.000"))
    assert [w for w in at.warning if "Geopend plan" in w.value]


# -- 6. numbers in the user's language ------------------------------------------------------------------


def test_assumptions_are_typed_with_a_decimal_comma_and_percentages():
    at = fresh()
    open_tab(at, "app.tab.assumptions")
    loyalty = at.text_input(key="w:a:print.loyalty")
    assert loyalty.value == "0,6"  # not "0.60"
    run(loyalty.input("0,7"))
    assert at.session_state["a:print.loyalty"] == 0.7  # "0,7" is 0.7, not 07
    assert at.text_input(key="w:a:print.loyalty").value == "0,7"
    delivery = at.text_input(key="w:a:print.delivery_share")
    assert delivery.value == "80 %"
    run(delivery.input("70 %"))
    assert at.session_state["a:print.delivery_share"] == 0.7
    run(at.text_input(key="w:a:print.delivery_share").input("0,65"))
    assert at.session_state["a:print.delivery_share"] == 0.65
    run(at.text_input(key="w:a:social.cpm_eur").input("7,5"))
    assert at.session_state["a:social.cpm_eur"] == 7.5
    assert not at.error


def test_english_assumptions_use_a_decimal_point():
    at = fresh()
    at.session_state["lang"] = "en"
    run(at)
    open_tab(at, "app.tab.assumptions")
    assert at.text_input(key="w:a:print.loyalty").value == "0.6"
    assert at.text_input(key="w:a:print.delivery_share").value == "80%"
    run(at.text_input(key="w:a:print.loyalty").input("0.7"))
    assert at.session_state["a:print.loyalty"] == 0.7


def test_a_tiny_page_price_keeps_its_preset_and_cents():
    """Schiermonnikoog: a page every week costs € 383 at an estimated € 7,36 a page; rounding to
    whole euros must not turn it into "52,1 pagina's" or "€ 7 per pagina"."""
    at = fresh()
    run(at.sidebar.selectbox(key="w:gemeente").set_value(SCHIERMONNIKOOG))
    assert at.radio(key="print_preset:nl").value == "weekly"
    captions = " ".join(c.value for c in at.caption)
    assert "52 pagina's" in captions and "52,1" not in captions and "€ 7 per" not in captions


def test_opened_files_and_choices_stay_while_another_tab_is_open():
    """The tabs are lazy: the uploader forgets its files when its tab is closed; the compare tab
    keeps them (and the checkbox) until the user closes them."""
    at = fresh()
    open_tab(at, "app.tab.compare")
    at.file_uploader(key="compare_upload").set_value([scenario_file("A", 35740, 0), scenario_file("B", 17870, 5000)])
    run(at)
    run(at.checkbox(key="compare_current").check())
    assert list(compare_table(at).columns) == [t("nu.title", "nl"), "A", "B", at.session_state["name"]]
    open_tab(at, "app.tab.assumptions")
    open_tab(at, "app.tab.compare")
    assert list(compare_table(at).columns) == [t("nu.title", "nl"), "A", "B", at.session_state["name"]]
    assert at.checkbox(key="compare_current").value
    assert any("A.json" in c.value for c in at.caption), "the kept files are not named"
    run(at.button(key="compare_close").click())
    assert list(compare_table(at).columns) == [t("nu.title", "nl"), at.session_state["name"]]
