"""Packages are read and written in pieces: batch decoding, chunked decryption, streamed export."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from taskforce_app.bootstrap import open_context
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.merge import DATA_FOLDER, MANIFEST_NAME
from taskforce_app.importers.package import read_package
from tests.services.helpers import PASSPHRASE


@pytest.fixture(scope="module")
def packages(
    demo_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Path, Path]]:
    """The demo's forløb as one plain and one encrypted package (written once; only read)."""
    folder = tmp_path_factory.mktemp("streaming")
    database = folder / "demo.sqlite"
    shutil.copyfile(demo_template, database)
    ctx = open_context(database, actor="test")
    try:
        ids = [summary.id for summary in ctx.engagements.summaries()]
        plain = ctx.exchange.export(ids, folder / "plain.tfpkg").path
        secret = ctx.exchange.export(ids, folder / "secret.tfpkg", passphrase=PASSPHRASE).path
        yield plain, secret
    finally:
        ctx.close()


def _members(path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read(MANIFEST_NAME))
        return manifest, {name: archive.read(name) for name in manifest["members"]}


def _rewrite(target: Path, manifest: dict[str, Any], members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, payload in members.items():
            archive.writestr(name, payload)
            manifest["members"][name]["sha256"] = hashlib.sha256(payload).hexdigest()
        archive.writestr(MANIFEST_NAME, json.dumps(manifest))
    return target


def test_records_decoded_in_batches_are_the_lines_one_by_one(packages: tuple[Path, Path]) -> None:
    plain, _ = packages
    manifest, members = _members(plain)
    package = read_package(plain)
    largest = max(manifest["counts"].values())
    assert largest > 2_500, "a member must span several decoding batches"
    for name, payload in members.items():
        table = name[len(DATA_FOLDER) : -len(".jsonl")]
        expected = [json.loads(line) for line in payload.splitlines() if line.strip()]
        assert package.tables[table] == expected, table
        assert len(expected) == manifest["counts"][table]


def test_a_line_holding_two_records_is_refused(packages: tuple[Path, Path], tmp_path: Path) -> None:
    plain, _ = packages
    manifest, members = _members(plain)
    name = f"{DATA_FOLDER}milestone.jsonl"
    lines = members[name].splitlines(keepends=True)
    assert len(lines) > 3
    joined = lines[0].rstrip(b"\n") + b"," + lines[1]
    members[name] = b"".join([joined, *lines[2:]])
    bad = _rewrite(tmp_path / "two-in-one.tfpkg", manifest, members)
    with pytest.raises(UserError) as refused:
        read_package(bad)
    assert refused.value.error_code == "exchange.damaged"


def test_the_encrypted_package_reads_as_the_plain_one(packages: tuple[Path, Path]) -> None:
    plain, secret = packages
    opened = read_package(secret, passphrase=PASSPHRASE)
    assert opened.encrypted and not read_package(plain).encrypted
    assert opened.tables == read_package(plain).tables
    assert opened.size == secret.stat().st_size


@pytest.mark.parametrize("cut", [1, 16, 17, 4_000])
def test_an_encrypted_package_cut_short_is_refused(
    packages: tuple[Path, Path], tmp_path: Path, cut: int
) -> None:
    _, secret = packages
    short = tmp_path / "short.tfpkg"
    short.write_bytes(secret.read_bytes()[:-cut])
    with pytest.raises(UserError) as refused:
        read_package(short, passphrase=PASSPHRASE)
    assert refused.value.error_code in {"exchange.wrong_passphrase", "exchange.damaged"}


def test_an_encrypted_package_of_only_its_header_is_damaged(
    packages: tuple[Path, Path], tmp_path: Path
) -> None:
    _, secret = packages
    stub = tmp_path / "stub.tfpkg"
    stub.write_bytes(secret.read_bytes()[:40])
    with pytest.raises(UserError) as refused:
        read_package(stub, passphrase=PASSPHRASE)
    assert refused.value.error_code == "exchange.damaged"


def test_the_streamed_export_is_sorted_by_id_and_counted(packages: tuple[Path, Path]) -> None:
    plain, _ = packages
    manifest, members = _members(plain)
    for name, payload in members.items():
        ids = [json.loads(line)["id"] for line in payload.splitlines()]
        assert ids == sorted(ids), name
        assert len(set(ids)) == len(ids), name
        entry = manifest["members"][name]
        assert entry["bytes"] == len(payload)
        assert entry["sha256"] == hashlib.sha256(payload).hexdigest()
