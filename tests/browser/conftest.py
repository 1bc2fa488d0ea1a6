"""The browser tests' fixtures: ``streamlit run app.py`` on a free port (one per test module),
Debian's Chromium through Playwright, a fresh page (a new browser session) per test, and axe-core.

Needs Debian's Chromium at /usr/bin/chromium and the ``playwright`` package (not its browser
download), and ``axe-playwright-python`` for the accessibility tests. Without them the tests are
skipped, except on CI (``CI`` set), where they fail. Locally the browser tests run only with
``python -m pytest --browser`` (tests/conftest.py).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from tests.browser.streamlit_page import REPO, TIMEOUT_S
from tests.conftest import ON_CI

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _unavailable(reason: str) -> None:
    if ON_CI:
        pytest.fail(f"browser test cannot run on CI: {reason}")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.fixture(scope="module")
def server(request, tmp_path_factory):
    """``streamlit run app.py`` on a free port, with a store of its own (an SQLite file in a new data
    folder); the URL. Stopped (and its log shown on failure) at the end."""
    port = _free_port()
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

    def stop() -> None:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)
        log.close()

    request.addfinalizer(stop)
    deadline = time.monotonic() + 60
    while not _healthy(port):
        if process.poll() is not None or time.monotonic() > deadline:
            log.seek(0)
            output = log.read().decode("utf-8", "replace")[-4000:]
            pytest.fail(f"streamlit did not come up on port {port} (exit code {process.poll()}):\n{output}")
        time.sleep(0.3)
    return f"http://127.0.0.1:{port}/"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        _unavailable(f"playwright is not importable ({exc}); pip install -e '.[test]'")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()


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
        _unavailable(f"axe-playwright-python is not importable ({exc}); pip install -e '.[test]'")
    return Axe()
