"""Key dates typed into the review screen decide the law's suggestions; the round's cut-off too."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import RoundStatus
from taskforce_app.ui.review.review_models import CriteriaColumn
from taskforce_app.ui.review.review_screen import CaseReviewWidget
from tests.gui.test_review_screen import (  # noqa: F401
    click_key,
    demo_context,
    dialogs,
    rounds,
    screen,
    type_text,
    undo_of,
)


def _retype(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.selectAll()
    click_key(qtbot, field, Qt.Key.Key_Delete)
    if text:
        type_text(qtbot, field, text)


def _clear_panel(qtbot: QtBot, widget: CaseReviewWidget) -> None:
    for edit in widget.key_dates.line_edits():
        _retype(qtbot, edit, "")


def _row_of(widget: CaseReviewWidget, criterion_id: uuid.UUID) -> int:
    for row in widget.criteria_model.criterion_rows():
        review_row = widget.criteria_model.review_row(row)
        if review_row is not None and review_row.criterion.id == criterion_id:
            return row
    raise AssertionError("criterion not shown")


def _shown(widget: CaseReviewWidget, context: AppContext, topic: str) -> tuple[str, str]:
    """The suggestion text and its tooltip for the current case's criterion of `topic`."""
    case = widget.current_case
    assert case is not None
    found = [
        item for item in context.review.case_suggestions(case.id).criteria if item.topic == topic
    ]
    assert len(found) == 1
    model = widget.criteria_model
    index = model.index(_row_of(widget, found[0].criterion_id), CriteriaColumn.SUGGESTION)
    text = model.data(index, Qt.ItemDataRole.DisplayRole)
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    return str(text), str(tip)


def test_the_issue_example_and_the_cut_off_drive_the_suggestions(
    qtbot: QtBot,
    screen: CaseReviewWidget,  # noqa: F811
    demo_context: AppContext,  # noqa: F811
) -> None:
    open_round = rounds(demo_context, RoundStatus.OPEN)[0]
    screen.set_round(open_round.id)
    case = screen.current_case
    assert case is not None
    panel = screen.key_dates
    _clear_panel(qtbot, screen)
    _retype(qtbot, panel.received.date_edit, "10-01-2024")
    _retype(qtbot, panel.investigation_started, "15-03-2024")
    _retype(qtbot, panel.investigation_completed, "01-07-2024")
    _retype(qtbot, panel.decision, "15-07-2024")
    _retype(qtbot, panel.basis_edit, "§ 32")
    _retype(qtbot, panel.measure_started, "01-08-2024")
    _retype(qtbot, panel.receipt, "12-01-2024")
    click_key(qtbot, panel.measure_started, Qt.Key.Key_Return)
    assert not panel.error_label.isVisibleTo(panel)

    stored = demo_context.review.case_suggestions(case.id)
    assert stored.law == "barnets_lov"
    saved = {item.id: item for item in demo_context.review.sampled_cases(open_round.id)}
    dates = saved[case.id].key_dates
    assert dates.decision_basis == "§ 32"
    assert dates.receipt_confirmed_on == date(2024, 1, 12)
    bfu = next(item for item in stored.criteria if item.topic == "bfu_within_4_months")
    assert bfu.check is not None and bfu.check.due == date(2024, 5, 10)
    text, tip = _shown(screen, demo_context, "bfu_within_4_months")
    assert text == "Ikke opfyldt"
    assert "10-05-2024" in tip

    _retype(qtbot, screen.cut_off, "01-09-2024")
    click_key(qtbot, screen.cut_off, Qt.Key.Key_Return)
    assert demo_context.review.get_round(open_round.id).cut_off_on == date(2024, 9, 1)
    before, _ = _shown(screen, demo_context, "first_follow_up")
    _retype(qtbot, screen.cut_off, "01-12-2024")
    click_key(qtbot, screen.cut_off, Qt.Key.Key_Return)
    assert demo_context.review.get_round(open_round.id).cut_off_on == date(2024, 12, 1)
    after, after_tip = _shown(screen, demo_context, "first_follow_up")
    assert before != "Ikke opfyldt"
    assert after == "Ikke opfyldt"
    assert "01-11-2024" in after_tip

    undo_of(screen).stack.undo()
    assert demo_context.review.get_round(open_round.id).cut_off_on == date(2024, 9, 1)
    assert screen.cut_off.text() == "01-09-2024"
    assert _shown(screen, demo_context, "first_follow_up")[0] == before


def test_new_key_dates_are_shown_again_and_a_bad_one_is_named(
    qtbot: QtBot,
    screen: CaseReviewWidget,  # noqa: F811
    demo_context: AppContext,  # noqa: F811
) -> None:
    open_round = rounds(demo_context, RoundStatus.OPEN)[0]
    screen.set_round(open_round.id)
    case = screen.current_case
    assert case is not None
    panel = screen.key_dates
    _retype(qtbot, panel.aware, "05-01-2024")
    _retype(qtbot, panel.measure_started, "01-02-2024")
    _retype(qtbot, panel.measure_ended, "01-06-2024")
    _retype(qtbot, panel.plan, "20-01-2024")
    _retype(qtbot, panel.basis_edit, "§ 47")
    _retype(qtbot, panel.visits, "01-03-2024, 01-09-2024")
    click_key(qtbot, panel.visits, Qt.Key.Key_Return)
    assert not panel.error_label.isVisibleTo(panel)
    saved = {item.id: item for item in demo_context.review.sampled_cases(open_round.id)}
    dates = saved[case.id].key_dates
    assert dates.notification_aware_on == date(2024, 1, 5)
    assert dates.measure_ended_on == date(2024, 6, 1)
    assert dates.plan_on == date(2024, 1, 20)
    assert dates.decision_basis == "§ 47"
    assert dates.supervision_visits == (date(2024, 3, 1), date(2024, 9, 1))

    screen.next_case()
    screen.next_case(-1)
    assert panel.visits.text() == "01-03-2024, 01-09-2024"
    assert panel.basis.currentText() == "§ 47"
    assert panel.measure_ended.text() == "01-06-2024"

    _retype(qtbot, panel.measure_ended, "01-01-2024")
    click_key(qtbot, panel.measure_ended, Qt.Key.Key_Return)
    assert panel.error_label.isVisibleTo(panel)
    assert "Indsats ophørt" in panel.error_label.text()
    saved = {item.id: item for item in demo_context.review.sampled_cases(open_round.id)}
    assert saved[case.id].key_dates.measure_ended_on == date(2024, 6, 1)
