"""The criteria table of the review screen: its view, keys, column widths and reason editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from taskforce_app.ui.review.review_models import (
    CriteriaColumn,
)

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ReasonDelegate(QStyledItemDelegate):
    """The reason and note editors: a line edit with a hint."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        """A line edit that says Enter saves."""
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setPlaceholderText(self.tr("Type, then Enter saves (Esc cancels)"))
        return editor

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """One line, elided (the whole text is in the tooltip and the details below)."""
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


def criteria_column_widths(metrics: QFontMetrics) -> dict[CriteriaColumn, int]:
    """Starting widths of the criteria columns beside the question (which takes the rest):
    longer answers, provisions and suggestions wrap."""
    pad = 18
    return {
        CriteriaColumn.CODE: metrics.horizontalAdvance("SEL-00") + 2 * pad,
        CriteriaColumn.PEJLEMAERKE: metrics.horizontalAdvance("Faglig udredning") + pad,
        CriteriaColumn.PROVISION: metrics.horizontalAdvance("Barnets lov § 000,") + pad,
        CriteriaColumn.ANSWER: metrics.horizontalAdvance("Ikke relevant …") + pad,
        CriteriaColumn.SUGGESTION: metrics.horizontalAdvance("Ikke relevant") + pad,
        CriteriaColumn.REASON: metrics.horizontalAdvance("x" * 18),
        CriteriaColumn.NOTE: metrics.horizontalAdvance("x" * 10),
    }


class CriteriaTableView(QTableView):
    """The criteria table: answer keys go to `key_handler`; `editor_closed` after each edit."""

    editor_closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key_handler: Callable[[QKeyEvent], bool] | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Answer keys first, then the table's own navigation (not while an editor is open)."""
        if self.state() == QAbstractItemView.State.EditingState:
            event.ignore()
            return
        if self.key_handler is not None and self.key_handler(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Close the editor and tell the screen (a pending answer is dropped if not saved)."""
        super().closeEditor(editor, hint)
        self.editor_closed.emit()


class NavigationFilter(QObject):
    """Case navigation keys (Ctrl+PgDown/PgUp, Alt+→/←, Ctrl+Enter) from any child field."""

    def __init__(self, handler: Callable[[QKeyEvent], bool], parent: QObject) -> None:
        super().__init__(parent)
        self._handler = handler

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Let the screen handle navigation keys."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._handler(event)
        return False
