"""Wijken and buurten in a real browser (the fixtures of ``conftest.py``).

Groningen at buurt level: the map is drawn per wijk and recoloured by the metric the user picks,
the table lists the buurten, the plan for Ads Manager comes as a CSV with one row per funded ad
set; the level survives a switch to English. Screenshots of the maps go to ``artifacts/``.
"""

from __future__ import annotations

import pytest

from budgetsim.i18n import t
from budgetsim.planning import ScenarioPlan, new_scenario
from tests.browser.streamlit_page import REPO, wait_first_screen, wait_idle, wait_until

pytestmark = pytest.mark.browser

ARTIFACTS = REPO / "artifacts"


def choose_gemeente(page, name: str, lang: str) -> None:
    box = page.get_by_test_id("stSidebar").get_by_test_id("stSelectbox").filter(has_text=t("app.gemeente", lang))
    box.click()
    page.keyboard.type(name)
    page.wait_for_timeout(300)
    page.keyboard.press("Enter")
    wait_idle(page, 90)


def choose(page, group_key: str, option: str, lang: str) -> None:
    page.get_by_role("radiogroup", name=t(group_key, lang)).get_by_text(option, exact=True).click()
    wait_idle(page, 90)


def map_chart(page, lang: str):
    """The map: the chart right under the radio 'Kaart kleuren naar'."""
    charts = page.get_by_test_id("stVegaLiteChart")
    for i in range(charts.count()):
        chart = charts.nth(i)
        if t("chart.map.title", lang, metric="").strip() in chart.inner_text():
            return chart
    raise AssertionError("no map on the screen")


def test_groningen_per_buurt_map_table_plan_and_english(page):
    wait_first_screen(page)
    choose_gemeente(page, "Groningen", "nl")
    choose(page, "app.level", t("app.level.buurt", "nl"), "nl")
    choose(page, "app.map.metric", t("app.map.metric.young", "nl"), "nl")
    young = t("chart.map.metric.young", "nl")
    chart = wait_until(
        page, lambda: young in map_chart(page, "nl").inner_text() and map_chart(page, "nl"), "the map of the young", 90
    )
    chart.scroll_into_view_if_needed()
    text = chart.inner_text()
    assert t("chart.map.metric.young", "nl") in text and t("chart.map.note.buurt", "nl") in text
    assert t("chart.map.mark.pooled.buurt", "nl") in text  # the marks are named in words
    ARTIFACTS.mkdir(exist_ok=True)
    chart.screenshot(path=str(ARTIFACTS / "map-groningen-buurten-nl.png"))
    assert page.get_by_text(t("app.table.title.buurt", "nl"), exact=True).count() == 1
    with page.expect_download() as download:
        page.get_by_role("button", name=t("app.adsets.download", "nl")).click()
    csv = download.value.path().read_bytes().decode("utf-8-sig")
    plan = ScenarioPlan(new_scenario("GM0014", social_eur=5000, level="buurt")).evaluate().ads_manager_plan()
    assert csv.count("\r\n") == len(plan) + 1
    page.get_by_test_id("stSidebar").get_by_text("English", exact=True).click()
    # wait for the English map itself: the run the click asks for may not have started yet
    chart = wait_until(page, lambda: map_chart(page, "en"), "the English map", 90)
    wait_until(page, lambda: t("chart.map.metric.young", "en") in chart.inner_text(), "the English legend", 90)
    wait_idle(page, 90)
    radio = page.get_by_role("radiogroup", name=t("app.level", "en"))
    assert radio.get_by_role("radio", name=t("app.level.buurt", "en")).is_checked()
    chart.screenshot(path=str(ARTIFACTS / "map-groningen-buurten-en.png"))
