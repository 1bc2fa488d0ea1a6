"""Defaults of MODEL.md version 2, and the model in survey words (budgetsim.planning.survey_terms)."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy.stats import betabinom, binom

from budgetsim import reach
from budgetsim.areas import Areas
from budgetsim.assumptions import PARAMETER_BY_KEY, REGISTRY, Assumptions, PrintAssumptions
from budgetsim.bands import BANDS, NATIONAL_AGE_SHARES, TARGETABLE_BANDS
from budgetsim.model import ReachModel
from budgetsim.planning import survey_terms

MODEL_MD = Path(__file__).resolve().parents[1] / "docs" / "MODEL.md"


def _model_md_rows() -> dict[str, tuple[str, str]]:
    """``{parameter: (default, range)}`` from the tables of MODEL.md."""
    rows = {}
    for line in MODEL_MD.read_text(encoding="utf-8").splitlines():
        found = re.match(r"\|\s*`([a-z_0-9]+)(?:\[band\])?`[^|]*\|([^|]*)\|([^|]*)\|", line)
        if found:
            rows[found.group(1)] = (found.group(2).strip(), found.group(3).strip())
    return rows


def _number(text: str) -> float:
    return float(text.replace(",", ""))


@pytest.mark.parametrize("p", [p for p in REGISTRY], ids=lambda p: p.key)
def test_registry_defaults_and_ranges_equal_model_md(p):
    rows = _model_md_rows()
    assert p.name in rows, f"{p.name} is not in MODEL.md's tables"
    default, advised = rows[p.name]
    if p.optional:
        assert default == "none" and p.default is None
        return
    if p.per_band:
        stated = dict(re.findall(r"(\d+-\d+|65\+): ([0-9.]+)", default))
        assert {b: float(v) for b, v in stated.items()} == p.default
        spread = float(re.fullmatch(r"±(\d+) %", advised).group(1)) / 100
        assert (p.low, p.high) == pytest.approx((1 - spread, 1 + spread))
        return
    assert _number(default) == p.default
    if advised != "–":
        low, high = (_number(v) for v in advised.split("–"))
        assert (p.low, p.high) == (low, high)


def test_page_seen_default_loyalty_range_and_their_sources():
    assert Assumptions().print.page_seen == PARAMETER_BY_KEY["print.page_seen"].default
    assert PARAMETER_BY_KEY["print.loyalty"].uncertainty == (0.4, 0.8)
    assert PARAMETER_BY_KEY["print.page_seen"].uncertainty == (0.6, 1.4)
    for key in ("print.page_seen", "print.loyalty", "print.delivery_share", "social.cpm_eur"):
        basis = PARAMETER_BY_KEY[key].basis("nl") + PARAMETER_BY_KEY[key].basis("en")
        assert re.search(r"NOM|Sliedrecht|Spotta|Meta|panel", basis), key


def test_per_issue_sighting_over_15_plus_is_the_36_percent_model_md_states():
    """MODEL.md: "per issue about 36 % of residents 15+ see the page" (national age mix)."""
    p = Assumptions().print
    shares = np.array([NATIONAL_AGE_SHARES[b] for b in TARGETABLE_BANDS])
    seen = np.array([p.page_seen[b] for b in TARGETABLE_BANDS])
    assert p.delivery_share * shares @ seen / shares.sum() == pytest.approx(0.36, abs=0.005)


@pytest.mark.parametrize(("p", "rho", "d"), [(0.38, 0.6, 0.8), (0.22, 0.3, 0.95), (0.62, 0.9, 0.5)])
def test_survey_terms_of_a_hand_case_are_the_beta_binomial_probabilities(p, rho, d):
    a, b = p * (1 / rho - 1), (1 - p) * (1 / rho - 1)
    pmf = betabinom(4, a, b).pmf(range(5))
    every, sometimes, never = reach.survey_terms(p, rho, d)
    assert every == pytest.approx(d * pmf[4], rel=1e-10)
    assert sometimes == pytest.approx(d * (pmf[1] + pmf[2] + pmf[3]), rel=1e-10)
    assert never == pytest.approx(d * pmf[0] + (1 - d), rel=1e-10)


def test_survey_terms_at_zero_loyalty_are_binomial():
    pmf = binom(4, 0.3).pmf(range(5))
    assert reach.survey_terms(0.3, 0.0, 1.0) == pytest.approx([pmf[4], pmf[1:4].sum(), pmf[0]], rel=1e-10)


@given(st.floats(0, 1), st.floats(0, 0.99), st.floats(0, 1))
def test_the_three_shares_add_up_to_one(p, rho, d):
    terms = reach.survey_terms(p, rho, d)
    assert terms.sum() == pytest.approx(1.0, abs=1e-9)
    assert np.all(terms >= -1e-12)


def test_survey_terms_are_weighted_by_the_target_groups_residents():
    shares = [0.1, 0.3, 0.2, 0.2, 0.2]
    areas = Areas.from_columns(["A", "B"], ["A", "B"], [1000, 3000], [500, 1500], [shares, shares])
    model = ReachModel(areas, Assumptions(PrintAssumptions(loyalty=0.5)), ("15-24", "65+"))
    reading = survey_terms(model)
    assert set(reading.by_band) == {"15-24", "65+"}
    population = {b: 4000 * s for b, s in zip(BANDS, shares)}
    expected = sum(population[b] * np.array(list(reading.by_band[b].to_dict().values())) for b in reading.by_band)
    expected /= population["15-24"] + population["65+"]
    assert list(reading.total.to_dict().values()) == pytest.approx(expected)
    assert sum(reading.total.to_dict().values()) == pytest.approx(1.0)
    young = reach.survey_terms(model.assumptions.print.page_seen["15-24"], 0.5, model.assumptions.print.delivery_share)
    assert list(reading.by_band["15-24"].to_dict().values()) == pytest.approx(young)


@pytest.mark.parametrize("p", [0.0, 1e-300, 0.5, 1.0])
@pytest.mark.parametrize("rho", [0.0, 1e-5, 0.5, 0.99])
def test_the_shares_hold_at_the_edges(p, rho):
    """At p = 1 and high loyalty a log-beta difference once gave 103 % 'every week'."""
    terms = reach.survey_terms(p, rho, 1.0)
    assert terms.sum() == pytest.approx(1.0, abs=1e-12) and np.all((terms >= 0) & (terms <= 1 + 1e-12))
    if p == 1.0:
        assert terms[0] == pytest.approx(1.0, abs=1e-9)
