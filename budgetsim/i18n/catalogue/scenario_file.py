"""Problems in a scenario file (budgetsim.scenario), by the short keys of budgetsim.scenario.messages."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "scenario.where.file": {"nl": "bestand", "en": "file"},
    "scenario.place.named_file": {"nl": "{file}", "en": "{file}"},
    "scenario.place.in_file": {"nl": "{file}, {where}", "en": "{file}, {where}"},
    "scenario.default_name": {
        "nl": "{place}: krant {print_eur:eur}, social media {social_eur:eur}",
        "en": "{place}: paper {print_eur:eur}, social media {social_eur:eur}",
    },
    "scenario.number": {"nl": "{value:num}", "en": "{value:num}"},
    "scenario.file.too_large": {
        "nl": "het bestand is {size:num} bytes; een scenario mag hooguit 1 MB zijn",
        "en": "the file is {size:num} bytes; a scenario may be at most 1 MB",
    },
    "scenario.file.not_utf8": {
        "nl": "het bestand is geen UTF-8-tekst (onleesbaar teken op regel {line}); sla het op als UTF-8",
        "en": "the file is not UTF-8 text (unreadable character on line {line}); save it as UTF-8",
    },
    "scenario.file.bad_json": {
        "nl": "geen geldige JSON op regel {line}, kolom {column}: {reason}; controleer komma's, "
        "aanhalingstekens en haakjes",
        "en": "not valid JSON at line {line}, column {column}: {reason}; check commas, quotes and brackets",
    },
    "scenario.file.bad_json_at": {
        "nl": "geen geldige JSON op regel {line}, kolom {column}; controleer komma's, aanhalingstekens en haakjes",
        "en": "not valid JSON at line {line}, column {column}; check commas, quotes and brackets",
    },
    "scenario.json_reason.value": {
        "nl": "hier hoort een waarde (een getal, een tekst tussen aanhalingstekens, true, false of null)",
        "en": "a value belongs here (a number, a text in quotes, true, false or null)",
    },
    "scenario.json_reason.name": {
        "nl": "hier hoort een naam tussen dubbele aanhalingstekens, of er staat een komma te veel",
        "en": "a name in double quotes belongs here, or there is one comma too many",
    },
    "scenario.json_reason.comma": {"nl": "hier ontbreekt een komma", "en": "a comma is missing here"},
    "scenario.json_reason.colon": {
        "nl": "hier ontbreekt een dubbele punt na de naam",
        "en": "a colon is missing after the name",
    },
    "scenario.json_reason.unterminated": {
        "nl": "een tekst zonder aanhalingsteken aan het eind",
        "en": "a text without a closing quote",
    },
    "scenario.json_reason.control": {
        "nl": "een tab of regeleinde midden in een tekst",
        "en": "a tab or line break inside a text",
    },
    "scenario.json_reason.escape": {
        "nl": "een ongeldige code met \\ in een tekst",
        "en": "an invalid code with \\ in a text",
    },
    "scenario.json_reason.extra": {
        "nl": "na het einde van het scenario staat nog meer tekst",
        "en": "there is more text after the end of the scenario",
    },
    "scenario.file.unusable_json": {
        "nl": "geen bruikbare JSON: een getal met te veel cijfers",
        "en": "not usable JSON: a number with too many digits",
    },
    "scenario.file.too_deep": {
        "nl": "geen bruikbaar scenario: haakjes zijn te diep in elkaar gezet",
        "en": "not a usable scenario: brackets are nested too deep",
    },
    "scenario.file.not_object": {
        "nl": "het bestand moet één JSON-object {{…}} bevatten met schema_version, gemeente enz.; het bevat {kind}",
        "en": "the file must hold one JSON object {{…}} with schema_version, gemeente and so on; it holds {kind}",
    },
    "scenario.file.unreadable": {
        "nl": "kan het bestand niet lezen (foutcode {code})",
        "en": "cannot read the file (error code {code})",
    },
    "scenario.file.is_folder": {
        "nl": "dit is een map, geen bestand; geef de naam van een scenariobestand (.json)",
        "en": "this is a folder, not a file; give the name of a scenario file (.json)",
    },
    "scenario.file.no_permission": {
        "nl": "u mag dit bestand niet lezen (geen leesrechten)",
        "en": "you may not read this file (no read permission)",
    },
    "scenario.file.exists": {
        "nl": "dit bestand bestaat al; kies een andere naam of kies voor overschrijven",
        "en": "this file already exists; choose another name or choose to overwrite it",
    },
    "scenario.out.pdf_file": {"nl": "een pdf-bestand", "en": "a PDF file"},
    "scenario.out.docx_file": {"nl": "een Word-bestand", "en": "a Word file"},
    "scenario.out.csv_file": {"nl": "een CSV-bestand", "en": "a CSV file"},
    "scenario.out.json_file": {"nl": "een scenariobestand", "en": "a scenario file"},
    "scenario.out.empty": {
        "nl": "de naam is leeg; geef de naam van {kind}, bijvoorbeeld {example}",
        "en": "the name is empty; give the name of {kind}, for example {example}",
    },
    "scenario.out.is_folder": {
        "nl": "{path} is een map; geef de naam van {kind} in die map, bijvoorbeeld {example}",
        "en": "{path} is a folder; give the name of {kind} in it, for example {example}",
    },
    "scenario.out.wrong_type": {
        "nl": "{path} eindigt niet op {suffix}; hier komt {kind}, dus de naam moet eindigen op {suffix}, "
        "bijvoorbeeld {example}",
        "en": "{path} does not end in {suffix}; this is {kind}, so its name must end in {suffix}, "
        "for example {example}",
    },
    "scenario.out.no_folder": {
        "nl": "de map {folder} bestaat niet; maak hem eerst aan of kies een andere plek",
        "en": "the folder {folder} does not exist; create it first or choose another place",
    },
    "scenario.out.is_input": {
        "nl": "{path} is een bestand dat u inleest; budgetsim schrijft nooit over een bestand dat het "
        "inleest (ook niet met --force); kies een andere naam",
        "en": "{path} is a file you read in; budgetsim never writes over a file it reads (not even with "
        "--force); choose another name",
    },
    "scenario.out.twice": {
        "nl": "{path} is ook het bestand van {other}; geef elk bestand een eigen naam",
        "en": "{path} is also the file of {other}; give each file a name of its own",
    },
    "scenario.out.not_a_file": {
        "nl": "{path} bestaat al en is geen gewoon bestand; kies een andere naam",
        "en": "{path} already exists and is not an ordinary file; choose another name",
    },
    "scenario.out.exists": {
        "nl": "{path} bestaat al; kies een andere naam of gebruik --force om te overschrijven",
        "en": "{path} already exists; choose another name or use --force to overwrite it",
    },
    "scenario.out.exists_no_force": {
        "nl": "{path} bestaat al; kies een andere naam (dit commando overschrijft nooit een bestand)",
        "en": "{path} already exists; choose another name (this command never overwrites a file)",
    },
    "scenario.out.no_permission": {
        "nl": "u mag {path} niet overschrijven (geen schrijfrechten); kies een andere naam of plek",
        "en": "you may not overwrite {path} (no write permission); choose another name or place",
    },
    "scenario.out.no_permission_folder": {
        "nl": "u mag niet schrijven in de map {folder}; kies een andere plek",
        "en": "you may not write in the folder {folder}; choose another place",
    },
    "scenario.file.migrated": {
        "nl": "Dit scenario is gemaakt met een oudere versie van budgetsim (schemaversie {old}). Het opent "
        "gewoon en wordt bij opslaan versie {new}. De cijfers kunnen iets anders zijn dan toen: elke "
        "wijk heeft nu zijn eigen leeftijdsopbouw uit de CBS-cijfers.",
        "en": "This scenario was made with an older version of budgetsim (schema version {old}). It opens as "
        "usual and becomes version {new} when saved. Its figures may differ a little from then: every "
        "wijk now has its own age mix from the CBS figures.",
    },
    "scenario.level.needs_gemeente": {
        "nl": 'geldt alleen voor de wijken of buurten van een gemeente; een eigen lijst "areas" is zijn eigen '
        'niveau: haal "level" weg',
        "en": 'applies only to a gemeente\'s wijken or buurten; your own list of "areas" is its own level: '
        'remove "level"',
    },
    "scenario.json.non_finite": {
        "nl": "{text} is niet toegestaan; schrijf een gewoon getal",
        "en": "{text} is not allowed; write an ordinary number",
    },
    "scenario.json.duplicate_key": {
        "nl": "deze sleutel staat er meer dan één keer; houd er één",
        "en": "this key appears more than once; keep one",
    },
    "scenario.json.lone_surrogate": {
        "nl": "bevat een ongeldig teken (een losse \\ud800-code); haal het weg",
        "en": "contains an invalid character (a lone \\ud800 code); remove it",
    },
    "scenario.version.missing": {
        "nl": 'ontbreekt; is dit een budgetsim-scenario? Zet "schema_version": {version} bovenaan',
        "en": 'is missing; is this a budgetsim scenario? Put "schema_version": {version} at the top',
    },
    "scenario.version.not_int": {
        "nl": "moet een geheel getal zijn, {version} voor deze versie (nu {got})",
        "en": "must be a whole number, {version} for this version (got {got})",
    },
    "scenario.version.newer": {
        "nl": "dit bestand is gemaakt met een nieuwere budgetsim (schemaversie {got}); deze versie leest tot "
        "en met versie {version}. Werk budgetsim bij om het te openen",
        "en": "this file was made by a newer budgetsim (schema version {got}); this version reads up to "
        "version {version}. Update budgetsim to open it",
    },
    "scenario.version.too_low": {
        "nl": "versie {got} bestaat niet; de eerste versie is 1 (nu {got})",
        "en": "version {got} does not exist; the first version is 1 (got {got})",
    },
    "scenario.type.unknown": {
        "nl": 'onbekende {what} "{word}"{rest}',
        "en": 'unknown {what} "{word}"{rest}',
    },
    "scenario.type.missing": {
        "nl": "ontbreekt; vul het in",
        "en": "is missing; add it",
    },
    "scenario.type.expected": {
        "nl": "moet {expected} zijn (nu {got})",
        "en": "must be {expected} (got {got})",
    },
    "scenario.type.non_finite": {
        "nl": "moet een gewoon getal zijn (geen NaN of Infinity)",
        "en": "must be an ordinary number (not NaN or Infinity)",
    },
    "scenario.type.at_least": {
        "nl": "moet minstens {limit:num} zijn (nu {got})",
        "en": "must be at least {limit:num} (got {got})",
    },
    "scenario.type.greater_than": {
        "nl": "moet groter dan {limit:num} zijn (nu {got})",
        "en": "must be greater than {limit:num} (got {got})",
    },
    "scenario.type.at_most": {
        "nl": "moet hooguit {limit:num} zijn (nu {got})",
        "en": "must be at most {limit:num} (got {got})",
    },
    "scenario.type.less_than": {
        "nl": "moet kleiner dan {limit:num} zijn (nu {got})",
        "en": "must be less than {limit:num} (got {got})",
    },
    "scenario.type.one_of": {
        "nl": "moet een van deze zijn: {options} (nu {got})",
        "en": "must be one of: {options} (got {got})",
    },
    "scenario.type.empty": {
        "nl": "mag niet leeg zijn",
        "en": "must not be empty",
    },
    "scenario.type.pair": {
        "nl": "moet precies 2 getallen hebben, [laag, hoog] (nu {got})",
        "en": "must have exactly 2 numbers, [low, high] (got {got})",
    },
    "scenario.type.exactly": {
        "nl": "moet precies {size} getallen hebben, [laag, hoog] (nu {got})",
        "en": "must have exactly {size} numbers, [low, high] (got {got})",
    },
    "scenario.type.too_long": {
        "nl": "is te lang: hooguit {size:num} (tekens of items)",
        "en": "is too long: at most {size:num} (characters or items)",
    },
    "scenario.type.invalid": {
        "nl": "ongeldige waarde (nu {got})",
        "en": "invalid value (got {got})",
    },
    "scenario.gemeente.missing": {
        "nl": 'geef een gemeente (CBS-code zoals GM0505) of een eigen lijst "areas"',
        "en": 'give a municipality ("gemeente": a CBS code such as GM0505) or your own list of "areas"',
    },
    "scenario.gemeente.not_a_code": {
        "nl": "moet een CBS-code zijn: GM en vier cijfers, zoals GM0505{hint} (nu {got})",
        "en": "must be a CBS code: GM and four digits, such as GM0505{hint} (got {got})",
    },
    "scenario.gemeente.unknown": {
        "nl": "{code} is geen gemeente in de CBS-gegevens van 2024; gebruik een bestaande code zoals GM0505 "
        "(Dordrecht)",
        "en": "{code} is not a municipality (gemeente) in the CBS 2024 data; use an existing code such as GM0505 "
        "(Dordrecht)",
    },
    "scenario.gemeente.not_unique": {
        "nl": '"{text}" is geen (eenduidige) gemeente; bedoelt u een van deze: {listed}',
        "en": '"{text}" is not a (unique) municipality; did you mean one of these: {listed}',
    },
    "scenario.areas.duplicate_code": {
        "nl": "code {code} staat ook bij areas[{first}]; elke code mag maar één keer voorkomen",
        "en": "code {code} is also used by areas[{first}]; every code may appear only once",
    },
    "scenario.areas.shares_sum": {
        "nl": "de aandelen tellen op tot {total:num}; ze moeten optellen tot 1 (±0,01)",
        "en": "the shares add up to {total:num}; they must add up to 1 (±0.01)",
    },
    "scenario.bands.missing": {
        "nl": "geef een waarde voor elke leeftijdsgroep ({bands}); ontbreekt: {missing}",
        "en": "give a value for every age band ({bands}); missing: {missing}",
    },
    "scenario.bands.repeated": {
        "nl": "noem elke leeftijdsgroep één keer (dubbel: {repeated})",
        "en": "list every age band once (repeated: {repeated})",
    },
    "scenario.codes.unknown": {
        "nl": '"{code}" is geen gebied van dit scenario (gebieden zijn bijvoorbeeld {examples}){hint}',
        "en": '"{code}" is not an area of this scenario (areas are, for example, {examples}){hint}',
    },
    "scenario.piece.did_you_mean": {
        "nl": '; bedoelt u "{word}"?',
        "en": '; did you mean "{word}"?',
    },
    "scenario.piece.allowed": {
        "nl": "; toegestaan: {listed}",
        "en": "; allowed: {listed}",
    },
    "scenario.piece.did_you_mean_allowed": {
        "nl": '; bedoelt u "{word}"? Toegestaan: {listed}',
        "en": '; did you mean "{word}"? Allowed: {listed}',
    },
    "scenario.piece.gemeente_code": {
        "nl": '; voor {name} is dat "{code}"',
        "en": '; for {name} that is "{code}"',
    },
    "scenario.word.key": {
        "nl": "sleutel",
        "en": "key",
    },
    "scenario.word.age_band": {
        "nl": "leeftijdsgroep",
        "en": "age band",
    },
    "scenario.word.parameter": {
        "nl": "parameter",
        "en": "parameter",
    },
    "scenario.kind.object": {
        "nl": "een object {…}",
        "en": "an object {…}",
    },
    "scenario.kind.list": {
        "nl": "een lijst […]",
        "en": "a list […]",
    },
    "scenario.kind.text": {
        "nl": "tekst",
        "en": "text",
    },
    "scenario.kind.bool": {
        "nl": "true/false",
        "en": "true/false",
    },
    "scenario.kind.null": {
        "nl": "null",
        "en": "null",
    },
    "scenario.kind.number": {
        "nl": "het getal {value}",
        "en": "the number {value}",
    },
    "scenario.expected.number": {
        "nl": "een getal",
        "en": "a number",
    },
    "scenario.expected.whole_number": {
        "nl": "een geheel getal",
        "en": "a whole number",
    },
    "scenario.expected.text": {
        "nl": "tekst tussen aanhalingstekens",
        "en": "text in quotes",
    },
    "scenario.expected.object": {
        "nl": "een object {…}",
        "en": "an object {…}",
    },
    "scenario.expected.list": {
        "nl": "een lijst […]",
        "en": "a list […]",
    },
    "scenario.expected.bool": {
        "nl": "true of false",
        "en": "true or false",
    },
    "scenario.range.shown": {
        "nl": "[{low:num}; {high:num}]",
        "en": "[{low:num}, {high:num}]",
    },
    "scenario.manual.sum": {
        "nl": 'de bedragen per gebied tellen op tot {total:num} euro; bij social_split "manual" moeten ze '
        "optellen tot budget.social_eur ({wanted:num} euro, ±1)",
        "en": 'the euros per area add up to {total:num}; with social_split "manual" they must add up to '
        "budget.social_eur ({wanted:num}, ±1)",
    },
    "scenario.constraints.print_min_max": {
        "nl": "mag niet groter zijn dan print_max_eur ({high:num}) (nu {low:num})",
        "en": "must not be more than print_max_eur ({high:num}) (got {low:num})",
    },
    "scenario.constraints.area_min_max": {
        "nl": "mag niet groter zijn dan area_max_eur.{code} ({high:num}) (nu {low:num})",
        "en": "must not be more than area_max_eur.{code} ({high:num}) (got {low:num})",
    },
    "scenario.ranges.reversed": {
        "nl": "laag ({low:num}) mag niet boven hoog ({high:num}) liggen; schrijf [laag, hoog]",
        "en": "low ({low:num}) must not be above high ({high:num}); write [low, high]",
    },
    "scenario.ranges.at_least": {
        "nl": "beide grenzen moeten minstens {floor:num} zijn (nu {shown})",
        "en": "both ends must be at least {floor:num} (got {shown})",
    },
    "scenario.ranges.within": {
        "nl": "beide grenzen moeten liggen in {bracket}{floor:num}; {ceiling:num}] (nu {shown})",
        "en": "both ends must lie in {bracket}{floor:num}, {ceiling:num}] (got {shown})",
    },
    "scenario.ranges.factor_one": {
        "nl": "is een factor op de waarde van elke leeftijdsgroep en moet 1 bevatten (nu {shown})",
        "en": "is a factor on every age band's value and must contain 1 (got {shown})",
    },
    "scenario.ranges.contain_value": {
        "nl": "moet de waarde van het scenario bevatten, assumptions.{parameter} = {value:num} (nu {shown}); maak "
        "het bereik ruimer of pas de waarde aan",
        "en": "must contain the scenario's value, assumptions.{parameter} = {value:num} (got {shown}); widen the "
        "range or change the value",
    },
}
