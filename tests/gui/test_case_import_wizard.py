"""The case-list import wizard: file → mapping → report → import, bad files, cancelling."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, cast

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QThreadPool
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.cases import CaseField
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.review.case_import_wizard import CaseImportWizard
from tests.gui.conftest import FakePrompts, add_engagements

CPR = "010203-1234"  # 1 February 2003: a plausible CPR number
CPR_ROW = 7


def write_case_list(path: Path, count: int = 30, *, cpr_row: int | None = CPR_ROW) -> Path:
    """A title row, then headings in row 2 (with a CPR column), then `count` cases from row 3;
    the case in `cpr_row` has a CPR number in its remark."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Sager"
    sheet.append(["Sagsudtræk pr. 1. marts 2026"])
    sheet.append(["Sagsnr.", "Sagstype", "Indsats", "Afgørelsesdato", "CPR-nr.", "Bemærkning"])
    for number in range(count):
        row = 3 + number
        remark = f"Barnet {CPR} flyttet" if row == cpr_row else ""
        sheet.append(
            [
                f"K-{number:05d}",
                "Forebyggende" if number % 3 else "Anbringelse",
                "Aflastning" if number % 2 else "Familiebehandling",
                date(2025, 1 + number % 12, 1 + number % 27),
                CPR,
                remark,
            ]
        )
    book.save(path)
    return path


@pytest.fixture
def engagement_id(gui_context: AppContext) -> uuid.UUID:
    """A forløb in Aarhus."""
    return add_engagements(gui_context)[0].id


@pytest.fixture
def undo(qtbot: QtBot) -> Iterator[UndoController]:
    """An undo controller whose published changes the test can read."""
    controller = UndoController(language="da")
    yield controller
    QThreadPool.globalInstance().waitForDone(5_000)
    controller.deleteLater()


def make_wizard(
    qtbot: QtBot,
    context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    engagement_id: uuid.UUID,
) -> CaseImportWizard:
    """A shown wizard."""
    wizard = CaseImportWizard(context, prompts, undo, engagement_id, language="da")
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_import_flow_reports_the_cpr_row_and_stores_the_valid_rows(
    qtbot: QtBot,
    gui_context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    engagement_id: uuid.UUID,
    tmp_path: Path,
) -> None:
    prompts.chosen_file = write_case_list(tmp_path / "sager.xlsx")
    published: list[Changes] = []
    undo.changed.connect(published.append)
    wizard = make_wizard(qtbot, gui_context, prompts, undo, engagement_id)

    wizard.file_page.choose_button.click()
    assert wizard.file_page.isComplete() and wizard.file_page.error_text == ""
    assert wizard.file_page.sheet_combo.currentText() == "Sager"

    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert wizard.mapping_page.isComplete()
    assert wizard.mapping_page.combos[CaseField.CASE_REF].currentText() == "Sagsnr."
    assert "Suggested" in wizard.mapping_page.source_label.text()
    preview = wizard.mapping_page.preview_model
    cells = [
        preview.data(preview.index(row, column))
        for row in range(preview.rowCount())
        for column in range(preview.columnCount())
    ]
    assert not any(CPR in str(cell) for cell in cells)
    assert preview.headerData(0, preview_orientation_vertical()) == "3"

    wizard.next()
    page = wizard.report_page
    assert wizard.currentPage() is page
    report = wizard.report
    assert report is not None
    assert (report.rows_read, report.valid_count, report.refused_count) == (30, 29, 1)
    problems = page.problems_model.records()
    assert [(p.row_number, p.case_ref) for p in problems] == [(CPR_ROW, "K-00004")]
    assert CPR not in page.problems_model.data(page.problems_model.index(0, 2))
    assert "CPR-nr." in page.notices_label.text()
    assert page.isComplete()
    assert gui_context.case_lists.existing_refs(engagement_id) == frozenset()

    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    refs = gui_context.case_lists.existing_refs(engagement_id)
    assert len(refs) == 29 and "K-00004" not in refs
    assert any(changes.touches(Entity.CASE) for changes in published)
    assert "29" in wizard.done_page.summary_label.text()


def preview_orientation_vertical() -> Any:
    """Qt's vertical orientation (row headers hold the file's row numbers)."""
    from PySide6.QtCore import Qt

    return Qt.Orientation.Vertical


def test_the_mapping_is_remembered_for_the_municipality(
    qtbot: QtBot,
    gui_context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    engagement_id: uuid.UUID,
    tmp_path: Path,
) -> None:
    first = make_wizard(qtbot, gui_context, prompts, undo, engagement_id)
    assert first.file_page.load_file(write_case_list(tmp_path / "a.xlsx", 5, cpr_row=None))
    first.next()
    first.mapping_page.set_field(CaseField.MEASURE, None)
    first.mapping_page.set_field(CaseField.CASE_TYPE, "Indsats")
    assert first.mapping.case_type == 2 and first.mapping.measure is None
    first.next()
    first.next()
    assert first.currentPage() is first.done_page

    second = make_wizard(qtbot, gui_context, prompts, undo, engagement_id)
    assert second.file_page.load_file(write_case_list(tmp_path / "b.xlsx", 8, cpr_row=None))
    second.next()
    assert second.mapping_page.source_label.text() == (
        "Remembered from the last import for Aarhus: the file has the same columns."
    )
    assert second.mapping_page.combos[CaseField.CASE_TYPE].currentText() == "Indsats"


def test_a_windows_csv_of_another_layout_is_read_by_its_own_headings(
    qtbot: QtBot,
    gui_context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    engagement_id: uuid.UUID,
    tmp_path: Path,
) -> None:
    first = make_wizard(qtbot, gui_context, prompts, undo, engagement_id)
    assert first.file_page.load_file(write_case_list(tmp_path / "a.xlsx", 5, cpr_row=None))
    first.next()
    first.mapping_page.set_field(CaseField.CASE_TYPE, "Bemærkning")
    first.next()
    first.next()
    assert first.currentPage() is first.done_page

    csv_file = tmp_path / "b.csv"
    lines = ["Sagsnummer;Køn;Barnets alder;Sagsbehandler;Bemærkning"]
    lines += [f"B-{n};Dreng;{10 + n};Åse Ørum;note {n}" for n in range(4)]
    csv_file.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    second = make_wizard(qtbot, gui_context, prompts, undo, engagement_id)
    assert second.file_page.load_file(csv_file)
    second.next()
    page = second.mapping_page
    assert page.combos[CaseField.CASE_REF].currentText() == "Sagsnummer"
    assert page.combos[CaseField.CASEWORKER].currentText() == "Sagsbehandler"
    assert page.combos[CaseField.CASE_TYPE].currentText() == "Bemærkning"  # remembered
    assert page.source_label.text() == (
        "The columns differ from the last import for Aarhus: the file's own known headings "
        "are used, and the remembered mapping only fills Sagstype."
    )
    assert page.isComplete()
    second.next()
    second.next()
    assert second.currentPage() is second.done_page
    assert {"B-0", "B-3"} <= gui_context.case_lists.existing_refs(engagement_id)


def test_an_encrypted_file_shows_the_danish_message_and_imports_nothing(
    qtbot: QtBot,
    gui_context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    engagement_id: uuid.UUID,
    tmp_path: Path,
) -> None:
    locked = tmp_path / "låst.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2_048))
    wizard = make_wizard(qtbot, gui_context, prompts, undo, engagement_id)
    assert not wizard.file_page.load_file(locked)
    assert "låst.xlsx er beskyttet med adgangskode" in wizard.file_page.error_text
    assert not wizard.file_page.isComplete()
    assert prompts.errors == []

    truncated = tmp_path / "halv.xlsx"  # only the first half of the OLE2 signature
    truncated.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(2_048))
    assert not wizard.file_page.load_file(truncated)
    assert "halv.xlsx er ikke en gyldig Excel-projektmappe" in wizard.file_page.error_text

    empty = tmp_path / "tom.csv"
    empty.write_text("", encoding="utf-8")
    assert not wizard.file_page.load_file(empty)
    assert "tom" in wizard.file_page.error_text

    assert wizard.file_page.load_file(write_case_list(tmp_path / "ok.xlsx", 3, cpr_row=None))
    assert wizard.file_page.error_text == "" and wizard.file_page.isComplete()
    assert gui_context.case_lists.existing_refs(engagement_id) == frozenset()


def test_without_a_case_number_column_the_user_must_choose_one(
    qtbot: QtBot,
    gui_context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    engagement_id: uuid.UUID,
    tmp_path: Path,
) -> None:
    wizard = make_wizard(qtbot, gui_context, prompts, undo, engagement_id)
    assert wizard.file_page.load_file(write_case_list(tmp_path / "a.xlsx", 3, cpr_row=None))
    wizard.next()
    wizard.mapping_page.set_field(CaseField.CASE_REF, None)
    assert not wizard.mapping_page.isComplete()
    assert wizard.mapping_page.hint_label.isVisibleTo(wizard)
    wizard.mapping_page.set_field(CaseField.CASE_REF, "CPR-nr.")
    wizard.next()
    assert wizard.report is None
    assert "CPR-nr." in wizard.report_page.error_text
    assert not wizard.report_page.isComplete()


def test_cancelling_the_import_stores_nothing(
    qtbot: QtBot,
    gui_context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    engagement_id: uuid.UUID,
    tmp_path: Path,
) -> None:
    wizard = make_wizard(qtbot, gui_context, prompts, undo, engagement_id)
    service = gui_context.case_lists
    original = service.import_rows
    batches: list[int] = []

    def import_rows(*args: Any, **kwargs: Any) -> Any:
        report = kwargs["progress"]

        def progress(phase: str, done: int, total: int) -> None:
            batches.append(done)
            report(phase, done, total)
            wizard.cancel_running()  # what the progress dialog's Cancel does

        return original(*args, **{**kwargs, "progress": progress})

    service.import_rows = import_rows  # type: ignore[method-assign]
    assert wizard.file_page.load_file(write_case_list(tmp_path / "big.xlsx", 4_500, cpr_row=None))
    wizard.next()
    wizard.next()
    assert wizard.report is not None and wizard.report.valid_count == 4_500
    wizard.next()
    assert batches == [2_000]
    assert wizard.currentPage() is wizard.report_page
    assert wizard.report_page.status_text == wizard.cancelled_text()
    assert gui_context.case_lists.existing_refs(engagement_id) == frozenset()


def test_the_wizard_models_pass_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    gui_context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    engagement_id: uuid.UUID,
    tmp_path: Path,
) -> None:
    wizard = make_wizard(qtbot, gui_context, prompts, undo, engagement_id)
    assert wizard.file_page.load_file(write_case_list(tmp_path / "a.xlsx", 12))
    wizard.next()
    cast(Any, qtmodeltester).check(wizard.mapping_page.preview_model)
    wizard.next()
    cast(Any, qtmodeltester).check(wizard.report_page.problems_model)
