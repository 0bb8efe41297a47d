"""Danish texts of the review screen's details pane (see update_translations)."""

from __future__ import annotations

DANISH: dict[tuple[str, str], str] = {
    ("CaseReviewWidget", "Reason:"): "Begrundelse:",
    ("CaseReviewWidget", "Note:"): "Note:",
}
