"""The demo database: a realistic, pseudonymous portfolio of forløb, built through the services.

Everything is drawn from seeded random generators, so two runs on the same day write the same
content; only the dates move with the day, so the phases always look current. No CPR number,
no child's name: cases are known by pseudonymous case numbers like `SAG-2024-0173`. The demo is
a client of the services (the same `AppContext` the GUI and the CLI use), so it obeys every
rule they enforce.
"""

from __future__ import annotations

from taskforce_app.demo.writer import DemoSummary, write_demo_database

__all__ = ["DemoSummary", "write_demo_database"]
