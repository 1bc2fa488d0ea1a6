"""The campaigns of the app's state (MODEL.md "Campaigns"): the table to edit them, the examples to
start from, and their check. Pure functions, as :mod:`budgetsim.ui.state` (nothing imports Streamlit).

The state keeps the scenario file's ``campaigns`` (a list of entries) under ``"campaigns"``: the
plan's last valid campaigns. An edited table becomes new entries only when the whole scenario
accepts them (:func:`campaigns_edited` raises the scenario's ``InputError`` otherwise, every problem
naming its campaign and field), so the plan never holds a bad campaign; the social budget is then
the campaigns' sum. ``"campaign_examples"`` names the campaigns that were added as examples.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

import numpy as np
import pandas as pd

from ..bands import BANDS, TARGETABLE_BANDS
from ..campaigns import WEEKS_PER_YEAR
from ..charts.campaigns import short_area_name
from ..i18n import t
from ..model import ReachModel
from ..problems import InputError, Message, Problem
from ..scenario import scenario_from_dict
from . import state as S

EXAMPLES_KEY = "campaign_examples"
#: The table's columns (internal names; the screen shows them under labels in the language).
COLUMNS = ("name", "first", "last", "social_eur", "bands", "areas", "in_paper", "split", "example")


class NewRow(TypedDict):
    """The values a new row of the table starts with."""

    first: int
    last: int
    bands: list[str]
    in_paper: bool
    split: str


#: A new row of the table starts as a campaign over everyone, all year, on the page.
NEW_ROW = NewRow(first=1, last=52, bands=list(TARGETABLE_BANDS), in_paper=True, split="by_audience")
#: The examples' euros (they add up to € 5.000, the social budget a new scenario starts with).
EXAMPLE_EUR = {"waste": 1500.0, "youth": 1000.0, "works": 1000.0, "sport": 1500.0}


def campaign_frame(campaigns: Sequence[Mapping[str, Any]], examples: Sequence[str] = ()) -> pd.DataFrame:
    """The table of the campaigns: one row each, the columns of :data:`COLUMNS` (areas as codes;
    an empty list is the whole gemeente)."""
    rows = [
        {
            "name": c["name"],
            "first": int(c["weeks"][0]),
            "last": int(c["weeks"][1]),
            "bands": list(c["bands"]),
            "areas": list(c.get("areas") or []),
            "social_eur": float(c["social_eur"]),
            "in_paper": bool(c.get("in_paper", True)),
            "split": c.get("split", "by_audience"),
            "example": c["name"] in examples,
        }
        for c in campaigns
    ]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    return frame.astype(
        {"first": "Int64", "last": "Int64", "social_eur": float, "in_paper": "boolean", "example": "boolean"}
    )


def _empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, (list, tuple, np.ndarray)):
        return len(value) == 0
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _list(value: Any) -> list[str]:
    if _empty(value):
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v) for v in value]


def _week(value: Any) -> int | None:
    if _empty(value):
        return None
    number = float(value)
    return int(number) if number.is_integer() else None


def table_entries(frame: pd.DataFrame) -> tuple[list[dict], list[Problem]]:
    """The scenario file's campaign entries of an edited table, and what is missing to make them
    (a week not filled in or not whole) or wrong in them (a week outside 1–52, said per field).
    Rows left wholly empty are skipped; an empty name or euro cell is left to the scenario's check."""
    entries: list[dict] = []
    problems: list[Problem] = []
    for _, row in frame.iterrows():
        cells: dict[str, Any] = {c: row.get(c) for c in COLUMNS if c != "example"}
        if all(_empty(v) for k, v in cells.items() if k not in NEW_ROW):
            continue
        name = "" if _empty(cells["name"]) else str(cells["name"]).strip()
        first, last = _week(cells["first"]), _week(cells["last"])
        i = len(entries)
        if first is None or last is None:
            what = Message("campaigns.error.weeks_missing", campaign=name)
            problems.append(Problem(f"campaigns[{i}].weeks", what))
        for field, week in (("first", first), ("last", last)):  # said per field: the column it was typed in
            if week is not None and not 1 <= week <= WEEKS_PER_YEAR:
                what = Message("campaigns.error.week_outside", campaign=name, week=week)
                problems.append(Problem(f"campaigns[{i}].{field}", what))
        entries.append(
            {
                "name": name,
                "weeks": [first or 0, last or 0],
                "bands": [b for b in TARGETABLE_BANDS if b in _list(cells["bands"])]
                + [b for b in _list(cells["bands"]) if b not in TARGETABLE_BANDS],
                "areas": _list(cells["areas"]) or None,
                "social_eur": 0.0 if _empty(cells["social_eur"]) else float(cells["social_eur"]),
                "split": "by_audience" if _empty(cells["split"]) else str(cells["split"]),
                "in_paper": True if _empty(cells["in_paper"]) else bool(cells["in_paper"]),
            }
        )
    return entries, problems


def _same(a: Sequence[Mapping], b: Sequence[Mapping]) -> bool:
    def key(entries):
        return [
            (e["name"], list(e["weeks"]), list(e["bands"]), e.get("areas"), round(float(e["social_eur"]), 2))
            + (e.get("split", "by_audience"), bool(e.get("in_paper", True)))
            for e in entries
        ]

    return key(a) == key(b)


def campaigns_edited(
    state: Mapping[str, Any], entries: list[dict], problems: Sequence[Problem] = (), examples: Sequence[str] = ()
) -> S.Updates:
    """The updates for campaigns as edited (``entries`` and the ``problems`` found making them,
    see :func:`table_entries`): nothing when they are the plan's; else the campaigns, the social
    budget as their sum (a manual split becomes a split by size: the campaigns decide the euros per
    ad set), and the names of the examples among them. Raises ``InputError`` with every problem
    (each naming its campaign and field) when the scenario does not accept them."""
    if not problems and _same(entries, state.get("campaigns") or []):
        return {}
    total = round(sum(float(e["social_eur"]) for e in entries), 2)
    split = "by_audience" if entries and state.get("split") == "manual" else state.get("split")
    candidate = {**state, "campaigns": entries, "split": split}
    if entries:
        candidate["social_eur"] = total
    found = list(problems)
    said = {_weeks_path(q.path) for q in problems}  # a week said per field is not said again for the pair
    try:
        scenario_from_dict(S.state_to_scenario_dict(candidate))
    except InputError as exc:
        found += [
            p
            for p in exc.problems
            if _weeks_path(p.path) not in said and p.key != "scenario.campaigns.sum"  # the sum is set here
        ]
    if found:
        raise InputError(sorted(found, key=_problem_order))
    names = {e["name"] for e in entries}
    updates: S.Updates = {
        "campaigns": entries,
        "split": split,
        EXAMPLES_KEY: [n for n in list(state.get(EXAMPLES_KEY) or []) + list(examples) if n in names],
    }
    if entries:
        updates["social_eur"] = total
        if not state.get("campaigns"):
            updates.update(S.message("info", t("campaigns.now_sum", state.get("lang", "nl"), total=total)))
    return updates


def _weeks_path(path: str) -> str:
    """``campaigns[2].first`` and ``campaigns[2].last`` are about ``campaigns[2].weeks``."""
    for field in (".first", ".last"):
        if path.endswith(field):
            return path[: -len(field)] + ".weeks"
    return path


def _problem_order(problem: Problem) -> tuple[int, str]:
    path = problem.path
    if path.startswith("campaigns["):
        return int(path[len("campaigns[") : path.index("]")]), path
    return 1_000_000, path


def problem_field(problem: Problem) -> str | None:
    """The field of a campaign a problem is about (``weeks``, ``bands``, ``areas``, ``social_eur``,
    ``name``, ``split``), or None."""
    path = problem.path
    if path.startswith("campaigns[") and "." in path:
        return path.split(".", 1)[1]
    return None


def example_campaigns(model: ReachModel, plan_year: int, lang: str) -> list[dict]:
    """Four campaigns a gemeente typically runs, as entries (factual public information only, never
    a political or social-issue topic, MODEL.md "Platform rules"): the waste calendar for everyone
    in January, youth work for 15–24 in spring in the wijk with the most young people on the
    platforms, works in the two largest other areas in the autumn, a sports week for parents (25–44)
    in June. Their euros add up to € 5.000."""
    areas = model.areas
    shares = model.assumptions.social.platform_share
    young = areas.population[:, BANDS.index("15-24")] * shares.get("15-24", 0.0)
    if areas.level == "buurt" and areas.wijk_codes is not None:
        codes, names = list(dict.fromkeys(areas.wijk_codes)), dict(zip(areas.wijk_codes, areas.wijk_names or ()))
        per_wijk = {code: float(young[np.asarray(areas.wijk_codes) == code].sum()) for code in codes}
        youth_code = max(per_wijk, key=per_wijk.__getitem__)
        youth_name = names.get(youth_code, youth_code)
        youth_members = np.asarray(areas.wijk_codes) == youth_code
    else:
        j = int(np.argmax(young))
        youth_code, youth_name = areas.codes[j], areas.names[j]
        youth_members = np.arange(len(areas)) == j
    residents = areas.population.sum(axis=1)
    order = [int(i) for i in np.argsort(-residents, kind="stable") if not youth_members[i]][:2]
    works_codes = [areas.codes[i] for i in order] or None
    works_names = [areas.names[i] for i in order]
    everyone = list(TARGETABLE_BANDS)
    return [
        {
            "name": t("campaigns.example.waste", lang, year=plan_year),
            "weeks": [1, 4],
            "bands": everyone,
            "areas": None,
            "social_eur": EXAMPLE_EUR["waste"],
            "split": "by_audience",
            "in_paper": True,
        },
        {
            "name": t("campaigns.example.youth", lang, area=short_area_name(youth_name)),
            "weeks": [14, 22],
            "bands": ["15-24"],
            "areas": [youth_code],
            "social_eur": EXAMPLE_EUR["youth"],
            "split": "by_audience",
            "in_paper": False,
        },
        {
            "name": t("campaigns.example.works", lang, areas=" & ".join(short_area_name(n) for n in works_names)),
            "weeks": [36, 44],
            "bands": everyone,
            "areas": works_codes,
            "social_eur": EXAMPLE_EUR["works"],
            "split": "by_audience",
            "in_paper": True,
        },
        {
            "name": t("campaigns.example.sport", lang),
            "weeks": [23, 26],
            "bands": ["25-44"],
            "areas": None,
            "social_eur": EXAMPLE_EUR["sport"],
            "split": "by_audience",
            "in_paper": True,
        },
    ]


def examples_added(state: Mapping[str, Any], model: ReachModel, plan_year: int, lang: str) -> S.Updates:
    """The examples (:func:`example_campaigns`) added after the campaigns there are (those whose
    name is taken are left out), marked as examples."""
    present = list(state.get("campaigns") or [])
    taken = {c["name"] for c in present}
    new = [e for e in example_campaigns(model, plan_year, lang) if e["name"] not in taken]
    if not new:
        return {}
    return campaigns_edited(state, present + new, examples=[e["name"] for e in new])
