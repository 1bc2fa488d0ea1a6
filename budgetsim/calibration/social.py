"""Fitting the social assumptions to an Ads Manager export (MODEL.md "Calibration", social).

Pure numpy/scipy: the input is a list of :class:`Observation` (one per export row, with the
population of the areas and ages the row targeted), the output a frozen :class:`SocialFit`.

- ``cpm_eur = 1000 * sum S / sum I`` over the rows used.
- Each *group* of rows (one targeting, and one Meta age group where the export is broken down by
  age) has ``D`` deliverable accounts and ``R = D * g(I / D)`` with the NBD ``g`` of shape ``k``
  (:func:`budgetsim.reach.nbd_reach`). Where some group has rows at several sizes, ``k`` and every
  ``D`` are fitted together by least squares on ``R`` (residuals relative to the observed reach,
  so a large campaign does not drown a small one); otherwise ``k`` stays at the scenario's value
  and each ``D`` is solved from its rows (at ``k = 1`` in closed form, ``D = R I / (I - R)``).
- The model's own ``D`` of a group is its audience over ``on_target_share``: the targeted
  residents per band times ``platform_share`` (a Meta age group counts the part of a budgetsim
  band it overlaps, years taken as evenly spread within a band), divided by ``on_target_share``.
  ``platform_share`` of each band is scaled by ``D_fit / D_model`` of the groups that cover it;
  a share that would pass 1 is capped at 1 and ``on_target_share`` is lowered so that the model
  still has ``D_fit`` deliverable accounts.
- ``noticed_share`` = recall-lift people / reach, where the export has recall lift.
- Ranges: the spread of the per-row estimates (per-row CPM, per-row ``D`` relative to its group's
  fit, per-row recall share, leave-one-out ``k``), at least ±10 % around the fit, and at least
  ±30 % for ``D`` where a group rests on one row (one campaign is one observation).

Rows marked ``price_only`` (slices of one delivery, MODEL.md 2.1) and rows whose reach equals
their impressions (a frequency of exactly 1) count for ``cpm_eur`` only.

Plausibility before use (MODEL.md 2.1): a value the data cannot carry is listed in
:attr:`SocialFit.not_used` with the reason (a keyed Message), by the names of MODEL.md:
``cpm_eur`` outside € 1–€ 50; ``spread`` without rows of one targeting at least 1.5 times apart in
size, or at a bound of its search (0.05 or 10; ``D`` is then fitted at the scenario's ``k``);
``deliverable_accounts`` (with ``platform_share`` and ``on_target_share``) when ``D`` exceeds the
targeted residents 15+ over 0.5, or when a share capped at 0.95 would need ``on_target_share``
below 0.5.
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import brentq, least_squares

from ..bands import BANDS, TARGETABLE_BANDS
from ..problems import Message
from ..reach import nbd_reach
from .messages import reason

#: Meta's age groups in years (65+ runs to 100, like budgetsim's 65+).
META_AGE_YEARS: dict[str, tuple[int, int]] = {
    "18-24": (18, 24),
    "25-34": (25, 34),
    "35-44": (35, 44),
    "45-54": (45, 54),
    "55-64": (55, 64),
    "65+": (65, 100),
}
BAND_YEARS: dict[str, tuple[int, int]] = {
    "0-14": (0, 14),
    "15-24": (15, 24),
    "25-44": (25, 44),
    "45-64": (45, 64),
    "65+": (65, 100),
}
#: A fitted range is at least this much either side of the fitted value.
MIN_RELATIVE_RANGE = 0.10
#: ... and at least this much for ``D`` (so ``platform_share``) resting on one row.
ONE_ROW_RELATIVE_RANGE = 0.30
#: Rows of one group whose impressions differ by at least this factor count as different sizes.
SIZE_RATIO = 1.5
#: The search of ``k``; a fit that ends at either bound is not used.
SPREAD_LIMITS = (0.05, 10.0)
#: Nobody's whole age group is on the platforms: a fitted ``platform_share`` stops here.
MAX_PLATFORM_SHARE = 0.95
#: The lowest ``on_target_share`` in its range: what may explain more accounts than residents.
MIN_ON_TARGET_SHARE = 0.5
#: A price per 1,000 impressions outside these euros is probably another currency or a test.
CPM_PLAUSIBLE_EUR = (1.0, 50.0)
#: Names of the fitted social values (MODEL.md "Plausibility before use").
SOCIAL_VALUES = ("cpm_eur", "spread", "deliverable_accounts", "noticed_share")


def age_overlap(meta_group: str | None) -> np.ndarray:
    """Share of each budgetsim band's residents (over BANDS) inside a Meta age group.

    Residents are taken as spread evenly over the years of a band: Meta's 18-24 holds 7 of the
    10 years of 15-24 (0.7), 25-34 half of 25-44. ``None`` (no age breakdown) is all of every band.
    """
    if meta_group is None:
        return np.ones(len(BANDS))
    low, high = META_AGE_YEARS[meta_group]
    out = []
    for band in BANDS:
        b_low, b_high = BAND_YEARS[band]
        years = max(0, min(high, b_high) - max(low, b_low) + 1)
        out.append(years / (b_high - b_low + 1))
    return np.array(out)


@dataclass(frozen=True)
class Observation:
    """One export row as the fit sees it.

    ``population`` holds the targeted residents per band (over BANDS; 0 for bands not targeted),
    ``targeting`` is any hashable naming the targeting (rows with equal targeting and age group
    form one group). ``why`` is set for a row the reader already left out.
    """

    row: int
    label: str
    spend_eur: float | None
    impressions: float | None
    reach: float | None
    population: np.ndarray
    targeting: Hashable = "gemeente"
    age: str | None = None
    recall_lift: float | None = None
    why: Message | None = None
    price_only: bool = False

    @property
    def gives_reach(self) -> bool:
        """Can this row speak for reach (not a slice, and reach below impressions)?"""
        return (
            not self.price_only
            and self.reach is not None
            and self.impressions is not None
            and 0 < self.reach < self.impressions
        )


@dataclass(frozen=True)
class RowFit:
    """A row with its fitted reach: the table of rows in the app and in ``--json``.

    ``price_only`` marks a used row that counts for the price per 1,000 impressions only (a slice,
    or a frequency of exactly 1)."""

    row: int
    name: str
    spend_eur: float | None
    impressions: float | None
    reach: float | None
    predicted_reach: float | None
    used: bool
    why: Message | None
    price_only: bool = False

    def to_dict(self, lang: str = "en") -> dict:
        return {
            "row": self.row,
            "name": self.name,
            "spend_eur": self.spend_eur,
            "impressions": self.impressions,
            "reach": self.reach,
            "predicted_reach": None if self.predicted_reach is None else round(self.predicted_reach, 1),
            "used": self.used,
            "price_only": self.price_only,
            "why": None if self.why is None else self.why.render(lang),
        }


@dataclass(frozen=True)
class GroupFit:
    """Deliverable accounts of one group of rows: fitted and as the model had them."""

    targeting: Hashable
    age: str | None
    rows: tuple[int, ...]
    deliverable_fit: float
    deliverable_model: float


@dataclass(frozen=True)
class SocialFit:
    """Fitted social assumptions with their ranges and the rows behind them.

    ``platform_share`` has every targetable band (unchanged where no row covered it);
    ``fitted_bands`` lists the bands that were scaled. ``ranges`` is keyed like
    ``uncertainty.ranges`` without the ``social.`` prefix; ``platform_share`` is a factor on every
    band's value, as in the scenario file. ``spread`` is the ``k`` behind the ``D`` fit (the
    scenario's where ``spread_fitted`` is False).

    ``not_used`` maps each value name of :data:`SOCIAL_VALUES` that the data cannot carry to the
    reason (a Message); the values stay here for the table, but are never applied.
    """

    cpm_eur: float
    spread: float
    spread_fitted: bool
    platform_share: dict[str, float]
    fitted_bands: tuple[str, ...]
    platform_share_factor: float
    on_target_share: float
    on_target_lowered: bool
    noticed_share: float | None
    deliverable_accounts: float
    groups: tuple[GroupFit, ...]
    rows: tuple[RowFit, ...]
    ranges: dict[str, tuple[float, float]] = field(default_factory=dict)
    not_used: dict[str, Message] = field(default_factory=dict)

    @property
    def fitted_names(self) -> tuple[str, ...]:
        """Names of the values this fit measured, used or not (MODEL.md's names)."""
        out = ["cpm_eur"]
        if self.spread_fitted or "spread" in self.not_used:
            out.append("spread")
        if self.groups:
            out.append("deliverable_accounts")
        if self.noticed_share is not None:
            out.append("noticed_share")
        return tuple(out)

    @property
    def usable_names(self) -> tuple[str, ...]:
        """Names of the values that may be used (measured and plausible)."""
        return tuple(n for n in self.fitted_names if n not in self.not_used)

    @property
    def rows_used(self) -> int:
        return sum(1 for r in self.rows if r.used)

    @property
    def rows_skipped(self) -> tuple[RowFit, ...]:
        return tuple(r for r in self.rows if not r.used)


class NothingToFit(ValueError):
    """No row can be used; ``rows`` still says why for each."""

    def __init__(self, rows: tuple[RowFit, ...]):
        self.rows = rows
        super().__init__("calibration.meta.nothing_usable")


# -- the NBD reach of a group ------------------------------------------------------------------


def predicted_reach(deliverable: float, impressions, spread: float):
    """``R = D * g(I / D)`` with the NBD ``g`` of shape ``spread``."""
    return deliverable * nbd_reach(np.asarray(impressions, float) / deliverable, spread)


def deliverable_from_row(impressions: float, reach: float, spread: float) -> float:
    """The ``D`` with ``D * g(I / D) = R`` (unique for ``0 < R < I``); closed form at ``k = 1``."""
    if not 0 < reach < impressions:
        raise ValueError("reach must lie between 0 and the impressions")
    if spread == 1.0:
        return reach * impressions / (impressions - reach)

    def gap(log_d: float) -> float:
        d = math.exp(log_d)
        return float(predicted_reach(d, impressions, spread)) / reach - 1.0

    low = math.log(reach)
    high = math.log(reach * impressions / (impressions - reach)) + 1.0
    while gap(high) < 0:
        high += 2.0
        if high > 200:
            return math.exp(high)
    if gap(low) >= 0:
        return reach
    return math.exp(brentq(gap, low, high, xtol=1e-12, rtol=1e-12))


def _deliverable_of_rows(impressions: np.ndarray, reach: np.ndarray, spread: float) -> float:
    """Least-squares ``D`` of rows of one group at a fixed ``k`` (one row: its exact solution)."""
    singles = np.array([deliverable_from_row(i, r, spread) for i, r in zip(impressions, reach)])
    if len(singles) == 1:
        return float(singles[0])
    result = least_squares(
        lambda t: predicted_reach(math.exp(t[0]), impressions, spread) / reach - 1.0,
        x0=[math.log(np.median(singles))],
        method="lm",
    )
    return float(math.exp(result.x[0]))


def _fit_groups(
    impressions: np.ndarray, reach: np.ndarray, group_of: np.ndarray, n_groups: int, spread: float | None
) -> tuple[np.ndarray, float]:
    """``(D per group, k)``: ``k`` fitted jointly when ``spread`` is None, else fixed."""
    if spread is not None:
        d = np.array(
            [_deliverable_of_rows(impressions[group_of == g], reach[group_of == g], spread) for g in range(n_groups)]
        )
        return d, spread
    start = np.array(
        [_deliverable_of_rows(impressions[group_of == g], reach[group_of == g], 1.0) for g in range(n_groups)]
    )
    x0 = np.append(np.log(start), 0.0)
    low_k, high_k = (math.log(v) for v in SPREAD_LIMITS)
    lower = np.append(np.log(np.array([reach[group_of == g].max() for g in range(n_groups)])), low_k)
    upper = np.append(np.full(n_groups, np.inf), high_k)
    x0 = np.clip(x0, lower + 1e-9, np.where(np.isfinite(upper), upper - 1e-9, np.inf))

    def residuals(theta: np.ndarray) -> np.ndarray:
        d = np.exp(theta[:-1])[group_of]
        return predicted_reach(d, impressions, math.exp(theta[-1])) / reach - 1.0

    result = least_squares(
        residuals, x0, bounds=(lower, upper), x_scale="jac", xtol=1e-14, ftol=1e-14, gtol=1e-14, max_nfev=2000
    )
    return np.exp(result.x[:-1]), float(math.exp(result.x[-1]))


def _several_sizes(impressions: np.ndarray, group_of: np.ndarray, n_groups: int) -> bool:
    for g in range(n_groups):
        sizes = impressions[group_of == g]
        if len(sizes) >= 2 and sizes.max() >= SIZE_RATIO * sizes.min():
            return True
    return False


def _widen(value: float, low: float, high: float, floor: float = 0.0, ceiling: float = math.inf) -> tuple[float, float]:
    """``[low, high]`` widened to at least ±10 % around ``value``, kept within ``[floor, ceiling]``."""
    low = min(low, value * (1 - MIN_RELATIVE_RANGE))
    high = max(high, value * (1 + MIN_RELATIVE_RANGE))
    return max(floor, low), min(ceiling, high)


def fitted_curves(fit: SocialFit, points: int = 40) -> list[dict]:
    """The fitted reach curve of every group, for a chart of observed against predicted reach:
    rows ``{group, impressions, predicted_reach}`` from 0 to 1.5 times the group's largest row."""
    out = []
    largest = {r.row: r.impressions or 0.0 for r in fit.rows}
    for index, group in enumerate(fit.groups):
        top = 1.5 * max(largest.get(row, 0.0) for row in group.rows)
        for impressions in np.linspace(0.0, top, points):
            out.append(
                {
                    "group": index,
                    "impressions": float(impressions),
                    "predicted_reach": float(predicted_reach(group.deliverable_fit, impressions, fit.spread)),
                }
            )
    return out


# -- the fit -----------------------------------------------------------------------------------


def fit_social(
    observations,
    platform_share: dict[str, float],
    on_target_share: float,
    spread: float = 1.0,
    whole_population: np.ndarray | None = None,
    fit_spread: bool | None = None,
) -> SocialFit:
    """Fit the social assumptions to export rows (see the module text).

    ``platform_share``, ``on_target_share`` and ``spread`` are the scenario's current values (the
    model before calibration). ``whole_population`` (residents per band over BANDS, the whole
    gemeente) makes ``deliverable_accounts`` the gemeente's: its residents 15+ on the platforms
    over ``on_target_share``, after calibration; without it, the sum over the groups.
    ``fit_spread`` None fits ``k`` exactly when some group has rows at several sizes.
    Raises :class:`NothingToFit` when no row can be used.
    """
    observations = list(observations)
    shares = np.array([platform_share.get(b, 0.0) for b in BANDS])
    priced = [o for o in observations if o.why is None and (not o.gives_reach or _model_audience(o, shares) > 0)]
    if not priced:
        raise NothingToFit(_rows(observations, {}, set(), set(), spread))
    not_used: dict[str, Message] = {}
    spend = np.array([o.spend_eur for o in priced], float)
    shown = np.array([o.impressions for o in priced], float)
    cpm = 1000.0 * spend.sum() / shown.sum()
    row_cpm = 1000.0 * spend / shown
    ranges: dict[str, tuple[float, float]] = {"cpm_eur": _widen(cpm, row_cpm.min(), row_cpm.max(), 1e-6)}
    if not CPM_PLAUSIBLE_EUR[0] <= cpm <= CPM_PLAUSIBLE_EUR[1]:
        not_used["cpm_eur"] = reason(
            "calibration.not_used.cpm", cpm=round(cpm, 2), low=CPM_PLAUSIBLE_EUR[0], high=CPM_PLAUSIBLE_EUR[1]
        )
    usable = [o for o in priced if o.gives_reach]
    price_rows = {o.row for o in priced if not o.gives_reach}
    common = dict(
        cpm_eur=float(cpm),
        rows_priced={o.row for o in priced},
        price_rows=price_rows,
        observations=observations,
        ranges=ranges,
        not_used=not_used,
    )
    if not usable:
        return _price_only_fit(platform_share, on_target_share, spread, whole_population, shares, **common)
    return _reach_fit(usable, platform_share, on_target_share, spread, whole_population, fit_spread, shares, **common)


def _price_only_fit(
    platform_share,
    on_target_share,
    spread,
    whole_population,
    shares,
    *,
    cpm_eur,
    rows_priced,
    price_rows,
    observations,
    ranges,
    not_used,
) -> SocialFit:
    """Only the price per 1,000 impressions: no row speaks for reach (slices, no reach column, or a
    frequency of exactly 1); every other value stays the scenario's and says why."""
    why = reason("calibration.not_used.no_reach_rows")
    not_used.update(spread=why, deliverable_accounts=why)
    ranges["platform_share"] = (1.0, 1.0)
    whole = np.asarray(whole_population, float) if whole_population is not None else np.zeros(len(BANDS))
    return SocialFit(
        cpm_eur=cpm_eur,
        spread=float(spread),
        spread_fitted=False,
        platform_share={b: float(platform_share.get(b, 0.0)) for b in TARGETABLE_BANDS},
        fitted_bands=(),
        platform_share_factor=1.0,
        on_target_share=float(on_target_share),
        on_target_lowered=False,
        noticed_share=None,
        deliverable_accounts=float(whole @ (shares * (np.arange(len(BANDS)) > 0)) / on_target_share),
        groups=(),
        rows=_rows(observations, {}, rows_priced, price_rows, spread),
        ranges=ranges,
        not_used=not_used,
    )


def _reach_fit(
    usable,
    platform_share,
    on_target_share,
    spread,
    whole_population,
    fit_spread,
    shares,
    *,
    cpm_eur,
    rows_priced,
    price_rows,
    observations,
    ranges,
    not_used,
) -> SocialFit:
    keys: dict[tuple, int] = {}
    group_of = np.array([keys.setdefault((o.targeting, o.age), len(keys)) for o in usable])
    n_groups = len(keys)
    impressions = np.array([o.impressions for o in usable], float)
    reach = np.array([o.reach for o in usable], float)

    several = _several_sizes(impressions, group_of, n_groups)
    fitting_k = several if fit_spread is None else (fit_spread and several)
    d_fit, k = _fit_groups(impressions, reach, group_of, n_groups, None if fitting_k else spread)
    if fitting_k and not SPREAD_LIMITS[0] * 1.001 < k < SPREAD_LIMITS[1] / 1.001:
        not_used["spread"] = reason("calibration.not_used.spread_bound", k=round(k, 2))
        fitting_k = False
        d_fit, k = _fit_groups(impressions, reach, group_of, n_groups, spread)
    elif not several and fit_spread is not False:
        not_used["spread"] = reason("calibration.not_used.spread_one_size", ratio=SIZE_RATIO)

    # the model's D of each group, per band
    group_population = np.zeros((n_groups, len(BANDS)))
    for o, g in zip(usable, group_of):
        group_population[g] = np.asarray(o.population, float) * age_overlap(o.age)
    band_audience = group_population * shares / on_target_share
    d_model = band_audience.sum(axis=1)
    attributed = d_fit[:, None] * band_audience / d_model[:, None]
    covered = band_audience.sum(axis=0) > 0
    factor_by_band = np.where(covered, attributed.sum(axis=0) / np.where(covered, band_audience.sum(axis=0), 1.0), 1.0)
    capped = bool(np.any(covered & (shares * factor_by_band > MAX_PLATFORM_SHARE)))
    new_shares = np.where(covered, np.minimum(MAX_PLATFORM_SHARE, shares * factor_by_band), shares)
    new_on_target = on_target_share
    if capped:  # the shares that could not grow: fewer impressions reach residents instead
        new_on_target = min(on_target_share, float((group_population @ new_shares).sum() / d_fit.sum()))
    factor = float(d_fit.sum() / d_model.sum())
    implausible = _implausible_deliverable(d_fit, group_population, shares * factor_by_band, covered, new_on_target)
    if implausible is not None:
        not_used["deliverable_accounts"] = implausible

    row_d = np.array([deliverable_from_row(i, r, k) for i, r in zip(impressions, reach)])
    ratio = row_d / d_fit[group_of]
    one_row = any(np.sum(group_of == g) == 1 for g in range(n_groups))
    least = ONE_ROW_RELATIVE_RANGE if one_row else MIN_RELATIVE_RANGE
    ranges["platform_share"] = _widen(1.0, min(float(ratio.min()), 1 - least), max(float(ratio.max()), 1 + least))
    if fitting_k:
        ranges["spread"] = _widen(
            k,
            *_leave_one_out_spread(impressions, reach, group_of, n_groups, k),
            floor=SPREAD_LIMITS[0],
            ceiling=SPREAD_LIMITS[1],
        )
    if capped:
        ranges["on_target_share"] = _widen(new_on_target, new_on_target, new_on_target, 0.0, 1.0)
    noticed = None
    lifts = [(o.recall_lift, o.reach) for o in usable if o.recall_lift is not None]
    if lifts:
        lift = np.array([x for x, _ in lifts])
        seen = np.array([r for _, r in lifts])
        noticed = float(min(1.0, lift.sum() / seen.sum()))
        per_row = np.minimum(1.0, lift / seen)
        ranges["noticed_share"] = _widen(noticed, float(per_row.min()), float(per_row.max()), 0.0, 1.0)

    if whole_population is not None:
        deliverable = float(
            np.asarray(whole_population, float) @ (new_shares * (np.arange(len(BANDS)) > 0)) / new_on_target
        )
    else:
        deliverable = float(d_fit.sum())
    groups = tuple(
        GroupFit(
            targeting=key[0],
            age=key[1],
            rows=tuple(o.row for o, g in zip(usable, group_of) if g == index),
            deliverable_fit=float(d_fit[index]),
            deliverable_model=float(d_model[index]),
        )
        for key, index in keys.items()
    )
    d_of = {(key[0], key[1]): float(d_fit[index]) for key, index in keys.items()}
    return SocialFit(
        cpm_eur=cpm_eur,
        spread=float(k),
        spread_fitted=fitting_k,
        platform_share={b: float(new_shares[BANDS.index(b)]) for b in TARGETABLE_BANDS},
        fitted_bands=tuple(b for b in TARGETABLE_BANDS if covered[BANDS.index(b)]),
        platform_share_factor=factor,
        on_target_share=float(new_on_target),
        on_target_lowered=capped,
        noticed_share=noticed,
        deliverable_accounts=deliverable,
        groups=groups,
        rows=_rows(observations, d_of, rows_priced, price_rows, k),
        ranges=ranges,
        not_used=not_used,
    )


def _implausible_deliverable(
    d_fit: np.ndarray, group_population: np.ndarray, wanted: np.ndarray, covered: np.ndarray, on_target: float
) -> Message | None:
    """Why ``D`` cannot be used, or None (MODEL.md "Plausibility before use"): more deliverable
    accounts than the targeted residents 15+ over the lowest ``on_target_share`` allow (the
    campaign was aimed wider than the areas given), or a share above 0.95 that an
    ``on_target_share`` down to 0.5 cannot explain."""
    adults = group_population * (np.arange(len(BANDS)) > 0)
    residents = float(adults.sum())
    if d_fit.sum() > residents / MIN_ON_TARGET_SHARE:
        return reason(
            "calibration.not_used.aimed_wider",
            accounts=round(float(d_fit.sum())),
            residents=round(residents),
            limit=round(residents / MIN_ON_TARGET_SHARE),
        )
    high = [b for b in TARGETABLE_BANDS if covered[BANDS.index(b)] and wanted[BANDS.index(b)] > MAX_PLATFORM_SHARE]
    if high and on_target < MIN_ON_TARGET_SHARE:
        band = max(high, key=lambda b: wanted[BANDS.index(b)])
        return reason(
            "calibration.not_used.share_unexplained",
            band=Message(f"band.{band}"),
            share=float(wanted[BANDS.index(band)]),
            on_target=on_target,
        )
    return None


def _model_audience(o: Observation, shares: np.ndarray) -> float:
    return float(np.asarray(o.population, float) @ (age_overlap(o.age) * shares))


def _leave_one_out_spread(impressions, reach, group_of, n_groups, k) -> tuple[float, float]:
    """Lowest and highest ``k`` fitted with one row left out (where ``k`` stays identified)."""
    estimates = []
    if len(impressions) < 3:
        return k, k
    for j in range(len(impressions)):
        keep = np.arange(len(impressions)) != j
        groups = group_of[keep]
        present = np.unique(groups)
        remap = np.searchsorted(present, groups)
        if not _several_sizes(impressions[keep], remap, len(present)):
            continue
        estimates.append(_fit_groups(impressions[keep], reach[keep], remap, len(present), None)[1])
    if not estimates:
        return k, k
    return float(min(estimates)), float(max(estimates))


def _rows(observations, d_of: dict, used: set, price_rows: set, spread: float) -> tuple[RowFit, ...]:
    out = []
    for o in observations:
        d = d_of.get((o.targeting, o.age))
        predicted = None
        if d is not None and o.impressions and o.row not in price_rows:
            predicted = float(predicted_reach(d, o.impressions, spread))
        why = o.why
        if why is None and o.row not in used:
            why = reason("calibration.why.no_audience")
        out.append(
            RowFit(
                row=o.row,
                name=o.label,
                spend_eur=o.spend_eur,
                impressions=o.impressions,
                reach=o.reach,
                predicted_reach=predicted,
                used=o.row in used,
                why=why,
                price_only=o.row in price_rows and o.row in used,
            )
        )
    return tuple(out)
