"""Prepared tables that keep the frozen read models they show, by id."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QObject

from taskforce_app.ui.findings.prepared_table import Prepared, PreparedTableModel


class HasId(Protocol):
    """A read model with an id."""

    @property
    def id(self) -> uuid.UUID:
        """The record's id."""
        ...


V = TypeVar("V", bound=HasId)


class ViewTableModel(PreparedTableModel, Generic[V]):
    """A read-only table of read models (`V`), one prepared row each, found again by id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._views: dict[uuid.UUID, V] = {}

    def _show(self, views: Sequence[V], prepare: Callable[[int, V], Prepared]) -> None:
        """Show `views`, each row prepared from its place in `views` and the view."""
        self._views = {view.id: view for view in views}
        self._set_prepared([prepare(number, view) for number, view in enumerate(views)])

    def view(self, view_id: uuid.UUID) -> V | None:
        """The read model shown with `view_id`, if any."""
        return self._views.get(view_id)

    def views(self) -> list[V]:
        """The read models, in model order."""
        return [self._views[key] for key in self.ids()]
