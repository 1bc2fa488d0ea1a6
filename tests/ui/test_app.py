"""The Streamlit app (app.py) driven headless through ``streamlit.testing.v1.AppTest``.

Every test starts a fresh session (``fresh()``) and checks what a user sees: the title, the key
figures (``st.metric``), the widgets and the messages. Expected numbers come from the pure core
(``ScenarioPlan(scenario).evaluate()``), so a figure on screen is checked against the model,
not against itself. Tests for known bugs of the app are marked ``xfail(strict=True)`` with the
reason: they turn into failures (XPASS) once the bug is fixed, so the mark can then be removed.
"""

from __future__ import annotations

import json
import re
import struct

import pytest
from streamlit.testing.v1 import AppTest

from budgetsim import chart_files, charts, curves
from budgetsim.formatting import fmt_int, fmt_pct, parse_amount
from budgetsim.i18n import STRINGS, t
from budgetsim.planning import ScenarioPlan, new_scenario, uncertainty_ranges
from budgetsim.scenario import parse_scenario, scenario_from_dict
from tests.conftest import DORDRECHT
from tests.pdf_pages import pdf_page_count
from tests.ui.apptest import REPO, expected_reached, figures, fresh, open_box, open_tab, run, upload_scenario

AMSTERDAM_FILE = REPO / "scenarios" / "amsterdam-jongeren-optimaal.json"
AMSTERDAM = "GM0363"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# -- helpers -------------------------------------------------------------------------------------


def box_amount(at: AppTest, name: str) -> float:
    """The euros in the box beside the ``name`` (print/social) slider, read as a user reads them."""
    return parse_amount(at.text_input(key=f"{name}_eur_box").value)


def figure(at: AppTest, key: str, lang: str = "nl") -> int:
    """A whole-number key figure as an int (``"85.142"`` in nl, ``"85,142"`` in en)."""
    text = figures(at)[t(key, lang)]
    assert re.fullmatch(r"\d{1,3}([.,]\d{3})*", text), text
    return int(text.replace("." if lang == "nl" else ",", ""))


def with_changes(scenario, **changes):
    """``scenario`` with top-level keys or ``budget`` keys (``budget__social_eur=...``) replaced."""
    d = scenario.to_dict()
    for key, value in changes.items():
        if key.startswith("budget__"):
            d["budget"] = dict(d["budget"], **{key[len("budget__") :]: value})
        else:
            d[key] = value
    return scenario_from_dict(d)


def page_price(gemeente: str) -> float:
    """The estimated price of one page (from the copies) with the default assumptions."""
    return ScenarioPlan(new_scenario(gemeente)).model.price_per_insertion


def default_print_eur(gemeente: str) -> float:
    """A page every week for a year, in whole euros (what the app starts with)."""
    return new_scenario(gemeente).budget.print_eur


# -- first screen --------------------------------------------------------------------------------


def test_first_run_shows_dordrecht_and_every_key_figure(dordrecht_scenario):
    at = fresh()
    assert len(at.title) == 1 and "Dordrecht" in at.title[0].value
    assert at.title[0].value == t("app.title", "nl", place="Dordrecht")
    shown = figures(at)
    for key in (
        "app.fig.reached",
        "app.fig.reach_share",
        "app.fig.reached_3plus",
        "app.fig.cost",
        "app.fig.print_only",
        "app.fig.social_only",
        "app.fig.both",
    ):
        assert t(key, "nl") in shown, f"missing key figure {t(key, 'nl')!r}; shown: {list(shown)}"
        assert shown[t(key, "nl")] not in ("", "–"), key
    assert at.slider(key="print_pages_slider").value == 52  # a page every week
    assert at.slider(key="social_eur_slider").value == 5000
    assert box_amount(at, "print") == default_print_eur(DORDRECHT)
    assert box_amount(at, "social") == 5000
    # the headline figure is the core model's figure for the same plan
    assert shown[t("app.fig.reached", "nl")] == expected_reached(dordrecht_scenario)
    assert not at.error


# -- budgets -------------------------------------------------------------------------------------


def test_more_social_budget_reaches_more_through_social_media():
    at = fresh()
    before = {k: figure(at, k) for k in ("app.fig.reached", "app.fig.social_only", "app.fig.print_only")}
    run(at.slider(key="social_eur_slider").set_value(15000))
    after = {k: figure(at, k) for k in before}
    assert after["app.fig.reached"] > before["app.fig.reached"]
    assert after["app.fig.social_only"] > before["app.fig.social_only"]
    assert after["app.fig.print_only"] <= before["app.fig.print_only"]  # more overlap, never more "paper only"
    assert box_amount(at, "social") == 15000  # the box follows the slider
    assert figures(at)[t("app.fig.reached", "nl")] == expected_reached(new_scenario(DORDRECHT, social_eur=15000))


def test_more_print_budget_reaches_more_through_the_paper():
    at = fresh()
    run(at.slider(key="print_pages_slider").set_value(26))  # every other week
    before = {k: figure(at, k) for k in ("app.fig.reached", "app.fig.print_only", "app.fig.social_only")}
    run(at.slider(key="print_pages_slider").set_value(52))  # a page in every issue: more pages buy nothing
    more_print = round(52 * page_price(DORDRECHT))
    after = {k: figure(at, k) for k in before}
    assert after["app.fig.reached"] > before["app.fig.reached"]
    assert after["app.fig.print_only"] > before["app.fig.print_only"]
    assert after["app.fig.social_only"] <= before["app.fig.social_only"]
    assert box_amount(at, "print") == more_print
    assert figures(at)[t("app.fig.reached", "nl")] == expected_reached(
        new_scenario(DORDRECHT, print_eur=more_print, social_eur=5000)
    )


def test_number_box_and_slider_stay_in_sync():
    at = fresh()
    run(at.text_input(key="print_eur_box").set_value(str(30000)))
    assert at.slider(key="print_pages_slider").value == round(30000 / page_price(DORDRECHT))
    assert at.session_state["print_eur"] == 30000
    assert figures(at)[t("app.fig.reached", "nl")] == expected_reached(
        new_scenario(DORDRECHT, print_eur=30000, social_eur=5000)
    )
    # a typed amount above the slider's end moves the end, and the slider shows it
    run(at.text_input(key="social_eur_box").set_value(str(250000)))
    assert at.slider(key="social_eur_slider").value == 250000
    assert at.slider(key="social_eur_slider").max >= 250000
    # and back: the slider drives the box
    run(at.slider(key="social_eur_slider").set_value(7500))
    assert box_amount(at, "social") == 7500
    assert at.session_state["social_eur"] == 7500


@pytest.mark.parametrize("typed, euros", [("12.500", 12500), ("€ 12.500", 12500), ("12500", 12500), ("12,500", 12500)])
def test_amount_typed_the_dutch_way(typed, euros):
    at = fresh()
    run(at.text_input(key="social_eur_box").set_value(typed))
    assert at.session_state["social_eur"] == euros
    assert at.text_input(key="social_eur_box").value == "12.500"
    assert at.slider(key="social_eur_slider").value == euros


@pytest.mark.parametrize("typed", ["", "abc", "-500", "99999999"])
def test_amount_that_is_not_one_is_refused_in_dutch_and_the_budget_kept(typed):
    at = fresh()
    before = figures(at)[t("app.fig.reached", "nl")]
    run(at.text_input(key="social_eur_box").set_value(typed))
    assert at.session_state["social_eur"] == 5000
    assert at.text_input(key="social_eur_box").value == "5.000"  # the box shows the budget again
    assert figures(at)[t("app.fig.reached", "nl")] == before
    message = " ".join(e.value for e in at.error)
    assert "tussen € 0 en € 10.000.000" in message and "bijvoorbeeld 12.500" in message
    if typed:
        assert typed in message


def _chart_subtitles(at) -> list[str]:
    specs = [json.loads(e.proto.spec) for e in at.main if getattr(e, "type", None) == "vega_lite_chart"]
    return [line for s in specs for line in (s.get("title") or {}).get("subtitle") or []]


def test_an_amount_with_cents_is_rounded_to_whole_euros_and_shown_the_same_everywhere():
    at = fresh()
    run(at.text_input(key="social_eur_box").set_value("5,5"))
    assert at.session_state["social_eur"] == 6
    assert at.text_input(key="social_eur_box").value == "6"
    assert at.slider(key="social_eur_slider").value == 6
    assert any("social media € 6" in line for line in _chart_subtitles(at))
    said = " ".join(i.value for i in at.info)
    assert "“5,5” is afgerond op € 6: de budgetten zijn in hele euro's." in said


@pytest.mark.parametrize("typed", ["1e6", "5k"])
def test_an_amount_not_in_digits_is_refused_saying_so_and_the_budget_kept(typed):
    at = fresh()
    run(at.text_input(key="social_eur_box").set_value("5,5"))
    run(at.text_input(key="social_eur_box").set_value(typed))
    message = " ".join(e.value for e in at.error)
    assert f"“{typed}” is geen bedrag: er staan tekens in die geen cijfer zijn" in message
    assert "Typ alleen cijfers, met een punt of komma ertussen" in message and "Het budget blijft € 6." in message
    for _ in range(2):  # and stays so on the runs after
        assert at.session_state["social_eur"] == 6
        assert at.text_input(key="social_eur_box").value == "6"
        assert at.slider(key="social_eur_slider").value == 6
        run(at)


# -- gemeente and target group ---------------------------------------------------------------------


def test_other_gemeente_updates_title_figures_and_print_budget():
    at = fresh()
    dordrecht = figures(at)
    run(at.sidebar.selectbox(key="w:gemeente").set_value(AMSTERDAM))
    assert "Amsterdam" in at.title[0].value
    assert figures(at) != dordrecht
    amsterdam_print = default_print_eur(AMSTERDAM)
    assert amsterdam_print != default_print_eur(DORDRECHT)
    assert at.session_state["print_eur"] == amsterdam_print
    assert at.slider(key="print_pages_slider").value == 52
    assert box_amount(at, "print") == pytest.approx(amsterdam_print, abs=1)
    assert at.session_state["social_eur"] == 5000  # the social budget stays
    assert figures(at)[t("app.fig.reached", "nl")] == expected_reached(new_scenario(AMSTERDAM, social_eur=5000))


def test_target_group_only_young_changes_the_figures(dordrecht_scenario):
    at = fresh()
    everyone = figures(at)
    run(at.sidebar.multiselect(key="w:bands").set_value(["15-24"]))
    young = figures(at)
    assert young[t("app.fig.reached", "nl")] != everyone[t("app.fig.reached", "nl")]
    assert young[t("app.fig.reach_share", "nl")] != everyone[t("app.fig.reach_share", "nl")]
    assert figure(at, "app.fig.reached") < int(everyone[t("app.fig.reached", "nl")].replace(".", ""))
    expected = with_changes(dordrecht_scenario, target_bands=["15-24"])
    assert young[t("app.fig.reached", "nl")] == expected_reached(expected)


def test_no_target_group_asks_for_one_and_recovers():
    at = fresh()
    run(at.sidebar.multiselect(key="w:bands").set_value([]))
    assert any(w.value == t("app.bands.empty", "nl") for w in at.sidebar.warning)
    run(at.sidebar.multiselect(key="w:bands").set_value(["65+"]))
    assert t("app.fig.reached", "nl") in figures(at)


def test_budgets_stay_where_social_cannot_be_aimed():
    """Schiermonnikoog with only 15-24 year olds has no ad set at all (the whole target group on the
    platforms is under 1,000): the plan still computes with the paper's figures and the budget
    widgets keep the budgets in use; back to a wider target group, they are unchanged."""
    at = fresh()
    run(at.sidebar.selectbox(key="w:gemeente").set_value("GM0088"))  # Schiermonnikoog
    run(at.sidebar.multiselect(key="w:bands").set_value(["15-24"]))
    assert not at.error
    print_eur = at.session_state["print_eur"]
    assert at.slider(key="social_eur_slider").value == at.session_state["social_eur"] == 5000
    run(at.sidebar.multiselect(key="w:bands").set_value(["15-24", "25-44"]))
    assert not at.error
    assert at.slider(key="print_pages_slider").value == round(print_eur / page_price("GM0088"))
    assert box_amount(at, "print") == print_eur
    run(at.text_input(key="social_eur_box").set_value(str(6000)))
    assert at.session_state["print_eur"] == print_eur


def test_tiny_gemeente_opens_with_the_papers_figures():
    """Schiermonnikoog: the whole target group on the platforms is under 1,000 people, so no ad set
    can be made (MODEL.md "Ad sets"). The page opens, never on an error: the figures are the paper's
    (the social euros cannot be placed), and a sentence says why social cannot be aimed there."""
    at = fresh()
    run(at.sidebar.selectbox(key="w:gemeente").set_value("GM0088"))  # Schiermonnikoog
    assert not at.error
    expected = expected_reached(new_scenario("GM0088", social_eur=0))
    assert figures(at)[t("app.fig.reached", "nl")] == expected
    assert any("Social media kan hier geen wijk apart bereiken" in md.value for md in at.markdown)
    run(at.text_input(key="social_eur_box").set_value(str(0)))
    assert not at.error
    assert figures(at)[t("app.fig.reached", "nl")] == expected


# -- opening scenario files ----------------------------------------------------------------------


def test_open_valid_scenario_file_sets_every_widget():
    content = AMSTERDAM_FILE.read_bytes()
    scenario = parse_scenario(content)
    at = fresh()
    upload_scenario(at, AMSTERDAM_FILE.name, content)
    if "Amsterdam" not in at.title[0].value:  # the app reruns itself after taking the file in
        run(at)
    assert "Amsterdam" in at.title[0].value
    assert at.sidebar.selectbox(key="w:gemeente").value == AMSTERDAM
    assert at.sidebar.multiselect(key="w:bands").value == ["15-24", "25-44"]
    assert at.slider(key="social_eur_slider").value == 20000
    assert box_amount(at, "social") == 20000
    assert at.slider(key="print_pages_slider").value == round(scenario.budget.print_eur / page_price(AMSTERDAM))
    assert at.radio(key="w:split:nl").value == "optimal"
    assert at.session_state["name"] == scenario.name
    assert any(scenario.name in s.value for s in at.success)
    assert not at.error
    assert figures(at)[t("app.fig.reached", "nl")] == expected_reached(scenario)
    # a later run does not open the file again (the message is gone, the values stay)
    run(at)
    assert not at.success
    assert at.session_state["social_eur"] == 20000


_VALID = json.loads(AMSTERDAM_FILE.read_text(encoding="utf-8"))
BAD_FILES = {
    "bad_values": (
        json.dumps(
            {
                "schema_version": 1,
                "gemeente": DORDRECHT,
                "budget": {"social_eur": -5, "print_eur": "veel", "social_split": "overal"},
            }
        ).encode(),
        ["budget.social_eur", "budget.print_eur", "budget.social_split"],
    ),
    "unknown_key": (
        json.dumps(dict(_VALID, budgett={"social_eur": 1})).encode(),
        ["budgett", 'bedoelt u "budget"'],
    ),
    "unknown_gemeente": (
        json.dumps(dict(_VALID, gemeente="GM9999")).encode(),
        ["gemeente", "GM9999"],
    ),
    "not_json": (b"Dit is geen scenario, maar een boodschappenlijstje.\n", ["JSON", "regel 1"]),
    "nan": (
        b'{"schema_version": 1, "gemeente": "GM0505", "budget": {"social_eur": NaN}}',
        ["budget.social_eur", "NaN"],
    ),
    "json_list": (b"[1, 2, 3]", ["JSON-object"]),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_open_invalid_file_lists_problems_and_keeps_the_scenario(case):
    content, expected_parts = BAD_FILES[case]
    at = fresh()
    run(at.slider(key="social_eur_slider").set_value(7500))
    before = figures(at)
    name = f"{case}.json"
    upload_scenario(at, name, content)
    errors = [e.value for e in at.error]
    assert len(errors) == 1, errors
    assert errors[0].startswith(t("app.open.bad", "nl", name=name))
    for part in expected_parts:
        assert part in errors[0], f"{part!r} not in the error:\n{errors[0]}"
    assert not at.success
    # nothing changed
    assert at.sidebar.selectbox(key="w:gemeente").value == DORDRECHT
    assert "Dordrecht" in at.title[0].value
    assert at.session_state["social_eur"] == 7500
    assert at.slider(key="social_eur_slider").value == 7500
    assert at.session_state["print_eur"] == default_print_eur(DORDRECHT)
    assert figures(at) == before


# -- language ------------------------------------------------------------------------------------


def test_language_switch_keeps_the_open_tab():
    at = fresh()
    at.session_state["tab:nl"] = t("app.tab.save_export", "nl")  # the user opened "Opslaan en delen"
    run(at)
    run(at.button_group(key="lang").set_value("en"))
    assert at.session_state["tab:en"] == t("app.tab.save_export", "en")
    assert any(b.label == t("app.save.download", "en") for b in at.get("download_button"))
    run(at.button_group(key="lang").set_value("nl"))
    assert at.session_state["tab:nl"] == t("app.tab.save_export", "nl")


def test_english_switch_changes_labels_and_number_format(dordrecht_evaluation):
    at = fresh()
    dutch = figures(at)
    run(at.button_group(key="lang").set_value("en"))
    english = figures(at)
    assert at.title[0].value == t("app.title", "en", place="Dordrecht")
    assert "Residents reached" in english
    assert "Inwoners bereikt" not in english
    assert at.slider(key="social_eur_slider").label == t("app.budget.social", "en")
    reached_nl, reached_en = dutch["Inwoners bereikt"], english["Residents reached"]
    assert re.fullmatch(r"\d{1,3}(,\d{3})+", reached_en), reached_en
    assert reached_en == reached_nl.replace(".", ",")
    share = dordrecht_evaluation.reach_share
    assert english[t("app.fig.reach_share", "en")] == fmt_pct(share, "en")  # "82.5%"
    assert dutch[t("app.fig.reach_share", "nl")] == fmt_pct(share, "nl")  # "82,5 %"
    assert english[t("app.fig.cost", "en")].startswith("€") and "," not in english[t("app.fig.cost", "en")]
    run(at.button_group(key="lang").set_value("nl"))
    assert figures(at) == dutch


def _visible_texts(at: AppTest) -> list[str]:
    out = []
    for kind in ("title", "caption", "markdown", "subheader", "info", "warning", "error", "success"):
        out += [e.value for e in getattr(at, kind)]
    out += [m.label for m in at.metric]
    for kind in (
        "slider",
        "number_input",
        "selectbox",
        "multiselect",
        "radio",
        "button",
        "download_button",
        "toggle",
        "checkbox",
        "text_input",
        "text_area",
        "file_uploader",
    ):
        for widget in getattr(at, kind):
            out.append(widget.label)
            out += [str(o) for o in getattr(widget, "options", [])]
    return out + [tab.label for tab in at.tabs] + [e.label for e in at.expander]


def test_english_screen_has_no_dutch_app_texts():
    dutch_only = {
        v["nl"]
        for k, v in STRINGS.items()
        if k.startswith(("app.", "channel.", "band.")) and v["nl"] != v["en"] and "{" not in v["nl"]
    }
    at = fresh()
    run(at.button_group(key="lang").set_value("en"))
    for key in (
        "app.tab.who_where",
        "app.tab.assumptions",
        "app.tab.uncertainty",
        "app.tab.compare",
        "app.tab.save_export",
    ):
        open_tab(at, t(key, "en"))
        for text in _visible_texts(at):
            leaked = [d for d in dutch_only if d == text or (len(d) >= 25 and d in text)]
            assert not leaked, f"Dutch text in English mode on tab {t(key, 'en')!r}: {leaked}"


def _metric(at: AppTest, key: str, lang: str):
    return next(m for m in at.metric if m.label == t(key, lang))


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_lower_cost_per_resident_shows_as_good_news(lang, dordrecht_evaluation):
    from streamlit.proto.Metric_pb2 import Metric

    at = fresh()
    if lang == "en":
        run(at.button_group(key="lang").set_value("en"))
    cost = _metric(at, "app.fig.cost", lang)
    now = dordrecht_evaluation.cost_per_reached_eur
    before = ScenarioPlan(new_scenario(DORDRECHT, social_eur=0)).evaluate().cost_per_reached_eur
    assert now < before  # social media makes each reached resident cheaper
    assert cost.proto.direction == Metric.MetricDirection.DOWN, cost.delta
    assert cost.proto.color == Metric.MetricColor.GREEN, cost.delta


def test_default_name_does_not_contradict_the_budget():
    at = fresh()
    run(at.slider(key="social_eur_slider").set_value(7500))
    name = at.session_state["name"]
    stated = re.findall(r"social ([\d.]+) euro", name)
    assert all(int(x.replace(".", "")) == 7500 for x in stated), name


# -- best split ----------------------------------------------------------------------------------


def click_and_apply(at: AppTest, key: str) -> AppTest:
    """Click a button that leaves values for the next run and reruns the app (the rerun applies them)."""
    run(at.button(key=key).click())
    if at.session_state["pending_state"] if "pending_state" in at.session_state else False:
        run(at)
    return at


def test_best_split_of_the_total_reaches_at_least_as_many_and_undo_restores_both_budgets():
    at = fresh()
    before = figure(at, "app.fig.reached")
    old = {k: at.session_state[k] for k in ("print_eur", "social_eur", "split")}
    total = old["print_eur"] + old["social_eur"]
    click_and_apply(at, "best_total")
    assert at.session_state["split"] == "optimal"
    assert at.radio(key="w:split:nl").value == "optimal"
    assert figure(at, "app.fig.reached") >= before
    assert at.session_state["print_eur"] != old["print_eur"]  # Dordrecht: paper against social moves the paper
    assert at.session_state["print_eur"] + at.session_state["social_eur"] == pytest.approx(total, abs=0.02)
    assert any(
        t("nu.best.total.done", "nl", total="x", old_print="x", print="x", old_social="x", social="x")[:12] in s.value
        for s in at.success
    )
    # one click back: both budgets and the split as they were
    click_and_apply(at, "best_undo")
    assert {k: at.session_state[k] for k in old} == old
    assert box_amount(at, "print") == old["print_eur"] and box_amount(at, "social") == old["social_eur"]
    assert at.radio(key="w:split:nl").value == old["split"]
    assert figure(at, "app.fig.reached") == before
    assert not [b for b in at.button if b.key == "best_undo"]  # nothing left to undo
    assert not at.error


def test_best_split_of_social_keeps_the_paper_and_can_be_undone():
    at = fresh()
    old = {k: at.session_state[k] for k in ("print_eur", "social_eur", "split")}
    before = figure(at, "app.fig.reached")
    click_and_apply(at, "best_social")
    assert at.session_state["split"] == "optimal"
    assert (at.session_state["print_eur"], at.session_state["social_eur"]) == (old["print_eur"], old["social_eur"])
    assert figure(at, "app.fig.reached") >= before
    click_and_apply(at, "best_undo")
    assert {k: at.session_state[k] for k in old} == old
    assert not at.error


def test_split_most_reach_is_not_worse_than_by_size():
    at = fresh()
    by_size = figure(at, "app.fig.reached")
    run(at.radio(key="w:split:nl").set_value("optimal"))
    assert figure(at, "app.fig.reached") >= by_size


def test_manual_split_keeps_the_page_usable():
    at = fresh()
    run(at.radio(key="w:split:nl").set_value("manual"))
    assert not at.error, [e.value for e in at.error]
    assert t("app.fig.reached", "nl") in figures(at)
    assert at.radio(key="w:split:nl").value == "manual"


# -- assumptions ---------------------------------------------------------------------------------


def test_assumption_inside_its_limits_changes_the_figures():
    at = fresh()
    before = figure(at, "app.fig.reached")
    open_tab(at, t("app.tab.assumptions", "nl"))
    box = at.text_input(key="w:a:social.noticed_share")
    assert box.value == "50 %"  # a share as a percentage, in Dutch
    run(box.input("60 %"))  # inside the input's limits and inside its uncertainty range
    assert not at.error, [e.value for e in at.error]
    assert figure(at, "app.fig.reached") > before
    run(at.text_input(key="w:a:print.page_seen:65+").input("0,6"))
    assert not at.error
    assert at.session_state["a:print.page_seen:65+"] == 0.6


def test_out_of_range_assumption_gives_no_traceback():
    at = fresh()
    open_tab(at, t("app.tab.assumptions", "nl"))
    box = at.text_input(key="w:a:print.delivery_share")
    box.input("500 %")  # more than everyone: refused with a message, the value kept
    at.run()
    assert any("500 %" in e.value for e in at.error)
    assert not at.exception, at.exception
    value = at.session_state["a:print.delivery_share"]
    assert 0.0 <= value <= 1.0, f"an out-of-range share was taken: {value}"


def test_assumption_outside_its_default_range_still_computes():
    at = fresh()
    before = figure(at, "app.fig.reached")
    open_tab(at, t("app.tab.assumptions", "nl"))
    run(at.text_input(key="w:a:print.delivery_share").input("50 %"))
    assert not at.error, [e.value for e in at.error]
    assert figure(at, "app.fig.reached") < before


def test_range_inputs_keep_the_value_inside_and_the_page_usable():
    """The lowest value of a range may not exceed the assumption itself: the input's maximum is the
    value (a browser refuses more), and a value typed past it leaves the page working."""
    at = fresh()
    open_tab(at, t("app.tab.assumptions", "nl"))
    low = at.text_input(key="w:u:social.cpm_eur:low")
    run(low.input("50"))  # above the value itself: refused, with a message saying what is allowed
    assert any("50" in e.value for e in at.error)
    assert at.session_state["u:social.cpm_eur:low"] <= at.session_state["a:social.cpm_eur"]
    assert [n for n in at.text_input if n.key == "w:u:social.cpm_eur:low"], "the range input is gone"
    assert figures(at), "the key figures are gone"


def test_changed_assumption_survives_switching_tabs():
    at = fresh()
    open_tab(at, t("app.tab.assumptions", "nl"))
    run(at.text_input(key="w:a:social.cpm_eur").input("10"))
    changed = figures(at)
    open_tab(at, t("app.tab.who_where", "nl"))
    run(at)
    assert at.session_state["a:social.cpm_eur"] == 10.0
    assert figures(at) == changed


# -- downloads -----------------------------------------------------------------------------------


def _png_width(png: bytes) -> int:
    assert png[:8] == PNG_SIGNATURE
    assert png[12:16] == b"IHDR"
    return struct.unpack(">II", png[16:24])[0]


def _check_files(png: bytes, svg: str | bytes, pdf: bytes) -> None:
    assert _png_width(png) >= 1600
    svg = svg.decode("utf-8") if isinstance(svg, bytes) else svg
    assert "<svg" in svg[:500]
    assert pdf.startswith(b"%PDF")
    assert pdf_page_count(pdf) == 1


@pytest.fixture(scope="module")
def app_charts(dordrecht_scenario, dordrecht_plan, dordrecht_evaluation):
    """The saturation chart, the age chart and the wijk map, built as the app builds them."""
    scenario, plan, evaluation = dordrecht_scenario, dordrecht_plan, dordrecht_evaluation
    context = {"gemeente": plan.model.areas.gemeente_name, "scenario": scenario.name}
    split = curves.scaled_split(evaluation)
    df = curves.saturation_curve_data(plan.model, plan.print_eur, plan.social_eur, split)
    u = scenario.uncertainty
    bands = curves.saturation_bands_data(
        plan.model,
        plan.print_eur,
        plan.social_eur,
        split,
        uncertainty_ranges(scenario),
        draws=min(u.draws, 1000),
        seed=u.seed,
        df=df,
    )
    rows = evaluation.area_rows()
    tooltip = {r["code"]: {t("app.table.audience", "nl"): fmt_int(r["audience"], "nl")} for r in rows}
    return {
        "saturation": charts.saturation_chart(df, plan.print_eur, plan.social_eur, "nl", context, bands=bands),
        "age": charts.age_band_chart(evaluation.band_rows(), "nl", context),
        "map": charts.wijk_map(
            plan.model,
            {r["code"]: r["reach_share"] for r in rows},
            t("app.map.metric.reach", "nl"),
            "nl",
            context,
            tooltip,
            value_format="pct",
        ),
    }


@pytest.mark.parametrize("name", ["saturation", "age", "map"])
def test_chart_exports_are_real_files(app_charts, name):
    chart = app_charts[name]
    _check_files(chart_files.chart_to_png(chart), chart_files.chart_to_svg(chart), chart_files.chart_to_pdf(chart))


def test_download_buttons_of_the_app_give_real_files(media):
    at = fresh()
    open_tab(at, t("app.tab.save_export", "nl"))
    for name in ("saturation", "age", "map"):
        _check_files(
            media(at.download_button(key=f"png_{name}")),
            media(at.download_button(key=f"svg_{name}")),
            media(at.download_button(key=f"pdf_{name}")),
        )
    scenario = parse_scenario(media(at.download_button(key="save_download")))
    assert scenario.gemeente == DORDRECHT and scenario.budget.social_eur == 5000
    proposal = media(at.download_button(key="proposal_pdf"))
    assert proposal.startswith(b"%PDF") and pdf_page_count(proposal) == 2
    word = media(at.download_button(key="proposal_docx"))
    assert word.startswith(b"PK")  # a .docx is a zip file
    assert media(at.download_button(key="wijk_csv")).startswith("\ufeffWijkcode;".encode("utf-8"))


def test_downloaded_scenario_follows_the_screen(media):
    at = fresh()
    run(at.slider(key="social_eur_slider").set_value(12500))
    run(at.sidebar.multiselect(key="w:bands").set_value(["15-24", "25-44"]))
    open_tab(at, t("app.tab.save_export", "nl"))
    scenario = parse_scenario(media(at.download_button(key="save_download")))
    assert scenario.budget.social_eur == 12500
    assert scenario.target_bands == ["15-24", "25-44"]
    assert expected_reached(scenario) == figures(at)[t("app.fig.reached", "nl")]


def test_map_download_follows_the_chosen_map_colouring(media):
    at = fresh()
    run(at.radio(key="w:map_metric:nl").set_value("print_missed"))
    open_tab(at, t("app.tab.save_export", "nl"))
    svg = media(at.download_button(key="svg_map")).decode("utf-8")
    titles = re.findall(r">([^<]*per wijk)<", svg)
    assert titles and t("chart.map.metric.print_missed", "nl").lower() in titles[0].lower(), titles


# -- things a review found: each must keep the page usable and the settings the user made ---------


def _table_key(at: AppTest) -> str:
    return f"area_table_{at.session_state['table_version'] if 'table_version' in at.session_state else 0}"


def test_typed_name_and_notes_are_kept():
    at = fresh()
    open_tab(at, t("app.tab.save_export", "nl"))
    run(at.text_input(key="w:name").input("Mijn plan 2027"))
    run(at.text_area(key="w:notes").input("Voor het MT van maart."))
    run(at.slider(key="social_eur_slider").set_value(8000))
    assert at.session_state["name"] == "Mijn plan 2027"  # a typed name no longer follows the budgets
    open_tab(at, t("app.tab.who_where", "nl"))
    open_tab(at, t("app.tab.save_export", "nl"))
    assert at.session_state["notes"] == "Voor het MT van maart."


def test_manual_split_then_other_gemeente_keeps_working():
    at = fresh()
    run(at.radio(key="w:split:nl").set_value("manual"))
    run(at.sidebar.selectbox(key="w:gemeente").set_value(AMSTERDAM))
    run(at)
    assert not at.error, [e.value for e in at.error]
    assert at.session_state["split"] == "by_audience"
    assert figures(at)


def test_manual_split_through_zero_budget_keeps_working():
    at = fresh()
    run(at.radio(key="w:split:nl").set_value("manual"))
    run(at.slider(key="social_eur_slider").set_value(0))
    run(at.slider(key="social_eur_slider").set_value(5000))
    assert not at.error, [e.value for e in at.error]
    assert figure(at, "app.fig.reached") > 0


def test_table_edit_is_applied_once_and_not_after_opening_a_file():
    at = fresh()
    run(at.radio(key="w:split:nl").set_value("optimal"))
    weight = t("app.table.weight", "nl")
    at.session_state[_table_key(at)] = {"edited_rows": {0: {weight: 3.0}}, "added_rows": [], "deleted_rows": []}
    run(at)
    run(at)
    assert at.session_state["weights"] == {"WK050501": 3.0}
    plain = new_scenario(DORDRECHT, social_eur=6000, name="zonder gewichten", social_split="optimal")
    upload_scenario(at, "plain.json", scenario_to_json_bytes(plain))
    run(at)
    assert at.session_state["weights"] == {}
    assert figures(at)[t("app.fig.reached", "nl")] == expected_reached(plain)


def scenario_to_json_bytes(scenario) -> bytes:
    from budgetsim.scenario import scenario_to_json

    return scenario_to_json(scenario).encode("utf-8")


def test_own_area_table_and_back_to_cbs():
    at = fresh()
    table = b"code,name,residents,dwellings\nBU1,Noord,4000,1800\nBU2,Zuid,3500,1500\nBU3,Dorp,900,400\n"
    open_box(at, "areas_box").sidebar.file_uploader(key="areas_upload").set_value(("buurten.csv", table, "text/csv"))
    run(at)
    run(at)
    assert not at.error, [e.value for e in at.error]
    assert at.session_state["inline_areas"] and at.session_state["gemeente"] is None
    assert at.session_state["print_eur"] == round(52 * 15 * 0.8 * 3700 / 1000)  # their own weekly page
    assert "Dordrecht" not in at.title[0].value
    run(at.sidebar.button(key="back_to_cbs").click())
    run(at)
    assert not at.error and not at.exception
    assert at.session_state["gemeente"] == DORDRECHT and at.session_state["bands"]
    assert "Dordrecht" in at.title[0].value


def test_compare_with_a_file_that_cannot_be_computed():
    at = fresh()
    open_tab(at, t("app.tab.compare", "nl"))
    d = new_scenario(DORDRECHT).to_dict()
    d["budget"]["social_split"] = "optimal"  # a minimum for one wijk above the whole social budget
    d["constraints"]["area_min_eur"] = {"WK050501": 9000.0}
    from budgetsim.scenario import scenario_from_dict as from_dict

    impossible = scenario_to_json_bytes(from_dict(d))
    at.file_uploader(key="compare_upload").set_value([("onmogelijk.json", impossible, "application/json")])
    run(at)
    assert any("onmogelijk" in e.value or "kan niet" in e.value for e in at.error)
    assert figures(at), "the rest of the page is gone"


def test_assumptions_tab_with_a_value_below_the_usual_input_limit():
    at = fresh()
    d = new_scenario(DORDRECHT).to_dict()
    d["assumptions"]["social"]["cpm_eur"] = 0.3
    from budgetsim.scenario import scenario_from_dict as from_dict

    upload_scenario(at, "goedkoop.json", scenario_to_json_bytes(from_dict(d)))
    run(at)
    open_tab(at, t("app.tab.assumptions", "nl"))
    assert not at.exception and not at.error
    assert at.text_input(key="w:a:social.cpm_eur").value == "0,3"


def test_manual_split_where_small_wijken_share_an_ad_set():
    """Westerveld's small wijken form the ad set GM1701-rest (MODEL.md "Ad sets"): a manual split
    starts from the plan's euros per ad set, never from euros for a wijk inside the pool."""
    at = fresh()
    run(at.sidebar.selectbox(key="w:gemeente").set_value("GM1701"))  # Westerveld
    run(at.radio(key="w:split:nl").set_value("manual"))
    assert not at.error, [e.value for e in at.error]
    manual = at.session_state["manual"]
    assert manual.get("GM1701-rest", 0) > 0
    from budgetsim.data import wijken
    from budgetsim.model import ReachModel

    sets = ReachModel(wijken("GM1701")).ad_sets
    pooled = sets.member_codes(sets.index("GM1701-rest"))
    assert not set(pooled) & set(manual)  # wijken inside the pool carry no euros of their own
    assert sum(manual.values()) == pytest.approx(5000, abs=0.05)
