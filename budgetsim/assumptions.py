"""The model's assumptions (MODEL.md): defaults, allowed ranges and the basis of each, in NL and EN.

:class:`PrintAssumptions` and :class:`SocialAssumptions` are frozen dataclasses that validate
themselves and raise a ``ValueError`` naming the parameter, the allowed range and the value.
:data:`PARAMETERS` describes every parameter for the app's assumptions panel.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, replace

from .bands import TARGETABLE_BANDS


@dataclass(frozen=True)
class Parameter:
    """One assumption: where it lives, its default, the range MODEL.md advises, and its basis."""

    key: str  # "print.delivery_share"
    default: float | dict[str, float]
    low: float  # advised range (MODEL.md); for per-band parameters a factor on the default
    high: float
    basis_nl: str
    basis_en: str
    label_nl: str
    label_en: str
    per_band: bool = False

    @property
    def channel(self) -> str:
        return self.key.split(".")[0]

    @property
    def name(self) -> str:
        return self.key.split(".")[1]

    def label(self, lang: str) -> str:
        return self.label_nl if lang == "nl" else self.label_en

    def basis(self, lang: str) -> str:
        return self.basis_nl if lang == "nl" else self.basis_en


PAGE_SEEN_DEFAULT = {"15-24": 0.10, "25-44": 0.20, "45-64": 0.35, "65+": 0.50}
PLATFORM_SHARE_DEFAULT = {"15-24": 0.85, "25-44": 0.85, "45-64": 0.75, "65+": 0.55}

PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        "print.delivery_share", 0.80, 0.50, 0.95,
        "Deel van de woningen dat de krant krijgt. Een NEE/NEE-sticker hebben ongeveer 15 tot 25 % "
        "van de huishoudens, in Amsterdam tot 50 %. Op het platteland stopt de bezorging soms.",
        "Share of dwellings that receive the paper. About 15–25 % of households have a NEE/NEE "
        "sticker, up to 50 % in Amsterdam; rural delivery is being dropped in places.",
        "Deel van de woningen dat de krant krijgt", "Share of dwellings that receive the paper",
    ),
    Parameter(
        "print.price_per_1000_copies_eur", 15.0, 5.0, 30.0,
        "Prijs van één gemeentepagina per 1.000 kranten. Gemeenten betalen €60 tot €260 per pagina "
        "voor een krant met ongeveer 11.000 exemplaren.",
        "Price of one municipal page per 1,000 copies. Municipal contracts run from €60 to €260 "
        "per page for titles of about 11,000 copies.",
        "Prijs per 1.000 kranten (€)", "Price per 1,000 copies (€)",
    ),
    Parameter(
        "print.page_seen", dict(PAGE_SEEN_DEFAULT), 0.5, 1.5,
        "Kans dat iemand in een huis dat de krant krijgt de gemeentepagina in één nummer ziet. "
        "Gemiddeld leest ongeveer 53 % een nummer van een lokaal weekblad (NOM 2018), jongeren "
        "veel minder. Bereik: de standaardwaarde min of plus 50 %.",
        "Chance that a resident of a receiving dwelling sees the municipal page in one issue. "
        "Average-issue readership of local weeklies is about 53 % (NOM 2018), far lower among "
        "the young. Range: the default ±50 %.",
        "Kans dat iemand de pagina ziet (per nummer)", "Chance of seeing the page (per issue)",
        per_band=True,
    ),
    Parameter(
        "print.loyalty", 0.5, 0.0, 0.95,
        "Hoe vaak dezelfde mensen elke week lezen: 0 = elk nummer een nieuwe kans, bijna 1 = "
        "steeds dezelfde lezers (bèta-binomiaal model, Metheringham).",
        "How much the same people read every week: 0 = each issue an independent chance, near "
        "1 = the same readers every time (beta-binomial model, Metheringham).",
        "Trouw van lezers", "Reader loyalty",
    ),
    Parameter(
        "social.cpm_eur", 8.0, 5.0, 15.0,
        "Kosten per 1.000 vertoningen van een advertentie in Nederland; in het vierde kwartaal "
        "ongeveer 30 % hoger.",
        "Euros per 1,000 ad impressions in the Netherlands; about 30 % higher in Q4.",
        "Kosten per 1.000 vertoningen (€)", "Cost per 1,000 impressions (€)",
    ),
    Parameter(
        "social.platform_share", dict(PLATFORM_SHARE_DEFAULT), 0.85, 1.15,
        "Deel van de inwoners dat Facebook of Instagram gebruikt. Newcom 2024–2025: Facebook "
        "ongeveer 10 miljoen, Instagram ongeveer 8 miljoen gebruikers van 15 jaar en ouder. "
        "Bereik: de standaardwaarde min of plus 15 %.",
        "Residents who use Facebook or Instagram. Newcom 2024–2025: Facebook about 10 million, "
        "Instagram about 8 million users aged 15+. Range: the default ±15 %.",
        "Deel dat Facebook of Instagram gebruikt", "Share using Facebook or Instagram",
        per_band=True,
    ),
    Parameter(
        "social.on_target_share", 0.8, 0.5, 1.0,
        "Deel van de vertoningen dat echt bij inwoners van de gekozen wijk komt. Richten op "
        "postcode of straal bereikt ook forensen en bezoekers.",
        "Share of impressions shown to residents of the targeted area: postcode and radius "
        "targeting also reach commuters and visitors.",
        "Deel van de vertoningen in de wijk", "Share of impressions on target",
    ),
    Parameter(
        "social.noticed_share", 0.5, 0.2, 0.9,
        "Deel van die vertoningen dat mensen echt opmerken. Ongeveer twee op de drie "
        "advertenties zijn zichtbaar, opgemerkt worden er minder. Zo is een vertoning te "
        "vergelijken met 'de gemeentepagina gezien'. Stel dit in met eigen meetgegevens.",
        "Share of those impressions that are actually noticed (roughly two in three feed ads "
        "are viewable, fewer are noticed), so an impression compares with 'saw the municipal "
        "page'. Set it from your own recall or brand-lift data.",
        "Deel dat wordt opgemerkt", "Share noticed",
    ),
    Parameter(
        "social.spread", 1.0, 0.3, 10.0,
        "Hoe gelijk de vertoningen over mensen verdeeld zijn (k van de negatief-binomiale "
        "verdeling): laag = veel vertoningen bij een kleine groep, hoog = gelijk verdeeld. "
        "k = 1 is de bereikscurve van Goerg (2014), de standaard van het WFA-raamwerk.",
        "Negative-binomial shape k: low = impressions pile up on heavy users, high = spread "
        "evenly (k → ∞ is Poisson). k = 1 is Goerg's one-point reach curve (2014), the default "
        "of the WFA planning-evaluation framework.",
        "Spreiding van vertoningen", "Spread of impressions",
    ),
    Parameter(
        "social.min_audience", 1000.0, 0.0, 100000.0,
        "Een wijk met een kleinere doelgroep op Facebook en Instagram kan niet apart bereikt "
        "worden: de platforms richten niet op heel kleine groepen.",
        "An area whose audience is smaller cannot be targeted on its own: the platforms do not "
        "target very small audiences.",
        "Kleinste doelgroep per wijk", "Smallest audience per area",
    ),
)

PARAMETER_BY_KEY: dict[str, Parameter] = {p.key: p for p in PARAMETERS}


def _check_range(name: str, value: float, low: float, high: float, *, low_open: bool = False) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(f"{name}: must be a finite number (got {value!r})")
    too_low = value <= low if low_open else value < low
    if too_low or value > high:
        bracket = "(" if low_open else "["
        raise ValueError(f"{name}: must lie in {bracket}{low:g}, {high:g}] (got {value:g})")


def _check_bands(name: str, values: dict[str, float]) -> None:
    if set(values) != set(TARGETABLE_BANDS):
        raise ValueError(
            f"{name}: give a value for each of {', '.join(TARGETABLE_BANDS)} "
            f"(got {', '.join(values) or 'none'})"
        )
    for band, value in values.items():
        _check_range(f"{name}.{band}", value, 0.0, 1.0)


@dataclass(frozen=True)
class PrintAssumptions:
    """Assumptions for the municipal page in the free local weekly (MODEL.md, "Print")."""

    delivery_share: float = 0.80
    price_per_1000_copies_eur: float = 15.0
    page_seen: dict[str, float] = field(default_factory=lambda: dict(PAGE_SEEN_DEFAULT))
    loyalty: float = 0.5

    def __post_init__(self) -> None:
        _check_range("print.delivery_share", self.delivery_share, 0.0, 1.0)
        _check_range("print.price_per_1000_copies_eur", self.price_per_1000_copies_eur, 0.0, 1e6, low_open=True)
        _check_bands("print.page_seen", self.page_seen)
        _check_range("print.loyalty", self.loyalty, 0.0, 0.99)


@dataclass(frozen=True)
class SocialAssumptions:
    """Assumptions for neighbourhood-targeted ads on Facebook and Instagram (MODEL.md, "Social")."""

    cpm_eur: float = 8.0
    platform_share: dict[str, float] = field(default_factory=lambda: dict(PLATFORM_SHARE_DEFAULT))
    on_target_share: float = 0.8
    noticed_share: float = 0.5
    spread: float = 1.0
    min_audience: float = 1000.0

    def __post_init__(self) -> None:
        _check_range("social.cpm_eur", self.cpm_eur, 0.0, 1e6, low_open=True)
        _check_bands("social.platform_share", self.platform_share)
        _check_range("social.on_target_share", self.on_target_share, 0.0, 1.0)
        _check_range("social.noticed_share", self.noticed_share, 0.0, 1.0)
        if self.spread != math.inf:
            _check_range("social.spread", self.spread, 0.0, 1000.0, low_open=True)
        _check_range("social.min_audience", self.min_audience, 0.0, 1e9)


@dataclass(frozen=True)
class Assumptions:
    """Both channels' assumptions together."""

    print: PrintAssumptions = field(default_factory=PrintAssumptions)
    social: SocialAssumptions = field(default_factory=SocialAssumptions)

    def get(self, key: str):
        """Value of a parameter by its key, e.g. ``"social.cpm_eur"``."""
        channel, name = key.split(".")
        return getattr(getattr(self, channel), name)

    def with_value(self, key: str, value) -> "Assumptions":
        """Copy with one parameter changed (validated)."""
        channel, name = key.split(".")
        part = replace(getattr(self, channel), **{name: value})
        return replace(self, **{channel: part})

    def to_dict(self) -> dict:
        return {"print": asdict(self.print), "social": asdict(self.social)}

    @classmethod
    def from_dict(cls, data: dict | None) -> "Assumptions":
        data = data or {}
        return cls(
            print=PrintAssumptions(**(data.get("print") or {})),
            social=SocialAssumptions(**(data.get("social") or {})),
        )
