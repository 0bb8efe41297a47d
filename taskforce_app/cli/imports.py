"""Files in: `import-cases`, `import-returned` and `import-statistics`."""

from __future__ import annotations

import argparse
from contextlib import closing
from pathlib import Path
from typing import TextIO

from taskforce_app.cli.output import EXIT_OK
from taskforce_app.cli.parsing import Command, add_engagement_option
from taskforce_app.cli.wording import language_of, say, text
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.labels import RECOMMENDATION_STATUS_LABELS
from taskforce_app.domain.text import N_


def _import_cases_arguments(import_cases: argparse.ArgumentParser) -> None:
    add_engagement_option(import_cases)
    import_cases.add_argument("file", metavar=N_("FILE"), help=N_("the case list"))
    import_cases.add_argument("--sheet", metavar=N_("NAME"), help=N_("the sheet to read (xlsx)"))


def _run_import_cases(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context
    from taskforce_app.importers.case_list import iter_problem_messages

    path = Path(args.file)
    with closing(open_context(args.db, actor="cli", lock=True)) as context:
        engagement_id = context.engagements.resolve(args.engagement)
        outcome, _ = context.case_lists.import_file(engagement_id, path, sheet_name=args.sheet)
    report = outcome.report
    language = language_of(args)
    for line in iter_problem_messages(report, language):
        print(line, file=out)
    summary = N_(
        "{file}: {rows} rows read, {stored} cases imported, {refused} refused. "
        "Fingerprint {fingerprint}…"
    )
    say(
        out,
        summary,
        language,
        file=report.file_name,
        rows=report.rows_read,
        stored=outcome.stored,
        refused=report.refused_count,
        fingerprint=report.fingerprint[:16],
    )
    if outcome.stored == 0:
        raise UserError("case_list.nothing_valid", file=report.file_name)
    return EXIT_OK


def _import_returned_arguments(returned: argparse.ArgumentParser) -> None:
    returned.add_argument("file", metavar=N_("FILE"), help=N_("the filled-in workbook"))
    returned.add_argument("--dry-run", action="store_true", help=N_("show the changes, apply none"))
    returned.add_argument(
        "--engagement",
        metavar=N_("ID_OR_MUNICIPALITY"),
        help=N_("refuse a workbook of another engagement"),
    )
    returned.add_argument(
        "--skip-problems", action="store_true", help=N_("apply the valid rows even if some are not")
    )


def _run_import_returned(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    with closing(open_context(args.db, actor="kommunen", lock=not args.dry_run)) as context:
        expected = None if args.engagement is None else context.engagements.resolve(args.engagement)
        result = context.workbooks.apply_returned(
            Path(args.file),
            dry_run=args.dry_run,
            engagement_id=expected,
            skip_problem_rows=args.skip_problems,
        )
    preview = result.preview
    language = language_of(args)
    for change in preview.changes:
        line = text(
            N_("Row {row}: {old} → {new}  {text}"),
            language,
            row=change.excel_row,
            old=RECOMMENDATION_STATUS_LABELS.label(change.old_status, language),
            new=RECOMMENDATION_STATUS_LABELS.label(change.new_status, language),
            text=change.text[:60],
        )
        note = text(N_("  (note: {note})"), language, note=change.note) if change.note else ""
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
    blocked = text(N_(" — nothing applied"), language) if result.blocked else ""
    counts = {"changed": result.changed, "unchanged": result.unchanged}
    print(
        text(
            summary, language, municipality=preview.municipality, problems=result.problems, **counts
        )
        + blocked,
        file=out,
    )
    if result.blocked:
        raise UserError("returned.blocked", count=result.problems)
    return EXIT_OK


def _import_statistics_arguments(statistics: argparse.ArgumentParser) -> None:
    statistics.add_argument("file", metavar=N_("FILE"), help=N_("the CSV file"))
    statistics.add_argument(
        "--table", metavar=N_("CODE"), help=N_("the table, if the file does not say")
    )


def _run_import_statistics(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    with closing(open_context(args.db, actor="cli", lock=True)) as context:
        report = context.key_figures.import_file(Path(args.file), table_code=args.table)
    language = language_of(args)
    for problem in report.problems:
        print(problem.message(language), file=out)
    summary = N_(
        "{file} ({table}): {rows} rows read, {inserted} new and {replaced} replaced values, "
        "{suppressed} suppressed (..), {problems} problems"
    )
    counts = {"inserted": report.inserted, "replaced": report.replaced}
    say(
        out,
        summary,
        language,
        file=report.file_name,
        table=report.table_code,
        rows=report.rows_read,
        suppressed=report.suppressed,
        problems=len(report.problems),
        **counts,
    )
    if report.imported == 0:
        raise UserError("statistics.nothing_imported", file=report.file_name)
    return EXIT_OK


IMPORT_CASES = Command(
    "import-cases",
    N_("import a municipality's case list (.xlsx or .csv)"),
    _import_cases_arguments,
    _run_import_cases,
)
IMPORT_RETURNED = Command(
    "import-returned",
    N_("apply a workbook the municipality filled in"),
    _import_returned_arguments,
    _run_import_returned,
)
IMPORT_STATISTICS = Command(
    "import-statistics",
    N_("import a Statistikbanken CSV (UND1, ANBAAR …)"),
    _import_statistics_arguments,
    _run_import_statistics,
)
