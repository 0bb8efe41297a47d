"""The CPR guard: no Danish personal identity number is ever stored, not even inside a note.

A text is first normalised (Unicode NFKC, zero-width characters and soft hyphens removed), so
what Excel, Word or a web page pastes reads as what a person sees. A candidate is then a date
`DD MM YY` followed by a four-digit serial, with any separator a person or a program puts
between the groups (dashes of every kind, minus signs, `.`, `/`, `_`, any space, tab) or none,
anywhere in the text but not inside a longer number, a UUID or a hex digest. python-stdnum
validates the date and the century digit; the modulus-11 check is deliberately not required,
because CPR numbers issued since 2007 need not satisfy it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from stdnum.dk import cpr as stdnum_cpr
from stdnum.exceptions import ValidationError as StdnumValidationError

from taskforce_app.domain.errors import CprNumberError

MASKED = "XXXXXX-XXXX"
"""What a found number becomes in redacted text: no digit of it is kept."""

_MIN_DIGITS = 10

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")

# After NFKC most exotic dashes and spaces are already "-" and " "; the rest are listed here.
_SEPARATOR = r"[\s\-\u2010-\u2015\u2212\ufe63\uff0d./_]"
# Day 01-31 and month 01-12 are part of the pattern, so most dates and numbers fail inside the
# regex engine. No look-behind: it would stop the engine from skipping ahead to the next digit;
# the character before a candidate is checked in `_cpr_spans` instead.
_CANDIDATE = re.compile(
    rf"(0[1-9]|[12][0-9]|3[01]){_SEPARATOR}{{0,2}}(0[1-9]|1[0-2]){_SEPARATOR}{{0,2}}([0-9]{{2}})"
    rf"{_SEPARATOR}{{0,3}}([0-9]{{4}})(?![0-9])"
)
_OTHER_DIGIT = re.compile(r"[^\D0-9]")  # a decimal digit other than 0-9
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_HEX_BLOB_LENGTH = (
    32  # an MD5 or a UUID without dashes; shorter runs may be a CPR number glued to letters
)
_ASCII_DIGITS = "0123456789"


def find_cpr_numbers(text: str) -> list[str]:
    """Every plausible CPR number in `text`, as it reads after normalisation, in order."""
    if not _may_hold_cpr(text):
        return []
    normal = normalise(text)
    return [normal[start:end] for start, end in _cpr_spans(normal)]


def contains_cpr_number(text: str) -> bool:
    """True when `text` holds at least one plausible CPR number."""
    if not _may_hold_cpr(text):
        return False
    return any(True for _ in _cpr_spans(normalise(text)))


def normalise(text: str) -> str:
    """`text` in Unicode NFKC form without zero-width characters or soft hyphens, every
    decimal digit written 0-9."""
    if text.isascii():
        return text
    if _INVISIBLE.search(text):
        text = text.translate(_ZERO_WIDTH)
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    if _OTHER_DIGIT.search(text):
        text = _OTHER_DIGIT.sub(lambda digit: str(unicodedata.decimal(digit.group())), text)
    return text


def mask(candidate: str) -> str:
    """A found number shown without any of its digits (`XXXXXX-XXXX`)."""
    return MASKED


def ensure_no_cpr(field: str, text: str | None) -> None:
    """Raise `CprNumberError` naming `field` if `text` holds a CPR number.

    The error never carries the refused value, nor any digit of it.
    """
    if text and contains_cpr_number(text):
        raise CprNumberError(field=field)


def ensure_no_cpr_in(values: Iterable[tuple[str, str | None]]) -> None:
    """Run `ensure_no_cpr` over (field, text) pairs, stopping at the first hit."""
    for field, text in values:
        ensure_no_cpr(field, text)


def redact_cpr(text: str) -> str:
    """`text` with every plausible CPR number replaced by `XXXXXX-XXXX`.

    A text without one is returned unchanged; a text with one comes back normalised.
    """
    if not _may_hold_cpr(text):
        return text
    normal = normalise(text)
    spans = list(_cpr_spans(normal))
    if not spans:
        return text
    parts: list[str] = []
    position = 0
    for start, end in spans:
        parts.append(normal[position:start])
        parts.append(MASKED)
        position = end
    parts.append(normal[position:])
    return "".join(parts)


def _may_hold_cpr(text: str) -> bool:
    """The cheap pre-check: a text with fewer than ten digits cannot hold a CPR number."""
    if len(text) < _MIN_DIGITS:
        # NFKC can widen a character into several digits ("⑽" is "(10)"); ASCII cannot.
        return not text.isascii() and len(normalise(text)) >= _MIN_DIGITS
    if text.isascii():
        count = 0
        for digit in _ASCII_DIGITS:
            count += text.count(digit)
            if count >= _MIN_DIGITS:
                return True
        return False
    return True


def _cpr_spans(normal: str) -> Iterable[tuple[int, int]]:
    """(start, end) of every plausible CPR number in normalised text; candidates may overlap
    a refused one, so the search restarts one character after a candidate that is no date."""
    position = 0
    while (match := _CANDIDATE.search(normal, position)) is not None:
        start, end = match.span()
        position = start + 1
        if start > 0 and normal[start - 1].isdigit():
            continue  # inside a longer number
        digits = "".join(match.groups())
        if _is_plausible_cpr(digits) and not _inside_an_id(normal, start, end):
            yield start, end
            position = end


def _is_plausible_cpr(digits: str) -> bool:
    try:
        stdnum_cpr.get_birth_date(digits)
    except (StdnumValidationError, ValueError):
        return False
    return True


def _inside_an_id(text: str, start: int, end: int) -> bool:
    """True when the digits are part of a UUID or of a long run of hex digits (a digest)."""
    for uuid_match in _UUID.finditer(text, max(0, start - 36), min(len(text), end + 36)):
        if uuid_match.start() <= start and end <= uuid_match.end():
            return True
    left = start
    while left > 0 and text[left - 1] in _HEX_DIGITS:
        left -= 1
    right = end
    while right < len(text) and text[right] in _HEX_DIGITS:
        right += 1
    contiguous = end - start == _MIN_DIGITS
    return contiguous and right - left >= _HEX_BLOB_LENGTH
