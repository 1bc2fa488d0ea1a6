"""The proposal as an editable Word file (python-docx), for pasting into the gemeente's template.

The same :class:`ProposalContent` as the PDF: real headings (Word's Heading styles), paragraphs and
tables, the charts as PNG pictures with their caption (and alt text), the PDF's footer with Word's
page fields, the document's language and properties. No layout tricks: the gemeente's own
template decides the look once the text is pasted in.
"""

from __future__ import annotations

import datetime as _dt
import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from ..formatting import LOCALES
from ..i18n import t
from .content import ProposalContent
from .render import render_chart

PAGE_W_MM, PAGE_H_MM = 210, 297  # A4
MARGIN_MM = 20
TEXT_W_MM = PAGE_W_MM - 2 * MARGIN_MM
#: Chart boxes in the Word file, mm (width, height): the full text width.
CHART_BOX_MM = {
    "saturation": (TEXT_W_MM, 80),
    "ages": (TEXT_W_MM, 75),
    "map": (TEXT_W_MM * 0.75, 110),
    "importance": (TEXT_W_MM, 75),
}
#: Widths of the assumptions table's columns: name, value, range, basis and source (the rest).
ASSUMPTION_COLUMNS_MM = (34, 30, 28, TEXT_W_MM - 34 - 30 - 28)
SMALL_PT = 9
#: The footer's type: source, made with, date and page fit one line of the text width in Calibri
#: (about 130 mm in Dutch, 150 mm in English, of 170).
FOOTER_PT = 8
#: The footer's distance from the page's lower edge: its line (and a second, should it wrap) stays
#: inside the bottom margin, so Word does not push the body up.
FOOTER_DISTANCE_MM = 8
TABLE_PT = 9
#: docProps/app.xml: who made the file, and no page or word counts (Word writes them when it saves).
APP_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    b"<Application>budgetsim</Application></Properties>"
)
#: What comes after ``w:pBdr`` in a paragraph's properties, in the schema's order (Word insists on it).
PPR_AFTER_BORDER = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
    "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
    "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
MUTED = RGBColor(0x5A, 0x5A, 0x5A)
ACCENT = RGBColor(0x00, 0x5E, 0x96)


class ProposalDocx:
    """Writes one :class:`ProposalContent` as a .docx document."""

    def __init__(self, content: ProposalContent):
        self.c = content
        self.doc = Document()
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(PAGE_W_MM), Mm(PAGE_H_MM)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(MARGIN_MM))
        section.footer_distance = Mm(FOOTER_DISTANCE_MM)
        self.language()
        props = self.doc.core_properties
        props.title = f"{content.title} – {content.gemeente}"
        props.subject = content.subject
        props.author = "budgetsim"
        props.comments = content.made_with
        props.language = self.tag
        day = content.day or _dt.date.today()
        # the proposal's date (not the template's 2013), at noon UTC: the same day wherever it is read
        props.created = props.modified = _dt.datetime(day.year, day.month, day.day, 12, tzinfo=_dt.UTC)
        self.package_parts()

    @property
    def tag(self) -> str:
        """The document's language as Word names it: nl-NL, en-GB."""
        return LOCALES[self.c.lang].replace("_", "-")

    def language(self) -> None:
        """Word spell-checks in the document's language: the default run properties and every
        language the styles name are :attr:`tag` (the template says en-US), and so is the theme fonts'.
        The template's stylesWithEffects.xml, a copy of its styles only Word 2010 reads, goes."""
        styles = self.doc.styles.element
        defaults = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if defaults is not None and defaults.find(qn("w:lang")) is None:
            defaults.append(OxmlElement("w:lang"))
        for lang in styles.iter(qn("w:lang")):
            lang.set(qn("w:val"), self.tag)
        theme = self.doc.settings.element.find(qn("w:themeFontLang"))
        if theme is not None:
            theme.set(qn("w:val"), self.tag)
        part = self.doc.part
        for r_id, rel in list(part.rels.items()):
            if rel.reltype.endswith("/stylesWithEffects"):
                part.drop_rel(r_id)

    def package_parts(self) -> None:
        """Without the template's blank thumbnail, and with an app.xml that names budgetsim and no
        statistics (the template's said 1 page and 0 words; Word counts them when it saves)."""
        package = self.doc.part.package
        for r_id, rel in list(package.rels.items()):
            if rel.reltype in (RELATIONSHIP_TYPE.THUMBNAIL, RELATIONSHIP_TYPE.EXTENDED_PROPERTIES):
                del package.rels[r_id]
        app = Part(PackURI("/docProps/app.xml"), CONTENT_TYPE.OFC_EXTENDED_PROPERTIES, APP_XML, package)
        package.relate_to(app, RELATIONSHIP_TYPE.EXTENDED_PROPERTIES)

    # -- primitives --------------------------------------------------------------------------------
    def paragraph(self, text: str, *, bold: bool = False, size: float | None = None, color=None, align=None):
        p = self.doc.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color is not None:
            run.font.color.rgb = color
        if align is not None:
            p.alignment = align
        return p

    def small(self, text: str) -> None:
        if text:
            self.paragraph(text, size=SMALL_PT, color=MUTED)

    def table(self, header, rows, *, right_from: int = 1, strong=(), widths_mm=None) -> None:
        """A table with a header row (repeated on every page); cells from column ``right_from`` on are
        right-aligned; ``widths_mm`` fixes the columns' widths."""
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, text in enumerate(header):
            self.cell(table.rows[0].cells[i], text, bold=True, right=i >= right_from)
        head_props = table.rows[0]._tr.get_or_add_trPr()
        head_props.append(OxmlElement("w:tblHeader"))
        for r, row in enumerate(rows):
            cells = table.add_row().cells
            for i, text in enumerate(row):
                self.cell(cells[i], text, bold=r in strong, right=i >= right_from)
        if widths_mm:
            table.autofit = False
            for column, width in zip(table.columns, widths_mm):
                for cell in column.cells:
                    cell.width = Mm(width)

    @staticmethod
    def cell(cell, text: str, *, bold: bool = False, right: bool = False) -> None:
        p = cell.paragraphs[0]
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(TABLE_PT)
        if right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def chart(self, name: str) -> None:
        chart = self.c.charts.get(name)
        if chart is None:
            return
        self.doc.add_heading(chart.title, level=2)
        w, h = CHART_BOX_MM[name]
        try:
            image = render_chart(chart, w, h, self.c.lang)
        except ValueError:  # a map of areas without CBS boundaries
            self.small(self.c.map_missing)
            return
        picture = self.doc.add_picture(io.BytesIO(image.png), width=Mm(min(w, image.width_mm)))
        props = picture._inline.docPr  # alt text: the chart's title and caption
        props.set("title", chart.title)
        props.set("descr", f"{chart.title}{'' if chart.title.endswith(('?', '.', '!')) else '.'} {chart.caption}")
        self.small(chart.caption)

    # -- sections ----------------------------------------------------------------------------------
    def footer(self) -> None:
        """As the PDF's footer, on every page: the source on the left; made with, the date and "Pagina
        N van M" on the right, N and M Word's PAGE and NUMPAGES fields (Word fills them in)."""
        section = self.doc.sections[0]
        footer = section.footer
        footer.is_linked_to_previous = False
        tabs = self.doc.styles["Footer"].paragraph_format.tab_stops  # the template's are for Letter
        tabs.clear_all()
        tabs.add_tab_stop(Mm(TEXT_W_MM), WD_TAB_ALIGNMENT.RIGHT)
        p = footer.paragraphs[0]
        rule = OxmlElement("w:pBdr")  # a thin line above it, as in the PDF
        top = OxmlElement("w:top")
        for key, value in (("val", "single"), ("sz", "4"), ("space", "4"), ("color", str(MUTED))):
            top.set(qn(f"w:{key}"), value)
        rule.append(top)
        props = p._p.get_or_add_pPr()
        props.insert_element_before(rule, *PPR_AFTER_BORDER)
        n, of = "\x00PAGE\x00", "\x00NUMPAGES\x00"
        right = f"{self.c.made_with} · {self.c.date} · {t('proposal.page', self.c.lang, n=n, of=of)}"
        for i, part in enumerate(f"{self.c.source}\t{right}".split("\x00")):
            if i % 2:
                self.field(p, part)
            elif part:
                self.footer_run(p, part)

    @staticmethod
    def footer_run(p, text: str = ""):
        run = p.add_run(text)
        run.font.size = Pt(FOOTER_PT)
        run.font.color.rgb = MUTED
        return run

    def field(self, p, instruction: str) -> None:
        """A Word field (PAGE, NUMPAGES) with no stored result: Word computes it when it lays out the page."""
        for kind in ("begin", "instr", "separate", "end"):
            run = self.footer_run(p)
            if kind == "instr":
                code = OxmlElement("w:instrText")
                code.set(qn("xml:space"), "preserve")
                code.text = f" {instruction} "
                run._r.append(code)
            else:
                char = OxmlElement("w:fldChar")
                char.set(qn("w:fldCharType"), kind)
                run._r.append(char)

    def header(self) -> None:
        self.doc.add_heading(self.c.title, level=0)
        self.paragraph(f"{self.c.gemeente} · {self.c.date}", bold=True, color=ACCENT)
        self.paragraph(self.c.target_group)

    def decision(self) -> None:
        self.doc.add_heading(self.c.decision_heading, level=1)
        self.paragraph(self.c.decision, bold=True)
        if self.c.explanations:
            self.doc.add_heading(self.c.explanation_heading, level=2)
            for note in self.c.explanations:
                self.paragraph(note)

    def options(self) -> None:
        self.doc.add_heading(self.c.options_heading, level=1)
        for head in self.c.options:
            p = self.doc.add_paragraph()
            mark = " ✓" if head.recommended and len(self.c.options) > 1 else ""
            p.add_run(f"{head.title}{mark}: ").bold = True
            p.add_run(head.name)
        strong = [i for i, row in enumerate(self.c.table_rows) if row.strong]
        self.table(self.c.table_header, [(row.label, *row.cells) for row in self.c.table_rows], strong=strong)
        for note in ([self.c.current_text] if self.c.current_text else []) + self.notes():
            self.small(note)
        self.campaigns()

    def notes(self) -> list[str]:
        """The notes under the table, as the PDF's, but where the PDF says that page 2 tells what the
        estimates rest on, the Word file names the section: here the title, the decision, the table
        with its notes and three charts (some 250 mm of pictures alone, 80 + 75 + the map's 95 for
        Dordrecht) come before it, more than the 257 mm of an A4 page within the margins; and Word,
        or the gemeente's template it is pasted into, decides the pages."""
        lang = self.c.lang
        pdf = t("proposal.explain.reached", lang, where=t("proposal.explain.where.page", lang))
        word = t(
            "proposal.explain.reached",
            lang,
            where=t("proposal.explain.where.heading", lang, heading=self.c.how_heading),
        )
        return [word if note == pdf else note for note in self.c.notes]

    def campaigns(self) -> None:
        """The proposed option's campaigns, when it has them."""
        table = self.c.campaigns
        if table is None:
            return
        self.doc.add_heading(table.heading, level=2)
        self.table(table.header, table.rows, right_from=3)
        for note in table.notes:
            self.small(note)

    def results(self) -> None:
        for name in ("saturation", "ages", "map"):
            self.chart(name)
        if self.c.p10_sentence:
            self.paragraph(self.c.p10_sentence, bold=True, color=ACCENT)

    def how(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        self.doc.add_heading(self.c.how_heading, level=1)
        self.paragraph(self.c.how_intro)
        self.doc.add_heading(self.c.assumptions_heading, level=2)
        self.table(
            self.c.assumption_columns,
            [(a.label, a.value, a.range, a.basis_and_source) for a in self.c.assumptions],
            right_from=99,
            widths_mm=ASSUMPTION_COLUMNS_MM,
        )
        if self.c.charts.get("importance") is not None:
            self.chart("importance")
        self.doc.add_heading(self.c.method_heading, level=2)
        for paragraph in self.c.method:
            self.paragraph(paragraph)
        self.doc.add_heading(self.c.platform_heading, level=2)
        self.paragraph(self.c.platform_rules)
        if self.c.survey_sentence:
            self.doc.add_heading(self.c.survey_heading, level=2)
            self.paragraph(self.c.survey_sentence)

    def build(self) -> bytes:
        self.footer()
        self.header()
        self.decision()
        self.options()
        self.results()
        self.how()
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()


def proposal_docx_bytes(content: ProposalContent) -> bytes:
    """The proposal as .docx bytes."""
    return ProposalDocx(content).build()
