"""Konsulenter and "Who are you?" through the real widgets: add, change, deactivate, refuse bad
input in Danish, first start on an empty database, who is working per database, the switch."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.enums import ConsultantRole, Organisation
from taskforce_app.domain.history import SWITCH_FIELD
from taskforce_app.domain.team import ConsultantDraft
from taskforce_app.ui import translations
from taskforce_app.ui.engagements.consultants_dialog import (
    ConsultantForm,
    ConsultantsDialog,
    WhoAreYouDialog,
)
from taskforce_app.ui.kit.settings import UiSettings
from tests.gui.conftest import WindowFactory, add_engagements


def _fill(
    qtbot: QtBot,
    form: ConsultantForm,
    name: str,
    initials: str,
    organisation: Organisation = Organisation.ANKESTYRELSEN,
    role: ConsultantRole = ConsultantRole.JURIST,
    email: str = "",
) -> None:
    for field, text in ((form.name, name), (form.initials, initials), (form.email, email)):
        field.clear()
        QTest.keyClicks(field, text)
    form.organisation.setCurrentIndex(form.organisation.findData(organisation.value))
    form.role.setCurrentIndex(form.role.findData(role.value))


def _ok(qtbot: QtBot, dialog: WhoAreYouDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_consultants_are_added_changed_and_deactivated_with_danish_refusals(
    qtbot: QtBot,
    make_window: WindowFactory,
    gui_context: AppContext,
    danish: translations.InstalledTranslators,
) -> None:
    window = make_window(gui_context)
    window.consultants_action.trigger()
    dialog = window.consultants_dialog
    assert isinstance(dialog, ConsultantsDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Konsulenter"
    _fill(qtbot, dialog.form, "Mette Hjort", "mhj", email="mhj@ast.dk")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [(c.initials, c.email) for c in gui_context.team.consultant_details()] == [
        ("MHJ", "mhj@ast.dk")
    ]
    assert dialog.editing is not None and dialog.editing.initials == "MHJ"

    dialog.start_new()
    _fill(qtbot, dialog.form, "Mads Holm", "MHJ")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible()
    assert "Initialerne MHJ bruges allerede" in dialog.error_label.text()
    _fill(qtbot, dialog.form, "Mads 010203-1234", "MAH")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text().startswith("Konsulentens navn ser ud til at indeholde")
    _fill(qtbot, dialog.form, "", "MAH")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Navn skal udfyldes."
    _fill(qtbot, dialog.form, "Mads Holm", "MAH", email="mads.ast.dk")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "er ikke en gyldig e-mailadresse" in dialog.error_label.text()
    assert len(gui_context.team.consultant_details()) == 1

    assert dialog.select("MHJ")
    _fill(
        qtbot,
        dialog.form,
        "Mette Hjort",
        "MHJ",
        Organisation.SOCIAL_OG_BOLIGSTYRELSEN,
        ConsultantRole.SOCIALFAGLIG,
    )
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.error_label.isVisible(), dialog.error_label.text()
    changed = gui_context.team.consultant("MHJ")
    assert (changed.organisation, changed.role) == (
        Organisation.SOCIAL_OG_BOLIGSTYRELSEN,
        ConsultantRole.SOCIALFAGLIG,
    )
    assert dialog.active_button.text() == "&Deaktiver"
    QTest.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert not gui_context.team.consultant("MHJ").active
    assert dialog.model.index(0, 5).data() == "Deaktiveret"
    assert gui_context.team.consultants() == []
    window.undo_action.trigger()
    assert gui_context.team.consultant("MHJ").active


def test_the_team_panel_opens_konsulenter(
    qtbot: QtBot, make_window: WindowFactory, gui_context: AppContext
) -> None:
    created = add_engagements(gui_context)
    window = make_window(gui_context)
    assert window.open_engagement(created[0].id)
    panel = window.engagements_page.editor.team_panel
    QTest.mouseClick(panel.consultants_button, Qt.MouseButton.LeftButton)
    dialog = panel.consultants_dialog
    assert isinstance(dialog, ConsultantsDialog) and dialog.isVisible()
    _fill(qtbot, dialog.form, "Bo Bech", "BBO", role=ConsultantRole.SOCIALFAGLIG)
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert panel.consultant_combo.findText("Bo Bech (BBO)") >= 0


def test_first_start_asks_who_you_are_and_adds_you(
    qtbot: QtBot,
    make_window: WindowFactory,
    gui_context: AppContext,
    ui_settings: UiSettings,
    danish: translations.InstalledTranslators,
) -> None:
    window = make_window(gui_context)
    assert window.consultant_button.text() == "Ingen valgt: hvem er du?"
    dialog = window.greet()
    assert isinstance(dialog, WhoAreYouDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Hvem er du?"
    assert dialog.new_box.isVisible() and dialog.consultant_combo.count() == 1
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_label.text() == "Navn skal udfyldes."
    _fill(qtbot, dialog.form, "Sofie Kam", "ska", email="ska@ast.dk")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    current = gui_context.team.current_consultant()
    assert current is not None and current.initials == "SKA"
    assert window.consultant_button.text() == "Arbejder som Sofie Kam (SKA)"
    assert ui_settings.current_consultant(gui_context.database_identity) == current.id
    assert window.greet() is None
    again = make_window(gui_context)
    assert again.greet() is None and "SKA" in again.consultant_button.text()


def test_who_is_working_is_remembered_per_database_and_a_switch_is_logged(
    qtbot: QtBot,
    make_window: WindowFactory,
    gui_context: AppContext,
    ui_settings: UiSettings,
    db_path: Path,
    tmp_path: Path,
) -> None:
    for name, initials in (("Sofie Kam", "SKA"), ("Bo Bech", "BBO")):
        gui_context.team.create_consultant(
            _draft(name, initials, ConsultantRole.JURIST, Organisation.ANKESTYRELSEN)
        )
    other_path = tmp_path / "other.sqlite"
    shutil.copyfile(db_path, other_path)
    window = make_window(gui_context)
    dialog = window.greet()
    assert isinstance(dialog, WhoAreYouDialog) and not dialog.new_box.isVisible()
    dialog.consultant_combo.setCurrentIndex(dialog.consultant_combo.findText("Sofie Kam (SKA)"))
    _ok(qtbot, dialog)
    QTest.mouseClick(window.consultant_button, Qt.MouseButton.LeftButton)
    switch = window.who_dialog
    assert isinstance(switch, WhoAreYouDialog) and switch.isVisible()
    assert switch.consultant_combo.currentText() == "Sofie Kam (SKA)"
    switch.consultant_combo.setCurrentIndex(switch.consultant_combo.findText("Bo Bech (BBO)"))
    _ok(qtbot, switch)
    assert "BBO" in window.consultant_button.text()
    bo = gui_context.team.consultant("BBO")
    logged = [e for e in gui_context.history.for_record(bo.id) if e.field == SWITCH_FIELD]
    assert [(e.old_value, e.new_value) for e in logged] == [("SKA", "BBO")]

    assert window.open_database(other_path)
    assert window.context.team.current_consultant() is None
    assert "BBO" not in window.consultant_button.text()
    assert ui_settings.current_consultant(window.context.database_identity) is None
    reopened = open_context(db_path)
    try:
        later = make_window(reopened, show=False)
        assert "BBO" in later.consultant_button.text()
        current = reopened.team.current_consultant()
        assert current is not None and current.initials == "BBO"
    finally:
        reopened.close()


def _draft(
    name: str, initials: str, role: ConsultantRole, organisation: Organisation
) -> ConsultantDraft:
    return ConsultantDraft(name, initials, organisation, role)
