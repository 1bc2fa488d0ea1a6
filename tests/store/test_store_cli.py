"""``budgetsim store put|list|get`` on SQLite and PostgreSQL: a file goes in and comes back, every
version kept, ``--org`` keeps organisations apart, ``--json`` for machines, and bad input or a
database that is down ends with exit code 2 and one line."""

from __future__ import annotations

import json

import pytest

from budgetsim.cli import main
from budgetsim.scenario import load_scenario, save_scenario, scenario_from_dict


@pytest.fixture
def cli(database_url, monkeypatch, capsys):
    """``cli(*args) -> (exit code, stdout, stderr)`` against :func:`database_url`."""
    monkeypatch.setenv("BUDGETSIM_DATABASE_URL", database_url)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


@pytest.fixture
def scenario_file(tmp_path, small_scenario):
    path = tmp_path / "voorstel.json"
    save_scenario(small_scenario, path)
    return path


def test_put_list_and_get_keep_every_version(cli, scenario_file, tmp_path):
    assert cli("store", "put", str(scenario_file)) == (
        0,
        "Opgeslagen: ‘Voorstel 2027’, versie 1 (organisatie lokaal)\n",
        "",
    )
    changed = scenario_from_dict(dict(load_scenario(scenario_file).to_dict(), notes="tweede"))
    save_scenario(changed, scenario_file, force=True)
    code, out, _ = cli("store", "put", str(scenario_file), "--lang", "en")
    assert (code, out) == (0, "Stored: ‘Voorstel 2027’, version 2 (organisation lokaal)\n")
    code, out, _ = cli("store", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and [(e["name"], e["version"], e["saved_by"]) for e in listed] == [("Voorstel 2027", 2, "lokaal")]
    assert set(listed[0]) == {"name", "saved_at", "saved_by", "version"}
    first = tmp_path / "eerste.json"
    assert cli("store", "get", "Voorstel 2027", "--version", "1", "--out", str(first))[0] == 0
    assert load_scenario(first).notes == "" and load_scenario(first).name == "Voorstel 2027"
    code, out, _ = cli("store", "get", "Voorstel 2027")
    assert code == 0 and json.loads(out)["notes"] == "tweede"


def test_put_under_another_name_and_the_table(cli, scenario_file):
    cli("store", "put", str(scenario_file), "--name", "Plan B")
    cli("store", "put", str(scenario_file))
    code, out, _ = cli("store", "list", "--lang", "en")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["name", "version", "saved", "by"]
    assert [line.split()[:2] for line in lines[1:]] == [["Voorstel", "2027"], ["Plan", "B"]]


def test_an_organisation_never_sees_anothers_scenarios(cli, scenario_file):
    cli("store", "put", str(scenario_file), "--org", "gemeente-a")
    assert cli("store", "list", "--org", "gemeente-b", "--json")[:2] == (0, "[]\n")
    assert cli("store", "list", "--org", "gemeente-b") == (
        0,
        "Organisatie gemeente-b heeft nog geen opgeslagen scenario's.\n",
        "",
    )
    assert cli("store", "list", "--json")[1] == "[]\n"  # lokaal neither
    code, _, err = cli("store", "get", "Voorstel 2027", "--org", "gemeente-b")
    assert (code, err) == (2, "budgetsim: Er is geen opgeslagen scenario met de naam ‘Voorstel 2027’.\n")
    assert json.loads(cli("store", "list", "--org", "gemeente-a", "--json")[1])[0]["name"] == "Voorstel 2027"


@pytest.mark.parametrize(
    "args, line",
    [
        (("store", "put", "geen-bestand.json"), "budgetsim: bestand niet gevonden: geen-bestand.json"),
        (("store", "get", "Niets"), "budgetsim: Er is geen opgeslagen scenario met de naam ‘Niets’."),
        (
            ("store", "get", "Voorstel 2027", "--version", "9"),
            "budgetsim: Scenario ‘Voorstel 2027’ heeft geen versie 9.",
        ),
        (("store", "put", "{file}", "--name", " "), "budgetsim: Geef het scenario een naam."),
        (("store", "list", "--org", ""), "budgetsim: --org: geef een organisatie van 1 tot 200 tekens"),
        (
            ("store", "get", "Voorstel 2027", "--out", "/geen/map/x.json"),
            "budgetsim: --out: de map /geen/map bestaat niet; maak hem eerst aan of kies een andere plek",
        ),
        (
            ("store", "get", "Voorstel 2027", "--out", "x.txt"),
            "budgetsim: --out: x.txt eindigt niet op .json; hier komt een scenariobestand, dus de naam moet "
            "eindigen op .json, bijvoorbeeld x.json",
        ),
    ],
)
def test_bad_input_is_exit_2_and_one_line(cli, scenario_file, args, line):
    cli("store", "put", str(scenario_file))
    code, out, err = cli(*(a.replace("{file}", str(scenario_file)) for a in args))
    assert (code, out) == (2, "")
    assert err.splitlines() == [line]


def test_an_invalid_scenario_file_is_not_stored(cli, tmp_path):
    bad = tmp_path / "kapot.json"
    bad.write_text('{"schema_version": 2, "gemeente": "GM0505", "budget": {"social_eur": -5}}', encoding="utf-8")
    code, _, err = cli("store", "put", str(bad))
    assert code == 2 and "budget.social_eur" in err
    assert cli("store", "list", "--json")[1] == "[]\n"


def test_get_never_overwrites_a_file_without_force(cli, scenario_file):
    cli("store", "put", str(scenario_file))
    code, _, err = cli("store", "get", "Voorstel 2027", "--out", str(scenario_file))
    assert code == 2 and len(err.splitlines()) == 1
    assert cli("store", "get", "Voorstel 2027", "--out", str(scenario_file), "--force")[0] == 0


def test_a_database_that_is_down_is_exit_2_and_one_line(monkeypatch, capsys, scenario_file, tmp_path):
    blocker = tmp_path / "een-bestand"
    blocker.write_text("")
    for url in (f"sqlite:///{blocker}/db.sqlite3", f"postgresql+psycopg://budgetsim@/budgetsim?host={tmp_path}"):
        monkeypatch.setenv("BUDGETSIM_DATABASE_URL", url)
        assert main(["store", "put", str(scenario_file)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("budgetsim: de opslag is niet bereikbaar: ") and len(err.splitlines()) == 1


def test_without_a_database_url_the_store_is_a_file_in_the_data_folder(monkeypatch, capsys, scenario_file, tmp_path):
    monkeypatch.delenv("BUDGETSIM_DATABASE_URL", raising=False)
    monkeypatch.setenv("BUDGETSIM_DATA_DIR", str(tmp_path / "gegevens"))
    assert main(["store", "put", str(scenario_file)]) == 0
    assert (tmp_path / "gegevens" / "budgetsim.sqlite3").is_file()
