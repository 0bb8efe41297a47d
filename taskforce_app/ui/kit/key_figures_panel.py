"""A municipality's key figures from Danmarks Statistik against the national level: per imported
table a small line chart (kommune and landstal over the years) and the figures as a table."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QLocale, QMargins, QObject, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.errors import UserError, render_message
from taskforce_app.domain.key_figures import (
    YOUNG_CATEGORY,
    KeyFigurePoint,
    KeyFigureSeries,
    population_category,
)
from taskforce_app.ui.kit.column_table import RIGHT, ColumnSpec, ColumnTableModel

MUNICIPALITY_COLOUR = QColor("#1f4e79")
NATIONAL_COLOUR = QColor("#8a8a8a")
MISSING = "–"
CHART_HEIGHT = 250


def number_text(value: float | None, language: str, decimals: int = 1) -> str:
    """A figure with the language's decimal mark, or a dash when missing (never 0)."""
    if value is None:
        return MISSING
    locale = QLocale(QLocale.Language.Danish if language == "da" else QLocale.Language.English)
    return locale.toString(float(value), "f", decimals)


class KeyFigureTableModel(ColumnTableModel[KeyFigurePoint]):
    """One series by period: the municipality's figure and the national one."""

    def __init__(self, parent: QObject | None = None, *, language: str = "da") -> None:
        super().__init__(
            [
                ColumnSpec(lambda: self.tr("Year"), lambda point: point.period),
                ColumnSpec(
                    lambda: "" if self._series is None else self._series.municipality_name,
                    lambda point: self._shown(point, 0),
                    align=RIGHT,
                    tooltip=lambda point: self._counts(point.value, point.population),
                ),
                ColumnSpec(
                    lambda: self.tr("National"),
                    lambda point: self._shown(point, 1),
                    align=RIGHT,
                    tooltip=lambda point: self._counts(
                        point.national_value, point.national_population
                    ),
                ),
            ],
            key=lambda point: point.period,
            parent=parent,
        )
        self._language = language
        self._series: KeyFigureSeries | None = None

    def set_series(self, series: KeyFigureSeries | None) -> None:
        """Show `series` (None: nothing)."""
        self._series = series
        self.reset_rows([] if series is None else series.points)

    def _shown(self, point: KeyFigurePoint, side: int) -> str:
        """The figure as shown (per 1,000 or a count): the municipality's (0) or national (1)."""
        series = self._series
        assert series is not None
        return number_text(series.shown(point)[side], self._language, 1 if series.per_1000 else 0)

    def _counts(self, value: float | None, population: float | None) -> str:
        """The count behind a figure and the population it is taken over."""
        if value is None:
            return self.tr("No figure (suppressed or not published)")
        series = self._series
        young = series is not None and population_category(series.table_code) == YOUNG_CATEGORY
        return (
            (
                self.tr("Count %1; children and young people aged 0–22: %2")
                if young
                else self.tr("Count %1; children aged 0–17: %2")
            )
            .replace("%1", number_text(value, self._language, 0))
            .replace(
                "%2",
                MISSING if population is None else number_text(population, self._language, 0),
            )
        )


class KeyFigureChart(QChartView):
    """Two lines over the periods: the municipality and the national level (a gap, not 0,
    where a figure is missing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumWidth(320)
        self.setFixedHeight(CHART_HEIGHT)
        self._chart = QChart()
        self._chart.setBackgroundRoundness(0)
        self._chart.setMargins(QMargins(2, 2, 2, 2))
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._chart.setLocalizeNumbers(True)
        self.setChart(self._chart)
        self.municipality_series: list[QLineSeries] = []
        self.national_series: list[QLineSeries] = []

    def set_series(self, series: KeyFigureSeries, language: str = "da") -> None:
        """Draw `series` (axis numbers in the language's format)."""
        chart = self._chart
        chart.setLocale(
            QLocale(QLocale.Language.Danish if language == "da" else QLocale.Language.English)
        )
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        font = QFont(self.font())
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        chart.legend().setFont(small)
        periods = [point.period for point in series.points]
        categories = QBarCategoryAxis()
        categories.append(periods or [""])
        categories.setLabelsFont(small)
        values = QValueAxis()
        values.setLabelsFont(small)
        values.setTitleFont(small)
        values.setTitleText(self.tr("per 1,000 children") if series.per_1000 else self.tr("count"))
        shown = [series.shown(point) for point in series.points]
        highest = max((v for pair in shown for v in pair if v is not None), default=0.0)
        values.setRange(0, nice_ceiling(highest))
        values.setTickCount(5)
        values.setLabelFormat("%.0f" if highest >= 10 else "%.1f")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        self.municipality_series = self._lines(
            series.municipality_name, [pair[0] for pair in shown], MUNICIPALITY_COLOUR, solid=True
        )
        self.national_series = self._lines(
            self.tr("National"), [pair[1] for pair in shown], NATIONAL_COLOUR, solid=False
        )
        for line in (*self.municipality_series, *self.national_series):
            line.attachAxis(categories)
            line.attachAxis(values)

    def _lines(
        self, name: str, values: Sequence[float | None], colour: QColor, *, solid: bool
    ) -> list[QLineSeries]:
        """One line per unbroken run of values; only the first is named in the legend."""
        runs: list[list[tuple[int, float]]] = [[]]
        for position, value in enumerate(values):
            if value is None:
                if runs[-1]:
                    runs.append([])
                continue
            runs[-1].append((position, value))
        lines = []
        for number, run in enumerate(item for item in runs if item):
            line = QLineSeries()
            line.setName(name)
            pen = QPen(colour)
            pen.setWidthF(2.2 if solid else 1.8)
            if not solid:
                pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            line.setPointsVisible(True)
            for position, value in run:
                line.append(float(position), float(value))
            self._chart.addSeries(line)
            if number > 0:
                for marker in self._chart.legend().markers(line):
                    marker.setVisible(False)
            lines.append(line)
        return lines


def nice_ceiling(value: float) -> float:
    """A round upper bound for an axis a little above `value` that splits into four round
    steps (1.2, 1.6, 2, 3, 4, 6, 8 or 10 × 10ⁿ)."""
    if value <= 0:
        return 1.0
    target = value * 1.1
    magnitude = 10.0 ** math.floor(math.log10(target))
    for step in (1.0, 1.2, 1.6, 2.0, 3.0, 4.0, 6.0, 8.0):
        if step * magnitude >= target:
            return step * magnitude
    return 10 * magnitude


class KeyFigureSection(QFrame):
    """One table's key figure: title, note, chart and the figures."""

    def __init__(
        self, series: KeyFigureSeries, parent: QWidget | None = None, *, language: str = "da"
    ) -> None:
        super().__init__(parent)
        self.series = series
        self.setFrameShape(QFrame.Shape.NoFrame)
        title = QLabel(f"{series.title} ({series.table_code})")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        young = population_category(series.table_code) == YOUNG_CATEGORY
        unit = (
            (
                self.tr("Per 1,000 children and young people aged 0–22")
                if young
                else self.tr("Per 1,000 children aged 0–17")
            )
            if series.per_1000
            else render_message("key_figures.absolute_numbers", {}, language)
        )
        details = [unit]
        if series.category:
            details.append(self.tr("Category: %1").replace("%1", series.category))
        self.note_label = QLabel(". ".join(details))
        self.note_label.setWordWrap(True)
        self.source_label = QLabel(self.tr("Source: %1").replace("%1", series.source))
        self.source_label.setWordWrap(True)
        self.source_label.setStyleSheet("color: palette(placeholder-text);")
        self.chart = KeyFigureChart()
        self.chart.set_series(series, language)
        self.model = KeyFigureTableModel(self, language=language)
        self.model.set_series(series)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setMinimumWidth(240)
        self.table.setMaximumWidth(340)
        self.table.setFixedHeight(CHART_HEIGHT)
        row = QHBoxLayout()
        row.addWidget(self.chart, 3)
        row.addWidget(self.table, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 12)
        layout.addWidget(title)
        layout.addWidget(self.note_label)
        layout.addLayout(row)
        layout.addWidget(self.source_label)


class KeyFiguresPanel(QWidget):
    """A municipality's imported key figures, or a note on how to import them."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, language: str = "da"
    ) -> None:
        super().__init__(parent)
        self._context, self._language = context, language
        self._code: str | None = None
        self.sections: list[KeyFigureSection] = []

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_label.setMargin(8)
        self._content = QWidget()
        self._content_layout = QVBoxLayout(self._content)
        self._content_layout.setContentsMargins(0, 0, 8, 0)
        self._content_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self._content)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.scroll_area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.set_municipality(None)

    @property
    def municipality_code(self) -> str | None:
        """The municipality shown."""
        return self._code

    @property
    def is_empty(self) -> bool:
        """True while the empty state (no forløb, or no figures) is shown."""
        return self.stack.currentWidget() is self.empty_label

    def set_context(self, context: AppContext) -> None:
        """Use another open database."""
        self._context = context
        self.set_municipality(None)

    def set_municipality(self, code: str | None) -> None:
        """Show the key figures of the municipality with DST code `code` (None: none)."""
        self._code = code
        self.reload()

    def reload(self) -> None:
        """Read the series again (e.g. after an import)."""
        for section in self.sections:
            self._content_layout.removeWidget(section)
            section.hide()
            section.deleteLater()
        self.sections = []
        code = self._code
        if code is None:
            self._show_empty(self.tr("Choose an engagement to see its municipality's key figures."))
            return
        try:
            series = [item for item in self._context.key_figures.series_for(code) if item.points]
        except UserError as error:
            self._show_empty(error.message(self._language))
            return
        if not series:
            self._show_empty(self._how_to_import())
            return
        for position, item in enumerate(series):
            section = KeyFigureSection(item, self._content, language=self._language)
            self._content_layout.insertWidget(position, section)
            self.sections.append(section)
        self.stack.setCurrentWidget(self.scroll_area)

    def _show_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)

    def _how_to_import(self) -> str:
        return self.tr(
            "No key figures have been imported for this municipality yet.\n\n"
            "Download a table from Statistikbanken (statistikbanken.dk), e.g. UND1 "
            "(notifications about children) or ANBAAR (children and young people in care), "
            "with the municipality, “Hele landet” and the years you need, and save it as a "
            "semicolon-separated CSV file (;). Add FOLK1A with the ages 0–22 to see the "
            "figures per 1,000 (children 0–17 for UND1, young people 0–22 for ANBAAR).\n\n"
            "Import the files under Reports → Import key figures (Statistics Denmark)…"
        )
