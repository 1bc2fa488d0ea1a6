"""Files to take away: charts as PNG/SVG/PDF, the per-wijk table as CSV, and a one-page proposal PDF.

Charts are rendered with vl-convert (no browser needed). A PNG is at least 1600 px wide (print
quality) and carries a resolution that keeps its on-screen size when placed in Word or PowerPoint.

The proposal PDF is made with fpdf2. Font: the first TrueType font found among
``$BUDGETSIM_PDF_FONT`` (a regular .ttf; ``$BUDGETSIM_PDF_FONT_BOLD`` for bold), Liberation Sans
(Debian ``fonts-liberation``/``fonts-liberation2``), DejaVu Sans (``fonts-dejavu-core``) and the
DejaVu Sans that matplotlib ships; it is embedded (subset), so every character shows. Where none is
installed (a fresh CI machine), the PDF uses the built-in Helvetica with Windows-1252 encoding,
which PDF readers map to WinAnsi: "€", "é", "–" and the quotes print correctly, and the few
characters outside it ("→", "∞", "≥") are written out ("->", "oneindig"/"infinite", ">="). Nothing is bundled:
Liberation Sans and Helvetica have the same widths, so the page looks the same either way and the
layout measures every line, so it stays on one page with any of these fonts.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import math
import os
import re
import struct
from dataclasses import dataclass
from importlib import util as _importlib_util
from pathlib import Path
from typing import Callable

import numpy as np
import vl_convert as vlc

from . import __version__, curves
from .assumptions import DISPLAY_FORMATS, PARAMETERS
from .bands import TARGETABLE_BANDS
from .formatting import LOCALES, csv_delimiter, fmt_csv_number, fmt_eur, fmt_int, fmt_num, fmt_pct, fmt_pp
from .i18n import band_label, fmt_date, t
from .uncertainty import Band, SensitivityRow, UncertaintyResult

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: CSS pixels per inch: a PNG's resolution is set so that it keeps the chart's on-screen size.
CSS_PPI = 96.0


# -- charts ------------------------------------------------------------------------------------
def _spec(chart) -> dict:
    """A Vega-Lite spec from an Altair chart or a spec dict."""
    return chart if isinstance(chart, dict) else chart.to_dict()


def _svg_size(svg: str) -> tuple[float, float]:
    head = svg[: svg.find(">") + 1]
    w = re.search(r'\swidth="([0-9.]+)', head)
    h = re.search(r'\sheight="([0-9.]+)', head)
    if not (w and h):
        raise ValueError("chart: vl-convert returned an SVG without a size")
    return float(w.group(1)), float(h.group(1))


def png_size(png: bytes) -> tuple[int, int]:
    """(width, height) in pixels from a PNG's IHDR chunk."""
    if png[:8] != PNG_SIGNATURE or png[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    return struct.unpack(">II", png[16:24])


def chart_to_svg(chart) -> str:
    """The chart as an SVG document (text; text stays text)."""
    return vlc.vegalite_to_svg(_spec(chart))


def chart_to_png(chart, width_px: int = 1600) -> bytes:
    """The chart as a PNG at least ``width_px`` wide (default 1600: print quality).

    The chart is laid out once (to SVG), then rasterised with the scale factor that makes it
    ``width_px`` wide (never below the chart's own size); the PNG's resolution (pHYs) is set to
    96 × scale ppi so Word or PowerPoint place it at the chart's on-screen size.
    """
    svg = chart_to_svg(chart)
    css_w, _ = _svg_size(svg)
    scale = max(float(width_px) / css_w, 1.0) if css_w > 0 else 1.0
    for _ in range(3):
        # vl-convert multiplies by ppi/72 as well: scale * (ppi / 72) == scale_wanted
        ppi = CSS_PPI * scale
        png = vlc.svg_to_png(svg, scale=scale * 72.0 / ppi, ppi=ppi)
        if png_size(png)[0] >= width_px:
            return png
        scale *= 1.0 + 1.0 / max(css_w, 1.0)  # rounding left it a pixel short
    return png


def chart_to_pdf(chart) -> bytes:
    """The chart as a one-page vector PDF (fonts embedded by vl-convert)."""
    return vlc.vegalite_to_pdf(_spec(chart))


# -- CSV per wijk ------------------------------------------------------------------------------
CSV_COLUMNS = (
    # (area_rows key, i18n key, kind)
    ("code", "csv.code", "text"),
    ("name", "csv.name", "text"),
    ("ad_set", "csv.ad_set", "text"),
    ("postcodes", "csv.postcodes", "list"),
    ("target_population", "csv.target_population", "count"),
    ("audience", "csv.audience", "count"),
    ("eligible", "csv.eligible", "bool"),
    ("social_eur", "csv.social_eur", "eur"),
    ("reached", "csv.reached", "count"),
    ("reached_print", "csv.reached_print", "count"),
    ("reached_social", "csv.reached_social", "count"),
    ("reached_3plus", "csv.reached_3plus", "count"),
    ("reach_share", "csv.reach_share", "pct"),
    ("marginal_reach_per_100_eur", "csv.marginal", "num"),
)


def area_results_csv(evaluation, lang: str) -> bytes:
    """The per-wijk results as CSV that a spreadsheet opens without questions.

    UTF-8 with a byte-order mark (so Excel reads "€" and "ë"), CRLF line ends. Dutch (``nl``):
    ";" between fields and a decimal comma, as Dutch Excel expects; English: "," and a decimal
    point. No thousands separators. Counts of residents have no decimals, euros two, the share
    reached is a percentage with one decimal.
    """
    t("csv.code", lang)  # validates lang
    delimiter = csv_delimiter(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([t(key, lang) for _, key, _ in CSV_COLUMNS])
    for row in evaluation.area_rows():
        cells = []
        for field, _, kind in CSV_COLUMNS:
            value = row[field]
            if kind == "text":
                cells.append("" if value is None else str(value))
            elif kind == "list":
                cells.append(" ".join(str(v) for v in value))
            elif kind == "bool":
                cells.append(t("common.yes" if value else "common.no", lang))
            elif kind == "count":
                cells.append(fmt_csv_number(round(value), lang, 0))
            elif kind == "eur":
                cells.append(fmt_csv_number(value, lang, 2))
            elif kind == "pct":
                cells.append(fmt_csv_number(100.0 * value, lang, 1))
            else:
                cells.append(fmt_csv_number(value, lang, 1))
        writer.writerow(cells)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


# -- the plan for Ads Manager, per ad set (neigh, issue 9) --------------------------------------------
PLAN_CSV_COLUMNS = (
    # (PlanRow field, i18n key, kind)
    ("id", "csv.plan.id", "text"),
    ("name", "csv.plan.name", "text"),
    ("areas", "csv.plan.areas", "names"),
    ("postcodes", "csv.postcodes", "list"),
    ("audience", "csv.audience", "count"),
    ("yearly_eur", "csv.plan.yearly_eur", "eur"),
    ("weekly_eur", "csv.plan.weekly_eur", "eur"),
)


def ads_manager_csv(evaluation, lang: str, weeks: float = 52.0) -> bytes:
    """The plan to type into Ads Manager as CSV, one row per funded ad set: id, name, its areas,
    postcodes, audience, yearly budget and budget per week. Same spreadsheet conventions as
    :func:`area_results_csv`. (A postcode can reach a little beyond the area: the screen says so,
    ``adsets.postcode_note``.)"""
    t("csv.plan.id", lang)  # validates lang
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=csv_delimiter(lang), lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([t(key, lang) for _, key, _ in PLAN_CSV_COLUMNS])
    for row in evaluation.ads_manager_plan(weeks):
        cells = []
        for field, _, kind in PLAN_CSV_COLUMNS:
            value = getattr(row, field)
            if kind == "text":
                cells.append(str(value))
            elif kind == "names":
                cells.append(", ".join(value))
            elif kind == "list":
                cells.append(" ".join(value))
            elif kind == "count":
                cells.append(fmt_csv_number(round(value), lang, 0))
            else:
                cells.append(fmt_csv_number(value, lang, 2))
        writer.writerow(cells)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


# -- proposal PDF: fonts -------------------------------------------------------------------------
_FONT_DIRS = (Path("/usr/share/fonts/truetype"), Path("/usr/share/fonts/TTF"), Path("/usr/local/share/fonts"))
_FONT_CANDIDATES = (
    ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
    ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
)
#: Characters outside Windows-1252, written out for the built-in Helvetica.
_CP1252_REPLACEMENTS = {
    "→": "->", "←": "<-", "≥": ">=", "≤": "<=", "≈": "~", "−": "-",
    "ρ": "rho", "λ": "lambda", "\u202f": " ", "\u2009": " ", "\u2011": "-", "×": "x",
}


@dataclass(frozen=True)
class PdfFont:
    """The font of the proposal: TrueType files, or None for the built-in Helvetica."""

    regular: str | None
    bold: str | None

    @property
    def builtin(self) -> bool:
        return self.regular is None


def find_pdf_font() -> PdfFont:
    """The font the proposal PDF will use (see the module docstring for the order)."""
    env = os.environ.get("BUDGETSIM_PDF_FONT")
    if env and Path(env).is_file():
        bold = os.environ.get("BUDGETSIM_PDF_FONT_BOLD")
        return PdfFont(env, bold if bold and Path(bold).is_file() else env)
    for directory in _FONT_DIRS:
        for regular, bold in _FONT_CANDIDATES:
            if (directory / regular).is_file():
                b = directory / bold
                return PdfFont(str(directory / regular), str(b if b.is_file() else directory / regular))
    spec = _importlib_util.find_spec("matplotlib")
    if spec and spec.submodule_search_locations:
        ttf = Path(list(spec.submodule_search_locations)[0]) / "mpl-data" / "fonts" / "ttf"
        if (ttf / "DejaVuSans.ttf").is_file():
            bold = ttf / "DejaVuSans-Bold.ttf"
            return PdfFont(str(ttf / "DejaVuSans.ttf"), str(bold if bold.is_file() else ttf / "DejaVuSans.ttf"))
    return PdfFont(None, None)


# -- proposal PDF: content -----------------------------------------------------------------------
_ASSUMPTION_FORMATS = DISPLAY_FORMATS


def _band_short(band: str) -> str:
    return band.replace("-", "–")


def assumption_value_text(key: str, value, lang: str) -> str:
    """One assumption's value as a reader would write it (``"80 %"``, ``"€ 15"``, per band ...)."""
    kind = _ASSUMPTION_FORMATS.get(key, "num2")
    if kind == "pct_bands":
        return " · ".join(f"{_band_short(b)}: {fmt_pct(value[b], lang, 0)}" for b in TARGETABLE_BANDS if b in value)
    if isinstance(value, float) and math.isinf(value):
        return t("value.infinite", lang)
    if kind == "pct":
        return fmt_pct(value, lang, 0)
    if kind == "eur":
        return fmt_eur(value, lang, 0 if float(value).is_integer() else 2)
    if kind == "int":
        return fmt_int(value, lang)
    decimals = 1 if kind == "num1" else 2
    text = fmt_num(value, lang, decimals)
    return text


#: The rows of the key-figure table: (figure, i18n key, kind, emphasised).
_KEY_FIGURES = (
    ("print_eur", "fig.print_eur", "eur", False),
    ("social_eur", "fig.social_eur", "eur", False),
    ("total_eur", "fig.total_eur", "eur", True),
    ("reached", "fig.reached", "int", True),
    ("reach_share", "fig.reach_share", "pct", True),
    ("reached_3plus", "fig.reached_3plus", "int", False),
    ("cost_per_reached", "fig.cost_per_reached", "eur2", False),
    ("print_only", "fig.print_only", "int", False),
    ("social_only", "fig.social_only", "int", False),
    ("both", "fig.both", "int", False),
)


def uncertainty_result(uncertainty) -> UncertaintyResult | None:
    """The typed :class:`~budgetsim.uncertainty.UncertaintyResult` of ``uncertainty``: the result
    itself, or (transitional, for callers that cache it as JSON) its ``to_dict()``. None for None
    or an empty dict."""
    if uncertainty is None or isinstance(uncertainty, UncertaintyResult):
        return uncertainty
    if not uncertainty:
        return None

    def band(d) -> Band:
        return Band(d.get("p10"), d.get("p50"), d.get("p90"))

    totals = {k: band(v) for k, v in uncertainty.items() if isinstance(v, dict) and "p10" in v}
    bands = {row["band"]: {m: band(v) for m, v in row.items() if isinstance(v, dict)}
             for row in uncertainty.get("bands", [])}
    rows = [SensitivityRow(r["parameter"], r["low_value"], r["high_value"], r["reached_at_low"], r["reached_at_high"])
            for r in uncertainty.get("sensitivity", [])]
    ranges = {k: tuple(v) for k, v in (uncertainty.get("ranges") or {}).items()}
    return UncertaintyResult(totals, bands, rows, ranges, int(uncertainty.get("draws") or 0),
                             int(uncertainty.get("seed") or 0), float("nan"))


def key_figure_ranges(uncertainty: UncertaintyResult | dict | None, evaluation, lang: str) -> list[str]:
    """The P10–P90 cell of each key-figure row (same order as :func:`key_figure_rows`): filled for
    residents reached, the share reached, reached 3+ times and the cost per resident reached,
    empty elsewhere (and everywhere without ``uncertainty``, the result of
    :func:`budgetsim.uncertainty.uncertainty`)."""
    unc = uncertainty_result(uncertainty)
    if unc is None:
        return ["" for _ in _KEY_FIGURES]
    population = evaluation.total("target_population")

    def span(lo_txt: str, hi_txt: str) -> str:
        return f"{lo_txt} – {hi_txt}"

    cells = {}
    reached = unc.totals.get("reached")
    if reached:
        cells["reached"] = span(fmt_int(reached.p10, lang), fmt_int(reached.p90, lang))
        if population > 0:
            cells["reach_share"] = span(fmt_pct(reached.p10 / population, lang),
                                        fmt_pct(reached.p90 / population, lang))
    three = unc.totals.get("reached_3plus")
    if three:
        cells["reached_3plus"] = span(fmt_int(three.p10, lang), fmt_int(three.p90, lang))
    cost = unc.totals.get("cost_per_reached_eur")
    if cost:
        cells["cost_per_reached"] = span(fmt_eur(cost.p10, lang, 2), fmt_eur(cost.p90, lang, 2))
    return [cells.get(key, "") for key, _, _, _ in _KEY_FIGURES]


def pessimistic_sentence(uncertainty: UncertaintyResult | dict, evaluation, lang: str) -> str:
    """"Even in the pessimistic case (P10) this plan reaches N residents[, M young people aged
    15–24 through social media]": the young only when 15–24 is in the target group and the plan
    spends on social media."""
    unc = uncertainty_result(uncertainty)
    n = fmt_int(unc.totals["reached"].p10, lang)
    young = unc.bands.get("15-24", {}).get("reached_social")
    if young is not None and float(np.sum(evaluation.social_eur)) > 0:
        return t("pdf.unc.sentence_young", lang, n=n, young=fmt_int(young.p10, lang))
    return t("pdf.unc.sentence", lang, n=n)


def key_figure_rows(evaluation, baseline, lang: str) -> list[tuple[str, str, str, str, bool]]:
    """Rows of the key-figure table: (label, plan, baseline, difference, emphasised)."""

    def figures(ev) -> dict:
        out = ev.key_figures()
        out["cost_per_reached"] = out.pop("cost_per_reached_eur")
        return out

    plan = figures(evaluation)
    base = figures(baseline) if baseline is not None else None
    out = []
    for key, label, kind, strong in _KEY_FIGURES:
        a = plan[key]
        b = base[key] if base else None
        diff = (a - b) if (a is not None and b is not None) else None
        if kind == "eur":
            cells = (fmt_eur(a, lang), fmt_eur(b, lang), fmt_eur(diff, lang, signed=True))
        elif kind == "eur2":
            cells = (fmt_eur(a, lang, 2), fmt_eur(b, lang, 2), fmt_eur(diff, lang, 2, signed=True))
        elif kind == "pct":
            cells = (fmt_pct(a, lang), fmt_pct(b, lang), fmt_pp(diff, lang, short=True))
        else:
            cells = (fmt_int(a, lang), fmt_int(b, lang), fmt_int(diff, lang, signed=True))
        if base is None:
            cells = (cells[0], "", "")
        out.append((t(label, lang), *cells, strong))
    return out


def _target_group_text(evaluation, lang: str) -> str:
    bands = tuple(evaluation.model.target_bands)
    if bands == tuple(TARGETABLE_BANDS):
        return t("band.all_adults", lang)
    return ", ".join(band_label(b, lang) for b in bands)


def _basis_without_label(basis: str, label: str) -> str:
    """The basis text without a first sentence that only repeats the label."""
    first, sep, rest = basis.partition(". ")
    norm = lambda s: re.sub(r"[^a-z0-9]+", " ", s.casefold()).strip()  # noqa: E731
    return rest.strip() if sep and rest.strip() and norm(first) == norm(label) else basis


def _as_png(item, width_px: int = 1600) -> bytes | None:
    if item is None:
        return None
    if isinstance(item, (bytes, bytearray)):
        return bytes(item)
    return chart_to_png(item, width_px)


# -- proposal PDF: layout --------------------------------------------------------------------------
_INK = (34, 34, 34)
_MUTED = (95, 95, 95)
_ACCENT = (0, 114, 178)  # social blue
_RULE = (200, 200, 200)
_ZEBRA = (243, 246, 249)


def proposal_pdf(
    evaluation,
    baseline_evaluation=None,
    scenario_name: str = "",
    notes: str = "",
    lang: str = "nl",
    *,
    saturation=None,
    age_chart=None,
    map_chart=None,
    baseline_name: str | None = None,
    split_fn: Callable[[float], np.ndarray] | None = None,
    day: _dt.date | None = None,
    gemeente_name: str | None = None,
    uncertainty: UncertaintyResult | dict | None = None,
    tornado=None,
) -> bytes:
    """A one-page A4 budget proposal ("budgetvoorstel") as PDF bytes.

    - ``evaluation``: the proposed plan; ``baseline_evaluation``: what it is compared with (the
      current budget), named ``baseline_name`` in the text; without it the table has one column.
    - ``scenario_name`` and ``notes`` (free text: cut to four lines with "…" if longer).
    - ``saturation``, ``age_chart``, ``map_chart``: an Altair chart or PNG bytes to use instead of
      the PDF's own; ``saturation`` may also be the DataFrame of
      :func:`budgetsim.curves.saturation_curve_data`. Left out, they are drawn from ``evaluation`` at
      print size (the saturation curves with ``split_fn``, default: the plan's own split scaled).
      Charts passed in are scaled down to fit, so their text gets smaller than the PDF's own.
    - ``day``: the date printed (default today); ``gemeente_name`` overrides the areas' name.
    - ``uncertainty``: the :class:`~budgetsim.uncertainty.UncertaintyResult` of
      :func:`budgetsim.uncertainty.uncertainty` for this plan (its ``to_dict()`` still works). With it the table gets a P10–P90 column (residents reached, share, reached
      3+ times, cost per resident), a sentence gives the pessimistic reading (P10), the PDF's own
      saturation chart gets its P10–P90 bands (same ranges and seed, at most 1,000 draws) and the
      tornado chart ("which assumption matters most") stands beside the assumptions.
      ``tornado``: an Altair chart or PNG bytes to use instead of the one drawn from
      ``uncertainty.sensitivity``.

    The page holds gemeente, scenario, notes, key figures against the baseline with differences,
    the three charts (four with ``uncertainty``), the assumptions with their basis (as much as
    fits), the date and the CBS source line.
    """
    from fpdf import FPDF

    from . import charts as C

    t("pdf.title", lang)  # validates lang
    day = day or _dt.date.today()
    model = evaluation.model
    gemeente = gemeente_name or model.areas.gemeente_name or model.areas.gemeente_code or ""
    context = C.ChartContext(gemeente, scenario_name or "")

    unc = uncertainty_result(uncertainty)
    social_total = float(np.sum(evaluation.social_eur))
    # charts (print size) -> PNG
    if saturation is None or hasattr(saturation, "columns"):
        df = saturation
        split = split_fn or curves.scaled_split(evaluation)
        if df is None:
            df = curves.saturation_curve_data(model, evaluation.print_eur, social_total, split, points=33)
        bands = None
        if unc:
            try:
                bands = curves.saturation_bands_data(
                    model, evaluation.print_eur, social_total, split, ranges=unc.ranges or None,
                    draws=min(int(unc.draws or 1000), 1000), seed=int(unc.seed or 1), df=df)
            except (ValueError, KeyError):  # ranges of another plan: the curves without bands
                bands = None
        w, h = C.PRINT_SIZES["saturation"]
        if unc:
            h = 140
        saturation = C.saturation_chart(df, evaluation.print_eur, social_total, lang,
                                        context, width=w, height=h, bands=bands)
    if age_chart is None:
        w, h = C.PRINT_SIZES["age"]
        if unc:
            h = 140
        age_chart = C.age_band_chart(evaluation.band_rows(), lang, context, width=w, height=h)
    if unc and tornado is None and unc.sensitivity:
        rows_n = len(unc.sensitivity)
        tornado = C.tornado_chart(unc.sensitivity, lang, context, point_reached=evaluation.total("reached"),
                                  width=C.PRINT_SIZES["tornado"][0], height=int(17 * rows_n))
    # the map fills the space beside the key-figure table; at ~0.22 mm per px its text is ~7 pt
    has_base = baseline_evaluation is not None
    if unc:
        table_w = 126.0 if has_base else 100.0
    else:
        table_w = 112.0 if has_base else 84.0
    map_w = 210.0 - 2 * 14.0 - table_w - 6.0
    map_px = max(200, int(map_w / 0.22) - 24)
    if map_chart is None:
        try:
            rows = evaluation.area_rows()
            map_chart = C.wijk_map(
                evaluation, {r["code"]: r["reach_share"] for r in rows}, t("metric.reach_share", lang), lang,
                context, {r["code"]: {t("fig.reached", lang): r["reached"],
                                      t("fig.social_eur", lang): fmt_eur(r["social_eur"], lang)} for r in rows},
                width=map_px,
            )
        except ValueError:  # own areas without CBS boundaries: no map
            map_chart = None
    images = {name: _as_png(item) for name, item in
              (("saturation", saturation), ("age", age_chart), ("map", map_chart),
               ("tornado", tornado if unc else None))}

    font = find_pdf_font()
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(14, 12, 14)
    pdf.set_title(f"{t('pdf.title', lang)} – {gemeente}")
    pdf.set_author("budgetsim")
    pdf.set_subject(t("pdf.subject", lang))
    pdf.set_creator(f"budgetsim {__version__}")
    pdf.set_lang(LOCALES[lang].replace("_", "-"))
    if font.builtin:
        family = "helvetica"
        pdf.core_fonts_encoding = "windows-1252"
    else:
        family = "body"
        pdf.add_font(family, "", font.regular)
        pdf.add_font(family, "B", font.bold)
    pdf.add_page()

    def txt(s: str) -> str:
        s = str(s)
        if font.builtin:
            for a, b in _CP1252_REPLACEMENTS.items():
                s = s.replace(a, b)
            s = s.replace("∞", t("value.infinite", lang))
            s = s.encode("cp1252", errors="replace").decode("cp1252")
        return s

    def style(size: float, bold: bool = False, color=_INK):
        pdf.set_font(family, "B" if bold else "", size)
        pdf.set_text_color(*color)

    def fit(s: str, width: float) -> str:
        """Cut one line to ``width`` mm with "…"."""
        s = txt(s)
        if pdf.get_string_width(s) <= width:
            return s
        while s and pdf.get_string_width(s + "…") > width:
            s = s[:-1]
        return s.rstrip() + "…"

    def wrap(s: str, width: float, line_h: float) -> list[str]:
        lines = pdf.multi_cell(width, line_h, txt(s), dry_run=True, output="LINES")
        if font.builtin:  # fpdf2 hands back core-font lines already encoded: undo that
            lines = [line.encode("latin-1").decode("cp1252", errors="replace") for line in lines]
        return lines

    def paragraph(x: float, y: float, width: float, s: str, line_h: float, max_lines: int,
                  align: str = "L") -> float:
        """Wrapped text, at most ``max_lines`` lines (the last ends in "…" when cut); returns new y."""
        if max_lines <= 0 or not s.strip():
            return y
        lines = wrap(s, width, line_h)
        if len(lines) > max_lines:
            lines = lines[:max_lines]
            lines[-1] = fit(lines[-1].rstrip() + " …", width - 1) if not lines[-1].endswith("…") else lines[-1]
            if not lines[-1].endswith("…"):
                lines[-1] = fit(lines[-1] + "…", width - 1)
        for i, line in enumerate(lines):
            pdf.set_xy(x, y + i * line_h)
            pdf.cell(width, line_h, line, align="L")
        return y + len(lines) * line_h

    left, right = pdf.l_margin, pdf.w - pdf.r_margin
    width = right - left
    bottom = pdf.h - 10

    # header -----------------------------------------------------------------------------------
    y = 12.0
    style(9, True, _ACCENT)
    pdf.set_xy(left, y)
    pdf.cell(width / 2, 5, fit(gemeente.upper() if gemeente else "", width / 2))
    style(9, False, _MUTED)
    pdf.set_xy(left + width / 2, y)
    pdf.cell(width / 2, 5, txt(t("pdf.date", lang, date=fmt_date(day, lang))), align="R")
    y += 6
    style(19, True)
    pdf.set_xy(left, y)
    pdf.cell(width, 9, fit(t("pdf.title", lang), width))
    y += 9.5
    if scenario_name:
        style(12.5, True, _ACCENT)
        y = paragraph(left, y, width, scenario_name, 6, 2)
    style(8.5, False, _MUTED)
    sub = t("pdf.target_group", lang, bands=_target_group_text(evaluation, lang))
    if baseline_evaluation is not None:
        sub += "   ·   " + t("pdf.baseline_is", lang, name=baseline_name or t("pdf.baseline_default", lang))
    y = paragraph(left, y + 0.5, width, sub, 4.2, 2)
    y += 1.5
    pdf.set_draw_color(*_RULE)
    pdf.set_line_width(0.3)
    pdf.line(left, y, right, y)
    y += 3

    # notes ------------------------------------------------------------------------------------
    if notes and notes.strip():
        style(9.5, True)
        pdf.set_xy(left, y)
        pdf.cell(width, 5, txt(t("pdf.notes", lang)))
        y += 5
        style(9, False)
        clean = re.sub(r"[ \t]+", " ", notes.strip())
        clean = re.sub(r"\n{2,}", "\n", clean)
        y = paragraph(left, y, width, clean, 4.3, 4) + 2.5

    # key figures (left) and map (right) ----------------------------------------------------------
    map_x = left + table_w + 6
    style(11, True)
    pdf.set_xy(left, y)
    pdf.cell(table_w, 6, txt(t("pdf.figures", lang)))
    top = y + 7
    rows = key_figure_rows(evaluation, baseline_evaluation, lang)
    ranges = key_figure_ranges(unc, evaluation, lang)
    if unc:
        # plan, P10–P90, baseline, difference
        col_w = (19.0, 27.0, 16.0, 21.0) if has_base else (22.0, 28.0, 0.0, 0.0)
    else:
        col_w = (21.0, 0.0, 21.0, 23.0) if has_base else (24.0, 0.0, 0.0, 0.0)
    label_w = table_w - sum(col_w)
    row_h = 5.0 if unc else 5.6
    style(7.5, True, _MUTED)
    pdf.set_xy(left, top)
    pdf.cell(label_w, row_h, "")
    heads = [(t("pdf.col_plan", lang), col_w[0])]
    if unc:
        heads.append((t("pdf.unc.col_range", lang), col_w[1]))
    if has_base:
        heads += [(t("pdf.col_baseline", lang), col_w[2]), (t("pdf.col_diff", lang), col_w[3])]
    for head, cw in heads:
        pdf.cell(cw, row_h, fit(head, cw - 1), align="R")
    ty = top + row_h
    pdf.set_draw_color(*_RULE)
    pdf.line(left, ty, left + table_w, ty)
    pdf.set_fill_color(*_ZEBRA)
    for i, ((label, plan, base, diff, strong), span) in enumerate(zip(rows, ranges)):
        if i % 2 == 0:
            pdf.rect(left, ty, table_w, row_h, style="F")
        pdf.set_xy(left + 1.5, ty)
        size = 8.5
        style(size, strong)
        while size > 7.0 and pdf.get_string_width(txt(label)) > label_w - 3:
            size -= 0.25
            style(size, strong)
        pdf.cell(label_w - 1.5, row_h, fit(label, label_w - 3))
        style(8.5, True)
        pdf.cell(col_w[0], row_h, fit(plan, col_w[0] - 1), align="R")
        if unc:
            size = 8.0
            style(size, False, _ACCENT)
            while size > 6.5 and pdf.get_string_width(txt(span)) > col_w[1] - 1:
                size -= 0.25
                style(size, False, _ACCENT)
            pdf.cell(col_w[1], row_h, fit(span, col_w[1] - 1), align="R")
        if has_base:
            style(8.5, False, _MUTED)
            pdf.cell(col_w[2], row_h, fit(base, col_w[2] - 1), align="R")
            style(8.5, strong)
            pdf.cell(col_w[3], row_h, fit(diff, col_w[3] - 1), align="R")
        ty += row_h
        if i in (2, 6):  # budgets | results | by channel
            pdf.line(left, ty, left + table_w, ty)
    pdf.line(left, ty, left + table_w, ty)
    style(7.5, False, _MUTED)
    ty = paragraph(left, ty + 1.5, table_w, t("pdf.explain_reached", lang), 3.4, 3)
    if not unc:
        block_bottom = ty
        if images["map"]:
            mw, mh = _place_image(pdf, images["map"], map_x, y, map_w, max(block_bottom - y, 60.0))
            block_bottom = max(block_bottom, y + mh)
    else:
        # the pessimistic sentence and what P10–P90 means: under the map where they fit beside the
        # table (the map keeps at least its natural height or 38 mm), else under the table
        texts = []
        if unc.totals.get("reached"):
            texts.append((pessimistic_sentence(unc, evaluation, lang), 8.5, True, _ACCENT, 4.0, 6))
        texts.append((t("pdf.unc.explain", lang), 7.5, False, _MUTED, 3.4, 4))

        def height(items, text_w: float) -> float:
            total = 0.0
            for text, size, bold, _, line_h, max_lines in items:
                style(size, bold)
                total += min(max_lines, len(wrap(text, text_w, line_h))) * line_h + 1.5
            return total

        def put(items, x: float, top: float, text_w: float) -> float:
            for text, size, bold, color, line_h, max_lines in items:
                style(size, bold, color)
                top = paragraph(x, top, text_w, text, line_h, max_lines) + 1.5
            return top

        map_natural = map_w * _png_aspect(images["map"]) if images["map"] else 0.0
        beside = 0
        for n in range(len(texts), 0, -1):
            room = ty - y - height(texts[:n], map_w) - 2
            if not images["map"] or room >= min(0.9 * map_natural, 60.0):
                beside = n
                break
        block_bottom = put(texts[beside:], left, ty + 1.0, table_w) if beside < len(texts) else ty
        side_top = y + 7
        if images["map"]:
            map_h = (ty - y - height(texts[:beside], map_w) - 2) if beside else max(block_bottom - y, 60.0)
            _, mh = _place_image(pdf, images["map"], map_x, y, map_w, max(map_h, 20.0))
            side_top = y + mh + 2
        if beside:
            block_bottom = max(block_bottom, put(texts[:beside], map_x, side_top, map_w))
        elif images["map"]:
            block_bottom = max(block_bottom, side_top)
    y = block_bottom + 4

    # charts -------------------------------------------------------------------------------------
    footer_top = bottom - 6
    chart_w = (width - 6) / 2
    chart_h_max = 70.0
    if unc:
        # saturation | age, then tornado | assumptions: share the height that is left
        room = footer_top - y - 4 - 4
        natural = {name: chart_w * _png_aspect(images[name]) for name in ("saturation", "age", "tornado")
                   if images[name]}
        row_b = max([natural.get("saturation", 0.0), natural.get("age", 0.0)])
        row_c = natural.get("tornado", 0.0)
        scale = min(1.0, room / (row_b + row_c)) if row_b + row_c > 0 else 1.0
    heights = []
    for i, name in enumerate(("saturation", "age")):
        if images[name]:
            if unc:  # both at the same scale, so their text is the same size
                _, h = _place_image(pdf, images[name], left + i * (chart_w + 6), y, chart_w * scale,
                                    min(chart_h_max, natural[name] * scale))
            else:
                _, h = _place_image(pdf, images[name], left + i * (chart_w + 6), y, chart_w, chart_h_max)
            heights.append(h)
    y += (max(heights) if heights else 0) + 4

    # assumptions (as much basis text as fits): two columns, or beside the tornado chart ----------
    items = []
    for p in PARAMETERS:
        value = assumption_value_text(p.key, model.assumptions.get(p.key), lang)
        items.append((f"{p.label(lang)}: {value}", _basis_without_label(p.basis(lang), p.label(lang))))

    def assumption_columns(x: float, y: float, total_w: float, n_cols: int, bottom_y: float) -> None:
        col_gap = 6.0
        col_w2 = (total_w - col_gap * (n_cols - 1)) / n_cols
        per_col = math.ceil(len(items) / n_cols)
        avail = bottom_y - y
        columns = [items[c * per_col:(c + 1) * per_col] for c in range(n_cols)]
        # heads in 7.3 pt; smaller where they alone would not fit
        for head_size, head_h, gap in ((7.3, 3.6, 1.2), (7.0, 3.3, 0.9), (6.6, 3.0, 0.6)):
            fixed_all = []
            for col_items in columns:
                style(head_size, True)
                fixed_all.append(sum(head_h * min(2, len(wrap(head, col_w2, head_h))) + gap
                                     for head, _ in col_items))
            if max(fixed_all) <= avail:
                break
        line_h = 3.1
        # basis lines per item: the column's free lines are handed out one at a time, item by item,
        # so every basis gets its first lines before any gets more (cut ones end in "…")
        for c, col_items in enumerate(columns):
            needs = []
            for _, basis in col_items:
                style(6.7)
                needs.append(len(wrap(basis, col_w2, line_h)))
            budget = max(0, int((avail - fixed_all[c]) // line_h))
            lines = [0] * len(col_items)
            while budget > 0 and any(n < need for n, need in zip(lines, needs)):
                for i, need in enumerate(needs):
                    if budget > 0 and lines[i] < need:
                        lines[i] += 1
                        budget -= 1
            cy = y
            cx = x + c * (col_w2 + col_gap)
            for (head, basis), n in zip(col_items, lines):
                style(head_size, True)
                cy = paragraph(cx, cy, col_w2, head, head_h, 2)
                style(6.7, False, _MUTED)
                cy = paragraph(cx, cy, col_w2, basis, line_h, n) + gap

    if unc and images["tornado"]:
        # the tornado a little wider than half: its names and bars share the width
        tornado_w = (width - 6) * 0.55
        _place_image(pdf, images["tornado"], left, y, tornado_w, max(footer_top - y - 2, 10.0))
        ax, aw = left + tornado_w + 6, width - tornado_w - 6
        style(11, True)
        pdf.set_xy(ax, y)
        pdf.cell(aw, 6, txt(t("pdf.assumptions", lang)))
        y += 6.5
        style(7.3, False, _MUTED)
        y = paragraph(ax, y, aw, t("pdf.unc.assumptions_intro", lang), 3.2, 3) + 1.5
        assumption_columns(ax, y, aw, 1, footer_top - 1)
    else:
        style(11, True)
        pdf.set_xy(left, y)
        pdf.cell(width * 0.3, 6, txt(t("pdf.assumptions", lang)))
        style(7.5, False, _MUTED)
        pdf.set_xy(left + width * 0.3, y + 0.8)
        pdf.cell(width * 0.7, 5, fit(t("pdf.assumptions_intro", lang), width * 0.7), align="R")
        y += 7
        assumption_columns(left, y, width, 2, footer_top - 1)

    # footer ------------------------------------------------------------------------------------------
    pdf.set_draw_color(*_RULE)
    pdf.line(left, footer_top, right, footer_top)
    style(7.5, False, _MUTED)
    pdf.set_xy(left, footer_top + 1)
    source = t("source.full", lang)
    made = t("pdf.made_with", lang, version=__version__) + " · " + fmt_date(day, lang)
    made_w = pdf.get_string_width(txt(made)) + 2
    pdf.cell(width - made_w, 4.5, fit(source, width - made_w - 2))
    pdf.cell(made_w, 4.5, txt(made), align="R")
    return bytes(pdf.output())


def _png_aspect(png: bytes) -> float:
    """Height / width of a PNG."""
    w, h = png_size(png)
    return h / w if w else 1.0


def _place_image(pdf, png: bytes, x: float, y: float, max_w: float, max_h: float) -> tuple[float, float]:
    """Put a PNG at (x, y) as large as fits in max_w × max_h, keeping its shape; returns (w, h)."""
    from PIL import Image

    image = Image.open(io.BytesIO(png))
    if image.mode != "RGB":  # vl-convert PNGs have a white background: drop the alpha channel
        flat = Image.new("RGB", image.size, "white")
        flat.paste(image, mask=image.getchannel("A") if "A" in image.getbands() else None)
        image = flat
    pw, ph = image.size
    scale = min(max_w / pw, max_h / ph)
    w, h = pw * scale, ph * scale
    pdf.image(image, x=x, y=y, w=w, h=h)
    return w, h


def pdf_page_count(data: bytes) -> int:
    """Number of pages in a PDF made here (counts ``/Type /Page`` objects; no parser needed)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
