"""The areas (wijken or buurten) a scenario is about: residents, dwellings and age shares."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from .bands import BANDS, NATIONAL_AGE_SHARES

AGE_SHARE_TOLERANCE = 0.01

#: The levels of the bundled CBS tables: wijken (districts, the default) and buurten.
LEVELS: tuple[str, ...] = ("wijk", "buurt")


@dataclass(frozen=True)
class Areas:
    """A table of areas, one row per area, validated on construction.

    ``age_shares`` has shape ``(n_areas, 5)`` over :data:`budgetsim.bands.BANDS`; each row sums to
    1 (±0.01). ``population`` is ``residents[:, None] * age_shares`` (``N_ia`` in MODEL.md).

    Optional, per area (``None`` when unknown): ``age_source`` says where the shares come from
    (``"own"``, ``"wijk"``, ``"gemeente"`` or ``"national"``: MODEL.md's fallback chain),
    ``postcodes`` the 4-digit postcodes to target it by, ``wijk_codes`` and ``wijk_names`` the wijk
    of each buurt, and ``gemeente_codes`` the gemeente of each area (for tables spanning several
    gemeenten).
    ``level`` is ``"wijk"`` or ``"buurt"`` for the bundled CBS tables. ``print_dwellings`` is the
    number of dwellings the paper is printed for when it differs from ``sum(dwellings)`` (buurten
    carry households; print is bought for the whole gemeente, from the wijk table).
    """

    codes: tuple[str, ...]
    names: tuple[str, ...]
    residents: np.ndarray
    dwellings: np.ndarray
    age_shares: np.ndarray
    gemeente_code: str | None = None
    gemeente_name: str | None = None
    age_from_data: bool = False
    age_source: tuple[str, ...] | None = None
    postcodes: tuple[tuple[str, ...], ...] | None = None
    wijk_codes: tuple[str, ...] | None = None
    wijk_names: tuple[str, ...] | None = None
    gemeente_codes: tuple[str, ...] | None = None
    level: str | None = None
    print_dwellings: float | None = None
    population: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        n = len(self.codes)
        if n == 0:
            raise ValueError("areas: at least one area is needed")
        if len(self.names) != n:
            raise ValueError(f"areas.names: expected {n} names, got {len(self.names)}")
        if len(set(self.codes)) != n:
            dupes = sorted({c for c in self.codes if self.codes.count(c) > 1})
            raise ValueError(f"areas.codes: every code must be unique; repeated: {', '.join(dupes)}")
        residents = np.asarray(self.residents, dtype=float).reshape(-1)
        dwellings = np.asarray(self.dwellings, dtype=float).reshape(-1)
        shares = np.asarray(self.age_shares, dtype=float)
        for label, values in (("residents", residents), ("dwellings", dwellings)):
            if values.shape != (n,):
                raise ValueError(f"areas.{label}: expected {n} values, got {values.shape[0]}")
            if not np.all(np.isfinite(values)) or np.any(values < 0):
                raise ValueError(f"areas.{label}: every value must be a number of at least 0")
        if shares.shape != (n, len(BANDS)):
            raise ValueError(f"areas.age_shares: expected shape ({n}, {len(BANDS)}), got {shares.shape}")
        if not np.all(np.isfinite(shares)) or np.any(shares < 0) or np.any(shares > 1):
            raise ValueError("areas.age_shares: every share must lie between 0 and 1")
        bad = np.abs(shares.sum(axis=1) - 1.0) > AGE_SHARE_TOLERANCE
        if np.any(bad):
            first = self.codes[int(np.argmax(bad))]
            raise ValueError(
                f"areas.age_shares: the shares of area {first} add up to "
                f"{shares[np.argmax(bad)].sum():.3f}; they must add up to 1 (±0.01)"
            )
        for name, value in (("residents", residents), ("dwellings", dwellings), ("age_shares", shares)):
            value.setflags(write=False)
            object.__setattr__(self, name, value)
        object.__setattr__(self, "codes", tuple(self.codes))
        object.__setattr__(self, "names", tuple(self.names))
        for label in ("age_source", "wijk_codes", "wijk_names", "gemeente_codes"):
            given = getattr(self, label)
            if given is not None:
                texts = tuple(str(v) for v in given)
                if len(texts) != n:
                    raise ValueError(f"areas.{label}: expected {n} values, got {len(texts)}")
                object.__setattr__(self, label, texts)
        if self.postcodes is not None:
            postcodes = tuple(tuple(str(pc) for pc in row) for row in self.postcodes)
            if len(postcodes) != n:
                raise ValueError(f"areas.postcodes: expected {n} values, got {len(postcodes)}")
            object.__setattr__(self, "postcodes", postcodes)
        if self.level is not None and self.level not in LEVELS:
            raise ValueError(f"areas.level: must be one of {', '.join(LEVELS)} (got {self.level!r})")
        if self.print_dwellings is not None:
            print_dwellings = float(self.print_dwellings)
            if not np.isfinite(print_dwellings) or print_dwellings < 0:
                raise ValueError("areas.print_dwellings: must be a number of at least 0")
            object.__setattr__(self, "print_dwellings", print_dwellings)
        population = residents[:, None] * shares
        population.setflags(write=False)
        object.__setattr__(self, "population", population)

    def __len__(self) -> int:
        return len(self.codes)

    @classmethod
    def from_columns(
        cls,
        codes,
        names,
        residents,
        dwellings,
        age_shares=None,
        *,
        gemeente_code: str | None = None,
        gemeente_name: str | None = None,
        **extra,
    ) -> Areas:
        """Build from columns; without ``age_shares`` every area gets the national shares.

        ``extra`` takes the optional per-area fields (``age_source``, ``postcodes``, ``wijk_codes``,
        ``gemeente_codes``) and ``level``, ``print_dwellings``.
        """
        n = len(codes)
        if age_shares is None:
            shares = np.tile([NATIONAL_AGE_SHARES[b] for b in BANDS], (n, 1))
            from_data = False
        else:
            shares = np.asarray(age_shares, dtype=float)
            from_data = True
        return cls(
            codes=tuple(str(c) for c in codes),
            names=tuple(str(x) for x in names),
            residents=np.asarray(residents, dtype=float),
            dwellings=np.asarray(dwellings, dtype=float),
            age_shares=shares,
            gemeente_code=gemeente_code,
            gemeente_name=gemeente_name,
            age_from_data=from_data,
            **({"age_source": ("national",) * n, **extra} if age_shares is None else extra),
        )

    def index(self) -> dict[str, int]:
        """Map from area code to row position."""
        return {code: i for i, code in enumerate(self.codes)}

    def with_names(self, names: dict[str, str]) -> Areas:
        """Copy with some areas renamed (scenario ``area_names``)."""
        if not names:
            return self
        new = tuple(names.get(code, name) for code, name in zip(self.codes, self.names))
        return replace(self, names=new)

    @property
    def dwellings_for_print(self) -> float:
        """Dwellings the paper is printed for: ``print_dwellings`` if set, else ``sum(dwellings)``."""
        if self.print_dwellings is not None:
            return self.print_dwellings
        return float(self.dwellings.sum())

    def postcode_list(self, i: int) -> tuple[str, ...]:
        """The 4-digit postcodes of area ``i`` (empty when the table has none)."""
        return () if self.postcodes is None else self.postcodes[i]

    def per_area(self, mapping: dict[str, float], default: float = 0.0) -> np.ndarray:
        """Array over the areas from a ``{code: value}`` mapping (missing codes get ``default``)."""
        index = self.index()
        out = np.full(len(self), float(default))
        for code, value in mapping.items():
            if code not in index:
                raise ValueError(f"unknown area code {code!r}")
            out[index[code]] = float(value)
        return out
