"""The proxy and the compose file of deploy/: ``caddy validate`` accepts the Caddyfile (and refuses a
broken copy), the proxy spreads over two app processes with cookie affinity and health checks on
/_stcore/health, and the compose file has the proxy, two app processes and PostgreSQL, with only
the proxy's port published."""

from __future__ import annotations

import json
import os
import subprocess
import tomllib
from pathlib import Path

import yaml

from tests.browser.processes import caddy

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
CADDYFILE = DEPLOY / "Caddyfile"


def validate(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [caddy(), "validate", "--config", str(path), "--adapter", "caddyfile"],
        capture_output=True,
        text=True,
        timeout=60,
        env={k: v for k, v in os.environ.items() if not k.startswith("BUDGETSIM_")},
    )


def test_caddy_validates_the_caddyfile():
    result = validate(CADDYFILE)
    assert result.returncode == 0, result.stderr
    assert "Valid configuration" in result.stdout + result.stderr


def test_caddy_refuses_a_caddyfile_with_a_wrong_load_balancing_policy(tmp_path):
    broken = tmp_path / "Caddyfile"
    broken.write_text(CADDYFILE.read_text(encoding="utf-8").replace("lb_policy cookie", "lb_policy biscuit"))
    assert validate(broken).returncode != 0


def adapted(environment: dict[str, str] | None = None) -> dict:
    """The Caddyfile as Caddy's JSON configuration (``caddy adapt``), with ``environment`` set."""
    result = subprocess.run(
        [caddy(), "adapt", "--config", str(CADDYFILE), "--adapter", "caddyfile"],
        capture_output=True,
        text=True,
        timeout=60,
        env={k: v for k, v in os.environ.items() if not k.startswith("BUDGETSIM_")} | (environment or {}),
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def proxy(config: dict) -> tuple[list[str], dict]:
    """The listen addresses and the reverse_proxy handler of the one site."""
    (server,) = config["apps"]["http"]["servers"].values()
    (handler,) = [h for route in server["routes"] for h in route["handle"] if h["handler"] == "reverse_proxy"]
    return server["listen"], handler


def test_the_proxy_spreads_over_two_processes_with_cookie_affinity_and_health_checks():
    listen, handler = proxy(adapted())
    assert listen == [":8080"]
    assert [u["dial"] for u in handler["upstreams"]] == ["app-1:8501", "app-2:8501"]
    policy = handler["load_balancing"]["selection_policy"]
    assert policy["policy"] == "cookie"
    # a new browser goes to the next process in turn: ten sessions opened at once split 5/5
    assert policy["fallback"] == {"policy": "round_robin"}
    assert handler["health_checks"]["active"]["uri"] == "/_stcore/health"
    assert handler["flush_interval"] == -1  # Streamlit's messages are not held back


def test_the_site_upstreams_and_cookie_key_come_from_the_environment():
    environment = {
        "BUDGETSIM_SITE": ":9000",
        "BUDGETSIM_APP_1": "127.0.0.1:8601",
        "BUDGETSIM_APP_2": "127.0.0.1:8602",
        "BUDGETSIM_LB_SECRET": "geheim",
    }
    listen, handler = proxy(adapted(environment))
    assert listen == [":9000"]
    assert [u["dial"] for u in handler["upstreams"]] == ["127.0.0.1:8601", "127.0.0.1:8602"]
    assert handler["load_balancing"]["selection_policy"]["secret"] == "geheim"


def compose() -> dict:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))


def test_compose_has_the_proxy_two_app_processes_and_postgresql():
    services = compose()["services"]
    assert set(services) == {"proxy", "app-1", "app-2", "db"}
    assert services["proxy"]["image"].startswith("caddy:") and services["db"]["image"].startswith("postgres:")
    for name in ("app-1", "app-2"):
        app = services[name]
        assert app["build"] == {"context": "..", "dockerfile": "deploy/Dockerfile"}
        assert "/_stcore/health" in " ".join(app["healthcheck"]["test"])
        assert app["depends_on"]["db"]["condition"] == "service_healthy"
        assert "@db:5432/" in app["environment"]["BUDGETSIM_DATABASE_URL"]
    assert services["app-1"]["environment"] == services["app-2"]["environment"]  # one cookie secret for both


def test_only_the_proxy_publishes_a_port_and_it_is_the_caddyfiles_site():
    services = compose()["services"]
    published = {name: s.get("ports", []) for name, s in services.items()}
    assert published == {"proxy": ["8080:8080"], "app-1": [], "app-2": [], "db": []}
    assert services["proxy"]["environment"]["BUDGETSIM_SITE"] == ":8080"
    assert "./Caddyfile:/etc/caddy/Caddyfile:ro" in services["proxy"]["volumes"]


def test_the_proxy_reaches_the_app_services_on_streamlits_port():
    services = compose()["services"]
    port = tomllib.loads((DEPLOY / "streamlit" / "config.toml").read_text(encoding="utf-8"))["server"]["port"]
    environment = services["proxy"]["environment"]
    assert {environment["BUDGETSIM_APP_1"], environment["BUDGETSIM_APP_2"]} == {f"app-1:{port}", f"app-2:{port}"}
    assert [u["dial"] for u in proxy(adapted())[1]["upstreams"]] == [f"app-1:{port}", f"app-2:{port}"]
