"""The own figures: the Ads Manager export's rows against the fitted reach curve."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .. import vegalite as vl
from ..formatting import D3_INT, fmt_int
from ..i18n import t
from ..vegalite import channel, tooltips
from .context import as_context, finish_chart
from .style import SCREEN_SIZES, SOCIAL_COLOR

#: Colour of export rows that are not used (grey: they are shown, not counted).
SKIPPED_COLOR = "#888888"


def calibration_description(rows: Iterable[Mapping], lang: str, not_used: Mapping[str, str] | None = None) -> str:
    """The chart in a sentence, for screen readers: how many rows, and how far the line lies from
    the measured reach on average (relative to it). ``not_used`` (``{value in words: why}``) are
    the line's values that are not used: then the sentence says the line is what the figures would
    give, not values from them in use."""
    used = [r for r in rows if r.get("used") and r.get("reach") and r.get("predicted_reach") is not None]
    gap = (
        sum(abs(float(r["predicted_reach"]) - float(r["reach"])) / float(r["reach"]) for r in used) / len(used)
        if used
        else 0.0
    )
    shown = [
        t("chart.calibration.alt_row", lang, row=r["row"], reach=r["reach"], predicted=r["predicted_reach"])
        for r in used[:12]
    ]
    rows_text = "; ".join(shown) + ("; …" if len(used) > 12 else "")
    title = t("chart.calibration.title", lang)
    if not not_used:
        return t("chart.calibration.description", lang, title=title, n=len(used), gap=gap, rows=rows_text)
    reasons = "; ".join(f"{words}: {why}" for words, why in not_used.items())
    return t(
        "chart.calibration.description_not_used",
        lang,
        title=title,
        n=len(used),
        gap=gap,
        rows=rows_text,
        reasons=reasons,
    )


def calibration_chart(
    rows: Iterable[Mapping],
    curves: Iterable[Mapping],
    lang: str,
    context,
    *,
    width: int | None = None,
    height: int | None = None,
    not_used: Mapping[str, str] | None = None,
):
    """Observed against predicted reach of an Ads Manager export: the reach of every row against
    its impressions (filled points: used; grey open points: not used) and the fitted reach curve
    of each group of rows (one targeting, one age group) as a line; ``not_used`` (``{value in
    words: why}``) are the line's values that are not used, so the line is not called "from your
    figures".

    ``rows`` are ``{row, name, impressions, reach, predicted_reach, used}`` and ``curves``
    ``{group, impressions, predicted_reach}`` (:func:`budgetsim.calibration.fitted_curves`).
    """
    ctx = as_context(context)
    rows, curves = list(rows), list(curves)
    w, h = width or SCREEN_SIZES["calibration"][0], height or SCREEN_SIZES["calibration"][1]
    kinds = {True: t("chart.calibration.observed", lang), False: t("chart.calibration.skipped", lang)}
    curve_label = t("chart.calibration.curve_not_used" if not_used else "chart.calibration.curve", lang)
    order = [kinds[True], kinds[False], curve_label]
    points = [
        {
            "kind": kinds[bool(r["used"])],
            "impressions": float(r["impressions"]),
            "reach": float(r["reach"]),
            "name": f"{r['row']}: {r.get('name') or '–'}",
            "impressions_txt": fmt_int(r["impressions"], lang),
            "reach_txt": fmt_int(r["reach"], lang),
            "predicted_txt": "–" if r.get("predicted_reach") is None else fmt_int(r["predicted_reach"], lang),
        }
        for r in rows
        if r.get("impressions") and r.get("reach") is not None
    ]
    line = [
        {
            "kind": curve_label,
            "group": int(c["group"]),
            "impressions": float(c["impressions"]),
            "reach": float(c["predicted_reach"]),
        }
        for c in curves
    ]
    color = channel(
        "kind",
        "N",
        title=None,
        sort=order,
        scale={"domain": order, "range": [SOCIAL_COLOR, SKIPPED_COLOR, SOCIAL_COLOR]},
        legend={"orient": "top", "direction": "horizontal", "offset": 6, "columnPadding": 16, "labelLimit": 320},
    )
    x = channel("impressions", "Q", title=t("chart.calibration.x", lang), axis={"format": D3_INT, "tickCount": 5})
    y = channel("reach", "Q", title=t("chart.calibration.y", lang), axis={"format": D3_INT, "tickCount": 5})
    layers = [
        {
            "data": {"values": vl.records(line)},
            # dashed: a line of values that are not used
            "mark": {"type": "line", "strokeWidth": 2, "opacity": 0.8, **({"strokeDash": [6, 4]} if not_used else {})},
            "encoding": {"x": x, "y": y, "color": color, "detail": channel("group", "N")},
        },
        {
            "data": {"values": vl.records(points)},
            "mark": {"type": "point", "size": 70, "strokeWidth": 2},
            "encoding": {
                "x": x,
                "y": y,
                "color": color,
                "shape": channel(
                    "kind",
                    "N",
                    sort=order,
                    legend=None,
                    scale={"domain": order, "range": ["circle", "cross", "circle"]},
                ),
                "fill": channel(
                    "kind",
                    "N",
                    sort=order,
                    legend=None,
                    scale={"domain": order, "range": [SOCIAL_COLOR, "transparent", SOCIAL_COLOR]},
                ),
                "tooltip": tooltips(
                    ("name", t("chart.calibration.row", lang)),
                    ("impressions_txt", t("chart.calibration.x", lang)),
                    ("reach_txt", t("chart.calibration.y", lang)),
                    ("predicted_txt", t("chart.calibration.predicted", lang)),
                ),
            },
        },
    ]
    return finish_chart(
        {"layer": layers, "width": w, "height": h},
        lang,
        ctx,
        t("chart.calibration.title", lang),
        width=w,
        description=calibration_description(rows, lang, not_used),
    )
