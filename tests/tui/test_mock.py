"""A mock interview in the TUI, driven with Pilot on a real store and a clock the test
moves: started from home, the pattern named through the pick list, a solution judged,
the deadline passed, the report on screen and in the store (as the CLI reads it); the
warnings at 5 and 1 minute; guides, hints and references locked while it runs; a mock
started from the CLI resumed from home."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from grokpat.mock import Mocks
from grokpat.practice import Practice
from grokpat.store import Store
from tests.grokpat.test_practice import Clock
from tests.tui.conftest import DAY, MAX_SUM, MAX_SUM_FILE, NOW, RIGHT, judged, open_problem, screen_text, wait_for

OTHER = "pair-with-target-sum"  # two pointers: the mock's second problem, never solved here
WIDE = (160, 50)


def meet_all_but(catalog: Any, keep: set[str], workspace: Path) -> None:
    """Every problem but ``keep`` judged once yesterday: a mock picks unseen problems first,
    so it picks ``keep``."""
    path = workspace / "met.py"
    path.write_text("# met\n")
    with Store() as store:
        practice = Practice(catalog, store, clock=lambda: NOW - DAY)
        for pid in catalog.problems:
            if pid not in keep:
                practice.record({"file": str(path), "problem": pid, "verdict": "wrong_answer", "passed": 0, "total": 1})


async def type_text(pilot: Any, text: str) -> None:
    for char in text:
        await pilot.press({" ": "space", "-": "minus"}.get(char, char))


async def replace_input(pilot: Any, text: str) -> None:
    """The focused Input's text replaced by ``text`` (as typed)."""
    await pilot.press("end", *["backspace"] * 6)
    await type_text(pilot, text)


async def start_mock_with_keys(pilot: Any, minutes: int, problems: int) -> Any:
    from tui.screens.dialogs import NumbersScreen
    from tui.screens.mock import MockScreen

    await pilot.press("m")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, NumbersScreen), "the mock dialog")
    dialog = pilot.app.screen
    assert dialog.query_one("#number-minutes").value == "45" and dialog.query_one("#number-problems").value == "2"  # the defaults
    await replace_input(pilot, str(minutes))
    await pilot.press("tab")
    await replace_input(pilot, str(problems))
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, MockScreen), "the mock screen")
    return pilot.app.screen


def start_mock_in_store(catalog: Any, clock: Clock, workspace: Path, minutes: float = 30) -> Any:
    """A mock started as ``grokpat mock start`` does, before the app opens."""
    with Store() as store:
        return Mocks(Practice(catalog, store, clock)).start(minutes=minutes, count=1, directory=workspace, seed=1)


async def pick(pilot: Any, words: str) -> None:
    from tui.screens.dialogs import PickPatternScreen

    await wait_for(pilot, lambda: isinstance(pilot.app.screen, PickPatternScreen), "the pattern prompt")
    await type_text(pilot, words)
    await pilot.press("enter")
    await wait_for(pilot, lambda: not isinstance(pilot.app.screen, PickPatternScreen), "the prompt answered")


async def test_a_mock_from_home_to_the_report(make_app, index, workspace: Path) -> None:
    from tui.screens.mock import MockProblemScreen, MockScreen
    from tui.widgets.tables import ProblemTable

    meet_all_but(index, {MAX_SUM, OTHER}, workspace)
    clock = Clock(NOW)
    app = make_app(clock=clock, watch=False)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        screen = await start_mock_with_keys(pilot, minutes=10, problems=2)
        table = screen.query_one(ProblemTable)
        assert sorted(row.id for row in table._rows) == sorted([MAX_SUM, OTHER])
        text = screen_text(app)
        assert "10:00 left" in text
        for pid in (MAX_SUM, OTHER):  # neither pattern is said, nor any tag
            pattern = index.pattern(index.problems[pid].pattern)
            assert pattern.title not in text and pattern.id not in text
        stub = (workspace / MAX_SUM_FILE).read_text()
        assert "Sliding Window" not in stub and "sliding" not in stub.lower()

        # the first problem: the pattern named (right) through the pick list, then solved
        table.select(MAX_SUM)
        await pilot.press("enter")
        await pick(pilot, "sliding window")
        await wait_for(pilot, lambda: isinstance(app.screen, MockProblemScreen), "the mock's problem")
        text = screen_text(app)
        assert "Maximum Sum Subarray of Size K" in text and "you named Sliding Window" in text
        assert "Hints" not in text and "Target" not in text
        await pilot.press("o")
        await wait_for(pilot, lambda: app.screen.query("#ask-input"), "the claim prompt")
        await type_text(pilot, "O(n)")
        await pilot.press("enter")
        await pilot.pause()
        (workspace / MAX_SUM_FILE).write_text(RIGHT)
        clock.advance(120)  # two minutes in
        await pilot.press("j")
        panel = await judged(pilot)
        assert panel.result["verdict"] == "accepted"

        # the second: a wrong pattern named, never solved
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen, "back to the mock")
        table.select(OTHER)
        await pilot.press("enter")
        await pick(pilot, "top")
        await wait_for(pilot, lambda: isinstance(app.screen, MockProblemScreen), "the mock's second problem")

        # the deadline passes: the report, wherever the learner is
        clock.advance(10 * 60)
        await wait_for(pilot, lambda: isinstance(app.screen, MockScreen) and app.screen.report is not None, "the report")
        await pilot.pause(0.3)
        text = screen_text(app)
        # by the documented formula: 50 accepted + 20 x (1 - 120/600) speed + 10 first judge
        # + 10 pattern right = 86; the other problem 0; the mean 43
        assert "Mock interview #1: 43.0 / 100" in text
        assert "accepted" in text and "not attempted" in text
        assert "sliding-window (right)" in text and "top-k-elements (wrong)" in text
        assert "O(n) / –" in text  # claimed, not measured (these tests judge without the probe)
        assert "Time is up" in app.messages[-1][1]

    runner = CliRunner()  # the store, as `grokpat mock history --json` reads it
    from grokpat.cli import cli

    result = runner.invoke(cli, ["mock", "history", "--json"])
    assert result.exit_code == 0, result.output
    (report,) = json.loads(result.output)
    by_id = {p["id"]: p for p in report["problems"]}
    assert report["score"] == 43.0
    assert by_id[MAX_SUM]["verdict"] == "accepted" and by_id[MAX_SUM]["attempts"] == 1 and by_id[MAX_SUM]["time_to_accept_s"] == 120.0
    assert by_id[MAX_SUM]["pattern_named"] == "sliding-window" and by_id[MAX_SUM]["pattern_right"] is True
    assert by_id[MAX_SUM]["complexity_claimed"] == "O(n)"
    assert by_id[OTHER]["verdict"] == "not attempted" and by_id[OTHER]["pattern_named"] == "top-k-elements" and by_id[OTHER]["pattern_right"] is False
    with Store() as store:
        assert Mocks(Practice(index, store, lambda: NOW + DAY)).active() is None


async def test_the_countdown_warns_at_five_and_at_one_minute(make_app, index, workspace: Path) -> None:
    from tui.widgets.countdown import Countdown

    clock = Clock(NOW)
    start_mock_in_store(index, clock, workspace, minutes=10)
    app = make_app(clock=clock, watch=False)

    def warnings() -> list[str]:
        return [text for severity, text in app.messages if severity == "warning" and "left in your mock" in text]

    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await pilot.press("m")
        await wait_for(pilot, lambda: bool(app.screen.query("#mock-clock")), "the mock screen")
        countdown = app.screen.query_one("#mock-clock", Countdown)
        clock.advance(4 * 60 + 30)  # 5:30 left: no warning yet
        await wait_for(pilot, lambda: countdown.time_text == "5:30", "the countdown at 5:30")
        assert warnings() == [] and not countdown.has_class("-warn")
        clock.advance(31)  # 4:59
        await wait_for(pilot, lambda: countdown.time_text == "4:59", "the countdown at 4:59")
        assert warnings() == ["5 minutes left in your mock interview"]
        assert countdown.has_class("-warn") and not countdown.has_class("-urgent")
        assert "5 minutes left" in screen_text(app)  # the notification, on screen
        clock.advance(4 * 60)  # 0:59
        await wait_for(pilot, lambda: countdown.time_text == "0:59", "the countdown at 0:59")
        await pilot.pause(0.6)  # more ticks: each warning once
        assert warnings() == ["5 minutes left in your mock interview", "1 minute left in your mock interview"]
        assert countdown.has_class("-urgent") and not countdown.has_class("-warn")


async def test_guides_hints_and_references_are_locked_during_a_mock_and_open_after(make_app, index, workspace: Path) -> None:
    from tui.screens.home import HomeScreen
    from tui.screens.mock import MockScreen
    from tui.screens.pattern import PatternScreen

    clock = Clock(NOW)
    session = start_mock_in_store(index, clock, workspace)
    mine = session.problems[0]["id"]
    other = next(pid for pid in index.problems if pid != mine)
    app = make_app(clock=clock, watch=False)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("enter")  # a pattern's guide
        await pilot.pause(0.2)
        assert isinstance(app.screen, HomeScreen) and "locked during your mock interview" in app.messages[-1][1]
        await pilot.press("d")  # a drill would say patterns
        await pilot.pause(0.2)
        assert isinstance(app.screen, HomeScreen) and "the drill is locked" in app.messages[-1][1]
        app.open_problem(mine)  # the mock's own problem, from the palette: only on the mock's screen
        await pilot.pause(0.2)
        assert isinstance(app.screen, HomeScreen) and "is a problem of your mock interview" in app.messages[-1][1]
        await open_problem(pilot, other)
        await pilot.press("h")
        await pilot.pause(0.2)
        assert "hints are locked" in app.messages[-1][1]
        await pilot.press("g")
        await pilot.pause(0.2)
        assert "the reference solution is locked" in app.messages[-1][1] and len(app.screen_stack) == 2  # no dialog, no reveal
        with Store() as store:
            assert store.hints_taken(other) == 0 and store.progress(other) == []

        # ended from its screen (with a confirmation): everything opens again
        await pilot.press("escape")
        await pilot.press("m")
        await wait_for(pilot, lambda: isinstance(app.screen, MockScreen), "the mock screen")
        await pilot.press("x")
        await pilot.pause(0.2)
        await pilot.press("y")
        await wait_for(pilot, lambda: app.screen.report is not None, "the report")
        assert "You ended the mock interview" in app.messages[-1][1]
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen), "home")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, PatternScreen), "a guide, open again")
        await pilot.press("escape")
        await open_problem(pilot, other)
        await pilot.press("h")
        await pilot.pause(0.2)
        with Store() as store:
            assert store.hints_taken(other) == 1
            assert [m["id"] for m in store.closed_mocks()] == [session.id]


async def test_a_mock_started_from_the_cli_is_resumed_from_home(make_app, index, workspace: Path) -> None:
    from tui.screens.mock import MockProblemScreen, MockScreen
    from tui.widgets.tables import ProblemTable

    clock = Clock(NOW)
    session = start_mock_in_store(index, clock, workspace, minutes=30)
    clock.advance(75)
    pid = session.problems[0]["id"]
    app = make_app(clock=clock, watch=False)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause(0.3)
        text = screen_text(app)
        assert f"interview #{session.id} is running, 28:45 left" in text and "press m to resume it" in text
        await pilot.press("m")
        await wait_for(pilot, lambda: isinstance(app.screen, MockScreen), "the mock screen")
        assert [row.id for row in app.screen.query_one(ProblemTable)._rows] == [pid]
        await wait_for(pilot, lambda: "28:45 left" in screen_text(app), "its countdown")
        await pilot.press("enter")
        await pick(pilot, "")  # Escape would skip; Enter on an empty filter names the first pattern
        await wait_for(pilot, lambda: isinstance(app.screen, MockProblemScreen), "its problem")
        assert app.screen.path == Path(session.problems[0]["file"])  # the file the CLI wrote
    with Store() as store:
        named = {p["problem"]: p["pattern_named"] for p in store.mock_problems(session.id)}
    assert named == {pid: index.patterns[0].id}
