"""What every command shares: exit codes, the usage error, JSON and tables."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import TextIO

from taskforce_app.domain.errors import UserError
from taskforce_app.domain.text import Language, translate

EXIT_OK = 0
EXIT_BUG = 1
EXIT_USER = 2


class UsageError(UserError):
    """The command line itself is wrong: `detail` is a msgid (marked with N_()), filled with
    the other parameters in the language shown."""

    code = "cli.usage"

    def message(self, language: Language = "da") -> str:
        """The problem in `language`."""
        params = dict(self.params)
        text = translate(str(params.pop("detail", "")), language)
        return text.format(**params) if params else text


def iso_date(value: date | None) -> str | None:
    """`value` as YYYY-MM-DD for JSON, or None."""
    return None if value is None else value.isoformat()


def write_json(out: TextIO, payload: object) -> None:
    """`payload` as indented JSON (UTF-8 as it is) and a newline."""
    json.dump(payload, out, ensure_ascii=False, indent=2)
    out.write("\n")


def print_table(out: TextIO, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """`rows` under `header`, in columns as wide as their widest cell."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=False)]
    for line in (header, *rows):
        print(
            "  ".join(
                str(cell).ljust(width) for cell, width in zip(line, widths, strict=True)
            ).rstrip(),
            file=out,
        )
