"""Parts the exchange dialogs share: the service, sizes, tables, labels and preview jobs."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.ui.kit.palette_colours import warning_text_style
from taskforce_app.ui.kit.workers import (
    JobControl,
)

if TYPE_CHECKING:
    from taskforce_app.services.exchange import (
        ExchangeService,
        MergePreview,
    )


T = TypeVar("T")


PASSPHRASE_CODES = frozenset(
    {"exchange.passphrase_required", "exchange.wrong_passphrase", "exchange.empty_passphrase"}
)
"""Refusals that a (new) passphrase may cure: the import dialog asks for one."""


HINT_STYLE = warning_text_style
"""The style (built from the palette) of a hint or warning line in the exchange dialogs."""


UNSAFE_FILE_CHARACTERS = re.compile(r'[\\/:*?"<>|]+')


def exchange_service(context: AppContext) -> ExchangeService:
    """The exchange service of `context`."""
    return context.exchange


def size_text(size: int, language: str) -> str:
    """A file size the way the user's language writes it (e.g. "25,9 KB")."""
    locale = QLocale("da_DK" if language == "da" else "en_GB")
    return locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def exchange_table(model: Any) -> QTableView:
    """A read-only, row-selecting table whose first column takes the spare width."""
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    compact_rows(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def compact_rows(table: QTableView) -> None:
    """Rows one text line high, no row numbers."""
    rows = table.verticalHeader()
    rows.hide()
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)


def fit_height(table: QTableView, most_rows: int) -> None:
    """Let the table be as tall as its rows (at most `most_rows`, at least three)."""
    model = table.model()
    rows = min(max(model.rowCount() if model is not None else 0, 3), most_rows)
    header = table.horizontalHeader().sizeHint().height()
    table.setMaximumHeight(
        header + rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth() + 2
    )


def wrapped_label(text: str = "") -> QLabel:
    """A word-wrapped label."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def preview_job(
    service: ExchangeService, path: Path, passphrase: str | None
) -> Callable[[JobControl], MergePreview]:
    """A background job that reads the package at `path` and previews the merge."""

    def job(control: JobControl) -> MergePreview:
        control.check()
        return service.preview(path, passphrase=passphrase)

    return job
