"""The "Wie en waar" tab: reach by age, the map, the table per area, the ad sets for Ads Manager."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- Reach by age ------------------------------------------------------------------------------
    "app.age.caption": {
        "nl": "De krant bereikt vooral ouderen, social media vooral jongeren.",
        "en": "The paper mostly reaches older residents, social media mostly the young.",
    },
    # -- The map -----------------------------------------------------------------------------------
    "metric.reach_share": {"nl": "Deel bereikt", "en": "Share reached"},
    "app.map.metric": {"nl": "Kaart kleuren naar", "en": "Colour the map by"},
    "app.map.metric.reach": {"nl": "bereik", "en": "reach"},
    "app.map.metric.social": {"nl": "social budget", "en": "social budget"},
    "app.map.none": {
        "nl": "Voor deze gebieden is geen kaart beschikbaar (alleen CBS-wijken van 2024 hebben grenzen).",
        "en": "No map is available for these areas (only the CBS districts of 2024 have boundaries).",
    },
    "app.map.metric.print_missed": {"nl": "wat de krant mist", "en": "what the paper misses"},
    "app.map.metric.young": {"nl": "15–24 jaar", "en": "aged 15–24"},
    "app.map.metric.social_per_resident": {"nl": "social € per inwoner", "en": "social € per resident"},
    "app.map.caption.reach": {
        "nl": "Welk deel van de doelgroep u bereikt, met krant of social media. De kleuren lopen over minstens "
        "10 procentpunt, zodat kleine verschillen niet groot lijken.",
        "en": "The share of the target group you reach, by paper or social ads. The colours span at least "
        "10 percentage points, so that small differences do not look large.",
    },
    "app.map.caption.print_missed": {
        "nl": "Welk deel van de doelgroep de gemeentepagina in de krant niet ziet. Daar kan social media het "
        "verschil maken.",
        "en": "The share of the target group that does not see the municipal page in the paper. That is where "
        "social ads can make the difference.",
    },
    "app.map.caption.young": {
        "nl": "Welk deel van de inwoners 15 tot 24 jaar is. Jongeren lezen de krant het minst.",
        "en": "The share of residents aged 15 to 24. The young read the paper least.",
    },
    "app.map.caption.social_per_resident": {
        "nl": "Hoeveel euro social budget per inwoner in de wijk terechtkomt.",
        "en": "How many euros of social budget go to each resident of the district.",
    },
    # -- The table per area ------------------------------------------------------------------------
    "app.table.title": {"nl": "Per wijk", "en": "Per district"},
    "app.table.help": {
        "nl": "Geef een wijk meer gewicht (bijvoorbeeld 2) als die extra belangrijk is. "
        "Het gewicht telt alleen bij 'zo veel mogelijk bereik'.",
        "en": "Give a district more weight (for example 2) if it matters more. "
        "The weight only counts for 'most reach'.",
    },
    "app.table.code": {"nl": "Code", "en": "Code"},
    "app.table.audience": {"nl": "Te bereiken op social", "en": "Reachable on social"},
    "app.table.weight": {"nl": "Gewicht", "en": "Weight"},
    "app.table.weight.help": {"nl": "0 tot 100; standaard 1.", "en": "0 to 100; default 1."},
    "app.table.social_eur": {"nl": "Social budget", "en": "Social budget"},
    "app.table.reach": {"nl": "Bereik", "en": "Reach"},
    "app.table.title.buurt": {"nl": "Per buurt", "en": "Per neighbourhood"},
    "app.table.help.buurt": {
        "nl": "Geef een buurt meer gewicht (bijvoorbeeld 2) als die extra belangrijk is. "
        "Het gewicht telt alleen bij 'zo veel mogelijk bereik'.",
        "en": "Give a neighbourhood more weight (for example 2) if it matters more. "
        "The weight only counts for 'most reach'.",
    },
    "app.table.wijk_of": {"nl": "In wijk", "en": "In district"},
    "app.table.residents": {"nl": "Inwoners", "en": "Residents"},
    "app.table.ages": {"nl": "Leeftijden 0–14 … 65+", "en": "Ages 0–14 … 65+"},
    "app.table.ages.help": {
        "nl": "Staafjes van links naar rechts: 0–14, 15–24, 25–44, 45–64 en 65+ jaar (CBS).",
        "en": "Bars from left to right: 0–14, 15–24, 25–44, 45–64 and 65+ years (CBS).",
    },
    "app.table.young": {"nl": "15–24 jaar", "en": "Aged 15–24"},
    "app.table.old": {"nl": "65+", "en": "65+"},
    "app.table.ad_set": {"nl": "Advertentieset", "en": "Ad set"},
    "app.table.postcodes": {"nl": "Postcodes", "en": "Postcodes"},
    "app.table.print_missed": {"nl": "Mist de krant", "en": "Missed by paper"},
    "app.table.why": {"nl": "Waarom geen social", "en": "Why no social"},
    "app.table.why.none": {"nl": "niemand uit de doelgroep", "en": "nobody of the target group"},
    "app.table.why.small": {"nl": "te klein, ook samen", "en": "too small, also pooled"},
    "app.table.sort": {
        "nl": "Klik op een kolomkop om te sorteren.",
        "en": "Click a column header to sort.",
    },
    "app.untargeted.title": {"nl": "Niet te bereiken met social media", "en": "Out of reach of social ads"},
    # -- Ad sets: the plan for Ads Manager ---------------------------------------------------------
    "adsets.reason.no_audience": {
        "nl": "{area}: niemand uit de doelgroep gebruikt hier Facebook of Instagram (doelgroep 0); er valt "
        "niets te bereiken met advertenties",
        "en": "{area}: nobody in the target group uses Facebook or Instagram here (audience 0); there is "
        "nothing to reach with ads",
    },
    "adsets.reason.pool_too_small": {
        "nl": "{area}: te klein om apart te bereiken (doelgroep {audience:int}); ook alle kleine gebieden "
        "samen ({pool_audience:int}) blijven onder de kleinste doelgroep per advertentieset "
        "({min_audience:int})",
        "en": "{area}: too small to reach on its own (audience {audience:int}); all the small areas together "
        "({pool_audience:int}) also stay below the smallest audience per ad set ({min_audience:int})",
    },
    "adsets.untargetable": {
        "nl": "In {place} gebruiken {audience:int} mensen uit de doelgroep Facebook of Instagram. Dat is minder "
        "dan de {min_audience:int} die een advertentieset nodig heeft, dus social media advertenties zijn "
        "hier niet op de gemeente te richten; de cijfers gaan over de krant.",
        "en": "In {place}, {audience:int} people of the target group use Facebook or Instagram. That is fewer "
        "than the {min_audience:int} an ad set needs, so social ads cannot be aimed at this "
        "municipality; the figures are those of the paper.",
    },
    "adsets.error.in_pool": {
        "nl": "{code} hoort bij de advertentieset {ad_set}; geef het bedrag of de grens voor {ad_set}",
        "en": "{code} is part of the ad set {ad_set}; give the amount or limit for {ad_set}",
    },
    "adsets.error.untargeted": {
        "nl": "{code} is niet te bereiken met social media (de doelgroep is te klein, ook samen met andere "
        "gebieden); het kan geen budget of minimum krijgen",
        "en": "{code} cannot be reached with social ads (its audience is too small, also together with other "
        "areas); it cannot get a budget or a minimum",
    },
    "adsets.postcode_note": {
        "nl": "Een postcode kan iets verder reiken dan het gebied: Meta richt op het hele postcodegebied.",
        "en": "A postcode can reach a little beyond the area: Meta aims at the whole postcode area.",
    },
    "csv.ad_set": {"nl": "Advertentieset", "en": "Ad set"},
    "csv.postcodes": {"nl": "Postcodes", "en": "Postcodes"},
    "csv.plan.id": {"nl": "Advertentieset", "en": "Ad set"},
    "csv.plan.name": {"nl": "Naam", "en": "Name"},
    "csv.plan.areas": {"nl": "Gebieden", "en": "Areas"},
    "csv.plan.yearly_eur": {"nl": "Budget per jaar (€)", "en": "Budget per year (€)"},
    "csv.plan.weekly_eur": {"nl": "Budget per week (€)", "en": "Budget per week (€)"},
    "adsets.error.unknown": {
        "nl": "{code} is geen advertentieset of gebied van dit plan; advertentiesets: {known}",
        "en": "{code} is not an ad set or an area of this plan; ad sets: {known}",
    },
    "app.adsets.title": {"nl": "Plan voor Advertentiebeheer", "en": "Plan for Ads Manager"},
    "app.adsets.help": {
        "nl": "Maak in Advertentiebeheer (Meta) per regel één advertentieset. Richt op de postcodes en op de "
        "leeftijden van uw doelgroep, en zet het budget per week.",
        "en": "In Meta Ads Manager, make one ad set per row. Target the postcodes and the ages of your target "
        "group, and set the budget per week.",
    },
    "app.adsets.help_manual": {
        "nl": "Vul per advertentieset het bedrag per jaar in. Het totaal wordt uw social budget.",
        "en": "Fill in the amount per year for each ad set. The total becomes your social budget.",
    },
    "app.adsets.name": {"nl": "Naam", "en": "Name"},
    "app.adsets.id": {"nl": "Code", "en": "Code"},
    "app.adsets.areas": {"nl": "Gebieden", "en": "Areas"},
    "app.adsets.yearly": {"nl": "Per jaar", "en": "Per year"},
    "app.adsets.weekly": {"nl": "Per week", "en": "Per week"},
    "app.adsets.download": {"nl": "Plan als CSV downloaden", "en": "Download the plan as CSV"},
    "app.adsets.file": {"nl": "advertentiesets", "en": "ad-sets"},
    "app.adsets.unfunded": {
        "nl": "{n} van de {total} advertentiesets krijgen in dit plan geen geld; ze staan niet in de CSV.",
        "en": "{n} of the {total} ad sets get no money in this plan; they are not in the CSV.",
    },
}
