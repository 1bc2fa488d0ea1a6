"""The year as campaigns (MODEL.md 2.2 "Campaigns"): each topic its own weeks, age bands, areas and euros.

A :class:`Campaign` validates itself. :class:`CampaignPlan` resolves the campaigns' areas on a
:class:`~budgetsim.model.ReachModel`, builds each campaign's own ad sets once (the pooling rule of
"Ad sets" on its areas and bands) and evaluates a print budget: :meth:`CampaignPlan.evaluate` gives
a :class:`CampaignYear`, the year's :class:`~budgetsim.model.Evaluation` (contacts add up over the
campaigns) and a :class:`CampaignResult` per campaign (among its own target, with the paper in its
weeks when its message is on the page). :func:`campaign_ads_plan` gives the rows to type into Ads
Manager per campaign. Everything is numpy over the areas; errors and reasons are keyed Messages.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from typing import Literal, get_args

import numpy as np

from . import reach
from .adsets import AdSets, build_ad_sets, shown_budgets
from .allocation import water_fill
from .bands import BANDS, TARGETABLE_BANDS
from .model import WEEKS_PER_YEAR, Evaluation, ReachModel, channel_figures
from .problems import Message, MessageError
from .rounding import round_to_total

#: How a campaign splits its euros over its own ad sets.
CampaignSplit = Literal["by_audience", "optimal"]
CAMPAIGN_SPLITS: tuple[str, ...] = get_args(CampaignSplit)
#: Keys of each entry of ``campaigns`` in ``evaluate --json`` (SCENARIO.md "Campaigns").
CAMPAIGN_JSON_KEYS = (
    "name",
    "weeks",
    "social_eur",
    "target_population",
    "reached",
    "reach_share",
    "reached_print",
    "reached_social",
    "reached_both",
    "reached_3plus",
    "ad_sets",
    "untargeted_reason",
)


class CampaignError(MessageError):
    """A campaign that cannot be: ``campaign`` (its name), ``field`` (``weeks``, ``bands``, ``areas``,
    ``social_eur``, ``split``, ``name``) and ``what``, a Message ``campaigns.error.*`` that names the
    campaign."""

    def __init__(self, campaign: str, field: str, key: str, **params):
        self.campaign = campaign
        self.field = field
        super().__init__(key, campaign=campaign, **params)


@dataclass(frozen=True)
class Campaign:
    """One campaign of the year: ``weeks`` (first, last) within 1–52, its ``bands`` (targetable,
    at least one), ``areas`` (area codes or ad-set ids of the scenario; None: all), social euros,
    ``split`` (``by_audience`` or ``optimal``) and ``in_paper`` (its message on the municipal page
    in its weeks)."""

    name: str
    weeks: tuple[int, int] = (1, WEEKS_PER_YEAR)
    bands: tuple[str, ...] = TARGETABLE_BANDS
    areas: tuple[str, ...] | None = None
    social_eur: float = 0.0
    split: CampaignSplit = "by_audience"
    in_paper: bool = True

    def __post_init__(self) -> None:
        name = str(self.name).strip()
        if not name:
            raise CampaignError(str(self.name), "name", "campaigns.error.name_empty")
        object.__setattr__(self, "name", name)
        weeks = tuple(self.weeks)
        if len(weeks) != 2 or not all(isinstance(w, (int, np.integer)) and not isinstance(w, bool) for w in weeks):
            raise CampaignError(name, "weeks", "campaigns.error.weeks_pair", got=str(list(weeks)))
        first, last = (int(w) for w in weeks)
        if not (1 <= first <= WEEKS_PER_YEAR and 1 <= last <= WEEKS_PER_YEAR):
            raise CampaignError(name, "weeks", "campaigns.error.weeks_range", first=first, last=last)
        if first > last:
            raise CampaignError(name, "weeks", "campaigns.error.weeks_reversed", first=first, last=last)
        object.__setattr__(self, "weeks", (first, last))
        bands = tuple(self.bands)
        if not bands:
            raise CampaignError(name, "bands", "campaigns.error.bands_empty", allowed=", ".join(TARGETABLE_BANDS))
        unknown = [b for b in bands if b not in TARGETABLE_BANDS]
        if unknown:
            raise CampaignError(
                name, "bands", "campaigns.error.band_unknown", band=unknown[0], allowed=", ".join(TARGETABLE_BANDS)
            )
        object.__setattr__(self, "bands", tuple(b for b in TARGETABLE_BANDS if b in bands))
        if self.areas is not None:
            areas = tuple(str(a) for a in self.areas)
            if not areas:
                raise CampaignError(name, "areas", "campaigns.error.areas_empty")
            object.__setattr__(self, "areas", areas)
        euros = float(self.social_eur)
        if not math.isfinite(euros) or euros < 0:
            raise CampaignError(name, "social_eur", "campaigns.error.eur_negative", got=euros)
        object.__setattr__(self, "social_eur", euros)
        if self.split not in CAMPAIGN_SPLITS:
            raise CampaignError(
                name, "split", "campaigns.error.split", allowed=", ".join(CAMPAIGN_SPLITS), got=str(self.split)
            )

    @property
    def week_count(self) -> int:
        """``|w_c|``: the weeks from the first to the last, both included."""
        return self.weeks[1] - self.weeks[0] + 1

    @property
    def band_mask(self) -> np.ndarray:
        """Boolean over :data:`~budgetsim.bands.BANDS`: the campaign's bands."""
        return np.array([b in self.bands for b in BANDS])

    def scaled(self, factor: float) -> Campaign:
        """The same campaign with ``factor`` times its euros."""
        return Campaign(
            self.name, self.weeks, self.bands, self.areas, self.social_eur * factor, self.split, self.in_paper
        )

    def to_dict(self) -> dict:
        """The campaign as in the scenario file (SCENARIO.md "Campaigns")."""
        return {
            "name": self.name,
            "weeks": list(self.weeks),
            "bands": list(self.bands),
            "areas": None if self.areas is None else list(self.areas),
            "social_eur": self.social_eur,
            "split": self.split,
            "in_paper": self.in_paper,
        }


def check_names(campaigns) -> None:
    """Every campaign's name once (``campaigns.error.duplicate_name``)."""
    seen: set[str] = set()
    for c in campaigns:
        if c.name in seen:
            raise CampaignError(c.name, "name", "campaigns.error.duplicate_name")
        seen.add(c.name)


def scaled_campaigns(campaigns, social_eur: float) -> tuple[Campaign, ...]:
    """The campaigns scaled by one factor so that their euros add up to ``social_eur`` (MODEL.md: moving
    the plan's social budget scales every campaign by the same factor); campaigns without euros share
    a new total equally."""
    campaigns = tuple(campaigns)
    old = sum(c.social_eur for c in campaigns)
    if not campaigns:
        return campaigns
    if old > 0:
        return tuple(c.scaled(social_eur / old) for c in campaigns)
    share = social_eur / len(campaigns)
    return tuple(Campaign(**{**c.__dict__, "social_eur": share}) for c in campaigns)


def area_mask(model: ReachModel, campaign: Campaign) -> np.ndarray:
    """``U_c`` as a boolean over the model's areas: all areas when ``campaign.areas`` is None; an area
    code is that area, an ad-set id of the model (``<wijk code>-rest``, ``<gemeente code>-rest``) its
    areas, and at buurt level a wijk code all its buurten. Anything else is refused
    (``campaigns.error.unknown_area``; a buurt code at wijk level: ``campaigns.error.buurt_at_wijk_level``)."""
    areas = model.areas
    if campaign.areas is None:
        return np.ones(len(areas), dtype=bool)
    index = areas.index()
    wijk = np.asarray(areas.wijk_codes) if areas.wijk_codes is not None else None
    mask = np.zeros(len(areas), dtype=bool)
    for code in campaign.areas:
        if code in index:
            mask[index[code]] = True
            continue
        j = model.ad_sets.index(code)
        if j is not None:
            mask[list(model.ad_sets.members[j])] = True
            continue
        if wijk is not None and np.any(wijk == code):
            mask |= wijk == code
            continue
        if areas.level == "wijk" and code.startswith("BU"):
            raise CampaignError(campaign.name, "areas", "campaigns.error.buurt_at_wijk_level", code=code)
        examples = ", ".join(areas.codes[:3]) + (", …" if len(areas) > 3 else "")
        raise CampaignError(campaign.name, "areas", "campaigns.error.unknown_area", code=code, examples=examples)
    return mask


@dataclass(frozen=True)
class CampaignResult:
    """One campaign's figures among its own target ``N_c`` (arrays (areas, 5), 0 outside its areas
    and bands): print over ``insertions`` (``n_c``), social with ``contacts`` (``x_c,i`` per area)."""

    campaign: Campaign
    ad_sets: AdSets
    ad_set_eur: np.ndarray
    insertions: float
    contacts: np.ndarray
    target_population: np.ndarray
    reached: np.ndarray
    reached_print: np.ndarray
    reached_social: np.ndarray
    reached_both: np.ndarray
    reached_3plus: np.ndarray
    cpm_eur: float
    #: Euros that no ad set of the campaign can take (a campaign too small to aim at).
    unplaced_eur: float = 0.0
    #: Why the campaign cannot be aimed (``campaigns.untargetable``), else None.
    untargeted_reason: Message | None = None

    def total(self, name: str) -> float:
        return float(getattr(self, name).sum())

    @property
    def placed_eur(self) -> float:
        """The campaign's euros its ad sets take."""
        return float(self.ad_set_eur.sum())

    @property
    def reach_share(self) -> float:
        pop = self.total("target_population")
        return self.total("reached") / pop if pop > 0 else 0.0

    @property
    def cost_per_reached_eur(self) -> float | None:
        """Its social euros over its target residents reached (None when nothing is reached or spent)."""
        reached = self.total("reached")
        return self.placed_eur / reached if reached > 0 and self.placed_eur > 0 else None

    def ad_set_rows(self) -> list[dict]:
        """Per ad set of the campaign: ``{id, name, kind, areas, area_codes, audience, postcodes,
        social_eur, social_shown_eur, impressions, reached_social}``."""
        sets = self.ad_sets
        reached_social = sets.sums(self.reached_social.sum(axis=1))
        shown = round_to_total(self.ad_set_eur)
        rows = sets.rows()
        for j, row in enumerate(rows):
            row.update(
                social_eur=float(self.ad_set_eur[j]),
                social_shown_eur=float(shown[j]),
                impressions=float(1000.0 * self.ad_set_eur[j] / self.cpm_eur),
                reached_social=float(reached_social[j]),
            )
        return rows

    def key_figures(self) -> dict:
        """Name, weeks, bands, euros and the campaign's figures (totals over its target)."""
        c = self.campaign
        return {
            "name": c.name,
            "weeks": list(c.weeks),
            "bands": list(c.bands),
            "areas": None if c.areas is None else list(c.areas),
            "in_paper": c.in_paper,
            "split": c.split,
            "social_eur": c.social_eur,
            "unplaced_eur": self.unplaced_eur,
            "insertions": self.insertions,
            "target_population": self.total("target_population"),
            "reached": self.total("reached"),
            "reach_share": self.reach_share,
            "reached_print": self.total("reached_print"),
            "reached_social": self.total("reached_social"),
            "reached_both": self.total("reached_both"),
            "reached_3plus": self.total("reached_3plus"),
            "cost_per_reached_eur": self.cost_per_reached_eur,
        }

    def to_dict(self, lang: str = "en") -> dict:
        """The entry of ``campaigns`` in ``evaluate --json`` (SCENARIO.md), and the rest of
        :meth:`key_figures`; ``untargeted_reason`` in ``lang``."""
        keys = ("id", "name", "areas", "audience", "social_eur", "impressions", "reached_social", "postcodes")
        reason = None if self.untargeted_reason is None else self.untargeted_reason.render(lang)
        return {
            **self.key_figures(),
            "ad_sets": [{k: row[k] for k in keys} for row in self.ad_set_rows()],
            "untargeted_reason": reason,
        }


@dataclass(frozen=True)
class CampaignYear:
    """The year's figures (the scenario's target group, contacts added up over the campaigns) and
    each campaign's."""

    year: Evaluation
    campaigns: tuple[CampaignResult, ...]

    def to_list(self, lang: str = "en") -> list[dict]:
        """``campaigns`` of ``evaluate --json``."""
        return [c.to_dict(lang) for c in self.campaigns]


def _same_ad_sets(a: AdSets, b: AdSets) -> bool:
    return a.ids == b.ids and np.array_equal(a.area_set, b.area_set)


@dataclass(frozen=True)
class CampaignPlan:
    """A model and its campaigns: each campaign's areas resolved and its ad sets built once.

    ``weights`` (``w_i``, default 1) enter each ``optimal`` campaign's own split.
    """

    model: ReachModel
    campaigns: tuple[Campaign, ...]
    weights: np.ndarray | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "campaigns", tuple(self.campaigns))
        check_names(self.campaigns)
        if self.weights is not None:
            weights = np.asarray(self.weights, float)
            if weights.shape != (len(self.model.areas),):
                raise ValueError(f"weights: expected {len(self.model.areas)} values, got {weights.size}")
            object.__setattr__(self, "weights", weights)

    @cached_property
    def area_masks(self) -> tuple[np.ndarray, ...]:
        """``U_c`` per campaign (raises :class:`CampaignError` for an unknown area)."""
        return tuple(area_mask(self.model, c) for c in self.campaigns)

    @cached_property
    def shares(self) -> np.ndarray:
        """``platform_share[a]`` over all bands (not only the scenario's target group)."""
        ps = self.model.assumptions.social.platform_share
        return np.array([ps.get(b, 0.0) for b in BANDS])

    @cached_property
    def targets(self) -> tuple[np.ndarray, ...]:
        """``N_c``: ``N_ia`` for i in ``U_c`` and a in ``B_c``, 0 elsewhere; (areas, 5) per campaign."""
        population = self.model.areas.population
        return tuple(population * c.band_mask * mask[:, None] for c, mask in zip(self.campaigns, self.area_masks))

    @cached_property
    def audiences(self) -> tuple[np.ndarray, ...]:
        """``A_c,i = sum over a in B_c of N_ia * platform_share[a]`` for i in ``U_c`` (0 elsewhere)."""
        population = self.model.areas.population
        out = []
        for c, mask in zip(self.campaigns, self.area_masks):
            bands = c.band_mask
            out.append(np.where(mask, (population * bands) @ (self.shares * bands), 0.0))
        return tuple(out)

    @cached_property
    def ad_sets(self) -> tuple[AdSets, ...]:
        """Each campaign's ad sets: the pooling rule on its own areas and bands (campaigns with the
        same areas and bands share them)."""
        built: dict[tuple, AdSets] = {}
        out = []
        min_audience = self.model.assumptions.social.min_audience
        for c, mask, audience in zip(self.campaigns, self.area_masks, self.audiences):
            key = (c.bands, mask.tobytes())
            if key not in built:
                same_as_model = c.bands == self.model.target_bands and bool(mask.all())
                built[key] = (
                    self.model.ad_sets if same_as_model else build_ad_sets(self.model.areas, audience, min_audience)
                )
            out.append(built[key])
        return tuple(out)

    @cached_property
    def contacts_per_euro(self) -> tuple[np.ndarray, ...]:
        """``c_s = 1000 * on_target * noticed / (cpm * A_c,s)`` per ad set of each campaign."""
        return tuple(self.model.contacts_per_euro_for(sets.audience) for sets in self.ad_sets)

    def campaign_insertions(self, insertions: float) -> np.ndarray:
        """``n_c = n * |w_c| / 52`` for campaigns on the page in their weeks, else 0."""
        return np.array([insertions * (c.week_count / WEEKS_PER_YEAR) if c.in_paper else 0.0 for c in self.campaigns])

    @cached_property
    def cells(self) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
        """Per campaign, the positions of its areas and of its bands: its figures live there only."""
        return tuple(
            (np.flatnonzero(mask), np.flatnonzero(c.band_mask)) for c, mask in zip(self.campaigns, self.area_masks)
        )

    @cached_property
    def _spread_shares(self) -> tuple[tuple[np.ndarray, np.ndarray, np.ndarray], ...]:
        """Per campaign: its targeted areas, their ad set and their share of its audience."""
        out = []
        for sets in self.ad_sets:
            keep = np.flatnonzero(sets.area_set >= 0)
            with np.errstate(invalid="ignore", divide="ignore"):
                share = sets.area_audience[keep] / sets.audience[sets.area_set[keep]]
            out.append((keep, sets.area_set[keep], share))
        return tuple(out)

    def spread(self, j: int, euros: np.ndarray) -> np.ndarray:
        """Campaign ``j``'s euros per ad set onto its areas in proportion to audience (as
        :meth:`budgetsim.adsets.AdSets.spread`, with the shares worked out once)."""
        keep, ad_set, share = self._spread_shares[j]
        out = np.zeros(len(self.model.areas))
        out[keep] = euros[ad_set] * share
        return out

    def print_reach(self, insertions) -> np.ndarray:
        """``rp_a(n_c)`` over BANDS for each campaign's insertions; shape (campaigns, 5)."""
        p = self.model.assumptions.print
        return reach.print_reach(
            np.asarray(insertions, float)[..., None], self.model.page_seen, p.loyalty, p.delivery_share
        )

    def split(self, j: int, print_reach_c: np.ndarray) -> np.ndarray:
        """Euros per ad set of campaign ``j``: by audience, or its own best split (water-filling of
        ``sum_i w_i sum_(a in B_c) reached_ia`` among its target, with its paper's reach ``rp_a(n_c)``)."""
        c, sets = self.campaigns[j], self.ad_sets[j]
        if sets.untargetable or c.social_eur <= 0:
            return np.zeros(len(sets))
        if c.split == "by_audience":
            euros = c.social_eur * (sets.audience / sets.audience.sum())
        else:
            weights = np.ones(len(self.model.areas)) if self.weights is None else self.weights
            cpe = self.contacts_per_euro[j]
            bands = c.band_mask
            K = sets.sums(weights * (self.targets[j] @ (self.shares * bands * (1.0 - print_reach_c)))) * cpe
            lo, hi = np.zeros(len(sets)), np.full(len(sets), np.inf)
            euros = water_fill(K, cpe, self.model.assumptions.social.spread, lo, hi, c.social_eur).euros
        return sets.sums(self.spread(j, euros))  # as Meta spends it: over the areas by audience

    def evaluate(self, print_eur: float) -> CampaignYear:
        """The year and every campaign for a print budget (MODEL.md "Campaigns")."""
        model = self.model
        d = model.assumptions.print.delivery_share
        n = float(model.insertions(print_eur))
        n_c = self.campaign_insertions(n)
        rp_c = self.print_reach(n_c)  # (campaigns, 5)
        pmf_c = d * reach.print_count_pmf(n_c[:, None], model.page_seen, model.assumptions.print.loyalty)
        pmf_c[..., 0] += 1.0 - d  # (campaigns, 5, 3)
        spread = model.assumptions.social.spread
        shape = (len(model.areas), len(BANDS))
        contacts_year = np.zeros(shape)
        social_year = np.zeros(shape[0])
        ad_set_eur_year = np.zeros(len(model.ad_sets))
        targeted_year = model.targeted.copy()
        results = []
        for j, c in enumerate(self.campaigns):
            sets = self.ad_sets[j]
            euros = self.split(j, rp_c[j])
            x = sets.broadcast(self.contacts_per_euro[j] * euros)
            contacts_year = contacts_year + x[:, None] * c.band_mask
            per_area = self.spread(j, euros)
            social_year = social_year + per_area
            same = _same_ad_sets(sets, model.ad_sets)
            ad_set_eur_year = ad_set_eur_year + (euros if same else model.ad_sets.sums(per_area))
            targeted_year |= sets.targeted
            rows, cols = self.cells[j]
            block = np.ix_(rows, cols)
            N_c = self.targets[j]
            x_block = x[rows, None]  # the same contacts in every band of the campaign
            figures = channel_figures(N_c[block], self.shares[cols], rp_c[j, cols], pmf_c[j, cols], x_block, spread)
            full = {}
            for key in ("reached", "reached_print", "reached_social", "reached_both", "reached_3plus"):
                full[key] = np.zeros(shape)
                full[key][block] = figures[key]
            untargetable = sets.untargetable and c.social_eur > 0
            results.append(
                CampaignResult(
                    campaign=c,
                    ad_sets=sets,
                    ad_set_eur=euros,
                    insertions=float(n_c[j]),
                    contacts=x,
                    target_population=N_c,
                    **full,
                    cpm_eur=model.assumptions.social.cpm_eur,
                    unplaced_eur=c.social_eur if untargetable else 0.0,
                    untargeted_reason=untargetable_reason(c, self.audiences[j], sets.min_audience)
                    if untargetable
                    else None,
                )
            )
        year = model.evaluate_contacts(print_eur, social_year, ad_set_eur_year, contacts_year)
        unplaced = float(sum(r.unplaced_eur for r in results))
        year = replace(year, social_unplaced_eur=unplaced, social_targeted=targeted_year)
        return CampaignYear(year, tuple(results))


def untargetable_reason(campaign: Campaign, audience: np.ndarray, min_audience: float) -> Message:
    """Why a campaign cannot be aimed: its whole audience is below ``min_audience`` (``campaigns.untargetable``)."""
    return Message(
        "campaigns.untargetable",
        campaign=campaign.name,
        audience=float(np.sum(audience)),
        min_audience=float(min_audience),
    )


# -- the plan for Ads Manager, per campaign ----------------------------------------------------------


@dataclass(frozen=True)
class CampaignPlanRow:
    """One ad set of one campaign as set up in Ads Manager: where (postcodes), whom (age bands), when
    (Monday of the first ISO week to Sunday of the last, of the plan year) and how much."""

    campaign: str
    ad_set: str
    ad_set_name: str
    areas: tuple[str, ...]
    postcodes: tuple[str, ...]
    bands: tuple[str, ...]
    start: date
    end: date
    weeks: int
    total_eur: float
    weekly_eur: float
    total_shown_eur: float
    weekly_shown_eur: float

    def to_dict(self) -> dict:
        return {
            "campaign": self.campaign,
            "ad_set": self.ad_set,
            "ad_set_name": self.ad_set_name,
            "areas": list(self.areas),
            "postcodes": list(self.postcodes),
            "bands": list(self.bands),
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "weeks": self.weeks,
            "total_eur": self.total_eur,
            "weekly_eur": self.weekly_eur,
            "total_shown_eur": self.total_shown_eur,
            "weekly_shown_eur": self.weekly_shown_eur,
        }


def iso_week_dates(year: int, first: int, last: int) -> tuple[date, date]:
    """Monday of ISO week ``first`` and Sunday of ISO week ``last`` of ``year``."""
    return date.fromisocalendar(year, first, 1), date.fromisocalendar(year, last, 7)


def campaign_ads_plan(results, plan_year: int) -> list[CampaignPlanRow]:
    """Per campaign, per funded ad set: postcodes, age bands, start and end dates (ISO weeks of
    ``plan_year``), euros in total and per week (whole euros and cents that add up per campaign)."""
    rows = []
    for result in results:
        c = result.campaign
        start, end = iso_week_dates(plan_year, *c.weeks)
        shown_total, shown_weekly = shown_budgets(result.ad_set_eur, c.week_count)
        sets = result.ad_sets
        for j in np.flatnonzero(result.ad_set_eur > 0):
            rows.append(
                CampaignPlanRow(
                    campaign=c.name,
                    ad_set=sets.ids[j],
                    ad_set_name=sets.names[j],
                    areas=sets.member_names(j),
                    postcodes=sets.postcodes[j],
                    bands=c.bands,
                    start=start,
                    end=end,
                    weeks=c.week_count,
                    total_eur=float(result.ad_set_eur[j]),
                    weekly_eur=float(result.ad_set_eur[j] / c.week_count),
                    total_shown_eur=float(shown_total[j]),
                    weekly_shown_eur=float(shown_weekly[j]),
                )
            )
    return rows
