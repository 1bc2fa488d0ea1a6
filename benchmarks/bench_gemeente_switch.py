"""A gemeente switch in Chromium: from picking the gemeente until its name and figures show.

A warm server (one visit first), then per repeat a fresh browser context: open the app, wait for
the key figure "Inwoners bereikt", and switch to Zwolle, Schiermonnikoog and Amsterdam in turn.
Each switch is timed from the click on the option until the page's title names the gemeente and
"Inwoners bereikt" shows another number; then the run is left to finish before the next one.
Prints each gemeente's median and the times of every repeat. No floor: the 4-line app has no
gemeente.

Needs Debian's Chromium at /usr/bin/chromium and the ``playwright`` package. The server is
started here (``streamlit run app.py``) unless given by URL.

    python benchmarks/bench_gemeente_switch.py [--repeats 3] [--url URL]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import time
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_first_screen import CHROMIUM, CHROMIUM_ARGS, KEY_FIGURE  # noqa: E402
from servers import APP, streamlit_server  # noqa: E402

GEMEENTEN = ("Zwolle", "Schiermonnikoog", "Amsterdam")
TIMEOUT_S = 60.0
POLL_S = 0.02


def key_figure(page: Page) -> str:
    metric = page.get_by_test_id("stMetric").filter(
        has=page.get_by_test_id("stMetricLabel").get_by_text(KEY_FIGURE, exact=True)
    )
    return metric.first.get_by_test_id("stMetricValue").inner_text(timeout=TIMEOUT_S * 1000).strip()


def until(page: Page, condition, what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        with contextlib.suppress(Exception):  # an element being redrawn
            if condition():
                return
        page.wait_for_timeout(POLL_S * 1000)
    raise SystemExit(f"no {what} after {TIMEOUT_S:.0f} s")


def idle(page: Page) -> None:
    """Until Streamlit's running indicator and its skeletons are gone."""
    page.wait_for_timeout(300)
    until(
        page,
        lambda: (
            page.get_by_test_id("stStatusWidget").filter(has_text="Running").count() == 0
            and page.get_by_test_id("stSkeleton").count() == 0
        ),
        "end of the run",
    )


def switches(browser: Browser, url: str) -> dict[str, float]:
    """One fresh context: the seconds of each switch, by gemeente."""
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, locale="nl-NL")
    try:
        page = context.new_page()
        page.goto(url)
        until(page, lambda: any(c.isdigit() for c in key_figure(page)), "key figure")
        idle(page)
        times = {}
        for name in GEMEENTEN:
            before = key_figure(page)
            page.get_by_test_id("stSidebar").get_by_test_id("stSelectbox").first.click()
            page.keyboard.type(name)
            option = page.get_by_role("option", name=name, exact=True)
            option.wait_for()
            start = time.monotonic()
            option.click()
            until(
                page,
                lambda n=name, b=before: (
                    n in page.get_by_role("heading", level=1).first.inner_text() and key_figure(page) != b
                ),
                f"figures of {name}",
            )
            times[name] = time.monotonic() - start
            idle(page)
        return times
    finally:
        context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--url", help="budgetsim served elsewhere")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing (apt-get install chromium)")
    with contextlib.ExitStack() as stack:
        if args.url:
            url = args.url if args.url.endswith("/") else args.url + "/"
        else:
            url, pid = stack.enter_context(streamlit_server(APP))
            print(f"budgetsim: served at {url} by process {pid}", file=sys.stderr)
        print(
            f"gemeente switch, {args.repeats} fresh contexts, warm server; load average "
            f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores"
        )
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            switches(browser, url)  # warm-up: the server's first runs of these gemeenten
            runs = [switches(browser, url) for _ in range(args.repeats)]
            browser.close()
    for name in GEMEENTEN:
        seen = [run[name] for run in runs]
        print(f"{name:16} median {statistics.median(seen):5.2f} s  ({', '.join(f'{s:.2f}' for s in seen)})")
    print(f"load average afterwards {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
