"""User messages (English msgids; Danish in resources/locale) for case lists, imports, samples and
reviews."""

from __future__ import annotations

from taskforce_app.domain.text import N_

MESSAGES: dict[str, str] = {
    "case_list.file_not_found": N_(
        "The file {name} does not exist (or is a folder). Choose the case list again."
    ),
    "case_list.import_not_found": N_("The imported case list no longer exists ({value})."),
    "case_list.unreadable": N_(
        "The file {name} cannot be read ({detail}). Close it in Excel or copy it to a folder "
        "you have access to."
    ),
    "case_list.unsupported_type": N_(
        "The file type '{suffix}' ({name}) cannot be imported. Use an Excel workbook (.xlsx) "
        "or a CSV file (.csv)."
    ),
    "case_list.old_xls": N_(
        "{name} is an old Excel file (.xls). Open it in Excel, choose Save as → Excel "
        "workbook (.xlsx), and import the new file."
    ),
    "case_list.encrypted": N_(
        "{name} is password-protected (or is an old .xls file named .xlsx). Open it in "
        "Excel, remove the password under File → Info → Protect Workbook, save as .xlsx, and "
        "try again."
    ),
    "case_list.corrupt_xlsx": N_(
        "{name} is not a valid Excel workbook; the file may be damaged ({detail}). Open it "
        "in Excel and save it again as .xlsx, or ask the municipality for a new export."
    ),
    "case_list.corrupt_csv": N_(
        "{name} cannot be read as CSV ({detail}). Check that it is a text file with one case "
        "per line."
    ),
    "case_list.bad_encoding": N_(
        "{name} is neither UTF-8 nor Windows-1252. Save the file as 'CSV UTF-8' in Excel and "
        "try again."
    ),
    "case_list.empty_file": N_("{name} is empty: no cell has any content."),
    "case_list.no_such_sheet": N_(
        "The sheet '{sheet}' does not exist in {name}. The sheets are: {sheets}."
    ),
    "case_list.no_header_row": N_(
        "There is no header row in {name}: no row has a case-number heading or at least "
        "three column headings followed by data."
    ),
    "case_list.no_rows": N_("{name} has headings (row {header_row}) but no cases below them."),
    "case_list.no_case_ref_column": N_(
        "There is no case-number column in {name}. Headings found: {headers}. Choose the "
        "column holding the case number, or rename it to 'Sagsnr.'."
    ),
    "case_list.bad_column": N_("Column no. {index} does not exist (the file has {count} columns)."),
    "case_list.sensitive_column_mapped": N_(
        "The column '{header}' seems to hold CPR numbers, names or addresses and cannot be "
        "used as {field}. Choose another column."
    ),
    "case_field.case_ref": N_("Case number"),
    "case_field.birth_year": N_("Birth year"),
    "case_field.age": N_("Age"),
    "case_field.gender": N_("Gender"),
    "case_field.case_type": N_("Case type"),
    "case_field.measure": N_("Measure"),
    "case_field.legal_basis": N_("Legal basis"),
    "case_field.caseworker": N_("Caseworker"),
    "case_field.opened_on": N_("Opened on"),
    "case_field.decided_on": N_("Decision date"),
    "case_field.notified_on": N_("Notification received"),
    "case_field.aware_on": N_("Municipality became aware"),
    "case_field.investigation_started_on": N_("Investigation started"),
    "case_field.investigation_completed_on": N_("Investigation completed"),
    "case_field.measure_started_on": N_("Measure started"),
    "case_field.measure_ended_on": N_("Measure ended"),
    "case_field.plan_on": N_("Plan date"),
    "case_list.row_prefix": N_("Row {row}"),
    "case_list.row_prefix_ref": N_("Row {row} (case {case_ref})"),
    "case_list.row.cpr": N_(
        "the column '{column}' holds a CPR number ({masked}). The row was not imported; CPR "
        "numbers must never be stored. Ask the municipality for an export without CPR "
        "numbers."
    ),
    "case_list.row.missing_ref": N_("the case number is missing. The row was not imported."),
    "case_list.row.duplicate_ref": N_(
        "the case number also appears in row {first_row}. Only the first was imported."
    ),
    "case_list.row.already_imported": N_(
        "the case was already imported from an earlier case list and is skipped."
    ),
    "case_list.row.bad_date": N_(
        "'{value}' in the column '{column}' is not a valid date (write e.g. 03-02-2021). The "
        "row was not imported."
    ),
    "case_list.row.impossible_dates": N_(
        "{later} ({later_value}) is before {earlier} ({earlier_value}). The row was imported "
        "with both dates left empty; correct them in the review."
    ),
    "case_list.row.bad_number": N_(
        "'{value}' in the column '{column}' is not a valid whole number. The row was not imported."
    ),
    "case_list.row.too_long": N_(
        "the column '{column}' may have at most {limit} characters (it has {length}). The "
        "row was not imported."
    ),
    "case_list.column_dropped": N_(
        "The column '{header}' was not imported because it seems to hold CPR numbers, names "
        "or addresses."
    ),
}
