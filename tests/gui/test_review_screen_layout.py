"""The review screen at 1280×800 on the demo database: nothing a reviewer reads is cut off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QTableView
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.enums import SampledCaseStatus
from taskforce_app.ui import fonts, translations
from taskforce_app.ui.kit.date_field import DateField
from taskforce_app.ui.main_window import MainWindow, Page
from taskforce_app.ui.review.review_models import CriteriaColumn, SampleColumn
from taskforce_app.ui.review.review_screen import CaseReviewWidget
from tests.gui.conftest import WindowFactory

WIDTH, HEIGHT = 1280, 800
SAMPLE_COLUMNS = (
    SampleColumn.POSITION,
    SampleColumn.CASE,
    SampleColumn.TYPE,
    SampleColumn.PROGRESS,
)
CRITERIA_COLUMNS = (
    CriteriaColumn.CODE,
    CriteriaColumn.PROVISION,
    CriteriaColumn.QUESTION,
    CriteriaColumn.ANSWER,
    CriteriaColumn.SUGGESTION,
)


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[QFont]:
    """The font the app sets at start-up (DejaVu Sans 10), as users see it; restored after."""
    before = QFont(qapp.font())
    yield fonts.apply_app_font(qapp)
    qapp.setFont(before)


@pytest.fixture
def demo_context(demo_db_path: Path) -> Iterator[AppContext]:
    """A context over a private copy of the demo database."""
    context = open_context(demo_db_path)
    yield context
    context.close()


def open_review(
    qtbot: QtBot, make_window: WindowFactory, context: AppContext
) -> tuple[MainWindow, CaseReviewWidget]:
    """The main window at 1280×800 on the Gennemgang tab, the first case selected."""
    window = make_window(context)
    window.resize(WIDTH, HEIGHT)
    window.show_page(Page.CASE_REVIEW)
    page = window.case_review_page
    page.tabs.setCurrentWidget(page.review_widget)
    review = page.review_widget
    assert isinstance(review, CaseReviewWidget)
    review.select_case(0)
    qtbot.waitUntil(lambda: review.current_case is not None and review.isVisible())
    qtbot.wait(10)
    return window, review


def text_margin(view: QTableView) -> int:
    """The horizontal margin an item view's style keeps on each side of a cell's text."""
    style = view.style()
    return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1


def cell_problem(view: QTableView, index: QModelIndex) -> str | None:
    """Why a cell's text does not fit its cell (None when it does)."""
    text = str(index.data() or "")
    if not text:
        return None
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
    room = view.columnWidth(index.column()) - 2 * text_margin(view)
    if not view.wordWrap():
        if metrics.horizontalAdvance(text) > room:
            return f"{text!r} needs {metrics.horizontalAdvance(text)} px in {room}"
        return None
    longest = max(metrics.horizontalAdvance(word) for word in text.split(" "))
    if longest > room:
        return f"a word of {text!r} needs {longest} px in {room}"
    needed = metrics.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, text)
    if needed.height() > view.rowHeight(index.row()):
        return f"{text!r} needs {needed.height()} px high in {view.rowHeight(index.row())}"
    return None


def problems(view: QTableView, columns: tuple[int, ...], rows: list[int]) -> list[str]:
    """Every key cell whose text is cut."""
    model = view.model()
    found = []
    for row in rows:
        for column in columns:
            if view.isColumnHidden(column):
                found.append(f"column {column} is hidden")
                continue
            problem = cell_problem(view, model.index(row, column))
            if problem is not None:
                found.append(f"row {row}, column {column}: {problem}")
    return found


def test_every_key_text_of_the_review_fits_at_1280x800(
    qtbot: QtBot,
    make_window: WindowFactory,
    demo_context: AppContext,
    danish: translations.InstalledTranslators,
    app_font: QFont,
    tmp_path: Path,
) -> None:
    window, review = open_review(qtbot, make_window, demo_context)
    assert review.font().family() == app_font.family()
    sample_rows = list(range(review.sample_model.rowCount()))
    criteria_rows = review.criteria_model.criterion_rows()
    assert len(sample_rows) == 20 and len(criteria_rows) > 10

    assert problems(review.sample_table, SAMPLE_COLUMNS, sample_rows) == []
    assert problems(review.criteria_table, CRITERIA_COLUMNS, criteria_rows) == []

    area = review.key_dates_area
    assert review.key_dates.width() <= area.viewport().width()
    assert review.key_dates.height() <= area.viewport().height()
    assert not area.horizontalScrollBar().isVisible()
    assert not area.verticalScrollBar().isVisible()
    clipped = [
        (label.text(), label.width(), label.sizeHint().width())
        for label in review.key_dates.findChildren(QLabel)
        if label.isVisibleTo(review) and label.text() and label.width() < label.sizeHint().width()
    ]
    assert clipped == []
    dates = [field for field in review.key_dates.findChildren(DateField) if field.isVisible()]
    assert len(dates) == 10
    assert [field for field in dates if field.text()]
    year = dates[0].fontMetrics().horizontalAdvance("31-12-2026")
    narrow = [
        (field.text(), field.width())
        for field in dates
        if field.width() < max(field.minimumWidth(), field.minimumSizeHint().width(), year + 30)
    ]
    assert narrow == []

    # The criteria keep room for several whole requirements below the key dates.
    table = review.criteria_table
    whole = [
        row
        for row in criteria_rows
        if table.rowViewportPosition(row) >= 0
        and table.rowViewportPosition(row) + table.rowHeight(row) <= table.viewport().height()
    ]
    assert len(whole) >= 4

    # The question column is the widest of the table: the reviewer reads it first.
    widths = {column: review.criteria_table.columnWidth(column) for column in CriteriaColumn}
    assert max(widths, key=lambda column: widths[column]) is CriteriaColumn.QUESTION

    shot = tmp_path / "review-1280x800.png"
    assert window.grab().save(str(shot))
    assert shot.stat().st_size > 10_000


def test_the_review_numbers_the_cases_as_the_sample_does(
    qtbot: QtBot, make_window: WindowFactory, demo_context: AppContext
) -> None:
    window, review = open_review(qtbot, make_window, demo_context)
    page = window.case_review_page
    round_view = review.round
    assert round_view is not None
    cases = review.sample_model.cases()
    shown = {
        case.case_ref: review.sample_model.index(row, SampleColumn.POSITION).data()
        for row, case in enumerate(cases)
    }
    sample_model = page.sampled_model
    numbered = {
        record.case_ref: sample_model.index(row, 0).data()
        for row, record in enumerate(sample_model.records())
    }
    assert shown == numbered
    active = [shown[case.case_ref] for case in cases if case.status is SampledCaseStatus.ACTIVE]
    assert active[:3] == ["1", "2", "3"]
    assert active[-1] == str(round_view.sampled_cases)
