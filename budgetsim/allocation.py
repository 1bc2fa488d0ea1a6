"""Splitting a budget: over the areas (social) and between print and social (MODEL.md, "Allocation").

The weighted reach ``F = sum_i w_i sum_a reached_ia`` is concave, so the optimum is unique and is
found from its structure rather than by a general solver:

* For a fixed print spend the social part per area is ``W_i g(c_i e_i)`` with
  ``W_i = w_i sum_a N_ia share_a (1 - rp_a)``. At the optimum every funded area below its cap has
  the same marginal weighted reach per euro ``lambda`` (water-filling). With the NBD curve
  ``W_i c_i (1 + c_i e_i / k)^(-(k+1)) = lambda`` gives, with ``t = lambda^(-1/(k+1))``,
  ``e_i(t) = clip((k / c_i)(K_i^(1/(k+1)) t - 1), lo_i, hi_i)`` where ``K_i = W_i c_i``:
  piecewise linear in ``t``, so the budget equation is solved exactly after one sort.
  (Poisson, ``k = inf``: ``e_i = clip((ln K_i + t) / c_i, lo_i, hi_i)`` with ``t = -ln lambda``.)
* The print spend is then a one-dimensional concave search: ``dF/dp = sum w N rp'(p)(1 - rs)
  - lambda(total - p)`` decreases in ``p``; its root is found with Brent's method.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal, get_args

import numpy as np
from scipy.optimize import brentq

from . import reach
from .assumptions import MAX_EUR
from .model import UNSPENT_NOTE_EUR, Evaluation, ReachModel
from .problems import InputError, Message, MessageError, Problem

#: A way to split the social budget over the areas (a scenario's ``budget.social_split``).
SocialSplit = Literal["by_audience", "optimal", "manual"]
#: The ways to split the social budget, in their order.
SOCIAL_SPLITS: tuple[str, ...] = get_args(SocialSplit)
#: The print spend is found to within this many euros.
PRINT_TOLERANCE_EUR = 0.01


#: A scenario-file name in brackets after its plain name: `` (social.min_audience)``.
_FILE_KEY = re.compile(r" \((?:print|social|constraints)\.[a-z_]+\)")


class InfeasibleBudget(MessageError):
    """The constraints cannot all be met with this budget: ``what`` says which and how to fix, as a
    :class:`~budgetsim.problems.Message` (key ``alloc.*`` + parameters); the optimiser speaks no
    language, the catalogue (:mod:`budgetsim.i18n`) writes it.

    ``str()`` is English; :meth:`message` gives Dutch (``"nl"``) or English.
    """

    def message(self, lang: str = "en", *, keys: bool = True) -> str:
        """The message; ``keys=False`` leaves out the scenario-file names in brackets
        (``(social.min_audience)``), for readers of the app who never see the file."""
        text = super().message(lang)
        return text if keys else _FILE_KEY.sub("", text)


# -- pure water-filling --------------------------------------------------------------------


@dataclass(frozen=True)
class WaterFill:
    """Result of :func:`water_fill`: euros per item and the common marginal value ``lambda``
    (for :func:`optimal_social_split`: ``euros`` per area, ``ad_set_eur`` per ad set)."""

    euros: np.ndarray
    marginal_value: float
    ad_set_eur: np.ndarray | None = None


def _linear_pieces(K: np.ndarray, c: np.ndarray, k: float) -> tuple[np.ndarray, np.ndarray]:
    """Coefficients ``a_i, b_i`` of ``e_i(t) = a_i t - b_i`` for areas with ``K_i, c_i > 0``."""
    active = (K > 0) & (c > 0)
    safe_c = np.where(active, c, 1.0)
    safe_K = np.where(active, K, 1.0)
    if np.isfinite(k):
        a = (k / safe_c) * np.exp(np.log(safe_K) / (k + 1.0))
        b = k / safe_c
    else:
        a = 1.0 / safe_c
        b = -np.log(safe_K) / safe_c
    return np.where(active, a, 0.0), np.where(active, b, 0.0)


def water_fill(K, c, k: float, lo, hi, total: float) -> WaterFill:
    """Exact maximiser of ``sum_i (K_i / c_i) g(c_i e_i)`` subject to ``sum e_i = total``,
    ``lo_i <= e_i <= hi_i``, where ``g(x) = 1 - (1 + x/k)^(-k)`` (``1 - exp(-x)`` at ``k = inf``).

    ``K_i`` is the marginal value of the first euro in area ``i`` and ``c_i`` its contacts per
    euro. Solves the piecewise-linear budget equation in ``t`` with one sort: O(n log n).
    Raises :class:`InfeasibleBudget` when ``total`` lies outside ``[sum lo, sum hi]``.
    """
    K = np.asarray(K, float)
    c = np.asarray(c, float)
    lo = np.broadcast_to(np.asarray(lo, float), K.shape)
    hi = np.broadcast_to(np.asarray(hi, float), K.shape)
    lo_sum, hi_sum = float(lo.sum()), float(hi.sum())
    tol = 1e-9 * max(1.0, total)
    if total < lo_sum - tol:
        raise InfeasibleBudget("alloc.below_area_minimums", total=total, minimums=lo_sum)
    if total > hi_sum + tol:
        raise InfeasibleBudget("alloc.above_area_maximums", total=total, maximums=hi_sum)
    return _water_fill(K, c, k, lo, hi, lo_sum, total)


def _water_fill(K, c, k, lo, hi, lo_sum, total) -> WaterFill:
    """:func:`water_fill` without the checks (the optimiser's inner loop)."""
    a, b = _linear_pieces(K, c, k)
    active = a > 0
    tol = 1e-9 * max(1.0, total)
    if total <= lo_sum + tol or not active.any():
        euros = lo.copy()
        spare = total - lo_sum
        if spare > 0:  # next to nothing left, or no area gains: spread it over the room there is,
            room = np.where(active, hi - lo, 0.0)  # first where it gains (the sum is the total, exactly)
            if not room.sum() > 0:
                room = hi - lo
            room = np.where(np.isfinite(room), room, spare)
            if room.sum() > 0:
                euros = lo + spare * room / room.sum()
        best = float(K[active].max()) if active.any() else 0.0
        return WaterFill(euros, best)
    room_active = float(np.sum(np.where(active, hi - lo, 0.0)))
    if total - lo_sum > room_active + tol:  # areas that gain are full: the rest goes where it gains nothing
        euros = np.where(active, hi, lo)
        spare = total - float(euros.sum())
        room = np.where(active, 0.0, hi - lo)
        room = np.where(np.isfinite(room), room, spare)
        return WaterFill(euros + spare * room / room.sum(), 0.0)
    a_act, b_act = a[active], b[active]
    hi_act = hi[active]
    capped = np.isfinite(hi_act)  # an item without a cap never stops growing: no breakpoint
    times = np.concatenate([(lo[active] + b_act) / a_act, (hi_act[capped] + b_act[capped]) / a_act[capped]])
    slopes = np.concatenate([a_act, -a_act[capped]])
    order = np.argsort(times, kind="stable")
    times, slopes = times[order], slopes[order]
    slope_after = np.cumsum(slopes)
    spent = np.empty_like(times)
    spent[0] = lo_sum
    np.cumsum(slope_after[:-1] * np.diff(times), out=spent[1:])
    spent[1:] += lo_sum
    j = int(np.searchsorted(spent, total, side="left"))
    if j == 0:
        t = times[0]
    else:
        rate = slope_after[j - 1]
        t = times[j - 1] + (total - spent[j - 1]) / rate if rate > 0 else times[j - 1]
    euros = np.where(active, np.clip(a * t - b, lo, hi), lo)
    if np.isfinite(k):
        marginal = float(np.exp(-(k + 1.0) * np.log(t))) if t > 0 else float("inf")
    else:
        marginal = float(np.exp(-t))
    return WaterFill(euros, marginal)


# -- the model's allocations --------------------------------------------------------------


@dataclass(frozen=True)
class Constraints:
    """Bounds on a plan: print min/max and social min/max per ad set (euros).

    The per-ad-set limits come as ``{id: euros}`` mappings (``ad_set_min_eur``, ``ad_set_max_eur``:
    ``<area code>`` for an area alone, ``<wijk code>-rest``, ``<gemeente code>-rest``) or as arrays
    over the areas (``area_min_eur``, ``area_max_eur``, 0 and inf where not given): an area alone
    passes its limit to its ad set; a limit on an area inside a pool is refused naming the pool
    (:class:`~budgetsim.adsets.AdSetError`). Where both are given the tighter limit holds.
    """

    print_min_eur: float = 0.0
    print_max_eur: float = np.inf
    area_min_eur: np.ndarray | None = None
    area_max_eur: np.ndarray | None = None
    ad_set_min_eur: Mapping[str, float] | None = None
    ad_set_max_eur: Mapping[str, float] | None = None

    def ad_set_bounds(self, model: ReachModel) -> tuple[np.ndarray, np.ndarray]:
        """``(lo, hi)`` over ``model.ad_sets``."""
        sets = model.ad_sets
        lo = sets.values(self.ad_set_min_eur, 0.0, "constraints.area_min_eur")
        hi = sets.values(self.ad_set_max_eur, np.inf, "constraints.area_max_eur")
        if self.area_min_eur is not None:
            lo = np.maximum(lo, sets.from_area_values(self.area_min_eur, 0.0, "constraints.area_min_eur"))
        if self.area_max_eur is not None:
            hi = np.minimum(hi, sets.from_area_values(self.area_max_eur, np.inf, "constraints.area_max_eur"))
        return np.minimum(lo, hi), hi

    def area_bounds(self, model: ReachModel) -> tuple[np.ndarray, np.ndarray]:
        """Old name of :meth:`ad_set_bounds` (the bounds are per ad set: their sums are the same)."""
        return self.ad_set_bounds(model)


def split_by_audience_ad_sets(model: ReachModel, social_total: float) -> np.ndarray:
    """Social euros per ad set, proportional to its audience ``A_s``."""
    sets = model.ad_sets
    if social_total <= 0:
        return np.zeros(len(sets))
    if sets.untargetable:
        raise InfeasibleBudget("alloc.no_area_targetable", smallest=model.assumptions.social.min_audience)
    return social_total * (sets.audience / sets.audience.sum())  # shares first: exact for tiny audiences


def split_by_audience(model: ReachModel, social_total: float) -> np.ndarray:
    """Social euros per area: proportional to audience over the ad sets (the same as ``A_i`` over
    their areas); 0 for untargeted areas."""
    return model.spread(split_by_audience_ad_sets(model, social_total))


def _area_value(model: ReachModel, rp: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """``W_i = w_i sum_a N_ia share_a (1 - rp_a)``: weighted people social can still add."""
    return weights * (model.target_population @ (model.platform_share * (1.0 - rp)))


def _ad_set_value(model: ReachModel, rp: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """``K_s = c_s * sum over its areas of W_i``: the marginal weighted reach of its first euro."""
    return model.ad_sets.sums(_area_value(model, rp, weights)) * model.ad_set_contacts_per_euro


def _weights(model: ReachModel, weights) -> np.ndarray:
    if weights is None:
        return np.ones(len(model.areas))
    w = np.asarray(weights, float)
    if w.shape != (len(model.areas),):
        raise InputError(Problem.of("weights", "alloc.weights_count", areas=len(model.areas), got=w.size))
    return w


def optimal_social_split(
    model: ReachModel,
    social_total: float,
    print_eur: float,
    weights: np.ndarray | None = None,
    constraints: Constraints | None = None,
) -> WaterFill:
    """Best split of ``social_total`` over the ad sets for a fixed print spend (water-filling).

    ``euros`` are per area (each ad set's euros spread by audience), ``ad_set_eur`` per ad set."""
    w = _weights(model, weights)
    lo, hi = (constraints or Constraints()).ad_set_bounds(model)
    c = model.ad_set_contacts_per_euro
    fill = water_fill(
        _ad_set_value(model, model.print_reach(print_eur), w), c, model.assumptions.social.spread, lo, hi, social_total
    )
    return WaterFill(model.spread(fill.euros), fill.marginal_value, fill.euros)


@dataclass(frozen=True)
class Allocation:
    """A best plan: print euros, social euros per area (and per ad set), and what it reaches."""

    print_eur: float
    social_eur: np.ndarray
    reached: float
    weighted_reached: float
    marginal_value: float  # weighted people per extra euro at the optimum
    ad_set_eur: np.ndarray
    #: Euros of the total that nothing can take: print has a page in every issue and social is
    #: full (its limits) or cannot be aimed at all. They are not in the plan.
    unspent_eur: float = 0.0

    @property
    def total_eur(self) -> float:
        """The euros the plan spends (the total asked for, less ``unspent_eur``)."""
        return self.print_eur + float(self.social_eur.sum())

    def unspent_message(self) -> Message | None:
        """``figures.unspent`` with the euros that have nowhere to go (None below one euro)."""
        return Message("figures.unspent", amount=self.unspent_eur) if self.unspent_eur >= UNSPENT_NOTE_EUR else None


def weighted_reached(model: ReachModel, print_eur: float, social_eur: np.ndarray, weights=None) -> float:
    """``sum_i w_i sum_a reached_ia`` (without the extra figures of a full evaluation)."""
    w = _weights(model, weights)
    rp = model.print_reach(print_eur)
    rs = model.platform_share[None, :] * model.social_reach(social_eur)[:, None]
    per_area = (model.target_population * (1.0 - (1.0 - rp) * (1.0 - rs))).sum(axis=1)
    return float(per_area @ w)


def optimise(
    model: ReachModel,
    total_eur: float,
    weights=None,
    constraints: Constraints | None = None,
    print_guess: float | None = None,
) -> Allocation:
    """Best split of ``total_eur`` between print and each ad set's social budget.

    Print gets at most ``model.print_cap_eur`` (a page in every issue; more only when
    ``print_min_eur`` asks for it); euros that neither print nor social can take are the
    allocation's ``unspent_eur``. ``print_guess`` (e.g. the optimum of a nearby total) narrows
    the search; the answer does not depend on it. Raises :class:`InfeasibleBudget` when the
    constraints leave no plan that spends the total.
    """
    if not np.isfinite(total_eur) or total_eur < 0:
        raise InputError(Problem.of(None, "alloc.total_negative", where=Message("where.total_budget"), value=total_eur))
    cons = constraints or Constraints()
    w = _weights(model, weights)
    lo, hi = cons.ad_set_bounds(model)
    p_lo = max(cons.print_min_eur, total_eur - float(hi.sum()))
    p_hi = min(cons.print_max_eur, total_eur - float(lo.sum()))
    if p_lo > p_hi + 1e-9 * max(1.0, total_eur):
        print_max = (
            Message("value.eur", amount=cons.print_max_eur)
            if np.isfinite(cons.print_max_eur)
            else Message("alloc.no_maximum")
        )
        raise InfeasibleBudget(
            "alloc.total_outside_constraints", total=total_eur, print_min=cons.print_min_eur, print_max=print_max
        )
    p_hi = max(p_lo, p_hi)
    # a page in every issue is the most print can buy: the paper's curve is flat above, so print
    # never goes there (unless the print minimum asks for it); what social cannot take either is not spent
    print_top = max(model.print_cap_eur, cons.print_min_eur)
    unspent = max(0.0, p_lo - print_top)
    p_lo, p_hi = p_lo - unspent, max(p_lo - unspent, min(p_hi, print_top))
    spendable = total_eur - unspent
    k = model.assumptions.social.spread
    c = model.ad_set_contacts_per_euro
    share = model.platform_share
    weighted_N = w[:, None] * model.target_population  # (areas, 5)
    set_N = model.ad_sets.sums(weighted_N.T).T  # (ad sets, 5)
    all_N = weighted_N.sum(axis=0)  # (5,)
    lo_sum = float(lo.sum())
    states: dict[float, tuple[WaterFill, float]] = {}

    def state(p: float) -> tuple[WaterFill, float]:
        """Best social split over the ad sets for print ``p`` and ``dF/dp`` there."""
        if p not in states:
            rp, rp_slope = model.print_reach_and_slope(p)
            K = (set_N @ (share * (1.0 - rp))) * c
            fill = _water_fill(K, c, k, lo, hi, lo_sum, max(0.0, spendable - p))
            g = reach.nbd_reach(c * fill.euros, k)
            print_gain = float(all_N @ rp_slope - g @ (set_N @ (rp_slope * share)))
            states[p] = (fill, print_gain - fill.marginal_value)
        return states[p]

    def gradient(p: float) -> float:
        """``dF/dp``: the print gain per euro minus the social marginal value it displaces."""
        return state(p)[1]

    best_p = _concave_argmax(gradient, p_lo, p_hi, print_guess, spendable)
    fill = state(best_p)[0]
    rp = model.print_reach(best_p)
    g = reach.nbd_reach(c * fill.euros, k)
    # reached = sum_a N_a rp_a + sum_s g_s sum_{i in s} sum_a N_ia share_a (1 - rp_a), weighted and not
    open_share = share * (1.0 - rp)
    plain_N = model.ad_sets.sums(model.target_population.T).T
    return Allocation(
        print_eur=float(best_p),
        social_eur=model.spread(fill.euros),
        reached=float(model.target_population.sum(axis=0) @ rp + g @ (plain_N @ open_share)),
        weighted_reached=float(all_N @ rp + g @ (set_N @ open_share)),
        marginal_value=fill.marginal_value,
        ad_set_eur=fill.euros,
        unspent_eur=unspent,
    )


def _concave_argmax(gradient, low: float, high: float, guess: float | None, scale: float) -> float:
    """Root of a decreasing ``gradient`` on ``[low, high]`` (or the end where it does not cross).

    With a ``guess``, the bracket is grown from there in steps of 2 % of ``scale``, which saves
    evaluations on a frontier where neighbouring totals have nearby optima.
    """
    if high - low <= 1e-9 * max(1.0, scale):
        return low
    if guess is not None and low < guess < high:
        step = max(1.0, 0.02 * scale)
        if gradient(guess) > 0:
            a, b = guess, min(high, guess + step)
            while b < high and gradient(b) > 0:
                a, b, step = b, min(high, b + step), 2 * step
            if gradient(b) >= 0:
                return high
        else:
            a, b = max(low, guess - step), guess
            while a > low and gradient(a) < 0:
                a, b, step = max(low, a - step), a, 2 * step
            if gradient(a) <= 0:
                return low
        if gradient(a) == 0:
            return a
        return brentq(gradient, a, b, xtol=PRINT_TOLERANCE_EUR, rtol=1e-12, maxiter=200)
    if gradient(low) <= 0:
        return low
    if gradient(high) >= 0:
        return high
    return brentq(gradient, low, high, xtol=PRINT_TOLERANCE_EUR, rtol=1e-12, maxiter=200)


def frontier(model: ReachModel, totals, weights=None, constraints: Constraints | None = None) -> list[Allocation]:
    """The best plan for each total budget: where does the next euro stop paying.

    Each total starts its print search from the previous total's optimum.
    """
    plans: list[Allocation] = []
    for total in totals:
        guess = None
        if plans and plans[-1].total_eur > 0:
            guess = plans[-1].print_eur * float(total) / plans[-1].total_eur
        plans.append(optimise(model, float(total), weights, constraints, print_guess=guess))
    return plans


@dataclass(frozen=True)
class TargetBudget:
    """Answer to "what total do we need to reach this share?"."""

    share: float
    reachable: bool
    total_eur: float | None  # smallest whole-euro total that reaches the share
    allocation: Allocation | None
    max_share: float  # most this target group can reach at MAX_EUR under the constraints


def budget_for_target(
    model: ReachModel,
    share: float,
    constraints: Constraints | None = None,
    max_eur: float = MAX_EUR,
) -> TargetBudget:
    """Smallest whole-euro total whose best (unweighted) split reaches ``share`` of the target group.

    The best reach is concave and non-decreasing in the total, so bisection over whole euros finds
    the smallest total; a euro less misses the target.
    """
    if not 0 < share < 1:
        raise InputError(Problem.of(None, "alloc.reach_target", where=Message("where.reach_target"), value=share))
    population = float(model.target_population.sum())
    if population <= 0:
        raise InputError(Problem.of(None, "alloc.no_target_population", where=Message("where.target_group")))
    cons = constraints or Constraints()
    goal = share * population
    lo_area, hi_area = cons.area_bounds(model)
    lo_total = cons.print_min_eur + float(lo_area.sum())
    print_top = min(cons.print_max_eur, max(model.print_cap_eur, cons.print_min_eur))
    max_eur = min(max_eur, print_top + float(hi_area.sum()))  # more cannot be spent

    def best(total: float) -> Allocation:
        return optimise(model, total, None, cons)

    top = best(max_eur)
    if top.reached < goal:
        return TargetBudget(share, False, None, None, top.reached / population)
    low, high = int(np.ceil(lo_total)), int(np.floor(max_eur))
    if high < low or best(float(high)).reached < goal:  # only the (fractional) maximum itself reaches it
        return TargetBudget(share, True, float(max_eur), top, top.reached / population)
    if best(float(low)).reached >= goal:
        high = low
    while high - low > 1:  # invariant: low misses the goal, high reaches it
        mid = (low + high) // 2
        if best(float(mid)).reached >= goal:
            high = mid
        else:
            low = mid
    found = best(float(high))
    return TargetBudget(share, True, float(high), found, top.reached / population)


def split_euros(split_fn, social_total: float, print_eur: float = 0.0) -> np.ndarray:
    """Euros per area from a split rule ``split_fn(social_total[, print_eur])``.

    A rule that takes the print spend too (the optimal split depends on it) gets it.
    """
    try:
        takes_print = _takes_print(split_fn)
    except TypeError:  # a rule that cannot be a key: its signature read anew
        takes_print = _takes_print.__wrapped__(split_fn)
    return np.asarray(split_fn(social_total, print_eur) if takes_print else split_fn(social_total), float)


@lru_cache(maxsize=64)
def _takes_print(split_fn) -> bool:
    """Whether a split rule takes the print spend as its second argument (read once per rule: a
    curve calls its rule at every point)."""
    try:
        parameters = inspect.signature(split_fn).parameters.values()
    except (TypeError, ValueError):
        return False
    return sum(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) for p in parameters) >= 2 or any(
        p.kind == p.VAR_POSITIONAL for p in parameters
    )


def optimal_split_rule(model: ReachModel, weights=None, constraints: Constraints | None = None):
    """A split rule for curves: the optimal split of each social total given the print spend
    (where the constraints leave no plan for a total, its audience split; where no ad set can be
    made at all, nothing: social euros buy nothing there)."""

    def rule(social_total: float, print_eur: float = 0.0) -> np.ndarray:
        if model.ad_sets.untargetable:
            return np.zeros(len(model.areas))
        try:
            return optimal_social_split(model, social_total, print_eur, weights, constraints).euros
        except InfeasibleBudget:
            return split_by_audience(model, social_total)

    return rule


def manual_euros(model: ReachModel, manual) -> np.ndarray:
    """Social euros per area from a manual split: ``{ad set id: euros}`` (an area alone may be named
    by its code; an area inside a pool is refused naming the pool), or an array over the areas
    (the euros of an ad set's areas are its budget)."""
    if isinstance(manual, Mapping):
        return model.spread(model.ad_sets.values(manual, 0.0, "budget.social_manual_eur"))
    euros = np.asarray(manual, float)
    if euros.shape != (len(model.areas),):
        raise InputError(
            Problem.of("budget.social_manual_eur", "alloc.manual_count", areas=len(model.areas), got=euros.size)
        )
    return euros


def social_split_for(
    model: ReachModel,
    split: str,
    social_total: float,
    print_eur: float,
    manual=None,
    weights=None,
    constraints: Constraints | None = None,
) -> np.ndarray:
    """Social euros per area for a scenario's ``social_split``: by_audience, optimal or manual
    (``manual``: see :func:`manual_euros`). The first two allocate over the ad sets."""
    if split == "by_audience":
        return split_by_audience(model, social_total)
    if split == "optimal":
        return optimal_social_split(model, social_total, print_eur, weights, constraints).euros
    if split == "manual":
        if manual is None:
            raise InputError(Problem.of("budget.social_manual_eur", "alloc.manual_missing"))
        return manual_euros(model, manual)
    raise InputError(
        Problem.of("budget.social_split", "alloc.unknown_split", allowed=", ".join(SOCIAL_SPLITS), got=repr(split))
    )


def evaluate_split(
    model: ReachModel,
    print_eur: float,
    social_total: float,
    split: str = "by_audience",
    manual=None,
    weights=None,
    constraints: Constraints | None = None,
) -> Evaluation:
    """Evaluate a plan whose social euros follow ``split``.

    Where no ad set can be made (a gemeente whose whole audience is below ``min_audience``) the
    social euros of a by_audience or optimal split cannot be placed: the figures are print's, and
    ``Evaluation.social_unplaced_eur`` holds the euros (``model.ad_sets.untargeted()`` says why).
    """
    if split in ("by_audience", "optimal") and model.ad_sets.untargetable and social_total > 0:
        return replace(model.evaluate(print_eur, np.zeros(len(model.areas))), social_unplaced_eur=float(social_total))
    social = social_split_for(model, split, social_total, print_eur, manual, weights, constraints)
    return model.evaluate(print_eur, social)


#: A best split that gains less than this many percentage points of the target changed (almost) nothing.
NEGLIGIBLE_GAIN_POINTS = 0.1


@dataclass(frozen=True)
class SplitGain:
    """What a best split gained over the plan it replaced: residents and percentage points of the
    target group (``(after.reach_share - before.reach_share) * 100``)."""

    residents: float
    points: float

    @property
    def negligible(self) -> bool:
        """Under :data:`NEGLIGIBLE_GAIN_POINTS` points: the split before was already (almost) the best."""
        return abs(self.points) < NEGLIGIBLE_GAIN_POINTS

    def message(self) -> Message:
        """``figures.split_gain`` (residents and points), or ``figures.split_already_best`` when negligible."""
        key = "figures.split_already_best" if self.negligible else "figures.split_gain"
        return Message(key, residents=round(self.residents), points=round(self.points, 1))


def split_gain(before: Evaluation, after: Evaluation) -> SplitGain:
    """The gain of a best split (``after``) over the plan it replaces (``before``)."""
    return SplitGain(
        residents=after.total("reached") - before.total("reached"),
        points=(after.reach_share - before.reach_share) * 100.0,
    )
