"""Exchange package speed: export 10 forløb with 50,000 records, merge them into a second database.

Run: `.venv/bin/python bench/exchange.py [--records 50000] [--passphrase TEXT]`. The demo
database is written to a temporary folder and copied twice. The first copy gets two more forløb
and, by Core inserts spread over all 10 forløb, cases, milestones and contacts until the package
holds `--records` records (audit events included). It is exported; the package is merged into
the second copy (the untouched demo: almost everything is new), then merged again (nothing to
do, recognised by the package's digest). Goals: export and merge under 5 s each, the no-op
re-merge under 20 % of the first merge.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from taskforce_app.demo import write_demo_database
from taskforce_app.domain.enums import MilestoneStatus, Phase
from taskforce_app.domain.passphrase import generate_passphrase
from taskforce_app.persistence.database import Database, open_database
from taskforce_app.persistence.models import (
    Case,
    Engagement,
    Milestone,
    MunicipalContact,
    Municipality,
)
from taskforce_app.services.exchange import ExchangeService

ENGAGEMENTS = 10


def _engagement_ids(db: Database) -> list[uuid.UUID]:
    with db.read() as session:
        return list(session.scalars(select(Engagement.id).order_by(Engagement.id)))


def grow(db: Database, target_records: int, scope_now: int) -> None:
    """Add forløb up to 10, then cases, milestones and contacts up to `target_records`."""
    rng = random.Random(7)
    with db.write() as session:
        existing = _engagement_ids(db)
        used = set(session.scalars(select(Engagement.municipality_id)))
        free = [m for m in session.scalars(select(Municipality.id)) if m not in used]
        extra = [
            {
                "id": uuid.uuid4(),
                "municipality_id": free[n],
                "title": f"Bench-forløb {n + 1}",
                "phase": Phase.ANALYSE,
                "start_date": date(2026, 1, 5),
                "themes": ["tidsfrister"],
            }
            for n in range(ENGAGEMENTS - len(existing))
        ]
        if extra:
            session.execute(insert(Engagement), extra)
        engagements = existing + [row["id"] for row in extra]
        remaining = max(0, target_records - scope_now - len(extra))
        per = remaining // len(engagements)
        for index, engagement in enumerate(engagements):
            count = per + (remaining - per * len(engagements) if index == 0 else 0)
            milestones = count // 10
            contacts = count // 20
            cases = count - milestones - contacts
            session.execute(
                insert(Case),
                [
                    {
                        "engagement_id": engagement,
                        "case_ref": f"BENCH-{index:02d}-{n:06d}",
                        "birth_year": 2008 + rng.randrange(18),
                        "gender": rng.choice(("Pige", "Dreng")),
                        "case_type": "Udsatte børn og unge",
                        "measure": rng.choice(("Familiebehandling", "Aflastning", "Anbringelse")),
                        "legal_basis": "§ 32",
                        "caseworker": rng.choice(("Mette Holm", "Søren Bak", "Lise Ørum")),
                        "opened_on": date(2024, 1, 1) + timedelta(days=rng.randrange(700)),
                        "extra": {"team": "Øst"},
                    }
                    for n in range(cases)
                ],
            )
            session.execute(
                insert(Milestone),
                [
                    {
                        "engagement_id": engagement,
                        "title": f"Milepæl {n}",
                        "phase": Phase.ANALYSE,
                        "planned_on": date(2026, 2, 1) + timedelta(days=n % 600),
                        "status": MilestoneStatus.PLANNED,
                        "note": "Aftalt på styregruppemødet",
                        "sort_order": n,
                    }
                    for n in range(milestones)
                ],
            )
            session.execute(
                insert(MunicipalContact),
                [
                    {
                        "engagement_id": engagement,
                        "name": f"Kontakt {n}",
                        "title": "Afdelingsleder",
                        "email": f"kontakt{n}@kommune.dk",
                    }
                    for n in range(contacts)
                ],
            )


def main() -> None:
    """Build the databases, export, merge, and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=50_000)
    parser.add_argument(
        "--passphrase",
        default=generate_passphrase(),
        help="encrypt with this passphrase (default: a generated one, as the app does)",
    )
    parser.add_argument("--unencrypted", action="store_true", help="measure an unencrypted package")
    args = parser.parse_args()
    if args.unencrypted:
        args.passphrase = None
    with tempfile.TemporaryDirectory(prefix="tf-bench-exchange-") as folder:
        base = Path(folder)
        write_demo_database(str(base / "demo.sqlite"), force=False)
        shutil.copyfile(base / "demo.sqlite", base / "a.sqlite")
        shutil.copyfile(base / "demo.sqlite", base / "b.sqlite")
        a, b = open_database(base / "a.sqlite"), open_database(base / "b.sqlite")
        try:
            exporter = ExchangeService(a)
            probe = exporter.export(_engagement_ids(a), base / "probe.tfpkg")
            grow(a, args.records, sum(probe.counts.values()))
            ids = _engagement_ids(a)
            started = time.perf_counter()
            summary = exporter.export(ids, base / "bench.tfpkg", passphrase=args.passphrase)
            export_s = time.perf_counter() - started
            importer = ExchangeService(b)
            started = time.perf_counter()
            preview = importer.preview(summary.path, passphrase=args.passphrase)
            preview_s = time.perf_counter() - started
            started = time.perf_counter()
            merged = importer.merge(summary.path, passphrase=args.passphrase, resolve="theirs")
            merge_s = time.perf_counter() - started
            started = time.perf_counter()
            again = importer.merge(summary.path, passphrase=args.passphrase)
            again_s = time.perf_counter() - started
        finally:
            a.close()
            b.close()
    records = sum(summary.counts.values())
    print(f"package: {len(ids)} forløb, {records:,} records, {summary.size / 1e6:.2f} MB")
    print(f"  encrypted: {summary.encrypted}")
    print(f"export:  {export_s:6.2f} s  (goal < 5 s)")
    print(f"preview: {preview_s:6.2f} s  ({preview.total})")
    print(f"merge:   {merge_s:6.2f} s  (goal < 5 s; {merged.total}, {merged.events_added} events)")
    print(f"again:   {again_s:6.2f} s  ({again.total})")
    print(f"no-op re-merge / first merge: {again_s / merge_s:.1%}  (goal < 20 %)")


if __name__ == "__main__":
    main()
