"""Every message about a scenario file, by key, in Dutch and English (one catalogue).

:func:`problem` builds a :class:`~budgetsim.problems.Problem` from a key and parameters. Numbers
among the parameters are written in each language's own way (``10.000.000`` / ``10,000,000``);
a :class:`Loc` carries a piece of text that differs by language; anything else is used as is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..problems import Problem, format_number


@dataclass(frozen=True)
class Loc:
    """A parameter that reads differently in Dutch and English."""

    nl: str
    en: str

    def text(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en

    def __add__(self, other: Loc) -> Loc:
        return Loc(self.nl + other.nl, self.en + other.en)


#: key -> (Dutch, English); ``{name}`` placeholders are filled by :func:`problem`.
MESSAGES: dict[str, tuple[str, str]] = {
    # the file as a whole
    "file.too_large": ("het bestand is {size} bytes; een scenario mag hooguit 1 MB zijn",
                       "the file is {size} bytes; a scenario may be at most 1 MB"),
    "file.not_utf8": ("het bestand is geen UTF-8-tekst (onleesbaar teken op regel {line}); sla het op als UTF-8",
                      "the file is not UTF-8 text (unreadable character on line {line}); save it as UTF-8"),
    "file.bad_json": ("geen geldige JSON op regel {line}, kolom {column} ({reason}); controleer komma's, "
                      "aanhalingstekens en haakjes",
                      "not valid JSON at line {line}, column {column} ({reason}); check commas, quotes and brackets"),
    "file.unusable_json": ("geen bruikbare JSON ({reason})", "not usable JSON ({reason})"),
    "file.not_object": ("het bestand moet één JSON-object {{…}} bevatten met schema_version, gemeente enz.; "
                        "het bevat {kind}",
                        "the file must hold one JSON object {{…}} with schema_version, gemeente and so on; "
                        "it holds {kind}"),
    "file.unreadable": ("kan {path} niet lezen ({reason})", "cannot read {path} ({reason})"),
    "file.exists": ("dit bestand bestaat al; kies een andere naam of kies voor overschrijven",
                    "this file already exists; choose another name or choose to overwrite it"),
    "scenario.migrated": ("Dit scenario is gemaakt met een oudere versie van budgetsim (schemaversie {old}). Het "
                          "opent gewoon en wordt bij opslaan versie {new}. De cijfers kunnen iets anders zijn dan "
                          "toen: elke wijk heeft nu zijn eigen leeftijdsopbouw uit de CBS-cijfers.",
                          "This scenario was made with an older version of budgetsim (schema version {old}). It "
                          "opens as usual and becomes version {new} when saved. Its figures may differ a little "
                          "from then: every wijk now has its own age mix from the CBS figures."),
    "level.needs_gemeente": ("geldt alleen voor de wijken of buurten van een gemeente; een eigen lijst \"areas\" "
                             "is zijn eigen niveau: haal \"level\" weg",
                             "applies only to a gemeente's wijken or buurten; your own list of \"areas\" is its "
                             "own level: remove \"level\""),
    # values inside the JSON
    "json.non_finite": ("{text} is niet toegestaan; schrijf een gewoon getal",
                        "{text} is not allowed; write an ordinary number"),
    "json.duplicate_key": ("deze sleutel staat er meer dan één keer; houd er één",
                           "this key appears more than once; keep one"),
    "json.lone_surrogate": ("bevat een ongeldig teken (een losse \\ud800-code); haal het weg",
                            "contains an invalid character (a lone \\ud800 code); remove it"),
    # schema version
    "version.missing": ("ontbreekt; is dit een budgetsim-scenario? Zet \"schema_version\": {version} bovenaan",
                        "is missing; is this a budgetsim scenario? Put \"schema_version\": {version} at the top"),
    "version.not_int": ("moet een geheel getal zijn, {version} voor deze versie (nu {got})",
                        "must be a whole number, {version} for this version (got {got})"),
    "version.newer": ("dit bestand is gemaakt met een nieuwere budgetsim (schemaversie {got}); deze versie leest "
                      "tot en met versie {version}. Werk budgetsim bij om het te openen",
                      "this file was made by a newer budgetsim (schema version {got}); this version reads up "
                      "to version {version}. Update budgetsim to open it"),
    "version.too_low": ("versie {got} bestaat niet; de eerste versie is 1 (nu {got})",
                        "version {got} does not exist; the first version is 1 (got {got})"),
    # field types and limits (pydantic's errors in plain words)
    "type.unknown": ("onbekende {what} \"{word}\"{rest}", "unknown {what} \"{word}\"{rest}"),
    "type.missing": ("ontbreekt; vul het in", "is missing; add it"),
    "type.expected": ("moet {expected} zijn (nu {got})", "must be {expected} (got {got})"),
    "type.non_finite": ("moet een gewoon getal zijn (geen NaN of Infinity)",
                        "must be an ordinary number (not NaN or Infinity)"),
    "type.at_least": ("moet minstens {limit} zijn (nu {got})", "must be at least {limit} (got {got})"),
    "type.greater_than": ("moet groter dan {limit} zijn (nu {got})", "must be greater than {limit} (got {got})"),
    "type.at_most": ("moet hooguit {limit} zijn (nu {got})", "must be at most {limit} (got {got})"),
    "type.less_than": ("moet kleiner dan {limit} zijn (nu {got})", "must be less than {limit} (got {got})"),
    "type.one_of": ("moet een van deze zijn: {options} (nu {got})", "must be one of: {options} (got {got})"),
    "type.empty": ("mag niet leeg zijn", "must not be empty"),
    "type.pair": ("moet precies 2 getallen hebben, [laag, hoog] (nu {got})",
                  "must have exactly 2 numbers, [low, high] (got {got})"),
    "type.exactly": ("moet precies {size} getallen hebben, [laag, hoog] (nu {got})",
                     "must have exactly {size} numbers, [low, high] (got {got})"),
    "type.too_long": ("is te lang: hooguit {size} (tekens of items)", "is too long: at most {size} (characters or items)"),
    "type.invalid": ("ongeldige waarde (nu {got})", "invalid value (got {got})"),
    # checks across fields
    "gemeente.missing": ("geef een gemeente (CBS-code zoals GM0505) of een eigen lijst \"areas\"",
                         "give a gemeente (a CBS code such as GM0505) or your own list of \"areas\""),
    "gemeente.not_a_code": ("moet een CBS-code zijn: GM en vier cijfers, zoals GM0505{hint} (nu {got})",
                            "must be a CBS code: GM and four digits, such as GM0505{hint} (got {got})"),
    "gemeente.unknown": ("{code} is geen gemeente in de CBS-gegevens van 2024; gebruik een bestaande code zoals "
                         "GM0505 (Dordrecht)",
                         "{code} is not a gemeente in the CBS 2024 data; use an existing code such as GM0505 "
                         "(Dordrecht)"),
    "gemeente.not_unique": ("\"{text}\" is geen (eenduidige) gemeente; bedoelt u een van deze: {listed}",
                            "\"{text}\" is not a (unique) gemeente; did you mean one of these: {listed}"),
    "areas.duplicate_code": ("code {code} staat ook bij areas[{first}]; elke code mag maar één keer voorkomen",
                             "code {code} is also used by areas[{first}]; every code may appear only once"),
    "areas.shares_sum": ("de aandelen tellen op tot {total}; ze moeten optellen tot 1 (±0,01)",
                         "the shares add up to {total}; they must add up to 1 (±0.01)"),
    "bands.missing": ("geef een waarde voor elke leeftijdsgroep ({bands}); ontbreekt: {missing}",
                      "give a value for every age band ({bands}); missing: {missing}"),
    "bands.repeated": ("noem elke leeftijdsgroep één keer (dubbel: {repeated})",
                       "list every age band once (repeated: {repeated})"),
    "codes.unknown": ("\"{code}\" is geen gebied van dit scenario (gebieden zijn bijvoorbeeld {examples}){hint}",
                      "\"{code}\" is not an area of this scenario (areas are, for example, {examples}){hint}"),
    # pieces of messages
    "piece.did_you_mean": ("; bedoelt u \"{word}\"?", "; did you mean \"{word}\"?"),
    "piece.allowed": ("; toegestaan: {listed}", "; allowed: {listed}"),
    "piece.allowed_after_hint": (" Toegestaan: {listed}", " Allowed: {listed}"),
    "piece.gemeente_code": ("; voor {name} is dat \"{code}\"", "; for {name} that is \"{code}\""),
    "word.key": ("sleutel", "key"),
    "word.age_band": ("leeftijdsgroep", "age band"),
    "word.parameter": ("parameter", "parameter"),
    "kind.object": ("een object {{…}}", "an object {{…}}"),
    "kind.list": ("een lijst […]", "a list […]"),
    "kind.text": ("tekst", "text"),
    "kind.bool": ("true/false", "true/false"),
    "kind.null": ("null", "null"),
    "kind.number": ("het getal {value}", "the number {value}"),
    "expected.number": ("een getal", "a number"),
    "expected.whole_number": ("een geheel getal", "a whole number"),
    "expected.text": ("tekst tussen aanhalingstekens", "text in quotes"),
    "expected.object": ("een object {{…}}", "an object {{…}}"),
    "expected.list": ("een lijst […]", "a list […]"),
    "expected.bool": ("true of false", "true or false"),
    "range.shown": ("[{low}; {high}]", "[{low}, {high}]"),
    "manual.sum": ("de bedragen per gebied tellen op tot {total} euro; bij social_split \"manual\" moeten ze "
                   "optellen tot budget.social_eur ({wanted} euro, ±1)",
                   "the euros per area add up to {total}; with social_split \"manual\" they must add up to "
                   "budget.social_eur ({wanted}, ±1)"),
    "constraints.print_min_max": ("mag niet groter zijn dan print_max_eur ({high}) (nu {low})",
                                  "must not be more than print_max_eur ({high}) (got {low})"),
    "constraints.area_min_max": ("mag niet groter zijn dan area_max_eur.{code} ({high}) (nu {low})",
                                 "must not be more than area_max_eur.{code} ({high}) (got {low})"),
    "ranges.reversed": ("laag ({low}) mag niet boven hoog ({high}) liggen; schrijf [laag, hoog]",
                        "low ({low}) must not be above high ({high}); write [low, high]"),
    "ranges.at_least": ("beide grenzen moeten minstens {floor} zijn (nu {shown})",
                        "both ends must be at least {floor} (got {shown})"),
    "ranges.within": ("beide grenzen moeten liggen in {bracket}{floor}; {ceiling}] (nu {shown})",
                      "both ends must lie in {bracket}{floor}, {ceiling}] (got {shown})"),
    "ranges.factor_one": ("is een factor op de waarde van elke leeftijdsgroep en moet 1 bevatten (nu {shown})",
                          "is a factor on every age band's value and must contain 1 (got {shown})"),
    "ranges.contain_value": ("moet de waarde van het scenario bevatten, assumptions.{key} = {value} (nu {shown}); "
                             "maak het bereik ruimer of pas de waarde aan",
                             "must contain the scenario's value, assumptions.{key} = {value} (got {shown}); "
                             "widen the range or change the value"),
}


def render(key: str, lang: str, /, **params: Any) -> str:
    """The message ``key`` in ``lang`` with its parameters filled in."""
    nl, en = MESSAGES[key]
    filled = {name: _param(value, lang) for name, value in params.items()}
    return (nl if lang == "nl" else en).format(**filled)


def problem(where: str, key: str, path_nl: str | None = None, /, **params: Any) -> Problem:
    """A :class:`Problem` at ``where`` (a JSON path) with the message ``key`` in both languages."""
    return Problem(where, render(key, "nl", **params), render(key, "en", **params), path_nl)


def _param(value: Any, lang: str) -> str:
    if isinstance(value, Loc):
        return value.text(lang)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format_number(value, lang)
    return str(value)


def show(value: Any) -> str:
    """A short rendering of a user's value for a message (JSON, cut at 40 characters)."""
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        return str(value)
    if len(text) <= 40:
        return text
    return {dict: "{…}", list: "[…]"}.get(type(value), text[:37] + "…")


def shown_number(value: Any) -> Any:
    """A number as a number (written per language), anything else as :func:`show` renders it."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return show(value)


def loc(key: str, /, **params: Any) -> Loc:
    """The message ``key`` in both languages, as a parameter for another message."""
    return Loc(render(key, "nl", **params), render(key, "en", **params))


def empty() -> Loc:
    return Loc("", "")


def describe(value: Any) -> Loc:
    """What kind of JSON value this is, in words."""
    for kind, key in ((dict, "kind.object"), (list, "kind.list"), (str, "kind.text"), (bool, "kind.bool"),
                      (type(None), "kind.null")):
        if isinstance(value, kind):
            return loc(key)
    return loc("kind.number", value=show(value))


def shown_range(low: float, high: float) -> Loc:
    """``[0,7; 1,2]`` in Dutch (the comma is the decimal sign), ``[0.7, 1.2]`` in English."""
    return loc("range.shown", low=low, high=high)


def hint(word: str | None) -> Loc:
    """``; did you mean "X"?`` (nothing without a suggestion)."""
    return loc("piece.did_you_mean", word=word) if word else empty()
