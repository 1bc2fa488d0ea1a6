"""Options with different "Nu" (SCENARIO.md 2.1): each difference in one sentence, and every
"more than Nu" against the one chosen "Nu"."""

from __future__ import annotations

import pytest

from budgetsim.options import (
    Option,
    differing_assumptions,
    more_than_nu,
    nu_differences,
    nu_of,
    price_is_estimated,
)
from budgetsim.planning import ScenarioPlan, new_scenario
from budgetsim.scenario import scenario_from_dict

ZWOLLE = "GM0193"


def _changed(scenario, current=None, price=None, loyalty=None):
    d = scenario.to_dict()
    if current is not None:
        d["current"] = current
    if price is not None:
        d["assumptions"]["print"]["price_per_page_eur"] = price
    if loyalty is not None:
        d["assumptions"]["print"]["loyalty"] = loyalty
    return scenario_from_dict(d)


@pytest.fixture(scope="module")
def estimated():
    """Zwolle with the estimated price (€ 734 per page) and the default Nu: 52 pages."""
    return new_scenario(ZWOLLE)


@pytest.fixture(scope="module")
def contract(estimated):
    """The issue's option B: a € 700 contract and Nu = 50 pages (€ 35.000)."""
    return _changed(estimated, current={"print_eur": 35000, "social_eur": 0}, price=700)


def _option(scenario):
    return Option(scenario, ScenarioPlan(scenario).evaluate())


def test_a_file_s_nu_is_its_current_as_it_evaluates_it(estimated, contract):
    a, b = nu_of(estimated), nu_of(contract)
    assert a.pages == pytest.approx(52) and a.price_estimated and a.price_per_page_eur == pytest.approx(734.244)
    assert b.pages == pytest.approx(50) and not b.price_estimated and b.print_eur == 35000
    assert round(a.reached) == 70762 and round(b.reached) == 70587  # the figures


def test_each_difference_in_nu_and_price_is_one_sentence(estimated, contract):
    found = nu_differences([estimated, contract])
    assert [m.key for m in found] == ["figures.nu.print_differs", "figures.nu.price_differs"]
    nl = [m.render("nl") for m in found]
    assert (
        nl[0] == "‘Nu’ verschilt in de krant: optie A 52 pagina's voor € 38.181 en optie B 50 pagina's voor € 35.000."
    )
    assert nl[1] == "De prijs per pagina verschilt: optie A € 734 (geschat) en optie B € 700 (contractprijs)."
    assert (
        found[1].render("en")
        == "The price per page differs: option A €734 (estimated) and option B €700 (contract price)."
    )


def test_options_with_one_nu_need_no_choice(estimated):
    assert nu_differences([estimated]) == []
    assert nu_differences([estimated, new_scenario(ZWOLLE, social_eur=9000)]) == []  # only the plan differs


def test_social_of_nu_and_the_kind_of_price_are_differences_too(estimated):
    same_price = _changed(estimated, price=round(ScenarioPlan(estimated).model.price_per_insertion, 2))
    with_social = _changed(same_price, current={"print_eur": None, "social_eur": 2000})
    found = nu_differences([estimated, same_price, with_social])
    assert [m.key for m in found] == ["figures.nu.social_differs", "figures.nu.price_kind_differs"]
    assert found[0].render("nl") == ("‘Nu’ verschilt in social media: optie A € 0, optie B € 0 en optie C € 2.000.")
    assert "optie A geschat" in found[1].render("nl") and "optie B contractprijs" in found[1].render("nl")


def test_differing_assumptions_are_named_not_refused(estimated, contract):
    other = _changed(estimated, loyalty=0.4)
    assert differing_assumptions([estimated, other]) == ["print.loyalty"]
    assert differing_assumptions([estimated, contract]) == ["print.price_per_page_eur"]
    assert differing_assumptions([estimated, estimated]) == []


def test_more_than_nu_is_computed_against_the_chosen_nu(estimated, contract):
    """The issue: option A said "Meer bereikt dan nu: 0" while it reaches 70.762 against Nu's 70.587."""
    a_nu = ScenarioPlan(estimated).current_plan()
    a_as_plan = ScenarioPlan(a_nu.scenario)
    options = [_option(a_nu.scenario), _option(contract)]
    against_b = more_than_nu(options, 1)
    assert round(against_b[0].reached) == 70762 and round(against_b[0].nu_reached) == 70587
    assert round(against_b[0].more) == 70762 - 70587
    assert against_b[1].nu_reached == against_b[0].nu_reached  # one baseline for every option
    against_a = more_than_nu(options, 0)
    assert against_a[0].more == pytest.approx(0.0, abs=1e-6)
    assert against_a[1].nu_reached == pytest.approx(a_as_plan.evaluate().total("reached"))


def test_an_estimate_kept_as_the_price_is_still_an_estimate(estimated):
    """``price_per_page_estimated`` (an estimate stored so that a fit cannot move it) counts as estimated."""
    kept = scenario_from_dict(
        estimated.to_dict()
        | {
            "assumptions": estimated.to_dict()["assumptions"]
            | {"print": {"price_per_page_eur": 734.24, "price_per_page_estimated": True}}
        }
    )
    assert price_is_estimated(estimated) and price_is_estimated(kept) and nu_of(kept).price_estimated
    assert not price_is_estimated(_changed(estimated, price=700))
    assert nu_differences([kept, estimated]) == []  # the same estimate, kept or computed


def test_no_options_is_refused():
    with pytest.raises(ValueError):
        nu_differences([])
