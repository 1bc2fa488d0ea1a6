"""Problems with an own table of areas (budgetsim.areas_csv)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "areas_csv.empty": {
        "nl": "het bestand is leeg; begin met de kopregel code,name,residents,dwellings",
        "en": "the file is empty; start with the header line code,name,residents,dwellings",
    },
    "areas_csv.unreadable": {"nl": "kan het bestand niet lezen ({reason})", "en": "cannot read the file ({reason})"},
    "areas_csv.too_big": {
        "nl": "het bestand is groter dan {mb} MB; gebruik een kleinere tabel",
        "en": "the file is larger than {mb} MB; use a smaller table",
    },
    "areas_csv.utf16": {
        "nl": "het bestand is UTF-16 ('Unicode-tekst'); sla het op als 'CSV UTF-8 (door komma's gescheiden)'",
        "en": "the file is UTF-16 ('Unicode text'); save it as 'CSV UTF-8 (comma delimited)'",
    },
    "areas_csv.not_utf8": {
        "nl": "het bestand is geen UTF-8 (regel {line} heeft een onbekend teken); sla het in Excel op als "
        "'CSV UTF-8 (door komma's gescheiden)'",
        "en": "the file is not UTF-8 (line {line} has an unreadable character); in Excel, save it as "
        "'CSV UTF-8 (comma delimited)'",
    },
    "areas_csv.too_many_rows": {
        "nl": "meer dan {max:num} rijen; gebruik de wijken of buurten van een kleiner gebied",
        "en": "more than {max:num} rows; use the wijken or buurten of a smaller region",
    },
    "areas_csv.bad_csv": {
        "nl": "regel {line}: geen geldige CSV ({error})",
        "en": "line {line}: not valid CSV ({error})",
    },
    "areas_csv.no_rows": {
        "nl": "er staan geen rijen onder de kopregel; voeg per wijk of buurt een regel toe",
        "en": "there are no rows below the header line; add one line per wijk or buurt",
    },
    "areas_csv.same_column": {
        "nl": "kolom '{first}' en '{other}' betekenen allebei '{field}'; houd er één",
        "en": "columns '{first}' and '{other}' both mean '{field}'; keep one of them",
    },
    "areas_csv.missing_column": {
        "nl": "kolom '{field}' ontbreekt (toegestaan: {allowed}); de kolommen zijn nu: {found}. "
        "Nodig: code, name, residents, dwellings (of de CBS-sleutels).",
        "en": "column '{field}' is missing (allowed: {allowed}); the columns now are: {found}. "
        "Needed: code, name, residents, dwellings (or the CBS keys).",
    },
    "areas_csv.age_columns": {
        "nl": "leeftijdskolommen: geef alle vijf ({bands}) of geen; ontbreekt: {missing}",
        "en": "age columns: give all five ({bands}) or none; missing: {missing}",
    },
    "areas_csv.mixed_levels": {
        "nl": "de tabel mengt niveaus ({levels}): houd alleen wijken (WK) of alleen buurten (BU) over, "
        "anders worden inwoners dubbel geteld",
        "en": "the table mixes levels ({levels}): keep only wijken (WK) or only buurten (BU), "
        "otherwise residents are counted twice",
    },
    "areas_csv.count_empty": {"nl": "leeg; vul een aantal in (0 of meer)", "en": "empty; fill in a count (0 or more)"},
    "areas_csv.count_unknown": {
        "nl": "'.' is geen getal (CBS schrijft '.' voor onbekend); vul een aantal in of haal de regel weg",
        "en": "'.' is not a number (CBS writes '.' for unknown); fill in a count or remove the line",
    },
    "areas_csv.not_a_number": {
        "nl": "'{raw}' is geen getal; schrijf een getal zoals 1234 of 12.5",
        "en": "'{raw}' is not a number; write a number such as 1234 or 12.5",
    },
    "areas_csv.not_a_number_dutch": {
        "nl": "'{raw}' is geen getal; schrijf een getal zoals 1234, 1.234 of 12,5",
        "en": "'{raw}' is not a number; write a number such as 1234, 1.234 or 12,5",
    },
    "areas_csv.count_negative": {
        "nl": "moet minstens 0 zijn (nu {value:num})",
        "en": "must be at least 0 (got {value:num})",
    },
    "areas_csv.count_too_big": {
        "nl": "mag hooguit {max:num} zijn (nu {value:num})",
        "en": "must be at most {max:num} (got {value:num})",
    },
    "areas_csv.code_empty": {
        "nl": "leeg; vul de code van de wijk of buurt in",
        "en": "empty; fill in the code of the wijk or buurt",
    },
    "areas_csv.code_twice": {
        "nl": "code {code} staat ook op regel {earlier}; elke code mag maar één keer voorkomen",
        "en": "code {code} is also on line {earlier}; every code may appear only once",
    },
    "areas_csv.code_too_long": {
        "nl": "te lang ({length} tekens); een code mag hooguit {max} tekens hebben",
        "en": "too long ({length} characters); a code may have at most {max}",
    },
    "areas_csv.name_too_long": {
        "nl": "te lang ({length} tekens); een naam mag hooguit {max} tekens hebben",
        "en": "too long ({length} characters); a name may have at most {max}",
    },
    "areas_csv.age_sum": {
        "nl": "de leeftijdsaantallen ({columns}) tellen op tot {sum:num}, maar er zijn {residents:num} inwoners; "
        "ze mogen hooguit 5 % verschillen",
        "en": "the age counts ({columns}) add up to {sum:num}, but there are {residents:num} residents; "
        "they may differ by at most 5%",
    },
}
