"""The scenario file of SCENARIO.md: parsing, checks, writing, saving, file names."""

import json
import math
import os

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from budgetsim import data as cbs
from budgetsim.assumptions import Assumptions
from budgetsim.bands import TARGETABLE_BANDS
from budgetsim.planning import (
    ScenarioPlan,
    build_model,
    new_scenario,
    print_budget_eur,
    scenario_areas,
    scenario_assumptions,
    uncertainty_ranges,
)
from budgetsim.problems import InputError
from budgetsim.scenario import (
    MAX_FILE_BYTES,
    RANGE_KEYS,
    SCHEMA_VERSION,
    Scenario,
    ScenarioExistsError,
    load_scenario,
    migrate,
    parse_scenario,
    safe_filename,
    save_scenario,
    scenario_from_dict,
    scenario_to_json,
    unique_path,
)
from budgetsim.scenario.schema import TOP_LEVEL_ORDER
from tests.conftest import DORDRECHT

EXAMPLE = """{
  "schema_version": 1,
  "name": "Voorstel 2027: 5.000 euro voor social",
  "notes": "Vrije tekst voor het MT.",
  "gemeente": "GM0505",
  "areas": null,
  "target_bands": ["15-24", "25-44", "45-64", "65+"],
  "budget": {
    "print_eur": 20000,
    "social_eur": 5000,
    "social_split": "by_audience",
    "social_manual_eur": {}
  },
  "area_weights": {"WK050509": 2.0},
  "area_names": {"WK050509": "Sterrenburg"},
  "constraints": {
    "print_min_eur": 0, "print_max_eur": null,
    "area_min_eur": {}, "area_max_eur": {}
  },
  "assumptions": {
    "print": {
      "delivery_share": 0.8,
      "price_per_1000_copies_eur": 15,
      "page_seen": {"15-24": 0.10, "25-44": 0.20, "45-64": 0.35, "65+": 0.50},
      "loyalty": 0.5
    },
    "social": {
      "cpm_eur": 8,
      "platform_share": {"15-24": 0.85, "25-44": 0.85, "45-64": 0.75, "65+": 0.55},
      "on_target_share": 0.8,
      "noticed_share": 0.5,
      "spread": 1.0,
      "min_audience": 1000
    }
  },
  "uncertainty": {
    "seed": 1,
    "draws": 2000,
    "ranges": {
      "print.delivery_share": [0.7, 0.9],
      "print.page_seen": [0.6, 1.4],
      "social.cpm_eur": [6, 12]
    }
  }
}
"""
#: The same scenario as written by this version (schema version 2, SCENARIO.md's key order).
EXAMPLE_V2 = (
    EXAMPLE.replace('"schema_version": 1', '"schema_version": 2')
    .replace('"gemeente": "GM0505",\n', '"gemeente": "GM0505",\n  "level": "wijk",\n')
    .replace('"loyalty": 0.5\n', '"loyalty": 0.5,\n      "price_per_page_eur": null,\n      "issues_per_year": 52\n')
)
MINIMAL = {"schema_version": 1, "gemeente": "GM0505"}
DORDRECHT_WIJKEN = cbs.wijken(DORDRECHT)


def with_changes(base: dict, **paths) -> dict:
    """A deep copy of ``base`` with ``a__b__c=value`` set (``...`` deletes the key)."""
    out = json.loads(json.dumps(base))
    for dotted, value in paths.items():
        *parents, last = dotted.split("__")
        node = out
        for key in parents:
            node = node.setdefault(key, {})
        if value is ...:
            node.pop(last, None)
        else:
            node[last] = value
    return out


def problems(data) -> InputError:
    text = data if isinstance(data, (str, bytes)) else json.dumps(data)
    with pytest.raises(InputError) as caught:
        parse_scenario(text)
    return caught.value


def paths(data) -> list[str]:
    return [p.path for p in problems(data).problems]


# -- reading ------------------------------------------------------------------------------------


def test_example_of_scenario_md_parses():
    s = parse_scenario(EXAMPLE)
    assert s.gemeente == DORDRECHT
    assert s.budget.print_eur == 20000 and s.budget.social_eur == 5000
    assert s.area_weights == {"WK050509": 2.0}
    assert s.uncertainty.ranges["social.cpm_eur"] == [6, 12]


def test_minimal_file_takes_model_defaults():
    s = scenario_from_dict(MINIMAL)
    assert scenario_assumptions(s) == Assumptions()
    assert s.target_bands == list(TARGETABLE_BANDS)
    assert s.budget.social_split == "by_audience"
    assert s.budget.print_eur is None
    assert s.uncertainty.draws == 2000
    assert s.constraints.print_max_eur is None


def test_bytes_with_bom_are_accepted():
    assert parse_scenario(b"\xef\xbb\xbf" + json.dumps(MINIMAL).encode()).gemeente == DORDRECHT


def test_exact_message_in_both_languages():
    error = problems(with_changes(MINIMAL, budget__social_eur=-5))
    assert error.messages("en") == ["budget.social_eur: must be at least 0 (got -5)"]
    assert error.messages("nl") == ["budget.social_eur: moet minstens 0 zijn (nu -5)"]


def test_every_problem_is_reported_at_once():
    bad = with_changes(
        json.loads(EXAMPLE),
        budget__social_eur=-5,
        budget__social_split="optimaal",
        budget__extra=1,
        area_weights={"WK050509": 200, "WK999999": 1},
        assumptions__print__loyalty=1.0,
        assumptions__social__cpm_eur=0,
        assumptions__social__spread="1",
        uncertainty__draws=50,
        uncertainty__ranges={"social.cpm": [1, 2]},
        target_bands=[],
    )
    assert sorted(paths(bad)) == sorted(
        [
            "target_bands",
            "budget.social_eur",
            "budget.social_split",
            "budget.extra",
            "area_weights.WK050509",
            "area_weights.WK999999",
            "assumptions.print.loyalty",
            "assumptions.social.cpm_eur",
            "assumptions.social.spread",
            "uncertainty.draws",
            "uncertainty.ranges.social.cpm",
        ]
    )


def test_problems_come_in_file_order():
    bad = with_changes(MINIMAL, uncertainty__draws=1, budget__social_eur=-1, name=5)
    assert paths(bad) == ["name", "budget.social_eur", "uncertainty.draws"]


@pytest.mark.parametrize(
    "parents, key, hint",
    [
        ((), "Gemeente", "gemeente"),
        ((), "budjet", "budget"),
        (("budget",), "social_euro", "social_eur"),
        (("assumptions", "print"), "delivery", "delivery_share"),
        (("assumptions", "social"), "spred", "spread"),
        (("uncertainty",), "drawz", "draws"),
    ],
)
def test_unknown_key_gets_a_did_you_mean_hint(parents, key, hint):
    error = problems(with_changes(MINIMAL, **{"__".join((*parents, key)): 1}))
    path = ".".join((*parents, key))
    assert error.messages("en") == [
        f'{path}: unknown key "{key}"; did you mean "{hint}"? Allowed: ' + ", ".join(_allowed_here(parents))
    ]
    assert f'bedoelt u "{hint}"?' in error.messages("nl")[0]


def _allowed_here(parents):
    if not parents:  # every top-level key, also those a file leaves out when empty
        return list(TOP_LEVEL_ORDER)
    node = json.loads(scenario_to_json(scenario_from_dict(MINIMAL)))
    for key in parents:
        node = node[key]
    if parents == ("assumptions", "print"):  # a file writes the estimate mark only when true
        return [*node, "price_per_page_estimated"]
    return list(node)


def test_unknown_key_without_close_match_lists_allowed_keys():
    error = problems(with_changes(MINIMAL, budget__zzz=1))
    assert error.messages()[0] == (
        'budget.zzz: unknown key "zzz"; allowed: print_eur, social_eur, social_split, social_manual_eur'
    )


def test_unknown_key_in_inline_area():
    data = {"schema_version": 1, "areas": [{"code": "A", "name": "a", "residents": 1, "dwellings": 1, "resident": 3}]}
    error = problems(data)
    assert [p.path for p in error.problems] == ["areas[0].resident"]
    assert 'did you mean "residents"' in str(error)


def test_nan_infinity_and_duplicate_keys_are_reported_with_paths():
    text = (
        '{"schema_version": 1, "gemeente": "GM0505", "gemeente": "GM0505", '
        '"budget": {"print_eur": NaN, "social_eur": Infinity}, '
        '"assumptions": {"social": {"cpm_eur": -Infinity}}}'
    )
    error = problems(text)
    assert [p.path for p in error.problems] == [
        "gemeente",
        "budget.print_eur",
        "budget.social_eur",
        "assumptions.social.cpm_eur",
    ]
    assert "more than once" in error.messages()[0]
    assert "NaN is not allowed" in error.messages()[1]
    assert "-Infinity is not allowed" in error.messages()[3]


def test_huge_number_is_not_finite():
    assert paths('{"schema_version": 1, "gemeente": "GM0505", "budget": {"social_eur": 1e400}}') == [
        "budget.social_eur"
    ]


def test_file_over_one_megabyte_is_refused():
    text = json.dumps(with_changes(MINIMAL, notes="x" * MAX_FILE_BYTES))
    error = problems(text)
    assert error.problems[0].path == "file" and "at most 1 MB" in str(error)


def test_not_utf8_is_refused():
    data = json.dumps(with_changes(MINIMAL, name="Caf\u00e9"), ensure_ascii=False).encode("latin-1")
    assert "not UTF-8" in str(problems(data))


def test_json_syntax_error_names_line_and_column():
    error = problems('{\n  "schema_version": 1,\n  "gemeente": "GM0505"\n  "name": "x"\n}')
    assert error.problems[0].path == "file"
    assert "line 4, column 3" in str(error)
    assert "regel 4, kolom 3" in error.messages("nl")[0]


@pytest.mark.parametrize("text, kind", [("[1, 2]", "a list"), ('"x"', "text"), ("3", "the number 3")])
def test_top_level_must_be_an_object(text, kind):
    assert f"it holds {kind}" in str(problems(text))


# -- schema version ------------------------------------------------------------------------------


def test_newer_schema_version_is_refused_as_the_only_problem():
    error = problems({"schema_version": SCHEMA_VERSION + 1, "whatever": 1})
    assert len(error.problems) == 1
    assert "made by a newer budgetsim" in str(error)
    assert "nieuwere budgetsim" in error.messages("nl")[0]


@pytest.mark.parametrize(
    "version, words",
    [(..., "is missing"), (0, "does not exist"), ("1", "whole number"), (1.0, "whole number"), (True, "whole number")],
)
def test_bad_or_missing_schema_version(version, words):
    error = problems(with_changes(MINIMAL, schema_version=version))
    assert [p.path for p in error.problems] == ["schema_version"]
    assert words in str(error)


def test_version_1_is_migrated_to_version_2_on_load():
    data = json.loads(EXAMPLE)
    assert migrate(data) == dict(data, schema_version=2)
    old = parse_scenario(EXAMPLE)
    assert old.migrated_from == 1 and old.schema_version == SCHEMA_VERSION == 2
    assert old.level == "wijk" and old.current is None and old.calibration is None
    assert old.assumptions.print.price_per_page_eur is None
    assert parse_scenario(EXAMPLE_V2).migrated_from is None
    assert parse_scenario(EXAMPLE_V2) == old  # the same scenario, however it was read


# -- gemeente and area codes ---------------------------------------------------------------------


def test_unknown_gemeente_code():
    error = problems({"schema_version": 1, "gemeente": "GM9999"})
    assert error.messages()[0].startswith("gemeente: GM9999 is not a municipality (gemeente) in the CBS 2024 data")


def test_gemeente_name_in_a_file_is_refused_with_the_code_as_hint():
    error = problems({"schema_version": 1, "gemeente": "Dordrecht"})
    assert 'for Dordrecht that is "GM0505"' in str(error)


def test_gemeente_or_areas_is_needed():
    assert paths({"schema_version": 1}) == ["gemeente"]


@pytest.mark.parametrize(
    "where",
    [
        "area_weights",
        "area_names",
        "budget__social_manual_eur",
        "constraints__area_min_eur",
        "constraints__area_max_eur",
    ],
)
def test_codes_must_be_areas_of_the_scenario(where):
    value = "x" if where == "area_names" else 1
    error = problems(with_changes(MINIMAL, **{where: {"WK050501": value, "WK059999": value}}))
    assert [p.path for p in error.problems] == [where.replace("__", ".") + ".WK059999"]
    assert "is not an area of this scenario" in str(error)


def test_area_name_instead_of_code_gets_the_code_as_hint():
    error = problems(with_changes(MINIMAL, area_weights={"Wijk 09 Sterrenburg": 2}))
    assert 'did you mean "WK050509"' in str(error)


def test_codes_of_inline_areas_are_used_instead_of_the_wijken():
    data = {
        "schema_version": 1,
        "gemeente": DORDRECHT,
        "areas": [{"code": "BU1", "name": "Een", "residents": 100, "dwellings": 40}],
        "area_weights": {"BU1": 3, "WK050501": 1},
    }
    assert paths(data) == ["area_weights.WK050501"]


# -- budget, weights, constraints -----------------------------------------------------------------


def manual(social_eur, per_area):
    return with_changes(
        MINIMAL, budget={"social_eur": social_eur, "social_split": "manual", "social_manual_eur": per_area}
    )


def test_manual_euros_must_add_up_within_one_euro():
    assert scenario_from_dict(manual(5000, {"WK050501": 2000, "WK050502": 2999.5}))
    error = problems(manual(5000, {"WK050501": 2000, "WK050502": 2998}))
    assert [p.path for p in error.problems] == ["budget.social_manual_eur"]
    assert "add up to 4,998" in str(error)


def test_manual_sum_is_only_checked_for_manual_split():
    data = with_changes(MINIMAL, budget={"social_eur": 5000, "social_manual_eur": {"WK050501": 1}})
    assert scenario_from_dict(data).budget.social_manual_eur == {"WK050501": 1}


@pytest.mark.parametrize("value, ok", [(0, True), (10_000_000, True), (10_000_001, False), (-0.01, False)])
def test_money_limits(value, ok):
    data = with_changes(MINIMAL, budget__print_eur=value)
    if ok:
        assert scenario_from_dict(data).budget.print_eur == value
    else:
        assert paths(data) == ["budget.print_eur"]


@pytest.mark.parametrize("value, ok", [(0, True), (100, True), (100.5, False), (-1, False)])
def test_weight_limits(value, ok):
    data = with_changes(MINIMAL, area_weights={"WK050501": value})
    assert ok == (not _fails(data))


def test_print_min_above_max():
    data = with_changes(MINIMAL, constraints={"print_min_eur": 100, "print_max_eur": 50})
    assert paths(data) == ["constraints.print_min_eur"]


def test_area_min_above_max():
    data = with_changes(MINIMAL, constraints={"area_min_eur": {"WK050501": 100}, "area_max_eur": {"WK050501": 50}})
    assert paths(data) == ["constraints.area_min_eur.WK050501"]


def test_bool_is_not_a_number():
    assert paths(with_changes(MINIMAL, budget__social_eur=True)) == ["budget.social_eur"]


@pytest.mark.parametrize(
    "bands, bad_paths",
    [
        ([], ["target_bands"]),
        (["0-14"], ["target_bands[0]"]),
        (["65+", "65+"], ["target_bands"]),
        ("65+", ["target_bands"]),
    ],
)
def test_target_bands(bands, bad_paths):
    assert paths(with_changes(MINIMAL, target_bands=bands)) == bad_paths


# -- assumptions ----------------------------------------------------------------------------------


def _fails(data) -> bool:
    try:
        scenario_from_dict(data)
    except InputError:
        return True
    return False


@pytest.mark.parametrize(
    "key, value, ok",
    [
        ("print__delivery_share", 1.0, True),
        ("print__delivery_share", 1.01, False),
        ("print__loyalty", 0.99, True),
        ("print__loyalty", 0.995, False),
        ("print__loyalty", -0.1, False),
        ("print__price_per_1000_copies_eur", 0, False),
        ("print__price_per_1000_copies_eur", 0.01, True),
        ("social__cpm_eur", 0, False),
        ("social__spread", 0, False),
        ("social__spread", 1000, True),
        ("social__spread", 1000.1, False),
        ("social__on_target_share", 0, True),
        ("social__noticed_share", 1.5, False),
        ("social__min_audience", -1, False),
    ],
)
def test_assumption_limits(key, value, ok):
    assert ok == (not _fails(with_changes(MINIMAL, **{f"assumptions__{key}": value})))


def test_page_seen_needs_all_four_bands():
    data = with_changes(MINIMAL, assumptions__print__page_seen={"15-24": 0.1, "25-45": 0.2, "65+": 2})
    error = problems(data)
    assert sorted(p.path for p in error.problems) == sorted(
        [
            "assumptions.print.page_seen.65+",  # above 1
            "assumptions.print.page_seen.25-45",  # unknown band
            "assumptions.print.page_seen",  # missing bands
        ]
    )
    assert 'did you mean "25-44"' in str(error)
    assert "missing: 25-44, 45-64" in str(error)


def test_platform_share_needs_all_four_bands():
    data = with_changes(MINIMAL, assumptions__social__platform_share={"65+": 0.5})
    assert paths(data) == ["assumptions.social.platform_share"]


# -- inline areas ---------------------------------------------------------------------------------


def area(code, **extra):
    return {"code": code, "name": f"Gebied {code}", "residents": 1000, "dwellings": 400, **extra}


def test_inline_areas_checks_all_at_once():
    shares = {"0-14": 0.2, "15-24": 0.2, "25-44": 0.2, "45-64": 0.2, "65+": 0.3}
    data = {
        "schema_version": 1,
        "areas": [
            area("A", age_shares=shares),
            area("A"),
            area("B", residents=-1),
            area("C", age_shares={"0-14": 1.0}),
        ],
    }
    assert paths(data) == [
        "areas[2].residents",
        "areas[0].age_shares",
        "areas[1].code",
        "areas[3].age_shares",
    ]


def test_inline_areas_become_the_scenarios_areas():
    shares = {"0-14": 0.1, "15-24": 0.2, "25-44": 0.3, "45-64": 0.2, "65+": 0.2}
    s = scenario_from_dict(
        {"schema_version": 1, "areas": [area("A", age_shares=shares), area("B")], "area_names": {"B": "Bee"}}
    )
    areas = scenario_areas(s)
    assert areas.codes == ("A", "B") and areas.names == ("Gebied A", "Bee")
    assert areas.age_shares[0].tolist() == [0.1, 0.2, 0.3, 0.2, 0.2]
    assert areas.age_shares[1] == pytest.approx([0.155, 0.124, 0.255, 0.265, 0.201])


def test_empty_inline_area_list():
    assert paths({"schema_version": 1, "areas": []}) == ["areas"]


# -- uncertainty ----------------------------------------------------------------------------------


@pytest.mark.parametrize("draws, ok", [(99, False), (100, True), (100_000, True), (100_001, False), (500.0, False)])
def test_draws_limits(draws, ok):
    assert ok == (not _fails(with_changes(MINIMAL, uncertainty__draws=draws)))


def test_seed_must_be_a_whole_number():
    assert paths(with_changes(MINIMAL, uncertainty__seed=1.5)) == ["uncertainty.seed"]


@pytest.mark.parametrize(
    "key, bounds, words",
    [
        ("print.delivery_share", [0.85, 0.95], "must contain the scenario's value"),
        ("print.delivery_share", [0.9, 0.7], "must not be above high"),
        ("print.delivery_share", [0.7, 1.2], "must lie in [0, 1]"),
        ("print.page_seen", [1.1, 1.4], "must contain 1"),
        ("social.spread", [0, 2], "must lie in (0, 1,000]"),
        ("social.cpm", [6, 12], 'did you mean "social.cpm_eur"'),
        ("delivery_share", [0.7, 0.9], 'did you mean "print.delivery_share"'),
        ("social.min_audience", [0, 10], "unknown parameter"),
        ("social.cpm_eur", [6], "exactly 2 numbers"),
        ("social.cpm_eur", [6, 7, 8], "exactly 2 numbers"),
        ("social.cpm_eur", ["6", 8], "must be a number"),
    ],
)
def test_bad_uncertainty_ranges(key, bounds, words):
    error = problems(with_changes(MINIMAL, uncertainty__ranges={key: bounds}))
    assert len(error.problems) == 1
    assert error.problems[0].path.startswith(f"uncertainty.ranges.{key}")
    assert words in str(error)


def test_range_is_checked_against_the_scenarios_own_value():
    data = with_changes(MINIMAL, assumptions__social__cpm_eur=20, uncertainty__ranges={"social.cpm_eur": [6, 12]})
    assert paths(data) == ["uncertainty.ranges.social.cpm_eur"]
    data["uncertainty"]["ranges"]["social.cpm_eur"] = [15, 25]
    assert scenario_from_dict(data)


def test_unlisted_ranges_are_defaults_widened_to_the_value():
    s = scenario_from_dict(
        with_changes(MINIMAL, assumptions__social__cpm_eur=20, uncertainty__ranges={"print.loyalty": [0.4, 0.6]})
    )
    ranges = uncertainty_ranges(s)
    assert set(ranges) == set(RANGE_KEYS)
    assert ranges["social.cpm_eur"] == (6.0, 20.0)  # default [6, 12] widened to the value 20
    assert ranges["print.loyalty"] == (0.4, 0.6)
    assert ranges["print.page_seen"] == (0.6, 1.4)  # a factor on every band
    assert ranges["print.delivery_share"] == (0.7, 0.9)


# -- the model side -------------------------------------------------------------------------------


def test_planning_builds_the_model_from_the_file():
    s = parse_scenario(EXAMPLE)
    plan = ScenarioPlan(s)
    areas = plan.areas
    assert areas.codes == DORDRECHT_WIJKEN.codes == scenario_areas(s).codes
    assert areas.names[areas.index()["WK050509"]] == "Sterrenburg"
    weights = plan.weights
    assert weights[areas.index()["WK050509"]] == 2.0 and weights.sum() == len(areas) + 1
    lo, hi = plan.constraints.ad_set_bounds(plan.model)  # limits are per ad set now
    assert hi.tolist() == [math.inf] * len(plan.model.ad_sets)
    assert lo.tolist() == [0.0] * len(plan.model.ad_sets)
    model = build_model(s, areas)
    assert model.target_bands == TARGETABLE_BANDS
    assert print_budget_eur(s, model) == 20000 == plan.print_eur


def test_target_bands_reach_the_model():
    s = scenario_from_dict(with_changes(MINIMAL, target_bands=["65+", "15-24"]))
    assert build_model(s).target_bands == ("15-24", "65+")


def test_manual_array_follows_area_order():
    s = scenario_from_dict(manual(300, {"WK050502": 100, "WK050501": 200}))
    arr = ScenarioPlan(s).manual_social()
    assert arr[:3].tolist() == [200, 100, 0] and arr.sum() == 300


def test_null_print_budget_is_a_page_every_week():
    s = scenario_from_dict(MINIMAL)
    assert print_budget_eur(s) == round(build_model(s).default_print_eur())


def test_assumptions_reach_the_model():
    s = scenario_from_dict(
        with_changes(
            MINIMAL,
            assumptions__social__cpm_eur=12.5,
            assumptions__print__page_seen={"15-24": 0.2, "25-44": 0.2, "45-64": 0.2, "65+": 0.2},
        )
    )
    obj = scenario_assumptions(s)
    assert obj.social.cpm_eur == 12.5 and obj.print.page_seen["65+"] == 0.2


# -- writing --------------------------------------------------------------------------------------


def key_order(value):
    if isinstance(value, dict):
        return [(k, key_order(v)) for k, v in value.items()]
    return None


def test_written_key_order_is_the_example_order():
    written = scenario_to_json(parse_scenario(EXAMPLE))
    assert key_order(json.loads(written)) == key_order(json.loads(EXAMPLE_V2))


def test_written_text_format():
    text = scenario_to_json(parse_scenario(EXAMPLE))
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert text.startswith('{\n  "schema_version": 2,\n  "name": "Voorstel 2027')
    assert '"print_eur": 20000,' in text  # whole euros, not 20000.0
    assert '"delivery_share": 0.8,' in text


def test_non_ascii_is_written_as_utf8():
    s = scenario_from_dict(with_changes(MINIMAL, name="Één wijk – café"))
    assert "Één wijk – café" in scenario_to_json(s)


def test_round_trip_of_example_and_new_scenario():
    for s in (parse_scenario(EXAMPLE), new_scenario("Dordrecht"), scenario_from_dict(MINIMAL)):
        assert parse_scenario(scenario_to_json(s)) == s
        assert scenario_to_json(parse_scenario(scenario_to_json(s))) == scenario_to_json(s)


def test_maps_are_written_in_stable_order():
    s = scenario_from_dict(
        with_changes(
            MINIMAL,
            area_weights={"WK050503": 1, "WK050501": 2},
            assumptions__print__page_seen={"65+": 0.5, "15-24": 0.1, "45-64": 0.3, "25-44": 0.2},
        )
    )
    out = json.loads(scenario_to_json(s))
    assert list(out["area_weights"]) == ["WK050501", "WK050503"]
    assert list(out["assumptions"]["print"]["page_seen"]) == list(TARGETABLE_BANDS)


WIJK_CODES = list(DORDRECHT_WIJKEN.codes)
unit = st.floats(0, 1, allow_nan=False)
money = st.floats(0, 10_000_000, allow_nan=False)
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@st.composite
def scenario_dicts(draw):
    loyalty = draw(st.floats(0, 0.99))
    cpm = draw(st.floats(0.01, 1000))
    codes = draw(st.lists(st.sampled_from(WIJK_CODES), unique=True, max_size=4))
    split = draw(st.sampled_from(["by_audience", "optimal", "manual"]))
    manual_eur = {c: draw(st.floats(0, 2_000_000)) for c in codes}  # the sum stays within the limit
    social = sum(manual_eur.values()) if split == "manual" else draw(money)
    ranges = {}
    if draw(st.booleans()):
        ranges["print.loyalty"] = [draw(st.floats(0, loyalty)), draw(st.floats(loyalty, 0.99))]
    if draw(st.booleans()):
        ranges["social.platform_share"] = [draw(st.floats(0, 1)), draw(st.floats(1, 5))]
    return {
        "schema_version": 1,
        "name": draw(text),
        "notes": draw(text),
        "gemeente": DORDRECHT,
        "target_bands": draw(st.lists(st.sampled_from(TARGETABLE_BANDS), min_size=1, max_size=4, unique=True)),
        "budget": {
            "print_eur": draw(st.none() | money),
            "social_eur": social,
            "social_split": split,
            "social_manual_eur": manual_eur,
        },
        "area_weights": {c: draw(st.floats(0, 100)) for c in codes},
        "area_names": {c: draw(text.filter(bool)) for c in codes},
        "constraints": {
            "print_min_eur": 0,
            "print_max_eur": draw(st.none() | money),
            "area_max_eur": {c: draw(money) for c in codes},
        },
        "assumptions": {
            "print": {
                "delivery_share": draw(unit),
                "loyalty": loyalty,
                "page_seen": {b: draw(unit) for b in TARGETABLE_BANDS},
            },
            "social": {
                "cpm_eur": cpm,
                "spread": draw(st.floats(0.001, 1000)),
                "min_audience": draw(st.integers(0, 10**6)),
            },
        },
        "uncertainty": {
            "seed": draw(st.integers(0, 2**32 - 1)),
            "draws": draw(st.integers(100, 100_000)),
            "ranges": ranges,
        },
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario_dicts())
def test_round_trip_property(data):
    s = scenario_from_dict(data)
    text_once = scenario_to_json(s)
    assert parse_scenario(text_once) == s
    assert parse_scenario(text_once.encode("utf-8")) == s
    assert scenario_to_json(parse_scenario(text_once)) == text_once


# -- saving ---------------------------------------------------------------------------------------


def test_save_and_load(tmp_path):
    s = parse_scenario(EXAMPLE)
    path = save_scenario(s, tmp_path / "plan.json")
    assert load_scenario(path) == s
    assert path.read_text(encoding="utf-8") == scenario_to_json(s)
    assert os.listdir(tmp_path) == ["plan.json"]


def test_save_does_not_overwrite_without_force(tmp_path):
    target = tmp_path / "plan.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(FileExistsError) as caught:
        save_scenario(scenario_from_dict(MINIMAL), target)
    assert isinstance(caught.value, ScenarioExistsError)
    assert "already exists" in str(caught.value)
    assert "bestaat al" in caught.value.messages("nl")[0]
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["plan.json"]


def test_save_with_force_replaces(tmp_path):
    target = tmp_path / "plan.json"
    target.write_text("old", encoding="utf-8")
    save_scenario(scenario_from_dict(MINIMAL), target, force=True)
    assert load_scenario(target) == scenario_from_dict(MINIMAL)
    assert os.listdir(tmp_path) == ["plan.json"]


def test_failed_save_leaves_nothing_behind(tmp_path, monkeypatch):
    def broken_fsync(fd):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        save_scenario(scenario_from_dict(MINIMAL), tmp_path / "plan.json")
    assert os.listdir(tmp_path) == []


def test_failed_forced_save_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "plan.json"
    target.write_text("old", encoding="utf-8")
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(OSError("no")))
    with pytest.raises(OSError):
        save_scenario(scenario_from_dict(MINIMAL), target, force=True)
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["plan.json"]


def test_load_missing_file_raises_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_scenario(tmp_path / "nope.json")


def test_load_a_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError) as caught:
        load_scenario(tmp_path)
    assert caught.value.problems[0].path == "file"


def test_load_reports_problems(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(with_changes(MINIMAL, budget__social_eur=-5)), encoding="utf-8")
    with pytest.raises(InputError, match=r"budget.social_eur: must be at least 0 \(got -5\)"):
        load_scenario(path)


# -- file names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Voorstel 2027: 5.000 euro voor social", "voorstel-2027-5-000-euro-voor-social.json"),
        ("Één café", "een-cafe.json"),
        ("../../etc/passwd", "etc-passwd.json"),
        ("", "scenario.json"),
        ("   ", "scenario.json"),
        ("???", "scenario.json"),
        ("plan.json", "plan.json"),
        ("CON", "scenario-con.json"),
        ("a_b-c", "a_b-c.json"),
    ],
)
def test_safe_filename(name, expected):
    assert safe_filename(name) == expected


@given(st.text())
def test_safe_filename_is_always_safe(name):
    result = safe_filename(name)
    stem = result[: -len(".json")]
    assert result.endswith(".json") and stem
    assert all(ch.isascii() and (ch.isalnum() or ch in "-_") for ch in stem)


def test_unique_path_counts_up(tmp_path):
    first = unique_path(tmp_path, "Plan A")
    assert first == tmp_path / "plan-a.json"
    first.write_text("x")
    second = unique_path(tmp_path, "Plan A")
    assert second == tmp_path / "plan-a-2.json"
    second.write_text("x")
    assert unique_path(tmp_path, "Plan A") == tmp_path / "plan-a-3.json"


# -- new scenarios ---------------------------------------------------------------------------------


def test_new_scenario_defaults_to_a_page_every_week():
    s = new_scenario(DORDRECHT)
    expected = round(build_model(s).default_print_eur())
    assert s.budget.print_eur == expected and float(expected).is_integer()
    assert s.budget.social_eur == 5000
    assert s.gemeente == DORDRECHT and s.name


def test_new_scenario_by_name_and_budget_keys():
    s = new_scenario(
        "dordrecht",
        print_eur=1000,
        social_eur=300,
        name="Test",
        social_split="manual",
        social_manual_eur={"WK050501": 300},
    )
    assert (s.gemeente, s.name, s.budget.print_eur, s.budget.social_split) == (DORDRECHT, "Test", 1000, "manual")


def test_new_scenario_unknown_gemeente():
    with pytest.raises(InputError) as caught:
        new_scenario("Nergenshuizen")
    assert caught.value.problems[0].path == "gemeente"


def test_new_scenario_checks_its_input():
    with pytest.raises(InputError, match="budget.social_eur"):
        new_scenario(DORDRECHT, social_eur=-1)


def test_new_scenario_without_anything_is_dordrecht():
    assert new_scenario().gemeente == cbs.DEFAULT_GEMEENTE


def test_scenario_is_frozen():
    s = scenario_from_dict(MINIMAL)
    with pytest.raises(ValidationError):
        s.name = "x"  # type: ignore[misc]
    assert isinstance(s, Scenario)
    assert isinstance(ScenarioPlan(s).weights, np.ndarray)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**12)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=10)
    | st.sampled_from(["GM0505", "WK050501", "manual", "65+", "print.loyalty"]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.text(max_size=8) | st.sampled_from(["WK050501", "15-24", "code", "social.cpm_eur"]), inner, max_size=3
        )
    ),
    max_leaves=8,
)


def _all_paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _all_paths(value, prefix + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _all_paths(value, prefix + (i,))


def _set_if_present(node, path, value):
    """Set ``node[path] = value`` when every step of ``path`` still exists (earlier damage may remove it)."""
    for key in path[:-1]:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return
    if isinstance(node, dict) and isinstance(path[-1], str):
        node[path[-1]] = value
    elif isinstance(node, list) and isinstance(path[-1], int) and path[-1] < len(node):
        node[path[-1]] = value


EXAMPLE_PATHS = [p for p in _all_paths(json.loads(EXAMPLE)) if p and p != ("schema_version",)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(EXAMPLE_PATHS), json_values), min_size=1, max_size=4))
def test_any_damaged_file_gives_input_error_or_a_scenario(damage):
    """Whatever is put anywhere in a valid file, the outcome is a Scenario or an InputError."""
    data = json.loads(EXAMPLE)
    for path, value in damage:
        _set_if_present(data, path, value)
    try:
        s = parse_scenario(json.dumps(data))
    except InputError as error:
        assert error.problems and all(p.message("en") and p.message("nl") for p in error.problems)
        return
    assert parse_scenario(scenario_to_json(s)) == s


# -- schema version 2: level, current, page price, calibration ------------------------------------


def test_level_picks_the_bundled_areas_and_needs_a_gemeente():
    buurt = scenario_from_dict(with_changes(MINIMAL, schema_version=2, level="buurt"))
    assert scenario_areas(buurt).codes == cbs.buurten(DORDRECHT).codes
    assert scenario_areas(scenario_from_dict(MINIMAL)).codes == DORDRECHT_WIJKEN.codes
    assert paths(with_changes(MINIMAL, level="straat")) == ["level"]
    own = {"schema_version": 2, "areas": [area("A")], "level": "wijk"}
    error = problems(own)
    assert [p.path for p in error.problems] == ["level"] and 'remove "level"' in str(error)
    assert "level" not in scenario_from_dict({"schema_version": 2, "areas": [area("A")]}).to_dict()


def test_current_defaults_to_a_weekly_page_and_no_social():
    s = scenario_from_dict(with_changes(MINIMAL, budget__print_eur=1000, budget__social_eur=300))
    plan = ScenarioPlan(s)
    assert plan.current_eur == (round(52 * plan.model.price_per_insertion), 0.0)
    given = scenario_from_dict(with_changes(MINIMAL, current={"print_eur": 12000, "social_eur": 800}))
    assert ScenarioPlan(given).current_eur == (12000, 800)
    assert given.to_dict()["current"] == {"print_eur": 12000, "social_eur": 800}
    assert paths(with_changes(MINIMAL, current={"print_eur": -1, "social": 3})) == [
        "current.print_eur",
        "current.social",
    ]


def test_price_per_page_replaces_the_price_from_copies():
    s = scenario_from_dict(with_changes(MINIMAL, assumptions__print__price_per_page_eur=687))
    model = build_model(s)
    assert model.price_per_insertion == 687
    assert ScenarioPlan(s).current_eur[0] == 52 * 687
    assert paths(with_changes(MINIMAL, assumptions__print__price_per_page_eur=0)) == [
        "assumptions.print.price_per_page_eur"
    ]
    assert scenario_from_dict(with_changes(MINIMAL, assumptions__print__price_per_page_eur=None)) == scenario_from_dict(
        MINIMAL
    )


CALIBRATION = {
    "social": {
        "source": "export-2026.csv",
        "read_at": "2026-11-30",
        "rows_used": 4,
        "rows_skipped": [{"row": 5, "why": "reach above impressions"}],
        "fitted": {"cpm_eur": 7.1, "spread": 0.8, "platform_share_factor": 0.93},
    },
    "print": {
        "source": "burgerpanel-2026.csv",
        "read_at": "2026-11-30",
        "respondents": 812,
        "fitted": {"delivery_share": 0.78, "loyalty": 0.62, "page_seen": {"65+": 0.55}},
    },
}


def _calibrated() -> dict:
    """A scenario whose assumptions hold the fitted values of :data:`CALIBRATION`."""
    return with_changes(
        MINIMAL,
        schema_version=2,
        calibration=CALIBRATION,
        assumptions__social__cpm_eur=7.1,
        assumptions__social__spread=0.8,
        assumptions__print__delivery_share=0.78,
        assumptions__print__loyalty=0.62,
        assumptions__print__page_seen=dict(Assumptions().print.page_seen, **{"65+": 0.55}),
    )


def test_the_calibration_record_is_kept_on_save(tmp_path):
    s = scenario_from_dict(_calibrated())
    path = save_scenario(s, tmp_path / "calibrated.json")
    again = json.loads(path.read_text(encoding="utf-8"))["calibration"]
    assert again == CALIBRATION
    assert load_scenario(path) == s


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"tv": {}}, "calibration.tv"),
        ({"print": {"read_at": "30-11-2026"}}, "calibration.print.read_at"),
        ({"social": {"fitted": {"cpm_eur": "cheap"}}}, "calibration.social.fitted.cpm_eur"),
        ({"social": []}, "calibration.social"),
    ],
)
def test_the_calibration_record_is_checked_loosely(change, where):
    found = paths(with_changes(MINIMAL, calibration=change))
    assert found and all(p.startswith(where) for p in found)


def test_the_example_scenarios_are_version_2_as_this_version_writes_them():
    folder = os.path.join(os.path.dirname(__file__), "..", "..", "scenarios")
    examples = sorted(name for name in os.listdir(folder) if name.endswith(".json"))
    assert examples
    for name in examples:
        path = os.path.join(folder, name)
        with open(path, encoding="utf-8") as stream:
            text = stream.read()
        if json.loads(text).get("schema_version") is None:
            continue  # not a scenario (an example export or survey)
        s = parse_scenario(text)
        assert s.migrated_from is None and scenario_to_json(s) == text, name
        assert s.assumptions.print.page_seen == Assumptions().print.page_seen, name


def test_editing_a_fitted_value_by_hand_keeps_the_record_and_marks_it():
    data = _calibrated()
    fitted = scenario_from_dict(data)
    assert fitted.to_dict()["calibration"] == CALIBRATION  # nothing edited: the record as written
    edited = scenario_from_dict(with_changes(data, assumptions__print__loyalty=0.7))
    assert edited.to_dict()["calibration"]["print"]["edited"] == ["loyalty"]
    assert "edited" not in edited.to_dict()["calibration"]["social"]
    band = with_changes(data, assumptions__social__cpm_eur=9)
    band["assumptions"]["print"]["page_seen"]["65+"] = 0.6
    again = scenario_from_dict(band).to_dict()["calibration"]
    assert again["print"]["edited"] == ["page_seen.65+"] and again["social"]["edited"] == ["cpm_eur"]
    assert again["print"]["fitted"] == CALIBRATION["print"]["fitted"]  # the fit itself is kept
    back = scenario_from_dict(dict(band, calibration=again, assumptions=data["assumptions"]))
    assert back.to_dict()["calibration"] == CALIBRATION  # set back to the fit: no longer edited
