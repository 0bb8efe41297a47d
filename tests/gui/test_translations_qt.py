"""Qt's own Danish (qtbase_da) for standard dialogs, loaded from the Qt install; one word for
Cancel everywhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from taskforce_app.ui import translations
from taskforce_app.ui.kit.job_progress_dialog import JobProgressDialog
from taskforce_app.ui.kit.workers import ProgressRunner


def test_qtbase_danish_is_loaded_from_the_qt_install(
    danish: translations.InstalledTranslators,
) -> None:
    qt_folder = Path(translations.qt_translations_dir())
    assert danish.missing == []
    assert qt_folder / f"{translations.QT_CATALOGUE}.qm" in danish.loaded_files
    assert translations.danish_is_loaded()


def test_a_message_box_and_a_button_box_speak_danish(
    qtbot: QtBot, danish: translations.InstalledTranslators
) -> None:
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
    )
    texts = {
        button: box.button(button).text().replace("&", "")
        for button in (
            QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Cancel,
        )
    }
    assert texts == {
        QMessageBox.StandardButton.Yes: "Ja",
        QMessageBox.StandardButton.No: "Nej",
        QMessageBox.StandardButton.Cancel: "Annuller",
    }
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuller"


def test_the_file_dialog_speaks_danish(
    qtbot: QtBot, danish: translations.InstalledTranslators
) -> None:
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert "Annuller" in texts and "Åbn" in texts


def test_the_progress_dialog_cancel_reads_annuller(
    qtbot: QtBot, danish: translations.InstalledTranslators
) -> None:
    dialog = JobProgressDialog(None, "Arbejde", "Arbejder…", lambda: None)
    qtbot.addWidget(dialog)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuller"
    runner = ProgressRunner(None, "Arbejde")
    assert runner.tr("Cancel") == "Annuller"
    dialog.request_cancel(dialog.tr("Cancelling…"))
    assert dialog.label.text() == "Annullerer…"
    runner.deleteLater()
