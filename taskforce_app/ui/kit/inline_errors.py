"""Editors, panels and dialogs that run service commands and show a refusal in their inline
error label: the one way they show it, read it back and run a command through the undo stack."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from taskforce_app.domain.changes import Changes
from taskforce_app.domain.errors import UserError
from taskforce_app.ui.kit.undo import ServiceCommand, UndoController


def shown_text(label: QLabel) -> str:
    """The text of an inline message label, "" while it is hidden."""
    return "" if label.isHidden() else label.text()


class InlineErrors:
    """Mixin for a widget with an `error_label` (see `kit.error_label.error_label`) and the UI
    language `_language`: it shows refusals in that label."""

    error_label: QLabel
    _language: str

    @property
    def error_text(self) -> str:
        """The refusal shown ("" when none)."""
        return shown_text(self.error_label)

    def _show_error(self, error: UserError) -> None:
        self.error_label.setText(error.message(self._language))
        self.error_label.show()


class CommandErrors(InlineErrors):
    """Mixin for a widget that also has an undo controller `_undo`: it runs service commands as
    undo steps and shows a refusal inline."""

    _undo: UndoController

    def _try_perform(self, command: ServiceCommand) -> Changes | None:
        """Run `command` as one undo step; on a refusal show why and return None."""
        try:
            changes = self._undo.perform(command)
        except UserError as error:
            self._show_error(error)
            return None
        self.error_label.hide()
        return changes

    def _perform(self, command: ServiceCommand) -> bool:
        """Run `command` as one undo step; False (and the refusal shown) when it was refused."""
        return self._try_perform(command) is not None
