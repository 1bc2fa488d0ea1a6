"""The browser tests' fixtures: ``streamlit run app.py`` on a free port (one per test module),
Debian's Chromium through Playwright, a fresh page (a new browser session) per test, and axe-core.

Needs Debian's Chromium at /usr/bin/chromium and the ``playwright`` package (not its browser
download), and ``axe-playwright-python`` for the accessibility tests. Without them the tests are
skipped, except on CI (``CI`` set), where they fail. Locally the browser tests run only with
``python -m pytest --browser`` (tests/conftest.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

import pytest

from tests.browser.processes import chromium, free_port, stop, unavailable, wait_healthy
from tests.browser.streamlit_page import REPO, TIMEOUT_S


@pytest.fixture(scope="module")
def server(request, tmp_path_factory):
    """``streamlit run app.py`` on a free port, with a store of its own (an SQLite file in a new data
    folder); the URL. Stopped (and its log shown on failure) at the end."""
    port = free_port()
    log = tempfile.TemporaryFile()
    env = {k: v for k, v in os.environ.items() if k not in ("BUDGETSIM_DATABASE_URL", "BUDGETSIM_ORG_CLAIM")}
    env["BUDGETSIM_DATA_DIR"] = str(tmp_path_factory.mktemp("data"))
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )

    def log_text() -> str:
        log.seek(0)
        return log.read().decode("utf-8", "replace")[-4000:]

    def stop_server() -> None:
        stop(process)
        log.close()

    request.addfinalizer(stop_server)
    wait_healthy("streamlit", port, process, 60, log_text)
    return f"http://127.0.0.1:{port}/"


@pytest.fixture(scope="module")
def browser():
    with chromium() as instance:
        yield instance


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True, locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_S * 1000)
    page.goto(server)
    try:
        yield page
    finally:
        context.close()


@pytest.fixture(scope="module")
def axe():
    """axe-core, run in the page by ``axe.run(page, options=...)``."""
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError as exc:
        unavailable(f"axe-playwright-python is not importable ({exc}); pip install -e '.[test]'")
    return Axe()
