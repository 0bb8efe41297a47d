"""The review screen's colours come from the palette: every answer, suggestion and message reads
at WCAG 4.5:1 in a light and in a dark palette."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.deadline_rules import DeadlineCheck
from taskforce_app.domain.enums import Answer, Pejlemaerke, SampledCaseStatus, Track
from taskforce_app.domain.review import AssessmentView, CriterionView, KeyDates, SampledCaseView
from taskforce_app.ui.kit.palette_colours import MIN_CONTRAST, contrast_ratio
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.review.review_models import (
    CriteriaCatalogue,
    CriteriaColumn,
    CriteriaTableModel,
    SampleColumn,
    SampleTableModel,
)
from taskforce_app.ui.review.review_screen import CaseReviewWidget
from tests.gui.conftest import TODAY, FakePrompts, show_page


def make_palette(window: str, base: str, text: str) -> QPalette:
    """A complete palette from three colours (the way dark themes are usually built)."""
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Button):
        palette.setColor(role, QColor(window))
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
        palette.setColor(role, QColor(base))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(role, QColor(text))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2a82da"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return palette


PALETTES = {
    "dark": ("#353535", "#232323", "#f0f0f0"),
    "dark-blue": ("#1e2430", "#161b24", "#d8dee9"),
    "light": ("#efefef", "#ffffff", "#000000"),
}


@pytest.fixture(params=sorted(PALETTES))
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The application's palette set to a light or a dark one for one test."""
    before = QGuiApplication.palette()
    chosen = make_palette(*PALETTES[request.param])
    QApplication.setPalette(chosen)
    yield chosen
    QApplication.setPalette(before)


def colour(value: object) -> QColor:
    """The colour of a brush (or colour) a model returned."""
    if isinstance(value, QBrush):
        return value.color()
    assert isinstance(value, QColor), value
    return value


def criterion(track: Track = Track.JURIDISK) -> CriterionView:
    """A requirement as the review screen shows it."""
    return CriterionView(
        id=uuid.uuid4(),
        code="BL-01",
        track=track,
        pejlemaerke=Pejlemaerke.FAGLIG_UDREDNING,
        provision="Barnets lov § 20, stk. 3",
        question="Er der udarbejdet en børnefaglig undersøgelse?",
        guidance="",
        applies_when="",
        deadline_rule=None,
        benchmark_key=None,
        sort_order=1,
    )


def answered(model: CriteriaTableModel, item: CriterionView, answer: Answer | None) -> None:
    """Show `answer` to `item` as the stored answer of a case."""
    assessments = (
        []
        if answer is None
        else [AssessmentView(uuid.uuid4(), item.id, answer, None, "begrundelse", "", "SKA")]
    )
    model.set_case(assessments, {})


def check_text(model_index_data: object, background: QColor, what: str) -> None:
    """The text colour a model gives reads on `background`."""
    ratio = contrast_ratio(colour(model_index_data), background)
    assert ratio >= MIN_CONTRAST, f"{what}: {ratio:.2f}"


def test_every_answer_reads_on_its_cell(palette: QPalette) -> None:
    model = CriteriaTableModel(CriteriaCatalogue([], {}))
    items = [criterion(Track.JURIDISK), criterion(Track.SOCIALFAGLIG)]
    model.set_criteria(items)
    base = palette.color(QPalette.ColorRole.Base)
    backgrounds: dict[Answer, QColor] = {}
    for answer in Answer:
        item = items[0] if answer.name in {"MET", "NOT_MET"} else items[1]
        answered(model, item, answer)
        index = model.index(model.row_of(item.id), CriteriaColumn.ANSWER)
        assert index.data() == model.catalogue.answer_label(answer)
        background = colour(index.data(Qt.ItemDataRole.BackgroundRole))
        check_text(index.data(Qt.ItemDataRole.ForegroundRole), background, answer.name)
        # The cell says something: it stands out from the table's own background.
        assert contrast_ratio(background, base) > 1.1, answer.name
        backgrounds[answer] = background
        model.set_pending(index.row(), answer)
        check_text(
            index.data(Qt.ItemDataRole.ForegroundRole),
            colour(index.data(Qt.ItemDataRole.BackgroundRole)),
            f"pending {answer.name}",
        )
    assert backgrounds[Answer.MET] != backgrounds[Answer.NOT_MET]
    assert backgrounds[Answer.QUALITY_1] != backgrounds[Answer.QUALITY_4]

    group = model.index(model.group_rows()[0], CriteriaColumn.CODE)
    check_text(
        group.data(Qt.ItemDataRole.ForegroundRole),
        colour(group.data(Qt.ItemDataRole.BackgroundRole)),
        "track title",
    )
    provision = model.index(model.row_of(items[0].id), CriteriaColumn.PROVISION)
    check_text(provision.data(Qt.ItemDataRole.ForegroundRole), base, "provision")


@pytest.mark.parametrize(
    ("suggested", "given"),
    [
        (Answer.MET, None),
        (Answer.NOT_MET, None),
        (None, None),
        (Answer.MET, Answer.MET),
        (Answer.MET, Answer.NOT_MET),
    ],
)
def test_every_suggestion_reads_on_the_table(
    palette: QPalette, suggested: Answer | None, given: Answer | None
) -> None:
    model = CriteriaTableModel(CriteriaCatalogue([], {}))
    item = criterion()
    model.set_criteria([item])
    assessments = (
        []
        if given is None
        else [AssessmentView(uuid.uuid4(), item.id, given, suggested, "", "", "SKA")]
    )
    check = DeadlineCheck(
        rule="within_days", answer=suggested, due=None, explanation_code="deadline.met"
    )
    model.set_case(assessments, {item.id: check})
    index = model.index(model.row_of(item.id), CriteriaColumn.SUGGESTION)
    assert index.data()
    base = palette.color(QPalette.ColorRole.Base)
    check_text(index.data(Qt.ItemDataRole.ForegroundRole), base, "suggestion")


def sampled(status: SampledCaseStatus, answered_count: int) -> SampledCaseView:
    """A sampled case with some answers."""
    return SampledCaseView(
        id=uuid.uuid4(),
        case_id=uuid.uuid4(),
        case_ref="SAG-2025-0001",
        position=1,
        status=status,
        replacement_reason="Forkert sagstype" if status is SampledCaseStatus.REPLACED else "",
        case_type="Forebyggende indsats",
        measure="",
        decided_on=None,
        key_dates=KeyDates(),
        answered=answered_count,
        expected=24,
    )


def test_replaced_and_finished_cases_read_in_the_sample(palette: QPalette) -> None:
    model = SampleTableModel()
    model.set_cases([sampled(SampledCaseStatus.REPLACED, 0), sampled(SampledCaseStatus.ACTIVE, 24)])
    base = palette.color(QPalette.ColorRole.Base)
    replaced = model.index(0, SampleColumn.TYPE)
    check_text(replaced.data(Qt.ItemDataRole.ForegroundRole), base, "replaced")
    finished = model.index(1, SampleColumn.PROGRESS)
    assert finished.data() == "24/24"
    check_text(finished.data(Qt.ItemDataRole.ForegroundRole), base, "finished")


def label_contrast(label: QLabel) -> float:
    """The contrast of a label's text on the window behind it."""
    palette = label.palette()
    return contrast_ratio(
        palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    )


def banner_contrast(label: QLabel) -> float:
    """The contrast of the banner's text on its own background (set by style sheet)."""
    sheet = label.styleSheet()
    background = re.search(r"background: (#[0-9a-f]{6})", sheet)
    text = re.search(r"(?<!-)color: (#[0-9a-f]{6})", sheet)
    assert background is not None and text is not None, sheet
    return contrast_ratio(QColor(text.group(1)), QColor(background.group(1)))


@pytest.fixture
def demo_context(demo_db_path: Path) -> Iterator[AppContext]:
    """A context over a private copy of the demo database."""
    context = open_context(demo_db_path)
    yield context
    context.close()


def test_the_screen_follows_a_palette_change(
    qtbot: QtBot,
    qapp: QApplication,
    demo_context: AppContext,
    prompts: FakePrompts,
    ui_settings: UiSettings,
) -> None:
    before = QGuiApplication.palette()
    widget = CaseReviewWidget(
        demo_context, prompts, UndoController(), settings=ui_settings, today=lambda: TODAY
    )
    qtbot.addWidget(widget)
    show_page(widget)
    qtbot.waitExposed(widget)
    widget._show_message("Fejl", error=True)
    light_message = widget.message_label.palette().color(QPalette.ColorRole.WindowText)
    light_banner = widget.banner.styleSheet()
    try:
        QApplication.setPalette(make_palette(*PALETTES["dark"]))
        qtbot.waitUntil(
            lambda: widget.palette().color(QPalette.ColorRole.Window) == QColor("#353535")
        )
        labels = [widget.message_label, widget.reviewer_label, widget.legend_label]
        labels.append(widget.key_dates.error_label)
        assert [label_contrast(label) >= MIN_CONTRAST for label in labels] == [True] * 4
        assert widget.message_label.palette().color(QPalette.ColorRole.WindowText) != light_message
        assert widget.banner.styleSheet() != light_banner
        assert banner_contrast(widget.banner) >= MIN_CONTRAST
        widget._show_message("Vink", error=False)
        assert label_contrast(widget.message_label) >= MIN_CONTRAST
    finally:
        QApplication.setPalette(before)
    assert banner_contrast(widget.banner) >= MIN_CONTRAST
    assert label_contrast(widget.legend_label) >= MIN_CONTRAST
