"""A logged switch of user reads in Danish in the history, never as the stored field name."""

from __future__ import annotations

from taskforce_app.bootstrap import AppContext
from taskforce_app.domain.enums import ConsultantRole, Organisation
from taskforce_app.domain.history import SWITCH_FIELD
from taskforce_app.domain.team import ConsultantDraft
from taskforce_app.ui import translations
from taskforce_app.ui.engagements.history_panel import summary_text


def test_a_switch_of_user_is_labelled_in_danish(
    gui_context: AppContext, danish: translations.InstalledTranslators
) -> None:
    team = gui_context.team
    for name, initials in (("Sofie Kam", "SKA"), ("Bo Bech", "BBO")):
        team.create_consultant(
            ConsultantDraft(name, initials, Organisation.ANKESTYRELSEN, ConsultantRole.JURIST)
        )
    team.switch_consultant(team.consultant("SKA").id)
    bo = team.consultant("BBO")
    team.switch_consultant(bo.id)
    switches = [e for e in gui_context.history.for_record(bo.id) if e.field == SWITCH_FIELD]
    assert [summary_text(entry) for entry in switches] == [
        "Konsulent 'Bo Bech': bruger skiftet til BBO"
    ]
