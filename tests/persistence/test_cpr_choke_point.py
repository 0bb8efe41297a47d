"""The CPR guard below the services: every text column refuses a CPR number on every write path.

Each test walks every `String`/`Text` column (and every JSON column) of `Base.metadata` and
writes a CPR number there through one path: the ORM (insert and update), a Core bulk insert,
driver SQL, or an exchange-package merge. Every write is refused with `CprNumberError`
naming the column, and nothing is stored.
"""

from __future__ import annotations

import copy
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, Column, String, Table, func, insert, select, text, update
from sqlalchemy.orm import Mapper

from taskforce_app.domain.cpr import contains_cpr_number
from taskforce_app.domain.errors import CprNumberError
from taskforce_app.domain.field_labels import COLUMN_LABELS
from taskforce_app.exporters.package import write_package
from taskforce_app.importers.package import read_package
from taskforce_app.persistence.base import Base
from taskforce_app.persistence.database import Database, open_database
from taskforce_app.persistence.models import Engagement
from taskforce_app.services.exchange import EXCHANGED, ExchangeService

CPR_FORMS = [
    "010203-1234",
    "Barnet 01.02.03-1234 blev hørt",
    "01-02-03-1234",
    "0102\u00a0031234",
    "sag 010203\u20141234",
    "010203/1234",
    "0102\u200b031234",
    "010203\t1234",
    "\uff10\uff11\uff10\uff12\uff10\uff13\uff0d\uff11\uff12\uff13\uff14",
]
"""Ways a CPR number reaches a text field: typed, pasted from Word or Excel, or crafted."""


def _columns() -> list[tuple[Table, Column[Any]]]:
    found: list[tuple[Table, Column[Any]]] = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, String | JSON):
                found.append((table, column))
    return found


COLUMNS = _columns()
TEXT_COLUMNS = [(t, c) for t, c in COLUMNS if isinstance(c.type, String)]


def _cpr_value(column: Column[Any], index: int) -> Any:
    """A CPR number in one of its forms, shaped for the column (JSON holds it inside)."""
    length = getattr(column.type, "length", None) or 1_000
    fitting = [form for form in CPR_FORMS if len(form) <= length] or ["0102031234"]
    form = fitting[index % len(fitting)]
    if isinstance(column.type, JSON):
        return [form] if index % 2 else {"note": form}
    return form


def _mapper_of(table: Table) -> Mapper[Any]:
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            return mapper
    raise AssertionError(f"no mapped class for {table.name}")


def _attribute(table: Table, column: Column[Any]) -> str:
    return _mapper_of(table).get_property_by_column(column).key


def _count(db: Database, table: Table) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(table)).scalar_one())


def _refused(
    caught: pytest.ExceptionInfo[CprNumberError], table: Table, column: Column[Any]
) -> None:
    """The error names the column (in Danish) and holds no digit of the number."""
    error = caught.value
    assert error.params["column"] == f"{table.name}.{column.name}"
    message = error.message("da")
    assert "CPR-nummer" in message
    assert not any(character.isdigit() for character in message), message
    assert "1234" not in str(error)


@pytest.fixture
def backend_db(backend_url: str) -> Iterator[Database]:
    database = open_database(backend_url)
    yield database
    database.close()


@pytest.fixture
def demo_db(demo_db_path: Path) -> Iterator[Database]:
    database = open_database(demo_db_path)
    yield database
    database.close()


def test_the_walk_covers_every_text_column_and_each_has_a_danish_label() -> None:
    names = {f"{table.name}.{column.name}" for table, column in COLUMNS}
    assert {
        "engagement.title",
        "case_record.extra",
        "setting.value",
        "key_figure.category",
    } <= names
    assert len(TEXT_COLUMNS) >= 60
    assert names <= set(COLUMN_LABELS)


def test_the_orm_refuses_a_cpr_number_in_every_column_on_insert(backend_db: Database) -> None:
    for index, (table, column) in enumerate(COLUMNS):
        before = _count(backend_db, table)
        record = _mapper_of(table).class_()
        setattr(record, _attribute(table, column), _cpr_value(column, index))
        with pytest.raises(CprNumberError) as caught, backend_db.write() as session:
            session.add(record)
            session.flush()
        _refused(caught, table, column)
        assert _count(backend_db, table) == before, table.name


def test_the_orm_refuses_a_cpr_number_in_every_column_on_update(demo_db: Database) -> None:
    updated = 0
    for index, (table, column) in enumerate(COLUMNS):
        mapper = _mapper_of(table)
        attribute = _attribute(table, column)
        with demo_db.read() as session:
            stored = session.execute(
                select(table.c.id, column).order_by(table.c.id).limit(1)
            ).first()
        if stored is None:
            continue
        with pytest.raises(CprNumberError) as caught, demo_db.write() as session:
            record = session.get(mapper.class_, stored[0])
            setattr(record, attribute, _cpr_value(column, index))
            session.flush()
        _refused(caught, table, column)
        with demo_db.read() as session:
            after = session.execute(select(column).where(table.c.id == stored[0])).scalar_one()
        assert after == stored[1], f"{table.name}.{column.name}"
        updated += 1
    assert updated >= 40  # the demo fills most tables


def test_a_core_bulk_insert_refuses_a_cpr_number_in_every_column(backend_db: Database) -> None:
    for index, (table, column) in enumerate(COLUMNS):
        harmless: Any = {"note": "ok"} if isinstance(column.type, JSON) else "ok"
        rows = [{"id": uuid.uuid4(), column.key: harmless} for _ in range(3)]
        rows.insert(1, {"id": uuid.uuid4(), column.key: _cpr_value(column, index)})
        before = _count(backend_db, table)
        with pytest.raises(CprNumberError) as caught, backend_db.write() as session:
            session.execute(insert(table), rows)
        _refused(caught, table, column)
        assert _count(backend_db, table) == before, table.name


def test_a_core_update_and_insert_values_refuse_a_cpr_number(demo_db: Database) -> None:
    table = Engagement.__table__
    assert isinstance(table, Table)
    with pytest.raises(CprNumberError) as caught, demo_db.write() as session:
        session.execute(update(table).values(notes="se 0102\u00a0031234"))
    _refused(caught, table, table.c.notes)
    with pytest.raises(CprNumberError), demo_db.write() as session:
        session.execute(insert(table).values(id=uuid.uuid4(), title="01.02.03-1234"))
    with demo_db.read() as session:
        assert not session.scalars(
            select(Engagement).where(Engagement.notes.contains("0102"))
        ).all()


def test_driver_sql_and_text_statements_are_guarded_too(demo_db: Database) -> None:
    with demo_db.read() as session:
        engagement_id = session.execute(select(Engagement.id).limit(1)).scalar_one()
        before = session.execute(select(Engagement.notes).where(Engagement.id == engagement_id))
        notes_before = before.scalar_one()
    statements: list[tuple[str, Any]] = [
        ("UPDATE engagement SET notes = ? WHERE id = ?", ("010203-1234", engagement_id.hex)),
        ("UPDATE engagement SET notes = 'cpr 01-02-03-1234' WHERE id = ?", (engagement_id.hex,)),
    ]
    for sql, parameters in statements:
        with pytest.raises(CprNumberError) as caught, demo_db.write() as session:
            session.connection().exec_driver_sql(sql, parameters)
        assert caught.value.message("da").startswith("Et felt i forløbet")
    with pytest.raises(CprNumberError), demo_db.write() as session:
        session.execute(text("UPDATE engagement SET notes = :notes"), {"notes": "0102 031234"})
    with demo_db.read() as session:
        after = session.execute(select(Engagement.notes).where(Engagement.id == engagement_id))
        assert after.scalar_one() == notes_before


def test_an_ordinary_write_still_works_and_reads_are_not_checked(demo_db: Database) -> None:
    with demo_db.write() as session:
        engagement = session.scalars(select(Engagement).limit(1)).one()
        engagement.notes = "Møde 01-02-2024 kl. 10, tlf. +45 12 34 56 78, § 50, stk. 7"
    with demo_db.read() as session:
        found = session.scalars(select(Engagement).where(Engagement.notes == "0102031234")).all()
    assert found == []


# -- exchange-package merge ----------------------------------------------------------------


@pytest.fixture(scope="module")
def exported(
    demo_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """The manifest and records of a package holding the fewest demo forløb that together
    fill every table a package carries (a smaller package keeps the walk quick)."""
    folder = tmp_path_factory.mktemp("cpr-package")
    shutil.copyfile(demo_template, folder / "source.sqlite")
    source = open_database(folder / "source.sqlite")
    exchange = ExchangeService(source)
    try:
        with source.read() as session:
            ids = list(session.scalars(select(Engagement.id).order_by(Engagement.id)))
        filled: dict[uuid.UUID, set[str]] = {}
        for engagement_id in ids:
            path = folder / f"{engagement_id}.tfpkg"
            exchange.export([engagement_id], path)
            tables = read_package(path).tables
            filled[engagement_id] = {name for name, rows in tables.items() if rows}
        wanted = set().union(*filled.values())
        chosen: list[uuid.UUID] = []
        while wanted:
            best = max(ids, key=lambda i: len(filled[i] & wanted))
            chosen.append(best)
            wanted -= filled[best]
        exchange.export(chosen, folder / "chosen.tfpkg")
    finally:
        source.close()
    package = read_package(folder / "chosen.tfpkg")
    return package.manifest, package.tables


EXCHANGED_COLUMNS = [
    (table, column) for table, column in COLUMNS if table.name in EXCHANGED | {"audit_event"}
]


@pytest.mark.parametrize("new_record", [False, True], ids=["changed-record", "new-record"])
def test_a_package_merge_refuses_a_cpr_number_in_every_column(
    demo_db_path: Path,
    tmp_path: Path,
    exported: tuple[dict[str, Any], dict[str, list[dict[str, Any]]]],
    new_record: bool,
) -> None:
    manifest, tables = exported
    target = open_database(demo_db_path)
    exchange = ExchangeService(target)
    refused = 0
    try:
        settings_before = _count(target, Base.metadata.tables["setting"])
        for index, (table, column) in enumerate(EXCHANGED_COLUMNS):
            if not tables.get(table.name):
                continue
            # The target already holds every other record, so the package needs only this one.
            record = copy.deepcopy(tables[table.name][0])
            crafted: dict[str, list[dict[str, Any]]] = {name: [] for name in tables}
            crafted[table.name] = [record]
            if new_record or table.name == "audit_event":
                record["id"] = str(uuid.uuid4())
            record[column.name] = _cpr_value(column, index)
            path = tmp_path / f"{table.name}.{column.name}.tfpkg"
            write_package(path, manifest, crafted)
            before = _count(target, table)
            try:
                exchange.merge(path, policy="theirs")
            except CprNumberError as error:
                if table.name != "audit_event":
                    assert error.params["column"] == f"{table.name}.{column.name}"
                assert not any(character.isdigit() for character in error.message("da"))
                refused += 1
            # Otherwise nothing was written: our newer edit won, or the record was matched to
            # one of ours by its natural key. Either way the number is stored nowhere.
            assert _count(target, table) == before
            with target.read() as session:
                stored = session.execute(select(column)).scalars().all()
            assert not any(contains_cpr_number(str(value)) for value in stored), column
        assert _count(target, Base.metadata.tables["setting"]) == settings_before
    finally:
        target.close()
    assert refused >= (55 if new_record else 45)  # of 59 columns today


def test_an_encrypted_package_is_refused_the_same_way(
    demo_db_path: Path,
    tmp_path: Path,
    exported: tuple[dict[str, Any], dict[str, list[dict[str, Any]]]],
) -> None:
    manifest, tables = exported
    crafted = copy.deepcopy(tables)
    crafted["engagement"][0]["description"] = "Barnets cpr 01.02.03\u00a01234"
    path = tmp_path / "secret.tfpkg"
    write_package(path, manifest, crafted, passphrase="hemmelig-nøgle")
    target = open_database(demo_db_path)
    try:
        with pytest.raises(CprNumberError) as caught:
            ExchangeService(target).merge(path, passphrase="hemmelig-nøgle", policy="theirs")
        table = Engagement.__table__
        assert isinstance(table, Table)
        _refused(caught, table, table.c.description)
        assert caught.value.message("da").startswith("Beskrivelse")
    finally:
        target.close()
