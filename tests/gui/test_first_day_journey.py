"""The first day in the app, on a new empty database, through the real main window: who are you,
a colleague, an application granted into a forløb, a case list imported, a round with a sample,
a case answered by keyboard, a sign-off by the second consultant (never the reviewer), a
finding proposed from the results, a recommendation, and the PDF and workbook exported.

Nothing is replaced: the window's own prompts (QMessageBox, QFileDialog) and editing dialogs
run modally and are answered from a timer (`ModalDriver`) that finds the active modal widget.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import (
    ApplicationDecision,
    ConsultantRole,
    Organisation,
    RoundKind,
    RoundStatus,
    Track,
)
from taskforce_app.ui import translations
from taskforce_app.ui.engagements.consultants_dialog import (
    ConsultantForm,
    ConsultantsDialog,
    WhoAreYouDialog,
)
from taskforce_app.ui.findings.finding_editor import ProposeFindingsDialog
from taskforce_app.ui.findings.finding_models import ProposalColumn
from taskforce_app.ui.kit.edit_dialogs import GrantDialog, RoundDialog
from taskforce_app.ui.kit.settings import UiSettings
from taskforce_app.ui.main_window import MainWindow, Page
from taskforce_app.ui.reports.export_dialog import ExportDialog
from taskforce_app.ui.review.case_import_wizard import CaseImportWizard
from taskforce_app.ui.review.review_screen import CaseReviewWidget
from taskforce_app.ui.review.rounds_panel import NewRoundDialog
from taskforce_app.ui.review.sampling_dialog import SamplingDialog
from tests.gui.conftest import TODAY
from tests.gui.modal_driver import ModalDriver, from_event_loop, visible_progress_dialogs

ME = ("Sofie Kam", "ska", Organisation.ANKESTYRELSEN, ConsultantRole.JURIST)
COLLEAGUE = ("Bo Bech", "bbo", Organisation.SOCIAL_OG_BOLIGSTYRELSEN, ConsultantRole.SOCIALFAGLIG)
MUNICIPALITY = "Odense (461)"
CASE_LIST_HEADERS = (
    "Sagsnummer",
    "Sagstype",
    "Underretning modtaget",
    "BFU påbegyndt",
    "BFU afsluttet",
    "Afgørelsesdato",
)
CASE_ROWS = (
    ("ODS-1001", "Underretning", "03-02-2026", "10-02-2026", "20-05-2026", "01-06-2026"),
    ("ODS-1002", "Anbringelse", "14-01-2026", "20-01-2026", "15-04-2026", "02-05-2026"),
    ("ODS-1003", "Forebyggende", "02-03-2026", "04-03-2026", "30-06-2026", "06-07-2026"),
    ("ODS-1004", "Underretning", "21-04-2026", "28-04-2026", "01-08-2026", "10-08-2026"),
    ("ODS-1005", "Anbringelse", "09-05-2026", "11-05-2026", "19-08-2026", "01-09-2026"),
    ("ODS-1006", "Forebyggende", "16-06-2026", "22-06-2026", "25-09-2026", "05-10-2026"),
)
SAMPLE_SIZE = 2


# -- helpers: what a user does -------------------------------------------------------------


def click(widget: QAbstractButton) -> None:
    """A left click on a button."""
    assert widget.isVisible() and widget.isEnabled(), widget.text()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(field: QLineEdit, text: str) -> None:
    """Empty a line edit and type `text` key by key."""
    field.setFocus()
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Delete)
    QTest.keyClicks(field, text)


def choose(combo_text: str, combo: QComboBox) -> None:
    """Choose the item of a combo box whose text is `combo_text`."""
    index = combo.findText(combo_text)
    assert index >= 0, combo_text
    combo.setCurrentIndex(index)


def fill_consultant(
    form: ConsultantForm, person: tuple[str, str, Organisation, ConsultantRole]
) -> None:
    """Type a consultant's name and initials; choose organisation and role."""
    name, initials, organisation, role = person
    type_into(form.name, name)
    type_into(form.initials, initials)
    form.organisation.setCurrentIndex(form.organisation.findData(organisation.value))
    form.role.setCurrentIndex(form.role.findData(role.value))


def ok_button(box: QDialogButtonBox) -> QAbstractButton:
    """The OK button of a dialog's button box."""
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def message_button(text: str, seen: list[str]) -> Callable[[QWidget], None]:
    """Record a message box's text and click its button named `text` (Ja, Nej, OK)."""

    def act(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        seen.append(modal.text())
        button = next(b for b in modal.buttons() if b.text().replace("&", "") == text)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    return act


def file_dialog_answer(path: Path) -> Callable[[QWidget], None]:
    """Type `path` into Qt's own file dialog and press its Open/Save button."""

    def act(modal: QWidget) -> None:
        assert isinstance(modal, QFileDialog)
        name = modal.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        type_into(name, str(path))
        box = modal.findChild(QDialogButtonBox)
        assert box is not None
        accept = next(
            b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole
        )
        QTest.mouseClick(accept, Qt.MouseButton.LeftButton)

    return act


def run_with_dialogs(qtbot: QtBot, driver: ModalDriver, action: Callable[[], object]) -> None:
    """Do `action` from the event loop (as a click does) and wait until every expected modal
    dialog was answered; no progress dialog may be left on screen."""
    try:
        from_event_loop(qtbot, action)
        qtbot.waitUntil(lambda: driver.done, timeout=60_000)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)
    finally:
        driver.stop()
    unexpected = [kind for kind, _active, _progress in driver.summary() if "unexpected" in kind]
    assert unexpected == [], driver.summary()
    assert all(active and progress == 0 for _kind, active, progress in driver.summary()), (
        driver.summary()
    )
    assert visible_progress_dialogs() == []


def write_case_list(path: Path) -> Path:
    """A small case list as the municipality sends it: case numbers and key dates only."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Sager"
    sheet.append(CASE_LIST_HEADERS)
    for row in CASE_ROWS:
        sheet.append(row)
    workbook.save(path)
    return path


def status_text(window: MainWindow) -> str:
    """What the status bar says about who is working."""
    return window.consultant_button.text()


# -- the journey ---------------------------------------------------------------------------


# The offscreen platform cannot propagate size hints, raise a window or grab the keyboard (the
# file dialog's completer popup asks for both); nothing else may warn.
@pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)
def test_the_first_day_on_a_new_database(
    qtbot: QtBot,
    gui_context: AppContext,
    ui_settings: UiSettings,
    danish: translations.InstalledTranslators,
    tmp_path: Path,
) -> None:
    assert gui_context.engagements.summaries() == []
    assert gui_context.team.consultant_details() == []
    window = MainWindow(
        gui_context, settings=ui_settings, language="da", today=lambda: TODAY
    )  # the real prompts and editing dialogs
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    try:
        me = who_are_you(qtbot, window)
        colleague = add_colleague(qtbot, window)
        engagement_id = apply_and_grant(qtbot, window)
        import_case_list(qtbot, window, write_case_list(tmp_path / "sagsliste.xlsx"))
        round_id = new_round_with_sample(qtbot, window)
        review_by_keyboard(qtbot, window, round_id)
        sign_off(qtbot, window, round_id, reviewer=me, signer=colleague)
        propose_finding_and_recommend(qtbot, window, engagement_id, round_id)
        export_reports(qtbot, window, tmp_path)
    finally:
        window.hide()


def who_are_you(qtbot: QtBot, window: MainWindow) -> uuid.UUID:
    """First start: the window asks who you are; you add yourself."""
    assert status_text(window) == "Ingen valgt: hvem er du?"
    window.greet()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, WhoAreYouDialog) and dialog.windowTitle() == "Hvem er du?"
    assert dialog.new_box.isVisible() and dialog.consultant_combo.count() == 1
    click(ok_button(dialog.buttons))  # nothing typed: refused in Danish, nothing stored
    assert dialog.isVisible() and dialog.error_label.text() == "Navn skal udfyldes."
    assert window.context.team.consultant_details() == []
    fill_consultant(dialog.form, ME)
    click(ok_button(dialog.buttons))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert status_text(window) == "Arbejder som Sofie Kam (SKA)"
    current = window.context.team.current_consultant()
    assert current is not None and current.initials == "SKA"
    return current.id


def add_colleague(qtbot: QtBot, window: MainWindow) -> uuid.UUID:
    """Redigér › Konsulenter…: add the second consultant; a duplicate is refused first."""
    assert window.consultants_action.text().replace("&", "") == "Konsulenter…"
    window.consultants_action.trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ConsultantsDialog) and dialog.windowTitle() == "Konsulenter"
    assert dialog.model.rowCount() == 1
    fill_consultant(dialog.form, ("Sofus Kamp", "SKA", *COLLEAGUE[2:]))
    click(dialog.save_button)
    assert "Initialerne SKA bruges allerede" in dialog.error_label.text()
    fill_consultant(dialog.form, COLLEAGUE)
    click(dialog.save_button)
    assert not dialog.error_label.isVisible(), dialog.error_label.text()
    assert dialog.model.rowCount() == 2
    rows = {(dialog.model.index(r, 0).data(), dialog.model.index(r, 1).data()) for r in range(2)}
    assert rows == {("SKA", "Sofie Kam"), ("BBO", "Bo Bech")}
    close = dialog.findChildren(QDialogButtonBox)[-1].button(QDialogButtonBox.StandardButton.Close)
    click(close)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert status_text(window) == "Arbejder som Sofie Kam (SKA)"  # adding is not switching
    return window.context.team.consultant("BBO").id


def apply_and_grant(qtbot: QtBot, window: MainWindow) -> uuid.UUID:
    """Ansøgninger: a round, Odense's application, granted: the forløb is created and opened."""
    window.page_actions[Page.APPLICATIONS].trigger()
    page = window.applications_page
    assert window.current_page() == Page.APPLICATIONS
    assert page.round_heading.text() == "Der er ingen ansøgningsrunde endnu: opret en."

    def fill_round(modal: QWidget) -> None:
        assert isinstance(modal, RoundDialog) and modal.windowTitle() == "Ny ansøgningsrunde"
        type_into(modal.name_edit, "Efterår 2026")
        type_into(modal.deadline_edit, "15-9-2026")
        click(ok_button(modal.buttons))

    driver = ModalDriver()
    driver.expect(RoundDialog, fill_round)
    run_with_dialogs(qtbot, driver, lambda: click(page.new_round_button))
    assert page.rounds.rowCount() == 1
    assert "Efterår 2026" in page.round_heading.text()
    assert "15-09-2026" in page.round_heading.text()

    click(page.new_button)
    editor = page.editor
    assert editor.heading.text() == "Ny ansøgning"
    choose(MUNICIPALITY, editor.municipality_combo)
    type_into(editor.received_edit, "1-9-2026")
    click(editor.backing_check)
    type_into(editor.council_date_edit, "20-8-2026")
    type_into(editor.contacts_edit, "Børne- og familiechef")
    editor.motivation_edit.setFocus()
    QTest.keyClicks(editor.motivation_edit, "Vi vil styrke sagsbehandlingen.")
    click(editor.save_button)
    assert editor.error_text == "", editor.error_text
    assert page.applications.rowCount() == 1
    assert page.count_label.text() == "1 ansøgning, 0 bevilget, 1 afventer"
    assert editor.heading.text() == "Ansøgning fra Odense (Efterår 2026)"

    click(editor.decision_buttons[ApplicationDecision.GRANTED])
    assert editor.decided_edit.text() == "24-11-2026"  # today suggested
    seen: list[str] = []

    def start_date(modal: QWidget) -> None:
        assert isinstance(modal, GrantDialog)
        type_into(modal.start_edit, "1-12-2026")
        click(ok_button(modal.buttons))

    driver = ModalDriver()
    driver.expect(GrantDialog, start_date)
    driver.expect(QMessageBox, message_button("Ja", seen))
    run_with_dialogs(qtbot, driver, lambda: click(editor.decide_button))
    assert seen == [
        "Forløbet for Odense er oprettet med sin 24 måneders plan. Vil du åbne det nu?"
    ], seen
    [summary] = window.context.engagements.summaries()
    assert window.current_page() == Page.ENGAGEMENTS
    forlob = window.engagements_page.editor
    assert forlob.engagement_id == summary.id
    assert forlob.plan_panel.model.rowCount() >= 15
    return summary.id


def import_case_list(qtbot: QtBot, window: MainWindow, workbook: Path) -> None:
    """Sagsgennemgang › Importér sagsliste…: file, columns, rows, import, done."""
    window.page_actions[Page.CASE_REVIEW].trigger()
    page = window.case_review_page
    assert page.engagement_combo.currentText().startswith("Odense – ")
    assert page.case_list_text == "Ingen sagsliste importeret endnu."
    checked: list[str] = []

    def open_file_dialog(modal: QWidget) -> None:
        assert isinstance(modal, CaseImportWizard)
        assert modal.windowTitle() == "Importér sagsliste – Odense"
        # The file dialog opens modally in its turn: click after this step has returned.
        button = modal.file_page.choose_button
        QTimer.singleShot(0, lambda: click(button))

    def map_check_and_import(modal: QWidget) -> None:
        assert isinstance(modal, CaseImportWizard)
        assert modal.file_page.error_text == ""
        checked.append(modal.file_page.info_label.text())
        click(modal.button(QWizard.WizardButton.NextButton))
        mapping = modal.mapping_page
        assert modal.currentPage() is mapping
        checked.append(mapping.source_label.text())
        checked.extend(
            f"{field.value}={combo.currentText()}"
            for field, combo in mapping.combos.items()
            if combo.currentIndex() > 0
        )
        click(modal.button(QWizard.WizardButton.NextButton))
        report = modal.report_page
        assert modal.currentPage() is report
        checked.append(report.counts_label.text())
        click(modal.button(QWizard.WizardButton.CommitButton))
        assert modal.currentPage() is modal.done_page
        checked.append(modal.done_page.summary_label.text())
        click(modal.button(QWizard.WizardButton.FinishButton))

    driver = ModalDriver()
    driver.expect(CaseImportWizard, open_file_dialog)
    driver.expect(QFileDialog, file_dialog_answer(workbook))
    driver.expect(CaseImportWizard, map_check_and_import)
    run_with_dialogs(qtbot, driver, lambda: click(page.import_button))
    assert checked[0] == "Overskrifterne står i række 1; der er 6 rækker under dem."
    assert checked[1] == "Foreslået ud fra kolonneoverskrifterne."
    assert "case_ref=Sagsnummer" in checked
    assert "decided_on=Afgørelsesdato" in checked
    assert "investigation_completed_on=BFU afsluttet" in checked
    assert "6 rækker læst: 6 kan importeres, 0 er afvist eller sprunget over." in checked
    assert checked[-1].startswith("6 sager er importeret i forløbet med Odense.")
    assert page.case_list_text == "6 sager importeret"


def new_round_with_sample(qtbot: QtBot, window: MainWindow) -> uuid.UUID:
    """Ny runde… (analyse), then Træk stikprøve… with a seed: two cases, drawn and stored."""
    page = window.case_review_page
    page.tabs.setCurrentWidget(page.rounds_tab)
    panel = page.rounds_panel

    def name_round(modal: QWidget) -> None:
        assert isinstance(modal, NewRoundDialog) and modal.kind is RoundKind.ANALYSE
        type_into(modal.name_edit, "Analyse 2026")
        click(ok_button(modal.findChild(QDialogButtonBox)))  # type: ignore[arg-type]

    driver = ModalDriver()
    driver.expect(NewRoundDialog, name_round)
    run_with_dialogs(qtbot, driver, lambda: click(panel.new_button))
    view = panel.selected_round()
    assert view is not None and view.name == "Analyse 2026"
    assert (
        page.sampled_label.text()
        == "“Analyse 2026” har endnu ingen stikprøve: vælg Udtræk stikprøve…"
    )
    drawn: list[str] = []

    def draw(modal: QWidget) -> None:
        assert isinstance(modal, SamplingDialog)
        assert modal.population_label.text() == "Forløbets sagsliste har 6 sager."
        modal.size_spin.setFocus()
        modal.size_spin.selectAll()
        QTest.keyClicks(modal.size_spin, str(SAMPLE_SIZE))
        type_into(modal.seed_edit, "foerste-dag")
        click(modal.preview_button)
        drawn.append(modal.summary_label.text())
        click(modal.store_button)

    driver = ModalDriver()
    driver.expect(SamplingDialog, draw)
    run_with_dialogs(qtbot, driver, lambda: click(panel.sample_button))
    assert drawn == ["2 sager udtrukket af 6 (visning: intet er gemt)."], drawn
    assert page.sampled_model.rowCount() == SAMPLE_SIZE
    assert page.sampled_label.text() == "Stikprøve for “Analyse 2026”: 2 sager, 0 erstattet"
    assert panel.seed_value.text() == "foerste-dag"
    return view.id


def review_by_keyboard(qtbot: QtBot, window: MainWindow, round_id: uuid.UUID) -> None:
    """Gennemgang: every criterion of both cases answered from the keyboard alone."""
    page = window.case_review_page
    page.tabs.setCurrentWidget(page.review_widget)
    screen = page.review_widget
    assert isinstance(screen, CaseReviewWidget)
    assert screen.round is not None and screen.round.id == round_id  # the new round is shown
    assert screen.reviewer_label.text() == "Du gennemgår som SKA"
    assert screen.sample_model.rowCount() == SAMPLE_SIZE
    first = screen.sample_model.cases()[0]
    # The sample was drawn while the round was shown: its first case is shown, as on opening.
    assert screen.current_case is not None and screen.current_case.id == first.id
    assert screen.key_dates.title().startswith(f"Nøgledatoer for {first.case_ref}")
    table = screen.criteria_table
    QTest.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert table.currentIndex().row() == screen.criteria_model.criterion_rows()[0]
    model = screen.criteria_model
    context = window.context
    for _press in range(400):
        progress = context.review.get_round(round_id)
        if progress.answered == progress.expected:
            break
        case = screen.current_case
        assert case is not None
        number = table.currentIndex().row()
        row = model.review_row(number)
        if row is None or row.answer is not None:
            QTest.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            continue
        if row.criterion.track is Track.SOCIALFAGLIG:
            QTest.keyClick(table, Qt.Key.Key_2)  # kvalitet 2
        elif row.suggested is not None:
            QTest.keyClick(table, Qt.Key.Key_Return)  # the computed suggestion
        else:
            QTest.keyClick(table, Qt.Key.Key_I)  # ikke opfyldt
        assert screen.message == "" or "Alle krav" in screen.message, screen.message
    done = context.review.get_round(round_id)
    assert done.expected > 0 and done.answered == done.expected
    assert f"{done.answered} af {done.expected}" in screen.progress_label.text()
    assessed_by = {
        item.assessed_by
        for case in context.review.sampled_cases(round_id)
        for item in context.review.assessments(case.id)
    }
    assert assessed_by == {"SKA"}


def sign_off(
    qtbot: QtBot,
    window: MainWindow,
    round_id: uuid.UUID,
    *,
    reviewer: uuid.UUID,
    signer: uuid.UUID,
) -> None:
    """The reviewer may not sign; the colleague, switched to explicitly, signs as themselves."""
    screen = window.case_review_page.review_widget
    assert isinstance(screen, CaseReviewWidget)
    seen: list[str] = []
    driver = ModalDriver()
    driver.expect(QMessageBox, message_button("Ja", seen))
    driver.expect(QMessageBox, message_button("OK", seen))
    run_with_dialogs(qtbot, driver, lambda: click(screen.sign_off_button))
    assert seen[0] == "Godkend Analyse 2026 som Sofie Kam (SKA)? Runden låses derefter."
    assert "anden konsulent" in seen[1], seen
    assert window.context.review.get_round(round_id).status is not RoundStatus.SIGNED_OFF

    click(window.consultant_button)
    switch = QApplication.activeModalWidget()
    assert isinstance(switch, WhoAreYouDialog)
    assert switch.consultant_combo.currentText() == "Sofie Kam (SKA)"
    choose("Bo Bech (BBO)", switch.consultant_combo)
    assert not switch.new_box.isVisible()
    click(ok_button(switch.buttons))
    qtbot.waitUntil(lambda: not switch.isVisible())
    assert status_text(window) == "Arbejder som Bo Bech (BBO)"
    assert window.context.team.current_consultant().id == signer  # type: ignore[union-attr]
    assert reviewer != signer

    seen.clear()
    driver = ModalDriver()
    driver.expect(QMessageBox, message_button("Ja", seen))
    run_with_dialogs(qtbot, driver, lambda: click(screen.sign_off_button))
    assert seen == ["Godkend Analyse 2026 som Bo Bech (BBO)? Runden låses derefter."]
    stored = window.context.review.get_round(round_id)
    assert stored.status is RoundStatus.SIGNED_OFF and stored.signed_off_by == "BBO"
    assert screen.banner.isVisible()
    assert screen.banner.text().startswith("Godkendt af BBO")
    assert not screen.sign_off_button.isEnabled()


def propose_finding_and_recommend(
    qtbot: QtBot, window: MainWindow, engagement_id: uuid.UUID, round_id: uuid.UUID
) -> None:
    """Resultater shows the weak requirements; Fund: propose one, then a recommendation."""
    page = window.case_review_page
    page.tabs.setCurrentWidget(page.results_view)
    shown = page.results_view.requirement_model
    assert shown.rowCount() > 0

    window.page_actions[Page.FINDINGS].trigger()
    findings = window.findings_page
    assert findings.model.rowCount() == 0
    click(findings.propose_button)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ProposeFindingsDialog)
    assert dialog.round_combo.currentData() == round_id
    click(dialog.show_button)
    assert dialog.model.rowCount() > 0
    assert dialog.count_label.text().endswith(", 0 afkrydset"), dialog.count_label.text()
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.proxy.index(0, ProposalColumn.TITLE))
    QTest.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.count_label.text().endswith(", 1 afkrydset"), dialog.count_label.text()
    title = dialog.proxy.index(0, ProposalColumn.TITLE).data()
    click(dialog.create_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [finding] = window.context.findings.findings(engagement_id)
    assert finding.title == title and finding.round_id == round_id
    assert finding.evidence_text.endswith(f"af {SAMPLE_SIZE} sager")
    assert findings.model.rowCount() == 1
    assert findings.selected_finding() is not None

    findings.tabs.setCurrentIndex(findings.RECOMMENDATIONS_TAB)
    panel = findings.recommendations
    click(panel.new_button)
    panel.text_edit.setFocus()
    QTest.keyClicks(panel.text_edit, "Indfør en fast tjekliste for børnefaglige undersøgelser")
    type_into(panel.owner_edit, "Afdelingsleder")
    type_into(panel.due_field, "1-3-2027")
    click(panel.save_button)
    assert panel.error_text == "", panel.error_text
    [recommendation] = window.context.recommendations.all()
    assert recommendation.finding_id == finding.id and recommendation.owner == "Afdelingsleder"
    assert panel.shown_ids() == [recommendation.id]


def export_reports(qtbot: QtBot, window: MainWindow, folder: Path) -> None:
    """Rapporter: the statusrapport (sections, then file) and the forløb's workbook."""
    window.page_actions[Page.REPORTS].trigger()
    reports = window.reports_page
    assert reports.engagement_combo.currentText().startswith("Odense – ")
    pdf = folder / "statusrapport.pdf"
    seen: list[str] = []

    def sections(modal: QWidget) -> None:
        assert isinstance(modal, ExportDialog)
        assert modal.windowTitle() == "Statusrapport (PDF)"
        click(ok_button(modal.buttons))

    driver = ModalDriver()
    driver.expect(ExportDialog, sections)
    driver.expect(QFileDialog, file_dialog_answer(pdf))
    driver.expect(QMessageBox, message_button("Nej", seen))
    run_with_dialogs(qtbot, driver, lambda: click(reports.pdf_button))
    assert pdf.read_bytes().startswith(b"%PDF")
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Odense" in text and "Analyse 2026" in text
    assert reports.status_label.text() == f"Gemt: {pdf}"

    workbook_path = folder / "forloeb.xlsx"
    driver = ModalDriver()
    driver.expect(QFileDialog, file_dialog_answer(workbook_path))
    driver.expect(QMessageBox, message_button("Nej", seen))
    run_with_dialogs(qtbot, driver, lambda: click(reports.workbook_button))
    assert reports.status_label.text() == f"Gemt: {workbook_path}"
    assert [text.split("\n")[0] for text in seen] == [
        f"Gemt som {pdf}.",
        f"Gemt som {workbook_path}.",
    ]
    workbook = openpyxl.load_workbook(workbook_path, read_only=True)
    try:
        names = workbook.sheetnames
    finally:
        workbook.close()
    assert {"Milepæle", "Stikprøve", "Vurderinger", "Resultater", "Fund", "Anbefalinger"} <= set(
        names
    ), names
