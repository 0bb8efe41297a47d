"""The key dates of a sampled case (the deadline suggestions are computed from them)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from taskforce_app.domain.deadline_rules import danish_local_time
from taskforce_app.domain.errors import ValidationError
from taskforce_app.domain.review import DECISION_BASIS_LENGTH, KeyDates
from taskforce_app.ui.kit.date_field import DateField, parse_date, parse_field_date
from taskforce_app.ui.kit.labels import date_text
from taskforce_app.ui.kit.palette_colours import RED, set_text_colour, status_text

_TIME = re.compile(r"^(\d{1,2})[:.]?(\d{2})$")
_SEPARATORS = re.compile(r"[,;\s]+")

DECISION_BASES = ("§ 32", "§ 46", "§ 47", "§ 52", "§ 58")
"""The legal bases offered for a decision (Barnets lov §§ 32/46/47, Serviceloven §§ 52/58)."""

FIELDS_PER_ROW = 3


def local_to_utc(moment: datetime) -> datetime:
    """Danish wall-clock time (naive) as an aware UTC datetime.

    In the autumn hour that occurs twice the earlier (summer time) reading is taken; a time in
    the spring gap is read as winter time.
    """
    for offset in (2, 1):
        candidate = (moment - timedelta(hours=offset)).replace(tzinfo=UTC)
        if danish_local_time(candidate) == moment:
            return candidate
    return (moment - timedelta(hours=1)).replace(tzinfo=UTC)


def parse_time(text: str, field_name: str) -> time | None:
    """A time typed as tt:mm (also tt.mm or ttmm); None if empty, else `ValidationError`."""
    text = text.strip()
    if not text:
        return None
    match = _TIME.match(text)
    if match is not None:
        hours, minutes = int(match.group(1)), int(match.group(2))
        if hours < 24 and minutes < 60:
            return time(hours, minutes)
    raise ValidationError("date.invalid", field=field_name, value=text)


def parse_dates(text: str, field_name: str) -> tuple[date, ...]:
    """Dates separated by commas, semicolons or spaces; `ValidationError` names the bad one."""
    found: list[date] = []
    for part in _SEPARATORS.split(text.strip()):
        if not part:
            continue
        try:
            day = parse_date(part)
        except ValueError:
            raise ValidationError("date.invalid", field=field_name, value=part) from None
        if day is not None:
            found.append(day)
    return tuple(sorted(set(found)))


class MomentField(QWidget):
    """A date and a time of day (Danish local time)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = DateField()
        self.time_edit = QLineEdit()
        self.time_edit.setPlaceholderText(self.tr("hh:mm"))
        self.time_edit.setMaxLength(5)
        self.time_edit.setFixedWidth(self.time_edit.fontMetrics().horizontalAdvance("00:000") + 16)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.time_edit)

    def value(self, field_name: str) -> datetime | None:
        """The moment as aware UTC, None when the date is empty (the time defaults to 00:00)."""
        day = parse_field_date(self.date_edit.text(), field_name)
        clock = parse_time(self.time_edit.text(), field_name)
        if day is None:
            if clock is not None:
                raise ValidationError("value.required", field=field_name)
            return None
        return local_to_utc(datetime.combine(day, clock or time(0, 0)))

    def set_value(self, value: datetime | None) -> None:
        """Show `value` in Danish local time."""
        if value is None:
            self.date_edit.clear()
            self.time_edit.clear()
            return
        local = danish_local_time(value)
        self.date_edit.set_value(local.date())
        self.time_edit.setText(local.strftime("%H:%M"))


class KeyDatesPanel(QGroupBox):
    """Edits one case's key dates; `submitted` carries the parsed `KeyDates`.

    Enter in any field submits. A typing error is shown in the panel and nothing is submitted.
    """

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, language: str = "da") -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Key dates"))
        self._language = language
        self.received = MomentField()
        self.aware = DateField()
        self.aware.setToolTip(self.tr("When the municipality became aware, if before the receipt"))
        self.receipt = DateField()
        self.assessed = MomentField()
        self.investigation_started = DateField()
        self.investigation_completed = DateField()
        self.decision = DateField()
        self.basis = QComboBox()
        self.basis.setEditable(True)
        self.basis.addItems(["", *DECISION_BASES])
        self.basis.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.basis.setMinimumContentsLength(8)
        basis_edit = self.basis.lineEdit()
        assert basis_edit is not None
        basis_edit.setPlaceholderText(self.tr("§ …"))
        basis_edit.setMaxLength(DECISION_BASIS_LENGTH)
        self.basis_edit = basis_edit
        self.plan = DateField()
        self.measure_started = DateField()
        self.measure_ended = DateField()
        self.follow_ups = QLineEdit()
        self.follow_ups.setPlaceholderText(self.tr("dd-mm-yyyy, dd-mm-yyyy, …"))
        self.visits = QLineEdit()
        self.visits.setPlaceholderText(self.tr("dd-mm-yyyy, dd-mm-yyyy, …"))
        self.save_button = QPushButton(self.tr("Save dates"))
        self.save_button.setToolTip(self.tr("Enter in any date field saves too"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        # Three fields a row, each under its label: every label and date shows whole beside the
        # sample in the review screen's top band at 1280×800.
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(1)
        cells: list[tuple[str, QWidget]] = [
            (self.tr("Notification received:"), self.received),
            (self.tr("Aware:"), self.aware),
            (self.tr("Receipt sent:"), self.receipt),
            (self.tr("Notification assessed:"), self.assessed),
            (self.tr("Investigation started:"), self.investigation_started),
            (self.tr("Investigation completed:"), self.investigation_completed),
            (self.tr("Decision:"), self.decision),
            (self.tr("Legal basis:"), self.basis),
            (self.tr("Plan:"), self.plan),
            (self.tr("Measure started:"), self.measure_started),
            (self.tr("Measure ended:"), self.measure_ended),
        ]
        for number, (text, field) in enumerate(cells):
            row, column = divmod(number, FIELDS_PER_ROW)
            self._add_field(grid, text, field, 2 * row, column)
        last_row, last_column = divmod(len(cells), FIELDS_PER_ROW)
        grid.addWidget(self.save_button, 2 * last_row + 1, last_column)
        lists_row = 2 * (last_row + 1)
        wide = FIELDS_PER_ROW - 1
        self._add_field(grid, self.tr("Follow-ups:"), self.follow_ups, lists_row, 0, wide)
        self._add_field(grid, self.tr("Supervision visits:"), self.visits, lists_row, wide)
        grid.addWidget(self.error_label, lists_row + 2, 0, 1, FIELDS_PER_ROW)
        for column in range(FIELDS_PER_ROW):
            grid.setColumnStretch(column, 1)
        self.error_label.setContentsMargins(0, 4, 0, 0)
        self._apply_colours()

        for edit in self.line_edits():
            edit.returnPressed.connect(self.submit)
        self.save_button.clicked.connect(self.submit)

    @staticmethod
    def _add_field(
        grid: QGridLayout, text: str, field: QWidget, row: int, column: int, span: int = 1
    ) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        grid.addWidget(label, row, column, 1, span, Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(field, row + 1, column, 1, span)
        grid.setRowMinimumHeight(row, label.sizeHint().height() + 4)

    def _apply_colours(self) -> None:
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        set_text_colour(self.error_label, status_text(RED, window, text))

    def changeEvent(self, event: QEvent) -> None:
        """Take the error colour from the new palette when it changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colours()

    def line_edits(self) -> list[QLineEdit]:
        """Every text field of the panel."""
        return [
            self.received.date_edit,
            self.received.time_edit,
            self.aware,
            self.receipt,
            self.assessed.date_edit,
            self.assessed.time_edit,
            self.investigation_started,
            self.investigation_completed,
            self.decision,
            self.basis_edit,
            self.plan,
            self.measure_started,
            self.measure_ended,
            self.follow_ups,
            self.visits,
        ]

    def set_read_only(self, read_only: bool) -> None:
        """Lock the fields (a signed-off round)."""
        for edit in self.line_edits():
            edit.setReadOnly(read_only)
        self.basis.setEnabled(not read_only)
        self.save_button.setEnabled(not read_only)

    def set_dates(self, dates: KeyDates | None) -> None:
        """Show a case's dates (None: empty)."""
        dates = dates or KeyDates()
        self.received.set_value(dates.notification_received_at)
        self.assessed.set_value(dates.notification_assessed_at)
        self.investigation_started.set_value(dates.investigation_started_on)
        self.investigation_completed.set_value(dates.investigation_completed_on)
        self.decision.set_value(dates.decision_on)
        self.measure_started.set_value(dates.measure_started_on)
        self.follow_ups.setText(", ".join(date_text(day) for day in dates.follow_up_dates))
        self.aware.set_value(dates.notification_aware_on)
        self.receipt.set_value(dates.receipt_confirmed_on)
        self.basis.setCurrentText(dates.decision_basis)
        self.plan.set_value(dates.plan_on)
        self.measure_ended.set_value(dates.measure_ended_on)
        self.visits.setText(", ".join(date_text(day) for day in dates.supervision_visits))
        self.show_error("")

    def dates(self) -> KeyDates:
        """The typed dates, or `ValidationError` naming the field."""
        return KeyDates(
            notification_received_at=self.received.value("Underretning modtaget"),
            notification_assessed_at=self.assessed.value("Underretning vurderet"),
            investigation_started_on=self.investigation_started.value("BFU påbegyndt"),
            investigation_completed_on=self.investigation_completed.value("BFU afsluttet"),
            decision_on=self.decision.value("Afgørelse"),
            measure_started_on=self.measure_started.value("Indsats iværksat"),
            follow_up_dates=parse_dates(self.follow_ups.text(), "Opfølgninger"),
            notification_aware_on=self.aware.value("Kommunen blev opmærksom"),
            receipt_confirmed_on=self.receipt.value("Kvittering sendt"),
            decision_basis=" ".join(self.basis.currentText().split()),
            measure_ended_on=self.measure_ended.value("Indsats ophørt"),
            plan_on=self.plan.value("Handleplan/barnets plan"),
            supervision_visits=parse_dates(self.visits.text(), "Tilsynsbesøg"),
        )

    def show_error(self, text: str) -> None:
        """Show (or clear) a message under the fields."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def submit(self) -> None:
        """Parse the fields and emit `submitted`, or show why not."""
        if self.save_button.isEnabled() is False:
            return
        try:
            dates = self.dates()
        except ValidationError as error:
            self.show_error(error.message(self._language))
            return
        self.show_error("")
        self.submitted.emit(dates)
