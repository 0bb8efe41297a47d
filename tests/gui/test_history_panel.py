"""The Historik tab shows the forløb's changes and exports them."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext
from taskforce_app.ui.history_panel import HistoryPanel
from taskforce_app.ui.undo import UndoController
from tests.gui.conftest import FakePrompts
from tests.services.helpers import granted_engagement


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
