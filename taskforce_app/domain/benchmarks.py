"""Which Børnesagsbarometret figure stands beside a requirement, and how it is labelled.

A single year's barometer covers about a third of the municipalities (2019 was a pilot of 12),
so a figure is never called a national figure: it is labelled "Børnesagsbarometret <år>
(<n> kommuner)", with pilot or composite said, and the law it was measured under.
"""

from __future__ import annotations

from collections.abc import Iterable

from taskforce_app.domain.criteria import Benchmark
from taskforce_app.domain.text import N_, NC_, Language, translate

LAW_NAMES: dict[str, str] = {
    "serviceloven": NC_("measured under", "the Social Services Act"),
    "barnets_lov": NC_("measured under", "the Children's Act"),
}
"""The laws a figure is measured under, as msgids ("Measured under {law}")."""

KIND_SUFFIXES: dict[str, str] = {"pilot": N_(", pilot"), "composite": N_(", composite")}
"""What a figure's kind adds to its caption."""


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


def benchmark_caption(benchmark: Benchmark, language: Language = "da") -> str:
    """ "Børnesagsbarometret 2020–2022, samlet (95 kommuner)", "…2019, pilot (12 kommuner)"."""
    suffix = KIND_SUFFIXES.get(benchmark.kind)
    kind = translate(suffix, language) if suffix else ""
    if benchmark.municipalities is None:
        count = translate(N_("about a third of the municipalities"), language)
    else:
        count = translate(N_("{count} municipalities"), language).format(
            count=benchmark.municipalities
        )
    return f"Børnesagsbarometret {benchmark.period}{kind} ({count})"


def benchmark_law_text(benchmark: Benchmark, language: Language = "da") -> str:
    """ "Målt efter serviceloven" (the law the figure was measured under)."""
    law = LAW_NAMES.get(benchmark.law)
    name = translate(law, language, "measured under") if law else benchmark.law
    return translate(N_("Measured under {law}"), language).format(law=name)


def benchmark_percent(benchmark: Benchmark, language: Language = "da") -> str:
    """ "92 %" (Danish decimal comma), or "92%"."""
    value = f"{benchmark.value_pct:g}".replace(
        ".", translate(NC_("decimal separator", "."), language, "decimal separator")
    )
    return translate(N_("{number}%"), language).format(number=value)
