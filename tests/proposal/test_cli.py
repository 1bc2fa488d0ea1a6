"""``budgetsim proposal A.json [B.json [C.json]] --out voorstel.pdf [--docx voorstel.docx]``."""

from __future__ import annotations

import io
import shutil
import subprocess

import docx
import pytest

from budgetsim import cli
from budgetsim.planning import new_scenario
from budgetsim.scenario import save_scenario, scenario_from_dict
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
        (["--docx", "{out}"], "--docx: {out} does not end in .docx; this is a Word file"),
        (["--proposed", "C"], "proposed option: choose A/B (got C)"),
        (["--date", "1-12-2026"], "--date: write the date as YYYY-MM-DD"),
        (["--draws", "5"], "--draws: choose 100 to 100,000 (got 5)"),
    ],
)
def test_bad_arguments_are_named(capsys, tmp_path, two, extra, message):
    out = tmp_path / "v.pdf"
    code, _, err = run(capsys, "proposal", *two, "--out", out, *[e.format(out=out) for e in extra], "--lang", "en")
    assert code == 2 and message.format(out=out) in err
    assert not out.exists()


def test_options_must_be_one_gemeente_and_at_most_three(capsys, tmp_path, two):
    other = save_scenario(new_scenario(gemeente="GM0363", social_eur=0), tmp_path / "ams.json")
    code, _, err = run(capsys, "proposal", two[0], other, "--out", tmp_path / "v.pdf")
    assert code == 2 and "alle opties moeten over dezelfde gemeente gaan (nu: Dordrecht, Amsterdam)" in err
    code, _, err = run(capsys, "proposal", *two, *two, "--out", tmp_path / "v.pdf")
    assert code == 2 and "geef één tot drie opties (nu 4)" in err
    code, _, err = run(capsys, "proposal", tmp_path / "nope.json", "--out", tmp_path / "v.pdf")
    assert code == 2 and "bestand niet gevonden" in err


@pytest.fixture()
def differing_nu(tmp_path):
    """The issue's files: A Zwolle with the estimated price (Nu 52 pages), B a € 700 contract with Nu 50 pages."""
    a = new_scenario(gemeente="GM0193", social_eur=0, name="Zwolle: de krant")
    d = a.to_dict()
    d["current"] = {"print_eur": 35000, "social_eur": 0}
    d["assumptions"]["print"]["price_per_page_eur"] = 700
    d["budget"] = dict(d["budget"], print_eur=36400, social_eur=5000)
    d["name"] = "Zwolle: contract en social media"
    return save_scenario(a, tmp_path / "a.json"), save_scenario(scenario_from_dict(d), tmp_path / "b.json")


def test_options_with_different_nu_need_nu(capsys, tmp_path, differing_nu):
    pdf = tmp_path / "voorstel.pdf"
    code, out, err = run(capsys, "proposal", *differing_nu, "--out", pdf, "--draws", 100)
    assert code == 2 and not pdf.exists()
    assert err.splitlines() == [
        "budgetsim: ‘Nu’ verschilt in de krant: optie A 52 pagina's voor € 38.181 en optie B 50 pagina's voor "
        "€ 35.000.",
        "budgetsim: De prijs per pagina verschilt: optie A € 734 (geschat) en optie B € 700 (contractprijs).",
        "budgetsim: kies met --nu A, B met welk ‘Nu’ elke optie wordt vergeleken",
    ]
    code, out, err = run(capsys, "proposal", *differing_nu, "--out", pdf, "--nu", "c", "--lang", "en")
    assert code == 2 and "whose ‘Now’: choose A/B (got C)" in err


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_the_chosen_nu_counts_for_every_option(capsys, tmp_path, differing_nu):
    pdf, word = tmp_path / "voorstel.pdf", tmp_path / "voorstel.docx"
    code, out, err = run(capsys, "proposal", *differing_nu, "--out", pdf, "--docx", word, "--draws", 100, "--nu", "b")
    assert code == 0, err
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    assert "Meer bereikt dan nu – +175 +23.767" in text  # A: 70.762 against B's Nu 70.587
    assert "€ 35.000 € 38.181 (geschat) € 36.400" in text  # the paper's euros: Nu (B's), A, B
    assert "volgens optie B: € 35.000 voor de krant (50 pagina's)" in text
    words = " ".join(p.text for p in docx.Document(io.BytesIO(word.read_bytes())).paragraphs)
    assert "De prijs per pagina verschilt: optie A € 734 (geschat) en optie B € 700 (contractprijs)." in words
    assert "te verhogen van € 35.000 (50 pagina's) naar € 36.400 (52 pagina's)" in out
