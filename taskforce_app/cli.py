"""Headless commands (`taskforce-app demo|list|check …`) over the services the GUI uses.

Never imports PySide6. Exit codes: 0 done, 2 the user's input was wrong (one line on stderr),
1 a bug (the traceback goes to the log file).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import NoReturn, TextIO

from taskforce_app import APP_NAME, APP_SLUG, __version__
from taskforce_app.domain.enums import Health, Phase
from taskforce_app.domain.errors import UserError

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_BUG = 1
EXIT_USER = 2

PHASE_LABELS = {
    "da": {
        Phase.OPSTART: "Opstart",
        Phase.ANALYSE: "Analyse",
        Phase.AFRAPPORTERING: "Afrapportering",
        Phase.UDVIKLING: "Udvikling",
        Phase.STATUSMAALING: "Statusmåling",
        Phase.STATUSRAPPORT: "Statusrapport",
        Phase.AFSLUTTET: "Afsluttet",
    },
    "en": {
        Phase.OPSTART: "Start-up",
        Phase.ANALYSE: "Analysis",
        Phase.AFRAPPORTERING: "Reporting",
        Phase.UDVIKLING: "Development",
        Phase.STATUSMAALING: "Status measurement",
        Phase.STATUSRAPPORT: "Status report",
        Phase.AFSLUTTET: "Closed",
    },
}


HEALTH_LABELS = {
    "da": {Health.ON_TRACK: "På sporet", Health.AT_RISK: "Risiko", Health.LATE: "Forsinket"},
    "en": {Health.ON_TRACK: "On track", Health.AT_RISK: "At risk", Health.LATE: "Late"},
}


class UsageError(UserError):
    """The command line itself is wrong."""

    code = "cli.usage"


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage problem as one line instead of exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(detail=f"{message} (se '{APP_SLUG} --help')")


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
    deadlines = command("deadlines", "a consultant's milestones and recommendations due soon")
    deadlines.add_argument("--consultant", required=True, metavar="INITIALS")
    deadlines.add_argument("--days", type=int, default=30, help="how far ahead (default 30)")
    deadlines.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


GuiLauncher = Callable[[str | None, str | None, bool], int]


def main(argv: Sequence[str] | None = None, launch_gui: GuiLauncher | None = None) -> int:
    """Run the command line and return the exit code.

    Without a command, `launch_gui(db, language, smoke_test)` starts the GUI (the launcher
    passes it in, so this module never imports Qt).
    """
    from taskforce_app.logs import configure_logging

    log_path = configure_logging()
    language = "da"
    try:
        args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
        language = args.lang or "da"
        if args.version:
            print(f"{APP_NAME} {__version__}")
            return EXIT_OK
        if args.command is None:
            if launch_gui is None:
                raise UsageError(detail="angiv en kommando (se --help)")
            return launch_gui(args.db, args.lang, args.smoke_test)
        return COMMANDS[args.command](args, sys.stdout)
    except UserError as error:
        log.info("user error: %s", error)
        print(f"{APP_SLUG}: {error.message(language)}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        print(f"{APP_SLUG}: afbrudt", file=sys.stderr)
        return EXIT_USER
    except Exception:
        log.exception("unexpected error in %s", argv)
        what = "Unexpected error; details in" if language == "en" else "Uventet fejl; detaljer i"
        print(f"{APP_SLUG}: {what} {log_path}", file=sys.stderr)
        return EXIT_BUG


def _cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.services.demo import write_demo_database

    target = args.db
    if target is None:
        raise UsageError(detail="demo kræver --db STI")
    summary = write_demo_database(target, force=args.force)
    print(
        f"Demodatabase skrevet: {summary.location} ({summary.engagements} forløb, "
        f"{summary.cases} sager, {summary.assessments} vurderinger)",
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
    labels = PHASE_LABELS[language]
    health = HEALTH_LABELS[language]
    header = ("Id", "Kommune", "Region", "Fase", "Måned", "Sundhed", "Overskredet", "Næste milepæl")
    table = [
        (
            str(row.id)[:8],
            f"{row.municipality_name} ({row.municipality_code})",
            row.region.value.removeprefix("Region "),
            labels[row.phase],
            "" if row.month_of_plan is None else f"{row.month_of_plan}/24",
            health[row.health],
            str(row.overdue),
            f"{_dk(row.next_milestone_on)} {row.next_milestone}".strip(),
        )
        for row in rows
    ]
    _print_table(out, header, table)
    print(f"{len(rows)} forløb", file=out)
    return EXIT_OK


def _cmd_deadlines(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    if args.days < 0:
        raise UsageError(detail="--days skal være 0 eller mere")
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
    kinds = {"milestone": "Milepæl", "recommendation": "Anbefaling"}
    table = [
        (
            _dk(item.due_on),
            f"{-item.days_left} dage over" if item.overdue else f"om {item.days_left} dage",
            kinds[item.kind.value],
            item.municipality_name,
            item.title if len(item.title) <= 70 else item.title[:69] + "…",
        )
        for item in found
    ]
    _print_table(out, ("Frist", "Status", "Type", "Kommune", "Hvad"), table)
    print(f"{len(found)} frister de næste {args.days} dage (overskredne først)", file=out)
    return EXIT_OK


def _cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    context = open_context(args.db)
    try:
        report = context.maintenance.check()
    finally:
        context.close()
    print(f"Database:      {report.location}", file=out)
    print(f"Skemaversion:  {report.revision} (nyeste: {report.head})", file=out)
    integrity = ", ".join(report.integrity) if report.integrity else "ikke relevant (server)"
    print(f"Integritet:    {integrity}", file=out)
    print(f"Fremmednøgler: {report.foreign_key_problems} problemer", file=out)
    for name, count in report.counts.items():
        print(f"  {name:<22} {count:>8}", file=out)
    if not report.ok:
        detail = f"integritet: {integrity}; {report.foreign_key_problems} brudte referencer"
        raise UserError("db.corrupt", path=report.location, detail=detail)
    print("OK", file=out)
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "demo": _cmd_demo,
    "list": _cmd_list,
    "check": _cmd_check,
    "deadlines": _cmd_deadlines,
}


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
