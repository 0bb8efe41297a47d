"""Limits on files read from outside (xlsx, csv, exchange packages), all in one place.

The values let a real municipality's case list (up to about 100,000 rows of 30 columns) and a
national exchange package (about 790,000 records, see issue 17) through, and refuse files that
would only fit in memory by luck: zip bombs, a single giant cell, a million columns. Every
check happens before the file's content is parsed, and a refusal names the limit it broke.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from taskforce_app.domain.errors import UserError

KIB = 1024
MIB = 1024 * KIB
GIB = 1024 * MIB

# -- spreadsheets (xlsx is a zip of XML members) ---------------------------------------------
MAX_XLSX_FILE_BYTES = 200 * MIB
"""The xlsx file on disk (a 100,000 × 30 case list is about 20 MB)."""
MAX_XLSX_UNPACKED_BYTES = 1 * GIB
"""All members of an xlsx together, unpacked (the 100,000 × 30 case list: about 170 MB)."""
MAX_XLSX_MEMBER_BYTES = 512 * MIB
"""One member of an xlsx (a worksheet, streamed), unpacked."""
MAX_SHARED_STRINGS_BYTES = 160 * MIB
"""The shared-strings member, which openpyxl holds in memory as a whole."""
MAX_XLSX_MEMBERS = 1_000
"""Members of an xlsx (a workbook with a few sheets has 10–40)."""

MAX_COMPRESSION_RATIO = 200
"""Unpacked size / packed size of one zip member; real worksheets pack 5–20 times."""
RATIO_CHECK_FROM_BYTES = 8 * MIB
"""The ratio is only checked for members at least this big unpacked (tiny members vary)."""

MAX_CELL_CHARS = 32_767
"""The longest cell Excel can hold; a longer cell (xlsx text run or CSV field) is refused."""
MAX_CELL_XML_BYTES = 6 * MAX_CELL_CHARS
"""A cell's text as stored in the XML (UTF-8, `&quot;` escapes) is at most 6 bytes a character."""
MAX_ROWS = 1_000_000
"""Rows of one sheet or CSV file (Excel's own limit is 1,048,576)."""
MAX_COLUMNS = 1_000
"""Columns of one sheet or CSV file (a case list has about 30)."""

MAX_CSV_FILE_BYTES = 128 * MIB
"""A CSV file (case list or Statistikbanken table), read into memory at once (a 100,000 × 30
case list is about 50 MB)."""
MAX_CSV_FIELD_CHARS = 131_072
"""One CSV field (Python's csv default); the reader refuses a longer one with a clear line."""

# -- exchange packages (.tfpkg, a zip of JSON-lines members) ----------------------------------
MAX_PACKAGE_FILE_BYTES = 1 * GIB
"""The package file on disk (encrypted or not); a national package packs to about 150 MB."""
MAX_PACKAGE_UNPACKED_BYTES = 3 * GIB
"""All members of a package together, unpacked."""
MAX_PACKAGE_MEMBER_BYTES = 1 * GIB
"""One member (one table) of a package, unpacked."""
MAX_PACKAGE_MEMBERS = 100
"""Members of a package: one per exchanged table plus the manifest (about 25)."""
MAX_PACKAGE_RECORDS = 5_000_000
"""Records in one table of a package (a national package has about 790,000 in all)."""
MAX_PACKAGE_LINE_BYTES = 16 * MIB
"""One record (one JSON line) of a package."""


@dataclass(frozen=True, slots=True)
class ZipLimits:
    """The limits a zip file (an xlsx or a package) is checked against before it is unpacked."""

    file_bytes: int
    unpacked_bytes: int
    member_bytes: int
    members: int
    ratio: int = MAX_COMPRESSION_RATIO
    ratio_from_bytes: int = RATIO_CHECK_FROM_BYTES
    special_members: tuple[tuple[str, int], ...] = ()
    """(member name, its own smaller limit), e.g. the shared strings an xlsx reader keeps."""

    def member_limit(self, name: str) -> int:
        """The unpacked-size limit for the member called `name`."""
        for special, limit in self.special_members:
            if name.lower() == special.lower():
                return limit
        return self.member_bytes


XLSX_LIMITS = ZipLimits(
    file_bytes=MAX_XLSX_FILE_BYTES,
    unpacked_bytes=MAX_XLSX_UNPACKED_BYTES,
    member_bytes=MAX_XLSX_MEMBER_BYTES,
    members=MAX_XLSX_MEMBERS,
    special_members=(("xl/sharedStrings.xml", MAX_SHARED_STRINGS_BYTES),),
)
PACKAGE_LIMITS = ZipLimits(
    file_bytes=MAX_PACKAGE_FILE_BYTES,
    unpacked_bytes=MAX_PACKAGE_UNPACKED_BYTES,
    member_bytes=MAX_PACKAGE_MEMBER_BYTES,
    members=MAX_PACKAGE_MEMBERS,
)

ErrorFactory = Callable[..., UserError]
"""Builds the error a refusal raises (`UserError`, `CaseListError` …) from a code and params."""


def size_text(size: int) -> str:
    """A byte count the Danish way: `512 MB`, `1,5 GB`, `800 kB`."""
    for unit, factor in (("GB", GIB), ("MB", MIB), ("kB", KIB)):
        if size >= factor:
            value = size / factor
            shown = f"{value:.0f}" if value >= 10 or value.is_integer() else f"{value:.1f}"
            return f"{shown.replace('.', ',')} {unit}"
    return f"{size} byte"


def count_text(count: int) -> str:
    """A whole number with Danish thousands separators: 1.000.000."""
    return f"{count:,}".replace(",", ".")
