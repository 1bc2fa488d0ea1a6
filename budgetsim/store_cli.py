"""``budgetsim store put FILE [--name NAME] | list [--json] | get NAME [--version N] [--out FILE]``,
each with ``--org ORG`` (default ``lokaal``, the laptop's organisation).

The database is the one of :class:`~budgetsim.store.settings.HostingSettings` (``BUDGETSIM_DATABASE_URL``,
else the SQLite file in the data folder). Registered in :mod:`budgetsim.cli` by :func:`add_command`.
Bad input, a name that is not found and a database that cannot be reached end with exit code 2 and
one line on stderr (raised as ``ValueError`` in the user's language, as the command line reports it).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .i18n import t
from .scenario import Target, check_targets, load_scenario, migration_notice, scenario_to_json, write_atomic
from .store.access import ScenarioStore
from .store.database import open_database
from .store.errors import StoreError, StoreUnavailable
from .store.identity import LOCAL_ORGANISATION, MAX_IDENTITY_CHARS, Identity
from .store.settings import HostingSettings

EXIT_OK = 0


def add_command(command) -> None:
    """Register ``store`` with the command line's ``command(name, help, func)`` helper."""
    p = command("store", "keep scenarios in the database, every version, per organisation", _run_action)
    actions = p.add_subparsers(dest="store_action", required=True, metavar="ACTION")

    def action(name: str, help_text: str, func):
        a = actions.add_parser(name, help=help_text, description=help_text)
        a.add_argument("--lang", choices=("nl", "en"), default="nl", help="taal / language (default nl)")
        a.add_argument(
            "--org", default=LOCAL_ORGANISATION, help=f"the organisation (default {LOCAL_ORGANISATION}, the laptop's)"
        )
        a.set_defaults(store_run=func)
        return a

    a = action("put", "store a scenario file as a new version (never overwrites)", cmd_put)
    a.add_argument("file", metavar="FILE")
    a.add_argument("--name", help="the name to store it under (default: the scenario's own name, else the file's)")
    a = action("list", "the organisation's stored scenarios, newest first", cmd_list)
    a.add_argument("--json", action="store_true")
    a = action("get", "write a stored scenario back as a file", cmd_get)
    a.add_argument("name", metavar="NAME")
    a.add_argument("--version", type=int, metavar="N", help="which version (default: the newest)")
    a.add_argument("--out", metavar="FILE", help="the file to write (default: standard output)")
    a.add_argument("--force", action="store_true", help="overwrite FILE if it exists")


def _run_action(args) -> int:
    """Run the chosen action; a store error becomes one line in the user's language."""
    try:
        return args.store_run(args)
    except StoreUnavailable as exc:
        raise ValueError(t("store.cli.unavailable", args.lang, reason=exc.reason or "?")) from None
    except StoreError as exc:
        raise ValueError(exc.message(args.lang)) from None


def _store(args) -> ScenarioStore:
    organisation = " ".join(args.org.split())
    if not organisation or len(organisation) > MAX_IDENTITY_CHARS:
        raise ValueError(t("store.cli.bad_org", args.lang, most=MAX_IDENTITY_CHARS))
    engine = open_database(HostingSettings.from_env().database_address)
    return ScenarioStore(engine, Identity(organisation, LOCAL_ORGANISATION, LOCAL_ORGANISATION))


def cmd_put(args) -> int:
    lang = args.lang
    path = Path(args.file)
    try:
        scenario = load_scenario(args.file)
    except FileNotFoundError:
        raise ValueError(t("cli.error.no_file", lang, path=args.file)) from None
    notice = migration_notice(scenario, lang)
    if notice:
        print(f"budgetsim: {args.file}: {notice}", file=sys.stderr)
    name = args.name if args.name is not None else (scenario.name or path.stem)
    stored = _store(args).put(scenario, name)
    print(t("store.cli.stored", lang, name=stored.name, version=stored.version, org=args.org))
    return EXIT_OK


def cmd_list(args) -> int:
    entries = _store(args).list()
    if args.json:
        print(json.dumps([e.to_json() for e in entries], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not entries:
        print(t("store.cli.none", args.lang, org=args.org))
        return EXIT_OK
    rows = [(e.name, str(e.version), e.saved_at.astimezone().strftime("%Y-%m-%d %H:%M"), e.saved_by) for e in entries]
    head = tuple(t(f"store.cli.col.{k}", args.lang) for k in ("name", "version", "saved_at", "saved_by"))
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(3)]
    for row in [head, *rows]:
        print(f"{row[0]:{widths[0]}}  {row[1]:>{widths[1]}}  {row[2]:{widths[2]}}  {row[3]}")
    return EXIT_OK


def cmd_get(args) -> int:
    if args.out is not None:  # check the target before reading the database
        check_targets([Target("--out", args.out, ".json")], force=args.force)
    opened = _store(args).get(args.name, args.version)
    if args.out is None:
        sys.stdout.write(scenario_to_json(opened.scenario))
        return EXIT_OK
    write_atomic(args.out, scenario_to_json(opened.scenario), force=args.force)
    print(t("store.cli.written", args.lang, name=opened.entry.name, version=opened.entry.version, path=args.out))
    return EXIT_OK
