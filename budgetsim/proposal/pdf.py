"""The proposal as an A4 PDF (fpdf2): page 1 for the MT, page 2 "Hoe is dit berekend".

Each section is one small method of :class:`ProposalPdf`; sizes are the named constants below. The
font is DejaVu Sans Condensed, bundled in ``budgetsim/fonts`` with its licence and embedded (as a
subset), so "€", "✓", "–" and every Dutch accent print on every machine, and ``pdftotext`` reads
the text back. The layout measures every text before it draws it and never cuts one short (except
long scenario names on a crowded page 1, see :data:`COMPACT_LEVELS`; the Word file has them in full).
A crowded page 1 moves the options' explanation, whole, to page 2 before its charts get smaller than
designed. Page 2 takes a smaller type down to :data:`PAGE2_MIN_PT`; what does not fit then flows onto
a third page (campaigns), with the same footer.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from fpdf import FPDF

from ..formatting import LOCALES
from ..i18n import t
from .content import Chart, ProposalContent
from .render import ChartImage, render_chart

# -- page and type ---------------------------------------------------------------------------------
FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"
FONT_FILES = {"": "DejaVuSansCondensed.ttf", "B": "DejaVuSansCondensed-Bold.ttf"}
FAMILY = "DejaVuCond"
PAGE_W, PAGE_H = 210.0, 297.0  # A4, mm
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 14.0, 12.0, 11.0
FOOTER_H = 6.0
GAP = 3.0  # between sections, mm
COLUMN_GAP = 6.0

TITLE_PT, HEADING_PT, SUBHEADING_PT, BODY_PT, SMALL_PT = 18.0, 11.0, 9.5, 8.5, 7.5
DECISION_PT = 10.5
LINE = 0.42  # line height per pt, mm (8.5 pt -> 3.6 mm)
MEASURE_PT = 10.0  # words are measured once at this size and scaled

INK = (34, 34, 34)
MUTED = (90, 90, 90)
ACCENT = (0, 94, 150)
RULE = (190, 190, 190)
DECISION_FILL = (232, 242, 249)
ZEBRA = (245, 247, 250)
PROPOSED_FILL = (224, 238, 248)

# -- page 1 ------------------------------------------------------------------------------------------
TABLE_LABEL_W = 50.0
TABLE_ROW_PAD = 0.6  # above and below a cell's text, mm
#: Ever more compact tops of page 1, tried in turn until the charts keep room below them: (lines per
#: scenario name, the options' explanation on page 1 (else in full on page 2), type size of the table,
#: padding of its rows). Names cut here are in full in the Word file.
COMPACT_LEVELS = ((4, True, 8.0, 0.6), (2, True, 8.0, 0.5), (2, False, 8.0, 0.5), (1, False, 7.5, 0.35))
DECISION_PAD = 3.0
CHART_MIN_H, CHART_MAX_H = 38.0, 62.0  # image height of a chart on page 1, mm
#: Two charts one above the other on a crowded page (saturation, ages): at least these heights, the
#: least at which they are drawn at their designed size (not scaled down, so their text stays 8 pt).
STACKED_MIN_H = (32.5, 33.5)
MAP_MIN_H = 40.0
P10_PT = 9.5

# -- page 2 ------------------------------------------------------------------------------------------
#: Body sizes tried on page 2, largest first, until it fits on its page. The smallest keeps every text
#: at :data:`PAGE2_MIN_PT` or more (notes are :data:`SMALLER_PT` smaller); a page 2 that does not fit
#: at it flows onto a third page, at the largest size, instead of shrinking further.
PAGE2_BODY_PT = (8.5, 8.0, 7.5, 7.0)
PAGE2_MIN_PT = 6.5
SMALLER_PT = 0.5  # an assumption's basis, the method, the rules and the campaign notes: this much smaller
IMPORTANCE_MIN_H, IMPORTANCE_MAX_H = 40.0, 56.0
ASSUMPTION_GAP = 1.4
#: Shares of the text width of the campaign table's columns: name, weeks, target group, euros,
#: reached in its target group, 3+ times.
CAMPAIGN_COLUMN_SHARES = (0.24, 0.07, 0.33, 0.1, 0.16, 0.1)
CAMPAIGN_ROW_PAD = 0.4


class Piece(NamedTuple):
    """A part of page 2 that :meth:`ProposalPdf.flow` never splits: ``place(y, draw)`` returns the y under
    it (``draw=False``: only measures); ``gap`` above it, except at the top of a page."""

    gap: float
    place: Callable[[float, bool], float]
    keep_with_next: bool = False  # a heading: on the page of the piece after it


class ProposalPdf:
    """Draws one :class:`ProposalContent` on A4: page 1, then page 2 (flowing onto page 3 when needed)."""

    def __init__(self, content: ProposalContent):
        self.c = content
        self.pdf = FPDF(orientation="P", unit="mm", format="A4")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(MARGIN_X, MARGIN_TOP, MARGIN_X)
        for style, name in FONT_FILES.items():
            self.pdf.add_font(FAMILY, style, str(FONT_DIR / name))
        self.pdf.set_title(f"{content.title} – {content.gemeente}")
        self.pdf.set_subject(content.subject)
        self.pdf.set_author("budgetsim")
        self.pdf.set_creator(content.made_with)
        self.pdf.set_lang(LOCALES[content.lang].replace("_", "-"))  # nl-NL, en-GB
        self.width = PAGE_W - 2 * MARGIN_X
        self.bottom = PAGE_H - MARGIN_BOTTOM - FOOTER_H
        self.widths: dict[tuple[str, bool], float] = {}
        self.wrapped: dict[tuple, list[str]] = {}
        self.lowest: dict[int, float] = {}  # per page, the lowest y any content reached
        self.dry = False  # True: sections only measure (nothing is drawn)
        self.scales: dict[str, float] = {}  # per chart, the scale it was placed at
        self.name_lines, self.explained_on_page1, self.table_pt, self.row_pad = COMPACT_LEVELS[0]
        self.page2_pt, self.importance_h = PAGE2_BODY_PT[0], IMPORTANCE_MAX_H  # see plan_page2
        self.pages = 2  # in the document, page 2 and what flows from it included (see plan_page2)

    # -- primitives ------------------------------------------------------------------------------
    def style(self, size: float, bold: bool = False, color=INK) -> None:
        self.pdf.set_font(FAMILY, "B" if bold else "", size)
        self.pdf.set_text_color(*color)

    def word_width(self, word: str, size: float, bold: bool) -> float:
        """Width of ``word`` in mm at ``size`` pt (measured once per word at :data:`MEASURE_PT`)."""
        key = (word, bold)
        if key not in self.widths:
            self.style(MEASURE_PT, bold)
            self.widths[key] = self.pdf.get_string_width(word) / MEASURE_PT
        return self.widths[key] * size

    def lines(self, text: str, width: float, size: float, bold: bool = False) -> list[str]:
        """``text`` broken into lines that fit ``width`` at ``size`` pt: at spaces, at hard line ends,
        and inside a word only when the word alone is wider than the line."""
        key = (text, round(width, 3), size, bold)
        if key in self.wrapped:
            return self.wrapped[key]
        space = self.word_width(" ", size, bold)
        out: list[str] = []
        for paragraph in text.split("\n"):
            line, line_w = "", 0.0
            for word in paragraph.split(" "):
                w = self.word_width(word, size, bold)
                if line and line_w + space + w > width:
                    out.append(line)
                    line, line_w = "", 0.0
                while w > width and len(word) > 1:  # a word wider than the line: cut it
                    cut = len(word) - 1
                    while cut > 1 and self.word_width(word[:cut], size, bold) > width:
                        cut -= 1
                    out.append(word[:cut])
                    word = word[cut:]
                    w = self.word_width(word, size, bold)
                line, line_w = (f"{line} {word}", line_w + space + w) if line else (word, w)
            out.append(line)
        self.wrapped[key] = out
        return out

    def height(self, text: str, width: float, size: float, bold: bool = False) -> float:
        """Height of ``text`` wrapped to ``width`` at ``size`` pt."""
        if not text:
            return 0.0
        return len(self.lines(text, width, size, bold)) * size * LINE

    def text(
        self, x: float, y: float, width: float, text: str, size: float, bold: bool = False, color=INK, align: str = "L"
    ) -> float:
        """Wrapped text at (x, y); returns the y under it."""
        if not text:
            return y
        lines = self.lines(text, width, size, bold)  # measures: before the font is set for drawing
        if self.dry:
            return y + len(lines) * size * LINE
        self.style(size, bold, color)
        line_h = size * LINE
        for line in lines:
            self.pdf.set_xy(x, y)
            self.pdf.cell(width, line_h, line, align=align)
            y += line_h
        self.reached(y)
        return y

    def reached(self, y: float) -> None:
        """Note how far down the page's content went (above the footer, see :attr:`overflow`)."""
        self.lowest[self.pdf.page] = max(self.lowest.get(self.pdf.page, 0.0), y)

    @property
    def overflow(self) -> float:
        """How far (mm) the content of any page ran into the footer; 0 when everything fits."""
        return round(max(0.0, max(self.lowest.values(), default=0.0) - self.bottom), 6)

    def box(self, x: float, y: float, w: float, h: float, style: str = "F") -> None:
        if not self.dry:
            self.pdf.rect(x, y, w, h, style=style)

    def rule(self, y: float, x0: float | None = None, x1: float | None = None) -> None:
        if self.dry:
            return
        self.pdf.set_draw_color(*RULE)
        self.pdf.set_line_width(0.25)
        self.pdf.line(x0 if x0 is not None else MARGIN_X, y, x1 if x1 is not None else MARGIN_X + self.width, y)

    def image(self, image: ChartImage, x: float, y: float, max_w: float, max_h: float) -> tuple[float, float]:
        """The chart image at (x, y), at its own size or smaller to fit; returns (w, h)."""
        scale = min(1.0, max_w / image.width_mm, max_h / image.height_mm)
        w, h = image.width_mm * scale, image.height_mm * scale
        self.pdf.image(io.BytesIO(image.png), x=x, y=y, w=w, h=h)
        self.reached(y + h)
        return w, h

    def chart(self, name: str, width: float, height: float) -> ChartImage | None:
        chart: Chart | None = self.c.charts.get(name)
        if chart is None:
            return None
        try:
            return render_chart(chart, width, height, self.c.lang)
        except ValueError:  # a map of areas without CBS boundaries
            return None

    def chart_block(self, name: str, x: float, y: float, width: float, image_h: float) -> float:
        """Heading, chart and caption; returns the y under the block."""
        chart = self.c.charts.get(name)
        if chart is None:
            return y
        y = self.text(x, y, width, chart.title, SUBHEADING_PT, bold=True)
        image = self.chart(name, width, image_h)
        if image is None:
            return self.text(x, y + 1, width, self.c.map_missing, SMALL_PT, color=MUTED)
        w, h = self.image(image, x, y + 1, width, image_h)
        self.scales[name] = w / image.width_mm  # 1: the chart's text at its designed size
        return self.text(x, y + 1 + h + 1, width, chart.caption, SMALL_PT, color=MUTED)

    def block_extra(self, name: str, width: float) -> float:
        """Height of a chart block without its image: heading, gaps and caption."""
        chart = self.c.charts.get(name)
        if chart is None:
            return 0.0
        return self.height(chart.title, width, SUBHEADING_PT, True) + 2 + self.height(chart.caption, width, SMALL_PT)

    def footer(self, page: int, pages: int) -> None:
        y = PAGE_H - MARGIN_BOTTOM - FOOTER_H + 1.5
        self.rule(y)
        self.style(SMALL_PT, color=MUTED)
        right = f"{self.c.made_with} · {self.c.date} · {self.page_text(page, pages)}"
        right_w = self.pdf.get_string_width(right) + 1
        self.pdf.set_xy(MARGIN_X, y + 1)
        self.pdf.cell(self.width - right_w, 4, self.c.source)
        self.pdf.cell(right_w, 4, right, align="R")

    def page_text(self, page: int, pages: int) -> str:
        return t("proposal.page", self.c.lang, n=page, of=pages)

    # -- page 1 ------------------------------------------------------------------------------------
    def header(self, y: float) -> float:
        if not self.dry:
            self.style(SUBHEADING_PT, True, ACCENT)
            self.pdf.set_xy(MARGIN_X, y)
            self.pdf.cell(self.width * 0.6, 5, self.c.gemeente.upper())
            self.style(SUBHEADING_PT, color=MUTED)
            self.pdf.set_xy(MARGIN_X + self.width * 0.6, y)
            self.pdf.cell(self.width * 0.4, 5, self.c.date, align="R")
        y = self.text(MARGIN_X, y + 6, self.width, self.c.title, TITLE_PT, bold=True)
        return self.text(MARGIN_X, y + 0.5, self.width, self.c.target_group, BODY_PT, color=MUTED)

    def decision(self, y: float) -> float:
        inner = self.width - 2 * DECISION_PAD
        h = (
            DECISION_PAD
            + self.height(self.c.decision_heading, inner, SUBHEADING_PT, True)
            + 1
            + self.height(self.c.decision, inner, DECISION_PT, True)
            + DECISION_PAD
        )
        self.pdf.set_fill_color(*DECISION_FILL)
        self.box(MARGIN_X, y, self.width, h, style="F")
        self.pdf.set_fill_color(*ACCENT)
        self.box(MARGIN_X, y, 1.2, h, style="F")
        inner_y = self.text(
            MARGIN_X + DECISION_PAD,
            y + DECISION_PAD,
            inner,
            self.c.decision_heading,
            SUBHEADING_PT,
            bold=True,
            color=ACCENT,
        )
        self.text(MARGIN_X + DECISION_PAD, inner_y + 1, inner, self.c.decision, DECISION_PT, bold=True)
        return y + h

    def explanations(self, y: float) -> float:
        """The options' own notes in full, or (a crowded page 1) a line that says they are on page 2."""
        if not self.c.explanations:
            return y
        y = self.text(MARGIN_X, y + GAP, self.width, self.c.explanation_heading, SUBHEADING_PT, bold=True)
        if not self.explained_on_page1:
            return self.text(MARGIN_X, y + 0.4, self.width, self.explanation_moved(), BODY_PT, color=MUTED)
        for note in self.c.explanations:
            y = self.text(MARGIN_X, y + 0.4, self.width, note, BODY_PT)
        return y

    def explanation_moved(self) -> str:
        return t("proposal.explanation.on_page2", self.c.lang)

    def option_names(self, y: float) -> float:
        y = self.text(MARGIN_X, y, self.width, self.c.options_heading, HEADING_PT, bold=True)
        head_w = 20.0
        for head in self.c.options:
            self.style(BODY_PT, True, ACCENT if head.recommended else INK)
            self.pdf.set_xy(MARGIN_X, y + 0.6)
            mark = " ✓" if head.recommended and len(self.c.options) > 1 else ""
            if not self.dry:
                self.pdf.cell(head_w, BODY_PT * LINE, head.title + mark)
            name_lines = self.lines(head.name, self.width - head_w, BODY_PT)
            if len(name_lines) > self.name_lines:
                name_lines = name_lines[: self.name_lines]
                name_lines[-1] = name_lines[-1].rstrip()[:-2] + " …"
            y = self.text(MARGIN_X + head_w, y + 0.6, self.width - head_w, "\n".join(name_lines), BODY_PT)
        return y

    def table(self, y: float) -> float:
        header, rows = self.c.table_header, self.c.table_rows
        col_w = (self.width - TABLE_LABEL_W) / (len(header) - 1)
        widths = [TABLE_LABEL_W] + [col_w] * (len(header) - 1)
        proposed_col = 2 + self.c.recommended
        xs = [MARGIN_X + sum(widths[:i]) for i in range(len(widths))]
        # header
        y += 1
        head_h = max(self.height(h, w - 2, self.table_pt, True) for h, w in zip(header, widths)) + 2 * self.row_pad
        self.pdf.set_fill_color(*PROPOSED_FILL)
        table_h = head_h + sum(self.row_height(r.cells, widths, r.label, r.strong) for r in rows)
        if len(self.c.options) > 1:
            self.box(xs[proposed_col], y, widths[proposed_col], table_h, style="F")
        for i, (head, w) in enumerate(zip(header, widths)):
            self.text(
                xs[i] + 1,
                y + self.row_pad,
                w - 2,
                head,
                self.table_pt,
                bold=True,
                color=ACCENT if i == proposed_col else INK,
                align="L" if i == 0 else "R",
            )
        y += head_h
        self.rule(y)
        for i, row in enumerate(rows):
            h = self.row_height(row.cells, widths, row.label, row.strong)
            if i % 2 == 1:
                self.pdf.set_fill_color(*ZEBRA)
                self.box(MARGIN_X, y, TABLE_LABEL_W, h, style="F")
            self.text(xs[0] + 1, y + self.row_pad, widths[0] - 2, row.label, self.table_pt, bold=row.strong)
            for j, cell in enumerate(row.cells):
                self.text(
                    xs[j + 1] + 1, y + self.row_pad, widths[j + 1] - 2, cell, self.table_pt, bold=row.strong, align="R"
                )
            y += h
            if row.rule_after or i == len(rows) - 1:
                self.rule(y)
        return y

    def row_height(self, cells, widths, label: str, strong: bool) -> float:
        texts = [label, *cells]
        return max(self.height(t, w - 2, self.table_pt, strong) for t, w in zip(texts, widths)) + 2 * self.row_pad

    def notes(self, y: float) -> float:
        for note in ([self.c.current_text] if self.c.current_text else []) + list(self.c.notes):
            y = self.text(MARGIN_X, y, self.width, note, SMALL_PT, color=MUTED) + 0.6
        return y

    def page1_top(self, y: float) -> float:
        y = self.header(y)
        y = self.decision(y + GAP)
        y = self.explanations(y)
        y = self.option_names(y + GAP)
        y = self.table(y + 0.5)
        return self.notes(y + 1.2)

    def charts_room_needed(self) -> float:
        """The least room under the table for page 1's charts: two above each other, small."""
        half = (self.width - COLUMN_GAP) / 2
        return self.block_extra("saturation", half) + self.block_extra("ages", half) + sum(STACKED_MIN_H) + GAP

    def choose_compactness(self) -> None:
        """The first of :data:`COMPACT_LEVELS` whose top of page 1 leaves the charts their room."""
        need = self.charts_room_needed()
        self.dry = True
        for level in COMPACT_LEVELS:
            self.name_lines, self.explained_on_page1, self.table_pt, self.row_pad = level
            if self.bottom - self.page1_top(MARGIN_TOP) - GAP >= need:
                break
        self.dry = False

    def page1_charts(self, y: float) -> None:
        """Right: the map of the proposed option and the P10 sentence under it, then the age chart when
        the map leaves room for it (a wide gemeente); left: the saturation chart, with the age chart
        under it otherwise (a tall gemeente)."""
        half = (self.width - COLUMN_GAP) / 2
        room = self.bottom - y
        right_x = MARGIN_X + half + COLUMN_GAP
        p10_h = self.height(self.c.p10_sentence, half, P10_PT, True) + GAP if self.c.p10_sentence else 0.0
        map_h = max(MAP_MIN_H, room - self.block_extra("map", half) - p10_h)
        right_y = self.chart_block("map", right_x, y, half, map_h)
        if self.c.p10_sentence:
            right_y = self.text(right_x, right_y + GAP, half, self.c.p10_sentence, P10_PT, bold=True, color=ACCENT)
        ages_extra = self.block_extra("ages", half)
        right_room = self.bottom - right_y - GAP - ages_extra
        if right_room >= CHART_MIN_H:
            self.chart_block("ages", right_x, right_y + GAP, half, min(CHART_MAX_H, right_room))
            sat_h = room - self.block_extra("saturation", half)
            self.chart_block("saturation", MARGIN_X, y, half, min(CHART_MAX_H, sat_h))
            return
        left_images = room - self.block_extra("saturation", half) - ages_extra - GAP
        sat_h, ages_h = STACKED_MIN_H
        if left_images < sat_h + ages_h:  # only when even the most compact page 1 leaves too little room
            sat_h, ages_h = (h * left_images / (sat_h + ages_h) for h in STACKED_MIN_H)
        else:
            sat_h = min(CHART_MAX_H, sat_h + (left_images - sat_h - ages_h) / 2)
            ages_h = min(CHART_MAX_H, left_images - sat_h)
        below = self.chart_block("saturation", MARGIN_X, y, half, sat_h)
        self.chart_block("ages", MARGIN_X, below + GAP, half, ages_h)

    # -- page 2 ------------------------------------------------------------------------------------
    def assumption_block(self, x: float, y: float, width: float, a, size: float, draw: bool) -> float:
        """One assumption: its name and value, then its range, basis and source in full. Returns the y
        under it (``draw=False``: only measures)."""
        head = f"{a.label}: {a.value}"
        body = f"{self.c.assumption_columns[2]}: {a.range}. {a.basis_and_source}"
        y = self.put(x, y, width, head, size, draw, bold=True)
        return self.put(x, y, width, body, size - SMALLER_PT, draw, color=MUTED) + ASSUMPTION_GAP

    def page2_pieces(self, size: float, importance_h: float) -> list[Piece]:
        """Page 2 at body size ``size`` as the pieces :meth:`flow` lays out: the introduction, the campaign
        table, the assumptions' heading (kept with the first assumption), each assumption, the chart of
        what matters most, and the method beside the platform rules and survey terms."""
        c, w = self.c, self.width

        def intro(y: float, draw: bool) -> float:
            y = self.put(MARGIN_X, y, w, c.how_heading, TITLE_PT - 4, draw, bold=True)
            return self.put(MARGIN_X, y + 1, w, c.how_intro, size, draw, color=MUTED)

        def assumptions_heading(y: float, draw: bool) -> float:
            return self.put(MARGIN_X, y, w, c.assumptions_heading, HEADING_PT, draw, bold=True) + 1

        def explanation(note: str) -> Callable[[float, bool], float]:
            return lambda y, draw: self.put(MARGIN_X, y, w, note, size, draw)

        def assumption(a) -> Callable[[float, bool], float]:
            return lambda y, draw: self.assumption_block(MARGIN_X, y, w, a, size, draw)

        def importance(y: float, draw: bool) -> float:
            if c.charts.get("importance") is None:
                return self.put(MARGIN_X, y, w, self.importance_missing(), size, draw, color=MUTED)
            if draw:
                return self.chart_block("importance", MARGIN_X, y, w, importance_h)
            return y + self.block_extra("importance", w) + importance_h

        def columns(y: float, draw: bool) -> float:
            col_w = (w - COLUMN_GAP) / 2
            left_y = self.put(MARGIN_X, y, col_w, c.method_heading, SUBHEADING_PT, draw, bold=True) + 0.5
            for paragraph in c.method:
                left_y = self.put(MARGIN_X, left_y, col_w, paragraph, size - SMALLER_PT, draw) + 0.6
            right_x = MARGIN_X + col_w + COLUMN_GAP
            right_y = y
            blocks = [(c.platform_heading, c.platform_rules)]
            if c.survey_sentence:
                blocks.append((c.survey_heading, c.survey_sentence))
            for head, body in blocks:
                right_y = self.put(right_x, right_y, col_w, head, SUBHEADING_PT, draw, bold=True) + 0.5
                right_y = self.put(right_x, right_y, col_w, body, size - SMALLER_PT, draw) + GAP
            return max(left_y, right_y) + 1  # the source is in every page's footer

        pieces = []
        if c.explanations and not self.explained_on_page1:
            pieces.append(
                Piece(
                    0.0,
                    lambda y, draw: self.put(MARGIN_X, y, w, c.explanation_heading, HEADING_PT, draw, bold=True),
                    keep_with_next=True,
                )
            )
            pieces += [Piece(0.6, explanation(note)) for note in c.explanations]
        pieces.append(Piece(GAP, intro))
        if c.campaigns is not None:
            pieces.append(Piece(GAP, lambda y, draw: self.campaign_table(y, size, draw)))
        pieces.append(Piece(GAP, assumptions_heading, keep_with_next=True))
        pieces += [Piece(0.0, assumption(a)) for a in c.assumptions]
        pieces += [Piece(GAP, importance), Piece(GAP, columns)]
        return pieces

    def campaign_table(self, y: float, size: float, draw: bool) -> float:
        """The proposed option's campaigns: heading, a row per campaign (zebra), the notes under it;
        returns the y under it (``draw=False``: only measures)."""
        table = self.c.campaigns
        assert table is not None
        widths = [share * self.width for share in CAMPAIGN_COLUMN_SHARES]
        xs = [MARGIN_X + sum(widths[:i]) for i in range(len(widths))]
        right = {3, 4, 5}  # the numbers
        y = self.put(MARGIN_X, y, self.width, table.heading, HEADING_PT, draw, bold=True) + 0.5
        for i, row in enumerate((table.header, *table.rows)):
            bold = i == 0
            h = max(self.height(cell, w - 2, size, bold) for cell, w in zip(row, widths)) + 2 * CAMPAIGN_ROW_PAD
            if draw:
                if i % 2 == 0 and i > 0:
                    self.pdf.set_fill_color(*ZEBRA)
                    self.box(MARGIN_X, y, self.width, h, style="F")
                for j, cell in enumerate(row):
                    align = "R" if j in right else "L"
                    self.text(xs[j] + 1, y + CAMPAIGN_ROW_PAD, widths[j] - 2, cell, size, bold=bold, align=align)
            y += h
            if draw and (i == 0 or i == len(table.rows)):
                self.rule(y)
        for note in table.notes:
            y = self.put(MARGIN_X, y + 0.6, self.width, note, size - SMALLER_PT, draw, color=MUTED)
        return y

    def put(
        self, x: float, y: float, width: float, text: str, size: float, draw: bool, bold: bool = False, color=INK
    ) -> float:
        """:meth:`text` when ``draw``, else only the y it would end at."""
        if draw:
            return self.text(x, y, width, text, size, bold=bold, color=color)
        return y + self.height(text, width, size, bold)

    def importance_missing(self) -> str:
        return t("proposal.chart.importance.none", self.c.lang)

    def flow(self, pieces: list[Piece], draw: bool) -> tuple[int, float]:
        """``pieces`` from the top of a page on, on a next page (with its footer) whenever a piece, or a
        heading with the piece it keeps to, would run into the footer. Returns the pages used and the y
        under the last piece (``draw=False``: only measures)."""
        pages, y = 1, MARGIN_TOP
        for i, piece in enumerate(pieces):
            top = y + piece.gap if y > MARGIN_TOP else y  # no gap at the top of a page
            end = piece.place(top, False)
            if piece.keep_with_next and i + 1 < len(pieces):
                end = pieces[i + 1].place(end + pieces[i + 1].gap, False)
            if end > self.bottom and y > MARGIN_TOP:
                if draw:
                    self.footer(self.pdf.page, self.pages)
                    self.pdf.add_page()
                pages, top = pages + 1, MARGIN_TOP
            y = piece.place(top, draw)
        return pages, y

    def plan_page2(self) -> None:
        """The largest body size at which page 2 fits on its page, its chart grown into the room left;
        when it does not fit at the smallest of :data:`PAGE2_BODY_PT`, it flows onto a next page at the
        largest size. Sets :attr:`page2_pt`, :attr:`importance_h` and :attr:`pages`."""
        for size in PAGE2_BODY_PT:
            pages, y = self.flow(self.page2_pieces(size, IMPORTANCE_MIN_H), draw=False)
            if pages == 1:
                self.page2_pt, self.importance_h = size, min(IMPORTANCE_MAX_H, IMPORTANCE_MIN_H + self.bottom - y)
                self.pages = 2
                return
        self.page2_pt, self.importance_h = PAGE2_BODY_PT[0], IMPORTANCE_MAX_H
        self.pages = 1 + self.flow(self.page2_pieces(self.page2_pt, self.importance_h), draw=False)[0]

    # -- the document ------------------------------------------------------------------------------
    def build(self) -> bytes:
        self.pdf.add_page()
        self.choose_compactness()
        self.plan_page2()
        y = self.page1_top(MARGIN_TOP)
        self.page1_charts(y + GAP)
        self.footer(1, self.pages)
        self.pdf.add_page()
        self.flow(self.page2_pieces(self.page2_pt, self.importance_h), draw=True)
        self.footer(self.pdf.page, self.pages)
        return bytes(self.pdf.output())


def proposal_pdf_bytes(content: ProposalContent) -> bytes:
    """The proposal as PDF bytes (A4, two pages; three when page 2 does not fit on its own)."""
    return ProposalPdf(content).build()
