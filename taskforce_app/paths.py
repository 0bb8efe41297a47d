"""The one place that knows where db/, resources/ and the user's data folders are."""

from __future__ import annotations

import sys
from pathlib import Path

from taskforce_app import APP_SLUG

_APP_AUTHOR = "TaskForce"


def install_root() -> Path:
    """The folder holding `db/` and `resources/`: the repository, or a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """Reference data, translations, fonts and icons."""
    return install_root() / "resources"


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
