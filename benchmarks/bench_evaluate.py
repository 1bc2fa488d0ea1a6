"""Time ``ReachModel.evaluate`` on Amsterdam (110 wijken) and on all 3,393 wijken of the Netherlands.

Baseline in the same run: the same formulas evaluated with a Python loop over areas and bands
(scalar scipy calls), the way a first spreadsheet-like implementation would do it.
Targets (issue 2): under 1 ms for Amsterdam, under 10 ms for the Netherlands.

    python benchmarks/bench_evaluate.py
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import numpy as np
from scipy.special import betaln

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import best_time, ms  # noqa: E402

from budgetsim import data  # noqa: E402
from budgetsim.allocation import split_by_audience  # noqa: E402
from budgetsim.bands import BANDS  # noqa: E402
from budgetsim.model import ReachModel  # noqa: E402


def loop_reached(model: ReachModel, print_eur: float, social: np.ndarray) -> float:
    """Reached residents with a Python loop over areas and bands (the baseline)."""
    pa, sa = model.assumptions.print, model.assumptions.social
    n = print_eur / model.price_per_insertion
    scale = 1 / pa.loyalty - 1
    total = 0.0
    for i in range(len(model.areas)):
        audience = sum(model.target_population[i, a] * model.platform_share[a] for a in range(len(BANDS)))
        x = 0.0
        if audience > 0:
            x = 1000 * social[i] / sa.cpm_eur * sa.on_target_share * sa.noticed_share / audience
        g = 1 - (1 + x / sa.spread) ** (-sa.spread)
        for a in range(len(BANDS)):
            people = model.target_population[i, a]
            if people == 0:
                continue
            p = model.page_seen[a]
            alpha, beta = p * scale, (1 - p) * scale
            rp = pa.delivery_share * (1 - math.exp(betaln(alpha, beta + n) - betaln(alpha, beta)))
            rs = model.platform_share[a] * g
            total += people * (1 - (1 - rp) * (1 - rs))
    return total


def main() -> None:
    cases = [("Amsterdam (110 wijken)", data.wijken("GM0363"), 1.0),
             ("Nederland (3,393 wijken)", data.all_wijken(), 10.0)]
    print(f"{'case':28} {'evaluate':>12} {'loop baseline':>14} {'speed-up':>9} {'target':>9}")
    for label, areas, target_ms in cases:
        model = ReachModel(areas)
        print_eur = model.default_print_eur()
        social = split_by_audience(model, 5000.0 * len(areas) / 13)
        fast = model.evaluate(print_eur, social)
        slow = loop_reached(model, print_eur, social)
        assert abs(fast.total("reached") - slow) < 1e-6 * slow, "baseline disagrees with the model"
        t_fast = best_time(lambda: model.evaluate(print_eur, social))
        t_slow = best_time(lambda: loop_reached(model, print_eur, social), repeat=3)
        verdict = "ok" if t_fast * 1e3 < target_ms else "MISSED"
        print(f"{label:28} {ms(t_fast):>12} {ms(t_slow):>14} {t_slow / t_fast:8.0f}x "
              f"<{target_ms:g} ms {verdict}")
    print("evaluate = every figure (reach by channel, 3+, frequencies, marginals); "
          "the baseline computes reached only.")


if __name__ == "__main__":
    main()
