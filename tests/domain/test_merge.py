"""The pure three-way merge rules: fields, deletions, stamps, decisions and counts."""

from __future__ import annotations

import pytest

from taskforce_app.domain.errors import UserError
from taskforce_app.domain.merge import (
    FieldConflict,
    FieldVersion,
    Outcome,
    RecordKind,
    Side,
    TableCounts,
    UnresolvedConflictsError,
    conflict_key,
    count_plans,
    decide,
    merge_field,
    plan_record,
    resolved_values,
    total,
)
from taskforce_app.domain.messages_exchange import MESSAGES
from taskforce_app.domain.text import translate

BASE = frozenset({"e0"})
T1 = "2026-01-01T10:00:00.000000Z"
T2 = "2026-01-02T10:00:00.000000Z"
T3 = "2026-01-03T10:00:00.000000Z"


def fv(value: object, *events: str) -> FieldVersion:
    """A field version whose history is the common base plus `events`."""
    return FieldVersion(value, BASE | frozenset(events))


def record(**fields: FieldVersion) -> dict[str, FieldVersion]:
    """A record with untouched stamps and no deletion, plus `fields`."""
    return {
        "created_at": fv(T1),
        "updated_at": fv(T1),
        "deleted_at": fv(None),
        **fields,
    }


def test_same_field_same_value_on_both_sides_is_no_conflict() -> None:
    assert merge_field(fv("ny", "a1"), fv("ny", "b1")) is Outcome.SAME
    plan = plan_record("finding", "r", record(title=fv("ny", "a1")), record(title=fv("ny", "b1")))
    assert plan.kind is RecordKind.UNCHANGED
    assert not plan.conflicts
    assert not plan.writes


def test_different_fields_changed_on_each_side_are_both_kept() -> None:
    ours = record(title=fv("vores titel", "a1"), theme=fv("gammel"))
    theirs = record(title=fv("gammel titel"), theme=fv("deres tema", "b1"))
    plan = plan_record("finding", "r", ours, theirs)
    assert plan.kind is RecordKind.CHANGED
    assert plan.taken == {"theme": "deres tema"}
    assert not plan.conflicts


def test_same_field_changed_differently_is_exactly_one_conflict() -> None:
    ours = record(title=fv("A", "a1"), theme=fv("x"))
    theirs = record(title=fv("B", "b1"), theme=fv("x"))
    plan = plan_record("finding", "r1", ours, theirs)
    assert plan.conflicts == (FieldConflict("finding", "r1", "title", "A", "B"),)
    assert plan.conflicts[0].key == conflict_key("finding", "r1", "title") == "finding/r1/title"
    assert plan.taken == {}


def test_a_stale_package_never_overwrites_a_newer_local_value() -> None:
    """Theirs has only events we already have: our later change stays."""
    ours = record(title=fv("nyere", "b1", "a2"))
    theirs = record(title=fv("ældre", "b1"))
    assert plan_record("finding", "r", ours, theirs).kind is RecordKind.UNCHANGED


def test_a_change_without_any_unshared_history_is_a_conflict() -> None:
    """No known base (e.g. two records met by natural key): never guess."""
    assert merge_field(FieldVersion("a"), FieldVersion("b")) is Outcome.CONFLICT


def test_a_decision_event_makes_the_decided_value_win_next_time() -> None:
    """B kept its value (decision event d1 after seeing a1); A, unchanged since, takes it."""
    at_a = fv("A", "a1")
    at_b = fv("B", "a1", "b1", "d1")
    assert merge_field(at_a, at_b) is Outcome.THEIRS
    assert merge_field(fv("A2", "a1", "a2"), at_b) is Outcome.CONFLICT


def test_delete_on_one_side_travels_over_an_unchanged_other_side() -> None:
    ours = record(title=fv("x"))
    theirs = record(title=fv("x"), deleted_at=fv(T2, "b-del"))
    plan = plan_record("milestone", "r", ours, theirs)
    assert plan.kind is RecordKind.DELETED
    assert plan.taken == {"deleted_at": T2}
    assert not plan.conflicts


def test_our_delete_stays_when_they_changed_nothing() -> None:
    ours = record(title=fv("x"), deleted_at=fv(T2, "a-del"))
    theirs = record(title=fv("x"))
    plan = plan_record("milestone", "r", ours, theirs)
    assert plan.kind is RecordKind.UNCHANGED
    assert not plan.writes


def test_their_delete_against_our_edit_is_a_conflict() -> None:
    ours = record(title=fv("rettet", "a1"))
    theirs = record(title=fv("x"), deleted_at=fv(T2, "b-del"))
    plan = plan_record("milestone", "r", ours, theirs)
    assert plan.conflicts == (FieldConflict("milestone", "r", "deleted_at", None, T2),)
    assert "deleted_at" not in plan.taken


def test_our_delete_against_their_edit_is_a_conflict_and_their_edit_is_kept() -> None:
    ours = record(title=fv("x"), deleted_at=fv(T2, "a-del"))
    theirs = record(title=fv("rettet", "b1"))
    plan = plan_record("milestone", "r", ours, theirs)
    assert plan.conflicts == (FieldConflict("milestone", "r", "deleted_at", T2, None),)
    assert plan.taken == {"title": "rettet"}
    restore = resolved_values(
        plan, {d.conflict.key: d for d in decide(plan.conflicts, policy="theirs")}
    )
    assert restore == {"title": "rettet", "deleted_at": None}
    keep = resolved_values(plan, {d.conflict.key: d for d in decide(plan.conflicts, policy="ours")})
    assert keep == {"title": "rettet"}


def test_two_deletions_keep_the_earlier_time_on_both_sides() -> None:
    early = record(deleted_at=fv(T2, "a-del"))
    late = record(deleted_at=fv(T3, "b-del"))
    assert plan_record("t", "r", late, early).taken == {"deleted_at": T2}
    assert plan_record("t", "r", early, late).taken == {}


def test_stamps_converge_and_are_never_conflicts() -> None:
    ours = record(updated_at=fv(T2), created_at=fv(T2))
    theirs = record(updated_at=fv(T3), created_at=fv(T1))
    plan = plan_record("t", "r", ours, theirs)
    assert plan.taken == {"updated_at": T3, "created_at": T1}
    assert plan.kind is RecordKind.UNCHANGED
    assert plan_record("t", "r", theirs, ours).taken == {}


def test_new_records_from_both_sides_each_arrive_whole() -> None:
    theirs = record(title=fv("fra B", "b-ins"))
    plan = plan_record("finding", "new-b", None, theirs)
    assert plan.kind is RecordKind.NEW
    assert plan.taken["title"] == "fra B"
    assert plan.taken["deleted_at"] is None
    ours_back = plan_record("finding", "new-a", None, record(title=fv("fra A")))
    assert ours_back.kind is RecordKind.NEW


def test_a_field_only_one_side_knows_is_left_alone() -> None:
    ours = record(title=fv("x"))
    theirs = record(title=fv("x"), future_field=fv("?", "b1"))
    assert plan_record("t", "r", ours, theirs).taken == {}


def test_decide_by_key_then_by_policy() -> None:
    one = FieldConflict("t", "r", "a", 1, 2)
    two = FieldConflict("t", "r", "b", 3, 4)
    decisions = decide([one, two], {one.key: "theirs"}, policy=Side.OURS)
    assert [(d.conflict.field, d.side, d.kept, d.rejected) for d in decisions] == [
        ("a", Side.THEIRS, 2, 1),
        ("b", Side.OURS, 3, 4),
    ]
    assert decisions[0].to_json()["decision"] == "theirs"


def test_unresolved_conflicts_are_refused_with_all_of_them_listed() -> None:
    one = FieldConflict("finding", "0123456789", "title", "A", "B")
    with pytest.raises(UnresolvedConflictsError) as caught:
        decide([one], {})
    assert caught.value.error_code == "exchange.unresolved_conflicts"
    assert caught.value.conflicts == (one,)
    danish = translate(MESSAGES["exchange.unresolved_conflicts"], "da").format(
        **caught.value.params
    )
    assert "1 felter" in danish and "finding 01234567 title: A / B" in danish


def test_a_bad_decision_is_refused() -> None:
    with pytest.raises(UserError) as caught:
        decide([FieldConflict("t", "r", "a", 1, 2)], policy="mine")
    assert caught.value.error_code == "exchange.bad_decision"


def test_counts_per_table() -> None:
    plans = [
        plan_record("t", "1", None, record()),
        plan_record("t", "2", record(a=fv(1)), record(a=fv(2, "b"))),
        plan_record("t", "3", record(), record(deleted_at=fv(T2, "d"))),
        plan_record("t", "4", record(a=fv(1, "x")), record(a=fv(2, "y"))),
        plan_record("u", "5", record(), record()),
    ]
    counts = count_plans(plans)
    assert counts == {"t": TableCounts(new=1, changed=1, deleted=1, conflicts=1)}
    assert total(counts).to_json() == {"new": 1, "changed": 1, "deleted": 1, "conflicts": 1}


def test_every_message_has_danish_and_english_with_the_same_fields() -> None:
    import string

    for code, en in MESSAGES.items():
        da = translate(en, "da")
        assert da != en, code
        names = {f[1] for f in string.Formatter().parse(da) if f[1]}
        assert names == {f[1] for f in string.Formatter().parse(en) if f[1]}, code
