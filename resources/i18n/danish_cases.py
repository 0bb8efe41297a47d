"""Danish texts of the Sagsgennemgang page: case-list import, rounds, samples (see
update_translations)."""

from __future__ import annotations

DANISH: dict[tuple[str, str], str] = {
    # workers
    ("ProgressRunner", "Cancel"): "Annuller",
    ("ProgressRunner", "Cancelling…"): "Annullerer…",
    ("ProgressRunner", "Storing…"): "Gemmer…",
    ("ProgressRunner", "Reading the file…"): "Læser filen…",
    ("ProgressRunner", "Checking the rows…"): "Kontrollerer rækkerne…",
    (
        "Workers",
        "An unexpected error stopped the work; nothing was stored. Details are in the log file.",
    ): "En uventet fejl stoppede arbejdet; intet er gemt. Detaljerne står i logfilen.",
    # round labels and tables
    ("RoundLabels", "Analysis"): "Analyse",
    ("RoundLabels", "Status measurement"): "Statusmåling",
    ("RoundLabels", "Other"): "Andet",
    ("RoundLabels", "Simple random"): "Simpel tilfældig",
    ("RoundLabels", "Systematic"): "Systematisk",
    ("RoundLabels", "Stratified"): "Stratificeret",
    ("RoundLabels", "Open"): "Åben",
    ("RoundLabels", "Ready for report"): "Klar til rapport",
    ("RoundLabels", "Signed off"): "Godkendt",
    ("RoundLabels", "In the sample"): "I stikprøven",
    ("RoundLabels", "Replaced"): "Erstattet",
    ("RoundLabels", "Measure"): "Indsats",
    ("RoundLabels", "Case type"): "Sagstype",
    ("RoundTable", "Round"): "Runde",
    ("RoundTable", "Kind"): "Type",
    ("RoundTable", "Criteria set"): "Kriteriesæt",
    ("RoundTable", "Method"): "Metode",
    ("RoundTable", "Seed"): "Seed (startværdi)",
    ("RoundTable", "Sample"): "Stikprøve",
    ("RoundTable", "Progress"): "Fremdrift",
    ("RoundTable", "Status"): "Status",
    ("SampledCaseTable", "No."): "Nr.",
    ("SampledCaseTable", "Case number"): "Sagsnummer",
    ("SampledCaseTable", "Case type"): "Sagstype",
    ("SampledCaseTable", "Measure"): "Indsats",
    ("SampledCaseTable", "Status"): "Status",
    ("SampledCaseTable", "Replacement reason"): "Begrundelse for erstatning",
    ("DrawnCaseTable", "No."): "Nr.",
    ("DrawnCaseTable", "Case number"): "Sagsnummer",
    ("StratumTable", "Stratum"): "Stratum",
    ("StratumTable", "(blank)"): "(tom)",
    ("StratumTable", "In the case list"): "I sagslisten",
    ("StratumTable", "In the sample"): "I stikprøven",
    # sampling dialog
    ("SamplingDialog", "Draw sample – %1"): "Udtræk stikprøve – %1",
    (
        "SamplingDialog",
        "The case list of this engagement has %1 cases.",
    ): "Forløbets sagsliste har %1 sager.",
    (
        "SamplingDialog",
        "The same seed and case list always give the same sample.",
    ): "Samme seed (startværdi) og samme sagsliste giver altid samme stikprøve.",
    ("SamplingDialog", "&Generate"): "&Generér",
    ("SamplingDialog", "&Method:"): "&Metode:",
    ("SamplingDialog", "Sample &size:"): "&Stikprøvens størrelse:",
    ("SamplingDialog", "S&eed:"): "S&eed (startværdi):",
    ("SamplingDialog", "Stratify &by:"): "Stratificér &efter:",
    ("SamplingDialog", "Mi&nimum per stratum:"): "Mi&nimum pr. stratum:",
    ("SamplingDialog", "&Preview draw"): "&Vis udtræk",
    ("SamplingDialog", "&Store sample"): "Ge&m stikprøve",
    (
        "SamplingDialog",
        "Preview the draw to see the cases; nothing is stored until you store it.",
    ): "Vis udtrækket for at se sagerne; intet gemmes, før du gemmer stikprøven.",
    (
        "SamplingDialog",
        "The settings changed: preview the draw again to see the cases.",
    ): "Indstillingerne er ændret: vis udtrækket igen for at se sagerne.",
    ("SamplingDialog", "Draw the sample again"): "Udtræk stikprøven igen",
    (
        "SamplingDialog",
        "The round already has a sample of %1 cases. Replace it with a new draw?",
    ): "Runden har allerede en stikprøve på %1 sager. Vil du erstatte den med et nyt udtræk?",
    ("SamplingDialog", "%1 cases drawn from %2 and stored."): "%1 sager udtrukket af %2 og gemt.",
    (
        "SamplingDialog",
        "%1 cases drawn from %2 (preview: nothing is stored).",
    ): "%1 sager udtrukket af %2 (visning: intet er gemt).",
    # rounds panel and its dialogs
    ("NewRoundDialog", "New review round"): "Ny gennemgangsrunde",
    ("NewRoundDialog", "Empty: the kind's name"): "Tom: typens navn",
    ("NewRoundDialog", "Copy the setup from “%1”"): "Kopiér opsætning fra “%1”",
    (
        "NewRoundDialog",
        "Criteria sets, sampling method and size; no cases and no answers.",
    ): "Kriteriesæt, udtræksmetode og størrelse; ingen sager og ingen svar.",
    (
        "NewRoundDialog",
        "Copy the setup from an earlier round",
    ): "Kopiér opsætning fra en tidligere runde",
    ("NewRoundDialog", "&Kind:"): "&Type:",
    ("NewRoundDialog", "&Name:"): "&Navn:",
    ("NewRoundDialog", "&From round:"): "&Fra runde:",
    ("LegalSetDialog", "Change criteria set"): "Skift kriteriesæt",
    (
        "LegalSetDialog",
        "The set is chosen from the cases' decision dates. Choose another one only when the "
        "dates mislead, e.g. when most decisions were made under the old law.",
    ): "Sættet vælges ud fra sagernes afgørelsesdatoer. Vælg kun et andet, når datoerne "
    "vildleder, fx når de fleste afgørelser er truffet efter den gamle lov.",
    ("ReasonDialog", "Replace case"): "Erstat sag",
    (
        "ReasonDialog",
        "Case %1 is replaced by the next case of the seeded draw. Why? (e.g. the file cannot "
        "be found, the case is outside the scope). Never write CPR numbers or names.",
    ): "Sag %1 erstattes af den næste sag i det seedede udtræk. Hvorfor? (fx kan akten ikke "
    "findes, eller sagen ligger uden for det, der gennemgås). Skriv aldrig CPR-numre eller navne.",
    (
        "LegalSetCommand",
        "The previous criteria set is no longer available.",
    ): "Det tidligere kriteriesæt findes ikke længere.",
    ("RoundsPanel", "New round…"): "Ny runde…",
    ("RoundsPanel", "Draw sample…"): "Udtræk stikprøve…",
    ("RoundsPanel", "Replace case…"): "Erstat sag…",
    (
        "RoundsPanel",
        "Replace the case selected in the sample below",
    ): "Erstat den sag, der er valgt i stikprøven nedenfor",
    ("RoundsPanel", "Change criteria set…"): "Skift kriteriesæt…",
    ("RoundsPanel", "Sampling record"): "Dokumentation af stikprøven",
    ("RoundsPanel", "Method:"): "Metode:",
    ("RoundsPanel", "Parameters:"): "Parametre:",
    ("RoundsPanel", "Seed:"): "Seed (startværdi):",
    ("RoundsPanel", "Case list:"): "Sagsliste:",
    ("RoundsPanel", "Fingerprint:"): "Fingeraftryk:",
    ("RoundsPanel", "Drawn:"): "Udtrukket:",
    ("RoundsPanel", "No sample drawn yet."): "Ingen stikprøve udtrukket endnu.",
    ("RoundsPanel", "%1 cases"): "%1 sager",
    (
        "RoundsPanel",
        "SHA-256 of the case list the sample was drawn from:\n%1",
    ): "SHA-256 af sagslisten, stikprøven blev udtrukket fra:\n%1",
    ("RoundsPanel", "%1 cases asked for, %2 drawn"): "%1 sager ønsket, %2 udtrukket",
    ("RoundsPanel", "the whole case list"): "hele sagslisten",
    ("RoundsPanel", "interval %1, start %2"): "interval %1, start %2",
    ("RoundsPanel", "by measure"): "efter indsats",
    ("RoundsPanel", "by case type"): "efter sagstype",
    ("RoundsPanel", "%1, at least %2 per stratum"): "%1, mindst %2 pr. stratum",
    ("RoundsPanel", "(blank)"): "(tom)",
    ("RoundsPanel", "Replace case"): "Erstat sag",
    ("RoundsPanel", "change of criteria set"): "skift af kriteriesæt",
    # import wizard
    (
        "CasePreviewModel",
        "Looks like personal data: never read into a case, hidden here.",
    ): "Ligner personoplysninger: læses aldrig ind i en sag og vises ikke her.",
    ("CasePreviewModel", "(hidden)"): "(skjult)",
    ("ProblemTableModel", "Row"): "Række",
    ("ProblemTableModel", "Case number"): "Sagsnummer",
    ("ProblemTableModel", "Problem"): "Problem",
    ("FilePage", "Choose the case list"): "Vælg sagslisten",
    (
        "FilePage",
        "The municipality's case list as an Excel workbook (.xlsx) or a CSV file. Columns "
        "with CPR numbers, names or addresses are never imported.",
    ): "Kommunens sagsliste som Excel-projektmappe (.xlsx) eller CSV-fil. Kolonner med "
    "CPR-numre, navne eller adresser importeres aldrig.",
    ("FilePage", "Choose &file…"): "Vælg &fil…",
    ("FilePage", "No file chosen."): "Ingen fil valgt.",
    ("FilePage", "&Sheet:"): "&Ark:",
    ("FilePage", "Reading the file…"): "Læser filen…",
    ("FilePage", "Reading the sheet…"): "Læser arket…",
    (
        "FilePage",
        "Headings found in row %1; %2 rows below them.",
    ): "Overskrifterne står i række %1; der er %2 rækker under dem.",
    ("MappingPage", "Match the columns"): "Sæt kolonnerne sammen med felterne",
    (
        "MappingPage",
        "Choose the column of the file for each field. Only the case number is required.",
    ): "Vælg filens kolonne til hvert felt. Kun sagsnummeret er påkrævet.",
    ("MappingPage", "Field"): "Felt",
    ("MappingPage", "Column in the file"): "Kolonne i filen",
    ("MappingPage", "First value"): "Første værdi",
    (
        "MappingPage",
        "The first rows of the file (CPR numbers masked, personal data hidden):",
    ): "Filens første rækker (CPR-numre maskeret, personoplysninger skjult):",
    ("MappingPage", "— not used —"): "— bruges ikke —",
    ("MappingPage", "%1 (personal data)"): "%1 (personoplysninger)",
    (
        "MappingPage",
        "Remembered from the last import for %1.",
    ): "Husket fra sidste import for %1.",
    (
        "MappingPage",
        "Suggested from the column headings.",
    ): "Foreslået ud fra kolonneoverskrifterne.",
    (
        "MappingPage",
        "Choose the column that holds the case number; it is required.",
    ): "Vælg den kolonne, der indeholder sagsnummeret; den er påkrævet.",
    ("ReportPage", "Check the rows"): "Kontrollér rækkerne",
    (
        "ReportPage",
        "Nothing is stored until you choose Import. Refused rows are not imported.",
    ): "Intet gemmes, før du vælger Importér. Afviste rækker importeres ikke.",
    ("ReportPage", "&Import"): "&Importér",
    (
        "ReportPage",
        "%1 rows read: %2 can be imported, %3 refused or skipped.",
    ): "%1 rækker læst: %2 kan importeres, %3 er afvist eller sprunget over.",
    ("ReportPage", "No row can be imported."): "Ingen rækker kan importeres.",
    ("DonePage", "Case list imported"): "Sagslisten er importeret",
    (
        "DonePage",
        "An import cannot be undone with Undo. Cases that are not yet in a sample can be "
        "corrected by importing a corrected list into a new engagement.",
    ): "En import kan ikke fortrydes med Fortryd. Sager, der endnu ikke er i en stikprøve, kan "
    "rettes ved at importere en rettet liste i et nyt forløb.",
    (
        "DonePage",
        "%1 cases were imported into the engagement with %2. %3 rows were refused or skipped; "
        "they are listed in the stored import report.",
    ): "%1 sager er importeret i forløbet med %2. %3 rækker blev afvist eller sprunget over; "
    "de står i den gemte importrapport.",
    ("CaseImportWizard", "Import case list"): "Importér sagsliste",
    ("CaseImportWizard", "Import case list – %1"): "Importér sagsliste – %1",
    (
        "CaseImportWizard",
        "The import was cancelled. Nothing was stored.",
    ): "Importen blev annulleret. Intet er gemt.",
    ("CaseImportWizard", "Checking the rows…"): "Kontrollerer rækkerne…",
    ("CaseImportWizard", "Importing the cases…"): "Importerer sagerne…",
    # the page
    ("CaseReviewPage", "&Engagement:"): "&Forløb:",
    ("CaseReviewPage", "Import case list…"): "Importér sagsliste…",
    ("CaseReviewPage", "Rounds and sample"): "Runder og stikprøve",
    ("CaseReviewPage", "Review"): "Gennemgang",
    ("CaseReviewPage", "Results"): "Resultater",
    ("CaseReviewPage", "Case review"): "Sagsgennemgang",
    (
        "CaseReviewPage",
        "The review of the sampled cases arrives in a later version.",
    ): "Gennemgangen af de udtrukne sager kommer i en senere version.",
    (
        "CaseReviewPage",
        "The results of the review arrive in a later version.",
    ): "Resultaterne af gennemgangen kommer i en senere version.",
    ("CaseReviewPage", "Choose an engagement."): "Vælg et forløb.",
    ("CaseReviewPage", "No case list imported yet."): "Ingen sagsliste importeret endnu.",
    ("CaseReviewPage", "%1 cases imported"): "%1 sager importeret",
    ("CaseReviewPage", "No round selected."): "Ingen runde valgt.",
    (
        "CaseReviewPage",
        "Sample of “%1”: %2 cases, %3 replaced",
    ): "Stikprøve for “%1”: %2 sager, %3 erstattet",
    (
        "CaseReviewPage",
        "“%1” has no sample yet: choose Draw sample…",
    ): "“%1” har endnu ingen stikprøve: vælg Udtræk stikprøve…",
}
