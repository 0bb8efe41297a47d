"""Typed date input (dd-mm-åååå) shared by the editors and the table delegates."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from taskforce_app.domain.errors import ValidationError
from taskforce_app.ui.labels import date_text

_DAY_FIRST = re.compile(r"^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")


def parse_date(text: str) -> date | None:
    """A date typed as dd-mm-åååå (also with . or /, or ddmmåååå, or åååå-mm-dd); None if empty.

    Raises:
        ValueError: the text is not one of those forms or not a real date.
    """
    text = text.strip()
    if not text:
        return None
    if match := _ISO.match(text):
        year, month, day = (int(part) for part in match.groups())
        return date(year, month, day)
    match = _DAY_FIRST.match(text) or _COMPACT.match(text)
    if match is None:
        raise ValueError(text)
    day, month, year = (int(part) for part in match.groups())
    return date(year, month, day)


def parse_field_date(text: str, field_name: str) -> date | None:
    """`parse_date`, or a `ValidationError` naming `field_name`."""
    try:
        return parse_date(text)
    except ValueError:
        raise ValidationError("date.invalid", field=field_name, value=text.strip()) from None


class DateField(QLineEdit):
    """A date typed as dd-mm-åååå; empty means "no date"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.setClearButtonEnabled(True)
        self.setMaxLength(10)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00-00-00000") + 36)

    def value(self, field_name: str) -> date | None:
        """The typed date, or a `ValidationError` naming `field_name`."""
        return parse_field_date(self.text(), field_name)

    def set_value(self, value: date | None) -> None:
        """Show `value` (empty for no date)."""
        self.setText(date_text(value))
