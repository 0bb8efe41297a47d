"""`export`: a forløb's PDF, workbook or written report, the portfolio, or a calendar file."""

from __future__ import annotations

import argparse
from contextlib import closing
from pathlib import Path
from typing import TextIO

from taskforce_app.cli.output import EXIT_OK, UsageError
from taskforce_app.cli.parsing import Command
from taskforce_app.cli.wording import language_of, say, written
from taskforce_app.domain.text import N_


def _export_arguments(export: argparse.ArgumentParser) -> None:
    export.add_argument(
        "kind",
        choices=["pdf", "docx", "xlsx", "portfolio", "ics"],
        help=N_("what to write"),
    )
    export.add_argument(
        "--engagement",
        metavar=N_("ID_OR_MUNICIPALITY"),
        help=N_("the engagement to write about"),
    )
    export.add_argument(
        "-o", "--output", required=True, metavar=N_("FILE"), help=N_("the file to write")
    )
    export.add_argument(
        "--sections",
        metavar=N_("LIST"),
        help=N_("pdf only: comma-separated sections (default: all)"),
    )
    export.add_argument(
        "--report",
        choices=["analyse", "status"],
        help=N_("docx or pdf: the written analyserapport or statusrapport (required for docx)"),
    )
    export.add_argument(
        "--template",
        metavar="DOCX",
        help=N_("docx only: a Word template (default: the shipped one)"),
    )
    export.add_argument(
        "--consultant", metavar=N_("INITIALS"), help=N_("ics only: one consultant's")
    )
    export.add_argument(
        "--meeting-time",
        metavar="HH:MM",
        help=N_("ics only: meetings as timed events (Danish time)"),
    )
    export.add_argument(
        "--meeting-minutes", type=int, default=120, metavar="N", help=N_("ics only: meeting length")
    )


def _run_export(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    target = Path(args.output).expanduser().absolute()
    if args.kind == "ics":
        return _export_ics(args, target, out)
    if args.kind == "docx" or args.report:
        return _export_written_report(args, target, out)
    if args.kind != "portfolio" and not args.engagement:
        raise UsageError(detail=N_("export {kind} needs --engagement ID"), kind=args.kind)
    language = language_of(args)
    with closing(open_context(args.db)) as context:
        if args.kind == "portfolio":
            path = context.workbooks.export_portfolio(target, language=language)
        else:
            engagement_id = context.engagements.resolve(args.engagement)
            if args.kind == "xlsx":
                path = context.workbooks.export_engagement(engagement_id, target, language=language)
            else:
                from taskforce_app.domain.report_models import ReportOptions

                options = (
                    None
                    if not args.sections
                    else ReportOptions.from_names(
                        [name.strip() for name in args.sections.split(",") if name.strip()]
                    )
                )
                path = context.reports.export_pdf(
                    engagement_id, target, options=options, language=language
                )
    print(written(path, language), file=out)
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
    language = language_of(args)
    with closing(open_context(args.db)) as context:
        engagement_id = context.engagements.resolve(args.engagement)
        authoring = context.report_authoring
        report_type = ReportType(args.report)
        if args.kind == "docx":
            path = authoring.export_docx(
                engagement_id, report_type, target, template=template, language=language
            )
        else:
            path = authoring.export_pdf(engagement_id, report_type, target, language=language)
    print(written(path, language), file=out)
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
    language = language_of(args)
    with closing(open_context(args.db)) as context:
        engagement_id = (
            None if args.engagement is None else context.engagements.resolve(args.engagement)
        )
        path, count = context.calendar.export_ics(
            target,
            consultant=args.consultant,
            engagement_id=engagement_id,
            meeting_time=meeting,
            language=language,
        )
    say(out, N_("Written: {path} ({count} events)"), language, path=path, count=count)
    return EXIT_OK


EXPORT = Command(
    "export",
    N_("write a report: pdf, docx, xlsx or ics per engagement, or the portfolio"),
    _export_arguments,
    _run_export,
)
