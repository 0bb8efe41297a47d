"""Looking after the database file: `check`, `backup`, `restore` and `unlock`."""

from __future__ import annotations

import argparse
import logging
import sys
from contextlib import closing
from pathlib import Path
from typing import TextIO

from taskforce_app.cli.output import EXIT_OK, UsageError, print_table
from taskforce_app.cli.parsing import Command
from taskforce_app.cli.wording import language_of, say, text, texts
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.text import N_

log = logging.getLogger(__name__)

LOCK_HOLDERS = {
    "remote": N_("on another computer"),
    "undetermined": N_("by a process whose state cannot be determined"),
    "stale": N_("by a process on this computer that is no longer running"),
    "ours": N_("by this program"),
}
"""Who holds a writer lock, by the lock's state (the end of 'The database … is locked …')."""


def _no_arguments(_parser: argparse.ArgumentParser) -> None:
    """A command with only the common options."""


def _run_check(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    with closing(open_context(args.db)) as context:
        report = context.maintenance.check()
    language = language_of(args)
    integrity = (
        ", ".join(report.integrity)
        if report.integrity
        else text(N_("not applicable (server)"), language)
    )
    version = text(
        N_("{revision} (newest: {head})"), language, revision=report.revision, head=report.head
    )
    problems = text(N_("{count} problems"), language, count=report.foreign_key_problems)
    lines = (
        (N_("Database"), str(report.location)),
        (N_("Schema version"), version),
        (N_("Integrity"), integrity),
        (N_("Foreign keys"), problems),
    )
    width = max(len(text(name, language)) for name, _ in lines) + 2
    for name, value in lines:
        print(f"{text(name, language) + ':':<{width}}{value}", file=out)
    for name, count in report.counts.items():
        print(f"  {name:<22} {count:>8}", file=out)
    if not report.ok:
        detail = text(
            N_("integrity: {integrity}; {count} broken references"),
            language,
            integrity=integrity,
            count=report.foreign_key_problems,
        )
        raise UserError("db.corrupt", path=report.location, detail=detail)
    print("OK", file=out)
    return EXIT_OK


def _sqlite_path(args: argparse.Namespace) -> Path:
    """The embedded database file `--db` names (the default one without it)."""
    from taskforce_app.bootstrap import default_database

    if args.db is None:
        return default_database()
    if "://" in str(args.db) and not str(args.db).startswith("sqlite"):
        raise UserError("backup.server")
    return Path(str(args.db).removeprefix("sqlite:///")).expanduser().absolute()


def _backup_arguments(backup: argparse.ArgumentParser) -> None:
    backup.add_argument("-o", "--output", metavar=N_("FILE"), help=N_("where to write the backup"))
    backup.add_argument(
        "--keep", type=int, metavar="N", help=N_("from now on keep the newest N automatic backups")
    )


def _run_backup(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    database = _sqlite_path(args)
    target = None if args.output is None else Path(args.output).expanduser().absolute()
    if args.keep is not None and not 1 <= args.keep <= 100:
        raise UsageError(detail=N_("--keep must be between 1 and 100"))
    # Changing how many are kept prunes older backups and writes a setting: one writer only.
    with closing(open_context(database, lock=args.keep is not None)) as context:
        if args.keep is not None:
            context.backups.set_keep(args.keep)
        written = context.backups.backup(target)
        kept = context.backups.keep()
    language = language_of(args)
    if args.keep is not None:
        keeping = N_("From now on the newest {count} automatic backups are kept.")
        say(out, keeping, language, count=kept)
    say(out, N_("Backup written: {path}"), language, path=written)
    return EXIT_OK


def _restore_arguments(restore: argparse.ArgumentParser) -> None:
    restore.add_argument("file", metavar=N_("FILE"), help=N_("the backup to restore"))
    restore.add_argument("--dry-run", action="store_true", help=N_("only show the preview"))


def _run_restore(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import restore_database
    from taskforce_app.services.backups import preview_restore

    database = _sqlite_path(args)
    backup = Path(args.file).expanduser().absolute()
    preview = preview_restore(database, backup)
    language = language_of(args)
    shown = N_("Backup: {path} (schema version {revision}, integrity {integrity})")
    say(out, shown, language, path=backup, revision=preview.revision, integrity=preview.integrity)
    rows = [
        (name, "–" if ours is None else str(ours), "–" if theirs is None else str(theirs))
        for name, (ours, theirs) in preview.counts.items()
        if ours or theirs
    ]
    print_table(out, texts(language, N_("Table"), N_("Now"), N_("In the backup")), rows)
    if args.dry_run:
        say(out, N_("Nothing restored (--dry-run)."), language)
        return EXIT_OK
    safety = restore_database(database, backup)
    restored = N_("Restored. The previous database is kept as {path}")
    say(out, restored, language, path=safety)
    return EXIT_OK


def _unlock_arguments(unlock: argparse.ArgumentParser) -> None:
    unlock.add_argument("--yes", action="store_true", help=N_("take it over without asking"))


def _run_unlock(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.domain.errors import DatabaseError
    from taskforce_app.services.writer_locks import lock_report, take_over_lock

    database = _sqlite_path(args)
    language = language_of(args)
    report = lock_report(database)
    if report.state == "free":
        say(out, N_("The database {path} is not locked."), language, path=database)
        return EXIT_OK
    if report.state == "live":
        raise DatabaseError("lock.live_here", path=str(database), who=report.holder)
    where = text(LOCK_HOLDERS[report.state], language)
    locked = N_("The database {path} is locked {where}: {holder}")
    say(out, locked, language, path=database, where=where, holder=report.holder)
    warning = N_(
        "Warning: if the other program is still writing to the database, changes can be lost "
        "when you take over the lock. Take it over only if the program is closed or the "
        "computer has crashed."
    )
    say(out, warning, language)
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError("lock.needs_yes")
        out.flush()
        answer = input(text(N_("Take over the lock? [y/N] "), language)).strip().lower()
        if answer not in ("j", "ja", "y", "yes"):
            raise UserError("lock.declined")
    previous = take_over_lock(database, reason="taskforce-app unlock")
    log.warning(
        "unlock: the writer lock of %s held by %s was taken over", database, previous.holder
    )
    taken = N_("The lock is taken over and removed; the database can be opened now.")
    say(out, taken, language)
    return EXIT_OK


CHECK = Command(
    "check",
    N_("report the schema version and the database's integrity"),
    _no_arguments,
    _run_check,
)
BACKUP = Command(
    "backup",
    N_("back up the embedded database (SQLite online backup)"),
    _backup_arguments,
    _run_backup,
)
RESTORE = Command(
    "restore",
    N_("replace the database by a backup (shows what it brings back)"),
    _restore_arguments,
    _run_restore,
)
UNLOCK = Command(
    "unlock",
    N_("show who holds the database's writer lock, and take it over"),
    _unlock_arguments,
    _run_unlock,
)
