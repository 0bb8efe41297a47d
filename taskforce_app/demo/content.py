"""The demo's Danish texts and names, read from resources/templates/demo_content.json."""

from __future__ import annotations

from dataclasses import dataclass

from taskforce_app.domain.enums import ConsultantRole, Organisation
from taskforce_app.services.resources import read_json, templates_dir

CONTENT_FILE = "demo_content.json"


@dataclass(frozen=True, slots=True)
class Measure:
    """A kind of measure in the case lists, with its legal basis under each law."""

    case_type: str
    measure: str
    basis_serviceloven: str
    basis_barnets_lov: str
    weight: float


@dataclass(frozen=True, slots=True)
class FindingText:
    """The title, theme and recommendation the demo uses for a finding on one topic."""

    title: str
    theme: str
    recommendation: str


@dataclass(frozen=True, slots=True)
class ConsultantText:
    """A fictitious consultant of the Task Force."""

    name: str
    initials: str
    organisation: Organisation
    role: ConsultantRole


@dataclass(frozen=True, slots=True)
class Content:
    """Every text and name the demo writes."""

    consultants: tuple[ConsultantText, ...]
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    contact_titles: tuple[str, ...]
    caseworkers: tuple[str, ...]
    case_teams: tuple[str, ...]
    measures: tuple[Measure, ...]
    decision_reasons: dict[str, str]
    not_met_reasons: dict[str, str]
    legal_findings: dict[str, FindingText]
    social_findings: dict[str, FindingText]
    standalone_recommendations: tuple[str, ...]
    update_notes: dict[str, str]
    notes: dict[str, str]


def load_content() -> Content:
    """The demo's content file, parsed.

    Raises:
        ValueError: the file is not valid JSON or lacks a key.
    """
    data = read_json(templates_dir() / CONTENT_FILE)

    def texts(key: str) -> tuple[str, ...]:
        value = data[key]
        if not isinstance(value, list):
            raise ValueError(f"{CONTENT_FILE}: '{key}' must be a list")
        return tuple(str(item) for item in value)

    def records(key: str) -> list[dict[str, object]]:
        value = data[key]
        if not isinstance(value, list):
            raise ValueError(f"{CONTENT_FILE}: '{key}' must be a list")
        return [dict(item) for item in value if isinstance(item, dict)]

    def mapping(key: str) -> dict[str, object]:
        value = data[key]
        if not isinstance(value, dict):
            raise ValueError(f"{CONTENT_FILE}: '{key}' must be an object")
        return value

    def findings(key: str) -> dict[str, FindingText]:
        return {
            topic: FindingText(str(item["title"]), str(item["theme"]), str(item["recommendation"]))
            for topic, item in mapping(key).items()
            if isinstance(item, dict)
        }

    return Content(
        consultants=tuple(
            ConsultantText(
                name=str(item["name"]),
                initials=str(item["initials"]),
                organisation=Organisation(str(item["organisation"])),
                role=ConsultantRole(str(item["role"])),
            )
            for item in records("consultants")
        ),
        first_names=texts("first_names"),
        last_names=texts("last_names"),
        contact_titles=texts("contact_titles"),
        caseworkers=texts("caseworkers"),
        case_teams=texts("case_teams"),
        measures=tuple(
            Measure(
                case_type=str(item["case_type"]),
                measure=str(item["measure"]),
                basis_serviceloven=str(item["basis_serviceloven"]),
                basis_barnets_lov=str(item["basis_barnets_lov"]),
                weight=float(str(item["weight"])),
            )
            for item in records("measures")
        ),
        decision_reasons={k: str(v) for k, v in mapping("decision_reasons").items()},
        not_met_reasons={k: str(v) for k, v in mapping("not_met_reasons").items()},
        legal_findings=findings("legal_findings"),
        social_findings=findings("social_findings"),
        standalone_recommendations=texts("standalone_recommendations"),
        update_notes={k: str(v) for k, v in mapping("update_notes").items()},
        notes={k: str(v) for k, v in data.items() if k.endswith(("_note", "_reason"))},
    )
