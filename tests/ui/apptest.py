"""Driving the app headless through ``streamlit.testing.v1.AppTest``: a fresh session, a run that
allows no traceback, a tab opened, the key figures as shown, and the figure the core expects.
Used by every AppTest file in ``tests/ui``; the ``media`` fixture (downloads) is in ``conftest.py``."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from budgetsim.formatting import fmt_int
from budgetsim.planning import ScenarioPlan

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "app.py"


def fresh() -> AppTest:
    """A new browser session on the first screen (Dordrecht, print at its weekly page, € 5.000 social)."""
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    return at


def run(target) -> AppTest:
    """Run the app (``target`` is the AppTest or a widget just given a value); no traceback allowed."""
    at = target.run()
    assert not at.exception, at.exception
    return at


def figures(at: AppTest) -> dict[str, str]:
    """Label -> shown value of every key figure."""
    return {m.label: m.value for m in at.metric}


def expected_reached(scenario, lang: str = "nl") -> str:
    """What the app must show as "Inwoners bereikt" for ``scenario``, from the core model."""
    return fmt_int(ScenarioPlan(scenario).evaluate().total("reached"), lang)


def open_tab(at: AppTest, label: str) -> AppTest:
    """Switch to the tab ``label`` (the app's tabs are lazy: only the open one is drawn; their key
    carries the language, as their labels do)."""
    at.session_state[f"tab:{at.session_state['lang']}"] = label
    return run(at)


def open_box(at: AppTest, key: str = "open_box") -> AppTest:
    """Open the box (expander or popover) ``key``, by default the sidebar's "Scenario openen": the
    app draws the contents of these boxes only while they are open ("areas_box", "current_edit" for
    "Nu aanpassen", "price_box_False" for the price of a page)."""
    at.session_state[key] = True
    return run(at)


def upload_scenario(at: AppTest, name: str, content: bytes) -> AppTest:
    """Put a file into the sidebar uploader "Scenario openen"; the app reruns itself after it."""
    open_box(at).sidebar.file_uploader(key="open_upload").set_value((name, content, "application/json"))
    return run(at)
