"""The CSV files as a Dutch comms lead opens them in Excel (budgetsim.csv_tables): the words of the
level, one way of writing each kind of column, the same figures as the screen and ``evaluate``."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from budgetsim import cli
from budgetsim import csv_tables as CSV
from budgetsim.planning import ScenarioPlan
from budgetsim.scenario import load_scenario
from budgetsim.ui.who_where import ad_set_frame, area_frame

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


# -- one way of writing per kind of column ------------------------------------------------------------------

#: Every cell of a column of a kind, in Dutch: whole counts, euros with two decimals, shares and other
#: numbers with one decimal (never "6,7" next to "8,96", or "99" next to "100,9").
CELL = {
    "count": r"\d+",
    "eur": r"\d+,\d\d",
    "pct": r"\d+,\d",
    "num": r"-?\d+,\d",
}
CELL_EN = {kind: pattern.replace(",", r"\.") for kind, pattern in CELL.items()}


def check_cells(rows: list[list[str]], columns, patterns: dict[str, str]) -> None:
    for (field, _, kind), cells in zip(columns, zip(*rows[1:], strict=True), strict=True):
        if kind in patterns:
            bad = [c for c in cells if not re.fullmatch(patterns[kind], c)]
            assert not bad, f"{field} ({kind}): {bad[:5]}"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_column_is_written_one_way(dordrecht, groningen_buurten, lang):
    patterns = CELL if lang == "nl" else CELL_EN
    for evaluation in (dordrecht, groningen_buurten):
        area_rows = table(CSV.area_results_csv(evaluation, lang), lang)
        check_cells(area_rows, CSV.area_columns(evaluation.model.areas.level), patterns)
        check_cells(table(CSV.ads_manager_csv(evaluation, lang), lang), CSV.PLAN_CSV_COLUMNS, patterns)
    rows = ScenarioPlan(load_scenario(str(SCENARIOS / "dordrecht-tien-campagnes.json"))).campaign_ads_plan()
    check_cells(table(CSV.campaign_plan_csv(rows, lang), lang), CSV.CAMPAIGN_PLAN_CSV_COLUMNS, patterns)


def test_the_reviewers_cells(dordrecht):
    """Binnenstad's week budget "8,96" beside Noordflank's "6,70"; its marginal "100,9" beside "99,0"."""
    plan = {r[0]: r for r in table(CSV.ads_manager_csv(dordrecht, "nl"))}
    assert plan["WK050502"][6] == "6,70" and plan["WK050501"][6] == "8,96"
    areas = {r[0]: r for r in table(CSV.area_results_csv(dordrecht, "nl"))}
    assert areas["WK050509"][-1] == "99,0" and areas["WK050501"][-1] == "100,9"
    assert areas["WK050501"][7] == "466,00"


# -- the same figure everywhere -----------------------------------------------------------------------------


def number(cell: str) -> float:
    return float(cell.replace(",", "."))


def by_code(rows: list[list[str]], name: str) -> dict[str, float]:
    col = rows[0].index(name)
    return {r[0]: number(r[col]) for r in rows[1:]}


@pytest.mark.parametrize("scenario", ["dordrecht", "groningen_buurten"])
def test_area_csv_and_ads_manager_csv_agree(scenario, request):
    """An area alone shows its ad set's audience and euros; a pool's areas add up to the pool's."""
    evaluation = request.getfixturevalue(scenario)
    areas = table(CSV.area_results_csv(evaluation, "nl"))
    plan = table(CSV.ads_manager_csv(evaluation, "nl"))
    audience, euros = by_code(areas, "Doelgroep op Facebook of Instagram"), by_code(areas, "Budget social media (€)")
    sets = evaluation.model.ad_sets
    checked = 0
    for row in plan[1:]:
        members = sets.member_codes(sets.index(row[0]))
        assert sum(audience[c] for c in members) == number(row[4]), row[0]
        assert sum(euros[c] for c in members) == number(row[5]), row[0]
        checked += 1
    assert checked == len(plan) - 1 > 0
    assert sum(euros.values()) == round(float(evaluation.social_eur.sum()))


def test_binnenstad_and_wielwijk_as_the_reviewer_saw_them(dordrecht, capsys):
    areas = table(CSV.area_results_csv(dordrecht, "nl"))
    plan = table(CSV.ads_manager_csv(dordrecht, "nl"))
    audience = by_code(areas, "Doelgroep op Facebook of Instagram")["WK050501"]
    assert audience == by_code(plan, "Doelgroep op Facebook of Instagram")["WK050501"]
    assert cli.main(["evaluate", str(SCENARIOS / "dordrecht-5000-social.json")]) == 0
    out = capsys.readouterr().out
    listed = dict(re.findall(r"^  (Wijk \d\d [^€]*?)\s+€ ([\d.]+) ", out, re.M))
    assert len(listed) == 13
    wielwijk = by_code(areas, "Budget social media (€)")["WK050507"]
    assert number(listed["Wijk 07 Wielwijk"].replace(".", "")) == wielwijk
    assert sum(int(v.replace(".", "")) for v in listed.values()) == 5000  # the list adds up to the total


def test_the_screens_tables_show_the_csvs_figures(groningen_buurten):
    areas = table(CSV.area_results_csv(groningen_buurten, "nl"))
    frame, cols = area_frame(groningen_buurten, "nl")
    assert list(frame[cols["audience"]]) == list(by_code(areas, "Doelgroep op Facebook of Instagram").values())
    assert list(frame[cols["social_eur"]]) == list(by_code(areas, "Budget social media (€)").values())
    plan = table(CSV.ads_manager_csv(groningen_buurten, "nl"))
    frame, cols = ad_set_frame(groningen_buurten, "nl", manual=False)
    assert list(frame[cols["audience"]]) == [number(r[4]) for r in plan[1:]]
    assert list(frame[cols["yearly"]]) == [number(r[5]) for r in plan[1:]]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_csvs_write_their_headers_alike(dordrecht, lang):
    """Every header starts with a capital and euros are "(€)", in the campaign plan as in the others."""
    rows = ScenarioPlan(load_scenario(str(SCENARIOS / "dordrecht-tien-campagnes.json"))).campaign_ads_plan()
    headers = [
        table(CSV.area_results_csv(dordrecht, lang), lang)[0],
        table(CSV.ads_manager_csv(dordrecht, lang), lang)[0],
        table(CSV.campaign_plan_csv(rows, lang), lang)[0],
    ]
    for header in headers:
        assert all(h[0].isupper() or h[0].isdigit() for h in header), header
        assert not any("euro" in h.lower() for h in header), header
    assert headers[2][-2:] == (
        ["Budget campagne (€)", "Budget per week (€)"]
        if lang == "nl"
        else ["Campaign budget (€)", "Budget per week (€)"]
    )
