"""The TUI's tests: the real app (``App.run_test``), a real store in a fresh GROKPAT_HOME per
test, a workspace of its own (the current folder), a fixed clock, and fast judge options."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from tests.judge.conftest import Recorder

# 2026-11-20 10:00 local time: a Friday; what the screens say about "today" never moves.
NOW = dt.datetime(2026, 11, 20, 10, 0).timestamp()
DAY = 86400.0
FAST = {"max_examples": 30, "seed": 1, "time_limit": 5.0, "complexity": False}  # a generous limit: a busy machine is not a time limit
MAX_SUM = "max-sum-subarray-of-size-k"
MAX_SUM_FILE = "max_sum_subarray_of_size_k.py"

RIGHT = """
def max_sum_subarray(nums, k):
    best = window = sum(nums[:k])
    for i in range(k, len(nums)):
        window += nums[i] - nums[i - k]
        best = max(best, window)
    return best
"""
WRONG = """
def max_sum_subarray(nums, k):
    print("window of", k)
    return max(nums[:k])
"""


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A GROKPAT_HOME of this test's own (a fresh store), and no editor inherited."""
    path = tmp_path / "home"
    monkeypatch.setenv("GROKPAT_HOME", str(path))
    for var in ("VISUAL", "EDITOR", "NO_COLOR"):  # NO_COLOR would draw the snapshots in monochrome
        monkeypatch.delenv(var, raising=False)
    return path


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "ws"
    path.mkdir()
    monkeypatch.chdir(path)
    return path


@pytest.fixture(scope="session")
def index(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The catalog as the app reads it (from its index, built in a folder of the session's
    own), once per session."""
    from problems.index import load_index

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GROKPAT_HOME", str(tmp_path_factory.mktemp("index-home")))
        mp.delenv("GROKPAT_PACKS", raising=False)
        return load_index()


@pytest.fixture
def make_app(workspace: Path, index: Any) -> Callable[..., Any]:
    """make_app(**overrides) -> GrokpatApp on the test's store and workspace, at NOW (the
    session's index; ``catalog=None`` reads it as `grokpat` does)."""
    from tui.app import GrokpatApp

    def make(**overrides: Any) -> GrokpatApp:
        options = {"catalog": index, "judge_options": dict(FAST), "clock": lambda: NOW, "workspace": workspace}
        options.update(overrides)
        return GrokpatApp(**options)

    return make


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """Every sandbox the judge starts in this test (to check that nothing of it is left)."""
    from judge.sandbox import Sandbox

    rec = Recorder()
    original = Sandbox.__init__

    def recording_init(self: Sandbox, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        rec.sandboxes.append(self)

    monkeypatch.setattr(Sandbox, "__init__", recording_init)
    return rec


def screen_text(app: Any) -> str:
    """The screen as plain text, as a terminal would show it."""
    console = Console(width=app.size.width, height=app.size.height, file=open(os.devnull, "w"), record=True, force_terminal=True, color_system=None)
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text()


def region_text(app: Any, widget: Any) -> str:
    """The part of the screen a widget covers, as plain text (so that words shown elsewhere,
    in a list beside it, do not count)."""
    region = widget.region
    lines = screen_text(app).splitlines()[region.y : region.bottom]
    return "\n".join(line[region.x : region.right] for line in lines)


async def wait_for(pilot: Any, condition: Callable[[], bool], what: str, timeout_s: float = 90.0) -> None:
    """Let the app run until ``condition()`` holds (a guard against a hang, not a timing)."""
    import time

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}\n{screen_text(pilot.app)}")
        await pilot.pause(0.05)
    await pilot.pause()


async def judged(pilot: Any) -> Any:
    """Wait for the problem screen's verdict panel to leave 'running'; the panel."""
    from tui.widgets.verdict import VerdictPanel

    panel = pilot.app.screen.query_one(VerdictPanel)
    await wait_for(pilot, lambda: panel.phase in ("finished", "failed", "cancelled") and pilot.app.judges.running() is None, "a verdict")
    await pilot.pause(0.1)
    return panel


async def open_problem(pilot: Any, problem_id: str = MAX_SUM) -> Any:
    from tui.screens.problem import ProblemScreen

    pilot.app.open_problem(problem_id)
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ProblemScreen), "the problem screen")
    return pilot.app.screen


Runner = Callable[[Any], Awaitable[None]]


def plain(widget: Any) -> str:
    """A Static's text, wherever it is scrolled to."""
    return str(widget.content)
