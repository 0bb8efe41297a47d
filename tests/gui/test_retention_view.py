"""Sagsdata til sletning: the real dialog over a copy of the demo database, its real message
boxes answered from a timer (`ModalDriver`): the due forløb listed, a purge that deletes the
case data and keeps the results, the refusals in Danish, the backups listed afterwards."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.ui import translations
from taskforce_app.ui.kit.prompts import QtPrompts
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.main_window import MainWindow
from taskforce_app.ui.retention.retention_dialog import RetentionDialog
from tests.gui.conftest import TODAY
from tests.gui.modal_driver import ModalDriver, from_event_loop, visible_progress_dialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TEAM_LEAD = "KØW"
JURIST = "MNL"


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[AppContext]:
    """A private copy of the demo database under its own name (its own backup folder)."""
    target = tmp_path / f"retention-{uuid.uuid4().hex[:8]}.sqlite"
    shutil.copyfile(demo_template, target)
    context = open_context(target)
    yield context
    context.close()


def _act_as(context: AppContext, initials: str) -> None:
    context.team.act_as(context.team.consultant(initials).id)


def _randers(context: AppContext) -> tuple[uuid.UUID, date]:
    """The demo's ended forløb and the day its case data becomes due."""
    randers = context.engagements.resolve("Randers")
    status = next(s for s in context.retention.statuses() if s.engagement_id == randers)
    assert status.due is not None and status.case_count > 0
    return randers, status.due


def _dialog(qtbot: QtBot, context: AppContext, today: date) -> RetentionDialog:
    dialog = RetentionDialog(context, QtPrompts(None), today=lambda: today)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _answer(button: str, seen: list[str]) -> Callable[[QWidget], None]:
    """Record a message box's text and click its button named `button` (Ja, Nej, OK)."""

    def act(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        seen.append(modal.text())
        found = next(b for b in modal.buttons() if b.text().replace("&", "") == button)
        QTest.mouseClick(found, Qt.MouseButton.LeftButton)

    return act


def _run(qtbot: QtBot, driver: ModalDriver, action: Callable[[], object]) -> object:
    """Do `action` from the event loop, as a click does; every expected dialog answered."""
    try:
        result = from_event_loop(qtbot, action, timeout_ms=120_000)
        qtbot.waitUntil(lambda: driver.done, timeout=10_000)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)
    finally:
        driver.stop()
    assert all(active and "unexpected" not in kind for kind, active, _ in driver.summary()), (
        driver.summary()
    )
    assert visible_progress_dialogs() == []
    return result


def _visible_titles(dialog: RetentionDialog) -> list[str]:
    return [str(dialog.proxy.index(row, 0).data()) for row in range(dialog.proxy.rowCount())]


def test_due_forloeb_is_listed_and_purged_while_results_stay(
    qtbot: QtBot, demo: AppContext, danish: translations.InstalledTranslators
) -> None:
    randers, due = _randers(demo)
    _act_as(demo, TEAM_LEAD)
    results = demo.results.for_engagement(randers)
    findings = [f.id for f in demo.findings.findings(randers)]
    backup = demo.backups.backup()

    early = _dialog(qtbot, demo, TODAY)
    assert _visible_titles(early) == []
    assert "Ingen forløb" in early.empty_hint.text()
    early.close()

    dialog = _dialog(qtbot, demo, due)
    assert _visible_titles(dialog) == ["Task Force-forløb Randers 2024"]
    assert dialog.proxy.index(0, 3).data() == due.strftime("%d-%m-%Y")
    assert dialog.proxy.index(0, 6).data() == "Til sletning"
    assert dialog.selected_status() is not None
    assert not dialog.backups_box.isVisibleTo(dialog)
    changes: list[object] = []
    dialog.changed.connect(changes.append)

    seen: list[str] = []
    driver = ModalDriver(unexpected_ms=120_000)
    driver.expect(QMessageBox, _answer("Ja", seen))
    driver.expect(QMessageBox, _answer("OK", seen))
    done = _run(
        qtbot, driver, lambda: QTest.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    )
    assert done is None  # the click returns nothing; the purge happened behind it

    question, told = seen
    assert "Slet sagsdata for Task Force-forløb Randers 2024?" in question
    assert "kan ikke fortrydes" in question and "udvekslingspakker" in question
    assert "Bevares: resultaterne pr. krav og pejlemærke, fund, anbefalinger" in question
    assert "sikkerhedskopier fra før sletningen, som stadig indeholder sagsdata: 1" in told
    assert demo.retention.case_references(randers) == []
    assert demo.results.for_engagement(randers) == results
    assert [f.id for f in demo.findings.findings(randers)] == findings
    purged = next(s for s in demo.retention.statuses() if s.engagement_id == randers)
    assert purged.purged_at is not None and purged.purged_by == TEAM_LEAD
    assert changes and _visible_titles(dialog) == []

    assert dialog.backups_box.isVisibleTo(dialog)
    assert backup in dialog.stale_backups()
    driver = ModalDriver(unexpected_ms=120_000)
    driver.expect(QMessageBox, _answer("Ja", seen))
    driver.expect(QMessageBox, _answer("OK", seen))
    _run(qtbot, driver, dialog.delete_backups)
    assert not backup.exists()
    assert "Sikkerhedskopier slettet: 1." in seen[-1]
    assert demo.retention.backups_to_delete() == []
    assert not dialog.backups_box.isVisibleTo(dialog)


def test_early_purge_without_a_reason_is_refused_in_danish(
    qtbot: QtBot, demo: AppContext, danish: translations.InstalledTranslators
) -> None:
    _act_as(demo, TEAM_LEAD)
    viborg = demo.engagements.resolve("Viborg")
    dialog = _dialog(qtbot, demo, TODAY)
    assert dialog.select_engagement(viborg)
    assert not dialog.due_only.isChecked()
    assert dialog.proxy.index(dialog.table.currentIndex().row(), 6).data() == "Ikke afsluttet"

    seen: list[str] = []
    driver = ModalDriver(unexpected_ms=120_000)
    driver.expect(QMessageBox, _answer("OK", seen))
    _run(qtbot, driver, dialog.purge_selected)
    assert "ikke afsluttet" in seen[0] and "Intet er slettet" in seen[0]

    dialog.early.setChecked(True)
    assert dialog.reason.isEnabled()
    driver = ModalDriver(unexpected_ms=120_000)
    driver.expect(QMessageBox, _answer("OK", seen))
    _run(qtbot, driver, dialog.purge_selected)
    assert "kræver en begrundelse" in seen[1] and "Intet er slettet" in seen[1]
    assert demo.retention.case_references(viborg)

    QTest.keyClicks(dialog.reason, "Kommunen har bedt om det, cpr 010203-1234")
    driver = ModalDriver(unexpected_ms=120_000)
    driver.expect(QMessageBox, _answer("OK", seen))
    _run(qtbot, driver, dialog.purge_selected)
    assert "CPR" in seen[2]
    assert demo.retention.case_references(viborg)


def test_only_a_team_lead_changes_the_period(
    qtbot: QtBot, demo: AppContext, danish: translations.InstalledTranslators
) -> None:
    _act_as(demo, JURIST)
    dialog = _dialog(qtbot, demo, TODAY)
    assert dialog.years_spin.value() == 5
    assert "Kun en teamleder" in dialog.years_hint.text()
    dialog.years_spin.setValue(3)
    seen: list[str] = []
    driver = ModalDriver(unexpected_ms=120_000)
    driver.expect(QMessageBox, _answer("OK", seen))
    _run(
        qtbot, driver, lambda: QTest.mouseClick(dialog.save_years_button, Qt.MouseButton.LeftButton)
    )
    assert "Kun en teamleder kan ændre opbevaringsperioden; MNL er ikke teamleder" in seen[0]
    assert demo.retention.years() == 5 and dialog.years_spin.value() == 5

    _act_as(demo, TEAM_LEAD)
    dialog.years_spin.setValue(3)
    driver = ModalDriver(unexpected_ms=120_000)
    driver.expect(QMessageBox, _answer("OK", seen))
    _run(qtbot, driver, dialog.save_years)
    assert "3 år" in seen[1]
    assert demo.retention.years() == 3
    randers, due = _randers(demo)
    dialog.select_engagement(randers)
    assert dialog.proxy.index(dialog.table.currentIndex().row(), 3).data() == due.strftime(
        "%d-%m-%Y"
    )


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_menu_opens_the_view(
    qtbot: QtBot,
    demo: AppContext,
    ui_settings: UiSettings,
    danish: translations.InstalledTranslators,
) -> None:
    window = MainWindow(demo, settings=ui_settings, opener=open_context, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.retention_action.text().replace("&", "") == "Sagsdata til sletning…"
    window.retention_action.trigger()
    dialog = window.findChild(RetentionDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Sagsdata til sletning"
    dialog.close()
