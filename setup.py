"""Build step setuptools cannot declare: resources/ and db/ into the package, the .qm compiled.

The repository keeps `resources/` and `db/` as top-level folders; the wheel carries them as
`taskforce_app/resources` and `taskforce_app/db`, where `taskforce_app.paths` finds them through
`importlib.resources`. The Danish `.qm` is compiled from the committed `.ts` here, at build time
(PySide6-Essentials is a build requirement for its lrelease). An editable install compiles the
.qm in place and copies nothing: the code then reads the repository's folders.
"""

from __future__ import annotations

import runpy
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA_FOLDERS = ("resources", "db")
# Development-only files that stay out of the installed package.
LEFT_OUT = shutil.ignore_patterns(
    "__pycache__", "*.pyc", "*.ts", "danish_*.py", "*_translations.py"
)


def compile_translations(target: Path | None) -> None:
    """Run resources/i18n/compile_translations.py (it is not an importable module)."""
    script = runpy.run_path(str(ROOT / "resources" / "i18n" / "compile_translations.py"))
    script["compile_translations"](ROOT / "resources" / "i18n", target)


class BuildWithData(build_py):  # type: ignore[misc]
    """build_py that also copies the data folders into the package and compiles the .qm."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            compile_translations(None)
            return
        package = Path(self.build_lib) / "taskforce_app"
        for folder in DATA_FOLDERS:
            shutil.rmtree(package / folder, ignore_errors=True)
            shutil.copytree(ROOT / folder, package / folder, ignore=LEFT_OUT)
        compile_translations(package / "resources" / "i18n")


setup(cmdclass={"build_py": BuildWithData})
