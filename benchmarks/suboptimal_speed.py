"""How fast a slow solution is called suboptimal: every catalog problem's brute_force
(the oracle), judged as a learner's solution with the default campaign and probe.

The anchor is the issue's target: over the problems whose brute force is called
suboptimal, the median time to the verdict at most 3 s, none over 8 s.

Run: python benchmarks/suboptimal_speed.py [--pattern P]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

from judge.campaign import JudgeOptions, judge_file
from problems.catalog import load_catalog


def as_solution(problem) -> str:  # type: ignore[no-untyped-def]
    """The problem's module with its entry bound to the oracle."""
    source = problem.module_path.read_text(encoding="utf-8")
    return source + f"\n\n{problem.entry} = brute_force\n"


def main() -> None:
    only = sys.argv[sys.argv.index("--pattern") + 1] if "--pattern" in sys.argv else None
    catalog = load_catalog(pack_dirs=[])
    problems = [p for p in catalog.ordered_problems() if p.complexity is not None and (only is None or p.pattern == only)]
    slow: list[tuple[float, str]] = []
    other: list[tuple[str, str, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        for problem in problems:
            path = Path(folder) / problem.filename
            path.write_text(as_solution(problem), encoding="utf-8")
            result = judge_file(path, problem, JudgeOptions(seed=1))
            line = f"{problem.id:<44} {result.verdict:<13} {result.elapsed_s:6.2f} s"
            print(line, flush=True)
            if result.verdict == "suboptimal":
                slow.append((result.elapsed_s, problem.id))
            else:
                other.append((problem.id, str(result.verdict), result.elapsed_s))
    if slow:
        times = sorted(t for t, _ in slow)
        print(f"\n{len(slow)} brute forces called suboptimal: median {statistics.median(times):.2f} s (target <= 3 s), "
              f"slowest {times[-1]:.2f} s ({max(slow)[1]}) (target <= 8 s)")
    print(f"{len(other)} not suboptimal (a brute force as fast as the target, or too slow to measure): "
          + ", ".join(f"{pid} {verdict}" for pid, verdict, _ in other))


if __name__ == "__main__":
    main()
