"""The progress store's cost: what recording adds to a judge, and whether reading
progress grows with history.

- recording: opening the store and recording one accepted judgement (its FSRS card
  included), best of several, in a fresh store and in one of 100,000 attempts; target
  at most 20 ms;
- `grokpat stats` and `grokpat list` on a store of 100,000 attempts (generated here)
  against the same commands on an empty store; target at most 2x.

Run: python benchmarks/store_speed.py
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import best_time, grokpat_command, quiet_env

from grokpat.practice import Practice
from grokpat.store import Store
from problems.catalog import load_catalog

ATTEMPTS = 100_000


def fill(path: Path, catalog, count: int) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(1)
    problems = list(catalog.problems.values())
    at = time.time() - 365 * 86400
    with Store(path) as store:
        for i in range(count):
            p = rng.choice(problems)
            at += 300
            store.add_attempt(p.id, p.pattern, rng.choice(["accepted", "wrong_answer", "wrong_answer", "time_limit"]), at, passed=i % 50, total=60)


def recording_ms(path: Path, catalog, solution: Path) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for i in range(15):
        problem = list(catalog.problems)[i]
        started = time.perf_counter()
        with Store(path) as store:
            Practice(catalog, store).record({"file": str(solution), "problem": problem, "verdict": "accepted", "passed": 60, "total": 60, "elapsed_s": 1.0})
        best = min(best, time.perf_counter() - started)
    return best * 1000


def main() -> None:
    catalog = load_catalog(pack_dirs=[])
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        solution = root / "s.py"
        solution.write_text("def f(): pass\n")
        empty, big = root / "empty", root / "big"
        empty.mkdir()
        big.mkdir()
        Store(empty / "grokpat.db").close()
        started = time.perf_counter()
        fill(big / "grokpat.db", catalog, ATTEMPTS)
        print(f"generated a store of {ATTEMPTS} attempts in {time.perf_counter() - started:.1f} s")
        print(f"recording one accepted judgement: {recording_ms(root / 'fresh.db', catalog, solution):.1f} ms on a fresh store, "
              f"{recording_ms(big / 'grokpat.db', catalog, solution):.1f} ms on the big one (target <= 20 ms)")
        for command in (["stats"], ["list"]):
            times = {}
            for name, home in (("empty", empty), ("100k", big)):
                env = {**quiet_env(), "GROKPAT_HOME": str(home)}
                times[name] = best_time([*grokpat_command(), *command], repeats=7, env=env)
            print(f"grokpat {command[0]:<6} empty {times['empty'] * 1000:6.1f} ms   100k attempts {times['100k'] * 1000:6.1f} ms   "
                  f"{times['100k'] / times['empty']:.2f}x (target <= 2x)")
    os.environ.pop("GROKPAT_HOME", None)


if __name__ == "__main__":
    main()
