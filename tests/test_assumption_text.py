"""One rule for an assumption's value, from the registry's display fields."""

import pytest

from budgetsim.assumption_text import assumption_value_text as text

PAGE_SEEN = {"15-24": 0.22, "25-44": 0.38, "45-64": 0.5, "65+": 0.62}


@pytest.mark.parametrize(
    "key,value,lang,expected",
    [
        ("print.delivery_share", 0.8, "nl", "80 %"),
        ("print.delivery_share", 0.7, "nl", "70 %"),
        ("social.noticed_share", 0.35, "en", "35%"),
        ("social.noticed_share", 0.456, "nl", "46 %"),  # decimals=0: whole percentages
        ("print.price_per_1000_copies_eur", 15.0, "nl", "€ 15"),
        ("print.price_per_1000_copies_eur", 12.5, "nl", "€ 12,50"),
        ("social.cpm_eur", 8.5, "en", "€8.50"),
        ("social.cpm_eur", 6.0, "nl", "€ 6"),
        ("print.loyalty", 0.3, "nl", "0,3"),
        ("print.loyalty", 0.625, "en", "0.63"),
        ("social.spread", 2.0, "en", "2"),
        ("social.spread", 1.37, "nl", "1,4"),  # decimals=1
        ("social.spread", float("inf"), "nl", "oneindig"),
        ("social.min_audience", 1000.0, "nl", "1.000"),
        ("print.page_seen", 0.6, "nl", "×0,6"),  # a factor on every band's value
        ("social.platform_share", 1.1, "en", "×1.1"),
        ("print.price_per_page_eur", None, "nl", "–"),
    ],
)
def test_value_follows_the_registry(key, value, lang, expected):
    assert text(key, value, lang) == expected


def test_per_band_values():
    assert text("print.page_seen", 0.22, "nl", band="15-24") == "22 %"
    assert text("print.page_seen", PAGE_SEEN, "nl") == (
        "15–24 jaar: 22 %; 25–44 jaar: 38 %; 45–64 jaar: 50 %; 65 jaar en ouder: 62 %"
    )


def test_unknown_key_is_an_error():
    with pytest.raises(KeyError):
        text("print.colour", 1.0, "nl")
