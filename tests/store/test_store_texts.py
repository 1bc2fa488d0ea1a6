"""Every text the store says is in the catalogue, in Dutch and English with the same placeholders."""

from __future__ import annotations

import re
import string
from pathlib import Path

from budgetsim.i18n import STRINGS

STORE = Path(__file__).resolve().parents[2] / "budgetsim" / "store"
_KEY = re.compile(r"""["'](store\.[a-z0-9_.]+)["']""")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_store_key_in_the_code_is_in_the_catalogue_in_both_languages():
    used = {key for path in STORE.rglob("*.py") for key in _KEY.findall(path.read_text(encoding="utf-8"))}
    used |= {f"store.cli.col.{k}" for k in ("name", "version", "saved_at", "saved_by")}  # built in a loop
    assert len(used) > 15, "no store keys found: the pattern is out of date"
    missing = sorted(k for k in used if k not in STRINGS)
    assert not missing, missing
    unused = sorted(k for k in STRINGS if k.startswith("store.") and k not in used)
    assert not unused, unused
    for key in used:
        assert _fields(STRINGS[key]["nl"]) == _fields(STRINGS[key]["en"]), key
