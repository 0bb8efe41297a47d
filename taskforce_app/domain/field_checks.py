"""The checks a draft's text fields share: present, and no longer than their column."""

from __future__ import annotations

from taskforce_app.domain.errors import ValidationError


def within_limit(text: str, field: str, limit: int) -> str:
    """`text` as it is, checked against its column's length.

    Args:
        text: the value as it will be stored.
        field: the field's msgid (NC_("field", …)), named in the message.
        limit: the most characters the column holds.

    Raises:
        ValidationError: `text` is longer than `limit` ("value.too_long").
    """
    if len(text) > limit:
        raise ValidationError("value.too_long", field=field, limit=limit, length=len(text))
    return text


def required_text(text: str, field: str, limit: int) -> str:
    """`text` trimmed, required and checked against its column's length.

    Raises:
        ValidationError: `text` is blank ("value.required") or too long ("value.too_long").
    """
    trimmed = text.strip()
    if not trimmed:
        raise ValidationError("value.required", field=field)
    return within_limit(trimmed, field, limit)
