"""Danish translations: compile the committed .ts to .qm when needed, and install translators."""

from __future__ import annotations

import logging
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from taskforce_app import paths

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "da"


def ts_path() -> Path:
    """The committed Qt Linguist source of the Danish translation."""
    return paths.resources_dir() / "i18n" / "taskforce_da.ts"


def qm_path() -> Path:
    """The compiled Danish translation (built from the .ts, not committed)."""
    return paths.resources_dir() / "i18n" / "taskforce_da.qm"


def lrelease_tool() -> Path | None:
    """PySide6's lrelease, from the wheel or from PATH."""
    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.is_file():
        return bundled
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return Path(found) if found else None


def ensure_compiled(ts: Path | None = None, qm: Path | None = None) -> Path | None:
    """The .qm file, compiled with lrelease first if it is missing or older than the .ts.

    Returns None (and logs why) when there is no usable .qm; the GUI then shows English.
    """
    ts = ts_path() if ts is None else ts
    qm = qm_path() if qm is None else qm
    if qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    tool = lrelease_tool()
    if tool is None or not ts.is_file():
        log.warning("cannot build %s: lrelease=%s, ts exists=%s", qm, tool, ts.is_file())
        return qm if qm.is_file() else None
    result = subprocess.run(
        [str(tool), "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not qm.is_file():
        log.warning("lrelease failed (%s): %s", result.returncode, result.stderr.strip())
        return qm if qm.is_file() else None
    return qm


@dataclass
class InstalledTranslators:
    """The translators installed for one language; keep it alive, remove it when done."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)

    def remove(self) -> None:
        """Uninstall the translators (the GUI falls back to the English source strings)."""
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()


def install_translators(language: str) -> InstalledTranslators:
    """Install our Danish strings and Qt's own (buttons, dialogs) for `language` "da".

    "en" installs nothing: the source strings are English.
    """
    installed = InstalledTranslators(language)
    if language != "da":
        return installed
    ours = ensure_compiled()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for folder, name in (
        (None if ours is None else str(ours.parent), "taskforce_da"),
        (qt_folder, "qtbase_da"),
    ):
        if folder is None:
            continue
        translator = QTranslator()
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            installed.translators.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
    return installed
