"""The key-figures section of the PDF statusrapport: a chart and a table per statistics series."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from taskforce_app.domain.errors import render_message
from taskforce_app.exporters import pdf_charts
from taskforce_app.exporters.pdf_fonts import REGULAR
from taskforce_app.exporters.pdf_report_story import CONTENT_WIDTH, StoryBase
from taskforce_app.exporters.pdf_tables import ruled_table
from taskforce_app.exporters.pdf_text import paragraph_text as _t


class KeyFiguresSection(StoryBase):
    """The municipality's key figures against the whole country."""

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


def _number(value: float | None, per_1000: bool) -> str:
    if value is None:
        return "–"
    if per_1000:
        return f"{value:.1f}".replace(".", ",")
    text = f"{value:,.0f}"
    return text.replace(",", ".")
