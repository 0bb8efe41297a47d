"""UI state kept in QSettings, declared once with types and defaults."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "TaskForce"
APPLICATION = "taskforce-app"
LANGUAGES = ("da", "en")
SETTINGS_VERSION = 1
DEFAULT_DEADLINE_DAYS = 30
MAX_DEADLINE_DAYS = 365


class UiSettings:
    """Typed access to the user's UI settings (language, window geometry, folders, and who is
    working in each database)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(ORGANISATION, APPLICATION)
        if self._store.value("settings_version") is None:
            self._store.setValue("settings_version", SETTINGS_VERSION)

    @property
    def store(self) -> QSettings:
        """The underlying QSettings."""
        return self._store

    @property
    def language(self) -> str | None:
        """The GUI language chosen in the Language menu ("da" or "en"), None if never chosen."""
        value = self._store.value("ui/language")
        return value if isinstance(value, str) and value in LANGUAGES else None

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unsupported language {value!r}")
        self._store.setValue("ui/language", value)

    @property
    def window_geometry(self) -> QByteArray | None:
        """The main window's saved geometry."""
        return self._bytes("ui/window_geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._store.setValue("ui/window_geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        """The main window's saved toolbar/dock state."""
        return self._bytes("ui/window_state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("ui/window_state", value)

    @property
    def engagement_splitter(self) -> QByteArray | None:
        """The split between the forløb list and the editor."""
        return self._bytes("ui/engagement_splitter")

    @engagement_splitter.setter
    def engagement_splitter(self, value: QByteArray) -> None:
        self._store.setValue("ui/engagement_splitter", value)

    @property
    def last_folder(self) -> Path | None:
        """The folder of the last database opened through the file dialog."""
        value = self._store.value("files/last_folder")
        return Path(value) if isinstance(value, str) and value else None

    @last_folder.setter
    def last_folder(self, value: Path) -> None:
        self._store.setValue("files/last_folder", str(value))

    def current_consultant(self, database: str) -> uuid.UUID | None:
        """The consultant this computer user last worked as in `database` (its identity, see
        `AppContext.database_identity`), None if never chosen there."""
        value = self._store.value(_consultant_key(database))
        try:
            return uuid.UUID(value) if isinstance(value, str) and value else None
        except ValueError:
            return None

    def set_current_consultant(self, database: str, consultant_id: uuid.UUID | None) -> None:
        """Remember who works in `database` (None: forget it)."""
        if consultant_id is None:
            self._store.remove(_consultant_key(database))
        else:
            self._store.setValue(_consultant_key(database), str(consultant_id))

    @property
    def deadline_days(self) -> int:
        """How many days ahead Mine frister looks (1 … 365, default 30)."""
        value = self._store.value("user/deadline_days")
        try:
            days = int(value) if isinstance(value, int | str) else DEFAULT_DEADLINE_DAYS
        except ValueError:
            return DEFAULT_DEADLINE_DAYS
        return days if 1 <= days <= MAX_DEADLINE_DAYS else DEFAULT_DEADLINE_DAYS

    @deadline_days.setter
    def deadline_days(self, value: int) -> None:
        if not 1 <= value <= MAX_DEADLINE_DAYS:
            raise ValueError(f"deadline days out of range: {value}")
        self._store.setValue("user/deadline_days", value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _consultant_key(database: str) -> str:
    """One key per database: a digest, since paths and URLs hold characters QSettings splits."""
    digest = hashlib.sha256(database.encode("utf-8")).hexdigest()[:24]
    return f"user/current_consultant/{digest}"
