"""In a real browser (``streamlit run`` + Debian's Chromium through Playwright): the "Nu"
figures stay put while the paper's slider moves; Vergelijken with three files is not cut off at
1440 px; screenshots in Dutch and English (``artifacts/nu-*.png``); a new session's first screen
and a gemeente switch show their figures (their speed: ``benchmarks/bench_first_screen.py`` and
``benchmarks/bench_gemeente_switch.py``).

The server, browser and page fixtures are in ``conftest.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from budgetsim.i18n import t
from budgetsim.planning import new_scenario
from budgetsim.scenario import scenario_to_json
from tests.browser.streamlit_page import (
    REPO,
    TIMEOUT_S,
    full_page_screenshot,
    open_tab,
    reached,
    wait_first_screen,
    wait_idle,
    wait_until,
)
from tests.conftest import DORDRECHT

pytestmark = pytest.mark.browser

NL = "nl"
ARTIFACTS = REPO / "artifacts"


def current_reached(pg, lang: str = NL) -> str:
    label = t("nu.fig.reached", lang)
    metric = pg.get_by_test_id("stMetric").filter(has=pg.get_by_test_id("stMetricLabel").get_by_text(label, exact=True))
    return metric.get_by_test_id("stMetricValue").inner_text(timeout=2000).strip()


def current_heading(pg) -> str:
    return (
        pg.get_by_test_id("stMarkdownContainer")
        .filter(has_text=t("app.figures.title", NL))
        .first.inner_text(timeout=2000)
        .strip()
    )


def pages_slider(pg, lang: str = NL):
    return pg.get_by_role("slider", name=t("nu.pages.slider", lang))


def test_moving_the_paper_slider_leaves_nu_where_it_is(page):
    wait_first_screen(page)
    nu, heading, first = current_reached(page), current_heading(page), reached(page)
    assert "elke week" in heading
    slider = pages_slider(page)
    slider.focus()
    for _ in range(10):  # ten pages fewer
        slider.press("ArrowLeft")
        page.wait_for_timeout(60)
    wait_until(page, lambda: reached(page) != first, "'Inwoners bereikt' to change")
    wait_idle(page)
    page.wait_for_timeout(1000)
    wait_idle(page)
    assert reached(page) != first
    assert current_reached(page) == nu
    assert current_heading(page) == heading
    box = page.get_by_label(t("app.budget.print.exact", NL), exact=True).input_value()
    assert box != "35.740"  # the euros followed the pages
    assert page.get_by_test_id("stException").count() == 0


def test_nu_aanpassen_draws_its_fields_when_opened_and_a_typed_number_moves_nu(page):
    """The popover "Nu aanpassen" is drawn only while open (a rerun fills it): its fields come, keep
    the current values, and a typed number of pages moves Nu and nothing of the plan."""
    wait_first_screen(page)
    nu, plan = current_reached(page), reached(page)
    assert page.get_by_label(t("nu.edit.pages", NL), exact=True).count() == 0  # closed: not drawn
    page.get_by_test_id("stPopover").get_by_text(t("nu.edit", NL)).click()
    pages = page.get_by_label(t("nu.edit.pages", NL), exact=True)
    pages.wait_for(timeout=TIMEOUT_S * 1000)
    assert pages.input_value() == "52"
    pages.fill("26")
    pages.press("Enter")
    wait_until(page, lambda: current_reached(page) != nu, "Nu to follow the typed pages")
    wait_idle(page)
    assert reached(page) == plan
    assert page.get_by_test_id("stException").count() == 0


def test_a_new_session_shows_the_first_screen_and_a_gemeente_switch_shows_its_figures(page, server):
    wait_first_screen(page)
    page.goto(server)  # a new session on a warm server
    wait_first_screen(page)
    pages_slider(page).wait_for()
    for name in ("Zwolle", "Schiermonnikoog", "Amsterdam"):
        before = reached(page)
        box = page.get_by_test_id("stSidebar").get_by_test_id("stSelectbox").first
        box.click()
        page.keyboard.type(name)
        option = page.get_by_role("option", name=name, exact=True)
        option.wait_for()
        option.click()
        wait_until(
            page,
            lambda n=name, b=before: (
                n in page.get_by_role("heading", level=1).first.inner_text() and reached(page) != b
            ),
            f"the figures of {name}",
            timeout=30,
        )
        wait_idle(page)
    assert page.get_by_test_id("stException").count() == 0


def _scenario_file(tmp_path: Path, name: str, print_eur: float, social_eur: float) -> Path:
    path = tmp_path / f"{name}.json"
    scenario = new_scenario(
        DORDRECHT,
        print_eur=print_eur,
        social_eur=social_eur,
        name=f"Dordrecht {name}: een lange naam voor het MT, krant en social media",
    )
    path.write_text(scenario_to_json(scenario), encoding="utf-8")
    return path


def test_compare_three_files_nothing_cut_off_and_screenshots_in_both_languages(page, tmp_path):
    wait_first_screen(page)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    full_page_screenshot(page, ARTIFACTS / "nu-nl.png")
    page.set_viewport_size({"width": 1440, "height": 1000})
    open_tab(page, "app.tab.compare")
    files = [
        _scenario_file(tmp_path, n, p, s) for n, p, s in (("A", 35740, 0), ("B", 17870, 5000), ("C", 17870, 15000))
    ]
    uploader = page.get_by_test_id("stFileUploader").filter(has_text=t("app.compare.upload", NL))
    uploader.locator("input[type=file]").set_input_files([str(f) for f in files])
    table = page.get_by_test_id("stTable")
    table.wait_for(timeout=30_000)
    wait_idle(page)
    headers = table.locator("th").all_inner_texts()
    assert sum("Dordrecht A" in h or "Dordrecht B" in h or "Dordrecht C" in h for h in headers) == 3, headers
    assert any(t("nu.compare.total", NL) in h for h in headers), headers
    cut = page.evaluate(
        """() => { const t = document.querySelector('[data-testid="stTable"]');
                   const box = t.getBoundingClientRect();
                   const cells = [...t.querySelectorAll('th, td')].filter(c => c.scrollWidth > c.clientWidth + 1);
                   return {right: box.right, width: window.innerWidth, scroll: t.scrollWidth > t.clientWidth + 1,
                           cells: cells.map(c => c.innerText)}; }"""
    )
    assert cut["right"] <= cut["width"] and not cut["scroll"] and not cut["cells"], cut
    full_page_screenshot(page, ARTIFACTS / "nu-compare-nl.png")
    # English: the same screen, every number in English
    page.get_by_test_id("stSidebar").get_by_test_id("stButtonGroup").get_by_text("English", exact=True).click()
    wait_until(
        page,
        lambda: page.get_by_test_id("stMetricLabel").get_by_text(t("app.fig.reached", "en"), exact=True).count() >= 1,
        "the English labels",
    )
    wait_idle(page)
    page.wait_for_timeout(1500)
    wait_idle(page)
    full_page_screenshot(page, ARTIFACTS / "nu-compare-en.png")
    page.get_by_role("tab", name=t("app.tab.who_where", "en"), exact=True).click()
    wait_idle(page)
    full_page_screenshot(page, ARTIFACTS / "nu-en.png")
    assert page.get_by_test_id("stException").count() == 0
