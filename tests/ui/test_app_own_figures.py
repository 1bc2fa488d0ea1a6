""" "Eigen cijfers" in the Aannames tab, driven headless through AppTest: upload the export
and the survey, see every row, use the fitted values (the basis names the campaign, the ranges are
the fit's), undo in one click; a bad file gives a message and changes nothing."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from budgetsim.i18n import t
from budgetsim.planning import new_scenario
from budgetsim.proposal import default_decision
from budgetsim.scenario import scenario_from_dict, scenario_to_json
from budgetsim.ui import state as S
from tests.calibration.helpers import survey_counts, survey_csv, zwolle_export
from tests.calibration.test_meta import _ad_level_daily
from tests.ui.apptest import APP, REPO, open_box, upload_scenario

EXPORT = (REPO / "scenarios" / "voorbeeld-export-meta.csv").read_bytes()
SURVEY = (REPO / "scenarios" / "voorbeeld-lezersonderzoek.csv").read_bytes()
CPM = "a:social.cpm_eur"


def run(target) -> AppTest:
    """Run the app (``target`` is the AppTest or a widget just given a value); no traceback allowed."""
    at = target.run()
    assert not at.exception, at.exception
    return at


def assumptions_tab(lang: str = "nl") -> AppTest:
    """A fresh session in ``lang`` with the Aannames tab open."""
    at = run(AppTest.from_file(str(APP), default_timeout=120))
    if lang != "nl":
        run(at.button_group(key="lang").set_value(lang))
    at.session_state[f"tab:{lang}"] = t("app.tab.assumptions", lang)
    return run(at)


def upload(at: AppTest, kind: str, name: str, content: bytes) -> AppTest:
    at.file_uploader(key=f"own_{kind}_upload").set_value((name, content, "text/csv"))
    return run(at)


def table(at: AppTest, first_column: str):
    """The table whose first column is ``first_column``."""
    return next(df.value for df in at.dataframe if list(df.value.columns)[:1] == [first_column])


def captions(at: AppTest) -> list[str]:
    return [c.value for c in at.caption]


def test_upload_rows_apply_basis_names_the_campaign_and_undo_restores():
    at = assumptions_tab()
    before_cpm = at.session_state[CPM]
    figures_before = {m.label: m.value for m in at.metric}
    upload(at, "export", "voorbeeld-export-meta.csv", EXPORT)
    upload(at, "survey", "voorbeeld-lezersonderzoek.csv", SURVEY)
    assert not at.error
    rows, answers, fitted = table(at, "Rij"), table(at, "Antwoord"), table(at, "Aanname")
    assert list(rows["Rij"]) == ["3", "4", "5", "6", "7", "8"]
    assert list(rows["Gebruikt"]) == ["nee", "ja", "ja", "ja", "ja", "nee"]
    assert rows["Waarom niet"].iloc[0] == "totaalrij" and "weergaven" in rows["Waarom niet"].iloc[-1]
    assert "4 van de 6 rijen gebruikt" in " ".join(captions(at))
    assert len(answers) == 5 and fitted["Aanname"].iloc[0].startswith("Kosten per 1.000")
    title = t("chart.calibration.title", "nl")
    assert any(c.startswith(f"{title}. Het bereik van 4 rijen") for c in captions(at))
    assert len(at.get("vega_lite_chart")) >= 1

    run(at.button(key="own_use").click())
    assert at.session_state[CPM] != before_cpm
    assert abs(at.session_state[CPM] - 7.1072) < 1e-9
    [used] = [s.value for s in at.success]
    assert used.startswith(t("app.own.used", "nl")) and "Gebruikt: prijs per 1.000 vertoningen, " in used
    basis = [c for c in captions(at) if "Uit uw cijfers:" in c]
    assert any("Eigen campagne 'Afval 2026', maart 2026" in c for c in basis)
    assert any("Eigen lezersonderzoek (voorbeeld-lezersonderzoek.csv" in c for c in basis)
    assert at.session_state["u:social.cpm_eur:low"] > 6 and at.session_state["u:social.cpm_eur:high"] < 8
    assert {m.label: m.value for m in at.metric} != figures_before
    assert at.session_state["calibration"]["social"]["campaigns"] == ["Afval 2026"]

    run(at.button(key="own_undo").click())
    assert at.session_state[CPM] == before_cpm
    assert at.session_state["calibration"] is None
    assert {m.label: m.value for m in at.metric} == figures_before
    assert not [c for c in captions(at) if "Uit uw cijfers:" in c]
    assert not _has_key(at, "own_undo")


def _has_key(at: AppTest, key: str) -> bool:
    return any(getattr(b, "key", None) == key for b in at.button)


def test_a_fitted_value_edited_by_hand_is_marked_and_kept_in_the_record():
    at = assumptions_tab()
    upload(at, "export", "voorbeeld-export-meta.csv", EXPORT)
    run(at.button(key="own_use").click())
    run(at.text_input(key=f"w:{CPM}").input("9"))
    assert at.session_state[CPM] == 9.0
    basis = next(c for c in captions(at) if "Eigen campagne 'Afval 2026'" in c and "Standaard: 8,00" in c)
    assert "Daarna met de hand aangepast." in basis
    assert at.session_state["calibration"]["social"]["fitted"]["cpm_eur"] == 7.1072


def test_a_bad_export_shows_a_message_and_changes_nothing():
    at = assumptions_tab()
    figures_before = {m.label: m.value for m in at.metric}
    upload(at, "export", "kapot.csv", b"naam;leeftijd\nJan;40\n")
    [error] = [e.value for e in at.error]
    assert error.startswith(t("app.own.export.bad", "nl", name="kapot.csv"))
    assert "kapot.csv" in error.split("\n\n", 1)[1] and "Bereik" in error
    assert not _has_key(at, "own_use")
    assert {m.label: m.value for m in at.metric} == figures_before
    assert at.session_state["calibration"] is None


def test_the_uploaded_files_survive_closing_the_tab_and_can_be_removed():
    at = assumptions_tab()
    upload(at, "survey", "voorbeeld-lezersonderzoek.csv", SURVEY)
    at.session_state["tab:nl"] = t("app.tab.who_where", "nl")
    run(at)
    at.session_state["tab:nl"] = t("app.tab.assumptions", "nl")
    run(at)
    assert t("app.own.in_use", "nl", name="voorbeeld-lezersonderzoek.csv") in captions(at)
    assert _has_key(at, "own_use")
    run(at.button(key="own_survey_remove").click())
    assert not _has_key(at, "own_use")


def test_english_screen_of_own_figures():
    at = assumptions_tab("en")
    upload(at, "export", "voorbeeld-export-meta.csv", EXPORT)
    rows = table(at, "Row")
    assert list(rows.columns)[:5] == ["Row", "Name", "Used", "Why not", "Spent"] and rows["Spent"].iloc[1] == "€450.00"
    assert rows["Why not"].iloc[0] == "totals row"
    title = t("chart.calibration.title", "en")
    assert any(c.startswith(f"{title}. The reach of 4 rows") for c in captions(at))
    run(at.button(key="own_use").click())
    assert any("From your figures: Own campaign 'Afval 2026', March 2026" in c for c in captions(at))


def test_targeting_one_wijk_and_the_young_for_all_rows_changes_the_fit():
    at = assumptions_tab()
    upload(at, "export", "voorbeeld-export-meta.csv", EXPORT)
    before = table(at, "Aanname")
    stamp = "voorbeeld-export-meta.csv:6"
    assert at.selectbox(key=f"own_target_row:{stamp}").value == "*"  # all rows, shown as "Alle rijen"
    areas = at.multiselect(key=f"own_target_areas:{stamp}:0")
    assert areas.options[0] == "Wijk 01 Binnenstad (WK050501)"  # name and code
    run(areas.select("WK050501"))
    run(at.multiselect(key=f"own_target_bands:{stamp}:0").select("15-24"))
    assert at.session_state["own:targets"]["*"] == (("WK050501",), ("15-24",))
    shown = " ".join(captions(at))
    assert "Alle rijen: Wijk 01 Binnenstad (WK050501); 15–24 jaar" in shown
    after = table(at, "Aanname")
    assert list(after["Uit uw cijfers"]) != list(before["Uit uw cijfers"])
    assert not at.error


# -- taking the values one by one, and no side effects -------------------------------------------------

ZWOLLE = "GM0193"
#: A made-up Zwolle panel whose answers put the paper in 60 % of homes (the default is 80 %).
ZWOLLE_SURVEY = survey_csv(
    survey_counts({"15-24": 0.2, "25-44": 0.35, "45-64": 0.5, "65+": 0.6}, 0.6, 0.6, per_band=5000)
)


def zwolle_tab(lang: str = "nl") -> AppTest:
    """Zwolle opened from a file with its own "Nu" (26 pages, € 2.000 social) and a plan of 40
    pages' worth of euros, on the Aannames tab."""
    at = assumptions_tab(lang)
    d = new_scenario(ZWOLLE, social_eur=5000, name="Zwolle 2027").to_dict()
    price = S.page_price(S.scenario_to_state(scenario_from_dict(d)))
    d["budget"]["print_eur"] = round(40 * price)
    d["current"] = {"print_eur": round(26 * price), "social_eur": 2000.0}
    scenario = scenario_from_dict(d)
    upload_scenario(at, "zwolle.json", scenario_to_json(scenario).encode())
    at.session_state[f"tab:{lang}"] = t("app.tab.assumptions", lang)
    return run(at)


def take_radio(at: AppTest):
    return next(r for r in at.radio if str(r.key).startswith("own_take:"))


def what_money_buys(at: AppTest) -> dict:
    """Everything using fitted values must leave alone."""
    ss = at.session_state
    price = S.page_price(ss)
    return {
        "budgets": (ss["print_eur"], ss["social_eur"]),
        "nu": S.current_budgets(ss),
        "price": round(price, 6),
        "pages": round(ss["print_eur"] / price, 9),
        "decision": default_decision([S.state_to_scenario(ss)]),
    }


def test_using_fitted_values_changes_no_budget_nu_price_pages_or_decision():
    at = zwolle_tab()
    before = what_money_buys(at)
    delivery_before = at.session_state["a:print.delivery_share"]
    upload(at, "export", "zwolle-2026.csv", zwolle_export())
    upload(at, "survey", "panel-zwolle.csv", ZWOLLE_SURVEY)
    run(at.button(key="own_use").click())
    assert delivery_before == 0.8 and abs(at.session_state["a:print.delivery_share"] - 0.6) < 0.02
    assert what_money_buys(at) == before
    saved = S.state_to_scenario(at.session_state)
    assert saved.assumptions.print.price_per_page_estimated is True
    assert (
        saved.assumptions.print.price_per_page_eur == before["price"]
        or abs(saved.assumptions.print.price_per_page_eur - before["price"]) < 1e-6
    )
    assert '"price_per_page_estimated": true' in scenario_to_json(saved)
    run(at.button(key="own_undo").click())
    assert what_money_buys(at) == before
    undone = S.state_to_scenario(at.session_state)
    assert undone.assumptions.print.price_per_page_eur is None
    assert not undone.assumptions.print.price_per_page_estimated


def test_a_kept_estimate_follows_what_is_typed_by_hand_and_a_contract_price_does_not():
    """MODEL.md "Print": a fit cannot move an estimated price, the user's own changes do."""
    at = zwolle_tab()
    upload(at, "export", "zwolle-2026.csv", zwolle_export())
    upload(at, "survey", "panel-zwolle.csv", ZWOLLE_SURVEY)
    run(at.button(key="own_use").click())
    kept = S.page_price(at.session_state)  # made of 80 % delivery; the fit says about 60 %
    run(at.text_input(key="w:a:print.price_per_1000_copies_eur").input("30"))  # from € 15
    assert S.page_price(at.session_state) == pytest.approx(2 * kept)  # still of 80 %, not of the fit's 60 %
    assert S.state_to_scenario(at.session_state).assumptions.print.price_per_page_estimated is True
    run(at.text_input(key="w:a:print.delivery_share").input("40 %"))  # the copies typed: estimated again
    assert S.page_price(at.session_state) == pytest.approx(2 * kept * 0.40 / 0.80)
    assert S.page_price(at.session_state) == pytest.approx(S.estimated_page_price(at.session_state))
    assert S.price_is_estimated(at.session_state)
    run(open_box(at, "price_box_False").text_input(key="page_price_box").set_value("650"))  # a contract price
    run(at.text_input(key="w:a:print.delivery_share").input("50 %"))
    assert S.page_price(at.session_state) == 650.0
    assert not S.price_is_estimated(at.session_state)


def test_the_safe_choice_comes_first_and_takes_only_the_price():
    at = zwolle_tab()
    spread_before = at.session_state["a:social.spread"]
    upload(at, "export", "zwolle-2026.csv", zwolle_export())
    upload(at, "survey", "panel-zwolle.csv", ZWOLLE_SURVEY)
    radio = take_radio(at)
    assert (
        radio.options[0] == t("app.own.take.safe", "nl") == "Alleen de prijs per 1.000 vertoningen (de veilige keuze)"
    )
    assert radio.value == "every"
    run(radio.set_value("safe"))
    run(at.button(key="own_use").click())
    assert abs(at.session_state["a:social.cpm_eur"] - 6.8) < 0.01
    assert at.session_state["a:social.spread"] == spread_before
    assert at.session_state["a:print.delivery_share"] == 0.8
    record = at.session_state["calibration"]
    assert set(record["social"]["fitted"]) == {"cpm_eur"} and set(record["print"]["fitted"]) == set()
    assert record["social"]["not_used"] == {"spread": "not_chosen", "deliverable_accounts": "aimed_wider"}
    [used] = [s.value for s in at.success]
    assert used.endswith("Gebruikt: prijs per 1.000 vertoningen.")
    run(at.button_group(key="lang").set_value("en"))
    at.session_state["tab:en"] = t("app.tab.assumptions", "en")
    assert take_radio(run(at)).value == "safe"  # the choice stays in another language


def test_a_value_the_data_cannot_carry_is_shown_with_why_and_cannot_be_chosen():
    at = zwolle_tab()
    upload(at, "export", "zwolle-2026.csv", zwolle_export())
    [warning] = [w.value for w in at.warning if t("app.own.unusable", "nl") in w.value]
    assert "**bereikbare accounts (deel op Facebook of Instagram" in warning and "breder gericht" in warning
    fitted = table(at, "Aanname")
    shares = fitted[fitted["Aanname"].str.startswith("Deel dat Facebook of Instagram gebruikt")]
    assert len(shares) == 4 and set(shares["Bruikbaar"]) == {"nee"}
    assert fitted["Bruikbaar"].iloc[0] == "ja"  # the price per 1.000 impressions
    run(take_radio(at).set_value("picked"))
    picker = next(m for m in at.multiselect if str(m.key).startswith("own_pick:"))
    assert picker.options == ["prijs per 1.000 vertoningen", "spreiding van de vertoningen"]
    run(picker.unselect("cpm_eur"))
    run(at.button(key="own_use").click())
    record = at.session_state["calibration"]["social"]
    assert set(record["fitted"]) == {"spread"} and record["not_used"]["cpm_eur"] == "not_chosen"
    line = [c for c in captions(at) if c.startswith(t("chart.calibration.title", "nl"))]
    assert line and "de lijn die uw cijfers zouden geven" in line[0] and "breder gericht" in line[0]


def test_how_the_export_was_read_is_shown_and_slices_offer_the_price_only():
    at = assumptions_tab("en")
    upload(at, "export", "per-day.csv", _ad_level_daily(second_ad_set="Something else"))
    [notes] = [i.value for i in at.info if i.value.startswith(t("app.own.notes", "en"))]
    assert "the column 'Ad set name' appears twice (columns 2 and 17)" in notes
    assert "export without a breakdown, or by age only" in notes
    assert take_radio(at).options == ["Only the cost per 1,000 impressions (the safe choice)"]
    [warning] = [w.value for w in at.warning if t("app.own.unusable", "en") in w.value]
    assert "**spread of the impressions**: no row gives the reach of a whole delivery" in warning


def test_a_negative_spend_says_not_negative_in_the_note_and_the_why_not_column():
    at = assumptions_tab()
    export = zwolle_export().decode().replace("2.399,00", "-9.650,00").encode()
    upload(at, "export", "min.csv", export)
    notes = " ".join(w.value for w in at.warning)
    assert "min.csv, rij 2, kolom Besteed bedrag (EUR): mag niet negatief zijn (nu -9.650)" in notes
    rows = table(at, "Rij")
    assert rows["Waarom niet"].iloc[0] == "Besteed bedrag (EUR) mag niet negatief zijn"
    assert "geen getal" not in " ".join(rows["Waarom niet"]) + notes
