"""The gettext catalogue of the texts outside Qt: every msgid in the code has Danish, and a
missing or broken .mo leaves the texts in English with one warning, never a crash."""

from __future__ import annotations

import logging
import runpy
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

from taskforce_app import catalogue
from taskforce_app.domain import text
from taskforce_app.domain.errors import ValidationError
from taskforce_app.domain.field_labels import column_label

ROOT = Path(__file__).resolve().parents[2]
UPDATE = runpy.run_path(str(ROOT / "resources" / "locale" / "update_catalogue.py"))
COMPILE = runpy.run_path(str(ROOT / "resources" / "locale" / "compile_catalogues.py"))


def _key(message_id: object, context: str | None) -> tuple[str | None, str]:
    return context, str(message_id)


@pytest.fixture(scope="module")
def extracted() -> Catalog:
    catalog: Catalog = UPDATE["extract"]()
    return catalog


@pytest.fixture(scope="module")
def danish() -> Catalog:
    catalog: Catalog = UPDATE["read"]()
    return catalog


def test_babel_finds_the_msgids_of_the_code(extracted: Catalog) -> None:
    ids = {str(message.id) for message in extracted if message.id}
    assert len(ids) > 300
    assert "{field} is required." in ids  # errors.py
    assert "The lock was not taken over." in ids
    assert not any("tr(" in message for message in ids)


def test_every_msgid_in_the_code_has_danish(extracted: Catalog, danish: Catalog) -> None:
    translated = {
        _key(message.id, message.context): message.string
        for message in danish
        if message.id and message.string and not message.fuzzy
    }
    missing = [
        _key(message.id, message.context)
        for message in extracted
        if message.id and _key(message.id, message.context) not in translated
    ]
    assert missing == []


def test_the_danish_catalogue_holds_no_msgid_the_code_lost(
    extracted: Catalog, danish: Catalog
) -> None:
    used = {_key(message.id, message.context) for message in extracted if message.id}
    stale = [
        _key(message.id, message.context)
        for message in danish
        if message.id and _key(message.id, message.context) not in used
    ]
    assert stale == []


def _fields(template: str) -> set[str]:
    """The placeholders; `field_en` (the sampling note passes each language its own name of the
    stratum field) counts as `field`."""
    names = {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}
    return {"field" if name == "field_en" else name for name in names}


def test_each_translation_has_the_placeholders_of_its_msgid(danish: Catalog) -> None:
    differ = [
        str(message.id)
        for message in danish
        if message.id and _fields(str(message.id)) != _fields(str(message.string))
    ]
    assert differ == []


def test_the_check_would_catch_a_msgid_without_danish(danish: Catalog) -> None:
    danish_ids = {str(message.id) for message in danish}
    assert "A msgid nobody translated" not in danish_ids
    assert UPDATE["untranslated"](danish) == []
    danish.add("A msgid nobody translated")
    assert UPDATE["untranslated"](danish) == ["A msgid nobody translated"]


@pytest.fixture
def restore_loader() -> Iterator[None]:
    yield
    catalogue.register()


def _danish_message() -> str:
    field = column_label("engagement", "title")
    return ValidationError("value.required", field=field).message("da")


def test_the_shipped_catalogue_gives_danish(restore_loader: None) -> None:
    catalogue.register()
    assert _danish_message() == "Titel skal udfyldes."


def test_a_missing_mo_gives_english_and_one_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, restore_loader: None
) -> None:
    catalogue.register(tmp_path)
    with caplog.at_level(logging.WARNING, logger="taskforce_app.catalogue"):
        first = _danish_message()
        second = _danish_message()
    assert first == second == "Title is required."
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "English" in warnings[0].getMessage()


@pytest.mark.parametrize("content", [b"", b"not a catalogue at all", b"\xde\x12\x04\x95" * 3])
def test_a_broken_mo_gives_english_and_one_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, restore_loader: None, content: bytes
) -> None:
    path = catalogue.mo_path("da", tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    catalogue.register(tmp_path)
    with caplog.at_level(logging.WARNING, logger="taskforce_app.catalogue"):
        assert _danish_message() == "Title is required."
        assert text.translate("The lock was not taken over.", "da") == (
            "The lock was not taken over."
        )
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1


def test_the_compiled_mo_is_read_back(tmp_path: Path, restore_loader: None) -> None:
    built = COMPILE["compile_catalogues"](ROOT / "resources" / "locale", tmp_path)
    assert [path.relative_to(tmp_path).as_posix() for path in built] == [
        "da/LC_MESSAGES/taskforce.mo"
    ]
    catalogue.register(tmp_path)
    assert _danish_message() == "Titel skal udfyldes."
