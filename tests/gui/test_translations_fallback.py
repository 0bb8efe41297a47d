"""A missing or broken Danish .qm at start-up: the GUI starts in English with one warning in the
log, never a crash."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from taskforce_app import paths
from taskforce_app.ui import translations


def _install_from(
    folder: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> tuple[translations.InstalledTranslators, list[logging.LogRecord]]:
    monkeypatch.setattr(paths, "translations_dir", lambda: folder)
    with caplog.at_level(logging.WARNING, logger=translations.__name__):
        installed = translations.install_translators("da")
    warnings = [
        record
        for record in caplog.records
        if record.name == translations.__name__ and record.levelno == logging.WARNING
    ]
    return installed, warnings


@pytest.mark.parametrize("content", [None, b"", b"not a Qt translation file" * 40])
def test_a_missing_or_broken_qm_leaves_english_with_one_warning(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    content: bytes | None,
) -> None:
    if content is not None:
        (tmp_path / f"{translations.OUR_CATALOGUE}.qm").write_bytes(content)
    installed, warnings = _install_from(tmp_path, monkeypatch, caplog)
    try:
        assert installed.missing == [str(tmp_path / f"{translations.OUR_CATALOGUE}.qm")]
        assert len(warnings) == 1
        assert translations.OUR_CATALOGUE in warnings[0].getMessage()
        assert not translations.danish_is_loaded()
        context, source, _ = translations.PROBE
        assert QApplication.translate(context, source) == source
    finally:
        installed.remove()
