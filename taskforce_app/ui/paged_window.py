"""The main window's pages: the navigation list, the stack of pages built on first show, and
the page properties (`window.overview_page` …)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, cast

from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.changes import Changes
from taskforce_app.ui.engagements.engagement_models import EngagementTableModel
from taskforce_app.ui.engagements.engagements_page import EngagementsPage
from taskforce_app.ui.kit.edit_dialogs import EditDialogs
from taskforce_app.ui.kit.pages import CurrentEngagement
from taskforce_app.ui.kit.prompts import Prompts
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.kit.undo import UndoController
from taskforce_app.ui.kit.unsaved_changes import resolve_unsaved

if TYPE_CHECKING:
    from taskforce_app.ui.applications.applications_page import ApplicationsPage
    from taskforce_app.ui.deadlines.deadlines_page import DeadlinesPage
    from taskforce_app.ui.findings.findings_page import FindingsPage
    from taskforce_app.ui.overview.overview_page import OverviewPage
    from taskforce_app.ui.reports.reports_page import ReportsPage
    from taskforce_app.ui.review.case_review_page import CaseReviewPage
    from taskforce_app.ui.timeline.timeline_page import TimelinePage


class Page(IntEnum):
    """The pages of the navigation list, in order (Ctrl+1 … Ctrl+8)."""

    OVERVIEW = 0
    DEADLINES = 1
    APPLICATIONS = 2
    ENGAGEMENTS = 3
    TIMELINE = 4
    CASE_REVIEW = 5
    FINDINGS = 6
    REPORTS = 7


class _Refreshable(Protocol):
    def apply_changes(self, changes: Changes) -> None: ...

    def set_context(self, context: AppContext) -> None: ...


PageWidget = TypeVar("PageWidget", bound=QWidget)


class _BuiltPage(Generic[PageWidget]):
    """A window property giving one page's widget, built on first use."""

    def __init__(self, page: Page) -> None:
        self._page = page

    def __get__(self, window: PagedWindow, owner: type[PagedWindow]) -> PageWidget:
        return cast(PageWidget, window.page_widget(self._page))


class PagedWindow(QMainWindow):
    """Navigation on the left, one page at a time on the right; pages other than Forløb are
    built the first time they are shown, so start-up pays only for the first."""

    _context: AppContext
    prompts: Prompts
    settings: UiSettings
    language: str
    undo: UndoController
    dialogs: EditDialogs
    engagement_model: EngagementTableModel
    _today: Callable[[], date]

    overview_page: _BuiltPage[OverviewPage] = _BuiltPage(Page.OVERVIEW)
    """Overblik."""
    deadlines_page: _BuiltPage[DeadlinesPage] = _BuiltPage(Page.DEADLINES)
    """Mine frister."""
    applications_page: _BuiltPage[ApplicationsPage] = _BuiltPage(Page.APPLICATIONS)
    """Ansøgninger."""
    timeline_page: _BuiltPage[TimelinePage] = _BuiltPage(Page.TIMELINE)
    """Tidslinje."""
    case_review_page: _BuiltPage[CaseReviewPage] = _BuiltPage(Page.CASE_REVIEW)
    """Sagsgennemgang."""
    findings_page: _BuiltPage[FindingsPage] = _BuiltPage(Page.FINDINGS)
    """Fund og anbefalinger."""
    reports_page: _BuiltPage[ReportsPage] = _BuiltPage(Page.REPORTS)
    """Rapporter."""

    def _page_titles(self) -> dict[Page, str]:
        return {
            Page.OVERVIEW: self.tr("Overview"),
            Page.DEADLINES: self.tr("My deadlines"),
            Page.APPLICATIONS: self.tr("Applications"),
            Page.ENGAGEMENTS: self.tr("Engagements"),
            Page.TIMELINE: self.tr("Timeline"),
            Page.CASE_REVIEW: self.tr("Case review"),
            Page.FINDINGS: self.tr("Findings and recommendations"),
            Page.REPORTS: self.tr("Reports"),
        }

    def _build_pages(self) -> None:
        titles = self._page_titles()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet("#navigation::item { padding: 6px 8px; }")
        for page in Page:
            QListWidgetItem(titles[page], self.nav)
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 28)

        self.engagements_page = EngagementsPage(
            self._context,
            self.engagement_model,
            self.prompts,
            self.undo,
            lambda: self.dialogs,
            language=self.language,
            today=self._today,
        )
        self.current_engagement = CurrentEngagement(self)
        self.current_engagement.follow_page(self.engagements_page)
        self.stack = QStackedWidget()
        self.pages: dict[Page, QWidget] = {}
        self._built: dict[Page, QWidget] = {Page.ENGAGEMENTS: self.engagements_page}
        for page in Page:
            # The other pages are built when first shown: start-up pays only for the first.
            widget = self.engagements_page if page == Page.ENGAGEMENTS else QWidget()
            self.stack.addWidget(widget)
            self.pages[page] = widget
        self.nav.currentRowChanged.connect(self._on_navigate)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def show_page(self, page: Page) -> None:
        """Switch to `page`."""
        self.nav.setCurrentRow(page.value)

    def current_page(self) -> Page:
        """The page shown."""
        return Page(self.stack.currentIndex())

    def _on_navigate(self, row: int) -> None:
        leaving = self.stack.currentWidget()
        if row != self.stack.currentIndex() and not resolve_unsaved(leaving):
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        if 0 <= row < len(Page):
            self.page_widget(Page(row))
        self.stack.setCurrentIndex(row)

    def page_widget(self, page: Page) -> QWidget:
        """The widget of `page`, built (and wired) the first time it is needed."""
        built = self._built.get(page)
        if built is None:
            built = self._make_page(page)
            self._built[page] = built
            self.register_page(page, built)
            self.current_engagement.follow_page(built)
        return built

    def _make_page(self, page: Page) -> QWidget:
        context, prompts, today = self._context, self.prompts, self._today
        language, settings = self.language, self.settings
        if page == Page.OVERVIEW:
            from taskforce_app.ui.overview.overview_page import OverviewPage

            return self._opening(OverviewPage(context, prompts, today=today))
        if page == Page.DEADLINES:
            from taskforce_app.ui.deadlines.deadlines_page import DeadlinesPage

            return self._opening(DeadlinesPage(context, prompts, settings=settings, today=today))
        if page == Page.APPLICATIONS:
            from taskforce_app.ui.applications.applications_page import ApplicationsPage

            applications = ApplicationsPage(
                context, prompts, self.undo, lambda: self.dialogs, language=language, today=today
            )
            applications.open_engagement.connect(self.open_engagement)
            return applications
        if page == Page.TIMELINE:
            from taskforce_app.ui.timeline.timeline_page import TimelinePage

            return self._opening(TimelinePage(context, prompts, language=language, today=today))
        reviewing: type[CaseReviewPage] | type[FindingsPage] | type[ReportsPage]
        if page == Page.CASE_REVIEW:
            from taskforce_app.ui.review import case_review_page

            reviewing = case_review_page.CaseReviewPage
        elif page == Page.FINDINGS:
            from taskforce_app.ui.findings import findings_page

            reviewing = findings_page.FindingsPage
        elif page == Page.REPORTS:
            from taskforce_app.ui.reports import reports_page

            reviewing = reports_page.ReportsPage
        else:
            return self.engagements_page
        widget = reviewing(
            context, prompts, self.undo, settings=settings, language=language, today=today
        )
        return self._opening(widget)

    def _opening(self, widget: PageWidget) -> PageWidget:
        """Open a forløb on the Forløb page when `widget` asks for it (`engagement_activated`)."""
        activated = getattr(widget, "engagement_activated", None)
        if activated is not None:
            activated.connect(self.open_engagement)
        return widget

    def _other_pages(self) -> list[_Refreshable]:
        """The pages built so far, other than Forløb."""
        return [
            cast(_Refreshable, widget)
            for page, widget in self._built.items()
            if page != Page.ENGAGEMENTS and hasattr(widget, "apply_changes")
        ]

    def register_page(self, page: Page, widget: QWidget) -> None:
        """Show `widget` as `page`, in place of its placeholder (the window takes ownership)."""
        index = page.value
        old = self.pages[page]
        current = self.stack.currentIndex()
        self.stack.removeWidget(old)
        self.stack.insertWidget(index, widget)
        self.pages[page] = widget
        self._built[page] = widget
        self.stack.setCurrentIndex(current)
        if old is not widget:
            old.deleteLater()

    def open_engagement(self, engagement_id: uuid.UUID) -> bool:
        """Switch to the Forløb page with `engagement_id` selected and loaded."""
        self.show_page(Page.ENGAGEMENTS)
        if self.current_page() != Page.ENGAGEMENTS:
            return False
        return self.engagements_page.open(engagement_id)
