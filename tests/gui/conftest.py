"""GUI test helpers: fake prompts, private settings, translators, a main window factory, data."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLayout, QWidget
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.engagements import EngagementDetail, EngagementDraft
from taskforce_app.domain.enums import Phase
from taskforce_app.ui import translations
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.main_window import MainWindow

TODAY = date(2026, 11, 24)


@dataclass
class FakePrompts:
    """Prompts that answer from a script and record what was asked; never modal."""

    confirm_answer: bool = True
    chosen_file: Path | None = None
    confirms: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    infos: list[tuple[str, str]] = field(default_factory=list)
    file_requests: list[str] = field(default_factory=list)

    def confirm(self, title: str, text: str) -> bool:
        """Record the question and give the scripted answer."""
        self.confirms.append((title, text))
        return self.confirm_answer

    def error(self, title: str, text: str) -> None:
        """Record the error."""
        self.errors.append((title, text))

    def info(self, title: str, text: str) -> None:
        """Record the message."""
        self.infos.append((title, text))

    def choose_file(self, title: str, file_filter: str, start: Path | None = None) -> Path | None:
        """Record the request and give the scripted file."""
        self.file_requests.append(title)
        return self.chosen_file

    def choose_save_file(
        self, title: str, file_filter: str, start: Path | None = None
    ) -> Path | None:
        """Record the request and give the scripted file."""
        self.file_requests.append(title)
        return self.chosen_file


@pytest.fixture
def prompts() -> FakePrompts:
    """Fresh fake prompts."""
    return FakePrompts()


@pytest.fixture
def ui_settings(tmp_path: Path) -> UiSettings:
    """UI settings in a private ini file."""
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def gui_context(db_path: Path) -> Iterator[AppContext]:
    """An `AppContext` over a fresh empty database (typed, closed afterwards)."""
    context = open_context(db_path)
    yield context
    context.close()


@pytest.fixture
def danish(qapp: QApplication) -> Iterator[translations.InstalledTranslators]:
    """Danish translators installed for one test."""
    installed = translations.install_translators("da")
    yield installed
    installed.remove()


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(
    qtbot: QtBot, prompts: FakePrompts, ui_settings: UiSettings
) -> Iterator[WindowFactory]:
    """Build (and afterwards close) main windows over a context."""
    windows: list[MainWindow] = []

    def factory(context: AppContext, *, language: str = "da", show: bool = True) -> MainWindow:
        window = MainWindow(
            context,
            prompts=prompts,
            settings=ui_settings,
            language=language,
            opener=open_context,
            today=lambda: TODAY,
        )
        qtbot.addWidget(window)
        windows.append(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
        return window

    yield factory
    for window in windows:
        if window.context is not None:
            window.hide()


SAMPLE = (
    ("Aarhus", "Styrket faglig udredning", Phase.ANALYSE, date(2025, 2, 3)),
    ("Ærø", "Opfølgning på anbragte børn", Phase.UDVIKLING, date(2024, 12, 15)),
    ("Odense", "Inddragelse af børn og unge", Phase.OPSTART, None),
)


def add_engagements(context: AppContext) -> list[EngagementDetail]:
    """Three forløb created through the service."""
    created = []
    for name, title, phase, start in SAMPLE:
        municipality = context.reference.find_municipality(name)
        detail, _ = context.engagements.create(
            EngagementDraft(
                title=title, municipality_id=municipality.id, phase=phase, start_date=start
            )
        )
        created.append(detail)
    return created


def show_page(widget: QWidget, width: int = 1280, height: int = 800) -> None:
    """Show a page as its own window, offscreen, without size-hint warnings.

    A window whose minimum size follows its layout after it is shown asks the platform to
    propagate size hints, which the offscreen platform cannot do (the main window fixes its
    minimum size for the same reason).
    """
    layout = widget.layout()
    if layout is not None:
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    widget.setMinimumSize(200, 200)
    widget.resize(width, height)
    widget.show()
