"""The names of the stored fields (English msgids in the context "field"; Danish in
resources/locale), so a refused value can be named to the user.

Keys are `table.column` as in the database; a column not listed is named by its table.
"""

from __future__ import annotations

from taskforce_app.domain.text import NC_

FIELD_CONTEXT = "field"
"""The msgctxt of every field name."""

COLUMN_LABELS: dict[str, str] = {
    "application_round.name": NC_("field", "Application round name"),
    "application_round.notes": NC_("field", "Notes"),
    "audit_event.actor": NC_("field", "User in the history"),
    "audit_event.table_name": NC_("field", "Table in the history"),
    "audit_event.field": NC_("field", "Field in the history"),
    "audit_event.old_value": NC_("field", "Old value in the history"),
    "audit_event.new_value": NC_("field", "New value in the history"),
    "consultant.name": NC_("field", "Consultant's name"),
    "consultant.initials": NC_("field", "Initials"),
    "consultant.email": NC_("field", "Consultant's e-mail"),
    "criteria_set.key": NC_("field", "Criteria set key"),
    "criteria_set.name": NC_("field", "Criteria set name"),
    "criteria_set.law": NC_("field", "Law"),
    "criteria_set.source": NC_("field", "Source"),
    "criteria_set.scale": NC_("field", "Answer scale"),
    "key_figure.table_code": NC_("field", "Statistics Denmark table"),
    "key_figure.area_code": NC_("field", "Area in Statistics Denmark"),
    "key_figure.period": NC_("field", "Period in Statistics Denmark"),
    "key_figure.category": NC_("field", "Category in Statistics Denmark"),
    "key_figure.source": NC_("field", "Source of key figures (file name)"),
    "municipality.code": NC_("field", "Municipality code"),
    "municipality.name": NC_("field", "Municipality name"),
    "municipality.iso_region": NC_("field", "Region"),
    "setting.key": NC_("field", "Setting name"),
    "setting.value": NC_("field", "Setting"),
    "application.contact_persons": NC_("field", "Contact persons"),
    "application.themes": NC_("field", "Themes"),
    "application.themes_other": NC_("field", "Other themes"),
    "application.motivation": NC_("field", "Motivation"),
    "application.assessment_notes": NC_("field", "Assessment"),
    "application.decision_reason": NC_("field", "Reason"),
    "criterion.code": NC_("field", "Criterion code"),
    "criterion.provision": NC_("field", "Provision"),
    "criterion.question": NC_("field", "Question"),
    "criterion.guidance": NC_("field", "Guidance"),
    "criterion.applies_when": NC_("field", "Applies when"),
    "criterion.deadline_rule": NC_("field", "Deadline rule"),
    "criterion.benchmark_key": NC_("field", "Børnesagsbarometret figure"),
    "engagement.title": NC_("field", "Title"),
    "engagement.themes": NC_("field", "Themes"),
    "engagement.description": NC_("field", "Description"),
    "engagement.notes": NC_("field", "Notes"),
    "case_list_import.file_name": NC_("field", "Case list file name"),
    "case_list_import.sheet_name": NC_("field", "Case list sheet name"),
    "case_list_import.imported_by": NC_("field", "Imported by"),
    "case_list_import.fingerprint": NC_("field", "Fingerprint"),
    "case_list_import.column_mapping": NC_("field", "Column mapping"),
    "case_list_import.report": NC_("field", "Import report"),
    "milestone.template_key": NC_("field", "Milestone template"),
    "milestone.title": NC_("field", "Milestone"),
    "milestone.note": NC_("field", "Note"),
    "milestone.extra": NC_("field", "Milestone details"),
    "municipal_contact.name": NC_("field", "Contact's name"),
    "municipal_contact.title": NC_("field", "Contact's job title"),
    "municipal_contact.email": NC_("field", "Contact's e-mail"),
    "municipal_contact.phone": NC_("field", "Phone"),
    "review_round.name": NC_("field", "Review round name"),
    "review_round.sampling_parameters": NC_("field", "Sampling parameters"),
    "review_round.seed": NC_("field", "Sample seed"),
    "review_round.population_fingerprint": NC_("field", "Population fingerprint"),
    "review_round.sampled_by": NC_("field", "Sampled by"),
    "review_round.lock_log": NC_("field", "Lock log"),
    "case_record.case_ref": NC_("field", "Case number"),
    "case_record.gender": NC_("field", "Gender"),
    "case_record.case_type": NC_("field", "Case type"),
    "case_record.measure": NC_("field", "Measure"),
    "case_record.legal_basis": NC_("field", "Legal basis"),
    "case_record.caseworker": NC_("field", "Caseworker"),
    "case_record.extra": NC_("field", "The case's other columns"),
    "finding.theme": NC_("field", "Theme"),
    "finding.title": NC_("field", "Title"),
    "finding.description": NC_("field", "Description"),
    "recommendation.text": NC_("field", "Recommendation"),
    "recommendation.owner": NC_("field", "Owner"),
    "sampled_case.replacement_reason": NC_("field", "Replacement reason"),
    "sampled_case.follow_up_dates": NC_("field", "Follow-up dates"),
    "sampled_case.decision_basis": NC_("field", "Decision's legal basis"),
    "sampled_case.supervision_visits": NC_("field", "Supervision visits"),
    "assessment.reason": NC_("field", "Reason"),
    "assessment.note": NC_("field", "Note"),
    "recommendation_update.author": NC_("field", "Author"),
    "recommendation_update.note": NC_("field", "Note"),
    "review_note.text": NC_("field", "Note"),
    "report_section_text.section_id": NC_("field", "Report section id"),
    "report_section_text.text": NC_("field", "Report section text"),
    "workbook_export.app_version": NC_("field", "Workbook's app version"),
    "workbook_export.rows": NC_("field", "Workbook rows"),
    "purge_record.purged_by": NC_("field", "Purged by"),
    "purge_record.reason": NC_("field", "Reason for the early purge"),
    "purge_record.counts": NC_("field", "Rows purged"),
}
"""The name of each `table.column`."""

TABLE_LABELS: dict[str, str] = {
    "application_round": NC_("field", "A field in the application round"),
    "audit_event": NC_("field", "A field in the history"),
    "consultant": NC_("field", "A field in the consultant"),
    "criteria_set": NC_("field", "A field in the criteria set"),
    "key_figure": NC_("field", "A field in the key figures"),
    "municipality": NC_("field", "A field in the municipality"),
    "setting": NC_("field", "A field in the settings"),
    "application": NC_("field", "A field in the application"),
    "criterion": NC_("field", "A field in the criterion"),
    "engagement": NC_("field", "A field in the engagement"),
    "case_list_import": NC_("field", "A field in the case list import"),
    "milestone": NC_("field", "A field in the milestone"),
    "municipal_contact": NC_("field", "A field in the contact"),
    "phase_period": NC_("field", "A field in the phase"),
    "review_round": NC_("field", "A field in the review round"),
    "team_member": NC_("field", "A field in the team"),
    "case_record": NC_("field", "A field in the case"),
    "finding": NC_("field", "A field in the finding"),
    "finding_criterion": NC_("field", "A field in the finding's criteria"),
    "recommendation": NC_("field", "A field in the recommendation"),
    "sampled_case": NC_("field", "A field in the sample"),
    "assessment": NC_("field", "A field in the assessment"),
    "finding_evidence": NC_("field", "A field in the finding's evidence"),
    "recommendation_update": NC_("field", "A field in the recommendation update"),
    "review_note": NC_("field", "A field in the note"),
    "report_section_text": NC_("field", "A field in the report section"),
    "workbook_export": NC_("field", "A field in the exported workbook"),
    "purge_record": NC_("field", "A field in the purge record"),
    "result_count": NC_("field", "A field in the kept result counts"),
}
"""The name of a column of each table without its own label."""

UNKNOWN_FIELD = NC_("field", "A text field")

FIELD_NAMES: tuple[str, ...] = (
    NC_("field", "Title"),
    NC_("field", "Description"),
    NC_("field", "Notes"),
    NC_("field", "Note"),
    NC_("field", "Name"),
    NC_("field", "Contact persons"),
    NC_("field", "Other themes"),
    NC_("field", "Motivation"),
    NC_("field", "Assessment"),
    NC_("field", "Reason"),
    NC_("field", "Decision date"),
    NC_("field", "Milestone"),
    NC_("field", "Planned date"),
    NC_("field", "Actual date"),
    NC_("field", "Phone"),
    NC_("field", "Theme"),
    NC_("field", "Recommendation"),
    NC_("field", "Owner"),
    NC_("field", "Comment"),
    NC_("field", "Notification assessed"),
    NC_("field", "Investigation completed"),
    NC_("field", "Start date"),
    NC_("field", "Planned end"),
    NC_("field", "Actual end"),
)
"""Field names the rules pass as a `field` parameter."""


def column_label(table: str | None, column: str | None) -> str:
    """The name (msgid) of `table.column` for a message; a sensible name when it is not listed."""
    if table and column and f"{table}.{column}" in COLUMN_LABELS:
        return COLUMN_LABELS[f"{table}.{column}"]
    if table and table in TABLE_LABELS:
        return TABLE_LABELS[table]
    return UNKNOWN_FIELD
