"""Who acts and whether a server may start: the organisation from one claim of the login, never an
e-mail address kept, ``lokaal`` without a login, and no anonymous shared database."""

from __future__ import annotations

from pathlib import Path

import pytest

from budgetsim.store import (
    LOCAL,
    HostingSettings,
    LoginRefused,
    StartRefused,
    check_startup,
    display_name,
    identity_from_claims,
)


def test_without_a_login_everybody_is_the_laptops_organisation_lokaal():
    assert (LOCAL.organisation, LOCAL.subject, LOCAL.display_name) == ("lokaal", "lokaal", "lokaal")


@pytest.mark.parametrize("value", ["gemeente-dordrecht", ["gemeente-dordrecht"], [" gemeente-dordrecht ", ""]])
def test_the_organisation_is_the_one_value_of_the_named_claim(value):
    claims = {"sub": "abc-123", "name": "Anna de Vries", "email": "anna@dordrecht.nl", "org": value}
    identity = identity_from_claims(claims, "org")
    assert (identity.organisation, identity.subject, identity.display_name) == (
        "gemeente-dordrecht",
        "abc-123",
        "Anna de Vries",
    )
    assert "anna@dordrecht.nl" not in repr(identity)


@pytest.mark.parametrize(
    "value, key",
    [
        (None, "store.login.no_org"),
        ("", "store.login.no_org"),
        ([], "store.login.no_org"),
        (["gemeente-a", "gemeente-b"], "store.login.several_orgs"),
    ],
)
def test_a_login_without_one_organisation_is_refused_in_one_sentence(value, key):
    claims = {"sub": "abc-123", "name": "Anna"} | ({} if value is None else {"org": value})
    with pytest.raises(LoginRefused) as refused:
        identity_from_claims(claims, "org")
    assert refused.value.key == key
    for lang in ("nl", "en"):
        text = refused.value.message(lang)
        assert "org" in text and "\n" not in text


def test_a_login_without_a_subject_is_refused():
    with pytest.raises(LoginRefused) as refused:
        identity_from_claims({"org": "gemeente-a", "name": "Anna"}, "org")
    assert refused.value.key == "store.login.no_subject"


@pytest.mark.parametrize(
    "claims, shown",
    [
        ({"sub": "s", "name": "Anna de Vries", "preferred_username": "avries"}, "Anna de Vries"),
        ({"sub": "s", "given_name": "Anna", "family_name": "de Vries"}, "Anna de Vries"),
        ({"sub": "s", "name": "anna@dordrecht.nl", "preferred_username": "avries"}, "avries"),
        ({"sub": "s", "preferred_username": "anna@dordrecht.nl"}, "s"),
        ({"sub": "anna@dordrecht.nl", "email": "anna@dordrecht.nl"}, "?"),
    ],
)
def test_the_display_name_is_never_an_email_address(claims, shown):
    assert display_name(claims) == shown


def test_settings_come_from_the_environment(tmp_path):
    settings = HostingSettings.from_env(
        {"BUDGETSIM_DATABASE_URL": "postgresql+psycopg://app@db/budgetsim", "BUDGETSIM_ORG_CLAIM": "org"}
    )
    assert settings.database_address == "postgresql+psycopg://app@db/budgetsim" and settings.shared_database
    assert settings.org_claim == "org"
    local = HostingSettings.from_env({"BUDGETSIM_DATA_DIR": str(tmp_path), "BUDGETSIM_DATABASE_URL": " "})
    assert local.database_address == f"sqlite:///{tmp_path.resolve() / 'budgetsim.sqlite3'}"
    assert not local.shared_database and local.org_claim is None
    operator = HostingSettings.from_env({"BUDGETSIM_DATABASE_URL": "postgresql://app:pw@budgetsim-db-rw:5432/app"})
    assert operator.database_address == "postgresql+psycopg://app:pw@budgetsim-db-rw:5432/app"
    xdg = HostingSettings.from_env({"XDG_DATA_HOME": str(tmp_path)})
    assert xdg.data_dir == Path(tmp_path) / "budgetsim"


def test_a_shared_database_without_a_login_refuses_to_start_in_one_sentence():
    shared = HostingSettings.from_env({"BUDGETSIM_DATABASE_URL": "postgresql+psycopg://app@db/budgetsim"})
    with pytest.raises(StartRefused) as refused:
        check_startup(shared, login_configured=False)
    assert refused.value.key == "store.start.no_login"
    for lang in ("nl", "en"):
        sentence = refused.value.message(lang)
        assert sentence.endswith(".") and "\n" not in sentence and "BUDGETSIM_DATABASE_URL" in sentence
    check_startup(
        HostingSettings.from_env(
            {"BUDGETSIM_DATABASE_URL": "postgresql+psycopg://app@db/x", "BUDGETSIM_ORG_CLAIM": "org"}
        ),
        login_configured=True,
    )


def test_a_login_without_an_organisation_claim_refuses_to_start():
    with pytest.raises(StartRefused) as refused:
        check_startup(HostingSettings.from_env({}), login_configured=True)
    assert refused.value.key == "store.start.no_org_claim"


def test_the_laptop_starts_without_a_login(tmp_path):
    check_startup(HostingSettings.from_env({"BUDGETSIM_DATA_DIR": str(tmp_path)}), login_configured=False)
