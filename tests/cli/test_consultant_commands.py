"""`consultants add|list|deactivate`: output, exit codes, Danish messages, nothing half-stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from taskforce_app.bootstrap import open_context
from taskforce_app.cli import main


def _add(db: Path, *extra: str, initials: str = "MHJ", name: str = "Mette Hjort") -> int:
    return main(
        [
            "consultants",
            "add",
            "--db",
            str(db),
            "--name",
            name,
            "--initials",
            initials,
            "--role",
            "jurist",
            *extra,
        ]
    )


def _stored(db: Path) -> list[tuple[str, str, bool]]:
    context = open_context(db)
    try:
        return [
            (p.initials, p.organisation.value, p.active) for p in context.team.consultant_details()
        ]
    finally:
        context.close()


def test_add_list_and_deactivate(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _add(db_path, "--organisation", "ankestyrelsen", "--json") == 0
    added = json.loads(capsys.readouterr().out)
    assert (added["initials"], added["organisation"], added["active"]) == (
        "MHJ",
        "ankestyrelsen",
        True,
    )
    code = _add(
        db_path,
        "--organisation",
        "Social- og Boligstyrelsen",
        initials="bbo",
        name="Bo Bech",
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert "BBO" in printed and "Social- og Boligstyrelsen" in printed and "aktiv" in printed
    assert main(["consultants", "deactivate", "--db", str(db_path), "--initials", "mhj"]) == 0
    assert "Mette Hjort (MHJ) er deaktiveret" in capsys.readouterr().out
    assert main(["consultants", "list", "--db", str(db_path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(p["initials"], p["active"]) for p in listed] == [("BBO", True), ("MHJ", False)]
    assert main(["consultants", "list", "--db", str(db_path)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:2] == ["Initialer", "Navn"]
    assert table[2].startswith("MHJ") and table[2].endswith("deaktiveret")


@pytest.mark.parametrize(
    ("extra", "initials", "name", "danish"),
    [
        (("--organisation", "ankestyrelsen"), "mhj", "Mette Anden", "bruges allerede"),
        (("--organisation", "ankestyrelsen"), "OK", "Barn 010203-1234", "Konsulentens navn"),
        (("--organisation", "ankestyrelsen"), "OK", "  ", "Navn skal udfyldes"),
        (("--organisation", "ankestyrelsen"), "M2", "Mads", "2–6 bogstaver"),
        (("--organisation", "Socialstyrelsen"), "OK", "Mads", "Organisationen 'Socialstyrelsen'"),
        (("--organisation", "ankestyrelsen", "--email", "mads@"), "OK", "Mads", "e-mailadresse"),
    ],
)
def test_bad_input_exits_2_with_one_danish_line_and_stores_nothing(
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: tuple[str, ...],
    initials: str,
    name: str,
    danish: str,
) -> None:
    assert _add(db_path, "--organisation", "ankestyrelsen") == 0
    capsys.readouterr()
    assert _add(db_path, *extra, initials=initials, name=name) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and danish in err
    assert "010203" not in err
    assert _stored(db_path) == [("MHJ", "ankestyrelsen", True)]


def test_bad_role_and_unknown_initials(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "consultants",
            "add",
            "--db",
            str(db_path),
            "--name",
            "Mads",
            "--initials",
            "MAD",
            "--organisation",
            "ankestyrelsen",
            "--role",
            "chef",
        ]
    )
    assert code == 2
    assert "Rollen 'chef' kendes ikke" in capsys.readouterr().err
    assert main(["consultants", "deactivate", "--db", str(db_path), "--initials", "XYZ"]) == 2
    assert "Konsulenten 'XYZ' findes ikke" in capsys.readouterr().err
    assert main(["consultants", "--db", str(db_path)]) == 2
    assert _stored(db_path) == []
