"""User text made safe for reportlab Paragraph markup."""

from __future__ import annotations

from xml.sax.saxutils import escape


def paragraph_text(text: str) -> str:
    """`text` with its markup escaped and its line breaks kept, for a Paragraph."""
    return escape(text).replace("\n", "<br/>")


def muted(text: str, size: float = 6.5) -> str:
    """`text` escaped, small and grey, for a second line in a cell."""
    return f"<font size='{size}' color='#5f6368'>{paragraph_text(text)}</font>"
