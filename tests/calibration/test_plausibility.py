"""Plausibility before use, taking values one by one, and no side effects (MODEL.md 2.1).

The Zwolle and Dordrecht exports here are made up (no real campaign's figures): six Zwolle
campaigns of € 61 to € 2.399 aimed at a region much wider than Zwolle, and a Dordrecht export by
age × gender of a campaign aimed at the whole province. Files made with the model itself must
still give their parameters back.
"""

from __future__ import annotations

import numpy as np
import pytest

from budgetsim.bands import BANDS
from budgetsim.calibration import apply_calibration, calibrate, read_meta_export, read_survey
from budgetsim.calibration.apply import SAFE_CHOICE, VALUE_NAMES, parse_use, values_not_used
from budgetsim.calibration.social import Observation, fit_social
from budgetsim.planning import build_model, current_budget_eur, new_scenario, print_budget_eur, scenario_areas
from budgetsim.problems import InputError
from budgetsim.scenario import parse_scenario, scenario_to_json
from tests.calibration.helpers import (
    deliverable,
    dutch_csv,
    english_csv,
    export_rows,
    model_reach,
    survey_counts,
    survey_csv,
    xlsx,
    zwolle_export,
)
from tests.conftest import DORDRECHT

SHARE = {"15-24": 0.85, "25-44": 0.85, "45-64": 0.75, "65+": 0.55}
POPULATION = np.array([0, 10_000, 20_000, 20_000, 15_000], float)  # 65,000 residents 15+


@pytest.fixture(scope="module")
def zwolle():
    return new_scenario(gemeente="GM0193", social_eur=5000)


@pytest.fixture(scope="module")
def dordrecht():
    return new_scenario(gemeente=DORDRECHT, social_eur=5000)


def test_zwolle_campaigns_aimed_wider_keep_the_platform_share_and_ask_for_the_targeting(zwolle):
    exported = read_meta_export(zwolle_export(), "zwolle-2026.csv")
    assert all(r.used for r in exported.rows)  # "Alle wijken – afval 2026" is a campaign
    result = calibrate(zwolle, exported)
    fit = result.social
    assert fit.cpm_eur == pytest.approx(6.8, rel=1e-3) and "cpm_eur" in fit.usable_names
    why = fit.not_used["deliverable_accounts"].render("nl")
    assert "breder gericht" in why and "geef per rij op" in why
    new = apply_calibration(zwolle, result)
    assert new.assumptions.social.platform_share == zwolle.assumptions.social.platform_share
    assert new.assumptions.social.on_target_share == zwolle.assumptions.social.on_target_share
    record = new.calibration.social.model_extra
    assert "platform_share" not in new.calibration.social.fitted
    assert record["not_used"]["deliverable_accounts"] == "aimed_wider"
    kept = values_not_used(new.to_dict()["calibration"]["social"])
    assert set(kept) == {"social.platform_share", "social.on_target_share"}
    assert "niet uit de eigen cijfers" in kept["social.platform_share"].render("nl")


def test_an_age_by_gender_export_of_a_province_wide_campaign_is_not_used_for_dordrecht(dordrecht):
    lines = ['"Reporting starts","Reporting ends","Ad Set Name",Age,Gender,Impressions,Reach,"Amount spent (EUR)"']
    for age in ("18-24", "25-34", "35-44", "45-54", "55-64", "65+"):
        for gender, part in (("female", 0.52), ("male", 0.48)):
            impressions = round(180_000 * part)
            reach = round(model_reach(520_000 * part, impressions, 1.0))
            lines.append(
                f"2026-03-01,2026-03-31,Provincie,{age},{gender},{impressions},{reach},{impressions * 0.0065:.2f}"
            )
    exported = read_meta_export(("\n".join(lines) + "\n").encode(), "provincie.csv")
    assert exported.slices == "age_gender" and len(exported.rows) == 6
    result = calibrate(dordrecht, exported)
    assert "deliverable_accounts" in result.social.not_used
    new = apply_calibration(dordrecht, result)
    assert new.assumptions.social.platform_share["65+"] == dordrecht.assumptions.social.platform_share["65+"]


def test_a_share_above_95_percent_that_half_the_impressions_cannot_explain_is_not_used():
    true = {b: 1.0 for b in SHARE}
    d = deliverable(POPULATION, true, 0.51)  # 0.95 of everyone would need 48 % of impressions on target
    rows = export_rows([1000, 4000], cpm=8.0, d=d, k=1.0)
    obs = [
        Observation(i + 2, r["name"], r["spend"], r["impressions"], r["reach"], POPULATION) for i, r in enumerate(rows)
    ]
    fit = fit_social(obs, SHARE, 0.8, 1.0, fit_spread=False)
    assert "95 %" in fit.not_used["deliverable_accounts"].render("nl")
    plausible = fit_social(
        [
            Observation(i + 2, r["name"], r["spend"], r["impressions"], r["reach"], POPULATION)
            for i, r in enumerate(export_rows([1000, 4000], 8.0, deliverable(POPULATION, true, 0.6), 1.0))
        ],
        SHARE,
        0.8,
        1.0,
        fit_spread=False,
    )
    assert "deliverable_accounts" not in plausible.not_used and plausible.on_target_share >= 0.5


@pytest.mark.parametrize("cpm, used", [(0.6, False), (1.2, True), (48.0, True), (62.0, False)])
def test_a_price_per_1000_impressions_outside_1_to_50_euros_is_not_used(cpm, used):
    obs = [Observation(2, "a", cpm * 100, 100_000.0, 30_000.0, POPULATION)]
    fit = fit_social(obs, SHARE, 0.8, 1.0)
    assert ("cpm_eur" in fit.usable_names) is used
    if not used:
        assert "andere munt" in fit.not_used["cpm_eur"].render("nl")


def test_the_spread_needs_rows_at_least_1_5_times_apart_and_never_stops_at_a_bound():
    one_size = [
        Observation(i + 2, "a", 700.0, i_, r, POPULATION)
        for i, (i_, r) in enumerate([(100_000, 30_000), (130_000, 37_000)])
    ]
    fit = fit_social(one_size, SHARE, 0.8, 1.0)
    assert not fit.spread_fitted and fit.spread == 1.0 and "1,5" in fit.not_used["spread"].render("nl")
    flat = [(10_000, 9_000), (100_000, 80_000), (400_000, 300_000)]  # reach grows almost with impressions
    at_bound = fit_social(
        [Observation(i + 2, "a", i_ * 0.007, i_, r, POPULATION) for i, (i_, r) in enumerate(flat)], SHARE, 0.8, 1.0
    )
    assert not at_bound.spread_fitted and at_bound.spread == 1.0
    assert "0,05" in at_bound.not_used["spread"].render("nl")


def test_one_row_gives_d_with_at_least_30_percent_either_side():
    fit = fit_social([Observation(2, "a", 700.0, 100_000.0, 30_000.0, POPULATION)], SHARE, 0.8, 1.0)
    low, high = fit.ranges["platform_share"]
    assert low <= 0.7 and high >= 1.3


# -- taking values one by one -------------------------------------------------------------------


@pytest.fixture(scope="module")
def model_files(dordrecht):
    population = scenario_areas(dordrecht).population.sum(axis=0) * (np.arange(len(BANDS)) > 0)
    true_share = {b: v * 0.9 for b, v in dordrecht.assumptions.social.platform_share.items()}
    rows = export_rows([900, 2600, 6500, 16000], 7.1, deliverable(population, true_share, 0.8), 0.7)
    counts = survey_counts({"15-24": 0.2, "25-44": 0.35, "45-64": 0.5, "65+": 0.6}, 0.6, 0.62, per_band=5000)
    return read_meta_export(dutch_csv(rows), "export.csv"), read_survey(survey_csv(counts), "panel.csv")


def test_only_the_price_per_1000_impressions_is_the_safe_choice(dordrecht, model_files):
    result = calibrate(dordrecht, *model_files)
    assert set(result.usable_names) == set(VALUE_NAMES) - {"noticed_share"}
    new = apply_calibration(dordrecht, result, use=SAFE_CHOICE)
    before, after = dordrecht.assumptions, new.assumptions
    assert after.social.cpm_eur == pytest.approx(7.1, rel=1e-3)
    assert after.social.platform_share == before.social.platform_share and after.social.spread == before.social.spread
    assert after.print.delivery_share == before.print.delivery_share and after.print.loyalty == before.print.loyalty
    assert set(new.uncertainty.ranges) == {"social.cpm_eur"}
    social, printing = new.calibration.social, new.calibration.print
    assert set(social.fitted) == {"cpm_eur"} and set(printing.fitted) == set()
    assert social.model_extra["not_used"] == {"spread": "not_chosen", "deliverable_accounts": "not_chosen"}
    assert printing.model_extra["not_used"] == dict.fromkeys(("delivery_share", "page_seen", "loyalty"), "not_chosen")


def test_a_value_the_data_cannot_carry_is_not_taken_even_when_named(zwolle):
    result = calibrate(zwolle, read_meta_export(zwolle_export(), "zwolle.csv"))
    new = apply_calibration(zwolle, result, use={"deliverable_accounts", "cpm_eur"})
    assert new.assumptions.social.platform_share == zwolle.assumptions.social.platform_share
    assert new.calibration.social.model_extra["not_used"]["deliverable_accounts"] == "aimed_wider"
    assert set(new.calibration.social.fitted) == {"cpm_eur"}


def test_names_to_use_are_checked():
    assert parse_use("cpm_eur, spread") == {"cpm_eur", "spread"}
    with pytest.raises(InputError) as caught:
        parse_use("cpm_eur,platform")
    assert "'platform'" in caught.value.messages("nl")[0] and "deliverable_accounts" in caught.value.messages("nl")[0]


# -- no side effects ----------------------------------------------------------------------------


@pytest.mark.parametrize("print_eur", [None, 20_000.0])
def test_using_fitted_values_changes_no_budget_nu_price_or_pages(zwolle, print_eur):
    scenario = zwolle.model_copy(update={"budget": zwolle.budget.model_copy(update={"print_eur": print_eur})})
    counts = survey_counts({"15-24": 0.2, "25-44": 0.35, "45-64": 0.5, "65+": 0.6}, 0.6, 0.6, per_band=5000)
    result = calibrate(scenario, read_meta_export(zwolle_export(), "zwolle.csv"), read_survey(survey_csv(counts)))
    assert result.print.delivery_share == pytest.approx(0.6, abs=0.02)  # the survey moves the delivery share
    new = apply_calibration(scenario, result)
    assert new.assumptions.print.delivery_share == pytest.approx(0.6, abs=0.02)
    before, after = build_model(scenario), build_model(new)
    assert after.price_per_insertion == pytest.approx(before.price_per_insertion, abs=1e-9)  # € 734 stays € 734
    assert print_budget_eur(new) == print_budget_eur(scenario)
    assert current_budget_eur(new) == current_budget_eur(scenario)
    assert new.budget == scenario.budget and new.current == scenario.current
    pages = print_budget_eur(scenario) / before.price_per_insertion
    assert print_budget_eur(new) / after.price_per_insertion == pytest.approx(pages, rel=1e-12)
    assert new.assumptions.print.price_per_page_estimated is True


def test_the_estimated_price_is_kept_in_the_file_and_a_contract_price_is_left_alone(zwolle, dordrecht):
    result = calibrate(zwolle, read_meta_export(zwolle_export(), "zwolle.csv"))
    new = apply_calibration(zwolle, result, use=SAFE_CHOICE)
    text = scenario_to_json(new)
    assert '"price_per_page_estimated": true' in text
    again = parse_scenario(text)
    assert again.assumptions.print.price_per_page_estimated and again.assumptions.print.price_per_page_eur == (
        new.assumptions.print.price_per_page_eur
    )
    assert "price_per_page_estimated" not in scenario_to_json(zwolle)  # false is not written
    assumptions = zwolle.assumptions.model_copy(
        update={"print": zwolle.assumptions.print.model_copy(update={"price_per_page_eur": 687.0})}
    )
    contract = zwolle.model_copy(update={"assumptions": assumptions})
    kept = apply_calibration(contract, calibrate(contract, read_meta_export(zwolle_export(), "zwolle.csv")))
    assert kept.assumptions.print.price_per_page_eur == 687.0 and not kept.assumptions.print.price_per_page_estimated


def test_the_estimate_mark_must_be_true_or_false():
    with pytest.raises(InputError) as caught:
        parse_scenario(
            '{"schema_version": 2, "gemeente": "GM0505", "assumptions": {"print": {"price_per_page_estimated": "ja"}}}'
        )
    assert "assumptions.print.price_per_page_estimated" in caught.value.messages("en")[0]


# -- files made with the model still give their parameters back -----------------------------------


@pytest.mark.parametrize("k_true", [0.5, 1.0, 3.0])
@pytest.mark.parametrize("kind", ["dutch", "english", "xlsx"])
def test_files_made_with_the_model_give_cpm_k_and_d_back(dordrecht, kind, k_true):
    population = scenario_areas(dordrecht).population.sum(axis=0) * (np.arange(len(BANDS)) > 0)
    true_share = {b: v * 0.9 for b, v in dordrecht.assumptions.social.platform_share.items()}
    d_true = deliverable(population, true_share, 0.8)
    rows = export_rows([900, 2600, 6500, 16000], 7.1, d_true, k_true)
    data = {"dutch": dutch_csv, "english": english_csv, "xlsx": xlsx}[kind](rows)
    fit = calibrate(dordrecht, read_meta_export(data, f"model.{kind}")).social
    assert fit.not_used == {} and fit.spread_fitted
    assert fit.cpm_eur == pytest.approx(7.1, rel=1e-3)
    assert fit.spread == pytest.approx(k_true, rel=0.03)
    assert fit.groups[0].deliverable_fit == pytest.approx(d_true, rel=0.03)
    for band, share in true_share.items():
        assert fit.platform_share[band] == pytest.approx(share, rel=0.03)
