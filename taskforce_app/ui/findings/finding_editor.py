"""The finding editor (fields, requirements, evidence cases, computed figures) and the dialog
that proposes findings from a round's weak requirements."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import Pejlemaerke, SampledCaseStatus, Severity, Track
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.findings import FindingDraft, FindingView
from taskforce_app.domain.review import RoundView
from taskforce_app.ui.findings.finding_labels import (
    evidence_label,
    improvement_label,
    severity_label,
    theme_label,
    track_label,
)
from taskforce_app.ui.findings.finding_models import (
    CheckItem,
    CheckListModel,
    FilterProxy,
    ProposalColumn,
    ProposalTableModel,
)
from taskforce_app.ui.findings.prepared_table import find_data
from taskforce_app.ui.kit.dialog_layout import ok_cancel
from taskforce_app.ui.kit.error_label import error_label, message_label
from taskforce_app.ui.kit.inline_errors import InlineErrors
from taskforce_app.ui.kit.palette_colours import AMBER
from taskforce_app.ui.kit.read_only import ReadOnlyLock


def warning_label() -> QLabel:
    """A hidden, word-wrapped label for a warning that does not stop the action."""
    return message_label(AMBER)


def fixed_minimum(widget: QWidget, width: int, height: int) -> None:
    """A fixed minimum size instead of one that follows the layout (which asks the platform
    to propagate size hints; the offscreen platform cannot)."""
    layout = widget.layout()
    if layout is not None:
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    widget.setMinimumSize(width, height)


def checklist_view(model: CheckListModel, rows: int = 6) -> QListView:
    """A list view over a checklist, about `rows` lines high."""
    view = QListView()
    view.setModel(model)
    view.setUniformItemSizes(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setMinimumHeight(view.fontMetrics().height() * rows + 12)
    return view


class FindingEditor(InlineErrors, QWidget):
    """Edits one finding (or a new one); the page saves what `draft()` returns."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._finding: FindingView | None = None
        self._engagement: uuid.UUID | None = None
        self._loading = False
        self._improvement_note: str | None = None
        self._baseline: FindingDraft | None = None

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.track_combo = QComboBox()
        for track in Track:
            self.track_combo.addItem(track_label(track), track.value)
        self.theme_combo = QComboBox()
        self.theme_combo.setEditable(True)
        self.theme_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for mark in Pejlemaerke:
            self.theme_combo.addItem(theme_label(mark.value), mark.value)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(self.fontMetrics().height() * 4 + 12)
        self.severity_combo = QComboBox()
        for severity in Severity:
            self.severity_combo.addItem(severity_label(severity), severity.value)
        self.round_combo = QComboBox()
        self.criteria_model = CheckListModel(self)
        self.criteria_view = checklist_view(self.criteria_model, 4)
        self.evidence_model = CheckListModel(self)
        self.evidence_view = checklist_view(self.evidence_model, 3)
        self.evidence_figure = QLabel()
        self.evidence_figure.setWordWrap(True)
        self.evidence_figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.improvement = QLabel()
        self.error_label = error_label()
        self.save_button = QPushButton(self.tr("&Save finding"))
        self.save_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.discard_button.clicked.connect(self.reload)

        self.track_combo.currentIndexChanged.connect(self._on_track)
        self.round_combo.currentIndexChanged.connect(self._on_round)
        self.evidence_model.checked_changed.connect(self._update_figure)
        self.criteria_model.checked_changed.connect(self._update_figure)

        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for form, text, widget in (
            (left, self.tr("&Title:"), self.title_edit),
            (left, self.tr("&Track:"), self.track_combo),
            (left, self.tr("T&heme:"), self.theme_combo),
            (left, self.tr("Se&verity:"), self.severity_combo),
            (left, self.tr("&Round:"), self.round_combo),
            (left, self.tr("&Description:"), self.description_edit),
            (left, self.tr("Shown in:"), self.evidence_figure),
            (left, self.tr("Development:"), self.improvement),
            (right, self.tr("Re&quirements:"), self.criteria_view),
            (right, self.tr("&Evidence cases:"), self.evidence_view),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        left_column = QVBoxLayout()
        left_column.addLayout(left)
        left_column.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left_column, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addLayout(columns, 1)
        self.read_only = ReadOnlyLock(self, lambda: self._context.read_only)
        self.load(None, None)

    @property
    def finding(self) -> FindingView | None:
        """The finding edited (None: a new one)."""
        return self._finding

    @property
    def engagement_id(self) -> uuid.UUID | None:
        """The forløb the finding belongs to."""
        return self._engagement

    def set_context(self, context: AppContext) -> None:
        """Use another open database."""
        self._context = context
        self.read_only.apply()
        self.load(None, None)

    def load(self, engagement_id: uuid.UUID | None, finding: FindingView | None) -> None:
        """Show `finding` (None: an empty new finding of `engagement_id`; both None: nothing)."""
        self._finding = finding
        self._improvement_note = None
        self._engagement = finding.engagement_id if finding is not None else engagement_id
        self.error_label.hide()
        self._loading = True
        try:
            rounds = self._context.review.rounds(self._engagement) if self._engagement else []
            self._fill_rounds(rounds)
            draft = finding.draft() if finding is not None else None
            self._show_draft(draft)
        finally:
            self._loading = False
        self._update_figure()
        enabled = self._engagement is not None
        for widget in self._inputs():
            widget.setEnabled(enabled)
        self._baseline = self.draft() if enabled else None
        if finding is not None:
            self.heading.setText(self.tr("Finding: %1").replace("%1", finding.title))
        elif enabled:
            self.heading.setText(self.tr("New finding"))
        else:
            self.heading.setText(
                self.tr("Select a finding, or choose an engagement for a new one.")
            )

    def show_figures(self, finding: FindingView, *, improvement_note: str | None = None) -> None:
        """Take the edited finding's figures computed later; what is typed stays.

        `improvement_note` replaces its development while that is not known (being computed
        in the background, or that failed).
        """
        if self._finding is None or self._finding.id != finding.id:
            return
        self._finding = finding
        self._improvement_note = improvement_note
        self._update_figure()

    def _inputs(self) -> list[QWidget]:
        return [
            self.track_combo,
            self.theme_combo,
            self.title_edit,
            self.description_edit,
            self.severity_combo,
            self.round_combo,
            self.criteria_view,
            self.evidence_view,
            self.save_button,
            self.discard_button,
        ]

    def is_dirty(self) -> bool:
        """True when the form differs from what was loaded (the stored or the empty finding)."""
        return self._baseline is not None and self.draft() != self._baseline

    def mark_saved(self) -> None:
        """What the form holds has been stored: it is no longer unsaved."""
        if self._baseline is not None:
            self._baseline = self.draft()

    def describe(self) -> str:
        """What is edited, for the unsaved-changes question."""
        if self._finding is None:
            return self.tr("the new finding")
        return self.tr("the finding “%1”").replace("%1", self._finding.title)

    def reload(self) -> None:
        """Show the stored finding again (discarding what was typed)."""
        finding = self._finding
        if finding is not None:
            finding = self._context.findings.get(finding.id)
        self.load(self._engagement, finding)

    def draft(self) -> FindingDraft:
        """What the form holds."""
        theme_text = self.theme_combo.currentText().strip()
        found = self.theme_combo.findText(theme_text)
        theme = self.theme_combo.itemData(found) if found >= 0 else theme_text
        stored = self._finding.theme if self._finding is not None else None
        if stored is not None and theme_text == theme_label(stored):
            theme = stored
        round_id = self.round_combo.currentData()
        return FindingDraft(
            track=Track(self.track_combo.currentData()),
            title=self.title_edit.text(),
            severity=Severity(self.severity_combo.currentData()),
            theme=str(theme),
            description=self.description_edit.toPlainText(),
            round_id=round_id if isinstance(round_id, uuid.UUID) else None,
            criterion_ids=self.criteria_model.checked_ids(),
            evidence_ids=self.evidence_model.checked_ids(),
        )

    def show_error(self, error: UserError | str, language: str = "da") -> None:
        """Show a refusal above the form; what was typed stays."""
        self.error_label.setText(error if isinstance(error, str) else error.message(language))
        self.error_label.show()

    def clear_error(self) -> None:
        """Hide the message."""
        self.error_label.hide()

    def _fill_rounds(self, rounds: Sequence[RoundView]) -> None:
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        self.round_combo.addItem(self.tr("— no round —"), None)
        for round_ in rounds:
            self.round_combo.addItem(round_.name, round_.id)
        self.round_combo.blockSignals(False)

    def _show_draft(self, draft: FindingDraft | None) -> None:
        draft = draft or FindingDraft(track=Track.JURIDISK, title="", severity=Severity.SIGNIFICANT)
        self.track_combo.setCurrentIndex(max(self.track_combo.findData(draft.track.value), 0))
        found = self.theme_combo.findData(draft.theme)
        if found >= 0:
            self.theme_combo.setCurrentIndex(found)
        else:
            self.theme_combo.setCurrentIndex(-1)
            self.theme_combo.setEditText(draft.theme)
        self.title_edit.setText(draft.title)
        self.title_edit.setCursorPosition(0)
        self.description_edit.setPlainText(draft.description)
        self.severity_combo.setCurrentIndex(
            max(self.severity_combo.findData(draft.severity.value), 0)
        )
        index = find_data(self.round_combo, draft.round_id) if draft.round_id else 0
        if index < 0 and self.round_combo.count() > 1 and self._finding is None:
            index = self.round_combo.count() - 1
        self.round_combo.setCurrentIndex(max(index, 0))
        self._fill_lists(draft.criterion_ids, draft.evidence_ids)

    def _on_track(self, _index: int) -> None:
        if not self._loading:
            self._fill_lists(self.criteria_model.checked_ids(), self.evidence_model.checked_ids())

    def _on_round(self, _index: int) -> None:
        if not self._loading:
            self._fill_lists(self.criteria_model.checked_ids(), self.evidence_model.checked_ids())

    def _fill_lists(self, criteria: Sequence[uuid.UUID], evidence: Sequence[uuid.UUID]) -> None:
        round_id = self.round_combo.currentData()
        track = Track(self.track_combo.currentData())
        if not isinstance(round_id, uuid.UUID):
            self.criteria_model.set_items([])
            self.evidence_model.set_items([])
            return
        wanted = set(criteria)
        items = [
            CheckItem(c.id, f"{c.code} – {c.provision}: {c.question}", c.question)
            for c in self._context.review.criteria(round_id)
            if c.track is track or c.id in wanted
        ]
        self.criteria_model.set_items(items, [c for c in criteria if c in {i.id for i in items}])
        chosen = set(evidence)
        cases = [
            CheckItem(
                case.id, case.case_ref, " · ".join(filter(None, (case.case_type, case.measure)))
            )
            for case in self._context.review.sampled_cases(round_id)
            if case.status is SampledCaseStatus.ACTIVE or case.id in chosen
        ]
        self.evidence_model.set_items(cases, [e for e in evidence if e in {c.id for c in cases}])

    def _update_figure(self) -> None:
        finding = self._finding
        if finding is None:
            self.evidence_figure.setText(self.tr("computed from the review when saved"))
            self.improvement.clear()
            return
        text = (
            evidence_label(finding.shown_in, finding.assessed_in)
            if finding.assessed_in
            else self.tr("not assessed")
        )
        if self.draft() != finding.draft():
            text += " " + self.tr("(as saved; updated when you save)")
        self.evidence_figure.setText(text)
        points = finding.improvement.points if finding.improvement is not None else None
        if self._improvement_note is not None:
            self.improvement.setText(self._improvement_note)
            return
        self.improvement.setText(
            self.tr("after the status measurement: %1").replace("%1", improvement_label(points))
            if points is not None
            else self.tr("no status measurement yet")
        )


class ProposeFindingsDialog(InlineErrors, QDialog):
    """Pick a round and a threshold, see the proposed findings with their figures, tick some."""

    def __init__(
        self,
        context: AppContext,
        rounds: Sequence[tuple[str, RoundView]],
        parent: QWidget | None = None,
        *,
        language: str = "da",
        round_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Propose findings"))
        self._context, self._language = context, language
        self._engagements = {round_.id: round_.engagement_id for _label, round_ in rounds}
        self.round_combo = QComboBox()
        for caption, round_ in rounds:
            self.round_combo.addItem(caption, round_.id)
        if round_id is not None:
            self.round_combo.setCurrentIndex(max(find_data(self.round_combo, round_id), 0))
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setRange(1, 100)
        self.threshold_spin.setValue(75)
        self.threshold_spin.setSuffix(" %")
        self.threshold_spin.setToolTip(
            self.tr("Propose a finding for each requirement met in fewer cases than this")
        )
        self.show_button = QPushButton(self.tr("&Show proposals"))
        self.show_button.clicked.connect(self.load)
        self.model = ProposalTableModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ProposalColumn.SEVERITY, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            ProposalColumn.TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.count_label = QLabel()
        self.error_label = error_label()
        self.buttons = ok_cancel(self)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create ticked findings"))
        self.model.checked_changed.connect(self._update_count)
        self.round_combo.currentIndexChanged.connect(lambda _i: self.model.set_proposals([]))
        self.threshold_spin.valueChanged.connect(lambda _v: self.model.set_proposals([]))

        top = QHBoxLayout()
        for text, widget in (
            (self.tr("&Round:"), self.round_combo),
            (self.tr("&Threshold:"), self.threshold_spin),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget, 1 if widget is self.round_combo else 0)
        top.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        fixed_minimum(self, 640, 360)
        self.resize(1000, 520)
        self._update_count()

    @property
    def engagement_id(self) -> uuid.UUID | None:
        """The forløb of the chosen round."""
        round_id = self.round_combo.currentData()
        return self._engagements.get(round_id) if isinstance(round_id, uuid.UUID) else None

    def load(self) -> None:
        """Ask the service for proposals for the chosen round and threshold."""
        self.error_label.hide()
        round_id = self.round_combo.currentData()
        engagement_id = self.engagement_id
        if not isinstance(round_id, uuid.UUID) or engagement_id is None:
            return
        try:
            drafts = self._context.findings.propose(round_id, self.threshold_spin.value() / 100)
        except UserError as error:
            self._show_error(error)
            return
        recorded = [
            (finding.round_id, criterion.id)
            for finding in self._context.findings.findings(engagement_id)
            if finding.round_id is not None
            for criterion in finding.criteria
        ]
        self.model.set_proposals(drafts, recorded)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.resizeSection(
            ProposalColumn.FIGURE, min(header.sectionSize(ProposalColumn.FIGURE), 340)
        )
        header.setSectionResizeMode(ProposalColumn.TITLE, QHeaderView.ResizeMode.Stretch)

    def proposals(self) -> list[FindingDraft]:
        """Every proposal shown, in the service's order."""
        return self.model.drafts()

    def tick(self, number: int, checked: bool = True) -> None:
        """Tick (or untick) the proposal `number` in the service's order."""
        self.model.set_checked(number, checked)

    def chosen(self) -> list[FindingDraft]:
        """The ticked proposals."""
        return self.model.checked()

    def _update_count(self) -> None:
        total, ticked = self.model.rowCount(), len(self.model.checked())
        if not total:
            self.count_label.setText(
                self.tr("Choose a round and a threshold, then show proposals.")
            )
        else:
            self.count_label.setText(
                self.tr("%1 proposals, %2 ticked")
                .replace("%1", str(total))
                .replace("%2", str(ticked))
            )
        self.create_button.setEnabled(ticked > 0)
