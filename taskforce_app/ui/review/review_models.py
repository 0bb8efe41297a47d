"""Qt models of the review screen: the round's sample and one case's criteria with answers."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QPalette

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.criteria import CriteriaSetSpec, CriterionSpec, ScalePoint
from taskforce_app.domain.deadline_rules import (
    BARNETS_LOV_SET_KEY,
    TOPIC_FIRST_FOLLOW_UP,
    CaseKeyDates,
    DeadlineCheck,
    check_deadline,
)
from taskforce_app.domain.enums import Answer, Pejlemaerke, SampledCaseStatus, Track
from taskforce_app.domain.labels import ANSWER_LABELS
from taskforce_app.domain.review import AssessmentView, CriterionView, KeyDates, SampledCaseView
from taskforce_app.ui.kit.cell_fonts import italic_font
from taskforce_app.ui.kit.column_table import RIGHT, ColumnSpec, ColumnTableModel
from taskforce_app.ui.kit.palette_colours import (
    AMBER,
    BLUE,
    GREEN,
    GREY,
    LIGHT_GREEN,
    RED,
    PaletteCache,
    muted_text,
    readable_text,
    status_text,
    tinted_background,
)

Index = QModelIndex | QPersistentModelIndex

NEUTRAL = GREY
ANSWER_HUES = {
    Answer.MET: GREEN,
    Answer.NOT_MET: RED,
    Answer.NOT_RELEVANT: NEUTRAL,
    Answer.CANNOT_ASSESS: AMBER,
    Answer.QUALITY_1: RED,
    Answer.QUALITY_2: AMBER,
    Answer.QUALITY_3: LIGHT_GREEN,
    Answer.QUALITY_4: GREEN,
}
"""What each answer's cell says by its colour; the shade comes from the palette."""


@dataclass(frozen=True, slots=True)
class ReviewBrushes:
    """The review tables' colours for one palette (every text reads at 4.5:1 or better)."""

    answer_backgrounds: dict[Answer, QBrush]
    answer_texts: dict[Answer, QBrush]
    group_background: QBrush
    group_text: QBrush
    muted: QBrush
    green: QBrush
    red: QBrush
    amber: QBrush


def review_brushes(palette: QPalette) -> ReviewBrushes:
    """The review tables' colours derived from `palette` (its base and text colours)."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    backgrounds = {answer: tinted_background(hue, base) for answer, hue in ANSWER_HUES.items()}
    group = tinted_background(BLUE, base)
    return ReviewBrushes(
        answer_backgrounds={answer: QBrush(colour) for answer, colour in backgrounds.items()},
        answer_texts={
            answer: QBrush(readable_text(colour, text)) for answer, colour in backgrounds.items()
        },
        group_background=QBrush(group),
        group_text=QBrush(readable_text(group, text)),
        muted=QBrush(muted_text(text, base)),
        green=QBrush(status_text(GREEN, base, text)),
        red=QBrush(status_text(RED, base, text)),
        amber=QBrush(status_text(AMBER, base, text)),
    )


BRUSHES = PaletteCache(review_brushes)
"""The review tables' colours for the application's current palette."""


def pejlemaerke_label(value: Pejlemaerke) -> str:
    """The translated name of a pejlemærke."""
    labels = {
        Pejlemaerke.FAGLIG_UDREDNING: QCoreApplication.translate(
            "Pejlemaerke", "Professional assessment"
        ),
        Pejlemaerke.VALG_AF_INDSATS: QCoreApplication.translate("Pejlemaerke", "Choice of measure"),
        Pejlemaerke.OPFOELGNING: QCoreApplication.translate("Pejlemaerke", "Follow-up"),
        Pejlemaerke.INDDRAGELSE: QCoreApplication.translate("Pejlemaerke", "Involvement"),
    }
    return labels[value]


def track_label(track: Track) -> str:
    """The translated name of a review track."""
    if track is Track.JURIDISK:
        return QCoreApplication.translate("Track", "Legal requirements")
    return QCoreApplication.translate("Track", "Social-work quality (pejlemærker)")


class CriteriaCatalogue:
    """What the criteria files know beyond the database rows: topics, set keys, scale labels."""

    def __init__(
        self,
        specs: Sequence[CriteriaSetSpec],
        by_id: dict[uuid.UUID, tuple[str, CriterionSpec]],
    ):
        self._by_id = by_id
        self._scale: dict[Answer, ScalePoint] = {
            point.answer: point for spec in specs for point in spec.scale
        }

    @classmethod
    def load(cls, context: AppContext) -> CriteriaCatalogue:
        """The shipped criteria sets, through the review service (read once per screen)."""
        return cls(context.review.criteria_sets(), context.review.criterion_specs())

    def answer_label(self, answer: Answer, language: str = "da") -> str:
        """The scale's label of `answer` ("Opfyldt", "Tilstrækkelig", …)."""
        point = self._scale.get(answer)
        return point.label(language) if point else ANSWER_LABELS.label(answer, language)

    def suggestion(
        self, criterion: CriterionView, dates: KeyDates, as_of: date | None
    ) -> DeadlineCheck | None:
        """The deadline suggestion for `criterion` from the case's key dates (None: no rule)."""
        if criterion.deadline_rule is None:
            return None
        set_key, spec = self._by_id.get(criterion.id, ("", None))
        topic = spec.topic if spec is not None else ""
        return check_deadline(
            criterion.deadline_rule,
            case_key_dates(dates),
            as_of=as_of,
            topic=topic,
            first_follow_up_at_investigation_end=(
                set_key == BARNETS_LOV_SET_KEY and topic == TOPIC_FIRST_FOLLOW_UP
            ),
        )


def case_key_dates(dates: KeyDates) -> CaseKeyDates:
    """The review's key dates in the form the deadline rules take."""
    return CaseKeyDates(
        notification_received_at=dates.notification_received_at,
        notification_assessed_at=dates.notification_assessed_at,
        investigation_started_on=dates.investigation_started_on,
        investigation_completed_on=dates.investigation_completed_on,
        decision_on=dates.decision_on,
        measure_started_on=dates.measure_started_on,
        follow_up_dates=dates.follow_up_dates,
    )


def provision_text(provision: str) -> str:
    """A provision that wraps between its parts, never inside "§ 20" or "stk. 3"."""
    return provision.replace("§ ", "§\u00a0").replace("stk. ", "stk.\u00a0")


# -- the sample --------------------------------------------------------------------------------


class SampleColumn(IntEnum):
    """The columns of the sample table."""

    POSITION = 0
    CASE = 1
    TYPE = 2
    PROGRESS = 3


def _replaced(case: SampledCaseView) -> bool:
    return case.status is SampledCaseStatus.REPLACED


def _replaced_text(case: SampledCaseView) -> str:
    return QCoreApplication.translate("SampleTable", "Replaced: %1").replace(
        "%1", case.replacement_reason or "–"
    )


def _sample_tooltip(case: SampledCaseView) -> str:
    if _replaced(case):
        return _replaced_text(case)
    return f"{case.case_ref} · {case.case_type} · {case.measure}"


def _sample_foreground(case: SampledCaseView) -> QBrush | None:
    return BRUSHES.get().muted if _replaced(case) else None


def _progress_foreground(case: SampledCaseView) -> QBrush | None:
    if _replaced(case):
        return BRUSHES.get().muted
    if case.expected and case.answered >= case.expected:
        return BRUSHES.get().green
    return None


class SampleTableModel(ColumnTableModel[SampledCaseView]):
    """One row per sampled case, in draw order; replaced cases greyed with their reason."""

    def __init__(self, parent: QObject | None = None) -> None:
        italic = italic_font()

        def column(
            header: Callable[[], str],
            display: Callable[[SampledCaseView], str],
            foreground: Callable[[SampledCaseView], QBrush | None] = _sample_foreground,
            align: Qt.AlignmentFlag | None = None,
        ) -> ColumnSpec[SampledCaseView]:
            return ColumnSpec(
                header,
                display,
                align=align,
                tooltip=_sample_tooltip,
                font=lambda case: italic if _replaced(case) else None,
                roles={Qt.ItemDataRole.ForegroundRole: foreground},
            )

        super().__init__(
            [
                column(
                    lambda: QCoreApplication.translate("SampleTable", "#"),
                    lambda case: str(case.position),
                    align=RIGHT,
                ),
                column(
                    lambda: QCoreApplication.translate("SampleTable", "Case"),
                    lambda case: case.case_ref,
                ),
                column(
                    lambda: QCoreApplication.translate("SampleTable", "Type"),
                    lambda case: _replaced_text(case) if _replaced(case) else case.case_type,
                ),
                column(
                    lambda: QCoreApplication.translate("SampleTable", "Answers"),
                    lambda case: "–" if _replaced(case) else f"{case.answered}/{case.expected}",
                    _progress_foreground,
                    RIGHT,
                ),
            ],
            key=lambda case: case.id,
            parent=parent,
        )

    def set_cases(self, cases: Sequence[SampledCaseView]) -> None:
        """Replace the rows; a sample of the same cases is updated in place (no reset)."""
        self.set_rows(cases)

    def cases(self) -> list[SampledCaseView]:
        """The rows, in draw order."""
        return self.records()

    def case(self, row: int) -> SampledCaseView | None:
        """The case on `row`, or None."""
        return self.record_at(row) if 0 <= row < self.rowCount() else None

    def row_of(self, key: Hashable) -> int:
        """The row of a sampled case (by id), -1 if absent."""
        row = super().row_of(key)
        return -1 if row is None else row

    def update_case(self, case: SampledCaseView) -> None:
        """Replace one case's row (e.g. after an answer changed its progress)."""
        row = self.row_of(case.id)
        if row >= 0:
            self.replace_record(row, case)


# -- one case's criteria -------------------------------------------------------------------------


class CriteriaColumn(IntEnum):
    """The columns of the criteria table."""

    CODE = 0
    PEJLEMAERKE = 1
    PROVISION = 2
    QUESTION = 3
    ANSWER = 4
    SUGGESTION = 5
    REASON = 6
    NOTE = 7


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """A criterion of the current case: the stored answer, the suggestion, a pending answer."""

    criterion: CriterionView
    assessment: AssessmentView | None = None
    suggestion: DeadlineCheck | None = None
    pending: Answer | None = None
    """An answer waiting for its reason (Ikke relevant, or an override)."""

    @property
    def answer(self) -> Answer | None:
        """The stored answer, or None."""
        return None if self.assessment is None else self.assessment.answer

    @property
    def reason(self) -> str:
        """The stored reason."""
        return "" if self.assessment is None else self.assessment.reason

    @property
    def note(self) -> str:
        """The stored note."""
        return "" if self.assessment is None else self.assessment.note

    @property
    def suggested(self) -> Answer | None:
        """The computed suggestion's answer, or None."""
        return None if self.suggestion is None else self.suggestion.answer


EditCommit = Callable[[int, CriteriaColumn, str], bool]
"""Called when the reviewer finishes editing a reason or a note: (row, column, text) → saved."""

CriteriaRecord = ReviewRow | Track
"""A row of the criteria table: a criterion with the case's answer, or a track's title row."""


def _criteria_key(record: CriteriaRecord) -> Hashable:
    return record if isinstance(record, Track) else record.criterion.id


def _answer_background(row: ReviewRow) -> QBrush | None:
    answer = row.pending or row.answer
    return None if answer is None else BRUSHES.get().answer_backgrounds[answer]


def _answer_foreground(row: ReviewRow) -> QBrush | None:
    answer = row.pending or row.answer
    return None if answer is None else BRUSHES.get().answer_texts[answer]


def _suggestion_foreground(row: ReviewRow) -> QBrush | None:
    if row.suggestion is None:
        return None
    brushes = BRUSHES.get()
    suggested = row.suggestion.answer
    if suggested is None:
        return brushes.muted
    if row.answer is not None and row.answer in (Answer.MET, Answer.NOT_MET):
        return brushes.green if row.answer is suggested else brushes.amber
    return brushes.red if suggested is Answer.NOT_MET else brushes.green


def _muted(_row: ReviewRow) -> QBrush:
    return BRUSHES.get().muted


def _answer_tooltip(row: ReviewRow) -> str | None:
    if row.assessment is None or not row.assessment.assessed_by:
        return None
    return QCoreApplication.translate("CriteriaTable", "Answered by %1").replace(
        "%1", row.assessment.assessed_by
    )


def _question_tooltip(row: ReviewRow) -> str:
    return f"{row.criterion.provision}\n{row.criterion.question}"


def _nothing(_row: ReviewRow) -> None:
    return None


class CriteriaTableModel(ColumnTableModel[CriteriaRecord]):
    """The round's criteria grouped by track (a title row per track), with one case's answers.

    The rows stay when the case changes: only their answers and suggestions are replaced, so
    switching cases costs no model reset. Title rows are inert and span the table (the view sets
    the spans from `group_rows`); reason and note are edited through `commit`.
    """

    def __init__(self, catalogue: CriteriaCatalogue, parent: QObject | None = None) -> None:
        self.catalogue = catalogue
        self.language = "da"
        self.read_only = False
        self.commit: EditCommit | None = None
        self._positions: dict[uuid.UUID, int] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        super().__init__(self._columns_spec(), key=_criteria_key, parent=parent)

    # -- columns -------------------------------------------------------------------------------

    def _columns_spec(self) -> list[ColumnSpec[CriteriaRecord]]:
        def answer_font(row: ReviewRow) -> QFont | None:
            return self._italic if row.pending is not None else None

        return [
            self._spec(
                CriteriaColumn.CODE,
                lambda: QCoreApplication.translate("CriteriaTable", "Code"),
                lambda row: row.criterion.code,
                font=lambda _row: self._bold,
            ),
            self._spec(
                CriteriaColumn.PEJLEMAERKE,
                lambda: QCoreApplication.translate("CriteriaTable", "Pejlemærke"),
                lambda row: pejlemaerke_label(row.criterion.pejlemaerke),
                foreground=_muted,
            ),
            self._spec(
                CriteriaColumn.PROVISION,
                lambda: QCoreApplication.translate("CriteriaTable", "Provision"),
                lambda row: provision_text(row.criterion.provision),
                tooltip=_question_tooltip,
                foreground=_muted,
            ),
            self._spec(
                CriteriaColumn.QUESTION,
                lambda: QCoreApplication.translate("CriteriaTable", "Question"),
                lambda row: row.criterion.question,
                tooltip=_question_tooltip,
            ),
            self._spec(
                CriteriaColumn.ANSWER,
                lambda: QCoreApplication.translate("CriteriaTable", "Answer"),
                self._answer_text,
                tooltip=_answer_tooltip,
                foreground=_answer_foreground,
                background=_answer_background,
                font=answer_font,
            ),
            self._spec(
                CriteriaColumn.SUGGESTION,
                lambda: QCoreApplication.translate("CriteriaTable", "Suggestion"),
                self._suggestion_text,
                tooltip=self._suggestion_tooltip,
                foreground=_suggestion_foreground,
            ),
            self._spec(
                CriteriaColumn.REASON,
                lambda: QCoreApplication.translate("CriteriaTable", "Reason"),
                lambda row: row.reason,
                tooltip=lambda row: row.reason or None,
                editable=True,
            ),
            self._spec(
                CriteriaColumn.NOTE,
                lambda: QCoreApplication.translate("CriteriaTable", "Note"),
                lambda row: row.note,
                tooltip=lambda row: row.note or None,
                editable=True,
            ),
        ]

    def _spec(
        self,
        column: CriteriaColumn,
        header: Callable[[], str],
        display: Callable[[ReviewRow], str],
        *,
        tooltip: Callable[[ReviewRow], str | None] = _nothing,
        foreground: Callable[[ReviewRow], QBrush | None] = _nothing,
        background: Callable[[ReviewRow], QBrush | None] = _nothing,
        font: Callable[[ReviewRow], QFont | None] = _nothing,
        editable: bool = False,
    ) -> ColumnSpec[CriteriaRecord]:
        """One column over criterion rows; a track's title row shows its name in the first column,
        bold on the group colours."""

        def shown(record: CriteriaRecord) -> str:
            if isinstance(record, Track):
                return track_label(record) if column is CriteriaColumn.CODE else ""
            return display(record)

        def edit(record: CriteriaRecord, value: Any) -> CriteriaRecord | None:
            number = self.row_of(_criteria_key(record))
            if self.commit is None or not self.commit(number, column, str(value or "")):
                return None
            return self.record_at(number)

        return ColumnSpec(
            header,
            shown,
            tooltip=lambda record: None if isinstance(record, Track) else tooltip(record),
            font=lambda record: self._bold if isinstance(record, Track) else font(record),
            edit=edit if editable else None,
            editable=lambda record: not self.read_only and isinstance(record, ReviewRow),
            roles={
                Qt.ItemDataRole.ForegroundRole: lambda record: (
                    BRUSHES.get().group_text if isinstance(record, Track) else foreground(record)
                ),
                Qt.ItemDataRole.BackgroundRole: lambda record: (
                    BRUSHES.get().group_background
                    if isinstance(record, Track)
                    else background(record)
                ),
            },
        )

    def _answer_text(self, row: ReviewRow) -> str:
        if row.pending is not None:
            return self.catalogue.answer_label(row.pending, self.language) + " …"
        return "" if row.answer is None else self.catalogue.answer_label(row.answer, self.language)

    def _suggestion_text(self, row: ReviewRow) -> str:
        if row.suggestion is None:
            return ""
        if row.suggestion.answer is None:
            return QCoreApplication.translate("CriteriaTable", "needs dates")
        return self.catalogue.answer_label(row.suggestion.answer, self.language)

    def _suggestion_tooltip(self, row: ReviewRow) -> str | None:
        return None if row.suggestion is None else row.suggestion.message(self.language)

    # -- filling -------------------------------------------------------------------------------

    def set_criteria(self, criteria: Sequence[CriterionView]) -> None:
        """The round's criteria (juridisk first, then socialfaglig); a reset."""
        rows: list[CriteriaRecord] = []
        for track in (Track.JURIDISK, Track.SOCIALFAGLIG):
            own = [item for item in criteria if item.track is track]
            if own:
                rows.append(track)
                rows.extend(ReviewRow(item) for item in own)
        self._positions = {
            row.criterion.id: number
            for number, row in enumerate(rows)
            if isinstance(row, ReviewRow)
        }
        self.reset_rows(rows)

    def criterion_ids(self) -> list[uuid.UUID]:
        """The criteria shown, in row order."""
        return list(self._positions)

    def set_case(
        self, assessments: Sequence[AssessmentView], suggestions: dict[uuid.UUID, DeadlineCheck]
    ) -> None:
        """Show one case's answers and suggestions in the existing rows (no reset)."""
        by_criterion = {item.criterion_id: item for item in assessments}
        rows = [
            row
            if isinstance(row, Track)
            else ReviewRow(
                row.criterion,
                by_criterion.get(row.criterion.id),
                suggestions.get(row.criterion.id),
            )
            for row in self.records()
        ]
        if rows:
            self.set_rows(rows)

    def set_assessment(self, assessment: AssessmentView) -> None:
        """Replace one row's stored answer (and clear its pending answer)."""
        number = self._positions.get(assessment.criterion_id)
        row = None if number is None else self.review_row(number)
        if number is None or row is None:
            return
        self.replace_record(number, replace(row, assessment=assessment, pending=None))

    def set_pending(self, number: int, answer: Answer | None) -> None:
        """Mark (or unmark) an answer waiting for its reason."""
        row = self.review_row(number)
        if row is None or row.pending is answer:
            return
        self.replace_record(number, replace(row, pending=answer))

    # -- reading -------------------------------------------------------------------------------

    def review_row(self, number: int) -> ReviewRow | None:
        """The criterion row `number`, or None for a track title row or out of range."""
        if not 0 <= number < self.rowCount():
            return None
        row = self.record_at(number)
        return row if isinstance(row, ReviewRow) else None

    def group_rows(self) -> list[int]:
        """The rows that title a track."""
        return [number for number, row in enumerate(self.records()) if isinstance(row, Track)]

    def criterion_rows(self) -> list[int]:
        """The rows that hold a criterion, in order."""
        return list(self._positions.values())

    def row_of(self, key: Hashable) -> int:
        """The row of a criterion (by id) or of a track's title, -1 if absent."""
        row = super().row_of(key)
        return -1 if row is None else row

    def answered(self) -> int:
        """How many criteria of the case have a stored answer."""
        return sum(
            1 for row in self.records() if isinstance(row, ReviewRow) and row.answer is not None
        )

    def expected(self) -> int:
        """How many criteria a case has."""
        return len(self._positions)

    # -- Qt ------------------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Title rows are inert; reason and note are editable unless the round is locked."""
        if index.isValid() and isinstance(self.review_row(index.row()), ReviewRow):
            return super().flags(index)
        return Qt.ItemFlag.NoItemFlags
