"""`export ics` from the command line: the file, the filters, and bad input (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject  # type: ignore[import-untyped]

from taskforce_app.cli import main


def test_export_ics_for_a_forloeb_and_a_consultant(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db_path)
    target = tmp_path / "randers.ics"
    code = main(
        [
            "export",
            "ics",
            "--db",
            db,
            "--engagement",
            "Randers",
            "--meeting-time",
            "10:00",
            "-o",
            str(target),
        ]
    )
    assert code == 0
    assert "begivenheder" in capsys.readouterr().out
    events = vobject.readOne(target.read_text(encoding="utf-8")).vevent_list
    assert events and all(e.summary.value.endswith("– Randers") for e in events)
    assert all("SAG-" not in e.description.value for e in events)
    timed = [e for e in events if "Statusmøde" in e.summary.value]
    assert timed and all(e.dtstart.value.tzinfo is not None for e in timed)
    everyone = tmp_path / "alle.ics"
    assert main(["export", "ics", "--db", db, "-o", str(everyone)]) == 0
    mine = tmp_path / "mine.ics"
    assert main(["export", "ics", "--db", db, "--consultant", "KØW", "-o", str(mine)]) == 0
    all_uids = {e.uid.value for e in vobject.readOne(everyone.read_text("utf-8")).vevent_list}
    my_uids = {e.uid.value for e in vobject.readOne(mine.read_text("utf-8")).vevent_list}
    assert my_uids and my_uids < all_uids


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (["--meeting-time", "25:00"], "klokkeslæt"),
        (["--meeting-time", "10:00", "--meeting-minutes", "0"], "minutter"),
        (["--consultant", "ZZZ"], "ZZZ"),
    ],
)
def test_export_ics_bad_input_exits_2(
    demo_db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    expected: str,
) -> None:
    target = tmp_path / "x.ics"
    assert main(["export", "ics", "--db", str(demo_db_path), "-o", str(target), *extra]) == 2
    error = capsys.readouterr().err
    assert expected in error and error.count("\n") == 1
    assert not target.exists()
