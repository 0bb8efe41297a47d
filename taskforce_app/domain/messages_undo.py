"""User messages (Danish, English) for undoing and redoing an operation."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "undo.unknown_operation": (
        "Handlingen kan ikke fortrydes: den findes ikke i ændringshistorikken.",
        "The action cannot be undone: it is not in the change history.",
    ),
    "undo.changed_since": (
        "Handlingen kan ikke fortrydes, fordi {what} er ændret siden af en senere handling. "
        "Ret i stedet ændringen selv, så andres arbejde ikke overskrives.",
        "The action cannot be undone because {what} has been changed since by a later action. "
        "Correct the change yourself instead, so that no one else's work is overwritten.",
    ),
    "undo.deleted_since": (
        "Handlingen kan ikke fortrydes, fordi {what} er slettet siden.",
        "The action cannot be undone because {what} has been deleted since.",
    ),
    "undo.round_locked": (
        "Handlingen kan ikke fortrydes: gennemgangsrunden er godkendt og låst. Lås den op med en "
        "begrundelse først.",
        "The action cannot be undone: the review round is signed off and locked. Unlock it with "
        "a reason first.",
    ),
    "undo.not_undoable": (
        "Handlingen kan ikke fortrydes: {what} gemmes uden ændringshistorik.",
        "The action cannot be undone: {what} is stored without a change history.",
    ),
}

RECORD_NAMES: dict[str, tuple[str, str]] = {
    "engagement": ("forløbet", "the engagement"),
    "application": ("ansøgningen", "the application"),
    "milestone": ("en milepæl", "a milestone"),
    "team_member": ("holdet", "the team"),
    "municipal_contact": ("en kontaktperson", "a contact person"),
    "phase_period": ("forløbets faser", "the engagement's phases"),
    "review_round": ("gennemgangsrunden", "the review round"),
    "sampled_case": ("en sag i stikprøven", "a sampled case"),
    "assessment": ("et svar i sagsgennemgangen", "an answer in the case review"),
    "finding": ("et fund", "a finding"),
    "finding_criterion": ("et funds kriterier", "a finding's criteria"),
    "finding_evidence": ("et funds dokumentation", "a finding's evidence"),
    "recommendation": ("en anbefaling", "a recommendation"),
    "recommendation_update": ("en anbefalings historik", "a recommendation's history"),
    "review_note": ("en kommentar", "a comment"),
}
"""How a `what` parameter (a table name) is shown; other tables read "en post" / "an entry"."""
