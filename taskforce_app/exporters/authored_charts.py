"""The charts of a written report as reportlab drawings, one function for both renderers: the
PDF draws them as vectors, the Word document as PNG pictures of the same drawing."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing

from taskforce_app.domain.report_document import Chart, KeyFigureChart, ResultsChart
from taskforce_app.exporters import pdf_charts


def chart_drawing(chart: Chart, width: float) -> Drawing:
    """The drawing of `chart`, `width` points wide (the chart's share of the text width).

    Args:
        chart: the chart block of the report document.
        width: the text width in points; the chart takes `chart.width` of it.
    """
    own = width * chart.width
    data = chart.chart
    if isinstance(data, ResultsChart):
        return pdf_charts.results_chart(data.categories, data.series, data.names, width=own)
    if isinstance(data, KeyFigureChart):
        return pdf_charts.key_figure_chart(data.periods, data.series, data.names, width=own)
    return pdf_charts.timeline_drawing(
        data.row,
        today=data.today,
        width=own,
        phase_names=dict(data.phase_names),
        legend=data.legend,
    )
