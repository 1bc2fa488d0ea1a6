"""The map: its values per wijk (buurten summed per wijk), its colour scale over the real
range of the values, and the marks and legend that name pooled and untargeted wijken."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from budgetsim import chart_files
from budgetsim import charts as C
from budgetsim.charts.map_labels import LABEL_EXTREMES, short_name
from budgetsim.charts.maps import STATUS_SHAPES, legend_values
from budgetsim.charts.style import PRINT_SIZES, SINGLE_COLOR
from budgetsim.charts.topology import TOPO_OBJECT, decoded_arcs, gemeente_topology, inside, label_point, ring
from budgetsim.data import buurten, wijken
from budgetsim.formatting import fmt_eur, fmt_pct
from budgetsim.i18n import t
from budgetsim.planning import ScenarioPlan, new_scenario

GRONINGEN, ZWOLLE, ALBLASSERDAM, SCHIERMONNIKOOG = "GM0014", "GM0193", "GM0482", "GM0088"


def evaluation(gemeente: str, level: str = "wijk", social_eur: float = 5000):
    return ScenarioPlan(new_scenario(gemeente, social_eur=social_eur, level=level)).evaluate()


@pytest.fixture(scope="module")
def zwolle():
    return evaluation(ZWOLLE)


@pytest.fixture(scope="module")
def groningen_buurten():
    return evaluation(GRONINGEN, "buurt")


def plot(chart) -> dict:
    return chart.to_dict()["vconcat"][0]


def colour_layer(chart) -> dict:
    return next(layer for layer in plot(chart)["layer"] if "color" in layer["encoding"])


def label_values(chart) -> list[dict]:
    """The labels drawn on the map (the dark text over the white halo)."""
    layers = [layer for layer in plot(chart)["layer"] if layer["mark"].get("type") == "text"]
    assert [layer["mark"]["fill"] for layer in layers] == ["white", "#222222"]
    return layers[1]["data"]["values"]


def extremes(values: dict, names: dict) -> set[str]:
    """Short names of the LABEL_EXTREMES highest and lowest areas."""
    ranked = sorted((c for c, v in values.items() if v is not None), key=values.get)
    return {short_name(names[c]) for c in ranked[:LABEL_EXTREMES] + ranked[-LABEL_EXTREMES:]}


def mark_layer(chart) -> dict | None:
    return next((layer for layer in plot(chart)["layer"] if "shape" in layer["encoding"]), None)


# -- values -----------------------------------------------------------------------------------------


def test_values_per_wijk_are_the_models_figures(zwolle):
    rows = {r["code"]: r for r in zwolle.area_rows()}
    areas = zwolle.model.areas
    reach = C.map_data(zwolle, "reach")
    missed = C.map_data(zwolle, "print_missed")
    young = C.map_data(zwolle, "young")
    money = C.map_data(zwolle, "social_per_resident")
    assert reach.codes == areas.codes and reach.level == "wijk"
    for i, code in enumerate(areas.codes):
        assert reach.values[code] == pytest.approx(rows[code]["reach_share"])
        assert missed.values[code] == pytest.approx(1 - rows[code]["reached_print"] / rows[code]["target_population"])
        assert young.values[code] == pytest.approx(areas.age_shares[i, 1])
        assert money.values[code] == pytest.approx(rows[code]["social_eur"] / areas.residents[i])


def test_buurten_are_summed_into_their_wijk(groningen_buurten):
    e = groningen_buurten
    areas = e.model.areas
    data = C.map_data(e, "print_missed")
    assert data.level == "buurt" and set(data.codes) == set(wijken(GRONINGEN).codes)
    wijk = np.asarray(areas.wijk_codes)
    target = e.target_population.sum(axis=1)
    for code in data.codes:
        sel = wijk == code
        expected = 1 - e.reached_print.sum(axis=1)[sel].sum() / target[sel].sum()
        assert data.values[code] == pytest.approx(expected)
        counts = data.counts[code]
        with_people = int((target[sel] > 0).sum())
        assert counts["own"] + counts["pooled"] + counts["untargeted"] == counts["areas"] == with_people
    assert sum(c["areas"] for c in data.counts.values()) == int((target > 0).sum())


def test_the_map_shows_real_differences_where_people_differ(groningen_buurten):
    """Groningen-Centrum is 45 % aged 15–24; the map's range of 'young' spans several times that of
    the quietest wijk, and what the paper misses differs by wijk too (it follows the age mix)."""
    young = C.map_data(groningen_buurten, "young").values
    assert max(young.values()) > 0.4 and min(young.values()) < 0.12
    missed = [v for v in C.map_data(groningen_buurten, "print_missed").values.values() if v is not None]
    assert max(missed) - min(missed) > 0.05


def test_unknown_metric_is_refused_naming_the_allowed_ones(zwolle):
    with pytest.raises(ValueError, match="reach, print_missed, young, social_per_resident"):
        C.map_data(zwolle, "colour")


# -- the colour scale -----------------------------------------------------------------------------------


def gradient(chart) -> dict:
    """The colour channel of a map coloured over a range (not one colour)."""
    color = colour_layer(chart)["encoding"]["color"]
    assert color["type"] == "quantitative"
    return color


@pytest.mark.parametrize(
    "values",
    [
        [0.40, 0.45],  # 5 points apart: widened to 10 around them
        [0.2, 0.7],  # 50 points apart: the values' own range
        [0.975, 0.99],  # near 100 %: widened downwards, never past 100 %
        [0.0, 0.03],  # near 0 %: widened upwards, never below 0 %
        [0.333, 0.3871],  # Zwolle, what the paper misses
    ],
)
def test_a_share_is_coloured_over_at_least_ten_points_around_its_values(values):
    scale = C.map_colour_scale(values, "pct")
    assert not scale.single
    assert 0.0 <= scale.lo <= min(values) and max(values) <= scale.hi <= 1.0
    assert scale.hi - scale.lo >= 0.10 - 1e-12
    assert scale.hi - scale.lo <= max(max(values) - min(values), 0.10) + 0.02  # widened, not stretched
    if scale.lo > 0 and scale.hi < 1:  # room on both sides: half of the widening on each (ends rounded to points)
        assert abs((min(values) - scale.lo) - (scale.hi - max(values))) <= 0.011


def test_shares_under_one_point_apart_are_one_colour():
    """Zwolle's reach runs from 84,6 % to 85,1 %: noise, not a difference to colour."""
    assert C.map_colour_scale([0.846, 0.851, None], "pct").single
    assert C.map_colour_scale([0.8428339225434395, 0.8428339225434397], "pct").single
    assert not C.map_colour_scale([0.84, 0.851], "pct").single
    assert C.map_colour_scale([None, float("nan")], "pct").single


def test_counts_and_euros_are_coloured_from_zero():
    assert C.map_colour_scale([3, 7, None], "int") == C.ColourScale(0.0, 7.0, False)
    assert C.map_colour_scale([0.0355, 0.0448], "eur_cents") == C.ColourScale(0.0, 0.0448, False)
    assert C.map_colour_scale([0.04, 0.04], "eur_cents").single
    assert C.map_colour_scale([0.0, 0.0], "eur").single


def test_zwolle_maps_follow_the_rules(zwolle):
    """Reach (84,6–85,1 %) is one colour; what the paper misses (33–39 %) spans 10 points or more
    around its values; euros per resident run from € 0."""
    reach = colour_layer(C.area_map(zwolle, "reach", "nl", "Zwolle"))["encoding"]["color"]
    assert reach["type"] == "nominal" and reach["scale"]["range"] == [SINGLE_COLOR]
    missed = [v for v in C.map_data(zwolle, "print_missed").values.values() if v is not None]
    lo, hi = gradient(C.area_map(zwolle, "print_missed", "nl", "Zwolle"))["scale"]["domain"]
    assert hi - lo >= 0.10 - 1e-12 and lo <= min(missed) and max(missed) <= hi
    money = [v for v in C.map_data(zwolle, "social_per_resident").values.values() if v is not None]
    domain = gradient(C.area_map(zwolle, "social_per_resident", "nl", "Zwolle"))["scale"]["domain"]
    assert domain == pytest.approx([0.0, max(money)])


def test_one_colour_says_so_in_its_legend(zwolle):
    chart = C.area_map(zwolle, "reach", "nl", "Zwolle")
    known = [v for v in C.map_data(zwolle, "reach").values.values() if v is not None]
    lo, hi = fmt_pct(min(known), "nl"), fmt_pct(max(known), "nl")
    sentence = t("chart.map.about_same", "nl", value=t("chart.map.range", "nl", lo=lo, hi=hi))
    assert sentence == "Overal ongeveer hetzelfde: 84,6 % tot 85,1 %"
    assert colour_layer(chart)["encoding"]["color"]["scale"]["domain"] == [sentence]
    assert sentence in chart_files.chart_to_svg(chart)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("metric", ["print_missed", "young", "social_per_resident"])
def test_legend_numbers_are_in_the_spec_in_the_apps_language(zwolle, metric, lang):
    chart = C.area_map(zwolle, metric, lang, "Zwolle")
    color = gradient(chart)
    lo, hi = color["scale"]["domain"]
    legend = color["legend"]
    assert legend["values"][0] == pytest.approx(lo) and legend["values"][-1] == pytest.approx(hi)
    texts = [text for _, text in legend_values(C.map_colour_scale([lo, hi], "pct"), "pct", lang)]
    if metric == "social_per_resident":
        texts = [fmt_eur(0, lang), fmt_eur(hi, lang, 3)]
    svg = chart_files.chart_to_svg(chart)
    for text in texts:
        assert json.dumps(text, ensure_ascii=False) in legend["labelExpr"]
        assert text.replace("\u00a0", "\xa0") in svg or text in svg


def test_legend_numbers_follow_the_language():
    scale = C.ColourScale(0.31, 0.42, False)
    assert [text for _, text in legend_values(scale, "pct", "nl")] == ["31 %", "37 %", "42 %"]
    assert [text for _, text in legend_values(scale, "pct", "en")] == ["31%", "37%", "42%"]
    euros = [text for _, text in legend_values(C.ColourScale(0.0, 0.045, False), "eur_cents", "nl")]
    assert euros == ["€ 0", "€ 0,023", "€ 0,045"]


# -- marks and legend ---------------------------------------------------------------------------------


def test_pooled_wijken_are_marked_and_named_in_the_legend(zwolle):
    chart = C.area_map(zwolle, "reach", "nl", "Zwolle")
    layer = mark_layer(chart)
    pooled = [c for c, s in C.map_data(zwolle, "reach").status.items() if s == "pooled"]
    assert len(pooled) == 4  # Zwolle's four small wijken share the ad set GM0193-rest
    assert sorted(p["name"] for p in layer["data"]["values"]) == sorted(
        n for c, n in zip(zwolle.model.areas.codes, zwolle.model.areas.names) if c in pooled
    )
    shape = layer["encoding"]["shape"]
    assert shape["scale"]["domain"] == [t("chart.map.mark.pooled.wijk", "nl")]
    assert shape["scale"]["range"] == [STATUS_SHAPES["pooled"]]
    assert shape["legend"] is not None
    svg = chart_files.chart_to_svg(chart)  # the words are in the drawn legend, not only in the spec
    assert t("chart.map.mark.pooled.wijk", "nl") in svg


def test_untargeted_wijken_get_a_cross_named_in_the_legend():
    e = evaluation(ALBLASSERDAM)
    untargeted = {r["code"] for r in e.untargeted_areas}
    assert untargeted
    chart = C.area_map(e, "print_missed", "en", "Alblasserdam")
    layer = mark_layer(chart)
    marked = {p["name"]: p["status"] for p in layer["data"]["values"]}
    names = dict(zip(e.model.areas.codes, e.model.areas.names))
    assert {names[c] for c in untargeted} <= {n for n, s in marked.items() if s == "untargeted"}
    shape = layer["encoding"]["shape"]["scale"]
    assert t("chart.map.mark.untargeted.wijk", "en") in shape["domain"]
    cross = shape["range"][shape["domain"].index(t("chart.map.mark.untargeted.wijk", "en"))]
    assert cross == STATUS_SHAPES["untargeted"]
    assert t("chart.map.mark.untargeted.wijk", "en") in chart_files.chart_to_svg(chart)


def test_buurt_level_marks_speak_of_most_residents(groningen_buurten):
    chart = C.area_map(groningen_buurten, "young", "nl", "Groningen")
    text = chart_files.chart_to_svg(chart)
    assert t("chart.map.note.buurt", "nl") in text
    layer = mark_layer(chart)
    if layer is not None:
        assert all(
            label.startswith(t("chart.map.mark.pooled.buurt", "nl")[:7])
            for label in layer["encoding"]["shape"]["scale"]["domain"]
        )


def test_no_marks_no_shape_legend():
    e = evaluation("GM0363")  # Amsterdam: look for a plan where every wijk is its own ad set
    data = C.map_data(e, "reach")
    chart = C.area_map(e, "reach", "nl", "Amsterdam")
    if not data.marks:
        assert mark_layer(chart) is None
    else:
        assert len(mark_layer(chart)["data"]["values"]) == len(data.marks)


def test_marks_sit_inside_their_wijk():
    for gemeente in (ZWOLLE, ALBLASSERDAM, GRONINGEN, "GM0363"):
        topo, _ = gemeente_topology(tuple(wijken(gemeente).codes))
        arcs = decoded_arcs(topo)
        for g in topo["objects"][TOPO_OBJECT]["geometries"]:
            lon, lat = label_point(arcs, g)
            polygons = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
            assert any(inside(ring(arcs, p[0]), lon, lat) for p in polygons), g["properties"]["statcode"]


def test_map_specs_are_valid_vega_lite(zwolle, groningen_buurten):
    for e in (zwolle, groningen_buurten, evaluation(ALBLASSERDAM)):
        for metric in C.MAP_METRICS:
            C.area_map(e, metric, "en", "Test").to_dict(validate=True)


def test_tiny_gemeente_map_has_values_and_no_error():
    e = evaluation(SCHIERMONNIKOOG, "buurt")
    assert e.model.ad_sets.untargetable
    for metric in C.MAP_METRICS:
        chart = C.area_map(e, metric, "nl", "Schiermonnikoog")
        chart.to_dict(validate=True)
    assert set(C.map_data(e, "reach").codes) == {w for w in buurten(SCHIERMONNIKOOG).wijk_codes}


def test_print_size_map_puts_the_mark_legend_below(zwolle):
    chart = C.area_map(zwolle, "reach", "nl", "Zwolle", width=PRINT_SIZES["map"][0])
    assert mark_layer(chart)["encoding"]["shape"]["legend"]["orient"] == "bottom"
    assert mark_layer(C.area_map(zwolle, "reach", "nl", "Zwolle"))["encoding"]["shape"]["legend"]["orient"] == "top"


def test_one_value_everywhere_is_said_in_words():
    """With one age band, the best split gives every ad set the same reach share: one colour, its
    legend the value in words, no ranking of noise (names only, where they fit)."""
    from budgetsim.scenario import parse_scenario

    path = Path(__file__).resolve().parents[2] / "scenarios" / "groningen-buurten-jongeren.json"
    e = ScenarioPlan(parse_scenario(path.read_bytes())).evaluate()
    values = [v for v in C.map_data(e, "reach").values.values() if v is not None]
    assert 0 < max(values) - min(values) < 1e-9
    chart = C.area_map(e, "reach", "nl", "Groningen")
    color = colour_layer(chart)["encoding"]["color"]
    sentence = "Overal ongeveer hetzelfde: 84,3 %"
    assert color["scale"] == {"domain": [sentence], "range": [SINGLE_COLOR]}
    assert sentence in chart_files.chart_to_svg(chart)
    assert all(len(label["text"]) == 1 for label in label_values(chart))


def test_the_proposals_map_at_buurt_level_shows_the_wijken():
    """The budget proposal draws the recommended option's map; at buurt level its buurten are summed
    per wijk (before, no buurt had a boundary and the proposal said there was no map)."""
    from budgetsim.proposal import prepare_options, proposal_content
    from budgetsim.proposal.charts import chart_spec

    options = prepare_options([new_scenario(GRONINGEN, social_eur=5000, level="buurt")], draws=200)
    content = proposal_content(options, "nl")
    chart = content.charts["map"]
    spec = chart_spec(chart, 300, 0, "nl").to_dict()
    topology = next(iter(spec["datasets"].values()))
    drawn = {g["properties"]["code"] for g in topology["objects"][TOPO_OBJECT]["geometries"]}
    assert drawn == set(wijken(GRONINGEN).codes)
    assert set(chart.data["values"]) == set(wijken(GRONINGEN).codes)


# -- names on the map -------------------------------------------------------------------------------


@pytest.mark.parametrize("metric", ["print_missed", "young", "social_per_resident"])
def test_the_exported_map_names_the_five_highest_and_lowest(zwolle, metric):
    """Zwolle has 16 wijken: of the five highest and five lowest, those whose name fits on their own
    wijk carry their name and value (all 16 only if all fit), on the chart the save tab exports."""
    data = C.map_data(zwolle, metric)
    names = dict(zip(data.codes, data.names))
    chart = C.area_map(zwolle, metric, "nl", "Zwolle")
    labels = label_values(chart)
    named = {label["text"][0] for label in labels}
    # the extremes first, each on its own wijk: those whose name fits there without overlap
    assert named == {short_name(n) for n in names.values()} or (named <= extremes(data.values, names))
    assert len(named) >= LABEL_EXTREMES
    values = {short_name(names[c]): v for c, v in data.values.items()}
    assert all(
        label["text"][1] == C.maps._format_value(values[label["text"][0]], data.value_format, "nl") for label in labels
    )
    svg = chart_files.chart_to_svg(chart)
    assert all(name in svg for name in named)


def test_a_small_gemeente_names_every_wijk():
    e = evaluation(ALBLASSERDAM)
    data = C.map_data(e, "print_missed")
    assert len(data.codes) <= 2 * LABEL_EXTREMES
    named = {label["text"][0] for label in label_values(C.area_map(e, "print_missed", "en", "Alblasserdam"))}
    assert named == {short_name(n) for n in data.names}


def test_cbs_numbers_are_left_out_of_the_names():
    assert short_name("Wijk 10 Binnenstad") == "Binnenstad"
    assert short_name("Buurt 03 Oud-Zuid") == "Oud-Zuid"
    assert short_name("Helpman e.o.") == "Helpman e.o."


def test_the_proposals_map_names_the_highest_and_lowest():
    """Groningen per buurt: reach differs by about 4 points between the wijken, so the proposal's
    map (20 wijken) names the highest and the lowest, as many as fit on their own wijk."""
    from budgetsim.proposal import prepare_options, proposal_content
    from budgetsim.proposal.charts import FONT_PX, chart_spec

    options = prepare_options([new_scenario(GRONINGEN, social_eur=5000, level="buurt")], draws=200)
    chart = proposal_content(options, "nl").charts["map"]
    assert chart.caption == t("proposal.chart.map.caption", "nl")
    places = chart.data["places"]
    spec = chart_spec(chart, 300, 0, "nl").to_dict()
    texts = [layer for layer in spec["layer"] if layer["mark"].get("type") == "text"]
    assert texts and all(layer["mark"]["fontSize"] == FONT_PX for layer in texts)
    named = {label["text"][0] for label in texts[-1]["data"]["values"]}
    assert LABEL_EXTREMES <= len(named) and named <= extremes(places.values, dict(zip(places.codes, places.names)))


def test_a_proposal_map_in_one_colour_says_so_in_its_caption():
    from budgetsim.proposal import prepare_options, proposal_content

    options = prepare_options([new_scenario(ZWOLLE, social_eur=5000)], draws=100)
    chart = proposal_content(options, "nl").charts["map"]
    assert chart.caption == t("proposal.chart.map.caption.same", "nl")
