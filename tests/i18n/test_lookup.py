"""The text system: plural forms, placeholders with number specs, messages by key, and the
number formats checked against Babel's own formatting."""

import pkgutil
import re
import string
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from babel.numbers import format_currency, format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from budgetsim.allocation import InfeasibleBudget
from budgetsim.formatting import LOCALES, fmt_eur, fmt_exact, fmt_int, fmt_num, fmt_pct, number_style
from budgetsim.i18n import LANGS, PLURALS, SPECS, STRINGS, catalogue, plural_form, render, t
from budgetsim.problems import InputError, Message, Problem


def _fields(text):
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


# -- the catalogue: one module per screen area ---------------------------------------------------------
def test_a_key_defined_in_two_areas_is_refused():
    yes = {"nl": "ja", "en": "yes"}
    with pytest.raises(ValueError, match=r"'common.yes' \(common, page\) defined twice"):
        catalogue.merged([("common", {"common.yes": yes}), ("page", {"app.title": yes, "common.yes": yes})])
    assert catalogue.merged([("common", {"common.yes": yes}), ("page", {"app.title": yes})]) == {
        "common.yes": yes,
        "app.title": yes,
    }


def test_every_area_module_is_merged():
    modules = {info.name for info in pkgutil.iter_modules(catalogue.__path__)}
    assert modules == {area.__name__.rsplit(".", 1)[-1] for area in catalogue.AREAS}
    assert len(STRINGS) == sum(len(area.STRINGS) for area in catalogue.AREAS)


# -- plurals ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "count, nl, en",
    [
        (0, "0 wijken", "0 districts"),
        (1, "1 wijk", "1 district"),
        (3, "3 wijken", "3 districts"),
        (1200, "1.200 wijken", "1,200 districts"),
    ],
)
def test_plural_forms_follow_the_count(count, nl, en):
    assert t("count.wijken", "nl", count=count) == nl
    assert t("count.wijken", "en", count=count) == en


def test_plural_form_comes_from_babels_rules():
    assert plural_form(1, "nl") == "one" and plural_form(2, "nl") == "other" and plural_form(0, "en") == "other"
    with pytest.raises(ValueError, match="lang"):
        plural_form(1, "de")


def test_a_plural_text_needs_a_count():
    with pytest.raises(TypeError, match="count"):
        t("count.wijken", "nl")


def test_every_plural_text_has_other_and_the_same_placeholders_in_each_language():
    for key, entry in PLURALS.items():
        assert key not in STRINGS, key
        assert set(entry) == set(LANGS), key
        fields = set()
        for lang in LANGS:
            assert "other" in entry[lang], (key, lang)
            for text in entry[lang].values():
                assert "{count}" in text, (key, lang)
                fields |= _fields(text)
        for lang in LANGS:
            for text in entry[lang].values():
                assert _fields(text) == fields, (key, lang)


# -- placeholders with number specs -------------------------------------------------------------------
def test_specs_write_numbers_in_the_language():
    assert t("value.eur", "nl", amount=35740.224) == "€ 35.740"
    assert t("value.eur", "en", amount=35740.224) == "€35,740"
    assert (
        t("areas_csv.count_too_big", "nl", max=1e9, value=1234567890.5)
        == "mag hooguit 1.000.000.000 zijn (nu 1.234.567.890,5)"
    )
    assert t("areas_csv.count_too_big", "en", max=1e9, value=0.35) == "must be at most 1,000,000,000 (got 0.35)"


def test_every_spec_in_the_catalogue_is_known():
    for key, entry in STRINGS.items():
        for lang in LANGS:
            for _, name, spec, _ in string.Formatter().parse(entry[lang]):
                if name is not None and spec:
                    assert spec in SPECS, (key, lang, spec)


# -- messages by key --------------------------------------------------------------------------------------
def test_message_renders_in_both_languages_and_nests():
    message = Message(
        "alloc.total_outside_constraints", total=20000, print_min=25000, print_max=Message("alloc.no_maximum")
    )
    assert render(message, "nl").startswith(
        "een totaal van € 20.000 past niet binnen de grenzen (krant tussen € 25.000 en geen maximum"
    )
    assert str(message) == render(message, "en")
    assert "print between €25,000 and no maximum" in str(message)
    assert message == Message(
        "alloc.total_outside_constraints", total=20000, print_min=25000, print_max=Message("alloc.no_maximum")
    )


def test_message_with_count_picks_the_plural_form():
    assert Message("problem.more", count=1).render("nl") == "en nog 1 probleem van dezelfde soort"
    assert Message("problem.more", count=2).render("en") == "and 2 more problems of the same kind"


def test_keyed_problem_has_a_path_in_words_per_language():
    where = Message("where.line_column", line=4, column="residents")
    problem = Problem.of(None, "areas_csv.count_negative", where=where, value=-5)
    assert problem.path == "line 4, column residents"
    assert problem.key == "areas_csv.count_negative" and problem.params == {"value": -5}
    assert problem.text("nl") == "regel 4, kolom residents: moet minstens 0 zijn (nu -5)"
    assert problem.text("en") == "line 4, column residents: must be at least 0 (got -5)"
    assert str(InputError(problem)) == "line 4, column residents: must be at least 0 (got -5)"


def test_infeasible_budget_is_a_key_with_parameters():
    error = InfeasibleBudget("alloc.no_area_targetable", smallest=1000)
    assert error.key == "alloc.no_area_targetable" and error.params == {"smallest": 1000}
    assert str(error).startswith("no area has an audience of at least 1,000 people")
    assert error.message("nl").startswith("geen enkele wijk heeft een doelgroep van minstens 1.000 mensen")
    assert "(social.min_audience)" not in error.message("nl", keys=False)


_PREFIXES = "alloc|areas_csv|where|problem|amount|value|unit|count|store|calibration|figures"
_KEY_LITERAL = re.compile(rf"""["']((?:{_PREFIXES})\.[a-z0-9_.]+)["']""")


def test_every_message_key_in_the_code_is_in_the_catalogue():
    source = Path(__file__).resolve().parents[2] / "budgetsim"
    used = set()
    for path in source.rglob("*.py"):
        used |= set(_KEY_LITERAL.findall(path.read_text(encoding="utf-8")))
    assert used, "no message keys found: the pattern is out of date"
    missing = sorted(k for k in used if k not in STRINGS and k not in PLURALS)
    assert not missing, missing


def test_every_text_has_the_same_placeholders_in_each_language():
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    differ = sorted(key for key, texts in STRINGS.items() if fields(texts["nl"]) != fields(texts["en"]))
    assert not differ, differ


def test_optimiser_and_table_reader_write_no_language():
    """No Dutch or English sentences in the core's messages: they are keys (the catalogue writes them)."""
    root = Path(__file__).resolve().parents[2] / "budgetsim"
    for name in ("allocation.py", "areas_csv.py", "problems.py"):
        text = (root / name).read_text(encoding="utf-8")
        assert 'lang == "nl"' not in text, name
        assert not re.search(r"InfeasibleBudget\(\s*f?\"[a-z]+ ", text), name


# -- numbers as Babel writes them ------------------------------------------------------------------------
def _babel_amount(value: float, lang: str, decimals: int) -> str:
    rounded = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding="ROUND_HALF_UP")
    pattern = "¤#,##0" if lang == "en" else "¤ #,##0;¤ -#,##0"
    if decimals:
        pattern = ";".join(p + "." + "0" * decimals for p in pattern.split(";"))
    text = format_currency(rounded, "EUR", format=pattern, locale=LOCALES[lang], currency_digits=False)
    return text.replace("\u00a0", " ")


@settings(max_examples=300, deadline=None)
@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), st.sampled_from(LANGS), st.sampled_from([0, 1, 2]))
def test_numbers_and_euros_are_written_as_babel_writes_them(value, lang, decimals):
    rounded = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding="ROUND_HALF_UP")
    if rounded == 0:
        rounded = abs(rounded)  # "-0" is written "0"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    assert fmt_num(value, lang, decimals) == format_decimal(rounded, format=pattern, locale=LOCALES[lang])
    if rounded != 0:
        assert fmt_eur(value, lang, decimals) == _babel_amount(value, lang, decimals)


def test_styles_come_from_the_cldr_locale():
    assert (number_style("nl").decimal, number_style("nl").group) == (",", ".")
    assert (number_style("en").decimal, number_style("en").group) == (".", ",")
    assert number_style("nl").currency.negative == ("€ -", "")
    assert number_style("en").currency.negative == ("-€", "")
    assert fmt_int(-0.4, "nl") == "0" and fmt_pct(0.5, "nl", 0) == "50 %"
    assert fmt_exact(10_000_000, "nl") == "10.000.000" and fmt_exact(0.35, "nl") == "0,35"


def test_command_line_counts_areas_in_the_singular_and_plural():
    from budgetsim.areas import Areas
    from budgetsim.cli import summary_lines
    from budgetsim.model import ReachModel

    one = ReachModel(Areas.from_columns(["A"], ["A"], [4000.0], [2000.0]))
    two = ReachModel(Areas.from_columns(["A", "B"], ["A", "B"], [4000.0, 3000.0], [2000.0, 1500.0]))
    social = lambda m: np.zeros(len(m.areas))  # noqa: E731
    assert ": 1 gebied; doelgroep:" in summary_lines(one.evaluate(1000.0, social(one)), "nl")[1]
    assert ": 2 gebieden; doelgroep:" in summary_lines(two.evaluate(1000.0, social(two)), "nl")[1]
    assert ": 1 area; target group:" in summary_lines(one.evaluate(1000.0, social(one)), "en")[1]


def test_optimiser_guards_are_keyed_input_errors():
    from budgetsim.allocation import budget_for_target, optimise, social_split_for
    from budgetsim.areas import Areas
    from budgetsim.model import ReachModel

    model = ReachModel(Areas.from_columns(["A", "B"], ["A", "B"], [4000.0, 3000.0], [2000.0, 1500.0]))
    with pytest.raises(InputError) as info:
        optimise(model, -1.0)
    assert str(info.value) == "total budget: must be a number of at least 0 (got -1)"
    assert info.value.messages("nl") == ["totaal budget: moet een getal van minstens 0 zijn (nu -1)"]
    with pytest.raises(ValueError, match="reach target: must be a share between 0 and 1"):
        budget_for_target(model, 1.5)
    with pytest.raises(InputError) as info:
        social_split_for(model, "overal", 1000.0, 0.0)
    assert info.value.problems[0].path == "budget.social_split"
    assert info.value.messages("nl") == ["budget.social_split: moet by_audience, optimal, manual zijn (nu 'overal')"]


def test_errors_keep_their_keys_through_pickle():
    import pickle

    problem = Problem.of(None, "areas_csv.count_negative", where=Message("where.line", line=3), value=-5)
    error = pickle.loads(pickle.dumps(InputError([problem])))
    assert error.problems == [problem] and error.messages("nl") == ["regel 3: moet minstens 0 zijn (nu -5)"]
    infeasible = pickle.loads(pickle.dumps(InfeasibleBudget("alloc.no_area_targetable", smallest=5)))
    assert infeasible.key == "alloc.no_area_targetable" and "minstens 5 mensen" in infeasible.message("nl")


def test_the_catalogue_is_installed_as_the_renderer_of_the_core(monkeypatch):
    """budgetsim.problems imports no text: budgetsim/__init__ loads the catalogue, which installs itself."""
    import subprocess
    import sys

    from budgetsim import problems

    code = (
        "from budgetsim.problems import Problem, format_number; "
        "print(Problem.of('a', 'areas_csv.count_negative', value=-5).text('nl'), format_number(1e6, 'nl'))"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": ""},
        check=True,
    ).stdout
    assert out.strip() == "a: moet minstens 0 zijn (nu -5) 1.000.000"
    monkeypatch.setattr(problems, "_render_message", None)
    with pytest.raises(RuntimeError, match="renderer"):
        Message("problem.more", count=2).render("nl")


def test_own_table_messages_count_areas_in_the_singular_and_plural():
    one = t("app.areas.done", "nl", areas=t("count.areas", "nl", count=1))
    assert one == "Eigen tabel geladen (1 gebied)."
    many = t("app.areas.own_active", "en", areas=t("count.areas", "en", count=1200))
    assert many == "You are working with your own table (1,200 areas)."
