"""Reading the reference files shipped in resources/ (reference/ and criteria/).

The files are read as bytes once: their fingerprint decides whether a database needs a sync,
and only then are they parsed (by the domain).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from taskforce_app import paths
from taskforce_app.domain.criteria import (
    Benchmark,
    CriteriaFormatError,
    CriteriaSetSpec,
    parse_benchmarks,
    parse_criteria_set,
)
from taskforce_app.domain.reference_data import (
    ReferenceData,
    ReferenceFormatError,
    fingerprint,
    parse_json_object,
    parse_municipalities,
    parse_themes,
)

BENCHMARKS_FILE = "benchmarks.json"
MUNICIPALITIES_FILE = "reference/municipalities.csv"
THEMES_FILE = "reference/themes.json"

SYNC_FORMAT = "reference-sync-1"
"""Part of the fingerprint: bump it when the way reference data is stored changes."""


def criteria_dir() -> Path:
    """Where the criteria sets and benchmarks live (resources/criteria)."""
    return paths.resources_dir() / "criteria"


@dataclass(frozen=True, slots=True)
class ReferenceFiles:
    """The bytes of every shipped reference file, by path relative to resources/."""

    contents: dict[str, bytes]

    @property
    def fingerprint(self) -> str:
        """The version of the shipped reference data (a hash of the files)."""
        return fingerprint(self.contents, salt=SYNC_FORMAT)

    def parse(self) -> ReferenceData:
        """Every file parsed and checked.

        Raises:
            ReferenceFormatError: a reference file is missing or malformed.
            CriteriaFormatError: a criteria or benchmark file is malformed.
        """
        for name in (MUNICIPALITIES_FILE, THEMES_FILE, f"criteria/{BENCHMARKS_FILE}"):
            if name not in self.contents:
                raise ReferenceFormatError(f"{name}: the file is missing")
        themes_name = THEMES_FILE.rsplit("/", 1)[-1]
        return ReferenceData(
            municipalities=parse_municipalities(
                self.contents[MUNICIPALITIES_FILE], origin="municipalities.csv"
            ),
            themes=parse_themes(
                parse_json_object(self.contents[THEMES_FILE], origin=themes_name),
                origin=themes_name,
            ),
            criteria_sets=tuple(
                _criteria_sets(
                    {
                        name.removeprefix("criteria/"): content
                        for name, content in self.contents.items()
                        if name.startswith("criteria/")
                    }
                )
            ),
            benchmarks=_benchmarks(self.contents[f"criteria/{BENCHMARKS_FILE}"]),
        )


def read_reference_files(root: Path | None = None) -> ReferenceFiles:
    """The shipped reference files under `root` (resources/ by default).

    Raises:
        ReferenceFormatError: a file cannot be read.
    """
    base = paths.resources_dir() if root is None else root
    found = sorted((base / "reference").glob("*.csv")) + sorted((base / "reference").glob("*.json"))
    found += sorted((base / "criteria").glob("*.json"))
    contents: dict[str, bytes] = {}
    for path in found:
        name = path.relative_to(base).as_posix()
        try:
            contents[name] = path.read_bytes()
        except OSError as exc:
            raise ReferenceFormatError(f"{name}: cannot be read ({exc.strerror})") from exc
    return ReferenceFiles(contents)


def load_criteria_sets(folder: Path | None = None) -> list[CriteriaSetSpec]:
    """Every criteria set file (`*.json` but benchmarks.json) in `folder` (resources/criteria).

    Raises:
        CriteriaFormatError: a file is malformed; the message names the file and the field.
    """
    root = criteria_dir() if folder is None else folder
    contents: dict[str, bytes] = {}
    for path in sorted(root.glob("*.json")):
        try:
            contents[path.name] = path.read_bytes()
        except OSError as exc:
            raise CriteriaFormatError(f"{path.name}: cannot be read ({exc.strerror})") from exc
    return _criteria_sets(contents)


def load_benchmarks(folder: Path | None = None) -> tuple[Benchmark, ...]:
    """The national benchmarks of benchmarks.json in `folder` (resources/criteria).

    Raises:
        CriteriaFormatError: the file is missing or malformed.
    """
    path = (criteria_dir() if folder is None else folder) / BENCHMARKS_FILE
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise CriteriaFormatError(f"{path.name}: cannot be read ({exc.strerror})") from exc
    return _benchmarks(content)


def _criteria_sets(contents: dict[str, bytes]) -> list[CriteriaSetSpec]:
    specs: list[CriteriaSetSpec] = []
    seen: dict[tuple[str, int], str] = {}
    for name in sorted(contents):
        if name == BENCHMARKS_FILE:
            continue
        spec = parse_criteria_set(_json(contents[name], name), origin=name)
        ident = (spec.key, spec.version)
        if ident in seen:
            raise CriteriaFormatError(
                f"{name}: {spec.key} version {spec.version} is also in {seen[ident]}"
            )
        seen[ident] = name
        specs.append(spec)
    return specs


def _benchmarks(content: bytes) -> tuple[Benchmark, ...]:
    return parse_benchmarks(_json(content, BENCHMARKS_FILE), origin=BENCHMARKS_FILE)


def _json(content: bytes, origin: str) -> dict[str, object]:
    try:
        return parse_json_object(content, origin=origin)
    except ReferenceFormatError as exc:
        raise CriteriaFormatError(str(exc)) from exc
