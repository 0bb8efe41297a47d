"""Keep-with-next for the PDF report's headings: a heading never ends a page.

reportlab's own `keepWithNext` wraps a heading and what follows in a `KeepTogether`, which moves
a heading with a long table to the next page whole and leaves the rest of the page empty.
`HeadingWithNext` instead keeps the heading with the *first part* of what follows: it splits the
follower into the space left under the heading, and moves to the next page only when not even
a first part (a table's first rows, a paragraph's first lines) fits.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.doctemplate import ActionFlowable, FrameBreak, NullActionFlowable

FORCE_SPLIT = 0xFFFFFF
"""The height `wrap` reports so that the frame always asks for a split (as `KeepTogether`)."""


class HeadingWithNext(Flowable):
    """A heading and the flowable after it, laid out so the heading is never left alone."""

    def __init__(self, heading: Flowable, follower: Flowable) -> None:
        super().__init__()
        self.heading = heading
        self.follower = follower

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Ask the frame for a split, where the layout is decided."""
        return avail_width, FORCE_SPLIT

    def getSpaceBefore(self) -> float:
        """The heading's space before."""
        return float(self.heading.getSpaceBefore())

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """The heading and the follower's first part, or a page break before both."""
        canvas = self.canv
        _, heading_height = self.heading.wrapOn(canvas, avail_width, avail_height)
        gap = self.heading.getSpaceAfter() + self.follower.getSpaceBefore()
        room = avail_height - heading_height - gap
        if room > 0:
            _, height = self.follower.wrapOn(canvas, avail_width, room)
            if height <= room:
                return [self.heading, self.follower]
            parts = list(self.follower.splitOn(canvas, avail_width, room))
            first = parts[0] if parts else None
            if isinstance(first, NullActionFlowable):
                return [self.heading, *parts[1:]]
            if first is not None and not isinstance(first, ActionFlowable):
                return [self.heading, *parts]
        frame: Any = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return [self.heading, self.follower]
        return [FrameBreak(), self.heading, self.follower]

    def draw(self) -> None:
        """Never drawn itself: `wrap` always forces a split."""


def is_heading(flowable: Flowable, headings: Sequence[object]) -> bool:
    """True for a paragraph set in one of the `headings` styles."""
    return isinstance(flowable, Paragraph) and flowable.style in headings


def keep_headings_with_next(
    story: Sequence[Flowable], headings: Sequence[object]
) -> list[Flowable]:
    """`story` with every heading bound to the flowable after it (chains of headings too)."""
    result: list[Flowable] = []
    for flowable in reversed(story):
        if is_heading(flowable, headings) and result and not _is_break(result[0]):
            result[0] = HeadingWithNext(flowable, result[0])
        else:
            result.insert(0, flowable)
    return result


def _is_break(flowable: Flowable) -> bool:
    return type(flowable).__name__ in {"PageBreak", "CondPageBreak", "FrameBreak"}
