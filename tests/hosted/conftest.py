"""budgetsim hosted, for real, on this machine: a throwaway PostgreSQL cluster (as tests/store starts
it), a test OpenID Connect provider (``oidc-provider-mock``, in a thread of the test process), two
``streamlit run app.py`` processes with the hosted Streamlit settings (``deploy/streamlit/config.toml``,
which the image puts in place of the laptop's), the same cookie secret and the same ``[auth]`` secrets,
and Caddy in front of them with the project's own ``deploy/Caddyfile`` (cookie affinity, health checks),
all on free local ports. The browser goes through Caddy only.

Which process a browser reaches is chosen by Caddy's affinity cookie ``budgetsim_replica``: its
value is the HMAC-SHA256 of the process's address keyed by the proxy's secret
(:meth:`Hosted.pin`), so a new browser context can be sent to either process.

Without PostgreSQL's binaries, Caddy or Chromium the tests are skipped, except on CI (``CI`` set),
where they fail: ``.ci/run`` installs them.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import tomllib
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from budgetsim.i18n import t
from budgetsim.store import Identity
from tests.browser.processes import caddy, chromium, free_port, stop, unavailable, wait_healthy
from tests.browser.streamlit_page import NL, REPO, TIMEOUT_S, wait_first_screen
from tests.store.conftest import PostgresCluster, postgres_bindir

#: The claim that names the organisation, as a gemeente's identity provider would send it.
ORG_CLAIM = "organisatie"
ORG_A = "Gemeente Dordrecht"
ORG_B = "Gemeente Zwolle"
AFFINITY_COOKIE = "budgetsim_replica"
START_TIMEOUT_S = 90.0

#: The test users: subject -> claims. No e-mail address is needed (and none is kept).
USERS: dict[str, dict] = {
    "anna": {"name": "Anna de Vries", ORG_CLAIM: ORG_A},
    "cora": {"name": "Cora Bakker", ORG_CLAIM: ORG_A},
    "bram": {"name": "Bram Smit", ORG_CLAIM: ORG_B},
    "zonder": {"name": "Zonder Organisatie"},
    "dubbel": {"name": "Dubbel Lid", ORG_CLAIM: [ORG_A, ORG_B]},
}


def hosted_settings() -> list[str]:
    """The hosted Streamlit settings as ``streamlit run`` options (``--server.maxUploadSize=20``), but
    the port and the address: each test process has its own local port."""
    config = tomllib.loads((REPO / "deploy" / "streamlit" / "config.toml").read_text(encoding="utf-8"))
    own = {("server", "port"), ("server", "address")}
    return [
        f"--{section}.{name}={str(value).lower() if isinstance(value, bool) else value}"
        for section, options in config.items()
        for name, value in options.items()
        if (section, name) not in own
    ]


def identity(subject: str) -> Identity:
    """The identity the app makes of a test user's login."""
    return Identity(USERS[subject][ORG_CLAIM], subject, USERS[subject]["name"])


@dataclass
class AppProcess:
    """One ``streamlit run app.py`` behind the proxy."""

    port: int
    command: list[str]
    env: dict[str, str]
    log_path: Path
    process: subprocess.Popen | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(self.command, cwd=REPO, env=self.env, stdout=log, stderr=subprocess.STDOUT)

    def wait_healthy(self) -> None:
        wait_healthy("streamlit", self.port, self.process, START_TIMEOUT_S, self.log)

    def stop(self) -> None:
        if self.process is not None:
            stop(self.process)

    def log(self) -> str:
        return self.log_path.read_text("utf-8", "replace")[-4000:]


@dataclass
class Hosted:
    """Everything started: the proxy's URL, the two app processes, the database, the provider."""

    url: str
    apps: list[AppProcess]
    database_url: str
    provider_url: str
    lb_secret: str
    env: dict[str, str] = field(repr=False)

    def pin(self, context, app: int) -> None:
        """Send ``context`` (a Playwright browser context) to app process ``app`` (0 or 1)."""
        value = hmac.new(self.lb_secret.encode(), self.apps[app].address.encode(), hashlib.sha256).hexdigest()
        context.add_cookies([{"name": AFFINITY_COOKIE, "value": value, "url": self.url}])

    def replica_of(self, context) -> int | None:
        """Which app process Caddy's cookie in ``context`` names (None: no cookie, or another)."""
        values = {c["value"] for c in context.cookies(self.url) if c["name"] == AFFINITY_COOKIE}
        for i, app in enumerate(self.apps):
            if hmac.new(self.lb_secret.encode(), app.address.encode(), hashlib.sha256).hexdigest() in values:
                return i
        return None

    def store_cli(self, *args: str) -> subprocess.CompletedProcess:
        """``budgetsim store ARGS`` against the hosted database."""
        return subprocess.run(
            [sys.executable, "-m", "budgetsim.cli", "store", *args],
            cwd=REPO,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
        )


@pytest.fixture(scope="session")
def hosted_database():
    """A database in a throwaway PostgreSQL cluster; its URL."""
    bindir = postgres_bindir()
    if bindir is None:
        unavailable("PostgreSQL's initdb and pg_ctl are not installed (Debian: apt-get install postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="budgetsim-hosted-pg-"))
    cluster = PostgresCluster(bindir, folder)
    try:
        cluster.start()
        yield cluster.new_database()
        cluster.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def provider():
    """The test OpenID Connect provider with the :data:`USERS`; its URL."""
    try:
        import httpx
        import oidc_provider_mock
    except ImportError as exc:
        unavailable(f"oidc-provider-mock is not importable ({exc}); pip install -e '.[test]'")
    with oidc_provider_mock.run_server_in_thread(port=free_port()) as server:
        url = f"http://localhost:{server.server_port}"
        for subject, claims in USERS.items():
            response = httpx.put(f"{url}/users/{urllib.parse.quote(subject)}", json=claims, timeout=10)
            assert response.status_code == 204, response.text
        yield url


@pytest.fixture(scope="session")
def hosted(hosted_database, provider, tmp_path_factory):
    """Two app processes behind Caddy, with the login and the shared database: a :class:`Hosted`."""
    caddy_binary = caddy()
    folder = tmp_path_factory.mktemp("hosted")
    proxy_port = free_port()
    url = f"http://127.0.0.1:{proxy_port}"
    secrets_file = folder / "secrets.toml"
    secrets_file.write_text(
        "[auth]\n"
        f'redirect_uri = "{url}/oauth2callback"\n'
        f'cookie_secret = "{secrets.token_hex(32)}"\n'
        'client_id = "budgetsim"\n'
        'client_secret = "test-secret"\n'
        f'server_metadata_url = "{provider}/.well-known/openid-configuration"\n'
        'client_kwargs = { scope = "openid profile" }\n',
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BUDGETSIM_", "STREAMLIT_"))}
    env.update(
        BUDGETSIM_DATABASE_URL=hosted_database,
        BUDGETSIM_ORG_CLAIM=ORG_CLAIM,
        BUDGETSIM_DATA_DIR=str(folder / "data"),
        STREAMLIT_SERVER_COOKIE_SECRET=secrets.token_hex(32),
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    )
    apps = []
    for i in range(2):
        port = free_port()
        command = [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            *hosted_settings(),
            f"--server.port={port}",
            "--server.address=127.0.0.1",
            f"--secrets.files={secrets_file}",
        ]
        apps.append(AppProcess(port, command, env, folder / f"app-{i + 1}.log"))
    lb_secret = secrets.token_hex(16)
    caddyfile = folder / "Caddyfile"
    caddyfile.write_text(
        "{\n\tadmin off\n}\n" + f"import {REPO / 'deploy' / 'Caddyfile'}\n",
        encoding="utf-8",
    )
    caddy_env = dict(
        env,
        BUDGETSIM_SITE=url,
        BUDGETSIM_APP_1=apps[0].address,
        BUDGETSIM_APP_2=apps[1].address,
        BUDGETSIM_LB_SECRET=lb_secret,
        XDG_DATA_HOME=str(folder / "caddy-data"),
        XDG_CONFIG_HOME=str(folder / "caddy-config"),
    )
    caddy_log = (folder / "caddy.log").open("ab")
    proxy = None
    try:
        for app in apps:
            app.start()
        proxy = subprocess.Popen(
            [caddy_binary, "run", "--config", str(caddyfile), "--adapter", "caddyfile"],
            env=caddy_env,
            stdout=caddy_log,
            stderr=subprocess.STDOUT,
        )
        for app in apps:
            app.wait_healthy()
        wait_healthy(
            "caddy", proxy_port, proxy, 30, lambda: (folder / "caddy.log").read_text("utf-8", "replace")[-3000:], 0.2
        )
        yield Hosted(url, apps, hosted_database, provider, lb_secret, env)
    finally:
        if proxy is not None:
            stop(proxy)
        caddy_log.close()
        for app in apps:
            app.stop()


@pytest.fixture(scope="module")
def browser():
    """Chromium for one test module (as in tests/browser: one Playwright at a time per process)."""
    with chromium() as instance:
        yield instance


@pytest.fixture
def log_in(browser, hosted):
    """``log_in(subject, app=None, lang="nl")``: a new browser (context) through the proxy, sent to app
    process ``app`` (None: as Caddy chooses), logged in at the test provider as ``subject``; its page,
    on the first screen. Closed at the end of the test."""
    contexts = []

    def open_page(subject: str, app: int | None = None, *, first_screen: bool = True):
        context = browser.new_context(viewport={"width": 1440, "height": 1000}, locale="nl-NL")
        contexts.append(context)
        if app is not None:
            hosted.pin(context, app)
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_S * 1000)
        page.goto(hosted.url)
        page.get_by_role("button", name=t("store.login.button", NL)).click(timeout=60_000)
        page.get_by_placeholder("sub").fill(subject)
        page.get_by_role("button", name="Authorize").click()
        page.wait_for_url(f"{hosted.url}/**")
        if first_screen:
            wait_first_screen(page)
        return page

    yield open_page
    for context in contexts:
        context.close()
