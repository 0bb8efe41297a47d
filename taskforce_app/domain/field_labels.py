"""Danish (and English) names of the stored fields, so a refused value can be named to the user.

Keys are `table.column` as in the database; a column not listed is named by its table.
"""

from __future__ import annotations

COLUMN_LABELS: dict[str, tuple[str, str]] = {
    "application_round.name": ("Ansøgningsrundens navn", "Application round name"),
    "application_round.notes": ("Noter", "Notes"),
    "audit_event.actor": ("Bruger i historikken", "User in the history"),
    "audit_event.table_name": ("Tabel i historikken", "Table in the history"),
    "audit_event.field": ("Felt i historikken", "Field in the history"),
    "audit_event.old_value": ("Tidligere værdi i historikken", "Old value in the history"),
    "audit_event.new_value": ("Ny værdi i historikken", "New value in the history"),
    "consultant.name": ("Konsulentens navn", "Consultant's name"),
    "consultant.initials": ("Initialer", "Initials"),
    "consultant.email": ("Konsulentens e-mail", "Consultant's e-mail"),
    "criteria_set.key": ("Kriteriesættets nøgle", "Criteria set key"),
    "criteria_set.name": ("Kriteriesættets navn", "Criteria set name"),
    "criteria_set.law": ("Lov", "Law"),
    "criteria_set.source": ("Kilde", "Source"),
    "criteria_set.scale": ("Svarskala", "Answer scale"),
    "key_figure.table_code": ("Statistikbankens tabel", "Statistics Denmark table"),
    "key_figure.area_code": ("Område i Statistikbanken", "Area in Statistics Denmark"),
    "key_figure.period": ("Periode i Statistikbanken", "Period in Statistics Denmark"),
    "key_figure.category": ("Kategori i Statistikbanken", "Category in Statistics Denmark"),
    "key_figure.source": ("Kilde til nøgletal (filnavn)", "Source of key figures (file name)"),
    "municipality.code": ("Kommunekode", "Municipality code"),
    "municipality.name": ("Kommunens navn", "Municipality name"),
    "municipality.iso_region": ("Region", "Region"),
    "setting.key": ("Indstillingens navn", "Setting name"),
    "setting.value": ("Indstilling", "Setting"),
    "application.contact_persons": ("Kontaktpersoner", "Contact persons"),
    "application.themes": ("Temaer", "Themes"),
    "application.themes_other": ("Andre temaer", "Other themes"),
    "application.motivation": ("Motivation", "Motivation"),
    "application.assessment_notes": ("Vurdering", "Assessment"),
    "application.decision_reason": ("Begrundelse", "Reason"),
    "criterion.code": ("Kriteriets kode", "Criterion code"),
    "criterion.provision": ("Bestemmelse", "Provision"),
    "criterion.question": ("Spørgsmål", "Question"),
    "criterion.guidance": ("Vejledning", "Guidance"),
    "criterion.applies_when": ("Gælder når", "Applies when"),
    "criterion.deadline_rule": ("Fristregel", "Deadline rule"),
    "criterion.benchmark_key": ("Børnesagsbarometret", "Børnesagsbarometret figure"),
    "engagement.title": ("Titel", "Title"),
    "engagement.themes": ("Temaer", "Themes"),
    "engagement.description": ("Beskrivelse", "Description"),
    "engagement.notes": ("Noter", "Notes"),
    "case_list_import.file_name": ("Sagslistens filnavn", "Case list file name"),
    "case_list_import.sheet_name": ("Sagslistens arknavn", "Case list sheet name"),
    "case_list_import.imported_by": ("Indlæst af", "Imported by"),
    "case_list_import.fingerprint": ("Fingeraftryk", "Fingerprint"),
    "case_list_import.column_mapping": ("Kolonnernes tilknytning", "Column mapping"),
    "case_list_import.report": ("Indlæsningsrapport", "Import report"),
    "milestone.template_key": ("Milepælsskabelon", "Milestone template"),
    "milestone.title": ("Milepæl", "Milestone"),
    "milestone.note": ("Note", "Note"),
    "milestone.extra": ("Milepælens ekstra oplysninger", "Milestone details"),
    "municipal_contact.name": ("Kontaktpersonens navn", "Contact's name"),
    "municipal_contact.title": ("Kontaktpersonens stilling", "Contact's job title"),
    "municipal_contact.email": ("Kontaktpersonens e-mail", "Contact's e-mail"),
    "municipal_contact.phone": ("Telefon", "Phone"),
    "review_round.name": ("Gennemgangsrundens navn", "Review round name"),
    "review_round.sampling_parameters": ("Stikprøvens parametre", "Sampling parameters"),
    "review_round.seed": ("Stikprøvens startværdi (seed)", "Sample seed"),
    "review_round.population_fingerprint": ("Populationens fingeraftryk", "Population fingerprint"),
    "review_round.sampled_by": ("Udtrukket af", "Sampled by"),
    "review_round.lock_log": ("Låselog", "Lock log"),
    "case_record.case_ref": ("Sagsnummer", "Case number"),
    "case_record.gender": ("Køn", "Gender"),
    "case_record.case_type": ("Sagstype", "Case type"),
    "case_record.measure": ("Foranstaltning", "Measure"),
    "case_record.legal_basis": ("Hjemmel", "Legal basis"),
    "case_record.caseworker": ("Sagsbehandler", "Caseworker"),
    "case_record.extra": ("Sagens øvrige kolonner", "The case's other columns"),
    "finding.theme": ("Tema", "Theme"),
    "finding.title": ("Titel", "Title"),
    "finding.description": ("Beskrivelse", "Description"),
    "recommendation.text": ("Anbefaling", "Recommendation"),
    "recommendation.owner": ("Ansvarlig", "Owner"),
    "sampled_case.replacement_reason": ("Begrundelse for udskiftning", "Replacement reason"),
    "sampled_case.follow_up_dates": ("Opfølgningsdatoer", "Follow-up dates"),
    "sampled_case.decision_basis": ("Afgørelsens hjemmel", "Decision's legal basis"),
    "sampled_case.supervision_visits": ("Tilsynsbesøg", "Supervision visits"),
    "assessment.reason": ("Begrundelse", "Reason"),
    "assessment.note": ("Note", "Note"),
    "recommendation_update.author": ("Forfatter", "Author"),
    "recommendation_update.note": ("Note", "Note"),
    "review_note.text": ("Note", "Note"),
    "workbook_export.app_version": ("Programversion for regnearket", "Workbook's app version"),
    "workbook_export.rows": ("Regnearkets rækker", "Workbook rows"),
}
"""(Danish, English) per `table.column`."""

TABLE_LABELS: dict[str, tuple[str, str]] = {
    "application_round": ("ansøgningsrunden", "the application round"),
    "audit_event": ("historikken", "the history"),
    "consultant": ("konsulenten", "the consultant"),
    "criteria_set": ("kriteriesættet", "the criteria set"),
    "key_figure": ("nøgletallene", "the key figures"),
    "municipality": ("kommunen", "the municipality"),
    "setting": ("indstillingerne", "the settings"),
    "application": ("ansøgningen", "the application"),
    "criterion": ("kriteriet", "the criterion"),
    "engagement": ("forløbet", "the engagement"),
    "case_list_import": ("sagslisteindlæsningen", "the case list import"),
    "milestone": ("milepælen", "the milestone"),
    "municipal_contact": ("kontaktpersonen", "the contact"),
    "phase_period": ("fasen", "the phase"),
    "review_round": ("gennemgangsrunden", "the review round"),
    "team_member": ("holdet", "the team"),
    "case_record": ("sagen", "the case"),
    "finding": ("fundet", "the finding"),
    "finding_criterion": ("fundets kriterier", "the finding's criteria"),
    "recommendation": ("anbefalingen", "the recommendation"),
    "sampled_case": ("stikprøven", "the sample"),
    "assessment": ("vurderingen", "the assessment"),
    "finding_evidence": ("fundets dokumentation", "the finding's evidence"),
    "recommendation_update": ("opfølgningen på anbefalingen", "the recommendation update"),
    "review_note": ("noten", "the note"),
    "workbook_export": ("det udsendte regneark", "the exported workbook"),
}
"""(Danish, English) name of each table, for a column without its own label."""

UNKNOWN_FIELD = ("Et tekstfelt", "A text field")


def column_label(table: str | None, column: str | None) -> str:
    """The Danish name of `table.column` for a message; a sensible name when it is not listed."""
    if table and column and f"{table}.{column}" in COLUMN_LABELS:
        return COLUMN_LABELS[f"{table}.{column}"][0]
    if table and table in TABLE_LABELS:
        return f"Et felt i {TABLE_LABELS[table][0]}"
    return UNKNOWN_FIELD[0]


def english_labels() -> dict[str, str]:
    """Danish label -> English label, for every label `column_label` can return."""
    labels = {danish: english for danish, english in COLUMN_LABELS.values()}
    for danish, english in TABLE_LABELS.values():
        labels[f"Et felt i {danish}"] = f"A field in {english}"
    labels[UNKNOWN_FIELD[0]] = UNKNOWN_FIELD[1]
    return labels
