"""Date input shared by the editors and the table delegates: typed (d-m-åååå) or picked in a
calendar that opens from the field's button (or Alt+Down / F4)."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QVBoxLayout, QWidget

from taskforce_app.domain.errors import ValidationError
from taskforce_app.ui.kit.labels import date_text

_DAY_FIRST = re.compile(r"^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")


def parse_date(text: str) -> date | None:
    """A date typed as d-m-åååå (also with . or /, or ddmmåååå, or åååå-mm-dd); None if empty.

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


def calendar_icon(palette: QPalette) -> QIcon:
    """A small calendar drawn in the palette's text colour (dark and light themes alike)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    colour = palette.color(QPalette.ColorRole.Text)
    painter.setPen(colour)
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(1, 2, 14, 4, colour)
    for row in (8, 11):
        for column in (4, 7, 10):
            painter.fillRect(column, row, 2, 2, colour)
    painter.end()
    return QIcon(pixmap)


class CalendarPopup(QFrame):
    """A calendar in a popup window; a click, Enter or a double click chooses the date."""

    chosen = Signal(object)
    """The chosen `datetime.date`."""

    def __init__(self, parent: QWidget, selected: date) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.calendar.setSelectedDate(QDate(selected.year, selected.month, selected.day))
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)

    def _choose(self, chosen: QDate) -> None:
        self.close()
        self.chosen.emit(date(chosen.year(), chosen.month(), chosen.day()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc closes the calendar without choosing."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DateField(QLineEdit):
    """A date typed as d-m-åååå or picked in a calendar; empty means "no date".

    A typed date is shown as dd-mm-åååå when the user leaves the field; a date picked in the
    calendar is written into the field and reported by `editingFinished`, like typing.
    """

    def __init__(self, parent: QWidget | None = None, *, required: bool = False) -> None:
        super().__init__(parent)
        self.required = required
        self.popup: CalendarPopup | None = None
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.setClearButtonEnabled(not required)
        self.setMaxLength(10)
        self.calendar_action = self.addAction(
            calendar_icon(self.palette()), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setToolTip(self.tr("Choose the date in a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00-00-00000") + 56)
        self.editingFinished.connect(self._tidy)

    def value(self, field_name: str) -> date | None:
        """The date typed or picked, or a `ValidationError` naming `field_name`.

        Raises:
            ValidationError: not a date, or empty in a required field.
        """
        value = parse_field_date(self.text(), field_name)
        if value is None and self.required:
            raise ValidationError("value.required", field=field_name)
        return value

    def set_value(self, value: date | None) -> None:
        """Show `value` (empty for no date)."""
        self.setText(date_text(value))

    def show_calendar(self) -> CalendarPopup:
        """Open the calendar under the field at the field's date (today when it has none)."""
        try:
            shown = parse_date(self.text()) or date.today()
        except ValueError:
            shown = date.today()
        popup = CalendarPopup(self, shown)
        popup.chosen.connect(self._chosen)
        popup.adjustSize()
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup = popup
        popup.show()
        popup.calendar.setFocus()
        return popup

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Alt+Down and F4 open the calendar, as in a combo box."""
        alt_down = event.key() == Qt.Key.Key_Down and bool(
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def _chosen(self, chosen: date) -> None:
        if self.isReadOnly():
            return
        self.set_value(chosen)
        self.setFocus()
        self.editingFinished.emit()

    def _tidy(self) -> None:
        """Write a valid typed date the one way (15-1-2027 → 15-01-2027)."""
        try:
            value = parse_date(self.text())
        except ValueError:
            return
        if value is not None and self.text() != date_text(value):
            self.set_value(value)
