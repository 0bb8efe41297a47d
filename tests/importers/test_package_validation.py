"""Every value of a package is checked before a merge; a bad record refuses the whole package."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Boolean, Date, Float, Integer, String, Text, Uuid

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.errors import UserError
from taskforce_app.domain.table_schema import TABLES, Kind
from taskforce_app.importers.package import read_package
from taskforce_app.persistence.base import Base
from taskforce_app.persistence.types import CodedEnum, UtcDateTime
from tests.importers.bomb_files import rewrite_package

Tables = dict[str, list[Any]]


def test_the_table_description_matches_the_models() -> None:
    tables = Base.metadata.tables
    assert set(TABLES) == set(tables)
    for name, table in tables.items():
        described = TABLES[name]
        assert set(described) == {column.name for column in table.columns}, name
        for column in table.columns:
            spec = described[column.name]
            where = f"{name}.{column.name}"
            assert spec.nullable == column.nullable, where
            kind = column.type
            if isinstance(kind, CodedEnum):
                assert (spec.kind, spec.enum, spec.length) == (Kind.ENUM, kind.enum_type, 32), where
            elif isinstance(kind, UtcDateTime):
                assert spec.kind is Kind.DATETIME, where
            elif isinstance(kind, Uuid):
                assert spec.kind is Kind.UUID, where
            elif isinstance(kind, Date):
                assert spec.kind is Kind.DATE, where
            elif isinstance(kind, Text):
                assert (spec.kind, spec.length) == (Kind.TEXT, None), where
            elif isinstance(kind, String):
                assert (spec.kind, spec.length) == (Kind.TEXT, kind.length), where
            elif isinstance(kind, Boolean):
                assert spec.kind is Kind.BOOLEAN, where
            elif isinstance(kind, Integer):
                assert spec.kind is Kind.INTEGER, where
            elif isinstance(kind, Float):
                assert spec.kind is Kind.FLOAT, where
            else:
                assert spec.kind is Kind.JSON, where


@pytest.fixture
def good_package(demo_db_path: Path, tmp_path: Path) -> Iterator[Path]:
    """An unencrypted package of one demo forløb."""
    ctx = open_context(demo_db_path, actor="test")
    try:
        engagement = ctx.engagements.resolve("Haderslev")
        yield ctx.exchange.export([engagement], tmp_path / "haderslev.tfpkg").path
    finally:
        ctx.close()


Edit = tuple[Callable[[Tables], None], str, int, str]
"""A change to a package and where it is: (edit, table, record number, field)."""


def _set(table: str, field: str, value: Any, row: int = 1) -> Edit:
    def edit(tables: Tables) -> None:
        tables[table][row - 1][field] = value

    return edit, table, row, field


def _drop(table: str, field: str, row: int = 1) -> Edit:
    def edit(tables: Tables) -> None:
        del tables[table][row - 1][field]

    return edit, table, row, field


BAD_RECORDS: dict[str, tuple[Edit, str]] = {
    "500-character title": (_set("engagement", "title", "T" * 500), "too_long"),
    "NUL in a text": (_set("engagement", "notes", "før\x00efter"), "nul"),
    "NUL inside JSON": (_set("engagement", "themes", ["a\x00b"]), "nul"),
    "NaN inside JSON": (_set("engagement", "themes", [float("nan")]), "not_finite"),
    "unknown enum": (_set("engagement", "phase", "fase-x"), "bad_enum"),
    "bad UUID": (_set("engagement", "id", "ikke-et-id"), "bad_uuid"),
    "missing id": (_drop("engagement", "id"), "missing"),
    "impossible date": (_set("engagement", "start_date", "2024-02-30"), "bad_date"),
    "time without zone": (_set("engagement", "created_at", "2024-02-01T10:00:00"), "bad_datetime"),
    "number as text": (_set("milestone", "sort_order", "3", row=2), "wrong_type"),
    "integer beyond PostgreSQL": (_set("milestone", "sort_order", 2**40, row=2), "out_of_range"),
    "history without record id": (_drop("audit_event", "record_id", row=3), "missing"),
    "null in a required text": (_set("milestone", "title", None, row=2), "missing"),
}
"""Each bad record, and the problem it must be refused with."""


def _fingerprint(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", sorted(BAD_RECORDS))
def test_a_bad_value_is_reported_with_table_row_and_field(
    good_package: Path, tmp_path: Path, name: str
) -> None:
    (edit, table, number, field), problem = BAD_RECORDS[name]
    bad = rewrite_package(good_package, tmp_path / "bad.tfpkg", edit)
    with pytest.raises(UserError) as refused:
        read_package(bad)
    error = refused.value
    assert error.error_code == f"exchange.value.{problem}"
    row = str(number)
    assert (error.params["table"], error.params["row"], error.params["column"]) == (
        table,
        row,
        field,
    )
    message = error.message("da")
    assert f"tabellen {table}, post nr. {row}, feltet {field}" in message
    assert message.endswith("Intet er ændret.")


def test_the_good_package_passes_the_checks(good_package: Path) -> None:
    package = read_package(good_package)
    assert package.tables["engagement"]


def test_a_refused_package_leaves_the_database_byte_for_byte_unchanged(
    good_package: Path, migrated_template: Path, tmp_path: Path
) -> None:
    target = tmp_path / "modtager.sqlite"
    shutil.copyfile(migrated_template, target)
    before = _fingerprint(target)
    edit = _set("audit_event", "field", "f" * 61, row=5)[0]
    bad = rewrite_package(good_package, tmp_path / "bad.tfpkg", edit)
    ctx = open_context(target, actor="test")
    try:
        with pytest.raises(UserError) as refused:
            ctx.exchange.merge(bad, resolve="theirs")
    finally:
        ctx.close()
    assert refused.value.error_code == "exchange.value.too_long"
    assert _fingerprint(target) == before


def _engagements(ctx: AppContext) -> int:
    return len(ctx.engagements.summaries(include_deleted=True))


def test_postgresql_and_sqlite_refuse_the_same_bad_packages_and_merge_the_good_one(
    backend_url: str, good_package: Path, tmp_path: Path
) -> None:
    """Text SQLite would store (NUL, over-long) and NaN are refused on both backends alike."""
    variants = {
        "nul": _set("engagement", "description", "a\x00b")[0],
        "too_long": _set("engagement", "title", "x" * 201)[0],
        "not_finite": _set("engagement", "themes", {"vægt": float("inf")})[0],
    }
    ctx = open_context(backend_url, actor="test")
    try:
        for problem, edit in variants.items():
            bad = rewrite_package(good_package, tmp_path / f"{problem}.tfpkg", edit)
            with pytest.raises(UserError) as refused:
                ctx.exchange.merge(bad, resolve="theirs")
            assert refused.value.error_code == f"exchange.value.{problem}"
            assert _engagements(ctx) == 0
        ctx.exchange.merge(good_package, resolve="theirs")
        assert _engagements(ctx) == 1
    finally:
        ctx.close()
