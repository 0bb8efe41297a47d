"""What the command line is assembled from: the parser class, command specs, shared options."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import NoReturn, TextIO

from taskforce_app import APP_SLUG
from taskforce_app.cli.output import UsageError
from taskforce_app.domain.text import N_

Handler = Callable[[argparse.Namespace, TextIO], int]
"""Runs a parsed command, writing to the stream it is given; returns the exit code."""

DB_HELP = "database file or URL"
LANGUAGES = ["da", "en"]


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage problem as one line instead of exiting."""

    def error(self, message: str) -> NoReturn:
        """Raise the usage problem `message` as a UsageError."""
        raise UsageError(
            detail=N_("{message} (see '{program} --help')"), message=message, program=APP_SLUG
        )


@dataclass(frozen=True)
class Command:
    """A headless command: its name, its one-line help, its own options and what runs it."""

    name: str
    summary: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Handler


def add_common_options(
    parser: argparse.ArgumentParser, *, db_help: str | None = DB_HELP, lang: bool = True
) -> None:
    """`--db` (and `--lang`) on a command, left out of the namespace unless given there."""
    parser.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
    if lang:
        parser.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS)


def add_subcommand(
    actions: argparse._SubParsersAction[Parser], name: str, text: str
) -> argparse.ArgumentParser:
    """The action `name` of a command with sub-actions, with its help and the common options."""
    sub = actions.add_parser(name, help=text, description=text)
    add_common_options(sub)
    return sub


def add_json_option(parser: argparse.ArgumentParser) -> None:
    """`--json`: machine-readable output."""
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def add_engagement_option(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    """`--engagement ID_OR_MUNICIPALITY`: the forløb a command works on."""
    parser.add_argument("--engagement", required=required, metavar="ID_OR_MUNICIPALITY")
