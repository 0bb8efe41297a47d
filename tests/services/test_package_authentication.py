"""Exchange packages are authenticated: an encrypted one must decrypt with the right
passphrase and untouched ciphertext; an unencrypted one's history is untrusted, so it cannot
delete or override anything without a decision."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import uuid
import zipfile
from pathlib import Path

import pytest

from taskforce_app.bootstrap import open_context
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.merge import UnresolvedConflictsError

PASS = "en-lang-nok-frase"


def _viborg(db: Path) -> uuid.UUID:
    ctx = open_context(db, actor="test")
    try:
        return ctx.engagements.resolve("Viborg")
    finally:
        ctx.close()


def _export(
    db: Path, package: Path, passphrase: str | None, engagement_id: uuid.UUID | None = None
) -> None:
    ctx = open_context(db, actor="test")
    try:
        ids = [engagement_id or ctx.engagements.resolve("Viborg")]
        ctx.exchange.export(ids, package, passphrase=passphrase)
    finally:
        ctx.close()


def _rehash(package: Path, engagement_id: uuid.UUID) -> None:
    """Edit the engagement's record to deleted and rewrite the manifest's checksums."""
    with zipfile.ZipFile(package) as source:
        members = {name: source.read(name) for name in source.namelist()}
    name = "data/engagement.jsonl"
    lines = [json.loads(line) for line in members[name].splitlines()]
    for record in lines:
        if record["id"] == str(engagement_id):
            record["deleted_at"] = "2026-12-01T00:00:00.000000Z"
    members[name] = b"".join(
        json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode() + b"\n"
        for r in lines
    )
    manifest = json.loads(members["manifest.json"])
    manifest["members"][name] = {
        "sha256": hashlib.sha256(members[name]).hexdigest(),
        "bytes": len(members[name]),
    }
    members["manifest.json"] = json.dumps(manifest).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for member, payload in members.items():
            target.writestr(member, payload)
    package.write_bytes(buffer.getvalue())


@pytest.mark.parametrize("forged", [False, True])
def test_an_unencrypted_package_deleting_a_forloeb_needs_a_decision(
    demo_db_path: Path, tmp_path: Path, forged: bool
) -> None:
    sender = tmp_path / "sender.sqlite"
    shutil.copyfile(demo_db_path, sender)
    engagement_id = _viborg(sender)
    if not forged:
        ctx = open_context(sender, actor="test")
        try:
            ctx.engagements.delete(engagement_id)
        finally:
            ctx.close()
    package = tmp_path / "p.tfpkg"
    _export(sender, package, None, engagement_id)
    if forged:
        _rehash(package, engagement_id)
    ctx = open_context(demo_db_path, actor="test")
    try:
        with pytest.raises(UnresolvedConflictsError) as caught:
            ctx.exchange.merge(package)
        assert any(
            c.table == "engagement" and c.field == "deleted_at" for c in caught.value.conflicts
        )
        assert ctx.engagements.get(engagement_id).id == engagement_id
        ctx.exchange.merge(package, policy="ours")
        assert ctx.engagements.get(engagement_id).id == engagement_id
    finally:
        ctx.close()


def test_an_encrypted_package_with_a_wrong_passphrase_is_refused(
    demo_db_path: Path, tmp_path: Path
) -> None:
    package = tmp_path / "p.tfpkg"
    _export(demo_db_path, package, PASS)
    ctx = open_context(demo_db_path, actor="test")
    try:
        with pytest.raises(UserError) as caught:
            ctx.exchange.merge(package, passphrase="forkert-men-lang-nok")
        assert caught.value.error_code == "exchange.wrong_passphrase"
    finally:
        ctx.close()


def test_tampered_ciphertext_is_refused(demo_db_path: Path, tmp_path: Path) -> None:
    package = tmp_path / "p.tfpkg"
    _export(demo_db_path, package, PASS)
    data = bytearray(package.read_bytes())
    data[-20] ^= 0x01
    package.write_bytes(bytes(data))
    before = demo_db_path.read_bytes()
    ctx = open_context(demo_db_path, actor="test")
    try:
        with pytest.raises(UserError) as caught:
            ctx.exchange.merge(package, passphrase=PASS)
        assert caught.value.error_code == "exchange.wrong_passphrase"
    finally:
        ctx.close()
    assert demo_db_path.read_bytes() == before


def test_a_short_passphrase_is_refused_and_nothing_is_written(
    demo_db_path: Path, tmp_path: Path
) -> None:
    package = tmp_path / "p.tfpkg"
    with pytest.raises(UserError) as caught:
        _export(demo_db_path, package, "kort")
    assert caught.value.error_code == "exchange.passphrase_too_short"
    assert not package.exists()
