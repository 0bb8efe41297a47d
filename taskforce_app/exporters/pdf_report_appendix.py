"""The appendix of the PDF statusrapport: the answers of every sampled case, round by round,
and the sampling method."""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from taskforce_app.domain.enums import Answer
from taskforce_app.domain.errors import OperationCancelledError
from taskforce_app.domain.report_models import RoundReport
from taskforce_app.exporters.pdf_report_story import CONTENT_WIDTH, StoryBase
from taskforce_app.exporters.pdf_report_story import day_text as _d
from taskforce_app.exporters.pdf_styles import CONFIDENTIAL, MUTED
from taskforce_app.exporters.pdf_tables import ruled_table
from taskforce_app.exporters.pdf_text import muted
from taskforce_app.exporters.pdf_text import paragraph_text as _t


class AppendixSection(StoryBase):
    """The answers per case and criterion, round by round, and how the samples were drawn."""

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
