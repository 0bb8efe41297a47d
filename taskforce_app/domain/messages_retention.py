"""User messages (Danish, English) for retention and purging of case data, and their error."""

from __future__ import annotations

from taskforce_app.domain.errors import UserError
from taskforce_app.domain.messages_calendar import area_message

MESSAGES: dict[str, tuple[str, str]] = {
    "retention.not_ended": (
        "Forløbet {title} er ikke afsluttet, så dets sagsdata kan ikke slettes endnu. Sagsdata "
        "slettes {years} år efter forløbets faktiske slutdato{estimate}. Skal de slettes før tid, "
        "så angiv --early --reason TEKST. Intet er slettet.",
        "The engagement {title} has not ended, so its case data cannot be purged yet. Case data "
        "is purged {years} years after the engagement's actual end{estimate_en}. To purge "
        "early, give --early --reason TEXT. Nothing was deleted.",
    ),
    "retention.not_due": (
        "Sagsdata for {title} skal først slettes {due} ({years} år efter forløbets afslutning "
        "{ended}). Skal de slettes før tid, så angiv --early --reason TEKST. Intet er slettet.",
        "The case data of {title} is not due for purging before {due} ({years} years after the "
        "engagement ended on {ended}). To purge early, give --early --reason TEXT. Nothing was "
        "deleted.",
    ),
    "retention.reason_required": (
        "En sletning før tid kræver en begrundelse (--reason TEKST), fx at kommunen har bedt om "
        "det. Intet er slettet.",
        "An early purge needs a reason (--reason TEXT), e.g. that the municipality asked for "
        "it. Nothing was deleted.",
    ),
    "retention.reason_without_early": (
        "--reason bruges kun sammen med --early.",
        "--reason is only used with --early.",
    ),
    "retention.already_purged": (
        "Sagsdata for {title} blev allerede slettet {when} af {who}. Sletningen kan ikke gøres om.",
        "The case data of {title} was already purged on {when} by {who}. A purge cannot be undone.",
    ),
    "retention.bad_years": (
        "Opbevaringsperioden skal være et helt antal år fra {low} til {high}, ikke '{value}'.",
        "The retention period must be a whole number of years from {low} to {high}, not '{value}'.",
    ),
    "retention.team_lead_only": (
        "Kun en teamleder kan ændre opbevaringsperioden; {who} er ikke teamleder. Intet er ændret.",
        "Only a team lead can change the retention period; {who} is not a team lead. Nothing "
        "was changed.",
    ),
    "retention.who_missing": (
        "Angiv, hvem der ændrer opbevaringsperioden (--as INITIALER på en teamleder).",
        "Say who changes the retention period (--as INITIALS of a team lead).",
    ),
    "retention.estimate": (
        "; med den planlagte slutdato {planned} bliver det {due}",
        "; with the planned end {planned} that is {due}",
    ),
}


class RetentionError(UserError):
    """A purge or a retention setting refused; its text comes from this module."""

    def message(self, language: str = "da") -> str:
        """The message in Danish (`da`, the default) or English (`en`)."""
        return area_message(MESSAGES, self.error_code, self.params, language)
