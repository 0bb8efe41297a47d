"""Qt models of the results view: per requirement and pejlemærke, Analyse beside Statusmåling."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
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
from taskforce_app.ui.kit.column_table import RIGHT, ColumnSpec, ColumnTableModel
from taskforce_app.ui.kit.palette_colours import GREEN, RED, cell_text, muted_cell_text
from taskforce_app.ui.review.review_models import pejlemaerke_label, track_label

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


FOREGROUND = Qt.ItemDataRole.ForegroundRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _figures_tooltip() -> str:
    return QCoreApplication.translate(
        "ResultTable",
        "Met in x of n cases; n leaves out Not relevant and Cannot be assessed. "
        "Quality points: cases at Sufficient or Good.",
    )


def _per_law_muted(line: ResultLine) -> QBrush | None:
    return muted_cell_text() if line.per_law else None


def _question_tooltip(line: ResultLine) -> str:
    return f"{pejlemaerke_label(line.requirement.pejlemaerke)}\n{line.question}"


class RequirementResultModel(ColumnTableModel[ResultLine]):
    """One row per requirement (juridisk first, then the socialfaglig quality points); a
    requirement judged under both laws is followed by one row per law."""

    def __init__(self, parent: QObject | None = None, *, language: str = "da") -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("ResultTable", "Code"),
                    lambda line: f"↳ {line.code}" if line.per_law else line.code,
                    tooltip=_question_tooltip,
                    roles={FOREGROUND: _per_law_muted},
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ResultTable", "Law"),
                    lambda line: law_text(line.laws),
                    header_tooltip=lambda: QCoreApplication.translate(
                        "ResultTable",
                        "Each case is judged by the law in force on its decision date; a "
                        "requirement judged under both laws shows the total and then each law "
                        "with its own n.",
                    ),
                    roles={FOREGROUND: _per_law_muted},
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ResultTable", "Provision"),
                    lambda line: line.provision,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ResultTable", "Question"),
                    lambda line: line.question,
                    tooltip=_question_tooltip,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ResultTable", "Analysis"),
                    lambda line: figure_text(line.analyse, self.language),
                    align=RIGHT,
                    header_tooltip=_figures_tooltip,
                    tooltip=lambda line: interval_tooltip(line.analyse, self.language),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ResultTable", "Status measurement"),
                    lambda line: figure_text(line.statusmaaling, self.language),
                    align=RIGHT,
                    header_tooltip=_figures_tooltip,
                    tooltip=lambda line: interval_tooltip(line.statusmaaling, self.language),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ResultTable", "Change"),
                    self._change_text,
                    tooltip=lambda line: line.not_comparable_reason or None,
                    roles={
                        FOREGROUND: lambda line: (
                            muted_cell_text()
                            if line.not_comparable_reason
                            else _change_brush(line.change)
                        ),
                        ALIGNMENT: lambda line: int(LEFT if line.not_comparable_reason else RIGHT),
                    },
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ResultTable", "Børnesagsbarometret"),
                    lambda line: benchmark_text(line.benchmark, self.language),
                    header_tooltip=lambda: QCoreApplication.translate(
                        "ResultTable", "Børnesagsbarometret (Ankestyrelsen)"
                    ),
                    tooltip=lambda line: (
                        None
                        if line.benchmark is None
                        else benchmark_tooltip(line.benchmark, self.language)
                    ),
                ),
            ],
            key=lambda line: (line.code, line.per_law, line.laws),
            parent=parent,
        )
        self.language = language
        self._requirements: list[RequirementResult] = []

    def set_results(self, rows: Sequence[RequirementResult]) -> None:
        """Replace every row."""
        self._requirements = list(rows)
        self.reset_rows(list(result_lines(rows)))

    def results(self) -> list[RequirementResult]:
        """The requirements, in order."""
        return list(self._requirements)

    def line(self, row: int) -> ResultLine:
        """The result line shown in `row`."""
        return self.record_at(row)

    def _change_text(self, line: ResultLine) -> str:
        if line.per_law:
            return ""
        if line.not_comparable_reason:
            return not_comparable_text(line.not_comparable_reason)
        return change_text(line.change, self.language)


class PejlemaerkeColumn(IntEnum):
    """The columns of the per-pejlemærke table."""

    TRACK = 0
    PEJLEMAERKE = 1
    ANALYSE = 2
    STATUS = 3
    CHANGE = 4


class PejlemaerkeResultModel(ColumnTableModel[PejlemaerkeResult]):
    """One row per track and pejlemærke: the requirements' case-requirement pairs pooled."""

    def __init__(self, parent: QObject | None = None, *, language: str = "da") -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("ResultTable", "Track"),
                    lambda row: (
                        QCoreApplication.translate("ResultTable", "Legal")
                        if row.track is Track.JURIDISK
                        else QCoreApplication.translate("ResultTable", "Social-work")
                    ),
                    tooltip=lambda row: track_label(row.track),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ResultTable", "Pejlemærke"),
                    lambda row: pejlemaerke_label(row.pejlemaerke),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ResultTable", "Analysis"),
                    lambda row: figure_text(row.analyse, self.language),
                    align=RIGHT,
                    tooltip=lambda row: interval_tooltip(row.analyse, self.language),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ResultTable", "Status measurement"),
                    lambda row: figure_text(row.statusmaaling, self.language),
                    align=RIGHT,
                    tooltip=lambda row: interval_tooltip(row.statusmaaling, self.language),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ResultTable", "Change"),
                    self._change_text,
                    align=RIGHT,
                    tooltip=lambda row: (
                        None
                        if row.comparable
                        else QCoreApplication.translate(
                            "ResultTable",
                            "One of its requirements differs in substance between the rounds' "
                            "laws; see the requirements above.",
                        )
                    ),
                    roles={FOREGROUND: lambda row: _change_brush(row.change)},
                ),
            ],
            key=lambda row: (row.track, row.pejlemaerke),
            parent=parent,
        )
        self.language = language

    def set_results(self, rows: Sequence[PejlemaerkeResult]) -> None:
        """Replace every row."""
        self.reset_rows(rows)

    def results(self) -> list[PejlemaerkeResult]:
        """The rows, in order."""
        return self.records()

    def _change_text(self, row: PejlemaerkeResult) -> str:
        if not row.comparable and row.analyse is not None and row.statusmaaling is not None:
            return QCoreApplication.translate("ResultTable", "Not comparable")
        return change_text(row.change, self.language)
