"""UI state kept in QSettings, declared once with types and defaults."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "TaskForce"
APPLICATION = "taskforce-app"
LANGUAGES = ("da", "en")
SETTINGS_VERSION = 1
DEFAULT_DEADLINE_DAYS = 30
MAX_DEADLINE_DAYS = 365


class UiSettings:
    """Typed access to the user's UI settings (language, window geometry, folders, who I am)."""

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

    @property
    def consultant_initials(self) -> str | None:
        """The initials of the signed-in consultant (Mine frister), None if never chosen."""
        value = self._store.value("user/consultant_initials")
        return value if isinstance(value, str) and value else None

    @consultant_initials.setter
    def consultant_initials(self, value: str | None) -> None:
        if value:
            self._store.setValue("user/consultant_initials", value)
        else:
            self._store.remove("user/consultant_initials")

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
