"""Task Force Tracker: engagements of the Task Force på børneområdet with municipalities."""

__version__ = "0.1.0"
APP_NAME = "Task Force Tracker"
APP_SLUG = "taskforce-app"
