"""Task Force Tracker: engagements of the Task Force på børneområdet with municipalities."""

__version__ = "0.1.0"
APP_NAME = "Task Force Tracker"
APP_SLUG = "taskforce-app"


def _register_catalogues() -> None:
    """Give the domain's texts their gettext catalogues (read on first use, never at import)."""
    from taskforce_app import catalogue

    catalogue.register()


_register_catalogues()
