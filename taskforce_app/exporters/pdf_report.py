"""The PDF statusrapport of one forløb, drawn with reportlab platypus from a `ReportModel`.

A4 portrait; every page carries the header (municipality, report title, "Fortroligt") and the
footer (date printed, "Side x af y", counted by a canvas that keeps its pages until the end).
Tables repeat their heading row when they run onto the next page, and all text is set in
Paragraphs inside fixed column widths, so nothing runs off the page. The DejaVu Sans TTF is
embedded, so æøå and symbols print on any machine.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

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
)

from taskforce_app.domain.benchmarks import benchmark_caption, benchmark_law_text, benchmark_percent
from taskforce_app.domain.enums import Health, RecommendationStatus, RoundKind, Severity, Track
from taskforce_app.domain.errors import OperationCancelledError
from taskforce_app.domain.report_models import ReportModel, ReportOptions, ReportSection
from taskforce_app.domain.result_tables import Figure, LawFigure, RequirementResult
from taskforce_app.domain.results import ComplianceChange
from taskforce_app.domain.sampling_note import sampling_note
from taskforce_app.domain.tallies import tally_text
from taskforce_app.exporters import pdf_charts
from taskforce_app.exporters.pdf_cover import cover_heading
from taskforce_app.exporters.pdf_flowables import keep_headings_with_next
from taskforce_app.exporters.pdf_fonts import register_fonts
from taskforce_app.exporters.pdf_page import MARGIN_X, PageMarks, a4_document, numbered_canvas
from taskforce_app.exporters.pdf_report_appendix import AppendixSection
from taskforce_app.exporters.pdf_report_findings import FindingsSection
from taskforce_app.exporters.pdf_report_key_figures import KeyFiguresSection
from taskforce_app.exporters.pdf_report_story import CONTENT_WIDTH, Cancelled
from taskforce_app.exporters.pdf_report_story import day_text as _d
from taskforce_app.exporters.pdf_styles import STATUS_REPORT_SIZES, ReportStyles
from taskforce_app.exporters.pdf_tables import ruled_table
from taskforce_app.exporters.pdf_text import muted
from taskforce_app.exporters.pdf_text import paragraph_text as _t

Progress = Callable[[int, int], None]


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


class _Story(FindingsSection, KeyFiguresSection, AppendixSection):
    """Builds the flowables of the chosen sections."""

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
