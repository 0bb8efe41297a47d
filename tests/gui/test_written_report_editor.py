"""The written-report editor: typing autosaves as the working consultant, the status changes
and undoes as one step, a CPR number is refused in Danish naming the section, a finding is
pulled into the text, and the Close button saves what was typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import ConsultantRole, Severity, Track
from taskforce_app.domain.findings import FindingDraft
from taskforce_app.domain.report_templates import ReportType, SectionStatus
from taskforce_app.ui import translations
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.reports.report_writer import WrittenReportDialog, WrittenReportEditor
from taskforce_app.ui.reports.reports_page import ReportsPage
from tests.gui.conftest import FakePrompts, show_page
from tests.gui.test_engagement_models import check
from tests.services.helpers import consultant, granted_engagement

ANALYSE = ReportType.ANALYSE


@pytest.fixture
def editor(
    qtbot: QtBot, gui_context: AppContext, danish: translations.InstalledTranslators
) -> Iterator[WrittenReportEditor]:
    """The editor over a granted forløb, KBW working, autosave after 50 ms."""
    gui_context.team.act_as(consultant(gui_context, "KBW", ConsultantRole.SOCIALFAGLIG))
    engagement = granted_engagement(gui_context)
    gui_context.findings.create(
        engagement,
        FindingDraft(Track.SOCIALFAGLIG, "Opfølgning mangler", Severity.CRITICAL),
    )
    widget = WrittenReportEditor(gui_context, UndoController(), autosave_ms=50)
    qtbot.addWidget(widget)
    widget.set_engagement(engagement)
    show_page(widget, 1100, 700)
    yield widget


def _stored(editor: WrittenReportEditor, section: str) -> tuple[str, SectionStatus | None]:
    context = editor._context
    engagement = editor._engagement
    assert engagement is not None
    state = context.report_authoring.section(engagement, editor.report_type, section)
    return state.text, state.status


def test_the_section_list_is_a_sound_model(
    editor: WrittenReportEditor, qtmodeltester: ModelTester
) -> None:
    check(qtmodeltester, editor.model)
    titles = [editor.model.record_at(row).template.title for row in range(editor.model.rowCount())]
    assert titles[:3] == ["Forside", "Sammenfatning", "Forløbet i tal"]
    assert editor.model.index(1, 1).data() == "Udkast"
    assert editor.model.index(0, 1).data() == "–"


def test_typing_autosaves_as_the_working_consultant(
    qtbot: QtBot, editor: WrittenReportEditor
) -> None:
    editor.select_section("indledning")
    assert editor.title_label.text() == "Indledning"
    assert "Ikke skrevet endnu" in editor.changed_label.text()
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        QTest.keyClicks(editor.text_edit, "Kommunen søgte i 2025.")
    assert saved.args is not None and saved.args[0].text == "Kommunen søgte i 2025."
    assert _stored(editor, "indledning") == ("Kommunen søgte i 2025.", SectionStatus.DRAFT)
    assert editor.changed_label.text().startswith("Ændret af KBW Konsulent KBW den ")
    row = editor.model.row_of("indledning")
    assert row is not None and editor.model.index(row, 2).data() == "KBW Konsulent KBW"


def test_status_change_and_its_undo(qtbot: QtBot, editor: WrittenReportEditor) -> None:
    editor.select_section("metode")
    ready = editor.status_combo.findData(SectionStatus.READY.value)
    assert editor.status_combo.itemText(ready) == "Klar"
    editor.status_combo.setCurrentIndex(ready)
    editor.status_combo.activated.emit(ready)
    assert _stored(editor, "metode")[1] is SectionStatus.READY
    row = editor.model.row_of("metode")
    assert row is not None and editor.model.index(row, 1).data() == "Klar"
    editor._undo.stack.undo()
    assert _stored(editor, "metode")[1] is SectionStatus.DRAFT
    qtbot.waitUntil(lambda: editor.status_combo.currentText() == "Udkast")


def test_a_cpr_number_is_refused_in_danish_naming_the_section(
    qtbot: QtBot, editor: WrittenReportEditor
) -> None:
    editor.select_section("sammenfatning")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        QTest.keyClicks(editor.text_edit, "Gemt tekst.")
    QTest.keyClicks(editor.text_edit, " Barnet 010203-1234 blev hørt.")
    qtbot.waitUntil(editor.error.isVisible, timeout=5000)
    message = editor.error.text()
    assert "»Sammenfatning«" in message and "CPR-nummer" in message and "Intet er gemt" in message
    assert _stored(editor, "sammenfatning")[0] == "Gemt tekst."
    editor.select_section("metode")  # refused: the editor stays on the section with the number
    assert editor.title_label.text() == "Sammenfatning"
    editor.text_edit.setPlainText("Rettet tekst.")
    assert editor.save_now()
    assert not editor.error.isVisible()
    assert _stored(editor, "sammenfatning")[0] == "Rettet tekst."


def test_generated_parts_are_read_only_and_a_finding_is_pulled_in(
    qtbot: QtBot, editor: WrittenReportEditor
) -> None:
    editor.select_section("resultater")
    assert not editor.text_edit.isEnabled() and not editor.status_combo.isEnabled()
    assert "laves af programmet" in editor.guidance_label.text()
    editor.select_section("konklusioner")
    assert editor.finding_combo.currentText() == "Opfølgning mangler"
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.pull_button.click()
    assert editor.text_edit.toPlainText() == "# Opfølgning mangler"
    assert _stored(editor, "konklusioner")[0] == "# Opfølgning mangler"
    editor.report_combo.setCurrentIndex(editor.report_combo.findData(ReportType.STATUS.value))
    assert editor.report_type is ReportType.STATUS
    editor.select_section("konklusioner")
    assert editor.text_edit.toPlainText() == ""


def test_close_saves_what_was_typed(
    qtbot: QtBot, editor: WrittenReportEditor, prompts: FakePrompts
) -> None:
    engagement = editor._engagement
    assert engagement is not None
    dialog = WrittenReportDialog(editor._context, UndoController(), engagement, prompts=prompts)
    qtbot.addWidget(dialog)
    dialog.editor.autosave.setInterval(60_000)
    show_page(dialog, 1100, 700)
    dialog.editor.select_section("anbefalinger")
    QTest.keyClicks(dialog.editor.text_edit, "- Indfør tjekliste")
    dialog.reject()
    assert not dialog.isVisible()
    state = editor._context.report_authoring.section(engagement, ANALYSE, "anbefalinger")
    assert state.text == "- Indfør tjekliste"


def test_the_reports_page_opens_the_writer_for_its_engagement(
    qtbot: QtBot, editor: WrittenReportEditor, prompts: FakePrompts
) -> None:
    page = ReportsPage(editor._context, prompts, UndoController())
    qtbot.addWidget(page)
    show_page(page)
    assert page.write_button.text() == "Skriv rapport…" and page.write_button.isEnabled()
    opened: list[tuple[str, str]] = []

    def look(dialog: QDialog) -> bool:
        assert isinstance(dialog, WrittenReportDialog)
        opened.append((dialog.windowTitle(), dialog.editor.report_combo.currentText()))
        return False

    page.run_dialog = look
    page.write_button.click()
    assert opened == [("Skriv rapport", "Analyserapport")]


def test_the_dialog_saves_the_report_as_word_and_pdf(
    qtbot: QtBot, editor: WrittenReportEditor, prompts: FakePrompts, tmp_path: Path
) -> None:
    engagement = editor._engagement
    assert engagement is not None
    dialog = WrittenReportDialog(
        editor._context, UndoController(), engagement, prompts=prompts, municipality="Odense"
    )
    qtbot.addWidget(dialog)
    show_page(dialog, 1100, 700)
    dialog.editor.select_section("indledning")
    QTest.keyClicks(dialog.editor.text_edit, "# Baggrund")
    prompts.chosen_file = tmp_path / "analyse"
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as word:
        dialog.word_button.click()
    assert word.args == [tmp_path / "analyse.docx"]
    headings = [p.text for p in Document(str(tmp_path / "analyse.docx")).paragraphs]
    assert "Indledning" in headings and "Baggrund" in headings
    prompts.chosen_file = tmp_path / "analyse.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.pdf_button.click()
    assert "Baggrund" in "".join(
        p.extract_text() for p in PdfReader(tmp_path / "analyse.pdf").pages
    )
    assert prompts.file_requests == ["Gem Analyserapport", "Gem Analyserapport"]
    assert prompts.errors == []
