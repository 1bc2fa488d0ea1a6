"""Figures the MT cannot fault, on screen (AppTest): pages that exist, money that buys nothing said
beside the budgets, a best split that says what it gained, estimated prices marked, a contract price
that survives a switch of gemeente."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from budgetsim.allocation import split_gain
from budgetsim.formatting import fmt_eur, fmt_int
from budgetsim.i18n import render, t
from budgetsim.model import Evaluation
from budgetsim.options import Option, more_than_nu, nu_differences
from budgetsim.planning import ScenarioPlan, new_scenario
from budgetsim.scenario import scenario_from_dict, scenario_to_json
from budgetsim.ui import state as S
from budgetsim.ui.save_tab import NU_CHOICE_KEY
from budgetsim.ui.who_where import ad_set_frame, area_frame, shown_in
from tests.conftest import DORDRECHT
from tests.ui.apptest import figures, fresh, open_box, open_tab, run

SCHIERMONNIKOOG, ZWOLLE = "GM0088", "GM0193"


def shown(at) -> list[str]:
    return [m.value for kind in ("success", "info", "warning", "error") for m in getattr(at, kind)]


def choose_gemeente(at, code: str):
    return run(at.sidebar.selectbox(key="w:gemeente").set_value(code))


def test_the_pages_slider_stops_at_a_page_in_every_issue_and_euros_above_it_are_named():
    at = fresh()
    assert at.slider(key="print_pages_slider").max == 52  # a weekly: one page per issue
    run(at.text_input(key="print_eur_box").set_value("50.000"))
    assert at.slider(key="print_pages_slider").value == 52
    notes = ScenarioPlan(new_scenario(DORDRECHT, print_eur=50000, social_eur=5000)).evaluate().money_notes()
    assert [n.key for n in notes] == ["figures.print_above_cap"]
    assert render(notes[0], "nl") in [w.value for w in at.warning]


def test_a_paper_of_26_issues_has_no_weekly_preset_and_nu_is_a_page_in_every_issue():
    at = fresh()
    at.session_state[S.ISSUES_KEY] = 26.0
    run(at)
    assert at.slider(key="print_pages_slider").max == 26
    assert list(at.radio(key="print_preset:nl").options) == [
        t(f"nu.preset.{p}", "nl") for p in ("every_issue", "monthly", "none")
    ]
    assert S.current_pages(at.session_state) == 26
    head = next(m.value for m in at.markdown if t("app.figures.title", "nl") in m.value)
    assert t("nu.preset.every_issue", "nl") in head


def test_schiermonnikoog_opens_with_no_social_euros():
    assert S.default_state(SCHIERMONNIKOOG)["social_eur"] == 0
    assert S.default_state(DORDRECHT)["social_eur"] == 5000


def test_social_euros_no_ad_set_takes_are_named_and_the_best_split_leaves_them_out():
    at = choose_gemeente(fresh(), SCHIERMONNIKOOG)  # the social budget stays: € 5.000
    assert at.session_state["social_eur"] == 5000
    unspendable = render(ScenarioPlan(new_scenario(SCHIERMONNIKOOG, social_eur=5000)).evaluate().money_notes()[0], "nl")
    assert unspendable in [w.value for w in at.warning]
    run(at.button(key="best_total").click())
    cap = ScenarioPlan(new_scenario(SCHIERMONNIKOOG)).model.print_cap_eur
    assert at.session_state["print_eur"] <= round(cap)  # no pages that do not exist
    assert at.session_state["social_eur"] == 0
    assert any(t("figures.unspent", "nl", amount=5000) == text for text in shown(at)), shown(at)


def _gain_text(before: Evaluation, after: Evaluation) -> str:
    return render(split_gain(before, after).message(), "nl")


def test_the_best_social_split_says_what_it_gained():
    at = choose_gemeente(fresh(), ZWOLLE)
    run(at.button(key="best_social").click())
    before = ScenarioPlan(new_scenario(ZWOLLE, social_eur=5000)).evaluate()
    after = ScenarioPlan(new_scenario(ZWOLLE, social_eur=5000, social_split="optimal")).evaluate()
    gain = _gain_text(before, after)
    assert any(gain in s.value for s in at.success), [s.value for s in at.success]


def test_an_estimated_price_is_marked_and_a_contract_price_is_not():
    at = fresh()
    price = ScenarioPlan(new_scenario(DORDRECHT)).model.price_per_insertion
    cost_note = t("app.fig.cost.estimated", "nl", price=fmt_eur(price, "nl"))
    assert cost_note in [c.value for c in at.caption]
    mark = t("nu.estimated", "nl", value="")  # " (geschat)"
    assert any(mark in c.value for c in at.caption)  # the price per page and the paper's euros
    run(open_box(at, "price_box_False").text_input(key="page_price_box").set_value("700"))
    assert not [c.value for c in at.caption if t("figures.price.estimated", "nl") in c.value]


def test_a_typed_contract_price_survives_a_switch_of_gemeente_and_back():
    at = fresh()
    run(open_box(at, "price_box_False").text_input(key="page_price_box").set_value("700"))
    assert at.session_state[S.PAGE_PRICE_KEY] == 700
    at = choose_gemeente(at, ZWOLLE)
    assert at.session_state[S.PAGE_PRICE_KEY] is None  # Zwolle: its own estimate
    at = choose_gemeente(at, DORDRECHT)
    assert at.session_state[S.PAGE_PRICE_KEY] == 700


def _with_contract(scenario, price: float, current_print: float):
    d = scenario.to_dict()
    d["assumptions"]["print"]["price_per_page_eur"] = price
    d["current"] = {"print_eur": current_print, "social_eur": 0.0}
    return scenario_from_dict(d)


def _two_nus():
    estimated_one = new_scenario(DORDRECHT, social_eur=5000, name="Geschat")
    contract_one = _with_contract(new_scenario(DORDRECHT, social_eur=8000, name="Contract"), 700.0, 35000.0)
    return [estimated_one, contract_one]


def _compare(at, scenarios):
    open_tab(at, t("app.tab.compare", "nl"))
    files = [(f"{s.name}.json", scenario_to_json(s).encode("utf-8"), "application/json") for s in scenarios]
    at.file_uploader(key="compare_upload").set_value(files)
    return run(at)


def test_options_with_different_nu_say_each_difference_and_the_chosen_nu_counts():
    scenarios = _two_nus()
    at = _compare(fresh(), scenarios)
    differences = [render(m, "nl") for m in nu_differences(scenarios)]
    assert len(differences) == 2  # the paper of Nu, and the price per page
    warning = next(w.value for w in at.warning if differences[0] in w.value)
    assert all(d in warning for d in differences)
    options = [Option(s, ScenarioPlan(s).evaluate()) for s in scenarios]
    for chosen in (0, 1):
        if chosen:
            run(at.radio(key="compare_nu_pick:nl").set_value(1))
        table = at.table[0].value
        assert t("app.compare.nu_of", "nl", letter="AB"[chosen]) in table.columns
        more = [fmt_int(m.more, "nl", signed=True) for m in more_than_nu(options, chosen)]
        assert list(table.loc[t("app.compare.more", "nl")])[1:] == more
    assert at.session_state[NU_CHOICE_KEY] == 1
    open_tab(at, t("app.tab.save_export", "nl"))
    assert t("pa.nu_counts", "nl", letter="B") in [i.value for i in at.info]


def test_the_proposal_offers_the_contract_price_beside_it_when_the_price_is_estimated():
    at = open_tab(fresh(), t("app.tab.save_export", "nl"))
    line = t(
        "pa.price.estimated", "nl", price=fmt_eur(ScenarioPlan(new_scenario(DORDRECHT)).model.price_per_insertion, "nl")
    )
    assert line in [m.value for m in at.markdown]
    assert [b for b in at.get("download_button") if b.key == "proposal_pdf"]  # the proposal goes without it
    run(at.text_input(key="proposal_price_box").set_value("700"))
    assert at.session_state[S.PAGE_PRICE_KEY] == 700
    assert line not in [m.value for m in at.markdown]


def test_the_reached_parts_add_up_to_the_residents_reached():
    at = choose_gemeente(fresh(), "GM0197")  # Aalten: the parts rounded one by one are one more than the total
    shown = {
        label: int(value.replace(".", "")) for label, value in figures(at).items() if value.replace(".", "").isdigit()
    }
    parts = [shown[t(k, "nl")] for k in ("app.fig.print_only", "app.fig.social_only", "app.fig.both")]
    assert sum(parts) == shown[t("app.fig.reached", "nl")]


def test_the_ad_set_table_shows_the_budgets_of_the_ads_manager_plan():
    planned = ScenarioPlan(new_scenario("GM0193", social_eur=5000)).evaluate()
    frame, cols = ad_set_frame(planned, "nl", manual=False)
    plan = planned.ads_manager_plan()
    assert list(frame[cols["yearly"]]) == [row.yearly_shown_eur for row in plan]
    assert list(frame[cols["weekly"]]) == [row.weekly_shown_eur for row in plan]
    assert sum(frame[cols["yearly"]]) == 5000


def test_without_an_age_group_the_page_says_what_to_do():
    at = fresh()
    run(at.sidebar.multiselect(key="w:bands").set_value([]))
    assert t("app.bands.empty_main", "nl") in [i.value for i in at.info]


def _cells(style) -> dict[str, list[str]]:
    """The texts a Styler shows, per column."""
    body = style._translate(False, False)["body"]
    columns = list(style.data.columns)
    return {c: [row[i + 1]["display_value"] for row in body] for i, c in enumerate(columns)}


def test_the_area_table_writes_numbers_in_the_apps_language_and_an_empty_area_as_a_dash():
    planned = ScenarioPlan(new_scenario("GM0518", social_eur=5000)).evaluate()  # Den Haag: Oostduinen has no one
    for lang, group, decimal in (("nl", ".", ","), ("en", ",", ".")):
        frame, cols = area_frame(planned, lang)
        nobody = list(planned.target_population.sum(axis=1) <= 0)
        decimals = {cols["residents"]: 0, cols["reach"]: 1}
        cells = _cells(shown_in(frame, lang, decimals, {cols["reach"]: nobody}))
        assert all(fmt_int(v, lang) == s for v, s in zip(frame[cols["residents"]], cells[cols["residents"]]))
        assert any(group in s for s in cells[cols["residents"]])
        reach = [s for s, empty in zip(cells[cols["reach"]], nobody) if not empty]
        assert all(decimal in s for s in reach), reach[:3]
        assert [s for s, empty in zip(cells[cols["reach"]], nobody) if empty] == ["–"] * sum(nobody)
        assert frame[cols["reach"]].dtype.kind == "f"  # still numbers: the column sorts as numbers


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed")
def test_the_proposal_compares_every_option_with_the_chosen_nu(media):
    scenarios = _two_nus()
    at = _compare(fresh(), scenarios)
    texts = {}
    for chosen in (0, 1):
        run(at.radio(key="compare_nu_pick:nl").set_value(chosen))
        open_tab(at, t("app.tab.save_export", "nl"))
        pdf = media(at.download_button(key="proposal_pdf"))
        texts[chosen] = " ".join(
            subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True).stdout.decode().split()
        )
        open_tab(at, t("app.tab.compare", "nl"))
    nu_b = fmt_eur(35000, "nl")  # option B's Nu: 50 pages at its contract's € 700
    assert nu_b in texts[1]
    assert texts[0] != texts[1]
