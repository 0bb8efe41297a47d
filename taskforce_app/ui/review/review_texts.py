"""Texts of the review screen: a criterion's details and the answer keys (HTML)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from taskforce_app.domain.enums import Track
from taskforce_app.ui.review.review_models import CriteriaCatalogue, ReviewRow, pejlemaerke_label


def escape(text: str) -> str:
    """`text` safe inside HTML."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def criterion_details(row: ReviewRow, catalogue: CriteriaCatalogue, language: str) -> str:
    """A criterion's code, question, suggestion, reason, note and guidance as HTML."""
    criterion = row.criterion
    guidance, applies, suggestion = (
        QCoreApplication.translate("CaseReviewWidget", "Guidance:"),
        QCoreApplication.translate("CaseReviewWidget", "Applies to:"),
        QCoreApplication.translate("CaseReviewWidget", "Suggestion:"),
    )
    parts = [
        f"<b>{escape(criterion.code)}</b> · "
        f"{escape(pejlemaerke_label(criterion.pejlemaerke))} · "
        f"{escape(criterion.provision)} — {escape(criterion.question)}"
    ]
    if row.suggestion is not None:
        label = (
            catalogue.answer_label(row.suggestion.answer, language)
            if row.suggestion.answer is not None
            else QCoreApplication.translate("CaseReviewWidget", "none")
        )
        parts.append(
            f"<i>{suggestion}</i> <b>{escape(label)}</b> — "
            f"{escape(row.suggestion.message(language))}"
        )
    reason_title, note_title = (
        QCoreApplication.translate("CaseReviewWidget", "Reason:"),
        QCoreApplication.translate("CaseReviewWidget", "Note:"),
    )
    if row.reason:
        parts.append(f"<i>{reason_title}</i> {escape(row.reason)}")
    if row.note:
        parts.append(f"<i>{note_title}</i> {escape(row.note)}")
    if criterion.guidance:
        parts.append(f"<i>{guidance}</i> {escape(criterion.guidance)}")
    if criterion.applies_when:
        parts.append(f"<i>{applies}</i> {escape(criterion.applies_when)}")
    return "<br>".join(parts)


def answer_legend(track: Track | None) -> str:
    """The keys of the answers for `track` and of the navigation, as HTML."""
    if track is Track.SOCIALFAGLIG:
        answers = QCoreApplication.translate(
            "CaseReviewWidget",
            "<b>1</b>–<b>4</b> q1 Insufficient … q4 Good · <b>R</b> Not relevant · "
            "<b>K</b> Cannot be assessed",
        )
    else:
        answers = QCoreApplication.translate(
            "CaseReviewWidget",
            "<b>1</b>/<b>O</b> Met · <b>2</b>/<b>I</b> Not met · <b>3</b>/<b>R</b> Not "
            "relevant · <b>4</b>/<b>K</b> Cannot be assessed",
        )
    rest = QCoreApplication.translate(
        "CaseReviewWidget",
        "<b>Enter</b> accept suggestion · <b>B</b> reason · <b>N</b> note · <b>Del</b> "
        "clear · <b>Ctrl+PgDn/PgUp</b> case · <b>Ctrl+Enter</b> next unanswered",
    )
    return f"{answers} · {rest}"
