"""The parameter registry: every fact about an assumption is declared once and the rest derives from it."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from budgetsim import assumptions as A
from budgetsim import scenario as S
from budgetsim import uncertainty as U
from budgetsim.bands import TARGETABLE_BANDS
from budgetsim.planning import new_scenario
from budgetsim.scenario.schema import MARKS

ROOT = Path(__file__).resolve().parents[1]
SCALARS = [p for p in A.REGISTRY if not p.per_band and not p.optional]


def test_registry_is_the_dataclasses_and_the_file_schema():
    for channel, dataclass_, settings in (
        ("print", A.PrintAssumptions, S.PrintSettings),
        ("social", A.SocialAssumptions, S.SocialSettings),
    ):
        declared = [p for p in A.REGISTRY if p.channel == channel]
        assert list(settings.model_fields) == [p.name for p in declared] + list(MARKS[channel])
        made, filed = dataclass_(), settings()
        for p in declared:
            assert getattr(made, p.name) == p.default
            assert getattr(filed, p.name) == p.default


@pytest.mark.parametrize("p", A.REGISTRY, ids=lambda p: p.key)
def test_defaults_lie_in_their_limits_and_ranges(p):
    p.check(p.default)
    if p.default is None:
        return
    if p.per_band:
        assert set(p.default) == set(TARGETABLE_BANDS)
        assert p.low <= 1.0 <= p.high  # the advised range is a factor
        if p.uncertainty:
            assert p.uncertainty[0] <= 1.0 <= p.uncertainty[1]
        return
    assert p.low <= p.default <= p.high
    low, high, step = A.INPUT_LIMITS[p.key]
    assert p.minimum <= low <= p.default <= high <= p.maximum and step > 0
    if p.uncertainty:
        assert p.minimum <= p.uncertainty[0] <= p.default <= p.uncertainty[1] <= p.maximum


@pytest.mark.parametrize("p", SCALARS, ids=lambda p: p.key)
def test_a_value_past_the_hard_limit_is_refused_by_the_model_and_the_file(p):
    too_high = p.maximum * 1.5 + 1
    with pytest.raises(ValueError, match=re.escape(p.key) + ": must lie in"):
        A.Assumptions().with_value(p.key, too_high)
    d = new_scenario("Dordrecht", print_eur=1000).to_dict()
    d["assumptions"][p.channel][p.name] = too_high
    with pytest.raises(S.InputError) as caught:
        S.scenario_from_dict(d)
    assert any(m.startswith(f"assumptions.{p.key}: must be at most") for m in caught.value.messages("en"))


def test_per_band_values_are_checked_band_by_band():
    with pytest.raises(ValueError, match=r"print\.page_seen\.65\+: must lie in \[0, 1\]"):
        A.PrintAssumptions(page_seen=dict(A.PAGE_SEEN_DEFAULT, **{"65+": 1.2}))
    with pytest.raises(ValueError, match="give a value for each of"):
        A.SocialAssumptions(platform_share={"15-24": 0.5})


def test_the_derived_views_follow_the_registry():
    assert U.DEFAULT_RANGES is A.DEFAULT_RANGES and U.FACTOR_PARAMETERS == A.PER_BAND_KEYS
    assert S.RANGE_KEYS == tuple(p.key for p in A.REGISTRY if p.uncertainty)
    assert set(A.PER_BAND_KEYS) == {"print.page_seen", "social.platform_share"}
    for key, (low, high, open_low) in S.RANGE_LIMITS.items():
        p = A.PARAMETER_BY_KEY[key]
        own = (0.0, math.inf, False) if p.per_band else (p.minimum, p.maximum, p.minimum_open)
        assert (low, high, open_low) == own
    assert A.DISPLAY_FORMATS["print.page_seen"] == "pct_bands"
    assert A.DISPLAY_FORMATS["social.spread"] == "num1" and A.DISPLAY_FORMATS["social.min_audience"] == "int"
    assert set(A.PERCENT_KEYS) == {"print.delivery_share", "social.on_target_share", "social.noticed_share"}
    assert A.PARAMETERS == tuple(p for p in A.REGISTRY if not p.optional)


def test_every_parameter_has_a_label_and_basis_in_both_languages():
    for p in A.REGISTRY:
        for lang in ("nl", "en"):
            assert p.label(lang).strip() and len(p.basis(lang)) > 40
        assert p.label("nl") != p.label("en")


def _python_sources():
    return [path for path in [*ROOT.glob("budgetsim/**/*.py"), ROOT / "app.py"] if path.is_file()]


def test_max_eur_and_the_split_names_are_defined_once():
    assignments, split_tuples = [], []
    for path in _python_sources():
        text = path.read_text(encoding="utf-8")
        assignments += [path.name for _ in re.finditer(r"^MAX_EUR\s*=\s*[\d_.]+", text, re.M)]
        split_names = r'(?:\(|Literal\[)\s*"by_audience",\s*"optimal",\s*"manual"\s*[)\]]'
        split_tuples += [path.name for _ in re.finditer(split_names, text)]
    assert assignments == ["assumptions.py"]
    assert split_tuples == ["allocation.py"]
