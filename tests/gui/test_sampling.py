"""Sampling dialog and rounds panel: preview stores nothing, store, reproducible seeds,
replacement with a reason, new rounds, the criteria set, and the models."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, cast

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.enums import RoundKind, SampledCaseStatus, SamplingMethod
from taskforce_app.domain.review import RoundView
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.review.round_models import SampledCaseTableModel
from taskforce_app.ui.review.rounds_panel import (
    LegalSetDialog,
    NewRoundDialog,
    ReasonDialog,
    RoundsPanel,
)
from taskforce_app.ui.review.sampling_dialog import SamplingDialog
from tests.gui.conftest import FakePrompts, add_engagements

SEED = "tf-2026"


def import_cases(context: AppContext, engagement_id: uuid.UUID, path: Path, count: int) -> None:
    """`count` cases in two case types, imported through the service."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Sagsnummer", "Sagstype", "Indsats", "Afgørelsesdato"])
    for number in range(count):
        sheet.append(
            [
                f"S-{number:04d}",
                "Anbringelse" if number % 4 == 0 else "Forebyggende",
                "Aflastning" if number % 2 else "Kontaktperson",
                date(2025, 1 + number % 12, 1),
            ]
        )
    book.save(path)
    preview = context.case_lists.preview(engagement_id, path)
    context.case_lists.import_rows(engagement_id, preview.table, preview.mapping)


@pytest.fixture
def engagement_id(gui_context: AppContext, tmp_path: Path) -> uuid.UUID:
    """A forløb with 80 imported cases."""
    engagement = add_engagements(gui_context)[0].id
    import_cases(gui_context, engagement, tmp_path / "cases.xlsx", 80)
    return engagement


@pytest.fixture
def round_view(gui_context: AppContext, engagement_id: uuid.UUID) -> RoundView:
    """An Analyse round without a sample."""
    view, _ = gui_context.review.create_round(engagement_id, RoundKind.ANALYSE)
    return view


@pytest.fixture
def undo(qtbot: QtBot) -> Iterator[UndoController]:
    """An undo controller."""
    controller = UndoController(language="da")
    yield controller
    controller.deleteLater()


def make_dialog(
    qtbot: QtBot, context: AppContext, view: RoundView, prompts: FakePrompts
) -> SamplingDialog:
    """A sampling dialog with the test seed."""
    dialog = SamplingDialog(context, view, prompts, language="da")
    qtbot.addWidget(dialog)
    dialog.seed_edit.setText(SEED)
    return dialog


def make_panel(
    qtbot: QtBot,
    context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    engagement_id: uuid.UUID,
    answer: Callable[[QDialog], bool],
) -> RoundsPanel:
    """A rounds panel whose dialogs are answered by `answer`; it refreshes on published changes."""
    panel = RoundsPanel(context, prompts, undo, language="da")
    qtbot.addWidget(panel)
    panel.run_dialog = answer
    undo.changed.connect(panel.apply_changes)
    panel.set_engagement(engagement_id)
    return panel


def test_preview_shows_20_refs_and_stores_nothing(
    qtbot: QtBot, gui_context: AppContext, prompts: FakePrompts, round_view: RoundView
) -> None:
    dialog = make_dialog(qtbot, gui_context, round_view, prompts)
    assert dialog.size_spin.value() == 20
    draw = dialog.preview()
    assert draw is not None and draw.size == 20
    assert dialog.drawn_model.refs() == list(draw.case_refs)
    assert len(set(dialog.drawn_model.refs())) == 20
    assert gui_context.review.sampled_cases(round_view.id) == []
    assert gui_context.review.get_round(round_view.id).sampling_method is None
    assert dialog.notice_label.isHidden()


def test_the_same_seed_gives_the_same_refs(
    qtbot: QtBot, gui_context: AppContext, prompts: FakePrompts, round_view: RoundView
) -> None:
    first = make_dialog(qtbot, gui_context, round_view, prompts)
    second = make_dialog(qtbot, gui_context, round_view, prompts)
    assert first.preview() is not None and second.preview() is not None
    assert first.drawn_model.refs() == second.drawn_model.refs()
    second.seed_edit.setText("another-seed")
    assert second.drawn_model.refs() == []  # a changed setting clears the old preview
    second.preview()
    assert second.drawn_model.refs() != first.drawn_model.refs()


def test_storing_shows_the_previewed_refs_in_the_sample(
    qtbot: QtBot,
    gui_context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    engagement_id: uuid.UUID,
    round_view: RoundView,
) -> None:
    previewed: list[str] = []

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, SamplingDialog)
        dialog.seed_edit.setText(SEED)
        dialog.preview()
        previewed.extend(dialog.drawn_model.refs())
        return dialog.store()

    panel = make_panel(qtbot, gui_context, prompts, undo, engagement_id, answer)
    assert panel.selected_round() is not None
    assert panel.draw_sample()
    stored = [case.case_ref for case in gui_context.review.sampled_cases(round_view.id)]
    assert stored == previewed and len(stored) == 20
    view = panel.selected_round()
    assert view is not None and view.seed == SEED and view.sampled_cases == 20
    assert panel.seed_value.text() == SEED
    assert panel.population_value.text() == "80 cases"
    assert panel.fingerprint_value.text() == view.population_fingerprint[:16] + "…"
    assert view.population_fingerprint in panel.fingerprint_value.toolTip()
    assert prompts.confirms == []


def test_stratified_preview_counts_per_stratum_and_small_lists_are_taken_whole(
    qtbot: QtBot, gui_context: AppContext, prompts: FakePrompts, round_view: RoundView
) -> None:
    dialog = make_dialog(qtbot, gui_context, round_view, prompts)
    assert not dialog.minimum_spin.isEnabled()
    dialog.set_method(SamplingMethod.STRATIFIED)
    assert dialog.minimum_spin.isEnabled() and dialog.strata_combo.isEnabled()
    draw = dialog.preview()
    assert draw is not None
    strata = {row.stratum: (row.population, row.sample) for row in dialog.strata_model.records()}
    assert strata == {"Anbringelse": (20, 5), "Forebyggende": (60, 15)}
    dialog.size_spin.setValue(500)
    assert dialog.preview() is not None
    assert dialog.notice_label.text() == (
        "Sagslisten har kun 80 sager, så alle er med i stikprøven (ønsket: 500)."
    )
    dialog.size_spin.setValue(20)
    dialog.minimum_spin.setValue(15)
    assert dialog.preview() is None
    assert dialog.error_text.startswith("Der er 2 strata")


def test_replace_a_case_with_a_reason(
    qtbot: QtBot,
    gui_context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    engagement_id: uuid.UUID,
    round_view: RoundView,
) -> None:
    reasons = iter(["", "Akten kan ikke findes"])

    def answer(dialog: QDialog) -> bool:
        if isinstance(dialog, SamplingDialog):
            dialog.seed_edit.setText(SEED)
            return dialog.store()
        assert isinstance(dialog, ReasonDialog)
        dialog.reason_edit.setPlainText(next(reasons))
        return True

    panel = make_panel(qtbot, gui_context, prompts, undo, engagement_id, answer)
    assert panel.draw_sample()
    first = gui_context.review.sampled_cases(round_view.id)[0]
    panel.set_selected_case(first.id, first.case_ref)
    assert panel.replace_button.isEnabled()
    assert panel.replace_case(first.id, first.case_ref) is None  # no reason: refused
    assert prompts.errors and "begrundelse" in prompts.errors[0][1]
    new_ref = panel.replace_case(first.id, first.case_ref)
    assert new_ref is not None
    cases = gui_context.review.sampled_cases(round_view.id)
    replaced = next(case for case in cases if case.id == first.id)
    assert replaced.status is SampledCaseStatus.REPLACED
    assert replaced.replacement_reason == "Akten kan ikke findes"
    assert cases[-1].case_ref == new_ref and cases[-1].position == 21
    view = panel.selected_round()
    assert view is not None and view.sampled_cases == 20


def test_drawing_again_after_answers_is_refused_and_stores_nothing(
    qtbot: QtBot, demo_db_path: Path, prompts: FakePrompts
) -> None:
    context = open_context(demo_db_path)
    try:
        engagement = context.engagements.summaries()[0]
        answered = next(
            view
            for view in context.review.rounds(engagement.id)
            if view.answered and not view.locked
        )
        before = [case.case_ref for case in context.review.sampled_cases(answered.id)]
        dialog = make_dialog(qtbot, context, answered, prompts)
        assert not dialog.store()
        assert prompts.confirms  # asked before replacing the existing sample
        assert dialog.error_text.startswith("Runden har allerede svar på")
        assert [case.case_ref for case in context.review.sampled_cases(answered.id)] == before
    finally:
        context.close()


def test_new_round_copies_the_setup_of_an_earlier_round(
    qtbot: QtBot,
    gui_context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    engagement_id: uuid.UUID,
    round_view: RoundView,
) -> None:
    def answer(dialog: QDialog) -> bool:
        if isinstance(dialog, SamplingDialog):
            dialog.seed_edit.setText(SEED)
            dialog.set_method(SamplingMethod.SYSTEMATIC)
            dialog.size_spin.setValue(16)
            return dialog.store()
        assert isinstance(dialog, NewRoundDialog)
        assert dialog.copy_check.text() == f"Copy the setup from “{round_view.name}”"
        assert dialog.kind is RoundKind.STATUSMAALING  # after an Analyse comes a Statusmåling
        dialog.copy_check.setChecked(True)
        return True

    panel = make_panel(qtbot, gui_context, prompts, undo, engagement_id, answer)
    assert panel.draw_sample()
    assert "interval 5,00" in panel.parameters_value.text()
    created = panel.new_round()
    assert created is not None and created.kind is RoundKind.STATUSMAALING
    assert [view.id for view in panel.rounds()] == [round_view.id, created.id]
    selected = panel.selected_round()
    assert selected is not None and selected.id == created.id
    assert selected.sampling_method is SamplingMethod.SYSTEMATIC and selected.sample_size == 16
    assert selected.sampled_cases == 0
    assert panel.method_value.text() == "Systematic"


def test_change_criteria_set_is_one_undo_step(
    qtbot: QtBot,
    gui_context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    engagement_id: uuid.UUID,
    round_view: RoundView,
) -> None:
    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, LegalSetDialog)
        dialog.set_key("serviceloven")
        return True

    panel = make_panel(qtbot, gui_context, prompts, undo, engagement_id, answer)
    before = round_view.legal_set_name
    assert before.startswith("Barnets lov")
    assert panel.change_criteria_set()
    assert gui_context.review.get_round(round_view.id).legal_set_name.startswith("Serviceloven")
    undo.stack.undo()
    assert gui_context.review.get_round(round_view.id).legal_set_name == before
    view = panel.selected_round()
    assert view is not None and view.legal_set_name == before


def test_round_models_pass_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    gui_context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    engagement_id: uuid.UUID,
    round_view: RoundView,
) -> None:
    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, SamplingDialog)
        dialog.seed_edit.setText(SEED)
        return dialog.store()

    panel = make_panel(qtbot, gui_context, prompts, undo, engagement_id, answer)
    panel.draw_sample()
    cast(Any, qtmodeltester).check(panel.model)
    sampled = SampledCaseTableModel()
    sampled.set_rows(gui_context.review.sampled_cases(round_view.id))
    cast(Any, qtmodeltester).check(sampled)
    dialog = make_dialog(qtbot, gui_context, round_view, prompts)
    dialog.set_method(SamplingMethod.STRATIFIED)
    dialog.preview()
    cast(Any, qtmodeltester).check(dialog.drawn_model)
    cast(Any, qtmodeltester).check(dialog.strata_model)


def test_the_dialog_offers_systematic_in_the_lists_order_only(
    qtbot: QtBot,
    gui_context: AppContext,
    prompts: FakePrompts,
    round_view: RoundView,
) -> None:
    dialog = make_dialog(qtbot, gui_context, round_view, prompts)
    offered = [dialog.method_combo.itemData(i) for i in range(dialog.method_combo.count())]
    assert offered == ["random", "systematic_list_order", "stratified"]
    old = dataclasses.replace(round_view, sampling_method=SamplingMethod.SYSTEMATIC_BY_CASE_REF)
    dialog._load_settings(old)  # a round copied from one drawn in case-number order
    assert dialog.method is SamplingMethod.SYSTEMATIC
