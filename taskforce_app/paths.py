"""The one place that knows where db/, resources/ and the user's data folders are.

In the repository `db/` and `resources/` are top-level folders. A wheel (and the PyInstaller
bundle) carries them inside the package, as `taskforce_app/db` and `taskforce_app/resources`
(setup.py copies them there at build time), found through `importlib.resources`.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from taskforce_app import APP_SLUG

_APP_AUTHOR = "TaskForce"
_DATA_FOLDERS = ("db", "resources")


def package_dir() -> Path:
    """The installed `taskforce_app` package folder (also inside a PyInstaller bundle)."""
    return Path(str(files("taskforce_app")))


def install_root() -> Path:
    """The folder holding `db/` and `resources/`.

    The package folder itself when they were built into it (wheel, bundle); the repository
    when running from a source checkout (also an editable install). An installation missing
    both still answers the package folder, so `--smoke-test` names what is missing there.
    """
    package = package_dir()
    if any((package / folder).is_dir() for folder in _DATA_FOLDERS):
        return package
    checkout = package.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "resources").is_dir():
        return checkout
    return package


def resources_dir() -> Path:
    """Reference data, criteria sets, templates, translations, fonts and icons."""
    return install_root() / "resources"


def fonts_dir() -> Path:
    """The shipped TTF fonts (the GUI's and the PDF reports')."""
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    """The compiled Qt translations (`.qm`) and their `.ts` sources in a checkout."""
    return resources_dir() / "i18n"


def criteria_dir() -> Path:
    """The juridisk and socialfaglig criteria sets and the national benchmarks."""
    return resources_dir() / "criteria"


def templates_dir() -> Path:
    """Plan templates and the demo's content."""
    return resources_dir() / "templates"


def reference_dir() -> Path:
    """Municipalities, themes and other reference data with their sources."""
    return resources_dir() / "reference"


def icons_dir() -> Path:
    """The application icon in its sizes and formats."""
    return resources_dir() / "icons"


def migrations_dir() -> Path:
    """Alembic's script location (env.py and versions/)."""
    return install_root() / "db" / "migrations"


def alembic_ini() -> Path:
    """The Alembic configuration file."""
    return install_root() / "db" / "alembic.ini"


def user_data_dir() -> Path:
    """Where the default database and backups live (created on demand)."""
    from platformdirs import user_data_path

    return user_data_path(APP_SLUG, _APP_AUTHOR)


def user_log_dir() -> Path:
    """Where the rotating log file lives (created on demand)."""
    from platformdirs import user_log_path

    return user_log_path(APP_SLUG, _APP_AUTHOR)


def default_database_path() -> Path:
    """The embedded SQLite database used when no `--db` is given."""
    return user_data_dir() / "taskforce.sqlite"
