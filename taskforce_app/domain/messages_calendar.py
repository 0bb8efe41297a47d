"""User messages (English msgids; Danish in resources/locale) for the calendar export, and its
error."""

from __future__ import annotations

from taskforce_app.domain.errors import UserError, render_message
from taskforce_app.domain.text import N_, Language

MESSAGES: dict[str, str] = {
    "calendar.bad_time": N_(
        "The meeting time '{value}' is not a time of day. Write it as HH:MM, e.g. 10:00."
    ),
    "calendar.bad_minutes": N_(
        "The meeting's length must be between 1 and 1440 minutes, not {value}."
    ),
}


class CalendarError(UserError):
    """A calendar option the user gave is wrong; its text comes from this module."""

    def message(self, language: Language = "da") -> str:
        """The message in Danish (`da`, the default) or English (`en`)."""
        return render_message(self.error_code, self.params, language, MESSAGES)
