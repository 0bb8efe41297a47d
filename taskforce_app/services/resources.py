"""Reading the JSON reference data shipped in resources/ (templates, criteria, benchmarks)."""

from __future__ import annotations

import json
from pathlib import Path

from taskforce_app import paths
from taskforce_app.domain.plan import MilestoneTemplate, TemplateError, parse_template

DEFAULT_TEMPLATE = "milestones_24m.json"


def read_json(path: Path) -> dict[str, object]:
    """The JSON object in `path`.

    Raises:
        ValueError: the file is not valid JSON or does not hold an object.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path.name}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: expected a JSON object at the top level")
    return data


def templates_dir() -> Path:
    """Where the milestone templates live."""
    return paths.resources_dir() / "templates"


def load_milestone_template(name: str = DEFAULT_TEMPLATE) -> MilestoneTemplate:
    """The milestone template `name` from resources/templates (the 24-month plan by default).

    Raises:
        TemplateError: the file is malformed.
    """
    path = templates_dir() / name
    try:
        return parse_template(read_json(path))
    except TemplateError as exc:
        raise TemplateError(f"{path.name}: {exc}") from exc
