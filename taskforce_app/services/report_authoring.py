"""Writing a forløb's analyserapport and statusrapport: the sections of each report type with
what is written in them, saving a section's text (one operation, undoable), its status, pulling
a finding into the conclusions, and writing the report as Word or PDF from one document."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from taskforce_app import paths
from taskforce_app.domain.changes import Changes, Entity
from taskforce_app.domain.errors import CprNumberError
from taskforce_app.domain.messages_authoring import (
    ReportAuthoringError,
    SectionChangedError,
    SectionCprError,
)
from taskforce_app.domain.report_builder import build_document
from taskforce_app.domain.report_document import ReportDocument
from taskforce_app.domain.report_markup import append_text, finding_markup
from taskforce_app.domain.report_templates import (
    TEXT_MAX,
    ReportTemplate,
    ReportType,
    SectionState,
    SectionStatus,
    SectionTemplate,
    SectionText,
    SectionVersion,
    parse_report_template,
)
from taskforce_app.domain.text import Language
from taskforce_app.exporters.atomic import check_target, write_atomically
from taskforce_app.persistence.database import Database
from taskforce_app.persistence.models import Consultant, Finding, Recommendation
from taskforce_app.persistence.models.reports import ReportSectionText
from taskforce_app.persistence.types import utc_now
from taskforce_app.services._rows import load_engagement
from taskforce_app.services.findings import FindingService
from taskforce_app.services.reports import ReportService, fonts_dir
from taskforce_app.services.resources import read_json


def reports_dir() -> Path:
    """Where the report templates (and the Word template) live."""
    return paths.resources_dir() / "reports"


def default_word_template() -> Path:
    """The Word template shipped with the program."""
    return reports_dir() / "template.docx"


@cache
def load_report_template(report_type: ReportType) -> ReportTemplate:
    """The sections of `report_type` from resources/reports/<type>.json.

    Raises:
        ReportTemplateError: the file is malformed (a broken installation).
    """
    return parse_report_template(read_json(reports_dir() / f"{report_type.value}.json"))


def report_type_of(value: str) -> ReportType:
    """The report type named `value` ("analyse" or "status").

    Raises:
        ReportAuthoringError: an unknown name.
    """
    try:
        return ReportType(value.strip().lower())
    except ValueError as exc:
        raise ReportAuthoringError("report.unknown_type", value=value) from exc


class ReportAuthoringService:
    """The written reports of a forløb."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def template(self, report_type: ReportType) -> ReportTemplate:
        """The sections of `report_type`."""
        return load_report_template(report_type)

    def sections(self, engagement_id: uuid.UUID, report_type: ReportType) -> list[SectionState]:
        """Every section of the report in order, each with its written text and status.

        Raises:
            NotFoundError: no such forløb.
        """
        template = self.template(report_type)
        with self._db.read() as session:
            load_engagement(session, engagement_id)
            stored = _stored(session, engagement_id, report_type)
        return [
            SectionState(engagement_id, report_type, section, stored.get(section.id))
            for section in template.sections
        ]

    def section(
        self, engagement_id: uuid.UUID, report_type: ReportType, section_id: str
    ) -> SectionState:
        """One section with its text and status.

        Raises:
            ReportAuthoringError: the report type has no such section.
            NotFoundError: no such forløb.
        """
        template = self._section_template(report_type, section_id)
        with self._db.read() as session:
            load_engagement(session, engagement_id)
            stored = _stored(session, engagement_id, report_type).get(section_id)
        return SectionState(engagement_id, report_type, template, stored)

    def save_text(
        self,
        engagement_id: uuid.UUID,
        report_type: ReportType,
        section_id: str,
        text: str,
        *,
        loaded: SectionVersion | None = None,
    ) -> tuple[SectionState, Changes]:
        """Store the section's text as the working consultant's change (one operation).

        Saving the same text again changes nothing. A changed text of an approved section is
        a draft again: the approval was of the text as it was. With `loaded` (the version the
        editor read), the save is refused when someone saved the section after that version:
        the last save does not silently win.

        Raises:
            SectionChangedError: the stored section is newer than `loaded` (who and when are
                named; nothing saved).
            ReportAuthoringError: no such text section, or the text is too long.
            SectionCprError: the text holds a CPR number (the section is named; nothing saved).
            NotFoundError: no such forløb.
        """
        section = self._text_section(report_type, section_id)
        if len(text) > TEXT_MAX:
            raise ReportAuthoringError(
                "report.text_too_long", section=section.title, limit=TEXT_MAX, length=len(text)
            )
        with _refusing_cpr(section), self._db.write() as session:
            load_engagement(session, engagement_id)
            row = _row(session, engagement_id, report_type, section_id)
            if row is not None and row.text == text:
                return self.section(engagement_id, report_type, section_id), Changes()
            if loaded is not None:
                _refuse_if_newer(session, section, row, loaded)
            if row is None:
                row = _new_row(session, engagement_id, report_type, section_id)
            elif row.status is SectionStatus.APPROVED:
                row.status = SectionStatus.DRAFT
            row.text = text
            self._stamp(session, row)
        return self._saved(engagement_id, report_type, section_id, row.id)

    def set_status(
        self,
        engagement_id: uuid.UUID,
        report_type: ReportType,
        section_id: str,
        status: SectionStatus,
    ) -> tuple[SectionState, Changes]:
        """Set the section's status (udkast, klar, godkendt) as the working consultant.

        Raises:
            ReportAuthoringError: no such text section.
            NotFoundError: no such forløb.
        """
        self._text_section(report_type, section_id)
        with self._db.write() as session:
            load_engagement(session, engagement_id)
            row = _row(session, engagement_id, report_type, section_id)
            if row is not None and row.status is status:
                return self.section(engagement_id, report_type, section_id), Changes()
            if row is None:
                row = _new_row(session, engagement_id, report_type, section_id)
            row.status = status
            self._stamp(session, row)
        return self._saved(engagement_id, report_type, section_id, row.id)

    def pull_finding(
        self,
        engagement_id: uuid.UUID,
        report_type: ReportType,
        finding_id: uuid.UUID,
        section_id: str | None = None,
    ) -> tuple[SectionState, Changes]:
        """Append a finding's text (title, description, evidence, recommendations) to the
        conclusions (or to `section_id`), as one operation the consultant can edit or undo.

        A finding already in the section (its heading is there) is not added again: the
        section is returned as it is, with no changes.

        Raises:
            ReportAuthoringError: the finding is unknown or of another forløb, or no such text
                section.
            SectionCprError: the resulting text holds a CPR number.
        """
        template = self.template(report_type)
        target = section_id or template.conclusions
        self._text_section(report_type, target)
        with self._db.read() as session:
            row = session.get(Finding, finding_id)
            if row is None or row.deleted_at is not None:
                raise ReportAuthoringError("report.finding_not_found")
            if row.engagement_id != engagement_id:
                raise ReportAuthoringError("report.finding_elsewhere", finding=row.title)
            texts = tuple(
                session.scalars(
                    select(Recommendation.text)
                    .where(Recommendation.finding_id == finding_id)
                    .order_by(Recommendation.created_at)
                )
            )
        finding = FindingService(self._db).get(finding_id)
        current = self.section(engagement_id, report_type, target)
        addition = finding_markup(finding, texts)
        if _holds_finding(current.text, addition):
            return current, Changes()
        return self.save_text(
            engagement_id, report_type, target, append_text(current.text, addition)
        )

    def document(
        self,
        engagement_id: uuid.UUID,
        report_type: ReportType,
        *,
        today: date | None = None,
        language: Language = "da",
    ) -> ReportDocument:
        """The report as one renderer-neutral document (for Word and PDF alike), its titles and
        fixed texts in `language` ("da" or "en"; the consultants' text as written).

        Raises:
            NotFoundError: no such forløb.
        """
        template = self.template(report_type)
        model = ReportService(self._db).build(engagement_id, today=today, language=language)
        texts = {
            state.template.id: state.stored
            for state in self.sections(engagement_id, report_type)
            if state.stored is not None
        }
        return build_document(template, model, texts)

    def export_docx(
        self,
        engagement_id: uuid.UUID,
        report_type: ReportType,
        path: str | Path,
        *,
        template: Path | None = None,
        today: date | None = None,
        language: Language = "da",
    ) -> Path:
        """Write the report as a Word document in `language`; the file appears only once it is
        complete.

        Raises:
            ReportAuthoringError: the Word template cannot be read or lacks a style (named).
            UserError: the folder is missing or not writable, or the file cannot be replaced.
            NotFoundError: no such forløb.
        """
        from taskforce_app.exporters.docx_report import open_template, write_docx

        target = Path(path)
        word_template = template or default_word_template()
        open_template(word_template)
        check_target(target)
        document = self.document(engagement_id, report_type, today=today, language=language)

        def write(partial: Path) -> None:
            write_docx(document, partial, template=word_template, fonts_dir=fonts_dir())

        return write_atomically(target, write)

    def export_pdf(
        self,
        engagement_id: uuid.UUID,
        report_type: ReportType,
        path: str | Path,
        *,
        today: date | None = None,
        language: Language = "da",
    ) -> Path:
        """Write the report as a PDF in `language` (the same content as the Word document).

        Raises:
            UserError: the folder is missing or not writable, or the file cannot be replaced.
            NotFoundError: no such forløb.
        """
        from taskforce_app.exporters.pdf_authored import write_authored_pdf

        target = Path(path)
        check_target(target)
        document = self.document(engagement_id, report_type, today=today, language=language)

        def write(partial: Path) -> None:
            write_authored_pdf(document, partial, fonts_dir=fonts_dir())

        return write_atomically(target, write)

    def _section_template(self, report_type: ReportType, section_id: str) -> SectionTemplate:
        template = self.template(report_type)
        section = template.section(section_id)
        if section is None:
            raise ReportAuthoringError(
                "report.unknown_section", report=template.title, value=section_id
            )
        return section

    def _text_section(self, report_type: ReportType, section_id: str) -> SectionTemplate:
        section = self._section_template(report_type, section_id)
        if not section.is_text:
            raise ReportAuthoringError("report.not_text_section", section=section.title)
        return section

    def _stamp(self, session: Session, row: ReportSectionText) -> None:
        """Record the working consultant and the time on a changed section (flushed)."""
        actor = session.info.get("actor_id")
        row.changed_by_id = actor if isinstance(actor, uuid.UUID) else None
        row.changed_at = utc_now()
        session.flush()

    def _saved(
        self, engagement_id: uuid.UUID, report_type: ReportType, section_id: str, row_id: uuid.UUID
    ) -> tuple[SectionState, Changes]:
        """The section as saved, and what changed."""
        changes = Changes.of(Entity.ENGAGEMENT, engagement_id, row_id)
        return self.section(engagement_id, report_type, section_id), changes


@contextmanager
def _refusing_cpr(section: SectionTemplate) -> Iterator[None]:
    """Turn the CPR guard's refusal of a section's text into one naming the section."""
    try:
        yield
    except SectionCprError:
        raise
    except CprNumberError as error:
        raise SectionCprError(
            section=section.title,
            field=error.params.get("field", ""),
            column=error.params.get("column", ""),
        ) from error


def _refuse_if_newer(
    session: Session,
    section: SectionTemplate,
    row: ReportSectionText | None,
    loaded: SectionVersion,
) -> None:
    """Raise SectionChangedError when `row` was saved after the version the editor loaded."""
    stored = row.changed_at if row is not None else None
    if row is None or stored == loaded.changed_at:
        return
    person = session.get(Consultant, row.changed_by_id) if row.changed_by_id else None
    when = stored.astimezone().strftime("%d-%m-%Y %H:%M") if stored is not None else ""
    raise SectionChangedError(
        section=section.title,
        who=f"{person.initials} {person.name}" if person is not None else "?",
        when=when,
    )


def _holds_finding(text: str, addition: str) -> bool:
    """True when `text` already holds the pulled finding `addition`: the whole of it, or its
    heading line (the consultant may have edited the text under it)."""
    if addition.strip() in text:
        return True
    heading = addition.split("\n", 1)[0].strip()
    return any(line.strip() == heading for line in text.splitlines())


def _row(
    session: Session, engagement_id: uuid.UUID, report_type: ReportType, section_id: str
) -> ReportSectionText | None:
    return session.scalar(
        select(ReportSectionText).where(
            ReportSectionText.engagement_id == engagement_id,
            ReportSectionText.report_type == report_type,
            ReportSectionText.section_id == section_id,
        )
    )


def _new_row(
    session: Session, engagement_id: uuid.UUID, report_type: ReportType, section_id: str
) -> ReportSectionText:
    """A new, empty draft of the section, added to `session`."""
    row = ReportSectionText(
        id=uuid.uuid4(),
        engagement_id=engagement_id,
        report_type=report_type,
        section_id=section_id,
        text="",
        status=SectionStatus.DRAFT,
    )
    session.add(row)
    return row


def _stored(
    session: Session, engagement_id: uuid.UUID, report_type: ReportType
) -> dict[str, SectionText]:
    rows = session.execute(
        select(ReportSectionText, Consultant)
        .outerjoin(Consultant, ReportSectionText.changed_by_id == Consultant.id)
        .where(
            ReportSectionText.engagement_id == engagement_id,
            ReportSectionText.report_type == report_type,
        )
    ).all()
    return {
        row.section_id: SectionText(
            section_id=row.section_id,
            text=row.text,
            status=row.status,
            changed_by=f"{person.initials} {person.name}" if person is not None else "",
            changed_at=row.changed_at,
        )
        for row, person in rows
    }
