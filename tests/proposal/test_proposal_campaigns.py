"""The proposal's campaign table (MODEL.md "Campaigns"): the proposed option's campaigns with their
weeks, target group, euros, reach in their own target group and 3+; at most eight (the largest) and
one line for the rest; read back from the PDF (pdftotext) and the Word file."""

from __future__ import annotations

import pytest

from budgetsim.formatting import fmt_eur, fmt_int, fmt_pct
from budgetsim.i18n import t
from budgetsim.planning import ScenarioPlan, new_scenario
from budgetsim.proposal import make_proposal, prepare_options
from budgetsim.proposal.content import CAMPAIGN_ROWS
from budgetsim.scenario import scenario_from_dict
from tests.conftest import DORDRECHT
from tests.pdf_pages import pdf_page_count
from tests.proposal.test_proposal import DAY, DRAWS, docx_text, flat, needs_poppler, pdf_text

EVERYONE = ["15-24", "25-44", "45-64", "65+"]


def campaign(name, weeks, eur, bands=EVERYONE, areas=None, in_paper=True):
    return {"name": name, "weeks": weeks, "bands": bands, "areas": areas, "social_eur": eur, "in_paper": in_paper}


FOUR = [
    campaign("Afvalkalender 2027", [1, 4], 1500.0),
    campaign("Jongerenwerk Sterrenburg", [14, 22], 1000.0, ["15-24"], ["WK050509"], in_paper=False),
    campaign("Werkzaamheden Stadspolders", [36, 44], 1000.0, areas=["WK050511", "WK050510"]),
    campaign("Sportweek voor gezinnen", [23, 26], 1500.0, ["25-44"]),
]
#: Ten campaigns: the two smallest (€ 100 and € 150) do not get a row of their own.
TEN = FOUR + [
    campaign("Openingstijden Stadskantoor", [30, 31], 100.0),
    campaign("Vacatures gemeente", [5, 8], 150.0, ["25-44", "45-64"]),
    campaign("Kermis", [33, 34], 400.0),
    campaign("Koningsdag", [17, 17], 300.0),
    campaign("Open monumentendag", [37, 37], 250.0, ["45-64", "65+"]),
    campaign("Zwemlessen", [10, 12], 350.0, ["25-44"]),
]


def with_campaigns(entries, name):
    base = new_scenario(DORDRECHT, social_eur=sum(c["social_eur"] for c in entries), name=name).to_dict()
    return scenario_from_dict({**base, "campaigns": entries, "plan_year": 2027})


@pytest.fixture(scope="module")
def four():
    options = prepare_options(
        [new_scenario(DORDRECHT, name="Dordrecht: alleen de krant"), with_campaigns(FOUR, "Dordrecht: campagnes")],
        draws=DRAWS,
    )
    return make_proposal(options, "nl", day=DAY)


@pytest.fixture(scope="module")
def ten():
    options = prepare_options([with_campaigns(TEN, "Dordrecht: tien campagnes")], draws=DRAWS, lang="en")
    return make_proposal(options, "en", day=DAY)


def test_a_row_per_campaign_of_the_proposed_option(four):
    table = four.content.campaigns
    assert table.heading == "Campagnes van optie B"
    assert table.header == tuple(
        t(f"proposal.campaigns.col.{k}", "nl")
        for k in ("name", "weeks", "target", "social_eur", "reached", "reached_3plus")
    )
    year = ScenarioPlan(with_campaigns(FOUR, "x")).campaign_year
    assert [r[0] for r in table.rows] == [c["name"] for c in FOUR]
    youth_row, youth = table.rows[1], year.campaigns[1]
    assert youth_row[1] == "14–22" and youth_row[2] == "15–24 jaar in Sterrenburg"
    assert youth_row[3] == fmt_eur(1000, "nl")
    assert youth_row[4] == f"{fmt_int(youth.total('reached'), 'nl')} ({fmt_pct(youth.reach_share, 'nl', 0)})"
    assert youth_row[5] == fmt_int(youth.total("reached_3plus"), "nl")
    assert table.rows[0][2] == "iedereen vanaf 15 jaar in de hele gemeente"


def test_without_campaigns_there_is_no_table():
    options = prepare_options([new_scenario(DORDRECHT, social_eur=5000)], with_uncertainty=False)
    assert make_proposal(options, pdf=False, docx=False).content.campaigns is None


def test_more_than_eight_campaigns_the_largest_and_the_rest_in_one_line(ten):
    table = ten.content.campaigns
    assert len(table.rows) == CAMPAIGN_ROWS + 1
    names = [r[0] for r in table.rows[:-1]]
    assert "Openingstijden Stadskantoor" not in names and "Vacatures gemeente" not in names
    assert names == [c["name"] for c in TEN if c["name"] in names]  # in the year's order
    assert table.rows[-1][0] == "2 other campaigns" and table.rows[-1][3] == fmt_eur(250, "en")


@needs_poppler
def test_pdf_has_the_campaign_table_on_page_two(four, ten):
    """Page 2 flows onto a third page when the campaigns leave it too little room (tests/proposal/test_pdf.py)."""
    assert pdf_page_count(four.pdf) == pdf_page_count(ten.pdf) == 3
    page2 = flat(pdf_text(four.pdf, "-f", "2", "-l", "2"))
    assert "Campagnes van optie B" in page2
    for row in four.content.campaigns.rows:
        for cell in row:
            assert cell in page2, cell
    english = flat(pdf_text(ten.pdf))
    assert "Campaigns of option A" in english and "2 other campaigns" in english and "€250" in english


def test_word_file_has_the_campaign_table(four):
    _, text = docx_text(four.docx)
    assert "Campagnes van optie B" in text
    for row in four.content.campaigns.rows:
        assert " ".join(cell for cell in row) in text
