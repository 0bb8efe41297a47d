"""The tiny markup of a report's written sections: lines, "# " a heading, "- " a bullet.

A consultant writes plain text; a line starting with "# " is a heading, a line starting with
"- " (or "* ") is an item of a bullet list, a blank line ends a paragraph, and other lines
that follow each other make one paragraph. Nothing else is special, so any text is valid.
"""

from __future__ import annotations

from dataclasses import dataclass

from taskforce_app.domain.findings import FindingView

HEADING_MARK = "# "
BULLET_MARKS = ("- ", "* ")


@dataclass(frozen=True, slots=True)
class TextHeading:
    """A heading inside a written section."""

    text: str


@dataclass(frozen=True, slots=True)
class TextParagraph:
    """A paragraph of running text."""

    text: str


@dataclass(frozen=True, slots=True)
class TextBullets:
    """A bullet list, one text per item."""

    items: tuple[str, ...]


TextBlock = TextHeading | TextParagraph | TextBullets


def parse_markup(text: str) -> tuple[TextBlock, ...]:
    """The blocks of `text`, in order (empty text gives none).

    Args:
        text: the section's stored text.

    Returns:
        Headings, paragraphs (consecutive lines joined by a space) and bullet lists.
    """
    blocks: list[TextBlock] = []
    lines: list[str] = []
    bullets: list[str] = []

    def close() -> None:
        if lines:
            blocks.append(TextParagraph(" ".join(lines)))
            lines.clear()
        if bullets:
            blocks.append(TextBullets(tuple(bullets)))
            bullets.clear()

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            close()
        elif line == HEADING_MARK.strip() or line.startswith(HEADING_MARK):
            close()
            heading = line[1:].strip()
            if heading:
                blocks.append(TextHeading(heading))
        elif line in {mark.strip() for mark in BULLET_MARKS} or line.startswith(BULLET_MARKS):
            if lines:
                close()
            item = line[2:].strip()
            if item:
                bullets.append(item)
        elif bullets and raw[:1].isspace():
            bullets[-1] = f"{bullets[-1]} {line}"
        else:
            if bullets:
                close()
            lines.append(line)
    close()
    return tuple(blocks)


def finding_markup(finding: FindingView, recommendations: tuple[str, ...] = ()) -> str:
    """A finding as section text: its title as a heading, its description, and where it is
    seen; its recommendations as a bullet list.

    Args:
        finding: the finding to pull into a section.
        recommendations: the texts of its recommendations.
    """
    parts = [f"{HEADING_MARK}{_one_line(finding.title)}"]
    if finding.description.strip():
        parts.append(finding.description.strip())
    if finding.assessed_in:
        parts.append(f"Fundet ses i {finding.evidence_text}.")
    if recommendations:
        parts.append("\n".join(f"{BULLET_MARKS[0]}{_one_line(text)}" for text in recommendations))
    return "\n\n".join(parts)


def append_text(existing: str, addition: str) -> str:
    """`addition` after `existing`, separated by one blank line."""
    head = existing.rstrip()
    return f"{head}\n\n{addition}" if head else addition


def _one_line(text: str) -> str:
    return " ".join(text.split())
