"""Retention of case data: `purge` a forløb's cases, `retention` period and what is due."""

from __future__ import annotations

import argparse
from contextlib import closing
from datetime import date
from typing import TextIO

from taskforce_app.cli.output import EXIT_OK, iso_date, print_table, write_json
from taskforce_app.cli.parsing import Command, add_engagement_option, add_json_option
from taskforce_app.cli.wording import danish_date, language_of, say, text, texts
from taskforce_app.domain.text import N_


def _purge_arguments(purge: argparse.ArgumentParser) -> None:
    add_engagement_option(purge)
    purge.add_argument("--early", action="store_true", help=N_("before the period is over"))
    purge.add_argument(
        "--reason", default="", metavar=N_("TEXT"), help=N_("why (required with --early)")
    )
    purge.add_argument(
        "--dry-run", action="store_true", help=N_("show what would go, delete nothing")
    )
    add_json_option(purge)


def _run_purge(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    with closing(open_context(args.db, actor="cli", lock=not args.dry_run)) as context:
        engagement_id = context.engagements.resolve(args.engagement)
        result = context.retention.purge(
            engagement_id, early=args.early, reason=args.reason, dry_run=args.dry_run
        )
        stale = [] if args.dry_run else context.retention.backups_to_delete()
    if args.json:
        write_json(out, {**result.to_json(), "backups_to_delete": [str(b.path) for b in stale]})
        return EXIT_OK
    language = language_of(args)
    purged = (
        N_("Would delete (--dry-run, nothing deleted): case data of {title}")
        if args.dry_run
        else N_("Deleted: case data of {title}")
    )
    say(out, purged, language, title=result.title)
    rows = [(k, str(v)) for k, v in result.counts.items()]
    print_table(out, texts(language, N_("Table"), N_("Rows")), rows)
    if stale:
        stale_note = N_("Backups from before the deletion that should be deleted:")
        say(out, stale_note, language)
        for info in stale:
            print(f"  {info.path}", file=out)
    return EXIT_OK


def _retention_arguments(retention: argparse.ArgumentParser) -> None:
    retention.add_argument("--years", metavar="N", help=N_("set the period (team leads only)"))
    retention.add_argument(
        "--as", dest="as_initials", metavar=N_("INITIALS"), help=N_("who sets it")
    )
    add_json_option(retention)


def _run_retention(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    with closing(open_context(args.db, actor="cli", lock=args.years is not None)) as context:
        if args.years is not None:
            context.retention.set_years(args.years, by=args.as_initials)
        years = context.retention.years()
        statuses = context.retention.statuses()
    today = date.today()
    if args.json:
        payload = {
            "years": years,
            "engagements": [
                {
                    "id": str(s.engagement_id),
                    "title": s.title,
                    "actual_end": iso_date(s.actual_end),
                    "due": iso_date(s.due),
                    "is_due": s.is_due(today),
                    "cases": s.case_count,
                    "purged_at": None if s.purged_at is None else s.purged_at.isoformat(),
                }
                for s in statuses
            ],
        }
        write_json(out, payload)
        return EXIT_OK
    language = language_of(args)
    period = N_("Retention period: {years} years after the engagement's actual end date")
    say(out, period, language, years=years)
    due = [s for s in statuses if s.is_due(today)]
    say(out, N_("Case data due for deletion: {count} engagements"), language, count=len(due))
    rows = [
        (
            s.title,
            danish_date(s.actual_end) or text(N_("not closed"), language),
            danish_date(s.due),
            str(s.case_count),
            text(N_("deleted {date}"), language, date=danish_date(s.purged_at.date()))
            if s.purged_at is not None
            else (text(N_("due for deletion"), language) if s.is_due(today) else ""),
        )
        for s in statuses
    ]
    headers = texts(
        language, N_("Engagement"), N_("Ended"), N_("To be deleted"), N_("Cases"), N_("Status")
    )
    print_table(out, headers, rows)
    return EXIT_OK


PURGE = Command(
    "purge",
    N_("delete an engagement's case data when its retention period is over"),
    _purge_arguments,
    _run_purge,
)
RETENTION = Command(
    "retention",
    N_("the retention period and the engagements due for purging"),
    _retention_arguments,
    _run_retention,
)
