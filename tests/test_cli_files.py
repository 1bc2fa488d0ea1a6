"""The files the command line reads and writes: new files get the mode the umask gives, an error of
the operating system is said in the user's language, and every message about a scenario file's
contents names the file.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
from pathlib import Path

import pytest

from budgetsim import cli
from budgetsim.planning import new_scenario
from budgetsim.scenario import save_scenario
from tests.conftest import DORDRECHT


def run(capsys, *argv):
    """``(exit code, stdout, stderr)`` of ``budgetsim argv``."""
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def scenario(tmp_path_factory) -> Path:
    """Dordrecht with € 5.000 social, in a folder of its own (copied where a test changes files)."""
    path = tmp_path_factory.mktemp("files") / "dordrecht.json"
    save_scenario(new_scenario(gemeente=DORDRECHT, social_eur=5000, name="Krant en social"), path)
    return path


@pytest.fixture()
def mine(tmp_path, scenario) -> Path:
    """A user's own scenario file in an empty folder."""
    path = tmp_path / "mine.json"
    shutil.copy(scenario, path)
    return path


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _refused(code: int, out: str, err: str) -> list[str]:
    """The lines of a refusal: exit 2, nothing on stdout, no traceback, every line ``budgetsim: ...``."""
    assert code == 2 and out == "", (code, out, err)
    assert "Traceback" not in err and ".tmp" not in err
    lines = err.strip().splitlines()
    assert all(line.startswith("budgetsim: ") for line in lines), lines
    return lines


# -- 5. the mode of a new file is the umask's ---------------------------------------------------------------------


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_new_files_get_the_mode_the_umask_gives(capsys, tmp_path, mine, umask, mode):
    old = os.umask(umask)
    try:
        assert run(capsys, "optimise", mine, "--out", tmp_path / "beste.json")[0] == 0
        assert run(capsys, "frontier", mine, "--max", 2000, "--csv", tmp_path / "grens.csv")[0] == 0
    finally:
        os.umask(old)
    for name in ("beste.json", "grens.csv"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == mode, name


def test_an_overwritten_file_keeps_its_own_mode(capsys, tmp_path, mine):
    table = tmp_path / "grens.csv"
    table.write_text("old", encoding="utf-8")
    table.chmod(0o640)
    assert run(capsys, "frontier", mine, "--max", 2000, "--csv", table, "--force")[0] == 0
    assert table.read_text(encoding="utf-8").startswith("total_eur,")
    assert stat.S_IMODE(table.stat().st_mode) == 0o640


# -- 6. every message about a file's contents names the file ---------------------------------------------------


def test_proposal_names_the_broken_file_without_the_parser_s_english(capsys, tmp_path, mine):
    broken = tmp_path / "broken.json"
    broken.write_text("{\n,}", encoding="utf-8")
    lines = _refused(*run(capsys, "proposal", mine, broken, "--out", tmp_path / "i.pdf"))
    assert lines == [
        f"budgetsim: {broken}: geen geldige JSON op regel 2, kolom 1: hier hoort een naam tussen dubbele "
        "aanhalingstekens, of er staat een komma te veel; controleer komma's, aanhalingstekens en haakjes"
    ]
    negative = tmp_path / "negative.json"
    negative.write_text(mine.read_text(encoding="utf-8").replace('"social_eur": 5000', '"social_eur": -5'))
    lines = _refused(*run(capsys, "proposal", mine, negative, "--out", tmp_path / "i.pdf"))
    assert lines == [f"budgetsim: {negative}, budget.social_eur: moet minstens 0 zijn (nu -5)"]
    assert _files(tmp_path) == ["broken.json", "mine.json", "negative.json"]


@pytest.mark.parametrize(
    "text, nl, en",
    [
        ('{"a": }', "hier hoort een waarde", "a value belongs here"),
        ('{"a": 1 "b": 2}', "hier ontbreekt een komma", "a comma is missing here"),
        ('{"a" 1}', "hier ontbreekt een dubbele punt", "a colon is missing"),
        ('{"a": "b', "een tekst zonder aanhalingsteken aan het eind", "a text without a closing quote"),
        ('{"a": "\\q"}', "een ongeldige code met \\ in een tekst", "an invalid code with \\ in a text"),
        ("{} x", "na het einde van het scenario staat nog meer tekst", "more text after the end"),
    ],
)
def test_the_json_parser_s_reasons_are_said_in_the_user_s_language(capsys, tmp_path, text, nl, en):
    path = tmp_path / "s.json"
    path.write_text(text, encoding="utf-8")
    for lang, words in (("nl", nl), ("en", en)):
        (line,) = _refused(*run(capsys, "evaluate", path, "--lang", lang))
        assert line.startswith(f"budgetsim: {path}: ") and words in line
        assert "Expecting" not in line and "delimiter" not in line


@pytest.mark.parametrize("command", ["evaluate", "optimise", "frontier", "target", "uncertainty", "calibrate"])
def test_every_command_that_reads_a_scenario_names_the_file(capsys, tmp_path, mine, command):
    bad = tmp_path / "bad.json"
    bad.write_text(mine.read_text(encoding="utf-8").replace('"social_eur": 5000', '"social_eur": -5'))
    extra = {
        "frontier": ["--max", 2000],
        "target": ["--reach", 0.5],
        "calibrate": ["--survey", mine, "--out", tmp_path / "new.json"],
    }.get(command, [])
    lines = _refused(*run(capsys, command, bad, *extra, "--lang", "en"))
    assert lines == [f"budgetsim: {bad}, budget.social_eur: must be at least 0 (got -5)"]


def test_a_folder_given_as_a_scenario_is_named_a_folder(capsys, tmp_path, mine):
    lines = _refused(*run(capsys, "proposal", mine, tmp_path, "--out", tmp_path / "i.pdf"))
    assert lines == [
        f"budgetsim: {tmp_path}: dit is een map, geen bestand; geef de naam van een scenariobestand (.json)"
    ]


# -- the operating system's errors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code, nl",
    [
        (errno.EACCES, "geen toestemming voor /x/y.pdf; kies een andere plek of vraag om rechten"),
        (errno.ENOSPC, "de schijf is vol; /x/y.pdf is niet geschreven"),
        (errno.EIO, "kan /x/y.pdf niet lezen of schrijven (foutcode EIO)"),
    ],
)
def test_errors_of_the_operating_system_are_said_in_the_user_s_language(code, nl):
    assert cli.os_error_text(OSError(code, os.strerror(code), "/x/y.pdf"), "nl") == nl
