"""The Rapporter page: PDF and workbook exports in the background (cancel, unwritable folder),
the section choice, and a returned workbook previewed, applied and applied again."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.enums import RecommendationStatus
from taskforce_app.domain.report_models import ALL_SECTIONS, ReportSection
from taskforce_app.exporters.atomic import PARTIAL_MARKER
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.kit.workers import JobControl
from taskforce_app.ui.reports.export_dialog import ExportDialog
from taskforce_app.ui.reports.reports_page import ReportsPage
from taskforce_app.ui.reports.returned_dialog import ReturnedDialog
from tests.gui.conftest import TODAY, FakePrompts, show_page
from tests.gui.test_engagement_models import check
from tests.workbook_danish import STATUS_LABELS, RecommendationColumns, Sheets


@dataclass
class SavePrompts(FakePrompts):
    """Fake prompts that also record the file name offered by the save dialog."""

    offered: list[Path | None] = field(default_factory=list)

    def choose_save_file(
        self, title: str, file_filter: str, start: Path | None = None
    ) -> Path | None:
        """Record the offered name, then answer like `FakePrompts`."""
        self.offered.append(start)
        return super().choose_save_file(title, file_filter, start)


@dataclass
class Page:
    """The page under test with what it touched."""

    widget: ReportsPage
    context: AppContext
    prompts: SavePrompts
    undo: UndoController
    opened: list[Path]
    published: list[Changes]

    def engagement(self, municipality: str) -> uuid.UUID:
        """The demo forløb of a municipality, chosen on the page."""
        found = next(
            s for s in self.context.engagements.summaries() if s.municipality_name == municipality
        )
        self.widget.show_engagement(found.id)
        assert self.widget.engagement_id == found.id
        return found.id


@pytest.fixture
def page(qtbot: QtBot, demo_db_path: Path, ui_settings: UiSettings) -> Iterator[Page]:
    """The page over a copy of the demo database, shown offscreen."""
    context = open_context(demo_db_path)
    prompts = SavePrompts()
    undo = UndoController()
    published: list[Changes] = []
    undo.changed.connect(published.append)
    widget = ReportsPage(context, prompts, undo, settings=ui_settings, today=lambda: TODAY)
    opened: list[Path] = []
    widget.open_folder = opened.append
    qtbot.addWidget(widget)
    show_page(widget)
    qtbot.waitExposed(widget)
    yield Page(widget, context, prompts, undo, opened, published)
    QThreadPool.globalInstance().waitForDone(5_000)
    widget.hide()
    context.close()


def answer_export(unticked: set[ReportSection]) -> Callable[[QDialog], bool]:
    """A dialog runner that unticks `unticked` and presses OK."""

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportDialog)
        assert dialog.sections() == ALL_SECTIONS, "all sections are ticked the first time"
        for section in unticked:
            dialog.checkboxes[section].setChecked(False)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def pdf_text(path: Path) -> str:
    """All text of a PDF."""
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def leftovers(folder: Path) -> list[str]:
    """Partial files an export left in `folder`."""
    return [path.name for path in folder.iterdir() if PARTIAL_MARKER in path.name]


def test_the_page_loads_on_show_and_lists_every_engagement(page: Page) -> None:
    combo = page.widget.engagement_combo
    assert combo.count() == len(page.context.engagements.summaries()) == 8
    assert page.widget.engagement_id is not None
    assert page.widget.pdf_button.isEnabled() and page.widget.portfolio_button.isEnabled()


def test_status_report_without_two_sections(page: Page, tmp_path: Path) -> None:
    page.engagement("Haderslev")
    target = tmp_path / "rapport"
    page.prompts.chosen_file = target
    page.widget.run_dialog = answer_export({ReportSection.APPENDIX, ReportSection.KEY_FIGURES})

    written = page.widget.export_pdf()

    assert written == tmp_path / "rapport.pdf", "the suffix is added to a bare name"
    offered = page.prompts.offered[-1]
    assert offered is not None and offered.name == "Status report Haderslev 2026-11-24.pdf"
    text = pdf_text(written)
    assert "Haderslev" in text
    assert "Resultater af sagsgennemgangen" in text
    assert "Bilag: Sager i stikprøven og svar" not in text
    assert "Nøgletal fra Danmarks Statistik" not in text
    assert page.opened == [tmp_path], "the folder is opened when the user says yes"
    assert page.prompts.errors == []
    assert leftovers(tmp_path) == []


def test_the_section_choice_is_remembered(page: Page, ui_settings: UiSettings) -> None:
    dialog = ExportDialog("Haderslev", settings=ui_settings)
    dialog.checkboxes[ReportSection.SAMPLING].setChecked(False)
    dialog.accept()
    again = ExportDialog("Haderslev", settings=ui_settings)
    assert again.sections() == ALL_SECTIONS - {ReportSection.SAMPLING}
    assert again.options().wants(ReportSection.RESULTS)
    again.set_sections(frozenset())
    ok = again.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled(), "a report needs at least one section"
    for item in (dialog, again):
        item.deleteLater()


def test_engagement_workbook_and_portfolio(page: Page, tmp_path: Path) -> None:
    page.engagement("Viborg")
    page.prompts.confirm_answer = False
    page.prompts.chosen_file = tmp_path / "forløb.xlsx"
    workbook = page.widget.export_workbook()
    assert workbook == tmp_path / "forløb.xlsx"
    offered = page.prompts.offered[-1]
    assert offered is not None and offered.name == "Workbook Viborg 2026-11-24.xlsx"
    assert Sheets.RECOMMENDATIONS in load_workbook(workbook, read_only=True).sheetnames

    page.prompts.chosen_file = tmp_path / "portefølje.xlsx"
    portfolio = page.widget.export_portfolio()
    assert portfolio == tmp_path / "portefølje.xlsx"
    assert Sheets.PORTFOLIO in load_workbook(portfolio, read_only=True).sheetnames
    assert page.opened == [], "the folder is not opened when the user says no"
    assert page.widget.last_export == portfolio
    assert str(portfolio) in page.widget.status_label.text()


@pytest.mark.parametrize("export", ["pdf", "workbook", "portfolio"])
def test_a_cancelled_export_leaves_no_file(
    page: Page, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, export: str
) -> None:
    calls: list[tuple[int, int]] = []
    original = JobControl.progress

    def progress_then_cancel(control: JobControl, phase: str, done: int, total: int) -> None:
        original(control, phase, done, total)
        calls.append((done, total))
        control.cancel()

    monkeypatch.setattr(JobControl, "progress", progress_then_cancel)
    page.engagement("Haderslev")
    target = tmp_path / f"cancelled.{'pdf' if export == 'pdf' else 'xlsx'}"
    page.prompts.chosen_file = target
    page.widget.run_dialog = answer_export(set())
    action = {
        "pdf": page.widget.export_pdf,
        "workbook": page.widget.export_workbook,
        "portfolio": page.widget.export_portfolio,
    }[export]

    assert action() is None
    assert len(calls) == 1, "the export stopped at its first check after the cancel"
    assert not target.exists()
    assert leftovers(tmp_path) == []
    assert page.prompts.errors == [], "cancelling is not an error"
    assert page.prompts.confirms == []
    assert page.widget.status_label.text() == "Nothing was saved."


def test_a_missing_folder_shows_the_danish_message(page: Page, tmp_path: Path) -> None:
    page.engagement("Haderslev")
    target = tmp_path / "findes-ikke" / "regneark.xlsx"
    page.prompts.chosen_file = target

    assert page.widget.export_workbook() is None

    assert len(page.prompts.errors) == 1
    _title, message = page.prompts.errors[0]
    assert "findes ikke" in message and "findes-ikke" in message
    assert not target.parent.exists()
    assert page.opened == []


# -- a returned workbook ------------------------------------------------------------------------


def edit_statuses(path: Path, count: int, *, invalid: int = 0) -> dict[uuid.UUID, tuple[int, str]]:
    """Give the first `count` recommendations another status (and the next `invalid` an
    unknown one); returns recommendation id → (Excel row, new status text)."""
    workbook = load_workbook(path)
    sheet = workbook[Sheets.RECOMMENDATIONS]
    columns = {cell.value: index for index, cell in enumerate(sheet[1], start=1)}
    status_column = columns[RecommendationColumns.STATUS]
    id_column = columns[RecommendationColumns.ID]
    edited: dict[uuid.UUID, tuple[int, str]] = {}
    for row in range(2, 2 + count + invalid):
        cell = sheet.cell(row=row, column=status_column)
        if row - 2 < count:
            new = next(label for label in STATUS_LABELS.values() if label != cell.value)
        else:
            new = "Måske"
        cell.value = new
        edited[uuid.UUID(str(sheet.cell(row=row, column=id_column).value))] = (row, new)
    workbook.save(path)
    return edited


def export_for_return(page: Page, tmp_path: Path, municipality: str) -> Path:
    """The forløb's workbook as it is sent to the municipality."""
    page.engagement(municipality)
    page.prompts.confirm_answer = False
    page.prompts.chosen_file = tmp_path / "til-kommunen.xlsx"
    written = page.widget.export_workbook()
    assert written is not None
    return written


def open_returned(page: Page, path: Path, check: Callable[[ReturnedDialog], None]) -> None:
    """Load `path` through the page and run `check` while its dialog is open."""
    page.prompts.chosen_file = path

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, ReturnedDialog)
        check(dialog)
        return True

    page.widget.run_dialog = run
    page.widget.import_returned()


def status_of(page: Page, recommendation_id: uuid.UUID) -> RecommendationStatus:
    """The recommendation's status in the database."""
    return page.context.recommendations.get(recommendation_id).status


def test_returned_workbook_preview_apply_and_apply_again(page: Page, tmp_path: Path) -> None:
    path = export_for_return(page, tmp_path, "Hillerød")
    edited = edit_statuses(path, 2)
    before = {rid: status_of(page, rid) for rid in edited}

    def preview_then_apply(dialog: ReturnedDialog) -> None:
        assert dialog.preview is not None
        assert {c.recommendation_id: c.excel_row for c in dialog.preview.changes} == {
            rid: row for rid, (row, _) in edited.items()
        }
        assert dialog.changes_model.rowCount() == 2
        assert dialog.problems_model.rowCount() == 0
        assert not dialog.skip_box.isVisibleTo(dialog)
        assert dialog.apply_button.isEnabled()
        row_text = dialog.changes_model.index(0, 0).data()
        assert row_text in {"2", "3"}
        result = dialog.apply()
        assert result is not None and result.applied and result.changed == 2
        assert not dialog.apply_button.isEnabled(), "applied once"
        assert "2 recommendation(s) changed" in dialog.result_label.text()

    open_returned(page, path, preview_then_apply)

    for rid, (_row, label) in edited.items():
        assert STATUS_LABELS[status_of(page, rid)] == label
        assert status_of(page, rid) != before[rid]
    assert page.published and page.published[-1].touches(Entity.RECOMMENDATION)
    assert set(edited) <= page.published[-1].ids
    published = len(page.published)

    def nothing_left(dialog: ReturnedDialog) -> None:
        assert dialog.preview is not None and dialog.preview.changes == ()
        assert dialog.changes_model.rowCount() == 0
        assert not dialog.apply_button.isEnabled()
        result = dialog.apply()
        assert result is not None and result.changed == 0 and not result.applied
        assert "Nothing to change" in dialog.result_label.text()

    open_returned(page, path, nothing_left)
    assert len(page.published) == published, "nothing new to publish"
    for rid, (_row, label) in edited.items():
        assert STATUS_LABELS[status_of(page, rid)] == label
    assert page.prompts.errors == []


def test_problems_block_the_file_until_valid_rows_only_are_chosen(
    page: Page, tmp_path: Path
) -> None:
    path = export_for_return(page, tmp_path, "Holbæk")
    edited = edit_statuses(path, 1, invalid=1)
    (valid_id, (_, valid_label)), (bad_id, (bad_row, _)) = edited.items()
    before = {rid: status_of(page, rid) for rid in edited}

    def blocked_then_skip(dialog: ReturnedDialog) -> None:
        assert dialog.changes_model.rowCount() == 1
        assert dialog.problems_model.rowCount() == 1
        assert dialog.problems_model.index(0, 0).data() == str(bad_row)
        assert f"Række {bad_row}" in dialog.problems_model.index(0, 1).data()
        assert dialog.skip_box.isVisibleTo(dialog)
        assert not dialog.apply_button.isEnabled()
        result = dialog.apply()
        assert result is not None and result.blocked
        assert "intet er ændret" in page.prompts.errors[-1][1]
        assert status_of(page, valid_id) == before[valid_id]
        dialog.skip_box.setChecked(True)
        assert dialog.apply_button.isEnabled()
        result = dialog.apply()
        assert result is not None and result.applied and result.changed == 1

    open_returned(page, path, blocked_then_skip)
    assert STATUS_LABELS[status_of(page, valid_id)] == valid_label
    assert status_of(page, bad_id) == before[bad_id]


def test_a_workbook_of_another_engagement_is_refused(page: Page, tmp_path: Path) -> None:
    path = export_for_return(page, tmp_path, "Randers")
    edit_statuses(path, 1)
    page.engagement("Viborg")

    def refused(dialog: ReturnedDialog) -> None:
        assert dialog.preview is None
        assert dialog.changes_model.rowCount() == 0
        assert not dialog.apply_button.isEnabled()

    open_returned(page, path, refused)
    assert len(page.prompts.errors) == 1
    message = page.prompts.errors[0][1]
    assert "hører til forløbet med Randers" in message and "Intet er ændret" in message
    assert page.published == []


def test_returned_models_pass_the_model_tester(
    page: Page, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    path = export_for_return(page, tmp_path, "Thisted")
    edit_statuses(path, 2, invalid=1)

    def check_models(dialog: ReturnedDialog) -> None:
        for model in (
            dialog.changes_model,
            dialog.problems_model,
            dialog.changes_table.model(),
            dialog.problems_table.model(),
        ):
            check(qtmodeltester, model)

    open_returned(page, path, check_models)


def test_the_combo_follows_engagement_changes(page: Page) -> None:
    first = page.widget.engagement_id
    assert first is not None
    page.context.engagements.delete(first)
    page.widget.apply_changes(Changes.of(Entity.ENGAGEMENT, first))
    assert page.widget.engagement_combo.count() == 7
    assert page.widget.engagement_id != first
