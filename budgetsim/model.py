"""The reach model of MODEL.md for one plan: print euros plus social euros per area.

:class:`ReachModel` is a thin, frozen wrapper that fixes the areas, the assumptions and the target
group, precomputes what does not depend on the budget, and evaluates plans with vectorised numpy
(no Python loop over areas or bands). :class:`Evaluation` holds every reported figure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from . import reach
from .adsets import AdSets, PlanRow, ads_manager_plan, build_ad_sets, shown_area_budgets
from .areas import Areas
from .assumptions import Assumptions
from .bands import BANDS, TARGETABLE_BANDS, target_mask
from .problems import Message
from .rounding import round_to_total

WEEKS_PER_YEAR = 52
#: Euros that buy nothing are named from this amount on (rounding leaves less).
UNSPENT_NOTE_EUR = 1.0
#: Keys of each entry of ``ad_sets`` in ``evaluate --json`` (SCENARIO.md version 2).
AD_SET_JSON_KEYS = ("id", "name", "areas", "audience", "social_eur", "impressions", "reached_social", "postcodes")


def print_copies(delivery_share: float, dwellings: float) -> float:
    """Copies of the paper: ``copies = delivery_share * dwellings`` (MODEL.md)."""
    return delivery_share * dwellings


def estimated_page_price_eur(price_per_1000_copies_eur: float, copies: float) -> float:
    """The price of one page estimated from the copies: ``price_per_1000_copies_eur * copies / 1000``."""
    return price_per_1000_copies_eur * copies / 1000.0


def page_price_eur(price_per_page_eur: float | None, price_per_1000_copies_eur: float, copies: float) -> float:
    """The price of one page the model uses: ``price_per_page_eur`` (a contract price) when given,
    else :func:`estimated_page_price_eur`."""
    if price_per_page_eur is not None:
        return float(price_per_page_eur)
    return estimated_page_price_eur(price_per_1000_copies_eur, copies)


@dataclass(frozen=True)
class ReachModel:
    """Areas + assumptions + target group; evaluates plans (MODEL.md formulas)."""

    areas: Areas
    assumptions: Assumptions = field(default_factory=Assumptions)
    target_bands: tuple[str, ...] = TARGETABLE_BANDS

    def __post_init__(self) -> None:
        target_mask(self.target_bands)  # raises ValueError naming the allowed bands
        ordered = tuple(b for b in TARGETABLE_BANDS if b in self.target_bands)
        object.__setattr__(self, "target_bands", ordered)

    # -- constants of the plan-independent part ---------------------------------------------
    @cached_property
    def mask(self) -> np.ndarray:
        """Boolean mask over BANDS of the target group."""
        return target_mask(self.target_bands)

    @cached_property
    def target_population(self) -> np.ndarray:
        """``N_ia`` for target bands, 0 elsewhere; shape (areas, 5)."""
        return self.areas.population * self.mask

    @cached_property
    def page_seen(self) -> np.ndarray:
        """``p_a`` over BANDS (0 for 0-14, which is never a target)."""
        ps = self.assumptions.print.page_seen
        return np.array([ps.get(b, 0.0) for b in BANDS])

    @cached_property
    def platform_share(self) -> np.ndarray:
        """``share_a`` over BANDS, 0 outside the target group (ads aim at target bands only)."""
        ps = self.assumptions.social.platform_share
        return np.array([ps.get(b, 0.0) for b in BANDS]) * self.mask

    @cached_property
    def copies(self) -> float:
        """``copies = delivery_share * sum_i dwellings_i`` (at buurt level the gemeente's dwellings
        from the wijk table: :attr:`Areas.dwellings_for_print`)."""
        return print_copies(self.assumptions.print.delivery_share, self.areas.dwellings_for_print)

    @cached_property
    def price_per_insertion(self) -> float:
        """``price = price_per_page_eur`` when given, else ``price_per_1000_copies_eur * copies / 1000``
        (:func:`page_price_eur`)."""
        p = self.assumptions.print
        return page_price_eur(p.price_per_page_eur, p.price_per_1000_copies_eur, self.copies)

    @property
    def issues_per_year(self) -> float:
        """The paper's issues a year: at most one page per issue counts."""
        return float(self.assumptions.print.issues_per_year)

    @cached_property
    def print_cap_eur(self) -> float:
        """``issues_per_year * price``: the most print euros that buy pages; euros above buy nothing."""
        return self.issues_per_year * self.price_per_insertion

    def default_print_eur(self) -> float:
        """Current practice: a page in every issue (``issues_per_year`` insertions), ``print_cap_eur``."""
        return self.print_cap_eur

    @cached_property
    def audience(self) -> np.ndarray:
        """``A_i = sum_{a in T} N_ia * platform_share[a]``; shape (areas,)."""
        return self.target_population @ self.platform_share

    @cached_property
    def eligible(self) -> np.ndarray:
        """Areas whose audience is at least ``min_audience`` (and not empty): each its own ad set."""
        return (self.audience >= self.assumptions.social.min_audience) & (self.audience > 0)

    @cached_property
    def ad_sets(self) -> AdSets:
        """The ad sets of MODEL.md: big areas alone, small ones pooled bottom up."""
        return build_ad_sets(self.areas, self.audience, self.assumptions.social.min_audience)

    @property
    def targeted(self) -> np.ndarray:
        """Areas in some ad set (alone or pooled); the others cannot get social euros."""
        return self.ad_sets.targeted

    @cached_property
    def contacts_per_euro(self) -> np.ndarray:
        """``c_i`` with ``x_i = c_i * social_eur_i``: ``1000 * on_target * noticed / (cpm * A_i)``.

        For euros spread over an ad set in proportion to audience this is the ad set's ``x_s``."""
        return self.contacts_per_euro_for(self.audience)

    @cached_property
    def ad_set_contacts_per_euro(self) -> np.ndarray:
        """``c_s`` with ``x_s = c_s * social_eur_s``: ``1000 * on_target * noticed / (cpm * A_s)``."""
        return self.contacts_per_euro_for(self.ad_sets.audience)

    def contacts_per_euro_for(self, audience) -> np.ndarray:
        """``1000 * on_target * noticed / (cpm * A)`` for audiences ``A`` (0 where there is none)."""
        s = self.assumptions.social
        with np.errstate(divide="ignore", over="ignore"):
            c = 1000.0 * s.on_target_share * s.noticed_share / (s.cpm_eur * audience)
        return np.where((audience > 0) & np.isfinite(c), c, 0.0)  # (a sub-normal audience overflows)

    def spread(self, ad_set_eur) -> np.ndarray:
        """Euros per ad set onto its areas in proportion to audience (what Meta does)."""
        return self.ad_sets.spread(ad_set_eur)

    # -- curves ---------------------------------------------------------------------------
    def insertions(self, print_eur) -> np.ndarray:
        """``n = min(print_eur / price, issues_per_year)`` (continuous; one page per issue counts)."""
        price = self.price_per_insertion
        euros = np.asarray(print_eur, float)
        if price <= 0:
            return np.zeros_like(euros)
        return np.minimum(euros / price, self.issues_per_year)

    def _below_cap(self, print_eur) -> np.ndarray:
        """1 where a further print euro still buys a page (``print_eur <= print_cap_eur``), else 0:
        the slope of ``n`` is the left one at the cap itself, so the optimiser can stop there."""
        return (np.asarray(print_eur, float) <= self.print_cap_eur)[..., None].astype(float)

    def print_reach(self, print_eur) -> np.ndarray:
        """``rp_a`` over BANDS for a print budget (broadcasts: shape ``print_eur.shape + (5,)``)."""
        p = self.assumptions.print
        n = self.insertions(print_eur)[..., None]
        return reach.print_reach(n, self.page_seen, p.loyalty, p.delivery_share)

    def print_reach_and_slope(self, print_eur) -> tuple[np.ndarray, np.ndarray]:
        """``(rp_a, d rp_a / d print_eur)`` over BANDS in one pass (the optimiser's hot path)."""
        p = self.assumptions.print
        price = self.price_per_insertion
        if price <= 0:
            zeros = np.zeros(np.shape(print_eur) + (len(BANDS),))
            return zeros, zeros
        n = self.insertions(print_eur)[..., None]
        rp, slope = reach.print_reach_and_slope(n, self.page_seen, p.loyalty, p.delivery_share)
        return rp, slope / price * self._below_cap(print_eur)

    def contacts(self, social_eur) -> np.ndarray:
        """``x_i = x_s = I_s * on_target * noticed / A_s`` for the ad set ``s`` of area ``i``, with
        ``I_s = 1000 * social_eur_s / cpm`` and ``social_eur_s`` the sum of its areas' euros
        (0 for untargeted areas). Broadcasts over leading axes (e.g. draws x areas)."""
        social = np.asarray(social_eur, float)
        sets = self.ad_sets
        if social.ndim == 0:
            social = np.broadcast_to(social, (len(self.areas),))
        return sets.broadcast(self.ad_set_contacts_per_euro * sets.sums(social))

    def social_reach(self, social_eur) -> np.ndarray:
        """``g(x_i)``, reached share of the audience per area."""
        return reach.nbd_reach(self.contacts(social_eur), self.assumptions.social.spread)

    def impressions(self, social_eur) -> np.ndarray:
        """``I_i = 1000 * social_eur_i / cpm``."""
        return 1000.0 * np.asarray(social_eur, float) / self.assumptions.social.cpm_eur

    # -- a whole plan ---------------------------------------------------------------------
    def evaluate_ad_sets(self, print_eur: float, ad_set_eur) -> Evaluation:
        """:meth:`evaluate` with social euros per ad set (in the order of :attr:`ad_sets`)."""
        values = np.asarray(ad_set_eur, float)
        if values.shape != (len(self.ad_sets),):
            raise ValueError(f"ad_set_eur: expected {len(self.ad_sets)} values (one per ad set), got {values.size}")
        if not np.all(np.isfinite(values)) or np.any(values < 0):
            raise ValueError("ad_set_eur: every ad set's budget must be a number of at least 0")
        return self.evaluate(print_eur, self.spread(values))

    def evaluate(self, print_eur: float, social_eur) -> Evaluation:
        """Every figure of MODEL.md for print euros and social euros per area.

        The euros of an ad set's areas are its budget: Meta spreads it over them in proportion to
        audience, so every area of the ad set gets the same contact rate (``Evaluation.social_eur``
        shows that spread). Euros on an area that no ad set can take buy nothing.
        Use :meth:`evaluate_ad_sets` to give euros per ad set.
        """
        social = np.broadcast_to(np.asarray(social_eur, float), (len(self.areas),))
        if not np.isfinite(print_eur) or print_eur < 0:
            raise ValueError(f"print_eur: must be a number of at least 0 (got {print_eur})")
        if not (np.isfinite(social.sum()) and social.min(initial=0.0) >= 0):
            raise ValueError("social_eur: every area's budget must be a number of at least 0")
        sets = self.ad_sets
        ad_set_eur = sets.sums(social)
        social = sets.spread(ad_set_eur) + np.where(sets.targeted, 0.0, social)
        x = sets.broadcast(self.ad_set_contacts_per_euro * ad_set_eur)  # (areas,)
        return self.evaluate_contacts(
            print_eur, social, ad_set_eur, np.broadcast_to(x[:, None], social.shape + (len(BANDS),))
        )

    def evaluate_contacts(self, print_eur: float, social_eur, ad_set_eur, contacts) -> Evaluation:
        """Every figure of MODEL.md for print euros and the effective social contacts ``x_ia`` per area
        and band (shape (areas, 5); :meth:`evaluate` gives every band of an area its ad set's ``x_s``,
        campaigns add up their own: :mod:`budgetsim.campaigns`). ``social_eur`` per area and
        ``ad_set_eur`` per ad set of :attr:`ad_sets` are the euros behind the contacts."""
        sets = self.ad_sets
        sa = self.assumptions.social
        N = self.target_population
        share = self.platform_share
        n = float(self.insertions(print_eur))
        rp, rp_slope = self.print_reach_and_slope(print_eur)  # (5,) each
        x = np.asarray(contacts, float)
        figures = channel_figures(N, share, rp, self.print_count_pmf(n), x, sa.spread)
        marginal_print = float(np.sum((N - figures["reached_social"]) @ rp_slope)) * 100.0
        open_people = sets.sums(np.sum(N * ((1.0 - rp) * share) * reach.nbd_reach_slope(x, sa.spread), axis=1))
        marginal_sets = open_people * self.ad_set_contacts_per_euro * 100.0
        return Evaluation(
            model=self,
            print_eur=float(print_eur),
            social_eur=np.array(social_eur, float),
            ad_set_eur=np.asarray(ad_set_eur, float),
            marginal_ad_set_per_100_eur=marginal_sets,
            insertions=n,
            target_population=N,
            reached=figures["reached"],
            reached_print=figures["reached_print"],
            reached_social=figures["reached_social"],
            reached_both=figures["reached_both"],
            reached_3plus=figures["reached_3plus"],
            social_contacts=figures["social_contacts"],
            print_contacts=N * (self.assumptions.print.delivery_share * n * self.page_seen),
            impressions=self.impressions(social_eur),
            marginal_print_per_100_eur=marginal_print,
            marginal_social_per_100_eur=sets.broadcast(marginal_sets),
        )

    def print_count_pmf(self, insertions: float) -> np.ndarray:
        """P(0), P(1), P(2) sightings of the page per band over ``insertions`` issues for any resident
        (non-receiving dwellings see it 0 times); shape (5, 3)."""
        pa = self.assumptions.print
        pmf = pa.delivery_share * reach.print_count_pmf(insertions, self.page_seen, pa.loyalty)
        pmf[:, 0] += 1.0 - pa.delivery_share
        return pmf


def channel_figures(N, share, rp, print_pmf, contacts, spread: float) -> dict[str, np.ndarray]:
    """Reach by channel of a target ``N_ia`` (areas, 5) with print reach ``rp_a``, platform share
    ``share_a`` and social contacts ``x_ia`` (areas, 5), each an (areas, 5) array (MODEL.md "Both
    channels together"): ``reached = N (1 - (1 - rp)(1 - rs))`` with ``rs = share * g(x)``;
    by print ``N rp``, by social ``N rs``, both ``N rp rs``; 3+ from ``P(print + social <= 2)`` with
    the print counts ``print_pmf`` (5, 3) and a social count NB(x, k) for users, 0 for the others;
    social contacts ``N share x``."""
    x = np.asarray(contacts, float)
    rs = reach.nbd_reach(x, spread) * share
    reached_print = N * rp
    reached_social = N * rs
    reached_both = reached_social * rp
    cumulative = np.cumsum(reach.nbd_count_pmf(x, spread), axis=-1)  # (areas, 5, 3): <=0, <=1, <=2
    users = share * np.sum(cumulative * print_pmf[:, ::-1], axis=-1)
    at_most_two = users + (1.0 - share) * print_pmf.sum(axis=1)
    return {
        "reached": reached_print + reached_social - reached_both,
        "reached_print": reached_print,
        "reached_social": reached_social,
        "reached_both": reached_both,
        "reached_3plus": N * np.clip(1.0 - at_most_two, 0.0, 1.0),
        "social_contacts": N * (x * share),
    }


@dataclass(frozen=True)
class Evaluation:
    """Figures of one plan. Arrays are (areas, 5 bands); totals are properties."""

    model: ReachModel
    print_eur: float
    social_eur: np.ndarray
    insertions: float
    target_population: np.ndarray
    reached: np.ndarray
    reached_print: np.ndarray
    reached_social: np.ndarray
    reached_both: np.ndarray
    reached_3plus: np.ndarray
    print_contacts: np.ndarray
    social_contacts: np.ndarray
    impressions: np.ndarray
    marginal_print_per_100_eur: float
    #: Per area: extra residents reached per extra €100 on the area's ad set (0 if untargeted).
    marginal_social_per_100_eur: np.ndarray
    #: Social euros per ad set (in the order of ``model.ad_sets``).
    ad_set_eur: np.ndarray
    #: Per ad set: extra residents reached per extra €100 on it.
    marginal_ad_set_per_100_eur: np.ndarray
    #: Social euros of the plan that no ad set could take (a gemeente too small to target).
    social_unplaced_eur: float = 0.0
    #: Areas some ad set takes, when the ad sets are not ``model.ad_sets`` (campaigns build their own).
    social_targeted: np.ndarray | None = None

    @property
    def total_eur(self) -> float:
        return self.print_eur + float(self.social_eur.sum())

    @property
    def print_eur_above_cap(self) -> float:
        """Print euros above ``issues_per_year`` pages (``print_eur - print_cap_eur``, at least 0): they buy nothing."""
        return max(0.0, self.print_eur - self.model.print_cap_eur)

    @property
    def targeted(self) -> np.ndarray:
        """Areas an ad set takes: ``social_targeted`` when given, else ``model.targeted``."""
        return self.model.targeted if self.social_targeted is None else self.social_targeted

    @property
    def social_unspendable_eur(self) -> float:
        """Social euros of the plan that no ad set takes: those that could not be placed at all
        (``social_unplaced_eur``) plus those on areas in no ad set. They buy nothing."""
        off_target = float(np.sum(np.where(self.targeted, 0.0, self.social_eur)))
        return self.social_unplaced_eur + off_target

    def money_notes(self) -> list[Message]:
        """What the plan holds that buys nothing, one keyed sentence each (to show beside the figures):
        print euros above a page in every issue (``figures.print_above_cap``) and social euros no
        ad set takes (``figures.social_unspendable``). Under one euro is not worth a sentence."""
        notes = []
        above = self.print_eur_above_cap
        if above >= UNSPENT_NOTE_EUR:
            notes.append(
                Message(
                    "figures.print_above_cap",
                    amount=above,
                    issues=self.model.issues_per_year,
                    cap=self.model.print_cap_eur,
                )
            )
        unspendable = self.social_unspendable_eur
        if unspendable >= UNSPENT_NOTE_EUR:
            notes.append(Message("figures.social_unspendable", amount=unspendable))
        return notes

    def total(self, name: str) -> float:
        """Sum of one (areas, bands) figure over everything, e.g. ``total("reached")``."""
        return float(getattr(self, name).sum())

    def print_step_reach(self, step_eur: float = 1000.0) -> float:
        """Extra residents reached by ``step_eur`` more on print, social as it is:
        ``sum (N_ia - rs_ia) * (rp_a(print_eur + step) - rp_a(print_eur))``. Unlike the slope
        (:attr:`marginal_print_per_100_eur`) it is 0 once the paper has a page in every issue."""
        before, _ = self.model.print_reach_and_slope(self.print_eur)
        after, _ = self.model.print_reach_and_slope(self.print_eur + step_eur)
        return float(np.sum((self.target_population - self.reached_social) @ (after - before)))

    @property
    def reach_share(self) -> float:
        """Reached as a share of the target population."""
        pop = self.total("target_population")
        return self.total("reached") / pop if pop > 0 else 0.0

    @property
    def cost_per_reached_eur(self) -> float | None:
        reached = self.total("reached")
        return self.total_eur / reached if reached > 0 else None

    @property
    def print_avg_frequency(self) -> float:
        r = self.total("reached_print")
        return self.total("print_contacts") / r if r > 0 else 0.0

    @property
    def social_avg_frequency(self) -> float:
        r = self.total("reached_social")
        return self.total("social_contacts") / r if r > 0 else 0.0

    @property
    def ineligible_areas(self) -> list[str]:
        return [c for c, ok in zip(self.model.areas.codes, self.model.eligible) if not ok]

    @property
    def manual_ineligible_funded(self) -> list[str]:
        """Areas that no ad set can take but that got social money anyway (it buys nothing)."""
        funded = (~self.targeted) & (self.social_eur > 0)
        return [c for c, f in zip(self.model.areas.codes, funded) if f]

    @property
    def untargeted_areas(self) -> list[dict]:
        """Areas in no ad set, each with its reason (see :meth:`budgetsim.adsets.AdSets.untargeted`)."""
        return self.model.ad_sets.untargeted()

    def ads_manager_plan(self, weeks: float = WEEKS_PER_YEAR, funded_only: bool = True) -> list[PlanRow]:
        """The plan to type into Ads Manager: per funded ad set its name, areas, postcodes, yearly
        budget and budget per week (:func:`budgetsim.adsets.ads_manager_plan`)."""
        return ads_manager_plan(self.model.ad_sets, self.ad_set_eur, weeks, funded_only)

    def ad_set_rows(self) -> list[dict]:
        """Per ad set: ``{id, name, kind, areas, area_codes, audience, postcodes, social_eur,
        social_shown_eur, impressions, reached_social, reached, marginal_reach_per_100_eur}``
        (SCENARIO.md ``ad_sets``); ``social_shown_eur`` are whole euros adding up to the rounded total."""
        sets = self.model.ad_sets
        reached_social = sets.sums(self.reached_social.sum(axis=1))
        reached = sets.sums(self.reached.sum(axis=1))
        target = sets.sums(self.target_population.sum(axis=1))
        cpm = self.model.assumptions.social.cpm_eur
        shown = round_to_total(self.ad_set_eur)
        rows = sets.rows()
        for j, row in enumerate(rows):
            row.update(
                {
                    "social_eur": float(self.ad_set_eur[j]),
                    "social_shown_eur": float(shown[j]),
                    "impressions": float(1000.0 * self.ad_set_eur[j] / cpm),
                    "target_population": float(target[j]),
                    "reached_social": float(reached_social[j]),
                    "reached": float(reached[j]),
                    "marginal_reach_per_100_eur": float(self.marginal_ad_set_per_100_eur[j]),
                }
            )
        return rows

    def reached_parts(self) -> dict[str, int]:
        """Reached via paper only, social only and both, in whole residents that add up.

        The three totals are each rounded half up -- reached ``R``, via the paper ``P`` and via social
        ``S`` -- so that the same paper gives the same "via the paper" in every column; the parts then
        follow by inclusion-exclusion: both ``= P + S - R``, paper only ``= R - S``, social only
        ``= R - P``. Where rounding would make "both" negative (a vanishing overlap), it is 0 and the
        smaller channel's figure gives way by that one resident.
        """
        reached, paper, social = (
            int(np.floor(self.total(key) + 0.5)) for key in ("reached", "reached_print", "reached_social")
        )
        both = paper + social - reached
        if both < 0:
            if paper <= social:
                paper = reached - social
            else:
                social = reached - paper
            both = 0
        return {"print_only": reached - social, "social_only": reached - paper, "both": both, "reached": reached}

    def key_figures(self) -> dict[str, float | None]:
        """The headline figures: budgets, reached (number, share), 3+, cost, and the channel overlap."""
        both = self.total("reached_both")
        return {
            "print_eur": self.print_eur,
            "social_eur": float(self.social_eur.sum()),
            "total_eur": self.total_eur,
            "target_population": self.total("target_population"),
            "reached": self.total("reached"),
            "reach_share": self.reach_share,
            "reached_3plus": self.total("reached_3plus"),
            "cost_per_reached_eur": self.cost_per_reached_eur,
            "print_only": self.total("reached_print") - both,
            "social_only": self.total("reached_social") - both,
            "both": both,
        }

    def band_rows(self) -> list[dict]:
        """Per target band: target population and reach by channel."""
        rows = []
        for a, band in enumerate(BANDS):
            if not self.model.mask[a]:
                continue
            rows.append(
                {
                    "band": band,
                    "target_population": float(self.target_population[:, a].sum()),
                    "reached": float(self.reached[:, a].sum()),
                    "reached_print": float(self.reached_print[:, a].sum()),
                    "reached_social": float(self.reached_social[:, a].sum()),
                    "reached_both": float(self.reached_both[:, a].sum()),
                    "reached_3plus": float(self.reached_3plus[:, a].sum()),
                }
            )
        return rows

    def area_rows(self) -> list[dict]:
        """Per area: its ad set (``None`` when untargeted, with ``untargeted_reason``), postcodes,
        budget, audience and reach by channel. ``marginal_reach_per_100_eur`` is that of the area's
        ad set (the next €100 goes to the whole ad set)."""
        areas = self.model.areas
        sets = self.model.ad_sets
        ad_set_ids = sets.area_ids()
        sums = {
            k: getattr(self, k).sum(axis=1)
            for k in ("target_population", "reached", "reached_print", "reached_social", "reached_3plus")
        }
        return [
            {
                "code": code,
                "name": name,
                "ad_set": ad_set_ids[i],
                "untargeted_reason": sets.reasons[i],
                "postcodes": list(areas.postcode_list(i)),
                "target_population": float(sums["target_population"][i]),
                "audience": float(self.model.audience[i]),
                "eligible": bool(self.model.eligible[i]),
                "social_eur": float(self.social_eur[i]),
                "reached": float(sums["reached"][i]),
                "reached_print": float(sums["reached_print"][i]),
                "reached_social": float(sums["reached_social"][i]),
                "reached_3plus": float(sums["reached_3plus"][i]),
                "reach_share": float(sums["reached"][i] / sums["target_population"][i])
                if sums["target_population"][i] > 0
                else 0.0,
                "marginal_reach_per_100_eur": float(self.marginal_social_per_100_eur[i]),
            }
            for i, (code, name) in enumerate(zip(areas.codes, areas.names))
        ]

    def shown_area_rows(self) -> list[dict]:
        """:meth:`area_rows` with the figures as shown -- in the CSV per area, on the screen's table
        and in ``evaluate`` -- so the same figure is the same everywhere (MODEL.md "Shown parts add
        up"): residents (target group, audience, reached, via the paper, via social, 3 times or more)
        whole, each column adding up to its rounded total (largest remainder); ``social_eur`` whole
        euros from the ad sets' shown budgets (:func:`budgetsim.adsets.shown_area_budgets`), so an
        area alone shows the euros of its ad set in the Ads Manager plan and the areas add up to the
        rounded total. The audience is :meth:`budgetsim.adsets.AdSets.shown_audience`'s."""
        rows = self.area_rows()
        if not rows:
            return rows
        shown = {
            key: round_to_total([row[key] for row in rows])
            for key in ("target_population", "reached", "reached_print", "reached_social", "reached_3plus")
        }
        shown["audience"] = self.model.ad_sets.shown_audience()[0]
        shown["social_eur"] = shown_area_budgets(self.model.ad_sets, self.ad_set_eur, self.social_eur)
        return [dict(row, **{key: float(values[i]) for key, values in shown.items()}) for i, row in enumerate(rows)]

    def to_dict(self) -> dict:
        """The JSON output of ``budgetsim evaluate --json`` (the key figures and every detail)."""
        return {
            "gemeente": self.model.areas.gemeente_code,
            "gemeente_name": self.model.areas.gemeente_name,
            "level": self.model.areas.level,
            "target_bands": list(self.model.target_bands),
            **self.key_figures(),
            "reached_print": self.total("reached_print"),
            "reached_social": self.total("reached_social"),
            "reached_both": self.total("reached_both"),
            "print": {
                "insertions": self.insertions,
                "price_per_insertion_eur": self.model.price_per_insertion,
                "copies": self.model.copies,
                "avg_frequency": self.print_avg_frequency,
                "marginal_reach_per_100_eur": self.marginal_print_per_100_eur,
            },
            "social": {
                "impressions": float(self.impressions.sum()),
                "avg_frequency": self.social_avg_frequency,
                "ineligible_areas": self.ineligible_areas,
                "untargeted": [
                    {"code": r["code"], "name": r["name"], "reason": r["reason"], "audience": r["audience"]}
                    for r in self.untargeted_areas
                ],
                "unplaced_eur": self.social_unplaced_eur,
            },
            "bands": self.band_rows(),
            "ad_sets": [{key: row[key] for key in AD_SET_JSON_KEYS} for row in self.ad_set_rows()],
            "areas": self.area_rows(),
            "source": "Bron: CBS, Kerncijfers wijken en buurten 2024; aannames budgetsim",
        }
