"""``budgetsim calibrate`` with files as Ads Manager really writes them: ``--use`` takes only the
values named, the summary lists every value not used under "niet gebruikt" with its reason (never
as if it were used), the notes on how the export was read are printed, ``--json`` gives
``not_used`` and ``slices``, and a refusal exits 2 naming the file, the row and the column.

The header rows come from real exports (tests/calibration/test_meta.py); every figure is made up.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from budgetsim import cli
from budgetsim.bands import BANDS
from budgetsim.planning import new_scenario, scenario_areas
from budgetsim.scenario import load_scenario, save_scenario
from tests.calibration.helpers import (
    deliverable,
    dutch_csv,
    export_rows,
    survey_counts,
    survey_csv,
    zwolle_export,
)
from tests.calibration.test_meta import H03_AD_LEVEL_DAILY, _ad_level_daily, _dated, export
from tests.conftest import DORDRECHT


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """Zwolle and Dordrecht scenarios, the made-up Zwolle export, and Dordrecht files made with the model."""
    folder = tmp_path_factory.mktemp("calibrate")
    zwolle = new_scenario(gemeente="GM0193", social_eur=5000)
    dordrecht = new_scenario(gemeente=DORDRECHT, social_eur=5000)
    save_scenario(zwolle, folder / "zwolle.json")
    save_scenario(dordrecht, folder / "dordrecht.json")
    (folder / "zwolle-2026.csv").write_bytes(zwolle_export())
    population = scenario_areas(dordrecht).population.sum(axis=0) * (np.arange(len(BANDS)) > 0)
    share = {b: v * 0.9 for b, v in dordrecht.assumptions.social.platform_share.items()}
    rows = export_rows([900, 2600, 6500, 16000], 7.1, deliverable(population, share, 0.8), 0.7)
    (folder / "model.csv").write_bytes(dutch_csv(rows))
    counts = survey_counts({"15-24": 0.2, "25-44": 0.35, "45-64": 0.5, "65+": 0.6}, 0.6, 0.62, per_band=5000)
    (folder / "panel.csv").write_bytes(survey_csv(counts))
    (folder / "per-dag.csv").write_bytes(_ad_level_daily(second_ad_set="Iets anders"))
    return folder


def test_a_value_not_used_is_listed_with_its_reason_and_never_printed_as_used(folder, tmp_path, capsys):
    out = tmp_path / "zwolle-eigen.json"
    code, text, err = run(
        capsys, "calibrate", folder / "zwolle.json", "--meta", folder / "zwolle-2026.csv", "--out", out
    )
    assert code == 0, err
    used, not_used = text.split("Niet gebruikt (blijft op de waarde van het scenario):")
    assert "Kosten per 1.000 vertoningen (€): € 6,80" in used
    assert "Deel dat Facebook of Instagram gebruikt" not in text and "Bereikbare accounts in de gemeente" not in text
    assert "95 %" not in text
    first = not_used.splitlines()[1]
    assert first.startswith("    bereikbare accounts") and "breder gericht" in first
    new = load_scenario(out)
    assert (
        new.assumptions.social.platform_share == load_scenario(folder / "zwolle.json").assumptions.social.platform_share
    )


def test_json_gives_not_used_and_slices(folder, tmp_path, capsys):
    code, text, err = run(
        capsys,
        "calibrate",
        folder / "zwolle.json",
        "--meta",
        folder / "zwolle-2026.csv",
        "--out",
        tmp_path / "z.json",
        "--json",
        "--lang",
        "en",
    )
    assert code == 0, err
    social = json.loads(text)["social"]
    assert set(social["not_used"]) == {"deliverable_accounts"}
    assert "aimed wider than these areas" in social["not_used"]["deliverable_accounts"]
    assert social["used"] == ["cpm_eur", "spread"] and social["slices"] is None


def test_use_takes_only_the_values_named_and_says_the_others_were_not_chosen(folder, tmp_path, capsys):
    out = tmp_path / "alleen-prijs.json"
    code, text, err = run(
        capsys,
        "calibrate",
        folder / "dordrecht.json",
        "--meta",
        folder / "model.csv",
        "--survey",
        folder / "panel.csv",
        "--use",
        "cpm_eur",
        "--out",
        out,
        "--json",
    )
    assert code == 0, err
    payload = json.loads(text)
    assert payload["social"]["used"] == ["cpm_eur"] and payload["print"]["used"] == []
    assert payload["social"]["not_used"] == dict.fromkeys(("spread", "deliverable_accounts"), "zelf niet gekozen")
    assert payload["print"]["not_used"] == dict.fromkeys(
        ("delivery_share", "page_seen", "loyalty"), "zelf niet gekozen"
    )
    before, new = load_scenario(folder / "dordrecht.json"), load_scenario(out)
    assert new.assumptions.social.cpm_eur == pytest.approx(7.1, rel=1e-3)
    assert new.assumptions.social.spread == before.assumptions.social.spread
    assert new.assumptions.print.delivery_share == before.assumptions.print.delivery_share
    assert set(new.calibration.social.fitted) == {"cpm_eur"}

    code, text, err = run(
        capsys,
        "calibrate",
        folder / "dordrecht.json",
        "--meta",
        folder / "model.csv",
        "--survey",
        folder / "panel.csv",
        "--use",
        "cpm_eur,loyalty",
        "--out",
        tmp_path / "twee.json",
    )
    assert code == 0, err
    used, not_used = text.split("Niet gebruikt (blijft op de waarde van het scenario):", 1)
    assert "Kosten per 1.000 vertoningen" in used and "Spreiding van vertoningen" not in used
    assert "spreiding van de vertoningen: zelf niet gekozen" in not_used
    krant = text.split("Krant, uit panel.csv")[1]
    assert "Trouw" in krant.split("Niet gebruikt")[0] and "Deel van de woningen" not in krant.split("Niet gebruikt")[0]
    assert "deel van de woningen dat de krant krijgt: zelf niet gekozen" in krant


def test_an_unknown_name_for_use_exits_2_naming_the_allowed_ones_and_writes_nothing(folder, tmp_path, capsys):
    out = tmp_path / "niet.json"
    code, text, err = run(
        capsys,
        "calibrate",
        folder / "zwolle.json",
        "--meta",
        folder / "zwolle-2026.csv",
        "--use",
        "cpm,spread",
        "--out",
        out,
        "--lang",
        "en",
    )
    assert code == 2 and not out.exists() and "Traceback" not in err
    assert "'cpm' is not a value to use; choose from cpm_eur, spread, deliverable_accounts" in err


def test_a_real_export_with_a_column_twice_is_read_and_the_notes_are_printed(folder, tmp_path, capsys):
    code, text, err = run(
        capsys,
        "calibrate",
        folder / "dordrecht.json",
        "--meta",
        folder / "per-dag.csv",
        "--out",
        tmp_path / "d.json",
        "--lang",
        "en",
    )
    assert code == 0 and "Traceback" not in err
    notes = text.split("How the export was read:")[1]
    assert "the column 'Ad set name' appears twice (columns 2 and 17) with different values" in notes
    assert "reach does not (the same people)" in notes and "export without a breakdown, or by age only" in notes
    not_used = text.split("Not used (keeps the scenario's value):")[1].split("How the export")[0]
    assert "spread of the impressions: no row gives the reach of a whole delivery" in not_used
    code, text, err = run(
        capsys,
        "calibrate",
        folder / "dordrecht.json",
        "--meta",
        folder / "per-dag.csv",
        "--out",
        tmp_path / "j.json",
        "--json",
    )
    assert code == 0 and json.loads(text)["social"]["slices"] == "day"


def test_the_date_order_assumed_is_printed(folder, tmp_path, capsys):
    path = tmp_path / "us.csv"
    path.write_bytes(_dated("en", ["6/9/2026"]))
    code, text, err = run(
        capsys, "calibrate", folder / "dordrecht.json", "--meta", path, "--out", tmp_path / "us.json", "--lang", "en"
    )
    assert code == 0, err
    assert "budgetsim reads them month first (the header is English)" in text.split("How the export was read:")[1]


def test_an_export_in_another_currency_exits_2_naming_file_row_column_and_what_to_do(folder, tmp_path, capsys):
    row = {"Campaign name": "Winter", "Ad set name": "All", "Ad name": "A", "Day": "2025-07-01"}
    row |= {"Amount spent (AUD)": "12.50", "Impressions": "1500", "Reach": "1100"}
    path = tmp_path / "aud.csv"
    path.write_bytes(export(H03_AD_LEVEL_DAILY, [row], bom=True))
    out = tmp_path / "aud.json"
    code, text, err = run(capsys, "calibrate", folder / "dordrecht.json", "--meta", path, "--out", out, "--lang", "en")
    assert code == 2 and not out.exists() and "Traceback" not in err
    assert "aud.csv, row 1, column Amount spent (AUD)" in err and "EUR" in err
