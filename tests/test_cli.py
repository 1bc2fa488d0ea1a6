"""The command line (budgetsim.cli): every command, exit codes, messages, JSON keys.

Most tests call ``main([...])`` in-process with ``capsys``; one runs the installed ``budgetsim``
console script in a subprocess.
"""

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from budgetsim import cli
from budgetsim import data as cbs
from budgetsim.allocation import optimise
from budgetsim.bands import BANDS
from budgetsim.data import data_path
from budgetsim.formatting import fmt_pct
from budgetsim.planning import ScenarioPlan, build_model, with_budget
from budgetsim.scenario import SCHEMA_VERSION, load_scenario
from tests.conftest import DORDRECHT

DATA = Path(data_path("cbs_kwb_2024_gemeenten.csv")).parent
REPO = Path(__file__).resolve().parents[1]


def run(capsys, *argv):
    """``(exit code, stdout, stderr)`` of ``budgetsim argv``."""
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *argv):
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def _gemeente_row(code: str) -> dict:
    with open(DATA / "cbs_kwb_2024_gemeenten.csv", encoding="utf-8", newline="") as handle:
        return next(r for r in csv.DictReader(handle) if r["gemeente_code"] == code)


def _wijk_rows(code: str) -> list[dict]:
    with open(DATA / "cbs_kwb_2024_wijken.csv", encoding="utf-8", newline="") as handle:
        return [r for r in csv.DictReader(handle) if r["gemeente_code"] == code]


def _weekly_page_eur(code: str) -> int:
    """MODEL.md defaults: 52 x 15 euro per 1,000 copies x 0.8 x dwellings / 1000, rounded."""
    dwellings = sum(float(r["dwellings"] or 0) for r in _wijk_rows(code))
    return round(52 * 15.0 * 0.8 * dwellings / 1000.0)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("cli")


@pytest.fixture(scope="module")
def dordrecht_file(folder):
    """Dordrecht, print 20,000, social 5,000 (by audience)."""
    path = folder / "dordrecht.json"
    assert cli.main(["new", "--gemeente", "Dordrecht", "--print", "20000", "--social", "5000", "--out", str(path)]) == 0
    return path


# -- gemeenten ---------------------------------------------------------------------------------------


def test_gemeenten_lists_dordrecht(capsys):
    code, out, err = run(capsys, "gemeenten", "dord")
    assert code == 0 and err == ""
    row = _gemeente_row(DORDRECHT)
    residents_nl = f"{int(row['residents']):,}".replace(",", ".")
    line = next(line for line in out.splitlines() if DORDRECHT in line)
    assert "Dordrecht" in line and residents_nl in line and line.split()[-1] == "13"
    assert len(_wijk_rows(DORDRECHT)) == 13
    assert "Bron: CBS" in out


def test_gemeenten_json_and_no_match(capsys):
    found = run_json(capsys, "gemeenten", "dord")
    assert {"code": "GM0505", "name": "Dordrecht", "residents": 122070, "wijken": 13} in found
    code, out, err = run(capsys, "gemeenten", "Dordrect")
    assert code == 2 and "Dordrecht" in err and "Traceback" not in err


# -- new ---------------------------------------------------------------------------------------------


def test_new_writes_valid_scenario(capsys, tmp_path):
    path = tmp_path / "f.json"
    code, out, err = run(capsys, "new", "--gemeente", "Dordrecht", "--print", 20000, "--social", 5000, "--out", path)
    assert code == 0, err
    s = load_scenario(path)
    assert s.gemeente == DORDRECHT and s.budget.print_eur == 20000 and s.budget.social_eur == 5000
    assert s.budget.social_split == "by_audience"
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["schema_version"] == SCHEMA_VERSION == 2 and raw["budget"]["print_eur"] == 20000
    assert raw["level"] == "wijk" and "current" not in raw
    assert str(path) in out


@pytest.mark.parametrize("given", ["GM0505", "dordrecht", "Dordrecht"])
def test_new_accepts_name_or_code(capsys, tmp_path, given):
    path = tmp_path / "s.json"
    code, _, err = run(capsys, "new", "--gemeente", given, "--out", path)
    assert code == 0, err
    assert load_scenario(path).gemeente == DORDRECHT


def test_new_unknown_gemeente_lists_close_matches(capsys, tmp_path):
    path = tmp_path / "s.json"
    code, out, err = run(capsys, "new", "--gemeente", "Dordrect", "--out", path)
    assert code == 2 and not path.exists()
    assert "Dordrecht (GM0505)" in err and "Traceback" not in err


def test_new_ambiguous_gemeente_lists_matches(capsys, tmp_path):
    path = tmp_path / "s.json"
    code, out, err = run(capsys, "new", "--gemeente", "Berg", "--out", path, "--lang", "en")
    assert code == 2 and not path.exists()
    assert "Bergen op Zoom (GM0748)" in err and "Bergeijk" in err and "Traceback" not in err


def test_new_default_budgets(capsys, tmp_path):
    path = tmp_path / "s.json"
    assert run(capsys, "new", "--gemeente", "GM1701", "--out", path)[0] == 0
    s = load_scenario(path)
    assert s.budget.social_eur == 5000
    assert s.budget.print_eur == _weekly_page_eur("GM1701")
    path2 = tmp_path / "d.json"
    assert run(capsys, "new", "--gemeente", DORDRECHT, "--out", path2)[0] == 0
    assert load_scenario(path2).budget.print_eur == _weekly_page_eur(DORDRECHT) == 35740


def test_new_does_not_overwrite_without_force(capsys, tmp_path):
    path = tmp_path / "s.json"
    assert run(capsys, "new", "--gemeente", DORDRECHT, "--print", 1000, "--out", path)[0] == 0
    before = path.read_bytes()
    code, out, err = run(capsys, "new", "--gemeente", DORDRECHT, "--print", 2000, "--out", path)
    assert code == 2 and path.read_bytes() == before
    assert str(path) in err and "Traceback" not in err
    assert run(capsys, "new", "--gemeente", DORDRECHT, "--print", 2000, "--out", path, "--force")[0] == 0
    assert load_scenario(path).budget.print_eur == 2000
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]  # no temporary files left


def test_new_with_own_areas(capsys, tmp_path):
    table = tmp_path / "areas.csv"
    table.write_text("code,name,residents,dwellings\nWK1,Noord,5000,2000\nWK2,Zuid,8000,3500\n", encoding="utf-8")
    path = tmp_path / "own.json"
    code, out, err = run(capsys, "new", "--areas", table, "--social", 3000, "--out", path)
    assert code == 0, err
    s = load_scenario(path)
    assert s.gemeente is None
    assert [(a.code, a.name, a.residents, a.dwellings) for a in s.inline_areas] == [
        ("WK1", "Noord", 5000, 2000),
        ("WK2", "Zuid", 8000, 3500),
    ]
    assert s.budget.social_eur == 3000
    assert s.budget.print_eur == round(52 * 15.0 * 0.8 * 5500 / 1000.0)
    assert run(capsys, "evaluate", path)[0] == 0


@pytest.mark.parametrize("lang, where", [("nl", "regel {line}, kolom {col}"), ("en", "line {line}, column {col}")])
def test_new_with_bad_csv(capsys, tmp_path, lang, where):
    table = tmp_path / "bad.csv"
    table.write_text("code,name,residents,dwellings\nWK1,A,5000,2000\nWK2,B,abc,1500\nWK3,C,-3,\n", encoding="utf-8")
    path = tmp_path / "s.json"
    code, out, err = run(capsys, "new", "--areas", table, "--out", path, "--lang", lang)
    assert code == 2 and not path.exists() and "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 3
    assert where.format(line=3, col="residents") in lines[0]
    assert where.format(line=4, col="residents") in lines[1]
    assert where.format(line=4, col="dwellings") in lines[2]


def test_new_missing_csv(capsys, tmp_path):
    code, out, err = run(capsys, "new", "--areas", tmp_path / "nope.csv", "--out", tmp_path / "s.json")
    assert code == 2 and "nope.csv" in err


# -- evaluate ----------------------------------------------------------------------------------------


def test_evaluate_text_dutch_and_english(capsys, dordrecht_file):
    code, out, err = run(capsys, "evaluate", dordrecht_file)
    assert code == 0 and err == ""
    assert "Inwoners in de doelgroep" in out and "Bron: CBS" in out and "Budget per jaar" in out
    code, out, err = run(capsys, "evaluate", dordrecht_file, "--lang", "en")
    assert code == 0
    assert "Residents in the target group" in out and "Source: CBS" in out
    assert "Inwoners" not in out


def test_evaluate_json_keys_and_values(capsys, dordrecht_file):
    d = run_json(capsys, "evaluate", dordrecht_file)
    for key in (
        "target_population",
        "reached",
        "reached_print",
        "reached_social",
        "reached_both",
        "reached_3plus",
        "cost_per_reached_eur",
    ):
        assert isinstance(d[key], float), key
    assert {"insertions", "price_per_insertion_eur", "avg_frequency"} <= set(d["print"])
    assert {"impressions", "avg_frequency", "ineligible_areas"} <= set(d["social"])
    assert len(d["bands"]) == 4
    for row in d["bands"]:
        assert {"band", "target_population", "reached", "reached_print", "reached_social"} <= set(row)
    assert len(d["areas"]) == 13
    for row in d["areas"]:
        assert {
            "code",
            "name",
            "target_population",
            "audience",
            "social_eur",
            "reached",
            "reached_print",
            "reached_social",
            "marginal_reach_per_100_eur",
        } <= set(row)

    # independent figures: the by-audience split of MODEL.md, evaluated directly
    model = build_model(load_scenario(dordrecht_file))
    shares = np.array([0.0, 0.85, 0.85, 0.75, 0.55])
    audience = (model.areas.population * shares).sum(axis=1)
    eligible = audience >= 1000
    social = np.where(eligible, 5000.0 * audience / audience[eligible].sum(), 0.0)
    e = model.evaluate(20000.0, social)
    assert d["reached"] == pytest.approx(e.total("reached"), rel=1e-9)
    assert d["reached_3plus"] == pytest.approx(e.total("reached_3plus"), rel=1e-9)
    assert d["cost_per_reached_eur"] == pytest.approx(25000.0 / e.total("reached"), rel=1e-9)
    assert [a["social_eur"] for a in d["areas"]] == pytest.approx(list(social))
    assert sorted(d["social"]["ineligible_areas"]) == sorted(np.array(model.areas.codes)[~eligible].tolist())
    dwellings = sum(float(r["dwellings"]) for r in _wijk_rows(DORDRECHT))
    assert d["print"]["price_per_insertion_eur"] == pytest.approx(15.0 * 0.8 * dwellings / 1000.0)
    assert d["print"]["insertions"] == pytest.approx(20000.0 / d["print"]["price_per_insertion_eur"])
    assert d["social"]["impressions"] == pytest.approx(5000.0 * 1000.0 / 8.0)
    ages = ("age_0_14", "age_15_24", "age_25_44", "age_45_64", "age_65_plus")
    assert d["target_population"] == pytest.approx(
        sum(  # each wijk's own CBS age mix, children left out
            float(r["residents"]) * (1 - float(r["age_0_14"]) / sum(float(r[k]) for k in ages))
            for r in _wijk_rows(DORDRECHT)
        )
    )


def _bad_files(folder: Path, good: Path) -> dict[str, tuple[Path, list[str]]]:
    text = good.read_text(encoding="utf-8")
    d = json.loads(text)
    negative = json.loads(text)
    negative["budget"]["print_eur"] = -5
    negative["budget"]["social_eur"] = -1
    unknown = json.loads(text)
    unknown["budgt"] = 1
    files = {
        "negative": (json.dumps(negative), ["budget.print_eur", "budget.social_eur"]),
        "unknown": (json.dumps(unknown), ["budgt"]),
        "nan": (re.sub(r'"loyalty": [0-9.]+', '"loyalty": NaN', text), ["assumptions.print.loyalty"]),
        "notjson": ("{not json", ["file"]),
        "large": (" " * 1_000_001 + json.dumps(d), ["file"]),
    }
    out = {}
    for name, (content, paths) in files.items():
        path = folder / f"bad-{name}.json"
        path.write_text(content, encoding="utf-8")
        out[name] = (path, paths)
    return out


@pytest.mark.parametrize("case", ["negative", "unknown", "nan", "notjson", "large"])
@pytest.mark.parametrize("command", ["evaluate", "optimise"])
def test_bad_scenario_file(capsys, tmp_path, dordrecht_file, case, command):
    path, paths = _bad_files(tmp_path, dordrecht_file)[case]
    code, out, err = run(capsys, command, path, "--lang", "en")
    assert code == 2
    assert "Traceback" not in err and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == len(paths)  # one line per problem
    for line, where in zip(lines, paths):  # each names the file, then the place in it
        place = str(path) if where == "file" else f"{path}, {where}"
        assert line.startswith(f"budgetsim: {place}:"), line
    if case == "large":
        assert "1 MB" in err


def test_bad_scenario_file_in_dutch(capsys, tmp_path, dordrecht_file):
    path, _ = _bad_files(tmp_path, dordrecht_file)["negative"]
    code, out, err = run(capsys, "evaluate", path)
    assert code == 2
    assert err.strip().splitlines() == [
        f"budgetsim: {path}, budget.print_eur: moet minstens 0 zijn (nu -5)",
        f"budgetsim: {path}, budget.social_eur: moet minstens 0 zijn (nu -1)",
    ]


def test_too_large_file_reports_its_real_size(capsys, tmp_path):
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 1_500_000 + b"{}")
    code, out, err = run(capsys, "evaluate", path, "--lang", "en")
    assert code == 2
    assert "1,500,002 bytes" in err


def test_missing_file(capsys, tmp_path):
    code, out, err = run(capsys, "evaluate", tmp_path / "nope.json")
    assert code == 2 and "nope.json" in err and "Traceback" not in err


# -- optimise ----------------------------------------------------------------------------------------


def test_optimise_json_and_out(capsys, tmp_path, dordrecht_file):
    best_file = tmp_path / "best.json"
    d = run_json(capsys, "optimise", dordrecht_file, "--out", best_file)
    for key in (
        "print_eur",
        "social_eur",
        "social_by_area",
        "reached",
        "weighted_reached",
        "gain_reached",
        "gain_weighted_reached",
    ):
        assert key in d, key
    assert d["print_eur"] + d["social_eur"] == pytest.approx(25000.0)
    assert sum(d["social_by_area"].values()) == pytest.approx(d["social_eur"], abs=0.1)
    own = run_json(capsys, "evaluate", dordrecht_file)
    assert d["gain_reached"] == pytest.approx(d["reached"] - own["reached"])
    assert d["gain_reached"] >= 0
    best = load_scenario(best_file)
    assert best.budget.social_split == "manual"
    again = run_json(capsys, "evaluate", best_file)
    assert again["reached"] == pytest.approx(d["reached"], abs=1.0)
    assert again["print_eur"] + again["social_eur"] == pytest.approx(25000.0, abs=0.1)
    # not overwritten without --force
    before = best_file.read_bytes()
    code, _, err = run(capsys, "optimise", dordrecht_file, "--out", best_file)
    assert code == 2 and best_file.read_bytes() == before


def test_optimise_other_total_and_text(capsys, dordrecht_file):
    d = run_json(capsys, "optimise", dordrecht_file, "--total", 40000)
    assert d["total_eur"] == 40000 and d["print_eur"] + d["social_eur"] == pytest.approx(40000.0)
    code, out, err = run(capsys, "optimise", dordrecht_file)
    assert code == 0 and "Beste verdeling" in out and "Bron: CBS" in out


# -- frontier ----------------------------------------------------------------------------------------


def test_frontier_json_and_csv(capsys, tmp_path, dordrecht_file):
    d = run_json(capsys, "frontier", dordrecht_file, "--max", 20000, "--step", 2000)
    points = d["points"]
    assert [p["total_eur"] for p in points] == [2000.0 * i for i in range(11)]
    reached = [p["reached"] for p in points]
    assert all(b >= a - 1e-6 for a, b in zip(reached, reached[1:]))
    assert reached[0] == 0.0 and reached[-1] > 0
    for p in points:
        assert p["print_eur"] + p["social_eur"] == pytest.approx(p["total_eur"], abs=1e-6)
    table = tmp_path / "frontier.csv"
    code, out, err = run(capsys, "frontier", dordrecht_file, "--max", 20000, "--step", 2000, "--csv", table)
    assert code == 0, err
    rows = list(csv.DictReader(table.open(encoding="utf-8-sig", newline=""), delimiter=";"))
    assert len(rows) == 11
    assert [float(r["Inwoners bereikt"]) for r in rows] == [round(r) for r in reached]
    code, out, err = run(capsys, "frontier", dordrecht_file, "--max", 20000, "--step", 2000, "--csv", table)
    assert code == 2  # exists, no --force


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_frontier_csv_is_written_for_excel_in_the_language(capsys, tmp_path, lang):
    """Like the app's CSVs: BOM, CRLF, ";" and a decimal comma in Dutch ("," and a point in English),
    headers in --lang, euros with two decimals, residents whole, booleans as words."""
    table = tmp_path / f"fr-{lang}.csv"
    scenario = REPO / "scenarios" / "dordrecht-5000-social.json"
    argv = ("frontier", scenario, "--max", 50000, "--step", 5000, "--csv", table, "--lang", lang)
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    data = table.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") == 12 and b"\n" not in data.replace(b"\r\n", b"")
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";" if lang == "nl" else ","))
    header, body = rows[0], rows[1:]
    if lang == "nl":
        assert header[:4] == ["Totaal budget (€)", "Budget krant (€)", "Budget social media (€)", "Inwoners bereikt"]
        assert header[-1] == "Prijs per pagina geschat" and {r[-1] for r in body} == {"ja"}
        assert body[1][:3] == ["5000,00", "1693,36", "3306,64"]
        euro, share = r"\d+,\d\d", r"\d+,\d"
    else:
        assert header[:4] == ["Total budget (€)", "Paper budget (€)", "Social media budget (€)", "Residents reached"]
        assert header[-1] == "Price per page estimated" and {r[-1] for r in body} == {"yes"}
        assert body[1][:3] == ["5000.00", "1693.36", "3306.64"]
        euro, share = r"\d+\.\d\d", r"\d+\.\d"
    assert len(body) == 11 and body[0][5] == ""  # no step before the first total
    for r in body:
        assert all(re.fullmatch(euro, r[i]) for i in (0, 1, 2, 6)), r
        assert re.fullmatch(r"\d+", r[3]) and re.fullmatch(share, r[4]), r
        assert r[5] == "" or re.fullmatch("-?" + share, r[5]), r


@pytest.mark.parametrize("argv", [["--max", "0"], ["--max", "1000", "--step", "0"], ["--max", "1000", "--step", "-5"]])
def test_frontier_bad_arguments(capsys, dordrecht_file, argv):
    code, out, err = run(capsys, "frontier", dordrecht_file, *argv)
    assert code == 2 and err and "Traceback" not in err


# -- target ------------------------------------------------------------------------------------------


def test_target_smallest_total(capsys, dordrecht_file):
    d = run_json(capsys, "target", dordrecht_file, "--reach", 0.6, "--bands", "15-24")
    assert d["reachable"] is True and d["target_bands"] == ["15-24"]
    total = d["total_eur"]
    assert total == int(total) and total > 0
    model = replace(build_model(load_scenario(dordrecht_file)), target_bands=("15-24",))
    population = float(model.areas.population[:, BANDS.index("15-24")].sum())
    assert d["target_population"] == pytest.approx(population)
    goal = 0.6 * population
    assert optimise(model, total).reached >= goal
    assert optimise(model, total - 1).reached < goal
    assert d["reached"] == pytest.approx(optimise(model, total).reached)


def test_target_unreachable(capsys, dordrecht_file):
    d = run_json(capsys, "target", dordrecht_file, "--reach", 0.99)
    assert d["reachable"] is False and d["total_eur"] is None
    assert 0.5 < d["max_share"] < 0.99
    code, out, err = run(capsys, "target", dordrecht_file, "--reach", 0.99)
    assert code == 0
    assert "niet te bereiken" in out and fmt_pct(d["max_share"], "nl") in out
    code, out, err = run(capsys, "target", dordrecht_file, "--reach", 0.99, "--lang", "en")
    assert "cannot be reached" in out and fmt_pct(d["max_share"], "en") in out


@pytest.mark.parametrize("argv", [["--reach", "1.5"], ["--reach", "0"], ["--reach", "0.5", "--bands", "15-30"]])
def test_target_bad_arguments(capsys, dordrecht_file, argv):
    code, out, err = run(capsys, "target", dordrecht_file, *argv)
    assert code == 2 and err and "Traceback" not in err


# -- uncertainty -------------------------------------------------------------------------------------


def test_uncertainty_json_keys_and_seed(capsys, dordrecht_file):
    code, out1, err = run(capsys, "uncertainty", dordrecht_file, "--draws", 200, "--seed", 3, "--json")
    assert code == 0, err
    d = json.loads(out1)
    for key in ("reached", "reached_3plus", "reached_print", "reached_social", "cost_per_reached_eur"):
        assert set(d[key]) == {"p10", "p50", "p90"}
        assert d[key]["p10"] <= d[key]["p50"] <= d[key]["p90"]
    assert [b["band"] for b in d["bands"]] == ["15-24", "25-44", "45-64", "65+"]
    assert {r["parameter"] for r in d["sensitivity"]} == set(d["ranges"])
    for row in d["sensitivity"]:
        assert {"parameter", "low_value", "high_value", "reached_at_low", "reached_at_high"} <= set(row)
    assert d["draws"] == 200 and d["seed"] == 3
    own = run_json(capsys, "evaluate", dordrecht_file)
    assert d["reached"]["p10"] < own["reached"] < d["reached"]["p90"]
    _, out2, _ = run(capsys, "uncertainty", dordrecht_file, "--draws", 200, "--seed", 3, "--json")
    assert out1 == out2
    _, out3, _ = run(capsys, "uncertainty", dordrecht_file, "--draws", 200, "--seed", 4, "--json")
    assert json.loads(out3)["reached"] != d["reached"]


def test_uncertainty_text_and_bad_draws(capsys, dordrecht_file):
    code, out, err = run(capsys, "uncertainty", dordrecht_file, "--draws", 200)
    assert code == 0 and "P10" in out and "Bron: CBS" in out
    for draws in (50, 100_001):
        code, out, err = run(capsys, "uncertainty", dordrecht_file, "--draws", draws)
        assert code == 2 and err and "Traceback" not in err


@pytest.mark.parametrize(
    "lang, names, seed",
    [
        ("nl", ["Kans dat iemand de pagina ziet (per nummer)", "Kosten per 1.000 vertoningen (€)"], "startgetal 3"),
        ("en", ["Chance of seeing the page (per issue)", "Cost per 1,000 impressions (€)"], "seed 3"),
    ],
)
def test_uncertainty_names_the_assumptions_in_words(capsys, dordrecht_file, lang, names, seed):
    code, out, err = run(capsys, "uncertainty", dordrecht_file, "--draws", 200, "--seed", 3, "--lang", lang)
    assert code == 0, err
    assert f"200 {'trekkingen' if lang == 'nl' else 'draws'}, {seed})" in out
    for name in names:
        assert name in out
    assert not re.search(r"\b(print|social)\.[a-z_0-9]+", out), out  # no internal keys
    if lang == "nl":
        assert "seed" not in out and "×0,6 →" in out and "70 % →" in out


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
def test_uncertainty_json_with_zero_budgets(capsys, tmp_path):
    path = tmp_path / "zero.json"
    assert run(capsys, "new", "--gemeente", DORDRECHT, "--print", 0, "--social", 0, "--out", path)[0] == 0
    code, out, err = run(capsys, "uncertainty", path, "--draws", 100, "--json")
    assert code == 0, err
    assert json.loads(out)["reached"]["p50"] == 0.0


# -- the installed console script --------------------------------------------------------------------


def _script() -> list[str]:
    found = shutil.which("budgetsim") or str(Path(sys.executable).with_name("budgetsim"))
    if not os.path.exists(found):
        pytest.skip("the budgetsim console script is not installed (pip install -e .)")
    return [found]


def test_console_script_end_to_end(tmp_path):
    script = _script()
    path = tmp_path / "s.json"
    done = subprocess.run(
        script + ["new", "--gemeente", "Dordrecht", "--print", "20000", "--out", str(path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    done = subprocess.run(
        script + ["evaluate", str(path), "--json"], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert done.returncode == 0, done.stderr
    d = json.loads(done.stdout)
    own = ScenarioPlan(load_scenario(path)).evaluate()
    assert d["reached"] == pytest.approx(own.total("reached"), rel=1e-12)
    done = subprocess.run(
        script + ["evaluate", str(tmp_path / "missing.json")], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert done.returncode == 2 and "missing.json" in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""


# -- schema version 2 ---------------------------------------------------------------------------------


def test_new_at_buurt_level(capsys, tmp_path):
    path = tmp_path / "buurten.json"
    code, out, err = run(capsys, "new", "--gemeente", "Dordrecht", "--level", "buurt", "--out", path)
    assert code == 0, err
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["level"] == "buurt"
    d = run_json(capsys, "evaluate", path)
    assert d["level"] == "buurt"
    assert len(d["areas"]) == len(cbs.buurten(DORDRECHT)) > len(cbs.wijken(DORDRECHT))


def test_level_needs_a_gemeente(capsys, tmp_path):
    table = tmp_path / "areas.csv"
    table.write_text("code,name,residents,dwellings\nA,Noord,5000,2000\n", encoding="utf-8")
    code, out, err = run(capsys, "new", "--areas", table, "--level", "buurt", "--out", tmp_path / "s.json")
    assert code == 2 and "--level" in err and not (tmp_path / "s.json").exists()


def test_evaluate_json_reports_the_current_situation(capsys, dordrecht_file, tmp_path):
    d = run_json(capsys, "evaluate", dordrecht_file)
    weekly = 52 * d["print"]["price_per_insertion_eur"]
    current = d["current"]
    assert current["print_eur"] == pytest.approx(round(weekly)) and current["social_eur"] == 0
    assert current["reached_social"] == 0 and current["reached"] > 0
    assert d["print_eur"] == 20000  # the plan's own budget is not the current one
    raw = json.loads(dordrecht_file.read_text(encoding="utf-8"))
    raw["current"] = {"print_eur": 10000, "social_eur": 2000}
    given = tmp_path / "given.json"
    given.write_text(json.dumps(raw), encoding="utf-8")
    d = run_json(capsys, "evaluate", given)
    assert (d["current"]["print_eur"], d["current"]["social_eur"]) == (10000, 2000)
    assert d["current"]["reached_social"] > 0


def test_an_old_file_opens_with_one_notice_on_stderr(capsys, dordrecht_file, tmp_path):
    raw = json.loads(dordrecht_file.read_text(encoding="utf-8"))
    raw["schema_version"] = 1
    del raw["level"]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(raw), encoding="utf-8")
    code, out, err = run(capsys, "evaluate", old, "--json")
    assert code == 0 and json.loads(out)["reached"] > 0
    assert err.count("schemaversie 1") == 1
    code, out, err = run(capsys, "evaluate", dordrecht_file)
    assert code == 0 and err == ""


def test_evaluate_says_the_print_assumptions_in_survey_words(capsys, dordrecht_file):
    d = run_json(capsys, "evaluate", dordrecht_file)
    terms = d["print"]["survey_terms"]
    assert set(terms) == {"every_week", "sometimes", "never_or_not_received"}
    assert sum(terms.values()) == pytest.approx(1.0)
    assert list(d["print"]["survey_terms_by_band"]) == list(BANDS[1:])  # the file's target group: 15+
    for lang, words in (
        ("nl", ["(bijna) elke week", "Sliedrecht 50 %", "Papendrecht 37 %", "Krimpenerwaard 29 %"]),
        ("en", ["(almost) every week", "Sliedrecht 50%", "Papendrecht 37%", "Krimpenerwaard 29%"]),
    ):
        code, out, err = run(capsys, "evaluate", dordrecht_file, "--lang", lang)
        assert code == 0 and all(w in out for w in words)
        every = fmt_pct(terms["every_week"], lang, 0)
        assert every in out


# -- money that buys nothing, estimates, parts that add up -------------------------------------------
@pytest.fixture(scope="module")
def island_file(folder):
    """Schiermonnikoog with € 60.000 for the paper (a page in every issue costs € 383) and € 5.000
    social that no ad set can take."""
    path = folder / "schiermonnikoog.json"
    argv = ["new", "--gemeente", "Schiermonnikoog", "--print", "60000", "--social", "5000", "--out", str(path)]
    assert cli.main(argv) == 0
    return path


def test_new_without_social_puts_none_where_social_cannot_be_aimed(capsys, tmp_path):
    assert run(capsys, "new", "--gemeente", "Schiermonnikoog", "--out", tmp_path / "s.json")[0] == 0
    assert load_scenario(tmp_path / "s.json").budget.social_eur == 0
    assert run(capsys, "new", "--gemeente", DORDRECHT, "--out", tmp_path / "d.json")[0] == 0
    assert load_scenario(tmp_path / "d.json").budget.social_eur == 5000


def test_evaluate_warns_about_euros_that_buy_nothing(capsys, island_file):
    code, out, err = run(capsys, "evaluate", island_file)
    assert code == 0
    lines = err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("budgetsim: € 59.617 van het krantbudget koopt niets: de krant heeft 52 nummers")
    assert lines[1].startswith("budgetsim: € 5.000 voor social media kan niet worden besteed")
    code, out, err = run(capsys, "evaluate", island_file, "--json")
    d = json.loads(out)
    cap = 52 * d["print"]["price_per_insertion_eur"]
    assert d["print"]["eur_above_cap"] == pytest.approx(60000 - cap)
    assert d["social"]["unspendable_eur"] == pytest.approx(5000)
    assert d["print"]["price_estimated"] is True and d["current"]["print"]["eur_above_cap"] == pytest.approx(0, abs=1)
    assert err.count("koopt niets") == 1  # on stderr, never in the JSON


def test_optimise_and_frontier_say_money_with_nowhere_to_go(capsys, tmp_path, island_file):
    code, out, err = run(capsys, "optimise", island_file, "--total", 40000)
    assert code == 0 and "€ 39.617 van het totaal kan nergens heen" in out
    d = run_json(capsys, "optimise", island_file, "--total", 40000)
    assert d["unspent_eur"] == pytest.approx(40000 - d["print_eur"] - d["social_eur"]) and d["print_eur"] < 400
    code, out, err = run(capsys, "frontier", island_file, "--max", 20000, "--step", 10000, "--lang", "en")
    assert "From €10,000 on, part of the money has nowhere to go" in out
    assert "The price per page (€7) is estimated from the number of copies" in out
    table = tmp_path / "frontier.csv"
    assert run(capsys, "frontier", island_file, "--max", 20000, "--step", 10000, "--csv", table)[0] == 0
    rows = list(csv.DictReader(table.open(encoding="utf-8-sig", newline=""), delimiter=";"))
    assert [round(float(r["Kan nergens heen (€)"].replace(",", "."))) for r in rows] == [0, 10000 - 383, 20000 - 383]
    assert {r["Prijs per pagina geschat"] for r in rows} == {"ja"}


def test_evaluate_marks_the_estimate_and_shows_the_proposal_s_parts(capsys, dordrecht_file):
    from budgetsim.formatting import fmt_int
    from budgetsim.proposal import prepare_options, proposal_content

    code, out, err = run(capsys, "evaluate", dordrecht_file)
    assert "krant € 20.000 (geschat)" in out and "pagina's van € 687 (geschat)" in out
    scenario = load_scenario(dordrecht_file)
    table = {
        r.label: r.cells[1]
        for r in proposal_content(prepare_options([scenario], with_uncertainty=False), "nl").table_rows
    }
    lines = {
        line.split(":")[0].strip(): line.split(":", 1)[1].split("(")[0].strip()
        for line in out.splitlines()
        if ":" in line
    }
    assert lines["Bereikt (krant of social)"] == table["Inwoners bereikt"]
    assert lines["via de krant"] == table["Bereikt via de krant"]
    assert lines["via social media"] == table["Bereikt via social media"]
    assert lines["via allebei"] == table["Bereikt via allebei"]
    parts = ScenarioPlan(scenario).evaluate().reached_parts()
    assert lines["via social media"] == fmt_int(parts["social_only"] + parts["both"], "nl")


def test_evaluate_marks_the_estimated_cost_and_says_the_next_thousand_at_the_cap(capsys, dordrecht_file, tmp_path):
    """The cost per reached rests on the estimated price too; at a page in every issue the next
    € 1.000 for the paper buys nothing, so it reaches nobody (the slope just under 52 pages did not)."""
    code, out, _ = run(capsys, "evaluate", dordrecht_file)  # € 20.000: fewer pages than issues
    cost = next(line for line in out.splitlines() if line.startswith("Kosten per bereikte"))
    assert cost.endswith("(geschat)")
    plan = ScenarioPlan(load_scenario(dordrecht_file))
    e = plan.evaluate()
    more = ScenarioPlan(with_budget(plan.scenario, print_eur=e.print_eur + 1000))
    step = more.evaluate().total("reached") - e.total("reached")
    assert step > 50 and f"bereikt nog {round(step)} inwoners extra" in out.replace(".", "")
    full = plan.scenario.to_dict()
    full["budget"]["print_eur"] = round(52 * plan.model.price_per_insertion) - 0.2  # 51,9997 pages
    path = tmp_path / "vol.json"
    path.write_text(json.dumps(full), encoding="utf-8")
    code, out, _ = run(capsys, "evaluate", str(path))
    assert code == 0 and "bereikt nog 0 inwoners extra" in out
