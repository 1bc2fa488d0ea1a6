""" "Eigen cijfers" in a real browser (the fixtures of ``conftest.py``).

Upload the made-up Ads Manager export and reader survey under Aannames, see the rows and the chart,
use the fitted values (the assumptions name the campaign), switch to English, undo. Screenshots of
the part go to ``artifacts/own-figures-nl.png`` and ``artifacts/own-figures-en.png``.
"""

from __future__ import annotations

import pytest

from budgetsim.i18n import t
from tests.browser.streamlit_page import REPO, wait_first_screen, wait_idle, wait_until

pytestmark = pytest.mark.browser

ARTIFACTS = REPO / "artifacts"
EXPORT = REPO / "scenarios" / "voorbeeld-export-meta.csv"
SURVEY = REPO / "scenarios" / "voorbeeld-lezersonderzoek.csv"


def open_tab(page, lang: str) -> None:
    page.get_by_role("tab", name=t("app.tab.assumptions", lang)).click()
    wait_idle(page, 60)


def own_part(page, lang: str):
    """The expander "Eigen cijfers"."""
    return page.get_by_test_id("stExpander").filter(has_text=t("app.own.title", lang)).first


def main_text(page) -> str:
    return page.get_by_test_id("stMain").inner_text()


def upload(page, label_key: str, path, lang: str) -> None:
    uploader = page.get_by_test_id("stFileUploader").filter(has_text=t(label_key, lang))
    uploader.locator("input[type=file]").set_input_files(str(path))
    wait_idle(page, 60)


def test_own_figures_upload_use_english_and_undo(page):
    wait_first_screen(page)
    open_tab(page, "nl")
    part = own_part(page, "nl")
    part.get_by_text(t("app.own.title", "nl")).click()  # fold it open
    wait_idle(page)
    upload(page, "app.own.export", EXPORT, "nl")
    upload(page, "app.own.survey", SURVEY, "nl")
    part = own_part(page, "nl")
    part.get_by_text(t("app.own.rows", "nl"), exact=True).wait_for()
    assert part.get_by_test_id("stVegaLiteChart").count() == 1
    assert "4 van de 6 rijen gebruikt" in part.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    part.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "own-figures-top-nl.png"))  # the uploads, as the user sees them
    ARTIFACTS.mkdir(exist_ok=True)
    part.get_by_role("button", name=t("app.own.use", "nl")).click()
    wait_idle(page, 60)
    page.get_by_text(t("app.own.used", "nl")).first.wait_for()
    basis = "Uit uw cijfers: Eigen campagne 'Afval 2026', maart 2026."
    wait_until(page, lambda: main_text(page).count(basis) >= 2, "the assumptions to name the campaign", 60)
    own_part(page, "nl").screenshot(path=str(ARTIFACTS / "own-figures-nl.png"))
    page.get_by_test_id("stSidebar").get_by_text("English", exact=True).click()
    wait_idle(page, 60)
    part = own_part(page, "en")
    rows = part.get_by_text(t("app.own.rows", "en"), exact=True)
    for _ in range(3):  # the switch draws the part under its new title: unfold it if it came folded
        page.wait_for_timeout(1000)
        if rows.is_visible():
            break
        part.locator("summary").first.click()
        wait_idle(page)
    part.get_by_text(t("app.own.rows", "en"), exact=True).wait_for()
    basis = "From your figures: Own campaign 'Afval 2026', March 2026."
    wait_until(page, lambda: main_text(page).count(basis) >= 2, "the assumptions to name the campaign", 60)
    own_part(page, "en").screenshot(path=str(ARTIFACTS / "own-figures-en.png"))
    own_part(page, "en").get_by_role("button", name=t("app.own.undo", "en")).click()
    wait_idle(page, 60)
    page.get_by_text(t("app.own.undone", "en")).first.wait_for()
    wait_until(page, lambda: "From your figures:" not in main_text(page), "the basis to go", 60)


def tall_screenshot(page, part, path) -> None:
    """The part whole: Streamlit scrolls inside its own container and paints only what is in view,
    so the window is made as tall as the part first."""
    height = part.bounding_box()["height"]
    page.set_viewport_size({"width": 1440, "height": int(min(max(height + 600, 1000), 8000))})
    wait_idle(page)
    part.scroll_into_view_if_needed()
    part.screenshot(path=str(path))
    page.set_viewport_size({"width": 1440, "height": 1000})


def test_zwolle_export_shows_what_is_not_used_and_takes_the_safe_choice(page, tmp_path):
    """The made-up Zwolle export (tests/calibration/helpers.py) for Zwolle: the reachable accounts
    are shown with why they are not used, the safe choice comes first and takes only the price.
    Screenshots: ``artifacts/own-figures-zwolle-nl.png`` and ``-en.png``."""
    from tests.browser.test_who_where import choose_gemeente
    from tests.calibration.helpers import zwolle_export

    export = tmp_path / "zwolle-2026.csv"
    export.write_bytes(zwolle_export())
    wait_first_screen(page)
    choose_gemeente(page, "Zwolle", "nl")
    open_tab(page, "nl")
    own_part(page, "nl").get_by_text(t("app.own.title", "nl")).click()
    wait_idle(page)
    upload(page, "app.own.export", export, "nl")
    part = own_part(page, "nl")
    part.get_by_text(t("app.own.take", "nl")).wait_for()
    text = part.inner_text()
    assert t("app.own.unusable", "nl") in text and "breder gericht" in text
    radio = part.get_by_role("radiogroup")
    assert radio.inner_text().split("\n")[0].strip() == t("app.own.take.safe", "nl")  # the safe choice first
    radio.get_by_text(t("app.own.take.safe", "nl"), exact=True).click()
    wait_idle(page, 60)
    ARTIFACTS.mkdir(exist_ok=True)
    tall_screenshot(page, own_part(page, "nl"), ARTIFACTS / "own-figures-zwolle-nl.png")
    own_part(page, "nl").get_by_role("button", name=t("app.own.use", "nl")).click()
    wait_idle(page, 60)
    page.get_by_text("Gebruikt: prijs per 1.000 vertoningen.").first.wait_for()
    page.get_by_test_id("stSidebar").get_by_text("English", exact=True).click()
    wait_idle(page, 60)
    part = own_part(page, "en")
    take = part.get_by_text(t("app.own.take", "en"))
    for _ in range(3):  # the switch draws the part under its new title: unfold it if it came folded
        page.wait_for_timeout(1000)
        if take.is_visible():
            break
        part.locator("summary").first.click()
        wait_idle(page)
    take.wait_for()
    assert "aimed wider than these areas" in part.inner_text()
    safe = part.get_by_role("radiogroup").get_by_role("radio").first
    wait_until(page, safe.is_checked, "the safe choice to stay chosen in English", 20)
    tall_screenshot(page, own_part(page, "en"), ARTIFACTS / "own-figures-zwolle-en.png")
