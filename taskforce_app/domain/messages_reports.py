"""User messages (English msgids; Danish in resources/locale) for exported files and returned
workbooks."""

from __future__ import annotations

from taskforce_app.domain.text import N_

MESSAGES: dict[str, str] = {
    "export.folder_missing": N_(
        "The folder {folder} does not exist. Create it or choose another place for the file."
    ),
    "export.not_a_folder": N_(
        "{folder} is a file, not a folder. Choose a folder to save the file in."
    ),
    "export.folder_read_only": N_(
        "The folder {folder} cannot be written to. Choose a folder you have write access to."
    ),
    "export.target_is_folder": N_("{path} is a folder. Give a file name, e.g. {path}/report.xlsx."),
    "export.target_read_only": N_(
        "The file {path} is read-only and cannot be replaced. Choose another file name."
    ),
    "export.target_in_use": N_(
        "The file {path} could not be replaced; it may be open in Excel. Close it and try "
        "again. The previous file is unchanged."
    ),
    "export.write_failed": N_(
        "The file {path} could not be written ({detail}). Nothing was saved."
    ),
    "returned.unreadable": N_(
        "The file {file} cannot be read as an Excel workbook (.xlsx): {detail}"
    ),
    "returned.no_manifest": N_(
        "The workbook {file} was not exported by Task Force Tracker (its manifest is "
        "missing). Use the workbook that was sent to the municipality."
    ),
    "returned.bad_manifest": N_(
        "The manifest in the workbook {file} is damaged ({detail}). The workbook cannot be "
        "read back."
    ),
    "returned.newer_format": N_(
        "The workbook {file} was made by a newer version of Task Force Tracker (format "
        "{version}). Update the program."
    ),
    "returned.no_sheet": N_("The sheet '{sheet}' is missing from the workbook {file}."),
    "returned.missing_columns": N_(
        "The sheet '{sheet}' lacks the column(s) {columns}. Use the workbook as it was sent "
        "and change only Status and Note."
    ),
    "returned.unknown_engagement": N_(
        "The workbook belongs to an engagement that does not exist in this database "
        "({municipality}, id {engagement_id}). Nothing was changed. Check that the right "
        "database is open."
    ),
    "returned.other_engagement": N_(
        "The workbook belongs to the engagement with {municipality} (id {engagement_id}), "
        "not to the chosen one. Nothing was changed."
    ),
    "returned.missing_id": N_(
        "Row {row}: the row has no id (was it added in the workbook?). New recommendations "
        "are created in the program; the row was not read."
    ),
    "returned.unknown_id": N_(
        "Row {row}: the id '{value}' does not belong to a recommendation in the exported "
        "workbook; the row was not read."
    ),
    "returned.duplicate_id": N_(
        "Row {row}: the recommendation also appears in row {first}; only the first was read."
    ),
    "returned.changed_protected": N_(
        "Row {row}: the recommendation's text or due date was changed in the workbook; the "
        "row was not read. Only Status and Note may be changed."
    ),
    "returned.unknown_status": N_(
        "Row {row}: the status '{value}' is unknown. Use one of: {allowed}."
    ),
    "returned.status_missing": N_("Row {row}: the status is empty. Use one of: {allowed}."),
    "returned.note_too_long": N_(
        "Row {row}: the note may be at most {limit} characters (it has {length})."
    ),
    "returned.cpr_in_note": N_(
        "Row {row}: the note seems to contain a CPR number ({masked}); the row was not read. "
        "CPR numbers must never be stored."
    ),
    "returned.not_in_database": N_(
        "Row {row}: the recommendation no longer exists in the database (it may have been "
        "deleted); the row was not read."
    ),
    "returned.changed_since_export": N_(
        "Row {row}: the status was changed in the program ({current}) after the workbook was "
        "exported ({exported}), and the municipality gave '{value}'. Settle which status "
        "applies and set it in the program."
    ),
    "returned.blocked": N_(
        "The workbook has {count} problem(s); nothing was changed. Fix the problems, or "
        "apply only the valid rows."
    ),
}
