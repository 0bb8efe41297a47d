"""Unsaved changes in an editor: one question (Gem / Kassér / Annuller) asked before what the
user typed would be dropped — another row chosen, another page shown, the window closed.

An editor attaches an `UnsavedChangesGuard` (a child QObject), so a page or the main window finds
every editor below it with `resolve_unsaved(root)` and never needs to know them by name.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget


class UnsavedChoice(Enum):
    """The user's answer to the unsaved-changes question."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget | None, what: str) -> UnsavedChoice:
    """Ask whether to save the unsaved changes of `what` (e.g. "the application from Aarhus")."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("UnsavedChanges", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate(
            "UnsavedChanges", "You have changed %1 without saving. Save the changes?"
        ).replace("%1", what)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "UnsavedChanges",
            "Discard drops what you typed; Cancel takes you back to it.",
        )
    )
    save = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Save"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Discard"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    save.setObjectName("unsavedSave")
    discard.setObjectName("unsavedDiscard")
    cancel.setObjectName("unsavedCancel")
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is save:
        return UnsavedChoice.SAVE
    if clicked is discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.CANCEL


class UnsavedChangesGuard(QObject):
    """Attached to an editor widget: whether it holds unsaved changes, how to save or drop them.

    `save` returns False when the save was refused (the editor then shows why, and the user
    stays on the edited row); `describe` names what is edited, for the question.
    """

    def __init__(
        self,
        editor: QWidget,
        *,
        is_dirty: Callable[[], bool],
        save: Callable[[], bool],
        discard: Callable[[], None],
        describe: Callable[[], str],
    ) -> None:
        super().__init__(editor)
        self._editor = editor
        self._is_dirty, self._save, self._discard, self._describe = (
            is_dirty,
            save,
            discard,
            describe,
        )
        self._busy = False

    @property
    def editor(self) -> QWidget:
        """The editor this guard belongs to."""
        return self._editor

    def is_dirty(self) -> bool:
        """True when the editor holds changes that are not saved."""
        return self._is_dirty()

    def resolve(self) -> bool:
        """Ask about unsaved changes; True when the caller may go on (saved, discarded or none).

        A request made while this guard is already asking or saving (a refresh that the save
        itself causes) goes on without a second question.
        """
        if self._busy or not self.is_dirty():
            return True
        self._busy = True
        try:
            choice = ask_unsaved(self._editor.window(), self._describe())
            if choice is UnsavedChoice.SAVE:
                return self._save()
            if choice is UnsavedChoice.DISCARD:
                self._discard()
                return True
            return False
        finally:
            self._busy = False


def guards_under(root: QObject) -> list[UnsavedChangesGuard]:
    """Every unsaved-changes guard of the editors below `root` (its own included)."""
    return list(root.findChildren(UnsavedChangesGuard))


def resolve_unsaved(root: QObject | None) -> bool:
    """Ask every dirty editor below `root` in turn; False as soon as one is not resolved."""
    return root is None or all(guard.resolve() for guard in guards_under(root))
