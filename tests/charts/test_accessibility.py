"""Charts a screen reader and a colour-blind reader can use (WCAG 2.1 AA): every chart has a
text alternative with its figures, the series differ by more than colour, and the colours stand out
from the white background."""

import numpy as np
import pytest

from budgetsim import charts as C
from budgetsim import curves as K
from budgetsim import uncertainty as U
from budgetsim.assumptions import PARAMETER_BY_KEY
from budgetsim.charts.calibration import SKIPPED_COLOR
from budgetsim.charts.style import (
    BOTH_COLOR,
    HIGH_END_COLOR,
    LINE_DASHES,
    LOW_END_COLOR,
    MUTED_COLOR,
    PRINT_COLOR,
    SCENARIO_COLORS,
    SOCIAL_COLOR,
    TEXT_COLOR,
)
from budgetsim.formatting import fmt_eur, fmt_int, fmt_pct
from budgetsim.i18n import band_label, t


@pytest.fixture(scope="module")
def dordrecht(dordrecht_setup):
    """``(model, split, print_eur, evaluation)``: Dordrecht at € 5.000 social (tests/conftest.py)."""
    return dordrecht_setup


def contrast(color: str, background: str = "#FFFFFF") -> float:
    def luminance(hex_color: str) -> float:
        rgb = [int(hex_color.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((luminance(color), luminance(background)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def every_mark(node):
    if isinstance(node, dict):
        if "mark" in node:
            yield node["mark"]
        for value in node.values():
            yield from every_mark(value)
    elif isinstance(node, list):
        for value in node:
            yield from every_mark(value)


def test_colours_of_lines_and_bars_stand_out_from_white():
    """WCAG 1.4.11: graphics that carry meaning have at least 3:1 against the background."""
    for colour in (
        PRINT_COLOR,
        SOCIAL_COLOR,
        BOTH_COLOR,
        LOW_END_COLOR,
        HIGH_END_COLOR,
        *SCENARIO_COLORS,
        SKIPPED_COLOR,
    ):
        assert contrast(colour) >= 3.0, colour
    assert contrast(TEXT_COLOR) >= 4.5 and contrast(MUTED_COLOR) >= 4.5  # text: 1.4.3


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_saturation_chart_text_alternative_and_dashes(dordrecht, lang):
    model, split, print_eur, evaluation = dordrecht
    curves = K.saturation_curve_data(model, print_eur, 5000.0, split)
    spec = C.saturation_chart(curves, print_eur, 5000.0, lang, "Dordrecht").to_dict()
    text = spec["description"]
    assert text.startswith(t("chart.saturation.title", lang))
    for series in ("print", "social", "combined"):
        assert t(f"chart.alt.line.{series}", lang) in text
    assert fmt_eur(print_eur, lang) in text and fmt_eur(5000, lang) in text  # the current budgets ...
    assert fmt_pct(evaluation.reach_share, lang, 0) in text  # ... and what they reach together
    assert t("chart.alt.band", lang) not in text
    lines = next(layer for layer in spec["vconcat"][0]["layer"] if layer["mark"]["type"] == "line")
    dash = lines["encoding"]["strokeDash"]
    assert dash["scale"]["range"] == [LINE_DASHES[s] for s in ("print", "social", "combined")]
    assert len({str(d) for d in dash["scale"]["range"]}) == 3
    legend = next(
        layer
        for layer in spec["vconcat"][0]["layer"]
        if layer["mark"]["type"] == "rule" and "strokeDash" in layer["encoding"]
    )["data"]["values"]  # the legend, drawn as marks
    assert [(item["colour"], item["dash"]) for item in legend] == list(
        zip(lines["encoding"]["color"]["scale"]["range"], dash["scale"]["range"])
    )
    assert all(mark["aria"] is False for mark in every_mark(spec))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_age_chart_text_alternative_and_fills(dordrecht, lang):
    evaluation = dordrecht[3]
    spec = C.age_band_chart(evaluation.band_rows(), lang, "Dordrecht").to_dict()
    text = spec["description"]
    for row in evaluation.band_rows():
        assert band_label(row["band"], lang) in text
        assert fmt_pct(row["reached"] / row["target_population"], lang, 0) in text
    assert t("chart.alt.style.2", lang, name=t("chart.age.either", lang)) in text
    layers = spec["vconcat"][0]["layer"]
    bars = layers[0]
    fills = bars["encoding"]["fillOpacity"]["scale"]["range"]
    assert len(set(fills)) == 3  # solid, light, outline: not colour alone
    assert bars["encoding"]["stroke"]["scale"] == bars["encoding"]["color"]["scale"]
    # the legend shows the same fills (Vega-Lite's own legend cannot: it is drawn as marks)
    swatches = next(layer for layer in layers if layer["mark"]["type"] == "rect")["data"]["values"]
    assert [(s["name"], s["colour"], s["fill"]) for s in swatches] == list(
        zip(bars["encoding"]["color"]["scale"]["domain"], bars["encoding"]["color"]["scale"]["range"], fills)
    )
    assert all(layer["encoding"].get(c, {}).get("legend") is None for layer in layers for c in ("color", "stroke"))


def test_map_text_alternative_names_highest_and_lowest(dordrecht):
    model, _, _, evaluation = dordrecht
    rows = evaluation.area_rows()
    values = {r["code"]: r["reach_share"] for r in rows}
    text = C.wijk_map(model, values, "Bereik", "nl", "Dordrecht").to_dict()["description"]
    top = max(rows, key=lambda r: r["reach_share"])
    low = min(rows, key=lambda r: r["reach_share"])
    assert f"Hoogst: {top['name']}" in text and f"Laagst: {low['name']}" in text
    assert t("count.wijken", "nl", count=len(rows)) in text and "tabel" in text
    one = C.wijk_map(model, {model.areas.codes[0]: 5000.0}, "Budget", "en", "Dordrecht", value_format="eur")
    assert "all with the same value: €5,000" in one.to_dict()["description"]


def test_tornado_text_alternative_names_the_heaviest_assumptions(dordrecht):
    model, split, print_eur, _ = dordrecht
    result = U.uncertainty(model, print_eur, split(5000.0), draws=200, seed=3)
    rows = result.to_dict()["sensitivity"]
    spec = C.tornado_chart(rows, "nl", "Dordrecht", point_reached=result.point_reached).to_dict()
    text = spec["description"]
    heaviest = sorted(rows, key=lambda r: abs(r["reached_at_high"] - r["reached_at_low"]), reverse=True)
    for row in heaviest[:3]:
        assert PARAMETER_BY_KEY[row["parameter"]].label("nl") in text
    assert fmt_int(result.point_reached, "nl") in text
    fills = spec["vconcat"][0]["layer"][0]["encoding"]["fillOpacity"]["scale"]["range"]
    assert fills[0] != fills[1]


def test_comparison_text_alternative_per_scenario(dordrecht):
    model, split, print_eur, evaluation = dordrecht
    now = model.evaluate(print_eur, np.zeros(len(model.areas)))
    spec = C.comparison_chart(C.comparison_rows([("Nu", now), ("Plan", evaluation)]), "nl", "Dordrecht").to_dict()
    text = spec["description"]
    assert f"Plan: Totaal {fmt_pct(evaluation.reach_share, 'nl', 0)}" in text
    assert f"Nu: Totaal {fmt_pct(now.reach_share, 'nl', 0)}" in text
    assert "Nu (volle staaf), Plan (lichte staaf)" in text
