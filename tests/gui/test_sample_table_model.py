"""The review screen's sample table (column specs): texts, greyed replaced cases, green when
every answer is given, in-place updates."""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from taskforce_app.domain.enums import SampledCaseStatus
from taskforce_app.domain.review import KeyDates, SampledCaseView
from taskforce_app.ui.review.review_models import BRUSHES, SampleColumn, SampleTableModel
from tests.gui.test_engagement_models import check

FOREGROUND = Qt.ItemDataRole.ForegroundRole


def _case(position: int, answered: int, status: SampledCaseStatus) -> SampledCaseView:
    return SampledCaseView(
        id=uuid.uuid4(),
        case_id=uuid.uuid4(),
        case_ref=f"K-{position}",
        position=position,
        status=status,
        replacement_reason="Lukket" if status is SampledCaseStatus.REPLACED else "",
        case_type="Underretning",
        measure="Aflastning",
        decided_on=None,
        key_dates=KeyDates(),
        answered=answered,
        expected=4,
    )


def test_sample_rows_texts_colours_and_updates(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    model = SampleTableModel()
    active = _case(1, 2, SampledCaseStatus.ACTIVE)
    gone = _case(2, 0, SampledCaseStatus.REPLACED)
    model.set_cases([active, gone])
    check(qtmodeltester, model)
    texts = [[model.index(r, c).data() for c in SampleColumn] for r in range(2)]
    assert texts == [["1", "K-1", "Underretning", "2/4"], ["2", "K-2", "Replaced: Lukket", "–"]]
    assert model.index(0, SampleColumn.CASE).data(Qt.ItemDataRole.ToolTipRole) == (
        "K-1 · Underretning · Aflastning"
    )
    assert model.index(1, SampleColumn.CASE).data(Qt.ItemDataRole.ToolTipRole) == "Replaced: Lukket"
    muted = BRUSHES.get().muted.color()
    assert all(model.index(1, c).data(FOREGROUND).color() == muted for c in SampleColumn)
    assert all(model.index(1, c).data(Qt.ItemDataRole.FontRole).italic() for c in SampleColumn)
    assert model.index(0, SampleColumn.PROGRESS).data(FOREGROUND) is None
    assert model.index(0, SampleColumn.CASE).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(0, SampleColumn.POSITION).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )

    done = replace(active, answered=4)
    with qtbot.waitSignal(model.dataChanged):
        model.update_case(done)
    green = BRUSHES.get().green.color()
    assert model.index(0, SampleColumn.PROGRESS).data(FOREGROUND).color() == green
    assert model.index(0, SampleColumn.CASE).data(FOREGROUND) is None
    assert model.case(0) == done and model.case(2) is None and model.case(-1) is None
    assert model.row_of(gone.id) == 1 and model.row_of(uuid.uuid4()) == -1
    model.update_case(_case(3, 0, SampledCaseStatus.ACTIVE))
    assert model.cases() == [done, gone]
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_cases([done, replace(gone, case_type="Anden")])
    with qtbot.waitSignal(model.modelReset):
        model.set_cases([gone])
    check(qtmodeltester, model)
