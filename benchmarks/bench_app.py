"""Server-side rerun time of the app after a slider change, measured with Streamlit's AppTest.

Target (issue 4): under 300 ms for Amsterdam (110 wijken). Baseline in the same run: a rerun in
which nothing changed (every result cached), the floor that Streamlit and AppTest cost themselves;
a slider move adds the model, the curves, the uncertainty bands and the charts for the new budget.

    python benchmarks/bench_app.py [--runs 10]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def timed_run(at: AppTest) -> float:
    start = time.perf_counter()
    at.run()
    elapsed = time.perf_counter() - start
    if at.exception:
        raise SystemExit(f"the app raised: {at.exception[0].value}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    for label, show_bands in (("with uncertainty bands", True), ("without bands", False)):
        at = AppTest.from_file(APP, default_timeout=120)
        at.session_state["show_bands"] = show_bands
        timed_run(at)  # Dordrecht
        at.sidebar.selectbox(key="w:gemeente").set_value("GM0363")
        timed_run(at)  # Amsterdam
        times, floor = [], []
        for i in range(args.runs):
            at.slider(key="social_eur_slider").set_value(5000 + 250 * (i + 1))
            times.append(timed_run(at))
            floor.append(timed_run(at))  # the same again: nothing to compute
        move, still = statistics.median(times), statistics.median(floor)
        print(
            f"Amsterdam, {label}: rerun after a social-slider move: median {move * 1e3:4.0f} ms, "
            f"max {max(times) * 1e3:4.0f} ms over {args.runs} moves (target < 300 ms); rerun without a "
            f"change {still * 1e3:4.0f} ms; move/no change = {move / still:.1f}x"
        )


if __name__ == "__main__":
    main()
