"""Uncertainty bands: 2,000 draws for Amsterdam (110 wijken; 517 buurten) and a 50-point saturation curve.

Baseline in the same run: a Python loop over the draws that builds a ``ReachModel`` per draw and
calls ``evaluate`` (the obvious implementation), timed on a slice of the draws and scaled.
Targets (issue 5): 2,000 draws under 150 ms; the bands of a 50-point curve under 1 s (for the
wijken; the buurten are measured against the same figures, as part of issue 9's app rerun at buurt
level under 300 ms).

    python benchmarks/bench_uncertainty.py
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import best_time, ms  # noqa: E402

from budgetsim import data  # noqa: E402
from budgetsim.allocation import split_by_audience  # noqa: E402
from budgetsim.assumptions import Assumptions  # noqa: E402
from budgetsim.model import ReachModel  # noqa: E402
from budgetsim.uncertainty import (  # noqa: E402
    FACTOR_PARAMETERS,
    curve_bands,
    draw_parameters,
    effective_ranges,
    uncertainty,
)


def model_for_draw(model: ReachModel, params: dict[str, np.ndarray], j: int) -> ReachModel:
    """A ReachModel with draw ``j``'s parameters (the loop baseline)."""
    a: Assumptions = model.assumptions
    for key, values in params.items():
        value = float(values[j])
        if key in FACTOR_PARAMETERS:
            base = a.get(key)
            value = {band: min(1.0, v * value) for band, v in base.items()}
        a = a.with_value(key, value)
    return replace(model, assumptions=a)


def main() -> None:
    for label, areas in (
        ("Amsterdam, 110 wijken", data.wijken("GM0363")),
        ("Amsterdam, 517 buurten", data.buurten("GM0363")),
    ):
        measure(label, ReachModel(areas))


def measure(label: str, model: ReachModel) -> None:
    print_eur = model.default_print_eur()
    social = split_by_audience(model, 5000.0)
    draws = 2000
    t_vec = best_time(lambda: uncertainty(model, print_eur, social, draws=draws), repeat=3)
    params = draw_parameters(model, effective_ranges(model), draws, 1)
    sample = 200
    start = time.perf_counter()
    loop = [model_for_draw(model, params, j).evaluate(print_eur, social).total("reached") for j in range(sample)]
    t_loop = (time.perf_counter() - start) * draws / sample
    vec = uncertainty(model, print_eur, social, draws=draws)
    print(
        f"{label}, 2,000 draws: vectorised {ms(t_vec)} (target < 150 ms); "
        f"loop over draws {ms(t_loop)} (from {sample} draws); {t_loop / t_vec:.0f}x"
    )
    print(
        f"  reached P10/P50/P90: {vec.totals['reached'].p10:,.0f} / {vec.totals['reached'].p50:,.0f} / "
        f"{vec.totals['reached'].p90:,.0f}; loop P50 over its {sample} draws: {np.median(loop):,.0f}"
    )
    budgets = np.linspace(0, 50000, 50)
    t_curve = best_time(
        lambda: curve_bands(model, np.full(50, print_eur), budgets, lambda s: split_by_audience(model, s), draws=draws),
        repeat=3,
    )
    print(
        f"  50-point saturation curve with 2,000 draws: {ms(t_curve)} (target < 1 s); loop estimate {ms(t_loop * 50)}"
    )


if __name__ == "__main__":
    main()
