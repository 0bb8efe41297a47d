"""File > Export / Import exchange package open the dialogs (tested on their own)."""

from __future__ import annotations

from pytest import MonkeyPatch

from taskforce_app.bootstrap import AppContext
from tests.gui.conftest import WindowFactory


def test_the_file_menu_opens_the_exchange_dialogs(
    make_window: WindowFactory, gui_context: AppContext, monkeypatch: MonkeyPatch
) -> None:
    from taskforce_app.ui.exchange import exchange_dialogs, export_package_dialog

    opened: list[str] = []

    def fake_exec(_dialog: object) -> int:
        opened.append("export")
        return 0

    def fake_choose(_dialog: object) -> bool:
        opened.append("import")
        return False  # cancelled: no dialog is shown

    monkeypatch.setattr(export_package_dialog.ExportPackageDialog, "exec", fake_exec)
    monkeypatch.setattr(exchange_dialogs.ImportPackageDialog, "choose_package", fake_choose)
    window = make_window(gui_context)
    window.export_package_action.trigger()
    window.import_package_action.trigger()
    assert opened == ["export", "import"]  # a cancelled choice of package opens no dialog
