"""Pure pieces of the app's screen modules (budgetsim.ui), without a Streamlit run."""

from __future__ import annotations

import json

import pytest

from budgetsim.i18n import band_label, t
from budgetsim.planning import ScenarioPlan, new_scenario
from budgetsim.scenario import scenario_from_dict, scenario_to_json
from budgetsim.ui.compare_tab import comparison_row, comparison_table
from budgetsim.ui.key_figures import delta_text
from tests.conftest import DORDRECHT


@pytest.mark.parametrize(
    "diff, kind, lang, shown",
    [
        (1234.0, "int", "nl", "+1.234"),
        (-1234.0, "int", "en", "-1,234"),
        (0.2, "int", "nl", None),  # rounds to nothing: no delta at all
        (0.0004, "pct", "nl", None),  # no green "+0,0 %-punt"
        (0.001, "eur", "nl", None),  # no red "+€ 0,00"
        (-0.13, "eur", "nl", "-€ 0,13"),  # the sign first: Streamlit picks the arrow from it
        (0.13, "eur", "nl", "+€ 0,13"),
        (-0.13, "eur", "en", "-€0.13"),
        (0.0123, "pct", "nl", "+1,2 %-punt"),
        (-0.0123, "pct", "en", "-1.2 pp"),
    ],
)
def test_a_difference_has_its_sign_first(diff, kind, lang, shown):
    assert delta_text(diff, kind, lang) == shown


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_comparison_row_has_budgets_figures_and_every_target_band(dordrecht_evaluation, lang):
    row = comparison_row("Plan A", dordrecht_evaluation, lang)
    assert row[t("common.scenario", lang)] == "Plan A"
    assert row[t("common.gemeente", lang)] == "Dordrecht"
    for band in dordrecht_evaluation.band_rows():
        assert band_label(band["band"], lang) in row


def test_the_compare_table_counts_at_most_a_page_per_issue():
    """€ 38.181 at a € 700 contract would be 54,5 pages; a weekly paper has 52 issues, so 52 count."""
    data = json.loads(scenario_to_json(new_scenario(DORDRECHT, print_eur=38181, social_eur=0)))
    data.setdefault("assumptions", {}).setdefault("print", {})["price_per_page_eur"] = 700
    e = ScenarioPlan(scenario_from_dict(data)).evaluate()
    assert e.print_eur_above_cap > 1000
    table = comparison_table([("B", e)], None, "nl")
    assert table.loc[t("nu.compare.pages", "nl"), "B"] == "52 pagina's"
