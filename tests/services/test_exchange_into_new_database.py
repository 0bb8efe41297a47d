"""A package from any database imports into a database that was just created."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select

from taskforce_app.persistence.database import open_database
from taskforce_app.persistence.models import Assessment, Engagement, ReviewRound
from taskforce_app.services.exchange import ExchangeService


def test_a_package_from_the_demo_imports_into_a_new_database(
    demo_template: Path, tmp_path: Path
) -> None:
    source_path = tmp_path / "colleague.sqlite"
    shutil.copyfile(demo_template, source_path)
    source = open_database(source_path)
    source.actor = "ALA"
    try:
        with source.read() as session:
            engagements = list(session.scalars(select(Engagement.id).order_by(Engagement.id)))
            answers = session.scalar(select(func.count()).select_from(Assessment))
        ExchangeService(source).export(engagements, tmp_path / "all.tfpkg")
    finally:
        source.close()

    fresh = open_database(tmp_path / "new-laptop.sqlite")
    fresh.actor = "BBO"
    try:
        result = ExchangeService(fresh).merge(tmp_path / "all.tfpkg", resolve="theirs")
        assert not result.dry_run
        with fresh.read() as session:
            merged = set(session.scalars(select(Engagement.id)))
            assert merged == set(engagements)
            assert session.scalar(select(func.count()).select_from(ReviewRound))
            assert session.scalar(select(func.count()).select_from(Assessment)) == answers
    finally:
        fresh.close()
