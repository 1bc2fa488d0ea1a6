"""Every catalogue key is looked up somewhere: a text that no screen shows is a text nobody keeps right.

A key counts as used when the code (``app.py`` and ``budgetsim/``, the catalogue itself left out)
holds it as a string literal; when a helper that puts a namespace in front of short keys is given the
short key (:data:`SHORT_KEYS`); or when it fits a key the code builds at run time
(:data:`BUILT_KEYS`). Each built key names the function that builds it, and the test checks that
function still writes the key's fixed part, so the list cannot outlive the code.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from functools import cache
from pathlib import Path

from budgetsim.i18n import PLURALS, STRINGS

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "budgetsim" / "i18n" / "catalogue"

#: Namespaces whose keys the code writes short: namespace -> (the helper that adds it, where the
#: short keys are written). ``scenario.type.at_least`` is used when ``"type.at_least"`` is a literal there.
SHORT_KEYS: dict[str, tuple[str, tuple[str, ...]]] = {
    "scenario.": ("budgetsim.scenario.messages:message", ("budgetsim/scenario", "budgetsim/planning.py")),
}

#: Keys built at run time: template -> the function that builds it (``module:qualified name``).
#: ``*`` is one word (no dot); ``{a|b}`` is one of the words listed. A template fixes at least two of
#: its words: ``chart.age.*`` may stand for keys built at run time, ``app.*`` may not.
BUILT_KEYS: dict[str, str] = {
    "band.{0-14|15-24|25-44|45-64|65+}": "budgetsim.i18n.lookup:band_label",
    "channel.{print|social}_long": "budgetsim.ui.assumptions_tab:assumptions_ui",
    "param.*.*.label": "budgetsim.assumptions:Parameter.label",
    "param.*.*.basis": "budgetsim.assumptions:Parameter.basis",
    "proposal.param.*.*": "budgetsim.proposal.content:_label",
    "chart.saturation.{print|social|combined}": "budgetsim.charts.saturation:saturation_chart",
    "chart.saturation.{now|plan}_*": "budgetsim.charts.saturation:saturation_chart",
    "chart.alt.line.*": "budgetsim.charts.saturation:saturation_chart",
    "chart.alt.style.*": "budgetsim.charts.style:style_names",
    "chart.age.*": "budgetsim.charts.ages:age_band_chart",
    "chart.map.metric.*": "budgetsim.charts.maps:area_map",
    "chart.map.tip.*": "budgetsim.charts.maps:map_tooltips",
    "chart.map.mark.{pooled|untargeted}.{wijk|buurt}": "budgetsim.charts.maps:mark_labels",
    "app.level.{wijk|buurt}": "budgetsim.ui.sidebar:level_ui",
    "app.split.*": "budgetsim.ui.budgets:split_ui",
    "nu.preset.*": "budgetsim.ui.budgets:paper_how",
    "app.map.metric.*": "budgetsim.ui.who_where:map_ui",
    "app.map.caption.*": "budgetsim.ui.who_where:map_ui",
    "app.adsets.{id|name|areas}": "budgetsim.ui.who_where:ad_set_frame",
    "app.range.{low|high}.{value|factor}": "budgetsim.ui.assumptions_tab:assumption_input_ui",
    "app.own.{export|survey}": "budgetsim.ui.own_figures:_upload_ui",
    "app.own.{export|survey}.help": "budgetsim.ui.own_figures:_upload_ui",
    "app.own.{export|survey}.bad": "budgetsim.ui.own_figures:own_figures_ui",
    "app.own.{export|survey}.unreadable": "budgetsim.ui.own_figures_state:_read",
    "calibration.chooser.{spend|impressions|reach}": "budgetsim.calibration.meta:read_meta_export",
    "calibration.note.{day_first|month_first}": "budgetsim.calibration.meta:_date_orders",
    "calibration.slice.*": "budgetsim.calibration.meta:_apply_slices",
    "calibration.kept.*": "budgetsim.calibration.apply:values_not_used",
    "store.cli.col.*": "budgetsim.store_cli:cmd_list",
    "app.export.{saturation|age|map|tornado}": "budgetsim.ui.save_tab:export_ui",
    "file.{saturation|age|map|tornado}": "budgetsim.ui.save_tab:export_ui",
    "campaigns.fig.*": "budgetsim.ui.campaigns_tab:figures_frame",
    "proposal.campaigns.col.*": "budgetsim.proposal.content:campaign_table",
    "campaigns.plan.*": "budgetsim.ui.campaigns_tab:ads_plan_ui",
    "campaigns.split.{by_audience|optimal}": "budgetsim.ui.campaigns_tab:table_ui",
    "campaigns.words.in_{wijken|buurten}": "budgetsim.charts.campaigns:areas_words",
}


def _code_files() -> list[Path]:
    files = [ROOT / "app.py", *sorted((ROOT / "budgetsim").rglob("*.py"))]
    return [path for path in files if CATALOGUE not in path.parents]


@cache
def _literals() -> dict[str, frozenset[str]]:
    """Every string literal of the code -> the files (relative paths) that hold it."""
    found: dict[str, set[str]] = {}
    for path in _code_files():
        name = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.setdefault(node.value, set()).add(name)
    return {text: frozenset(names) for text, names in found.items()}


def _pattern(template: str) -> re.Pattern[str]:
    """``"app.level.{wijk|buurt}"`` -> a regex of the keys it stands for."""
    parts = re.split(r"(\*|\{[^}]*\})", template)
    regex = "".join(
        "[^.]+"
        if part == "*"
        else f"(?:{'|'.join(map(re.escape, part[1:-1].split('|')))})"
        if part[:1] == "{"
        else re.escape(part)
        for part in parts
    )
    return re.compile(regex)


def _fixed_head(template: str) -> str:
    """The text before the template's first wildcard: ``"chart.map.tip."`` for ``"chart.map.tip.*"``."""
    return re.split(r"\*|\{", template, maxsplit=1)[0]


def unused_keys(keys) -> list[str]:
    """The keys that no code looks up, by the rules above."""
    literals = _literals()
    built = [_pattern(template) for template in BUILT_KEYS]

    def short_key_used(key: str) -> bool:
        for namespace, (_, places) in SHORT_KEYS.items():
            if key.startswith(namespace):
                files = literals.get(key[len(namespace) :], ())
                if any(name == place or name.startswith(place + "/") for name in files for place in places):
                    return True
        return False

    return sorted(
        key
        for key in keys
        if key not in literals and not short_key_used(key) and not any(p.fullmatch(key) for p in built)
    )


def _builder(target: str):
    """The function named ``module:qualified.name``."""
    module_name, _, qualname = target.partition(":")
    thing = importlib.import_module(module_name)
    for part in qualname.split("."):
        thing = getattr(thing, part)
    return thing


def _builder_source(target: str) -> str:
    return inspect.getsource(_builder(target))


def test_every_catalogue_key_is_looked_up():
    unused = unused_keys([*STRINGS, *PLURALS])
    assert not unused, f"never looked up (delete them, or name the code that builds them in BUILT_KEYS): {unused}"


def test_a_key_no_code_looks_up_is_found():
    assert unused_keys([*STRINGS, "app.page.never_shown", "chart.map.never_shown"]) == [
        "app.page.never_shown",
        "chart.map.never_shown",
    ]


def test_each_built_key_names_the_code_that_builds_it():
    keys = [*STRINGS, *PLURALS]
    for template, builder in BUILT_KEYS.items():
        assert len([word for word in template.split(".") if word != "*"]) >= 2, f"{template}: too broad"
        assert any(_pattern(template).fullmatch(key) for key in keys), f"{template}: no such key any more"
        head = _fixed_head(template)
        written = {head} | {head[len(ns) :] for ns in SHORT_KEYS if head.startswith(ns)}  # tx("param...")
        assert any(text in _builder_source(builder) for text in written), f"{template}: {builder} does not build it"


def test_each_short_key_helper_adds_its_namespace():
    for namespace, (helper, places) in SHORT_KEYS.items():
        module = importlib.import_module(helper.split(":")[0])
        assert f'"{namespace}' in inspect.getsource(module) and callable(_builder(helper)), helper
        assert all((ROOT / place).exists() for place in places), places
