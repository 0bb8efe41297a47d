"""package export is encrypted by default (a generated passphrase printed once); short
passphrases and unencrypted packages without an explicit choice are refused."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from taskforce_app.cli import main

GENERATED = re.compile(r"^Adgangsfrase til pakken \(vises kun denne ene gang\): (\S+)$", re.M)


def _export(db: Path, package: Path, *extra: str) -> int:
    args = ["package", "export", "--db", str(db), "--engagement", "Viborg", "-o", str(package)]
    return main([*args, *extra])


def test_default_export_is_encrypted_and_prints_the_generated_passphrase_once(
    demo_db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    package = tmp_path / "p.tfpkg"
    assert _export(demo_db_path, package) == 0
    out = capsys.readouterr().out
    found = GENERATED.findall(out)
    assert len(found) == 1
    passphrase = found[0]
    assert len(passphrase) >= 12
    assert out.count(passphrase) == 1
    assert "anden vej" in out
    assert package.read_bytes()[:8] != b"PK\x03\x04"[:8]
    target = tmp_path / "other.sqlite"
    shutil.copyfile(demo_db_path, target)
    monkeypatch.setenv("TF_PASS", passphrase)
    args = ["package", "import", "--db", str(target), str(package), "--passphrase-env"]
    assert main([*args, "TF_PASS"]) == 0


def test_a_short_passphrase_is_refused(
    demo_db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    package = tmp_path / "p.tfpkg"
    monkeypatch.setenv("TF_PASS", "kort123")
    assert _export(demo_db_path, package, "--passphrase-env", "TF_PASS") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "mindst 12 tegn" in err
    assert not package.exists()


def test_an_unencrypted_package_needs_an_explicit_choice_both_ways(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "p.tfpkg"
    assert _export(demo_db_path, package, "--unencrypted") == 0
    assert "Adgangsfrase" not in capsys.readouterr().out
    assert package.read_bytes()[:2] == b"PK"
    before = demo_db_path.read_bytes()
    assert main(["package", "import", "--db", str(demo_db_path), str(package)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ikke krypteret" in err
    assert demo_db_path.read_bytes() == before
    args = ["package", "import", "--db", str(demo_db_path), str(package)]
    assert main([*args, "--accept-unencrypted"]) == 0
