"""Writing files: the scenario's text, and the one atomic save that never overwrites by accident.

:func:`write_files` (and :func:`write_atomic` for one file) is used for every file budgetsim writes
from the command line (scenarios, CSV tables, the budget proposal): each text goes to a temporary
file in its target's folder, is flushed to disk, and only when every temporary file is complete are
they moved into place, so each target is either absent, the old file or the complete new one, and
a command that writes two files writes both or neither. Without ``force`` an existing file is never
replaced, not even one that appears meanwhile. A new file gets the mode the umask gives
(``0666 & ~umask``, as any program's new file); a replaced file keeps its own mode.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import stat
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from .messages import problem
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
            folder = target.parent if str(target.parent) else Path(".")
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
            _fsync_folder(target.parent if str(target.parent) else Path("."))
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
    folder = target.parent if str(target.parent) else Path(".")
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
