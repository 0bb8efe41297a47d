"""The case review screen: a round's sample on the left, one case's key dates and criteria on the
right, answered from the keyboard; progress, sign-off and unlock on top."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from fractions import Fraction

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtWidgets import (
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.enums import Answer, SampledCaseStatus
from taskforce_app.domain.errors import UserError, ValidationError
from taskforce_app.domain.overview import ConsultantView
from taskforce_app.domain.results import format_count, format_percent
from taskforce_app.domain.review import (
    AnswerDraft,
    AssessmentView,
    KeyDates,
    RoundView,
    SampledCaseView,
)
from taskforce_app.ui.kit.labels import date_text
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.read_only import ReadOnlyLock
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.kit.undo import ServiceCommand, UndoController
from taskforce_app.ui.review.criteria_view import (
    NavigationFilter,
)
from taskforce_app.ui.review.review_commands import (
    SetAnswerCommand,
    SetCutOffCommand,
    SetKeyDatesCommand,
)
from taskforce_app.ui.review.review_dialogs import QtReviewDialogs, ReviewDialogs
from taskforce_app.ui.review.review_keys import ReviewKeys
from taskforce_app.ui.review.review_models import (
    CriteriaCatalogue,
    CriteriaColumn,
    CriteriaTableModel,
    SampleColumn,
    SampleTableModel,
)
from taskforce_app.ui.review.review_texts import answer_legend, criterion_details


class CaseReviewWidget(ReviewKeys):
    """Review the cases of one round, fully from the keyboard.

    Embed it and forward the main window's `apply_changes`; it performs every answer and date
    change through `undo` (one undo step each) and updates itself from the service's result.
    """

    progress_changed = Signal(int, int)
    """The round's answers given and expected, after every change."""

    def __init__(
        self,
        context: AppContext,
        prompts: Prompts,
        undo: UndoController,
        parent: QWidget | None = None,
        *,
        settings: UiSettings | None = None,
        language: str = "da",
        dialogs: ReviewDialogs | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._prompts = prompts
        self._undo = undo
        self._settings = settings if settings is not None else UiSettings()
        self._language = language
        self.dialogs: ReviewDialogs = dialogs if dialogs is not None else QtReviewDialogs(self)
        self._today = today
        self._round: RoundView | None = None
        self._case: SampledCaseView | None = None
        self._consultants: list[ConsultantView] = []
        self._performing = False
        self._advance_after_edit = False

        self.catalogue = CriteriaCatalogue.load(context)
        self.sample_model = SampleTableModel(self)
        self.criteria_model = CriteriaTableModel(self.catalogue, self)
        self.criteria_model.language = language
        self.criteria_model.commit = self._commit_text

        self._build()
        self._connect()
        self._apply_colours()
        self._navigation = NavigationFilter(self._navigation_key, self)
        for watched in (self.sample_table, *self.key_dates.line_edits()):
            watched.installEventFilter(self._navigation)
        self._load_consultants()
        self.read_only = ReadOnlyLock(self, lambda: self._context.read_only)
        self._show_round(None)

    # -- signals ------------------------------------------------------------------------------

    def _connect(self) -> None:
        self.sign_off_button.clicked.connect(self.sign_off)
        self.unlock_button.clicked.connect(self.unlock)
        self.cut_off.returnPressed.connect(self._save_cut_off)
        self.cut_off.editingFinished.connect(self._save_cut_off)
        self.sample_table.selectionModel().currentRowChanged.connect(self._on_case_row)
        self.key_dates.submitted.connect(self._save_key_dates)
        self.criteria_table.key_handler = self._answer_key
        self.criteria_table.editor_closed.connect(self._on_editor_closed)
        self.criteria_table.selectionModel().currentRowChanged.connect(self._on_criterion_row)

    # -- public -------------------------------------------------------------------------------

    @property
    def round(self) -> RoundView | None:
        """The round shown, or None."""
        return self._round

    @property
    def current_case(self) -> SampledCaseView | None:
        """The sampled case shown, or None."""
        return self._case

    def set_context(self, context: AppContext) -> None:
        """Show another database (after File > Open): no round is chosen."""
        self._context = context
        self._load_consultants()
        self.set_round(None)
        self.read_only.apply()

    def set_round(self, round_id: uuid.UUID | None) -> None:
        """Show a round (None: nothing)."""
        if round_id is None:
            self._show_round(None)
            return
        self._show_round(self._context.review.get_round(round_id))

    def apply_changes(self, changes: Changes) -> None:
        """Refresh after a change made elsewhere, or by undo/redo."""
        if changes.touches(Entity.TEAM):
            self._load_consultants()
        if self._performing or self._round is None:
            return
        if not (changes.touches(Entity.REVIEW) or changes.touches(Entity.CASE)):
            return
        mine = {self._round.id, self._round.engagement_id}
        mine.update(case.id for case in self.sample_model.cases())
        if changes.ids and not (changes.ids & mine):
            return
        self.reload()

    def reload(self) -> None:
        """Read the round, its sample and the current case again (keeps the position)."""
        if self._round is None:
            return
        try:
            round_view = self._context.review.get_round(self._round.id)
        except UserError:
            self._show_round(None)
            return
        case_id = None if self._case is None else self._case.id
        row = self.criteria_table.currentIndex().row()
        self._round = round_view
        self.sample_model.set_cases(self._context.review.sampled_cases(round_view.id))
        self._fit_sample_width()
        self._apply_round_state()
        if case_id is not None:
            case_row = self.sample_model.row_of(case_id)
            if case_row >= 0:
                self._load_case(case_row, keep_row=row)
        else:
            # A sample drawn while the round was shown: its first case, as when a round opens.
            first = next(
                (
                    number
                    for number, case in enumerate(self.sample_model.cases())
                    if case.status is not SampledCaseStatus.REPLACED
                ),
                -1,
            )
            if first >= 0:
                self.select_case(first)
        self._update_progress()

    def select_case(self, row: int) -> None:
        """Show the case on `row` of the sample."""
        if self.sample_model.case(row) is None:
            return
        self.sample_table.setCurrentIndex(self.sample_model.index(row, SampleColumn.CASE))

    def next_case(self, step: int = 1) -> None:
        """Go to the next (or previous) case of the sample, replaced ones skipped."""
        cases = self.sample_model.cases()
        if not cases:
            return
        current = self.sample_table.currentIndex().row()
        row = current
        for _ in range(len(cases)):
            row += step
            if not 0 <= row < len(cases):
                return
            if cases[row].status is not SampledCaseStatus.REPLACED:
                self.select_case(row)
                self._focus_first_unanswered()
                return

    def next_unanswered_anywhere(self) -> bool:
        """Go to the next unanswered criterion, in this case or a later one (wrapping)."""
        if self._focus_next_unanswered(wrap=False):
            return True
        cases = self.sample_model.cases()
        current = max(self.sample_table.currentIndex().row(), 0)
        for offset in range(1, len(cases) + 1):
            row = (current + offset) % len(cases)
            case = cases[row]
            if case.status is SampledCaseStatus.REPLACED or case.answered >= case.expected:
                continue
            self.select_case(row)
            return self._focus_first_unanswered()
        self._show_message(self.tr("Every case of the round is answered."), error=False)
        return False

    # -- round and case ------------------------------------------------------------------------

    def _show_round(self, round_view: RoundView | None) -> None:
        self._round = round_view
        self._case = None
        if round_view is None:
            self.sample_model.set_cases([])
            self.criteria_model.set_criteria([])
            self.stack.setCurrentWidget(self.empty_label)
            self.title_label.setText(self.tr("Case review"))
            self.progress_label.clear()
            self.banner.hide()
            self.sign_off_button.setEnabled(False)
            self.unlock_button.setEnabled(False)
            self.key_dates.set_dates(None)
            self.cut_off.clear()
            self.cut_off.setEnabled(False)
            return
        self.stack.setCurrentWidget(self.review_area)
        self.criteria_model.set_criteria(self._context.review.criteria(round_view.id))
        groups = self.criteria_model.group_rows()
        self.criteria_table.clearSpans()
        for row in groups:
            self.criteria_table.setSpan(row, 0, 1, len(CriteriaColumn))
        self.sample_model.set_cases(self._context.review.sampled_cases(round_view.id))
        self._fit_sample_width()
        self._apply_round_state()
        self._update_progress()
        first = next(
            (
                row
                for row, case in enumerate(self.sample_model.cases())
                if case.status is not SampledCaseStatus.REPLACED
            ),
            -1,
        )
        if first >= 0:
            self.select_case(first)
            self._focus_first_unanswered()

    def _apply_round_state(self) -> None:
        round_view = self._round
        assert round_view is not None
        self.title_label.setText(round_view.name)
        locked = self._frozen()
        self.criteria_model.read_only = locked
        self.key_dates.set_read_only(locked)
        self.cut_off.setEnabled(not locked)
        self.cut_off.set_value(round_view.cut_off_on)
        self.sign_off_button.setEnabled(not locked)
        self.unlock_button.setEnabled(round_view.locked and not self._context.read_only)
        if round_view.locked:
            when = "" if round_view.signed_off_at is None else date_text(round_view.signed_off_at)
            self.banner.setText(
                self.tr(
                    "Signed off by %1 on %2: the round is locked and read-only. "
                    "Use “Unlock…” with a reason to change it."
                )
                .replace("%1", round_view.signed_off_by or "–")
                .replace("%2", when or "–")
            )
            self.banner.show()
        else:
            self.banner.hide()
        current = self._context.team.current_consultant()
        self.reviewer_label.setText(
            self.tr("Reviewing as %1").replace("%1", current.initials)
            if current is not None
            else self.tr("Nobody chosen: choose who you are at the bottom of the window")
        )

    def _on_case_row(
        self, current: QModelIndex | QPersistentModelIndex, _previous: object = None
    ) -> None:
        self._load_case(current.row())

    def _load_case(self, row: int, *, keep_row: int = -1) -> None:
        case = self.sample_model.case(row)
        self._case = case
        self._close_editor()
        self._show_message("")
        if case is None:
            self.criteria_model.set_case([], {})
            self.key_dates.set_dates(None)
            return
        assessments = self._context.review.assessments(case.id)
        self._show_case(case, assessments)
        if keep_row >= 0:
            self._set_criterion_row(keep_row)

    def _show_case(self, case: SampledCaseView, assessments: Sequence[AssessmentView]) -> None:
        # Each case is judged by its own law's set, and the suggestions are the service's
        # (the same call the `suggestions` command makes), as of the round's cut-off date.
        criteria = self._context.review.case_criteria(case.id)
        if [item.id for item in criteria] != self.criteria_model.criterion_ids():
            self.criteria_model.set_criteria(criteria)
            self.criteria_table.clearSpans()
            for row in self.criteria_model.group_rows():
                self.criteria_table.setSpan(row, 0, 1, len(CriteriaColumn))
        suggestions = self._context.review.case_suggestions(case.id).by_criterion()
        self.criteria_model.set_case(assessments, suggestions)
        self.key_dates.set_dates(case.key_dates)
        self.key_dates.setTitle(
            self.tr("Key dates of %1 (%2)")
            .replace("%1", case.case_ref)
            .replace("%2", case.case_type)
        )
        replaced = case.status is SampledCaseStatus.REPLACED
        self.key_dates.set_read_only(replaced or self._frozen())
        self._show_details()

    # -- lock -----------------------------------------------------------------------------------

    def _frozen(self) -> bool:
        """True when the round's answers cannot change: signed off, or a read-only database."""
        return self._context.read_only or (self._round is not None and self._round.locked)

    def _refuse_if_locked(self) -> bool:
        if self._context.read_only:
            self._show_message(UserError("db.read_only_session").message(self._language))
            return True
        if self._round is not None and self._round.locked:
            self._show_message(ValidationError("review.round_locked").message(self._language))
            return True
        if self._case is not None and self._case.status is SampledCaseStatus.REPLACED:
            self._show_message(self.tr("This case was replaced in the sample; it is not reviewed."))
            return True
        return False

    def _answer(self, number: int, answer: Answer) -> None:
        row = self.criteria_model.review_row(number)
        assert row is not None
        overriding = (
            row.suggested is not None
            and answer in (Answer.MET, Answer.NOT_MET)
            and answer is not row.suggested
        )
        if answer is Answer.NOT_RELEVANT or (overriding and not row.reason):
            if overriding:
                self._save(number, AnswerDraft(answer, row.reason, row.note), advance=True)
            else:
                self._show_message(
                    self.tr("Not relevant needs a reason: type it and press Enter."), error=False
                )
            self.criteria_model.set_pending(number, answer)
            self._edit(number, CriteriaColumn.REASON)
            return
        self._save(number, AnswerDraft(answer, row.reason, row.note), advance=True)

    def _accept_suggestion(self, number: int) -> None:
        row = self.criteria_model.review_row(number)
        assert row is not None
        if row.suggestion is None:
            self._show_message(self.tr("This requirement has no computed suggestion."), error=False)
            return
        if row.suggestion.answer is None:
            self._show_message(row.suggestion.message(self._language), error=False)
            return
        # Ikke relevant needs a reason: the suggestion's own explanation is it.
        reason = row.reason or (
            row.suggestion.message("da") if row.suggestion.answer is Answer.NOT_RELEVANT else ""
        )
        self._save(number, AnswerDraft(row.suggestion.answer, reason, row.note), advance=True)

    # -- saving ---------------------------------------------------------------------------------

    def _save(self, number: int, draft: AnswerDraft, *, advance: bool) -> bool:
        row = self.criteria_model.review_row(number)
        case = self._case
        if row is None or case is None:
            return False
        label = (
            self.catalogue.answer_label(draft.answer, self._language)
            if draft.answer is not None
            else self.tr("no answer")
        )
        command = SetAnswerCommand(
            self.tr("answer %1 in %2: %3")
            .replace("%1", row.criterion.code)
            .replace("%2", case.case_ref)
            .replace("%3", label),
            self._context,
            case.id,
            row.criterion.id,
            draft,
            suggested=row.suggested,
            reviewer_id=self._signed_in_id(),
        )
        if not self._perform(command):
            return False
        assert command.view is not None
        self.criteria_model.set_assessment(command.view)
        self._case_progress_changed()
        self._show_message("")
        self._show_details()
        if advance:
            self._focus_next_unanswered(wrap=True)
        return True

    def _save_key_dates(self, dates: KeyDates) -> None:
        case = self._case
        if case is None or self._refuse_if_locked():
            return
        if dates == case.key_dates:
            self.criteria_table.setFocus()
            return
        command = SetKeyDatesCommand(
            self.tr("key dates of %1").replace("%1", case.case_ref),
            self._context,
            case.id,
            dates,
        )
        try:
            self._performing = True
            self._undo.perform(command)
        except UserError as error:
            self.key_dates.show_error(error.message(self._language))
            return
        finally:
            self._performing = False
        stored = replace(case, key_dates=dates.validated())
        self.sample_model.update_case(stored)
        self._case = stored
        row = self.criteria_table.currentIndex().row()
        self._show_case(stored, self._context.review.assessments(case.id))
        self._set_criterion_row(row)
        self.criteria_table.setFocus()

    def _save_cut_off(self) -> None:
        round_view = self._round
        if round_view is None or self._frozen() or self._performing:
            return
        try:
            cut_off = self.cut_off.value("Skæringsdato")
        except UserError as error:
            self._show_message(error.message(self._language))
            return
        if cut_off == round_view.cut_off_on:
            return
        command = SetCutOffCommand(
            self.tr("cut-off date of %1").replace("%1", round_view.name),
            self._context,
            round_view.id,
            cut_off,
        )
        if self._perform(command):
            self._show_message("")
            self.reload()

    def _perform(self, command: ServiceCommand) -> bool:
        try:
            self._performing = True
            self._undo.perform(command)
        except UserError as error:
            self._show_message(error.message(self._language))
            return False
        finally:
            self._performing = False
        return True

    def _case_progress_changed(self) -> None:
        case = self._case
        if case is None:
            return
        updated = replace(case, answered=self.criteria_model.answered())
        self._case = updated
        self.sample_model.update_case(updated)
        self._update_progress()

    def _update_progress(self) -> None:
        round_view = self._round
        if round_view is None:
            return
        answered = sum(
            case.answered
            for case in self.sample_model.cases()
            if case.status is SampledCaseStatus.ACTIVE
        )
        expected = round_view.expected
        share = (
            format_percent(Fraction(answered, expected), language=self._language)
            if expected
            else "–"
        )
        self.progress_label.setText(
            self.tr("Round: %1 of %2 answers (%3)")
            .replace("%1", format_count(answered, language=self._language))
            .replace("%2", format_count(expected, language=self._language))
            .replace("%3", share)
        )
        self.progress_changed.emit(answered, expected)

    # -- moving ---------------------------------------------------------------------------------

    def _set_criterion_row(self, number: int) -> None:
        rows = self.criteria_model.criterion_rows()
        if not rows:
            return
        if number not in rows:
            number = rows[0]
        self.criteria_table.setCurrentIndex(self.criteria_model.index(number, CriteriaColumn.CODE))
        self.criteria_table.scrollTo(self.criteria_table.currentIndex())

    def _focus_first_unanswered(self) -> bool:
        self.criteria_table.setFocus()
        rows = self.criteria_model.criterion_rows()
        for number in rows:
            row = self.criteria_model.review_row(number)
            if row is not None and row.answer is None:
                self._set_criterion_row(number)
                return True
        if rows:
            self._set_criterion_row(rows[0])
        return False

    def _focus_next_unanswered(self, *, wrap: bool) -> bool:
        self.criteria_table.setFocus()
        rows = self.criteria_model.criterion_rows()
        current = self.criteria_table.currentIndex().row()
        after = [number for number in rows if number > current]
        before = [number for number in rows if number <= current] if wrap else []
        for number in after + before:
            row = self.criteria_model.review_row(number)
            if row is not None and row.answer is None and row.pending is None:
                self._set_criterion_row(number)
                return True
        if wrap:
            self._show_message(
                self.tr(
                    "Every requirement of this case is answered. "
                    "Ctrl+PgDown: next case; Ctrl+Enter: next unanswered."
                ),
                error=False,
            )
        return False

    def _on_criterion_row(
        self, _current: QModelIndex | QPersistentModelIndex, _previous: object = None
    ) -> None:
        self._show_details()

    # -- texts ----------------------------------------------------------------------------------

    def _show_details(self) -> None:
        row = self.criteria_model.review_row(self.criteria_table.currentIndex().row())
        if row is None:
            self.details_label.clear()
            self.legend_label.setText(answer_legend(None))
            return
        self.details_label.setText(criterion_details(row, self.catalogue, self._language))
        self.legend_label.setText(answer_legend(row.criterion.track))

    def _show_message(self, text: str, *, error: bool = True) -> None:
        if error is not self._message_is_error:
            self._message_is_error = error
            self._apply_colours()
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    @property
    def message(self) -> str:
        """The inline message shown above the criteria (empty when none)."""
        return self.message_label.text() if self.message_label.isVisible() else ""

    # -- consultants, sign-off, unlock ----------------------------------------------------------

    def _load_consultants(self) -> None:
        try:
            self._consultants = list(self._context.team.consultants())
        except UserError:
            self._consultants = []

    def _consultant_id(self, initials: str) -> uuid.UUID | None:
        for person in self._consultants:
            if initials and person.initials == initials:
                return person.id
        return None

    def _signed_in_id(self) -> uuid.UUID | None:
        current = self._context.team.current_consultant()
        return None if current is None else current.id

    def sign_off(self) -> None:
        """Sign the round off as the consultant working in the program, after a confirmation
        (the service refuses reviewers of the round and gaps; nobody signs for another)."""
        round_view = self._round
        if round_view is None or round_view.locked:
            return
        current = self._context.team.current_consultant()
        if current is not None and not self._prompts.confirm(
            self.tr("Sign off round"),
            self.tr("Sign off %1 as %2? The round is then locked.")
            .replace("%1", round_view.name)
            .replace("%2", current.label),
        ):
            return
        try:
            changes = self._context.review.sign_off(round_view.id)
        except UserError as error:
            self._prompts.error(self.tr("Cannot sign off the round"), error.message(self._language))
            return
        self.reload()
        self._undo.publish(changes)

    def unlock(self) -> None:
        """Ask why, then unlock the round as the consultant working in the program (the reason
        is logged; the service refuses when nobody is chosen)."""
        round_view = self._round
        if round_view is None or not round_view.locked:
            return
        reason = self.dialogs.unlock_reason(self._context.team.current_consultant())
        if reason is None:
            return
        try:
            changes = self._context.review.unlock(round_view.id, None, reason)
        except UserError as error:
            self._prompts.error(self.tr("Cannot unlock the round"), error.message(self._language))
            return
        self.reload()
        self._undo.publish(changes)
