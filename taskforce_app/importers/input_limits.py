"""Checks of an outside file against the limits in `domain/limits`, before it is parsed.

A zip (an xlsx or an exchange package) is judged by its central directory first: number of
members, each member's unpacked size and packing ratio, and their sum. `zipfile` never returns
more than a member's declared size (a lying entry fails its CRC check), so these figures bound
what unpacking can produce. An xlsx's XML members are then streamed once in small chunks to
find a cell longer than Excel allows, without building the cell. Each refusal is the caller's
`UserError` subclass with a `limits.*` code naming the limit.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

from taskforce_app.domain.errors import UserError
from taskforce_app.domain.limits import (
    MAX_CELL_CHARS,
    MAX_CELL_XML_BYTES,
    ErrorFactory,
    ZipLimits,
    count_text,
    size_text,
)

SCAN_CHUNK_BYTES = 1024 * 1024
"""How much unpacked XML is looked at a time when scanning for giant cells."""


def check_file_size(path: Path, limit: int, *, name: str, error: ErrorFactory = UserError) -> int:
    """The size of the file at `path`, or the caller's error when it is above `limit` bytes."""
    size = path.stat().st_size
    if size > limit:
        raise error(
            "limits.file_too_large", name=name, size=size_text(size), limit=size_text(limit)
        )
    return size


def check_zip(
    archive: zipfile.ZipFile,
    limits: ZipLimits,
    *,
    name: str,
    error: ErrorFactory = UserError,
) -> None:
    """Refuse a zip whose members are too many, too big, too tightly packed, or too big in all.

    Args:
        archive: the opened zip (only its central directory is read).
        limits: the limits for this kind of file.
        name: the file name shown in a message.
        error: builds the error to raise from a code and its parameters.
    """
    members = archive.infolist()
    if len(members) > limits.members:
        raise error(
            "limits.too_many_members",
            name=name,
            count=count_text(len(members)),
            limit=count_text(limits.members),
        )
    total = 0
    for member in members:
        size = member.file_size
        member_limit = limits.member_limit(member.filename)
        if size > member_limit:
            raise error(
                "limits.member_too_large",
                name=name,
                member=member.filename[:80],
                size=size_text(size),
                limit=size_text(member_limit),
            )
        if size >= limits.ratio_from_bytes:
            ratio = size // max(member.compress_size, 1)
            if ratio > limits.ratio:
                raise error(
                    "limits.compression_ratio",
                    name=name,
                    member=member.filename[:80],
                    ratio=count_text(ratio),
                    limit=count_text(limits.ratio),
                )
        total += size
        if total > limits.unpacked_bytes:
            raise error(
                "limits.unpacked_too_large",
                name=name,
                size=f"over {size_text(limits.unpacked_bytes)}",
                limit=size_text(limits.unpacked_bytes),
            )


def check_xml_cells(
    archive: zipfile.ZipFile,
    member_names: Iterable[str],
    *,
    name: str,
    error: ErrorFactory = UserError,
) -> None:
    """Refuse an xlsx with a text run in its XML longer than any cell Excel can hold.

    The members are streamed in chunks; the longest run of bytes without a `<` is tracked
    across chunk borders. A cell of `MAX_CELL_CHARS` characters takes at most
    `MAX_CELL_XML_BYTES` bytes of XML, so no cell Excel wrote is refused.
    """
    for member in member_names:
        with archive.open(member) as stream:
            run = 0
            while chunk := stream.read(SCAN_CHUNK_BYTES):
                pieces = chunk.split(b"<")
                run += len(pieces[0])
                longest = run
                if len(pieces) > 1:
                    longest = max(longest, max(map(len, pieces[1:-1]), default=0))
                    run = len(pieces[-1])
                if longest > MAX_CELL_XML_BYTES or run > MAX_CELL_XML_BYTES:
                    raise error(
                        "limits.cell_too_large", name=name, limit=count_text(MAX_CELL_CHARS)
                    )


def xml_members(archive: zipfile.ZipFile) -> list[str]:
    """The worksheet and shared-strings members of an xlsx: where cells live."""
    return [
        info.filename
        for info in archive.infolist()
        if info.filename.lower().endswith(".xml")
        and (
            info.filename.lower().startswith("xl/worksheets/")
            or info.filename.lower() == "xl/sharedstrings.xml"
        )
    ]


def check_xlsx(path: Path, limits: ZipLimits, *, error: ErrorFactory = UserError) -> None:
    """Check an xlsx file's size, its zip directory and its cells before openpyxl reads it.

    A file that is not a readable zip is left to the reader, which reports it in its own words.
    """
    name = path.name
    check_file_size(path, limits.file_bytes, name=name, error=error)
    try:
        with zipfile.ZipFile(path) as archive:
            check_zip(archive, limits, name=name, error=error)
            check_xml_cells(archive, xml_members(archive), name=name, error=error)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        OSError,
        EOFError,
        ValueError,
        NotImplementedError,
    ):
        return
