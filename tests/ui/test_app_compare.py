"""The compare tab (AppTest) with options of different gemeenten: no "Nu" column, and a sentence that
says why (naming the gemeenten); an age group outside an option's target group shows "–" with a note."""

from __future__ import annotations

import pytest

from budgetsim.charts.campaigns import bands_words
from budgetsim.i18n import band_label, t
from tests.ui.apptest import REPO, fresh, open_tab, run

FILES = ("dordrecht-5000-social.json", "amsterdam-jongeren-optimaal.json")


def compared(lang: str):
    at = fresh()
    if lang != "nl":
        run(at.button_group(key="lang").set_value(lang))
    open_tab(at, t("app.tab.compare", lang))
    files = [(name, (REPO / "scenarios" / name).read_bytes(), "application/json") for name in FILES]
    at.file_uploader(key="compare_upload").set_value(files)
    return run(at)


def _texts(at) -> str:
    return " ".join([m.value for m in at.markdown] + [c.value for c in at.caption] + [i.value for i in at.info])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_options_of_different_gemeenten_say_why_nu_is_missing(lang):
    at = compared(lang)
    assert not at.error, [e.value for e in at.error]
    frame = at.table[0].value
    now = t("nu.title", lang)
    assert now not in frame.columns and t("app.compare.more", lang) not in frame.index
    texts = _texts(at)
    places = t("campaigns.words.and", lang, first="Dordrecht", last="Amsterdam")
    assert t("app.compare.no_nu", lang, places=places) in texts
    # no sentence promises a "Nu" column that is not there
    intro = t("nu.compare.intro", lang)
    assert intro in texts and "first" not in intro and "ervoor" not in intro


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_age_group_outside_an_options_target_group_shows_a_dash_and_why(lang):
    at = compared(lang)
    frame = at.table[0].value
    amsterdam = next(c for c in frame.columns if c.startswith("Amsterdam"))
    for band in ("45-64", "65+"):
        assert frame.loc[band_label(band, lang), amsterdam] == "–"
    assert not frame.isna().any().any()
    groups = t("campaigns.words.and", lang, first=band_label("45-64", lang), last=band_label("65+", lang))
    target = bands_words(("15-24", "25-44"), lang)
    note = t("app.compare.not_in_target.many", lang, name=amsterdam, bands=groups, target=target)
    assert note in [c.value for c in at.caption]
