"""Shared material of the fault tests: the child script, case lists, a prepared database."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.harness import write_child
from tests.faults.material import BIG_CASE_LIST_ROWS, SMALL_CASE_LIST_ROWS, write_case_list


@pytest.fixture(scope="session")
def fault_material(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder for material shared by all fault tests."""
    return tmp_path_factory.mktemp("fault-material")


@pytest.fixture(scope="session")
def child_script(fault_material: Path) -> Path:
    """The script that runs `taskforce-app` with the kill hook."""
    return write_child(fault_material)


@pytest.fixture(scope="session")
def big_case_list(fault_material: Path) -> Path:
    """A case list of 50,000 rows, written once per session."""
    return write_case_list(fault_material / "sager-50000.xlsx", BIG_CASE_LIST_ROWS, "S")


@pytest.fixture(scope="session")
def small_case_list(fault_material: Path) -> Path:
    """A case list of three rows: the writing command run after a kill."""
    return write_case_list(fault_material / "sager-3.xlsx", SMALL_CASE_LIST_ROWS, "F")
