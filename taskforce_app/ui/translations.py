"""Danish translations: install the .qm compiled at build time, and Qt's own."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from taskforce_app import paths

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "da"
OUR_CATALOGUE = "taskforce_da"
QT_CATALOGUE = "qtbase_da"
# A string every Danish installation translates; `--smoke-test` checks it arrived.
PROBE = ("MainWindow", "&Help", "&Hjælp")


def ts_path() -> Path:
    """The committed Qt Linguist source of the Danish translation (in a source checkout)."""
    return paths.translations_dir() / f"{OUR_CATALOGUE}.ts"


def qm_path() -> Path:
    """The Danish translation compiled from the .ts at build time."""
    return paths.translations_dir() / f"{OUR_CATALOGUE}.qm"


def qt_translations_dir() -> str:
    """Where the Qt install (PySide6's own, or the frozen bundle's) keeps Qt's .qm files."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def danish_is_loaded() -> bool:
    """True when the installed translators turn the probe string into Danish."""
    context, source, danish = PROBE
    return QCoreApplication.translate(context, source) == danish


@dataclass
class InstalledTranslators:
    """The translators installed for one language; keep it alive, remove it when done."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def loaded_files(self) -> list[Path]:
        """The .qm files the installed translators were loaded from."""
        return [Path(translator.filePath()) for translator in self.translators]

    def remove(self) -> None:
        """Uninstall the translators (the GUI falls back to the English source strings)."""
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()


def install_translators(language: str) -> InstalledTranslators:
    """Install our Danish strings and Qt's own (buttons, dialogs) for `language` "da".

    "en" installs nothing: the source strings are English. A catalogue that cannot be loaded
    is logged and listed in `missing`; the GUI then shows the English source strings.
    """
    installed = InstalledTranslators(language)
    if language != "da":
        return installed
    qt_folder = qt_translations_dir()
    for folder, name in ((str(paths.translations_dir()), OUR_CATALOGUE), (qt_folder, QT_CATALOGUE)):
        translator = QTranslator()
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            installed.translators.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
            installed.missing.append(str(Path(folder) / f"{name}.qm"))
    return installed


def danish_catalogue_problem() -> str | None:
    """Why the shipped Danish catalogue cannot translate (in Danish), or None when it can.

    Loads the .qm into a translator of its own, so it checks the file whatever the GUI language.
    """
    translator = QTranslator()
    if not translator.load(OUR_CATALOGUE, str(paths.translations_dir())):
        return f"den danske oversættelse {qm_path()} kan ikke indlæses"
    context, source, danish = PROBE
    if translator.translate(context, source) != danish:
        return f"den danske oversættelse {qm_path()} oversætter ikke '{source}'"
    return None
