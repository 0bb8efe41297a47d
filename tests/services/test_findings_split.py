"""The findings' fast part and slow part apart give exactly what `findings` gives whole."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from taskforce_app.bootstrap import AppContext, open_context
from taskforce_app.domain.enums import RecommendationStatus
from taskforce_app.domain.findings import CLOSED_STATUSES

TODAY = date(2026, 6, 1)


@pytest.fixture
def demo(demo_db_path: Path) -> Iterator[AppContext]:
    ctx = open_context(demo_db_path, actor="test")
    yield ctx
    ctx.close()


def test_list_and_improvements_together_equal_findings(demo: AppContext) -> None:
    whole = demo.findings.findings(None)
    assert any(f.improvement is not None for f in whole), "the demo has a status measurement"
    listed = demo.findings.list_findings(None)
    assert all(f.improvement is None for f in listed)
    assert listed == [replace(f, improvement=None) for f in whole]
    improvements = demo.findings.improvements(f.id for f in listed)
    assert improvements == {f.id: f.improvement for f in whole}


def test_one_forloeb_and_unknown_or_deleted_findings(demo: AppContext) -> None:
    whole = demo.findings.findings(None)
    engagement_id = whole[0].engagement_id
    own = demo.findings.findings(engagement_id)
    listed = demo.findings.list_findings(engagement_id)
    assert [f.id for f in listed] == [f.id for f in own]
    deleted = own[0]
    demo.findings.delete(deleted.id)
    unknown = uuid.UUID(int=1)
    improvements = demo.findings.improvements([deleted.id, unknown, own[-1].id])
    assert deleted.id not in improvements and unknown not in improvements
    if own[-1].id != deleted.id:
        assert improvements == {own[-1].id: own[-1].improvement}
    assert demo.findings.improvements([]) == {}


def test_follow_up_counts_open_and_all_recommendations_per_finding(demo: AppContext) -> None:
    expected: dict[uuid.UUID, tuple[int, int]] = {}
    for view in demo.recommendations.all():
        if view.finding_id is not None:
            open_count, total = expected.get(view.finding_id, (0, 0))
            expected[view.finding_id] = (
                open_count + (view.status not in CLOSED_STATUSES),
                total + 1,
            )
    assert expected, "the demo links recommendations to findings"
    assert demo.recommendations.follow_up() == expected
    some = next(iter(demo.recommendations.all()))
    own = {
        key: value
        for key, value in expected.items()
        if any(
            v.finding_id == key and v.engagement_id == some.engagement_id
            for v in demo.recommendations.all()
        )
    }
    assert demo.recommendations.follow_up(some.engagement_id) == own


def test_follow_up_follows_a_status_change(demo: AppContext) -> None:
    view = next(
        v
        for v in demo.recommendations.tracker(TODAY)
        if v.finding_id is not None and v.status not in CLOSED_STATUSES
    )
    assert view.finding_id is not None
    open_count, total = demo.recommendations.follow_up()[view.finding_id]
    demo.recommendations.set_status(view.id, RecommendationStatus.DONE, "Gennemført")
    assert demo.recommendations.follow_up()[view.finding_id] == (open_count - 1, total)


def test_the_tracker_without_improvement_is_the_tracker(demo: AppContext) -> None:
    whole = demo.recommendations.tracker(TODAY)
    assert whole
    light = demo.recommendations.tracker(TODAY, with_improvement=False)
    assert light == [replace(v, improvement=None) for v in whole]
