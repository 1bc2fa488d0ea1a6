"""The Word file as a finished document, read from its parts (python-docx and the XML): a footer
with the source and Word's own page fields, the language Word spell-checks in, the document's
properties, alt text on every chart and no promise of a page number it cannot keep."""

from __future__ import annotations

import datetime
import io

import docx
import pytest
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

from budgetsim.i18n import t
from budgetsim.proposal import make_proposal, prepare_options
from tests.conftest import DORDRECHT
from tests.proposal.test_proposal import DAY, DRAWS, scenario


@pytest.fixture(scope="module")
def made():
    """``{(n options, lang): ProposalFiles}`` without the PDF: one option and three."""
    one = prepare_options([scenario(DORDRECHT, social_eur=5000, name="Dordrecht: € 5.000 social media")], draws=DRAWS)
    three = prepare_options(
        [
            scenario(DORDRECHT, name="Dordrecht: alleen de krant"),
            scenario(DORDRECHT, social_eur=5000, name="Dordrecht: krant en € 5.000 social media"),
            scenario(DORDRECHT, social_eur=20000, name="Dordrecht: krant en € 20.000 social media"),
        ],
        draws=DRAWS,
    )
    return {
        (len(options), lang): make_proposal(options, lang, pdf=False, day=DAY)
        for options in (one, three)
        for lang in ("nl", "en")
    }


def document(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def body_text(doc) -> str:
    return "\n".join(p.text for p in doc.paragraphs)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_footer_names_the_source_the_date_and_page_n_of_m_as_word_fields(made, lang):
    """As the PDF's footer: the source on the left; made with, date and "Pagina N van M" on the right,
    N and M Word's PAGE and NUMPAGES fields; the body no longer ends with the source in bold."""
    files = made[3, lang]
    c, doc = files.content, document(files.docx)
    section = doc.sections[0]
    footer = section.footer
    assert not footer.is_linked_to_previous
    (line,) = [p for p in footer.paragraphs if p.text.strip()]
    left, right = line.text.split("\t")
    page_words = t("proposal.page", lang, n="", of="")
    assert left == c.source
    assert right == f"{c.made_with} · {c.date} · {page_words}"
    fields = [el.text.strip() for el in line._p.iter(qn("w:instrText"))]
    assert fields == ["PAGE", "NUMPAGES"]
    kinds = [el.get(qn("w:fldCharType")) for el in line._p.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"] * 2
    # one tab stop, right-aligned at the right margin (the template's Footer style had two, for Letter)
    assert line.style.name == "Footer" and len(line.paragraph_format.tab_stops) == 0
    stops = [(s.alignment, s.position) for s in line.style.paragraph_format.tab_stops]
    assert stops == [(WD_TAB_ALIGNMENT.RIGHT, section.page_width - section.left_margin - section.right_margin)]
    # the footer stays inside the bottom margin: Word does not push the body up for it
    assert section.footer_distance + Pt(2 * 8) < section.bottom_margin
    text = body_text(doc)
    assert c.source not in text and c.made_with not in text


@pytest.mark.parametrize("lang,tag", [("nl", "nl-NL"), ("en", "en-GB")])
def test_word_checks_the_spelling_in_the_documents_language(made, lang, tag):
    """The default run properties (styles.xml docDefaults) and every language the styles name are the
    document's, not the template's en-US; no stale copy of the template's styles (stylesWithEffects)."""
    doc = document(made[1, lang].docx)
    styles = doc.styles.element
    default = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert default is not None and default.get(qn("w:val")) == tag
    assert {el.get(qn("w:val")) for el in styles.iter(qn("w:lang"))} == {tag}
    assert doc.settings.element.find(qn("w:themeFontLang")).get(qn("w:val")) == tag
    parts = {str(part.partname) for part in doc.part.package.iter_parts()}
    assert "/word/stylesWithEffects.xml" not in parts
    assert doc.core_properties.language == tag


def test_properties_are_the_proposals_not_the_templates(made):
    """Title, subject, author, language and dates of the proposal (python-docx's template said
    2013-12-23); no blank thumbnail; app.xml claims no page or word counts it never made."""
    files = made[3, "nl"]
    c, doc = files.content, document(files.docx)
    props = doc.core_properties
    assert props.title == f"{c.title} – {c.gemeente}" and props.subject == c.subject
    assert props.author == "budgetsim" and props.language == "nl-NL"
    # the proposal's date, at noon UTC: 1 December wherever the file is opened
    assert props.created == props.modified == datetime.datetime(2026, 12, 1, 12, tzinfo=datetime.UTC)
    assert props.last_modified_by == "" and props.revision == 1
    package = doc.part.package
    parts = {str(part.partname): part for part in package.iter_parts()}
    assert not [name for name in parts if "thumbnail" in name]
    assert not [rel for rel in package.rels.values() if rel.reltype.endswith("/thumbnail")]
    app = etree.fromstring(parts["/docProps/app.xml"].blob)
    names = {etree.QName(el).localname: el.text for el in app}
    assert names == {"Application": "budgetsim"}  # no Pages 1, Words 0, Microsoft Macintosh Word


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_chart_picture_has_alt_text(made, lang):
    """A screen reader (and Word's accessibility check) reads each chart's title and caption."""
    files = made[3, lang]
    c, doc = files.content, document(files.docx)
    charts = [c.charts[name] for name in ("saturation", "ages", "map", "importance") if c.charts[name]]
    shapes = doc.inline_shapes
    assert len(shapes) == len(charts) == 4
    for shape, chart in zip(shapes, charts):
        props = shape._inline.docPr
        assert props.get("title") == chart.title
        description = props.get("descr")
        assert description.startswith(chart.title) and description.endswith(chart.caption)


@pytest.mark.parametrize("n,lang", [(1, "nl"), (3, "en")])
def test_word_file_names_the_section_not_a_page_it_cannot_keep(made, n, lang):
    """The PDF's first page says page 2 tells what the estimates rest on, and it is so; in the Word file
    the table and three charts come before "Hoe is dit berekend" (more than an A4 page) and Word (or the
    gemeente's template) decides the pages, so it names the heading instead."""
    files = made[n, lang]
    c, doc = files.content, document(files.docx)
    text = body_text(doc)
    page = t("proposal.explain.where.page", lang)
    assert page in " ".join(c.notes)  # the PDF keeps its page 2
    assert page not in text
    assert f"‘{c.how_heading}’" in text
    notes = [p.text for p in doc.paragraphs if p.text.startswith(c.notes[0][:40])]
    assert notes == [
        t("proposal.explain.reached", lang, where=t("proposal.explain.where.heading", lang, heading=c.how_heading))
    ]
