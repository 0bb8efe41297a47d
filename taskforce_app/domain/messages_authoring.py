"""User messages (Danish, English) for writing the analyserapport and statusrapport, and their
errors. Kept in this module (each error renders its own text) while the shared catalogue moves
to gettext."""

from __future__ import annotations

from typing import Any

from taskforce_app.domain.errors import CprNumberError, UserError

MESSAGES: dict[str, tuple[str, str]] = {
    "report.unknown_type": (
        "Rapporttypen '{value}' kendes ikke. Brug analyse eller status.",
        "The report type '{value}' is unknown. Use analyse or status.",
    ),
    "report.unknown_section": (
        "{report} har intet afsnit '{value}'.",
        "{report} has no section '{value}'.",
    ),
    "report.not_text_section": (
        "Afsnittet »{section}« laves af programmet ud fra forløbets data og kan ikke skrives i.",
        "The section »{section}« is made by the program from the forløb's data and cannot be "
        "written in.",
    ),
    "report.text_too_long": (
        "Afsnittet »{section}« må højst være {limit} tegn (der er {length}). Intet er gemt.",
        "The section »{section}« may be at most {limit} characters (it has {length}). "
        "Nothing was saved.",
    ),
    "report.cpr_in_section": (
        "Afsnittet »{section}« ser ud til at indeholde et CPR-nummer. Intet er gemt. CPR-numre "
        "og børns navne må aldrig gemmes; brug kommunens pseudonyme sagsnummer.",
        "The section »{section}« seems to contain a CPR number. Nothing was saved. CPR numbers "
        "and children's names must never be stored; use the municipality's pseudonymous case "
        "number.",
    ),
    "report.finding_elsewhere": (
        "Fundet »{finding}« hører til et andet forløb og kan ikke hentes ind i denne rapport.",
        "The finding »{finding}« belongs to another forløb and cannot be pulled into this report.",
    ),
    "report.finding_not_found": (
        "Fundet findes ikke (det kan være slettet).",
        "The finding does not exist (it may have been deleted).",
    ),
    "report.template_missing_style": (
        "Word-skabelonen {path} mangler typografien »{style}«, som rapporten bruger. Tilføj "
        "typografien i skabelonen (fx ved at kopiere den fra den medfølgende skabelon), eller "
        "brug den medfølgende skabelon.",
        "The Word template {path} lacks the style »{style}« that the report uses. Add the style "
        "to the template (e.g. copy it from the template that comes with the program), or use "
        "the template that comes with the program.",
    ),
    "report.template_unreadable": (
        "Word-skabelonen {path} kan ikke læses som et Word-dokument (.docx): {detail}",
        "The Word template {path} cannot be read as a Word document (.docx): {detail}",
    ),
}


def authoring_message(code: str, params: dict[str, Any], language: str = "da") -> str:
    """The text of `code` in `language` ("da" or "en"), filled with `params`."""
    da, en = MESSAGES.get(code, ("{detail}", "{detail}"))
    template = en if language == "en" else da
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


class ReportAuthoringError(UserError):
    """A written report's section or template cannot be used as asked; nothing was saved."""

    def message(self, language: str = "da") -> str:
        """The message in Danish (`da`, the default) or English (`en`)."""
        return authoring_message(self.error_code, self.params, language)


class SectionCprError(CprNumberError):
    """A written section holds something that looks like a CPR number; the section is named."""

    code = "report.cpr_in_section"

    def message(self, language: str = "da") -> str:
        """The message in Danish (`da`, the default) or English (`en`)."""
        return authoring_message(self.error_code, self.params, language)
