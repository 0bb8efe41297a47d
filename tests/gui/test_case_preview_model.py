"""The case list preview (column specs over the file's own columns): headings with the mapped
field, sensitive columns hidden, mapped columns tinted, row numbers as in the file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from taskforce_app.domain.cases import CaseColumnMapping, CaseField
from taskforce_app.importers.case_list import CaseTable
from taskforce_app.importers.tables import TableRow
from taskforce_app.ui.kit.palette_colours import BLUE, cell_background
from taskforce_app.ui.review.case_import_models import CasePreviewModel
from tests.gui.test_engagement_models import check

HORIZONTAL = Qt.Orientation.Horizontal
BACKGROUND = Qt.ItemDataRole.BackgroundRole


def _table() -> CaseTable:
    return CaseTable(
        file_name="sager.xlsx",
        sheet_name="Sager",
        sheet_names=("Sager",),
        header_row=2,
        headers=("Sagsnr.", "CPR-nr.", "Foranstaltning"),
        rows=(
            TableRow(3, ("K-1", "010203-1234", "Aflastning")),
            TableRow(5, ("K-2", None, "Plejefamilie")),
        ),
    )


def test_preview_headings_cells_and_tints(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    model = CasePreviewModel(language="en")
    check(qtmodeltester, model)
    model.set_table(_table(), CaseColumnMapping(case_ref=0))
    check(qtmodeltester, model)
    assert model.headerData(0, HORIZONTAL) == f"Sagsnr.\n→ {CaseField.CASE_REF.label('en')}"
    assert model.headerData(1, HORIZONTAL) == "CPR-nr.\n(hidden)"
    assert model.headerData(2, HORIZONTAL) == "Foranstaltning"
    tooltip = model.headerData(1, HORIZONTAL, Qt.ItemDataRole.ToolTipRole)
    assert "personal data" in str(tooltip)
    assert model.headerData(0, HORIZONTAL, Qt.ItemDataRole.ToolTipRole) is None
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(2)] == ["3", "5"]
    assert [model.index(0, c).data() for c in range(3)] == ["K-1", "", "Aflastning"]
    assert model.index(0, 0).data(BACKGROUND) == cell_background(BLUE)
    assert model.index(0, 2).data(BACKGROUND) is None
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable

    with qtbot.waitSignal(model.headerDataChanged):
        model.set_mapping(CaseColumnMapping(measure=2))
    assert model.headerData(0, HORIZONTAL) == "Sagsnr."
    assert model.index(1, 2).data(BACKGROUND) == cell_background(BLUE)
    assert model.index(1, 0).data(BACKGROUND) is None
    model.set_table(None, None)
    assert model.rowCount() == 0 and model.columnCount() == 0
    check(qtmodeltester, model)
