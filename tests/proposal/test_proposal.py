"""The budget proposal (budgetsim.proposal): what it says (content), the PDF and the Word file.

The PDF is read back with poppler's ``pdftotext``, ``pdfinfo`` and ``pdffonts`` (Debian
``poppler-utils``) and the .docx with python-docx: every option's name and figures in the
language's number format, the decision sentence, every assumption's full basis and the source
line, nothing cut short; two A4 pages for a large gemeente, a tiny one and three long-named options.
"""

from __future__ import annotations

import datetime
import io
import os
import re
import shutil
import subprocess

import docx
import pytest

from budgetsim.formatting import fmt_eur, fmt_int, fmt_pct
from budgetsim.i18n import t
from budgetsim.planning import new_scenario
from budgetsim.proposal import make_proposal, prepare_options, proposal_content
from budgetsim.proposal.content import (
    bands_text,
    decision_sentence,
    factor_text,
    pages_text,
)
from budgetsim.scenario import scenario_from_dict
from tests.conftest import DORDRECHT

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo", "pdffonts"))
# Skipped on a computer without poppler; on CI (CI=true) these tests run and fail if it is missing.
needs_poppler = pytest.mark.skipif(
    not POPPLER and not os.environ.get("CI"), reason="poppler-utils (pdftotext, pdfinfo, pdffonts) not installed"
)
DAY = datetime.date(2026, 12, 1)
DRAWS = 300  # enough for a P10-P90 range in a test; the files use the scenario's own
A4_PT = (595.28, 841.89)
LONG_NAMES = (
    "Amsterdam: huidige situatie, elke week een gemeentepagina in de huis-aan-huiskrant en geen social media",
    (
        "Amsterdam: elke week een gemeentepagina plus € 20.000 voor advertenties op Facebook en Instagram, "
        "verdeeld naar grootte van de wijk"
    ),
    (
        "Amsterdam: om de week een pagina en € 40.000 social media voor jongeren van 15 tot 45 jaar, beste "
        "verdeling over alle wijken van de stad"
    ),
)


def scenario(gemeente: str, print_eur=None, social_eur=0.0, name=None, bands=None, split="by_audience"):
    s = new_scenario(gemeente=gemeente, print_eur=print_eur, social_eur=social_eur, name=name, social_split=split)
    if bands:
        s = scenario_from_dict(dict(s.to_dict(), target_bands=list(bands)))
    return s


@pytest.fixture(scope="module")
def dordrecht():
    return prepare_options(
        [
            scenario(DORDRECHT, name="Dordrecht: alleen de krant"),
            scenario(DORDRECHT, social_eur=5000, name="Dordrecht: krant en € 5.000 social media"),
        ],
        draws=DRAWS,
    )


@pytest.fixture(scope="module")
def amsterdam():
    weekly = scenario("GM0363").budget.print_eur
    return prepare_options(
        [
            scenario("GM0363", name=LONG_NAMES[0]),
            scenario("GM0363", social_eur=20000, name=LONG_NAMES[1]),
            scenario(
                "GM0363",
                print_eur=weekly / 2,
                social_eur=40000,
                name=LONG_NAMES[2],
                bands=("15-24", "25-44"),
                split="optimal",
            ),
        ],
        draws=DRAWS,
    )


@pytest.fixture(scope="module")
def schiermonnikoog():
    return prepare_options(
        [
            scenario("Schiermonnikoog", name="Schiermonnikoog: de krant"),
            scenario("Schiermonnikoog", social_eur=5000, name="Schiermonnikoog: ook social media"),
        ],
        draws=DRAWS,
    )


@pytest.fixture(scope="module")
def files(dordrecht, amsterdam, schiermonnikoog):
    """``{(place, lang): ProposalFiles}``: PDF and .docx bytes with their content."""
    out = {}
    for place, options in (("dordrecht", dordrecht), ("amsterdam", amsterdam), ("schiermonnikoog", schiermonnikoog)):
        for lang in ("nl", "en"):
            if place != "schiermonnikoog" or lang == "nl":
                out[place, lang] = make_proposal(options, lang, day=DAY)
    return out


def pdf_text(pdf: bytes, *extra: str) -> str:
    return subprocess.run(["pdftotext", *extra, "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


def flat(text: str) -> str:
    """Whitespace (line ends of wrapped text) as single spaces."""
    return re.sub(r"\s+", " ", text).strip()


def unhyphen(text: str) -> str:
    """Text without hyphens: pdftotext joins a line that ends in "-" to the next word, as if the word
    had been hyphenated ("verkiezings-" + "en" reads "verkiezingsen")."""
    return flat(text).replace("- ", "").replace("-", "")


def docx_text(data: bytes) -> tuple[docx.document.Document, str]:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return document, flat("\n".join(parts))


# -- content ------------------------------------------------------------------------------------
def test_default_decision_asks_for_the_social_budget_of_the_proposed_option(dordrecht):
    content = proposal_content(dordrecht, "nl", day=DAY)
    assert content.decision == (
        "Het MT wordt gevraagd € 5.000 per jaar beschikbaar te stellen voor advertenties op social media (optie B)."
    )
    assert proposal_content(dordrecht, "en", day=DAY).decision == (
        "The management team is asked to make €5,000 a year available for advertising on social media (option B)."
    )


def test_decision_names_what_changes_against_now(amsterdam):
    from dataclasses import replace

    import numpy as np

    option = amsterdam[2]
    model = option.evaluation.model
    weekly = model.evaluate(amsterdam[0].evaluation.print_eur, np.zeros(len(model.areas)))
    c = replace(option, current=weekly)  # "Nu": a page every week, no social media
    text = decision_sentence(c, "C", "nl")
    now_print, plan_print = fmt_eur(c.current.print_eur, "nl"), fmt_eur(c.evaluation.print_eur, "nl")
    assert text.startswith(
        "Het MT wordt gevraagd € 40.000 per jaar beschikbaar te stellen voor advertenties op "
        "social media en het budget voor de gemeentepagina in de krant te verlagen van "
        f"{now_print} (52 pagina's, geschat) naar {plan_print} (26 pagina's, geschat) per jaar (optie C)."
    )
    assert text.endswith("(optie C).")
    same = decision_sentence(amsterdam[0], "A", "en")
    assert same.startswith("The management team is asked to agree to the current budget: ")


def test_default_decision_for_an_editable_field(dordrecht):
    from budgetsim.proposal import default_decision

    scenarios = [o.scenario for o in dordrecht]
    assert default_decision(scenarios, "nl") == proposal_content(dordrecht, "nl").decision
    assert default_decision(scenarios, "en", recommended=0).startswith(
        "The management team is asked to agree to the current budget"
    )
    with pytest.raises(ValueError, match="A/B"):
        default_decision(scenarios, "en", recommended=5)


def test_decision_as_edited_and_the_proposed_option(dordrecht):
    content = proposal_content(dordrecht, "nl", decision="  Het MT kiest\noptie A. ", recommended=0, day=DAY)
    assert content.decision == "Het MT kiest optie A."
    assert content.recommended == 0 and content.options[0].recommended
    with pytest.raises(ValueError, match="leeg"):
        proposal_content(dordrecht, "nl", decision="   ")
    with pytest.raises(ValueError, match="A/B"):
        proposal_content(dordrecht, "nl", recommended=2)


def test_one_to_three_options_of_one_gemeente(dordrecht, amsterdam):
    with pytest.raises(ValueError, match="één tot drie opties"):
        proposal_content([], "nl")
    with pytest.raises(ValueError, match="one to three options"):
        proposal_content(list(amsterdam) + [dordrecht[0]], "en")
    with pytest.raises(ValueError, match="Amsterdam, Dordrecht"):
        proposal_content([amsterdam[0], dordrecht[0]], "nl")


def test_table_has_every_figure_per_option_in_the_language_format(amsterdam):
    for lang in ("nl", "en"):
        content = proposal_content(amsterdam, lang, day=DAY)
        rows = {row.label: row.cells for row in content.table_rows}
        assert content.table_header[1] == t("proposal.col.now", lang)

        def estimated(text: str, lang: str = lang) -> str:  # Amsterdam's files hold no contract price
            return t("proposal.estimated_amount", lang, amount=text)

        for i, option in enumerate(amsterdam):
            ev, col = option.evaluation, i + 1  # cells: "Nu" first
            parts = ev.reached_parts()
            assert rows[t("proposal.row.print_eur", lang)][col] == estimated(fmt_eur(ev.print_eur, lang))
            assert rows[t("proposal.row.social_eur", lang)][col] == fmt_eur(ev.social_eur.sum(), lang)
            assert rows[t("proposal.row.total_eur", lang)][col] == estimated(fmt_eur(ev.total_eur, lang))
            assert rows[t("proposal.row.reached", lang)][col] == fmt_int(parts["reached"], lang)
            assert rows[t("proposal.row.reach_share", lang)][col] == fmt_pct(ev.reach_share, lang, 0)
            assert rows[t("proposal.row.reached_3plus", lang)][col] == fmt_int(ev.total("reached_3plus"), lang)
            assert rows[t("proposal.row.cost", lang)][col] == estimated(fmt_eur(ev.cost_per_reached_eur, lang, 2))
            assert rows[t("proposal.row.pages", lang)][col] == pages_text(ev.insertions, lang)
            band = option.uncertainty["reached"]
            assert (
                rows[t("proposal.row.range", lang)][col]
                == f"{fmt_int(band['p10'], lang)} – {fmt_int(band['p90'], lang)}"
            )
            more = parts["reached"] - option.current.reached_parts()["reached"]  # the difference of the shown figures
            assert rows[t("proposal.row.more_than_now", lang)][col] == fmt_int(more, lang, signed=True)
            assert rows[t("proposal.row.via_both", lang)][col] == fmt_int(parts["both"], lang)
            assert rows[t("proposal.row.bands", lang)][col] == bands_text(ev.model.target_bands, lang)
        assert rows[t("proposal.row.bands", lang)][3] == ("15–44 jaar" if lang == "nl" else "15–44 years")
    english = {row.label: row.cells for row in proposal_content(amsterdam, "en").table_rows}
    assert english["Budget for social media"][2] == "€20,000"


def test_wording_is_positive(amsterdam):
    for lang in ("nl", "en"):
        content = proposal_content(amsterdam, lang)
        labels = " ".join(row.label for row in content.table_rows).lower()
        assert "alleen" not in labels and "only" not in labels
        assert t("proposal.row.via_print", lang) in [row.label for row in content.table_rows]


def test_every_assumption_has_value_range_and_full_basis(dordrecht):
    from budgetsim.assumptions import REGISTRY

    content = proposal_content(dordrecht, "nl")
    assert [a.key for a in content.assumptions] == [p.key for p in REGISTRY]  # the price per page too
    for a, p in zip(content.assumptions, REGISTRY):
        assert a.basis == " ".join(p.basis("nl").split())
        assert a.value and a.range and a.label
    page_seen = next(a for a in content.assumptions if a.key == "print.page_seen")
    assert page_seen.range == "per leeftijd 40 % lager tot 40 % hoger"
    assert factor_text(0.6, "en") == "40% lower" and factor_text(1.15, "nl") == "15 % hoger"


def test_fitted_values_name_their_own_source(dordrecht):
    option = dordrecht[1]
    record = {
        "social": {
            "source": "export-2026.csv",
            "read_at": "2026-11-30",
            "rows_used": 4,
            "fitted": {"cpm_eur": 7.1, "platform_share_factor": 0.93},
        },
        "print": {"source": "burgerpanel-2026.csv", "respondents": 812, "fitted": {"loyalty": 0.62}},
    }

    from dataclasses import replace

    d = option.scenario.to_dict()  # the fitted values stand in the assumptions (else: "edited by hand")
    d["assumptions"]["social"]["cpm_eur"], d["assumptions"]["print"]["loyalty"] = 7.1, 0.62
    calibrated = scenario_from_dict(dict(d, calibration=record))
    content = proposal_content([dordrecht[0], replace(option, scenario=calibrated)], "nl")
    by_key = {a.key: a for a in content.assumptions}
    assert by_key["social.cpm_eur"].source == (
        "Berekend uit de eigen cijfers van de gemeente: export-2026.csv, gelezen op 30 november 2026, "
        "4 regels gebruikt."
    )
    assert "export-2026.csv" in by_key["social.platform_share"].basis_and_source
    assert "burgerpanel-2026.csv, 812 antwoorden" in by_key["print.loyalty"].basis_and_source
    assert by_key["print.delivery_share"].source == ""


def test_page_two_says_the_print_assumptions_in_survey_words(dordrecht, amsterdam):
    from budgetsim.planning import survey_terms

    reading = survey_terms(dordrecht[1].evaluation.model).total
    text = proposal_content(dordrecht, "nl").survey_sentence
    assert text.startswith(
        f"Met deze aannames leest {fmt_pct(reading.every_week, 'nl', 0)} van uw inwoners van 15 "
        f"jaar en ouder de gemeentepagina (bijna) elke week, {fmt_pct(reading.sometimes, 'nl', 0)} "
        f"soms en {fmt_pct(reading.never_or_not_received, 'nl', 0)} nooit"
    )
    assert "Sliedrecht 50 % elke week en 27 % soms" in text
    young = proposal_content(amsterdam, "en").survey_sentence  # option C aims at 15-44
    assert "the target group (15–24 years, 25–44 years)" in young
    assert proposal_content(dordrecht, "nl", survey_sentence="").survey_sentence == ""


def test_p10_sentence_of_the_proposed_option(dordrecht):
    content = proposal_content(dordrecht, "nl")
    p10 = dordrecht[1].uncertainty["reached"]["p10"]
    start = f"Ook als de aannames tegenvallen (P10), bereikt optie B {fmt_int(p10, 'nl')} "
    assert content.p10_sentence.startswith(start)
    assert "jongeren van 15–24 jaar" in content.p10_sentence


def test_without_uncertainty_the_proposal_says_so(tmp_path):
    options = prepare_options([scenario(DORDRECHT, social_eur=5000, name="Zonder marge")], with_uncertainty=False)
    made = make_proposal(options, "nl", day=DAY)
    content = made.content
    assert content.p10_sentence == "" and content.charts["importance"] is None
    assert {row.label: row.cells for row in content.table_rows}["Bereikt: marge P10–P90"] == ("–", "–")
    assert not any("P10–P90" in note for note in content.notes)
    if POPPLER:
        text = flat(pdf_text(made.pdf))
        assert "Geen onzekerheidsberekening gemaakt" in text and "Pagina 2 van 2" in text


def test_social_money_that_cannot_be_spent_is_said(schiermonnikoog):
    content = proposal_content(schiermonnikoog, "nl")
    assert (
        "Optie B: de € 5.000 voor social media kan niet worden besteed. Geen wijk van Schiermonnikoog is groot "
        "genoeg om apart te bereiken"
    ) in " ".join(content.notes)
    assert not any("kan niet worden besteed" in n for n in proposal_content(schiermonnikoog[:1], "nl").notes)


def test_options_equal_to_now_share_one_point_on_the_chart(dordrecht):
    points = proposal_content(dordrecht, "nl").charts["saturation"].data["points"]
    assert [p["label"] for p in points] == ["Nu = A", "B"]


# -- the PDF ------------------------------------------------------------------------------------
@needs_poppler
@pytest.mark.parametrize("place", ["dordrecht", "amsterdam", "schiermonnikoog"])
def test_pdf_is_two_a4_pages_with_fonts_embedded(files, place):
    pdf = files[place, "nl"].pdf
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    assert re.search(r"Pages:\s+2\n", info)
    size = re.search(r"Page size:\s+([0-9.]+) x ([0-9.]+) pts", info)
    assert (float(size.group(1)), float(size.group(2))) == pytest.approx(A4_PT, abs=0.5)
    fonts = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    rows = fonts.splitlines()[2:]
    assert rows and all("DejaVuSansCondensed" in row for row in rows)
    assert all(row.split()[-5] == "yes" for row in rows)  # emb
    assert "Type 1" not in fonts  # no built-in Helvetica


@needs_poppler
@pytest.mark.parametrize(
    "place,lang",
    [("dordrecht", "nl"), ("dordrecht", "en"), ("amsterdam", "nl"), ("amsterdam", "en"), ("schiermonnikoog", "nl")],
)
def test_pdf_says_everything_in_full(files, place, lang):
    made = files[place, lang]
    content = made.content
    pages = pdf_text(made.pdf).split("\f")
    page1, page2 = flat(pages[0]), flat(pages[1])
    assert content.decision in page1
    for head in content.options:
        assert head.name in page1
    for row in content.table_rows:
        assert flat(row.label) in page1
        for cell in row.cells:
            assert cell in page1, (row.label, cell)
    assert content.p10_sentence in page1
    assert content.gemeente.upper() in page1 and content.date in page1
    page2 = unhyphen(page2)
    for a in content.assumptions:
        assert unhyphen(a.basis_and_source) in page2, a.key
        assert unhyphen(f"{a.label}: {a.value}") in page2
        assert unhyphen(a.range) in page2
    for paragraph in content.method:
        assert unhyphen(paragraph) in page2
    assert unhyphen(content.platform_rules) in page2
    assert content.survey_sentence and unhyphen(content.survey_sentence) in page2
    for page in (page1, page2):  # in the footer, once a page
        assert unhyphen(page).count(unhyphen(t("proposal.source", lang))) == 1
    assert "…" not in page1 + page2


@needs_poppler
def test_pdf_numbers_follow_the_language(files):
    dutch = flat(pdf_text(files["dordrecht", "nl"].pdf))
    english = flat(pdf_text(files["dordrecht", "en"].pdf))
    assert "€ 5.000" in dutch and "€5,000" in english
    assert "Bron: CBS, Kerncijfers wijken en buurten 2024" in dutch
    assert "Gevraagd besluit" in dutch and "Decision requested" in english


@pytest.mark.parametrize("place,lang", [("dordrecht", "nl"), ("amsterdam", "en"), ("schiermonnikoog", "nl")])
def test_nothing_runs_into_the_footer(files, place, lang):
    from budgetsim.proposal.pdf import ProposalPdf
    from budgetsim.proposal.render import CLOSE_ENOUGH

    layout = ProposalPdf(files[place, lang].content)
    layout.build()
    assert set(layout.lowest) == {1, 2}
    assert layout.overflow == 0.0, layout.lowest
    assert layout.scales["importance"] >= 1 - CLOSE_ENOUGH  # what matters most: its text at 8 pt or more


def test_a_crowded_page_one_gets_compact_and_still_fits(amsterdam):
    """Absurdly long names and notes: names cut on the PDF (in full in the Word file), the notes in full on
    page 2, no overflow."""
    from dataclasses import replace

    from budgetsim.proposal.pdf import COMPACT_LEVELS, ProposalPdf

    name = "Amsterdam: " + "een heel lange naam voor een scenario met veel woorden erin " * 6
    notes = "Toelichting voor het MT met veel uitleg over waarom dit een goed plan is. " * 8
    crowded = [
        replace(o, scenario=scenario_from_dict(dict(o.scenario.to_dict(), name=name + str(i), notes=notes)))
        for i, o in enumerate(amsterdam)
    ]
    content = proposal_content(crowded, "nl")
    layout = ProposalPdf(content)
    pdf = layout.build()
    assert len(layout.pdf.pages) in (2, 3) and layout.overflow == 0.0
    assert layout.name_lines < COMPACT_LEVELS[0][0] and not layout.explained_on_page1
    _, text = docx_text(make_proposal(crowded, "nl", pdf=False).docx)
    assert all(head.name in text for head in content.options)  # the Word file has them in full
    assert flat(notes) in text
    assert pdf.startswith(b"%PDF")


def test_charts_fill_their_box_so_their_text_is_8_pt(dordrecht):
    from budgetsim.proposal.charts import FONT_PX, MM_PER_PX
    from budgetsim.proposal.render import CLOSE_ENOUGH, render_chart

    # the smallest chart text, in pt, even when a chart is placed 3 % smaller than designed
    assert FONT_PX * MM_PER_PX * (1 - CLOSE_ENOUGH) / 0.3528 >= 8.0
    content = proposal_content(dordrecht, "nl")
    for name, (w, h) in {"importance": (182, 55), "saturation": (88, 45), "ages": (88, 40)}.items():
        image = render_chart(content.charts[name], w, h, "nl")
        assert image.width_mm <= w * (1 + CLOSE_ENOUGH) and image.height_mm <= h * (1 + CLOSE_ENOUGH), name
        assert image.width_mm >= 0.9 * w, name  # placed at (nearly) its own size: the text stays >= 8 pt
    tall = render_chart(content.charts["map"], 88, 200, "nl")
    assert tall.height_mm <= 200 and tall.width_mm == pytest.approx(88, rel=0.05)


def test_pdf_objects_two_a4_pages_four_charts_and_the_embedded_font(files):
    """Read from the PDF's own objects (no poppler needed); without an uncertainty result the chart of
    what matters most is left out."""
    pdf = files["dordrecht", "nl"].pdf
    assert re.findall(rb"/Count (\d+)", pdf) == [b"2"]
    assert b"/MediaBox [0 0 595.28 841.89]" in pdf
    assert pdf.count(b"/Subtype /Image") == 4  # saturation, ages, map, what matters most
    assert b"/FontFile2" in pdf  # the bundled font, embedded
    options = prepare_options([scenario("GM0505", social_eur=5000)], with_uncertainty=False)
    without = make_proposal(options, "en", docx=False, day=DAY).pdf
    assert re.findall(rb"/Count (\d+)", without) == [b"2"] and without.count(b"/Subtype /Image") == 3


# -- the Word file -----------------------------------------------------------------------------
@pytest.mark.parametrize("place,lang", [("dordrecht", "nl"), ("amsterdam", "en")])
def test_docx_has_the_same_content_with_real_headings_tables_and_pictures(files, place, lang):
    made = files[place, lang]
    content = made.content
    document, text = docx_text(made.docx)
    headings = {p.text: p.style.name for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))}
    assert headings[content.title] == "Title"
    assert headings[content.decision_heading] == "Heading 1"
    assert headings[content.how_heading] == "Heading 1"
    assert headings[content.charts["ages"].title] == "Heading 2"
    assert content.decision in text
    for head in content.options:
        assert head.name in text
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == list(content.table_header)
    for row, doc_row in zip(content.table_rows, table.rows[1:]):
        assert [c.text for c in doc_row.cells] == [row.label, *row.cells]
    basis = document.tables[1]
    assert [c.text for c in basis.rows[0].cells] == list(content.assumption_columns)
    for a, doc_row in zip(content.assumptions, basis.rows[1:]):
        assert [c.text for c in doc_row.cells] == [a.label, a.value, a.range, a.basis_and_source]
    assert flat(content.platform_rules) in text
    assert content.source not in text and content.source in document.sections[0].footer.paragraphs[0].text
    assert len(document.inline_shapes) == 4  # saturation, ages, map, what matters most
    assert "…" not in text
