"""The CSV files as a Dutch comms lead opens them in Excel (budgetsim.csv_tables): the words of the
level, one way of writing each kind of column, the same figures as the screen and ``evaluate``."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from budgetsim import csv_tables as CSV
from budgetsim.planning import ScenarioPlan
from budgetsim.scenario import load_scenario

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"


def evaluate(name: str):
    return ScenarioPlan(load_scenario(str(SCENARIOS / name))).evaluate()


@pytest.fixture(scope="module")
def dordrecht():
    return evaluate("dordrecht-5000-social.json")


@pytest.fixture(scope="module")
def groningen_buurten():
    return evaluate("groningen-buurten-jongeren.json")


def table(data: bytes, lang: str = "nl") -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";" if lang == "nl" else ","))


# -- the words of the level ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_area_csv_at_buurt_level_says_buurt(groningen_buurten, lang):
    rows = table(CSV.area_results_csv(groningen_buurten, lang), lang)
    assert rows[1][0].startswith("BU0014")
    assert rows[0][:2] == (["Buurtcode", "Buurt"] if lang == "nl" else ["Neighbourhood code", "Neighbourhood"])


def test_area_csv_at_wijk_level_says_wijk(dordrecht):
    assert table(CSV.area_results_csv(dordrecht, "nl"))[0][:2] == ["Wijkcode", "Wijk"]
