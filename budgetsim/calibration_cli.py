"""``budgetsim calibrate SCENARIO [--meta EXPORT] [--survey SURVEY] [--targets FILE] [--use NAME[,NAME…]]
--out NEW.json [--json]``.

Reads the gemeente's own figures, fits, and writes a new scenario (never over an existing file)
with the values taken: those named in ``--use`` (MODEL.md's names, e.g. ``--use cpm_eur``), or
every usable value. Problems in the files are reported and the rows they concern left out; when
nothing usable remains the command exits with 2 and writes no file. ``--json`` prints ``social``
and ``print`` (:func:`budgetsim.calibration_report.calibration_json`), with ``not_used`` and
``slices``. Registered in :mod:`budgetsim.cli`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .calibration.apply import VALUE_NAMES, apply_calibration, calibrate, parse_use
from .calibration.messages import in_file, problem
from .calibration.meta import read_meta_export
from .calibration.survey import read_survey
from .calibration.targets import read_targets
from .calibration_report import calibration_json, summary_lines
from .i18n import t
from .problems import InputError, Problem
from .scenario import Target, check_targets, load_scenario, save_scenario

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def add_command(command) -> None:
    """Register ``calibrate`` with the command line's ``command(name, help, func)`` helper."""
    p = command("calibrate", "fit the assumptions to your own Ads Manager export and reader survey", run)
    p.add_argument("file", metavar="SCENARIO")
    p.add_argument("--meta", metavar="EXPORT", help="Ads Manager export (CSV or XLSX)")
    p.add_argument("--survey", metavar="SURVEY", help="reader survey (CSV or XLSX)")
    p.add_argument("--targets", metavar="FILE", help="which areas each export row targeted (CSV)")
    p.add_argument(
        "--use",
        metavar="NAME[,NAME…]",
        help=f"take only these fitted values ({', '.join(VALUE_NAMES)}); without it every usable value",
    )
    p.add_argument("--out", required=True, metavar="NEW.json", help="the new scenario (never overwritten)")
    p.add_argument("--json", action="store_true")


def _read(reader, path: str | None, problems: list[Problem]):
    """A file read with ``reader``; None (and its problems noted) when it cannot be used at all."""
    if path is None:
        return None
    if not Path(path).is_file():
        problems.append(Problem.of(path, "calibration.file.missing"))
        return None
    try:
        return reader(path)
    except InputError as exc:
        problems += [in_file(p, Path(path).name) for p in exc.problems]
        return None


def run(args) -> int:
    lang = args.lang
    use = parse_use(args.use) if args.use is not None else None
    inputs = [name for name in (args.file, args.meta, args.survey, args.targets) if name is not None]
    check_targets([Target("--out", args.out, ".json", can_force=False)], inputs=inputs)
    out = Path(args.out)
    if not args.meta and not args.survey:
        raise InputError(problem("calibration.apply.nothing"))
    try:
        scenario = load_scenario(args.file)
    except FileNotFoundError:
        print(f"budgetsim: {t('cli.error.no_file', lang, path=args.file)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    problems: list[Problem] = []
    export = _read(read_meta_export, args.meta, problems)
    survey = _read(read_survey, args.survey, problems)
    targets = _read(read_targets, args.targets, problems) if export is not None else None
    result = calibrate(scenario, export, survey, targets)
    problems += result.problems
    if not result.usable:
        for p in problems:
            print(f"budgetsim: {p.text(lang)}", file=sys.stderr)
        print(f"budgetsim: {t('calibration.cli.nothing_written', lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    written = save_scenario(apply_calibration(scenario, result, use=use), out)
    if args.json:
        for p in problems:
            print(f"budgetsim: {p.text(lang)}", file=sys.stderr)
        print(json.dumps(calibration_json(result, lang, use=use), indent=2, ensure_ascii=False, allow_nan=False))
        return EXIT_OK
    lines = summary_lines(result, scenario, lang, use=use)
    early = [p for p in problems if p not in result.problems]
    if early:
        lines += ["", t("calibration.cli.problems", lang)] + [f"  {p.text(lang)}" for p in early]
    lines += ["", t("calibration.cli.written", lang, path=str(written))]
    print("\n".join(lines))
    return EXIT_OK
