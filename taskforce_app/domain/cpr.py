"""The CPR guard: no Danish personal identity number is ever stored, not even inside a note.

A candidate is any run of six digits forming a valid DDMMYY date followed by four digits, with
or without a dash (or a space), not part of a longer number. python-stdnum validates the date
and the century digit; the modulus-11 check is deliberately not required, because CPR numbers
issued since 2007 need not satisfy it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from stdnum.dk import cpr as stdnum_cpr
from stdnum.exceptions import ValidationError as StdnumValidationError

from taskforce_app.domain.errors import CprNumberError

_CANDIDATE = re.compile(
    r"(?<![\d])(\d{2})(\d{2})(\d{2})[-\u2010\u2011\u2012\u2013 ]?(\d{4})(?![\d])"
)


def find_cpr_numbers(text: str) -> list[str]:
    """Every substring of `text` that is a plausible CPR number, in order of appearance."""
    found: list[str] = []
    for match in _CANDIDATE.finditer(text):
        digits = "".join(match.groups())
        if _is_plausible_cpr(digits):
            found.append(match.group(0))
    return found


def contains_cpr_number(text: str) -> bool:
    """True when `text` holds at least one plausible CPR number."""
    return bool(find_cpr_numbers(text))


def mask(candidate: str) -> str:
    """Show a found number without repeating it in full: `010203-XXXX`."""
    digits = re.sub(r"\D", "", candidate)
    return f"{digits[:6]}-XXXX"


def ensure_no_cpr(field: str, text: str | None) -> None:
    """Raise `CprNumberError` naming `field` if `text` holds a CPR number."""
    if not text:
        return
    found = find_cpr_numbers(text)
    if found:
        raise CprNumberError(field=field, masked=mask(found[0]))


def ensure_no_cpr_in(values: Iterable[tuple[str, str | None]]) -> None:
    """Run `ensure_no_cpr` over (field, text) pairs, stopping at the first hit."""
    for field, text in values:
        ensure_no_cpr(field, text)


def _is_plausible_cpr(digits: str) -> bool:
    try:
        stdnum_cpr.get_birth_date(digits)
    except (StdnumValidationError, ValueError):
        return False
    return True


def redact_cpr(text: str) -> str:
    """`text` with every plausible CPR number replaced by `XXXXXX-XXXX` (for names of files,
    sheets and columns, which are stored but not typed by the user)."""
    for found in find_cpr_numbers(text):
        text = text.replace(found, "XXXXXX-XXXX")
    return text
