"""One Danish word per idea: no user-facing Danish text uses a variant the glossary forbids
(resources/i18n/glossary.json)."""

from __future__ import annotations

import ast
import dataclasses
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Message
from babel.messages.pofile import read_po

from taskforce_app.domain import report_models, workbook_models

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = json.loads((ROOT / "resources" / "i18n" / "glossary.json").read_text(encoding="utf-8"))


def _strings(value: object) -> Iterator[str]:
    """Every text inside labels, tuples, lists and dicts (keys too)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _strings(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))


def _translations() -> Iterator[tuple[str, str]]:
    tree = ET.parse(ROOT / "resources" / "i18n" / "taskforce_da.ts")
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text:
            yield "taskforce_da.ts", translation.text


def read_po_file(path: Path) -> list[Message]:
    with path.open("rb") as handle:
        return list(read_po(handle))


def _catalogue() -> Iterator[tuple[str, str]]:
    for message in read_po_file(
        ROOT / "resources" / "locale" / "da" / "LC_MESSAGES" / "taskforce.po"
    ):
        if message.id and isinstance(message.string, str):
            yield f"taskforce.po {message.id!r:.40}", message.string


def _label_tables() -> Iterator[tuple[str, str]]:
    for name, value in vars(report_models).items():
        if isinstance(value, type) and dataclasses.is_dataclass(value) and "Labels" in name:
            yield from ((f"report_models.{name}", text) for text in _strings(value()))
    for name, value in vars(workbook_models).items():
        if not name.startswith("__") and not isinstance(value, type):
            yield from ((f"workbook_models.{name}", text) for text in _strings(value))


def _cli() -> Iterator[tuple[str, str]]:
    for module in sorted((ROOT / "taskforce_app" / "cli").glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield f"cli/{module.name}:{node.lineno}", node.value


SOURCES = {
    "translations": _translations,
    "messages": _catalogue,
    "labels": _label_tables,
    "cli": _cli,
}


def _forbidden() -> list[tuple[str, re.Pattern[str]]]:
    return [
        (preferred, re.compile(rf"(?<!\w){re.escape(variant)}(?!\w)"))
        for preferred, term in GLOSSARY["terms"].items()
        for variant in term["forbidden"]
    ]


@pytest.mark.parametrize("source", sorted(SOURCES))
def test_no_forbidden_variant_in_user_facing_danish(source: str) -> None:
    texts = list(SOURCES[source]())
    assert texts, f"{source}: nothing was read"
    found = [
        f"{where}: {pattern.pattern!r} → use {preferred!r}: {text[:90]!r}"
        for where, text in texts
        for preferred, pattern in _forbidden()
        if pattern.search(text)
    ]
    assert found == []


def test_the_check_would_catch_a_variant() -> None:
    patterns = [pattern for _preferred, pattern in _forbidden()]
    assert any(pattern.search("Frø (seed):") for pattern in patterns)
    assert any(pattern.search("3 milepæle over tid") for pattern in patterns)
    assert not any(pattern.search("Seed (startværdi): 3f9a0c21") for pattern in patterns)
    assert not any(pattern.search("tiden er overskredet") for pattern in patterns)
