"""The Qt binding in use must not corrupt Python's reference counts.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call that returns nothing;
after some thousands of calls the interpreter aborts (`none_dealloc`). The dependency bound in
pyproject.toml keeps it out; this test catches a binding with the same fault.
"""

from __future__ import annotations

import subprocess
import sys

PROGRAM = """
import sys
from PySide6.QtCore import QRectF
rect = QRectF(0, 0, 1, 1)
before = sys.getrefcount(None)
for _ in range(50_000):
    rect.setWidth(2.0)
after = sys.getrefcount(None)
print(before - after)
"""


def test_void_calls_keep_the_reference_count_of_none() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 1_000
