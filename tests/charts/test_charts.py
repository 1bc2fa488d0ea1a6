"""The finished charts (Vega-Lite specs): data, labels per language, number format, map geometries."""

import json
import re

import numpy as np
import pytest
import vl_convert as vlc

from budgetsim import charts as C
from budgetsim.charts.style import (
    BAND_OPACITY,
    BOTH_COLOR,
    HIGH_END_COLOR,
    LOW_END_COLOR,
    PRINT_COLOR,
    SOCIAL_COLOR,
    SUBTITLE_CHARS,
)
from budgetsim.charts.tornado import _tornado_point
from budgetsim.data import topojson_path, wijken
from budgetsim.i18n import t
from budgetsim.model import ReachModel

SCENARIO = "Voorstel 2027: 5.000 euro voor social"


def spec_text(chart) -> str:
    return json.dumps(chart.to_dict(), ensure_ascii=False)


def svg_texts(chart) -> list[str]:
    return re.findall(r">([^<]+)</text>", vlc.vegalite_to_svg(chart.to_dict()))


def data_sets(spec: dict) -> list[list[dict]]:
    """Every table of rows in a spec: the named data sets and the layers' inline ``values``."""
    found = [rows for rows in spec.get("datasets", {}).values() if isinstance(rows, list)]

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("values"), list):
                found.append(node["values"])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk({k: v for k, v in spec.items() if k != "datasets"})
    return found


def layer_data(spec: dict, layer: dict) -> list[dict]:
    """The rows a layer draws: its inline values or the named data set it names."""
    data = layer["data"]
    return data["values"] if "values" in data else spec["datasets"][data["name"]]


def inline_topology(spec: dict) -> dict:
    """The inline TopoJSON of a wijk map spec."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "Topology":
                found.append(node)
                return
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(spec)
    assert len(found) == 1, "the map must carry its boundaries inline, once"
    return found[0]


# -- saturation (the curves' data: tests/test_curves.py) ---------------------------------------
@pytest.mark.parametrize(
    "lang, x_title, y_title, source, baseline",
    [
        (
            "nl",
            "Budget (€)",
            "Deel van de doelgroep bereikt",
            "Bron: CBS; aannames budgetsim",
            "€ 5.000 voor social media",
        ),
        (
            "en",
            "Budget (€)",
            "Share of the target group reached",
            "Source: CBS; budgetsim assumptions",
            "€5,000 on social media",
        ),
    ],
)
def test_saturation_chart_labels(dordrecht_curves, dordrecht_setup, lang, x_title, y_title, source, baseline):
    _, _, print_eur, _ = dordrecht_setup
    chart = C.saturation_chart(dordrecht_curves, print_eur, 5000.0, lang, C.ChartContext("Dordrecht", SCENARIO))
    spec = chart.to_dict()
    text = json.dumps(spec, ensure_ascii=False)
    assert f'"title": "{y_title}"' in text and f'"title": "{x_title}"' in text
    assert spec["title"]["subtitle"] == [f"Dordrecht · {SCENARIO}"]
    assert spec["config"]["locale"]["number"]["decimal"] == ("," if lang == "nl" else ".")
    for colour in (PRINT_COLOR, SOCIAL_COLOR, BOTH_COLOR):
        assert colour in text
    texts = svg_texts(chart)
    assert source in texts
    assert any(s.startswith(baseline) for s in texts), texts
    if lang == "nl":
        assert "€ 20.000" in texts and "40 %" in texts
        assert "Share of the target group reached" not in texts
    else:
        assert "€20,000" in texts and "40%" in texts


def test_saturation_chart_marks_each_current_budget_once(dordrecht_curves, dordrecht_setup):
    _, _, print_eur, _ = dordrecht_setup
    text = spec_text(C.saturation_chart(dordrecht_curves, print_eur, 5000.0, "nl", ("Dordrecht", "X")))
    assert "Krant nu" in text and "Social nu" in text and "Totaal nu" in text
    # without social money, the total is the print budget: no second rule for it
    text = spec_text(C.saturation_chart(dordrecht_curves, print_eur, 0.0, "nl", ("Dordrecht", "X")))
    assert "Krant nu" in text and "Totaal nu" not in text and "Social nu" not in text


# -- age bands -------------------------------------------------------------------------------------
def test_age_band_chart(dordrecht_setup):
    _, _, _, evaluation = dordrecht_setup
    rows = evaluation.band_rows()
    chart = C.age_band_chart(rows, "nl", ("Dordrecht", SCENARIO))
    spec = chart.to_dict()
    text = json.dumps(spec, ensure_ascii=False)
    for label in (
        "Leeftijd",
        "Deel van de inwoners bereikt",
        "15–24 jaar",
        "65 jaar en ouder",
        "Krant of social media",
        "Bron: CBS; aannames budgetsim",
    ):
        assert label in text
    data = [d for d in data_sets(spec) if d and "channel" in d[0]][0]
    assert len(data) == 3 * len(rows)
    first = next(d for d in data if d["band"] == "15–24 jaar" and d["channel"] == "Social media")
    row = rows[0]
    assert first["share"] == pytest.approx(row["reached_social"] / row["target_population"])
    en = spec_text(C.age_band_chart(rows, "en", ("Dordrecht", SCENARIO)))
    assert "Share of residents reached" in en and '"Age"' in en and "Deel van" not in en
    assert "15–24 years" in en


# -- map -------------------------------------------------------------------------------------------
def test_map_holds_exactly_the_gemeentes_wijken(dordrecht_setup):
    model, _, _, evaluation = dordrecht_setup
    values = {r["code"]: r["reach_share"] for r in evaluation.area_rows()}
    chart = C.wijk_map(
        model,
        values,
        "Deel bereikt",
        "nl",
        ("Dordrecht", SCENARIO),
        {r["code"]: {"Inwoners bereikt": r["reached"]} for r in evaluation.area_rows()},
    )
    spec = chart.to_dict()
    topo = inline_topology(spec)
    geometries = topo["objects"]["wijk_2024"]["geometries"]
    assert len(geometries) == 13
    assert {g["properties"]["code"] for g in geometries} == set(model.areas.codes)
    # arcs are pruned to the ones used, and every reference points into them
    used = set()
    for g in geometries:
        rings = g["arcs"] if g["type"] == "Polygon" else [r for poly in g["arcs"] for r in poly]
        for ring in rings:
            used.update(~i if i < 0 else i for i in ring)
    assert used == set(range(len(topo["arcs"])))
    with open(topojson_path(), encoding="utf-8") as handle:
        full = json.load(handle)
    assert len(topo["arcs"]) < len(full["arcs"]) / 10
    assert topo["transform"] == full["transform"]
    # values, names and formatted tooltips are on the features
    by_code = {g["properties"]["code"]: g["properties"] for g in geometries}
    code = model.areas.codes[0]
    assert by_code[code]["value"] == pytest.approx(values[code])
    assert by_code[code]["name"] == model.areas.names[0]
    assert by_code[code]["value_txt"].endswith(" %")
    assert re.fullmatch(r"\d{1,3}(\.\d{3})*", by_code[code]["t0"])
    text = json.dumps(spec, ensure_ascii=False)
    assert '"type": "mercator"' in text and '"feature": "wijk_2024"' in text
    assert '"title": "Wijk"' in text and '"title": "Inwoners bereikt"' in text
    assert "Deel bereikt per wijk" in text and "Bron: CBS; aannames budgetsim" in text


def test_map_of_a_small_gemeente_and_missing_values():
    areas = wijken("GM0088")  # Schiermonnikoog: one wijk
    chart = C.wijk_map(areas, {}, "Budget social media", "en", "Schiermonnikoog", value_format="eur")
    spec = chart.to_dict()
    geometries = inline_topology(spec)["objects"]["wijk_2024"]["geometries"]
    assert [g["properties"]["code"] for g in geometries] == list(areas.codes)
    assert geometries[0]["properties"]["value"] is None
    assert geometries[0]["properties"]["value_txt"] == "no data"
    assert "Budget social media by district" in json.dumps(spec)


def test_map_refuses_areas_without_boundaries():
    from budgetsim.areas import Areas

    own = Areas.from_columns(["X1", "X2"], ["Noord", "Zuid"], [5000, 6000], [2000, 2500])
    with pytest.raises(ValueError, match="boundary"):
        C.wijk_map(own, {"X1": 0.5}, "Deel bereikt", "nl", "Eigen")


def test_amsterdam_map_renders():
    model = ReachModel(wijken("GM0363"))
    values = dict(zip(model.areas.codes, np.linspace(0.3, 0.9, len(model.areas))))
    chart = C.wijk_map(model, values, "Deel bereikt", "nl", ("Amsterdam", "Test"))
    png = vlc.vegalite_to_png(chart.to_dict(), scale=2)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(inline_topology(chart.to_dict())["objects"]["wijk_2024"]["geometries"]) == 110


# -- comparison ------------------------------------------------------------------------------------
def test_comparison_chart(dordrecht_setup):
    model, split, print_eur, evaluation = dordrecht_setup
    now = model.evaluate(print_eur, np.zeros(len(model.areas)))
    more = model.evaluate(print_eur, split(10_000.0))
    rows = [{"name": "Nu", "evaluation": now}, {"name": SCENARIO, "evaluation": evaluation}] + C.comparison_rows(
        [("Nu", more)]
    )
    chart = C.comparison_chart(rows, "nl", ("Dordrecht", "drie scenario's"))
    spec = chart.to_dict()
    data = [d for d in data_sets(spec) if d and "scenario" in d[0]][0]
    assert {d["scenario"] for d in data} == {"Nu", SCENARIO, "Nu (2)"}
    groups = list(dict.fromkeys(d["group"] for d in data))
    assert groups == ["Totaal", "3 keer of vaker", "15–24 jaar", "25–44 jaar", "45–64 jaar", "65 jaar en ouder"]
    total = next(d for d in data if d["scenario"] == SCENARIO and d["group"] == "Totaal")
    assert total["share"] == pytest.approx(evaluation.reach_share)
    text = json.dumps(spec, ensure_ascii=False)
    assert "Scenario's vergeleken" in text and "Deel van de doelgroep bereikt" in text
    en = spec_text(C.comparison_chart(rows[:2], "en", ("Dordrecht", "")))
    assert "Scenarios compared" in en and "3 times or more" in en and "Source: CBS; budgetsim assumptions" in en


# -- honest uncertainty: bands and tornado ------------------------------------------------------------
from budgetsim import uncertainty as U  # noqa: E402
from budgetsim.assumptions import PARAMETER_BY_KEY  # noqa: E402


@pytest.fixture(scope="module")
def sensitivity(dordrecht_setup):
    model, split, print_eur, evaluation = dordrecht_setup
    result = U.uncertainty(model, print_eur, split(5000.0), draws=200, seed=3)
    return result.to_dict()["sensitivity"], result.point_reached


@pytest.mark.parametrize(
    "lang, caption",
    [("nl", "Band: P10–P90 van de onzekere aannames"), ("en", "Band: P10–P90 of the uncertain assumptions")],
)
def test_saturation_chart_with_bands(dordrecht_curves, dordrecht_bands, dordrecht_setup, lang, caption):
    _, _, print_eur, _ = dordrecht_setup
    chart = C.saturation_chart(
        dordrecht_curves, print_eur, 5000.0, lang, ("Dordrecht", SCENARIO), bands=dordrecht_bands
    )
    spec = chart.to_dict()
    layers = spec["vconcat"][0]["layer"]
    marks = [layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"] for layer in layers]
    assert marks[0] == "area" and marks.index("area") < marks.index("line")  # under the lines
    area = layers[0]
    assert area["mark"]["opacity"] == pytest.approx(BAND_OPACITY)
    assert area["encoding"]["y"]["field"] == "p10" and area["encoding"]["y2"]["field"] == "p90"
    assert area["encoding"]["color"]["scale"]["range"] == [PRINT_COLOR, SOCIAL_COLOR, BOTH_COLOR]
    texts = svg_texts(chart)
    assert caption in texts
    assert ("Bron: CBS; aannames budgetsim" if lang == "nl" else "Source: CBS; budgetsim assumptions") in texts
    # without bands: no area, no caption
    plain = spec_text(C.saturation_chart(dordrecht_curves, print_eur, 5000.0, lang, ("Dordrecht", SCENARIO)))
    assert '"area"' not in plain and caption not in plain


@pytest.mark.parametrize(
    "lang, title, axis",
    [
        ("nl", "Welke aanname telt het zwaarst?", "Inwoners bereikt"),
        ("en", "Which assumption matters most?", "Residents reached"),
    ],
)
def test_tornado_chart(sensitivity, lang, title, axis):
    rows, point = sensitivity
    shuffled = rows[::-1]  # the chart sorts by swing itself
    chart = C.tornado_chart(shuffled, lang, ("Dordrecht", SCENARIO), point_reached=point)
    spec = chart.to_dict()
    text = json.dumps(spec, ensure_ascii=False)
    labels = [PARAMETER_BY_KEY[r["parameter"]].label(lang) for r in rows]
    assert len(labels) == len(U.DEFAULT_RANGES)
    for label in labels:
        assert f'"{label}"' in text
    bars = spec["vconcat"][0]["layer"][0]
    order = bars["encoding"]["y"]["sort"]
    by_swing = sorted(rows, key=lambda r: r["swing"], reverse=True)
    assert order == [PARAMETER_BY_KEY[r["parameter"]].label(lang) for r in by_swing]
    swings = [next(r["swing"] for r in rows if PARAMETER_BY_KEY[r["parameter"]].label(lang) == name) for name in order]
    assert swings == sorted(swings, reverse=True)
    assert spec["title"]["text"] == title and spec["title"]["subtitle"] == [f"Dordrecht · {SCENARIO}"]
    assert f'"title": "{axis}"' in text
    assert LOW_END_COLOR in text and HIGH_END_COLOR in text
    assert spec["config"]["locale"]["number"]["thousands"] == ("." if lang == "nl" else ",")
    texts = svg_texts(chart)
    assert ("Bron: CBS; aannames budgetsim" if lang == "nl" else "Source: CBS; budgetsim assumptions") in texts
    from budgetsim.formatting import fmt_int

    assert any(fmt_int(point, lang) in s for s in texts)  # the rule's label
    if lang == "nl":  # values at the bar ends, Dutch number format
        assert "×0,6" in texts and "70 %" in texts and "€ 12" in texts
        assert any(re.fullmatch(r"\d{2}\.000", s) for s in texts)  # axis: 80.000
    else:
        assert "×0.6" in texts and "70%" in texts and "€12" in texts


def test_tornado_without_point_and_with_a_flat_row(sensitivity):
    rows, point = sensitivity
    flat = dict(rows[0], reached_at_low=point, reached_at_high=point, swing=0.0)
    spec = C.tornado_chart(rows[1:] + [flat], "nl", "Dordrecht").to_dict()
    rule = [
        layer
        for layer in spec["vconcat"][0]["layer"]
        if (layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"]) == "rule"
    ][0]
    assert layer_data(spec, rule)[0]["from"] == pytest.approx(point)
    # without a flat row the rule sits inside every bar
    guess = _tornado_point(rows)
    assert all(
        min(r["reached_at_low"], r["reached_at_high"]) <= guess <= max(r["reached_at_low"], r["reached_at_high"])
        for r in rows
    )
    with pytest.raises(ValueError):
        C.tornado_chart([], "nl", "Dordrecht")


def every_chart(dordrecht_setup, dordrecht_curves, dordrecht_bands, sensitivity):
    model, split, print_eur, evaluation = dordrecht_setup
    rows = evaluation.area_rows()
    return {
        "saturation": C.saturation_chart(dordrecht_curves, print_eur, 5000.0, "nl", ("Dordrecht", SCENARIO)),
        "saturation with bands": C.saturation_chart(
            dordrecht_curves,
            print_eur,
            5000.0,
            "en",
            ("Dordrecht", SCENARIO),
            bands=dordrecht_bands,
            width=300,
            height=200,
        ),
        "age": C.age_band_chart(evaluation.band_rows(), "nl", ("Dordrecht", SCENARIO)),
        "map": C.wijk_map(
            model,
            {r["code"]: r["reach_share"] for r in rows},
            "Deel bereikt",
            "nl",
            "Dordrecht",
            {r["code"]: {"Budget": r["social_eur"]} for r in rows},
        ),
        "map, one value": C.wijk_map(
            model, {model.areas.codes[0]: 0.5}, "Budget", "en", "Dordrecht", value_format="eur"
        ),
        "tornado": C.tornado_chart(sensitivity[0], "en", "Dordrecht", point_reached=sensitivity[1]),
        "comparison": C.comparison_chart(C.comparison_rows([("A", evaluation), ("B", evaluation)]), "nl", "Dordrecht"),
    }


def test_every_chart_is_valid_vega_lite(dordrecht_setup, dordrecht_curves, dordrecht_bands, sensitivity):
    from budgetsim.vegalite import validate_spec

    for name, chart in every_chart(dordrecht_setup, dordrecht_curves, dordrecht_bands, sensitivity).items():
        spec = chart.to_dict()
        validate_spec(spec)  # raises with the path of the first problem
        svg = vlc.vegalite_to_svg(spec)
        assert "Bron: CBS" in svg or "Source: CBS" in svg, name


def test_a_long_scenario_name_is_cut_in_the_subtitle(dordrecht_setup):
    """A 150-character name made every chart as wide as its subtitle: tiny on the one-page PDF."""
    _, _, _, evaluation = dordrecht_setup
    name = "Voorstel voor de gemeenteraad " * 5
    context = C.ChartContext("Dordrecht", name.strip())
    subtitle = context.subtitle("nl")
    assert len(subtitle) == SUBTITLE_CHARS and subtitle.endswith("…") and subtitle.startswith("Dordrecht")
    spec = C.age_band_chart(evaluation.band_rows(), "nl", context).to_dict()
    assert spec["title"]["subtitle"] == [subtitle]
    width = float(re.search(r'width="([0-9.]+)"', vlc.vegalite_to_svg(spec)).group(1))
    short = C.age_band_chart(evaluation.band_rows(), "nl", C.ChartContext("Dordrecht", "Kort")).to_dict()
    assert width == float(re.search(r'width="([0-9.]+)"', vlc.vegalite_to_svg(short)).group(1))
    assert C.ChartContext("Dordrecht", "Kort").subtitle("nl") == t(
        "common.subtitle", "nl", gemeente="Dordrecht", scenario="Kort"
    )
