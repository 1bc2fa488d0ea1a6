"""The budget proposal's texts: the ``proposal.`` block of the one catalogue, :mod:`budgetsim.i18n`.

Dutch is written for a management team: short sentences, everyday words, positive wording
(reached *via* the paper, *via* social media, *via* both).
"""

from __future__ import annotations

from ..i18n import t


def tx(key: str, lang: str, **fmt) -> str:
    """The proposal text of ``key`` in ``lang`` ("nl" or "en"): ``t("proposal." + key, lang, **fmt)``."""
    return t("proposal." + key, lang, **fmt)
