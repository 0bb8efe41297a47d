"""Qt models of the results view: per requirement and pejlemærke, Analyse beside Statusmåling."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from taskforce_app.domain.benchmarks import (
    benchmark_caption,
    benchmark_law_text,
    benchmark_percent,
)
from taskforce_app.domain.criteria import Benchmark
from taskforce_app.domain.enums import Track
from taskforce_app.domain.result_lines import ResultLine, result_lines
from taskforce_app.domain.result_tables import Figure, PejlemaerkeResult, RequirementResult
from taskforce_app.domain.results import (
    NO_FIGURE,
    ComplianceChange,
    QualityFigure,
    format_percent,
)
from taskforce_app.ui.kit.palette_colours import GREEN, RED, cell_text, muted_cell_text
from taskforce_app.ui.review.review_models import pejlemaerke_label, track_label

Index = QModelIndex | QPersistentModelIndex

BETTER = GREEN
WORSE = RED


def figure_text(figure: Figure | None, language: str = "da") -> str:
    """ "x af n (y %)" (quality: the cases at q3–q4), or "–" without answers."""
    if figure is None:
        return NO_FIGURE
    return figure.formatted(language)


def change_text(change: ComplianceChange | None, language: str = "da") -> str:
    """ "+12 procentpoint", or "–"."""
    if change is None:
        return NO_FIGURE
    return change.formatted(language)


def benchmark_text(benchmark: Benchmark | None, language: str = "da") -> str:
    """ "92 % · Børnesagsbarometret 2020–2022, samlet (95 kommuner) · Målt efter serviceloven",
    or empty."""
    if benchmark is None:
        return ""
    return " · ".join(
        (
            benchmark_percent(benchmark, language),
            benchmark_caption(benchmark, language),
            benchmark_law_text(benchmark, language),
        )
    )


def law_text(laws: tuple[str, ...]) -> str:
    """The translated name of the law a result line's figures come from ("" for none)."""
    if not laws:
        return ""
    if len(laws) > 1:
        return QCoreApplication.translate("ResultTable", "Both laws (total)")
    names = {
        "barnets_lov": QCoreApplication.translate("ResultTable", "Children's Act"),
        "serviceloven": QCoreApplication.translate("ResultTable", "Social Services Act"),
    }
    return names.get(laws[0], laws[0])


def not_comparable_text(reason: str) -> str:
    """The change cell of a requirement that differs in substance between the rounds' laws."""
    return QCoreApplication.translate("ResultTable", "Not comparable: %1").replace("%1", reason)


def benchmark_tooltip(benchmark: Benchmark, language: str = "da") -> str:
    """What was measured, under which law, and the source."""
    label = benchmark.label(language)
    return "\n".join(
        (
            label,
            benchmark_caption(benchmark, language),
            benchmark_law_text(benchmark, language),
            benchmark.source,
        )
    )


def interval_tooltip(figure: Figure | None, language: str = "da") -> str | None:
    """The Wilson 95 % interval (and the quality distribution) of a figure."""
    if figure is None:
        return None
    lines: list[str] = []
    interval = figure.interval
    if interval is None:
        lines.append(QCoreApplication.translate("ResultTable", "No cases to compute an interval"))
    else:
        low, high = (_percent(value, language) for value in interval)
        lines.append(
            QCoreApplication.translate("ResultTable", "95 % interval (Wilson): %1 – %2")
            .replace("%1", low)
            .replace("%2", high)
        )
    if isinstance(figure, QualityFigure):
        lines.append(
            QCoreApplication.translate(
                "ResultTable", "q1 %1 · q2 %2 · q3 %3 · q4 %4 (share at q3–q4)"
            )
            .replace("%1", str(figure.q1))
            .replace("%2", str(figure.q2))
            .replace("%3", str(figure.q3))
            .replace("%4", str(figure.q4))
        )
    left_out = figure.not_relevant + figure.cannot_assess
    lines.append(
        QCoreApplication.translate(
            "ResultTable", "Left out of n: %1 not relevant, %2 cannot be assessed, %3 unanswered"
        )
        .replace("%1", str(figure.not_relevant))
        .replace("%2", str(figure.cannot_assess))
        .replace("%3", str(figure.unanswered))
        if left_out or figure.unanswered
        else QCoreApplication.translate("ResultTable", "Nothing left out of n")
    )
    return "\n".join(lines)


def _percent(value: float, language: str) -> str:
    from fractions import Fraction

    return format_percent(Fraction(value).limit_denominator(100_000), language=language)


def _change_brush(change: ComplianceChange | None) -> QBrush | None:
    if change is None or change.sign is None:
        return None
    if change.sign == 0:
        return muted_cell_text()
    return cell_text(BETTER if change.sign > 0 else WORSE)


class RequirementColumn(IntEnum):
    """The columns of the per-requirement table."""

    CODE = 0
    LAW = 1
    PROVISION = 2
    QUESTION = 3
    ANALYSE = 4
    STATUS = 5
    CHANGE = 6
    NATIONAL = 7


def requirement_title(column: RequirementColumn) -> str:
    """The translated header of a requirement column."""
    titles = {
        RequirementColumn.CODE: QCoreApplication.translate("ResultTable", "Code"),
        RequirementColumn.LAW: QCoreApplication.translate("ResultTable", "Law"),
        RequirementColumn.PROVISION: QCoreApplication.translate("ResultTable", "Provision"),
        RequirementColumn.QUESTION: QCoreApplication.translate("ResultTable", "Question"),
        RequirementColumn.ANALYSE: QCoreApplication.translate("ResultTable", "Analysis"),
        RequirementColumn.STATUS: QCoreApplication.translate("ResultTable", "Status measurement"),
        RequirementColumn.CHANGE: QCoreApplication.translate("ResultTable", "Change"),
        RequirementColumn.NATIONAL: QCoreApplication.translate(
            "ResultTable", "Børnesagsbarometret"
        ),
    }
    return titles[column]


class RequirementResultModel(QAbstractTableModel):
    """One row per requirement (juridisk first, then the socialfaglig quality points); a
    requirement judged under both laws is followed by one row per law."""

    def __init__(self, parent: QObject | None = None, *, language: str = "da") -> None:
        super().__init__(parent)
        self.language = language
        self._requirements: list[RequirementResult] = []
        self._rows: list[ResultLine] = []

    def set_results(self, rows: Sequence[RequirementResult]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._requirements = list(rows)
        self._rows = list(result_lines(rows))
        self.endResetModel()

    def results(self) -> list[RequirementResult]:
        """The requirements, in order."""
        return list(self._requirements)

    def line(self, row: int) -> ResultLine:
        """The result line shown in `row`."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of lines (requirements and their per-law lines)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(RequirementColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles; the figure columns explain n in a tooltip."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(RequirementColumn):
            return None
        column = RequirementColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return requirement_title(column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            RequirementColumn.ANALYSE,
            RequirementColumn.STATUS,
        ):
            return QCoreApplication.translate(
                "ResultTable",
                "Met in x of n cases; n leaves out Not relevant and Cannot be assessed. "
                "Quality points: cases at Sufficient or Good.",
            )
        if role == Qt.ItemDataRole.ToolTipRole and column is RequirementColumn.NATIONAL:
            return QCoreApplication.translate("ResultTable", "Børnesagsbarometret (Ankestyrelsen)")
        if role == Qt.ItemDataRole.ToolTipRole and column is RequirementColumn.LAW:
            return QCoreApplication.translate(
                "ResultTable",
                "Each case is judged by the law in force on its decision date; a requirement "
                "judged under both laws shows the total and then each law with its own n.",
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, coloured changes, intervals and sources in tooltips."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        column = RequirementColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is RequirementColumn.CHANGE:
                return (
                    muted_cell_text() if line.not_comparable_reason else _change_brush(line.change)
                )
            if line.per_law and column in (RequirementColumn.CODE, RequirementColumn.LAW):
                return muted_cell_text()
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            RequirementColumn.ANALYSE,
            RequirementColumn.STATUS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is RequirementColumn.CHANGE:
            if line.not_comparable_reason:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, line: ResultLine, column: RequirementColumn) -> str:
        if column is RequirementColumn.CODE:
            return f"↳ {line.code}" if line.per_law else line.code
        if column is RequirementColumn.LAW:
            return law_text(line.laws)
        if column is RequirementColumn.PROVISION:
            return line.provision
        if column is RequirementColumn.QUESTION:
            return line.question
        if column is RequirementColumn.ANALYSE:
            return figure_text(line.analyse, self.language)
        if column is RequirementColumn.STATUS:
            return figure_text(line.statusmaaling, self.language)
        if column is RequirementColumn.CHANGE:
            if line.per_law:
                return ""
            if line.not_comparable_reason:
                return not_comparable_text(line.not_comparable_reason)
            return change_text(line.change, self.language)
        return benchmark_text(line.benchmark, self.language)

    def _tooltip(self, line: ResultLine, column: RequirementColumn) -> str | None:
        if column is RequirementColumn.ANALYSE:
            return interval_tooltip(line.analyse, self.language)
        if column is RequirementColumn.STATUS:
            return interval_tooltip(line.statusmaaling, self.language)
        if column is RequirementColumn.NATIONAL and line.benchmark is not None:
            return benchmark_tooltip(line.benchmark, self.language)
        if column is RequirementColumn.CHANGE and line.not_comparable_reason:
            return line.not_comparable_reason
        if column in (RequirementColumn.QUESTION, RequirementColumn.CODE):
            return f"{pejlemaerke_label(line.requirement.pejlemaerke)}\n{line.question}"
        return None


class PejlemaerkeColumn(IntEnum):
    """The columns of the per-pejlemærke table."""

    TRACK = 0
    PEJLEMAERKE = 1
    ANALYSE = 2
    STATUS = 3
    CHANGE = 4


def pejlemaerke_title(column: PejlemaerkeColumn) -> str:
    """The translated header of a pejlemærke column."""
    titles = {
        PejlemaerkeColumn.TRACK: QCoreApplication.translate("ResultTable", "Track"),
        PejlemaerkeColumn.PEJLEMAERKE: QCoreApplication.translate("ResultTable", "Pejlemærke"),
        PejlemaerkeColumn.ANALYSE: QCoreApplication.translate("ResultTable", "Analysis"),
        PejlemaerkeColumn.STATUS: QCoreApplication.translate("ResultTable", "Status measurement"),
        PejlemaerkeColumn.CHANGE: QCoreApplication.translate("ResultTable", "Change"),
    }
    return titles[column]


class PejlemaerkeResultModel(QAbstractTableModel):
    """One row per track and pejlemærke: the requirements' case-requirement pairs pooled."""

    def __init__(self, parent: QObject | None = None, *, language: str = "da") -> None:
        super().__init__(parent)
        self.language = language
        self._rows: list[PejlemaerkeResult] = []

    def set_results(self, rows: Sequence[PejlemaerkeResult]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def results(self) -> list[PejlemaerkeResult]:
        """The rows, in order."""
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(PejlemaerkeColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(PejlemaerkeColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return pejlemaerke_title(PejlemaerkeColumn(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, coloured changes, intervals in tooltips."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = PejlemaerkeColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is PejlemaerkeColumn.TRACK:
                return (
                    QCoreApplication.translate("ResultTable", "Legal")
                    if row.track is Track.JURIDISK
                    else QCoreApplication.translate("ResultTable", "Social-work")
                )
            if column is PejlemaerkeColumn.PEJLEMAERKE:
                return pejlemaerke_label(row.pejlemaerke)
            if column is PejlemaerkeColumn.ANALYSE:
                return figure_text(row.analyse, self.language)
            if column is PejlemaerkeColumn.STATUS:
                return figure_text(row.statusmaaling, self.language)
            if not row.comparable and row.analyse is not None and row.statusmaaling is not None:
                return QCoreApplication.translate("ResultTable", "Not comparable")
            return change_text(row.change, self.language)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is PejlemaerkeColumn.ANALYSE:
                return interval_tooltip(row.analyse, self.language)
            if column is PejlemaerkeColumn.STATUS:
                return interval_tooltip(row.statusmaaling, self.language)
            if column is PejlemaerkeColumn.TRACK:
                return track_label(row.track)
            if column is PejlemaerkeColumn.CHANGE and not row.comparable:
                return QCoreApplication.translate(
                    "ResultTable",
                    "One of its requirements differs in substance between the rounds' laws; "
                    "see the requirements above.",
                )
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column is PejlemaerkeColumn.CHANGE:
            return _change_brush(row.change)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            PejlemaerkeColumn.ANALYSE,
            PejlemaerkeColumn.STATUS,
            PejlemaerkeColumn.CHANGE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
