"""Time ``ReachModel.evaluate`` on Amsterdam (110 wijken, 517 buurten) and on all of the Netherlands
(3,393 wijken; 14,574 buurten).

Baseline in the same run: the same formulas evaluated with a Python loop over areas and bands
(scalar scipy calls), the way a first spreadsheet-like implementation would do it.
Targets: under 1 ms for Amsterdam's wijken (issue 2), under 10 ms for the Netherlands, at wijk
level (issue 2) and at buurt level with ad sets (issue 9).

    python benchmarks/bench_evaluate.py
"""

from __future__ import annotations

import math
import sys
from functools import partial
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
    """Reached residents with a Python loop over areas and bands (the baseline).

    Ad sets as in MODEL.md: the euros and audience of each ad set's areas are summed first, and
    every area of the ad set gets the ad set's contacts."""
    pa, sa = model.assumptions.print, model.assumptions.social
    n = print_eur / model.price_per_insertion
    scale = 1 / pa.loyalty - 1
    audience = [
        sum(model.target_population[i, a] * model.platform_share[a] for a in range(len(BANDS)))
        for i in range(len(model.areas))
    ]
    set_euros: dict[int, float] = {}
    set_audience: dict[int, float] = {}
    for i, s in enumerate(model.ad_sets.area_set):
        if s >= 0:
            set_euros[s] = set_euros.get(s, 0.0) + social[i]
            set_audience[s] = set_audience.get(s, 0.0) + audience[i]
    total = 0.0
    for i in range(len(model.areas)):
        s = model.ad_sets.area_set[i]
        x = 0.0
        if s >= 0 and set_audience[s] > 0:
            x = 1000 * set_euros[s] / sa.cpm_eur * sa.on_target_share * sa.noticed_share / set_audience[s]
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
    cases = [
        ("Amsterdam (110 wijken)", data.wijken("GM0363"), 1.0),
        ("Amsterdam (517 buurten)", data.buurten("GM0363"), None),
        ("Nederland (3,393 wijken)", data.all_wijken(), 10.0),
        ("Nederland (14,574 buurten)", data.all_buurten(), 10.0),
    ]
    print(f"{'case':28} {'ad sets':>8} {'evaluate':>12} {'loop baseline':>14} {'speed-up':>9} {'target':>9}")
    for label, areas, target_ms in cases:
        model = ReachModel(areas)
        print_eur = model.default_print_eur()
        social = split_by_audience(model, 5000.0 * len(areas) / 13)
        fast = model.evaluate(print_eur, social)
        slow = loop_reached(model, print_eur, social)
        assert abs(fast.total("reached") - slow) < 1e-6 * slow, "baseline disagrees with the model"
        t_fast = best_time(partial(model.evaluate, print_eur, social))
        t_slow = best_time(partial(loop_reached, model, print_eur, social), repeat=3)
        if target_ms is None:
            verdict = ""
        else:
            verdict = f"<{target_ms:g} ms " + ("ok" if t_fast * 1e3 < target_ms else "MISSED")
        print(f"{label:28} {len(model.ad_sets):8d} {ms(t_fast):>12} {ms(t_slow):>14} {t_slow / t_fast:8.0f}x {verdict}")
    print(
        "evaluate = every figure (reach by channel, 3+, frequencies, marginals, per area and per ad set); "
        "the baseline computes reached only. Best of 5 rounds; the machine is shared, so figures vary."
    )


if __name__ == "__main__":
    main()
