"""Snapshots of the main screens: a fixed clock, a store filled the same way every time, a
fixed terminal size, a verdict handed to the screen as the judge's JSON (a live judgement
has timings and a shrinker that vary), so each screen is drawn the same on every run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from grokpat.practice import Practice
from grokpat.store import Store
from tests.tui.conftest import DAY, MAX_SUM, MAX_SUM_FILE, NOW, RIGHT, open_problem, wait_for
from tests.tui.snap import assert_snapshot

WIDE, NARROW = (120, 36), (80, 24)

WRONG_RESULT: dict[str, Any] = {
    "file": MAX_SUM_FILE, "problem": MAX_SUM, "verdict": "wrong_answer", "passed": 4, "total": 209, "ran": 5,
    "counterexample": {"input": {"nums": [0, 1], "k": 1}, "expected": 1, "actual": 0, "error": None, "reason": None},
    "complexity": None, "stdout": "window of 1\nwindow of 1\n", "elapsed_s": 0.42, "message": "wrong answer", "sandbox": [],
}
ACCEPTED_RESULT: dict[str, Any] = {
    "file": MAX_SUM_FILE, "problem": MAX_SUM, "verdict": "suboptimal", "passed": 209, "total": 209, "ran": 209,
    "counterexample": None,
    "complexity": {
        "expected": "O(n)", "measured": "O(n^2)", "n": [256, 512, 1024, 2048, 4096],
        "solution_s": [0.0004, 0.0016, 0.0064, 0.0256, 0.1024], "reference_s": [0.00002, 0.00004, 0.00008, 0.00016, 0.00032],
        "ratio_growth": 16.0, "note": "",
    },
    "stdout": "", "elapsed_s": 1.37, "message": "right answers, but the time grows like O(n^2) where O(n) is possible", "sandbox": [],
}


@pytest.fixture
def history(catalog, workspace: Path) -> None:
    """Three sliding-window problems solved over three days (one after a hint), one two-pointers
    problem given up on (due for review), all before NOW."""
    path = workspace / "x.py"
    path.write_text(RIGHT)
    window = catalog.pattern("sliding-window").problem_ids
    with Store() as store:
        for day, (pid, hint) in enumerate([(window[0], False), (window[1], True), (window[2], False)]):
            practice = Practice(catalog, store, clock=lambda day=day: NOW - (3 - day) * DAY)
            if hint:
                practice.take_hints(pid)
            practice.record({"file": str(path), "problem": pid, "verdict": "wrong_answer", "passed": 0, "total": 9})
            practice.record({"file": str(path), "problem": pid, "verdict": "accepted", "passed": 9, "total": 9})
        Practice(catalog, store, clock=lambda: NOW - 2 * DAY).reveal("pair-with-target-sum")


async def show_verdict(pilot: Any, result: dict[str, Any]) -> None:
    from tui.judging import JudgeFinished

    app = pilot.app
    app.post_message(JudgeFinished(MAX_SUM, Path(MAX_SUM_FILE), result, None))
    await wait_for(pilot, lambda: app.screen.query_one("#verdict").phase == "finished", "the verdict drawn")
    await pilot.pause(0.5)


async def test_home(make_app, history, tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause(0.3)
        assert_snapshot(app, "home", tmp_path)


@pytest.mark.parametrize(("name", "key"), [("pattern", "enter"), ("stats", "s"), ("reviews", "r")])
async def test_screen_one_key_from_home(make_app, history, tmp_path: Path, name: str, key: str) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press(key)
        await pilot.pause(0.5)
        assert_snapshot(app, name, tmp_path)


@pytest.mark.parametrize(
    ("name", "size", "result"),
    [("problem-wrong-answer", WIDE, WRONG_RESULT), ("problem-suboptimal", WIDE, ACCEPTED_RESULT), ("problem-80x24", NARROW, WRONG_RESULT)],
)
async def test_problem_with_a_verdict(make_app, workspace: Path, tmp_path: Path, name: str, size: tuple[int, int], result: dict) -> None:
    (workspace / MAX_SUM_FILE).write_text(RIGHT)
    app = make_app(watch=False)
    async with app.run_test(size=size) as pilot:
        await open_problem(pilot)
        await show_verdict(pilot, result)
        assert_snapshot(app, name, tmp_path)


async def test_help(make_app, tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause(0.5)
        assert_snapshot(app, "help", tmp_path)
