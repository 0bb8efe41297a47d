"""The read-only case-list browser: opened from Sagsgennemgang, the cases of each list with a
filter, and each import's row report."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.review.case_list_browser import CaseListBrowser
from taskforce_app.ui.review.case_review_page import CaseReviewPage
from tests.gui.conftest import TODAY, FakePrompts, add_engagements, show_page
from tests.gui.test_engagement_models import check


def _import(context: AppContext, engagement_id: uuid.UUID, path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    preview = context.case_lists.preview(engagement_id, path)
    context.case_lists.import_rows(engagement_id, preview.table, preview.mapping)


@pytest.fixture
def undo(qtbot: QtBot) -> Iterator[UndoController]:
    """An undo controller."""
    controller = UndoController(language="da")
    yield controller
    QThreadPool.globalInstance().waitForDone(5_000)
    controller.deleteLater()


def test_the_browser_opens_from_the_page_and_shows_cases_and_row_report(
    qtbot: QtBot,
    gui_context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    ui_settings: UiSettings,
    tmp_path: Path,
    qtmodeltester: ModelTester,
) -> None:
    engagement_id = add_engagements(gui_context)[0].id
    _import(
        gui_context,
        engagement_id,
        tmp_path / "første.csv",
        "Sagsnr.;Sagstype;Indsats;Afgørelsesdato\n"
        "A-9;Anbringelse;Plejefamilie;01-02-2025\n"
        "A-10;Forebyggende;Aflastning;02-02-2025\n",
    )
    _import(
        gui_context,
        engagement_id,
        tmp_path / "anden.csv",
        "Sagsnr.;Sagstype;Indsats;Afgørelsesdato\n"
        "B-2;Anbringelse;Opholdssted;01-03-2025\n"
        "B-10;Forebyggende;Familiebehandling;snart\n"
        "B-1;Forebyggende;Aflastning;03-03-2025\n"
        "A-9;Anbringelse;Plejefamilie;01-02-2025\n",
    )
    page = CaseReviewPage(
        gui_context, prompts, undo, settings=ui_settings, language="da", today=lambda: TODAY
    )
    qtbot.addWidget(page)
    show_page(page)
    assert page.engagement_id == engagement_id and page.browse_button.isEnabled()
    seen: list[CaseListBrowser] = []

    def look(dialog: QDialog) -> bool:
        assert isinstance(dialog, CaseListBrowser)
        seen.append(dialog)
        browse(dialog, qtmodeltester)
        return False

    page.run_dialog = look
    QTest.mouseClick(page.browse_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1


def browse(browser: CaseListBrowser, qtmodeltester: ModelTester) -> None:
    """What the browser shows for the two lists of the test above."""
    assert [view.file_name for view in browser.imports] == ["anden.csv", "første.csv"]
    assert browser.import_combo.currentText().startswith("anden.csv – imported ")
    assert browser.shown_refs() == ["B-2", "B-1"]  # the list's order; B-10 and A-9 not imported
    assert browser.summary_label.text() == (
        "4 rows read: 2 imported, 2 refused or skipped. Imported by –."
    )
    assert browser.count_label.text() == "2 of 2 cases"
    check(qtmodeltester, cast(QAbstractItemModel, browser.case_proxy))
    check(qtmodeltester, cast(QAbstractItemModel, browser.report_model))

    QTest.keyClicks(browser.filter_edit, "opholds")
    assert browser.shown_refs() == ["B-2"] and browser.count_label.text() == "1 of 2 cases"
    browser.set_filter("")
    assert browser.shown_refs() == ["B-2", "B-1"]

    browser.tabs.setCurrentIndex(1)
    report = browser.report_model
    rows = [
        (report.index(row, 0).data(), report.index(row, 1).data(), report.index(row, 2).data())
        for row in range(report.rowCount())
    ]
    assert [(number, ref) for number, ref, _ in rows] == [("3", "B-10"), ("5", "A-9")]
    assert "snart" in rows[0][2] and "allerede" in rows[1][2]

    browser.choose_import(1)
    assert browser.shown_refs() == ["A-9", "A-10"]
    assert report.rowCount() == 0 and browser.report_label.text() == "Every row was imported."
    browser.case_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert browser.shown_refs() == ["A-10", "A-9"]
