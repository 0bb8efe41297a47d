"""Write an exchange package (`.tfpkg`): a zip of JSON lines and a manifest, optionally encrypted.

Layout of the zip:

* `manifest.json`: format and version, app version, creation time, the source database's id,
  the forløb ids, record counts per table and the SHA-256 and size of every other member;
* `data/<table>.jsonl`: one record per line (canonical JSON values), sorted by id. The records
  of `audit_event` are the change history of the other records: it is the common base of the
  three-way merge (see `taskforce_app.domain.merge`).

With a passphrase the whole zip is encrypted: the file is `ENCRYPTED_MAGIC`, a random salt, a
random nonce and the AES-256-GCM ciphertext, with the key derived by scrypt. The passphrase is
never stored. The file is written next to its target and moved into place at the end
(`os.replace`), so a cancelled or failed export leaves the target as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers import AEADEncryptionContext, Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from taskforce_app.domain.errors import OperationCancelledError, UserError
from taskforce_app.domain.merge import (
    DATA_FOLDER,
    ENCRYPTED_MAGIC,
    MANIFEST_NAME,
    NONCE_BYTES,
    SALT_BYTES,
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
)

Cancelled = Callable[[], bool]
Progress = Callable[[int, int], None]
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
_CHUNK_BYTES = 1 << 20
_CHECK_EVERY = 1_000
"""Records written between two looks at the cancel flag."""


@dataclass(frozen=True, slots=True)
class WrittenPackage:
    """What was written: the path, its size in bytes, and the records per table."""

    path: Path
    size: int
    counts: Mapping[str, int]
    encrypted: bool


def encode_line(record: Mapping[str, Any]) -> bytes:
    """One record as one canonical JSON line."""
    return (
        json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
            "utf-8"
        )
        + b"\n"
    )


def write_package(
    target: Path,
    manifest: Mapping[str, Any],
    tables: Mapping[str, Iterable[Mapping[str, Any]]],
    *,
    passphrase: str | None = None,
    cancelled: Cancelled | None = None,
    progress: Progress | None = None,
) -> WrittenPackage:
    """Write the package atomically to `target`, streaming: no table is held as a whole.

    Each table's records are encoded and compressed as they come from their iterable (which
    may read the database batch by batch); the zip goes to a file beside the target and, with
    a passphrase, is encrypted from that file in chunks. `manifest` gets `counts` and
    `members` (the SHA-256 and size of every member).

    Raises:
        OperationCancelledError: cancelled; the target is untouched.
        UserError: the folder is missing or the file cannot be written.
    """
    target = Path(target)
    if not target.parent.is_dir():
        raise UserError("exchange.folder_missing", folder=str(target.parent))
    partial = target.with_name(f".{target.name}.partial-{secrets.token_hex(4)}")
    plain = partial.with_name(f"{partial.name}.zip") if passphrase is not None else partial
    try:
        counts = _write_zip(plain, manifest, tables, cancelled=cancelled, progress=progress)
        if passphrase is not None:
            _encrypt_file(plain, partial, passphrase, cancelled)
            plain.unlink()
        _check(cancelled)
        os.replace(partial, target)
    except OSError as exc:
        _remove(partial, plain)
        raise UserError(
            "exchange.write_failed", path=str(target), detail=exc.strerror or str(exc)
        ) from exc
    except BaseException:
        _remove(partial, plain)
        raise
    return WrittenPackage(target, target.stat().st_size, counts, passphrase is not None)


def _write_zip(
    path: Path,
    manifest: Mapping[str, Any],
    tables: Mapping[str, Iterable[Mapping[str, Any]]],
    *,
    cancelled: Cancelled | None,
    progress: Progress | None,
) -> dict[str, int]:
    """Write the zip to `path` member by member; the records per table."""
    counts: dict[str, int] = {}
    members: dict[str, dict[str, Any]] = {}
    steps = len(tables) + 1
    with (
        path.open("wb") as handle,
        zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf,
    ):
        for done, (table, records) in enumerate(tables.items()):
            _check(cancelled)
            name = f"{DATA_FOLDER}{table}.jsonl"
            digest = hashlib.sha256()
            size = count = 0
            with zf.open(_info(name), "w") as member:
                for record in records:
                    if count % _CHECK_EVERY == 0:
                        _check(cancelled)
                    line = encode_line(record)
                    member.write(line)
                    digest.update(line)
                    size += len(line)
                    count += 1
            counts[table] = count
            members[name] = {"sha256": digest.hexdigest(), "bytes": size}
            if progress is not None:
                progress(done + 1, steps)
        full = {**manifest, "counts": counts, "members": members}
        zf.writestr(
            _info(MANIFEST_NAME), json.dumps(full, ensure_ascii=False, indent=2).encode("utf-8")
        )
        handle.flush()
        os.fsync(handle.fileno())
    if progress is not None:
        progress(steps, steps)
    return counts


def _encryptor(passphrase: str) -> tuple[bytes, bytes, AEADEncryptionContext]:
    """A fresh salt and nonce and an AES-256-GCM encryptor keyed from `passphrase` by scrypt."""
    if not passphrase:
        raise UserError("exchange.empty_passphrase")
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    key = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(
        passphrase.encode("utf-8")
    )
    encryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
    encryptor.authenticate_additional_data(ENCRYPTED_MAGIC + salt)
    return salt, nonce, encryptor


def _encrypt_file(source: Path, target: Path, passphrase: str, cancelled: Cancelled | None) -> None:
    """Encrypt `source` into `target` chunk by chunk (the tag last)."""
    salt, nonce, encryptor = _encryptor(passphrase)
    with source.open("rb") as reader, target.open("wb") as writer:
        writer.write(ENCRYPTED_MAGIC + salt + nonce)
        while chunk := reader.read(_CHUNK_BYTES):
            _check(cancelled)
            writer.write(encryptor.update(chunk))
        writer.write(encryptor.finalize())
        writer.write(encryptor.tag)
        writer.flush()
        os.fsync(writer.fileno())


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _remove(*paths: Path) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise OperationCancelledError()
