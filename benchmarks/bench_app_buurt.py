"""Server-side rerun time of the app after a slider move at buurt level (issue 9), with AppTest.

Target: under 300 ms for Amsterdam (GM0363) at buurt level (517 buurten, 308 ad sets) with the
uncertainty bands on, the tab "Wie en waar" open (the map, the table per buurt and the plan per ad
set are drawn on every move). Baseline in the same run: a rerun in which nothing changed (every
result cached), the floor that Streamlit and AppTest cost themselves.

    python benchmarks/bench_app_buurt.py [--runs 10] [--split by_audience|optimal] [--profile]
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import os
import pstats
import statistics
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")


#: CPU seconds of the last run (the process's: the script's thread does the work, AppTest's waits);
#: on a busy machine the wall time also counts the time other processes had the cores.
LAST_CPU = [0.0]


def timed_run(at: AppTest) -> float:
    start, cpu = time.perf_counter(), time.process_time()
    at.run()
    elapsed = time.perf_counter() - start
    LAST_CPU[0] = time.process_time() - cpu
    if at.exception:
        raise SystemExit(f"the app raised: {at.exception[0].value}")
    if at.error:
        raise SystemExit(f"the app shows an error: {at.error[0].value}")
    return elapsed


def session(split: str, show_bands: bool = True) -> AppTest:
    """Amsterdam at buurt level, the given split, the tab 'Wie en waar' open."""
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["show_bands"] = show_bands
    timed_run(at)  # Dordrecht
    at.sidebar.selectbox(key="w:gemeente").set_value("GM0363")
    timed_run(at)
    at.sidebar.radio(key="w:level:nl").set_value("buurt")
    timed_run(at)
    if split != at.session_state["split"]:
        at.radio(key="w:split:nl").set_value(split)
        timed_run(at)
    assert len(at.session_state["last_social_by_area"]) > 100, "not at buurt level"
    return at


@contextlib.contextmanager
def profiled(profiler: cProfile.Profile | None):
    """Profile the script's runs (they run in a thread of their own) while inside."""
    if profiler is None:
        yield
        return
    from streamlit.runtime.scriptrunner import script_runner

    original = script_runner.ScriptRunner._run_script

    def run_script(self, *args, **kwargs):
        profiler.enable()
        try:
            return original(self, *args, **kwargs)
        finally:
            profiler.disable()

    script_runner.ScriptRunner._run_script = run_script
    try:
        yield
    finally:
        script_runner.ScriptRunner._run_script = original


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--split", default="by_audience", choices=["by_audience", "optimal"])
    parser.add_argument("--profile", action="store_true", help="print the top of a profile of the moves")
    args = parser.parse_args()
    at = session(args.split)
    times, cpu, floor = [], [], []
    profiler = cProfile.Profile(time.thread_time) if args.profile else None  # CPU time: fair on a busy machine
    for i in range(args.runs):
        at.slider(key="social_eur_slider").set_value(5000 + 250 * (i + 1))
        with profiled(profiler):
            times.append(timed_run(at))
        cpu.append(LAST_CPU[0])
        floor.append(timed_run(at))  # the same again: nothing to compute
    move, still = statistics.median(times), statistics.median(floor)
    load, cpu_move = os.getloadavg()[0], statistics.median(cpu)
    print(
        f"Amsterdam at buurt level (517 buurten), split {args.split}, uncertainty bands on, tab 'Wie en waar' "
        f"open: rerun after a social-slider move: median {move * 1e3:4.0f} ms wall ({cpu_move * 1e3:4.0f} "
        f"ms CPU), max {max(times) * 1e3:4.0f} ms over {args.runs} moves (target < 300 ms); rerun without a "
        f"change {still * 1e3:4.0f} ms; load average {load:.1f} on {os.cpu_count()} cores"
    )
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()
