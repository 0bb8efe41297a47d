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
import io
import json
import os
import secrets
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
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


def build_zip(
    manifest: Mapping[str, Any],
    tables: Mapping[str, Iterable[Mapping[str, Any]]],
    *,
    cancelled: Cancelled | None = None,
    progress: Progress | None = None,
) -> tuple[bytes, dict[str, int]]:
    """The zip's bytes and the records per table; `manifest` gets `counts` and `members`."""
    buffer = io.BytesIO()
    counts: dict[str, int] = {}
    members: dict[str, dict[str, Any]] = {}
    steps = len(tables) + 1
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for done, (table, records) in enumerate(tables.items()):
            _check(cancelled)
            lines = [encode_line(record) for record in records]
            payload = b"".join(lines)
            name = f"{DATA_FOLDER}{table}.jsonl"
            _add(zf, name, payload)
            counts[table] = len(lines)
            members[name] = {"sha256": hashlib.sha256(payload).hexdigest(), "bytes": len(payload)}
            if progress is not None:
                progress(done + 1, steps)
        full = {**manifest, "counts": counts, "members": members}
        _add(zf, MANIFEST_NAME, json.dumps(full, ensure_ascii=False, indent=2).encode("utf-8"))
    if progress is not None:
        progress(steps, steps)
    return buffer.getvalue(), counts


def encrypt(data: bytes, passphrase: str) -> bytes:
    """`data` encrypted with a key derived from `passphrase` (scrypt → AES-256-GCM).

    Raises:
        UserError: the passphrase is empty.
    """
    if not passphrase:
        raise UserError("exchange.empty_passphrase")
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    key = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(
        passphrase.encode("utf-8")
    )
    header = ENCRYPTED_MAGIC + salt + nonce
    return header + AESGCM(key).encrypt(nonce, data, ENCRYPTED_MAGIC + salt)


def write_package(
    target: Path,
    manifest: Mapping[str, Any],
    tables: Mapping[str, Iterable[Mapping[str, Any]]],
    *,
    passphrase: str | None = None,
    cancelled: Cancelled | None = None,
    progress: Progress | None = None,
) -> WrittenPackage:
    """Write the package atomically to `target`.

    Raises:
        OperationCancelledError: cancelled; the target is untouched.
        UserError: the folder is missing or the file cannot be written.
    """
    target = Path(target)
    if not target.parent.is_dir():
        raise UserError("exchange.folder_missing", folder=str(target.parent))
    data, counts = build_zip(manifest, tables, cancelled=cancelled, progress=progress)
    if passphrase is not None:
        data = encrypt(data, passphrase)
    _check(cancelled)
    partial = target.with_name(f".{target.name}.partial-{secrets.token_hex(4)}")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _check(cancelled)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(
            "exchange.write_failed", path=str(target), detail=exc.strerror or str(exc)
        ) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return WrittenPackage(target, len(data), counts, passphrase is not None)


def _add(zf: zipfile.ZipFile, name: str, payload: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    zf.writestr(info, payload)


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise OperationCancelledError()
