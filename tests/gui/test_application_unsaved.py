"""Ansøgning editor: typed text is never dropped silently; a real Gem / Kassér / Annuller box
asks first when another row, another round or another page is chosen, or the window closes."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext
from taskforce_app.ui import translations
from taskforce_app.ui.main_window import MainWindow, Page
from tests.gui.conftest import WindowFactory
from tests.gui.modal_answers import ModalAnswers
from tests.gui.test_applications_page import new_round, register, window_with_dialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _two_applications(make_window: WindowFactory, context: AppContext) -> MainWindow:
    window, dialogs = window_with_dialogs(make_window, context)
    window.show_page(Page.APPLICATIONS)
    new_round(window, dialogs, "Runde 2026")
    assert register(window, "Aarhus (751)")
    assert register(window, "Odense (461)")
    return window


def _select_row(window: MainWindow, municipality: str) -> None:
    page = window.applications_page
    for row in range(page.proxy.rowCount()):
        index = page.proxy.index(row, 0)
        if municipality in str(page.proxy.data(index)):
            page.applications_view.setCurrentIndex(index)
            return
    raise AssertionError(municipality)


def test_cancel_keeps_the_edited_row_and_its_text(
    qtbot: QtBot,
    make_window: WindowFactory,
    gui_context: AppContext,
    danish: translations.InstalledTranslators,
) -> None:
    window = _two_applications(make_window, gui_context)
    page = window.applications_page
    _select_row(window, "Aarhus")
    edited = page.editor.application_id
    page.editor.motivation_edit.setPlainText("Ny motivation, ikke gemt")
    answers = ModalAnswers(["Annuller"]).start()
    _select_row(window, "Odense")
    assert answers.seen, "no question was asked"
    title, text, buttons = answers.seen[0]
    assert title == "Ikke gemte ændringer"
    assert "ansøgningen fra Aarhus" in text
    assert sorted(buttons) == ["Annuller", "Gem", "Kassér"]
    assert page.editor.application_id == edited
    assert page.editor.motivation_edit.toPlainText() == "Ny motivation, ikke gemt"
    selected = page.applications_view.currentIndex()
    assert "Aarhus" in str(page.proxy.data(selected.siblingAtColumn(0)))


def test_save_stores_the_text_before_the_other_row_is_shown(
    qtbot: QtBot,
    make_window: WindowFactory,
    gui_context: AppContext,
    danish: translations.InstalledTranslators,
) -> None:
    window = _two_applications(make_window, gui_context)
    page = window.applications_page
    _select_row(window, "Aarhus")
    aarhus = page.editor.application_id
    assert aarhus is not None
    page.editor.motivation_edit.setPlainText("Gemt via spørgsmålet")
    answers = ModalAnswers(["Gem"]).start()
    _select_row(window, "Odense")
    assert len(answers.seen) == 1
    assert gui_context.applications.get(aarhus).motivation == "Gemt via spørgsmålet"
    shown = page.editor.detail
    assert shown is not None and shown.municipality_name == "Odense"
    assert not page.editor.is_dirty()


def test_discard_drops_the_text_and_shows_the_other_row(
    qtbot: QtBot,
    make_window: WindowFactory,
    gui_context: AppContext,
    danish: translations.InstalledTranslators,
) -> None:
    window = _two_applications(make_window, gui_context)
    page = window.applications_page
    _select_row(window, "Aarhus")
    aarhus = page.editor.application_id
    assert aarhus is not None
    before = gui_context.applications.get(aarhus).motivation
    page.editor.reason_edit.setText("En begrundelse, der ikke er registreret")
    answers = ModalAnswers(["Kassér"]).start()
    _select_row(window, "Odense")
    assert len(answers.seen) == 1
    assert gui_context.applications.get(aarhus).motivation == before
    shown = page.editor.detail
    assert shown is not None and shown.municipality_name == "Odense"


def test_unchanged_rows_switch_without_a_question(
    qtbot: QtBot, make_window: WindowFactory, gui_context: AppContext
) -> None:
    window = _two_applications(make_window, gui_context)
    page = window.applications_page
    _select_row(window, "Aarhus")
    _select_row(window, "Odense")
    shown = page.editor.detail
    assert shown is not None and shown.municipality_name == "Odense"
    assert not page.editor.is_dirty()


def test_page_change_and_close_ask_and_cancel_keeps_the_window(
    qtbot: QtBot,
    make_window: WindowFactory,
    gui_context: AppContext,
    danish: translations.InstalledTranslators,
) -> None:
    window = _two_applications(make_window, gui_context)
    page = window.applications_page
    _select_row(window, "Aarhus")
    page.editor.contacts_edit.setText("Ny kontaktperson")
    answers = ModalAnswers(["Annuller"]).start()
    window.show_page(Page.OVERVIEW)
    assert len(answers.seen) == 1
    assert window.current_page() == Page.APPLICATIONS
    assert window.nav.currentRow() == Page.APPLICATIONS.value

    answers = ModalAnswers(["Annuller"]).start()
    window.quit_action.trigger()
    assert len(answers.seen) == 1
    assert window.isVisible()
    assert page.editor.contacts_edit.text() == "Ny kontaktperson"

    aarhus = page.editor.application_id
    assert aarhus is not None
    answers = ModalAnswers(["Gem"]).start()
    window.quit_action.trigger()
    assert len(answers.seen) == 1
    assert not window.isVisible()
    assert gui_context.applications.get(aarhus).contact_persons == "Ny kontaktperson"


def test_a_new_application_asks_in_english_too(
    qtbot: QtBot, make_window: WindowFactory, gui_context: AppContext
) -> None:
    window = _two_applications(make_window, gui_context)
    page = window.applications_page
    page.new_button.click()
    page.editor.motivation_edit.setPlainText("Halvfærdig ansøgning")
    answers = ModalAnswers(["Cancel"]).start()
    _select_row(window, "Odense")
    assert answers.seen and sorted(answers.seen[0][2]) == ["Cancel", "Discard", "Save"]
    assert "the new application" in answers.seen[0][1]
    assert page.editor.application_id is None
    assert page.editor.motivation_edit.toPlainText() == "Halvfærdig ansøgning"
