"""Render the first day's screens offscreen: `.venv/bin/python docs/render_screens.py [PAGE…]`.

Builds the first-day journey of docs/first-day.md in a temporary database through the services
(two consultants, Odense's application granted, a case list of six cases, a round with a sample
of two, every answer given, signed off by the second consultant, a finding and a
recommendation), opens the main window at 1280×800 in Danish and saves each screen as
docs/screenshots/<page>.png. Dialogs (the import wizard, Konsulenter) are drawn centred over the
window they open from. Without arguments every page is rendered.
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl
from PySide6.QtCore import QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.applications import ApplicationDraft, Decision, RoundDraft
from taskforce_app.domain.enums import (
    Answer,
    ApplicationDecision,
    ConsultantRole,
    Organisation,
    RoundKind,
    SamplingMethod,
    Track,
)
from taskforce_app.domain.findings import RecommendationDraft
from taskforce_app.domain.review import AnswerDraft
from taskforce_app.domain.sampling import SampleRequest
from taskforce_app.domain.team import ConsultantDraft
from taskforce_app.ui import fonts, translations
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.main_window import MainWindow, Page

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
SIZE = QSize(1280, 800)
TODAY = date(2026, 11, 24)
"""The journey's "today" (its dates are fixed, so the screenshots are too)."""

CASE_LIST_HEADERS = (
    "Sagsnummer",
    "Sagstype",
    "Underretning modtaget",
    "BFU påbegyndt",
    "BFU afsluttet",
    "Afgørelsesdato",
)
CASE_ROWS = (
    ("ODS-1001", "Underretning", "03-02-2026", "10-02-2026", "20-05-2026", "01-06-2026"),
    ("ODS-1002", "Anbringelse", "14-01-2026", "20-01-2026", "15-04-2026", "02-05-2026"),
    ("ODS-1003", "Forebyggende", "02-03-2026", "04-03-2026", "30-06-2026", "06-07-2026"),
    ("ODS-1004", "Underretning", "21-04-2026", "28-04-2026", "01-08-2026", "10-08-2026"),
    ("ODS-1005", "Anbringelse", "09-05-2026", "11-05-2026", "19-08-2026", "01-09-2026"),
    ("ODS-1006", "Forebyggende", "16-06-2026", "22-06-2026", "25-09-2026", "05-10-2026"),
)
"""The municipality's case list: pseudonymous case numbers and key dates, no CPR, no names."""


@dataclass(frozen=True, slots=True)
class Journey:
    """The records the first day creates."""

    reviewer: uuid.UUID
    signer: uuid.UUID
    application: uuid.UUID
    engagement: uuid.UUID
    round: uuid.UUID
    finding: uuid.UUID
    case_list: Path


def write_case_list(path: Path) -> Path:
    """The case list as an Excel workbook (one sheet, headings in row 1)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Sager"
    sheet.append(CASE_LIST_HEADERS)
    for row in CASE_ROWS:
        sheet.append(row)
    workbook.save(path)
    return path


def _answer_every_case(context: AppContext, round_id: uuid.UUID) -> None:
    """Answer as the keyboard review does: the computed suggestion where there is one, else
    ikke opfyldt (juridisk) or kvalitet 2 (socialfaglig)."""
    for case in context.review.sampled_cases(round_id):
        checks = context.review.case_suggestions(case.id).by_criterion()
        for criterion in context.review.case_criteria(case.id):
            check = checks.get(criterion.id)
            suggested = None if check is None else check.answer
            if suggested is not None:
                reason = check.message("da") if suggested is Answer.NOT_RELEVANT else ""  # type: ignore[union-attr]
                draft = AnswerDraft(suggested, reason)
            elif criterion.track is Track.SOCIALFAGLIG:
                draft = AnswerDraft(Answer.QUALITY_2)
            else:
                draft = AnswerDraft(Answer.NOT_MET)
            context.review.set_answer(case.id, criterion.id, draft, suggested=suggested)


@dataclass(frozen=True, slots=True)
class Start:
    """The records of the first day before any case list: the team and a granted forløb."""

    reviewer: uuid.UUID
    signer: uuid.UUID
    application: uuid.UUID
    engagement: uuid.UUID


def start_journey(context: AppContext) -> Start:
    """The consultants and Odense's granted application, as the window would make them."""
    team = context.team
    me, _ = team.create_consultant(
        ConsultantDraft("Sofie Kam", "SKA", Organisation.ANKESTYRELSEN, ConsultantRole.JURIST)
    )
    colleague, _ = team.create_consultant(
        ConsultantDraft(
            "Bo Bech", "BBO", Organisation.SOCIAL_OG_BOLIGSTYRELSEN, ConsultantRole.SOCIALFAGLIG
        )
    )
    team.switch_consultant(me.id)

    applications = context.applications
    application_round, _ = applications.create_round(RoundDraft("Efterår 2026", date(2026, 9, 15)))
    odense = context.reference.find_municipality("Odense")
    application, _ = applications.create(
        ApplicationDraft(
            application_round.id,
            odense.id,
            received_on=date(2026, 9, 1),
            council_backing=True,
            council_decision_on=date(2026, 8, 20),
            contact_persons="Børne- og familiechef",
            motivation="Vi vil styrke sagsbehandlingen.",
        )
    )
    applications.decide(
        application.id,
        Decision(ApplicationDecision.GRANTED, TODAY),
        start_date=date(2026, 12, 1),
    )
    engagement = applications.get(application.id).engagement_id
    assert engagement is not None
    team.add_member(engagement, me.id, ConsultantRole.JURIST)
    team.add_member(engagement, colleague.id, ConsultantRole.SOCIALFAGLIG)

    return Start(me.id, colleague.id, application.id, engagement)


def build_journey(context: AppContext, folder: Path) -> Journey:
    """The first day's records, made through the same services the window calls."""
    start = start_journey(context)
    engagement = start.engagement
    team = context.team
    case_list = write_case_list(folder / "sagsliste.xlsx")
    preview = context.case_lists.preview(engagement, case_list)
    context.case_lists.import_rows(engagement, preview.table, preview.mapping)

    review_round, _ = context.review.create_round(engagement, RoundKind.ANALYSE, "Analyse 2026")
    context.sampling.draw(
        review_round.id,
        SampleRequest(method=SamplingMethod.RANDOM, size=2, seed="foerste-dag"),
        dry_run=False,
    )
    _answer_every_case(context, review_round.id)
    team.switch_consultant(start.signer)
    context.review.sign_off(review_round.id)

    proposals = context.findings.propose(review_round.id, 0.75)
    finding, _ = context.findings.create(engagement, proposals[0])
    context.recommendations.create(
        engagement,
        RecommendationDraft(
            "Indfør en fast tjekliste for børnefaglige undersøgelser",
            owner="Afdelingsleder",
            due_on=date(2027, 3, 1),
            finding_id=finding.id,
        ),
    )
    return Journey(
        start.reviewer,
        start.signer,
        start.application,
        engagement,
        review_round.id,
        finding.id,
        case_list,
    )


# -- the screens ----------------------------------------------------------------------------


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _over_window(window: MainWindow, dialog: QDialog) -> QPixmap:
    """The window with `dialog` drawn centred over it (the window dimmed as behind a modal)."""
    picture = window.grab()
    dialog_picture = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))
    corner = QPoint(
        (picture.width() - dialog_picture.width()) // 2,
        (picture.height() - dialog_picture.height()) // 2,
    )
    painter.drawPixmap(corner, dialog_picture)
    painter.setPen(window.palette().color(QPalette.ColorRole.Mid))
    painter.drawRect(QRect(corner, dialog_picture.size()).adjusted(-1, -1, 0, 0))
    painter.end()
    return picture


def _overview(window: MainWindow, _journey: Journey) -> QPixmap:
    window.show_page(Page.OVERVIEW)
    return window.grab()


def _applications(window: MainWindow, journey: Journey) -> QPixmap:
    window.show_page(Page.APPLICATIONS)
    window.applications_page.select_application(journey.application)
    return window.grab()


def _engagement(window: MainWindow, journey: Journey) -> QPixmap:
    window.open_engagement(journey.engagement)
    return window.grab()


def _case_import(window: MainWindow, engagement: uuid.UUID, case_list: Path) -> QPixmap:
    """The import wizard's mapping step over a forløb's first case list (nothing remembered)."""
    window.show_page(Page.CASE_REVIEW)
    page = window.case_review_page
    page.show_engagement(engagement)
    page.tabs.setCurrentWidget(page.rounds_tab)
    wizard = page.make_import_wizard()
    assert wizard is not None
    try:
        wizard.show()
        assert wizard.file_page.load_file(case_list)
        wizard.next()
        _settle(QApplication.instance())  # type: ignore[arg-type]
        if wizard.currentPage() is not wizard.mapping_page:
            raise SystemExit("the import wizard did not reach the mapping step")
        wizard.button(QWizard.WizardButton.NextButton).setFocus()
        _settle(QApplication.instance())  # type: ignore[arg-type]
        return _over_window(window, wizard)
    finally:
        wizard.hide()
        wizard.deleteLater()


def _review(window: MainWindow, journey: Journey) -> QPixmap:
    window.show_page(Page.CASE_REVIEW)
    page = window.case_review_page
    page.show_engagement(journey.engagement)
    page.rounds_panel.select_round(journey.round)
    page.tabs.setCurrentWidget(page.review_widget)
    select_case = getattr(page.review_widget, "select_case", None)
    if select_case is not None:
        select_case(0)
    return window.grab()


def _results(window: MainWindow, journey: Journey) -> QPixmap:
    window.show_page(Page.CASE_REVIEW)
    page = window.case_review_page
    page.show_engagement(journey.engagement)
    page.tabs.setCurrentWidget(page.results_view)
    return window.grab()


def _findings(window: MainWindow, journey: Journey) -> QPixmap:
    window.show_page(Page.FINDINGS)
    page = window.findings_page
    page.show_engagement(journey.engagement)
    page.select_finding(journey.finding)
    page.tabs.setCurrentIndex(page.FINDINGS_TAB)
    return window.grab()


def _reports(window: MainWindow, journey: Journey) -> QPixmap:
    window.show_page(Page.REPORTS)
    window.reports_page.show_engagement(journey.engagement)
    return window.grab()


def _consultants(window: MainWindow, _journey: Journey) -> QPixmap:
    window.show_page(Page.ENGAGEMENTS)
    dialog = window.show_consultants()
    try:
        _settle(QApplication.instance())  # type: ignore[arg-type]
        return _over_window(window, dialog)
    finally:
        dialog.reject()


Screen = Callable[[MainWindow, Journey], QPixmap]

JOURNEY_SCREENS: dict[str, Screen] = {
    "overview": _overview,
    "applications": _applications,
    "forloeb": _engagement,
    "review": _review,
    "results": _results,
    "findings": _findings,
    "reports": _reports,
    "consultants": _consultants,
}
"""Each page of docs/first-day.md after the journey, by the name of its PNG."""

FIRST_IMPORT = "case-import"
"""The import wizard's page: drawn over a database before its first case list."""

SCREENS = ("overview", "applications", "forloeb", FIRST_IMPORT, *tuple(JOURNEY_SCREENS)[3:])
"""Every page, in the order of docs/first-day.md."""

DATABASE_FILE = "taskforce.sqlite"
SHOWN_DATABASE = f"<tmp>/{DATABASE_FILE}"
"""The database's name in the status bar: the same in every run (the folder is random)."""


@contextmanager
def _window(workdir: Path, build: Callable[[AppContext], uuid.UUID]) -> Iterator[MainWindow]:
    """The main window at 1280×800, in Danish, over a new database in `workdir` holding what
    `build` makes; `build` returns the consultant the window works as."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    fonts.apply_app_font(app)
    installed = translations.install_translators("da")
    workdir.mkdir(parents=True, exist_ok=True)
    context = open_context(workdir / DATABASE_FILE)
    context.database_name = SHOWN_DATABASE
    window: MainWindow | None = None
    try:
        consultant = build(context)
        settings = UiSettings(QSettings(str(workdir / "ui.ini"), QSettings.Format.IniFormat))
        settings.set_current_consultant(context.database_identity, consultant)
        window = MainWindow(context, settings=settings, language="da", today=lambda: TODAY)
        window.resize(SIZE)
        window.show()
        _settle(app)
        yield window
    finally:
        if window is not None:
            window.hide()
            window.deleteLater()
        _settle(app)
        context.close()
        installed.remove()


def _save(picture: QPixmap, target: Path) -> Path:
    if picture.size() != SIZE or not picture.save(str(target)):
        raise SystemExit(f"could not write {target} at 1280×800")
    return target


def _render_journey(folder: Path, pages: Sequence[str], workdir: Path) -> list[Path]:
    journeys: list[Journey] = []

    def build(context: AppContext) -> uuid.UUID:
        journeys.append(build_journey(context, workdir))
        return journeys[0].signer

    written: list[Path] = []
    with _window(workdir / "journey", build) as window:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        for page in pages:
            JOURNEY_SCREENS[page](window, journeys[0])
            _settle(app)
            picture = JOURNEY_SCREENS[page](
                window, journeys[0]
            )  # again, after layouts have settled
            written.append(_save(picture, folder / f"{page}.png"))
    return written


def _render_first_import(folder: Path, workdir: Path) -> Path:
    starts: list[Start] = []

    def build(context: AppContext) -> uuid.UUID:
        starts.append(start_journey(context))
        return starts[0].reviewer

    case_list = write_case_list(workdir / "sagsliste.xlsx")
    with _window(workdir / "first-import", build) as window:
        _case_import(window, starts[0].engagement, case_list)
        _settle(QApplication.instance())  # type: ignore[arg-type]
        picture = _case_import(window, starts[0].engagement, case_list)
        return _save(picture, folder / f"{FIRST_IMPORT}.png")


def render(folder: Path, pages: Sequence[str] = SCREENS, *, workdir: Path) -> list[Path]:
    """Build the journey in `workdir` and save each of `pages` as `folder`/<page>.png (the
    import wizard over a second database where the forløb has no case list yet)."""
    unknown = [page for page in pages if page not in SCREENS]
    if unknown:
        raise ValueError(f"unknown pages: {', '.join(unknown)}")
    folder.mkdir(parents=True, exist_ok=True)
    journey = [page for page in pages if page in JOURNEY_SCREENS]
    written = dict(zip(journey, _render_journey(folder, journey, workdir), strict=True))
    if FIRST_IMPORT in pages:
        written[FIRST_IMPORT] = _render_first_import(folder, workdir)
    return [written[page] for page in pages]


def main(argv: Sequence[str] = ()) -> int:
    """Render the pages named in `argv` (all when none) into docs/screenshots."""
    with tempfile.TemporaryDirectory(prefix="taskforce-first-day-") as tmp:
        for path in render(SCREENSHOTS, list(argv) or SCREENS, workdir=Path(tmp)):
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
