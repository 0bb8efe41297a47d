"""Build step setuptools cannot declare: resources/ and db/ into the package, .qm and .mo compiled.

The repository keeps `resources/` and `db/` as top-level folders; the wheel carries them as
`taskforce_app/resources` and `taskforce_app/db`, where `taskforce_app.paths` finds them through
`importlib.resources`. The Danish `.qm` is compiled from the committed `.ts`, and the gettext
`.mo` from the committed `.po`, here at build time (PySide6-Essentials brings lrelease, Babel
compiles the .mo; both are build requirements). An editable install compiles them in place and
copies nothing: the code then reads the repository's folders.
"""

from __future__ import annotations

import runpy
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# Each data folder with what stays out of the installed package: resources/ holds no runtime
# code (its scripts build translations and icons; the .ts is compiled to the .qm here).
DATA_FOLDERS = {
    "resources": shutil.ignore_patterns("__pycache__", "*.py", "*.pyc", "*.ts", "*.po", "*.mo"),
    "db": shutil.ignore_patterns("__pycache__", "*.pyc"),
}


def compile_translations(resources: Path | None) -> None:
    """Compile the Qt .qm (resources/i18n/compile_translations.py) and the gettext .mo
    (resources/locale/compile_catalogues.py) into `resources` (None: in place)."""
    script = runpy.run_path(str(ROOT / "resources" / "i18n" / "compile_translations.py"))
    script["compile_translations"](
        ROOT / "resources" / "i18n", None if resources is None else resources / "i18n"
    )
    catalogues = runpy.run_path(str(ROOT / "resources" / "locale" / "compile_catalogues.py"))
    catalogues["compile_catalogues"](
        ROOT / "resources" / "locale", None if resources is None else resources / "locale"
    )


class BuildWithData(build_py):  # type: ignore[misc]
    """build_py that also copies the data folders into the package and compiles .qm and .mo."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            compile_translations(None)
            return
        package = Path(self.build_lib) / "taskforce_app"
        for folder, left_out in DATA_FOLDERS.items():
            shutil.rmtree(package / folder, ignore_errors=True)
            shutil.copytree(ROOT / folder, package / folder, ignore=left_out)
        compile_translations(package / "resources")


setup(cmdclass={"build_py": BuildWithData})
