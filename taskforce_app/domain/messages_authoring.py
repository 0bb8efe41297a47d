"""User messages (English msgids; Danish in resources/locale) for writing the analyserapport
and statusrapport, and their errors (each renders its text from this module)."""

from __future__ import annotations

from typing import Any

from taskforce_app.domain.errors import CprNumberError, UserError, render_message
from taskforce_app.domain.text import N_, Language

MESSAGES: dict[str, str] = {
    "report.unknown_type": N_("The report type '{value}' is unknown. Use analyse or status."),
    "report.unknown_section": N_("{report} has no section '{value}'."),
    "report.not_text_section": N_(
        "The section »{section}« is made by the program from the forløb's data and cannot"
        " be written in."
    ),
    "report.text_too_long": N_(
        "The section »{section}« may be at most {limit} characters (it has {length}). "
        "Nothing was saved."
    ),
    "report.cpr_in_section": N_(
        "The section »{section}« seems to contain a CPR number. Nothing was saved. CPR "
        "numbers and children's names must never be stored; use the municipality's "
        "pseudonymous case number."
    ),
    "report.finding_elsewhere": N_(
        "The finding »{finding}« belongs to another forløb and cannot be pulled into this report."
    ),
    "report.finding_not_found": N_("The finding does not exist (it may have been deleted)."),
    "report.section_changed": N_(
        "{who} changed the section »{section}« on {when}, after you opened it. Your text was"
        " not saved, so that their text is not lost."
    ),
    "report.template_missing_style": N_(
        "The Word template {path} lacks the style »{style}« that the report uses. Add the"
        " style to the template (e.g. copy it from the template that comes with the "
        "program), or use the template that comes with the program."
    ),
    "report.template_unreadable": N_(
        "The Word template {path} cannot be read as a Word document (.docx): {detail}"
    ),
}


def authoring_message(code: str, params: dict[str, Any], language: Language = "da") -> str:
    """The text of `code` in `language` ("da" or "en"), filled with `params`."""
    return render_message(code, params, language, MESSAGES)


class ReportAuthoringError(UserError):
    """A written report's section or template cannot be used as asked; nothing was saved."""

    def message(self, language: Language = "da") -> str:
        """The message in Danish (`da`, the default) or English (`en`)."""
        return authoring_message(self.error_code, self.params, language)


class SectionCprError(CprNumberError):
    """A written section holds something that looks like a CPR number; the section is named."""

    code = "report.cpr_in_section"

    def message(self, language: Language = "da") -> str:
        """The message in Danish (`da`, the default) or English (`en`)."""
        return authoring_message(self.error_code, self.params, language)


class SectionChangedError(ReportAuthoringError):
    """The section was saved by someone else after the editor loaded it; nothing was saved.

    `params` name the section, who changed it (`who`) and when (`when`, local time).
    """

    code = "report.section_changed"
