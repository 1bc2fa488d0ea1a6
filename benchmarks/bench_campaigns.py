"""Time evaluating a year of 20 campaigns on Amsterdam's 517 buurten (MODEL.md 2.2 "Campaigns").

Three figures in the same run: the plan without campaigns (``evaluate_split``, by audience), the
year with 20 campaigns once their ad sets are built (what a rerun with the same campaigns costs),
and the same from scratch (areas resolved and every campaign's ad sets built). Target: under 20 ms.

    python benchmarks/bench_campaigns.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import best_time, ms  # noqa: E402

from budgetsim import data  # noqa: E402
from budgetsim.allocation import evaluate_split  # noqa: E402
from budgetsim.bands import TARGETABLE_BANDS  # noqa: E402
from budgetsim.campaigns import Campaign, CampaignPlan  # noqa: E402
from budgetsim.model import ReachModel  # noqa: E402

AMSTERDAM = "GM0363"
PRINT_EUR = 40000.0
TARGET_MS = 20.0


def twenty_campaigns(model: ReachModel) -> tuple[Campaign, ...]:
    """Twenty campaigns over Amsterdam's buurten: some over everyone, most over a few wijken, with
    different age groups, weeks, splits and paper."""
    wijken = sorted(set(model.areas.wijk_codes))
    band_sets = [TARGETABLE_BANDS, ("15-24",), ("25-44", "45-64"), ("65+",), ("15-24", "25-44")]
    campaigns = []
    for j in range(20):
        areas = None if j % 5 == 0 else tuple(wijken[(7 * j + k) % len(wijken)] for k in range(1 + j % 6))
        first = 1 + (j * 5) % 40
        campaigns.append(
            Campaign(
                name=f"Campagne {j + 1}",
                weeks=(first, min(52, first + 3 + j % 10)),
                bands=band_sets[j % len(band_sets)],
                areas=areas,
                social_eur=500.0 + 100.0 * j,
                split="optimal" if j % 3 == 0 else "by_audience",
                in_paper=j % 2 == 0,
            )
        )
    return tuple(campaigns)


def main() -> None:
    model = ReachModel(data.gemeente_areas(AMSTERDAM, "buurt"))
    campaigns = twenty_campaigns(model)
    social = sum(c.social_eur for c in campaigns)
    plan = CampaignPlan(model, campaigns)
    plan.evaluate(PRINT_EUR)  # builds the ad sets once

    without = best_time(lambda: evaluate_split(model, PRINT_EUR, social, "by_audience"))
    built = best_time(lambda: plan.evaluate(PRINT_EUR))
    scratch = best_time(lambda: CampaignPlan(model, campaigns).evaluate(PRINT_EUR))
    print(f"Amsterdam, {len(model.areas)} buurten, {len(campaigns)} campaigns, € {social:,.0f} social")
    print(f"  without campaigns               {ms(without)}")
    print(f"  20 campaigns (ad sets built)    {ms(built)}   {built / without:5.1f}x without")
    print(f"  20 campaigns from scratch       {ms(scratch)}   {scratch / without:5.1f}x without")
    verdict = "met" if built * 1e3 < TARGET_MS else "NOT met"
    print(f"  target < {TARGET_MS:.0f} ms with the ad sets built: {verdict}")


if __name__ == "__main__":
    main()
