"""The management workbook across all forløb, streamed with openpyxl's write-only mode.

The Vurderinger sheet holds every answer of every round and can run to hundreds of thousands
of rows, so the whole workbook is written row by row and never held in memory.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import cast

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from taskforce_app.domain.enums import Answer
from taskforce_app.domain.labels import (
    ANSWER_LABELS,
    PEJLEMAERKE_LABELS,
    TRACK_LABELS,
    health_label,
    phase_label,
)
from taskforce_app.domain.text import N_, Language
from taskforce_app.domain.workbook_models import (
    DATE_FORMAT,
    FORMAT_VERSION,
    PERCENT_FORMAT,
    PORTFOLIO_FORMAT_ID,
    AssessmentLine,
    PortfolioWorkbook,
    Sheets,
    workbook_text,
)
from taskforce_app.exporters.atomic import Cancelled, Progress, raise_if_cancelled, write_atomically
from taskforce_app.exporters.xlsx_style import (
    HEADER_FILL,
    HEADER_FONT,
    MAX_WIDTH,
    TOP,
    WRAP,
    add_table,
    clean_text,
    naive,
    print_setup,
    row_height,
)

BATCH = 2_000
"""Assessment rows written between checks for cancellation and progress reports."""

PORTFOLIO_HEADERS = (
    N_("Municipality"),
    N_("Region"),
    N_("Engagement"),
    N_("Phase"),
    N_("Start date"),
    N_("Planned end"),
    N_("Month (of 24)"),
    N_("Status of the plan"),
    N_("Overdue milestones"),
    N_("Findings, critical"),
    N_("Findings, significant"),
    N_("Findings, minor"),
    N_("Open recommendations"),
    N_("Recommendations in total"),
    N_("Latest measurement"),
    N_("Legal: met"),
    N_("Social work: sufficient"),
    N_("Id"),
)
ASSESSMENT_HEADERS = (
    N_("Municipality"),
    N_("Engagement"),
    N_("Round"),
    N_("Case no."),
    N_("Requirement"),
    N_("Answer"),
)


def write_portfolio_workbook(
    data: PortfolioWorkbook,
    assessments: Iterable[AssessmentLine],
    target: Path,
    *,
    assessment_count: int | None = None,
    cancelled: Cancelled | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the portfolio workbook to `target` atomically, streaming `assessments`.

    Args:
        data: one row per forløb and the results per requirement across forløb.
        assessments: every answer, in the order they should appear (read once).
        target: the file to write.
        assessment_count: the number of assessments if known, for progress reports.
        cancelled: checked between sheets and every `BATCH` rows.
        progress: called with (rows done, rows in all).

    Raises:
        OperationCancelledError: cancelled; nothing is left at the target.
        UserError: the target cannot be written.
    """

    def write(partial: Path) -> None:
        workbook = Workbook(write_only=True)
        try:
            _write_sheets(workbook, data, assessments, assessment_count, cancelled, progress)
            workbook.save(partial)
        except BaseException:
            _discard(workbook)
            raise

    return write_atomically(Path(target), write, cancelled=cancelled)


def _write_sheets(
    workbook: Workbook,
    data: PortfolioWorkbook,
    assessments: Iterable[AssessmentLine],
    assessment_count: int | None,
    cancelled: Cancelled | None,
    progress: Progress | None,
) -> None:
    workbook.properties.creator = "Task Force Tracker"
    workbook.properties.title = workbook_text(data.language)(N_("Task Force: portfolio overview"))
    total = len(data.rows) + len(data.requirements) + (assessment_count or 0)
    _portfolio_sheet(workbook, data)
    raise_if_cancelled(cancelled)
    _results_sheet(workbook, data)
    raise_if_cancelled(cancelled)
    done = len(data.rows) + len(data.requirements)
    if progress is not None:
        progress(done, total)
    written = _assessment_sheet(
        workbook, assessments, data.language, cancelled, progress, done, total
    )
    _manifest_sheet(workbook, data, written)
    raise_if_cancelled(cancelled)


def _discard(workbook: Workbook) -> None:
    """Close the streamed sheets of an abandoned workbook and delete their temporary files.

    openpyxl streams each write-only sheet to a temporary file that only `save` removes; this
    reaches into its writer because there is no public way to abandon a workbook.
    """
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            sheet.close()
        with contextlib.suppress(OSError):
            writer.cleanup()


def _portfolio_sheet(workbook: Workbook, data: PortfolioWorkbook) -> None:
    language = data.language
    _ = workbook_text(language)
    sheet = workbook.create_sheet(_(Sheets.PORTFOLIO))
    _widths(sheet, [20, 20, 36, 15, 12, 13, 13, 16, 12, 11, 12, 11, 12, 12, 15, 14, 16, 38])
    cast(Worksheet, sheet).column_dimensions[
        get_column_letter(len(PORTFOLIO_HEADERS))
    ].hidden = True
    sheet.freeze_panes = "B2"
    print_setup(sheet, title_rows=1)
    sheet.append(_header(sheet, [_(name) for name in PORTFOLIO_HEADERS]))
    for row in data.rows:
        sheet.append(
            [
                _text(sheet, row.municipality),
                _text(sheet, row.region.removeprefix("Region ")),
                _text(sheet, row.title),
                phase_label(row.phase, language),
                _date(sheet, row.start_date),
                _date(sheet, row.planned_end_date),
                row.month_of_plan,
                health_label(row.health, language),
                row.overdue_milestones,
                row.critical_findings,
                row.significant_findings,
                row.minor_findings,
                row.open_recommendations,
                row.recommendations,
                _text(sheet, row.latest_round),
                _share(sheet, row.legal_share),
                _share(sheet, row.quality_share),
                str(row.engagement_id),
            ]
        )
    add_table(sheet, "Portefoelje", 1, [_(name) for name in PORTFOLIO_HEADERS], len(data.rows))


def _results_sheet(workbook: Workbook, data: PortfolioWorkbook) -> None:
    language = data.language
    _ = workbook_text(language)
    sheet = workbook.create_sheet(_(Sheets.RESULTS))
    fixed = (_("Requirement"), _("Track"), _("Pejlemærke"))
    columns = unique_headers(data.result_columns, reserved=fixed, fallback=_("Engagement"))
    headers = (*fixed, _("Question"), *columns)
    widths = [16, 13, 18, 60, *[max(12.0, min(len(c) + 2.0, 24.0)) for c in columns]]
    _widths(sheet, widths)
    sheet.freeze_panes = "E2"
    print_setup(sheet, title_rows=1)
    sheet.append(_header(sheet, headers))
    for row, item in enumerate(data.requirements, start=2):
        texts = [
            item.codes,
            TRACK_LABELS.label(item.track, language),
            PEJLEMAERKE_LABELS.label(item.pejlemaerke, language),
        ]
        sheet.row_dimensions[row].height = row_height([*texts, item.question], widths)
        question = _text(sheet, item.question)
        question.alignment = WRAP
        sheet.append(
            [
                *(_top(sheet, text) for text in texts),
                question,
                *(_share(sheet, share) for share in item.shares),
            ]
        )
    add_table(sheet, "Resultater_pr_krav", 1, headers, len(data.requirements))


def _assessment_sheet(
    workbook: Workbook,
    assessments: Iterable[AssessmentLine],
    language: Language,
    cancelled: Cancelled | None,
    progress: Progress | None,
    done: int,
    total: int,
) -> int:
    _ = workbook_text(language)
    sheet = workbook.create_sheet(_(Sheets.ASSESSMENTS))
    _widths(sheet, [20, 34, 16, 20, 10, 18])
    sheet.freeze_panes = "A2"
    print_setup(sheet, title_rows=1)
    headers = [_(name) for name in ASSESSMENT_HEADERS]
    sheet.append(_header(sheet, headers))
    append = sheet.append
    answer_text: dict[Answer | None, str] = {None: ""}
    for answer_key, answer_label in ANSWER_LABELS.labels(language).items():
        answer_text[answer_key] = answer_label
    written = 0
    for municipality, engagement, round_name, case_ref, code, answer in assessments:
        append(
            [
                _plain(sheet, municipality),
                _plain(sheet, engagement),
                _plain(sheet, round_name),
                _plain(sheet, case_ref),
                _plain(sheet, code),
                answer_text[answer],
            ]
        )
        written += 1
        if written % BATCH == 0:
            raise_if_cancelled(cancelled)
            if progress is not None:
                progress(done + written, max(total, done + written))
    add_table(sheet, "Alle_vurderinger", 1, headers, written)
    if progress is not None:
        progress(done + written, done + written)
    return written


def _manifest_sheet(workbook: Workbook, data: PortfolioWorkbook, assessments: int) -> None:
    sheet = workbook.create_sheet(Sheets.MANIFEST)
    sheet.sheet_state = "veryHidden"
    stamp = naive(data.exported_at)
    for key, value in (
        ("format", PORTFOLIO_FORMAT_ID),
        ("format_version", str(FORMAT_VERSION)),
        ("exported_at", data.exported_at.isoformat()),
        ("exported_local", stamp.isoformat() if stamp else ""),
        ("app_version", data.app_version),
        ("language", data.language),
        ("engagements", str(len(data.rows))),
        ("assessments", str(assessments)),
    ):
        sheet.append([key, _text(sheet, value)])


def unique_headers(
    labels: Sequence[str], *, reserved: Sequence[str] = (), fallback: str = "Forløb"
) -> tuple[str, ...]:
    """Labels made unique (Excel table headers must be): repeats get " (2)", " (3)", …; an
    empty label becomes `fallback`."""
    seen = {text.casefold() for text in reserved}
    result = []
    for label in labels:
        candidate = clean_text(label).strip() or fallback
        number = 1
        base = candidate
        while candidate.casefold() in seen:
            number += 1
            candidate = f"{base} ({number})"
        seen.add(candidate.casefold())
        result.append(candidate)
    return tuple(result)


# -- cells -----------------------------------------------------------------------------------------


def _header(sheet: WriteOnlyWorksheet, headers: Sequence[str]) -> list[Cell]:
    cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=clean_text(text))
        cell.data_type = "s"
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cells.append(cell)
    return cells


def _plain(sheet: WriteOnlyWorksheet, value: str) -> str | Cell:
    """Text as is in the common case; a text cell when it would read as a formula or is dirty."""
    if value[:1] == "=":
        return _text(sheet, value)
    return clean_text(value)


def _text(sheet: WriteOnlyWorksheet, value: str) -> Cell:
    cell = WriteOnlyCell(sheet, value=clean_text(value))
    cell.data_type = "s"
    return cell


def _top(sheet: WriteOnlyWorksheet, value: str) -> Cell:
    cell = _text(sheet, value)
    cell.alignment = TOP
    return cell


def _date(sheet: WriteOnlyWorksheet, value: date | datetime | None) -> Cell | None:
    if value is None:
        return None
    moment = naive(value) if isinstance(value, datetime) else datetime.combine(value, time())
    cell = WriteOnlyCell(sheet, value=moment)
    cell.number_format = DATE_FORMAT
    return cell


def _share(sheet: WriteOnlyWorksheet, value: float | None) -> Cell | None:
    if value is None:
        return None
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = PERCENT_FORMAT
    return cell


def _widths(sheet: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
    for index, width in enumerate(widths, start=1):
        cast(Worksheet, sheet).column_dimensions[get_column_letter(index)].width = min(
            width, MAX_WIDTH
        )
