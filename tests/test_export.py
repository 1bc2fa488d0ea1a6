"""Exports: chart images at print quality, the per-wijk CSV for Dutch Excel, the sentences of a plan."""

import csv
import io
import re
import struct
import zlib

import numpy as np
import pytest

from budgetsim import chart_files as F
from budgetsim import charts as C
from budgetsim import csv_tables as CSV
from budgetsim import curves as K
from budgetsim import plan_sentences as S
from budgetsim.data import wijken
from budgetsim.formatting import fmt_int
from budgetsim.model import ReachModel
from tests.conftest import DORDRECHT
from tests.pdf_pages import pdf_page_count

SCENARIO = "Voorstel 2027: 5.000 euro voor social"


@pytest.fixture(scope="module")
def plans():
    model = ReachModel(wijken(DORDRECHT))
    split = K.audience_split(model)
    print_eur = model.default_print_eur()
    plan = model.evaluate(0.85 * print_eur, split(5000.0))
    baseline = model.evaluate(print_eur, np.zeros(len(model.areas)))
    return model, plan, baseline


@pytest.fixture(scope="module")
def age_chart(plans):
    _, plan, _ = plans
    return C.age_band_chart(plan.band_rows(), "nl", ("Dordrecht", SCENARIO))


def png_chunks(png: bytes) -> dict[bytes, bytes]:
    chunks, pos = {}, 8
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind = png[pos + 4 : pos + 8]
        chunks.setdefault(kind, png[pos + 8 : pos + 8 + length])
        pos += 12 + length
    return chunks


def pdf_streams(data: bytes) -> list[bytes]:
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            out.append(zlib.decompress(m.group(1)))
        except zlib.error:
            out.append(m.group(1))
    return out


# -- charts ------------------------------------------------------------------------------------------
def test_png_is_print_quality(age_chart):
    png = F.chart_to_png(age_chart)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    chunks = png_chunks(png)
    width, height = struct.unpack(">II", chunks[b"IHDR"][:8])
    assert width >= 1600 and 0.4 < height / width < 1.2
    assert F.png_size(png) == (width, height)
    # the resolution keeps the chart's on-screen size (96 css px per inch)
    ppx, ppy, unit = struct.unpack(">IIB", chunks[b"pHYs"])
    assert unit == 1 and ppx == ppy
    css_width = F.svg_size(F.chart_to_svg(age_chart))[0]
    assert width / (ppx * 0.0254) == pytest.approx(css_width / 96, rel=0.02)
    wider = F.chart_to_png(age_chart, width_px=2400)
    assert F.png_size(wider)[0] >= 2400


def test_svg_and_pdf(age_chart):
    svg = F.chart_to_svg(age_chart)
    assert svg.lstrip().startswith("<svg")
    assert "Bereik per leeftijdsgroep" in svg and "Bron: CBS; aannames budgetsim" in svg
    assert "15–24 jaar" in svg and re.search(r">\d{1,3} %</text>", svg)
    pdf = F.chart_to_pdf(age_chart)
    assert pdf.startswith(b"%PDF")
    assert pdf_page_count(pdf) == 1


def test_png_of_a_spec_dict(plans):
    model, plan, _ = plans
    chart = C.wijk_map(
        model,
        {r["code"]: r["social_eur"] for r in plan.area_rows()},
        "Budget social media",
        "en",
        ("Dordrecht", SCENARIO),
        value_format="eur",
    )
    png = F.chart_to_png(chart.to_dict())
    assert F.png_size(png)[0] >= 1600


# -- CSV ---------------------------------------------------------------------------------------------
def test_csv_for_dutch_excel(plans):
    _, plan, _ = plans
    data = CSV.area_results_csv(plan, "nl")
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header[:5] == ["Wijkcode", "Wijk", "Advertentieset", "Postcodes", "Inwoners in doelgroep"]
    assert len(body) == 13 and all(len(r) == len(header) for r in body)
    assert {r[0] for r in body} == set(plan.model.areas.codes)
    share_col = header.index("Deel bereikt (%)")
    euro_col = header.index("Budget social media (€)")
    reached_col = header.index("Inwoners bereikt")
    assert all(re.fullmatch(r"\d+(,\d)?", r[share_col]) for r in body)
    assert any("," in r[share_col] for r in body)  # decimal comma
    assert not any("." in r[euro_col] for r in body)  # no thousands dot (whole euros: see below)
    assert not any("." in r[reached_col] for r in body)
    reached = sum(float(r[reached_col]) for r in body)
    assert reached == pytest.approx(plan.total("reached"), abs=13)
    euros = sum(float(r[euro_col].replace(",", ".")) for r in body)
    assert euros == pytest.approx(5000.0, abs=0.1)
    assert {r[header.index("Apart te bereiken met social media")] for r in body} <= {"ja", "nee"}
    ad_sets = dict(zip(plan.model.areas.codes, plan.model.ad_sets.area_ids()))
    assert {r[0]: r[2] or None for r in body} == ad_sets  # empty where no ad set can take the wijk
    assert all(re.fullmatch(r"(\d{4}( \d{4})*)?", r[3]) for r in body)


def test_ads_manager_csv_buurt_level():
    from budgetsim.allocation import evaluate_split
    from budgetsim.data import buurten
    from budgetsim.model import ReachModel

    model = ReachModel(buurten("GM0014"))
    plan = evaluate_split(model, model.default_print_eur(), 5200.0, "by_audience")
    text = CSV.ads_manager_csv(plan, "nl").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header == [
        "Advertentieset",
        "Naam",
        "Gebieden",
        "Postcodes",
        "Doelgroep op Facebook of Instagram",
        "Budget per jaar (€)",
        "Budget per week (€)",
    ]
    assert [r[0] for r in body] == list(model.ad_sets.ids)  # every ad set funded by audience
    rest = next(r for r in body if r[0] == "WK001405-rest")
    assert rest[1] == "Zuidoost (rest)" and rest[2].count(",") >= 1
    yearly = sum(float(r[5].replace(",", ".")) for r in body)
    weekly = sum(float(r[6].replace(",", ".")) for r in body)
    assert yearly == pytest.approx(5200.0, abs=0.01 * len(body))
    assert weekly == pytest.approx(100.0, abs=0.01 * len(body))
    english = list(csv.reader(io.StringIO(CSV.ads_manager_csv(plan, "en").decode("utf-8-sig"))))
    assert english[0][0] == "Ad set" and len(english) == len(rows)


def test_csv_in_english(plans):
    _, plan, _ = plans
    text = CSV.area_results_csv(plan, "en").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    header = rows[0]
    assert header[0] == "District code" and len(rows) == 14
    col = header.index("Share reached (%)")
    assert all(re.fullmatch(r"\d+(\.\d)?", r[col]) for r in rows[1:])
    assert ";" not in text


def test_csv_parts_add_up_to_the_shown_totals(plans):
    """Per-area euros and residents are whole and add up to the rounded totals (never € 238 in one
    place and € 237 in another); the Ads Manager plan's euros are those of the screen's table."""
    _, plan, _ = plans
    rows = list(csv.reader(io.StringIO(CSV.area_results_csv(plan, "nl").decode("utf-8-sig")), delimiter=";"))
    header, body = rows[0], rows[1:]

    def column(name: str) -> list[float]:
        return [float(r[header.index(name)].replace(",", ".")) for r in body]

    euros = column("Budget social media (€)")
    assert all(e == round(e) for e in euros) and sum(euros) == round(float(plan.social_eur.sum()))
    assert sum(column("Inwoners bereikt")) == plan.reached_parts()["reached"]
    assert sum(column("Inwoners in doelgroep")) == round(plan.total("target_population"))
    text = CSV.ads_manager_csv(plan, "nl").decode("utf-8-sig")
    body = list(csv.reader(io.StringIO(text), delimiter=";"))[1:]
    shown = plan.ads_manager_plan()
    assert [float(r[5].replace(",", ".")) for r in body] == [row.yearly_shown_eur for row in shown]
    assert [float(r[6].replace(",", ".")) for r in body] == [row.weekly_shown_eur for row in shown]
    assert sum(float(r[5].replace(",", ".")) for r in body) == round(float(plan.ad_set_eur.sum()))
    weekly = sum(float(r[6].replace(",", ".")) for r in body)
    assert weekly == pytest.approx(round(float(plan.ad_set_eur.sum()) / 52, 2), abs=1e-9)


# -- honest uncertainty in the exports ------------------------------------------------------------------
from budgetsim import uncertainty as U  # noqa: E402


@pytest.fixture(scope="module")
def result(plans):
    model, plan, _ = plans
    return U.uncertainty(model, plan.print_eur, plan.social_eur, draws=200, seed=1)


@pytest.fixture(scope="module")
def tornado(result, plans):
    _, plan, _ = plans
    return C.tornado_chart(result.sensitivity, "nl", ("Dordrecht", SCENARIO), point_reached=plan.total("reached"))


def test_tornado_exports_like_the_other_charts(tornado):
    png = F.chart_to_png(tornado)
    assert F.png_size(png)[0] >= 1600
    svg = F.chart_to_svg(tornado)
    assert "Welke aanname telt het zwaarst?" in svg and "Bron: CBS; aannames budgetsim" in svg
    assert "Trouw van lezers" in svg
    pdf = F.chart_to_pdf(tornado)
    assert pdf.startswith(b"%PDF") and pdf_page_count(pdf) == 1


def test_saturation_with_bands_exports(plans):
    model, plan, _ = plans
    split = K.scaled_split(plan)
    total_social = float(np.sum(plan.social_eur))
    df = K.saturation_curve_data(model, plan.print_eur, total_social, split, points=9)
    bands = K.saturation_bands_data(model, plan.print_eur, total_social, split, draws=200, df=df)
    chart = C.saturation_chart(df, plan.print_eur, total_social, "en", ("Dordrecht", SCENARIO), bands=bands)
    assert F.png_size(F.chart_to_png(chart))[0] >= 1600
    assert "Band: P10–P90 of the uncertain assumptions" in F.chart_to_svg(chart)
    assert pdf_page_count(F.chart_to_pdf(chart)) == 1


def test_pessimistic_sentence_mentions_the_young_only_when_targeted(plans, result):
    model, plan, _ = plans
    young = result.bands["15-24"]["reached_social"]
    text = S.pessimistic_sentence(result, plan, "nl")
    assert text == (
        f"Ook in het sombere geval (P10) bereikt dit plan {fmt_int(result.totals['reached'].p10, 'nl')} "
        f"inwoners, waarvan {fmt_int(young.p10, 'nl')} jongeren van 15–24 via social media."
    )
    older = ReachModel(model.areas, target_bands=("45-64", "65+"))
    old_plan = older.evaluate(plan.print_eur, plan.social_eur)
    old_unc = U.uncertainty(older, old_plan.print_eur, old_plan.social_eur, draws=200)
    text = S.pessimistic_sentence(old_unc, old_plan, "en")
    n = fmt_int(old_unc.totals["reached"].p10, "en")
    assert text == f"Even in the pessimistic case (P10), this plan reaches {n} residents."
