"""Exchange dialogs: export from A, import into B with a conflict decided side by side."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QStyleOptionViewItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.engagements import EngagementDetail, EngagementDraft
from taskforce_app.domain.errors import OperationCancelledError
from taskforce_app.domain.merge import FieldConflict, Side, TableCounts
from taskforce_app.exporters import package as package_writer
from taskforce_app.ui.exchange.exchange_dialogs import ConflictTableView, ImportPackageDialog
from taskforce_app.ui.exchange.exchange_models import (
    CHOICE_ROLE,
    ConflictTableModel,
    EngagementChoiceModel,
    PackageCountsModel,
    RecordCountsModel,
)
from taskforce_app.ui.exchange.export_package_dialog import ExportPackageDialog, PassphraseDialog
from taskforce_app.ui.kit.job_progress_dialog import JobProgressDialog
from taskforce_app.ui.kit.prompts import QtPrompts
from taskforce_app.ui.kit.undo import UndoController
from tests.gui.conftest import TODAY, FakePrompts
from tests.gui.modal_driver import (
    SETTLE_MS,
    ModalDriver,
    click_button,
    from_event_loop,
    press_escape,
    type_and_enter,
    visible_progress_dialogs,
)
from tests.gui.test_engagement_models import check
from tests.services.helpers import PASSPHRASE


@dataclass
class Pair:
    """Two consultants' databases copied from one demo file."""

    a: AppContext
    b: AppContext
    b_path: Path
    engagement: uuid.UUID


@pytest.fixture
def pair(demo_db_path: Path, tmp_path: Path) -> Iterator[Pair]:
    """A and B, copies of the same (checkpointed) demo database."""
    shutil.copyfile(demo_db_path, tmp_path / "a.sqlite")
    shutil.copyfile(demo_db_path, tmp_path / "b.sqlite")
    a = open_context(tmp_path / "a.sqlite", actor="ALA")
    b = open_context(tmp_path / "b.sqlite", actor="BBO")
    engagement = a.engagements.summaries()[0].id
    yield Pair(a, b, tmp_path / "b.sqlite", engagement)
    a.close()
    b.close()


@pytest.fixture
def undo(qapp: Any) -> Iterator[UndoController]:
    """An undo controller that records what was published."""
    controller = UndoController()
    yield controller
    controller.deleteLater()


def _draft(detail: EngagementDetail, **changes: Any) -> EngagementDraft:
    draft = EngagementDraft(
        title=detail.title,
        municipality_id=detail.municipality.id,
        phase=detail.phase,
        start_date=detail.start_date,
        planned_end_date=detail.planned_end_date,
        actual_end_date=detail.actual_end_date,
        description=detail.description,
        notes=detail.notes,
    )
    return replace(draft, **changes)


def _edit(context: AppContext, engagement: uuid.UUID, **changes: Any) -> None:
    context.engagements.update(engagement, _draft(context.engagements.get(engagement), **changes))


def _fingerprint(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _export(
    qtbot: QtBot,
    context: AppContext,
    engagement: uuid.UUID,
    target: Path,
    *,
    passphrase: str | None = PASSPHRASE,
) -> Path:
    """Export one forløb through the dialog (encrypted unless `passphrase` is None)."""
    prompts = FakePrompts(chosen_file=target)
    dialog = ExportPackageDialog(context, prompts, language="da", today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.engagement_model.set_checked(engagement, True)
    if passphrase is None:
        dialog.unencrypted_check.setChecked(True)
    else:
        dialog.passphrase_edit.setText(passphrase)
        dialog.repeat_edit.setText(passphrase)
    summary = dialog.export()
    assert summary is not None, prompts.errors
    assert prompts.errors == []
    return summary.path


def _import_dialog(
    qtbot: QtBot, context: AppContext, prompts: FakePrompts, undo: UndoController
) -> ImportPackageDialog:
    dialog = ImportPackageDialog(context, prompts, undo, language="da")
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def modals(qapp: Any) -> Iterator[ModalDriver]:
    """Answers the real modal dialogs (the passphrase prompt, message boxes) of a test."""
    driver = ModalDriver(settle_ms=50)
    yield driver
    driver.stop()


def _passphrase(text: str | None) -> tuple[type[PassphraseDialog], Callable[[Any], None]]:
    """Type `text` into the real passphrase prompt and press Enter (None: press Esc)."""
    return PassphraseDialog, press_escape if text is None else type_and_enter(text)


def _cells(model: QAbstractItemModel, row: int) -> list[str]:
    return [str(model.index(row, column).data()) for column in range(model.columnCount())]


def test_export_dialog_checks_its_input_and_names_the_file(qtbot: QtBot, pair: Pair) -> None:
    prompts = FakePrompts()
    dialog = ExportPackageDialog(pair.a, prompts, language="da", today=lambda: TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled()
    assert dialog.problem() == "Choose at least one engagement."
    dialog.engagement_model.set_checked(pair.engagement, True)
    assert not dialog.export_button.isEnabled()
    assert dialog.problem() == "Type a passphrase twice or press Generate."
    municipality = pair.a.engagements.get(pair.engagement).municipality.name
    assert dialog.default_file_name() == f"Task Force {municipality} 24-11-2026.tfpkg"

    dialog.passphrase_edit.setText("rød grød")
    dialog.repeat_edit.setText("rød grød")
    assert dialog.problem() == "The passphrase must have at least 12 characters (it has 8)."
    assert not dialog.export_button.isEnabled()
    dialog.passphrase_edit.setText("rød grød med fløde")
    dialog.repeat_edit.setText("rød grød med fløden")
    assert dialog.problem() == "The two passphrases are not the same."
    assert not dialog.export_button.isEnabled()
    assert not dialog.hint_label.isHidden()
    dialog.repeat_edit.setText("rød grød med fløde")
    assert dialog.export_button.isEnabled() and dialog.passphrase() == "rød grød med fløde"

    assert dialog.export() is None
    assert prompts.file_requests == ["Export exchange package"]
    dialog.engagement_model.set_all(True)
    assert "municipalities" in dialog.default_file_name()


class CancelledExport:
    """An exchange service whose export reports progress, then sees the user cancel."""

    def __init__(self) -> None:
        self.calls: list[tuple[list[uuid.UUID], Path, str | None]] = []

    def export(
        self,
        engagement_ids: list[uuid.UUID],
        path: Path,
        *,
        passphrase: str | None = None,
        cancelled: Callable[[], bool] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Record the call, report half the work and stop as cancelled."""
        assert cancelled is not None and progress is not None and not cancelled()
        self.calls.append((list(engagement_ids), path, passphrase))
        progress(1, 2)
        raise OperationCancelledError()


def test_a_cancelled_export_writes_and_shows_nothing(
    qtbot: QtBot, pair: Pair, tmp_path: Path
) -> None:
    prompts = FakePrompts(chosen_file=tmp_path / "x.tfpkg")
    dialog = ExportPackageDialog(pair.a, prompts, language="da")
    qtbot.addWidget(dialog)
    fake = CancelledExport()
    dialog._service = cast(Any, fake)
    dialog.engagement_model.set_checked(pair.engagement, True)
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.repeat_edit.setText(PASSPHRASE)
    assert dialog.export() is None
    assert fake.calls == [([pair.engagement], tmp_path / "x.tfpkg", PASSPHRASE)]
    assert prompts.errors == [] and dialog.summary is None
    assert dialog.summary_label.isHidden() and dialog.counts_table.isHidden()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_export_import_decide_a_conflict_and_merge(
    qtbot: QtBot, pair: Pair, undo: UndoController, tmp_path: Path, modals: ModalDriver
) -> None:
    a, b, engagement = pair.a, pair.b, pair.engagement
    _edit(a, engagement, title="Titel fra A", notes="Note fra A")
    _edit(b, engagement, title="Titel fra B")

    written = _export(qtbot, a, engagement, tmp_path / "fra A")
    assert written == tmp_path / "fra A.tfpkg" and written.is_file()

    prompts = FakePrompts(chosen_file=written)
    dialog = _import_dialog(qtbot, b, prompts, undo)
    assert not dialog.merge_button.isEnabled()
    modals.expect(*_passphrase(PASSPHRASE))
    assert dialog.choose_package()
    assert prompts.errors == []
    assert dialog.source_label.text() == "a.sqlite"
    assert dialog.by_label.text() == "ALA"
    assert "Titel fra A" in dialog.engagements_label.text()
    assert dialog.counts_model.counts("engagement") == TableCounts(changed=1, conflicts=1)

    conflicts = dialog.conflict_model
    assert conflicts.rowCount() == 1
    record, field, ours, theirs, choice = _cells(conflicts, 0)
    municipality = b.engagements.get(engagement).municipality.name
    assert (record, field) == (f"Engagement: {municipality}", "Title")
    assert (ours, theirs, choice) == ("Titel fra B", "Titel fra A", "— choose —")
    assert not dialog.merge_button.isEnabled() and not dialog.dry_run_button.isEnabled()
    assert "1 of 1 left" in dialog.hint_label.text()
    assert dialog.merge() is None

    assert conflicts.setData(conflicts.index(0, ConflictTableModel.CHOICE), "theirs")
    assert conflicts.index(0, 0).data(CHOICE_ROLE) == Side.THEIRS.value
    assert _cells(conflicts, 0)[4] == "Take theirs"
    assert dialog.merge_button.isEnabled() and dialog.hint_label.isHidden()

    dry = dialog.merge(dry_run=True)
    assert dry is not None and dry.dry_run
    assert "Nothing was changed" in dialog.status_label.text()
    assert b.engagements.get(engagement).title == "Titel fra B"
    conflicts.choose(0, Side.OURS)
    assert dialog.dry_run_result is None and dialog.status_label.isHidden()
    conflicts.choose(0, Side.THEIRS)

    published: list[Changes] = []
    undo.changed.connect(published.append)
    result = dialog.merge()
    assert result is not None and not result.dry_run
    assert len(prompts.confirms) == 1 and "cannot be undone" in prompts.confirms[0][1]
    merged = b.engagements.get(engagement)
    assert (merged.title, merged.notes) == ("Titel fra A", "Note fra A")
    assert published and published[-1].entities == frozenset(Entity)
    assert engagement in published[-1].ids
    assert dialog.merged_already and not dialog.merge_button.isEnabled()
    assert not conflicts.flags(conflicts.index(0, ConflictTableModel.CHOICE)) & (
        Qt.ItemFlag.ItemIsEditable
    )
    assert dialog.status_label.text().startswith("Merged:")

    again = _import_dialog(qtbot, b, FakePrompts(chosen_file=written), undo)
    modals.expect(*_passphrase(PASSPHRASE))
    assert again.choose_package()
    assert modals.summary() == [("PassphraseDialog", True, 0)] * 2
    assert again.preview is not None
    assert again.preview.total == TableCounts() and again.preview.conflicts == ()
    assert again.conflict_model.rowCount() == 0 and again.conflicts_box.isHidden()
    assert "nothing new" in again.status_label.text()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_an_encrypted_package_asks_for_its_passphrase(
    qtbot: QtBot, pair: Pair, undo: UndoController, tmp_path: Path, modals: ModalDriver
) -> None:
    _edit(pair.a, pair.engagement, notes="Hemmelig note fra A")
    written = _export(
        qtbot, pair.a, pair.engagement, tmp_path / "k.tfpkg", passphrase="rigtig adgangsfrase"
    )
    assert b"Hemmelig" not in written.read_bytes()
    before = _fingerprint(pair.b_path)

    prompts = FakePrompts(chosen_file=written)
    dialog = _import_dialog(qtbot, pair.b, prompts, undo)
    modals.expect(*_passphrase("forkert"))
    modals.expect(*_passphrase(None))
    assert not dialog.choose_package()
    assert modals.done and len(modals.seen) == 2 and dialog.preview is None
    assert len(prompts.errors) == 1
    assert "Adgangsfrasen passer ikke til pakken" in prompts.errors[0][1]
    assert _fingerprint(pair.b_path) == before

    prompts.errors.clear()
    modals.expect(*_passphrase("forkert"))
    modals.expect(*_passphrase("rigtig adgangsfrase"))
    assert dialog.choose_package()
    assert modals.done and len(prompts.errors) == 1
    assert modals.summary() == [("PassphraseDialog", True, 0)] * 4
    assert dialog.passphrase == "rigtig adgangsfrase"
    assert dialog.counts_model.counts("engagement") == TableCounts(changed=1)
    assert "encrypted" in dialog.file_label.text()
    assert _fingerprint(pair.b_path) == before
    assert dialog.merge() is not None
    assert pair.b.engagements.get(pair.engagement).notes == "Hemmelig note fra A"


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_truncated_package_is_refused_and_nothing_changes(
    qtbot: QtBot, pair: Pair, undo: UndoController, tmp_path: Path, modals: ModalDriver
) -> None:
    _edit(pair.a, pair.engagement, notes="Note fra A")
    written = _export(qtbot, pair.a, pair.engagement, tmp_path / "hel.tfpkg", passphrase=None)
    data = written.read_bytes()
    cut = tmp_path / "halv.tfpkg"
    cut.write_bytes(data[: len(data) // 2])
    before = _fingerprint(pair.b_path)

    prompts = FakePrompts(chosen_file=cut)
    dialog = _import_dialog(qtbot, pair.b, prompts, undo)
    assert not dialog.choose_package()
    assert modals.seen == [], "no passphrase is needed"
    assert dialog.preview is None and not dialog.merge_button.isEnabled()
    assert len(prompts.errors) == 1
    assert "beskadiget eller ufuldstændig" in prompts.errors[0][1]
    assert _fingerprint(pair.b_path) == before


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_package_that_changed_after_the_preview_is_refused_by_the_merge(
    qtbot: QtBot, pair: Pair, undo: UndoController, tmp_path: Path, modals: ModalDriver
) -> None:
    a, b, engagement = pair.a, pair.b, pair.engagement
    _edit(a, engagement, notes="Note fra A")
    written = _export(qtbot, a, engagement, tmp_path / "p.tfpkg")
    prompts = FakePrompts(chosen_file=written)
    dialog = _import_dialog(qtbot, b, prompts, undo)
    modals.expect(*_passphrase(PASSPHRASE))
    assert dialog.choose_package() and dialog.conflict_model.rowCount() == 0

    _edit(a, engagement, title="Titel fra A")
    _edit(b, engagement, title="Titel fra B")
    _export(qtbot, a, engagement, written)
    before = _fingerprint(pair.b_path)
    published: list[Changes] = []
    undo.changed.connect(published.append)
    assert dialog.merge() is None
    assert len(prompts.errors) == 1
    assert "skal afgøres" in prompts.errors[0][1] and "Intet er ændret" in prompts.errors[0][1]
    assert published == [] and not dialog.merged_already
    assert _fingerprint(pair.b_path) == before


def _conflicts() -> list[FieldConflict]:
    record = str(uuid.uuid4())
    return [
        FieldConflict("engagement", record, "title", "Vores titel", "Deres titel"),
        FieldConflict("milestone", str(uuid.uuid4()), "planned_on", "2026-03-01", None),
        FieldConflict("finding", str(uuid.uuid4()), "deleted_at", None, "2026-11-20T10:00:00Z"),
    ]


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, pair: Pair) -> None:
    conflicts = ConflictTableModel()
    conflicts.set_conflicts(_conflicts())
    check(qtmodeltester, conflicts)
    conflicts.choose_all(Side.THEIRS)
    check(qtmodeltester, conflicts)
    counts = PackageCountsModel()
    counts.set_counts(
        {"engagement": TableCounts(changed=1, conflicts=1), "milestone": TableCounts(new=3)}
    )
    check(qtmodeltester, counts)
    records = RecordCountsModel()
    records.set_counts({"engagement": 1, "milestone": 17, "audit_event": 32})
    check(qtmodeltester, records)
    engagements = EngagementChoiceModel()
    engagements.set_engagements(pair.a.engagements.summaries(), [pair.engagement])
    check(qtmodeltester, engagements)


def test_conflict_model_texts_choices_and_counts() -> None:
    model = ConflictTableModel()
    model.set_conflicts(_conflicts(), {})
    assert _cells(model, 1)[1:4] == ["Planned date", "01-03-2026", "—"]
    deleted = _cells(model, 2)
    assert deleted[1:3] == ["Deleted", "(not deleted)"] and deleted[3].startswith("Deleted 20-11")
    assert model.index(0, 0).data().startswith("Engagement ")
    assert model.undecided() == 3 and model.decisions() == {}
    assert not model.setData(model.index(0, ConflictTableModel.OURS), "theirs")
    assert not model.setData(model.index(0, ConflictTableModel.CHOICE), "both")
    model.toggle(0)
    model.toggle(1)
    model.toggle(1)
    assert model.decisions() == {
        model.conflicts[0].key: Side.OURS,
        model.conflicts[1].key: Side.THEIRS,
    }
    assert model.undecided() == 1
    kept = model.index(0, ConflictTableModel.OURS).data(Qt.ItemDataRole.FontRole)
    assert kept is not None and kept.bold()

    counts = PackageCountsModel()
    counts.set_counts(
        {
            "milestone": TableCounts(new=3),
            "engagement": TableCounts(changed=1, conflicts=1),
            "finding": TableCounts(),
        }
    )
    assert counts.rowCount() == 3
    assert _cells(counts, 0) == ["Engagement", "0", "1", "0", "1"]
    assert _cells(counts, 2) == ["Total", "3", "1", "0", "1"]


def test_space_and_double_click_choose_in_the_conflict_table(qtbot: QtBot) -> None:
    model = ConflictTableModel()
    model.set_conflicts(_conflicts())
    view = ConflictTableView(model)
    qtbot.addWidget(view)
    view.setCurrentIndex(model.index(0, ConflictTableModel.RECORD))
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert model.choice(0) is Side.OURS
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert model.choice(0) is Side.THEIRS
    view.doubleClicked.emit(model.index(1, ConflictTableModel.OURS))
    assert model.choice(1) is Side.OURS
    view.doubleClicked.emit(model.index(1, ConflictTableModel.THEIRS))
    assert model.choice(1) is Side.THEIRS
    view.selectAll()
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert [model.choice(row) for row in range(3)] == [Side.OURS, Side.OURS, Side.OURS]


def test_the_choice_column_edits_with_a_combo(qtbot: QtBot) -> None:
    model = ConflictTableModel()
    model.set_conflicts(_conflicts())
    view = ConflictTableView(model)
    qtbot.addWidget(view)
    index = model.index(0, ConflictTableModel.CHOICE)
    delegate = view.itemDelegateForColumn(ConflictTableModel.CHOICE)
    editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == ["Keep ours", "Take theirs"]
    delegate.setEditorData(editor, index)
    editor.setCurrentIndex(1)
    delegate.setModelData(editor, model, index)
    assert model.choice(0) is Side.THEIRS
    editor.deleteLater()


def test_the_passphrase_dialog_hides_what_is_typed(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PassphraseDialog(tmp_path / "k.tfpkg")
    qtbot.addWidget(dialog)
    assert dialog.edit.echoMode() == dialog.edit.EchoMode.Password
    assert dialog.windowTitle() == "Passphrase"


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_generate_fills_both_fields_shows_the_passphrase_once_and_copies_it(
    qtbot: QtBot, pair: Pair, undo: UndoController, tmp_path: Path, modals: ModalDriver
) -> None:
    _edit(pair.a, pair.engagement, notes="Note med genereret frase")
    prompts = FakePrompts(chosen_file=tmp_path / "g.tfpkg")
    dialog = ExportPackageDialog(pair.a, prompts, language="da", today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.engagement_model.set_checked(pair.engagement, True)
    assert dialog.generated_label.isHidden() and dialog.copy_button.isHidden()
    QTest.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    generated = dialog.passphrase_edit.text()
    assert len(generated) >= 12 and dialog.repeat_edit.text() == generated
    assert dialog.generated_label.text() == generated and dialog.copy_button.isVisible()
    QTest.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == generated
    assert dialog.export_button.isEnabled()
    summary = dialog.export()
    assert summary is not None and summary.encrypted and prompts.errors == []
    assert dialog.generated_label.isHidden() and dialog.generated_label.text() == ""

    importer = _import_dialog(qtbot, pair.b, FakePrompts(chosen_file=summary.path), undo)
    modals.expect(*_passphrase(generated))
    assert importer.choose_package() and importer.passphrase == generated
    assert modals.summary() == [("PassphraseDialog", True, 0)]
    assert importer.counts_model.counts("engagement") == TableCounts(changed=1)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_unencrypted_choice_warns_and_needs_no_passphrase(qtbot: QtBot, pair: Pair) -> None:
    dialog = ExportPackageDialog(pair.a, FakePrompts(), language="da", today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.engagement_model.set_checked(pair.engagement, True)
    assert not dialog.unencrypted_check.isChecked() and dialog.unencrypted_warning.isHidden()
    assert not dialog.export_button.isEnabled()
    dialog.unencrypted_check.setChecked(True)
    assert dialog.unencrypted_warning.isVisible() and "not authenticated" in (
        dialog.unencrypted_warning.text()
    )
    assert not dialog.passphrase_edit.isEnabled() and not dialog.generate_button.isEnabled()
    assert dialog.export_button.isEnabled() and dialog.passphrase() is None


def _answer_modal_box(qtbot: QtBot, button_text: str, seen: list[str]) -> None:
    """Press the button of the next modal message box whose text is `button_text`."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(f"{box.text()} {box.informativeText()}")
        chosen = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        QTest.mouseClick(chosen, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_an_unencrypted_package_is_merged_only_after_an_explicit_choice(
    qtbot: QtBot, pair: Pair, undo: UndoController, tmp_path: Path
) -> None:
    _edit(pair.a, pair.engagement, notes="Note fra A, ukrypteret")
    written = _export(qtbot, pair.a, pair.engagement, tmp_path / "u.tfpkg", passphrase=None)
    before = _fingerprint(pair.b_path)

    dialog = _import_dialog(qtbot, pair.b, FakePrompts(chosen_file=written), undo)
    seen: list[str] = []
    _answer_modal_box(qtbot, "Cancel", seen)
    assert not dialog.choose_package()
    assert len(seen) == 1 and "u.tfpkg" in seen[0] and "conflict" in seen[0]
    assert dialog.preview is None and not dialog.merge_button.isEnabled()

    _answer_modal_box(qtbot, "Continue", seen)
    assert dialog.choose_package()
    assert len(seen) == 2 and "not encrypted" in dialog.file_label.text()
    assert dialog.counts_model.counts("engagement") == TableCounts(conflicts=1)
    assert dialog.conflict_model.rowCount() == 1 and not dialog.merge_button.isEnabled()
    assert _fingerprint(pair.b_path) == before
    dialog.conflict_model.choose(0, Side.THEIRS)
    assert dialog.merge() is not None
    assert pair.b.engagements.get(pair.engagement).notes == "Note fra A, ukrypteret"


# -- real prompts, nothing replaced: no progress dialog outlives its job ------------------------


def _real_import_dialog(context: AppContext, undo: UndoController) -> ImportPackageDialog:
    """The import dialog with the app's own prompts (message boxes and file dialogs)."""
    dialog = ImportPackageDialog(context, QtPrompts(), undo, language="da")
    return dialog


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_an_encrypted_import_then_merge_through_real_prompts_never_freezes(
    qtbot: QtBot, pair: Pair, undo: UndoController, tmp_path: Path
) -> None:
    _edit(pair.a, pair.engagement, notes="Note gennem rigtige dialoger")
    written = _export(qtbot, pair.a, pair.engagement, tmp_path / "r.tfpkg")
    dialog = _real_import_dialog(pair.b, undo)
    qtbot.addWidget(dialog)
    driver = ModalDriver()
    driver.expect(PassphraseDialog, type_and_enter(PASSPHRASE))
    try:
        assert from_event_loop(qtbot, lambda: dialog.choose_package(written))
        assert dialog.passphrase == PASSPHRASE
        dialog.show()
        qtbot.waitExposed(dialog)
        driver.expect(QMessageBox, click_button("Yes"))
        assert from_event_loop(qtbot, dialog.merge) is not None
        qtbot.wait(SETTLE_MS)
        assert visible_progress_dialogs() == []
    finally:
        driver.stop()
    assert driver.summary() == [("PassphraseDialog", True, 0), ("QMessageBox", True, 0)]
    assert pair.b.engagements.get(pair.engagement).notes == "Note gennem rigtige dialoger"


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_plain_import_through_real_prompts_never_freezes(
    qtbot: QtBot, pair: Pair, undo: UndoController, tmp_path: Path
) -> None:
    written = _export(qtbot, pair.a, pair.engagement, tmp_path / "p.tfpkg", passphrase=None)
    dialog = _real_import_dialog(pair.b, undo)
    qtbot.addWidget(dialog)
    driver = ModalDriver()
    driver.expect(QMessageBox, click_button("Continue"))
    try:
        assert from_event_loop(qtbot, lambda: dialog.choose_package(written))
        qtbot.wait(SETTLE_MS)
        assert visible_progress_dialogs() == []
    finally:
        driver.stop()
    assert driver.summary() == [("QMessageBox", True, 0)]


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_esc_on_the_progress_dialog_stops_a_long_export_and_writes_nothing(
    qtbot: QtBot, pair: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = package_writer.write_package

    def slow_write(*args: Any, cancelled: Callable[[], bool] | None = None, **kwargs: Any) -> Any:
        """A slow disk: the write starts only once the user has cancelled (or after 10 s)."""
        waited = 0.0
        while cancelled is not None and not cancelled() and waited < 10.0:
            time.sleep(0.01)
            waited += 0.01
        return real_write(*args, cancelled=cancelled, **kwargs)

    monkeypatch.setattr("taskforce_app.services.exchange.write_package", slow_write)
    target = tmp_path / "alle.tfpkg"
    prompts = FakePrompts(chosen_file=target)
    dialog = ExportPackageDialog(pair.a, prompts, language="da", today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.engagement_model.set_all(True)
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.repeat_edit.setText(PASSPHRASE)
    driver = ModalDriver(settle_ms=0)
    driver.expect(JobProgressDialog, press_escape)
    try:
        summary = from_event_loop(qtbot, dialog.export)
    finally:
        driver.stop()
    assert driver.summary() == [("JobProgressDialog", True, 0)]
    assert summary is None and dialog.summary is None
    assert prompts.errors == [], "cancelling is not an error"
    assert not target.exists()
    assert [path.name for path in tmp_path.iterdir() if ".tfpkg" in path.name] == []
    assert dialog.summary_label.isHidden()
    qtbot.wait(SETTLE_MS)
    assert visible_progress_dialogs() == []
