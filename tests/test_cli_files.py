"""The files the command line reads and writes: a bad name of any kind is refused before anything is
made, with a message in the user's language that names the option, the file and what is allowed;
an input file is never overwritten (not even with ``--force``); a command that writes two files
writes both or neither; new files get the mode the umask gives; and every message about a
scenario file's contents names the file.
"""

from __future__ import annotations

import errno
import json
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


# -- 1. the name's extension matches what is written ----------------------------------------------------------


def test_proposal_refuses_a_pdf_and_a_word_file_under_each_other_s_extension(capsys, tmp_path, mine):
    pdf, word = tmp_path / "voorstel.docx", tmp_path / "voorstel.pdf"
    lines = _refused(*run(capsys, "proposal", mine, "--out", pdf, "--docx", word))
    assert lines == [
        f"budgetsim: --out: {pdf} eindigt niet op .pdf; hier komt een pdf-bestand, dus de naam moet eindigen "
        f"op .pdf, bijvoorbeeld {tmp_path / 'voorstel.pdf'}",
        f"budgetsim: --docx: {word} eindigt niet op .docx; hier komt een Word-bestand, dus de naam moet "
        f"eindigen op .docx, bijvoorbeeld {tmp_path / 'voorstel.docx'}",
    ]
    assert _files(tmp_path) == ["mine.json"]
    lines = _refused(*run(capsys, "proposal", mine, "--out", tmp_path / "voorstel", "--lang", "en"))
    assert lines == [
        f"budgetsim: --out: {tmp_path / 'voorstel'} does not end in .pdf; this is a PDF file, so its name must "
        f"end in .pdf, for example {tmp_path / 'voorstel.pdf'}"
    ]


def test_proposal_takes_the_extensions_in_any_case(capsys, tmp_path, mine):
    pdf, word = tmp_path / "Voorstel.PDF", tmp_path / "Voorstel.DocX"
    code, out, err = run(capsys, "proposal", mine, "--out", pdf, "--docx", word, "--draws", 200)
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF") and word.read_bytes().startswith(b"PK")
    assert f"Opgeslagen: {pdf}" in out and f"Opgeslagen: {word}" in out


@pytest.mark.parametrize(
    "argv, option, suffix, kind",
    [
        (["new", "--gemeente", DORDRECHT, "--out", "{dir}/plan"], "--out", ".json", "een scenariobestand"),
        (["optimise", "{mine}", "--out", "{dir}/beste.txt"], "--out", ".json", "een scenariobestand"),
        (["frontier", "{mine}", "--max", "2000", "--csv", "{dir}/grens.txt"], "--csv", ".csv", "een CSV-bestand"),
        (["calibrate", "{mine}", "--survey", "{mine}", "--out", "{dir}/nieuw.csv"], "--out", ".json", None),
    ],
)
def test_every_command_refuses_a_name_without_its_file_type_s_extension(
    capsys, tmp_path, mine, argv, option, suffix, kind
):
    argv = [a.format(dir=tmp_path, mine=mine) for a in argv]
    lines = _refused(*run(capsys, *argv, "--force") if argv[0] != "calibrate" else run(capsys, *argv))
    given = argv[argv.index(option) + 1]
    assert len(lines) == 1 and lines[0].startswith(f"budgetsim: {option}: {given} eindigt niet op {suffix}; ")
    assert kind is None or kind in lines[0]
    assert _files(tmp_path) == ["mine.json"]


# -- 2. an input file is never overwritten, not even with --force ---------------------------------------------


def test_optimise_never_writes_over_its_own_scenario(capsys, tmp_path, mine):
    before = mine.read_bytes()
    for spelling in (mine, tmp_path / "." / "mine.json", os.path.relpath(mine)):
        lines = _refused(*run(capsys, "optimise", mine, "--out", spelling, "--force"))
        assert lines == [
            f"budgetsim: --out: {spelling} is een bestand dat u inleest; budgetsim schrijft nooit over een "
            "bestand dat het inleest (ook niet met --force); kies een andere naam"
        ]
    os.link(mine, tmp_path / "link.json")  # the same file under another name
    _refused(*run(capsys, "optimise", mine, "--out", tmp_path / "link.json", "--force"))
    assert mine.read_bytes() == before


def test_proposal_never_writes_over_a_scenario_it_reads(capsys, tmp_path, mine):
    odd = tmp_path / "mine.pdf"  # a scenario under a name that passes the extension check
    shutil.copy(mine, odd)
    before = odd.read_bytes()
    lines = _refused(*run(capsys, "proposal", mine, odd, "--out", odd, "--force", "--lang", "en"))
    assert lines == [
        f"budgetsim: --out: {odd} is a file you read in; budgetsim never writes over a file it reads "
        "(not even with --force); choose another name"
    ]
    assert odd.read_bytes() == before


def test_frontier_new_and_calibrate_never_write_over_their_input(capsys, tmp_path, mine):
    table = tmp_path / "mine.csv"
    shutil.copy(mine, table)  # a scenario named .csv
    _refused(*run(capsys, "frontier", table, "--max", 2000, "--csv", table, "--force"))
    areas = tmp_path / "areas.json"  # an area table named .json
    areas.write_text("code,name,residents,dwellings\nWK1,Noord,5000,2000\n", encoding="utf-8")
    lines = _refused(*run(capsys, "new", "--areas", areas, "--out", areas, "--force"))
    assert "is een bestand dat u inleest" in lines[0]
    survey = tmp_path / "survey.json"
    survey.write_text("x", encoding="utf-8")
    for target in (mine, survey):
        lines = _refused(*run(capsys, "calibrate", mine, "--survey", survey, "--out", target))
        assert lines[0].startswith(f"budgetsim: --out: {target} is een bestand dat u inleest")
    assert table.read_bytes() == mine.read_bytes() and survey.read_text(encoding="utf-8") == "x"
    assert areas.read_text(encoding="utf-8").startswith("code,name")


# -- 3. a folder is not a file name -----------------------------------------------------------------------------


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_a_folder_as_the_output_is_named_as_a_folder(capsys, tmp_path, mine, force):
    folder = tmp_path / "adir"
    folder.mkdir()
    lines = _refused(*run(capsys, "proposal", mine, "--out", folder, *force))
    assert lines == [
        f"budgetsim: --out: {folder} is een map; geef de naam van een pdf-bestand in die map, "
        f"bijvoorbeeld {folder / 'voorstel.pdf'}"
    ]
    lines = _refused(*run(capsys, "frontier", mine, "--max", 2000, "--csv", folder, *force, "--lang", "en"))
    assert lines == [
        f"budgetsim: --csv: {folder} is a folder; give the name of a CSV file in it, for example {folder / 'tabel.csv'}"
    ]
    lines = _refused(*run(capsys, "new", "--gemeente", DORDRECHT, "--out", folder, *force))
    assert lines[0].startswith(f"budgetsim: --out: {folder} is een map; geef de naam van een scenariobestand")
    assert _files(folder) == []


# -- 4. two files: both or neither ------------------------------------------------------------------------------


def test_proposal_checks_both_files_before_writing_either(capsys, tmp_path, mine):
    folder = tmp_path / "adir"
    folder.mkdir()
    pdf = tmp_path / "x.pdf"
    code, out, err = run(capsys, "proposal", mine, "--out", pdf, "--docx", folder, "--force")
    assert _refused(code, out, err)[0].startswith(f"budgetsim: --docx: {folder} is een map")
    assert "Opgeslagen" not in out and not pdf.exists()
    (tmp_path / "x.docx").write_bytes(b"mine")
    code, out, err = run(capsys, "proposal", mine, "--out", pdf, "--docx", tmp_path / "x.docx")
    assert _refused(code, out, err) == [
        f"budgetsim: --docx: {tmp_path / 'x.docx'} bestaat al; kies een andere naam of gebruik --force om te "
        "overschrijven"
    ]
    assert not pdf.exists() and (tmp_path / "x.docx").read_bytes() == b"mine"


def test_proposal_writes_neither_file_when_the_second_cannot_be_written(capsys, tmp_path, mine, monkeypatch):
    pdf, word = tmp_path / "x.pdf", tmp_path / "x.docx"
    pdf.write_bytes(b"old pdf")
    real_replace = os.replace

    def failing_replace(source, target):
        if str(target).endswith(".docx"):
            raise OSError(errno.ENOSPC, "No space left on device", str(source))
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    code, out, err = run(capsys, "proposal", mine, "--out", pdf, "--docx", word, "--force", "--draws", 200)
    assert _refused(code, out, err) == [f"budgetsim: de schijf is vol; {word} is niet geschreven"]
    assert pdf.read_bytes() == b"old pdf" and not word.exists()
    assert _files(tmp_path) == ["mine.json", "x.pdf"]


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
    assert table.read_text(encoding="utf-8-sig").startswith("Totaal budget (€);")
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


# -- 7. an empty name -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv, option, example",
    [
        (["proposal", "{mine}", "--out", ""], "--out", "voorstel.pdf"),
        (["proposal", "{mine}", "--out", "{dir}/v.pdf", "--docx", ""], "--docx", "voorstel.docx"),
        (["new", "--gemeente", DORDRECHT, "--out", ""], "--out", "plan.json"),
        (["optimise", "{mine}", "--out", ""], "--out", "plan.json"),
        (["frontier", "{mine}", "--max", "2000", "--csv", ""], "--csv", "tabel.csv"),
    ],
)
def test_an_empty_name_gets_its_own_message(capsys, tmp_path, mine, argv, option, example):
    argv = [a.format(dir=tmp_path, mine=mine) for a in argv]
    (line,) = _refused(*run(capsys, *argv))
    assert line.startswith(f"budgetsim: {option}: de naam is leeg; geef de naam van een ")
    assert line.endswith(f", bijvoorbeeld {example}")
    assert _files(tmp_path) == ["mine.json"]


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


def test_the_files_written_are_whole_json(capsys, tmp_path, mine):
    assert run(capsys, "optimise", mine, "--out", tmp_path / "BESTE.JSON")[0] == 0
    assert json.loads((tmp_path / "BESTE.JSON").read_text(encoding="utf-8"))["budget"]["social_split"] == "manual"
