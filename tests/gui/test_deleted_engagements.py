"""A deleted forløb is shown on no page of the main window (history aside), and nothing crashes."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.ui.main_window import MainWindow, Page
from tests.gui.conftest import FakePrompts, WindowFactory
from tests.persistence.sql_recorder import recording_selects


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, out: list[str]) -> None:
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if value is not None:
                    out.append(str(value))
        first = model.index(row, 0, parent)
        if not isinstance(model, QAbstractTableModel | QAbstractListModel) and model.rowCount(
            first
        ):
            _model_texts(model, first, out)


def _in_choice_list(widget: QWidget) -> bool:
    """True for a combo box and the popup list it owns."""
    current: QWidget | None = widget
    while current is not None:
        if isinstance(current, QComboBox):
            return True
        current = current.parentWidget()
    return False


def _shown_texts(root: QWidget, skip: tuple[QWidget, ...] = (), *, combos: bool = True) -> str:
    """Every text the widgets under `root` show: labels, view cells, combo items (if asked)."""
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if any(widget is s or s.isAncestorOf(widget) for s in skip):
            continue
        if not combos and _in_choice_list(widget):
            continue
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox) and combos:
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            _model_texts(widget.model(), QModelIndex(), texts)
    return "\n".join(texts)


def _demo(demo_template: Path, folder: Path) -> Path:
    folder.mkdir()
    path = folder / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    return path


def _forloeb(path: Path) -> list[tuple[uuid.UUID, str, str]]:
    context = open_context(path)
    try:
        return [
            (row.id, row.municipality_name, row.title) for row in context.engagements.summaries()
        ]
    finally:
        context.close()


def _with_findings(context: AppContext) -> tuple[uuid.UUID, str]:
    finding = next(iter(context.findings.findings()))
    return finding.engagement_id, finding.municipality


def _open_every_page(
    window: MainWindow, qtbot: QtBot, remaining: list[uuid.UUID]
) -> tuple[str, str]:
    """Show each page and, for every remaining forløb, each tab of the forløb page. Returns
    what was shown (history tab left out), and the same without choice lists (municipality
    pickers list every municipality) and without the applications (an application stays when
    its forløb is deleted)."""
    shown: list[str] = []
    listed: list[str] = []
    for page in Page:
        window.show_page(page)
        qtbot.wait(1)
        widget = window.page_widget(page)
        shown.append(_shown_texts(widget))
        if page is not Page.APPLICATIONS:
            listed.append(_shown_texts(widget, combos=False))
    editor = window.engagements_page.editor
    for engagement_id in remaining:
        assert window.open_engagement(engagement_id)
        tabs: QTabWidget = editor.tabs
        for tab in range(tabs.count()):
            tabs.setCurrentIndex(tab)
            qtbot.wait(1)
            shown.append(_shown_texts(window.engagements_page, skip=(editor.history_panel,)))
            listed.append(
                _shown_texts(window.engagements_page, skip=(editor.history_panel,), combos=False)
            )
    return "\n".join(shown), "\n".join(listed)


def test_findings_page_opens_after_deleting_a_forloeb_with_findings(
    make_window: WindowFactory, prompts: FakePrompts, demo_db_path: Path, qtbot: QtBot
) -> None:
    context = open_context(demo_db_path)
    try:
        engagement_id, municipality = _with_findings(context)
        context.engagements.delete(engagement_id)
        window = make_window(context)
        window.show_page(Page.FINDINGS)
        page = window.page_widget(Page.FINDINGS)
        qtbot.wait(1)
        shown = _shown_texts(page, combos=False)
        assert prompts.errors == []
        assert context.findings.findings()
        assert all(view.engagement_id != engagement_id for view in context.findings.findings())
        assert municipality not in shown
    finally:
        context.close()


def test_every_page_after_deleting_each_demo_forloeb_in_turn(
    make_window: WindowFactory,
    prompts: FakePrompts,
    demo_template: Path,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    everyone = _forloeb(demo_template)
    for number, (gone, municipality, title) in enumerate(everyone):
        path = _demo(demo_template, tmp_path / f"run{number}")
        context = open_context(path)
        try:
            context.engagements.delete(gone)
            remaining = [other for other, _name, _title in everyone if other != gone]
            shared = municipality in {name for other, name, _title in everyone if other != gone}
            with recording_selects() as recorder:
                window = make_window(context)
                shown, listed = _open_every_page(window, qtbot, remaining)
            assert prompts.errors == [], prompts.errors
            assert str(gone) not in shown
            assert title not in shown
            if not shared:
                assert municipality not in listed
            assert recorder.bypassing == []
            window.close()
        finally:
            context.close()
