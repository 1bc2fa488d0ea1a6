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
        "nl": "  {name}: week {first}–{last}, {social}; bereikt {reached} van {target} ({pct}), 3+ keer {three}",
        "en": "  {name}: weeks {first}–{last}, {social}; reaches {reached} of {target} ({pct}), 3+ times {three}",
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
    "csv.campaign.campaign": {"nl": "campagne", "en": "campaign"},
    "csv.campaign.ad_set": {"nl": "advertentieset", "en": "ad set"},
    "csv.campaign.ad_set_name": {"nl": "naam advertentieset", "en": "ad set name"},
    "csv.campaign.ages": {"nl": "leeftijden", "en": "ages"},
    "csv.campaign.start": {"nl": "begindatum", "en": "start date"},
    "csv.campaign.end": {"nl": "einddatum", "en": "end date"},
    "csv.campaign.total_eur": {"nl": "budget campagne (euro)", "en": "campaign budget (euros)"},
    "csv.campaign.weekly_eur": {"nl": "budget per week (euro)", "en": "budget per week (euros)"},
}
