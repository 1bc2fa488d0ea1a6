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
    # -- the app: logging in, opening, storing, drafts, the footer ----------------------------------
    "store.login.ask": {
        "nl": "Log in met het account van uw organisatie. U ziet dan de scenario's van uw organisatie.",
        "en": "Log in with your organisation's account. You then see your organisation's scenarios.",
    },
    "store.login.button": {"nl": "Inloggen", "en": "Log in"},
    "store.logout": {"nl": "Uitloggen", "en": "Log out"},
    "store.app.stored_title": {
        "nl": "Opgeslagen scenario's van {org} (nieuwste eerst)",
        "en": "Stored scenarios of {org} (newest first)",
    },
    "store.app.stored_title.local": {
        "nl": "Opgeslagen scenario's op deze computer (nieuwste eerst)",
        "en": "Scenarios stored on this computer (newest first)",
    },
    "store.app.none": {
        "nl": "Nog geen opgeslagen scenario's. Sla uw plan op onder ‘Opslaan en delen’.",
        "en": "No stored scenarios yet. Store your plan under ‘Save and share’.",
    },
    "store.app.pick": {"nl": "Opgeslagen scenario", "en": "Stored scenario"},
    "store.app.version": {"nl": "Versie", "en": "Version"},
    "store.app.version_entry": {
        "nl": "versie {version}: {when}, {who}",
        "en": "version {version}: {when}, {who}",
    },
    "store.app.entry_lines": {
        "nl": "**{name}** (versie {version})  \n{when}, door {who}",
        "en": "**{name}** (version {version})  \n{when}, by {who}",
    },
    "store.app.open": {"nl": "Opgeslagen scenario openen", "en": "Open the stored scenario"},
    "store.app.opened": {
        "nl": "Geopend: ‘{name}’, versie {version}",
        "en": "Opened: ‘{name}’, version {version}",
    },
    "store.app.examples": {
        "nl": "Of open een voorbeeld of een bestand uit de map {folder}",
        "en": "Or open an example or a file from the folder {folder}",
    },
    "store.app.store": {"nl": "Opslaan", "en": "Store"},
    "store.app.store.help": {
        "nl": "Bewaart het plan als nieuwe versie onder de naam hierboven. Een eerdere versie blijft bestaan. "
        "Iedereen van uw organisatie kan het openen.",
        "en": "Keeps the plan as a new version under the name above. An earlier version stays. "
        "Everyone in your organisation can open it.",
    },
    "store.app.stored": {
        "nl": "Opgeslagen: ‘{name}’, versie {version}.",
        "en": "Stored: ‘{name}’, version {version}.",
    },
    "store.draft.offer": {
        "nl": "Verder met uw concept van {when}?",
        "en": "Continue with your draft of {when}?",
    },
    "store.draft.take": {"nl": "Ja, verder", "en": "Yes, continue"},
    "store.draft.decline": {"nl": "Nee, opnieuw beginnen", "en": "No, start again"},
    "store.draft.taken": {"nl": "Uw concept is weer geopend.", "en": "Your draft is open again."},
    "store.footer.local": {
        "nl": "Gebruik op deze computer: er is geen inlog, uw scenario's staan op deze computer (organisatie ‘{org}’).",
        "en": "Use on this computer: there is no login, your scenarios are kept on this computer "
        "(organisation ‘{org}’).",
    },
    "store.footer.user": {
        "nl": "Ingelogd als {name}, organisatie {org}.",
        "en": "Logged in as {name}, organisation {org}.",
    },
}
