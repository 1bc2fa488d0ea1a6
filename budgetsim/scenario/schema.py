"""The scenario file's fields and their types (SCENARIO.md), as pydantic models.

The assumptions' fields come from the parameter registry (:mod:`budgetsim.assumptions`): their
limits and defaults are declared there once. :meth:`Scenario.to_dict` gives the file's JSON object
in SCENARIO.md's key order. The model itself is built from a scenario in :mod:`budgetsim.planning`.
"""

from __future__ import annotations

from types import GenericAlias
from typing import TYPE_CHECKING, Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, Strict, create_model

from ..allocation import SocialSplit
from ..assumptions import MAX_EUR, RANGE_KEYS, REGISTRY, Parameter
from ..bands import BANDS, TARGETABLE_BANDS, TargetableBand
from ..campaigns import CampaignSplit

SCHEMA_VERSION = 2
#: An area level of a gemeente (MODEL.md "Population").
Level = Literal["wijk", "buurt"]
LEVELS: tuple[str, ...] = get_args(Level)
MAX_FILE_BYTES = 1_000_000
MAX_AREAS = 20_000
MANUAL_SUM_TOLERANCE_EUR = 1.0
MAX_CAMPAIGNS = 200


def _number(**limits) -> Any:
    """A JSON number (not a bool or a string) within ``limits`` (pydantic ``ge``/``le``/``gt``)."""
    return Annotated[float, Strict(), Field(**limits)]


Number = Annotated[float, Strict()]
Money = Annotated[float, Strict(), Field(ge=0, le=MAX_EUR)]
Share = Annotated[float, Strict(), Field(ge=0, le=1)]
Weight = Annotated[float, Strict(), Field(ge=0, le=100)]
Count = Annotated[float, Strict(), Field(ge=0, le=1e9)]
Text = Annotated[str, Strict(), Field(max_length=10_000)]


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class Budget(_Part):
    """``print_eur`` None means the default: one municipal page every week for a year."""

    print_eur: Money | None = None
    social_eur: Money = 0.0
    social_split: SocialSplit = "by_audience"
    social_manual_eur: dict[str, Money] = Field(default_factory=dict)


class Constraints(_Part):
    print_min_eur: Money = 0.0
    print_max_eur: Money | None = None
    area_min_eur: dict[str, Money] = Field(default_factory=dict)
    area_max_eur: dict[str, Money] = Field(default_factory=dict)


def _setting_field(p: Parameter) -> tuple[Any, Any]:
    """The pydantic type and default of one assumption in the file, from the registry."""
    bound = {"gt" if p.minimum_open else "ge": p.minimum, "le": p.maximum}
    if p.per_band:
        return GenericAlias(dict, (str, _number(**bound))), Field(default_factory=p.default_value)
    if p.optional:
        return _number(**bound) | None, None
    return _number(**bound), p.default


#: Fields of a channel's settings that are no assumption of the model: ``price_per_page_estimated``
#: marks ``price_per_page_eur`` as an estimate kept from copies (SCENARIO.md 2.1, MODEL.md "Print").
MARKS: dict[str, dict[str, tuple[Any, Any]]] = {
    "print": {"price_per_page_estimated": (Annotated[bool, Strict()], False)},
    "social": {},
}


class ChannelSettings(_Part):
    """The base of ``PrintSettings`` and ``SocialSettings``, whose fields are made from the registry
    when the program starts: a type checker sees each field as ``Any``."""

    if TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any: ...


def _settings_model(channel: str) -> type[ChannelSettings]:
    """``PrintSettings`` or ``SocialSettings``: one field per registry entry of the channel, and
    its :data:`MARKS`."""
    fields: dict[str, Any] = {p.name: _setting_field(p) for p in REGISTRY if p.channel == channel} | MARKS[channel]
    model = create_model(f"{channel.capitalize()}Settings", __base__=ChannelSettings, **fields)
    model.__doc__ = f"The {channel} assumptions of a scenario file (limits and defaults from the registry)."
    return model


if TYPE_CHECKING:  # a class made at run time is no type to a type checker: it sees their common base
    PrintSettings = ChannelSettings
    SocialSettings = ChannelSettings
else:
    PrintSettings = _settings_model("print")
    SocialSettings = _settings_model("social")


class AssumptionSettings(_Part):
    print: PrintSettings = Field(default_factory=PrintSettings)
    social: SocialSettings = Field(default_factory=SocialSettings)


class Uncertainty(_Part):
    seed: Annotated[int, Strict(), Field(ge=0, le=2**32 - 1)] = 1
    draws: Annotated[int, Strict(), Field(ge=100, le=100_000)] = 2000
    ranges: dict[str, Annotated[list[Number], Field(min_length=2, max_length=2)]] = Field(default_factory=dict)


class Current(_Part):
    """What the gemeente does now (MODEL.md "Nu"); ``print_eur`` None: a page every week."""

    print_eur: Money | None = None
    social_eur: Money = 0.0


#: A date as written in a calibration record: ``2026-11-30``.
IsoDate = Annotated[str, Strict(), Field(pattern=r"^\d{4}-\d{2}-\d{2}$")]
Fitted = dict[str, Annotated[float, Strict()] | dict[str, Annotated[float, Strict()]]]


class CalibrationRecord(BaseModel):
    """Where one channel's fitted values came from (SCENARIO.md version 2), checked loosely.

    ``source``, ``read_at`` and ``fitted`` are checked when present; any other key (``rows_used``,
    ``rows_skipped``, ``respondents``, ``campaigns``, ``edited`` ...) is kept as it is.
    """

    model_config = ConfigDict(extra="allow", frozen=True, allow_inf_nan=False)

    source: Annotated[str, Strict(), Field(max_length=1000)] | None = None
    read_at: IsoDate | None = None
    fitted: Fitted = Field(default_factory=dict)


class Calibration(_Part):
    """The ``calibration`` record: the values themselves stand in ``assumptions``."""

    social: CalibrationRecord | None = None
    print: CalibrationRecord | None = None


class CampaignEntry(_Part):
    """One campaign (SCENARIO.md "Campaigns"). The types are checked here; what needs the campaign's
    name in the message (weeks 1–52 not reversed, at least one age group, euros of at least 0, a name
    used once, known areas) is checked across fields, by :class:`budgetsim.campaigns.Campaign`."""

    name: Annotated[str, Strict(), Field(max_length=200)]
    weeks: Annotated[list[Annotated[int, Strict()]], Field(min_length=2, max_length=2)]
    bands: list[TargetableBand]
    areas: list[Annotated[str, Strict(), Field(max_length=100)]] | None = None
    social_eur: Annotated[float, Strict(), Field(le=MAX_EUR)]
    split: CampaignSplit = "by_audience"
    in_paper: Annotated[bool, Strict()] = True


class AreaEntry(_Part):
    """One inline area; ``age_shares`` (all five bands, adding up to 1) is optional."""

    code: Annotated[str, Strict(), Field(min_length=1, max_length=100)]
    name: Annotated[str, Strict(), Field(max_length=200)]
    residents: Count
    dwellings: Count
    age_shares: dict[str, Share] | None = None


class Scenario(_Part):
    """A scenario file (SCENARIO.md). ``inline_areas`` is the JSON key ``areas``.

    Build one with :func:`~budgetsim.scenario.parse_scenario`, ``scenario_from_dict`` or
    ``new_scenario``: they also run the checks across fields (area codes, manual sum, ranges)
    that the field types alone do not. To change a scenario, edit ``to_dict()`` and pass it back
    through ``scenario_from_dict``. The model, the areas, the print budget, the uncertainty ranges
    and the arrays over the areas are built in :mod:`budgetsim.planning`.
    """

    schema_version: Annotated[int, Strict()]
    name: Text = ""
    notes: Text = ""
    gemeente: Annotated[str, Strict()] | None = None
    level: Level = "wijk"
    inline_areas: Annotated[list[AreaEntry], Field(min_length=1, max_length=MAX_AREAS)] | None = Field(
        default=None, alias="areas"
    )
    target_bands: Annotated[list[TargetableBand], Field(min_length=1)] = Field(
        default_factory=lambda: list(TARGETABLE_BANDS)
    )
    current: Current | None = None
    budget: Budget = Field(default_factory=Budget)
    plan_year: Annotated[int, Strict(), Field(ge=2000, le=2100)] | None = None
    campaigns: Annotated[list[CampaignEntry], Field(max_length=MAX_CAMPAIGNS)] = Field(default_factory=list)
    area_weights: dict[str, Weight] = Field(default_factory=dict)
    area_names: dict[str, Annotated[str, Strict(), Field(min_length=1, max_length=200)]] = Field(default_factory=dict)
    constraints: Constraints = Field(default_factory=Constraints)
    assumptions: AssumptionSettings = Field(default_factory=AssumptionSettings)
    uncertainty: Uncertainty = Field(default_factory=Uncertainty)
    calibration: Calibration | None = None
    _migrated_from: int | None = PrivateAttr(default=None)

    def __eq__(self, other: object) -> bool:
        """Equal fields are equal scenarios, however they were read (``migrated_from`` aside)."""
        if not isinstance(other, Scenario):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]  # unhashable on purpose: a scenario holds dicts

    @property
    def migrated_from(self) -> int | None:
        """The schema version the file had when it was read, if older than this program's."""
        return self._migrated_from

    @property
    def area_level(self) -> str:
        """``wijk`` or ``buurt`` for a gemeente's bundled areas (``wijk`` when not given)."""
        return self.level

    def to_dict(self) -> dict:
        """The JSON object of the file, in SCENARIO.md's key order.

        ``level`` is written for a gemeente's bundled areas (not for an own table), ``current``,
        ``plan_year``, ``campaigns`` and ``calibration`` only when given; a calibration record keeps
        every key it was given.
        """
        out = _tidy(self.model_dump(mode="python", by_alias=True, exclude={"calibration"}))
        if self.inline_areas is not None:
            out.pop("level")  # an own table is its own level
        if out["current"] is None:
            out.pop("current")
        if out["plan_year"] is None:
            out.pop("plan_year")
        if not out["campaigns"]:
            out.pop("campaigns")
        if self.calibration is not None:
            out["calibration"] = _whole_numbers(self.calibration.model_dump(mode="json", exclude_unset=True))
        return out


def _edited_fits(settings: BaseModel, record: CalibrationRecord) -> list[str]:
    """Names of fitted values (``loyalty``, ``page_seen.65+``) that the assumptions no longer hold."""
    edited = []
    for name, fitted in record.fitted.items():
        value = getattr(settings, name, None)
        if value is None:
            continue  # not an assumption (e.g. platform_share_factor)
        pairs = (
            [(f"{name}.{band}", fitted[band], value.get(band)) for band in fitted]
            if isinstance(fitted, dict) and isinstance(value, dict)
            else [(name, fitted, value)]
        )
        for label, fit, now in pairs:
            if not isinstance(fit, (int, float)) or not isinstance(now, (int, float)):
                continue
            if abs(float(fit) - float(now)) > 1e-9 * max(1.0, abs(float(fit))):
                edited.append(label)
    return sorted(edited)


def mark_edited_fits(scenario: Scenario) -> Scenario:
    """The scenario with each calibration record's ``edited`` listing the fitted values that were
    changed by hand since (SCENARIO.md: editing a fitted value keeps the record and marks it)."""
    calibration = scenario.calibration
    if calibration is None:
        return scenario
    records = {}
    for channel in ("social", "print"):
        record = getattr(calibration, channel)
        if record is None:
            continue
        edited = _edited_fits(getattr(scenario.assumptions, channel), record)
        before = sorted((record.model_extra or {}).get("edited") or [])
        if edited != before:
            extra = dict(record.model_extra or {})
            if edited:
                extra["edited"] = edited
            else:
                extra.pop("edited", None)
            fields = record.model_dump(exclude_unset=True, exclude=set(extra) | {"edited"})
            records[channel] = CalibrationRecord.model_validate({**fields, **extra})
    if not records:
        return scenario
    copy = scenario.model_copy(update={"calibration": calibration.model_copy(update=records)})
    copy._migrated_from = scenario.migrated_from
    return copy


#: The model class of the object at a field (for "allowed keys" in messages).
MODEL_OF_FIELD: dict[tuple[type, str], type[BaseModel]] = {
    (Scenario, "budget"): Budget,
    (Scenario, "constraints"): Constraints,
    (Scenario, "assumptions"): AssumptionSettings,
    (Scenario, "uncertainty"): Uncertainty,
    (Scenario, "areas"): AreaEntry,
    (AssumptionSettings, "print"): PrintSettings,
    (AssumptionSettings, "social"): SocialSettings,
    (Scenario, "current"): Current,
    (Scenario, "calibration"): Calibration,
    (Scenario, "campaigns"): CampaignEntry,
}

#: Top-level keys in the order of the file (problems are listed in this order too).
TOP_LEVEL_ORDER = (
    "schema_version",
    "name",
    "notes",
    "gemeente",
    "level",
    "areas",
    "target_bands",
    "current",
    "budget",
    "plan_year",
    "campaigns",
    "area_weights",
    "area_names",
    "constraints",
    "assumptions",
    "uncertainty",
    "calibration",
)


def _whole_numbers(value: Any) -> Any:
    """Floats that are whole numbers become ints (``20000`` rather than ``20000.0``), recursively."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: _whole_numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_whole_numbers(v) for v in value]
    return value


def _in_band_order(values: dict[str, float]) -> dict[str, float]:
    return {b: values[b] for b in BANDS if b in values} | values


def _tidy(dumped: dict) -> dict:
    """Stable order inside the maps (bands in CBS order, area codes sorted), nulls dropped in areas."""

    def by_code(mapping: dict) -> dict:
        return dict(sorted(mapping.items()))

    out = dict(dumped)
    out["budget"] = dict(out["budget"], social_manual_eur=by_code(out["budget"]["social_manual_eur"]))
    out["area_weights"] = by_code(out["area_weights"])
    out["area_names"] = by_code(out["area_names"])
    constraints = out["constraints"]
    out["constraints"] = dict(
        constraints,
        area_min_eur=by_code(constraints["area_min_eur"]),
        area_max_eur=by_code(constraints["area_max_eur"]),
    )
    settings = out["assumptions"]
    printing = dict(settings["print"], page_seen=_in_band_order(settings["print"]["page_seen"]))
    if not printing.get("price_per_page_estimated"):
        printing.pop("price_per_page_estimated", None)  # written only when true: older files stay as they were
    out["assumptions"] = {
        "print": printing,
        "social": dict(settings["social"], platform_share=_in_band_order(settings["social"]["platform_share"])),
    }
    ranges = out["uncertainty"]["ranges"]
    out["uncertainty"] = dict(out["uncertainty"], ranges={k: ranges[k] for k in RANGE_KEYS if k in ranges} | ranges)
    if out["areas"] is not None:
        out["areas"] = [
            {
                k: (_in_band_order(v) if k == "age_shares" else v)
                for k, v in entry.items()
                if not (k == "age_shares" and v is None)
            }
            for entry in out["areas"]
        ]
    return _whole_numbers(out)
