"""Key figures: a Statistikbanken CSV imported through the Rapporter page, and the panel that
shows the municipality against the national level (chart and table), or how to import."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import QAbstractItemModel, Qt, QThreadPool
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.ui.kit.key_figures_panel import (
    KeyFigureSection,
    KeyFiguresPanel,
    nice_ceiling,
    number_text,
)
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.reports.reports_page import ReportsPage
from taskforce_app.ui.reports.statistics_dialog import StatisticsDialog
from tests.gui.conftest import TODAY, FakePrompts, show_page
from tests.gui.test_engagement_models import check

UND1 = [
    "UND1: Underretninger vedr. børn efter område, underretter, køn og tid",
    "OMRÅDE;UNDERRETTER;KØN;TID;INDHOLD",
    "Hele landet;I alt;I alt;2022;148302",
    "Hele landet;I alt;I alt;2023;151876",
    "Hele landet;I alt;I alt;2024;155010",
    "Region Nordjylland;I alt;I alt;2023;15012",
    "Hjørring;I alt;I alt;2022;1103",
    "Hjørring;I alt;I alt;2023;..",
    "Hjørring;I alt;I alt;2024;1201",
    "Holbæk;I alt;I alt;2023;1420",
    "Tønder;I alt;I alt;2023;612",
    "Ærø;I alt;I alt;2023;24",
    "Læsø;I alt;I alt;2023;..",
    "Atlantis;I alt;I alt;2023;7",
]
FOLK1A = [
    "OMRÅDE;ALDER;TID;INDHOLD",
    "Hele landet;0-17 år;2022K1;1190000",
    "Hele landet;0-17 år;2023K1;1185000",
    "Hele landet;0-17 år;2024K1;1181000",
    "Hjørring;0-17 år;2022K1;13400",
    "Hjørring;0-17 år;2023K1;13300",
    "Hjørring;0-17 år;2024K1;13150",
]


def write_csv(path: Path, lines: list[str]) -> Path:
    """A Statistikbanken export: semicolons, CRLF, Windows-1252."""
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return path


@dataclass
class Page:
    """The page under test."""

    widget: ReportsPage
    context: AppContext
    prompts: FakePrompts

    def choose(self, municipality: str) -> None:
        """Choose the municipality's demo forløb."""
        found = next(
            s for s in self.context.engagements.summaries() if s.municipality_name == municipality
        )
        self.widget.show_engagement(found.id)

    def import_csv(self, path: Path, table_code: str = "") -> StatisticsDialog:
        """Import `path` through the page's statistics dialog."""

        def run(dialog: QDialog) -> bool:
            assert isinstance(dialog, StatisticsDialog)
            assert not dialog.import_button.isEnabled(), "nothing to import before a file"
            self.prompts.chosen_file = path
            dialog.choose_file()
            dialog.table_edit.setText(table_code)
            dialog.import_file()
            return True

        self.widget.run_dialog = run
        return self.widget.import_statistics()


@pytest.fixture
def page(qtbot: QtBot, demo_db_path: Path) -> Iterator[Page]:
    """The Rapporter page over a copy of the demo database (no key figures yet)."""
    context = open_context(demo_db_path)
    prompts = FakePrompts()
    widget = ReportsPage(context, prompts, UndoController(), today=lambda: TODAY)
    widget.open_folder = lambda _folder: None
    qtbot.addWidget(widget)
    show_page(widget)
    qtbot.waitExposed(widget)
    yield Page(widget, context, prompts)
    QThreadPool.globalInstance().waitForDone(5_000)
    widget.hide()
    context.close()


def test_empty_state_says_what_to_import_and_where(page: Page) -> None:
    page.choose("Hjørring")
    panel = page.widget.key_figures
    assert panel.municipality_code == "860"
    assert panel.is_empty and panel.sections == []
    text = panel.empty_label.text()
    assert "Statistikbanken" in text and "UND1" in text and "(;)" in text
    assert "Reports → Import key figures" in text
    panel.set_municipality(None)
    assert panel.is_empty and "Choose an engagement" in panel.empty_label.text()


def test_import_counts_problems_and_the_series_shown(
    page: Page, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    page.choose("Hjørring")
    imported: list[object] = []
    page.widget.key_figures_imported.connect(imported.append)

    dialog = page.import_csv(write_csv(tmp_path / "underretninger.csv", UND1))

    report = dialog.report
    assert report is not None and report.table_code == "UND1"
    assert report.problems and report.problems[0].row_number == 14, "Atlantis is unknown"
    assert report.suppressed == 2 and report.skipped_areas == 1
    assert imported == [report]
    result = dialog.result_label.text()
    assert "Underretninger vedr. børn (UND1)" in result
    assert f"{report.imported} figure(s) imported" in result
    assert dialog.problems_model.rowCount() == 1
    assert dialog.problems_model.index(0, 0).data() == "14"
    assert "Atlantis" in dialog.problems_model.index(0, 1).data()
    assert page.prompts.errors == []
    check(qtmodeltester, dialog.problems_model)

    panel = page.widget.key_figures
    assert not panel.is_empty and len(panel.sections) == 1
    section = panel.sections[0]
    assert section.series.municipality_name == "Hjørring"
    assert not section.series.per_1000, "no child population yet: counts, and a note"
    assert "FOLK1A" in section.note_label.text()
    model = section.model
    assert model.rowCount() == 3
    assert [model.index(r, 0).data() for r in range(3)] == ["2022", "2023", "2024"]
    assert model.index(1, 1).data() == "–", "a suppressed value is missing, not 0"
    assert model.index(0, 1).data() == number_text(1103, "da", 0)
    assert model.index(0, 2).data() == number_text(148302, "da", 0)
    check(qtmodeltester, model)

    chart = section.chart
    assert [len(line.points()) for line in chart.municipality_series] == [1, 1], (
        "the line breaks where the figure is missing"
    )
    assert [len(line.points()) for line in chart.national_series] == [3]
    axis = chart.chart().axes()[0]
    assert isinstance(axis, QBarCategoryAxis)
    assert axis.categories() == ["2022", "2023", "2024"]


def test_population_table_turns_the_series_per_1000_children(
    page: Page, tmp_path: Path, qtbot: QtBot
) -> None:
    page.choose("Hjørring")
    page.import_csv(write_csv(tmp_path / "UND1.csv", UND1))
    page.import_csv(write_csv(tmp_path / "befolkning.csv", FOLK1A), "folk1a")
    sections = page.widget.key_figures.sections
    assert [s.series.table_code for s in sections] == ["UND1"], "population is not a key figure"
    qtbot.wait(10)
    shown = [
        child
        for child in page.widget.key_figures.findChildren(KeyFigureSection)
        if child.isVisibleTo(page.widget)
    ]
    assert shown == sections, "the sections of the previous load are gone"
    series = sections[0].series
    assert series.per_1000
    assert "Per 1,000 children" in sections[0].note_label.text()
    model = sections[0].model
    assert model.index(0, 1).data() == number_text(1103 / 13400 * 1000, "da")
    assert model.index(0, 1).data() == "82,3"
    assert model.index(2, 2).data() == number_text(155010 / 1181000 * 1000, "da")


def test_other_municipalities_see_their_own_figures(page: Page, tmp_path: Path) -> None:
    page.choose("Hjørring")
    page.import_csv(write_csv(tmp_path / "UND1.csv", UND1))
    page.choose("Holbæk")
    panel = page.widget.key_figures
    assert panel.municipality_code == "316"
    assert [p.value for p in panel.sections[0].series.points] == [None, 1420, None]
    assert "Holbæk" in page.widget.key_figures_box.title()
    page.choose("Haderslev")
    assert panel.is_empty


def test_an_unreadable_file_imports_nothing_and_says_why(page: Page, tmp_path: Path) -> None:
    page.choose("Hjørring")
    bad = write_csv(tmp_path / "UND1.csv", ["OMRÅDE;TID;INDHOLD;Kommentar", "Hjørring;2023;1;x"])
    dialog = page.import_csv(bad)
    assert dialog.report is None
    assert dialog.result_label.text() == "Nothing was imported."
    assert len(page.prompts.errors) == 1
    assert page.widget.key_figures.is_empty


def test_a_panel_on_its_own(qtbot: QtBot, gui_context: AppContext, tmp_path: Path) -> None:
    gui_context.key_figures.import_file(write_csv(tmp_path / "UND1.csv", UND1))
    panel = KeyFiguresPanel(gui_context, language="en")
    qtbot.addWidget(panel)
    panel.set_municipality("550")
    assert [s.series.municipality_name for s in panel.sections] == ["Tønder"]
    model_rows = panel.sections[0].model
    assert [model_rows.index(r, 1).data() for r in range(3)] == ["–", "612", "–"]
    model: QAbstractItemModel = panel.sections[0].model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Tønder"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "National"


@pytest.mark.parametrize(
    ("value", "ceiling"),
    [(0.0, 1.0), (9.7, 12.0), (130.3, 160.0), (1.2, 1.6), (48.0, 60.0), (0.05, 0.06)],
)
def test_axis_ceiling(value: float, ceiling: float) -> None:
    assert nice_ceiling(value) == pytest.approx(ceiling)
