"""The marginal cost of a generated case: `grokpat judge` of a correct
max-sum-subarray-of-size-k with 2,000 and with 200 examples, without the probe;
(t2000 - t200) / 1800. Target: at most 1 ms per case.

Best of several runs each. Run: python benchmarks/case_cost.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _timing import best_time, grokpat_command, quiet_env  # noqa: E402 - a script run from any folder: its own folder first
from judge_speed import CORRECT  # noqa: E402


def main() -> None:
    env = quiet_env()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "max_sum_subarray_of_size_k.py"
        path.write_text(CORRECT)
        times = {}
        for examples in (200, 2000):
            command = grokpat_command() + ["judge", str(path), "--max-examples", str(examples), "--no-complexity", "--no-record", "--seed", "1"]
            times[examples] = best_time(command, repeats=5, env={**env, "GROKPAT_HOME": str(Path(tmp) / "home")}, cwd=tmp)
            print(f"judge   {examples:>5} examples, no probe      {times[examples]:6.2f} s")
        marginal = (times[2000] - times[200]) / 1800
        print(f"marginal cost of a case                  {marginal * 1000:6.3f} ms  (target <= 1 ms)")


if __name__ == "__main__":
    main()
