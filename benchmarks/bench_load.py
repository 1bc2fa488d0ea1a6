"""Reruns per second under load, over Streamlit's own websocket protocol, with a 4-line app as the floor.

Target (issue 20): with 10 sessions, budgetsim serves at least 0.6x the floor's reruns per second
(aim for 0.8x). The floor is ``benchmarks/floor_app.py`` (a slider keyed like budgetsim's social
slider, a metric, a line chart), measured in the same run.

N sessions at once, each as a browser tab does it: load the page (with a cookie jar of its own,
sent on the websocket handshake too, so that the load can go through a proxy with cookie
affinity), open the websocket at ``/_stcore/stream``, ask for the first run, then M times set the
social slider (widget key ``social_eur_slider``, found in the first run's elements) to a new value
and wait for the server's ``script_finished`` message of that run. No pause between moves: the
sessions keep the server busy. A rerun message carries the slider's state only (a browser sends
every widget's; the server keeps the values it has for the others).

Each app runs as its own ``streamlit run`` process, started here (one warm-up session first,
unless ``--cold``), or given by URL; with ``--url`` the floor is still started here unless
``--floor-url`` is given. Per app: time to open (page load to the first run's end), median and
p95 time per move (rerun message sent to ``script_finished``), reruns per second over the whole
load (opens and moves over the wall time); and budgetsim/floor for each.

    python benchmarks/bench_load.py [--sessions 10] [--moves 8] [--rounds 3] [--url URL] [--floor-url URL] [--cold]

With ``--rounds R`` (3 by default) the two apps take turns R times, in alternating order (budgetsim
first in odd rounds, the floor first in even ones), so that a busier minute of the machine does not
fall on one app only: the table pools the rounds (medians and p95 over all moves, reruns per second
as the median of the rounds) and a last line gives each round's budgetsim/floor of reruns per second.

``--sessions 1`` gives one session's time per move, the server otherwise idle. ``--scenario NAME``
has every budgetsim session open the file ``scenarios/NAME`` first (the sidebar's pick and its button,
one run chain counted as the open) and move the slider of that scenario: run it with a file with
campaigns and with one without to compare (e.g. ``dordrecht-tien-campagnes.json`` against
``dordrecht-5000-social.json``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import email.message
import os
import random
import statistics
import sys
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from http.cookiejar import CookieJar
from pathlib import Path

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.Slider_pb2 import Slider
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.asyncio.client import ClientConnection, connect

sys.path.insert(0, str(Path(__file__).resolve().parent))
from servers import servers  # noqa: E402

SLIDER_KEY = "social_eur_slider"
#: The sidebar's scenario pick and its button (budgetsim.ui.sidebar.open_ui).
PICK_KEY, OPEN_KEY = "open_pick", "open_pick_button"
RUN_TIMEOUT_S = 180.0
#: A run chain ends with one of these (FINISHED_EARLY_FOR_RERUN comes between the runs of a chain).
CHAIN_ENDS = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_WITH_COMPILE_ERROR}


class Tab:
    """One browser tab: its cookies, its websocket and what the server has told it."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.stream_url = url + "_stcore/stream"
        self.jar = CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.page_script_hash = ""
        self.cached_hashes: set[str] = set()
        self.slider: Slider | None = None
        self.widget_ids: dict[str, str] = {}  # the scenario pick and its button, by key
        self.errors: list[str] = []

    def load_page(self) -> None:
        """The requests a browser makes before it opens the websocket (blocking)."""
        for path in ("", "_stcore/health", "_stcore/host-config"):
            with self.opener.open(self.url + path, timeout=60) as response:
                response.read()

    def cookie_header(self) -> dict[str, str]:
        request = urllib.request.Request(self.stream_url)
        self.jar.add_cookie_header(request)
        cookie = request.get_header("Cookie")
        return {"Cookie": cookie} if cookie else {}

    def keep_cookies(self, ws: ClientConnection) -> None:
        """Cookies that the handshake's answer sets (a proxy may set its affinity cookie there)."""
        headers = email.message.Message()
        for name, value in ws.response.headers.raw_items():
            headers[name] = value
        self.jar.extract_cookies(_Answer(headers), urllib.request.Request(self.stream_url))

    @contextlib.asynccontextmanager
    async def websocket(self):
        parts = urllib.parse.urlsplit(self.stream_url)
        ws_url = parts._replace(scheme="wss" if parts.scheme == "https" else "ws").geturl()
        xsrf = next((c.value for c in self.jar if c.name == "_streamlit_xsrf"), None)
        async with connect(
            ws_url,
            origin=f"{parts.scheme}://{parts.netloc}",
            subprotocols=["streamlit", xsrf] if xsrf else ["streamlit"],
            additional_headers=self.cookie_header(),
            max_size=None,
            ping_interval=None,  # Streamlit's own heartbeat is a message; the runs are short
            open_timeout=60,
        ) as ws:
            self.keep_cookies(ws)
            yield ws

    async def run(self, ws: ClientConnection, *widgets: WidgetState) -> float:
        """Ask for a rerun with these widget states; seconds until its run chain has finished."""
        message = BackMsg()
        state = message.rerun_script
        state.page_script_hash = self.page_script_hash
        state.cached_message_hashes.extend(sorted(self.cached_hashes))
        state.widget_states.widgets.extend(widgets)
        state.context_info.timezone = "Europe/Amsterdam"
        state.context_info.locale = "nl-NL"
        state.context_info.url = self.url
        start = time.perf_counter()
        await ws.send(message.SerializeToString())
        async with asyncio.timeout(RUN_TIMEOUT_S):
            while not self.read(await ws.recv()):
                pass
        return time.perf_counter() - start

    def read(self, data: bytes) -> bool:
        """Take in one ForwardMsg; whether it ends the run chain."""
        message = ForwardMsg.FromString(data)
        if message.metadata.cacheable:
            self.cached_hashes.add(message.hash)
        kind = message.WhichOneof("type")
        if kind == "delta":
            element = message.delta.new_element
            what = element.WhichOneof("type")
            if what == "slider" and self.slider is None and element.slider.id.endswith(SLIDER_KEY):
                self.slider = Slider()
                self.slider.CopyFrom(element.slider)
            elif what in ("selectbox", "button"):
                widget_id = getattr(element, what).id
                for key in (PICK_KEY, OPEN_KEY):
                    if widget_id.endswith(key):
                        self.widget_ids[key] = widget_id
            elif what == "exception":
                self.errors.append(f"{element.exception.type}: {element.exception.message}")
        elif kind == "new_session":
            self.page_script_hash = message.new_session.page_script_hash
        elif kind == "session_event" and message.session_event.HasField("script_compilation_exception"):
            self.errors.append(message.session_event.script_compilation_exception.message)
        elif kind == "script_finished":
            return message.script_finished in CHAIN_ENDS
        return False


class _Answer:
    """The handshake's answer as http.cookiejar reads a response."""

    def __init__(self, headers: email.message.Message) -> None:
        self._headers = headers

    def info(self) -> email.message.Message:
        return self._headers


def slider_values(slider: Slider, moves: int, rng: random.Random) -> list[float]:
    """``moves`` values on the slider's steps, each different from the one before."""
    steps = int(round((slider.max - slider.min) / slider.step))
    value = slider.value[0] if slider.value else slider.default[0]
    values = []
    for _ in range(moves):
        new = value
        while new == value:
            new = slider.min + rng.randint(0, steps) * slider.step
        values.append(new)
        value = new
    return values


@dataclass
class Load:
    opens: list[float] = field(default_factory=list)
    moves: list[float] = field(default_factory=list)
    wall_s: float = 0.0
    label: str = ""

    @property
    def reruns_per_s(self) -> float:
        return (len(self.opens) + len(self.moves)) / self.wall_s


async def session(url: str, moves: int, rng: random.Random, load: Load, scenario: str | None = None) -> None:
    """One tab: open the app (and the file ``scenario`` of its scenarios folder), then move the
    social slider ``moves`` times."""
    tab = Tab(url)
    start = time.perf_counter()
    await asyncio.to_thread(tab.load_page)
    async with tab.websocket() as ws:
        await tab.run(ws)
        if scenario is not None:
            await open_scenario(tab, ws, scenario)
        load.opens.append(time.perf_counter() - start)
        if tab.slider is None:
            raise SystemExit(f"{url}: no slider keyed {SLIDER_KEY} in the first run ({tab.errors or 'no error'})")
        load.label = tab.slider.label
        for value in slider_values(tab.slider, moves, rng):
            widget = WidgetState(id=tab.slider.id)
            widget.double_array_value.data.append(value)
            load.moves.append(await tab.run(ws, widget))
    if tab.errors:
        raise SystemExit(f"{url}: the app showed an error: {tab.errors[0]}")


async def open_scenario(tab: Tab, ws: ClientConnection, name: str) -> None:
    """Pick ``name`` in the sidebar's list of scenario files and press its button (the app reruns
    with the file opened); the slider is read again from that run."""
    if set(tab.widget_ids) != {PICK_KEY, OPEN_KEY}:
        raise SystemExit(f"{tab.url}: no scenario pick in the first run ({tab.errors or 'no error'})")
    pick = WidgetState(id=tab.widget_ids[PICK_KEY])
    pick.string_value = name
    press = WidgetState(id=tab.widget_ids[OPEN_KEY])
    press.trigger_value = True
    tab.slider = None
    await tab.run(ws, pick, press)


async def measure(
    url: str, sessions: int, moves: int, warm: bool, scenario: str | None = None, round_number: int = 0
) -> Load:
    """The load of ``sessions`` tabs at once; each round its own slider values (no cached plan of an
    earlier round)."""
    if warm:
        await session(url, 1, random.Random(-1), Load(), scenario)
    load = Load()
    start = time.perf_counter()
    seeds = range(round_number * sessions, (round_number + 1) * sessions)
    await asyncio.gather(*(session(url, moves, random.Random(seed), load, scenario) for seed in seeds))
    load.wall_s = time.perf_counter() - start
    return load


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18] if len(values) > 1 else values[0]


def report(rounds: list[dict[str, Load]]) -> None:
    """The table over all rounds, and each round's ratio of reruns per second."""

    def pooled(name: str, part: str) -> list[float]:
        return [value for loads in rounds for value in getattr(loads[name], part)]

    def rate(name: str) -> float:
        return statistics.median(loads[name].reruns_per_s for loads in rounds)

    rows = [
        ("open (page to first run), median", lambda n: statistics.median(pooled(n, "opens")), "s", 1),
        ("per slider move, median", lambda n: statistics.median(pooled(n, "moves")), "ms", 1e3),
        ("per slider move, p95", lambda n: p95(pooled(n, "moves")), "ms", 1e3),
        ("reruns per second (opens + moves)", rate, "/s", 1),
        ("wall time of the load", lambda n: statistics.median(loads[n].wall_s for loads in rounds), "s", 1),
    ]
    print(f"{'':36} {'budgetsim':>12} {'floor':>12} {'budgetsim/floor':>16}")
    for name, value, unit, scale in rows:
        a, b = value("budgetsim"), value("floor")
        print(f"{name:36} {a * scale:9.2f} {unit:2} {b * scale:9.2f} {unit:2} {a / b:15.2f}x")
    ratios = [loads["budgetsim"].reruns_per_s / loads["floor"].reruns_per_s for loads in rounds]
    print(
        f"reruns per second, budgetsim/floor per round: {', '.join(f'{r:.2f}x' for r in ratios)}"
        f" (median {statistics.median(ratios):.2f}x)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--moves", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3, help="turns of the two apps, in alternating order")
    parser.add_argument("--url", help="budgetsim served elsewhere (e.g. through a proxy)")
    parser.add_argument("--floor-url", help="the floor app served elsewhere")
    parser.add_argument(
        "--cold", action="store_true", help="no warm-up session: the first round's load meets the first run"
    )
    parser.add_argument("--scenario", help="a file in scenarios/ that every budgetsim session opens first")
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        urls = servers(stack, args.url, args.floor_url)
        print(
            f"{args.sessions} sessions x {args.moves} social-slider moves each, {'cold' if args.cold else 'warm'} "
            f"servers{f', budgetsim with {args.scenario}' if args.scenario else ''}; "
            f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores"
        )
        rounds = []
        for number in range(args.rounds):
            order = list(urls) if number % 2 == 0 else list(reversed(urls))
            warm = not args.cold and number == 0  # later rounds meet servers the first round warmed
            scenario = {"budgetsim": args.scenario, "floor": None}
            rounds.append(
                {
                    name: asyncio.run(measure(urls[name], args.sessions, args.moves, warm, scenario[name], number))
                    for name in order
                }
            )
    report(rounds)
    print(f"load average afterwards {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
