"""Commands over the forløb as a whole: `demo`, `list`, `deadlines` and `findings`."""

from __future__ import annotations

import argparse
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import TextIO

from taskforce_app.cli.output import EXIT_OK, UsageError, iso_date, print_table, write_json
from taskforce_app.cli.parsing import Command, add_engagement_option, add_json_option
from taskforce_app.cli.wording import danish_date, language_of, say, text, texts
from taskforce_app.domain.findings import RecommendationView
from taskforce_app.domain.labels import (
    RECOMMENDATION_STATUS_LABELS,
    SEVERITY_LABELS,
    TRACK_LABELS,
    health_label,
    phase_label,
)
from taskforce_app.domain.text import N_

MAX_DAYS_AHEAD = 36_500
"""How far ahead `deadlines --days` may look (100 years; further overflows a date)."""


def _existing_file(target: str) -> Path | None:
    """The database file `target` names, if it is an existing file (not a server URL)."""
    if "://" in target and not target.startswith("sqlite"):
        return None
    path = Path(target.removeprefix("sqlite:///")).expanduser().absolute()
    return path if path.is_file() else None


def _demo_arguments(demo: argparse.ArgumentParser) -> None:
    demo.add_argument("--force", action="store_true", help=N_("overwrite an existing file"))


def _run_demo(args: argparse.Namespace, out: TextIO) -> int:
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
    message = N_(
        "Demo database written: {location} ({engagements} engagements, {cases} cases, "
        "{assessments} assessments)"
    )
    say(
        out,
        message,
        language_of(args),
        location=summary.location,
        engagements=summary.engagements,
        cases=summary.cases,
        assessments=summary.assessments,
    )
    return EXIT_OK


def _list_arguments(listing: argparse.ArgumentParser) -> None:
    add_json_option(listing)
    listing.add_argument("--all", action="store_true", help=N_("include deleted engagements"))


def _run_list(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    with closing(open_context(args.db)) as context:
        rows = context.overview.rows()
        deleted = context.engagements.summaries(include_deleted=True) if args.all else []
    live_ids = {row.id for row in rows}
    deleted = [row for row in deleted if row.id not in live_ids]
    language = language_of(args)
    if args.json:
        payload: list[dict[str, object]] = [
            {
                "id": str(row.id),
                "title": row.title,
                "municipality_code": row.municipality_code,
                "municipality": row.municipality_name,
                "region": row.region.value,
                "phase": row.phase.value,
                "start_date": iso_date(row.start_date),
                "planned_end_date": iso_date(row.planned_end_date),
                "month_of_plan": row.month_of_plan,
                "health": row.health.value,
                "next_milestone": row.next_milestone or None,
                "next_milestone_date": iso_date(row.next_milestone_on),
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
        write_json(out, payload)
        return EXIT_OK
    header = texts(
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
            f"{danish_date(row.next_milestone_on)} {row.next_milestone}".strip(),
        )
        for row in rows
    ]
    print_table(out, header, table)
    say(out, N_("{count} engagements"), language, count=len(rows))
    return EXIT_OK


def days_ahead(value: str) -> int:
    """A `--days` value: a whole number from 0 to MAX_DAYS_AHEAD."""
    try:
        days = int(value)
    except ValueError:
        days = -1
    if not 0 <= days <= MAX_DAYS_AHEAD:
        raise UsageError(
            detail=N_("--days must be a whole number from 0 to {maximum}, not '{value}'"),
            maximum=MAX_DAYS_AHEAD,
            value=value[:20],
        )
    return days


def _deadlines_arguments(deadlines: argparse.ArgumentParser) -> None:
    deadlines.add_argument(
        "--consultant", required=True, metavar=N_("INITIALS"), help=N_("the consultant's initials")
    )
    deadlines.add_argument(
        "--days",
        type=days_ahead,
        default=30,
        metavar=N_("DAYS"),
        help=N_("how far ahead (default 30)"),
    )
    add_json_option(deadlines)


def _run_deadlines(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    if args.days < 0:
        raise UsageError(detail=N_("--days must be 0 or more"))
    with closing(open_context(args.db)) as context:
        found = context.overview.deadlines(args.consultant, days=args.days)
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
        write_json(out, payload)
        return EXIT_OK
    language = language_of(args)
    kinds = {"milestone": N_("Milestone"), "recommendation": N_("Recommendation")}
    table = [
        (
            danish_date(item.due_on),
            text(N_("{days} days overdue"), language, days=-item.days_left)
            if item.overdue
            else text(N_("in {days} days"), language, days=item.days_left),
            text(kinds[item.kind.value], language),
            item.municipality_name,
            item.title if len(item.title) <= 70 else item.title[:69] + "…",
        )
        for item in found
    ]
    headers = (N_("Due"), N_("Status"), N_("Type"), N_("Municipality"), N_("What"))
    print_table(out, texts(language, *headers), table)
    summary = N_("{count} deadlines in the next {days} days (overdue first)")
    say(out, summary, language, count=len(found), days=args.days)
    return EXIT_OK


def _findings_arguments(findings: argparse.ArgumentParser) -> None:
    add_engagement_option(findings)
    add_json_option(findings)


def _recommendation_json(rec: RecommendationView) -> dict[str, object]:
    """A recommendation with its status history, as `findings --json` shows it."""
    return {
        "id": str(rec.id),
        "text": rec.text,
        "owner": rec.owner,
        "due_date": iso_date(rec.due_on),
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


def _run_findings(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    with closing(open_context(args.db)) as context:
        engagement_id = context.engagements.resolve(args.engagement)
        findings = context.findings.findings(engagement_id)
        recommendations = context.recommendations.for_engagement(engagement_id)
    by_finding: dict[object, list[RecommendationView]] = {}
    for rec in recommendations:
        by_finding.setdefault(rec.finding_id, []).append(rec)
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
                    "recommendations": [_recommendation_json(r) for r in by_finding.get(f.id, [])],
                }
                for f in findings
            ],
            "standalone_recommendations": [
                _recommendation_json(r) for r in by_finding.get(None, [])
            ],
        }
        write_json(out, payload)
        return EXIT_OK
    language = language_of(args)
    for finding in findings:
        evidence = text(
            N_("{shown} of {assessed} cases"),
            language,
            shown=finding.shown_in,
            assessed=finding.assessed_in,
        )
        codes = ", ".join(c.code for c in finding.criteria) or text(N_("no requirements"), language)
        print(
            f"[{SEVERITY_LABELS.label(finding.severity, language)}] {finding.title} "
            f"({TRACK_LABELS.label(finding.track, language)}; {evidence}; {codes})",
            file=out,
        )
        for rec in by_finding.get(finding.id, []):
            status = RECOMMENDATION_STATUS_LABELS.label(rec.status, language)
            print(f"    - {status:<15} {danish_date(rec.due_on):<10} {rec.text}", file=out)
    summary = N_("{findings} findings, {recommendations} recommendations")
    say(out, summary, language, findings=len(findings), recommendations=len(recommendations))
    return EXIT_OK


DEMO = Command(
    "demo",
    N_("write a realistic demo database (pseudonymous, no CPR numbers)"),
    _demo_arguments,
    _run_demo,
)
LIST = Command("list", N_("list the engagements"), _list_arguments, _run_list)
FINDINGS = Command(
    "findings",
    N_("an engagement's findings with their recommendations and statuses"),
    _findings_arguments,
    _run_findings,
)
DEADLINES = Command(
    "deadlines",
    N_("a consultant's milestones and recommendations due soon"),
    _deadlines_arguments,
    _run_deadlines,
)
