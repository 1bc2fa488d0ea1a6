"""Reading what Ads Manager really exports (MODEL.md 2.1 "What real exports contain").

The header rows below are copied as they are from real exports (../shared/data/ads-manager-headers.md:
Dutch and English, BOMs, quoted headers, daily rows, age × gender rows, ad-level rows, audience
segments, columns that appear twice, other currencies). Every figure in the rows is made up for
these tests; none comes from a real campaign.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from budgetsim.calibration import calibrate, read_meta_export
from budgetsim.planning import new_scenario
from budgetsim.problems import InputError
from tests.calibration.helpers import zwolle_export
from tests.conftest import DORDRECHT

BOM = b"\xef\xbb\xbf"
H01_DUTCH = (
    'Campagnenaam,"Naam advertentieset",Weergavestatus,Weergavelevel,Bereik,Weergaven,Frequentie,'
    'Toeschrijvingsinstelling,Resultaattype,Resultaten,"Besteed bedrag (EUR)","Kosten per resultaat","Begint op",'
    '"Eindigt op","Gemiddelde conversiewaarde aankopen","Percentage aankopen per weergave van landingspagina",'
    '"Percentage aankopen per klik op link",Aankopen,"Kosten per aankoop","Conversiewaarde aankopen",'
    '"Conversiewaarde directe aankopen op website","Aankopen op website","Directe aankopen op website",'
    '"Conversiewaarde door winkels ondersteunde aankopen","Door winkels ondersteunde aankopen",'
    '"ROAS (rendement op advertentie-uitgaven) voor aankoop",In-app-aankopen,"Offline aankopen","Aankopen op Meta",'
    '"Conversiewaarde offline aankopen","Conversiewaarde aankopen in mobiele app","Conversiewaarde aankopen op Meta",'
    '"ROAS voor aankoop voor website","ROAS voor aankoop in de app","Start rapportage","Einde rapportage"'
)
H02_DAILY_NO_REACH = (
    'Day,Impressions,"CPM (Cost per 1,000 Impressions)",Link Clicks,CTR (Link Click-Through Rate),'
    "CPC (Cost per Link Click),Amount Spent,Messaging Conversations Started,Checkouts Initiated"
)
H03_AD_LEVEL_DAILY = (
    '"Campaign name","Ad set name","Ad name",Day,"Delivery status","Delivery level","Result type",Results,'
    '"Cost per result","Amount spent (AUD)",Impressions,Reach,"Attribution setting","Quality ranking",'
    '"Engagement rate ranking","Conversion rate ranking","Ad set name",Purchases,"Purchases conversion value",'
    '"Link clicks","Reporting starts","Reporting ends"'
)
H04_CAMPAIGN_DAILY = (
    'Day,"Campaign name",Reach,Frequency,Impressions,Views,Currency,"Amount spent (AUD)","Clicks (all)",'
    '"Link clicks",Purchases,"Cost per purchase","Purchases conversion value","Reporting starts","Reporting ends"'
)
H05_AGE_GENDER = (
    '"Reporting starts","Reporting ends","Ad Set Name",Age,Gender,Impressions,Reach,"Clicks (all)",ThruPlays,'
    '"Post engagements"'
)
H06_SEGMENTS = (
    '"Reporting starts","Reporting ends","Ad set name","Audience segments","Ad set delivery",Bid,"Bid Type",'
    '"Ad set budget","Ad set budget type","Amount spent (INR)",Purchases,"Purchase ROAS (return on ad spend)",'
    '"Purchases conversion value","Cost per purchase (INR)","Hook Rate",Results,"Result indicator",'
    '"Cost per results","Adds to cart","Cost per add to cart (INR)","CPM (cost per 1,000 impressions) (INR)",'
    'Impressions,Frequency,Reach,"CTR (all)","Outbound CTR (click-through rate)",'
    '"Link clicks to landing page views rate","Cost per landing page view (INR)",custom_audiences,'
    'excluded_custom_audiences,"Attribution setting","Impressions to 3-second video plays rate"'
)
H07_AD_NAME_TWICE = (
    '"Ad name","Delivery status","Delivery level","Ad set name","Ad name","Attribution setting",'
    '"Amount spent (PLN)",Purchases,"Purchases conversion value","Cost per purchase",'
    '"Koszulkowy Contribution Profit (7 Days Attribution) (PLN)","Result value type","Results ROAS",'
    '"Average purchases conversion value","Purchases rate per link clicks","Purchases rate per landing page views",'
    '"Checkouts initiated","Checkouts initiated conversion value","Cost per checkout initiated","Adds to cart",'
    '"Adds to cart conversion value","Cost per add to cart","Landing page views","App landing page views",'
    '"Website landing page views","Cost per landing page view","Landing Page Views / Outbound Clicks Rate",'
    '"Link clicks","CPC (cost per link click)","CTR (link click-through rate)","Hook Rate","Hold Rate",'
    '"CPM (cost per 1,000 impressions)","Quality ranking","Engagement rate ranking","Conversion rate ranking",'
    '"Link (ad settings)","Body (ad settings)","Reporting starts","Reporting ends"'
)


def export(header: str, rows: list[dict], bom: bool = False) -> bytes:
    """A CSV with ``header`` exactly as given and made-up ``rows`` (column name -> value; a column
    that appears twice takes ``(name, 2)`` for its second copy, else the same value)."""
    names = next(csv.reader([header]))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in rows:
        seen: dict[str, int] = {}
        cells = []
        for name in names:
            seen[name] = seen.get(name, 0) + 1
            cells.append(row.get((name, seen[name]), row.get(name, "")))
        writer.writerow(cells)
    return (BOM if bom else b"") + (header + "\n" + buffer.getvalue()).encode("utf-8")


def refusal(data: bytes, name: str = "export.csv", lang: str = "en") -> str:
    with pytest.raises(InputError) as caught:
        read_meta_export(data, name)
    from budgetsim.calibration.messages import in_file

    return "\n".join(in_file(p, name).text(lang) for p in caught.value.problems)


@pytest.fixture(scope="module")
def dordrecht():
    return new_scenario(gemeente=DORDRECHT)


# -- 01: Dutch, one ad set ----------------------------------------------------------------------


def test_a_dutch_export_of_one_ad_set_is_read_with_start_rapportage(dordrecht):
    row = {
        "Campagnenaam": "Afval 2026",
        "Naam advertentieset": "Afval 2026 - heel Dordrecht",
        "Bereik": "41234",
        "Weergaven": "98765",
        "Besteed bedrag (EUR)": "701.23",
        "Start rapportage": "2026-03-01",
        "Einde rapportage": "2026-03-31",
    }
    data = export(H01_DUTCH, [row])
    exported = read_meta_export(data, "dordrecht.csv")
    [read] = exported.rows
    assert read.used and not read.price_only and read.name == "Afval 2026 - heel Dordrecht"
    assert (read.spend_eur, read.impressions, read.reach) == (701.23, 98765, 41234)
    assert read.starts == dt.date(2026, 3, 1) and exported.currency == "EUR" and exported.slices is None
    fit = calibrate(dordrecht, exported).social
    assert fit.cpm_eur == pytest.approx(1000 * 701.23 / 98765)
    low, high = fit.ranges["platform_share"]
    assert low <= 0.7 and high >= 1.3  # D from one row: at least ±30 %
    assert "spread" in fit.not_used and "cpm_eur" not in fit.not_used


# -- currencies ---------------------------------------------------------------------------------


def test_a_spend_header_without_currency_is_refused_naming_it():
    rows = [{"Day": f"2022-05-0{d}", "Impressions": "1200", "Amount Spent": "9.10"} for d in (1, 2, 3)]
    text = refusal(export(H02_DAILY_NO_REACH, rows), "daily.csv")
    assert "daily.csv, row 1, column Amount Spent" in text and "(EUR)" in text and "Currency" in text


@pytest.mark.parametrize("bom", [True, False])
def test_an_export_in_australian_dollars_is_refused_and_a_twice_named_column_does_not_crash(bom):
    row = {"Campaign name": "Winter", "Ad set name": "All", "Ad name": "A", "Day": "2025-07-01"}
    row |= {"Amount spent (AUD)": "12.50", "Impressions": "1500", "Reach": "1100"}
    text = refusal(export(H03_AD_LEVEL_DAILY, [row], bom=bom), "aud.csv")
    assert "aud.csv, row 1, column Amount spent (AUD)" in text and "AUD" in text and "EUR" in text


def test_a_currency_column_counts_when_the_spend_header_has_none():
    header = H04_CAMPAIGN_DAILY.replace('"Amount spent (AUD)"', '"Amount spent"')
    row = {"Day": "2025-01-01", "Campaign name": "Summer", "Reach": "900", "Impressions": "1300"}
    row |= {"Currency": "AUD", "Amount spent": "14.00"}
    assert "the amounts are in AUD" in refusal(export(header, [row], bom=True))
    euros = read_meta_export(export(header, [row | {"Currency": "EUR"}], bom=True))
    assert euros.currency == "EUR" and euros.rows[0].spend_eur == 14.0


def test_a_currency_column_that_contradicts_the_header_is_refused():
    row = {"Day": "2025-01-01", "Campaign name": "Summer", "Reach": "900", "Impressions": "1300"}
    row |= {"Currency": "EUR", "Amount spent (AUD)": "14.00"}
    text = refusal(export(H04_CAMPAIGN_DAILY, [row]))
    assert "AUD" in text and "Currency" in text and "EUR" in text


def test_indian_rupees_are_refused_and_polish_zloty_with_missing_impressions_name_both():
    row = {"Ad set name": "Diwali", "Audience segments": "New audience", "Amount spent (INR)": "1500"}
    row |= {"Impressions": "9000", "Reach": "7000", "Reporting starts": "2025-10-01", "Reporting ends": "2025-10-31"}
    assert "the amounts are in INR" in refusal(export(H06_SEGMENTS, [row]))
    text = refusal(export(H07_AD_NAME_TWICE, [{"Ad name": "Koszulka", "Amount spent (PLN)": "88.00"}]), "pln.csv")
    assert "pln.csv, row 1: the column Impressions is missing" in text
    assert "Customize columns > Performance > Impressions" in text and "PLN" in text


# -- columns missing, headers further down --------------------------------------------------------


def test_a_missing_spend_column_says_where_to_add_it_in_dutch_and_english():
    row = {"Ad Set Name": "Jongeren", "Age": "18-24", "Gender": "female", "Impressions": "900", "Reach": "700"}
    data = export(H05_AGE_GENDER, [row])
    assert "Kolommen aanpassen > Prestaties > Besteed bedrag" in refusal(data, lang="nl")
    assert "Customize columns > Performance > Amount spent" in refusal(data, lang="en")


def test_a_missing_reach_column_gives_the_price_only_and_says_where_to_add_reach(dordrecht):
    header = H02_DAILY_NO_REACH.replace("Amount Spent", '"Amount spent (EUR)"')
    rows = [
        {"Day": f"2026-03-0{d}", "Impressions": str(1000 * d * d), "Amount spent (EUR)": f"{7.0 * d * d:.2f}"}
        for d in (1, 2, 3)
    ]
    exported = read_meta_export(export(header, rows))
    assert not exported.has_reach and all(r.used and r.price_only for r in exported.rows)
    assert any("Prestaties > Bereik" in n.render("nl") for n in exported.notes)
    fit = calibrate(dordrecht, exported).social
    assert fit.cpm_eur == pytest.approx(7.0) and set(fit.usable_names) == {"cpm_eur"}


def test_the_header_is_found_on_row_12_of_a_sheet_and_the_refusal_says_it_looked_at_20_rows():
    import openpyxl

    def sheet(blank_rows: int) -> bytes:
        book = openpyxl.Workbook()
        ws = book.active
        for i in range(blank_rows):
            ws.append([f"Gemeente Dordrecht, rapport regel {i + 1}"])  # a title block above the header
        ws.append(["Campagnenaam", "Bereik", "Weergaven", "Besteed bedrag (EUR)"])
        ws.append(["Afval 2026", 30000, 80000, 560.0])
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()

    exported = read_meta_export(sheet(11), "rapport.xlsx")
    assert exported.rows[0].row == 13 and exported.rows[0].used
    text = refusal(sheet(24), "rapport.xlsx", lang="nl")
    assert "rapport.xlsx" in text and "eerste 20 rijen" in text


# -- duplicate columns, slices ------------------------------------------------------------------


def _ad_level_daily(second_ad_set=None):
    header = H03_AD_LEVEL_DAILY.replace("(AUD)", "(EUR)")
    rows = []
    for ad in ("Poster", "Video"):
        for day in (1, 2, 3):
            impressions = 4000 + 500 * day + (900 if ad == "Video" else 0)
            row = {"Campaign name": "Afval 2026", "Ad set name": "Heel Dordrecht", "Ad name": ad}
            row |= {"Day": f"2026-03-0{day}", "Amount spent (EUR)": f"{impressions * 0.0072:.2f}"}
            row |= {"Impressions": str(impressions), "Reach": str(int(impressions * 0.8))}
            row |= {"Reporting starts": f"2026-03-0{day}", "Reporting ends": f"2026-03-0{day}"}
            if second_ad_set:
                row[("Ad set name", 2)] = second_ad_set
            rows.append(row)
    return export(header, rows, bom=True)


def test_a_column_twice_with_the_same_values_counts_once_and_with_other_values_is_said():
    assert not any(n.key == "calibration.note.duplicate_column" for n in read_meta_export(_ad_level_daily()).notes)
    notes = read_meta_export(_ad_level_daily(second_ad_set="Iets anders")).notes
    [note] = [n for n in notes if n.key == "calibration.note.duplicate_column"]
    assert "Ad set name" in note.render("en") and "uses the first" in note.render("en")


def test_daily_ad_level_rows_give_the_price_only_and_say_how_to_export_instead(dordrecht):
    exported = read_meta_export(_ad_level_daily())
    assert exported.slices == "day" and all(r.used and r.price_only for r in exported.rows)
    [note] = [n for n in exported.notes if n.key == "calibration.note.slices"]
    assert "reach does not" in note.render("en") and "zonder uitsplitsing" in note.render("nl")
    result = calibrate(dordrecht, exported)
    assert result.slices == "day" and result.social.usable_names == ("cpm_eur",)
    assert set(result.social.not_used) == {"spread", "deliverable_accounts"}


def test_ads_of_one_ad_set_are_slices_even_without_a_day_column():
    header = "Campaign name,Ad set name,Ad name,Amount spent (EUR),Impressions,Reach"
    rows = [
        {"Campaign name": "Afval", "Ad set name": "Heel Dordrecht", "Ad name": ad, "Amount spent (EUR)": spend}
        | {"Impressions": imp, "Reach": reach}
        for ad, spend, imp, reach in (("Poster", "72.00", "10000", "8000"), ("Video", "36.00", "5000", "4200"))
    ]
    assert read_meta_export(export(header, rows)).slices == "ad"


def test_campaign_days_with_the_file_total_use_the_total_as_the_delivery():
    header = H04_CAMPAIGN_DAILY.replace("(AUD)", "(EUR)")
    days = [("2026-03-01", 3000, 2500, 21.0), ("2026-03-02", 5000, 3900, 35.5), ("2026-03-03", 4000, 3100, 28.4)]
    rows = [
        {"Day": d, "Campaign name": "Afval 2026", "Reach": str(r), "Impressions": str(i)}
        | {"Amount spent (EUR)": f"{s:.2f}", "Currency": "EUR"}
        for d, i, r, s in days
    ]
    total = {"Reach": "7400", "Impressions": "12000", "Amount spent (EUR)": "84.90", "Currency": "EUR"}
    exported = read_meta_export(export(header, [total, *rows], bom=True))
    whole = exported.rows[0]
    assert exported.slices == "day" and whole.totals and whole.used and not whole.price_only
    assert all(r.price_only for r in exported.rows[1:])
    assert any(n.key == "calibration.note.slices_with_totals" for n in exported.notes)


def test_audience_segments_are_slices():
    header = H06_SEGMENTS.replace("(INR)", "(EUR)")
    rows = [
        {"Ad set name": "Afval", "Audience segments": seg, "Amount spent (EUR)": spend, "Impressions": imp}
        | {"Reach": reach, "Reporting starts": "2026-03-01", "Reporting ends": "2026-03-31"}
        for seg, spend, imp, reach in (
            ("New audience", "50.00", "7000", "5000"),
            ("Engaged audience", "20.00", "2600", "2000"),
        )
    ]
    exported = read_meta_export(export(header, rows))
    assert exported.slices == "segment" and all(r.price_only for r in exported.rows)


def test_gender_slices_are_summed_per_age_band_and_ad_set():
    header = H05_AGE_GENDER + ',"Amount spent (EUR)"'
    rows = []
    for age, base in (("18-24", 2000), ("25-34", 3000), ("65+", 1000)):
        for gender, part in (("female", 0.55), ("male", 0.4), ("unknown", 0.05)):
            imp = round(base * part)
            rows.append(
                {"Reporting starts": "2026-03-01", "Reporting ends": "2026-03-31", "Ad Set Name": "Afval"}
                | {"Age": age, "Gender": gender, "Impressions": str(imp), "Reach": str(round(imp * 0.7))}
                | {"Amount spent (EUR)": f"{imp * 0.007:.2f}"}
            )
    exported = read_meta_export(export(header, rows))
    assert exported.slices == "age_gender" and exported.by_age
    assert [r.age for r in exported.rows] == ["18-24", "25-34", "65+"]
    assert exported.rows[0].merged == (2, 3, 4) and exported.rows[0].impressions == 1100 + 800 + 100
    assert all(r.used and not r.price_only for r in exported.rows)


# -- dates, totals, reach equal to impressions, reasons per row ---------------------------------


def _dated(header_lang: str, starts: list[str]) -> bytes:
    header = (
        "Reporting starts,Reporting ends,Campaign name,Reach,Impressions,Amount spent (EUR)"
        if header_lang == "en"
        else "Begin rapportage,Einde rapportage,Campagnenaam,Bereik,Weergaven,Besteed bedrag (EUR)"
    )
    lines = [header] + [f"{s},{s},Actie {i},800,1000,7.00" for i, s in enumerate(starts)]
    return ("\n".join(lines) + "\n").encode()


def test_dates_are_read_month_first_in_an_english_export_and_said_when_assumed():
    exported = read_meta_export(_dated("en", ["6/9/2026"]))
    assert exported.rows[0].starts == dt.date(2026, 6, 9)
    assert any(n.key == "calibration.note.month_first" for n in exported.notes)
    decided = read_meta_export(_dated("en", ["6/9/2026", "6/13/2026"]))
    assert decided.rows[0].starts == dt.date(2026, 6, 9) and not decided.notes


def test_dates_are_read_day_first_in_a_dutch_export_or_when_a_value_says_so():
    assert read_meta_export(_dated("nl", ["6/9/2026"])).rows[0].starts == dt.date(2026, 9, 6)
    decided = read_meta_export(_dated("en", ["6/9/2026", "13/9/2026"]))
    assert decided.rows[0].starts == dt.date(2026, 9, 6) and not decided.notes


def test_a_campaign_named_alle_is_a_campaign_and_a_totals_row_is_known_by_its_numbers():
    header = "Campagnenaam;Bereik;Weergaven;Besteed bedrag (EUR)"
    lines = [
        header,
        ";45.000;90.000;640,00",  # the totals row: spend and impressions are the others' sums
        "Alle wijken – afval 2026;30.000;60.000;420,00",
        "Totaal onderhoud;14.000;30.000;220,00",  # named like a total, but its own campaign
    ]
    exported = read_meta_export(("\n".join(lines) + "\n").encode())
    assert [r.used for r in exported.rows] == [False, True, True]
    assert exported.rows[0].why.render("en") == "totals row"


def test_reach_equal_to_impressions_is_used_and_only_reach_above_is_dropped():
    header = "Campaign name,Reach,Impressions,Amount spent (EUR)"
    lines = [header, "Klein,950,950,6.80", "Fout,1200,1000,7.00", "Groot,40000,90000,630.00"]
    exported = read_meta_export(("\n".join(lines) + "\n").encode())
    assert [r.used for r in exported.rows] == [True, False, True]
    assert "reach (1,200) is not below" in exported.rows[1].why.render("en")


def test_nothing_usable_gives_the_reason_of_every_row(dordrecht):
    header = "Campaign name,Reach,Impressions,Amount spent (EUR)"
    lines = [header, "A,1200,1000,7.00", "B,500,1000,0"]
    result = calibrate(dordrecht, read_meta_export(("\n".join(lines) + "\n").encode(), "leeg.csv"))
    assert result.social is None
    [text] = [p.text("nl") for p in result.problems]
    assert "leeg.csv" in text and "rij 2: bereik (1.200)" in text and "rij 3: besteed bedrag is 0" in text


def test_a_negative_spend_gives_the_same_reason_on_every_line(dordrecht):
    """`-9.650,00` in the spend column: the note on the cell, the row's "why not" and the summary of
    a file with nothing usable all say it may not be negative, none that it is no number."""
    only_row = zwolle_export().decode().splitlines()[:2]
    text = "\n".join(only_row).replace("2.399,00", "-9.650,00") + "\n"
    exported = read_meta_export(text.encode(), "min.csv")
    [cell] = [p.text("nl") for p in exported.problems]
    assert "kolom Besteed bedrag (EUR): mag niet negatief zijn (nu -9.650)" in cell
    [row] = exported.rows
    assert not row.used
    assert row.why.render("nl") == "Besteed bedrag (EUR) mag niet negatief zijn"
    assert row.why.render("en") == "Besteed bedrag (EUR) must not be negative"
    result = calibrate(dordrecht, exported)
    said = [p.text("nl") for p in result.problems]
    summary = next(s for s in said if "niets te schatten" in s)
    assert summary.endswith("rij 2: Besteed bedrag (EUR) mag niet negatief zijn")
    assert not any("geen getal" in s for s in said)
