"""Start-up: translations complete and used, the shipped font, the smoke test, lazy imports."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication

from taskforce_app import paths
from taskforce_app.bootstrap import AppContext
from taskforce_app.ui import fonts, translations
from taskforce_app.ui.app import CrashHandler, launch, resolve_language
from tests.gui.conftest import WindowFactory, add_engagements


def ts_messages(path: Path) -> list[tuple[str, str, ET.Element | None]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_message_in_the_ts_file_is_translated() -> None:
    messages = ts_messages(translations.ts_path())
    assert len(messages) > 50
    for context, source, translation in messages:
        assert translation is not None, (context, source)
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
        plural_forms = translation.findall("numerusform")
        texts = [form.text for form in plural_forms] if plural_forms else [translation.text]
        assert all((text or "").strip() for text in texts), (context, source)


def test_every_tr_string_in_the_ui_is_in_the_ts_file(tmp_path: Path) -> None:
    """lupdate over the UI sources finds nothing new: no string is left untranslated."""
    copy = tmp_path / "taskforce_da.ts"
    shutil.copyfile(translations.ts_path(), copy)
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (paths.install_root() / "taskforce_app" / "ui").rglob("*.py"))
    subprocess.run(
        [str(tool), *sources, "-ts", str(copy), "-locations", "none", "-silent"],
        check=True,
        capture_output=True,
    )
    unfinished = [
        (context, source)
        for context, source, translation in ts_messages(copy)
        if translation is None or translation.get("type") == "unfinished"
    ]
    assert unfinished == []


def test_the_compiled_qm_translates_the_probe_string(
    danish: translations.InstalledTranslators,
) -> None:
    assert danish.missing == []
    assert translations.danish_is_loaded()


def test_main_window_is_danish_by_default(
    make_window: WindowFactory, gui_context: AppContext, danish: translations.InstalledTranslators
) -> None:
    window = make_window(gui_context)
    nav = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert nav == [
        "Overblik",
        "Mine frister",
        "Ansøgninger",
        "Forløb",
        "Tidslinje",
        "Sagsgennemgang",
        "Fund og anbefalinger",
        "Rapporter",
    ]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Filer", "&Rediger", "&Vis", "&Sprog", "&Hjælp"]
    assert window.engagements_page.new_button.text() == "&Nyt forløb"
    assert window.new_action.text() == "&Nyt forløb"


def test_main_window_is_english_with_language_en(
    make_window: WindowFactory, gui_context: AppContext
) -> None:
    installed = translations.install_translators("en")
    try:
        window = make_window(gui_context, language="en")
        assert window.nav.item(0).text() == "Overview"
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&File", "&Edit", "&View", "&Language", "&Help"]
        assert window.language_actions["en"].isChecked()
    finally:
        installed.remove()


def test_shipped_font_is_used_and_has_danish_letters(
    qapp: QApplication, make_window: WindowFactory, gui_context: AppContext
) -> None:
    font = fonts.apply_app_font(qapp)
    assert font.family() == "DejaVu Sans"
    window = make_window(gui_context)
    widget_font = window.engagements_page.editor.title_edit.font()
    assert QFontInfo(widget_font).family()
    metrics = QFontMetrics(widget_font)
    for letter in "æøåÆØÅ":
        assert metrics.inFontUcs4(ord(letter)), letter


def test_smoke_test_launch(
    gui_context: AppContext, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_engagements(gui_context)
    assert launch(db=str(db_path), language="da", smoke_test=True) == 0
    assert capsys.readouterr().out.strip() == "smoke test ok: 3 forløb"


def test_launch_refuses_a_bad_database_with_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert launch(db=str(tmp_path), language="en", smoke_test=True) == 2
    assert "folder" in capsys.readouterr().err


def test_start_up_imports_no_heavy_modules(db_path: Path) -> None:
    """The window is built with the GUI's own (cheap) installation check; what was imported
    by then is what start-up pays. The smoke test's export then imports the exporters."""
    code = (
        "import sys\n"
        "from taskforce_app.ui import app\n"
        "heavy = []\n"
        "def at_export(context):\n"
        "    heavy.extend(m for m in ('openpyxl', 'reportlab', 'alembic') if m in sys.modules)\n"
        "    return 1\n"
        "app.check_export = at_export\n"
        "app.check_installation = lambda thorough: app.check_present()\n"
        f"assert app.launch(db={str(db_path)!r}, language='da', smoke_test=True) == 0\n"
        "print('heavy:', heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "heavy: []" in result.stdout


def test_language_resolution() -> None:
    assert resolve_language("da", None) == "da"
    assert resolve_language("en", None) == "en"
    assert resolve_language("da", "en") == "da"  # an explicit --lang wins over the stored choice
    assert resolve_language(None, "en") == "en"
    assert resolve_language("en", "da") == "en"
    assert resolve_language(None, None) == "da"


def test_crash_handler_logs_and_shows_a_short_message(caplog: pytest.LogCaptureFixture) -> None:
    shown: list[str] = []
    handler = CrashHandler(shown.append, "/tmp/taskforce.log")
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        with caplog.at_level(logging.CRITICAL):
            handler(RuntimeError, error, error.__traceback__)
    assert shown == ["/tmp/taskforce.log"]
    assert "boom" in caplog.text
    assert caplog.records[-1].exc_info is not None


def test_smoke_test_on_the_demo_database(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert launch(db=str(demo_db_path), language="da", smoke_test=True) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("smoke test ok: ")
    assert int(out.split(": ")[1].split()[0]) > 0
