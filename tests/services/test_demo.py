"""The demo database: complete, current, pseudonymous, deterministic and written atomically."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Iterator
from contextlib import redirect_stdout
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, DateTime, String, Text, Uuid, func, select
from sqlalchemy.types import TypeEngine

from taskforce_app.cli import main
from taskforce_app.demo import builder, write_demo_database
from taskforce_app.demo.writer import _write_server
from taskforce_app.domain.applications import ApplicationDraft
from taskforce_app.domain.cpr import ensure_no_cpr
from taskforce_app.domain.enums import (
    Answer,
    ApplicationDecision,
    ConsultantRole,
    MilestoneStatus,
    Organisation,
    Phase,
    RecommendationStatus,
    Region,
    RoundKind,
    RoundStatus,
)
from taskforce_app.domain.errors import DatabaseError
from taskforce_app.domain.milestones import MilestoneDraft
from taskforce_app.domain.plan import is_working_day
from taskforce_app.domain.review import AnswerDraft
from taskforce_app.domain.team import ConsultantDraft, ContactDraft
from taskforce_app.persistence.base import Base
from taskforce_app.persistence.database import Database, open_database
from taskforce_app.persistence.models import (
    Application,
    Assessment,
    CaseListImport,
    CriteriaSet,
    Criterion,
    Engagement,
    Milestone,
    Recommendation,
    RecommendationUpdate,
    ReviewNote,
    ReviewRound,
    SampledCase,
)

# Hex digests and sampling seeds are identifiers, not free text.
_NOT_FREE_TEXT = {("case_list_import", "fingerprint"), ("review_round", "population_fingerprint")}


@pytest.fixture
def demo_db(demo_db_path: Path) -> Iterator[Database]:
    db = open_database(demo_db_path)
    yield db
    db.close()


def _row_counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return {
            table.name: connection.execute(f"SELECT count(*) FROM {table.name}").fetchone()[0]
            for table in Base.metadata.sorted_tables
        }
    finally:
        connection.close()


def test_every_phase_and_region_is_present(demo_db: Database) -> None:
    with demo_db.read() as session:
        rows = list(session.scalars(select(Engagement)))
        assert 7 <= len(rows) <= 10
        assert {row.phase for row in rows} == set(Phase)
        assert {row.municipality.region for row in rows} == set(Region)
        for row in rows:
            assert row.application is not None
            assert row.application.decision is ApplicationDecision.GRANTED
            assert row.start_date is not None and row.start_date <= date.today()
            months = (date.today() - row.start_date).days / 30.4
            assert 0.8 <= months <= 27
            roles = {member.role.value for member in row.team}
            assert {"jurist", "socialfaglig"} <= roles
            assert len(row.contacts) == 2
            assert {period.phase for period in row.phase_periods} == {
                phase for phase in Phase if phase.order <= row.phase.order
            }
            if row.phase is Phase.AFSLUTTET:
                assert row.actual_end_date is not None


def test_applications_rounds_and_decisions(demo_db: Database) -> None:
    with demo_db.read() as session:
        decisions = {row.decision for row in session.scalars(select(Application))}
        assert decisions == set(ApplicationDecision)
        rounds = {row.round_id for row in session.scalars(select(Application))}
        assert 2 <= len(rounds) <= 3
        assert all(row.themes for row in session.scalars(select(Application)))


def test_milestones_follow_the_plan_with_done_overdue_and_late(demo_db: Database) -> None:
    today = date.today()
    with demo_db.read() as session:
        rows = list(session.scalars(select(Milestone)))
        assert all(is_working_day(row.planned_on) for row in rows)
        assert {row.status for row in rows} == set(MilestoneStatus)
        done = [row for row in rows if row.status is MilestoneStatus.DONE]
        assert all(row.actual_on is not None and row.actual_on <= today for row in done)
        overdue = [
            row for row in rows if row.status is MilestoneStatus.PLANNED and row.planned_on < today
        ]
        assert len(overdue) >= 2
        late = [row for row in done if row.actual_on and (row.actual_on - row.planned_on).days > 10]
        assert len(late) >= 2
        assert all(row.responsible_id is not None for row in rows)


def test_case_lists_samples_and_assessments(demo_db: Database) -> None:
    with demo_db.read() as session:
        imports = list(session.scalars(select(CaseListImport)))
        assert imports
        for item in imports:
            assert len(item.fingerprint) == 64
            assert 55 <= item.imported_count <= 200
            assert item.row_count == item.imported_count + item.rejected_count
        rounds = list(session.scalars(select(ReviewRound)))
        assert {row.kind for row in rounds} == {RoundKind.ANALYSE, RoundKind.STATUSMAALING}
        assert RoundStatus.OPEN in {row.status for row in rounds}
        legal_keys = set()
        for row in rounds:
            active = [s for s in row.sampled_cases if s.status.value == "active"]
            assert len(active) == 20
            assert row.seed and row.population_size >= 55 and len(row.population_fingerprint) == 64
            assert row.legal_criteria_set is not None and row.social_criteria_set is not None
            legal_keys.add(row.legal_criteria_set.key)
            answered = session.scalar(
                select(func.count())
                .select_from(Assessment)
                .join(SampledCase)
                .where(SampledCase.round_id == row.id)
            )
            # Each case is judged by its own law's set (pinned on the case when answered).
            full = sum(
                len((s.legal_criteria_set or row.legal_criteria_set).criteria)
                + len(row.social_criteria_set.criteria)
                for s in active
            )
            if row.status is RoundStatus.OPEN:
                assert 0 < (answered or 0) < full
            else:
                assert answered == full
        assert legal_keys <= {"barnets_lov", "serviceloven"}
        assert session.scalar(select(func.count()).select_from(CriteriaSet)) == 6


def test_reviewed_cases_have_the_key_dates_the_rules_need(demo_db: Database) -> None:
    """Awareness, receipt, legal basis, plan, measure end and supervision visits are filled
    plausibly (in a sensible order) for the answered cases, so the demo's suggestions use them."""
    with demo_db.read() as session:
        answered = list(
            session.scalars(
                select(SampledCase)
                .where(SampledCase.measure_started_on.is_not(None))
                .order_by(SampledCase.id)
            )
        )
        _check_key_dates(answered)


def _check_key_dates(answered: list[SampledCase]) -> None:
    assert len(answered) >= 150
    for case in answered:
        assert case.measure_started_on is not None
        received = case.notification_received_at
        assert case.decision_basis.startswith(("Barnets lov §", "Serviceloven §"))
        if case.notification_aware_on is not None:
            assert received is not None and case.notification_aware_on < received.date()
        if case.receipt_confirmed_on is not None:
            assert received is not None and case.receipt_confirmed_on > received.date()
        if case.measure_ended_on is not None:
            assert case.measure_ended_on > case.measure_started_on
        started = case.measure_started_on.isoformat()
        assert all(str(visit) >= started for visit in case.supervision_visits)  # ISO dates

    def share(filled: int) -> float:
        return filled / len(answered)

    assert 0.03 < share(sum(c.notification_aware_on is not None for c in answered)) < 0.3
    assert 0.15 < share(sum(c.receipt_confirmed_on is not None for c in answered)) < 0.7
    assert 0.4 < share(sum(c.plan_on is not None for c in answered)) < 0.95
    assert 0.03 < share(sum(c.measure_ended_on is not None for c in answered)) < 0.4
    assert 0.1 < share(sum(bool(c.supervision_visits) for c in answered)) < 0.8


def test_statusmaaling_scores_better_than_analyse(demo_db: Database) -> None:
    rates: dict[RoundKind, float] = {}
    with demo_db.read() as session:
        for kind in (RoundKind.ANALYSE, RoundKind.STATUSMAALING):
            answers = list(
                session.scalars(
                    select(Assessment.answer)
                    .join(SampledCase)
                    .join(ReviewRound)
                    .join(Criterion)
                    .where(ReviewRound.kind == kind, Criterion.code.not_like("SF-%"))
                )
            )
            met = answers.count(Answer.MET)
            rates[kind] = met / (met + answers.count(Answer.NOT_MET))
    assert 0.5 < rates[RoundKind.ANALYSE] < rates[RoundKind.STATUSMAALING] < 0.97


def test_findings_recommendations_and_notes(demo_db: Database) -> None:
    with demo_db.read() as session:
        recommendations = list(session.scalars(select(Recommendation)))
        assert {row.status for row in recommendations} == set(RecommendationStatus)
        for row in recommendations:
            assert row.updates
            assert row.updates[-1].new_status is row.status
            assert row.updates[0].old_status is None
        findings = {row.finding for row in recommendations if row.finding is not None}
        assert {finding.track.value for finding in findings} == {"juridisk", "socialfaglig"}
        assert all(finding.criteria for finding in findings)
        assert any(finding.evidence for finding in findings)
        notes = list(session.scalars(select(ReviewNote)))
        assert len(notes) >= 2
        assert any(note.resolved_at is None for note in notes)
        assert session.scalar(select(func.count()).select_from(RecommendationUpdate))


def test_every_free_text_passes_the_cpr_guard(demo_db_path: Path) -> None:
    connection = sqlite3.connect(demo_db_path)
    checked = 0
    try:
        for table in Base.metadata.sorted_tables:
            columns = [
                column.name
                for column in table.columns
                if isinstance(column.type, String | Text | JSON)
                and (table.name, column.name) not in _NOT_FREE_TEXT
            ]
            if not columns:
                continue
            query = f"SELECT {', '.join(columns)} FROM {table.name}"
            for row in connection.execute(query):
                for name, value in zip(columns, row, strict=True):
                    if value is not None:
                        ensure_no_cpr(f"{table.name}.{name}", str(value))
                        checked += 1
    finally:
        connection.close()
    assert checked > 5000


def test_case_references_are_pseudonymous(demo_db_path: Path) -> None:
    connection = sqlite3.connect(demo_db_path)
    try:
        refs = [row[0] for row in connection.execute("SELECT case_ref FROM case_record")]
    finally:
        connection.close()
    assert refs
    assert all(ref.startswith("SAG-") and len(ref) == len("SAG-2024-0173") for ref in refs)


def test_writing_twice_gives_the_same_rows(tmp_path: Path) -> None:
    first = tmp_path / "a.sqlite"
    second = tmp_path / "b.sqlite"
    one = write_demo_database(str(first), force=False)
    two = write_demo_database(str(second), force=False)
    assert (one.engagements, one.cases, one.assessments) == (
        two.engagements,
        two.cases,
        two.assessments,
    )
    assert _row_counts(first) == _row_counts(second)
    again = write_demo_database(str(first), force=True)
    assert again.cases == one.cases
    assert _row_counts(first) == _row_counts(second)


def test_existing_file_is_refused_and_left_untouched(demo_db_path: Path) -> None:
    before = demo_db_path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        write_demo_database(str(demo_db_path), force=False)
    assert caught.value.error_code == "db.exists"
    assert demo_db_path.read_bytes() == before
    assert sorted(p.name for p in demo_db_path.parent.iterdir()) == [demo_db_path.name]


def test_a_failure_leaves_no_half_written_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "demo.sqlite"
    target.write_bytes(b"")

    def explode(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(builder.DemoBuilder, "_conclusions", explode)
    with pytest.raises(RuntimeError, match="boom"):
        write_demo_database(str(target), force=True)
    assert target.read_bytes() == b""
    assert [p.name for p in tmp_path.iterdir()] == ["demo.sqlite"]


def test_stale_wal_files_of_the_target_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "demo.sqlite"
    target.write_bytes(b"old")
    (tmp_path / "demo.sqlite-wal").write_bytes(b"stale")
    (tmp_path / "demo.sqlite-shm").write_bytes(b"stale")
    write_demo_database(str(target), force=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite"]
    assert _row_counts(target)["engagement"] == 8


def test_a_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as caught:
        write_demo_database(str(tmp_path / "nope" / "demo.sqlite"), force=False)
    assert caught.value.error_code == "db.missing_folder"


def test_server_path_refuses_a_database_with_forloeb(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server branch, exercised on SQLite: refuse without force, replace with force."""
    url = f"sqlite+pysqlite:///{demo_db_path}"
    with pytest.raises(DatabaseError) as caught:
        _write_server(url, "server", force=False, today=date.today())
    assert caught.value.params["path"] == "server"
    counts = _write_server(url, "server", force=True, today=date.today())
    assert counts["engagements"] == 8
    assert _row_counts(demo_db_path)["engagement"] == 8
    assert _row_counts(demo_db_path)["municipality"] == 98


def test_decisions_before_2024_are_reviewed_under_serviceloven(tmp_path: Path) -> None:
    path = tmp_path / "early.sqlite"
    write_demo_database(str(path), force=False, today=date(2026, 11, 24))
    db = open_database(path)
    try:
        with db.read() as session:
            used = {
                row.legal_criteria_set.key
                for row in session.scalars(select(ReviewRound))
                if row.legal_criteria_set is not None
            }
    finally:
        db.close()
    assert used == {"barnets_lov", "serviceloven"}


def test_cli_demo_then_list(tmp_path: Path) -> None:
    path = tmp_path / "cli.sqlite"
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["demo", "--db", str(path)]) == 0
    assert "8 forløb" in out.getvalue()
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["list", "--db", str(path), "--json"]) == 0
    listed = json.loads(out.getvalue())
    assert len(listed) == 8
    assert {row["phase"] for row in listed} == {phase.value for phase in Phase}
    assert main(["demo", "--db", str(path)]) == 2


def test_demo_themes_are_known_theme_keys(demo_db_path: Path) -> None:
    from taskforce_app.bootstrap import open_context

    ctx = open_context(demo_db_path)
    try:
        known = {theme.key for theme in ctx.applications.themes()}
        applications = ctx.applications.applications()
        assert applications
        assert all(set(app.themes) <= known for app in applications)
    finally:
        ctx.close()


def test_no_round_is_signed_off_by_one_of_its_reviewers(demo_db: Database) -> None:
    with demo_db.read() as session:
        signed = [
            row
            for row in session.scalars(select(ReviewRound))
            if row.status is RoundStatus.SIGNED_OFF
        ]
        assert len(signed) >= 5
        for row in signed:
            reviewers = set(
                session.scalars(
                    select(Assessment.assessed_by_id)
                    .join(SampledCase)
                    .where(SampledCase.round_id == row.id)
                )
            )
            assert reviewers and None not in reviewers
            assert row.signed_off_by_id is not None
            assert row.signed_off_by_id not in reviewers


def test_every_answer_milestone_and_draft_passes_the_services_validation(
    demo_db_path: Path,
) -> None:
    """Rebuild each record's draft from what the services show and validate it again."""
    from taskforce_app.bootstrap import open_context

    ctx = open_context(demo_db_path)
    try:
        for person in ctx.team.consultants():
            ConsultantDraft(
                person.name,
                person.initials,
                Organisation(person.organisation),
                ConsultantRole(person.role),
            ).validated()
        themes = frozenset(theme.key for theme in ctx.applications.themes())
        for app in ctx.applications.applications():
            ApplicationDraft(
                app.round_id,
                app.municipality_id,
                app.received_on,
                app.council_backing,
                app.council_decision_on,
                app.contact_persons,
                app.themes,
                app.themes_other,
                app.motivation,
                app.assessment_notes,
            ).validated(themes)
        answers = 0
        for summary in ctx.engagements.summaries():
            detail = ctx.engagements.get(summary.id)
            end = max(detail.planned_end_date or date.min, detail.actual_end_date or date.min)
            for mark in ctx.milestones.for_engagement(summary.id):
                assert mark.responsible_id is not None
                MilestoneDraft(
                    mark.title,
                    mark.phase,
                    mark.planned_on,
                    mark.actual_on,
                    mark.responsible_id,
                    mark.status,
                    mark.note,
                ).validated(detail.start_date, end)
            for contact in ctx.team.contacts(summary.id):
                ContactDraft(contact.name, contact.title, contact.email, contact.phone).validated()
            for round_ in ctx.review.rounds(summary.id):
                for case in ctx.review.sampled_cases(round_.id):
                    tracks = {item.id: item.track for item in ctx.review.case_criteria(case.id)}
                    case.key_dates.validated()
                    for given in ctx.review.assessments(case.id):
                        AnswerDraft(given.answer, given.reason, given.note).validated(
                            tracks[given.criterion_id], given.suggested_answer
                        )
                        answers += 1
    finally:
        ctx.close()
    assert answers > 3000


def test_the_demo_database_passes_check(demo_db_path: Path) -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["check", "--db", str(demo_db_path)]) == 0
    assert out.getvalue().rstrip().endswith("OK")


def _stored_type(kind: TypeEngine[Any]) -> TypeEngine[Any]:
    return getattr(kind, "impl_instance", kind)


def _content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows without ids, timestamps and id-holding JSON, sorted."""
    connection = sqlite3.connect(path)
    try:
        content: dict[str, list[tuple[object, ...]]] = {}
        for table in Base.metadata.sorted_tables:
            if table.name == "audit_event":
                continue
            columns = [
                column.name
                for column in table.columns
                if not isinstance(_stored_type(column.type), DateTime | Uuid)
                and column.name not in ("sampling_parameters", "lock_log")
            ]
            rows = connection.execute(f"SELECT {', '.join(columns or ['1'])} FROM {table.name}")
            content[table.name] = sorted((tuple(row) for row in rows), key=repr)
        return content
    finally:
        connection.close()


def test_two_demo_databases_of_one_day_hold_the_same_content(tmp_path: Path) -> None:
    day = date(2027, 3, 15)
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    write_demo_database(str(first), force=False, today=day)
    write_demo_database(str(second), force=False, today=day)
    one, two = _content(first), _content(second)
    assert sum(len(rows) for rows in one.values()) > 5000
    assert one == two
