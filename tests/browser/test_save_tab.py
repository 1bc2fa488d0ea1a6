"""The budget proposal in a real browser (the fixtures of ``conftest.py``): three scenario
files opened in Vergelijken become options A, B and C of the budget proposal in "Opslaan en delen";
the proposed option and an own decision sentence go into the PDF a click downloads, also after a
switch to English. A screenshot of the proposal's part of the tab goes to ``artifacts/``.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from budgetsim.i18n import t
from budgetsim.planning import new_scenario
from budgetsim.scenario import scenario_to_json
from tests.browser.streamlit_page import REPO, wait_first_screen, wait_idle, wait_until
from tests.conftest import DORDRECHT

pytestmark = pytest.mark.browser

ARTIFACTS = REPO / "artifacts"
NAMES = (
    "Dordrecht A – alleen de krant",
    "Dordrecht B – krant + € 5.000 social",
    "Dordrecht C – om de week krant + € 15.000 social",
)
DOWNLOAD_MS = 120_000  # the proposal computes the uncertainty and the curves of three options


def open_tab(page, key: str, lang: str) -> None:
    page.get_by_role("tab", name=t(key, lang), exact=True).click()
    wait_idle(page, 90)


def pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True).stdout.decode()
    return " ".join(text.split())


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed")
def test_three_files_in_compare_make_the_proposal_in_dutch_and_english(page, tmp_path):
    files = []
    for name, print_eur, social_eur in zip(NAMES, (None, None, 17870), (0, 5000, 15000)):
        scenario = new_scenario(DORDRECHT, print_eur=print_eur, social_eur=social_eur, name=name)
        files.append(tmp_path / f"optie-{len(files)}.json")
        files[-1].write_text(scenario_to_json(scenario), encoding="utf-8")
    wait_first_screen(page)
    open_tab(page, "app.tab.compare", "nl")
    page.locator("[data-testid=stFileUploaderDropzoneInput][multiple]").first.set_input_files([str(f) for f in files])
    page.get_by_test_id("stTable").first.wait_for()
    wait_idle(page, 90)
    chart = page.get_by_test_id("stVegaLiteChart").last  # the comparison chart fits its column at 1440 px
    wait_until(page, lambda: chart.locator("canvas, svg").count(), "the comparison chart", 90)
    assert chart.evaluate("e => e.scrollWidth <= e.clientWidth + 1"), "the comparison chart is cut off on the right"
    open_tab(page, "app.tab.save_export", "nl")
    for letter, name in zip("ABC", NAMES):
        page.get_by_text(f"Optie {letter}: {name}").wait_for()
    proposed = page.get_by_role("radiogroup", name=t("pa.recommended", "nl"))
    assert proposed.get_by_role("radio", name="Optie C").is_checked()
    proposed.get_by_text("Optie B", exact=True).click()
    box = page.get_by_role("textbox", name=t("pa.decision", "nl"))
    # the run the click asks for may not have started yet: wait for what it draws, not for quiet
    wait_until(page, lambda: "(optie B)" in box.input_value(), "the decision to name option B", 90)
    wait_idle(page, 90)
    ARTIFACTS.mkdir(exist_ok=True)
    page.get_by_text(t("app.export.proposal", "nl"), exact=True).scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "proposal-tab-nl.png"))
    with page.expect_download(timeout=DOWNLOAD_MS) as info:
        page.get_by_role("button", name=t("app.export.proposal.button", "nl")).click()
    text = pdf_text(info.value.path())
    assert all(name in text for name in NAMES)
    assert "Optie B ✓" in text and "(optie B)" in text

    page.get_by_test_id("stSidebar").get_by_text("English", exact=True).click()
    wait_idle(page, 90)
    proposed = page.get_by_role("radiogroup", name=t("pa.recommended", "en"))
    assert proposed.get_by_role("radio", name="Option B").is_checked()
    own = "Management approves a six-month trial with €5,000 for social media."
    box = page.get_by_role("textbox", name=t("pa.decision", "en"))
    box.fill(own)
    box.press("Control+Enter")
    wait_idle(page, 90)
    page.get_by_text(t("pa.decision.reset", "en"), exact=True).wait_for()
    page.get_by_text(t("app.export.proposal", "en"), exact=True).scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "proposal-tab-en.png"))
    with page.expect_download(timeout=DOWNLOAD_MS) as info:
        page.get_by_role("button", name=t("app.export.proposal.button", "en")).click()
    text = pdf_text(info.value.path())
    assert own in text and "Option B ✓" in text and all(name in text for name in NAMES)


def test_a_download_right_after_the_scenario_download_works(page, tmp_path):
    """The race on purpose: the proposal clicked the moment the scenario file is downloaded. A
    scenario download that started a run replaced the proposal's id on the server while the
    browser still named the old one ("Deferred file … not found": the first click did nothing)."""
    wait_first_screen(page)
    open_tab(page, "app.tab.save_export", "nl")
    proposal = page.get_by_role("button", name=t("app.export.proposal.button", "nl"))
    proposal.wait_for()
    for _ in range(2):
        with page.expect_download(timeout=30_000) as scenario:
            page.get_by_role("button", name=t("app.save.download", "nl"), exact=True).click()
        with page.expect_download(timeout=DOWNLOAD_MS) as info:
            proposal.click()  # no wait in between
        assert scenario.value.suggested_filename.endswith(".json")
        assert info.value.suggested_filename.endswith(".pdf")
        assert info.value.path().read_bytes()[:5] == b"%PDF-"
