"""Key dates in a case list: Danish headings recognised, impossible dates emptied and reported."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from taskforce_app.domain.cases import CaseField, CaseRow, case_list_fingerprint
from taskforce_app.importers.case_list import read_case_list, suggest_mapping
from tests.importers.files import write_xlsx

HEADERS = [
    "Sagsnr.",
    "Underretning modtaget",
    "Kommunen blev opmærksom",
    "BFU påbegyndt",
    "BFU afsluttet",
    "Afgørelse",
    "Hjemmel",
    "Indsats iværksat",
    "Indsats ophørt",
    "Barnets plan",
]


def test_key_date_headings_are_suggested() -> None:
    mapping = suggest_mapping(HEADERS)
    assert [(case_field, index) for case_field, index in mapping.items()] == [
        (CaseField.CASE_REF, 0),
        (CaseField.LEGAL_BASIS, 6),
        (CaseField.DECIDED_ON, 5),
        (CaseField.NOTIFIED_ON, 1),
        (CaseField.AWARE_ON, 2),
        (CaseField.INVESTIGATION_STARTED_ON, 3),
        (CaseField.INVESTIGATION_COMPLETED_ON, 4),
        (CaseField.MEASURE_STARTED_ON, 7),
        (CaseField.MEASURE_ENDED_ON, 8),
        (CaseField.PLAN_ON, 9),
    ]
    short = suggest_mapping(["Sagsnummer", "Opmærksom", "Handleplan", "Paragraf", "Afgørelsesdato"])
    assert (short.aware_on, short.plan_on, short.legal_basis, short.decided_on) == (1, 2, 3, 4)


@pytest.mark.parametrize(
    "heading", ["Modtaget", "MODTAGET", "Modtaget dato", "Modtagelsesdato", "Dato modtaget"]
)
def test_modtaget_alone_is_the_notification_received(heading: str) -> None:
    mapping = suggest_mapping(["Sagsnr.", heading, "Oprettet"])
    assert (mapping.notified_on, mapping.opened_on) == (1, 2)


def test_modtaget_is_read_as_the_notification_date(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "modtaget.xlsx",
        [["Sagsnr.", "Modtaget", "Afgørelsesdato"], ["M-1", "10-01-2024", "15-03-2024"]],
    )
    report = read_case_list(path)
    row = report.rows[0]
    assert (row.notified_on, row.opened_on) == (date(2024, 1, 10), None)


def test_key_dates_are_read_into_the_row(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "dates.xlsx",
        [
            HEADERS,
            [
                "S-1",
                "10-01-2024",
                date(2024, 1, 8),
                date(2024, 3, 15),
                "01-07-2024",
                date(2024, 7, 20),
                "§ 32",
                date(2024, 8, 1),
                None,
                "2024-08-15",
            ],
        ],
    )
    report = read_case_list(path)
    assert report.problems == ()
    (row,) = report.rows
    assert row.notified_on == date(2024, 1, 10)
    assert row.aware_on == date(2024, 1, 8)
    assert (row.investigation_started_on, row.investigation_completed_on) == (
        date(2024, 3, 15),
        date(2024, 7, 1),
    )
    assert (row.decided_on, row.legal_basis) == (date(2024, 7, 20), "§ 32")
    assert (row.measure_started_on, row.measure_ended_on) == (date(2024, 8, 1), None)
    assert row.plan_on == date(2024, 8, 15)
    assert row.extra == {}


def test_impossible_dates_are_left_empty_and_the_row_report_says_why(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "impossible.xlsx",
        [
            HEADERS,
            # BFU ended before it started
            ["S-1", None, None, "01-07-2024", "15-03-2024", "20-07-2024", "§ 32", None, None, None],
            # decision before the notification
            ["S-2", "10-05-2024", None, None, None, "01-05-2024", "§ 46", "02-05-2024", None, None],
            [
                "S-3",
                "10-01-2024",
                None,
                "15-01-2024",
                "01-03-2024",
                "10-03-2024",
                "",
                None,
                None,
                None,
            ],
        ],
    )
    report = read_case_list(path)
    assert report.valid_count == 3 and report.refused_count == 0
    first, second, third = report.rows
    assert (first.investigation_started_on, first.investigation_completed_on) == (None, None)
    assert first.decided_on == date(2024, 7, 20)  # the other dates of the row are kept
    assert (second.notified_on, second.decided_on) == (None, None)
    assert second.measure_started_on == date(2024, 5, 2)
    assert third.decided_on == date(2024, 3, 10) and third.notified_on == date(2024, 1, 10)
    by_row = {problem.row_number: problem for problem in report.problems}
    assert set(by_row) == {2, 3}
    assert {problem.code for problem in report.problems} == {"case_list.row.impossible_dates"}
    assert by_row[2].message() == (
        "Række 2 (sag S-1): BFU afsluttet (15-03-2024) ligger før BFU påbegyndt (01-07-2024). "
        "Rækken er indlæst uden de to datoer; ret dem i gennemgangen."
    )
    assert (
        by_row[3]
        .message()
        .startswith(
            "Række 3 (sag S-2): Afgørelsesdato (01-05-2024) ligger før Underretning modtaget "
            "(10-05-2024)."
        )
    )
    stored = report.report_entries()
    assert [entry["row"] for entry in stored if isinstance(entry, dict)] == [2, 3]


def test_key_dates_leave_the_fingerprint_unchanged(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "fp.xlsx",
        [HEADERS, ["S-1", "10-01-2024", None, "15-03-2024", None, None, "", None, None, None]],
    )
    report = read_case_list(path)
    assert report.rows[0].notified_on == date(2024, 1, 10)
    assert report.fingerprint == case_list_fingerprint([CaseRow(row_number=2, case_ref="S-1")])
