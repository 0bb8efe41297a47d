"""Qt models of the Fund tab: findings with their filters, checklists and review notes."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from taskforce_app.domain.enums import Severity, Track
from taskforce_app.domain.findings import FindingDraft, FindingView, Improvement, ReviewNoteView
from taskforce_app.ui.findings.finding_labels import (
    SEVERITY_COLOURS,
    SEVERITY_ORDER,
    evidence_label,
    improvement_label,
    severity_label,
    theme_label,
    track_label,
)
from taskforce_app.ui.findings.prepared_table import (
    Prepared,
    PreparedTableModel,
)
from taskforce_app.ui.findings.view_table import ViewTableModel
from taskforce_app.ui.kit.check_list_model import CheckableListModel
from taskforce_app.ui.kit.column_table import (
    FILTER_ROLE,
    SORT_ROLE,
    Index,
)
from taskforce_app.ui.kit.dot_icons import dot_icon
from taskforce_app.ui.kit.labels import danish_sort_key
from taskforce_app.ui.kit.palette_colours import GREEN, GREY, RED

_NOTE_COLOUR = RED
_RESOLVED_COLOUR = GREEN


# --- findings ---------------------------------------------------------------------------------


class FindingColumn(IntEnum):
    """The columns of the findings table, in order."""

    MUNICIPALITY = 0
    TRACK = 1
    THEME = 2
    TITLE = 3
    SEVERITY = 4
    ROUND = 5
    EVIDENCE = 6
    RECOMMENDATIONS = 7
    NOTES = 8
    IMPROVEMENT = 9


class ImprovementState(StrEnum):
    """Where the improvement column stands: it is computed apart, in the background."""

    PENDING = "pending"
    LOADED = "loaded"
    FAILED = "failed"


PENDING_TEXT = "…"
"""The improvement column while it is computed."""
FAILED_TEXT = "—"
"""The improvement column when computing it failed (the log has why)."""
_NO_IMPROVEMENT = 10**9


class FollowUp(StrEnum):
    """Where a finding's recommendations stand (the filter's values)."""

    NONE = "none"
    OPEN = "open"
    CLOSED = "closed"


def follow_up_label(value: FollowUp) -> str:
    """The translated name of a follow-up state."""
    return {
        FollowUp.NONE: QCoreApplication.translate("FollowUp", "No recommendations"),
        FollowUp.OPEN: QCoreApplication.translate("FollowUp", "Any recommendation open"),
        FollowUp.CLOSED: QCoreApplication.translate("FollowUp", "All recommendations closed"),
    }[value]


@dataclass(frozen=True, slots=True)
class FindingKeys:
    """What the findings filters compare."""

    track: Track
    severity: Severity
    theme: str
    """The theme's label (a pejlemærke key and its name typed as free text are one theme)."""
    follow_up: FollowUp
    round_id: uuid.UUID | None
    search: str


class FindingTableModel(ViewTableModel[FindingView]):
    """One row per `FindingView`; the improvement column may be filled in later."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._follow_up: dict[uuid.UUID, tuple[int, int]] = {}
        self._state = ImprovementState.LOADED

    @property
    def improvement_state(self) -> ImprovementState:
        """Whether the improvements shown are computed, still pending, or failed."""
        return self._state

    def titles(self) -> Sequence[str]:
        """The translated column titles (a title of two words on two lines: ten columns share
        the width of a 1280-pixel window with the title column)."""
        return tuple(map(_two_lines, self._titles()))

    def _titles(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("FindingTable", "Municipality"),
            QCoreApplication.translate("FindingTable", "Track"),
            QCoreApplication.translate("FindingTable", "Theme"),
            QCoreApplication.translate("FindingTable", "Title"),
            QCoreApplication.translate("FindingTable", "Severity"),
            QCoreApplication.translate("FindingTable", "Round"),
            QCoreApplication.translate("FindingTable", "Cases"),
            QCoreApplication.translate("FindingTable", "Recommendations"),
            QCoreApplication.translate("FindingTable", "Open comments"),
            QCoreApplication.translate("FindingTable", "Development"),
        )

    def header_tooltip(self, section: int) -> str | None:
        """Explain the computed columns."""
        if section == FindingColumn.EVIDENCE:
            return QCoreApplication.translate(
                "FindingTable",
                "Cases where a requirement of the finding was not met, of the cases assessed "
                "in its round",
            )
        if section == FindingColumn.RECOMMENDATIONS:
            return QCoreApplication.translate("FindingTable", "Recommendations: open / all")
        if section == FindingColumn.IMPROVEMENT:
            return QCoreApplication.translate(
                "FindingTable",
                "Change from the analysis to the status measurement in the share of cases "
                "meeting the finding's requirements",
            )
        return None

    def set_views(
        self,
        views: Sequence[FindingView],
        follow_up: dict[uuid.UUID, tuple[int, int]],
        *,
        improvements_pending: bool = False,
    ) -> None:
        """Replace every row; `follow_up` maps a finding to (open, all) recommendations.

        With `improvements_pending` the views carry no improvement yet: the column shows a
        placeholder until `set_improvements` (or `improvements_failed`).
        """
        self._follow_up = dict(follow_up)
        self._state = ImprovementState.PENDING if improvements_pending else ImprovementState.LOADED
        self._show(views, lambda _number, v: self._prepare(v, self._counts(v)))

    def set_improvements(self, improvements: Mapping[uuid.UUID, Improvement | None]) -> None:
        """Fill in the improvement of every row (rows keep their place and selection)."""
        self._views = {
            key: replace(view, improvement=improvements.get(key))
            for key, view in self._views.items()
        }
        self._state = ImprovementState.LOADED
        self._prepare_again()

    def improvements_failed(self) -> None:
        """Computing the improvements failed: the column shows a neutral dash."""
        self._state = ImprovementState.FAILED
        self._prepare_again()

    def _prepare_again(self) -> None:
        self.set_rows([self._prepare(view, self._counts(view)) for view in self.views()])

    def _counts(self, view: FindingView) -> tuple[int, int]:
        return self._follow_up.get(view.id, (0, 0))

    def _improvement_text(self, points: float | None) -> str:
        if self._state is ImprovementState.PENDING:
            return PENDING_TEXT
        if self._state is ImprovementState.FAILED:
            return FAILED_TEXT
        return improvement_label(points)

    def _prepare(self, view: FindingView, counts: tuple[int, int]) -> Prepared:
        open_count, total = counts
        improvement = view.improvement.points if view.improvement is not None else None
        state = FollowUp.NONE if not total else (FollowUp.OPEN if open_count else FollowUp.CLOSED)
        recommendations = "" if not total else f"{open_count} / {total}"
        display = (
            view.municipality,
            track_label(view.track),
            theme_label(view.theme),
            view.title,
            severity_label(view.severity),
            view.round_name,
            evidence_label(view.shown_in, view.assessed_in) if view.assessed_in else "",
            recommendations,
            str(view.open_notes) if view.open_notes else "",
            self._improvement_text(improvement),
        )
        sort: tuple[str | int, ...] = (
            danish_sort_key(view.municipality),
            danish_sort_key(display[1]),
            danish_sort_key(display[2]),
            danish_sort_key(view.title),
            SEVERITY_ORDER[view.severity],
            danish_sort_key(view.round_name),
            -round(10_000 * view.shown_in / view.assessed_in) if view.assessed_in else 1,
            total * 1000 + open_count,
            view.open_notes,
            -round(100 * improvement) if improvement is not None else _NO_IMPROVEMENT,
        )
        search = " ".join((*display, view.description, *(c.code for c in view.criteria))).casefold()
        colour = SEVERITY_COLOURS[view.severity]
        tips = {FindingColumn.TITLE: view.description or view.title}
        if improvement is not None:
            tips[FindingColumn.EVIDENCE] = QCoreApplication.translate(
                "FindingTable", "After the status measurement: %1"
            ).replace("%1", improvement_label(improvement))
        if self._state is ImprovementState.PENDING:
            tips[FindingColumn.IMPROVEMENT] = QCoreApplication.translate(
                "FindingTable", "Being computed in the background…"
            )
        elif self._state is ImprovementState.FAILED:
            tips[FindingColumn.IMPROVEMENT] = QCoreApplication.translate(
                "FindingTable", "Could not be computed; the details are in the log file."
            )
        return Prepared(
            id=view.id,
            display=display,
            sort=sort,
            keys=FindingKeys(view.track, view.severity, view.theme, state, view.round_id, search),
            foreground={FindingColumn.SEVERITY: colour}
            | (
                {FindingColumn.NOTES: SEVERITY_COLOURS[Severity.CRITICAL]}
                if view.open_notes
                else {}
            ),
            icons={FindingColumn.SEVERITY: dot_icon(colour)},
            tooltips=tips,
            right=frozenset(
                {
                    FindingColumn.EVIDENCE,
                    FindingColumn.RECOMMENDATIONS,
                    FindingColumn.NOTES,
                    FindingColumn.IMPROVEMENT,
                }
            ),
        )


class FilterProxy(QSortFilterProxyModel):
    """A sort/filter proxy over `FILTER_ROLE` keys; subclasses decide `accepts(keys)`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: tuple[str, ...] = ()

    @property
    def search(self) -> str:
        """The current search words, joined by spaces."""
        return " ".join(self._words)

    def set_search(self, text: str) -> None:
        """Show only rows matching every word of `text` (case-insensitive)."""
        words = tuple(text.casefold().split())
        if words != self._words:
            self._change(lambda: setattr(self, "_words", words))

    def accepts(self, keys: Any) -> bool:
        """True when a row's keys pass the filters (the search is checked separately)."""
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """True when the row passes every active filter and the search."""
        model = self.sourceModel()
        keys = model.index(source_row, 0, source_parent).data(FILTER_ROLE)
        if keys is None or not self.accepts(keys):
            return False
        search = getattr(keys, "search", "")
        return all(word in search for word in self._words)

    def _change(self, apply: Callable[[], None]) -> None:
        self.beginFilterChange()
        apply()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _set(self, name: str, value: object) -> None:
        if getattr(self, name) != value:
            self._change(lambda: setattr(self, name, value))


class FindingFilterProxy(FilterProxy):
    """Filters findings by track, severity, theme, follow-up and round, plus the search."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.track: Track | None = None
        self.severity: Severity | None = None
        self.theme: str | None = None
        self.follow_up: FollowUp | None = None
        self.round_id: uuid.UUID | None = None

    def set_track(self, track: Track | None) -> None:
        """Show only findings of `track` (None: all)."""
        self._set("track", track)

    def set_severity(self, severity: Severity | None) -> None:
        """Show only findings of `severity` (None: all)."""
        self._set("severity", severity)

    def set_theme(self, theme: str | None) -> None:
        """Show only findings whose theme's label is `theme` (None: all)."""
        self._set("theme", theme)

    def set_follow_up(self, value: FollowUp | None) -> None:
        """Show only findings whose recommendations stand so (None: all)."""
        self._set("follow_up", value)

    def set_round(self, round_id: uuid.UUID | None) -> None:
        """Show only findings of a round (None: all)."""
        self._set("round_id", round_id)

    def accepts(self, keys: Any) -> bool:
        """Every active filter matches."""
        if not isinstance(keys, FindingKeys):
            return False
        return (
            (self.track is None or keys.track is self.track)
            and (self.severity is None or keys.severity is self.severity)
            and (self.theme is None or keys.theme == self.theme)
            and (self.follow_up is None or keys.follow_up is self.follow_up)
            and (self.round_id is None or keys.round_id == self.round_id)
        )


# --- checklists -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CheckItem:
    """One line of a checklist."""

    id: uuid.UUID
    text: str
    tooltip: str = ""


class CheckListModel(CheckableListModel[CheckItem]):
    """A list whose lines can be ticked (requirements, evidence cases, proposals)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            lambda item: item.id,
            lambda item: item.text,
            parent,
            tooltip=lambda item: item.tooltip or item.text,
        )

    def checked_ids(self) -> tuple[uuid.UUID, ...]:
        """The ticked lines' ids, in list order."""
        return tuple(item.id for item in self.checked_items())


# --- review notes -----------------------------------------------------------------------------


class NoteColumn(IntEnum):
    """The columns of the review notes table."""

    STATE = 0
    TEXT = 1
    FINDING = 2
    AUTHOR = 3
    CREATED = 4
    RESOLVED = 5


class NoteTableModel(ViewTableModel[ReviewNoteView]):
    """A forløb's review notes, open ones first."""

    def titles(self) -> Sequence[str]:
        """The translated column titles."""
        return (
            QCoreApplication.translate("NoteTable", "State"),
            QCoreApplication.translate("NoteTable", "Comment"),
            QCoreApplication.translate("NoteTable", "Finding"),
            QCoreApplication.translate("NoteTable", "By"),
            QCoreApplication.translate("NoteTable", "Written"),
            QCoreApplication.translate("NoteTable", "Resolved"),
        )

    def set_views(
        self, views: Sequence[ReviewNoteView], finding_titles: dict[uuid.UUID, str]
    ) -> None:
        """Replace every row."""
        self._show(views, lambda _number, view: self._prepare(view, finding_titles))

    def open_count(self) -> int:
        """How many notes are open."""
        return sum(1 for view in self.views() if view.is_open)

    def _prepare(self, view: ReviewNoteView, titles: dict[uuid.UUID, str]) -> Prepared:
        finding = titles.get(view.finding_id, "") if view.finding_id else ""
        if not finding and view.assessment_id is not None:
            finding = QCoreApplication.translate("NoteTable", "(an assessment)")
        created = view.created_at.astimezone().strftime("%d-%m-%Y %H:%M")
        resolved = ""
        if view.resolved_at is not None:
            resolved = view.resolved_at.astimezone().strftime("%d-%m-%Y")
            if view.resolved_by:
                resolved = f"{resolved} ({view.resolved_by})"
        state = (
            QCoreApplication.translate("NoteTable", "Open")
            if view.is_open
            else QCoreApplication.translate("NoteTable", "Resolved")
        )
        return Prepared(
            id=view.id,
            display=(state, view.text, finding, view.author, created, resolved),
            sort=(
                0 if view.is_open else 1,
                danish_sort_key(view.text),
                danish_sort_key(finding),
                danish_sort_key(view.author),
                int(view.created_at.timestamp()),
                int(view.resolved_at.timestamp()) if view.resolved_at else 0,
            ),
            keys=view,
            foreground={NoteColumn.STATE: _NOTE_COLOUR if view.is_open else _RESOLVED_COLOUR},
        )


# --- proposals --------------------------------------------------------------------------------


class ProposalColumn(IntEnum):
    """The columns of the proposed findings."""

    TITLE = 0
    SEVERITY = 1
    TRACK = 2
    FIGURE = 3
    CASES = 4


class ProposalTableModel(PreparedTableModel):
    """Proposed findings with their figures; the first column can be ticked."""

    checked_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._drafts: dict[uuid.UUID, FindingDraft] = {}
        self._checked: set[uuid.UUID] = set()

    def titles(self) -> Sequence[str]:
        """The translated column titles."""
        return (
            QCoreApplication.translate("ProposalTable", "Proposed finding"),
            QCoreApplication.translate("ProposalTable", "Severity"),
            QCoreApplication.translate("ProposalTable", "Track"),
            QCoreApplication.translate("ProposalTable", "Requirement met"),
            QCoreApplication.translate("ProposalTable", "Cases"),
        )

    def set_proposals(
        self, drafts: Sequence[FindingDraft], recorded: Iterable[tuple[uuid.UUID, uuid.UUID]] = ()
    ) -> None:
        """Replace the proposals; `recorded` holds (round, requirement) pairs already found."""
        known = set(recorded)
        self._drafts, self._checked = {}, set()
        rows = []
        for draft in drafts:
            key = uuid.uuid4()
            self._drafts[key] = draft
            already = any((draft.round_id, c) in known for c in draft.criterion_ids)
            code = draft.description.split(" ", 1)[0]
            figure = f"{code}: {draft.description.split('): ', 1)[-1]}"
            title = draft.title
            if already:
                title = QCoreApplication.translate(
                    "ProposalTable", "Already a finding: %1"
                ).replace("%1", title)
            colour = SEVERITY_COLOURS[draft.severity]
            rows.append(
                Prepared(
                    id=key,
                    display=(
                        title,
                        severity_label(draft.severity),
                        track_label(draft.track),
                        figure,
                        str(len(draft.evidence_ids)),
                    ),
                    sort=(
                        danish_sort_key(title),
                        SEVERITY_ORDER[draft.severity],
                        danish_sort_key(track_label(draft.track)),
                        danish_sort_key(figure),
                        len(draft.evidence_ids),
                    ),
                    keys=draft,
                    foreground={ProposalColumn.SEVERITY: colour}
                    | ({ProposalColumn.TITLE: GREY} if already else {}),
                    icons={ProposalColumn.SEVERITY: dot_icon(colour)},
                    tooltips={
                        ProposalColumn.TITLE: draft.title,
                        ProposalColumn.FIGURE: draft.description,
                    },
                    right=frozenset({ProposalColumn.CASES}),
                )
            )
        self._set_prepared(rows)
        self.checked_changed.emit()

    def drafts(self) -> list[FindingDraft]:
        """Every proposal, in model order."""
        return [self._drafts[key] for key in self.ids()]

    def checked(self) -> list[FindingDraft]:
        """The ticked proposals, in model order."""
        return [self._drafts[key] for key in self.ids() if key in self._checked]

    def set_checked(self, row: int, checked: bool) -> None:
        """Tick or untick the proposal in `row`."""
        self.setData(
            self.index(row, 0),
            (Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked).value,
            Qt.ItemDataRole.CheckStateRole,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The prepared data, plus the tick in the first column."""
        if (
            role == Qt.ItemDataRole.CheckStateRole
            and index.isValid()
            and index.column() == ProposalColumn.TITLE
            and 0 <= index.row() < self.rowCount()
        ):
            key = self.ids()[index.row()]
            return Qt.CheckState.Checked if key in self._checked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Tick or untick a proposal."""
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or index.column() != ProposalColumn.TITLE
            or not 0 <= index.row() < self.rowCount()
        ):
            return False
        state = value.value if isinstance(value, Qt.CheckState) else value
        key = self.ids()[index.row()]
        if state == Qt.CheckState.Checked.value:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        """The first column can be ticked."""
        flags = super().flags(index)
        if index.isValid() and index.column() == ProposalColumn.TITLE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags


def _two_lines(title: str) -> str:
    """`title` broken at the space or after the slash nearest its middle (unchanged if none)."""
    breaks = [i for i, char in enumerate(title) if char == " "]
    breaks += [i + 1 for i, char in enumerate(title[:-1]) if char == "/"]
    if not breaks:
        return title
    at = min(breaks, key=lambda i: abs(len(title) - 2 * i))
    head, tail = title[:at].rstrip(), title[at:].lstrip()
    return f"{head}\n{tail}"
