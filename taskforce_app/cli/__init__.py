"""Headless commands (`taskforce-app demo|list|check …`) over the services the GUI uses.

Never imports PySide6. Exit codes: 0 done, 2 the user's input was wrong (one line on stderr),
1 a bug (the traceback goes to the log file). Each command group lives in a module of its own;
this one assembles the parser and runs what it parsed.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence

from taskforce_app import APP_NAME, APP_SLUG, __version__
from taskforce_app.cli import (
    engagements,
    exchange,
    imports,
    maintenance,
    reports,
    results,
    retention,
    review,
    team,
)
from taskforce_app.cli.output import EXIT_BUG, EXIT_OK, EXIT_USER, UsageError
from taskforce_app.cli.parser_language import speaking
from taskforce_app.cli.parsing import LANGUAGES, Command, Handler, Parser, add_common_options
from taskforce_app.cli.wording import text
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.text import N_, Language, translate

__all__ = ["COMMANDS", "EXIT_BUG", "EXIT_OK", "EXIT_USER", "UsageError", "build_parser", "main"]

log = logging.getLogger(__name__)

COMMAND_LIST: tuple[Command, ...] = (
    engagements.DEMO,
    engagements.LIST,
    maintenance.CHECK,
    imports.IMPORT_CASES,
    review.ROUNDS,
    review.SUGGESTIONS,
    review.SAMPLE,
    results.RESULTS,
    reports.EXPORT,
    imports.IMPORT_RETURNED,
    imports.IMPORT_STATISTICS,
    exchange.PACKAGE,
    maintenance.BACKUP,
    maintenance.RESTORE,
    maintenance.UNLOCK,
    engagements.FINDINGS,
    engagements.DEADLINES,
    team.CONSULTANTS,
    retention.PURGE,
    retention.RETENTION,
)
"""Every headless command, in the order `--help` lists them."""

COMMANDS: dict[str, Handler] = {command.name: command.run for command in COMMAND_LIST}
"""What runs each command, by its name."""


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: GUI options and every headless command.

    Its texts are English msgids; build and run it inside `parser_language.speaking(language)`
    for another language (as `main` does).
    """
    parser = Parser(
        prog=APP_SLUG,
        description=N_(
            "Task Force Tracker: the Task Force's engagements, case reviews and reports. "
            "Without a command the window opens; the commands below work without it."
        ),
        epilog=N_("'%(prog)s COMMAND --help' describes a command."),
    )
    parser.add_argument("--version", action="store_true", help=N_("print the version and exit"))
    parser.add_argument(
        "--db", help=N_("database file or SQLAlchemy URL (default: your data folder)")
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, help=N_("language of the window, the messages and this help")
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=N_("open the main window offscreen, check that it rendered, and exit"),
    )
    commands = parser.add_subparsers(dest="command", parser_class=Parser, metavar=N_("COMMAND"))
    for command in COMMAND_LIST:
        sub = commands.add_parser(command.name, help=command.summary, description=command.summary)
        add_common_options(sub)
        command.add_arguments(sub)
    return parser


GuiLauncher = Callable[[str | None, str | None, bool], int]


def main(argv: Sequence[str] | None = None, launch_gui: GuiLauncher | None = None) -> int:
    """Run the command line and return the exit code.

    Without a command, `launch_gui(db, language, smoke_test)` starts the GUI (the launcher
    passes it in, so this module never imports Qt).
    """
    from taskforce_app.logs import configure_logging

    log_path = configure_logging()
    words = list(sys.argv[1:] if argv is None else argv)
    language = _requested_language(words)
    try:
        with speaking(language):
            args = build_parser().parse_args(words)
        language = args.lang or "da"
        if args.version:
            print(f"{APP_NAME} {__version__}")
            return EXIT_OK
        if args.command is None:
            if launch_gui is None:
                raise UsageError(detail=N_("give a command (see --help)"))
            return launch_gui(args.db, args.lang, args.smoke_test)
        return COMMANDS[args.command](args, sys.stdout)
    except UserError as error:
        log.info("user error: %s", error.error_code)
        print(f"{APP_SLUG}: {_for_cli(error).message(language)}", file=sys.stderr)
        return EXIT_USER
    except BrokenPipeError:
        # The reader stopped early (`taskforce-app list | head`): what it took was written.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print(f"{APP_SLUG}: {text(N_('interrupted'), language)}", file=sys.stderr)
        return EXIT_USER
    except Exception as error:
        from taskforce_app.domain.storage import is_disk_full

        if is_disk_full(error):
            log.warning("disk full in %s", _command_name(argv), exc_info=True)
            print(
                f"{APP_SLUG}: {UserError('disk.full_database').message(language)}", file=sys.stderr
            )
            return EXIT_USER
        log.exception("unexpected error in %s", _command_name(argv))
        what = translate(N_("Unexpected error; details in"), language)
        print(f"{APP_SLUG}: {what} {log_path}", file=sys.stderr)
        return EXIT_BUG


def _requested_language(words: Sequence[str]) -> Language:
    """The `--lang` of the command line, read before parsing it (for the language of the help
    and of a usage error)."""
    for position, word in enumerate(words):
        value = word.removeprefix("--lang=") if word.startswith("--lang=") else None
        if word == "--lang" and position + 1 < len(words):
            value = words[position + 1]
        if value in ("da", "en"):
            return value
    return "da"


def _command_name(argv: Sequence[str] | None) -> str:
    """The command a log line names: never its arguments, which may hold what a user typed."""
    words = list(sys.argv[1:] if argv is None else argv)
    return next((word for word in words if word in COMMANDS), "(no command)")


def _for_cli(error: UserError) -> UserError:
    """A held writer lock, worded for a command line (and how to get out of an abandoned one)."""
    if error.error_code != "db.in_use":
        return error
    abandoned = error.params.get("state") in ("remote", "undetermined")
    code = "lock.held_abandoned" if abandoned else "lock.held"
    return UserError(code, path=error.params.get("path", ""), who=error.params.get("who", ""))
