"""`--help` follows `--lang` like the rest of the CLI: Danish by default, English on request, for
the program and every command and sub-action; argparse's own words and usage errors too."""

from __future__ import annotations

import argparse
import gettext
import inspect
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from taskforce_app.cli import build_parser, main
from taskforce_app.cli.parser_language import ARGPARSE_WORDS

ROOT = Path(__file__).resolve().parents[2]
DANISH_PO = ROOT / "resources" / "locale" / "da" / "LC_MESSAGES" / "taskforce.po"
SYMBOLS = {"ABC", "DB", "DOCX", "HH:MM", "ID", "N", "YYYY-MM-DD", "export|import"}
"""The metavars that are symbols, not words: the same in every language."""
DANISH_LETTERS = re.compile("[æøåÆØÅ]")
FLAG_OR_METAVAR = re.compile(r"-{1,2}[a-z][\w-]*|[A-Z][A-Z0-9_:-]*|\{[\w,]+\}|\.\.\.|\||")


def _subparsers(
    parser: argparse.ArgumentParser,
) -> Iterator[argparse._SubParsersAction[argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield action


def _paths(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[str, ...]]:
    """The words that reach each parser: the program, each command, each sub-action."""
    yield path
    for action in _subparsers(parser):
        for name, sub in action.choices.items():
            yield from _paths(sub, (*path, name))


def _help_texts(parser: argparse.ArgumentParser) -> Iterator[str]:
    """Every help text, description and worded metavar of `parser` and below it."""
    for text in (parser.description, parser.epilog):
        if text:
            yield text
    for action in parser._actions:
        if action.help:
            yield action.help
        if isinstance(action.metavar, str) and action.metavar not in SYMBOLS:
            yield action.metavar
    for action in _subparsers(parser):
        yield from (choice.help for choice in action._choices_actions if choice.help)
        for sub in action.choices.values():
            yield from _help_texts(sub)


COMMAND_PATHS = list(_paths(build_parser()))
COMMAND_NAMES = {name for path in COMMAND_PATHS for name in path}


def _help(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    captured = capsys.readouterr()
    assert (exit_.value.code, captured.err) == (0, "")
    return captured.out


def _only_flags_and_metavars(line: str) -> bool:
    """A line that names options, metavars or commands and says nothing to translate."""
    words = (word.strip("[],") for word in line.split())
    return all(
        FLAG_OR_METAVAR.fullmatch(word) or set(word.split("|")) <= COMMAND_NAMES for word in words
    )


def _untranslated(danish: str, english: str) -> list[str]:
    """Danish help lines that are English lines word for word, not counting those that only
    name flags and metavars."""
    english_lines = set(english.splitlines())
    return [
        line
        for line in danish.splitlines()
        if line in english_lines and not _only_flags_and_metavars(line)
    ]


def test_every_command_is_walked() -> None:
    assert () in COMMAND_PATHS
    assert ("list",) in COMMAND_PATHS
    assert ("package", "export") in COMMAND_PATHS
    assert ("consultants", "deactivate") in COMMAND_PATHS
    assert len(COMMAND_PATHS) >= 25


@pytest.mark.parametrize("path", COMMAND_PATHS, ids=lambda path: " ".join(path) or "program")
def test_help_is_danish_by_default_and_english_on_request(
    capsys: pytest.CaptureFixture[str], path: tuple[str, ...]
) -> None:
    danish = _help(capsys, [*path, "--help"])
    english = _help(capsys, ["--lang", "en", *path, "--help"])
    assert danish.startswith("brug: taskforce-app")
    assert english.startswith("usage: taskforce-app")
    assert "tilvalg:" in danish
    assert "vis denne hjælp og afslut" in danish
    assert _untranslated(danish, english) == []
    assert DANISH_LETTERS.findall(english) == []


@pytest.mark.parametrize("path", [("list",), ("consultants", "add"), ("package", "import")])
def test_lang_after_the_command_gives_the_same_help(
    capsys: pytest.CaptureFixture[str], path: tuple[str, ...]
) -> None:
    before = _help(capsys, ["--lang", "en", *path, "--help"])
    assert _help(capsys, [*path, "--lang", "en", "--help"]) == before
    assert _help(capsys, [*path, "--lang=da", "--help"]) == _help(capsys, [*path, "--help"])


def test_the_program_help_names_the_commands_in_danish(capsys: pytest.CaptureFixture[str]) -> None:
    danish = _help(capsys, ["--help"])
    assert "positionelle argumenter:" in danish
    assert re.search(r"^    list +vis forløbene$", danish, re.MULTILINE)
    assert "KOMMANDO" in danish
    assert "'taskforce-app KOMMANDO --help' beskriver en kommando." in danish


def test_the_check_would_catch_an_untranslated_help_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    danish = _help(capsys, ["list", "--help"])
    english = _help(capsys, ["--lang", "en", "list", "--help"])
    stray = next(line for line in english.splitlines() if "include deleted engagements" in line)
    assert _untranslated(f"{danish}{stray}\n", english) == [stray]
    assert _only_flags_and_metavars("  --engagement ID_ELLER_KOMMUNE")
    assert _only_flags_and_metavars("  [--stratify-by {case_type,measure}] [--dry-run]")
    assert not _only_flags_and_metavars("  --json                machine-readable output")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("da", "taskforce-app: følgende argumenter skal angives: --round, --method, --seed"),
        ("en", "taskforce-app: the following arguments are required: --round, --method, --seed"),
    ],
)
def test_argparse_usage_errors_follow_the_language(
    capsys: pytest.CaptureFixture[str], language: str, expected: str
) -> None:
    assert main(["sample", "--lang", language]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(expected)


def test_an_invalid_choice_is_worded_in_danish(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "pdf2", "-o", "x.pdf"]) == 2
    err = capsys.readouterr().err
    assert "ugyldigt valg: 'pdf2' (vælg mellem 'pdf', 'docx'" in err
    assert "invalid choice" not in err


def test_argparse_is_given_back_its_own_gettext(capsys: pytest.CaptureFixture[str]) -> None:
    _help(capsys, ["--help"])
    assert vars(argparse)["_"] is gettext.gettext
    assert vars(argparse)["ngettext"] is gettext.ngettext
    assert "usage: " in argparse.ArgumentParser(prog="x").format_help()


def test_the_help_words_we_translate_are_argparse_msgids() -> None:
    source = inspect.getsource(argparse)
    for word in ("usage: ", "options", "positional arguments", "show this help message and exit"):
        assert word in ARGPARSE_WORDS
        assert f"_({word!r})" in source


def test_every_help_text_is_a_msgid_with_danish() -> None:
    with DANISH_PO.open("rb") as handle:
        danish = {
            str(message.id): message.string
            for message in read_po(handle)
            if message.id and not message.context
        }
    texts = set(_help_texts(build_parser()))
    assert len(texts) > 100
    assert [text for text in sorted(texts) if not danish.get(text)] == []
    assert [word for word in ARGPARSE_WORDS if not danish.get(word)] == []
