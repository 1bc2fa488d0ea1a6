"""Checks across fields of a scenario file (SCENARIO.md "Rules").

They run on the raw JSON object, so they report their problems even when other fields are wrong:
area codes that are not areas of the scenario, a manual split that does not add up, a minimum
above its maximum, an uncertainty range outside its limits or without the scenario's value.
"""

from __future__ import annotations

import difflib
import math
import re
from typing import Any, TypeGuard

from .. import data as cbs
from ..areas import AGE_SHARE_TOLERANCE
from ..assumptions import (
    MAX_EUR,
    PARAMETER_BY_KEY,
    PER_BAND_KEYS,
    RANGE_KEYS,
    RANGE_LIMITS,
    REGISTRY,
)
from ..bands import BANDS, TARGETABLE_BANDS
from ..campaigns import Campaign, CampaignError
from ..problems import Problem
from .messages import empty, hint, loc, problem, show, shown_range
from .schema import LEVELS, MANUAL_SUM_TOLERANCE_EUR


def is_number(value: Any) -> TypeGuard[float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _is_money(value: Any) -> bool:
    return is_number(value) and 0 <= value <= MAX_EUR


def mapping(data: Any, *keys: str) -> dict:
    """The object at ``keys`` in ``data``, or ``{}`` where it is missing or not an object."""
    for key in keys:
        data = data.get(key) if isinstance(data, dict) else None
    return data if isinstance(data, dict) else {}


def join(path: str, key: Any) -> str:
    """``budget`` + ``social_eur`` -> ``budget.social_eur``; a list index as ``[3]``."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else str(key)


def did_you_mean(word: str, allowed: list[str]) -> str | None:
    lowered = {a.lower(): a for a in allowed}
    if word.lower() in lowered:
        return lowered[word.lower()]
    close = difflib.get_close_matches(word, allowed, n=1, cutoff=0.6)
    return close[0] if close else None


def unknown(what: str, word: str, allowed: list[str], path: str) -> Problem:
    """An unknown key, band or parameter, with a "did you mean" hint and what is allowed.

    ``what`` is a message key: ``word.key``, ``word.age_band`` or ``word.parameter``.
    """
    suggestion = did_you_mean(word, allowed)
    listed = ", ".join(allowed) if len(allowed) <= 20 else ", ".join(allowed[:20]) + ", …"
    if suggestion:
        rest = loc("piece.did_you_mean_allowed", word=suggestion, listed=listed)
    else:
        rest = loc("piece.allowed", listed=listed)
    return problem(path, "type.unknown", what=loc(what), word=word, rest=rest)


def cross_checks(data: dict) -> list[Problem]:
    """Every problem across fields of the raw JSON object ``data``."""
    problems: list[Problem] = []
    codes = _scenario_area_codes(data, problems)
    problems += _check_inline_areas(data.get("areas"))
    problems += _check_target_bands(data.get("target_bands"))
    if codes is not None:
        ad_set_ids = {**codes, **{pool: pool for pool in _pool_ids(data)}}  # amounts and limits name ad sets
        for path in (
            "area_weights",
            "area_names",
            "budget.social_manual_eur",
            "constraints.area_min_eur",
            "constraints.area_max_eur",
        ):
            allowed = ad_set_ids if path.startswith(("budget.", "constraints.")) else codes
            problems += _check_codes(path, mapping(data, *path.split(".")), allowed)
    campaigns = data.get("campaigns")
    if isinstance(campaigns, list) and campaigns:
        problems += _check_campaigns(data, campaigns, codes)
    else:
        problems += _check_manual_sum(mapping(data, "budget"))
    problems += _check_min_max(mapping(data, "constraints"))
    for key in PER_BAND_KEYS:
        channel, name = key.split(".")
        per_band = mapping(data, "assumptions", channel).get(name)
        if isinstance(per_band, dict):
            problems += check_band_keys(f"assumptions.{key}", per_band, TARGETABLE_BANDS)
    problems += _check_whole_numbers(data)
    problems += _check_ranges(data)
    return problems


def _scenario_area_codes(data: dict, problems: list[Problem]) -> dict[str, str] | None:
    """``{code: name}`` of the scenario's areas (inline, else the gemeente's wijken); None if unknown.

    Problems with ``gemeente`` (or a missing ``gemeente`` and ``areas``) are added to ``problems``.
    """
    gemeente, inline, level = data.get("gemeente"), data.get("areas"), data.get("level")
    known = None
    if level is not None and (gemeente is None or inline is not None):
        problems.append(problem("level", "level.needs_gemeente"))
    if gemeente is None and inline is None:
        problems.append(problem("gemeente", "gemeente.missing"))
    elif isinstance(gemeente, str):
        known = cbs.gemeente_by_code(gemeente)
        if known is None:
            problems.append(gemeente_problem(gemeente))
    if isinstance(inline, list):
        entries = [a for a in inline if isinstance(a, dict) and isinstance(a.get("code"), str)]
        return {a["code"]: str(a.get("name", "")) for a in entries}
    if inline is None and known is not None:
        areas = cbs.gemeente_areas(known.code, level if level in LEVELS else "wijk")
        return dict(zip(areas.codes, areas.names))
    return None


def _pool_ids(data: dict) -> list[str]:
    """Ids a pooled ad set of this scenario can have (MODEL.md "Ad sets"): ``<gemeente code>-rest``
    and, at buurt level, ``<wijk code>-rest``. Which pools exist depends on the model (the planning
    layer refuses an area inside a pool, or a pool that is not there, naming the right id)."""
    gemeente, inline, level = data.get("gemeente"), data.get("areas"), data.get("level")
    known = cbs.gemeente_by_code(gemeente) if isinstance(gemeente, str) else None
    if inline is not None:
        return [f"{gemeente}-rest" if isinstance(gemeente, str) else "rest"]
    if known is None:
        return []
    ids = [f"{known.code}-rest"]
    if level == "buurt":
        ids += sorted({f"{w}-rest" for w in cbs.buurten(known.code).wijk_codes or ()})
    return ids


def gemeente_problem(text: str) -> Problem:
    """``gemeente`` is not a CBS code, or not one of the bundled data; a hint by name."""
    if not re.fullmatch(r"GM\d{4}", text):
        try:
            found = cbs.resolve_gemeente(text)
        except ValueError:
            found = None
        extra = loc("piece.gemeente_code", name=found.name, code=found.code) if found else empty()
        return problem("gemeente", "gemeente.not_a_code", hint=extra, got=show(text))
    return problem("gemeente", "gemeente.unknown", code=text)


def _check_inline_areas(inline: Any) -> list[Problem]:
    if not isinstance(inline, list):
        return []
    problems = []
    first_of: dict[str, int] = {}
    for i, entry in enumerate(inline):
        if not isinstance(entry, dict):
            continue
        code = entry.get("code")
        if isinstance(code, str) and code in first_of:
            problems.append(problem(f"areas[{i}].code", "areas.duplicate_code", code=code, first=str(first_of[code])))
        elif isinstance(code, str):
            first_of[code] = i
        shares = entry.get("age_shares")
        if isinstance(shares, dict):
            path = f"areas[{i}].age_shares"
            band_problems = check_band_keys(path, shares, BANDS)
            problems += band_problems
            values = list(shares.values())
            if not band_problems and all(is_number(v) for v in values):
                total = sum(values)
                if abs(total - 1.0) > AGE_SHARE_TOLERANCE:
                    problems.append(problem(path, "areas.shares_sum", total=round(total, 4)))
    return problems


def check_band_keys(path: str, values: dict, bands: tuple[str, ...]) -> list[Problem]:
    """Every band of ``bands`` present, nothing else."""
    problems = [unknown("word.age_band", str(k), list(bands), join(path, k)) for k in values if k not in bands]
    missing = [b for b in bands if b not in values]
    if missing:
        problems.append(problem(path, "bands.missing", bands=", ".join(bands), missing=", ".join(missing)))
    return problems


def _check_target_bands(bands: Any) -> list[Problem]:
    if not isinstance(bands, list):
        return []
    repeated = sorted({b for b in bands if isinstance(b, str) and bands.count(b) > 1})
    if not repeated:
        return []
    return [problem("target_bands", "bands.repeated", repeated=", ".join(repeated))]


def _check_codes(path: str, given: dict, areas: dict[str, str]) -> list[Problem]:
    """Keys of ``given`` that are not area codes; a hint by name (``Sterrenburg``) or by code."""
    codes = list(areas)
    by_name = {name.casefold(): code for code, name in areas.items() if name}
    examples = ", ".join(codes[:3]) + (", …" if len(codes) > 3 else "")
    problems = []
    for code in given:
        if code in areas:
            continue
        named = by_name.get(code.casefold())
        close = [named] if named else difflib.get_close_matches(code, codes, n=1, cutoff=0.6)
        problems.append(
            problem(
                join(path, code), "codes.unknown", code=code, examples=examples, hint=hint(close[0] if close else None)
            )
        )
    return problems


def _campaign_or_problem(i: int, entry: Any) -> Campaign | Problem | None:
    """The campaign of a well-typed entry, or the problem it has (naming it and the field); None
    when its types are wrong (the type checks report those)."""
    if not isinstance(entry, dict):
        return None
    name, weeks, bands, areas = entry.get("name"), entry.get("weeks"), entry.get("bands", []), entry.get("areas")
    if not (
        isinstance(name, str)
        and isinstance(weeks, list)
        and len(weeks) == 2
        and all(isinstance(w, int) and not isinstance(w, bool) for w in weeks)
        and isinstance(bands, list)
        and all(isinstance(b, str) for b in bands)
        and (areas is None or (isinstance(areas, list) and all(isinstance(a, str) for a in areas)))
        and is_number(entry.get("social_eur"))
        and isinstance(entry.get("split", "by_audience"), str)
    ):
        return None
    try:
        return Campaign(
            name=name,
            weeks=tuple(weeks),
            bands=tuple(bands),
            areas=None if areas is None else tuple(areas),
            social_eur=entry["social_eur"],
            split=entry.get("split", "by_audience"),
        )
    except CampaignError as exc:
        return Problem(f"campaigns[{i}].{exc.field}", exc.what)


def _check_campaigns(data: dict, entries: list, codes: dict[str, str] | None) -> list[Problem]:
    """Each campaign well-formed (its name and field in every message), names used once, areas of the
    scenario (a buurt in a wijk-level scenario: switch the level), euros adding up to
    ``budget.social_eur``, no limits per ad set and no manual euros beside them."""
    problems: list[Problem] = []
    seen: set[str] = set()
    allowed = _campaign_area_ids(data, codes)
    for i, entry in enumerate(entries):
        campaign = _campaign_or_problem(i, entry)
        if isinstance(campaign, Problem):
            problems.append(campaign)
            continue
        if campaign is None:
            continue
        if campaign.name in seen:
            problems.append(
                Problem(
                    f"campaigns[{i}].name", CampaignError(campaign.name, "name", "campaigns.error.duplicate_name").what
                )
            )
        seen.add(campaign.name)
        if allowed is not None:
            problems += _check_campaign_areas(data, i, campaign, allowed, codes or {})
    budget = mapping(data, "budget")
    wanted = budget.get("social_eur", 0.0)
    euros = [entry.get("social_eur") for entry in entries if isinstance(entry, dict)]
    numbers = [e for e in euros if is_number(e)]
    if len(numbers) == len(entries) and is_number(wanted):
        total = float(sum(numbers))
        if abs(total - wanted) > MANUAL_SUM_TOLERANCE_EUR:
            problems.append(problem("campaigns", "campaigns.sum", total=round(total, 2), wanted=wanted))
    constraints = mapping(data, "constraints")
    if constraints.get("area_min_eur") or constraints.get("area_max_eur"):
        problems.append(problem("constraints", "campaigns.with_limits"))
    if budget.get("social_manual_eur") or budget.get("social_split") == "manual":
        problems.append(problem("budget.social_manual_eur", "campaigns.with_manual"))
    return problems


def _campaign_area_ids(data: dict, codes: dict[str, str] | None) -> set[str] | None:
    """What a campaign's ``areas`` may name: the scenario's areas, its pooled ad sets and, at buurt
    level, its wijken (all their buurten). None when the areas are not known."""
    if codes is None:
        return None
    allowed = set(codes) | set(_pool_ids(data))
    gemeente = data.get("gemeente")
    if data.get("areas") is None and data.get("level") == "buurt" and isinstance(gemeente, str):
        allowed |= set(cbs.buurten(gemeente).wijk_codes or ())
    return allowed


def _check_campaign_areas(data: dict, i: int, campaign: Campaign, allowed: set[str], codes: dict) -> list[Problem]:
    problems = []
    gemeente = data.get("gemeente")
    at_wijk_level = data.get("areas") is None and data.get("level", "wijk") == "wijk"
    buurten: set[str] = set()
    if at_wijk_level and isinstance(gemeente, str) and cbs.gemeente_by_code(gemeente):
        buurten = set(cbs.buurten(gemeente).codes)
    examples = ", ".join(list(codes)[:3]) + (", …" if len(codes) > 3 else "")
    for code in campaign.areas or ():
        if code in allowed:
            continue
        if code in buurten:
            error = CampaignError(campaign.name, "areas", "campaigns.error.buurt_at_wijk_level", code=code)
        else:
            error = CampaignError(campaign.name, "areas", "campaigns.error.unknown_area", code=code, examples=examples)
        problems.append(Problem(f"campaigns[{i}].areas", error.what))
    return problems


def _check_manual_sum(budget: dict) -> list[Problem]:
    if budget.get("social_split") != "manual":
        return []
    manual = budget.get("social_manual_eur", {})
    total_wanted = budget.get("social_eur", 0.0)
    if not isinstance(manual, dict) or not is_number(total_wanted):
        return []
    if not all(is_number(v) for v in manual.values()):
        return []
    total = float(sum(manual.values()))
    if abs(total - total_wanted) <= MANUAL_SUM_TOLERANCE_EUR:
        return []
    return [problem("budget.social_manual_eur", "manual.sum", total=round(total, 2), wanted=total_wanted)]


def _check_min_max(constraints: dict) -> list[Problem]:
    problems = []
    low, high = constraints.get("print_min_eur", 0.0), constraints.get("print_max_eur")
    if _is_money(low) and _is_money(high) and low > high:
        problems.append(problem("constraints.print_min_eur", "constraints.print_min_max", high=high, low=low))
    lows, highs = constraints.get("area_min_eur"), constraints.get("area_max_eur")
    if isinstance(lows, dict) and isinstance(highs, dict):
        for code, low in lows.items():
            high = highs.get(code)
            if _is_money(low) and _is_money(high) and low > high:
                problems.append(
                    problem(
                        f"constraints.area_min_eur.{code}", "constraints.area_min_max", code=code, high=high, low=low
                    )
                )
    return problems


def _check_whole_numbers(data: dict) -> list[Problem]:
    """Assumptions that count something (``print.issues_per_year``) hold a whole number."""
    problems = []
    for p in REGISTRY:
        value = mapping(data, "assumptions", p.channel).get(p.name)
        if p.whole and is_number(value) and not float(value).is_integer():
            problems.append(
                problem(f"assumptions.{p.key}", "type.expected", expected=loc("expected.whole_number"), got=show(value))
            )
    return problems


def _check_ranges(data: dict) -> list[Problem]:
    problems = []
    for key, bounds in mapping(data, "uncertainty", "ranges").items():
        path = f"uncertainty.ranges.{key}"
        if key not in RANGE_KEYS:
            problems.append(unknown("word.parameter", key, list(RANGE_KEYS), path))
            continue
        if not (isinstance(bounds, list) and len(bounds) == 2 and all(is_number(b) for b in bounds)):
            continue  # reported by the type checks
        low, high = bounds
        if low > high:
            problems.append(problem(path, "ranges.reversed", low=low, high=high))
            continue
        floor, ceiling, open_floor = RANGE_LIMITS[key]
        if low < floor or (open_floor and low == floor) or high > ceiling:
            shown = shown_range(low, high)
            if math.isinf(ceiling):
                problems.append(problem(path, "ranges.at_least", floor=floor, shown=shown))
            else:
                problems.append(
                    problem(
                        path,
                        "ranges.within",
                        bracket="(" if open_floor else "[",
                        floor=floor,
                        ceiling=ceiling,
                        shown=shown,
                    )
                )
            continue
        problems += _check_range_contains_value(data, key, path, low, high)
    return problems


def _check_range_contains_value(data: dict, key: str, path: str, low: float, high: float) -> list[Problem]:
    if key in PER_BAND_KEYS:
        if low <= 1.0 <= high:
            return []
        return [problem(path, "ranges.factor_one", shown=shown_range(low, high))]
    channel, name = key.split(".")
    value = mapping(data, "assumptions", channel).get(name, PARAMETER_BY_KEY[key].default)
    if not is_number(value) or low <= value <= high:
        return []
    return [problem(path, "ranges.contain_value", parameter=key, value=value, shown=shown_range(low, high))]
