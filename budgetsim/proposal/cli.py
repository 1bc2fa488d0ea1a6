"""``budgetsim proposal A.json [B.json [C.json]] --out voorstel.pdf [--docx voorstel.docx] [--nu A|B|C]``.

Registered in :mod:`budgetsim.cli` by :func:`add_command`. Never overwrites an existing file
without ``--force``, nor a scenario it reads even with it; both files are checked before anything is
made, and written atomically, both or neither. Files whose
"Nu" or price per page differ are refused (exit 2, one line per difference) unless ``--nu`` says
whose "Nu" counts (SCENARIO.md 2.1).
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

from ..i18n import t
from ..scenario import Target, check_targets, load_scenario, write_files
from .build import NuChoiceNeeded, make_proposal, prepare_options
from .content import LETTERS, MAX_OPTIONS

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def add_command(command) -> None:
    """Add the ``proposal`` subcommand through the parser's ``command(name, help, func)`` helper."""
    p = command(
        "proposal", "budget proposal for the MT (PDF, and Word with --docx) for one to three scenarios", cmd_proposal
    )
    p.add_argument("files", nargs="+", metavar="SCENARIO", help="one to three scenario files: the options A, B, C")
    p.add_argument("--out", required=True, metavar="PDF", help="the PDF to write, e.g. voorstel.pdf")
    p.add_argument("--docx", metavar="DOCX", help="also write the proposal as a Word file")
    p.add_argument(
        "--proposed",
        choices=LETTERS,
        type=str.upper,
        help="the option the MT is asked to approve (default: the last one)",
    )
    p.add_argument(
        "--nu",
        choices=LETTERS,
        type=str.upper,
        help="whose 'Nu' (current situation) every option is compared with, when the files differ",
    )
    p.add_argument("--decision", metavar="TEXT", help="the decision sentence (default: built from the options)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the date on the proposal (default: today)")
    p.add_argument("--draws", type=int, help="draws for the P10-P90 range (default: each scenario's own)")
    p.add_argument("--force", action="store_true", help="overwrite files that exist")


def _targets(args) -> list[tuple[str, str]]:
    """The files to write, ``(kind, path)``, after checking them all: a .pdf for ``--out``, a .docx for
    ``--docx``, no input file, not the same file twice, no existing file without ``--force``."""
    targets = [Target("--out", args.out, ".pdf")]
    if args.docx is not None:
        targets.append(Target("--docx", args.docx, ".docx"))
    check_targets(targets, inputs=[name for name in args.files if Path(name).is_file()], force=args.force)
    return [(target.suffix[1:], target.path) for target in targets]


def cmd_proposal(args) -> int:
    lang = args.lang
    if not 1 <= len(args.files) <= MAX_OPTIONS:
        raise ValueError(t("proposal.error.count", lang, n=len(args.files)))
    if args.draws is not None and not 100 <= args.draws <= 100_000:
        raise ValueError(t("proposal.cli.draws", lang, value=args.draws))
    try:
        day = _dt.date.fromisoformat(args.date) if args.date else None
    except ValueError:
        raise ValueError(t("proposal.cli.date", lang, value=args.date)) from None
    targets = _targets(args)
    scenarios = []
    for name in args.files:
        try:
            scenarios.append(load_scenario(name))
        except FileNotFoundError:
            raise ValueError(t("proposal.cli.no_file", lang, path=name)) from None
    recommended = LETTERS.index(args.proposed) if args.proposed else None
    if recommended is not None and recommended >= len(scenarios):
        raise ValueError(
            t("proposal.error.recommended", lang, allowed="/".join(LETTERS[: len(scenarios)]), got=args.proposed)
        )
    nu_from = LETTERS.index(args.nu) if args.nu else None
    if nu_from is not None and nu_from >= len(scenarios):
        raise ValueError(t("proposal.error.nu_from", lang, allowed="/".join(LETTERS[: len(scenarios)]), got=args.nu))
    try:
        options = prepare_options(scenarios, draws=args.draws, lang=lang, nu_from=nu_from)
    except NuChoiceNeeded as refused:
        for line in refused.lines(lang):
            print(f"budgetsim: {line}", file=sys.stderr)
        print(
            f"budgetsim: {t('proposal.cli.choose_nu', lang, letters=', '.join(LETTERS[: len(scenarios)]))}",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    files = make_proposal(options, lang, docx=bool(args.docx), day=day, decision=args.decision, recommended=recommended)
    documents = [(path, files.pdf if kind == "pdf" else files.docx) for kind, path in targets]
    assert all(document is not None for _, document in documents)  # make_proposal made every kind asked for
    write_files([(path, document) for path, document in documents if document is not None], force=args.force)
    for _, path in targets:
        print(t("proposal.cli.written", lang, path=path))
    print(files.content.decision)
    return EXIT_OK
