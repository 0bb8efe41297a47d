"""Main-window flows: create, edit, delete, CPR refusal, menus, database switching, settings."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from taskforce_app import __version__
from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.engagements import EngagementDraft
from taskforce_app.domain.enums import Phase
from taskforce_app.ui import translations
from taskforce_app.ui.engagements.engagement_editor import EditorMode, EngagementEditor, parse_date
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.main_window import MainWindow, Page
from tests.gui.conftest import FakePrompts, WindowFactory, add_engagements
from tests.gui.modal_answers import ModalAnswers

CPR_NOTE = "Barnet (310805-2345) blev hørt"


def choose_municipality(editor: EngagementEditor, label: str) -> None:
    index = editor.municipality_combo.findText(label)
    assert index > 0, label
    editor.municipality_combo.setCurrentIndex(index)


def select_title(window: MainWindow, title: str) -> None:
    page = window.engagements_page
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 6).data() == title:
            page.table.selectRow(row)
            return
    raise AssertionError(f"{title} not in the list")


def test_create_through_the_window_is_in_the_database(
    qtbot: QtBot, make_window: WindowFactory, gui_context: AppContext, db_path: Path
) -> None:
    window = make_window(gui_context)
    page = window.engagements_page
    QTest.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor.mode == EditorMode.NEW
    QTest.keyClicks(editor.title_edit, "Bedre børnefaglige undersøgelser")
    choose_municipality(editor, "Aarhus (751)")
    editor.phase_combo.setCurrentIndex(editor.phase_combo.findData(Phase.ANALYSE.value))
    QTest.keyClicks(editor.start_edit, "03-02-2025")
    QTest.keyClicks(editor.notes_edit, "Første møde med forvaltningen.")
    with qtbot.waitSignal(window.changes_applied):
        QTest.mouseClick(editor.create_button, Qt.MouseButton.LeftButton)

    assert editor.error_text == ""
    assert editor.engagement_id is not None
    assert window.engagement_model.rowCount() == 1
    assert page.table.currentIndex().row() == 0
    fresh = open_context(db_path)
    try:
        [row] = fresh.engagements.summaries()
        detail = fresh.engagements.get(row.id)
    finally:
        fresh.close()
    assert detail.title == "Bedre børnefaglige undersøgelser"
    assert detail.municipality.name == "Aarhus"
    assert detail.phase == Phase.ANALYSE
    assert detail.start_date == parse_date("03-02-2025")
    assert detail.planned_end_date == parse_date("03-02-2027")
    assert detail.notes == "Første møde med forvaltningen."


def test_edit_saves_and_refreshes_the_list(
    qtbot: QtBot, make_window: WindowFactory, gui_context: AppContext, db_path: Path
) -> None:
    created = add_engagements(gui_context)
    window = make_window(gui_context)
    select_title(window, created[1].title)
    editor = window.engagements_page.editor
    assert editor.engagement_id == created[1].id
    editor.title_edit.clear()
    QTest.keyClicks(editor.title_edit, "Nyt fokus på handleplaner")
    editor.actual_end_edit.clear()
    QTest.keyClicks(editor.actual_end_edit, "1.6.2026")
    assert editor.is_dirty()
    assert editor.save()
    assert not editor.is_dirty()
    titles = [row.title for row in window.engagement_model.summaries()]
    assert "Nyt fokus på handleplaner" in titles
    fresh = open_context(db_path)
    try:
        detail = fresh.engagements.get(created[1].id)
    finally:
        fresh.close()
    assert detail.title == "Nyt fokus på handleplaner"
    assert detail.actual_end_date == parse_date("01-06-2026")


def test_edit_refused_when_changed_elsewhere_keeps_typed_values(
    qtbot: QtBot, make_window: WindowFactory, gui_context: AppContext, db_path: Path
) -> None:
    created = add_engagements(gui_context)
    window = make_window(gui_context)
    select_title(window, created[0].title)
    other = open_context(db_path)
    try:
        detail = other.engagements.get(created[0].id)
        other.engagements.update(
            created[0].id,
            EngagementDraft(title="Ændret andetsteds", municipality_id=detail.municipality.id),
        )
    finally:
        other.close()
    editor = window.engagements_page.editor
    editor.title_edit.clear()
    QTest.keyClicks(editor.title_edit, "Min version")
    assert not editor.save()
    assert "ændret eller slettet et andet sted" in editor.error_text
    assert editor.title_edit.text() == "Min version"


def test_soft_delete_hides_but_keeps_the_record(
    make_window: WindowFactory, gui_context: AppContext, prompts: FakePrompts
) -> None:
    created = add_engagements(gui_context)
    window = make_window(gui_context)
    select_title(window, created[0].title)
    prompts.confirm_answer = True
    window.delete_action.trigger()
    assert len(prompts.confirms) == 1
    assert created[0].title in prompts.confirms[0][1]
    ids = [row.id for row in window.engagement_model.summaries()]
    assert created[0].id not in ids
    assert len(ids) == 2
    assert window.engagements_page.editor.mode == EditorMode.EMPTY
    assert created[0].id not in {row.id for row in gui_context.engagements.summaries()}
    assert created[0].id in {
        row.id for row in gui_context.engagements.summaries(include_deleted=True)
    }


def test_delete_cancelled_changes_nothing(
    make_window: WindowFactory, gui_context: AppContext, prompts: FakePrompts
) -> None:
    created = add_engagements(gui_context)
    window = make_window(gui_context)
    select_title(window, created[2].title)
    prompts.confirm_answer = False
    window.delete_action.trigger()
    assert window.engagement_model.rowCount() == 3
    assert window.engagements_page.editor.engagement_id == created[2].id


def test_cpr_number_in_notes_is_refused_and_nothing_is_lost(
    qtbot: QtBot, make_window: WindowFactory, gui_context: AppContext, db_path: Path
) -> None:
    window = make_window(gui_context)
    window.new_action.trigger()
    editor = window.engagements_page.editor
    QTest.keyClicks(editor.title_edit, "Forløb med en fejl")
    choose_municipality(editor, "Ærø (492)")
    QTest.keyClicks(editor.notes_edit, CPR_NOTE)
    QTest.mouseClick(editor.create_button, Qt.MouseButton.LeftButton)

    assert "CPR-nummer" in editor.error_text
    assert editor.error_label.isVisible()
    assert editor.notes_edit.toPlainText() == CPR_NOTE
    assert editor.title_edit.text() == "Forløb med en fejl"
    assert editor.mode == EditorMode.NEW
    fresh = open_context(db_path)
    try:
        assert fresh.engagements.summaries(include_deleted=True) == []
    finally:
        fresh.close()


def test_cpr_message_in_english(
    qtbot: QtBot, make_window: WindowFactory, gui_context: AppContext
) -> None:
    window = make_window(gui_context, language="en")
    window.new_engagement()
    editor = window.engagements_page.editor
    QTest.keyClicks(editor.title_edit, "Title")
    choose_municipality(editor, "Ærø (492)")
    QTest.keyClicks(editor.notes_edit, CPR_NOTE)
    assert not editor.save()
    assert "CPR number" in editor.error_text


def test_invalid_date_and_missing_municipality_are_explained(
    qtbot: QtBot, make_window: WindowFactory, gui_context: AppContext
) -> None:
    window = make_window(gui_context)
    window.new_engagement()
    editor = window.engagements_page.editor
    QTest.keyClicks(editor.title_edit, "Et forløb")
    assert not editor.save()
    assert "Municipality" in editor.error_text or "Kommune" in editor.error_text
    choose_municipality(editor, "Aarhus (751)")
    QTest.keyClicks(editor.start_edit, "31-02-2025")
    assert not editor.save()
    assert "31-02-2025" in editor.error_text
    assert editor.start_edit.text() == "31-02-2025"
    assert gui_context.engagements.summaries() == []


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_leaving_a_forlob_saves_typed_text_and_asks_only_about_refused_values(
    qtbot: QtBot,
    make_window: WindowFactory,
    gui_context: AppContext,
    prompts: FakePrompts,
    danish: translations.InstalledTranslators,
) -> None:
    created = add_engagements(gui_context)
    window = make_window(gui_context)
    select_title(window, created[0].title)
    editor = window.engagements_page.editor
    QTest.keyClicks(editor.description_edit, "halvfærdig tekst")
    select_title(window, created[1].title)
    assert prompts.confirms == []
    assert gui_context.engagements.get(created[0].id).description == "halvfærdig tekst"
    assert editor.engagement_id == created[1].id

    QTest.keyClicks(editor.description_edit, CPR_NOTE)
    answers = ModalAnswers(["Annuller"]).start()
    select_title(window, created[2].title)
    assert len(answers.seen) == 1
    assert sorted(answers.seen[0][2]) == ["Annuller", "Gem", "Kassér"]
    assert editor.engagement_id == created[1].id
    assert editor.description_edit.toPlainText().endswith(CPR_NOTE)
    assert "CPR-nummer" in editor.error_text
    answers = ModalAnswers(["Kassér"]).start()
    select_title(window, created[2].title)
    assert len(answers.seen) == 1
    assert editor.engagement_id == created[2].id
    assert CPR_NOTE not in gui_context.engagements.get(created[1].id).description


def test_search_box_filters_the_list(
    qtbot: QtBot, make_window: WindowFactory, gui_context: AppContext
) -> None:
    add_engagements(gui_context)
    window = make_window(gui_context, language="en")
    page = window.engagements_page
    QTest.keyClicks(page.search_edit, "SYDDANMARK")
    assert page.proxy.rowCount() == 2
    assert page.count_label.text() == "2 of 3 engagements"


def test_open_database_switches_and_keeps_the_old_one_on_failure(
    make_window: WindowFactory,
    gui_context: AppContext,
    prompts: FakePrompts,
    migrated_template: Path,
    tmp_path: Path,
) -> None:
    add_engagements(gui_context)
    window = make_window(gui_context)
    assert window.engagement_model.rowCount() == 3
    not_a_database = tmp_path / "notes.sqlite"
    not_a_database.write_text("just text, not a database\n" * 100)
    prompts.chosen_file = not_a_database
    window.open_action.trigger()
    assert len(prompts.errors) == 1
    assert window.engagement_model.rowCount() == 3

    other = tmp_path / "other.sqlite"
    other.write_bytes(migrated_template.read_bytes())
    prompts.chosen_file = other
    window.open_action.trigger()
    assert window.engagement_model.rowCount() == 0
    assert window.context.database_name.endswith("other.sqlite")
    assert "other.sqlite" in window.database_label.text()
    assert window.settings.last_folder == tmp_path
    window.context.close()


def test_status_bar_names_database_and_upgrade_backup(
    make_window: WindowFactory, gui_context: AppContext, tmp_path: Path
) -> None:
    backup = tmp_path / "taskforce.backup-0001.sqlite"
    context = dataclasses.replace(gui_context, upgrade_backup=backup)
    window = make_window(context)
    assert gui_context.database_name in window.database_label.text()
    assert backup.name in window.backup_label.text()
    assert window.backup_label.isVisible()


def test_menus_pages_and_shortcuts(make_window: WindowFactory, gui_context: AppContext) -> None:
    window = make_window(gui_context)
    assert window.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert window.delete_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    for page, action in zip(Page, window.page_actions, strict=True):
        assert action.shortcut() == QKeySequence(f"Ctrl+{page.value + 1}")
        action.trigger()
        assert window.current_page() == page
        assert window.stack.currentIndex() == page.value


def test_language_choice_is_stored_for_the_next_start(
    make_window: WindowFactory, gui_context: AppContext, prompts: FakePrompts
) -> None:
    window = make_window(gui_context)
    window.language_actions["en"].trigger()
    assert window.settings.language == "en"
    assert len(prompts.infos) == 1
    assert "næste gang" in prompts.infos[0][1] or "next time" in prompts.infos[0][1]


def test_about_shows_the_version(
    make_window: WindowFactory, gui_context: AppContext, prompts: FakePrompts
) -> None:
    window = make_window(gui_context)
    window.about_action.trigger()
    [(_title, text)] = prompts.infos
    assert __version__ in text


def test_geometry_is_remembered(
    make_window: WindowFactory, gui_context: AppContext, ui_settings: UiSettings
) -> None:
    window = make_window(gui_context)
    window.resize(1000, 640)
    window.close()
    assert ui_settings.window_geometry is not None
    again = make_window(gui_context, show=False)
    # restoreGeometry fits the window to the screen, and the offscreen screen is 800 pixels
    # wide, so the width comes back as the window's minimum; the height fits and is exact.
    assert again.height() == 640
    assert again.width() < 1280


def test_overview_lists_every_engagement_and_opens_one(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    add_engagements(gui_context)
    window = make_window(gui_context, language="en")
    window.show_page(Page.OVERVIEW)
    assert window.overview_page.proxy.rowCount() == 3
    wanted = gui_context.engagements.summaries()[0]
    window.overview_page.engagement_activated.emit(wanted.id)
    assert window.current_page() == Page.ENGAGEMENTS
    assert window.engagements_page.editor.engagement_id == wanted.id


def test_overview_list_starts_sorted_by_municipality(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    add_engagements(gui_context)
    window = make_window(gui_context)
    window.show_page(Page.OVERVIEW)
    proxy = window.overview_page.proxy
    names = [str(proxy.index(row, 0).data()) for row in range(proxy.rowCount())]
    assert names == ["Odense (461)", "Ærø (492)", "Aarhus (751)"]


def test_navigation_order_and_page_registration(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    window = make_window(gui_context, language="en")
    nav = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert nav == [
        "Overview",
        "My deadlines",
        "Applications",
        "Engagements",
        "Timeline",
        "Case review",
        "Findings and recommendations",
        "Reports",
    ]
    replacement = QLabel("timeline")
    window.show_page(Page.ENGAGEMENTS)
    window.register_page(Page.TIMELINE, replacement)
    assert window.current_page() == Page.ENGAGEMENTS
    assert window.pages[Page.TIMELINE] is replacement
    window.show_page(Page.TIMELINE)
    assert window.stack.currentWidget() is replacement


def test_open_engagement_switches_page_and_clears_a_hiding_search(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    created = add_engagements(gui_context)
    window = make_window(gui_context)
    window.show_page(Page.OVERVIEW)
    window.engagements_page.search_edit.setText("Aarhus")
    assert window.open_engagement(created[1].id)
    assert window.current_page() == Page.ENGAGEMENTS
    assert window.engagements_page.search_edit.text() == ""
    assert window.engagements_page.editor.engagement_id == created[1].id


def test_every_page_can_be_opened_and_the_key_figures_tab_builds_on_demand(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    add_engagements(gui_context)
    window = make_window(gui_context, language="en")
    for page in Page:
        window.show_page(page)
        assert window.current_page() == page
        assert window.stack.currentWidget() is window.page_widget(page)
    window.show_page(Page.ENGAGEMENTS)
    editor = window.engagements_page.editor
    editor.load(gui_context.engagements.summaries()[0].id)
    assert editor.key_figures_panel is None
    editor.tabs.setCurrentIndex(editor.key_figures_tab)
    assert editor.key_figures_panel is not None
    assert editor.key_figures_panel.is_empty  # no statistics imported yet
    assert editor.key_figures_panel.municipality_code is not None
