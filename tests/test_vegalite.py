"""Vega-Lite specs as dicts: the chart object, schema checks, rows, the shared frame."""

import math

import numpy as np
import pandas as pd
import pytest

from budgetsim import vegalite as vl

LOOK = vl.config(
    "Arial",
    {"number": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["€ ", ""]}},
    "#222222",
    "#E6E6E6",
)


def plot() -> dict:
    return {
        "data": {"values": [{"a": 1.0, "b": "x"}]},
        "mark": {"type": "bar"},
        "encoding": {"x": vl.channel("a", "Q", title="A"), "y": vl.channel("b", "N")},
        "width": 200,
        "height": 100,
    }


def framed(**extra) -> vl.VegaLiteChart:
    return vl.frame(
        plot(),
        title="Titel",
        subtitle="Dordrecht",
        source="Bron: CBS",
        look=LOOK,
        width=200,
        muted_color="#555555",
        text_color="#222222",
        **extra,
    )


def test_frame_is_valid_and_carries_title_subtitle_and_source():
    spec = framed().to_dict(validate=True)
    assert spec["$schema"] == vl.SCHEMA_URL
    assert spec["title"]["text"] == "Titel" and spec["title"]["subtitle"] == ["Dordrecht"]
    plot_spec, footer = spec["vconcat"]
    assert plot_spec == vl.hide_marks(plot())  # the marks are hidden from screen readers
    assert footer["data"]["values"] == [{"text": "Bron: CBS"}] and footer["width"] == 200
    assert spec["config"]["locale"]["number"]["decimal"] == ","


def test_frame_with_note_and_swatch_and_datasets():
    chart = framed(note="Band: P10–P90", note_swatch=True, datasets={"rows": [{"a": 1}]})
    spec = chart.to_dict(validate=True)
    footer = spec["vconcat"][1]
    marks = [layer["mark"]["type"] for layer in footer["layer"]]
    assert marks == ["rect", "text", "text"]
    assert [layer["data"]["values"][0].get("text") for layer in footer["layer"][1:]] == ["Band: P10–P90", "Bron: CBS"]
    assert spec["datasets"] == {"rows": [{"a": 1}]}


def test_empty_subtitle_is_left_out():
    spec = vl.frame(
        plot(), title="T", subtitle="", source="S", look=LOOK, width=200, muted_color="#555", text_color="#222"
    ).to_dict(validate=True)
    assert spec["title"]["subtitle"] == []


def test_to_dict_gives_a_copy():
    chart = framed()
    spec = chart.to_dict()
    spec["title"]["text"] = "changed"
    spec["vconcat"][0]["data"]["values"].append({"a": 2})
    again = chart.to_dict()
    assert again["title"]["text"] == "Titel" and len(again["vconcat"][0]["data"]["values"]) == 1


@pytest.mark.parametrize(
    "break_it, where",
    [
        (lambda s: s["vconcat"][0]["mark"].update(type="bars"), "vconcat/0/mark/type"),
        (lambda s: s["vconcat"][0]["encoding"]["x"].update(type="quant"), "vconcat/0/encoding/x"),
        (lambda s: s["vconcat"][0].update(widht=3), "vconcat/0"),
    ],
)
def test_validate_names_where_the_spec_is_wrong(break_it, where):
    spec = framed().to_dict()
    break_it(spec)
    with pytest.raises(ValueError, match="chart spec at " + where):
        vl.validate_spec(spec)


def test_records_are_plain_json_values():
    frame = pd.DataFrame({"x": np.array([1.5, np.nan]), "n": np.array([1, 2]), "s": ["a", None]})
    rows = vl.records(frame)
    assert rows == [{"x": 1.5, "n": 1, "s": "a"}, {"x": None, "n": 2, "s": None}]
    assert all(type(row["n"]) is int for row in rows) and type(rows[0]["x"]) is float
    assert vl.records([{"v": np.float64(math.inf)}, {"v": np.int64(3)}]) == [{"v": None}, {"v": 3}]


def test_channel_and_tooltips():
    assert vl.channel("a", "Q", title=None) == {"field": "a", "type": "quantitative", "title": None}
    assert vl.tooltips(("a", "A"), ("b", "B")) == [
        {"field": "a", "type": "nominal", "title": "A"},
        {"field": "b", "type": "nominal", "title": "B"},
    ]
    with pytest.raises(KeyError):
        vl.channel("a", "ordinal")


def test_frame_gives_the_description_and_hides_every_mark():
    spec = framed(note="Band", note_swatch=True, description="Titel. Staafdiagram: x 1.").to_dict(validate=True)
    assert spec["description"] == "Titel. Staafdiagram: x 1."
    assert spec["config"]["aria"] is False

    def marks(node):
        if isinstance(node, dict):
            if "mark" in node:
                yield node["mark"]
            for value in node.values():
                yield from marks(value)
        elif isinstance(node, list):
            for value in node:
                yield from marks(value)

    found = list(marks(spec))
    assert len(found) == 4 and all(m["aria"] is False for m in found)  # the plot's bar and the footer's three
    assert "description" not in framed().to_dict()


def test_hide_marks_turns_a_mark_name_into_a_definition():
    assert vl.hide_marks({"layer": [{"mark": "line"}, {"vconcat": [{"mark": {"type": "bar"}}]}]}) == {
        "layer": [{"mark": {"type": "line", "aria": False}}, {"vconcat": [{"mark": {"type": "bar", "aria": False}}]}]
    }
