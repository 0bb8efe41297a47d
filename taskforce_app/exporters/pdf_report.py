"""The PDF statusrapport of one forløb, drawn with reportlab platypus from a `ReportModel`.

A4 portrait; every page carries the header (municipality, report title, "Fortroligt") and the
footer (date printed, "Side x af y", counted by a canvas that keeps its pages until the end).
Tables repeat their heading row when they run onto the next page, and all text is set in
Paragraphs inside fixed column widths, so nothing runs off the page. The DejaVu Sans TTF is
embedded, so æøå and symbols print on any machine.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from taskforce_app.domain.benchmarks import (
    benchmark_caption,
    benchmark_law_text,
    benchmark_percent,
)
from taskforce_app.domain.enums import (
    Answer,
    Health,
    RecommendationStatus,
    RoundKind,
    Severity,
    Track,
)
from taskforce_app.domain.errors import OperationCancelledError, render_message
from taskforce_app.domain.findings import FindingView, RecommendationView
from taskforce_app.domain.report_models import (
    ReportLabels,
    ReportModel,
    ReportOptions,
    ReportSection,
    RoundReport,
)
from taskforce_app.domain.result_tables import Figure, LawFigure, RequirementResult
from taskforce_app.domain.results import ComplianceChange
from taskforce_app.domain.sampling_note import sampling_note
from taskforce_app.domain.tallies import tally_text
from taskforce_app.exporters import pdf_charts
from taskforce_app.exporters.pdf_cover import cover_heading
from taskforce_app.exporters.pdf_flowables import keep_headings_with_next
from taskforce_app.exporters.pdf_fonts import REGULAR, register_fonts
from taskforce_app.exporters.pdf_page import (
    MARGIN_X,
    PAGE_WIDTH,
    PageMarks,
    a4_document,
    numbered_canvas,
)
from taskforce_app.exporters.pdf_styles import (
    CONFIDENTIAL,
    MUTED,
    STATUS_REPORT_SIZES,
    ReportStyles,
)
from taskforce_app.exporters.pdf_tables import ruled_table
from taskforce_app.exporters.pdf_text import muted
from taskforce_app.exporters.pdf_text import paragraph_text as _t

Cancelled = Callable[[], bool]
Progress = Callable[[int, int], None]

CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

HEALTH_COLOURS = {
    Health.ON_TRACK: "#2e7d32",
    Health.AT_RISK: "#ef6c00",
    Health.LATE: "#c62828",
}
_OPTIONAL = frozenset(
    {
        ReportSection.SAMPLING,
        ReportSection.RESULTS,
        ReportSection.FINDINGS,
        ReportSection.KEY_FIGURES,
        ReportSection.APPENDIX,
    }
)
"""Sections left out when the forløb has no data for them (the others always have some)."""
SEVERITY_COLOURS = {
    Severity.CRITICAL: "#c62828",
    Severity.SIGNIFICANT: "#ef6c00",
    Severity.MINOR: "#5f6368",
}


def write_report(
    model: ReportModel,
    target: Path | BinaryIO,
    *,
    fonts_dir: Path,
    options: ReportOptions | None = None,
    cancelled: Cancelled | None = None,
    progress: Progress | None = None,
) -> None:
    """Draw the statusrapport of `model` to `target` (a path or a binary stream).

    Args:
        model: the forløb's report read model.
        target: where the PDF goes.
        fonts_dir: the folder with DejaVuSans.ttf and DejaVuSans-Bold.ttf.
        options: the sections to print (all by default).
        cancelled: asked between pieces of work; True stops the export.
        progress: called with (done, total) as the pages are laid out.

    Raises:
        OperationCancelledError: `cancelled()` returned True; the target is incomplete and must
            be discarded (the report service writes to a temporary file for that reason).
    """
    regular, bold = register_fonts(fonts_dir)
    styles = ReportStyles(regular, bold, STATUS_REPORT_SIZES)
    chosen = options or ReportOptions()
    story = keep_headings_with_next(
        _Story(model, styles, chosen, cancelled).build(), styles.headings
    )
    total = len(story)
    doc = a4_document(
        _Document,
        target,
        margin_x=MARGIN_X,
        title=f"{model.labels.report_title} – {model.municipality_name}",
        author=model.labels.programme,
        subject=model.title,
        font=regular,
    )
    doc.watch(cancelled, progress, total)
    doc.build(story, canvasmaker=_canvas_maker(model, regular, bold))
    if progress is not None:
        progress(total, total)


class _Document(SimpleDocTemplate):
    """A document that checks for cancellation and reports progress after each flowable."""

    _cancelled: Cancelled | None = None
    _progress: Progress | None = None
    _total = 0
    _done = 0

    def watch(self, cancelled: Cancelled | None, progress: Progress | None, total: int) -> None:
        """Remember what to ask and whom to tell while the story is laid out."""
        self._cancelled = cancelled
        self._progress = progress
        self._total = total

    def afterFlowable(self, flowable: Flowable) -> None:
        """Stop when cancelled; report progress."""
        if self._cancelled is not None and self._cancelled():
            raise OperationCancelledError()
        self._done = min(self._done + 1, self._total)
        if self._progress is not None:
            self._progress(self._done, self._total)


def _canvas_maker(model: ReportModel, regular: str, bold: str) -> type[Canvas]:
    labels = model.labels
    header = f"{model.municipality_name} · {labels.report_title}"
    printed = labels.printed.format(date=_d(model.generated_on))
    marks = PageMarks(header, labels.confidential, printed, labels.page)
    return numbered_canvas(regular, bold, marks)


def _d(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day is not None else "–"


class _Story:
    """Builds the flowables of the chosen sections."""

    def __init__(
        self,
        model: ReportModel,
        styles: ReportStyles,
        options: ReportOptions,
        cancelled: Cancelled | None,
    ) -> None:
        self.m = model
        self.s = styles
        self.labels: ReportLabels = model.labels
        self.options = options
        self.cancelled = cancelled
        self.numbers = {item.key: index for index, item in enumerate(self._requirements(), 1)}

    def build(self) -> list[Flowable]:
        """All chosen sections, in order, each from a new page.

        A section without data is left out (and named in the summary, or on the cover) unless
        it is the only section chosen, when it prints with its explanation.
        """
        chosen = [section for section in ReportSection if self.options.wants(section)]
        self.omitted = [
            section for section in chosen if section in _OPTIONAL and not self._has_data(section)
        ]
        if len(self.omitted) == len(chosen):
            self.omitted = []
        sections: list[tuple[ReportSection, Callable[[], list[Flowable]]]] = [
            (ReportSection.COVER, self.cover),
            (ReportSection.SUMMARY, self.summary),
            (ReportSection.TIMELINE, self.timeline),
            (ReportSection.SAMPLING, self.sampling),
            (ReportSection.RESULTS, self.results),
            (ReportSection.FINDINGS, self.findings),
            (ReportSection.KEY_FIGURES, self.key_figures),
            (ReportSection.APPENDIX, self.appendix),
        ]
        story: list[Flowable] = []
        for section, build in sections:
            if not self.options.wants(section) or section in self.omitted:
                continue
            if self.cancelled is not None and self.cancelled():
                raise OperationCancelledError()
            if story:
                story.append(PageBreak())
            story.extend(build())
        if not story:
            story.append(Paragraph(_t(self.labels.no_data), self.s.body))
        return story

    def _has_data(self, section: ReportSection) -> bool:
        m = self.m
        if section is ReportSection.SAMPLING or section is ReportSection.APPENDIX:
            return bool(m.rounds)
        if section is ReportSection.RESULTS:
            return bool(self._requirements())
        if section is ReportSection.FINDINGS:
            return bool(m.findings or m.recommendations)
        if section is ReportSection.KEY_FIGURES:
            return any(series.points for series in m.key_figures)
        return True

    def _omitted_note(self) -> list[Flowable]:
        """One sentence naming the sections left out for want of data."""
        if not self.omitted:
            return []
        titles = {
            ReportSection.SAMPLING: self.labels.sampling,
            ReportSection.RESULTS: self.labels.results,
            ReportSection.FINDINGS: self.labels.findings,
            ReportSection.KEY_FIGURES: self.labels.key_figures,
            ReportSection.APPENDIX: self.labels.appendix,
        }
        names = [f"»{titles[section]}«" for section in self.omitted]
        listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} og {names[-1]}"
        return [Paragraph(_t(self.labels.omitted.format(sections=listed)), self.s.note)]

    def _p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(text, style or self.s.cell)

    def _requirements(self) -> tuple[RequirementResult, ...]:
        return self.m.results.requirements if self.m.results is not None else ()

    # Cover ------------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        m, s, lab = self.m, self.s, self.labels
        period = f"{_d(m.start_date)} – {_d(m.planned_end_date)}"
        story: list[Flowable] = [
            *cover_heading(
                s,
                kicker=lab.programme.upper(),
                title=lab.report_title,
                municipality=m.municipality_name,
                subtitle=m.title,
            ),
            Paragraph(f"{_t(lab.period)}: {period}", s.cover_line),
            Paragraph(f"{_t(lab.phase)}: {_t(lab.phases[m.phase])} · {_t(m.region)}", s.cover_line),
            Spacer(1, 12 * mm),
            Paragraph(_t(lab.team), s.h2),
        ]
        if m.team:
            rows: list[list[Any]] = [
                [self._p("Navn", s.head), self._p("Organisation", s.head), self._p("Rolle", s.head)]
            ]
            for member in m.team:
                rows.append(
                    [
                        self._p(f"{_t(member.name)} ({_t(member.initials)})"),
                        self._p(_t(lab.organisations[member.organisation])),
                        self._p(_t(lab.roles[member.role])),
                    ]
                )
            story.append(
                ruled_table(
                    rows, [0.36 * CONTENT_WIDTH, 0.40 * CONTENT_WIDTH, 0.24 * CONTENT_WIDTH]
                )
            )
        else:
            story.append(Paragraph(_t(lab.no_data), s.small))
        if m.contacts:
            story.append(Paragraph(_t(lab.contacts), s.h2))
            rows = [[self._p("Navn", s.head), self._p("Titel", s.head), self._p("E-mail", s.head)]]
            for contact in m.contacts:
                rows.append(
                    [
                        self._p(_t(contact.name)),
                        self._p(_t(contact.title)),
                        self._p(_t(contact.email)),
                    ]
                )
            story.append(
                ruled_table(
                    rows, [0.32 * CONTENT_WIDTH, 0.34 * CONTENT_WIDTH, 0.34 * CONTENT_WIDTH]
                )
            )
        if not self.options.wants(ReportSection.SUMMARY):
            story += self._omitted_note()
        story += [
            Spacer(1, 10 * mm),
            Paragraph(
                _t(
                    f"{lab.confidential}: rapporten indeholder ingen CPR-numre eller børns navne; "
                    "sager er angivet med kommunens pseudonyme sagsnumre."
                ),
                s.note,
            ),
        ]
        return story

    # Summary ----------------------------------------------------------------------------

    def summary(self) -> list[Flowable]:
        m, s, lab = self.m, self.s, self.labels
        colour = HEALTH_COLOURS[m.health]
        health = f'<font color="{colour}"><b>{_t(lab.healths[m.health])}</b></font>'
        if m.overdue_milestones:
            health += f" ({m.overdue_milestones} milepæl(e) overskredet)"
        month = lab.month.format(month=m.month_of_plan) if m.month_of_plan is not None else "–"
        next_milestone = (
            f"{_t(m.next_milestone)} ({_d(m.next_milestone_on)})" if m.next_milestone else "–"
        )
        rounds = "; ".join(
            f"{_t(item.round.name)}: {item.round.sampled_cases} sager" for item in m.rounds
        )
        finding_text = tally_text([item.severity for item in m.findings], Severity, lab.severities)
        rec_text = tally_text(
            [item.status for item in m.recommendations], RecommendationStatus, lab.statuses
        )
        facts = [
            (lab.phase, _t(lab.phases[m.phase])),
            ("Forløbsmåned", month),
            (lab.period, f"{_d(m.start_date)} – {_d(m.planned_end_date)}"),
            (lab.health, health),
            ("Næste milepæl", next_milestone),
            ("Gennemgangsrunder", rounds or "–"),
            ("Fund", _t(finding_text)),
            ("Anbefalinger", _t(rec_text)),
        ]
        rows = [[self._p(f"<b>{_t(key)}</b>"), self._p(value)] for key, value in facts]
        story: list[Flowable] = [
            Paragraph(_t(lab.summary), s.h1),
            ruled_table(rows, [0.28 * CONTENT_WIDTH, 0.72 * CONTENT_WIDTH], header=False),
            *self._omitted_note(),
        ]
        if m.results is not None and m.results.pejlemaerker:
            story.append(Paragraph(_t(lab.key_results), s.h2))
            story.extend(self._pejlemaerke_table())
        return story

    def _pejlemaerke_table(self) -> list[Flowable]:
        s, lab = self.s, self.labels
        results = self.m.results
        if results is None or not results.pejlemaerker:
            return [Paragraph(_t(lab.no_data), s.small)]
        rows: list[list[Any]] = [
            [
                self._p("Pejlemærke", s.head),
                self._p(_t(lab.analyse), s.head),
                self._p(_t(lab.statusmaaling), s.head),
                self._p(_t(lab.change), s.head),
            ]
        ]
        for item in results.pejlemaerker:
            track = lab.tracks[item.track].lower()
            name = f"{_t(lab.pejlemaerker[item.pejlemaerke])} {muted(f'({track})', 8)}"
            rows.append(
                [
                    self._p(name),
                    self._figure_cell(item.analyse),
                    self._figure_cell(item.statusmaaling),
                    self._p(_t(self._change(item.change))),
                ]
            )
        w = CONTENT_WIDTH
        return [
            ruled_table(rows, [0.34 * w, 0.23 * w, 0.23 * w, 0.20 * w]),
            Paragraph(_t(f"{lab.quality_note} {lab.pooled_note}"), s.note),
        ]

    def _change(self, change: ComplianceChange | None) -> str:
        return change.formatted(self.labels.language) if change is not None else "–"

    def _figure_cell(self, figure: Figure | None) -> Paragraph:
        return self._p(self._figure_text(figure))

    def _figure_text(self, figure: Figure | None) -> str:
        if figure is None:
            return "–"
        text = _t(figure.formatted(self.labels.language))
        interval = figure.interval
        if interval is not None:
            low, high = (round(value * 100) for value in interval)
            note = self.labels.interval.format(low=low, high=high)
            text += f"<br/><font size='6.5' color='#5f6368'>{_t(note)}</font>"
        return text

    # Timeline ---------------------------------------------------------------------------

    def timeline(self) -> list[Flowable]:
        m, s, lab = self.m, self.s, self.labels
        story: list[Flowable] = [Paragraph(_t(lab.timeline), s.h1)]
        if m.timeline is not None and (m.timeline.planned_phases or m.timeline.milestones):
            story.append(
                pdf_charts.timeline_drawing(
                    m.timeline,
                    today=m.generated_on,
                    width=CONTENT_WIDTH,
                    phase_names=lab.phases,
                    legend=(
                        lab.planned,
                        lab.actual,
                        "Gennemført",
                        "Overskredet",
                        "Planlagt",
                        lab.today,
                    ),
                )
            )
        else:
            story.append(Paragraph(_t(lab.no_data), s.small))
        if m.milestones:
            story.append(Paragraph("Milepæle", s.h2))
            rows: list[list[Any]] = [
                [
                    self._p("Milepæl", s.head),
                    self._p(_t(lab.phase), s.head),
                    self._p(_t(lab.planned), s.head),
                    self._p(_t(lab.actual), s.head),
                    self._p("Status", s.head),
                ]
            ]
            for item in m.milestones:
                status = _t(lab.milestone_statuses[item.status])
                if item.is_overdue(m.generated_on):
                    status = "<font color='#c62828'><b>Overskredet</b></font>"
                rows.append(
                    [
                        self._p(_t(item.title)),
                        self._p(_t(lab.phases[item.phase])),
                        self._p(_d(item.planned_on)),
                        self._p(_d(item.actual_on) if item.actual_on else "–"),
                        self._p(status),
                    ]
                )
            w = CONTENT_WIDTH
            story.append(ruled_table(rows, [0.42 * w, 0.16 * w, 0.14 * w, 0.14 * w, 0.14 * w]))
        return story

    # Sampling ---------------------------------------------------------------------------

    def sampling(self) -> list[Flowable]:
        m, s, lab = self.m, self.s, self.labels
        story: list[Flowable] = [
            Paragraph(_t(lab.sampling), s.h1),
            Paragraph(
                "Stikprøverne er udtrukket reproducerbart: med samme sagsliste, metode, størrelse "
                "og seed (startværdi) giver udtrækningen de samme sager. Bilaget beskriver "
                "udtrækningen trin for trin, så den kan gentages med et andet værktøj.",
                s.body,
            ),
        ]
        if not m.rounds:
            story.append(Paragraph(_t(lab.no_data), s.small))
        for item in m.rounds:
            r = item.round
            sets = " / ".join(x for x in (r.legal_set_name, r.social_set_name) if x)
            facts = [
                ("Gennemgang", _t(lab.round_kinds[r.kind])),
                ("Kriteriesæt", _t(sets) or "–"),
                (
                    "Metode",
                    _t(lab.methods[r.sampling_method]) if r.sampling_method is not None else "–",
                ),
            ]
            rows = [[self._p(f"<b>{_t(key)}</b>"), self._p(value)] for key, value in facts]
            replaced = sum(1 for case in item.cases if case.replaced)
            story.append(Paragraph(_t(r.name), s.h2))
            story.append(
                ruled_table(rows, [0.30 * CONTENT_WIDTH, 0.70 * CONTENT_WIDTH], header=False)
            )
            story.append(Spacer(1, 4))
            story.extend(
                Paragraph(_t(notice.message(lab.language)), s.body)
                for notice in sampling_note(r, replaced=replaced)
            )
        return story

    # Results ----------------------------------------------------------------------------

    def results(self) -> list[Flowable]:
        m, s, lab = self.m, self.s, self.labels
        story: list[Flowable] = [Paragraph(_t(lab.results), s.h1)]
        results = m.results
        if results is None or not results.requirements:
            return [*story, Paragraph(_t(lab.no_data), s.small)]
        story.append(
            Paragraph(
                "Resultaterne vises som »opfyldt i x af n sager (y %)«. n tæller de sager, hvor "
                "kravet kunne vurderes (opfyldt + ikke opfyldt); »ikke relevant« og »kan ikke "
                "vurderes« indgår ikke. Under hvert tal står 95 %-konfidensintervallet (KI, "
                "Wilson). Sidste kolonne er Ankestyrelsens Børnesagsbarometret: et enkelt års "
                "barometer dækker omtrent en tredjedel af kommunerne, ikke hele landet; "
                "den samlede opgørelse 2020–2022 (95 kommuner) vises, hvor den findes. Under "
                "tallet står, hvilken lov det er målt efter, og det står kun ved krav, der er "
                "de samme i substans.",
                s.body,
            )
        )
        for kind, ref in (
            (RoundKind.ANALYSE, results.analyse_round),
            (RoundKind.STATUSMAALING, results.statusmaaling_round),
        ):
            if ref is not None and any(
                len(_laws(item.by_law, kind)) > 1 for item in results.requirements
            ):
                story.append(Paragraph(_t(lab.mixed_round.format(round=ref.name)), s.body))
        for track in Track:
            own = [item for item in results.requirements if item.track is track]
            if not own:
                continue
            story.append(Paragraph(_t(f"{lab.tracks[track]} gennemgang"), s.h2))
            story.extend(self._requirement_table(own))
            if track is Track.SOCIALFAGLIG:
                story.append(Paragraph(_t(lab.quality_note), s.note))
        story.append(CondPageBreak(80 * mm))
        story.append(Paragraph("Analyse, statusmåling og Børnesagsbarometret pr. krav", s.h2))
        requirements = self._requirements()
        series: list[list[float | None]] = [[], [], []]
        for item in requirements:
            for index, figure in enumerate((item.analyse, item.statusmaaling)):
                share = figure.x / figure.n if figure is not None and figure.n else None
                series[index].append(None if share is None else share * 100)
            series[2].append(item.benchmark.value_pct if item.benchmark is not None else None)
        story.append(
            pdf_charts.results_chart(
                [str(self.numbers[item.key]) for item in requirements],
                series,
                [lab.analyse, lab.statusmaaling, lab.national],
                width=CONTENT_WIDTH,
            )
        )
        story.append(
            Paragraph(
                "Tallene under søjlerne er kravenes numre i tabellerne ovenfor. Socialfaglige "
                "punkter har intet tal fra Børnesagsbarometret.",
                s.note,
            )
        )
        if not self.options.wants(ReportSection.SUMMARY):
            story.append(
                KeepTogether([Paragraph(_t(lab.key_results), s.h2), *self._pejlemaerke_table()])
            )
        return story

    def _requirement_table(self, items: Sequence[RequirementResult]) -> list[Flowable]:
        """The table of `items`, and the reasons where a change is not computed."""
        s, lab = self.s, self.labels
        rows: list[list[Any]] = [
            [
                self._p("Nr.", s.head),
                self._p(_t(lab.requirement), s.head),
                self._p(_t(lab.analyse), s.head),
                self._p(_t(lab.statusmaaling), s.head),
                self._p(_t(lab.change_points), s.head),
                self._p(_t(lab.national).replace("sbarometret", "s-<br/>barometret"), s.head),
            ]
        ]
        reasons: list[str] = []
        for item in items:
            codes = ", ".join(item.codes)
            where = f"{codes} · {item.provision} · {lab.pejlemaerker[item.pejlemaerke]}"
            question = f"{_t(item.question)}<br/>{muted(where)}"
            benchmark = "–"
            if item.benchmark is not None:
                shown = benchmark_percent(item.benchmark, self.labels.language)
                caption = benchmark_caption(item.benchmark, self.labels.language)
                law = benchmark_law_text(item.benchmark, self.labels.language)
                benchmark = f"{shown}<br/>{muted(_t(caption))}<br/>{muted(_t(law))}"
            change = _t(item.change.signed_points(lab.language) if item.change else "–")
            if item.analyse is not None and item.statusmaaling is not None and not item.comparable:
                reasons.append(item.not_comparable_reason)
                change = _t(lab.not_comparable.format(mark=_mark(len(reasons))))
            rows.append(
                [
                    self._p(str(self.numbers[item.key])),
                    self._p(question),
                    self._round_cell(item, RoundKind.ANALYSE, item.analyse),
                    self._round_cell(item, RoundKind.STATUSMAALING, item.statusmaaling),
                    self._p(change),
                    self._p(benchmark),
                ]
            )
        w = CONTENT_WIDTH
        story: list[Flowable] = [
            ruled_table(rows, [0.05 * w, 0.32 * w, 0.16 * w, 0.16 * w, 0.12 * w, 0.19 * w])
        ]
        if reasons:
            lines = [_t(lab.not_comparable_intro)]
            lines += [f"{_mark(number)}) {_t(text)}" for number, text in enumerate(reasons, 1)]
            story.append(Paragraph("<br/>".join(lines), s.note))
        return story

    def _round_cell(
        self, item: RequirementResult, kind: RoundKind, figure: Figure | None
    ) -> Paragraph:
        """The round's figure; below it the figure per law when the round holds both laws."""
        text = self._figure_text(figure)
        laws = _laws(item.by_law, kind)
        if figure is not None and len(laws) > 1:
            text += "".join(
                "<br/>"
                + muted(
                    f"{self.labels.laws.get(entry.law, entry.law)}: "
                    f"{entry.figure.formatted(self.labels.language)}"
                )
                for entry in laws
            )
        return self._p(text)

    # Findings ---------------------------------------------------------------------------

    def findings(self) -> list[Flowable]:
        m, s, lab = self.m, self.s, self.labels
        story: list[Flowable] = [Paragraph(_t(lab.findings), s.h1)]
        by_finding: dict[object, list[RecommendationView]] = {}
        for rec in m.recommendations:
            by_finding.setdefault(rec.finding_id, []).append(rec)
        if not m.findings and not m.recommendations:
            story.append(Paragraph(_t(lab.no_data), s.small))
        for track in Track:
            own = [item for item in m.findings if item.track is track]
            if not own:
                continue
            story.append(Paragraph(_t(f"{lab.tracks[track]}e fund"), s.h2))
            for number, finding in enumerate(own, 1):
                if self.cancelled is not None and self.cancelled():
                    raise OperationCancelledError()
                story.extend(self._finding(number, finding, by_finding.get(finding.id, [])))
        loose = by_finding.get(None, [])
        if loose:
            story.append(Paragraph("Øvrige anbefalinger", s.h2))
            story.append(self._recommendation_table(loose))
        return story

    def _finding(
        self, number: int, finding: FindingView, recommendations: list[RecommendationView]
    ) -> list[Flowable]:
        s, lab = self.s, self.labels
        colour = SEVERITY_COLOURS[finding.severity]
        title = (
            f"{number}. {_t(finding.title)} "
            f"<font color='{colour}' size='8'>[{_t(lab.severities[finding.severity])}]</font>"
        )
        meta = [
            f"Tema: {_t(finding.theme)}" if finding.theme else "",
            f"Runde: {_t(finding.round_name)}" if finding.round_name else "",
            f"Ses i {_t(finding.evidence_text)}" if finding.assessed_in else "",
            "Krav: " + _t(", ".join(c.code for c in finding.criteria)) if finding.criteria else "",
        ]
        head: list[Flowable] = [
            Paragraph(title, s.h3),
            Paragraph(" · ".join(part for part in meta if part), s.note),
        ]
        if finding.description:
            head.append(Paragraph(_t(finding.description), s.small))
        if finding.improvement is not None and finding.improvement.points is not None:
            points = f"{finding.improvement.points:+.0f}".replace("-", "−")
            head.append(
                Paragraph(
                    "Udvikling i kravene bag fundet fra analyse til statusmåling: "
                    f"{points} procentpoint.",
                    s.note,
                )
            )
        if recommendations:
            head.append(self._recommendation_table(recommendations))
        return [KeepTogether(head), Spacer(1, 4)]

    def _recommendation_table(self, recommendations: list[RecommendationView]) -> Table:
        s, lab = self.s, self.labels
        rows: list[list[Any]] = [
            [
                self._p("Anbefaling", s.head),
                self._p("Ansvarlig", s.head),
                self._p("Frist", s.head),
                self._p("Status", s.head),
            ]
        ]
        for rec in recommendations:
            status = _t(lab.statuses[rec.status])
            if rec.is_overdue(self.m.generated_on):
                status += "<br/><font color='#c62828' size='6.5'>Fristen er overskredet</font>"
            if len(rec.history) > 1:
                last = rec.history[-1]
                if last.note:
                    status += f"<br/><font color='#5f6368' size='6.5'>{_t(last.note)}</font>"
            rows.append(
                [
                    self._p(_t(rec.text)),
                    self._p(_t(rec.owner) or "–"),
                    self._p(_d(rec.due_on)),
                    self._p(status),
                ]
            )
        w = CONTENT_WIDTH
        return ruled_table(rows, [0.50 * w, 0.18 * w, 0.12 * w, 0.20 * w])

    # Key figures ------------------------------------------------------------------------

    def key_figures(self) -> list[Flowable]:
        m, s, lab = self.m, self.s, self.labels
        story: list[Flowable] = [Paragraph(_t(lab.key_figures), s.h1)]
        shown = [series for series in m.key_figures if series.points]
        if not shown:
            story.append(
                Paragraph(_t(lab.no_key_figures.format(municipality=m.municipality_name)), s.body)
            )
            return story
        for series in shown:
            unit = f"pr. 1.000 {series.population}" if series.per_1000 else "antal"
            heading = f"{series.title} ({series.table_code})"
            periods = [point.period for point in series.points]
            values = [series.shown(point) for point in series.points]
            chart = pdf_charts.key_figure_chart(
                periods,
                [[v[0] for v in values], [v[1] for v in values]],
                [m.municipality_name, "Hele landet"],
                width=CONTENT_WIDTH * 0.62,
            )
            rows: list[list[Any]] = [
                [
                    self._p("År", s.head),
                    self._p(_t(m.municipality_name), s.head),
                    self._p("Hele landet", s.head),
                ]
            ]
            for point, (own, national) in zip(series.points, values, strict=True):
                rows.append(
                    [
                        self._p(_t(point.period)),
                        Paragraph(_number(own, series.per_1000), s.cell_right),
                        Paragraph(_number(national, series.per_1000), s.cell_right),
                    ]
                )
            table = ruled_table(
                rows, [0.10 * CONTENT_WIDTH, 0.14 * CONTENT_WIDTH, 0.12 * CONTENT_WIDTH]
            )
            block: list[Flowable] = [
                Paragraph(_t(heading), s.h2),
                Paragraph(_t(f"{series.category or 'I alt'} · {unit}"), s.note),
                Table(
                    [[chart, table]],
                    colWidths=[CONTENT_WIDTH * 0.63, CONTENT_WIDTH * 0.37],
                    style=[
                        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ],
                ),
            ]
            if series.note_code is not None:
                block.append(Paragraph(_t(render_message(series.note_code, {})), s.note))
            if series.source:
                block.append(Paragraph(_t(f"Kilde: {series.source}"), s.note))
            story.append(KeepTogether(block))
        return story

    # Appendix ---------------------------------------------------------------------------

    def appendix(self) -> list[Flowable]:
        m, s, lab = self.m, self.s, self.labels
        story: list[Flowable] = [
            Paragraph(_t(lab.appendix), s.h1),
            Paragraph(_t(lab.answer_legend), s.note),
        ]
        if not m.rounds:
            story.append(Paragraph(_t(lab.no_data), s.small))
        for item in m.rounds:
            if self.cancelled is not None and self.cancelled():
                raise OperationCancelledError()
            story.extend(self._round_appendix(item))
        story.append(CondPageBreak(60 * mm))
        story.append(Paragraph(_t(lab.sampling_method_title), s.h2))
        story.extend(Paragraph(_t(text), s.small) for text in lab.sampling_method)
        return story

    def _round_appendix(self, item: RoundReport) -> list[Flowable]:
        s, lab = self.s, self.labels
        criteria = item.criteria
        story: list[Flowable] = [Paragraph(_t(item.round.name), s.h2)]
        legend_rows: list[list[Any]] = [
            [self._p("Kode", s.head), self._p(_t(lab.requirement), s.head)]
        ]
        for criterion in criteria:
            legend_rows.append(
                [
                    self._p(_t(criterion.code)),
                    self._p(f"{_t(criterion.question)} {muted(f'({criterion.provision})', 8)}"),
                ]
            )
        story.append(ruled_table(legend_rows, [0.12 * CONTENT_WIDTH, 0.88 * CONTENT_WIDTH]))
        story.append(Spacer(1, 6))
        ref_width = 0.17 * CONTENT_WIDTH
        date_width = 0.13 * CONTENT_WIDTH
        column = (CONTENT_WIDTH - ref_width - date_width) / max(1, len(criteria))
        header: list[Any] = [self._p("Sag", s.head), self._p("Afgørelse", s.head)]
        code_style = self._code_style()
        header += [
            Paragraph("<br/>".join(_t(part) for part in criterion.code.split("-", 1)), code_style)
            for criterion in criteria
        ]
        rows: list[list[Any]] = [header]
        replaced_rows: list[int] = []
        for case in item.cases:
            ref = _t(case.case_ref)
            if case.replaced:
                ref += " <font size='6' color='#5f6368'>(erstattet)</font>"
                replaced_rows.append(len(rows))
            cells: list[Any] = [self._p(ref), self._p(_d(case.decided_on))]
            for criterion in criteria:
                answer = case.answers.get(criterion.id)
                cells.append(lab.answers[answer] if answer is not None else "–")
            rows.append(cells)
        extra: list[tuple[Any, ...]] = [
            ("FONTNAME", (2, 1), (-1, -1), s.regular),
            ("FONTSIZE", (2, 1), (-1, -1), 7),
            ("ALIGN", (2, 0), (-1, -1), "CENTER"),
            ("LEFTPADDING", (2, 0), (-1, -1), 1),
            ("RIGHTPADDING", (2, 0), (-1, -1), 1),
        ]
        extra += [("TEXTCOLOR", (2, index), (-1, index), MUTED) for index in replaced_rows]
        for row_index, row in enumerate(rows[1:], 1):
            for col_index, value in enumerate(row[2:], 2):
                if value == lab.answers.get(Answer.NOT_MET):
                    extra.append(
                        ("TEXTCOLOR", (col_index, row_index), (col_index, row_index), CONFIDENTIAL)
                    )
        story.append(
            ruled_table(rows, [ref_width, date_width, *([column] * len(criteria))], extra=extra)
        )
        return story

    def _code_style(self) -> ParagraphStyle:
        return ParagraphStyle(
            "code", parent=self.s.head, fontSize=6, leading=7, alignment=1, wordWrap="CJK"
        )


def _laws(by_law: Sequence[LawFigure], kind: RoundKind) -> list[LawFigure]:
    """The round's figures per law, Barnets lov first."""
    return [entry for entry in by_law if entry.kind is kind]


def _mark(number: int) -> str:
    """a, b, …, z, aa, ab …: the footnote mark of a reason."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def _number(value: float | None, per_1000: bool) -> str:
    if value is None:
        return "–"
    if per_1000:
        return f"{value:.1f}".replace(".", ",")
    text = f"{value:,.0f}"
    return text.replace(",", ".")
