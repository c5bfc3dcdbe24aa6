"""The TUI in a real terminal (tmux): start it, read the screen, drive it with keys; the
editor runs with the app suspended and the app comes back where it was."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.tui.conftest import MAX_SUM_FILE, RIGHT

TMUX = shutil.which("tmux")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(TMUX is None, reason="tmux is part of this project's machine image; without it there is no real terminal to drive"),
]


class Terminal:
    def __init__(self, session: str) -> None:
        self.session = session

    def screen(self) -> str:
        return subprocess.run([TMUX, "capture-pane", "-p", "-t", self.session], capture_output=True, text=True).stdout

    def keys(self, *keys: str) -> None:
        subprocess.run([TMUX, "send-keys", "-t", self.session, *keys], check=True)

    def wait(self, condition: Callable[[str], bool], what: str, timeout_s: float = 60.0) -> str:
        deadline = time.monotonic() + timeout_s
        while True:
            screen = self.screen()
            if condition(screen):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"never on screen: {what}\n{screen}")
            time.sleep(0.05)


@pytest.fixture
def terminal(tmp_path: Path, home: Path) -> Iterator[Callable[..., Terminal]]:
    sessions: list[str] = []

    def start(width: int = 140, height: int = 45, env: dict[str, str] | None = None) -> Terminal:
        session = f"grokpat-tui-{tmp_path.name}-{len(sessions)}"[:60]
        exports = {"GROKPAT_HOME": str(home), "TERM": "xterm-256color", **(env or {})}
        script = tmp_path / f"run{len(sessions)}.sh"
        script.write_text(
            "".join(f"export {k}={shlex.quote(v)}\n" for k, v in exports.items())
            + f"cd {shlex.quote(str(tmp_path))}\n"
            + f'for _ in $(seq 200); do [ "$(stty size)" = "{height} {width}" ] && break; sleep 0.05; done\n'  # the size set before the app starts
            + "unset COLUMNS LINES\n"  # tmux may hand its first command the default size in these; the tty has the real one
            + f"{shlex.quote(sys.executable)} -m grokpat\n"
            + "echo EXITED=$?\n"
            + "sleep 60\n"
        )
        subprocess.run([TMUX, "new-session", "-d", "-s", session, "-x", str(width), "-y", str(height), f"bash {script}"], check=True)
        subprocess.run([TMUX, "resize-window", "-t", session, "-x", str(width), "-y", str(height)], check=True)
        sessions.append(session)
        return Terminal(session)

    yield start
    for session in sessions:
        subprocess.run([TMUX, "kill-session", "-t", session], capture_output=True)


def test_home_shows_the_patterns_enter_shows_problems_q_quits(terminal, catalog) -> None:
    term = terminal(140, 45)
    first, last = catalog.patterns[0], catalog.patterns[-1]
    screen = term.wait(lambda s: first.title in s and last.title in s, "the pattern titles")
    assert "Today" in screen
    assert len(max(screen.splitlines(), key=len)) > 100  # drawn for 140 columns, not 80
    term.wait(lambda s: "q Quit" in s, "the footer")
    term.keys("Enter")
    problems = [catalog.problems[pid].title for pid in first.problem_ids]
    screen = term.wait(lambda s: all(title in s for title in problems), "the first pattern's problems")
    assert "How to recognise it" in screen or first.title in screen
    term.keys("q")
    screen = term.wait(lambda s: "EXITED=0" in s, "the app ended")
    assert "Traceback" not in screen


def test_the_editor_runs_with_the_app_suspended_and_the_app_comes_back(terminal, tmp_path: Path) -> None:
    release = tmp_path / "release"
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import os, sys, time\n"
        "path = sys.argv[-1]\n"
        "print('FAKE EDITOR OPEN', os.path.basename(path), flush=True)\n"
        f"open(path, 'a').write({RIGHT!r})\n"
        f"while not os.path.exists({str(release)!r}):\n"
        "    time.sleep(0.05)\n"
    )
    term = terminal(140, 45, env={"EDITOR": f"{sys.executable} {editor}"})
    term.wait(lambda s: "Sliding Window" in s and "q Quit" in s, "home")
    term.keys("Enter")
    term.wait(lambda s: "Problems  0/7 solved" in s and "Maximum Sum Subarray of Size K" in s, "the pattern")
    term.keys("Enter")
    term.wait(lambda s: "Judge on save" in s, "the problem")
    term.keys("e")
    screen = term.wait(lambda s: "FAKE EDITOR OPEN" in s, "the editor")
    assert f"FAKE EDITOR OPEN {MAX_SUM_FILE}" in screen
    assert "Judge on save" not in screen  # the terminal is the editor's now: the app is suspended
    release.touch()
    screen = term.wait(lambda s: "✓ accepted" in s, "back in the app, the saved file judged", timeout_s=120)
    assert "Maximum Sum Subarray of Size K" in screen and "FAKE EDITOR OPEN" not in screen
    assert (tmp_path / MAX_SUM_FILE).read_text().endswith(RIGHT)
    term.keys("q")
    term.wait(lambda s: "EXITED=0" in s, "the app ended")
