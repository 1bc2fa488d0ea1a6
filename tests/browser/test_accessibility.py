"""Accessibility in the real browser (WCAG 2.1 AA): axe-core finds no violation of the
WCAG 2.0/2.1 A and AA rules on any tab, in Dutch and English, on a wide screen and a phone, also
after a slider move, a bad amount, a broken file and an opened scenario; the page's language follows
the UI; the budgets work with the keyboard alone, with a visible focus.

axe-core comes with the ``axe-playwright-python`` package (``pip install -e '.[test]'``). To keep the
run short, the matrix is split over the tests: Dutch at 1440 px and English at 390 px cover every
tab; the states after an action are checked on the tab that is open. Without Chromium or the
packages the tests skip themselves (and fail on CI): see ``conftest.py``.
"""

from __future__ import annotations

import json

import pytest

from budgetsim.formatting import parse_amount
from budgetsim.i18n import t
from tests.browser.streamlit_page import FIRST_RENDER_S, REPO, TIMEOUT_S, wait_idle, wait_until

pytestmark = pytest.mark.browser

#: The rules of WCAG 2.0 and 2.1, levels A and AA (what the Dutch government requires: EN 301 549).
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
TABS = (
    "app.tab.who_where",
    "app.tab.campaigns",
    "app.tab.assumptions",
    "app.tab.uncertainty",
    "app.tab.compare",
    "app.tab.save_export",
)
WIDE, PHONE = 1440, 390


def open_page(browser, server, width: int):
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_S * 1000)
    page.goto(server)
    page.get_by_test_id("stMetric").first.wait_for(timeout=FIRST_RENDER_S * 1000)
    settled(page, FIRST_RENDER_S)
    return context, page


def settled(page, timeout: float = TIMEOUT_S) -> None:
    """Until the run is over and nothing on the page is still faded as stale (a faded text would
    fail the contrast rule for a moment)."""
    wait_idle(page, timeout)
    wait_until(page, lambda: page.locator('[data-stale="true"]').count() == 0, "the stale elements to go", timeout)
    page.wait_for_timeout(400)  # charts draw after their element arrives


def violations(page, axe, where: str) -> list[str]:
    """axe's violations on the page now, one readable line per rule (with up to 3 elements)."""
    found = axe.run(page, options=AXE_OPTIONS).response["violations"]
    return [
        f"{where}: {v['id']} ({v['impact']}) on {len(v['nodes'])}: "
        + "; ".join(f"{n['target']} {n['failureSummary'][:160]!r}" for n in v["nodes"][:3])
        for v in found
    ]


def sidebar(page):
    """The sidebar, opened first where it starts closed (a phone)."""
    bar = page.get_by_test_id("stSidebar")
    expand = page.get_by_test_id("stExpandSidebarButton")
    if expand.count() and expand.get_attribute("aria-expanded") == "false":
        expand.click()
        page.wait_for_timeout(800)
    return bar


def close_sidebar_on_a_phone(page) -> None:
    if page.viewport_size["width"] < 700 and page.get_by_test_id("stSidebarCollapseButton").count():
        page.get_by_test_id("stSidebarCollapseButton").locator("button").first.click()
        page.wait_for_timeout(500)


def switch_language(page, lang: str) -> None:
    name = "English" if lang == "en" else "Nederlands"
    sidebar(page).get_by_test_id("stButtonGroup").get_by_text(name, exact=True).click()
    wait_until(
        page, lambda: page.get_by_role("tab", name=t(TABS[0], lang), exact=True).count() == 1, f"the tabs in {lang}"
    )
    settled(page)
    page.wait_for_timeout(1000)  # a switch may bring a second run (new widget keys)
    settled(page)


def open_tab(page, key: str, lang: str) -> None:
    page.get_by_role("tab", name=t(key, lang), exact=True).click()
    settled(page)


def amount_box(page, lang: str):
    return page.get_by_label(t("app.budget.social.exact", lang), exact=True)


def slider(page, lang: str):
    return page.get_by_role("slider", name=t("app.budget.social", lang))


@pytest.mark.parametrize("lang, width", [("nl", WIDE), ("en", PHONE)])
def test_no_axe_violations_on_any_tab(browser, server, axe, lang, width):
    context, page = open_page(browser, server, width)
    try:
        if lang != "nl":
            switch_language(page, lang)
        if width < 700:  # the open sidebar covers the page on a phone: axe it, then close it
            found_sidebar = violations(page, axe, f"{lang} {width}px sidebar open")
            close_sidebar_on_a_phone(page)
        else:
            found_sidebar = []
        assert page.evaluate("document.documentElement.lang") == lang  # WCAG 3.1.1
        found = found_sidebar
        for key in TABS:
            open_tab(page, key, lang)
            found += violations(page, axe, f"{lang} {width}px {t(key, lang)}")
        assert not found, "\n".join(found)
        assert page.get_by_test_id("stException").count() == 0
    finally:
        context.close()


def test_no_axe_violations_after_slider_bad_amount_broken_file_and_opened_scenario(
    browser,
    server,
    axe,
    tmp_path,
):
    lang = "nl"
    context, page = open_page(browser, server, WIDE)
    try:
        found = []
        # the slider moved with the keyboard
        before = amount_box(page, lang).input_value()
        slider(page, lang).focus()
        slider(page, lang).press("End")
        wait_until(page, lambda: amount_box(page, lang).input_value() != before, "the amount to follow the slider")
        settled(page)
        found += violations(page, axe, "after a slider move")

        # a bad amount typed: a message, and the page stays accessible
        box = amount_box(page, lang)
        box.fill("twaalf")
        box.press("Enter")
        wait_until(page, lambda: page.get_by_test_id("stAlert").count() > 0, "the message about the amount")
        settled(page)
        found += violations(page, axe, "after a bad amount")

        # a broken scenario file: a list of problems
        broken = tmp_path / "kapot.json"
        broken.write_text('{"schema_version": 2, "gemeente": 12', encoding="utf-8")
        expander = sidebar(page).get_by_test_id("stExpander").filter(has_text=t("app.open.title", lang))
        expander.get_by_text(t("app.open.title", lang), exact=True).click()
        expander.locator("input[type=file]").set_input_files(str(broken))
        wait_until(
            page,
            lambda: (
                page.get_by_test_id("stAlert").filter(has_text="kapot.json").count() > 0
                or page.locator('[data-testid="stAlertContentError"]').count() > 0
            ),
            "the message about the file",
        )
        settled(page)
        found += violations(page, axe, "after a broken file")

        # a good scenario opened
        good = REPO / "scenarios" / "dordrecht-5000-social.json"
        name = json.loads(good.read_text(encoding="utf-8"))["name"]
        expander.locator("input[type=file]").set_input_files(str(good))
        wait_until(
            page,
            lambda: page.get_by_text(t("app.open.done", lang, name=name), exact=True).count() == 1,
            "the scenario to open",
        )
        settled(page)
        found += violations(page, axe, "after opening a scenario")
        assert not found, "\n".join(found)
    finally:
        context.close()


def test_keyboard_reaches_the_budgets_and_sets_an_exact_amount(browser, server):
    """Tab from the top of the page reaches the social slider and then its amount box; the arrow
    keys move the slider; a typed amount sets it exactly; the focused control shows a ring."""
    lang = "nl"
    context, page = open_page(browser, server, WIDE)
    try:
        page.locator("body").focus()
        reached = []
        for _ in range(80):
            page.keyboard.press("Tab")
            info = page.evaluate("""() => { const e = document.activeElement; const s = getComputedStyle(e);
                return {label: e.getAttribute('aria-label') || e.getAttribute('aria-valuetext') || e.innerText || '',
                        role: e.getAttribute('role') || (e.type === 'range' ? 'slider' : e.tagName),
                        outline: parseFloat(s.outlineWidth) || 0,
                        outlineStyle: s.outlineStyle, shadow: s.boxShadow}; }""")
            reached.append(info)
            if info["label"].startswith(t("app.budget.social.exact", lang)):
                break
        labels = [r["label"] for r in reached]
        social = next(
            i
            for i, r in enumerate(reached)
            if r["role"] == "slider" and r["label"].startswith(t("app.budget.social", lang))
        )
        assert labels[-1].startswith(t("app.budget.social.exact", lang)), labels  # the box comes after the slider
        assert social < len(reached) - 1
        for r in reached:  # WCAG 2.4.7: every control reached shows where the focus is
            assert (r["outline"] >= 2 and r["outlineStyle"] != "none") or r["shadow"] not in ("", "none"), r

        # the amount box: an exact amount, and the slider follows
        box = amount_box(page, lang)
        page.keyboard.press("Control+A")
        page.keyboard.type("12.345")
        page.keyboard.press("Enter")
        wait_until(page, lambda: parse_amount(amount_box(page, lang).input_value()) == 12345, "the typed amount")
        settled(page)
        assert parse_amount(box.input_value()) == 12345

        # the slider with the arrow keys (one step of € 250)
        s = slider(page, lang)
        s.focus()
        start = float(s.input_value())
        assert abs(start - 12345) < 250  # the slider shows the typed amount, on its step of € 250
        s.press("ArrowRight")
        wait_until(
            page,
            lambda: parse_amount(amount_box(page, lang).input_value()) == start + 250,
            "the slider to move one step",
        )
        settled(page)

        # the tabs: reached with Tab, switched with the arrow keys
        page.get_by_role("tab", name=t(TABS[0], lang), exact=True).focus()
        page.keyboard.press("ArrowRight")
        page.keyboard.press("Enter")
        wait_until(
            page,
            lambda: page.get_by_role("tab", name=t(TABS[1], lang), exact=True).get_attribute("aria-selected") == "true",
            "the second tab to open with the keyboard",
        )
    finally:
        context.close()
