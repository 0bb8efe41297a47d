"""A throwaway PostgreSQL server on loopback for the database tests.

`.ci/run` starts one and sets TASKFORCE_TEST_PG_URL. Without it, the tests start their own
cluster when Debian's PostgreSQL binaries are installed and they run as root (as on the
project's machines); otherwise the database tests run against SQLite only.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

ENV = "TASKFORCE_TEST_PG_URL"


def admin_url() -> tuple[str | None, Callable[[], None]]:
    """The admin URL of a server to use, and how to stop it (a no-op for an external one)."""
    given = os.environ.get(ENV)
    if given:
        return given, lambda: None
    binaries = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not binaries or os.geteuid() != 0 or shutil.which("runuser") is None:
        return None, lambda: None
    bin_dir = binaries[-1].parent
    folder = Path(tempfile.mkdtemp(prefix="taskforce-pg-"))
    shutil.chown(folder, "postgres")
    port = 55_000 + os.getpid() % 400
    run = ["runuser", "-u", "postgres", "--"]
    subprocess.run(
        [
            *run,
            str(bin_dir / "initdb"),
            "-D",
            str(folder / "data"),
            "-A",
            "trust",
            "-U",
            "postgres",
        ],
        check=True,
        capture_output=True,
    )
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off"
    subprocess.run(
        [
            *run,
            str(bin_dir / "pg_ctl"),
            "-D",
            str(folder / "data"),
            "-l",
            str(folder / "log"),
            "-w",
            "-o",
            options,
            "start",
        ],
        check=True,
        capture_output=True,
    )

    def stop() -> None:
        subprocess.run(
            [*run, str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-m", "fast", "stop"],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)

    return f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", stop
