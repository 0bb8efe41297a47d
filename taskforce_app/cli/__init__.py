"""Headless commands (`taskforce-app demo|list|check …`) over the services the GUI uses.

Never imports PySide6. Exit codes: 0 done, 2 the user's input was wrong (one line on stderr),
1 a bug (the traceback goes to the log file).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import NoReturn, TextIO

from taskforce_app import APP_NAME, APP_SLUG, __version__
from taskforce_app.domain.benchmarks import benchmark_caption, benchmark_percent
from taskforce_app.domain.enums import RoundKind, SamplingMethod
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.labels import (
    ORGANISATION_LABELS,
    PEJLEMAERKE_LABELS,
    RECOMMENDATION_STATUS_LABELS,
    ROLE_LABELS,
    ROUND_KIND_LABELS,
    SEVERITY_LABELS,
    TRACK_LABELS,
    health_label,
    phase_label,
)
from taskforce_app.domain.text import N_, NC_, Language, translate

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_BUG = 1
EXIT_USER = 2


class UsageError(UserError):
    """The command line itself is wrong: `detail` is a msgid (marked with N_()), filled with
    the other parameters in the language shown."""

    code = "cli.usage"

    def message(self, language: Language = "da") -> str:
        """The problem in `language`."""
        params = dict(self.params)
        text = translate(str(params.pop("detail", "")), language)
        return text.format(**params) if params else text


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage problem as one line instead of exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(
            detail=N_("{message} (see '{program} --help')"), message=message, program=APP_SLUG
        )


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: GUI options and every headless command."""
    parser = _Parser(prog=APP_SLUG, description=f"{APP_NAME} {__version__}")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--db", help="database file or SQLAlchemy URL (default: your data folder)")
    parser.add_argument("--lang", choices=["da", "en"], help="language of the GUI and messages")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window offscreen, check that it rendered, and exit",
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    def command(name: str, text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text)
        sub.add_argument("--db", default=argparse.SUPPRESS, help="database file or URL")
        sub.add_argument("--lang", choices=["da", "en"], default=argparse.SUPPRESS)
        return sub

    demo = command("demo", "write a realistic demo database (pseudonymous, no CPR numbers)")
    demo.add_argument("--force", action="store_true", help="overwrite an existing file")
    listing = command("list", "list the forløb")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.add_argument("--all", action="store_true", help="include deleted forløb")
    command("check", "report the schema version and the database's integrity")
    import_cases = command("import-cases", "import a municipality's case list (.xlsx or .csv)")
    import_cases.add_argument("--engagement", required=True, metavar="ID_OR_MUNICIPALITY")
    import_cases.add_argument("file", metavar="FILE")
    import_cases.add_argument("--sheet", metavar="NAME", help="the sheet to read (xlsx)")
    rounds = command("rounds", "list a forløb's review rounds with their ids (or add one)")
    rounds.add_argument("--engagement", metavar="ID_OR_MUNICIPALITY")
    rounds.add_argument("--json", action="store_true", help="machine-readable output")
    round_commands = rounds.add_subparsers(
        dest="rounds_action", parser_class=_Parser, metavar="ACTION"
    )
    round_add = round_commands.add_parser(
        "add", help="add a round drawing from the forløb's newest case list; prints its id"
    )
    round_add.add_argument("--db", default=argparse.SUPPRESS, help="database file or URL")
    round_add.add_argument("--lang", choices=["da", "en"], default=argparse.SUPPRESS)
    round_add.add_argument("--engagement", required=True, metavar="ID_OR_MUNICIPALITY")
    round_add.add_argument("--kind", required=True, choices=[k.value for k in RoundKind])
    round_add.add_argument("--name", default="", help="the round's name (default: its kind)")
    round_add.add_argument("--cut-off", metavar="YYYY-MM-DD", help="the date the review looks at")
    round_add.add_argument("--json", action="store_true", help="machine-readable output")
    suggestions = command(
        "suggestions", "every sampled case's law and computed suggestion per requirement"
    )
    suggestions.add_argument("--round", required=True, dest="round_id", metavar="ROUND_ID")
    suggestions.add_argument("--json", action="store_true", help="machine-readable output")
    sample = command("sample", "draw a round's sample reproducibly")
    sample.add_argument("--round", required=True, metavar="ID", dest="round_id")
    sample.add_argument("--method", required=True, choices=[m.value for m in SamplingMethod])
    sample.add_argument("--size", type=int, default=20)
    sample.add_argument("--seed", required=True)
    sample.add_argument(
        "--stratify-by", choices=["case_type", "measure"], default="case_type", dest="stratify_by"
    )
    sample.add_argument("--dry-run", action="store_true", help="draw and print, store nothing")
    sample.add_argument("--json", action="store_true", help="machine-readable output")
    results = command("results", "the case reviews' results per requirement and pejlemærke")
    results.add_argument("--engagement", required=True, metavar="ID_OR_MUNICIPALITY")
    results.add_argument("--json", action="store_true", help="machine-readable output")
    export = command("export", "write a report: pdf or xlsx per forløb, or the portfolio")
    export.add_argument("kind", choices=["pdf", "docx", "xlsx", "portfolio", "ics"])
    export.add_argument("--engagement", metavar="ID_OR_MUNICIPALITY")
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.add_argument(
        "--sections", metavar="LIST", help="pdf only: comma-separated sections (default: all)"
    )
    export.add_argument(
        "--report",
        choices=["analyse", "status"],
        help="docx or pdf: the written analyserapport or statusrapport (required for docx)",
    )
    export.add_argument(
        "--template", metavar="DOCX", help="docx only: a Word template (default: the shipped one)"
    )
    export.add_argument("--consultant", metavar="INITIALS", help="ics only: one consultant's")
    export.add_argument(
        "--meeting-time", metavar="HH:MM", help="ics only: meetings as timed events (Danish time)"
    )
    export.add_argument(
        "--meeting-minutes", type=int, default=120, metavar="N", help="ics only: meeting length"
    )
    returned = command("import-returned", "apply a workbook the municipality filled in")
    returned.add_argument("file", metavar="FILE")
    returned.add_argument("--dry-run", action="store_true", help="show the changes, apply none")
    returned.add_argument(
        "--engagement", metavar="ID_OR_MUNICIPALITY", help="refuse a workbook of another forløb"
    )
    returned.add_argument(
        "--skip-problems", action="store_true", help="apply the valid rows even if some are not"
    )
    statistics = command("import-statistics", "import a Statistikbanken CSV (UND1, ANBAAR …)")
    statistics.add_argument("file", metavar="FILE")
    statistics.add_argument("--table", metavar="CODE", help="the table, if the file does not say")
    package = command("package", "exchange packages: export forløb, or merge a package in")
    package_commands = package.add_subparsers(
        dest="package_command", parser_class=_Parser, metavar="export|import"
    )
    package_commands.required = True
    package_export = package_commands.add_parser("export", help="write forløb to a package")
    package_export.add_argument("--db", default=argparse.SUPPRESS)
    package_export.add_argument(
        "--engagement", action="append", required=True, metavar="ID_OR_MUNICIPALITY"
    )
    package_export.add_argument("-o", "--output", required=True, metavar="FILE")
    package_export.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="encrypt with the passphrase in this variable (at least 12 characters); "
        "without it a strong passphrase is generated and printed once",
    )
    package_export.add_argument(
        "--unencrypted",
        action="store_true",
        help="write an unencrypted package (not authenticated; the receiver must accept it)",
    )
    package_import = package_commands.add_parser("import", help="merge a package into the db")
    package_import.add_argument("--db", default=argparse.SUPPRESS)
    package_import.add_argument("file", metavar="FILE")
    package_import.add_argument("--dry-run", action="store_true", help="plan, change nothing")
    sides = package_import.add_mutually_exclusive_group()
    sides.add_argument("--theirs", action="store_true", help="conflicts: take the package's")
    sides.add_argument("--ours", action="store_true", help="conflicts: keep this database's")
    package_import.add_argument(
        "--passphrase-env", metavar="VAR", help="the passphrase of an encrypted package"
    )
    package_import.add_argument(
        "--accept-unencrypted",
        action="store_true",
        help="accept an unencrypted package: its deletions and overrides become conflicts",
    )
    package_import.add_argument("--json", action="store_true", help="machine-readable output")
    backup = command("backup", "back up the embedded database (SQLite online backup)")
    backup.add_argument("-o", "--output", metavar="FILE", help="where to write the backup")
    backup.add_argument(
        "--keep", type=int, metavar="N", help="from now on keep the newest N automatic backups"
    )
    restore = command("restore", "replace the database by a backup (shows what it brings back)")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--dry-run", action="store_true", help="only show the preview")
    unlock = command("unlock", "show who holds the database's writer lock, and take it over")
    unlock.add_argument("--yes", action="store_true", help="take it over without asking")
    findings = command("findings", "a forløb's findings with their recommendations and statuses")
    findings.add_argument("--engagement", required=True, metavar="ID_OR_MUNICIPALITY")
    findings.add_argument("--json", action="store_true", help="machine-readable output")
    deadlines = command("deadlines", "a consultant's milestones and recommendations due soon")
    deadlines.add_argument("--consultant", required=True, metavar="INITIALS")
    deadlines.add_argument("--days", type=_days, default=30, help="how far ahead (default 30)")
    deadlines.add_argument("--json", action="store_true", help="machine-readable output")
    _add_consultant_commands(command("consultants", "add, list and deactivate consultants"))
    purge = command("purge", "delete a forløb's case data when its retention period is over")
    purge.add_argument("--engagement", required=True, metavar="ID_OR_MUNICIPALITY")
    purge.add_argument("--early", action="store_true", help="before the period is over")
    purge.add_argument("--reason", default="", metavar="TEXT", help="why (required with --early)")
    purge.add_argument("--dry-run", action="store_true", help="show what would go, delete nothing")
    purge.add_argument("--json", action="store_true", help="machine-readable output")
    retention = command("retention", "the retention period and the forløb due for purging")
    retention.add_argument("--years", metavar="N", help="set the period (team leads only)")
    retention.add_argument("--as", dest="as_initials", metavar="INITIALS", help="who sets it")
    retention.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


def _add_consultant_commands(consultants: argparse.ArgumentParser) -> None:
    """`consultants add|list|deactivate`."""
    actions = consultants.add_subparsers(
        dest="consultants_action", parser_class=_Parser, metavar="ACTION", required=True
    )

    def action(name: str, text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=text, description=text)
        sub.add_argument("--db", default=argparse.SUPPRESS, help="database file or URL")
        sub.add_argument("--lang", choices=["da", "en"], default=argparse.SUPPRESS)
        return sub

    add = action("add", "add a consultant and print them")
    add.add_argument("--name", required=True)
    add.add_argument("--initials", required=True, metavar="ABC")
    add.add_argument(
        "--organisation",
        required=True,
        metavar="ORGANISATION",
        help="ankestyrelsen | social_og_boligstyrelsen (or the Danish name)",
    )
    add.add_argument(
        "--role", required=True, metavar="ROLE", help="jurist | socialfaglig | team_lead | other"
    )
    add.add_argument("--email", default="", help="e-mail address (optional)")
    add.add_argument("--json", action="store_true", help="machine-readable output")
    listing = action("list", "every consultant, deactivated ones marked")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    deactivate = action("deactivate", "deactivate a consultant (kept in teams and history)")
    deactivate.add_argument("--initials", required=True, metavar="ABC")


MAX_DAYS_AHEAD = 36_500
"""How far ahead `deadlines --days` may look (100 years; further overflows a date)."""


def _days(text: str) -> int:
    """A `--days` value: a whole number from 0 to MAX_DAYS_AHEAD."""
    try:
        days = int(text)
    except ValueError:
        days = -1
    if not 0 <= days <= MAX_DAYS_AHEAD:
        raise UsageError(
            detail=N_("--days must be a whole number from 0 to {maximum}, not '{value}'"),
            maximum=MAX_DAYS_AHEAD,
            value=text[:20],
        )
    return days


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
        print(f"{APP_SLUG}: {_t(N_('interrupted'), language)}", file=sys.stderr)
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
    """The `--lang` of the command line, read before parsing it (for a usage error's language)."""
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


def _existing_file(target: str) -> Path | None:
    """The database file `target` names, if it is an existing file (not a server URL)."""
    if "://" in target and not target.startswith("sqlite"):
        return None
    path = Path(target.removeprefix("sqlite:///")).expanduser().absolute()
    return path if path.is_file() else None


def _cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.demo import write_demo_database

    target = args.db
    if target is None:
        raise UsageError(detail=N_("demo needs --db PATH"))
    existing = _existing_file(target)
    if existing is not None and args.force:
        from taskforce_app.services.writer_locks import sole_access

        # Replacing the file under a running GUI or reader would lose what it writes next.
        with sole_access(existing):
            summary = write_demo_database(target, force=args.force)
    else:
        summary = write_demo_database(target, force=args.force)
    written = N_(
        "Demo database written: {location} ({engagements} engagements, {cases} cases, "
        "{assessments} assessments)"
    )
    print(
        _t(
            written,
            _language(args),
            location=summary.location,
            engagements=summary.engagements,
            cases=summary.cases,
            assessments=summary.assessments,
        ),
        file=out,
    )
    return EXIT_OK


def _cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    context = open_context(args.db)
    try:
        rows = context.overview.rows()
        deleted = context.engagements.summaries(include_deleted=True) if args.all else []
    finally:
        context.close()
    live_ids = {row.id for row in rows}
    deleted = [row for row in deleted if row.id not in live_ids]
    language = _language(args)
    if args.json:
        payload: list[dict[str, object]] = [
            {
                "id": str(row.id),
                "title": row.title,
                "municipality_code": row.municipality_code,
                "municipality": row.municipality_name,
                "region": row.region.value,
                "phase": row.phase.value,
                "start_date": _iso(row.start_date),
                "planned_end_date": _iso(row.planned_end_date),
                "month_of_plan": row.month_of_plan,
                "health": row.health.value,
                "next_milestone": row.next_milestone or None,
                "next_milestone_date": _iso(row.next_milestone_on),
                "overdue": row.overdue,
                "team": list(row.team_initials),
                "deleted": False,
            }
            for row in rows
        ]
        payload += [
            {
                "id": str(row.id),
                "title": row.title,
                "municipality": row.municipality_name,
                "deleted": True,
            }
            for row in deleted
        ]
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    header = _texts(
        language,
        N_("Id"),
        N_("Municipality"),
        N_("Region"),
        N_("Phase"),
        N_("Month"),
        N_("Status"),
        N_("Overdue"),
        N_("Next milestone"),
    )
    table = [
        (
            str(row.id)[:8],
            f"{row.municipality_name} ({row.municipality_code})",
            row.region.value.removeprefix("Region "),
            phase_label(row.phase, language),
            "" if row.month_of_plan is None else f"{row.month_of_plan}/24",
            health_label(row.health, language),
            str(row.overdue),
            f"{_dk(row.next_milestone_on)} {row.next_milestone}".strip(),
        )
        for row in rows
    ]
    _print_table(out, header, table)
    print(translate(N_("{count} engagements"), language).format(count=len(rows)), file=out)
    return EXIT_OK


def _cmd_deadlines(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    if args.days < 0:
        raise UsageError(detail=N_("--days must be 0 or more"))
    context = open_context(args.db)
    try:
        found = context.overview.deadlines(args.consultant, days=args.days)
    finally:
        context.close()
    if args.json:
        payload = [
            {
                "kind": item.kind.value,
                "id": str(item.item_id),
                "engagement_id": str(item.engagement_id),
                "municipality": item.municipality_name,
                "title": item.title,
                "due_date": item.due_on.isoformat(),
                "days_left": item.days_left,
                "overdue": item.overdue,
            }
            for item in found
        ]
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    language = _language(args)
    kinds = {"milestone": N_("Milestone"), "recommendation": N_("Recommendation")}
    table = [
        (
            _dk(item.due_on),
            _t(N_("{days} days overdue"), language, days=-item.days_left)
            if item.overdue
            else _t(N_("in {days} days"), language, days=item.days_left),
            _t(kinds[item.kind.value], language),
            item.municipality_name,
            item.title if len(item.title) <= 70 else item.title[:69] + "…",
        )
        for item in found
    ]
    headers = (N_("Due"), N_("Status"), N_("Type"), N_("Municipality"), N_("What"))
    _print_table(out, tuple(_t(header, language) for header in headers), table)
    summary = N_("{count} deadlines in the next {days} days (overdue first)")
    print(_t(summary, language, count=len(found), days=args.days), file=out)
    return EXIT_OK


def _cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    context = open_context(args.db)
    try:
        report = context.maintenance.check()
    finally:
        context.close()
    language = _language(args)
    integrity = (
        ", ".join(report.integrity)
        if report.integrity
        else _t(N_("not applicable (server)"), language)
    )
    lines = (
        (N_("Database"), str(report.location)),
        (
            N_("Schema version"),
            _t(
                N_("{revision} (newest: {head})"),
                language,
                revision=report.revision,
                head=report.head,
            ),
        ),
        (N_("Integrity"), integrity),
        (
            N_("Foreign keys"),
            _t(N_("{count} problems"), language, count=report.foreign_key_problems),
        ),
    )
    width = max(len(_t(name, language)) for name, _ in lines) + 2
    for name, value in lines:
        print(f"{_t(name, language) + ':':<{width}}{value}", file=out)
    for name, count in report.counts.items():
        print(f"  {name:<22} {count:>8}", file=out)
    if not report.ok:
        detail = _t(
            N_("integrity: {integrity}; {count} broken references"),
            language,
            integrity=integrity,
            count=report.foreign_key_problems,
        )
        raise UserError("db.corrupt", path=report.location, detail=detail)
    print("OK", file=out)
    return EXIT_OK


def _cmd_import_cases(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    path = Path(args.file)
    context = open_context(args.db, actor="cli", lock=True)
    try:
        engagement_id = context.engagements.resolve(args.engagement)
        outcome, _ = context.case_lists.import_file(engagement_id, path, sheet_name=args.sheet)
    finally:
        context.close()
    report = outcome.report
    language = _language(args)
    from taskforce_app.importers.case_list import iter_problem_messages

    for line in iter_problem_messages(report, language):
        print(line, file=out)
    summary = N_(
        "{file}: {rows} rows read, {stored} cases imported, {refused} refused. "
        "Fingerprint {fingerprint}…"
    )
    print(
        _t(
            summary,
            language,
            file=report.file_name,
            rows=report.rows_read,
            stored=outcome.stored,
            refused=report.refused_count,
            fingerprint=report.fingerprint[:16],
        ),
        file=out,
    )
    if outcome.stored == 0:
        raise UserError("case_list.nothing_valid", file=report.file_name)
    return EXIT_OK


def _cmd_rounds(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    if getattr(args, "rounds_action", None) == "add":
        return _cmd_rounds_add(args, out)
    if not args.engagement:
        raise UsageError(detail=N_("rounds needs --engagement (see 'rounds --help')"))
    context = open_context(args.db)
    try:
        engagement_id = context.engagements.resolve(args.engagement)
        rounds = context.review.rounds(engagement_id)
    finally:
        context.close()
    if args.json:
        payload = [
            {
                "id": str(r.id),
                "kind": r.kind.value,
                "name": r.name,
                "status": r.status.value,
                "legal_criteria_set": r.legal_set_name,
                "social_criteria_set": r.social_set_name,
                "method": r.sampling_method.value if r.sampling_method else None,
                "seed": r.seed or None,
                "sample_size": r.sample_size,
                "sampled_cases": r.sampled_cases,
                "population_size": r.population_size,
                "population_fingerprint": r.population_fingerprint or None,
                "answered": r.answered,
                "expected": r.expected,
            }
            for r in rounds
        ]
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    table = [
        (
            str(r.id),
            r.name,
            r.legal_set_name,
            r.sampling_method.value if r.sampling_method else "",
            r.seed,
            str(r.sampled_cases),
            f"{r.answered}/{r.expected}",
            r.status.value,
        )
        for r in rounds
    ]
    headers = _texts(
        _language(args),
        N_("Id"),
        N_("Round"),
        N_("Criteria set"),
        N_("Method"),
        N_("Seed"),
        N_("Cases"),
        N_("Answers"),
        N_("Status"),
    )
    _print_table(out, headers, table)
    return EXIT_OK


def _cmd_rounds_add(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    cut_off = None
    if args.cut_off is not None:
        try:
            cut_off = date.fromisoformat(args.cut_off)
        except ValueError as error:
            raise UsageError(
                detail=N_("--cut-off: '{value}' is not a date of the form YYYY-MM-DD"),
                value=args.cut_off,
            ) from error
    context = open_context(args.db, actor="cli")
    try:
        engagement_id = context.engagements.resolve(args.engagement)
        view, _ = context.review.create_round(
            engagement_id, RoundKind(args.kind), args.name, cut_off=cut_off
        )
    finally:
        context.close()
    if args.json:
        payload = {
            "id": str(view.id),
            "kind": view.kind.value,
            "name": view.name,
            "cut_off": view.cut_off_on.isoformat() if view.cut_off_on else None,
        }
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    print(view.id, file=out)
    return EXIT_OK


def _cmd_suggestions(args: argparse.Namespace, out: TextIO) -> int:
    import uuid

    from taskforce_app.bootstrap import open_context

    try:
        round_id = uuid.UUID(args.round_id)
    except ValueError as error:
        raise UserError("review.round_not_found") from error
    language = _language(args)
    context = open_context(args.db)
    try:
        cases = context.review.suggestions(round_id)
    finally:
        context.close()
    payload = [
        {
            "case_ref": case.case_ref,
            "law": case.law,
            "criteria": [
                {
                    "code": item.code,
                    "topic": item.topic,
                    "suggestion": (
                        item.check.answer.value
                        if item.check is not None and item.check.answer is not None
                        else None
                    ),
                    "due": (
                        _due_text(item.check.due)
                        if item.check is not None and item.check.due is not None
                        else None
                    ),
                    "reason": item.check.message(language) if item.check is not None else "",
                }
                for item in case.criteria
            ],
        }
        for case in cases
    ]
    if args.json:
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for found in cases:
        print(f"{found.case_ref} ({found.criteria_set})", file=out)
        for item in found.criteria:
            if item.check is None:
                continue
            answer = item.check.answer.value if item.check.answer is not None else "–"
            print(f"  {item.code:<6} {answer:<13} {item.check.message(language)}", file=out)
    return EXIT_OK


def _due_text(due: date | datetime) -> str:
    """A deadline as YYYY-MM-DD (a moment's Danish local day)."""
    from taskforce_app.domain.deadline_rules import danish_local_time

    if isinstance(due, datetime):
        return danish_local_time(due).date().isoformat()
    return due.isoformat()


def _cmd_sample(args: argparse.Namespace, out: TextIO) -> int:
    import uuid

    from taskforce_app.bootstrap import open_context
    from taskforce_app.domain.sampling import SampleRequest

    try:
        round_id = uuid.UUID(args.round_id)
    except ValueError as error:
        raise UserError("review.round_not_found") from error
    request = SampleRequest(
        method=SamplingMethod(args.method),
        size=args.size,
        seed=args.seed,
        stratify_by=args.stratify_by,
    )
    context = open_context(args.db, actor="cli", lock=not args.dry_run)
    try:
        result, _ = context.sampling.draw(round_id, request, dry_run=args.dry_run)
    finally:
        context.close()
    draw = result.draw
    if args.json:
        payload = {
            "round_id": str(round_id),
            "method": draw.method.value,
            "seed": draw.seed,
            "size": draw.size,
            "population_size": draw.population_size,
            "population_fingerprint": draw.population_fingerprint,
            "stored": result.stored,
            "case_refs": list(draw.case_refs),
            "strata": {
                s.stratum: {"population": s.population, "sample": s.sample} for s in draw.strata
            },
        }
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for position, ref in enumerate(draw.case_refs, start=1):
        print(f"{position:>3}  {ref}", file=out)
    language = _language(args)
    stored = _t(N_("stored") if result.stored else N_("not stored (--dry-run)"), language)
    summary = N_(
        "{size} of {population} cases, method {method}, seed {seed}, "
        "population {fingerprint}…; {stored}"
    )
    print(
        _t(
            summary,
            language,
            size=draw.size,
            population=draw.population_size,
            method=draw.method.value,
            seed=draw.seed,
            fingerprint=draw.population_fingerprint[:16],
            stored=stored,
        ),
        file=out,
    )
    return EXIT_OK


def _cmd_results(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    context = open_context(args.db)
    try:
        engagement_id = context.engagements.resolve(args.engagement)
        results = context.results.for_engagement(engagement_id)
    finally:
        context.close()
    language = _language(args)
    from taskforce_app.domain.result_tables import Figure

    def fmt(figure: Figure | None) -> str:
        return "–" if figure is None else figure.formatted(language)

    if args.json:
        json.dump(_results_json(results, language), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    rows = []
    for item in results.requirements:
        change = item.change
        rows.append(
            (
                "/".join(item.codes),
                item.provision,
                fmt(item.analyse),
                fmt(item.statusmaaling),
                "" if change is None else change.formatted(language),
                ""
                if item.benchmark is None
                else f"{benchmark_percent(item.benchmark, language)} "
                f"({benchmark_caption(item.benchmark, language)})",
            )
        )
    print(
        translate(N_("Results for {municipality}"), language).format(
            municipality=results.municipality
        ),
        file=out,
    )
    analyse, statusmaaling = (
        ROUND_KIND_LABELS.label(kind, language)
        for kind in (RoundKind.ANALYSE, RoundKind.STATUSMAALING)
    )
    header = (
        *_texts(language, N_("Requirement"), N_("Provision")),
        analyse,
        statusmaaling,
        *_texts(language, N_("Change"), N_("Børnesagsbarometret")),
    )
    _print_table(out, header, rows)
    print("", file=out)
    pooled = [
        (
            TRACK_LABELS.label(p.track, language),
            PEJLEMAERKE_LABELS.label(p.pejlemaerke, language),
            fmt(p.analyse),
            fmt(p.statusmaaling),
        )
        for p in results.pejlemaerker
    ]
    track_header = translate(NC_("column", "Track"), language, "column")
    pejlemaerke = translate(N_("Pejlemærke"), language)
    _print_table(out, (track_header, pejlemaerke, analyse, statusmaaling), pooled)
    return EXIT_OK


def _results_json(results: object, language: str) -> dict[str, object]:
    from taskforce_app.domain.result_tables import EngagementResults, Figure
    from taskforce_app.domain.results import ComplianceFigure

    assert isinstance(results, EngagementResults)

    def figure(value: Figure | None) -> dict[str, object] | None:
        if value is None:
            return None
        interval = value.interval
        share = value.share if isinstance(value, ComplianceFigure) else value.share_sufficient
        return {
            "x": value.x,
            "n": value.n,
            "share": share,
            "wilson_95": None if interval is None else list(interval),
            "text": value.formatted(language),
        }

    return {
        "engagement_id": str(results.engagement_id),
        "municipality": results.municipality,
        "analyse_round": None if results.analyse_round is None else str(results.analyse_round.id),
        "statusmaaling_round": None
        if results.statusmaaling_round is None
        else str(results.statusmaaling_round.id),
        "requirements": [
            {
                "codes": list(item.codes),
                "track": item.track.value,
                "pejlemaerke": item.pejlemaerke.value,
                "provision": item.provision,
                "question": item.question,
                "analyse": figure(item.analyse),
                "statusmaaling": figure(item.statusmaaling),
                "change_points": None if item.change is None else item.change.points,
                "national": None
                if item.benchmark is None
                else {
                    "value_pct": item.benchmark.value_pct,
                    "period": item.benchmark.period,
                    "label": benchmark_caption(item.benchmark),
                    "kind": item.benchmark.kind,
                    "municipalities": item.benchmark.municipalities,
                    "law": item.benchmark.law,
                    "source": item.benchmark.source,
                },
            }
            for item in results.requirements
        ],
        "pejlemaerker": [
            {
                "track": p.track.value,
                "pejlemaerke": p.pejlemaerke.value,
                "analyse": figure(p.analyse),
                "statusmaaling": figure(p.statusmaaling),
            }
            for p in results.pejlemaerker
        ],
    }


def _cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    target = Path(args.output).expanduser().absolute()
    if args.kind == "ics":
        return _export_ics(args, target, out)
    if args.kind == "docx" or args.report:
        return _export_written_report(args, target, out)
    if args.kind != "portfolio" and not args.engagement:
        raise UsageError(detail=N_("export {kind} needs --engagement ID"), kind=args.kind)
    context = open_context(args.db)
    try:
        if args.kind == "portfolio":
            written = context.workbooks.export_portfolio(target, language=_language(args))
        else:
            engagement_id = context.engagements.resolve(args.engagement)
            if args.kind == "xlsx":
                written = context.workbooks.export_engagement(
                    engagement_id, target, language=_language(args)
                )
            else:
                from taskforce_app.domain.report_models import ReportOptions

                options = (
                    None
                    if not args.sections
                    else ReportOptions.from_names(
                        [name.strip() for name in args.sections.split(",") if name.strip()]
                    )
                )
                written = context.reports.export_pdf(
                    engagement_id, target, options=options, language=_language(args)
                )
    finally:
        context.close()
    print(_written(written, _language(args)), file=out)
    return EXIT_OK


def _export_written_report(args: argparse.Namespace, target: Path, out: TextIO) -> int:
    """`export docx|pdf --report analyse|status`: the written report as Word or PDF."""
    from taskforce_app.bootstrap import open_context
    from taskforce_app.domain.report_templates import ReportType

    if args.kind not in ("docx", "pdf"):
        raise UsageError(
            detail=N_("--report applies only to export docx and pdf, not {kind}"), kind=args.kind
        )
    if not args.report:
        raise UsageError(detail=N_("export docx needs --report analyse or --report status"))
    if not args.engagement:
        raise UsageError(detail=N_("export {kind} needs --engagement ID"), kind=args.kind)
    if args.sections:
        raise UsageError(
            detail=N_("--sections applies only to the fixed status report (without --report)")
        )
    if args.template and args.kind != "docx":
        raise UsageError(detail=N_("--template applies only to export docx"))
    template = Path(args.template).expanduser().absolute() if args.template else None
    context = open_context(args.db)
    try:
        engagement_id = context.engagements.resolve(args.engagement)
        authoring = context.report_authoring
        report_type = ReportType(args.report)
        language = _language(args)
        if args.kind == "docx":
            written = authoring.export_docx(
                engagement_id, report_type, target, template=template, language=language
            )
        else:
            written = authoring.export_pdf(engagement_id, report_type, target, language=language)
    finally:
        context.close()
    print(_written(written, _language(args)), file=out)
    return EXIT_OK


def _export_ics(args: argparse.Namespace, target: Path, out: TextIO) -> int:
    """`export ics`: milestones, statusmøder and recommendation due dates as a calendar file."""
    from taskforce_app.bootstrap import open_context
    from taskforce_app.domain.calendar import parse_meeting_time

    meeting = (
        None
        if args.meeting_time is None
        else parse_meeting_time(args.meeting_time, args.meeting_minutes)
    )
    context = open_context(args.db)
    try:
        engagement_id = (
            None if args.engagement is None else context.engagements.resolve(args.engagement)
        )
        written, count = context.calendar.export_ics(
            target,
            consultant=args.consultant,
            engagement_id=engagement_id,
            meeting_time=meeting,
            language=_language(args),
        )
    finally:
        context.close()
    print(
        _t(N_("Written: {path} ({count} events)"), _language(args), path=written, count=count),
        file=out,
    )
    return EXIT_OK


def _cmd_import_returned(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    context = open_context(args.db, actor="kommunen", lock=not args.dry_run)
    try:
        expected = None if args.engagement is None else context.engagements.resolve(args.engagement)
        result = context.workbooks.apply_returned(
            Path(args.file),
            dry_run=args.dry_run,
            engagement_id=expected,
            skip_problem_rows=args.skip_problems,
        )
    finally:
        context.close()
    preview = result.preview
    language = _language(args)
    for change in preview.changes:
        line = _t(
            N_("Row {row}: {old} → {new}  {text}"),
            language,
            row=change.excel_row,
            old=RECOMMENDATION_STATUS_LABELS.label(change.old_status, language),
            new=RECOMMENDATION_STATUS_LABELS.label(change.new_status, language),
            text=change.text[:60],
        )
        note = _t(N_("  (note: {note})"), language, note=change.note) if change.note else ""
        print(line + note, file=out)
    for problem in preview.problems:
        print(problem.message(language), file=out)
    summary = (
        N_(
            "{municipality}: {changed} recommendations would be changed, {unchanged} unchanged, "
            "{problems} problems"
        )
        if result.dry_run
        else N_(
            "{municipality}: {changed} recommendations changed, {unchanged} unchanged, "
            "{problems} problems"
        )
    )
    blocked = _t(N_(" — nothing applied"), language) if result.blocked else ""
    counts = {"changed": result.changed, "unchanged": result.unchanged}
    print(
        _t(summary, language, municipality=preview.municipality, problems=result.problems, **counts)
        + blocked,
        file=out,
    )
    if result.blocked:
        raise UserError("returned.blocked", count=result.problems)
    return EXIT_OK


def _cmd_import_statistics(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    context = open_context(args.db, actor="cli", lock=True)
    try:
        report = context.key_figures.import_file(Path(args.file), table_code=args.table)
    finally:
        context.close()
    language = _language(args)
    for problem in report.problems:
        print(problem.message(language), file=out)
    summary = N_(
        "{file} ({table}): {rows} rows read, {inserted} new and {replaced} replaced values, "
        "{suppressed} suppressed (..), {problems} problems"
    )
    counts = {"inserted": report.inserted, "replaced": report.replaced}
    print(
        _t(
            summary,
            language,
            file=report.file_name,
            table=report.table_code,
            rows=report.rows_read,
            suppressed=report.suppressed,
            problems=len(report.problems),
            **counts,
        ),
        file=out,
    )
    if report.imported == 0:
        raise UserError("statistics.nothing_imported", file=report.file_name)
    return EXIT_OK


def _passphrase(args: argparse.Namespace) -> str | None:
    import os

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


def _cmd_package(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    context = open_context(args.db, actor="cli", lock=True)
    try:
        if args.package_command == "export":
            from taskforce_app.domain.passphrase import check_passphrase, generate_passphrase

            ids = [context.engagements.resolve(text) for text in args.engagement]
            given = _passphrase(args)
            if given is not None and args.unencrypted:
                raise UsageError(
                    detail=N_("--unencrypted and --passphrase-env cannot be used together")
                )
            generated = None
            if given is None and not args.unencrypted:
                generated = given = generate_passphrase()
            summary = context.exchange.export(
                ids,
                Path(args.output).expanduser().absolute(),
                passphrase=check_passphrase(given) if given is not None else None,
            )
            records = sum(summary.counts.values()) if summary.counts else 0
            language = _language(args)
            secret = _t(N_(", encrypted"), language) if summary.encrypted else ""
            from babel.numbers import format_number

            size = format_number(summary.size, locale=language)
            written = N_(
                "Package written: {path} ({engagements} engagements, {records} records, "
                "{size} bytes{encrypted})"
            )
            print(
                _t(
                    written,
                    language,
                    path=summary.path,
                    engagements=len(ids),
                    records=records,
                    size=size,
                    encrypted=secret,
                ),
                file=out,
            )
            if generated is not None:
                shown_once = N_(
                    "Passphrase for the package (shown only this once): {passphrase}\n"
                    "Give it to the receiver another way than the package, e.g. in a call or a "
                    "text message, not in the same e-mail."
                )
                print(_t(shown_once, language, passphrase=generated), file=out)
            return EXIT_OK
        from taskforce_app.domain.merge import UnresolvedConflictsError

        policy = "theirs" if args.theirs else "ours" if args.ours else None
        source = Path(args.file)
        encrypted = context.exchange.is_encrypted(source)
        if source.is_file() and not encrypted and not args.accept_unencrypted:
            raise UserError("exchange.unencrypted_refused", path=str(source))
        try:
            result = context.exchange.merge(
                Path(args.file), passphrase=_passphrase(args), policy=policy, dry_run=args.dry_run
            )
        except UnresolvedConflictsError as conflicts:
            if args.json:
                payload = {"conflicts": [c.to_json() for c in conflicts.conflicts]}
                json.dump(payload, out, ensure_ascii=False, indent=2)
                out.write("\n")
            raise
    finally:
        context.close()
    if args.json:
        json.dump(result.to_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
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
    print(
        _t(
            merged,
            _language(args),
            new=total.new,
            changed=total.changed,
            deleted=total.deleted,
            conflicts=total.conflicts,
            decisions=len(result.decisions),
        ),
        file=out,
    )
    return EXIT_OK


def _sqlite_path(args: argparse.Namespace) -> Path:
    from taskforce_app.bootstrap import default_database

    if args.db is None:
        return default_database()
    if "://" in str(args.db) and not str(args.db).startswith("sqlite"):
        raise UserError("backup.server")
    return Path(str(args.db).removeprefix("sqlite:///")).expanduser().absolute()


def _cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    database = _sqlite_path(args)
    target = None if args.output is None else Path(args.output).expanduser().absolute()
    from taskforce_app.bootstrap import open_context

    if args.keep is not None and not 1 <= args.keep <= 100:
        raise UsageError(detail=N_("--keep must be between 1 and 100"))
    # Changing how many are kept prunes older backups and writes a setting: one writer only.
    context = open_context(database, lock=args.keep is not None)
    try:
        if args.keep is not None:
            context.backups.set_keep(args.keep)
        written = context.backups.backup(target)
        kept = context.backups.keep()
    finally:
        context.close()
    language = _language(args)
    if args.keep is not None:
        keeping = N_("From now on the newest {count} automatic backups are kept.")
        print(_t(keeping, language, count=kept), file=out)
    print(_t(N_("Backup written: {path}"), language, path=written), file=out)
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import restore_database
    from taskforce_app.services.backups import preview_restore

    database = _sqlite_path(args)
    backup = Path(args.file).expanduser().absolute()
    preview = preview_restore(database, backup)
    language = _language(args)
    shown = N_("Backup: {path} (schema version {revision}, integrity {integrity})")
    print(
        _t(shown, language, path=backup, revision=preview.revision, integrity=preview.integrity),
        file=out,
    )
    rows = [
        (name, "–" if ours is None else str(ours), "–" if theirs is None else str(theirs))
        for name, (ours, theirs) in preview.counts.items()
        if ours or theirs
    ]
    _print_table(out, _texts(language, N_("Table"), N_("Now"), N_("In the backup")), rows)
    if args.dry_run:
        print(_t(N_("Nothing restored (--dry-run)."), language), file=out)
        return EXIT_OK
    safety = restore_database(database, backup)
    restored = N_("Restored. The previous database is kept as {path}")
    print(_t(restored, language, path=safety), file=out)
    return EXIT_OK


def _cmd_unlock(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.domain.errors import DatabaseError
    from taskforce_app.services.writer_locks import lock_report, take_over_lock

    database = _sqlite_path(args)
    language = _language(args)
    report = lock_report(database)
    if report.state == "free":
        print(_t(N_("The database {path} is not locked."), language, path=database), file=out)
        return EXIT_OK
    if report.state == "live":
        raise DatabaseError("lock.live_here", path=str(database), who=report.holder)
    where = _t(LOCK_HOLDERS[report.state], language)
    locked = N_("The database {path} is locked {where}: {holder}")
    print(_t(locked, language, path=database, where=where, holder=report.holder), file=out)
    warning = N_(
        "Warning: if the other program is still writing to the database, changes can be lost "
        "when you take over the lock. Take it over only if the program is closed or the "
        "computer has crashed."
    )
    print(_t(warning, language), file=out)
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError("lock.needs_yes")
        out.flush()
        answer = input(_t(N_("Take over the lock? [y/N] "), language)).strip().lower()
        if answer not in ("j", "ja", "y", "yes"):
            raise UserError("lock.declined")
    previous = take_over_lock(database, reason="taskforce-app unlock")
    log.warning(
        "unlock: the writer lock of %s held by %s was taken over", database, previous.holder
    )
    taken = N_("The lock is taken over and removed; the database can be opened now.")
    print(_t(taken, language), file=out)
    return EXIT_OK


LOCK_HOLDERS = {
    "remote": N_("on another computer"),
    "undetermined": N_("by a process whose state cannot be determined"),
    "stale": N_("by a process on this computer that is no longer running"),
    "ours": N_("by this program"),
}
"""Who holds a writer lock, by the lock's state (the end of 'The database … is locked …')."""


def _cmd_findings(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    context = open_context(args.db)
    try:
        engagement_id = context.engagements.resolve(args.engagement)
        findings = context.findings.findings(engagement_id)
        recommendations = context.recommendations.for_engagement(engagement_id)
    finally:
        context.close()
    from taskforce_app.domain.findings import RecommendationView

    by_finding: dict[object, list[RecommendationView]] = {}
    for rec in recommendations:
        by_finding.setdefault(rec.finding_id, []).append(rec)

    def rec_json(rec: RecommendationView) -> dict[str, object]:
        return {
            "id": str(rec.id),
            "text": rec.text,
            "owner": rec.owner,
            "due_date": _iso(rec.due_on),
            "status": rec.status.value,
            "overdue": rec.is_overdue(date.today()),
            "history": [
                {
                    "at": update.occurred_at.isoformat(),
                    "author": update.author,
                    "from": None if update.old_status is None else update.old_status.value,
                    "to": update.new_status.value,
                    "note": update.note,
                }
                for update in rec.history
            ],
            "improvement_points": None if rec.improvement is None else rec.improvement.points,
        }

    if args.json:
        payload = {
            "findings": [
                {
                    "id": str(f.id),
                    "track": f.track.value,
                    "theme": f.theme,
                    "title": f.title,
                    "severity": f.severity.value,
                    "round": f.round_name or None,
                    "criteria": [c.code for c in f.criteria],
                    "provisions": [c.provision for c in f.criteria],
                    "shown_in": f.shown_in,
                    "assessed_in": f.assessed_in,
                    "evidence": [e.case_ref for e in f.evidence],
                    "open_notes": f.open_notes,
                    "recommendations": [rec_json(r) for r in by_finding.get(f.id, [])],
                }
                for f in findings
            ],
            "standalone_recommendations": [rec_json(r) for r in by_finding.get(None, [])],
        }
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    language = _language(args)
    for finding in findings:
        evidence = _t(
            N_("{shown} of {assessed} cases"),
            language,
            shown=finding.shown_in,
            assessed=finding.assessed_in,
        )
        codes = ", ".join(c.code for c in finding.criteria) or _t(N_("no requirements"), language)
        print(
            f"[{SEVERITY_LABELS.label(finding.severity, language)}] {finding.title} "
            f"({TRACK_LABELS.label(finding.track, language)}; {evidence}; {codes})",
            file=out,
        )
        for rec in by_finding.get(finding.id, []):
            status = RECOMMENDATION_STATUS_LABELS.label(rec.status, language)
            print(f"    - {status:<15} {_dk(rec.due_on):<10} {rec.text}", file=out)
    summary = N_("{findings} findings, {recommendations} recommendations")
    print(
        _t(summary, language, findings=len(findings), recommendations=len(recommendations)),
        file=out,
    )
    return EXIT_OK


def _cmd_consultants(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context
    from taskforce_app.domain.team import ConsultantDraft, parse_organisation, parse_role

    writing = args.consultants_action in ("add", "deactivate")
    context = open_context(args.db, actor="cli", lock=writing)
    try:
        if args.consultants_action == "add":
            draft = ConsultantDraft(
                args.name,
                args.initials,
                parse_organisation(args.organisation),
                parse_role(args.role),
                email=args.email,
            )
            view, _ = context.team.create_consultant(draft)
            people = [context.team.consultant(view.initials)]
        elif args.consultants_action == "deactivate":
            person = context.team.consultant(args.initials)
            context.team.set_active(person.id, False)
            deactivated = N_("{name} ({initials}) is deactivated.")
            print(
                _t(deactivated, _language(args), name=person.name, initials=person.initials),
                file=out,
            )
            return EXIT_OK
        else:
            people = context.team.consultant_details()
    finally:
        context.close()
    if getattr(args, "json", False):
        payload = [
            {
                "id": str(p.id),
                "name": p.name,
                "initials": p.initials,
                "organisation": p.organisation.value,
                "role": p.role.value,
                "email": p.email,
                "active": p.active,
            }
            for p in people
        ]
        json.dump(
            payload[0] if args.consultants_action == "add" else payload,
            out,
            ensure_ascii=False,
            indent=2,
        )
        out.write("\n")
        return EXIT_OK
    language = _language(args)
    rows = [
        (
            p.initials,
            p.name,
            ORGANISATION_LABELS.label(p.organisation, language),
            ROLE_LABELS.label(p.role, language),
            p.email,
            _t(N_("active") if p.active else N_("deactivated"), language),
        )
        for p in people
    ]
    headers = _texts(
        language,
        N_("Initials"),
        N_("Name"),
        N_("Organisation"),
        N_("Role"),
        N_("E-mail"),
        N_("Status"),
    )
    _print_table(out, headers, rows)
    return EXIT_OK


def _cmd_purge(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    context = open_context(args.db, actor="cli", lock=not args.dry_run)
    try:
        engagement_id = context.engagements.resolve(args.engagement)
        result = context.retention.purge(
            engagement_id, early=args.early, reason=args.reason, dry_run=args.dry_run
        )
        stale = [] if args.dry_run else context.retention.backups_to_delete()
    finally:
        context.close()
    if args.json:
        payload = {**result.to_json(), "backups_to_delete": [str(b.path) for b in stale]}
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    language = _language(args)
    purged = (
        N_("Would delete (--dry-run, nothing deleted): case data of {title}")
        if args.dry_run
        else N_("Deleted: case data of {title}")
    )
    print(_t(purged, language, title=result.title), file=out)
    rows = [(k, str(v)) for k, v in result.counts.items()]
    _print_table(out, _texts(language, N_("Table"), N_("Rows")), rows)
    if stale:
        stale_note = N_("Backups from before the deletion that should be deleted:")
        print(_t(stale_note, language), file=out)
        for info in stale:
            print(f"  {info.path}", file=out)
    return EXIT_OK


def _cmd_retention(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    context = open_context(args.db, actor="cli", lock=args.years is not None)
    try:
        if args.years is not None:
            context.retention.set_years(args.years, by=args.as_initials)
        years = context.retention.years()
        statuses = context.retention.statuses()
    finally:
        context.close()
    today = date.today()
    if args.json:
        payload = {
            "years": years,
            "engagements": [
                {
                    "id": str(s.engagement_id),
                    "title": s.title,
                    "actual_end": _iso(s.actual_end),
                    "due": _iso(s.due),
                    "is_due": s.is_due(today),
                    "cases": s.case_count,
                    "purged_at": None if s.purged_at is None else s.purged_at.isoformat(),
                }
                for s in statuses
            ],
        }
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    language = _language(args)
    period = N_("Retention period: {years} years after the engagement's actual end date")
    print(_t(period, language, years=years), file=out)
    due = [s for s in statuses if s.is_due(today)]
    print(
        _t(N_("Case data due for deletion: {count} engagements"), language, count=len(due)),
        file=out,
    )
    rows = [
        (
            s.title,
            _dk(s.actual_end) or _t(N_("not closed"), language),
            _dk(s.due),
            str(s.case_count),
            _t(N_("deleted {date}"), language, date=_dk(s.purged_at.date()))
            if s.purged_at is not None
            else (_t(N_("due for deletion"), language) if s.is_due(today) else ""),
        )
        for s in statuses
    ]
    headers = _texts(
        language, N_("Engagement"), N_("Ended"), N_("To be deleted"), N_("Cases"), N_("Status")
    )
    _print_table(out, headers, rows)
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "demo": _cmd_demo,
    "list": _cmd_list,
    "check": _cmd_check,
    "deadlines": _cmd_deadlines,
    "import-cases": _cmd_import_cases,
    "rounds": _cmd_rounds,
    "suggestions": _cmd_suggestions,
    "sample": _cmd_sample,
    "results": _cmd_results,
    "findings": _cmd_findings,
    "export": _cmd_export,
    "import-returned": _cmd_import_returned,
    "import-statistics": _cmd_import_statistics,
    "package": _cmd_package,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "unlock": _cmd_unlock,
    "consultants": _cmd_consultants,
    "purge": _cmd_purge,
    "retention": _cmd_retention,
}


def _texts(language: str, *messages: str) -> tuple[str, ...]:
    """`messages` (msgids) in `language`."""
    return tuple(translate(message, language) for message in messages)


def _t(msgid: str, language: str, **params: object) -> str:
    """`msgid` (marked with N_()) in `language`, filled with `params`."""
    return translate(msgid, language).format(**params)


def _written(path: Path, language: str) -> str:
    return translate(N_("Written: {path}"), language).format(path=path)


def _language(args: argparse.Namespace) -> str:
    language = getattr(args, "lang", None)
    return language if language in ("da", "en") else "da"


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _dk(value: date | None) -> str:
    return "" if value is None else value.strftime("%d-%m-%Y")


def _print_table(out: TextIO, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=False)]
    for line in (header, *rows):
        print(
            "  ".join(
                str(cell).ljust(width) for cell, width in zip(line, widths, strict=True)
            ).rstrip(),
            file=out,
        )
