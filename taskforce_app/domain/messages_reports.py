"""User messages (Danish, English) for exported files and returned workbooks."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "export.folder_missing": (
        "Mappen {folder} findes ikke. Opret mappen, eller vælg en anden placering til filen.",
        "The folder {folder} does not exist. Create it or choose another place for the file.",
    ),
    "export.not_a_folder": (
        "{folder} er en fil, ikke en mappe. Vælg en mappe at gemme filen i.",
        "{folder} is a file, not a folder. Choose a folder to save the file in.",
    ),
    "export.folder_read_only": (
        "Der kan ikke skrives i mappen {folder}. Vælg en mappe, du har skriveadgang til.",
        "The folder {folder} cannot be written to. Choose a folder you have write access to.",
    ),
    "export.target_is_folder": (
        "{path} er en mappe. Angiv et filnavn, fx {path}/rapport.xlsx.",
        "{path} is a folder. Give a file name, e.g. {path}/report.xlsx.",
    ),
    "export.target_read_only": (
        "Filen {path} er skrivebeskyttet og kan ikke erstattes. Vælg et andet filnavn.",
        "The file {path} is read-only and cannot be replaced. Choose another file name.",
    ),
    "export.target_in_use": (
        "Filen {path} kunne ikke erstattes; den er måske åben i Excel. Luk den, og prøv igen. Den tidligere fil er uændret.",
        "The file {path} could not be replaced; it may be open in Excel. Close it and try again. The previous file is unchanged.",
    ),
    "export.write_failed": (
        "Filen {path} kunne ikke skrives ({detail}). Intet er gemt.",
        "The file {path} could not be written ({detail}). Nothing was saved.",
    ),
    "returned.unreadable": (
        "Filen {file} kan ikke læses som et Excel-regneark (.xlsx): {detail}",
        "The file {file} cannot be read as an Excel workbook (.xlsx): {detail}",
    ),
    "returned.no_manifest": (
        "Regnearket {file} er ikke eksporteret fra Task Force Tracker (manifestet mangler). Brug det regneark, der blev sendt til kommunen.",
        "The workbook {file} was not exported by Task Force Tracker (its manifest is missing). Use the workbook that was sent to the municipality.",
    ),
    "returned.bad_manifest": (
        "Manifestet i regnearket {file} er beskadiget ({detail}). Regnearket kan ikke læses tilbage.",
        "The manifest in the workbook {file} is damaged ({detail}). The workbook cannot be read back.",
    ),
    "returned.newer_format": (
        "Regnearket {file} er lavet af en nyere version af Task Force Tracker (format {version}). Opdatér programmet.",
        "The workbook {file} was made by a newer version of Task Force Tracker (format {version}). Update the program.",
    ),
    "returned.no_sheet": (
        "Arket '{sheet}' mangler i regnearket {file}.",
        "The sheet '{sheet}' is missing from the workbook {file}.",
    ),
    "returned.missing_columns": (
        "Arket '{sheet}' mangler kolonnen/kolonnerne {columns}. Brug regnearket, som det blev sendt, og ret kun Status og Note.",
        "The sheet '{sheet}' lacks the column(s) {columns}. Use the workbook as it was sent and change only Status and Note.",
    ),
    "returned.unknown_engagement": (
        "Regnearket hører til et forløb, der ikke findes i denne database ({municipality}, id {engagement_id}). Intet er ændret. Kontrollér, at den rigtige database er åbnet.",
        "The workbook belongs to an engagement that does not exist in this database ({municipality}, id {engagement_id}). Nothing was changed. Check that the right database is open.",
    ),
    "returned.other_engagement": (
        "Regnearket hører til forløbet med {municipality} (id {engagement_id}), ikke til det valgte forløb. Intet er ændret.",
        "The workbook belongs to the engagement with {municipality} (id {engagement_id}), not to the chosen one. Nothing was changed.",
    ),
    "returned.missing_id": (
        "Række {row}: rækken har intet id (er den tilføjet i regnearket?). Nye anbefalinger oprettes i programmet; rækken er ikke læst.",
        "Row {row}: the row has no id (was it added in the workbook?). New recommendations are created in the program; the row was not read.",
    ),
    "returned.unknown_id": (
        "Række {row}: id'et '{value}' hører ikke til en anbefaling i det eksporterede regneark; rækken er ikke læst.",
        "Row {row}: the id '{value}' does not belong to a recommendation in the exported workbook; the row was not read.",
    ),
    "returned.duplicate_id": (
        "Række {row}: anbefalingen står også i række {first}; kun den første er læst.",
        "Row {row}: the recommendation also appears in row {first}; only the first was read.",
    ),
    "returned.changed_protected": (
        "Række {row}: anbefalingens tekst eller frist er ændret i regnearket; rækken er ikke læst. Kun Status og Note må ændres.",
        "Row {row}: the recommendation's text or due date was changed in the workbook; the row was not read. Only Status and Note may be changed.",
    ),
    "returned.unknown_status": (
        "Række {row}: status '{value}' kendes ikke. Brug en af: {allowed}.",
        "Row {row}: the status '{value}' is unknown. Use one of: {allowed}.",
    ),
    "returned.status_missing": (
        "Række {row}: status er tom. Brug en af: {allowed}.",
        "Row {row}: the status is empty. Use one of: {allowed}.",
    ),
    "returned.note_too_long": (
        "Række {row}: noten må højst være {limit} tegn (der er {length}).",
        "Row {row}: the note may be at most {limit} characters (it has {length}).",
    ),
    "returned.cpr_in_note": (
        "Række {row}: noten ser ud til at indeholde et CPR-nummer ({masked}); rækken er ikke læst. CPR-numre må aldrig gemmes.",
        "Row {row}: the note seems to contain a CPR number ({masked}); the row was not read. CPR numbers must never be stored.",
    ),
    "returned.not_in_database": (
        "Række {row}: anbefalingen findes ikke længere i databasen (den kan være slettet); rækken er ikke læst.",
        "Row {row}: the recommendation no longer exists in the database (it may have been deleted); the row was not read.",
    ),
    "returned.changed_since_export": (
        "Række {row}: status er ændret i programmet ({current}), efter regnearket blev eksporteret ({exported}), og kommunen har angivet '{value}'. Afklar hvilken status der gælder, og ret den i programmet.",
        "Row {row}: the status was changed in the program ({current}) after the workbook was exported ({exported}), and the municipality gave '{value}'. Settle which status applies and set it in the program.",
    ),
    "returned.blocked": (
        "Regnearket har {count} problem(er); intet er ændret. Ret problemerne, eller anvend kun de gyldige rækker.",
        "The workbook has {count} problem(s); nothing was changed. Fix the problems, or apply only the valid rows.",
    ),
}
