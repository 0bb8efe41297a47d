"""Each write path the issue names refuses a CPR number (or stores it masked), and the log file
never receives one."""

from __future__ import annotations

import json
import logging
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.cli import main
from taskforce_app.domain.cpr import contains_cpr_number
from taskforce_app.domain.enums import ConsultantRole, Organisation, RoundKind
from taskforce_app.domain.errors import CprNumberError
from taskforce_app.domain.team import ConsultantDraft, ContactDraft
from taskforce_app.persistence.database import open_database
from taskforce_app.persistence.models import Engagement, Setting
from taskforce_app.persistence.models.audit import KeyFigure
from taskforce_app.services.exchange import ExchangeService
from taskforce_app.services.key_figures import KeyFigureService
from tests.services.helpers import PASSPHRASE

CPR = "01.02.03\u00a01234"


def _no_digits_of_the_number(message: str) -> None:
    assert "1234" not in message
    assert "010203" not in message and "01.02.03" not in message


@pytest.fixture
def demo(demo_db_path: Path) -> Iterator[AppContext]:
    ctx = open_context(demo_db_path)
    yield ctx
    ctx.close()


def _stored_texts(path: Path) -> str:
    """Every text of the database file, for a plain search (WAL folded in first)."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        texts: list[str] = []
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                texts.extend(str(value) for value in row if isinstance(value, str))
        return "\x00".join(texts)  # no separator: a number cannot span two values
    finally:
        connection.close()


def test_a_review_round_name_is_refused(demo: AppContext, demo_db_path: Path) -> None:
    engagement = demo.engagements.summaries()[0]
    with pytest.raises(CprNumberError) as caught:
        demo.review.create_round(engagement.id, RoundKind.OTHER, f"Runde {CPR}")
    assert caught.value.message("da").startswith("Gennemgangsrundens navn")
    _no_digits_of_the_number(caught.value.message("da"))
    assert not contains_cpr_number(_stored_texts(demo_db_path))


def test_consultant_and_contact_emails_are_refused(demo: AppContext, demo_db_path: Path) -> None:
    with pytest.raises(CprNumberError) as caught:
        demo.team.create_consultant(
            ConsultantDraft(
                name="Ny Konsulent",
                initials="NYK",
                organisation=Organisation.ANKESTYRELSEN,
                role=ConsultantRole.JURIST,
                email="0102031234@example.dk",
            )
        )
    assert caught.value.message("da").startswith("Konsulentens e-mail")
    engagement = demo.engagements.summaries()[0]
    with pytest.raises(CprNumberError) as caught:
        demo.team.add_contact(
            engagement.id, ContactDraft(name="Anne", email="anne.010203-1234@kommune.dk")
        )
    assert caught.value.message("da").startswith("Kontaktpersonens e-mail")
    assert not contains_cpr_number(_stored_texts(demo_db_path))


def test_sample_seed_from_the_command_line_exits_2_naming_the_field(
    demo: AppContext, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engagement = demo.engagements.summaries()[0]
    round_, _ = demo.review.create_round(engagement.id, RoundKind.OTHER, "Ekstra")
    demo.close()
    code = main(
        [
            "sample",
            "--db",
            str(demo_db_path),
            "--round",
            str(round_.id),
            "--method",
            "random",
            "--size",
            "5",
            "--seed",
            "0102031234",
        ]
    )
    assert code == 2
    error = capsys.readouterr().err
    assert "startværdi" in error.lower()
    assert "0102031234" not in error and "1234" not in error
    assert not contains_cpr_number(_stored_texts(demo_db_path))


def test_statistikbanken_category_and_file_name_are_refused(db_path: Path, tmp_path: Path) -> None:
    db = open_database(db_path)
    try:
        service = KeyFigureService(db)
        lines = [
            "OMRÅDE;UNDERRETTER;KØN;TID;INDHOLD",
            "Hele landet;I alt;I alt;2023;151876",
            f"Tønder;Barn {CPR};I alt;2023;612",
        ]
        in_category = tmp_path / "UND1.csv"
        in_category.write_bytes("\r\n".join(lines).encode("utf-8"))
        with pytest.raises(CprNumberError) as caught:
            service.import_file(in_category, table_code="UND1")
        _no_digits_of_the_number(caught.value.message("da"))
        named = tmp_path / "UND1 010203-1234.csv"
        named.write_bytes("\r\n".join(lines[:2]).encode("utf-8"))
        with pytest.raises(CprNumberError) as caught:
            service.import_file(named, table_code="UND1")
        assert caught.value.message("da").startswith("Kilde til nøgletal")
        with db.read() as session:
            assert session.scalars(select(KeyFigure)).all() == []
    finally:
        db.close()


def test_case_list_column_headers_never_reach_the_database(
    demo: AppContext, demo_db_path: Path, tmp_path: Path
) -> None:
    engagement = demo.engagements.summaries()[0]
    source = tmp_path / "sager.csv"
    source.write_text(
        "Sagsnummer;Sagstype;Foranstaltning;Fødselsår;Køn;Barn 010203-1234\n"
        "S-1;Underretning;Forebyggende;2015;pige;x\n"
        "S-2;Underretning;Anbringelse;2012;dreng;y\n",
        encoding="utf-8",
    )
    try:
        demo.case_lists.import_file(engagement.id, source)
    except CprNumberError as error:
        _no_digits_of_the_number(error.message("da"))
    assert not contains_cpr_number(_stored_texts(demo_db_path))


def test_the_package_path_in_the_merge_log_holds_no_cpr_number(
    demo_template: Path, tmp_path: Path
) -> None:
    shutil.copyfile(demo_template, tmp_path / "a.sqlite")
    shutil.copyfile(demo_template, tmp_path / "b.sqlite")
    source = open_database(tmp_path / "a.sqlite")
    try:
        with source.write() as session:
            engagement = session.scalars(select(Engagement).limit(1)).one()
            engagement.notes = "Opdateret i kommunen"
            engagement_id = engagement.id
        package = tmp_path / "Barn 010203-1234.tfpkg"
        ExchangeService(source).export([engagement_id], package, passphrase=PASSPHRASE)
    finally:
        source.close()
    target = open_database(tmp_path / "b.sqlite")
    try:
        result = ExchangeService(target).merge(package, passphrase=PASSPHRASE, policy="theirs")
        assert result.log_key is not None
        with target.read() as session:
            logs = session.scalars(select(Setting.value)).all()
            entry = session.scalars(
                select(Setting.value).where(Setting.key == result.log_key)
            ).one()
        assert not contains_cpr_number(json.dumps(logs, ensure_ascii=False))
        assert isinstance(entry, dict)
        assert entry["package"]["path"] == str(tmp_path / "Barn XXXXXX-XXXX.tfpkg")
    finally:
        target.close()
    assert not contains_cpr_number(_stored_texts(tmp_path / "b.sqlite"))


def test_the_log_file_receives_only_masked_numbers(tmp_path: Path) -> None:
    from taskforce_app.logs import configure_logging

    log_file = configure_logging()
    log = logging.getLogger("taskforce_app.test_cpr_paths")
    marker = uuid.uuid4().hex
    log.error("%s the user typed %s", marker, "Barn 010203\u00a01234")
    try:
        raise ValueError("bad value 01-02-03-1234")
    except ValueError:
        log.exception("%s failed with %r", marker, {"note": "0102 031234"})
    log.warning(f"{marker} formatted directly 010203/1234")
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = log_file.read_text(encoding="utf-8")
    ours = "\n".join(line for line in written.splitlines() if marker in line or "Error" in line)
    assert marker in written
    assert "XXXXXX-XXXX" in ours
    assert not contains_cpr_number(written)


def test_a_cli_user_error_with_a_cpr_number_leaves_only_masked_values_in_the_log(
    demo_db_path: Path,
) -> None:
    from taskforce_app.logs import log_file_path

    code = main(["import-cases", "--db", str(demo_db_path), "--engagement", "0102031234", "x"])
    assert code == 2
    assert log_file_path().exists()
    assert not contains_cpr_number(log_file_path().read_text(encoding="utf-8"))


def test_a_cli_user_error_never_puts_what_the_user_typed_in_the_log(
    demo_db_path: Path,
) -> None:
    from taskforce_app.logs import log_file_path

    typed = f"Anna Sofie Jensen {uuid.uuid4().hex[:6]}"
    code = main(["import-cases", "--db", str(demo_db_path), "--engagement", typed, "x.xlsx"])
    assert code == 2
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert typed not in log_file_path().read_text(encoding="utf-8")
