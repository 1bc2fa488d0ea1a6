"""The budget proposal the MT signs: one to three options, as PDF (A4, two pages, three with many campaigns) and Word.

Built as content -> layout: :func:`content.proposal_content` collects every figure and text (pure),
:mod:`.pdf` and :mod:`.docx` draw them, :mod:`.build` computes the options from scenarios.
"""

from .build import (
    NuChoiceNeeded,
    ProposalFiles,
    default_decision,
    make_proposal,
    prepare_options,
    proposal_for_scenarios,
)
from .content import (
    LETTERS,
    ProposalContent,
    ProposalOption,
    decision_sentence,
    proposal_content,
)

__all__ = [
    "LETTERS",
    "NuChoiceNeeded",
    "ProposalContent",
    "ProposalFiles",
    "ProposalOption",
    "decision_sentence",
    "default_decision",
    "make_proposal",
    "prepare_options",
    "proposal_content",
    "proposal_for_scenarios",
]
