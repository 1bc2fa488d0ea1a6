"""The habits of the code base, checked in the test run: ruff finds nothing and ``ruff format``
changes nothing; the layers of pyproject's ``[tool.importlinter]`` hold (app > presentation >
files and data > core; Streamlit only in the app); mypy (pyproject's ``[tool.mypy]``) finds no
type error in the package."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _tool(name: str) -> list[str]:
    """The command of a tool installed with the test extras (``pip install -e ".[test]"``)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""))
    if found is None:
        pytest.fail(f'{name} is not installed: pip install -e ".[test]"')
    return [found]


def _run(command: list[str]) -> subprocess.CompletedProcess:
    # this checkout first on the path: the package may be installed from another one
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)


def test_ruff_finds_nothing():
    result = _run(_tool("ruff") + ["check", "--no-cache", "--output-format", "concise", "."])
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts_hold():
    result = _run(_tool("lint-imports") + ["--no-cache"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout, result.stdout


def test_ruff_format_changes_nothing():
    result = _run(_tool("ruff") + ["format", "--check", "--no-cache", "."])
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_no_type_error():
    result = _run(_tool("mypy"))  # the files and settings of [tool.mypy]; its cache is kept in .mypy_cache
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout, result.stdout
