"""The scenario package's parts: one message catalogue, one atomic save, the layout's promises."""

from __future__ import annotations

import errno
import os
import re
import stat
import string
from pathlib import Path

import pytest

import budgetsim.scenario as S
from budgetsim import cli
from budgetsim.i18n import STRINGS
from budgetsim.scenario import messages as M
from budgetsim.scenario.write import ScenarioExistsError, write_atomic

PACKAGE = Path(S.__file__).parent
ROOT = PACKAGE.parents[1]


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


KEYS = tuple(k[len(M.PREFIX) :] for k in STRINGS if k.startswith(M.PREFIX))


@pytest.mark.parametrize("key", KEYS)
def test_every_scenario_message_has_both_languages_with_the_same_parameters(key):
    texts = STRINGS[M.PREFIX + key]
    assert set(texts) == {"nl", "en"} and texts["nl"].strip() and texts["en"].strip()
    assert _fields(texts["nl"]) == _fields(texts["en"])


def test_every_scenario_message_key_is_used():
    files = [*PACKAGE.glob("*.py"), ROOT / "budgetsim" / "planning.py"]
    source = "\n".join(p.read_text(encoding="utf-8") for p in files)
    used = set(re.findall(r'"([a-z_]+\.[a-z_0-9]+)"', source))
    used |= {k[len(M.PREFIX) :] for k in used if k.startswith(M.PREFIX)}  # named in full: "scenario.default_name"
    assert len(KEYS) > 50
    assert set(KEYS) - used - {"where.file", "number"} == set()
    named = {
        k
        for k in used
        if k.split(".")[0] in {key.split(".")[0] for key in KEYS}
        and not k.startswith(("constraints.", "budget.", "assumptions.", "uncertainty."))
    }
    assert named - set(KEYS) == set(), "messages named in the code but not in the catalogue"
    with pytest.raises(KeyError):
        M.render("no.such_key", "en")


def test_scenario_problems_are_keyed_messages():
    found = M.problem("budget.social_eur", "type.at_least", limit=0, got=M.shown_number(-5))
    assert found.key == "scenario.type.at_least" and found.params["limit"] == 0


def test_numbers_in_messages_are_written_per_language():
    found = M.problem("budget.social_eur", "type.at_least", limit=0, got=M.shown_number(-12500.5))
    assert found.text("nl") == "budget.social_eur: moet minstens 0 zijn (nu -12.500,5)"
    assert found.text("en") == "budget.social_eur: must be at least 0 (got -12,500.5)"


def test_write_atomic_never_replaces_a_file_that_appears_while_writing(tmp_path, monkeypatch):
    target = tmp_path / "frontier.csv"
    target.write_text("the user's own file", encoding="utf-8")
    monkeypatch.setattr(Path, "exists", lambda self: False)  # the check ran before the file appeared
    with pytest.raises(ScenarioExistsError):
        write_atomic(target, "new text")
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "the user's own file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["frontier.csv"]


def test_the_command_line_writes_through_the_one_atomic_save(capsys, tmp_path):
    scenario = tmp_path / "s.json"
    assert cli.main(["new", "--gemeente", "Dordrecht", "--out", str(scenario)]) == 0
    table = tmp_path / "curve.csv"
    table.write_text("keep me", encoding="utf-8")
    assert cli.main(["frontier", str(scenario), "--max", "2000", "--csv", str(table)]) == 2
    assert "curve.csv" in capsys.readouterr().err
    assert table.read_text(encoding="utf-8") == "keep me"
    assert cli.main(["frontier", str(scenario), "--max", "2000", "--csv", str(table), "--force"]) == 0
    assert table.read_text(encoding="utf-8-sig").startswith("Totaal budget (€);")
    source = Path(cli.__file__).read_text(encoding="utf-8")
    assert "tempfile" not in source and "os.replace" not in source


def test_every_name_imported_from_the_old_module_still_imports():
    names = [
        "MAX_EUR",
        "MAX_FILE_BYTES",
        "MIGRATIONS",
        "RANGE_KEYS",
        "RANGE_LIMITS",
        "PER_BAND_KEYS",
        "SCHEMA_VERSION",
        "SOCIAL_SPLITS",
        "Scenario",
        "ScenarioExistsError",
        "PrintSettings",
        "SocialSettings",
        "InputError",
        "load_scenario",
        "migrate",
        "parse_scenario",
        "safe_filename",
        "save_scenario",
        "scenario_from_dict",
        "scenario_to_json",
        "unique_path",
    ]
    for name in names:
        assert getattr(S, name) is not None, name
    with pytest.raises(AttributeError):
        S.no_such_name  # noqa: B018


def test_write_files_writes_all_or_none(tmp_path, monkeypatch):
    from budgetsim.scenario import write_files

    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    second.write_text("the user's own file", encoding="utf-8")
    monkeypatch.setattr(Path, "exists", lambda self: False)  # b.csv "appears" after the check
    with pytest.raises(ScenarioExistsError):
        write_files([(first, "a"), (second, "b")])
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.csv"]  # a.csv taken back, no temporary files
    assert second.read_text(encoding="utf-8") == "the user's own file"


def test_write_files_with_force_puts_the_old_files_back_when_one_fails(tmp_path, monkeypatch):
    from budgetsim.scenario import write_files

    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text("old a", encoding="utf-8")
    real = os.replace

    def fail_for_b(source, target):
        if str(target).endswith("b.csv"):
            raise OSError(errno.EIO, "I/O error", str(source))
        return real(source, target)

    monkeypatch.setattr(os, "replace", fail_for_b)
    with pytest.raises(OSError) as caught:
        write_files([(first, "new a"), (second, "new b")], force=True)
    assert caught.value.filename == str(second)  # the file asked for, not the temporary one
    assert first.read_text(encoding="utf-8") == "old a"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv"]


def test_written_files_get_the_umask_s_mode_and_replaced_ones_keep_theirs(tmp_path):
    old = os.umask(0o027)
    try:
        new = write_atomic(tmp_path / "new.csv", "x")
        kept = tmp_path / "kept.csv"
        kept.write_text("old", encoding="utf-8")
        kept.chmod(0o604)
        write_atomic(kept, "y", force=True)
    finally:
        os.umask(old)
    assert stat.S_IMODE(new.stat().st_mode) == 0o640
    assert stat.S_IMODE(kept.stat().st_mode) == 0o604 and kept.read_text(encoding="utf-8") == "y"


def test_load_scenario_names_the_file_in_every_problem(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"schema_version": 2, "gemeente": "GM0505", "budget": {"social_eur": -5}}', encoding="utf-8")
    with pytest.raises(S.InputError) as caught:
        S.load_scenario(path)
    assert caught.value.problems[0].path == "budget.social_eur"  # the JSON path stays the path
    assert caught.value.messages("nl") == [f"{path}, budget.social_eur: moet minstens 0 zijn (nu -5)"]
    path.write_text("{,}", encoding="utf-8")
    with pytest.raises(S.InputError) as caught:
        S.load_scenario(path)
    assert caught.value.problems[0].path == "file"
    (line,) = caught.value.messages("en")
    assert line.startswith(f"{path}: not valid JSON at line 1, column 2: a name in double quotes")
