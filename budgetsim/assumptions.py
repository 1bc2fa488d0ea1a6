"""The model's assumptions (MODEL.md): one registry, and the two frozen dataclasses built on it.

Every assumption is declared once, in :data:`REGISTRY`, as a :class:`Parameter`: where it lives
(``print.loyalty``), its default, unit and display format, the hard limits a scenario file may hold,
the input step and input limits of the app, the range MODEL.md advises, the default uncertainty
range and whether it has a value per age band. Its label and basis (where the numbers come from)
are texts of the one catalogue, ``param.<key>.label`` and ``param.<key>.basis`` (:mod:`budgetsim.i18n`).
Everything else is derived from it:

* :class:`PrintAssumptions` and :class:`SocialAssumptions` check themselves against the limits
  (a ``ValueError`` names the parameter, the allowed range and the value);
* the scenario file's pydantic models (:mod:`budgetsim.scenario`);
* the uncertainty ranges (:data:`DEFAULT_RANGES`, :data:`FACTOR_PARAMETERS`, :data:`RANGE_LIMITS`);
* the app's input limits (:data:`INPUT_LIMITS`) and the display formats (:data:`DISPLAY_FORMATS`).

:data:`PARAMETERS` (kept for the app's assumptions panel and the exports) lists the parameters
that always hold a number; :data:`REGISTRY` adds the optional ones (``print.price_per_page_eur``).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Literal

from .bands import TARGETABLE_BANDS
from .problems import Message

#: The most euros a budget, a limit or a price may hold (scenario files, the app, the optimiser).
MAX_EUR = 10_000_000

Display = Literal["percent", "euro", "number", "integer"]


@dataclass(frozen=True)
class Parameter:
    """One assumption, declared once.

    ``minimum``/``maximum`` are the hard limits (what a file may hold; ``minimum_open`` makes the
    lower one strict). ``low``/``high`` are the range MODEL.md advises and ``uncertainty`` the
    default uncertainty range (None: not uncertain); for per-band parameters both are a factor on
    every band's value. ``input_min``/``input_max``/``step`` are the app's input limits.
    """

    key: str  # "print.delivery_share"
    default: float | dict[str, float] | None
    low: float | None  # None: no advised range (an optional parameter)
    high: float | None
    per_band: bool = False
    unit: str = "share"  # share | eur | count | number
    display: Display = "number"
    decimals: int = 2
    minimum: float = 0.0
    maximum: float = 1.0
    minimum_open: bool = False
    infinite_ok: bool = False  # the model accepts +inf (a Poisson spread); files never hold it
    optional: bool = False  # None means "not given" (price_per_page_eur)
    whole: bool = False  # only whole numbers (issues_per_year)
    step: float = 0.01
    input_min: float | None = None
    input_max: float | None = None
    uncertainty: tuple[float, float] | None = None

    @property
    def channel(self) -> str:
        return self.key.split(".")[0]

    @property
    def name(self) -> str:
        return self.key.split(".")[1]

    def label(self, lang: str) -> str:
        """The short name in ``lang``: the catalogue's ``param.<key>.label``."""
        return Message(f"param.{self.key}.label").render(lang)

    def basis(self, lang: str) -> str:
        """Where the default and the range come from, in ``lang``: the catalogue's ``param.<key>.basis``."""
        return Message(f"param.{self.key}.basis").render(lang)

    @property
    def input_limits(self) -> tuple[float, float, float]:
        """(lowest, highest, step) of the app's input: the hard limits unless narrowed."""
        low = self.minimum if self.input_min is None else self.input_min
        high = self.maximum if self.input_max is None else self.input_max
        return low, high, self.step

    @property
    def format_kind(self) -> str:
        """How a value is written: ``pct``, ``pct_bands``, ``eur``, ``int``, ``num1`` or ``num2``."""
        if self.display == "percent":
            return "pct_bands" if self.per_band else "pct"
        if self.display == "euro":
            return "eur"
        if self.display == "integer":
            return "int"
        return f"num{self.decimals}"

    def default_value(self):
        """A fresh copy of the default (a new dict for per-band parameters)."""
        return dict(self.default) if isinstance(self.default, dict) else self.default

    def check(self, value, name: str | None = None) -> None:
        """Raise a ``ValueError`` naming the parameter, what is allowed and the value."""
        name = name or self.key
        if self.optional and value is None:
            return
        if self.per_band:
            if not isinstance(value, dict) or set(value) != set(TARGETABLE_BANDS):
                given = ", ".join(value) if isinstance(value, dict) else repr(value)
                raise ValueError(
                    f"{name}: give a value for each of {', '.join(TARGETABLE_BANDS)} (got {given or 'none'})"
                )
            for band, v in value.items():
                _check_range(f"{name}.{band}", v, self.minimum, self.maximum, self.minimum_open)
            return
        if self.infinite_ok and value == math.inf:
            return
        _check_range(name, value, self.minimum, self.maximum, self.minimum_open)
        if self.whole and not float(value).is_integer():
            raise ValueError(f"{name}: must be a whole number (got {value:g})")


def _check_range(name: str, value, low: float, high: float, low_open: bool = False) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(f"{name}: must be a finite number (got {value!r})")
    too_low = value <= low if low_open else value < low
    if too_low or value > high:
        bracket = "(" if low_open else "["
        raise ValueError(f"{name}: must lie in {bracket}{low:g}, {high:g}] (got {value:g})")


#: MODEL.md version 2 (issue 13): version 1 had 0.10 / 0.20 / 0.35 / 0.50, half of what NOM and
#: every published municipal panel report.
PAGE_SEEN_DEFAULT = {"15-24": 0.22, "25-44": 0.38, "45-64": 0.50, "65+": 0.62}
PLATFORM_SHARE_DEFAULT = {"15-24": 0.85, "25-44": 0.85, "45-64": 0.75, "65+": 0.55}

#: Every assumption, in the order of the app's panel, the exports and the uncertainty draws.
REGISTRY: tuple[Parameter, ...] = (
    Parameter(
        "print.delivery_share",
        0.80,
        0.50,
        0.95,
        display="percent",
        decimals=0,
        uncertainty=(0.7, 0.9),
    ),
    Parameter(
        "print.price_per_1000_copies_eur",
        15.0,
        5.0,
        30.0,
        unit="eur",
        display="euro",
        minimum=0.0,
        maximum=1e6,
        minimum_open=True,
        step=0.5,
        input_min=0.5,
        input_max=200.0,
        uncertainty=(10.0, 25.0),
    ),
    Parameter(
        "print.page_seen",
        dict(PAGE_SEEN_DEFAULT),
        0.6,
        1.4,
        per_band=True,
        display="percent",
        decimals=0,
        uncertainty=(0.6, 1.4),
    ),
    Parameter(
        "print.loyalty",
        0.6,
        0.0,
        0.95,
        unit="number",
        maximum=0.99,
        uncertainty=(0.4, 0.8),
    ),
    Parameter(
        "print.price_per_page_eur",
        None,
        None,
        None,
        unit="eur",
        display="euro",
        minimum=0.0,
        maximum=1e6,
        minimum_open=True,
        optional=True,
        step=10.0,
        input_min=1.0,
        input_max=100000.0,
    ),
    Parameter(
        "print.issues_per_year",
        52.0,
        1.0,
        365.0,
        unit="count",
        display="integer",
        decimals=0,
        minimum=1.0,
        maximum=365.0,
        whole=True,
        step=1.0,
    ),
    Parameter(
        "social.cpm_eur",
        8.0,
        5.0,
        15.0,
        unit="eur",
        display="euro",
        minimum=0.0,
        maximum=1e6,
        minimum_open=True,
        step=0.5,
        input_min=0.5,
        input_max=100.0,
        uncertainty=(6.0, 12.0),
    ),
    Parameter(
        "social.platform_share",
        dict(PLATFORM_SHARE_DEFAULT),
        0.85,
        1.15,
        per_band=True,
        display="percent",
        decimals=0,
        uncertainty=(0.9, 1.1),
    ),
    Parameter(
        "social.on_target_share",
        0.8,
        0.5,
        1.0,
        display="percent",
        decimals=0,
        uncertainty=(0.7, 0.9),
    ),
    Parameter(
        "social.noticed_share",
        0.5,
        0.2,
        0.9,
        display="percent",
        decimals=0,
        uncertainty=(0.3, 0.7),
    ),
    Parameter(
        "social.spread",
        1.0,
        0.3,
        10.0,
        unit="number",
        decimals=1,
        minimum=0.0,
        maximum=1000.0,
        minimum_open=True,
        infinite_ok=True,
        step=0.1,
        input_min=0.1,
        uncertainty=(0.5, 2.0),
    ),
    Parameter(
        "social.min_audience",
        1000.0,
        0.0,
        100000.0,
        unit="count",
        display="integer",
        maximum=1e9,
        step=100.0,
        input_max=100000.0,
    ),
)

PARAMETER_BY_KEY: dict[str, Parameter] = {p.key: p for p in REGISTRY}

# -- derived views (kept under their old names for the modules that use them) -----------------
#: The parameters that always hold a number (the app's assumptions panel, the exports).
PARAMETERS: tuple[Parameter, ...] = tuple(p for p in REGISTRY if not p.optional)
#: Default uncertainty ranges: absolute for scalars, a factor for the per-band parameters.
DEFAULT_RANGES: dict[str, tuple[float, float]] = {p.key: p.uncertainty for p in REGISTRY if p.uncertainty is not None}
#: Parameters that vary by one factor on every band's value.
PER_BAND_KEYS: tuple[str, ...] = tuple(p.key for p in REGISTRY if p.per_band)
FACTOR_PARAMETERS = PER_BAND_KEYS
#: Parameters that ``uncertainty.ranges`` of a scenario may name.
RANGE_KEYS: tuple[str, ...] = tuple(DEFAULT_RANGES)
#: Where a range's ends may lie: (low, high, low end open). Per-band ranges are factors (>= 0).
RANGE_LIMITS: dict[str, tuple[float, float, bool]] = {
    key: (0.0, math.inf, False)
    if PARAMETER_BY_KEY[key].per_band
    else (PARAMETER_BY_KEY[key].minimum, PARAMETER_BY_KEY[key].maximum, PARAMETER_BY_KEY[key].minimum_open)
    for key in RANGE_KEYS
}
#: The app's input limits: (lowest, highest, step) per parameter.
INPUT_LIMITS: dict[str, tuple[float, float, float]] = {p.key: p.input_limits for p in REGISTRY}
#: How each value is written (``pct``, ``pct_bands``, ``eur``, ``int``, ``num1``, ``num2``).
DISPLAY_FORMATS: dict[str, str] = {p.key: p.format_kind for p in REGISTRY}
#: Scalar parameters shown as a percentage, and those shown in euros.
PERCENT_KEYS: tuple[str, ...] = tuple(p.key for p in REGISTRY if p.display == "percent" and not p.per_band)
EURO_KEYS: tuple[str, ...] = tuple(p.key for p in REGISTRY if p.display == "euro")


def _default(key: str):
    parameter = PARAMETER_BY_KEY[key]
    if isinstance(parameter.default, dict):
        return field(default_factory=parameter.default_value)
    return parameter.default


def _check_fields(obj, channel: str) -> None:
    for f in fields(obj):
        PARAMETER_BY_KEY[f"{channel}.{f.name}"].check(getattr(obj, f.name))


@dataclass(frozen=True)
class PrintAssumptions:
    """Assumptions for the municipal page in the free local weekly (MODEL.md, "Print")."""

    delivery_share: float = _default("print.delivery_share")
    price_per_1000_copies_eur: float = _default("print.price_per_1000_copies_eur")
    page_seen: dict[str, float] = _default("print.page_seen")
    loyalty: float = _default("print.loyalty")
    price_per_page_eur: float | None = _default("print.price_per_page_eur")
    issues_per_year: float = _default("print.issues_per_year")

    def __post_init__(self) -> None:
        _check_fields(self, "print")


@dataclass(frozen=True)
class SocialAssumptions:
    """Assumptions for neighbourhood-targeted ads on Facebook and Instagram (MODEL.md, "Social")."""

    cpm_eur: float = _default("social.cpm_eur")
    platform_share: dict[str, float] = _default("social.platform_share")
    on_target_share: float = _default("social.on_target_share")
    noticed_share: float = _default("social.noticed_share")
    spread: float = _default("social.spread")
    min_audience: float = _default("social.min_audience")

    def __post_init__(self) -> None:
        _check_fields(self, "social")


def _registry_matches_dataclasses() -> None:
    """Every registry entry is a field of its channel's dataclass and the other way round."""
    declared = {f"print.{f.name}" for f in fields(PrintAssumptions)} | {
        f"social.{f.name}" for f in fields(SocialAssumptions)
    }
    if declared != set(PARAMETER_BY_KEY):
        raise RuntimeError(f"assumption registry and dataclasses differ: {sorted(declared ^ set(PARAMETER_BY_KEY))}")


_registry_matches_dataclasses()


@dataclass(frozen=True)
class Assumptions:
    """Both channels' assumptions together."""

    print: PrintAssumptions = field(default_factory=PrintAssumptions)
    social: SocialAssumptions = field(default_factory=SocialAssumptions)

    def get(self, key: str):
        """Value of a parameter by its key, e.g. ``"social.cpm_eur"``."""
        channel, name = key.split(".")
        return getattr(getattr(self, channel), name)

    def with_value(self, key: str, value) -> Assumptions:
        """Copy with one parameter changed (validated)."""
        channel, name = key.split(".")
        part = replace(getattr(self, channel), **{name: value})
        return replace(self, **{channel: part})

    def to_dict(self) -> dict:
        return {"print": asdict(self.print), "social": asdict(self.social)}

    @classmethod
    def from_dict(cls, data: dict | None) -> Assumptions:
        data = data or {}
        return cls(
            print=PrintAssumptions(**(data.get("print") or {})),
            social=SocialAssumptions(**(data.get("social") or {})),
        )
