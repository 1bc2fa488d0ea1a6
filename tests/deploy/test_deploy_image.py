"""The app's image and its settings: a pinned base image and pinned packages (every dependency of
pyproject.toml), a user that is not root, and the hosted Streamlit settings (XSRF on, the upload limit
fitted to the app's largest file, no cookie secret in the file, the laptop's look and behaviour)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from budgetsim.areas_csv import MAX_BYTES as AREA_TABLE_BYTES
from budgetsim.calibration.tables import MAX_BYTES as EXPORT_BYTES
from budgetsim.scenario import MAX_FILE_BYTES

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
MIB = 1024 * 1024


def pinned() -> dict[str, str]:
    lines = (DEPLOY / "requirements.txt").read_text(encoding="utf-8").splitlines()
    found = {}
    for line in lines:
        if line.strip() and not line.startswith("#"):
            requirement = Requirement(line)
            (spec,) = requirement.specifier
            assert spec.operator == "==", line
            found[canonicalize_name(requirement.name)] = spec.version
    return found


def test_every_dependency_is_pinned_to_a_version_it_allows():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    versions = pinned()
    for line in project["dependencies"]:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in versions, f"{name} is not pinned in deploy/requirements.txt"
        assert requirement.specifier.contains(versions[name]), (line, versions[name])
        for extra in requirement.extras:  # psycopg[binary] -> psycopg-binary
            assert canonicalize_name(f"{name}-{extra}") in versions, line


def test_the_image_is_pinned_and_runs_as_a_user_that_is_not_root():
    dockerfile = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    (base,) = re.findall(r"^FROM (\S+)", dockerfile, re.M)
    assert re.fullmatch(r"python:\d+\.\d+\.\d+-slim-\w+", base), base
    assert "pip install --no-deps -r deploy/requirements.txt" in dockerfile
    users = re.findall(r"^USER (\S+)", dockerfile, re.M)
    assert users and users[-1].split(":")[0] not in ("root", "0")
    assert re.search(r"^HEALTHCHECK .*\n.*/_stcore/health", dockerfile, re.M)


def hosted() -> dict:
    return tomllib.loads((DEPLOY / "streamlit" / "config.toml").read_text(encoding="utf-8"))


def test_hosted_settings_protect_forms_and_keep_the_secret_out_of_the_file():
    server = hosted()["server"]
    assert server["enableXsrfProtection"] is True and server["enableCORS"] is True
    assert "cookieSecret" not in server and server["headless"] is True


def test_the_upload_limit_fits_the_apps_largest_file():
    largest = max(AREA_TABLE_BYTES, EXPORT_BYTES, MAX_FILE_BYTES)
    limit = hosted()["server"]["maxUploadSize"] * MIB
    assert largest <= limit < largest + MIB


def test_hosted_settings_keep_the_laptops_look_and_behaviour():
    laptop = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    settings = hosted()
    for section in ("client", "browser", "theme", "runner"):
        assert settings[section] == laptop[section], section
