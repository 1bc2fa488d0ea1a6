"""Options side by side: whose "Nu" counts, and what differs between the files (SCENARIO.md 2.1).

Every comparison is against what the gemeente does now ("Nu", MODEL.md). Options saved as separate
files may each hold their own ``current`` and their own price per page; comparing them silently
would mix two baselines. Here:

* :func:`nu_of` is one option's "Nu" as its own file evaluates it (pages, euros, price per page,
  estimated or contract);
* :func:`nu_differences` says each difference in "Nu" or price per page in one keyed sentence
  (none: the options share one "Nu" and need no choice);
* :func:`differing_assumptions` names the assumptions whose values differ (they are allowed);
* :func:`more_than_nu` computes "more than Nu" for every option against the chosen option's "Nu".

Options are named by their letter (``A``, ``B``, ``C``: :data:`OPTION_LETTERS`), as ``--nu A|B|C``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .assumptions import REGISTRY
from .model import Evaluation
from .planning import ScenarioPlan
from .problems import Message
from .scenario.schema import Scenario

#: Options are called by these letters, in their order.
OPTION_LETTERS = ("A", "B", "C")
#: Prices per page (and euros of "Nu") closer than this are the same (SCENARIO.md 2.1).
SAME_EUR = 1.0
#: Pages of "Nu" closer than this are the same.
SAME_PAGES = 0.05


@dataclass(frozen=True)
class Option:
    """One option: its scenario and the evaluation of its own plan."""

    scenario: Scenario
    evaluation: Evaluation


@dataclass(frozen=True)
class Nu:
    """One file's "Nu": its ``current`` budgets as that file evaluates them.

    ``pages`` are the pages that count (at most ``issues_per_year``); ``price_estimated`` is True
    when the price per page is computed from copies rather than a contract price."""

    print_eur: float
    social_eur: float
    pages: float
    price_per_page_eur: float
    price_estimated: bool
    evaluation: Evaluation

    @property
    def reached(self) -> float:
        return self.evaluation.total("reached")


def price_is_estimated(scenario: Scenario) -> bool:
    """True when the file's price per page is an estimate: no contract price (the price comes from
    copies), or an estimate kept as ``price_per_page_eur`` with ``price_per_page_estimated``."""
    printing = scenario.assumptions.print
    return printing.price_per_page_eur is None or bool(printing.price_per_page_estimated)


def nu_of(scenario: Scenario) -> Nu:
    """The "Nu" of one file: its ``current`` (or the default, a page in every issue) evaluated with
    the file's own areas and assumptions."""
    plan = ScenarioPlan(scenario)
    print_eur, social_eur = plan.current_eur
    model = plan.model
    return Nu(
        print_eur=float(print_eur),
        social_eur=float(social_eur),
        pages=float(model.insertions(print_eur)),
        price_per_page_eur=model.price_per_insertion,
        price_estimated=price_is_estimated(scenario),
        evaluation=plan.current_plan().evaluate(),
    )


def _listed(parts: list[Message]) -> Message:
    """``A …, B … en C …``: the parts joined in words (``figures.join2`` / ``figures.join3``)."""
    if len(parts) == 2:
        return Message("figures.join2", first=parts[0], second=parts[1])
    return Message("figures.join3", first=parts[0], second=parts[1], third=parts[2])


def _differ(values: Sequence[float], tolerance: float) -> bool:
    return max(values) - min(values) > tolerance


def _check_count(options: Sequence) -> None:
    if not 1 <= len(options) <= len(OPTION_LETTERS):
        raise ValueError(f"options: give 1 to {len(OPTION_LETTERS)} options (got {len(options)})")


def nu_differences(scenarios: Sequence[Scenario]) -> list[Message]:
    """Each difference between the options' "Nu" and prices per page, one keyed sentence each:

    * ``figures.nu.print_differs``: the paper of "Nu" (pages and euros) differs;
    * ``figures.nu.social_differs``: the social euros of "Nu" differ;
    * ``figures.nu.price_differs``: the prices per page differ by more than € 1 (each marked
      estimated or contract);
    * ``figures.nu.price_kind_differs``: the same price, estimated in one file and a contract in another.

    An empty list: the options share one "Nu" and every "more than Nu" means the same."""
    _check_count(scenarios)
    if len(scenarios) < 2:
        return []
    nus = [nu_of(s) for s in scenarios]
    letters = OPTION_LETTERS[: len(nus)]
    out = []
    if _differ([n.print_eur for n in nus], SAME_EUR) or _differ([n.pages for n in nus], SAME_PAGES):
        parts = [
            Message("figures.nu.print_value", option=x, pages=round(n.pages, 1), eur=n.print_eur)
            for x, n in zip(letters, nus)
        ]
        out.append(Message("figures.nu.print_differs", values=_listed(parts)))
    if _differ([n.social_eur for n in nus], SAME_EUR):
        parts = [Message("figures.nu.social_value", option=x, eur=n.social_eur) for x, n in zip(letters, nus)]
        out.append(Message("figures.nu.social_differs", values=_listed(parts)))
    kinds = [Message("figures.price.estimated" if n.price_estimated else "figures.price.contract") for n in nus]
    if _differ([n.price_per_page_eur for n in nus], SAME_EUR):
        parts = [
            Message("figures.nu.price_value", option=x, eur=n.price_per_page_eur, kind=kind)
            for x, n, kind in zip(letters, nus, kinds)
        ]
        out.append(Message("figures.nu.price_differs", values=_listed(parts)))
    elif len({n.price_estimated for n in nus}) > 1:
        parts = [Message("figures.nu.kind_value", option=x, kind=kind) for x, kind in zip(letters, kinds)]
        out.append(Message("figures.nu.price_kind_differs", values=_listed(parts)))
    return out


def differing_assumptions(scenarios: Sequence[Scenario]) -> list[str]:
    """Keys of the assumptions (``print.loyalty``, in the registry's order) whose values differ
    between the options; differing assumptions are allowed, and the proposal names each."""
    _check_count(scenarios)
    settings = [s.assumptions for s in scenarios]
    out = []
    for p in REGISTRY:
        values = [getattr(getattr(a, p.channel), p.name) for a in settings]
        if any(v != values[0] for v in values[1:]):
            out.append(p.key)
    return out


@dataclass(frozen=True)
class MoreThanNu:
    """One option against the chosen "Nu": residents reached (and 3+) by the option, by "Nu", and the difference."""

    reached: float
    nu_reached: float
    reached_3plus: float
    nu_reached_3plus: float

    @property
    def more(self) -> float:
        """Residents reached more than "Nu" (negative: fewer)."""
        return self.reached - self.nu_reached


def more_than_nu(options: Sequence[Option], chosen: int) -> list[MoreThanNu]:
    """Every option's reach against the "Nu" of option ``chosen`` (its ``current`` as that file
    evaluates it): one baseline for all, whatever the other files hold."""
    _check_count(options)
    if not 0 <= chosen < len(options):
        raise ValueError(f"chosen: an option from 0 to {len(options) - 1} (got {chosen})")
    nu = nu_of(options[chosen].scenario).evaluation
    return [
        MoreThanNu(
            reached=o.evaluation.total("reached"),
            nu_reached=nu.total("reached"),
            reached_3plus=o.evaluation.total("reached_3plus"),
            nu_reached_3plus=nu.total("reached_3plus"),
        )
        for o in options
    ]
