"""Hosted budgetsim through the proxy, in the browser: scenarios per organisation across the two app
processes, the login refused without one organisation, and a process that stops losing no work.

Everything runs behind Caddy (``hosted`` in conftest.py); a browser context is sent to one process
or the other by Caddy's affinity cookie. The test that stops a process comes last in this file.
Screenshots of the stored-scenarios list and the draft offer, in Dutch and English, go to
``artifacts/hosted-*.png``.
"""

from __future__ import annotations

import json
import time

import pytest

from budgetsim.formatting import parse_amount
from budgetsim.i18n import t
from budgetsim.store import HostingSettings
from budgetsim.ui.storage import store_for
from tests.browser.streamlit_page import NL, REPO, open_tab, wait_idle, wait_until
from tests.hosted.conftest import ORG_A, ORG_B, ORG_CLAIM, USERS, identity

pytestmark = pytest.mark.browser

ARTIFACTS = REPO / "artifacts"


def store_on_screen(page, name: str, version: int = 1) -> None:
    """Type a name in "Opslaan en delen" and store the plan."""
    open_tab(page, "app.tab.save_export")
    box = page.get_by_label(t("app.save.name", NL), exact=True)
    box.fill(name)
    box.press("Enter")
    wait_idle(page)
    page.get_by_role("button", name=t("store.app.store", NL), exact=True).click()
    page.get_by_text(t("store.app.stored", NL, name=name, version=version), exact=True).wait_for()


def open_box(page, lang: str = NL):
    """Open the sidebar's "Scenario openen"; the box."""
    sidebar = page.get_by_test_id("stSidebar")
    box = sidebar.get_by_test_id("stExpander").filter(has_text=t("app.open.title", lang))
    box.get_by_text(t("app.open.title", lang), exact=True).click()
    wait_idle(page)
    box.get_by_text(t("app.open.upload", lang), exact=True).wait_for()
    return box


def stored_entries(box):
    """The entries of the stored-scenarios list."""
    return box.get_by_test_id("stRadio").get_by_test_id("stRadioOption")


def stored_names(box) -> list[str]:
    """The entries' texts, one line each (empty when the organisation has none)."""
    if box.get_by_text(t("store.app.none", NL), exact=True).count():
        return []
    return [" ".join(text.split()) for text in stored_entries(box).all_inner_texts()]


def social_box(page, lang: str = NL):
    return page.get_by_label(t("app.budget.social.exact", lang), exact=True)


def test_a_scenario_of_organisation_a_opens_through_the_other_process(log_in, hosted):
    page = log_in("anna", app=0)
    assert hosted.replica_of(page.context) == 0
    footer = t("store.footer.user", NL, name=USERS["anna"]["name"], org=ORG_A)
    assert page.get_by_text(footer, exact=True).count() == 1
    store_on_screen(page, "Plan A")

    other = log_in("anna", app=1)
    assert hosted.replica_of(other.context) == 1  # the cookie is Caddy's own: this is the other process
    box = open_box(other)
    names = stored_names(box)
    assert len(names) == 1 and names[0].startswith("Plan A (versie 1) ") and names[0].endswith("door Anna de Vries")
    stored_entries(box).filter(has_text="Plan A").click()
    wait_idle(other)
    box.get_by_role("button", name=t("store.app.open", NL), exact=True).click()
    other.get_by_text(t("store.app.opened", NL, name="Plan A", version=1), exact=True).wait_for()


def test_organisation_b_does_not_see_it_in_the_app_nor_in_store_list(log_in, hosted):
    page = log_in("bram")
    box = open_box(page)
    assert box.get_by_text(t("store.app.none", NL), exact=True).count() == 1
    assert stored_names(box) == []
    listed_b = hosted.store_cli("list", "--org", ORG_B, "--json")
    assert listed_b.returncode == 0, listed_b.stderr
    assert json.loads(listed_b.stdout) == []
    listed_a = hosted.store_cli("list", "--org", ORG_A, "--json")
    assert "Plan A" in [entry["name"] for entry in json.loads(listed_a.stdout)]


@pytest.mark.parametrize(
    ("subject", "sentence"),
    [
        ("zonder", t("store.login.no_org", NL, claim=ORG_CLAIM)),
        ("dubbel", t("store.login.several_orgs", NL, claim=ORG_CLAIM, count=2)),
    ],
)
def test_a_login_without_one_organisation_is_refused_in_one_sentence(log_in, subject, sentence):
    page = log_in(subject, first_screen=False)
    page.get_by_text(sentence, exact=True).wait_for()
    assert page.get_by_test_id("stMetric").count() == 0
    assert page.get_by_test_id("stSidebar").count() == 0


def test_the_processes_run_with_the_hosted_settings(log_in):
    """As the image runs them (``deploy/streamlit/config.toml``): the browser is told the hosted upload
    limit, 20 MB, not the laptop's 25 MB."""
    page = log_in("anna", app=1)
    box = open_box(page)
    box.get_by_text("20MB per file").wait_for()
    assert box.get_by_text("25MB per file").count() == 0


def test_screenshots_of_the_stored_list_and_the_draft_offer(log_in, hosted):
    """Not a check of its own: the stored-scenarios list and the draft offer as a user sees them."""
    ARTIFACTS.mkdir(exist_ok=True)
    for lang in ("nl", "en"):
        page = log_in("anna", app=0)
        switch_language(page, lang)
        box = open_box(page, lang)
        stored_entries(box).first.wait_for()
        page.screenshot(path=str(ARTIFACTS / f"hosted-stored-{lang}.png"))
        social_box(page, lang).fill("12000")
        social_box(page, lang).press("Enter")
        wait_idle(page)
        draft = wait_for_draft(hosted, "anna", 12000)
        page.reload()
        switch_language(page, lang)
        offer = t("store.draft.offer", lang, when="")[:10]
        page.get_by_text(offer).first.wait_for(timeout=90_000)
        wait_idle(page)
        page.screenshot(path=str(ARTIFACTS / f"hosted-draft-{lang}.png"))
        page.get_by_role("button", name=t("store.draft.decline", lang), exact=True).click()
        wait_idle(page)
        assert draft is not None


def switch_language(page, lang: str) -> None:
    if lang == "en":
        page.get_by_test_id("stSidebar").get_by_text("English", exact=True).click()
        wait_idle(page)


def wait_for_draft(hosted, subject: str, social_eur: float, timeout: float = 30.0):
    """The user's draft in the database once it holds ``social_eur``."""
    store = store_for(HostingSettings(hosted.database_url, ORG_CLAIM, REPO), identity(subject))
    return wait_until_value(lambda: _draft_with(store, social_eur), f"{subject}'s draft of {social_eur}", timeout)


def _draft_with(store, social_eur):
    draft = store.latest_draft()
    return draft if draft is not None and draft.scenario.budget.social_eur == social_eur else None


def wait_until_value(condition, what: str, timeout: float):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_a_stopped_process_s_users_land_on_the_other_with_their_scenarios_and_draft(log_in, hosted):
    page = log_in("cora", app=0)
    assert hosted.replica_of(page.context) == 0
    store_on_screen(page, "Plan C")
    social_box(page).fill("17000")
    social_box(page).press("Enter")
    wait_idle(page)
    wait_for_draft(hosted, "cora", 17000)

    hosted.apps[0].stop()
    # Streamlit's page reconnects on its own, through Caddy to the other process, and stays as it was
    # until the next click; that click runs on the other process, which offers the draft back
    page.wait_for_timeout(2000)
    page.get_by_role("tab", name=t("app.tab.who_where", NL), exact=True).click()
    offer = t("store.draft.offer", NL, when="")[: len("Verder met uw concept van")]
    page.get_by_text(offer).first.wait_for(timeout=120_000)
    assert hosted.replica_of(page.context) == 1  # Caddy moved the browser to the other process
    page.get_by_role("button", name=t("store.draft.take", NL), exact=True).click()
    wait_until(page, lambda: parse_amount(social_box(page).input_value()) == 17000, "the draft's social budget")
    names = stored_names(open_box(page))
    assert [n.split(" (versie")[0] for n in names][:1] == ["Plan C"]
