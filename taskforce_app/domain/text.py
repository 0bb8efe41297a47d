"""Texts shown outside Qt (CLI, messages, PDF and workbook labels): English msgids, translated by
a gettext catalogue per language.

The domain marks its texts with `N_()` or `NC_()` (extracted by Babel) and looks them up with
`translate()`. It never reads a file: the catalogues come from a loader installed by the
package (`taskforce_app.catalogue`), which reads the compiled `.mo` once per language. English
is the msgids themselves; a language without a catalogue falls back to English.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable, Mapping
from enum import Enum
from typing import TypeVar

Language = str  # "da" or "en"

SOURCE_LANGUAGE: Language = "en"
"""The language of the msgids: it needs no catalogue."""

E = TypeVar("E", bound=Enum)
Loader = Callable[[Language], gettext.NullTranslations]

_catalogues: dict[Language, gettext.NullTranslations] = {}
_loader: Loader | None = None


def N_(message: str) -> str:
    """Mark `message` as a msgid to extract; it is translated where it is shown."""
    return message


def NC_(context: str, message: str) -> str:
    """Mark `message` as a msgid of `context` (one English word, two Danish ones)."""
    del context
    return message


def install_loader(loader: Loader | None) -> None:
    """Use `loader` to read a language's catalogue on first use; forget those already read."""
    global _loader
    _loader = loader
    _catalogues.clear()


def catalogue(language: Language) -> gettext.NullTranslations:
    """The catalogue of `language` (read once through the loader; none: the msgids)."""
    found = _catalogues.get(language)
    if found is None:
        if language == SOURCE_LANGUAGE or _loader is None:
            found = gettext.NullTranslations()
        else:
            found = _loader(language)
        _catalogues[language] = found
    return found


def translate(message: str, language: Language, context: str | None = None) -> str:
    """`message` (an English msgid, of `context` if given) in `language`; the msgid itself when
    it has no translation."""
    if not message:
        return message
    if context is not None:
        return catalogue(language).pgettext(context, message)
    return catalogue(language).gettext(message)


def shipped_text(danish: str, english: str, language: Language) -> str:
    """A text of the reference data, shipped in both languages rather than as a msgid, in
    `language` (English for English, else Danish)."""
    return english if language == SOURCE_LANGUAGE else danish


def label(value: E, table: Mapping[E, str], language: Language) -> str:
    """The label of an enum member from its table of msgids, in `language`."""
    return translate(table[value], language)
