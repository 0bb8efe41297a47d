"""The reference data shipped in resources/: municipalities, themes, criteria sets, benchmarks.

Pure parsing and identity: the files' text in, frozen values out, and the deterministic ids
every database gives the records, so two laptops that load the same files agree on them.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from taskforce_app.domain.applications import Theme
from taskforce_app.domain.criteria import Benchmark, CriteriaSetSpec
from taskforce_app.domain.enums import Region

CRITERIA_NAMESPACE = uuid.UUID("5b0c3f0e-6a57-5c1d-9a4e-7d3a2f1c0b42")
"""Namespace of the criteria ids; never change it, or synced databases stop agreeing."""

MUNICIPALITY_NAMESPACE = uuid.UUID("6f1d3c52-7f0a-4a53-9a55-0d7c6f0e2a11")
"""Namespace of the municipality ids (the first migration uses the same one)."""

MUNICIPALITY_COUNT = 98

_MUNICIPALITY_COLUMNS = ("code", "name", "region", "iso_3166_2")


class ReferenceFormatError(ValueError):
    """A shipped reference file does not have the expected shape; the text names the file."""


@dataclass(frozen=True, slots=True)
class MunicipalitySpec:
    """One municipality as shipped in municipalities.csv."""

    code: str
    name: str
    region: Region
    iso_region: str


@dataclass(frozen=True, slots=True)
class ReferenceData:
    """Everything shipped as reference data, parsed and checked."""

    municipalities: tuple[MunicipalitySpec, ...]
    themes: tuple[Theme, ...]
    criteria_sets: tuple[CriteriaSetSpec, ...]
    benchmarks: tuple[Benchmark, ...]


def criteria_set_id(key: str, version: int) -> uuid.UUID:
    """The deterministic id of a criteria set."""
    return uuid.uuid5(CRITERIA_NAMESPACE, f"{key}:{version}")


def criterion_id(key: str, version: int, code: str) -> uuid.UUID:
    """The deterministic id of one criterion of a set."""
    return uuid.uuid5(CRITERIA_NAMESPACE, f"{key}:{version}:{code}")


def municipality_id(code: str) -> uuid.UUID:
    """The deterministic id of a municipality (UUID v5 of its 3-digit code)."""
    return uuid.uuid5(MUNICIPALITY_NAMESPACE, f"municipality:{code}")


def fingerprint(files: Mapping[str, bytes], *, salt: str = "") -> str:
    """A SHA-256 over the files' names and contents (in name order) and `salt`.

    Equal fingerprints mean the same shipped data; `salt` lets a change of how the data is
    stored force a new sync.
    """
    digest = hashlib.sha256(salt.encode("utf-8"))
    for name in sorted(files):
        content = files[name]
        digest.update(f"\0{name}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()


def parse_json_object(content: bytes, *, origin: str) -> dict[str, object]:
    """The JSON object in a file's bytes.

    Raises:
        ReferenceFormatError: not UTF-8, not valid JSON, or not an object at the top level.
    """
    try:
        data = json.loads(content.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ReferenceFormatError(f"{origin}: not UTF-8 text ({exc.reason})") from exc
    except json.JSONDecodeError as exc:
        raise ReferenceFormatError(f"{origin}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise ReferenceFormatError(f"{origin}: expected a JSON object at the top level")
    return data


def parse_municipalities(
    content: bytes, *, origin: str = "municipalities.csv"
) -> tuple[MunicipalitySpec, ...]:
    """The municipalities of the CSV file (`code,name,region,iso_3166_2`).

    Raises:
        ReferenceFormatError: a column or value is missing or wrong, a code repeats, or the
            file does not hold exactly 98 municipalities.
    """
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReferenceFormatError(f"{origin}: not UTF-8 text ({exc.reason})") from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [name for name in _MUNICIPALITY_COLUMNS if name not in (reader.fieldnames or ())]
    if missing:
        raise ReferenceFormatError(f"{origin}: missing column(s) {', '.join(missing)}")
    found: list[MunicipalitySpec] = []
    seen: set[str] = set()
    for line, row in enumerate(reader, start=2):
        where = f"{origin}: line {line}"
        code = (row.get("code") or "").strip()
        if not (len(code) == 3 and code.isdigit()):
            raise ReferenceFormatError(f"{where}: 'code' must be 3 digits, not {code!r}")
        if code in seen:
            raise ReferenceFormatError(f"{where}: code {code} is repeated")
        seen.add(code)
        name = (row.get("name") or "").strip()
        if not name:
            raise ReferenceFormatError(f"{where}: 'name' must not be empty")
        raw_region = (row.get("region") or "").strip()
        try:
            region = Region(raw_region)
        except ValueError as exc:
            raise ReferenceFormatError(f"{where}: unknown region {raw_region!r}") from exc
        iso = (row.get("iso_3166_2") or "").strip()
        if not iso.startswith("DK-"):
            raise ReferenceFormatError(f"{where}: 'iso_3166_2' must look like DK-84")
        found.append(MunicipalitySpec(code=code, name=name, region=region, iso_region=iso))
    if len(found) != MUNICIPALITY_COUNT:
        raise ReferenceFormatError(
            f"{origin}: expected {MUNICIPALITY_COUNT} municipalities, found {len(found)}"
        )
    return tuple(found)


def parse_themes(data: Mapping[str, object], *, origin: str = "themes.json") -> tuple[Theme, ...]:
    """The application themes of themes.json.

    Raises:
        ReferenceFormatError: 'themes' is not a list of objects with texts key, da and en, or
            a key repeats.
    """
    items = data.get("themes")
    if not isinstance(items, list) or not items:
        raise ReferenceFormatError(f"{origin}: 'themes' must be a non-empty list")
    themes: list[Theme] = []
    seen: set[str] = set()
    for index, raw in enumerate(items):
        where = f"{origin}: themes[{index}]"
        if not isinstance(raw, Mapping):
            raise ReferenceFormatError(f"{where} must be an object")
        texts: list[str] = []
        for field in ("key", "da", "en"):
            value = raw.get(field)
            if not isinstance(value, str) or not value.strip():
                raise ReferenceFormatError(f"{where}: {field!r} must be a non-empty text")
            texts.append(value.strip())
        key, label_da, label_en = texts
        if key in seen:
            raise ReferenceFormatError(f"{where}: key {key!r} is repeated")
        seen.add(key)
        themes.append(Theme(key=key, label_da=label_da, label_en=label_en))
    return tuple(themes)
