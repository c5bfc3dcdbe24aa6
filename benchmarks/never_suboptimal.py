"""Every reference solution judged N times (default 20) while the other core is busy:
it must never be called suboptimal. Prints the worst ratio growth seen per problem.

Run: python benchmarks/never_suboptimal.py [N]
"""

from __future__ import annotations

import multiprocessing
import sys
import time
from collections import Counter

from judge.campaign import JudgeOptions, judge_file
from problems.catalog import load_catalog


def burn(stop_at: float) -> None:
    x = 0
    while time.time() < stop_at:
        x += 1


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    catalog = load_catalog(pack_dirs=[])
    problems = [p for p in catalog.ordered_problems() if p.complexity is not None]
    loader = multiprocessing.Process(target=burn, args=(time.time() + 3600,), daemon=True)
    loader.start()
    verdicts: Counter[str] = Counter()
    try:
        for problem in problems:
            worst = 0.0
            for seed in range(runs):
                result = judge_file(problem.module_path, problem, JudgeOptions(max_examples=20, seed=seed))
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
