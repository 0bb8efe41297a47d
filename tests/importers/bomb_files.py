"""Hostile input files, written without ever holding their unpacked content in memory.

Used by the limit tests (small variants that break the same check) and by
`bench/bomb_inputs.py` (the full-size bombs whose peak memory it prints).
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import random
import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from taskforce_app.domain.merge import DATA_FOLDER, MANIFEST_NAME, PACKAGE_FORMAT

SHEET = "xl/worksheets/sheet1.xml"
_CHUNK = 1024 * 1024


def _deflated(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _template_xlsx() -> dict[str, tuple[zipfile.ZipInfo, bytes]]:
    """The members of a tiny valid case list (Sagsnr., Køn, Alder and one case)."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Sagsnr.", "Køn", "Alder"])
    sheet.append(["SAG-1", "Pige", 7])
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {info.filename: (info, archive.read(info)) for info in archive.infolist()}


def _sheet_chunks(cell_chars: int, *, random_text: bool) -> Iterator[bytes]:
    yield (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Sagsnr.</t></is></c>'
        b'<c r="B1" t="inlineStr"><is><t>Bem\xc3\xa6rkning</t></is></c></row>'
        b'<row r="2"><c r="A2" t="inlineStr"><is><t>SAG-1</t></is></c>'
        b'<c r="B2" t="inlineStr"><is><t>'
    )
    rng = random.Random(7)
    left = cell_chars
    while left > 0:
        size = min(left, _CHUNK)
        if random_text:
            yield base64.b64encode(rng.randbytes(size))[:size]
        else:
            yield b"A" * size
        left -= size
    yield b"</t></is></c></row></sheetData></worksheet>"


def xlsx_with_huge_cell(path: Path, cell_chars: int, *, random_text: bool = False) -> Path:
    """A case list whose second row holds one cell of `cell_chars` characters.

    With repeated letters 1 GB of cell packs into about 1 MB; with random letters the file is
    about as big as the cell (and passes the packing-ratio check).
    """
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for name, (info, payload) in _template_xlsx().items():
            if name == SHEET:
                with target.open(_deflated(SHEET), "w", force_zip64=True) as stream:
                    for chunk in _sheet_chunks(cell_chars, random_text=random_text):
                        stream.write(chunk)
            else:
                target.writestr(info, payload)
    return path


def zip_with_members(path: Path, count: int, *, package: bool = False) -> Path:
    """An xlsx (or a package) with `count` members: the template's plus empty padding."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        if package:
            target.writestr(MANIFEST_NAME, json.dumps(_manifest({}, {})))
            written = 1
        else:
            members = _template_xlsx()
            for info, payload in members.values():
                target.writestr(info, payload)
            written = len(members)
        for number in range(count - written):
            target.writestr(f"padding/{number:06d}.xml", b"")
    return path


def _manifest(members: dict[str, Any], counts: dict[str, int]) -> dict[str, Any]:
    return {
        "format": PACKAGE_FORMAT,
        "format_version": 1,
        "app_version": "0",
        "package_id": "00000000-0000-4000-8000-000000000000",
        "engagement_ids": [],
        "engagements": [],
        "members": members,
        "counts": counts,
    }


def package_bomb(path: Path, unpacked_bytes: int) -> Path:
    """A package whose one table member unpacks to `unpacked_bytes` of blank lines.

    The manifest states the member's true SHA-256, so only a size limit can refuse it.
    """
    name = f"{DATA_FOLDER}engagement.jsonl"
    digest = hashlib.sha256()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        with target.open(_deflated(name), "w", force_zip64=True) as stream:
            left = unpacked_bytes
            block = b"\n" * _CHUNK
            while left > 0:
                chunk = block[: min(left, _CHUNK)]
                digest.update(chunk)
                stream.write(chunk)
                left -= len(chunk)
        info = zipfile.ZipInfo(MANIFEST_NAME)
        manifest = _manifest({name: {"sha256": digest.hexdigest()}}, {"engagement": 0})
        target.writestr(info, json.dumps(manifest))
    return path


def csv_with_huge_field(path: Path, field_chars: int) -> Path:
    """A case list CSV whose one case has a field of `field_chars` characters."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("Sagsnr.;Køn;Alder;Bemærkning\r\nSAG-1;Pige;7;")
        left = field_chars
        while left > 0:
            size = min(left, _CHUNK)
            handle.write("x" * size)
            left -= size
        handle.write("\r\n")
    return path


def statistics_with_huge_field(path: Path, field_chars: int) -> Path:
    """A Statistikbanken UND1 table whose one row has a value of `field_chars` characters."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("UND1: Underretninger\r\nOMRÅDE;TID;INDHOLD\r\nHele landet;2023;")
        handle.write("9" * field_chars)
        handle.write("\r\n")
    return path


def sparse_file(path: Path, size: int, head: bytes = b"") -> Path:
    """A file of `size` bytes that takes no disk space (only its size is ever looked at)."""
    with path.open("wb") as handle:
        handle.write(head)
        handle.truncate(size)
    return path


def rewrite_package(
    source: Path, target: Path, edit: Callable[[dict[str, list[Any]]], None]
) -> Path:
    """A copy of an unencrypted package with its records changed by `edit`, re-hashed.

    This is what anyone can do to an unencrypted package: the checksums prove nothing about
    who wrote it, so the values themselves must be checked.
    """
    with zipfile.ZipFile(source) as archive:
        manifest = json.loads(archive.read(MANIFEST_NAME))
        tables = {
            name[len(DATA_FOLDER) : -len(".jsonl")]: [
                json.loads(line) for line in archive.read(name).splitlines() if line
            ]
            for name in manifest["members"]
        }
    edit(tables)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        members: dict[str, Any] = {}
        for table, records in tables.items():
            name = f"{DATA_FOLDER}{table}.jsonl"
            payload = "".join(json.dumps(record) + "\n" for record in records).encode()
            archive.writestr(name, payload)
            members[name] = {"sha256": hashlib.sha256(payload).hexdigest()}
        manifest["members"] = members
        manifest["counts"] = {table: len(records) for table, records in tables.items()}
        archive.writestr(MANIFEST_NAME, json.dumps(manifest))
    return target


def declare_size(path: Path, member: str, size: int) -> Path:
    """Make the zip's central directory state `size` as `member`'s unpacked size (< 4 GiB).

    Only the directory lies; a reader that trusts it never unpacks a byte to find out.
    """
    data = bytearray(path.read_bytes())
    entry = data.find(b"PK\x01\x02")
    while entry >= 0:
        name_length = struct.unpack_from("<H", data, entry + 28)[0]
        name = bytes(data[entry + 46 : entry + 46 + name_length]).decode()
        if name == member:
            struct.pack_into("<I", data, entry + 24, size)
            path.write_bytes(bytes(data))
            return path
        entry = data.find(b"PK\x01\x02", entry + 46)
    raise ValueError(member)
