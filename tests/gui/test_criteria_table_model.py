"""The review screen's criteria table (column specs): track title rows, answer texts and colours,
reason and note edits through `commit`, in-place updates when the case changes."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from taskforce_app.domain.enums import Answer, Pejlemaerke, Track
from taskforce_app.domain.review import AssessmentView, CriterionView
from taskforce_app.ui.review.review_models import (
    BRUSHES,
    CriteriaCatalogue,
    CriteriaColumn,
    CriteriaTableModel,
)
from tests.gui.test_engagement_models import check

FOREGROUND = Qt.ItemDataRole.ForegroundRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole


def _criterion(code: str, track: Track, order: int) -> CriterionView:
    return CriterionView(
        id=uuid.uuid4(),
        code=code,
        track=track,
        pejlemaerke=Pejlemaerke.OPFOELGNING,
        provision="§ 20, stk. 3",
        question=f"Spørgsmål {code}",
        guidance="",
        applies_when="",
        deadline_rule=None,
        benchmark_key=None,
        sort_order=order,
    )


def _assessment(criterion: CriterionView, answer: Answer, reason: str = "") -> AssessmentView:
    return AssessmentView(
        sampled_case_id=uuid.uuid4(),
        criterion_id=criterion.id,
        answer=answer,
        suggested_answer=None,
        reason=reason,
        note="",
        assessed_by="SKA",
    )


def _model() -> tuple[CriteriaTableModel, list[CriterionView]]:
    criteria = [
        _criterion("Q1", Track.SOCIALFAGLIG, 3),
        _criterion("J1", Track.JURIDISK, 1),
        _criterion("J2", Track.JURIDISK, 2),
    ]
    model = CriteriaTableModel(CriteriaCatalogue([], {}))
    model.set_criteria(criteria)
    return model, criteria


def test_track_title_rows_are_inert_and_span_the_groups(qtmodeltester: ModelTester) -> None:
    model, criteria = _model()
    check(qtmodeltester, model)
    assert model.group_rows() == [0, 3] and model.criterion_rows() == [1, 2, 4]
    assert [model.index(r, CriteriaColumn.CODE).data() for r in range(5)] == [
        "Legal requirements",
        "J1",
        "J2",
        "Social-work quality (pejlemærker)",
        "Q1",
    ]
    assert model.index(0, CriteriaColumn.QUESTION).data() == ""
    assert model.flags(model.index(0, CriteriaColumn.REASON)) == Qt.ItemFlag.NoItemFlags
    brushes = BRUSHES.get()
    assert model.index(0, CriteriaColumn.NOTE).data(BACKGROUND) == brushes.group_background
    assert model.index(3, CriteriaColumn.CODE).data(FOREGROUND) == brushes.group_text
    assert model.index(3, CriteriaColumn.ANSWER).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, CriteriaColumn.CODE).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.review_row(0) is None and model.review_row(5) is None
    assert model.row_of(criteria[0].id) == 4 and model.row_of(uuid.uuid4()) == -1
    assert model.expected() == 3 and model.answered() == 0


def test_answers_pending_answers_and_their_colours(qtbot: QtBot) -> None:
    model, criteria = _model()
    j1 = model.row_of(criteria[1].id)
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_case([_assessment(criteria[1], Answer.MET)], {})
    answer = model.index(j1, CriteriaColumn.ANSWER)
    assert answer.data() == "Opfyldt"
    assert answer.data(Qt.ItemDataRole.ToolTipRole) == "Answered by SKA"
    assert answer.data(BACKGROUND) == BRUSHES.get().answer_backgrounds[Answer.MET]
    assert answer.data(FOREGROUND) == BRUSHES.get().answer_texts[Answer.MET]
    assert answer.data(Qt.ItemDataRole.FontRole) is None
    assert model.answered() == 1
    j2 = model.row_of(criteria[2].id)
    assert model.index(j2, CriteriaColumn.ANSWER).data(BACKGROUND) is None
    with qtbot.waitSignal(model.dataChanged):
        model.set_pending(j2, Answer.NOT_RELEVANT)
    pending = model.index(j2, CriteriaColumn.ANSWER)
    assert pending.data() == "Ikke relevant …"
    assert pending.data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(j2, CriteriaColumn.PROVISION).data() == "§\u00a020, stk.\u00a03"
    assert model.index(j2, CriteriaColumn.PROVISION).data(FOREGROUND) == BRUSHES.get().muted
    model.set_assessment(_assessment(criteria[2], Answer.NOT_RELEVANT, "Ingen foranstaltning"))
    row = model.review_row(j2)
    assert row is not None and row.pending is None and row.reason == "Ingen foranstaltning"
    assert model.index(j2, CriteriaColumn.REASON).data(Qt.ItemDataRole.ToolTipRole) == (
        "Ingen foranstaltning"
    )


def test_reason_and_note_edits_go_through_commit(qtmodeltester: ModelTester) -> None:
    model, criteria = _model()
    calls: list[tuple[int, CriteriaColumn, str]] = []
    accept = True

    def commit(number: int, column: CriteriaColumn, text: str) -> bool:
        calls.append((number, column, text))
        if accept:
            model.set_assessment(_assessment(criteria[1], Answer.NOT_MET, text))
        return accept

    model.commit = commit
    j1 = model.row_of(criteria[1].id)
    reason = model.index(j1, CriteriaColumn.REASON)
    assert model.flags(reason) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(j1, CriteriaColumn.ANSWER)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(reason, "Frist overskredet")
    assert calls == [(j1, CriteriaColumn.REASON, "Frist overskredet")]
    assert reason.data() == "Frist overskredet"
    accept = False
    assert not model.setData(model.index(j1, CriteriaColumn.NOTE), "Nej")
    assert calls[-1] == (j1, CriteriaColumn.NOTE, "Nej")
    assert not model.setData(model.index(0, CriteriaColumn.REASON), "title row")
    model.read_only = True
    assert not model.flags(reason) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(reason, "låst")
    assert len(calls) == 2
    check(qtmodeltester, model)
