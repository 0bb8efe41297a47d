"""Mine frister: overdue first, a consultant filter defaulting to who is working, empty states."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.overview import DeadlineKind
from taskforce_app.ui import translations
from taskforce_app.ui.deadlines.deadlines_models import (
    OVERDUE_ROLE,
    DeadlineColumn,
    DeadlineTableModel,
)
from taskforce_app.ui.deadlines.deadlines_page import DeadlinesPage
from taskforce_app.ui.kit.settings import UiSettings
from tests.gui.conftest import FakePrompts, show_page

TODAY = date.today()


@pytest.fixture
def demo_context(demo_db_path: Path) -> Iterator[AppContext]:
    """An `AppContext` over a private copy of the demo database."""
    context = open_context(demo_db_path)
    yield context
    context.close()


def _page(qtbot: QtBot, context: AppContext, settings: UiSettings) -> DeadlinesPage:
    page = DeadlinesPage(context, FakePrompts(), settings=settings, today=lambda: TODAY)
    qtbot.addWidget(page)
    show_page(page)  # pages load when they come on screen
    return page


def _busiest(context: AppContext) -> str:
    """The consultant with both overdue and coming deadlines, most of them first."""
    best = max(
        context.team.consultants(),
        key=lambda c: (
            len({d.overdue for d in context.overview.deadlines(c.initials, days=60, today=TODAY)}),
            len(context.overview.deadlines(c.initials, days=60, today=TODAY)),
        ),
    )
    return best.initials


def test_lists_overdue_first_in_red(
    qtbot: QtBot, demo_context: AppContext, ui_settings: UiSettings
) -> None:
    page = _page(qtbot, demo_context, ui_settings)
    initials = _busiest(demo_context)
    page.days_spin.setValue(60)
    assert page.set_consultant(initials)
    expected = demo_context.overview.deadlines(initials, days=60, today=TODAY)
    assert expected and any(d.overdue for d in expected)
    assert page.stack.currentWidget() is page.table
    flags = [
        bool(page.proxy.index(row, 0).data(OVERDUE_ROLE)) for row in range(page.proxy.rowCount())
    ]
    assert page.proxy.rowCount() == len(expected)
    assert flags == sorted(flags, reverse=True)
    first = page.proxy.index(0, DeadlineColumn.TITLE)
    assert first.data() == expected[0].title
    assert first.data(OVERDUE_ROLE)
    assert first.data(page.proxy.sortRole()) is not None
    kinds = {page.proxy.index(row, DeadlineColumn.KIND).data() for row in range(len(expected))}
    assert kinds <= {"Milestone", "Recommendation"}


def test_the_filter_defaults_to_who_is_working_and_never_changes_it(
    qtbot: QtBot, demo_context: AppContext, ui_settings: UiSettings
) -> None:
    page = _page(qtbot, demo_context, ui_settings)
    assert page.initials is None
    initials = _busiest(demo_context)
    working = demo_context.team.consultant(initials)
    demo_context.team.act_as(working.id)
    page.days_spin.setValue(45)
    again = _page(qtbot, demo_context, ui_settings)
    assert again.initials == initials
    assert again.days == 45
    assert again.model.rowCount() == len(
        demo_context.overview.deadlines(initials, days=45, today=TODAY)
    )
    colleague = next(c for c in demo_context.team.consultants() if c.initials != initials)
    assert again.set_consultant(colleague.initials)
    assert again.initials == colleague.initials
    current = demo_context.team.current_consultant()
    assert current is not None and current.initials == initials


def test_double_click_emits_the_forloeb(
    qtbot: QtBot, demo_context: AppContext, ui_settings: UiSettings
) -> None:
    page = _page(qtbot, demo_context, ui_settings)
    initials = _busiest(demo_context)
    page.set_consultant(initials)
    index = page.proxy.index(0, DeadlineColumn.TITLE)
    with qtbot.waitSignal(page.engagement_activated) as blocker:
        page.table.activated.emit(index)
    expected = demo_context.overview.deadlines(initials, days=30, today=TODAY)[0]
    assert blocker.args == [expected.engagement_id]


def test_model_tester(qtmodeltester: object, demo_context: AppContext) -> None:
    model = DeadlineTableModel()
    initials = _busiest(demo_context)
    model.set_deadlines(demo_context.overview.deadlines(initials, days=365, today=TODAY))
    assert model.rowCount() > 0
    assert {d.kind for d in model.deadlines()} <= set(DeadlineKind)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_empty_states_in_danish(
    qtbot: QtBot,
    gui_context: AppContext,
    ui_settings: UiSettings,
    danish: translations.InstalledTranslators,
) -> None:
    from taskforce_app.domain.enums import ConsultantRole
    from tests.services.helpers import consultant

    consultant(gui_context, "ABC", ConsultantRole.JURIST)
    page = _page(qtbot, gui_context, ui_settings)
    assert page.stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == "Vælg en konsulent ovenfor for at se vedkommendes frister."
    page.set_consultant("ABC")
    assert page.stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == "Ingen frister de næste 30 dage."
    headers = [
        page.model.headerData(column, Qt.Orientation.Horizontal) for column in DeadlineColumn
    ]
    assert headers == ["Frist", "Dage tilbage", "Type", "Forløb", "Titel"]
    assert page.days_spin.suffix() == " dage"
