"""The review screen's widgets and layout: header, sample, key dates, criteria, details, legend.

The behaviour (loading, answering, navigation, sign-off) is in `CaseReviewWidget`, built on it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.ui.kit.date_field import DateField
from taskforce_app.ui.kit.fitting_splitter import FittingSplitter
from taskforce_app.ui.kit.palette_colours import (
    AMBER,
    BLUE,
    RED,
    blend,
    muted_text,
    readable_text,
    set_text_colour,
    status_text,
    style_colour,
    tinted_background,
)
from taskforce_app.ui.review.criteria_view import (
    CriteriaTableView,
    ReasonDelegate,
    criteria_column_widths,
)
from taskforce_app.ui.review.key_dates_panel import KeyDatesPanel
from taskforce_app.ui.review.review_models import (
    CriteriaColumn,
    CriteriaTableModel,
    SampleColumn,
    SampleTableModel,
)


class ReviewScreenLayout(QWidget):
    """The widgets of the review screen, laid out, coloured from the palette; no behaviour."""

    _language: str
    sample_model: SampleTableModel
    criteria_model: CriteriaTableModel

    # -- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.progress_label = QLabel()
        self.reviewer_label = QLabel()
        self.reviewer_label.setWordWrap(True)
        self.sign_off_button = QPushButton(
            QCoreApplication.translate("CaseReviewWidget", "Sign off round…")
        )
        self.unlock_button = QPushButton(QCoreApplication.translate("CaseReviewWidget", "Unlock…"))
        self.cut_off = DateField()
        self.cut_off.setToolTip(
            QCoreApplication.translate(
                "CaseReviewWidget",
                "The date the review looks at: follow-ups and visits are counted up to it",
            )
        )
        cut_off_label = QLabel(QCoreApplication.translate("CaseReviewWidget", "Cut-off date:"))
        cut_off_label.setBuddy(self.cut_off)
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addSpacing(16)
        top.addWidget(self.progress_label)
        top.addSpacing(16)
        top.addWidget(cut_off_label)
        top.addWidget(self.cut_off)
        top.addStretch(1)
        top.addWidget(self.reviewer_label)
        top.addSpacing(8)
        top.addWidget(self.sign_off_button)
        top.addWidget(self.unlock_button)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()

        self.sample_table = QTableView()
        self.sample_table.setModel(self.sample_model)
        self.sample_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sample_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sample_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sample_table.setWordWrap(True)
        self.sample_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sample_table.verticalHeader().hide()
        self.sample_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        sample_header = self.sample_table.horizontalHeader()
        sample_header.setHighlightSections(False)
        sample_header.setSectionResizeMode(SampleColumn.TYPE, QHeaderView.ResizeMode.Stretch)
        for column in (SampleColumn.POSITION, SampleColumn.CASE, SampleColumn.PROGRESS):
            sample_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.key_dates = KeyDatesPanel(language=self._language)
        self.key_dates_area = QScrollArea()
        self.key_dates_area.setWidget(self.key_dates)
        self.key_dates_area.setWidgetResizable(True)
        self.key_dates_area.setFrameShape(QFrame.Shape.NoFrame)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self._message_is_error = True

        self.criteria_table = CriteriaTableView()
        self.criteria_table.setModel(self.criteria_model)
        self.criteria_table.setItemDelegateForColumn(CriteriaColumn.REASON, ReasonDelegate(self))
        self.criteria_table.setItemDelegateForColumn(CriteriaColumn.NOTE, ReasonDelegate(self))
        self.criteria_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.criteria_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.criteria_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.criteria_table.setWordWrap(True)
        self.criteria_table.setTabKeyNavigation(False)
        self.criteria_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.criteria_table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.criteria_table.verticalHeader().hide()
        self.criteria_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        header = self.criteria_table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        for criteria_column, width in criteria_column_widths(self.fontMetrics()).items():
            header.resizeSection(criteria_column, width)
        header.setSectionResizeMode(CriteriaColumn.QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CriteriaColumn.CODE, QHeaderView.ResizeMode.ResizeToContents)
        # The pejlemærke is shown with the code in the details below: its column would take the
        # question's room at 1280 px.
        self.criteria_table.setColumnHidden(CriteriaColumn.PEJLEMAERKE, True)

        self.details_label = QTextBrowser()
        self.details_label.setReadOnly(True)
        self.details_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.details_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.details_label.setMinimumHeight(int(self.fontMetrics().lineSpacing() * 2.5) + 10)
        self.legend_label = QLabel()
        self.legend_label.setWordWrap(True)
        legend_font = self.legend_label.font()
        legend_font.setPointSizeF(legend_font.pointSizeF() * 0.9)
        self.legend_label.setFont(legend_font)

        criteria_box = QWidget()
        criteria_layout = QVBoxLayout(criteria_box)
        criteria_layout.setContentsMargins(0, 0, 0, 0)
        criteria_layout.addWidget(self.message_label)
        criteria_layout.addWidget(self.criteria_table, 1)

        # The sample and the case's key dates side by side on top, the criteria below across
        # the whole width (the question needs it), the details of the current one at the bottom.
        self.case_splitter = FittingSplitter(Qt.Orientation.Horizontal, share=0.75)
        self.case_splitter.addWidget(self.sample_table)
        self.case_splitter.addWidget(self.key_dates_area)
        self.case_splitter.fit(1, self._key_dates_width)
        self.case_splitter.setChildrenCollapsible(False)

        self.splitter = FittingSplitter(Qt.Orientation.Vertical, share=0.5)
        self.splitter.addWidget(self.case_splitter)
        self.splitter.addWidget(criteria_box)
        self.splitter.addWidget(self.details_label)
        self.splitter.fit(0, lambda: self.key_dates.sizeHint().height() + 2)
        details_height = int(self.fontMetrics().lineSpacing() * 3.6) + 10
        self.splitter.fit(2, lambda: details_height)
        self.splitter.setChildrenCollapsible(False)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.splitter, 1)
        bottom_layout.addWidget(self.legend_label)
        self.review_area = bottom

        self.empty_label = QLabel(
            QCoreApplication.translate(
                "CaseReviewWidget", "Choose a review round to review its cases."
            )
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.review_area)
        self.stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)

    def _key_dates_width(self) -> int:
        return self.key_dates.sizeHint().width() + 2 * self.key_dates_area.frameWidth()

    def _fit_sample_width(self) -> None:
        """The sample's least width: numbers, case numbers and progress whole, the case types
        wrapped at their longest word."""
        table = self.sample_table
        metrics = table.fontMetrics()
        words = [
            word
            for case in self.sample_model.cases()
            for word in str(
                self.sample_model.index(self.sample_model.row_of(case.id), SampleColumn.TYPE).data()
            ).split(" ")
        ]
        margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        longest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        header = table.horizontalHeader()
        columns = sum(
            max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
            for column in (SampleColumn.POSITION, SampleColumn.CASE, SampleColumn.PROGRESS)
        )
        extent = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
        table.setMinimumWidth(columns + longest + margin + extent + 2 * table.frameWidth() + 4)

    def _apply_colours(self) -> None:
        """Text colours from the palette (readable in a light and in a dark palette)."""
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = muted_text(text, window)
        for label in (self.reviewer_label, self.legend_label):
            set_text_colour(label, muted)
        hue = RED if self._message_is_error else BLUE
        set_text_colour(self.message_label, status_text(hue, window, text))
        background = tinted_background(AMBER, window)
        self.banner.setStyleSheet(
            f"background: {style_colour(background)}; "
            f"border: 1px solid {style_colour(blend(AMBER, window, 0.6))}; padding: 6px; "
            f"color: {style_colour(readable_text(background, text))};"
        )

    def changeEvent(self, event: QEvent) -> None:
        """Take the colours from the new palette when it changes (e.g. a dark theme)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colours()
