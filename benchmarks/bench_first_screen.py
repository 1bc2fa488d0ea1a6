"""The first usable screen in Chromium: a fresh browser context until the key figure shows, against the floor.

Target (issue 20): budgetsim's first usable screen at most 1.3x the floor's, the 4-line app
``benchmarks/floor_app.py`` measured in the same run. Counted from the start of navigation in a
fresh browser context (no cache, no cookies) until the metric "Inwoners bereikt" shows a number
and the run is over: the browser has received the ``script_finished`` message that ends the run
chain, which is what takes Streamlit's running indicator away (budgetsim's ``toolbarMode =
"minimal"`` does not show that indicator, so the page's websocket messages are read instead). It
must stay so for :data:`STEADY_S` (no new run); the time counted is when it began. Warm servers:
one visit each before the timed ones, then the apps take turns.

Needs Debian's Chromium at /usr/bin/chromium and the ``playwright`` package (not its browser
download). The servers are started here (``streamlit run``, one process each) unless given by URL.

    python benchmarks/bench_first_screen.py [--repeats 5] [--url URL] [--floor-url URL]
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

sys.path.insert(0, str(Path(__file__).resolve().parent))
from servers import servers  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
KEY_FIGURE = "Inwoners bereikt"
STEADY_S = 0.5
POLL_S = 0.05
TIMEOUT_S = 120.0
#: A run chain ends with one of these (FINISHED_EARLY_FOR_RERUN comes between the runs of a chain).
CHAIN_ENDS = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_WITH_COMPILE_ERROR}

#: In the page, from its start: every websocket message with its time, and since when the key
#: figure has shown a number (checked at every frame the browser draws).
WATCH = """(() => {
    const Native = window.WebSocket;
    window.benchFrames = [];
    window.benchShownSince = null;
    window.WebSocket = class extends Native {
        constructor(...args) {
            super(...args);
            this.addEventListener("message", (event) => {
                if (!(event.data instanceof ArrayBuffer)) return;
                const bytes = new Uint8Array(event.data);
                let text = "";
                for (let i = 0; i < bytes.length; i += 8192) {
                    text += String.fromCharCode(...bytes.subarray(i, i + 8192));
                }
                window.benchFrames.push([performance.now(), btoa(text)]);
            });
        }
    };
    const shows = () => {
        const metric = [...document.querySelectorAll('[data-testid="stMetric"]')].find(
            (m) => m.querySelector('[data-testid="stMetricLabel"]')?.textContent.trim() === LABEL);
        return /[0-9]/.test(metric?.querySelector('[data-testid="stMetricValue"]')?.textContent ?? "");
    };
    const tick = () => {
        if (!shows()) window.benchShownSince = null;
        else if (window.benchShownSince === null) window.benchShownSince = performance.now();
        requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
})();
""".replace("LABEL", json.dumps(KEY_FIGURE))

#: New websocket messages since ``seen``, the key figure's time and the page's clock (ms).
READ = "(seen) => [window.benchFrames.slice(seen), window.benchShownSince, performance.now()]"


@dataclass
class Visit:
    """One visit's moments, in seconds from the start of navigation."""

    usable: float  # the key figure shows and the run chain has ended (and it stays so)
    run_started: float  # the first run's new_session arrives: page, scripts and websocket are up
    run_finished: float  # the run chain's script_finished arrives
    figure_shown: float  # the browser has drawn the key figure with a number


def first_screen(browser: Browser, url: str) -> Visit:
    """A visit in a fresh context until the screen is usable (and stays so)."""
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, locale="nl-NL")
    context.add_init_script(WATCH)
    try:
        page = context.new_page()
        page.goto(url, wait_until="commit")
        seen, running, started_at, finished_at = 0, True, None, 0.0
        while True:
            time.sleep(POLL_S)
            frames, shown_since, now = page.evaluate(READ, seen)
            seen += len(frames)
            for at, data in frames:
                message = ForwardMsg.FromString(base64.b64decode(data))
                kind = message.WhichOneof("type")
                if kind == "new_session":
                    running, started_at = True, started_at or at
                elif kind == "script_finished" and message.script_finished in CHAIN_ENDS:
                    running, finished_at = False, at
            if not running and shown_since is not None:
                usable_at = max(finished_at, shown_since)
                if now - usable_at >= STEADY_S * 1e3:
                    return Visit(usable_at / 1e3, started_at / 1e3, finished_at / 1e3, shown_since / 1e3)
            if now > TIMEOUT_S * 1e3:
                raise SystemExit(f"{url}: no usable screen after {TIMEOUT_S:.0f} s")
    finally:
        context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--url", help="budgetsim served elsewhere")
    parser.add_argument("--floor-url", help="the floor app served elsewhere")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing (apt-get install chromium)")
    with contextlib.ExitStack() as stack:
        urls = servers(stack, args.url, args.floor_url)
        print(
            f"first usable screen, {args.repeats} fresh contexts per app, warm servers; load average "
            f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores"
        )
        visits: dict[str, list[Visit]] = {name: [] for name in urls}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for url in urls.values():
                first_screen(browser, url)  # warm-up: the server's first run, Chromium's first page
            for _ in range(args.repeats):
                for name, url in urls.items():
                    visits[name].append(first_screen(browser, url))
            browser.close()
    for name, seen in visits.items():
        usable = [v.usable for v in seen]
        print(
            f"{name:10} median {statistics.median(usable):5.2f} s  ({', '.join(f'{u:.2f}' for u in usable)}); "
            f"medians: run started {statistics.median(v.run_started for v in seen):.2f} s, run finished "
            f"{statistics.median(v.run_finished for v in seen):.2f} s, figure drawn "
            f"{statistics.median(v.figure_shown for v in seen):.2f} s"
        )
    ours, floor = (statistics.median(v.usable for v in visits[name]) for name in ("budgetsim", "floor"))
    print(f"budgetsim/floor {ours / floor:.2f}x (target at most 1.3x)")
    print(f"load average afterwards {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
