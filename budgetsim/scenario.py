"""The scenario file of SCENARIO.md (schema version 1): read, check, write.

:func:`parse_scenario` and :func:`load_scenario` turn a file into a :class:`Scenario` or raise an
:class:`~budgetsim.problems.InputError` listing every problem at once, each with its JSON path and
what is allowed, in Dutch and English. :func:`scenario_to_json` writes the file back with a stable
key order; :func:`save_scenario` does so atomically.
"""

from __future__ import annotations

import difflib
import json
import math
import os
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import Annotated, Any, Callable, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, Strict, ValidationError, create_model

from . import data as cbs
from .areas import AGE_SHARE_TOLERANCE, Areas
from .areas_csv import areas_to_scenario_list
from .allocation import SOCIAL_SPLITS
from .assumptions import (
    MAX_EUR,
    PARAMETER_BY_KEY,
    PER_BAND_KEYS,
    RANGE_KEYS,
    RANGE_LIMITS,
    REGISTRY,
    Assumptions,
    Parameter,
)
from .bands import BANDS, NATIONAL_AGE_SHARES, TARGETABLE_BANDS
from .model import ReachModel
from .uncertainty import effective_ranges
from .problems import InputError, Problem, format_number

SCHEMA_VERSION = 1
MAX_FILE_BYTES = 1_000_000
MAX_AREAS = 20_000
MANUAL_SUM_TOLERANCE_EUR = 1.0


def _number(**limits) -> Any:
    """A JSON number (not a bool or a string) within ``limits`` (pydantic ``ge``/``le``/``gt``)."""
    return Annotated[float, Strict(), Field(**limits)]


Money = _number(ge=0, le=MAX_EUR)
Share = _number(ge=0, le=1)
Weight = _number(ge=0, le=100)
Count = _number(ge=0, le=1e9)
Band = Literal[TARGETABLE_BANDS]
Text = Annotated[str, Strict(), Field(max_length=10_000)]


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class Budget(_Part):
    """``print_eur`` None means the default: one municipal page every week for a year."""

    print_eur: Money | None = None
    social_eur: Money = 0.0
    social_split: Literal[SOCIAL_SPLITS] = "by_audience"
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
        return dict[str, _number(**bound)], Field(default_factory=p.default_value)
    if p.optional:
        return _number(**bound) | None, None
    return _number(**bound), p.default


def _settings_model(channel: str) -> type[BaseModel]:
    """``PrintSettings`` or ``SocialSettings``: one field per registry entry of the channel."""
    fields = {p.name: _setting_field(p) for p in REGISTRY if p.channel == channel}
    model = create_model(f"{channel.capitalize()}Settings", __base__=_Part, **fields)
    model.__doc__ = f"The {channel} assumptions of a scenario file (limits and defaults from the registry)."
    return model


PrintSettings = _settings_model("print")
SocialSettings = _settings_model("social")


class AssumptionSettings(_Part):
    print: PrintSettings = Field(default_factory=PrintSettings)
    social: SocialSettings = Field(default_factory=SocialSettings)


class Uncertainty(_Part):
    seed: Annotated[int, Strict(), Field(ge=0, le=2**32 - 1)] = 1
    draws: Annotated[int, Strict(), Field(ge=100, le=100_000)] = 2000
    ranges: dict[str, Annotated[list[_number()], Field(min_length=2, max_length=2)]] = Field(
        default_factory=dict
    )


class AreaEntry(_Part):
    """One inline area; ``age_shares`` (all five bands, adding up to 1) is optional."""

    code: Annotated[str, Strict(), Field(min_length=1, max_length=100)]
    name: Annotated[str, Strict(), Field(max_length=200)]
    residents: Count
    dwellings: Count
    age_shares: dict[str, Share] | None = None


class Scenario(_Part):
    """A scenario file (SCENARIO.md). ``inline_areas`` is the JSON key ``areas``.

    Build one with :func:`parse_scenario`, :func:`scenario_from_dict` or :func:`new_scenario`:
    they also run the checks across fields (area codes, manual sum, ranges) that the model's
    field types alone do not. To change a scenario, edit ``to_dict()`` and pass it back through
    :func:`scenario_from_dict`.
    """

    schema_version: Annotated[int, Strict()]
    name: Text = ""
    notes: Text = ""
    gemeente: Annotated[str, Strict()] | None = None
    inline_areas: Annotated[list[AreaEntry], Field(min_length=1, max_length=MAX_AREAS)] | None = Field(
        default=None, alias="areas"
    )
    target_bands: Annotated[list[Band], Field(min_length=1)] = Field(
        default_factory=lambda: list(TARGETABLE_BANDS)
    )
    budget: Budget = Field(default_factory=Budget)
    area_weights: dict[str, Weight] = Field(default_factory=dict)
    area_names: dict[str, Annotated[str, Strict(), Field(min_length=1, max_length=200)]] = Field(
        default_factory=dict
    )
    constraints: Constraints = Field(default_factory=Constraints)
    assumptions: AssumptionSettings = Field(default_factory=AssumptionSettings)
    uncertainty: Uncertainty = Field(default_factory=Uncertainty)

    # -- what the model needs -----------------------------------------------------------
    def _given_or_own(self, areas: Areas | None) -> Areas:
        return areas if areas is not None else self.areas()

    def areas(self) -> Areas:
        """The inline areas, else the bundled wijken of the gemeente; ``area_names`` applied."""
        if self.inline_areas is not None:
            base = _areas_from_entries(self.inline_areas, self.gemeente)
        else:
            base = cbs.wijken(self.gemeente)
        return base.with_names(self.area_names)

    def assumptions_obj(self) -> Assumptions:
        return Assumptions.from_dict(self.assumptions.model_dump())

    def reach_model(self, areas: Areas | None = None) -> ReachModel:
        return ReachModel(self._given_or_own(areas), self.assumptions_obj(), tuple(self.target_bands))

    def print_budget_eur(self, model: ReachModel | None = None) -> float:
        """``budget.print_eur``, or the default (a page every week for a year) when it is null."""
        if self.budget.print_eur is not None:
            return self.budget.print_eur
        return float(round((model or self.reach_model()).default_print_eur()))

    def area_weights_array(self, areas: Areas | None = None) -> np.ndarray:
        """``w_i`` over the areas (1 where not given)."""
        return self._given_or_own(areas).per_area(self.area_weights, default=1.0)

    def manual_social_array(self, areas: Areas | None = None) -> np.ndarray:
        """``budget.social_manual_eur`` over the areas (0 where not given)."""
        return self._given_or_own(areas).per_area(self.budget.social_manual_eur, default=0.0)

    def area_min_array(self, areas: Areas | None = None) -> np.ndarray:
        return self._given_or_own(areas).per_area(self.constraints.area_min_eur, default=0.0)

    def area_max_array(self, areas: Areas | None = None) -> np.ndarray:
        return self._given_or_own(areas).per_area(self.constraints.area_max_eur, default=math.inf)

    def uncertainty_ranges(self) -> dict[str, tuple[float, float]]:
        """Range of every uncertain parameter: the file's own, else the default widened to the value.

        Per-band parameters (``print.page_seen``, ``social.platform_share``) get a factor range.
        """
        given = {k: (float(v[0]), float(v[1])) for k, v in self.uncertainty.ranges.items()}
        return effective_ranges(self.reach_model(), given)

    def to_dict(self) -> dict:
        """The JSON object of the file, in SCENARIO.md's key order."""
        return _tidy(self.model_dump(mode="python", by_alias=True))


def _areas_from_entries(entries: list[AreaEntry], gemeente: str | None) -> Areas:
    shares = None
    if any(e.age_shares is not None for e in entries):
        national = [NATIONAL_AGE_SHARES[b] for b in BANDS]
        shares = [[e.age_shares[b] for b in BANDS] if e.age_shares else national for e in entries]
    known = cbs.gemeente_by_code(gemeente) if gemeente else None
    return Areas.from_columns(
        [e.code for e in entries], [e.name or e.code for e in entries],
        [e.residents for e in entries], [e.dwellings for e in entries], shares,
        gemeente_code=gemeente, gemeente_name=known.name if known else None,
    )


# -- writing ---------------------------------------------------------------------------------

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
    out["constraints"] = dict(constraints, area_min_eur=by_code(constraints["area_min_eur"]),
                              area_max_eur=by_code(constraints["area_max_eur"]))
    settings = out["assumptions"]
    out["assumptions"] = {
        "print": dict(settings["print"], page_seen=_in_band_order(settings["print"]["page_seen"])),
        "social": dict(settings["social"],
                       platform_share=_in_band_order(settings["social"]["platform_share"])),
    }
    ranges = out["uncertainty"]["ranges"]
    out["uncertainty"] = dict(out["uncertainty"],
                              ranges={k: ranges[k] for k in RANGE_KEYS if k in ranges} | ranges)
    if out["areas"] is not None:
        out["areas"] = [
            {k: (_in_band_order(v) if k == "age_shares" else v) for k, v in entry.items()
             if not (k == "age_shares" and v is None)}
            for entry in out["areas"]
        ]
    return _whole_numbers(out)


def scenario_to_json(scenario: Scenario) -> str:
    """The scenario file's text: 2-space indent, SCENARIO.md's key order, ending with a newline."""
    return json.dumps(scenario.to_dict(), indent=2, ensure_ascii=False) + "\n"


class ScenarioExistsError(FileExistsError):
    """The target file exists and ``force`` was not given; ``problem`` says so in nl and en."""

    def __init__(self, path: Path):
        self.problem = Problem(
            str(path),
            "dit bestand bestaat al; kies een andere naam of kies voor overschrijven",
            "this file already exists; choose another name or choose to overwrite it",
        )
        super().__init__(self.problem.text("en"))
        self.path = str(path)

    def messages(self, lang: str = "en") -> list[str]:
        return [self.problem.text(lang)]


def save_scenario(scenario: Scenario, path: str | os.PathLike, *, force: bool = False) -> Path:
    """Write the scenario file atomically; never overwrite an existing file unless ``force``.

    The text goes to a temporary file in the same folder, is flushed to disk and then moved into
    place, so the target is either the old file or the complete new one. Returns the path.
    """
    target = Path(path)
    payload = scenario_to_json(scenario).encode("utf-8")
    if target.exists() and not force:
        raise ScenarioExistsError(target)
    handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        if force:
            os.replace(temp_name, target)
        else:
            _move_without_overwriting(temp_name, target)
        _fsync_folder(target.parent)
    finally:
        if os.path.exists(temp_name):
            os.unlink(temp_name)
    return target


def _move_without_overwriting(source: str, target: Path) -> None:
    """Hard-link then unlink, which fails if the target appeared meanwhile; plain move if links fail."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise ScenarioExistsError(target) from None
    except OSError:  # file systems without hard links
        if target.exists():
            raise ScenarioExistsError(target) from None
        os.replace(source, target)
        return
    os.unlink(source)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible on every platform (Windows); the file itself is synced
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_RESERVED_NAMES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                   *(f"lpt{i}" for i in range(1, 10))}


def safe_filename(name: str) -> str:
    """A file name from a scenario name: ASCII letters, digits, ``-`` and ``_``, ending ``.json``.

    ``"Voorstel 2027: 5.000 euro"`` -> ``"voorstel-2027-5-000-euro.json"``; never empty.
    """
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"\.json$", "", text.strip(), flags=re.IGNORECASE)
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-_").lower()[:80].strip("-_")
    if not stem:
        stem = "scenario"
    if stem in _RESERVED_NAMES:
        stem = f"scenario-{stem}"
    return f"{stem}.json"


def unique_path(folder: str | os.PathLike, name: str) -> Path:
    """``folder / safe_filename(name)``, with ``-2``, ``-3`` … added while that file exists."""
    folder = Path(folder)
    filename = safe_filename(name)
    stem = filename[: -len(".json")]
    candidate = folder / filename
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}.json"
        number += 1
    return candidate


# -- reading ---------------------------------------------------------------------------------

#: Migrations from version n to n + 1, applied in turn on load (none yet: version 1 is the first).
MIGRATIONS: dict[int, Callable[[dict], dict]] = {}


def migrate(data: dict) -> dict:
    """Bring a scenario of an older schema version up to :data:`SCHEMA_VERSION` (identity for 1)."""
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        return data
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data = dict(data, schema_version=version)
    return data


class _NonFinite:
    """Placeholder for ``NaN``/``Infinity`` in the JSON, reported by path after parsing."""

    def __init__(self, text: str):
        self.text = text


class _JsonObject(dict):
    """A JSON object that remembers keys it saw more than once."""

    duplicates: list[str]


def _object_pairs(pairs: list[tuple[str, Any]]) -> _JsonObject:
    obj = _JsonObject()
    obj.duplicates = []
    for key, value in pairs:
        if key in obj and key not in obj.duplicates:
            obj.duplicates.append(key)
        obj[key] = value
    return obj


def _file_error(nl: str, en: str) -> InputError:
    return InputError(Problem("file", nl, en, "bestand"))


def _decode(data: bytes | str, size: int | None = None) -> str:
    """Text of a scenario file; ``size`` is the file's real size when only its start was read."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
    if len(raw) > MAX_FILE_BYTES:
        size = max(size or 0, len(raw))
        raise _file_error(
            f"het bestand is {format_number(size, 'nl')} bytes; een scenario mag hooguit 1 MB zijn",
            f"the file is {format_number(size)} bytes; a scenario may be at most 1 MB",
        )
    if isinstance(data, str):
        return data.lstrip("\ufeff")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise _file_error(
            f"het bestand is geen UTF-8-tekst (onleesbaar teken op regel {line}); sla het op als UTF-8",
            f"the file is not UTF-8 text (unreadable character on line {line}); save it as UTF-8",
        ) from None


def _parse_json(text: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_object_pairs, parse_constant=_NonFinite)
    except json.JSONDecodeError as exc:
        raise _file_error(
            f"geen geldige JSON op regel {exc.lineno}, kolom {exc.colno} ({exc.msg}); controleer "
            "komma's, aanhalingstekens en haakjes",
            f"not valid JSON at line {exc.lineno}, column {exc.colno} ({exc.msg}); check commas, "
            "quotes and brackets",
        ) from None
    except (ValueError, RecursionError) as exc:
        raise _file_error(f"geen bruikbare JSON ({exc})", f"not usable JSON ({exc})") from None


def _clean(value: Any, path: str, problems: list[Problem]) -> Any:
    """Plain dicts and lists; duplicate keys and NaN/Infinity reported with their path."""
    if isinstance(value, _NonFinite):
        problems.append(Problem(
            path, f"{value.text} is niet toegestaan; schrijf een gewoon getal",
            f"{value.text} is not allowed; write an ordinary number",
        ))
        return None
    if isinstance(value, dict):
        for key in getattr(value, "duplicates", []):
            problems.append(Problem(
                _join(path, key), "deze sleutel staat er meer dan één keer; houd er één",
                "this key appears more than once; keep one",
            ))
        return {k: _clean(v, _join(path, k), problems) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v, f"{path}[{i}]", problems) for i, v in enumerate(value)]
    if isinstance(value, str) and not _is_utf8(value):
        problems.append(Problem(
            path, "bevat een ongeldig teken (een losse \\ud800-code); haal het weg",
            "contains an invalid character (a lone \\ud800 code); remove it",
        ))
    return value


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _join(path: str, key: Any) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else str(key)


def _loc_path(loc: tuple) -> str:
    path = ""
    for part in loc:
        path = _join(path, part)
    return path


def parse_scenario(data: bytes | str) -> Scenario:
    """A scenario from the file's bytes or text; :class:`InputError` lists every problem."""
    text = _decode(data)
    tree = _parse_json(text)
    if not isinstance(tree, dict):
        kind = _describe(tree, "en")
        raise _file_error(
            f"het bestand moet één JSON-object {{…}} bevatten met schema_version, gemeente enz.; "
            f"het bevat {_describe(tree, 'nl')}",
            f"the file must hold one JSON object {{…}} with schema_version, gemeente and so on; "
            f"it holds {kind}",
        )
    problems: list[Problem] = []
    clean = _clean(tree, "", problems)
    return scenario_from_dict(clean, _known_problems=problems)


def load_scenario(path: str | os.PathLike) -> Scenario:
    """A scenario from a file. A missing file raises ``FileNotFoundError``; a file that cannot
    be read otherwise (a folder, no permission) is an :class:`InputError` like any bad content."""
    try:
        with open(path, "rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise _file_error(
            f"kan {os.fspath(path)} niet lezen ({exc.strerror or exc})",
            f"cannot read {os.fspath(path)} ({exc.strerror or exc})",
        ) from None
    if len(raw) > MAX_FILE_BYTES:  # say how large the file really is
        _decode(raw, size=os.path.getsize(path))
    return parse_scenario(raw)


def scenario_from_dict(data: dict, *, _known_problems: list[Problem] | None = None) -> Scenario:
    """A scenario from an already parsed JSON object (as the app builds it); checked like a file."""
    problems = list(_known_problems or [])
    version_problem = _check_version(data)
    if version_problem is not None:
        problems.insert(0, version_problem)
    else:
        data = migrate(data)
    already = {p.path for p in problems} | {"schema_version"}
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        scenario = None
        for error in exc.errors():
            problem = _translate(error)
            if error["type"] == "extra_forbidden" or problem.path not in already:
                problems.append(problem)
    problems.extend(_cross_checks(data))
    if problems:
        raise InputError(_in_file_order(problems))
    return scenario


def _check_version(data: dict) -> Problem | None:
    """A problem with ``schema_version``; a newer version is refused before anything else."""
    version = data.get("schema_version")
    if "schema_version" not in data:
        return Problem(
            "schema_version",
            f"ontbreekt; is dit een budgetsim-scenario? Zet \"schema_version\": {SCHEMA_VERSION} bovenaan",
            f"is missing; is this a budgetsim scenario? Put \"schema_version\": {SCHEMA_VERSION} at the top",
        )
    if isinstance(version, bool) or not isinstance(version, int):
        return Problem(
            "schema_version",
            f"moet een geheel getal zijn, {SCHEMA_VERSION} voor deze versie (nu {_show(version)})",
            f"must be a whole number, {SCHEMA_VERSION} for this version (got {_show(version)})",
        )
    if version > SCHEMA_VERSION:
        raise InputError(Problem(
            "schema_version",
            f"dit bestand is gemaakt met een nieuwere budgetsim (schemaversie {version}); deze "
            f"versie leest tot en met versie {SCHEMA_VERSION}. Werk budgetsim bij om het te openen",
            f"this file was made by a newer budgetsim (schema version {version}); this version "
            f"reads up to version {SCHEMA_VERSION}. Update budgetsim to open it",
        ))
    if version < 1:
        return Problem(
            "schema_version",
            f"versie {version} bestaat niet; de eerste versie is 1 (nu {version})",
            f"version {version} does not exist; the first version is 1 (got {version})",
        )
    return None


_TOP_LEVEL_ORDER = {name: i for i, name in enumerate(["file", "schema_version", "name", "notes",
                                                       "gemeente", "areas", "target_bands", "budget",
                                                       "area_weights", "area_names", "constraints",
                                                       "assumptions", "uncertainty"])}


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    def rank(problem: Problem) -> int:
        head = re.split(r"[.\[]", problem.path, maxsplit=1)[0]
        return _TOP_LEVEL_ORDER.get(head, len(_TOP_LEVEL_ORDER))

    return sorted(problems, key=rank)


# -- pydantic errors as plain messages --------------------------------------------------------

def _show(value: Any) -> str:
    """A short rendering of a user's value for a message."""
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        return str(value)
    if len(text) <= 40:
        return text
    return {dict: "{…}", list: "[…]"}.get(type(value), text[:37] + "…")


def _describe(value: Any, lang: str) -> str:
    kinds = {
        dict: ("een object {…}", "an object {…}"), list: ("een lijst […]", "a list […]"),
        str: ("tekst", "text"), bool: ("true/false", "true/false"), type(None): ("null", "null"),
    }
    for kind, (nl, en) in kinds.items():
        if isinstance(value, kind):
            return nl if lang == "nl" else en
    return ("het getal " if lang == "nl" else "the number ") + _show(value)


_EXPECTED = {
    "float_type": ("een getal", "a number"), "float_parsing": ("een getal", "a number"),
    "int_type": ("een geheel getal", "a whole number"),
    "int_parsing": ("een geheel getal", "a whole number"),
    "int_from_float": ("een geheel getal", "a whole number"),
    "string_type": ("tekst tussen aanhalingstekens", "text in quotes"),
    "dict_type": ("een object {…}", "an object {…}"), "model_type": ("een object {…}", "an object {…}"),
    "model_attributes_type": ("een object {…}", "an object {…}"),
    "list_type": ("een lijst […]", "a list […]"), "tuple_type": ("een lijst […]", "a list […]"),
    "bool_type": ("true of false", "true or false"),
}


def _allowed_keys(loc: tuple) -> list[str]:
    """The keys allowed in the object at ``loc`` (list positions skipped)."""
    model: type[BaseModel] | None = Scenario
    for part in loc:
        if not isinstance(part, int):
            model = _MODEL_OF_FIELD.get((model, part))
            if model is None:
                return []
    return [f.alias or name for name, f in model.model_fields.items()]


_MODEL_OF_FIELD: dict[tuple[type, str], type[BaseModel]] = {
    (Scenario, "budget"): Budget, (Scenario, "constraints"): Constraints,
    (Scenario, "assumptions"): AssumptionSettings, (Scenario, "uncertainty"): Uncertainty,
    (Scenario, "areas"): AreaEntry, (AssumptionSettings, "print"): PrintSettings,
    (AssumptionSettings, "social"): SocialSettings,
}


def _did_you_mean(word: str, allowed: list[str]) -> str | None:
    lowered = {a.lower(): a for a in allowed}
    if word.lower() in lowered:
        return lowered[word.lower()]
    close = difflib.get_close_matches(word, allowed, n=1, cutoff=0.6)
    return close[0] if close else None


def _unknown(what_nl: str, what_en: str, word: str, allowed: list[str], path: str) -> Problem:
    hint = _did_you_mean(word, allowed)
    listed = ", ".join(allowed) if len(allowed) <= 12 else ", ".join(allowed[:12]) + ", …"
    nl = f"onbekende {what_nl} \"{word}\""
    en = f"unknown {what_en} \"{word}\""
    if hint:
        nl += f"; bedoelt u \"{hint}\"?"
        en += f"; did you mean \"{hint}\"?"
    if not hint:
        return Problem(path, f"{nl}; toegestaan: {listed}", f"{en}; allowed: {listed}")
    return Problem(path, f"{nl} Toegestaan: {listed}", f"{en} Allowed: {listed}")


def _translate(error: dict) -> Problem:
    """A pydantic error as a Problem in plain Dutch and English."""
    loc, kind, ctx = tuple(error["loc"]), error["type"], error.get("ctx") or {}
    path = _loc_path(loc)
    got = error.get("input")
    got_nl, got_en = f"(nu {_show(got)})", f"(got {_show(got)})"
    if kind == "extra_forbidden":
        return _unknown("sleutel", "key", str(loc[-1]), _allowed_keys(loc[:-1]), path)
    if kind == "missing":
        return Problem(path, "ontbreekt; vul het in", "is missing; add it")
    if kind in _EXPECTED:
        nl, en = _EXPECTED[kind]
        return Problem(path, f"moet {nl} zijn {got_nl}", f"must be {en} {got_en}")
    if kind == "finite_number":
        return Problem(path, "moet een gewoon getal zijn (geen NaN of Infinity)",
                       "must be an ordinary number (not NaN or Infinity)")
    bounds = {
        "greater_than_equal": ("ge", "minstens {} zijn", "at least {}"),
        "greater_than": ("gt", "groter dan {} zijn", "greater than {}"),
        "less_than_equal": ("le", "hooguit {} zijn", "at most {}"),
        "less_than": ("lt", "kleiner dan {} zijn", "less than {}"),
    }
    if kind in bounds:
        key, nl, en = bounds[kind]
        limit = ctx[key]
        return Problem(
            path,
            f"moet {nl.format(format_number(limit, 'nl'))} {_number_got(got, 'nl')}",
            f"must be {en.format(format_number(limit))} {_number_got(got, 'en')}",
        )
    if kind == "literal_error":
        options = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        listed = ", ".join(options)
        return Problem(path, f"moet een van deze zijn: {listed} {got_nl}",
                       f"must be one of: {listed} {got_en}")
    if kind in ("too_short", "string_too_short"):
        size = ctx.get("min_length", 1)
        if kind == "string_too_short" or size == 1:
            return Problem(path, "mag niet leeg zijn", "must not be empty")
        return Problem(path, f"moet precies {size} getallen hebben, [laag, hoog] {got_nl}",
                       f"must have exactly {size} numbers, [low, high] {got_en}")
    if kind in ("too_long", "string_too_long"):
        size = ctx.get("max_length")
        if kind == "too_long" and size == 2:
            return Problem(path, f"moet precies 2 getallen hebben, [laag, hoog] {got_nl}",
                           f"must have exactly 2 numbers, [low, high] {got_en}")
        return Problem(path, f"is te lang: hooguit {format_number(size, 'nl')} (tekens of items)",
                       f"is too long: at most {format_number(size)} (characters or items)")
    return Problem(path, f"ongeldige waarde {got_nl}", f"invalid value {got_en}")


def _number_got(value: Any, lang: str) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"(nu {format_number(value, 'nl')})" if lang == "nl" else f"(got {format_number(value)})"
    return f"(nu {_show(value)})" if lang == "nl" else f"(got {_show(value)})"


# -- checks across fields (on the raw JSON, so they run even when other fields are wrong) -----

def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _is_money(value: Any) -> bool:
    return _is_number(value) and 0 <= value <= MAX_EUR


def _mapping(data: Any, *keys: str) -> dict:
    """The object at ``keys`` in ``data``, or ``{}`` where it is missing or not an object."""
    for key in keys:
        data = data.get(key) if isinstance(data, dict) else None
    return data if isinstance(data, dict) else {}


def _cross_checks(data: dict) -> list[Problem]:
    problems: list[Problem] = []
    codes = _scenario_area_codes(data, problems)
    problems += _check_inline_areas(data.get("areas"))
    problems += _check_target_bands(data.get("target_bands"))
    if codes is not None:
        for path in ("area_weights", "area_names", "budget.social_manual_eur",
                     "constraints.area_min_eur", "constraints.area_max_eur"):
            problems += _check_codes(path, _mapping(data, *path.split(".")), codes)
    problems += _check_manual_sum(_mapping(data, "budget"))
    problems += _check_min_max(_mapping(data, "constraints"))
    for channel, name in (("print", "page_seen"), ("social", "platform_share")):
        per_band = _mapping(data, "assumptions", channel).get(name)
        if isinstance(per_band, dict):
            problems += _check_band_keys(f"assumptions.{channel}.{name}", per_band, TARGETABLE_BANDS)
    problems += _check_ranges(data)
    return problems


def _scenario_area_codes(data: dict, problems: list[Problem]) -> dict[str, str] | None:
    """``{code: name}`` of the scenario's areas (inline, else the gemeente's wijken); None if unknown.

    Problems with ``gemeente`` (or a missing ``gemeente`` and ``areas``) are added to ``problems``.
    """
    gemeente, inline = data.get("gemeente"), data.get("areas")
    known = None
    if gemeente is None and inline is None:
        problems.append(Problem(
            "gemeente",
            "geef een gemeente (CBS-code zoals GM0505) of een eigen lijst \"areas\"",
            "give a gemeente (a CBS code such as GM0505) or your own list of \"areas\"",
        ))
    elif isinstance(gemeente, str):
        known = cbs.gemeente_by_code(gemeente)
        if known is None:
            problems.append(_gemeente_problem(gemeente))
    if isinstance(inline, list):
        entries = [a for a in inline if isinstance(a, dict) and isinstance(a.get("code"), str)]
        return {a["code"]: str(a.get("name", "")) for a in entries}
    if inline is None and known is not None:
        wijken = cbs.wijken(known.code)
        return dict(zip(wijken.codes, wijken.names))
    return None


def _gemeente_problem(text: str) -> Problem:
    hint_nl = hint_en = ""
    if not re.fullmatch(r"GM\d{4}", text):
        try:
            found = cbs.resolve_gemeente(text)
        except ValueError:
            found = None
        if found is not None:
            hint_nl = f"; voor {found.name} is dat \"{found.code}\""
            hint_en = f"; for {found.name} that is \"{found.code}\""
        return Problem(
            "gemeente",
            f"moet een CBS-code zijn: GM en vier cijfers, zoals GM0505{hint_nl} (nu {_show(text)})",
            f"must be a CBS code: GM and four digits, such as GM0505{hint_en} (got {_show(text)})",
        )
    return Problem(
        "gemeente",
        f"{text} is geen gemeente in de CBS-gegevens van 2024; gebruik een bestaande code zoals GM0505 (Dordrecht)",
        f"{text} is not a gemeente in the CBS 2024 data; use an existing code such as GM0505 (Dordrecht)",
    )


def _check_inline_areas(inline: Any) -> list[Problem]:
    if not isinstance(inline, list):
        return []
    problems = []
    first_of: dict[str, int] = {}
    for i, entry in enumerate(inline):
        if not isinstance(entry, dict):
            continue
        code = entry.get("code")
        if isinstance(code, str) and code in first_of:
            problems.append(Problem(
                f"areas[{i}].code",
                f"code {code} staat ook bij areas[{first_of[code]}]; elke code mag maar één keer voorkomen",
                f"code {code} is also used by areas[{first_of[code]}]; every code may appear only once",
            ))
        elif isinstance(code, str):
            first_of[code] = i
        shares = entry.get("age_shares")
        if isinstance(shares, dict):
            path = f"areas[{i}].age_shares"
            band_problems = _check_band_keys(path, shares, BANDS)
            problems += band_problems
            values = list(shares.values())
            if not band_problems and all(_is_number(v) for v in values):
                total = sum(values)
                if abs(total - 1.0) > AGE_SHARE_TOLERANCE:
                    problems.append(Problem(
                        path,
                        f"de aandelen tellen op tot {format_number(round(total, 4), 'nl')}; ze moeten "
                        "optellen tot 1 (±0,01)",
                        f"the shares add up to {format_number(round(total, 4))}; they must add up to 1 (±0.01)",
                    ))
    return problems


def _check_band_keys(path: str, values: dict, bands: tuple[str, ...]) -> list[Problem]:
    """Every band of ``bands`` present, nothing else."""
    problems = [_unknown("leeftijdsgroep", "age band", str(k), list(bands), _join(path, k))
                for k in values if k not in bands]
    missing = [b for b in bands if b not in values]
    if missing:
        problems.append(Problem(
            path,
            f"geef een waarde voor elke leeftijdsgroep ({', '.join(bands)}); ontbreekt: {', '.join(missing)}",
            f"give a value for every age band ({', '.join(bands)}); missing: {', '.join(missing)}",
        ))
    return problems


def _check_target_bands(bands: Any) -> list[Problem]:
    if not isinstance(bands, list):
        return []
    repeated = sorted({b for b in bands if isinstance(b, str) and bands.count(b) > 1})
    if not repeated:
        return []
    return [Problem("target_bands", f"noem elke leeftijdsgroep één keer (dubbel: {', '.join(repeated)})",
                    f"list every age band once (repeated: {', '.join(repeated)})")]


def _check_codes(path: str, mapping: dict, areas: dict[str, str]) -> list[Problem]:
    """Keys of ``mapping`` that are not area codes; a hint by name (``Sterrenburg``) or by code."""
    codes = list(areas)
    by_name = {name.casefold(): code for code, name in areas.items() if name}
    examples = ", ".join(codes[:3]) + (", …" if len(codes) > 3 else "")
    problems = []
    for code in mapping:
        if code in areas:
            continue
        named = by_name.get(code.casefold())
        hint = [named] if named else difflib.get_close_matches(code, codes, n=1, cutoff=0.6)
        nl = f"\"{code}\" is geen gebied van dit scenario (gebieden zijn bijvoorbeeld {examples})"
        en = f"\"{code}\" is not an area of this scenario (areas are, for example, {examples})"
        if hint:
            nl += f"; bedoelt u \"{hint[0]}\"?"
            en += f"; did you mean \"{hint[0]}\"?"
        problems.append(Problem(_join(path, code), nl, en))
    return problems


def _check_manual_sum(budget: dict) -> list[Problem]:
    if budget.get("social_split") != "manual":
        return []
    manual = budget.get("social_manual_eur", {})
    total_wanted = budget.get("social_eur", 0.0)
    if not isinstance(manual, dict) or not _is_number(total_wanted):
        return []
    if not all(_is_number(v) for v in manual.values()):
        return []
    total = float(sum(manual.values()))
    if abs(total - total_wanted) <= MANUAL_SUM_TOLERANCE_EUR:
        return []
    return [Problem(
        "budget.social_manual_eur",
        f"de bedragen per gebied tellen op tot {format_number(round(total, 2), 'nl')} euro; bij "
        f"social_split \"manual\" moeten ze optellen tot budget.social_eur "
        f"({format_number(total_wanted, 'nl')} euro, ±1)",
        f"the euros per area add up to {format_number(round(total, 2))}; with social_split "
        f"\"manual\" they must add up to budget.social_eur ({format_number(total_wanted)}, ±1)",
    )]


def _check_min_max(constraints: dict) -> list[Problem]:
    problems = []
    low, high = constraints.get("print_min_eur", 0.0), constraints.get("print_max_eur")
    if _is_money(low) and _is_money(high) and low > high:
        problems.append(Problem(
            "constraints.print_min_eur",
            f"mag niet groter zijn dan print_max_eur ({format_number(high, 'nl')}) (nu {format_number(low, 'nl')})",
            f"must not be more than print_max_eur ({format_number(high)}) (got {format_number(low)})",
        ))
    lows, highs = constraints.get("area_min_eur"), constraints.get("area_max_eur")
    if isinstance(lows, dict) and isinstance(highs, dict):
        for code, low in lows.items():
            high = highs.get(code)
            if _is_money(low) and _is_money(high) and low > high:
                problems.append(Problem(
                    f"constraints.area_min_eur.{code}",
                    f"mag niet groter zijn dan area_max_eur.{code} ({format_number(high, 'nl')}) "
                    f"(nu {format_number(low, 'nl')})",
                    f"must not be more than area_max_eur.{code} ({format_number(high)}) "
                    f"(got {format_number(low)})",
                ))
    return problems


def _check_ranges(data: dict) -> list[Problem]:
    problems = []
    for key, bounds in _mapping(data, "uncertainty", "ranges").items():
        path = f"uncertainty.ranges.{key}"
        if key not in RANGE_KEYS:
            problems.append(_unknown("parameter", "parameter", key, list(RANGE_KEYS), path))
            continue
        if not (isinstance(bounds, list) and len(bounds) == 2 and all(_is_number(b) for b in bounds)):
            continue  # reported by the type checks
        low, high = bounds
        if low > high:
            problems.append(Problem(
                path,
                f"laag ({format_number(low, 'nl')}) mag niet boven hoog ({format_number(high, 'nl')}) "
                "liggen; schrijf [laag, hoog]",
                f"low ({format_number(low)}) must not be above high ({format_number(high)}); "
                "write [low, high]",
            ))
            continue
        floor, ceiling, open_floor = RANGE_LIMITS[key]
        if low < floor or (open_floor and low == floor) or high > ceiling:
            problems.append(_range_limits_problem(path, floor, ceiling, open_floor, low, high))
            continue
        problems += _check_range_contains_value(data, key, path, low, high)
    return problems


def _shown_range(low: float, high: float, lang: str) -> str:
    if lang == "nl":
        return f"[{format_number(low, 'nl')}; {format_number(high, 'nl')}]"
    return f"[{format_number(low)}, {format_number(high)}]"


def _range_limits_problem(path: str, floor: float, ceiling: float, open_floor: bool,
                          low: float, high: float) -> Problem:
    if math.isinf(ceiling):
        return Problem(path, f"beide grenzen moeten minstens {format_number(floor, 'nl')} zijn "
                             f"(nu {_shown_range(low, high, 'nl')})",
                       f"both ends must be at least {format_number(floor)} (got {_shown_range(low, high, 'en')})")
    bracket = "(" if open_floor else "["
    return Problem(
        path,
        f"beide grenzen moeten liggen in {bracket}{format_number(floor, 'nl')}; "
        f"{format_number(ceiling, 'nl')}] (nu {_shown_range(low, high, 'nl')})",
        f"both ends must lie in {bracket}{format_number(floor)}, {format_number(ceiling)}] "
        f"(got {_shown_range(low, high, 'en')})",
    )


def _check_range_contains_value(data: dict, key: str, path: str, low: float, high: float) -> list[Problem]:
    shown_nl, shown_en = _shown_range(low, high, "nl"), _shown_range(low, high, "en")
    if key in PER_BAND_KEYS:
        if low <= 1.0 <= high:
            return []
        return [Problem(
            path,
            f"is een factor op de waarde van elke leeftijdsgroep en moet 1 bevatten (nu {shown_nl})",
            f"is a factor on every age band's value and must contain 1 (got {shown_en})",
        )]
    channel, name = key.split(".")
    value = _mapping(data, "assumptions", channel).get(name, PARAMETER_BY_KEY[key].default)
    if not _is_number(value) or low <= value <= high:
        return []
    return [Problem(
        path,
        f"moet de waarde van het scenario bevatten, assumptions.{key} = {format_number(value, 'nl')} "
        f"(nu {shown_nl}); maak het bereik ruimer of pas de waarde aan",
        f"must contain the scenario's value, assumptions.{key} = {format_number(value)} "
        f"(got {shown_en}); widen the range or change the value",
    )]


# -- a new scenario ----------------------------------------------------------------------------

def new_scenario(
    gemeente: str | None = None,
    areas: Areas | list[dict] | None = None,
    print_eur: float | None = None,
    social_eur: float = 5000,
    name: str | None = None,
    **budget: Any,
) -> Scenario:
    """A scenario for a gemeente (code or name; Dordrecht when neither it nor ``areas`` is given).

    ``print_eur`` None takes the current practice: one page every week for a year, in whole euros.
    ``budget`` holds further ``budget`` keys (``social_split``, ``social_manual_eur``).
    """
    code = None
    if gemeente is not None:
        code = _resolve_gemeente(gemeente)
    elif areas is None:
        code = cbs.DEFAULT_GEMEENTE
    entries = areas_to_scenario_list(areas) if isinstance(areas, Areas) else areas
    draft = {"schema_version": SCHEMA_VERSION, "gemeente": code, "areas": entries}
    if print_eur is None:
        model = scenario_from_dict(draft).reach_model()
        print_eur = round(model.default_print_eur())
    if name is None:
        place = cbs.gemeente_by_code(code).name if code else "Eigen gebieden"
        name = (f"{place}: print {format_number(round(print_eur), 'nl')} euro, "
                f"social {format_number(round(social_eur), 'nl')} euro")
    budget_part = {"print_eur": float(print_eur), "social_eur": float(social_eur), **budget}
    return scenario_from_dict(dict(draft, name=name, budget=budget_part))


def _resolve_gemeente(text: str) -> str:
    try:
        return cbs.resolve_gemeente(text).code
    except cbs.GemeenteNotFound as exc:
        listed = ", ".join(f"{g.name} ({g.code})" for g in exc.matches) or "-"
        raise InputError(Problem(
            "gemeente",
            f"\"{text}\" is geen (eenduidige) gemeente; bedoelt u een van deze: {listed}",
            f"\"{text}\" is not a (unique) gemeente; did you mean one of these: {listed}",
        )) from None
