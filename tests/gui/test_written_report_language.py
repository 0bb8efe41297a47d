"""The written-report dialog in English: section titles and guidance in the UI language, and
the Word document it saves in that language too."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import ConsultantRole
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.reports.report_writer import WrittenReportDialog
from tests.gui.conftest import FakePrompts, show_page
from tests.services.helpers import consultant, granted_engagement


def test_english_dialog_shows_and_saves_english_titles(
    qtbot: QtBot, gui_context: AppContext, prompts: FakePrompts, tmp_path: Path
) -> None:
    gui_context.team.act_as(consultant(gui_context, "KBW", ConsultantRole.SOCIALFAGLIG))
    engagement = granted_engagement(gui_context)
    dialog = WrittenReportDialog(
        gui_context, UndoController(), engagement, prompts=prompts, language="en"
    )
    qtbot.addWidget(dialog)
    show_page(dialog, 1100, 700)
    editor = dialog.editor
    titles = [editor.model.index(row, 0).data() for row in range(3)]
    assert titles == ["Cover", "Summary", "The engagement in figures"]
    editor.select_section("indledning")
    assert editor.title_label.text() == "Introduction"

    prompts.chosen_file = tmp_path / "analysis"
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.word_button.click()
    paragraphs = [p.text for p in Document(str(tmp_path / "analysis.docx")).paragraphs]
    assert "Introduction" in paragraphs and "Indledning" not in paragraphs
    assert "This section has not been written yet." in paragraphs
    assert not any("Afsnittet er endnu ikke skrevet" in text for text in paragraphs)
    assert prompts.errors == []
