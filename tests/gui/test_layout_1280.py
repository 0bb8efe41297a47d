"""Results, Ansøgninger and the Fund tab at 1280×800 on the demo database: no key text cut."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QScrollArea, QTableView
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.ui import fonts, translations
from taskforce_app.ui.applications.applications_page import ApplicationsPage
from taskforce_app.ui.findings.finding_models import FindingColumn
from taskforce_app.ui.main_window import Page
from taskforce_app.ui.review.results_models import RequirementColumn
from tests.gui.conftest import WindowFactory
from tests.gui.test_review_screen_layout import problems

WIDTH, HEIGHT = 1280, 800
KEY_REQUIREMENT_COLUMNS = (
    RequirementColumn.CODE,
    RequirementColumn.PROVISION,
    RequirementColumn.QUESTION,
    RequirementColumn.ANALYSE,
    RequirementColumn.STATUS,
    RequirementColumn.CHANGE,
    RequirementColumn.NATIONAL,
)


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[QFont]:
    """The font the app sets at start-up, as users see it; restored after."""
    before = QFont(qapp.font())
    yield fonts.apply_app_font(qapp)
    qapp.setFont(before)


@pytest.fixture
def demo_context(demo_db_path: Path) -> Iterator[AppContext]:
    """A context over a private copy of the demo database."""
    context = open_context(demo_db_path)
    yield context
    context.close()


def headings_cut(view: QTableView) -> list[str]:
    """Every visible column narrower than its heading."""
    header = view.horizontalHeader()
    return [
        f"{view.model().headerData(column, header.orientation())!r}: "
        f"{header.sectionSize(column)} < {header.sectionSizeHint(column)}"
        for column in range(header.count())
        if not header.isSectionHidden(column)
        and header.sectionSize(column) < header.sectionSizeHint(column)
    ]


def test_results_fit_at_1280x800(
    qtbot: QtBot,
    make_window: WindowFactory,
    demo_context: AppContext,
    danish: translations.InstalledTranslators,
    app_font: QFont,
) -> None:
    window = make_window(demo_context)
    window.resize(WIDTH, HEIGHT)
    window.show_page(Page.CASE_REVIEW)
    page = window.case_review_page
    page.tabs.setCurrentWidget(page.results_view)
    view = page.results_view
    qtbot.waitUntil(lambda: view.isVisible() and view.requirement_model.rowCount() > 10)
    qtbot.wait(10)

    table = view.requirement_table
    rows = list(range(view.requirement_model.rowCount()))
    assert problems(table, KEY_REQUIREMENT_COLUMNS, rows) == []
    assert headings_cut(table) == []
    assert not table.horizontalScrollBar().isVisible()
    widths = {column: table.columnWidth(column) for column in KEY_REQUIREMENT_COLUMNS}
    assert max(widths, key=lambda column: widths[column]) is RequirementColumn.QUESTION
    # The question wraps to a few lines, not nine.
    question_rows = [table.rowHeight(row) for row in rows]
    assert max(question_rows) <= 6 * table.fontMetrics().lineSpacing() + 8

    pejlemaerker = view.pejlemaerke_table
    pejle_rows = list(range(view.pejlemaerke_model.rowCount()))
    assert problems(pejlemaerker, tuple(range(5)), pejle_rows) == []
    assert not pejlemaerker.horizontalScrollBar().isVisible()

    axis = view.chart.category_axis
    assert axis is not None and axis.count() > 10
    assert not axis.truncateLabels()
    assert view.chart.labels_fit_across() or axis.labelsAngle() == -90


def test_applications_fit_at_1280x800(
    qtbot: QtBot,
    make_window: WindowFactory,
    demo_context: AppContext,
    danish: translations.InstalledTranslators,
    app_font: QFont,
) -> None:
    window = make_window(demo_context)
    window.resize(WIDTH, HEIGHT)
    window.show_page(Page.APPLICATIONS)
    page = window.applications_page
    assert isinstance(page, ApplicationsPage)
    qtbot.waitUntil(lambda: page.isVisible() and page.count_label.text() != "")
    page.applications_view.selectRow(0)
    qtbot.wait(10)

    themes = page.editor.themes_list
    assert themes.count() >= 8
    assert not themes.horizontalScrollBar().isVisible()
    wrapped = [
        themes.item(row).text()
        for row in range(themes.count())
        if themes.visualItemRect(themes.item(row)).right() > themes.viewport().width()
    ]
    assert wrapped == []

    assert page.tr("%n application(s), %1 granted, %2 pending", "", 1).startswith("1 ansøgning,")
    assert page.tr("%n application(s), %1 granted, %2 pending", "", 3).startswith("3 ansøgninger,")


def test_the_finding_tab_fits_at_1280x800(
    qtbot: QtBot,
    make_window: WindowFactory,
    demo_context: AppContext,
    danish: translations.InstalledTranslators,
    app_font: QFont,
) -> None:
    window = make_window(demo_context)
    window.resize(WIDTH, HEIGHT)
    window.show_page(Page.FINDINGS)
    page = window.findings_page
    page.tabs.setCurrentIndex(page.FINDINGS_TAB)
    qtbot.waitUntil(lambda: page.isVisible() and page.proxy.rowCount() > 0)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.editor.finding is not None)
    qtbot.wait(10)

    assert headings_cut(page.table) == []
    # The title (shown whole in the editor below) keeps room for its first words.
    assert page.table.columnWidth(FindingColumn.TITLE) >= 100
    viewport = page.editor.parentWidget()
    assert viewport is not None
    scroll = viewport.parentWidget()
    assert isinstance(scroll, QScrollArea)
    assert not scroll.verticalScrollBar().isVisible()
    assert page.editor.improvement.isVisible()
    label = page.editor.improvement
    bottom = label.mapTo(scroll.viewport(), label.rect().bottomLeft())
    assert bottom.y() <= scroll.viewport().height()
