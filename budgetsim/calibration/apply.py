"""From files to fitted values to a new scenario: :func:`calibrate` and :func:`apply_calibration`.

:func:`calibrate` takes a scenario and what the gemeente has (an Ads Manager export, a reader
survey, which areas each export row targeted) and returns a :class:`Calibration`: the fits, every
row used or skipped with the reason, the values the data cannot carry (``not_used``), and every
problem found. :func:`apply_calibration` is pure: scenario in, new scenario out, with the values
taken (all usable ones, or those named in ``use``) in ``assumptions``, their ranges in
``uncertainty.ranges`` and the ``calibration`` record of SCENARIO.md version 2 (values not taken
under ``not_used``, never under ``fitted``). It changes assumptions and their ranges only: never a
budget, "Nu", the price per page or the pages; an estimated price in force is stored as
``price_per_page_eur`` with ``price_per_page_estimated`` (MODEL.md "Print").
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
from dataclasses import dataclass

import numpy as np

from ..areas import Areas
from ..assumptions import PAGE_SEEN_DEFAULT
from ..bands import BANDS, TARGETABLE_BANDS, parse_band_range
from ..planning import build_model, scenario_areas
from ..problems import InputError, Message, Problem
from ..scenario import Scenario, scenario_from_dict
from .messages import in_file, problem, reason
from .meta import MetaExport
from .printfit import NoReaders, PrintFit, fit_print
from .social import SOCIAL_VALUES, NothingToFit, Observation, RowFit, SocialFit, fit_social
from .survey import ReaderSurvey
from .tables import fold
from .targets import EVERY_ROW, TargetEntry, TargetsFile

#: Decimals of fitted values and their ranges in the scenario file.
DECIMALS = 4
#: Names of the fitted print values (MODEL.md "Plausibility before use").
PRINT_VALUES = ("delivery_share", "page_seen", "loyalty")
#: Every name a user can take or leave, the same in the app, ``calibrate --use``, ``--json`` and
#: ``not_used``.
VALUE_NAMES = SOCIAL_VALUES + PRINT_VALUES
#: The safe choice: only the price per 1,000 impressions.
SAFE_CHOICE = frozenset({"cpm_eur"})
#: The assumptions each value name sets (``deliverable_accounts`` sets the shares that follow from it).
ASSUMPTIONS_OF = {
    "cpm_eur": ("social.cpm_eur",),
    "spread": ("social.spread",),
    "deliverable_accounts": ("social.platform_share", "social.on_target_share"),
    "noticed_share": ("social.noticed_share",),
    "delivery_share": ("print.delivery_share",),
    "page_seen": ("print.page_seen",),
    "loyalty": ("print.loyalty",),
}
#: Short reasons kept in a record's ``not_used`` (``calibration.kept.<code>`` in the catalogue).
NOT_CHOSEN = "not_chosen"


@dataclass(frozen=True)
class Targeting:
    """The areas and bands one export row targeted; ``population`` is residents per band (over
    BANDS, 0 outside ``bands``) of those areas together."""

    codes: tuple[str, ...]
    bands: tuple[str, ...]
    population: np.ndarray
    whole_gemeente: bool

    @property
    def key(self) -> tuple:
        return (self.codes, self.bands)


@dataclass(frozen=True)
class Calibration:
    """What :func:`calibrate` found: the fits (None for a part not given or not usable), the files
    read, and every problem (none of them stopped the part they are about unless its fit is None)."""

    social: SocialFit | None
    print: PrintFit | None
    export: MetaExport | None
    survey: ReaderSurvey | None
    problems: tuple[Problem, ...]
    read_at: dt.date
    targeting: dict[int, Targeting]

    @property
    def usable(self) -> bool:
        return self.social is not None or self.print is not None

    def not_used(self, channel: str) -> dict[str, Message]:
        """``{value name: reason}`` of ``channel`` ("social" or "print") for values the data cannot
        carry (MODEL.md "Plausibility before use"); empty for a channel not fitted."""
        if channel == "social":
            return dict(self.social.not_used) if self.social is not None else {}
        return {}

    @property
    def usable_names(self) -> tuple[str, ...]:
        """Names of every value that may be taken, in :data:`VALUE_NAMES` order."""
        names = set(self.social.usable_names) if self.social is not None else set()
        if self.print is not None:
            names |= set(PRINT_VALUES)
        return tuple(n for n in VALUE_NAMES if n in names)

    @property
    def slices(self) -> str | None:
        """The breakdown of the export (``"day"``, ``"ad"``, ``"age_gender"``, …), or None."""
        return self.export.slices if self.export is not None else None

    @property
    def notes(self) -> tuple[Message, ...]:
        """How the export was read (duplicate columns, date order assumed, slices), as Messages."""
        return self.export.notes if self.export is not None else ()


# -- targets ------------------------------------------------------------------------------------


def _resolve_code(
    code: str, areas: Areas, gemeente: str | None, ad_sets: dict[str, tuple[str, ...]]
) -> tuple[str, ...] | None:
    """Area codes of one written code: an area, the gemeente, a wijk at buurt level, an ad set id
    (``<wijk>-rest``, ``<gemeente>-rest``) or a unique area name; None when it is none of these."""
    index = areas.index()
    upper = code.upper()
    if gemeente and upper == gemeente.upper():
        return areas.codes
    for candidate in (code, upper):
        if candidate in index:
            return (candidate,)
    for ad_set, members in ad_sets.items():
        if ad_set.upper() == upper:
            return members
    if upper.startswith("WK"):
        wijk_codes = getattr(areas, "wijk_codes", None)
        inside = tuple(
            c
            for i, c in enumerate(areas.codes)
            if (wijk_codes is not None and wijk_codes[i] == upper) or c.startswith("BU" + upper[2:])
        )
        if inside:
            return inside
    named = [c for c, n in zip(areas.codes, areas.names) if fold(n) == fold(code)]
    if len(named) == 1:
        return (named[0],)
    return None


def scenario_ad_sets(scenario: Scenario, areas: Areas) -> dict[str, tuple[str, ...]]:
    """``{ad set id: area codes}`` of the scenario's plan (pooled ad sets only matter here)."""
    try:
        model = build_model(scenario, areas)
        sets = getattr(model, "ad_sets", None)
    except ValueError:
        return {}
    if sets is None:
        return {}
    return {ad_set: tuple(areas.codes[i] for i in members) for ad_set, members in zip(sets.ids, sets.members)}


def _unknown_code_problem(entry: TargetEntry, code: str, areas: Areas) -> Problem:
    examples = ", ".join(list(areas.codes[:3]) + ([areas.gemeente_code] if areas.gemeente_code else []))
    close = difflib.get_close_matches(code, list(areas.codes), n=1, cutoff=0.6)
    hint = Message("calibration.targets.did_you_mean", code=close[0]) if close else ""
    return problem(
        "calibration.targets.unknown_code", entry.row, entry.column_codes, code=code, examples=examples, hint=hint
    )


def whole_gemeente(areas: Areas) -> Targeting:
    """The default: every area, all bands 15+."""
    population = areas.population.sum(axis=0) * (np.arange(len(BANDS)) > 0)
    return Targeting(tuple(areas.codes), TARGETABLE_BANDS, population, True)


def resolve_targets(
    export: MetaExport,
    targets: TargetsFile | None,
    areas: Areas,
    gemeente: str | None = None,
    ad_sets: dict[str, tuple[str, ...]] | None = None,
) -> tuple[dict[int, Targeting], list[Problem]]:
    """Targeting per export row number; problems for unknown codes, bands or row names.

    ``ad_sets`` maps ad set ids to their area codes (:func:`scenario_ad_sets`)."""
    default = whole_gemeente(areas)
    problems: list[Problem] = []
    by_name: dict[str, Targeting] = {}
    every: Targeting | None = None
    names = {fold(n) for r in export.rows for n in (r.name, r.campaign, r.label) if n}
    for entry in targets.entries if targets else ():
        codes: list[str] = []
        ok = True
        for code in entry.codes:
            found = _resolve_code(code, areas, gemeente or areas.gemeente_code, ad_sets or {})
            if found is None:
                problems.append(_unknown_code_problem(entry, code, areas))
                ok = False
            else:
                codes.extend(c for c in found if c not in codes)
        bands: tuple[str, ...] = TARGETABLE_BANDS
        if entry.bands:
            try:
                bands = parse_band_range(entry.bands)
            except ValueError:
                problems.append(
                    problem("calibration.targets.bad_bands", entry.row, entry.column_bands, value=entry.bands)
                )
                ok = False
        if not ok:
            continue
        if entry.name != EVERY_ROW and fold(entry.name) not in names:
            shown = ", ".join(sorted({r.name for r in export.rows if r.name}))[:200]
            problems.append(
                problem("calibration.targets.unknown_row", entry.row, None, name=entry.name, names=shown or "–")
            )
            continue
        mask = np.array([b in bands for b in BANDS])
        rows = [areas.index()[c] for c in codes]
        population = areas.population[rows].sum(axis=0) * mask
        ordered = tuple(sorted(codes))
        targeting = Targeting(ordered, bands, population, ordered == tuple(sorted(areas.codes)))
        if entry.name == EVERY_ROW:
            every = targeting
        else:
            by_name[fold(entry.name)] = targeting
    out = {}
    for r in export.rows:
        chosen = next((by_name[fold(n)] for n in (r.label, r.name, r.campaign) if n and fold(n) in by_name), None)
        out[r.row] = chosen or every or default
    return out, problems


def observations(export: MetaExport, targeting: dict[int, Targeting]) -> list[Observation]:
    """The fit's view of the export rows."""
    return [
        Observation(
            row=r.row,
            label=r.label,
            spend_eur=r.spend_eur,
            impressions=r.impressions,
            reach=r.reach,
            population=targeting[r.row].population,
            targeting=targeting[r.row].key,
            age=r.age,
            recall_lift=r.recall_lift,
            why=r.why,
            price_only=r.price_only,
        )
        for r in export.rows
    ]


def rows_reasons(rows: tuple[RowFit, ...]) -> Message:
    """Every row with why it is not used, as one Message: "rij 3: totaalrij; rij 4: …"."""
    parts = [Message("calibration.list.row_reason", row=r.row, why=r.why) for r in rows if r.why is not None]
    if not parts:
        return Message("calibration.list.none")
    joined = parts[-1]
    for part in reversed(parts[:-1]):
        joined = Message("calibration.list.join", first=part, rest=joined)
    return joined


# -- calibrate ----------------------------------------------------------------------------------


def calibrate(
    scenario: Scenario,
    export: MetaExport | None = None,
    survey: ReaderSurvey | None = None,
    targets: TargetsFile | None = None,
    read_at: dt.date | None = None,
) -> Calibration:
    """Fit what the given files allow, with the scenario's values as the model before calibration.

    A part that cannot be fitted (no usable export row, nobody in the survey receiving the paper)
    gets ``None`` and a problem saying why; the other part still counts.
    """
    areas = scenario_areas(scenario)
    settings = scenario.assumptions
    problems: list[Problem] = []
    social = None
    targeting: dict[int, Targeting] = {}
    if export is not None:
        problems += [in_file(p, export.source) for p in export.problems]
        ad_sets = scenario_ad_sets(scenario, areas) if targets is not None else {}
        targeting, target_problems = resolve_targets(export, targets, areas, scenario.gemeente, ad_sets)
        if targets is not None:
            problems += [in_file(p, targets.source) for p in (*targets.problems, *target_problems)]
        whole = areas.population.sum(axis=0)
        try:
            social = fit_social(
                observations(export, targeting),
                dict(settings.social.platform_share),
                settings.social.on_target_share,
                settings.social.spread,
                whole,
            )
        except NothingToFit as nothing:
            problems.append(
                in_file(
                    problem("calibration.meta.no_usable_rows", file=True, reasons=rows_reasons(nothing.rows)),
                    export.source,
                )
            )
    fitted_print = None
    if survey is not None:
        problems += [in_file(p, survey.source) for p in survey.problems]
        population = dict(zip(BANDS, areas.population.sum(axis=0)))
        try:
            # without bands, one factor scales the default profile (MODEL.md); with bands, a band
            # the survey cannot speak for keeps the scenario's own value
            profile = dict(settings.print.page_seen) if survey.counts.bands is not None else dict(PAGE_SEEN_DEFAULT)
            fitted_print = fit_print(
                survey.counts, profile, settings.print.loyalty, {b: population[b] for b in TARGETABLE_BANDS}
            )
        except NoReaders as exc:
            problems.append(in_file(problem(exc.key, file=True), survey.source))
        else:
            problems += [
                in_file(problem("calibration.survey.band_no_readers", file=True, band=b), survey.source)
                for b in fitted_print.bands_without_readers
            ]
    return Calibration(social, fitted_print, export, survey, tuple(problems), read_at or dt.date.today(), targeting)


# -- the new scenario ---------------------------------------------------------------------------


def _round(value: float) -> float:
    return round(float(value), DECIMALS)


def _range(value: float, low: float, high: float, floor: float = 0.0, ceiling: float = math.inf) -> list[float]:
    """``[low, high]`` rounded outward, still holding the rounded ``value``, within the limits."""
    scale = 10**DECIMALS
    low = math.floor(low * scale) / scale
    high = math.ceil(high * scale) / scale
    value = _round(value)
    return [max(floor, min(low, value)), min(ceiling, max(high, value))]


def chosen_values(calibration: Calibration, use=None) -> frozenset[str]:
    """The value names to take: every usable one (``use`` None), or those of ``use`` that are
    usable. A name that is not one of :data:`VALUE_NAMES` is an InputError naming the allowed ones."""
    if use is None:
        return frozenset(calibration.usable_names)
    names = [str(n).strip() for n in use if str(n).strip()]
    unknown = [n for n in names if n not in VALUE_NAMES]
    if unknown:
        raise InputError([problem("calibration.use.unknown", name=n, allowed=", ".join(VALUE_NAMES)) for n in unknown])
    return frozenset(names) & frozenset(calibration.usable_names)


def parse_use(text: str) -> frozenset[str]:
    """``"cpm_eur,spread"`` (``calibrate --use``) as names; an InputError for an unknown one."""
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in VALUE_NAMES]
    if unknown or not names:
        raise InputError(
            [problem("calibration.use.unknown", name=n, allowed=", ".join(VALUE_NAMES)) for n in unknown or [text]]
        )
    return frozenset(names)


def not_used_values(calibration: Calibration, channel: str, chosen: frozenset[str]) -> dict[str, Message]:
    """``{value name: reason}`` of every value of ``channel`` measured but not taken: not plausible
    (the fit's reason) or left out by the user (``calibration.not_used.not_chosen``)."""
    out = calibration.not_used(channel)
    fit = calibration.social if channel == "social" else calibration.print
    if fit is None:
        return {}
    measured = fit.fitted_names if isinstance(fit, SocialFit) else PRINT_VALUES
    for name in measured:
        if name not in out and name not in chosen:
            out[name] = reason("calibration.not_used.not_chosen")
    return out


def _code(why: Message) -> str:
    """The short reason kept in a record: the last part of the Message's key."""
    return why.key.rsplit(".", 1)[-1]


def social_record(fit: SocialFit, export: MetaExport, read_at: dt.date, chosen=None, not_used=None) -> dict:
    """The ``calibration.social`` record (SCENARIO.md version 2): the values taken under
    ``fitted`` (every usable one when ``chosen`` is None), the others under ``not_used``
    (``{name: short reason}``, see :func:`values_not_used`)."""
    chosen = frozenset(fit.usable_names) if chosen is None else chosen
    not_used = dict(fit.not_used) if not_used is None else not_used
    fitted: dict = {}
    if "cpm_eur" in chosen:
        fitted["cpm_eur"] = _round(fit.cpm_eur)
    if "spread" in chosen:
        fitted["spread"] = _round(fit.spread)
    if "deliverable_accounts" in chosen:
        fitted["platform_share"] = {b: _round(fit.platform_share[b]) for b in fit.fitted_bands}
        fitted["platform_share_factor"] = _round(fit.platform_share_factor)
        if fit.on_target_lowered:
            fitted["on_target_share"] = _round(fit.on_target_share)
    if "noticed_share" in chosen and fit.noticed_share is not None:  # chosen only when measured
        fitted["noticed_share"] = _round(fit.noticed_share)
    start, end = export.period
    record = {
        "source": export.source,
        "read_at": read_at.isoformat(),
        "campaigns": list(export.campaigns),
        "period": [start.isoformat() if start else None, end.isoformat() if end else None],
        "rows_used": fit.rows_used,
        "rows_skipped": [{"row": r.row, "why": r.why.render("en") if r.why else ""} for r in fit.rows_skipped],
        "fitted": fitted,
    }
    if export.slices:
        record["slices"] = export.slices
    if not_used:
        record["not_used"] = {name: _code(why) for name, why in not_used.items()}
    return record


def print_record(fit: PrintFit, survey: ReaderSurvey, read_at: dt.date, chosen=None, not_used=None) -> dict:
    """The ``calibration.print`` record (SCENARIO.md version 2), values not taken under ``not_used``."""
    chosen = frozenset(PRINT_VALUES) if chosen is None else chosen
    fitted: dict = {}
    if "delivery_share" in chosen:
        fitted["delivery_share"] = _round(fit.delivery_share)
    if "loyalty" in chosen:
        fitted["loyalty"] = _round(fit.loyalty)
    if "page_seen" in chosen:
        fitted["page_seen"] = {b: _round(fit.page_seen[b]) for b in fit.fitted_bands}
    record = {
        "source": survey.source,
        "read_at": read_at.isoformat(),
        "respondents": fit.respondents,
        "fitted": fitted,
    }
    if not_used:
        record["not_used"] = {name: _code(why) for name, why in not_used.items()}
    return record


def values_not_used(record: dict | None) -> dict[str, Message]:
    """``{assumption key: Message}`` for every value a channel's ``calibration`` record lists
    under ``not_used``: the value was kept at the scenario's own ("blijft op de waarde van het
    scenario: …"), so the chart sentence and the proposal's basis must not call it the
    gemeente's own figure. ``deliverable_accounts`` stands for ``platform_share`` and
    ``on_target_share``."""
    out: dict[str, Message] = {}
    for name, code in ((record or {}).get("not_used") or {}).items():
        for key in ASSUMPTIONS_OF.get(name, ()):
            out[key] = Message("calibration.kept.value", why=Message(f"calibration.kept.{code}"))
    return out


def _estimated_price(scenario: Scenario) -> float | None:
    """The price per page in force when the scenario has none of its own (from copies), else None."""
    if scenario.assumptions.print.price_per_page_eur is not None:
        return None
    return float(build_model(scenario).price_per_insertion)


def apply_calibration(scenario: Scenario, calibration: Calibration, use=None) -> Scenario:
    """A new scenario with the values taken, their ranges and the ``calibration`` record.

    ``use`` names the values to take (:data:`VALUE_NAMES`; None: every usable one); a value the
    data cannot carry is never taken. Pure: ``scenario`` is not changed. A channel that was not
    fitted keeps its assumptions (and its earlier record, if any). Only assumptions and their
    ranges change: a price per page estimated from copies is kept as ``price_per_page_eur`` with
    ``price_per_page_estimated: true``, so that a fitted ``delivery_share`` cannot move it (and with
    it the pages, the budgets or "Nu").
    """
    chosen = chosen_values(calibration, use)
    d = scenario.to_dict()
    assumptions = {"print": dict(d["assumptions"]["print"]), "social": dict(d["assumptions"]["social"])}
    ranges = dict(d["uncertainty"].get("ranges") or {})
    record = dict(d.get("calibration") or {})
    fit = calibration.social
    if fit is not None:
        assert calibration.export is not None  # a social fit is made from an export
        social = assumptions["social"]
        if "cpm_eur" in chosen:
            social["cpm_eur"] = _round(fit.cpm_eur)
            ranges["social.cpm_eur"] = _range(fit.cpm_eur, *fit.ranges["cpm_eur"], floor=1e-4)
        if "deliverable_accounts" in chosen:
            social["platform_share"] = {b: _round(v) for b, v in fit.platform_share.items()}
            ranges["social.platform_share"] = _range(1.0, *fit.ranges["platform_share"])
            if fit.on_target_lowered:
                social["on_target_share"] = _round(fit.on_target_share)
                ranges["social.on_target_share"] = _range(
                    fit.on_target_share, *fit.ranges["on_target_share"], ceiling=1.0
                )
        if "spread" in chosen:
            social["spread"] = _round(fit.spread)
            ranges["social.spread"] = _range(fit.spread, *fit.ranges["spread"], floor=1e-4, ceiling=1000.0)
        if "noticed_share" in chosen and fit.noticed_share is not None:  # chosen only when measured
            social["noticed_share"] = _round(fit.noticed_share)
            ranges["social.noticed_share"] = _range(fit.noticed_share, *fit.ranges["noticed_share"], ceiling=1.0)
        record["social"] = social_record(
            fit, calibration.export, calibration.read_at, chosen, not_used_values(calibration, "social", chosen)
        )
    pfit = calibration.print
    if pfit is not None:
        assert calibration.survey is not None  # a print fit is made from a survey
        printing = assumptions["print"]
        if "delivery_share" in chosen:
            printing["delivery_share"] = _round(pfit.delivery_share)
            ranges["print.delivery_share"] = _range(pfit.delivery_share, *pfit.ranges["delivery_share"], ceiling=1.0)
        if "loyalty" in chosen:
            printing["loyalty"] = _round(pfit.loyalty)
            ranges["print.loyalty"] = _range(pfit.loyalty, *pfit.ranges["loyalty"], ceiling=0.99)
        if "page_seen" in chosen:
            printing["page_seen"] = {b: _round(v) for b, v in pfit.page_seen.items()}
            ranges["print.page_seen"] = _range(1.0, *pfit.ranges["page_seen"])
        record["print"] = print_record(
            pfit, calibration.survey, calibration.read_at, chosen, not_used_values(calibration, "print", chosen)
        )
    price = _estimated_price(scenario) if chosen else None
    if price is not None:
        assumptions["print"]["price_per_page_eur"] = price
        assumptions["print"]["price_per_page_estimated"] = True
    d["assumptions"] = assumptions
    d["uncertainty"] = dict(d["uncertainty"], ranges=ranges)
    d["calibration"] = record
    return scenario_from_dict(d)


#: The value name of each fitted assumption key.
NAME_OF = {key: name for name, keys in ASSUMPTIONS_OF.items() for key in keys}


@dataclass(frozen=True)
class FittedValue:
    """One fitted value beside the scenario's own, for the app's table and the summary.

    ``key`` is the parameter (``social.cpm_eur``), ``band`` the age band of a per-band parameter
    (None otherwise); ``low``/``high`` are the fitted range of this value itself (a per-band range
    is the factor range applied to this band's value, kept within the parameter's limits).
    ``name`` is the value name a user takes or leaves (:data:`VALUE_NAMES`; one name can set
    several keys); ``why`` is None for a usable value, else why the data cannot carry it.
    """

    key: str
    band: str | None
    before: float
    value: float
    low: float
    high: float
    why: Message | None = None

    @property
    def name(self) -> str:
        return NAME_OF[self.key]

    @property
    def usable(self) -> bool:
        return self.why is None


def fitted_values(calibration: Calibration, scenario: Scenario) -> list[FittedValue]:
    """Every value the calibration fitted, with the scenario's value before, the range and (for
    a value the data cannot carry) why it is not used."""
    out: list[FittedValue] = []
    fit = calibration.social
    social = scenario.assumptions.social
    if fit is not None:
        why = fit.not_used.get
        out.append(
            FittedValue("social.cpm_eur", None, social.cpm_eur, fit.cpm_eur, *fit.ranges["cpm_eur"], why("cpm_eur"))
        )
        if fit.spread_fitted:
            out.append(FittedValue("social.spread", None, social.spread, fit.spread, *fit.ranges["spread"]))
        low, high = fit.ranges.get("platform_share", (1.0, 1.0))
        for band in fit.fitted_bands:
            value = fit.platform_share[band]
            out.append(
                FittedValue(
                    "social.platform_share",
                    band,
                    social.platform_share[band],
                    value,
                    value * low,
                    min(1.0, value * high),
                    why("deliverable_accounts"),
                )
            )
        if fit.on_target_lowered:
            out.append(
                FittedValue(
                    "social.on_target_share",
                    None,
                    social.on_target_share,
                    fit.on_target_share,
                    *fit.ranges["on_target_share"],
                    why("deliverable_accounts"),
                )
            )
        if fit.noticed_share is not None:
            out.append(
                FittedValue(
                    "social.noticed_share", None, social.noticed_share, fit.noticed_share, *fit.ranges["noticed_share"]
                )
            )
    pfit = calibration.print
    printing = scenario.assumptions.print
    if pfit is not None:
        out.append(
            FittedValue(
                "print.delivery_share",
                None,
                printing.delivery_share,
                pfit.delivery_share,
                *pfit.ranges["delivery_share"],
            )
        )
        for band in pfit.fitted_bands:
            out.append(
                FittedValue(
                    "print.page_seen",
                    band,
                    printing.page_seen[band],
                    pfit.page_seen[band],
                    *pfit.page_seen_ranges[band],
                )
            )
        out.append(FittedValue("print.loyalty", None, printing.loyalty, pfit.loyalty, *pfit.ranges["loyalty"]))
    return out
