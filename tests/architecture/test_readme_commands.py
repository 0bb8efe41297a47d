"""CI runs exactly the README's test command."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```\n(.+?)\n```", section)


def test_the_readme_has_exactly_two_commands() -> None:
    commands = _readme_commands()
    assert len(commands) == 2
    assert commands[0].endswith("taskforce-app")
    assert commands[1].endswith("pytest -q -n auto")  # the suite runs on every core


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert _readme_commands()[1] in ci_lines


def test_ci_runs_the_database_tests_on_postgresql_too() -> None:
    import os

    from tests.pg_server import ENV

    if os.environ.get("CI") == "true":
        assert os.environ.get(ENV, "").startswith("postgresql+psycopg://"), (
            ".ci/run must start PostgreSQL and export " + ENV
        )
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"export {ENV}=" in ci
