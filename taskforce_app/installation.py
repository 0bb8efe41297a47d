"""What `--smoke-test` proves about an installation, without Qt: every data file is there and
loads, the migrations have one head, and an export to a temporary file succeeds.

The Qt half (font registered and covering æøå, Danish translation loaded) is in ui/app.py.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from taskforce_app import paths
from taskforce_app.domain.errors import Language, UserError
from taskforce_app.domain.messages_installation import MESSAGES
from taskforce_app.domain.text import translate

if TYPE_CHECKING:
    from taskforce_app.bootstrap import AppContext

# Relative to paths.install_root(): the repository, or the installed package.
REQUIRED_FILES = (
    "db/migrations/env.py",
    "resources/fonts/DejaVuSans.ttf",
    "resources/fonts/DejaVuSans-Bold.ttf",
    "resources/i18n/taskforce_da.qm",
    "resources/locale/da/LC_MESSAGES/taskforce.mo",
    "resources/icons/taskforce-app.png",
    "resources/criteria/benchmarks.json",
    "resources/reference/municipalities.csv",
    "resources/reference/themes.json",
    "resources/templates/milestones_24m.json",
    "resources/templates/demo_content.json",
)
CRITERIA_SET_PATTERN = "*_v*.json"
DANISH_SAMPLE = "æøåÆØÅ"


class InstallationError(UserError):
    """The installation lacks a file or cannot do its work; reinstalling is the remedy."""

    code = "install.missing"

    def message(self, language: Language = "da") -> str:
        """The message in Danish (`da`, the default) or English (`en`)."""
        return translate(MESSAGES[self.error_code], language).format(**self.params)


def missing_files() -> list[Path]:
    """The data files the app needs that this installation lacks (absolute paths)."""
    root = paths.install_root()
    missing = [root / name for name in REQUIRED_FILES if not (root / name).is_file()]
    if not any(paths.criteria_dir().glob(CRITERIA_SET_PATTERN)):
        missing.append(paths.criteria_dir() / CRITERIA_SET_PATTERN)
    versions = paths.migrations_dir() / "versions"
    if not any(versions.glob("*.py")):
        missing.append(versions / "*.py")
    return missing


def check_present() -> None:
    """Raise `InstallationError` naming every missing data file (cheap: no file is read)."""
    missing = missing_files()
    if missing:
        raise InstallationError(missing=", ".join(str(path) for path in missing))


def check_files() -> None:
    """Raise `InstallationError` naming every missing data file, then check they load.

    Raises:
        InstallationError: a file is missing, or a criteria set, the migrations or a font
            cannot be read.
    """
    check_present()
    from taskforce_app.exporters.pdf_fonts import register_fonts
    from taskforce_app.persistence.migrations import head_revision
    from taskforce_app.services.criteria import load_benchmarks, load_criteria_sets

    try:
        if not load_criteria_sets():
            raise ValueError(f"no criteria set in {paths.criteria_dir()}")
        load_benchmarks()
        head_revision()
        register_fonts(paths.fonts_dir())
    except (OSError, ValueError, RuntimeError) as exc:
        raise InstallationError("install.broken", detail=str(exc)) from exc


def check_export(context: AppContext) -> int:
    """Write the portfolio workbook, and the first forløb's PDF report when there is one, to
    temporary files; their total size in bytes.

    Raises:
        InstallationError: an export failed or wrote nothing.
    """
    with tempfile.TemporaryDirectory(prefix="taskforce-smoke-") as folder:
        written = [Path(folder) / "portefolje.xlsx"]
        try:
            context.workbooks.export_portfolio(written[0])
            engagements = context.engagements.summaries()
            if engagements:
                written.append(Path(folder) / "statusrapport.pdf")
                context.reports.export_pdf(engagements[0].id, written[-1])
        except (ImportError, OSError, ValueError) as exc:
            raise InstallationError("install.broken", detail=f"eksport: {exc}") from exc
        for target in written:
            if not target.is_file() or target.stat().st_size == 0:
                raise InstallationError("install.broken", detail=f"eksport: {target} er tom")
        return sum(target.stat().st_size for target in written)
