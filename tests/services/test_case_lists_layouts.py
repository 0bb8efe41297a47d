"""A remembered column mapping is a suggestion: the next file's own headings win (issue 14, 7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from taskforce_app.bootstrap import AppContext
from taskforce_app.cli import main
from taskforce_app.domain.cases import CaseField
from tests.services.helpers import granted_engagement


def first_layout(path: Path) -> Path:
    """An xlsx case list of one layout: 'Sags-ID', age, gender and a column only a user maps."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Sags-ID", "Alder", "Køn", "Løbenummer"])
    for number in range(5):
        sheet.append([f"A-{number}", 8 + number, "Pige", f"L{number}"])
    book.save(path)
    return path


def windows_csv(path: Path) -> Path:
    """A Windows-1252 csv of another layout whose first column is plainly 'Sagsnummer'."""
    lines = ["Sagsnummer;Køn;Barnets alder;Sagsbehandler;Afgørelsesdato"]
    lines += [
        f"B-{number};Dreng;{10 + number};Åse Ørum;0{1 + number}-02-2025" for number in range(4)
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def test_a_remembered_mapping_yields_to_the_next_files_headings(
    context: AppContext, tmp_path: Path
) -> None:
    engagement_id = granted_engagement(context, "Aarhus")
    first = context.case_lists.preview(engagement_id, first_layout(tmp_path / "a.xlsx"))
    assert first.mapping.column(CaseField.CASE_REF) == 0
    chosen = first.mapping.with_column(CaseField.CASE_TYPE, 3)  # the user maps 'Løbenummer'
    context.case_lists.import_rows(engagement_id, first.table, chosen)

    second = context.case_lists.preview(engagement_id, windows_csv(tmp_path / "b.csv"))
    assert second.mapping.column(CaseField.CASE_REF) == 0
    assert second.mapping.column(CaseField.GENDER) == 1
    assert second.mapping.column(CaseField.AGE) == 2
    assert second.mapping.column(CaseField.CASEWORKER) == 3
    assert second.mapping.column(CaseField.DECIDED_ON) == 4
    assert second.remembered and not second.same_layout
    assert second.remembered_fields == ()  # nothing of the remembered mapping fits here
    outcome, _ = context.case_lists.import_rows(engagement_id, second.table, second.mapping)
    assert outcome.stored == 4
    assert "B-0" in context.case_lists.existing_refs(engagement_id)


def test_a_remembered_mapping_still_fills_columns_the_headings_do_not_name(
    context: AppContext, tmp_path: Path
) -> None:
    engagement_id = granted_engagement(context, "Aarhus")
    first = context.case_lists.preview(engagement_id, first_layout(tmp_path / "a.xlsx"))
    context.case_lists.import_rows(
        engagement_id, first.table, first.mapping.with_column(CaseField.CASE_TYPE, 3)
    )
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Sagsnr.", "Løbenummer", "Køn"])
    sheet.append(["C-1", "L9", "Pige"])
    book.save(tmp_path / "c.xlsx")
    third = context.case_lists.preview(engagement_id, tmp_path / "c.xlsx")
    assert not third.same_layout and third.remembered_fields == (CaseField.CASE_TYPE,)
    assert third.mapping.column(CaseField.CASE_REF) == 0  # its own heading
    assert third.mapping.column(CaseField.CASE_TYPE) == 1  # remembered: no heading names it
    assert third.mapping.column(CaseField.GENDER) == 2


def test_the_same_layout_repeats_the_users_choices(context: AppContext, tmp_path: Path) -> None:
    engagement_id = granted_engagement(context, "Aarhus")
    first = context.case_lists.preview(engagement_id, first_layout(tmp_path / "a.xlsx"))
    assert first.mapping.column(CaseField.AGE) == 1
    chosen = first.mapping.with_column(CaseField.AGE, None).with_column(CaseField.CASE_TYPE, 3)
    context.case_lists.import_rows(engagement_id, first.table, chosen)
    again = context.case_lists.preview(engagement_id, first_layout(tmp_path / "b.xlsx"))
    assert again.same_layout and again.mapping == chosen  # 'Alder' left out as chosen
    other = context.case_lists.preview(engagement_id, windows_csv(tmp_path / "c.csv"))
    assert not other.same_layout and other.mapping.column(CaseField.AGE) == 2


def test_import_cases_takes_a_windows_csv_after_another_layout(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--db", str(db_path)]
    from taskforce_app.bootstrap import open_context

    context = open_context(str(db_path), actor="test")
    try:
        granted_engagement(context, "Aarhus")
    finally:
        context.close()
    first = first_layout(tmp_path / "a.xlsx")
    assert main(["import-cases", *base, "--engagement", "Aarhus", str(first)]) == 0
    second = windows_csv(tmp_path / "b.csv")
    code = main(["import-cases", *base, "--engagement", "Aarhus", str(second)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "4 sager importeret" in out
    assert "Der er ingen kolonne med sagsnummer" not in out + err
