"""From a scenario file to numbers: its areas, its model, the social split and the optimiser's inputs.

Everything that builds the model from a :class:`~budgetsim.scenario.Scenario` lives here (the
scenario package only reads, checks and writes files): the areas (inline or bundled), the
assumptions, the :class:`~budgetsim.model.ReachModel`, the print budget when the file leaves it
to the default, the arrays over the areas (weights, manual euros, limits), the uncertainty ranges,
and :func:`new_scenario`, which needs the model for the default print budget.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

import numpy as np

from . import data as cbs
from . import reach
from .adsets import AdSetError
from .allocation import Constraints, InfeasibleBudget, evaluate_split, manual_euros
from .areas import Areas
from .areas_csv import areas_to_scenario_list
from .assumptions import Assumptions
from .bands import BANDS, NATIONAL_AGE_SHARES
from .campaigns import (
    Campaign,
    CampaignError,
    CampaignPlan,
    CampaignPlanRow,
    CampaignYear,
    campaign_ads_plan,
    scaled_campaigns,
)
from .model import UNSPENT_NOTE_EUR, Evaluation, ReachModel
from .problems import InputError, Message, Problem
from .scenario.messages import problem
from .scenario.read import scenario_from_dict
from .scenario.schema import SCHEMA_VERSION, AreaEntry, Scenario
from .uncertainty import effective_ranges

# -- a scenario's model --------------------------------------------------------------------------


def scenario_areas(scenario: Scenario) -> Areas:
    """The inline areas, else the gemeente's bundled wijken or buurten (``level``); ``area_names`` applied."""
    if scenario.inline_areas is not None:
        base = _areas_from_entries(scenario.inline_areas, scenario.gemeente)
    else:
        assert scenario.gemeente is not None  # a file without areas names its gemeente (checked when read)
        base = cbs.gemeente_areas(scenario.gemeente, scenario.area_level)
    return base.with_names(scenario.area_names)


def _areas_from_entries(entries: list[AreaEntry], gemeente: str | None) -> Areas:
    shares = None
    if any(e.age_shares is not None for e in entries):
        national = [NATIONAL_AGE_SHARES[b] for b in BANDS]
        shares = [[e.age_shares[b] for b in BANDS] if e.age_shares else national for e in entries]
    known = cbs.gemeente_by_code(gemeente) if gemeente else None
    return Areas.from_columns(
        [e.code for e in entries],
        [e.name or e.code for e in entries],
        [e.residents for e in entries],
        [e.dwellings for e in entries],
        shares,
        gemeente_code=gemeente,
        gemeente_name=known.name if known else None,
    )


def scenario_assumptions(scenario: Scenario) -> Assumptions:
    """The file's assumptions as the model's (validated) dataclasses (without the file's marks,
    such as ``price_per_page_estimated``)."""
    return Assumptions.from_dict(scenario.assumptions.model_dump(exclude={"print": {"price_per_page_estimated"}}))


def build_model(scenario: Scenario, areas: Areas | None = None) -> ReachModel:
    """The reach model of a scenario (over ``areas`` when they were built already)."""
    areas = areas if areas is not None else scenario_areas(scenario)
    return ReachModel(areas, scenario_assumptions(scenario), tuple(scenario.target_bands))


def print_budget_eur(scenario: Scenario, model: ReachModel | None = None) -> float:
    """``budget.print_eur``, or the default (a page in every issue for a year) when it is null."""
    if scenario.budget.print_eur is not None:
        return scenario.budget.print_eur
    return float(round((model or build_model(scenario)).default_print_eur()))


def current_budget_eur(scenario: Scenario, model: ReachModel | None = None) -> tuple[float, float]:
    """``(print_eur, social_eur)`` of the current situation (MODEL.md "Nu"): the file's ``current``,
    else a page in every issue (``issues_per_year`` pages) at the scenario's page price and no
    social. Never the plan's budgets."""
    current = scenario.current
    social = current.social_eur if current is not None else 0.0
    if current is not None and current.print_eur is not None:
        return current.print_eur, social
    return float(round((model or build_model(scenario)).default_print_eur())), social


@dataclass(frozen=True)
class SurveyTerms:
    """Shares of a group in a burgerpanel's words: reads the page (almost) every week (4 of 4
    issues), sometimes (1–3 of 4), or never or does not receive the paper. They add up to 1."""

    every_week: float
    sometimes: float
    never_or_not_received: float

    def to_dict(self) -> dict[str, float]:
        return {
            "every_week": self.every_week,
            "sometimes": self.sometimes,
            "never_or_not_received": self.never_or_not_received,
        }


@dataclass(frozen=True)
class SurveyReading:
    """:class:`SurveyTerms` of the whole target group (weighted by its residents) and per band."""

    total: SurveyTerms
    by_band: dict[str, SurveyTerms]


@dataclass(frozen=True)
class PanelFigure:
    """A published burgerpanel's answer to "how often do you read the municipal page?"."""

    gemeente: str
    year: int | None
    every_week: float
    sometimes: float | None


#: The panels MODEL.md cites, to hold the model's figures against.
PUBLISHED_PANELS: tuple[PanelFigure, ...] = (
    PanelFigure("Sliedrecht", 2019, 0.50, 0.27),
    PanelFigure("Papendrecht", None, 0.37, 0.36),
    PanelFigure("Krimpenerwaard", 2022, 0.29, None),
)


def survey_terms(model: ReachModel) -> SurveyReading:
    """What the print assumptions imply in survey words, over four issues (a month of a weekly page):
    per target band and over the target group, weighted by its residents (MODEL.md beta-binomial)."""
    p = model.assumptions.print
    population = model.target_population.sum(axis=0)
    per_band, total = reach.survey_terms_weighted(model.page_seen, p.loyalty, p.delivery_share, population)
    by_band = {
        band: SurveyTerms(*(float(v) for v in per_band[i]))
        for i, band in enumerate(BANDS)
        if band in model.target_bands
    }
    return SurveyReading(SurveyTerms(*(float(v) for v in total)), by_band)


def uncertainty_ranges(scenario: Scenario, model: ReachModel | None = None) -> dict[str, tuple[float, float]]:
    """Range of every uncertain parameter: the file's own, else the default widened to the value.

    Per-band parameters (``print.page_seen``, ``social.platform_share``) get a factor range.
    """
    given = {k: (float(v[0]), float(v[1])) for k, v in scenario.uncertainty.ranges.items()}
    return effective_ranges(model or build_model(scenario), given)


@dataclass(frozen=True)
class ScenarioPlan:
    """A scenario with its model and per-area arrays resolved once."""

    scenario: Scenario

    @cached_property
    def model(self) -> ReachModel:
        return build_model(self.scenario)

    @property
    def areas(self) -> Areas:
        return self.model.areas

    @cached_property
    def weights(self) -> np.ndarray:
        """``w_i`` over the areas (1 where not given)."""
        return self.areas.per_area(self.scenario.area_weights, default=1.0)

    def manual_social(self) -> np.ndarray:
        """``budget.social_manual_eur`` (euros per ad set) over the areas: each ad set's euros spread
        over its areas by audience (0 where not given). An area inside a pool is refused naming it."""
        try:
            return manual_euros(self.model, dict(self.scenario.budget.social_manual_eur))
        except AdSetError as exc:
            raise InputError(Problem(exc.path, exc.what)) from None

    @cached_property
    def constraints(self) -> Constraints:
        """Print limits and limits per ad set (``constraints.area_min_eur``/``area_max_eur`` name ad sets)."""
        c = self.scenario.constraints
        out = Constraints(
            print_min_eur=c.print_min_eur,
            print_max_eur=np.inf if c.print_max_eur is None else c.print_max_eur,
            ad_set_min_eur=dict(c.area_min_eur),
            ad_set_max_eur=dict(c.area_max_eur),
        )
        try:
            out.ad_set_bounds(self.model)
        except AdSetError as exc:
            raise InputError(Problem(exc.path, exc.what)) from None
        return out

    @property
    def print_eur(self) -> float:
        return print_budget_eur(self.scenario, self.model)

    def uncertainty_ranges(self) -> dict[str, tuple[float, float]]:
        return uncertainty_ranges(self.scenario, self.model)

    @property
    def current_eur(self) -> tuple[float, float]:
        """``(print_eur, social_eur)`` of the current situation."""
        return current_budget_eur(self.scenario, self.model)

    def current_plan(self) -> ScenarioPlan:
        """The current situation as a plan: the same areas and assumptions, the current budgets
        (a manual split scaled to the current social total, as :func:`with_budget` does)."""
        print_eur, social_eur = self.current_eur
        always_on = self.scenario
        if always_on.campaigns:  # "Nu" is one always-on campaign over the target group
            always_on = scenario_from_dict({**always_on.to_dict(), "campaigns": []})
        return ScenarioPlan(with_budget(always_on, print_eur=print_eur, social_eur=social_eur))

    @property
    def social_eur(self) -> float:
        return self.scenario.budget.social_eur

    @property
    def total_eur(self) -> float:
        return self.print_eur + self.social_eur

    def social_by_area(self) -> np.ndarray:
        """The scenario's own social euros per area, following its ``social_split`` (or its campaigns)."""
        return self.evaluate().social_eur

    @property
    def plan_year(self) -> int:
        """The year the campaigns' weeks belong to (ISO weeks): the file's ``plan_year``, else next year."""
        return self.scenario.plan_year or date.today().year + 1

    @cached_property
    def campaigns(self) -> tuple[Campaign, ...]:
        """The file's campaigns (empty: one always-on campaign over the target group, as before)."""
        return tuple(scenario_campaign(entry) for entry in self.scenario.campaigns)

    @cached_property
    def campaign_plan(self) -> CampaignPlan | None:
        """The campaigns on the model, their areas resolved and ad sets built (None without campaigns);
        an area that is no area or ad set of the model is refused naming the campaign."""
        if not self.campaigns:
            return None
        plan = CampaignPlan(self.model, self.campaigns, self.weights)
        try:
            plan.ad_sets  # noqa: B018  (resolves every campaign's areas and builds its ad sets now)
        except CampaignError as exc:
            j = next(k for k, c in enumerate(self.campaigns) if c.name == exc.campaign)
            raise InputError(Problem(f"campaigns[{j}].{exc.field}", exc.what)) from None
        return plan

    @cached_property
    def campaign_year(self) -> CampaignYear | None:
        """The year and every campaign's figures (None without campaigns)."""
        plan = self.campaign_plan
        return None if plan is None else plan.evaluate(self.print_eur)

    def campaign_ads_plan(self) -> list[CampaignPlanRow]:
        """The Ads Manager plan per campaign: ad sets, postcodes, ages, dates in :attr:`plan_year`, euros."""
        year = self.campaign_year
        return [] if year is None else campaign_ads_plan(year.campaigns, self.plan_year)

    def evaluate(self) -> Evaluation:
        """Every figure of the scenario's own plan (with campaigns: the year's, MODEL.md "Campaigns")."""
        if self.campaign_year is not None:
            return self.campaign_year.year
        b = self.scenario.budget
        manual = self.manual_social() if b.social_split == "manual" else None
        return evaluate_split(
            self.model, self.print_eur, b.social_eur, b.social_split, manual, self.weights, self.constraints
        )

    def warnings(self) -> list[Message]:
        """What the file holds that buys nothing, one keyed sentence each, to show once when it
        opens: the plan's :meth:`~budgetsim.model.Evaluation.money_notes` and print euros of "Nu"
        above a page in every issue (``figures.current_above_cap``)."""
        notes = self.evaluate().money_notes()
        current_print, _ = self.current_eur
        above = current_print - self.model.print_cap_eur
        if above >= UNSPENT_NOTE_EUR:
            notes.append(
                Message(
                    "figures.current_above_cap",
                    amount=above,
                    issues=self.model.issues_per_year,
                    cap=self.model.print_cap_eur,
                )
            )
        return notes


def scenario_campaign(entry) -> Campaign:
    """A file's campaign entry as the model's :class:`~budgetsim.campaigns.Campaign`."""
    return Campaign(
        name=entry.name,
        weeks=tuple(entry.weeks),
        bands=tuple(entry.bands),
        areas=None if entry.areas is None else tuple(entry.areas),
        social_eur=entry.social_eur,
        split=entry.split,
        in_paper=entry.in_paper,
    )


def with_budget(scenario: Scenario, print_eur: float | None = None, social_eur: float | None = None) -> Scenario:
    """The same scenario with other budgets; a manual split and the campaigns are scaled to the new
    social total (every campaign by the same factor)."""
    d = scenario.to_dict()
    budget = dict(d["budget"])
    if social_eur is not None and d.get("campaigns"):
        campaigns = scaled_campaigns((scenario_campaign(c) for c in scenario.campaigns), float(social_eur))
        d["campaigns"] = [c.to_dict() for c in campaigns]
    if print_eur is not None:
        budget["print_eur"] = float(print_eur)
    if social_eur is not None:
        old = float(budget["social_eur"])
        if budget["social_split"] == "manual":
            factor = social_eur / old if old > 0 else 0.0
            budget["social_manual_eur"] = {k: v * factor for k, v in budget["social_manual_eur"].items()}
            if old <= 0 and social_eur > 0:
                budget["social_split"], budget["social_manual_eur"] = "by_audience", {}
        budget["social_eur"] = float(social_eur)
    d["budget"] = budget
    return Scenario.model_validate(d)


def key_figures(e: Evaluation) -> dict[str, float | None]:
    """Shorthand for :meth:`Evaluation.key_figures`."""
    return e.key_figures()


def next_thousand(plan: ScenarioPlan, planned: Evaluation, step: float = 1000.0) -> tuple[float, float | None]:
    """Extra residents reached by the next ``step`` euros on print, and on social (same split rule;
    ``None`` when no area can be targeted, so social euros cannot be spent)."""
    more_print = planned.print_step_reach(step)  # social stays as it is: no new plan needed
    if plan.model.ad_sets.untargetable:
        return more_print, None
    try:
        more_social = ScenarioPlan(with_budget(plan.scenario, social_eur=plan.social_eur + step)).evaluate()
    except InfeasibleBudget:
        return more_print, None
    return more_print, more_social.total("reached") - planned.total("reached")


# -- a new scenario ----------------------------------------------------------------------------


def default_name(place: str, print_eur: float, social_eur: float, lang: str = "nl") -> str:
    """The name of a scenario nobody named, in ``lang``: ``Dordrecht: krant € 35.740, social media
    € 5.000`` (the catalogue's ``scenario.default_name``)."""
    return Message(
        "scenario.default_name", place=place, print_eur=round(print_eur), social_eur=round(social_eur)
    ).render(lang)


#: Social euros of a new scenario where social ads can be aimed (MODEL.md advice to start with).
DEFAULT_SOCIAL_EUR = 5000.0


def new_scenario(
    gemeente: str | None = None,
    areas: Areas | list[dict] | None = None,
    print_eur: float | None = None,
    social_eur: float | None = None,
    name: str | None = None,
    level: str | None = None,
    **budget: Any,
) -> Scenario:
    """A scenario for a gemeente (code or name; Dordrecht when neither it nor ``areas`` is given).

    ``print_eur`` None takes the current practice: a page in every issue for a year, in whole euros.
    ``social_eur`` None takes :data:`DEFAULT_SOCIAL_EUR` where an ad set can be made, else 0 (no
    ad set could take them: MODEL.md "Ad sets").
    ``level`` (``wijk`` or ``buurt``) picks the gemeente's bundled areas. ``budget`` holds further
    ``budget`` keys (``social_split``, ``social_manual_eur``).
    """
    code = None
    if gemeente is not None:
        code = _resolve_gemeente(gemeente)
    elif areas is None:
        code = cbs.DEFAULT_GEMEENTE
    entries = areas_to_scenario_list(areas) if isinstance(areas, Areas) else areas
    draft = {"schema_version": SCHEMA_VERSION, "gemeente": code, "areas": entries}
    if level is not None:
        draft["level"] = level
    if print_eur is None or social_eur is None:
        model = build_model(scenario_from_dict(draft))
        if print_eur is None:
            print_eur = round(model.default_print_eur())
        if social_eur is None:
            social_eur = 0.0 if model.ad_sets.untargetable else DEFAULT_SOCIAL_EUR
    if name is None:
        known = cbs.gemeente_by_code(code) if code else None
        name = default_name(known.name if known else "Eigen gebieden", print_eur, social_eur)
    budget_part = {"print_eur": float(print_eur), "social_eur": float(social_eur), **budget}
    return scenario_from_dict(dict(draft, name=name, budget=budget_part))


def _resolve_gemeente(text: str) -> str:
    try:
        return cbs.resolve_gemeente(text).code
    except cbs.GemeenteNotFound as exc:
        listed = ", ".join(f"{g.name} ({g.code})" for g in exc.matches) or "-"
        raise InputError(problem("gemeente", "gemeente.not_unique", text=text, listed=listed)) from None
