"""Draw a round's sample: choose method, size and seed, preview the draw, then store it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes
from taskforce_app.domain.enums import SamplingMethod
from taskforce_app.domain.errors import Notice, UserError
from taskforce_app.domain.review import RoundView
from taskforce_app.domain.sampling import (
    DEFAULT_MINIMUM_PER_STRATUM,
    DEFAULT_SAMPLE_SIZE,
    SEED_MAX_LENGTH,
    SampleDraw,
    SampleRequest,
    generate_seed,
)
from taskforce_app.ui.kit.error_label import error_label
from taskforce_app.ui.kit.inline_errors import InlineErrors
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.review.round_models import (
    DrawnCaseTableModel,
    StratumTableModel,
    method_label,
    strata_field_label,
)

MAX_SAMPLE_SIZE = 10_000
STRATA_FIELDS = ("case_type", "measure")


def _table(model: DrawnCaseTableModel | StratumTableModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class SamplingDialog(InlineErrors, QDialog):
    """Method, size, seed and strata of a round's sample; "Preview" stores nothing."""

    stored = Signal(object)
    """The sample was stored: the `Changes` to publish."""

    def __init__(
        self,
        context: AppContext,
        round_view: RoundView,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        language: str = "da",
    ) -> None:
        super().__init__(parent)
        self._context, self._round, self._prompts = context, round_view, prompts
        self._language = language
        self.last_draw: SampleDraw | None = None
        self.changes: Changes | None = None
        self.setWindowTitle(self.tr("Draw sample – %1").replace("%1", round_view.name))

        population = context.sampling.population_size(round_view.id)
        self.population_label = QLabel(
            self.tr("The case list of this engagement has %1 cases.").replace("%1", str(population))
        )
        self.population_label.setWordWrap(True)

        self.method_combo = QComboBox()
        for method in SamplingMethod:
            if method.for_new_draw is method:
                self.method_combo.addItem(method_label(method), method.value)
        self.size_spin = QSpinBox()
        self.size_spin.setRange(1, MAX_SAMPLE_SIZE)
        self.seed_edit = QLineEdit()
        self.seed_edit.setMaxLength(SEED_MAX_LENGTH)
        self.seed_edit.setToolTip(
            self.tr("The same seed and case list always give the same sample.")
        )
        self.generate_button = QPushButton(self.tr("&Generate"))
        self.generate_button.clicked.connect(self.generate_seed)
        self.strata_combo = QComboBox()
        for field in STRATA_FIELDS:
            self.strata_combo.addItem(strata_field_label(field), field)
        self.minimum_spin = QSpinBox()
        self.minimum_spin.setRange(0, MAX_SAMPLE_SIZE)
        self._load_settings(round_view)

        seed_row = QHBoxLayout()
        seed_row.setContentsMargins(0, 0, 0, 0)
        seed_row.addWidget(self.seed_edit, 1)
        seed_row.addWidget(self.generate_button)
        form = QFormLayout()
        form.addRow(self.tr("&Method:"), self.method_combo)
        form.addRow(self.tr("Sample &size:"), self.size_spin)
        seed_label = QLabel(self.tr("S&eed:"))
        seed_label.setBuddy(self.seed_edit)
        form.addRow(seed_label, seed_row)
        form.addRow(self.tr("Stratify &by:"), self.strata_combo)
        form.addRow(self.tr("Mi&nimum per stratum:"), self.minimum_spin)

        self.preview_button = QPushButton(self.tr("&Preview draw"))
        self.preview_button.clicked.connect(self.preview)
        self.store_button = QPushButton(self.tr("&Store sample"))
        self.store_button.clicked.connect(self.store)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.store_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        self.error_label = error_label()
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        self.summary_label = QLabel(
            self.tr("Preview the draw to see the cases; nothing is stored until you store it.")
        )
        self.summary_label.setWordWrap(True)
        self.drawn_model = DrawnCaseTableModel(self)
        self.drawn_table = _table(self.drawn_model)
        self.strata_model = StratumTableModel(self)
        self.strata_table = _table(self.strata_model)
        strata_header = self.strata_table.horizontalHeader()
        strata_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        strata_header.setStretchLastSection(False)
        self.drawn_table.setMaximumWidth(260)
        results = QHBoxLayout()
        results.addWidget(self.drawn_table, 1)
        results.addWidget(self.strata_table, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.population_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.summary_label)
        layout.addLayout(results, 1)
        layout.addWidget(self.buttons)

        self.method_combo.currentIndexChanged.connect(self._inputs_changed)
        self.size_spin.valueChanged.connect(self._inputs_changed)
        self.seed_edit.textChanged.connect(self._inputs_changed)
        self.strata_combo.currentIndexChanged.connect(self._inputs_changed)
        self.minimum_spin.valueChanged.connect(self._inputs_changed)
        self._inputs_changed()
        self.resize(720, 640)

    # -- inputs ------------------------------------------------------------------------------

    def _load_settings(self, view: RoundView) -> None:
        """Start from the round's stored (or copied) setup, else the documented defaults."""
        method = (view.sampling_method or SamplingMethod.RANDOM).for_new_draw
        self.method_combo.setCurrentIndex(self.method_combo.findData(method.value))
        self.size_spin.setValue(view.sample_size or DEFAULT_SAMPLE_SIZE)
        self.seed_edit.setText(view.seed or generate_seed())
        field = view.sampling_parameters.get("stratify_by")
        if isinstance(field, str) and field in STRATA_FIELDS:
            self.strata_combo.setCurrentIndex(self.strata_combo.findData(field))
        minimum = view.sampling_parameters.get("minimum_per_stratum")
        self.minimum_spin.setValue(
            minimum if isinstance(minimum, int) else DEFAULT_MINIMUM_PER_STRATUM
        )

    @property
    def method(self) -> SamplingMethod:
        """The chosen method."""
        return SamplingMethod(self.method_combo.currentData())

    def set_method(self, method: SamplingMethod) -> None:
        """Choose a method."""
        self.method_combo.setCurrentIndex(self.method_combo.findData(method.value))

    def set_stratify_by(self, field: str) -> None:
        """Choose the stratification field ("case_type" or "measure")."""
        self.strata_combo.setCurrentIndex(self.strata_combo.findData(field))

    def request(self) -> SampleRequest:
        """The draw asked for in the form."""
        return SampleRequest(
            method=self.method,
            size=self.size_spin.value(),
            seed=self.seed_edit.text().strip(),
            stratify_by=str(self.strata_combo.currentData()),
            minimum_per_stratum=self.minimum_spin.value(),
        )

    def generate_seed(self) -> None:
        """Put a new random seed in the field."""
        self.seed_edit.setText(generate_seed())

    def _inputs_changed(self) -> None:
        stratified = self.method is SamplingMethod.STRATIFIED
        self.strata_combo.setEnabled(stratified)
        self.minimum_spin.setEnabled(stratified)
        self.strata_table.setVisible(stratified)
        if self.last_draw is not None:
            self.last_draw = None
            self.drawn_model.set_rows([])
            self.strata_model.set_rows([])
            self.notice_label.hide()
            self.summary_label.setText(
                self.tr("The settings changed: preview the draw again to see the cases.")
            )
        self.error_label.hide()

    # -- actions -----------------------------------------------------------------------------

    def preview(self) -> SampleDraw | None:
        """Draw without storing and show the cases in draw order (and the strata)."""
        try:
            result, _ = self._context.sampling.draw(self._round.id, self.request(), dry_run=True)
        except UserError as error:
            self._show_error(error)
            return None
        self._show_draw(result.draw, stored=False)
        return result.draw

    def store(self) -> bool:
        """Draw and store the sample (after asking when it replaces one); True when stored."""
        if self._round.sampled_cases and not self._prompts.confirm(
            self.tr("Draw the sample again"),
            self.tr(
                "The round already has a sample of %1 cases. Replace it with a new draw?"
            ).replace("%1", str(self._round.sampled_cases)),
        ):
            return False
        try:
            result, changes = self._context.sampling.draw(
                self._round.id, self.request(), dry_run=False
            )
        except UserError as error:
            self._show_error(error)
            return False
        self._show_draw(result.draw, stored=True)
        self.changes = changes
        self.stored.emit(changes)
        self.accept()
        return True

    def _show_draw(self, draw: SampleDraw, *, stored: bool) -> None:
        self.error_label.hide()
        self.drawn_model.set_refs(draw.case_refs)
        self.strata_model.set_rows(list(draw.strata))
        self.strata_table.resizeColumnsToContents()
        if draw.takes_all:
            notice = Notice(
                "sampling.whole_population",
                (("population", str(draw.population_size)), ("size", str(draw.requested_size))),
            )
            self.notice_label.setText(notice.message(self._language))
            self.notice_label.show()
        else:
            self.notice_label.hide()
        text = (
            self.tr("%1 cases drawn from %2 and stored.")
            if stored
            else self.tr("%1 cases drawn from %2 (preview: nothing is stored).")
        )
        self.summary_label.setText(
            text.replace("%1", str(draw.size)).replace("%2", str(draw.population_size))
        )
        self.last_draw = draw
