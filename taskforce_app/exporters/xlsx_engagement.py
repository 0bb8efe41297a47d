"""The workbook of one forløb: overview, plan, sample, assessments, results, findings and the
recommendations the municipality can fill in and send back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from taskforce_app.domain.benchmarks import benchmark_caption, benchmark_law_text
from taskforce_app.domain.enums import Answer, SampledCaseStatus, Severity, Track
from taskforce_app.domain.findings import RecommendationView
from taskforce_app.domain.labels import (
    ANSWER_LABELS,
    LAW_LABELS,
    MILESTONE_STATUS_LABELS,
    PEJLEMAERKE_LABELS,
    RECOMMENDATION_STATUS_LABELS,
    ROLE_LABELS,
    ROUND_KIND_LABELS,
    SAMPLED_STATUS_LABELS,
    SAMPLING_METHOD_LABELS,
    SEVERITY_LABELS,
    TRACK_LABELS,
    health_label,
    phase_label,
)
from taskforce_app.domain.result_lines import result_lines
from taskforce_app.domain.result_tables import Figure
from taskforce_app.domain.text import N_, Language
from taskforce_app.domain.workbook_models import (
    FORMAT_ID,
    FORMAT_VERSION,
    NO,
    OTHER_LAW,
    PERCENT_FORMAT,
    POINTS_FORMAT,
    YES,
    EngagementWorkbook,
    RecommendationColumns,
    Sheets,
    latest_round,
    pooled_share,
    recommendation_fingerprint,
    workbook_text,
)
from taskforce_app.exporters.atomic import Cancelled, Progress, raise_if_cancelled, write_atomically
from taskforce_app.exporters.xlsx_style import (
    LABEL_FONT,
    LEFT,
    SECTION_FONT,
    TITLE_FONT,
    TOP,
    WRAP,
    CellValue,
    add_table,
    fit_width,
    header_row,
    hide_columns,
    naive,
    print_setup_workbook,
    put,
    set_widths,
)

CANCEL_EVERY = 200
"""Rows written between checks for cancellation."""

INDENTED = Alignment(indent=1, vertical="top")
"""A requirement's line per law, under its total line."""

_SHEETS = 8
_FINDING_COUNT_LABELS = {
    Severity.CRITICAL: N_("Findings, critical"),
    Severity.SIGNIFICANT: N_("Findings, significant"),
    Severity.MINOR: N_("Findings, minor"),
}


def write_engagement_workbook(
    data: EngagementWorkbook,
    target: Path,
    *,
    cancelled: Cancelled | None = None,
    progress: Progress | None = None,
    before_replace: Callable[[], None] | None = None,
) -> Path:
    """Write the forløb's workbook to `target` atomically (see `atomic.write_atomically`);
    `before_replace` runs once the file is complete, just before it is moved into place.

    Raises:
        OperationCancelledError: cancelled; nothing is left at the target.
        UserError: the target cannot be written.
    """

    def write(partial: Path) -> None:
        workbook = build_engagement_workbook(data, cancelled=cancelled, progress=progress)
        workbook.save(partial)

    return write_atomically(Path(target), write, cancelled=cancelled, before_replace=before_replace)


def build_engagement_workbook(
    data: EngagementWorkbook,
    *,
    cancelled: Cancelled | None = None,
    progress: Progress | None = None,
) -> Workbook:
    """The workbook in memory (small: a forløb has tens of cases and recommendations)."""
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    workbook.properties.creator = "Task Force Tracker"
    _ = workbook_text(data.language)
    workbook.properties.title = _("Task Force engagement: {municipality}").format(
        municipality=data.engagement.municipality.name
    )
    steps = (
        _overview,
        _milestones,
        _sample,
        _assessments,
        _results,
        _findings,
        _recommendations,
        _manifest,
    )
    for done, step in enumerate(steps, start=1):
        raise_if_cancelled(cancelled)
        step(workbook, data, cancelled)
        if progress is not None:
            progress(done, _SHEETS)
    print_setup_workbook(workbook)
    workbook.active = 0
    return workbook


# -- sheets ----------------------------------------------------------------------------------------


def _overview(workbook: Workbook, data: EngagementWorkbook, _cancelled: Cancelled | None) -> None:
    language = data.language
    _ = workbook_text(language)
    sheet = workbook.create_sheet(_(Sheets.OVERVIEW))
    detail = data.engagement
    municipality = detail.municipality
    title = _("Task Force engagement: {municipality}").format(municipality=municipality.name)
    put(sheet, 1, 1, title).font = TITLE_FONT
    put(
        sheet,
        2,
        1,
        _("Exported {when} from Task Force Tracker {version}").format(
            when=_stamp(data.exported_at), version=data.app_version
        ),
    )
    overview = data.overview
    team = "; ".join(
        f"{m.name} ({m.initials}), {ROLE_LABELS.label(m.role, language).lower()}" for m in data.team
    )
    contacts = "; ".join(f"{c.name} ({c.title})" if c.title else c.name for c in data.contacts)
    month = overview.month_of_plan if overview is not None else None
    severity = data.findings_by_severity()
    kind, latest_name = latest_round(data.results)
    answered = sum(r.round.answered for r in data.rounds)
    expected = sum(r.round.expected for r in data.rounds)
    sections: list[tuple[str, list[tuple[str, CellValue]]]] = [
        (
            _("The engagement"),
            [
                (_("Municipality"), municipality.name),
                (_("Municipality code"), municipality.code),
                (_("Region"), municipality.region.value),
                (_("Engagement"), detail.title),
                (_("Phase"), phase_label(detail.phase, language)),
                (_("Start date"), detail.start_date),
                (_("Planned end"), detail.planned_end_date),
                (_("Actual end"), detail.actual_end_date),
                (_("Month of the engagement (of 24)"), month),
                (
                    _("Status of the plan"),
                    health_label(overview.health, language) if overview else "",
                ),
                (_("Team"), team),
                (_("The municipality's contact persons"), contacts),
            ],
        ),
        (
            _("Key figures"),
            [
                (_("Milestones in total"), len(data.milestones)),
                (_("Milestones done"), sum(1 for m in data.milestones if m.actual_on)),
                (_("Milestones overdue"), data.overdue_milestones),
                (_("Review rounds"), len(data.rounds)),
                (_("Cases in the samples"), sum(r.round.sampled_cases for r in data.rounds)),
                (_("Assessments given"), answered),
                (_("Assessments in total"), expected),
                *[(_(_FINDING_COUNT_LABELS[item]), count) for item, count in severity.items()],
                (_("Recommendations in total"), len(data.recommendations)),
                (_("Open recommendations"), data.open_recommendations),
            ],
        ),
        (
            _("Results, latest measurement"),
            [
                (_("Measurement"), latest_name or _("None yet")),
                (_("Legal requirements met"), pooled_share(data.results, Track.JURIDISK, kind)),
                (
                    _("Social work points sufficient or better"),
                    pooled_share(data.results, Track.SOCIALFAGLIG, kind),
                ),
            ],
        ),
    ]
    shares = {_("Legal requirements met"), _("Social work points sufficient or better")}
    row = 4
    for title, pairs in sections:
        put(sheet, row, 1, title).font = SECTION_FONT
        row += 1
        for label, value in pairs:
            put(sheet, row, 1, label).font = LABEL_FONT
            cell = put(sheet, row, 2, value, PERCENT_FORMAT if label in shares else "")
            cell.alignment = WRAP if isinstance(value, str) else LEFT
            row += 1
        row += 1
    put(sheet, row, 1, _("About the workbook")).font = SECTION_FONT
    put(
        sheet,
        row + 1,
        1,
        _(
            "The municipality can fill in the columns Status and Note in the sheet "
            "Recommendations and send the workbook back to the Task Force. Do not change the "
            "recommendations' text or deadline, and do not delete the hidden columns: then the "
            "workbook cannot be read back."
        ),
    ).alignment = WRAP
    sheet.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=2)
    sheet.row_dimensions[row + 1].height = 48
    set_widths(sheet, [32, 70])


def _milestones(workbook: Workbook, data: EngagementWorkbook, _cancelled: Cancelled | None) -> None:
    _ = workbook_text(data.language)
    sheet = workbook.create_sheet(_(Sheets.MILESTONES))
    headers = [
        _("Milestone"),
        _("Phase"),
        _("Planned date"),
        _("Actual date"),
        _("Status"),
        _("Responsible"),
        _("Overdue"),
        _("Note"),
        _("Id"),
    ]
    header_row(sheet, 1, headers)
    for row, item in enumerate(data.milestones, start=2):
        values: list[CellValue] = [
            item.title,
            phase_label(item.phase, data.language),
            item.planned_on,
            item.actual_on,
            MILESTONE_STATUS_LABELS.label(item.status, data.language),
            item.responsible_initials,
            _(YES) if item.is_overdue(data.today) else _(NO),
            item.note,
            str(item.id),
        ]
        _put_row(sheet, row, values)
    add_table(sheet, "Milepaele", 1, headers, len(data.milestones))
    sheet.freeze_panes = "B2"
    set_widths(
        sheet,
        [
            fit_width([m.title for m in data.milestones], headers[0]),
            16,
            14,
            14,
            12,
            11,
            13,
            fit_width([m.note for m in data.milestones], headers[7], minimum=20),
            38,
        ],
    )
    hide_columns(sheet, len(headers))


def _sample(workbook: Workbook, data: EngagementWorkbook, cancelled: Cancelled | None) -> None:
    _ = workbook_text(data.language)
    sheet = workbook.create_sheet(_(Sheets.SAMPLE))
    headers = [
        _("No."),
        _("Case no."),
        _("Status"),
        _("Reason for replacement"),
        _("Case type"),
        _("Measure"),
        _("Decision date"),
        _("Assessments given"),
        _("Id"),
    ]
    row = 1
    if not data.rounds:
        put(sheet, 1, 1, _("There are no review rounds yet."))
    for number, block in enumerate(data.rounds, start=1):
        raise_if_cancelled(cancelled)
        round_ = block.round
        put(
            sheet, row, 1, f"{round_.name} ({ROUND_KIND_LABELS.label(round_.kind, data.language)})"
        ).font = SECTION_FONT
        record: list[tuple[str, CellValue]] = [
            (
                _("Sampling method"),
                SAMPLING_METHOD_LABELS.label(round_.sampling_method, data.language)
                if round_.sampling_method
                else _("Not drawn"),
            ),
            (_("Seed"), round_.seed),
            (_("Case list fingerprint (SHA-256)"), round_.population_fingerprint),
            (_("Cases in the case list"), round_.population_size),
            (_("Requested number of cases"), round_.sample_size),
            (_("Drawn by"), round_.sampled_by),
            (_("Drawn"), naive(round_.sampled_at)),
            (_("Legal criteria set"), round_.legal_set_name),
            (_("Social work criteria set"), round_.social_set_name),
        ]
        for label, value in record:
            row += 1
            put(sheet, row, 1, label).font = LABEL_FONT
            put(sheet, row, 2, value).alignment = TOP
        row += 2
        header_at = row
        header_row(sheet, header_at, headers)
        for case in block.cases:
            row += 1
            _put_row(
                sheet,
                row,
                [
                    case.position,
                    case.case_ref,
                    SAMPLED_STATUS_LABELS.label(case.status, data.language),
                    case.replacement_reason,
                    case.case_type,
                    case.measure,
                    case.decided_on,
                    case.answered,
                    str(case.id),
                ],
            )
        add_table(sheet, f"Stikproeve_{number}", header_at, headers, len(block.cases))
        row = header_at + max(len(block.cases), 1) + 3
    sheet.freeze_panes = "A2"
    every_case = [case for block in data.rounds for case in block.cases]
    set_widths(
        sheet,
        [
            34,
            max(fit_width([c.case_ref for c in every_case], headers[1]), 20),
            11,
            fit_width([c.replacement_reason for c in every_case], headers[3]),
            fit_width([c.case_type for c in every_case], headers[4]),
            fit_width([c.measure for c in every_case], headers[5]),
            15,
            12,
            38,
        ],
    )
    hide_columns(sheet, len(headers))


def _assessments(workbook: Workbook, data: EngagementWorkbook, cancelled: Cancelled | None) -> None:
    _ = workbook_text(data.language)
    sheet = workbook.create_sheet(_(Sheets.ASSESSMENTS))
    row = 1
    if not data.rounds:
        put(sheet, 1, 1, _("There are no review rounds yet."))
    widest = 0
    for number, block in enumerate(data.rounds, start=1):
        title = _("{round}: answers per case and requirement").format(round=block.round.name)
        if block.laws.mixed:
            title += _(
                " (cases under both laws; {other} = the requirement belongs to the other law "
                "than the case's)"
            ).format(other=OTHER_LAW)
        put(sheet, row, 1, title).font = SECTION_FONT
        header_at = row + 1
        columns = block.columns()
        headers = [
            _("Case no."),
            _("Law"),
            *(criterion.code for criterion, _law in columns),
            _("Id"),
        ]
        widest = max(widest, len(headers))
        header_row(sheet, header_at, headers)
        for column, (criterion, law) in enumerate(columns, start=3):
            cell = sheet.cell(row=header_at, column=column)
            known = law in LAW_LABELS.msgids
            where = f"{LAW_LABELS.label(law, data.language)}: " if known else ""
            cell.comment = Comment(
                f"{where}{criterion.provision}\n{criterion.question}",
                "Task Force Tracker",
                160,
                320,
            )
        cases = [c for c in block.cases if c.status is SampledCaseStatus.ACTIVE]
        for index, case in enumerate(cases, start=1):
            if index % CANCEL_EVERY == 0:
                raise_if_cancelled(cancelled)
            law = block.laws.case_laws.get(case.id, "")
            values: list[CellValue] = [case.case_ref, _law_name(law, data.language)]
            for criterion, criterion_law in columns:
                answer = block.cell(case, criterion, criterion_law)
                values.append(
                    ANSWER_LABELS.label(answer, data.language)
                    if isinstance(answer, Answer)
                    else answer
                )
            values.append(str(case.id))
            _put_row(sheet, header_at + index, values)
        add_table(sheet, f"Vurderinger_{number}", header_at, headers, len(cases))
        hide_columns(sheet, len(headers))
        row = header_at + max(len(cases), 1) + 3
    if len(data.rounds) == 1:
        sheet.freeze_panes = "C3"
    elif data.rounds:
        sheet.freeze_panes = "C1"
    every_case = [case.case_ref for block in data.rounds for case in block.cases]
    set_widths(sheet, [max(fit_width(every_case, _("Case no.")), 20), 14])
    set_widths(sheet, [20] * max(widest - 3, 0), first_column=3)


RESULT_HEADERS = (
    N_("Requirement"),
    N_("Law"),
    N_("Track"),
    N_("Pejlemærke"),
    N_("Question"),
    N_("Legal basis"),
    N_("Analysis x"),
    N_("Analysis n"),
    N_("Analysis share"),
    N_("Status measurement x"),
    N_("Status measurement n"),
    N_("Status measurement share"),
    N_("Change (percentage points)"),
    N_("Change not calculated because"),
    N_("Børnesagsbarometret"),
    N_("Børnesagsbarometret, statistic"),
    N_("Børnesagsbarometret, measured under"),
    N_("Børnesagsbarometret, source"),
)
"""The Resultater sheet's columns; a requirement judged under both laws has a total line
("Both laws (total)") followed by one line per law."""


def _results(workbook: Workbook, data: EngagementWorkbook, _cancelled: Cancelled | None) -> None:
    _ = workbook_text(data.language)
    sheet = workbook.create_sheet(_(Sheets.RESULTS))
    language = data.language
    results = data.results
    headers = [_(name) for name in RESULT_HEADERS]
    column = {name: number for number, name in enumerate(RESULT_HEADERS, start=1)}
    header_row(sheet, 1, headers)
    lines = result_lines(results.requirements)
    for row, line in enumerate(lines, start=2):
        item = line.requirement
        benchmark = line.benchmark
        change = line.change
        values: list[CellValue] = [
            line.code,
            _laws_name(line.laws, language),
            TRACK_LABELS.label(item.track, language),
            PEJLEMAERKE_LABELS.label(item.pejlemaerke, language),
            line.question,
            line.provision,
            *_figure_cells(line.analyse),
            *_figure_cells(line.statusmaaling),
            None if change is None else change.points,
            line.not_comparable_reason,
            None if benchmark is None else benchmark.value_pct / 100,
            "" if benchmark is None else benchmark_caption(benchmark, language),
            "" if benchmark is None else benchmark_law_text(benchmark, language),
            "" if benchmark is None else benchmark.source,
        ]
        _put_row(sheet, row, values)
        for number in range(1, len(headers) + 1):
            sheet.cell(row=row, column=number).alignment = TOP
        for name in (
            N_("Analysis share"),
            N_("Status measurement share"),
            N_("Børnesagsbarometret"),
        ):
            sheet.cell(row=row, column=column[name]).number_format = PERCENT_FORMAT
        sheet.cell(
            row=row, column=column[N_("Change (percentage points)")]
        ).number_format = POINTS_FORMAT
        for name in (N_("Question"), N_("Legal basis"), N_("Change not calculated because")):
            sheet.cell(row=row, column=column[name]).alignment = WRAP
        if line.per_law:
            sheet.cell(row=row, column=column[N_("Requirement")]).alignment = INDENTED
    count = len(lines)
    add_table(sheet, "Resultater", 1, headers, count)
    note_row = count + 3 if count else 4
    rounds = ", ".join(
        f"{label}: {ref.name} ({ref.criteria_set})"
        for label, ref in (
            (_("Analysis"), results.analyse_round),
            (_("Status measurement"), results.statusmaaling_round),
        )
        if ref is not None
    )
    put(
        sheet,
        note_row,
        1,
        _(
            "Share = met ÷ (met + not met); 'Not relevant' and 'Cannot be assessed' do not "
            "count. Social work points: sufficient or good ÷ assessed cases. Each case is "
            "assessed under the law in force on the decision date; a requirement assessed "
            "under both laws first has a total line ('{both}') and then one line per law with "
            "its own n. The change is only calculated where the requirement is the same in "
            "substance under both rounds' laws; otherwise the reason is given. "
            "Børnesagsbarometret (Ankestyrelsen): a single year's barometer covers about a "
            "third of the municipalities, not the whole country; the combined statistic "
            "2020–2022 is shown where it exists, and the figure only stands by requirements "
            "under a law it can be compared with."
        ).format(both=_(BOTH_LAWS)),
    )
    put(
        sheet,
        note_row + 1,
        1,
        _("Rounds: {rounds}").format(rounds=rounds) if rounds else _("Rounds: none yet"),
    )
    sheet.freeze_panes = "C2"
    set_widths(sheet, [16, 18, 13, 18, 60, 26, 10, 10, 13, 14, 14, 18, 14, 50, 13, 44, 26, 40])


def _findings(workbook: Workbook, data: EngagementWorkbook, _cancelled: Cancelled | None) -> None:
    _ = workbook_text(data.language)
    sheet = workbook.create_sheet(_(Sheets.FINDINGS))
    headers = [
        _("Title"),
        _("Track"),
        _("Theme"),
        _("Severity"),
        _("Round"),
        _("Requirement"),
        _("Shown in (cases)"),
        _("Assessed (cases)"),
        _("Description"),
        _("Recommendations"),
        _("Id"),
    ]
    header_row(sheet, 1, headers)
    themes = {item.value: label for item, label in PEJLEMAERKE_LABELS.labels(data.language).items()}
    for row, finding in enumerate(data.findings, start=2):
        _put_row(
            sheet,
            row,
            [
                finding.title,
                TRACK_LABELS.label(finding.track, data.language),
                themes.get(finding.theme, finding.theme),
                SEVERITY_LABELS.label(finding.severity, data.language),
                finding.round_name,
                ", ".join(c.code for c in finding.criteria),
                finding.shown_in,
                finding.assessed_in,
                finding.description,
                finding.recommendations,
                str(finding.id),
            ],
        )
        sheet.cell(row=row, column=1).alignment = WRAP
        sheet.cell(row=row, column=9).alignment = WRAP
    add_table(sheet, "Fund", 1, headers, len(data.findings))
    sheet.freeze_panes = "B2"
    set_widths(sheet, [50, 13, 20, 11, 16, 14, 13, 15, 60, 13, 38])
    hide_columns(sheet, len(headers))


def _recommendations(
    workbook: Workbook, data: EngagementWorkbook, _cancelled: Cancelled | None
) -> None:
    _ = workbook_text(data.language)
    sheet = workbook.create_sheet(_(Sheets.RECOMMENDATIONS))
    statuses = RECOMMENDATION_STATUS_LABELS.labels(data.language)
    keys = RecommendationColumns.ORDER
    headers = [_(name) for name in keys]
    header_row(sheet, 1, headers)
    column = {name: index for index, name in enumerate(keys, start=1)}
    for row, item in enumerate(data.recommendations, start=2):
        values: dict[str, CellValue] = {
            RecommendationColumns.ID: str(item.id),
            RecommendationColumns.NUMBER: row - 1,
            RecommendationColumns.TEXT: item.text,
            RecommendationColumns.FINDING: item.finding_title,
            RecommendationColumns.OWNER: item.owner,
            RecommendationColumns.DUE: item.due_on,
            RecommendationColumns.STATUS: statuses[item.status],
            RecommendationColumns.NOTE: "",
            RecommendationColumns.OVERDUE: _(YES) if item.is_overdue(data.today) else _(NO),
            RecommendationColumns.LAST_CHANGE: _last_change(item),
        }
        _put_row(sheet, row, [values[name] for name in keys])
        for name in (RecommendationColumns.TEXT, RecommendationColumns.NOTE):
            sheet.cell(row=row, column=column[name]).alignment = WRAP
    count = len(data.recommendations)
    add_table(sheet, "Anbefalinger", 1, headers, count)
    status = column[RecommendationColumns.STATUS]
    letter = sheet.cell(row=1, column=status).column_letter
    validation = DataValidation(
        type="list",
        formula1='"' + ",".join(statuses.values()) + '"',
        allow_blank=False,
        showErrorMessage=True,
        errorTitle=_("Unknown status"),
        error=_("Choose a status from the list: {statuses}.").format(
            statuses=", ".join(statuses.values())
        ),
        showInputMessage=True,
        promptTitle=_("Status"),
        prompt=_("Choose the municipality's status for the recommendation."),
    )
    validation.add(f"{letter}2:{letter}{max(count, 1) + 1}")
    sheet.add_data_validation(validation)
    sheet.freeze_panes = "C2"
    set_widths(sheet, [38, 6, 60, 36, 20, 13, 16, 40, 13, 15])
    hide_columns(sheet, column[RecommendationColumns.ID])


def _manifest(workbook: Workbook, data: EngagementWorkbook, _cancelled: Cancelled | None) -> None:
    sheet = workbook.create_sheet(Sheets.MANIFEST)
    sheet.sheet_state = "veryHidden"
    pairs = [
        ("format", FORMAT_ID),
        ("format_version", str(FORMAT_VERSION)),
        ("engagement_id", str(data.engagement.id)),
        ("municipality", data.engagement.municipality.name),
        ("exported_at", data.exported_at.isoformat()),
        ("app_version", data.app_version),
        ("language", data.language),
    ]
    if data.export_id is not None:
        pairs.append(("export_id", str(data.export_id)))
    for row, (key, value) in enumerate(pairs, start=1):
        put(sheet, row, 1, key)
        put(sheet, row, 2, value)
    start = len(pairs) + 2
    for offset, text in enumerate(("recommendation_id", "sha256", "exported_status")):
        put(sheet, start, offset + 1, text)
    for row, item in enumerate(data.recommendations, start=start + 1):
        put(sheet, row, 1, str(item.id))
        put(sheet, row, 2, recommendation_fingerprint(item.id, item.text, item.due_on))
        put(sheet, row, 3, item.status.value)


# -- helpers ---------------------------------------------------------------------------------------


def _put_row(sheet: Worksheet, row: int, values: Sequence[CellValue]) -> None:
    for column, value in enumerate(values, start=1):
        put(sheet, row, column, value)


def _figure_cells(figure: Figure | None) -> tuple[int | None, int | None, float | None]:
    if figure is None:
        return None, None, None
    return figure.x, figure.n, (figure.x / figure.n if figure.n else None)


def _last_change(item: RecommendationView) -> date | None:
    if not item.history:
        return None
    latest = max(update.occurred_at for update in item.history)
    local = naive(latest)
    return local.date() if local is not None else None


BOTH_LAWS = N_("Both laws (total)")
"""The total line of a requirement assessed under both laws."""


def _law_name(law: str, language: Language) -> str:
    return LAW_LABELS.label(law, language) if law in LAW_LABELS.msgids else law


def _laws_name(laws: tuple[str, ...], language: Language) -> str:
    if len(laws) > 1:
        return workbook_text(language)(BOTH_LAWS)
    return _law_name(laws[0], language) if laws else ""


def _stamp(value: datetime) -> str:
    local = naive(value)
    assert local is not None
    return local.strftime("%d-%m-%Y %H:%M")
