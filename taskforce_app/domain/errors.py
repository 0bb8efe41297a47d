"""Expected errors shown to the user (in Danish by default), as opposed to bugs.

A `UserError` carries a code and parameters; its text is an English msgid here (and in the
messages_* modules per area), translated by the gettext catalogue in resources/locale, so the
GUI, the CLI and the tests agree on the wording.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from taskforce_app.domain.field_labels import FIELD_CONTEXT
from taskforce_app.domain.labels import PHASE_LABELS
from taskforce_app.domain.text import N_, translate
from taskforce_app.domain.text import Language as Language

MESSAGES: dict[str, str] = {
    "db.not_a_database": N_(
        "The file {path} is not a Task Force database. Choose another file or give a new file name."
    ),
    "db.foreign_database": N_(
        "The file {path} is an SQLite database, but not one of Task Force Tracker. Choose "
        "another file."
    ),
    "db.too_new": N_(
        "The database {path} was written by a newer version of Task Force Tracker (schema "
        "version {revision}). Update the program to open it."
    ),
    "db.read_only": N_(
        "The database file {path} is read-only. Grant write access or copy the file to a "
        "folder you can write to."
    ),
    "db.locked": N_(
        "The database {path} is locked by another program or user. Close the other program "
        "and try again."
    ),
    "db.missing_folder": N_(
        "The folder {folder} does not exist. Create it or choose another place for the database."
    ),
    "db.is_folder": N_("{path} is a folder, not a database file. Give a file name."),
    "db.corrupt": N_("The database {path} is damaged ({detail}). Restore a backup."),
    "db.in_use": N_(
        "The database {path} is open at {who}. Close it there first, or open it read-only."
    ),
    "db.read_only_session": N_(
        "The database is open read-only, so the change was not saved. Open it again with "
        "write access when it is free."
    ),
    "db.needs_upgrade": N_(
        "The database {path} must be upgraded before it can be opened read-only. Open it "
        "with write access first."
    ),
    "backup.failed": N_("The backup of {path} could not be made: {detail}"),
    "backup.cannot_write": N_(
        "The backup could not be written to {path} ({detail}). Choose another place."
    ),
    "backup.not_found": N_("The backup {path} does not exist."),
    "backup.server": N_(
        "Backups are made of the embedded database only; a server is backed up by its "
        "administrator."
    ),
    "backup.empty": N_(
        "The file {path} is empty (0 bytes) and is not a backup. Nothing was restored."
    ),
    "backup.no_schema": N_(
        "The file {path} is an empty SQLite database, not a backup of Task Force Tracker. "
        "Nothing was restored."
    ),
    "db.open_elsewhere": N_(
        "The database {path} is open in another program or window (perhaps read-only). Close "
        "it first and try again. Nothing was changed."
    ),
    "lock.held": N_(
        "The database {path} is open at {who}; only one program at a time may write to it. "
        "Wait until it is closed and try again. Nothing was changed."
    ),
    "lock.held_abandoned": N_(
        "The database {path} is locked by {who}, and whether that program still runs cannot "
        "be told from here. If the lock was left behind (e.g. after a crash), take it over "
        "with 'taskforce-app unlock --db {path}'. Nothing was changed."
    ),
    "lock.live_here": N_(
        "The lock on {path} is held by a program running on this computer: {who}. Close that "
        "program instead of taking the lock over."
    ),
    "lock.needs_yes": N_(
        "The lock was not taken over: there is no terminal to ask in. Add --yes to take it over."
    ),
    "lock.declined": N_("The lock was not taken over."),
    "disk.full": N_(
        "There is not enough space on the disk for {path}. Free some space and try again; "
        "nothing was changed."
    ),
    "disk.full_database": N_(
        "The disk is full, so the change could not be saved in the database; none of it was "
        "stored. Free some space and try again."
    ),
    "db.unreachable": N_("Could not connect to the database {url}: {detail}"),
    "db.bad_url": N_(
        "Invalid database address: {url}. Use a file path or an SQLAlchemy URL such as "
        "postgresql+psycopg://user@host/database."
    ),
    "db.exists": N_("The file {path} already exists. Use --force to overwrite it."),
    "cpr.found": N_(
        "{field} seems to contain a CPR number. Nothing was stored. CPR numbers and "
        "children's names must never be stored; use the municipality's pseudonymous case "
        "number."
    ),
    "value.required": N_("{field} is required."),
    "value.too_long": N_("{field} may be at most {limit} characters (it has {length})."),
    "date.invalid": N_(
        "{field}: '{value}' is not a valid date. Write it as dd-mm-yyyy, e.g. 03-02-2025."
    ),
    "date.end_before_start": N_(
        "The end date ({end}) is before the start date ({start}). Correct one of the dates."
    ),
    "municipality.unknown": N_(
        "The municipality '{value}' does not exist. Give one of the 98 municipality names or "
        "a 3-digit code."
    ),
    "engagement.not_found": N_(
        "The engagement '{value}' does not exist (it may have been deleted). Choose one from "
        "the list of engagements."
    ),
    "engagement.ambiguous": N_(
        "'{value}' matches several engagements ({count}). Give the engagement's id."
    ),
    "engagement.changed_elsewhere": N_(
        "The engagement was changed or deleted elsewhere since it was opened. Reload and try again."
    ),
    "phase.unknown": N_("Unknown phase '{value}'."),
    "application.unknown_theme": N_("Unknown theme: {value}."),
    "application.council_date_missing": N_(
        "Give the date of the municipal council's decision when the application has its backing."
    ),
    "application.duplicate_in_round": N_(
        "{municipality} already has an application in the round '{round}'. Edit the existing "
        "application instead."
    ),
    "application.not_found": N_(
        "The application does not exist (it may have been deleted elsewhere)."
    ),
    "application.already_granted": N_(
        "The application is already granted and has an engagement. Edit the engagement instead."
    ),
    "application.active_engagement": N_(
        "{municipality} already has an active engagement ({phase})."
    ),
    "round.not_found": N_("The application round does not exist."),
    "milestone.outside_engagement": N_(
        "{field} {value} is outside the engagement ({start} – {end}). Correct the date or "
        "the engagement's period."
    ),
    "milestone.done_without_date": N_("A completed milestone needs its actual date."),
    "milestone.not_found": N_("The milestone does not exist (it may have been deleted elsewhere)."),
    "engagement.no_start_date": N_("The engagement has no start date. Set the start date first."),
    "consultant.unknown": N_(
        "The consultant '{value}' does not exist. Give the initials of a consultant in the "
        "database."
    ),
    "consultant.duplicate_initials": N_(
        "The initials {value} are already used by another consultant."
    ),
    "consultant.bad_initials": N_(
        "Initials must be 2–6 letters (e.g. MHJ); '{value}' cannot be used."
    ),
    "team.already_member": N_("{value} is already on the team."),
    "team.not_found": N_("The entry does not exist (it may have been deleted elsewhere)."),
    "phase.date_before_previous": N_(
        "The date {value} is before the start of the current phase ({previous})."
    ),
    "review.reason_required": N_("The answer 'Not relevant' needs a reason."),
    "review.override_needs_reason": N_(
        "The answer differs from the deadline calculation's suggestion. Give a reason for "
        "the difference."
    ),
    "review.answer_not_on_scale": N_("The answer '{value}' is not on this question's scale."),
    "review.date_order": N_("{field} is before the date it follows. Correct the dates."),
    "review.round_locked": N_(
        "The round is signed off and locked. Unlock it with a reason to change it."
    ),
    "review.sign_off_by_reviewer": N_(
        "The round must be signed off by another consultant than the one who reviewed the "
        "cases ({value})."
    ),
    "review.unlock_needs_reason": N_("Give a reason for unlocking the round."),
    "review.round_not_found": N_(
        "The review round does not exist. See `taskforce-app rounds` for the rounds' ids."
    ),
    "review.case_not_found": N_("The case is not in the sample."),
    "review.not_complete": N_("The round cannot be signed off: {value} answers are missing."),
    "review.unknown_criteria_set": N_("The criteria set '{value}' does not exist."),
    "operation.cancelled": N_("The operation was cancelled. Nothing was stored or changed."),
    "cli.usage": N_("{detail}"),
}


def _merge_area_messages() -> None:
    """Add the catalogues kept per area (one module each) to MESSAGES."""
    from taskforce_app.domain import (
        messages_cases,
        messages_exchange,
        messages_limits,
        messages_pdf,
        messages_plan,
        messages_reference,
        messages_reports,
        messages_review,
        messages_team,
        messages_trust,
        messages_undo,
    )

    for area in (
        messages_undo.MESSAGES,
        messages_cases.MESSAGES,
        messages_review.MESSAGES,
        messages_reports.MESSAGES,
        messages_pdf.MESSAGES,
        messages_plan.MESSAGES,
        messages_exchange.MESSAGES,
        messages_limits.MESSAGES,
        messages_reference.MESSAGES,
        messages_trust.MESSAGES,
        messages_team.MESSAGES,
    ):
        for code, texts in area.items():
            MESSAGES.setdefault(code, texts)


_merge_area_messages()


PHASE_NAMES: dict[str, str] = {phase.value: name for phase, name in PHASE_LABELS.items()}
"""A `phase` parameter is passed as the phase's code and shown by its name."""


def field_name(value: str, language: Language) -> str:
    """A `field` parameter (an English msgid, of the context "field" or none) in `language`."""
    named = translate(value, language, FIELD_CONTEXT)
    return named if named != value else translate(value, language)


def render_message(
    code: str,
    params: dict[str, Any],
    language: Language = "da",
    catalogue: Mapping[str, str] = MESSAGES,
) -> str:
    """The text for `code` (a msgid of `catalogue`, the shared one unless given) in `language`,
    filled with `params`."""
    template = translate(catalogue.get(code, "{detail}"), language)
    phase = params.get("phase")
    if isinstance(phase, str) and phase in PHASE_NAMES:
        params = {**params, "phase": translate(PHASE_NAMES[phase], language)}
    if isinstance(params.get("field"), str):
        params = {**params, "field": field_name(params["field"], language)}
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


@dataclass(frozen=True, slots=True)
class Notice:
    """A warning that does not stop the action (e.g. the municipality already has a forløb)."""

    code: str
    params: tuple[tuple[str, str], ...] = ()

    def message(self, language: Language = "da") -> str:
        """The warning in Danish (`da`, the default) or English (`en`)."""
        return render_message(self.code, dict(self.params), language)


class UserError(Exception):
    """An expected problem with the user's input or environment: shown, not logged as a bug."""

    code: ClassVar[str] = "cli.usage"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.error_code = code or type(self).code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, language: Language = "da") -> str:
        """The message in Danish (`da`, the default) or English (`en`)."""
        return render_message(self.error_code, self.params, language)


class DatabaseError(UserError):
    """The database cannot be opened or used as asked."""


class ValidationError(UserError):
    """A value the user typed breaks a rule; nothing was saved."""


class CprNumberError(ValidationError):
    """A text about to be stored holds something that looks like a CPR number."""

    code = "cpr.found"


class NotFoundError(UserError):
    """The record the user named does not exist."""


class OperationCancelledError(UserError):
    """The user cancelled a long operation; nothing was stored."""

    code = "operation.cancelled"


class UndoRefusedError(UserError):
    """An operation cannot be undone or redone as a unit; nothing was changed.

    A `record` parameter (a table name) is shown as the kind of record it holds.
    """

    code = "undo.changed_since"

    def message(self, language: Language = "da") -> str:
        """The message in Danish (`da`, the default) or English (`en`)."""
        from taskforce_app.domain.messages_undo import RECORD_NAMES

        name = RECORD_NAMES.get(str(self.params.get("record", "")), N_("an entry"))
        params = {**self.params, "what": translate(name, language)}
        return render_message(self.error_code, params, language)
