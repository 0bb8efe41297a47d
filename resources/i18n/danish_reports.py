"""Danish texts of the Rapporter page, its export, returned-workbook and statistics dialogs, and
the key-figures panel (see update_translations)."""

from __future__ import annotations

DANISH: dict[tuple[str, str], str] = {
    ("ExportDialog", "Status report (PDF)"): "Statusrapport (PDF)",
    (
        "ExportDialog",
        "Choose the sections of the status report for %1.",
    ): "Vælg afsnittene i statusrapporten for %1.",
    ("ExportDialog", "Select &all"): "Vælg &alle",
    ("ExportDialog", "Select &none"): "Vælg &ingen",
    ("ExportDialog", "Continue…"): "Fortsæt…",
    ("ReportSections", "Cover page"): "Forside",
    ("ReportSections", "Summary"): "Sammenfatning",
    ("ReportSections", "Phases and milestones"): "Faser og milepæle",
    ("ReportSections", "Sampling note"): "Notat om stikprøven",
    ("ReportSections", "Results of the case review"): "Resultater af sagsgennemgangen",
    ("ReportSections", "Findings and recommendations"): "Fund og anbefalinger",
    ("ReportSections", "Key figures from Statistics Denmark"): "Nøgletal fra Danmarks Statistik",
    (
        "ReportSections",
        "Appendix: sampled cases and answers",
    ): "Bilag: Sager i stikprøven og svar",
    ("KeyFigureChart", "per 1,000 children"): "pr. 1.000 børn",
    ("KeyFigureChart", "count"): "antal",
    ("KeyFigureChart", "National"): "Hele landet",
    ("KeyFigureSection", "Per 1,000 children aged 0–17"): "Pr. 1.000 børn i alderen 0–17 år",
    (
        "KeyFigureSection",
        "Per 1,000 children and young people aged 0–22",
    ): "Pr. 1.000 børn og unge i alderen 0–22 år",
    ("KeyFigureSection", "Category: %1"): "Kategori: %1",
    ("KeyFigureSection", "Source: %1"): "Kilde: %1",
    ("KeyFigureTableModel", "Year"): "År",
    ("KeyFigureTableModel", "National"): "Hele landet",
    (
        "KeyFigureTableModel",
        "No figure (suppressed or not published)",
    ): "Intet tal (diskretioneret eller ikke offentliggjort)",
    (
        "KeyFigureTableModel",
        "Count %1; children aged 0–17: %2",
    ): "Antal %1; børn 0–17 år: %2",
    (
        "KeyFigureTableModel",
        "Count %1; children and young people aged 0–22: %2",
    ): "Antal %1; børn og unge 0–22 år: %2",
    (
        "KeyFiguresPanel",
        "Choose an engagement to see its municipality's key figures.",
    ): "Vælg et forløb for at se kommunens nøgletal.",
    (
        "KeyFiguresPanel",
        "No key figures have been imported for this municipality yet.\n\n"
        "Download a table from Statistikbanken (statistikbanken.dk), e.g. UND1 (notifications "
        "about children) or ANBAAR (children and young people in care), with the municipality, "
        "“Hele landet” and the years you need, and save it as a semicolon-separated CSV file "
        "(;). Add FOLK1A with the ages 0–22 to see the figures per 1,000 (children 0–17 for "
        "UND1, young people 0–22 for ANBAAR).\n\n"
        "Import the files under Reports → Import key figures (Statistics Denmark)…",
    ): "Der er endnu ikke importeret nøgletal for denne kommune.\n\n"
    "Hent en tabel i Statistikbanken (statistikbanken.dk), fx UND1 (underretninger vedr. "
    "børn) eller ANBAAR (anbragte børn og unge), med kommunen, “Hele landet” og de år, du har "
    "brug for, og gem den som semikolonsepareret CSV-fil (;). Tag FOLK1A med alderen 0–22 år "
    "med for at se tallene pr. 1.000 (børn 0–17 år for UND1, unge 0–22 år for ANBAAR).\n\n"
    "Importér filerne under Rapporter → Importér nøgletal (Danmarks Statistik)…",
    ("ReportsPage", "&Engagement:"): "&Forløb:",
    ("ReportsPage", "Status report (PDF)…"): "Statusrapport (PDF)…",
    ("ReportsPage", "Workbook for the engagement (Excel)…"): "Regneark for forløbet (Excel)…",
    ("ReportsPage", "Portfolio overview (Excel)…"): "Porteføljeoversigt (Excel)…",
    ("ReportsPage", "Load returned workbook…"): "Indlæs returneret regneark…",
    (
        "ReportsPage",
        "Import key figures (Statistics Denmark)…",
    ): "Importér nøgletal (Danmarks Statistik)…",
    ("ReportsPage", "For the municipality"): "Til kommunen",
    (
        "ReportsPage",
        "The engagement's status as a PDF, with the sections you choose.",
    ): "Forløbets status som PDF med de afsnit, du vælger.",
    (
        "ReportsPage",
        "The workbook the municipality sent back with Status and Note filled in: see the "
        "changes before they are applied.",
    ): "Regnearket, som kommunen har sendt tilbage med Status og Note udfyldt: se ændringerne, "
    "før de anvendes.",
    ("ReportsPage", "For colleagues"): "Til kolleger",
    (
        "ReportsPage",
        "Milestones, sample, answers, results, findings and recommendations.",
    ): "Milepæle, stikprøve, svar, resultater, fund og anbefalinger.",
    (
        "ReportsPage",
        "Every engagement side by side, with all assessments.",
    ): "Alle forløb side om side med alle vurderinger.",
    ("ReportsPage", "Statistics Denmark"): "Danmarks Statistik",
    (
        "ReportsPage",
        "A CSV file from Statistikbanken: UND1, ANBAAR, FOLK1A and others.",
    ): "En CSV-fil fra Statistikbanken: UND1, ANBAAR, FOLK1A m.fl.",
    ("ReportsPage", "Key figures"): "Nøgletal",
    ("ReportsPage", "Reports"): "Rapporter",
    ("ReportsPage", "Key figures for %1"): "Nøgletal for %1",
    ("ReportsPage", "Status report %1 %2"): "Statusrapport %1 %2",
    ("ReportsPage", "Save the status report"): "Gem statusrapporten",
    ("ReportsPage", "PDF files (*.pdf)"): "PDF-filer (*.pdf)",
    ("ReportsPage", "Workbook %1 %2"): "Regneark %1 %2",
    ("ReportsPage", "Save the engagement's workbook"): "Gem forløbets regneark",
    ("ReportsPage", "Excel workbooks (*.xlsx)"): "Excel-regneark (*.xlsx)",
    ("ReportsPage", "Portfolio overview %1"): "Porteføljeoversigt %1",
    ("ReportsPage", "Save the portfolio overview"): "Gem porteføljeoversigten",
    ("ReportsPage", "Nothing was saved."): "Intet blev gemt.",
    ("ReportsPage", "Saved: %1"): "Gemt: %1",
    ("ReportsPage", "Saved as %1.\n\nOpen the folder?"): "Gemt som %1.\n\nVil du åbne mappen?",
    ("ReportsPage", "Choose the returned workbook"): "Vælg det returnerede regneark",
    (
        "ReportsPage",
        "Excel workbooks (*.xlsx);;All files (*)",
    ): "Excel-regneark (*.xlsx);;Alle filer (*)",
    ("ReturnedDialog", "Load returned workbook"): "Indlæs returneret regneark",
    (
        "ReturnedDialog",
        "The municipality fills in Status and Note on the Anbefalinger sheet of the "
        "engagement's workbook. Nothing changes until you choose Apply changes.",
    ): "Kommunen udfylder Status og Note på arket Anbefalinger i forløbets regneark. Intet "
    "ændres, før du vælger Anvend ændringer.",
    (
        "ReturnedDialog",
        "The municipality fills in Status and Note on the Anbefalinger sheet of the workbook "
        "for %1. Nothing changes until you choose Apply changes.",
    ): "Kommunen udfylder Status og Note på arket Anbefalinger i regnearket for %1. Intet "
    "ændres, før du vælger Anvend ændringer.",
    ("ReturnedDialog", "No file chosen."): "Ingen fil valgt.",
    ("ReturnedDialog", "Choose &file…"): "Vælg &fil…",
    ("ReturnedDialog", "Changes"): "Ændringer",
    ("ReturnedDialog", "Problems"): "Problemer",
    (
        "ReturnedDialog",
        "Apply only the valid rows (skip the rows with problems)",
    ): "Anvend kun de gyldige rækker (spring rækkerne med problemer over)",
    ("ReturnedDialog", "&Apply changes"): "&Anvend ændringer",
    ("ReturnedDialog", "Choose the returned workbook"): "Vælg det returnerede regneark",
    (
        "ReturnedDialog",
        "Excel workbooks (*.xlsx);;All files (*)",
    ): "Excel-regneark (*.xlsx);;Alle filer (*)",
    ("ReturnedDialog", "File: %1"): "Fil: %1",
    ("ReturnedDialog", "Reading the returned workbook"): "Læser det returnerede regneark",
    (
        "ReturnedDialog",
        "The file could not be used; nothing was changed. Choose another file.",
    ): "Filen kunne ikke bruges; intet er ændret. Vælg en anden fil.",
    ("ReturnedDialog", "Applying the returned workbook"): "Anvender det returnerede regneark",
    ("ReturnedDialog", "Nothing was changed."): "Intet er ændret.",
    (
        "ReturnedDialog",
        "Applied: %1 recommendation(s) changed, %2 unchanged, %3 row(s) with problems "
        "skipped. The changes are in each recommendation's history.",
    ): "Anvendt: %1 anbefaling(er) ændret, %2 uden ændring, %3 række(r) med problemer "
    "sprunget over. Ændringerne står i hver anbefalings historik.",
    (
        "ReturnedDialog",
        "Nothing to change: every status in the workbook is already recorded.",
    ): "Intet at ændre: alle status i regnearket er allerede registreret.",
    ("ReturnedDialog", "Changes (%1)"): "Ændringer (%1)",
    ("ReturnedDialog", "Problems (%1)"): "Problemer (%1)",
    (
        "ReturnedDialog",
        "Choose the workbook the municipality sent back.",
    ): "Vælg det regneark, kommunen har sendt tilbage.",
    (
        "ReturnedDialog",
        "%1, exported %2: %3 change(s), %4 unchanged, %5 problem(s).",
    ): "%1, eksporteret %2: %3 ændring(er), %4 uden ændring, %5 problem(er).",
    (
        "ReturnedDialog",
        "Nothing is applied while the workbook has problems: fix them in the workbook and load "
        "it again, or apply only the valid rows.",
    ): "Intet anvendes, så længe regnearket har problemer: ret dem i regnearket, og indlæs det "
    "igen, eller anvend kun de gyldige rækker.",
    ("ReturnedTable", "Row"): "Række",
    ("ReturnedTable", "Recommendation"): "Anbefaling",
    ("ReturnedTable", "From"): "Fra",
    ("ReturnedTable", "To"): "Til",
    ("ReturnedTable", "Note"): "Note",
    ("ReturnedTable", "Problem"): "Problem",
    ("StatisticsDialog", "Import key figures (Statistics Denmark)"): (
        "Importér nøgletal (Danmarks Statistik)"
    ),
    (
        "StatisticsDialog",
        "In Statistikbanken (statistikbanken.dk) choose a table such as UND1 (notifications "
        "about children) or ANBAAR (children in care), tick the municipalities you need, “Hele "
        "landet” and the years, and save the table as a semicolon-separated CSV file (;). "
        "Import FOLK1A (children aged 0–17) too to see the figures per 1,000 children. "
        "Importing a file again replaces its figures.",
    ): "Vælg i Statistikbanken (statistikbanken.dk) en tabel som UND1 (underretninger vedr. "
    "børn) eller ANBAAR (anbragte børn og unge), markér de kommuner, du har brug for, “Hele "
    "landet” og årene, og gem tabellen som semikolonsepareret CSV-fil (;). Importér også FOLK1A "
    "(børn 0–17 år) for at se tallene pr. 1.000 børn. Importeres en fil igen, erstattes dens "
    "tal.",
    ("StatisticsDialog", "No file chosen"): "Ingen fil valgt",
    ("StatisticsDialog", "Choose &file…"): "Vælg &fil…",
    ("StatisticsDialog", "Found in the file (e.g. UND1)"): "Findes i filen (fx UND1)",
    ("StatisticsDialog", "CSV &file:"): "CSV-&fil:",
    ("StatisticsDialog", "&Table code:"): "&Tabelkode:",
    ("StatisticsDialog", "&Import"): "&Importér",
    ("StatisticsDialog", "Choose a Statistikbanken file"): "Vælg en fil fra Statistikbanken",
    (
        "StatisticsDialog",
        "CSV files (*.csv *.txt);;All files (*)",
    ): "CSV-filer (*.csv *.txt);;Alle filer (*)",
    ("StatisticsDialog", "Importing key figures"): "Importerer nøgletal",
    ("StatisticsDialog", "Nothing was imported."): "Intet blev importeret.",
    ("StatisticsDialog", "Rows not imported (%1)"): "Rækker, der ikke er importeret (%1)",
    (
        "StatisticsDialog",
        "%1 (%2): %3 figure(s) imported (%4 new, %5 replaced) from %6 row(s); %7 suppressed "
        "value(s) (..) kept as missing; %8 row(s) for regions and other non-municipal areas "
        "left out.",
    ): "%1 (%2): %3 tal importeret (%4 nye, %5 erstattet) fra %6 række(r); %7 "
    "diskretionerede værdi(er) (..) gemt som manglende; %8 række(r) for regioner og andre "
    "områder end kommuner udeladt.",
}
