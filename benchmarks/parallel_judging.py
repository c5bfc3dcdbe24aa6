"""A class's folder on every core: `grokpat judge` of 40 files (default -j: one per core)
against one file's time. Target: at most 1.3 x (40 / N) x one file, on N cores.

The files are 40 copies of a correct max-sum-subarray-of-size-k (probe included, so the
probes' core locks are part of what is measured).
Run: python benchmarks/parallel_judging.py [FILES]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _timing import best_time, grokpat_command, quiet_env  # noqa: E402 - a script run from any folder: its own folder first
from judge_speed import CORRECT  # noqa: E402

from judge.cores import available_cores  # noqa: E402


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    cores = len(available_cores())
    with tempfile.TemporaryDirectory() as tmp:
        env = {**quiet_env(), "GROKPAT_HOME": str(Path(tmp) / "home")}
        files = []
        for i in range(count):
            path = Path(tmp) / f"student_{i:02d}.py"
            path.write_text(f"# grokpat: max-sum-subarray-of-size-k\n{CORRECT}")
            files.append(str(path))
        judge = grokpat_command() + ["judge", "--no-record", "--seed", "1"]
        one = best_time(judge + files[:1], repeats=3, env=env, cwd=tmp)
        started = time.perf_counter()
        done = subprocess.run(judge + files + ["--json"], env=env, cwd=tmp, capture_output=True, text=True)
        many = time.perf_counter() - started
        accepted = done.stdout.count('"verdict": "accepted"')
        budget = 1.3 * count / cores * one
        print(f"one file                            {one:6.2f} s")
        print(f"{count} files on {cores} cores                {many:6.2f} s   {many / (count / cores * one):4.2f} x (40/N) x one  (target <= 1.3)")
        print(f"accepted {accepted} of {count}; budget {budget:.2f} s")


if __name__ == "__main__":
    main()
