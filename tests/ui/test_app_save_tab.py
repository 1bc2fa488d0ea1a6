"""The budget proposal in "Opslaan en delen", driven headless through AppTest: the options
from Vergelijken, the proposed option, the decision sentence, and the files a click downloads, read
back with poppler's ``pdftotext`` and python-docx."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest

from budgetsim.i18n import t
from budgetsim.planning import new_scenario
from budgetsim.proposal import default_decision
from budgetsim.scenario import scenario_to_json
from tests.conftest import DORDRECHT
from tests.ui.apptest import fresh, open_tab, run

needs_pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed")
AMSTERDAM = "GM0363"
NAMES = ("Dordrecht zonder social", "Dordrecht met 5000 social", "Dordrecht met 15000 social")


def pdf_text(pdf: bytes) -> str:
    """The PDF's text as a reader copies it, with its lines joined (a sentence may wrap)."""
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    return " ".join(text.split())


def docx_text(data: bytes) -> str:
    from docx import Document

    document = Document(io.BytesIO(data))
    cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
    return " ".join(" ".join([p.text for p in document.paragraphs] + cells).split())


def as_file(scenario) -> bytes:
    return scenario_to_json(scenario).encode("utf-8")


def three_options():
    return [new_scenario(DORDRECHT, social_eur=eur, name=name) for name, eur in zip(NAMES, (0, 5000, 15000))]


def compare_files(at, scenarios, lang: str = "nl"):
    """Open ``scenarios`` in Vergelijken, then go to "Opslaan en delen"."""
    open_tab(at, t("app.tab.compare", lang))
    at.file_uploader(key="compare_upload").set_value(
        [(f"optie-{i}.json", as_file(s), "application/json") for i, s in enumerate(scenarios)]
    )
    run(at)
    return open_tab(at, t("app.tab.save_export", lang))


@pytest.fixture
def fetch(media):
    """The bytes a download button hands over on a click (``media`` of test_app)."""
    return media


def markdown(at) -> str:
    return "\n".join(m.value for m in at.markdown)


@needs_pdftotext
def test_by_default_the_current_plan_alone(fetch):
    at = fresh()
    open_tab(at, t("app.tab.save_export", "nl"))
    name = at.session_state["name"]
    assert t("pa.options.current", "nl", name=name) in markdown(at)
    assert not [r for r in at.radio if r.key.startswith("proposal_pick")], "one option: nothing to choose"
    default = at.text_area(key="proposal_decision_box").value
    assert default.startswith("Het MT wordt gevraagd") and "(optie A)" in default
    text = pdf_text(fetch(at.download_button(key="proposal_pdf")))
    assert "Optie A" in text and "Optie B" not in text
    assert default in text
    assert default in docx_text(fetch(at.download_button(key="proposal_docx")))


@needs_pdftotext
def test_three_files_opened_in_compare_are_the_three_options(fetch):
    at = compare_files(fresh(), three_options())
    shown = markdown(at)
    for letter, name in zip("ABC", NAMES):  # the names the user sees in Vergelijken, with their letters
        assert t("pa.option.line", "nl", letter=letter, name=name) in shown
    assert at.radio(key="proposal_pick:nl").value == 2  # the last is proposed, as on the command line
    assert at.text_area(key="proposal_decision_box").value == default_decision(three_options(), "nl")
    text = pdf_text(fetch(at.download_button(key="proposal_pdf")))
    for name in NAMES:
        assert name in text
    for letter in "ABC":
        assert f"Optie {letter}" in text
    assert "(optie C)" in text


@needs_pdftotext
def test_the_proposed_option_and_an_edited_decision_go_into_the_documents(fetch):
    at = compare_files(fresh(), three_options())
    run(at.radio(key="proposal_pick:nl").set_value(1))
    default_b = default_decision(three_options(), "nl", 1)
    assert at.text_area(key="proposal_decision_box").value == default_b
    own = "Het MT besluit tot een proef van een half jaar met € 5.000 voor social media in Dordrecht."
    run(at.text_area(key="proposal_decision_box").set_value(own))
    assert at.text_area(key="proposal_decision_box").value == own
    assert any(default_b in c.value for c in at.caption), "the standard text stays in sight"
    open_tab(at, t("app.tab.who_where", "nl"))  # the edit survives leaving the tab
    open_tab(at, t("app.tab.save_export", "nl"))
    assert at.text_area(key="proposal_decision_box").value == own
    assert own in pdf_text(fetch(at.download_button(key="proposal_pdf")))
    assert own in docx_text(fetch(at.download_button(key="proposal_docx")))
    run(at.button(key="proposal_decision_reset").click())
    assert at.text_area(key="proposal_decision_box").value == default_b
    assert default_b in pdf_text(fetch(at.download_button(key="proposal_pdf")))


def test_an_empty_decision_is_said_and_offers_no_file():
    at = fresh()
    open_tab(at, t("app.tab.save_export", "nl"))
    run(at.text_area(key="proposal_decision_box").set_value("   "))
    assert any(t("pa.decision.empty", "nl") in w.value for w in at.warning)
    assert not [b for b in at.get("download_button") if b.key == "proposal_pdf"]
    run(at.button(key="proposal_decision_reset").click())
    assert [b for b in at.get("download_button") if b.key == "proposal_pdf"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_options_of_different_gemeenten_give_a_message_and_nothing_is_lost(fetch, lang):
    at = fresh()
    if lang == "en":
        run(at.button_group(key="lang").set_value("en"))
    amsterdam = new_scenario(AMSTERDAM, name="Amsterdam jongeren")
    at = compare_files(at, [three_options()[1], amsterdam], lang)
    errors = [e.value for e in at.error]
    assert any(
        ("dezelfde gemeente" if lang == "nl" else "same municipality") in e and "Amsterdam" in e for e in errors
    ), errors
    assert not at.exception
    keys = {b.key for b in at.get("download_button")}
    assert "proposal_pdf" not in keys
    assert {"save_download", "png_saturation", "wijk_csv"} <= keys  # the rest of the tab stays
    assert fetch(at.download_button(key="save_download")).startswith(b"{")
    assert at.session_state["gemeente"] == DORDRECHT  # the settings are untouched


def test_the_proposed_option_stays_through_a_language_switch():
    at = compare_files(fresh(), three_options())
    run(at.radio(key="proposal_pick:nl").set_value(0))
    run(at.button_group(key="lang").set_value("en"))
    assert at.radio(key="proposal_pick:en").value == 0
    assert [o for o in at.radio(key="proposal_pick:en").options] == ["Option A", "Option B", "Option C"]
    assert at.text_area(key="proposal_decision_box").value == default_decision(three_options(), "en", 0)


def test_no_download_button_starts_a_run():
    """A run replaces the id of every deferred download on the page, and a click the browser sends
    during it names the old id: a download that started a run (a callback) broke the next one."""
    at = fresh()
    seen = {}
    for tab in ("app.tab.who_where", "app.tab.compare", "app.tab.save_export"):
        open_tab(at, t(tab, "nl"))
        seen.update({b.key: b.proto.ignore_rerun for b in at.get("download_button")})
    seen.update({b.key or b.label: b.proto.ignore_rerun for b in at.sidebar.get("download_button")})
    assert {"save_download", "proposal_pdf", "png_saturation", "ad_sets_csv"} <= set(seen)
    assert [key for key, ignored in seen.items() if not ignored] == []
