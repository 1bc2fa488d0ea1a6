"""Applying a calibration to a scenario, and ``budgetsim calibrate`` on the command line.

The end-to-end round trip makes an export and a survey for Dordrecht from known parameters with
the model itself, calibrates, writes the new scenario and checks that it holds the parameters,
their ranges and the calibration record, evaluates, and has a narrower uncertainty band.
"""

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pytest

from budgetsim import cli
from budgetsim.bands import BANDS
from budgetsim.calibration import (
    apply_calibration,
    calibrate,
    read_meta_export,
    read_survey,
)
from budgetsim.calibration_report import basis_text
from budgetsim.planning import ScenarioPlan, new_scenario, scenario_areas
from budgetsim.scenario import load_scenario, save_scenario
from budgetsim.uncertainty import uncertainty
from tests.calibration.helpers import (
    deliverable,
    dutch_csv,
    export_rows,
    survey_counts,
    survey_csv,
)
from tests.conftest import DORDRECHT

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"
TRUE = {
    "cpm_eur": 7.1,
    "spread": 0.7,
    "factor": 0.9,
    "on_target": 0.8,
    "page_seen": {"15-24": 0.22, "25-44": 0.38, "45-64": 0.50, "65+": 0.62},
    "loyalty": 0.6,
    "delivery": 0.78,
}
READ_AT = dt.date(2026, 4, 2)


@pytest.fixture(scope="module")
def dordrecht():
    return new_scenario(gemeente=DORDRECHT)


@pytest.fixture(scope="module")
def files(dordrecht, tmp_path_factory):
    folder = tmp_path_factory.mktemp("eigen")
    social = dordrecht.assumptions.social
    true_share = {b: v * TRUE["factor"] for b, v in social.platform_share.items()}
    population = scenario_areas(dordrecht).population.sum(axis=0) * (np.arange(len(BANDS)) > 0)
    d = deliverable(population, true_share, TRUE["on_target"])
    rows = export_rows([900, 2600, 6500, 16000], TRUE["cpm_eur"], d, TRUE["spread"])
    (folder / "export-2026.csv").write_bytes(dutch_csv(rows))
    counts = survey_counts(TRUE["page_seen"], TRUE["loyalty"], TRUE["delivery"], per_band=50_000)
    (folder / "burgerpanel-2026.csv").write_bytes(survey_csv(counts))
    save_scenario(dordrecht, folder / "dordrecht.json")
    return {
        "folder": folder,
        "export": folder / "export-2026.csv",
        "survey": folder / "burgerpanel-2026.csv",
        "scenario": folder / "dordrecht.json",
        "d": d,
        "share": true_share,
    }


@pytest.fixture(scope="module")
def calibrated(dordrecht, files):
    result = calibrate(dordrecht, read_meta_export(files["export"]), read_survey(files["survey"]), read_at=READ_AT)
    return result, apply_calibration(dordrecht, result)


def test_the_new_scenario_holds_the_fitted_values_and_the_record(dordrecht, files, calibrated):
    result, new = calibrated
    social, printing = new.assumptions.social, new.assumptions.print
    assert social.cpm_eur == pytest.approx(round(result.social.cpm_eur, 4))
    assert social.cpm_eur == pytest.approx(TRUE["cpm_eur"], abs=1e-3)
    assert social.spread == pytest.approx(TRUE["spread"], rel=0.03)
    for band, share in files["share"].items():
        assert social.platform_share[band] == pytest.approx(share, rel=0.03)
    for band, p in TRUE["page_seen"].items():
        assert printing.page_seen[band] == pytest.approx(p, rel=0.02)
    assert printing.loyalty == pytest.approx(TRUE["loyalty"], rel=0.02)
    assert printing.delivery_share == pytest.approx(TRUE["delivery"], abs=1e-3)
    ranges = new.uncertainty.ranges
    for key in (
        "social.cpm_eur",
        "social.spread",
        "social.platform_share",
        "print.delivery_share",
        "print.page_seen",
        "print.loyalty",
    ):
        low, high = ranges[key]
        assert low < high
    assert ranges["social.cpm_eur"][0] <= social.cpm_eur <= ranges["social.cpm_eur"][1]
    assert ranges["print.page_seen"][0] <= 1.0 <= ranges["print.page_seen"][1]
    record = new.to_dict()["calibration"]
    assert record["social"]["source"] == "export-2026.csv" and record["social"]["read_at"] == "2026-04-02"
    assert record["social"]["rows_used"] == 4 and record["social"]["rows_skipped"] == []
    assert record["social"]["campaigns"] == ["Afval 2026 - 1", "Afval 2026 - 2", "Afval 2026 - 3", "Afval 2026 - 4"]
    assert set(record["social"]["fitted"]) >= {"cpm_eur", "spread", "platform_share_factor"}
    assert record["print"]["respondents"] == result.print.respondents
    assert record["print"]["fitted"]["page_seen"] == {b: round(v, 4) for b, v in result.print.page_seen.items()}
    assert dordrecht.to_dict().get("calibration") in (None, {})  # the old scenario is untouched


def test_the_new_scenario_saves_loads_and_evaluates(calibrated, tmp_path):
    _, new = calibrated
    path = save_scenario(new, tmp_path / "new.json")
    again = load_scenario(path)
    assert again.to_dict() == new.to_dict()
    evaluation = ScenarioPlan(again).evaluate()
    assert evaluation.total("reached") > 0


def test_the_uncertainty_band_narrows_where_the_fit_is_tight(dordrecht, calibrated):
    _, new = calibrated

    def relative_width(scenario, figure):
        plan = ScenarioPlan(scenario)
        own = plan.evaluate()
        result = uncertainty(
            plan.model, own.print_eur, own.social_eur, scenario.uncertainty.ranges or None, draws=1000, seed=1
        )
        band = result.totals[figure]
        return (band.p90 - band.p10) / band.p50

    for figure in ("reached_social", "reached_print"):
        assert relative_width(new, figure) < 0.7 * relative_width(dordrecht, figure), figure


def test_apply_keeps_the_other_channels_record(dordrecht, files, calibrated):
    _, new = calibrated
    only_social = calibrate(new, read_meta_export(files["export"]), read_at=dt.date(2026, 5, 1))
    again = apply_calibration(new, only_social)
    record = again.to_dict()["calibration"]
    assert record["social"]["read_at"] == "2026-05-01"
    assert record["print"] == new.to_dict()["calibration"]["print"]
    assert again.assumptions.print == new.assumptions.print


def test_basis_names_the_campaign_and_the_month():
    record = {"source": "export.csv", "campaigns": ["Afval 2026"], "period": ["2026-03-01", "2026-03-31"]}
    assert basis_text(record, "social", "nl") == "Eigen campagne 'Afval 2026', maart 2026"
    assert basis_text(record, "social", "en") == "Own campaign 'Afval 2026', March 2026"
    record = {"source": "export.csv", "campaigns": ["A", "B"], "period": ["2026-03-01", "2026-04-30"]}
    assert basis_text(record, "social", "nl") == "Eigen campagnes 'A', 'B', maart 2026 – april 2026"
    assert (
        basis_text({"source": "x.csv", "campaigns": [], "period": [None, None]}, "social", "nl")
        == "Eigen campagne (x.csv)"
    )
    survey = {"source": "panel.csv", "read_at": "2026-11-30", "respondents": 812}
    assert (
        basis_text(survey, "print", "nl")
        == "Eigen lezersonderzoek (panel.csv, 812 respondenten), ingelezen november 2026"
    )


# -- the command line -----------------------------------------------------------------------------


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_calibrate_json_lists_the_fitted_values_their_ranges_and_every_row(files, tmp_path, capsys):
    out = tmp_path / "nieuw.json"
    code, text, err = run(
        capsys,
        "calibrate",
        files["scenario"],
        "--meta",
        files["export"],
        "--survey",
        files["survey"],
        "--out",
        out,
        "--json",
    )
    assert code == 0, err
    payload = json.loads(text)
    assert set(payload) == {"social", "print"}
    assert set(payload["social"]) == {
        "cpm_eur",
        "spread",
        "deliverable_accounts",
        "platform_share",
        "on_target_share",
        "noticed_share",
        "ranges",
        "rows",
        "used",
        "not_used",
        "slices",
        "notes",
    }
    assert payload["social"]["noticed_share"] is None
    assert payload["social"]["used"] == ["cpm_eur", "spread", "deliverable_accounts"]
    assert payload["social"]["not_used"] == {} and payload["social"]["slices"] is None
    assert set(payload["social"]["platform_share"]) == {"15-24", "25-44", "45-64", "65+"}
    assert all(
        set(r) == {"row", "name", "spend_eur", "impressions", "reach", "predicted_reach", "used", "price_only", "why"}
        for r in payload["social"]["rows"]
    )
    assert payload["social"]["deliverable_accounts"] == pytest.approx(files["d"], rel=0.03)
    assert set(payload["print"]) == {
        "delivery_share",
        "page_seen",
        "loyalty",
        "respondents",
        "ranges",
        "used",
        "not_used",
    }
    assert all(len(v) == 2 and v[0] <= v[1] for v in payload["print"]["ranges"].values())
    assert load_scenario(out).assumptions.social.cpm_eur == pytest.approx(payload["social"]["cpm_eur"])


def test_a_part_not_asked_for_is_absent(files, tmp_path, capsys):
    code, text, _ = run(
        capsys, "calibrate", files["scenario"], "--survey", files["survey"], "--out", tmp_path / "p.json", "--json"
    )
    assert code == 0 and set(json.loads(text)) == {"print"}


def test_calibrate_never_writes_over_an_existing_file(files, tmp_path, capsys):
    out = tmp_path / "bestaat.json"
    out.write_text("van de gebruiker")
    code, _, err = run(capsys, "calibrate", files["scenario"], "--meta", files["export"], "--out", out)
    assert code == 2 and "bestaat.json" in err
    assert out.read_text() == "van de gebruiker"


def test_nothing_usable_exits_2_without_a_file(files, tmp_path, capsys):
    bad = tmp_path / "leeg-bereik.csv"
    bad.write_bytes(b"Campaign name,Reach,Impressions,Amount spent (EUR)\nA,500,400,10\n")
    out = tmp_path / "niet.json"
    code, _, err = run(capsys, "calibrate", files["scenario"], "--meta", bad, "--out", out, "--lang", "en")
    assert code == 2 and not out.exists()
    assert "no row can be used" in err and "no file was written" in err
    code, _, err = run(capsys, "calibrate", files["scenario"], "--meta", files["survey"], "--out", out)
    assert code == 2 and not out.exists() and "lezersonderzoek" in err
    code, _, err = run(capsys, "calibrate", files["scenario"], "--out", out)
    assert code == 2 and not out.exists() and "--meta" in err


def test_one_bad_file_does_not_stop_the_other(files, tmp_path, capsys):
    bad = tmp_path / "kapot.csv"
    bad.write_bytes(b"foo,bar\n1,2\n")
    out = tmp_path / "half.json"
    code, text, err = run(
        capsys, "calibrate", files["scenario"], "--meta", bad, "--survey", files["survey"], "--out", out, "--json"
    )
    assert code == 0 and out.exists()
    assert set(json.loads(text)) == {"print"}
    assert "kapot.csv: dit lijkt geen export" in err


def test_the_example_files_calibrate(tmp_path, capsys):
    out = tmp_path / "voorbeeld.json"
    code, text, err = run(
        capsys,
        "calibrate",
        SCENARIOS / "dordrecht-5000-social.json",
        "--meta",
        SCENARIOS / "voorbeeld-export-meta.csv",
        "--survey",
        SCENARIOS / "voorbeeld-lezersonderzoek.csv",
        "--out",
        out,
    )
    assert code == 0, err
    assert "Eigen campagne 'Afval 2026', maart 2026" in text
    assert "niet gebruikt: totaalrij" in text and "niet gebruikt: bereik (12.400)" in text
    assert "Nieuw scenario geschreven" in text
    new = load_scenario(out)
    assert new.to_dict()["calibration"]["social"]["rows_used"] == 4
    assert ScenarioPlan(new).evaluate().total("reached") > 0


def test_at_buurt_level_a_wijk_code_targets_its_buurten():
    from budgetsim.calibration import read_targets

    buurten = new_scenario(gemeente=DORDRECHT, level="buurt")
    areas = scenario_areas(buurten)
    inside = tuple(sorted(c for c, w in zip(areas.codes, areas.wijk_codes) if w == "WK050501"))
    assert len(inside) > 1
    rows = export_rows([300], 7.0, 20_000.0, 1.0)
    targets = read_targets(b"row_name,area_or_ad_set_codes\nAfval 2026,WK050501\n")
    result = calibrate(buurten, read_meta_export(dutch_csv(rows)), targets=targets)
    assert not result.problems
    assert result.targeting[2].codes == inside
    population = areas.population[[areas.index()[c] for c in inside]].sum(axis=0)
    assert result.targeting[2].population[1:] == pytest.approx(population[1:])


def test_fitted_values_beside_the_scenarios_own(dordrecht, calibrated):
    from budgetsim.calibration import fitted_values

    result, _ = calibrated
    values = {(v.key, v.band): v for v in fitted_values(result, dordrecht)}
    cpm = values[("social.cpm_eur", None)]
    assert cpm.before == dordrecht.assumptions.social.cpm_eur and cpm.value == result.social.cpm_eur
    assert cpm.low < cpm.value < cpm.high
    assert ("social.noticed_share", None) not in values  # no recall lift in this export
    seen = values[("print.page_seen", "65+")]
    assert seen.before == dordrecht.assumptions.print.page_seen["65+"]
    assert seen.low < seen.value < seen.high and seen.value == pytest.approx(TRUE["page_seen"]["65+"], rel=0.02)
    assert {k for k, _ in values} == {
        "social.cpm_eur",
        "social.spread",
        "social.platform_share",
        "print.delivery_share",
        "print.page_seen",
        "print.loyalty",
    }


def test_calibrate_speaks_english_when_asked(files, tmp_path, capsys):
    code, text, err = run(
        capsys, "calibrate", files["scenario"], "--meta", files["export"], "--out", tmp_path / "en.json", "--lang", "en"
    )
    assert code == 0, err
    assert "Cost per 1,000 impressions (€): €7.10" in text
    assert "Own campaigns 'Afval 2026 - 1', 'Afval 2026 - 2'" in text and "March 2026" in text
    assert "New scenario written" in text
