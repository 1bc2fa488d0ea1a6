"""Campaigns: the year as a content calendar (budgetsim.campaigns, the scenario file's ``campaigns``,
the command line)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- a campaign that cannot be (budgetsim.campaigns.CampaignError) --------------------------------
    "campaigns.error.name_empty": {
        "nl": "een campagne heeft een naam nodig",
        "en": "a campaign needs a name",
    },
    "campaigns.error.duplicate_name": {
        "nl": 'campagne "{campaign}": deze naam staat er al; geef elke campagne een eigen naam',
        "en": 'campaign "{campaign}": this name is used already; give every campaign its own name',
    },
    "campaigns.error.weeks_pair": {
        "nl": 'campagne "{campaign}": weken zijn een eerste en een laatste week, zoals [10, 20] (nu {got})',
        "en": 'campaign "{campaign}": weeks are a first and a last week, such as [10, 20] (got {got})',
    },
    "campaigns.error.weeks_range": {
        "nl": 'campagne "{campaign}": de weken moeten tussen 1 en 52 liggen (nu {first} tot en met {last}); '
        "een campagne over de jaarwisseling zijn twee campagnes",
        "en": 'campaign "{campaign}": the weeks must lie between 1 and 52 (got {first} to {last}); '
        "a campaign over New Year is two campaigns",
    },
    "campaigns.error.weeks_reversed": {
        "nl": 'campagne "{campaign}": de eerste week ({first}) komt na de laatste ({last}); draai ze om',
        "en": 'campaign "{campaign}": the first week ({first}) comes after the last ({last}); swap them',
    },
    "campaigns.error.bands_empty": {
        "nl": 'campagne "{campaign}": kies minstens één leeftijdsgroep uit {allowed}',
        "en": 'campaign "{campaign}": choose at least one age group from {allowed}',
    },
    "campaigns.error.band_unknown": {
        "nl": 'campagne "{campaign}": {band} is geen leeftijdsgroep voor een doelgroep; kies uit {allowed}',
        "en": 'campaign "{campaign}": {band} is not an age group a target can have; choose from {allowed}',
    },
    "campaigns.error.areas_empty": {
        "nl": 'campagne "{campaign}": kies minstens één wijk of buurt, of laat de gebieden leeg (null) voor de '
        "hele gemeente",
        "en": 'campaign "{campaign}": choose at least one wijk or buurt, or leave the areas empty (null) for the '
        "whole gemeente",
    },
    "campaigns.error.eur_negative": {
        "nl": 'campagne "{campaign}": het bedrag moet 0 euro of meer zijn (nu {got:num})',
        "en": 'campaign "{campaign}": the amount must be 0 euros or more (got {got:num})',
    },
    "campaigns.error.split": {
        "nl": 'campagne "{campaign}": de verdeling is één van {allowed} (nu {got})',
        "en": 'campaign "{campaign}": the split is one of {allowed} (got {got})',
    },
    "campaigns.error.unknown_area": {
        "nl": 'campagne "{campaign}": {code} is geen gebied of advertentieset van dit scenario; '
        "gebieden zijn bijvoorbeeld {examples}",
        "en": 'campaign "{campaign}": {code} is not an area or ad set of this scenario; areas are for example '
        "{examples}",
    },
    "campaigns.error.buurt_at_wijk_level": {
        "nl": 'campagne "{campaign}": {code} is een buurt, maar dit scenario rekent per wijk; kies de wijk, '
        'of zet het niveau op buurten ("level": "buurt")',
        "en": 'campaign "{campaign}": {code} is a buurt, but this scenario works per wijk; choose the wijk, '
        'or set the level to buurten ("level": "buurt")',
    },
    "campaigns.untargetable": {
        "nl": 'Campagne "{campaign}": {audience:int} mensen uit de doelgroep gebruiken Facebook of Instagram. '
        "Dat is minder dan de {min_audience:int} die een advertentieset nodig heeft; het geld van deze "
        "campagne is niet ingezet.",
        "en": 'Campaign "{campaign}": {audience:int} people of its target group use Facebook or Instagram. '
        "That is fewer than the {min_audience:int} an ad set needs; this campaign's money is not placed.",
    },
    # -- the scenario file's campaigns (budgetsim.scenario.checks) -------------------------------------
    "scenario.campaigns.sum": {
        "nl": "de campagnes samen zijn {total:eur}, maar budget.social_eur is {wanted:eur}; die twee moeten "
        "gelijk zijn",
        "en": "the campaigns add up to {total:eur}, but budget.social_eur is {wanted:eur}; the two must be equal",
    },
    "scenario.campaigns.with_limits": {
        "nl": "grenzen per advertentieset gaan niet samen met campagnes: het geld per advertentieset volgt uit "
        "de campagnes; haal de grenzen weg of de campagnes",
        "en": "limits per ad set do not go with campaigns: the euros per ad set follow from the campaigns; "
        "remove the limits or the campaigns",
    },
    "scenario.campaigns.with_manual": {
        "nl": "met campagnes volgt het geld per advertentieset uit de campagnes; laat social_manual_eur leeg "
        'en kies geen "manual"',
        "en": "with campaigns the euros per ad set follow from the campaigns; leave social_manual_eur empty and "
        'do not choose "manual"',
    },
    # -- the command line ----------------------------------------------------------------------------
    "cli.campaigns.refused": {
        "nl": "{command} werkt niet met campagnes: het bedrag van elke campagne is een keuze van de "
        "communicatieadviseur; haal de campagnes uit het scenario om het totaal te verdelen",
        "en": "{command} does not work with campaigns: each campaign's amount is the comms lead's choice; "
        "remove the campaigns from the scenario to split the total",
    },
    "cli.campaigns.head": {
        "nl": "Campagnes (bereik binnen de eigen doelgroep):",
        "en": "Campaigns (reach within their own target group):",
    },
    "cli.campaigns.row": {
        "nl": "  {name}: {weeks}, {social}; bereikt {reached} van {target} ({pct}), 3+ keer {three}",
        "en": "  {name}: {weeks}, {social}; reaches {reached} of {target} ({pct}), 3+ times {three}",
    },
    "cli.campaigns.optimised": {
        "nl": "Campagnes met een beste verdeling over hun eigen advertentiesets:",
        "en": "Campaigns split best over their own ad sets:",
    },
    "cli.campaigns.name": {
        "nl": "{name} (beste verdeling per campagne)",
        "en": "{name} (best split per campaign)",
    },
    # -- the Ads Manager plan per campaign as CSV (budgetsim.csv_tables) ------------------------------
    "csv.campaign.campaign": {"nl": "Campagne", "en": "Campaign"},
    "csv.campaign.ad_set": {"nl": "Advertentieset", "en": "Ad set"},
    "csv.campaign.ad_set_name": {"nl": "Naam advertentieset", "en": "Ad set name"},
    "csv.campaign.ages": {"nl": "Leeftijden", "en": "Ages"},
    "csv.campaign.start": {"nl": "Begindatum", "en": "Start date"},
    "csv.campaign.end": {"nl": "Einddatum", "en": "End date"},
    "csv.campaign.total_eur": {"nl": "Budget campagne (€)", "en": "Campaign budget (€)"},
    "csv.campaign.weekly_eur": {"nl": "Budget per week (€)", "en": "Budget per week (€)"},
    "campaigns.error.week_outside": {
        "nl": 'campagne "{campaign}": week {week} bestaat niet; de weken lopen van 1 tot en met 52 '
        "(een campagne over de jaarwisseling zijn twee campagnes)",
        "en": 'campaign "{campaign}": week {week} does not exist; weeks run from 1 to 52 '
        "(a campaign over New Year is two campaigns)",
    },
    "campaigns.error.weeks_missing": {
        "nl": 'campagne "{campaign}": vul een eerste en een laatste week in (hele weken van 1 tot en met 52)',
        "en": 'campaign "{campaign}": fill in a first and a last week (whole weeks from 1 to 52)',
    },
    # -- the tab "Campagnes" (budgetsim.ui.campaigns_tab) -----------------------------------------------
    "app.tab.campaigns": {"nl": "Campagnes", "en": "Campaigns"},
    "campaigns.intro": {
        "nl": "Plan het jaar als campagnes: per onderwerp eigen weken, een eigen doelgroep en een eigen "
        "bedrag. Samen zijn de campagnes het budget voor social media. Zo ziet het MT wat elke campagne "
        "oplevert.",
        "en": "Plan the year as campaigns: per topic its own weeks, its own target group and its own amount. "
        "Together the campaigns are the social media budget. The MT then sees what each campaign buys.",
    },
    "campaigns.rules": {
        "nl": "Alleen feitelijke informatie van de gemeente (afval, werkzaamheden, activiteiten). Campagnes "
        "over verkiezingen, inspraak, wonen, energie of migratie kunnen als politieke advertentie worden "
        "geweigerd (EU-regels sinds oktober 2025).",
        "en": "Factual information from the municipality only (waste, roadworks, activities). Campaigns about "
        "elections, participation, housing, energy or migration may be refused as political ads (EU rules "
        "since October 2025).",
    },
    "campaigns.none": {
        "nl": "Nog geen campagnes: het budget voor social media loopt het hele jaar door, voor de hele "
        "doelgroep. Voeg een campagne toe in de tabel of begin met de voorbeelden.",
        "en": "No campaigns yet: the social media budget runs all year, for the whole target group. Add a "
        "campaign in the table or start from the examples.",
    },
    "campaigns.refused": {
        "nl": "De campagnes zijn niet overgenomen. De tabel houdt wat u typte; de berekening gebruikt de "
        "laatste goede campagnes. Verbeter dit:",
        "en": "The campaigns were not taken. The table keeps what you typed; the figures use the last "
        "valid campaigns. Please fix this:",
    },
    "campaigns.examples.add": {"nl": "Voorbeelden toevoegen", "en": "Add the examples"},
    "campaigns.examples.help": {
        "nl": "Vier campagnes die veel gemeenten voeren, samen € 5.000: de afvalkalender, jongerenwerk in "
        "één wijk, werkzaamheden in twee wijken of buurten en een sportweek. Pas ze daarna aan.",
        "en": "Four campaigns many gemeenten run, € 5,000 together: the waste calendar, youth work in one "
        "district, roadworks in two districts or neighbourhoods and a sports week. Adjust them afterwards.",
    },
    "campaigns.example.waste": {"nl": "Afvalkalender {year}", "en": "Waste calendar {year}"},
    "campaigns.example.youth": {"nl": "Jongerenwerk {area}", "en": "Youth work {area}"},
    "campaigns.example.works": {"nl": "Werkzaamheden {areas}", "en": "Roadworks {areas}"},
    "campaigns.example.sport": {"nl": "Sportweek voor gezinnen", "en": "Family sports week"},
    "campaigns.plan_year": {"nl": "Jaar van de planning", "en": "Year of the plan"},
    "campaigns.plan_year.help": {
        "nl": "De weken zijn ISO-weken van dit jaar; het plan voor Advertentiebeheer krijgt er de data van. Leeg: "
        "volgend jaar.",
        "en": "The weeks are ISO weeks of this year; the Ads Manager plan takes its dates from it. Empty: next year.",
    },
    "campaigns.col.name": {"nl": "Campagne", "en": "Campaign"},
    "campaigns.col.first": {"nl": "Van week", "en": "From week"},
    "campaigns.col.last": {"nl": "T/m week", "en": "To week"},
    "campaigns.col.weeks": {"nl": "Weken", "en": "Weeks"},
    "campaigns.col.bands": {"nl": "Leeftijdsgroepen", "en": "Age groups"},
    "campaigns.col.bands.help": {
        "nl": "Leeftijd in jaren. Kinderen (0–14 jaar) zijn geen doelgroep voor advertenties.",
        "en": "Age in years. Children (0–14) are no target group for ads.",
    },
    "campaigns.col.areas": {"nl": "Wijken en buurten", "en": "Districts and neighbourhoods"},
    "campaigns.col.areas.help": {
        "nl": "Leeg: de hele gemeente.",
        "en": "Empty: the whole municipality.",
    },
    "campaigns.col.social_eur": {"nl": "Social (€)", "en": "Social (€)"},
    "campaigns.col.in_paper": {"nl": "In de krant", "en": "In the paper"},
    "campaigns.col.in_paper.help": {
        "nl": "Staat het bericht in deze weken ook op de gemeentepagina?",
        "en": "Is the message also on the municipal page in these weeks?",
    },
    "campaigns.col.split": {"nl": "Verdeling", "en": "Split"},
    "campaigns.col.split.help": {
        "nl": "Naar grootte van de wijken, of de verdeling met het meeste bereik binnen de doelgroep van de campagne.",
        "en": "By the size of the areas, or the split with the most reach within the campaign's target group.",
    },
    "campaigns.col.example": {"nl": "Voorbeeld", "en": "Example"},
    "campaigns.col.example.help": {
        "nl": "Toegevoegd als voorbeeld: pas het aan aan uw eigen plan.",
        "en": "Added as an example: adjust it to your own plan.",
    },
    "campaigns.split.by_audience": {"nl": "naar grootte", "en": "by size"},
    "campaigns.split.optimal": {"nl": "meeste bereik", "en": "most reach"},
    "campaigns.scaled": {
        "nl": "Alle campagnes zijn met dezelfde factor ({factor:num1}×) aangepast, zodat ze samen {total:eur} "
        "zijn. Het budget voor social media is altijd de som van de campagnes.",
        "en": "Every campaign was changed by the same factor ({factor:num1}×), so together they are {total:eur}. "
        "The social media budget is always the sum of the campaigns.",
    },
    "campaigns.scaled_equally": {
        "nl": "De campagnes hadden nog geen geld; ze krijgen samen {total:eur}, elk een gelijk deel.",
        "en": "The campaigns had no money yet; together they get {total:eur}, each an equal share.",
    },
    "campaigns.split_per_campaign": {
        "nl": "Met campagnes kiest u de verdeling per campagne, in de tab Campagnes. Een beste verdeling van "
        "het totaal tussen krant en social media is er dan niet: het bedrag van elke campagne is uw keuze.",
        "en": "With campaigns you choose the split per campaign, in the Campaigns tab. There is then no best "
        "split of the total between paper and social media: each campaign's amount is your choice.",
    },
    "campaigns.now_sum": {
        "nl": "Het budget voor social media is nu de som van de campagnes: {total:eur}.",
        "en": "The social media budget is now the sum of the campaigns: {total:eur}.",
    },
    # -- a campaign's target group in words (budgetsim.charts.campaigns) --------------------------------
    "campaigns.words.and": {"nl": "{first} en {last}", "en": "{first} and {last}"},
    "campaigns.words.everyone": {"nl": "iedereen vanaf 15 jaar", "en": "everyone aged 15 and over"},
    "campaigns.words.ages": {"nl": "{ages} jaar", "en": "aged {ages}"},
    "campaigns.words.everywhere": {"nl": "in de hele gemeente", "en": "in the whole municipality"},
    "campaigns.words.in": {"nl": "in {areas}", "en": "in {areas}"},
    "campaigns.words.in_wijken": {"nl": "in {n} wijken", "en": "in {n} districts"},
    "campaigns.words.in_buurten": {"nl": "in {n} buurten", "en": "in {n} neighbourhoods"},
    # -- the year's timeline (budgetsim.charts.campaigns) -----------------------------------------------
    "campaigns.chart.title": {"nl": "Het jaar in campagnes", "en": "The year in campaigns"},
    "campaigns.chart.x": {"nl": "Week", "en": "Week"},
    "campaigns.chart.weeks": {"nl": "week {first}–{last}", "en": "weeks {first}–{last}"},
    "campaigns.chart.week": {"nl": "week {week}", "en": "week {week}"},
    "campaigns.chart.example": {"nl": "{name} (voorbeeld)", "en": "{name} (example)"},
    "campaigns.chart.when": {"nl": "Wanneer", "en": "When"},
    "campaigns.chart.target": {"nl": "Doelgroep", "en": "Target group"},
    "campaigns.chart.paper_yes": {"nl": "ja", "en": "yes"},
    "campaigns.chart.paper_no": {"nl": "nee", "en": "no"},
    "campaigns.chart.alt": {
        "nl": "{title} Tijdlijn met een balk per campagne over de weken 1 tot en met 52 ({n} campagnes). {rows}.",
        "en": "{title} Timeline with a bar per campaign over weeks 1 to 52 ({n} campaigns). {rows}.",
    },
    # -- the figures per campaign ---------------------------------------------------------------------
    "campaigns.fig.title": {"nl": "Wat elke campagne oplevert", "en": "What each campaign buys"},
    "campaigns.fig.help": {
        "nl": "Elke campagne binnen haar eigen doelgroep; de laatste regel is het hele jaar voor de doelgroep "
        "van het scenario (de cijfers bovenaan). Wie meer campagnes ziet, telt in het jaar één keer.",
        "en": "Each campaign within its own target group; the last line is the whole year for the scenario's "
        "target group (the figures at the top). Someone who sees several campaigns counts once in the year.",
    },
    "campaigns.fig.year": {"nl": "Het hele jaar", "en": "The whole year"},
    "campaigns.fig.name": {"nl": "Campagne", "en": "Campaign"},
    "campaigns.fig.target": {"nl": "Doelgroep", "en": "Target group"},
    "campaigns.fig.weeks": {"nl": "Weken", "en": "Weeks"},
    "campaigns.fig.social_eur": {"nl": "Social media", "en": "Social media"},
    "campaigns.fig.target_population": {"nl": "Inwoners in doelgroep", "en": "Residents in target group"},
    "campaigns.fig.reached": {"nl": "Bereikt", "en": "Reached"},
    "campaigns.fig.reach_share": {"nl": "Bereik", "en": "Reach"},
    "campaigns.fig.print_only": {"nl": "Alleen krant", "en": "Paper only"},
    "campaigns.fig.social_only": {"nl": "Alleen social", "en": "Social only"},
    "campaigns.fig.both": {"nl": "Allebei", "en": "Both"},
    "campaigns.fig.reached_3plus": {"nl": "3+ keer", "en": "3+ times"},
    "campaigns.fig.cost_per_reached": {"nl": "Social media per bereikte", "en": "Social media per reached"},
    # -- the Ads Manager plan per campaign ------------------------------------------------------------
    "campaigns.plan.title": {
        "nl": "Plan voor Advertentiebeheer, per campagne",
        "en": "Plan for Ads Manager, per campaign",
    },
    "campaigns.plan.help": {
        "nl": "Per campagne de advertentiesets: postcodes, leeftijden, begin- en einddatum (weken van {year}) "
        "en het budget per week.",
        "en": "Per campaign its ad sets: postcodes, ages, start and end date (weeks of {year}) and the budget "
        "per week.",
    },
    "campaigns.plan.campaign": {"nl": "Campagne", "en": "Campaign"},
    "campaigns.plan.ad_set": {"nl": "Advertentieset", "en": "Ad set"},
    "campaigns.plan.postcodes": {"nl": "Postcodes", "en": "Postcodes"},
    "campaigns.plan.ages": {"nl": "Leeftijden", "en": "Ages"},
    "campaigns.plan.start": {"nl": "Begindatum", "en": "Start date"},
    "campaigns.plan.end": {"nl": "Einddatum", "en": "End date"},
    "campaigns.plan.total": {"nl": "Budget", "en": "Budget"},
    "campaigns.plan.weekly": {"nl": "Per week", "en": "Per week"},
    "campaigns.plan.download": {
        "nl": "Plan per campagne downloaden (CSV)",
        "en": "Download the plan per campaign (CSV)",
    },
    "campaigns.plan.file": {"nl": "budgetsim-campagnes-ads-manager", "en": "budgetsim-campaigns-ads-manager"},
    # -- the proposal's campaign table (budgetsim.proposal.content) ------------------------------------
    "proposal.campaigns.heading": {"nl": "Campagnes van optie {letter}", "en": "Campaigns of option {letter}"},
    "proposal.campaigns.col.name": {"nl": "Campagne", "en": "Campaign"},
    "proposal.campaigns.col.weeks": {"nl": "Weken", "en": "Weeks"},
    "proposal.campaigns.col.target": {"nl": "Doelgroep", "en": "Target group"},
    "proposal.campaigns.col.social_eur": {"nl": "Social media", "en": "Social media"},
    "proposal.campaigns.col.reached": {"nl": "Bereikt in doelgroep", "en": "Reached in target group"},
    "proposal.campaigns.col.reached_3plus": {"nl": "3+ keer", "en": "3+ times"},
    "proposal.campaigns.weeks": {"nl": "{first}–{last}", "en": "{first}–{last}"},
    "proposal.campaigns.reached": {"nl": "{n} ({pct})", "en": "{n} ({pct})"},
    "proposal.campaigns.more": {"nl": "{n} andere campagnes", "en": "{n} other campaigns"},
    "proposal.campaigns.note": {
        "nl": "Bereikt: inwoners van de eigen doelgroep van de campagne, via de krant (in haar weken, als het "
        "bericht op de gemeentepagina staat) of social media. Wie meer campagnes ziet, telt in de cijfers "
        "van het jaar één keer.",
        "en": "Reached: residents of the campaign's own target group, through the paper (in its weeks, when the "
        "message is on the municipal page) or social media. Someone who sees several campaigns counts once "
        "in the year's figures.",
    },
}
