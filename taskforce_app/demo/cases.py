"""The demo's case lists, key dates and answers, generated from seeded random numbers."""

from __future__ import annotations

import random
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock

from taskforce_app.demo.content import Content
from taskforce_app.demo.portfolio import (
    ANSWER_PROFILE,
    DEFAULT_PROFILE,
    DEMO_SEED,
    QUALITY,
    QUALITY_WEIGHTS,
    slug,
)
from taskforce_app.domain.criteria import BARNETS_LOV_START, CriteriaSetSpec
from taskforce_app.domain.deadline_rules import CaseKeyDates, suggest_for_criterion
from taskforce_app.domain.enums import Answer, RoundKind
from taskforce_app.domain.review import KeyDates
from taskforce_app.importers.case_list import CaseTable
from taskforce_app.importers.tables import TableRow

HEADERS = (
    "Sagsnummer",
    "Fødselsår",
    "Alder",
    "Køn",
    "Sagstype",
    "Foranstaltning",
    "Lovgrundlag",
    "Sagsbehandler",
    "Oprettet",
    "Afgørelsesdato",
    "Team",
)
"""The columns of the demo's case lists, named as a municipality's system names them."""
_AGE_WEIGHTS = [2, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 8, 9, 10, 10, 9, 8, 6]


def at(day: date, hour: int = 10) -> datetime:
    """`day` at `hour` o'clock UTC."""
    return datetime.combine(day, clock(hour, 0), tzinfo=UTC)


def case_table(
    rng: random.Random,
    text: Content,
    municipality: str,
    window: tuple[date, date],
    received: date,
    taken: Collection[str],
) -> CaseTable:
    """A municipality's case list of 60–200 cases decided within `window`, as its file reads.

    A few rows have a decision date that cannot be read, so the import refuses them; case
    numbers in `taken` (imported before) are left out.
    """
    window_start, window_end = window
    size = rng.randint(60, 200)
    unreadable = rng.randint(0, 4)
    span = max(1, (window_end - window_start).days)
    weights = [measure.weight for measure in text.measures]
    cells: list[tuple[object, ...]] = []
    for number in rng.sample(range(1, 9999), size):
        decided = window_start + timedelta(days=rng.randrange(span))
        opened = decided - timedelta(days=rng.randint(20, 400))
        measure = rng.choices(text.measures, weights)[0]
        age = rng.choices(range(18), weights=_AGE_WEIGHTS)[0]
        basis = (
            measure.basis_barnets_lov
            if decided >= BARNETS_LOV_START
            else measure.basis_serviceloven
        )
        cells.append(
            (
                f"SAG-{opened.year}-{number:04d}",
                decided.year - age,
                age,
                rng.choice(("Dreng", "Pige")),
                measure.case_type,
                measure.measure,
                basis,
                rng.choice(text.caseworkers),
                opened,
                decided,
                rng.choice(text.case_teams),
            )
        )
    cells = [row for row in cells if row[0] not in taken]
    for _ in range(unreadable):
        position = rng.randrange(len(cells))
        row = cells[position]
        decided_cell = row[9]
        assert isinstance(decided_cell, date)
        cells[position] = (*row[:9], f"31.02.{decided_cell.year}", row[10])
    name = f"Sagsudtraek_{slug(municipality)}_{received.isoformat()}.xlsx"
    return CaseTable(
        file_name=name,
        sheet_name="Sager",
        sheet_names=("Sager",),
        header_row=1,
        headers=HEADERS,
        rows=tuple(TableRow(number, row) for number, row in enumerate(cells, start=2)),
    )


@dataclass
class CaseAnswers:
    """What a reviewer finds in one sampled case: its key dates and an answer per criterion."""

    key_dates: KeyDates
    answers: dict[str, Answer] = field(default_factory=dict)
    suggested: dict[str, Answer] = field(default_factory=dict)


def review_case(
    case_key: str,
    case_type: str,
    decided: date,
    sampled_on: date,
    kind: RoundKind,
    legal: CriteriaSetSpec,
    social: CriteriaSetSpec,
    *,
    basis: str = "",
) -> CaseAnswers:
    """The key dates and answers of one case, seeded by `case_key`.

    The answers are drawn per topic (a statusmåling scores better than an analyse), the key
    dates are made to fit them (`basis` is the decision's legal basis from the case list), and
    a criterion with a deadline rule is then answered as the app's own deadline suggestion
    from those dates says, as a reviewer following it would.
    """
    rng = random.Random(f"{DEMO_SEED}:{case_key}:answers")
    placement = case_type.startswith("Anbringelse")
    status = kind is RoundKind.STATUSMAALING
    topics: dict[str, Answer] = {}
    answers: dict[str, Answer] = {}
    for criterion in legal.criteria:
        applies, p_analyse, p_status = ANSWER_PROFILE.get(criterion.topic, DEFAULT_PROFILE)
        relevant = rng.random() < applies
        if criterion.topic in ("bfu_within_4_months", "child_talk_in_bfu"):
            relevant = topics.get("bfu_made") is Answer.MET
        if criterion.topic == "personal_supervision":
            relevant = placement
        if criterion.topic == "ongoing_follow_up":
            relevant = relevant and topics.get("first_follow_up") in (Answer.MET, Answer.NOT_MET)
        if not relevant:
            answer = Answer.NOT_RELEVANT
        elif rng.random() < 0.02:
            answer = Answer.CANNOT_ASSESS
        else:
            met = rng.random() < (p_status if status else p_analyse)
            answer = Answer.MET if met else Answer.NOT_MET
        topics[criterion.topic] = answer
        answers[criterion.code] = answer
    weights = QUALITY_WEIGHTS[RoundKind.STATUSMAALING if status else RoundKind.ANALYSE]
    for criterion in social.criteria:
        if criterion.pejlemaerke.value == "opfoelgning" and rng.random() < 0.05:
            answers[criterion.code] = Answer.NOT_RELEVANT
        else:
            answers[criterion.code] = rng.choices(QUALITY, weights)[0]
    dates = _key_dates(random.Random(f"{DEMO_SEED}:{case_key}:dates"), topics, decided, sampled_on)
    dates = _more_key_dates(
        random.Random(f"{DEMO_SEED}:{case_key}:more-dates"), dates, topics, placement, sampled_on
    )
    dates = replace(dates, decision_basis=basis)
    result = CaseAnswers(dates, answers)
    rule_dates = CaseKeyDates.of(dates)
    for criterion in legal.criteria:
        check = suggest_for_criterion(criterion, rule_dates, set_key=legal.key, as_of=sampled_on)
        if check is None or check.answer is None:
            continue
        result.suggested[criterion.code] = check.answer
        if answers[criterion.code] in (Answer.MET, Answer.NOT_MET):
            answers[criterion.code] = check.answer
    return result


def _key_dates(
    rng: random.Random, topics: dict[str, Answer], decided: date, sampled_on: date
) -> KeyDates:
    received_at: datetime | None = None
    assessed_at: datetime | None = None
    started: date | None = None
    completed: date | None = None
    if topics.get("bfu_made") is Answer.MET:
        completed = decided - timedelta(days=rng.randint(3, 30))
        total = (
            rng.randint(45, 118)
            if topics.get("bfu_within_4_months") is not Answer.NOT_MET
            else rng.randint(125, 210)
        )
        received_day = completed - timedelta(days=total)
        started = received_day + timedelta(days=rng.randint(1, 10))
    else:
        received_day = decided - timedelta(days=rng.randint(20, 120))
    if topics.get("notification_24h") is not Answer.NOT_RELEVANT:
        received_at = at(received_day, rng.randint(7, 15))
        hours = (
            rng.randint(1, 22)
            if topics.get("notification_24h") is not Answer.NOT_MET
            else rng.randint(27, 140)
        )
        assessed_at = received_at + timedelta(hours=hours)
    measure_started = decided + timedelta(days=rng.randint(1, 30))
    follow_ups: list[date] = []
    first = topics.get("first_follow_up")
    if first in (Answer.MET, Answer.NOT_MET):
        gap = rng.randint(55, 88) if first is Answer.MET else rng.randint(100, 170)
        when = measure_started + timedelta(days=gap)
        for _ in range(4):
            if when > sampled_on:
                break
            follow_ups.append(when)
            when += timedelta(days=rng.randint(120, 200))
    return KeyDates(
        notification_received_at=received_at,
        notification_assessed_at=assessed_at,
        investigation_started_on=started,
        investigation_completed_on=completed,
        decision_on=decided,
        measure_started_on=measure_started,
        follow_up_dates=tuple(follow_ups),
    )


def _more_key_dates(
    rng: random.Random,
    dates: KeyDates,
    topics: dict[str, Answer],
    placement: bool,
    sampled_on: date,
) -> KeyDates:
    """The key dates besides the notification, BFU, decision and follow-ups, made to fit the
    case's answers: when the municipality became aware (sometimes before the notification),
    the receipt (kvittering), the plan, the measure's end and, for a placement, the
    supervision visits."""
    received = dates.notification_received_at
    decided = dates.decision_on
    started = dates.measure_started_on
    assert decided is not None and started is not None
    aware: date | None = None
    receipt: date | None = None
    if received is not None:
        if rng.random() < 0.15:
            aware = received.date() - timedelta(days=rng.randint(2, 20))
        receipt_answer = topics.get("receipt_6_working_days")
        if receipt_answer is Answer.MET:
            receipt = received.date() + timedelta(days=rng.randint(1, 6))
        elif receipt_answer is Answer.NOT_MET:
            receipt = received.date() + timedelta(days=rng.randint(10, 25))
    plan: date | None = None
    if topics.get("plan") is Answer.MET:
        plan = decided - timedelta(days=rng.randint(3, 30))
    elif topics.get("plan") is Answer.NOT_MET and rng.random() < 0.6:
        late = decided + timedelta(days=rng.randint(95, 200))
        plan = late if late <= sampled_on else None
    ended: date | None = None
    if rng.random() < 0.25:
        last = max((started, *dates.follow_up_dates))
        candidate = last + timedelta(days=rng.randint(30, 200))
        ended = candidate if candidate <= sampled_on else None
    visits: list[date] = []
    if placement:
        often = topics.get("personal_supervision") is not Answer.NOT_MET
        until = ended or sampled_on
        when = started + timedelta(days=rng.randint(20, 90))
        while when <= until and len(visits) < 8:
            visits.append(when)
            when += timedelta(days=rng.randint(120, 175) if often else rng.randint(220, 400))
    return replace(
        dates,
        notification_aware_on=aware,
        receipt_confirmed_on=receipt,
        plan_on=plan,
        measure_ended_on=ended,
        supervision_visits=tuple(visits),
    )
