"""Problems and InputError: one line per problem, in Dutch or English."""

import pytest

from budgetsim.problems import InputError, Message, Problem, format_number


def at_least(value):
    return Message("areas_csv.count_negative", value=value)


def test_problem_text_puts_path_before_message():
    problem = Problem("budget.social_eur", at_least(-5))
    assert problem.text("en") == "budget.social_eur: must be at least 0 (got -5)"
    assert problem.text("nl") == "budget.social_eur: moet minstens 0 zijn (nu -5)"
    assert problem.text() == problem.text("en")


def test_problem_uses_the_words_of_its_place_per_language():
    problem = Problem(None, at_least(-1), where=Message("where.line_column", line=4, column="residents"))
    assert problem.path == "line 4, column residents"
    assert problem.text("nl") == "regel 4, kolom residents: moet minstens 0 zijn (nu -1)"
    assert problem.text("en") == "line 4, column residents: must be at least 0 (got -1)"


def test_problem_without_path_is_just_the_message():
    assert Problem("", at_least(-1)).text("nl") == "moet minstens 0 zijn (nu -1)"


def test_problem_is_frozen():
    problem = Problem("a", at_least(-1))
    with pytest.raises(AttributeError):
        problem.path = "x"  # type: ignore[misc]


def test_input_error_lists_every_problem_in_order():
    error = InputError([Problem("a", at_least(-1)), Problem("b", at_least(-2))])
    assert error.messages("en") == ["a: must be at least 0 (got -1)", "b: must be at least 0 (got -2)"]
    assert error.messages("nl") == ["a: moet minstens 0 zijn (nu -1)", "b: moet minstens 0 zijn (nu -2)"]
    assert str(error) == "a: must be at least 0 (got -1)\nb: must be at least 0 (got -2)"
    assert isinstance(error, ValueError)
    assert len(error.problems) == 2


def test_input_error_accepts_a_single_problem():
    error = InputError(Problem("file", at_least(-1)))
    assert error.messages() == ["file: must be at least 0 (got -1)"]


def test_input_error_needs_a_problem():
    with pytest.raises(ValueError):
        InputError([])


@pytest.mark.parametrize(
    "value, en, nl",
    [
        (0, "0", "0"),
        (-5, "-5", "-5"),
        (10_000_000, "10,000,000", "10.000.000"),
        (0.35, "0.35", "0,35"),
        (1234.5, "1,234.5", "1.234,5"),
    ],
)
def test_format_number(value, en, nl):
    assert format_number(value, "en") == en
    assert format_number(value, "nl") == nl
