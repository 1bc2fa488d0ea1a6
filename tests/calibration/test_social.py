"""Calibration from an Ads Manager export: reading every format, the bad rows, and the fit.

Round trips: exports are made from known parameters with the model's own NBD curve
(budgetsim.reach.nbd_reach), then read and fitted; the fit must give the parameters back.
"""

from itertools import pairwise

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from budgetsim.bands import BANDS
from budgetsim.calibration import calibrate, fit_social, read_meta_export, read_targets
from budgetsim.calibration.social import (
    Observation,
    age_overlap,
    deliverable_from_row,
    predicted_reach,
)
from budgetsim.planning import new_scenario, scenario_areas
from budgetsim.problems import InputError
from tests.calibration.helpers import (
    deliverable,
    dutch_csv,
    english_csv,
    export_rows,
    model_reach,
    xlsx,
)
from tests.conftest import DORDRECHT

DEFAULT_SHARE = {"15-24": 0.85, "25-44": 0.85, "45-64": 0.75, "65+": 0.55}


@pytest.fixture(scope="module")
def dordrecht():
    return new_scenario(gemeente=DORDRECHT)


def whole_population(scenario):
    return scenario_areas(scenario).population.sum(axis=0) * (np.arange(len(BANDS)) > 0)


# -- the fit on its own -------------------------------------------------------------------------


def test_closed_form_at_k_one_and_root_elsewhere():
    impressions, reach = 300_000.0, 60_000.0
    assert deliverable_from_row(impressions, reach, 1.0) == pytest.approx(reach * impressions / (impressions - reach))
    for k in (0.4, 2.5, 40.0):
        d = deliverable_from_row(impressions, reach, k)
        assert float(predicted_reach(d, impressions, k)) == pytest.approx(reach, rel=1e-10)
    with pytest.raises(ValueError):
        deliverable_from_row(1000.0, 1000.0, 1.0)


def test_age_overlap_counts_years_within_a_band():
    assert age_overlap("18-24")[BANDS.index("15-24")] == pytest.approx(0.7)
    assert age_overlap("35-44")[BANDS.index("25-44")] == pytest.approx(0.5)
    assert age_overlap("65+")[BANDS.index("65+")] == pytest.approx(1.0)
    assert age_overlap("65+")[BANDS.index("45-64")] == 0.0


def test_one_row_fixes_k_and_gives_d_by_closed_form():
    population = np.array([0, 10_000, 20_000, 20_000, 15_000], float)
    impressions, reach = 250_000.0, 31_234.0
    fit = fit_social([Observation(2, "a", 2000.0, impressions, reach, population)], DEFAULT_SHARE, 0.8, 1.0)
    assert not fit.spread_fitted and fit.spread == 1.0
    assert fit.groups[0].deliverable_fit == pytest.approx(reach * impressions / (impressions - reach), rel=1e-12)
    assert fit.cpm_eur == 1000.0 * 2000.0 / impressions
    factor = fit.groups[0].deliverable_fit / fit.groups[0].deliverable_model
    assert fit.platform_share["25-44"] == pytest.approx(min(1.0, 0.85 * factor))


@pytest.mark.parametrize("k_true", [0.5, 1.0, 3.0])
def test_four_sizes_recover_k_and_d(k_true):
    population = np.array([0, 9_000, 21_000, 23_000, 17_000], float)
    true_share = {b: v * 0.9 for b, v in DEFAULT_SHARE.items()}
    d_true = deliverable(population, true_share, 0.8)
    rows = export_rows([800, 2500, 6000, 15000], cpm=7.1, d=d_true, k=k_true)
    obs = [
        Observation(i + 2, r["name"], r["spend"], r["impressions"], r["reach"], population) for i, r in enumerate(rows)
    ]
    fit = fit_social(obs, DEFAULT_SHARE, 0.8, 1.0)
    assert fit.spread_fitted
    assert fit.spread == pytest.approx(k_true, rel=0.03)
    assert fit.groups[0].deliverable_fit == pytest.approx(d_true, rel=0.03)
    for band, share in true_share.items():
        assert fit.platform_share[band] == pytest.approx(share, rel=0.03)
    assert fit.on_target_share == 0.8 and not fit.on_target_lowered
    for r in fit.rows:
        assert r.predicted_reach == pytest.approx(r.reach, rel=0.01)


def test_share_above_095_is_capped_and_on_target_lowered():
    population = np.array([0, 10_000, 20_000, 20_000, 15_000], float)
    true_share = {"15-24": 1.0, "25-44": 1.0, "45-64": 1.0, "65+": 1.0}
    d_true = deliverable(population, true_share, 0.6)  # more accounts than the model can hold at 0.8
    rows = export_rows([1000, 4000], cpm=8.0, d=d_true, k=1.0)
    obs = [
        Observation(i + 2, r["name"], r["spend"], r["impressions"], r["reach"], population) for i, r in enumerate(rows)
    ]
    fit = fit_social(obs, DEFAULT_SHARE, 0.8, 1.0, fit_spread=False)
    assert max(fit.platform_share.values()) == 0.95  # nobody's whole age group is on the platforms
    assert fit.on_target_lowered and fit.on_target_share < 0.8
    # the model now has the fitted deliverable accounts
    shares = np.array([fit.platform_share.get(b, 0.0) for b in BANDS])
    assert float(population @ shares) / fit.on_target_share == pytest.approx(fit.groups[0].deliverable_fit, rel=1e-9)


def test_age_breakdown_fits_each_band():
    population = np.array([0, 10_000, 20_000, 22_000, 18_000], float)
    true_share = {"15-24": 0.95, "25-44": 0.8, "45-64": 0.6, "65+": 0.35}
    obs = []
    row = 2
    for age in ("18-24", "25-34", "35-44", "45-54", "55-64", "65+"):
        d = deliverable(population, true_share, 0.8, overlap=age_overlap(age))
        for spend in (300.0, 1500.0):
            impressions = 1000.0 * spend / 6.5
            obs.append(
                Observation(
                    row, f"Afval ({age})", spend, impressions, model_reach(d, impressions, 1.6), population, age=age
                )
            )
            row += 1
    fit = fit_social(obs, DEFAULT_SHARE, 0.8, 1.0)
    assert fit.spread == pytest.approx(1.6, rel=0.01)
    for band, share in true_share.items():
        assert fit.platform_share[band] == pytest.approx(share, rel=0.01)


def test_recall_lift_gives_noticed_share():
    population = np.array([0, 10_000, 20_000, 20_000, 15_000], float)
    obs = [
        Observation(2, "a", 1000.0, 140_000.0, 40_000.0, population, recall_lift=9_000.0),
        Observation(3, "b", 1000.0, 140_000.0, 40_000.0, population, recall_lift=11_000.0),
    ]
    fit = fit_social(obs, DEFAULT_SHARE, 0.8, 1.0)
    assert fit.noticed_share == pytest.approx(20_000 / 80_000)
    low, high = fit.ranges["noticed_share"]
    assert low <= 9_000 / 40_000 and high >= 11_000 / 40_000


def test_ranges_are_at_least_ten_percent_and_follow_the_rows():
    population = np.array([0, 10_000, 20_000, 20_000, 15_000], float)
    obs = [
        Observation(2, "a", 1000.0, 140_000.0, 40_000.0, population),
        Observation(3, "b", 1000.0, 100_000.0, 30_000.0, population),
    ]
    fit = fit_social(obs, DEFAULT_SHARE, 0.8, 1.0, fit_spread=False)
    assert fit.cpm_eur == pytest.approx(2000 / 240)
    assert fit.ranges["cpm_eur"] == (pytest.approx(1000 / 140), pytest.approx(10.0))  # the two rows' own CPMs
    exact = [Observation(2, "a", 710.0, 100_000.0, 30_000.0, population)]
    tight = fit_social(exact, DEFAULT_SHARE, 0.8, 1.0)
    assert tight.ranges["cpm_eur"] == (pytest.approx(7.1 * 0.9), pytest.approx(7.1 * 1.1))
    assert tight.ranges["platform_share"] == (pytest.approx(0.7), pytest.approx(1.3))  # D from one row: ±30 %


# -- reading exports ----------------------------------------------------------------------------


def rows_for(scenario, k=1.0, spends=(900, 2600, 6500, 16000), cpm=7.1, share_factor=0.9):
    true_share = {b: v * share_factor for b, v in DEFAULT_SHARE.items()}
    d_true = deliverable(whole_population(scenario), true_share, 0.8)
    return export_rows(list(spends), cpm=cpm, d=d_true, k=k), d_true, true_share


def test_dutch_semicolon_export_with_decimal_commas_and_bom(dordrecht):
    rows, d_true, true_share = rows_for(dordrecht, k=0.7)
    data = dutch_csv(rows)
    assert data.startswith(b"\xef\xbb\xbf") and b";" in data and b"," in data
    export = read_meta_export(data, "export-nl.csv")
    assert len(export.used_rows) == 4 and not export.problems
    assert [r.spend_eur for r in export.rows] == [float(r["spend"]) for r in rows]
    assert [r.impressions for r in export.rows] == [float(r["impressions"]) for r in rows]
    assert export.period[0].isoformat() == "2026-03-01" and export.period[1].isoformat() == "2026-03-31"
    result = calibrate(dordrecht, export)
    fit = result.social
    assert fit.cpm_eur == pytest.approx(
        1000 * sum(r["spend"] for r in rows) / sum(r["impressions"] for r in rows), rel=1e-12
    )
    assert fit.spread == pytest.approx(0.7, rel=0.03)
    assert fit.deliverable_accounts == pytest.approx(d_true, rel=0.03)
    assert fit.platform_share["45-64"] == pytest.approx(true_share["45-64"], rel=0.03)


def test_english_csv_export(dordrecht):
    rows, d_true, _ = rows_for(dordrecht, k=1.0, spends=(3000,))
    export = read_meta_export(english_csv(rows), "export-en.csv")
    fit = calibrate(dordrecht, export).social
    r = rows[0]
    assert fit.cpm_eur == 1000 * r["spend"] / r["impressions"]
    assert fit.deliverable_accounts == pytest.approx(
        r["reach"] * r["impressions"] / (r["impressions"] - r["reach"]), rel=1e-9
    )
    assert fit.deliverable_accounts == pytest.approx(d_true, rel=0.001)  # reach was rounded to a whole number


def test_xlsx_export_with_a_title_row_above_the_header(dordrecht):
    rows, d_true, _ = rows_for(dordrecht, k=2.0)
    export = read_meta_export(xlsx(rows, title="Rapport Afval 2026"), "export.xlsx")
    assert len(export.used_rows) == 4
    assert export.rows[0].row == 3  # title in row 1, header in row 2
    assert export.period[0].isoformat() == "2026-03-01"
    fit = calibrate(dordrecht, export).social
    assert fit.spread == pytest.approx(2.0, rel=0.03)
    assert fit.deliverable_accounts == pytest.approx(d_true, rel=0.03)


def test_headers_match_without_case_or_accents():
    data = (
        "REPORTING STARTS,reporting ends,Campaign Name,réach,IMPRESSIONS,amount spent (eur)\n"
        "2026-03-01,2026-03-31,A,1000,5000,40.00\n"
    ).encode()
    export = read_meta_export(data)
    assert export.rows[0].reach == 1000 and export.rows[0].spend_eur == 40.0


def test_bad_rows_are_reported_and_left_out(dordrecht):
    rows, d_true, _ = rows_for(dordrecht, k=1.0, spends=(3000, 3000))
    good = rows[0]
    bad = [
        dict(good, name="Bereik te hoog", reach=good["impressions"] + 5),
        dict(good, name="Niets besteed", spend=0.0),
        dict(good, name="Vreemde prijs", spend=good["spend"] * 10),
    ]
    totals = dict(
        good,
        name="Totaal",
        spend=sum(r["spend"] for r in rows + bad),
        impressions=sum(r["impressions"] for r in rows + bad),
    )
    export = read_meta_export(dutch_csv([totals] + rows + bad), "export.csv")
    why = {r.name: (r.why.render("en") if r.why else None) for r in export.rows}
    assert why["Totaal"] == "totals row"
    assert why["Bereik te hoog"].startswith("reach (")
    assert why["Niets besteed"] == "amount spent is 0"
    assert why["Vreemde prijs"].startswith("cost per 1,000 impressions")
    assert why[good["name"]] is None
    fit = calibrate(dordrecht, export).social
    assert fit.rows_used == 2
    assert {r.row for r in fit.rows_skipped} == {2, 5, 6, 7}
    assert fit.deliverable_accounts == pytest.approx(d_true, rel=0.002)
    assert fit.cpm_eur == pytest.approx(7.1, rel=0.001)


def test_impressions_that_do_not_fit_the_cpm_column_are_left_out():
    data = (
        b"Campaign name,Reach,Impressions,Amount spent (EUR),CPM (cost per 1,000 impressions) (EUR)\n"
        b"A,20000,100000,710.00,7.10\n"
        b"B,20000,100000,710.00,3.55\n"
    )
    data = data.replace(b"CPM (cost per 1,000 impressions) (EUR)", b'"CPM (cost per 1,000 impressions) (EUR)"')
    export = read_meta_export(data)
    assert export.rows[0].used
    assert export.rows[1].why.key == "calibration.why.cpm_mismatch"


def test_cell_problems_name_row_and_column():
    data = (
        b"Campaign name;Reach;Impressions;Amount spent (EUR);Reporting starts\n"
        b"A;1.000;5.000;veel;2026-03-01\n"
        b"B;1.000;5.000;40,00;maart\n"
    )
    export = read_meta_export(data)
    texts = [p.text("en") for p in export.problems]
    assert any(t.startswith("row 2, column Amount spent (EUR): 'veel' is not a number") for t in texts)
    assert any(t.startswith("row 3, column Reporting starts: 'maart' is not a date") for t in texts)
    assert export.problems[0].text("nl").startswith("rij 2, kolom Amount spent (EUR)")
    assert not export.rows[0].used and export.rows[1].used  # a bad date does not stop the row


def test_a_file_that_is_not_an_export_says_what_it_expected():
    with pytest.raises(InputError) as caught:
        read_meta_export(b"code,name,residents\nWK1,A,100\n")
    message = caught.value.problems[0].text("en")
    assert "not look like a Meta Ads Manager export" in message
    assert "Amount spent (EUR)" in message and "Found: code, name, residents" in message
    with pytest.raises(InputError) as caught:
        read_meta_export(b"antwoord,aantal\nnooit,3\n")
    assert "reader survey" in caught.value.problems[0].text("en")
    with pytest.raises(InputError) as caught:
        read_meta_export(b"Campaign name,Reach,Impressions,Amount spent (USD)\nA,1,5,2\n")
    assert "USD" in caught.value.problems[0].text("en")
    with pytest.raises(InputError):
        read_meta_export(b"")


def test_nothing_usable_gives_no_social_fit(dordrecht):
    rows, _, _ = rows_for(dordrecht, spends=(1000,))
    export = read_meta_export(english_csv([dict(rows[0], reach=rows[0]["impressions"] + 1)]))
    result = calibrate(dordrecht, export)
    assert result.social is None and not result.usable
    assert any("no row can be used" in p.text("en") for p in result.problems)


def test_targets_file_narrows_the_audience_of_a_row(dordrecht):
    areas = scenario_areas(dordrecht)
    first, second = areas.codes[:2]
    rows, _, _ = rows_for(dordrecht, spends=(500, 3000))
    population = areas.population[[0, 1]].sum(axis=0)
    d_small = deliverable(population * (np.arange(5) > 0), {b: v * 0.9 for b, v in DEFAULT_SHARE.items()}, 0.8)
    rows[0] = dict(rows[0], reach=round(model_reach(d_small, rows[0]["impressions"], 1.0)))
    targets = read_targets(f"row_name,area_or_ad_set_codes\n{rows[0]['name']},{first} {second}\n*,GM0505\n".encode())
    assert not targets.problems
    result = calibrate(dordrecht, read_meta_export(english_csv(rows)), targets=targets)
    assert result.targeting[2].codes == tuple(sorted((first, second)))
    assert result.targeting[3].whole_gemeente
    assert len(result.social.groups) == 2
    for band in ("25-44", "65+"):
        assert result.social.platform_share[band] == pytest.approx(DEFAULT_SHARE[band] * 0.9, rel=0.002)


def test_targets_problems_name_row_and_column(dordrecht):
    rows, _, _ = rows_for(dordrecht, spends=(500,))
    targets = read_targets(
        b"row_name;area_or_ad_set_codes;bands\nAfval 2026;WK999999;\nOnbekend;GM0505;\nAfval 2026;GM0505;15-30\n",
        "doelen.csv",
    )
    result = calibrate(dordrecht, read_meta_export(english_csv(rows)), targets=targets)
    texts = [p.text("en") for p in result.problems]
    assert any(t.startswith("doelen.csv, row 2, column area_or_ad_set_codes: 'WK999999' is not an area") for t in texts)
    assert any(t.startswith("doelen.csv, row 3: 'Onbekend' is not a row of the export") for t in texts)
    assert any(t.startswith("doelen.csv, row 4, column row_name: 'Afval 2026' is already on row 2") for t in texts)
    dutch = [p.text("nl") for p in result.problems]
    assert any(t.startswith("doelen.csv, rij 2, kolom area_or_ad_set_codes: 'WK999999' is geen gebied") for t in dutch)
    assert result.targeting[2].whole_gemeente  # the bad line is left out: the default holds
    with pytest.raises(InputError):
        read_targets(b"foo,bar\n1,2\n")


def test_export_broken_down_by_age_fits_each_band(dordrecht):
    population = whole_population(dordrecht)
    true_share = {"15-24": 0.9, "25-44": 0.8, "45-64": 0.62, "65+": 0.4}
    lines = [
        (
            "Campagnenaam;Leeftijd;Bereik;Weergaven;Besteed bedrag (EUR);Geschatte stijging van "
            "advertentieherinnering (personen)"
        )
    ]
    for campaign, spend in (("Afval voorjaar", 250.0), ("Afval najaar", 1400.0)):
        lines.append(f"{campaign};;;;{spend * 6:.2f}".replace(".", ","))  # the campaign's own total: no age
        for age in ("18-24", "25-34", "35-44", "45-54", "55-64", "65+"):
            d = deliverable(population, true_share, 0.8, overlap=age_overlap(age))
            impressions = round(1000 * spend / 6.4)
            reach = round(model_reach(d, impressions, 1.3))
            lines.append(f"{campaign};{age};{reach};{impressions};{spend:.2f};{round(reach * 0.3)}".replace(".", ","))
    export = read_meta_export(("\n".join(lines) + "\n").encode(), "leeftijd.csv")
    assert export.by_age and export.has_recall_lift
    assert [r.why.render("en") for r in export.rows if not r.used] == ["totals row", "totals row"]
    assert export.rows[1].label == "Afval voorjaar (18-24)"
    fit = calibrate(dordrecht, export).social
    assert fit.spread == pytest.approx(1.3, rel=0.02)
    for band, share in true_share.items():
        assert fit.platform_share[band] == pytest.approx(share, rel=0.02)
    assert fit.noticed_share == pytest.approx(0.3, rel=0.01)
    assert fit.cpm_eur == pytest.approx(6.4, rel=0.001)


def test_a_pooled_ad_set_can_be_named_as_a_target():
    westerveld = new_scenario(gemeente="GM1701")  # its small wijken pool into GM1701-rest
    from budgetsim.planning import build_model

    model = build_model(westerveld)
    pooled = model.ad_sets.ids.index("GM1701-rest")
    members = [model.areas.codes[i] for i in model.ad_sets.members[pooled]]
    rows, _, _ = rows_for(westerveld, spends=(300,))
    targets = read_targets(b"row_name,area_or_ad_set_codes\n*,GM1701-rest\n")
    result = calibrate(westerveld, read_meta_export(english_csv(rows)), targets=targets)
    assert not result.problems
    assert result.targeting[2].codes == tuple(sorted(members))
    assert result.targeting[2].population.sum() < whole_population(westerveld).sum()


def test_targets_chosen_in_the_app_and_the_template(dordrecht):
    from budgetsim.calibration import (
        fitted_curves,
        targets_from_choices,
        targets_template,
    )

    areas = scenario_areas(dordrecht)
    rows, _, _ = rows_for(dordrecht, spends=(500, 3000))
    export = read_meta_export(english_csv(rows))
    template = targets_template([r.name for r in export.rows], DORDRECHT)
    assert template.splitlines() == [
        "row_name,area_or_ad_set_codes,bands",
        f"Afval 2026 - 1,{DORDRECHT},",
        f"Afval 2026 - 2,{DORDRECHT},",
    ]
    assert read_targets(template.encode()).entries[1].codes == (DORDRECHT,)
    chosen = targets_from_choices({"Afval 2026 - 1": ([areas.codes[0]], "15-44"), "*": DORDRECHT})
    result = calibrate(dordrecht, export, targets=chosen)
    assert not result.problems
    assert result.targeting[2].codes == (areas.codes[0],) and result.targeting[2].bands == ("15-24", "25-44")
    assert result.targeting[3].whole_gemeente
    curves = fitted_curves(result.social, points=5)
    assert len(curves) == 5 * len(result.social.groups) and curves[0]["predicted_reach"] == 0.0
    assert all(b["predicted_reach"] >= a["predicted_reach"] for a, b in pairwise(curves) if a["group"] == b["group"])


@given(st.floats(min_value=0, max_value=1e9, allow_nan=False), st.sampled_from([",", "."]))
def test_numbers_read_back_as_written(value, mark):
    from budgetsim.calibration.tables import parse_number

    value = round(value, 2)
    written = f"{value:,.2f}"
    if mark == ",":
        written = written.replace(",", "\0").replace(".", ",").replace("\0", ".")
    assert parse_number(written, mark) == pytest.approx(value)
    assert parse_number(written.replace("." if mark == "," else ",", ""), mark) == pytest.approx(value)


def test_the_decimal_mark_of_a_file():
    from budgetsim.calibration.tables import decimal_mark, parse_number

    assert decimal_mark(["1.234", "12,50"]) == ","
    assert decimal_mark(["1,234", "12.5"]) == "."
    assert decimal_mark(["1.234.567"]) == ","
    assert decimal_mark(["1.234"], default=",") == ","  # no evidence either way
    with pytest.raises(ValueError):
        parse_number("12,5,0", ",")
    with pytest.raises(ValueError):
        parse_number("1.23.4", ",")
    assert parse_number("€ 1.234,50", ",") == 1234.5 and parse_number("-", ",") is None
