"""package export / import from the command line: counts, conflicts and policies."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from taskforce_app.bootstrap import open_context
from taskforce_app.cli import main


def _retitle(db: Path, municipality: str, title: str) -> None:
    ctx = open_context(db, actor="test")
    try:
        engagement_id = ctx.engagements.resolve(municipality)
        detail = ctx.engagements.get(engagement_id)
        ctx.engagements.update(engagement_id, replace(detail.draft(), title=title))
    finally:
        ctx.close()


def _title(db: Path, municipality: str) -> str:
    ctx = open_context(db)
    try:
        return ctx.engagements.get(ctx.engagements.resolve(municipality)).title
    finally:
        ctx.close()


def test_export_import_with_conflicts_and_policies(
    demo_db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ours = tmp_path / "ours.sqlite"
    theirs = tmp_path / "theirs.sqlite"
    shutil.copyfile(demo_db_path, ours)
    shutil.copyfile(demo_db_path, theirs)
    _retitle(theirs, "Haderslev", "Deres titel")
    _retitle(ours, "Haderslev", "Vores titel")
    package = tmp_path / "haderslev.tfpkg"
    monkeypatch.setenv("TF_PASS", "hemmeligt kodeord")
    assert (
        main(
            [
                "package",
                "export",
                "--db",
                str(theirs),
                "--engagement",
                "Haderslev",
                "-o",
                str(package),
                "--passphrase-env",
                "TF_PASS",
            ]
        )
        == 0
    )
    assert "krypteret" in capsys.readouterr().out

    assert main(["package", "import", "--db", str(ours), str(package), "--json"]) == 2
    assert err_line(capsys.readouterr().err)  # encrypted: the passphrase is needed
    assert (
        main(
            [
                "package",
                "import",
                "--db",
                str(ours),
                str(package),
                "--json",
                "--passphrase-env",
                "TF_PASS",
            ]
        )
        == 2
    )
    captured = capsys.readouterr()
    (conflict,) = json.loads(captured.out)["conflicts"]
    assert conflict["field"] == "title"
    assert err_line(captured.err)
    assert _title(ours, "Haderslev") == "Vores titel"  # refused: nothing changed

    assert (
        main(
            [
                "package",
                "import",
                "--db",
                str(ours),
                str(package),
                "--theirs",
                "--json",
                "--passphrase-env",
                "TF_PASS",
            ]
        )
        == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert result["total"]["conflicts"] == 1
    assert set(result["total"]) == {"new", "changed", "deleted", "conflicts"}
    assert _title(ours, "Haderslev") == "Deres titel"

    assert (
        main(
            [
                "package",
                "import",
                "--db",
                str(ours),
                str(package),
                "--json",
                "--passphrase-env",
                "TF_PASS",
            ]
        )
        == 0
    )
    again = json.loads(capsys.readouterr().out)
    assert again["total"] == {"new": 0, "changed": 0, "deleted": 0, "conflicts": 0}


def test_import_needs_the_passphrase(
    demo_db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    package = tmp_path / "p.tfpkg"
    monkeypatch.setenv("TF_PASS", "abc123-lang-nok")
    assert (
        main(
            [
                "package",
                "export",
                "--db",
                str(demo_db_path),
                "--engagement",
                "Viborg",
                "-o",
                str(package),
                "--passphrase-env",
                "TF_PASS",
            ]
        )
        == 0
    )
    capsys.readouterr()
    monkeypatch.setenv("TF_WRONG", "forkert")
    assert (
        main(
            [
                "package",
                "import",
                "--db",
                str(demo_db_path),
                str(package),
                "--passphrase-env",
                "TF_WRONG",
            ]
        )
        == 2
    )
    assert err_line(capsys.readouterr().err)
    assert (
        main(
            [
                "package",
                "import",
                "--db",
                str(demo_db_path),
                str(package),
                "--passphrase-env",
                "UNSET_VARIABLE",
            ]
        )
        == 2
    )


def err_line(err: str) -> bool:
    """Exactly one line, no traceback."""
    return err.count("\n") == 1 and "Traceback" not in err
