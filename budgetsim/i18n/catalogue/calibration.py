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
    # -- Why a row is not used (short, for the table of rows) --------------------------------------
    "calibration.why.totals": {"nl": "totaalrij", "en": "totals row"},
    "calibration.why.reach_above_impressions": {
        "nl": "bereik ({reach:int}) is niet kleiner dan het aantal weergaven ({impressions:int})",
        "en": "reach ({reach:int}) is not below impressions ({impressions:int})",
    },
    "calibration.why.zero_spend": {"nl": "besteed bedrag is 0", "en": "amount spent is 0"},
    "calibration.why.zero_impressions": {"nl": "geen weergaven", "en": "no impressions"},
    "calibration.why.zero_reach": {"nl": "bereik is 0", "en": "reach is 0"},
    "calibration.why.missing": {"nl": "{column} ontbreekt", "en": "{column} is missing"},
    "calibration.why.bad_number": {"nl": "{column} is geen getal", "en": "{column} is not a number"},
    "calibration.why.negative": {"nl": "{column} mag niet negatief zijn", "en": "{column} must not be negative"},
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
        "en": "no areas given; write codes separated by spaces, or the municipality's code (GM…) for the whole "
        "municipality",
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
        "en": "Accounts that can be reached in the municipality (15+): {n:int}",
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
    "calibration.cli.not_used": {
        "nl": "Niet gebruikt (blijft op de waarde van het scenario):",
        "en": "Not used (keeps the scenario's value):",
    },
    "calibration.cli.notes": {"nl": "Zo is de export gelezen:", "en": "How the export was read:"},
    "calibration.cli.problems": {"nl": "Opmerkingen bij de bestanden:", "en": "Notes on the files:"},
    "calibration.cli.written": {"nl": "Nieuw scenario geschreven: {path}", "en": "New scenario written: {path}"},
    "calibration.cli.nothing_written": {
        "nl": "Niets bruikbaars gevonden; er is geen bestand geschreven.",
        "en": "Nothing usable found; no file was written.",
    },
    # -- real exports and plausibility before use
    "calibration.meta.no_header": {
        "nl": "dit lijkt geen export uit Meta Advertentiebeheer: budgetsim zocht in de eerste {rows} rijen een "
        "kopregel met Besteed bedrag (EUR), Weergaven en Bereik (of Amount spent (EUR), Impressions en Reach). "
        "Gevonden: {found}",
        "en": "this does not look like a Meta Ads Manager export: budgetsim looked in the first {rows} rows for a "
        "header with Amount spent (EUR), Impressions and Reach (or Besteed bedrag (EUR), Weergaven and Bereik). "
        "Found: {found}",
    },
    "calibration.meta.missing_column": {
        "nl": "de kolom {name} ontbreekt. Voeg hem toe in Advertentiebeheer: Kolommen > Kolommen aanpassen > "
        "Prestaties > {name}, en exporteer opnieuw",
        "en": "the column {name} is missing. Add it in Ads Manager: Columns > Customize columns > Performance > "
        "{name}, and export again",
    },
    "calibration.chooser.spend": {"nl": "Besteed bedrag", "en": "Amount spent"},
    "calibration.chooser.impressions": {"nl": "Weergaven", "en": "Impressions"},
    "calibration.chooser.reach": {"nl": "Bereik", "en": "Reach"},
    "calibration.meta.no_currency": {
        "nl": "er staat niet bij in welke munt de bedragen zijn: '{header}' heeft geen (EUR) erachter en er is geen "
        "kolom Valuta. Exporteer opnieuw uit Advertentiebeheer; dat zet de munt in de kop, bijvoorbeeld Besteed "
        "bedrag (EUR)",
        "en": "the file does not say which currency the amounts are in: '{header}' has no (EUR) and there is no "
        "Currency column. Export again from Ads Manager; it puts the currency in the header, e.g. Amount spent (EUR)",
    },
    "calibration.meta.currency_conflict": {
        "nl": "de kop zegt {header}, maar de kolom {currency_column} zegt {found}; budgetsim weet niet welke munt "
        "klopt. Exporteer opnieuw in EUR",
        "en": "the header says {header} but the column {currency_column} says {found}; budgetsim cannot tell which "
        "currency is right. Export again in EUR",
    },
    "calibration.meta.currencies": {
        "nl": "de bedragen staan in meer dan één munt ({found}); budgetsim rekent in euro. Exporteer alleen "
        "campagnes in EUR",
        "en": "the amounts are in more than one currency ({found}); budgetsim works in euros. Export only "
        "campaigns in EUR",
    },
    "calibration.meta.no_usable_rows": {
        "nl": "geen enkele rij is bruikbaar, dus er is niets te schatten. Per rij: {reasons}",
        "en": "no row can be used, so there is nothing to fit. Per row: {reasons}",
    },
    "calibration.list.row_reason": {"nl": "rij {row}: {why}", "en": "row {row}: {why}"},
    "calibration.list.join": {"nl": "{first}; {rest}", "en": "{first}; {rest}"},
    "calibration.list.none": {"nl": "geen rijen", "en": "no rows"},
    "calibration.note.duplicate_column": {
        "nl": "de kolom '{column}' staat er twee keer (kolom {first} en {second}) met andere waarden; budgetsim "
        "gebruikt de eerste",
        "en": "the column '{column}' appears twice (columns {first} and {second}) with different values; budgetsim "
        "uses the first",
    },
    "calibration.note.no_reach": {
        "nl": "de kolom Bereik ontbreekt, dus de rijen geven alleen de prijs per 1.000 vertoningen. Voor het bereik: "
        "voeg Bereik toe in Advertentiebeheer (Kolommen > Kolommen aanpassen > Prestaties > Bereik) en exporteer "
        "opnieuw",
        "en": "the Reach column is missing, so the rows give the cost per 1,000 impressions only. For reach: add "
        "Reach in Ads Manager (Columns > Customize columns > Performance > Reach) and export again",
    },
    "calibration.note.day_first": {
        "nl": "de datums in '{column}' kunnen dag-maand en maand-dag zijn; budgetsim leest ze als dag-maand "
        "(de kop is Nederlands)",
        "en": "the dates in '{column}' fit both day-month and month-day; budgetsim reads them day first (the "
        "header is Dutch)",
    },
    "calibration.note.month_first": {
        "nl": "de datums in '{column}' kunnen dag-maand en maand-dag zijn; budgetsim leest ze als maand-dag "
        "(de kop is Engels)",
        "en": "the dates in '{column}' fit both day-month and month-day; budgetsim reads them month first (the "
        "header is English)",
    },
    "calibration.slice.day": {"nl": "per dag", "en": "by day"},
    "calibration.slice.week": {"nl": "per week", "en": "by week"},
    "calibration.slice.month": {"nl": "per maand", "en": "by month"},
    "calibration.slice.ad": {"nl": "per advertentie", "en": "by ad"},
    "calibration.slice.placement": {"nl": "per plaatsing", "en": "by placement"},
    "calibration.slice.platform": {"nl": "per platform", "en": "by platform"},
    "calibration.slice.device": {"nl": "per apparaat", "en": "by device"},
    "calibration.slice.segment": {"nl": "per doelgroepsegment", "en": "by audience segment"},
    "calibration.note.slices": {
        "nl": "de rijen zijn delen van één levering ({slice}): bedrag en weergaven tellen op, het bereik niet (het "
        "zijn dezelfde mensen). Ze geven daarom alleen de prijs per 1.000 vertoningen. Voor het bereik: exporteer "
        "zonder uitsplitsing, of alleen per leeftijd",
        "en": "the rows are parts of one delivery ({slice}): spend and impressions add up, reach does not (the same "
        "people). So they give the cost per 1,000 impressions only. For reach: export without a breakdown, or by "
        "age only",
    },
    "calibration.note.slices_with_totals": {
        "nl": "de rijen zijn delen van één levering ({slice}): ze geven de prijs per 1.000 vertoningen. De totaalrij "
        "(rij {row}) is de hele levering; het bereik daarvan telt als één rij",
        "en": "the rows are parts of one delivery ({slice}): they give the cost per 1,000 impressions. The totals "
        "row (row {row}) is the whole delivery; its reach counts as one row",
    },
    "calibration.note.genders_summed": {
        "nl": "de rijen per geslacht zijn per leeftijdsgroep en advertentieset opgeteld (het zijn verschillende "
        "mensen)",
        "en": "the rows by gender are added up per age group and ad set (they are different people)",
    },
    "calibration.not_used.cpm": {
        "nl": "de prijs per 1.000 vertoningen ({cpm:eur2}) ligt buiten {low:eur} tot {high:eur}; het bestand is "
        "waarschijnlijk in een andere munt, of het was een test",
        "en": "the cost per 1,000 impressions ({cpm:eur2}) is outside {low:eur} to {high:eur}; the file is probably "
        "in another currency, or it was a test",
    },
    "calibration.not_used.spread_bound": {
        "nl": "de schatting kwam uit op de grens van wat budgetsim zoekt ({k:num}); de rijen zeggen er te weinig over",
        "en": "the fit ended at the edge of its search ({k:num}); the rows say too little about it",
    },
    "calibration.not_used.spread_one_size": {
        "nl": "hiervoor zijn rijen met dezelfde doelgroep nodig die flink verschillen in weergaven (minstens "
        "{ratio:num} keer zoveel)",
        "en": "this needs rows of one targeting whose impressions differ clearly (at least {ratio:num} times as many)",
    },
    "calibration.not_used.no_reach_rows": {
        "nl": "geen rij geeft het bereik van een hele levering (alleen delen, geen kolom Bereik, of bereik gelijk "
        "aan weergaven)",
        "en": "no row gives the reach of a whole delivery (only parts, no Reach column, or reach equal to impressions)",
    },
    "calibration.not_used.aimed_wider": {
        "nl": "de export telt {accounts:int} bereikbare accounts; de {residents:int} inwoners van 15 jaar en ouder "
        "in de gekozen gebieden laten er hooguit {limit:int} toe. De campagne was dus breder gericht dan deze "
        "gebieden: geef per rij op op welke gebieden en leeftijden hij gericht was",
        "en": "the export implies {accounts:int} reachable accounts; the {residents:int} residents aged 15 and over "
        "of the areas given allow at most {limit:int}. So the campaign was aimed wider than these areas: say per "
        "row which areas and ages it targeted",
    },
    "calibration.not_used.share_unexplained": {
        "nl": "dan zou {share:pct0} van de groep {band} op Facebook of Instagram zitten. Boven 95 % kan dat alleen als "
        "maar {on_target:pct0} van de vertoningen in de gemeente terechtkomt, en dat is minder dan de helft",
        "en": "then {share:pct0} of the group {band} would be on Facebook or Instagram. Above 95% that needs only "
        "{on_target:pct0} of the impressions to land in the gemeente, which is less than half",
    },
    "calibration.not_used.not_chosen": {"nl": "zelf niet gekozen", "en": "not chosen by you"},
    "calibration.kept.value": {
        "nl": "blijft op de waarde van het scenario, niet uit de eigen cijfers ({why})",
        "en": "kept at the scenario's value, not from your own figures ({why})",
    },
    "calibration.kept.cpm": {"nl": "prijs buiten € 1 tot € 50", "en": "price outside € 1 to € 50"},
    "calibration.kept.spread_bound": {"nl": "schatting op de grens", "en": "fit at the edge of its search"},
    "calibration.kept.spread_one_size": {"nl": "rijen van één grootte", "en": "rows of one size"},
    "calibration.kept.no_reach_rows": {
        "nl": "geen bereik van een hele levering",
        "en": "no reach of a whole delivery",
    },
    "calibration.kept.aimed_wider": {
        "nl": "campagne breder gericht dan de gebieden",
        "en": "campaign aimed wider than the areas",
    },
    "calibration.kept.share_unexplained": {
        "nl": "aandeel boven 95 % niet te verklaren",
        "en": "share above 95% not explained",
    },
    "calibration.kept.not_chosen": {"nl": "zelf niet gekozen", "en": "not chosen by you"},
    # -- The values a user can take or leave, in words (MODEL.md "Plausibility before use")
    "calibration.value.cpm_eur": {"nl": "prijs per 1.000 vertoningen", "en": "cost per 1,000 impressions"},
    "calibration.value.spread": {"nl": "spreiding van de vertoningen", "en": "spread of the impressions"},
    "calibration.value.deliverable_accounts": {
        "nl": "bereikbare accounts (deel op Facebook of Instagram, deel van de vertoningen in de gemeente)",
        "en": "reachable accounts (share on Facebook or Instagram, share of impressions in the municipality)",
    },
    "calibration.value.noticed_share": {"nl": "deel dat de advertentie opmerkt", "en": "share who notice the ad"},
    "calibration.value.delivery_share": {
        "nl": "deel van de woningen dat de krant krijgt",
        "en": "share of homes that get the paper",
    },
    "calibration.value.page_seen": {
        "nl": "kans dat een lezer de gemeentepagina ziet",
        "en": "chance that a reader sees the municipal page",
    },
    "calibration.value.loyalty": {
        "nl": "trouw: steeds dezelfde lezers",
        "en": "loyalty: the same readers every week",
    },
    "calibration.use.unknown": {
        "nl": "'{name}' is geen waarde om te gebruiken; kies uit {allowed}",
        "en": "'{name}' is not a value to use; choose from {allowed}",
    },
}
