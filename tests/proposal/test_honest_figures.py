"""Figures in the proposal an MT member cannot fault: an estimated price marked as such, one "Nu"
chosen when the files differ, no euros asked that buy nothing, parts that add up."""

from __future__ import annotations

import datetime

import pytest

from budgetsim.formatting import fmt_int
from budgetsim.planning import new_scenario
from budgetsim.proposal import NuChoiceNeeded, default_decision, make_proposal, prepare_options, proposal_content
from budgetsim.scenario import scenario_from_dict
from tests.proposal.test_proposal import docx_text, flat, needs_poppler, pdf_text

ZWOLLE = "GM0193"
DAY = datetime.date(2026, 12, 1)


def changed(scenario, *, current=None, price=None, budget=None, name=None, **print_settings):
    d = scenario.to_dict()
    if current is not None:
        d["current"] = current
    if price is not None:
        d["assumptions"]["print"]["price_per_page_eur"] = price
    d["assumptions"]["print"].update(print_settings)
    if budget is not None:
        d["budget"] = dict(d["budget"], **budget)
    if name is not None:
        d["name"] = name
    return scenario_from_dict(d)


@pytest.fixture(scope="module")
def estimated():
    """The issue's option A: Zwolle, no contract price (€ 734 a page, estimated), Nu = 52 pages."""
    return new_scenario(ZWOLLE, social_eur=0, name="Zwolle: de krant")


@pytest.fixture(scope="module")
def contract(estimated):
    """The issue's option B: a € 700 contract, Nu = 50 pages (€ 35.000), the plan 52 pages and social."""
    return changed(
        estimated,
        current={"print_eur": 35000, "social_eur": 0},
        price=700,
        budget={"print_eur": 36400, "social_eur": 5000},
        name="Zwolle: contract en social media",
    )


def rows(content):
    return {row.label: row.cells for row in content.table_rows}


# -- an estimated price ---------------------------------------------------------------------------
def test_paper_euros_on_an_estimated_price_are_marked_and_a_contract_price_is_not(estimated, contract):
    both = proposal_content(prepare_options([estimated, contract], with_uncertainty=False, nu_from=1), "nl")
    table = rows(both)
    assert table["Budget krant"] == ("€ 35.000", "€ 38.181 (geschat)", "€ 36.400")
    assert table["Totaal budget"] == ("€ 35.000", "€ 38.181 (geschat)", "€ 41.400")
    assert table["Kosten per bereikte inwoner"][1].endswith("(geschat)")
    assert table["Budget social media"] == ("€ 0", "€ 0", "€ 5.000")  # social euros rest on no page price
    assert any(n.startswith("Geschat: er is geen contractprijs") and "€ 734 per pagina" in n for n in both.notes)
    price = next(a for a in both.assumptions if a.key == "print.price_per_page_eur")  # of B, the option proposed
    assert price.value == "€ 700 per pagina, contractprijs (Optie A: € 734 per pagina, geschat uit het aantal kranten)"
    only_contract = proposal_content(prepare_options([contract], with_uncertainty=False), "en")
    assert "estimated" not in " ".join(c for r in only_contract.table_rows for c in r.cells)
    assert not any("Estimated" in n for n in only_contract.notes)
    english = proposal_content(prepare_options([estimated], with_uncertainty=False), "en")
    assert rows(english)["Budget for the paper"] == ("€38,181 (estimated)", "€38,181 (estimated)")
    assert "€38,181 (estimated) for the paper" in english.current_text


def test_an_estimate_kept_as_the_price_is_marked_too(estimated):
    kept = changed(estimated, price=734.24, price_per_page_estimated=True)
    content = proposal_content(prepare_options([kept], with_uncertainty=False), "nl")
    assert rows(content)["Budget krant"][1] == "€ 38.181 (geschat)"


def test_the_decision_marks_estimated_paper_pages(estimated):
    fewer = changed(estimated, budget={"print_eur": 19090.5})
    sentence = default_decision([estimated, fewer], "nl")
    assert "te verlagen van € 38.181 (52 pagina's, geschat) naar € 19.091 (26 pagina's, geschat)" in sentence


def test_the_decision_says_why_it_asks_less_than_the_table_shows(contract):
    """€ 40.000 at € 700 a page: 52 pages cost € 36.400, and € 3.600 buys nothing. The decision asks
    for what buys something and says why that is less than the option's budget in the table."""
    over = changed(contract, budget={"print_eur": 40000})
    sentence = default_decision([over], "nl")
    assert "€ 36.400 (52 pagina's)" in sentence and "€ 40.000" not in sentence.split(".")[0]
    assert sentence.endswith(
        "Van de € 40.000 voor de krant in optie A koopt € 3.600 niets (meer dan één pagina per "
        "nummer telt niet); dat deel wordt niet gevraagd."
    )
    assert "€ 3.600" not in default_decision([contract], "nl")  # within the cap: nothing to say


@needs_poppler
def test_the_pdf_and_the_word_file_say_estimated(estimated, contract):
    options = prepare_options([estimated, contract], with_uncertainty=False, nu_from=1)
    made = make_proposal(options, "nl", day=DAY)
    text = flat(pdf_text(made.pdf))
    assert "€ 38.181 (geschat)" in text and "Geschat: er is geen contractprijs" in text
    _, words = docx_text(made.docx)
    assert "€ 38.181 (geschat)" in words and "Geschat: er is geen contractprijs" in words
    plain = make_proposal(prepare_options([contract], with_uncertainty=False), "nl", day=DAY)
    assert "geschat" not in flat(pdf_text(plain.pdf)).lower()
    assert "geschat" not in docx_text(plain.docx)[1].lower()


# -- whose "Nu" ----------------------------------------------------------------------------------
def test_files_with_different_nu_are_refused_without_a_choice(estimated, contract):
    with pytest.raises(NuChoiceNeeded) as refused:
        prepare_options([estimated, contract], with_uncertainty=False)
    assert refused.value.lines("nl") == [
        "‘Nu’ verschilt in de krant: optie A 52 pagina's voor € 38.181 en optie B 50 pagina's voor € 35.000.",
        "De prijs per pagina verschilt: optie A € 734 (geschat) en optie B € 700 (contractprijs).",
    ]
    with pytest.raises(NuChoiceNeeded):
        default_decision([estimated, contract], "nl")
    with pytest.raises(ValueError, match="kies A/B"):
        prepare_options([estimated, contract], with_uncertainty=False, nu_from=2)


def test_the_chosen_nu_is_the_one_every_option_is_compared_with(estimated, contract):
    """The issue: option A said "Meer bereikt dan nu: 0" while it reaches 70.762 against B's Nu, 70.587."""
    content = proposal_content(prepare_options([estimated, contract], with_uncertainty=False, nu_from=1), "nl")
    table = rows(content)
    assert table["Gemeentepagina's in de krant"][0] == "50 pagina's"
    assert table["Inwoners bereikt"][:2] == ("70.587", "70.762")
    assert table["Meer bereikt dan nu"][1] == "+175"
    assert content.current_text.startswith("‘Nu’ is wat de gemeente nu doet volgens optie B: € 35.000 voor de krant")
    notes = " ".join(content.notes)
    assert "‘Nu’ verschilt in de krant: optie A 52 pagina's voor € 38.181" in notes
    assert "De prijs per pagina verschilt" in notes
    assert "Deze aannames verschillen" not in notes  # the price per page has its own sentence
    assert "van € 35.000 (50 pagina's) naar € 36.400 (52 pagina's)" in default_decision(
        [estimated, contract], "nl", nu_from=1
    )
    against_a = proposal_content(prepare_options([estimated, contract], with_uncertainty=False, nu_from=0), "nl")
    assert rows(against_a)["Meer bereikt dan nu"][1] == "0"
    assert rows(against_a)["Budget krant"][0] == "€ 38.181 (geschat)"  # A's Nu rests on A's estimate


def test_differing_assumptions_are_named(estimated):
    loyal = changed(estimated, loyalty=0.4, name="Zwolle: trouwe lezers")
    content = proposal_content(prepare_options([estimated, loyal], with_uncertainty=False), "nl")
    assert "Deze aannames verschillen tussen de opties: elke week dezelfde lezers." in content.notes


# -- money that buys nothing, parts that add up --------------------------------------------------
def test_euros_that_buy_nothing_are_said_and_never_asked_for(estimated):
    cap = 52 * 734.244
    too_much = changed(estimated, budget={"print_eur": 60000, "social_eur": 0}, name="Zwolle: twee pagina's")
    content = proposal_content(prepare_options([estimated, too_much], with_uncertainty=False), "nl")
    assert any(n.startswith("Optie B: € 21.819 van het krantbudget koopt niets") for n in content.notes)
    assert content.decision.startswith("Het MT wordt gevraagd in te stemmen met het huidige budget")
    asked, said = content.decision.split("(optie B).")
    assert "€ 60.000" not in asked and round(cap) == 38181  # asked for: only what buys something
    assert "Van de € 60.000 voor de krant in optie B koopt € 21.819 niets" in said
    tiny = new_scenario("Schiermonnikoog", social_eur=0)
    with_social = changed(tiny, budget={"social_eur": 5000})
    island = proposal_content(prepare_options([tiny, with_social], with_uncertainty=False), "nl")
    assert "€ 5.000" not in island.decision and "social media" in island.decision  # agree to the current budget
    assert any("Optie B: de € 5.000 voor social media kan niet worden besteed" in n for n in island.notes)


def test_the_reached_parts_add_up(estimated, contract):
    options = prepare_options([estimated, contract], with_uncertainty=False, nu_from=1)
    table = rows(proposal_content(options, "nl"))
    parts = options[1].evaluation.reached_parts()

    def number(text: str) -> int:
        return int(text.replace(".", ""))

    assert number(table["Inwoners bereikt"][2]) == parts["reached"]
    assert number(table["Bereikt via social media"][2]) == parts["social_only"] + parts["both"]
    assert number(table["Bereikt via de krant"][2]) == parts["print_only"] + parts["both"]
    print_only = number(table["Bereikt via de krant"][2]) - number(table["Bereikt via allebei"][2])
    assert print_only + number(table["Bereikt via social media"][2]) == number(table["Inwoners bereikt"][2])


def test_the_margins_of_the_paper_s_price_and_issues_say_what_they_rest_on(estimated, contract):
    """An estimated price moves with the price per 1.000 copies (€ 10–25 around € 15: € 734 becomes
    € 489–€ 1.224); a contract price has none; the number of issues is the paper's, not a platform's."""

    def margins(scenario):
        content = proposal_content(prepare_options([scenario], with_uncertainty=False), "nl")
        return {a.key: a.range for a in content.assumptions}

    assert margins(estimated)["print.price_per_page_eur"] == (
        "€ 489 tot € 1.224: de schatting volgt de marge van de prijs per 1.000 kranten"
    )
    assert margins(contract)["print.price_per_page_eur"] == "geen: de prijs uit het contract"
    assert margins(estimated)["print.issues_per_year"] == "geen: de krant heeft zoveel nummers"


def test_an_option_that_reaches_as_many_for_less_is_pointed_out(contract):
    """The MT should not have to find it: proposing the dearer of two options that reach the same
    residents (€ 3.600 more for the paper, above a page in every issue) gets a note; proposing the
    cheaper one does not."""
    dearer = changed(contract, budget={"print_eur": 40000}, name="Zwolle: meer voor de krant")
    content = proposal_content(prepare_options([contract, dearer], with_uncertainty=False), "nl")
    reached = fmt_int(
        prepare_options([contract], with_uncertainty=False)[0].evaluation.reached_parts()["reached"], "nl"
    )
    assert [n for n in content.notes if n.startswith("Let op:")] == [
        f"Let op: Optie A bereikt {reached} inwoners voor € 41.400, de voorgestelde optie B {reached} voor € 45.000. "
        "Optie A bereikt dus minstens zoveel inwoners voor minder geld."
    ]
    cheaper_proposed = proposal_content(prepare_options([dearer, contract], with_uncertainty=False), "nl")
    assert not [n for n in cheaper_proposed.notes if n.startswith("Let op:")]
