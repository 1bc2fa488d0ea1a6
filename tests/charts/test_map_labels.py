"""Where the map's names go: the Mercator frame Vega fits, the order from the extremes inwards,
and labels that do not overlap each other, the marks or the plot's edge."""

from __future__ import annotations

import itertools

import pytest

from budgetsim import charts as C
from budgetsim.charts.map_labels import (
    MARK_RADIUS_PX,
    Frame,
    label_order,
    place_labels,
    place_what_fits,
    short_name,
    text_box,
)
from budgetsim.charts.topology import gemeente_topology, in_wijk, wijk_outlines
from budgetsim.data import wijken
from budgetsim.planning import ScenarioPlan, new_scenario

BBOX = (6.0, 52.4, 6.2, 52.6)


def box(frame: Frame, label, font_size: float = 10) -> tuple[float, float, float, float]:
    x, y = frame.to_px(label.lon, label.lat)
    w, h = text_box(label.lines, font_size)
    return x - w / 2, y - h / 2, x + w / 2, y + h / 2


def overlaps(a, b) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def test_the_frame_fits_the_box_into_the_plot_and_back():
    frame = Frame(BBOX, 400, 800)
    x0, y0 = frame.to_px(BBOX[0], BBOX[3])  # north-west corner
    x1, y1 = frame.to_px(BBOX[2], BBOX[1])  # south-east corner
    assert (x0, x1) == pytest.approx((0, 400))  # the width binds; the height is centred
    assert y0 > 0 and y1 < 800 and (y0 + y1) / 2 == pytest.approx(400)
    assert frame.to_lonlat(*frame.to_px(6.1, 52.5)) == pytest.approx((6.1, 52.5))


def test_order_runs_from_the_extremes_inwards():
    values = {"a": 0.3, "b": 0.9, "c": 0.5, "d": 0.1, "e": 0.7}
    assert label_order(values) == ["b", "d", "e", "a", "c"]


def test_every_label_when_all_fit():
    frame = Frame(BBOX, 400, 400)
    spots = {f"w{i}": (6.02 + 0.04 * (i % 5), 52.42 + 0.05 * (i // 5)) for i in range(15)}
    lines = {code: ("Wijk", "12 %") for code in spots}
    placed = place_labels(list(spots), 10, spots, lines, set(), frame, 10)
    assert {p.code for p in placed} == set(spots)


def test_a_crowd_gets_the_required_labels_only():
    """Twelve wijken on one spot: the ten extremes are named all the same (overlapping as little
    as they can); what merely fits leaves the crowd out."""
    frame = Frame(BBOX, 400, 400)
    spots = {f"w{i}": (6.1, 52.5) for i in range(12)}
    lines = {code: ("Een lange wijknaam",) for code in spots}
    order = list(spots)
    assert [p.code for p in place_labels(order, 10, spots, lines, set(), frame, 10)] == order[:10]
    fitting = place_what_fits(order, spots, lines, set(), frame, 10)
    assert 1 <= len(fitting) < 10
    for a, b in itertools.combinations(fitting, 2):
        assert not overlaps(box(frame, a), box(frame, b))


def test_a_label_leaves_its_mark_free_and_stays_in_the_plot():
    frame = Frame(BBOX, 300, 300)
    spots = {"marked": (6.1, 52.5), "edge": (6.0005, 52.5)}
    lines = {"marked": ("Binnenstad", "38 %"), "edge": ("Westenholte", "33 %")}
    placed = {p.code: p for p in place_labels(list(spots), 10, spots, lines, {"marked"}, frame, 10)}
    x, y = frame.to_px(*spots["marked"])
    mark = (x - MARK_RADIUS_PX, y - MARK_RADIUS_PX, x + MARK_RADIUS_PX, y + MARK_RADIUS_PX)
    assert not overlaps(box(frame, placed["marked"]), mark)
    for label in placed.values():
        left, top, right, bottom = box(frame, label)
        assert left >= 0 and top >= 0 and right <= 300 and bottom <= 300


@pytest.mark.parametrize("gemeente,metric", [("GM0193", "print_missed"), ("GM0014", "young"), ("GM0363", "reach")])
def test_labels_on_real_maps_do_not_overlap(gemeente, metric):
    e = ScenarioPlan(new_scenario(gemeente, social_eur=5000)).evaluate()
    spec = C.area_map(e, metric, "nl", "Test").to_dict()["vconcat"][0]
    labels = [layer for layer in spec["layer"] if layer["mark"].get("type") == "text"][-1]["data"]["values"]
    _, bbox = gemeente_topology(tuple(wijken(gemeente).codes))
    frame = Frame(bbox, spec["width"], spec["height"])

    class Label:
        def __init__(self, row):
            self.lon, self.lat, self.lines = row["lon"], row["lat"], tuple(row["text"])

    boxes = [box(frame, Label(row)) for row in labels]
    assert len(boxes) >= 6
    for a, b in itertools.combinations(boxes, 2):
        assert not overlaps(a, b)
    areas = wijken(gemeente)
    code_of = {short_name(name): code for code, name in zip(areas.codes, areas.names)}
    outlines = wijk_outlines(tuple(areas.codes))
    for row in labels:  # each name sits on its own wijk, never on a neighbour
        assert in_wijk(outlines, code_of[row["text"][0]], row["lon"], row["lat"]), row["text"]


def test_a_label_that_fits_only_on_a_neighbour_is_left_out():
    """Dordrecht: the narrow strip of Industriegebied West carries its own name under its mark; a
    name that would land on another wijk is not drawn (the reviewer saw "Wielwijk" on that strip)."""
    e = ScenarioPlan(new_scenario("GM0505", social_eur=5000)).evaluate()
    spec = C.area_map(e, "reach", "nl", "Test").to_dict()["vconcat"][0]
    labels = [layer for layer in spec["layer"] if layer["mark"].get("type") == "text"][-1]["data"]["values"]
    areas = wijken("GM0505")
    outlines = wijk_outlines(tuple(areas.codes))
    strip = next(code for code, name in zip(areas.codes, areas.names) if "Industriegebied West" in name)
    on_strip = [row["text"][0] for row in labels if in_wijk(outlines, strip, row["lon"], row["lat"])]
    assert on_strip == ["Industriegebied West"]


def test_owns_keeps_a_label_beside_its_spot_inside_its_wijk():
    """A wijk whose spot is crowded: beside it only where the label's centre is still its own."""
    frame = Frame(BBOX, 400, 400)
    spots = {"a": (6.1, 52.5), "b": (6.1, 52.5)}
    lines = {"a": ("Wijk A",), "b": ("Wijk B",)}
    anywhere = place_what_fits(["a", "b"], spots, lines, set(), frame, 10)
    assert [p.code for p in anywhere] == ["a", "b"]  # b moved beside a's label
    only_spot = place_what_fits(["a", "b"], spots, lines, set(), frame, 10, owns=lambda code, lon, lat: False)
    assert [p.code for p in only_spot] == ["a"]  # b has no place of its own left
