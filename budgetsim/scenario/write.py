"""Writing files: the scenario's text, and the one atomic save that never overwrites by accident.

:func:`write_files` (and :func:`write_atomic` for one file) is used for every file budgetsim writes
from the command line (scenarios, CSV tables, the budget proposal): each text goes to a temporary
file in its target's folder, is flushed to disk, and only when every temporary file is complete are
they moved into place, so each target is either absent, the old file or the complete new one, and
a command that writes two files writes both or neither. Without ``force`` an existing file is never
replaced, not even one that appears meanwhile. A new file gets the mode the umask gives
(``0666 & ~umask``, as any program's new file); a replaced file keeps its own mode.

:func:`check_targets` says, before anything is made, what is wrong with the files a command is
asked to write (all problems at once, each with its option): an empty name, a name without the
file type's extension, a folder, a folder that does not exist, one of the command's own input
files (never overwritten, not even with ``force``), the same file twice, or a file that exists.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import stat
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..problems import InputError, Problem
from .messages import loc, problem
from .schema import Scenario


def scenario_to_json(scenario: Scenario) -> str:
    """The scenario file's text: 2-space indent, SCENARIO.md's key order, ending with a newline."""
    return json.dumps(scenario.to_dict(), indent=2, ensure_ascii=False) + "\n"


class ScenarioExistsError(FileExistsError):
    """The target file exists and ``force`` was not given; ``problem`` says so in nl and en."""

    def __init__(self, path: Path):
        self.problem = problem(str(path), "file.exists")
        super().__init__(self.problem.text("en"))
        self.path = str(path)

    def messages(self, lang: str = "en") -> list[str]:
        return [self.problem.text(lang)]


# -- what may be written ----------------------------------------------------------------------------

#: The file types a command writes: extension -> (the kind of file in words, an example name).
FILE_TYPES: dict[str, tuple[str, str]] = {
    ".pdf": ("out.pdf_file", "voorstel.pdf"),
    ".docx": ("out.docx_file", "voorstel.docx"),
    ".csv": ("out.csv_file", "tabel.csv"),
    ".json": ("out.json_file", "plan.json"),
}


@dataclass(frozen=True)
class Target:
    """A file a command is asked to write: the ``option`` that names it (``--out``), the ``path`` as
    the user typed it, the extension its type needs (``.pdf``; a key of :data:`FILE_TYPES`) and
    whether the command has a ``--force`` (``calibrate`` never overwrites)."""

    option: str
    path: str
    suffix: str
    can_force: bool = True


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _example(path: str, suffix: str) -> str:
    """The user's name with the right extension (``voorstel.docx`` -> ``voorstel.pdf``), or the type's example."""
    name = Path(path).name
    stem = name[: -len(Path(name).suffix)] if Path(name).suffix else name
    return str(Path(path).with_name(stem + suffix)) if stem.strip(" .") else FILE_TYPES[suffix][1]


def _target_problem(
    target: Target, sources: list[Path], seen: list[tuple[Target, Path]], force: bool
) -> Problem | None:
    """The first problem with one file to write (``seen``: the command's files checked before it)."""
    kind, example = FILE_TYPES[target.suffix]

    def say(key: str, /, **params) -> Problem:
        return problem(target.option, key, **params)

    if not target.path.strip():
        return say("out.empty", kind=loc(kind), example=example)
    path = Path(target.path)
    if os.path.isdir(path):
        return say("out.is_folder", path=target.path, kind=loc(kind), example=str(path / example))
    if path.suffix.lower() != target.suffix:
        right = _example(target.path, target.suffix)
        return say("out.wrong_type", path=target.path, suffix=target.suffix, kind=loc(kind), example=right)
    folder = path.parent
    if not folder.is_dir():
        return say("out.no_folder", folder=str(folder))
    if any(_same_file(path, source) for source in sources):
        return say("out.is_input", path=target.path)
    twice = next((earlier for earlier, where in seen if _same_file(path, where)), None)
    if twice is not None:
        return say("out.twice", path=target.path, other=twice.option)
    seen.append((target, path))
    if os.path.lexists(path):
        if not os.path.isfile(path):
            return say("out.not_a_file", path=target.path)
        if not (force and target.can_force):
            return say("out.exists" if target.can_force else "out.exists_no_force", path=target.path)
        if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
            return say("out.no_permission", path=target.path)
    elif not os.access(folder, os.W_OK):
        return say("out.no_permission_folder", folder=str(folder))
    return None


def target_problems(
    targets: Sequence[Target], *, inputs: Iterable[str | os.PathLike] = (), force: bool = False
) -> list[Problem]:
    """Every problem with the files to write (see the module), one per file at most, in the order of ``targets``."""
    sources = [Path(p) for p in inputs]
    seen: list[tuple[Target, Path]] = []
    found = [_target_problem(target, sources, seen, force) for target in targets]
    return [p for p in found if p is not None]


def check_targets(targets: Sequence[Target], *, inputs: Iterable[str | os.PathLike] = (), force: bool = False) -> None:
    """Raise :class:`InputError` with every problem of :func:`target_problems`, if any."""
    problems = target_problems(targets, inputs=inputs, force=force)
    if problems:
        raise InputError(problems)


# -- writing ----------------------------------------------------------------------------------------


def _new_temp(folder: Path, name: str) -> tuple[int, str]:
    """A new, empty temporary file next to the target, created with mode 0666 so that the umask
    decides its mode (``tempfile.mkstemp`` would make it 0600, unreadable for colleagues)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = str(folder / f".{name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue


def _with_target_name(exc: OSError, target: Path) -> OSError:
    """The same error naming the target rather than the temporary file."""
    return type(exc)(exc.errno, exc.strerror, str(target)) if exc.errno is not None else exc


def write_files(files: Sequence[tuple[str | os.PathLike, str | bytes]], *, force: bool = False) -> list[Path]:
    """Write each ``(path, text)`` (text as UTF-8) atomically, all of them or none; existing files
    only with ``force``. Raises :class:`ScenarioExistsError` (a ``FileExistsError``) when a file
    exists, also when it appeared while writing; then no file is written. Returns the paths."""
    targets = [Path(path) for path, _ in files]
    for target in targets:
        if target.exists() and not force:
            raise ScenarioExistsError(target)
    temps: list[str] = []
    backups: list[str] = []
    moved: list[tuple[Path, str | None]] = []  # (target, the old file's backup or None for a new file)
    try:
        for target, (_, text) in zip(targets, files):
            payload = text.encode("utf-8") if isinstance(text, str) else bytes(text)
            folder = target.parent  # "." for a bare name
            try:
                handle, temp = _new_temp(folder, target.name)
                temps.append(temp)
                with os.fdopen(handle, "wb") as stream:
                    stream.write(payload)
                    stream.flush()
                    os.fsync(stream.fileno())
                if force and target.is_file():
                    os.chmod(temp, stat.S_IMODE(os.stat(target).st_mode))  # a replaced file keeps its mode
            except OSError as exc:
                raise _with_target_name(exc, target) from None
        for target, temp in zip(targets, temps):
            try:
                if force:
                    backup = _backup(target)
                    if backup is not None:
                        backups.append(backup)
                    os.replace(temp, target)
                    moved.append((target, backup))
                else:
                    _move_without_overwriting(temp, target)
                    moved.append((target, None))
            except ScenarioExistsError:
                raise
            except OSError as exc:
                raise _with_target_name(exc, target) from None
        for target in targets:
            _fsync_folder(target.parent)
    except BaseException:
        _undo(moved)
        raise
    finally:
        for name in temps + backups:
            if os.path.lexists(name):
                os.unlink(name)
    return targets


def _backup(target: Path) -> str | None:
    """A hard link to the file about to be replaced, to put it back if a later file fails; None
    when there is no file, or the file system has no hard links."""
    if not target.is_file():
        return None
    folder = target.parent
    name = str(folder / f".{target.name}.{secrets.token_hex(4)}.old")
    try:
        os.link(target, name)
    except OSError:
        return None
    return name


def _undo(moved: list[tuple[Path, str | None]]) -> None:
    """Put back what a failed :func:`write_files` had moved into place: old files back, new ones removed."""
    for target, backup in reversed(moved):
        try:
            if backup is not None:
                os.replace(backup, target)
            else:
                os.unlink(target)
        except OSError:
            pass


def write_atomic(path: str | os.PathLike, text: str | bytes, *, force: bool = False) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically; an existing file only with ``force``.

    Raises :class:`ScenarioExistsError` (a ``FileExistsError``) when the file exists, also when
    it appeared while writing. Returns the path.
    """
    return write_files([(path, text)], force=force)[0]


def save_scenario(scenario: Scenario, path: str | os.PathLike, *, force: bool = False) -> Path:
    """Write the scenario file atomically; never overwrite an existing file unless ``force``."""
    return write_atomic(path, scenario_to_json(scenario), force=force)


def _move_without_overwriting(source: str, target: Path) -> None:
    """Hard-link then unlink, which fails if the target appeared meanwhile; plain move if links fail."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise ScenarioExistsError(target) from None
    except OSError:  # file systems without hard links
        if target.exists():
            raise ScenarioExistsError(target) from None
        os.replace(source, target)
        return
    os.unlink(source)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible on every platform (Windows); the file itself is synced
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_RESERVED_NAMES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def safe_filename(name: str) -> str:
    """A file name from a scenario name: ASCII letters, digits, ``-`` and ``_``, ending ``.json``.

    ``"Voorstel 2027: 5.000 euro"`` -> ``"voorstel-2027-5-000-euro.json"``; never empty.
    """
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"\.json$", "", text.strip(), flags=re.IGNORECASE)
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-_").lower()[:80].strip("-_")
    if not stem:
        stem = "scenario"
    if stem in _RESERVED_NAMES:
        stem = f"scenario-{stem}"
    return f"{stem}.json"


def unique_path(folder: str | os.PathLike, name: str) -> Path:
    """``folder / safe_filename(name)``, with ``-2``, ``-3`` … added while that file exists."""
    folder = Path(folder)
    filename = safe_filename(name)
    stem = filename[: -len(".json")]
    candidate = folder / filename
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}.json"
        number += 1
    return candidate
