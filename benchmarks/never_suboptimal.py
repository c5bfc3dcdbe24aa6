"""Every reference solution judged N times while the machine is busy: it must never be
called suboptimal. Prints the worst ratio growth seen per problem.

- default (N = 20): one judgement at a time, with the default campaign, while a busy loop
  holds the other core;
- ``--all-cores`` (N = 3): every reference at once through ``grokpat judge FILE... -j``,
  one judging process per core, so that every core judges (and probes) at once.

Run: python benchmarks/never_suboptimal.py [N] [--all-cores]
"""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter

from judge.campaign import JudgeOptions, judge_file
from problems.catalog import load_catalog


def burn(stop_at: float) -> None:
    x = 0
    while time.time() < stop_at:
        x += 1


def all_cores(runs: int) -> None:
    """Every reference judged by one ``grokpat judge`` on every core, ``runs`` times."""
    catalog = load_catalog(pack_dirs=[])
    problems = [p for p in catalog.ordered_problems() if p.complexity is not None]
    worst: dict[str, float] = {}
    verdicts: Counter[str] = Counter()
    env = {**os.environ, "GROKPAT_HOME": tempfile.mkdtemp(prefix="grokpat-never-")}
    for seed in range(runs):
        command = [sys.executable, "-m", "grokpat", "judge", "--json", "--no-record", "--max-examples", "20", "--seed", str(seed)]
        done = subprocess.run(command + [str(p.module_path) for p in problems], capture_output=True, text=True, env=env)
        for line in done.stdout.splitlines():
            result = json.loads(line)
            verdicts[result["verdict"]] += 1
            if result["complexity"]:
                worst[result["problem"]] = max(worst.get(result["problem"], 0.0), result["complexity"]["ratio_growth"])
            if result["verdict"] != "accepted":
                print(f"  !! {result['problem']} seed {seed}: {result['verdict']} {result['message']}")
        print(f"run {seed + 1}/{runs}: {dict(verdicts)}")
    top = sorted(worst.items(), key=lambda kv: -kv[1])[:5]
    print(f"{len(problems)} problems x {runs} runs on every core: {dict(verdicts)}")
    print("worst ratio growths: " + ", ".join(f"{pid} {g:.2f}" for pid, g in top) + " (suboptimal needs >= 3)")


def main() -> None:
    if "--all-cores" in sys.argv:
        args = [a for a in sys.argv[1:] if a != "--all-cores"]
        all_cores(int(args[0]) if args else 3)
        return
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    catalog = load_catalog(pack_dirs=[])
    problems = [p for p in catalog.ordered_problems() if p.complexity is not None]
    loader = multiprocessing.Process(target=burn, args=(time.time() + 6 * 3600,), daemon=True)
    loader.start()
    verdicts: Counter[str] = Counter()
    try:
        for problem in problems:
            worst = 0.0
            for seed in range(runs):
                # the default campaign: its drawing is long enough for the probe to walk ahead (judge.ahead)
                result = judge_file(problem.module_path, problem, JudgeOptions(seed=seed))
                verdicts[result.verdict] += 1
                if result.complexity:
                    worst = max(worst, result.complexity.ratio_growth)
                if result.verdict != "accepted":
                    print(f"  !! {problem.id} seed {seed}: {result.verdict} {result.message}")
            print(f"{problem.id:<40} {runs} runs, worst ratio growth {worst:5.2f} (suboptimal needs >= 3)")
    finally:
        loader.terminate()
    print(dict(verdicts))


if __name__ == "__main__":
    main()
