"""A deleted forløb is gone from every command: exit 2 for its id, absent from every listing."""

from __future__ import annotations

import json
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook

from taskforce_app.bootstrap import open_context
from taskforce_app.cli import main
from tests.persistence.sql_recorder import recording_selects


@dataclass(frozen=True)
class DemoForloeb:
    id: uuid.UUID
    municipality: str
    code: str
    round_ids: tuple[uuid.UUID, ...]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _demo_forloeb(path: Path) -> tuple[list[DemoForloeb], list[str]]:
    context = open_context(path)
    try:
        found = [
            DemoForloeb(
                row.id,
                row.municipality_name,
                row.municipality_code,
                tuple(view.id for view in context.review.rounds(row.id)),
            )
            for row in context.engagements.summaries()
        ]
        initials = [person.initials for person in context.team.consultants()]
    finally:
        context.close()
    return found, initials


def _workbook_text(path: Path) -> str:
    workbook = load_workbook(path, read_only=True)
    try:
        return "\n".join(
            str(value)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if value is not None
        )
    finally:
        workbook.close()


def test_every_command_after_deleting_each_demo_forloeb_in_turn(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    everyone, initials = _demo_forloeb(demo_template)
    assert len(everyone) >= 2 and initials
    for number, gone in enumerate(everyone):
        folder = tmp_path / f"run{number}"
        folder.mkdir()
        db = folder / "demo.sqlite"
        shutil.copyfile(demo_template, db)
        returned = folder / "returned.xlsx"
        assert (
            _run(
                capsys,
                "export",
                "xlsx",
                "--db",
                str(db),
                "--engagement",
                str(gone.id),
                "-o",
                str(returned),
            )[0]
            == 0
        )
        context = open_context(db)
        try:
            context.engagements.delete(gone.id)
        finally:
            context.close()
        others = [item for item in everyone if item.id != gone.id]
        shared = {item.municipality for item in others}
        hidden = [str(gone.id)] + ([] if gone.municipality in shared else [gone.municipality])
        other = others[0]

        with recording_selects() as recorder:
            for argv in (
                ("rounds", "--engagement", str(gone.id)),
                ("results", "--engagement", str(gone.id)),
                ("findings", "--engagement", str(gone.id)),
                ("export", "pdf", "--engagement", str(gone.id), "-o", str(folder / "g.pdf")),
                ("export", "xlsx", "--engagement", str(gone.id), "-o", str(folder / "g.xlsx")),
                ("import-cases", "--engagement", str(gone.id), str(folder / "none.csv")),
                ("package", "export", "--engagement", str(gone.id), "-o", str(folder / "g.tfpkg")),
                ("import-returned", str(returned)),
                *(
                    ("sample", "--round", str(round_id), "--method", "random", "--seed", "7")
                    for round_id in gone.round_ids
                ),
            ):
                code, out, err = _run(capsys, argv[0], "--db", str(db), *argv[1:])
                assert code == 2, (argv, out, err)
                assert err.count("\n") == 1 and "Traceback" not in err, (argv, err)
            assert not (folder / "g.pdf").exists() and not (folder / "g.xlsx").exists()
            assert not (folder / "g.tfpkg").exists()
            if gone.municipality not in shared:
                code, _out, err = _run(
                    capsys, "rounds", "--db", str(db), "--engagement", gone.municipality
                )
                assert code == 2, err

            outputs = []
            for argv in (
                ("list", "--json"),
                ("list",),
                ("check",),
                *(("deadlines", "--consultant", person, "--days", "3650") for person in initials),
                ("rounds", "--engagement", str(other.id), "--json"),
                ("results", "--engagement", str(other.id), "--json"),
                ("findings", "--engagement", str(other.id), "--json"),
                ("export", "portfolio", "-o", str(folder / "portfolio.xlsx")),
                ("export", "xlsx", "--engagement", str(other.id), "-o", str(folder / "o.xlsx")),
                ("export", "pdf", "--engagement", str(other.id), "-o", str(folder / "o.pdf")),
                ("package", "export", "--engagement", str(other.id), "-o", str(folder / "o.tfpkg")),
            ):
                code, out, err = _run(capsys, argv[0], "--db", str(db), *argv[1:])
                assert code == 0, (argv, out, err)
                outputs.append(out)
            listed = {row["id"] for row in json.loads(outputs[0])}
            assert listed == {str(item.id) for item in others}
            outputs.append(_workbook_text(folder / "portfolio.xlsx"))
            outputs.append(_workbook_text(folder / "o.xlsx"))
            for text in outputs:
                for word in hidden:
                    assert word not in text

            code, out, _err = _run(capsys, "list", "--db", str(db), "--all", "--json")
            assert code == 0
            deleted = [row for row in json.loads(out) if row["deleted"]]
            assert [row["id"] for row in deleted] == [str(gone.id)]
        assert recorder.selects
        assert recorder.bypassing == []
