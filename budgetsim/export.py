"""Files to take away: charts as PNG/SVG/PDF, the per-wijk table as CSV (the budget proposal is
:mod:`budgetsim.proposal`).

Charts are rendered with vl-convert (no browser needed). A PNG is at least 1600 px wide (print
quality) and carries a resolution that keeps its on-screen size when placed in Word or PowerPoint.
"""

from __future__ import annotations

import csv
import io
import re
import struct

import numpy as np
import vl_convert as vlc

from .bands import TARGETABLE_BANDS
from .formatting import (
    csv_delimiter,
    fmt_csv_number,
    fmt_int,
    fmt_pct,
)
from .i18n import band_label, t
from .planning import PUBLISHED_PANELS
from .uncertainty import Band, SensitivityRow, UncertaintyResult

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: CSS pixels per inch: a PNG's resolution is set so that it keeps the chart's on-screen size.
CSS_PPI = 96.0


# -- charts ------------------------------------------------------------------------------------
def _spec(chart) -> dict:
    """A Vega-Lite spec from an Altair chart or a spec dict."""
    return chart if isinstance(chart, dict) else chart.to_dict()


def svg_size(svg: str) -> tuple[float, float]:
    """The width and height (CSS px) an SVG of vl-convert declares on its root element."""
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
    css_w, _ = svg_size(svg)
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


# -- sentences -----------------------------------------------------------------------------------
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
    bands = {
        row["band"]: {m: band(v) for m, v in row.items() if isinstance(v, dict)} for row in uncertainty.get("bands", [])
    }
    rows = [
        SensitivityRow(r["parameter"], r["low_value"], r["high_value"], r["reached_at_low"], r["reached_at_high"])
        for r in uncertainty.get("sensitivity", [])
    ]
    ranges = {k: tuple(v) for k, v in (uncertainty.get("ranges") or {}).items()}
    return UncertaintyResult(
        totals, bands, rows, ranges, int(uncertainty.get("draws") or 0), int(uncertainty.get("seed") or 0), float("nan")
    )


def pessimistic_sentence(uncertainty: UncertaintyResult | dict, evaluation, lang: str) -> str:
    """ "Even in the pessimistic case (P10) this plan reaches N residents[, M young people aged
    15–24 through social media]": the young only when 15–24 is in the target group and the plan
    spends on social media."""
    unc = uncertainty_result(uncertainty)
    n = fmt_int(unc.totals["reached"].p10, lang)
    young = unc.bands.get("15-24", {}).get("reached_social")
    if young is not None and float(np.sum(evaluation.social_eur)) > 0:
        return t("pdf.unc.sentence_young", lang, n=n, young=fmt_int(young.p10, lang))
    return t("pdf.unc.sentence", lang, n=n)


def survey_sentences(reading, target_bands, lang: str) -> tuple[str, str]:
    """The print assumptions in a burgerpanel's words (over four issues: (almost) every week,
    sometimes, never or not received) and the published panels to hold them against.

    ``reading`` is a :class:`budgetsim.planning.SurveyReading`; shares are of the target group."""
    if tuple(target_bands) == TARGETABLE_BANDS:
        group = t("survey.group.all", lang)
    else:
        group = t("survey.group.bands", lang, bands=", ".join(band_label(b, lang) for b in target_bands))

    def pct(share: float) -> str:
        return fmt_pct(share, lang, 0)

    total = reading.total
    panels = [
        t(
            "survey.panel.both" if p.sometimes is not None else "survey.panel.weekly",
            lang,
            gemeente=p.gemeente,
            every_week=pct(p.every_week),
            sometimes=pct(p.sometimes) if p.sometimes is not None else "",
        )
        for p in PUBLISHED_PANELS
    ]
    return (
        t(
            "survey.sentence",
            lang,
            every_week=pct(total.every_week),
            group=group,
            sometimes=pct(total.sometimes),
            never=pct(total.never_or_not_received),
        ),
        t("survey.panels", lang, panels="; ".join(panels)),
    )


def pdf_page_count(data: bytes) -> int:
    """Number of pages in a PDF made here (counts ``/Type /Page`` objects; no parser needed)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
