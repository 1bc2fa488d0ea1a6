"""Age bands of the CBS tables and the national fallback shares (MODEL.md, "Population")."""

from __future__ import annotations

from typing import Literal, get_args

import numpy as np

#: A band that can be a target group (the type of its name); children (0-14) never are.
TargetableBand = Literal["15-24", "25-44", "45-64", "65+"]

#: Bands that can be a target group, in their order.
TARGETABLE_BANDS: tuple[TargetableBand, ...] = get_args(TargetableBand)

#: The five CBS age bands, in this order everywhere in budgetsim (arrays have them as last axis).
BANDS: tuple[str, ...] = ("0-14", *TARGETABLE_BANDS)

#: National age shares (approximate, 2024), used where an area table has no age columns.
NATIONAL_AGE_SHARES: dict[str, float] = {
    "0-14": 0.155,
    "15-24": 0.124,
    "25-44": 0.255,
    "45-64": 0.265,
    "65+": 0.201,
}


def band_index(band: str) -> int:
    """Position of ``band`` in :data:`BANDS`; ``ValueError`` naming the allowed bands otherwise."""
    try:
        return BANDS.index(band)
    except ValueError:
        raise ValueError(f"unknown age band {band!r}; allowed: {', '.join(BANDS)}") from None


def target_mask(target_bands) -> np.ndarray:
    """Boolean mask over :data:`BANDS` that is True for the bands in ``target_bands``.

    Raises ``ValueError`` for an unknown band, for 0-14 (never a target) and for an empty group.
    """
    bands = list(target_bands)
    if not bands:
        raise ValueError(f"target_bands: choose at least one age band from {', '.join(TARGETABLE_BANDS)}")
    mask = np.zeros(len(BANDS), dtype=bool)
    for band in bands:
        if band not in TARGETABLE_BANDS:
            raise ValueError(f"target_bands: {band!r} cannot be a target group; allowed: {', '.join(TARGETABLE_BANDS)}")
        mask[band_index(band)] = True
    return mask


def parse_band_range(text: str) -> tuple[str, ...]:
    """Bands covered by a text such as ``"15-24"``, ``"15-44"``, ``"25-44,65+"`` or ``"45+"``.

    The result keeps the order of :data:`TARGETABLE_BANDS`.
    """
    lows = {band: int(band.split("-")[0].rstrip("+")) for band in TARGETABLE_BANDS}
    highs = {band: (int(band.split("-")[1]) if "-" in band else 200) for band in TARGETABLE_BANDS}
    chosen: set[str] = set()
    for part in (p.strip() for p in text.split(",")):
        if part in TARGETABLE_BANDS:
            chosen.add(part)
            continue
        try:
            if part.endswith("+"):
                low, high = int(part[:-1]), 200
            else:
                low_text, high_text = part.split("-")
                low, high = int(low_text), int(high_text)
        except ValueError:
            raise ValueError(
                f"age bands {text!r}: write them like 15-24, 15-44 or 45+ (bands: {', '.join(TARGETABLE_BANDS)})"
            ) from None
        covered = [b for b in TARGETABLE_BANDS if lows[b] >= low and highs[b] <= high]
        if not covered or lows[covered[0]] != low or highs[covered[-1]] != high:
            raise ValueError(
                f"age bands {text!r}: {part!r} does not line up with the CBS bands {', '.join(TARGETABLE_BANDS)}"
            )
        chosen.update(covered)
    return tuple(b for b in TARGETABLE_BANDS if b in chosen)
