"""Read-only mode: every editor page shows its records with no field that can be typed into and
no button that saves, also after rows are chosen (an editor enabling its fields again)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
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
    editable["Fund-knapper"] = [
        button.text()
        for button in (findings.new_button, findings.delete_button, findings.propose_button)
        if button.isEnabled()
    ]
    return editable


def test_every_editor_page_is_locked_in_read_only_mode(
    make_window: WindowFactory, context: AppContext
) -> None:
    window = make_window(context)
    editable = _walk_editor_pages(window)
    if context.read_only:
        assert editable == {name: [] for name in editable}
    else:
        assert all(editable[name] for name in ("Ansøgning", "Fund", "Anbefaling"))
