"""Display texts for domain codes, translated through Qt (English source strings)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from taskforce_app.domain.enums import Phase, RecommendationStatus, Region

DATE_FORMAT = "%d-%m-%Y"


def phase_label(phase: Phase) -> str:
    """The translated name of a phase."""
    labels = {
        Phase.OPSTART: QCoreApplication.translate("Phase", "Start-up"),
        Phase.ANALYSE: QCoreApplication.translate("Phase", "Analysis"),
        Phase.AFRAPPORTERING: QCoreApplication.translate("Phase", "Reporting"),
        Phase.UDVIKLING: QCoreApplication.translate("Phase", "Development"),
        Phase.STATUSMAALING: QCoreApplication.translate("Phase", "Status measurement"),
        Phase.STATUSRAPPORT: QCoreApplication.translate("Phase", "Status report"),
        Phase.AFSLUTTET: QCoreApplication.translate("Phase", "Closed"),
    }
    return labels[phase]


def region_label(region: Region) -> str:
    """A region's proper name without the word "Region" (it is the column's name)."""
    return region.value.removeprefix("Region ")


def date_text(value: date | None) -> str:
    """A date as dd-mm-yyyy, or an empty text."""
    return "" if value is None else value.strftime(DATE_FORMAT)


_DANISH_LETTERS = str.maketrans({"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}", "ü": "y"})


def danish_sort_key(text: str) -> str:
    """A key that sorts names the Danish way: … x y z æ ø å, with "aa" counted as "å"."""
    return text.casefold().replace("aa", "å").translate(_DANISH_LETTERS)


def recommendation_status_label(status: RecommendationStatus) -> str:
    """The translated name of a recommendation status."""
    return {
        RecommendationStatus.NOT_STARTED: QCoreApplication.translate(
            "RecommendationStatus", "Not started"
        ),
        RecommendationStatus.IN_PROGRESS: QCoreApplication.translate(
            "RecommendationStatus", "In progress"
        ),
        RecommendationStatus.DONE: QCoreApplication.translate("RecommendationStatus", "Done"),
        RecommendationStatus.ABANDONED: QCoreApplication.translate(
            "RecommendationStatus", "Abandoned"
        ),
    }[status]
