"""The saturation chart's cost per social slider move, as the app pays it (Dordrecht, bands on).

A user drags the social slider: € 5.000 → 5.250 → 5.500 … Each position is a new scenario text,
so every cached result of the chart misses. The plan and its evaluation are made first, untimed
(the key figures need them anyway); then, timed one after the other as the app's chart call
makes them: the curves, the bands, the chart, its spec (``chart_spec``) and Streamlit's
``st.vega_lite_chart`` (bare mode: it marshals the spec as on the server, sends nothing).

    python benchmarks/bench_saturation_moves.py [--moves 20] [--split by_audience|optimal]
"""

from __future__ import annotations

import argparse
import logging
import statistics
import time

import streamlit as st

from budgetsim.planning import new_scenario, with_budget
from budgetsim.scenario import scenario_to_json
from budgetsim.ui import results as R

STEPS = ("curves", "bands", "chart", "spec", "vega_lite_chart")


def move(scenario_json: str) -> dict[str, float]:
    """Seconds per step of the chart for one slider position."""
    R.evaluation(scenario_json)  # untimed: the rest of the app makes the plan and its figures
    out = {}
    start = time.perf_counter()
    R.saturation_curves(scenario_json)
    out["curves"] = time.perf_counter() - start
    start = time.perf_counter()
    R.saturation_bands(scenario_json)
    out["bands"] = time.perf_counter() - start
    start = time.perf_counter()
    R.saturation_chart(scenario_json, "nl", True)
    out["chart"] = time.perf_counter() - start
    start = time.perf_counter()
    spec = R.chart_spec("saturation", scenario_json, "nl", True)
    out["spec"] = time.perf_counter() - start
    start = time.perf_counter()
    st.vega_lite_chart(spec=spec, theme=None)
    out["vega_lite_chart"] = time.perf_counter() - start
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--moves", type=int, default=20)
    parser.add_argument("--split", default="by_audience", choices=("by_audience", "optimal"))
    args = parser.parse_args()
    logging.getLogger("streamlit").setLevel(logging.ERROR)  # "no runtime" warnings of bare mode
    scenario = new_scenario("GM0505", social_eur=5000.0, social_split=args.split)
    move(scenario_to_json(scenario))  # the first screen: imports, data, caches filled
    times = [
        move(scenario_to_json(with_budget(scenario, social_eur=5000.0 + 250.0 * k))) for k in range(1, args.moves + 1)
    ]
    print(f"Dordrecht, {args.split}, {args.moves} moves of € 250 (median, max in ms)")
    for step in (*STEPS, "total"):
        values = [sum(t.values()) if step == "total" else t[step] for t in times]
        print(f"  {step:16} {1e3 * statistics.median(values):8.1f} {1e3 * max(values):8.1f}")


if __name__ == "__main__":
    main()
