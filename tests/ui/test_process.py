"""The server process's one-time set-up (budgetsim.ui.process)."""

from __future__ import annotations

import gc
import subprocess
import sys

from budgetsim.ui.process import process_ready


def test_a_fresh_server_process_keeps_text_as_python_strings_and_freezes_its_heap():
    """In a process of its own: the test process has set Python strings already (tests/conftest.py)."""
    code = (
        "import gc, warnings, pandas as pd\n"
        "warnings.simplefilter('error')\n"
        "from budgetsim.ui.process import process_ready\n"
        "process_ready()\n"
        "print(pd.DataFrame({'a': ['x']})['a'].dtype == object, gc.get_freeze_count() > 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr  # no deprecation warning escapes either
    assert done.stdout.split() == ["True", "True"]


def test_process_ready_runs_once():
    process_ready()
    frozen = gc.get_freeze_count()
    process_ready()
    assert gc.get_freeze_count() == frozen
