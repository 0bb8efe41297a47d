"""Børnesagsbarometret figures: chosen by law and coverage, labelled for what they are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from taskforce_app.domain.benchmarks import benchmark_caption, benchmark_for, benchmark_law_text
from taskforce_app.domain.criteria import Benchmark, CriteriaFormatError, parse_benchmarks

FILE = Path(__file__).resolve().parents[2] / "resources" / "criteria" / "benchmarks.json"


@pytest.fixture(scope="module")
def shipped() -> tuple[Benchmark, ...]:
    return parse_benchmarks(json.loads(FILE.read_text(encoding="utf-8")))


def _value(benchmarks: tuple[Benchmark, ...], key: str, period: str) -> float:
    return next(b.value_pct for b in benchmarks if b.key == key and b.period == period)


def test_the_2023_figures_are_shipped(shipped: tuple[Benchmark, ...]) -> None:
    assert _value(shipped, "notification_assessed_24h", "2023") == 96
    assert _value(shipped, "bfu_within_4_months", "2023") == 34
    assert _value(shipped, "child_talk_before_decision", "2023") == 61


def test_the_composite_is_preferred_over_newer_single_years(
    shipped: tuple[Benchmark, ...],
) -> None:
    chosen = benchmark_for(shipped, "notification_assessed_24h", "barnets_lov")
    assert chosen is not None
    assert (chosen.period, chosen.kind, chosen.municipalities) == ("2020–2022", "composite", 95)
    assert chosen.value_pct == 92


def test_without_a_composite_the_newest_year_is_chosen(shipped: tuple[Benchmark, ...]) -> None:
    chosen = benchmark_for(shipped, "bfu_within_4_months", "serviceloven")
    assert chosen is not None
    assert (chosen.period, chosen.value_pct) == ("2024", 50)


def test_the_sel_handleplan_never_stands_beside_the_bl_plan(
    shipped: tuple[Benchmark, ...],
) -> None:
    assert benchmark_for(shipped, "handleplan", "barnets_lov") is None
    sel = benchmark_for(shipped, "handleplan", "serviceloven")
    assert sel is not None and sel.law == "serviceloven"


def test_no_figure_is_labelled_a_national_figure(shipped: tuple[Benchmark, ...]) -> None:
    raw = FILE.read_text(encoding="utf-8").lower()
    assert "landstal" not in raw.replace("ikke landstal", "")
    for item in shipped:
        caption = benchmark_caption(item)
        assert caption.startswith(f"Børnesagsbarometret {item.period}")
        assert "kommuner" in caption


def test_captions_say_pilot_composite_and_the_number_of_municipalities(
    shipped: tuple[Benchmark, ...],
) -> None:
    by_period = {(b.key, b.period): b for b in shipped}
    pilot = by_period[("notification_assessed_24h", "2019")]
    assert benchmark_caption(pilot) == "Børnesagsbarometret 2019, pilot (12 kommuner)"
    composite = by_period[("notification_assessed_24h", "2020–2022")]
    assert benchmark_caption(composite) == "Børnesagsbarometret 2020–2022, samlet (95 kommuner)"
    year = by_period[("bfu_made", "2021")]
    assert benchmark_caption(year) == "Børnesagsbarometret 2021 (27 kommuner)"
    unknown = by_period[("bfu_within_4_months", "2023")]
    assert benchmark_caption(unknown) == (
        "Børnesagsbarometret 2023 (ca. en tredjedel af kommunerne)"
    )
    assert benchmark_caption(year, "en") == "Børnesagsbarometret 2021 (27 municipalities)"
    assert benchmark_law_text(year) == "Målt efter serviceloven"
    assert benchmark_law_text(year, "en") == "Measured under the Social Services Act"
    assert benchmark_caption(composite, "en") == (
        "Børnesagsbarometret 2020–2022, composite (95 municipalities)"
    )
    assert benchmark_caption(unknown, "en").endswith("(about a third of the municipalities)")


def test_a_figure_must_say_its_kind_and_law() -> None:
    row = {
        "key": "k",
        "label_da": "x",
        "label_en": "x",
        "value_pct": 50,
        "period": "2021",
        "year": 2021,
        "source": "s",
        "kind": "year",
        "municipalities": 27,
        "law": "serviceloven",
        "comparable_with": ["serviceloven"],
    }
    assert parse_benchmarks({"benchmarks": [row]})[0].comparable_with == ("serviceloven",)
    with pytest.raises(CriteriaFormatError, match="kind"):
        parse_benchmarks({"benchmarks": [{**row, "kind": "national"}]})
    with pytest.raises(CriteriaFormatError, match="comparable_with"):
        parse_benchmarks({"benchmarks": [{**row, "comparable_with": ["barnets_lov"]}]})
    with pytest.raises(CriteriaFormatError, match="municipalities"):
        parse_benchmarks({"benchmarks": [{**row, "municipalities": 0}]})
