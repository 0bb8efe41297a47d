"""The case review screen: a whole case by keyboard, undo, locked rounds, overrides, sign-off."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.enums import Answer, RoundStatus, SampledCaseStatus, Track
from taskforce_app.domain.errors import ValidationError
from taskforce_app.domain.review import RoundView
from taskforce_app.domain.team import ConsultantDetail
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.review.review_models import (
    CriteriaCatalogue,
    CriteriaTableModel,
    SampleTableModel,
)
from taskforce_app.ui.review.review_screen import CaseReviewWidget
from tests.gui.conftest import TODAY, FakePrompts, show_page
from tests.gui.test_engagement_models import check

REVIEWER = "SKA"


@dataclass
class FakeReviewDialogs:
    """Unlock reasons from a script; who was shown as unlocking is recorded."""

    unlock: str | None = None
    asked: list[str] = field(default_factory=list)

    def unlock_reason(self, working: ConsultantDetail | None) -> str | None:
        """The scripted reason."""
        self.asked.append("unlock" if working is None else f"unlock as {working.initials}")
        return self.unlock


@pytest.fixture
def demo_context(demo_db_path: Path) -> Iterator[AppContext]:
    """A context over a private copy of the demo database."""
    context = open_context(demo_db_path)
    yield context
    context.close()


@pytest.fixture
def dialogs() -> FakeReviewDialogs:
    """Scripted sign-off and unlock dialogs."""
    return FakeReviewDialogs()


@pytest.fixture
def screen(
    qtbot: QtBot,
    demo_context: AppContext,
    prompts: FakePrompts,
    ui_settings: UiSettings,
    dialogs: FakeReviewDialogs,
) -> CaseReviewWidget:
    """The review screen, shown offscreen, wired to undo like the page container does."""
    demo_context.team.act_as(demo_context.team.consultant(REVIEWER).id)
    undo = UndoController()
    widget = CaseReviewWidget(
        demo_context, prompts, undo, settings=ui_settings, dialogs=dialogs, today=lambda: TODAY
    )
    undo.changed.connect(widget.apply_changes)
    qtbot.addWidget(widget)
    show_page(widget)
    qtbot.waitExposed(widget)
    return widget


def rounds(context: AppContext, status: RoundStatus) -> list[RoundView]:
    """The demo's rounds with `status`."""
    return [
        item
        for engagement in context.engagements.summaries()
        for item in context.review.rounds(engagement.id)
        if item.status is status
    ]


def undo_of(widget: CaseReviewWidget) -> UndoController:
    """The screen's undo controller."""
    return widget._undo


def click_key(
    qtbot: QtBot,
    target: QWidget,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """`qtbot.keyClick` (pytest-qt has no type annotations)."""
    qtbot.keyClick(target, key, modifier)  # type: ignore[no-untyped-call]


def type_text(qtbot: QtBot, target: QWidget, text: str) -> None:
    """`qtbot.keyClicks`: one key click per character."""
    qtbot.keyClicks(target, text)  # type: ignore[no-untyped-call]


def press(qtbot: QtBot, widget: CaseReviewWidget, key: Qt.Key) -> None:
    """One key on the criteria table."""
    click_key(qtbot, widget.criteria_table, key)


def reason_editor(widget: CaseReviewWidget) -> QLineEdit:
    """The open reason (or note) editor of the criteria table."""
    editors = [
        item
        for item in widget.criteria_table.viewport().findChildren(QLineEdit)
        if item.isVisible()
    ]
    assert len(editors) == 1
    return editors[0]


def finish_editing(qtbot: QtBot, widget: CaseReviewWidget, key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Press Enter (or Esc) in the open editor and wait until it has closed."""
    editor = reason_editor(widget)
    click_key(qtbot, editor, key)
    qtbot.waitUntil(
        lambda: widget.criteria_table.state() != widget.criteria_table.State.EditingState
    )


def current_row(widget: CaseReviewWidget) -> int:
    """The criteria table's current row."""
    return widget.criteria_table.currentIndex().row()


def stored(
    context_path: Path, sampled_case_id: uuid.UUID
) -> dict[uuid.UUID, tuple[Answer | None, str]]:
    """The answers of a case, read through a new context (a fresh service call)."""
    fresh = open_context(context_path)
    try:
        return {
            item.criterion_id: (item.answer, item.reason)
            for item in fresh.review.assessments(sampled_case_id)
        }
    finally:
        fresh.close()


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, demo_context: AppContext) -> None:
    catalogue = CriteriaCatalogue.load(demo_context)
    sample, criteria = SampleTableModel(), CriteriaTableModel(catalogue)
    check(qtmodeltester, cast(QAbstractItemModel, sample))
    check(qtmodeltester, cast(QAbstractItemModel, criteria))
    open_round = rounds(demo_context, RoundStatus.OPEN)[0]
    cases = demo_context.review.sampled_cases(open_round.id)
    sample.set_cases(cases)
    criteria.set_criteria(demo_context.review.criteria(open_round.id))
    criteria.set_case(demo_context.review.assessments(cases[0].id), {})
    check(qtmodeltester, cast(QAbstractItemModel, sample))
    check(qtmodeltester, cast(QAbstractItemModel, criteria))


def test_a_whole_case_is_reviewed_by_keyboard_alone(
    qtbot: QtBot, screen: CaseReviewWidget, demo_context: AppContext, demo_db_path: Path
) -> None:
    open_round = rounds(demo_context, RoundStatus.OPEN)[0]
    screen.set_round(open_round.id)
    cases = screen.sample_model.cases()
    target = next(i for i, case in enumerate(cases) if case.answered == 0)
    while screen.sample_table.currentIndex().row() != target:
        click_key(
            qtbot, screen.criteria_table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
        )
    case = cases[target]
    assert screen.current_case is not None and screen.current_case.id == case.id
    model = screen.criteria_model
    rows = model.criterion_rows()
    assert current_row(screen) == rows[0]
    expected: dict[uuid.UUID, tuple[Answer, str]] = {}
    juridisk_cycle = [
        (Qt.Key.Key_1, Answer.MET),
        (Qt.Key.Key_I, Answer.NOT_MET),
        (Qt.Key.Key_K, Answer.CANNOT_ASSESS),
    ]
    quality = [Answer.QUALITY_1, Answer.QUALITY_2, Answer.QUALITY_3, Answer.QUALITY_4]
    did_not_relevant = False
    for count, number in enumerate(rows):
        assert current_row(screen) == number
        row = model.review_row(number)
        assert row is not None
        if row.criterion.track is Track.SOCIALFAGLIG:
            answer = quality[count % 4]
            press(
                qtbot, screen, [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4][count % 4]
            )
            expected[row.criterion.id] = (answer, "")
        elif row.suggested is not None:
            press(qtbot, screen, Qt.Key.Key_Return)
            expected[row.criterion.id] = (row.suggested, "")
        elif not did_not_relevant:
            press(qtbot, screen, Qt.Key.Key_R)
            editor = reason_editor(screen)
            type_text(qtbot, editor, "Ingen undersøgelse i sagen")
            finish_editing(qtbot, screen)
            expected[row.criterion.id] = (Answer.NOT_RELEVANT, "Ingen undersøgelse i sagen")
            did_not_relevant = True
        else:
            key, answer = juridisk_cycle[count % 3]
            press(qtbot, screen, key)
            expected[row.criterion.id] = (answer, "")
    assert did_not_relevant
    answers = stored(demo_db_path, case.id)
    assert {key: answers[key] for key in expected} == expected
    assert len(expected) == len(rows) == case.expected
    shown = screen.sample_model.case(target)
    assert shown is not None and shown.answered == shown.expected
    assert "Every requirement" in screen.message or "Alle krav" in screen.message


def test_undo_restores_the_previous_stored_answer(
    qtbot: QtBot, screen: CaseReviewWidget, demo_context: AppContext, demo_db_path: Path
) -> None:
    open_round = rounds(demo_context, RoundStatus.OPEN)[0]
    screen.set_round(open_round.id)
    case = screen.current_case
    assert case is not None and case.answered == case.expected
    model = screen.criteria_model
    number = next(
        n
        for n in model.criterion_rows()
        if (row := model.review_row(n)) is not None
        and row.criterion.track is Track.JURIDISK
        and row.suggestion is None
        and row.answer in (Answer.MET, Answer.NOT_MET)
    )
    before = model.review_row(number)
    assert before is not None and before.assessment is not None
    click_key(qtbot, screen.criteria_table, Qt.Key.Key_Up)
    while current_row(screen) != number:
        click_key(qtbot, screen.criteria_table, Qt.Key.Key_Down)
    other = Answer.NOT_MET if before.answer is Answer.MET else Answer.MET
    press(qtbot, screen, Qt.Key.Key_2 if other is Answer.NOT_MET else Qt.Key.Key_1)
    assert stored(demo_db_path, case.id)[before.criterion.id][0] is other
    undo_of(screen).stack.undo()
    assert stored(demo_db_path, case.id)[before.criterion.id] == (before.answer, before.reason)
    after = model.review_row(number)
    assert after is not None and after.answer is before.answer


def test_undo_of_a_first_answer_clears_it(
    qtbot: QtBot, screen: CaseReviewWidget, demo_context: AppContext, demo_db_path: Path
) -> None:
    open_round = rounds(demo_context, RoundStatus.OPEN)[0]
    screen.set_round(open_round.id)
    click_key(qtbot, screen.criteria_table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    case = screen.current_case
    assert case is not None and case.answered < case.expected
    row = screen.criteria_model.review_row(current_row(screen))
    assert row is not None and row.answer is None
    press(qtbot, screen, Qt.Key.Key_K)
    assert stored(demo_db_path, case.id)[row.criterion.id][0] is Answer.CANNOT_ASSESS
    progress = screen.progress_label.text()
    undo_of(screen).stack.undo()
    assert row.criterion.id not in stored(demo_db_path, case.id)  # undone: the answer is gone
    assert screen.progress_label.text() != progress


def test_a_locked_round_refuses_keys(
    qtbot: QtBot, screen: CaseReviewWidget, demo_context: AppContext, demo_db_path: Path
) -> None:
    locked = rounds(demo_context, RoundStatus.SIGNED_OFF)[0]
    screen.set_round(locked.id)
    assert screen.banner.isVisible()
    case = screen.current_case
    assert case is not None
    before = stored(demo_db_path, case.id)
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_R, Qt.Key.Key_Return, Qt.Key.Key_Delete):
        press(qtbot, screen, key)
    assert screen.message == ValidationError("review.round_locked").message("da")
    assert stored(demo_db_path, case.id) == before
    assert not screen.key_dates.save_button.isEnabled()


def test_an_override_without_a_reason_shows_the_message_and_stores_nothing(
    qtbot: QtBot, screen: CaseReviewWidget, demo_context: AppContext, demo_db_path: Path
) -> None:
    open_round = rounds(demo_context, RoundStatus.OPEN)[0]
    screen.set_round(open_round.id)
    model = screen.criteria_model
    for case_row, case in enumerate(screen.sample_model.cases()):
        if case.status is SampledCaseStatus.REPLACED:
            continue
        screen.select_case(case_row)
        found = [
            n
            for n in model.criterion_rows()
            if (row := model.review_row(n)) is not None
            and row.suggested in (Answer.MET, Answer.NOT_MET)
            and not row.reason
        ]
        if found:
            break
    else:
        pytest.fail("no decided suggestion in the demo round")
    number = found[0]
    screen.criteria_table.setFocus()
    while current_row(screen) != number:
        click_key(
            qtbot,
            screen.criteria_table,
            Qt.Key.Key_Down if current_row(screen) < number else Qt.Key.Key_Up,
        )
    row = model.review_row(number)
    assert row is not None
    before = stored(demo_db_path, case.id)
    press(qtbot, screen, Qt.Key.Key_I if row.suggested is Answer.MET else Qt.Key.Key_O)
    assert screen.message == ValidationError("review.override_needs_reason").message("da")
    assert stored(demo_db_path, case.id) == before
    finish_editing(qtbot, screen, Qt.Key.Key_Escape)
    assert stored(demo_db_path, case.id) == before
    after = model.review_row(number)
    assert after is not None and after.pending is None


def test_an_override_with_a_reason_is_stored(
    qtbot: QtBot, screen: CaseReviewWidget, demo_context: AppContext, demo_db_path: Path
) -> None:
    open_round = rounds(demo_context, RoundStatus.OPEN)[0]
    screen.set_round(open_round.id)
    model = screen.criteria_model
    target = None
    for case_row in range(screen.sample_model.rowCount()):
        screen.select_case(case_row)
        target = next(
            (
                n
                for n in model.criterion_rows()
                if (row := model.review_row(n)) is not None
                and row.suggested is Answer.MET
                and not row.reason
            ),
            None,
        )
        if target is not None:
            break
    assert target is not None and screen.current_case is not None
    screen.criteria_table.setFocus()
    while current_row(screen) != target:
        click_key(
            qtbot,
            screen.criteria_table,
            Qt.Key.Key_Down if current_row(screen) < target else Qt.Key.Key_Up,
        )
    press(qtbot, screen, Qt.Key.Key_2)
    editor = reason_editor(screen)
    type_text(qtbot, editor, "Kvitteringen er sendt for sent")
    finish_editing(qtbot, screen)
    row = model.review_row(target)
    assert row is not None
    answers = stored(demo_db_path, screen.current_case.id)
    assert answers[row.criterion.id] == (Answer.NOT_MET, "Kvitteringen er sendt for sent")


def test_key_dates_are_saved_as_an_undo_step(
    qtbot: QtBot, screen: CaseReviewWidget, demo_context: AppContext
) -> None:
    open_round = rounds(demo_context, RoundStatus.OPEN)[0]
    screen.set_round(open_round.id)
    case = screen.current_case
    assert case is not None
    field = screen.key_dates.investigation_completed
    field.selectAll()
    type_text(qtbot, field, "01-02-2026")
    field_start = screen.key_dates.investigation_started
    field_start.selectAll()
    type_text(qtbot, field_start, "05-01-2026")
    click_key(qtbot, field_start, Qt.Key.Key_Return)
    cases = {item.id: item for item in demo_context.review.sampled_cases(open_round.id)}
    assert cases[case.id].key_dates.investigation_completed_on == date(2026, 2, 1)
    undo_of(screen).stack.undo()
    cases = {item.id: item for item in demo_context.review.sampled_cases(open_round.id)}
    assert cases[case.id].key_dates == case.key_dates
    assert screen.key_dates.investigation_completed.text() == (
        ""
        if case.key_dates.investigation_completed_on is None
        else case.key_dates.investigation_completed_on.strftime("%d-%m-%Y")
    )


def test_sign_off_refuses_an_incomplete_round_and_the_reviewer(
    screen: CaseReviewWidget,
    demo_context: AppContext,
    prompts: FakePrompts,
    dialogs: FakeReviewDialogs,
) -> None:
    open_round = rounds(demo_context, RoundStatus.OPEN)[0]
    screen.set_round(open_round.id)
    demo_context.team.switch_consultant(demo_context.team.consultant("CHS").id)
    screen.sign_off_button.click()
    missing = open_round.expected - open_round.answered
    assert prompts.errors[-1][1] == ValidationError("review.not_complete", value=missing).message(
        "da"
    )
    ready = rounds(demo_context, RoundStatus.READY_FOR_REPORT)[0]
    screen.set_round(ready.id)
    reviewers = {
        item.assessed_by
        for case in demo_context.review.sampled_cases(ready.id)
        for item in demo_context.review.assessments(case.id)
    }
    demo_context.team.switch_consultant(demo_context.team.consultant(sorted(reviewers)[0]).id)
    screen.sign_off_button.click()
    assert "anden konsulent" in prompts.errors[-1][1]
    signer = next(
        c.initials for c in demo_context.team.consultants() if c.initials not in reviewers
    )
    demo_context.team.switch_consultant(demo_context.team.consultant(signer).id)
    prompts.confirm_answer = False
    screen.sign_off_button.click()
    assert screen.round is not None and not screen.round.locked
    assert signer in prompts.confirms[-1][1]
    prompts.confirm_answer = True
    screen.sign_off_button.click()
    assert screen.round is not None and screen.round.locked
    assert screen.round.signed_off_by == signer
    assert screen.banner.isVisible() and screen.unlock_button.isEnabled()
    dialogs.unlock = ""
    screen.unlock_button.click()
    assert dialogs.asked[-1] == f"unlock as {signer}"
    assert prompts.errors[-1][1] == ValidationError("review.unlock_needs_reason").message("da")
    dialogs.unlock = "Rettelse efter kvalitetssikring"
    screen.unlock_button.click()
    assert screen.round is not None and not screen.round.locked
    assert not screen.banner.isVisible()


def test_progress_is_shown_per_case_and_per_round(
    qtbot: QtBot, screen: CaseReviewWidget, demo_context: AppContext
) -> None:
    open_round = rounds(demo_context, RoundStatus.OPEN)[0]
    received: list[tuple[int, int]] = []
    screen.progress_changed.connect(lambda done, total: received.append((done, total)))
    screen.set_round(open_round.id)
    assert received[-1] == (open_round.answered, open_round.expected)
    share = round(100 * open_round.answered / open_round.expected)
    assert f"{open_round.answered} af {open_round.expected}" in screen.progress_label.text() or (
        f"{open_round.answered} of {open_round.expected}" in screen.progress_label.text()
    )
    assert f"({share} %)" in screen.progress_label.text()
    texts = [
        screen.sample_model.index(row, 3).data() for row in range(screen.sample_model.rowCount())
    ]
    assert f"{open_round.expected // 20}/{open_round.expected // 20}" in texts
    click_key(qtbot, screen.criteria_table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert screen.sample_table.currentIndex().row() == 1


def test_fonts_cover_danish_letters(screen: CaseReviewWidget) -> None:
    from PySide6.QtGui import QFontInfo, QFontMetrics

    assert QFontInfo(screen.font()).family()
    assert QFontMetrics(screen.font()).inFontUcs4(ord("æ"))
