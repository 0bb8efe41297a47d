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
from taskforce_app.domain.labels import health_label, phase_label
from taskforce_app.domain.result_lines import BOTH_LAWS_DA, law_label_da, result_lines
from taskforce_app.domain.result_tables import Figure
from taskforce_app.domain.workbook_models import (
    ANSWER_LABELS,
    FORMAT_ID,
    FORMAT_VERSION,
    LAW_LABELS,
    METHOD_LABELS,
    MILESTONE_STATUS_LABELS,
    NO,
    OTHER_LAW,
    PEJLEMAERKE_LABELS,
    PERCENT_FORMAT,
    POINTS_FORMAT,
    ROLE_LABELS,
    ROUND_KIND_LABELS,
    SAMPLED_STATUS_LABELS,
    SEVERITY_LABELS,
    STATUS_LABELS,
    TRACK_LABELS,
    YES,
    EngagementWorkbook,
    RecommendationColumns,
    Sheets,
    latest_round,
    pooled_share,
    recommendation_fingerprint,
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
    Severity.CRITICAL: "Fund, kritiske",
    Severity.SIGNIFICANT: "Fund, væsentlige",
    Severity.MINOR: "Fund, mindre",
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
    workbook.properties.title = f"Task Force-forløb: {data.engagement.municipality.name}"
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
    sheet = workbook.create_sheet(Sheets.OVERVIEW)
    detail = data.engagement
    municipality = detail.municipality
    put(sheet, 1, 1, f"Task Force-forløb: {municipality.name}").font = TITLE_FONT
    put(
        sheet,
        2,
        1,
        f"Eksporteret {_stamp(data.exported_at)} fra Task Force Tracker {data.app_version}",
    )
    overview = data.overview
    team = "; ".join(f"{m.name} ({m.initials}), {ROLE_LABELS[m.role].lower()}" for m in data.team)
    contacts = "; ".join(f"{c.name} ({c.title})" if c.title else c.name for c in data.contacts)
    month = overview.month_of_plan if overview is not None else None
    severity = data.findings_by_severity()
    kind, latest_name = latest_round(data.results)
    answered = sum(r.round.answered for r in data.rounds)
    expected = sum(r.round.expected for r in data.rounds)
    sections: list[tuple[str, list[tuple[str, CellValue]]]] = [
        (
            "Forløbet",
            [
                ("Kommune", municipality.name),
                ("Kommunekode", municipality.code),
                ("Region", municipality.region.value),
                ("Forløb", detail.title),
                ("Fase", phase_label(detail.phase, "da")),
                ("Startdato", detail.start_date),
                ("Planlagt slut", detail.planned_end_date),
                ("Faktisk slut", detail.actual_end_date),
                ("Måned i forløbet (af 24)", month),
                ("Status for planen", health_label(overview.health, "da") if overview else ""),
                ("Team", team),
                ("Kommunens kontaktpersoner", contacts),
            ],
        ),
        (
            "Nøgletal",
            [
                ("Milepæle i alt", len(data.milestones)),
                ("Milepæle gennemført", sum(1 for m in data.milestones if m.actual_on)),
                ("Milepæle overskredet", data.overdue_milestones),
                ("Gennemgangsrunder", len(data.rounds)),
                ("Sager i stikprøverne", sum(r.round.sampled_cases for r in data.rounds)),
                ("Vurderinger afgivet", answered),
                ("Vurderinger i alt", expected),
                *[(_FINDING_COUNT_LABELS[item], count) for item, count in severity.items()],
                ("Anbefalinger i alt", len(data.recommendations)),
                ("Åbne anbefalinger", data.open_recommendations),
            ],
        ),
        (
            "Resultater, seneste måling",
            [
                ("Måling", latest_name or "Ingen endnu"),
                ("Juridiske krav opfyldt", pooled_share(data.results, Track.JURIDISK, kind)),
                (
                    "Socialfaglige punkter tilstrækkelige eller bedre",
                    pooled_share(data.results, Track.SOCIALFAGLIG, kind),
                ),
            ],
        ),
    ]
    shares = {"Juridiske krav opfyldt", "Socialfaglige punkter tilstrækkelige eller bedre"}
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
    put(sheet, row, 1, "Om regnearket").font = SECTION_FONT
    put(
        sheet,
        row + 1,
        1,
        "Kommunen kan udfylde kolonnerne Status og Note i arket Anbefalinger og sende regnearket "
        "retur til Task Force. Ret ikke anbefalingernes tekst eller frist, og slet ikke de skjulte "
        "kolonner: så kan regnearket ikke læses tilbage.",
    ).alignment = WRAP
    sheet.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=2)
    sheet.row_dimensions[row + 1].height = 48
    set_widths(sheet, [32, 70])


def _milestones(workbook: Workbook, data: EngagementWorkbook, _cancelled: Cancelled | None) -> None:
    sheet = workbook.create_sheet(Sheets.MILESTONES)
    headers = [
        "Milepæl",
        "Fase",
        "Planlagt dato",
        "Faktisk dato",
        "Status",
        "Ansvarlig",
        "Overskredet",
        "Note",
        "Id",
    ]
    header_row(sheet, 1, headers)
    for row, item in enumerate(data.milestones, start=2):
        values: list[CellValue] = [
            item.title,
            phase_label(item.phase, "da"),
            item.planned_on,
            item.actual_on,
            MILESTONE_STATUS_LABELS[item.status],
            item.responsible_initials,
            YES if item.is_overdue(data.today) else NO,
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
    sheet = workbook.create_sheet(Sheets.SAMPLE)
    headers = [
        "Nr.",
        "Sagsnr.",
        "Status",
        "Begrundelse for erstatning",
        "Sagstype",
        "Indsats",
        "Afgørelsesdato",
        "Vurderinger afgivet",
        "Id",
    ]
    row = 1
    if not data.rounds:
        put(sheet, 1, 1, "Der er endnu ingen gennemgangsrunder.")
    for number, block in enumerate(data.rounds, start=1):
        raise_if_cancelled(cancelled)
        round_ = block.round
        put(sheet, row, 1, f"{round_.name} ({ROUND_KIND_LABELS[round_.kind]})").font = SECTION_FONT
        record: list[tuple[str, CellValue]] = [
            (
                "Udvælgelsesmetode",
                METHOD_LABELS[round_.sampling_method]
                if round_.sampling_method
                else "Ikke udtrukket",
            ),
            ("Seed (startværdi)", round_.seed),
            ("Sagslistens fingeraftryk (SHA-256)", round_.population_fingerprint),
            ("Sager i sagslisten", round_.population_size),
            ("Ønsket antal sager", round_.sample_size),
            ("Udtrukket af", round_.sampled_by),
            ("Udtrukket", naive(round_.sampled_at)),
            ("Juridisk kriteriesæt", round_.legal_set_name),
            ("Socialfagligt kriteriesæt", round_.social_set_name),
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
                    SAMPLED_STATUS_LABELS[case.status],
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
    sheet = workbook.create_sheet(Sheets.ASSESSMENTS)
    row = 1
    if not data.rounds:
        put(sheet, 1, 1, "Der er endnu ingen gennemgangsrunder.")
    widest = 0
    for number, block in enumerate(data.rounds, start=1):
        title = f"{block.round.name}: svar pr. sag og krav"
        if block.laws.mixed:
            title += (
                f" (sager efter begge love; {OTHER_LAW} = kravet hører til den anden lov end "
                "sagens)"
            )
        put(sheet, row, 1, title).font = SECTION_FONT
        header_at = row + 1
        columns = block.columns()
        headers = ["Sagsnr.", "Lov", *(criterion.code for criterion, _law in columns), "Id"]
        widest = max(widest, len(headers))
        header_row(sheet, header_at, headers)
        for column, (criterion, law) in enumerate(columns, start=3):
            cell = sheet.cell(row=header_at, column=column)
            where = f"{LAW_LABELS[law]}: " if law in LAW_LABELS else ""
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
            values: list[CellValue] = [case.case_ref, LAW_LABELS.get(law, law)]
            for criterion, criterion_law in columns:
                answer = block.cell(case, criterion, criterion_law)
                values.append(ANSWER_LABELS[answer] if isinstance(answer, Answer) else answer)
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
    set_widths(sheet, [max(fit_width(every_case, "Sagsnr."), 20), 14])
    set_widths(sheet, [20] * max(widest - 3, 0), first_column=3)


RESULT_HEADERS = (
    "Krav",
    "Lov",
    "Spor",
    "Pejlemærke",
    "Spørgsmål",
    "Lovgrundlag",
    "Analyse x",
    "Analyse n",
    "Analyse andel",
    "Statusmåling x",
    "Statusmåling n",
    "Statusmåling andel",
    "Ændring (procentpoint)",
    "Ændring ikke beregnet, fordi",
    "Børnesagsbarometret",
    "Børnesagsbarometret, opgørelse",
    "Børnesagsbarometret, målt efter",
    "Børnesagsbarometret, kilde",
)
"""The Resultater sheet's columns; a requirement judged under both laws has a total line
("Begge love (i alt)") followed by one line per law."""


def _results(workbook: Workbook, data: EngagementWorkbook, _cancelled: Cancelled | None) -> None:
    sheet = workbook.create_sheet(Sheets.RESULTS)
    results = data.results
    headers = list(RESULT_HEADERS)
    column = {name: number for number, name in enumerate(headers, start=1)}
    header_row(sheet, 1, headers)
    lines = result_lines(results.requirements)
    for row, line in enumerate(lines, start=2):
        item = line.requirement
        benchmark = line.benchmark
        change = line.change
        values: list[CellValue] = [
            line.code,
            law_label_da(line.laws),
            TRACK_LABELS[item.track],
            PEJLEMAERKE_LABELS[item.pejlemaerke],
            line.question,
            line.provision,
            *_figure_cells(line.analyse),
            *_figure_cells(line.statusmaaling),
            None if change is None else change.points,
            line.not_comparable_reason,
            None if benchmark is None else benchmark.value_pct / 100,
            "" if benchmark is None else benchmark_caption(benchmark),
            "" if benchmark is None else benchmark_law_text(benchmark),
            "" if benchmark is None else benchmark.source,
        ]
        _put_row(sheet, row, values)
        for number in range(1, len(headers) + 1):
            sheet.cell(row=row, column=number).alignment = TOP
        for name in ("Analyse andel", "Statusmåling andel", "Børnesagsbarometret"):
            sheet.cell(row=row, column=column[name]).number_format = PERCENT_FORMAT
        sheet.cell(row=row, column=column["Ændring (procentpoint)"]).number_format = POINTS_FORMAT
        for name in ("Spørgsmål", "Lovgrundlag", "Ændring ikke beregnet, fordi"):
            sheet.cell(row=row, column=column[name]).alignment = WRAP
        if line.per_law:
            sheet.cell(row=row, column=column["Krav"]).alignment = INDENTED
    count = len(lines)
    add_table(sheet, "Resultater", 1, headers, count)
    note_row = count + 3 if count else 4
    rounds = ", ".join(
        f"{label}: {ref.name} ({ref.criteria_set})"
        for label, ref in (
            ("Analyse", results.analyse_round),
            ("Statusmåling", results.statusmaaling_round),
        )
        if ref is not None
    )
    put(
        sheet,
        note_row,
        1,
        "Andel = opfyldt ÷ (opfyldt + ikke opfyldt); 'Ikke relevant' og 'Kan ikke vurderes' "
        "tæller ikke med. Socialfaglige punkter: tilstrækkelig eller god ÷ vurderede sager. "
        "Hver sag vurderes efter den lov, der gjaldt på afgørelsesdatoen; et krav, der er "
        f"vurderet efter begge love, står først samlet ('{BOTH_LAWS_DA}') og derefter pr. lov "
        "med sit eget n. Ændringen beregnes kun, hvor kravet er det samme i substans efter "
        "begge runders love; ellers står begrundelsen. "
        "Børnesagsbarometret (Ankestyrelsen): et enkelt års barometer dækker omtrent en "
        "tredjedel af kommunerne, ikke hele landet; den samlede opgørelse 2020–2022 "
        "vises, hvor den findes, og tallet står kun ved krav efter en lov, det kan "
        "sammenlignes med.",
    )
    put(sheet, note_row + 1, 1, f"Runder: {rounds}" if rounds else "Runder: ingen endnu")
    sheet.freeze_panes = "C2"
    set_widths(sheet, [16, 18, 13, 18, 60, 26, 10, 10, 13, 14, 14, 18, 14, 50, 13, 44, 26, 40])


def _findings(workbook: Workbook, data: EngagementWorkbook, _cancelled: Cancelled | None) -> None:
    sheet = workbook.create_sheet(Sheets.FINDINGS)
    headers = [
        "Titel",
        "Spor",
        "Tema",
        "Alvor",
        "Runde",
        "Krav",
        "Vist i (sager)",
        "Vurderet (sager)",
        "Beskrivelse",
        "Anbefalinger",
        "Id",
    ]
    header_row(sheet, 1, headers)
    themes = {item.value: label for item, label in PEJLEMAERKE_LABELS.items()}
    for row, finding in enumerate(data.findings, start=2):
        _put_row(
            sheet,
            row,
            [
                finding.title,
                TRACK_LABELS[finding.track],
                themes.get(finding.theme, finding.theme),
                SEVERITY_LABELS[finding.severity],
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
    sheet = workbook.create_sheet(Sheets.RECOMMENDATIONS)
    headers = list(RecommendationColumns.ORDER)
    header_row(sheet, 1, headers)
    column = {name: index for index, name in enumerate(headers, start=1)}
    for row, item in enumerate(data.recommendations, start=2):
        values: dict[str, CellValue] = {
            RecommendationColumns.ID: str(item.id),
            RecommendationColumns.NUMBER: row - 1,
            RecommendationColumns.TEXT: item.text,
            RecommendationColumns.FINDING: item.finding_title,
            RecommendationColumns.OWNER: item.owner,
            RecommendationColumns.DUE: item.due_on,
            RecommendationColumns.STATUS: STATUS_LABELS[item.status],
            RecommendationColumns.NOTE: "",
            RecommendationColumns.OVERDUE: YES if item.is_overdue(data.today) else NO,
            RecommendationColumns.LAST_CHANGE: _last_change(item),
        }
        _put_row(sheet, row, [values[name] for name in headers])
        for name in (RecommendationColumns.TEXT, RecommendationColumns.NOTE):
            sheet.cell(row=row, column=column[name]).alignment = WRAP
    count = len(data.recommendations)
    add_table(sheet, "Anbefalinger", 1, headers, count)
    status = column[RecommendationColumns.STATUS]
    letter = sheet.cell(row=1, column=status).column_letter
    validation = DataValidation(
        type="list",
        formula1='"' + ",".join(STATUS_LABELS.values()) + '"',
        allow_blank=False,
        showErrorMessage=True,
        errorTitle="Ukendt status",
        error="Vælg en status fra listen: " + ", ".join(STATUS_LABELS.values()) + ".",
        showInputMessage=True,
        promptTitle="Status",
        prompt="Vælg kommunens status for anbefalingen.",
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


def _stamp(value: datetime) -> str:
    local = naive(value)
    assert local is not None
    return local.strftime("%d-%m-%Y %H:%M")
