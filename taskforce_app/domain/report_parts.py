"""The generated parts of a written report (cover, key facts, timeline, sampling note, results,
findings, key figures, appendix) as renderer-neutral blocks made from the `ReportModel`.

The texts are the statusrapport's Danish labels (`ReportLabels`), so the written reports and
the fixed statusrapport say the same thing the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import TypeVar

from taskforce_app.domain.benchmarks import (
    benchmark_caption,
    benchmark_law_text,
    benchmark_percent,
)
from taskforce_app.domain.enums import RecommendationStatus, Severity, Track
from taskforce_app.domain.findings import RecommendationView
from taskforce_app.domain.report_document import (
    Block,
    Chart,
    Cover,
    Heading,
    KeyFigureChart,
    Paragraph,
    ResultsChart,
    Table,
    TextStyle,
    TimelineChart,
)
from taskforce_app.domain.report_models import ReportModel
from taskforce_app.domain.report_templates import PartKind
from taskforce_app.domain.result_tables import Figure
from taskforce_app.domain.results import ComplianceChange
from taskforce_app.domain.sampling_note import sampling_note

K = TypeVar("K", bound=Hashable)

Part = tuple[tuple[Block, ...], Cover | None]


def generated_part(kind: PartKind, model: ReportModel, report_title: str) -> Part:
    """The blocks (and for the cover, the front page) of the generated part `kind`.

    Args:
        kind: which part (not `PartKind.TEXT`).
        model: the forløb's report model.
        report_title: the report's title, for the cover.
    """
    if kind is PartKind.COVER:
        return _cover(model, report_title)
    builders: dict[PartKind, Callable[[ReportModel], list[Block]]] = {
        PartKind.SUMMARY: _summary,
        PartKind.TIMELINE: _timeline,
        PartKind.SAMPLING: _sampling,
        PartKind.RESULTS: _results,
        PartKind.FINDINGS: _findings,
        PartKind.KEY_FIGURES: _key_figures,
        PartKind.APPENDIX: _appendix,
    }
    blocks = builders[kind](model) if kind in builders else []
    return tuple(blocks or [Paragraph(model.labels.no_data, TextStyle.NOTE)]), None


def _d(day: object) -> str:
    return day.strftime("%d-%m-%Y") if hasattr(day, "strftime") else "–"


def _cover(m: ReportModel, report_title: str) -> Part:
    lab = m.labels
    lines = (
        f"{lab.period}: {_d(m.start_date)} – {_d(m.planned_end_date)}",
        f"{lab.phase}: {lab.phases[m.phase]} · {m.region}",
    )
    blocks: list[Block] = [Heading(lab.team)]
    if m.team:
        blocks.append(
            Table(
                ("Navn", "Organisation", "Rolle"),
                tuple(
                    (
                        f"{member.name} ({member.initials})",
                        lab.organisations[member.organisation],
                        lab.roles[member.role],
                    )
                    for member in m.team
                ),
                (0.36, 0.40, 0.24),
            )
        )
    else:
        blocks.append(Paragraph(lab.no_data, TextStyle.NOTE))
    if m.contacts:
        blocks.append(Heading(lab.contacts))
        blocks.append(
            Table(
                ("Navn", "Titel", "E-mail"),
                tuple((item.name, item.title, item.email) for item in m.contacts),
                (0.32, 0.34, 0.34),
            )
        )
    blocks.append(
        Paragraph(
            f"{lab.confidential}: rapporten indeholder ingen CPR-numre eller børns navne; "
            "sager er angivet med kommunens pseudonyme sagsnumre.",
            TextStyle.NOTE,
        )
    )
    cover = Cover(lab.programme.upper(), report_title, m.municipality_name, m.title, lines)
    return tuple(blocks), cover


def _summary(m: ReportModel) -> list[Block]:
    lab = m.labels
    health = lab.healths[m.health]
    if m.overdue_milestones:
        health += f" ({m.overdue_milestones} milepæl(e) overskredet)"
    month = lab.month.format(month=m.month_of_plan) if m.month_of_plan is not None else "–"
    upcoming = f"{m.next_milestone} ({_d(m.next_milestone_on)})" if m.next_milestone else "–"
    rounds = "; ".join(f"{item.round.name}: {item.round.sampled_cases} sager" for item in m.rounds)
    findings = counted_by_kind([item.severity for item in m.findings], Severity, lab.severities)
    recommendations = counted_by_kind(
        [item.status for item in m.recommendations], RecommendationStatus, lab.statuses
    )
    facts = (
        (lab.phase, lab.phases[m.phase]),
        ("Forløbsmåned", month),
        (lab.period, f"{_d(m.start_date)} – {_d(m.planned_end_date)}"),
        (lab.health, health),
        ("Næste milepæl", upcoming),
        ("Gennemgangsrunder", rounds or "–"),
        ("Fund", findings),
        ("Anbefalinger", recommendations),
    )
    blocks: list[Block] = [Table(None, facts, (0.28, 0.72))]
    blocks += _pejlemaerke_table(m)
    return blocks


def _pejlemaerke_table(m: ReportModel) -> list[Block]:
    lab = m.labels
    if m.results is None or not m.results.pejlemaerker:
        return []
    rows = tuple(
        (
            f"{lab.pejlemaerker[item.pejlemaerke]} ({lab.tracks[item.track].lower()})",
            _figure(m, item.analyse),
            _figure(m, item.statusmaaling),
            _change(item.change, lab.language),
        )
        for item in m.results.pejlemaerker
    )
    return [
        Heading(lab.key_results),
        Table(
            ("Pejlemærke", lab.analyse, lab.statusmaaling, lab.change),
            rows,
            (0.34, 0.23, 0.23, 0.20),
        ),
        Paragraph(f"{lab.quality_note} {lab.pooled_note}", TextStyle.NOTE),
    ]


def _figure(m: ReportModel, figure: Figure | None) -> str:
    if figure is None:
        return "–"
    text = figure.formatted(m.labels.language)
    if figure.interval is not None:
        low, high = (round(value * 100) for value in figure.interval)
        text += "\n" + m.labels.interval.format(low=low, high=high)
    return text


def _change(change: ComplianceChange | None, language: str) -> str:
    return change.formatted(language) if change is not None else "–"


def _timeline(m: ReportModel) -> list[Block]:
    lab = m.labels
    blocks: list[Block] = []
    if m.timeline is not None and (m.timeline.planned_phases or m.timeline.milestones):
        legend = (lab.planned, lab.actual, "Gennemført", "Overskredet", "Planlagt", lab.today)
        chart = TimelineChart(m.timeline, m.generated_on, dict(lab.phases), legend)
        blocks.append(Chart(chart, "Faserne planlagt og faktisk, milepælene og dagen i dag."))
    if m.milestones:
        rows = []
        for item in m.milestones:
            status = lab.milestone_statuses[item.status]
            if item.is_overdue(m.generated_on):
                status = "Overskredet"
            rows.append(
                (
                    item.title,
                    lab.phases[item.phase],
                    _d(item.planned_on),
                    _d(item.actual_on) if item.actual_on else "–",
                    status,
                )
            )
        blocks.append(Heading("Milepæle"))
        blocks.append(
            Table(
                ("Milepæl", lab.phase, lab.planned, lab.actual, "Status"),
                tuple(rows),
                (0.42, 0.16, 0.14, 0.14, 0.14),
            )
        )
    return blocks


def _sampling(m: ReportModel) -> list[Block]:
    lab = m.labels
    if not m.rounds:
        return []
    blocks: list[Block] = [
        Paragraph(
            "Stikprøverne er udtrukket reproducerbart: med samme sagsliste, metode, størrelse "
            "og seed (startværdi) giver udtrækningen de samme sager. Bilaget beskriver "
            "udtrækningen trin for trin, så den kan gentages med et andet værktøj."
        )
    ]
    for item in m.rounds:
        r = item.round
        sets = " / ".join(x for x in (r.legal_set_name, r.social_set_name) if x)
        method = lab.methods[r.sampling_method] if r.sampling_method is not None else "–"
        facts = (
            ("Gennemgang", lab.round_kinds[r.kind]),
            ("Kriteriesæt", sets or "–"),
            ("Metode", method),
        )
        replaced = sum(1 for case in item.cases if case.replaced)
        blocks.append(Heading(r.name))
        blocks.append(Table(None, facts, (0.30, 0.70)))
        blocks += [
            Paragraph(notice.message(lab.language))
            for notice in sampling_note(r, replaced=replaced)
        ]
    return blocks


def _results(m: ReportModel) -> list[Block]:
    lab = m.labels
    results = m.results
    if results is None or not results.requirements:
        return []
    numbers = {item.key: index for index, item in enumerate(results.requirements, 1)}
    blocks: list[Block] = [
        Paragraph(
            "Resultaterne vises som »opfyldt i x af n sager (y %)«. n tæller de sager, hvor "
            "kravet kunne vurderes (opfyldt + ikke opfyldt). Under hvert tal står "
            "95 %-konfidensintervallet (KI, Wilson). Sidste kolonne er Ankestyrelsens "
            "Børnesagsbarometret med året og antallet af kommuner, det dækker."
        ),
        *_pejlemaerke_table(m),
    ]
    for track in Track:
        own = [item for item in results.requirements if item.track is track]
        if not own:
            continue
        rows = []
        reasons: list[str] = []
        for item in own:
            where = f"{', '.join(item.codes)} · {item.provision} · "
            where += lab.pejlemaerker[item.pejlemaerke]
            benchmark = "–"
            if item.benchmark is not None:
                benchmark = (
                    f"{benchmark_percent(item.benchmark, lab.language)}\n"
                    f"{benchmark_caption(item.benchmark, lab.language)}\n"
                    f"{benchmark_law_text(item.benchmark, lab.language)}"
                )
            change = item.change.signed_points(lab.language) if item.change else "–"
            if item.analyse is not None and item.statusmaaling is not None and not item.comparable:
                reasons.append(item.not_comparable_reason)
                change = lab.not_comparable.format(mark=str(len(reasons)))
            rows.append(
                (
                    str(numbers[item.key]),
                    f"{item.question}\n{where}",
                    _figure(m, item.analyse),
                    _figure(m, item.statusmaaling),
                    change,
                    benchmark,
                )
            )
        blocks.append(Heading(f"{lab.tracks[track]} gennemgang"))
        blocks.append(
            Table(
                (
                    "Nr.",
                    lab.requirement,
                    lab.analyse,
                    lab.statusmaaling,
                    lab.change_points,
                    lab.national.replace("sbarometret", "s-\nbarometret"),
                ),
                tuple(rows),
                (0.06, 0.30, 0.15, 0.15, 0.12, 0.22),
            )
        )
        if reasons:
            lines = [lab.not_comparable_intro]
            lines += [f"{number}) {text}" for number, text in enumerate(reasons, 1)]
            blocks.append(Paragraph(" ".join(lines), TextStyle.NOTE))
    series: list[list[float | None]] = [[], [], []]
    for item in results.requirements:
        for index, figure in enumerate((item.analyse, item.statusmaaling)):
            share = figure.x / figure.n if figure is not None and figure.n else None
            series[index].append(None if share is None else share * 100)
        series[2].append(item.benchmark.value_pct if item.benchmark is not None else None)
    blocks.append(Heading("Analyse, statusmåling og Børnesagsbarometret pr. krav"))
    blocks.append(
        Chart(
            ResultsChart(
                tuple(str(numbers[item.key]) for item in results.requirements),
                tuple(tuple(values) for values in series),
                (lab.analyse, lab.statusmaaling, lab.national),
            ),
            "Tallene under søjlerne er kravenes numre i tabellerne ovenfor. Socialfaglige "
            "punkter har intet tal fra Børnesagsbarometret.",
        )
    )
    return blocks


def _findings(m: ReportModel) -> list[Block]:
    lab = m.labels
    if not m.findings and not m.recommendations:
        return []
    by_finding: dict[object, list[RecommendationView]] = {}
    for rec in m.recommendations:
        by_finding.setdefault(rec.finding_id, []).append(rec)
    blocks: list[Block] = []
    for track in Track:
        own = [item for item in m.findings if item.track is track]
        if not own:
            continue
        blocks.append(Heading(f"{lab.tracks[track]}e fund"))
        for number, finding in enumerate(own, 1):
            blocks.append(
                Heading(f"{number}. {finding.title} [{lab.severities[finding.severity]}]", 3)
            )
            meta = [
                f"Tema: {finding.theme}" if finding.theme else "",
                f"Runde: {finding.round_name}" if finding.round_name else "",
                f"Ses i {finding.evidence_text}" if finding.assessed_in else "",
                "Krav: " + ", ".join(c.code for c in finding.criteria) if finding.criteria else "",
            ]
            shown = " · ".join(part for part in meta if part)
            if shown:
                blocks.append(Paragraph(shown, TextStyle.NOTE))
            if finding.description:
                blocks.append(Paragraph(finding.description))
            own_recs = by_finding.get(finding.id, [])
            if own_recs:
                blocks.append(_recommendation_table(m, own_recs))
    loose = by_finding.get(None, [])
    if loose:
        blocks.append(Heading("Øvrige anbefalinger"))
        blocks.append(_recommendation_table(m, loose))
    return blocks


def _recommendation_table(m: ReportModel, recommendations: Sequence[RecommendationView]) -> Table:
    lab = m.labels
    rows = []
    for rec in recommendations:
        status = lab.statuses[rec.status]
        if rec.is_overdue(m.generated_on):
            status += "\nFristen er overskredet"
        rows.append((rec.text, rec.owner or "–", _d(rec.due_on), status))
    return Table(
        ("Anbefaling", "Ansvarlig", "Frist", "Status"), tuple(rows), (0.50, 0.18, 0.12, 0.20)
    )


def _key_figures(m: ReportModel) -> list[Block]:
    blocks: list[Block] = []
    for series in (item for item in m.key_figures if item.points):
        unit = f"pr. 1.000 {series.population}" if series.per_1000 else "antal"
        values = [series.shown(point) for point in series.points]
        blocks.append(Heading(f"{series.title} ({series.table_code})"))
        blocks.append(Paragraph(f"{series.category or 'I alt'} · {unit}", TextStyle.NOTE))
        blocks.append(
            Chart(
                KeyFigureChart(
                    tuple(point.period for point in series.points),
                    (tuple(v[0] for v in values), tuple(v[1] for v in values)),
                    (m.municipality_name, "Hele landet"),
                ),
                f"Kilde: {series.source}" if series.source else "",
                width=0.7,
            )
        )
        blocks.append(
            Table(
                ("År", m.municipality_name, "Hele landet"),
                tuple(
                    (point.period, _number(own, series.per_1000), _number(nat, series.per_1000))
                    for point, (own, nat) in zip(series.points, values, strict=True)
                ),
                (0.2, 0.4, 0.4),
            )
        )
    if not blocks:
        blocks.append(Paragraph(m.labels.no_key_figures.format(municipality=m.municipality_name)))
    return blocks


def _number(value: float | None, per_1000: bool) -> str:
    if value is None:
        return "–"
    if per_1000:
        return f"{value:.1f}".replace(".", ",")
    return f"{value:,.0f}".replace(",", ".")


def _appendix(m: ReportModel) -> list[Block]:
    lab = m.labels
    if not m.rounds:
        return []
    blocks: list[Block] = [Paragraph(lab.answer_legend, TextStyle.NOTE)]
    for item in m.rounds:
        blocks.append(Heading(item.round.name))
        blocks.append(
            Table(
                ("Kode", lab.requirement),
                tuple(
                    (criterion.code, f"{criterion.question} ({criterion.provision})")
                    for criterion in item.criteria
                ),
                (0.16, 0.84),
            )
        )
        count = max(1, len(item.criteria))
        rest = (1 - 0.17 - 0.13) / count
        rows = []
        for case in item.cases:
            ref = f"{case.case_ref} (erstattet)" if case.replaced else case.case_ref
            answers = [case.answers.get(criterion.id) for criterion in item.criteria]
            rows.append(
                (
                    ref,
                    _d(case.decided_on),
                    *(lab.answers[answer] if answer is not None else "–" for answer in answers),
                )
            )
        blocks.append(
            Table(
                ("Sag", "Afgørelse", *(criterion.code for criterion in item.criteria)),
                tuple(rows),
                (0.17, 0.13, *([rest] * count)),
            )
        )
    blocks.append(Heading(lab.sampling_method_title))
    blocks += [Paragraph(text, TextStyle.NOTE) for text in lab.sampling_method]
    return blocks


def counted_by_kind(values: Sequence[K], kinds: Iterable[K], labels: Mapping[K, str]) -> str:
    """How many, and how many of each kind in the order of `kinds`: "5 (2 kritisk, 3 mindre)".

    Kinds that do not occur are left out; "0" when there are none at all.
    """
    parts = [f"{values.count(kind)} {labels[kind].lower()}" for kind in kinds if kind in values]
    return f"{len(values)} ({', '.join(parts)})" if parts else str(len(values))
