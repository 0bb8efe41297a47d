"""The date field: typed d-m-åååå in several forms, a calendar popup, empty where optional,
and a Danish message for a date that does not exist."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCalendarWidget, QWidget
from pytestqt.qtbot import QtBot

from taskforce_app.domain.errors import ValidationError
from taskforce_app.ui.kit.date_field import CalendarPopup, DateField, parse_date

OFFSCREEN_POPUP = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)"
)
"""What the offscreen platform says about any popup window (it has no window manager)."""


@pytest.mark.parametrize(
    "typed", ["15-1-2027", "15-01-2027", "15.1.2027", "15/1/2027", "15012027", "2027-01-15"]
)
def test_every_usual_way_of_typing_a_date_is_accepted(typed: str) -> None:
    assert parse_date(typed) == date(2027, 1, 15)


@pytest.mark.parametrize("typed", ["31-2-2027", "15-13-2027", "15-1-27", "i morgen", "1.1"])
def test_a_date_that_does_not_exist_is_refused_in_danish(qtbot: QtBot, typed: str) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.setText(typed)
    with pytest.raises(ValidationError) as refused:
        field.value("Startdato")
    message = refused.value.message("da")
    assert message.startswith(f"Startdato: '{typed}' er ikke en gyldig dato.")
    assert "dd-mm-åååå" in message


def test_empty_is_no_date_unless_the_field_is_required(qtbot: QtBot) -> None:
    optional, required = DateField(), DateField(required=True)
    qtbot.addWidget(optional)
    qtbot.addWidget(required)
    assert optional.value("Faktisk dato") is None
    with pytest.raises(ValidationError) as refused:
        required.value("Startdato")
    assert refused.value.message("da") == "Startdato skal udfyldes."


def test_a_typed_date_is_tidied_when_the_user_leaves_the_field(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    field = DateField(parent)
    finished: list[str] = []
    field.editingFinished.connect(lambda: finished.append(field.text()))
    parent.show()
    qtbot.waitExposed(parent)
    field.setFocus()
    QTest.keyClicks(field, "15-1-2027")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "15-01-2027" and finished == ["15-01-2027"]
    assert field.value("Dato") == date(2027, 1, 15)


def _open_popup(qtbot: QtBot, field: DateField) -> CalendarPopup:
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    return popup


@OFFSCREEN_POPUP
def test_the_calendar_opens_at_the_fields_date_and_enter_chooses(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    field = DateField(parent)
    field.set_value(date(2027, 1, 15))
    finished: list[str] = []
    field.editingFinished.connect(lambda: finished.append(field.text()))
    parent.show()
    qtbot.waitExposed(parent)
    popup = _open_popup(qtbot, field)
    calendar = popup.calendar
    assert calendar.selectedDate() == QDate(2027, 1, 15)
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday

    calendar.setSelectedDate(QDate(2027, 1, 20))
    view = calendar.findChild(QWidget, "qt_calendar_calendarview")
    assert view is not None
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert field.text() == "20-01-2027" and finished[-1] == "20-01-2027"
    assert not popup.isVisible()
    assert field.value("Dato") == date(2027, 1, 20)


@OFFSCREEN_POPUP
def test_esc_closes_the_calendar_and_keeps_the_date(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    field = DateField(parent)
    parent.show()
    qtbot.waitExposed(parent)
    popup = _open_popup(qtbot, field)
    assert popup.calendar.selectedDate() == QDate.currentDate()
    QTest.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible() and field.text() == ""


@OFFSCREEN_POPUP
def test_the_calendar_button_opens_the_calendar(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    field = DateField(parent)
    field.setText("3.2.2025")
    parent.show()
    qtbot.waitExposed(parent)
    field.calendar_action.trigger()
    popup = field.popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate() == QDate(2025, 2, 3)
    assert isinstance(popup.calendar, QCalendarWidget)
    assert popup.pos().y() >= field.mapToGlobal(QPoint(0, 0)).y()
    popup.close()
    assert QApplication.activePopupWidget() is None
