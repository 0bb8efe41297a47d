"""User messages (Danish, English) for case lists, imports, samples and reviews."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Reading a case list (sagsudtræk): the whole file is refused.
    "case_list.file_not_found": (
        "Filen {name} findes ikke (eller er en mappe). Vælg sagsudtrækket igen.",
        "The file {name} does not exist (or is a folder). Choose the case list again.",
    ),
    "case_list.import_not_found": (
        "Den indlæste sagsliste findes ikke længere ({value}).",
        "The imported case list no longer exists ({value}).",
    ),
    "case_list.unreadable": (
        "Filen {name} kan ikke læses ({detail}). Luk den i Excel, eller kopiér den til en mappe, "
        "du har adgang til.",
        "The file {name} cannot be read ({detail}). Close it in Excel or copy it to a folder you "
        "have access to.",
    ),
    "case_list.unsupported_type": (
        "Filtypen '{suffix}' ({name}) kan ikke indlæses. Brug en Excel-projektmappe (.xlsx) eller "
        "en CSV-fil (.csv).",
        "The file type '{suffix}' ({name}) cannot be imported. Use an Excel workbook (.xlsx) or a "
        "CSV file (.csv).",
    ),
    "case_list.old_xls": (
        "{name} er en gammel Excel-fil (.xls). Åbn den i Excel, vælg Gem som → Excel-projektmappe "
        "(.xlsx), og indlæs den nye fil.",
        "{name} is an old Excel file (.xls). Open it in Excel, choose Save as → Excel workbook "
        "(.xlsx), and import the new file.",
    ),
    "case_list.encrypted": (
        "{name} er beskyttet med adgangskode (eller er en gammel .xls-fil med endelsen .xlsx). "
        "Åbn den i Excel, fjern adgangskoden under Filer → Oplysninger → Beskyt projektmappe, "
        "gem som .xlsx, og prøv igen.",
        "{name} is password-protected (or is an old .xls file named .xlsx). Open it in Excel, "
        "remove the password under File → Info → Protect Workbook, save as .xlsx, and try again.",
    ),
    "case_list.corrupt_xlsx": (
        "{name} er ikke en gyldig Excel-projektmappe; filen kan være beskadiget ({detail}). Åbn "
        "den i Excel og gem den igen som .xlsx, eller bed kommunen om et nyt udtræk.",
        "{name} is not a valid Excel workbook; the file may be damaged ({detail}). Open it in "
        "Excel and save it again as .xlsx, or ask the municipality for a new export.",
    ),
    "case_list.corrupt_csv": (
        "{name} kan ikke læses som CSV ({detail}). Kontrollér, at det er en tekstfil med én sag "
        "pr. linje.",
        "{name} cannot be read as CSV ({detail}). Check that it is a text file with one case per "
        "line.",
    ),
    "case_list.bad_encoding": (
        "{name} er hverken UTF-8 eller Windows-1252. Gem filen som 'CSV UTF-8' i Excel, og prøv "
        "igen.",
        "{name} is neither UTF-8 nor Windows-1252. Save the file as 'CSV UTF-8' in Excel and try "
        "again.",
    ),
    "case_list.empty_file": (
        "{name} er tom: der er ingen celler med indhold.",
        "{name} is empty: no cell has any content.",
    ),
    "case_list.no_such_sheet": (
        "Arket '{sheet}' findes ikke i {name}. Arkene hedder: {sheets}.",
        "The sheet '{sheet}' does not exist in {name}. The sheets are: {sheets}.",
    ),
    "case_list.no_header_row": (
        "Der er ingen overskriftsrække i {name}: ingen række har et sagsnummer-felt eller mindst "
        "tre kolonneoverskrifter efterfulgt af data.",
        "There is no header row in {name}: no row has a case-number heading or at least three "
        "column headings followed by data.",
    ),
    "case_list.no_rows": (
        "{name} har overskrifter (række {header_row}), men ingen sager under dem.",
        "{name} has headings (row {header_row}) but no cases below them.",
    ),
    "case_list.no_case_ref_column": (
        "Der er ingen kolonne med sagsnummer i {name}. Fundne overskrifter: {headers}. Vælg "
        "kolonnen med sagsnummeret, eller omdøb den til 'Sagsnr.'.",
        "There is no case-number column in {name}. Headings found: {headers}. Choose the column "
        "holding the case number, or rename it to 'Sagsnr.'.",
    ),
    "case_list.bad_column": (
        "Kolonne nr. {index} findes ikke (filen har {count} kolonner).",
        "Column no. {index} does not exist (the file has {count} columns).",
    ),
    "case_list.sensitive_column_mapped": (
        "Kolonnen '{header}' ser ud til at indeholde CPR-numre, navne eller adresser og kan ikke "
        "bruges som {field}. Vælg en anden kolonne.",
        "The column '{header}' seems to hold CPR numbers, names or addresses and cannot be used "
        "as {field}. Choose another column.",
    ),
    # Field names shown in the mapping and in messages.
    "case_field.case_ref": ("Sagsnummer", "Case number"),
    "case_field.birth_year": ("Fødselsår", "Birth year"),
    "case_field.age": ("Alder", "Age"),
    "case_field.gender": ("Køn", "Gender"),
    "case_field.case_type": ("Sagstype", "Case type"),
    "case_field.measure": ("Indsats", "Measure"),
    "case_field.legal_basis": ("Lovgrundlag", "Legal basis"),
    "case_field.caseworker": ("Sagsbehandler", "Caseworker"),
    "case_field.opened_on": ("Oprettet", "Opened on"),
    "case_field.decided_on": ("Afgørelsesdato", "Decision date"),
    "case_field.notified_on": ("Underretning modtaget", "Notification received"),
    "case_field.aware_on": ("Kommunen blev opmærksom", "Municipality became aware"),
    "case_field.investigation_started_on": ("BFU påbegyndt", "Investigation started"),
    "case_field.investigation_completed_on": ("BFU afsluttet", "Investigation completed"),
    "case_field.measure_started_on": ("Indsats iværksat", "Measure started"),
    "case_field.measure_ended_on": ("Indsats ophørt", "Measure ended"),
    "case_field.plan_on": ("Handleplan / barnets plan", "Plan date"),
    # A row of a case list is refused or skipped; the prefix names the row (and case).
    "case_list.row_prefix": ("Række {row}", "Row {row}"),
    "case_list.row_prefix_ref": ("Række {row} (sag {case_ref})", "Row {row} (case {case_ref})"),
    "case_list.row.cpr": (
        "kolonnen '{column}' indeholder et CPR-nummer ({masked}). Rækken er ikke indlæst; "
        "CPR-numre må aldrig gemmes. Bed kommunen om et udtræk uden CPR-numre.",
        "the column '{column}' holds a CPR number ({masked}). The row was not imported; CPR "
        "numbers must never be stored. Ask the municipality for an export without CPR numbers.",
    ),
    "case_list.row.missing_ref": (
        "sagsnummer mangler. Rækken er ikke indlæst.",
        "the case number is missing. The row was not imported.",
    ),
    "case_list.row.duplicate_ref": (
        "sagsnummeret står også i række {first_row}. Kun den første er indlæst.",
        "the case number also appears in row {first_row}. Only the first was imported.",
    ),
    "case_list.row.already_imported": (
        "sagen er allerede indlæst fra et tidligere sagsudtræk og springes over.",
        "the case was already imported from an earlier case list and is skipped.",
    ),
    "case_list.row.bad_date": (
        "'{value}' i kolonnen '{column}' er ikke en gyldig dato (skriv fx 03-02-2021). Rækken er "
        "ikke indlæst.",
        "'{value}' in the column '{column}' is not a valid date (write e.g. 03-02-2021). The row "
        "was not imported.",
    ),
    "case_list.row.impossible_dates": (
        "{later} ({later_value}) ligger før {earlier} ({earlier_value}). Rækken er indlæst uden "
        "de to datoer; ret dem i gennemgangen.",
        "{later} ({later_value}) is before {earlier} ({earlier_value}). The row was imported with "
        "both dates left empty; correct them in the review.",
    ),
    "case_list.row.bad_number": (
        "'{value}' i kolonnen '{column}' er ikke et gyldigt helt tal. Rækken er ikke indlæst.",
        "'{value}' in the column '{column}' is not a valid whole number. The row was not imported.",
    ),
    "case_list.row.too_long": (
        "kolonnen '{column}' må højst have {limit} tegn (der er {length}). Rækken er ikke indlæst.",
        "the column '{column}' may have at most {limit} characters (it has {length}). The row was "
        "not imported.",
    ),
    # Warnings that do not refuse rows.
    "case_list.column_dropped": (
        "Kolonnen '{header}' er ikke indlæst, fordi den ser ud til at indeholde CPR-numre, navne "
        "eller adresser.",
        "The column '{header}' was not imported because it seems to hold CPR numbers, names or "
        "addresses.",
    ),
}
