"""The findings section of the PDF statusrapport: each finding with its recommendations."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from taskforce_app.domain.enums import Severity, Track
from taskforce_app.domain.errors import OperationCancelledError
from taskforce_app.domain.findings import FindingView, RecommendationView
from taskforce_app.exporters.pdf_report_story import CONTENT_WIDTH, StoryBase
from taskforce_app.exporters.pdf_report_story import day_text as _d
from taskforce_app.exporters.pdf_tables import ruled_table
from taskforce_app.exporters.pdf_text import paragraph_text as _t

SEVERITY_COLOURS = {
    Severity.CRITICAL: "#c62828",
    Severity.SIGNIFICANT: "#ef6c00",
    Severity.MINOR: "#5f6368",
}


class FindingsSection(StoryBase):
    """The findings, by track, each with the table of its recommendations."""

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
