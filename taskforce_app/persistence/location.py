"""Where a database is: an SQLite file path or a server URL, resolved from what the user typed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from taskforce_app.domain.errors import DatabaseError


@dataclass(frozen=True, slots=True)
class DatabaseLocation:
    """A resolved database: `url` for SQLAlchemy, `path` when it is an SQLite file."""

    url: str
    path: Path | None

    @property
    def is_sqlite(self) -> bool:
        """True for the embedded SQLite database."""
        return self.path is not None

    @property
    def display_name(self) -> str:
        """What the status bar and messages show: the file path, or the URL without password."""
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)


def resolve_location(target: str | Path) -> DatabaseLocation:
    """Turn a path or an SQLAlchemy URL into a `DatabaseLocation`.

    Raises:
        DatabaseError: the URL cannot be parsed or names an unsupported backend.
    """
    text = str(target).strip()
    if not text:
        raise DatabaseError("db.bad_url", url=text)
    if "://" not in text:
        path = Path(text).expanduser().absolute()
        return DatabaseLocation(url=f"sqlite+pysqlite:///{path}", path=path)
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text)
    except ArgumentError as exc:
        raise DatabaseError("db.bad_url", url=text) from exc
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise DatabaseError("db.bad_url", url=text)
        path = Path(url.database).expanduser().absolute()
        return DatabaseLocation(url=f"sqlite+pysqlite:///{path}", path=path)
    if backend != "postgresql":
        raise DatabaseError("db.bad_url", url=text)
    return DatabaseLocation(url=url.render_as_string(hide_password=False), path=None)
