"""The editor key: the solution file written (as `grokpat start`) and opened in $VISUAL or
$EDITOR, here a fake editor script that writes a solution, as a learner would; back in
the app, the saved file is judged. (Under Pilot there is no terminal to hand over, so the
editor runs without suspending; test_terminal.py runs the same with the app suspended.)"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from grokpat.store import Store
from tests.tui.conftest import MAX_SUM, MAX_SUM_FILE, RIGHT, judged, open_problem, wait_for


def fake_editor(folder: Path, source: str, status: int = 0) -> tuple[str, Path]:
    """An $EDITOR command that appends ``source`` to its file, notes that it ran, exits ``status``."""
    script = folder / "fake_editor.py"
    log = folder / "editor.log"
    script.write_text(
        "import sys\n"
        "path = sys.argv[-1]\n"
        f"open({str(log)!r}, 'a').write(path + '\\n')\n"
        f"open(path, 'a').write({source!r})\n"
        f"sys.exit({status})\n"
    )
    return f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}", log


async def test_e_writes_the_file_opens_the_editor_and_judges_what_was_saved(make_app, workspace: Path, tmp_path: Path, monkeypatch) -> None:
    command, log = fake_editor(tmp_path, RIGHT)
    monkeypatch.setenv("VISUAL", command)
    monkeypatch.setenv("EDITOR", "/no/such/editor")  # $VISUAL comes first
    app = make_app()
    path = workspace / MAX_SUM_FILE
    async with app.run_test(size=(140, 45)) as pilot:
        screen = await open_problem(pilot)
        await pilot.press("e")
        await wait_for(pilot, lambda: log.exists(), "the editor run")
        assert log.read_text().split() == [str(path)]
        text = path.read_text()
        assert text.startswith(f"# grokpat: {MAX_SUM}\n") and text.endswith(RIGHT)  # the stub, then what was typed
        panel = await judged(pilot)
        assert app.screen is screen  # back where the learner was
        assert panel.result["verdict"] == "accepted"
        await pilot.press("e")  # again: the same file, never overwritten; what was added is judged
        await wait_for(pilot, lambda: len(log.read_text().split()) == 2, "the second editor run")
        assert path.read_text().endswith(RIGHT + RIGHT)
        await judged(pilot)
    with Store() as store:
        assert [row["verdict"] for row in store.attempts_since(MAX_SUM, 0)] == ["accepted", "accepted"]


async def test_an_editor_that_fails_is_said_and_an_unchanged_file_is_not_judged(make_app, workspace: Path, tmp_path: Path, monkeypatch) -> None:
    command, log = fake_editor(tmp_path, "", status=3)
    monkeypatch.setenv("EDITOR", command)
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await open_problem(pilot)
        await pilot.press("e")
        await wait_for(pilot, lambda: log.exists(), "the editor run")
        await pilot.pause()
        assert "exited with status 3" in app.messages[-1][1]
        assert app.judges.current is None  # the stub, untouched: not judged
