"""Read and verify an exchange package (`.tfpkg`): decrypt, unzip, check every checksum.

Nothing is trusted before it is verified: the zip must hold a manifest of our format, every
member the manifest lists must be there with the SHA-256 and record count it states, and no
other member may be there. An encrypted package is authenticated by AES-GCM, so a wrong
passphrase and a changed byte are both refused. Every refusal is a `UserError` with a Danish
message; reading never changes anything. (The checksums prove the package is whole and
unchanged since it was written; without encryption they do not prove who wrote it.)
"""

from __future__ import annotations

import binascii
import hashlib
import io
import json
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from taskforce_app.domain.errors import UserError
from taskforce_app.domain.limits import (
    MAX_PACKAGE_LINE_BYTES,
    MAX_PACKAGE_RECORDS,
    PACKAGE_LIMITS,
    count_text,
    size_text,
)
from taskforce_app.domain.merge import (
    DATA_FOLDER,
    ENCRYPTED_MAGIC,
    MANIFEST_NAME,
    NONCE_BYTES,
    PACKAGE_FORMAT,
    PACKAGE_FORMAT_VERSION,
    SALT_BYTES,
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
)
from taskforce_app.importers.input_limits import check_file_size, check_zip
from taskforce_app.importers.package_validation import validate_tables


@dataclass(frozen=True, slots=True)
class ExchangePackage:
    """A verified package: its manifest and its records per table (canonical JSON values)."""

    path: Path
    manifest: dict[str, Any]
    tables: dict[str, list[dict[str, Any]]]
    encrypted: bool
    size: int
    digest: str = ""
    """SHA-256 of the manifest's bytes: names the package's whole content (see `PackageHeader`)."""


@dataclass(frozen=True, slots=True)
class PackageHeader:
    """A decrypted package whose manifest is read but whose records are not yet decoded.

    `digest` is the SHA-256 of the manifest's bytes. The manifest states the SHA-256 of every
    member and a random package id, so once `members_intact` holds, an equal digest means the
    very same package.
    """

    path: Path
    manifest: dict[str, Any]
    digest: str
    encrypted: bool
    size: int
    archive_bytes: bytes


def is_encrypted(path: Path) -> bool:
    """True when the file starts like an encrypted package (False when unreadable)."""
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(ENCRYPTED_MAGIC)) == ENCRYPTED_MAGIC
    except OSError:
        return False


def read_package(path: Path, *, passphrase: str | None = None) -> ExchangePackage:
    """Read, decrypt and verify the package at `path`.

    Raises:
        UserError: the file is missing, unreadable, not a package, damaged or truncated,
            changed since it was written, too new, encrypted without (or with the wrong)
            passphrase.
    """
    return read_records(read_header(path, passphrase=passphrase))


def read_header(path: Path, *, passphrase: str | None = None) -> PackageHeader:
    """Read and decrypt the package at `path` and verify its manifest (records not decoded).

    Raises:
        UserError: as `read_package`, for everything but the records themselves.
    """
    path = Path(path)
    shown = str(path)
    if not path.is_file():
        raise UserError("exchange.file_not_found", path=shown)
    try:
        check_file_size(path, PACKAGE_LIMITS.file_bytes, name=shown)
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError("exchange.unreadable", path=shown, detail=exc.strerror or exc) from exc
    encrypted = raw.startswith(ENCRYPTED_MAGIC)
    data = _decrypt(raw, passphrase, shown) if encrypted else raw
    with _open_zip(data, shown) as archive:
        check_zip(archive, PACKAGE_LIMITS, name=shown)
        manifest, digest = _manifest(archive, shown)
    return PackageHeader(path, manifest, digest, encrypted, len(raw), data)


def members_intact(header: PackageHeader) -> bool:
    """True when every member the manifest lists is there, unchanged, and nothing else is.

    Hashes the members' bytes without decoding a record: the cheap proof that a package whose
    digest is known holds exactly what it held before.
    """
    shown = str(header.path)
    members: dict[str, Any] = header.manifest["members"]
    with _open_zip(header.archive_bytes, shown) as archive:
        if set(archive.namelist()) != {*members, MANIFEST_NAME}:
            return False
        for name, expected in members.items():
            if not isinstance(expected, dict):
                return False
            digest = hashlib.sha256()
            try:
                with archive.open(name) as stream:
                    while chunk := stream.read(1 << 20):
                        digest.update(chunk)
            except (zipfile.BadZipFile, zlib.error, binascii.Error, EOFError, OSError):
                return False
            if digest.hexdigest() != expected.get("sha256"):
                return False
    return True


def read_records(header: PackageHeader) -> ExchangePackage:
    """Decode and verify every record of a package whose header was read.

    Raises:
        UserError: a member is missing, damaged, changed, or breaks the limits or the rules.
    """
    shown = str(header.path)
    with _open_zip(header.archive_bytes, shown) as archive:
        tables = _tables(archive, header.manifest, shown)
    validate_tables(tables, path=shown)
    return ExchangePackage(
        header.path, header.manifest, tables, header.encrypted, header.size, header.digest
    )


def _open_zip(data: bytes, shown: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        if data.startswith(b"PK"):
            raise UserError("exchange.damaged", path=shown, detail=str(exc)) from exc
        raise UserError("exchange.not_a_package", path=shown) from exc


def _decrypt(raw: bytes, passphrase: str | None, shown: str) -> bytes:
    if passphrase is None or passphrase == "":
        raise UserError("exchange.passphrase_required", path=shown)
    start = len(ENCRYPTED_MAGIC)
    salt = raw[start : start + SALT_BYTES]
    nonce = raw[start + SALT_BYTES : start + SALT_BYTES + NONCE_BYTES]
    body = raw[start + SALT_BYTES + NONCE_BYTES :]
    if len(nonce) != NONCE_BYTES or len(body) < 16:
        raise UserError("exchange.damaged", path=shown, detail="kort fil")
    key = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(
        passphrase.encode("utf-8")
    )
    try:
        return AESGCM(key).decrypt(nonce, body, ENCRYPTED_MAGIC + salt)
    except InvalidTag as exc:
        raise UserError("exchange.wrong_passphrase", path=shown) from exc


def _read_member(archive: zipfile.ZipFile, name: str, shown: str) -> bytes:
    try:
        return archive.read(name)
    except KeyError as exc:
        raise UserError("exchange.damaged", path=shown, detail=f"{name} mangler") from exc
    except (zipfile.BadZipFile, zlib.error, binascii.Error, EOFError, OSError) as exc:
        raise UserError("exchange.damaged", path=shown, detail=f"{name}: {exc}") from exc


def _manifest(archive: zipfile.ZipFile, shown: str) -> tuple[dict[str, Any], str]:
    """The manifest, checked, and the SHA-256 of its bytes."""
    if MANIFEST_NAME not in archive.namelist():
        raise UserError("exchange.not_a_package", path=shown)
    raw = _read_member(archive, MANIFEST_NAME, shown)
    try:
        manifest = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise UserError("exchange.damaged", path=shown, detail=MANIFEST_NAME) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != PACKAGE_FORMAT:
        raise UserError("exchange.not_a_package", path=shown)
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > PACKAGE_FORMAT_VERSION:
        raise UserError("exchange.too_new", path=shown, version=str(version))
    members = manifest.get("members")
    counts = manifest.get("counts")
    if not isinstance(members, dict) or not isinstance(counts, dict):
        raise UserError("exchange.damaged", path=shown, detail=MANIFEST_NAME)
    return manifest, hashlib.sha256(raw).hexdigest()


def _tables(
    archive: zipfile.ZipFile, manifest: dict[str, Any], shown: str
) -> dict[str, list[dict[str, Any]]]:
    members: dict[str, Any] = manifest["members"]
    counts: dict[str, Any] = manifest["counts"]
    unlisted = set(archive.namelist()) - set(members) - {MANIFEST_NAME}
    if unlisted:
        raise UserError("exchange.tampered", path=shown, member=sorted(unlisted)[0])
    tables: dict[str, list[dict[str, Any]]] = {}
    for name, expected in members.items():
        if not name.startswith(DATA_FOLDER) or not name.endswith(".jsonl"):
            raise UserError("exchange.tampered", path=shown, member=name)
        if not isinstance(expected, dict):
            raise UserError("exchange.tampered", path=shown, member=name)
        table = name[len(DATA_FOLDER) : -len(".jsonl")]
        records, digest = _records(archive, name, table, shown)
        if digest != expected.get("sha256"):
            raise UserError("exchange.tampered", path=shown, member=name)
        if counts.get(table) != len(records) or not all(isinstance(r, dict) for r in records):
            raise UserError("exchange.tampered", path=shown, member=name)
        tables[table] = records
    return tables


def _records(archive: zipfile.ZipFile, name: str, table: str, shown: str) -> tuple[list[Any], str]:
    """The member's records, one JSON value a line, and the SHA-256 of its bytes.

    The member is streamed line by line, so its bytes are never held as a whole; a line or a
    number of records above the limits is refused as soon as it is met.
    """
    digest = hashlib.sha256()
    records: list[Any] = []
    try:
        with archive.open(name) as stream:
            while line := stream.readline(MAX_PACKAGE_LINE_BYTES + 1):
                digest.update(line)
                if len(line) > MAX_PACKAGE_LINE_BYTES:
                    raise UserError(
                        "limits.record_too_large",
                        name=shown,
                        table=table,
                        limit=size_text(MAX_PACKAGE_LINE_BYTES),
                    )
                if not line.strip():
                    continue
                if len(records) >= MAX_PACKAGE_RECORDS:
                    raise UserError(
                        "limits.too_many_records",
                        name=shown,
                        table=table,
                        limit=count_text(MAX_PACKAGE_RECORDS),
                    )
                records.append(json.loads(line))
    except KeyError as exc:
        raise UserError("exchange.damaged", path=shown, detail=f"{name} mangler") from exc
    except (zipfile.BadZipFile, zlib.error, binascii.Error, EOFError, OSError) as exc:
        raise UserError("exchange.damaged", path=shown, detail=f"{name}: {exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise UserError("exchange.damaged", path=shown, detail=name) from exc
    return records, digest.hexdigest()
