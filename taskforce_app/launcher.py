"""The `taskforce-app` console script: headless commands, or the GUI when none is given."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import NoReturn

from taskforce_app import cli


def launch_gui(db: str | None, language: str | None, smoke_test: bool) -> int:
    """Start the Qt application (Qt is imported only here, only now).

    `language` None means the choice stored in the settings, else Danish.
    """
    from taskforce_app.ui.app import launch

    return launch(db=db, language=language, smoke_test=smoke_test)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse `argv` and run a command or the GUI; returns the exit code."""
    return cli.main(argv, launch_gui=launch_gui)


def run() -> NoReturn:
    """Console-script entry point."""
    sys.exit(main())
