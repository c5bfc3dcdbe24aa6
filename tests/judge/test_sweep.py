"""The sweep of stale judges' folders (``judge.sandbox.sweep_stale``): a judge that starts
removes what dead judges left, and never touches a live judge, even one in another pid
namespace (a container or ``unshare`` sharing /tmp), whose guard's pid means nothing here."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from judge.sandbox import FOLDER_PREFIX, GUARD_FILE, TOKEN_VAR, _pid_namespace, _start_time, sweep_stale


@pytest.fixture
def sleeper() -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """A process carrying a worker token, as a sandboxed worker does."""
    token = f"sweep-test-{os.getpid()}-{time.monotonic_ns()}"
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"], env={**os.environ, TOKEN_VAR: token})
    yield process, token
    process.kill()
    process.wait()


def folder(root: Path, name: str, guard: str) -> Path:
    made = root / f"{FOLDER_PREFIX}{name}"
    made.mkdir()
    (made / GUARD_FILE).write_text(guard)
    return made


def test_a_dead_judges_folder_and_processes_are_swept(tmp_path: Path, sleeper: tuple[subprocess.Popen[bytes], str]) -> None:
    process, token = sleeper
    dead = folder(tmp_path, "dead", f"999999999 1 {token} {_pid_namespace()}")
    assert sweep_stale(tmp_path) == 1
    assert not dead.exists()
    assert process.wait(timeout=30) != 0  # ended by the sweep


def test_a_live_judges_folder_is_kept(tmp_path: Path, sleeper: tuple[subprocess.Popen[bytes], str]) -> None:
    process, token = sleeper
    live = folder(tmp_path, "live", f"{process.pid} {_start_time(process.pid)} {token} {_pid_namespace()}")
    assert sweep_stale(tmp_path) == 0
    assert live.exists() and process.poll() is None


def test_a_judge_in_another_pid_namespace_is_never_swept(tmp_path: Path, sleeper: tuple[subprocess.Popen[bytes], str]) -> None:
    process, token = sleeper
    foreign = folder(tmp_path, "foreign", f"7 1 {token} pid:[1]")  # its guard is pid 7 over there
    assert sweep_stale(tmp_path) == 0
    assert foreign.exists() and process.poll() is None
