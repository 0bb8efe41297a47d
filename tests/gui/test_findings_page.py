"""The Fund og anbefalinger page: findings, proposals, recommendations, status, notes, undo."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.enums import RecommendationStatus, RoundStatus, Severity, Track
from taskforce_app.domain.findings import FindingView
from taskforce_app.domain.overview import DeadlineKind
from taskforce_app.domain.review import RoundView
from taskforce_app.ui.findings.finding_commands import UNDO_NOTE
from taskforce_app.ui.findings.finding_labels import evidence_label, theme_label
from taskforce_app.ui.findings.finding_models import FindingColumn, FollowUp
from taskforce_app.ui.findings.findings_page import FindingsPage
from taskforce_app.ui.findings.prepared_table import find_data
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.kit.undo import UndoController
from tests.gui.conftest import FakePrompts, show_page
from tests.gui.modal_answers import ModalAnswers

TODAY = date.today()


@pytest.fixture
def demo_context(demo_db_path: Path) -> Iterator[AppContext]:
    """An `AppContext` over a private copy of the demo database."""
    context = open_context(demo_db_path, actor="test")
    yield context
    context.close()


@pytest.fixture
def undo() -> UndoController:
    """A fresh undo controller."""
    return UndoController(language="da")


def _complete_round(context: AppContext) -> RoundView:
    for summary in context.engagements.summaries():
        for round_ in context.review.rounds(summary.id):
            if round_.expected and round_.answered == round_.expected and not round_.locked:
                return round_
    raise AssertionError("the demo has a complete, unlocked round")


@pytest.fixture
def page(
    qtbot: QtBot,
    demo_context: AppContext,
    prompts: FakePrompts,
    undo: UndoController,
    ui_settings: UiSettings,
) -> FindingsPage:
    """The page over the demo database, signed in as a member of the complete round's team."""
    round_ = _complete_round(demo_context)
    demo_context.team.act_as(demo_context.team.team(round_.engagement_id)[0].consultant_id)
    widget = FindingsPage(demo_context, prompts, undo, settings=ui_settings, today=lambda: TODAY)
    undo.changed.connect(widget.apply_changes)
    qtbot.addWidget(widget)
    show_page(widget)
    return widget


def _select(page: FindingsPage, finding: FindingView) -> None:
    page.show_engagement(finding.engagement_id)
    assert page.select_finding(finding.id)
    assert page.editor.finding is not None and page.editor.finding.id == finding.id


def _any_finding(context: AppContext) -> FindingView:
    return next(f for f in context.findings.findings(None) if f.municipality == "Holbæk")


def test_loads_when_shown(
    qtbot: QtBot, demo_context: AppContext, prompts: FakePrompts, undo: UndoController
) -> None:
    widget = FindingsPage(demo_context, prompts, undo)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0
    show_page(widget)
    assert widget.model.rowCount() == len(demo_context.findings.findings(None)) > 0


def test_models_pass_the_model_tester(qtmodeltester: object, page: FindingsPage) -> None:
    finding = _any_finding(page.context)
    _select(page, finding)
    page.tabs.setCurrentIndex(page.RECOMMENDATIONS_TAB)
    page.recommendations.select(page.recommendations.shown_ids()[0])
    page.tabs.setCurrentIndex(page.TRACKER_TAB)
    dialog = page.propose_findings()
    dialog.load()
    models = [
        page.model,
        page.proxy,
        page.editor.criteria_model,
        page.editor.evidence_model,
        page.recommendations.model,
        page.recommendations.proxy,
        page.recommendations.history_model,
        page.notes.model,
        page.notes.proxy,
        page.tracker.model,
        page.tracker.proxy,
        dialog.model,
        dialog.proxy,
    ]
    assert page.editor.criteria_model.rowCount() > 0
    assert page.recommendations.history_model.rowCount() > 0
    assert dialog.model.rowCount() > 0
    for model in models:
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    dialog.reject()


def test_from_a_weak_requirement_to_the_tracker_and_back(
    qtbot: QtBot, page: FindingsPage, undo: UndoController
) -> None:
    context = page.context
    round_ = _complete_round(context)
    page.show_engagement(round_.engagement_id)
    before = {f.id for f in context.findings.findings(round_.engagement_id)}

    dialog = page.propose_findings()
    dialog.round_combo.setCurrentIndex(find_data(dialog.round_combo, round_.id))
    assert dialog.threshold_spin.value() == 75
    dialog.load()
    expected = context.findings.propose(round_.id, 0.75)
    assert [d.title for d in dialog.proposals()] == [d.title for d in expected]
    assert not dialog.create_button.isEnabled()
    dialog.tick(0)
    assert dialog.create_button.isEnabled()
    with qtbot.waitSignal(undo.changed):
        dialog.accept()
    created = [f for f in context.findings.findings(round_.engagement_id) if f.id not in before]
    assert len(created) == 1
    finding = created[0]
    assert finding.shown_in == len(expected[0].evidence_ids)
    assert undo.stack.count() == 1

    # the list shows it, selected, with the service's "x af n sager"
    assert page.selected_finding() is not None and page.selected_finding() == finding
    row = page.model.row_of(finding.id)
    assert row is not None
    shown = page.model.index(row, FindingColumn.EVIDENCE).data()
    assert shown == evidence_label(finding.shown_in, finding.assessed_in)
    assert finding.evidence_text == f"{finding.shown_in} af {finding.assessed_in} sager"

    # a recommendation under it, due in the past
    page.tabs.setCurrentIndex(page.RECOMMENDATIONS_TAB)
    panel = page.recommendations
    panel.start_new()
    assert panel.finding_combo.currentData() == finding.id
    panel.text_edit.setPlainText("Indfør en fast tjekliste")
    panel.owner_edit.setText("Afdelingsleder")
    panel.due_field.set_value(TODAY - timedelta(days=10))
    assert panel.save(), panel.error_text
    recommendation = panel.current
    assert recommendation is not None and recommendation.finding_id == finding.id
    assert panel.shown_ids() == [recommendation.id]
    assert page.model.index(row, FindingColumn.RECOMMENDATIONS).data() == "1 / 1"

    # a status change with a note, shown in the history
    dialog_status = panel.change_status()
    assert dialog_status is not None
    dialog_status.choose(RecommendationStatus.IN_PROGRESS, "Tjeklisten er i høring")
    dialog_status.accept()
    stored = context.recommendations.get(recommendation.id)
    assert stored.status is RecommendationStatus.IN_PROGRESS
    assert stored.history[-1].note == "Tjeklisten er i høring"
    assert stored.history[-1].author == page._author_initials()
    assert panel.history_model.rowCount() == 2
    assert panel.history_model.index(1, 3).data() == "Tjeklisten er i høring"

    # the tracker shows it among the overdue ones, first
    page.tabs.setCurrentIndex(page.TRACKER_TAB)
    ids = page.tracker.shown_ids()
    assert recommendation.id in ids
    overdue = [page.tracker.model.view(i).is_overdue(TODAY) for i in ids]  # type: ignore[union-attr]
    assert overdue == sorted(overdue, reverse=True)
    assert overdue[ids.index(recommendation.id)]
    initials = context.team.team(round_.engagement_id)[0].initials
    deadlines = context.overview.deadlines(initials, days=30, today=TODAY)
    assert recommendation.id in {
        d.item_id for d in deadlines if d.kind is DeadlineKind.RECOMMENDATION
    }

    # undo of the status change restores the stored status; the history keeps both entries
    undo.stack.undo()
    stored = context.recommendations.get(recommendation.id)
    assert stored.status is RecommendationStatus.NOT_STARTED
    assert [u.note for u in stored.history][-2:] == ["Tjeklisten er i høring", UNDO_NOTE]
    undo.stack.redo()
    assert context.recommendations.get(recommendation.id).status is (
        RecommendationStatus.IN_PROGRESS
    )


def test_undo_of_a_finding_edit_restores_the_title(
    page: FindingsPage, undo: UndoController
) -> None:
    finding = _any_finding(page.context)
    _select(page, finding)
    page.editor.title_edit.setText("En ny titel")
    page.editor.severity_combo.setCurrentIndex(
        page.editor.severity_combo.findData(Severity.MINOR.value)
    )
    assert page.save_finding(), page.editor.error_text
    stored = page.context.findings.get(finding.id)
    assert stored.title == "En ny titel" and stored.severity is Severity.MINOR
    assert stored.criteria == finding.criteria and stored.evidence == finding.evidence
    assert undo.stack.undoText() == "edit of a finding"
    undo.stack.undo()
    stored = page.context.findings.get(finding.id)
    assert stored.title == finding.title and stored.severity is finding.severity
    assert page.editor.title_edit.text() == finding.title


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_an_empty_title_is_refused_and_nothing_is_saved(
    page: FindingsPage, undo: UndoController
) -> None:
    finding = _any_finding(page.context)
    _select(page, finding)
    page.editor.title_edit.setText("   ")
    page.editor.description_edit.setPlainText("Typed and kept")
    assert not page.save_finding()
    assert page.editor.error_text == "Titel skal udfyldes."
    assert page.editor.description_edit.toPlainText() == "Typed and kept"
    assert page.context.findings.get(finding.id) == finding
    assert undo.stack.count() == 0
    answers = ModalAnswers(["Discard"]).start()
    page.new_finding()
    assert len(answers.seen) == 1, "the refused text is not dropped without a question"
    assert page.editor.finding is None
    count = len(page.context.findings.findings(None))
    assert not page.save_finding()
    assert page.editor.error_text == "Titel skal udfyldes."
    assert len(page.context.findings.findings(None)) == count


def test_a_new_finding_with_requirements_and_evidence(
    page: FindingsPage, undo: UndoController
) -> None:
    round_ = _complete_round(page.context)
    page.show_engagement(round_.engagement_id)
    page.new_finding()
    editor = page.editor
    editor.round_combo.setCurrentIndex(find_data(editor.round_combo, round_.id))
    editor.title_edit.setText("Sagerne mangler en plan")
    criteria = editor.criteria_model.items()
    cases = editor.evidence_model.items()
    assert criteria and cases
    assert all(item.text.startswith(item.text.split(" – ")[0]) for item in criteria)
    editor.criteria_model.set_checked(criteria[0].id, True)
    editor.evidence_model.set_checked(cases[0].id, True)
    assert page.save_finding(), editor.error_text
    finding = page.selected_finding()
    assert finding is not None and finding.title == "Sagerne mangler en plan"
    assert [c.id for c in finding.criteria] == [criteria[0].id]
    assert [e.sampled_case_id for e in finding.evidence] == [cases[0].id]
    assert editor.evidence_figure.text() == evidence_label(finding.shown_in, finding.assessed_in)
    undo.stack.undo()
    assert finding.id not in {f.id for f in page.context.findings.findings(None)}
    assert finding.id not in page.shown_ids()


def test_the_improvement_after_the_status_measurement_is_shown(
    qtbot: QtBot, page: FindingsPage
) -> None:
    finding = next(
        f
        for f in page.context.findings.findings(None)
        if f.improvement is not None and (f.improvement.points or 0) > 1
    )
    _select(page, finding)
    qtbot.waitUntil(lambda: not page.improvements.running)  # computed in the background
    assert finding.improvement is not None and finding.improvement.points is not None
    points = round(finding.improvement.points)
    assert f"+{points} percentage points" in page.editor.improvement.text()


def test_delete_and_undo(page: FindingsPage, prompts: FakePrompts, undo: UndoController) -> None:
    finding = _any_finding(page.context)
    _select(page, finding)
    assert page.delete_selected()
    assert prompts.confirms
    assert finding.id not in page.shown_ids()
    undo.stack.undo()
    assert finding.id in page.shown_ids()


def test_a_cpr_number_in_a_note_is_refused_and_nothing_is_saved(
    page: FindingsPage, undo: UndoController
) -> None:
    finding = _any_finding(page.context)
    _select(page, finding)
    page.tabs.setCurrentIndex(page.NOTES_TAB)
    notes = page.context.notes.notes(finding.engagement_id)
    text = "Barnet 010203-1234 er nævnt i sagen"
    page.notes.note_edit.setPlainText(text)
    assert not page.notes.add_note()
    assert "CPR-nummer" in page.notes.error_text
    assert page.notes.note_edit.toPlainText() == text
    assert page.context.notes.notes(finding.engagement_id) == notes
    assert undo.stack.count() == 0


def test_a_cpr_number_in_a_status_note_keeps_the_dialog_open(
    page: FindingsPage, undo: UndoController
) -> None:
    finding = _any_finding(page.context)
    _select(page, finding)
    panel = page.recommendations
    recommendation = page.context.recommendations.get(panel.shown_ids()[0])
    panel.select(recommendation.id)
    dialog = panel.change_status()
    assert dialog is not None
    dialog.choose(RecommendationStatus.DONE, "Se sag for 010203-1234")
    dialog.accept()
    assert dialog.isVisible()
    assert "CPR-nummer" in dialog.error_label.text()
    assert page.context.recommendations.get(recommendation.id) == recommendation
    assert undo.stack.count() == 0
    dialog.reject()


def test_comments_block_ready_for_report_until_resolved(
    page: FindingsPage, undo: UndoController
) -> None:
    context = page.context
    holbaek = next(s for s in context.engagements.summaries() if s.municipality_name == "Holbæk")
    (round_,) = context.review.rounds(holbaek.id)
    if round_.status is RoundStatus.READY_FOR_REPORT:
        context.review.reopen(round_.id)
    page.show_engagement(holbaek.id)
    page.tabs.setCurrentIndex(page.NOTES_TAB)
    notes = page.notes
    assert page.tabs.tabText(page.NOTES_TAB) == "Comments (1)"
    open_note = next(n for n in context.notes.notes(holbaek.id) if n.is_open)
    assert notes.note_ids()[0] == open_note.id
    notes.round_combo.setCurrentIndex(find_data(notes.round_combo, round_.id))

    assert not notes.mark_ready()
    assert notes.error_text == (
        "Runden kan ikke markeres klar til rapport: 1 kommentar(er) er ikke løst."
    )
    assert context.review.get_round(round_.id).status is RoundStatus.OPEN

    assert notes.select(open_note.id)
    assert notes.resolve_selected()
    assert page.tabs.tabText(page.NOTES_TAB) == "Comments"
    assert notes.mark_ready()
    assert notes.error_text == ""
    assert context.review.get_round(round_.id).status is RoundStatus.READY_FOR_REPORT

    undo.stack.undo()
    assert context.review.get_round(round_.id).status is RoundStatus.OPEN
    undo.stack.undo()
    assert context.notes.notes(holbaek.id, open_only=True)[0].id == open_note.id


def test_adding_a_comment_counts_on_the_tab_and_undo_resolves_it(
    page: FindingsPage, undo: UndoController
) -> None:
    finding = _any_finding(page.context)
    _select(page, finding)
    open_before = len(page.context.notes.notes(finding.engagement_id, open_only=True))
    page.notes.note_edit.setPlainText("Tjek tallene igen")
    assert page.notes.add_note()
    assert page.notes.note_edit.toPlainText() == ""
    assert page.tabs.tabText(page.NOTES_TAB) == f"Comments ({open_before + 1})"
    added = page.context.notes.notes(finding.engagement_id, open_only=True)
    assert "Tjek tallene igen" in {n.text for n in added}
    row = page.model.row_of(finding.id)
    assert row is not None and page.model.index(row, FindingColumn.NOTES).data() == str(
        finding.open_notes + 1
    )
    undo.stack.undo()
    assert len(page.context.notes.notes(finding.engagement_id, open_only=True)) == open_before
    undo.stack.redo()
    assert len(page.context.notes.notes(finding.engagement_id, open_only=True)) == (open_before + 1)


def test_a_due_date_after_the_end_is_a_warning(page: FindingsPage, undo: UndoController) -> None:
    finding = _any_finding(page.context)
    _select(page, finding)
    panel = page.recommendations
    panel.start_new()
    panel.text_edit.setPlainText("Følg op om et år")
    panel.due_field.setText("01-01-2040")
    assert panel.save()
    assert "efter forløbets planlagte afslutning" in panel.warning_text
    assert panel.error_text == ""
    assert panel.current is not None and panel.current.due_on == date(2040, 1, 1)


def test_an_empty_recommendation_or_bad_date_is_refused(
    page: FindingsPage, undo: UndoController
) -> None:
    finding = _any_finding(page.context)
    _select(page, finding)
    panel = page.recommendations
    count = len(page.context.recommendations.all())
    panel.start_new()
    panel.owner_edit.setText("Chefen")
    assert not panel.save()
    assert panel.error_text == "Anbefaling skal udfyldes."
    assert panel.owner_edit.text() == "Chefen"
    panel.text_edit.setPlainText("Noget")
    panel.due_field.setText("31-02-2026")
    assert not panel.save()
    assert "ikke en gyldig dato" in panel.error_text
    assert len(page.context.recommendations.all()) == count
    assert undo.stack.count() == 0


def test_editing_a_recommendation_links_a_milestone(
    page: FindingsPage, undo: UndoController
) -> None:
    finding = _any_finding(page.context)
    _select(page, finding)
    panel = page.recommendations
    recommendation = page.context.recommendations.get(panel.shown_ids()[0])
    panel.select(recommendation.id)
    milestones = page.context.milestones.for_engagement(finding.engagement_id)
    panel.milestone_combo.setCurrentIndex(find_data(panel.milestone_combo, milestones[-1].id))
    panel.owner_edit.setText("Ny ansvarlig")
    assert panel.save(), panel.error_text
    stored = page.context.recommendations.get(recommendation.id)
    assert stored.milestone_id == milestones[-1].id and stored.owner == "Ny ansvarlig"
    undo.stack.undo()
    stored = page.context.recommendations.get(recommendation.id)
    assert stored.draft() == recommendation.draft()


def _shown(page: FindingsPage) -> set[uuid.UUID]:
    return set(page.shown_ids())


def test_track_filter(page: FindingsPage) -> None:
    findings = page.context.findings.findings(None)
    page.track_combo.setCurrentIndex(page.track_combo.findData(Track.SOCIALFAGLIG.value))
    expected = {f.id for f in findings if f.track is Track.SOCIALFAGLIG}
    assert 0 < len(expected) < len(findings)
    assert _shown(page) == expected


def test_severity_filter(page: FindingsPage) -> None:
    findings = page.context.findings.findings(None)
    for severity in Severity:
        page.severity_combo.setCurrentIndex(page.severity_combo.findData(severity.value))
        assert _shown(page) == {f.id for f in findings if f.severity is severity}


def test_search_matches_every_word(page: FindingsPage) -> None:
    findings = page.context.findings.findings(None)
    target = findings[0]
    page.search_edit.setText(f"{target.municipality.upper()} {target.title.split()[0]}")
    assert target.id in _shown(page)
    assert all(target.municipality == page.model.view(i).municipality for i in _shown(page))  # type: ignore[union-attr]
    page.search_edit.setText("no-such-word")
    assert _shown(page) == set()
    assert page.count_label.text() == f"0 of {len(findings)} findings"
    page.clear_button.click()
    assert len(_shown(page)) == len(findings)


def test_theme_round_and_follow_up_filters(page: FindingsPage) -> None:
    findings = page.context.findings.findings(None)
    theme = theme_label(findings[0].theme)
    page.theme_combo.setCurrentIndex(page.theme_combo.findData(theme))
    assert _shown(page) == {f.id for f in findings if theme_label(f.theme) == theme}
    page.clear_filters()
    round_id = findings[0].round_id
    page.round_combo.setCurrentIndex(find_data(page.round_combo, round_id))
    assert _shown(page) == {f.id for f in findings if f.round_id == round_id}
    page.clear_filters()
    recommendations = page.context.recommendations.all()
    with_open = {
        r.finding_id
        for r in recommendations
        if r.status in (RecommendationStatus.NOT_STARTED, RecommendationStatus.IN_PROGRESS)
    }
    page.follow_up_combo.setCurrentIndex(page.follow_up_combo.findData(FollowUp.OPEN.value))
    assert _shown(page) == {f.id for f in findings if f.id in with_open}
    page.follow_up_combo.setCurrentIndex(page.follow_up_combo.findData(FollowUp.CLOSED.value))
    linked = {r.finding_id for r in recommendations}
    assert _shown(page) == {f.id for f in findings if f.id in linked - with_open}


def test_the_engagement_choice_limits_the_list(page: FindingsPage) -> None:
    finding = _any_finding(page.context)
    page.show_engagement(finding.engagement_id)
    assert _shown(page) == {f.id for f in page.context.findings.findings(finding.engagement_id)}
    page.engagement_combo.setCurrentIndex(0)
    assert len(_shown(page)) == len(page.context.findings.findings(None))


def test_severity_is_coloured(page: FindingsPage) -> None:
    index = page.model.index(0, FindingColumn.SEVERITY)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
