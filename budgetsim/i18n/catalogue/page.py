"""The page and its sidebar: title, municipality, target group, level, opening a scenario or an own
table of areas, the tabs."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- Title, subtitle and footer ----------------------------------------------------------------
    "app.title": {"nl": "Wie bereikt u in {place}?", "en": "Who do you reach in {place}?"},
    "app.subtitle": {
        "nl": "Zet het budget voor de gemeentepagina in de krant en voor advertenties op social media. "
        "U ziet meteen hoeveel inwoners u bereikt, wie dat zijn en in welke wijk.",
        "en": "Set the budget for the municipal page in the local paper and for social media ads. "
        "You see at once how many residents you reach, who they are and in which district.",
    },
    "app.footer": {
        "nl": "Bron: CBS, Kerncijfers wijken en buurten 2024; aannames budgetsim. Berekend op {date}. "
        "Alle cijfers zijn schattingen met een eenvoudig model: pas de aannames aan uw eigen situatie aan.",
        "en": "Source: CBS, Kerncijfers wijken en buurten 2024; budgetsim assumptions. Computed on {date}. "
        "All figures are estimates from a simple model: adjust the assumptions to your own situation.",
    },
    # -- When a plan cannot be computed ------------------------------------------------------------
    "app.state.restore": {
        "nl": "Terug naar de laatste instellingen die werkten",
        "en": "Back to the last settings that worked",
    },
    "app.state.bad": {
        "nl": "Deze instellingen kunnen niet samen. Pas dit aan:",
        "en": "These settings do not fit together. Please change this:",
    },
    "app.plan.bad_named": {
        "nl": "{name} kan niet worden doorgerekend: {error}",
        "en": "{name} cannot be computed: {error}",
    },
    "app.plan.bad": {
        "nl": "Dit plan kan niet worden doorgerekend: {error}",
        "en": "This plan cannot be computed: {error}",
    },
    "app.crash": {
        "nl": "Er ging iets mis bij het rekenen. Uw instellingen zijn bewaard. Probeer een andere waarde, "
        "of open uw scenario opnieuw. Blijft het gebeuren? Meld het dan met het scenariobestand erbij.",
        "en": "Something went wrong while computing. Your settings are kept. Try another value, or open "
        "your scenario again. If it keeps happening, report it with the scenario file attached.",
    },
    # -- Sidebar: municipality, target group, level ------------------------------------------------
    "app.gemeente": {"nl": "Gemeente", "en": "Municipality"},
    "app.gemeente.help": {
        "nl": "Typ om te zoeken. Inwoners en wijken komen uit de CBS-cijfers van 2024.",
        "en": "Type to search. Residents and districts come from the CBS figures of 2024.",
    },
    "app.bands": {"nl": "Doelgroep (leeftijd)", "en": "Target group (age)"},
    "app.bands.help": {
        "nl": "Welke inwoners wilt u bereiken? Kinderen tot 15 jaar tellen nooit mee.",
        "en": "Which residents do you want to reach? Children under 15 never count.",
    },
    "app.bands.empty": {"nl": "Kies minstens één leeftijdsgroep.", "en": "Choose at least one age group."},
    "app.bands.empty_main": {
        "nl": "Er is geen leeftijdsgroep gekozen, dus er valt niets te rekenen. Kies links onder "
        "**Doelgroep (leeftijd)** een of meer leeftijdsgroepen; dan verschijnen de budgetten en de cijfers hier.",
        "en": "No age group is chosen, so there is nothing to compute. Choose one or more age groups on the left "
        "under **Target group (age)**; the budgets and figures then appear here.",
    },
    "nu.placeholder.files": {"nl": "Kies scenario's", "en": "Choose scenarios"},
    "nu.placeholder.bands": {"nl": "Kies leeftijdsgroepen", "en": "Choose age groups"},
    "app.level": {"nl": "Niveau", "en": "Level"},
    "app.level.wijk": {"nl": "Wijken", "en": "Districts"},
    "app.level.buurt": {"nl": "Buurten", "en": "Neighbourhoods"},
    "app.level.help": {
        "nl": "Buurten zijn kleiner dan wijken: u ziet preciezer waar jongeren of ouderen wonen. Kleine "
        "buurten gaan samen in één advertentieset. De kaart toont de wijken, met de buurten opgeteld.",
        "en": "Neighbourhoods are smaller than districts: you see more precisely where young or old residents "
        "live. Small neighbourhoods share one ad set. The map shows the districts, with their "
        "neighbourhoods summed.",
    },
    # -- Sidebar: open a scenario file -------------------------------------------------------------
    "app.open.title": {"nl": "Scenario openen", "en": "Open a scenario"},
    "app.open.upload": {"nl": "Scenariobestand (.json)", "en": "Scenario file (.json)"},
    "app.open.pick_placeholder": {"nl": "Kies een bestand", "en": "Choose a file"},
    "app.open.button": {"nl": "Openen", "en": "Open"},
    "app.open.done": {"nl": "Scenario geopend: {name}", "en": "Scenario opened: {name}"},
    "app.open.bad": {
        "nl": "Het bestand {name} kan niet worden geopend. Uw huidige scenario blijft staan. Wat er mis is:",
        "en": "The file {name} cannot be opened. Your current scenario stays as it was. What is wrong:",
    },
    "nu.upload.not_json": {
        "nl": "‘{name}’ is geen scenariobestand: budgetsim opent alleen .json-bestanden die het zelf heeft "
        "bewaard. Kies een .json-bestand.",
        "en": "‘{name}’ is not a scenario file: budgetsim opens only .json files it saved itself. Choose a .json file.",
    },
    "nu.upload.not_table": {
        "nl": "‘{name}’ is geen tabel met gebieden: kies een .csv-bestand (of .txt met komma's of puntkomma's).",
        "en": "‘{name}’ is not a table of areas: choose a .csv file (or .txt with commas or semicolons).",
    },
    "nu.upload.json_help": {
        "nl": "Scenariobestanden (.json) die u eerder in budgetsim hebt bewaard.",
        "en": "Scenario files (.json) you saved in budgetsim before.",
    },
    # -- Sidebar: an own table of areas ------------------------------------------------------------
    "app.areas.title": {"nl": "Eigen wijken of buurten", "en": "Own districts or neighbourhoods"},
    "app.areas.help": {
        "nl": "Heeft u een eigen tabel, bijvoorbeeld buurten uit CBS StatLine? Upload die als CSV. "
        "Kolommen: code, name, residents, dwellings en eventueel het aantal inwoners per leeftijdsgroep.",
        "en": "Do you have your own table, for example neighbourhoods from CBS StatLine? Upload it as CSV. "
        "Columns: code, name, residents, dwellings and optionally residents per age group.",
    },
    "app.areas.template": {"nl": "Voorbeeldtabel downloaden", "en": "Download a template"},
    "app.areas.upload": {"nl": "Tabel (.csv)", "en": "Table (.csv)"},
    "app.areas.bad": {
        "nl": "De tabel {name} kan niet worden gebruikt. Er is niets veranderd. Wat er mis is:",
        "en": "The table {name} cannot be used. Nothing has changed. What is wrong:",
    },
    "app.areas.done": {"nl": "Eigen tabel geladen ({areas}).", "en": "Own table loaded ({areas})."},
    "app.areas.own_active": {
        "nl": "U rekent met uw eigen tabel ({areas}).",
        "en": "You are working with your own table ({areas}).",
    },
    "app.areas.back_to_cbs": {"nl": "Terug naar de CBS-wijken", "en": "Back to the CBS districts"},
    # -- The tabs ----------------------------------------------------------------------------------
    "app.tab.who_where": {"nl": "Wie en waar", "en": "Who and where"},
    "app.tab.assumptions": {"nl": "Aannames", "en": "Assumptions"},
    "app.tab.uncertainty": {"nl": "Hoe zeker?", "en": "How sure?"},
    "app.tab.compare": {"nl": "Vergelijken", "en": "Compare"},
    "app.tab.save_export": {"nl": "Opslaan en delen", "en": "Save and share"},
}
