"""The map: its values per wijk (buurten summed per wijk), its colour scale over the real
range of the values, and the marks and legend that name pooled and untargeted wijken."""

from __future__ import annotations

import numpy as np
import pytest

from budgetsim import chart_files
from budgetsim import charts as C
from budgetsim.charts.maps import STATUS_SHAPES
from budgetsim.charts.style import PRINT_SIZES
from budgetsim.charts.topology import TOPO_OBJECT, decoded_arcs, gemeente_topology, inside, label_point, ring
from budgetsim.data import buurten, wijken
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


@pytest.mark.parametrize("metric", C.MAP_METRICS)
def test_colour_scale_runs_over_the_real_range(zwolle, metric):
    chart = C.area_map(zwolle, metric, "nl", ("Zwolle", "Test"))
    known = [v for v in C.map_data(zwolle, metric).values.values() if v is not None]
    scale = colour_layer(chart)["encoding"]["color"]["scale"]
    assert scale["domain"] == pytest.approx([min(known), max(known)])
    assert scale["nice"] is False
    legend = colour_layer(chart)["encoding"]["color"]["legend"]
    assert legend["values"][0] == pytest.approx(min(known)) and legend["values"][-1] == pytest.approx(max(known))


def test_narrow_reach_range_is_not_stretched_to_a_fixed_scale(zwolle):
    """Zwolle's reach varies by a few points only: the scale is those few points (with a decimal in
    the legend so its ends differ), never 60–80 %."""
    chart = C.area_map(zwolle, "reach", "nl", "Zwolle")
    lo, hi = colour_layer(chart)["encoding"]["color"]["scale"]["domain"]
    assert 0.75 < lo < hi < 0.9 and hi - lo < 0.06
    assert colour_layer(chart)["encoding"]["color"]["legend"]["format"] == ".1%"


def test_scale_domain_of_one_value_and_of_none():
    assert C.map_scale_domain([0.4, 0.4]) == (0.0, 0.4)
    assert C.map_scale_domain([None, float("nan")]) == (0.0, 1.0)
    assert C.map_scale_domain([0.2, 0.7, None]) == (0.2, 0.7)


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
    """With one age band, the best split gives every ad set the same reach share: one colour, no
    gradient, and the value written under the map."""
    from budgetsim.scenario import parse_scenario

    path = __import__("pathlib").Path(__file__).resolve().parents[2] / "scenarios" / "groningen-buurten-jongeren.json"
    e = ScenarioPlan(parse_scenario(path.read_bytes())).evaluate()
    values = [v for v in C.map_data(e, "print_missed").values.values() if v is not None]
    assert max(values) - min(values) < 1e-9
    chart = C.area_map(e, "print_missed", "nl", "Groningen")
    assert colour_layer(chart)["encoding"]["color"]["legend"] is None
    from budgetsim.formatting import fmt_pct

    assert t("chart.map.same", "nl", value=fmt_pct(values[0], "nl")) in chart_files.chart_to_svg(chart)


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
