"""Fund and Anbefaling editors: typed text is never dropped silently; a real Gem / Kassér /
Annuller box asks first when another finding, recommendation or forløb is chosen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import open_context
from taskforce_app.domain.findings import FindingView
from taskforce_app.ui import translations
from taskforce_app.ui.findings.findings_page import FindingsPage
from taskforce_app.ui.findings.prepared_table import find_data
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.kit.undo import UndoController
from tests.gui.conftest import TODAY, FakePrompts, show_page
from tests.gui.modal_answers import ModalAnswers

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(
    qtbot: QtBot, demo_db_path: Path, prompts: FakePrompts, ui_settings: UiSettings
) -> Iterator[FindingsPage]:
    """The Fund og anbefalinger page over a copy of the demo database, wired to its undo stack."""
    context = open_context(demo_db_path, actor="test")
    undo = UndoController(language="da")
    widget = FindingsPage(context, prompts, undo, settings=ui_settings, today=lambda: TODAY)
    undo.changed.connect(widget.apply_changes)
    qtbot.addWidget(widget)
    show_page(widget)
    yield widget
    context.close()


def _two_findings(page: FindingsPage) -> tuple[FindingView, FindingView]:
    by_engagement: dict[object, list[FindingView]] = {}
    for finding in page.context.findings.findings(None):
        by_engagement.setdefault(finding.engagement_id, []).append(finding)
    first, second = next(found for found in by_engagement.values() if len(found) >= 2)[:2]
    page.show_engagement(first.engagement_id)
    assert page.select_finding(first.id)
    return first, second


def _click_row(page: FindingsPage, finding: FindingView) -> None:
    """Select a finding as a click does (through the view's current index)."""
    row = page.model.row_of(finding.id)
    assert row is not None
    page.table.setCurrentIndex(page.proxy.mapFromSource(page.model.index(row, 0)))


def test_finding_cancel_keeps_the_row_and_the_text(
    page: FindingsPage, danish: translations.InstalledTranslators
) -> None:
    first, second = _two_findings(page)
    page.editor.title_edit.setText("Ny titel, ikke gemt")
    answers = ModalAnswers(["Annuller"]).start()
    _click_row(page, second)
    assert len(answers.seen) == 1
    title, text, buttons = answers.seen[0]
    assert title == "Ikke gemte ændringer"
    assert f"fundet “{first.title}”" in text
    assert sorted(buttons) == ["Annuller", "Gem", "Kassér"]
    assert page.editor.finding is not None and page.editor.finding.id == first.id
    assert page.editor.title_edit.text() == "Ny titel, ikke gemt"
    assert page.selected_finding() == page.model.view(first.id)
    assert (
        page.table.selectionModel().selectedRows()[0].row()
        == page.proxy.mapFromSource(page.model.index(page.model.row_of(first.id) or 0, 0)).row()
    )


def test_finding_save_stores_before_the_next_is_shown(
    page: FindingsPage, danish: translations.InstalledTranslators
) -> None:
    first, second = _two_findings(page)
    page.editor.title_edit.setText("Titel gemt via spørgsmålet")
    answers = ModalAnswers(["Gem"]).start()
    _click_row(page, second)
    assert len(answers.seen) == 1
    assert page.context.findings.get(first.id).title == "Titel gemt via spørgsmålet"
    assert page.editor.finding is not None and page.editor.finding.id == second.id
    assert not page.editor.is_dirty()


def test_finding_discard_and_a_clean_editor_switches_without_asking(
    page: FindingsPage, danish: translations.InstalledTranslators
) -> None:
    first, second = _two_findings(page)
    page.editor.description_edit.setPlainText("Kasseres")
    answers = ModalAnswers(["Kassér"]).start()
    _click_row(page, second)
    assert len(answers.seen) == 1
    assert page.context.findings.get(first.id).description == first.description
    assert page.editor.finding is not None and page.editor.finding.id == second.id
    _click_row(page, first)
    assert page.editor.finding is not None and page.editor.finding.id == first.id


def test_a_new_finding_asks_before_the_forlob_changes(page: FindingsPage) -> None:
    first, _second = _two_findings(page)
    page.new_finding()
    page.editor.title_edit.setText("Halvfærdigt fund")
    other = next(
        index
        for index in range(1, page.engagement_combo.count())
        if page.engagement_combo.itemData(index) != first.engagement_id
    )
    answers = ModalAnswers(["Cancel"]).start()
    page.engagement_combo.setCurrentIndex(other)
    assert len(answers.seen) == 1
    assert "the new finding" in answers.seen[0][1]
    assert page.engagement_combo.currentData() == first.engagement_id
    assert page.editor.title_edit.text() == "Halvfærdigt fund"


def test_recommendation_cancel_keeps_the_row_and_save_stores_it(
    page: FindingsPage, danish: translations.InstalledTranslators
) -> None:
    _two_findings(page)
    panel = page.recommendations
    panel.show_combo.setCurrentIndex(find_data(panel.show_combo, panel.SHOW_ALL))
    ids = panel.shown_ids()
    assert len(ids) >= 2
    assert panel.select(ids[0])
    edited = panel.current
    assert edited is not None
    panel.owner_edit.setText("Ny ansvarlig, ikke gemt")
    answers = ModalAnswers(["Annuller"]).start()
    panel.select(ids[1])
    assert len(answers.seen) == 1
    assert "anbefalingen" in answers.seen[0][1]
    assert panel.current is not None and panel.current.id == edited.id
    assert panel.owner_edit.text() == "Ny ansvarlig, ikke gemt"
    assert panel.shown_ids()[panel.table.currentIndex().row()] == edited.id

    answers = ModalAnswers(["Gem"]).start()
    panel.select(ids[1])
    assert len(answers.seen) == 1
    assert page.context.recommendations.get(edited.id).owner == "Ny ansvarlig, ikke gemt"
    assert panel.current is not None and panel.current.id == ids[1]
    assert not panel.is_dirty()


def test_recommendation_text_survives_a_refresh_and_a_finding_change_asks(
    page: FindingsPage, danish: translations.InstalledTranslators
) -> None:
    first, second = _two_findings(page)
    panel = page.recommendations
    panel.start_new()
    panel.text_edit.setPlainText("En ny anbefaling")
    page.refresh()
    assert panel.text_edit.toPlainText() == "En ny anbefaling"
    answers = ModalAnswers(["Annuller"]).start()
    _click_row(page, second)
    assert len(answers.seen) == 1
    assert "den nye anbefaling" in answers.seen[0][1]
    assert page.selected_finding() == page.model.view(first.id)
    assert panel.text_edit.toPlainText() == "En ny anbefaling"
