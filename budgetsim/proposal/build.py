"""From scenarios to the proposal's files: evaluate each option, its "Nu", uncertainty and curves,
then draw the PDF and the Word file (the one place that computes; :func:`.content.proposal_content`
only collects).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass

from ..allocation import optimal_split_rule
from ..curves import nice_ceiling, saturation_curve_data, scaled_split
from ..i18n import t
from ..options import Nu, nu_differences, nu_of
from ..planning import ScenarioPlan
from ..problems import Message
from ..uncertainty import uncertainty as run_uncertainty
from .content import (
    LETTERS,
    MAX_OPTIONS,
    ProposalContent,
    ProposalOption,
    check_options,
    decision_sentence,
    proposal_content,
)

#: Points per saturation curve (a smooth line at print size).
CURVE_POINTS = 33
#: The curves reach at least this budget a year, and this multiple of the largest option's total.
MIN_CURVE_MAX_EUR = 10_000.0
CURVE_REACH = 1.5


def current_evaluation(plan: ScenarioPlan):
    """Every figure of "Nu" (the scenario's ``current``; default a page in every issue, no social
    media), with the plan's own areas and assumptions."""
    return plan.current_plan().evaluate()


class NuChoiceNeeded(ValueError):
    """The options' files hold different "Nu" or prices per page and no "Nu" was chosen
    (``nu_from``). ``differences`` says each one (:func:`budgetsim.options.nu_differences`)."""

    def __init__(self, differences: list[Message], lang: str = "nl"):
        self.differences = differences
        self.lang = lang
        super().__init__("\n".join(self.lines(lang)))

    def lines(self, lang: str) -> list[str]:
        """One line per difference, in ``lang``."""
        return [m.render(lang) for m in self.differences]


def _chosen_nu(scenarios: Sequence, nu_from: int | None, lang: str) -> tuple[int, Nu] | None:
    """The option every option is compared with and its "Nu": option ``nu_from`` (None: each its
    own, which must then be the same; otherwise :class:`NuChoiceNeeded`)."""
    if nu_from is None:
        differences = nu_differences(scenarios)
        if differences:
            raise NuChoiceNeeded(differences, lang)
        return None
    if not 0 <= int(nu_from) < len(scenarios):
        allowed = "/".join(LETTERS[: len(scenarios)])
        raise ValueError(t("proposal.error.nu_from", lang, allowed=allowed, got=nu_from))
    return int(nu_from), nu_of(scenarios[int(nu_from)])


def _option(plan: ScenarioPlan, evaluation, chosen: tuple[int, Nu] | None, unc=None, curves=None) -> ProposalOption:
    """The option of ``plan``, compared with its own "Nu" or with the one ``chosen``."""
    if chosen is None:
        return ProposalOption(plan.scenario, evaluation, current_evaluation(plan), unc, curves)
    index, nu = chosen
    return ProposalOption(plan.scenario, evaluation, nu.evaluation, unc, curves, index, nu.price_estimated)


def _curve_split(plan: ScenarioPlan, evaluation):
    if plan.scenario.budget.social_split == "optimal":
        return optimal_split_rule(plan.model, plan.weights, plan.constraints)
    return scaled_split(evaluation)


def prepare_options(
    scenarios: Sequence,
    *,
    with_uncertainty: bool = True,
    draws: int | None = None,
    lang: str = "nl",
    nu_from: int | None = None,
) -> list[ProposalOption]:
    """Evaluate one to three scenarios as the proposal's options: the plan, "Nu", the uncertainty
    (the scenario's own ranges, draws and seed; ``draws`` overrides) and the saturation curves, all
    curves up to the same budget so the options can be marked on one chart.

    ``nu_from`` (0, 1, 2 for A, B, C): every option is compared with that option's "Nu", its
    ``current`` as that file evaluates it (SCENARIO.md 2.1, ``--nu``). None: each option's own "Nu";
    when the files' "Nu" or prices per page differ that is refused with :class:`NuChoiceNeeded`."""
    if not 1 <= len(scenarios) <= MAX_OPTIONS:
        raise ValueError(t("proposal.error.count", lang, n=len(scenarios)))
    plans = [ScenarioPlan(s) for s in scenarios]
    names = list(dict.fromkeys(p.model.areas.gemeente_name or p.model.areas.gemeente_code or "" for p in plans))
    if len(names) > 1:
        raise ValueError(t("proposal.error.gemeenten", lang, names=", ".join(names)))
    chosen = _chosen_nu(scenarios, nu_from, lang)
    evaluations = [p.evaluate() for p in plans]
    largest = max([e.total_eur for e in evaluations] + [1.0])
    max_eur = nice_ceiling(max(CURVE_REACH * largest, MIN_CURVE_MAX_EUR))
    options = []
    for scenario, plan, ev in zip(scenarios, plans, evaluations):
        unc = None
        if with_uncertainty:
            u = scenario.uncertainty
            unc = run_uncertainty(
                plan.model,
                ev.print_eur,
                ev.social_eur,
                plan.uncertainty_ranges(),
                draws=int(draws or u.draws),
                seed=u.seed,
            ).to_dict()
        curves = saturation_curve_data(
            plan.model,
            ev.print_eur,
            float(ev.social_eur.sum()),
            _curve_split(plan, ev),
            points=CURVE_POINTS,
            max_eur=max_eur,
        )
        options.append(_option(plan, ev, chosen, unc, curves))
    check_options(options, lang)
    return options


def proposal_for_scenarios(
    scenarios: Sequence,
    lang: str = "nl",
    *,
    pdf: bool = True,
    docx: bool = True,
    day: _dt.date | None = None,
    decision: str | None = None,
    recommended: int | None = None,
    draws: int | None = None,
    nu_from: int | None = None,
) -> ProposalFiles:
    """The proposal for one to three scenarios (the options A, B, C), as the app offers it:
    :func:`prepare_options` (with the chosen ``nu_from``) then :func:`make_proposal`."""
    options = prepare_options(scenarios, draws=draws, lang=lang, nu_from=nu_from)
    return make_proposal(options, lang, pdf=pdf, docx=docx, day=day, decision=decision, recommended=recommended)


def default_decision(
    scenarios: Sequence, lang: str = "nl", recommended: int | None = None, nu_from: int | None = None
) -> str:
    """The decision sentence the proposal asks by default (for an editable field that starts with it):
    quick, without the uncertainty and the curves; against the "Nu" of option ``nu_from`` when given
    (as :func:`prepare_options`)."""
    if not 1 <= len(scenarios) <= MAX_OPTIONS:
        raise ValueError(t("proposal.error.count", lang, n=len(scenarios)))
    index = len(scenarios) - 1 if recommended is None else int(recommended)
    if not 0 <= index < len(scenarios):
        raise ValueError(
            t("proposal.error.recommended", lang, allowed="/".join(LETTERS[: len(scenarios)]), got=recommended)
        )
    plan = ScenarioPlan(scenarios[index])
    option = _option(plan, plan.evaluate(), _chosen_nu(scenarios, nu_from, lang))
    return decision_sentence(option, LETTERS[index], lang)


@dataclass(frozen=True)
class ProposalFiles:
    content: ProposalContent
    pdf: bytes | None
    docx: bytes | None


def make_proposal(
    options: Sequence[ProposalOption],
    lang: str = "nl",
    *,
    pdf: bool = True,
    docx: bool = True,
    day: _dt.date | None = None,
    decision: str | None = None,
    recommended: int | None = None,
    survey_sentence: str | None = None,
) -> ProposalFiles:
    """The proposal for ready options (see :func:`prepare_options`) as PDF and/or Word bytes."""
    # The writers load when a proposal is made: fpdf and python-docx cost the app's first run about
    # a second of imports, and most visits make no proposal (pdf and docx import only .content).
    from .docx import proposal_docx_bytes
    from .pdf import proposal_pdf_bytes

    content = proposal_content(
        options, lang, day=day, decision=decision, recommended=recommended, survey_sentence=survey_sentence
    )
    return ProposalFiles(
        content, proposal_pdf_bytes(content) if pdf else None, proposal_docx_bytes(content) if docx else None
    )
