"""From a scenario file to numbers: the model, the social split and the optimiser's inputs."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from .allocation import Constraints, InfeasibleBudget, evaluate_split
from .model import Evaluation, ReachModel
from .scenario import Scenario


@dataclass(frozen=True)
class ScenarioPlan:
    """A scenario with its model and per-area arrays resolved once."""

    scenario: Scenario

    @cached_property
    def model(self) -> ReachModel:
        return self.scenario.reach_model()

    @cached_property
    def weights(self) -> np.ndarray:
        return self.scenario.area_weights_array(self.model.areas)

    @cached_property
    def constraints(self) -> Constraints:
        c = self.scenario.constraints
        return Constraints(
            print_min_eur=c.print_min_eur,
            print_max_eur=np.inf if c.print_max_eur is None else c.print_max_eur,
            area_min_eur=self.scenario.area_min_array(self.model.areas),
            area_max_eur=self.scenario.area_max_array(self.model.areas),
        )

    @property
    def print_eur(self) -> float:
        return self.scenario.print_budget_eur(self.model)

    @property
    def social_eur(self) -> float:
        return self.scenario.budget.social_eur

    @property
    def total_eur(self) -> float:
        return self.print_eur + self.social_eur

    def social_by_area(self) -> np.ndarray:
        """The scenario's own social euros per area, following its ``social_split``."""
        return self.evaluate().social_eur

    def evaluate(self) -> Evaluation:
        """Every figure of the scenario's own plan."""
        b = self.scenario.budget
        manual = self.scenario.manual_social_array(self.model.areas) if b.social_split == "manual" else None
        return evaluate_split(self.model, self.print_eur, b.social_eur, b.social_split, manual,
                              self.weights, self.constraints)


def evaluate_scenario(scenario: Scenario) -> Evaluation:
    """Shorthand for ``ScenarioPlan(scenario).evaluate()``."""
    return ScenarioPlan(scenario).evaluate()


def with_budget(scenario: Scenario, print_eur: float | None = None, social_eur: float | None = None) -> Scenario:
    """The same scenario with other budgets; a manual split is scaled to the new social total."""
    d = scenario.to_dict()
    budget = dict(d["budget"])
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


def next_thousand(plan: ScenarioPlan, current: Evaluation, step: float = 1000.0) -> tuple[float, float | None]:
    """Extra residents reached by the next ``step`` euros on print, and on social (same split rule;
    ``None`` when no area can be targeted, so social euros cannot be spent)."""
    base = current.total("reached")
    more_print = ScenarioPlan(with_budget(plan.scenario, print_eur=plan.print_eur + step)).evaluate()
    try:
        more_social = ScenarioPlan(with_budget(plan.scenario, social_eur=plan.social_eur + step)).evaluate()
    except InfeasibleBudget:
        return more_print.total("reached") - base, None
    return more_print.total("reached") - base, more_social.total("reached") - base
