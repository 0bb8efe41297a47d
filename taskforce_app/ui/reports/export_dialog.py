"""The choice of sections before the PDF statusrapport is written (remembered between exports)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from taskforce_app.domain.report_models import ALL_SECTIONS, ReportOptions, ReportSection
from taskforce_app.ui.kit.settings import UiSettings

SECTIONS_KEY = "reports/pdf_sections"
"""Where the ticked sections are kept in the user's QSettings (comma-separated codes)."""


def section_label(section: ReportSection) -> str:
    """The translated name of a report section, as the report's heading says it."""
    labels = {
        ReportSection.COVER: QCoreApplication.translate("ReportSections", "Cover page"),
        ReportSection.SUMMARY: QCoreApplication.translate("ReportSections", "Summary"),
        ReportSection.TIMELINE: QCoreApplication.translate(
            "ReportSections", "Phases and milestones"
        ),
        ReportSection.SAMPLING: QCoreApplication.translate("ReportSections", "Sampling note"),
        ReportSection.RESULTS: QCoreApplication.translate(
            "ReportSections", "Results of the case review"
        ),
        ReportSection.FINDINGS: QCoreApplication.translate(
            "ReportSections", "Findings and recommendations"
        ),
        ReportSection.KEY_FIGURES: QCoreApplication.translate(
            "ReportSections", "Key figures from Statistics Denmark"
        ),
        ReportSection.APPENDIX: QCoreApplication.translate(
            "ReportSections", "Appendix: sampled cases and answers"
        ),
    }
    return labels[section]


def remembered_sections(settings: UiSettings | None) -> frozenset[ReportSection]:
    """The sections ticked last time (all of them the first time)."""
    if settings is None:
        return ALL_SECTIONS
    value = settings.store.value(SECTIONS_KEY)
    if not isinstance(value, str):
        return ALL_SECTIONS
    known = {section.value: section for section in ReportSection}
    chosen = frozenset(known[code] for code in value.split(",") if code in known)
    return chosen or ALL_SECTIONS


def remember_sections(settings: UiSettings | None, sections: frozenset[ReportSection]) -> None:
    """Keep the ticked sections for the next export."""
    if settings is not None:
        codes = [section.value for section in ReportSection if section in sections]
        settings.store.setValue(SECTIONS_KEY, ",".join(codes))


class ExportDialog(QDialog):
    """One checkbox per report section (all ticked by default); OK needs at least one."""

    def __init__(
        self,
        engagement_name: str,
        parent: QWidget | None = None,
        *,
        settings: UiSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Status report (PDF)"))
        intro = QLabel(
            self.tr("Choose the sections of the status report for %1.").replace(
                "%1", engagement_name
            )
        )
        intro.setWordWrap(True)
        chosen = remembered_sections(settings)
        self.checkboxes: dict[ReportSection, QCheckBox] = {}
        boxes = QVBoxLayout()
        for section in ReportSection:
            box = QCheckBox(section_label(section))
            box.setChecked(section in chosen)
            box.toggled.connect(self._update_ok)
            boxes.addWidget(box)
            self.checkboxes[section] = box
        self.all_button = QPushButton(self.tr("Select &all"))
        self.all_button.clicked.connect(lambda: self.set_sections(ALL_SECTIONS))
        self.none_button = QPushButton(self.tr("Select &none"))
        self.none_button.clicked.connect(lambda: self.set_sections(frozenset()))
        toggles = QHBoxLayout()
        toggles.addWidget(self.all_button)
        toggles.addWidget(self.none_button)
        toggles.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Continue…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(boxes)
        layout.addLayout(toggles)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self._update_ok()

    def sections(self) -> frozenset[ReportSection]:
        """The ticked sections."""
        return frozenset(section for section, box in self.checkboxes.items() if box.isChecked())

    def set_sections(self, sections: frozenset[ReportSection]) -> None:
        """Tick exactly `sections`."""
        for section, box in self.checkboxes.items():
            box.setChecked(section in sections)

    def options(self) -> ReportOptions:
        """The report options for the ticked sections."""
        return ReportOptions(self.sections())

    def accept(self) -> None:
        """Remember the choice, then close."""
        if not self.sections():
            return
        remember_sections(self._settings, self.sections())
        super().accept()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.sections()))
