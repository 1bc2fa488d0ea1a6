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
from .areas import Areas
from .assumptions import Assumptions
from .bands import BANDS, TARGETABLE_BANDS, target_mask

WEEKS_PER_YEAR = 52


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
        return self.assumptions.print.delivery_share * self.areas.dwellings_for_print

    @cached_property
    def price_per_insertion(self) -> float:
        """``price = price_per_page_eur`` when given, else ``price_per_1000_copies_eur * copies / 1000``."""
        page = getattr(self.assumptions.print, "price_per_page_eur", None)
        if page is not None:
            return float(page)
        return self.assumptions.print.price_per_1000_copies_eur * self.copies / 1000.0

    def default_print_eur(self) -> float:
        """Current practice: one municipal page every week for a year (52 insertions)."""
        return WEEKS_PER_YEAR * self.price_per_insertion

    @cached_property
    def audience(self) -> np.ndarray:
        """``A_i = sum_{a in T} N_ia * platform_share[a]``; shape (areas,)."""
        return self.target_population @ self.platform_share

    @cached_property
    def eligible(self) -> np.ndarray:
        """Areas whose audience is at least ``min_audience`` (and not empty)."""
        return (self.audience >= self.assumptions.social.min_audience) & (self.audience > 0)

    @cached_property
    def contacts_per_euro(self) -> np.ndarray:
        """``c_i`` with ``x_i = c_i * social_eur_i``: ``1000 * on_target * noticed / (cpm * A_i)``."""
        s = self.assumptions.social
        with np.errstate(divide="ignore"):
            c = 1000.0 * s.on_target_share * s.noticed_share / (s.cpm_eur * self.audience)
        return np.where(self.audience > 0, c, 0.0)

    # -- curves ---------------------------------------------------------------------------
    def insertions(self, print_eur) -> np.ndarray:
        """``n = print_eur / price`` (continuous)."""
        price = self.price_per_insertion
        return np.asarray(print_eur, float) / price if price > 0 else np.zeros_like(np.asarray(print_eur, float))

    def print_reach(self, print_eur) -> np.ndarray:
        """``rp_a`` over BANDS for a print budget (broadcasts: shape ``print_eur.shape + (5,)``)."""
        p = self.assumptions.print
        n = self.insertions(print_eur)[..., None]
        return reach.print_reach(n, self.page_seen, p.loyalty, p.delivery_share)

    def print_reach_per_eur(self, print_eur) -> np.ndarray:
        """``d rp_a / d print_eur`` over BANDS."""
        p = self.assumptions.print
        price = self.price_per_insertion
        if price <= 0:
            return np.zeros(np.shape(print_eur) + (len(BANDS),))
        n = self.insertions(print_eur)[..., None]
        return reach.print_reach_slope(n, self.page_seen, p.loyalty, p.delivery_share) / price

    def print_reach_and_slope(self, print_eur) -> tuple[np.ndarray, np.ndarray]:
        """``(rp_a, d rp_a / d print_eur)`` over BANDS in one pass (the optimiser's hot path)."""
        p = self.assumptions.print
        price = self.price_per_insertion
        if price <= 0:
            zeros = np.zeros(np.shape(print_eur) + (len(BANDS),))
            return zeros, zeros
        n = self.insertions(print_eur)[..., None]
        rp, slope = reach.print_reach_and_slope(n, self.page_seen, p.loyalty, p.delivery_share)
        return rp, slope / price

    def contacts(self, social_eur) -> np.ndarray:
        """``x_i = I_i * on_target * noticed / A_i`` with ``I_i = 1000 * social_eur_i / cpm``."""
        return self.contacts_per_euro * np.asarray(social_eur, float)

    def social_reach(self, social_eur) -> np.ndarray:
        """``g(x_i)``, reached share of the audience per area."""
        return reach.nbd_reach(self.contacts(social_eur), self.assumptions.social.spread)

    def impressions(self, social_eur) -> np.ndarray:
        """``I_i = 1000 * social_eur_i / cpm``."""
        return 1000.0 * np.asarray(social_eur, float) / self.assumptions.social.cpm_eur

    # -- a whole plan ---------------------------------------------------------------------
    def evaluate(self, print_eur: float, social_eur) -> "Evaluation":
        """Every figure of MODEL.md for print euros and social euros per area."""
        social = np.broadcast_to(np.asarray(social_eur, float), (len(self.areas),))
        if not np.isfinite(print_eur) or print_eur < 0:
            raise ValueError(f"print_eur: must be a number of at least 0 (got {print_eur})")
        if not np.all(np.isfinite(social)) or np.any(social < 0):
            raise ValueError("social_eur: every area's budget must be a number of at least 0")
        pa, sa = self.assumptions.print, self.assumptions.social
        N = self.target_population
        n = float(self.insertions(print_eur))
        rp = self.print_reach(print_eur)  # (5,)
        x = self.contacts(social)  # (areas,)
        g = reach.nbd_reach(x, sa.spread)
        rs = self.platform_share[None, :] * g[:, None]  # (areas, 5)
        reached_print = N * rp
        reached_social = N * rs
        reached_both = N * rp * rs
        reached = reached_print + reached_social - reached_both
        print_pmf = pa.delivery_share * reach.print_count_pmf(n, self.page_seen, pa.loyalty)
        print_pmf[..., 0] += 1.0 - pa.delivery_share
        social_pmf = self.platform_share[None, :, None] * reach.nbd_count_pmf(x, sa.spread)[:, None, :]
        social_pmf[..., 0] += 1.0 - self.platform_share[None, :]
        reached_3plus = N * reach.at_least_three(print_pmf[None, :, :], social_pmf)
        print_contacts = N * pa.delivery_share * n * self.page_seen
        social_contacts = N * self.platform_share[None, :] * x[:, None]
        marginal_print = float(np.sum(N * self.print_reach_per_eur(print_eur) * (1.0 - rs))) * 100.0
        slope = reach.nbd_reach_slope(x, sa.spread) * self.contacts_per_euro
        marginal_social = (N * (1.0 - rp) * self.platform_share).sum(axis=1) * slope * 100.0
        return Evaluation(
            model=self,
            print_eur=float(print_eur),
            social_eur=social.copy(),
            insertions=n,
            target_population=N,
            reached=reached,
            reached_print=reached_print,
            reached_social=reached_social,
            reached_both=reached_both,
            reached_3plus=reached_3plus,
            print_contacts=print_contacts,
            social_contacts=social_contacts,
            impressions=self.impressions(social),
            marginal_print_per_100_eur=marginal_print,
            marginal_social_per_100_eur=marginal_social,
        )


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
    marginal_social_per_100_eur: np.ndarray

    @property
    def total_eur(self) -> float:
        return self.print_eur + float(self.social_eur.sum())

    def total(self, name: str) -> float:
        """Sum of one (areas, bands) figure over everything, e.g. ``total("reached")``."""
        return float(getattr(self, name).sum())

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
        """Ineligible areas that got social money anyway (allowed for manual splits, but warned)."""
        funded = (~self.model.eligible) & (self.social_eur > 0)
        return [c for c, f in zip(self.model.areas.codes, funded) if f]

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
            rows.append({
                "band": band,
                "target_population": float(self.target_population[:, a].sum()),
                "reached": float(self.reached[:, a].sum()),
                "reached_print": float(self.reached_print[:, a].sum()),
                "reached_social": float(self.reached_social[:, a].sum()),
                "reached_both": float(self.reached_both[:, a].sum()),
                "reached_3plus": float(self.reached_3plus[:, a].sum()),
            })
        return rows

    def area_rows(self) -> list[dict]:
        """Per area: budget, audience and reach by channel."""
        areas = self.model.areas
        sums = {k: getattr(self, k).sum(axis=1) for k in
                ("target_population", "reached", "reached_print", "reached_social", "reached_3plus")}
        return [
            {
                "code": code,
                "name": name,
                "target_population": float(sums["target_population"][i]),
                "audience": float(self.model.audience[i]),
                "eligible": bool(self.model.eligible[i]),
                "social_eur": float(self.social_eur[i]),
                "reached": float(sums["reached"][i]),
                "reached_print": float(sums["reached_print"][i]),
                "reached_social": float(sums["reached_social"][i]),
                "reached_3plus": float(sums["reached_3plus"][i]),
                "reach_share": float(sums["reached"][i] / sums["target_population"][i])
                if sums["target_population"][i] > 0 else 0.0,
                "marginal_reach_per_100_eur": float(self.marginal_social_per_100_eur[i]),
            }
            for i, (code, name) in enumerate(zip(areas.codes, areas.names))
        ]

    def to_dict(self) -> dict:
        """The JSON output of ``budgetsim evaluate --json`` (the key figures and every detail)."""
        return {
            "gemeente": self.model.areas.gemeente_code,
            "gemeente_name": self.model.areas.gemeente_name,
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
            },
            "bands": self.band_rows(),
            "areas": self.area_rows(),
            "source": "Bron: CBS, Kerncijfers wijken en buurten 2024; aannames budgetsim",
        }
