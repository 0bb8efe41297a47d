"""The Historik tab shows the forløb's changes and exports them."""

from __future__ import annotations

import csv
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import AuditAction, ConsultantRole
from taskforce_app.domain.milestones import MilestoneDraft
from taskforce_app.ui import translations
from taskforce_app.ui.engagements.history_panel import HistoryPanel, summary_text, who_text
from taskforce_app.ui.kit.undo import UndoController
from tests.gui.conftest import FakePrompts
from tests.services.helpers import consultant, granted_engagement


def test_history_lists_changes_newest_first_and_exports(
    qtbot: QtBot, gui_context: AppContext, tmp_path: Path, qtmodeltester: object
) -> None:
    engagement_id = granted_engagement(gui_context, "Odense")
    detail = gui_context.engagements.get(engagement_id)
    gui_context.engagements.update(engagement_id, replace(detail.draft(), title="Omdøbt forløb"))
    prompts = FakePrompts()
    panel = HistoryPanel(gui_context, UndoController(), prompts, language="da")
    qtbot.addWidget(panel)
    panel.set_engagement(gui_context.engagements.get(engagement_id))
    assert panel.model.rowCount() > 5
    first = panel.model.record_at(0)
    assert first.field == "title" and first.new_value == "Omdøbt forløb"
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    prompts.chosen_file = tmp_path / "historik"
    panel.export()
    written = tmp_path / "historik.csv"
    with written.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) == panel.model.rowCount() + 1
    assert prompts.infos and not prompts.errors


def _milestone_dated_by_a_consultant(context: AppContext) -> uuid.UUID:
    """A forløb whose kick-off milestone got its actual date from consultant AH."""
    engagement_id = granted_engagement(context, "Odense")
    context.team.act_as(consultant(context, "AH", ConsultantRole.JURIST))
    kick_off = next(
        m
        for m in context.milestones.for_engagement(engagement_id)
        if m.title.startswith("Opstartsmøde")
    )
    draft = MilestoneDraft(
        title=kick_off.title,
        phase=kick_off.phase,
        planned_on=kick_off.planned_on,
        actual_on=date(2027, 3, 12),
        responsible_id=kick_off.responsible_id,
        status=kick_off.status,
        note=kick_off.note,
    )
    context.milestones.update(kick_off.id, draft)
    return engagement_id


def _panel(qtbot: QtBot, context: AppContext, engagement_id: uuid.UUID) -> HistoryPanel:
    panel = HistoryPanel(context, UndoController(), FakePrompts(), language="da")
    qtbot.addWidget(panel)
    panel.set_engagement(context.engagements.get(engagement_id))
    return panel


def _headers(panel: HistoryPanel) -> list[str]:
    return [
        str(panel.model.headerData(column, Qt.Orientation.Horizontal))
        for column in range(panel.model.columnCount())
    ]


def _row_texts(panel: HistoryPanel, row: int) -> list[str]:
    return [
        str(panel.model.data(panel.model.index(row, column)))
        for column in range(panel.model.columnCount())
    ]


def test_history_in_danish_says_who_and_which_milestone(
    qtbot: QtBot, gui_context: AppContext, danish: translations.InstalledTranslators
) -> None:
    engagement_id = _milestone_dated_by_a_consultant(gui_context)
    panel = _panel(qtbot, gui_context, engagement_id)
    assert _headers(panel) == ["Hvornår", "Hvem", "Hvad", "Ændring", "Før"]
    row = next(
        r for r in range(panel.model.rowCount()) if panel.model.record_at(r).field == "actual_on"
    )
    entry = panel.model.record_at(row)
    assert summary_text(entry) == (
        "Milepæl 'Opstartsmøde og aftale om datalevering': faktisk dato 12-03-2027"
    )
    texts = _row_texts(panel, row)
    assert texts[1] == "Konsulent AH (AH)"
    assert texts[2] == "Milepæl 'Opstartsmøde og aftale om datalevering'"
    assert texts[3] == "faktisk dato 12-03-2027"
    created = next(
        r
        for r in range(panel.model.rowCount())
        if panel.model.record_at(r).action is AuditAction.INSERT
    )
    assert _row_texts(panel, created)[3] == "oprettet"
    assert _row_texts(panel, created)[1] == "ikke registreret"


def test_history_in_english_names_the_same(qtbot: QtBot, gui_context: AppContext) -> None:
    engagement_id = _milestone_dated_by_a_consultant(gui_context)
    panel = _panel(qtbot, gui_context, engagement_id)
    assert _headers(panel) == ["When", "Who", "What", "Change", "Before"]
    entry = next(e for e in panel.model.records() if e.field == "actual_on")
    assert summary_text(entry) == (
        "Milestone 'Opstartsmøde og aftale om datalevering': actual date 12-03-2027"
    )
    assert who_text(entry) == "Konsulent AH (AH)"
