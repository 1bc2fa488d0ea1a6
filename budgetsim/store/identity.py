"""Who is saving: the organisation, the subject id and the display name of a login.

With OpenID Connect the organisation comes from one claim of the ID token, named by
``BUDGETSIM_ORG_CLAIM``; a login without that claim, or with several values in it, is refused
(:class:`LoginRefused`), never given a shared organisation. Without a login, everybody is
:data:`LOCAL` (organisation ``lokaal``): the laptop tool.

Only what is needed is kept: the subject id (``sub``, stable per person), a display name to show
who saved, and the organisation. Never an e-mail address, not even as a display name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..problems import MessageError

#: The organisation of everybody when nobody logs in.
LOCAL_ORGANISATION = "lokaal"
#: The longest organisation name, subject id and display name kept.
MAX_IDENTITY_CHARS = 200


class LoginRefused(MessageError):
    """A login that cannot be used (no organisation, several, no subject); one sentence says why."""


@dataclass(frozen=True)
class Identity:
    """Who acts: ``organisation`` (whose scenarios), ``subject`` (the login's stable id) and
    ``display_name`` (shown as "saved by")."""

    organisation: str
    subject: str
    display_name: str


#: The laptop's one user: organisation, subject and name ``lokaal``.
LOCAL = Identity(LOCAL_ORGANISATION, LOCAL_ORGANISATION, LOCAL_ORGANISATION)


def identity_from_claims(claims: Mapping[str, Any], org_claim: str) -> Identity:
    """The identity of a login from its claims (``st.user``); :class:`LoginRefused` when the
    organisation claim is missing, empty or has several values, or the subject is missing."""
    organisation = _one_value(claims.get(org_claim), org_claim)
    subject = claims.get("sub")
    if not isinstance(subject, str) or not subject.strip():
        raise LoginRefused("store.login.no_subject")
    return Identity(
        organisation=organisation[:MAX_IDENTITY_CHARS],
        subject=subject.strip()[:MAX_IDENTITY_CHARS],
        display_name=display_name(claims)[:MAX_IDENTITY_CHARS],
    )


def _one_value(value: Any, claim: str) -> str:
    """The claim's one non-empty text value (a list of one counts as that one)."""
    if isinstance(value, list | tuple):
        values = {str(v).strip() for v in value if str(v).strip()}
        if len(values) > 1:
            raise LoginRefused("store.login.several_orgs", claim=claim, count=len(values))
        value = values.pop() if values else None
    if value is None or not str(value).strip():
        raise LoginRefused("store.login.no_org", claim=claim)
    return str(value).strip()


def display_name(claims: Mapping[str, Any]) -> str:
    """The name to show: ``name``, else given and family name, else ``preferred_username``, else
    the subject id. A value that looks like an e-mail address is skipped."""
    given = " ".join(str(claims.get(k, "")).strip() for k in ("given_name", "family_name")).strip()
    for candidate in (claims.get("name"), given, claims.get("preferred_username"), claims.get("sub")):
        text = str(candidate or "").strip()
        if text and "@" not in text:
            return text
    return "?"
