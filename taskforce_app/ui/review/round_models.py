"""Qt models and display texts of review rounds, their samples and sample previews."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from taskforce_app.domain.enums import RoundKind, RoundStatus, SampledCaseStatus, SamplingMethod
from taskforce_app.domain.review import RoundView, SampledCaseView
from taskforce_app.domain.sampling import StratumCount
from taskforce_app.ui.kit.column_table import RIGHT, ColumnSpec, ColumnTableModel, date_sort
from taskforce_app.ui.kit.labels import date_text
from taskforce_app.ui.kit.palette_colours import muted_cell_text

Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: RoundKind) -> str:
    """The translated name of a round kind."""
    labels = {
        RoundKind.ANALYSE: QCoreApplication.translate("RoundLabels", "Analysis"),
        RoundKind.STATUSMAALING: QCoreApplication.translate("RoundLabels", "Status measurement"),
        RoundKind.OTHER: QCoreApplication.translate("RoundLabels", "Other"),
    }
    return labels[kind]


def method_label(method: SamplingMethod | None) -> str:
    """The translated name of a sampling method ("" when the round has no sample yet)."""
    if method is None:
        return ""
    labels = {
        SamplingMethod.RANDOM: QCoreApplication.translate("RoundLabels", "Simple random"),
        SamplingMethod.SYSTEMATIC: QCoreApplication.translate("RoundLabels", "Systematic"),
        SamplingMethod.SYSTEMATIC_BY_CASE_REF: QCoreApplication.translate(
            "RoundLabels", "Systematic (case-number order)"
        ),
        SamplingMethod.STRATIFIED: QCoreApplication.translate("RoundLabels", "Stratified"),
    }
    return labels[method]


def round_status_label(status: RoundStatus) -> str:
    """The translated name of a round status."""
    labels = {
        RoundStatus.OPEN: QCoreApplication.translate("RoundLabels", "Open"),
        RoundStatus.READY_FOR_REPORT: QCoreApplication.translate("RoundLabels", "Ready for report"),
        RoundStatus.SIGNED_OFF: QCoreApplication.translate("RoundLabels", "Signed off"),
    }
    return labels[status]


def sampled_status_label(status: SampledCaseStatus) -> str:
    """The translated name of a sampled case's status."""
    labels = {
        SampledCaseStatus.ACTIVE: QCoreApplication.translate("RoundLabels", "In the sample"),
        SampledCaseStatus.REPLACED: QCoreApplication.translate("RoundLabels", "Replaced"),
    }
    return labels[status]


def strata_field_label(field: str) -> str:
    """The translated name of a field the sample can be stratified by."""
    if field == "measure":
        return QCoreApplication.translate("RoundLabels", "Measure")
    return QCoreApplication.translate("RoundLabels", "Case type")


def percent_text(share: float) -> str:
    """A share 0–1 as a whole percentage, e.g. "45 %"."""
    return f"{round(share * 100)} %"


def sample_text(view: RoundView) -> str:
    """Cases in the sample / the size asked for, or a dash before the sample is drawn."""
    if view.sampling_method is None:
        return "–"
    return f"{view.sampled_cases}/{view.sample_size}"


class RoundTableModel(ColumnTableModel[RoundView]):
    """A forløb's review rounds, oldest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("RoundTable", "Round"),
                    lambda r: r.name,
                    text_tooltip=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("RoundTable", "Kind"),
                    lambda r: kind_label(r.kind),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("RoundTable", "Criteria set"),
                    lambda r: r.legal_set_name,
                    text_tooltip=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("RoundTable", "Cut-off date"),
                    lambda r: date_text(r.cut_off_on) or "–",
                    lambda r: date_sort(r.cut_off_on),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("RoundTable", "Method"),
                    lambda r: method_label(r.sampling_method),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("RoundTable", "Seed"), lambda r: r.seed
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("RoundTable", "Sample"),
                    sample_text,
                    lambda r: r.sampled_cases,
                    align=RIGHT,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("RoundTable", "Progress"),
                    lambda r: percent_text(r.progress),
                    lambda r: round(r.progress * 1000),
                    align=RIGHT,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("RoundTable", "Status"),
                    lambda r: round_status_label(r.status),
                ),
            ],
            key=lambda r: r.id,
            parent=parent,
        )

    def round_id_at(self, row: int) -> uuid.UUID:
        """The id of the round in `row`."""
        return self.record_at(row).id


class SampledCaseTableModel(ColumnTableModel[SampledCaseView]):
    """A round's sample in draw order; replaced cases stay, greyed and in italics."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("SampledCaseTable", "No."),
                    lambda c: str(c.position),
                    lambda c: c.position,
                    align=RIGHT,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("SampledCaseTable", "Case number"),
                    lambda c: c.case_ref,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("SampledCaseTable", "Case type"),
                    lambda c: c.case_type,
                    text_tooltip=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("SampledCaseTable", "Measure"),
                    lambda c: c.measure,
                    text_tooltip=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("SampledCaseTable", "Status"),
                    lambda c: sampled_status_label(c.status),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("SampledCaseTable", "Replacement reason"),
                    lambda c: c.replacement_reason,
                    text_tooltip=True,
                ),
            ],
            key=lambda c: c.id,
            parent=parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """As the base model, plus grey italics for replaced cases."""
        if (
            role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)
            and index.isValid()
            and 0 <= index.row() < self.rowCount()
            and self.record_at(index.row()).status is SampledCaseStatus.REPLACED
        ):
            if role == Qt.ItemDataRole.ForegroundRole:
                return muted_cell_text()
            font = QFont()
            font.setItalic(True)
            return font
        return super().data(index, role)


@dataclass(frozen=True, slots=True)
class DrawnCase:
    """One case of a previewed draw: its place in the draw order and its reference."""

    position: int
    case_ref: str


class DrawnCaseTableModel(ColumnTableModel[DrawnCase]):
    """The cases of a previewed draw, in draw order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("DrawnCaseTable", "No."),
                    lambda d: str(d.position),
                    lambda d: d.position,
                    align=RIGHT,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("DrawnCaseTable", "Case number"),
                    lambda d: d.case_ref,
                ),
            ],
            key=lambda d: d.case_ref,
            parent=parent,
        )

    def set_refs(self, refs: tuple[str, ...]) -> None:
        """Show `refs` in draw order."""
        self.set_rows([DrawnCase(number, ref) for number, ref in enumerate(refs, start=1)])

    def refs(self) -> list[str]:
        """The references shown, in draw order."""
        return [drawn.case_ref for drawn in self.records()]


class StratumTableModel(ColumnTableModel[StratumCount]):
    """Population and sample counts per stratum of a stratified draw."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("StratumTable", "Stratum"),
                    lambda s: s.stratum or QCoreApplication.translate("StratumTable", "(blank)"),
                    text_tooltip=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("StratumTable", "In the case list"),
                    lambda s: str(s.population),
                    lambda s: s.population,
                    align=RIGHT,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("StratumTable", "In the sample"),
                    lambda s: str(s.sample),
                    lambda s: s.sample,
                    align=RIGHT,
                ),
            ],
            key=lambda s: s.stratum,
            parent=parent,
        )
