"""Danish texts of the case lists: the import wizard's remembered mapping and the read-only
case-list browser (merged by update_translations.py)."""

from __future__ import annotations

DANISH: dict[tuple[str, str], str] = {
    (
        "MappingPage",
        "Remembered from the last import for %1: the file has the same columns.",
    ): "Husket fra sidste import for %1: filen har de samme kolonner.",
    (
        "MappingPage",
        "The columns differ from the last import for %1: the file's own known headings are "
        "used, and the remembered mapping only fills %2.",
    ): "Kolonnerne afviger fra sidste import for %1: filens egne kendte overskrifter bruges, "
    "og den huskede kobling udfylder kun %2.",
    (
        "MappingPage",
        "The columns differ from the last import for %1: the file's own known headings are "
        "used instead of the remembered mapping.",
    ): "Kolonnerne afviger fra sidste import for %1: filens egne kendte overskrifter bruges "
    "i stedet for den huskede kobling.",
    ("RoundLabels", "Systematic (case-number order)"): "Systematisk (sagsnummerorden)",
    # the read-only case-list browser
    ("CaseReviewPage", "Case lists…"): "Sagslister…",
    ("CaseListBrowser", "Case lists"): "Sagslister",
    ("CaseListBrowser", "&Case list:"): "&Sagsliste:",
    ("CaseListBrowser", "Filter: case number, case type, measure …"): (
        "Filtrér: sagsnummer, sagstype, indsats …"
    ),
    ("CaseListBrowser", "&Filter:"): "&Filtrér:",
    ("CaseListBrowser", "Cases"): "Sager",
    ("CaseListBrowser", "Row report"): "Rækkerapport",
    ("CaseListBrowser", "No case list imported yet."): "Ingen sagsliste importeret endnu.",
    ("CaseListBrowser", "%1 – imported %2 (%3 cases)"): "%1 – importeret %2 (%3 sager)",
    (
        "CaseListBrowser",
        "%1 rows read: %2 imported, %3 refused or skipped. Imported by %4.",
    ): "%1 rækker læst: %2 importeret, %3 afvist eller sprunget over. Importeret af %4.",
    (
        "CaseListBrowser",
        "The rows that were not imported, and why; notes on the whole file first.",
    ): "De rækker, der ikke blev importeret, og hvorfor; bemærkninger om hele filen først.",
    ("CaseListBrowser", "Every row was imported."): "Alle rækker blev importeret.",
    ("CaseListBrowser", "%1 of %2 cases"): "%1 af %2 sager",
    ("CaseRowTableModel", "Row"): "Række",
    ("CaseRowTableModel", "Case number"): "Sagsnummer",
    ("CaseRowTableModel", "Case type"): "Sagstype",
    ("CaseRowTableModel", "Measure"): "Indsats",
    ("CaseRowTableModel", "Legal basis"): "Hjemmel",
    ("CaseRowTableModel", "Birth year"): "Fødselsår",
    ("CaseRowTableModel", "Age"): "Alder",
    ("CaseRowTableModel", "Gender"): "Køn",
    ("CaseRowTableModel", "Caseworker"): "Sagsbehandler",
    ("CaseRowTableModel", "Notification received"): "Underretning modtaget",
    ("CaseRowTableModel", "Decision"): "Afgørelse",
    ("ReportLineTableModel", "Row"): "Række",
    ("ReportLineTableModel", "Case number"): "Sagsnummer",
    ("ReportLineTableModel", "Problem"): "Problem",
}
