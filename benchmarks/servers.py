"""Streamlit servers for the load and first-screen benchmarks: budgetsim's app and the 4-line floor app.

Each app runs as its own ``streamlit run`` process (headless, one process, no file watcher, as
deployed) on a free local port, with this checkout first on ``PYTHONPATH``.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
APP = REPO / "app.py"
FLOOR_APP = Path(__file__).resolve().parent / "floor_app.py"
START_TIMEOUT_S = 90.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url.rstrip("/") + "/_stcore/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@contextlib.contextmanager
def streamlit_server(app: Path) -> Iterator[tuple[str, int]]:
    """``streamlit run app`` on a free port until the block ends; (its URL, its process id)."""
    if not app.exists():
        raise SystemExit(f"{app} is missing (give the server with a URL option instead)")
    port = free_port()
    data = tempfile.TemporaryDirectory(prefix="budgetsim-bench-")  # the server's own SQLite store
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        BUDGETSIM_DATA_DIR=data.name,  # a store of its own: no drafts of earlier runs offered back
    )
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app),
        "--server.headless=true",
        f"--server.port={port}",
        "--server.address=127.0.0.1",
        "--server.fileWatcherType=none",
        "--browser.gatherUsageStats=false",
    ]
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, cwd=app.parent, env=env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}/"
        try:
            deadline = time.monotonic() + START_TIMEOUT_S
            while not healthy(url):
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    output = log.read().decode("utf-8", "replace")[-3000:]
                    raise SystemExit(f"{app.name} did not come up on port {port} (exit {process.poll()}):\n{output}")
                time.sleep(0.2)
            yield url, process.pid
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)
            data.cleanup()


def servers(stack: contextlib.ExitStack, url: str | None, floor_url: str | None) -> dict[str, str]:
    """The two apps' URLs by name ("budgetsim", "floor"): those given, the others started on ``stack``."""
    urls = {}
    for name, given, app in (("budgetsim", url, APP), ("floor", floor_url, FLOOR_APP)):
        if given:
            urls[name] = given if given.endswith("/") else given + "/"
        else:
            urls[name], pid = stack.enter_context(streamlit_server(app))
            print(f"{name}: {app.name} served at {urls[name]} by process {pid}", file=sys.stderr)
    return urls
