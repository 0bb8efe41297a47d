"""The gettext catalogues of the texts outside Qt, read from resources/locale once per language.

`register()` (called when the package is imported) gives the domain's `text` module a loader;
nothing is read until a Danish text is first asked for. A missing or broken `.mo` logs one
warning and leaves the texts in English (the msgids): the app starts, never crashes.
"""

from __future__ import annotations

import gettext
import logging
import struct
from pathlib import Path

from taskforce_app.domain import text

DOMAIN = "taskforce"
"""The gettext domain: resources/locale/<lang>/LC_MESSAGES/taskforce.mo."""

log = logging.getLogger(__name__)


def locale_dir() -> Path:
    """The folder of the compiled catalogues (and of their .po sources in a checkout)."""
    from taskforce_app import paths

    return paths.resources_dir() / "locale"


def mo_path(language: str, folder: Path | None = None) -> Path:
    """Where the compiled catalogue of `language` lives."""
    return (folder or locale_dir()) / language / "LC_MESSAGES" / f"{DOMAIN}.mo"


def load(language: str, folder: Path | None = None) -> gettext.NullTranslations:
    """The catalogue of `language`; English (the msgids) with one warning when it cannot be read."""
    path = mo_path(language, folder)
    try:
        with path.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    except (OSError, ValueError, UnicodeDecodeError, IndexError, KeyError, struct.error) as exc:
        log.warning("No %s texts (%s: %s); English is used instead.", language, path, exc)
        return gettext.NullTranslations()


def register(folder: Path | None = None) -> None:
    """Let the domain read catalogues from `folder` (default: the installed resources)."""
    text.install_loader(lambda language: load(language, folder))
