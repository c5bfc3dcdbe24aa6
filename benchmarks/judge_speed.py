"""`grokpat judge --max-examples 200` against its anchor (targets: correct <= 0.6x, failing <= 1.5x).

The anchor is a plain pytest file running 200 Hypothesis examples of
max-sum-subarray-of-size-k against the reference in-process (anchor_max_sum_test.py).
Run: python benchmarks/judge_speed.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _timing import best_time, grokpat_command, quiet_env  # noqa: E402 - a script run from any folder: its own folder first

CORRECT = """
def max_sum_subarray(nums, k):
    window = best = sum(nums[:k])
    for i in range(k, len(nums)):
        window += nums[i] - nums[i - k]
        best = max(best, window)
    return best
"""
FAILING = CORRECT.replace("range(k, len(nums))", "range(k, len(nums) - 1)")


def main() -> None:
    env = quiet_env()
    pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:benchmark", "-p", "no:xdist"]
    anchor = best_time([*pytest, str(HERE / "anchor_max_sum_test.py")], repeats=5, env=env, cwd=HERE.parent)
    print(f"anchor  pytest, 200 examples in-process   {anchor:6.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        for name, source, target in (("correct", CORRECT, 0.6), ("failing", FAILING, 1.5)):
            path = Path(tmp) / "max_sum_subarray_of_size_k.py"
            path.write_text(source)
            t = best_time(grokpat_command() + ["judge", str(path), "--max-examples", "200", "--no-record"], repeats=5, env=env, cwd=tmp)
            print(f"judge   {name:<8} (probe included)         {t:6.2f} s   {t / anchor:4.2f}x  (target <= {target}x)")


if __name__ == "__main__":
    main()
