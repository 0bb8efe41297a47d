"""Read-only mode: every editor page shows its records with no field that can be typed into and
no button that saves, also after rows are chosen (an editor enabling its fields again)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.enums import RoundStatus
from taskforce_app.ui.kit.read_only import is_locked
from taskforce_app.ui.main_window import MainWindow, Page
from tests.gui.conftest import WindowFactory

TEXT = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


def _editable(root: QWidget, usable: tuple[QWidget, ...]) -> list[str]:
    """Every input below `root` a user could change something with, named for the message."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (*TEXT, QComboBox, QAbstractButton, QListView)):
            continue
        if widget in usable or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox | QTabBar):
            continue
        if isinstance(widget, TEXT):
            changeable = widget.isEnabled() and not widget.isReadOnly()
        else:
            changeable = widget.isEnabled()
        if changeable:
            found.append(f"{type(widget).__name__} {widget.objectName() or widget.toolTip()}")
    return found


@pytest.fixture(params=[True, False], ids=["read-only", "writable"])
def context(request: pytest.FixtureRequest, demo_db_path: Path) -> Iterator[AppContext]:
    """The demo database, opened read-only (as when another user writes) or writable."""
    opened = open_context(demo_db_path, read_only=request.param)
    yield opened
    opened.close()


def _walk_editor_pages(window: MainWindow) -> dict[str, list[str]]:
    """Visit every editor page, choose a row in each list, and collect what is editable."""
    editable: dict[str, list[str]] = {}
    window.show_page(Page.APPLICATIONS)
    applications = window.applications_page
    applications.applications_view.setCurrentIndex(applications.proxy.index(0, 0))
    assert applications.editor.application_id is not None
    editable["Ansøgning"] = _editable(applications.editor, (applications.editor.open_button,))
    editable["Ansøgninger"] = _editable(
        applications,
        (applications.editor.open_button,),
    )
    window.show_page(Page.FINDINGS)
    findings = window.findings_page
    findings.table.setCurrentIndex(findings.proxy.index(0, 0))
    assert findings.editor.finding is not None
    editable["Fund"] = _editable(findings.editor, ())
    findings.tabs.setCurrentIndex(findings.RECOMMENDATIONS_TAB)
    panel = findings.recommendations
    panel.table.setCurrentIndex(panel.proxy.index(0, 0))
    assert panel.current is not None
    editable["Anbefaling"] = _editable(panel, (panel.show_combo,))
    editable["Kommentarer"] = _walk_notes_panel(window)
    editable["Forløb-faner"] = _walk_engagement_editor(window)
    editable["Gennemgang"] = _walk_review_screen(window)
    editable["Runder"] = _walk_rounds_panel(window)
    editable["Fund-knapper"] = [
        button.text()
        for button in (findings.new_button, findings.delete_button, findings.propose_button)
        if button.isEnabled()
    ]
    return editable


def _walk_engagement_editor(window: MainWindow) -> list[str]:
    """Choose a forløb, then visit each tab of its editor (Detaljer, Plan, Team, Faser,
    Historik): what is editable on each, and whether a milestone cell can be edited."""
    window.show_page(Page.ENGAGEMENTS)
    page = window.engagements_page
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    editor = page.editor
    assert editor.engagement_id is not None
    found: list[str] = []
    for tab in (
        editor.details_tab,
        editor.plan_tab,
        editor.team_tab,
        editor.phases_tab,
        editor.history_tab,
    ):
        editor.tabs.setCurrentIndex(tab)
        found += _editable(editor, (editor.history_panel.export_button,))
    plan = editor.plan_panel
    assert plan.proxy.rowCount() > 0
    if plan.proxy.flags(plan.proxy.index(0, 0)) & Qt.ItemFlag.ItemIsEditable:
        found.append("editable milestone cell")
    return found


def _walk_notes_panel(window: MainWindow) -> list[str]:
    """The Kommentarer tab with a finding and a comment selected: the round can still be
    chosen (it only looks), nothing else can change a comment or a round."""
    findings = window.findings_page
    findings.tabs.setCurrentIndex(findings.NOTES_TAB)
    notes = findings.notes
    assert notes.note_ids(), "the demo has review comments"
    notes.select(notes.note_ids()[0])
    found = _editable(notes, (notes.round_combo,))
    if notes.round_combo.count() > 0 and not notes.round_combo.isEnabled():
        found.append("round choice locked")
    return found


def _walk_rounds_panel(window: MainWindow) -> list[str]:
    """The Runder og stikprøve tab of a forløb with an open round: new round, sample, criteria
    set, replacement and the cut-off date."""
    page = window.case_review_page
    window.show_page(Page.CASE_REVIEW)
    page.tabs.setCurrentWidget(page.rounds_tab)
    context = window.context
    engagement_id, open_round = next(
        (engagement.id, item)
        for engagement in context.engagements.summaries()
        for item in context.review.rounds(engagement.id)
        if item.status is RoundStatus.OPEN
    )
    panel = page.rounds_panel
    panel.set_engagement(engagement_id)
    panel.select_round(open_round.id)
    assert panel.selected_round() is not None
    return _editable(panel, ())


def _walk_review_screen(window: MainWindow) -> list[str]:
    """Show an open round on the review screen: answers, key dates, cut-off and sign-off."""
    page = window.case_review_page
    window.show_page(Page.CASE_REVIEW)
    screen = page.review_widget
    context = window.context
    open_round = next(
        item
        for engagement in context.engagements.summaries()
        for item in context.review.rounds(engagement.id)
        if item.status is RoundStatus.OPEN
    )
    screen.set_round(open_round.id)
    found = _editable(screen, ())
    model = screen.criteria_model
    if any(
        model.flags(model.index(row, column)) & Qt.ItemFlag.ItemIsEditable
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ):
        found.append("editable reason or note cell")
    return found


def test_every_editor_page_is_locked_in_read_only_mode(
    make_window: WindowFactory, context: AppContext
) -> None:
    window = make_window(context)
    editable = _walk_editor_pages(window)
    if context.read_only:
        assert editable == {name: [] for name in editable}
    else:
        assert all(
            editable[name]
            for name in (
                "Ansøgning",
                "Fund",
                "Anbefaling",
                "Kommentarer",
                "Forløb-faner",
                "Gennemgang",
                "Runder",
            )
        )


def test_comments_and_rounds_lock_when_a_read_only_database_is_opened_and_release_after(
    make_window: WindowFactory, demo_db_path: Path
) -> None:
    writable = open_context(demo_db_path)
    read_only = open_context(demo_db_path, read_only=True)
    try:
        window = make_window(writable)
        notes = window.findings_page.notes
        rounds = window.case_review_page.rounds_panel
        assert notes.read_only.widgets() and rounds.read_only.widgets()

        notes.set_context(read_only)
        rounds.set_context(read_only)
        assert all(is_locked(widget) for widget in notes.read_only.widgets())
        assert all(is_locked(widget) for widget in rounds.read_only.widgets())
        assert notes.round_combo not in notes.read_only.widgets()

        notes.set_context(writable)
        rounds.set_context(writable)
        assert not rounds.cut_off_edit.isReadOnly() and not notes.note_edit.isReadOnly()
    finally:
        read_only.close()
        writable.close()


@pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)"
)
def test_a_date_picked_in_the_calendar_of_a_read_only_cut_off_changes_nothing(
    make_window: WindowFactory, demo_db_path: Path
) -> None:
    context = open_context(demo_db_path, read_only=True)
    try:
        window = make_window(context)
        _walk_rounds_panel(window)
        panel = window.case_review_page.rounds_panel
        before = panel.cut_off_edit.text()
        popup = panel.cut_off_edit.show_calendar()
        popup.chosen.emit(date(2026, 1, 15))
        popup.close()
        assert panel.cut_off_edit.text() == before
        assert panel.error_text == ""
    finally:
        context.close()
