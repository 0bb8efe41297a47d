"""The workbook of a forløb whose Analyse straddles 1 January 2024, read back with openpyxl:
results per law with the reason where a change is not computed, and an assessment sheet with
a law per case and the requirements of both laws."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.criteria import comparison
from taskforce_app.domain.enums import Track
from taskforce_app.domain.workbook_models import OTHER_LAW
from taskforce_app.services.criteria import load_criteria_sets
from tests.services.mixed_law import (
    ANALYSE_CASES,
    NOT_MET,
    STATUS_CASES,
    MixedLawForloeb,
    build_mixed_law_forloeb,
)
from tests.workbook_danish import Sheets


@pytest.fixture
def mixed(context: AppContext, tmp_path: Path) -> MixedLawForloeb:
    """The mixed-law forløb, built through the services."""
    return build_mixed_law_forloeb(context, tmp_path)


@pytest.fixture
def workbook(context: AppContext, mixed: MixedLawForloeb, tmp_path: Path) -> Workbook:
    """The forløb's workbook, exported and opened again."""
    target = context.workbooks.export_engagement(mixed.engagement_id, tmp_path / "forløb.xlsx")
    return load_workbook(target)


def records(sheet: Worksheet, header_row: int = 1) -> list[dict[str, object]]:
    """The rows under `header_row` as dicts by header, up to the first empty row."""
    header = [cell.value for cell in sheet[header_row]]
    found: list[dict[str, object]] = []
    for values in sheet.iter_rows(min_row=header_row + 1, values_only=True):
        if values[0] is None:
            break
        found.append({str(name): value for name, value in zip(header, values, strict=False)})
    return found


def test_results_sheet_has_a_line_per_law_under_each_total(workbook: Workbook) -> None:
    lines = records(workbook[Sheets.RESULTS])
    bfu = [line for line in lines if str(line["Krav"]).endswith("L-02")]
    assert [line["Lov"] for line in bfu] == ["Begge love (i alt)", "Serviceloven", "Barnets lov"]
    assert [line["Krav"] for line in bfu] == ["SL-02 / BL-02", "SL-02", "BL-02"]
    total, serviceloven, barnets_lov = bfu
    assert (total["Analyse x"], total["Analyse n"]) == (4, 5)
    assert (total["Statusmåling x"], total["Statusmåling n"]) == (3, 4)
    assert total["Ændring (procentpoint)"] == -5
    assert not total["Ændring ikke beregnet, fordi"]
    assert (serviceloven["Analyse x"], serviceloven["Analyse n"]) == (3, 3)
    assert serviceloven["Statusmåling n"] is None
    assert serviceloven["Lovgrundlag"] == "Serviceloven § 50, stk. 7"
    assert (barnets_lov["Analyse x"], barnets_lov["Analyse n"]) == (1, 2)
    assert barnets_lov["Analyse andel"] == 0.5
    assert (barnets_lov["Statusmåling x"], barnets_lov["Statusmåling n"]) == (3, 4)
    assert barnets_lov["Lovgrundlag"] == "Barnets lov § 20, stk. 3"
    assert barnets_lov["Ændring (procentpoint)"] is None
    only_new_law = [line for line in lines if line["Krav"] == "BL-18"]
    assert len(only_new_law) == 1 and only_new_law[0]["Lov"] == "Barnets lov"
    quality = [line for line in lines if str(line["Krav"]).startswith("SF-")]
    assert quality and all(not line["Lov"] for line in quality)


def test_results_sheet_gives_the_reason_where_the_change_is_not_computed(
    workbook: Workbook,
) -> None:
    lines = records(workbook[Sheets.RESULTS])
    reason = comparison(load_criteria_sets(), "plan", "serviceloven", "barnets_lov").reason
    plan = next(line for line in lines if line["Krav"] == "SL-05 / BL-05")
    assert plan["Statusmåling n"] == 4 and plan["Analyse n"] == 5
    assert plan["Ændring (procentpoint)"] is None
    assert plan["Ændring ikke beregnet, fordi"] == reason
    assert plan["Børnesagsbarometret"] is None
    handleplan = next(line for line in lines if line["Krav"] == "SL-05")
    assert isinstance(handleplan["Børnesagsbarometret"], float)
    assert str(handleplan["Børnesagsbarometret, opgørelse"]).startswith("Børnesagsbarometret ")
    assert "kommuner" in str(handleplan["Børnesagsbarometret, opgørelse"])
    assert handleplan["Børnesagsbarometret, målt efter"] == "Målt efter serviceloven"
    barnets_plan = next(line for line in lines if line["Krav"] == "BL-05")
    assert barnets_plan["Børnesagsbarometret"] is None


def test_assessment_sheet_has_a_law_per_case_and_both_sets_of_requirements(
    context: AppContext, mixed: MixedLawForloeb, workbook: Workbook
) -> None:
    sheet = workbook[Sheets.ASSESSMENTS]
    title = str(sheet.cell(row=1, column=1).value)
    assert "begge love" in title and OTHER_LAW in title
    cases = records(sheet, header_row=2)
    header = [cell.value for cell in sheet[2] if cell.value is not None]
    assert header[:2] == ["Sagsnr.", "Lov"] and header[-1] == "Id"
    criteria = context.review.criteria(mixed.analyse_id)
    social = [item.code for item in criteria if item.track is Track.SOCIALFAGLIG]
    codes = [str(code) for code in header[2:-1]]
    serviceloven = [code for code in codes if code.startswith("SL-")]
    barnets_lov = [code for code in codes if code.startswith("BL-")]
    assert codes == [*serviceloven, *barnets_lov, *social]
    assert serviceloven and barnets_lov and social
    decided = dict(ANALYSE_CASES)
    assert sorted(str(case["Sagsnr."]) for case in cases) == sorted(decided)
    for case in cases:
        ref = str(case["Sagsnr."])
        law = "Serviceloven" if decided[ref].year < 2024 else "Barnets lov"
        assert case["Lov"] == law
        own, other = (
            (serviceloven, barnets_lov) if law == "Serviceloven" else (barnets_lov, serviceloven)
        )
        expected = "Ikke opfyldt" if ref in NOT_MET else "Opfyldt"
        assert {case[code] for code in own} == {expected}
        assert {case[code] for code in other} == {OTHER_LAW}
        assert {case[code] for code in social} == {"Tilstrækkelig"}
    second_title = next(
        row
        for row in range(3 + len(cases), sheet.max_row + 1)
        if sheet.cell(row=row, column=1).value is not None
    )
    status = records(sheet, header_row=second_title + 1)
    assert len(status) == len(STATUS_CASES)
    assert {case["Lov"] for case in status} == {"Barnets lov"}
    assert "begge love" not in str(sheet.cell(row=second_title, column=1).value)
    assert OTHER_LAW not in {value for case in status for value in case.values()}
