"""Which Børnesagsbarometret figure stands beside a requirement, and how it is labelled.

A single year's barometer covers about a third of the municipalities (2019 was a pilot of 12),
so a figure is never called a national figure: it is labelled "Børnesagsbarometret <år>
(<n> kommuner)", with pilot or composite said, and the law it was measured under.
"""

from __future__ import annotations

from collections.abc import Iterable

from taskforce_app.domain.criteria import Benchmark

LAW_NAMES_DA = {"serviceloven": "serviceloven", "barnets_lov": "barnets lov"}
LAW_NAMES_EN = {"serviceloven": "the Social Services Act", "barnets_lov": "the Children's Act"}


def benchmark_for(benchmarks: Iterable[Benchmark], key: str, law: str | None) -> Benchmark | None:
    """The figure to show beside a requirement with benchmark `key` under the criteria set `law`.

    Only figures whose `comparable_with` holds `law` qualify (the SEL handleplan figure never
    stands beside the plan of barnets lov). Among them the 2020–22 composite is preferred, as
    it covers (almost) all municipalities; without one, the most recent year.

    Args:
        benchmarks: every figure of benchmarks.json.
        key: the requirement's benchmark key.
        law: the key of the requirement's criteria set (`serviceloven`, `barnets_lov`); None
            accepts any law.
    """
    matching = [
        item
        for item in benchmarks
        if item.key == key and (law is None or law in item.comparable_with)
    ]
    if not matching:
        return None
    return max(matching, key=lambda item: (item.kind == "composite", item.year))


def benchmark_caption(benchmark: Benchmark, language: str = "da") -> str:
    """ "Børnesagsbarometret 2020–2022, samlet (95 kommuner)", "…2019, pilot (12 kommuner)"."""
    kind = {
        "da": {"pilot": ", pilot", "composite": ", samlet"},
        "en": {"pilot": ", pilot", "composite": ", composite"},
    }[_lang(language)].get(benchmark.kind, "")
    if benchmark.municipalities is None:
        count = (
            "ca. en tredjedel af kommunerne"
            if _lang(language) == "da"
            else "about a third of the municipalities"
        )
    else:
        noun = "kommuner" if _lang(language) == "da" else "municipalities"
        count = f"{benchmark.municipalities} {noun}"
    return f"Børnesagsbarometret {benchmark.period}{kind} ({count})"


def benchmark_law_text(benchmark: Benchmark, language: str = "da") -> str:
    """ "Målt efter serviceloven" (the law the figure was measured under)."""
    if _lang(language) == "da":
        return f"Målt efter {LAW_NAMES_DA.get(benchmark.law, benchmark.law)}"
    return f"Measured under {LAW_NAMES_EN.get(benchmark.law, benchmark.law)}"


def benchmark_percent(benchmark: Benchmark, language: str = "da") -> str:
    """ "92 %" (Danish decimal comma), or "92%"."""
    value = f"{benchmark.value_pct:g}"
    if _lang(language) == "da":
        return f"{value.replace('.', ',')} %"
    return f"{value}%"


def _lang(language: str) -> str:
    return "en" if language == "en" else "da"
