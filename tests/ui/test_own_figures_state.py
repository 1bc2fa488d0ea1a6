""" "Eigen cijfers" without Streamlit: reading uploads, targeting, the tables, using the
fitted values and undoing that, the record of edited values, and the chart of measured against
calculated reach."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import vl_convert as vlc

from budgetsim import charts
from budgetsim.bands import TARGETABLE_BANDS
from budgetsim.calibration import calibrate, fitted_values, read_meta_export, read_survey
from budgetsim.calibration_report import basis_text
from budgetsim.planning import new_scenario
from budgetsim.ui import own_figures_state as O
from budgetsim.ui import state as S
from tests.conftest import DORDRECHT

REPO = Path(__file__).resolve().parents[2]
EXPORT = ("voorbeeld-export-meta.csv", (REPO / "scenarios" / "voorbeeld-export-meta.csv").read_bytes())
SURVEY = ("voorbeeld-lezersonderzoek.csv", (REPO / "scenarios" / "voorbeeld-lezersonderzoek.csv").read_bytes())


@pytest.fixture(scope="module")
def scenario():
    return new_scenario(DORDRECHT, social_eur=5000)


@pytest.fixture(scope="module")
def files():
    return O.read_files(EXPORT, SURVEY)


@pytest.fixture(scope="module")
def calibration(scenario, files):
    return O.own_calibration(scenario, files, {})


def test_both_files_are_read_and_fitted(files, calibration):
    assert files.errors == ()
    assert files.export.source == EXPORT[0] and files.survey.source == SURVEY[0]
    assert calibration.social is not None and calibration.print is not None


@pytest.mark.parametrize(
    "kind, content, words",
    [
        ("export", b"antwoord,aantal\nnooit,3\n", "lezersonderzoek"),  # a survey given as the export
        ("export", b"naam,leeftijd\nJan,40\n", "Bereik"),  # not an export: names what it needs
        ("survey", b"", "leeg"),
        ("survey", b"\xd0\xcf\x11\xe0" + b"\x00" * 100, ".xlsx"),  # old Excel: save it as .xlsx
    ],
)
def test_a_file_that_is_not_one_gives_a_message_naming_file_and_what_is_wrong(kind, content, words):
    upload = ("mijn-bestand.csv", content)
    files = O.read_files(upload if kind == "export" else None, upload if kind == "survey" else None)
    assert getattr(files, kind) is None
    [(got_kind, error)] = files.errors
    text = " ".join(O.problem_lines(error.problems, "nl"))
    assert got_kind == kind and "mijn-bestand.csv" in text and words in text, text


def test_a_file_no_reader_expected_still_gives_a_message(monkeypatch):
    def broken(data, name):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(O, "read_meta_export", broken)
    files = O.read_files(("x.csv", b"a,b\n1,2\n"), None)
    [(kind, error)] = files.errors
    assert kind == "export" and "x.csv" in error.messages("nl")[0] and "CSV" in error.messages("nl")[0]
    assert "CSV" in error.messages("en")[0] and "export" in error.messages("en")[0]


def test_every_export_row_is_listed_with_why_it_is_not_used(files, calibration):
    rows = O.export_rows(calibration, files.export, "nl")
    assert [r["Rij"] for r in rows] == [str(r.row) for r in files.export.rows]
    unused = {r["Rij"]: r["Waarom niet"] for r in rows if r["Gebruikt"] == "nee"}
    assert unused["3"] == "totaalrij"
    assert "niet kleiner dan het aantal weergaven" in unused["8"]
    used = [r for r in rows if r["Gebruikt"] == "ja"]
    assert len(used) == calibration.social.rows_used == 4
    assert all(r["Bereik volgens model"] != "–" and r["Waarom niet"] == "" for r in used)
    assert used[0]["Besteed"] == "€ 450,00" and used[0]["Weergaven"] == "63.830"
    english = O.export_rows(calibration, files.export, "en")
    assert english[1]["Spent"] == "€450.00" and english[0]["Why not"] == "totals row"


def test_rows_of_an_export_with_nothing_usable_still_say_why(scenario):
    bad = b"Campagnenaam;Besteed bedrag (EUR);Weergaven;Bereik\nA;0;1000;500\nB;10;100;200\n"
    files = O.read_files(("leeg.csv", bad), None)
    calibration = O.own_calibration(scenario, files, {})
    assert calibration.social is None and not calibration.usable
    rows = O.export_rows(calibration, files.export, "nl")
    assert [r["Gebruikt"] for r in rows] == ["nee", "nee"]
    assert rows[0]["Waarom niet"] == "besteed bedrag is 0"
    lines = O.problem_lines(calibration.problems, "nl")
    assert any("leeg.csv" in line and "geen enkele rij is bruikbaar" in line for line in lines), lines


def test_targeting_choices_reach_the_fit(scenario, files):
    wijk = scenario_codes(scenario)[0]
    state = O.targeting_chosen({}, "*", [wijk], ["15-24", "25-44"])
    assert state[O.TARGETS] == {"*": ((wijk,), ("15-24", "25-44"))}
    chosen = O.own_calibration(scenario, files, state[O.TARGETS])
    assert all(t.codes == (wijk,) and t.bands == ("15-24", "25-44") for t in chosen.targeting.values())
    whole = O.own_calibration(scenario, files, {})
    assert all(t.whole_gemeente for t in whole.targeting.values())
    # one wijk of young people holds far fewer accounts: the fitted share of the young goes up
    young = "15-24"
    assert chosen.social.platform_share[young] > whole.social.platform_share[young]


def test_back_to_the_default_targeting_removes_the_choice():
    state = O.targeting_chosen({}, "Afval 2026 - week 1", ["WK050501"], [])
    assert O.targeting_chosen(state, "Afval 2026 - week 1", [], list(TARGETABLE_BANDS))[O.TARGETS] == {}
    assert O.targets_of({}, ["WK050501"]) is None


def test_a_new_export_starts_without_targeting_choices():
    updates = O.file_changed("export", ("b.csv", b"x"))
    assert updates == {O.EXPORT: ("b.csv", b"x"), O.TARGETS: {}}
    assert O.file_changed("survey", None) == {O.SURVEY: None}


def scenario_codes(scenario):
    from budgetsim.planning import scenario_areas

    return list(scenario_areas(scenario).codes)


def test_fitted_values_beside_default_and_now_with_their_range(scenario, calibration):
    rows = O.fitted_rows(fitted_values(calibration, scenario), "nl")
    cpm = rows[0]
    assert cpm["Aanname"].startswith("Kosten per 1.000")
    # whole euros without cents, as every assumption's value (budgetsim.assumption_text)
    assert cpm["Standaard"] == "€ 8" and cpm["Nu in gebruik"] == "€ 8"
    assert re.fullmatch(r"€ \d+(,\d\d)? – € \d+(,\d\d)?", cpm["Marge"])
    assert any(r["Aanname"].endswith("15–24 jaar") for r in rows)
    assert re.fullmatch(r"\d+ %", next(r for r in rows if "15–24" in r["Aanname"])["Uit uw cijfers"])


def test_survey_rows_give_the_survey_and_the_fit_side_by_side(files, calibration):
    rows = O.survey_rows(calibration, files.survey, "nl")
    assert [r["Antwoord"] for r in rows][0] == "(bijna) elke week" and len(rows) == 5
    assert sum(int(r["Aantal"].replace(".", "")) for r in rows) == files.survey.respondents
    assert all(r["Volgens de waarden"].endswith("%") for r in rows)


def state_of(scenario):
    return {**S.scenario_to_state(scenario), "lang": "nl"}


def test_using_the_values_sets_assumptions_ranges_and_record_and_undo_restores(scenario, calibration):
    state = state_of(scenario)
    updates = O.calibration_applied(state, scenario, calibration)
    after = {**state, **updates["pending_state"]}
    assert after[S.assumption_key("social.cpm_eur")] == round(calibration.social.cpm_eur, 4)
    assert after[S.assumption_key("print.delivery_share")] == round(calibration.print.delivery_share, 4)
    assert "social.cpm_eur" in after["ranges_edited"]
    saved = S.state_to_scenario(after)
    low, high = saved.uncertainty.ranges["social.cpm_eur"]
    assert low <= saved.assumptions.social.cpm_eur <= high and (low, high) != (5.0, 12.0)
    record = saved.to_dict()["calibration"]
    assert basis_text(record["social"], "social", "nl") == "Eigen campagne 'Afval 2026', maart 2026"
    assert "edited" not in record["social"]
    back = O.calibration_undone({**after, O.UNDO: updates[O.UNDO]})
    restored = {**after, **back["pending_state"]}
    assert back[O.UNDO] is None
    assert S.state_to_scenario(restored).to_dict() == scenario.to_dict()
    assert O.calibration_undone({}) == {}


def test_a_fitted_value_edited_by_hand_keeps_the_record_and_is_marked(scenario, calibration):
    state = state_of(scenario)
    after = {**state, **O.calibration_applied(state, scenario, calibration)["pending_state"]}
    after[S.assumption_key("social.cpm_eur")] = 9.5
    after[S.assumption_key("print.page_seen", "65+")] = 0.7
    record = S.state_to_scenario(after).to_dict()["calibration"]
    assert record["social"]["edited"] == ["cpm_eur"]
    assert record["print"]["edited"] == ["page_seen.65+"]
    assert record["social"]["fitted"]["cpm_eur"] == round(calibration.social.cpm_eur, 4)
    text = O.fitted_basis(record, "social.cpm_eur", "nl")
    assert text.startswith("Uit uw cijfers: Eigen campagne 'Afval 2026'") and "met de hand aangepast" in text
    assert "aangepast" not in O.fitted_basis(record, "social.spread", "nl")
    assert "met de hand aangepast" in O.fitted_basis(record, "print.page_seen", "nl")
    assert O.fitted_basis(record, "social.noticed_share", "nl") is None  # no recall lift: not fitted
    assert O.fitted_basis(None, "social.cpm_eur", "nl") is None
    after[S.assumption_key("social.cpm_eur")] = round(calibration.social.cpm_eur, 4)  # back to the fit
    assert "edited" not in S.state_to_scenario(after).to_dict()["calibration"]["social"]


def test_the_record_survives_a_file_round_trip_and_another_gemeente(scenario, calibration):
    state = state_of(scenario)
    after = {**state, **O.calibration_applied(state, scenario, calibration)["pending_state"]}
    saved = S.state_to_scenario(after)
    assert S.scenario_to_state(saved)["calibration"] == saved.to_dict()["calibration"]
    moved = S.gemeente_changed({**after, "gemeente": "GM0363", "split": "by_audience"})
    assert moved["pending_state"]["calibration"] == after["calibration"]


def test_the_chart_shows_every_row_the_fitted_curve_and_says_what_it_shows(calibration):
    rows, curves = O.chart_data(calibration)
    chart = charts.calibration_chart(rows, curves, "nl", charts.ChartContext("Dordrecht", "export.csv"))
    spec = chart.to_dict(validate=True)
    description = spec["description"]
    assert description.startswith("Bereik van uw campagne: gemeten en berekend. Het bereik van 4 rijen")
    assert "gemiddeld" in description and "rij 4 35.431 en 35.527" in description
    layers = spec["vconcat"][0]["layer"]
    points = layers[1]["data"]["values"]
    assert {p["kind"] for p in points} == {"Gemeten (gebruikt)", "Gemeten (niet gebruikt)"}
    assert len(points) == 5  # the totals row has no reach
    assert len(layers[0]["data"]["values"]) == len(curves) > 10
    texts = " ".join(re.findall(r">([^<]+)</text>", vlc.vegalite_to_svg(spec)))
    assert "Weergaven" in texts and "Bereik (accounts)" in texts and "800.000" in texts
    english = charts.calibration_chart(rows, curves, "en", "Dordrecht").to_dict()
    assert english["description"].startswith("Reach of your campaign: measured and calculated. The reach of 4 rows")


def test_the_description_gap_is_the_mean_distance_from_the_measured_reach():
    rows = [
        {"row": 2, "used": True, "reach": 100.0, "predicted_reach": 110.0},
        {"row": 3, "used": True, "reach": 200.0, "predicted_reach": 190.0},
        {"row": 4, "used": False, "reach": 50.0, "predicted_reach": None},
    ]
    assert "7,5 %" in charts.calibration_description(rows, "nl")  # (10 % + 5 %) / 2


def test_the_calibration_of_the_state_is_the_core_one(scenario, files, calibration):
    direct = calibrate(scenario, read_meta_export(EXPORT[1], EXPORT[0]), read_survey(SURVEY[1], SURVEY[0]))
    assert direct.social.cpm_eur == calibration.social.cpm_eur
    assert direct.print.loyalty == calibration.print.loyalty


def test_the_proposal_of_values_used_in_the_app_names_the_campaign_and_a_band_edited(scenario, calibration):
    from budgetsim.proposal import prepare_options, proposal_content

    state = state_of(scenario)
    after = {**state, **O.calibration_applied(state, scenario, calibration)["pending_state"]}
    after[S.assumption_key("print.page_seen", "65+")] = 0.7  # one band changed by hand since
    used = S.state_to_scenario(after)
    content = proposal_content(prepare_options([used], with_uncertainty=False), "nl")
    by_key = {a.key: a for a in content.assumptions}
    assert "Eigen campagne 'Afval 2026', maart 2026" in by_key["social.cpm_eur"].source
    assert "voorbeeld-export-meta.csv" in by_key["social.cpm_eur"].source
    assert "met de hand aangepast" in by_key["print.page_seen"].source
    assert "met de hand aangepast" not in by_key["print.loyalty"].source


# -- taking values one by one, the estimated price, honest words -----------------------------------


def test_the_safe_choice_is_offered_first_and_only_usable_values_are_taken(calibration):
    assert O.take_options(calibration) == [O.TAKE_SAFE, O.TAKE_EVERY, O.TAKE_PICKED]
    assert O.default_take(O.take_options(calibration)) == O.TAKE_EVERY and O.default_take([O.TAKE_SAFE]) == O.TAKE_SAFE
    assert O.names_taken(calibration, O.TAKE_SAFE) == {"cpm_eur"}
    assert O.names_taken(calibration, O.TAKE_EVERY) == set(calibration.usable_names)
    assert O.names_taken(calibration, O.TAKE_PICKED, ["loyalty", "noticed_share"]) == {"loyalty"}  # no recall lift
    assert O.unusable_values(calibration) == {}


def test_the_values_left_say_so_on_screen_and_in_the_proposal(scenario, calibration):
    from budgetsim.proposal import prepare_options, proposal_content

    state = state_of(scenario)
    after = {**state, **O.calibration_applied(state, scenario, calibration, use={"cpm_eur"})["pending_state"]}
    assert after[S.assumption_key("social.spread")] == state[S.assumption_key("social.spread")]
    assert after[S.assumption_key("print.loyalty")] == state[S.assumption_key("print.loyalty")]
    saved = S.state_to_scenario(after)
    assert set(saved.calibration.social.fitted) == {"cpm_eur"}
    kept = "Blijft op de waarde van het scenario, niet uit de eigen cijfers (zelf niet gekozen)."
    record = saved.to_dict()["calibration"]
    assert O.fitted_basis(record, "social.spread", "nl").endswith(kept)
    assert O.fitted_basis(record, "print.loyalty", "nl").endswith(kept)
    assert "Uit uw cijfers" not in O.fitted_basis(record, "social.platform_share", "nl")
    assert O.fitted_basis(record, "social.cpm_eur", "nl").startswith("Uit uw cijfers:")
    content = proposal_content(prepare_options([saved], with_uncertainty=False), "nl")
    by_key = {a.key: a for a in content.assumptions}
    assert by_key["social.cpm_eur"].source.startswith("Berekend uit de eigen cijfers van de gemeente")
    for key in ("social.spread", "social.platform_share", "print.delivery_share", "print.page_seen"):
        assert by_key[key].source == kept, key


def test_the_proposal_says_a_value_the_data_cannot_carry_kept_the_scenarios_value():
    from budgetsim.proposal import prepare_options, proposal_content
    from tests.calibration.helpers import zwolle_export

    zwolle = new_scenario("GM0193", social_eur=5000)
    files = O.read_files(("zwolle.csv", zwolle_export()), None)
    state = state_of(zwolle)
    applied = O.calibration_applied(state, zwolle, O.own_calibration(zwolle, files, {}))
    saved = S.state_to_scenario({**state, **applied["pending_state"]})
    content = proposal_content(prepare_options([saved], with_uncertainty=False), "en")
    by_key = {a.key: a for a in content.assumptions}
    assert by_key["social.platform_share"].source == (
        "Kept at the scenario's value, not from your own figures (campaign aimed wider than the areas)."
    )
    assert by_key["social.on_target_share"].source == by_key["social.platform_share"].source


def test_the_chart_line_of_values_not_used_is_not_called_yours():
    rows = [
        {"row": 2, "used": True, "impressions": 1000.0, "reach": 800.0, "predicted_reach": 790.0},
        {"row": 3, "used": True, "impressions": 4000.0, "reach": 2500.0, "predicted_reach": 2520.0},
    ]
    curves = [{"group": 0, "impressions": i, "predicted_reach": i * 0.7} for i in (1000.0, 4000.0)]
    why = {"bereikbare accounts": "de campagne was breder gericht"}
    spec = charts.calibration_chart(rows, curves, "nl", "Zwolle", not_used=why).to_dict()
    assert "de lijn die uw cijfers zouden geven" in spec["description"]
    assert (
        "niet gebruikt en blijven op de waarde van het scenario: bereikbare accounts: de campagne"
        in (spec["description"])
    )
    assert "de waarden uit uw cijfers geven" not in spec["description"]
    line = spec["vconcat"][0]["layer"][0]
    assert {p["kind"] for p in line["data"]["values"]} == {"Wat uw cijfers zouden geven (niet gebruikt)"}
    assert line["mark"]["strokeDash"] == [6, 4]
    plain = charts.calibration_chart(rows, curves, "nl", "Zwolle").to_dict()
    assert "de lijn die de waarden uit uw cijfers geven" in plain["description"]


def test_an_estimated_price_opens_marked_is_saved_marked_and_a_typed_price_clears_the_mark(scenario, calibration):
    from budgetsim.calibration import SAFE_CHOICE, apply_calibration
    from budgetsim.scenario import scenario_to_json

    estimated = apply_calibration(scenario, calibration, use=SAFE_CHOICE)
    price = estimated.assumptions.print.price_per_page_eur
    state = state_of(estimated)
    assert state[S.PRICE_ESTIMATED_KEY] is True and state[S.PAGE_PRICE_KEY] == price
    saved = S.state_to_scenario(state)
    assert saved.assumptions.print.price_per_page_estimated and saved.assumptions.print.price_per_page_eur == price
    assert '"price_per_page_estimated": true' in scenario_to_json(saved)
    typed = {**state, **S.page_price_changed(state, 650.0)}
    contract = S.state_to_scenario(typed)
    assert contract.assumptions.print.price_per_page_eur == 650.0
    assert not contract.assumptions.print.price_per_page_estimated
    assert '"price_per_page_estimated"' not in scenario_to_json(contract)
    moved = S.gemeente_changed({**state, "gemeente": "GM0363", "split": "by_audience"})["pending_state"]
    assert moved[S.PAGE_PRICE_KEY] is None and moved[S.PRICE_ESTIMATED_KEY] is False
    plain = state_of(scenario)
    applied = {**plain, **O.calibration_applied(plain, scenario, calibration)["pending_state"]}
    assert applied[S.PRICE_ESTIMATED_KEY] is True and S.page_price(applied) == pytest.approx(S.page_price(plain))
