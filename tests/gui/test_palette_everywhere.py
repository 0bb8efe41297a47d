"""Every table's colours come from the palette: under a dark palette each coloured cell of the
demo database reads at WCAG 4.5:1, and no hard-coded hex colour remains in the UI code."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

import taskforce_app.ui
from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.ui.kit.error_label import error_label
from taskforce_app.ui.kit.palette_colours import MIN_CONTRAST, contrast_ratio
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.main_window import MainWindow, Page
from tests.gui.conftest import TODAY, FakePrompts
from tests.gui.test_review_screen_palette import PALETTES, make_palette

UI_ROOT = Path(taskforce_app.ui.__file__).parent
HEX_LITERAL = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
"""A hex colour anywhere: in a QColor, a style sheet or a constant."""
ALLOWED_HEX = {
    "kit/palette_colours.py",
    # Not converted yet (issue 14, deliverable 4): the timeline's phase colours and ink (painted,
    # with its own print mode), the key-figure chart's two series and the results chart's three
    # series (chart hues, painted on the chart's own background). Remove each once converted.
    "timeline/timeline_scene.py",
    "kit/key_figures_panel.py",
    "review/results_chart.py",
}
"""Where a hex colour may be written: the palette hues themselves (and the pending files)."""


def colour(value: object) -> QColor:
    """The colour of a brush (or colour) a model returned."""
    if isinstance(value, QBrush):
        return value.color()
    assert isinstance(value, QColor), value
    return value


def coloured_cells(model: QAbstractItemModel) -> Iterator[tuple[QModelIndex, QColor, QColor]]:
    """Every cell of `model` (and its children) with a text or background colour, as (index,
    text, background); the palette's text and base stand in for the role not given."""
    palette = QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
            for column in range(columns):
                index = model.index(row, column, parent)
                if column == 0 and columns > 1 and model.rowCount(index) > 0:
                    pending.append(index)
                fore = index.data(Qt.ItemDataRole.ForegroundRole)
                back = index.data(Qt.ItemDataRole.BackgroundRole)
                if fore is None and back is None:
                    continue
                yield (
                    index,
                    text if fore is None else colour(fore),
                    base if back is None else colour(back),
                )


@pytest.fixture
def demo(demo_db_path: Path) -> Iterator[AppContext]:
    """A context over a private copy of the demo database."""
    context = open_context(demo_db_path)
    yield context
    context.close()


@pytest.fixture(params=["dark", "dark-blue"])
def dark(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The application's palette set to a dark one for one test."""
    before = QGuiApplication.palette()
    chosen = make_palette(*PALETTES[request.param])
    QApplication.setPalette(chosen)
    yield chosen
    QApplication.setPalette(before)


def test_every_coloured_cell_reads_under_a_dark_palette(
    qtbot: QtBot,
    dark: QPalette,
    demo: AppContext,
    prompts: FakePrompts,
    ui_settings: UiSettings,
) -> None:
    window = MainWindow(
        demo, prompts=prompts, settings=ui_settings, opener=open_context, today=lambda: TODAY
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    checked: dict[str, int] = {}
    failures: list[str] = []
    for page in Page:
        window.show_page(page)
        for view in window.findChildren(QAbstractItemView):
            model = view.model()
            if model is None:
                continue
            for index, text, background in coloured_cells(model):
                name = type(model).__name__
                checked[name] = checked.get(name, 0) + 1
                ratio = contrast_ratio(text, background)
                if ratio < MIN_CONTRAST:
                    failures.append(f"{name} ({index.row()}, {index.column()}): {ratio:.2f}")
    assert failures == []
    # The demo database gives coloured cells in several tables (overdue deadlines, severities,
    # statuses): the check saw them.
    assert sum(checked.values()) >= 10, checked
    assert len(checked) >= 2, checked


def test_no_hex_colour_is_written_outside_the_palette_module() -> None:
    found = [
        f"{path.relative_to(UI_ROOT)}:{number}"
        for path in sorted(UI_ROOT.rglob("*.py"))
        if path.relative_to(UI_ROOT).as_posix() not in ALLOWED_HEX
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if HEX_LITERAL.search(line)
    ]
    assert found == []


STYLE_COLOUR = re.compile(r"(?<![-\w])(color|background): (#[0-9a-f]{6})")


def sheet_colours(label: QLabel) -> dict[str, QColor]:
    """The text and background colours a label's style sheet sets."""
    found = {name: QColor(value) for name, value in STYLE_COLOUR.findall(label.styleSheet())}
    assert set(found) == {"color", "background"}, label.styleSheet()
    return found


def test_the_error_label_reads_under_a_dark_palette_and_follows_a_palette_change(
    qtbot: QtBot, dark: QPalette
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    label = error_label()
    label.setParent(parent)
    label.setText("Fejl")
    label.show()
    parent.show()
    qtbot.waitExposed(parent)
    window = dark.color(QPalette.ColorRole.Window)
    colours = sheet_colours(label)
    assert contrast_ratio(colours["color"], colours["background"]) >= MIN_CONTRAST
    # A dark box on a dark window, not the light pastel of the light palette.
    assert contrast_ratio(colours["background"], window) < 2.0
    dark_sheet = label.styleSheet()

    QApplication.setPalette(QApplication.style().standardPalette())
    qtbot.waitUntil(lambda: label.styleSheet() != dark_sheet, timeout=2_000)
    light = sheet_colours(label)
    assert contrast_ratio(light["color"], light["background"]) >= MIN_CONTRAST
    assert light["background"].lightness() > colours["background"].lightness()
