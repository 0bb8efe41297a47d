"""User messages (English msgids; Danish in resources/locale) for undoing and redoing an operation."""

from __future__ import annotations

from taskforce_app.domain.text import N_

MESSAGES: dict[str, str] = {
    "undo.unknown_operation": N_("The action cannot be undone: it is not in the change history."),
    "undo.changed_since": N_(
        "The action cannot be undone because {what} has been changed since by a later "
        "action. Correct the change yourself instead, so that no one else's work is "
        "overwritten."
    ),
    "undo.deleted_since": N_("The action cannot be undone because {what} has been deleted since."),
    "undo.round_locked": N_(
        "The action cannot be undone: the review round is signed off and locked. Unlock it "
        "with a reason first."
    ),
    "undo.not_undoable": N_(
        "The action cannot be undone: {what} is stored without a change history."
    ),
}

RECORD_NAMES: dict[str, str] = {
    "engagement": N_("the engagement"),
    "application": N_("the application"),
    "milestone": N_("a milestone"),
    "team_member": N_("the team"),
    "municipal_contact": N_("a contact person"),
    "phase_period": N_("the engagement's phases"),
    "review_round": N_("the review round"),
    "sampled_case": N_("a sampled case"),
    "assessment": N_("an answer in the case review"),
    "finding": N_("a finding"),
    "finding_criterion": N_("a finding's criteria"),
    "finding_evidence": N_("a finding's evidence"),
    "recommendation": N_("a recommendation"),
    "recommendation_update": N_("a recommendation's history"),
    "review_note": N_("a comment"),
}
"""What an undo message calls the record of each table."""
