"""The CSV statistics importer is loaded for importing statistics only, never for a report."""

from __future__ import annotations

import subprocess
import sys

STATISTICS = "taskforce_app.importers.statistics"


def _loaded_after(*modules: str) -> bool:
    """Whether importing `modules` in a fresh interpreter loads the statistics importer."""
    program = (
        "import importlib, sys\n"
        f"for name in {list(modules)!r}:\n"
        "    importlib.import_module(name)\n"
        f"print('LOADED' if {STATISTICS!r} in sys.modules else 'NOT LOADED')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    return result.stdout.strip() == "LOADED"


def test_pdf_report_and_report_service_do_not_load_the_statistics_importer() -> None:
    assert not _loaded_after(
        "taskforce_app.exporters.pdf_report",
        "taskforce_app.services.reports",
        "taskforce_app.services.key_figures",
        "taskforce_app.bootstrap",
    )


def test_the_check_sees_the_importer_when_it_is_loaded() -> None:
    assert _loaded_after("taskforce_app.services.key_figures", STATISTICS)
