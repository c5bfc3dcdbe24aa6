"""A solution that hangs, crashes, floods its output or forks never freezes the app: keys
are answered while the judge runs, and a running judge can be cancelled with a key (its
worker killed, nothing left, nothing recorded). The TUI and the CLI share one store."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from grokpat.store import Store
from tests.tui.conftest import MAX_SUM, MAX_SUM_FILE, RIGHT, WRONG, judged, open_problem, plain, screen_text, wait_for

HOSTILE = {
    "hangs": ("def max_sum_subarray(nums, k):\n    while True:\n        pass\n", "time_limit"),
    "crashes": ("import ctypes\n\ndef max_sum_subarray(nums, k):\n    return ctypes.string_at(0)\n", "runtime_error"),  # a real SIGSEGV
    "floods": ("def max_sum_subarray(nums, k):\n    while True:\n        print('x' * 10000)\n", None),
    "forks": (
        "import os\n\ndef max_sum_subarray(nums, k):\n    for _ in range(200):\n        try:\n            os.fork()\n        except OSError:\n            pass\n    return sum(nums[:k])\n",
        None,
    ),
}


def attempts() -> list[str]:
    with Store() as store:
        return [row["verdict"] for row in store.attempts_since(MAX_SUM, 0)]


@pytest.mark.parametrize("kind", sorted(HOSTILE))
async def test_a_hostile_solution_never_freezes_the_app(make_app, workspace: Path, recorder, kind: str) -> None:
    from tui.screens.help import HelpScreen
    from tui.screens.problem import ProblemScreen

    source, verdict = HOSTILE[kind]
    (workspace / MAX_SUM_FILE).write_text(source)
    app = make_app(watch=False, judge_options={"max_examples": 10, "seed": 1, "time_limit": 1.0, "complexity": False})
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_problem(pilot)
        await pilot.press("j")
        await wait_for(pilot, lambda: app.judges.running() is not None, "the judge running")
        # the UI answers while the judge runs: help opens and closes, the statement scrolls
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen), "help while judging")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ProblemScreen), "back while judging")
        await pilot.press("pagedown", "h")
        panel = await judged(pilot)
        assert app.screen is screen and panel.phase == "finished", panel.phase
        if verdict:
            assert panel.result["verdict"] == verdict
        assert "Traceback" not in screen_text(app)
        if kind == "floods":
            assert len(panel.result["stdout"]) < 200_000  # the judge keeps a capped part; the panel shows less
    recorder.assert_nothing_left()


async def test_a_running_judge_is_cancelled_with_a_key_and_nothing_is_left(make_app, workspace: Path, recorder) -> None:
    (workspace / MAX_SUM_FILE).write_text(HOSTILE["hangs"][0])
    app = make_app(watch=False, judge_options={"max_examples": 10, "seed": 1, "time_limit": 600.0, "complexity": False})
    async with app.run_test(size=(120, 36)) as pilot:
        await open_problem(pilot)
        assert "c Cancel judge" not in screen_text(app)  # only offered while a judge runs
        await pilot.press("j")
        await wait_for(pilot, lambda: bool(recorder.sandboxes), "the worker started")
        await pilot.pause(0.5)  # into the first case, which never ends
        await wait_for(pilot, lambda: "c Cancel judge" in screen_text(app), "the cancel key offered")
        await pilot.press("c")
        panel = await judged(pilot)
        assert panel.phase == "cancelled"
        head = plain(app.screen.query_one("#verdict-head"))
        assert "Cancelled" in head and "nothing was recorded" in head
        recorder.assert_nothing_left()
        assert attempts() == []
        await wait_for(pilot, lambda: "c Cancel judge" not in screen_text(app), "the cancel key gone")


async def test_quitting_while_judging_ends_the_worker(make_app, workspace: Path, recorder) -> None:
    (workspace / MAX_SUM_FILE).write_text(HOSTILE["hangs"][0])
    app = make_app(watch=False, judge_options={"max_examples": 10, "seed": 1, "time_limit": 600.0, "complexity": False})
    async with app.run_test(size=(120, 36)) as pilot:
        await open_problem(pilot)
        await pilot.press("j")
        await wait_for(pilot, lambda: bool(recorder.sandboxes), "the worker started")
        await pilot.pause(0.5)  # into the first case, which never ends
        await pilot.press("q")
    recorder.assert_nothing_left()
    assert attempts() == []


async def test_a_judge_left_running_reports_when_the_screen_is_gone(make_app, workspace: Path) -> None:
    from tui.screens.home import HomeScreen

    # slow to load, so that it is still judging when the screen is gone, however busy the machine
    (workspace / MAX_SUM_FILE).write_text("import time\ntime.sleep(2)\n" + WRONG)
    app = make_app(watch=False)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await open_problem(pilot)
        await pilot.press("j", "escape", "escape")
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen), "home")
        await wait_for(pilot, lambda: MAX_SUM in app.judges.last, "the judgement's end")
        verdict = app.judges.last[MAX_SUM].result["verdict"]  # wrong_answer (a time limit on a machine too busy)
        told = f"{app.catalog.problems[MAX_SUM].title}: {verdict.replace('_', ' ')}"
        # said once (the toast itself lasts 8 s, which a busy machine may outlast before this look)
        await wait_for(pilot, lambda: [text for _, text in app.messages if text == told] != [], "the judged message")
        assert app.messages.count(("information", told)) == 1  # told once, as it ended
        assert attempts() == [verdict]
        await open_problem(pilot)  # the verdict is there when the problem is opened again
        assert verdict.replace("_", " ") in screen_text(app)


async def test_the_cli_and_the_tui_run_at_once_on_one_store(make_app, workspace: Path, catalog) -> None:
    from tui.screens.home import HomeScreen

    (workspace / MAX_SUM_FILE).write_text(RIGHT)
    other = catalog.patterns[1].problem_ids[0]
    cli_file = workspace / "cli_solution.py"
    cli_file.write_text(WRONG)
    app = make_app(watch=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_problem(pilot)
        cli = subprocess.Popen(  # the CLI judging beside the open TUI, on the same store
            [sys.executable, "-m", "grokpat", "judge", str(cli_file), "--problem", other, "--json", "--max-examples", "10", "--seed", "1", "--no-complexity"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        await pilot.press("j")
        panel = await judged(pilot)
        assert panel.result["verdict"] == "accepted"
        out, err = cli.communicate(timeout=300)
        assert cli.returncode == 1, err
        assert json.loads(out)["problem"] == other
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen), "home")
        assert "2 judgements" in screen_text(app)  # the CLI's attempt and the TUI's, one store
    with Store() as store:
        assert {r.problem: r.attempts for r in store.progress()} == {MAX_SUM: 1, other: 1}
