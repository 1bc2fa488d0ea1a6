"""The command line (``budgetsim ...``): columns, evaluations, the optimiser, uncertainty, errors."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "cli.col.name": {"nl": "naam", "en": "name"},
    "cli.col.residents": {"nl": "inwoners", "en": "residents"},
    "cli.col.wijken": {"nl": "wijken", "en": "wijken"},
    "cli.own_areas": {"nl": "eigen gebieden", "en": "own areas"},
    "cli.gemeenten.none": {
        "nl": "geen gemeente gevonden met '{query}' in de naam; bedoelt u: {hint}",
        "en": "no municipality has '{query}' in its name; did you mean: {hint}",
    },
    "cli.new.need_area": {
        "nl": "kies een gemeente (--gemeente Dordrecht) of een eigen tabel (--areas buurten.csv)",
        "en": "choose a municipality (--gemeente Dordrecht) or your own table (--areas buurten.csv)",
    },
    "cli.new.written": {"nl": "Opgeslagen: {path} {name}", "en": "Saved: {path} {name}"},
    "cli.error.no_file": {"nl": "bestand niet gevonden: {path}", "en": "file not found: {path}"},
    "cli.error.exists": {
        "nl": "{path} bestaat al; kies een andere naam of gebruik --force om te overschrijven",
        "en": "{path} already exists; choose another name or use --force to overwrite it",
    },
    "cli.error.bands": {
        "nl": "leeftijdsgroepen '{text}': schrijf ze als 15-24, 15-44 of 45+ (groepen: 15-24, 25-44, 45-64, 65+)",
        "en": "age bands '{text}': write them like 15-24, 15-44 or 45+ (bands: 15-24, 25-44, 45-64, 65+)",
    },
    "cli.error.reach": {
        "nl": "--reach: geef een deel tussen 0 en 1, bijvoorbeeld 0.6 voor 60 % (nu {value})",
        "en": "--reach: give a share between 0 and 1, e.g. 0.6 for 60% (got {value})",
    },
    "cli.error.draws": {
        "nl": "--draws: kies tussen 100 en 100000 trekkingen (nu {value})",
        "en": "--draws: choose between 100 and 100000 draws (got {value})",
    },
    "cli.error.total": {
        "nl": "--total: kies een bedrag van 0 tot 10.000.000 euro (nu {value})",
        "en": "--total: choose an amount from 0 to 10,000,000 euros (got {value})",
    },
    "cli.error.seed": {
        "nl": "--seed: kies een heel getal van 0 tot 4294967295 (nu {value})",
        "en": "--seed: choose a whole number from 0 to 4294967295 (got {value})",
    },
    "cli.error.os.permission": {
        "nl": "geen toestemming voor {path}; kies een andere plek of vraag om rechten",
        "en": "no permission for {path}; choose another place or ask for access",
    },
    "cli.error.os.full": {
        "nl": "de schijf is vol; {path} is niet geschreven",
        "en": "the disk is full; {path} was not written",
    },
    "cli.error.os.read_only": {
        "nl": "op deze schijf kan niets geschreven worden (alleen lezen); {path} is niet geschreven",
        "en": "nothing can be written on this disk (read-only); {path} was not written",
    },
    "cli.error.os.folder": {
        "nl": "{path} is een map; geef de naam van een bestand",
        "en": "{path} is a folder; give the name of a file",
    },
    "cli.error.os.missing": {
        "nl": "{path} bestaat niet (meer); controleer de naam",
        "en": "{path} does not exist (any more); check the name",
    },
    "cli.error.os.other": {
        "nl": "kan {path} niet lezen of schrijven (foutcode {code})",
        "en": "cannot read or write {path} (error code {code})",
    },
    "cli.error.frontier_args": {
        "nl": "--max en --step moeten groter dan 0 zijn, met hoogstens 100.000 stappen",
        "en": "--max and --step must be above 0, with at most 100,000 steps",
    },
    "cli.error.frontier_low": {
        "nl": "--max ligt onder het kleinste budget dat de grenzen toelaten ({min})",
        "en": "--max is below the smallest budget the constraints allow ({min})",
    },
    "cli.eval.place": {
        "nl": "{place}: {areas}; doelgroep: {bands}",
        "en": "{place}: {areas}; target group: {bands}",
    },
    "cli.eval.budget": {
        "nl": "Budget per jaar: krant {print}, social media {social}, samen {total}",
        "en": "Budget per year: paper {print}, social media {social}, total {total}",
    },
    "cli.eval.target": {"nl": "Inwoners in de doelgroep:        {n}", "en": "Residents in the target group:   {n}"},
    "cli.eval.reached": {
        "nl": "Bereikt (krant of social):       {n} ({pct})",
        "en": "Reached (paper or social):       {n} ({pct})",
    },
    "cli.eval.print": {
        "nl": "  via de krant:                  {n} ({pct}); {pages} pagina's van {price}, gemiddeld {freq} "
        "keer gezien",
        "en": "  by the paper:                  {n} ({pct}); {pages} pages at {price}, seen {freq} times on average",
    },
    "cli.eval.social": {
        "nl": "  via social media:              {n} ({pct}); {impressions} vertoningen, gemiddeld {freq} keer gezien",
        "en": "  by social media:               {n} ({pct}); {impressions} impressions, seen {freq} times on average",
    },
    "cli.estimated": {"nl": "{amount} (geschat)", "en": "{amount} (estimated)"},
    "cli.price_estimated": {
        "nl": "De prijs per pagina ({price:eur}) is geschat uit het aantal kranten; de bedragen voor de krant rusten "
        "daarop. Zet de prijs uit het contract in het scenario voor precieze bedragen.",
        "en": "The price per page ({price:eur}) is estimated from the number of copies; the amounts for the paper "
        "rest on it. Put the contract price in the scenario for exact amounts.",
    },
    "cli.frontier.unspent": {
        "nl": "Vanaf {total:eur} kan een deel van het geld nergens heen: de krant heeft al een pagina in elk nummer "
        "en social media kan niet meer nemen (unspent_eur in --json, ‘Kan nergens heen (€)’ in --csv).",
        "en": "From {total:eur} on, part of the money has nowhere to go: the paper already has a page in every "
        "issue and social media cannot take more (unspent_eur in --json, ‘Nowhere to go (€)’ in --csv).",
    },
    "cli.eval.both": {"nl": "  via allebei:                   {n}", "en": "  by both:                       {n}"},
    "cli.eval.three": {
        "nl": "Drie keer of vaker bereikt:      {n} ({pct})",
        "en": "Reached three times or more:     {n} ({pct})",
    },
    "cli.eval.cost": {"nl": "Kosten per bereikte inwoner:     {eur}", "en": "Cost per resident reached:       {eur}"},
    "cli.eval.marginal_print": {
        "nl": "Elke extra € 1.000 voor de krant bereikt nog {n} inwoners extra",
        "en": "Each extra €1,000 on the paper reaches {n} more residents",
    },
    "cli.eval.by_band": {"nl": "Bereik per leeftijdsgroep:", "en": "Reach by age band:"},
    "cli.eval.by_area": {
        "nl": "Per wijk: social budget, bereik, extra bereikt per € 100 social:",
        "en": "Per area: social budget, reach, extra reached per €100 social:",
    },
    "cli.eval.ineligible": {
        "nl": "* te kleine doelgroep (minder dan {min} mensen) om apart te bereiken met social media",
        "en": "* audience too small (under {min} people) to target on its own with social ads",
    },
    "cli.eval.warn_manual": {
        "nl": "Let op: deze wijken krijgen social budget maar zijn te klein om apart te bereiken: {codes}",
        "en": "Note: these areas get social budget but are too small to target on their own: {codes}",
    },
    "cli.optimise.name": {"nl": "{name} (beste verdeling)", "en": "{name} (best split)"},
    "cli.optimise.head": {"nl": "Beste verdeling van {total}:", "en": "Best split of {total}:"},
    "cli.optimise.split": {
        "nl": "  krant {print}, social media {social}",
        "en": "  paper {print}, social media {social}",
    },
    "cli.optimise.reached": {
        "nl": "  bereikt {n} inwoners ({gain} ten opzichte van het scenario: {own})",
        "en": "  reaches {n} residents ({gain} against the scenario: {own})",
    },
    "cli.optimise.weighted": {
        "nl": "  met de wijkgewichten: {n} ({gain})",
        "en": "  with the area weights: {n} ({gain})",
    },
    "cli.optimise.areas": {"nl": "Social budget per wijk:", "en": "Social budget per area:"},
    # -- the columns of ``frontier --csv`` (budgetsim.csv_tables; the others are the CSV per area's) ----------
    "csv.frontier.total_eur": {"nl": "Totaal budget (€)", "en": "Total budget (€)"},
    "csv.frontier.print_eur": {"nl": "Budget krant (€)", "en": "Paper budget (€)"},
    "csv.frontier.extra": {
        "nl": "Extra bereikt per € 1.000 meer",
        "en": "Extra reached per €1,000 more",
    },
    "csv.frontier.unspent_eur": {"nl": "Kan nergens heen (€)", "en": "Nowhere to go (€)"},
    "csv.frontier.price_estimated": {"nl": "Prijs per pagina geschat", "en": "Price per page estimated"},
    "cli.frontier.head": {
        "nl": "      totaal        krant       social    bereikt        %   per € 1.000 extra",
        "en": "       total        paper       social    reached        %   per €1,000 more",
    },
    "cli.target.yes": {
        "nl": "{share} van {group} bereiken kost minstens {total} per jaar: krant {print}, social media {social}.",
        "en": "Reaching {share} of {group} takes at least {total} a year: paper {print}, social media {social}.",
    },
    "cli.target.no": {
        "nl": "{share} van {group} is met deze aannames niet te bereiken; het hoogste haalbare is {max}.",
        "en": "{share} of {group} cannot be reached with these assumptions; the most it can reach is {max}.",
    },
    "cli.unc.head": {
        "nl": "Onzekerheid ({draws} trekkingen, startgetal {seed}):",
        "en": "Uncertainty ({draws} draws, seed {seed}):",
    },
    "cli.unc.reached": {"nl": "bereikt", "en": "reached"},
    "cli.unc.reached_3plus": {"nl": "drie keer of vaker", "en": "three times or more"},
    "cli.unc.reached_print": {"nl": "via de krant", "en": "by the paper"},
    "cli.unc.reached_social": {"nl": "via social media", "en": "by social media"},
    "cli.unc.cost": {"nl": "kosten per bereikte inwoner", "en": "cost per resident reached"},
    "cli.unc.by_band": {"nl": "Bereikt per leeftijdsgroep:", "en": "Reached by age band:"},
    "cli.unc.sensitivity": {
        "nl": "Welke aanname telt het zwaarst (bereik bij de lage en de hoge waarde):",
        "en": "Which assumption matters most (reach at its low and its high value):",
    },
    "cli.unc.meaning": {
        "nl": "P10 tot P90: in 8 van de 10 trekkingen ligt de uitkomst hiertussen. Het model zelf is ook een aanname.",
        "en": "P10 to P90: 8 in 10 draws fall in between. The model itself is an assumption too.",
    },
    "cli.new.level_needs_gemeente": {
        "nl": "--level geldt alleen met --gemeente (een eigen tabel is zijn eigen niveau)",
        "en": "--level applies only with --gemeente (your own table is its own level)",
    },
}
