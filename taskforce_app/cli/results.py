"""`results`: the case reviews' results per requirement and pejlemærke, as tables or JSON."""

from __future__ import annotations

import argparse
from contextlib import closing
from typing import TextIO

from taskforce_app.cli.output import EXIT_OK, print_table, write_json
from taskforce_app.cli.parsing import Command, add_engagement_option, add_json_option
from taskforce_app.cli.wording import language_of, say, texts
from taskforce_app.domain.benchmarks import benchmark_caption, benchmark_percent
from taskforce_app.domain.enums import RoundKind
from taskforce_app.domain.labels import PEJLEMAERKE_LABELS, ROUND_KIND_LABELS, TRACK_LABELS
from taskforce_app.domain.result_tables import EngagementResults, Figure
from taskforce_app.domain.results import ComplianceFigure
from taskforce_app.domain.text import N_, NC_, translate


def _results_arguments(results: argparse.ArgumentParser) -> None:
    add_engagement_option(results)
    add_json_option(results)


def _run_results(args: argparse.Namespace, out: TextIO) -> int:
    from taskforce_app.bootstrap import open_context

    with closing(open_context(args.db)) as context:
        engagement_id = context.engagements.resolve(args.engagement)
        results = context.results.for_engagement(engagement_id)
    language = language_of(args)
    if args.json:
        write_json(out, _results_json(results, language))
        return EXIT_OK

    def fmt(figure: Figure | None) -> str:
        return "–" if figure is None else figure.formatted(language)

    rows = []
    for item in results.requirements:
        change = item.change
        rows.append(
            (
                "/".join(item.codes),
                item.provision,
                fmt(item.analyse),
                fmt(item.statusmaaling),
                "" if change is None else change.formatted(language),
                ""
                if item.benchmark is None
                else f"{benchmark_percent(item.benchmark, language)} "
                f"({benchmark_caption(item.benchmark, language)})",
            )
        )
    say(out, N_("Results for {municipality}"), language, municipality=results.municipality)
    analyse, statusmaaling = (
        ROUND_KIND_LABELS.label(kind, language)
        for kind in (RoundKind.ANALYSE, RoundKind.STATUSMAALING)
    )
    header = (
        *texts(language, N_("Requirement"), N_("Provision")),
        analyse,
        statusmaaling,
        *texts(language, N_("Change"), N_("Børnesagsbarometret")),
    )
    print_table(out, header, rows)
    print("", file=out)
    pooled = [
        (
            TRACK_LABELS.label(p.track, language),
            PEJLEMAERKE_LABELS.label(p.pejlemaerke, language),
            fmt(p.analyse),
            fmt(p.statusmaaling),
        )
        for p in results.pejlemaerker
    ]
    track_header = translate(NC_("column", "Track"), language, "column")
    pejlemaerke = translate(N_("Pejlemærke"), language)
    print_table(out, (track_header, pejlemaerke, analyse, statusmaaling), pooled)
    return EXIT_OK


def _figure_json(value: Figure | None, language: str) -> dict[str, object] | None:
    """A share with its count and Wilson interval, as JSON."""
    if value is None:
        return None
    interval = value.interval
    share = value.share if isinstance(value, ComplianceFigure) else value.share_sufficient
    return {
        "x": value.x,
        "n": value.n,
        "share": share,
        "wilson_95": None if interval is None else list(interval),
        "text": value.formatted(language),
    }


def _results_json(results: EngagementResults, language: str) -> dict[str, object]:
    """`results --json`: every requirement's and pejlemærke's figures."""
    return {
        "engagement_id": str(results.engagement_id),
        "municipality": results.municipality,
        "analyse_round": None if results.analyse_round is None else str(results.analyse_round.id),
        "statusmaaling_round": None
        if results.statusmaaling_round is None
        else str(results.statusmaaling_round.id),
        "requirements": [
            {
                "codes": list(item.codes),
                "track": item.track.value,
                "pejlemaerke": item.pejlemaerke.value,
                "provision": item.provision,
                "question": item.question,
                "analyse": _figure_json(item.analyse, language),
                "statusmaaling": _figure_json(item.statusmaaling, language),
                "change_points": None if item.change is None else item.change.points,
                "national": None
                if item.benchmark is None
                else {
                    "value_pct": item.benchmark.value_pct,
                    "period": item.benchmark.period,
                    "label": benchmark_caption(item.benchmark),
                    "kind": item.benchmark.kind,
                    "municipalities": item.benchmark.municipalities,
                    "law": item.benchmark.law,
                    "source": item.benchmark.source,
                },
            }
            for item in results.requirements
        ],
        "pejlemaerker": [
            {
                "track": p.track.value,
                "pejlemaerke": p.pejlemaerke.value,
                "analyse": _figure_json(p.analyse, language),
                "statusmaaling": _figure_json(p.statusmaaling, language),
            }
            for p in results.pejlemaerker
        ],
    }


RESULTS = Command(
    "results",
    N_("the case reviews' results per requirement and key indicator"),
    _results_arguments,
    _run_results,
)
