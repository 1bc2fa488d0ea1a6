"""Words on every screen: names, channels, age bands, units, typed amounts, problems, counts."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- Names and words used on every screen ------------------------------------------------------
    "common.yes": {"nl": "ja", "en": "yes"},
    "common.no": {"nl": "nee", "en": "no"},
    "common.missing": {"nl": "–", "en": "–"},
    "common.subtitle": {"nl": "{gemeente} · {scenario}", "en": "{gemeente} · {scenario}"},
    "common.wijk": {"nl": "Wijk", "en": "District"},
    "common.gemeente": {"nl": "Gemeente", "en": "Municipality"},
    "common.scenario": {"nl": "Scenario", "en": "Scenario"},
    "common.buurt": {"nl": "Buurt", "en": "Neighbourhood"},
    # -- The source line under every chart and export ----------------------------------------------
    "source.chart": {"nl": "Bron: CBS; aannames budgetsim", "en": "Source: CBS; budgetsim assumptions"},
    "source.full": {
        "nl": "Bron: CBS, Kerncijfers wijken en buurten 2024; aannames budgetsim",
        "en": "Source: CBS (Statistics Netherlands), Kerncijfers wijken en buurten 2024; budgetsim assumptions",
    },
    # -- The two channels: the paper and social media ----------------------------------------------
    "channel.print_long": {
        "nl": "Gemeentepagina in de huis-aan-huiskrant",
        "en": "Municipal page in the free local weekly",
    },
    "channel.social_long": {
        "nl": "Social media advertenties (Facebook en Instagram)",
        "en": "Social media ads (Facebook and Instagram)",
    },
    # -- Age bands ---------------------------------------------------------------------------------
    "band.0-14": {"nl": "0–14 jaar", "en": "0–14 years"},
    "band.15-24": {"nl": "15–24 jaar", "en": "15–24 years"},
    "band.25-44": {"nl": "25–44 jaar", "en": "25–44 years"},
    "band.45-64": {"nl": "45–64 jaar", "en": "45–64 years"},
    "band.65+": {"nl": "65 jaar en ouder", "en": "65 and over"},
    # -- Values written as words -------------------------------------------------------------------
    "value.eur": {"nl": "{amount:eur}", "en": "{amount:eur}"},
    "value.infinite": {"nl": "oneindig", "en": "infinite"},
    # -- Typed amounts and numbers that cannot be used ---------------------------------------------
    "amount.invalid": {
        "nl": "“{text}” is geen bedrag dat kan: typ een bedrag in euro's tussen {low:eur} en {high:eur}, "
        "bijvoorbeeld 12.500.",
        "en": "“{text}” is not an amount that works: type an amount in euros between {low:eur} and {high:eur}, "
        "for example 12,500.",
    },
    "amount.not_digits": {
        "nl": "“{text}” is geen bedrag: er staan tekens in die geen cijfer zijn ({chars}). Typ alleen cijfers, "
        "met een punt of komma ertussen, tussen {low:eur} en {high:eur}, bijvoorbeeld 12.500 of 1.000.000.",
        "en": "“{text}” is not an amount: it holds signs that are not digits ({chars}). Type digits only, "
        "with a point or comma between them, between {low:eur} and {high:eur}, for example 12,500 or 1,000,000.",
    },
    "amount.kept": {"nl": "Het budget blijft {amount:eur}.", "en": "The budget stays {amount:eur}."},
    "amount.rounded": {
        "nl": "“{text}” is afgerond op {amount:eur}: de budgetten zijn in hele euro's.",
        "en": "“{text}” is rounded to {amount:eur}: the budgets are in whole euros.",
    },
    "amount.empty": {
        "nl": "Er staat geen bedrag: typ een bedrag in euro's tussen {low:eur} en {high:eur}, bijvoorbeeld 12.500.",
        "en": "There is no amount: type an amount in euros between {low:eur} and {high:eur}, for example 12,500.",
    },
    "nu.number.invalid": {
        "nl": "‘{text}’ is geen getal {range}. Typ bijvoorbeeld 0,7 of 70 %; het oude getal blijft staan.",
        "en": "‘{text}’ is not a number {range}. Type for example 0.7 or 70%; the old number stays.",
    },
    "nu.number.empty": {
        "nl": "Het vak is leeg: typ een getal {range}. Het oude getal blijft staan.",
        "en": "The box is empty: type a number {range}. The old number stays.",
    },
    "nu.number.between": {"nl": "van {low} tot {high}", "en": "from {low} to {high}"},
    "nu.number.at_least": {"nl": "van {low} of meer", "en": "of {low} or more"},
    # -- Where a problem is ------------------------------------------------------------------------
    "where.file": {"nl": "bestand", "en": "file"},
    "where.line": {"nl": "regel {line}", "en": "line {line}"},
    "where.line_column": {"nl": "regel {line}, kolom {column}", "en": "line {line}, column {column}"},
    "where.column": {"nl": "kolom {column}", "en": "column {column}"},
}

#: Texts that depend on a count (see budgetsim.i18n.t).
PLURALS: dict[str, dict[str, dict[str, str]]] = {
    # -- More problems of the same kind ------------------------------------------------------------
    "problem.more": {
        "nl": {
            "one": "en nog {count} probleem van dezelfde soort",
            "other": "en nog {count} problemen van dezelfde soort",
        },
        "en": {
            "one": "and {count} more problem of the same kind",
            "other": "and {count} more problems of the same kind",
        },
    },
    # -- Counts ------------------------------------------------------------------------------------
    "count.pages": {
        "nl": {"one": "{count} pagina", "other": "{count} pagina's"},
        "en": {"one": "{count} page", "other": "{count} pages"},
    },
    "count.areas": {
        "nl": {"one": "{count} gebied", "other": "{count} gebieden"},
        "en": {"one": "{count} area", "other": "{count} areas"},
    },
    "count.wijken": {
        "nl": {"one": "{count} wijk", "other": "{count} wijken"},
        "en": {"one": "{count} district", "other": "{count} districts"},
    },
}
