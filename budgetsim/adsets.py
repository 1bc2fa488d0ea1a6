"""Ad sets: the units a comms lead creates in Meta Ads Manager (MODEL.md, "Social", "Ad sets").

Every area whose audience reaches ``min_audience`` is its own ad set (id: the area's code).
Smaller areas are pooled bottom up: at buurt level the small buurten of one wijk form
``<wijk code>-rest`` when their audience together reaches ``min_audience``; whatever is still too
small forms ``<gemeente code>-rest``; only when that too stays below ``min_audience`` are its
areas left untargeted, each with a reason. An area without any audience (nobody of the target
group on the platforms) is untargeted too.

Within an ad set the impressions fall on its areas in proportion to audience, so all its areas
share one contact rate ``x_s``. Everything here is plain numpy on arrays over the areas; there is
no loop over areas in the hot paths (:meth:`AdSets.sums`, :meth:`AdSets.spread`).

Errors are :class:`AdSetError` (a ``ValueError``) and reasons are message keys with
parameters (:class:`~budgetsim.problems.Message`); the catalogue says them in Dutch or English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from .areas import Areas
from .problems import Message, MessageError
from .rounding import round_to_total

#: Suffix of a pooled ad set's id: ``<wijk code>-rest``, ``<gemeente code>-rest``.
REST_SUFFIX = "-rest"
#: Kinds of ad set.
KIND_AREA, KIND_WIJK_REST, KIND_GEMEENTE_REST = "area", "wijk_rest", "gemeente_rest"
#: Reasons an area is not in any ad set (message keys; parameters in :meth:`AdSets.untargeted`).
REASON_NO_AUDIENCE = "adsets.reason.no_audience"
REASON_POOL_TOO_SMALL = "adsets.reason.pool_too_small"


class AdSetError(MessageError):
    """An id or amount that does not fit the ad sets, at ``path`` (e.g.
    ``budget.social_manual_eur.BU05050101``): ``what`` is a :class:`~budgetsim.problems.Message`
    (keys ``adsets.error.*``), so it can be said in Dutch or English; ``str()`` is English."""

    def __init__(self, path: str, key: str, **params):
        self.path = path
        super().__init__(key, **params)

    def message(self, lang: str = "en") -> str:
        return f"{self.path}: {super().message(lang)}"


@dataclass(frozen=True)
class AdSets:
    """The ad sets of one table of areas; arrays over ad sets unless named ``area_*``.

    ``members[j]`` are the area positions in ad set ``j``; ``area_set[i]`` is the ad set of area
    ``i`` or ``-1`` when untargeted, and then ``reasons[i]`` is a message key (``None`` otherwise).
    ``audience[j] = sum A_i`` over its members; ``postcodes[j]`` the sorted 4-digit postcodes of
    its areas. ``kinds[j]`` is ``"area"``, ``"wijk_rest"`` or ``"gemeente_rest"``.
    """

    ids: tuple[str, ...]
    names: tuple[str, ...]
    kinds: tuple[str, ...]
    members: tuple[tuple[int, ...], ...]
    audience: np.ndarray
    postcodes: tuple[tuple[str, ...], ...]
    area_set: np.ndarray
    area_audience: np.ndarray
    reasons: tuple[str | None, ...]
    pool_of_untargeted: tuple[str | None, ...]
    pool_audience_of_untargeted: np.ndarray
    min_audience: float
    area_codes: tuple[str, ...]
    area_names: tuple[str, ...]
    _index: dict[str, int] = field(init=False, repr=False, compare=False)
    _area_index: dict[str, int] = field(init=False, repr=False, compare=False)
    _order: np.ndarray = field(init=False, repr=False, compare=False)
    _starts: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in ("audience", "area_set", "area_audience", "pool_audience_of_untargeted"):
            getattr(self, name).setflags(write=False)
        object.__setattr__(self, "_index", {sid: j for j, sid in enumerate(self.ids)})
        object.__setattr__(self, "_area_index", {code: i for i, code in enumerate(self.area_codes)})
        targeted = np.flatnonzero(self.area_set >= 0)
        order = targeted[np.argsort(self.area_set[targeted], kind="stable")]
        starts = np.searchsorted(self.area_set[order], np.arange(len(self.ids)))
        object.__setattr__(self, "_order", order)
        object.__setattr__(self, "_starts", starts)

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def targeted(self) -> np.ndarray:
        """Boolean over the areas: in some ad set."""
        return self.area_set >= 0

    @property
    def untargetable(self) -> bool:
        """True when no area can be targeted at all (a tiny gemeente, or an empty target group)."""
        return len(self.ids) == 0

    def index(self, ad_set_id: str) -> int | None:
        """Position of an ad set id, or None."""
        return self._index.get(ad_set_id)

    def area_ids(self) -> list[str | None]:
        """Per area, the id of its ad set (None when untargeted)."""
        return [self.ids[j] if j >= 0 else None for j in self.area_set]

    def member_codes(self, j: int) -> tuple[str, ...]:
        return tuple(self.area_codes[i] for i in self.members[j])

    def member_names(self, j: int) -> tuple[str, ...]:
        return tuple(self.area_names[i] for i in self.members[j])

    # -- arrays between areas and ad sets ------------------------------------------------------
    def sums(self, per_area) -> np.ndarray:
        """Sum of a per-area array over each ad set's areas (untargeted areas are left out).

        The last axis is the areas' (leading axes, e.g. draws, are kept)."""
        values = np.asarray(per_area, float)
        if values.ndim == 1:
            keep = self.area_set >= 0
            return np.bincount(self.area_set[keep], weights=values[keep], minlength=len(self.ids))
        if len(self.ids) == 0:
            return np.zeros(values.shape[:-1] + (0,))
        return np.add.reduceat(values[..., self._order], self._starts, axis=-1)

    def spread(self, per_set) -> np.ndarray:
        """Euros per ad set onto its areas, in proportion to audience (0 for untargeted areas)."""
        values = np.asarray(per_set, float)
        if values.shape != (len(self.ids),):
            raise ValueError(f"ad set euros: expected {len(self.ids)} values, got {values.shape}")
        share = np.zeros(len(self.area_set))
        keep = self.area_set >= 0
        with np.errstate(invalid="ignore", divide="ignore"):
            share[keep] = self.area_audience[keep] / self.audience[self.area_set[keep]]
        out = np.zeros(len(self.area_set))
        out[keep] = values[self.area_set[keep]] * share[keep]
        return out

    def broadcast(self, per_set) -> np.ndarray:
        """Each area gets its ad set's value (0 for untargeted areas); leading axes are kept."""
        values = np.asarray(per_set, float)
        keep = self.area_set >= 0
        if values.ndim == 1:
            out = np.zeros(len(self.area_set))
            out[keep] = values[self.area_set[keep]]
            return out
        if len(self.ids) == 0:
            return np.zeros(values.shape[:-1] + (len(self.area_set),))
        return np.where(keep, values[..., np.maximum(self.area_set, 0)], 0.0)

    def values(self, mapping: Mapping[str, float] | None, default: float, path: str = "ad set") -> np.ndarray:
        """An array over the ad sets from ``{id: value}``.

        An area alone may be named by its code (that is its ad set's id). An area inside a pool is
        refused naming the pool's id; an untargeted area or an unknown id is refused too.
        """
        out = np.full(len(self.ids), float(default))
        for key, value in (mapping or {}).items():
            j = self._index.get(key)
            if j is None:
                self.check_area_value(key, value, default, path)
                continue
            out[j] = float(value)
        return out

    def check_area_value(self, code: str, value: float, default: float, path: str = "ad set") -> None:
        """Raise :class:`AdSetError` for a value given to area ``code`` where an ad set is needed."""
        where = f"{path}.{code}"
        i = self._area_index.get(code)
        if i is None:
            known = ", ".join(self.ids[:8]) + (", …" if len(self.ids) > 8 else "") or "–"
            raise AdSetError(where, "adsets.error.unknown", code=code, known=known)
        j = int(self.area_set[i])
        if j < 0:
            if float(value) != float(default) and not (float(default) == np.inf and float(value) <= 0):
                raise AdSetError(where, "adsets.error.untargeted", code=code)
            return
        raise AdSetError(where, "adsets.error.in_pool", code=code, ad_set=self.ids[j])

    def from_area_values(self, per_area, default: float, path: str = "ad set") -> np.ndarray:
        """An array over ad sets from a per-area array: an area alone passes its value on; an area
        inside a pool or an untargeted one must have ``default`` (else :class:`AdSetError`)."""
        values = np.asarray(per_area, float)
        out = np.full(len(self.ids), float(default))
        single = np.array([len(m) == 1 for m in self.members], dtype=bool)
        if single.any():
            firsts = np.array([m[0] for m in self.members])
            out[single] = values[firsts[single]]
        pooled_or_untargeted = np.ones(len(values), dtype=bool)
        if single.any():
            pooled_or_untargeted[firsts[single]] = False
        bad = pooled_or_untargeted & (values != default)
        if float(default) == np.inf:  # a maximum of 0 on an area that cannot be targeted is harmless
            bad &= ~((self.area_set < 0) & (values <= 0))
        if bad.any():
            i = int(np.argmax(bad))
            self.check_area_value(self.area_codes[i], values[i], default, path)
        return out

    # -- reporting -----------------------------------------------------------------------------
    def untargeted(self) -> list[dict]:
        """Every untargeted area with its reason: ``{code, name, reason, audience, pool,
        pool_audience, min_audience}`` (``reason`` is a message key; see :func:`reason_text`)."""
        rows = []
        for i in np.flatnonzero(self.area_set < 0):
            rows.append(
                {
                    "code": self.area_codes[i],
                    "name": self.area_names[i],
                    "reason": self.reasons[i],
                    "audience": float(self.area_audience[i]),
                    "pool": self.pool_of_untargeted[i],
                    "pool_audience": float(self.pool_audience_of_untargeted[i]),
                    "min_audience": float(self.min_audience),
                }
            )
        return rows

    def shown_audience(self) -> tuple[np.ndarray, np.ndarray]:
        """``(per area, per ad set)`` audience as shown: whole people, the areas' adding up to their
        rounded total (largest remainder, :func:`~budgetsim.rounding.round_to_total`) and each ad
        set's the sum of its areas', so an area alone shows the same audience as its ad set."""
        per_area = round_to_total(self.area_audience)
        return per_area, np.round(self.sums(per_area))

    def rows(self) -> list[dict]:
        """Per ad set: ``{id, name, kind, areas (names), area_codes, audience, postcodes}``."""
        return [
            {
                "id": self.ids[j],
                "name": self.names[j],
                "kind": self.kinds[j],
                "areas": list(self.member_names(j)),
                "area_codes": list(self.member_codes(j)),
                "audience": float(self.audience[j]),
                "postcodes": list(self.postcodes[j]),
            }
            for j in range(len(self.ids))
        ]


def reason_message(row: dict) -> Message:
    """Why an area is untargeted, as a Message (``row`` from :meth:`AdSets.untargeted`)."""
    return Message(
        row["reason"],
        area=row["name"],
        audience=row["audience"],
        pool=row["pool"] or "",
        pool_audience=row["pool_audience"],
        min_audience=row["min_audience"],
    )


def untargetable_message(ad_sets: AdSets, place: str) -> Message | None:
    """One sentence for a place where social cannot be aimed at all (None when it can): the whole
    audience stays below ``min_audience`` (a tiny gemeente), so the figures are the paper's."""
    if not ad_sets.untargetable:
        return None
    return Message(
        "adsets.untargetable",
        place=place,
        audience=float(ad_sets.area_audience.sum()),
        min_audience=ad_sets.min_audience,
    )


def build_ad_sets(areas: Areas, audience, min_audience: float) -> AdSets:
    """Pool the areas into ad sets, bottom up (MODEL.md "Ad sets").

    ``audience`` is ``A_i`` per area. Pools use ``areas.wijk_codes`` (buurt level: the small
    buurten of one wijk first) and ``areas.gemeente_codes`` (one ``-rest`` pool per gemeente;
    without it one pool named after ``areas.gemeente_code``, or ``rest`` when that is unknown).
    """
    A = np.asarray(audience, float)
    n = len(areas)
    if A.shape != (n,):
        raise ValueError(f"audience: expected {n} values, got {A.shape}")
    m = float(min_audience)
    has_audience = A > 0
    own = has_audience & (A >= m)
    small = has_audience & ~own
    # pooled ad sets as (sort key, id, name, kind, members); the areas alone are added below
    found: list[tuple[float, str, str, str, np.ndarray]] = []
    leftover = small.copy()
    if areas.wijk_codes is not None and small.any():
        wijk = np.asarray(areas.wijk_codes)
        wijk_names = _parent_names(areas)
        keys, group = np.unique(wijk[small], return_inverse=True)
        totals = np.bincount(group, weights=A[small], minlength=len(keys))
        small_rows = np.flatnonzero(small)
        for g in np.flatnonzero(totals >= m):
            rows = small_rows[group == g]
            name = wijk_names.get(str(keys[g]), str(keys[g]))
            found.append((float(rows[0]), f"{keys[g]}{REST_SUFFIX}", f"{name} (rest)", KIND_WIJK_REST, rows))
            leftover[rows] = False
    reasons: list[str | None] = [None] * n
    pool_of: list[str | None] = [None] * n
    pool_audience = np.zeros(n)
    if leftover.any():
        if areas.gemeente_codes is not None:
            gem = np.asarray(areas.gemeente_codes)
        else:
            gem = np.full(n, areas.gemeente_code or "")
        keys, group = np.unique(gem[leftover], return_inverse=True)
        totals = np.bincount(group, weights=A[leftover], minlength=len(keys))
        left_rows = np.flatnonzero(leftover)
        last_row = {str(code): i for i, code in enumerate(gem.tolist())}  # the last row of each gemeente
        one_gemeente = len(keys) == 1 and (areas.gemeente_codes is None or len(set(areas.gemeente_codes)) == 1)
        for pool, code in enumerate(keys):
            rows = left_rows[group == pool]
            pool_id = f"{code}{REST_SUFFIX}" if code else REST_SUFFIX.lstrip("-")
            if totals[pool] >= m:
                name = (areas.gemeente_name or str(code) or "rest") if one_gemeente else str(code)
                found.append((last_row[str(code)] + 0.5, pool_id, f"{name} (rest)", KIND_GEMEENTE_REST, rows))
            else:
                for i in rows:
                    reasons[i] = REASON_POOL_TOO_SMALL
                    pool_of[i] = pool_id
                    pool_audience[i] = totals[pool]
    for i in np.flatnonzero(~has_audience):
        reasons[i] = REASON_NO_AUDIENCE
    alone = np.flatnonzero(own)
    keys = np.concatenate([alone.astype(float), np.array([item[0] for item in found], dtype=float)])
    order = np.argsort(keys, kind="stable")
    codes, names = areas.codes, areas.names
    ids_all = [codes[i] for i in alone] + [item[1] for item in found]
    names_all = [names[i] for i in alone] + [item[2] for item in found]
    kinds_all = [KIND_AREA] * len(alone) + [item[3] for item in found]
    members_all = [(i,) for i in alone.tolist()] + [tuple(item[4].tolist()) for item in found]
    ids = tuple(ids_all[j] for j in order)
    clash = {item[1] for item in found} & set(codes)
    if clash:
        raise ValueError(f"areas.codes: {', '.join(sorted(clash))} is also the id of a pooled ad set; rename that area")
    members = [members_all[j] for j in order]
    area_set = np.full(n, -1, dtype=int)
    position = np.empty(len(order), dtype=int)
    position[order] = np.arange(len(order))
    area_set[alone] = position[: len(alone)]
    for k, item in enumerate(found):
        area_set[item[4]] = position[len(alone) + k]
    found_names = tuple(names_all[j] for j in order)
    found_kinds = tuple(kinds_all[j] for j in order)
    set_audience = np.bincount(area_set[area_set >= 0], weights=A[area_set >= 0], minlength=len(ids))
    area_postcodes = areas.postcodes
    if area_postcodes is None:
        postcodes = ((),) * len(members)
    else:
        postcodes = tuple(
            area_postcodes[rows[0]] if len(rows) == 1 else tuple(sorted({pc for i in rows for pc in area_postcodes[i]}))
            for rows in members
        )
    return AdSets(
        ids=ids,
        names=found_names,
        kinds=found_kinds,
        members=tuple(members),
        audience=set_audience,
        postcodes=postcodes,
        area_set=area_set,
        area_audience=A.copy(),
        reasons=tuple(reasons),
        pool_of_untargeted=tuple(pool_of),
        pool_audience_of_untargeted=pool_audience,
        min_audience=m,
        area_codes=areas.codes,
        area_names=areas.names,
    )


def _parent_names(areas: Areas) -> dict[str, str]:
    """``{wijk code: wijk name}`` where the table knows them."""
    names = getattr(areas, "wijk_names", None)
    if areas.wijk_codes is None or names is None:
        return {}
    return dict(zip(areas.wijk_codes, names))


# -- a plan to type into Ads Manager -------------------------------------------------------------------


@dataclass(frozen=True)
class PlanRow:
    """One ad set as a comms lead sets it up in Ads Manager: which postcodes, how much money."""

    id: str
    name: str
    areas: tuple[str, ...]
    area_codes: tuple[str, ...]
    postcodes: tuple[str, ...]
    audience: float
    yearly_eur: float
    weekly_eur: float
    #: The budgets as shown: whole euros a year and cents a week, rounded so that the ad sets add up
    #: to the rounded total (:func:`shown_budgets`).
    yearly_shown_eur: float = 0.0
    weekly_shown_eur: float = 0.0
    #: The audience as shown: the sum of its areas' shown audiences (:meth:`AdSets.shown_audience`).
    audience_shown: float = 0.0

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "areas": list(self.areas),
            "area_codes": list(self.area_codes),
            "postcodes": list(self.postcodes),
            "audience": self.audience,
            "yearly_eur": self.yearly_eur,
            "weekly_eur": self.weekly_eur,
            "yearly_shown_eur": self.yearly_shown_eur,
            "weekly_shown_eur": self.weekly_shown_eur,
            "audience_shown": self.audience_shown,
        }


def shown_budgets(ad_set_eur, weeks: float = 52.0) -> tuple[np.ndarray, np.ndarray]:
    """``(yearly, weekly)`` euros per ad set as shown: whole euros a year and cents a week, each
    adding up to its rounded total (largest remainder), so a table and the Ads Manager plan agree."""
    euros = np.asarray(ad_set_eur, float)
    return round_to_total(euros), round_to_total(euros / weeks, unit=0.01)


def shown_area_budgets(ad_sets: AdSets, ad_set_eur, area_eur) -> np.ndarray:
    """Euros per area as shown: whole euros that add up to the rounded total and agree with the ad
    sets' shown budgets (:func:`shown_budgets`): an area alone shows its ad set's euros, the areas
    of a pool split the pool's shown euros (largest remainder, in proportion to their euros), and
    an area in no ad set with euros (they buy nothing) is rounded beside the ad sets.

    ``ad_set_eur`` per ad set of ``ad_sets``, ``area_eur`` per area (the ad sets' euros spread over
    their areas, plus any euros on areas in no ad set)."""
    sets_eur = np.asarray(ad_set_eur, float)
    per_area = np.asarray(area_eur, float)
    outside = ~ad_sets.targeted
    # the ad sets and the areas outside them as parts of one total; without euros outside them the
    # ad sets' parts are those of shown_budgets (parts of 0 take no remainder)
    groups = round_to_total(np.concatenate([sets_eur, per_area[outside]]))
    shown = np.zeros(len(per_area))
    shown[outside] = groups[len(sets_eur) :]
    for j, members in enumerate(ad_sets.members):
        if len(members) == 1:  # an area alone: its ad set's euros
            shown[members[0]] = groups[j]
            continue
        rows = np.asarray(members, dtype=int)
        parts = per_area[rows]
        exact = float(parts.sum())
        share = parts / exact if exact > 0 else np.full(len(rows), 1.0 / len(rows))
        shown[rows] = round_to_total(groups[j] * share, total=float(groups[j]))
    return shown


def ads_manager_plan(ad_sets: AdSets, ad_set_eur, weeks: float = 52.0, funded_only: bool = True) -> list[PlanRow]:
    """Per ad set: id, name, its areas, their postcodes, the yearly budget and the budget per week
    (``yearly / weeks``), in the order of ``ad_sets``; ``funded_only`` leaves out ad sets without euros.

    A postcode can reach a little beyond the area (message ``adsets.postcode_note``)."""
    euros = np.asarray(ad_set_eur, float)
    if euros.shape != (len(ad_sets),):
        raise ValueError(f"ad set euros: expected {len(ad_sets)} values, got {euros.size}")
    if not weeks > 0:
        raise ValueError(f"weeks: must be more than 0 (got {weeks})")
    yearly_shown, weekly_shown = shown_budgets(euros, weeks)
    _, audience_shown = ad_sets.shown_audience()
    rows = []
    for j in range(len(ad_sets)):
        if funded_only and not euros[j] > 0:
            continue
        rows.append(
            PlanRow(
                id=ad_sets.ids[j],
                name=ad_sets.names[j],
                areas=ad_sets.member_names(j),
                area_codes=ad_sets.member_codes(j),
                postcodes=ad_sets.postcodes[j],
                audience=float(ad_sets.audience[j]),
                yearly_eur=float(euros[j]),
                weekly_eur=float(euros[j] / weeks),
                yearly_shown_eur=float(yearly_shown[j]),
                weekly_shown_eur=float(weekly_shown[j]),
                audience_shown=float(audience_shown[j]),
            )
        )
    return rows
