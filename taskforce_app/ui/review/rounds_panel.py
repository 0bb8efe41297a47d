"""The review rounds of one forløb: the table, new round, sample, replacement, criteria set,
and the sampling record of the selected round (how its sample can be drawn again)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from PySide6.QtCore import QItemSelection, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.criteria import CriteriaSetSpec
from taskforce_app.domain.enums import RoundKind, SamplingMethod, Track
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.review import RoundView
from taskforce_app.ui.kit.date_field import DateField
from taskforce_app.ui.kit.dialog_layout import ok_cancel, stack
from taskforce_app.ui.kit.error_label import error_label
from taskforce_app.ui.kit.inline_errors import CommandErrors
from taskforce_app.ui.kit.labels import date_text
from taskforce_app.ui.kit.modal import DialogRunner, exec_dialog
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.read_only import ReadOnlyLock
from taskforce_app.ui.kit.undo import ServiceCommand, UndoController
from taskforce_app.ui.review.review_commands import SetCutOffCommand
from taskforce_app.ui.review.round_models import RoundTableModel, kind_label, method_label
from taskforce_app.ui.review.sampling_dialog import SamplingDialog

FINGERPRINT_SHOWN = 16
REFRESHING = frozenset({Entity.REVIEW, Entity.CASE, Entity.ENGAGEMENT})


def legal_sets(context: AppContext) -> list[CriteriaSetSpec]:
    """The juridisk criteria sets shipped with the program, newest version per key."""
    newest: dict[str, CriteriaSetSpec] = {}
    for spec in context.review.criteria_sets():
        if spec.track is Track.JURIDISK and (
            spec.key not in newest or spec.version > newest[spec.key].version
        ):
            newest[spec.key] = spec
    return sorted(newest.values(), key=lambda spec: spec.name)


class NewRoundDialog(QDialog):
    """Kind and name of a new round; optionally the setup copied from an earlier round."""

    def __init__(self, rounds: list[RoundView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New review round"))
        self.kind_combo = QComboBox()
        for kind in RoundKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Empty: the kind's name"))
        self.copy_check = QCheckBox()
        self.copy_combo = QComboBox()
        for view in reversed(rounds):
            self.copy_combo.addItem(view.name, str(view.id))
        if rounds:
            self.copy_check.setText(
                self.tr("Copy the setup from “%1”").replace("%1", rounds[-1].name)
            )
            self.copy_check.setToolTip(
                self.tr("Criteria sets, sampling method and size; no cases and no answers.")
            )
            self.copy_combo.currentTextChanged.connect(
                lambda name: self.copy_check.setText(
                    self.tr("Copy the setup from “%1”").replace("%1", name)
                )
            )
            self.copy_check.toggled.connect(self.copy_combo.setEnabled)
            self.copy_combo.setEnabled(False)
        else:
            self.copy_check.setText(self.tr("Copy the setup from an earlier round"))
            self.copy_check.setEnabled(False)
            self.copy_combo.setEnabled(False)
        if len(rounds) > 0 and rounds[-1].kind is RoundKind.ANALYSE:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(RoundKind.STATUSMAALING))
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.copy_check)
        form.addRow(self.tr("&From round:"), self.copy_combo)
        stack(self, form, ok_cancel(self))

    @property
    def kind(self) -> RoundKind:
        """The chosen kind."""
        return RoundKind(self.kind_combo.currentData())

    def set_kind(self, kind: RoundKind) -> None:
        """Choose a kind."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))

    @property
    def copy_from(self) -> uuid.UUID | None:
        """The round whose setup is copied, or None."""
        if not self.copy_check.isChecked():
            return None
        value = self.copy_combo.currentData()
        return uuid.UUID(value) if isinstance(value, str) else None


class LegalSetDialog(QDialog):
    """Choose the juridisk criteria set of a round by hand."""

    def __init__(
        self, specs: list[CriteriaSetSpec], current: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change criteria set"))
        explanation = QLabel(
            self.tr(
                "The set is chosen from the cases' decision dates. Choose another one only "
                "when the dates mislead, e.g. when most decisions were made under the old law."
            )
        )
        explanation.setWordWrap(True)
        self.combo = QComboBox()
        for spec in specs:
            period = " – ".join(
                (date_text(spec.valid_from) or "…", date_text(spec.valid_to) or "…")
            )
            self.combo.addItem(f"{spec.name} (v{spec.version}, {period})", spec.key)
            if spec.name == current:
                self.combo.setCurrentIndex(self.combo.count() - 1)
        stack(self, explanation, self.combo, ok_cancel(self))

    @property
    def key(self) -> str:
        """The chosen set's key."""
        return str(self.combo.currentData())

    def set_key(self, key: str) -> None:
        """Choose a set by key."""
        self.combo.setCurrentIndex(self.combo.findData(key))


class ReasonDialog(QDialog):
    """Ask why a drawn case is replaced (kept with the sample)."""

    def __init__(self, case_ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Replace case"))
        text = QLabel(
            self.tr(
                "Case %1 is replaced by the next case of the seeded draw. Why? (e.g. the file "
                "cannot be found, the case is outside the scope). Never write CPR numbers or "
                "names."
            ).replace("%1", case_ref)
        )
        text.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(80)
        stack(self, text, self.reason_edit, ok_cancel(self))
        self.resize(460, 220)

    @property
    def reason(self) -> str:
        """The typed reason."""
        return self.reason_edit.toPlainText().strip()


class LegalSetCommand(ServiceCommand):
    """The juridisk criteria set of a round chosen by hand; undo puts the previous set back."""

    def __init__(self, text: str, context: AppContext, round_id: uuid.UUID, key: str) -> None:
        super().__init__(text, context)
        self._round, self._key = round_id, key

    def perform(self) -> Changes:
        """Set the chosen set."""
        return self._context.review.set_legal_set(self._round, self._key)


class RoundsPanel(CommandErrors, QWidget):
    """The rounds table, its actions, and the sampling record of the selected round."""

    round_selected = Signal(object)
    """The selected round's `uuid.UUID`, or None."""

    def __init__(
        self,
        context: AppContext,
        prompts: Prompts,
        undo: UndoController,
        parent: QWidget | None = None,
        *,
        language: str = "da",
    ) -> None:
        super().__init__(parent)
        self._context, self._prompts, self._undo = context, prompts, undo
        self._language = language
        self._engagement: uuid.UUID | None = None
        self._round_id: uuid.UUID | None = None
        self._case: tuple[uuid.UUID, str] | None = None
        self.run_dialog: DialogRunner = exec_dialog

        self.model = RoundTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.new_button = QPushButton(self.tr("New round…"))
        self.new_button.clicked.connect(self.new_round)
        self.sample_button = QPushButton(self.tr("Draw sample…"))
        self.sample_button.clicked.connect(self.draw_sample)
        self.replace_button = QPushButton(self.tr("Replace case…"))
        self.replace_button.setToolTip(self.tr("Replace the case selected in the sample below"))
        self.replace_button.clicked.connect(self._replace_selected)
        self.criteria_button = QPushButton(self.tr("Change criteria set…"))
        self.criteria_button.clicked.connect(self.change_criteria_set)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.new_button,
            self.sample_button,
            self.replace_button,
            self.criteria_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.cut_off_edit = DateField()
        self.cut_off_edit.setToolTip(
            self.tr(
                "The date the review looks at: follow-ups and supervision visits are counted "
                "up to it. Empty: today."
            )
        )
        self.cut_off_edit.editingFinished.connect(self.save_cut_off)
        cut_off_label = QLabel(self.tr("C&ut-off date of the selected round:"))
        cut_off_label.setBuddy(self.cut_off_edit)
        cut_off_row = QHBoxLayout()
        cut_off_row.setContentsMargins(0, 0, 0, 0)
        cut_off_row.addWidget(cut_off_label)
        cut_off_row.addWidget(self.cut_off_edit)
        cut_off_row.addStretch(1)
        self.error_label = error_label()

        self.record_box = QGroupBox(self.tr("Sampling record"))
        self.method_value = self._value_label()
        self.parameters_value = self._value_label()
        self.seed_value = self._value_label()
        self.population_value = self._value_label()
        self.fingerprint_value = self._value_label()
        self.sampled_value = self._value_label()
        record = QFormLayout(self.record_box)
        record.addRow(self.tr("Method:"), self.method_value)
        record.addRow(self.tr("Parameters:"), self.parameters_value)
        record.addRow(self.tr("Seed:"), self.seed_value)
        record.addRow(self.tr("Case list:"), self.population_value)
        record.addRow(self.tr("Fingerprint:"), self.fingerprint_value)
        record.addRow(self.tr("Drawn:"), self.sampled_value)
        self.record_box.setMinimumWidth(320)
        self.record_box.setMaximumWidth(420)

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(buttons)
        left.addLayout(cut_off_row)
        left.addWidget(self.error_label)
        left.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(self.record_box)
        self.read_only = ReadOnlyLock(self, lambda: self._context.read_only)
        self._update_actions()
        self._show_record(None)

    @staticmethod
    def _value_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- what is shown -----------------------------------------------------------------------

    @property
    def engagement_id(self) -> uuid.UUID | None:
        """The forløb whose rounds are shown."""
        return self._engagement

    def set_context(self, context: AppContext) -> None:
        """Use another open database."""
        self._context = context
        self.read_only.apply()
        self.set_engagement(None)

    def set_engagement(self, engagement_id: uuid.UUID | None) -> None:
        """Show the rounds of `engagement_id` (None: nothing); the newest round is selected."""
        if engagement_id != self._engagement:
            self._engagement = engagement_id
            self._round_id = None
            self.error_label.hide()
        self.refresh()

    def apply_changes(self, changes: Changes) -> None:
        """Reload when rounds, cases or forløb changed."""
        if changes.entities & REFRESHING:
            self.refresh()

    def refresh(self) -> None:
        """Read the rounds again, keeping the selection."""
        rounds: list[RoundView] = []
        if self._engagement is not None:
            try:
                rounds = self._context.review.rounds(self._engagement)
            except UserError as error:
                self._show_error(error)
        wanted = self._round_id
        self.model.set_rows(rounds)
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is None and rounds:
            row = len(rounds) - 1
        if row is None:
            self.table.clearSelection()
            self._select(None)
        else:
            self.table.selectRow(row)
            self._select(self.model.round_id_at(row))
        self._show_record(self.selected_round())
        self._update_actions()

    def rounds(self) -> list[RoundView]:
        """The rounds shown."""
        return self.model.records()

    def selected_round(self) -> RoundView | None:
        """The selected round's read model."""
        if self._round_id is None:
            return None
        row = self.model.row_of(self._round_id)
        return None if row is None else self.model.record_at(row)

    def select_round(self, round_id: uuid.UUID) -> None:
        """Select a round by id."""
        row = self.model.row_of(round_id)
        if row is not None:
            self.table.selectRow(row)

    def set_selected_case(self, sampled_case_id: uuid.UUID | None, case_ref: str = "") -> None:
        """The sampled case selected on the page ("Replace case…" acts on it)."""
        self._case = None if sampled_case_id is None else (sampled_case_id, case_ref)
        self._update_actions()

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {index.row() for index in selected.indexes()}
        if rows:
            self._select(self.model.round_id_at(min(rows)))
            self._show_record(self.selected_round())
            self._update_actions()

    def _select(self, round_id: uuid.UUID | None) -> None:
        if round_id != self._round_id:
            self._round_id = round_id
            self._case = None
            self.round_selected.emit(round_id)

    def _update_actions(self) -> None:
        view = self.selected_round()
        unlocked = view is not None and not view.locked
        self.new_button.setEnabled(self._engagement is not None)
        self.sample_button.setEnabled(unlocked)
        self.criteria_button.setEnabled(unlocked)
        self.cut_off_edit.setEnabled(unlocked)
        if not self.cut_off_edit.hasFocus() or view is None:
            self.cut_off_edit.set_value(None if view is None else view.cut_off_on)
        self.replace_button.setEnabled(
            unlocked and view is not None and view.sampling_method is not None and bool(self._case)
        )

    def _show_record(self, view: RoundView | None) -> None:
        if view is None or view.sampling_method is None:
            empty = "–"
            self.method_value.setText(
                self.tr("No sample drawn yet.") if view is not None else empty
            )
            for label in (
                self.parameters_value,
                self.seed_value,
                self.population_value,
                self.fingerprint_value,
                self.sampled_value,
            ):
                label.setText(empty)
                label.setToolTip("")
            return
        self.method_value.setText(method_label(view.sampling_method))
        self.parameters_value.setText(self.parameters_text(view))
        self.seed_value.setText(view.seed)
        self.population_value.setText(
            self.tr("%1 cases").replace("%1", self._number(view.population_size))
        )
        fingerprint = view.population_fingerprint
        shown = fingerprint[:FINGERPRINT_SHOWN] + ("…" if len(fingerprint) > 16 else "")
        self.fingerprint_value.setText(shown)
        self.fingerprint_value.setToolTip(
            self.tr("SHA-256 of the case list the sample was drawn from:\n%1").replace(
                "%1", fingerprint
            )
        )
        when = _local_time_text(view.sampled_at)
        self.sampled_value.setText(
            ", ".join(part for part in (view.sampled_by, when) if part) or "–"
        )

    def parameters_text(self, view: RoundView) -> str:
        """The draw's parameters in words: size; interval and start; allocation per stratum."""
        parameters = view.sampling_parameters
        size = parameters.get("size", view.sampled_cases)
        lines = [
            self.tr("%1 cases asked for, %2 drawn")
            .replace("%1", str(parameters.get("requested_size", view.sample_size)))
            .replace("%2", str(size))
        ]
        if parameters.get("takes_all"):
            lines.append(self.tr("the whole case list"))
        if view.sampling_method is not None and view.sampling_method.is_systematic:
            interval = parameters.get("interval")
            start = parameters.get("start")
            if isinstance(interval, int | float) and isinstance(start, int | float):
                lines.append(
                    self.tr("interval %1, start %2")
                    .replace("%1", self._decimal(float(interval)))
                    .replace("%2", self._decimal(float(start)))
                )
        if view.sampling_method is SamplingMethod.STRATIFIED:
            allocation = parameters.get("allocation")
            field = parameters.get("stratify_by")
            by = self.tr("by measure") if field == "measure" else self.tr("by case type")
            lines.append(
                self.tr("%1, at least %2 per stratum")
                .replace("%1", by)
                .replace("%2", str(parameters.get("minimum_per_stratum", "")))
            )
            if isinstance(allocation, dict):
                lines.extend(
                    f"  {name or self.tr('(blank)')}: {count}"
                    for name, count in sorted(allocation.items())
                )
        return "\n".join(lines)

    def _locale(self) -> QLocale:
        return QLocale(
            QLocale.Language.Danish if self._language == "da" else QLocale.Language.English,
            QLocale.Country.Denmark if self._language == "da" else QLocale.Country.UnitedKingdom,
        )

    def _number(self, value: int) -> str:
        return self._locale().toString(value)

    def _decimal(self, value: float) -> str:
        return self._locale().toString(value, "f", 2)

    # -- actions -----------------------------------------------------------------------------

    def new_round(self) -> RoundView | None:
        """Ask for kind, name and a setup to copy, then create the round (not undoable)."""
        if self._engagement is None:
            return None
        dialog = NewRoundDialog(self.rounds(), self)
        if not self.run_dialog(dialog):
            return None
        try:
            view, changes = self._context.review.create_round(
                self._engagement,
                dialog.kind,
                dialog.name_edit.text(),
                copy_from=dialog.copy_from,
            )
        except UserError as error:
            self._show_error(error)
            return None
        self.error_label.hide()
        self._undo.publish(changes)
        if self.model.row_of(view.id) is None:
            self.refresh()
        self.select_round(view.id)
        return view

    def save_cut_off(self) -> bool:
        """Store the typed cut-off date of the selected round (undoable); True when stored."""
        view = self.selected_round()
        if view is None or view.locked:
            return False
        try:
            cut_off: date | None = self.cut_off_edit.value(self.tr("Cut-off date"))
        except UserError as error:
            self._show_error(error)
            return False
        if cut_off == view.cut_off_on:
            return False
        command = SetCutOffCommand(
            self.tr("cut-off date of %1").replace("%1", view.name),
            self._context,
            view.id,
            cut_off,
        )
        return self._perform(command)

    def make_sampling_dialog(self, view: RoundView) -> SamplingDialog:
        """The sampling dialog of `view` (tests drive it directly)."""
        return SamplingDialog(self._context, view, self._prompts, self, language=self._language)

    def draw_sample(self) -> bool:
        """Open the sampling dialog for the selected round; True when a sample was stored."""
        view = self.selected_round()
        if view is None:
            return False
        dialog = self.make_sampling_dialog(view)
        self.run_dialog(dialog)
        if dialog.changes is None:
            return False
        self._undo.publish(dialog.changes)
        return True

    def _replace_selected(self) -> None:
        if self._case is not None:
            self.replace_case(self._case[0], self._case[1])

    def replace_case(self, sampled_case_id: uuid.UUID, case_ref: str = "") -> str | None:
        """Ask for a reason and replace the sampled case; the new case's reference, or None."""
        dialog = ReasonDialog(case_ref or "?", self)
        if not self.run_dialog(dialog):
            return None
        try:
            new_ref, changes = self._context.sampling.replace(sampled_case_id, dialog.reason)
        except UserError as error:
            self._prompts.error(self.tr("Replace case"), error.message(self._language))
            return None
        self._undo.publish(changes)
        return new_ref

    def change_criteria_set(self) -> bool:
        """Choose the juridisk set of the selected round by hand (undoable)."""
        view = self.selected_round()
        if view is None:
            return False
        specs = legal_sets(self._context)
        dialog = LegalSetDialog(specs, view.legal_set_name, self)
        if not self.run_dialog(dialog):
            return False
        previous = next((spec.key for spec in specs if spec.name == view.legal_set_name), None)
        if previous == dialog.key:
            return False
        command = LegalSetCommand(
            self.tr("change of criteria set"), self._context, view.id, dialog.key
        )
        return self._perform(command)


def _local_time_text(moment: datetime | None) -> str:
    if moment is None:
        return ""
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
    return f"{date_text(local.date())} {local:%H:%M}"
