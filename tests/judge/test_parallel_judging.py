"""``grokpat judge FILE... -j N``: every core, the same verdicts, probes that never share a core.

- ``-j 3`` gives the verdicts and counterexamples that ``-j 1`` gives, file by file;
- each judging process is pinned to a core of its own (a solution that prints its
  affinity sees one core, a different one per process);
- a core's probe lock lets one holder in at a time (``judge.cores.exclusive_turn``);
- the human output ends with a summary whose counts are the JSON verdicts';
- a CLI killed while judging several files leaves nothing running.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from judge.cores import available_cores
from tests.judge.conftest import MAX_SUM, live_pids_with

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
MAX_SUM_FILES = ["deque_window", "wrong_misses_last_window", "slow_nested_sums", "runtime_index_past_end", "wrong_best_starts_at_zero"]
AFFINITY = """
import os

def max_sum_subarray(nums, k):
    print(sorted(os.sched_getaffinity(0)))
    return max(sum(nums[i:i + k]) for i in range(len(nums) - k + 1))
"""


def grokpat(cwd: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "grokpat", *args], capture_output=True, text=True, cwd=cwd, timeout=timeout)
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    return done


def json_lines(done: subprocess.CompletedProcess[str]) -> dict[str, dict]:
    return {Path(r["file"]).name: r for r in map(json.loads, done.stdout.splitlines())}


@pytest.fixture
def submissions(tmp_path: Path) -> list[str]:
    """A class's folder: one problem, several solutions, several verdicts."""
    for name in MAX_SUM_FILES:
        shutil.copy(CORPUS / "sliding_window" / "max_sum_subarray_of_size_k" / f"{name}.py", tmp_path / f"{name}.py")
    return [f"{name}.py" for name in MAX_SUM_FILES]


def test_every_core_gives_the_verdicts_of_one_at_a_time(tmp_path: Path, submissions: list[str]) -> None:
    args = ["judge", *submissions, "--problem", MAX_SUM, "--json", "--seed", "3", "--max-examples", "60", "--no-record"]
    one = json_lines(grokpat(tmp_path, *args, "-j", "1"))
    many = json_lines(grokpat(tmp_path, *args, "-j", "3"))
    assert sorted(one) == sorted(many) == sorted(submissions)
    verdicts = {name: r["verdict"] for name, r in one.items()}
    assert verdicts["deque_window.py"] == "accepted"
    assert verdicts["slow_nested_sums.py"] == "suboptimal"
    assert verdicts["wrong_misses_last_window.py"] == "wrong_answer"
    for name in submissions:
        assert many[name]["verdict"] == one[name]["verdict"], name
        assert many[name]["counterexample"] == one[name]["counterexample"], name


def test_each_judging_process_has_a_core_of_its_own(tmp_path: Path) -> None:
    for name in ("a.py", "b.py"):
        (tmp_path / name).write_text(AFFINITY)
    done = grokpat(tmp_path, "judge", "a.py", "b.py", "--problem", MAX_SUM, "--json", "--no-complexity", "--max-examples", "5", "--no-record", "-j", "2")
    seen = {name: {line for line in r["stdout"].splitlines() if line} for name, r in json_lines(done).items()}
    cores = available_cores()
    assert all(len(lines) == 1 for lines in seen.values()), seen  # every call saw the same single core
    pinned = [json.loads(next(iter(lines))) for lines in seen.values()]
    assert all(len(core) == 1 and core[0] in cores for core in pinned), pinned
    if len(cores) >= 2:
        assert pinned[0] != pinned[1], "two judging processes shared a core"


HOLDER = """
import sys, time
from judge.cores import exclusive_turn
log, lock, pause = sys.argv[1], sys.argv[2], float(sys.argv[3])
with exclusive_turn(lock):
    open(log, "a").write(sys.argv[4] + " in\\n")
    time.sleep(pause)
    open(log, "a").write(sys.argv[4] + " out\\n")
"""


def test_a_cores_probe_lock_lets_one_in_at_a_time(tmp_path: Path) -> None:
    log, lock = tmp_path / "log", tmp_path / "core-0.lock"
    root = Path(__file__).resolve().parents[2]
    first = subprocess.Popen([sys.executable, "-c", HOLDER, str(log), str(lock), "1.0", "A"], cwd=root)
    try:
        for _ in range(3000):  # until A holds the lock
            if log.exists() and "A in" in log.read_text():
                break
            time.sleep(0.01)
        second = subprocess.run([sys.executable, "-c", HOLDER, str(log), str(lock), "0", "B"], cwd=root, timeout=60)
        assert second.returncode == 0
    finally:
        first.wait(timeout=60)
    assert log.read_text().splitlines() == ["A in", "A out", "B in", "B out"]


def test_the_summary_counts_the_verdicts(tmp_path: Path, submissions: list[str]) -> None:
    args = ["judge", *submissions[:3], "--problem", MAX_SUM, "--seed", "3", "--max-examples", "40", "--no-record"]
    verdicts = [r["verdict"] for r in json_lines(grokpat(tmp_path, *args, "--json")).values()]
    text = grokpat(tmp_path, *args).stdout
    summary = next(line for line in text.splitlines() if line.startswith("3 files: "))
    counted = {verdict: int(n) for n, verdict in (part.split(" ") for part in summary.removeprefix("3 files: ").split(", "))}
    assert counted == {v: verdicts.count(v) for v in set(verdicts)}
    slowest = text.split("slowest:\n", 1)[1].splitlines()
    assert {line.split()[0] for line in slowest} <= set(submissions[:3]) and len(slowest) == 3


@pytest.fixture
def temp_root() -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="grokpat-parallel-signal-"))
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=lambda s: signal.Signals(s).name)
def test_a_killed_cli_judging_many_files_leaves_nothing_running(tmp_path: Path, temp_root: Path, sig: int) -> None:
    names = [f"sleepy_{i}.py" for i in range(4)]
    for name in names:
        (tmp_path / name).write_text("import time\n\ndef max_sum_subarray(nums, k):\n    time.sleep(60)\n")
    env = {**os.environ, "TMPDIR": str(temp_root)}
    ours = f"TMPDIR={temp_root}\0".encode()  # the CLI's judging processes
    workers = f"TMPDIR={temp_root}/grokpat-judge-".encode()  # their sandboxed workers
    command = [sys.executable, "-m", "grokpat", "judge", *names, "--problem", MAX_SUM, "--time-limit", "60", "--no-record", "-j", "2"]
    process = subprocess.Popen(command, env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(3000):  # until the workers run the sleeping solutions
            if len(live_pids_with(workers)) >= 4:
                break
            time.sleep(0.01)
        assert live_pids_with(workers), "no worker ever started"
        time.sleep(0.3)
        process.send_signal(sig)
        process.wait(timeout=30)
        for _ in range(3000):  # a guard against a hang, not a timing
            if not live_pids_with(workers) and not live_pids_with(ours) and not list(temp_root.iterdir()):
                break
            time.sleep(0.01)
        assert not live_pids_with(workers), f"a worker outlived the CLI killed by {signal.Signals(sig).name}"
        assert not live_pids_with(ours), "a judging process outlived the CLI"
        assert not list(temp_root.iterdir()), "a folder was left behind"
        assert b"Traceback" not in (process.stderr.read() if process.stderr else b"")
    finally:
        if process.poll() is None:
            process.kill()
