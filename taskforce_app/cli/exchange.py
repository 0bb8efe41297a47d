"""`package export|import`: exchange packages between databases."""

from __future__ import annotations

import argparse
import os
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from taskforce_app.cli.output import EXIT_OK, UsageError, write_json
from taskforce_app.cli.parsing import Command, Parser, add_common_options, add_json_option
from taskforce_app.cli.wording import language_of, say, text
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.text import N_

if TYPE_CHECKING:
    from taskforce_app.bootstrap import AppContext


def _package_arguments(package: argparse.ArgumentParser) -> None:
    actions = package.add_subparsers(
        dest="package_command", parser_class=Parser, metavar="export|import"
    )
    actions.required = True
    export = actions.add_parser("export", help=N_("write engagements to a package"))
    add_common_options(export, db_help=None, lang=False)
    export.add_argument(
        "--engagement",
        action="append",
        required=True,
        metavar=N_("ID_OR_MUNICIPALITY"),
        help=N_("an engagement to export (repeat for more)"),
    )
    export.add_argument(
        "-o", "--output", required=True, metavar=N_("FILE"), help=N_("the package to write")
    )
    export.add_argument(
        "--passphrase-env",
        metavar=N_("VAR"),
        help=N_(
            "encrypt with the passphrase in this variable (at least 12 characters); "
            "without it a strong passphrase is generated and printed once"
        ),
    )
    export.add_argument(
        "--unencrypted",
        action="store_true",
        help=N_("write an unencrypted package (not authenticated; the receiver must accept it)"),
    )
    merge = actions.add_parser("import", help=N_("merge a package into the database"))
    add_common_options(merge, db_help=None, lang=False)
    merge.add_argument("file", metavar=N_("FILE"), help=N_("the package to read"))
    merge.add_argument("--dry-run", action="store_true", help=N_("plan, change nothing"))
    sides = merge.add_mutually_exclusive_group()
    sides.add_argument("--theirs", action="store_true", help=N_("conflicts: take the package's"))
    sides.add_argument("--ours", action="store_true", help=N_("conflicts: keep this database's"))
    merge.add_argument(
        "--passphrase-env", metavar=N_("VAR"), help=N_("the passphrase of an encrypted package")
    )
    merge.add_argument(
        "--accept-unencrypted",
        action="store_true",
        help=N_("accept an unencrypted package: its deletions and overrides become conflicts"),
    )
    add_json_option(merge)


def _passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase in the variable `--passphrase-env` names, if given."""
    variable = getattr(args, "passphrase_env", None)
    if variable is None:
        return None
    value = os.environ.get(variable)
    if not value:
        raise UsageError(
            detail=N_("the environment variable {variable} is empty or does not exist"),
            variable=variable,
        )
    return value


def _run_package(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    with closing(open_context(args.db, actor="cli", lock=True)) as context:
        if args.package_command == "export":
            return _export_package(context, args, out)
        return _merge_package(context, args, out)


def _export_package(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    """`package export`: the forløb to an encrypted (or, asked for, unencrypted) package."""
    from babel.numbers import format_decimal

    from taskforce_app.domain.passphrase import check_passphrase, generate_passphrase

    ids = [context.engagements.resolve(given) for given in args.engagement]
    given = _passphrase(args)
    if given is not None and args.unencrypted:
        raise UsageError(detail=N_("--unencrypted and --passphrase-env cannot be used together"))
    generated = None
    if given is None and not args.unencrypted:
        generated = given = generate_passphrase()
    summary = context.exchange.export(
        ids,
        Path(args.output).expanduser().absolute(),
        passphrase=check_passphrase(given) if given is not None else None,
    )
    records = sum(summary.counts.values()) if summary.counts else 0
    language = language_of(args)
    secret = text(N_(", encrypted"), language) if summary.encrypted else ""
    size = format_decimal(summary.size, locale=language)
    written = N_(
        "Package written: {path} ({engagements} engagements, {records} records, "
        "{size} bytes{encrypted})"
    )
    say(
        out,
        written,
        language,
        path=summary.path,
        engagements=len(ids),
        records=records,
        size=size,
        encrypted=secret,
    )
    if generated is not None:
        shown_once = N_(
            "Passphrase for the package (shown only this once): {passphrase}\n"
            "Give it to the receiver another way than the package, e.g. in a call or a "
            "text message, not in the same e-mail."
        )
        say(out, shown_once, language, passphrase=generated)
    return EXIT_OK


def _merge_package(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    """`package import`: merge a package in (or plan it with --dry-run)."""
    from taskforce_app.domain.merge import UnresolvedConflictsError

    policy = "theirs" if args.theirs else "ours" if args.ours else None
    source = Path(args.file)
    encrypted = context.exchange.is_encrypted(source)
    if source.is_file() and not encrypted and not args.accept_unencrypted:
        raise UserError("exchange.unencrypted_refused", path=str(source))
    try:
        result = context.exchange.merge(
            source, passphrase=_passphrase(args), policy=policy, dry_run=args.dry_run
        )
    except UnresolvedConflictsError as conflicts:
        if args.json:
            write_json(out, {"conflicts": [c.to_json() for c in conflicts.conflicts]})
        raise
    if args.json:
        write_json(out, result.to_json())
        return EXIT_OK
    total = result.total
    merged = (
        N_(
            "{new} new, {changed} changed and {deleted} deleted records would be merged in; "
            "{conflicts} conflicts resolved ({decisions} decisions)"
        )
        if result.dry_run
        else N_(
            "{new} new, {changed} changed and {deleted} deleted records were merged in; "
            "{conflicts} conflicts resolved ({decisions} decisions)"
        )
    )
    say(
        out,
        merged,
        language_of(args),
        new=total.new,
        changed=total.changed,
        deleted=total.deleted,
        conflicts=total.conflicts,
        decisions=len(result.decisions),
    )
    return EXIT_OK


PACKAGE = Command(
    "package",
    N_("exchange packages: export engagements, or merge a package in"),
    _package_arguments,
    _run_package,
)
