"""User messages (Danish, English) for case lists, imports, samples and reviews."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {}
