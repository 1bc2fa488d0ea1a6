"""The proposal's charts (budgetsim.proposal.charts) at the small size of a crowded page 1, read from
vl-convert's scenegraph: the ages' shares stay inside the plot (not cut, not over the legend), and
options whose points nearly coincide stay visible, each labelled beside its own dot."""

from __future__ import annotations

import pytest
import vl_convert as vlc

from budgetsim.proposal import prepare_options, proposal_content
from budgetsim.proposal.charts import FONT_PX, chart_spec
from budgetsim.scenario import load_scenario
from tests.proposal.test_pdf import SCENARIOS
from tests.proposal.test_proposal import DAY, DRAWS

#: Plot area of a chart stacked on a crowded page 1, px.
SMALL_PLOT = (270, 60)
#: Width of a character in Liberation Sans, px per px of type (a little over the widest digits).
CHAR_W = 0.6


@pytest.fixture(scope="module")
def charts():
    names = ("dordrecht-huidige-situatie", "dordrecht-5000-social", "dordrecht-tien-campagnes")
    options = prepare_options([load_scenario(SCENARIOS / f"{n}.json") for n in names], draws=DRAWS)
    return proposal_content(options, "nl", day=DAY).charts


def marks(graph, kind: str) -> list[dict]:
    """Every item of a mark of ``kind`` (text, symbol) in the scenegraph."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("marktype") == kind and node.get("role") == "mark":
                found.extend(node.get("items", []))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(graph)
    return found


def test_the_ages_shares_written_upwards_stay_inside_the_plot(charts):
    graph = vlc.vegalite_to_scenegraph(chart_spec(charts["ages"], *SMALL_PLOT, "nl").spec)
    labels = [item for item in marks(graph, "text") if item.get("angle") == 270]
    assert len(labels) == 16  # Nu and three options in four age bands, all written upwards
    for item in labels:
        top = item["y"] - item.get("dx", 0) - len(item["text"]) * item["fontSize"] * CHAR_W
        assert top >= 0, item["text"]  # the plot starts at 0; the legend is above it


def test_points_that_nearly_coincide_stay_visible_and_labelled_beside_them(charts):
    data = charts["saturation"].data
    graph = vlc.vegalite_to_scenegraph(chart_spec(charts["saturation"], *SMALL_PLOT, "nl").spec)
    dots = marks(graph, "symbol")
    labels = [item for item in marks(graph, "text") if item["text"] in {p["label"] for p in data["points"]}]
    assert len(dots) == len(data["points"]) == 3  # "Nu = A", B and C
    for i, later in enumerate(dots):  # drawn in order: a dot on top of another is smaller (a ring inside)
        for earlier in dots[:i]:
            if abs(later["x"] - earlier["x"]) < 10 and abs(later["y"] - earlier["y"]) < 10:
                assert later["size"] < earlier["size"]
    for item in labels:  # each label next to its own dot (same colour), within a line of it
        own = [d for d in dots if d["fill"] == item["fill"]]
        assert own and abs(item["y"] + item.get("dy", 0) - own[0]["y"]) <= FONT_PX
        x = item["x"] + item.get("dx", 0)
        nearest = min(dots, key=lambda d: abs(d["x"] - x) + abs(d["y"] - item["y"] - item.get("dy", 0)))
        assert nearest["fill"] == item["fill"], item["text"]
