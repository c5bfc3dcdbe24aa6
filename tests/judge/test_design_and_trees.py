"""Design problems (a class driven by operations) and trees, from a pack in tests/fixtures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from judge.campaign import JudgeOptions, judge_file
from problems.catalog import load_catalog

PACK = Path(__file__).resolve().parents[1] / "fixtures" / "pack"

TWO_HEAPS = """
class MedianFinder:
    def __init__(self):
        self.lo, self.hi = [], []
    def add_num(self, num: int) -> None:
        heappush(self.lo, -num)
        heappush(self.hi, -heappop(self.lo))
        if len(self.hi) > len(self.lo):
            heappush(self.lo, -heappop(self.hi))
    def find_median(self) -> float:
        if len(self.lo) > len(self.hi):
            return -self.lo[0]
        return (self.hi[0] - self.lo[0]) / 2
"""
SORTED_INSERT = """
class MedianFinder:
    def __init__(self):
        self.items = []
    def add_num(self, num):
        i = 0
        while i < len(self.items) and self.items[i] < num:   # a linear scan per insertion
            i += 1
        self.items.insert(i, num)
    def find_median(self):
        s, m = self.items, len(self.items) // 2
        return s[m] if len(s) % 2 else (s[m - 1] + s[m]) / 2
"""
LOW_MEDIAN = """
class MedianFinder:
    def __init__(self):
        self.items = []
    def add_num(self, num):
        bisect.insort(self.items, num)
    def find_median(self):
        return self.items[(len(self.items) - 1) // 2]
"""
RECURSIVE_DEPTH = """
from typing import Optional
class Solution:
    def max_depth(self, root: Optional[TreeNode]) -> int:
        if not root:
            return 0
        return 1 + max(self.max_depth(root.left), self.max_depth(root.right))
"""


@pytest.fixture(scope="module")
def pack_catalog():
    return load_catalog(pack_dirs=[PACK])


def run(tmp_path, catalog, problem_id, source, **options):
    path = tmp_path / "solution.py"
    path.write_text(source)
    return judge_file(path, catalog.find(problem_id), JudgeOptions(seed=3, max_examples=80, **options))


def test_pack_loads_beside_the_catalog(pack_catalog) -> None:
    assert not pack_catalog.errors
    assert pack_catalog.find("pack-median-stream").source == str(PACK)
    assert "pack-max-depth" in pack_catalog.pattern("tree-dfs").problem_ids


def test_design_problem_accepted(tmp_path, pack_catalog) -> None:
    result = run(tmp_path, pack_catalog, "pack-median-stream", TWO_HEAPS)
    assert result.verdict == "accepted", result.to_json()
    assert result.complexity is not None


def test_design_problem_wrong_operation_is_named(tmp_path, pack_catalog) -> None:
    result = run(tmp_path, pack_catalog, "pack-median-stream", LOW_MEDIAN, complexity=False)
    assert result.verdict == "wrong_answer"
    cx = result.counterexample
    assert "find_median" in cx.reason and "operation" in cx.reason
    # the shrunk sequence is short: two numbers and one question
    assert cx.input["operations"].count("add_num") <= 3


def test_design_problem_linear_inserts_are_suboptimal(tmp_path, pack_catalog) -> None:
    result = run(tmp_path, pack_catalog, "pack-median-stream", SORTED_INSERT)
    assert result.verdict == "suboptimal", result.to_json()
    assert result.passed == result.total
    assert result.complexity.ratio_growth >= 3


def test_recursion_down_a_degenerate_tree_is_accepted(tmp_path, pack_catalog) -> None:
    result = run(tmp_path, pack_catalog, "pack-max-depth", RECURSIVE_DEPTH)
    assert result.verdict == "accepted", result.to_json()
    # a flat ratio is decided over a 16-fold range: here the probe's whole range, up to a
    # path of 8192 nodes, recursed to the bottom
    assert result.complexity.sizes[-1] == 8192


def test_packs_from_the_environment(tmp_path) -> None:
    (tmp_path / "s.py").write_text(RECURSIVE_DEPTH)
    env = {**os.environ, "GROKPAT_PACKS": str(PACK)}
    out = subprocess.run(
        [sys.executable, "-m", "grokpat", "judge", "s.py", "--problem", "pack-max-depth", "--json", "--max-examples", "30", "--no-complexity"],
        capture_output=True, text=True, cwd=tmp_path, env=env,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["verdict"] == "accepted"
