"""Expected errors shown to the user (in Danish by default), as opposed to bugs.

A `UserError` carries a code and parameters; its text comes from one catalogue here in Danish
and English, so the GUI, the CLI and the tests agree on the wording.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from taskforce_app.domain.field_labels import english_labels

Language = str  # "da" or "en"

MESSAGES: dict[str, tuple[str, str]] = {
    "db.not_a_database": (
        "Filen {path} er ikke en Task Force-database. Vælg en anden fil, eller angiv et nyt filnavn.",
        "The file {path} is not a Task Force database. Choose another file or give a new file name.",
    ),
    "db.foreign_database": (
        "Filen {path} er en SQLite-database, men ikke fra Task Force Tracker. Vælg en anden fil.",
        "The file {path} is an SQLite database, but not one of Task Force Tracker. Choose another file.",
    ),
    "db.too_new": (
        "Databasen {path} er skrevet af en nyere version af Task Force Tracker (skemaversion {revision}). "
        "Opdatér programmet for at åbne den.",
        "The database {path} was written by a newer version of Task Force Tracker (schema version "
        "{revision}). Update the program to open it.",
    ),
    "db.read_only": (
        "Databasefilen {path} er skrivebeskyttet. Giv skriveadgang eller kopiér filen til en mappe, "
        "hvor du kan skrive.",
        "The database file {path} is read-only. Grant write access or copy the file to a folder you "
        "can write to.",
    ),
    "db.locked": (
        "Databasen {path} er låst af et andet program eller en anden bruger. Luk det andet program og "
        "prøv igen.",
        "The database {path} is locked by another program or user. Close the other program and try "
        "again.",
    ),
    "db.missing_folder": (
        "Mappen {folder} findes ikke. Opret mappen eller vælg en anden placering til databasen.",
        "The folder {folder} does not exist. Create it or choose another place for the database.",
    ),
    "db.is_folder": (
        "{path} er en mappe, ikke en databasefil. Angiv et filnavn.",
        "{path} is a folder, not a database file. Give a file name.",
    ),
    "db.corrupt": (
        "Databasen {path} er beskadiget ({detail}). Gendan en sikkerhedskopi.",
        "The database {path} is damaged ({detail}). Restore a backup.",
    ),
    "db.in_use": (
        "Databasen {path} er åben hos {who}. Luk den dér først, eller åbn den skrivebeskyttet.",
        "The database {path} is open at {who}. Close it there first, or open it read-only.",
    ),
    "db.read_only_session": (
        "Databasen er åbnet skrivebeskyttet, så ændringen er ikke gemt. Åbn den igen med skriveadgang, når den er ledig.",
        "The database is open read-only, so the change was not saved. Open it again with write access when it is free.",
    ),
    "db.needs_upgrade": (
        "Databasen {path} skal opgraderes, før den kan åbnes skrivebeskyttet. Åbn den først med skriveadgang.",
        "The database {path} must be upgraded before it can be opened read-only. Open it with write access first.",
    ),
    "backup.failed": (
        "Sikkerhedskopien af {path} kunne ikke laves: {detail}",
        "The backup of {path} could not be made: {detail}",
    ),
    "backup.cannot_write": (
        "Sikkerhedskopien kunne ikke skrives til {path} ({detail}). Vælg en anden placering.",
        "The backup could not be written to {path} ({detail}). Choose another place.",
    ),
    "backup.not_found": (
        "Sikkerhedskopien {path} findes ikke.",
        "The backup {path} does not exist.",
    ),
    "backup.server": (
        "Sikkerhedskopier laves kun af den indbyggede database; en server sikkerhedskopieres af dens administrator.",
        "Backups are made of the embedded database only; a server is backed up by its administrator.",
    ),
    "backup.empty": (
        "Filen {path} er tom (0 byte) og er ikke en sikkerhedskopi. Intet er gendannet.",
        "The file {path} is empty (0 bytes) and is not a backup. Nothing was restored.",
    ),
    "backup.no_schema": (
        "Filen {path} er en tom SQLite-database, ikke en sikkerhedskopi fra Task Force Tracker. "
        "Intet er gendannet.",
        "The file {path} is an empty SQLite database, not a backup of Task Force Tracker. "
        "Nothing was restored.",
    ),
    "db.open_elsewhere": (
        "Databasen {path} er åben i et andet program eller vindue (måske skrivebeskyttet). Luk det "
        "først, og prøv igen. Intet er ændret.",
        "The database {path} is open in another program or window (perhaps read-only). Close it "
        "first and try again. Nothing was changed.",
    ),
    "lock.held": (
        "Databasen {path} er åben hos {who}; kun ét program ad gangen må skrive i den. Vent, til "
        "den er lukket, og prøv igen. Intet er ændret.",
        "The database {path} is open at {who}; only one program at a time may write to it. Wait "
        "until it is closed and try again. Nothing was changed.",
    ),
    "lock.held_abandoned": (
        "Databasen {path} er låst af {who}, og det kan ikke afgøres herfra, om det program stadig "
        "kører. Er låsen efterladt (fx efter et nedbrud), så overtag den med "
        "'taskforce-app unlock --db {path}'. Intet er ændret.",
        "The database {path} is locked by {who}, and whether that program still runs cannot be "
        "told from here. If the lock was left behind (e.g. after a crash), take it over with "
        "'taskforce-app unlock --db {path}'. Nothing was changed.",
    ),
    "lock.live_here": (
        "Låsen på {path} holdes af et program, der kører på denne computer: {who}. Luk det "
        "program i stedet for at overtage låsen.",
        "The lock on {path} is held by a program running on this computer: {who}. Close that "
        "program instead of taking the lock over.",
    ),
    "lock.needs_yes": (
        "Låsen er ikke overtaget: der er ingen terminal at spørge i. Tilføj --yes for at overtage "
        "den.",
        "The lock was not taken over: there is no terminal to ask in. Add --yes to take it over.",
    ),
    "lock.declined": (
        "Låsen er ikke overtaget.",
        "The lock was not taken over.",
    ),
    "disk.full": (
        "Der er ikke plads nok på disken til {path}. Frigør plads, og prøv igen; intet er ændret.",
        "There is not enough space on the disk for {path}. Free some space and try again; "
        "nothing was changed.",
    ),
    "disk.full_database": (
        "Disken er fuld, så ændringen kunne ikke gemmes i databasen; intet af den er gemt. Frigør "
        "plads, og prøv igen.",
        "The disk is full, so the change could not be saved in the database; none of it was "
        "stored. Free some space and try again.",
    ),
    "db.unreachable": (
        "Kunne ikke forbinde til databasen {url}: {detail}",
        "Could not connect to the database {url}: {detail}",
    ),
    "db.bad_url": (
        "Ugyldig database-adresse: {url}. Brug en filsti eller en SQLAlchemy-URL som "
        "postgresql+psycopg://bruger@vært/database.",
        "Invalid database address: {url}. Use a file path or an SQLAlchemy URL such as "
        "postgresql+psycopg://user@host/database.",
    ),
    "db.exists": (
        "Filen {path} findes allerede. Brug --force for at overskrive den.",
        "The file {path} already exists. Use --force to overwrite it.",
    ),
    "cpr.found": (
        "{field} ser ud til at indeholde et CPR-nummer. Intet er gemt. CPR-numre og børns navne må "
        "aldrig gemmes; brug kommunens pseudonyme sagsnummer.",
        "{field} seems to contain a CPR number. Nothing was stored. CPR numbers and children's names "
        "must never be stored; use the municipality's pseudonymous case number.",
    ),
    "value.required": (
        "{field} skal udfyldes.",
        "{field} is required.",
    ),
    "value.too_long": (
        "{field} må højst være {limit} tegn (der er {length}).",
        "{field} may be at most {limit} characters (it has {length}).",
    ),
    "date.invalid": (
        "{field}: '{value}' er ikke en gyldig dato. Skriv den som dd-mm-åååå, fx 03-02-2025.",
        "{field}: '{value}' is not a valid date. Write it as dd-mm-yyyy, e.g. 03-02-2025.",
    ),
    "date.end_before_start": (
        "Slutdatoen ({end}) ligger før startdatoen ({start}). Ret en af datoerne.",
        "The end date ({end}) is before the start date ({start}). Correct one of the dates.",
    ),
    "municipality.unknown": (
        "Kommunen '{value}' findes ikke. Angiv et af de 98 kommunenavne eller en 3-cifret kommunekode.",
        "The municipality '{value}' does not exist. Give one of the 98 municipality names or a "
        "3-digit code.",
    ),
    "engagement.not_found": (
        "Forløbet '{value}' findes ikke (det kan være slettet). Vælg et forløb fra listen over forløb.",
        "The engagement '{value}' does not exist (it may have been deleted). Choose one from the list of engagements.",
    ),
    "engagement.ambiguous": (
        "'{value}' passer på flere forløb ({count}). Angiv forløbets id.",
        "'{value}' matches several engagements ({count}). Give the engagement's id.",
    ),
    "engagement.changed_elsewhere": (
        "Forløbet er ændret eller slettet et andet sted, siden det blev åbnet. Genindlæs og prøv igen.",
        "The engagement was changed or deleted elsewhere since it was opened. Reload and try again.",
    ),
    "phase.unknown": (
        "Ukendt fase '{value}'.",
        "Unknown phase '{value}'.",
    ),
    "application.unknown_theme": (
        "Ukendt tema: {value}.",
        "Unknown theme: {value}.",
    ),
    "application.council_date_missing": (
        "Angiv datoen for kommunalbestyrelsens beslutning, når ansøgningen har politisk opbakning.",
        "Give the date of the municipal council's decision when the application has its backing.",
    ),
    "application.duplicate_in_round": (
        "{municipality} har allerede en ansøgning i runden '{round}'. Ret den eksisterende ansøgning i stedet.",
        "{municipality} already has an application in the round '{round}'. Edit the existing application instead.",
    ),
    "application.not_found": (
        "Ansøgningen findes ikke (den kan være slettet et andet sted).",
        "The application does not exist (it may have been deleted elsewhere).",
    ),
    "application.already_granted": (
        "Ansøgningen er allerede bevilget og har et forløb. Ret forløbet i stedet.",
        "The application is already granted and has an engagement. Edit the engagement instead.",
    ),
    "application.active_engagement": (
        "{municipality} har allerede et aktivt forløb ({phase}).",
        "{municipality} already has an active engagement ({phase}).",
    ),
    "round.not_found": (
        "Ansøgningsrunden findes ikke.",
        "The application round does not exist.",
    ),
    "milestone.outside_engagement": (
        "{field} {value} ligger uden for forløbet ({start} – {end}). Ret datoen eller forløbets periode.",
        "{field} {value} is outside the engagement ({start} – {end}). Correct the date or the engagement's period.",
    ),
    "milestone.done_without_date": (
        "En gennemført milepæl skal have en faktisk dato.",
        "A completed milestone needs its actual date.",
    ),
    "milestone.not_found": (
        "Milepælen findes ikke (den kan være slettet et andet sted).",
        "The milestone does not exist (it may have been deleted elsewhere).",
    ),
    "engagement.no_start_date": (
        "Forløbet har ingen startdato. Angiv startdatoen først.",
        "The engagement has no start date. Set the start date first.",
    ),
    "consultant.unknown": (
        "Konsulenten '{value}' findes ikke. Angiv initialer for en konsulent i databasen.",
        "The consultant '{value}' does not exist. Give the initials of a consultant in the database.",
    ),
    "consultant.duplicate_initials": (
        "Initialerne {value} bruges allerede af en anden konsulent.",
        "The initials {value} are already used by another consultant.",
    ),
    "consultant.bad_initials": (
        "Initialer skal være 2–6 bogstaver (fx MHJ); '{value}' kan ikke bruges.",
        "Initials must be 2–6 letters (e.g. MHJ); '{value}' cannot be used.",
    ),
    "team.already_member": (
        "{value} er allerede med på holdet.",
        "{value} is already on the team.",
    ),
    "team.not_found": (
        "Posten findes ikke (den kan være slettet et andet sted).",
        "The entry does not exist (it may have been deleted elsewhere).",
    ),
    "phase.date_before_previous": (
        "Datoen {value} ligger før starten på den nuværende fase ({previous}).",
        "The date {value} is before the start of the current phase ({previous}).",
    ),
    "review.reason_required": (
        "Svaret 'Ikke relevant' kræver en begrundelse.",
        "The answer 'Not relevant' needs a reason.",
    ),
    "review.override_needs_reason": (
        "Svaret afviger fra fristberegningens forslag. Skriv en begrundelse for afvigelsen.",
        "The answer differs from the deadline calculation's suggestion. Give a reason for the difference.",
    ),
    "review.answer_not_on_scale": (
        "Svaret '{value}' hører ikke til dette spørgsmåls skala.",
        "The answer '{value}' is not on this question's scale.",
    ),
    "review.date_order": (
        "{field} ligger før den dato, den følger efter. Ret datoerne.",
        "{field} is before the date it follows. Correct the dates.",
    ),
    "review.round_locked": (
        "Runden er godkendt og låst. Lås den op med en begrundelse for at ændre den.",
        "The round is signed off and locked. Unlock it with a reason to change it.",
    ),
    "review.sign_off_by_reviewer": (
        "Runden skal godkendes af en anden konsulent end den, der har gennemgået sagerne ({value}).",
        "The round must be signed off by another consultant than the one who reviewed the cases ({value}).",
    ),
    "review.unlock_needs_reason": (
        "Skriv en begrundelse for at låse runden op.",
        "Give a reason for unlocking the round.",
    ),
    "review.round_not_found": (
        "Gennemgangsrunden findes ikke. Se `taskforce-app rounds` for rundernes id'er.",
        "The review round does not exist. See `taskforce-app rounds` for the rounds' ids.",
    ),
    "review.case_not_found": (
        "Sagen findes ikke i stikprøven.",
        "The case is not in the sample.",
    ),
    "review.not_complete": (
        "Runden kan ikke godkendes: {value} svar mangler.",
        "The round cannot be signed off: {value} answers are missing.",
    ),
    "review.unknown_criteria_set": (
        "Kriteriesættet '{value}' findes ikke.",
        "The criteria set '{value}' does not exist.",
    ),
    "operation.cancelled": (
        "Handlingen blev annulleret. Intet er gemt eller ændret.",
        "The operation was cancelled. Nothing was stored or changed.",
    ),
    "cli.usage": (
        "{detail}",
        "{detail}",
    ),
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


FIELD_LABELS_EN: dict[str, str] = {
    "Titel": "Title",
    "Beskrivelse": "Description",
    "Noter": "Notes",
    "Note": "Note",
    "Navn": "Name",
    "Kontaktpersoner": "Contact persons",
    "Andre temaer": "Other themes",
    "Motivation": "Motivation",
    "Vurdering": "Assessment",
    "Begrundelse": "Reason",
    "Beslutningsdato": "Decision date",
    "Milepæl": "Milestone",
    "Planlagt dato": "Planned date",
    "Faktisk dato": "Actual date",
    "Telefon": "Phone",
    "Tema": "Theme",
    "Anbefaling": "Recommendation",
    "Ansvarlig": "Owner",
    "Kommentar": "Comment",
    "Underretning vurderet": "Notification assessed",
    "BFU afsluttet": "Investigation completed",
    "Startdato": "Start date",
    "Planlagt slut": "Planned end",
    "Faktisk slut": "Actual end",
}
"""Field names are passed in Danish (the default language); English messages translate them."""

for _danish, _english in english_labels().items():
    FIELD_LABELS_EN.setdefault(_danish, _english)


PHASE_NAMES: dict[str, tuple[str, str]] = {
    "opstart": ("Opstart", "Start-up"),
    "analyse": ("Analyse", "Analysis"),
    "afrapportering": ("Afrapportering", "Reporting"),
    "udvikling": ("Udvikling", "Development"),
    "statusmaaling": ("Statusmåling", "Status measurement"),
    "statusrapport": ("Statusrapport", "Status report"),
    "afsluttet": ("Afsluttet", "Closed"),
}
"""A `phase` parameter is passed as the phase's code and shown by its name."""


def render_message(code: str, params: dict[str, Any], language: Language = "da") -> str:
    """The catalogue text for `code` in `language`, filled with `params`."""
    da, en = MESSAGES.get(code, ("{detail}", "{detail}"))
    template = en if language == "en" else da
    phase = params.get("phase")
    if isinstance(phase, str) and phase in PHASE_NAMES:
        params = {**params, "phase": PHASE_NAMES[phase][1 if language == "en" else 0]}
    if language == "en" and isinstance(params.get("field"), str):
        params = {**params, "field": FIELD_LABELS_EN.get(params["field"], params["field"])}
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

        names = RECORD_NAMES.get(str(self.params.get("record", "")), ("en post", "an entry"))
        params = {**self.params, "what": names[1 if language == "en" else 0]}
        return render_message(self.error_code, params, language)
