"""File > Back up now and File > Restore a backup, with a preview before anything changes."""

from __future__ import annotations

from pathlib import Path

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.engagements import EngagementDraft
from tests.gui.conftest import FakePrompts


def _add(context: AppContext, title: str) -> None:
    odense = context.reference.find_municipality("Odense")
    context.engagements.create(EngagementDraft(title, odense.id))


def test_back_up_then_restore_through_the_window(make_window: object, db_path: Path) -> None:
    from taskforce_app.ui.main_window import MainWindow

    context = open_context(db_path, lock=True)
    _add(context, "Før kopien")
    assert callable(make_window)
    window = make_window(context)
    assert isinstance(window, MainWindow)
    prompts = window.prompts
    assert isinstance(prompts, FakePrompts)
    backup = window.backup_now()
    assert backup is not None and backup.exists()
    _add(window.context, "Efter kopien")
    window.reload()
    assert window.engagement_model.rowCount() == 2

    prompts.confirm_answer = False
    assert not window.restore_backup(backup)
    assert window.engagement_model.rowCount() == 2  # declined: nothing changed
    assert "engagement: nu 2, i kopien 1" in prompts.confirms[-1][1] or (
        "engagement: now 2, in the backup 1" in prompts.confirms[-1][1]
    )

    prompts.confirm_answer = True
    assert window.restore_backup(backup)
    assert [row.title for row in window.context.engagements.summaries()] == ["Før kopien"]
    assert window.engagement_model.rowCount() == 1
