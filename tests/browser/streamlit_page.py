"""Driving the app in the browser: wait for Streamlit's runs, read a key figure, open a tab, take
a full-page screenshot. Used by every browser test; the fixtures are in ``conftest.py``."""

from __future__ import annotations

import time
from pathlib import Path

from budgetsim.i18n import t

REPO = Path(__file__).resolve().parents[2]
TIMEOUT_S = 30.0  # for one change on screen
FIRST_RENDER_S = 90.0  # the first run computes the curves, bands and uncertainty
NL = "nl"


def wait_until(page, condition, what: str, timeout: float = TIMEOUT_S):
    """Poll ``condition()`` until it returns something truthy; that value."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = condition()
        except Exception as exc:  # the element is being redrawn
            last = exc
        else:
            if last:
                return last
        page.wait_for_timeout(200)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what} (last: {last!r})")


def wait_idle(page, timeout: float = TIMEOUT_S) -> None:
    """Until the app is not running (Streamlit's status widget shows "Running..." while it is).

    It cannot see a run that has not started yet (under load the browser may ask for it later than
    300 ms after the click): after a change, wait for what the run draws (:func:`wait_until`)."""
    page.wait_for_timeout(300)
    wait_until(
        page,
        lambda: (
            page.get_by_test_id("stStatusWidget").filter(has_text="Running").count() == 0
            and page.get_by_test_id("stSkeleton").count() == 0
        ),
        "the app to finish its run",
        timeout,
    )


def wait_first_screen(page) -> None:
    """Until the first run has drawn the key figures (it computes curves, bands and uncertainty)."""
    page.get_by_test_id("stMetric").filter(has_text=t("app.fig.reached", NL)).first.wait_for(
        timeout=FIRST_RENDER_S * 1000
    )
    wait_idle(page, FIRST_RENDER_S)


def metric_value(page, label_key: str) -> str:
    label = t(label_key, NL)
    metric = page.get_by_test_id("stMetric").filter(
        has=page.get_by_test_id("stMetricLabel").get_by_text(label, exact=True)
    )
    return metric.get_by_test_id("stMetricValue").inner_text(timeout=2000).strip()


def reached(page) -> str:
    return metric_value(page, "app.fig.reached")


def open_tab(page, key: str) -> None:
    page.get_by_role("tab", name=t(key, NL), exact=True).click()
    wait_idle(page)


def full_page_screenshot(page, path: Path) -> None:
    """The whole page: Streamlit scrolls inside its own container, so make the window as tall as it."""
    height = page.evaluate(
        """() => Math.max(...['[data-testid="stMain"]', '[data-testid="stAppViewContainer"]',
                               '[data-testid="stMainBlockContainer"]', 'section.main']
               .map(s => document.querySelector(s)).filter(Boolean)
               .map(e => e.scrollHeight), document.body.scrollHeight)"""
    )
    page.set_viewport_size({"width": 1440, "height": int(min(max(height, 1000), 12000))})
    page.wait_for_timeout(1500)  # charts re-layout at the new size
    wait_idle(page)
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
