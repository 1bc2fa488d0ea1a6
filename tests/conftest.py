"""Fixtures shared by the test files: the Dordrecht setup most tests start from, and which tests run.

Dordrecht (GM0505, :data:`DORDRECHT`) is the app's first screen: CBS wijken, print at its weekly
page, € 5.000 for social media split by the size of each wijk's target group. The objects are
immutable, so one of each serves the whole test session. A test about "some gemeente" uses
:data:`DORDRECHT` (``from tests.conftest import DORDRECHT``); a test about Dordrecht's own figures
may name it.

Tests marked ``browser`` (a real browser: ``tests/browser``) run on CI (``CI`` set) always, and
elsewhere only with ``python -m pytest --browser``.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

from budgetsim.data import wijken
from budgetsim.model import Evaluation, ReachModel
from budgetsim.planning import ScenarioPlan, new_scenario
from budgetsim.scenario import Scenario
from budgetsim.ui.process import python_strings

# The app's server keeps text in pandas as Python strings (budgetsim.ui.process); so does every test,
# from the first, not only from the first test that starts the app.
python_strings()

# On CI the property tests draw the same examples every run (derandomize): a red build then means
# the change, not a rare draw. Locally they draw new examples each run and remember failing ones.
ON_CI = bool(os.environ.get("CI"))
settings.register_profile("ci", derandomize=True, database=None)
if ON_CI:
    settings.load_profile("ci")

DORDRECHT = "GM0505"
#: The social budget of the first screen (the usual advice to start with).
START_SOCIAL_EUR = 5000.0


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--browser",
        action="store_true",
        help="also run the tests marked browser (headless Chromium; always on when CI is set)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip the browser tests unless ``--browser`` is given or this is CI."""
    if ON_CI or config.getoption("--browser"):
        return
    skip = pytest.mark.skip(reason="a browser test: run with --browser (always on CI)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def dordrecht_scenario() -> Scenario:
    """Dordrecht's new scenario: print at its weekly page, € 5.000 social split by size."""
    return new_scenario(DORDRECHT, social_eur=START_SOCIAL_EUR)


@pytest.fixture(scope="session")
def dordrecht_plan(dordrecht_scenario) -> ScenarioPlan:
    """:func:`dordrecht_scenario` with its model and arrays resolved."""
    return ScenarioPlan(dordrecht_scenario)


@pytest.fixture(scope="session")
def dordrecht_evaluation(dordrecht_plan) -> Evaluation:
    """Every figure of :func:`dordrecht_plan`."""
    return dordrecht_plan.evaluate()


@pytest.fixture(scope="session")
def dordrecht_model() -> ReachModel:
    """The reach model of Dordrecht's CBS wijken with the default assumptions."""
    return ReachModel(wijken(DORDRECHT))


@pytest.fixture(scope="session")
def dordrecht_setup(dordrecht_model) -> tuple:
    """What the curve and chart tests start from: ``(model, split, print_eur, evaluation)`` --
    :func:`dordrecht_model`, its split by the size of each wijk's target group (social euros ->
    euros per wijk), the paper at its weekly page, and the evaluation at € 5.000 social."""
    from budgetsim.curves import audience_split

    split = audience_split(dordrecht_model)
    print_eur = dordrecht_model.default_print_eur()
    return dordrecht_model, split, print_eur, dordrecht_model.evaluate(print_eur, split(START_SOCIAL_EUR))


@pytest.fixture(scope="session")
def dordrecht_curves(dordrecht_setup):
    """The saturation curves of :func:`dordrecht_setup` (budgetsim.curves)."""
    from budgetsim.curves import saturation_curve_data

    model, split, print_eur, _ = dordrecht_setup
    return saturation_curve_data(model, print_eur, START_SOCIAL_EUR, split)


@pytest.fixture(scope="session")
def dordrecht_bands(dordrecht_setup, dordrecht_curves):
    """The P10-P90 bands around :func:`dordrecht_curves` (200 draws, seed 3)."""
    from budgetsim.curves import saturation_bands_data

    model, split, print_eur, _ = dordrecht_setup
    return saturation_bands_data(model, print_eur, START_SOCIAL_EUR, split, draws=200, seed=3, df=dordrecht_curves)
