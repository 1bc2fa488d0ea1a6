"""The "Opslaan en delen" tab: saving the scenario, the downloads and their file names, the CSV
columns, the choices for the budget proposal."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- Saving the scenario -----------------------------------------------------------------------
    "app.save.name": {"nl": "Naam van het scenario", "en": "Scenario name"},
    "app.save.notes": {"nl": "Toelichting voor het MT", "en": "Notes for management"},
    "app.save.notes.help": {
        "nl": "Komt in het bestand en in het budgetvoorstel (pdf).",
        "en": "Goes into the file and into the budget proposal (PDF).",
    },
    "app.save.download": {"nl": "Scenario downloaden (.json)", "en": "Download scenario (.json)"},
    # -- Downloads ---------------------------------------------------------------------------------
    "app.export.charts": {"nl": "Grafieken en kaart", "en": "Charts and map"},
    "app.export.saturation": {"nl": "Bereik en budget", "en": "Reach and budget"},
    "app.export.age": {"nl": "Bereik per leeftijd", "en": "Reach by age"},
    "app.export.map": {"nl": "Kaart van de wijken", "en": "Map of the districts"},
    "app.export.tornado": {"nl": "Welke aanname telt het zwaarst", "en": "Which assumption matters most"},
    "app.export.png": {
        "nl": "Afbeelding voor Word of PowerPoint (1600 pixels breed)",
        "en": "Image for Word or PowerPoint (1600 pixels wide)",
    },
    "app.export.proposal": {"nl": "Budgetvoorstel", "en": "Budget proposal"},
    "app.export.proposal.help": {
        "nl": "Twee A4 (drie met campagnes): het gevraagde besluit, de cijfers tegen nu, de grafieken en de kaart "
        "voor het MT, en vanaf pagina 2 hoe het is berekend, met elke aanname en haar bron. Ook als "
        "Word-bestand, om in het sjabloon van de gemeente te plakken.",
        "en": "Two A4 pages (three with campaigns): the decision requested, the figures against now, the charts "
        "and the map for management, and from page 2 how it was calculated, with every assumption and its "
        "source. Also as a Word file, to paste into the municipality's template.",
    },
    "app.export.proposal.button": {"nl": "Budgetvoorstel downloaden (pdf)", "en": "Download budget proposal (PDF)"},
    "app.export.proposal.docx": {"nl": "Budgetvoorstel downloaden (Word)", "en": "Download budget proposal (Word)"},
    "app.export.csv": {"nl": "Cijfers per wijk downloaden (csv)", "en": "Download figures per district (CSV)"},
    "app.export.csv.buurt": {
        "nl": "Cijfers per buurt downloaden (csv)",
        "en": "Download figures per neighbourhood (CSV)",
    },
    # -- Names of downloaded files (no extension), in the user's language --------------------------
    "file.saturation": {"nl": "bereik-per-budget", "en": "reach-by-budget"},
    "file.age": {"nl": "bereik-per-leeftijd", "en": "reach-by-age"},
    "file.map": {"nl": "kaart", "en": "map"},
    "file.tornado": {"nl": "welke-aanname-telt", "en": "which-assumption-matters"},
    "file.compare": {"nl": "vergelijking", "en": "comparison"},
    "file.proposal": {"nl": "budgetvoorstel", "en": "budget-proposal"},
    "file.areas": {"nl": "wijken", "en": "districts"},
    "file.areas.buurt": {"nl": "buurten", "en": "neighbourhoods"},
    # -- Columns of the CSV per area ---------------------------------------------------------------
    "csv.code": {"nl": "Wijkcode", "en": "District code"},
    "csv.name": {"nl": "Wijk", "en": "District"},
    "csv.code.buurt": {"nl": "Buurtcode", "en": "Neighbourhood code"},
    "csv.name.buurt": {"nl": "Buurt", "en": "Neighbourhood"},
    "csv.target_population": {"nl": "Inwoners in doelgroep", "en": "Residents in target group"},
    "csv.audience": {"nl": "Doelgroep op Facebook of Instagram", "en": "Audience on Facebook or Instagram"},
    "csv.eligible": {"nl": "Apart te bereiken met social media", "en": "Can be targeted on its own"},
    "csv.social_eur": {"nl": "Budget social media (€)", "en": "Social media budget (€)"},
    "csv.reached": {"nl": "Inwoners bereikt", "en": "Residents reached"},
    "csv.reached_print": {"nl": "Bereikt via krant", "en": "Reached through paper"},
    "csv.reached_social": {"nl": "Bereikt via social media", "en": "Reached through social media"},
    "csv.reached_3plus": {"nl": "3 keer of vaker bereikt", "en": "Reached 3 times or more"},
    "csv.reach_share": {"nl": "Deel bereikt (%)", "en": "Share reached (%)"},
    "csv.marginal": {
        "nl": "Extra bereikt per € 100 meer social media",
        "en": "Extra reached per €100 more on social media",
    },
    # -- The budget proposal: options, the proposed option, the decision ---------------------------
    "pa.options.compare": {
        "nl": "Het voorstel legt de scenario's uit **Vergelijken** naast elkaar, als opties:",
        "en": "The proposal sets the scenarios from **Compare** side by side, as options:",
    },
    "pa.options.current": {
        "nl": "Het voorstel gaat over uw huidige plan (optie A: {name}). Wilt u het MT twee of drie opties "
        "voorleggen? Zet ze in **Vergelijken**: open de bestanden daar, of neem uw huidige instellingen mee.",
        "en": "The proposal is about your current plan (option A: {name}). Want to give management two or three "
        "options? Put them in **Compare**: open the files there, or include your current settings.",
    },
    "pa.option.line": {"nl": "**Optie {letter}**: {name}", "en": "**Option {letter}**: {name}"},
    "pa.option.now": {"nl": "(uw huidige instellingen)", "en": "(your current settings)"},
    "pa.price.estimated": {
        "nl": "De prijs per pagina ({price}) is **geschat**. Hebt u de prijs uit het contract met de krant? Vul "
        "hem hier in, dan kloppen de euro's in het voorstel. Het voorstel kan ook zonder.",
        "en": "The price per page ({price}) is **estimated**. Do you have the price from the contract with the "
        "paper? Enter it here, so the euros in the proposal are right. The proposal can also go without it.",
    },
    "pa.nu_counts": {
        "nl": "De opties hebben niet hetzelfde ‘Nu’: het voorstel rekent met het ‘Nu’ van optie {letter} (te "
        "kiezen in Vergelijken).",
        "en": "The options do not share one ‘Now’: the proposal uses the ‘Now’ of option {letter} (chosen in Compare).",
    },
    "pa.recommended": {"nl": "Voorgestelde optie", "en": "Proposed option"},
    "pa.recommended.help": {
        "nl": "Het besluit, de kaart en de grafiek op pagina 2 gaan over deze optie. In de tabel staat hij met ✓.",
        "en": "The decision, the map and the chart on page 2 are about this option. The table marks it with ✓.",
    },
    "pa.recommended.option": {"nl": "Optie {letter}", "en": "Option {letter}"},
    "pa.decision": {"nl": "Gevraagd besluit", "en": "Decision requested"},
    "pa.decision.help": {
        "nl": "Deze zin staat bovenaan het voorstel. Pas hem gerust aan; met de knop eronder komt de standaardtekst "
        "terug.",
        "en": "This sentence heads the proposal. Feel free to change it; the button below brings the standard "
        "text back.",
    },
    "pa.decision.reset": {"nl": "Standaardtekst terugzetten", "en": "Back to the standard text"},
    "pa.decision.edited": {
        "nl": "U hebt de zin zelf aangepast. De standaardtekst is: “{default}”",
        "en": "You changed the sentence yourself. The standard text is: “{default}”",
    },
    "pa.decision.empty": {
        "nl": "Het gevraagde besluit is leeg. Typ een zin, of zet de standaardtekst terug.",
        "en": "The decision requested is empty. Type a sentence, or bring the standard text back.",
    },
    "pa.error": {
        "nl": "Het budgetvoorstel kan zo niet worden gemaakt: {error}. Er is niets verloren: uw scenario's en "
        "instellingen blijven staan. Kies in **Vergelijken** de opties opnieuw.",
        "en": "The budget proposal cannot be made like this: {error}. Nothing is lost: your scenarios and "
        "settings stay as they are. Choose the options again in **Compare**.",
    },
    "pa.error.plan": {
        "nl": "optie {letter} ({name}) kan niet worden berekend: {error}",
        "en": "option {letter} ({name}) cannot be computed: {error}",
    },
}
