"""The forløb chosen on one page is the one the other pages show (one current-forløb signal)."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox

from taskforce_app.bootstrap import AppContext
from taskforce_app.ui.main_window import MainWindow, Page
from tests.gui.conftest import WindowFactory, add_engagements


def pick(combo: QComboBox, engagement_id: uuid.UUID) -> None:
    """Choose a forløb in a page's picker with the keyboard, as a user does."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if str(combo.currentData()) == str(engagement_id):
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert str(combo.currentData()) == str(engagement_id)


def shown_on_each_page(window: MainWindow) -> dict[str, str]:
    """The forløb each forløb page shows, by page."""
    return {
        "Forløb": str(window.engagements_page.editor.engagement_id),
        "Gennemgang": str(window.case_review_page.engagement_id),
        "Fund": str(window.findings_page.engagement_combo.currentData()),
        "Rapporter": str(window.reports_page.engagement_combo.currentData()),
    }


@pytest.mark.usefixtures("danish")
def test_a_forlob_chosen_on_one_page_is_shown_on_the_others(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    first, second, third = add_engagements(gui_context)
    window = make_window(gui_context)
    window.show_page(Page.CASE_REVIEW)
    pick(window.case_review_page.engagement_combo, second.id)
    assert window.current_engagement.engagement_id == second.id
    for page in (Page.FINDINGS, Page.REPORTS, Page.ENGAGEMENTS):
        window.show_page(page)
    assert set(shown_on_each_page(window).values()) == {str(second.id)}

    window.show_page(Page.FINDINGS)
    pick(window.findings_page.engagement_combo, third.id)
    assert set(shown_on_each_page(window).values()) == {str(third.id)}

    window.show_page(Page.ENGAGEMENTS)
    assert window.engagements_page.select(first.id)
    assert set(shown_on_each_page(window).values()) == {str(first.id)}


@pytest.mark.usefixtures("danish")
def test_all_forlob_on_the_findings_page_leaves_the_others_where_they_are(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    first, second, _third = add_engagements(gui_context)
    window = make_window(gui_context)
    assert window.engagements_page.select(second.id)
    window.show_page(Page.FINDINGS)
    combo = window.findings_page.engagement_combo
    assert str(combo.currentData()) == str(second.id)
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)  # "Alle forløb"
    assert combo.currentData() is None
    window.show_page(Page.CASE_REVIEW)
    assert window.case_review_page.engagement_id == second.id
    assert window.current_engagement.engagement_id == second.id
    assert first.id != second.id
