"""Browsing at 10,000 problems: `grokpat list` and `grokpat show ID` with a generated pack.

Anchor: the same command with the built-in catalog alone (its cache warm). Targets, both
at most 2x the anchor:
- the second run with the 10,000-problem pack (the index cache warm);
- the first run after one of the pack's files changed (that file parsed again, the rest
  from the cache).

The pack is generated here (10,000 copies of a small tree problem spread over the
patterns) in a temporary folder, with a private GROKPAT_HOME.
Run: python benchmarks/catalog_scale.py [PROBLEMS]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _timing import best_time, grokpat_command, quiet_env  # noqa: E402 - a script run from any folder: its own folder first

PATTERNS = ["sliding_window", "two_pointers", "tree_dfs", "tree_bfs", "subsets", "trie", "islands", "top_k_elements"]
PROBLEM = """id: scale-{n:05d}
title: Maximum Depth, copy {n}
difficulty: {difficulty}
signature: "def max_depth(root: TreeNode | None) -> int"
statement: |
  Return the number of nodes on the longest path from the root down to a leaf (0 for an
  empty tree). Copy number {n} of a problem, made to measure browsing at scale.
examples:
  - input: {{root: [3, 9, 20, null, null, 15, 7]}}
    output: 3
  - input: {{root: []}}
    output: 0
constraints:
  - "0 <= number of nodes <= 10**4"
input:
  root: {{type: tree, of: {{type: int, min: -100, max: 100}}, max_size: 30}}
compare: exact
hints:
  - "The depth of a tree follows from the depths of its subtrees."
  - "An empty tree has depth 0."
  - "1 + max(depth(left), depth(right))."
tags: [tree, dfs]
"""
SOLUTION = '''"""Maximum depth (reference) and a level count (oracle)."""


def max_depth(root):
    return 1 + max(max_depth(root.left), max_depth(root.right)) if root else 0


def brute_force(root):
    level, depth = [root] if root else [], 0
    while level:
        depth += 1
        level = [c for n in level for c in (n.left, n.right) if c]
    return depth
'''


def make_pack(root: Path, count: int) -> list[Path]:
    files = []
    for n in range(count):
        folder = root / PATTERNS[n % len(PATTERNS)]
        folder.mkdir(exist_ok=True)
        stem = f"scale_{n:05d}"
        (folder / f"{stem}.yaml").write_text(PROBLEM.format(n=n, difficulty=("easy", "medium", "hard")[n % 3]))
        (folder / f"{stem}.py").write_text(SOLUTION)
        files.append(folder / f"{stem}.yaml")
    return files


def first_run_after_a_change(command: list[str], changed: Path, repeats: int, env: dict[str, str]) -> float:
    """The best time of a run right after ``changed`` was rewritten (a new title each time)."""
    best = float("inf")
    for i in range(repeats):
        text = changed.read_text().splitlines(keepends=True)
        text[1] = f"title: Maximum Depth, edited {time.time_ns()} {i}\n"
        changed.write_text("".join(text))
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    grokpat = grokpat_command()
    with tempfile.TemporaryDirectory(prefix="grokpat-scale-") as tmp:
        pack = Path(tmp) / "pack"
        pack.mkdir()
        started = time.perf_counter()
        files = make_pack(pack, count)
        print(f"pack    {count} problems written in {time.perf_counter() - started:.1f} s")
        alone = {**quiet_env(), "GROKPAT_HOME": str(Path(tmp) / "home-alone")}
        alone.pop("GROKPAT_PACKS", None)
        packed = {**quiet_env(), "GROKPAT_HOME": str(Path(tmp) / "home-packed"), "GROKPAT_PACKS": str(pack)}
        shown = "scale-04242" if count > 4242 else "scale-00000"
        for name, args, anchor_args in (
            ("list", ["list"], ["list"]),
            ("show", ["show", shown], ["show", "max-sum-subarray-of-size-k"]),
        ):
            subprocess.run(grokpat + anchor_args, env=alone, stdout=subprocess.DEVNULL, check=True)  # the cache, warm
            anchor = best_time(grokpat + anchor_args, env=alone)
            started = time.perf_counter()
            subprocess.run(grokpat + args, env=packed, stdout=subprocess.DEVNULL, check=True)
            cold = time.perf_counter() - started
            warm = best_time(grokpat + args, env=packed)
            changed = first_run_after_a_change(grokpat + args, files[len(files) // 2], 5, packed)
            print(f"{name:<5}  built-in catalog alone (anchor)     {anchor * 1000:7.1f} ms")
            print(f"{name:<5}  {count} more, first run ever        {cold * 1000:7.1f} ms  (builds the cache)")
            print(f"{name:<5}  {count} more, second run            {warm * 1000:7.1f} ms  {warm / anchor:4.2f}x  (target <= 2x)")
            print(f"{name:<5}  {count} more, after one file changed {changed * 1000:6.1f} ms  {changed / anchor:4.2f}x  (target <= 2x)")
        os.sync()


if __name__ == "__main__":
    main()
