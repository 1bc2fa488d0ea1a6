"""``budgetsim proposal A.json [B.json [C.json]] --out voorstel.pdf [--docx voorstel.docx]``."""

from __future__ import annotations

import io

import docx
import pytest

from budgetsim import cli
from budgetsim.planning import new_scenario
from budgetsim.scenario import save_scenario
from tests.conftest import DORDRECHT


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def two(tmp_path):
    a = save_scenario(new_scenario(gemeente=DORDRECHT, social_eur=0, name="Alleen de krant"), tmp_path / "a.json")
    b = save_scenario(new_scenario(gemeente=DORDRECHT, social_eur=5000, name="Krant en social"), tmp_path / "b.json")
    return a, b


def test_writes_the_pdf_and_the_word_file(capsys, tmp_path, two):
    pdf, word = tmp_path / "voorstel.pdf", tmp_path / "voorstel.docx"
    code, out, err = run(capsys, "proposal", *two, "--out", pdf, "--docx", word, "--draws", 200, "--date", "2026-12-01")
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF")
    document = docx.Document(io.BytesIO(word.read_bytes()))
    assert document.paragraphs[0].text == "Budgetvoorstel communicatie"
    assert f"Opgeslagen: {pdf}" in out and f"Opgeslagen: {word}" in out
    assert (
        "Het MT wordt gevraagd € 5.000 per jaar beschikbaar te stellen voor advertenties op social media "
        "(optie B)." in out
    )
    assert not list(tmp_path.glob(".*.tmp"))


def test_never_overwrites_without_force(capsys, tmp_path, two):
    pdf = tmp_path / "voorstel.pdf"
    pdf.write_bytes(b"mine")
    code, out, err = run(capsys, "proposal", *two, "--out", pdf, "--draws", 200)
    assert code == 2 and "voorstel.pdf" in err and "--force" in err
    assert pdf.read_bytes() == b"mine"
    code, out, err = run(
        capsys,
        "proposal",
        *two,
        "--out",
        pdf,
        "--draws",
        200,
        "--force",
        "--proposed",
        "a",
        "--decision",
        "Het MT kiest optie A.",
        "--lang",
        "en",
    )
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF") and "Het MT kiest optie A." in out


@pytest.mark.parametrize(
    "extra,message",
    [
        (["--docx", "{out}"], "--out and --docx name the same file"),
        (["--proposed", "C"], "proposed option: choose A/B (got C)"),
        (["--date", "1-12-2026"], "--date: write the date as YYYY-MM-DD"),
        (["--draws", "5"], "--draws: choose 100 to 100,000 (got 5)"),
    ],
)
def test_bad_arguments_are_named(capsys, tmp_path, two, extra, message):
    out = tmp_path / "v.pdf"
    code, _, err = run(capsys, "proposal", *two, "--out", out, *[e.format(out=out) for e in extra], "--lang", "en")
    assert code == 2 and message in err
    assert not out.exists()


def test_options_must_be_one_gemeente_and_at_most_three(capsys, tmp_path, two):
    other = save_scenario(new_scenario(gemeente="GM0363", social_eur=0), tmp_path / "ams.json")
    code, _, err = run(capsys, "proposal", two[0], other, "--out", tmp_path / "v.pdf")
    assert code == 2 and "alle opties moeten over dezelfde gemeente gaan (nu: Dordrecht, Amsterdam)" in err
    code, _, err = run(capsys, "proposal", *two, *two, "--out", tmp_path / "v.pdf")
    assert code == 2 and "geef één tot drie opties (nu 4)" in err
    code, _, err = run(capsys, "proposal", tmp_path / "nope.json", "--out", tmp_path / "v.pdf")
    assert code == 2 and "bestand niet gevonden" in err
