"""Scenarios compared side by side: reach and budget per scenario."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import pandas as pd

from ..formatting import D3_PCT, fmt_int, fmt_pct
from ..i18n import band_label, t
from ..vegalite import channel, tooltips
from .context import as_context, as_sentence, finish_chart
from .style import SCENARIO_COLORS, SCREEN_SIZES, fill_legend, grouped_bars, series_style, style_names


def comparison_rows(named_evaluations: Iterable[tuple[str, object]]) -> list[dict]:
    """Rows for :func:`comparison_chart` from ``(scenario name, Evaluation)`` pairs."""
    return [{"name": name, "evaluation": ev} for name, ev in named_evaluations]


def _comparison_figures(row: Mapping) -> tuple[float, float, float, list[Mapping]]:
    """(target population, reached, reached 3+, band rows) of a comparison row: read from its
    Evaluation, or from the keys of ``Evaluation.to_dict()``."""
    ev = row.get("evaluation")
    if ev is not None:
        return (ev.total("target_population"), ev.total("reached"), ev.total("reached_3plus"), ev.band_rows())
    return row["target_population"], row["reached"], row["reached_3plus"], row.get("bands", [])


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def comparison_chart(
    rows: Sequence[Mapping], lang: str, context, *, width: int | None = None, height: int | None = None
):
    """Two to four scenarios side by side: reach %, reach 3+ % and reach % per age band.

    Each row is ``{"name": ..., "evaluation": Evaluation}`` (see :func:`comparison_rows`) or, as
    before, ``{"name": ..., **Evaluation.to_dict()}``.
    """
    ctx = as_context(context)
    rows = list(rows)
    if not rows:
        raise ValueError("comparison: give at least one scenario")
    w, h = width or SCREEN_SIZES["comparison"][0], height or SCREEN_SIZES["comparison"][1]
    names = _unique([str(r.get("name") or f"{t('common.scenario', lang)} {i + 1}") for i, r in enumerate(rows)])
    records, group_order = [], []

    def add(group: str, name: str, part: float, whole: float):
        share = part / whole if whole > 0 else 0.0
        if group not in group_order:
            group_order.append(group)
        records.append(
            {
                "group": group,
                "scenario": name,
                "share": share,
                "share_txt": fmt_pct(share, lang, 0),
                "reached_txt": fmt_int(part, lang),
            }
        )

    for name, row in zip(names, rows):
        population, reached, reached_3plus, bands = _comparison_figures(row)
        add(t("chart.comparison.total", lang), name, reached, population)
        add(t("chart.comparison.reach3", lang), name, reached_3plus, population)
        for band in bands:
            add(band_label(band["band"], lang), name, band["reached"], band["target_population"])
    data = pd.DataFrame(records)
    palette = list(SCENARIO_COLORS[: len(names)]) + ["#777777"] * max(0, len(names) - len(SCENARIO_COLORS))
    x = channel(
        "group",
        "N",
        title=None,
        sort=group_order,
        axis={"labelAngle": 0, "labelLimit": 140, "ticks": False, "labelFontSize": 10 if w < 450 else 11},
    )
    offset = channel("scenario", "N", sort=names, scale={"paddingInner": 0.08})
    y = channel(
        "share",
        "Q",
        title=t("chart.comparison.y", lang),
        scale={"domain": [0, 1]},
        axis={"format": D3_PCT, "tickCount": 5},
    )
    style = series_style("scenario", names, palette)
    legend = fill_legend(names, palette, x0=0, bottom=-16, width=w)
    tooltip = tooltips(
        ("scenario", t("common.scenario", lang)),
        ("group", t("chart.comparison.group", lang)),
        ("share_txt", t("metric.reach_share", lang)),
        ("reached_txt", t("fig.reached", lang)),
    )
    chart = grouped_bars(data, x, offset, y, style, tooltip, 10 if len(names) <= 2 and w >= 450 else 9, w, h, legend)
    per_name = [
        "{}: {}".format(name, ", ".join(f"{r['group']} {r['share_txt']}" for r in records if r["scenario"] == name))
        for name in names
    ]
    description = t(
        "chart.alt.comparison",
        lang,
        title=as_sentence(t("chart.comparison.title", lang)),
        styles=style_names(names, lang),
        rows="; ".join(per_name),
    )
    return finish_chart(chart, lang, ctx, t("chart.comparison.title", lang), width=w, description=description)
