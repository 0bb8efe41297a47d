"""Logging to a rotating file in the user's log folder; tracebacks go there, never to the user.

Every record is passed through `CprRedactingFilter` first, so no CPR number reaches the file
even when a message repeats what the user typed (defence in depth behind the CPR guard).
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from taskforce_app import paths
from taskforce_app.domain.cpr import redact_cpr

_configured: Path | None = None
_HANDLER_NAME = "taskforce-app-log"
_TRACEBACKS = logging.Formatter()


class CprRedactingFilter(logging.Filter):
    """Masks CPR numbers in a record's message, arguments, traceback and stack text."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact `record` in place; never drops it."""
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep its parts, redacted
            message = f"{record.msg} {record.args}"
        record.msg = redact_cpr(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = _TRACEBACKS.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_cpr(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_cpr(record.stack_info)
        return True


def log_file_path() -> Path:
    """The log file that receives tracebacks."""
    return paths.user_log_dir() / "taskforce.log"


def configure_logging(level: int = logging.INFO) -> Path:
    """Send this process's log records to the rotating log file; returns its path.

    Safe to call more than once. If the log folder cannot be created, records go to stderr
    at WARNING level instead, so that logging itself never stops the program.
    """
    global _configured
    target = log_file_path()
    if _configured == target:
        return target
    root = logging.getLogger()
    root.setLevel(level)
    handler: logging.Handler
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s")
    )
    for old in list(root.handlers):
        if old.get_name() == _HANDLER_NAME:
            root.removeHandler(old)
            old.close()
    handler.addFilter(CprRedactingFilter())
    handler.set_name(_HANDLER_NAME)
    root.addHandler(handler)
    _configured = target
    return target
