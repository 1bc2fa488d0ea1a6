"""Writing files: the scenario's text, and the one atomic save that never overwrites by accident.

:func:`write_atomic` is used for every file budgetsim writes from the command line and the app
(scenarios, CSV tables): the text goes to a temporary file in the target's folder, is flushed to
disk and then moved into place, so the target is either absent, the old file or the complete new
one. Without ``force`` an existing file is never replaced, not even one that appears meanwhile.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import unicodedata
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


def write_atomic(path: str | os.PathLike, text: str | bytes, *, force: bool = False) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically; an existing file only with ``force``.

    Raises :class:`ScenarioExistsError` (a ``FileExistsError``) when the file exists, also when
    it appeared while writing. Returns the path.
    """
    target = Path(path)
    payload = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    if target.exists() and not force:
        raise ScenarioExistsError(target)
    folder = target.parent if str(target.parent) else Path(".")
    handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        if force:
            os.replace(temp_name, target)
        else:
            _move_without_overwriting(temp_name, target)
        _fsync_folder(folder)
    finally:
        if os.path.exists(temp_name):
            os.unlink(temp_name)
    return target


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
