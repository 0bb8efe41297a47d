"""The command line's help and usage errors in the language of the run.

Our help texts, descriptions and metavars are English msgids (marked with N_()) translated by
`HelpFormatter` when the help is printed. argparse's own words ("usage: ", "options", its error
messages) go through its module-level gettext functions `_` and `ngettext`, the hook the Python
documentation names for translating argparse ("How to translate the argparse output");
`speaking()` points them at our catalogue while the parser is built and run, and puts them
back afterwards.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from taskforce_app.domain.text import N_, SOURCE_LANGUAGE, Language, catalogue, translate

ARGPARSE_WORDS: tuple[str, ...] = (
    N_("usage: "),
    N_("options"),
    N_("positional arguments"),
    N_("show this help message and exit"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)
"""argparse's own msgids (Python's argparse.py) that our commands can show, so that Babel
extracts them into our catalogue; any other argparse text stays English."""

_language: ContextVar[Language] = ContextVar("cli_language", default=SOURCE_LANGUAGE)


def current_language() -> Language:
    """The language the command line speaks now (English outside `speaking()`)."""
    return _language.get()


@contextmanager
def speaking(language: Language) -> Iterator[None]:
    """Within this block the parser is built, prints its help and words its errors in
    `language`."""
    found = catalogue(language)
    ours: dict[str, Callable[..., str]] = {"_": found.gettext, "ngettext": found.ngettext}
    saved: dict[str, Callable[..., str]] = {name: getattr(argparse, name) for name in ours}
    token = _language.set(language)
    _install(ours)
    try:
        yield
    finally:
        _install(saved)
        _language.reset(token)


def _install(functions: dict[str, Callable[..., str]]) -> None:
    """Bind argparse's gettext functions (`_`, `ngettext`) to `functions`."""
    for name, function in functions.items():
        setattr(argparse, name, function)


def _word(message: str) -> str:
    """`message` (a msgid or any other text, kept as it is) in the current language."""
    return translate(message, current_language())


class HelpFormatter(argparse.HelpFormatter):
    """argparse's layout with our help texts, descriptions and metavars translated."""

    def add_text(self, text: str | None) -> None:
        """A description or epilog, translated."""
        super().add_text(_word(text) if text and text != argparse.SUPPRESS else text)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return _word(action.help) if action.help else action.help

    def _metavar_formatter(
        self, action: argparse.Action, default_metavar: str
    ) -> Callable[[int], tuple[str, ...]]:
        english = super()._metavar_formatter(action, default_metavar)

        def translated(count: int) -> tuple[str, ...]:
            return tuple(_word(part) for part in english(count))

        return translated
