"""The progress store on real SQLite files: concurrent judges, a kill mid-write,
migrations from an older schema, files it must refuse and leave as they are."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from grokpat.store import SCHEMA_VERSION, Store, StoreError

DATA = Path(__file__).resolve().parents[1] / "data"
GOOD = """
def max_sum_subarray(nums, k):
    window = best = sum(nums[:k])
    for end in range(k, len(nums)):
        window += nums[end] - nums[end - k]
        best = max(best, window)
    return best
"""


def grokpat(home: Path, *args: str, cwd: Path | None = None, user: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GROKPAT_HOME": str(home)}
    return subprocess.run([*(user or []), sys.executable, "-m", "grokpat", *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=300)


def test_six_judges_record_into_one_store_at_once(tmp_path: Path) -> None:
    home = tmp_path / "home"
    files = []
    for i in range(6):
        path = tmp_path / f"s{i}.py"
        path.write_text("# grokpat: max-sum-subarray-of-size-k\n" + GOOD, encoding="utf-8")
        files.append(path)
    env = {**os.environ, "GROKPAT_HOME": str(home)}
    command = [sys.executable, "-m", "grokpat", "judge", "--no-complexity", "--max-examples", "10", "--seed", "1"]
    running = [subprocess.Popen([*command, str(f)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in files]
    outputs = [p.communicate(timeout=600) for p in running]
    for process, (_, err) in zip(running, outputs):
        assert process.returncode == 0, err
        assert "locked" not in err and "Traceback" not in err
    with Store(home / "grokpat.db") as store:
        assert store.total_attempts() == 6
        rows = store.db.execute("SELECT COUNT(*), COUNT(DISTINCT file) FROM attempts").fetchone()
        assert tuple(rows) == (6, 6)
        assert store.integrity() == "ok"


WRITER = textwrap.dedent(
    """
    import sys, time
    from grokpat.store import Store
    with Store() as store:
        for i in range(100000):
            store.add_attempt("max-sum-subarray-of-size-k", "sliding-window", "wrong_answer", 1_700_000_000 + i, passed=i)
            print(i, flush=True)
    """
)


def test_a_kill_while_recording_loses_nothing_committed(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "GROKPAT_HOME": str(home)}
    writer = subprocess.Popen([sys.executable, "-c", WRITER], env=env, stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None
    committed = -1
    for line in writer.stdout:  # kill it in the middle of its stream of writes
        committed = int(line)
        if committed >= 300:
            break
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    with Store(home / "grokpat.db") as store:
        assert store.integrity() == "ok"
        count = store.db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0]
        assert count >= committed + 1  # every attempt reported as committed is there
        assert store.total_attempts() == count  # and the summary agrees with the history


def _v1_store(path: Path) -> None:
    """A store as version 1 wrote it (its DDL frozen in tests/data), with some history."""
    db = sqlite3.connect(path)
    db.executescript((DATA / "store_v1.sql").read_text(encoding="utf-8"))
    db.execute("PRAGMA user_version = 1")
    rows = [
        ("max-sum-subarray-of-size-k", "sliding-window", "wrong_answer", 100.0),
        ("max-sum-subarray-of-size-k", "sliding-window", "accepted", 200.0),
        ("pair-with-target-sum", "two-pointers", "accepted", 300.0),
        ("smallest-subarray-with-given-sum", "sliding-window", "accepted", 500.0),
    ]
    db.executemany("INSERT INTO attempts (problem, pattern, verdict, judged_at) VALUES (?, ?, ?, ?)", rows)
    db.execute("INSERT INTO hints (problem, pattern, hint_index, taken_at) VALUES ('smallest-subarray-with-given-sum', 'sliding-window', 1, 400.0)")
    db.execute("INSERT INTO reveals (problem, pattern, revealed_at) VALUES ('happy-number', 'fast-slow-pointers', 600.0)")
    db.commit()
    db.close()


def test_an_older_store_migrates_in_place_with_nothing_lost(tmp_path: Path) -> None:
    path = tmp_path / "grokpat.db"
    _v1_store(path)
    with Store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] == 4
        assert store.db.execute("SELECT COUNT(*) FROM hints").fetchone()[0] == 1
        progress = {p.problem: p for p in store.progress()}
    # worked by hand: max-sum failed then passed (cold); smallest-subarray solved after a hint
    # (not cold); pair solved first try; happy-number only revealed (met, unsolved)
    assert progress["max-sum-subarray-of-size-k"].attempts == 2 and progress["max-sum-subarray-of-size-k"].failures == 1
    assert progress["max-sum-subarray-of-size-k"].solved_at == 200.0 and progress["max-sum-subarray-of-size-k"].cold is True
    assert progress["smallest-subarray-with-given-sum"].first_seen_at == 400.0 and progress["smallest-subarray-with-given-sum"].cold is False
    assert progress["pair-with-target-sum"].cold is True
    assert progress["happy-number"].revealed and progress["happy-number"].solved_at is None
    assert [p.problem for p in progress.values()] == ["max-sum-subarray-of-size-k", "pair-with-target-sum", "smallest-subarray-with-given-sum", "happy-number"]


def test_a_store_from_a_newer_grokpat_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "grokpat.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE future (x)")
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer grokpat"):
        Store(path)
    assert path.read_bytes() == before
    done = grokpat(tmp_path, "stats")
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "newer grokpat" in done.stderr
    assert path.read_bytes() == before


def _damaged(path: Path) -> None:
    with Store(path) as store:
        for i in range(50):
            store.add_attempt("max-sum-subarray-of-size-k", "sliding-window", "accepted", 1000.0 + i)
    data = bytearray(path.read_bytes())
    data[100:4096] = bytes((i * 37) % 251 for i in range(100, 4096))  # the schema page, scrambled
    path.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        Path(str(path) + side).unlink(missing_ok=True)


BROKEN_STORES = {
    "damaged": (_damaged, "damaged"),
    "not sqlite": (lambda p: p.write_text("my notes, not a database\n" * 20), "not a grokpat progress store"),
}


@pytest.mark.parametrize("kind", sorted(BROKEN_STORES))
def test_a_broken_store_is_one_line_and_left_byte_for_byte(tmp_path: Path, kind: str) -> None:
    make, says = BROKEN_STORES[kind]
    home = tmp_path / "home"
    home.mkdir()
    path = home / "grokpat.db"
    make(path)
    before = path.read_bytes()
    for command in (["stats"], ["review"], ["next"], ["hint", "max-sum-subarray-of-size-k"]):
        done = grokpat(home, *command)
        assert done.returncode == 2, (command, done)
        assert done.stderr.startswith("grokpat: error: ") and done.stderr.count("\n") == 1 and says in done.stderr, done.stderr
        assert "Traceback" not in done.stderr + done.stdout
    assert path.read_bytes() == before
    shown = grokpat(home, "show", "max-sum-subarray-of-size-k")
    assert shown.returncode == 0 and "Maximum Sum Subarray" in shown.stdout
    listed = grokpat(home, "list", "--pattern", "sliding-window")
    assert listed.returncode == 0 and "max-sum-subarray-of-size-k" in listed.stdout and "no progress shown" in listed.stderr
    assert path.read_bytes() == before


def _read_only(folder: Path) -> list[str]:
    """A command prefix under which ``folder`` is read-only: a read-only bind mount in a
    mount namespace of its own as root (permissions do not bind root), else nothing (the
    test clears the write bits instead)."""
    unshare = shutil.which("unshare")
    if os.geteuid() == 0 and unshare and subprocess.run([unshare, "--mount", "true"]).returncode == 0:
        return [unshare, "--mount", "sh", "-c", 'mount --bind -o ro "$0" "$0" && exec "$@"', str(folder)]
    subprocess.run(["chmod", "-R", "a-w", str(folder)], check=True)
    return []


def test_a_read_only_store_is_one_line_and_left_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    path = home / "grokpat.db"
    with Store(path) as store:
        store.add_attempt("max-sum-subarray-of-size-k", "sliding-window", "accepted", 1000.0)
    before = path.read_bytes()
    try:
        done = grokpat(home, "hint", "max-sum-subarray-of-size-k", user=_read_only(home))
        assert done.returncode == 2, done
        assert done.stderr.count("\n") == 1 and "read-only" in done.stderr, done.stderr
        assert "Traceback" not in done.stderr
        assert path.read_bytes() == before
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(home)])


def test_an_unwritable_home_is_one_line_and_browsing_still_works(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    try:
        prefix = _read_only(locked)
        done = grokpat(locked / "deeper", "stats", user=prefix)
        assert done.returncode == 2 and done.stderr.count("\n") == 1 and "GROKPAT_HOME" in done.stderr, done.stderr
        shown = grokpat(locked / "deeper", "show", "happy-number", user=prefix)
        assert shown.returncode == 0 and "Happy Number" in shown.stdout
        listed = grokpat(locked / "deeper", "list", "--pattern", "fast-slow-pointers", user=prefix)
        assert listed.returncode == 0 and "happy-number" in listed.stdout
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(locked)])
