"""The built wheel carries the data files, and an installation of it missing one fails
`--smoke-test` with exit 2 naming it. Building takes a while: marked slow, run by .ci/run."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from taskforce_app.installation import REQUIRED_FILES

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from the checkout as `pip wheel` builds it (isolated build)."""
    target = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(target), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = target.glob("taskforce_app-*.whl")
    return built


def test_the_wheel_carries_the_data_files_and_the_licences(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in REQUIRED_FILES:
        assert f"taskforce_app/{required}" in names, required
    for folder, pattern in (
        (ROOT / "resources" / "criteria", "*_v*.json"),
        (ROOT / "db" / "migrations" / "versions", "*.py"),
    ):
        for path in folder.glob(pattern):
            assert f"taskforce_app/{path.relative_to(ROOT).as_posix()}" in names, path
    licences = {name.split("/licenses/", 1)[1] for name in names if "/licenses/" in name}
    assert licences == {"LICENSE", "resources/fonts/LICENSE.txt"}
    assert not [name for name in names if name.endswith(".ts")]  # compiled, not shipped
    assert not [name for name in names if name.startswith("taskforce_app/resources/i18n/danish")]


def test_an_installation_missing_a_font_fails_the_smoke_test(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)  # a pure wheel installs by unpacking it
    missing = site / "taskforce_app" / "resources" / "fonts" / "DejaVuSans.ttf"
    missing.unlink()
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    where = subprocess.run(
        [sys.executable, "-c", "import taskforce_app; print(taskforce_app.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.strip() == str(site / "taskforce_app" / "__init__.py")
    smoke = subprocess.run(
        [sys.executable, "-m", "taskforce_app", "--smoke-test", "--db", str(tmp_path / "s.sqlite")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert smoke.returncode == 2, smoke.stderr
    lines = smoke.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "Installationen er ufuldstændig" in lines[0]
    assert str(missing) in lines[0]
