"""Stored scenarios: the database of scenarios per organisation, and the store command"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "store.unavailable": {
        "nl": "De opslag is nu niet bereikbaar. Uw plan blijft open in dit venster; probeer het zo opnieuw.",
        "en": "The storage cannot be reached right now. Your plan stays open in this window; please try again shortly.",
    },
    "store.not_found": {
        "nl": "Er is geen opgeslagen scenario met de naam ‘{name}’.",
        "en": "There is no stored scenario named ‘{name}’.",
    },
    "store.version_not_found": {
        "nl": "Scenario ‘{name}’ heeft geen versie {version}.",
        "en": "Scenario ‘{name}’ has no version {version}.",
    },
    "store.id_not_found": {
        "nl": "Er is geen opgeslagen scenario met nummer {id}.",
        "en": "There is no stored scenario with number {id}.",
    },
    "store.corrupt": {
        "nl": "Versie {version} van ‘{name}’ is beschadigd en kan niet worden geopend ({where}: {problem}).",
        "en": "Version {version} of ‘{name}’ is damaged and cannot be opened ({where}: {problem}).",
    },
    "store.corrupt_draft": {
        "nl": "Het bewaarde concept is beschadigd en kan niet worden geopend ({where}: {problem}).",
        "en": "The kept draft is damaged and cannot be opened ({where}: {problem}).",
    },
    "store.name.empty": {"nl": "Geef het scenario een naam.", "en": "Give the scenario a name."},
    "store.name.too_long": {
        "nl": "Een naam heeft ten hoogste {most:int} tekens (deze heeft er {length:int}).",
        "en": "A name has at most {most:int} characters (this one has {length:int}).",
    },
    "store.start.no_login": {
        "nl": "budgetsim start niet: met een gedeelde database ({variable}) is inloggen nodig "
        "(stel [auth] in .streamlit/secrets.toml in).",
        "en": "budgetsim does not start: a shared database ({variable}) needs a login "
        "(set [auth] in .streamlit/secrets.toml).",
    },
    "store.start.no_org_claim": {
        "nl": "budgetsim start niet: met inloggen moet {variable} zeggen welke claim de organisatie noemt.",
        "en": "budgetsim does not start: with a login, {variable} must name the claim that names the organisation.",
    },
    "store.login.no_org": {
        "nl": "U bent ingelogd, maar uw account noemt geen organisatie (claim ‘{claim}’). Vraag de beheerder "
        "om toegang.",
        "en": "You are logged in, but your account names no organisation (claim ‘{claim}’). Ask the administrator "
        "for access.",
    },
    "store.login.several_orgs": {
        "nl": "Uw account noemt {count:int} organisaties (claim ‘{claim}’); budgetsim werkt voor één. Vraag de "
        "beheerder om één organisatie.",
        "en": "Your account names {count:int} organisations (claim ‘{claim}’); budgetsim works for one. Ask the "
        "administrator for one organisation.",
    },
    "store.login.no_subject": {
        "nl": "De inlog gaf geen vaste gebruikerscode (claim ‘sub’); budgetsim kan u niet herkennen.",
        "en": "The login gave no stable user id (claim ‘sub’); budgetsim cannot recognise you.",
    },
    "store.cli.stored": {
        "nl": "Opgeslagen: ‘{name}’, versie {version} (organisatie {org})",
        "en": "Stored: ‘{name}’, version {version} (organisation {org})",
    },
    "store.cli.written": {
        "nl": "Geschreven: {path} (‘{name}’, versie {version})",
        "en": "Written: {path} (‘{name}’, version {version})",
    },
    "store.cli.none": {
        "nl": "Organisatie {org} heeft nog geen opgeslagen scenario's.",
        "en": "Organisation {org} has no stored scenarios yet.",
    },
    "store.cli.col.name": {"nl": "naam", "en": "name"},
    "store.cli.col.version": {"nl": "versie", "en": "version"},
    "store.cli.col.saved_at": {"nl": "opgeslagen", "en": "saved"},
    "store.cli.col.saved_by": {"nl": "door", "en": "by"},
    "store.cli.unavailable": {
        "nl": "de opslag is niet bereikbaar: {reason}",
        "en": "the storage cannot be reached: {reason}",
    },
    "store.cli.bad_org": {
        "nl": "--org: geef een organisatie van 1 tot {most:int} tekens",
        "en": "--org: give an organisation of 1 to {most:int} characters",
    },
}
