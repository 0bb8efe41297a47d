"""User messages (Danish, English) for the calendar export, and its error."""

from __future__ import annotations

from typing import Any

from taskforce_app.domain.errors import UserError

MESSAGES: dict[str, tuple[str, str]] = {
    "calendar.bad_time": (
        "Mødetidspunktet '{value}' er ikke et klokkeslæt. Skriv det som TT:MM, fx 10:00.",
        "The meeting time '{value}' is not a time of day. Write it as HH:MM, e.g. 10:00.",
    ),
    "calendar.bad_minutes": (
        "Mødets længde skal være mellem 1 og 1440 minutter, ikke {value}.",
        "The meeting's length must be between 1 and 1440 minutes, not {value}.",
    ),
}


class CalendarError(UserError):
    """A calendar option the user gave is wrong; its text comes from this module."""

    def message(self, language: str = "da") -> str:
        """The message in Danish (`da`, the default) or English (`en`)."""
        return area_message(MESSAGES, self.error_code, self.params, language)


def area_message(
    catalogue: dict[str, tuple[str, str]], code: str, params: dict[str, Any], language: str
) -> str:
    """`code`'s text from `catalogue` in `language`, filled with `params`."""
    da, en = catalogue[code]
    return (en if language == "en" else da).format(**params)
