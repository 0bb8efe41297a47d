"""The findings page shows its rows at once; the development column follows in the background."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.findings import Improvement
from taskforce_app.services.findings import FindingService
from taskforce_app.ui.findings.finding_labels import improvement_label
from taskforce_app.ui.findings.finding_models import (
    FAILED_TEXT,
    PENDING_TEXT,
    FindingColumn,
    ImprovementState,
)
from taskforce_app.ui.findings.findings_page import FindingsPage
from taskforce_app.ui.kit.undo import UndoController
from tests.gui.conftest import FakePrompts, show_page

Improvements = dict[uuid.UUID, Improvement | None]


@pytest.fixture
def demo_context(demo_db_path: Path) -> Iterator[AppContext]:
    """An `AppContext` over a private copy of the demo database."""
    context = open_context(demo_db_path, actor="test")
    yield context
    QThreadPool.globalInstance().waitForDone(10_000)
    context.close()


class Gate:
    """Holds `FindingService.improvements` calls until released, one event per call."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.release: list[threading.Event] = []
        self._entered = threading.Condition()
        real = FindingService.improvements
        gate = self

        def held(service: FindingService, finding_ids: Iterable[uuid.UUID]) -> Improvements:
            wanted = list(finding_ids)
            release = threading.Event()
            with gate._entered:
                gate.release.append(release)
                gate._entered.notify_all()
            assert release.wait(30), "the test never released the job"
            return real(service, wanted)

        monkeypatch.setattr(FindingService, "improvements", held)

    def wait_entered(self, call: int) -> None:
        """Block until call number `call` (0-based) is inside the service."""
        with self._entered:
            assert self._entered.wait_for(lambda: len(self.release) > call, timeout=10)

    def open_all(self) -> None:
        """Release every call (so no worker is left waiting at the end)."""
        with self._entered:
            for event in self.release:
                event.set()


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    """The slow service call held on an event."""
    held = Gate(monkeypatch)
    yield held
    held.open_all()
    QThreadPool.globalInstance().waitForDone(10_000)


def _page(qtbot: QtBot, context: AppContext, prompts: FakePrompts) -> FindingsPage:
    page = FindingsPage(context, prompts, UndoController(language="da"))
    qtbot.addWidget(page)
    show_page(page)
    return page


def _column(page: FindingsPage) -> dict[uuid.UUID, str]:
    model = page.model
    return {
        view_id: model.index(row, FindingColumn.IMPROVEMENT).data()
        for row, view_id in enumerate(model.ids())
    }


def _expected(context: AppContext) -> dict[uuid.UUID, str]:
    return {
        f.id: improvement_label(f.improvement.points if f.improvement else None)
        for f in context.findings.findings(None)
    }


def _wait_loaded(qtbot: QtBot, page: FindingsPage) -> None:
    qtbot.waitUntil(lambda: page.model.improvement_state is ImprovementState.LOADED, timeout=10_000)


def test_rows_show_before_the_development_is_computed(
    qtbot: QtBot, demo_context: AppContext, prompts: FakePrompts, gate: Gate
) -> None:
    expected = _expected(demo_context)
    assert any(text for text in expected.values()), "the demo has a status measurement"
    page = _page(qtbot, demo_context, prompts)
    gate.wait_entered(0)
    assert page.model.rowCount() == len(expected) > 0
    assert page.improvements.running
    assert set(_column(page).values()) == {PENDING_TEXT}
    row = page.model.row_of(next(iter(expected)))
    assert row is not None and page.model.index(row, FindingColumn.TITLE).data()
    finding = next(f for f in demo_context.findings.findings(None) if f.improvement is not None)
    assert page.select_finding(finding.id)
    assert page.editor.improvement.text() == "being computed…"
    page.search_edit.setText(finding.title)  # the page is usable meanwhile
    assert finding.id in page.shown_ids()
    page.search_edit.clear()

    gate.open_all()
    _wait_loaded(qtbot, page)
    assert _column(page) == expected
    assert page.selected_finding() == finding
    assert page.editor.improvement.text().endswith(expected[finding.id])


def test_a_refresh_while_a_job_runs_ends_with_the_newer_figures(
    qtbot: QtBot, demo_context: AppContext, prompts: FakePrompts, gate: Gate
) -> None:
    page = _page(qtbot, demo_context, prompts)
    gate.wait_entered(0)
    older = _expected(demo_context)
    finding = next(f for f in demo_context.findings.findings(None) if f.improvement is not None)
    demo_context.findings.delete(finding.id)
    page.refresh()
    gate.wait_entered(1)
    assert finding.id not in page.model.ids()
    gate.release[0].set()  # the superseded job ends first: its result must not be shown
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() <= 1)
    qtbot.wait(50)
    assert page.improvements.running
    assert set(_column(page).values()) == {PENDING_TEXT}
    gate.release[1].set()
    _wait_loaded(qtbot, page)
    newer = _expected(demo_context)
    assert _column(page) == newer
    assert finding.id in older and finding.id not in newer


def test_a_failed_job_shows_a_dash_and_no_dialog(
    qtbot: QtBot,
    demo_context: AppContext,
    prompts: FakePrompts,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(_service: FindingService, _ids: Iterable[uuid.UUID]) -> Improvements:
        raise RuntimeError("results unavailable")

    broken_call: Callable[[FindingService, Iterable[uuid.UUID]], Improvements] = broken
    monkeypatch.setattr(FindingService, "improvements", broken_call)
    page = _page(qtbot, demo_context, prompts)
    qtbot.waitUntil(lambda: page.model.improvement_state is ImprovementState.FAILED, timeout=10_000)
    assert page.model.rowCount() > 0
    assert set(_column(page).values()) == {FAILED_TEXT}
    assert "background job failed" in caplog.text and "results unavailable" in caplog.text
    assert not prompts.errors
