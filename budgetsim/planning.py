"""From a scenario file to numbers: the model, the social split and the optimiser's inputs."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from .allocation import Constraints, evaluate_split
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
