"""Written report sections travel in exchange packages like the rest of a forløb."""

from __future__ import annotations

import shutil
from pathlib import Path

from taskforce_app.bootstrap import open_context
from taskforce_app.domain.report_templates import ReportType
from tests.services.helpers import PASSPHRASE


def _section_text(path: Path, municipality: str, section_id: str) -> str:
    context = open_context(path, actor="MNL")
    try:
        engagement = context.engagements.resolve(municipality)
        states = context.report_authoring.sections(engagement, ReportType.ANALYSE)
        return next(state.text for state in states if state.template.id == section_id)
    finally:
        context.close()


def test_a_written_section_reaches_the_colleague_through_a_package(
    demo_db_path: Path, tmp_path: Path
) -> None:
    colleague = tmp_path / "colleague.sqlite"
    shutil.copyfile(demo_db_path, colleague)
    writer = open_context(demo_db_path, actor="KØW")
    try:
        randers = writer.engagements.resolve("Randers")
        section_id = next(
            state.template.id
            for state in writer.report_authoring.sections(randers, ReportType.ANALYSE)
            if state.template.is_text
        )
        text = "# Indledning\nKommunen har taget godt imod Task Forcen.\n- Første punkt"
        writer.report_authoring.save_text(randers, ReportType.ANALYSE, section_id, text)
        writer.exchange.export([randers], tmp_path / "sections.tfpkg", passphrase=PASSPHRASE)
    finally:
        writer.close()
    assert _section_text(colleague, "Randers", section_id) == ""

    receiver = open_context(colleague, actor="MNL")
    try:
        receiver.exchange.merge(tmp_path / "sections.tfpkg", passphrase=PASSPHRASE)
    finally:
        receiver.close()
    assert _section_text(colleague, "Randers", section_id) == text
