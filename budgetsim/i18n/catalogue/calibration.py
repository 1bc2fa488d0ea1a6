"""Calibration from own figures (budgetsim.calibration): problems in an Ads Manager export, a
targets file or a reader survey, and the calibrate command."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- Numbers in the calibration report ---------------------------------------------------------
    # -- Where a problem is in a file --------------------------------------------------------------
    "calibration.where.in_file": {"nl": "{file}, {where}", "en": "{file}, {where}"},
    "calibration.where.row": {"nl": "rij {row}", "en": "row {row}"},
    "calibration.where.row_column": {"nl": "rij {row}, kolom {column}", "en": "row {row}, column {column}"},
    # -- Any file ----------------------------------------------------------------------------------
    "calibration.file.missing": {"nl": "bestand niet gevonden", "en": "file not found"},
    "calibration.file.empty": {
        "nl": "het bestand is leeg",
        "en": "the file is empty",
    },
    "calibration.file.too_large": {
        "nl": "het bestand is groter dan {mb} MB; gebruik een kleiner bestand",
        "en": "the file is larger than {mb} MB; use a smaller file",
    },
    "calibration.file.unreadable": {
        "nl": "kan het bestand niet lezen ({reason})",
        "en": "cannot read the file ({reason})",
    },
    "calibration.file.xls": {
        "nl": "dit is een oud Excel-bestand (.xls); sla het op als .xlsx of als CSV",
        "en": "this is an old Excel file (.xls); save it as .xlsx or as CSV",
    },
    "calibration.file.bad_xlsx": {
        "nl": "dit Excel-bestand is niet te openen ({reason}); sla het opnieuw op als .xlsx of als CSV",
        "en": "this Excel file cannot be opened ({reason}); save it again as .xlsx or as CSV",
    },
    "calibration.file.not_text": {
        "nl": "dit is geen tekstbestand (CSV) en geen Excel-bestand (.xlsx)",
        "en": "this is not a text file (CSV) and not an Excel file (.xlsx)",
    },
    "calibration.file.too_many_rows": {
        "nl": "het bestand heeft meer dan {max:int} rijen; budgetsim leest er hooguit {max:int}",
        "en": "the file has more than {max:int} rows; budgetsim reads at most {max:int}",
    },
    # -- Cells -------------------------------------------------------------------------------------
    "calibration.cell.not_number": {
        "nl": "'{value}' is geen getal; schrijf bijvoorbeeld {example}",
        "en": "'{value}' is not a number; write for example {example}",
    },
    "calibration.cell.negative": {
        "nl": "mag niet negatief zijn (nu {value:num})",
        "en": "must not be negative (got {value:num})",
    },
    "calibration.cell.bad_date": {
        "nl": "'{value}' is geen datum; schrijf bijvoorbeeld 2026-03-01 of 1-3-2026 (de rij telt wel mee)",
        "en": "'{value}' is not a date; write for example 2026-03-01 (the row is still used)",
    },
    # -- Ads Manager export ------------------------------------------------------------------------
    "calibration.meta.not_export": {
        "nl": "dit lijkt geen export uit Meta Advertentiebeheer: de kolom(men) {missing} ontbreken. "
        "Verwacht: een kopregel met Besteed bedrag (EUR), Weergaven en Bereik (of Amount spent (EUR), "
        "Impressions en Reach). Gevonden: {found}",
        "en": "this does not look like a Meta Ads Manager export: the column(s) {missing} are missing. "
        "Expected: a header with Amount spent (EUR), Impressions and Reach (or Besteed bedrag (EUR), "
        "Weergaven and Bereik). Found: {found}",
    },
    "calibration.meta.looks_like_survey": {
        "nl": "dit lijkt een lezersonderzoek, geen export uit Advertentiebeheer; gebruik het bij "
        "'lezersonderzoek' (--survey)",
        "en": "this looks like a reader survey, not an Ads Manager export; use it as the survey (--survey)",
    },
    "calibration.meta.currency": {
        "nl": "de bedragen staan in {currency}; budgetsim rekent in euro. Exporteer in EUR",
        "en": "the amounts are in {currency}; budgetsim works in euros. Export in EUR",
    },
    "calibration.meta.no_rows": {
        "nl": "het bestand heeft geen rijen met cijfers onder de kopregel",
        "en": "the file has no rows with figures below the header",
    },
    "calibration.meta.nothing_usable": {
        "nl": "geen enkele rij is bruikbaar (zie de redenen per rij); er is niets te schatten",
        "en": "no row can be used (see the reason for each row); there is nothing to fit",
    },
    "calibration.meta.unknown_age": {
        "nl": "leeftijdsgroep '{value}' is onbekend; Meta gebruikt {allowed} (de rij telt niet mee)",
        "en": "age group '{value}' is unknown; Meta uses {allowed} (the row is not used)",
    },
    "calibration.meta.duplicate_column": {
        "nl": "kolom '{column}' staat er twee keer; budgetsim gebruikt de eerste",
        "en": "column '{column}' appears twice; budgetsim uses the first",
    },
    # -- Why a row is not used (short, for the table of rows) --------------------------------------
    "calibration.why.totals": {"nl": "totaalrij", "en": "totals row"},
    "calibration.why.excluded": {"nl": "zelf uitgezet", "en": "left out by you"},
    "calibration.why.reach_above_impressions": {
        "nl": "bereik ({reach:int}) is niet kleiner dan het aantal weergaven ({impressions:int})",
        "en": "reach ({reach:int}) is not below impressions ({impressions:int})",
    },
    "calibration.why.zero_spend": {"nl": "besteed bedrag is 0", "en": "amount spent is 0"},
    "calibration.why.zero_impressions": {"nl": "geen weergaven", "en": "no impressions"},
    "calibration.why.zero_reach": {"nl": "bereik is 0", "en": "reach is 0"},
    "calibration.why.missing": {"nl": "{column} ontbreekt", "en": "{column} is missing"},
    "calibration.why.bad_number": {"nl": "{column} is geen getal", "en": "{column} is not a number"},
    "calibration.why.cpm_mismatch": {
        "nl": "weergaven passen niet bij bedrag en CPM (verwacht ongeveer {expected:int})",
        "en": "impressions do not match spend and CPM (expected about {expected:int})",
    },
    "calibration.why.cpm_outlier": {
        "nl": "prijs per 1.000 weergaven ({cpm:eur2}) ligt ver van de rest (mediaan {median:eur2})",
        "en": "cost per 1,000 impressions ({cpm:eur2}) is far from the rest (median {median:eur2})",
    },
    "calibration.why.unknown_age": {"nl": "onbekende leeftijdsgroep {value}", "en": "unknown age group {value}"},
    "calibration.why.no_audience": {
        "nl": "de gekozen gebieden en leeftijden hebben geen doelgroep",
        "en": "the chosen areas and ages have no audience",
    },
    # -- Targets file ------------------------------------------------------------------------------
    "calibration.targets.not_targets": {
        "nl": "dit lijkt geen bestand met doelgebieden: verwacht de kolommen row_name en area_or_ad_set_codes "
        "(of rij, gebieden), gevonden: {found}",
        "en": "this does not look like a targets file: expected the columns row_name and area_or_ad_set_codes, "
        "found: {found}",
    },
    "calibration.targets.unknown_code": {
        "nl": "'{code}' is geen gebied of advertentieset van dit scenario (bijvoorbeeld {examples}){hint}",
        "en": "'{code}' is not an area or ad set of this scenario (for example {examples}){hint}",
    },
    "calibration.basis.campaign": {"nl": "Eigen campagne {names}", "en": "Own campaign {names}"},
    "calibration.basis.campaigns": {"nl": "Eigen campagnes {names}", "en": "Own campaigns {names}"},
    "calibration.basis.export": {"nl": "Eigen campagne ({source})", "en": "Own campaign ({source})"},
    "calibration.basis.survey": {
        "nl": "Eigen lezersonderzoek ({source}, {respondents:int} respondenten)",
        "en": "Own reader survey ({source}, {respondents:int} respondents)",
    },
    "calibration.basis.read": {"nl": "ingelezen {month}", "en": "read {month}"},
    "calibration.targets.did_you_mean": {"nl": "; bedoelt u {code}?", "en": "; did you mean {code}?"},
    "calibration.targets.no_codes": {
        "nl": "geen gebieden genoemd; schrijf codes gescheiden door spaties, of de gemeentecode voor de hele gemeente",
        "en": "no areas given; write codes separated by spaces, or the gemeente code for the whole gemeente",
    },
    "calibration.targets.bad_bands": {
        "nl": "'{value}' zijn geen leeftijdsgroepen; schrijf bijvoorbeeld 15-24, 25-44 of 45+",
        "en": "'{value}' are not age bands; write for example 15-24, 25-44 or 45+",
    },
    "calibration.targets.unknown_row": {
        "nl": "'{name}' is geen rij uit de export (rijen: {names})",
        "en": "'{name}' is not a row of the export (rows: {names})",
    },
    "calibration.targets.duplicate": {
        "nl": "'{name}' staat al op rij {first}; noem elke rij één keer",
        "en": "'{name}' is already on row {first}; list every row once",
    },
    # -- Reader survey -----------------------------------------------------------------------------
    "calibration.survey.not_survey": {
        "nl": "dit lijkt geen lezersonderzoek: verwacht de kolom answer (of antwoord), met count (aantal) "
        "en eventueel band (leeftijdsgroep), of één rij per inwoner met age (leeftijd). Gevonden: {found}",
        "en": "this does not look like a reader survey: expected the column answer, with count and optionally "
        "band, or one row per respondent with age. Found: {found}",
    },
    "calibration.survey.looks_like_export": {
        "nl": "dit lijkt een export uit Advertentiebeheer, geen lezersonderzoek; gebruik het bij 'export' (--meta)",
        "en": "this looks like an Ads Manager export, not a reader survey; use it as the export (--meta)",
    },
    "calibration.survey.unknown_answer": {
        "nl": "'{value}' is geen van de vijf antwoorden ({allowed}); de rij telt niet mee",
        "en": "'{value}' is not one of the five answers ({allowed}); the row is not used",
    },
    "calibration.survey.bad_band": {
        "nl": "'{value}' is geen leeftijdsgroep ({allowed}); de rij telt niet mee",
        "en": "'{value}' is not an age band ({allowed}); the row is not used",
    },
    "calibration.survey.bad_age": {
        "nl": "'{value}' is geen leeftijd in jaren (15 tot 120); de rij telt niet mee",
        "en": "'{value}' is not an age in years (15 to 120); the row is not used",
    },
    "calibration.survey.young": {
        "nl": "leeftijd {value} is onder de 15; budgetsim rekent met inwoners van 15 jaar en ouder (de rij "
        "telt niet mee)",
        "en": "age {value} is under 15; budgetsim counts residents aged 15 and over (the row is not used)",
    },
    "calibration.survey.bad_count": {
        "nl": "'{value}' is geen aantal (een heel getal van 0 of meer); de rij telt niet mee",
        "en": "'{value}' is not a count (a whole number of 0 or more); the row is not used",
    },
    "calibration.survey.no_readers": {
        "nl": "niemand in het onderzoek krijgt de krant; lezen valt niet te schatten",
        "en": "nobody in the survey receives the paper; reading cannot be estimated",
    },
    "calibration.survey.no_respondents": {
        "nl": "het onderzoek heeft geen bruikbare antwoorden",
        "en": "the survey has no usable answers",
    },
    "calibration.survey.band_no_readers": {
        "nl": "in leeftijdsgroep {band} krijgt niemand de krant; die groep houdt haar waarde",
        "en": "in age band {band} nobody receives the paper; that band keeps its value",
    },
    # -- Applying the fitted values ----------------------------------------------------------------
    "calibration.apply.nothing": {
        "nl": "geef een export uit Advertentiebeheer (--meta) of een lezersonderzoek (--survey), of allebei",
        "en": "give an Ads Manager export (--meta) or a reader survey (--survey), or both",
    },
    # -- The calibrate command ---------------------------------------------------------------------
    "calibration.cli.head": {"nl": "Eigen cijfers voor {scenario}", "en": "Own figures for {scenario}"},
    "calibration.cli.social": {"nl": "Social media, uit {source}", "en": "Social media, from {source}"},
    "calibration.cli.print": {"nl": "Krant, uit {source}", "en": "Local paper, from {source}"},
    "calibration.cli.basis": {"nl": "Onderbouwing: {basis}", "en": "Basis: {basis}"},
    "calibration.cli.value": {"nl": "{value} (was {before})", "en": "{value} (was {before})"},
    "calibration.cli.value_range": {
        "nl": "{value} (was {before}; bereik {low} tot {high})",
        "en": "{value} (was {before}; range {low} to {high})",
    },
    "calibration.cli.kept": {"nl": "{value} (niet geschat, blijft)", "en": "{value} (not fitted, kept)"},
    "calibration.cli.deliverable": {
        "nl": "Bereikbare accounts in de gemeente (15+): {n:int}",
        "en": "Accounts that can be reached in the gemeente (15+): {n:int}",
    },
    "calibration.cli.no_recall": {
        "nl": "geen cijfers over advertentieherinnering in de export; blijft {value}",
        "en": "no ad recall figures in the export; stays {value}",
    },
    "calibration.cli.rows": {
        "nl": "Rijen ({used:int} gebruikt, {skipped:int} niet gebruikt):",
        "en": "Rows ({used:int} used, {skipped:int} not used):",
    },
    "calibration.cli.row": {
        "nl": "rij {row}: {name}: {spend}, {impressions} weergaven, bereik {reach}{predicted}",
        "en": "row {row}: {name}: {spend}, {impressions} impressions, reach {reach}{predicted}",
    },
    "calibration.cli.predicted": {"nl": " (model: {n:int})", "en": " (model: {n:int})"},
    "calibration.cli.skipped": {"nl": "niet gebruikt: {why}", "en": "not used: {why}"},
    "calibration.cli.respondents": {"nl": "Respondenten: {n:int}", "en": "Respondents: {n:int}"},
    "calibration.cli.answers": {
        "nl": "Antwoorden (onderzoek / model): {answers}",
        "en": "Answers (survey / model): {answers}",
    },
    "calibration.cli.problems": {"nl": "Opmerkingen bij de bestanden:", "en": "Notes on the files:"},
    "calibration.cli.written": {"nl": "Nieuw scenario geschreven: {path}", "en": "New scenario written: {path}"},
    "calibration.cli.nothing_written": {
        "nl": "Niets bruikbaars gevonden; er is geen bestand geschreven.",
        "en": "Nothing usable found; no file was written.",
    },
}
