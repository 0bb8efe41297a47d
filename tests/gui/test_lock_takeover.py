"""A lock left by another computer: the real dialog offers "Overtag låsen" with the details."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import open_context
from taskforce_app.domain.errors import UserError
from taskforce_app.ui import translations
from taskforce_app.ui.app import open_held_database
from taskforce_app.ui.kit.settings import UiSettings

# The offscreen platform says so whenever a real modal dialog is shown; nothing is wrong.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _foreign_lock(db_path: Path) -> Path:
    lock = db_path.with_name(db_path.name + ".lock")
    record = {
        "user": "kim",
        "host": "baerbar-7",
        "pid": 4242,
        "started": 1.0,
        "since": "2026-03-02T08:15:00+00:00",
        "token": "t",
    }
    lock.write_text(json.dumps(record), encoding="utf-8")
    return lock


def _refusal(db_path: Path) -> UserError:
    with pytest.raises(UserError) as caught:
        open_context(db_path, lock=True)
    return caught.value


def _click_when_shown(qtbot: QtBot, button_text: str, seen: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        for button in box.buttons():
            cancel = box.buttonRole(button) == QMessageBox.ButtonRole.RejectRole
            if button.text().replace("&", "") == button_text or (cancel and button_text == ""):
                button.click()
                return
        seen.append("no button " + button_text)
        box.reject()

    QTimer.singleShot(0, click)


def test_taking_over_a_lock_of_another_computer(
    qtbot: QtBot,
    db_path: Path,
    danish: translations.InstalledTranslators,
    caplog: pytest.LogCaptureFixture,
) -> None:
    lock = _foreign_lock(db_path)
    error = _refusal(db_path)
    seen: list[str] = []
    _click_when_shown(qtbot, "Overtag låsen", seen)
    with caplog.at_level(logging.WARNING):
        context = open_held_database(str(db_path), error, "da", UiSettings())
    assert context is not None
    try:
        assert not context.read_only
        record = json.loads(lock.read_text(encoding="utf-8"))
        assert record["host"] != "baerbar-7"  # this program holds it now
    finally:
        context.close()
    assert len(seen) == 1
    assert "kim på baerbar-7" in seen[0] and "02-03-2026" in seen[0]
    assert "kan ændringer gå tabt" in seen[0]
    assert any("baerbar-7" in r.getMessage() for r in caplog.records)


def test_declining_leaves_the_foreign_lock_alone(
    qtbot: QtBot, db_path: Path, danish: translations.InstalledTranslators
) -> None:
    lock = _foreign_lock(db_path)
    before = lock.read_bytes()
    error = _refusal(db_path)
    seen: list[str] = []
    _click_when_shown(qtbot, "", seen)  # Cancel, in whatever language
    assert open_held_database(str(db_path), error, "da", UiSettings()) is None
    assert lock.read_bytes() == before
    assert seen and "no button" not in seen[-1]
