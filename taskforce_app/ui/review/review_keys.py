"""The review screen's keyboard: answer keys per track, case navigation, and the reason/note
editors of the criteria table (open, commit, close).

`ReviewKeys` sits between the layout and `CaseReviewWidget`, which supplies the actions the keys
call (answering, saving, moving, the lock check).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit

from taskforce_app.domain.enums import Answer, Track
from taskforce_app.domain.review import AnswerDraft
from taskforce_app.ui.review.criteria_view import ENTER_KEYS
from taskforce_app.ui.review.review_models import CriteriaColumn
from taskforce_app.ui.review.review_screen_layout import ReviewScreenLayout

JURIDISK_KEYS = {
    Qt.Key.Key_1: Answer.MET,
    Qt.Key.Key_O: Answer.MET,
    Qt.Key.Key_2: Answer.NOT_MET,
    Qt.Key.Key_I: Answer.NOT_MET,
    Qt.Key.Key_3: Answer.NOT_RELEVANT,
    Qt.Key.Key_R: Answer.NOT_RELEVANT,
    Qt.Key.Key_4: Answer.CANNOT_ASSESS,
    Qt.Key.Key_K: Answer.CANNOT_ASSESS,
}
QUALITY_KEYS = {
    Qt.Key.Key_1: Answer.QUALITY_1,
    Qt.Key.Key_2: Answer.QUALITY_2,
    Qt.Key.Key_3: Answer.QUALITY_3,
    Qt.Key.Key_4: Answer.QUALITY_4,
    Qt.Key.Key_R: Answer.NOT_RELEVANT,
    Qt.Key.Key_K: Answer.CANNOT_ASSESS,
}


class ReviewKeys(ReviewScreenLayout):
    """Key handling and the criteria table's text editors of the review screen."""

    _advance_after_edit: bool

    # -- actions the screen supplies ----------------------------------------------------------

    def next_case(self, step: int = 1) -> None:
        """Go to the next (or previous) case of the sample."""
        raise NotImplementedError

    def next_unanswered_anywhere(self) -> bool:
        """Go to the next unanswered criterion, in this case or a later one."""
        raise NotImplementedError

    def _refuse_if_locked(self) -> bool:
        raise NotImplementedError

    def _answer(self, number: int, answer: Answer) -> None:
        raise NotImplementedError

    def _accept_suggestion(self, number: int) -> None:
        raise NotImplementedError

    def _save(self, number: int, draft: AnswerDraft, *, advance: bool) -> bool:
        raise NotImplementedError

    def _focus_next_unanswered(self, *, wrap: bool) -> bool:
        raise NotImplementedError

    # -- keys -----------------------------------------------------------------------------------

    def _navigation_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        modifiers = event.modifiers()
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
        if (ctrl and key == Qt.Key.Key_PageDown) or (alt and key == Qt.Key.Key_Right):
            self.next_case(1)
            return True
        if (ctrl and key == Qt.Key.Key_PageUp) or (alt and key == Qt.Key.Key_Left):
            self.next_case(-1)
            return True
        if ctrl and key in ENTER_KEYS:
            self.next_unanswered_anywhere()
            return True
        return False

    def _answer_key(self, event: QKeyEvent) -> bool:
        if self._navigation_key(event):
            return True
        modifiers = event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        key = Qt.Key(event.key())
        number = self.criteria_table.currentIndex().row()
        row = self.criteria_model.review_row(number)
        if row is None:
            return False
        keys = JURIDISK_KEYS if row.criterion.track is Track.JURIDISK else QUALITY_KEYS
        if key in keys:
            if self._refuse_if_locked():
                return True
            self._answer(number, keys[key])
            return True
        if key in ENTER_KEYS:
            if self._refuse_if_locked():
                return True
            self._accept_suggestion(number)
            return True
        if key in (Qt.Key.Key_N, Qt.Key.Key_B):
            if self._refuse_if_locked():
                return True
            column = CriteriaColumn.NOTE if key == Qt.Key.Key_N else CriteriaColumn.REASON
            self._edit(number, column)
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self._refuse_if_locked():
                return True
            if row.answer is not None:
                self._save(number, AnswerDraft(None, row.reason, row.note), advance=False)
            return True
        return False

    # -- reason and note editors ----------------------------------------------------------------

    def _edit(self, number: int, column: CriteriaColumn) -> None:
        index = self.criteria_model.index(number, column)
        self.criteria_table.setCurrentIndex(index)
        self.criteria_table.edit(index)

    def _commit_text(self, number: int, column: CriteriaColumn, text: str) -> bool:
        row = self.criteria_model.review_row(number)
        if row is None or self._refuse_if_locked():
            return False
        answer = row.pending or row.answer
        if column is CriteriaColumn.REASON:
            draft = AnswerDraft(answer, text, row.note)
        else:
            draft = AnswerDraft(answer, row.reason, text)
        if draft == AnswerDraft(row.answer, row.reason, row.note) and row.pending is None:
            return True
        saved = self._save(number, draft, advance=False)
        if saved and column is CriteriaColumn.REASON and row.pending is not None:
            self._advance_after_edit = True
        return saved

    def _on_editor_closed(self) -> None:
        for number in self.criteria_model.criterion_rows():
            row = self.criteria_model.review_row(number)
            if row is not None and row.pending is not None:
                self.criteria_model.set_pending(number, None)
        self.criteria_table.setFocus()
        current = self.criteria_table.currentIndex()
        self.criteria_table.setCurrentIndex(current.siblingAtColumn(CriteriaColumn.CODE))
        if self._advance_after_edit:
            self._advance_after_edit = False
            self._focus_next_unanswered(wrap=True)

    def _close_editor(self) -> None:
        editor = self.criteria_table.focusWidget()
        if isinstance(editor, QLineEdit) and self.criteria_table.isAncestorOf(editor):
            self.criteria_table.closeEditor(
                editor, QAbstractItemDelegate.EndEditHint.RevertModelCache
            )
