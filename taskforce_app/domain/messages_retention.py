"""User messages (English msgids; Danish in resources/locale) for retention and purging of case
data, and their error."""

from __future__ import annotations

from taskforce_app.domain.errors import UserError, render_message
from taskforce_app.domain.text import N_, Language, translate

MESSAGES: dict[str, str] = {
    "retention.not_ended": N_(
        "The engagement {title} has not ended, so its case data cannot be purged yet. Case data "
        "is purged {years} years after the engagement's actual end{estimate}. To purge "
        "early, give --early --reason TEXT. Nothing was deleted."
    ),
    "retention.not_due": N_(
        "The case data of {title} is not due for purging before {due} ({years} years after the "
        "engagement ended on {ended}). To purge early, give --early --reason TEXT. Nothing was "
        "deleted."
    ),
    "retention.reason_required": N_(
        "An early purge needs a reason (--reason TEXT), e.g. that the municipality asked for "
        "it. Nothing was deleted."
    ),
    "retention.reason_without_early": N_("--reason is only used with --early."),
    "retention.already_purged": N_(
        "The case data of {title} was already purged on {when} by {who}. A purge cannot be undone."
    ),
    "retention.bad_years": N_(
        "The retention period must be a whole number of years from {low} to {high}, not '{value}'."
    ),
    "retention.team_lead_only": N_(
        "Only a team lead can change the retention period; {who} is not a team lead. Nothing "
        "was changed."
    ),
    "retention.who_missing": N_(
        "Say who changes the retention period (--as INITIALS of a team lead)."
    ),
}

ESTIMATE = N_("; with the planned end {planned} that is {planned_due}")
"""Added to `retention.not_ended` when the forløb has a planned end (params `planned`,
`planned_due`)."""


class RetentionError(UserError):
    """A purge or a retention setting refused; its text comes from this module."""

    def message(self, language: Language = "da") -> str:
        """The message in Danish (`da`, the default) or English (`en`)."""
        params = dict(self.params)
        planned = params.get("planned")
        estimate = ""
        if planned:
            estimate = translate(ESTIMATE, language).format(
                planned=planned, planned_due=params.get("planned_due", "")
            )
        params["estimate"] = estimate
        return render_message(self.error_code, params, language, MESSAGES)
