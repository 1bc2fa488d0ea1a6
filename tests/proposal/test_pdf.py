"""The PDF's layout (budgetsim.proposal.pdf), read back with ``pdftotext -bbox``: no text on the footer or
off the page, page 2 flowing onto page 3 (with its footer) rather than shrinking, the page-1 charts at
their designed size, and the options' explanation never cut."""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from budgetsim.i18n import t
from budgetsim.proposal import make_proposal, prepare_options, proposal_content
from budgetsim.proposal.pdf import (
    FOOTER_H,
    MARGIN_BOTTOM,
    PAGE2_MIN_PT,
    PAGE_H,
    ProposalPdf,
)
from budgetsim.proposal.render import CLOSE_ENOUGH
from budgetsim.scenario import load_scenario
from tests.proposal.test_proposal import DAY, DRAWS, flat, needs_poppler, unhyphen

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"
PT_PER_MM = 72 / 25.4
#: The rule above the footer, pt from the top of the page.
FOOTER_RULE_PT = (PAGE_H - MARGIN_BOTTOM - FOOTER_H + 1.5) * PT_PER_MM
#: Height of a word's box in pdftotext per pt of type (DejaVu Sans: ascent 0.928 + descent 0.236).
BOX_PER_PT = 1.164


def options(*names: str, lang: str = "nl"):
    return prepare_options([load_scenario(SCENARIOS / f"{n}.json") for n in names], draws=DRAWS, lang=lang)


@pytest.fixture(scope="module")
def three():
    """Dordrecht: Nu, € 5.000 social media, ten campaigns; per language ``(content, pdf, layout)``."""
    out = {}
    for lang in ("nl", "en"):
        opts = options("dordrecht-huidige-situatie", "dordrecht-5000-social", "dordrecht-tien-campagnes", lang=lang)
        content = proposal_content(opts, lang, day=DAY)
        layout = ProposalPdf(content)
        out[lang] = content, layout.build(), layout
    return out


@pytest.fixture(scope="module")
def campaigns_only():
    opts = options("dordrecht-tien-campagnes")
    return make_proposal(opts, "nl", docx=False, day=DAY)


def words(pdf: bytes) -> list[list[tuple[float, float, float, float, str]]]:
    """Per page, each word with its box (xMin, yMin, xMax, yMax in pt from the top left)."""
    out = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    pages = []
    for page in out.decode().split("<page ")[1:]:
        pages.append(
            [
                (float(a), float(b), float(c), float(d), html.unescape(w))
                for a, b, c, d, w in re.findall(
                    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page
                )
            ]
        )
    return pages


def footer_text(content, page: int, pages: int) -> str:
    return (
        f"{content.source} {content.made_with} · {content.date} · {t('proposal.page', content.lang, n=page, of=pages)}"
    )


@needs_poppler
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_text_runs_into_the_footer_or_off_the_page(three, campaigns_only, lang):
    made = [(three[lang][0], three[lang][1])] + ([(campaigns_only.content, campaigns_only.pdf)] if lang == "nl" else [])
    for content, pdf in made:
        pages = words(pdf)
        for n, page in enumerate(pages, start=1):
            body = [w for w in page if w[1] < FOOTER_RULE_PT]
            footer = [w for w in page if w[1] >= FOOTER_RULE_PT]
            assert all(w[3] <= FOOTER_RULE_PT for w in body), [w[4] for w in body if w[3] > FOOTER_RULE_PT]
            assert " ".join(w[4] for w in footer) == footer_text(content, n, len(pages))  # the footer alone
            assert all(w[3] <= PAGE_H * PT_PER_MM - MARGIN_BOTTOM * PT_PER_MM / 2 for w in footer)


@needs_poppler
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_page_two_flows_onto_page_three_rather_than_shrink(three, lang):
    content, pdf, layout = three[lang]
    pages = words(pdf)
    assert len(pages) == 3 and layout.overflow == 0.0
    for page in pages[1:]:  # no word set smaller than the least type size of page 2
        smallest = min(w[3] - w[1] for w in page if w[1] < FOOTER_RULE_PT)
        assert smallest >= PAGE2_MIN_PT * BOX_PER_PT - 0.1
    text = [unhyphen(" ".join(w[4] for w in page)) for page in pages]
    assert t("proposal.page", lang, n=3, of=3) in text[2] and t("proposal.page", lang, n=1, of=3) in text[0]
    assert unhyphen(content.assumptions_heading) in text[1]  # page 1: "page 2 says what they rest on"
    rest = text[1] + " " + text[2]
    for a in content.assumptions:
        assert unhyphen(a.basis_and_source) in rest
    for paragraph in content.method:
        assert unhyphen(paragraph) in rest


def test_three_options_keep_their_page_one_charts_at_designed_size(three):
    for _, _, layout in three.values():
        for chart in ("saturation", "ages", "map"):
            assert layout.scales[chart] >= 1 - CLOSE_ENOUGH, (chart, layout.scales)
        assert layout.overflow == 0.0


@needs_poppler
def test_the_explanation_is_shown_whole():
    gro = options("groningen-buurten-jongeren")
    made = make_proposal(gro, "nl", docx=False, day=DAY)
    note = made.content.explanations[0]
    assert note.endswith("over krant en social media.")
    page1 = flat(
        subprocess.run(["pdftotext", "-l", "1", "-", "-"], input=made.pdf, capture_output=True).stdout.decode()
    )
    assert unhyphen(note) in unhyphen(page1)


@needs_poppler
def test_a_long_explanation_moves_whole_to_page_two(three):
    """Explanations too long for a crowded page 1: in full on page 2, page 1 says so; nothing cut."""
    content = three["nl"][0]
    long = "Een toelichting met veel uitleg over waarom dit plan goed is voor de gemeente. " * 6
    crowded = replace(content, explanations=tuple(f"Optie {x}: {long}".strip() for x in "ABC"))
    layout = ProposalPdf(crowded)
    pdf = layout.build()
    assert not layout.explained_on_page1 and layout.overflow == 0.0
    pages = [unhyphen(" ".join(w[4] for w in page)) for page in words(pdf)]
    assert t("proposal.explanation.on_page2", "nl") in pages[0] and long.split(".")[0] not in pages[0]
    for note in crowded.explanations:
        assert unhyphen(note) in pages[1]
    assert "…" not in " ".join(pages)
