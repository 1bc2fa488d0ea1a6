"""Problems and InputError: one line per problem, in Dutch or English."""

import pytest

from budgetsim.problems import InputError, Problem, format_number


def test_problem_text_puts_path_before_message():
    problem = Problem("budget.social_eur", "moet minstens 0 zijn (nu -5)", "must be at least 0 (got -5)")
    assert problem.text("en") == "budget.social_eur: must be at least 0 (got -5)"
    assert problem.text("nl") == "budget.social_eur: moet minstens 0 zijn (nu -5)"
    assert problem.text() == problem.text("en")


def test_problem_uses_dutch_path_when_given():
    problem = Problem("line 4, column residents", "leeg", "empty", "regel 4, kolom residents")
    assert problem.text("nl") == "regel 4, kolom residents: leeg"
    assert problem.text("en") == "line 4, column residents: empty"


def test_problem_without_path_is_just_the_message():
    assert Problem("", "alleen tekst", "just text").text("nl") == "alleen tekst"


def test_problem_is_frozen():
    problem = Problem("a", "b", "c")
    with pytest.raises(AttributeError):
        problem.path = "x"  # type: ignore[misc]


def test_input_error_lists_every_problem_in_order():
    error = InputError([Problem("a", "een", "one"), Problem("b", "twee", "two")])
    assert error.messages("en") == ["a: one", "b: two"]
    assert error.messages("nl") == ["a: een", "b: twee"]
    assert str(error) == "a: one\nb: two"
    assert isinstance(error, ValueError)
    assert len(error.problems) == 2


def test_input_error_accepts_a_single_problem():
    error = InputError(Problem("file", "leeg", "empty"))
    assert error.messages() == ["file: empty"]


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
