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
import json
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
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

_TAG_BYTES = 16
_CHUNK_BYTES = 1 << 20
_DECODE_BATCH = 1_000
"""Lines decoded by one `json.loads`: within one call the decoder shares the key strings."""


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
    archive: IO[bytes]
    """The zip, open for reading: the file itself, or a temporary file holding it decrypted."""

    def close(self) -> None:
        """Close the zip's file (a decrypted temporary file is deleted with it)."""
        self.archive.close()


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
        size = path.stat().st_size
        handle = path.open("rb")
    except OSError as exc:
        raise UserError("exchange.unreadable", path=shown, detail=exc.strerror or exc) from exc
    archive: IO[bytes] = handle
    try:
        encrypted = handle.read(len(ENCRYPTED_MAGIC)) == ENCRYPTED_MAGIC
        if encrypted:
            archive = _decrypt(handle, size, passphrase, shown)
            handle.close()
        with _open_zip(archive, shown) as zipped:
            check_zip(zipped, PACKAGE_LIMITS, name=shown)
            manifest, digest = _manifest(zipped, shown)
    except OSError as exc:
        archive.close()
        handle.close()
        raise UserError("exchange.unreadable", path=shown, detail=exc.strerror or exc) from exc
    except BaseException:
        archive.close()
        handle.close()
        raise
    return PackageHeader(path, manifest, digest, encrypted, size, archive)


def members_intact(header: PackageHeader) -> bool:
    """True when every member the manifest lists is there, unchanged, and nothing else is.

    Hashes the members' bytes without decoding a record: the cheap proof that a package whose
    digest is known holds exactly what it held before.
    """
    shown = str(header.path)
    members: dict[str, Any] = header.manifest["members"]
    with _open_zip(header.archive, shown) as archive:
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
    """Decode and verify every record of a package whose header was read (and close it).

    Raises:
        UserError: a member is missing, damaged, changed, or breaks the limits or the rules.
    """
    shown = str(header.path)
    try:
        with _open_zip(header.archive, shown) as archive:
            tables = _tables(archive, header.manifest, shown)
    finally:
        header.close()
    validate_tables(tables, path=shown)
    return ExchangePackage(
        header.path, header.manifest, tables, header.encrypted, header.size, header.digest
    )


def _open_zip(data: IO[bytes], shown: str) -> zipfile.ZipFile:
    try:
        data.seek(0)
        return zipfile.ZipFile(data)
    except zipfile.BadZipFile as exc:
        data.seek(0)
        if data.read(2) == b"PK":
            raise UserError("exchange.damaged", path=shown, detail=str(exc)) from exc
        raise UserError("exchange.not_a_package", path=shown) from exc


def _decrypt(handle: IO[bytes], size: int, passphrase: str | None, shown: str) -> IO[bytes]:
    """The package decrypted into a temporary file, chunk by chunk, and verified by its tag.

    What is decrypted is not read before the tag is checked at the end (`finalize`).
    """
    if passphrase is None or passphrase == "":
        raise UserError("exchange.passphrase_required", path=shown)
    start = len(ENCRYPTED_MAGIC)
    salt = handle.read(SALT_BYTES)
    nonce = handle.read(NONCE_BYTES)
    body = size - start - SALT_BYTES - NONCE_BYTES - _TAG_BYTES
    if len(nonce) != NONCE_BYTES or body < 0:
        raise UserError("exchange.damaged", path=shown, detail="kort fil")
    handle.seek(size - _TAG_BYTES)
    tag = handle.read(_TAG_BYTES)
    handle.seek(start + SALT_BYTES + NONCE_BYTES)
    key = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(
        passphrase.encode("utf-8")
    )
    decryptor = Cipher(algorithms.AES(key), modes.GCM(nonce, tag)).decryptor()
    decryptor.authenticate_additional_data(ENCRYPTED_MAGIC + salt)
    plain = tempfile.TemporaryFile()  # noqa: SIM115 (returned open: the header owns it)
    try:
        left = body
        while left > 0:
            chunk = handle.read(min(_CHUNK_BYTES, left))
            if not chunk:
                raise UserError("exchange.damaged", path=shown, detail="kort fil")
            left -= len(chunk)
            plain.write(decryptor.update(chunk))
        plain.write(decryptor.finalize())
    except InvalidTag as exc:
        plain.close()
        raise UserError("exchange.wrong_passphrase", path=shown) from exc
    except BaseException:
        plain.close()
        raise
    plain.seek(0)
    return plain


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
    number of records above the limits is refused as soon as it is met. Lines are decoded a
    batch at a time (one JSON array), so the records of a batch share their key strings.
    """
    digest = hashlib.sha256()
    records: list[Any] = []
    batch: list[bytes] = []
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
                if len(records) + len(batch) >= MAX_PACKAGE_RECORDS:
                    raise UserError(
                        "limits.too_many_records",
                        name=shown,
                        table=table,
                        limit=count_text(MAX_PACKAGE_RECORDS),
                    )
                batch.append(line)
                if len(batch) >= _DECODE_BATCH:
                    records.extend(_decoded(batch, name, shown))
                    batch.clear()
            records.extend(_decoded(batch, name, shown))
    except KeyError as exc:
        raise UserError("exchange.damaged", path=shown, detail=f"{name} mangler") from exc
    except (zipfile.BadZipFile, zlib.error, binascii.Error, EOFError, OSError) as exc:
        raise UserError("exchange.damaged", path=shown, detail=f"{name}: {exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise UserError("exchange.damaged", path=shown, detail=name) from exc
    return records, digest.hexdigest()


def _decoded(lines: list[bytes], name: str, shown: str) -> list[Any]:
    """The JSON value of each line, decoded as one array; refused unless one value a line."""
    if not lines:
        return []
    values = json.loads(b"[" + b",".join(lines) + b"]")
    if not isinstance(values, list) or len(values) != len(lines):
        raise UserError("exchange.damaged", path=shown, detail=name)
    return values
