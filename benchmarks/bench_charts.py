"""Making the app's charts for Amsterdam (110 wijken): the cost a slider move pays per chart.

The charts are written as Vega-Lite dicts (``budgetsim.vegalite``). Baseline in the same run: the
very same spec taken through Altair's object model (``from_dict`` + ``to_dict``, no validation),
which is what building it with Altair costs at the least; the charts used to be built that way.

    python benchmarks/bench_charts.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import altair as alt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import best_time, ms  # noqa: E402

from budgetsim import charts as C  # noqa: E402
from budgetsim import curves as K  # noqa: E402
from budgetsim.planning import ScenarioPlan, new_scenario  # noqa: E402
from budgetsim.uncertainty import uncertainty  # noqa: E402


def main() -> None:
    plan = ScenarioPlan(new_scenario("GM0363"))
    evaluation = plan.evaluate()
    model = plan.model
    curves = K.saturation_curve_data(model, plan.print_eur, plan.social_eur)
    bands = K.saturation_bands_data(model, plan.print_eur, plan.social_eur, df=curves, draws=300)
    sensitivity = uncertainty(model, plan.print_eur, evaluation.social_eur, draws=500).to_dict()["sensitivity"]
    rows = evaluation.area_rows()
    context = ("Amsterdam", "benchmark")
    makers = {
        "saturation + bands": lambda: C.saturation_chart(
            curves, plan.print_eur, plan.social_eur, "nl", context, bands=bands
        ),
        "age bands": lambda: C.age_band_chart(evaluation.band_rows(), "nl", context),
        "map (110 wijken)": lambda: C.wijk_map(
            model, {r["code"]: r["reach_share"] for r in rows}, "Deel bereikt", "nl", context
        ),
        "tornado": lambda: C.tornado_chart(sensitivity, "nl", context),
    }
    print(f"{'chart':22} {'dict spec':>12} {'via Altair':>12} {'ratio':>8}")
    total = total_altair = 0.0
    for name, make in makers.items():
        spec = make().to_dict()
        t_dict = best_time(lambda make=make: make().to_dict(), repeat=5, number=3)
        t_altair = best_time(
            lambda spec=spec: alt.VConcatChart.from_dict(spec, validate=False).to_dict(validate=False),
            repeat=3,
            number=1,
        )
        total, total_altair = total + t_dict, total_altair + t_altair
        print(f"{name:22} {ms(t_dict):>12} {ms(t_altair):>12} {t_altair / t_dict:7.0f}x")
    print(f"{'all four':22} {ms(total):>12} {ms(total_altair):>12} {total_altair / total:7.0f}x")


if __name__ == "__main__":
    main()
