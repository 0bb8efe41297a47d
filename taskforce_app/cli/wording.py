"""How the commands word what they show: catalogue texts in the chosen language, Danish dates."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TextIO

from taskforce_app.domain.text import N_, translate


def language_of(args: argparse.Namespace) -> str:
    """The language the command's output is in (`--lang`, Danish by default)."""
    language = getattr(args, "lang", None)
    return language if language in ("da", "en") else "da"


def text(msgid: str, language: str, **params: object) -> str:
    """`msgid` (marked with N_()) in `language`, filled with `params`."""
    return translate(msgid, language).format(**params)


def texts(language: str, *messages: str) -> tuple[str, ...]:
    """`messages` (msgids) in `language`."""
    return tuple(translate(message, language) for message in messages)


def say(out: TextIO, msgid: str, language: str, **params: object) -> None:
    """Print `msgid` in `language`, filled with `params`, as a line of `out`."""
    print(text(msgid, language, **params), file=out)


def written(path: Path, language: str) -> str:
    """'Written: <path>' in `language`."""
    return text(N_("Written: {path}"), language, path=path)


def danish_date(value: date | None) -> str:
    """`value` as DD-MM-YYYY for a table, or an empty cell."""
    return "" if value is None else value.strftime("%d-%m-%Y")
