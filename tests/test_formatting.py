"""Number formats per language, the chart locale, and the i18n table."""

import ast
import datetime
import re
import string
from pathlib import Path

import altair as alt
import pandas as pd
import pytest
import vl_convert as vlc

from budgetsim import formatting
from budgetsim.formatting import (
    D3_EUR,
    D3_PCT1,
    d3_format_locale,
    fmt_csv_number,
    fmt_eur,
    fmt_int,
    fmt_num,
    fmt_pct,
    fmt_pp,
    vega_locale,
)
from budgetsim.i18n import LANGS, STRINGS, band_label, fmt_date, t


# -- numbers ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "x, nl, en",
    [
        (12345, "12.345", "12,345"),
        (1234567.4, "1.234.567", "1,234,567"),
        (999.5, "1.000", "1,000"),
        (0, "0", "0"),
        (-0.4, "0", "0"),
        (-2500, "-2.500", "-2,500"),
    ],
)
def test_fmt_int(x, nl, en):
    assert fmt_int(x, "nl") == nl
    assert fmt_int(x, "en") == en


def test_fmt_int_signed_for_differences():
    assert fmt_int(25800.2, "nl", signed=True) == "+25.800"
    assert fmt_int(-32647, "en", signed=True) == "-32,647"
    assert fmt_int(0.2, "nl", signed=True) == "0"


@pytest.mark.parametrize(
    "x, decimals, nl, en",
    [
        (5000, 0, "€ 5.000", "€5,000"),
        (35740.224, 0, "€ 35.740", "€35,740"),
        (0.4849, 2, "€ 0,48", "€0.48"),
        (1234.5, 2, "€ 1.234,50", "€1,234.50"),
        (-5361, 0, "€ -5.361", "-€5,361"),
    ],
)
def test_fmt_eur(x, decimals, nl, en):
    assert fmt_eur(x, "nl", decimals) == nl
    assert fmt_eur(x, "en", decimals) == en


def test_fmt_eur_signed():
    assert fmt_eur(5000, "nl", signed=True) == "€ +5.000"
    assert fmt_eur(5000, "en", signed=True) == "+€5,000"
    assert fmt_eur(-0.19, "nl", 2, signed=True) == "€ -0,19"


@pytest.mark.parametrize(
    "share, decimals, nl, en",
    [
        (0.125, 1, "12,5 %", "12.5%"),
        (0.8125, 1, "81,3 %", "81.3%"),
        (0.57, 0, "57 %", "57%"),
        (1.0, 1, "100,0 %", "100.0%"),
        (0.0, 0, "0 %", "0%"),
    ],
)
def test_fmt_pct(share, decimals, nl, en):
    assert fmt_pct(share, "nl", decimals) == nl
    assert fmt_pct(share, "en", decimals) == en


def test_fmt_num_and_pp():
    assert fmt_num(1234.56, "nl", 1) == "1.234,6"
    assert fmt_num(1234.56, "en", 2) == "1,234.56"
    assert fmt_num(0.5, "nl", 2) == "0,50"
    assert fmt_pp(0.25, "nl") == "+25,0 procentpunt"
    assert fmt_pp(0.25, "nl", short=True) == "+25,0 %-punt"
    assert fmt_pp(-0.008, "en") == "-0.8 pp"
    assert fmt_pp(-0.0004, "nl") == "0,0 procentpunt"


@pytest.mark.parametrize("missing", [None, float("nan"), float("inf")])
def test_missing_values_show_a_dash(missing):
    for lang in LANGS:
        assert fmt_int(missing, lang) == "–"
        assert fmt_eur(missing, lang, 2) == "–"
        assert fmt_pct(missing, lang) == "–"
        assert fmt_csv_number(missing, lang) == ""


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="lang"):
        fmt_int(1, "de")
    with pytest.raises(ValueError, match="lang"):
        t("common.yes", "fr")


def test_csv_numbers_have_no_thousands_separator():
    assert fmt_csv_number(1234.5, "nl") == "1234,5"
    assert fmt_csv_number(1234.5, "en") == "1234.5"
    assert fmt_csv_number(3.0, "nl") == "3"
    assert fmt_csv_number(-0.001, "nl") == "0"
    assert fmt_csv_number(12.3456, "nl", 2) == "12,35"


def test_csv_numbers_with_fixed_decimals():
    assert fmt_csv_number(6.7, "nl", 2, fixed=True) == "6,70"
    assert fmt_csv_number(99.0, "nl", 1, fixed=True) == "99,0"
    assert fmt_csv_number(466, "en", 2, fixed=True) == "466.00"
    assert fmt_csv_number(-0.001, "nl", 1, fixed=True) == "0,0"
    assert fmt_csv_number(None, "nl", 2, fixed=True) == ""


# -- chart locale ----------------------------------------------------------------------------------
def test_d3_locales():
    nl = d3_format_locale("nl")
    assert nl["decimal"] == "," and nl["thousands"] == "." and nl["currency"] == ["€ ", ""]
    en = d3_format_locale("en")
    assert en["decimal"] == "." and en["thousands"] == "," and en["currency"] == ["€", ""]
    nl["decimal"] = "x"  # a copy: the module's locale stays as it was
    assert d3_format_locale("nl")["decimal"] == ","
    assert vega_locale("nl") == {"number": d3_format_locale("nl")}


@pytest.mark.parametrize("lang, euro, pct", [("nl", "€ 20.000", "12,5 %"), ("en", "€20,000", "12.5%")])
def test_vega_renders_numbers_like_fmt(lang, euro, pct):
    """Vega applies config.locale: axis labels come out as fmt_eur/fmt_pct write them."""
    df = pd.DataFrame({"x": [0, 20000], "y": [0.125, 0.25]})
    chart = (
        alt.Chart(df)
        .mark_point()
        .encode(
            x=alt.X("x:Q", axis=alt.Axis(format=D3_EUR, values=[0, 20000])),
            y=alt.Y("y:Q", axis=alt.Axis(format=D3_PCT1, values=[0.125])),
        )
        .configure(locale=vega_locale(lang))
    )
    texts = re.findall(r">([^<]+)</text>", vlc.vegalite_to_svg(chart.to_dict()))
    assert euro in texts and fmt_eur(20000, lang) == euro
    assert pct in texts and fmt_pct(0.125, lang) == pct


# -- i18n ------------------------------------------------------------------------------------------
def _fields(text):
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_string_has_both_languages_with_the_same_placeholders():
    for key, entry in STRINGS.items():
        assert set(entry) == set(LANGS), key
        assert all(entry[lang].strip() for lang in LANGS), key
        assert _fields(entry["nl"]) == _fields(entry["en"]), key


def test_t_fills_placeholders_and_names_unknown_keys():
    assert t("chart.map.title", "nl", metric="Deel bereikt") == "Deel bereikt per wijk"
    assert t("chart.map.title", "en", metric="Share reached") == "Share reached by district"
    assert t("source.chart", "nl") == "Bron: CBS; aannames budgetsim"
    assert t("source.chart", "en") == "Source: CBS; budgetsim assumptions"
    with pytest.raises(KeyError, match="no.such.key"):
        t("no.such.key", "nl")


def test_dutch_uses_plain_words():
    assert t("fig.reached", "nl") == "Inwoners bereikt"
    assert "krant" in t("channel.print_long", "nl").lower()
    assert "social media advertenties" in t("channel.social_long", "nl").lower()


def test_band_labels_and_dates():
    assert band_label("15-24", "nl") == "15–24 jaar"
    assert band_label("65+", "en") == "65 and over"
    assert band_label("x", "nl") == "x"
    assert fmt_date(datetime.date(2025, 11, 26), "nl") == "26 november 2025"
    assert fmt_date(datetime.date(2027, 3, 1), "en") == "1 March 2027"


# -- amounts typed by a person ------------------------------------------------------------------------
from budgetsim.formatting import AmountError, parse_amount  # noqa: E402


@pytest.mark.parametrize(
    "text, value",
    [
        ("12500", 12500.0),
        ("12.500", 12500.0),
        ("12,500", 12500.0),
        ("€ 12.500", 12500.0),
        ("€12,500", 12500.0),
        ("12.500,50", 12500.5),
        ("12,500.50", 12500.5),
        ("1.234.567", 1234567.0),
        ("1,234,567", 1234567.0),
        ("12,5", 12.5),
        ("12.5", 12.5),
        ("12.500,-", 12500.0),
        (" 5 000 ", 5000.0),
        ("5000 euro", 5000.0),
        ("5.000 EUR", 5000.0),
        ("0", 0.0),
        ("10000000", 10_000_000.0),
    ],
)
def test_parse_amount_reads_dutch_and_english_notation(text, value):
    assert parse_amount(text, 0, 10_000_000) == value


@pytest.mark.parametrize("text", ["", "   ", "abc", "-500", "1e5", "1.23.4", "12.500.5", "10000001", "nan", "€", "5k"])
def test_parse_amount_refuses_what_is_not_an_amount_in_range(text):
    with pytest.raises(AmountError) as info:
        parse_amount(text, 0, 10_000_000)
    nl, en = info.value.message("nl"), info.value.message("en")
    assert "€ 0 en € 10.000.000" in nl and "12.500" in nl
    assert "€0 and €10,000,000" in en
    if text.strip():
        assert text.strip() in nl and text.strip() in en
    signs = {"abc": "a, b, c", "1e5": "e", "nan": "n, a", "5k": "k"}  # what is no digit is named
    key = "amount.not_digits" if text in signs else "amount.invalid" if text.strip() else "amount.empty"
    assert info.value.what.key == key
    if text in signs:
        assert "alleen cijfers" in nl and "digits only" in en
        assert ", ".join(f"‘{c}’" for c in signs[text].split(", ")) in nl
    assert str(info.value) == en


def test_percentage_points_are_written_without_the_catalogue():
    """The unit is part of the number's form, like % and €: formatting imports no text system."""
    tree = ast.parse(Path(formatting.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "problems" in imported and not any("i18n" in (name or "") for name in imported)
    assert fmt_pp(0.032, "nl", short=True) == "+3,2 %-punt" and fmt_pp(0.032, "en", short=True) == "+3.2 pp"
