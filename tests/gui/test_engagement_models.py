"""The forløb table model, its search/sort proxy and the phase counts."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any, cast

from PySide6.QtCore import QAbstractItemModel, Qt
from pytestqt.modeltest import ModelTester

from taskforce_app.domain.engagements import EngagementSummary
from taskforce_app.domain.enums import Phase, Region
from taskforce_app.ui import translations
from taskforce_app.ui.engagements.engagement_models import (
    EngagementColumn,
    EngagementFilterProxy,
    EngagementTableModel,
)
from taskforce_app.ui.kit.labels import danish_sort_key

TODAY = date(2026, 11, 24)


def summary(
    name: str,
    code: str,
    *,
    title: str = "Forløb",
    region: Region = Region.MIDTJYLLAND,
    phase: Phase = Phase.ANALYSE,
    start: date | None = None,
    team: str = "",
) -> EngagementSummary:
    """A read model as the service returns it."""
    return EngagementSummary(
        id=uuid.uuid4(),
        title=title,
        municipality_code=code,
        municipality_name=name,
        region=region,
        phase=phase,
        start_date=start,
        planned_end_date=None,
        team=team,
    )


ROWS = [
    summary("Aarhus", "751", title="Faglig udredning", start=date(2025, 1, 2), team="AB, CD"),
    summary(
        "Ærø",
        "492",
        title="Anbragte børn",
        region=Region.SYDDANMARK,
        phase=Phase.UDVIKLING,
        start=date(2024, 12, 15),
        team="EF",
    ),
    summary("Odense", "461", region=Region.SYDDANMARK, phase=Phase.OPSTART, start=None),
    summary(
        "Bornholm",
        "400",
        title="Jura og socialfaglighed",
        region=Region.HOVEDSTADEN,
        phase=Phase.AFSLUTTET,
        start=date(2023, 2, 6),
    ),
]


def make_proxy() -> tuple[EngagementTableModel, EngagementFilterProxy]:
    model = EngagementTableModel(today=lambda: TODAY)
    model.set_rows(ROWS)
    proxy = EngagementFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def column_texts(proxy: EngagementFilterProxy, column: EngagementColumn) -> list[str]:
    return [str(proxy.index(row, column).data()) for row in range(proxy.rowCount())]


def check(tester: ModelTester, model: QAbstractItemModel) -> None:
    """Run pytest-qt's model checks (its `check` has no type annotations)."""
    cast(Any, tester).check(model)


def test_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    model, proxy = make_proxy()
    check(qtmodeltester, model)
    check(qtmodeltester, proxy)


def test_empty_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    check(qtmodeltester, EngagementTableModel())


def test_model_shows_read_models_as_text() -> None:
    model = EngagementTableModel(today=lambda: TODAY)
    model.set_rows(ROWS)
    first = [str(model.index(0, column).data()) for column in EngagementColumn]
    assert first == [
        "Aarhus (751)",
        "Midtjylland",
        "Analysis",
        "02-01-2025",
        "22/24",
        "AB, CD",
        "Faglig udredning",
    ]
    assert model.index(2, EngagementColumn.MONTH).data() == ""
    assert model.row_of(ROWS[3].id) == 3


def test_search_matches_every_field_case_insensitively() -> None:
    _, proxy = make_proxy()
    for text, expected in (
        ("aarhus", ["Aarhus (751)"]),
        ("492", ["Ærø (492)"]),
        ("HOVEDSTADEN", ["Bornholm (400)"]),
        ("ef", ["Ærø (492)"]),
        ("socialfaglighed", ["Bornholm (400)"]),
        ("syddanmark anbragte", ["Ærø (492)"]),
        ("nothing like this", []),
    ):
        proxy.set_search(text)
        assert column_texts(proxy, EngagementColumn.MUNICIPALITY) == expected, text
    proxy.set_search("  ")
    assert proxy.rowCount() == len(ROWS)


def test_sort_by_start_sorts_dates_as_dates_with_missing_last() -> None:
    _, proxy = make_proxy()
    proxy.sort(EngagementColumn.START, Qt.SortOrder.AscendingOrder)
    assert column_texts(proxy, EngagementColumn.START) == [
        "06-02-2023",
        "15-12-2024",
        "02-01-2025",
        "",
    ]


def test_sort_by_municipality_is_danish_alphabetical() -> None:
    _, proxy = make_proxy()
    proxy.sort(EngagementColumn.MUNICIPALITY, Qt.SortOrder.AscendingOrder)
    assert column_texts(proxy, EngagementColumn.MUNICIPALITY) == [
        "Bornholm (400)",
        "Odense (461)",
        "Ærø (492)",
        "Aarhus (751)",
    ]
    assert danish_sort_key("Zealand") < danish_sort_key("Æble") < danish_sort_key("Øster")
    assert danish_sort_key("Øster") < danish_sort_key("Åby") == danish_sort_key("Aaby")


def test_sort_by_phase_month_and_descending() -> None:
    _, proxy = make_proxy()
    proxy.sort(EngagementColumn.PHASE, Qt.SortOrder.AscendingOrder)
    assert column_texts(proxy, EngagementColumn.PHASE) == [
        "Start-up",
        "Analysis",
        "Development",
        "Closed",
    ]
    proxy.sort(EngagementColumn.MONTH, Qt.SortOrder.DescendingOrder)
    assert column_texts(proxy, EngagementColumn.MONTH) == ["", "", "23/24", "22/24"]  # closed: none


def test_phase_labels_and_headers_are_danish_with_the_translator(
    danish: translations.InstalledTranslators,
) -> None:
    model = EngagementTableModel(today=lambda: TODAY)
    model.set_rows(ROWS)
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in EngagementColumn]
    assert headers == ["Kommune", "Region", "Fase", "Start", "Måned", "Team", "Titel"]
    assert model.index(1, EngagementColumn.PHASE).data() == "Udvikling"
