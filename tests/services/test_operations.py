"""Operations: one user action is one transaction, and its undo and redo are one transaction each.

Every kind of undoable step of the GUI is run here as an operation on a copy of the demo
database; its undo is made to fail after its first row is written, and the database must be
exactly as before the undo. Undo then redo must give back exactly the state after the action.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.applications import ApplicationDraft, Decision, RoundDraft
from taskforce_app.domain.changes import Changes
from taskforce_app.domain.enums import (
    ApplicationDecision,
    ConsultantRole,
    RecommendationStatus,
    RoundStatus,
)
from taskforce_app.domain.errors import NotFoundError, UndoRefusedError
from taskforce_app.domain.findings import RecommendationDraft
from taskforce_app.domain.review import AnswerDraft
from taskforce_app.domain.team import ContactDraft
from tests.services.helpers import consultant

Action = Callable[[AppContext], Callable[[], Changes]]
"""Prepares a step on the demo database (outside the operation) and returns the step."""


class InjectedError(Exception):
    """Raised by the test in the middle of an undo."""


@pytest.fixture
def demo(demo_db_path: Path) -> Iterator[AppContext]:
    ctx = open_context(demo_db_path)
    try:
        yield ctx
    finally:
        ctx.close()


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted, read through a separate connection."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }
    finally:
        connection.close()


@contextmanager
def failing_at_second_write(ctx: AppContext) -> Iterator[None]:
    """Raise `InjectedError` at the second INSERT or UPDATE: the first row is written."""
    engine = ctx._db.engine
    writes = 0

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        nonlocal writes
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE")):
            writes += 1
            if writes == 2:
                raise InjectedError

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", before)


def first_engagement(ctx: AppContext) -> uuid.UUID:
    return ctx.engagements.summaries()[0].id


def open_round(ctx: AppContext) -> tuple[uuid.UUID, uuid.UUID]:
    """An open round of the demo and its engagement."""
    for summary in ctx.engagements.summaries():
        for view in ctx.review.rounds(summary.id):
            if view.status is RoundStatus.OPEN and ctx.review.sampled_cases(view.id):
                return view.id, summary.id
    raise AssertionError("the demo has no open round")


def edit_engagement(ctx: AppContext) -> Callable[[], Changes]:
    engagement_id = first_engagement(ctx)
    draft = dataclasses.replace(ctx.engagements.get(engagement_id).draft(), title="Ny titel")
    return lambda: ctx.engagements.update(engagement_id, draft)[1]


def delete_engagement(ctx: AppContext) -> Callable[[], Changes]:
    engagement_id = first_engagement(ctx)
    return lambda: ctx.engagements.delete(engagement_id)


def grant_application(ctx: AppContext) -> Callable[[], Changes]:
    round_, _ = ctx.applications.create_round(RoundDraft("Runde til fortryd"))
    ref = ctx.reference.find_municipality("Læsø")
    app, _ = ctx.applications.create(ApplicationDraft(round_id=round_.id, municipality_id=ref.id))
    start = date(2027, 3, 1)
    decision = Decision(ApplicationDecision.GRANTED, start)
    return lambda: ctx.applications.decide(app.id, decision, start_date=start)[1]


def delete_milestone(ctx: AppContext) -> Callable[[], Changes]:
    milestone = ctx.milestones.for_engagement(first_engagement(ctx))[0]
    return lambda: ctx.milestones.delete(milestone.id)


def shift_start(ctx: AppContext) -> Callable[[], Changes]:
    engagement_id = next(
        s.id for s in ctx.engagements.summaries() if ctx.engagements.get(s.id).start_date
    )
    start = ctx.engagements.get(engagement_id).start_date
    assert start is not None
    return lambda: ctx.milestones.shift_start(engagement_id, start + timedelta(days=17))


def add_member(ctx: AppContext) -> Callable[[], Changes]:
    engagement_id = first_engagement(ctx)
    person = consultant(ctx, "QQ", ConsultantRole.JURIST)
    return lambda: ctx.team.add_member(engagement_id, person, ConsultantRole.JURIST)


def remove_member(ctx: AppContext) -> Callable[[], Changes]:
    member = ctx.team.team(first_engagement(ctx))[0]
    return lambda: ctx.team.remove_member(member.id)


def add_contact(ctx: AppContext) -> Callable[[], Changes]:
    engagement_id = first_engagement(ctx)
    draft = ContactDraft("Kim Kontakt", "Leder", "kim@kommune.dk", "12345678")
    return lambda: ctx.team.add_contact(engagement_id, draft)


def set_answer(ctx: AppContext) -> Callable[[], Changes]:
    round_id, _ = open_round(ctx)
    case = ctx.review.sampled_cases(round_id)[0]
    current = next(a for a in ctx.review.assessments(case.id) if a.answer is not None)
    draft = AnswerDraft(current.answer, current.reason, "Ny bemærkning")
    return lambda: ctx.review.set_answer(
        case.id, current.criterion_id, draft, suggested=current.suggested_answer
    )[1]


def set_key_dates(ctx: AppContext) -> Callable[[], Changes]:
    round_id, _ = open_round(ctx)
    case = ctx.review.sampled_cases(round_id)[0]
    dates = dataclasses.replace(case.key_dates, follow_up_dates=(date(2026, 6, 1),))
    return lambda: ctx.review.set_key_dates(case.id, dates)


def edit_finding(ctx: AppContext) -> Callable[[], Changes]:
    finding = ctx.findings.findings()[0]
    draft = dataclasses.replace(finding.draft(), title="Ny overskrift", description="Ny tekst")
    return lambda: ctx.findings.update(finding.id, draft)[1]


def delete_finding(ctx: AppContext) -> Callable[[], Changes]:
    finding = ctx.findings.findings()[0]
    return lambda: ctx.findings.delete(finding.id)


def create_recommendation(ctx: AppContext) -> Callable[[], Changes]:
    engagement_id = first_engagement(ctx)
    draft = RecommendationDraft("Indfør fast opfølgning", owner="Leder")
    return lambda: ctx.recommendations.create(engagement_id, draft)[1]


def resolve_note(ctx: AppContext) -> Callable[[], Changes]:
    finding = ctx.findings.findings()[0]
    note_id, _ = ctx.notes.add(finding.engagement_id, "Tjek datoerne", finding_id=finding.id)
    return lambda: ctx.notes.resolve(note_id)


STEPS: dict[str, Action] = {
    "edit engagement": edit_engagement,
    "delete engagement": delete_engagement,
    "grant application": grant_application,
    "delete milestone": delete_milestone,
    "shift start": shift_start,
    "add member": add_member,
    "remove member": remove_member,
    "add contact": add_contact,
    "set answer": set_answer,
    "set key dates": set_key_dates,
    "edit finding": edit_finding,
    "delete finding": delete_finding,
    "create recommendation": create_recommendation,
    "resolve note": resolve_note,
}


@pytest.mark.parametrize("name", list(STEPS))
def test_a_failure_in_the_middle_of_an_undo_leaves_the_database_as_before(
    name: str, demo: AppContext, demo_db_path: Path
) -> None:
    changes = demo.operations.run(STEPS[name](demo))
    assert changes.operation_id is not None
    before_undo = dump(demo_db_path)
    with failing_at_second_write(demo), pytest.raises(InjectedError):
        demo.operations.undo(changes.operation_id)
    assert dump(demo_db_path) == before_undo


@pytest.mark.parametrize("name", list(STEPS))
def test_undo_and_redo_restore_exactly(name: str, demo: AppContext, demo_db_path: Path) -> None:
    step = STEPS[name](demo)
    before = live(demo_db_path)
    done = demo.operations.run(step)
    after = live(demo_db_path)
    assert after != before
    assert done.operation_id is not None
    undone = demo.operations.undo(done.operation_id)
    assert live(demo_db_path) == before
    assert undone.operation_id is not None and undone.operation_id != done.operation_id
    redone = demo.operations.redo(undone.operation_id)
    assert live(demo_db_path) == after
    assert redone.operation_id is not None
    with failing_at_second_write(demo), pytest.raises(InjectedError):
        demo.operations.undo(redone.operation_id)
    assert live(demo_db_path) == after
    demo.operations.undo(redone.operation_id)
    assert live(demo_db_path) == before


def test_the_start_shift_and_its_undo_are_one_transaction_each(demo: AppContext) -> None:
    step = shift_start(demo)
    engine = demo._db.engine
    begins: list[object] = []

    def on_begin(connection: Any) -> None:
        begins.append(connection)

    event.listen(engine, "begin", on_begin)
    try:
        done = demo.operations.run(step)
        assert len(begins) == 1
        assert done.operation_id is not None
        demo.operations.undo(done.operation_id)
        assert len(begins) == 2
    finally:
        event.remove(engine, "begin", on_begin)


def test_an_undo_does_not_overwrite_a_later_change(demo: AppContext, demo_db_path: Path) -> None:
    engagement_id = first_engagement(demo)
    detail = demo.engagements.get(engagement_id)
    first = demo.operations.run(
        lambda: demo.engagements.update(
            engagement_id, dataclasses.replace(detail.draft(), title="Første")
        )[1]
    )
    demo.engagements.update(
        engagement_id,
        dataclasses.replace(demo.engagements.get(engagement_id).draft(), title="Anden"),
    )
    before = dump(demo_db_path)
    assert first.operation_id is not None
    with pytest.raises(UndoRefusedError) as refused:
        demo.operations.undo(first.operation_id)
    assert refused.value.message() == (
        "Handlingen kan ikke fortrydes, fordi forløbet er ændret siden af en senere handling. "
        "Ret i stedet ændringen selv, så andres arbejde ikke overskrives."
    )
    assert dump(demo_db_path) == before


def test_an_undo_leaves_a_later_change_to_another_field_alone(demo: AppContext) -> None:
    engagement_id = first_engagement(demo)
    draft = demo.engagements.get(engagement_id).draft()
    old_title = draft.title
    first = demo.operations.run(
        lambda: demo.engagements.update(engagement_id, dataclasses.replace(draft, title="Ny"))[1]
    )
    later = dataclasses.replace(demo.engagements.get(engagement_id).draft(), notes="Møde aftalt")
    demo.engagements.update(engagement_id, later)
    assert first.operation_id is not None
    demo.operations.undo(first.operation_id)
    detail = demo.engagements.get(engagement_id)
    assert (detail.title, detail.notes) == (old_title, "Møde aftalt")


def test_an_answer_in_a_signed_off_round_is_not_undone(
    demo: AppContext, demo_db_path: Path
) -> None:
    round_id, _ = open_round(demo)
    done = demo.operations.run(set_answer(demo))
    demo.operations.run(lambda: _lock(demo, round_id))
    before = dump(demo_db_path)
    assert done.operation_id is not None
    with pytest.raises(UndoRefusedError) as refused:
        demo.operations.undo(done.operation_id)
    assert refused.value.error_code == "undo.round_locked"
    assert "godkendt og låst" in refused.value.message()
    assert dump(demo_db_path) == before


def test_a_status_change_is_undone_by_a_dated_reversal_in_one_operation(
    demo: AppContext,
) -> None:
    recommendation = demo.recommendations.all()[0]
    new = next(s for s in RecommendationStatus if s is not recommendation.status)
    demo.operations.run(lambda: demo.recommendations.set_status(recommendation.id, new, "Ny")[1])
    engine = demo._db.engine
    begins: list[object] = []
    event.listen(engine, "begin", lambda connection: begins.append(connection))
    undone = demo.operations.run(
        lambda: demo.recommendations.set_status(
            recommendation.id, recommendation.status, "Fortrudt"
        )[1]
    )
    assert len(begins) == 1
    assert undone.operation_id is not None
    assert demo.recommendations.get(recommendation.id).status is recommendation.status


def test_an_unknown_operation_is_refused(demo: AppContext) -> None:
    with pytest.raises(UndoRefusedError) as refused:
        demo.operations.undo(uuid.uuid4())
    assert refused.value.error_code == "undo.unknown_operation"


def test_a_failed_action_leaves_nothing_and_nested_writes_are_one_operation(
    demo: AppContext, demo_db_path: Path
) -> None:
    engagement_id = first_engagement(demo)
    before = dump(demo_db_path)
    live_before = live(demo_db_path)

    def two_contacts_then_a_refusal() -> Changes:
        demo.team.add_contact(engagement_id, ContactDraft("Første"))
        demo.team.add_contact(engagement_id, ContactDraft("Anden"))
        demo.team.remove_contact(uuid.uuid4())
        return Changes()

    with pytest.raises(NotFoundError) as refused:
        demo.operations.run(two_contacts_then_a_refusal)
    assert refused.value.error_code == "team.not_found"
    assert dump(demo_db_path) == before
    done = demo.operations.run(
        lambda: (
            demo.team.add_contact(engagement_id, ContactDraft("Første"))
            | demo.team.add_contact(engagement_id, ContactDraft("Anden"))
        )
    )
    assert done.operation_id is not None
    assert [c.name for c in demo.team.contacts(engagement_id)].count("Anden") == 1
    demo.operations.undo(done.operation_id)
    assert live(demo_db_path) == live_before


def _lock(ctx: AppContext, round_id: uuid.UUID) -> Changes:
    """Sign the round off directly in the database (the test needs a locked round fast)."""
    from sqlalchemy import update

    from taskforce_app.persistence.models.cases import ReviewRound

    with ctx._db.write() as session:
        session.execute(
            update(ReviewRound)
            .where(ReviewRound.id == round_id)
            .values(status=RoundStatus.SIGNED_OFF)
        )
    return Changes()


def live(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The live rows of every table but the audit trail, without their `updated_at` stamp.

    Undo soft-deletes what the action inserted and touches `updated_at`; every other value of
    every live row must come back exactly.
    """
    connection = sqlite3.connect(path)
    try:
        result: dict[str, list[tuple[Any, ...]]] = {}
        tables = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        for (table,) in tables.fetchall():
            if table == "audit_event":
                continue
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            kept = ", ".join(f'"{c}"' for c in columns if c != "updated_at")
            where = " WHERE deleted_at IS NULL" if "deleted_at" in columns else ""
            rows = connection.execute(f'SELECT {kept} FROM "{table}"{where}').fetchall()
            result[table] = sorted(rows, key=repr)
        return result
    finally:
        connection.close()
