"""The app's state as plain values, its translation to and from a scenario file, and its changes.

The Streamlit app keeps one value per widget in ``st.session_state`` under the keys below; these
pure functions turn a :class:`~budgetsim.scenario.Scenario` into those values (to open a file)
and back (to save one), so the mapping is tested without a browser. Every change of the state
(a budget moved, another gemeente, a file opened, the assumptions reset, the wijk table edited) is
a pure function too: it reads the state and returns the updates, which the app applies with
``st.session_state.update(...)``. Nothing here imports Streamlit.

Keys besides the scenario's (:data:`SCENARIO_KEYS`): ``pending_state`` (values to set before the
widgets of the next run are drawn), ``name_auto`` (the name follows the budgets), ``table_version``
(a new one draws the wijk table afresh), ``last_good`` and ``last_social_by_area`` (the last
settings that made a plan, and its social euros per area), ``cbs_gemeente`` (the gemeente to go
back to from an own area table), ``undo`` (what the last best split replaced), ``messages``
(shown once by the next run, :func:`message`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from ..allocation import SOCIAL_SPLITS
from ..areas import Areas
from ..areas_csv import areas_to_scenario_list
from ..assumptions import PARAMETERS
from ..bands import TARGETABLE_BANDS
from ..data import DEFAULT_GEMEENTE, gemeente_areas, gemeente_by_code
from ..i18n import t
from ..model import ReachModel, estimated_page_price_eur, page_price_eur, print_copies
from ..planning import ScenarioPlan, current_budget_eur, default_name, new_scenario, with_budget
from ..scenario import SCHEMA_VERSION, Scenario, scenario_from_dict
from ..uncertainty import DEFAULT_RANGES, FACTOR_PARAMETERS

SPLITS = SOCIAL_SPLITS

#: The contract price of one page (None: estimated from the copies), kept with the assumptions.
PAGE_PRICE_KEY = "a:print.price_per_page_eur"
#: True when the price per page kept there is an estimate from the copies (``price_per_page_estimated``:
#: stored when fitted values were taken, MODEL.md "Print"); a typed contract price clears it.
PRICE_ESTIMATED_KEY = "a:print.price_per_page_estimated"
#: The contract prices typed per gemeente code (screen state): switching gemeente and back keeps one.
TYPED_PRICES_KEY = "typed_page_prices"
#: The current situation ("Nu", MODEL.md): pages of the paper per year and social euros per year.
CURRENT_KEYS = ("current_pages", "current_social_eur")

#: Keys of values that go into a scenario (the rest of session state is screen state).
SCENARIO_KEYS = (
    "gemeente",
    "level",
    "inline_areas",
    "bands",
    "print_eur",
    "social_eur",
    "split",
    "weights",
    "manual",
    "name",
    "notes",
    "area_names",
    "constraints",
    "u:seed",
    "u:draws",
    "ranges_edited",
    *CURRENT_KEYS,
    "current_set",
    "calibration",
    "campaigns",
    "plan_year",
)


def assumption_key(parameter_key: str, band: str | None = None) -> str:
    """Session key of one assumption: ``a:print.loyalty`` or ``a:print.page_seen:15-24``."""
    return f"a:{parameter_key}" if band is None else f"a:{parameter_key}:{band}"


def default_range(state: Mapping[str, Any], parameter_key: str) -> tuple[float, float]:
    """The default range of a parameter, widened to include its value in ``state``."""
    low, high = DEFAULT_RANGES[parameter_key]
    value = 1.0 if parameter_key in FACTOR_PARAMETERS else float(state[assumption_key(parameter_key)])
    return min(low, value), max(high, value)


def range_key(parameter_key: str, end: str) -> str:
    """Session key of one end (``low``/``high``) of an uncertainty range: ``u:social.cpm_eur:low``."""
    return f"u:{parameter_key}:{end}"


def scenario_to_state(scenario: Scenario) -> dict[str, Any]:
    """Widget values that show ``scenario`` (every key the app reads)."""
    d = scenario.to_dict()
    plan = ScenarioPlan(scenario)
    state: dict[str, Any] = {
        "gemeente": d["gemeente"],
        "level": d.get("level") or "wijk",
        "inline_areas": d["areas"],
        "bands": list(d["target_bands"]),
        "print_eur": float(plan.print_eur),
        "social_eur": float(d["budget"]["social_eur"]),
        "split": d["budget"]["social_split"],
        "weights": {k: float(v) for k, v in d["area_weights"].items()},
        "manual": {k: float(v) for k, v in d["budget"]["social_manual_eur"].items()},
        "name": d["name"],
        "notes": d["notes"],
        "area_names": dict(d["area_names"]),
        "constraints": d["constraints"],
        "u:seed": int(d["uncertainty"]["seed"]),
        "u:draws": int(d["uncertainty"]["draws"]),
    }
    for p in PARAMETERS:
        value = d["assumptions"][p.channel][p.name]
        if p.per_band:
            for band in TARGETABLE_BANDS:
                state[assumption_key(p.key, band)] = float(value[band])
        else:
            state[assumption_key(p.key)] = float(value)
    for key, (low, high) in plan.uncertainty_ranges().items():
        state[range_key(key, "low")] = float(low)
        state[range_key(key, "high")] = float(high)
    state["ranges_edited"] = sorted(scenario.uncertainty.ranges)  # the rest follow their value
    state["calibration"] = d.get("calibration")  # where fitted values came from
    state["campaigns"] = list(d.get("campaigns") or [])
    state["plan_year"] = d.get("plan_year")
    state.update(current_state(scenario))
    return state


def default_state(gemeente: str = DEFAULT_GEMEENTE, lang_name: str = "") -> dict[str, Any]:
    """The app's first screen: a gemeente with a page in every issue, and social at € 5.000 where
    social ads can be aimed (else € 0: no ad set could take them)."""
    return scenario_to_state(new_scenario(gemeente=gemeente, social_eur=None, name=lang_name or None))


def state_to_scenario_dict(state: Mapping[str, Any]) -> dict:
    """A scenario file's object from the widget values (validate with ``scenario_from_dict``)."""
    assumptions: dict[str, dict] = {"print": {}, "social": {}}
    for p in PARAMETERS:
        if p.per_band:
            value: Any = {b: float(state[assumption_key(p.key, b)]) for b in TARGETABLE_BANDS}
        else:
            value = float(state[assumption_key(p.key)])
        assumptions[p.channel][p.name] = value
    page_price = state.get(PAGE_PRICE_KEY)
    assumptions["print"]["price_per_page_eur"] = None if page_price is None else float(page_price)
    assumptions["print"]["price_per_page_estimated"] = page_price is not None and bool(state.get(PRICE_ESTIMATED_KEY))
    ranges = {}
    edited = state.get("ranges_edited")  # None: every range counts as set by the user
    for key, (default_low, default_high) in DEFAULT_RANGES.items():
        low, high = state.get(range_key(key, "low")), state.get(range_key(key, "high"))
        if low is None or high is None or (edited is not None and key not in edited):
            continue
        value = 1.0 if key in FACTOR_PARAMETERS else float(state[assumption_key(key)])
        low, high = min(float(low), value), max(float(high), value)  # a range is around the value
        if (low, high) != (min(default_low, value), max(default_high, value)):
            ranges[key] = [low, high]  # only ranges the user changed go in the file
    manual = {k: float(v) for k, v in (state.get("manual") or {}).items() if v}
    if state["split"] != "manual":
        manual = {}
    level = {} if state.get("inline_areas") or not state.get("gemeente") else {"level": state.get("level") or "wijk"}
    calibration = state.get("calibration")  # where fitted values came from (reading marks those edited since)
    return {
        **({"calibration": calibration} if calibration else {}),
        "schema_version": SCHEMA_VERSION,
        "name": state.get("name") or "",
        "notes": state.get("notes") or "",
        "gemeente": state.get("gemeente"),
        **level,
        "areas": state.get("inline_areas"),
        **({"plan_year": state["plan_year"]} if state.get("plan_year") else {}),
        **({"campaigns": list(state["campaigns"])} if state.get("campaigns") else {}),
        "target_bands": [b for b in TARGETABLE_BANDS if b in state["bands"]],
        "current": current_for_file(state),
        "budget": {
            "print_eur": float(state["print_eur"]),
            "social_eur": float(state["social_eur"]),
            "social_split": state["split"],
            "social_manual_eur": manual,
        },
        "area_weights": {k: float(v) for k, v in (state.get("weights") or {}).items() if v != 1},
        "area_names": dict(state.get("area_names") or {}),
        "constraints": state.get("constraints")
        or {"print_min_eur": 0, "print_max_eur": None, "area_min_eur": {}, "area_max_eur": {}},
        "assumptions": assumptions,
        "uncertainty": {
            "seed": int(state.get("u:seed", 1)),
            "draws": int(state.get("u:draws", 2000)),
            "ranges": ranges,
        },
    }


def state_to_scenario(state: Mapping[str, Any]) -> Scenario:
    """The validated scenario of the widget values (raises ``InputError`` listing every problem)."""
    return scenario_from_dict(state_to_scenario_dict(state))


# -- changes of the state: state in, updates out -------------------------------------------------------

#: The two budgets, each with a slider and a box.
BUDGETS = ("print_eur", "social_eur")
#: Keys of the assumptions and their ranges in the state.
ASSUMPTION_PREFIXES = ("a:", "u:")

Updates = dict[str, Any]

#: Key of the messages the next run shows once (a file opened, an amount refused): ``(kind, text)`` pairs.
MESSAGES_KEY = "messages"
#: The kinds of message, each one of Streamlit's ``st.success``, ``st.info``, ``st.warning`` and ``st.error``.
MESSAGE_KINDS = ("success", "info", "warning", "error")


def message(kind: str, text: str) -> Updates:
    """The message the next run shows once, in place of any other: ``kind`` is one of :data:`MESSAGE_KINDS`."""
    return messages((kind, text))


def messages(*pairs: tuple[str, str]) -> Updates:
    """The messages (``(kind, text)`` pairs, in order) the next run shows once, in place of any other."""
    for kind, _ in pairs:
        if kind not in MESSAGE_KINDS:
            raise ValueError(f"kind: must be one of {', '.join(MESSAGE_KINDS)} (got {kind!r})")
    return {MESSAGES_KEY: list(pairs)}


def first_state() -> Updates:
    """The first run: Dordrecht, a page in every issue, social at € 5.000."""
    return {
        **default_state(),
        "lang": "nl",
        MESSAGES_KEY: [],
        "name_auto": True,  # the name follows the budgets until the user types one
        "map_metric": "reach",
        "initialised": True,
    }


def new_table(state: Mapping[str, Any]) -> Updates:
    """Draw the wijk table afresh: edits already taken into the state must not be applied again."""
    return {"table_version": state.get("table_version", 0) + 1}


def pending_applied(state: Mapping[str, Any]) -> Updates:
    """The values a previous run left for this one (a file opened, another gemeente), set before
    any widget is drawn; empty when there are none."""
    pending = state.get("pending_state")
    if pending is None:
        return {}
    return {**pending, **new_table(state)}


def _manual_base(state: Mapping[str, Any]) -> dict[str, float]:
    """The euros per area a manual split starts from: its own, or the split on screen (the last
    plan's, ``last_social_by_area``) when there are none yet."""
    manual = state.get("manual") or {}
    return dict(manual) if sum(manual.values()) > 0 else dict(state.get("last_social_by_area") or {})


def _with_social(state: Mapping[str, Any], manual: Mapping[str, float], social_eur: float):
    """The budget after :func:`~budgetsim.planning.with_budget` moves a manual split of ``manual``
    to the social total ``social_eur`` (only the budget counts here: the rest is left default)."""
    draft = {
        "schema_version": SCHEMA_VERSION,
        "gemeente": state.get("gemeente"),
        "areas": state.get("inline_areas"),
        "budget": {
            "print_eur": 0.0,
            "social_eur": float(sum(manual.values())),
            "social_split": "manual",
            "social_manual_eur": dict(manual),
        },
    }
    return with_budget(Scenario.model_validate(draft), social_eur=social_eur).budget


def _cents(manual: Mapping[str, float]) -> dict[str, float]:
    return {code: round(v, 2) for code, v in manual.items()}


def budget_changed(state: Mapping[str, Any], name: str, value: float) -> Updates:
    """A budget (``print_eur`` or ``social_eur``) moved to ``value``; a manual split is scaled to a
    new social total, or becomes a split by size when there is nothing to scale (it was 0); the
    campaigns, when there are any, are all scaled by one factor (:func:`campaigns_scaled`)."""
    if name == "social_eur" and state.get("campaigns"):
        return campaigns_scaled(state, value)
    if name != "social_eur" or state.get("split") != "manual":
        return {name: value}
    budget = _with_social(state, _manual_base(state), value)
    return {name: value, "split": budget.social_split, "manual": _cents(budget.social_manual_eur), **new_table(state)}


#: Set once the app said that the social budget scales the campaigns (it says so once a session).
SCALING_SAID_KEY = "campaigns_scaling_said"


def campaigns_scaled(state: Mapping[str, Any], social_eur: float) -> Updates:
    """The social budget moved while campaigns exist: every campaign scaled by the same factor so
    that they add up to ``social_eur`` (:func:`~budgetsim.planning.with_budget`); the first time in
    a session a message says so."""
    draft = Scenario.model_validate(
        {
            "schema_version": SCHEMA_VERSION,
            "gemeente": state.get("gemeente"),
            "areas": state.get("inline_areas"),
            "budget": {"print_eur": 0.0, "social_eur": float(state["social_eur"])},
            "campaigns": list(state["campaigns"]),
        }
    )
    scaled = with_budget(draft, social_eur=float(social_eur))
    updates: Updates = {
        "social_eur": float(social_eur),
        "campaigns": scaled.to_dict()["campaigns"],
    }
    if not state.get(SCALING_SAID_KEY):
        old = float(state["social_eur"])
        factor = float(social_eur) / old if old > 0 else None
        text = (
            t("campaigns.scaled", state.get("lang", "nl"), factor=factor, total=float(social_eur))
            if factor is not None
            else t("campaigns.scaled_equally", state.get("lang", "nl"), total=float(social_eur))
        )
        updates.update(message("info", text), **{SCALING_SAID_KEY: True})
    return updates


def value_changed(state: Mapping[str, Any], canonical: str, old: Any = None) -> Updates:
    """What follows when the user changed ``state[canonical]`` (from ``old``; a bound widget, see
    :func:`budgetsim.ui.widgets.bound`, or a typed number)."""
    if canonical == "name":
        return {"name_auto": not state["name"].strip(), **settings_named(state)}
    if canonical == "gemeente":
        return gemeente_changed(state)
    if canonical == "level":
        return level_changed(state)
    if canonical in PRICE_ESTIMATE_INPUTS:
        return kept_estimate_followed(state, canonical, old)
    if canonical.startswith("u:"):  # the user set this range: keep it as typed
        return {"ranges_edited": sorted(set(state.get("ranges_edited") or []) | {canonical.split(":")[1]})}
    if canonical == "split" and state["split"] == "manual":
        # start from the split on screen, so the euros per ad set add up to the social budget; with
        # nothing on screen to start from (no ad set can be made: a tiny gemeente) it stays by size
        budget = _with_social(state, _manual_base(state), state["social_eur"])
        return {"split": budget.social_split, "manual": _cents(budget.social_manual_eur), **new_table(state)}
    return {}


#: The assumptions an estimated price per page is made of: ``price_per_1000_copies_eur * copies / 1000``
#: with ``copies = delivery_share * dwellings`` (MODEL.md "Print").
PRICE_ESTIMATE_INPUTS = frozenset(
    assumption_key(key) for key in ("print.delivery_share", "print.price_per_1000_copies_eur")
)


def kept_estimate_followed(state: Mapping[str, Any], canonical: str, old: Any) -> Updates:
    """An estimate kept as the price per page (``price_per_page_estimated``, stored when fitted values
    were taken, so that a fitted ``delivery_share`` cannot move it) follows what the user types by hand
    (MODEL.md "Print"). A typed delivery share is a statement about the copies: the price is estimated
    from the copies again. A typed price per 1.000 copies (from ``old``) scales the kept estimate,
    which is linear in it: ``price * new / old``. A contract price stays as it is."""
    price = state.get(PAGE_PRICE_KEY)
    if not state.get(PRICE_ESTIMATED_KEY) or price is None:
        return {}
    if canonical == assumption_key("print.delivery_share"):
        return {PAGE_PRICE_KEY: None, PRICE_ESTIMATED_KEY: False}
    if old is None or float(old) <= 0:
        return {}
    return {PAGE_PRICE_KEY: float(price) * float(state[canonical]) / float(old)}


def gemeente_changed(state: Mapping[str, Any]) -> Updates:
    """A new gemeente (``state["gemeente"]``): its wijken, a page in every issue as print budget, no
    per-wijk settings; the social budget, the target group and the assumptions stay."""
    code = state.get("gemeente") or DEFAULT_GEMEENTE
    fresh = default_state(code)
    fresh.update({k: v for k, v in state.items() if str(k).startswith(ASSUMPTION_PREFIXES)})
    fresh["social_eur"] = state["social_eur"]
    fresh["bands"] = state["bands"]
    fresh["level"] = state.get("level") or "wijk"  # the level the user chose stays
    # euros per wijk of the old gemeente mean nothing here: a manual split starts again by size
    fresh["split"] = "by_audience" if state["split"] == "manual" else state["split"]
    fresh["name_auto"] = state.get("name_auto", True) or not state.get("name")
    # a contract price is one gemeente's: the new one has the price typed for it before, else its estimate
    fresh[PAGE_PRICE_KEY] = (state.get(TYPED_PRICES_KEY) or {}).get(code)
    fresh[PRICE_ESTIMATED_KEY] = False
    fresh["calibration"] = state.get("calibration")  # the assumptions stay, and so does where they came from
    return {"pending_state": fresh, "undo": None}


def level_changed(state: Mapping[str, Any]) -> Updates:
    """Wijken or buurten (``state["level"]``): other areas and other ad sets, so weights, euros per
    ad set and limits per ad set mean nothing there (a manual split starts again by size); the
    budgets, the target group and the assumptions stay."""
    constraints = dict(state.get("constraints") or {})
    if constraints:
        constraints.update(area_min_eur={}, area_max_eur={})
    return {
        **campaigns_at_level(state),
        "weights": {},
        "manual": {},
        "last_social_by_area": {},
        "constraints": constraints or None,
        "split": "by_audience" if state.get("split") == "manual" else state.get("split"),
        **new_table(state),
    }


def campaigns_at_level(state: Mapping[str, Any]) -> Updates:
    """The campaigns' areas at the level ``state["level"]``: at wijk level a buurt becomes its wijk (a
    wijk code at buurt level already means all its buurten)."""
    campaigns, gemeente = state.get("campaigns"), state.get("gemeente")
    if not campaigns or state.get("level") != "wijk" or not gemeente or state.get("inline_areas"):
        return {}
    buurten = gemeente_areas(gemeente, "buurt")
    wijk_of = dict(zip(buurten.codes, buurten.wijk_codes or buurten.codes))
    out = []
    for c in campaigns:
        areas = c.get("areas")
        if areas is not None:
            areas = list(dict.fromkeys(wijk_of.get(code, code) for code in areas))
        out.append({**c, "areas": areas})
    return {"campaigns": out}


def back_to_cbs(state: Mapping[str, Any]) -> Updates:
    """From an own area table back to the CBS wijken of the gemeente chosen before it."""
    back = {"inline_areas": None, "gemeente": state.get("cbs_gemeente") or DEFAULT_GEMEENTE}
    return {**back, **gemeente_changed({**state, **back})}


def scenario_opened(scenario: Scenario) -> Updates:
    """A scenario file opened: every value of it goes into the widgets on the next run."""
    opened = scenario_to_state(scenario)
    return {
        "pending_state": dict(opened, name_auto=not scenario.name, **settings_named(opened)),
        "undo": None,
    }


def areas_opened(state: Mapping[str, Any], areas: Areas) -> Updates:
    """An own table of areas replaces the gemeente's wijken: print at a page in every issue, no
    per-area settings (a manual split starts again by size)."""
    return {
        "cbs_gemeente": state.get("gemeente") or state.get("cbs_gemeente"),
        "inline_areas": areas_to_scenario_list(areas),
        "gemeente": None,  # own areas: no CBS gemeente behind them
        "campaigns": [],  # their areas were the gemeente's; the social budget stays
        "print_eur": float(round(ReachModel(areas).default_print_eur())),  # a page in every issue
        "weights": {},
        "manual": {},
        "area_names": {},
        "constraints": None,
        "split": "by_audience" if state["split"] == "manual" else state["split"],
        **new_table(state),
    }


def assumptions_reset(state: Mapping[str, Any]) -> Updates:
    """Every assumption and uncertainty range back to its default."""
    fresh = default_state(state.get("gemeente") or DEFAULT_GEMEENTE)
    return {**{k: v for k, v in fresh.items() if k.startswith(ASSUMPTION_PREFIXES)}, "ranges_edited": []}


def good_state(state: Mapping[str, Any], codes: Iterable[str], social_eur: Iterable[float]) -> Updates:
    """Remember settings that made a plan (to go back to) and the plan's social euros per ad set
    (``codes`` are the ad set ids: a manual split gives euros per ad set)."""
    return {
        "last_good": {
            k: state[k] for k in list(state.keys()) if k in SCENARIO_KEYS or str(k).startswith(ASSUMPTION_PREFIXES)
        },
        "last_social_by_area": {code: round(float(v), 2) for code, v in zip(codes, social_eur) if v > 0},
    }


def _number(value: Any) -> float | None:
    """A cell of an edited table as a float; None for an empty cell."""
    return None if value is None or pd.isna(value) else float(value)


def table_edited(
    state: Mapping[str, Any], codes: list[str], weights: list[Any], euros: list[Any] | None = None
) -> Updates:
    """The wijk table came back with ``weights`` (and, in a manual split, ``euros``) per code:
    the updates for what the user changed, or nothing. Weight 1 is the default and is not kept;
    new euros per wijk set the social budget to their sum on the next run."""
    new_weights = {c: w for c, w in ((c, _number(w)) for c, w in zip(codes, weights)) if w is not None and w != 1.0}
    old_weights = {k: v for k, v in (state.get("weights") or {}).items() if v != 1.0}
    updates: Updates = {}
    if euros is not None and state.get("split") == "manual":
        new_manual = {c: v for c, v in ((c, _number(v)) for c, v in zip(codes, euros)) if v is not None and v > 0}
        old_manual = {k: v for k, v in (state.get("manual") or {}).items() if v > 0}
        if set(new_manual) != set(old_manual) or any(abs(new_manual[k] - old_manual[k]) > 0.005 for k in new_manual):
            updates = {"manual": new_manual, "pending_state": {"social_eur": round(sum(new_manual.values()), 2)}}
    if updates or new_weights != old_weights:
        updates.update(weights=new_weights, **new_table(state))
    return updates


def ad_set_table_edited(state: Mapping[str, Any], ids: list[str], euros: list[Any]) -> Updates:
    """The table of ad sets came back with yearly ``euros`` per ad set id (a manual split): the
    updates for what the user changed, or nothing. The new euros set the social budget to their sum
    on the next run."""
    if state.get("split") != "manual":
        return {}
    new_manual = {i: v for i, v in ((i, _number(v)) for i, v in zip(ids, euros)) if v is not None and v > 0}
    old_manual = {k: v for k, v in (state.get("manual") or {}).items() if v > 0}
    if set(new_manual) == set(old_manual) and all(abs(new_manual[k] - old_manual[k]) <= 0.005 for k in new_manual):
        return {}
    return {
        "manual": _cents(new_manual),
        "pending_state": {"social_eur": round(sum(new_manual.values()), 2)},
        **new_table(state),
    }


def current_scenario(scenario: Scenario) -> Scenario:
    """What the key figures compare with: "Nu" (the scenario's ``current``, default a page every
    week and no social), with the plan's areas and assumptions. It never follows the plan's budgets,
    and has no name or notes (the plan's name follows its budgets): its file text, the key of its
    cached figures, stays the same while the sliders move."""
    return ScenarioPlan(scenario).current_plan().scenario.model_copy(update={"name": "", "notes": ""})


def place_name(state: Mapping[str, Any], lang: str) -> str:
    """The gemeente's name, or "own areas" for an own table."""
    gemeente = gemeente_by_code(state.get("gemeente") or "") if not state.get("inline_areas") else None
    return gemeente.name if gemeente else t("cli.own_areas", lang)


def auto_name(state: Mapping[str, Any], lang: str) -> str:
    """The scenario's name until the user types one: it follows the budgets, named as
    :func:`~budgetsim.scenario.new_scenario` names a new scenario."""
    return default_name(place_name(state, lang), state["print_eur"], state["social_eur"], lang)


def range_around_value(state: Mapping[str, Any], parameter_key: str) -> Updates:
    """The uncertainty range of a parameter kept around its value: the user's own range widened
    to the value, or the default range (widened to the value, so it follows the value both ways)."""
    low_key, high_key = range_key(parameter_key, "low"), range_key(parameter_key, "high")
    if parameter_key in (state.get("ranges_edited") or []):
        value = 1.0 if parameter_key in FACTOR_PARAMETERS else state[assumption_key(parameter_key)]
        return {low_key: min(state[low_key], value), high_key: max(state[high_key], value)}
    low, high = default_range(state, parameter_key)
    return {low_key: low, high_key: high}


def _round_up(x: float) -> int:
    step = 10 ** max(3, int(np.floor(np.log10(max(x, 1.0)))) - 1)
    return int(np.ceil(x / step) * step)


def slider_end(state: Mapping[str, Any], name: str, usual_eur: float, floor: float) -> Updates:
    """The end of budget ``name``'s slider (``slider_max:<name>``: the end for the usual budget and
    the end shown): 2.5 times the usual budget, and only ever moved outward when an amount beyond
    it is typed. A slider whose end moves is redrawn as a new widget (it would jump under the
    user's mouse), so the end stays put while the user drags."""
    base = _round_up(max(floor, 2.5 * usual_eur))
    remembered = state.get(f"slider_max:{name}")
    if remembered is None or remembered[0] != base:  # a new gemeente or first run
        remembered = (base, base)
    top = remembered[1]
    if state[name] > top:
        top = _round_up(1.5 * state[name])
    return {f"slider_max:{name}": (base, top)}


# -- the current situation ("Nu") and the paper in pages --------------------------------------------------

#: Pages a year people plan a weekly paper in: every week, every other week, monthly, none.
PAGE_PRESETS = {"weekly": 52, "fortnightly": 26, "monthly": 12, "none": 0}
#: The preset of a paper that is not a weekly: a page in every issue (``issues_per_year`` pages).
EVERY_ISSUE = "every_issue"
ISSUES_KEY = assumption_key("print.issues_per_year")


def issues_per_year(state: Mapping[str, Any]) -> float:
    """The paper's issues a year (the assumption ``print.issues_per_year``): at most one page per issue counts."""
    return float(state.get(ISSUES_KEY, PAGE_PRESETS["weekly"]))


def page_presets(issues: float) -> dict[str, float]:
    """The presets that exist for a paper of ``issues`` issues a year, none above it: a weekly's
    :data:`PAGE_PRESETS`, else a page in every issue (:data:`EVERY_ISSUE`) and the presets below it."""
    if round(issues) == PAGE_PRESETS["weekly"]:
        return {name: float(n) for name, n in PAGE_PRESETS.items()}
    return {EVERY_ISSUE: float(issues), **{name: float(n) for name, n in PAGE_PRESETS.items() if n < issues}}


def current_pages(state: Mapping[str, Any]) -> float:
    """Pages a year of "Nu": as a file or the user set them, else a page in every issue."""
    if state.get("current_set") and state.get("current_pages") is not None:
        return float(state["current_pages"])
    return issues_per_year(state)


def _print_dwellings(state: Mapping[str, Any]) -> float:
    """Dwellings the paper is printed for (the gemeente's, also at buurt level; an own table's)."""
    if state.get("inline_areas"):
        return float(sum(float(_field(e, "dwellings")) for e in state["inline_areas"]))
    return float(
        gemeente_areas(state.get("gemeente") or DEFAULT_GEMEENTE, state.get("level") or "wijk").dwellings_for_print
    )


def _field(entry: Any, name: str) -> Any:
    return entry[name] if isinstance(entry, Mapping) else getattr(entry, name)


def copies(state: Mapping[str, Any]) -> float:
    """Copies of the paper: ``delivery_share * dwellings`` (:func:`~budgetsim.model.print_copies`)."""
    return print_copies(float(state[assumption_key("print.delivery_share")]), _print_dwellings(state))


def estimated_page_price(state: Mapping[str, Any]) -> float:
    """The price of one page from the copies: ``price_per_1000_copies_eur * copies / 1000``
    (:func:`~budgetsim.model.estimated_page_price_eur`)."""
    return estimated_page_price_eur(float(state[assumption_key("print.price_per_1000_copies_eur")]), copies(state))


def page_price(state: Mapping[str, Any]) -> float:
    """The price of one page the model uses: the contract price when given, else the estimate
    (:func:`~budgetsim.model.page_price_eur`)."""
    per_1000 = float(state[assumption_key("print.price_per_1000_copies_eur")])
    return page_price_eur(state.get(PAGE_PRICE_KEY), per_1000, copies(state))


def price_is_estimated(state: Mapping[str, Any]) -> bool:
    """True when the page price of the state is an estimate: no contract price, or an estimate kept
    as the price (as :func:`budgetsim.options.price_is_estimated` reads a file)."""
    return state.get(PAGE_PRICE_KEY) is None or bool(state.get(PRICE_ESTIMATED_KEY))


def pages_of(eur: float, price: float) -> float:
    """Pages a year that ``eur`` buys at ``price`` per page."""
    return float(eur) / price if price > 0 else 0.0


def euros_of(pages: float, price: float) -> float:
    """What ``pages`` pages a year cost, in whole euros (as the budgets on screen and in the file)."""
    return float(round(float(pages) * price))


def preset_of(pages: float, price: float | None = None, issues: float = PAGE_PRESETS["weekly"]) -> str | None:
    """The preset (``weekly`` ...; those of :func:`page_presets` for ``issues``) that ``pages`` is, if
    it is one: within a hundredth of a page, or within the half euro that rounding to whole euros
    leaves (at ``price`` per page)."""
    presets = page_presets(issues)
    return next((name for name, n in presets.items() if whole_pages(pages, price) and round(pages) == round(n)), None)


def whole_pages(pages: float, price: float | None = None) -> bool:
    """Whether ``pages`` is a whole number of pages, but for the rounding of its euros."""
    off = abs(pages - round(pages))
    return off < 0.01 or (price is not None and off * price <= 0.5)


def current_state(scenario: Scenario) -> Updates:
    """The current situation of a scenario as state: its ``current`` (print as pages at the
    scenario's page price), else a page in every issue and no social media (also for version 1 files)."""
    plan = ScenarioPlan(scenario)
    print_eur, social_eur = current_budget_eur(scenario, plan.model)
    if scenario.current is None or scenario.current.print_eur is None:
        pages = plan.model.issues_per_year
    else:
        pages = pages_of(print_eur, plan.model.price_per_insertion)
    given = scenario.assumptions.print.price_per_page_eur
    return {
        "current_pages": float(pages),
        "current_social_eur": float(social_eur),
        "current_set": scenario.current is not None,
        PAGE_PRICE_KEY: None if given is None else float(given),
        PRICE_ESTIMATED_KEY: given is not None and scenario.assumptions.print.price_per_page_estimated,
    }


def current_budgets(state: Mapping[str, Any]) -> tuple[float, float]:
    """``(print_eur, social_eur)`` of the current situation: its pages at today's page price."""
    return euros_of(current_pages(state), page_price(state)), float(state.get("current_social_eur", 0.0))


def current_for_file(state: Mapping[str, Any]) -> dict[str, float] | None:
    """The scenario file's ``current`` of the state: None (the default, a page in every issue and no
    social) until a file gave one or the user set it; then its euros."""
    if not state.get("current_set"):
        return None
    print_eur, social_eur = current_budgets(state)
    return {"print_eur": print_eur, "social_eur": social_eur}


def current_changed(pages: float | None = None, social_eur: float | None = None) -> Updates:
    """The user set the current situation: pages of the paper per year and/or social euros."""
    updates: Updates = {"current_set": True}
    if pages is not None:
        updates["current_pages"] = max(0.0, float(pages))
    if social_eur is not None:
        updates["current_social_eur"] = max(0.0, float(social_eur))
    return updates


def pages_chosen(state: Mapping[str, Any], pages: float) -> Updates:
    """The plan's paper set as ``pages`` a year: its euros at the page price."""
    return budget_changed(state, "print_eur", euros_of(pages, page_price(state)))


def page_price_changed(state: Mapping[str, Any], new_price: float | None) -> Updates:
    """The contract price of a page typed (None: back to the estimate). The plan keeps its pages
    (its euros follow the price), and so does the current situation. Either way the price is no
    longer a kept estimate."""
    old = page_price(state)
    new = page_price({**state, PAGE_PRICE_KEY: new_price})
    typed = dict(state.get(TYPED_PRICES_KEY) or {})
    if state.get("gemeente") and not state.get("inline_areas"):
        typed[state["gemeente"]] = None if new_price is None else float(new_price)
    updates: Updates = {
        PAGE_PRICE_KEY: None if new_price is None else float(new_price),
        PRICE_ESTIMATED_KEY: False,
        TYPED_PRICES_KEY: typed,
    }
    if old > 0:
        updates["print_eur"] = euros_of(pages_of(state["print_eur"], old), new)
    return updates


# -- the two best splits, each with its undo ------------------------------------------------------------

#: What an undo restores: both budgets and the split.
UNDO_KEYS = ("print_eur", "social_eur", "split", "manual")


def _undo_record(state: Mapping[str, Any], action: str) -> dict[str, Any]:
    return {"action": action, **{k: (dict(state.get(k) or {}) if k == "manual" else state.get(k)) for k in UNDO_KEYS}}


def best_social_split_taken(state: Mapping[str, Any]) -> Updates:
    """Social over the ad sets for the most reach, the paper and both budgets unchanged."""
    return {"pending_state": {"split": "optimal"}, "undo": _undo_record(state, "social")}


def best_total_split_taken(state: Mapping[str, Any], best_print_eur: float, unspent_eur: float = 0.0) -> Updates:
    """Paper against social for the same total (and social over the ad sets): the best split's
    budgets (print in whole euros) on the next run, undoable. ``unspent_eur`` of the total have
    nowhere to go (the paper has a page in every issue, social is full): they leave the plan."""
    total = float(state["print_eur"]) + float(state["social_eur"])
    print_eur = float(round(best_print_eur))
    social_eur = max(0.0, round(total - print_eur - unspent_eur, 2))
    return {
        "pending_state": {"print_eur": print_eur, "social_eur": social_eur, "split": "optimal"},
        "undo": _undo_record(state, "total"),
    }


def undone(state: Mapping[str, Any]) -> Updates:
    """Back to the budgets and the split before the last best split (nothing when there is none)."""
    record = state.get("undo")
    if not record:
        return {}
    back = {k: record[k] for k in UNDO_KEYS if k in record}
    return {"pending_state": back, "undo": None, **new_table(state)}


# -- a name that cannot contradict the settings --------------------------------------------------------


def settings_fingerprint(state: Mapping[str, Any]) -> str:
    """The settings a name speaks about: the scenario file of the state without its name and notes."""
    d = state_to_scenario_dict(state)
    d.pop("name", None)
    d.pop("notes", None)
    return json.dumps(d, sort_keys=True, default=str)


def settings_named(state: Mapping[str, Any]) -> Updates:
    """The settings as they are now are the ones the name was given (typed), saved or opened with."""
    try:
        return {"named_settings": settings_fingerprint(state)}
    except (KeyError, TypeError, ValueError):  # settings not complete yet: nothing to compare with later
        return {"named_settings": None}


def name_out_of_date(state: Mapping[str, Any]) -> bool:
    """A typed name over settings that changed since it was typed, saved or opened."""
    if state.get("name_auto") or not str(state.get("name") or "").strip() or not state.get("named_settings"):
        return False
    try:
        return settings_fingerprint(state) != state["named_settings"]
    except (KeyError, TypeError, ValueError):
        return False


def name_updated(state: Mapping[str, Any], lang: str) -> Updates:
    """The name follows the settings again (the automatic name, from now on)."""
    return {"name": auto_name(state, lang), "name_auto": True, "named_settings": None}
