"""What the command line is assembled from: the parser class, command specs, shared options."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn, TextIO

from taskforce_app import APP_SLUG
from taskforce_app.cli.output import UsageError
from taskforce_app.cli.parser_language import HelpFormatter
from taskforce_app.domain.text import N_

Handler = Callable[[argparse.Namespace, TextIO], int]
"""Runs a parsed command, writing to the stream it is given; returns the exit code."""

DB_HELP = N_("database file or URL")
LANGUAGES = ["da", "en"]


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage problem as one line instead of exiting, and words its help
    in the language of the run (`parser_language.speaking`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        """Raise the usage problem `message` as a UsageError."""
        raise UsageError(
            detail=N_("{message} (see '{program} --help')"), message=message, program=APP_SLUG
        )


@dataclass(frozen=True)
class Command:
    """A headless command: its name, its one-line help (a msgid), its own options and what runs
    it."""

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
        parser.add_argument(
            "--lang",
            choices=LANGUAGES,
            default=argparse.SUPPRESS,
            help=N_("language of the output"),
        )


def add_subcommand(
    actions: argparse._SubParsersAction[Parser], name: str, text: str
) -> argparse.ArgumentParser:
    """The action `name` of a command with sub-actions, with its help (a msgid) and the common
    options."""
    sub = actions.add_parser(name, help=text, description=text)
    add_common_options(sub)
    return sub


def add_json_option(parser: argparse.ArgumentParser) -> None:
    """`--json`: machine-readable output."""
    parser.add_argument("--json", action="store_true", help=N_("machine-readable output"))


def add_engagement_option(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    """`--engagement ID_OR_MUNICIPALITY`: the forløb a command works on."""
    parser.add_argument(
        "--engagement",
        required=required,
        metavar=N_("ID_OR_MUNICIPALITY"),
        help=N_("the engagement's id (or its start) or its municipality"),
    )
