"""All ORM models; importing this package registers every table on `Base.metadata`."""

from taskforce_app.persistence.models.applications import Application, ApplicationRound
from taskforce_app.persistence.models.audit import AuditEvent, KeyFigure
from taskforce_app.persistence.models.cases import (
    Assessment,
    Case,
    CaseListImport,
    ReviewRound,
    SampledCase,
)
from taskforce_app.persistence.models.engagements import (
    Engagement,
    Milestone,
    MunicipalContact,
    PhasePeriod,
    TeamMember,
)
from taskforce_app.persistence.models.exports import WorkbookExport
from taskforce_app.persistence.models.findings import (
    Finding,
    FindingCriterion,
    FindingEvidence,
    Recommendation,
    RecommendationUpdate,
    ReviewNote,
)
from taskforce_app.persistence.models.reference import (
    Consultant,
    CriteriaSet,
    Criterion,
    Municipality,
    Setting,
)
from taskforce_app.persistence.models.reports import ReportSectionText
from taskforce_app.persistence.models.retention import PurgeRecord, ResultCount

__all__ = [
    "Application",
    "ApplicationRound",
    "Assessment",
    "AuditEvent",
    "Case",
    "CaseListImport",
    "Consultant",
    "CriteriaSet",
    "Criterion",
    "Engagement",
    "Finding",
    "FindingCriterion",
    "FindingEvidence",
    "KeyFigure",
    "Milestone",
    "MunicipalContact",
    "Municipality",
    "PhasePeriod",
    "PurgeRecord",
    "Recommendation",
    "RecommendationUpdate",
    "ReportSectionText",
    "ResultCount",
    "ReviewNote",
    "ReviewRound",
    "SampledCase",
    "Setting",
    "TeamMember",
    "WorkbookExport",
]
